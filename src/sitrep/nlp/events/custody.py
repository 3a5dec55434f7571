"""The justice system's acts told in its set phrases: custody orders ("a court ordered him held for two
months"), bail refused, prison terms faced ("he faces up to 15 years in prison if convicted"), deadlines
to leave a country ("was given 72 hours to leave") and entry bans ("barred them from entering").

Each phrase names its act in a word no trigger lexicon can take alone ("held", "bail", "years",
"hours", "barred"), so each is read here from its parse, the way wire desks write it; the side acting
is the court, the prosecution or the government that the report names, else the state the report is
about, since a court or a ban acts for a state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorBook, _dateline_place
from sitrep.nlp.attribution import claimant
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.participants import _people_like, _subject, _subject_actors
from sitrep.nlp.events.status import _status
from sitrep.nlp.events.targets import _main_country
from sitrep.nlp.events.vocabulary import (
    CLEARING_VERBS,
    COURT_WORDS,
    CUSTODY_PARTICIPLES,
    DEADLINE_UNITS,
    ENTRY_VERBS,
    ENVOY_TITLES,
    FUTURE_AUX,
    JUSTICE_BODIES,
    POSSIBILITY_MODALS,
    PRISON_TERMS,
    PRISON_WORDS,
)
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import with_lemmas, with_lower

#: Auxiliaries of what may or will be: a custody foretold is none yet.
MODAL_AUX = FUTURE_AUX | POSSIBILITY_MODALS | frozenset({"should", "must"})
#: Where people are kept in custody: "kept in a cell", "kept in a cellar for nine days".
CELL_WORDS = frozenset({"cell", "cells", "detention", "dungeon", "cellar", "basement", "barracks", "incommunicado"})
#: the sectors whose actors bring a case or hold a suspect
JUSTICE_SECTORS = frozenset({"JUD", "COP", "SPY"})


def justice_readings(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> tuple[list[EventDraft], set[int]]:
    """Every custody order, bail refusal, court order, legal challenge, prison term faced, court
    appearance, deadline to leave and entry ban of DOC, and the tokens whose own readings they replace: a
    custody order's words ("held in pre-trial detention"), a refused bail's verb (no rejection of anyone),
    the act a court orders and the measure a challenge contests are parts of the one act. DRAFTS are the
    acts read already, whose triggers these phrases do not repeat."""
    taken = {d.trigger.i for d in drafts}
    covered: set[int] = set()
    found = _custody_orders(doc, book, taken, covered) + _bail_refused(doc, book) + _court_orders(doc, book, covered)
    found += _legal_challenges(doc, book, drafts, covered)
    covered |= {d.trigger.i for d in found}
    found += _terms_faced(doc, book, taken) + _deadlines_to_leave(doc, book, taken) + _entry_bans(doc, book, taken)
    found += _declared_unwelcome(doc, book, taken | {d.trigger.i for d in found})
    found += _court_appearances(doc, book, taken) + _charges_stated(doc, book, drafts)
    found += _charges_to_come(book, drafts)
    found += _held_in_custody(doc, book, taken | {d.trigger.i for d in found} | covered)
    return found, covered


def _is_court(book: ActorBook, actors: list[int]) -> bool:
    return any(book.actors[a].sector == "JUD" or any(w in book.actors[a].name.lower().split() for w in COURT_WORDS)
               for a in actors)


def _court_orders(doc: Doc, book: ActorBook, covered: set[int]) -> list[EventDraft]:
    """"The court ordered the government to release the men", "the Supreme Court ordered the legislature
    to convene": a court's order to a state or a body is PLOVER's REQUEST of it, and the act ordered has
    not happened (its own reading is replaced)."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"order", "instruct", "direct"})):
        if verb.pos_ != "VERB":
            continue
        act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        subj = _subject(verb)
        if act is None or told is None or subj is None:
            continue
        source = _subject_actors(book, subj)
        target = [a for w in (told, *told.conjuncts) for a in book.resolve(w)]
        if not source or not target or not _is_court(book, source) or _is_court(book, target):
            continue
        covered.update(w.i for w in act.subtree)
        out.append(_draft(book, "REQUEST", None, verb, source, target))
    return out


