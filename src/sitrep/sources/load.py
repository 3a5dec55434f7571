"""The front door: files, folders, JSON and JSON Lines in; ``Document`` records (or errors) out.

Single inputs raise ``InputError``; the iterators never raise for a bad item
but yield its error beside its label, so a batch of ten thousand articles is
not stopped by one broken line.

Which published date wins: a JSON record's own ``published``, then the
caller's ``published`` (the CLI's ``--published``), then the date found in an
HTML page's metadata.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep import settings
from sitrep.errors import InputError, SitrepError
from sitrep.model import Document
from sitrep.sources.decode import check_size, decode_bytes, human_size
from sitrep.sources.html import looks_like_html, parse_html
from sitrep.sources.plain import Cleaned, clean_plain_text

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# JSON escapes ("\u0436") make a line longer than the text it holds.
JSON_LINE_FACTOR = 2


def normalise_published(value: object, *, name: str = "the input") -> str | None:
    """An ISO date or datetime as ``YYYY-MM-DD``; None for null or blank.

    A datetime keeps the calendar date it was written with (no conversion to
    UTC): "2024-03-05T23:30:00-05:00" was published on the 5th where it was
    published.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"the published date of {name} must be a string such as 2024-03-05, not {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise InputError(
            f"the published date of {name}, {value!r}, is not an ISO date: give YYYY-MM-DD "
            f"(or an ISO datetime such as 2024-03-05T08:30:00Z)"
        ) from None


def _metadata_date(value: str | None) -> str | None:
    """A page's own date is a hint: a malformed one is dropped, not an error."""
    try:
        return normalise_published(value)
    except InputError:
        return None


def _describe_only(text: str, title: str | None) -> Cleaned:
    """For ``clean=False``: learn title, dateline and byline, but leave the text exactly as given."""
    found = clean_plain_text(text, title=title)
    found.text = text
    found.removed = []
    return found


def document_from_text(
    text: str,
    *,
    name: str,
    published: str | None = None,
    url: str | None = None,
    clean: bool = True,
    title: str | None = None,
    input_id: str | None = None,
    html: bool | None = None,
) -> Document:
    """A ``Document`` from decoded text (plain or HTML).

    ``html=None`` sniffs the text; True or False forces the reading (a ``.html``
    file). ``clean=False`` keeps plain text byte-for-byte, so offsets point
    into the input; HTML is always extracted, since offsets into markup
    would be of no use.
    """
    if not text.strip():
        raise InputError(f"{name} is empty: give a file with article text")
    check_size(len(text.encode("utf-8", "surrogatepass")), name=name)
    when = normalise_published(published, name=name)
    is_html = looks_like_html(text) if html is None else html
    if is_html:
        cleaned = parse_html(text, url=url, name=name)
    elif clean:
        cleaned = clean_plain_text(text, title=title)
    else:
        cleaned = _describe_only(text, title)
    if not cleaned.text.strip():
        raise InputError(
            f"{name} has no article text left after cleaning (only a title, byline or page furniture): "
            f"give the article body, or use --no-clean to keep the text as it is"
        )
    return Document(
        text=cleaned.text,
        title=title or cleaned.title,
        byline=cleaned.byline,
        dateline=cleaned.dateline,
        publisher=cleaned.publisher,
        published=when or _metadata_date(cleaned.published),
        url=url,
        input_id=input_id,
        removed=list(cleaned.removed),
    )


def document_from_bytes(
    data: bytes,
    *,
    name: str,
    published: str | None = None,
    url: str | None = None,
    clean: bool = True,
    title: str | None = None,
    input_id: str | None = None,
    html: bool | None = None,
    encoding_hint: str | None = None,
) -> Document:
    """A ``Document`` from raw bytes: decode (refusing binary, empty, oversized input), then clean."""
    text = decode_bytes(data, name=name, encoding_hint=encoding_hint)
    return document_from_text(
        text, name=name, published=published, url=url, clean=clean, title=title, input_id=input_id, html=html
    )


def read_limited(path: Path, *, limit: int | None = None) -> bytes:
    """A file's bytes, refusing a missing path, a folder or an oversized file *before* reading it."""
    name = str(path)
    limit = settings.max_bytes() if limit is None else limit
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{name} does not exist: check the path") from None
    except OSError as err:
        raise InputError(f"cannot read {name}: {err.strerror or err}") from None
    if path.is_dir():
        raise InputError(f"{name} is a folder: give a file, or pass the folder to a batch command")
    check_size(info.st_size, name=name, limit=limit)
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)  # the file may have grown since stat()
    except OSError as err:
        raise InputError(f"cannot read {name}: {err.strerror or err}") from None
    check_size(len(data), name=name, limit=limit)
    return data


def document_from_path(
    path: Path,
    *,
    published: str | None = None,
    url: str | None = None,
    clean: bool = True,
) -> Document:
    """A ``Document`` from one file: plain text, HTML, or a JSON/JSON Lines file holding one article."""
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES | JSONL_SUFFIXES:
        read = iter_json_file if suffix in JSON_SUFFIXES else iter_jsonl
        items = list(read(path, clean=clean, published=published))
        if len(items) != 1:
            raise InputError(
                f"{path} holds {len(items)} articles, not one: read it as a batch (JSON Lines) instead"
            )
        item = items[0][1]
        if isinstance(item, SitrepError):
            raise item
        if url is not None:
            item.url = url
        return item
    data = read_limited(path)
    html = True if suffix in HTML_SUFFIXES else None
    return document_from_bytes(data, name=str(path), published=published, url=url, clean=clean, html=html)


_JSON_KINDS: dict[type, str] = {
    list: "list", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null",
}


