"""The PLOVER -> ACLED mapping table and its actor/context rules."""

from __future__ import annotations

import pytest

from sitrep.mapping.acled import (
    ACLED_2016_TYPES,
    ACLED_TYPES,
    acled_event_type,
    actor_role,
    in_acled_scope,
    report_event,
)
from sitrep.model import PLOVER_TYPES, Actor, Document, Event, Evidence, Extraction, Mention

TEXT = "Gunmen attacked a village near Aleppo on Tuesday."


def event(etype: str, mode: str | None = None, *, eid: str = "e1", source: list[str] | None = None,
          target: list[str] | None = None, start: int = 0, trigger: str | None = None,
          dead: int | None = None, injured: int | None = None, context: list[str] | None = None,
          status: str = "occurred", negated: bool = False, evidence: str = TEXT) -> Event:
    return Event(id=eid, type=etype, mode=mode, evidence=Evidence(evidence, start, start + len(evidence)),
                 source=source or [], target=target or [], trigger=trigger, dead=dead, injured=injured,
                 context=context or [], status=status, negated=negated)  # type: ignore[arg-type]


def actor(aid: str, name: str, kind: str = "group", sector: str | None = None,
          country: str | None = None) -> Actor:
    return Actor(id=aid, name=name, kind=kind, sector=sector, country=country)  # type: ignore[arg-type]


def extraction(events: list[Event], actors: list[Actor] | None = None) -> Extraction:
    return Extraction(document=Document(text=TEXT), actors=actors or [], events=events)


def test_every_plover_category_maps_to_a_current_acled_pair() -> None:
    for category in PLOVER_TYPES:
        etype, sub = acled_event_type(event(category))
        assert etype in ACLED_TYPES, category
        assert sub in ACLED_TYPES[etype], category


def test_every_plover_category_maps_to_a_2016_type_without_sub_type() -> None:
    for category in PLOVER_TYPES:
        etype, sub = acled_event_type(event(category), schema="2016")
        assert etype in ACLED_2016_TYPES, category
        assert sub is None


