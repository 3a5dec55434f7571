"""Behaviour of sitrep's NLP stages on short texts written for these tests.

Each test names what a stage must do; none uses the golden article, which is
held out for scoring.
"""

from __future__ import annotations

import pytest

from extraction_helpers import unattributed
from sitrep.model import Document, Extraction

pytestmark = pytest.mark.slow


def run(extractor, text: str, published: str = "2024-05-14") -> Extraction:  # type: ignore[no-untyped-def]
    return extractor.extract(Document(text=text, published=published))  # type: ignore[no-any-return]


def actor(x: Extraction, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in x.actors if a.name == name or name in a.aliases]
    assert found, f"no actor {name!r} in {[a.name for a in x.actors]}"
    return found[0]


def names(x: Extraction, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := x.actor(i)) is not None}


def countries(x: Extraction, ids: list[str]) -> set[str | None]:
    return {a.country for i in ids if (a := x.actor(i)) is not None}


def test_actors_take_country_and_role_from_a_title(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Brazilian Foreign Minister Carla Mendes met her Argentine counterpart on Monday.")
    a = actor(x, "Carla Mendes")
    assert a.kind == "person"
    assert a.country == "BRA"
    assert any("Foreign Minister" in r for r in a.roles)


def test_actors_merge_surname_mentions_into_one_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenyan President William Otieno arrived in Addis Ababa. Otieno said the visit was overdue.")
    people = [a for a in x.actors if a.kind == "person"]
    assert len([a for a in people if "Otieno" in a.name]) == 1
    assert "Otieno" in actor(x, "William Otieno").aliases


def test_actors_link_an_envoy_to_the_country_of_his_principal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Egyptian President Hassan Farouk's envoy Tarek Nabil held talks with Sudanese officials "
                       "in Cairo on Sunday.")
    envoy = actor(x, "Tarek Nabil")
    assert envoy.country == "EGY"
    assert "envoy" in envoy.roles


def test_capital_that_acts_is_its_government(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Beijing said it would respond to the new tariffs. Officials in Beijing gave no details.")
    china = [a for a in x.actors if a.country == "CHN"]
    assert china, "Beijing as the subject of 'said' should be China's government"
    assert any(p.name == "Beijing" for p in x.places), "Beijing is still a place"


def test_byline_and_publisher_are_not_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.sources.load import document_from_text

    doc = document_from_text("Port strike ends\n\nLAGOS — Dock workers ended a week-long strike on Friday.\n\n"
                             "By Ngozi Adeyemi\nThe Harbour Times", name="t")
    x = extractor.extract(doc)
    assert doc.byline == "Ngozi Adeyemi"
    assert all(a.name not in ("Ngozi Adeyemi", "The Harbour Times") for a in x.actors)


def test_events_code_source_and_target_of_an_active_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ethiopian troops attacked Eritrean positions near the border on Tuesday.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, ev.source) == {"ETH"}
    assert countries(x, ev.target) == {"ERI"}
    assert ev.status == "occurred"


def test_events_read_the_agent_of_a_passive(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Three Malian soldiers were killed by jihadist fighters near Gao, the army said.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, ev.target) == {"MLI"}
    assert ev.dead == 3


def test_events_take_two_sources_from_a_coordinated_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile and Peru signed a fisheries agreement in Lima on Thursday.")
    ev = next(e for e in x.events if e.type == "AGREE")
    assert countries(x, ev.source) == {"CHL", "PER"}
    place = x.place(ev.place)
    assert place is not None and place.name == "Lima" and place.country == "PER"


def test_events_mark_future_acts_as_planned_and_threats_as_threatened(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "India will host Japanese negotiators next week. Pakistan warned it would strike "
                       "militant camps if attacks continued.")
    consult = next(e for e in x.events if e.type == "CONSULT")
    assert consult.status == "planned"
    assert consult.date == "2024-05-21"
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert threat.status in ("threatened", "conditional")


def test_no_event_where_the_text_says_it_did_not_happen(extractor) -> None:  # type: ignore[no-untyped-def]
    """PLOVER codes no act that did not happen: an accord not signed is no agreement (a refusal to sign is
    read as a rejection elsewhere)."""
    x = run(extractor, "Colombia did not sign the trade accord with Ecuador.")
    assert not any(e.type == "AGREE" for e in x.events)


def test_events_carry_claimant_and_verification(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Azerbaijan said its forces captured two Armenian villages, claims that could not be "
                       "independently verified.")
    ev = next(e for e in x.events if e.type in ("COERCE", "ASSAULT"))
    assert ev.verification == "unverified"
    assert ev.claimed_by is not None and x.actor(ev.claimed_by).country == "AZE"  # type: ignore[union-attr]
    assert any(q.value == 2 and q.unit == "villages" for q in x.quantities)


def test_events_are_dated_from_weekday_relative_to_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Nigerian police arrested 40 protesters in Abuja on Sunday.", published="2024-05-14")
    ev = next(e for e in x.events if e.type == "COERCE")
    assert ev.date == "2024-05-12"
    assert ev.arrested == 40


def test_quotes_find_direct_speech_with_its_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "“We will rebuild every school,” Education Minister Lina Haddad said on Monday.")
    q = next(q for q in x.quotes if q.direct)
    assert q.text.startswith("We will rebuild every school")
    assert x.actor(q.speaker).name == "Lina Haddad"  # type: ignore[union-attr]
    assert q.cue == "said"


