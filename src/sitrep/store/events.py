"""The event table the views read: one flat, filterable row per stored event.

A row carries everything a table, map or export needs (actor names and
countries, place, casualties, the evidence sentence, the document's title and
link), so readers of the store never rebuild it from the contract JSON.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, exists, or_, select

from sitrep.store.schema import actors, documents, event_actors, events


@dataclass(frozen=True, slots=True)
class EventRow:
    document_id: str
    event_id: str
    type: str
    mode: str | None
    status: str
    negated: bool
    date: dt.date | None  # the date the text gives the event
    day: dt.date | None  # ``date``, else the document's published date: what filters and ordering use
    source_names: tuple[str, ...]
    source_countries: tuple[str | None, ...]  # aligned with source_names
    target_names: tuple[str, ...]
    target_countries: tuple[str | None, ...]  # aligned with target_names
    place_name: str | None
    place_admin1: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    claimed_by: str | None  # the claimant's name
    verification: str | None
    dead: int | None
    injured: int | None
    arrested: int | None
    evidence: str
    evidence_start: int
    evidence_end: int
    title: str | None
    url: str | None
    published: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings, actor tuples as lists."""
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, dt.date):
                out[key] = value.isoformat()
            elif isinstance(value, tuple):
                out[key] = list(value)
        return out


def _like(term: str) -> str:
    """A LIKE pattern matching ``term`` anywhere, with its own % and _ taken literally."""
    escaped = term.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _has_actor(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """True for an event with a source or target actor meeting ``condition``."""
    return exists(
        select(1)
        .select_from(event_actors.join(actors, and_(
            actors.c.document_id == event_actors.c.document_id, actors.c.id == event_actors.c.actor_id,
        )))
        .where(event_actors.c.document_id == events.c.document_id, event_actors.c.event_id == events.c.id)
        .where(condition)
    )


def query_events(
    connection: Connection,
    *,
    types: Sequence[str] = (),
    actor: str | None = None,
    country: str | None = None,
    place: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    status: Sequence[str] = (),
    limit: int = 100,
    offset: int = 0,
) -> list[EventRow]:
    """Events meeting every filter given, newest first; see ``Store.events`` for the filters."""
    claimant = actors.alias("claimant")
    query = (
        select(events, documents.c.title, documents.c.url, documents.c.published,
               claimant.c.name.label("claimant_name"))
        .join(documents, documents.c.id == events.c.document_id)
        .outerjoin(claimant, and_(claimant.c.document_id == events.c.document_id,
                                  claimant.c.id == events.c.claimed_by))
    )
    if types:
        query = query.where(events.c.type.in_([t.strip().upper() for t in types]))
    if status:
        query = query.where(events.c.status.in_([s.strip().lower() for s in status]))
    if actor and actor.strip():
        query = query.where(_has_actor(actors.c.search.like(_like(actor.strip()), escape="\\")))
    if country and country.strip():
        code = country.strip().upper()
        query = query.where(or_(events.c.place_country == code, _has_actor(actors.c.country == code)))
    if place and place.strip():
        query = query.where(events.c.place_search.like(_like(place.strip()), escape="\\"))
    if since is not None:
        query = query.where(events.c.day >= since)
    if until is not None:
        query = query.where(events.c.day <= until)
    query = (
        query.order_by(events.c.day.desc().nulls_last(), events.c.document_id, events.c.ordinal)
        .limit(limit).offset(offset)
    )
    found = connection.execute(query).mappings().all()
    people = _event_actors(connection, {row["document_id"] for row in found})
    out = []
    for row in found:
        key = (row["document_id"], row["id"])
        sources, targets = people[(*key, "source")], people[(*key, "target")]
        out.append(EventRow(
            document_id=row["document_id"], event_id=row["id"], type=row["type"], mode=row["mode"],
            status=row["status"], negated=bool(row["negated"]), date=row["date"], day=row["day"],
            source_names=tuple(name for name, _ in sources),
            source_countries=tuple(code for _, code in sources),
            target_names=tuple(name for name, _ in targets),
            target_countries=tuple(code for _, code in targets),
            place_name=row["place_name"], place_admin1=row["place_admin1"],
            place_country=row["place_country"], lat=row["lat"], lon=row["lon"],
            claimed_by=row["claimant_name"], verification=row["verification"],
            dead=row["dead"], injured=row["injured"], arrested=row["arrested"],
            evidence=row["evidence"], evidence_start=row["evidence_start"], evidence_end=row["evidence_end"],
            title=row["title"], url=row["url"], published=row["published"],
        ))
    return out


def _event_actors(
    connection: Connection, document_ids: set[str]
) -> defaultdict[tuple[str, str, str], list[tuple[str, str | None]]]:
    """(name, country) of each event's actors, by (document, event, role), in the extraction's order."""
    people: defaultdict[tuple[str, str, str], list[tuple[str, str | None]]] = defaultdict(list)
    if not document_ids:
        return people
    query = (
        select(event_actors.c.document_id, event_actors.c.event_id, event_actors.c.role,
               actors.c.name, actors.c.country)
        .join(actors, and_(actors.c.document_id == event_actors.c.document_id,
                           actors.c.id == event_actors.c.actor_id))
        .where(event_actors.c.document_id.in_(sorted(document_ids)))
        .order_by(event_actors.c.position)
    )
    for document_id, event_id, role, name, code in connection.execute(query):
        people[(document_id, event_id, role)].append((name, code))
    return people