@pytest.mark.parametrize(("mode", "expected"), [
    ("aerial", ("Explosions/Remote violence", "Air/drone strike")),
    ("drone", ("Explosions/Remote violence", "Air/drone strike")),
    ("heavy-weapons", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("shelling", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("explosives", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("suicide-attack", ("Explosions/Remote violence", "Suicide bomb")),
    ("unconventional", ("Explosions/Remote violence", "Chemical weapon")),
    ("sexual", ("Violence against civilians", "Sexual violence")),
    ("abduct", ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_assault_weapon_modes_decide_the_acled_sub_type(mode: str, expected: tuple[str, str]) -> None:
    assert acled_event_type(event("ASSAULT", mode)) == expected


def test_explosive_attack_with_a_grenade_is_a_grenade_attack() -> None:
    e = event("ASSAULT", "explosives", trigger="threw",
              evidence="Attackers threw a grenade into a bar in Lyon.")
    assert acled_event_type(e) == ("Explosions/Remote violence", "Grenade")


def test_air_strike_is_remote_violence_in_the_2016_schema() -> None:
    assert acled_event_type(event("ASSAULT", "aerial"), schema="2016") == ("Remote violence", None)


def test_mob_violence_was_violence_against_civilians_in_the_2016_codebook() -> None:
    assert acled_event_type(event("ASSAULT", "mob", dead=1)) == ("Riots", "Mob violence")
    assert acled_event_type(event("ASSAULT", "mob", dead=1), schema="2016") == ("Violence against civilians", None)


def test_a_mob_that_only_wrecked_property_was_rioting_in_the_2016_codebook() -> None:
    text = "Rioters smashed the windows of campaign offices in the town."
    e = event("ASSAULT", "mob", trigger="smashed", evidence=text)
    assert acled_event_type(e, schema="2016") == ("Riots/Protests", None)


def test_peaceful_protest_without_intervention() -> None:
    assert acled_event_type(event("PROTEST", "demo")) == ("Protests", "Peaceful protest")
    assert acled_event_type(event("PROTEST"), schema="2016") == ("Riots/Protests", None)


def test_riot_mode_is_a_violent_demonstration() -> None:
    assert acled_event_type(event("PROTEST", "riot")) == ("Riots", "Violent demonstration")


def test_protest_with_police_dispersal_is_protest_with_intervention() -> None:
    actors = [actor("a1", "protesters"), actor("a2", "police", sector="COP", country="FRA")]
    protest = event("PROTEST", "demo", source=["a1"])
    dispersal = event("COERCE", "crowd-control", eid="e2", source=["a2"], target=["a1"], start=60)
    x = extraction([protest, dispersal], actors)
    assert acled_event_type(protest, extraction=x) == ("Protests", "Protest with intervention")


def test_protest_where_police_kill_is_excessive_force() -> None:
    actors = [actor("a1", "demonstrators"), actor("a2", "security forces", sector="MIL", country="FRA")]
    protest = event("PROTEST", source=["a1"])
    shooting = event("ASSAULT", "firearms", eid="e2", source=["a2"], target=["a1"], dead=3, start=60)
    x = extraction([protest, shooting], actors)
    assert acled_event_type(protest, extraction=x) == ("Protests", "Excessive force against protesters")
    assert acled_event_type(shooting, extraction=x) == ("Protests", "Excessive force against protesters")


def test_armed_group_against_soldiers_is_an_armed_clash() -> None:
    actors = [actor("a1", "militants"), actor("a2", "soldiers", sector="MIL", country="SYR")]
    e = event("ASSAULT", "firearms", source=["a1"], target=["a2"])
    assert acled_event_type(e, extraction=extraction([e], actors)) == ("Battles", "Armed clash")
    assert acled_event_type(e, extraction=extraction([e], actors), schema="2016") == \
        ("Battle-No change of territory", None)


def test_gunmen_killing_villagers_is_an_attack_on_civilians() -> None:
    actors = [actor("a1", "gunmen"), actor("a2", "villagers")]
    e = event("ASSAULT", "firearms", source=["a1"], target=["a2"], dead=4)
    assert acled_event_type(e, extraction=extraction([e], actors)) == ("Violence against civilians", "Attack")


def test_crowd_lynching_a_thief_is_mob_violence() -> None:
    actors = [actor("a1", "a mob of residents"), actor("a2", "an alleged thief", kind="person")]
    e = event("ASSAULT", "beat", source=["a1"], target=["a2"], dead=1, trigger="beat",
              evidence="A mob of residents beat an alleged thief to death.")
    assert acled_event_type(e, extraction=extraction([e], actors)) == ("Riots", "Mob violence")


def test_army_recapturing_a_town_is_government_regains_territory() -> None:
    actors = [actor("a1", "the army", sector="MIL", country="SYR"), actor("a2", "rebels", sector="REB")]
    e = event("ASSAULT", source=["a1"], target=["a2"], trigger="recaptured",
              evidence="The army recaptured the town of Palmyra from rebels.")
    assert acled_event_type(e, extraction=extraction([e], actors)) == \
        ("Battles", "Government regains territory")


def test_rebels_seizing_a_village_is_non_state_actor_overtakes_territory() -> None:
    actors = [actor("a1", "rebels", sector="REB")]
    e = event("COERCE", "seize", source=["a1"], trigger="captured",
              evidence="Rebels captured the village after heavy fighting.")
    assert acled_event_type(e, extraction=extraction([e], actors)) == \
        ("Battles", "Non-state actor overtakes territory")


def test_seizing_weapons_is_disrupted_weapons_use() -> None:
    e = event("COERCE", "seize", trigger="seized", evidence="Police seized rifles and ammunition in a raid.")
    assert acled_event_type(e) == ("Strategic developments", "Disrupted weapons use")


def test_arrest_and_agreement_and_deployment_are_strategic_developments() -> None:
    assert acled_event_type(event("COERCE", "arrest")) == ("Strategic developments", "Arrests")
    assert acled_event_type(event("AGREE")) == ("Strategic developments", "Agreement")
    assert acled_event_type(event("MOBILIZE", "troops")) == \
        ("Strategic developments", "Change to group/activity")


def test_withdrawal_from_territory_is_non_violent_transfer() -> None:
    e = event("RETREAT", "withdraw", context=["territory"])
    assert acled_event_type(e) == ("Strategic developments", "Non-violent transfer of territory")
    assert acled_event_type(e, schema="2016") == ("Non-violent transfer of territory", None)


def test_property_destruction_without_casualties_is_looting_property_destruction() -> None:
    e = event("ASSAULT", "property", trigger="burned")
    assert acled_event_type(e) == ("Strategic developments", "Looting/property destruction")


def test_talk_and_accusations_are_outside_acled_scope() -> None:
    for category in ("CONSULT", "ACCUSE", "REQUEST", "SUPPORT", "AID"):
        assert not in_acled_scope(event(category))
        assert acled_event_type(event(category)) == ("Strategic developments", "Other")
    assert in_acled_scope(event("ASSAULT"))


def test_actor_role_reads_sector_first_then_name() -> None:
    assert actor_role(actor("a", "Somebody", sector="MIL")) == "state"
    assert actor_role(actor("a", "Eritrea", kind="country", country="ERI")) == "state"
    assert actor_role(actor("a", "unidentified gunmen")) == "armed"
    assert actor_role(actor("a", "rioters")) == "crowd"
    assert actor_role(actor("a", "student protesters")) == "protesters"
    assert actor_role(actor("a", "Jane Doe", kind="person"), as_target=True) == "civilian"
    assert actor_role(actor("a", "Jane Doe", kind="person")) == "unknown"


def test_a_bare_group_is_a_crowd_even_if_its_sector_was_guessed_armed() -> None:
    assert actor_role(actor("a", "group", sector="REB")) == "crowd"
    assert actor_role(actor("a", "an unidentified armed group", sector="REB")) == "armed"


def test_a_country_as_target_says_nothing_about_who_was_hit() -> None:
    assert actor_role(actor("a", "Syria", kind="country", country="SYR"), as_target=True) == "unknown"


def test_lynching_mode_is_mob_violence_whoever_the_source() -> None:
    actors = [actor("a1", "unidentified armed group", sector="REB")]
    e = event("ASSAULT", "mob", source=["a1"], trigger="lynched")
    assert acled_event_type(e, extraction=extraction([e], actors)) == ("Riots", "Mob violence")


def test_weapon_words_in_the_sentence_decide_when_the_mode_is_missing() -> None:
    text = "Two suicide bombers blew themselves up near a checkpoint in Lyon."
    e = event("ASSAULT", trigger="blew", evidence=text)
    assert acled_event_type(e, extraction=Extraction(document=Document(text=text), events=[e])) == \
        ("Explosions/Remote violence", "Suicide bomb")
    chlorine = event("ASSAULT", "heavy-weapons", trigger="fired",
                     evidence="Rebels fired shells filled with chlorine at a district of Aleppo.")
    assert acled_event_type(chlorine) == ("Explosions/Remote violence", "Chemical weapon")


def test_unnamed_attackers_are_read_from_the_words_before_the_trigger() -> None:
    text = "On Monday, gunmen attacked soldiers at a checkpoint near Aleppo."
    e = event("ASSAULT", trigger="attacked", evidence=text)
    x = Extraction(document=Document(text=text), events=[e])
    assert acled_event_type(e, extraction=x) == ("Battles", "Armed clash")


def test_protest_followed_by_barricades_is_a_violent_demonstration() -> None:
    text = "Residents demonstrated in Lyon on Monday. The demonstrators barricaded the main road."
    protest = event("PROTEST", "demo", trigger="demonstrated", evidence="Residents demonstrated in Lyon on Monday.")
    x = Extraction(document=Document(text=text), events=[protest])
    assert acled_event_type(protest, extraction=x) == ("Riots", "Violent demonstration")


def test_police_killing_at_a_protest_is_excessive_force_even_without_a_count() -> None:
    text = "Police fired live rounds to disperse the protest in Lyon, killing one student."
    e = event("ASSAULT", "firearms", trigger="fired", evidence=text,
              source=["a1"])
    x = Extraction(document=Document(text=text), events=[e], actors=[actor("a1", "police", sector="COP")])
    assert acled_event_type(e, extraction=x) == ("Protests", "Excessive force against protesters")


def test_an_attack_answered_by_the_army_is_coded_as_the_battle() -> None:
    actors = [actor("a1", "militants"), actor("a2", "the army", sector="MIL"), actor("a3", "villagers")]
    attack = event("ASSAULT", source=["a1"], target=["a3"], eid="e1")
    battle = event("ASSAULT", "clash", source=["a2"], target=["a1"], eid="e2", start=50)
    x = extraction([attack, battle], actors)
    assert acled_event_type(attack, extraction=x) == ("Battles", "Armed clash")


def test_report_event_prefers_violence_over_a_following_arrest() -> None:
    arrest = event("COERCE", "arrest", eid="e1", start=0)
    clash = event("ASSAULT", "firearms", eid="e2", start=40)
    assert report_event(extraction([arrest, clash])) is clash


def test_report_event_skips_negated_planned_and_out_of_scope_events() -> None:
    planned = event("ASSAULT", eid="e1", status="planned")
    negated = event("ASSAULT", eid="e2", negated=True)
    talk = event("CONSULT", eid="e3")
    arrest = event("COERCE", "arrest", eid="e4", start=90)
    assert report_event(extraction([planned, negated, talk, arrest])) is arrest
    assert report_event(extraction([planned, talk])) is None


def _one(text: str, trigger: str, actors: list[Actor], source: list[str], target: list[str] | None = None,
         dead: int | None = None) -> tuple[str, str | None]:
    e = event("ASSAULT", source=source, target=target, trigger=trigger, dead=dead, evidence=text)
    return acled_event_type(e, extraction=Extraction(document=Document(text=text), actors=actors, events=[e]))


def test_neighbours_fighting_with_sticks_is_mob_violence() -> None:
    actors = [actor("a1", "fishermen", sector="CVL"), actor("a2", "traders", sector="CVL")]
    text = "Fishermen and traders clashed with sticks at the harbour, leaving three wounded."
    assert _one(text, "clashed", actors, ["a1", "a2"]) == ("Riots", "Mob violence")


def test_communities_fighting_with_guns_and_deaths_is_an_armed_clash() -> None:
    actors = [actor("a1", "herders", sector="CVL"), actor("a2", "farmers", sector="CVL")]
    text = "Herders and farmers clashed with rifles near the river, leaving five dead."
    assert _one(text, "clashed", actors, ["a1", "a2"], dead=5) == ("Battles", "Armed clash")


def test_villagers_raiding_a_camp_is_an_attack_on_civilians() -> None:
    actors = [actor("a1", "villagers", sector="CVL")]
    text = "Villagers attacked a herders' camp at night and burned the huts."
    assert _one(text, "attacked", actors, ["a1"]) == ("Violence against civilians", "Attack")


def test_a_loose_crowd_beating_a_suspect_is_mob_violence() -> None:
    actors = [actor("a1", "people", sector="CVL")]
    text = "A number of people beat a suspected burglar in the market."
    assert _one(text, "beat", actors, ["a1"]) == ("Riots", "Mob violence")


def test_gunmen_attacking_an_army_position_is_a_battle() -> None:
    actors = [actor("a1", "gunmen", sector="REB")]
    text = "Gunmen attacked an army position outside the town."
    assert _one(text, "attacked", actors, ["a1"]) == ("Battles", "Armed clash")


def test_an_officer_shot_at_his_home_is_an_attack_on_civilians() -> None:
    actors = [actor("a1", "gunmen", sector="REB"), actor("a2", "a police officer", kind="person", sector="COP")]
    text = "Gunmen shot dead a police officer outside his home in the capital."
    assert _one(text, "shot", actors, ["a1"], ["a2"], dead=1) == ("Violence against civilians", "Attack")


def test_destroying_a_weapons_cache_is_disrupted_weapons_use() -> None:
    actors = [actor("a1", "special forces", sector="MIL")]
    text = "Special forces destroyed caches of weapons and explosives during an operation."
    e = event("ASSAULT", "property", source=["a1"], trigger="destroyed", evidence=text)
    assert acled_event_type(e, extraction=Extraction(document=Document(text=text), actors=actors, events=[e])) == \
        ("Strategic developments", "Disrupted weapons use")


def test_police_clashing_with_protesters_is_a_violent_demonstration() -> None:
    text = "Heavy clashes broke out between police and protesters outside the parliament."
    e = event("ASSAULT", "clash", trigger="clashes", evidence=text)
    assert acled_event_type(e, extraction=Extraction(document=Document(text=text), events=[e])) == \
        ("Riots", "Violent demonstration")


def test_a_brawl_between_two_sides_was_rioting_in_the_2016_codebook() -> None:
    actors = [actor("a1", "party supporters", sector="PTY"), actor("a2", "rival supporters", sector="PTY")]
    text = "Party supporters and rival supporters clashed after the vote, leaving three injured."
    e = event("ASSAULT", "clash", source=["a1", "a2"], trigger="clashed", evidence=text, injured=3)
    x = Extraction(document=Document(text=text), actors=actors, events=[e])
    assert acled_event_type(e, extraction=x) == ("Riots", "Mob violence")
    assert acled_event_type(e, extraction=x, schema="2016") == ("Riots/Protests", None)


def test_a_prisoner_exchange_is_an_agreement_to_acled() -> None:
    ev = event("RETREAT", "release", trigger="exchanged")
    assert acled_event_type(ev, extraction=extraction([ev])) == ("Strategic developments", "Agreement")


def test_police_clashing_with_named_protesters_is_a_violent_demonstration() -> None:
    police = actor("a1", "riot police", sector="COP")
    crowd = actor("a2", "protesters", sector="CVL")
    ev = event("ASSAULT", "clash", source=["a1"], target=["a2"], trigger="clashed",
               evidence="Riot police clashed with protesters outside parliament.")
    assert acled_event_type(ev, extraction=extraction([ev], [police, crowd])) == ("Riots", "Violent demonstration")


def test_rescuing_hostages_is_no_abduction_but_taking_them_is() -> None:
    from sitrep.mapping.acled_cues import weapon_in

    assert weapon_in("Troops stormed the camp, killing five and rescuing 16 hostages.") != "abduct"
    assert weapon_in("Gunmen took twelve passengers hostage on the highway.") == "abduct"


def test_party_supporters_burning_offices_were_rioting_in_the_2016_codebook() -> None:
    text = "Party supporters burnt the regional offices and a car after the nomination."
    crowd = actor("a1", "Party supporters", sector=None)
    ev = event("ASSAULT", "property", source=["a1"], trigger="burnt", evidence=text)
    assert acled_event_type(ev, extraction=extraction([ev], [crowd]), schema="2016")[0] == "Riots/Protests"


def _typed(text: str, trigger: str, etype: str = "ASSAULT", mode: str | None = None,
           actors: list[Actor] | None = None, source: list[str] | None = None, target: list[str] | None = None,
           schema: str = "2016", **kw: object) -> tuple[str, str | None]:
    """The ACLED type of one event whose evidence is the whole of ``text``."""
    e = event(etype, mode, source=source, target=target, trigger=trigger, evidence=text, **kw)  # type: ignore[arg-type]
    x = Extraction(document=Document(text=text), actors=actors or [], events=[e])
    return acled_event_type(e, extraction=x, schema=schema)  # type: ignore[arg-type]


def test_a_suicide_bombing_of_worshippers_was_violence_against_civilians_in_the_2016_codebook() -> None:
    text = "A suicide bomber blew himself up in a crowded mosque, killing nine worshippers."
    assert _typed(text, "killing", mode="explosives", schema="current") == \
        ("Explosions/Remote violence", "Suicide bomb")
    assert _typed(text, "killing", mode="explosives", dead=9) == ("Violence against civilians", None)


def test_a_grenade_thrown_at_soldiers_was_a_battle_in_the_2016_codebook() -> None:
    soldiers = actor("a1", "army soldiers", sector="MIL")
    text = "A grenade was thrown at a truck carrying army soldiers in the market."
    assert _typed(text, "thrown", actors=[soldiers], target=["a1"]) == ("Battle-No change of territory", None)


def test_an_air_strike_stays_remote_violence_in_the_2016_codebook() -> None:
    text = "Warplanes bombed a training camp west of the town."
    assert _typed(text, "bombed", mode="aerial") == ("Remote violence", None)


def test_police_beating_demonstrators_was_violence_against_civilians_in_the_2016_codebook() -> None:
    police = actor("a1", "Police", sector="COP")
    crowd = actor("a2", "the demonstrators", sector="CVL")
    text = "Police attacked the demonstrators with batons outside the court."
    assert _typed(text, "attacked", actors=[police, crowd], source=["a1"], target=["a2"], schema="current") == \
        ("Protests", "Protest with intervention")
    assert _typed(text, "attacked", actors=[police, crowd], source=["a1"], target=["a2"]) == \
        ("Violence against civilians", None)


def test_police_dispersing_a_protest_stayed_a_protest_in_the_2016_codebook() -> None:
    police = actor("a1", "Police", sector="COP")
    crowd = actor("a2", "the protesters", sector="CVL")
    text = "Police fired tear gas to disperse the protesters."
    assert _typed(text, "fired", etype="COERCE", mode="crowd-control", actors=[police, crowd],
                  source=["a1"], target=["a2"]) == ("Riots/Protests", None)


def test_police_clashing_with_hawkers_who_protest_is_a_riot() -> None:
    police = actor("a1", "municipal police", sector="COP")
    hawkers = actor("a2", "hawkers", sector="CVL")
    text = "Municipal police and hawkers clashed as the hawkers protested the seizure of their goods."
    assert _typed(text, "clashed", mode="clash", actors=[police, hawkers], source=["a1", "a2"],
                  schema="current") == ("Riots", "Violent demonstration")


def test_an_arson_by_an_angry_crowd_was_rioting_in_the_2016_codebook() -> None:
    text = "A post office was burnt by angry customers after it ran out of cash."
    assert _typed(text, "burnt", mode="property", schema="current") == \
        ("Strategic developments", "Looting/property destruction")
    assert _typed(text, "burnt", mode="property") == ("Riots/Protests", None)


def test_looting_by_gunmen_stayed_a_strategic_development_in_the_2016_codebook() -> None:
    gunmen = actor("a1", "armed men", sector="REB")
    text = "Armed men looted the offices of an aid agency."
    assert _typed(text, "looted", mode="property", actors=[gunmen], source=["a1"]) == \
        ("Strategic development", None)


def test_party_cadres_attacking_candidates_was_violence_against_civilians_in_the_2016_codebook() -> None:
    cadres = actor("a1", "party cadres")
    candidates = actor("a2", "two candidates", kind="person")
    text = "Party cadres attacked two candidates at a market."
    assert _typed(text, "attacked", actors=[cadres, candidates], source=["a1"], target=["a2"]) == \
        ("Violence against civilians", None)


def test_dislodging_a_group_from_a_named_town_regains_territory() -> None:
    army = actor("a1", "The army", sector="MIL")
    rebels = actor("a2", "the rebels", sector="REB")
    text = "The army dislodged the rebels from Tambura after a day of fighting."
    assert _typed(text, "dislodged", mode="clash", actors=[army, rebels], source=["a1"], target=["a2"],
                  schema="current") == ("Battles", "Government regains territory")


def test_retaking_a_named_place_after_a_clash_regains_territory() -> None:
    troops = actor("a1", "Peacekeeping troops", sector="MIL")
    militants = actor("a2", "militants", sector="REB")
    text = "Peacekeeping troops clashed with militants and retook Bulo Marer."
    assert _typed(text, "clashed", mode="clash", actors=[troops, militants], source=["a1"], target=["a2"],
                  schema="current") == ("Battles", "Government regains territory")


def test_taking_control_of_buildings_is_a_capture() -> None:
    troops = actor("a1", "Troops", sector="MIL")
    text = "Troops have taken control of the old ministry buildings in the south of the city."
    assert _typed(text, "taken", etype="COERCE", mode="seize", actors=[troops], source=["a1"],
                  schema="current") == ("Battles", "Government regains territory")


def test_taking_a_town_the_army_left_is_a_non_violent_transfer() -> None:
    rebels = actor("a1", "The rebels", sector="REB")
    text = "The rebels took control of Kaldo after government troops withdrew. No fighting was reported."
    assert _typed(text, "took", etype="COERCE", mode="seize", actors=[rebels], source=["a1"]) == \
        ("Non-violent transfer of territory", None)


def test_soldiers_killed_in_a_headline_are_the_victims_of_a_battle() -> None:
    text = "Three soldiers killed near Tessit."
    assert _typed(text, "killed", schema="current", dead=3) == ("Battles", "Armed clash")


def test_civilians_killed_in_a_headline_are_civilian_victims() -> None:
    text = "Three farmers killed near Tessit."
    assert _typed(text, "killed", schema="current", dead=3) == ("Violence against civilians", "Attack")


def test_troops_killing_in_an_encounter_with_an_armed_group_is_a_battle() -> None:
    troops = actor("a1", "the troops", sector="MIL")
    text = "During the patrol the troops encountered insurgents near the river, where they killed four."
    assert _typed(text, "killed", actors=[troops], source=["a1"], schema="current", dead=4) == \
        ("Battles", "Armed clash")


def test_troops_killing_a_civilian_mistaken_for_a_militant_is_an_attack() -> None:
    troops = actor("a1", "soldiers", sector="MIL")
    text = "Soldiers shot and killed a civilian mistaken for a militant at a checkpoint."
    assert _typed(text, "shot", mode="firearms", actors=[troops], source=["a1"], schema="current", dead=1) == \
        ("Violence against civilians", "Attack")


def test_a_capture_in_the_sentence_after_a_battle_tells_its_outcome() -> None:
    army = actor("a1", "The army", sector="MIL")
    text = "Fighting was reported in the east of the city on Monday. The army made gains in two districts."
    e = event("ASSAULT", "clash", trigger="Fighting", evidence=text[:55])
    x = Extraction(document=Document(text=text), actors=[army], events=[e])
    army.mentions.append(Mention(57, 65))
    assert acled_event_type(e, extraction=x) == ("Battles", "Government regains territory")


def test_a_policeman_killed_in_a_raid_on_his_home_is_an_attack() -> None:
    text = "A police officer was killed after militants stormed his home and opened fire."
    assert _typed(text, "killed", schema="current", dead=1) == ("Violence against civilians", "Attack")


def test_an_attack_on_a_convoy_of_workers_is_an_attack_on_civilians() -> None:
    militants = actor("a1", "militants", sector="REB")
    text = "Militants attacked a convoy of foreign workers, killing one."
    assert _typed(text, "attacked", actors=[militants], source=["a1"], schema="current") == \
        ("Violence against civilians", "Attack")


def test_a_vehicle_attacked_by_gunmen_is_no_battle_with_the_gunmen() -> None:
    gunmen = actor("a1", "armed gunmen", sector="REB")
    text = "A bus was attacked by armed gunmen wearing military uniforms near the village."
    assert _typed(text, "attacked", actors=[gunmen], source=["a1"], schema="current") == \
        ("Violence against civilians", "Attack")


def test_named_fighter_jets_make_an_air_strike() -> None:
    force = actor("a1", "air force MiG fighters", sector="MIL")
    text = "MiG fighters of the national army struck a depot south of the port."
    assert _typed(text, "struck", actors=[force], source=["a1"], schema="current") == \
        ("Explosions/Remote violence", "Air/drone strike")


def test_a_bomb_attack_is_remote_violence() -> None:
    text = "Two people were killed in a bomb attack on a market in the capital."
    assert _typed(text, "killed", schema="current", dead=2) == \
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_residents_burning_police_offices_were_rioting_in_the_2016_codebook() -> None:
    crowd = actor("a1", "residents of Bunda", sector="CVL")
    text = "After the death of a detainee, residents of Bunda burned the offices of the police."
    assert _typed(text, "burned", mode="property", actors=[crowd], source=["a1"], schema="current") == \
        ("Riots", "Mob violence")
    assert _typed(text, "burned", mode="property", actors=[crowd], source=["a1"]) == ("Riots/Protests", None)


def test_youths_burning_a_herders_camp_is_an_attack_on_civilians() -> None:
    crowd = actor("a1", "youths from Kora", sector="CVL")
    text = "Youths from Kora attacked and burned down a herders' camp near the river."
    assert _typed(text, "attacked", mode="property", actors=[crowd], source=["a1"], schema="current") == \
        ("Violence against civilians", "Attack")


def test_an_offensive_to_retake_a_city_is_no_capture() -> None:
    forces = actor("a1", "government forces", sector="MIL")
    militants = actor("a2", "the militants", sector="REB")
    text = "Government forces repelled a counterattack by the militants as they pressed an offensive to retake Sirte."
    assert _typed(text, "repelled", mode="clash", actors=[forces, militants], source=["a1"], target=["a2"],
                  schema="current") == ("Battles", "Armed clash")


def test_an_attack_on_an_army_checkpoint_is_a_battle_whoever_died() -> None:
    text = "One person was killed in an attack on an army checkpoint in the port town."
    assert _typed(text, "killed", schema="current", dead=1) == ("Battles", "Armed clash")


def test_killing_a_security_official_is_a_battle() -> None:
    militants = actor("a1", "militants", sector="REB")
    text = "Militants shot dead a security official in the town."
    assert _typed(text, "shot", mode="firearms", actors=[militants], source=["a1"], schema="current") == \
        ("Battles", "Armed clash")


def test_arresting_and_beating_someone_is_an_attack() -> None:
    police = actor("a1", "Police", sector="COP")
    text = "Police arrested and beat a trader at the market."
    assert _typed(text, "arrested", etype="COERCE", mode="arrest", actors=[police], source=["a1"],
                  schema="current") == ("Violence against civilians", "Attack")
    calm = "Police arrested a trader at the market and beat the record for seizures."
    assert _typed(calm, "arrested", etype="COERCE", mode="arrest", actors=[police], source=["a1"],
                  schema="current") == ("Strategic developments", "Arrests")


def test_protesters_blockading_a_highway_are_protesting() -> None:
    crowd = actor("a1", "Protesters", sector="OPP")
    text = "Protesters blockading the highway near the airport caused long queues."
    assert _typed(text, "blockading", etype="COERCE", mode="blockade", actors=[crowd], source=["a1"]) == \
        ("Riots/Protests", None)


def test_killing_livestock_is_property_destruction_but_a_goat_thief_is_a_person() -> None:
    farmer = actor("a1", "farmer", sector="CVL")
    text = "A farmer shot and killed five oxen belonging to a herder after they strayed onto his field."
    ev = event("ASSAULT", "firearms", source=["a1"], trigger="shot", evidence=text)
    assert acled_event_type(ev, extraction=extraction([ev], [farmer])) == (
        "Strategic developments", "Looting/property destruction")
    text = "Villagers killed a goat thief by burning him alive."
    ev = event("ASSAULT", None, source=["a1"], trigger="killed", evidence=text, dead=1)
    assert acled_event_type(ev, extraction=extraction([ev], [farmer]))[0] != "Strategic developments"


def _in(text: str, sentence: str, etype: str, mode: str | None, trigger: str, *, eid: str,
        source: list[str] | None = None, target: list[str] | None = None, dead: int | None = None,
        injured: int | None = None) -> Event:
    """An event whose evidence is one sentence of a longer report."""
    start = text.index(sentence)
    return event(etype, mode, eid=eid, source=source, target=target, trigger=trigger, evidence=sentence,
                 start=start, dead=dead, injured=injured)


def _report(text: str, events: list[Event], actors: list[Actor], schema: str = "current") -> tuple[str, str | None]:
    x = Extraction(document=Document(text=text), actors=actors, events=events)
    chosen = report_event(x)
    assert chosen is not None
    return acled_event_type(chosen, extraction=x, schema=schema)  # type: ignore[arg-type]


def test_a_protest_against_an_arrest_is_no_intervention() -> None:
    students = actor("a1", "students", sector="EDU")
    text = "Students marched in the town against the arrest of two classmates."
    protest = _in(text, text, "PROTEST", "demonstrate", "marched", eid="e1", source=["a1"])
    arrest = _in(text, text, "COERCE", "arrest", "arrest", eid="e2")
    assert _report(text, [protest, arrest], [students]) == ("Protests", "Peaceful protest")
    text = "Students marched in the town. Police arrested two of them."
    protest = _in(text, "Students marched in the town.", "PROTEST", "demonstrate", "marched", eid="e1",
                  source=["a1"])
    arrest = _in(text, "Police arrested two of them.", "COERCE", "arrest", "arrested", eid="e2")
    assert _report(text, [protest, arrest], [students]) == ("Protests", "Protest with intervention")


def test_protesters_blocking_a_road_or_burning_things_make_a_violent_demonstration() -> None:
    crowd = actor("a1", "traders", sector="BUS")
    text = "Traders demonstrated in the market town. They blocked the main road for hours."
    protest = _in(text, "Traders demonstrated in the market town.", "PROTEST", "demonstrate", "demonstrated",
                  eid="e1", source=["a1"])
    block = _in(text, "They blocked the main road for hours.", "PROTEST", "obstruct", "blocked", eid="e2",
                source=["a1"])
    assert _report(text, [protest, block], [crowd]) == ("Riots", "Violent demonstration")
    text = "Inmates demonstrated over the food. Mattresses were burnt and property destroyed."
    protest = _in(text, "Inmates demonstrated over the food.", "PROTEST", "demonstrate", "demonstrated", eid="e1",
                  source=["a1"])
    burnt = _in(text, "Mattresses were burnt and property destroyed.", "ASSAULT", "property", "burnt", eid="e2")
    assert _report(text, [protest, burnt], [crowd]) == ("Riots", "Violent demonstration")


def test_police_dispersing_violently_is_no_riot_but_killing_protesters_is_excessive_force() -> None:
    police = actor("a1", "police", sector="COP")
    marchers = actor("a2", "demonstrators", sector="OPP")
    text = "Police violently dispersed a march protesting against the new tax."
    protest = _in(text, text, "PROTEST", "demonstrate", "protesting", eid="e1")
    dispersal = _in(text, text, "COERCE", "disperse", "dispersed", eid="e2", source=["a1"])
    assert _report(text, [protest, dispersal], [police, marchers])[0] == "Protests"
    text = "Drivers demonstrated in the town. The police fired tear gas. Two demonstrators were killed."
    protest = _in(text, "Drivers demonstrated in the town.", "PROTEST", "demonstrate", "demonstrated", eid="e1")
    gas = _in(text, "The police fired tear gas.", "COERCE", "disperse", "fired", eid="e2", source=["a1"])
    killed = _in(text, "Two demonstrators were killed.", "ASSAULT", None, "killed", eid="e3", source=["a2"],
                 target=["a2"], dead=2)
    assert _report(text, [protest, gas, killed], [police, marchers]) == (
        "Protests", "Excessive force against protesters")


def test_stones_thrown_without_a_demonstration_are_mob_violence() -> None:
    farmers = actor("a1", "farmers", sector="CVL")
    text = "Farmers threw stones at a herder whose cattle had strayed into their fields."
    assert _typed(text, "threw", etype="PROTEST", mode="riot", actors=[farmers], source=["a1"],
                  schema="current") == ("Riots", "Mob violence")
    assert _typed(text, "threw", etype="PROTEST", mode="riot", actors=[farmers], source=["a1"]) == (
        "Riots/Protests", None)
    text = "Students protesting fees threw stones at the police."
    assert _typed(text, "threw", etype="PROTEST", mode="riot", actors=[farmers], source=["a1"],
                  schema="current") == ("Riots", "Violent demonstration")


def test_named_people_wrecking_property_is_property_destruction_a_crowd_is_a_mob() -> None:
    family = actor("a1", "members of a family", sector="CVL")
    text = "Members of a family destroyed the maize field of a neighbour over a boundary dispute."
    assert _typed(text, "destroyed", mode="property", actors=[family], source=["a1"], schema="current") == (
        "Strategic developments", "Looting/property destruction")
    crowd = actor("a1", "a mob", sector="CVL")
    text = "A mob destroyed the shop of a trader accused of cheating."
    assert _typed(text, "destroyed", mode="property", actors=[crowd], source=["a1"], schema="current") == (
        "Riots", "Mob violence")


def test_killing_a_herder_and_his_animals_is_an_attack_on_him() -> None:
    gunmen = actor("a1", "gunmen", sector="REB")
    text = "Gunmen killed a herder and his animals near the river."
    assert _typed(text, "killed", actors=[gunmen], source=["a1"], schema="current") == (
        "Violence against civilians", "Attack")


def test_wounding_someone_outweighs_a_kidnapping_in_the_same_report() -> None:
    gunmen = actor("a1", "gunmen", sector="REB")
    text = "Gunmen wounded a trader and kidnapped his wife on the road."
    assert _typed(text, "wounded", actors=[gunmen], source=["a1"], schema="current") == (
        "Violence against civilians", "Attack")
    text = "Gunmen stopped a bus and kidnapped six passengers on the road."
    assert _typed(text, "kidnapped", etype="COERCE", mode="abduct", actors=[gunmen], source=["a1"],
                  schema="current") == ("Violence against civilians", "Abduction/forced disappearance")


def test_gunmen_or_individuals_killing_a_farmer_is_no_battle_between_them() -> None:
    gunmen, others = actor("a1", "unknown gunmen", sector="REB"), actor("a2", "individuals", sector="CVL")
    text = "Unknown gunmen or individuals killed and mutilated a woman farmer in the village."
    assert _typed(text, "killed", actors=[gunmen, others], source=["a1", "a2"], schema="current", dead=1) == (
        "Violence against civilians", "Attack")


def test_seizing_a_victims_belongings_is_no_capture_of_ground() -> None:
    gunmen = actor("a1", "gunmen", sector="REB")
    text = "Gunmen killed a cattle trader and seized his motorbike and cash in the area of the market."
    ev = event("ASSAULT", "firearms", source=["a1"], trigger="killed", evidence=text, dead=1)
    ev.place = "p1"
    assert acled_event_type(ev, extraction=extraction([ev], [gunmen])) == ("Violence against civilians", "Attack")


def test_a_reprisal_for_earlier_clashes_is_not_itself_a_clash() -> None:
    text = "Herders attacked the village as a reprisal for the recent clashes, killing five civilians."
    assert _typed(text, "attacked", schema="current", dead=5) == ("Violence against civilians", "Attack")


def test_a_gun_battle_between_police_and_demonstrators_is_a_battle() -> None:
    police = actor("a1", "police", sector="COP")
    text = "Demonstrators backed by hunters engaged the police in a gun battle in the town."
    assert _typed(text, "battle", mode="clash", actors=[police], target=["a1"], schema="current") == (
        "Battles", "Armed clash")


def test_an_armed_groups_threat_is_its_strategic_development_when_nothing_else_happened() -> None:
    militants = actor("a1", "an armed group", sector="REB")
    mayor = actor("a2", "the mayor", kind="person", sector="GOV")
    threat = event("THREATEN", source=["a1"], trigger="threatened", status="threatened")
    assert report_event(extraction([threat], [militants])) is threat
    assert acled_event_type(threat, extraction=extraction([threat], [militants])) == (
        "Strategic developments", "Other")
    talk = event("REQUEST", source=["a2"], trigger="asked")
    assert report_event(extraction([talk], [mayor])) is None


def test_destruction_that_goes_on_to_hurt_people_is_no_mere_property_destruction() -> None:
    soldiers = actor("a1", "soldiers", sector="MIL")
    text = "Soldiers destroyed the huts of the camp and shot about ten civilians."
    assert _typed(text, "destroyed", mode="property", actors=[soldiers], source=["a1"], schema="current") == (
        "Violence against civilians", "Attack")
    text = "Soldiers destroyed the huts of the camp and killed the goats."
    assert _typed(text, "destroyed", mode="property", actors=[soldiers], source=["a1"], schema="current") == (
        "Strategic developments", "Looting/property destruction")
    text = "Raiders destroyed houses, beat women and cattle in the village."
    assert _typed(text, "destroyed", mode="property", actors=[actor("a1", "raiders", sector="CRM")], source=["a1"],
                  schema="current") != ("Strategic developments", "Looting/property destruction")


def test_a_crowd_control_assault_is_the_intervention_in_a_protest_that_leads() -> None:
    # PLOVER codes tear gas as ASSAULT 'crowd-control'; ACLED codes the protest it met, with intervention
    actors = [actor("a1", "protesters"), actor("a2", "police", sector="COP", country="FRA")]
    gas = event("ASSAULT", "crowd-control", eid="e1", source=["a2"], target=["a1"], start=0)
    protest = event("PROTEST", "demo", eid="e2", source=["a1"], start=60)
    x = extraction([gas, protest], actors)
    assert report_event(x) is protest
    assert acled_event_type(gas, extraction=x) == ("Protests", "Protest with intervention")
