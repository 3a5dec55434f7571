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
from sitrep.model import PLOVER_TYPES, Actor, Document, Event, Evidence, Extraction

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


def test_killing_livestock_is_property_destruction_but_a_goat_thief_is_a_person() -> None:
    farmer = actor("a1", "farmer", sector="CVL")
    text = "A farmer shot and killed five oxen belonging to a herder after they strayed onto his field."
    ev = event("ASSAULT", "firearms", source=["a1"], trigger="shot", evidence=text)
    assert acled_event_type(ev, extraction=extraction([ev], [farmer])) == (
        "Strategic developments", "Looting/property destruction")
    text = "Villagers killed a goat thief by burning him alive."
    ev = event("ASSAULT", None, source=["a1"], trigger="killed", evidence=text, dead=1)
    assert acled_event_type(ev, extraction=extraction([ev], [farmer]))[0] != "Strategic developments"