def _record_id(record: object, default: str | None) -> str | None:
    """A record's own ``id`` (a string or whole number) as text, else the positional default."""
    if isinstance(record, dict):
        raw = record.get("id")
        if isinstance(raw, (str, int)) and not isinstance(raw, bool) and str(raw).strip():
            return str(raw)
    return default


def _document_from_record(
    record: object, *, where: str, default_id: str | None, clean: bool, published: str | None
) -> Document:
    """One JSON article record, ``{"id", "text", "title", "published", "url"}``, as a Document."""
    if not isinstance(record, dict):
        kind = _JSON_KINDS.get(type(record), type(record).__name__)
        raise InputError(f'{where} is a JSON {kind}, not an object with a "text" field')
    input_id = _record_id(record, default_id)
    name = f"{where} (id {input_id})" if input_id != default_id else where
    text = record.get("text")
    if text is None:
        raise InputError(f'{name} has no "text" field: give each article as {{"text": "..."}}')
    if not isinstance(text, str):
        raise InputError(f'the "text" of {name} must be a string, not {type(text).__name__}')
    title = _optional_string(record, "title", name)
    url = _optional_string(record, "url", name)
    when = record.get("published")
    chosen = normalise_published(when, name=name) if when not in (None, "") else published
    return document_from_text(
        text, name=name, published=chosen, url=url, clean=clean, title=title, input_id=input_id
    )


def _optional_string(record: dict[str, Any], key: str, name: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f'the "{key}" of {name} must be a string or null, not {type(value).__name__}')
    return value.strip() or None


def iter_jsonl(
    path: Path, *, clean: bool = True, published: str | None = None
) -> Iterator[tuple[str | None, Document | SitrepError]]:
    """Each line of a JSON Lines file as (input_id, Document) or (input_id, error), in order.

    Blank lines are skipped. input_id is the record's ``id`` or ``"line N"``;
    a file that cannot be opened at all yields one (None, error).
    """
    limit = settings.max_bytes() * JSON_LINE_FACTOR
    try:
        f = path.open("rb")
    except FileNotFoundError:
        yield None, InputError(f"{path} does not exist: check the path")
        return
    except OSError as err:
        yield None, InputError(f"cannot read {path}: {err.strerror or err}")
        return
    with f:
        number = 0
        while True:
            line = f.readline(limit + 1)
            if not line:
                return
            number += 1
            default_id = f"line {number}"
            where = f"line {number} of {path}"
            if len(line) > limit and not line.endswith(b"\n"):
                _skip_rest_of_line(f)
                yield default_id, InputError(
                    f"{where} is over the {human_size(limit)} line limit: "
                    f"raise SITREP_MAX_BYTES or split the article"
                )
                continue
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            yield _jsonl_item(line, where=where, default_id=default_id, clean=clean, published=published)


def _skip_rest_of_line(f: Any) -> None:
    while True:
        chunk = f.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _jsonl_item(
    line: bytes, *, where: str, default_id: str, clean: bool, published: str | None
) -> tuple[str, Document | SitrepError]:
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return default_id, InputError(f"{where} is not UTF-8 text: JSON Lines must be saved as UTF-8")
    except json.JSONDecodeError as err:
        return default_id, InputError(f"{where} is not valid JSON ({err.msg} at column {err.colno})")
    input_id = _record_id(record, default_id) or default_id
    try:
        doc = _document_from_record(
            record, where=where, default_id=default_id, clean=clean, published=published
        )
    except SitrepError as err:
        return input_id, err
    return input_id, doc


def iter_json_file(
    path: Path, *, clean: bool = True, published: str | None = None
) -> Iterator[tuple[str | None, Document | SitrepError]]:
    """A ``.json`` file holding one article object, or a list of them, item by item."""
    try:
        text = decode_bytes(read_limited(path), name=str(path))
        data = json.loads(text)
    except SitrepError as err:
        yield None, err
        return
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        yield None, InputError(f"{path} is not valid JSON ({err.msg} at {where})")
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield None, InputError(f"{path} holds an empty list: give at least one article")
        return
    single = not isinstance(data, list)
    for number, record in enumerate(records, start=1):
        default_id = None if single else f"item {number}"
        where = str(path) if single else f"item {number} of {path}"
        input_id = _record_id(record, default_id)
        try:
            yield input_id, _document_from_record(
                record, where=where, default_id=default_id, clean=clean, published=published
            )
        except SitrepError as err:
            yield input_id, err


def iter_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Files to read: folders expanded recursively to article files, in a stable order.

    A folder yields its ``.txt/.text/.html/.htm/.json/.jsonl`` files, skipping
    hidden ones; a file is yielded whatever its suffix (the user named it);
    a missing path is yielded too, so the caller reports it beside the others.
    """
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found = [
            p for p in path.rglob("*")
            if p.suffix.lower() in SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.is_file()
        ]
        yield from sorted(found, key=lambda p: p.relative_to(path).parts)


def iter_documents(
    paths: Sequence[Path], *, clean: bool = True, published: str | None = None
) -> Iterator[tuple[str, Document | SitrepError]]:
    """(label, Document or error) for every article in the given files and folders, never raising
    for a bad item. The label is the path, with ``:ID`` added for an item of a JSON (Lines) file."""
    for path in iter_paths(paths):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES | JSON_SUFFIXES and path.is_file():
            read = iter_jsonl if suffix in JSONL_SUFFIXES else iter_json_file
            for input_id, item in read(path, clean=clean, published=published):
                yield (f"{path}:{input_id}" if input_id else str(path)), item
            continue
        try:
            yield str(path), document_from_path(path, clean=clean, published=published)
        except SitrepError as err:
            yield str(path), err
