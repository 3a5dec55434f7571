"""The extraction contract (shared/docs/extraction-contract.md) as typed records.

Every stage of sitrep speaks these types; JSON is produced and read only here,
so the contract has one definition. ``to_dict`` emits exactly the contract's
keys (plus documented extras); ``from_dict`` accepts what ``to_dict`` wrote.
"""

from __future__ import annotations

import copy
import hashlib
import unicodedata
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, Literal, TypeVar

CONTRACT_VERSION = 1
#: The actor an extraction gives as the author of an attack the report never attributes, one per country (the
#: country where it happened), as ACLED codes an "unidentified armed group": it tells where, not who.
UNNAMED_PERPETRATORS = "unnamed perpetrators"

ActorKind = Literal["person", "organization", "country", "group"]
PlaceFeature = Literal["city", "region", "country", "other"]
EventStatus = Literal["occurred", "ongoing", "planned", "threatened", "conditional", "claimed", "denied"]
Verification = Literal["unverified", "disputed", "confirmed"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def normalise_text(text: str) -> str:
    """The form a document's id is computed from: NFC, unified line ends, trimmed.

    Two copies of one article that differ only in these ways get the same id,
    which is what makes re-ingesting an article a no-op.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def document_id(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Mention:
    start: int
    end: int


@dataclass(slots=True)
class Document:
    text: str
    id: str = ""
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str = "en"
    input_id: str | None = None
    removed: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    id: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: PlaceFeature
    geonameid: int | None = None
    mentions: list[Mention] = field(default_factory=list)
    # set when the gazetteer lacks the place (or only has a namesake elsewhere) and the text says
    # where it lies: "Kawuri (Konduga, Borno)" takes the enclosing place's point, "Kibumba, 20 km
    # north of Goma" the point 20 km north of Goma. ``located_by`` names that other place,
    # ``estimated`` is then true and ``uncertainty_km`` says how far off the point may be (extra keys
    # the contract allows; lat/lon keep their meaning)
    located_by: str | None = None
    estimated: bool = False
    uncertainty_km: float | None = None


@dataclass(slots=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    id: str
    type: str
    evidence: Evidence
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    status: EventStatus = "occurred"
    negated: bool = False
    claimed_by: str | None = None
    verification: Verification | None = None
    quantities: list[str] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    trigger: str | None = None
    # what was hit or taken when it is a thing, not an actor ("power plants", "two villages")
    target_objects: list[str] = field(default_factory=list)
    infrastructure: bool = False  # the target objects include power, water, heating, transport or health sites
    impact: list[str] = field(default_factory=list)  # quantity ids saying what the event left behind
    disputed_by: list[str] = field(default_factory=list)  # actors who deny the claim


@dataclass(slots=True)
class Quote:
    id: str
    speaker: str | None
    text: str
    direct: bool
    cue: str | None
    start: int
    end: int


@dataclass(slots=True)
class Quantity:
    id: str
    value: float
    unit: str
    what: str  # what is counted; "" when the text does not say (never null: consumers join it to the unit)
    start: int
    end: int
    value_max: float | None = None
    approximate: bool = False
    currency: str | None = None  # ISO 4217 code of an amount of money ("USD"; its unit says "dollars")


@dataclass(slots=True)
class Extraction:
    document: Document
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = _plain(self)
        out["contract_version"] = CONTRACT_VERSION
        for q in out["quantities"]:
            q["value"] = _plain_number(q["value"])
            if q["value_max"] is not None:
                q["value_max"] = _plain_number(q["value_max"])
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            document=_build(Document, data["document"]),
            actors=[_build(Actor, a, mentions=[Mention(**m) for m in a.get("mentions", [])])
                    for a in data.get("actors", [])],
            places=[_build(Place, p, mentions=[Mention(**m) for m in p.get("mentions", [])])
                    for p in data.get("places", [])],
            events=[_build(Event, e, evidence=Evidence(**e["evidence"])) for e in data.get("events", [])],
            quotes=[_build(Quote, q) for q in data.get("quotes", [])],
            # (extractions stored before "what" became "" when unknown may hold null)
            quantities=[_build(Quantity, q, what=q.get("what") or "") for q in data.get("quantities", [])],
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)


T = TypeVar("T")


def _build(kind: type[T], data: dict[str, Any], **override: Any) -> T:
    """Construct a record from a dict, ignoring keys this version does not know."""
    names = {f.name for f in fields(kind)}  # type: ignore[arg-type]
    values = {k: v for k, v in data.items() if k in names}
    values.update(override)
    return kind(**values)


#: Values ``_plain`` hands back as they are: immutable, so the copy ``dataclasses.asdict`` makes of
#: them (with ``copy.deepcopy``) is the value itself.
_ATOMS = (str, int, float, bool, type(None))


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` makes of VALUE (the same dicts, keys in the same order), without its
    generic copying: ``asdict`` deep-copies every string and number it meets, which was a third of the
    time spent storing an extraction."""
    if isinstance(value, _ATOMS):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple, rebuilt field by field
        return type(value)(*[_plain(v) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_plain(k), _plain(v)) for k, v in value.items())
    return copy.deepcopy(value)


def _plain_number(value: float) -> float | int:
    """1200.0 prints as 1200: counts are integers in the JSON whenever they are whole."""
    return int(value) if float(value).is_integer() else value
