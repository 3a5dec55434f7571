"""How counts in a report become an event's dead and injured, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.model import Document, Extraction

pytestmark = pytest.mark.slow


def run(extractor, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    return extractor.extract(Document(text=text, published="2023-03-02"))  # type: ignore[no-any-return]


def most_dead(x: Extraction) -> int:
    return max((e.dead or 0 for e in x.events if not e.negated), default=0)


def test_a_list_of_counted_victims_adds_up(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Three guards, one driver, one cook and one nurse were killed when gunmen stormed "
                       "the clinic in Tessalit.")
    assert most_dead(x) == 6
    y = run(extractor, "Two farmers, one trader and one herder were killed in a raid on the market in Gao.")
    assert most_dead(y) == 4


def test_a_lone_one_is_a_victim(extractor) -> None:  # type: ignore[no-untyped-def]
    assert most_dead(run(extractor, "Mortar shells kill one in the old market and wound others.")) == 1
    assert most_dead(run(extractor, "A quarrel over a well led to clashes in Menaka, one killed.")) == 1


def test_members_counted_by_their_group_name(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Troops raided a camp near Diffa, leaving nine Boko Haram dead.")
    assert most_dead(x) == 9


def test_gunned_down_and_declared_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    assert most_dead(run(extractor, "Gunmen gunned down a shopkeeper in Mopti on Friday.")) == 1
    y = run(extractor, "Militants attacked a convoy near Kidal and an army engineer was confirmed dead.")
    assert most_dead(y) == 1


def test_a_passive_chain_shares_its_victim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The nephew of a village chief was abducted and killed on Monday by a militia.")
    assert most_dead(x) == 1


def test_a_hurt_victim_who_later_died_is_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Bandits stabbed a herder near Kayes. He died the next day.")
    assert most_dead(x) == 1
    y = run(extractor, "Police fired on the crowd in Kayes. A trader was injured by a bullet and later died.")
    assert most_dead(y) == 1


def test_killing_livestock_does_not_kill_the_wounded(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Raiders attacked two camps near Kayes, wounded a boy and a girl, and killed cattle.")
    assert most_dead(x) == 0
    assert max(e.injured or 0 for e in x.events) == 2


def test_coordinated_clauses_add_their_dead_but_a_breakdown_does_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Ten rebels were killed in the fighting and three soldiers were killed in an ambush "
                       "near Kidal.")
    assert most_dead(x) == 13
    y = run(extractor, "Gunmen attacked a bus near Kidal. Five people were killed, two of them children.")
    assert most_dead(y) == 5
    z = run(extractor, "Villagers killed two men believed to have murdered a shopkeeper in Kayes.")
    assert most_dead(z) == 2


def test_a_day_of_the_month_is_not_a_count(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Around 9 March (week of), gunmen killed the head of a village council near Kayes.")
    assert most_dead(x) == 1


def test_alternative_figures_do_not_add_up(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Herders and farmers clashed near Kayes. Reports said that one or two people were killed.")
    assert most_dead(x) == 1


def test_deaths_a_protest_is_about_are_not_its_casualties(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Traders marched in Kayes to protest against a string of robberies that had killed "
                       "four shopkeepers.")
    assert most_dead(x) == 0
    y = run(extractor, "Protesters marched in Kayes and police killed two of them.")
    assert most_dead(y) == 2
    z = run(extractor, "Jets struck a rebel base near Kidal, killing twelve fighters.")
    assert most_dead(z) == 12


def test_a_group_acronym_between_number_and_noun_keeps_the_count(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Troops stormed a hideout near Mora and at least 12 ISWAP fighters were killed in the raid.")
    assert most_dead(x) == 12


def test_victims_named_with_a_trailing_participle_are_counted(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A raid by rebels on an army post near Beni left a soldier and a rebel killed.")
    assert most_dead(x) == 2
    y = run(extractor, "Two policemen were injured in an ambush executed against their patrol near Arlit.")
    assert most_dead(y) == 0  # "executed" hangs on the ambush, not on a person


def test_a_misspelt_killing_still_counts(extractor) -> None:  # type: ignore[no-untyped-def]
    assert most_dead(run(extractor, "Bandits ambushed a minibus near Tulear, killling 12 passengers.")) == 12


def test_summarily_shot_captives_are_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Three men suspected of robbery were summarily shot on Monday by a militia in Sabha.")
    shot = next(e for e in x.events if e.trigger == "shot")
    assert shot.dead == 3


def test_a_count_belongs_to_its_own_verb_not_to_an_accused_act(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Two men accused of kidnappings were shot dead by villagers in Kenema.")
    shot = next(e for e in x.events if e.trigger == "shot")
    assert shot.dead == 2
    kidnapping = next(e for e in x.events if e.trigger == "kidnappings")
    assert kidnapping.status == "claimed" and kidnapping.dead is None


def test_the_death_of_one_person_is_one_dead(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police made no arrests after gunmen caused the death of a shopkeeper in Bouake.")
    assert most_dead(x) == 1


def test_a_death_told_as_the_cause_is_not_the_toll(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Youths burned a herders' camp near Kandi in the wake of the murder of a motorbike driver.")
    assert most_dead(x) == 0


def test_dead_of_violence_with_no_attack_named_still_make_an_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Three are dead near the cattle market over a grazing dispute. Violence went on for days.")
    assert most_dead(x) == 3
    assert any(e.type == "ASSAULT" for e in x.events)


def test_dead_of_illness_or_accident_make_no_violent_event(extractor) -> None:  # type: ignore[no-untyped-def]
    for text in ("Three people died of cholera in a camp guarded by the army.",
                 "Four soldiers are dead after their truck crashed on the highway."):
        x = run(extractor, text)
        assert not any(e.type == "ASSAULT" for e in x.events), text


def test_a_condemned_attack_is_an_event_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The opposition party condemned the attack on its office in Kumasi that left two people dead.")
    attack = next(e for e in x.events if e.type == "ASSAULT")
    assert attack.dead == 2
    party = {a.id for a in x.actors if "party" in a.name.lower()}
    assert not party & {s.lstrip("#") for s in attack.source}


def test_two_victims_named_with_a_slip_of_number(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "An ambush on the road to Beni resulted in a soldier and a militiamen killed.")
    assert most_dead(x) == 2


def test_they_killed_stands_for_the_counted_subject_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Three gunmen opened fire on a patrol near Dosso. "
                       "They were killed when the soldiers fired back.")
    assert most_dead(x) == 3


def test_slit_throats_are_deaths(extractor) -> None:  # type: ignore[no-untyped-def]
    assert most_dead(run(extractor, "Raiders slit the throats of four herders near Tillaberi.")) == 4


def test_overdose_deaths_are_no_casualties_of_a_police_seizure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police said they had seized drugs laced with fentanyl. The coroner is studying the "
                       "300 overdose deaths recorded this year.")
    assert most_dead(x) == 0


def test_households_cut_off_by_a_strike_are_its_impact(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Drones struck a power station in Kassala overnight, cutting electricity to about "
                       "90,000 households, officials said.")
    strike = next(e for e in x.events if e.trigger == "struck")
    impact = [q for q in x.quantities if q.id in strike.impact]
    assert strike.infrastructure and [(q.value, q.unit, q.what) for q in impact] == [
        (90000, "households", "cut electricity")]


def test_a_count_of_them_counts_the_people_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KITWE, Zambia (Reuters) - Police fired tear gas to break up a protest by hundreds of students "
                       "who blocked a main road against power cuts, and arrested 58 of them, police said.")
    count = next(q for q in x.quantities if q.value == 58)
    assert count.unit == "students" and count.what == "arrested"


def test_a_bare_number_joined_to_a_counted_noun_counts_that_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "AMMAN (Reuters) - One Jordanian soldier was killed and two were wounded in an exchange of "
                       "fire with smugglers on Sunday, the army said.")
    wounded = next(q for q in x.quantities if q.value == 2)
    assert wounded.unit == "soldiers" and wounded.what == "wounded"


def test_a_bare_number_joined_to_a_counted_object_counts_that_object(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MOGADISHU (AP) - Floodwaters have submerged the town, killing at least 31 people and forcing "
                       "about 240,000 from their homes, officials said.")
    displaced = next(q for q in x.quantities if q.value == 240000)
    assert displaced.unit == "people"


def test_a_number_taken_from_a_counted_crew_counts_crew(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LAGOS (Reuters) - Pirates boarded a tanker on Wednesday and kidnapped 10 of its 21 crew, the "
                       "operator said.")
    taken = next(q for q in x.quantities if q.value == 10)
    assert taken.unit == "crew"