def _court_appearances(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The suspects would appear before a magistrate on Friday", "are due to appear in court charged with
    smuggling": a prosecution brought, PLOVER's ACCUSE, by the side that holds them."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"appear"})):
        if verb.i in taken or verb.pos_ != "VERB" or not any(
                p.dep_ == "prep" and p.lower_ in ("in", "before") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in COURT_WORDS for o in p.children)
                for p in verb.children):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        source = _prosecuting_side(book, verb)
        target = _tried_at_home(book, source, [a for a in _subject_actors(book, subj) if a not in source])
        out.append(_draft(book, "ACCUSE", "allege", verb, source, target))
    return out


def _charges_stated(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"Police arrested the opposition leader on charges of inciting discord", "the 14 detained were
    suspected of obstructing officers": the arrest is one act (COERCE) and the charge it is made on another,
    the accusation (PLOVER's ACCUSE) of the side holding them; annotators code both. "Suspected of" counts
    only as what someone is said to be ("were suspected of"), not as a label ("a man suspected of")."""
    accused = {d.trigger.i for d in drafts if d.type == "ACCUSE"}
    out: list[EventDraft] = []
    for word in with_lemmas(doc, frozenset({"charge", "suspect"})):
        verb, who = _charge_holder(word)
        if verb is None or who is None or verb.i in accused or word.i in accused or verb.lemma_ in CLEARING_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = _subject(verb) if verb.lemma_ != "suspect" and not any(
            c.dep_ == "auxpass" for c in verb.children) else None
        source = [a for a in (_subject_actors(book, subj) if subj is not None else [])
                  if book.actors[a].kind in ("organization", "government", "military", "country")]
        speaker = claimant(book, verb)
        if not source and speaker is not None and book.actors[speaker].country and (
                book.actors[speaker].sector in JUSTICE_SECTORS | {"GOV"}):
            source = [speaker]  # ("police said the men were suspected of ...": the police suspect them)
        source = source or _prosecuting_side(book, verb)
        target = [a for w in (who, *who.conjuncts) for a in book.resolve(w) if a not in source]
        d = _draft(book, "ACCUSE", "allege", word, source, _tried_at_home(book, source, target))
        d.clause = verb
        _status(verb, verb, d)
        out.append(d)
    return out


#: Who a warning of charges is addressed to, not anyone held: "anyone blocking roads would be prosecuted".
ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "violator", "offender", "organizer",
                    "organiser"})


def _specific_people(subj: Token) -> bool:
    """SUBJ names people already in hand ("the detainees", "those detained", "the 14 men", "they"), not
    whoever may yet do something ("anyone blocking roads", "those who ...", "people spreading posts")."""
    if subj.lemma_.lower() in ANYONE:
        return False
    if any(c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG") for c in subj.children):
        return False
    if subj.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return True  # ("nine of the women", "11 of those detained")
    if subj.pos_ == "PRON":
        return subj.lower_ in ("they", "he", "she", "them")
    return subj.pos_ == "PROPN" or any(c.dep_ in ("det", "nummod", "poss") or c.tag_ == "VBN"
                                       for c in subj.children)


def _charges_to_come(book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"The 14 detainees would be charged with arson", "the soldiers would be brought before a judge on
    charges of ...": people in hand who are to be charged are held for prosecution, a COERCE beside the
    charge's ACCUSE, as annotators code it; a warning that whoever does something will be charged is a
    threat instead, read elsewhere."""
    out: list[EventDraft] = []
    for d in drafts:
        verb = d.trigger
        if verb.lemma_ == "charge" and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.lemma_ == "face":
            verb = verb.head  # ("the captain will face charges")
        if d.type != "ACCUSE" or verb.lemma_ not in ("charge", "face") or verb.pos_ != "VERB" or d.negated:
            continue
        kids = list(verb.children)
        subj = next((c for c in kids if c.dep_ == ("nsubj" if verb.lemma_ == "face" else "nsubjpass")), None)
        if subj is None and verb.dep_ == "conj":
            # ("214 suspects were in custody and would be charged with theft")
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids):
            continue
        if not _specific_people(subj):
            continue
        out.append(replace(d, type="COERCE", mode="arrest", source=list(d.source), target=list(d.target),
                           objects=list(d.objects), context=list(d.context), disputed_by=list(d.disputed_by)))
    return out


def _charge_holder(word: Token) -> tuple[Token | None, Token | None]:
    """The verb a charge is stated with and who bears it: "arrested him on charges of ..." gives
    (arrested, him); "the men were suspected of ..." gives (suspected, men)."""
    if word.lemma_ == "charge" and word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.lower_ == "on":
        verb = word.head.head
        # ("arrested him at his home on Sunday on charges of ...": the parser may hang the phrase on a noun)
        while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB":
            return None, None
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        who = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        return verb, who
    if word.lemma_ == "suspect" and word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
        return word, next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    return None, None


def _tried_at_home(book: ActorBook, source: list[int], target: list[int]) -> list[int]:
    """Those a court holds or tries, when the text names them only as "him" or "the man": people of the
    court's own country, as annotators and PLOVER coders read a domestic case."""
    if any(book.actors[a].country for a in target):
        return target
    own = {book.actors[a].country for a in source} - {None}
    return [*target, book.country_actor(str(own.pop()))] if len(own) == 1 else target


def _draft(book: ActorBook, etype: str, mode: str | None, verb: Token, source: list[int],
           target: list[int]) -> EventDraft:
    d = EventDraft(type=etype, mode=mode, trigger=verb, sentence=sent_of(verb), clause=verb,
                   source=source, target=[a for a in target if a not in source])
    _status(verb, verb, d)
    d.claimed_by = claimant(book, verb)
    return d


def _prosecuting_side(book: ActorBook, verb: Token) -> list[int]:
    """Who holds or tries the suspect: the nearest court, prosecutor or police named in this sentence or
    the three before it, else the state the report is about ("He faces up to seven years in prison" after
    "Prosecutors said ..."; a court in the capital acts for its country)."""
    sent = sent_of(verb)
    doc = verb.doc
    first = sent.start
    for _ in range(3):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:sent.end]):
        idx = book.at(tok)
        if idx is None:
            continue
        actor = book.actors[idx]
        if actor.country and (actor.sector in JUSTICE_SECTORS
                              or any(w in actor.name.lower().split() for w in JUSTICE_BODIES)):
            return [idx]
    return _home_state(book, [])


