"""ACLED's fatalities figure for a report: the extraction's deaths under ACLED's counting conventions.

sitrep's events carry the deaths the text states (``Event.dead``); a vague
amount keeps its lower bound ("several" -> 3, "dozens" -> 24) and a report
that only says "an unknown number were killed" gives no figure at all.
ACLED's codebooks fix a number for such wording instead, so one column of
an ACLED-style table can be summed:

- today's codebook: reports of fatalities without a number ("several",
  "many", "an unknown number") are coded 3;
- the pre-2019 codebook coded them 10;
- in both, "dozens" is 12, "tens" 10, "scores" 20 and "hundreds" 100.

A vague figure adds to a stated one in the same report ("one soldier and
several civilians were killed": 1 + 3) unless the stated figure *is* the
vague amount read as a lower bound, which the convention then replaces.
"""

from __future__ import annotations

import re

from sitrep.mapping.acled import Schema
from sitrep.model import Event, Extraction

#: Deaths reported without a number, per codebook.
UNKNOWN_DEATHS: dict[Schema, int] = {"current": 3, "2016": 10}
#: Vague amounts every ACLED codebook reads as one fixed number.
FIXED_AMOUNTS: dict[str, int] = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100}

_VAGUE = (r"several|many|numerous|some|scores|dozens|tens|hundreds|(?:an?|the) (?:unknown|unspecified|undisclosed|"
          r"undetermined|unconfirmed) number|(?:an?|the) number|unknown numbers?")
# the vague amount must be the dead, not the killers: "a number of youths killed a thief" gives no vague figure
_DEATH = r"(?:dead|died|deaths|fatalities|lives|bodies)"
# plural people nouns: killing them, with no number or determiner, is a death toll without a figure
_VICTIMS = (r"(?:militants|civilians|soldiers|fighters|insurgents|rebels|villagers|residents|people|troops|"
            r"policemen|police officers|gunmen|attackers|assailants|combatants|militiamen|herders|farmers)")
#: "several people were killed", "an unknown number of soldiers died", "killing several", "left many dead".
VAGUE_DEATHS = re.compile(
    # ("some 21 people were killed" is a figure, not a vague amount)
    rf"\b(?P<a>{_VAGUE})\b(?!\s+(?:\d|a dozen\b))(?: of)?(?:\s+(?!were\b|was\b)[\w()-]+){{0,8}}?\s+"
    rf"(?:(?:(?:were|was|have been|had been|are)\s+(?:reportedly\s+|either\s+)?killed)"
    rf"|killed(?=\s+(?:after|in|during|when|while|by|on)\b|[,.;])|(?:(?:were|was|are)\s+)?{_DEATH})\b"
    rf"|\bkill(?:ed|ing)\s+[\"'\u201c]?(?P<b>{_VAGUE})\b(?!\s+(?:injured|wounded|hurt|oxen|cattle|cows|"
    rf"goats|sheep|animals|livestock))"
    rf"|\b(?:left|leaving)\s+(?P<e>{_VAGUE})(?:\s+[\w-]+){{0,2}}?\s+dead\b"
    # "casualties reported, numbers not known" (but "casualties not known" may mean none: ACLED codes 0)
    r"|\b(?P<c>casualties|causalities|fatalities|deaths) (?:were )?reported,? (?:the )?numbers? (?:not |un)known\b"
    # "causing casualties of unknown number", "casualties of unknown number reported"
    r"|\b(?P<g>casualties|causalities|fatalities|deaths) of (?:an? )?(?:unknown|unspecified|undisclosed) numbers?\b"
    # "killed all those inside", "killing all on board"
    r"|\bkill(?:ed|ing) (?P<h>all)(?: those| the \w+| of them)?(?: (?:who )?were)? (?:inside|on board|aboard|present)\b"
    # 'the strikes killed "militants and civilians"': victims named without a number
    rf"|\bkill(?:ed|ing) [\"'\u201c]?(?P<i>{_VICTIMS})(?: and (?:{_VICTIMS}))?\b(?! (?:leaders?|commanders?|chiefs?)\b)"
    r"|\b(?P<f>many|several|heavy) (?:casualties|fatalities|deaths)\b"
    r"|\b(?P<d>unknown|unspecified|undisclosed) (?:number of )?(?:casualties|fatalities|deaths)\b",
    re.I)


def acled_fatalities(extraction: Extraction, schema: Schema = "current") -> int:
    """The fatalities ACLED would code for the whole report (ACLED codes one event per note)."""
    live = [e for e in extraction.events if e.dead is not None and not e.negated]
    stated = max(live, key=lambda e: e.dead or 0) if live else None
    vague = vague_deaths(extraction.document.text, schema)
    if vague is None:
        return stated.dead or 0 if stated else 0
    if stated is None or _from_vague_amount(stated, extraction):
        return vague
    return (stated.dead or 0) + vague


def vague_deaths(text: str, schema: Schema = "current") -> int | None:
    """ACLED's number for the first death report in TEXT that gives no figure, or None."""
    m = VAGUE_DEATHS.search(text)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    return FIXED_AMOUNTS.get(word, UNKNOWN_DEATHS[schema])


def _from_vague_amount(event: Event, extraction: Extraction) -> bool:
    """The event's deaths are a vague amount's lower bound ("dozens" read as 24), not a stated number."""
    ids = set(event.quantities)
    return any(q.approximate and q.value == event.dead for q in extraction.quantities if q.id in ids)
