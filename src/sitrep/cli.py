"""The ``sitrep`` command: thin Typer commands over keyword-only functions.

Every command turns a ``SitrepError`` into one line on stderr and a non-zero
exit; batch commands go on past a bad item and list the failures at the end.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, get_args

import typer

from sitrep import settings
from sitrep.errors import InputError, SitrepError
from sitrep.model import Document, EventStatus, Extraction

app = typer.Typer(
    help="sitrep: news reports in; who did what to whom, where, when, and who says so out.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


class Format(StrEnum):
    json = "json"
    text = "text"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL of the store "
                                              "(default: sqlite under SITREP_HOME, or SITREP_DB)")]
PublishedOption = Annotated[str | None, typer.Option("--published", help="publication date (YYYY-MM-DD) "
                                                     "when the input has none")]
ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy pipeline: en_core_web_sm or "
                                                 "en_core_web_md (default: SITREP_MODEL)")]


def fail(err: SitrepError) -> typer.Exit:
    typer.echo(f"sitrep: error: {err}", err=True)
    return typer.Exit(err.exit_code)


def check_published(value: str | None) -> str | None:
    """``--published`` as YYYY-MM-DD, refused once up front rather than once per article of a batch."""
    from sitrep.sources.load import normalise_published

    try:
        return normalise_published(value, name="--published")
    except InputError:
        raise InputError(f"--published {value!r} is not a date: use YYYY-MM-DD") from None


def read_input(source: str, *, published: str | None, clean: bool) -> Document:
    """One document from a path, a URL or ``-`` (stdin)."""
    from sitrep.sources.load import document_from_bytes, document_from_path

    if source == "-":
        data = sys.stdin.buffer.read(settings.max_bytes() + 1)
        return document_from_bytes(data, name="standard input", published=published, clean=clean)
    if source.startswith(("http://", "https://")):
        from sitrep.sources.fetch import default_client, document_from_url

        with default_client() as client:
            return document_from_url(source, client=client, published=published)
    return document_from_path(Path(source), published=published, clean=clean)


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="a file (.txt, .html, .json), a URL, or - for stdin")],
    output_format: Annotated[Format | None, typer.Option("--format", "-f", help="json (default when piped) "
                                                         "or text")] = None,
    published: PublishedOption = None,
    no_clean: Annotated[bool, typer.Option("--no-clean", help="keep plain text exactly as given so offsets "
                                           "point into the input")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="read JSON Lines of articles, print one extraction "
                                        "per line")] = False,
    model: ModelOption = None,
) -> None:
    """Extract actors, places, events, quotes and counts from one article (or many with --jsonl)."""
    fmt = output_format or (Format.text if sys.stdout.isatty() and not jsonl else Format.json)
    try:
        published = check_published(published)
        if jsonl:
            _extract_jsonl(Path(source), published=published, clean=not no_clean, model=model)
            return
        document = read_input(source, published=published, clean=not no_clean)
        from sitrep.nlp.extract import Extractor

        extraction = Extractor(model).extract(document)
    except SitrepError as err:
        raise fail(err) from None
    if fmt is Format.json:
        typer.echo(json.dumps(extraction.to_dict(), ensure_ascii=False, indent=1))
    else:
        from sitrep.render import summary

        typer.echo(summary(extraction))


def _extract_jsonl(path: Path, *, published: str | None, clean: bool, model: str | None) -> None:
    """Stream the file through the pipeline, printing results and errors in input order as they come,
    so a large file is never held in memory; fails only when no line at all could be read."""
    from sitrep.nlp.extract import Extractor
    from sitrep.sources.load import iter_jsonl

    if not path.is_file():
        raise InputError(f"{path} is not a file: --jsonl reads a JSON Lines file of articles")
    extractor = Extractor(model)
    # lines read but not yet printed: errors wait for the documents before them to come out of the pipeline
    pending: deque[tuple[str | None, Document | SitrepError]] = deque()
    good = bad = 0

    def documents() -> Iterator[Document]:
        for input_id, item in iter_jsonl(path, clean=clean, published=published):
            pending.append((input_id, item))
            if isinstance(item, Document):
                yield item

    def print_errors() -> None:
        nonlocal bad
        while pending and not isinstance(pending[0][1], Document):
            input_id, error = pending.popleft()
            bad += 1
            typer.echo(json.dumps({"input_id": input_id, "error": str(error)}, ensure_ascii=False))

    for document, result in extractor.extract_each(documents()):
        print_errors()
        input_id, item = pending.popleft()
        assert item is document, "extract_each must keep input order"
        if isinstance(result, SitrepError):
            bad += 1
            typer.echo(json.dumps({"input_id": input_id, "error": str(result)}, ensure_ascii=False))
            continue
        out = result.to_dict()
        out["document"]["input_id"] = input_id
        typer.echo(json.dumps(out, ensure_ascii=False))
        good += 1
    print_errors()
    if not good:
        raise InputError(f"no line of {path} could be read ({bad} failed, listed above)" if bad
                         else f"{path} holds no articles: give one JSON object per line")


#: Extractions ``ingest`` stores per transaction: the extractor's own batch size.
STORE_BATCH = 32


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files and folders of .txt, .html, .json, .jsonl")],
    db: DbOption = None,
    published: PublishedOption = None,
    model: ModelOption = None,
) -> None:
    """Extract and store articles; already stored articles are skipped, bad files are listed at the end."""
    from sitrep.nlp.extract import Extractor
    from sitrep.sources.load import iter_documents
    from sitrep.store import Store

    try:
        published = check_published(published)
        store = Store(db or settings.database_url())
    except SitrepError as err:
        raise fail(err) from None
    failures: list[tuple[str, str]] = []
    added = skipped = 0
    labels: dict[int, str] = {}

    def fresh() -> Iterator[Document]:
        nonlocal skipped
        for label, item in iter_documents(paths, published=published):
            if isinstance(item, SitrepError):
                failures.append((label, str(item)))
                continue
            if store.has(item.id):
                skipped += 1
                continue
            labels[id(item)] = label
            yield item

    # extractions are stored a batch at a time, in one transaction (``Store.add_many``): a transaction per
    # article was most of the store's time; an interrupted ingest re-extracts at most one batch on resume
    pending: list[tuple[str, Extraction]] = []

    def store_pending() -> None:
        nonlocal added, skipped
        outcomes = store.add_many([e for _, e in pending], sources=[label for label, _ in pending])
        for (label, extraction), outcome in zip(pending, outcomes, strict=True):
            if isinstance(outcome, SitrepError):
                failures.append((label, str(outcome)))
            elif outcome:
                added += 1
                typer.echo(f"stored {label}: {len(extraction.events)} events, {len(extraction.actors)} "
                           f"actors, {len(extraction.places)} places", err=True)
            else:
                skipped += 1
        pending.clear()

    try:
        extractor = Extractor(model)
        for document, extraction in extractor.extract_each(fresh(), batch_size=STORE_BATCH):
            label = labels.pop(id(document), "?")
            if isinstance(extraction, SitrepError):
                failures.append((label, str(extraction)))
                continue
            pending.append((label, extraction))
            if len(pending) >= STORE_BATCH:
                store_pending()
        store_pending()
    except SitrepError as err:
        raise fail(err) from None
    finally:
        store.close()
    if not (added or skipped or failures):
        names = ", ".join(str(p) for p in paths)
        raise fail(InputError(f"found no articles in {names}: give .txt, .html, .json or .jsonl files, "
                              "or folders holding them"))
    typer.echo(f"ingested {added} new document(s), {skipped} already stored, {len(failures)} failed", err=True)
    for label, message in failures:
        typer.echo(f"  failed: {label}: {message}", err=True)
    if failures and not added and not skipped:
        raise typer.Exit(2)


def _parse_day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{flag} {value!r} is not a date: use YYYY-MM-DD") from None


@app.command()
def events(
    db: DbOption = None,
    event_type: Annotated[list[str] | None, typer.Option("--type", "-t", help="PLOVER type (repeatable)")] = None,
    actor: Annotated[str | None, typer.Option(help="actor name or alias contains this")] = None,
    country: Annotated[str | None, typer.Option(help="ISO-3 of a source/target actor or of the place")] = None,
    place: Annotated[str | None, typer.Option(help="place name contains this")] = None,
    since: Annotated[str | None, typer.Option(help="on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="on or before YYYY-MM-DD")] = None,
    status: Annotated[list[str] | None, typer.Option(help="event status (repeatable)")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows")] = 50,
    output_format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List stored events, newest first, with filters."""
    from sitrep.model import PLOVER_TYPES
    from sitrep.store import Store

    try:
        types = [t.upper() for t in event_type or []]
        unknown = [t for t in types if t not in PLOVER_TYPES]
        if unknown:
            raise InputError(f"unknown event type {unknown[0]}: use one of {', '.join(PLOVER_TYPES)}")
        statuses = get_args(EventStatus)
        wrong = [s for s in status or [] if s not in statuses]
        if wrong:
            raise InputError(f"unknown event status {wrong[0]}: use one of {', '.join(statuses)}")
        _check_country(country)
        with Store(db or settings.database_url()) as store:
            rows = store.events(types=types, actor=actor, country=country.upper() if country else None,
                                place=place, since=_parse_day(since, "--since"), until=_parse_day(until, "--until"),
                                status=status or (), limit=limit)
    except SitrepError as err:
        raise fail(err) from None
    if output_format is TableFormat.json:
        typer.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1))
        return
    cells = []
    for r in rows:
        day = r.date or r.day
        cells.append([day.isoformat() if day else "", r.type + (f"/{r.mode}" if r.mode else ""),
                      ", ".join(r.source_names), ", ".join(r.target_names), r.place_name or "",
                      r.status + (f" ({r.verification})" if r.verification else ""), r.evidence[:120]])
    _print_table(f"{len(rows)} event(s)", ("date", "type", "source", "target", "place", "status", "evidence"), cells)


