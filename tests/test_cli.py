"""The ``sitrep`` command as a user meets it: output shapes, batches that go on past bad items, and bad
input that ends in one line on stderr and a non-zero exit, never a traceback.

Everything runs through ``typer.testing.CliRunner`` against real files, a real HTTP server on
127.0.0.1 and real databases (SQLite in a temporary folder; PostgreSQL when reachable).
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from sitrep.cli import app
from sitrep.store import Store

PG_SERVER = os.environ.get("SITREP_TEST_POSTGRES", "postgresql+psycopg://root@127.0.0.1:5432")

CONTRACT_KEYS = {"document", "actors", "places", "events", "quotes", "quantities"}

LYON_REPORT = (
    "French police arrested 12 protesters in Lyon on Tuesday after clashes near the city hall, "
    "the interior ministry said.\n\n"
    '"We will keep marching until the law is withdrawn," said Marie Dubois, a union leader.\n'
)
ALEPPO_REPORT = (
    "Syrian forces shelled a village near Aleppo on Monday, killing four civilians, a monitoring group said."
)
ASMARA_REPORT = (
    "Ethiopian forces struck a power station in Asmara on Sunday, regional officials said, "
    "leaving thousands of homes without electricity.\n"
)
SPRINGFIELD_REPORT = (
    "The city council of Springfield agreed on Thursday to fund a new shelter for families "
    "displaced by the floods, the mayor said.\n"
)
# what cleaning would change: a title, a byline, a copyright footer, trailing blanks and CRLF line ends
MESSY_REPORT = (
    "Council backs flood shelter  \r\n\r\nBy Ada Quill\r\n\r\n" + SPRINGFIELD_REPORT.replace("\n", "\r\n")
    + "\r\n\u00a9 2024 Prairie Ledger. All rights reserved.\r\n"
)
ARTICLE_PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Power cut in Asmara</title>
<meta property="og:site_name" content="Eastern Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Power cut in Asmara</h1><p>{ASMARA_REPORT.strip()}</p>
<p>Engineers said repairs would take at least two days if the weather held.</p></article>
<footer>Eastern Wire</footer></body></html>"""
MENU_PAGE = """<!DOCTYPE html><html><head><title>Eastern Wire</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/login">Log in</a></li>
</ul></nav><footer>Eastern Wire</footer></body></html>"""
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4

runner = CliRunner()


@pytest.fixture(autouse=True)
def _default_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test names its database with --db; SITREP_HOME is kept, since it holds the gazetteer index
    that the pipeline would otherwise rebuild (half a minute) in a fresh folder."""
    for name in ("SITREP_DB", "SITREP_MAX_BYTES", "SITREP_MODEL"):
        monkeypatch.delenv(name, raising=False)


def run(*args: str, stdin: bytes | None = None) -> Result:
    return runner.invoke(app, list(args), input=stdin)


def assert_one_line_error(result: Result, *words: str) -> str:
    """A refusal: non-zero exit, no output, one ``sitrep: error:`` line naming ``words``, no traceback."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), f"escaped: {result.exception!r}"
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("sitrep: error: ")
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
    assert result.stdout == ""
    return lines[0]


