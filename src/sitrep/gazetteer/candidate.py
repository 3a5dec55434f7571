"""The records the gazetteer hands out: a place entry and what is known about the text around a name."""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Feature = Literal["city", "region", "country", "other"]
FEATURES: frozenset[str] = frozenset({"city", "region", "country", "other"})
#: marshal's format 4 (Python 3.4 on) is fixed here so an index reads the same under any later Python.
_MARSHAL_VERSION = 4


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


class _Unfrozen:
    """Candidate's slot layout without its frozen guard: a Candidate assembled at plain-attribute speed.

    A frozen dataclass sets each field through ``object.__setattr__``, about
    2 µs per Candidate, which was most of the cost of a first-time lookup; this
    twin sets the same slots directly and then becomes a Candidate (same
    layout, so CPython allows the class change), frozen from then on.
    """

    __slots__ = Candidate.__slots__

    def __init__(self, geonameid: int, name: str, country: str | None, admin1: str | None, lat: float,
                 lon: float, feature: Feature, population: int, is_capital: bool, code: str,
                 exact: bool) -> None:
        self.geonameid = geonameid
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.feature = feature
        self.population = population
        self.is_capital = is_capital
        self.code = code
        self.exact = exact
        self.__class__ = Candidate  # type: ignore[assignment]


def make_candidate(geonameid: int, name: str, country: str | None, admin1: str | None, lat: float, lon: float,
                   feature: Feature, population: int, is_capital: bool, code: str, exact: bool) -> Candidate:
    """The Candidate of these fields (all given, in field order), built several times faster than ``Candidate(...)``."""
    return _Unfrozen(geonameid, name, country, admin1, lat, lon, feature, population, is_capital, code,
                     exact)  # type: ignore[return-value]


def with_exact(candidate: Candidate, exact: bool) -> Candidate:
    """``candidate`` with another ``exact`` flag (``dataclasses.replace`` without its per-field cost)."""
    c = candidate
    return make_candidate(c.geonameid, c.name, c.country, c.admin1, c.lat, c.lon, c.feature, c.population,
                          c.is_capital, c.code, exact)


def pack_candidates(rows: Iterable[Sequence[Any]]) -> bytes:
    """One name's entries as stored in the index: each row the Candidate's fields in order.

    Flags become bools and an unknown feature "other" here, at build time, so
    :func:`unpack_candidates` hands the decoded fields straight to the constructor.
    """
    packed = tuple((int(gid), str(name), country, admin1, float(lat), float(lon),
                    feature if feature in FEATURES else "other", int(population), bool(capital), str(code),
                    bool(exact))
                   for gid, name, country, admin1, lat, lon, feature, population, capital, code, exact in rows)
    return marshal.dumps(packed, _MARSHAL_VERSION)


def unpack_candidates(blob: bytes) -> tuple[Candidate, ...]:
    """The Candidates :func:`pack_candidates` stored, in their stored order."""
    fields: tuple[tuple[Any, ...], ...] = marshal.loads(blob)
    return tuple([_Unfrozen(*row) for row in fields])  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class ResolutionContext:
    """What the rest of a document says about where it is.

    ``countries`` weighs the countries the document mentions (ISO-3 -> share of
    mentions, any positive scale); ``dateline`` is the resolved dateline place;
    ``anchors`` are places already resolved with confidence in the same
    document; ``prefer_region`` is set when the text says "the X region/oblast";
    ``support`` adds a score to particular entries (by geonameid), for evidence
    the document gives about them as a whole (other names of it lying beside them).
    """

    countries: Mapping[str, float] = field(default_factory=dict)
    dateline: Candidate | None = None
    anchors: Sequence[Candidate] = ()
    prefer_region: bool = False
    support: Mapping[int, float] = field(default_factory=dict)
