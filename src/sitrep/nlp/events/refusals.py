"""Refusals told with any verb: "Costa Rica said it would not pay a ransom", "the committee would not sit
down with a government ...", "No province can set a timetable for parliament".

PLOVER's REJECT is to "refuse, decline, or deny". A side's stated refusal is most often told with an
ordinary verb under a negated "will" or "can", not with a verb of refusing, and the act refused never
happens, so the verb's own reading (a payment, a meeting) is no event at all: the refusal is. The verbs
that are event triggers already carry their refusals (status.py turns "will not negotiate" into REJECT);
this reads the others. Only words a side is reported to say count: the report's own "will not" is a
forecast, not a refusal.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.attribution import claimant
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.participants import _object_actors, _subject, _subject_actors
from sitrep.nlp.events.vocabulary import (
    CHARGE_NOUNS,
    DENYING_FORMS,
    DISMISSIVE,
    LACKED_STANDING,
    MEASURE_NOUNS,
    NAMING_VERBS,
    NOT_REFUSALS,
    PART_NOUNS,
    PRESSURE_VERBS,
    REFUSING_AUX,
    VOID_WORDS,
)
from sitrep.nlp.knowledge import capital_country
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import with_lemmas, with_lower, with_words

#: Subjects that make a refusal of anyone's doing it: "nobody can sign away ...", "no province can ...".
NOBODY = frozenset({"nobody", "no-one", "none"})
#: What a speaker calls its own side: "the island would not be intimidated", "the country will not pay".
SELF_NOUNS = frozenset({"island", "country", "nation", "state", "republic", "kingdom", "government", "people",
                        "region", "province", "territory", "party", "movement", "union", "committee"})
#: Auxiliaries of ability: "X cannot do it" said by another side is a reproach, not X's refusal.
ABILITY_AUX = frozenset({"can", "could", "ca"})
#: Lemmas of those auxiliaries ("wo" of "won't" is "will", "ca" of "can't" is "can").
REFUSING_AUX_LEMMAS = frozenset({"will", "would", "shall", "can", "could"})
#: The measure nouns as lemmas, a proper name's capital kept ("the Constitutional Court").
MEASURE_LEMMAS = MEASURE_NOUNS | frozenset(w.capitalize() for w in MEASURE_NOUNS)
#: Verbs of having or playing no part: "had no role in", "played no part in", "bears no responsibility".
PART_VERBS = frozenset({"have", "be", "play", "bear"})
#: Clauses a refusal can stand in: a sentence's own verb, what someone says, or a second verb of either.
REFUSAL_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


def no_one(subj: Token) -> bool:
    """The subject names nobody: "nobody", "none", "no group", "no province"."""
    return subj.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children)


def _named_side(book: ActorBook, subj: Token) -> list[int]:
    """Whom a subject names: a pronoun its antecedent, a noun its own actor (a noun that names no one is not
    climbed past to another clause's subject: "the island would not be intimidated" is not "asked Beijing")."""
    return _subject_actors(book, subj) if subj.pos_ == "PRON" else book.resolve(subj)


def _refused(verb: Token) -> bool:
    """VERB is negated under "will"/"can" ("would not pay"), or its subject is nobody ("no one can")."""
    kids = list(verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    pressed = passive and verb.lemma_.lower() in PRESSURE_VERBS  # ("will not be told", "will not be intimidated")
    if verb.pos_ != "VERB" or verb.dep_ not in REFUSAL_CLAUSES or (verb.lemma_.lower() in NOT_REFUSALS
                                                                   and not pressed):
        return False
    if (passive and not pressed) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
        return False  # ("could not be reached", "if they will not leave": a condition, not a refusal)
    if not any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in kids):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return True
    subj = _subject(verb)
    return subj is not None and no_one(subj)


def refusals(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """A REJECT for each refusal a side is reported to make with a verb that no event was read from.

    The refuser is the clause's subject when it names an actor, else whoever says it ("we will not pay",
    "nobody can set a timetable", filled once quotes have speakers); the refused is whom the verb's object
    names ("sit down with a government"), else left to the rules that aim a refusal at the story's
    other side."""
    out: list[EventDraft] = []
    # (every refusal has its "will" or "can": only their verbs are read)
    verbs = sorted({t.head.i for t in with_lemmas(doc, REFUSING_AUX_LEMMAS) if t.dep_ == "aux"})
    for verb in (doc[i] for i in verbs):
        if verb.i in taken or not _refused(verb):
            continue
        sent = sent_of(verb)
        said_by = claimant(book, verb)
        quoted = any(w.is_quote for w in sent)
        if said_by is None and not quoted:
            continue  # the report's own forecast ("the talks will not resume before March")
        d = EventDraft(type="REJECT", trigger=verb, sentence=sent, clause=verb)
        subj = _subject(verb)
        nobody = subj is not None and no_one(subj)
        if subj is None:
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "will not be intimidated"
        if subj is not None and not nobody and subj.lower_ not in ("we", "i"):
            d.source = _named_side(book, subj)
            if not d.source and subj.lemma_.lower() in SELF_NOUNS and said_by is not None:
                d.source = [said_by]  # "the island would not be intimidated," its council said
            if not d.source:
                continue  # ("the sanctions will not give it back": no side refuses)
            able = next(c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in REFUSING_AUX)
            theirs = {book.actors[a].country for a in d.source} - {None}
            if said_by is not None and able in ABILITY_AUX and theirs and book.actors[said_by].country not in theirs:
                continue  # "Malta cannot keep looking away," an Italian said: a reproach of Malta, not its refusal
        d.target = [a for c in verb.children if c.dep_ in ("dobj", "dative")
                    for a in _object_actors(book, c) if a not in d.source]
        if not d.target:
            d.target = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "for", "from")
                        for o in c.children if o.dep_ == "pobj" for a in book.resolve(o) if a not in d.source]
        if not d.target:
            # "would not reopen the crossings until Minsk stopped ...": refused to whoever must act first
            d.target = [a for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("until", "unless") for m in c.children)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                for a in book.resolve(s, create=False) if a not in d.source]
        d.claimed_by = said_by
        if not d.source:
            if said_by is not None:
                d.source = [said_by]
            else:
                d.verdict = True  # the quoted speaker refuses: filled once quotes have speakers
        out.append(d)
    return out


