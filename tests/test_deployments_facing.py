"""Deployments, pledges and offers in a two-country story are aimed at the other country; in a one-country
story at home.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_units_sent_to_a_disputed_border_face_the_other_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BISHKEK — Kyrgyz and Uzbek border guards exchanged fire near the village of Kara-Suu "
                       "on Monday, Kyrgyzstan said, and Uzbekistan blamed Kyrgyz guards for the clash. "
                       "Uzbekistan's foreign ministry summoned the Kyrgyz ambassador. The Kyrgyz Defence "
                       "Ministry said it had sent additional units to the area.")
    sent = [e for e in x.events if e.type == "MOBILIZE"]
    assert sent and countries(x, sent[0].source) == {"KGZ"} and countries(x, sent[0].target) == {"UZB"}


def test_troops_sent_into_a_countrys_own_streets_stay_aimed_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ANTANANARIVO — Madagascar's government deployed soldiers in the capital on Tuesday "
                       "after a third night of looting. Police said 40 people had been arrested in the city.")
    sent = [e for e in x.events if e.type == "MOBILIZE"]
    assert sent and all(countries(x, e.target) <= {"MDG"} for e in sent)


def test_a_pledge_in_a_two_country_story_is_made_to_the_other_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ASTANA — Kazakhstan halted Kyrgyz trucks at the border for a third day on Monday, and "
                       "Kyrgyzstan's trade ministry protested to Kazakhstan. After talks in Almaty, Kazakhstan "
                       "agreed to clear the queue within 72 hours.")
    agreed = [e for e in x.events if e.type == "AGREE"]
    assert agreed and countries(x, agreed[0].source) == {"KAZ"} and countries(x, agreed[0].target) == {"KGZ"}


def test_an_offer_to_talk_in_a_one_country_story_is_made_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "COLOMBO — Police in Sri Lanka fired tear gas at tea workers marching on Hatton on "
                       "Monday. The government said it was ready to discuss a wage rise with the unions.")
    offers = [e for e in x.events if e.type in ("AGREE", "CONSULT")]
    assert offers and all(countries(x, e.target) == {"LKA"} for e in offers)
