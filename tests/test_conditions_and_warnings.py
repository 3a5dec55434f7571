"""Conditions set by one side and warnings to the public: what is demanded or threatened is not done.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_a_release_set_as_a_condition_is_no_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ZOMBA — The union said it would not take part in any talks until all the detainees "
                       "were freed. The opposition said it would hold protests next week unless its leader "
                       "was released.")
    assert not any(e.type in ("CONCEDE", "RETREAT") for e in x.events)
    assert any(e.type == "THREATEN" for e in x.events)


def test_a_release_that_happened_is_still_told(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ZOMBA — Malawi's government released 40 detained protesters on Monday after the union "
                       "agreed to end its strike.")
    assert any(e.type == "RETREAT" for e in x.events)


def test_a_warning_to_anyone_who_protests_is_aimed_at_the_countrys_own_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DODOMA — The United States and Britain criticised the arrest of opposition leader "
                       "Joseph Mbwambo-Kiza. Tanzania's government spokesman Amani Mrisho-Juma accused "
                       "foreign governments of interference. He warned that anyone who joined unauthorised "
                       "protests next week would be arrested.")
    warnings = [e for e in x.events if e.type == "THREATEN"]
    assert warnings and all(countries(x, e.target) == {"TZA"} for e in warnings)


def test_protests_told_with_no_one_are_the_countrys_people_against_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DHAKA — Bangladesh's interim government extended a curfew in Dhaka on Sunday after police "
                       "detained 200 people. Student-led protests in 2024 toppled a government that had ruled "
                       "Bangladesh for 15 years.")
    protests = [e for e in x.events if e.type == "PROTEST"]
    assert protests and all(countries(x, e.target) == {"BGD"} and countries(x, e.source) == {"BGD"}
                            for e in protests)


def test_a_consequence_promised_to_anyone_who_acts_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ecuador's navy seized three Peruvian trawlers near Puerto Bolivar on Sunday. \"Anyone who "
                       "fishes in our waters without a licence will lose his boat,\" the navy's commander said.")
    warning = next(e for e in x.events if e.type == "THREATEN")
    assert countries(x, warning.source) == {"ECU"} and countries(x, warning.target) == {"PER"}


def test_a_step_to_come_unless_another_side_acts_is_a_conditional_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The landless workers' movement said it would occupy the land agency's office in Altamira on "
                       "Friday unless the families received title to the land.")
    threat = next(e for e in x.events if e.trigger == "occupy")
    assert (threat.type, threat.status) == ("THREATEN", "conditional")


def test_a_forecast_unless_someone_acts_threatens_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Food prices in Lusaka will rise sharply unless the rains return in March.")
    assert not [e for e in x.events if e.type == "THREATEN"]
