"""The first schema: documents with their actors, places, events, quotes and quantities.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _keys() -> list[sa.Column[str]]:
    """(document_id, id): every contract record's id is local to its document."""
    return [
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
    ]


def _document_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                   name=op.f(f"fk_{table}_document_id_documents"))


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*(columns or ("document_id", "id")), name=op.f(f"pk_{table}"))


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("byline", sa.Text()),
        sa.Column("dateline", sa.Text()),
        sa.Column("publisher", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("url", sa.Text()),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("input_id", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extraction", sa.JSON(), nullable=False),
        _pk("documents", "id"),
    )
    op.create_index(op.f("ix_documents_published"), "documents", ["published"])

    op.create_table(
        "actors",
        *_keys(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String()),
        sa.Column("sector", sa.String()),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("search", sa.Text(), nullable=False),
        _document_fk("actors"),
        _pk("actors"),
    )
    op.create_index(op.f("ix_actors_country"), "actors", ["country"])

    op.create_table(
        "places",
        *_keys(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String()),
        sa.Column("admin1", sa.Text()),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("feature", sa.String(), nullable=False),
        sa.Column("geonameid", sa.Integer()),
        _document_fk("places"),
        _pk("places"),
    )
    op.create_index(op.f("ix_places_country"), "places", ["country"])

    op.create_table(
        "events",
        *_keys(),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("mode", sa.String()),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("day", sa.Date()),
        sa.Column("place_id", sa.String()),
        sa.Column("place_name", sa.Text()),
        sa.Column("place_admin1", sa.Text()),
        sa.Column("place_country", sa.String()),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("place_search", sa.Text()),
        sa.Column("claimed_by", sa.String()),
        sa.Column("verification", sa.String()),
        sa.Column("quantities", sa.JSON(), nullable=False),
        sa.Column("dead", sa.Integer()),
        sa.Column("injured", sa.Integer()),
        sa.Column("arrested", sa.Integer()),
        sa.Column("trigger", sa.Text()),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        _document_fk("events"),
        sa.ForeignKeyConstraint(["document_id", "place_id"], ["places.document_id", "places.id"],
                                name=op.f("fk_events_document_id_place_id_places")),
        sa.ForeignKeyConstraint(["document_id", "claimed_by"], ["actors.document_id", "actors.id"],
                                name=op.f("fk_events_document_id_claimed_by_actors")),
        _pk("events"),
    )
    for column in ("type", "status", "day", "place_country"):
        op.create_index(op.f(f"ix_events_{column}"), "events", [column])

    op.create_table(
        "event_actors",
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("role IN ('source', 'target')", name=op.f("ck_event_actors_role")),
        sa.ForeignKeyConstraint(["document_id", "event_id"], ["events.document_id", "events.id"],
                                ondelete="CASCADE", name=op.f("fk_event_actors_document_id_event_id_events")),
        sa.ForeignKeyConstraint(["document_id", "actor_id"], ["actors.document_id", "actors.id"],
                                ondelete="CASCADE", name=op.f("fk_event_actors_document_id_actor_id_actors")),
        _pk("event_actors", "document_id", "event_id", "role", "actor_id"),
    )
    op.create_index(op.f("ix_event_actors_document_id_actor_id"), "event_actors", ["document_id", "actor_id"])

    op.create_table(
        "quotes",
        *_keys(),
        sa.Column("speaker", sa.String()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("cue", sa.Text()),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        _document_fk("quotes"),
        sa.ForeignKeyConstraint(["document_id", "speaker"], ["actors.document_id", "actors.id"],
                                name=op.f("fk_quotes_document_id_speaker_actors")),
        _pk("quotes"),
    )

    op.create_table(
        "quantities",
        *_keys(),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("value_max", sa.Float()),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("what", sa.Text()),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        _document_fk("quantities"),
        _pk("quantities"),
    )


def downgrade() -> None:
    for table in ("quantities", "quotes", "event_actors", "events", "places", "actors", "documents"):
        op.drop_table(table)
