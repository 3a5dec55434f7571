"""Lead sentences as wire services write them, each written for this test: a dateline run into the
subject, a closing attribution, "according to" a statement, and the shorthand of brief reports."""

from __future__ import annotations

import pytest

from extraction_helpers import names, run

pytestmark = pytest.mark.slow


def test_a_role_noun_after_a_dateline_is_the_subject_of_the_lead(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TAMALE, Ghana, March 6 (Reuters) - Gunmen on motorbikes killed nine people and kidnapped "
                       "several more in a raid on a farming village, police and residents said on Thursday.")
    killed = next(e for e in x.events if e.trigger == "killed")
    assert names(x, killed.source) == {"Gunmen"}
    assert killed.dead == 9
    assert x.actor(killed.claimed_by or "") is not None and x.actor(killed.claimed_by or "").name == "Ghanaian police"


def test_two_parties_after_a_dateline_both_agree(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NAIROBI, March 6 - Eritrea and Djibouti have agreed to reopen their shared border, a "
                       "regional mediator said on Thursday.")
    agreed = next(e for e in x.events if e.trigger == "agreed")
    assert names(x, agreed.source) == {"Eritrea", "Djibouti"}


def test_the_closing_attribution_of_a_lead_is_a_quote_with_its_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Rebels on horseback burned two market stalls in the town overnight, traders and "
                       "officials said on Friday.")
    quote = next(q for q in x.quotes if q.cue == "said")
    assert quote.text.startswith("Rebels on horseback burned")
    assert x.actor(quote.speaker or "") is not None


def test_according_to_a_statement_the_one_who_issued_it_speaks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Riot police fired tear gas at students blocking the main road, according to a statement "
                       "from the national police.")
    quote = next(q for q in x.quotes if q.cue == "according")
    speaker = x.actor(quote.speaker or "")
    assert speaker is not None and "statement" not in speaker.name
    assert all("statement" not in a.name for a in x.actors)


def test_no_group_claiming_responsibility_is_no_ones_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A roadside bomb killed three soldiers near the border. No group has claimed responsibility "
                       "for the blast.")
    assert not any(q.cue == "claimed" for q in x.quotes)
    assert all(a.name.lower() != "group" for a in x.actors)


def test_who_confirms_an_attack_did_not_carry_it_out(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Militants stormed a police post in the district overnight. Provincial police spokesman "
                       "Omar Haidari confirmed the attack.")
    assert not any("Omar Haidari" in names(x, e.source) for e in x.events)


def test_workers_on_strike_are_the_strikers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Nurses on strike over unpaid wages in Kisumu.")
    strike = next(e for e in x.events if e.type == "PROTEST")
    assert names(x, strike.source) == {"Nurses"}


def test_a_counted_crowd_is_named_without_its_count(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "As many as 2 000 people protested outside the provincial legislature in Polokwane.")
    protest = next(e for e in x.events if e.type == "PROTEST")
    assert names(x, protest.source) == {"people"}


def test_the_soldiers_told_of_again_are_the_same_soldiers(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Niger released 12 Beninese soldiers on Sunday. Niger had accused the soldiers of spying.")
    accused = next(e for e in x.events if e.type == "ACCUSE")
    assert {a.country for a in (x.actor(i) for i in accused.target) if a} == {"BEN"}


def test_talks_between_two_sides_with_no_mediator_are_between_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Talks between Sudan and South Sudan will resume next week in Addis Ababa.")
    talks = next(e for e in x.events if e.type == "CONSULT")
    assert names(x, talks.source) | names(x, talks.target) == {"Sudan", "South Sudan"}
    assert talks.source and talks.target


def test_a_title_never_reaches_back_into_the_paragraph_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A mine wounded four Peruvian soldiers.\n\nBolivian Interior Minister Ana Quispe said the "
                       "border would stay open.")
    minister = next(a for a in x.actors if a.name == "Ana Quispe")
    assert minister.country == "BOL"


def test_a_word_for_an_institution_is_no_town(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The opposition leader made his first appearance in Court on Monday in Kampala.")
    assert [p.name for p in x.places] == ["Kampala"]


def test_the_bay_of_a_place_name_is_not_a_region_called_bay(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Residents protested outside a hotel in Sodwana Bay in northern KwaZulu-Natal.")
    assert all(p.name != "Bay" for p in x.places)


def test_a_closing_attribution_after_a_casualty_clause_leaves_the_count_to_the_killing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Army jets bombed two villages in the north overnight, killing at least 27 people, including "
                       "eight children, a rights group and local residents said on Tuesday.")
    killing = next(e for e in x.events if e.dead)
    assert killing.dead == 27
    claimant = x.actor(killing.claimed_by or "")
    assert claimant is not None and claimant.name in ("rights group", "local residents")
    assert not any(e.dead == 8 for e in x.events)


def test_a_scene_set_after_the_attribution_is_the_narrators(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Jets struck the town, killing four people, residents said on Monday, as a United Nations "
                       "envoy arrived in the capital to press for talks.")
    pressed = next(e for e in x.events if e.type == "REQUEST")
    assert pressed.claimed_by is None


def test_a_headline_without_a_full_stop_ends_at_the_blank_line(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile frees 12 Peruvian fishermen in swap with Peru\n\nSANTIAGO, Dec 20 (Reuters) - Chile "
                       "released 12 Peruvian fishermen on Wednesday, officials said.")
    assert all("SANTIAGO" not in e.evidence.text for e in x.events)


def test_a_dated_dateline_still_names_the_home_of_a_bare_president(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SANTIAGO, Dec 20 (Reuters) - President Ana Rojas said on Wednesday that Chile would free "
                       "the fishermen held since June. Peru welcomed the decision, and Peruvian officials said "
                       "talks with Chile would continue.")
    president = next(a for a in x.actors if a.name == "Ana Rojas")
    assert president.country == "CHL"


def test_people_wrongfully_detained_are_the_detained(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Individuals wrongfully detained in Iran are finally coming home, the president said.")
    detained = next(e for e in x.events if e.type == "COERCE")
    assert names(x, detained.target) == {"Individuals"}
    assert {a.country for a in x.actors if a.id in detained.source} <= {"IRN"}  # held in Iran: by Iran, if anyone
