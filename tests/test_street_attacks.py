"""Attacks in towns and the people around them; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_a_stabbing_is_a_primitive_attack_even_beside_shots(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A man stabbed three people at a bus station in Ghent before police shot him.")
    stabbed = next(e for e in x.events if e.trigger == "stabbed")
    assert stabbed.mode == "primitive"


def test_the_square_where_people_were_hurt_is_no_target(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A man wounded four people at a market square in the northern Belgian city of Ghent.")
    wounded = next(e for e in x.events if e.type == "ASSAULT")
    assert "BEL" not in {a.country for a in (x.actor(i) for i in wounded.target) if a and a.kind == "country"}


def test_a_name_after_a_title_is_a_person_even_when_tagged_an_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chancellor Olaf Scholz condemned the attack on Friday.")
    assert any(a.name == "Olaf Scholz" and a.kind == "person" for a in x.actors)


def test_the_full_force_of_the_law_and_an_age_name_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The 25-year-old suspect will face the full force of the law, the minister said.")
    assert not any("force" in a.name for a in x.actors)
    assert not any(a.name.startswith("old") for a in x.actors)


def test_a_far_right_group_is_political(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A far-right group held a rally near the scene on Saturday.")
    group = next(a for a in x.actors if a.name.endswith("group"))
    assert group.name == "far-right group" and group.sector == "PTY"


def test_two_demonyms_before_one_noun_are_two_sides(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Thai and Cambodian troops exchanged artillery fire along the border on Thursday.")
    assert {a.country for a in x.actors if a.name.endswith("troops")} == {"THA", "KHM"}


@pytest.mark.parametrize(("text", "etype"), [
    ("Dominican troops returned fire after gunmen shot at the border post.", "ASSAULT"),
    ("Officers used pepper spray on Monday night to push back a group of about 60 people.", "ASSAULT"),
    ("About 150 relatives of detainees held a vigil outside the Supreme Court.", "PROTEST"),
    ("Algeria's army began a week-long live-fire exercise in the desert near Tindouf.", "MOBILIZE"),
])
def test_returned_fire_pepper_spray_vigils_and_live_fire_exercises(extractor, text: str,  # type: ignore[no-untyped-def]
                                                                   etype: str) -> None:
    x = run(extractor, text)
    assert any(e.type == etype for e in x.events), [(e.type, e.trigger) for e in x.events]


def test_turning_back_boats_of_migrants_is_an_expulsion(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Bangladeshi border guards turned back at least nine boats carrying about 400 people. "
                       "The coach turned back the clock.")
    expelled = [e for e in x.events if e.type == "COERCE" and e.mode == "expel"]
    assert len(expelled) == 1 and "boats" in expelled[0].evidence.text


def test_stones_thrown_at_police_are_an_attack_not_a_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "In Maputo, protesters threw stones at police officers guarding the electoral commission. "
                       "Rioters hurled bottles at a patrol car near the market.")
    assert [e.type for e in x.events if e.trigger in ("threw", "hurled")] == ["ASSAULT", "ASSAULT"]


def test_people_displaced_by_fighting_are_counted_as_its_harm(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fighting between the army and rebels in North Kivu has displaced more than 40,000 people "
                       "since March.")
    assert all(e.type != "COERCE" for e in x.events)
    assert any(e.type == "ASSAULT" and e.trigger == "displaced" for e in x.events)


def test_officers_hurt_by_stones_were_attacked_but_an_economy_hurt_was_not(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KATHMANDU — Police fired tear gas at protesters in Kathmandu on Monday. Four officers were "
                       "hurt by stones, police said. The sanctions hurt Nepal's economy.")
    hurt = [e for e in x.events if e.trigger == "hurt"]
    assert len(hurt) == 1 and hurt[0].type == "ASSAULT" and "officers" in hurt[0].evidence.text


def test_a_rally_outside_a_countrys_embassy_is_aimed_at_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "About 300 people rallied outside the Turkish embassy in Yerevan on Friday evening.")
    rally = next(e for e in x.events if e.type == "PROTEST")
    assert countries(x, rally.target) == {"TUR"}


def test_a_bomb_set_off_and_then_gunfire_are_two_attacks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Maoist insurgents set off a roadside bomb under a police vehicle and then opened fire on the "
                       "convoy in Chhattisgarh state on Monday, police said.")
    attacks = [e for e in x.events if e.type == "ASSAULT"]
    assert len(attacks) == 2, [(e.trigger, e.evidence.text) for e in attacks]
    assert any(e.mode == "explosive" and e.evidence.text.startswith("Maoist insurgents set off") for e in attacks)


def test_a_vehicle_that_set_off_a_mine_attacked_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The peacekeepers were on a routine patrol when their vehicle set off the device at about "
                       "9:30 a.m., the mission said.")
    assert not any(e.type == "ASSAULT" and e.trigger == "set" for e in x.events)


def test_villages_sealed_or_cordoned_off_and_people_intercepted_are_coerced(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Soldiers and police sealed off three villages in Narathiwat on Wednesday. The army had "
                       "cordoned off at least nine villages around Bandarban. The Libyan coast guard said it had "
                       "intercepted about 600 migrants off Zuwara.")
    coerced = [e for e in x.events if e.type == "COERCE"]
    said = " | ".join(e.evidence.text for e in coerced)
    assert "sealed off three villages" in said and "cordoned off at least nine villages" in said, said
    assert any("intercepted about 600 migrants" in e.evidence.text and countries(x, e.source) == {"LBY"}
               for e in coerced), said


def test_crowds_breaking_into_shops_is_an_attack_on_property(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Crowds broke into at least 11 warehouses and shops in the market areas of Kano on Friday.")
    assert any(e.type == "ASSAULT" and e.mode == "property" and "broke into" in e.evidence.text for e in x.events)


def test_a_device_that_exploded_is_an_attack_whoever_planted_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A device exploded under a police vehicle on Monday.")
    assert any(e.type == "ASSAULT" and e.mode == "explosive" for e in x.events), [(e.type, e.mode) for e in x.events]
