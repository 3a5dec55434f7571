"""Small readings of spaCy's parse that several stages share.

The small English model misparses newsroom shorthand in the same ways
everywhere; reading it once here keeps events and counts in agreement
about who was hurt.
"""

from __future__ import annotations

from spacy.tokens import Token

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