def extraction_of(result: Result) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def assert_offsets_point_into_the_text(extraction: dict[str, Any]) -> None:
    text = extraction["document"]["text"]
    for quote in extraction["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    for event in extraction["events"]:
        evidence = event["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    for record in (*extraction["actors"], *extraction["places"]):
        for mention in record["mentions"]:
            assert 0 <= mention["start"] < mention["end"] <= len(text)
    for quantity in extraction["quantities"]:
        assert 0 <= quantity["start"] < quantity["end"] <= len(text)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: dict[str, Any] | str) -> str:
    """JSON Lines from records; a string is written as it is (a broken line)."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- extract: output -------------------------------------------------------------------------------

@pytest.mark.slow
def test_extract_prints_contract_json_whose_offsets_point_into_the_text(tmp_path: Path) -> None:
    out = extraction_of(run("extract", str(write(tmp_path, "lyon.txt", LYON_REPORT))))
    assert set(out) >= CONTRACT_KEYS
    assert out["document"]["text"] == LYON_REPORT.strip()
    assert out["events"], "the arrest should be an event"
    assert out["quotes"], "the union leader's words should be a quote"
    assert_offsets_point_into_the_text(out)


@pytest.mark.slow
def test_extract_format_text_prints_a_readable_summary(tmp_path: Path) -> None:
    result = run("extract", str(write(tmp_path, "lyon.txt", LYON_REPORT)), "--format", "text")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip()[0] != "{"
    for heading in ("Actors (", "Places ("):
        assert heading in result.stdout
    assert "French police" in result.stdout


@pytest.mark.slow
def test_extract_published_option_sets_the_document_date(tmp_path: Path) -> None:
    out = extraction_of(run("extract", str(write(tmp_path, "a.txt", ALEPPO_REPORT)), "--published", "2024-04-10"))
    assert out["document"]["published"] == "2024-04-10"
    # "on Monday" resolves against the publication date
    assert {e["date"] for e in out["events"]} == {"2024-04-08"}


def test_extract_bad_published_date_is_refused_before_any_work(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ALEPPO_REPORT)
    assert_one_line_error(run("extract", str(path), "--published", "last Tuesday"), "--published", "YYYY-MM-DD")


@pytest.mark.slow
def test_extract_no_clean_keeps_the_text_byte_identical(tmp_path: Path) -> None:
    path = write(tmp_path, "messy.txt", MESSY_REPORT.encode())
    kept = extraction_of(run("extract", str(path), "--no-clean"))
    assert kept["document"]["text"].encode("utf-8") == path.read_bytes()
    assert_offsets_point_into_the_text(kept)
    cleaned = extraction_of(run("extract", str(path)))
    assert cleaned["document"]["text"] != kept["document"]["text"]  # so cleaning had work to do


@pytest.mark.slow
def test_extract_reads_standard_input_given_as_dash() -> None:
    out = extraction_of(run("extract", "-", "--published", "2024-04-10", stdin=ALEPPO_REPORT.encode()))
    assert out["document"]["text"] == ALEPPO_REPORT
    assert out["document"]["published"] == "2024-04-10"


def test_extract_oversized_standard_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_MAX_BYTES", "1000")
    assert_one_line_error(run("extract", "-", stdin=(ALEPPO_REPORT * 20).encode()), "standard input", "limit")


@pytest.mark.slow
def test_extract_jsonl_goes_on_past_a_bad_line_in_input_order(tmp_path: Path) -> None:
    path = write(tmp_path, "batch.jsonl", jsonl(
        {"id": "lyon", "text": LYON_REPORT},
        '{"id": "cut-short", "text": "Protesters gath',
        {"id": "aleppo", "text": ALEPPO_REPORT, "published": "2024-04-10"},
        {"id": "no-text", "title": "Only a headline"},
        {"text": SPRINGFIELD_REPORT},
    ))
    result = run("extract", str(path), "--jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [line["document"]["input_id"] if "document" in line else line["input_id"] for line in lines]
    assert ids == ["lyon", "line 2", "aleppo", "no-text", "line 5"]
    for line in (lines[1], lines[3]):
        assert set(line) == {"input_id", "error"}
        assert line["error"]
    for line in (lines[0], lines[2], lines[4]):
        assert set(line) >= CONTRACT_KEYS
        assert_offsets_point_into_the_text(line)
    assert lines[2]["document"]["published"] == "2024-04-10"


def test_extract_jsonl_with_no_readable_line_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.jsonl", jsonl("not json", {"title": "no text"}))
    result = run("extract", str(path), "--jsonl")
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert [json.loads(line)["input_id"] for line in result.stdout.splitlines()] == ["line 1", "line 2"]
    assert result.stderr.strip().splitlines() == [f"sitrep: error: no line of {path} could be read "
                                                  "(2 failed, listed above)"]


def test_extract_jsonl_with_a_bad_published_option_fails_once_not_per_line(tmp_path: Path) -> None:
    path = write(tmp_path, "batch.jsonl", jsonl({"text": LYON_REPORT}, {"text": ALEPPO_REPORT}))
    assert_one_line_error(run("extract", str(path), "--jsonl", "--published", "05/03/2024"), "--published")


def test_extract_jsonl_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(tmp_path / "nowhere.jsonl"), "--jsonl"), "nowhere.jsonl")


# --- extract: bad input ----------------------------------------------------------------------------

def test_empty_file_is_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(write(tmp_path, "empty.txt", "  \n\n"))), "empty")


def test_binary_file_is_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(write(tmp_path, "photo.txt", PNG_BYTES))), "PNG", "not text")


def test_thirty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(30 * 1024 * 1024)  # sparse: nothing is written to disk
    assert_one_line_error(run("extract", str(path)), "30.0 MB", "SITREP_MAX_BYTES")


def test_html_page_with_no_article_text_is_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(write(tmp_path, "menu.html", MENU_PAGE))), "no article text")


def test_missing_path_is_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(tmp_path / "gone.txt")), "does not exist")


def test_folder_given_to_extract_is_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run("extract", str(tmp_path)), "folder")


def test_unknown_model_is_one_line_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ALEPPO_REPORT)
    assert_one_line_error(run("extract", str(path), "--model", "en_core_web_xl"), "en_core_web_xl")


@pytest.mark.slow
@pytest.mark.parametrize(("encoding", "text", "word"), [
    ("latin-1", "The café owners of Lyon said the résumé of the strike was bleak, and the mayor promised "
                "à la carte support for every shop.", "résumé"),
    ("cp1251", "Мэр Харькова заявил в понедельник, что город восстановит подачу электричества к вечеру.",
     "Харькова"),
])
def test_single_byte_encodings_are_decoded(tmp_path: Path, encoding: str, text: str, word: str) -> None:
    path = write(tmp_path, f"{encoding}.txt", text.encode(encoding))
    out = extraction_of(run("extract", str(path)))
    assert word in out["document"]["text"]
    assert out["document"]["text"] == text


# --- extract: URLs ---------------------------------------------------------------------------------

class NewsSite(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        found = self.path == "/asmara-power-cut"
        body = (ARTICLE_PAGE if found else "<html><body><p>Not found</p></body></html>").encode()
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def news_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local server must be reached directly, whatever proxy the machine is set up with."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.slow
@pytest.mark.usefixtures("no_proxy")
def test_extract_reads_an_article_page_from_a_url(news_site: str) -> None:
    url = f"{news_site}/asmara-power-cut"
    out = extraction_of(run("extract", url))
    assert out["document"]["url"] == url
    assert out["document"]["title"] == "Power cut in Asmara"
    assert ASMARA_REPORT.strip() in out["document"]["text"]
    assert "Home" not in out["document"]["text"]
    assert_offsets_point_into_the_text(out)


@pytest.mark.usefixtures("no_proxy")
def test_extract_of_a_missing_page_says_404(news_site: str) -> None:
    result = run("extract", f"{news_site}/no-such-story")
    assert_one_line_error(result, "404", "check the URL")
    assert result.exit_code == 3


def test_extract_of_an_unreachable_url_is_one_line_error() -> None:
    assert_one_line_error(run("extract", "http://127.0.0.1:1/story"), "cannot fetch")


# --- ingest ----------------------------------------------------------------------------------------

def feed_folder(root: Path) -> Path:
    """Two good text files, a binary file and a JSON Lines file with a broken line between good ones."""
    folder = root / "feed"
    write(folder, "lyon.txt", LYON_REPORT)
    write(folder, "regional/asmara.txt", ASMARA_REPORT)
    write(folder, "photo.txt", PNG_BYTES)
    write(folder, "wire.jsonl", jsonl(
        {"id": "aleppo", "title": "Aleppo", "text": ALEPPO_REPORT, "published": "2024-04-10"},
        '{"id": "broken", "text": ',
        {"id": "springfield", "text": SPRINGFIELD_REPORT},
    ))
    return folder


GOOD_IN_FEED = 4


def sqlite_url(root: Path) -> str:
    return f"sqlite:///{root / 'db' / 'sitrep.db'}"


def counts(url: str) -> dict[str, int]:
    with Store(url) as store:
        return store.count()


def stored_sources(url: str) -> list[str | None]:
    with Store(url) as store:
        return [row.source for row in store.documents(limit=1000)]


@pytest.mark.slow
def test_ingest_goes_on_past_bad_items_and_lists_them_at_the_end(tmp_path: Path) -> None:
    folder, url = feed_folder(tmp_path), sqlite_url(tmp_path)
    result = run("ingest", str(folder), "--db", url)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert counts(url)["documents"] == GOOD_IN_FEED
    tail = result.stderr.strip().splitlines()[-3:]
    assert tail[0].startswith(f"ingested {GOOD_IN_FEED} new document(s), 0 already stored, 2 failed")
    assert sorted(line.split(": ")[1] for line in tail[1:]) == [
        f"{folder / 'photo.txt'}", f"{folder / 'wire.jsonl'}:line 2"]


@pytest.mark.slow
def test_ingest_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    folder, url = feed_folder(tmp_path), sqlite_url(tmp_path)
    assert run("ingest", str(folder), "--db", url).exit_code == 0
    before = counts(url)
    again = run("ingest", str(folder), "--db", url)
    assert again.exit_code == 0, again.output
    assert counts(url) == before
    assert f"ingested 0 new document(s), {GOOD_IN_FEED} already stored, 2 failed" in again.stderr


@pytest.mark.slow
def test_interrupted_ingest_resumes_without_duplicates(tmp_path: Path) -> None:
    folder, url = feed_folder(tmp_path), sqlite_url(tmp_path)
    # the run that was cut short got as far as two of the files
    first = run("ingest", str(folder / "lyon.txt"), str(folder / "wire.jsonl"), "--db", url)
    assert first.exit_code == 0, first.output
    assert counts(url)["documents"] == 3
    resumed = run("ingest", str(folder), "--db", url)
    assert resumed.exit_code == 0, resumed.output
    assert "ingested 1 new document(s), 3 already stored" in resumed.stderr
    sources = stored_sources(url)
    assert len(sources) == len(set(sources)) == GOOD_IN_FEED
    assert counts(url)["documents"] == GOOD_IN_FEED


def test_ingest_with_nothing_readable_fails_and_lists_why(tmp_path: Path) -> None:
    write(tmp_path / "feed", "photo.txt", PNG_BYTES)
    result = run("ingest", str(tmp_path / "feed"), str(tmp_path / "missing.txt"), "--db", sqlite_url(tmp_path))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "ingested 0 new document(s), 0 already stored, 2 failed"
    assert [line.split(": ")[1] for line in lines[1:]] == [str(tmp_path / "feed" / "photo.txt"),
                                                          str(tmp_path / "missing.txt")]


def test_ingest_of_a_folder_without_articles_is_one_line_error(tmp_path: Path) -> None:
    write(tmp_path / "feed", "notes.md", "not an article type")
    assert_one_line_error(run("ingest", str(tmp_path / "feed"), "--db", sqlite_url(tmp_path)), "no articles")


def test_ingest_bad_published_date_is_one_line_error(tmp_path: Path) -> None:
    folder = feed_folder(tmp_path)
    assert_one_line_error(run("ingest", str(folder), "--db", sqlite_url(tmp_path), "--published", "soon"),
                          "--published")


def test_ingest_into_an_unreachable_database_is_one_line_error(tmp_path: Path) -> None:
    folder = feed_folder(tmp_path)
    result = run("ingest", str(folder), "--db", "postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    assert_one_line_error(result, "cannot open the database")
    assert result.exit_code == 4


# --- events ----------------------------------------------------------------------------------------

def events_feed(root: Path) -> Path:
    """Three stories on three dates in three countries, each titled with its city."""
    folder = root / "events-feed"
    write(folder, "reports.jsonl", jsonl(
        {"id": "aleppo", "title": "Aleppo", "published": "2024-04-10", "text": ALEPPO_REPORT},
        {"id": "lyon", "title": "Lyon", "published": "2024-03-05", "text": LYON_REPORT},
        {"id": "asmara", "title": "Asmara", "published": "2024-05-20", "text": ASMARA_REPORT},
    ))
    return folder


@pytest.fixture(scope="module")
def events_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("events")
    url = sqlite_url(root)
    result = run("ingest", str(events_feed(root)), "--db", url)
    assert result.exit_code == 0, result.output
    return url


def listed(url: str, *filters: str) -> list[dict[str, Any]]:
    result = run("events", "--db", url, "--format", "json", *filters)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def stories(rows: list[dict[str, Any]]) -> set[str | None]:
    """Which reports the rows came from, by their titles."""
    return {row["title"] for row in rows}


@pytest.mark.slow
def test_events_table_lists_stored_events(events_db: str) -> None:
    result = run("events", "--db", events_db)
    assert result.exit_code == 0, result.output
    rows = listed(events_db)
    assert f"{len(rows)} event(s)" in result.stdout
    for column in ("date", "type", "source", "target", "place", "status", "evidence"):
        assert column in result.stdout
    for text in ("Syrian forces", "French police", "Ethiopian forces", "2024-04-08"):
        assert text in result.stdout


@pytest.mark.slow
def test_events_table_prints_article_text_as_written_not_as_markup(tmp_path: Path) -> None:
    sentence = "French police arrested [/] 12 [bold] protesters :fire: in Lyon on Tuesday, officials said."
    url = sqlite_url(tmp_path)
    feed = write(tmp_path, "odd.jsonl", jsonl({"published": "2024-03-05", "text": sentence}))
    assert run("ingest", str(feed), "--db", url).exit_code == 0
    result = run("events", "--db", url)
    assert result.exit_code == 0, result.output
    assert listed(url), "the arrest should be stored as an event"
    for verbatim in ("[/]", "[bold]", ":fire:"):
        assert verbatim in result.stdout


@pytest.mark.slow
def test_events_json_lists_every_story_newest_first(events_db: str) -> None:
    rows = listed(events_db)
    assert stories(rows) == {"Aleppo", "Lyon", "Asmara"}
    days = [row["day"] for row in rows]
    assert days == sorted(days, reverse=True)


@pytest.mark.slow
@pytest.mark.parametrize(("filters", "expected"), [
    (("--type", "coerce"), {"Lyon"}),
    (("--country", "syr"), {"Aleppo"}),
    (("--actor", "ETHIOPIAN"), {"Asmara"}),
    (("--place", "asmara"), {"Asmara"}),
    (("--since", "2024-04-01", "--until", "2024-04-30"), {"Aleppo"}),
    (("--until", "2024-03-31"), {"Lyon"}),
    (("--type", "ASSAULT", "--since", "2024-04-01"), {"Aleppo", "Asmara"}),
])
def test_events_filters_narrow_the_list(events_db: str, filters: tuple[str, ...], expected: set[str]) -> None:
    rows = listed(events_db, *filters)
    assert stories(rows) == expected
    if "--type" in filters:
        assert {row["type"] for row in rows} == {filters[filters.index("--type") + 1].upper()}


@pytest.mark.slow
def test_events_country_filter_matches_an_actor_or_the_place(events_db: str) -> None:
    for row in listed(events_db, "--country", "FRA"):
        assert "FRA" in (*row["source_countries"], *row["target_countries"], row["place_country"])


@pytest.mark.parametrize(("option", "words"), [
    (("--type", "BOMBARD"), ("unknown event type BOMBARD", "ASSAULT")),
    (("--since", "2024-02-30"), ("--since", "YYYY-MM-DD")),
    (("--until", "yesterday"), ("--until", "YYYY-MM-DD")),
    (("--country", "France"), ("--country", "alpha-3")),
    (("--status", "rumoured"), ("unknown event status rumoured", "occurred")),
    (("--limit", "-1"), ("limit",)),
])
def test_events_bad_filter_is_one_line_error(tmp_path: Path, option: tuple[str, ...], words: tuple[str, ...]) -> None:
    assert_one_line_error(run("events", "--db", sqlite_url(tmp_path), *option), *words)


def test_events_from_an_unreachable_database_is_one_line_error() -> None:
    result = run("events", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    assert_one_line_error(result, "cannot open the database", "127.0.0.1")
    assert result.exit_code == 4


def test_events_with_a_url_that_is_not_a_database_url_is_one_line_error() -> None:
    assert_one_line_error(run("events", "--db", "mysql://someone@127.0.0.1/news"), "SQLite or PostgreSQL")


def test_events_of_an_empty_store_is_an_empty_list(tmp_path: Path) -> None:
    assert listed(sqlite_url(tmp_path)) == []


# --- PostgreSQL ------------------------------------------------------------------------------------

@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A database of this test's own on the test server, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'psycopg[binary]'")
    admin_url = f"{PG_SERVER.replace('+psycopg', '')}/postgres"
    try:
        admin = psycopg.connect(admin_url, autocommit=True, connect_timeout=2)
    except psycopg.OperationalError as err:
        pytest.skip(f"PostgreSQL is not reachable at {PG_SERVER} (set SITREP_TEST_POSTGRES to another "
                    f"server): {str(err).strip().splitlines()[0]}")
    name = f"sitrep_cli_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_ingest_and_events_round_trip_through_postgresql(tmp_path: Path, postgres_url: str) -> None:
    folder = feed_folder(tmp_path)
    first = run("ingest", str(folder), "--db", postgres_url)
    assert first.exit_code == 0, first.output
    stored = counts(postgres_url)
    assert stored["documents"] == GOOD_IN_FEED
    again = run("ingest", str(folder), "--db", postgres_url)
    assert again.exit_code == 0, again.output
    assert counts(postgres_url) == stored
    rows = listed(postgres_url)
    assert len(rows) == stored["events"]
    assert stories(listed(postgres_url, "--country", "SYR", "--since", "2024-04-01")) == {"Aleppo"}
    assert_one_line_error(run("events", "--db", postgres_url, "--type", "BOMBARD"), "BOMBARD")


# --- the command itself ----------------------------------------------------------------------------

def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0, result.output
    commands = ["extract", "ingest", "events"]
    if importlib.util.find_spec("sitrep.cli_gazetteer") is not None:
        commands.append("gazetteer")
    for command in commands:
        assert command in result.stdout