def disowned_measures(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The Kremlin said the sanctions were illegitimate", "said the ruling has no legal effect", "called
    the sanctions unfounded": a side that says a measure or a court is void rejects it (PLOVER's REJECT),
    aimed at whoever imposed or handed it down (found with the other rejections of "the sanctions")."""
    out: list[EventDraft] = []
    for noun in with_lemmas(doc, MEASURE_LEMMAS):
        head = noun.head
        if noun.dep_ == "nsubj" and head.lemma_ == "be" and not any(c.dep_ == "neg" for c in head.children):
            said = [w for c in head.children if c.dep_ in ("acomp", "attr") for w in c.subtree]
            void = any(w.lower_ in VOID_WORDS | DISMISSIVE for w in said)
        elif noun.dep_ == "nsubj" and head.lemma_ == "have":
            void = any(c.dep_ == "dobj" and c.lemma_.lower() in LACKED_STANDING and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in head.children)
        elif noun.dep_ == "dobj" and (head.lemma_ in NAMING_VERBS or head.lemma_ == "declare"):
            said = [w for c in head.children if c.i > noun.i and c.dep_ in ("oprd", "xcomp", "acomp", "attr", "dobj")
                    for w in c.subtree] + [w for w in noun.subtree if w.i > noun.i]
            void = any(w.lower_ in VOID_WORDS | DISMISSIVE for w in said)
        else:
            continue
        if not void or head.i in taken:
            continue
        d = EventDraft(type="REJECT", trigger=head, sentence=sent_of(head), clause=head, verdict_on=noun)
        if noun.dep_ == "dobj":
            subj = _subject(head)
            d.source = _subject_actors(book, subj) if subj is not None else []
        else:
            d.claimed_by = claimant(book, head)
            if d.claimed_by is not None:
                d.source = [d.claimed_by]
            elif any(w.is_quote for w in d.sentence):
                d.verdict = True  # "'The ruling is null and void,' she said": filled once quotes have speakers
        # ("the court has no legitimacy": the court itself is rejected)
        d.target = [a for a in book.resolve(noun, create=False) if a not in d.source]
        if d.source or d.verdict:
            out.append(d)
    return out


def disclaimed_parts(doc: Doc, book: ActorBook, taken: set[int]) -> list[tuple[EventDraft, Token]]:
    """"The Islamic Emirate had no role in the attack", "Rwanda has no links with the rebels", "said it was
    not involved in the shooting": a side's denial of a part in an act (PLOVER's REJECT), with the phrase
    that names the act, whose author is then not that side."""
    out: list[tuple[EventDraft, Token]] = []
    for verb in with_lemmas(doc, PART_VERBS | {"involve"}):
        if verb.i in taken or verb.dep_ in ("relcl", "acl"):
            continue
        kids = list(verb.children)
        negated = any(c.dep_ == "neg" for c in kids)
        part: Token | None
        if verb.lemma_ == "involve":
            # "its attache had never been involved in any transfer of weapons": the passive read whole
            if negated and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
                part = verb
            else:
                continue
        else:
            part = next((c for c in kids if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in PART_NOUNS and (
                negated or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))), None)
        if part is None and verb.lemma_ == "have":
            # "had nothing to do with the attack"
            part = next((c for c in kids if c.dep_ == "dobj" and c.lower_ == "nothing" and any(
                w.lemma_ == "do" for w in c.subtree)), None)
        if part is None and verb.lemma_ == "be" and negated:
            part = next((c for c in kids if c.dep_ == "acomp" and c.lower_ in ("involved", "responsible")), None)
        if part is None:
            continue
        said_by = claimant(book, verb)
        subj = _subject(verb)
        source = _named_side(book, subj) if subj is not None else []
        if not source and said_by is None:
            continue
        act = next((o for w in part.subtree if w.dep_ == "prep" and w.lower_ in ("in", "with", "for", "to")
                    for o in w.children if o.dep_ == "pobj"), part)
        d = EventDraft(type="REJECT", trigger=verb, sentence=sent_of(verb), clause=verb,
                       source=source or ([said_by] if said_by is not None else []))
        d.claimed_by = said_by
        out.append((d, act))
    return out


#: What a side says it has none of when it denies a report: "said it had no record of a death", "there was
#: no evidence linking ...", "had not been shown a single document".
PROOF_NOUNS = frozenset({"evidence", "record", "records", "report", "reports", "information", "proof", "trace",
                         "traces", "knowledge"})
#: The word a fact is denied with when told as never done.
NEVER = frozenset({"never"})
#: Proofs a side may lack as well as deny: "had no valid documents" charges, "had not been shown a single
#: document" denies.
PAPERS = frozenset({"document", "documents"})
#: What a "no reports of ..." most often counts rather than denies.
HARM_DONE = frozenset({"damage", "casualty", "injury", "death", "victim", "transmission", "fatality"})
#: Verbs whose "no evidence" weighs the one who gives it: "accused X but gave no evidence".
OFFERING_PROOF = frozenset({"give", "provide", "offer", "present", "produce", "cite", "show", "publish"})
#: Auxiliaries of what ought to be: "aid must never be used as a bargaining chip" is a principle, not a denial.
OUGHT_AUX = frozenset({"should", "must", "ought", "may", "might", "shall"})
#: Verbs of a witness's own experience: "we have never seen water this high" marvels, it denies nothing.
WITNESSING = frozenset({"see", "experience", "witness", "feel", "hear", "know", "live", "expect", "imagine"})


def _no_proof(noun: Token) -> bool:
    """NOUN is a proof named as missing: "no evidence", "not ... any evidence", "not ... a single document"."""
    papers = noun.lower_ in PAPERS
    if noun.lemma_.lower() not in PROOF_NOUNS and noun.lower_ not in PROOF_NOUNS and not papers:
        return False
    dets = {d.lower_ for d in noun.children if d.dep_ in ("det", "amod")}
    if any(o.lemma_.lower() in HARM_DONE for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
           for o in p.children if o.dep_ == "pobj"):
        return False  # ("there were no reports of damage": the toll told, no report denied)
    if "no" in dets and not papers:
        return True
    head = noun.head
    return bool(dets & {"any", "single"}) and any(c.dep_ == "neg" for c in head.children)


def _denial_clause(doc: Doc) -> list[Token]:
    """The clauses that deny a fact: one told as never done ("had never bought Iranian oil"), or with its proof
    said to be missing ("had no record of any such incident", "there was no evidence linking ...")."""
    clauses: list[Token] = []
    for t in with_words(doc, NEVER | PROOF_NOUNS | PAPERS):
        verb: Token | None = None
        if t.lower_ == "never" and t.dep_ in ("neg", "advmod") and t.head.pos_ in ("VERB", "AUX"):
            verb = t.head
            kids = list(verb.children)
            past = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ in ("have", "do") for c in kids)
            future = any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX | OUGHT_AUX for c in kids)
            subj = _subject(verb)
            marvel = verb.lemma_.lower() in WITNESSING and subj is not None and subj.lower_ in ("i", "we", "you")
            again = t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "again"
            if not past or future or marvel or again:
                continue
        elif t.dep_ in ("dobj", "attr") and _no_proof(t) and t.head.pos_ in ("VERB", "AUX") \
                and t.head.lemma_.lower() not in OFFERING_PROOF:
            verb = t.head
        if verb is not None and verb.dep_ in REFUSAL_CLAUSES and verb not in clauses and not any(
                a.dep_ in ("relcl", "acl", "advcl") for a in (verb, *verb.ancestors)):
            clauses.append(verb)
    return clauses


def denied_facts(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"Colombian police said they had no record of any such incidents", "said its attache had never been
    involved", "'My client has never held a gun'": a side that answers a report with a fact against it
    rejects the report (PLOVER's REJECT "deny"). Only in a story that tells a charge or a claim to deny,
    only in words a side is reported to say, and only where no rejection is read already; aimed, like
    any refusal, at the side that pressed the denier."""
    if not any(d.type == "ACCUSE" or d.claimed_by is not None for d in drafts):
        return []
    rejecting = {d.sentence.start for d in drafts if d.type == "REJECT"}
    out: list[EventDraft] = []
    for verb in _denial_clause(doc):
        sent = sent_of(verb)
        if sent.start in rejecting:
            continue
        said_by = claimant(book, verb)
        if said_by is None and not any(w.is_quote for w in sent):
            continue  # the report's own "there was no evidence" weighs, it denies for no side
        d = EventDraft(type="REJECT", trigger=verb, sentence=sent, clause=verb, answer=True)
        d.claimed_by = said_by
        if said_by is not None:
            d.source = [said_by]
        else:
            d.verdict = True  # the quoted speaker denies: filled once quotes have speakers
        rejecting.add(sent.start)
        out.append(d)
    return out


#: What a side refuses in answer to: another side's demand, charge, threat or measure against it.
PRESSING_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})


