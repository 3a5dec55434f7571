"""Towns the tagger takes for firms or people: a town under another spelling of its own name, a town
that names a work or site ("the X refinery", "the highway at X") in the story's country, and several
towns the tagger joined into one name, and a name whose hyphened article the tagger left out ("Deir ez-Zor").

Sentences written for these tests; the index holds the bundled countries plus the towns below. They
load the spaCy model, so they are marked slow.
"""

from __future__ import annotations

from typing import Any

import pytest

from places_helpers import index_with_towns, places_pipeline, toponyms
from sitrep.nlp.places import _spelling_of

pytestmark = pytest.mark.slow

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, admin1, population
TOWNS = [
    (789128, "Pancevo", "Pancevo", "Pančevo", 44.87, 20.64, "P", "PPL", "RS", "00", 76_654),
    (2649553, "Ford", "Ford", "", 55.63, -1.97, "P", "PPL", "GB", "ENG", 2_000),
    (3688186, "Aguachica", "Aguachica", "", 8.31, -73.62, "P", "PPL", "CO", "10", 97_525),
    (1221124, "Obigarm", "Obigarm", "", 38.72, 69.71, "P", "PPL", "TJ", "02", 7_400),
    (1221259, "Darband", "Darband", "", 38.87, 69.97, "P", "PPL", "TJ", "02", 1_115),
    (170794, "Deir ez-Zor", "Deir ez-Zor", "Dayr az Zawr", 35.34, 40.14, "P", "PPLA", "SY", "07", 271_800),
]


@pytest.fixture(scope="module")
def nlp(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return places_pipeline(index_with_towns(tmp_path_factory.mktemp("works"), TOWNS))


def test_places_another_spelling_of_a_towns_own_name_counts_as_its_name() -> None:
    assert _spelling_of("Hargeisa", "Hargeysa") and _spelling_of("Mayadin", "Al Mayādīn")
    assert _spelling_of("Kiryat Shmona", "Qiryat Shmona")
    assert not _spelling_of("Hamas", "Hamm")  # an old name of a town, not a spelling of its own
    assert not _spelling_of("Redeyef", "Ar Rudayyif")


def test_places_the_town_a_plant_is_named_after_is_a_place_in_the_story_country(nlp: Any) -> None:
    found = toponyms(nlp, "Serbia's energy minister said the government had ordered the Pancevo "
                          "petrochemical plant to cut output.")
    assert "Pancevo" in found and found["Pancevo"].country == "SRB"


def test_places_a_plant_named_for_a_town_abroad_stays_a_company(nlp: Any) -> None:
    found = toponyms(nlp, "American workers at the Ford assembly plant in Ohio voted to strike, the union said.")
    assert "Ford" not in found


def test_places_a_town_after_a_road_and_at_is_a_place(nlp: Any) -> None:
    found = toponyms(nlp, "In Colombia, dozens more farmers blocked the Caribbean trunk road at Aguachica "
                          "on Tuesday.")
    assert "Aguachica" in found and found["Aguachica"].country == "COL"


def test_places_two_towns_the_tagger_joined_are_split(nlp: Any) -> None:
    found = toponyms(nlp, "Mudflows blocked the road in Tajikistan in at least five places between "
                          "Obigarm and Darband, officials said.")
    assert {"Obigarm", "Darband"} <= set(found)


def test_places_a_name_with_a_hyphened_article_is_found_whole(nlp: Any) -> None:
    found = toponyms(nlp, "Fighters fled Deir ez-Zor on Tuesday as clashes spread along the river.")
    assert "Deir ez-Zor" in found and found["Deir ez-Zor"].country == "SYR"
