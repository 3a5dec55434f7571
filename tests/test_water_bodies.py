"""Seas, gulfs, straits and rivers that maritime and border reports name are on the map, though GeoNames'
populated places do not hold them; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("Coast guards seized a trawler in the Gulf of Paria on Sunday.", "Gulf of Paria", 10.4, -62.0),
    ("Freight trains crossed the bridge over the Tumen River on Monday.", "Tumen River", 42.4, 130.6),
    ("Workers walked off three platforms in the Barents Sea.", "Barents Sea", 73.0, 35.0),
])
def test_a_named_water_body_is_placed_at_its_middle(extractor, text: str, name: str,  # type: ignore[no-untyped-def]
                                                    lat: float, lon: float) -> None:
    x = run(extractor, text)
    place = next(p for p in x.places if p.name == name)
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 1 and abs(place.lon - lon) < 1


def test_a_lake_or_mountain_the_tagger_calls_a_person_is_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LILONGWE, Malawi — Tanzania seized 12 Malawian fishing boats on Lake Malawi on Monday. "
                       "Tourists climbed Mount Mulanje.")
    assert not any(a.name.startswith(("Lake", "Mount")) for a in x.actors)