def _home_state(book: ActorBook, target: list[int]) -> list[int]:
    """The state a measure with no named author is taken by: the dateline's, else the report's main
    country; never the country of those it is taken against (an expelled diplomat's own state did not
    expel him)."""
    theirs = {book.actors[a].country for a in target}
    dateline = _dateline_place(book)
    for iso in (dateline.country if dateline is not None else None, _main_country(book)):
        if iso and iso not in theirs:
            return [book.country_actor(iso)]
    return []


def _custody_orders(doc: Doc, book: ActorBook, taken: set[int], covered: set[int]) -> list[EventDraft]:
    """"A court on Monday ordered the five men held for 15 days", "ordered all four kept in custody": the
    parser hangs the participle under "ordered" with the held as its subject, so neither word is a
    trigger alone; the order is COERCE (arrest) by whoever gave it, on those held."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"order"})):
        if verb.pos_ != "VERB":  # (whatever else read "ordered": the participle says what was ordered)
            continue
        # ("ordered the four held": the parser may hang the participle on the object instead)
        held = next((c for o in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in o.children
                     if c.dep_ in ("ccomp", "xcomp", "oprd", "acl") and c.lemma_ in CUSTODY_PARTICIPLES
                     and c.tag_ in ("VBN", "VBD")), None)
        if held is None or held.i in taken:
            continue
        who = held.head if held.dep_ == "acl" else next(
            (c for w in (held, verb) for c in w.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
             and c.i > verb.i), None)
        if who is None:
            continue
        covered.update(w.i for w in held.subtree)
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        source = source or _prosecuting_side(book, verb)
        target = [a for w in (who, *who.conjuncts) for a in book.resolve(w)]
        out.append(_draft(book, "COERCE", "arrest", verb, source, _tried_at_home(book, source, target)))
    return out


def _held_in_custody(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The five men are being held at a police station", "two gendarmes were held for ten months", "he was
    kept in a cell without charge": people held or kept, in the passive, are in someone's custody (COERCE,
    arrest) held by the agent the text names ("held by gunmen") or else by the police, court or state the
    report is about. A meeting or an election "is held" too, and one is "held responsible" or "held up",
    so the held must be people and the phrase neither a verdict of blame nor a delay."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"hold", "keep"})):
        if verb.i in taken or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("acomp", "oprd", "prt", "attr", "xcomp") for c in kids):
            continue  # ("held responsible", "held up at the border", "kept waiting")
        if any(c.lower_ == "being" or c.lower_ in MODAL_AUX or c.tag_ == "WRB" for c in kids):
            continue  # ("are being held", "would be held", "where they were held": a state or a plan, no act)
        if verb.lemma_ == "keep" and not any(
                c.dep_ == "prep" and any(o.lower_ in PRISON_WORDS | CELL_WORDS for o in c.subtree) for c in kids):
            continue  # ("kept informed", "kept away"; "kept in a cell", "kept in custody")
        held = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if held is None or not _people_like(held):
            continue
        target = [a for w in (held, *held.conjuncts) for a in book.resolve(w)]
        agent = next((o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        source = book.resolve(agent) if agent is not None else []
        source = source or [a for a in _prosecuting_side(book, verb) if a not in target]
        if not source or not target:
            continue
        out.append(_draft(book, "COERCE", "arrest", verb, source, _tried_at_home(book, source, target)))
    return out


def _bail_refused(doc: Doc, book: ActorBook) -> list[EventDraft]:
    """"Three were charged on Tuesday and denied bail": kept in custody by the court, PLOVER's COERCE
    (read whatever else took the verb: no one rejected anything)."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"deny", "refuse"})):
        bail = next((c for c in verb.children if c.lower_ == "bail"), None)
        if verb.pos_ != "VERB" or bail is None:
            continue
        # ("denied him bail": the small parser may read "him bail" as a clause of its own)
        held = [c for w in (verb, bail) for c in w.children if c.dep_ in ("dative", "iobj")
                or (c.dep_ == "dobj" and c.i != bail.i) or (w.i == bail.i and c.dep_ == "nsubj")]
        subj = _subject(verb)
        if not held and subj is not None and subj.lower_ != "bail":
            held.append(subj)  # "three were charged and denied bail"; not "the court denied him bail"
        target = [a for w in held for a in _subject_actors(book, w)
                  if book.actors[a].sector not in JUSTICE_SECTORS]
        source = _prosecuting_side(book, verb)
        out.append(_draft(book, "COERCE", "arrest", verb, source, _tried_at_home(book, source, target)))
    return out


