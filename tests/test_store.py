"""The store keeps extractions whole, adds each document once, and filters events.

Every behavioural test runs on SQLite and, when the server is up, on a
PostgreSQL database created for that test and dropped after it.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from sitrep.errors import StoreError
from sitrep.model import Actor, Document, Event, Evidence, Extraction, Mention, Place, Quantity, Quote
from sitrep.store import EventRow, Store

# the PostgreSQL server the postgres-marked tests create their databases on
PG_SERVER = os.environ.get("SITREP_TEST_POSTGRES", "postgresql+psycopg://root@127.0.0.1:5432")


# --- the articles --------------------------------------------------------------------------------

def lyon() -> Extraction:
    text_ = ("Police in Lyon arrested 12 protesters on Monday after thousands marched against pension cuts, "
             "the prefecture said.")
    return Extraction(
        document=Document(text=text_, title="Arrests at Lyon pension march", publisher="Rhône Daily",
                          published="2025-03-04", url="https://example.org/lyon", dateline="LYON",
                          input_id="lyon-1"),
        actors=[
            Actor("a1", "police", "organization", "FRA", "COP", mentions=[Mention(0, 6)]),
            Actor("a2", "protesters", "group", "FRA", "CVL", aliases=["marchers"],
                  mentions=[Mention(27, 37)]),
            Actor("a3", "the prefecture", "organization", "FRA", "GOV", mentions=[Mention(94, 108)]),
        ],
        places=[Place("p1", "Lyon", "FRA", "Auvergne-Rhône-Alpes", 45.748, 4.847, "city", 2996944,
                      [Mention(10, 14)])],
        events=[
            Event("e1", "COERCE", Evidence("Police in Lyon arrested 12 protesters", 0, 37), mode="arrest",
                  source=["a1"], target=["a2"], place="p1", date="2025-03-03", arrested=12,
                  claimed_by="a3", verification="unverified", trigger="arrested"),
            Event("e2", "PROTEST", Evidence("thousands marched against pension cuts", 56, 94),
                  source=["a2"], place="p1", date="2025-03-03", quantities=["q1"]),
        ],
        quantities=[Quantity("q1", 1000, "people", "marched", 56, 65, value_max=None, approximate=True)],
    )


def asmara() -> Extraction:
    text_ = ("Ethiopian forces shelled Asmara overnight, killing three people and injuring 11, "
             "regional governor Ivan Petrenko said. \"The strikes hit homes,\" he wrote.")
    return Extraction(
        document=Document(text=text_, title="Overnight shelling of Asmara", published="2025-05-11"),
        actors=[
            Actor("a1", "Ethiopian forces", "group", "ETH", "MIL", aliases=["Addis Ababa"]),
            Actor("a2", "Eritrea", "country", "ERI"),
            Actor("a3", "Ivan Petrenko", "person", "ERI", "GOV", roles=["regional governor"],
                  aliases=["Petrenko"]),
        ],
        places=[Place("p1", "Asmara", "ERI", "Asmara Oblast", 49.993, 36.231, "city", 706483)],
        events=[
            Event("e1", "ASSAULT", Evidence("Ethiopian forces shelled Asmara overnight", 0, 40),
                  mode="shelling", source=["a1", "a1"], target=["a2"], place="p1", date="2025-05-10",
                  dead=3, injured=11, claimed_by="a3", verification="unverified"),
        ],
        quotes=[Quote("u1", "a3", "The strikes hit homes,", True, "wrote", 119, 141)],
        quantities=[Quantity("q1", 3, "people", "killed", 50, 62)],
    )


def aleppo() -> Extraction:
    text_ = ("Government officials in Damascus threatened to retake northern districts of Aleppo, "
             "rebel commanders said, a claim that could not be independently verified.")
    return Extraction(
        document=Document(text=text_, title="Threat over Aleppo districts", published="2025-01-20"),
        actors=[
            Actor("a1", "Syrian government", "organization", "SYR", "GOV", aliases=["Damascus"]),
            Actor("a2", "rebel commanders", "group", "SYR", "REB"),
        ],
        places=[Place("p1", "Aleppo", "SYR", "Aleppo Governorate", 36.202, 37.158, "city", 170063)],
        events=[
            Event("e1", "THREATEN", Evidence("threatened to retake northern districts of Aleppo", 33, 82),
                  source=["a1"], target=["a2"], place="p1", status="threatened", claimed_by="a2"),
        ],
    )


def springfield() -> Extraction:
    text_ = "City council members in Springfield agreed to fund a new shelter for 40 families."
    return Extraction(
        document=Document(text=text_, title="Shelter approved"),  # no published date
        actors=[Actor("a1", "City council members", "organization", "USA", "GOV")],
        places=[Place("p1", "Springfield", "USA", "Illinois", 39.801, -89.644, "city", 4250542)],
        events=[Event("e1", "AGREE", Evidence("agreed to fund a new shelter", 36, 64),
                      source=["a1"], place="p1", status="planned")],
    )


ARTICLES = (lyon, asmara, aleppo, springfield)


# --- databases -----------------------------------------------------------------------------------

def _postgres(database: str) -> Any:
    """An autocommit psycopg connection to ``database`` on the test server, or a skip saying why not."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'psycopg[binary]'")
    try:
        return psycopg.connect(f"{PG_SERVER.replace('+psycopg', '')}/{database}", autocommit=True,
                               connect_timeout=2)
    except psycopg.OperationalError as err:
        pytest.skip(f"PostgreSQL is not reachable at {PG_SERVER} (set SITREP_TEST_POSTGRES to another "
                    f"server): {str(err).strip().splitlines()[0]}")


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A database of this test run's own; each test works in a schema of its own inside it."""
    admin = _postgres("postgres")
    name = f"sitrep_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@contextmanager
