"""CASE 2021 loader and scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.evaluation.case2021 import LABELS, NON_ACLED, CaseRecord, load_case2021, score_case2021
from sitrep.evaluation.paths import dev_data_present
from sitrep.model import Document, Event, Evidence, Extraction

TEXT = "Warplanes struck a market in Aleppo, killing six civilians."


def x(*events: Event) -> Extraction:
    return Extraction(document=Document(text=TEXT), events=list(events))


def ev(etype: str, mode: str | None = None) -> Event:
    return Event(id="e1", type=etype, mode=mode, evidence=Evidence(TEXT, 0, len(TEXT)))


def test_air_strike_prediction_matches_its_label() -> None:
    m = score_case2021([CaseRecord("1", TEXT, "AIR_STRIKE")], [x(ev("ASSAULT", "aerial"))]).metrics()
    assert m["accuracy"] == m["acled_accuracy"] == m["acled_type_accuracy"] == 1.0


def test_empty_prediction_fails_an_acled_label() -> None:
    report = score_case2021([CaseRecord("1", TEXT, "AIR_STRIKE")], [x()])
    assert report.metric("accuracy") == 0.0
    assert report.confusions[("AIR_STRIKE", "none")] == 1


def test_right_type_wrong_sub_type_counts_for_type_accuracy_only() -> None:
    m = score_case2021([CaseRecord("1", TEXT, "AIR_STRIKE")], [x(ev("ASSAULT", "shelling"))]).metrics()
    assert m["acled_accuracy"] == 0.0 and m["acled_type_accuracy"] == 1.0


def test_non_acled_label_is_right_when_nothing_acled_is_coded() -> None:
    records = [CaseRecord("1", TEXT, "NATURAL_DISASTER"), CaseRecord("2", TEXT, "DIPLO")]
    m = score_case2021(records, [x(), x(ev("CONSULT"))]).metrics()
    assert m["accuracy"] == m["non_acled_accuracy"] == 1.0
    assert "acled_accuracy" not in m


def test_non_acled_label_is_wrong_when_violence_is_coded() -> None:
    m = score_case2021([CaseRecord("1", TEXT, "ORG_CRIME")], [x(ev("ASSAULT", "aerial"))]).metrics()
    assert m["accuracy"] == 0.0


def test_other_label_accepts_no_acled_event() -> None:
    assert score_case2021([CaseRecord("1", TEXT, "OTHER")], [x()]).metric("acled_accuracy") == 1.0


def test_loader_refuses_unknown_labels(tmp_path: Path) -> None:
    path = tmp_path / "c.tsv"
    path.write_text("id\tEventSnippet\tSubType\n1\tSomething happened\tBOGUS\n", encoding="utf-8")
    with pytest.raises(InputError, match="BOGUS"):
        load_case2021(path)


@pytest.mark.shared
def test_real_case_file_has_all_labels_known() -> None:
    if not dev_data_present():
        pytest.skip("../shared is absent: the CASE 2021 file lives in ../shared/dev")
    records = load_case2021()
    assert len(records) == 1019
    assert {r.label for r in records} == set(LABELS) | NON_ACLED
