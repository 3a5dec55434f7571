"""Orders given: "police ordered the crowd to disperse", "the government ordered the evacuation of 14
villages", "the judge ordered the roadblocks cleared", "ordered striking dockworkers back to work".

The act an order compels is told by a word that is no trigger alone ("leave", "evacuation", "back to
work") or by one that, read alone, makes the ordered its doer ("the crowd dispersed"); annotators and
PLOVER code the order itself, a state's compulsion of those it is given to: COERCE from whoever gave it.
An expulsion of diplomats ("ordered the ambassador to leave") is read before this, as SANCTION, and a
court's order to a state as its REQUEST; those keep their readings.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.events.custody import _draft, _home_state
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.participants import _subject, _subject_actors
from sitrep.nlp.events.vocabulary import COMPELLED_ACTS, ORDERED_MEASURES, ORDERED_STATES
from sitrep.nlp.syntax import with_lemmas

#: the types a compelled act read alone may already carry; the order only says who compelled whom
_COMPULSIONS = frozenset({"COERCE", "SANCTION"})


def orders_given(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> tuple[list[EventDraft], set[int]]:
    """The COERCE of each order DOC tells, and the tokens whose own readings it replaces (the compelled
    verb read alone: "to evacuate" is no retreat of the ordered). A compelled act already read as a
    compulsion ("ordered Ethiopia to close its consulate", SANCTION) keeps its type and takes the order's
    giver and receiver instead."""
    by_trigger = {d.trigger.i: d for d in drafts}
    out: list[EventDraft] = []
    covered: set[int] = set()
    for verb in with_lemmas(doc, frozenset({"order"})):
        if verb.pos_ != "VERB" or verb.i in by_trigger or any(c.dep_ == "neg" for c in verb.children):
            continue
        compelled, told = _what_is_ordered(verb)
        if compelled is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        target = [a for w in ((told, *told.conjuncts) if told is not None else ()) for a in book.resolve(w)]
        if passive:
            agent = next((p for p in verb.children if p.dep_ == "agent"), None)
            source = [a for o in (agent.children if agent is not None else ()) for a in _subject_actors(book, o)]
            source = source or _home_state(book, target)
        else:
            subj = _subject(verb)
            source = _subject_actors(book, subj) if subj is not None else []
        if not source:
            continue
        already = by_trigger.get(compelled.i)
        if already is not None and already.type in _COMPULSIONS:
            already.source = source
            if target:
                already.target = [a for a in target if a not in source]
            continue
        if already is not None:
            covered.add(compelled.i)
        order = _draft(book, "COERCE", "restrict", verb, source, target)
        own = {c for a in source if (c := book.actors[a].country)}
        if len(own) == 1 and not any(book.actors[a].country for a in order.target):
            # ("most plants were ordered to stop work", "ordered the evacuation of 14 villages": those ordered,
            # named by no actor of any country, are the giver's own country's people; a country may be both)
            order.target = [*order.target, book.country_actor(own.pop())]
        out.append(order)
    return out, covered


def _what_is_ordered(verb: Token) -> tuple[Token | None, Token | None]:
    """The word that tells what VERB ("ordered") compels, and who must do it: ("disperse", "crowd") for
    "ordered the crowd to disperse", ("evacuation", None) for "ordered the evacuation of 14 villages",
    ("closed", "schools") for "ordered schools closed", ("back", "dockworkers") for "ordered striking
    dockworkers back to work"; (None, None) when the order is of anything else ("ordered an inquiry",
    "ordered 300 more troops to the canyon")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    told = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if told is not None and told.lemma_.lower() in ORDERED_MEASURES and not passive:
        return told, None
    for head in (verb, *((told,) if told is not None else ())):
        for c in head.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.lemma_ in COMPELLED_ACTS and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                if c.lemma_ in ("turn", "go", "return") and not _going_back(c):
                    continue  # ("ordered them to turn back", "to return to work", not "to turn over the files")
                who = next((s for s in c.children if s.dep_ == "nsubj"), None) or told
                return c, who
            if c.dep_ in ("ccomp", "xcomp", "oprd", "acl") and c.tag_ in ("VBN", "VBD") and c.lemma_ in ORDERED_STATES:
                who = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None) or told
                return c, who
    if told is not None and _going_back(verb):
        return next(c for c in verb.children if c.lower_ in ("back", "home") or c.dep_ == "prep"), told
    return None, None


def _going_back(word: Token) -> bool:
    """"Back to work", "back", "home", "to work" among WORD's dependents: an order to go back."""
    return any((c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt"))
               or (c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "work" for o in c.children))
               for c in word.children)