def _postgres_schema(database: str) -> Iterator[str]:
    """A URL whose tables all land in a new, empty schema (through the session's search_path)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = _postgres(database)
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_SERVER}/{database}?options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextmanager
def _empty_database(backend: str, folder: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'nested' / 'sitrep.db'}"
        return
    with _postgres_schema(request.getfixturevalue("postgres_database")) as url:
        yield url


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL to a fresh, empty database: a SQLite file, or a PostgreSQL schema of its own."""
    with _empty_database(backend, tmp_path, request) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open store on a database of its own, at the current schema."""
    with Store(db_url) as opened:
        yield opened


@pytest.fixture(scope="module")
def filled(backend: str, tmp_path_factory: pytest.TempPathFactory,
           request: pytest.FixtureRequest) -> Iterator[Store]:
    """A store holding every test article, shared by the tests that only read."""
    with _empty_database(backend, tmp_path_factory.mktemp("filled"), request) as url, Store(url) as opened:
        for article in ARTICLES:
            assert opened.add(article(), source="test-feed")
        yield opened


def _ids(rows: list[EventRow]) -> list[tuple[str, str]]:
    titles = {article().document.id: article.__name__ for article in ARTICLES}
    return [(titles[row.document_id], row.event_id) for row in rows]


# --- adding and reading back ---------------------------------------------------------------------

def test_adding_a_document_twice_returns_false_and_adds_nothing(store: Store) -> None:
    assert store.add(lyon()) is True
    before = store.count()
    assert store.add(lyon()) is False
    assert store.count() == before == {
        "documents": 1, "events": 2, "actors": 3, "places": 1, "quotes": 0, "quantities": 1,
    }


def test_same_text_with_other_line_endings_is_the_same_document(store: Store) -> None:
    original = asmara()
    copy = asmara()
    copy.document = Document(text=original.document.text.replace(". ", ".\r\n") + "  \r\n")
    assert copy.document.id == Document(text=original.document.text.replace(". ", ".\n")).id
    assert store.add(copy) is True
    assert store.add(Extraction(document=Document(text=copy.document.text.replace("\r\n", "\n")))) is False


def test_get_returns_exactly_the_extraction_that_was_added(filled: Store) -> None:
    for article in ARTICLES:
        added = article()
        stored = filled.get(added.document.id)
        assert stored is not None
        assert stored.to_dict() == added.to_dict()
        assert json.dumps(stored.to_dict(), sort_keys=True) == json.dumps(added.to_dict(), sort_keys=True)


def test_get_and_has_answer_none_and_false_for_an_unknown_document(filled: Store) -> None:
    assert filled.get("0" * 64) is None
    assert filled.has("0" * 64) is False
    assert filled.has(lyon().document.id) is True


def test_count_reports_every_kind_of_record(filled: Store) -> None:
    assert filled.count() == {
        "documents": 4, "events": 5, "actors": 9, "places": 4, "quotes": 1, "quantities": 2,
    }


def test_a_document_with_nothing_extracted_is_stored(store: Store) -> None:
    bare = Extraction(document=Document(text="Nothing happened in Lyon today."))
    assert store.add(bare) is True
    assert store.get(bare.document.id) == bare
    assert store.events() == []


def test_documents_list_newest_published_first_with_their_event_counts(filled: Store) -> None:
    listed = filled.documents()
    assert [(row.title, row.published, row.events) for row in listed] == [
        ("Overnight shelling of Asmara", date(2025, 5, 11), 1),
        ("Arrests at Lyon pension march", date(2025, 3, 4), 2),
        ("Threat over Aleppo districts", date(2025, 1, 20), 1),
        ("Shelter approved", None, 1),
    ]
    assert {row.source for row in listed} == {"test-feed"}
    assert all(row.ingested_at.tzinfo is not None for row in listed)
    assert filled.documents(limit=1, offset=1)[0].input_id == "lyon-1"
    assert json.loads(json.dumps(listed[0].to_dict()))["published"] == "2025-05-11"


# --- failures leave nothing behind ---------------------------------------------------------------

def _with_duplicate_actor_id() -> Extraction:
    broken = lyon()
    broken.actors.append(Actor("a1", "a second actor with the same id", "person"))
    return broken


def _with_unknown_actor_reference() -> Extraction:
    broken = asmara()
    broken.events[0].target = ["a9"]
    return broken


def _with_duplicate_event_id() -> Extraction:
    broken = lyon()
    broken.events[1].id = "e1"
    return broken


@pytest.mark.parametrize("broken", [_with_duplicate_actor_id, _with_unknown_actor_reference,
                                    _with_duplicate_event_id])
def test_a_failing_add_leaves_no_part_of_the_document(store: Store, broken: Callable[[], Extraction]) -> None:
    extraction = broken()
    with pytest.raises(StoreError, match="nothing of it was written") as caught:
        store.add(extraction)
    assert "\n" not in str(caught.value)
    assert store.has(extraction.document.id) is False
    assert set(store.count().values()) == {0}


def test_text_postgresql_cannot_hold_is_refused_whole_there_and_kept_by_sqlite(store: Store) -> None:
    with_nul = Extraction(document=Document(text="Protest in Lyon\x00 ended peacefully."))
    if store.dialect == "sqlite":
        assert store.add(with_nul) is True
        assert store.get(with_nul.document.id) == with_nul
        return
    with pytest.raises(StoreError, match="cannot hold one of its values"):
        store.add(with_nul)
    assert set(store.count().values()) == {0}


def test_a_concurrent_duplicate_add_returns_false(db_url: str) -> None:
    """The race: another process stores the document between our check and our insert."""

    class LateStore(Store):
        def has(self, document_id: str) -> bool:
            found = super().has(document_id)
            if not found and not getattr(self, "raced", False):
                self.raced = True
                with Store(db_url) as other:
                    assert other.add(lyon()) is True
                return False
            return found

    with LateStore(db_url) as store:
        assert store.add(lyon()) is False
        assert store.count()["documents"] == 1


def test_a_batch_is_stored_whole_and_stored_documents_are_skipped(store: Store) -> None:
    assert store.add(lyon()) is True
    outcomes = store.add_many([lyon(), asmara(), asmara()], sources=["feed-a", "feed-b", "feed-c"])
    assert outcomes == [False, True, False]  # stored before; new; the same document again in the batch
    assert store.count()["documents"] == 2
    assert store.get(asmara().document.id) == asmara()
    assert {row.source for row in store.documents()} == {None, "feed-b"}
    assert store.add_many([lyon(), asmara()]) == [False, False]  # re-ingesting a batch adds nothing
    assert store.count()["documents"] == 2
    assert store.add_many([]) == []


def test_a_failing_document_in_a_batch_fails_alone(store: Store) -> None:
    broken = _with_unknown_actor_reference()
    outcomes = store.add_many([lyon(), broken])
    assert outcomes[0] is True
    assert isinstance(outcomes[1], StoreError) and "nothing of it was written" in str(outcomes[1])
    assert store.has(lyon().document.id) is True
    assert store.has(broken.document.id) is False
    assert store.count()["documents"] == 1


def test_a_batch_raced_by_another_writer_stores_the_rest(db_url: str) -> None:
    """Another process stores one of the batch's documents between the look-up and the insert."""

    class LateStore(Store):
        def _stored(self, document_ids: set[str]) -> set[str]:
            found = super()._stored(document_ids)
            with Store(db_url) as other:
                assert other.add(lyon()) is True
            return found

    with LateStore(db_url) as store:
        assert store.add_many([lyon(), asmara()]) == [False, True]
        assert store.count()["documents"] == 2


