"""The custom attributes sitrep's stages read and write on a spaCy ``Doc``.

One place registers them so every stage agrees on names and shapes:

- ``doc._.sitrep_doc``: the ``sitrep.model.Document`` being processed (title,
  dateline, published date); set before the pipeline runs.
- ``doc._.toponyms``: ``list[Toponym]`` written by the ``sitrep_places`` stage,
  each a text span resolved (or not) to a gazetteer entry.
- ``doc._.demonym_places``: ``list[Toponym]``, the country each demonym names
  ("Ukrainian negotiators" mentions Ukraine), kept apart from ``toponyms`` so
  that no stage reads a nationality as the place where something happened.
- ``doc._.actors`` / ``events`` / ``quotes`` / ``quantities``: lists written by
  the later stages, in the contract's types.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(slots=True)
class Toponym:
    """A place name in the text and what it resolved to (``geonameid`` None when unresolved)."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str  # city | region | country | other
    geonameid: int | None
    population: int = 0
    #: set when the point is estimated from what the text says ("20 km north of Goma"): the anchor's
    #: name, and how far from the point the place may lie
    located_by: str | None = None
    uncertainty_km: float | None = None


_ATTRS = ("sitrep_doc", "toponyms", "demonym_places", "actors", "events", "quotes", "quantities", "sitrep_state")


def register() -> None:
    """Register the attributes once; safe to call from every stage."""
    for name in _ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