def _terms_faced(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"He faces up to 15 years in prison if convicted", "they could face life in jail": the penalty a
    prosecution holds over a suspect, which annotators and PLOVER read as the state's THREATEN."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"face"})):
        if verb.i in taken or verb.pos_ != "VERB":
            continue
        terms = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PRISON_TERMS]
        if not terms or not any(w.lemma_.lower() in PRISON_WORDS or w.lower_ == "death"
                                for w in (*verb.subtree,) if w.i > verb.i):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        source = _prosecuting_side(book, verb)
        target = _tried_at_home(book, source, _subject_actors(book, subj))
        out.append(_draft(book, "THREATEN", None, verb, source, target))
    return out


def _deadlines_to_leave(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The attache had been given 72 hours to leave", "gave the crews 48 hours to leave the country": an
    order to go, PLOVER's SANCTION (expel) for a diplomat and COERCE (expel) for anyone else."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"give", "have"})):
        if verb.i in taken or verb.pos_ not in ("VERB", "AUX"):
            continue
        # ("gave him 72 hours", "gave the head of the delegation 72 hours" read with the hours as an adverb,
        # "given until Friday to leave", "the diplomats had 48 hours to leave the country")
        spans = [c for c in verb.children if (c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_UNITS)
                 or (c.dep_ == "prep" and c.lower_ == "until" and verb.lemma_ == "give")]
        leave = next((w for s in (verb, *spans) for w in s.children
                      if w.lemma_ in ("leave", "depart", "quit") and w.pos_ == "VERB" and w.tag_ == "VB"), None)
        if not spans or leave is None or (verb.dep_ == "conj" and verb.head.lemma_ == "declare"):
            continue  # (the deadline of a diplomat declared persona non grata is part of that expulsion)
        passive = any(c.dep_ == "auxpass" for c in verb.children) or (
            verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children))
        if verb.lemma_ == "have":
            who = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            who = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dative")] or [
                c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in DEADLINE_UNITS
                and not passive]
        if passive and not who:
            who = [c for c in verb.children if c.dep_ == "nsubj"]
        if not who and verb.dep_ == "conj":
            # ("had been declared persona non grata and given 72 hours to leave")
            who = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        target = [a for w in who for a in _subject_actors(book, w)] if who else []
        if not target:
            continue
        subj = None if passive else _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        source = source or _home_state(book, target)
        envoys = any(book.actors[a].kind == "person" and any(r.lower().split()[-1] in ENVOY_TITLES
                                                            for r in book.actors[a].roles if r) for a in target) or any(
            w.lower_ in ENVOY_TITLES | MISSION_WORDS for c in who for w in c.subtree)
        out.append(_draft(book, "SANCTION" if envoys else "COERCE", "expel", verb, source, target))
    return out