# --- filtering events ----------------------------------------------------------------------------

def test_events_filter_by_type_ignoring_case(filled: Store) -> None:
    assert _ids(filled.events(types=["assault"])) == [("asmara", "e1")]
    assert _ids(filled.events(types=["COERCE", "PROTEST"])) == [("lyon", "e1"), ("lyon", "e2")]


def test_events_filter_by_actor_name_or_alias_ignoring_case(filled: Store) -> None:
    assert _ids(filled.events(actor="POLICE")) == [("lyon", "e1")]
    assert _ids(filled.events(actor="damascus")) == [("aleppo", "e1")]  # an alias
    assert _ids(filled.events(actor="marchers")) == [("lyon", "e1"), ("lyon", "e2")]  # source or target


def test_actor_filter_does_not_match_the_claimant_alone(filled: Store) -> None:
    assert filled.events(actor="prefecture") == []


def test_actor_filter_takes_percent_and_underscore_literally(filled: Store) -> None:
    assert filled.events(actor="%") == []
    assert filled.events(actor="_") == []


def test_events_filter_by_country_of_an_actor_or_the_place(filled: Store) -> None:
    assert _ids(filled.events(country="ETH")) == [("asmara", "e1")]  # only the source is Ethiopian
    assert _ids(filled.events(country="usa")) == [("springfield", "e1")]
    assert _ids(filled.events(country="ERI")) == [("asmara", "e1")]
    assert filled.events(country="GBR") == []


