"""Who asserts a clause, and whether the text says it could be checked.

Shared by the events and quotes stages: a reporting verb ("said", "wrote",
"claimed"), "according to X", or a social-media post makes X the claimant of
what it governs; the report's own hedges ("could not be independently
verified", "allegedly") set the verification.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.quotes import author_of
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import told_clause

REPORTING_VERBS = frozenset({
    "say", "tell", "write", "add", "claim", "state", "announce", "report", "declare", "insist", "assert",
    "allege", "warn", "note", "explain", "argue", "confirm", "deny", "post", "tweet", "acknowledge", "admit",
    "maintain", "contend", "suggest", "stress", "emphasise", "emphasize", "indicate", "reveal", "predict",
    "believe", "think", "accuse", "charge", "estimate", "recall", "reply", "respond", "urge", "ask",
    "call", "describe", "caution", "concede", "complain", "vow", "pledge", "promise", "agree", "hope",
})

#: Conjunctions of a clause that sets the scene of a report rather than telling what was said.
NARRATIVE_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "amid", "until"})

UNVERIFIED = re.compile(
    r"could ?n[o']t (?:be )?(?:independently )?(?:verif|confirm)|not (?:been )?(?:independently )?"
    r"(?:verified|confirmed)|unverified|unconfirmed|impossible to (?:verify|confirm)|"
    r"cannot (?:be )?(?:independently )?(?:verif|confirm)|allegedly|reportedly|purportedly|claims? that could not|"
    r"\bneither\b.{0,30}\b(?:could|can) be (?:independently )?(?:verified|confirmed)",
    re.I)
CONFIRMED = re.compile(r"\b(?:was|were|has been|have been|is|are) confirmed\b|\bconfirmed by\b|\bverified by\b", re.I)
# "disputed" as a verb ("the army disputed the figures", "a claim disputed by"), not the adjective of
# "the disputed border" or "a disputed election"
DISPUTED = re.compile(r"\bdenied\b|\bdenies\b|\b(?:has|have|had|was|were|been) disputed\b|"
                      r"\bdisputed (?:the|this|that|these|those|his|her|their|its|by|claims?|reports?|figures?)\b|"
                      r"\bdisputes (?:the|this|that|claims?|reports?)\b|"
                      r"\brejected (?:the|those|these) (?:claim|report)", re.I)


def verification_of(sentence: Span) -> str | None:
    text = sentence.text
    if UNVERIFIED.search(text):
        return "unverified"
    if DISPUTED.search(text):
        return "disputed"
    if CONFIRMED.search(text):
        return "confirmed"
    return None


def reporting_head(t: Token) -> Token | None:
    """The reporting verb whose complement holds T, if any (climbing at most a few clauses)."""
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "relcl" and cur.head.lemma_.lower() in ("charge", "claim", "accusation", "allegation") and any(
                c.dep_ == "nsubj" for c in cur.children):
            return None  # "accused X of Y, a charge X rejected": the rejection is X's own act, not the accuser's word
        if cur.dep_ == "advcl" and cur.head.lemma_ in REPORTING_VERBS and any(
                c.dep_ == "mark" and c.lower_ in NARRATIVE_MARKS for c in cur.children):
            return None  # "residents said on Wednesday, as an envoy arrived": the narrator's scene, not theirs
        if cur.dep_ == "prep" and cur.lower_ in ("of", "about", "for") and cur.head.lemma_ in REPORTING_VERBS:
            return cur.head  # "accused Eritrea of preparing to invade", "warned of attacks": the accuser's word
        if cur.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj") and cur.head.lemma_ in REPORTING_VERBS:
            # "declared a state of emergency after miners blocked the road": a verb with an object of its
            # own reports nothing about the clause beside it
            beside = cur.dep_ in ("advcl", "conj") and any(c.dep_ == "dobj" for c in cur.head.children)
            if not beside:
                return cur.head
        cur = cur.head
    return None


def _closing_cue(t: Token) -> Token | None:
    """The cue of a closing attribution that stands apart right after T's sentence ("Jets struck the
    town, | residents said.")."""
    sent = sent_of(t)
    doc = t.doc
    if sent.end >= len(doc) or doc[sent.end - 1].text != ",":
        return None
    cue = sent_of(doc[sent.end]).root
    return cue if cue.lemma_ in REPORTING_VERBS and told_clause(cue) is not None else None


def misattached_speech_act(verb: Token) -> Token | None:
    """The teller's verb when VERB is the teller's second act hung on the told clause: "said troops had
    withdrawn to protect civilians and accused X of ...": a past-tense speech act is not coordinated
    with an infinitive or a gerund."""
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.lemma_ in REPORTING_VERBS
            and verb.head.tag_ in ("VB", "VBG")):
        return None
    cur = verb.head
    for _ in range(6):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_ in REPORTING_VERBS:
            return cur.head
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def claimant(book: ActorBook, t: Token) -> int | None:
    """The actor who asserts the clause containing T, or None when the report itself does."""
    verb = reporting_head(t) or _closing_cue(t)
    for _ in range(4):
        if verb is None:
            break
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                found = book.resolve(c)
                if found:
                    return found[0]
        if verb.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or verb.head.i == verb.i:
            break
        verb = misattached_speech_act(verb) or verb.head
    for tok in sent_of(t):
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            for o in tok.nbor(1).children:
                if o.dep_ == "pobj":
                    found = book.resolve(author_of(o))  # "according to a statement issued by X": X says so
                    if found:
                        return found[0]
    return None

