"""A side's verdict on an act it names ("the expulsion was regrettable"), and the country of an official who
speaks of what a capital did; texts written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run

pytestmark = pytest.mark.slow


def test_a_verdict_on_a_named_expulsion_reproaches_the_expeller(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya expelled Uganda's ambassador on Monday. Uganda's foreign ministry said the "
                       'expulsion was "regrettable and unnecessary".')
    verdict = next(e for e in x.events if e.type == "ACCUSE")
    assert countries(x, verdict.source) == {"UGA"}
    assert names(x, verdict.target) == {"Kenya"}


def test_a_verdict_on_launches_is_aimed_at_who_launched_not_at_who_answered(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SEOUL (Reuters) - North Korea launched two ballistic missiles on Tuesday. South Korea's "
                       "military said it had raised its alert level. Chief Cabinet Secretary Kenji Mori told "
                       'reporters Tokyo had lodged a protest. "These repeated launches are unacceptable," he said.')
    mori = next(a for a in x.actors if a.name == "Kenji Mori")
    assert mori.country == "JPN"  # he speaks of what Tokyo did, whatever the dateline
    verdict = next(e for e in x.events if e.type == "ACCUSE" and "Kenji Mori" in names(x, e.source)
                   and "unacceptable" in (e.evidence.text if e.evidence else ""))
    assert names(x, verdict.target) == {"North Korea"}