def _pressed_by(book: ActorBook, before: list[EventDraft], own: set[str | None]) -> EventDraft | None:
    """The last of BEFORE in which a side of another country pressed OWN's."""
    return next((e for e in reversed(before) if e.type in PRESSING_ACTS and e.source
                 and own & {book.actors[a].country for a in e.target}
                 and not own & {book.actors[a].country for a in e.source}
                 and any(book.actors[a].country or book.actors[a].sector == "IGO" for a in e.source)), None)


def refused_whom(book: ActorBook, drafts: list[EventDraft]) -> None:
    """A refusal that names no one ("Kyrgyzstan 'will not be told by anyone with whom to trade'") answers the
    last side of another country that pressed the refuser's country: sanctioned, accused, threatened or
    asked something of it."""
    for n, d in enumerate(drafts):
        if d.type != "REJECT" or d.target or not d.source:
            continue
        own = {book.actors[a].country for a in d.source} - {None}
        if not own:
            continue
        pressing = _pressed_by(book, drafts[:n], own)
        if pressing is not None:
            d.target = list(pressing.source)


def denials_answered(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Peruvian fishermen said Colombian police had rammed their boat ... the police said they had no record
    of any such incident": a denial told as a fact answers whoever told the act of the denier's side, else,
    like any refusal, the side that pressed the denier's country. Run before the story's main country is
    given to what names no one, so that the denier's own country is not taken for whom it answers."""
    for n, d in enumerate(drafts):
        if not d.answer or not d.source:
            continue
        own = {book.actors[a].country for a in d.source} - {None}
        if d.target and not {book.actors[a].country for a in d.target} <= own:
            continue  # (aimed already, and not at the denier's own side: "the navy" is no answer to Nicaragua)
        told = next((e for e in reversed(drafts[:n]) if e.claimed_by is not None and e.type in PRESSING_ACTS
                     and own & {book.actors[a].country for a in e.source}
                     and book.actors[e.claimed_by].country not in own | {None}), None)
        if told is not None and told.claimed_by is not None:
            d.target = [told.claimed_by]
        elif own and (pressing := _pressed_by(book, drafts[:n], own)) is not None:
            d.target = list(pressing.source)


def charges_denied_in_an_aside(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"Burkina Faso has accused Ivory Coast of sheltering its opponents, a charge Abidjan rejects": the aside
    tells the accused side's denial, aimed at the accuser. The small model reads "rejects" there as a plural
    noun, so the aside has no verb to be coded from; its words say it all the same."""
    out: list[EventDraft] = []
    for t in with_lower(doc, DENYING_FORMS):
        if t.pos_ == "VERB" or t.i < 3:
            continue
        charge = next((w for w in reversed(doc[max(0, t.i - 6):t.i]) if w.lower_ in CHARGE_NOUNS), None)
        if charge is None or charge.i == t.i - 1 or doc[charge.i - 1].lower_ not in ("a", "an") \
                or charge.i < 2 or doc[charge.i - 2].text != ",":
            continue
        named = doc[charge.i + 1:t.i]
        deniers = list(dict.fromkeys(a for w in named for a in book.resolve(w)))
        seat = capital_country(named.text)
        if not deniers and seat is not None:
            deniers = [book.country_actor(seat)]  # ("a charge Ouagadougou rejects": the capital's government)
        if not deniers:
            continue
        sent = sent_of(t)
        accusers = next((d.source for d in drafts if d.type == "ACCUSE" and d.sentence.start == sent.start), [])
        out.append(EventDraft(type="REJECT", trigger=t, sentence=sent, source=deniers,
                              target=[a for a in accusers if a not in deniers], clause=t))
    return out


def with_rejections(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """DRAFTS with the refusals, disowned measures and denied parts told with no verb of refusing.

    One rejection of a claim or a measure a sentence ("rejected any suggestion of involvement and said
    Moscow had nothing to do with it"); a refusal is of something to come, and a rejection beside it is
    most often of another matter ("said it would not pay any ransom and denied reports that it had paid")."""
    drafts = drafts + refusals(doc, book, {d.trigger.i for d in drafts} | {d.clause.i for d in drafts if d.clause})
    drafts += charges_denied_in_an_aside(doc, book, drafts)
    rejecting = {d.sentence.start for d in drafts if d.type == "REJECT"}
    drafts += [r for r in disowned_measures(doc, book, {d.trigger.i for d in drafts})
               if r.sentence.start not in rejecting]
    for denial, act in disclaimed_parts(doc, book, {d.trigger.i for d in drafts}):
        # ("had no role in the attack": the attack stays, without the side that denies a part in it)
        inside = {w.i for w in act.subtree}
        for d in drafts:
            if d.trigger.i in inside:
                d.source = [a for a in d.source if a not in denial.source]
        if denial.sentence.start not in rejecting:
            drafts.append(denial)
    return drafts + denied_facts(doc, book, drafts)
