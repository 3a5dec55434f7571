"""Custody orders, bail, prison terms faced, deadlines to leave, entry bans and forces put on alert:
acts the wire tells in set phrases whose words are no triggers alone. Texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run, types_read

pytestmark = pytest.mark.slow

COURT_STORY = ("MINSK, Belarus (AP) — Belarusian police detained four opposition activists on Monday after a rally "
               "in central Minsk, the Interior Ministry said. A court in Minsk on Tuesday ordered the four held "
               "for two months pending trial. Prosecutor Ivan Sidorenko said the activists had organised "
               "\"mass unrest.\" Each of them faces up to six years in prison if convicted. Two of them were "
               "denied bail. Belarus also said a Lithuanian diplomat had been given 48 hours to leave the "
               "country. The Belarusian government barred three Lithuanian journalists from entering Belarus.")


def test_a_court_ordering_suspects_held_coerces_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, COURT_STORY)
    order = next(e for e in x.events if e.trigger == "ordered")
    assert (order.type, order.mode) == ("COERCE", "arrest")
    assert names(x, order.source) == {"court in Minsk"}


def test_a_prison_term_faced_is_the_states_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, COURT_STORY)
    faced = next(e for e in x.events if e.trigger == "faces")
    assert faced.type == "THREATEN"
    assert {a.country for a in (x.actor(i) for i in faced.source) if a} == {"BLR"}


def test_bail_refused_is_custody_not_a_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, COURT_STORY)
    denied = [e for e in x.events if e.trigger == "denied"]
    assert [e.type for e in denied] == ["COERCE"]


def test_a_diplomat_given_hours_to_leave_is_expelled_by_the_host(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, COURT_STORY)
    given = next(e for e in x.events if e.trigger == "given")
    assert (given.type, given.mode) == ("SANCTION", "expel")
    assert {a.country for a in (x.actor(i) for i in given.source) if a} == {"BLR"}
    assert {a.country for a in (x.actor(i) for i in given.target) if a} == {"LTU"}


def test_people_barred_from_entering_are_sanctioned(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, COURT_STORY)
    barred = next(e for e in x.events if e.trigger == "barred")
    assert barred.type == "SANCTION"
    assert {a.country for a in (x.actor(i) for i in barred.target) if a} == {"LTU"}


def test_a_court_keeping_suspects_is_not_their_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA, Peru — A court in Lima denied former minister Jorge Salas bail on Friday, his lawyer "
                       "said. Peruvian prosecutors accuse him of taking bribes.")
    denied = next(e for e in x.events if e.trigger == "denied")
    assert denied.type == "COERCE"
    assert names(x, denied.source) == {"court in Lima"} and names(x, denied.target) == {"Jorge Salas"}


@pytest.mark.parametrize(("text", "forces"), [
    ("Chilean naval units in the area had been placed on high alert, the navy said.", "Chilean naval units"),
    ("Peru put its border troops on alert on Sunday, the defence ministry said.", "Peru"),
])
def test_forces_put_on_alert_are_the_ones_mobilising(extractor, text: str, forces: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    alert = next(e for e in x.events if e.trigger == "alert")
    assert alert.type == "MOBILIZE" and any(n.startswith(forces) for n in names(x, alert.source))


def test_surveillance_stepped_up_is_mobilisation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Finnish coast guard said it would step up surveillance flights over the gulf.")
    assert types_read(x, "step") == ["MOBILIZE"]


def test_a_courts_order_to_the_government_is_a_request_not_the_act_ordered(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SAN SALVADOR — The court ordered the government to release the men or bring them before a "
                       "judge within 90 days.")
    assert [e.type for e in x.events] == ["REQUEST"]
    assert names(x, x.events[0].source) == {"court"} and names(x, x.events[0].target) == {"Salvadoran government"}


def test_suspects_due_before_a_magistrate_are_accused_by_the_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HARARE — Police said the suspects would appear before a magistrate in Harare on Friday.")
    appear = next(e for e in x.events if e.trigger == "appear")
    assert (appear.type, appear.status) == ("ACCUSE", "planned")
    assert names(x, appear.target) == {"suspects"}


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Guatemalan navy gunboats blocked a Belize Defence Force patrol on the Sarstoon River on Saturday.",
     "blocked", "COERCE"),
    ("The Guatemalan navy had stopped nine Belizean vessels on the river this year, the ministry said.",
     "stopped", "COERCE"),
])
def test_craft_blocked_or_stopped_are_coerced(extractor, text: str, trigger: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert types_read(x, trigger) == [etype]


@pytest.mark.parametrize(("text", "accused"), [
    ("MBABANE — Police detained six union leaders on Tuesday. The union said its lawyers would go to the High Court "
     "in Mbabane to challenge the detentions.", "Eswatini police"),
    ("HARARE — Police banned the opposition rally, prompting lawyers to file an urgent challenge to the ban in the "
     "High Court.", "Zimbabwean police"),
])
def test_a_side_taking_a_measure_to_court_accuses_whoever_took_it(extractor, text: str,  # type: ignore[no-untyped-def]
                                                                  accused: str) -> None:
    x = run(extractor, text)
    suit = next(e for e in x.events if e.mode == "sue")
    assert suit.type == "ACCUSE" and names(x, suit.target) == {accused}
    assert not any(e.type == "THREATEN" for e in x.events)  # ("the detentions" challenged are no threat)


def test_the_court_hearing_a_challenge_is_not_its_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MAPUTO — Opposition leader Venancio Mutemba said his party would file a challenge with the "
                       "Constitutional Council this week.")
    suit = next(e for e in x.events if e.mode == "sue")
    assert suit.status == "planned" and not any("Council" in n for n in names(x, suit.target))


def test_a_magistrate_remanding_a_suspect_coerces(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DAR ES SALAAM — The magistrate remanded him in custody and adjourned the case until next "
                       "month.")
    remand = next(e for e in x.events if e.trigger == "remanded")
    assert remand.type == "COERCE" and names(x, remand.source) == {"magistrate"}


def test_what_a_side_says_it_expects_of_another_is_a_request(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BERLIN — \"We expect Warsaw to stop this immediately,\" German Interior Minister Klaus Weber "
                       "said. Analysts expect the central bank to raise rates. The talks are expected to resume on "
                       "Monday.")
    assert [(e.type, e.trigger) for e in x.events] == [("REQUEST", "expect")]
    assert countries(x, x.events[0].target) == {"POL"}


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("DAKAR — Higher Education Minister Awa Ndiaye ruled out reopening the campus before calm returned.",
     "ruled", "REJECT"),
    ("BAMENDA, Cameroon — Gunmen forced the teachers into two cars and drove off, the army said.", "forced", "COERCE"),
    ("TEGUCIGALPA — The 14 fishermen were stopped by two Nicaraguan patrol boats on Sunday morning.",
     "stopped", "COERCE"),
])
def test_ruling_out_forcing_into_cars_and_crews_stopped(extractor, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                         etype: str) -> None:
    x = run(extractor, text)
    assert types_read(x, trigger) == [etype]


@pytest.mark.parametrize("text", ["NDJAMENA — Police said further arrests could not be ruled out.",
                                  "LIMA — The ruling party was forced into a runoff."])
def test_a_possibility_left_open_and_a_runoff_are_no_acts(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert not [e for e in x.events if e.type in ("REJECT", "COERCE")]


def test_a_third_side_offering_to_host_talks_plans_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SAN SALVADOR — El Salvador offered to host talks between Honduras and Nicaragua.")
    assert [(e.type, e.status) for e in x.events] == [("CONSULT", "planned")]


def test_a_side_ready_to_host_talks_states_its_willingness(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUANDA — Angola said it was ready to host talks between Rwanda and Burundi.")
    assert [e.type for e in x.events] == ["AGREE"]


@pytest.mark.parametrize(("text", "etype"), [
    ("DAKAR — The university's governing council closed the campus on Monday.", "COERCE"),
    ("TBILISI — Protesters blocked Rustaveli Avenue from the early afternoon.", "PROTEST"),
    ("MAE SOT, Thailand — The Friendship Bridge linking the two towns was closed on Saturday.", "COERCE"),
])
def test_campuses_and_bridges_closed_and_avenues_blocked(extractor, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert [e.type for e in x.events] == [etype]


def test_an_envoy_recalled_for_consultations_is_recalled_by_his_own_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MOGADISHU — Somalia's Foreign Minister Abdirahman Hersi said the ambassador had been recalled "
                       "\"for consultations\" and accused Nairobi of hostility.")
    assert types_read(x, "consultations") == []
    recall = next(e for e in x.events if e.trigger == "recalled")
    assert recall.type == "SANCTION"
    assert countries(x, recall.source) == {"SOM"}
    assert countries(x, recall.target) == {"KEN"}


def test_workers_who_stay_out_would_be_dismissed_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PANAMA CITY — The Labour Ministry said workers who did not report for their shifts by "
                       "Thursday would be dismissed.")
    dismissal = next(e for e in x.events if e.trigger == "dismissed")
    assert dismissal.type == "THREATEN" and names(x, dismissal.target) == {"workers"}


def test_ministers_dismissed_are_no_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KINSHASA — The president dismissed two ministers on Monday. The Kremlin dismissed the "
                       "accusations as nonsense.")
    assert [(e.type, e.trigger) for e in x.events] == [("REJECT", "dismissed")]
    assert names(x, x.events[0].source) == {"Kremlin"}


def test_a_conviction_and_a_declared_emergency_are_coercion_but_a_convicted_man_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORT MORESBY — A court in Papua New Guinea convicted 27 men of wilful murder on Thursday. "
                       "Argentina's government declared a 90-day security emergency in Rosario. A spokesman for the "
                       "convicted men's clan said the clan did not accept the verdict. Two activists face up to ten "
                       "years in prison if convicted.")
    convictions = [e for e in x.events if e.trigger == "convicted"]
    assert len(convictions) == 1 and convictions[0].type == "COERCE" and convictions[0].status == "occurred"
    assert any(e.trigger == "declared" and e.type == "COERCE" for e in x.events)


def test_impounding_sealing_and_pulling_back_are_read_and_a_prosecution_warned_is_the_states(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MAPUTO — Mozambique's police detained 40 protesters in Maputo on Monday. Interior Minister "
                       "Celso Matavele-Nhantumbo said those responsible for the destruction of property would be "
                       "prosecuted. Police sealed the offices of the opposition newspaper and impounded two "
                       "vehicles. The protesters later pulled back from the square.")
    warned = next(e for e in x.events if e.trigger == "prosecuted")
    assert warned.type == "THREATEN" and countries(x, warned.source) == {"MOZ"}
    assert any(e.trigger in ("sealed", "impounded") and e.type == "COERCE" for e in x.events)
    assert any(e.trigger == "pulled" and e.type == "RETREAT" for e in x.events)


def test_a_court_that_fines_someone_sanctions_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A court in Punta Arenas fined the trawler's Argentine captain 12 million pesos on Monday.")
    assert any(e.type == "SANCTION" and e.trigger == "fined" for e in x.events)


CHARGE_STORY = ("NAIROBI, Kenya (AP) — Kenyan police arrested an opposition lawmaker, Peter Wanjala Otieno, at his "
                "home in Kisumu on Sunday on charges of incitement to violence. A police spokesman said nine men "
                "detained in Nakuru were suspected of burning a county office. A court in Mombasa acquitted a "
                "businessman on charges of fraud. A man suspected of theft was seen in the market.")


def test_an_arrest_on_charges_is_also_the_accusation_of_the_side_holding_him(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, CHARGE_STORY)
    charge = next(e for e in x.events if e.trigger == "charges" and "Otieno" in e.evidence.text)
    assert charge.type == "ACCUSE"
    assert countries(x, charge.source) == {"KEN"} and countries(x, charge.target) == {"KEN"}
    assert any(e.type == "COERCE" and e.trigger == "arrested" for e in x.events)


def test_people_said_to_be_suspected_of_an_act_are_accused_by_the_police(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, CHARGE_STORY)
    suspected = [e for e in x.events if e.trigger == "suspected"]
    assert [e.type for e in suspected] == ["ACCUSE"]
    assert countries(x, suspected[0].source) == {"KEN"}


def test_an_acquittal_on_charges_brings_no_new_accusation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, CHARGE_STORY)
    assert not [e for e in x.events if e.type == "ACCUSE" and "acquitted" in e.evidence.text]


def test_soldiers_captured_with_no_agent_named_were_captured_by_the_state_where_they_crossed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "YEREVAN (Reuters) - Armenia and Azerbaijan exchanged prisoners on Tuesday. The two Azerbaijani "
                       "soldiers were captured in May after crossing into Tavush near the town of Ijevan.")
    capture = next(e for e in x.events if e.type == "COERCE" and "captured" in e.evidence.text)
    assert countries(x, capture.source) == {"ARM"}
    assert countries(x, capture.target) == {"AZE"}


def test_boats_stopped_with_no_agent_named_were_stopped_by_the_state_that_tells_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LILONGWE (Reuters) - Malawi recalled its envoy to Tanzania on Tuesday. The boats were stopped "
                       "on Monday night off the shore of Karonga district and towed to Dar es Salaam, Malawi's "
                       "foreign ministry said.")
    stop = next(e for e in x.events if e.type == "COERCE" and "stopped" in e.evidence.text)
    assert countries(x, stop.source) == {"MWI"}


HELD_STORY = ("TBILISI, Georgia (AP) — Georgian police said on Friday that three Armenian truck drivers had been "
              "held for nine days at a police station in Marneuli before a judge freed them. The talks on the "
              "border were held in Tbilisi. Officials said the ministers would be held responsible for any delay.")


def test_people_held_for_days_were_in_custody(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, HELD_STORY)
    held = [e for e in x.events if e.trigger == "held"]
    assert [(e.type, e.mode) for e in held] == [("COERCE", "arrest")]
    assert countries(x, held[0].source) == {"GEO"} and countries(x, held[0].target) == {"ARM"}
