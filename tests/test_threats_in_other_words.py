"""Threats told without "threaten": a closure a minister says his country could make, reprisals a
capital says it would take, and the law that those who riot "will face"; and the same words told of
the past, which threaten nothing.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run

pytestmark = pytest.mark.slow


def test_a_crossing_a_minister_says_could_be_shut_is_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "VILNIUS — Lithuania closed the Belarusian consulate in Klaipeda on Monday. Interior "
                       "Minister Tomas Zemaitis said Lithuania could also shut the Medininkai crossing.")
    threats = [e for e in x.events if e.type == "THREATEN"]
    assert threats and any(countries(x, e.source) == {"LTU"} for e in threats)


def test_a_country_that_shut_a_crossing_restricted_movement(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LILONGWE — Malawi shut the Mwanza crossing for three days on Tuesday.")
    assert any(e.type == "COERCE" and countries(x, e.source) == {"MWI"} for e in x.events)


def test_reprisals_a_capital_says_it_would_take_are_a_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TBILISI — Georgia expelled two Iranian diplomats on Monday. Iran's foreign ministry "
                       "said Tehran would take retaliatory measures against Georgian diplomats.")
    threats = [e for e in x.events if e.type == "THREATEN"]
    assert threats and countries(x, threats[0].source) == {"IRN"} and threats[0].status == "threatened"


def test_reprisals_already_taken_threaten_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BAKU — The defence ministry said its units had taken retaliatory measures after "
                       "shots were fired at a patrol near the border on Sunday.")
    assert not any(e.type == "THREATEN" for e in x.events)


def test_the_law_that_rioters_will_face_is_a_threat_aimed_at_home(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORT VILA — Looters burned shops in the capital overnight. \"Those who burn our "
                       "town will face the full force of the law. There will be no mercy,\" Vanuatu's prime "
                       "minister Joel Tabimasmas said on Monday.")
    threats = [e for e in x.events if e.type == "THREATEN"]
    assert threats and countries(x, threats[0].target) == {"VUT"}


def test_a_penalty_announced_in_the_passive_is_the_speakers_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "RABAT — \"Those responsible will be held accountable, whoever they are,\" Health Minister "
                       "Youssef Bennani said.")
    threat = next(e for e in x.events if e.type == "THREATEN")
    assert threat.status == "threatened" and names(x, threat.source) == {"Youssef Bennani"}


@pytest.mark.parametrize(("text", "etype"), [
    ("NAIROBI — \"We will pursue these killers wherever they hide,\" Interior Minister Peter Kamau said.", "THREATEN"),
    ("MOGADISHU — Somali army commandos pursued the attackers towards the river, the minister said.", "ASSAULT"),
])
def test_pursuing_attackers_is_force_and_vowing_to_is_a_threat(extractor, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, text)
    assert [e.type for e in x.events if e.trigger in ("pursue", "pursued")] == [etype]


def test_pursuing_a_claim_is_no_force(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LA PAZ — Bolivia would pursue its claim through the courts, the minister said.")
    assert not [e for e in x.events if e.type in ("ASSAULT", "THREATEN")]


@pytest.mark.parametrize("said", ["the attackers would be dealt with under Peruvian law",
                                  "Peru reserved the right to take all necessary measures",
                                  "the army would not hesitate to use force against the attackers"])
def test_warnings_of_the_law_and_of_force_are_threats(extractor, said: str) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, f"LIMA (Reuters) - Gunmen killed four police officers near Pichari on Monday. The interior "
                       f"minister said {said}.")
    assert any(e.type == "THREATEN" for e in x.events)


def test_soldiers_who_hesitated_threatened_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA (Reuters) - The soldiers hesitated before entering the village, residents said.")
    assert not any(e.type == "THREATEN" for e in x.events)
