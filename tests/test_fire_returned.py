"""Fire exchanged in a clash told in wire shorthand: a unit "came under fire" (shot at by someone the clause
leaves out), troops "returned fire" (at whoever fired first), a suspect "was taken into custody" (arrested).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run

pytestmark = pytest.mark.slow


def test_fire_returned_is_aimed_at_the_side_that_fired_first(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Uzbek border guards opened fire on a Tajik patrol near the canal on Monday. The Tajik "
                       "soldiers returned fire.")
    returned = next(e for e in x.events if e.trigger == "returned")
    assert returned.type == "ASSAULT"
    assert countries(x, returned.source) == {"TJK"} and countries(x, returned.target) == {"UZB"}


def test_fire_returned_at_home_is_aimed_at_the_gunmen_who_fired_first(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen attacked a police post in Tumbes on Sunday night. The officers returned fire.")
    returned = next(e for e in x.events if e.trigger == "returned")
    assert returned.type == "ASSAULT" and names(x, returned.target) == {"Gunmen"}


def test_a_unit_that_came_under_fire_was_shot_at(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A Chilean army patrol came under fire near the border on Tuesday night.")
    fired_on = [e for e in x.events if e.type == "ASSAULT"]
    assert len(fired_on) == 1 and countries(x, fired_on[0].target) == {"CHL"}
    assert names(x, fired_on[0].source) <= {"unnamed perpetrators"}  # (the clause names no one)


def test_a_house_fire_is_no_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A fire destroyed three houses in the Chilean town of Temuco on Tuesday, firefighters said.")
    assert not any(e.type == "ASSAULT" for e in x.events)


def test_a_suspect_taken_into_custody_was_arrested(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Croatian police raided a flat in Rijeka on Friday. A Serbian citizen was taken into "
                       "custody in Zagreb.")
    taken = next(e for e in x.events if e.trigger == "taken")
    assert taken.type == "COERCE" and countries(x, taken.target) == {"SRB"}
