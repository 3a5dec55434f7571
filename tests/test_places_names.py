"""Place spans NER cut short grow to the whole name the gazetteer knows."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from sitrep.gazetteer import Gazetteer
from sitrep.nlp.places import _completed
from test_gazetteer import build_tiny_index


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer.open(build_tiny_index(Path(tmp_path_factory.mktemp("names"))))


def _grow(gaz: Gazetteer, text: str, start: int, end: int) -> list[str]:
    doc = spacy.blank("en")(text)
    return [span.text for span in _completed([Span(doc, start, end, label="GPE")], 0, gaz)]


def test_places_a_country_name_cut_before_of_the_is_the_whole_name(gaz: Gazetteer) -> None:
    text = "Aid reached the Democratic Republic of the Congo on Monday."
    assert _grow(gaz, text, 3, 5) == ["Democratic Republic of the Congo"]


def test_places_a_whole_name_stays_as_it_is(gaz: Gazetteer) -> None:
    assert _grow(gaz, "Minsk Police said the road was closed.", 0, 1) == ["Minsk"]


def test_places_a_generic_word_opening_an_office_is_not_grown_into(gaz: Gazetteer) -> None:
    assert _grow(gaz, "Paris City Council met on Monday.", 0, 1) == ["Paris"]


def test_places_a_name_opened_by_the_grows_past_it(gaz: Gazetteer) -> None:
    text = "Cases rose in the Democratic Republic of the Congo on Monday."
    assert _grow(gaz, text, 3, 8) == ["Democratic Republic of the Congo"]


def test_places_city_of_a_town_is_not_grown_into_a_county(gaz: Gazetteer) -> None:
    assert _grow(gaz, "Tools were taken from the City of Springfield depot.", 5, 7) == ["City of"]
