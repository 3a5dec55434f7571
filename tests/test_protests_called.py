"""Protests called: a union or party that "called a general strike for Tuesday", "called for a nationwide
march" or "called on its supporters to boycott the vote" organises a protest (PLOVER PROTEST), whatever the
"for" after the verb; it asks no one for anything. Calling for an end to a strike, or calling a stoppage
illegal, organises none.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run, types_read

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The teachers' union called a general strike across the province for Tuesday.",
    "Opposition parties called for a nationwide march in the capital on Saturday.",
    "The opposition alliance called on its supporters to boycott Sunday's municipal vote.",
    "Shops stayed shut in the old town on Monday under a strike called by the traders' association.",
])
def test_a_protest_called_is_a_protest_organised(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert types_read(run(extractor, text), "called") == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "The bishops called for an end to the strike.",
    "The union called on protest organisers to keep demonstrations peaceful.",
])
def test_a_call_about_a_protest_is_a_request(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert types_read(run(extractor, text), "called") == ["REQUEST"]


def test_calling_a_stoppage_illegal_organises_none(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The employers' association called the stoppage illegal.")
    assert "PROTEST" not in types_read(x, "called")


def test_a_strike_that_shuts_an_airport_is_the_protest_not_a_measure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BRUSSELS (Reuters) - A nationwide strike against pension reform shut down Belgium's main "
                       "airport and most rail services on Tuesday.")
    assert [e.type for e in x.events if e.trigger == "shut"] == ["PROTEST"]


def test_an_air_strike_that_hits_a_house_stays_an_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "An Israeli air strike destroyed a house in Khiam on Monday, killing two people.")
    assert "ASSAULT" in {e.type for e in x.events}
    assert "PROTEST" not in {e.type for e in x.events}
