"""What an evaluation needs from an extractor: many documents in, extractions out in order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sitrep.errors import SitrepError
from sitrep.model import Document, Extraction


class ExtractorLike(Protocol):
    """``sitrep.nlp.extract.Extractor`` or any stand-in (tests pass canned extractions)."""

    def extract_many(self, docs: Iterable[Document], /) -> Iterable[Extraction]: ...


def extract_all(extractor: ExtractorLike, docs: Sequence[Document]) -> list[Extraction]:
    """Run the extractor over ``docs`` and check it answered each one, in order."""
    out = list(extractor.extract_many(docs))
    if len(out) != len(docs):
        raise SitrepError(f"the extractor returned {len(out)} extractions for {len(docs)} documents; "
                          "extract_many must yield one per input, in order")
    return out
