"""Armed groups known by name carry the country they fight in; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Arakan Army said on Monday it had captured a police post.", "Arakan Army", "MMR"),
    ("The Balochistan Liberation Army claimed the attack on the train.", "Balochistan Liberation Army", "PAK"),
    ("Fighters of the Syrian Democratic Forces withdrew from the dam.", "Syrian Democratic Forces", "SYR"),
])
def test_a_named_armed_group_is_of_the_country_it_fights_in(extractor, text: str, name: str,  # type: ignore[no-untyped-def]
                                                           country: str) -> None:
    x = run(extractor, text)
    group = next(a for a in x.actors if a.name.endswith(name))
    assert (group.country, group.sector) == (country, "REB")
