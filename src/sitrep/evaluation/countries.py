"""Country names and codes as the gold data writes them, resolved to ISO 3166-1 alpha-3."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# Gold-data spellings pycountry does not know. The PLOVER GSR keeps three
# pre-ISO CAMEO codes despite its readme's promise of ISO codes; ACLED uses
# common English names.
_ALIASES: dict[str, str] = {
    "JAP": "JPN", "ITL": "ITA", "VTN": "VNM",
    "democratic republic of congo": "COD", "drc": "COD", "republic of congo": "COG", "congo": "COG",
    "ivory coast": "CIV", "cote d'ivoire": "CIV", "cape verde": "CPV", "russia": "RUS",
    "swaziland": "SWZ", "eswatini": "SWZ", "tanzania": "TZA", "syria": "SYR", "iran": "IRN",
    "bolivia": "BOL", "venezuela": "VEN", "laos": "LAO", "vietnam": "VNM", "moldova": "MDA",
    "south korea": "KOR", "north korea": "PRK", "palestine": "PSE", "kosovo": "XKX",
    "the gambia": "GMB", "gambia": "GMB", "micronesia": "FSM", "east timor": "TLS",
}


@lru_cache(maxsize=4096)
def iso3(name_or_code: str) -> str | None:
    """The alpha-3 code of a country name or code, or None when it is not a country.

    Non-country CAMEO codes ("IGO", "NGO", "---") give None, so scores can be
    restricted to records whose gold actor is a country.
    """
    text = name_or_code.strip()
    if not text:
        return None
    alias = _ALIASES.get(text) or _ALIASES.get(text.casefold())
    if alias:
        return alias
    if len(text) == 3 and text.isalpha() and text.isupper():
        country = pycountry.countries.get(alpha_3=text)
        return str(country.alpha_3) if country else None
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        return None
    return str(country.alpha_3)
