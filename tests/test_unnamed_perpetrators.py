"""Attacks the report never attributes: "nine civilians were killed when an air strike hit a market" names
no attacker, and no rule finds one in the story. The record keeps the attack with "unnamed perpetrators" of
the country where it happened (ACLED's "unidentified armed group"), so that the event says at least where
its author operated; a named attacker is never replaced.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run
from sitrep.mapping.acled import actor_role
from sitrep.model import UNNAMED_PERPETRATORS

pytestmark = pytest.mark.slow


def test_an_attack_no_one_is_named_for_is_by_unnamed_perpetrators_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "GAO, Mali (Reuters) - Nine civilians were killed on Saturday when an air strike hit a "
                       "market in the town of Ansongo, local officials said. Niger's army said it had sent troops "
                       "to the border.")
    killed = next(e for e in x.events if e.trigger == "killed")
    assert killed.type == "ASSAULT"
    assert names(x, killed.source) == {UNNAMED_PERPETRATORS} and countries(x, killed.source) == {"MLI"}
    assert "MLI" in countries(x, killed.target)


def test_a_named_attacker_keeps_the_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ABUJA, Nigeria (AP) - Bandits attacked a village in Zamfara state on Monday, killing 12 "
                       "farmers, a police spokesman said.")
    attacked = next(e for e in x.events if e.trigger == "attacked")
    assert names(x, attacked.source) == {"Bandits"}
    assert not any(UNNAMED_PERPETRATORS in names(x, e.source) for e in x.events)


def test_unnamed_perpetrators_accuse_no_one_and_tell_acled_nothing_about_who(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BAMAKO, Mali (Reuters) - Three soldiers were shot dead at a checkpoint near Segou on "
                       "Tuesday. \"This was a cowardly act,\" army spokesman Souleymane Diarra told reporters.")
    perpetrators = [a for a in x.actors if a.name == UNNAMED_PERPETRATORS]
    assert perpetrators and {a.country for a in perpetrators} == {"MLI"}
    assert not any(e.type == "ACCUSE" and set(e.target) & {a.id for a in perpetrators} for e in x.events)
    assert actor_role(perpetrators[0]) == "unknown"
