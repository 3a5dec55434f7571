"""Small readings of spaCy's parse that several stages share.

The small English model misparses newsroom shorthand in the same ways
everywhere; reading it once here keeps events and counts in agreement
about who was hurt.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sent_of

#: harm verbs that are never intransitive: without an object, their subject is the victim
OBJECT_HARM_VERBS = frozenset({"kill", "injure", "wound", "abduct", "kidnap", "behead", "lynch", "maim", "shoot",
                               "murder", "assassinate", "arrest", "detain"})


def reduced_passive(t: Token) -> bool:
    """A harm verb that always takes an object, written without one: a headline's passive.

    "Three soldiers killed and one injured", "farmer killed near the market": the parser
    reads the victims as subjects. Headline victims come counted ("two soldiers") or as a
    bare noun with no article ("farmer killed"); counted or bare attackers rarely do. A
    conjoined verb that has the object ("gunmen killed and wounded five"), an auxiliary
    ("have killed") or an aim ("shot at the car") keeps the active reading.
    """
    if t.lemma_ not in OBJECT_HARM_VERBS or t.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "aux") or (c.dep_ == "prep" and c.lower_ in ("at", "on"))
           for v in (t, *t.conjuncts) for c in v.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    counted = subj.tag_ == "CD" or any(c.dep_ == "nummod" for c in subj.children)
    bare = subj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in subj.children)
    return counted or bare


def headline_verb(t: Token) -> bool:
    """"Military forces dislodge X from Y", "SAF bomb Z": a headline's present-tense verb the tagger
    read as a singular noun. Only a bare form of a verb-only trigger, in a sentence the parser found
    no verb to root, between a subject noun on its left and an object (a determiner, a name or a
    number) on its right; a plural subject ("bombers detonate at a mosque") also takes a preposition,
    since a plural noun rarely modifies a singular one."""
    if t.tag_ != "NN" or t.lower_ != t.lemma_.lower() or t.i == 0 or t.i + 1 >= len(t.doc):
        return False
    if t.lower_ not in _verb_only_triggers() or sent_of(t).root.pos_ in ("VERB", "AUX"):
        return False
    left, right = t.doc[t.i - 1], t.doc[t.i + 1]
    if left.tag_ in ("NNS", "NNPS"):
        return right.pos_ in ("DET", "PROPN", "NUM", "ADP")
    return left.tag_ == "NNP" and right.pos_ in ("DET", "PROPN", "NUM")


@cache
def _verb_only_triggers() -> frozenset[str]:
    return frozenset(t.lemma for t in lexicon().triggers if t.pos == "verb" and " " not in t.lemma
                     and "-" not in t.lemma)


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of a dateline opening a paragraph: "PORT SUDAN, Sudan —", "KYIV (Reuters) -".

    A dateline says where the report was filed; its place names are neither actors nor the
    subject of the sentence it runs into. Read once per document and kept on it.
    """
    cached: frozenset[int] | None = doc.user_data.get("sitrep_dateline")
    if cached is not None:
        return cached
    found: set[int] = set()
    for start in (0, *(t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc))):
        j = start
        while j < len(doc) and j - start < 10 and doc[j].text not in DATELINE_DASHES and "\n" not in doc[j].text and (
                doc[j].is_upper or doc[j].is_title or doc[j].is_punct or doc[j].like_num):
            j += 1
        caps = any(doc[k].is_upper and len(doc[k].text) > 1 for k in range(start, j))
        if j > start and j < len(doc) and doc[j].text in DATELINE_DASHES and caps and doc[start].is_upper:
            found.update(range(start, j + 1))
    out = frozenset(found)
    doc.user_data["sitrep_dateline"] = out
    return out
