"""A Commonwealth country's envoy is a high commissioner: summoning or recalling one is the same
reproach or measure as with an ambassador; a charge d'affaires or a consul called in is an envoy too, and
a title's compounds stay in it ("the charge d'affaires, X"; "NEMA's director-general, Y" still holds an
office at home).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_summoning_a_high_commissioner_is_a_reproach(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUSAKA — Zambia summoned Malawi's high commissioner on Monday after border guards "
                       "detained four Zambian traders.")
    reproach = [e for e in x.events if e.type == "ACCUSE"]
    assert reproach and countries(x, reproach[0].source) == {"ZMB"} and countries(x, reproach[0].target) == {"MWI"}


def test_recalling_a_high_commissioner_is_a_measure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUSAKA — Zambia recalled its high commissioner to Malawi on Monday in protest at the "
                       "detention of four Zambian traders.")
    assert any(e.type == "SANCTION" and countries(x, e.source) == {"ZMB"} for e in x.events)


def test_a_charge_daffaires_called_in_is_the_other_countrys_envoy(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "JUBA, South Sudan (AFP) - South Sudan summoned the top US diplomat in Juba on Thursday to "
                       "protest against sanctions Washington imposed. Foreign Minister Martin Lado Tombe said the "
                       "charge d'affaires, Daniel Whitfield, had been called in to receive a protest note.")
    envoy = next(a for a in x.actors if a.name == "Daniel Whitfield")
    assert envoy.roles == ["charge d'affaires"] and envoy.country == "USA"


def test_a_director_general_named_by_bare_title_holds_office_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "YOLA, Nigeria (Reuters) - Floods from the Lagdo dam in Cameroon displaced 85,000 people in "
                       "Adamawa and Benue states. Rescuers had taken about 3,000 people off rooftops since Monday, "
                       "NEMA's director-general, Hadiza Bello-Onuoha, said.")
    head = next(a for a in x.actors if a.name == "Hadiza Bello-Onuoha")
    assert head.country == "NGA"


def test_an_envoy_summoned_after_a_verdict_on_remarks_is_summoned_by_the_teller(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PODGORICA, Montenegro (Reuters) - Serbian President Ivan Petrovic said Montenegro's new "
                       "government was hostile to Serbs. Montenegro's foreign ministry said his remarks amounted to "
                       "interference in the country's internal affairs and summoned Serbia's charge d'affaires.")
    summoned = next(e for e in x.events if e.trigger == "summoned")
    assert countries(x, summoned.source) == {"MNE"} and countries(x, summoned.target) == {"SRB"}


def test_a_diplomat_declared_persona_non_grata_is_expelled_by_the_declaring_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ATHENS (Reuters) - Greece's foreign ministry on Monday declared Libya's ambassador, Ali Musa "
                       "Tarhuni, persona non grata over a survey ship sent south of Crete.")
    expulsion = next(e for e in x.events if e.type == "SANCTION" and e.trigger == "declared")
    assert countries(x, expulsion.source) == {"GRC"}
    assert "LBY" in countries(x, expulsion.target)


def test_a_deadline_to_leave_given_to_the_head_of_a_delegation_expels_an_envoy(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Venezuela gave the head of the European Union's delegation 72 hours to leave the country "
                       "on Tuesday.")
    assert [e.type for e in x.events if e.trigger == "gave"] == ["SANCTION"]


def test_days_of_water_left_are_no_deadline_to_leave(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "FUNAFUTI (AP) - The government of Tuvalu said it had about five days of drinking water "
                       "left after the storm surge.")
    assert not [e for e in x.events if e.trigger == "had"]
