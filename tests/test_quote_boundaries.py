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


def test_a_second_speech_act_joined_to_the_reported_clause_is_an_attribution_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mayor Ines Dalby said the ferry would run again in May and warned against new delays "
                       "at the yard.")
    said = next(q for q in x.quotes if q.cue == "said")
    assert said.text == "the ferry would run again in May"
    warned = next(q for q in x.quotes if q.cue == "warned")
    assert "new delays" in warned.text
    assert speaker(x, warned.text) == "Ines Dalby"


def test_a_second_speech_act_speaks_for_the_first_cues_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Even the Harbour Board said it was firmly opposed to the plan and urged the council to "
                       "drop it.")
    urged = next(q for q in x.quotes if q.cue == "urged")
    assert "Harbour Board" in (speaker(x, urged.text) or "")


def test_a_person_quoted_inside_reported_speech_is_no_antecedent_of_he(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Tomas Reyna, the harbour master, said that the dock footage did not give "absolute '
                       'definitive visual evidence that would confirm that a person is pointing a flare gun," but he '
                       'said that the footage and the logs "support what we have heard."')
    q = next(q for q in x.quotes if q.text.startswith("the footage and the logs"))
    assert speaker(x, q.text) == "Tomas Reyna"


def test_a_paragraph_ending_in_a_colon_introduces_the_quotation_below_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Mayor Tomas Reyna spoke to the council on Monday. He said:\n\n'
                       '"We have a port that nobody can use. The boats stay in the yard."\n\nThe council adjourned.')
    q = next(q for q in x.quotes if q.direct)
    assert q.cue == "said" and speaker(x, q.text) == "Tomas Reyna"


def test_a_cue_ending_its_paragraph_with_a_colon_reports_the_next_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Governor Ann Lee answered the critics at length. She added:\n\n"
                       "It is typical of them. They know nothing about the port.\n\nThe session closed at noon.")
    q = next(q for q in x.quotes if q.cue == "added")
    assert q.text == "It is typical of them. They know nothing about the port"
    assert speaker(x, q.text) == "Ann Lee"


def test_a_quoted_label_on_the_object_of_called_is_what_is_said(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'Mayor Tomas Reyna called the ruling "theft" and said the town would appeal.')
    q = next(q for q in x.quotes if q.cue == "called")
    assert "theft" in q.text and speaker(x, q.text) == "Tomas Reyna"


def test_the_day_a_speaker_spoke_on_is_not_what_they_said(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Governor Ann Lee spoke on Monday. She called for calm.")
    assert not any(q.text == "Monday" for q in x.quotes)
