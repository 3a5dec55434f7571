"""Forces flown in, hackers breaking into systems, states linking a group to another state and statements of
support: wordings of events that carry their type in an ordinary verb or phrase; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run

pytestmark = pytest.mark.slow


def test_gendarmes_flown_to_a_territory_are_a_deployment(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "France flew 300 extra gendarmes to Martinique on Tuesday after a night of riots.")
    assert any(e.type == "MOBILIZE" and names(x, e.source) == {"France"} for e in x.events)


def test_soldiers_told_before_flown_home_are_no_deployment(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The rebels freed six soldiers on Monday. The six soldiers were flown to the capital.")
    assert not any(e.type == "MOBILIZE" for e in x.events)


def test_hackers_who_broke_into_systems_coerce_by_cyber_means(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile said a hacking group had broken into the systems of its national water agency.")
    assert any(e.type == "COERCE" and e.mode == "cyber" for e in x.events)


def test_linking_a_group_to_a_state_accuses_that_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Several governments have linked the hackers to Iran's Revolutionary Guards.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert "IRN" in countries(x, accusation.target)


def test_a_group_linked_to_another_is_described_not_accused(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fighters linked to al Qaeda have killed dozens of soldiers in the region since May.")
    assert not any(e.type == "ACCUSE" for e in x.events)


def test_statements_of_support_for_a_state_support_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Saudi Arabia and Qatar issued statements of support for Kuwait on Wednesday.")
    backing = next(e for e in x.events if e.type == "SUPPORT")
    assert names(x, backing.target) == {"Kuwait"}


def test_a_foreign_grain_ship_docking_delivers_aid_from_its_flag(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A Turkish cargo ship carrying 20,000 tons of wheat docked at the port of Aden on Monday.")
    aid = next(e for e in x.events if e.type == "AID")
    assert countries(x, aid.source) == {"TUR"}


def test_trains_that_begin_crossing_with_flour_deliver_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chinese freight trains have begun crossing the border bridge with flour and cooking oil.")
    assert any(e.type == "AID" for e in x.events)


def test_the_government_announcing_a_fuel_delivery_abroad_sends_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Venezuela's government said a tanker carrying 300,000 barrels of fuel would arrive in "
                       "Havana this week.")
    aid = next(e for e in x.events if e.type == "AID")
    assert countries(x, aid.source) == {"VEN"}


def test_sanctions_a_state_is_considering_are_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The European Union said it would consider further sanctions against Belarus if the "
                       "flights continued.")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert names(x, threat.target) == {"Belarus"} and threat.status == "conditional"


def test_the_central_bank_is_a_body_of_government(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia's finance minister said the central bank would audit both companies.")
    bank = next(a for a in x.actors if a.name.endswith("central bank"))
    assert bank.sector == "GOV"
    assert any(e.type == "ACCUSE" and e.mode == "investigate" for e in x.events)


def test_troops_searching_a_forest_are_moving_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Troops were searching the forests around the village on Tuesday with helicopter support.")
    assert any(e.type == "MOBILIZE" for e in x.events)


def test_police_searching_a_home_are_no_deployment(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police searched the mayor's home on Tuesday.")
    assert not any(e.type == "MOBILIZE" for e in x.events)


def test_an_alliance_sending_national_ships_mobilises_their_states(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NATO's mission sent a Danish frigate and a Polish patrol aircraft to the area on Wednesday.")
    move = next(e for e in x.events if e.type == "MOBILIZE")
    assert countries(x, move.source) == {"DNK", "POL"}


def test_a_claim_of_responsibility_is_the_act_claimed_with_its_author(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A ransomware attack shut down the servers of the national health service on Sunday. A group "
                       "calling itself Red Lynx claimed responsibility on Monday.")
    claim = next(e for e in x.events if "responsibility" in (e.evidence.text if e.evidence else ""))
    assert (claim.type, claim.mode) == ("COERCE", "cyber")


def test_no_group_claiming_responsibility_names_no_attacker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen burned houses in the village on Saturday. No group claimed responsibility.")
    assert not any("responsibility" in (e.evidence.text if e.evidence else "") for e in x.events)


def test_a_foreign_plane_landing_with_tents_delivers_aid_to_where_it_lands(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A New Zealand air force transport plane landed in Apia on Tuesday from Auckland carrying "
                       "tents and generators.")
    aid = next(e for e in x.events if e.type == "AID")
    assert countries(x, aid.source) == {"NZL"}
    assert countries(x, aid.target) == {"WSM"}


def test_money_announced_in_emergency_funding_is_aid_for_the_stricken_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Floods killed 40 people in Fiji on Monday. Japan's foreign minister announced 5 million "
                       "dollars in emergency funding for Fiji.")
    aid = next(e for e in x.events if e.type == "AID")
    assert countries(x, aid.target) == {"FJI"}


def test_backing_that_names_no_one_is_for_the_country_the_report_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANILA (Reuters) - Philippine fishermen said Chinese ships chased them from a reef near "
                       "Palawan on Monday. The Philippine coast guard said the boats returned to Puerto Princesa, "
                       "and the Philippine foreign ministry lodged a protest in Manila. The U.S. State Department "
                       "said Washington stood with its ally.")
    backing = next(e for e in x.events if e.type == "SUPPORT")
    assert countries(x, backing.target) == {"PHL"}


def test_a_government_ordering_an_end_to_a_strike_coerces_the_strikers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Denmark's government on Tuesday ordered an end to a five-day strike by ferry workers.")
    order = next(e for e in x.events if e.type == "COERCE")
    assert countries(x, order.source) == {"DNK"}


def test_workers_walking_off_platforms_strike(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Some 900 members of the offshore union walked off platforms in the North Sea on Friday.")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in x.events)


def test_a_court_annulling_an_election_result_rejects_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Malawi's Constitutional Court on Monday annulled the result of the mayoral election in "
                       "Blantyre.")
    assert any(e.type == "REJECT" and any(n.endswith("Constitutional Court") for n in names(x, e.source))
               for e in x.events)


def test_a_rule_about_annulling_elections_rejects_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"Elections are not annulled on rumour," the chief justice said.')
    assert not any(e.type == "REJECT" for e in x.events)


def test_tighter_checks_on_a_countrys_imports_are_a_sanction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russia's food safety agency said it would tighten checks on fruit imported from Moldova.")
    assert any(e.type == "SANCTION" and "MDA" in countries(x, e.target)
               for e in x.events)


def test_fishermen_blocking_a_jetty_obstruct_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "About 60 fishermen blocked the village's main jetty on Tuesday morning.")
    assert any(e.type == "PROTEST" and e.mode == "obstruct" for e in x.events)
