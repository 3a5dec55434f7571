"""Country names joined by "and" ("Trinidad and Tobago", "the Turks and Caicos Islands") are one country,
in the text and in a wire dateline ("PORT OF SPAIN, Trinidad and Tobago, Nov 20 (AFP) -"), whose month and
day are a date, not a place.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def test_a_territory_named_with_and_is_one_place_and_no_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Officials in the Turks and Caicos Islands said 27 people drowned when a sloop capsized.")
    assert "Turks and Caicos Islands" in {p.name for p in x.places}
    assert "TUR" not in {a.country for a in x.actors}


def test_a_dateline_with_a_joined_country_and_a_date_names_no_actor_and_no_month(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORT OF SPAIN, Trinidad and Tobago, Nov 20 (AFP) - Police in Trinidad and Tobago arrested "
                       "12 men on Sunday.")
    assert not [a for a in x.actors if a.name in ("SPAIN", "Tobago, Nov 20", "Tobago")]
    assert "Nov" not in {p.name for p in x.places}
    assert {a.country for a in x.actors if a.name.startswith("Police")} == {"TTO"}
