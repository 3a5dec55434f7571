"""Armed groups known by name carry the country they fight in, and a port a ship leaves is a place; texts written
for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

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


def test_gunmen_who_crossed_from_a_country_are_of_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen who crossed from Mali attacked a gendarmerie post near Dori on Friday, killing two "
                       "gendarmes, Burkina Faso's army said.")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, attack.source) == {"MLI"}


def test_fighters_from_a_region_of_another_country_are_of_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fighters from Nigeria's Borno state attacked a market near Diffa on Monday, officials in "
                       "Niger said.")
    raid = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, raid.source) == {"NGA"}


def test_asset_freezes_and_travel_bans_imposed_are_sanctions_on_whom_they_hit(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Norway and Iceland on Monday imposed asset freezes and travel bans on three Belarusian "
                       "prison officials.")
    sanction = next(e for e in x.events if e.type == "SANCTION")
    assert countries(x, sanction.source) == {"NOR", "ISL"} and countries(x, sanction.target) == {"BLR"}


def test_smugglers_who_tried_to_cross_from_a_country_are_of_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Algerian border guards shot dead four armed smugglers who tried to cross from Morocco "
                       "near Maghnia on Sunday.")
    shooting = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, shooting.target) == {"MAR"}


def test_a_mine_run_by_another_countrys_firm_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Villagers in Zambia accused the Chinese-run mine of poisoning the river.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.target) == {"CHN"}


def test_a_crew_most_of_whom_the_text_names_by_nationality_has_that_nationality(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police in Benin said they had arrested the trawler's 14 crew members, nine of them "
                       "Ghanaians, and its captain.")
    crew = next(a for a in x.actors if "crew" in a.name)
    assert crew.country == "GHA"