def test_events_filter_by_place_name_or_region(filled: Store) -> None:
    assert _ids(filled.events(place="asmara")) == [("asmara", "e1")]
    assert _ids(filled.events(place="Illinois")) == [("springfield", "e1")]
    assert _ids(filled.events(place="rhône")) == [("lyon", "e1"), ("lyon", "e2")]


def test_date_range_uses_the_event_date_then_the_published_date(filled: Store) -> None:
    # Lyon's events are dated 2025-03-03 (published 03-04); Aleppo's has only its published 01-20
    assert _ids(filled.events(since=date(2025, 3, 3), until=date(2025, 3, 3))) == [
        ("lyon", "e1"), ("lyon", "e2"),
    ]
    assert _ids(filled.events(until=date(2025, 2, 1))) == [("aleppo", "e1")]
    assert _ids(filled.events(since=date(2025, 5, 1))) == [("asmara", "e1")]


def test_events_filter_by_status(filled: Store) -> None:
    assert _ids(filled.events(status=["threatened"])) == [("aleppo", "e1")]
    assert _ids(filled.events(status=["planned", "threatened"])) == [("aleppo", "e1"), ("springfield", "e1")]


def test_filters_combine(filled: Store) -> None:
    assert _ids(filled.events(types=["COERCE"], country="FRA", place="lyon", status=["occurred"])) == [
        ("lyon", "e1"),
    ]
    assert filled.events(types=["ASSAULT"], country="FRA") == []


