"""What the behaviour tests of the extraction share: run one text through the extractor, read names."""

from __future__ import annotations

from sitrep.model import UNNAMED_PERPETRATORS, Document, Extraction


def run(extractor, text: str, published: str = "2025-03-07") -> Extraction:  # type: ignore[no-untyped-def]
    """The extraction of one text, published on a fixed day so relative dates are stable."""
    return extractor.extract(Document(text=text, published=published))  # type: ignore[no-any-return]


def names(x: Extraction, ids: list[str]) -> set[str]:
    """The names of the actors an event points at."""
    return {a.name for a in (x.actor(i) for i in ids) if a}


def countries(x: Extraction, ids: list[str]) -> set[str | None]:
    """The countries of the actors an event points at (the scorer matches events on them)."""
    return {a.country for a in (x.actor(i) for i in ids) if a}


def types_read(x: Extraction, trigger: str) -> list[str]:
    """The types of the events read from one trigger word, in text order (what most event tests assert)."""
    return [e.type for e in x.events if e.trigger == trigger]


def unattributed(x: Extraction, ids: list[str]) -> bool:
    """No one the text names is among these actors: at most the "unnamed perpetrators" an attack with no
    author is given."""
    return names(x, ids) <= {UNNAMED_PERPETRATORS}
