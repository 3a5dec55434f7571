"""PLOVER events to ACLED event types: the one place that knows both codebooks.

ACLED (Armed Conflict Location & Event Data) codes one report as one event of
a fixed type; sitrep codes PLOVER categories with a *mode* (how) and
*contexts* (why). The mapping below reads, in order:

1. the PLOVER **mode** where it names a weapon or a form of action ACLED
   types on (aerial -> Air/drone strike, arrest -> Arrests, riot -> Violent
   demonstration ...), from ``_MODE_TABLE``;
2. **territory**: an ASSAULT with the ``territory`` context or a capture verb
   is a change of territory, its direction decided by who took it;
3. the **actors' kinds and sectors**: state forces against protesters is
   force against protesters, a crowd attacking people is mob violence, armed
   men against civilians is an attack on civilians, armed against armed is a
   clash;
4. **casualties**: a protest intervention that kills or injures is excessive
   force; a destruction that kills is an attack;
5. the **category default** in ``_CATEGORY_DEFAULT``.

Everything outside ACLED's remit (statements, meetings, accusations, aid)
maps to ``Strategic developments / Other`` and ``in_acled_scope`` says False,
so an exporter can leave it out. The 2016 (pre-2019) codebook had nine types
and no sub-types; ``_TO_2016`` folds the current pair into it, so both
schemas share one decision path.

``report_event`` picks the event ACLED would code a whole report as (ACLED
keeps one event per note), used by the evaluation and by one-row-per-report
exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from sitrep.model import Actor, Event, Extraction

Schema = Literal["current", "2016"]
AcledType = tuple[str, str | None]

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

#: The current codebook: event type -> its sub-event types, in ACLED's spelling.
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}

#: The pre-2019 codebook's nine event types (no sub-event types).
ACLED_2016_TYPES: tuple[str, ...] = (
    "Battle-No change of territory", "Battle-Government regains territory",
    "Battle-Non-state actor overtakes territory", "Remote violence", "Violence against civilians",
    "Riots/Protests", "Strategic development", "Headquarters or base established",
    "Non-violent transfer of territory",
)

OTHER: AcledType = (STRATEGIC, "Other")

#: (PLOVER category, mode) pairs whose mode alone decides the ACLED type.
_MODE_TABLE: dict[tuple[str, str], AcledType] = {
    ("ASSAULT", "unconventional"): (EXPLOSIONS, "Chemical weapon"),
    ("ASSAULT", "suicide-attack"): (EXPLOSIONS, "Suicide bomb"),
    ("ASSAULT", "aerial"): (EXPLOSIONS, "Air/drone strike"),
    ("ASSAULT", "drone"): (EXPLOSIONS, "Air/drone strike"),
    ("ASSAULT", "heavy-weapons"): (EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("ASSAULT", "explosives"): (EXPLOSIONS, "Remote explosive/landmine/IED"),
    ("ASSAULT", "sexual"): (VAC, "Sexual violence"),
    ("ASSAULT", "abduct"): (VAC, "Abduction/forced disappearance"),
    ("COERCE", "abduct"): (VAC, "Abduction/forced disappearance"),
    ("COERCE", "torture"): (VAC, "Attack"),
    ("COERCE", "arrest"): (STRATEGIC, "Arrests"),
    ("COERCE", "seize"): (STRATEGIC, "Looting/property destruction"),
    ("COERCE", "restrict"): (STRATEGIC, "Change to group/activity"),
    ("COERCE", "curfew"): (STRATEGIC, "Change to group/activity"),
    ("COERCE", "martial-law"): (STRATEGIC, "Change to group/activity"),
    ("PROTEST", "riot"): (RIOTS, "Violent demonstration"),
    ("PROTEST", "vandalize"): (RIOTS, "Violent demonstration"),
    ("RETREAT", "ceasefire"): (STRATEGIC, "Agreement"),
    ("RETREAT", "disarm"): (STRATEGIC, "Change to group/activity"),
    ("RETREAT", "withdraw"): (STRATEGIC, "Change to group/activity"),
}

#: Mode spellings sitrep's trigger lexicon (or other coders) use, read as the PLOVER manual's
#: modes; "clash", "mob" and "disperse" are sitrep extensions that keep their meaning.
MODE_ALIASES: dict[str, str] = {
    "shelling": "heavy-weapons", "artillery": "heavy-weapons", "missile": "heavy-weapons",
    "rocket": "heavy-weapons", "heavy": "heavy-weapons",
    "explosive": "explosives", "ied": "explosives", "bomb": "explosives", "landmine": "explosives",
    "suicide": "suicide-attack", "suicide-bombing": "suicide-attack",
    "chemical": "unconventional", "cbrn": "unconventional",
    "airstrike": "aerial", "air-strike": "aerial", "air": "aerial", "uav": "drone",
    "kidnap": "abduct", "abduction": "abduct", "hostage": "abduct",
    "property": "destroy", "arson": "destroy", "loot": "destroy",
    "mass": "targeted", "massacre": "targeted", "assassinate": "targeted", "execute": "targeted",
    "demonstrate": "demo", "rally": "demo", "march": "demo",
    "martial": "martial-law", "emergency": "martial-law", "raid": "seize", "confiscate": "seize",
    "expel": "deport", "tear-gas": "crowd-control", "disperse": "crowd-control",
    "strike-gen": "strike", "strike-hun": "hunger", "demo-org": "demo", "demo-spon": "demo",
    "riot-spon": "riot",
}

#: What a category means to ACLED when neither mode, actors nor casualties say more.
_CATEGORY_DEFAULT: dict[str, AcledType] = {
    "ASSAULT": (VAC, "Attack"),
    "PROTEST": (PROTESTS, "Peaceful protest"),
    "COERCE": OTHER,
    "MOBILIZE": (STRATEGIC, "Change to group/activity"),
    "RETREAT": OTHER,
    "AGREE": (STRATEGIC, "Agreement"),
}

#: Categories ACLED codes at all; the rest are talk, aid and diplomacy.
ACLED_SCOPE: frozenset[str] = frozenset(_CATEGORY_DEFAULT)

_TO_2016: dict[AcledType, str] = {
    (BATTLES, "Armed clash"): "Battle-No change of territory",
    (BATTLES, "Government regains territory"): "Battle-Government regains territory",
    (BATTLES, "Non-state actor overtakes territory"): "Battle-Non-state actor overtakes territory",
    (STRATEGIC, "Headquarters or base established"): "Headquarters or base established",
    (STRATEGIC, "Non-violent transfer of territory"): "Non-violent transfer of territory",
}
_TYPE_TO_2016: dict[str, str] = {
    BATTLES: "Battle-No change of territory",
    EXPLOSIONS: "Remote violence",
    VAC: "Violence against civilians",
    PROTESTS: "Riots/Protests",
    RIOTS: "Riots/Protests",
    STRATEGIC: "Strategic development",
}

# Actor sectors (CAMEO-style codes, as sitrep's actor stage writes them).
_STATE_FORCES = frozenset({"MIL", "COP", "SPY", "SEC"})
_NON_STATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF", "MLT", "PMIL", "CRM", "TER"})
_CIVILIAN = frozenset({"CVL", "EDU", "MED", "HLH", "REF", "LAB", "AGR", "BUS", "REL", "NGO", "JRN"})

# Words in an actor's name that say what it is when its sector does not.
_NAME_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("protesters", re.compile(r"\b(protest\w*|demonstrat\w*|marchers|strikers|activists)\b", re.I)),
    ("crowd", re.compile(r"\b(mob|rioters|crowd|youths?|residents|villagers|vigilantes|locals)\b", re.I)),
    ("state", re.compile(r"\b(army|armed forces|military|soldiers?|troops|police\w*|gendarm\w*|"
                         r"security forces|forces of|navy|air force|marines|officers?)\b", re.I)),
    ("armed", re.compile(r"\b(militants?|gunmen|rebels?|insurgents?|jihadists?|terrorists?|"
                         r"militias?|militiamen|bandits|fighters|armed group|armed men|attackers|"
                         r"assailants|kidnappers|pirates|extremists|islamists?)\b", re.I)),
    ("civilian", re.compile(r"\b(civilians?|farmers?|herders?|women|children|students?|journalists?|"
                            r"worshippers|passengers|people|teachers?|traders?|pastoralists?)\b", re.I)),
)

ActorRole = Literal["state", "armed", "protesters", "crowd", "civilian", "unknown"]

_TERRITORY_VERBS = re.compile(r"\b(re)?(captur|seiz|took|take|taken|overr[au]n|liberat|retak|regain|"
                              r"occup|control|fell|fall)\w*", re.I)
_TERRITORY_WORDS = re.compile(r"\b(town|village|city|area|district|territory|region|province|positions?|"
                              r"base|hill|border|neighbou?rhood|localit\w+|outskirts|countryside)s?\b", re.I)
_HQ_WORDS = re.compile(r"\b(headquarters?|base|outpost|camp)\b", re.I)
_ESTABLISH_WORDS = re.compile(r"\b(establish\w*|set(ting)? up|open\w*|buil[dt]\w*|install\w*)\b", re.I)
_WEAPON_WORDS = re.compile(r"\b(weapons?|arms|ammunition|rifles?|guns?|firearms?|explosives?|ieds?|"
                           r"bombs?|mines?|grenades?|rockets?|devices?|detonat\w*|defus\w*)\b", re.I)
_GRENADE = re.compile(r"\bgrenades?\b", re.I)
_OCCURRED = frozenset({"occurred", "ongoing", "claimed"})


def actor_role(actor: Actor) -> ActorRole:
    """What an actor is to ACLED: state forces, armed group, protesters, crowd or civilians.

    The sector decides when it is set; otherwise cue words in the name
    ("gunmen", "rioters", "villagers"). A country as an actor of violence
    stands for its forces.
    """
    sector = (actor.sector or "").upper()
    if sector in _STATE_FORCES or actor.kind == "country":
        return "state"
    if sector in _NON_STATE_ARMED:
        return "armed"
    text = " ".join([actor.name, *actor.aliases, *actor.roles])
    for role, pattern in _NAME_CUES:
        if pattern.search(text):
            return role  # type: ignore[return-value]
    if sector == "GOV":
        return "state"
    if sector in _CIVILIAN or actor.kind == "person":
        return "civilian"
    return "unknown"


def in_acled_scope(event: Event) -> bool:
    """True when ACLED would code this kind of event (violence, protest, arrests, moves, deals)."""
    return event.type in ACLED_SCOPE


def acled_event_type(event: Event, *, extraction: Extraction | None = None,
                     schema: Schema = "current") -> AcledType:
    """The ACLED (event_type, sub_event_type) of a sitrep event.

    ``extraction`` gives the actors behind ``event.source``/``event.target``
    and the other events of the report (a protest becomes "Protest with
    intervention" when the same report has the police coercing). Without
    it, only category, mode, context and casualties are used. Under the
    ``"2016"`` schema the sub-event type is always None.
    """
    current = _current_type(event, extraction)
    if schema == "current":
        return current
    return (_TO_2016.get(current) or _TYPE_TO_2016[current[0]], None)


def report_event(extraction: Extraction) -> Event | None:
    """The event ACLED would code the whole report as, or None when it has nothing ACLED codes.

    Candidates are events that happened (not negated; occurred, ongoing or
    claimed) and are in ACLED's scope. Violence and protest outrank the
    strategic developments that follow them ("clashed ... then arrested
    two"); within a tier the first in the text wins, as ACLED notes lead
    with the event they code.
    """
    candidates = [e for e in extraction.events
                  if in_acled_scope(e) and not e.negated and e.status in _OCCURRED]
    if not candidates:
        return None
    candidates.sort(key=lambda e: (0 if e.type in ("ASSAULT", "PROTEST") else 1, e.evidence.start))
    return candidates[0]


def _current_type(event: Event, extraction: Extraction | None) -> AcledType:
    category = event.type
    if category not in ACLED_SCOPE:
        return OTHER
    modes = _modes(event)
    text = " ".join(filter(None, [event.trigger, event.evidence.text]))
    sources = _roles(event.source, extraction)
    targets = _roles(event.target, extraction)

    if category == "ASSAULT":
        return _assault(event, modes, text, sources, targets, extraction)
    if category == "PROTEST":
        return _protest(event, modes, extraction)
    if category == "COERCE":
        if "crowd-control" in modes or "protesters" in targets:
            return _force_on_protest(event)
        if "seize" in modes and _WEAPON_WORDS.search(text):
            return (STRATEGIC, "Disrupted weapons use")
        if "seize" in modes and (territory := _territory(event, sources)):
            return territory
    if category == "MOBILIZE" and _HQ_WORDS.search(text) and _ESTABLISH_WORDS.search(text):
        return (STRATEGIC, "Headquarters or base established")
    if category == "RETREAT" and "withdraw" in modes and "territory" in event.context and \
            not (event.dead or event.injured):
        return (STRATEGIC, "Non-violent transfer of territory")
    for mode in modes:
        if (category, mode) in _MODE_TABLE:
            return _MODE_TABLE[(category, mode)]
    return _CATEGORY_DEFAULT[category]


def _assault(event: Event, modes: list[str], text: str, sources: set[ActorRole],
             targets: set[ActorRole], extraction: Extraction | None) -> AcledType:
    if "explosives" in modes and _GRENADE.search(text):
        return (EXPLOSIONS, "Grenade")
    for mode in modes:
        if ("ASSAULT", mode) in _MODE_TABLE:
            return _MODE_TABLE[("ASSAULT", mode)]
    if "crowd-control" in modes or "protesters" in targets:
        return _force_on_protest(event)
    territory = _territory(event, sources)
    if territory:
        return territory
    if "destroy" in modes and not (event.dead or event.injured):
        return (STRATEGIC, "Looting/property destruction")
    armed_sources = sources & {"state", "armed"}
    if not armed_sources and sources & {"protesters"}:
        return (RIOTS, "Violent demonstration")
    if not armed_sources and (sources & {"crowd", "civilian"} or "mob" in modes):
        return (RIOTS, "Mob violence")
    if targets & {"state", "armed"} and (armed_sources or not sources):
        return (BATTLES, "Armed clash")
    if len(armed_sources) == 2 or (armed_sources and len(event.source) > 1 and not event.target):
        # "clashes between the army and militants": both sides are in the source
        return (BATTLES, "Armed clash")
    if extraction is not None and _is_protest_scene(event, extraction) and "state" in sources:
        return _force_on_protest(event)
    if "clash" in modes and not targets & {"civilian"}:
        return (BATTLES, "Armed clash")
    return _CATEGORY_DEFAULT["ASSAULT"]


def _territory(event: Event, sources: set[ActorRole]) -> AcledType | None:
    """A capture of ground by force: who took it decides the direction (state forces "regain")."""
    says_territory = "territory" in event.context or bool(
        event.trigger and _TERRITORY_VERBS.search(event.trigger) and (
            event.place or _TERRITORY_WORDS.search(event.evidence.text)))
    if not says_territory:
        return None
    if "state" in sources:
        return (BATTLES, "Government regains territory")
    if "armed" in sources:
        return (BATTLES, "Non-state actor overtakes territory")
    return None


def _protest(event: Event, modes: list[str], extraction: Extraction | None) -> AcledType:
    for mode in modes:
        if ("PROTEST", mode) in _MODE_TABLE:
            return _MODE_TABLE[("PROTEST", mode)]
    if extraction is None:
        return _CATEGORY_DEFAULT["PROTEST"]
    interventions = [e for e in extraction.events if e is not event and _is_intervention(e, extraction)]
    if not interventions:
        return _CATEGORY_DEFAULT["PROTEST"]
    harmed = any(e.dead or e.injured for e in interventions) or bool(event.dead)
    return (PROTESTS, "Excessive force against protesters" if harmed else "Protest with intervention")


def _force_on_protest(event: Event) -> AcledType:
    if event.dead or event.injured:
        return (PROTESTS, "Excessive force against protesters")
    return (PROTESTS, "Protest with intervention")


def _is_intervention(event: Event, extraction: Extraction) -> bool:
    """Coercion or force by state forces in a report about a protest: the police stepping in."""
    if event.negated or event.type not in ("COERCE", "ASSAULT"):
        return False
    return "crowd-control" in _modes(event) or "state" in _roles(event.source, extraction)


def _is_protest_scene(event: Event, extraction: Extraction) -> bool:
    return any(e.type == "PROTEST" and e is not event for e in extraction.events)


def _modes(event: Event) -> list[str]:
    """An event's modes in the PLOVER manual's names; one mode or several joined by '|' or ','."""
    if not event.mode:
        return []
    modes = [m.strip().lower() for m in re.split(r"[|,]", event.mode) if m.strip()]
    return [MODE_ALIASES.get(m, m) for m in modes]


def _roles(actor_ids: Iterable[str], extraction: Extraction | None) -> set[ActorRole]:
    if extraction is None:
        return set()
    roles: set[ActorRole] = set()
    for actor_id in actor_ids:
        actor = extraction.actor(actor_id)
        if actor is not None:
            roles.add(actor_role(actor))
    return roles
