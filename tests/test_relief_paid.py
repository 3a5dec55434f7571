"""Relief paid: a government or company that "would pay 25,000 rupees to every displaced family" or "would pay
for the funerals" hands over relief (PLOVER AID, planned), as references code it; paying voters or a ransom
is no relief, and "will pay a heavy price" stays a threat.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run, types_read

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "COLOMBO (Reuters) - The government would pay 25,000 rupees to every displaced family, the minister said.",
    "ORAN (Reuters) - The provincial government said it would pay for the funerals of the victims.",
    "QUITO (Reuters) - The government would pay an emergency grant of 500 dollars to each family that lost its home.",
])
def test_money_paid_to_people_in_need_is_relief(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert types_read(x, "pay") == ["AID"]
    assert next(e for e in x.events if e.trigger == "pay").status == "planned"


def test_paying_voters_or_a_ransom_is_no_relief(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Prosecutors said the network paid voters up to 5,000 leks each. The kidnappers demanded "
                       "that the family pay a ransom.")
    assert not any(e.type == "AID" for e in x.events)


def test_paying_a_heavy_price_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "\"Those who attacked our soldiers will pay a heavy price,\" the defence minister said.")
    assert types_read(x, "pay") == ["THREATEN"]
