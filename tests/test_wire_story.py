"""A wire story of the kind a monitoring desk reads, written for this test: dateline, attack claimed
by a government, a vow of retaliation, shelling with casualties, talks and aid."""

from __future__ import annotations

import pytest

from sitrep.model import Document, Extraction

pytestmark = pytest.mark.slow

STORY = (
    "Drones hit power plant as talks stall\n\n"
    "MARIBOR, Slovenia — Drones launched by the separatist Northern Front struck a power plant and a fuel depot "
    "in Maribor overnight, cutting electricity to about 80,000 households, the army-backed government said on "
    "Tuesday.\n\n"
    "Interior Minister Petra Novak said the attack was \"an act of terror\" and vowed that the armed forces "
    "would respond. The Northern Front did not immediately comment on the strikes, which could not be "
    "independently verified.\n\n"
    "Austria and Hungary have hosted several rounds of negotiations since 2023. Rebels launched a wave of "
    "strikes on Ljubljana last month.\n"
)


def extract(extractor, text: str, published: str = "2025-05-06") -> Extraction:  # type: ignore[no-untyped-def]
    return extractor.extract(Document(text=text, published=published))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def story(extractor, tmp_path_factory) -> Extraction:  # type: ignore[no-untyped-def]
    from sitrep.sources.load import document_from_path

    path = tmp_path_factory.mktemp("wire") / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    doc = document_from_path(path)
    doc = Document(text=doc.text, title=doc.title, dateline=doc.dateline, published="2025-05-06")
    return extractor.extract(doc)  # type: ignore[no-any-return]


def test_the_dateline_is_neither_actor_nor_evidence(story: Extraction) -> None:
    assert not any(a.name.isupper() for a in story.actors)
    for e in story.events:
        assert not e.evidence.text.startswith("MARIBOR"), e.evidence.text
    for q in story.quotes:
        assert not q.text.startswith("MARIBOR"), q.text


def test_drones_launched_by_a_group_are_its_attack(story: Extraction) -> None:
    names = {a.id: a.name for a in story.actors}
    strike = next(e for e in story.events if e.trigger == "struck")
    assert [names[s] for s in strike.source] == ["Northern Front"]


def test_a_vow_to_respond_is_aimed_at_the_attacker(story: Extraction) -> None:
    names = {a.id: a.name for a in story.actors}
    vow = next(e for e in story.events if e.type == "THREATEN")
    assert [names[t] for t in vow.target] == ["Northern Front"]


def test_an_attack_mentioned_again_is_no_new_event(story: Extraction) -> None:
    assert [e.trigger for e in story.events if e.type == "ASSAULT" and e.trigger in ("attack", "strikes")] == [
        "strikes"]  # only the wave of strikes on the capital, told in its own sentence
    assert not any(e.type == "SUPPORT" for e in story.events)  # "army-backed" describes the government


def test_rounds_of_negotiations_are_the_hosting_event(story: Extraction) -> None:
    assert len([e for e in story.events if e.type == "CONSULT"]) == 1


def test_strikes_on_a_capital_hit_its_country(story: Extraction) -> None:
    names = {a.id: (a.name, a.country) for a in story.actors}
    wave = next(e for e in story.events if e.trigger == "strikes")
    assert any(names[t][1] == "SVN" for t in wave.target)


TALKS = (
    "GENEVA — Armenian and Azerbaijani negotiators met in Geneva on Thursday for a second day of talks on a "
    "trade treaty, even as both governments accused each other of blocking border crossings overnight.\n\n"
    "\"Both sides must refrain from any step that could undermine the talks,\" EU envoy Lena Brandt wrote on X.\n"
)


@pytest.fixture(scope="module")
def talks(extractor) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(extractor, TALKS, "2025-11-14")


def test_one_meeting_for_a_day_of_talks(talks: Extraction) -> None:
    assert len([e for e in talks.events if e.type == "CONSULT"]) == 1