def test_quotes_resolve_a_pronoun_speaker_of_indirect_speech(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Governor Maria Santos visited the flooded district. She said the dams would hold.")
    q = next(q for q in x.quotes if not q.direct)
    assert "dams would hold" in q.text
    assert x.actor(q.speaker).name == "Maria Santos"  # type: ignore[union-attr]


def test_quantities_read_counts_vague_amounts_and_temperatures(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "About 12,500 households were without water after the storm, and tens of thousands "
                       "of people fled as temperatures fell to minus 7 Celsius.")
    units = {(q.value, q.unit) for q in x.quantities}
    assert (12500, "households") in units
    assert (-7, "celsius") in units
    vague = next(q for q in x.quantities if q.approximate and q.value == 10000)
    assert vague.value_max is not None and vague.value_max > vague.value


def test_offsets_point_into_the_document_text(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "“The bridge is closed,” the mayor of Lyon said. French police detained two men.")
    text = x.document.text
    for q in x.quotes:
        assert text[q.start:q.end] == q.text
    for e in x.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
    for a in x.actors:
        for m in a.mentions:
            assert 0 <= m.start < m.end <= len(text)


def test_events_keep_infrastructure_targets_and_their_impact(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Syrian government forces shelled two water pumping stations near Idlib, leaving "
                       "30,000 households without water.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert ev.infrastructure
    assert any("stations" in o for o in ev.target_objects)
    impact = [q for q in x.quantities if q.id in ev.impact]
    assert impact and impact[0].value == 30000 and impact[0].unit == "households"


def test_events_keep_both_sides_of_a_disputed_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia said its troops captured two Azerbaijani positions near the border. "
                       "Azerbaijan denied the claim.")
    ev = next(e for e in x.events if e.claimed_by is not None)
    assert x.actor(ev.claimed_by).country == "ARM"  # type: ignore[union-attr]
    assert ev.verification == "disputed"
    assert {x.actor(a).country for a in ev.disputed_by} == {"AZE"}  # type: ignore[union-attr]


def test_events_code_armed_movements_but_not_other_movement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Dozens of militants were seen in the forest near Kandi on Tuesday.")
    ev = next(e for e in x.events if e.type == "MOBILIZE")
    assert any("militants" in x.actor(a).name for a in ev.source)  # type: ignore[union-attr]
    calm = run(extractor, "Oil prices moved higher on Tuesday as traders were seen buying.")
    assert not [e for e in calm.events if e.type == "MOBILIZE"]


def test_events_code_two_parties_fighting_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fishermen and traders fought each other at the harbour on Sunday.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert names(x, ev.source) == {"Fishermen", "traders"}


def test_events_code_a_gathering_only_when_a_crowd_gathers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hundreds of students gathered outside the ministry on Monday.")
    assert [e for e in x.events if e.type == "PROTEST"]
    calm = run(extractor, "The ministers gathered in the capital on Monday for the budget.")
    assert not [e for e in calm.events if e.type == "PROTEST"]


def test_events_read_headline_victims_as_targets(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Convoy ambushed near Gao. At least four soldiers killed and two injured.")
    ev = next(e for e in x.events if e.type == "ASSAULT")  # the toll of the next sentence is the ambush's
    assert unattributed(x, ev.source) and any("soldiers" in x.actor(a).name for a in ev.target)  # type: ignore[union-attr]
    assert ev.dead == 4 and ev.injured == 2


def test_events_read_a_headline_verb_the_tagger_took_for_a_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KDF bomb Tiro. 4 herders died.")
    ev = next(e for e in x.events if e.trigger == "bomb")
    assert ev.type == "ASSAULT" and ev.dead == 4  # the deaths of the next sentence are the bombing's
    x = run(extractor, "Rebel forces dislodge Al Shabaab from Karu and Tiro.")
    ev = next(e for e in x.events if e.trigger == "dislodge")
    assert ev.type == "ASSAULT" and names(x, ev.target) == {"Al Shabaab"}
    assert names(x, ev.source) == {"Rebel forces"}  # the subject the parser compounded onto the verb


def test_events_leave_a_trigger_word_inside_a_noun_compound_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("The army bomb disposal unit arrived in Karu.", "Police bomb experts inspect the site."):
        assert not [e for e in run(extractor, text).events if e.type == "ASSAULT"], text


def test_events_code_torture_as_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Prison guards tortured dozens of detainees in Kenya, a rights group said.")
    assert any(e.type == "ASSAULT" and e.mode == "torture" for e in x.events)


def test_events_code_capturing_a_town_as_territorial_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels captured the town of Goma on Tuesday after heavy fighting.")
    ev = next(e for e in x.events if e.trigger == "captured")
    assert ev.type == "ASSAULT" and "territory" in ev.context
    arrest = run(extractor, "Police captured two suspects in Nairobi on Tuesday.")
    assert next(e for e in arrest.events if e.trigger == "captured").type == "COERCE"


def test_events_take_the_target_country_from_the_object_phrase(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Brazil imposed new import restrictions on Argentine beef on Monday.")
    ev = next(e for e in x.events if e.type == "SANCTION")
    assert countries(x, ev.target) == {"ARG"}


def test_a_measure_at_home_targets_the_country_where_it_applies(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kenyan government lifted the overnight curfew in Mombasa on Friday.")
    ev = next(e for e in x.events if e.type == "CONCEDE")
    assert countries(x, ev.target) == {"KEN"}
    y = run(extractor, "Egyptian police arrested twelve protesters in Cairo on Monday.")
    arrest = next(e for e in y.events if e.type == "COERCE")
    assert countries(y, arrest.target) == {"EGY"}


def test_victims_with_no_country_belong_where_they_were_attacked(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen killed four villagers in Maiduguri on Tuesday.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, ev.target) == {"NGA"}


def test_an_anti_country_modifier_is_not_the_actors_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "An anti-Iran activist was shot dead in Istanbul on Friday.")
    activist = next(a for a in x.actors if "activist" in a.name)
    assert activist.country != "IRN"


def test_a_visit_targets_the_host_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Chilean foreign minister arrived in Lima on an official visit on Monday.")
    ev = next(e for e in x.events if e.type == "CONSULT")
    assert countries(x, ev.target) == {"PER"}


def test_a_protest_with_no_one_named_protesting_is_still_reported(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Several shops were closed in the town centre because of protest sit-ins.")
    assert any(e.type == "PROTEST" for e in x.events)


def test_forces_driving_an_enemy_out_of_ground_take_territory(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Soldiers drove the insurgents out of the village on Friday.")
    assert any(e.type == "ASSAULT" and "territory" in e.context for e in x.events)
    y = run(extractor, "The tribunal cleared the former minister of all charges.")
    assert not [e for e in y.events if e.type in ("ASSAULT", "COERCE")]


def test_local_forces_take_the_country_their_fellow_actors_are_named_with(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police arrested twelve members of the Congolese opposition on Sunday.")
    police = next(a for a in x.actors if a.name.lower().endswith("police"))
    assert police.country == "COD"


def test_missiles_and_rockets_are_heavy_weapons_not_aircraft(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels fired rockets at an army base near the border on Monday.")
    assert any(e.type == "ASSAULT" and e.mode == "shelling" for e in x.events)
    y = run(extractor, "Warplanes bombed rebel positions near the border on Monday.")
    assert any(e.type == "ASSAULT" and e.mode == "aerial" for e in y.events)
    z = run(extractor, "Government warplanes fired missiles at a rebel convoy on Monday.")
    assert any(e.type == "ASSAULT" and e.mode == "aerial" for e in z.events)


def test_deaths_in_an_accident_or_a_disaster_are_no_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Eleven people were killed when a minibus plunged into a ravine near the pass.")
    assert not [e for e in x.events if e.type == "ASSAULT"]
    y = run(extractor, "Eleven people were killed when gunmen ambushed a minibus near the pass.")
    assert [e for e in y.events if e.type == "ASSAULT"]


def test_a_prisoner_exchange_is_a_release_and_exchanging_views_is_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels and the army exchanged prisoners near the front line on Sunday.")
    assert any(e.type == "RETREAT" and e.mode == "release" for e in x.events)
    y = run(extractor, "The two ministers exchanged views on trade on Sunday.")
    assert not [e for e in y.events if e.type == "RETREAT"]


def test_property_looted_by_no_one_named_is_still_reported(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Dozens of shops were looted overnight.")
    assert any(e.type == "ASSAULT" and e.mode == "property" for e in x.events)


def test_police_suppressing_a_march_coerce_and_do_not_march(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The police suppressed a peaceful march of teachers in the capital on Friday.")
    assert any(e.type == "COERCE" for e in x.events)
    assert not [e for e in x.events if e.type == "PROTEST" and any("police" in a.lower() for a in names(x, e.source))]


def test_bombers_blowing_themselves_up_and_aircraft_dropping_gas_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two suicide bombers blew themselves up at a checkpoint on Friday.")
    assert any(e.type == "ASSAULT" and e.mode == "explosive" for e in x.events)
    y = run(extractor, "A helicopter dropped barrel bombs on the market on Friday.")
    assert any(e.type == "ASSAULT" and e.mode == "aerial" for e in y.events)
    z = run(extractor, "Prices dropped sharply on Friday as the company blew past its targets.")
    assert not [e for e in z.events if e.type == "ASSAULT"]


def test_army_units_pushing_an_enemy_out_of_areas_take_territory(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Army units pushed the insurgents out of three districts on Monday.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert "territory" in ev.context and names(x, ev.source) == {"Army units"}


def test_an_organisation_named_after_a_place_belongs_to_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Mombasa County Assembly suspended two members on Tuesday.")
    assembly = next(a for a in x.actors if "Assembly" in a.name)
    assert assembly.country == "KEN"


def test_people_named_by_an_armed_group_are_armed_and_their_sightings_are_movements(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Suspected JNIM individuals were spotted near the village on motorcycles.")
    group = next(a for a in x.actors if "individuals" in a.name)
    assert group.sector == "REB"
    assert any(e.type == "MOBILIZE" for e in x.events)


def test_a_place_followed_by_its_region_in_brackets_lies_in_that_region(extractor) -> None:  # type: ignore[no-untyped-def]
    # "Sori" is also a town in Iran; the bracket says which one is meant, or that the index lacks it
    x = run(extractor, "Herders clashed with farmers in Sori (Gogounou, Alibori) on Monday.")
    sori = next(p for p in x.places if p.name.startswith("Sori"))
    assert sori.country == "BEN"


def test_the_federal_in_a_title_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Federal Minister for Trade met exporters in Karachi on Monday.")
    assert [p.name for p in x.places] == ["Karachi"]


def test_forces_dislodging_or_expelling_an_enemy_from_ground_take_territory(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Troops dislodged the militants from two villages on Sunday.",
                 "Government forces expelled the rebels from the town on Sunday."):
        x = run(extractor, text)
        assert any(e.type == "ASSAULT" and "territory" in e.context for e in x.events), text
    y = run(extractor, "The government expelled two diplomats from the country on Sunday.")
    assert not [e for e in y.events if "territory" in e.context]


def test_a_title_in_apposition_is_the_named_persons_not_another_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ann Lee, President Mark Doe’s new chief of staff and head of the trade delegation, "
                       "said the talks went well.")
    lee = next(a for a in x.actors if a.name == "Ann Lee")
    assert lee.roles == ["chief of staff", "head of the trade delegation"]
    assert not [a for a in x.actors if a.name.startswith(("head", "President Mark"))]
    y = run(extractor, "The town mayor, Peter Olsen, said the bridge would be rebuilt.")
    assert [(a.name, a.roles) for a in y.actors] == [("Peter Olsen", ["town mayor"])]


def test_a_counterpart_named_by_a_demonym_is_that_countrys_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Chilean foreign minister met his Peruvian counterpart on Monday.")
    ev = next(e for e in x.events if e.type == "CONSULT")
    assert countries(x, ev.target) == {"PER"}


def test_forcing_people_out_and_suspending_a_paper_are_coercion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Soldiers forced out hundreds of villagers from their homes on Tuesday.")
    assert any(e.type == "COERCE" and e.mode == "expel" for e in x.events)
    y = run(extractor, "The government ordered the opposition weekly to suspend publication.")
    assert any(e.type == "COERCE" and e.mode == "censor" for e in y.events)


def test_events_tell_a_work_stoppage_from_a_military_strike(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Court clerks announced a 48-hour strike over unpaid wages.")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in x.events)
    y = run(extractor, "Rebel forces launched a strike on an army base near the border.")
    assert not [e for e in y.events if e.type == "PROTEST"]


def test_events_code_extradition_as_cooperation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Zambia extradited a suspected militant to Britain on Sunday.")
    ev = next(e for e in x.events if e.type == "COOPERATE")
    assert countries(x, ev.source) == {"ZMB"} and countries(x, ev.target) == {"GBR"}


def test_an_office_holder_with_no_country_named_holds_office_where_the_report_is(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "President Amadou Diallo extended the curfew in Bamako after a week of unrest.")
    assert actor(x, "Amadou Diallo").country == "MLI"


def test_a_governments_protest_is_a_complaint_and_a_crowds_is_a_demonstration(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The foreign ministry protested the expulsion of two of its diplomats.")
    assert any(e.type == "ACCUSE" and e.trigger == "protested" for e in x.events)
    y = run(extractor, "Nurses protested outside the hospital in Lagos on Monday.")
    assert any(e.type == "PROTEST" and e.trigger == "protested" for e in y.events)


def test_a_rights_group_is_civil_society_not_an_armed_group(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A human rights group said the detainees were beaten, and rival political groups clashed.")
    sectors = {a.name: a.sector for a in x.actors}
    assert sectors.get("human rights group") == "NGO"


def test_counts_read_ranges_as_low_and_high_not_their_sum(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen killed between 3 and 10 people in the village on Monday.")
    q = next(q for q in x.quantities if q.unit == "people")
    assert (q.value, q.value_max) == (3, 10)
    assert next(e for e in x.events if e.type == "ASSAULT").dead == 3


def test_counts_take_named_victims_one_by_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen shot and killed a teacher and a nurse near the clinic in Goma.")
    assert max(e.dead or 0 for e in x.events) == 2
    y = run(extractor, "Farmer killed near the market in Goma.")
    assert next(e for e in y.events if e.type == "ASSAULT").dead == 1


def test_a_bomb_that_went_off_and_killed_is_an_attack_but_a_gas_leak_is_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A car bomb exploded outside the hospital in Mogadishu, killing five people.")
    assert any(e.type == "ASSAULT" and e.dead == 5 for e in x.events)
    y = run(extractor, "A gas cylinder exploded in a restaurant in Lagos, killing three people.")
    assert not [e for e in y.events if e.type == "ASSAULT"]


def test_counts_add_conjoined_victims_and_leave_out_the_killers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Militants attacked an army post near Gao. One soldier and two militants were killed.")
    assert max(e.dead or 0 for e in x.events) == 3
    y = run(extractor, "Two men armed with machetes killed a farmer near Kano.")
    assert max(e.dead or 0 for e in y.events) == 1


def test_counts_prefer_a_stated_total(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen attacked a police station in Kidal, killing two officers and three "
                       "bystanders, a total of five fatalities.")
    assert max(e.dead or 0 for e in x.events) == 5


def test_disasters_and_accidents_are_not_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A strong earthquake killed eight people and damaged hundreds of homes in Sumatra.")
    assert not [e for e in x.events if e.type == "ASSAULT"]
    y = run(extractor, "The ministry announced new measures targeting importers of steel.")
    assert not [e for e in y.events if e.type == "ASSAULT"]


def test_a_gerund_named_as_an_offence_is_not_a_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police arrested 40 people for offences including loitering and gathering in groups.")
    assert not [e for e in x.events if e.type == "PROTEST"]


def test_a_hoped_for_signing_is_planned_even_when_the_hope_is_reported(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kenyan president has said he hopes to sign the accord with Ethiopia next week.")
    ev = next(e for e in x.events if e.trigger == "sign")
    assert ev.status == "planned"


def test_a_threat_is_dated_when_it_is_made_not_by_the_span_around_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fighting has intensified since the spring, and the rebels insist they will seize the "
                       "capital by force if talks fail.", published="2024-05-14")
    ev = next(e for e in x.events if e.type == "THREATEN")
    assert ev.date == "2024-05-14"


def test_an_acronym_that_acts_is_an_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On Sunday, suspected QRFX fighters' allies, the QRF, attacked a customs post near Kandi.")
    assert any(a.name == "QRF" and a.kind == "organization" for a in x.actors)


def test_members_of_an_armed_group_are_armed_and_their_movements_are_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Members of an armed group were seen near the park on Tuesday.")
    assert any(e.type == "MOBILIZE" for e in x.events)
    y = run(extractor, "An armed group stole five motorcycles in the village on Tuesday.")
    assert any(e.type == "COERCE" and e.trigger == "stole" for e in y.events)


def test_weapons_found_or_seized_are_a_seizure_even_with_no_one_named(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two rifles and 80 rounds of ammunition were seized at a checkpoint near Kano.")
    assert any(e.type == "COERCE" and e.trigger == "seized" for e in x.events)
    y = run(extractor, "Police found the missing girl in a forest near Kano.")
    assert not [e for e in y.events if e.type == "COERCE"]


def test_a_mediation_between_two_parties_targets_both(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kenyan president undertook a mediation mission between Ethiopia and Eritrea.")
    ev = next(e for e in x.events if e.type == "CONSULT")
    assert countries(x, ev.source) == {"KEN"} and countries(x, ev.target) == {"ETH", "ERI"}


def test_ending_restrictions_is_a_concession_and_a_new_ban_a_sanction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ghana cancelled restrictions on imports from Togo on Monday.")
    assert any(e.type == "CONCEDE" for e in x.events)
    y = run(extractor, "Ghana cancelled its trade talks with Togo on Monday.")
    assert not [e for e in y.events if e.type == "CONCEDE"]


def test_joint_exercises_of_two_navies_are_cooperation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Indian and Kenyan warships on Monday launched ten days of war games off Mombasa.")
    ev = next(e for e in x.events if e.type == "COOPERATE")
    assert countries(x, ev.source) == {"IND", "KEN"}


def test_stopping_a_protest_is_coercion_and_calling_one_off_a_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police prevented the demonstration planned by students outside the university in Accra.")
    assert any(e.type == "COERCE" and e.trigger == "prevented" for e in x.events)
    y = run(extractor, "Police blocked the road to the airport in Accra on Monday.")
    assert not [e for e in y.events if e.type == "PROTEST"]


def test_banning_ones_own_opposition_is_repression_and_an_attempt_happened(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "President Amadou Diallo has banned Malian opposition candidates from the elections.")
    assert any(e.type == "COERCE" and e.mode == "restrict" for e in x.events)
    y = run(extractor, "Hackers in Kenya tried to break into the computers of army officers.")
    assert not [e for e in y.events if e.type == "THREATEN"]


def test_ethnic_communities_belong_where_they_live_and_led_forces_to_their_leader(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hundreds of ethnic Somalis demonstrated on Tuesday in Nairobi.")
    ev = next(e for e in x.events if e.type == "PROTEST")
    assert countries(x, ev.source) == {"KEN"}
    y = run(extractor, "Kenyan-led forces retook a village in southern Somalia on Friday.")
    ev = next(e for e in y.events if e.trigger == "retook")
    assert countries(y, ev.source) == {"KEN"}


def test_clashes_between_two_sides_have_both_as_sources(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Clashes between the army and rebels erupted near the border on Monday.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert names(x, ev.source) == {"army", "rebels"}


def test_a_missile_that_hit_is_an_attack_with_no_one_named(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On Sunday a missile hit the car park of the main hospital in Tripoli.")
    assert any(e.type == "ASSAULT" for e in x.events)


def test_forming_a_militia_and_closing_schools_are_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Residents of the village created a self-defence militia on Monday.")
    assert any(e.type == "MOBILIZE" for e in x.events)
    y = run(extractor, "Armed men were seen near the village of Kandi on Monday.")
    assert any(e.type == "MOBILIZE" for e in y.events)


def test_arson_barricades_and_boarding_a_ship_are_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Unknown individuals set ablaze three hectares of cotton in Kandi on Sunday.")
    assert any(e.type == "ASSAULT" and e.mode == "property" for e in x.events)
    y = run(extractor, "Hunters barricaded the road near Kandi on Sunday.")
    assert any(e.type == "PROTEST" for e in y.events)
    z = run(extractor, "Pirates boarded a cargo ship off the coast of Lagos on Sunday.")
    assert any(e.type == "COERCE" for e in z.events)


def test_a_protest_is_aimed_at_the_government_named_in_its_purpose_or_where_it_is(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hundreds of refugees began a hunger strike to protest against Norway's decision "
                       "to deport them.")
    ev = next(e for e in x.events if e.type == "PROTEST")
    assert countries(x, ev.target) == {"NOR"}
    y = run(extractor, "Thousands of students demonstrated in Nairobi on Sunday.")
    ev = next(e for e in y.events if e.type == "PROTEST")
    assert countries(y, ev.target) == {"KEN"}


def test_a_demand_that_someone_act_targets_them_and_is_not_their_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The labour office repeated its demand that Egypt ease restrictions on workers.")
    ev = next(e for e in x.events if e.type == "REQUEST")
    assert countries(x, ev.target) == {"EGY"}
    assert not [e for e in x.events if e.type == "CONCEDE"]


def test_counts_keep_each_noun_its_own_fate(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police clashed with gunmen near Kandi. There was 1 fatality and 7 people arrested.")
    assert max(e.dead or 0 for e in x.events) == 1
    assert any(e.arrested == 7 for e in x.events)
    y = run(extractor, "The fighting between the army and the rebels resulted in one fatality near Kandi.")
    assert max(e.dead or 0 for e in y.events) == 1


def test_a_killing_counts_but_an_alleged_one_does_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen attacked the village of Kandi. The attack resulted in the killing of 3 people.")
    assert max(e.dead or 0 for e in x.events) == 3
    y = run(extractor, "Police arrested 12 elders who had come to discuss the alleged killing of 40 civilians.")
    assert not [e for e in y.events if e.dead]
    z = run(extractor, "On Sunday a hunter shot dead another near the village of Kandi.")
    assert max(e.dead or 0 for e in z.events) == 1


def test_a_role_noun_takes_the_country_of_its_body_or_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A member of the Kenyan parliament started a hunger strike on Monday.")
    ev = next(e for e in x.events if e.type == "PROTEST")
    assert countries(x, ev.source) == {"KEN"}
    y = run(extractor, "Demonstrators in Nairobi blocked a road on Monday to denounce French policy.")
    ev = next(e for e in y.events if e.type == "PROTEST")
    assert countries(y, ev.source) == {"KEN"}


def test_victims_who_died_later_or_were_fatally_assaulted_are_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A local councillor was attacked at his home in Kandi and died the next day.")
    assert max(e.dead or 0 for e in x.events) == 1
    y = run(extractor, "A group of youths fatally assaulted an old man and a woman in Kandi on Sunday.")
    assert max(e.dead or 0 for e in y.events) == 2


def test_one_more_victim_of_the_same_kind_adds_up(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On Monday gunmen shot and killed a man in his home and decapitated another near Kandi.")
    assert max(e.dead or 0 for e in x.events) == 2



def test_grenades_hurled_and_clashes_after_which_people_are_feared_dead_are_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A hand grenade was hurled at an army truck in the market of Kandi on Sunday.")
    assert any(e.type == "ASSAULT" and e.trigger == "hurled" for e in x.events)
    y = run(extractor, "Six people are feared dead following a clash between herders and farmers near Kandi.")
    ev = next(e for e in y.events if e.trigger == "clash")
    assert ev.dead == 6 and names(y, ev.source) == {"herders", "farmers"}


def test_events_code_harm_done_by_people_the_lexicon_does_not_know(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A post office has been burnt by angry pensioners after payments stopped.")
    assert any(e.type == "ASSAULT" and e.trigger == "burnt" for e in x.events)
    y = run(extractor, "Unknown vandals smashed the windows of a councillor's shop overnight.")
    assert any(e.type == "ASSAULT" and e.trigger == "smashed" for e in y.events)
    calm = run(extractor, "A warehouse was burnt in a fire on Sunday.")
    assert not [e for e in calm.events if e.type == "ASSAULT"]


def test_events_code_theft_told_with_an_irregular_past(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On 3 May, a gang of armed men stole goats in a hamlet near the border.")
    ev = next(e for e in x.events if e.trigger == "stole")
    assert ev.type == "COERCE" and ev.mode == "seize"


def test_events_code_setting_something_on_fire(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Youths set tyres on fire and barricaded the main road.")
    assert any(e.type == "ASSAULT" and e.mode == "property" and e.trigger == "set" for e in x.events)


def test_willingness_to_concede_and_future_meetings_are_agree(extractor) -> None:  # type: ignore[no-untyped-def]
    # PLOVER AGREE: "offer, promise, or otherwise indicate willingness", to concede or to meet
    x = run(extractor, "Chile says it is willing to withdraw its troops from Bolivia.")
    ev = next(e for e in x.events if e.trigger == "withdraw")
    assert ev.type == "AGREE" and ev.status == "planned"
    y = run(extractor, "The Peruvian foreign minister said he was ready to visit Ecuador in June.")
    assert next(e for e in y.events if e.trigger == "visit").type == "AGREE"
    # an announced future withdrawal, with no willingness word, stays a concession
    z = run(extractor, "Chile announced it will withdraw its troops from Bolivia.")
    assert next(e for e in z.events if e.trigger == "withdraw").type == "CONCEDE"


def test_meeting_demands_is_giving_in_not_a_meeting(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya said it would not meet the rebels' demands.")
    assert not [e for e in x.events if e.type == "CONSULT"]
    assert any(e.type == "REJECT" and e.trigger == "meet" for e in x.events)


def test_handing_over_relief_and_evacuating_the_wounded_are_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Norwegian doctors handed over two tons of medicine to the Kenyan Red Cross.")
    assert next(e for e in x.events if e.trigger == "handed").type == "AID"
    y = run(extractor, "Kenyan army helicopters evacuated the wounded from the town of Mandera.")
    assert any(e.type == "AID" and e.trigger == "evacuated" for e in y.events)
    assert not [e for e in y.events if e.type == "ASSAULT"]  # "the wounded" are people, not an attack


def test_tanks_of_a_named_side_are_its_weapons(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Syrian tanks fired shells at targets near the town of Hama.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert countries(x, ev.source) == {"SYR"}
    y = run(extractor, "A gas tank exploded at a market in Nairobi.")
    assert not [e for e in y.events if e.type == "ASSAULT"]


def test_a_warm_welcome_and_human_shields_are_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Ghanaian president gave a warm welcome to the visiting Togolese prime minister.")
    ev = next(e for e in x.events if e.type == "CONSULT")
    assert countries(x, ev.target) == {"TGO"}
    y = run(extractor, "Rebels have been holding villagers as human shields near Goma.")
    assert any(e.type == "COERCE" for e in y.events)


def test_a_reported_obligation_is_a_request_not_the_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kenyan foreign minister reiterated that Uganda must hand over the suspects.")
    ev = next(e for e in x.events if e.type == "REQUEST")
    assert countries(x, ev.target) == {"UGA"}
    assert not [e for e in x.events if e.type == "RETREAT"]


def test_lifting_a_blockade_and_letting_aid_in_are_retreats(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Ethiopian army lifted its blockade of the Somali town of Baidoa on Monday.")
    assert next(e for e in x.events if e.trigger == "lifted").type == "RETREAT"
    y = run(extractor, "Kenya opened the border crossing to allow the delivery of food to Somalia.")
    # (opening the crossing and allowing the delivery are one easing, told by either verb)
    assert any(e.type == "RETREAT" for e in y.events if e.trigger in ("opened", "allow"))
    z = run(extractor, "Ghana cancelled restrictions on imports from Togo on Monday.")
    assert any(e.type == "CONCEDE" for e in z.events)  # easing a paper restriction stays a concession


def test_pressuring_someone_to_act_is_a_request(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenyan authorities have been pressuring dock workers to call off their strike.")
    assert next(e for e in x.events if e.trigger == "pressuring").type == "REQUEST"
    assert not [e for e in x.events if e.type == "CONCEDE"]


def test_a_threat_takes_the_target_of_the_threatened_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Sudan threatened to bomb Ethiopian border towns, the army said.")
    ev = next(e for e in x.events if e.type == "THREATEN")
    assert countries(x, ev.target) == {"ETH"}
    assert not [e for e in x.events if e.type == "ASSAULT"]  # the bombing has not happened


def test_a_complaint_accuses_the_side_it_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ghana complained to the United Nations over Togolese border raids.")
    ev = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, ev.target) == {"TGO"}


def test_events_code_waving_placards_and_chanting_slogans_as_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Dozens of nurses waved placards outside the hospital on Monday.")
    assert [e for e in x.events if e.type == "PROTEST" and e.trigger == "waved"]
    y = run(extractor, "Onlookers in the hall chanted slogans against the verdict.")
    assert [e for e in y.events if e.type == "PROTEST" and e.trigger == "chanted"]
    calm = run(extractor, "The fans chanted songs in the stadium and waved scarves.")
    assert not [e for e in calm.events if e.type == "PROTEST"]


def test_actors_read_an_ethnic_group_as_a_community(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen attacked members of the Lendu ethnic group near the lake.")
    ev = next(e for e in x.events if e.type == "ASSAULT")
    assert {x.actor(a).sector for a in ev.target} == {"CVL"}  # type: ignore[union-attr]


def test_actors_know_the_libyan_national_army_as_state_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The LNA took control of the port on Monday.")
    assert actor(x, "LNA").sector == "MIL"


def test_a_subject_misparsed_as_a_compound_still_does_the_killing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A herder shot and killed three cows that had strayed onto his land near Kandi.")
    assert any(e.type == "ASSAULT" for e in x.events)


def test_sightings_and_movements_of_armed_men_are_mobilizations(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Movements of armed men were reported by herders near the border on Friday.")
    assert any(e.type == "MOBILIZE" for e in x.events)
    y = run(extractor, "The movement of goods across the border slowed in March.")
    assert not [e for e in y.events if e.type == "MOBILIZE"]


def test_an_attack_held_over_a_demand_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen ordered the clinic to close within a week under threat of an attack.")
    assert not [e for e in x.events if e.type == "ASSAULT" and e.status == "occurred"]
    assert any(e.type == "THREATEN" and e.status == "threatened" for e in x.events)


def test_a_sentence_opening_with_a_protest_noun_is_a_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Protests hostile to the new tax law in the capital, against rising prices.")
    assert any(e.type == "PROTEST" for e in x.events)
    y = run(extractor, "Students joined a protest movement against the junta in Niamey.")
    assert any(e.type == "PROTEST" for e in y.events)


def test_hitting_or_storming_the_streets_is_a_protest_not_an_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hundreds of nurses hit the streets of the capital to demand unpaid wages.")
    assert any(e.type == "PROTEST" and e.trigger == "hit" for e in x.events)
    assert not [e for e in x.events if e.type == "ASSAULT"]
    y = run(extractor, "Angry youths stormed the streets of the town after the verdict.")
    assert any(e.type == "PROTEST" and e.trigger == "stormed" for e in y.events)
    z = run(extractor, "Gunmen stormed the police station in the town on Friday.")
    assert any(e.type == "ASSAULT" and e.trigger == "stormed" for e in z.events)


def test_forest_guards_and_park_rangers_are_state_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Forest guards exchanged fire with poachers inside the reserve on Tuesday.")
    clash = next(e for e in x.events if e.type == "ASSAULT")
    assert {x.actor(a).sector for a in clash.source} == {"COP"}  # type: ignore[union-attr]
    y = run(extractor, "Park rangers arrested two poachers near the lodge on Monday.")
    arrest = next(e for e in y.events if e.type == "COERCE")
    assert {y.actor(a).sector for a in arrest.source} == {"COP"}  # type: ignore[union-attr]


def test_a_fight_against_the_cost_of_living_is_no_violence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The unions marched on Labour Day and called for a fight against the high cost of living.")
    assert not [e for e in x.events if e.type == "ASSAULT"]
    y = run(extractor, "Soldiers fought against rebels near the airport on Sunday.")
    assert any(e.type == "ASSAULT" for e in y.events)


def test_taking_people_as_hostages_is_an_abduction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Pirates took nine sailors as hostages from a fishing trawler off the coast.")
    assert any(e.mode == "abduct" for e in x.events)


def test_leaving_without_fighting_is_no_fight(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The patrol came upon a militant camp near the river. The fighters fled without fighting.")
    assert all(e.negated for e in x.events if e.type == "ASSAULT")
    y = run(extractor, "The soldiers fought the militants near the river and fled.")
    assert any(e.type == "ASSAULT" and not e.negated for e in y.events)


def test_breaking_a_ceasefire_is_fighting_not_a_truce(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Chadian army broke a two-year ceasefire with the rebels on Sunday.")
    assert [e.type for e in x.events if e.trigger == "ceasefire"] == ["ASSAULT"]
    y = run(extractor, "Rebels violated the truce near Kidal, the Malian army said.")
    assert any(e.type == "ASSAULT" for e in y.events)
    assert not [e for e in y.events if e.type in ("RETREAT", "REJECT")]


def test_an_act_held_in_case_of_need_is_conditional(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Belgian troops are on standby in case they need to evacuate Belgian citizens from Kinshasa.")
    ev = next(e for e in x.events if e.trigger == "evacuate")
    assert ev.status == "conditional"
    assert ev.type == "AID"  # carrying one's citizens out of danger is a rescue, not a retreat


def test_anti_x_protests_are_aimed_at_x_and_not_done_by_the_clause_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Belgium began flying its nationals home after days of anti-Belgian demonstrations in Kinshasa.")
    ev = next(e for e in x.events if e.type == "PROTEST")
    assert countries(x, ev.target) == {"BEL"}
    assert "BEL" not in countries(x, ev.source)


def test_taking_over_an_office_is_no_seizure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ghana takes over the chairmanship of the regional bloc from Nigeria in July.")
    assert not [e for e in x.events if e.type in ("COERCE", "ASSAULT")]


def test_a_likely_lifting_is_expected_and_the_lifted_embargo_is_no_new_sanction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The embargo on arms sales to Sudan is likely to be lifted within a year, Norway said.")
    lifting = next(e for e in x.events if e.trigger == "lifted")
    assert lifting.status == "planned"
    assert not [e for e in x.events if e.type == "SANCTION"]


def test_an_event_inside_its_own_if_clause_is_conditional_not_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "If the curfew is lifted, shops in Bamako will reopen, the mayor said.")
    ev = next(e for e in x.events if e.trigger == "lifted")
    assert (ev.type, ev.status) == ("CONCEDE", "conditional")


def test_calling_for_something_to_be_done_is_not_doing_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya and Uganda have repeatedly called for the sanctions to be lifted.")
    assert not [e for e in x.events if e.trigger == "lifted"]


def test_money_keeps_its_currency_and_full_value(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Profits rose to $2.4bn (£1.9bn) from $870m, and the firm paid 12 million euros in fines.")
    units = {(q.value, q.unit, q.currency) for q in x.quantities}
    assert {(2.4e9, "dollars", "USD"), (1.9e9, "pounds", "GBP"), (870e6, "dollars", "USD"),
            (12e6, "euros", "EUR")} <= units


def test_money_named_in_words_keeps_the_words_as_its_unit(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The court froze 40 million naira and 2 million dollar in assets, and a fine of 500 euro.")
    units = {(q.value, q.unit, q.currency) for q in x.quantities}
    assert {(40e6, "naira", "NGN"), (2e6, "dollars", "USD"), (500, "euros", "EUR")} <= units
    assert all(q.currency is None for q in run(extractor, "Police arrested 12 people.").quantities)


def test_a_bare_year_before_a_noun_is_no_count_but_troops_are(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The bank must restate its 2019 accounts after the audit.")
    assert not [q for q in x.quantities if q.value == 2019]
    y = run(extractor, "The army sent 2000 troops to the border.")
    assert any(q.value == 2000 and q.unit == "troops" for q in y.quantities)


def test_a_role_noun_actor_stops_before_the_clause_that_follows_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "He accused the Kenyan government of \"dragging its feet\" over the reforms.")
    assert any(a.name == "Kenyan government" for a in x.actors)
    assert not [a for a in x.actors if "feet" in a.name]


def test_armed_movement_words_need_armed_movers_who_were_seen(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "He wants to see a phased withdrawal of Italian troops from the region.")
    assert not [e for e in x.events if e.trigger == "see"]
    y = run(extractor, "The presence of foreign troops in Mali feeds the insurgency, he said.")
    assert not [e for e in y.events if e.type == "MOBILIZE"]


def test_imminent_withdrawals_are_announced_not_done(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Poland and Spain have announced their imminent withdrawal from the mission.")
    withdrawal = next(e for e in x.events if e.trigger == "withdrawal")
    assert withdrawal.status == "planned"
    y = run(extractor, "Troops will leave as soon as the security situation allows, the minister said.")
    assert not [e for e in y.events if e.trigger == "allows"]


def test_killing_and_wounding_after_an_attack_are_the_same_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels shelled a market near Goma on Sunday, killing four traders and wounding nine others.")
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert (attacks[0].dead, attacks[0].injured) == (4, 9)


def test_the_attack_mentioned_again_is_not_a_second_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels shelled a market near Goma on Sunday. The attack came a day after peace talks "
                       "collapsed in Nairobi.")
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_condemning_an_attack_accuses_the_attackers_not_the_victims(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rwandan rebels shelled a camp for displaced civilians near Goma. "
                       "The Congolese government condemned the shelling.")
    ev = next(e for e in x.events if e.type == "ACCUSE")
    assert [x.actor(a).name for a in ev.target if x.actor(a)] == ["Rwandan rebels"]


def test_talks_are_not_aimed_at_the_country_that_hosts_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Army and rebel negotiators failed to agree on a truce in Addis Ababa.")
    ev = next(e for e in x.events if e.type == "REJECT")
    assert "ETH" not in countries(x, ev.target)


def test_protests_called_for_are_not_held_and_vowing_not_to_allow_is_a_warning(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The opposition leader called for a second day of protests in Accra.")
    assert not [e for e in x.events if e.trigger == "protests"]
    y = run(extractor, "\"We will not allow the port to be blocked,\" the Ghanaian interior minister said.")
    assert any(e.type == "THREATEN" for e in y.events)  # (a warning to whoever would block it, not a concession)
    assert not [e for e in y.events if e.type == "CONCEDE"]


def test_the_day_of_an_event_is_not_what_it_hit(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Thousands of demonstrators marched through central Accra on Monday.")
    ev = next(e for e in x.events if e.type == "PROTEST")
    assert "Monday" not in ev.target_objects


def test_two_named_groups_clashing_is_an_event_on_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On 3 May 2023, herders and fishermen clashed because each side blames the other "
                       "for the drought.")
    assert any(e.type == "ASSAULT" and e.trigger == "clashed" for e in x.events)


def test_rape_is_read_as_rape_not_rap(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Soldiers raped two women in a village near Bunia on Sunday.")
    assert any(e.type == "ASSAULT" and e.mode == "sexual" for e in x.events)
    y = run(extractor, "Students staged a sit-in outside the education ministry in Niamey.")
    assert any(e.type == "PROTEST" for e in y.events)


def test_fortifying_positions_is_a_force_posture_but_fortifying_an_economy_is_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebel factions continue to fortify their positions near the frontline in Idlib.")
    assert any(e.type == "MOBILIZE" for e in x.events)
    y = run(extractor, "The government plans to fortify the economy against inflation.")
    assert not y.events


def test_sports_wording_is_no_political_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The sprinter had to settle for bronze in Rome and hopes to recapture his world title in Oslo.")
    assert not [e for e in x.events if e.type in ("AGREE", "COERCE", "ASSAULT")]
    y = run(extractor, "The French runner has another indoor meeting in Germany next week.")
    assert all("DEU" not in countries(y, e.target) for e in y.events)


def test_demonyms_mention_their_country_but_never_place_an_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenyan troops attacked a camp in Kismayo, and a Tanzanian aid worker was wounded.")
    by_country = {p.country: p for p in x.places}
    assert by_country["KEN"].feature == "country" and by_country["KEN"].name == "Kenya"
    assert x.document.text[by_country["KEN"].mentions[0].start:by_country["KEN"].mentions[0].end] == "Kenyan"
    assert "TZA" in by_country
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert x.place(attack.place).name == "Kismayo"  # type: ignore[union-attr]
    assert x.places[0].name == "Kismayo"  # places named as such come first


def test_a_union_of_states_named_as_a_place_stands_at_its_seat() -> None:
    from sitrep.nlp.places import _lookup, get_gazetteer

    found = _lookup(get_gazetteer(), "the European Union")
    assert [(c.name, c.country) for c in found] == [("Brussels", "BEL")]


def test_regional_demonyms_name_their_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Sinhalese nationalists marched in the capital on Monday.")
    assert any(p.country == "LKA" for p in x.places)


def test_bare_country_codes_are_not_countries(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The PM said BT and the EC would cut costs. The US and the UK welcomed the plan.")
    assert {a.country for a in x.actors} <= {None, "USA", "GBR"}
    assert {"USA", "GBR"} <= {a.country for a in x.actors}


def test_games_and_prizes_are_no_violence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The defending champion beat Maria Lopez in the final. Lopez battled to second in the race "
                       "and took a silver medal at the championships, her best result since the Olympics.")
    assert not [e for e in x.events if e.type in ("ASSAULT", "SUPPORT")]
    y = run(extractor, "She lifted the trophy in Lyon. He will defend his title in May. Two actresses will battle "
                       "it out for the award.")
    assert not y.events
    z = run(extractor, "Gunmen attacked the team bus after the match, killing two players.")
    assert any(e.type == "ASSAULT" for e in z.events)


def test_markets_and_metaphors_are_no_violence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "High fuel prices hit the airline's profits. The rupee hit a five-year high. The carmaker "
                       "lost its legal battle. Officials joined the fight against doping.")
    assert not x.events
    y = run(extractor, "Norvik Motors has struck a deal with Castell Group to supply engines.")
    assert [e.type for e in y.events] == ["AGREE"]


def test_participles_before_a_noun_name_kinds_not_acts(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "She won best supporting actress. Relief will go to tsunami-hit nations.")
    assert not x.events


def test_recalling_is_a_sanction_only_for_envoys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The former minister later recalled a stream of insults from a colleague.")
    assert not x.events
    y = run(extractor, "Ghana recalled its ambassador from Togo.")
    assert any(e.type == "SANCTION" for e in y.events)


def test_publishing_is_no_release_and_founding_no_deployment(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The commission's report will be released on Monday. The firm released a new version "
                       "of its software. Two task forces have been set up to study the problem.")
    assert not x.events
    y = run(extractor, "The rebels released 12 hostages on Sunday. Militiamen set up roadblocks outside Bunia.")
    assert {e.type for e in y.events} == {"RETREAT", "MOBILIZE"}


def test_questions_are_no_requests_and_what_is_asked_about_did_not_happen(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The minister was asked whether he would resign. Asked why he stayed, he smiled.")
    assert not x.events
    y = run(extractor, "Kenya asked Uganda to withdraw its troops.")
    assert any(e.type == "REQUEST" for e in y.events)


def test_a_warning_of_what_others_may_do_is_no_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The business lobby warned that small firms could be crippled by the new tax.")
    assert not [e for e in x.events if e.type == "THREATEN"]
    y = run(extractor, "The Egyptian interior minister warned that police would no longer tolerate rallies.")
    assert any(e.type == "THREATEN" for e in y.events)


def test_a_judgement_is_no_demand_and_a_verbal_attack_is_no_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mr Hale said that the first minister should know better by now.")
    assert not x.events
    y = run(extractor, "The opposition leader attacked ministers for failing to act.")
    assert [e.type for e in y.events] == ["ACCUSE"]


def test_what_can_be_done_has_not_happened(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Under the new law any foreign national suspected of terrorism can be detained by police.")
    assert all(e.status != "occurred" for e in x.events)


def test_settling_somewhere_selling_and_pleading_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The writer settled in London in 1950. His paintings will be offered for sale in New York. "
                       "The banker pleaded not guilty to fraud.")
    assert not x.events


def test_a_match_report_with_scores_has_no_violence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ana Duric moved into the quarter-finals of the Lagos Open after beating Mia Holm 7-5 6-4. "
                       "The top seed will face the winner of the next match.")
    assert not [e for e in x.events if e.type == "ASSAULT"]


def test_common_nouns_capitalised_in_a_headline_are_no_places(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Tsunami relief talks in London\n\nFinance ministers discussed help for the countries "
                       "the tsunami hit.")
    assert not [p for p in x.places if p.name == "Tsunami"]


def test_an_attack_on_ideas_is_criticism_and_a_rule_stated_is_no_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The opposition leader Ama Boateng led an attack on the government's tax plans.")
    assert not [e for e in x.events if e.type == "ASSAULT"]
    y = run(extractor, "Under the new rules parents are permitted to take children out of school for a week.")
    assert not y.events


def test_a_possible_meeting_is_no_offer_to_meet(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kenyan president could meet his Ugandan counterpart in March.")
    assert [(e.type, e.status) for e in x.events] == [("CONSULT", "conditional")]


def test_an_attack_takes_the_place_named_deep_in_its_object(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels shelled a camp for displaced families near Goma overnight, killing four.")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert attack.place is not None and x.place(attack.place).name == "Goma"  # type: ignore[union-attr]


def test_an_embassy_or_an_office_is_an_organisation_not_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The embassy said the Kenyan office would stay open.")
    kinds = {a.name: a.kind for a in x.actors}
    assert kinds.get("embassy") == "organization"


def test_a_building_named_by_a_word_is_no_town_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ministers in London said the sale of the Millennium Dome would go ahead. "
                       "Bids for the Dome closed on Friday.")
    assert not [p for p in x.places if p.name == "Dome"]
    assert [p for p in x.places if p.name == "London"]
    y = run(extractor, "Police sealed off the Lockerbie area after the explosion on Monday.")
    assert [p for p in y.places if p.name == "Lockerbie"]  # "the" belongs to "area": the name is a town's


def test_a_professions_national_body_names_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Bar Council in London criticised the plans, saying the courts in Britain would suffer.")
    assert not [p for p in x.places if p.name == "Bar"]


def test_a_plural_region_after_the_stays_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The minister spoke to pupils from schools in the Highlands about under-age drinking.")
    assert [p for p in x.places if p.name == "Highlands"]


def test_spans_of_hours_and_minutes_are_counted_but_clock_times_are_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The envoy was given 72 hours to leave. The road was closed for at least 48 hours, and a "
                       "drone circled for some 20 minutes. The meeting began at 10 a.m. on Monday.")
    spans = {(q.value, q.unit, q.approximate) for q in x.quantities}
    assert {(72, "hours", False), (48, "hours", True), (20, "minutes", True)} <= spans
    assert not [q for q in x.quantities if q.value == 10]


def test_a_counts_description_names_what_the_figure_is_of(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "China bought 2 million tonnes of Kazakh wheat last year. Malawi, a country of about 20 "
                       "million people, imports most of its fuel.")
    whats = {q.value: q.what for q in x.quantities}
    assert "wheat" in whats[2e6].split() and "country" in whats[20e6].split()


def test_ages_given_after_a_name_or_as_year_old_are_counted_in_years(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police arrested Amara Tembo, 29, on Monday. A 17-year-old student was wounded. In Lusaka, 12, "
                       "the count went on.")
    ages = {(q.value, q.unit) for q in x.quantities if q.what.startswith("age")}
    assert ages == {(29, "years"), (17, "years")}
