"""Resolution refuses far-fetched namesakes rather than placing a name on the wrong continent."""

from __future__ import annotations

from sitrep.gazetteer.candidate import Candidate, ResolutionContext
from sitrep.gazetteer.resolve import best, far_fetched

LYON = Candidate(1, "Lyon", "FRA", "Auvergne-Rhone-Alpes", 45.75, 4.85, "city", 500_000)
HAMLET_ABROAD = Candidate(2, "Brindle", "AUS", "Queensland", -27.0, 152.0, "city", 150)
TOWN_NEARBY = Candidate(3, "Brindle", "FRA", "Auvergne-Rhone-Alpes", 45.9, 4.7, "city", 900)
CONTEXT = ResolutionContext(countries={"FRA": 5.0}, anchors=(LYON,))


def test_resolve_rejects_an_obscure_namesake_far_from_the_story() -> None:
    assert far_fetched(HAMLET_ABROAD, CONTEXT)
    assert best([HAMLET_ABROAD], CONTEXT) is None


def test_resolve_keeps_a_small_place_near_the_story() -> None:
    assert not far_fetched(TOWN_NEARBY, CONTEXT)
    assert best([HAMLET_ABROAD, TOWN_NEARBY], CONTEXT) == TOWN_NEARBY


def test_resolve_keeps_a_namesake_when_the_story_names_its_country() -> None:
    context = ResolutionContext(countries={"FRA": 5.0, "AUS": 1.0}, anchors=(LYON,))
    assert not far_fetched(HAMLET_ABROAD, context)


def _region_and_seat(region_population: int) -> tuple[Candidate, Candidate]:
    region = Candidate(-10, "Norvale", "CAN", "Norvale", 50.0, -80.0, "region", region_population, code="ADM1")
    seat = Candidate(11, "Norvale", "CAN", "Norvale", 47.0, -71.0, "city", 300_000, code="PPL")
    return region, seat


def test_resolve_bare_name_of_a_region_and_its_seat_is_the_seat() -> None:
    region, seat = _region_and_seat(900_000)
    assert best([region, seat], ResolutionContext()) == seat


def test_resolve_region_ten_times_its_seat_keeps_the_bare_name() -> None:
    region, seat = _region_and_seat(8_000_000)
    assert best([region, seat], ResolutionContext()) == region


def test_resolve_support_from_the_document_lifts_a_smaller_namesake() -> None:
    big = Candidate(20, "Oakmere", "USA", "Alpha", 41.0, -72.0, "city", 30_000, code="PPL")
    small = Candidate(21, "Oakmere", "USA", "Beta", 41.0, -91.0, "city", 2_000, code="PPL")
    assert best([big, small], ResolutionContext()) == big
    assert best([big, small], ResolutionContext(support={21: 1.5})) == small


def test_resolve_keeps_a_sea_far_from_the_story() -> None:
    sea = Candidate(9, "Black Sea", None, None, 43.0, 35.0, "other", 0, code="RGN")
    assert not far_fetched(sea, CONTEXT)


def test_resolve_a_sea_is_as_much_at_home_as_the_towns_of_the_storys_country() -> None:
    ocean = Candidate(10, "Pacific Ocean", None, None, 0.0, -160.0, "other", 0, code="RGN")
    town = Candidate(11, "Pacific", "USA", "Missouri", 38.48, -90.74, "city", 7_000, code="PPL")
    context = ResolutionContext(countries={"USA": 3.0, "JPN": 1.0})
    assert best([town, ocean], context) == ocean


def test_resolve_rejects_a_mid_sized_town_abroad_that_the_story_never_nears() -> None:
    # a town of some 30,000 on another continent is likelier a village the index lacks than the place meant
    town_abroad = Candidate(4, "Brindle", "AUS", "Queensland", -27.0, 152.0, "city", 32_000)
    assert far_fetched(town_abroad, CONTEXT)
    city_abroad = Candidate(5, "Brindle", "AUS", "Queensland", -27.0, 152.0, "city", 400_000)
    assert not far_fetched(city_abroad, CONTEXT)


def test_resolve_keeps_a_small_capital_abroad() -> None:
    capital = Candidate(6, "Brindle", "WSM", "Tuamasaga", -13.8, -171.8, "city", 40_000, is_capital=True,
                        code="PPLC")
    assert not far_fetched(capital, CONTEXT)


WELL_KNOWN = Candidate(20, "Marwick", "CHE", "Vaud", 46.2, 6.1, "city", 200_000)
NAMESAKE = Candidate(21, "Marwick", "USA", "New York", 42.9, -77.0, "city", 15_000)
CAPITAL = Candidate(22, "Washington", "USA", "District of Columbia", 38.9, -77.0, "city", 700_000,
                    is_capital=True, code="PPLC")
OTHER_TOWN = Candidate(23, "Brookfield", "USA", "New York", 42.95, -77.1, "city", 8_000)


def test_resolve_a_small_namesake_wins_no_city_known_abroad_by_its_country_alone() -> None:
    context = ResolutionContext(countries={"USA": 4.0, "CHN": 3.0}, dateline=CAPITAL)
    assert best([WELL_KNOWN, NAMESAKE], context) == WELL_KNOWN


def test_resolve_a_small_namesake_among_the_storys_own_towns_is_the_town() -> None:
    context = ResolutionContext(countries={"USA": 4.0}, anchors=(OTHER_TOWN,))
    assert best([WELL_KNOWN, NAMESAKE], context) == NAMESAKE
