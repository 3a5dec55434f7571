"""Conventions of wire reports that the extractor must read as an analyst would; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run, types_read, unattributed
from sitrep.model import Document

pytestmark = pytest.mark.slow


def _countries(x, ids: list[str]) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {a.country for a in (x.actor(i) for i in ids) if a}


def test_a_possessor_gives_an_institution_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile's Foreign Office summoned Peru's ambassador in Santiago. The talks with Peru's "
                       "Foreign Office failed.")
    offices = {a.country for a in x.actors if "Foreign Office" in a.name}
    assert offices == {"CHL", "PER"}


def test_bare_congo_is_the_democratic_republic(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels seized a town in eastern Congo on Monday.")
    assert any(p.country == "COD" for p in x.places)


def test_an_all_caps_dateline_town_resolves(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text="LIMA, Peru (Reuters) - Miners blocked a highway on Monday.",
                                   published="2025-03-07", dateline="LIMA, Peru"))
    lima = next(p for p in x.places if p.name.lower() == "lima")
    assert lima.country == "PER" and lima.lat is not None


def test_a_hyphenated_dateline_town_is_one_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text="GUINEA-BISSAU (AP) — Soldiers detained the interior minister.",
                                   published="2025-03-07"))
    assert not any(p.name.upper() == "BISSAU" for p in x.places)


def test_a_spokesman_title_makes_a_person_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Army spokesman Tomas Ekwueme Balde said the troops had withdrawn.")
    person = next(a for a in x.actors if "Balde" in a.name)
    assert person.kind == "person"


def test_a_portfolio_before_a_title_is_no_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Energy Commissioner Ilse Vandermeer said the bloc remained open to talks.")
    assert not any(a.name == "Energy" for a in x.actors)
    assert any("Energy Commissioner" in r for a in x.actors for r in a.roles)


def test_the_tellers_second_speech_act_is_the_tellers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Army spokesman Tomas Balde said troops had withdrawn from the town to protect civilians "
                       "and accused Rwanda of sending soldiers.")
    accused = next(e for e in x.events if e.type == "ACCUSE" and e.trigger == "accused")
    assert "Tomas Balde" in names(x, accused.source)


def test_launched_rockets_are_an_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Militants launched about 30 rockets across the border overnight.")
    assert any(e.type == "ASSAULT" and e.trigger == "launched" for e in x.events)


def test_intercepted_rockets_are_not_a_seizure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The army said most of the rockets were intercepted.")
    assert not any(e.type == "COERCE" for e in x.events)


def test_a_verification_sentence_speaks_of_the_claim_before_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The rebels said their fighters had shelled an army base. The claim could not be "
                       "independently verified.")
    shelled = next(e for e in x.events if e.trigger == "shelled")
    assert shelled.verification == "unverified" and shelled.status == "claimed"


def test_neither_claim_verified_covers_both_sides(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The army said its jets had destroyed rebel trucks near the city. The rebels said they had "
                       "shot down a drone. Neither claim could be independently verified.")
    claimed = [e for e in x.events if e.trigger in ("destroyed", "shot")]
    assert claimed and all(e.verification == "unverified" for e in claimed)


def test_condemning_the_strikes_aims_at_whoever_struck(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Turkish jets struck militant positions in northern Iraq on Sunday. The militants fired "
                       "mortars at a Turkish base. Iraq's prime minister condemned the strikes.")
    condemned = next(e for e in x.events if e.trigger == "condemned")
    assert _countries(x, condemned.target) == {"TUR"}


def test_condemning_the_move_aims_at_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Canada said it will impose tariffs on steel imported from China. China's Commerce "
                       "Ministry condemned the move.")
    condemned = next(e for e in x.events if e.trigger == "condemned")
    assert _countries(x, condemned.target) == {"CAN"}


def test_officials_of_a_union_of_states_have_no_home_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Talks with Beijing on tariffs will resume next week in China, EU officials said.")
    officials = next(a for a in x.actors if a.name == "EU officials")
    assert officials.country is None and officials.sector == "IGO"


def test_joint_drills_are_cooperation_and_one_sides_drills_a_show_of_force(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Egypt held joint naval drills with Greece. Iran began large-scale military exercises "
                       "near the Strait of Hormuz.")
    joint = next(e for e in x.events if e.trigger == "drills")
    alone = next(e for e in x.events if e.trigger == "exercises")
    assert joint.type == "COOPERATE" and _countries(x, joint.target) == {"GRC"}
    assert alone.type == "MOBILIZE"


def test_a_counted_list_of_powers_is_the_countries_listed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Iran will hold talks with France, Britain and Germany. The three European powers have "
                       "threatened to seek new sanctions on Tehran.")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert _countries(x, threat.source) == {"FRA", "GBR", "DEU"}


def test_they_takes_up_the_whole_coordinated_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russia and China, which are parties to the deal, said they opposed the plan.")
    opposed = next(e for e in x.events if e.trigger == "opposed")
    assert _countries(x, opposed.source) == {"RUS", "CHN"}


def test_an_opposed_return_of_sanctions_imposes_none(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Beijing said it opposed any return of sanctions on its ally.")
    assert not any(e.type == "SANCTION" for e in x.events)


def test_warning_against_a_trade_war_threatens_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The German chancellor warned against a trade war with China.")
    assert not any(e.type == "THREATEN" for e in x.events)


def test_a_simulated_blockade_is_a_rehearsal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The drills, which simulate a blockade of the island's ports, entered a second day.")
    assert not any(e.type == "COERCE" for e in x.events)


def test_an_act_an_aspect_verb_puts_in_the_future_is_not_done(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The gang leader warned that his fighters would keep attacking police stations.")
    assert not any(e.type == "ASSAULT" and e.status == "occurred" for e in x.events)


def test_brokering_a_ceasefire_is_mediation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Qatar and Egypt tried to broker a ceasefire between the two sides.")
    brokered = next(e for e in x.events if e.trigger == "ceasefire")
    assert brokered.type == "CONSULT"


def test_sending_troops_into_a_country_targets_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russia sent troops into Georgia on Friday.")
    sent = next(e for e in x.events if e.trigger == "sent")
    assert sent.type == "MOBILIZE" and _countries(x, sent.target) == {"GEO"}


def test_missiles_that_slammed_into_a_plant_assault_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russian missiles slammed into a power plant in the Odesa region overnight.")
    assert any(e.type == "ASSAULT" and _countries(x, e.source) == {"RUS"} for e in x.events)


def test_a_plant_hit_after_a_named_attack_is_that_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russian drones struck the Kharkiv region overnight. The regional governor said a thermal "
                       "power plant and two substations were hit.")
    hit = next(e for e in x.events if e.trigger == "hit")
    assert _countries(x, hit.source) == {"RUS"}


def test_drones_shot_down_are_not_shot_by_their_own_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russian drones struck western Ukraine overnight. At least three drones were shot down "
                       "over eastern Poland, the Polish military said.")
    downed = next(e for e in x.events if e.trigger == "shot")
    assert "RUS" not in _countries(x, downed.source)


def test_he_said_after_a_casualty_is_the_official(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Governor Ivan Petrenko said the plant was damaged. One worker was killed and three others "
                       "were wounded, he said.")
    killed = next(e for e in x.events if e.dead == 1)
    teller = x.actor(killed.claimed_by or "")
    assert teller is not None and teller.name == "Ivan Petrenko"


def test_a_strike_named_as_a_label_is_no_second_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"Every Russian strike on our power grid is a strike on diplomacy," the president wrote.')
    assert not any(e.type == "ASSAULT" for e in x.events)


def test_a_denial_of_something_else_disputes_no_own_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kremlin said its forces had struck military facilities and denied targeting civilians.")
    struck = next(e for e in x.events if e.trigger == "struck")
    assert struck.verification != "disputed"


def test_calling_the_accusations_unfounded_is_a_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Lithuania accused Belarus of sending balloons across the border. Belarus's foreign "
                       'ministry called the accusations "unfounded."')
    rejected = next(e for e in x.events if e.trigger == "called")
    assert rejected.type == "REJECT" and _countries(x, rejected.target) == {"LTU"}


def test_a_disavowed_plan_threatens_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The defence ministry in Moscow said it had not planned to strike any targets in Poland.")
    assert not any(e.type in ("THREATEN", "ASSAULT") and not e.negated for e in x.events)


def test_the_one_expected_to_travel_for_talks_holds_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "U.S. envoy Mark Delaney is expected to travel to Chisinau next week for talks with Moldovan "
                       "President Ana Rusu.")
    talks = next(e for e in x.events if e.trigger == "talks")
    assert "Mark Delaney" in names(x, talks.source)


def test_closing_a_border_crossing_restricts_the_neighbour(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Finland closed a border crossing with Russia on Thursday.")
    closed = next(e for e in x.events if e.trigger == "closed")
    assert closed.type == "COERCE" and _countries(x, closed.target) == {"RUS"}


def test_each_country_accusing_the_other_is_both_on_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Thai and Cambodian troops exchanged fire along the border. Each country accused the other of "
                       "starting the fighting.")
    accused = next(e for e in x.events if e.trigger == "accused")
    assert _countries(x, accused.source) == {"THA", "KHM"} == _countries(x, accused.target)


def test_fire_opened_with_words_between_is_an_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'An army spokesman said rebel fighters opened "unprovoked" fire on an army post.')
    assert any(e.type == "ASSAULT" and e.trigger == "opened" for e in x.events)


def test_a_denial_of_the_other_sides_claim_rejects_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia's defence ministry said it had destroyed several Azerbaijani posts. Azerbaijan denied "
                       "that any of its posts had been damaged.")
    denied = next(e for e in x.events if e.trigger == "denied")
    assert denied.type == "REJECT" and _countries(x, denied.target) == {"ARM"}


def test_ordering_diplomats_to_leave_expels_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Lithuania ordered three Russian diplomats to leave the country within 72 hours.")
    ordered = next(e for e in x.events if e.trigger == "ordered")
    assert ordered.type == "SANCTION" and _countries(x, ordered.target) == {"RUS"}


def test_an_accusation_called_absurd_is_rejected(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Latvia accused Belarus of sabotage. Belarus\'s Foreign Ministry called the accusations '
                       '"absurd and unfounded".')
    called = next(e for e in x.events if e.trigger == "called")
    assert called.type == "REJECT" and _countries(x, called.target) == {"LVA"}


def test_a_verdict_on_the_other_sides_act_accuses_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'A Chinese coast guard ship fired a water cannon at a Vietnamese fishing boat. "This was a '
                       'reckless and dangerous act," said Colonel Tran Van Minh of the Vietnamese navy.')
    verdict = next(e for e in x.events if e.trigger == "act")
    assert verdict.type == "ACCUSE" and _countries(x, verdict.source) == {"VNM"}
    assert _countries(x, verdict.target) == {"CHN"}


def test_a_voiced_concern_reproaches_who_acted(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A court in Algiers sentenced five opposition activists to prison. The European Union said it "
                       "was concerned by the verdicts.")
    concern = next(e for e in x.events if e.trigger == "concerned")
    assert concern.type == "ACCUSE" and _countries(x, concern.target) == {"DZA"}


def test_an_aid_convoy_that_reaches_a_town_is_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A U.N. convoy carrying food and medicine reached the city of Nyala in South Darfur on Monday.")
    reached = next(e for e in x.events if e.trigger == "reached")
    assert reached.type == "AID" and _countries(x, reached.target) == {"SDN"}


def test_a_protests_demand_and_a_rally_told_twice_are_not_extra_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Demonstrators gathered outside parliament to demand the release of the opposition leader. "
                       "Smaller rallies were held in Batumi, where several hundred people marched to the town hall.")
    assert not any(e.type == "REQUEST" for e in x.events)
    assert sum(e.type == "PROTEST" and "Batumi" in e.evidence.text for e in x.events) == 1


def test_a_planned_deployment_is_no_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The coast guard said it would deploy two more ships to the area next week.")
    deploy = next(e for e in x.events if e.trigger == "deploy")
    assert deploy.type == "MOBILIZE" and deploy.status == "planned"


def test_a_result_participle_is_part_of_the_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A patrol boat fired a water cannon at a fishing vessel, damaging its mast and injuring two "
                       "crew members about 20 nautical miles off the coast.")
    assert len([e for e in x.events if e.type in ("ASSAULT", "COERCE")]) == 1
    assert next(e for e in x.events if e.trigger == "fired").injured == 2


def test_units_keep_their_names_and_distances_hurt_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two crew members were injured about 20 nautical miles east of the island.")
    units = {q.unit for q in x.quantities}
    assert "crew members" in units and "nautical miles" in units


@pytest.mark.parametrize(("sentence", "what"), [
    ("Pirates boarded the tanker about 60 nautical miles west of Mombasa on Monday.", "distance west of Mombasa"),
    ("The trawler was stopped some 40 nautical miles south-west of the cape.", "distance south-west of the cape"),
    ("Shelling hit Tessalit, about 45 km from the border, on Sunday.", "distance from the border"),
    ("The two men were detained 4 kilometres inside Niger.", "distance inside Niger"),
    ("Trucks were backed up along a 30 km stretch of the highway.", "length of stretch of highway"),
])
def test_a_length_says_what_it_measures(extractor, sentence: str, what: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, sentence)
    assert what in [q.what for q in x.quantities if q.unit in ("nautical miles", "km", "kilometres")]


@pytest.mark.parametrize(("sentence", "what"), [
    ("Police seized heroin with a street value of 40 million euros.", "street value of heroin"),
    ("Officials said goods worth $90 million cross the bridge every month.", "value of goods"),
    ("The $250 million arms deal was suspended on Friday.", "arms deal"),
    ("Exporters are losing about $3 million a day, the chamber said.", "per day"),
])
def test_a_sum_of_money_says_what_it_is(extractor, sentence: str, what: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, sentence)
    assert any(what in (q.what or "") for q in x.quantities if q.unit in ("euros", "dollars"))


def test_a_range_of_years_is_a_range(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The court handed down prison terms of between four and 14 years.")
    years = next(q for q in x.quantities if q.unit == "years")
    assert (years.value, years.value_max) == (4, 14)


def test_a_regional_governor_belongs_to_the_region_told_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ukrainian drones struck an oil depot in Russia's Belgorod region. The regional governor, "
                       "Pavel Orlovsky, said a fire broke out.")
    governor = next(a for a in x.actors if a.name == "Pavel Orlovsky")
    assert governor.country == "RUS"


def test_a_person_from_a_place_belongs_to_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"We cannot fish any more," said Tomas Villareal, a boat captain from Masinloc.')
    captain = next(a for a in x.actors if a.name == "Tomas Villareal")
    assert captain.kind == "person" and captain.country == "PHL"


def test_a_price_to_pay_is_a_threat_by_whoever_says_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"Russia will pay a heavy price for this," the Ukrainian president said. The firm paid a heavy '
                       "price for its mistakes.")
    threats = [e for e in x.events if e.type == "THREATEN"]
    assert len(threats) == 1
    assert _countries(x, threats[0].source) == {"UKR"} and _countries(x, threats[0].target) == {"RUS"}


def test_abbreviated_ranks_stay_in_the_title(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Army spokesman Lt. Col. Ravi Menon said the border was calm.")
    officer = next(a for a in x.actors if a.name == "Ravi Menon")
    assert officer.roles == ["Army spokesman Lt Col"] and officer.sector == "MIL"


def test_a_missile_test_off_the_coast_is_a_show_of_force(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "North Korea launched two ballistic missiles off its east coast on Tuesday. Japan called the "
                       'launches "a clear provocation."')
    launched = next(e for e in x.events if e.trigger == "launched")
    called = next(e for e in x.events if e.trigger == "called")
    assert launched.type == "MOBILIZE" and not launched.target
    assert called.type == "ACCUSE" and _countries(x, called.target) == {"PRK"}


def test_a_two_word_demonym_names_its_own_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A North Korean patrol boat crossed the line. South Sudanese troops moved north.")
    assert {a.country for a in x.actors if a.name.startswith(("North", "South"))} == {"PRK", "SSD"}


def test_force_promised_to_any_intruder_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Iran\'s army said that "any intrusion will be met with overwhelming force."')
    met = next(e for e in x.events if e.trigger == "met")
    assert met.type == "THREATEN" and _countries(x, met.source) == {"IRN"}


def test_released_citizens_are_people_freed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Taliban released two American citizens on Saturday.")
    released = next(e for e in x.events if e.trigger == "released")
    assert released.type == "RETREAT" and _countries(x, released.target) == {"USA"}


def test_two_trade_measures_joined_by_and_stay_two(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Beijing put six U.S. drone makers on its "unreliable entity" list and announced tariffs of 10% '
                       "on American soybeans. Washington blacklisted two Chinese banks.")
    sanctions = [e for e in x.events if e.type == "SANCTION"]
    assert {e.trigger for e in sanctions} >= {"put", "announced", "blacklisted"}


def test_whoever_an_account_is_according_to_suffers_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police fired tear gas and, according to two witnesses, live rounds.")
    fired = next(e for e in x.events if e.trigger == "fired")
    assert not names(x, fired.target) & {"witnesses"}


def test_burning_tyres_is_a_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Protesters in the capital burned tyres and blocked roads.")
    assert next(e for e in x.events if e.trigger == "burned").type == "PROTEST"


def test_an_earthquake_report_has_no_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A magnitude-6 earthquake struck western Nepal overnight. Landslides blocked the only roads "
                       "into several villages, and at least 200 people were injured. Army helicopters ferried 50 "
                       "injured people to hospitals. The government said it would pay the family of each person "
                       "killed 100,000 rupees.")
    assert not any(e.type in ("ASSAULT", "PROTEST", "THREATEN") for e in x.events)


def test_an_empty_text_finds_nothing_in_a_batch_or_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    docs = [Document(text="Rebels attacked a town.", published="2025-03-07"), Document(text="  ", published=None)]
    assert [len(x.events) for x in extractor.extract_many(docs)] == [1, 0]
    assert not extractor.extract(Document(text="", published=None)).events


def test_a_prisoner_swap_frees_each_sides_people_to_the_other(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Russia and Ukraine exchanged 150 prisoners of war each on Friday.")
    swap = next(e for e in x.events if e.trigger == "exchanged")
    assert _countries(x, swap.target) == {"RUS", "UKR"}


def test_a_vetoed_sanctions_package_imposes_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hungary's prime minister said he would veto a new package of European Union sanctions on "
                       "Russia.")
    assert not any(e.type in ("SANCTION", "THREATEN") for e in x.events)


def test_an_obligation_in_a_quote_is_the_speakers_demand(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"We do not seek a trade war," said Ana Ruiz, Mexico\'s economy minister. "The United States '
                       'should lift these tariffs immediately."')
    demand = next(e for e in x.events if e.trigger == "lift")
    assert demand.type == "REQUEST" and _countries(x, demand.target) == {"USA"}
    assert not any(e.trigger == "seek" for e in x.events)


def test_dotted_initials_of_a_body_are_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Floods swept through northern Bolivia, the U.N. resident coordinator in La Paz said.")
    assert not any(p.name == "U.N." for p in x.places)


def test_a_foreign_donor_naming_no_recipient_gives_to_the_country_reported_on(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DHAKA, Bangladesh (AP) — Floods in Bangladesh have left 40 people dead, officials said. "
                       "Japan said it would provide 5 million dollars in emergency aid.")
    offer = next(e for e in x.events if e.trigger == "provide")
    assert _countries(x, offer.target) == {"BGD"}


def test_a_plane_carrying_relief_goods_is_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "India dispatched a transport plane carrying tents, blankets and medicine to Kathmandu.")
    aid = next(e for e in x.events if e.trigger == "dispatched")
    assert aid.type == "AID" and _countries(x, aid.target) == {"NPL"}


def test_a_promise_to_rebuild_damaged_homes_threatens_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The minister said the government would give 5,000 pesos to each family and would rebuild "
                       "damaged homes and schools.")
    assert not any(e.type in ("ASSAULT", "THREATEN") for e in x.events)
    assert any(e.type in ("AID", "AGREE") and e.trigger == "give" for e in x.events)


def test_a_spokesman_of_a_known_group_has_the_groups_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Taliban spokesman Qari Ahmadzai said on Monday that the talks in Washington had ended.")
    person = next(a for a in x.actors if "Ahmadzai" in a.name)
    assert person.country == "AFG"


def test_acts_asked_of_a_capital_are_the_request_not_done(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The group's spokesman said the deal was fair and called on Washington to lift sanctions on "
                       "its leaders and release frozen central bank reserves.")
    assert [e.type for e in x.events] == ["REQUEST"]
    assert _countries(x, x.events[0].target) == {"USA"}


def test_a_measure_discussed_is_not_imposed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "An official said Washington had made no commitment on sanctions.")
    assert not any(e.type == "SANCTION" for e in x.events)


def test_a_description_gives_a_person_a_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Officials freed Omar Haidari, an Afghan tribal elder, and Tom Becker, a retired pilot from "
                       "Ohio, on Monday.")
    assert next(a for a in x.actors if "Haidari" in a.name).country == "AFG"
    assert next(a for a in x.actors if "Becker" in a.name).country == "USA"


def test_an_outlet_someone_spoke_to_is_no_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"The talks are slow," the minister told Radio Meridian. She said in an interview with '
                       'the Daily Ledger that they would go on.')
    assert not any(a.name in ("Radio Meridian", "Daily Ledger", "the Daily Ledger") for a in x.actors)


def test_a_commuted_sentence_is_a_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Justice Department commuted the sentence of a jailed Afghan trader.")
    assert any(e.type == "CONCEDE" and e.trigger == "commuted" for e in x.events)


def test_a_colon_dateline_is_where_the_report_was_filed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LAHORE: Police arrested 12 men after a clash at a market on Sunday, officials said.")
    lahore = next(p for p in x.places if p.name.upper() == "LAHORE")
    assert lahore.country == "PAK" and lahore.lat is not None
    assert not any(a.name.upper() == "LAHORE" for a in x.actors)


def test_a_foreign_office_named_alone_is_the_reporting_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ISLAMABAD: The Foreign Office summoned an Afghan envoy on Friday over a border clash "
                       "near Peshawar. Foreign Office spokesperson Nadia Qureshi said talks would follow in Lahore.")
    office = next(a for a in x.actors if a.name == "Foreign Office")
    assert office.country == "PAK"
    assert next(a for a in x.actors if "Qureshi" in a.name).country == "PAK"


def test_a_role_serving_a_named_body_gives_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Afghan officials said the Taliban administration had closed the road. Mawlawi Karim "
                       "Haqyar, a spokesman for the Taliban administration's border forces, confirmed it.")
    assert next(a for a in x.actors if "Haqyar" in a.name).country == "AFG"


def test_a_district_before_a_title_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mardan Deputy Commissioner Imran Khattak said the schools would reopen.")
    person = next(a for a in x.actors if a.kind == "person")
    assert person.name == "Imran Khattak"


def test_someone_identified_as_a_name_keeps_the_noun_as_role(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The driver, identified as Rahim Gul, 35, was hit by shrapnel.")
    assert "driver" in next(a for a in x.actors if "Rahim Gul" in a.name).roles


def test_a_statement_issued_by_a_body_is_that_bodys_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "According to a statement issued by the army, militants opened fire on a checkpoint.")
    assert not any(a.name == "statement" for a in x.actors)
    fire = next(e for e in x.events if e.type == "ASSAULT")
    assert fire.claimed_by is not None and {n.lower() for n in names(x, [fire.claimed_by])} == {"army"}


def test_a_named_border_crossing_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Kharlachi border crossing remained closed on Thursday, customs officials said.")
    assert any(p.name == "Kharlachi" for p in x.places)
    assert not any(a.name == "Kharlachi" for a in x.actors)


def test_a_corps_is_a_military_body_not_a_party(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two Frontier Corps soldiers were killed, officials in Quetta said.")
    corps = next(a for a in x.actors if a.name == "Frontier Corps")
    assert corps.sector == "MIL"


def test_forces_of_the_two_countries_are_both_sides(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The crossing between Chad and Sudan stayed shut after security forces of the two countries "
                       "exchanged fire on Tuesday.")
    fight = next(e for e in x.events if e.trigger == "exchanged")
    assert _countries(x, fight.source) | _countries(x, fight.target) == {"TCD", "SDN"}


def test_an_envoy_summoned_by_a_ministry_is_accused_by_its_government(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya's Foreign Ministry spokeswoman Wanjiru Kamau said the Ugandan envoy had been summoned "
                       "to lodge a strong protest.")
    assert [e.type for e in x.events] == ["ACCUSE"]
    summons = x.events[0]
    assert _countries(x, summons.source) == {"KEN"} and _countries(x, summons.target) == {"UGA"}


def test_an_act_someone_is_kept_from_is_not_done(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Troops were sent to prevent rebels from attacking the town. Officials urged the neighbours "
                       "to stop militants from using their soil to attack the capital.")
    assert not any(e.type == "ASSAULT" for e in x.events)


def test_a_loss_on_the_attackers_side_comes_from_the_side_it_attacked(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ethiopian forces opened fire on Eritrean posts near the border on Monday, Eritrea's "
                       "information ministry said. Eritrean troops responded, the ministry said, claiming that "
                       "several Ethiopian positions were destroyed.")
    destroyed = next(e for e in x.events if e.trigger == "destroyed")
    assert _countries(x, destroyed.source) == {"ERI"}


def test_denying_the_charges_is_a_rejection_that_happened(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Bolivia accused Chile of spying. Chile denied the accusations on Monday.")
    denial = next(e for e in x.events if e.trigger == "denied")
    assert denial.type == "REJECT" and denial.status == "occurred"


def test_welcoming_a_ruling_is_aimed_at_the_court(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A Peruvian court on Monday approved the extradition of a former governor to Spain. The "
                       "Spanish embassy welcomed the ruling.")
    welcome = next(e for e in x.events if e.trigger == "welcomed")
    assert _countries(x, welcome.target) == {"PER"}


def test_a_judge_belongs_to_the_court_just_told(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A Honduran court approved the extradition of a former mayor to the United States on "
                       "Tuesday. Judge Marta Elena Reyes ruled that the U.S. request met all legal requirements, "
                       "and U.S. prosecutors in Washington welcomed it.")
    assert next(a for a in x.actors if "Reyes" in a.name).country == "HND"


def test_washington_alone_is_the_capital(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A federal grand jury in Washington indicted him in 2024. He lived in New Mexico.")
    washington = next(p for p in x.places if p.name == "Washington")
    assert abs(washington.lat - 38.9) < 0.5 and abs(washington.lon + 77.0) < 0.5  # type: ignore[operator]


def test_a_lone_demonym_in_a_headline_is_no_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Guatemalan court clears extradition of former mayor\n\nA court approved it on Tuesday.")
    assert not any(a.name == "Guatemalan" for a in x.actors)


def test_the_first_of_two_family_names_is_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'His lawyer, Hector Monzon Paz, said they would appeal. "My client is innocent," Monzon '
                       "told reporters.")
    people = [a for a in x.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Hector Monzon Paz"]


def test_the_town_a_mayor_runs_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Prosecutors charged the former mayor of Escuintla with fraud.")
    assert any(p.name == "Escuintla" and p.country == "GTM" for p in x.places)


def test_a_strike_is_aimed_at_the_home_government_not_a_scene_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Dockworkers at Peru's main port of Callao extended their strike into a third day on "
                       "Wednesday as containers of grapes bound for China backed up at the terminals.")
    strike = next(e for e in x.events if e.type == "PROTEST")
    assert _countries(x, strike.source) == {"PER"} and _countries(x, strike.target) == {"PER"}


def test_a_right_to_strike_and_people_displaced_by_machines_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The union wants retraining for workers displaced by automation. The right to strike is "
                       "protected by law, the minister said.")
    assert not any(e.type in ("PROTEST", "COERCE") for e in x.events)


def test_an_invitation_to_talks_is_the_planned_talks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Labour Minister Ana Ruiz invited union leaders and port operators to talks in Lima on "
                       "Thursday.")
    assert [e.type for e in x.events] == ["CONSULT"] and x.events[0].status == "planned"


def test_a_national_union_is_of_the_country_reported_on(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA, Peru (Reuters) - The National Miners' Confederation, which represents 9,000 miners in "
                       "Peru, called a strike in Arequipa and Cusco on Monday.")
    assert next(a for a in x.actors if "Confederation" in a.name).country == "PER"


def test_an_arrest_an_official_reports_is_by_the_officials_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MEXICO CITY (AP) — Gunmen killed eight soldiers in Michoacán on Monday. Governor Rosa "
                       "Ibarra said two suspects had been detained at a checkpoint near Apatzingán.")
    arrest = next(e for e in x.events if e.trigger == "detained")
    assert _countries(x, arrest.source) == {"MEX"}


def test_offered_condolences_are_support(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The French embassy in Dakar offered its condolences to the families of the victims.")
    assert [e.type for e in x.events] == ["SUPPORT"]


def test_a_body_owned_past_a_modifier_takes_the_owners_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The French Navy's Djibouti-based Indian Ocean squadron said it had tracked the boats.")
    assert not any(a.name == "Djibouti" for a in x.actors)


def test_a_company_based_abroad_takes_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The ship's Dubai-based manager, Harbourline Marine Services, denied that the tanker was "
                       "smuggling.")
    assert next(a for a in x.actors if a.name == "Harbourline Marine Services").country == "ARE"


def test_crew_held_after_a_seizure_are_detained(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Iranian forces seized a tanker on Monday. The 21 crew members were being held pending a "
                       "judicial investigation, the navy said.")
    assert any(e.type == "COERCE" and e.trigger == "held" for e in x.events)


def test_a_hamlet_abroad_with_no_neighbour_is_not_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MOGADISHU, Somalia (AFP) - Gunmen stormed a hotel near the Lido beach district of Mogadishu "
                       "on Friday, Somali police said. Somalia's government blamed al-Shabaab, and the United States "
                       "and the United Nations condemned the attack in Somalia.")
    assert not any(p.country == "USA" and p.feature == "city" for p in x.places)


def test_a_unit_that_came_under_fire_was_the_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kosovo closed a border crossing with Serbia late on Monday after a Kosovo Police patrol "
                       "came under fire near the boundary, wounding one officer.")
    wounding = next(e for e in x.events if e.trigger == "wounding")
    assert unattributed(x, wounding.source) and _countries(x, wounding.target) == {"XKX"}
    assert not any(e.type == "MOBILIZE" for e in x.events)


def test_a_village_matched_by_another_name_abroad_is_not_the_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PRISTINA, Kosovo (Reuters) - In 2023, a group of armed Serbs attacked Kosovo police in the "
                       "village of Banjska in northern Kosovo, near Zubin Potok and Leposavic.")
    assert not any(p.country == "BGR" for p in x.places)


def test_a_minister_in_a_story_filed_from_the_talks_venue_is_the_story_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HAVANA (Reuters) - Colombia's government and the ELN agreed on Thursday to resume talks in "
                       "Havana after a pipeline bombing in Arauca, Colombia. The talks in Havana will go on. On "
                       "Wednesday, Defense Minister Andrés Rojas said the army had killed six fighters in Catatumbo, "
                       "Colombia, near Cucuta and Bogota in Colombia.")
    assert next(a for a in x.actors if "Rojas" in a.name).country == "COL"


def test_the_army_is_not_a_rebel_army_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Peru's government and the Shining Liberation Army agreed to resume talks. Defense Minister "
                       "Jorge Salas said the army had killed six rebel fighters in a clash near Ayacucho, Peru.")
    killing = next(e for e in x.events if e.trigger == "killed")
    assert not any("Liberation" in n for n in names(x, killing.source))


def test_a_dateline_city_named_with_its_article_is_placed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "THE HAGUE, Netherlands (AP) — Guyana asked the court on Monday to order Venezuela to withdraw.")
    assert any(p.country == "NLD" and p.feature == "city" for p in x.places)


def test_ground_seized_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Since seizing El Fasher, the army's last stronghold in Darfur, the RSF has pushed east.")
    assert any(p.name == "El Fasher" and p.country == "SDN" for p in x.places)


def test_a_small_port_named_as_one_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The survivors were taken to the port of Agia Galini on Crete's southern coast.")
    assert any(p.country == "GRC" and p.feature == "city" for p in x.places)


def test_a_local_government_area_is_its_seats_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen abducted 40 pupils from a school in Talata Mafara Local Government Area on Friday.")
    assert any(p.country == "NGA" for p in x.places)


def test_a_name_put_beside_a_role_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Commissioner for Information, Sani Baba Kware, told journalists in Gusau on Monday. Its "
                       "chairman, Idris Musa Dogo, said teachers would stay home.")
    people = {a.name for a in x.actors if a.kind == "person"}
    assert {"Sani Baba Kware", "Idris Musa Dogo"} <= people


def test_a_double_barrelled_name_after_a_title_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "UNHCR spokeswoman Ingrid Moe-Castell called the sinking a tragedy.")
    assert any(a.name == "Ingrid Moe-Castell" and a.kind == "person" for a in x.actors)
    assert not any(p.name == "Ingrid Moe-Castell" for p in x.places)


def test_a_rank_of_several_words_is_no_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Coastguard spokeswoman Lt Cdr Anna Petridou said the boat overturned off Crete, Greece.")
    assert any(a.name == "Anna Petridou" for a in x.actors)


def test_survivors_complaining_complain_of_their_authorities(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KATHMANDU, Nepal (AP) — An earthquake killed 40 people in western Nepal. Some survivors in "
                       "Jumla complained that help had been slow to arrive, officials in Nepal said.")
    complaint = next(e for e in x.events if e.trigger == "complained")
    assert _countries(x, complaint.target) == {"NPL"}


def test_outlets_told_in_capitals_are_no_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"The sea was rough," she told the state broadcaster ERT. A parent, Bello Sani, told DAILY '
                       "TRUST by telephone that the gunmen spent two hours in the school.")
    assert not any(a.name in ("ERT", "TRUST", "DAILY TRUST") for a in x.actors)


def test_a_title_case_dateline_with_an_agency_is_a_dateline(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Dhaka (AFP) - Bangladesh imposed a night-time curfew across the capital on Tuesday.")
    assert not any(a.name == "AFP" for a in x.actors)
    assert any(p.name == "Dhaka" and p.country == "BGD" for p in x.places)


def test_a_dateline_that_opens_the_text_in_capitals_is_placed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "QUETTA: The highway to Karachi remained closed for a second day on Thursday.")
    assert any(p.name.upper() == "QUETTA" and p.country == "PAK" for p in x.places)


def test_a_title_case_dateline_on_its_own_line_is_a_dateline(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Misrata, 14 April 2026:\n\nHeavy fighting erupted overnight between rival armed groups in "
                       "the city, killing at least eight people.")
    assert any(p.name == "Misrata" and p.country == "LBY" for p in x.places)
    assert not any(a.name == "Misrata" for a in x.actors)


def test_a_name_beside_a_role_at_the_very_end_of_a_text_breaks_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "It was confirmed by the spokesman, Ali Reza Khan")
    assert [(a.name, a.kind) for a in x.actors] == [("Ali Reza Khan", "person")]


def test_a_body_prompted_to_act_is_the_one_acting(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "IMPHAL: Gunmen opened fire on a village in Jiribam, Manipur, prompting the district "
                       "administration to impose an indefinite curfew.")
    curfew = next(e for e in x.events if e.trigger == "curfew")
    assert any("administration" in n for n in names(x, curfew.source))


def test_companies_of_police_rushed_to_a_town_are_a_deployment(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Union Home Ministry has rushed 10 additional companies of the Central Reserve Police "
                       "Force to Jiribam in Manipur.")
    assert any(e.type == "MOBILIZE" and e.trigger == "rushed" for e in x.events)


def test_a_shutdown_called_by_a_body_is_a_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "IMPHAL: Gunmen killed two farmers in Manipur on Monday. The United Committee Manipur, a "
                       "civil society body in Manipur, called a 48-hour shutdown in the valley districts.")
    shutdown = next(e for e in x.events if e.trigger == "called")
    assert shutdown.type == "PROTEST" and _countries(x, shutdown.target) == {"IND"}


def test_a_strike_called_off_is_no_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The teachers' union announced on Thursday that it had called off a four-day strike after "
                       "talks with the Kenyan government.")
    assert not any(e.type == "PROTEST" for e in x.events)


def test_an_unclaimed_strike_in_a_civil_war_is_one_domestic_sides(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "CAIRO (AP) — A drone struck a market in the Sudanese city of Kosti on Sunday, killing 12 "
                       "people. Sudan's army blamed the Rapid Support Forces, which denied it. The war between the "
                       "army and the RSF broke out in 2023 in Khartoum, Sudan.")
    strike = next(e for e in x.events if e.trigger == "struck")
    assert _countries(x, strike.source) == {"SDN"}


def test_traders_gathered_to_sell_are_no_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The drone hit the market shortly after 9 a.m., when traders from surrounding villages had "
                       "gathered to sell cattle and goats in Kosti, Sudan.")
    assert not any(e.type == "PROTEST" for e in x.events)


def test_mediators_are_no_side_at_the_table(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The RSF denied responsibility for the attack in Sudan. Saudi and U.S. mediators have invited "
                       "both sides to indirect talks in Jeddah later this month.")
    denial = next(e for e in x.events if e.trigger == "denied")
    assert "SAU" not in _countries(x, denial.target)


def test_intelligence_agencies_have_their_states_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Officials in Warsaw said the FSB and the GRU were behind the sabotage.")
    assert {a.name: a.country for a in x.actors if a.name in ("FSB", "GRU")} == {"FSB": "RUS", "GRU": "RUS"}


def test_a_body_named_with_its_countrys_possessive_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BRUSSELS (Reuters) - Iran's mission to the EU rejected the accusations.")
    assert next(a for a in x.actors if "mission" in a.name).country == "IRN"


def test_a_demonym_opening_a_long_agency_name_gives_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Polish National Cyber and Information Security Agency said it had traced the hack.")
    assert any(a.country == "POL" and "Agency" in a.name for a in x.actors)


def test_an_attack_attributed_to_a_body_is_that_bodys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Czech security agency attributed the attack to the GRU.")
    attack = next(e for e in x.events if e.trigger == "attack")
    assert _countries(x, attack.source) == {"RUS"}
    assert any(e.type == "ACCUSE" and e.trigger == "attributed" for e in x.events)


def test_a_name_put_beside_a_role_speaks_not_the_role(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The U.N. humanitarian coordinator for Chad, Annika Berg, said she was "appalled". "Camps are '
                       'not targets," she said.')
    speakers = {q.speaker for q in x.quotes}
    berg = next(a for a in x.actors if a.name == "Annika Berg")
    assert speakers == {berg.id} and berg.sector == "IGO"


def test_a_title_and_name_inside_an_organisation_span_are_split_out(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'UNHCR spokeswoman Marguerite Obi-Lindahl called the sinking "a preventable tragedy".')
    assert {(a.name, a.kind) for a in x.actors} >= {("UNHCR", "organization"), ("Marguerite Obi-Lindahl", "person")}


def test_not_opposing_bail_is_a_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The law ministry said prosecutors would not oppose bail for the three detained student "
                       "leaders in Dhaka, Bangladesh.")
    assert not any(e.type == "REJECT" for e in x.events)
    assert any(e.type == "CONCEDE" and e.trigger == "oppose" for e in x.events)


def test_suspending_mobile_internet_is_coercion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Bangladeshi government suspended mobile internet in Dhaka on Tuesday.")
    assert any(e.type == "COERCE" and e.trigger == "suspended" for e in x.events)


def test_a_name_apposed_to_a_possessed_role_takes_the_possessors_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The talks were chaired by Oman's minister of state, Salim bin Hamad al-Harthi, who said both "
                       "sides had agreed to meet again.")
    assert next(a for a in x.actors if "al-Harthi" in a.name).country == "OMN"


def test_a_name_after_a_role_and_its_purpose_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Finland's envoy to the talks, Aino Lahti Koskinen, said observers were ready.")
    envoy = next(a for a in x.actors if a.name == "Aino Lahti Koskinen")
    assert envoy.kind == "person" and envoy.country == "FIN"


def test_someone_given_an_age_is_a_local(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'KATHMANDU, Nepal (AP) — An earthquake struck western Nepal. "Nobody came until this '
                       'afternoon," said Ram Prasad Oli, 44, whose house collapsed in Jumla, Nepal.')
    assert next(a for a in x.actors if "Oli" in a.name).country == "NPL"


def test_a_command_of_a_countrys_military_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Four days earlier the French military's Sahel Command said it had struck a camp in Mali.")
    assert next(a for a in x.actors if "Command" in a.name).country == "FRA"


def test_a_state_army_known_by_name_has_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The general staff of the Korean People's Army accused the South of a provocation.")
    assert next(a for a in x.actors if "People's Army" in a.name).country == "PRK"


def test_a_gang_in_a_one_country_story_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "GUAYAQUIL, Ecuador (EFE) - The Los Lobos gang tried to seize a wing of the prison in "
                       "Guayaquil, Ecuador, officials in Quito said.")
    assert next(a for a in x.actors if "gang" in a.name).country == "ECU"


def test_denying_having_done_something_is_a_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Sudan's army accused the RSF of blocking an aid convoy near El Fasher. The RSF denied blocking "
                       "the convoy.")
    denial = next(e for e in x.events if e.trigger == "denied")
    assert denial.type == "REJECT" and _countries(x, denial.source) == {"SDN"}


def test_organisers_rejecting_an_account_are_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police in Dhaka, Bangladesh, said officers had used minimum force. Student organisers "
                       "rejected that account.")
    rejection = next(e for e in x.events if e.trigger == "rejected")
    assert any("organisers" in n for n in names(x, rejection.source))


def test_helicopters_ferrying_the_injured_to_hospital_are_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KATHMANDU, Nepal (AP) — Army helicopters ferried more than 80 injured people to hospitals in "
                       "Nepalgunj, the Nepal Army said.")
    assert any(e.type == "AID" and e.trigger == "ferried" for e in x.events)


def test_a_rights_groups_call_is_made_of_the_country_reported_on(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TUNIS, Tunisia (Reuters) - A court in Tunis sentenced 40 opposition figures on Friday. Amnesty "
                       "International called for the convictions to be quashed.")
    call = next(e for e in x.events if e.type == "REQUEST")
    assert _countries(x, call.target) == {"TUN"}


def test_a_spokesperson_for_a_body_named_after_is_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A spokesperson for the general staff of the Korean People's Army accused the South of a "
                       "provocation.")
    assert next(a for a in x.actors if a.name.startswith("spokesperson")).country == "PRK"


def test_an_acronym_tagged_as_a_person_is_the_body_it_spells(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "South Korea's Joint Chiefs of Staff said the missiles flew 350 kilometers. JCS spokesperson "
                       "Col. Park Ji-hoon called the launches a provocation.")
    assert not any(a.name == "JCS" and a.kind == "person" for a in x.actors)
    assert "JCS" in next(a for a in x.actors if a.name == "Joint Chiefs of Staff").aliases


def test_the_south_in_a_korean_story_is_south_korea(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "North Korea fired missiles on Monday, South Korea said. A North Korean army spokesperson "
                       "accused the South of a reckless provocation.")
    accusation = next(e for e in x.events if e.trigger == "accused")
    assert _countries(x, accusation.target) == {"KOR"}


def test_a_capital_named_by_its_own_name_beats_a_town_locals_call_so(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SRINAGAR, India — Shelling hit villages in Kashmir's Poonch district on Monday. Pakistan "
                       "summoned an Indian diplomat in Islamabad to protest.")
    assert next(p for p in x.places if p.name == "Islamabad").country == "PAK"


def test_a_countrys_office_beside_a_name_gives_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Belize's agent before the tribunal, Marisol Quan-Ortega, told the judges the border was "
                       "fixed long ago. \"We ask only for the law,\" Quan-Ortega said.")
    agent = next(a for a in x.actors if a.name == "Marisol Quan-Ortega")
    assert agent.country == "BLZ"
    assert not any(a.name == "Quan-Ortega" for a in x.actors)


def test_its_spokeswoman_serves_the_body_told_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Thailand's army said Lao troops fired first. "
                       "Laos's Ministry of National Defence gave a different account. Its spokeswoman, Col. Bounmy "
                       "Vongsa, said the patrol had crossed the border first.")
    assert next(a for a in x.actors if a.name.endswith("Bounmy Vongsa")).country == "LAO"


def test_a_spokesman_for_a_unit_of_the_army_told_before_is_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two soldiers died in a clash with Ecuadorian troops near Tumbes and Huaquillas, "
                       "the Peruvian army said. Col. Dario Huaman, a "
                       "spokesman for the army's Fourth Division, said the gunmen fled.")
    assert next(a for a in x.actors if a.name.endswith("Dario Huaman")).country == "PER"


def test_a_coastguard_spokeswoman_serves_the_coastguard_told_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rescuers pulled 30 people from the sea after a boat left Libya and Tunisia, "
                       "the Italian coastguard said. Coastguard spokeswoman "
                       "Lt Cdr Giulia Ferro-Rinaldi said the search went on.")
    assert next(a for a in x.actors if "Ferro-Rinaldi" in a.name).country == "ITA"


def test_a_list_of_towns_is_read_from_the_place_it_starts_with(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BELGRADE, Serbia (AP) — Students in Novi Sad, Niš and Kragujevac held marches on Monday.")
    assert {"Niš", "Kragujevac"} <= {p.name for p in x.places}


def test_the_regions_of_two_places_are_both_places(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA, Peru (AP) — Miners have blocked the highway in the regions of Arequipa and Ica "
                       "since last Wednesday.")
    assert {"Arequipa", "Ica"} <= {p.name for p in x.places if p.country == "PER"}


def test_a_city_bearing_the_name_is_a_place_though_a_bigger_one_abroad_is_called_so(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA, Peru (AP) — Members from Puno and La Libertad were travelling to join the blockades.")
    assert any(p.name == "Puno" and p.country == "PER" for p in x.places)


def test_a_country_after_a_bodys_name_is_its_national_branch(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Amnesty International Kenya and the Medical Association of Kenya said in a joint statement "
                       "that they would go to court.")
    named = {a.name: a.country for a in x.actors}
    assert named.get("Amnesty International Kenya") == "KEN" and named.get("Medical Association of Kenya") == "KEN"


def test_a_possessor_names_a_bodys_country_before_a_country_in_its_name(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "China's Hong Kong and Macao Affairs Office said the protests were illegal. Britain's "
                       "Foreign Office disagreed.")
    assert next(a for a in x.actors if "Macao Affairs Office" in a.name).country == "CHN"


def test_two_bodies_of_one_name_are_told_apart_by_their_owners(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Vietnam's coast guard said its ships patrolled near the islands. Malaysia's coast guard "
                       "said it escorted four vessels out of its waters.")
    guards = {a.name: a.country for a in x.actors if "coast guard" in a.name.lower()}
    assert guards == {"Vietnam's coast guard": "VNM", "Malaysia's coast guard": "MYS"}


def test_a_body_named_again_bare_is_the_one_named_with_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The French Navy's Toulon-based Mediterranean Fleet said a patrol aircraft watched two boats "
                       "near the tanker. \"The harassment must end,\" said Mediterranean Fleet spokesperson Cmdr. "
                       "Hélène Marchand-Roux.")
    fleets = [a for a in x.actors if "Mediterranean Fleet" in a.name]
    assert len(fleets) == 1
    spokesperson = next(a for a in x.actors if "Marchand-Roux" in a.name)
    assert spokesperson.country == "FRA" and spokesperson.roles


def test_tear_gas_fired_to_disperse_is_one_crowd_control_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Riot police fired tear gas and stun grenades to disperse thousands of students outside "
                       "parliament.")
    assert [(e.type, e.mode) for e in x.events] == [("ASSAULT", "crowd-control")]
    assert names(x, x.events[0].source) == {"Riot police"}


def test_dispersing_a_crowd_with_tear_gas_is_a_crowd_control_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police dispersed the crowd with tear gas on Monday.")
    assert [(e.type, e.mode) for e in x.events] == [("ASSAULT", "crowd-control")]


def test_a_dispersal_without_a_weapon_stays_coercion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police dispersed the crowd on Monday.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "disperse")]


def test_a_clash_of_two_sides_is_coded_as_a_dyad(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANILA (Reuters) - Philippine soldiers and communist rebels clashed for three hours in "
                       "Samar province on Sunday.")
    clash = next(e for e in x.events if e.type == "ASSAULT")
    assert names(x, clash.source) == {"Philippine soldiers"} and names(x, clash.target) == {"communist rebels"}


def test_warning_shots_are_a_show_of_force_not_an_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Beninese soldiers fired warning shots to repel an armed group near the border on Monday.")
    assert [e.type for e in x.events] == ["THREATEN"]


def test_a_province_named_like_a_region_abroad_resolves_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANILA (Reuters) - Soldiers and rebels clashed in Samar province on Sunday.")
    assert next(p for p in x.places if p.name.startswith("Samar")).country == "PHL"


def test_a_rank_before_a_name_is_no_part_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Defence ministry spokesman Colonel Ali Musa Kante said the army would pursue the attackers.")
    assert "Ali Musa Kante" in {a.name for a in x.actors}


def test_a_long_name_runs_past_what_ner_took(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "\"We have seen nothing, not even water,\" said Jean-Marc Rakotoarison Andry, a fisherman.")
    assert "Jean-Marc Rakotoarison Andry" in {a.name for a in x.actors}


def test_a_name_swept_into_a_body_with_its_rank_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Finnish Border Guard boarded the vessel on Tuesday. \"Our divers found a drag mark,\" "
                       "Border Guard commander Rear Admiral Mikko Aleksi Rantala was quoted as saying.")
    admiral = next(a for a in x.actors if a.name == "Mikko Aleksi Rantala")
    assert admiral.country == "FIN"


def test_the_body_owning_the_office_in_a_role_gives_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Pakistani border forces and Afghan guards exchanged fire at the crossing. Mawlawi Abdul "
                       "Rahim Sarwari, a spokesman for the Taliban administration's border forces in Nangarhar, "
                       "said Pakistani troops fired first.")
    assert next(a for a in x.actors if "Sarwari" in a.name).country == "AFG"


def test_a_toll_told_after_an_attack_is_that_attacks_toll(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen attacked a police post in the town on Monday. Nine soldiers were wounded. Two trucks "
                       "were destroyed.")
    assert [e.trigger for e in x.events] == ["attacked"]


def test_a_toll_with_no_attack_told_before_is_the_record_of_the_violence(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Nine soldiers were wounded near the border on Monday.")
    assert [e.type for e in x.events] == ["ASSAULT"]


def test_the_attackers_own_losses_are_another_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Afghan forces fired on Pakistani border posts on Sunday, the military said. Pakistani troops "
                       "responded, the military said. Several Afghan posts were destroyed.")
    assert any(e.trigger == "destroyed" for e in x.events)


def test_a_storm_known_by_its_name_kills_no_one_by_intent(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Cyclone Freddy killed hundreds of people in Malawi in 2023.",
                 "Typhoon Haiyan killed more than 6,000 people in the Philippines."):
        assert not any(e.type == "ASSAULT" and e.source for e in run(extractor, text).events)


def test_a_tolls_harmed_are_whom_the_attack_told_before_hit(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A military convoy came under attack near Gao on Monday. At least three soldiers were killed "
                       "and one was injured.")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert "soldiers" in " ".join(names(x, attack.target)) and attack.dead == 3


def test_a_force_backed_by_another_is_no_word_of_support(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Officers supported by the UN-backed force tried to retake the terminal on Monday.")
    assert not any(e.type == "SUPPORT" for e in x.events)


def test_police_moving_to_clear_a_road_is_no_troop_movement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "One protester was killed when police moved to clear miners blocking the highway.")
    assert not any(e.type == "MOBILIZE" for e in x.events)


def test_declining_to_say_is_no_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The police chief said officers would retake the terminal. He declined to say when.")
    assert not any(e.type == "REJECT" for e in x.events)


def test_armed_men_blocking_a_road_coerce_rather_than_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armed gangs have blocked access to the main fuel terminal since Saturday. Farmers blocked "
                       "the highway on Monday.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "blockade"), ("PROTEST", "obstruct")]


def test_rejecting_accusations_is_aimed_at_the_accuser(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenian border guards detained three Azerbaijani shepherds on Monday. Azerbaijan's foreign "
                       "ministry called on Yerevan to free the shepherds without conditions. Armenia's foreign "
                       "ministry rejected the accusations.")
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert _countries(x, rejection.target) == {"AZE"}


def test_a_body_named_with_the_city_it_sits_in_is_of_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Bureau for Reintegration Policies in Chisinau rejected the claim as pure disinformation.")
    assert next(a for a in x.actors if a.name.startswith("Bureau")).country == "MDA"


def test_a_state_condemning_a_provocation_aims_at_the_foreign_side_that_acted(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TAIPEI (Reuters) - China launched large military drills around Taiwan on Saturday. \"We "
                       "strongly condemn this irrational provocation,\" Taiwan's defence ministry said.")
    condemnation = next(e for e in x.events if e.type == "ACCUSE")
    assert _countries(x, condemnation.target) == {"CHN"}


def test_a_capital_stands_for_its_government_not_a_ministry_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "China's Taiwan Affairs Office said the drills were legitimate. The U.S. State Department "
                       "urged Beijing to exercise restraint.")
    request = next(e for e in x.events if e.type == "REQUEST")
    assert names(x, request.target) == {"China"}


def test_a_title_and_a_name_read_as_two_subjects_quote_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Sixth Fleet said it watched the boats. \"The harassment of shipping must end,\" said "
                       "Sixth Fleet spokesperson Cmdr. Nora Whitcombe-Ames.")
    quote = next(q for q in x.quotes if q.text.startswith("The harassment"))
    speaker = x.actor(quote.speaker or "")
    assert speaker is not None and "Whitcombe-Ames" in speaker.name


def test_the_name_a_speaker_gave_is_the_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A militia commander in the area, who gave his name as Tesfaye Bekele Alemu, said his "
                       "fighters had taken the town. \"We will not stop,\" he said.")
    assert {"Tesfaye Bekele Alemu"} == {x.actor(q.speaker or "").name for q in x.quotes}  # type: ignore[union-attr]


def test_foreign_aircraft_detected_near_a_state_are_a_show_of_force_at_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SEOUL (Reuters) - South Korea's military said it had detected 12 Russian military aircraft "
                       "and four navy ships near its air defence zone on Tuesday.")
    sighting = next(e for e in x.events if e.trigger == "detected")
    assert sighting.type == "MOBILIZE"
    assert _countries(x, sighting.source) == {"RUS"} and _countries(x, sighting.target) == {"KOR"}


def test_a_states_show_of_force_in_reply_is_aimed_at_the_side_that_acted(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TAIPEI (Reuters) - China launched large military drills around Taiwan on Saturday. Taiwan's "
                       "defence ministry said it had deployed its own aircraft and ships to monitor the situation.")
    reply = next(e for e in x.events if e.trigger == "deployed")
    assert _countries(x, reply.target) == {"CHN"}


def test_a_town_ner_took_for_a_product_is_a_place_where_the_words_say_so(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "U.S. forces completed their withdrawal from a drone base in Agadez in August 2024.")
    assert any(p.name == "Agadez" and p.country == "NER" for p in x.places)


def test_a_town_so_many_miles_south_of_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HELSINKI - The Border Guard boarded the vessel about 14 nautical miles south of Porvoo.")
    assert any(p.name == "Porvoo" and p.country == "FIN" for p in x.places)


def test_a_town_ner_took_for_a_person_frees_its_words_for_the_region(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ANTANANARIVO - Houses were destroyed in the regions of Atsinanana and Analanjirofo. Rescue "
                       "teams reached villages north of Fenoarivo Atsinanana.")
    assert {"Atsinanana", "Analanjirofo", "Fenoarivo Atsinanana"} <= {p.name for p in x.places}


def test_a_province_the_vote_left_unnamed_is_known(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "WABAG, Papua New Guinea (Reuters) - Soldiers and police were deployed to Enga province.")
    assert any(p.name.startswith("Enga") and p.country == "PNG" for p in x.places)


def test_sides_of_fighting_that_broke_out_hang_on_its_verb(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KHARTOUM, Sudan (Reuters) - Heavy fighting erupted overnight between rival armed groups in "
                       "eastern Omdurman, killing at least eight people.")
    fights = [e for e in x.events if e.type == "ASSAULT"]
    assert len(fights) == 1 and fights[0].source and fights[0].dead == 8


def test_a_sources_request_for_anonymity_is_no_request(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("A commander said the attack began at dawn. He asked not to be named for fear of reprisals.",
                 "Amal, a mother of three who asked that her family name not be used, said the windows shook."):
        assert not any(e.type == "REQUEST" for e in run(extractor, text).events)
    assert any(e.type == "REQUEST" for e in run(extractor, "The mayor asked the army to protect the town.").events)


def test_the_side_fire_came_from_fired_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PRISTINA, Kosovo (Reuters) - Kosovo police said the patrol was shot at from the Serbian side "
                       "of the line at about 10 p.m.")
    shooting = next(e for e in x.events if e.type == "ASSAULT")
    assert _countries(x, shooting.source) == {"SRB"} and "SRB" not in _countries(x, shooting.target)


def test_witnesses_who_describe_gunfire_did_not_fire(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MOGADISHU (Reuters) - Witnesses described hours of gunfire and several loud explosions.")
    assert not any(names(x, e.source) & {"Witnesses"} for e in x.events)


def test_a_name_ner_took_for_a_body_beside_a_walk_of_life_is_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "\"My eyes are still burning,\" said Elif Nur Demirtas, a 24-year-old university student who "
                       "stood near the barricades.")
    assert next(a for a in x.actors if a.name == "Elif Nur Demirtas").kind == "person"


def test_a_title_before_a_name_ner_misread_as_a_product_keeps_the_name_whole(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The chief prosecutor's office said Mayor Deniz Ozkan Yilmazer of the main opposition party "
                       "was suspected of bribery.")
    assert "Deniz Ozkan Yilmazer" in {a.name for a in x.actors}


def test_she_said_returns_to_the_person_her_paragraph_opens_with(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "\"We are not going home,\" said Ayla Kaya, a student.\n\nParty deputy chairwoman Selin "
                       "Karaca Ertem addressed the crowd from a bus. \"This is a political coup,\" she said.")
    coup = next(q for q in x.quotes if "coup" in q.text)
    assert x.actor(coup.speaker or "").name == "Selin Karaca Ertem"  # type: ignore[union-attr]


def test_a_name_ner_took_for_a_product_that_speaks_is_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said those "
                       "returned included 12 civilians.")
    body = next(a for a in x.actors if a.name.startswith("Coordination Headquarters"))
    assert body.name.endswith("Prisoners of War") and body.country == "UKR" and body.kind == "organization"


def test_each_act_of_an_accusation_list_is_the_accuseds_claimed_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANILA (Reuters) - The Philippines accused China's coast guard on Wednesday of boarding a "
                       "Filipino fishing boat near the shoal, beating its crew and seizing its catch.")
    acts = [e for e in x.events if e.trigger in ("boarding", "beating", "seizing")]
    assert len(acts) == 3
    assert all(_countries(x, e.source) == {"CHN"} and e.status == "claimed" for e in acts)


def test_a_finite_verb_after_an_order_is_the_orderers_second_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NAIROBI (Reuters) - Kenya on Wednesday ordered Somalia's ambassador to leave the country "
                       "within 72 hours and recalled its own envoy from Mogadishu.")
    recall = next(e for e in x.events if e.trigger == "recalled")
    assert _countries(x, recall.source) == {"KEN"}


def test_released_photographs_and_a_defeat_at_the_polls_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Photographs released by the headquarters showed men wrapped in flags. \"They could not beat "
                       "us at the ballot box,\" she said.")
    assert not x.events


def test_an_arrest_told_without_its_doer_is_the_polices_told_just_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ISTANBUL (Reuters) - Riot police fired tear gas at a crowd that tried to march on the "
                       "courthouse, and at least 14 protesters were detained.")
    arrest = next(e for e in x.events if e.mode == "arrest")
    assert names(x, arrest.source) == {"Turkish riot police"}


def test_denying_an_act_named_by_a_gerund_rejects_the_accuser(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia has repeatedly accused Azerbaijan of torturing prisoners of war. Baku denies "
                       "mistreating captives.")
    denial = next(e for e in x.events if e.type == "REJECT")
    assert _countries(x, denial.source) == {"AZE"} and _countries(x, denial.target) == {"ARM"}


def test_two_sides_each_releasing_prisoners_free_each_others(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia and Azerbaijan each released 12 prisoners of war on Wednesday.")
    release = next(e for e in x.events if e.type == "RETREAT")
    assert _countries(x, release.target) == {"ARM", "AZE"}


def test_a_protest_note_handed_over_is_a_diplomatic_complaint(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DUSHANBE (Reuters) - Tajikistan's foreign ministry handed a protest note to the Kyrgyz "
                       "ambassador on Wednesday.")
    note = next(e for e in x.events if e.trigger == "protest")
    assert note.type == "ACCUSE" and _countries(x, note.source) == {"TJK"} and _countries(x, note.target) == {"KGZ"}


def test_two_sides_speaking_by_telephone_consult_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BISHKEK (Reuters) - Kyrgyz and Tajik border guards exchanged fire on Tuesday. The heads of "
                       "the two border services spoke by telephone on Wednesday evening.")
    call = next(e for e in x.events if e.trigger == "spoke")
    assert call.type == "CONSULT" and _countries(x, call.source) | _countries(x, call.target) == {"KGZ", "TJK"}
    assert not any(e.type == "CONSULT" for e in run(extractor, "The minister spoke to reporters in Geneva.").events)


def test_fires_opening_a_sentence_kill_by_no_ones_intent(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SANTIAGO (AFP) - Wildfires have killed 12 people in central Chile.")
    assert not any(e.type == "ASSAULT" and e.source for e in x.events)


def test_firefighters_sent_to_a_disaster_are_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SANTIAGO (AFP) - Wildfires have killed 12 people in central Chile. Argentina sent two "
                       "firefighting aircraft and a brigade of 60 firefighters on Wednesday.")
    aid = next(e for e in x.events if e.trigger == "sent")
    assert aid.type == "AID" and _countries(x, aid.source) == {"ARG"}


def test_a_countrys_ministry_that_speaks_is_an_actor_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya's foreign ministry said the agreement had no legal effect.")
    ministry = next(a for a in x.actors if a.name == "Kenya's foreign ministry")
    assert ministry.kind == "organization" and ministry.country == "KEN" and ministry.sector == "GOV"
    assert x.actor(x.quotes[0].speaker or "") == ministry


def test_a_ministry_spokeswoman_serves_the_ministry_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya's foreign ministry said the agreement had no legal effect. Somalia's envoy was "
                       "expelled. \"Our coast is not for rent,\" foreign ministry spokeswoman Amina Odhiambo Wekesa "
                       "told reporters.")
    assert next(a for a in x.actors if a.name == "Amina Odhiambo Wekesa").country == "KEN"


def test_a_name_after_the_noun_for_its_kind_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MOGADISHU (Reuters) - The agreement was signed in the Somaliland capital Hargeisa on Monday.")
    assert any(p.name == "Hargeisa" for p in x.places)
    assert not any(a.name == "Hargeisa" and a.kind == "person" for a in x.actors)


def test_people_a_state_frees_named_with_no_country_are_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Lithuania, Poland and the United States welcomed the news from Minsk. Belarus freed 31 "
                       "political prisoners on Wednesday, Lithuania's foreign ministry said.")
    freed = next(e for e in x.events if e.trigger == "freed")
    assert _countries(x, freed.target) == {"BLR"}


def test_welcoming_an_act_told_before_by_name_supports_its_doer(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Belarus freed 31 political prisoners on Wednesday after talks with a U.S. envoy. The exiled "
                       "opposition welcomed the releases but said hundreds remained in jail.")
    welcome = next(e for e in x.events if e.trigger == "welcomed")
    assert names(x, welcome.target) == {"Belarus"}


def test_two_countries_foreign_ministries_stay_two_actors_named_with_their_owners(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MONTEVIDEO (Reuters) - Foreign Ministry spokesman Tomas Verhoef said a Uruguayan patrol "
                       "boat was stopped on Sunday off Punta del Este. Chile's Foreign Ministry rejected the account.")
    chilean = next(a for a in x.actors if a.name == "Chile's Foreign Ministry")
    assert chilean.country == "CHL"
    spokesman = next(a for a in x.actors if a.name == "Tomas Verhoef")
    assert spokesman.country != "CHL"


def test_a_lower_case_ministry_with_a_demonym_is_that_countrys_body(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Moroccan interior ministry said its officers had arrested 12 smugglers near Nador.")
    ministry = next(a for a in x.actors if "interior ministry" in a.name)
    assert ministry.name == "Moroccan interior ministry" and ministry.country == "MAR"


def test_a_spokesperson_of_a_body_taken_up_by_its_head_noun_is_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Peru's National Directorate for Border Security said the crossing was closed. "
                       "\"We will reopen it soon,\" said Lucia Fernandez Rojas, the directorate's deputy chief.")
    assert next(a for a in x.actors if a.name == "Lucia Fernandez Rojas").country == "PER"


def test_guards_in_a_report_spanning_countries_are_of_the_country_their_sentence_names(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia and Azerbaijan swapped 20 detainees on Monday, officials in Baku and Yerevan said. "
                       "One freed man said guards had beaten him often in a prison in Azerbaijan's Ganja region.")
    beating = next(e for e in x.events if e.type == "ASSAULT" and "beaten" in e.evidence.text)
    assert _countries(x, beating.source) == {"AZE"}


def test_an_attack_told_as_the_cause_of_an_outage_accuses_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Moldovan officials said 40,000 homes were without power following overnight Russian "
                       "strikes on Ukraine's grid near the border.")
    assert not any(e.type == "ACCUSE" for e in x.events)


def test_a_bodys_head_noun_is_the_word_before_its_first_of_or_for() -> None:
    from sitrep.nlp.actors import _head_word

    assert _head_word("Coordination Headquarters for the Return of Detainees") == "headquarters"
    assert _head_word("Ministry of the Interior") == "ministry"
    assert _head_word("State Border Guard Service") == "service"


def test_a_sanction_announced_without_condition_or_warning_is_a_planned_sanction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Australia would freeze the assets of two Myanmar generals and three companies in "
                       "Singapore, the foreign minister said.")
    freeze = next(e for e in x.events if "freeze" in e.evidence.text)
    assert (freeze.type, freeze.status) == ("SANCTION", "planned")


def test_rejecting_the_sanctions_is_aimed_at_who_imposed_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Norway and Iceland imposed sanctions on 12 Belarusian judges on Tuesday. The judges were "
                       "sanctioned for jailing protesters. Belarus's government rejected the sanctions as illegal.")
    passive = next(e for e in x.events if e.type == "SANCTION" and "were sanctioned" in e.evidence.text)
    assert _countries(x, passive.source) == {"NOR", "ISL"}
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert _countries(x, rejection.target) == {"NOR", "ISL"}


def test_both_governments_are_the_two_countries_the_text_joined_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Norway and Iceland imposed sanctions on 12 Belarusian officials on Tuesday. The measures "
                       "freeze their assets. Belarus called the move illegal. Minsk said it would respond. The "
                       "list includes Colonel Ivan Pratasevich, whom both governments accused of directing raids.")
    accusation = next(e for e in x.events if e.type == "ACCUSE" and "both governments" in e.evidence.text)
    assert _countries(x, accusation.source) == {"NOR", "ISL"}


def test_the_ship_and_its_crew_are_the_foreign_vessel_told_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile's navy seized a Peruvian-flagged fishing vessel off Arica after a chase, the "
                       "government said, accusing the crew of fishing illegally in Chilean waters. Officers "
                       "boarded the ship early on Monday.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert _countries(x, accusation.target) == {"PER"}
    boarding = next(e for e in x.events if "boarded" in e.evidence.text)
    assert _countries(x, boarding.target) == {"PER"}


def test_strikes_an_air_force_carried_out_are_no_labour_strike(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Nigerien armed forces' general staff said its aircraft had carried out precise strikes "
                       "on Sunday against a militant camp near Tillaberi.")
    assert not any(e.type == "PROTEST" for e in x.events)
    staff = next(a for a in x.actors if "general staff" in a.name)
    assert staff.country == "NER"


def test_a_two_word_countrys_government_is_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "South Sudan's government and the rebels resumed talks in Nairobi on Monday.")
    government = next(a for a in x.actors if a.name == "South Sudan's government")
    assert government.country == "SSD"


def test_a_group_working_for_a_states_agency_is_that_states(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Australia on Monday blamed a hacking group working for Iran's intelligence ministry for "
                       "an attack on its hospitals.")
    group = next(a for a in x.actors if a.name == "hacking group")
    assert group.country == "IRN"


def test_a_state_body_does_not_reject_its_own_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Japan accused three Kenyan firms of shipping drone parts to Russia on Monday. Kenya's foreign "
                       "ministry rejected the report and said Kenya had not been involved.")
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert _countries(x, rejection.target) == {"JPN"}


def test_suspending_permits_is_a_sanction_and_a_freeze_a_spokesman_announces_is_planned(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The mines minister said the government was suspending all mining permits in the province "
                       "for three months. A spokesman said Ghana would freeze the assets of the four companies.")
    suspension = next(e for e in x.events if "suspending" in e.evidence.text)
    assert suspension.type == "SANCTION"
    freeze = next(e for e in x.events if "freeze" in e.evidence.text)
    assert (freeze.type, freeze.status) == ("SANCTION", "planned")


def test_a_quoted_we_threat_is_the_speakers_and_aimed_at_the_side_that_fired(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Uzbek border guards fired on a Kazakh post on Monday. \"If one more shot is fired at our "
                       "territory, we will answer with every means at our disposal,\" said Kazakh border service "
                       "chief Aidos Serikbayev.")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert names(x, threat.source) == {"Aidos Serikbayev"}
    assert _countries(x, threat.target) == {"UZB"}


def test_a_body_put_beside_national_is_of_the_reports_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUSAKA, Zambia (Reuters) - Police fired tear gas at protesters in Lusaka on Tuesday. The "
                       "national electoral authority, ZECOM, has denied any irregularities.")
    assert next(a for a in x.actors if a.name == "ZECOM").country == "ZMB"


def test_fires_whose_verb_the_parser_gave_a_unit_as_subject_attack_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Wildfires fanned by strong winds and temperatures near 42 degrees Celsius tore through "
                       "forests and villages in southern Greece on Tuesday, killing at least 6 people.")
    assert not any(e.type == "ASSAULT" for e in x.events)


def test_a_town_named_as_one_under_another_spelling_is_placed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hospitals in the southern city of Tamanrasset had received 11 wounded Malians.")
    town = next(p for p in x.places if p.name == "Tamanrasset")
    assert town.country == "DZA" and town.lat is not None


def test_a_spokeswoman_is_of_the_city_before_her_name_not_of_one_in_what_she_says(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Romania expelled two Hungarian diplomats on Tuesday, and Bucharest summoned Hungary's "
                       "ambassador. In Budapest, Foreign Ministry spokeswoman Katalin Varga Szabo called the "
                       "expulsions \"a provocation staged on orders from Berlin\" and said Hungary would respond.")
    assert next(a for a in x.actors if a.name == "Katalin Varga Szabo").country == "HUN"


def test_a_minister_named_right_after_a_governments_act_is_its_minister(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Spain accused Portugal of ignoring distress calls from the boat, and Madrid said it would "
                       "complain to Brussels. Portugal's government rejected the accusation. Interior Minister "
                       "Rui Costa Almeida said its coast guard had coordinated with Spanish authorities throughout.")
    assert next(a for a in x.actors if a.name == "Rui Costa Almeida").country == "PRT"


def test_accusing_a_named_side_of_an_act_is_aimed_at_that_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Myanmar's military government and the Arakan Army signed a truce in the Chinese city of "
                       "Kunming on Tuesday, but the rebels accused the army on Wednesday of bombing a village in "
                       "Rakhine state hours after the deal took effect.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert names(x, accusation.target) == {"Myanmar army"}


def test_who_would_respond_if_attacked_again_threatens_the_side_that_attacked(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Peruvian troops fired across the river at a Bolivian patrol on Sunday. The defence minister "
                       "said Bolivia would respond with all its force if its units were attacked again.")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert _countries(x, threat.source) == {"BOL"} and _countries(x, threat.target) == {"PER"}


def test_a_refusal_to_negotiate_is_a_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The regional security minister said troops had surrounded the village. \"We will not "
                       "negotiate with criminals,\" he said.")
    assert any(e.type == "REJECT" for e in x.events)
    assert not any(e.type == "CONSULT" for e in x.events)


def test_facing_charges_is_an_accusation_of_the_one_who_faces_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The navy said the skipper would face charges of illegal fishing.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert names(x, accusation.source) == {"navy"} and accusation.status == "planned"
    assert "skipper" in " ".join(names(x, accusation.target))


def test_states_that_clash_over_an_issue_without_arms_accuse_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Greece and Turkey have repeatedly clashed over migration in the Aegean.")
    assert not any(e.type == "ASSAULT" for e in x.events)
    dispute = next(e for e in x.events if e.type == "ACCUSE")
    assert _countries(x, dispute.source) == _countries(x, dispute.target) == {"GRC", "TUR"}


def test_an_envoy_summoned_to_the_ministry_was_summoned_by_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Estonia's foreign ministry said it had expelled two Belarusian diplomats. Belarus's "
                       "ambassador was summoned to the ministry to be informed of the decision.")
    summons = next(e for e in x.events if "summoned" in e.evidence.text)
    assert _countries(x, summons.source) == {"EST"} and _countries(x, summons.target) == {"BLR"}


def test_rescues_and_air_drops_in_a_disaster_are_the_countrys_relief_to_its_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A landslide buried 30 homes in Nepal's Sindhupalchok district on Tuesday. Eleven people were "
                       "pulled out alive. Military helicopters dropped food and drinking water to two villages that "
                       "were cut off.")
    relief = [e for e in x.events if e.type == "AID"]
    assert len(relief) == 2
    assert all(_countries(x, e.source) == {"NPL"} and _countries(x, e.target) == {"NPL"} for e in relief)


def test_a_family_name_ner_left_untagged_beside_a_title_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Opposition candidate Grace Akinyi Ouma lost the election. Chief Justice Ruth Wanjiru read "
                       "the judgment. Ouma, a former governor of Kisumu county, rejected the ruling within an hour. "
                       "She called for three days of nationwide demonstrations.")
    assert not any(a.name == "former governor" for a in x.actors)
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert names(x, rejection.source) == {"Grace Akinyi Ouma"}


def test_a_ship_flagged_by_a_country_named_before_the_hyphen_is_of_that_flag(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Houthi fighters fired a missile at a Liberia-flagged cargo ship off Hodeidah in Yemen "
                       "on Monday.")
    ship = next(a for a in x.actors if "ship" in a.name)
    assert ship.country == "LBR"


def test_the_head_of_a_local_association_is_of_the_country_the_sentence_before_names(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Morocco's navy detained 12 Spanish fishermen off Tangier on Monday, and Spain summoned "
                       "Morocco's ambassador in Madrid. Fishermen's leaders in Algeciras denied the navy's account. "
                       "Pedro Lucas Barranco, president of a trawler owners' association, accused the navy of "
                       "firing warning shots.")
    assert next(a for a in x.actors if a.name == "Pedro Lucas Barranco").country == "ESP"


def test_a_strike_announced_ahead_is_a_planned_protest_and_one_with_a_condition_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Dock workers in Valparaiso promised to stop work on Friday in solidarity with the miners.")
    assert [(e.type, e.status) for e in x.events if e.type in ("PROTEST", "THREATEN")] == [("PROTEST", "planned")]
    x = run(extractor, "The teachers' union said its members would strike on Monday unless the ministry paid "
                       "their wages.")
    assert any(e.type == "THREATEN" for e in x.events) and not any(e.type == "PROTEST" for e in x.events)


def test_forces_entering_another_states_airspace_are_its_show_of_force(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two Belarusian military helicopters entered Lithuanian airspace on Sunday, the army said.")
    shows = [e for e in x.events if e.type == "MOBILIZE"]
    assert shows and _countries(x, shows[0].source) == {"BLR"} and _countries(x, shows[0].target) == {"LTU"}
    x = run(extractor, "A Chinese coast guard ship violated Japan's territorial waters near the islands.")
    assert [e.type for e in x.events] == ["MOBILIZE"]


def test_calling_a_trial_a_travesty_is_a_reproach(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Amnesty International called the trial \"a travesty\" and the verdicts \"a farce.\"")
    assert any(e.type == "ACCUSE" for e in x.events)


def test_a_demand_that_names_no_one_is_aimed_at_the_country_the_report_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ULAANBAATAR, May 2 - Mongolia's parliament voted to dismiss the cabinet on Tuesday after "
                       "protests in Ulaanbaatar and Darkhan. The opposition Civic Party called for early elections.")
    demand = next(e for e in x.events if e.type == "REQUEST")
    assert _countries(x, demand.target) == {"MNG"}


def test_expressed_support_is_support_and_an_offer_by_two_states_is_not_to_each_other(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The foreign ministers of Latvia and Lithuania expressed support for Estonia.")
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert _countries(x, support.target) == {"EST"}
    x = run(extractor, "SAN JOSE, May 3 - Hackers crippled hospital systems in San Jose and Cartago on Sunday. "
                       "Spain and Chile have offered technical assistance.")
    offer = next(e for e in x.events if e.type == "AGREE")
    assert _countries(x, offer.target) == {"CRI"}


def test_an_attack_by_hackers_is_cyber_coercion_not_an_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hackers attacked the servers of the national power company on Sunday.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "cyber")]


def test_a_countrys_own_police_acting_at_home_act_on_their_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DHAKA, July 2 - Students marched in Dhaka and Sylhet on Tuesday. Riot police used water "
                       "cannon and tear gas against them, witnesses said. Soldiers withdrew before dawn.")
    acts = [e for e in x.events if e.type in ("ASSAULT", "RETREAT")]
    assert len(acts) == 2 and all(_countries(x, e.target) == {"BGD"} for e in acts)


def test_an_act_told_without_its_author_in_a_one_country_report_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TBILISI, May 2 - Thousands of Georgians marched in Tbilisi on Sunday. Smaller rallies "
                       "were held in Batumi and Kutaisi. Mobile internet was suspended in Tbilisi for two hours.")
    assert all(_countries(x, e.source) == {"GEO"} for e in x.events if e.type in ("PROTEST", "COERCE"))
    x = run(extractor, "KYIV, May 2 - Russian drones struck Kharkiv overnight. Two people were killed in Kharkiv, "
                       "Ukrainian officials said.")
    assert not any(_countries(x, e.source) == {"UKR"} for e in x.events if e.type == "ASSAULT")


def test_a_warning_to_take_all_necessary_measures_is_a_threat_at_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A spokesman said Beijing would \"take all necessary measures\" if Taipei continued to push "
                       "for independence.")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert _countries(x, threat.source) == {"CHN"} and _countries(x, threat.target) == {"TWN"}
    assert threat.status == "conditional"


def test_an_internet_shutdown_is_censorship_by_the_state_and_planned_talks_keep_their_sides(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NDJAMENA, May 2 - Soldiers arrested four officers in Ndjamena and Abeche. Internet access "
                       "was restricted across Chad for several hours on Monday night.")
    cut = next(e for e in x.events if e.mode == "censor")
    assert cut.type == "COERCE" and _countries(x, cut.source) == {"TCD"}
    x = run(extractor, "Vietnam and China are due to hold a new round of talks in Beijing next month.")
    talks = next(e for e in x.events if e.type == "CONSULT")
    assert _countries(x, talks.source) == {"VNM", "CHN"} and talks.status == "planned"


def test_talks_one_side_will_hold_with_no_one_named_are_with_the_other_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ABU DHABI, May 2 - Ukraine and Russia swapped 150 prisoners each on Friday. Moscow said "
                       "Russia had freed 150 Ukrainians. Ukrainian officials would meet in Abu Dhabi later "
                       "this month to work out the lists.")
    talks = next(e for e in x.events if e.type == "CONSULT")
    assert _countries(x, talks.source) == {"UKR"} and _countries(x, talks.target) == {"RUS"}


def test_a_place_name_joined_by_del_or_da_is_read_whole(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "In February 2024, fires in the hills around Vina del Mar killed well over 100 people.")
    assert [(p.name, p.country) for p in x.places] == [("Vina del Mar", "CHL")]


def test_a_bodys_information_team_speaks_for_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The army's information team denied carrying out any air strike and accused the rebels "
                       "of ambushing a supply convoy.")
    assert {e.type for e in x.events if names(x, e.source) == {"army"}} >= {"REJECT", "ACCUSE"}


def test_an_act_a_side_says_it_did_not_do_is_its_denial(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PRISTINA, May 2 - Kosovo police said they came under fire near Jarinje. Serbian officials "
                       "said no shots had been fired from Serbian territory.")
    denial = next(e for e in x.events if e.type == "REJECT")
    assert _countries(x, denial.source) == {"SRB"} and not denial.negated
    assert not any(e.negated for e in x.events)


def test_upholding_thanking_and_standing_with_are_support(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Zambia's Constitutional Court on Monday upheld Peter Chola's victory in the election.",
                 "The Chinese embassy thanked the Central African government for its efforts.",
                 "The State Department said Washington stood with its treaty ally, the Philippines."):
        assert any(e.type == "SUPPORT" for e in run(extractor, text).events), text


def test_a_promised_answer_in_kind_or_a_review_of_commitments_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Foreign ministry spokeswoman Irina Volkova said Russia would respond \"in a mirror manner.\"")
    assert [e.type for e in x.events] == ["THREATEN"]
    x = run(extractor, "The rebels said they would \"review their commitments\" if the attacks continued.")
    assert [(e.type, e.status) for e in x.events] == [("THREATEN", "conditional")]


def test_the_alliance_is_the_international_body_just_named(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A NATO official in Brussels said the alliance supported Bulgaria's decision.")
    support = next(e for e in x.events if e.type == "SUPPORT")
    assert names(x, support.source) == {"NATO"}


def test_funds_allocated_or_released_for_relief_are_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The European Union released 1.5 million euros in emergency funding for Madagascar.")
    assert [e.type for e in x.events] == ["AID"]
    x = run(extractor, "Police released the two journalists on Monday.")
    assert [e.type for e in x.events] == ["RETREAT"]


def test_a_small_county_abroad_is_not_read_into_a_report_that_never_goes_there(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HANOI - Landslides buried homes in Lao Cai and Yen Bai provinces, where the swollen Red River "
                       "flooded low-lying parts of Yen Bai city, Vietnamese officials said.")
    assert all(p.country != "USA" for p in x.places)


def test_a_state_bodys_rejection_is_not_aimed_at_its_own_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SAN JOSE, May 2 - Hackers crippled hospital systems in San Jose and Cartago. Costa Rican "
                       "officials linked the attack to Russian speakers. The Russian embassy in San Jose said it "
                       "\"categorically rejects attempts to link Russia to criminal activity.\"")
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert "RUS" not in _countries(x, rejection.target)


def test_people_convicted_at_home_in_a_report_spanning_countries_were_convicted_by_their_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ALMATY, May 2 - A court in Nukus, Uzbekistan, sentenced four Uzbek activists on Tuesday. "
                       "Kazakhstan extradited one of them from Almaty in June. Two more Uzbek journalists were "
                       "sentenced to 16 years in prison in Nukus in January.")
    sentences = [e for e in x.events if e.type == "COERCE"]
    assert len(sentences) == 2 and all(_countries(x, e.source) == {"UZB"} for e in sentences)


def test_an_appeal_against_a_verdict_is_a_legal_challenge_and_an_appeal_for_calm_a_plea(extractor) -> None:  # type: ignore[no-untyped-def]
    # (PLOVER's REJECT of the ruling, as the team's references code a challenge in court)
    x = run(extractor, "The lawyer said she would appeal against the verdict.")
    assert [e.type for e in x.events] == ["REJECT"]
    x = run(extractor, "The president appealed for calm.")
    assert [e.type for e in x.events] == ["REQUEST"]


def test_blaming_fighters_sponsored_by_a_state_blames_the_state(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Interior Ministry blamed \"terrorists sponsored by India\" for the killings in Kalat.")
    blame = next(e for e in x.events if e.type == "ACCUSE")
    assert "IND" in _countries(x, blame.target)


def test_neutralising_or_eliminating_fighters_is_an_assault_and_eliminating_poverty_is_none(extractor) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in run(extractor, "The army said it had eliminated 12 militants in the district.").events] \
        == ["ASSAULT"]
    assert not run(extractor, "The government wants to eliminate poverty.").events


def test_a_bomb_at_home_with_no_author_is_the_countrys_own_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A bomb hidden in a parked car tore through a crowded fruit market in the Pakistani city of "
                       "Peshawar on Monday, killing nine people and wounding 30, police said. Pakistan's interior "
                       "minister Tariq Mehmood ordered an inquiry. The Pakistani police sealed off the area.")
    blast = next(e for e in x.events if e.type == "ASSAULT" and "tore through" in e.evidence.text)
    assert _countries(x, blast.source) == {"PAK"}
    assert all(x.actor(i).kind != "country" for i in blast.source)  # (unnamed people, not the state)


def test_a_battle_with_no_sides_named_at_home_is_the_countrys_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Four Haitian police officers were wounded in a battle that lasted more than three hours in "
                       "the town of Mirebalais, Haiti's police said on Friday. Haiti's government declared a "
                       "state of emergency in the Centre department.")
    battle = next(e for e in x.events if e.type == "ASSAULT" and e.trigger == "battle")
    assert _countries(x, battle.source) == {"HTI"}


def test_calling_an_act_an_assault_on_people_reproaches_its_author(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Peru's government raised bus fares by 10 percent on Sunday. The opposition Popular Force "
                       "party called the fare rise \"an assault on the pockets of the poor.\"")
    reproach = next(e for e in x.events if e.type == "ACCUSE")
    assert all("Popular Force" in n for n in names(x, reproach.source)) and _countries(x, reproach.target) == {"PER"}


def test_calling_denied_accusations_names_is_no_new_reproach(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Prosecutors accused the senator Luis Carvallo of laundering money. Carvallo denied the "
                       "accusations, calling them \"a political lynching.\"")
    assert not any(e.type == "ACCUSE" and names(x, e.source) == {"Luis Carvallo"} for e in x.events)


def test_disputing_or_objecting_is_a_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police said the crowd had attacked officers. Protest organizers disputed that account. "
                       "Malawi granted an oil licence on the lake, and Tanzania objected.")
    refusals = [e for e in x.events if e.type == "REJECT"]
    assert {e.trigger for e in refusals} >= {"disputed", "objected"}


def test_a_disputed_border_is_no_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Thai and Cambodian troops exchanged fire near a disputed temple on Tuesday.")
    assert not any(e.type == "REJECT" for e in x.events)


def test_appealing_to_partners_for_supplies_is_a_request(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Vanuatu's prime minister appealed to foreign partners for tents and water purification "
                       "units after the eruption.")
    assert any(e.type == "REQUEST" and e.trigger == "appealed" for e in x.events)


def test_a_party_named_for_a_colour_is_not_placed_abroad(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Senator Ruben Acosta, a member of the governing Colorado Party in Paraguay, denied the "
                       "accusations on Tuesday.")
    party = next(a for a in x.actors if a.name == "Colorado Party")
    assert party.country in (None, "PRY")
    assert not any(p.name == "Colorado" for p in x.places)


def test_opposition_politicians_belong_to_the_datelines_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(
        text="ASUNCION, Paraguay — Paraguayan police raided an exchange house in Encarnacion on Tuesday. "
             "Brazil's police in Foz do Iguacu said they would question partners in Brasilia and Sao Paulo. "
             "Opposition senators said they would file a motion to strip the senator of his seat.",
        published="2028-04-18", dateline="ASUNCION, Paraguay"))
    senators = next(a for a in x.actors if "senators" in a.name.lower())
    assert senators.country == "PRY"


def test_a_region_that_rejects_a_request_is_its_regional_government(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Somalia's federal government asked Puntland to hand over the suspects. Puntland rejected "
                       "the request.")
    refusal = next(e for e in x.events if e.type == "REJECT")
    assert names(x, refusal.source) == {"Puntland"} and _countries(x, refusal.source) == {"SOM"}


def test_an_agency_name_with_small_words_still_closes_a_dateline(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MALABO, March 12 (Gulf of Guinea Wire) — Security forces in Equatorial Guinea foiled an "
                       "attempt to seize the presidential palace on Sunday, arresting 14 officers.")
    foiled = [e for e in x.events if e.type == "COERCE"]
    assert foiled and all(countries(x, e.source) == {"GNQ"} for e in foiled)
    assert not any(e.evidence.text.startswith("MALABO") for e in x.events)


def test_a_charge_brought_with_no_one_named_is_the_states(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ALGIERS — Algerian police arrested opposition leader Karim Tizaoui in Algiers on Sunday. "
                       "Tizaoui, 54, was charged on Monday with undermining national unity.")
    charged = next(e for e in x.events if e.trigger == "charged")
    assert charged.type == "ACCUSE" and countries(x, charged.source) == {"DZA"}


def test_boats_a_coast_guard_seized_for_fishing_without_licences_are_accused(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gabon's navy seized three Cameroonian fishing boats on Sunday. The navy said the boats had "
                       "been fishing without licences in Gabonese waters.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.source) == {"GAB"} and countries(x, accusation.target) == {"CMR"}


@pytest.mark.parametrize("text", [
    "Kenyan officials said Somalia had built the checkpoint in violation of a 2019 border accord.",
    "Kenya's foreign ministry said Somali commanders had carried out grave violations of human rights.",
])
def test_a_side_that_calls_anothers_act_a_violation_accuses_it(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.source) == {"KEN"} and countries(x, accusation.target) == {"SOM"}


def test_a_storm_counted_among_those_to_hit_a_country_attacks_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ketsana is the ninth typhoon to hit Vietnam this year, and the second flood to reach Hue.")
    assert [e.type for e in x.events if e.type == "ASSAULT"] == []


def test_a_group_counted_among_those_to_attack_still_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The rebels are the first armed group to attack the town of Kidal since the accord.")
    assert [e.type for e in x.events] == ["ASSAULT"]


def test_a_ban_on_gatherings_restricts_a_states_own_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Punjab government on Monday imposed a ban on gatherings of more than five people "
                       "in Lahore.")
    assert [(e.type, e.mode) for e in x.events] == [("COERCE", "restrict")]
    x = run(extractor, "The government imposed a ban on imports of Indian cotton.")
    assert [e.type for e in x.events] == ["SANCTION"]


def test_duties_levied_or_collected_on_anothers_goods_are_a_sanction(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Turkey began collecting anti-dumping duties on Chinese glass on Monday.")
    assert [e.type for e in x.events] == ["SANCTION"]


def test_regretting_anothers_decision_reproaches_it_but_regretting_ones_own_does_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile regretted Peru's decision to close the border.")
    assert [(e.type, countries(x, e.target)) for e in x.events if e.trigger == "regretted"] == [("ACCUSE", {"PER"})]
    assert not [e for e in run(extractor, "The senator said he regrets his decision to run.").events
                if e.type == "ACCUSE"]


def test_a_greeting_a_signature_or_an_ailment_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "At the airport, crowds waving flags welcomed the returning fighters. Banners signed by a "
                       "criminal group appeared on two bridges. The prisoner complained of chest pains on Tuesday. "
                       "A famine killed thousands of people in the 1990s.")
    assert x.events == []


def test_welcoming_a_deal_signing_one_and_complaining_of_a_decision_are_still_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile welcomed the agreement. Peru and Bolivia signed a border treaty. The Kenyan union "
                       "complained about the government's decision.")
    assert [e.type for e in x.events] == ["SUPPORT", "AGREE", "ACCUSE"]


def test_a_breach_one_side_says_another_committed_is_its_accusation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Cuba's embassy said the U.S. measures violated international law. Bolivia said it had no "
                       "intention of violating Paraguayan sovereignty.")
    charge = next(e for e in x.events if "measures violated" in e.evidence.text)
    assert charge.type == "ACCUSE"
    assert countries(x, charge.source) == {"CUB"} and countries(x, charge.target) == {"USA"}
    assert [e.type for e in x.events if "no intention" in e.evidence.text] == ["REJECT"]


def test_money_pledged_to_a_country_is_aid_but_a_promise_to_act_stays_an_agreement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MANILA (Wire) — Japan pledged 5 million dollars to the Philippines on Monday. China promised "
                       "to send a medical team.")
    assert [(e.type, e.trigger) for e in x.events] == [("AID", "pledged"), ("AGREE", "promised")]


def test_rescuers_or_engineers_offered_or_on_their_way_are_aid_told_once(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "QUITO (Wire) — Chile offered to send structural engineers to inspect schools. Spain said it "
                       "would send a team of 40 rescuers by the weekend. China promised to provide food aid.")
    assert [(e.type, e.trigger) for e in x.events] == [("AID", "send"), ("AID", "send"), ("AGREE", "promised")]


def test_saying_what_one_will_not_allow_is_a_warning_but_a_court_not_allowing_an_appeal_is_a_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Cambodia will not allow a single metre of its land to be taken, the minister said. The "
                       "Thai court did not allow the appeal.")
    assert [(e.type, e.status) for e in x.events] == [("THREATEN", "threatened"), ("REJECT", "occurred")]


def test_abducting_people_is_an_assault_as_plover_maps_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen abducted two Kenyan aid workers on a road near Mandera on Monday.")
    assert [(e.type, e.mode) for e in x.events] == [("ASSAULT", "abduct")]


def test_people_or_craft_seized_by_armed_men_are_abducted_but_goods_and_state_seizures_are_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MUKALLA, Yemen (Wire) — The dhow and its 12 Yemeni crew were seized by pirates on Sunday. "
                       "Bandits seized 40 head of cattle. The Yemeni coast guard seized a fishing boat on Monday.")
    seized = [(e.type, e.trigger) for e in x.events]
    assert seized == [("ASSAULT", "seized"), ("COERCE", "seized"), ("COERCE", "seized")]


def test_talks_named_as_the_occasion_of_a_deal_were_held_by_its_parties(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The accord was signed in Ankara by Turkish Foreign Minister Kerem Aydin and Syrian Foreign "
                       "Minister Omar Haddad after three days of talks.")
    talks = [e for e in x.events if e.trigger == "talks"]
    assert [e.type for e in talks] == ["CONSULT"]
    assert countries(x, talks[0].source) | countries(x, talks[0].target) == {"TUR", "SYR"}


@pytest.mark.parametrize("text", [
    "PORT OF SPAIN — The trawler was intercepted by two Venezuelan patrol boats near Cedros, the coast guard said.",
    "Two Venezuelan patrol boats intercepted a Trinidadian trawler off Cedros on Monday.",
])
def test_patrol_boats_named_with_a_demonym_are_of_that_country(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    boats = next(a for a in x.actors if "patrol boats" in a.name)
    assert boats.country == "VEN"


def test_an_appeal_told_with_no_object_is_still_a_challenge_in_court(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KAMPALA (Reuters) - A court sentenced opposition leader John Okello to seven years in "
                       "prison on Monday. His supporters said they would appeal.")
    assert any(e.type == "REJECT" and "appeal" in e.evidence.text for e in x.events)


@pytest.mark.parametrize(("sentence", "agreed"), [
    ("Thailand and Cambodia agreed on Monday to reopen the border. Under the agreement they signed in Bangkok, "
     "Thai and Cambodian inspectors will carry out joint checks.", True),
    ("Ethiopia and Eritrea ended their dispute on Sunday. The accord, drafted by Saudi mediators and signed in "
     "Jeddah by the Ethiopian and Eritrean foreign ministers, reopens the border.", True),
    ("Kenyan President Daniel Kiprop signed an order requiring striking doctors to return to work.", False),
    ("More than 2,000 Kenyan residents signed a petition against the mine.", False),
])
def test_signing_is_an_agreement_only_when_an_agreement_is_signed(extractor, sentence: str,  # type: ignore[no-untyped-def]
                                                                 agreed: bool) -> None:
    x = run(extractor, sentence)
    assert any(e.type == "AGREE" and e.trigger == "signed" for e in x.events) is agreed


@pytest.mark.parametrize(("sentence", "etype"), [
    ("Philippine authorities evacuated about 3,000 residents from villages near the volcano.", "AID"),
    ("About 14,000 Colombian villagers were evacuated by army helicopters on Monday.", "AID"),
    ("Malian troops evacuated their base near the border on Sunday.", "RETREAT"),
])
def test_evacuating_people_is_relief_and_evacuating_a_base_a_retreat(extractor, sentence: str,  # type: ignore[no-untyped-def]
                                                                     etype: str) -> None:
    x = run(extractor, sentence)
    assert types_read(x, "evacuated") == [etype]


def test_allowing_only_what_a_law_permits_is_no_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Nigeria's parliament passed a law allowing the agency to hire technicians without tenders.")
    assert not [e for e in x.events if e.trigger == "allowing"]


def test_letting_in_a_convoy_is_a_concession_and_refusing_to_allow_a_warning(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Syria allowed a UN aid convoy to enter the town on Monday. Chad's government said it would "
                       "not allow its territory to become a battlefield for Sudanese militias.")
    assert types_read(x, "allowed") == ["CONCEDE"]
    assert types_read(x, "allow") == ["THREATEN"]
    y = run(extractor, "Ethiopia allowed food and medicine to reach Mekelle on Friday, the World Food Programme said.")
    assert types_read(y, "allowed") == ["CONCEDE"]


def test_a_note_handed_at_a_summons_is_no_retreat_and_maps_handed_over_are_cooperation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hungary's foreign ministry summoned the Croatian ambassador to hand over a protest note. "
                       "Croatia said it had handed over all the maps of the minefield to Hungarian engineers.")
    handed = {e.trigger: e.type for e in x.events if e.trigger in ("hand", "handed")}
    assert "hand" not in handed and handed.get("handed") == "COOPERATE"


@pytest.mark.parametrize(("sentence", "etype"), [
    ("Tajik police set up checkpoints on all roads into Kulob after the bombing.", "COERCE"),
    ("Hundreds of opposition supporters set up barricades of burning tyres in central Lome.", "PROTEST"),
    ("Malian troops set up a new base near the border with Niger.", "MOBILIZE"),
])
def test_who_sets_up_what_says_whether_it_is_control_protest_or_deployment(extractor, sentence: str,  # type: ignore[no-untyped-def]
                                                                          etype: str) -> None:
    x = run(extractor, sentence)
    assert types_read(x, "set") == [etype]


def test_police_moving_in_on_a_crowd_coerce_it_and_troops_moving_deploy(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hundreds of Liberian miners blocked the railway near Yekepa. Riot police moved in at dawn on "
                       "Tuesday and cleared the tracks.")
    assert types_read(x, "moved") == ["COERCE"]
    y = run(extractor, "Three Rwandan army battalions moved into the Bugesera district, opposite Burundi, last week.")
    assert types_read(y, "moved") == ["MOBILIZE"]


def test_joint_patrols_are_cooperation_and_a_patrol_sent_a_deployment(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mauritius and Seychelles agreed on Monday to begin joint maritime patrols over the plateau.")
    assert "COOPERATE" in {e.type for e in x.events if e.trigger == "patrols"}
    y = run(extractor, "The Congolese army sent a patrol to Mongbwalu on Tuesday.")
    assert {e.type for e in y.events} == {"MOBILIZE"}
