"""Span arithmetic, ratios and reports shared by all evaluations."""

from __future__ import annotations

import pytest

from sitrep.errors import SitrepError
from sitrep.evaluation.countries import iso3
from sitrep.evaluation.paths import DevDataMissingError, dev_path
from sitrep.evaluation.runner import extract_all
from sitrep.evaluation.scoring import Ratio, Report, covered, f1, haversine_km, overlap
from sitrep.model import Document, Extraction


def test_overlap_counts_shared_characters_of_half_open_spans() -> None:
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 9)) == 0


def test_covered_measures_share_of_discontinuous_gold() -> None:
    assert covered((0, 10), [(0, 10), (20, 30)]) == 0.5
    assert covered((0, 100), [(0, 10), (20, 30)]) == 1.0
    assert covered((0, 10), []) == 0.0


def test_empty_ratio_is_zero_so_it_never_passes_a_floor() -> None:
    assert Ratio().value == 0.0
    r = Ratio()
    r.add(True)
    r.add(False)
    assert (r.hits, r.total, r.value) == (1, 2, 0.5)


def test_f1_of_zero_precision_and_recall_is_zero() -> None:
    assert f1(0.0, 0.0) == 0.0
    assert f1(1.0, 0.5) == pytest.approx(2 / 3)


def test_haversine_between_kharkiv_and_lyon_is_about_2300_km() -> None:
    assert 2200 < haversine_km(49.99, 36.23, 45.76, 4.84) < 2400
    assert haversine_km(36.2, 37.16, 36.2, 37.16) == 0.0


def test_report_table_shows_metric_support_and_confusions() -> None:
    report = Report("demo")
    report.ratio("type_accuracy").add(True)
    report.ratio("type_accuracy").add(False)
    report.confusions[("ASSAULT", "COERCE")] += 1
    text = report.table()
    assert "type_accuracy" in text and "(1/2)" in text and "ASSAULT -> COERCE" in text
    assert report.metric("type_accuracy") == 0.5
    with pytest.raises(KeyError, match="no metric"):
        report.metric("missing")


def test_iso3_reads_codes_names_and_legacy_cameo_codes() -> None:
    assert iso3("Benin") == "BEN"
    assert iso3("Democratic Republic of Congo") == "COD"
    assert iso3("JAP") == "JPN"
    assert iso3("USA") == "USA"
    assert iso3("IGO") is None
    assert iso3("---") is None
    assert iso3("") is None


def test_dev_path_names_the_missing_file(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("SITREP_SHARED", str(tmp_path))
    with pytest.raises(DevDataMissingError, match="SITREP_SHARED"):
        dev_path("events_acled", "nope.csv")


class _ShortExtractor:
    def extract_many(self, docs: object, /) -> list[Extraction]:
        return []


def test_extract_all_refuses_an_extractor_that_drops_documents() -> None:
    with pytest.raises(SitrepError, match="one per input"):
        extract_all(_ShortExtractor(), [Document(text="Troops moved into Aleppo.")])
