"""Charges told in the passive: "the skipper was charged with fishing without a licence" names no one laying
the charge; it is the court, prosecutor or police told nearby, else the state the report is filed from,
never those charged. "Neither has been charged" tells no charge at all.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run

pytestmark = pytest.mark.slow


def test_a_charge_in_the_passive_is_laid_by_the_police_told_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NASSAU, Bahamas (Reuters) - Police detained two men after the sloop sank. The skipper was "
                       "charged with manslaughter on Tuesday, a court official said.")
    charged = next(e for e in x.events if e.trigger == "charged")
    assert charged.type == "ACCUSE"
    assert any("police" in n.lower() for n in names(x, charged.source))
    assert not set(charged.source) & set(charged.target)


def test_foreigners_charged_are_charged_by_the_state_the_report_is_filed_from(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HALIFAX, Canada (Reuters) - Canadian fisheries officers boarded an American lobster boat off "
                       "Grand Manan on Monday. The captain was charged with fishing without a Canadian licence during "
                       "a seasonal closure, Canada's fisheries department said.")
    charged = next(e for e in x.events if e.trigger == "charged")
    assert countries(x, charged.source) == {"CAN"}


def test_neither_charged_is_no_charge(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NASSAU, Bahamas (Reuters) - Police detained two men after the sloop sank. Neither has been "
                       "charged, and their names were not released.")
    assert not any(e.trigger == "charged" for e in x.events)


def test_detainees_who_will_be_charged_are_held_for_prosecution_as_well_as_accused(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police in Tarawa detained 14 men after a crowd set fire to a government office. Police "
                       "Commissioner John Teb said the 14 detainees would be charged with unlawful assembly.")
    read = {e.type for e in x.events if e.trigger == "charged"}
    assert read == {"ACCUSE", "COERCE"}


def test_a_warning_that_anyone_will_be_charged_holds_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police Commissioner John Teb warned that anyone blocking roads in Tarawa would be charged "
                       "with obstruction.")
    assert not [e for e in x.events if e.trigger == "charged" and e.type == "COERCE"]