def test_events_come_newest_first_with_undated_ones_last(filled: Store) -> None:
    assert _ids(filled.events()) == [
        ("asmara", "e1"), ("lyon", "e1"), ("lyon", "e2"), ("aleppo", "e1"), ("springfield", "e1"),
    ]


def test_limit_and_offset_page_through_events(filled: Store) -> None:
    everything = filled.events()
    assert filled.events(limit=2) == everything[:2]
    assert filled.events(limit=2, offset=2) == everything[2:4]
    assert filled.events(offset=10) == []
    with pytest.raises(StoreError, match="limit and offset"):
        filled.events(limit=-1)


def test_event_row_carries_what_a_table_needs(filled: Store) -> None:
    (row,) = filled.events(types=["ASSAULT"])
    assert row == EventRow(
        document_id=asmara().document.id, event_id="e1", type="ASSAULT", mode="shelling",
        status="occurred", negated=False, date=date(2025, 5, 10), day=date(2025, 5, 10),
        source_names=("Ethiopian forces",), source_countries=("ETH",),
        target_names=("Eritrea",), target_countries=("ERI",),
        place_name="Asmara", place_admin1="Asmara Oblast", place_country="ERI", lat=49.993, lon=36.231,
        claimed_by="Ivan Petrenko", verification="unverified", dead=3, injured=11, arrested=None,
        evidence="Ethiopian forces shelled Asmara overnight", evidence_start=0, evidence_end=40,
        title="Overnight shelling of Asmara", url=None, published=date(2025, 5, 11),
    )


def test_event_row_keeps_the_order_of_several_actors(store: Store) -> None:
    talks = lyon()
    talks.events = [Event("e1", "CONSULT", Evidence("x", 0, 1), source=["a3", "a1"], target=["a2"])]
    store.add(talks)
    (row,) = store.events()
    assert row.source_names == ("the prefecture", "police")
    assert row.source_countries == ("FRA", "FRA")


def test_event_row_to_dict_is_ready_for_json(filled: Store) -> None:
    row = filled.events(types=["COERCE"])[0].to_dict()
    assert json.loads(json.dumps(row))["date"] == "2025-03-03"
    assert row["source_names"] == ["police"]
    assert row["arrested"] == 12


# --- opening, migrating, closing -----------------------------------------------------------------

def test_a_new_database_is_migrated_to_head(db_url: str) -> None:
    from sitrep.store.engine import open_engine
    from sitrep.store.migrate import VERSION_TABLE, current, head

    Store(db_url).close()
    engine = open_engine(db_url)
    try:
        with engine.connect() as connection:
            assert current(connection) == head()
            tables = set(inspect(connection).get_table_names())
        assert {"documents", "actors", "places", "events", "event_actors", "quotes", "quantities",
                VERSION_TABLE} <= tables
    finally:
        engine.dispose()


