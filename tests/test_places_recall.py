"""Place names the places stage used to lose: country names that double as adjectives, names whose
"The" is their own, Arabic articles in lower case, hyphenated regions NER left untagged, and
villages just across a border from the story.

Sentences written for these tests; the index holds the bundled countries and features plus the few
towns below (a country's entry needs a town of its own). They load the spaCy model, so they are marked slow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from places_helpers import index_with_towns, places_pipeline, toponyms
from sitrep.gazetteer import Gazetteer, build_index
from sitrep.nlp.places import _demonym

pytestmark = pytest.mark.slow

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, admin1, population
TOWNS = [
    (2747373, "The Hague", "The Hague", "Den Haag,'s-Gravenhage,Hague", 52.08, 4.30, "P", "PPLG", "NL", "11",
     474_292),
    (174448, "Al Bab", "Al Bab", "al-Bab,Bab", 36.37, 37.52, "P", "PPL", "SY", "09", 130_745),
    (170063, "Aleppo", "Aleppo", "Halab", 36.20, 37.16, "P", "PPLA", "SY", "09", 1_602_264),
    (3619194, "El Espino", "El Espino", "", 13.48, -86.78, "P", "PPL", "NI", "06", 1_900),
    (3613528, "Choluteca", "Choluteca", "", 13.30, -87.19, "P", "PPLA", "HN", "06", 75_872),
    (3601690, "San Marcos de Colon", "San Marcos de Colon", "San Marcos de Colón", 13.43, -86.80, "P", "PPL",
     "HN", "06", 10_000),
]


@pytest.fixture(scope="module")
def nlp(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return places_pipeline(index_with_towns(tmp_path_factory.mktemp("recall"), TOWNS))


def test_places_a_country_named_like_its_adjective_is_no_nationality(tmp_path: Path) -> None:
    index = tmp_path / "gazetteer-v1.sqlite"
    build_index(index, bundled_places=False)
    with Gazetteer.open(index) as gaz:
        assert gaz.demonym("Eswatini") == "SWZ"  # "Eswatini police": the table lists it as an adjective
        assert _demonym(gaz, "Eswatini") is None  # ...but as a name it is the country, a place
        assert _demonym(gaz, "Swazi") == "SWZ"


def test_places_a_plural_country_name_is_not_read_as_a_nationality(nlp: Any) -> None:
    found = toponyms(nlp, "Vietnam, the Philippines and Malaysia all claim parts of the reef.")
    assert "Philippines" in found and found["Philippines"].country == "PHL"


def test_places_the_hague_keeps_the_article_of_its_name(nlp: Any) -> None:
    found = toponyms(nlp, "The two governments agreed to take the dispute to the court in The Hague.")
    assert "The Hague" in found and found["The Hague"].country == "NLD"


def test_places_a_town_after_a_lower_case_arabic_article_is_a_place(nlp: Any) -> None:
    found = toponyms(nlp, "Turkish troops will leave their bases near the northern Syrian town of al-Bab "
                          "within a year, officials in Aleppo said.")
    assert "al-Bab" in found and found["al-Bab"].country == "SYR" and found["al-Bab"].lat is not None


def test_places_an_untagged_hyphenated_region_is_found(nlp: Any) -> None:
    found = toponyms(nlp, "Armenia and Azerbaijan fought two wars over the Nagorno-Karabakh region.")
    assert "Nagorno-Karabakh" in found and found["Nagorno-Karabakh"].lat is not None


def test_places_a_village_across_the_border_from_the_story_keeps_its_point(nlp: Any) -> None:
    text = ("Honduras said on Tuesday that police had closed the roads around Choluteca and San Marcos de Colon "
            "in southern Honduras. Honduras' army said a patrol crossed from Honduras toward the border village "
            "of El Espino. Honduras has asked the United Nations to intervene.")
    found = toponyms(nlp, text)
    assert found["El Espino"].country == "NIC" and found["El Espino"].lat is not None
