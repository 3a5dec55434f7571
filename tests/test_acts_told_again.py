"""An attack or an arrest named again by a definite noun inside another act ("arrested two men in
connection with the shooting", "demanded an inquiry into the detentions") is the act told before,
coded once; and a movement named in capitals ("Maoists") is an armed group acting.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import names, run

pytestmark = pytest.mark.slow


def test_a_shooting_named_again_in_an_arrest_is_not_a_second_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ROSARIO, Argentina — Gunmen shot dead a bus driver in Rosario on Sunday. Police arrested "
                       "two men on Monday in connection with the shooting.")
    assert [e.trigger for e in x.events if e.type == "ASSAULT"] == ["shot"]
    assert [e for e in x.events if e.type == "COERCE" and e.trigger == "arrested"]


def test_detentions_named_again_in_a_demand_are_not_new_detentions(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MASERU — Police detained 14 garment workers at a factory gate on Tuesday. On Wednesday "
                       "the union demanded the release of the men and an inquiry into the detentions.")
    assert [e.trigger for e in x.events if e.type == "COERCE"] == ["detained"]


def test_a_movement_named_in_capitals_is_the_group_that_attacked(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "RAIPUR, India — In one of the deadliest attacks of the conflict, Maoists killed 76 "
                       "policemen in an ambush in 2010.")
    killed = [e for e in x.events if e.type == "ASSAULT" and e.trigger == "killed"]
    assert killed and names(x, killed[0].source) == {"Maoists"}
