"""The store's tables: one row per contract record, keyed by (document id, local id).

The contract gives every actor, place, event, quote and quantity an id that is
local to its document ("a1", "e3"), so each table's primary key is
``(document_id, id)``. The full extraction is also kept as JSON on the document
row so the API can hand back exactly the contract shape; the other tables exist
to filter and join, which is why a few event columns repeat what the place or
document already say (``place_country``, ``day``): the common filters then hit
one indexed column instead of a join.

This module is the *current* shape. Migrations in ``migrations/versions`` are
the history that builds it; ``tests/test_store_migrations.py`` checks that the
two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

# Named constraints make later ALTERs (and SQLite batch migrations) possible:
# an unnamed constraint cannot be dropped portably.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# No lengths: PostgreSQL would reject a longer value outright, and a caller's
# stable document id or a new event mode must not make an ingest fail.
ID = String()  # sha256 hex of the normalised text, or a caller's stable id
LOCAL = String()  # "a1", "e12"
COUNTRY = String()  # ISO 3166-1 alpha-3

documents = Table(
    "documents",
    metadata,
    Column("id", ID, primary_key=True),
    Column("title", Text),
    Column("byline", Text),
    Column("dateline", Text),
    Column("publisher", Text),
    Column("published", Date, index=True),
    Column("url", Text),
    Column("language", String(), nullable=False),
    Column("text", Text, nullable=False),
    Column("input_id", Text),
    Column("source", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("extraction", JSON, nullable=False),
)


def _document_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE")


actors = Table(
    "actors",
    metadata,
    Column("document_id", ID, primary_key=True),
    Column("id", LOCAL, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(), nullable=False),
    Column("country", COUNTRY, index=True),
    Column("sector", String()),
    Column("roles", JSON, nullable=False),
    Column("aliases", JSON, nullable=False),
    # casefolded name and aliases, one per line: the actor filter's haystack
    Column("search", Text, nullable=False),
    # the referent's id across documents (sitrep.link.actors.canonical_key); added by migration 0002
    Column("canonical", Text, index=True),
    _document_fk(),
)

places = Table(
    "places",
    metadata,
    Column("document_id", ID, primary_key=True),
    Column("id", LOCAL, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", COUNTRY, index=True),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String(), nullable=False),
    Column("geonameid", Integer),
    _document_fk(),
)

events = Table(
    "events",
    metadata,
    Column("document_id", ID, primary_key=True),
    Column("id", LOCAL, primary_key=True),
    Column("ordinal", Integer, nullable=False),  # position in the document's event list: "e2" before "e10"
    Column("type", String(), nullable=False, index=True),
    Column("mode", String()),
    Column("context", JSON, nullable=False),
    Column("status", String(), nullable=False, index=True),
    Column("negated", Boolean, nullable=False),
    Column("date", Date),
    # the event's date, else the document's published date: what filters and ordering use
    Column("day", Date, index=True),
    Column("place_id", LOCAL),
    Column("place_name", Text),
    Column("place_admin1", Text),
    Column("place_country", COUNTRY, index=True),
    Column("lat", Float),
    Column("lon", Float),
    # casefolded place name and admin1: the place filter's haystack
    Column("place_search", Text),
    Column("claimed_by", LOCAL),
    Column("verification", String()),
    Column("quantities", JSON, nullable=False),
    Column("dead", Integer),
    Column("injured", Integer),
    Column("arrested", Integer),
    Column("trigger", Text),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    _document_fk(),
    ForeignKeyConstraint(["document_id", "place_id"], ["places.document_id", "places.id"]),
    ForeignKeyConstraint(["document_id", "claimed_by"], ["actors.document_id", "actors.id"]),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("document_id", ID, primary_key=True),
    Column("event_id", LOCAL, primary_key=True),
    Column("role", String(), primary_key=True),
    Column("actor_id", LOCAL, primary_key=True),
    Column("position", Integer, nullable=False),  # order within the event's source/target list
    CheckConstraint("role IN ('source', 'target')", name="role"),
    ForeignKeyConstraint(
        ["document_id", "event_id"], ["events.document_id", "events.id"], ondelete="CASCADE"
    ),
    ForeignKeyConstraint(
        ["document_id", "actor_id"], ["actors.document_id", "actors.id"], ondelete="CASCADE"
    ),
    # the actor and country filters walk from an actor to its events
    Index(None, "document_id", "actor_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("document_id", ID, primary_key=True),
    Column("id", LOCAL, primary_key=True),
    Column("speaker", LOCAL),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("cue", Text),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    _document_fk(),
    ForeignKeyConstraint(["document_id", "speaker"], ["actors.document_id", "actors.id"]),
)

quantities = Table(
    "quantities",
    metadata,
    Column("document_id", ID, primary_key=True),
    Column("id", LOCAL, primary_key=True),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", Text, nullable=False),
    Column("what", Text),
    Column("approximate", Boolean, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("currency", String(3)),  # ISO 4217 code of an amount of money (revision 0003)
    _document_fk(),
)

# insertion order; deletion is the reverse
TABLES: tuple[Table, ...] = (documents, actors, places, events, event_actors, quotes, quantities)
