"""Unions, federations and armed groups: a workers' or growers' federation, like an armed group, is a body
of the country the report is about, unless a demonym before its members names another; and a federation
can answer an accusation.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_a_growers_federation_is_a_home_body_that_rejects_an_accusation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "QUITO — Ecuador's government accused banana growers of hiding smuggled fuel. The "
                       "growers' federation rejected the accusation on Tuesday.")
    federation = next(a for a in x.actors if "federation" in a.name)
    assert federation.country == "ECU" and federation.kind == "organization"
    assert any(e.type == "REJECT" and countries(x, e.source) == {"ECU"} for e in x.events)


def test_a_demonym_before_a_unions_members_names_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA — Peru and Chile agreed to reopen the border crossing on Monday. The Chilean "
                       "dockers' union welcomed the deal, and the Peruvian bus drivers' federation said it "
                       "would end its blockade.")
    by_name = {a.name: a.country for a in x.actors}
    assert by_name.get("Chilean dockers' union") == "CHL"
    assert by_name.get("Peruvian bus drivers' federation") == "PER"


def test_an_armed_group_named_without_a_country_is_of_the_country_the_report_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TRIPOLI — Gunmen stormed a prison in Sabha on Tuesday, killing five guards, Libya's "
                       "interior ministry said. Islamic State claimed the attack in a statement.")
    group = next(a for a in x.actors if a.name == "Islamic State")
    assert group.country == "LBY"
