"""Canonical actor keys: one id per referent across documents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("actors", sa.Column("canonical", sa.Text(), nullable=True))
    op.create_index("ix_actors_canonical", "actors", ["canonical"])
    # rows stored before this revision get their key now, so the cross-document view covers them
    from sitrep.link.actors import canonical_key
    from sitrep.model import Actor

    actors = sa.table("actors", sa.column("document_id", sa.String()), sa.column("id", sa.String()),
                      sa.column("name", sa.Text()), sa.column("kind", sa.String()),
                      sa.column("country", sa.String()), sa.column("canonical", sa.Text()))
    bind = op.get_bind()
    rows = bind.execute(sa.select(actors.c.document_id, actors.c.id, actors.c.name, actors.c.kind,
                                  actors.c.country).where(actors.c.canonical.is_(None))).all()
    for doc_id, local_id, name, kind, country in rows:
        key = canonical_key(Actor(id=local_id, name=name, kind=kind, country=country))
        bind.execute(sa.update(actors).where(actors.c.document_id == doc_id, actors.c.id == local_id)
                     .values(canonical=key))


def downgrade() -> None:
    op.drop_index("ix_actors_canonical", table_name="actors")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("canonical")
