"""Open a database from a URL, the one place that knows SQLite from PostgreSQL.

Everything a user can get wrong here (a path instead of a URL, a driver that
is not installed, a server that is down, a folder that cannot be written)
becomes a one-line ``StoreError`` that says what ``--db`` expects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from sitrep.errors import StoreError

URL_HINT = "--db takes a SQLAlchemy URL, e.g. sqlite:///path.db or postgresql+psycopg://user@host/db"

# how long a writer waits for another process's SQLite write lock before failing
SQLITE_BUSY_SECONDS = 30


def describe(url: URL) -> str:
    """The URL as it may appear in a message: never with its password."""
    return url.render_as_string(hide_password=True)


def reason(err: Exception) -> str:
    """The driver's first line, without SQLAlchemy's statement dump."""
    return str(getattr(err, "orig", None) or err).strip().splitlines()[0]


def parse_url(text: str) -> URL:
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError) as err:
        raise StoreError(f"'{text}' is not a database URL: {URL_HINT}") from err
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"sitrep stores in SQLite or PostgreSQL, not '{url.get_backend_name()}': {URL_HINT}")
    return url


def _sqlite_file(url: URL) -> URL:
    """Expand ``~`` and create the file's folder, so a first run just works."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return url
    path = Path(database).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for the database {path}: {err.strerror}; "
                         f"choose a writable path with --db") from err
    return url.set(database=str(path))


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection SQLite settings: enforce foreign keys; let readers work beside a writer.

    The driver's own transaction handling is switched off (``_on_sqlite_begin``
    takes over) because it does not wrap DDL in a transaction, so an interrupted
    migration could otherwise leave half a schema.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
        cursor.execute("PRAGMA journal_mode=WAL")  # a no-op answer of 'memory' for in-memory databases
        # with WAL, NORMAL cannot corrupt the file; a power cut may only undo the last commits
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    """Start every transaction ourselves; ``sqlite_begin`` may ask for ``BEGIN IMMEDIATE``."""
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


def open_engine(text: str) -> Engine:
    """An engine for ``text`` that has been connected to once, so a bad URL fails here."""
    url = parse_url(text)
    if url.get_backend_name() == "sqlite":
        url = _sqlite_file(url)
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as err:
        raise StoreError(f"cannot use the database driver in '{describe(url)}' ({err}); {URL_HINT}") from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as err:
        engine.dispose()
        sqlite = url.get_backend_name() == "sqlite"
        check = ("check the path is a SQLite database file you may write" if sqlite
                 else "check the server is running and the URL is right")
        raise StoreError(f"cannot open the database {describe(url)}: {reason(err)}; {check} ({URL_HINT})") from err
    return engine