def test_demonyms_and_platforms_are_no_actors(talks: Extraction) -> None:
    assert not any(a.kind == "person" and a.name in ("Armenian", "Azerbaijani") for a in talks.actors)
    assert not any(a.name.strip(".") == "X" for a in talks.actors)


def test_an_envoy_of_a_union_takes_no_country_from_the_story(talks: Extraction) -> None:
    envoy = next(a for a in talks.actors if a.name == "Lena Brandt")
    assert envoy.country is None


def test_even_as_sets_two_events_side_by_side_not_a_quote(talks: Extraction) -> None:
    assert not any("negotiators met" in q.text for q in talks.quotes)


PROTEST = (
    "LUSAKA, Zambia (Reuters) - Zambian police fired tear gas and water cannon at thousands of protesters in "
    "Lusaka on Tuesday as demonstrations against a fuel price rise spread to five towns, witnesses said.\n\n"
    "The Home Affairs Ministry said 90 people had been arrested and 11 police officers injured.\n\n"
    "\"We will not allow anyone to destroy property,\" the minister told reporters. Opposition leader Mary "
    "Banda called for a national strike on Friday.\n\n"
    "The protests are the largest since 2021."
)


@pytest.fixture(scope="module")
def protest(extractor) -> Extraction:  # type: ignore[no-untyped-def]
    return extract(extractor, PROTEST, "2025-07-08")


def test_tear_gas_fired_is_one_crowd_control_assault(protest: Extraction) -> None:
    assert len([e for e in protest.events if e.type == "ASSAULT" and e.mode == "crowd-control"]) == 1
    assert not any(e.mode == "disperse" for e in protest.events)


def test_officers_injured_in_a_shortened_passive_are_its_victims(protest: Extraction) -> None:
    hurt = next(e for e in protest.events if e.injured == 11)
    officers = {a.id for a in protest.actors if "officers" in a.name}
    assert officers & set(hurt.target) and not officers & set(hurt.source)


def test_what_will_not_be_allowed_is_no_event_and_mentions_are_no_new_protest(protest: Extraction) -> None:
    assert not any(e.type == "ASSAULT" and e.mode == "property" for e in protest.events)
    # (the demonstrations told once, and the strike the opposition leader called, a protest of its own)
    assert sorted(e.trigger for e in protest.events if e.type == "PROTEST") == ["called", "demonstrations"]


def test_home_bodies_and_opposition_leaders_take_the_story_country(protest: Extraction) -> None:
    ministry = next(a for a in protest.actors if a.name == "Zambian Home Affairs Ministry")
    banda = next(a for a in protest.actors if a.name == "Mary Banda")
    assert ministry.country == "ZMB" and banda.country == "ZMB" and banda.sector == "OPP"


def test_an_acronym_after_the_full_name_is_the_same_body(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract(extractor, "Fighters of the Rapid Support Forces shelled the town. The RSF denied the attack.")
    assert not any(a.name == "RSF" for a in x.actors)
    assert any("RSF" in a.aliases for a in x.actors)


def test_a_civil_war_vow_of_retaliation_targets_the_reported_attacker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract(extractor, "Drones launched by the Rapid Support Forces struck a depot in Kassala overnight, the "
                           "government said. The information minister vowed that the armed forces would respond.")
    names = {a.id: a.name for a in x.actors}
    vow = next(e for e in x.events if e.type == "THREATEN")
    assert [names[t] for t in vow.target] == ["Rapid Support Forces"]


def test_an_offer_made_on_someones_doing_is_aimed_at_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extract(extractor, "\"We are ready to sign an agreement next week if Pristina withdraws its special police "
                           "units,\" the Serbian prime minister told reporters.", "2025-01-17")
    offer = next(e for e in x.events if e.type == "AGREE")
    assert {a.country for a in x.actors if a.id in offer.target} == {"XKX"}
