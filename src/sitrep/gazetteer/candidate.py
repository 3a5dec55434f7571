"""The records the gazetteer hands out: a place entry and what is known about the text around a name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

Feature = Literal["city", "region", "country", "other"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to.

    ``geonameid`` is the GeoNames id where the entry comes from GeoNames;
    regions built from their places (GeoNames' admin1 records are not in the
    bundled data) get a stable negative id so they can never collide with one.
    ``code`` is the finer GeoNames-style kind (PPL, PPLC, ADM1, ADM2, PCLI, SEAT)
    that scoring uses; ``feature`` is the contract's coarse kind.
    """

    geonameid: int
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    feature: Feature
    population: int = 0
    is_capital: bool = False
    code: str = ""
    exact: bool = field(default=True, compare=False)

    @property
    def is_real_geonameid(self) -> bool:
        return self.geonameid > 0


@dataclass(frozen=True, slots=True)
class ResolutionContext:
    """What the rest of a document says about where it is.

    ``countries`` weighs the countries the document mentions (ISO-3 -> share of
    mentions, any positive scale); ``dateline`` is the resolved dateline place;
    ``anchors`` are places already resolved with confidence in the same
    document; ``prefer_region`` is set when the text says "the X region/oblast".
    """

    countries: Mapping[str, float] = field(default_factory=dict)
    dateline: Candidate | None = None
    anchors: Sequence[Candidate] = ()
    prefer_region: bool = False
