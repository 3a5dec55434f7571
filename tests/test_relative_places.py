"""Places the gazetteer lacks are put where the text says they lie ("X, 20 km north of Y")."""

from __future__ import annotations

import pytest

from sitrep.nlp.extensions import Toponym
from sitrep.nlp.relative_places import great_circle_km, offset_point, place_relatively, relation_after


def _after(text: str, name: str, *, bare_in: bool = False):  # type: ignore[no-untyped-def]
    return relation_after(text, text.index(name) + len(name), bare_in=bare_in)


def test_a_degree_of_latitude_north_is_about_111_km() -> None:
    lat, lon = offset_point(0.0, 10.0, 111.195, 0.0)
    assert lat == pytest.approx(1.0, abs=1e-3) and lon == pytest.approx(10.0)


def test_an_offset_point_lies_the_stated_distance_from_its_anchor() -> None:
    lat, lon = offset_point(14.2, 1.45, 60.0, 315.0)
    assert great_circle_km(14.2, 1.45, lat, lon) == pytest.approx(60.0, abs=0.1)
    assert lat > 14.2 and lon < 1.45


def test_compass_points_are_read_however_they_are_written() -> None:
    for written in ("north-east", "northeast", "north east", "NE"):
        relation = _after(f"Tessit, 12 km {written} of Ansongo", "Tessit")
        assert relation is not None and relation.bearing == 45.0 and relation.km == 12.0


def test_miles_are_turned_into_kilometres_and_the_bracketed_conversion_is_skipped() -> None:
    relation = _after("Tessit, some 20 miles (32 km) south of Ansongo", "Tessit")
    assert relation is not None and relation.km == pytest.approx(32.19, abs=0.01) and relation.bearing == 180.0


def test_a_lower_case_letter_is_no_compass_point() -> None:
    assert _after("Tessit, 12 km e of Ansongo", "Tessit") is None


def test_a_distance_without_a_direction_is_the_anchor_with_the_distance_as_uncertainty() -> None:
    relation = _after("Inates, about 25 kilometres from Ayorou", "Inates")
    assert relation is not None and relation.bearing is None and relation.km == 0.0
    assert relation.uncertainty_km == 25.0


def test_near_and_a_village_in_an_area_locate_a_name() -> None:
    near = _after("Bunagana, near Kisoro", "Bunagana")
    area = _after("Kyangwali, a settlement in Hoima district", "Kyangwali")
    assert near is not None and near.bearing is None and not near.area
    assert area is not None and area.area


def test_in_an_area_without_an_apposition_locates_only_a_recognised_place() -> None:
    assert _after("Kyangwali in Hoima district", "Kyangwali") is None
    assert _after("Kyangwali in Hoima district", "Kyangwali", bare_in=True) is not None


TEXT = "Gunmen raided Dalwa, 30 km west of Mopti, and then Dalwa again."


def _top(name: str, lat: float | None, lon: float | None, *, nth: int = 0, feature: str = "city") -> Toponym:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(name, start + 1)
    return Toponym(start, start + len(name), name, name, "MLI" if lat is not None else None, None, lat, lon,
                   feature if lat is not None else "other", 1 if lat is not None else None)


def test_every_mention_of_an_unplaced_name_takes_the_point_the_text_gives() -> None:
    anchor = _top("Mopti", 14.49, -4.19)
    first, second = _top("Dalwa", None, None), _top("Dalwa", None, None, nth=1)
    placed = place_relatively(TEXT, [first, anchor, second])
    expected = offset_point(14.49, -4.19, 30.0, 270.0)
    for top in (placed[0], placed[2]):
        assert (top.lat, top.lon) == expected
        assert top.located_by == "Mopti" and top.country == "MLI" and top.geonameid is None


def test_a_far_namesake_gives_way_to_the_text_but_a_near_entry_is_kept() -> None:
    anchor = _top("Mopti", 14.49, -4.19)
    far = place_relatively(TEXT, [_top("Dalwa", 11.8, 13.1), anchor])[0]
    near = place_relatively(TEXT, [_top("Dalwa", 14.50, -4.45), anchor])[0]
    assert far.located_by == "Mopti" and far.lat == pytest.approx(14.49, abs=0.01)
    assert near.located_by is None and near.lon == -4.45


def test_no_point_is_invented_without_an_anchor_in_the_text() -> None:
    text = "Gunmen raided Dalwa on Sunday."
    top = Toponym(14, 19, "Dalwa", "Dalwa", None, None, None, None, "other", None)
    assert place_relatively(text, [top])[0].lat is None


@pytest.mark.slow
def test_an_unknown_village_is_placed_by_distance_and_bearing_from_a_known_town(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    x = extractor.extract(Document(text="Militants attacked the army post at Inates, about 60 kilometres (37 miles) "
                                        "north-west of Ayorou, on Thursday, the defence ministry said.",
                                   published="2028-03-01"))
    village = next(p for p in x.places if p.name == "Inates")
    town = next(p for p in x.places if p.name == "Ayorou")
    assert village.estimated and village.located_by == "Ayorou" and village.country == "NER"
    assert village.lat is not None and village.lon is not None and town.lat is not None and town.lon is not None
    assert great_circle_km(town.lat, town.lon, village.lat, village.lon) == pytest.approx(60.0, abs=1.0)
    assert village.lat > town.lat and village.lon < town.lon
    assert x.to_dict()["places"][0]["uncertainty_km"] is not None


@pytest.mark.slow
def test_an_unknown_place_near_a_town_or_in_a_district_takes_that_point(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    x = extractor.extract(Document(text="Refugees crossed at Bunagana, near Kisoro, on Monday. Others reached "
                                        "Kyangwali, a settlement in Hoima district, on Friday.",
                                   published="2028-03-01"))
    by_name = {p.name: p for p in x.places}
    assert by_name["Bunagana"].located_by == "Kisoro"
    assert (by_name["Bunagana"].lat, by_name["Bunagana"].lon) == (by_name["Kisoro"].lat, by_name["Kisoro"].lon)
    assert by_name["Kyangwali"].located_by == "Hoima" and by_name["Kyangwali"].lat is not None


@pytest.mark.slow
def test_an_unknown_place_the_text_does_not_locate_gets_no_coordinates(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    x = extractor.extract(Document(text="Aid workers reached the village of Chiwanda on Friday, officials said.",
                                   published="2028-03-01"))
    assert all(p.lat is None and not p.estimated for p in x.places if p.name == "Chiwanda")
