"""The accuracy gate: figures on fixed samples of the dev data may not fall below their floors.

Floors live in tests/accuracy_baseline.json and may only rise: when a change
lifts a figure, raise its floor (measured value minus 0.02, rounded down to
two decimals) in the same change. Samples are the first N records of each
file (``SAMPLES``), small enough for the whole gate to run in about a minute.
The "golden" section is checked by the golden-article test, not here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sitrep.evaluation import (
    Report,
    dev_data_present,
    extract_all,
    load_acled,
    load_case2021,
    load_plover_gsr,
    load_polnear,
    score_acled_counts,
    score_acled_events,
    score_case2021,
    score_plover_gsr,
    score_polnear,
)
from sitrep.evaluation.acled import acled_documents
from sitrep.evaluation.case2021 import case_documents
from sitrep.evaluation.plover_gsr import gsr_documents
from sitrep.evaluation.polnear import polnear_documents
from sitrep.evaluation.runner import ExtractorLike

pytestmark = [pytest.mark.slow, pytest.mark.shared]

BASELINE = Path(__file__).with_name("accuracy_baseline.json")
SAMPLES = {"plover_gsr": 120, "acled_benin": 150, "acled_africa2016": 150, "case2021": 150, "polnear": 30}
GATED = tuple(SAMPLES)


def _floors() -> dict[str, dict[str, float]]:
    data = json.loads(BASELINE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def extractor() -> ExtractorLike:
    if not dev_data_present():
        pytest.skip("../shared is absent: the accuracy gate runs on ../shared/dev")
    from sitrep.nlp.extract import Extractor

    return Extractor()


def _evaluate(section: str, ex: ExtractorLike) -> Report:
    n = SAMPLES[section]
    if section == "plover_gsr":
        gsr = load_plover_gsr(limit=n)
        return score_plover_gsr(gsr, extract_all(ex, gsr_documents(gsr)))
    if section in ("acled_benin", "acled_africa2016"):
        acled = load_acled("benin" if section == "acled_benin" else "africa2016", limit=n)
        xs = extract_all(ex, acled_documents(acled))
        report = score_acled_events(acled, xs)
        counts = score_acled_counts(acled, xs)
        report.ratios.update(counts.ratios)
        return report
    if section == "case2021":
        case = load_case2021(limit=n)
        return score_case2021(case, extract_all(ex, case_documents(case)))
    articles = load_polnear(limit=n)
    return score_polnear(articles, extract_all(ex, polnear_documents(articles)))


@pytest.fixture(scope="module")
def reports(extractor: ExtractorLike) -> Callable[[str], Report]:
    cache: dict[str, Report] = {}

    def get(section: str) -> Report:
        if section not in cache:
            cache[section] = _evaluate(section, extractor)
        return cache[section]

    return get


def test_baseline_lists_floors_only_for_known_sections_and_metrics() -> None:
    floors = _floors()
    assert set(GATED) <= set(floors), f"accuracy_baseline.json lacks sections {set(GATED) - set(floors)}"
    for section in GATED:
        for metric, floor in floors[section].items():
            assert 0.0 <= floor <= 1.0, f"{section}.{metric} floor {floor} is not a ratio"


@pytest.mark.parametrize("section", GATED)
def test_accuracy_stays_at_or_above_its_floor(section: str, reports: Callable[[str], Report]) -> None:
    report = reports(section)
    measured = report.metrics()
    below = [f"{section}.{metric} = {measured.get(metric, 0.0):.3f} is below its floor {floor:.2f}"
             for metric, floor in _floors()[section].items() if measured.get(metric, 0.0) < floor]
    assert not below, "; ".join(below) + "\n" + report.table()
