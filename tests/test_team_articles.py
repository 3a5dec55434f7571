"""The team's own articles, scored by the team's scorer: mean figures may not fall below their floors.

``bench/team_articles/`` holds wire-style articles the team wrote, with
references annotated by hand before sitrep read them, so they measure how the
extractor does on news it was not tuned on. The scoring is
``bench/eval_team_articles.py``'s own (one definition of the figures); the
floors sit under ``team_articles`` in accuracy_baseline.json (measured mean
minus 0.02, rounded down to two decimals) and may only rise.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from bench_scripts import load_bench

ROOT = Path(__file__).resolve().parents[1]
BASELINE = Path(__file__).with_name("accuracy_baseline.json")

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def _bench() -> ModuleType:
    return load_bench("eval_team_articles")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    module = _bench()
    if not module.scorer_present():
        pytest.skip("../shared is absent: the team's scorer lives in ../shared/tools/score_extraction.py")
    return module


def _floors(batch: str = "team_articles") -> dict[str, float]:
    floors: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf-8"))[batch]
    return floors


def test_references_point_into_their_articles() -> None:
    """Evidence and quotes are exact substrings of the article, so the scorer finds the sentence they name."""
    pairs = _bench().article_pairs()
    assert len(pairs) >= 10
    for text, ref in pairs:
        article = text.read_text(encoding="utf-8")
        gold = json.loads(ref.read_text(encoding="utf-8"))
        speakers = {a["name"] for a in gold["actors"]}
        for event in gold["events"]:
            assert event["evidence"].split("...")[0].strip() in article, f"{ref.name} {event['id']}"
        for quote in gold["quotes"]:
            assert quote["text"] in article and quote["speaker"] in speakers, f"{ref.name} {quote['text'][:40]}"


PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def test_references_name_only_plovers_sixteen_categories() -> None:
    """A reference event typed with a mode ("RESTRICT") or a made-up label could never be matched, and would
    count as a miss that no extractor can fix."""
    for _, ref in _bench().article_pairs():
        gold = json.loads(ref.read_text(encoding="utf-8"))
        for event in gold["events"]:
            assert event["types"] and set(event["types"]) <= PLOVER_TYPES, f"{ref.name} {event['id']} {event['types']}"


def test_floors_cover_exactly_the_reported_metrics(bench: ModuleType) -> None:
    for batch in bench.BATCHES:
        floors = _floors(batch)
        assert set(floors) == set(bench.METRICS)
        assert all(0.0 <= floor <= 1.0 for floor in floors.values())


def test_team_articles_mean_scores_at_or_above_their_floors(bench: ModuleType, extractor) -> None:  # type: ignore[no-untyped-def]
    """Each batch keeps its own floors: a batch that arrived unseen stays a measure of unseen news."""
    scored = bench.evaluate(extractor)
    below = []
    for batch in bench.BATCHES:
        measured = bench.means(bench.batch_of(scored, batch))
        below += [f"{batch} {metric} = {measured[metric]:.3f} is below its floor {floor:.2f}"
                  for metric, floor in _floors(batch).items() if measured[metric] < floor]
    assert not below, "; ".join(below) + "\n" + bench.table(scored)
