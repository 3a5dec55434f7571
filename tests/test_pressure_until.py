"""Pressure kept up until someone gives way: "the strike will continue until the bonuses are paid", "we will
stay on the streets until a new vote is called" is a side's threat (PLOVER THREATEN) on whoever the condition
names; a measure that "will stay in place" or a crossing that "would stay closed" is the measure, and
"numbers will keep rising until ..." is nobody's pressure.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run, types_read

pytestmark = pytest.mark.slow


def test_a_strike_kept_up_until_a_demand_is_met_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TARKWA, Ghana (Reuters) - The mineworkers' union said the strike would continue until the "
                       "company paid the bonuses in full.")
    assert types_read(x, "continue") == ["THREATEN"]
    threat = next(e for e in x.events if e.trigger == "continue")
    assert any("union" in n for n in names(x, threat.source)) and threat.status == "threatened"


def test_protesters_staying_until_a_vote_threaten_those_the_condition_names(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ABUJA, Nigeria (Reuters) - \"We will stay on the streets until the government reverses the "
                       "fuel price rise,\" union leader Musa Ibrahim told the crowd.")
    threat = next(e for e in x.events if e.trigger == "stay")
    assert threat.type == "THREATEN" and countries(x, threat.target) == {"NGA"}


@pytest.mark.parametrize("text", [
    "The crossing would stay closed until order is restored on the other side, the governor said.",
    "The ban will stay in place until the inspections are complete, the ministry said.",
    "\"Until we can get clean water into the camp, the numbers will keep rising,\" the doctor said.",
])
def test_a_measure_kept_or_a_trend_is_no_threat(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert not [e for e in x.events if e.trigger in ("stay", "keep") and e.type == "THREATEN"]
