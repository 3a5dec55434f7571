"""A town a journey ends at ("was flown on to X") or that fighters say they will go for ("would move on X")
is a place, whatever the tagger called it, and so is a name the report calls a town or an island ("the
town of X", "the island of Y") wherever else it is named; an ambush on the road between two towns
happened where they lie, so the side that laid it is of that country, not of the country the report is
filed from.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def test_a_town_a_patient_is_flown_to_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "OSLO (Reuters) - An air ambulance was forced to turn back near the Russian border on "
                       "Monday. The patient, a 4-year-old boy, was later flown on to Tromso and was in stable "
                       "condition, the hospital trust said.")
    assert any(p.name == "Tromso" and p.country == "NOR" for p in x.places)
    assert not any(a.name == "Tromso" for a in x.actors)


def test_a_town_fighters_will_move_on_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORT-AU-PRINCE, Haiti (Reuters) - Gangs stormed a prison in Mirebalais on Sunday. A man who "
                       "said he led the coalition claimed its fighters would move on Hinche next.")
    assert any(p.name == "Hinche" and p.country == "HTI" for p in x.places)


def test_an_ambush_on_a_road_between_towns_abroad_places_its_attackers_there(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "CALABAR, Nigeria (Reuters) - About 4,500 Cameroonians have crossed into Nigeria in the past "
                       "ten days, Nigerian officials said. The exodus began after separatist fighters killed four "
                       "Cameroonian soldiers in an ambush on the road from Mamfe to Kumba on Oct 1, residents said.")
    assert next(a.country for a in x.actors if a.name == "separatist fighters") == "CMR"


def test_a_name_the_report_calls_a_town_is_a_place_wherever_the_tagger_read_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "OUAGADOUGOU, Feb 11 (Reuters) - Islamist militants ambushed a convoy of food lorries bound "
                       "for the besieged northern town of Djibo on Sunday, killing at least nine drivers. The "
                       "hauliers' union said its members would refuse to drive on the Kongoussi-Djibo road.")
    assert any(p.name == "Djibo" and p.country == "BFA" and p.lat is not None for p in x.places)


def test_the_island_of_a_town_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ATHENS (Reuters) - A Turkish patrol boat rammed a Greek fishing boat near the islets on "
                       "Tuesday. The boat returned to the island of Kalymnos under its own power, the coast guard "
                       "said. Fishermen on Kalymnos said Turkish trawlers had been working closer to the islets.")
    assert any(p.name == "Kalymnos" and p.country == "GRC" for p in x.places)


def test_a_dateline_in_capitals_with_an_apostrophe_is_the_town(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "N'DJAMENA, December 3 (Sahel Wire Service) - Chad accused Sudan's army on Wednesday of "
                       "killing seven civilians in a drone strike.")
    assert any(p.country == "TCD" and p.feature == "city" and p.name.upper() == "N'DJAMENA" for p in x.places)

