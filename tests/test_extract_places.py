"""Places the gazetteer lacks take the coordinates of the place the text says encloses them."""

from __future__ import annotations

import pytest

from sitrep.nlp.extensions import Toponym
from sitrep.nlp.extract import _enclosing_places

TEXT = "Gunmen attacked Kawuri (Konduga, Borno) and Dalwa on Sunday."


def _top(name: str, lat: float | None) -> Toponym:
    start = TEXT.index(name)
    return Toponym(start, start + len(name), name, name, "NGA" if lat else None, None, lat,
                   13.0 if lat else None, "city" if lat else "other", 1 if lat else None)


def test_unknown_village_is_located_by_the_first_known_place_in_its_parenthesis() -> None:
    village, district, state = _top("Kawuri", None), _top("Konduga", 11.65), _top("Borno", 11.5)
    found = _enclosing_places(TEXT, [village, district, state])
    assert found[id(village)] is district


def test_unknown_place_without_a_parenthesis_stays_unlocated() -> None:
    other = _top("Dalwa", None)
    assert _enclosing_places(TEXT, [other, _top("Konduga", 11.65)]) == {}


@pytest.mark.slow
def test_the_town_a_person_comes_from_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    x = extractor.extract(Document(text="Investigators said the diplomats had paid a 44-year-old man from "
                                        "Daugavpils to photograph an army base.", published="2028-03-01"))
    assert any(p.name == "Daugavpils" and p.country == "LVA" for p in x.places)


@pytest.mark.slow
def test_a_bare_dateline_town_is_read_with_the_countries_the_story_names(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.sources.load import document_from_text

    doc = document_from_text("Colon (AFP) — Panamanian riot police cleared dockworkers from the terminal in Colon. "
                             "The Panama Canal authority in Panama City said ships were waiting in Panama.",
                             name="wire.txt", published="2028-05-02")
    x = extractor.extract(doc)
    assert {p.country for p in x.places if p.name == "Colon"} == {"PAN"}
