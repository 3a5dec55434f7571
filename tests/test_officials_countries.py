"""An official named with no country takes it from what the report sets around the name: the capital
that opens the sentence ("In Asmara, Information Minister X said"), the state that acted just before
("Rwanda dismissed the accusations. Government spokeswoman X said"), never a place in the next sentence.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow

STORY = ("ADDIS ABABA, Ethiopia (AP) — Ethiopia accused Eritrea on Wednesday of moving thousands of troops to "
         "the border. Government spokesman Legesse Tulu said the deployment was a provocation. In Asmara, "
         "Information Minister Saleh Idris Osman said no Eritrean soldier had moved an inch.")


def _country(x, name: str) -> str | None:  # type: ignore[no-untyped-def]
    return next(a.country for a in x.actors if a.name == name)


def test_a_minister_in_a_sentence_set_in_a_capital_serves_that_capitals_state(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _country(run(extractor, STORY), "Saleh Idris Osman") == "ERI"


def test_a_spokesman_does_not_take_the_country_of_the_next_sentences_scene(extractor) -> None:  # type: ignore[no-untyped-def]
    assert _country(run(extractor, STORY), "Legesse Tulu") == "ETH"


def test_a_government_spokeswoman_speaks_for_the_state_that_acted_just_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BUJUMBURA, Burundi (AP) — Burundi put its army on alert on Monday and accused Rwanda of "
                       "massing troops near the border. Rwanda dismissed the accusations. Government "
                       "spokeswoman Solange Mukamana Gatete said the movements were a routine rotation.")
    assert _country(x, "Solange Mukamana Gatete") == "RWA"


def test_a_demonym_the_parser_took_for_an_object_still_names_the_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KINSHASA, Congo (Reuters) - A Congolese provincial official, Jean-Pierre Mbala, said "
                       "thousands of diamond diggers had been expelled. He accused Angolan forces of confiscating "
                       "money and phones from people before pushing them across the border.")
    accused = next(e for e in x.events if e.trigger == "accused")
    assert countries(x, accused.target) == {"AGO"}
