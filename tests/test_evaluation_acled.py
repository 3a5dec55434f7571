"""ACLED loaders (both schemas) and the event-type, actor, location and count scorers."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluation.acled import (
    AcledRecord,
    actor1_country,
    load_acled,
    score_acled_counts,
    score_acled_events,
)
from sitrep.evaluation.paths import dev_data_present
from sitrep.model import Actor, Document, Event, Evidence, Extraction, Place

NOTE = "On 3 May 2021, gunmen killed 4 villagers in Springfield (Alibori)."


def rec(**kw: object) -> AcledRecord:
    base: dict[str, object] = {
        "id": "X1", "schema": "current", "text": NOTE, "date": "2021-05-03",
        "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Benin)", "actor1_country": "BEN", "country": "Benin",
        "lat": 11.0, "lon": 2.5, "fatalities": 4}
    base.update(kw)
    return AcledRecord(**base)  # type: ignore[arg-type]


def perfect(dead: int | None = 4, date: str | None = "2021-05-03") -> Extraction:
    actors = [Actor(id="a1", name="gunmen", kind="group", country="BEN"),
              Actor(id="a2", name="villagers", kind="group", country="BEN")]
    places = [Place(id="p1", name="Springfield", country="BEN", admin1="Alibori", lat=11.05, lon=2.52,
                    feature="city")]
    event = Event(id="e1", type="ASSAULT", mode="firearms", evidence=Evidence(NOTE, 0, len(NOTE)),
                  source=["a1"], target=["a2"], place="p1", date=date, dead=dead, trigger="killed")
    return Extraction(document=Document(text=NOTE), actors=actors, places=places, events=[event])


def empty() -> Extraction:
    return Extraction(document=Document(text=NOTE))


def test_perfect_extraction_scores_one_on_every_event_metric() -> None:
    m = score_acled_events([rec()], [perfect()]).metrics()
    assert m == {"event_type_accuracy": 1.0, "sub_event_accuracy": 1.0, "actor1_country_accuracy": 1.0,
                 "location_25km": 1.0}


def test_empty_extraction_scores_zero_on_every_event_metric() -> None:
    report = score_acled_events([rec()], [empty()])
    assert set(report.metrics().values()) == {0.0}
    assert report.confusions[("Violence against civilians/Attack", "none/None")] == 1


def test_place_beyond_25_km_misses_and_first_place_is_the_fallback() -> None:
    far = perfect()
    far.places[0].lat = 12.0
    assert score_acled_events([rec()], [far]).metric("location_25km") == 0.0
    fallback = perfect()
    fallback.events[0].place = None
    assert score_acled_events([rec()], [fallback]).metric("location_25km") == 1.0


def test_2016_schema_compares_the_old_type_only() -> None:
    report = score_acled_events([rec(schema="2016", sub_event_type=None)], [perfect()])
    assert report.metric("event_type_accuracy") == 1.0
    assert "sub_event_accuracy" not in report.metrics()


def test_counts_exact_deaths_and_date() -> None:
    m = score_acled_counts([rec()], [perfect()]).metrics()
    assert m == {"deaths_exact_max": 1.0, "deaths_exact_sum": 1.0, "acled_fatalities_exact": 1.0,
                 "date_accuracy": 1.0, "acled_fatalities_exact_per_note": 1.0, "deaths_exact_max_per_note": 1.0}


def test_a_note_split_over_records_is_scored_once_against_their_sum() -> None:
    # ACLED divides one note's 4 deaths over two places: neither record alone can be read from the text
    halves = [rec(id="X1", fatalities=2), rec(id="X2", fatalities=2)]
    m = score_acled_counts(halves, [perfect(dead=4), perfect(dead=4)]).metrics()
    assert m["acled_fatalities_exact"] == 0.0
    assert m["acled_fatalities_exact_per_note"] == 1.0
    assert m["deaths_exact_max_per_note"] == 1.0


def test_counts_flag_invented_deaths_on_a_record_without_fatalities() -> None:
    report = score_acled_counts([rec(fatalities=0)], [perfect(dead=2)])
    assert report.metric("no_invented_deaths") == 0.0
    assert report.ratio("deaths_exact_max").total == 0


def test_counts_of_an_empty_extraction_are_zero_but_invent_nothing() -> None:
    m = score_acled_counts([rec(), rec(fatalities=0)], [empty(), empty()]).metrics()
    assert m["deaths_exact_max"] == 0.0 and m["date_accuracy"] == 0.0
    assert m["no_invented_deaths"] == 1.0


def test_max_and_sum_of_deaths_differ_when_two_events_repeat_a_toll() -> None:
    x = perfect()
    second = Event(id="e2", type="ASSAULT", evidence=Evidence(NOTE, 0, 10), dead=4)
    x.events.append(second)
    m = score_acled_counts([rec()], [x]).metrics()
    assert m["deaths_exact_max"] == 1.0 and m["deaths_exact_sum"] == 0.0


@pytest.mark.parametrize(("actor1", "country", "expected"), [
    ("Rioters (Benin)", "Benin", "BEN"),
    ("Military Forces of Benin (2016-)", "Benin", "BEN"),
    ("Police Forces of Nigeria (2015-) Nigeria Customs Service", "Benin", "NGA"),
    ("Military Forces of Democratic Republic of Congo (2001-)", "Democratic Republic of Congo", "COD"),
    ("AMISOM: African Union Mission in Somalia (2007-) (Ethiopia)", "Somalia", "ETH"),
    ("JNIM: Group for Support of Islam and Muslims", "Benin", None),
    ("Unidentified Armed Group (International)", "Libya", None),
])
def test_actor1_country_rule(actor1: str, country: str, expected: str | None) -> None:
    assert actor1_country(actor1, country) == expected


def test_loader_strips_acled_label_prefix_and_reads_long_dates(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,latitude,longitude,notes,fatalities\n"
        'XYZ1,06 August 2022,Strategic developments,Looting/property destruction,Rioters (Benin),Benin,'
        '11.1,2.2,"Property destruction: On 6 August 2022, a crowd burned a shop.",0\n'
        "XYZ2,07 August 2022,Riots,Mob violence,Rioters (Benin),Benin,NA,NA,,0\n", encoding="utf-8")
    records = load_acled("benin", path)
    assert len(records) == 1
    assert records[0].text.startswith("On 6 August 2022")
    assert records[0].date == "2022-08-06" and records[0].actor1_country == "BEN"


@pytest.mark.shared
def test_real_acled_files_load_with_their_schemas() -> None:
    if not dev_data_present():
        pytest.skip("../shared is absent: the ACLED files live in ../shared/dev")
    benin, old = load_acled("benin"), load_acled("africa2016")
    assert len(benin) == 811 and len(old) == 500
    assert all(r.sub_event_type for r in benin) and all(r.sub_event_type is None for r in old)
    assert {r.date[:4] for r in old} == {"2016"}
    assert sum(1 for r in benin if r.actor1_country == "BEN") > 700
