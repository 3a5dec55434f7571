"""Alembic's entry point for sitrep's store.

``sitrep.store.migrate`` runs this with an open connection in
``config.attributes["connection"]``, inside its own transaction. Run by hand
(``alembic -c src/sitrep/store/alembic.ini revision --autogenerate -m "..."``)
it connects to ``sqlalchemy.url`` when given, else to sitrep's configured database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from sitrep import settings
from sitrep.store.migrate import VERSION_TABLE
from sitrep.store.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        # SQLite cannot ALTER most things; batch mode copies the table instead
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    if context.is_offline_mode():
        context.configure(
            url=context.config.get_main_option("sqlalchemy.url") or settings.database_url(),
            target_metadata=metadata,
            version_table=VERSION_TABLE,
            literal_binds=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or settings.database_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


_main()
