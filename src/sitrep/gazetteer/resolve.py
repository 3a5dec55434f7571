"""Choosing one entry for a name: a transparent additive score.

Each term says one reason a reader would pick a place: it is big, it is a
country or region (names of those are rarely reused for small places), the
document is about its country, it is near the dateline or the places already
placed, it lies in a region the document names, the text said "the X region".
The weights were set by reasoning about those cases and checked on the
development corpora as a whole, never tuned to particular names.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from sitrep.gazetteer.candidate import Candidate, ResolutionContext

#: Prior of each kind of entry, on the same scale as the population term.
KIND_PRIOR = {"PCLI": 3.0, "CONT": 3.0, "RGN": 2.0, "ADM1": 0.0, "ADM2": -1.5, "PPLC": 1.0, "PPL": 0.0}
#: Other GeoNames feature codes (imported dumps): rivers, mountains, buildings are rarely what a name means.
OTHER_PRIOR = -1.0
REGION_BONUS = 4.0
#: A region sharing its name with a city inside it: alone, the name means the city ("Aleppo", "Lviv").
SEAT_NAMESAKE_PENALTY = 3.0
#: ...unless the region holds this many times the city's people: then the bare name means the region
#: ("Quebec", "Veracruz"), the city being one town of many in it.
REGION_OVER_SEAT = 10
EXACT_BONUS = 0.8
COUNTRY_WEIGHT = 4.0
ANCHOR_REGION_BONUS = 2.0
#: A candidate in the same first-level region as another place of the document.
SAME_REGION_BONUS = 1.0
NEAR_KM = 300.0
#: Federations whose reports name their states as often as their cities, so that a state's bare name
#: keeps its region reading even when a big city goes by it too (measured on the LGL corpus of US local news).
STATE_NAMING_COUNTRIES = frozenset({"USA"})
#: A city of this many people is known well beyond its country, capital or not.
WORLD_CITY = 150_000
#: A namesake this many times smaller than such a city (or a capital or a province's seat) is obscure beside it.
NAMESAKE_RATIO = 5
#: The geographic support (closeness to the dateline and the places already placed) that makes a small namesake
#: the story's own town all the same ("Paris" in a report filed from Texas, with Texan towns around it).
LOCAL_SUPPORT = 1.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def population_term(population: int) -> float:
    """0 for a hamlet, about 2.9 for a city of a million: each tenfold adds about one point."""
    return 0.96 * math.log10(max(population, 0) / 1000.0 + 1.0)


def score(candidate: Candidate, context: ResolutionContext) -> float:
    """How well ``candidate`` fits ``context``; higher is better."""
    value = population_term(candidate.population) + KIND_PRIOR.get(
        candidate.code, 0.0 if candidate.feature in ("city", "country") else OTHER_PRIOR)
    if candidate.exact:
        value += EXACT_BONUS
    if context.prefer_region:
        if candidate.feature == "region":
            value += REGION_BONUS + (1.0 if candidate.code == "ADM1" else 0.0)
        elif candidate.feature == "city":
            value -= 1.0
    value += _country_term(candidate, context)
    value += _geographic_term(candidate, context.dateline, context.anchors)
    if context.support:
        value += context.support.get(candidate.geonameid, 0.0)
    return value


def _country_term(candidate: Candidate, context: ResolutionContext) -> float:
    """How much the document is about the candidate's country."""
    if not (context.countries and (candidate.country or candidate.code in ("RGN", "CONT"))):
        return 0.0
    total = sum(context.countries.values()) or 1.0
    # a sea or a part of the world lies in no one country: it is as much at home in the
    # document as the places of the country it talks about most ("the Pacific", "the Middle East")
    share = context.countries.get(candidate.country, 0.0) if candidate.country \
        else max(context.countries.values())
    return COUNTRY_WEIGHT * math.sqrt(share / total)


def _geographic_term(candidate: Candidate, dateline: Candidate | None, anchors: Sequence[Candidate]) -> float:
    value = 0.0
    if dateline is not None and dateline.geonameid != candidate.geonameid:
        value += 1.5 * _closeness(candidate, dateline)
    best = 0.0
    in_region = False
    beside = False
    for anchor in anchors:
        if anchor.geonameid == candidate.geonameid or anchor.feature == "country":
            continue
        same_admin1 = candidate.admin1 is not None and candidate.admin1 == anchor.admin1 \
            and candidate.country == anchor.country
        if anchor.feature == "region" and anchor.code == "ADM1":
            # A region the document names contains the places it talks about.
            in_region = in_region or same_admin1
            continue
        beside = beside or same_admin1
        best = max(best, _closeness(candidate, anchor))
    value += 1.5 * best
    if in_region:
        value += ANCHOR_REGION_BONUS
    elif beside:
        value += SAME_REGION_BONUS
    return value


