"""Incidents at sea, relief and disasters, and who did what in them; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run, types_read

pytestmark = pytest.mark.slow


def test_a_ship_that_rams_another_is_its_countrys_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A Vietnamese patrol boat rammed a Cambodian fishing vessel near the islands on Sunday, "
                       "the Cambodian coast guard said.")
    rammed = next(e for e in x.events if e.trigger == "rammed")
    assert rammed.type == "ASSAULT"
    assert {a.country for a in (x.actor(i) for i in rammed.source) if a} == {"VNM"}
    claimant = x.actor(rammed.claimed_by or "")
    assert claimant is not None and claimant.country == "KHM"


def test_no_one_hurt_counts_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The collision damaged the hull of the ferry. No one was hurt.")
    assert all(not e.injured for e in x.events)
    assert not any(q.value == 1 for q in x.quantities)


def test_no_fewer_than_is_a_count(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "No fewer than 12 people were killed when gunmen attacked the market.")
    assert any(e.dead == 12 and not e.negated for e in x.events)


def test_delivering_food_is_aid_and_standing_with_an_ally_is_support(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "UNICEF delivered food and medicine to 30,000 people in Beira. Canada said it stood with "
                       "Ukraine.")
    assert "AID" in [e.type for e in x.events]
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert names(x, support.target) == {"Ukraine"}


def test_floods_that_displace_people_coerce_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Floods caused by heavy rains have displaced more than 90,000 people across the south, "
                       "the government and aid agencies said on Monday.")
    assert not any(e.type in ("COERCE", "ASSAULT") for e in x.events)


def test_what_a_government_would_do_next_is_all_to_come(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The ministry said it would summon the ambassador and lodge a formal protest.")
    protest = next(e for e in x.events if e.trigger == "protest")
    assert protest.status == "planned"


def test_a_country_that_acts_is_not_where_it_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The United Arab Emirates, a close partner of Somalia, condemned the attack on the port.")
    condemned = next(e for e in x.events if e.trigger == "condemned")
    place = x.place(condemned.place) if condemned.place else None
    assert place is None or place.country != "ARE"


def test_control_measures_take_no_control(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The coast guard said it had taken control measures in accordance with the law.")
    assert not any(e.type == "COERCE" for e in x.events)


def test_one_movement_under_its_several_names_is_one_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Yemen's Houthi movement said it had fired missiles at a ship. U.S. forces struck two Houthi "
                       "launchers hours later. The Houthis said the group would continue to target ships.")
    houthis = [a for a in x.actors if "Houthi" in a.name or a.name == "group"]
    assert len(houthis) == 1 and houthis[0].country == "YEM" and houthis[0].sector == "REB"


def test_a_ship_owned_by_a_country_makes_it_the_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels fired two missiles at a Greek-owned bulk carrier in the Red Sea on Friday.")
    fired = next(e for e in x.events if e.type == "ASSAULT")
    assert {a.country for a in (x.actor(i) for i in fired.target) if a} == {"GRC"}


def test_what_a_group_would_continue_to_do_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A rebel spokesman said the group would continue to target ships linked to the coalition.")
    assert any(e.type == "THREATEN" for e in x.events)
    y = run(extractor, "Government troops continued to shell the town on Monday.")
    assert any(e.status == "ongoing" for e in y.events)


def test_expelling_boats_is_coercion_and_expelling_diplomats_a_sanction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "China's coast guard said it had expelled Philippine vessels that had intruded into waters "
                       "around the shoal. Poland expelled three Belarusian diplomats.")
    kinds = {(e.type, e.mode) for e in x.events if e.trigger == "expelled"}
    assert kinds == {("COERCE", "expel"), ("SANCTION", "expel")}


@pytest.mark.parametrize("text", [
    "PORT VILA — France sent a military transport plane from Noumea, in New Caledonia, with 12 tonnes of supplies.",
    "VIENTIANE — Vietnam dispatched 60 army engineers and medical staff across the Bo Y border gate.",
])
def test_relief_sent_aboard_a_plane_or_as_engineers_is_aid(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert [e.type for e in x.events] == ["AID"]


@pytest.mark.parametrize("text", [
    "TEHRAN — Tehran denies supplying the group with weapons.",
    "ASHGABAT — The deal provides for a 300-kilometer line with two compressor stations.",
])
def test_supplying_arms_or_a_deal_providing_for_a_line_is_no_relief(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert not [e for e in x.events if e.type == "AID"]


def test_boats_stopped_searched_premises_and_trucks_turned_back_are_coercion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DOHA — Bahraini coast guard boats stopped three Qatari dhows in waters north of the Hawar "
                       "Islands. Qatar responded by barring Bahraini-registered fishing boats from its waters. Irish "
                       "police searched eleven properties in Dundalk. Mexican customs officers turned back at least "
                       "40 Guatemalan trucks.")
    kinds = {e.trigger: e.type for e in x.events}
    assert kinds.get("stopped") == "COERCE" and kinds.get("barring") == "SANCTION"
    assert kinds.get("searched") == "COERCE" and kinds.get("turned") == "COERCE"


def test_walking_out_of_talks_rejects_them_and_out_of_a_chamber_protests(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "COLOMBO — Sri Lanka's tea unions walked out of the talks with the companies after two "
                       "hours. In Lisbon, thirty Portuguese deputies walked out of the chamber before the vote.")
    assert types_read(x, "walked") == ["REJECT", "PROTEST"]


def test_relief_scheduled_for_the_days_ahead_is_aid_to_come_not_an_offer(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Storms flooded much of southern Malawi on Monday. The World Food Programme said it would "
                       "begin distributing maize flour in Nsanje on Friday.")
    assert any(e.type == "AID" and e.status == "planned" for e in x.events)
    assert not any(e.type == "AGREE" for e in x.events)


def test_a_second_clause_with_its_own_donor_is_a_second_gift(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Cyclone winds destroyed thousands of homes in Mozambique. Portugal said it would begin sending "
                       "30 tonnes of medical supplies to Beira, and the European Union released 2 million euros in "
                       "emergency funding.")
    gifts = [e for e in x.events if e.type == "AID"]
    assert len(gifts) == 2 and {frozenset(names(x, e.source)) for e in gifts} == {
        frozenset({"Portugal"}), frozenset({"European Union"})}


def test_a_demand_for_release_is_made_of_whoever_holds_the_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ADEN (Reuters) - Eritrea's navy seized four Yemeni fishing boats and detained 23 fishermen "
                       "near the Hanish islands on Monday. Yemen's foreign ministry demanded the immediate release "
                       "of the fishermen and their boats.")
    demand = next(e for e in x.events if e.type == "REQUEST")
    assert countries(x, demand.source) == {"YEM"}
    assert countries(x, demand.target) == {"ERI"}


@pytest.mark.parametrize("text", [
    "KAMPALA — The European Union said it would release 500,000 euros in emergency aid for food and shelter.",
    "NICOSIA — Officials said the first 60 million euros of the fund would be released within weeks.",
    "DUSHANBE — China's embassy said Beijing would provide 2 million dollars in emergency aid.",
])
def test_money_a_donor_is_to_give_is_aid_planned(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert [(e.type, e.status) for e in x.events] == [("AID", "planned")]


def test_a_donors_bare_word_that_it_will_help_stays_a_promise(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DUSHANBE — Russia said it would support the relief effort.")
    assert [e.type for e in x.events] == ["AGREE"]


def test_boats_towed_away_by_police_are_seized(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BISHKEK (Reuters) - Herders blocked the road to a gold mine for a week. Riot police moved in "
                       "before dawn on Tuesday and towed away the herders' trucks, a police spokesman said.")
    assert any(e.type == "COERCE" and "towed" in e.evidence.text for e in x.events)


def test_a_vessel_towed_to_port_by_no_one_named_is_no_seizure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BUCHAREST (Reuters) - A grain ship hit a drifting mine off the Romanian coast on Monday. The "
                       "vessel stayed afloat and was towed towards Constanta.")
    assert not any(e.type == "COERCE" and "towed" in e.evidence.text for e in x.events)


def test_grain_released_from_reserves_to_the_regions_is_relief(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ABUJA (Reuters) - Floods have destroyed farms across northern Nigeria. The federal government "
                       "said it would release 20,000 tonnes of grain from strategic reserves to the worst-hit states.")
    assert any(e.type == "AID" for e in x.events)


def test_boats_taken_up_by_a_pronoun_are_still_the_boats_blocked(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANILA (Reuters) - Two supply boats tried to reach the shoal on Monday, but they were blocked "
                       "by four Chinese coast guard ships, the navy said.")
    blocked = next(e for e in x.events if e.trigger == "blocked")
    assert blocked.type == "COERCE" and countries(x, blocked.source) == {"CHN"}


def test_vehicles_stopped_and_turned_back_are_coerced(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SARAJEVO (Reuters) - Police stopped two vehicles of the state agency at a checkpoint near "
                       "Bijeljina and turned them back.")
    assert {e.trigger for e in x.events if e.type == "COERCE"} >= {"stopped", "turned"}


def test_a_request_that_may_come_is_no_request(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile offered to send structural engineers to inspect schools and hospitals in Ecuador if "
                       "Quito requested them.")
    assert not [e for e in x.events if e.type == "REQUEST"]
