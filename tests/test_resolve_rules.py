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
