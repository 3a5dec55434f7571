"""A person the report describes in a phrase naming one country ("the two Russians, X and Y", "X, a
fisherman from Teknaf") is of that country, whatever country the report is filed from; a phrase the
parser misreads (a name hung on a place, a name after the description) decides nothing.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def _country(x, name: str) -> str | None:  # type: ignore[no-untyped-def]
    return next(a.country for a in x.actors if a.name == name)


def test_people_described_by_a_demonym_are_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BAKU, Azerbaijan (Reuters) - Azerbaijan and Russia swapped detainees on the border on "
                       "Friday. The two Russians, Pavel Orlovsky and Yelena Sidorkina, had been held in Baku since "
                       "March.")
    assert _country(x, "Pavel Orlovsky") == "RUS" and _country(x, "Yelena Sidorkina") == "RUS"


def test_a_name_after_a_description_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LYON, France (AFP) - Youths burned cars in Venissieux for a second night. Belkacem's "
                       "mother, Nadia, appealed for calm.")
    assert {a.country for a in x.actors} <= {"FRA", None}
