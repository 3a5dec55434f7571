"""A bare definite noun that heads the name of a movement or a firm told before ("the front", "the
alliance", "the cooperative") is that body, so what it does is its act, not the act of no one; "the
ministry" takes up the ministry named before even while its country is still unknown.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def test_the_front_is_the_front_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KATHMANDU (Reuters) - The rally was called by the People's Sovereignty Front. The front "
                       "denied that its supporters had started the fires.")
    front = next(a for a in x.actors if a.name == "People's Sovereignty Front")
    assert not any(a.name.lower() == "front" for a in x.actors)
    assert any(e.type == "REJECT" and front.id in e.source for e in x.events)


def test_the_alliance_rejecting_an_offer_is_the_named_alliance(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MALE, Maldives (AP) - The Democratic Alliance for Renewal said it would march on Friday. "
                       "The alliance rejected the government's offer of talks.")
    alliance = next(a for a in x.actors if a.name == "Democratic Alliance for Renewal")
    assert any(e.type == "REJECT" and alliance.id in e.source for e in x.events)


def test_the_ministry_takes_up_a_ministry_named_without_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TBILISI (Reuters) - Police detained 11 people in Zestaponi after relatives of the miners "
                       "blocked the highway, the Interior Ministry said. Protesters said officers had dragged two "
                       "women across the road, an accusation the ministry denied.")
    ministries = [a for a in x.actors if "ministry" in a.name.lower()]
    assert len(ministries) == 1
    assert any(e.type == "REJECT" and ministries[0].id in e.source for e in x.events)

