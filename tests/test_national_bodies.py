"""A state body a report names by its head alone ("the navy", "the foreign ministry") is shown with its
nation ("Venezuelan navy"), keeps the words as written among its aliases, and is one actor however many
times the report takes it up; a regional body keeps its own name. Its country comes from the text:
the body a possessive pronoun takes up, the capital a sentence opens in, the ministry told just before.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run
from sitrep.nlp.naming import national_adjective, national_body, national_name

pytestmark = pytest.mark.slow


def test_a_bare_navy_carries_the_adjective_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "CARACAS, May 4 (Reuters) - Venezuela's navy seized a trawler off the Paria peninsula on "
                       "Sunday. The navy said the boat had entered Venezuelan waters without a permit.")
    navy = next(a for a in x.actors if a.country == "VEN" and "navy" in a.name.lower() and a.kind != "country")
    assert navy.name == "Venezuelan navy"
    assert "navy" in navy.aliases


def test_a_body_taken_up_in_several_paragraphs_is_one_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ADEN, June 2 (AP) - Pirates seized a fishing dhow off the coast on Monday.\n\n"
                       "The coast guard said it had sent two boats after the dhow.\n\n"
                       "Fishermen in Mukalla said the pirates had fired on their boats.\n\n"
                       "The coast guard said on Tuesday that it had freed the crew of the dhow.")
    guards = [a for a in x.actors if a.name.lower().endswith("coast guard")]
    assert len(guards) == 1
    assert guards[0].name == "Yemeni coast guard"


def test_a_regional_ministry_is_named_for_its_region(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MAKHACHKALA, Russia (Reuters) - Gunmen killed two police officers at a checkpoint "
                       "outside Kizlyar on Monday, Dagestan's interior ministry said. The interior ministry said "
                       "the attackers had fled into the forest.")
    ministry = next(a for a in x.actors if "interior ministry" in a.name.lower())
    assert ministry.name == "Dagestan interior ministry" and ministry.country == "RUS"


def test_its_foreign_ministry_is_the_ministry_of_the_country_taken_up(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ASUNCION, Paraguay (Reuters) - Paraguay and Argentina agreed on Monday to dredge the river. "
                       "Bolivia, which ships soybeans down the river, complained that it had been left out of the "
                       "talks. Its foreign ministry called for an urgent meeting of the river committee.")
    ministry = next(a for a in x.actors if "foreign ministry" in a.name.lower())
    assert ministry.country == "BOL"
    assert ministry.name == "Bolivian foreign ministry"


def test_a_ministry_speaking_in_a_capital_is_that_capitals_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NASSAU, July 29 (Reuters) - The Bahamas Defence Force detained 22 Cuban fishermen near "
                       "Ragged Island. In Havana, the foreign ministry said Cuba \"does not support any illegal "
                       "activity\" by its citizens.")
    ministry = next(a for a in x.actors if "foreign ministry" in a.name.lower())
    assert ministry.country == "CUB"


def test_a_ministry_told_after_another_is_of_the_same_government(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TROMSO, Norway (Reuters) - The Norwegian coast guard detained a Russian trawler on Monday."
                       "\n\nMoscow saw it differently. Russia's foreign ministry called the detention \"an act of "
                       "piracy\". The defence ministry said a destroyer would be sent to the area.")
    ministry = next(a for a in x.actors if "defence ministry" in a.name.lower())
    assert ministry.country == "RUS"


def test_a_national_body_is_a_whole_name_of_one_national_head() -> None:
    assert national_body("the interior ministry")
    assert national_body("federal government")
    assert not national_body("the regional interior ministry")
    assert not national_body("the ministry")
    assert not national_body("its ministry")
    assert not national_body("Western governments")


def test_the_adjective_is_the_one_the_report_writes() -> None:
    assert national_adjective("KAZ", "Kazakhstani officials said ... a Kazakhstani court") == "Kazakhstani"
    assert national_adjective("KAZ", "Kazakh police said") == "Kazakh"
    assert national_adjective("USA", "American officials said") == "U.S."
    assert national_adjective("PHL", "Filipino fishermen") == "Philippine"


def test_only_national_bodies_told_by_their_head_are_renamed() -> None:
    assert national_name("government", "group", "BEL", "") == "Belgian government"
    assert national_name("the Interior Ministry", "organization", "GEO", "") == "Georgian Interior Ministry"
    assert national_name("Kazakh ministry", "organization", "KAZ", "") == "Kazakh ministry"
    assert national_name("protesters", "group", "BEL", "") == "protesters"
    assert national_name("government", "group", None, "") == "government"
    assert national_name("interior ministry", "organization", "RUS", "",
                         ["Dagestan's interior ministry"]) == "Dagestan interior ministry"
    assert national_name("social services ministry", "organization", "PHL", "",
                         ["government's social services ministry"]) == "social services ministry"


def test_a_ministry_speaking_in_a_neighbouring_country_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MONROVIA, Liberia (Reuters) - Police fired tear gas at youths blocking the iron ore railway "
                       "near Sanniquellie on Monday. In neighbouring Guinea, the mines ministry said it was "
                       "\"following the situation closely\".")
    ministry = next(a for a in x.actors if "mines ministry" in a.name.lower())
    assert ministry.country == "GIN" and ministry.name == "Guinean mines ministry"


def test_a_national_bureau_in_a_report_from_one_of_two_countries_is_the_datelines(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HELSINKI (Reuters) - A cable between Inkoo in Finland and Paldiski in Estonia was cut on "
                       "Wednesday, Finnish and Estonian officials said. Estonia's navy escorted the ship towards "
                       "Tallinn while Finland's coast guard searched near Hanko. The National Bureau of "
                       "Investigation had opened a criminal investigation, a spokesman said.")
    bureau = next(a for a in x.actors if a.name == "National Bureau of Investigation")
    assert bureau.country == "FIN"
