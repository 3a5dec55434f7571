"""The sentence around a token, found by bisection over sentence starts computed once per doc.

spaCy's ``Token.sent`` scans the document each time it is read; the stages ask
for sentences thousands of times per article, which made that scan the
pipeline's largest cost after the parser.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "sitrep_sentence_starts"


def _starts(doc: Doc) -> list[int]:
    starts: list[int] | None = doc.user_data.get(_KEY)
    if not starts or starts[-1] >= len(doc):
        # (an empty list read before the parser set any boundary is recomputed, and a text with none is one
        # sentence: every caller may count on at least one)
        starts = [s.start for s in doc.sents] or [0]
        doc.user_data[_KEY] = starts
    return starts


def sent_of(item: Token | Span) -> Span:
    """The sentence holding a token, or the first token of a span."""
    doc = item.doc
    i = item.i if isinstance(item, Token) else item.start
    starts = _starts(doc)
    k = bisect_right(starts, i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k]:end]


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences in order, from the starts computed once (``doc.sents`` walks the parse
    each time it is read)."""
    starts = _starts(doc)
    ends = [*starts[1:], len(doc)]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True)]


def sentence_number(doc: Doc, i: int) -> int:
    """The index of the sentence holding token ``i``."""
    return bisect_right(_starts(doc), i) - 1
