"""Sport, prizes and words: a "beat", "attack" or "fight" in a story about a game or a verdict given
in words, which is no violence unless the sentence names weapons or armed men.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.events.vocabulary import CONTEST_WORDS, PLACING, RANKINGS, SCORE, TROPHIES, VIOLENCE_WORDS, WORDS
from sitrep.nlp.lexicon import Lexicon
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import doc_text


def _contest_story(doc: Doc) -> bool:
    """The document reports a game, a race or a prize: four or more different contest words."""
    text = doc_text(doc).lower()  # on the text: the tokeniser splits "quarter-finals" and "7-5" at the hyphen
    seen = {w for w in WORDS.findall(text) if w in CONTEST_WORDS}
    return len(seen) + bool(SCORE.search(text)) >= 4


def _contest_sentence(sent: Span) -> bool:
    """"Was beaten 5-0 by X on Saturday", "was beaten in the ratings": a result or a contest word in the
    sentence itself, in a story about something else."""
    text = sent.text.lower()
    return bool(SCORE.search(text) or PLACING.search(text)) or any(
        w in CONTEST_WORDS | TROPHIES | RANKINGS for w in WORDS.findall(text))


def _violent(lex: Lexicon, book: ActorBook, sent: Span) -> bool:
    """The sentence names weapons, violence or armed men (fans who attacked a referee, a bomb at a match)."""
    words = {w.lower_ for w in sent}
    if words & (lex.weapon_words | VIOLENCE_WORDS):
        return True
    return any((idx := book.at(w)) is not None and book.actors[idx].sector in ("MIL", "REB", "COP") for w in sent)


def _judged_as(lex: Lexicon, book: ActorBook, t: Token) -> bool:
    """"Attacked the plan as vacuous", "attacked ministers for failing to act": with no violence in the
    sentence, the attack is a verdict given in words ("as a reprisal" still tells of blows)."""
    if t.lemma_ not in ("attack", "hit", "strike") or _violent(lex, book, sent_of(t)):
        return False  # only words that also name a verbal attack ("set alight for stealing" is not one)
    doc = t.doc
    for c in t.children:
        after = doc[c.i + 1] if c.i + 1 < len(doc) else None
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i and after is not None and (
                after.pos_ == "ADJ" or after.is_quote or (after.lower_ in ("a", "an") and c.i + 2 < len(doc)
                                                          and doc[c.i + 2].is_quote)):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in c.children):
            return True
    return False
