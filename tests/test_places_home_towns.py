"""A town of the story's own country that NER took for an organisation after "at" or "to" ("due to meet at
Naqoura", "output fell to zero at Redeyef") is the town: the rule that keeps "at <firm>" from becoming a
place yields to the gazetteer's town of that very name in a country the story names. So is a region NER took
for a person, when it is named with its kind ("from Prey Veng province").

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def test_a_town_of_the_storys_country_after_at_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BEIRUT, Lebanon (Reuters) - The border committee is due to meet on Friday at Naqoura, a "
                       "Lebanese army spokesman said.")
    town = next((p for p in x.places if p.name == "Naqoura"), None)
    assert town is not None and town.country == "LBN"
    assert town.lat is not None and abs(town.lat - 33.12) < 0.2
    assert not any(a.name == "Naqoura" for a in x.actors)


def test_a_region_named_with_its_kind_that_ner_took_for_a_person_is_the_region(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PHNOM PENH (Reuters) - Among those convicted was a 34-year-old former teacher from Prey Veng "
                       "province, who received nine years.")
    region = next((p for p in x.places if p.name.startswith("Prey Veng")), None)
    assert region is not None and region.country == "KHM" and region.feature == "region"
    assert not any(a.kind == "person" and a.name.startswith("Prey Veng") for a in x.actors)
