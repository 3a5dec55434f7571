"""ACLED's fatalities figure: stated deaths, and ACLED's numbers for reports that give none."""

from __future__ import annotations

from sitrep.mapping.acled_fatalities import acled_fatalities, vague_deaths
from sitrep.model import Document, Event, Evidence, Extraction, Quantity


def report(text: str, dead: int | None = None, *, vague: bool = False) -> Extraction:
    events = []
    quantities = []
    if dead is not None:
        quantities.append(Quantity(id="q1", value=dead, unit="people", what="killed", start=0, end=1,
                                   approximate=vague))
        events.append(Event(id="e1", type="ASSAULT", evidence=Evidence(text, 0, len(text)), dead=dead,
                            quantities=["q1"]))
    return Extraction(document=Document(text=text), events=events, quantities=quantities)


def test_stated_deaths_are_the_fatalities() -> None:
    assert acled_fatalities(report("Gunmen killed four farmers near the river.", 4)) == 4


def test_no_deaths_are_no_fatalities() -> None:
    assert acled_fatalities(report("Protesters marched through the capital.")) == 0


def test_deaths_without_a_number_follow_the_codebook_of_the_schema() -> None:
    text = "Troops raided the camp, killing several militants."
    assert acled_fatalities(report(text, 3, vague=True), "current") == 3
    assert acled_fatalities(report(text, 3, vague=True), "2016") == 10


def test_a_vague_figure_adds_to_a_stated_one() -> None:
    text = "One soldier was killed. Several dead were seen on the attackers' side."
    assert acled_fatalities(report(text, 1), "current") == 4


def test_dozens_and_hundreds_have_fixed_numbers() -> None:
    assert vague_deaths("Dozens dead after the market bombing.") == 12
    assert vague_deaths("Hundreds of people were killed in the offensive.") == 100


def test_a_vague_number_of_killers_is_not_a_vague_number_of_dead() -> None:
    assert vague_deaths("A number of villagers killed a suspected thief.") is None
    assert vague_deaths("Several gunmen killed two guards.") is None


def test_vague_wounded_are_not_dead() -> None:
    assert vague_deaths("The blast left several people wounded.") is None


def test_deaths_reported_without_a_figure_in_newsroom_shorthand() -> None:
    assert vague_deaths("Casualties reported, numbers not known.", "2016") == 10
    assert vague_deaths("The shelling caused casualties of unknown number.") == 3
    assert vague_deaths("The gunmen stormed the bus and killed all those on board.") == 3
    assert vague_deaths('The raid killed "rebels and villagers."') == 3


def test_an_approximate_figure_is_not_a_vague_amount() -> None:
    assert vague_deaths("Some 21 people were reportedly killed in the clashes.") is None
