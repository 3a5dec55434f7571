"""Where extractions live: one schema through SQLAlchemy, SQLite by default, PostgreSQL by URL.

``Store(url)`` opens (and, the first time, creates and migrates) the database;
``add`` writes one extraction in one transaction and is a no-op for a document
already stored, so re-ingesting a feed is safe (``add_many`` does the same for a
batch in one transaction); ``events`` is the filtered,
flat view that the CLI, API and exports read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.link.actors import CanonicalActor, merge_mentions
from sitrep.model import Actor, Extraction
from sitrep.store.documents import DocumentRow, query_documents
from sitrep.store.engine import describe, open_engine, parse_url, reason
from sitrep.store.events import EventRow, query_events
from sitrep.store.migrate import upgrade
from sitrep.store.rows import extraction_rows
from sitrep.store.schema import TABLES, actors, documents

__all__ = ["DocumentRow", "EventRow", "Store", "StoreError"]

# what ``Store.count`` reports, in this order
COUNTED = ("documents", "events", "actors", "places", "quotes", "quantities")


def _check_page(limit: int, offset: int) -> None:
    if limit < 0 or offset < 0:
        raise StoreError(f"limit and offset must be 0 or more, not {limit} and {offset}")


class Store:
    """A sitrep database. Opening it migrates it to the current schema; ``close`` releases it."""

    def __init__(self, url: str) -> None:
        self.url = describe(parse_url(url))  # safe to print: no password
        self._engine: Engine | None = open_engine(url)
        try:
            upgrade(self._engine)
        except BaseException:
            self._engine.dispose()
            raise

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._live().dialect.name

    def _live(self) -> Engine:
        if self._engine is None:
            raise StoreError(f"the store {self.url} is closed; open it again with Store(url)")
        return self._engine

    @contextmanager
    def _reading(self, what: str) -> Iterator[Any]:
        try:
            with self._live().connect() as connection:
                yield connection
        except SQLAlchemyError as err:
            raise StoreError(f"cannot read {what} from {self.url}: {reason(err)}; "
                             "check the database is reachable") from err

    def add(self, extraction: Extraction, *, source: str | None = None) -> bool:
        """Store one extraction; False (and nothing written) when its document is already stored.

        Everything goes in one transaction, so an interrupted or failing add
        leaves no part of the document behind. Two processes adding the same
        document at once both succeed: one stores it, the other gets False.
        """
        document_id = extraction.document.id
        if self.has(document_id):
            return False
        rows = extraction_rows(extraction, source=source)
        try:
            with self._live().begin() as connection:
                for table in TABLES:
                    if rows[table.name]:
                        connection.execute(insert(table), rows[table.name])
        except IntegrityError as err:
            if self.has(document_id):
                return False  # another writer stored it between our check and our insert
            raise StoreError(f"document {document_id[:12]} was not stored, its extraction is inconsistent "
                             f"({reason(err)}); nothing of it was written") from err
        except DataError as err:
            raise StoreError(f"document {document_id[:12]} was not stored, the database cannot hold one of "
                             f"its values ({reason(err)}); nothing of it was written") from err
        except SQLAlchemyError as err:
            raise StoreError(
                f"document {document_id[:12]} was not stored in {self.url} ({reason(err)}): "
                "nothing of it was written; check the database is reachable and writable"
            ) from err
        return True

    def add_many(self, extractions: Sequence[Extraction], *, sources: Sequence[str | None] | None = None
                 ) -> list[bool | StoreError]:
        """Store a batch of extractions in one transaction; for each, in order, what ``add`` would say:
        True (stored), False (its document was already stored, or is earlier in the batch) or the
        ``StoreError`` that ``add`` would raise for it (nothing of that document written).

        An ingest stores one batch of the extractor at a time: one look-up of which documents are
        already there and one transaction for all of them, where ``add`` pays both per document
        (most of the store's time on short articles). When the batch transaction fails (another
        writer stored one of the documents meanwhile, or one document's rows are refused), nothing
        of it is kept and the batch is stored again one document at a time, so each document gets
        the outcome, and the error, it would get from ``add``. ``sources`` gives each extraction's
        ``source`` (default None).
        """
        labels: list[str | None] = list(sources) if sources is not None else [None] * len(extractions)
        if len(labels) != len(extractions):
            raise ValueError(f"{len(extractions)} extractions but {len(labels)} sources")
        try:
            stored = self._stored({e.document.id for e in extractions})
        except StoreError as err:
            return [err] * len(extractions)
        outcome: list[bool | StoreError] = []
        fresh: list[tuple[Extraction, str | None]] = []
        for extraction, label in zip(extractions, labels, strict=True):
            document_id = extraction.document.id
            outcome.append(document_id not in stored)
            if document_id not in stored:
                stored.add(document_id)  # (the same document twice in a batch is stored once)
                fresh.append((extraction, label))
        if not fresh:
            return outcome
        rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLES}
        for extraction, label in fresh:
            for name, table_rows in extraction_rows(extraction, source=label).items():
                rows[name].extend(table_rows)
        try:
            with self._live().begin() as connection:
                for table in TABLES:
                    if rows[table.name]:
                        connection.execute(insert(table), rows[table.name])
        except SQLAlchemyError:
            return self._add_each(extractions, labels, outcome)
        return outcome

    def _add_each(self, extractions: Sequence[Extraction], sources: list[str | None],
                  outcome: list[bool | StoreError]) -> list[bool | StoreError]:
        """A failed batch again, one ``add`` per document the batch would have stored."""
        redone: list[bool | StoreError] = []
        for extraction, source, fresh in zip(extractions, sources, outcome, strict=True):
            if not fresh:
                redone.append(False)
                continue
            try:
                redone.append(self.add(extraction, source=source))
            except StoreError as err:
                redone.append(err)
        return redone

    def _stored(self, document_ids: set[str]) -> set[str]:
        """Which of these documents are stored already: one query, not one per document."""
        if not document_ids:
            return set()
        with self._reading("documents") as connection:
            found = connection.execute(select(documents.c.id).where(documents.c.id.in_(document_ids))).scalars()
            return set(found)

    def has(self, document_id: str) -> bool:
        with self._reading("a document") as connection:
            found = connection.execute(select(documents.c.id).where(documents.c.id == document_id)).first()
        return found is not None

    def get(self, document_id: str) -> Extraction | None:
        """The stored extraction, exactly as it was added, or None."""
        with self._reading("a document") as connection:
            data = connection.execute(
                select(documents.c.extraction).where(documents.c.id == document_id)
            ).scalar_one_or_none()
        return None if data is None else Extraction.from_dict(data)

    def count(self) -> dict[str, int]:
        """How many documents, events, actors, places, quotes and quantities are stored."""
        tables = {table.name: table for table in TABLES}
        with self._reading("counts") as connection:
            return {
                name: int(connection.execute(select(func.count()).select_from(tables[name])).scalar_one())
                for name in COUNTED
            }

    def documents(self, *, limit: int = 100, offset: int = 0) -> list[DocumentRow]:
        """Stored documents without their text: most recently published first, undated last."""
        _check_page(limit, offset)
        with self._reading("documents") as connection:
            return query_documents(connection, limit=limit, offset=offset)

    def events(
        self,
        *,
        types: Sequence[str] = (),
        actor: str | None = None,
        country: str | None = None,
        place: str | None = None,
        since: date | None = None,
        until: date | None = None,
        status: Sequence[str] = (),
        limit: int = 100,
        offset: int = 0,
    ) -> list[EventRow]:
        """Stored events meeting every filter given, newest first (then by document and event order).

        ``types``: PLOVER types; ``actor``: case-insensitive substring of a
        source or target actor's name or alias; ``country``: ISO-3 of a source
        or target actor or of the event's place; ``place``: case-insensitive
        substring of the place's name or first-level region; ``since`` and
        ``until`` (inclusive) apply to the event's date, else its document's
        published date; ``status``: event statuses.
        """
        _check_page(limit, offset)
        with self._reading("events") as connection:
            return query_events(connection, types=types, actor=actor, country=country, place=place,
                                since=since, until=until, status=status, limit=limit, offset=offset)

    def actors(self, *, name: str | None = None, country: str | None = None, kind: str | None = None,
               limit: int = 100) -> list[CanonicalActor]:
        """Actors across documents, one per referent, most reported first: aliases, and each role
        with the first and last publication dates that give it (so a change of office shows)."""
        _check_page(limit, 0)
        query = (select(actors.c.canonical, actors.c.name, actors.c.kind, actors.c.country, actors.c.roles,
                        actors.c.aliases, actors.c.id, documents.c.published)
                 .join(documents, documents.c.id == actors.c.document_id)
                 .where(actors.c.canonical.is_not(None)))
        if name:
            query = query.where(actors.c.search.contains(name.casefold(), autoescape=True))
        if country:
            query = query.where(actors.c.country == country)
        if kind:
            query = query.where(actors.c.kind == kind)
        grouped: dict[str, list[tuple[Actor, date | None]]] = {}
        with self._reading("actors") as connection:
            for key, a_name, a_kind, a_country, roles, aliases, local_id, published in connection.execute(query):
                actor = Actor(id=local_id, name=a_name, kind=a_kind, country=a_country, roles=list(roles),
                              aliases=list(aliases))
                grouped.setdefault(key, []).append((actor, published))
        merged = [merge_mentions(key, rows) for key, rows in grouped.items()]
        merged.sort(key=lambda c: (-c.documents, c.name))
        return merged[:limit]

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"
