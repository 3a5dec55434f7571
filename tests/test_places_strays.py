"""A town abroad that nothing else in a story firmly about another country points to is a namesake of a
local place the gazetteer lacks, not a place of the story, and gives no one its country.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow

STORY = ("PORT HARCOURT, Nigeria (Reuters) - Nigerian troops raided fishing settlements around Bodo in Rivers "
         "State on Tuesday after a pipeline blast, a community leader in Bodo, Saturday Deebom, said. The army "
         "said it had detained 17 men in Bonny and Port Harcourt. Officials in Abuja said oil output in Rivers "
         "State had fallen by a third.")


def test_a_small_town_abroad_with_no_support_is_no_place_of_the_story(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, STORY)
    assert {p.country for p in x.places if p.lat is not None} <= {"NGA", None}


def test_a_stray_namesake_gives_no_one_a_foreign_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, STORY)
    assert all(a.country in ("NGA", None) for a in x.actors)


def test_a_town_abroad_whose_name_no_other_town_bears_stays_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORT SUDAN, Sudan (Reuters) - Sudan's army chief will fly to Sharm el-Sheikh on Tuesday for "
                       "talks, officials in Port Sudan said on Monday. Fighting went on around Omdurman, Khartoum and "
                       "El Obeid.")
    assert any(p.name == "Sharm el-Sheikh" and p.country == "EGY" and p.lat is not None for p in x.places)


FEATURES = ("MOMBASA, Kenya (Reuters) - Gunmen attacked a bus near Witu on Tuesday, police in Lamu said. Interior "
            "Minister Peter Kamau said troops had begun an operation in the Boni forest, where he said the gunmen "
            "had fled. Officials in Nairobi and Malindi said the road to Garissa would stay closed. In Kogi, voters "
            "in Ogori-Magongo and Okene queued for hours.")


def test_a_name_written_as_a_forest_or_an_oilfield_is_no_town_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, FEATURES)
    assert not any(p.name == "Boni" and p.lat is not None and p.country != "KEN" for p in x.places)


def test_half_of_a_hyphenated_name_is_no_town_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, FEATURES)
    assert not any(p.name == "Ogori" and p.country not in (None, "NGA") for p in x.places)


@pytest.mark.parametrize("text", [
    "DJIBOUTI (Reuters) - Pirates released the bulk carrier on Monday, officials said.",
    "NAIROBI (Reuters) - The regional bloc offered to convene a meeting of foreign ministers in Djibouti next week.",
])
def test_a_country_named_like_its_capital_is_placed_at_the_city(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    place = next(p for p in x.places if p.name.lower() == "djibouti")
    assert place.lat is not None and abs(place.lat - 11.59) < 0.1 and abs(place.lon - 43.15) < 0.1


def test_the_first_word_of_a_longer_name_is_no_place_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NOUMEA, New Caledonia (AFP) - Rioters blocked the road to La Tontouta international "
                       "airport on Tuesday, the High Commission said.")
    assert "USA" not in {p.country for p in x.places}
    assert "La" not in {p.name for p in x.places}
