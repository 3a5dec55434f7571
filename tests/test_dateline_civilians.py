"""People named with no country in a report about two countries, filed from one of them. Texts written
for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow

CROSS_BORDER = ("GOMA, Congo (AP) — A shell fired from Rwanda hit a crowded market in Goma on Tuesday, killing two "
                "traders, Congolese officials said. Rwanda's army said in Kigali it had fired only at rebel positions "
                "between Gisenyi and Musanze after coming under attack. Jean-Paul Mukiza, a fish seller, said the "
                "shell landed beside his stall. \"We ran for our lives,\" he said. Congo's government said it would "
                "complain to the African Union in Addis Ababa.")


def test_a_civilian_in_a_two_country_story_belongs_to_the_dateline(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, CROSS_BORDER)
    seller = next(a for a in x.actors if a.name == "Jean-Paul Mukiza")
    assert seller.country == "COD"


def test_a_body_named_for_an_ethnic_community_belongs_where_it_lives(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SKOPJE — Ethnic Albanian parties in North Macedonia, which have long supported the "
                       "constitutional amendment, urged the government to return to negotiations.")
    parties = next(a for a in x.actors if "parties" in a.name)
    assert parties.country == "MKD"
