"""Where a quotation ends and whose it is; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import run
from sitrep.model import Extraction

pytestmark = pytest.mark.slow


def speaker(x: Extraction, quote_start: str) -> str | None:
    quote = next(q for q in x.quotes if q.text.startswith(quote_start))
    actor = x.actor(quote.speaker or "")
    return actor.name if actor else None


def test_narration_between_two_quoted_sentences_ends_the_first(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"They took our land," said Ana Torres, a farmer, as smoke rose over the valley. '
                       '"Now they want our water."')
    texts = [q.text for q in x.quotes if q.direct]
    assert any(t.startswith("They took our land") and "smoke" not in t for t in texts)
    assert speaker(x, "Now they want our water") == "Ana Torres"


def test_a_quote_closing_a_paragraph_is_not_the_next_paragraphs_subjects(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"They took our land," said Ana Torres, a farmer, as smoke rose over the valley. '
                       '"Now they want our water."\n\nThe Federal Water Agency said the dam would open in May.')
    assert speaker(x, "Now they want our water") == "Ana Torres"


def test_gas_drifting_over_a_street_is_no_dispersal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Students marched on the ministry as tear gas drifted across the square.")
    assert not any(e.mode in ("disperse", "crowd-control") for e in x.events)


def test_police_firing_tear_gas_is_a_crowd_control_assault(extractor) -> None:  # type: ignore[no-untyped-def]
    # PLOVER: an explicit crowd-control weapon makes an ASSAULT in the 'crowd-control' mode
    x = run(extractor, "Police fired tear gas at students who marched on the ministry.")
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in x.events)


def test_rights_groups_named_after_a_reporter_are_rights_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Soldiers opened fire on a crowd in the capital, killing four people, a local reporter and "
                       "rights groups said.")
    groups = next(a for a in x.actors if a.name.endswith("groups"))
    assert groups.name == "rights groups" and groups.sector == "NGO"


def test_a_quotation_after_a_gloss_on_its_speaker_goes_on_with_the_statement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"We will reopen the bridge in May," said Ines Dalby, who chairs the harbour board. '
                       '"Nobody should have to wait longer than that."')
    direct = [q for q in x.quotes if q.direct]
    assert len(direct) == 1
    assert "reopen the bridge" in direct[0].text and "wait longer" in direct[0].text
    assert speaker(x, "We will reopen") == "Ines Dalby"


def test_a_quotation_after_narration_of_another_act_stays_apart(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"We will reopen the bridge in May," said Ines Dalby as the crowd left the square. '
                       '"Nobody should have to wait longer than that."')
    texts = [q.text for q in x.quotes if q.direct]
    assert any(t.startswith("We will reopen") and "wait longer" not in t for t in texts)


@pytest.mark.parametrize(("text", "before", "after"), [
    ("Ines Dalby runs the harbour board. Though the ferry was cheap to run, she said, replacing it would cost "
     "the town millions.", "cheap to run", "cost the town millions"),
    ("The difference now, Tomas Reyna told me on Friday, is that the mill pays its workers on time.",
     "The difference now", "pays its workers on time"),
])
def test_an_attribution_between_commas_splits_one_statement(extractor, text: str, before: str,  # type: ignore[no-untyped-def]
                                                             after: str) -> None:
    x = run(extractor, text)
    q = next(q for q in x.quotes if not q.direct and q.cue in ("said", "told"))
    assert before in q.text and after in q.text


def test_a_participle_after_a_comma_aside_is_not_the_statements_rest(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Prices will rise, the minister said, adding that farmers would suffer.")
    q = next(q for q in x.quotes if q.cue == "said")
    assert q.text == "Prices will rise"


def test_a_subject_inside_the_quotation_marks_is_not_the_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"The harbour board is in crisis mode. Full crisis mode," said Tomas Reyna, a spokesman for '
                       'the fishermen.')
    assert speaker(x, "The harbour board is in crisis mode") == "Tomas Reyna"
