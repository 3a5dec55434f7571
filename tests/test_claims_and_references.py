"""Who claims what, and which earlier actor a later mention takes up; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run, unattributed

pytestmark = pytest.mark.slow


def test_a_disputed_border_disputes_no_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Troops of the two countries exchanged fire along their disputed border on Thursday, "
                       "killing three soldiers, officials said.")
    assert all(e.verification != "disputed" for e in x.events)


def test_a_claim_the_other_side_disputed_is_disputed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The rebels said they had shot down a military helicopter. The army disputed the claim.")
    downed = next(e for e in x.events if e.type == "ASSAULT")
    assert downed.verification == "disputed"


def test_a_mine_in_a_clause_of_its_own_was_not_laid_by_the_main_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Laos closed two border crossings on Monday, a day after a landmine wounded three Lao "
                       "farmers.")
    wounded = next(e for e in x.events if e.trigger == "wounded")
    assert unattributed(x, wounded.source)


def test_defending_ones_own_sovereignty_supports_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The foreign ministry said the country would defend its sovereignty.")
    assert not any(e.trigger == "defend" for e in x.events)


def test_declaring_an_emergency_reports_nothing_about_why(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ecuador's government declared a state of emergency after truckers blocked the main "
                       "highway for a third day, the interior ministry said.")
    blocked = next(e for e in x.events if e.trigger == "blocked")
    claimant = x.actor(blocked.claimed_by or "")
    assert claimant is not None and "ministry" in claimant.name


def test_the_government_told_of_again_is_the_same_government(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile's government extended the curfew on Monday. Protesters said the government had "
                       "ignored their demands.")
    governments = [a for a in x.actors if a.name.lower().endswith("government")]
    assert len(governments) == 1


def test_a_result_clause_after_a_report_belongs_to_what_was_reported(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armenia and Azerbaijan have agreed to extend the truce by a week, a Turkish mediator said "
                       "on Monday, allowing more detainees to be freed.")
    assert not any("mediator" in " ".join(names(x, e.source)) for e in x.events if e.type != "CONSULT")


def test_both_sides_are_the_two_parties_told_of_last(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fighting between the Ethiopian army and Fano militiamen spread to two more towns on "
                       "Monday. Kenya and Uganda urged both sides to agree to a ceasefire.")
    urged = next(e for e in x.events if e.type == "REQUEST")
    assert names(x, urged.source) == {"Kenya", "Uganda"}
    assert len(urged.target) == 2 and not names(x, urged.target) & {"Kenya", "Uganda"}
    fighting = next(e for e in x.events if e.trigger == "Fighting")
    assert len(fighting.source) == 1 and len(fighting.target) == 1  # a fight of two sides, coded as a dyad


def test_who_tells_of_a_strike_did_not_strike(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Government jets bombed the market on Monday. The strikes hit a clinic and a school, said "
                       "Aung Kyaw, a local medic.")
    assert x.events
    assert not any("Aung Kyaw" in names(x, e.source) for e in x.events)


def test_what_someone_is_urged_to_do_is_asked_not_done(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The envoy met General Tun Aung and urged him to halt the violence and allow aid "
                       "convoys into the region.")
    assert "REQUEST" in [e.type for e in x.events]
    assert not any(e.trigger == "allow" for e in x.events)


def test_an_object_pronoun_is_not_its_own_clauses_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Foreign Minister Ana Lima met President Joao Silva and urged him to release the detained "
                       "journalists.")
    urged = next(e for e in x.events if e.type == "REQUEST")
    assert names(x, urged.target) == {"Joao Silva"}


def test_ordering_a_newspaper_to_close_is_the_governments_coercion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The government ordered the opposition newspaper to suspend publication indefinitely.")
    coerced = [e for e in x.events if e.type == "COERCE"]
    assert coerced and all("government" in names(x, e.source) for e in coerced)


def test_the_military_that_seized_power_is_the_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "More than a million people have fled Niger since the military seized power in 2023.")
    seized = next(e for e in x.events if e.trigger == "seized")
    assert names(x, seized.source) == {"Nigerien military"}


def test_displaced_families_are_a_state_not_an_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Shells hit a school where displaced families had been sheltering.")
    assert not any(e.type == "COERCE" for e in x.events)


def test_they_who_bomb_are_the_armed_side_told_of_last(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Army jets struck two villages overnight. "They bombed people who had nowhere else to go," '
                       "a villager said of the families sheltering in the school.")
    bombed = next(e for e in x.events if e.trigger == "bombed")
    assert all(x.actor(a) and x.actor(a).sector in ("MIL", "REB", "COP") for a in bombed.source)  # type: ignore[union-attr]


def test_the_air_force_is_an_actor_but_force_as_a_means_is_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The spokesman said the air force had struck rebel positions. Rebels took the town by force.")
    struck = next(e for e in x.events if e.trigger == "struck")
    assert names(x, struck.source) == {"air force"}
    assert not any(a.name == "force" for a in x.actors)


def test_both_sides_are_the_warring_parties_not_the_civilians_between_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The militia denied targeting civilians and accused the army of using villagers as human "
                       "shields. Earlier talks collapsed after both sides accused each other of breaking a truce.")
    accused = [e for e in x.events if e.trigger == "accused" and "each other" in e.evidence.text]
    assert accused and names(x, accused[0].source) == {"militia", "army"}


def test_denying_an_attack_is_the_militias_rejection_not_an_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The militia denied targeting civilians in the town.")
    assert {e.type for e in x.events} == {"REJECT"}


def test_seizing_an_opportunity_coerces_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The envoy said both parties should seize this opportunity to end the war.")
    assert not any(e.type in ("COERCE", "THREATEN") for e in x.events)


def test_strikes_since_the_fall_are_no_accident(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Since the fall, drone strikes have repeatedly hit power stations in the port city.")
    assert any(e.type == "ASSAULT" for e in x.events)


def test_what_one_side_accuses_the_other_of_preparing_is_the_others_and_disputed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ethiopia accused Eritrea on Tuesday of preparing to invade its northern region, while "
                       "Eritrea's information minister dismissed the claim as a fabrication.")
    invade = next(e for e in x.events if e.trigger == "invade")
    assert names(x, invade.source) == {"Eritrea"} and names(x, invade.target) == {"Ethiopia"}
    assert x.actor(invade.claimed_by or "") is not None and invade.verification == "disputed"
    rejected = next(e for e in x.events if e.type == "REJECT")
    assert names(x, rejected.target) == {"Ethiopia"}


def test_not_being_the_first_to_fire_fires_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"We will not be the first to fire a bullet," the prime minister said.')
    assert all(e.negated or e.status != "occurred" for e in x.events if e.type in ("ASSAULT", "THREATEN"))


def test_both_countries_urged_are_the_two_told_of(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ethiopia accused Eritrea of massing troops on the border. The African Union urged both "
                       "countries to exercise restraint.")
    urged = next(e for e in x.events if e.type == "REQUEST")
    assert names(x, urged.target) == {"Ethiopia", "Eritrea"}


def test_a_family_name_written_first_is_the_same_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "President Moon Jae Hyun met the envoy on Monday. Moon said talks would resume.")
    assert len([a for a in x.actors if a.kind == "person" and "Moon" in a.name]) == 1


def test_the_court_told_of_again_is_the_named_court(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The Constitutional Court will rule within six months. The opposition urged the court to "
                       "rule quickly.")
    urged = next(e for e in x.events if e.type == "REQUEST")
    assert names(x, urged.target) == {"Constitutional Court"}


def test_a_claim_a_side_rejects_in_a_relative_clause_answers_the_claimant(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LILONGWE, Malawi — Tanzania said the boats had been fishing with illegal nets inside "
                       "Tanzanian waters, a claim Malawi rejects. Malawi recalled its envoy on Monday.")
    rejects = next(e for e in x.events if e.trigger == "rejects")
    assert rejects.type == "REJECT"
    assert names(x, rejects.source) == {"Malawi"} and names(x, rejects.target) == {"Tanzania"}


@pytest.mark.parametrize("said", ["the accusations were \"invented from beginning to end.\"",
                                  "the charges were baseless and politically motivated."])
def test_accusations_a_side_calls_false_are_rejected_back_to_the_accuser(extractor, said: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "RIGA, Latvia — Latvia expelled three Belarusian diplomats on Monday, accusing them of "
                       f"organising migrant crossings. Belarus's Foreign Ministry said {said}")
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert countries(x, rejection.source) == {"BLR"}
    assert countries(x, rejection.target) == {"LVA"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("KUALA LUMPUR — Malaysia said the Vietnamese boats had been fishing illegally well inside Malaysian waters.",
     "MYS", "VNM"),
    ("GUATEMALA CITY — Guatemala said the Belizean boats had entered Guatemalan waters without authorization.",
     "GTM", "BLZ"),
])
def test_an_act_a_side_reports_as_unlawful_is_its_accusation(extractor, text: str, accuser: str,  # type: ignore[no-untyped-def]
                                                             accused: str) -> None:
    x = run(extractor, text)
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.source) == {accuser}
    assert countries(x, accusation.target) == {accused}


def test_unlawfulness_inside_an_accusation_is_not_a_second_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BUENOS AIRES — Argentina seized the trawler, accusing the Chinese crew of fishing illegally "
                       "inside the zone.")
    assert [e.trigger for e in x.events if e.type == "ACCUSE"] == ["accusing"]


def test_a_verdict_naming_the_act_a_blockade_is_a_reproach_not_a_blockade(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "VILNIUS, Lithuania — Lithuania will stop Russian freight trains to and from the Kaliningrad "
                       "exclave from next month, extending its ban on the rail transit of goods under European Union "
                       "sanctions, the government said. Russia called the move a blockade and threatened retaliation.")
    assert not any(e.trigger in ("blockade", "sanctions") for e in x.events)
    reproach = next(e for e in x.events if e.trigger == "called")
    assert reproach.type == "ACCUSE" and names(x, reproach.target) == {"Lithuania"}


def test_an_object_hung_on_the_verdict_is_still_the_act_judged(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BEIJING — The United States imposed sanctions on two Chinese refineries. China called the "
                       "sanctions illegal unilateral bullying.")
    reproach = next(e for e in x.events if e.trigger == "called")
    assert reproach.type == "ACCUSE" and names(x, reproach.target) == {"United States"}


def test_cutting_diplomatic_relations_is_a_sanction_not_support(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "RABAT — Algiers cut diplomatic relations with Rabat in 2021.")
    assert [(e.type, e.mode) for e in x.events] == [("SANCTION", "diplomatic")]


def test_a_past_tense_act_joined_to_an_asked_infinitive_is_the_speakers_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "THE HAGUE, Netherlands (AP) — Guyana urged the United Nations' top court on Monday to confirm "
                       "its sovereignty over the oil-rich Essequibo region and accused Venezuela of massing troops "
                       "near the border.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert names(x, accusation.source) == {"Guyana"} and names(x, accusation.target) == {"Venezuela"}


def test_infinitives_joined_under_an_asking_verb_stay_asked(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KYIV — The EU urged Russia to halt its attacks and allow aid into the city.")
    assert [e.type for e in x.events] == ["REQUEST"]


@pytest.mark.parametrize(("text", "blamer", "blamed"), [
    ("KYIV — Ukraine held Russia responsible for the attack.", "UKR", "RUS"),
    ("BAKU — Azerbaijan's foreign ministry said Iran bore \"full responsibility\" for the death.", "AZE", "IRN"),
])
def test_laying_responsibility_on_another_side_accuses_it(extractor, text: str, blamer: str,  # type: ignore[no-untyped-def]
                                                           blamed: str) -> None:
    x = run(extractor, text)
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.source) == {blamer}
    assert countries(x, accusation.target) == {blamed}


def test_an_act_on_them_joined_to_a_relative_clause_is_the_main_clauses(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ACCRA — Togo's government said on Tuesday that it had arrested four Ghanaian fishermen who "
                       "crossed the lagoon near Aflao and accused them of smuggling fuel.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.source) == {"TGO"}
    assert countries(x, accusation.target) == {"GHA"}


def test_a_side_telling_of_the_others_strike_reports_it_without_a_second_accusation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KHARKIV, Ukraine — Ukraine's air force said Russia fired 80 drones at the Kharkiv region "
                       "overnight.")
    assert any(e.type == "ASSAULT" and countries(x, e.source) == {"RUS"} for e in x.events)
    assert not any(e.type == "ACCUSE" for e in x.events)


def test_attacks_named_as_the_cause_of_harm_blame_the_attacker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KHARKIV, Ukraine — Ukraine's energy ministry said thousands of homes were left without "
                       "power because of attacks by Russian forces on the grid.")
    assert any(e.type == "ACCUSE" and countries(x, e.source) == {"UKR"} and countries(x, e.target) == {"RUS"}
               for e in x.events)


def test_an_attack_condemned_by_someone_placed_elsewhere_is_the_attack_told_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Armed men raided a police post outside Kidal on Friday and killed two officers, officials "
                       "said. The EU envoy in Mali, Hanne Dolberg, condemned the attack.")
    assert [e.trigger for e in x.events if e.type == "ASSAULT"] != [] and all(
        e.trigger != "attack" for e in x.events if e.type == "ASSAULT")


def test_an_attack_pinned_on_someone_is_blame_not_a_second_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen ambushed a water-tanker convoy near Gao on Sunday, killing a driver. The regional "
                       "governor accused local bandits of the attack.")
    assert not any(e.type == "ASSAULT" and e.trigger == "attack" for e in x.events)
    assert any(e.type == "ACCUSE" for e in x.events)


def test_the_second_of_two_detentions_named_again_is_not_a_third(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Honduran sailors detained three Nicaraguan fishermen on Monday. Nicaragua detained two "
                       "Honduran sailors on Tuesday. Tegucigalpa called the second detention an act of revenge.")
    assert len([e for e in x.events if e.type == "COERCE"]) == 2


def test_a_part_denied_answers_whoever_pinned_the_act_on_the_denier(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Returning migrants told aid workers that Libyan guards had beaten them in a camp near "
                       "Zuwara. Libya's interior ministry denied any mistreatment.")
    denial = next(e for e in x.events if e.type == "REJECT")
    assert any("migrants" in n for n in names(x, denial.target))


def test_a_stance_an_accusation_charges_is_the_accusation_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The opposition accused the government of negotiating in secret with the mining company "
                       "and of siding with foreign investors.")
    assert {e.type for e in x.events} == {"ACCUSE"}


def test_an_act_charged_in_the_accusers_quoted_words_is_the_accusation_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The mayor accused the striking drivers of "holding the whole city hostage".')
    assert {e.type for e in x.events} == {"ACCUSE"}


def test_a_shooting_an_accusation_tells_is_still_the_shooting_claimed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Sri Lankan fishermen accused the Indian navy of firing on two boats near the island on "
                       "Monday.")
    assert {e.type for e in x.events} >= {"ACCUSE", "ASSAULT"}


def test_what_a_side_can_or_cannot_do_is_no_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"They can jail our leaders, but they cannot jail our anger," a student leader told the '
                       'crowd in Lahore. "We cannot sit and wait for promises," he said.')
    assert not any(e.type in ("COERCE", "THREATEN", "REJECT") for e in x.events)


def test_a_proposal_a_side_cannot_accept_is_still_rejected(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Peru\'s foreign minister said Lima "cannot accept" Bolivia\'s proposal for a new border '
                       'commission.')
    assert any(e.type == "REJECT" for e in x.events)


def test_an_act_told_as_not_done_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Iraq's foreign ministry condemned the drone strike near Sinjar. It did not blame Turkey "
                       "directly. The rebels have not attacked Saudi territory since the truce.")
    assert not any("TUR" in countries(x, e.target) for e in x.events)
    assert not any(e.trigger == "attacked" for e in x.events)
    assert not any(e.negated for e in x.events)


def test_a_kind_of_act_spoken_of_in_general_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kidnappings of foreign engineers have become rare in Niger since 2020, officials said.")
    assert not x.events


def test_an_act_a_side_denies_doing_is_its_denial_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police said protesters had thrown stones at officers in Maseru. The garment workers' union "
                       "denied that its members had thrown stones.")
    denial_sentence = [e for e in x.events if e.evidence.start > 60]
    assert {e.type for e in denial_sentence} == {"REJECT"}


def test_a_span_of_time_between_has_and_the_verb_keeps_the_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    # "has for years accused": the small model reads "accused" as a modifier of "years"
    x = run(extractor, "Congo has for years accused Rwanda of arming the M23 rebels.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, accusation.source) == {"COD"}
    assert "RWA" in countries(x, accusation.target)


def test_violence_a_witness_tells_in_her_own_words_accuses_the_doers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MORONI (Reuters) - Soldiers opened fire on protesters in Moroni on Friday, killing three. "
                       "\"The army shot them like animals,\" said Amina Said, a shopkeeper who saw the shooting.")
    amina = next(a for a in x.actors if a.name == "Amina Said")
    assert any(e.type == "ACCUSE" and e.source == [amina.id] for e in x.events)


def test_an_official_telling_his_own_forces_act_accuses_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BANGKOK (Reuters) - Thai and Cambodian troops exchanged fire on the border on Monday. "
                       "\"Our troops returned fire in self-defence,\" army spokesman Colonel Somchai Rattanapong said.")
    assert not any(e.type == "ACCUSE" and "returned fire" in e.evidence.text for e in x.events)


def test_gunmen_a_witness_describes_are_charged_with_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    # (a witness telling what bandits did reports a crime; the charge in one's own words is laid on a state)
    x = run(extractor, "GUSAU, Nigeria (Reuters) - Gunmen abducted 40 pupils from a school in Zamfara on Monday. "
                       "\"They were shooting in the air and shouting,\" said Hauwa Bello, a teacher.")
    assert not any(e.type == "ACCUSE" for e in x.events)


@pytest.mark.parametrize("said", ["Baghdad had not been consulted", "the army had not consulted local residents"])
def test_being_left_out_of_a_decision_is_a_complaint(extractor, said: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BAGHDAD (Reuters) - The United States imposed sanctions on two Iraqi militia leaders on "
                       f"Monday. A government spokesman said {said}.")
    assert any(e.type == "ACCUSE" and "consulted" in e.evidence.text for e in x.events)


def test_the_body_a_complaint_is_filed_with_is_not_its_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BEIRUT (Reuters) - An Israeli drone strike killed two men in southern Lebanon on Monday. "
                       "Lebanon would file a complaint with the U.N. Security Council, the foreign ministry said.")
    council = next(a for a in x.actors if "Security Council" in a.name)
    complaints = [e for e in x.events if e.type == "ACCUSE" and "complaint" in e.evidence.text]
    assert complaints and all(council.id not in e.target for e in complaints)


@pytest.mark.parametrize("told", ["The statement, which accused the Indian army of harassing villagers, could not "
                                  "be independently verified.",
                                  "The group's statement accused the Indian army of harassing villagers."])
def test_a_statement_accuses_for_whoever_issued_it(extractor, told: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "IMPHAL, India (Reuters) - A rebel group, the Hill Peoples Front, said in a statement that it "
                       f"carried out the attack. {told}")
    group = {a.id for a in x.actors if a.name in ("rebel group", "Hill Peoples Front")}
    assert any(e.type == "ACCUSE" and group & set(e.source) for e in x.events)


def test_a_body_first_named_as_a_speaker_is_the_one_demanding(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ULAANBAATAR (Reuters) - Mongolian truck drivers blocked the road to the Chinese border for a "
                       "third day on Monday. The drivers' association called on the government to build a railway "
                       "link, and Mongolian officials said talks would begin on Friday.")
    requests = [e for e in x.events if e.type == "REQUEST"]
    assert requests and all(e.source for e in requests)
    assert {a.country for e in requests for a in x.actors if a.id in e.source} == {"MNG"}


def test_a_move_a_side_calls_warfare_is_its_reproach_of_the_mover(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "VILNIUS (Reuters) - Lithuania closed the border crossing on Monday, a move that Minsk called "
                       "\"economic warfare\".")
    reproach = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, reproach.source) == {"BLR"} and countries(x, reproach.target) == {"LTU"}


def test_where_the_body_hearing_a_complaint_sits_is_not_accused(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BANGKOK (Reuters) - The Thai opposition party filed a complaint with the United Nations "
                       "Human Rights Committee in Geneva on Monday over the ban.")
    complaint = next(e for e in x.events if e.type == "ACCUSE")
    assert "CHE" not in countries(x, complaint.target)


def test_a_name_put_in_quotes_on_another_sides_act_reproaches_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Panama suspended dairy imports from Costa Rica on Monday. Costa Rica's trade minister, "
                       'Mauricio Solera, called the decision "a barrier in disguise".')
    reproach = next(e for e in x.events if e.trigger == "called")
    assert reproach.type == "ACCUSE"
    assert countries(x, reproach.source) == {"CRI"}


def test_a_word_quoted_inside_a_rejection_is_no_reproach_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'China\'s embassy in Honiara rejected what it called "groundless accusations" on Tuesday.')
    assert not [e for e in x.events if e.trigger == "called"]


def test_an_agreement_called_a_first_step_is_not_reproached(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Vietnam and Cambodia signed a water agreement in Hanoi. Vietnamese Deputy Minister Nguyen "
                       'Van Binh called the agreement "a first step".')
    assert not [e for e in x.events if e.trigger == "called" and e.type == "ACCUSE"]


def test_a_demand_made_in_the_same_breath_as_a_statement_is_the_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BUCHAREST (Reuters) - The opposition Union for Renewal said the resignation was \"a sacrifice "
                       "to save the prime minister\" and demanded a parliamentary inquiry into the fund.")
    demand = next(e for e in x.events if e.trigger == "demanded")
    assert demand.type == "REQUEST"
    assert names(x, demand.source) == {"Union for Renewal"}