def _check_country(country: str | None) -> None:
    if country is not None and not (len(country) == 3 and country.isascii() and country.isalpha()):
        raise InputError(f"--country {country!r} is not an ISO 3166 alpha-3 code: use e.g. FRA, SYR or KEN")


def _print_table(title: str, columns: tuple[str, ...], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    # article text is data: "[/]" or ":fire:" in a sentence must print as written, not as rich markup
    Console(width=160, markup=False, emoji=False, highlight=False).print(table)


@app.command("actors")
def list_actors(
    db: DbOption = None,
    name: Annotated[str | None, typer.Option(help="name or alias contains this")] = None,
    country: Annotated[str | None, typer.Option(help="ISO-3 country code")] = None,
    kind: Annotated[str | None, typer.Option(help="person, organization, country or group")] = None,
    limit: Annotated[int, typer.Option(help="at most this many actors")] = 50,
    output_format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List actors across stored documents: one per referent, with aliases and dated roles."""
    from sitrep.store import Store

    try:
        _check_country(country)
        if kind is not None and kind not in ("person", "organization", "country", "group"):
            raise InputError(f"--kind {kind!r} is unknown: use person, organization, country or group")
        with Store(db or settings.database_url()) as store:
            found = store.actors(name=name, country=country.upper() if country else None, kind=kind, limit=limit)
    except SitrepError as err:
        raise fail(err) from None
    if output_format is TableFormat.json:
        typer.echo(json.dumps([a.to_dict() for a in found], ensure_ascii=False, indent=1))
        return
    cells = [[a.name, a.kind, a.country or "", str(a.documents),
              "; ".join(f"{r.role} ({r.first_seen or '?'} → {r.last_seen or '?'})" for r in a.roles),
              ", ".join(a.aliases[:6])] for a in found]
    _print_table(f"{len(found)} actor(s)", ("name", "kind", "country", "reports", "roles (first → last seen)",
                                            "aliases"), cells)


def _mount_subapps() -> None:
    """Areas with several commands of their own live in their own modules, mounted here."""
    import importlib

    for module, name, help_text in (("sitrep.cli_gazetteer", "gazetteer", "build, import into and query the "
                                     "place index"),):
        try:
            sub = importlib.import_module(module)
        except ModuleNotFoundError as err:  # pragma: no cover - only while a module is being written
            if err.name != module:
                raise  # the module is there but broken: hiding its commands would hide the bug
            continue
        app.add_typer(sub.app, name=name, help=help_text)


_mount_subapps()


def main() -> None:
    app()
