"""Armed groups known by name carry the country they fight in, and a port a ship leaves is a place; texts written
for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Arakan Army said on Monday it had captured a police post.", "Arakan Army", "MMR"),
    ("The Balochistan Liberation Army claimed the attack on the train.", "Balochistan Liberation Army", "PAK"),
    ("Fighters of the Syrian Democratic Forces withdrew from the dam.", "Syrian Democratic Forces", "SYR"),
])
def test_a_named_armed_group_is_of_the_country_it_fights_in(extractor, text: str, name: str,  # type: ignore[no-untyped-def]
                                                           country: str) -> None:
    x = run(extractor, text)
    group = next(a for a in x.actors if a.name.endswith(name))
    assert (group.country, group.sector) == (country, "REB")


def test_a_city_a_ship_is_due_to_leave_is_a_place_whatever_the_tagger_says(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A second ship is due to leave Vladivostok later this week.")
    assert any(p.name == "Vladivostok" and p.country == "RUS" for p in x.places)
    assert not any(a.name == "Vladivostok" for a in x.actors)
