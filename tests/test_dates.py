"""Relative dates anchored to the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import Document
from sitrep.nlp.dates import explicit_spans, resolve

PUBLISHED = date(2024, 5, 14)  # a Tuesday


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("yesterday", False, "2024-05-13"),
    ("last night", False, "2024-05-13"),
    ("on Sunday", False, "2024-05-12"),
    ("Tuesday", False, "2024-05-14"),
    ("on Friday", True, "2024-05-17"),
    ("next week", True, "2024-05-21"),
    ("until January", True, "2025-01-01"),
    ("in March", False, "2024-03-01"),
    ("since the autumn", False, "2023-09-01"),
    ("12 March 2024", False, "2024-03-12"),
    ("March 3", False, "2024-03-03"),
])
def test_dates_resolve_relative_to_publication(text: str, future: bool, expected: str) -> None:
    assert resolve(text, PUBLISHED, future=future)[0] == expected


def test_dates_never_put_a_past_event_after_its_report() -> None:
    iso, _ = resolve("December 20", PUBLISHED, future=False)
    assert iso is not None and iso <= PUBLISHED.isoformat()


def test_dates_without_publication_date_use_explicit_dates_only() -> None:
    assert resolve("yesterday", None)[0] is None
    assert resolve("12 March 2024", None)[0] == "2024-03-12"


@pytest.mark.parametrize(("text", "expected"), [
    ("Around 9 March 2024", "2024-03-09"),
    ("on 2 and 3 May", "2024-05-02"),
    ("over 6-8 May", "2024-05-06"),
    ("on 4/05", "2024-05-04"),
    ("on 11 May evening", "2024-05-11"),
    ("21 April.", "2024-04-21"),
    ("at the weekend", "2024-05-11"),
    ("three days ago", "2024-05-11"),
    ("mid-April", "2024-04-15"),
    ("at the end of May", "2024-05-14"),
])
def test_dates_read_calendar_dates_ranges_and_parts_of_months(text: str, expected: str) -> None:
    assert resolve(text, PUBLISHED)[0] == expected


@pytest.mark.parametrize("text", ["for two days", "a 72 hour strike", "six months", "a second day", "10 years"])
def test_dates_do_not_read_lengths_of_time_as_dates(text: str) -> None:
    assert resolve(text, PUBLISHED)[0] is None


def test_dates_never_invent_a_year_the_text_does_not_state() -> None:
    iso, _ = resolve("on 7 and 8 February", PUBLISHED)
    assert iso == "2024-02-07"


def _dates(extractor, text: str, published: str = "2024-05-14") -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text=text, published=published))
    return {e.trigger: e.date for e in x.events}


def test_event_dates_come_from_the_date_of_their_own_clause(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "On 9 May 2024, gunmen attacked a police post in the town of Kerlin.")
    assert got["attacked"] == "2024-05-09"


def test_event_dates_ignore_dates_that_belong_to_a_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "Hundreds of farmers protested in Kerlin against the results of the March 3 vote.")
    assert got["protested"] == "2024-05-14"


def test_event_dates_ignore_the_day_a_statement_was_made(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "The army said on Monday that its soldiers killed four rebels near Kerlin.",
                 published="2024-05-18")
    assert got["killed"] == "2024-05-18"


def test_event_dates_take_the_date_an_earlier_sentence_set(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("On 2 May 2024, rebels entered the village of Kerlin. "
            "They abducted three teachers and burned the school.")
    got = _dates(extractor, text)
    assert got["abducted"] == "2024-05-02"


def test_event_dates_take_a_date_that_opens_the_note(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "11 May. Gunmen attacked a market in Kerlin, killing two traders.")
    assert got["attacked"] == "2024-05-11"


def test_event_dates_put_overnight_on_the_calendar_day_given(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "On 8 May 2024, overnight, gunmen attacked a police post in Kerlin.")
    assert got["attacked"] == "2024-05-08"


def test_event_dates_skip_lengths_of_time(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "Students boycotted classes for three days at the university in Kerlin.")
    assert got["boycotted"] == "2024-05-14"


def test_event_dates_take_a_bracketed_date_that_opens_the_note(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "[10 May] Gunmen attacked a market in Kerlin and killed two traders.")
    assert got["attacked"] == "2024-05-10"


def test_event_dates_read_a_day_first_numeric_date(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "Soldiers clashed with rebels near Kerlin on 12/05, killing three of them.")
    assert got["clashed"] == "2024-05-12"


def test_event_dates_leave_a_planned_event_without_a_date_undated(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "On 6 May 2024, farmers marched in Kerlin. The minister will meet their leaders.")
    assert got["meet"] is None


def test_event_dates_date_a_threat_by_when_it_was_made(extractor) -> None:  # type: ignore[no-untyped-def]
    got = _dates(extractor, "On 6 May 2024, the rebels said they would attack the army base in Kerlin.")
    assert got["attack"] == "2024-05-06"


def test_dates_do_not_read_a_count_before_a_verb_as_a_day() -> None:
    assert explicit_spans("as many as 20 may have died and 3 march on") == []
    assert explicit_spans("On 20 May, 3 March") == [(3, 9), (11, 18)]