def _closeness(candidate: Candidate, other: Candidate) -> float:
    """1 at the same spot, 0.5 at 300 km, tending to 0 far away; 0 for countries (too big to say)."""
    if candidate.feature == "country" or other.feature == "country":
        return 0.0
    distance = haversine_km(candidate.lat, candidate.lon, other.lat, other.lon)
    return 1.0 / (1.0 + distance / NEAR_KM)


def ranked(candidates: Sequence[Candidate], context: ResolutionContext) -> list[tuple[float, Candidate]]:
    """Candidates with their scores, best first."""
    # a city matched at least as exactly as its region ("Kharkov" names both only by alias)
    seats: dict[tuple[str | None, str | None, bool], int] = {}
    for c in candidates:
        if c.feature == "city" and c.population >= 1000:
            key = (c.country, c.admin1, c.exact)
            seats[key] = max(seats.get(key, 0), c.population)
    # a national capital named like a region of its country elsewhere ("Washington"): alone, the capital
    capitals = {(c.country, c.name): c.population for c in candidates
                if c.feature == "city" and c.is_capital and c.exact}
    # a city known the world over, with a small namesake in a country the document is about ("talks in
    # Geneva" in a report on the US and China): the namesake wins by its country alone no more
    famous = max((c.population for c in candidates if c.feature == "city" and c.exact and (
        c.is_capital or c.code == "PPLA" or c.population >= WORLD_CITY)), default=0)
    out: list[tuple[float, Candidate]] = []
    for candidate in candidates:
        value = score(candidate, context)
        if famous and candidate.feature == "city" and candidate.population * NAMESAKE_RATIO <= famous \
                and candidate.population < OBSCURE_POPULATION and not candidate.is_capital \
                and candidate.code not in ("PPLC", "PPLA") \
                and _geographic_term(candidate, context.dateline, context.anchors) < LOCAL_SUPPORT:
            value -= _country_term(candidate, context)  # (unless the story's own places are around it)
        if candidate.feature == "region" and not context.prefer_region:
            seat = seats.get((candidate.country, candidate.admin1, True), 0)
            inexact = seats.get((candidate.country, candidate.admin1, False), 0)
            if not candidate.exact or (inexact >= WORLD_CITY and candidate.country not in STATE_NAMING_COUNTRIES):
                # (a big city that the region's name also names, by an alias: "Benghazi", "Santa Cruz"; not a
                # state of a federation whose news names its states daily: "New York" in local US news)
                seat = max(seat, inexact)
            seat = max(seat, capitals.get((candidate.country, candidate.name), 0) if candidate.exact else 0)
            if seat and candidate.population < REGION_OVER_SEAT * seat:
                value -= SEAT_NAMESAKE_PENALTY
        out.append((value, candidate))
    out.sort(key=lambda pair: -pair[0])
    return out


def best(candidates: Sequence[Candidate], context: ResolutionContext) -> Candidate | None:
    """The highest-scoring candidate, or None when there are none or the best is far-fetched."""
    scored = ranked(candidates, context)
    if not scored or far_fetched(scored[0][1], context):
        return None
    return scored[0][1]


#: Below this population a namesake abroad is more likely a place the index lacks than the one meant.
OBSCURE_POPULATION = 50_000
FAR_KM = 1500.0


def far_fetched(candidate: Candidate, context: ResolutionContext) -> bool:
    """An obscure place in a country the document never mentions, far from every place it does
    mention ("Pond" in a report about northern Benin resolving to a hamlet in the US): leaving the
    name unresolved is better than a point on the wrong continent."""
    county = candidate.feature == "region" and candidate.code == "ADM2"  # ("Red River" County, Texas)
    if (candidate.feature not in ("city", "other") and not county) or candidate.population >= OBSCURE_POPULATION \
            or candidate.country is None:
        return False  # a sea or a part of the world ("the Americas", "the Black Sea") is in no country
    if candidate.is_capital or candidate.code in ("PPLC", "PPLA", "PPLG"):
        return False  # (a capital, or a province's seat, is named for its own sake: "a plane landed in Apia")
    if not context.countries or context.countries.get(candidate.country or "", 0.0) > 0:
        return False
    placed = [*context.anchors, *([context.dateline] if context.dateline else [])]
    points = [a for a in placed if a.feature != "country"]
    if not points:
        return False
    return all(haversine_km(candidate.lat, candidate.lon, p.lat, p.lon) > FAR_KM for p in points)


def margin(candidates: Sequence[Candidate], context: ResolutionContext) -> float:
    """How far the best candidate leads the runner-up: large margins make good anchors."""
    scored = ranked(candidates, context)
    if not scored:
        return 0.0
    if len(scored) == 1:
        return math.inf
    return scored[0][0] - scored[1][0]
