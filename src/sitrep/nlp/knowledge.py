"""World knowledge the NLP stages share: countries, demonyms, capitals (via the gazetteer).

One cached gazetteer per process, opened on first use, so that spaCy stages
stay serialisable and workers each open the read-only index once.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pycountry

from sitrep.gazetteer import Gazetteer

# pycountry's names are the ISO short names ("Iran (Islamic Republic of)", "Korea,
# Republic of"); reports and analysts use the common short form.
_SHORT_NAMES = {
    "XKX": "Kosovo",  # GeoNames' code; ISO has none
    "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea",
    "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "MDA": "Moldova", "VNM": "Vietnam",
    "LAO": "Laos", "TWN": "Taiwan", "CZE": "Czech Republic", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "PSE": "Palestine", "FSM": "Micronesia", "BRN": "Brunei",
    "CPV": "Cape Verde", "CIV": "Ivory Coast", "TUR": "Turkey", "VAT": "Vatican City",
}


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


@lru_cache(maxsize=512)
def country_name(iso3: str) -> str:
    """The common short English name of a country, e.g. ``IRN`` -> ``Iran``."""
    if iso3 in _SHORT_NAMES:
        return _SHORT_NAMES[iso3]
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return str(getattr(c, "common_name", None) or c.name)


@lru_cache(maxsize=8192)
def country_code(name: str) -> str | None:
    """ISO-3 for a country name or alias ("U.S.", "Britain", "UAE"), else None.

    A bare ISO code in running text is an abbreviation of something else far more often than a
    country ("the PM", "BA", "BT", "the EC" are not Saint Pierre, Bosnia, Bhutan or Ecuador):
    capitals-only words count only where they are the country's common short form ("US", "UK",
    "DRC"), which the gazetteer lists among its aliases.
    """
    compact = name.strip().replace(".", "")
    if compact.isalpha() and compact.isupper() and len(compact) <= 3:
        return gazetteer().country(compact.lower())
    return gazetteer().country(name)


@lru_cache(maxsize=8192)
def demonym_country(word: str) -> str | None:
    """ISO-3 for a demonym ("Kenyan", "Peruvians"), else None."""
    return gazetteer().demonym(word)


@lru_cache(maxsize=8192)
def capital_country(name: str) -> str | None:
    """ISO-3 of the country whose capital or seat of government NAME is, else None."""
    return gazetteer().country_of_capital(name)


# what a minister or secretary "of" holds
PORTFOLIO_WORDS = frozenset({"defence", "defense", "state", "interior", "justice", "finance", "health", "foreign",
                             "affairs", "education", "agriculture", "energy", "trade", "economy", "labour", "labor",
                             "transport", "home", "security", "information", "culture", "environment", "war", "staff",
                             "commerce", "industry", "communications", "treasury", "internal", "external", "public",
                             "works", "mines", "petroleum", "oil", "water", "land", "lands", "police", "army",
                             "planning", "development", "tourism", "youth", "sports", "women", "veterans", "housing",
                             "immigration", "cooperation", "integration", "reconstruction", "territorial",
                             "resources", "irrigation", "fisheries", "forestry", "forests", "mining", "minerals",
                             "technology", "science", "research", "infrastructure", "aviation", "maritime",
                             "digital", "telecommunications", "welfare", "social", "family", "children", "gender",
                             "religious", "refugees", "migration", "humanitarian", "disaster", "relief",
                             "reform", "administration", "investment", "budget", "national", "rural",
                             "urban", "electricity", "power", "gas", "natural", "climate", "solidarity"})


#: Endings of nouns for people ("journalist", "farmer", "fisherman", "militia man", "guardian", "migrant"):
#: a plural with one of them names people even when no lexicon lists it.
PERSON_ENDINGS = ("ist", "er", "man", "men", "or", "ian", "ant", "ent")


@cache
def joined_country_names() -> tuple[str, ...]:
    """Country names joined by "and" ("Trinidad and Tobago", "Turks and Caicos Islands", "Saint Vincent and the
    Grenadines"), in their ISO forms and without a trailing "Islands", for the entity stage to keep whole."""
    names: set[str] = set()
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n and " and " in n and country_code(n):
                names.add(n)
                if n.endswith(" Islands"):
                    names.add(n.removesuffix(" Islands"))
    names |= {n.replace("Saint ", "St. ") for n in names if n.startswith("Saint ")}
    return tuple(sorted(names))
