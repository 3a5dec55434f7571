"""An event as the stage builds it (``EventDraft``) and the clause of the text that states it.

Every other part of the stage reads or fills drafts, so the draft sits low in the package;
``clause_span`` is here because it reads nothing but a draft (the extractor uses it for evidence).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitrep.nlp.events.vocabulary import CLAUSE_BREAKS


def clause_span(d: EventDraft) -> tuple[int, int]:
    """Character offsets of the clause that states the event: its verb with subject and objects,
    without coordinated clauses, asides or relative clauses; the sentence's own words only."""
    verb = d.clause if d.clause is not None else d.trigger
    if d.trigger.pos_ == "VERB":
        verb = d.trigger
        # "to send engineers" in "signed a memorandum pledging to send engineers": the finite clause states it
        for _ in range(4):
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            if verb.dep_ not in ("xcomp", "acl", "pcomp") or has_subject:
                break
            up = verb.head
            while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            if up.pos_ not in ("VERB", "AUX"):
                break
            verb = up
    sent = d.sentence
    left = verb.i
    for c in verb.lefts:
        if c.dep_ in ("advcl", "ccomp", "parataxis") or (c.dep_ == "punct" and c.i < verb.i - 1):
            continue
        left = min(left, c.left_edge.i)
    right = verb.i
    rights = list(verb.rights)
    for k, c in enumerate(rights):
        holds_trigger = c.left_edge.i <= d.trigger.i <= c.right_edge.i
        if c.dep_ in CLAUSE_BREAKS and not holds_trigger:
            break
        if c.dep_ == "punct" and c.text in (",", ";", "—", "–", ":"):
            nxt = rights[k + 1] if k + 1 < len(rights) else None
            if nxt is None or (nxt.dep_ in CLAUSE_BREAKS | {"npadvmod", "dobj", "attr"}
                               and not nxt.left_edge.i <= d.trigger.i <= nxt.right_edge.i):
                break
        right = max(right, c.right_edge.i)
    left = max(left, sent.start)
    right = min(right, sent.end - 1)
    doc = sent.doc
    while right > left and doc[right].is_punct and doc[right].text not in ("”", '"', ")"):
        right -= 1
    while left < right and (doc[left].is_punct or (doc[left].ent_type_ == "GPE" and doc[left + 1].text in ("—", "–"))):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


@dataclass
class EventDraft:
    type: str
    trigger: Token
    sentence: Span
    mode: str | None = None
    source: list[int] = field(default_factory=list)
    target: list[int] = field(default_factory=list)
    status: str = "occurred"
    negated: bool = False
    claimed_by: int | None = None
    disputed_by: list[int] = field(default_factory=list)
    verification: str | None = None
    place_token: Token | None = None
    agentless: bool = False  # a passive or an event noun: no subject slot that the text left empty
    inherited: bool = False  # the source is the author of the attack told just before, not named here
    verdict: bool = False  # "this was a reckless act": a condemnation whose source is who says it
    verdict_on: Token | None = None  # "called the launches a provocation": the act judged, whose author is the target
    objects: list[str] = field(default_factory=list)  # non-actor things acted on
    clause: Token | None = None  # the verb that governs the event's clause
    context: list[str] = field(default_factory=list)  # PLOVER contexts the wording itself gives ("territory")
    answer: bool = False  # a denial told as a fact against a report: aimed at whoever pressed the denier
    doer: bool = False  # the clause names people doing it, actors or not ("a farmer shot", "by angry depositors")


def _tells_with(e: EventDraft, lemma: str) -> bool:
    """E's trigger or a noun of its clause is LEMMA or holds it ("airstrikes" holds "strike")."""
    if e.trigger.lemma_.lower() == lemma:
        return True
    return any(lemma in t.lemma_.lower() for t in e.sentence if t.pos_ == "NOUN")
