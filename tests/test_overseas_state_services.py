"""In France's overseas departments and collectivities the state's services (prefect, gendarmes, police,
courts) act for France, while residents and local bodies stay the territory's.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow

STORY = ("SAINT-DENIS, Reunion (AFP) - Riot police fired tear gas on Tuesday at youths who had blocked the main "
         "road into Le Port, the prefecture said. Prefect Mathieu Lavergne-Hoarau said 12 people had been "
         "arrested. Residents of Le Port said the youths were protesting against the price of fuel.")


def _countries(x, word: str) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {a.country for a in x.actors if word in a.name.lower()}


def test_the_police_and_the_prefect_overseas_serve_france(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, STORY)
    assert _countries(x, "police") == {"FRA"}
    assert _countries(x, "lavergne-hoarau") == {"FRA"}


def test_residents_overseas_stay_the_territorys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, STORY)
    assert _countries(x, "residents") == {"REU"}