#: Words of a diplomatic post a person may be named by: "the head of the EU delegation", "the mission's deputy".
MISSION_WORDS = frozenset({"delegation", "embassy", "consulate", "mission", "legation"})


def _declared_unwelcome(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The foreign ministry declared the ambassador persona non grata", "two diplomats had been declared
    persona non grata": diplomacy's expulsion, PLOVER's SANCTION (expel), by the declaring side, else the
    state the report is about, of whoever is named between the verb and the phrase (the parser splits the
    Latin every which way, so the words are read in order, not by their parse)."""
    out: list[EventDraft] = []
    for t in with_lower(doc, {"persona"}):
        if t.i + 2 >= len(doc) or doc[t.i + 2].lower_ != "grata":
            continue
        sent = sent_of(t)
        verb = next((w for w in reversed(doc[sent.start:t.i]) if w.lemma_ == "declare"), None)
        if verb is None or verb.i in taken or any(c.dep_ == "neg" for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive:
            named = [w for c in verb.children if c.dep_ == "nsubjpass" for w in c.subtree]
        else:
            named = list(doc[verb.i + 1:t.i]) or list(doc[t.i + 3:sent.end])
        nouns = [w for w in named if w.pos_ in ("NOUN", "PROPN")]
        # (an actor met before if any is named, else a new one)
        target = list(dict.fromkeys(a for w in nouns for a in book.resolve(w, create=False))) or list(
            dict.fromkeys(a for w in nouns for a in book.resolve(w)))
        if not target:
            continue
        theirs = {book.actors[a].country for a in target}
        subj = None if passive else _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        if not source:
            said_by = claimant(book, verb)
            source = [said_by] if said_by is not None and book.actors[said_by].country else []
        # (a state does not expel its own diplomats: "it" read as the envoy's country is not the one declaring)
        source = [a for a in source if (a not in target and book.actors[a].country not in theirs - {None})
                  or len(theirs) > 1] or _home_state(book, target)
        if len(theirs) == 1 and {book.actors[a].country for a in source} == theirs:
            continue
        out.append(_draft(book, "SANCTION", "expel", verb, source, target))
    return out


def _coordinating_verb(verb: Token) -> Token:
    """The verb whose subject a coordinated verb shares: "The measures freeze any assets the officials
    hold and bar them from entering" hangs "bar" on "hold", inside the relative clause, where the small
    parser often puts it; the subject is the main clause's ("the measures")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        if verb.dep_ == "relcl" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head
    return verb


def _entry_bans(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The State Department barred the three officers from entering the country": a travel ban on
    named people is PLOVER's SANCTION, by the state that imposes it."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"bar", "ban", "prohibit"})):
        if verb.i in taken or verb.pos_ != "VERB":
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "from" and any(
                g.dep_ == "pcomp" and g.lemma_ in ENTRY_VERBS for g in p.children) for p in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        who = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        target = [a for w in who for x in (w, *w.conjuncts) for a in book.resolve(x)]
        if not target:
            continue
        subj = None if passive else _subject(_coordinating_verb(verb))
        source = _subject_actors(book, subj) if subj is not None else []
        if subj is not None and not source:
            continue  # "the measures bar them from entering": the measures' author is told elsewhere
        source = source or _home_state(book, target)
        out.append(_draft(book, "SANCTION", None, verb, source, target))
    return out


#: What a side files or takes to court ("filed a challenge", "took the case to a tribunal").
LEGAL_ACTIONS = frozenset({"challenge", "appeal", "petition", "case", "lawsuit", "suit", "dispute", "complaint"})


def _venue(w: Token) -> bool:
    """A court, tribunal or arbitration: "the High Court", "an arbitration tribunal", "the Constitutional
    Council"."""
    return w.lemma_.lower() in COURT_WORDS or w.lower_ == "arbitration" or (
        w.text == "Council" and any(c.text == "Constitutional" for c in w.children))


def _legal_challenges(doc: Doc, book: ActorBook, drafts: list[EventDraft], covered: set[int]) -> list[EventDraft]:
    """"Its lawyers would go to the High Court to challenge the detentions", "filed an urgent challenge
    to the ban in the High Court", "would take the case to an arbitration tribunal": a side taking
    another to court accuses it (PLOVER's ACCUSE, 'sue'), aimed at whoever took the measure challenged.
    The measure itself ("the detentions") was told before and is no new act."""
    out: list[EventDraft] = []
    by_trigger = {d.trigger.i: d for d in drafts}
    for verb in with_lemmas(doc, frozenset({"challenge", "contest", "file", "lodge", "bring", "take"})):
        if verb.pos_ != "VERB" or verb.i in by_trigger:
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_ in ("challenge", "contest"):
            measure = objs[0] if objs else None
        elif objs and objs[0].lemma_.lower() in LEGAL_ACTIONS:
            # ("a challenge to the ban": what the filed action is against)
            measure = next((o for p in objs[0].children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                            for o in p.children if o.dep_ == "pobj"), None)
        else:
            continue
        around = [verb, *([verb.head] if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" else [])]
        if not any(_venue(w) for v in around for w in v.subtree):
            continue
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        if not source:
            continue
        target: list[int] = []
        if measure is not None:
            # (the measure as told here, or the act of its name told before: "banned the rally ... the ban")
            told = by_trigger.get(measure.i) or next(
                (d for d in reversed(drafts) if d.trigger.i < measure.i and d.trigger.lemma_ == measure.lemma_), None)
            target = list(told.source) if told is not None else book.resolve(measure, create=False)
            if measure.i in by_trigger and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                               for c in measure.children):
                covered.add(measure.i)  # ("the detentions": told before, not a new act)
        # (the court that hears it is no party: a challenge at home is of the state's measure)
        target = [a for a in target if a not in source and not _is_court(book, [a])] or [
            a for a in _home_state(book, []) if a not in source]
        out.append(_draft(book, "ACCUSE", "sue", verb, source, target))
    return out
