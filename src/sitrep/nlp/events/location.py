"""The place an event happens at: a location attached to the trigger or to its clause's verb,
never just any place in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.nlp.events.vocabulary import LOCATION_PREPS, VENUE_PREPS


def _place_token(doc: Doc, t: Token, clause: Token) -> Token | None:
    """A location attached to the trigger, else to its clause's verb: never just any place in the sentence."""
    for head in (t, clause):
        for c in head.children:
            if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC"):
                return c
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj":
                        place = _place_in(o)
                        if place is not None:
                            return place
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                # "a Masvingo bank branch was burnt": the place named inside the subject
                inner = next((m for m in c.children if m.dep_ == "compound" and m.ent_type_ in ("GPE", "LOC", "FAC")
                              and c.ent_iob_ != "I"), None)  # not "United" of "the United States" as subject
                if inner is not None:
                    return inner
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in LOCATION_PREPS:
                        for o in p.children:
                            place = _place_in(o)
                            if place is not None:
                                return place
                deeper = _nested_location(c)
                if deeper is not None:
                    return deeper  # "shelled a camp for displaced people near X": X is where the camp is
    return None


def _nested_location(np: Token) -> Token | None:
    """A place in a locative phrase deeper inside a noun phrase, reached through prepositions and
    nouns only (no clause in between)."""
    for p in np.subtree:
        if p.dep_ != "prep" or p.lower_ not in VENUE_PREPS or p.head.i == np.i:
            continue
        path, ok = p.head, True
        while path.i != np.i:
            if path.pos_ in ("VERB", "AUX") or path.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                ok = False
                break
            path = path.head
        if ok:
            place = next((_place_in(o) for o in p.children if o.dep_ == "pobj"), None)
            if place is not None:
                return place
    return None


def _place_in(o: Token) -> Token | None:
    """The place a locative phrase names; of "Nigeria's northwestern Zamfara state", the state: the
    possessor is the country round it."""
    found = [tok for tok in [o, *o.subtree] if tok.ent_type_ in ("GPE", "LOC", "FAC")]
    if not found or found[0].i == o.i:
        return found[0] if found else None
    owned = [tok for tok in found if tok.dep_ != "poss" and tok.head.dep_ != "poss"]
    return owned[0] if owned else found[0]