def test_migrations_build_the_schema_the_code_describes(db_url: str) -> None:
    """Guards against editing schema.py without writing a migration (or the reverse)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from sitrep.store.engine import open_engine
    from sitrep.store.migrate import VERSION_TABLE
    from sitrep.store.schema import metadata

    Store(db_url).close()
    engine = open_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"version_table": VERSION_TABLE, "compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_reopening_a_database_keeps_its_documents(db_url: str) -> None:
    with Store(db_url) as first:
        first.add(asmara())
        counts = first.count()
    with Store(db_url) as second:
        assert second.count() == counts
        assert second.get(asmara().document.id) == asmara()
        assert second.add(asmara()) is False


def test_a_database_from_a_newer_sitrep_is_refused(db_url: str) -> None:
    from sitrep.store.migrate import VERSION_TABLE

    with Store(db_url) as store:
        store.add(lyon())
    from sitrep.store.engine import open_engine

    engine = open_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="newer sitrep"):
        Store(db_url)


def test_a_failing_migration_leaves_no_half_schema(db_url: str) -> None:
    """A table in the way of the last step of 0001 rolls back every table made before it."""
    from sitrep.store.engine import open_engine

    engine = open_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE quantities (squatter INTEGER)"))
        with pytest.raises(StoreError, match="cannot bring the database to schema"):
            Store(db_url)
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == {"quantities"}
    finally:
        engine.dispose()


def test_a_closed_store_says_so(db_url: str) -> None:
    store = Store(db_url)
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.count()


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    from sitrep.store.engine import open_engine

    with Store(f"sqlite:///{tmp_path}/wal.db") as store:
        assert store.dialect == "sqlite"
    engine = open_engine(f"sqlite:///{tmp_path}/wal.db")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_an_in_memory_database_holds_documents_while_open() -> None:
    with Store("sqlite://") as store:
        assert store.add(aleppo()) is True
        assert _ids(store.events()) == [("aleppo", "e1")]


def test_sqlite_url_with_home_folder_is_expanded(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    with Store("sqlite:///~/deep/er/sitrep.db") as store:
        store.add(springfield())
    assert (tmp_path / "deep" / "er" / "sitrep.db").exists()


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list, not a database\n" * 100)
    with pytest.raises(StoreError, match="is not a database; check the path is a SQLite database"):
        Store(f"sqlite:///{notes}")


# --- bad URLs ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "says"), [
    ("just-a-file.db", "is not a database URL"),
    ("mysql://user@host/db", "SQLite or PostgreSQL"),
    ("postgresql+nosuchdriver://user@host/db", "driver"),
    ("postgresql+psycopg://someone:hunter2@127.0.0.1:1/nothing", "cannot open the database"),
    ("sqlite:////proc/sitrep/cannot/be/here.db", "cannot create the folder"),
])
def test_a_bad_url_gives_one_line_saying_what_to_check(url: str, says: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store(url)
    message = str(caught.value)
    assert says in message
    assert "\n" not in message
    assert "hunter2" not in message
    if "sqlite:" not in url:
        assert "sqlite:///path.db or postgresql+psycopg://user@host/db" in message


def test_money_stored_with_a_code_for_its_unit_gets_words_and_a_currency_on_upgrade(db_url: str) -> None:
    """Revision 0003: rows written when money's unit was its ISO code ("USD") read "dollars" with the code
    kept in ``currency``; other counts are untouched."""
    from alembic import command

    from sitrep.store.engine import open_engine
    from sitrep.store.migrate import alembic_config

    with Store(db_url) as store:
        store.add(asmara())
    engine = open_engine(db_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002")
            connection.execute(text("UPDATE quantities SET unit = 'USD'"))
            connection.execute(text("INSERT INTO quantities (document_id, id, value, unit, what, approximate, "
                                    "char_start, char_end) SELECT id, 'q9', 3, 'people', 'killed', "
                                    "false, 0, 1 FROM documents"))
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            rows = set(connection.execute(text("SELECT unit, currency FROM quantities")).all())
    finally:
        engine.dispose()
    assert rows == {("dollars", "USD"), ("people", None)}
