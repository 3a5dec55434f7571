"""``sitrep gazetteer`` through Typer's test runner, on a tiny index built from a written dump."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli_gazetteer import app
from test_gazetteer import PLACES, build_tiny_index, dump_line

runner = CliRunner()


def test_lookup_prints_candidates_as_json_chosen_first(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    result = runner.invoke(app, ["lookup", "Springfield", "--index", str(index), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["admin1"] for r in rows] == ["Missouri", "Illinois"]
    assert rows[0]["feature"] == "city"


def test_lookup_prints_a_table(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    result = runner.invoke(app, ["lookup", "Kharkov", "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "Kharkiv" in result.output and "UKR" in result.output


def test_lookup_of_an_unknown_name_exits_non_zero(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    result = runner.invoke(app, ["lookup", "Nowhereville", "--index", str(index)])
    assert result.exit_code == 1
    assert "no place named" in result.output


def test_import_reports_how_many_places_were_added(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    dump = tmp_path / "UA.txt"
    dump.write_text(dump_line((700001, "Pisochyn", "Pisochyn", "", 49.96, 36.09, "P", "PPL", "UA", "07", 0))
                    + "\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(dump), "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "imported 1 places" in result.output


def test_import_of_a_malformed_file_is_one_line_and_non_zero(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text(dump_line(PLACES[0]) + "\nname only\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(bad), "--index", str(index)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "line 2" in lines[0]


def test_import_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    result = runner.invoke(app, ["import", str(tmp_path / "nope.txt"), "--index", str(index)])
    assert result.exit_code != 0
    assert "no such file" in result.output


def test_lookup_with_a_missing_index_says_how_to_build(tmp_path: Path) -> None:
    result = runner.invoke(app, ["lookup", "Paris", "--index", str(tmp_path / "none.sqlite")])
    assert result.exit_code != 0
    assert "sitrep gazetteer build" in result.output
