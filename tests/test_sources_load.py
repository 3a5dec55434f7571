"""The front door: files, folders, JSON and JSON Lines to Documents or one-line errors."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from sitrep.errors import InputError, SitrepError
from sitrep.model import Document, document_id
from sitrep.sources.load import (
    document_from_bytes,
    document_from_path,
    iter_documents,
    iter_json_file,
    iter_jsonl,
    iter_paths,
    normalise_published,
)

ARTICLE = (
    "Ferry service resumes in Aleppo province\r\n"
    "\r\n"
    "ALEPPO, Syria — River ferries returned to service on Saturday after a week of repairs, "
    "the provincial transport office said.\r\n"
    "\r\n"
    "Advertisement\r\n"
    "\r\n"
    "About 3,000 passengers a day used the crossing before it closed, the office added.\r\n"
    "\r\n"
    "By Samir Haddad\r\n"
    "Levant Wire.\r\n"
)
HTML_ARTICLE = (
    "<html><head><title>Tram strike ends in Lyon</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Tram strike ends in Lyon</h1>"
    "<p>LYON — Tram drivers voted on Friday to end a nine-day strike after the operator agreed to hire "
    "more staff, the union said.</p>"
    "<p>Services will run normally from Monday morning, the operator said in a statement.</p>"
    "</article></body></html>"
)
RUSSIAN = (
    "Мэр Харькова заявил в понедельник, что город восстановит подачу электричества к вечеру.\n"
    "Жители пострадавших районов получат временное жильё и горячее питание.\n"
    "Спасатели продолжают разбирать завалы, сообщили в областной администрации.\n"
)


def test_plain_bytes_become_a_clean_document_with_metadata() -> None:
    doc = document_from_bytes(ARTICLE.encode(), name="ferry.txt", published="2024-06-01")
    assert doc.title == "Ferry service resumes in Aleppo province"
    assert doc.dateline == "ALEPPO, Syria"
    assert (doc.byline, doc.publisher) == ("Samir Haddad", "Levant Wire")
    assert doc.removed == ["Advertisement"]
    assert doc.published == "2024-06-01"
    assert doc.text.startswith("ALEPPO, Syria — River ferries")
    assert doc.text.endswith("the office added.")
    assert "\r" not in doc.text
    assert doc.id == document_id(doc.text)


def test_no_clean_keeps_the_text_exactly_as_given_so_offsets_point_into_the_input() -> None:
    doc = document_from_bytes(ARTICLE.encode(), name="ferry.txt", clean=False)
    assert doc.text == ARTICLE
    assert doc.removed == []
    assert doc.title == "Ferry service resumes in Aleppo province"
    start = ARTICLE.index("River ferries")
    assert doc.text[start:start + len("River ferries")] == "River ferries"


def test_no_clean_drops_only_a_utf8_byte_order_mark() -> None:
    doc = document_from_bytes(b"\xef\xbb\xbf" + ARTICLE.encode(), name="bom.txt", clean=False)
    assert doc.text == ARTICLE


def test_html_bytes_are_extracted_and_the_url_kept() -> None:
    doc = document_from_bytes(HTML_ARTICLE.encode(), name="page", url="https://lyon.example/tram")
    assert doc.title == "Tram strike ends in Lyon"
    assert doc.url == "https://lyon.example/tram"
    assert doc.text.startswith("LYON — Tram drivers voted")
    assert "Home" not in doc.text


def test_text_left_empty_by_cleaning_is_refused_with_advice() -> None:
    with pytest.raises(InputError, match=r"no article text left after cleaning.*--no-clean"):
        document_from_bytes(b"Advertisement\n\nShare this article\n", name="ads.txt")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-03-05", "2024-03-05"), ("2024-03-05T23:30:00-05:00", "2024-03-05"),
     ("2024-03-05T08:30:00Z", "2024-03-05"), ("2024-03-05 08:30", "2024-03-05"),
     (" 2024-03-05 ", "2024-03-05"),
     ("", None), (None, None)],
)
def test_published_dates_normalise_to_iso_day(value: str | None, expected: str | None) -> None:
    assert normalise_published(value) == expected


@pytest.mark.parametrize("value", ["05/03/2024", "March 5, 2024", "2024-13-01", "yesterday", 20240305])
def test_published_value_that_is_not_an_iso_date_is_refused(value: object) -> None:
    with pytest.raises(InputError, match="published date"):
        normalise_published(value, name="x.txt")


def test_bad_published_argument_is_refused_for_a_document() -> None:
    with pytest.raises(InputError, match="not an ISO date"):
        document_from_bytes(ARTICLE.encode(), name="ferry.txt", published="5 March")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.txt is empty: give a file with article text"):
        document_from_path(path)


def test_png_file_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(InputError, match="looks like a PNG image, not text"):
        document_from_path(path)


def test_huge_file_is_refused_from_its_size_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(30 * 1024 * 1024)  # sparse: 30 MB that cost nothing to create
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        document_from_path(path)
    assert time.perf_counter() - started < 0.5
    assert "30.0 MB, over the 5.0 MB limit" in str(err.value)
    assert "SITREP_MAX_BYTES" in str(err.value)


def test_limit_is_raised_through_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The river rose again overnight, officials in Lyon said.\n" * 200)
    monkeypatch.setenv("SITREP_MAX_BYTES", "1024")
    with pytest.raises(InputError, match=r"over the 1\.0 KB limit"):
        document_from_path(path)
    monkeypatch.setenv("SITREP_MAX_BYTES", str(1024 * 1024))
    assert document_from_path(path).text.startswith("The river rose again")


def test_missing_file_and_folder_are_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist: check the path"):
        document_from_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        document_from_path(tmp_path)


def test_windows_1251_file_decodes_to_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "kharkiv.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    assert document_from_path(path).text == RUSSIAN.strip()


def test_latin1_file_decodes_accents(tmp_path: Path) -> None:
    text = ("Le préfet du Rhône a ordonné l'évacuation de trois quartiers après la crue.\n\n"
            "Señor García, who runs the café on the quay, said the water reached the counter.")
    path = tmp_path / "lyon.txt"
    path.write_bytes(text.encode("latin-1"))
    assert document_from_path(path).text == text


def test_html_suffix_reads_the_file_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "tram.html"
    path.write_text(HTML_ARTICLE, encoding="utf-8")
    assert document_from_path(path).title == "Tram strike ends in Lyon"


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_bad_lines_are_reported_and_reading_goes_on(tmp_path: Path) -> None:
    good = "The council in Springfield approved the new flood wall on Monday, the mayor said."
    path = _write_jsonl(tmp_path / "feed.jsonl", [
        json.dumps({"id": "a1", "text": good, "published": "2024-02-01T10:00:00Z", "url": "https://x.example/1"}),
        '{"id": "a2", "text": "unterminated',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "title": "No text here"}),
        json.dumps({"text": "   "}),
        json.dumps({"id": "a6", "text": good, "published": "last week"}),
        json.dumps({"text": HTML_ARTICLE, "title": "Given title"}),
    ])
    items = list(iter_jsonl(path, clean=True, published="2023-12-31"))
    ids = [i for i, _ in items]
    assert ids == ["a1", "line 2", "line 4", "7", "line 6", "a6", "line 8"]
    kinds = [type(item).__name__ for _, item in items]
    assert kinds == ["Document", *["InputError"] * 5, "Document"]
    first, last = items[0][1], items[-1][1]
    assert isinstance(first, Document) and isinstance(last, Document)
    assert (first.input_id, first.published, first.url) == ("a1", "2024-02-01", "https://x.example/1")
    assert (last.input_id, last.title, last.published) == ("line 8", "Given title", "2023-12-31")
    assert last.text.startswith("LYON — Tram drivers")
    messages = [str(item) for _, item in items if isinstance(item, SitrepError)]
    assert "line 2 of" in messages[0] and "not valid JSON" in messages[0]
    assert "JSON list, not an object" in messages[1]
    assert 'has no "text" field' in messages[2]
    assert "is empty" in messages[3]
    assert "not an ISO date" in messages[4]


def test_jsonl_no_clean_keeps_each_text_exactly(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "raw.jsonl", [json.dumps({"id": "r1", "text": ARTICLE})])
    [(input_id, doc)] = list(iter_jsonl(path, clean=False, published=None))
    assert input_id == "r1"
    assert isinstance(doc, Document) and doc.text == ARTICLE


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_MAX_BYTES", "500")
    path = _write_jsonl(tmp_path / "big.jsonl", [
        json.dumps({"text": "The storm flattened crops near Lyon. " * 100}),
        json.dumps({"id": "ok", "text": "Flood barriers held in Springfield overnight, officials said."}),
    ])
    items = list(iter_jsonl(path, clean=True, published=None))
    assert isinstance(items[0][1], InputError) and "line limit" in str(items[0][1])
    assert items[1][0] == "ok" and isinstance(items[1][1], Document)


def test_json_file_with_a_list_gives_each_item(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([
        {"id": "x", "text": "Aid convoys reached Aleppo on Sunday, the agency said in a statement."},
        {"text": ""},
    ]), encoding="utf-8")
    items = list(iter_json_file(path, clean=True, published=None))
    assert items[0][0] == "x" and isinstance(items[0][1], Document)
    assert items[1][0] == "item 2" and isinstance(items[1][1], InputError)


def test_json_file_with_one_object_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "Aid convoys reached Aleppo on Sunday.", "url": "https://a.example"}))
    doc = document_from_path(path)
    assert doc.url == "https://a.example"
    assert doc.input_id is None


def _tree(root: Path) -> None:
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "a.txt").write_text("Story A.")
    (root / "b" / "c.HTML").write_text("<p>x</p>")
    (root / "b" / "deep" / "d.jsonl").write_text("")
    (root / "b" / "notes.md").write_text("not an article")
    (root / ".cache" / "e.txt").write_text("hidden")
    (root / "z.json").write_text("{}")


def test_folders_expand_recursively_to_article_files_in_a_stable_order(tmp_path: Path) -> None:
    _tree(tmp_path / "in")
    single = tmp_path / "single.md"
    single.write_text("named explicitly")
    missing = tmp_path / "missing.txt"
    found = list(iter_paths([tmp_path / "in", single, missing]))
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["in/a.txt", "in/b/c.HTML", "in/b/deep/d.jsonl", "in/z.json", "single.md", "missing.txt"]


def test_iter_documents_yields_documents_and_errors_without_raising(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "1-good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "2-empty.txt").write_bytes(b"")
    (folder / "3-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    _write_jsonl(folder / "4-feed.jsonl", [
        json.dumps({"id": "f1", "text": "Ferries resumed service in Lyon on Monday, the port said."}),
        "{broken",
    ])
    results = list(iter_documents([folder, tmp_path / "gone.txt"], clean=True, published="2024-01-02"))
    labels = [Path(label).name for label, _ in results]
    assert labels == ["1-good.txt", "2-empty.txt", "3-image.txt", "4-feed.jsonl:f1", "4-feed.jsonl:line 2",
                      "gone.txt"]
    kinds = [isinstance(item, Document) for _, item in results]
    assert kinds == [True, False, False, True, False, False]
    doc = results[3][1]
    assert isinstance(doc, Document) and doc.input_id == "f1" and doc.published == "2024-01-02"
