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
from sitrep.nlp.events.vocabulary import NOT_REFUSALS, REFUSING_AUX
from sitrep.nlp.sentences import sent_of

#: Subjects that make a refusal of anyone's doing it: "nobody can sign away ...", "no province can ...".
NOBODY = frozenset({"nobody", "no-one", "none"})
#: Clauses a refusal can stand in: a sentence's own verb, what someone says, or a second verb of either.
#: Auxiliaries of ability: "X cannot do it" said by another side is a reproach, not X's refusal.
ABILITY_AUX = frozenset({"can", "could", "ca"})
REFUSAL_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


def _refused(verb: Token) -> bool:
    """VERB is negated under "will"/"can" ("would not pay"), or its subject is nobody ("no one can")."""
    if verb.pos_ != "VERB" or verb.dep_ not in REFUSAL_CLAUSES or verb.lemma_.lower() in NOT_REFUSALS:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
        return False  # ("could not be reached", "if they will not leave": a condition, not a refusal)
    if not any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in kids):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return True
    subj = _subject(verb)
    return subj is not None and (subj.lower_ in NOBODY or any(
        d.dep_ == "det" and d.lower_ == "no" for d in subj.children))


def refusals(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """A REJECT for each refusal a side is reported to make with a verb that no event was read from.

    The refuser is the clause's subject when it names an actor, else whoever says it ("we will not pay",
    "nobody can set a timetable", filled once quotes have speakers); the refused is whom the verb's object
    names ("sit down with a government"), else left to the rules that aim a refusal at the story's
    other side."""
    out: list[EventDraft] = []
    for verb in doc:
        if verb.i in taken or not _refused(verb):
            continue
        sent = sent_of(verb)
        said_by = claimant(book, verb)
        quoted = any(w.is_quote for w in sent)
        if said_by is None and not quoted:
            continue  # the report's own forecast ("the talks will not resume before March")
        d = EventDraft(type="REJECT", trigger=verb, sentence=sent, clause=verb)
        subj = _subject(verb)
        nobody = subj is not None and (subj.lower_ in NOBODY or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subj.children))
        if subj is not None and not nobody and subj.lower_ not in ("we", "i"):
            d.source = _subject_actors(book, subj)
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
