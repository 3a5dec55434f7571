"""The document list the views read: what each stored article is and how much came out of it.

Views page through stored articles without loading their text or extraction
JSON; ``Store.get`` gives the whole record for one of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from sitrep.store.schema import documents, events


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    url: str | None
    input_id: str | None
    source: str | None  # the label given to ``Store.add``: a feed, a file, a batch
    ingested_at: dt.datetime
    events: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates and times as ISO strings."""
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, dt.date):  # datetime is a date too
                out[key] = value.isoformat()
        return out


def query_documents(connection: Connection, *, limit: int, offset: int) -> list[DocumentRow]:
    """Stored documents, most recently published first, undated ones last."""
    counts = (
        select(events.c.document_id, func.count().label("n"))
        .group_by(events.c.document_id)
        .subquery()
    )
    query = (
        select(documents.c.id, documents.c.title, documents.c.publisher, documents.c.published,
               documents.c.url, documents.c.input_id, documents.c.source, documents.c.ingested_at,
               func.coalesce(counts.c.n, 0).label("events"))
        .outerjoin(counts, counts.c.document_id == documents.c.id)
        .order_by(documents.c.published.desc().nulls_last(), documents.c.ingested_at.desc(), documents.c.id)
        .limit(limit).offset(offset)
    )
    return [
        DocumentRow(**{**row, "ingested_at": _aware(row["ingested_at"]), "events": int(row["events"])})
        for row in connection.execute(query).mappings()
    ]


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; every stored time was written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
