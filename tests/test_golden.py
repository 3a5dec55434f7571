"""The golden article, scored by the team's scorer against floors that may only rise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

BASELINE = Path(__file__).with_name("accuracy_baseline.json")

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def _score(shared: Path, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_extraction.py"),
         str(shared / "golden" / "seed-article.gold.json"), str(out)],
        capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (p.split("=") for p in last.split()[1:])}


def test_golden_article_scores_at_or_above_baseline(shared_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(shared_dir / "golden" / "seed-article.txt"),
                                 "--published", "2026-01-17", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "golden.json"
    out.write_text(result.stdout, encoding="utf-8")
    scores = _score(shared_dir, out)
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["golden"]
    for metric, floor in floors.items():
        assert scores[metric] >= floor, f"golden {metric}={scores[metric]:.2f} fell below its floor {floor}"


def test_golden_byline_and_publisher_are_not_actors(shared_dir: Path, extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.sources.load import document_from_path

    doc = document_from_path(shared_dir / "golden" / "seed-article.txt")
    x = extractor.extract(doc)
    names = {a.name for a in x.actors}
    assert doc.byline and doc.byline not in names
    assert doc.publisher and doc.publisher not in names
