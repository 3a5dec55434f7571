"""PLOVER GSR loader and scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.evaluation.paths import dev_data_present
from sitrep.evaluation.plover_gsr import GsrRecord, load_plover_gsr, pick_event, score_plover_gsr
from sitrep.model import PLOVER_TYPES, Actor, Document, Event, Evidence, Extraction

SENTENCE = "French troops shelled rebel positions near Aleppo on Monday."


def record(etype: str = "ASSAULT", src: tuple[str, ...] = ("FRA",), tgt: tuple[str, ...] = ("SYR",),
           event_text: str = "shelled") -> GsrRecord:
    return GsrRecord(id="R1", text=SENTENCE, date="2000-01-01", type=etype, original_type=etype,
                     event_text=event_text, source_codes=src, target_codes=tgt, mode=None, context=())


def extraction(events: list[Event], actors: list[Actor] | None = None) -> Extraction:
    return Extraction(document=Document(text=SENTENCE), actors=actors or [], events=events)


def ev(etype: str, trigger: str, start: int, source: list[str] | None = None,
       target: list[str] | None = None) -> Event:
    return Event(id=f"e{start}", type=etype, evidence=Evidence(SENTENCE, start, start + 10), trigger=trigger,
                 source=source or [], target=target or [])


ACTORS = [Actor(id="a1", name="France", kind="country", country="FRA"),
          Actor(id="a2", name="rebels", kind="group", country="SYR")]


def test_perfect_prediction_scores_one() -> None:
    x = extraction([ev("ASSAULT", "shelled", 14, ["a1"], ["a2"])], ACTORS)
    m = score_plover_gsr([record()], [x]).metrics()
    assert m["type_accuracy"] == m["source_country_accuracy"] == m["target_country_accuracy"] == 1.0


def test_empty_prediction_scores_zero_and_is_counted_as_none() -> None:
    report = score_plover_gsr([record()], [extraction([])])
    m = report.metrics()
    assert m["type_accuracy"] == m["source_country_accuracy"] == m["target_country_accuracy"] == 0.0
    assert report.confusions[("ASSAULT", "none")] == 1


def test_non_country_gold_codes_are_not_scored_for_actors() -> None:
    report = score_plover_gsr([record(src=("IGO",), tgt=("---",))], [extraction([])])
    assert report.ratio("source_country_accuracy").total == 0
    assert report.ratio("target_country_accuracy").total == 0


def test_any_predicted_source_country_matching_any_gold_code_counts() -> None:
    x = extraction([ev("ASSAULT", "shelled", 14, ["a2", "a1"], [])], ACTORS)
    m = score_plover_gsr([record(src=("GBR", "FRA"))], [x]).metrics()
    assert m["source_country_accuracy"] == 1.0
    assert m["target_country_accuracy"] == 0.0


def test_event_matching_the_gold_trigger_is_preferred_over_the_first() -> None:
    first = ev("CONSULT", "met", 0)
    second = ev("ASSAULT", "shelling", 14)
    assert pick_event([first, second], "shelled") is second
    assert pick_event([second, first], "announced") is first  # nothing overlaps: first in the text
    assert pick_event([], "shelled") is None


def test_loader_reads_old_types_as_current_ones_and_skips_documentation(tmp_path: Path) -> None:
    data = [{"id": "D", "event": "DOCUMENT", "eventText": "about"},
            {"id": "X1", "event": "FIGHT", "eventText": "fought", "text": "Rebels fought troops in Lyon.",
             "source": [{"actorText": "Rebels", "code": "FRA"}], "target": "", "context": "military, legal"},
            {"id": "X2", "event": "DEMAND", "eventText": "demanded", "text": "Kharkiv demanded aid.",
             "source": [{"actorText": "Kharkiv", "code": "UKR"}], "target": [{"code": "JAP"}]}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    records = load_plover_gsr(path)
    assert [r.type for r in records] == ["ASSAULT", "REQUEST"]
    assert records[0].target_codes == () and records[0].context == ("military", "legal")
    assert records[1].target_countries == {"JPN"}


@pytest.mark.shared
def test_real_gsr_file_has_322_sentences_in_current_categories() -> None:
    if not dev_data_present():
        pytest.skip("../shared is absent: the PLOVER GSR file lives in ../shared/dev")
    records = load_plover_gsr()
    assert len(records) == 322
    assert {r.type for r in records} <= set(PLOVER_TYPES)
    assert sum(1 for r in records if r.source_countries) > 250
