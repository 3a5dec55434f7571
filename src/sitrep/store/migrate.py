"""Bring a database to the schema this code expects, with Alembic run from code.

Users never see an ``alembic.ini``: the configuration is built here and points
at the migrations folder shipped inside the package. Opening a database that
is already at head costs one query; a database written by a newer sitrep is
refused rather than guessed at.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from sitrep.errors import StoreError
from sitrep.store.engine import reason

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# our own name, so a PostgreSQL database shared with another Alembic project keeps both histories
VERSION_TABLE = "sitrep_alembic_version"

# any constant: PostgreSQL sessions that migrate at once queue on this advisory lock
_PG_LOCK_KEY = 0x5174E9


@cache
def _scripts() -> ScriptDirectory:
    """The migrations shipped with this code; they cannot change while it runs."""
    return ScriptDirectory.from_config(alembic_config())


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this code knows."""
    heads = _scripts().get_heads()
    if len(heads) != 1:  # a development mistake: two migrations with one parent
        raise StoreError(f"the store's migrations have {len(heads)} heads; merge them before release")
    return heads[0]


def current(connection: Connection) -> str | None:
    """The revision the database is at, or None for a database sitrep never wrote."""
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate ``engine``'s database to head, doing nothing when it is already there."""
    target = head()
    known = {script.revision for script in _scripts().walk_revisions()}
    try:
        with engine.connect() as connection:
            if current(connection) == target:
                return
            connection.rollback()  # end the read so the migration runs in its own transaction
            # SQLite: take the write lock up front, so two first runs queue instead of failing
            with connection.execution_options(sqlite_begin="BEGIN IMMEDIATE").begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                found = current(connection)
                if found == target:  # another process migrated while we waited
                    return
                if found is not None and found not in known:
                    raise StoreError(
                        f"the database is at schema revision {found}, which this sitrep does not know; "
                        "it was written by a newer sitrep: upgrade sitrep or use another --db"
                    )
                command.upgrade(alembic_config(connection), "head")
    except (SQLAlchemyError, CommandError) as err:
        raise StoreError(f"cannot bring the database to schema {target}: {reason(err)}; "
                         "check that --db points at a sitrep database you may write") from err
