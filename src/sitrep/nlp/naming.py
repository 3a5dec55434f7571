"""How an actor is named in the output: a national body told by its bare head carries its nation.

A report says "the navy", "the interior ministry" or "the government" once it has said whose; the
actor keeps that country in its ``country`` field, but a name of "government" in a table of actors,
an ACLED-style export or a situation report tells a reader nothing (ACLED itself writes "Police
Forces of Kenya"). So a state body named by its head alone is given the national adjective the
report uses for its country ("the navy" of a Venezuelan story is the "Venezuelan navy"), and the
words as written stay among its aliases.

Only national bodies are renamed: a descriptive reference such as "the ministry", "the court" or
"the union" stands for a body named in full elsewhere in the report, and a regional or city body
("the regional interior ministry") is not its country's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sitrep.gazetteer.index import demonyms_of
from sitrep.nlp.knowledge import country_code, demonym_country

#: Heads of the state bodies a report names without their country once the country is plain.
NATIONAL_BODY_HEADS = (
    "government", "army", "navy", "police", "military", "troops", "soldiers", "authorities", "air force",
    "coast guard", "coastguard", "forces", "security forces", "armed forces", "border guards", "border guard",
    "riot police", "gendarmerie", "national guard")
#: Modifiers a national head takes and stays national with ("the federal government").
NATIONAL_MODIFIERS = ("federal", "central", "national", "interim", "military", "transitional")
#: Words that make a body a region's, a city's or a province's rather than its country's.
SUBNATIONAL = re.compile(r"\b(?:regional|provincial|local|municipal|city|district|county|state|federation)\b",
                         re.IGNORECASE)
_BODY = re.compile(
    r"(?:the )?(?:(?:" + "|".join(NATIONAL_MODIFIERS) + r") )?(?:" + "|".join(NATIONAL_BODY_HEADS) + r")"
    # ("the foreign ministry", "the Interior Ministry", "the Ministry of Defence")
    r"|(?:the )?(?!(?:the|its|their|his|her|our|this|that)\b)[a-z]+(?: [a-z]+)? ministry"
    r"|(?:the )?ministry of [a-z]+(?: [a-z]+)?",
    re.IGNORECASE)

#: National adjectives news copy uses where the demonym is a noun or rarely written ("a Filipino" but
#: "the Philippine navy"; "U.S." far more often than "American" before a body).
ADJECTIVES = {"USA": "U.S.", "PHL": "Philippine", "MMR": "Myanmar", "BWA": "Botswana", "LSO": "Lesotho",
              "HKG": "Hong Kong", "NZL": "New Zealand", "SLB": "Solomon Islands", "KIR": "Kiribati",
              "LIE": "Liechtenstein", "VUT": "Vanuatu", "GBR": "British"}


def national_body(name: str) -> bool:
    """Whether NAME is a state body named by its head alone: "the navy", "foreign ministry"."""
    return _BODY.fullmatch(name) is not None and SUBNATIONAL.search(name) is None


def national_adjective(iso3: str, text: str) -> str | None:
    """The adjective for ISO3 that TEXT itself uses most ("Kazakh" over "Kazakhstani" when the report
    writes it), else its usual one; None for a code no table knows."""
    if iso3 in ADJECTIVES:
        return ADJECTIVES[iso3]
    words = demonyms_of(iso3)
    used = Counter(m.group(0) for w in words for m in re.finditer(r"\b" + re.escape(w) + r"\b", text))
    if used:
        return used.most_common(1)[0][0]
    return words[0] if words else None


def national_name(name: str, kind: str, country: str | None, text: str, aliases: Iterable[str] = (),
                  qualifiers: Iterable[str] = ()) -> str:
    """NAME with its nation's adjective when it is a national body told by its head alone
    ("government" of Belgium: "Belgian government"), else NAME itself ("Kazakh ministry" has one).

    A body the report also names with a possessor that is no country ("Dagestan's interior
    ministry", "the Taliban's defence ministry") is that region's or that movement's, not the
    nation's, and is named with that possessor before it ("Dagestan interior ministry")."""
    if country is None or kind not in ("group", "organization") or not national_body(name) or any(
            demonym_country(w) or country_code(w) for w in name.split()):
        return name
    bare = re.sub(r"^the ", "", name, flags=re.IGNORECASE)
    if any(SUBNATIONAL.fullmatch(w) for w in qualifiers):
        return name  # ("the regional interior ministry", "the Federation interior ministry")
    for alias in aliases:
        owner = re.fullmatch(r"(?:the )?(.+?)'s? " + re.escape(bare), alias, flags=re.IGNORECASE)
        if owner is not None and country_code(owner.group(1)) != country:
            if not owner.group(1)[:1].isupper():
                return name  # ("the government's social services ministry": no name to put before it)
            return f"{owner.group(1)} {bare}"  # ("Dagestan interior ministry", as wire copy names it again)
    adjective = national_adjective(country, text)
    if adjective is None:
        return name
    words = bare.split()
    if len(words) == 1 or any(w.islower() for w in words[1:]):
        bare = bare[:1].lower() + bare[1:]  # ("Riot police fired ...": a capital that only opened the sentence)
    return f"{adjective} {bare}"
