"""Lists of places name places of one kind; a country after a country is a list, not a qualifier."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Span

from sitrep.gazetteer import Candidate
from sitrep.nlp.places import _listed_kinds, _lists, _Mention, _peer_of


def _state(gid: int, name: str, population: int = 3_000_000) -> Candidate:
    return Candidate(geonameid=gid, name=name, country="USA", admin1=name, lat=40.0, lon=-100.0,
                     feature="region", population=population, code="ADM1")


def _town(gid: int, name: str, admin1: str, population: int, country: str = "USA") -> Candidate:
    return Candidate(geonameid=gid, name=name, country=country, admin1=admin1, lat=41.0, lon=-84.0,
                     feature="city", population=population, code="PPL")


def _country(gid: int, name: str, iso3: str, population: int = 50_000_000) -> Candidate:
    return Candidate(geonameid=gid, name=name, country=iso3, admin1=None, lat=10.0, lon=10.0,
                     feature="country", population=population, code="PCLI")


def _mentions(text: str, spans: list[tuple[int, int, list[Candidate]]]) -> list[_Mention]:
    doc = spacy.blank("en")(text)
    return [_Mention(span=Span(doc, start, end), prefer_region=False, candidates=list(cands))
            for start, end, cands in spans]


def _doc_of(mentions: list[_Mention]) -> Any:
    return mentions[0].span.doc


def test_lists_join_places_by_commas_and_conjunctions() -> None:
    mentions = _mentions("Norvale, Tamsin and Corby met in Dunmore.",
                         [(0, 1, []), (2, 3, []), (4, 5, []), (8, 9, [])])
    runs = _lists(_doc_of(mentions), mentions)
    assert [len(run) for run in runs] == [3, 1]


def test_listed_kinds_a_town_named_like_a_state_listed_with_states_is_the_state() -> None:
    # "Montana and Wyoming": the Ohio town outnumbers nothing here, but a town reading would win
    # once the document names Ohio; the list settles it as the state.
    wyoming_state = _state(1, "Wyoming", population=500_000)
    wyoming_town = _town(2, "Wyoming", "Ohio", 600_000)
    mentions = _mentions("Montana and Wyoming", [(0, 1, [_state(3, "Montana")]),
                                                 (2, 3, [wyoming_town, wyoming_state])])
    _listed_kinds(_doc_of(mentions), mentions)
    assert mentions[1].candidates == [wyoming_state]


def test_listed_kinds_a_country_among_another_countrys_states_stays_a_country() -> None:
    # "Texas and Mexico": the Mexican state called Mexico lies in no country of the listed states
    mexico = _country(1, "Mexico", "MEX")
    mexico_state = Candidate(geonameid=2, name="Mexico", country="MEX", admin1="Mexico", lat=19.0,
                             lon=-99.0, feature="region", population=16_000_000, code="ADM1")
    mentions = _mentions("Texas and Mexico", [(0, 1, [_state(3, "Texas")]), (2, 3, [mexico, mexico_state])])
    _listed_kinds(_doc_of(mentions), mentions)
    assert mentions[1].candidates == [mexico, mexico_state]


def test_listed_kinds_a_town_and_its_state_are_no_list() -> None:
    city = Candidate(geonameid=1, name="Washington", country="USA", admin1="District of Columbia", lat=38.9,
                     lon=-77.0, feature="city", population=700_000, is_capital=True, code="PPLC")
    state = _state(2, "Washington", population=7_000_000)
    district = _state(3, "District of Columbia", population=700_000)
    mentions = _mentions("Texas and Washington , D.C.", [(0, 1, [_state(4, "Texas")]),
                                                         (2, 3, [city, state]), (4, 5, [district])])
    _listed_kinds(_doc_of(mentions), mentions)
    assert mentions[1].candidates == [city, state]


def test_peer_of_a_country_followed_by_a_country_is_a_list() -> None:
    china = _country(1, "China", "CHN", 1_400_000_000)
    town = _town(2, "China", "Kagoshima", 6_000, country="JPN")
    mentions = _mentions("China , Japan", [(0, 1, [china, town])])
    assert _peer_of(mentions[0], _country(3, "Japan", "JPN"), list_length=2)


def test_peer_of_a_town_followed_by_its_state_is_a_qualifier() -> None:
    town = _town(1, "Lebanon", "Pennsylvania", 25_000)
    mentions = _mentions("Lebanon , Pennsylvania", [(0, 1, [_country(2, "Lebanon", "LBN"), town])])
    assert not _peer_of(mentions[0], _state(3, "Pennsylvania"), list_length=2)


def test_bracketed_aside_is_no_region_the_place_lies_in() -> None:
    from sitrep.nlp.places import _bracketed_regions

    africa = Candidate(geonameid=1, name="Africa", country=None, admin1=None, lat=7.0, lon=21.0,
                       feature="other", population=1_000_000_000, code="CONT")
    mentions = _mentions("across Africa ( including neighbouring Egypt ) this year",
                         [(1, 2, [africa]), (5, 6, [_country(2, "Egypt", "EGY")])])
    assert list(_bracketed_regions(_doc_of(mentions), mentions)) == []
    placed = _mentions("in Sori ( Alibori ) this year", [(1, 2, []), (3, 4, [])])
    assert [(a.span.text, b.span.text) for a, b in _bracketed_regions(_doc_of(placed), placed)] == [("Sori", "Alibori")]
