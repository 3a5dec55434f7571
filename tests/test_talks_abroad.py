"""Talks held abroad between a government and its rebels: who meets whom, and whose forces the report means.

Sentences written for these tests. A report filed from the venue of the talks ("GENEVA -") about one
country's war names that country's army and rebels without qualifying them, and the venue's country is
where the talks sit, not whom they are aimed at.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow

TALKS = ("LUSAKA, Zambia — Angola's government and the rebel Cabinda Freedom Front agreed on Friday to set up "
         "a joint committee to monitor a truce in Cabinda province, at the end of a second round of talks in "
         "Lusaka, mediators said. Angola's defence ministry said the army had repelled an assault on a post near "
         "Buco-Zau. Front fighters ambushed a truck carrying soldiers near Landana on Tuesday, Angolan state "
         "radio said from Luanda. Residents of Cabinda city said shops were shut. The delegations will return "
         "to Lusaka next month.")


def test_the_army_of_a_report_filed_from_talks_abroad_is_the_warring_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, TALKS)
    army = next(a for a in x.actors if a.name.lower().endswith("army"))
    assert army.country == "AGO"


def test_a_rebel_front_named_as_rebel_is_an_insurgent_of_the_warring_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, TALKS)
    front = next(a for a in x.actors if a.name == "Cabinda Freedom Front")
    assert front.sector == "REB" and front.country == "AGO"


def test_a_government_and_its_rebels_agree_with_each_other_not_with_the_venue(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, TALKS)
    agreed = next(e for e in x.events if e.type == "AGREE" and e.evidence.text.startswith("Angola's government"))
    assert countries(x, agreed.target) == {"AGO"}
    assert "ZMB" not in countries(x, agreed.source) | countries(x, agreed.target)


def test_a_demonym_describing_the_venue_is_no_party_to_the_agreement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kenya and Somalia agreed to reopen their border at the end of talks in Djibouti on "
                       "Monday.")
    agreed = next(e for e in x.events if e.type == "AGREE")
    assert "DJI" not in countries(x, agreed.target)


def test_talks_named_as_the_occasion_of_an_agreement_took_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, TALKS)
    assert not any(e.type == "AGREE" and e.status == "planned" for e in x.events)


def test_an_act_set_aside_for_another_did_not_happen(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "\"Both sides have chosen to talk rather than to shoot,\" the Norwegian envoy said. "
                       "Police negotiated with the crowd instead of arresting them.")
    assert not any(e.type in ("ASSAULT", "COERCE") for e in x.events)
