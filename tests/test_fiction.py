"""Plots of films, novels and series code no events; real events in the same story stay.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from sitrep.model import Document, Extraction

pytestmark = pytest.mark.slow


def run(extractor, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    return extractor.extract(Document(text=text, published="2005-03-14"))  # type: ignore[no-any-return]


def triggers(x: Extraction, kind: str = "ASSAULT") -> list[str | None]:
    return [e.trigger for e in x.events if e.type == kind]


def test_what_a_film_follows_or_tells_happened_to_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The film follows a hitman who kills his boss and flees to Spain. "
                       "The novel tells the story of a soldier who shoots his commander.")
    assert not x.events
    assert not [q for q in x.quantities if q.unit in ("boss", "commander")] or not any(
        e.dead for e in x.events)


def test_a_scene_set_in_a_work_is_no_event(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "In the novel, soldiers storm the village and burn the church. "
                       "The series centres on a family whose son is kidnapped by a gang.")
    assert not x.events


def test_the_parts_actors_play_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Smith plays a detective who shoots a gang leader. "
                       "Jones stars as a spy who assassinates a general. His character is stabbed in the last episode.")
    assert not triggers(x)


def test_a_plot_runs_on_in_the_present_tense(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The book tells the story of Tomas, a young fisherman. After his father is killed he "
                       "joins a band of smugglers. The author is currently writing a sequel.")
    assert not triggers(x)


def test_real_events_around_a_plot_stay(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The film follows a hitman who kills his boss. Police arrested the actor in London on "
                       "Tuesday. Gunmen attacked a cinema in Lagos, killing three people.")
    assert "attacked" in triggers(x)
    assert "arrested" in triggers(x, "COERCE")
    arrest = next(e for e in x.events if e.trigger == "arrested")
    assert not arrest.dead  # the plot's killing is no one's casualty
    attack = next(e for e in x.events if e.trigger == "attacked")
    assert attack.dead == 3


def test_news_words_that_look_like_plots_stay_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A plot to kill the president was foiled on Monday, police said. "
                       "Rebels killed five soldiers in a series of attacks on Sunday. "
                       "The hostage drama ended when police stormed the plane.")
    assert "killed" in triggers(x)
    assert "stormed" in triggers(x)


def test_a_true_story_told_in_the_past_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Survivors told the story of how militiamen attacked the village in March.")
    assert "attacked" in triggers(x)


def test_a_title_named_a_novel_in_apposition_sets_out_a_plot(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Blue Harbour, her third novel, is set in Lisbon and centres on two sisters. One is a "
                       "nurse who shoots a smuggler in the docks.")
    assert not triggers(x)


def test_a_show_that_told_a_story_and_a_character_killed_off(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The show, which told the story of a farmer who murdered his brother, ran until 1990. "
                       "Millions watched as the landlord was killed off on Friday.")
    assert not triggers(x)


def test_a_camera_shooting_harms_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Most of the footage was shot in Morocco. Fewer films were shot in Britain last year. "
                       "The shooting of the sequel will begin in April. A guard was shot outside the studio.")
    assert triggers(x) == ["shot"]
    assert next(e for e in x.events if e.type == "ASSAULT").evidence.text.startswith("A guard was shot")
