"""Turn one ``Extraction`` into the rows of every table, before touching the database.

Computing all rows first keeps ``Store.add`` to a short transaction of inserts,
and keeps the denormalised columns (an event's effective day, its place's
country, the casefolded search text) defined in one place.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sitrep.link.actors import canonical_key
from sitrep.model import Extraction

Row = dict[str, Any]


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string, or None when there is none.

    Dates come from article text and metadata; an unreadable one is kept in the
    stored JSON but cannot be filtered on, rather than making the ingest fail.
    """
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def search_text(*values: str | None) -> str:
    """Casefolded values, one per line: what the substring filters match against.

    Casefolding in Python (not SQL ``lower``) gives the same answer on SQLite,
    whose ``lower`` only knows ASCII, and on PostgreSQL.
    """
    return "\n".join(v.casefold() for v in values if v)


def extraction_rows(
    extraction: Extraction, *, source: str | None, now: datetime | None = None
) -> dict[str, list[Row]]:
    """Rows for each table name, in ``schema.TABLES`` order."""
    doc = extraction.document
    published = parse_day(doc.published)
    rows: dict[str, list[Row]] = {
        "documents": [{
            "id": doc.id, "title": doc.title, "byline": doc.byline, "dateline": doc.dateline,
            "publisher": doc.publisher, "published": published, "url": doc.url,
            "language": doc.language, "text": doc.text, "input_id": doc.input_id, "source": source,
            "ingested_at": now or datetime.now(UTC), "extraction": extraction.to_dict(),
        }],
        "actors": [
            {"document_id": doc.id, "id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
             "sector": a.sector, "roles": list(a.roles), "aliases": list(a.aliases),
             "search": search_text(a.name, *a.aliases), "canonical": canonical_key(a)}
            for a in extraction.actors
        ],
        "places": [
            {"document_id": doc.id, "id": p.id, "name": p.name, "country": p.country, "admin1": p.admin1,
             "lat": p.lat, "lon": p.lon, "feature": p.feature, "geonameid": p.geonameid}
            for p in extraction.places
        ],
        "events": [],
        "event_actors": [],
        "quotes": [
            {"document_id": doc.id, "id": q.id, "speaker": q.speaker, "text": q.text, "direct": q.direct,
             "cue": q.cue, "char_start": q.start, "char_end": q.end}
            for q in extraction.quotes
        ],
        "quantities": [
            {"document_id": doc.id, "id": q.id, "value": q.value, "value_max": q.value_max, "unit": q.unit,
             "what": q.what, "approximate": q.approximate, "currency": q.currency, "char_start": q.start,
             "char_end": q.end}
            for q in extraction.quantities
        ],
    }
    for ordinal, event in enumerate(extraction.events):
        place = extraction.place(event.place)
        day = parse_day(event.date)
        rows["events"].append({
            "document_id": doc.id, "id": event.id, "ordinal": ordinal, "type": event.type, "mode": event.mode,
            "context": list(event.context), "status": event.status, "negated": event.negated,
            "date": day, "day": day or published,
            "place_id": event.place,
            "place_name": place.name if place else None,
            "place_admin1": place.admin1 if place else None,
            "place_country": place.country if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "place_search": search_text(place.name, place.admin1) if place else None,
            "claimed_by": event.claimed_by, "verification": event.verification,
            "quantities": list(event.quantities),
            "dead": event.dead, "injured": event.injured, "arrested": event.arrested,
            "trigger": event.trigger, "evidence": event.evidence.text,
            "evidence_start": event.evidence.start, "evidence_end": event.evidence.end,
        })
        for role, actor_ids in (("source", event.source), ("target", event.target)):
            # an actor listed twice in one role says nothing more; keep its first position
            for position, actor_id in enumerate(dict.fromkeys(actor_ids)):
                rows["event_actors"].append({
                    "document_id": doc.id, "event_id": event.id, "role": role,
                    "actor_id": actor_id, "position": position,
                })
    return rows
