"""PLOVER events to ACLED event types: the one place that knows both codebooks.

ACLED (Armed Conflict Location & Event Data) codes one report as one event of
a fixed type; sitrep codes PLOVER categories with a *mode* (how) and
*contexts* (why). The mapping reads, in order:

1. the **weapon**: a PLOVER mode that names one (aerial -> Air/drone strike,
   arrest -> Arrests, riot -> Violent demonstration ..., ``_MODE_TABLE``;
   other coders' spellings are read through ``MODE_ALIASES``), else weapon
   words in the event's sentence (``acled_cues.WEAPON_CUES``); chemical,
   suicide and grenade words refine any weapon mode;
2. **protest scenes**: state force against protesters, or in a sentence about
   a protest, is force against protesters (excessive when it kills or
   wounds); a protest with barricades, stones, road-blocking or burning in
   its sentence or the next is a violent demonstration; one the police break
   up in the same report is a protest with intervention (an arrest the
   protest is *about* is no intervention); stones thrown with no
   demonstration in the report are mob violence; a gun battle is a battle,
   whoever fights it;
3. **territory**: a capture verb plus a place word (or the ``territory``
   context) is a change of territory, its direction decided by who took it;
4. the **actors**: roles from sector, name cues, and, when no actor was
   found, the role words nearest the trigger (``acled_cues.ROLE_CUES``): a
   crowd or civilians attacking is mob violence, armed against armed (or an
   attack answered by the army in the same report) is a clash, armed men
   against anyone else is an attack on civilians;
5. **casualties**: destruction without casualties is property destruction;
6. the **category default** in ``_CATEGORY_DEFAULT``.

Everything outside ACLED's remit (statements, meetings, accusations, aid)
maps to ``Strategic developments / Other`` and ``in_acled_scope`` says False,
so an exporter can leave it out. The 2016 (pre-2019) codebook had nine types
and no sub-types; ``_fold_2016`` folds the current pair into it (mob violence
on people and force on protesters were "Violence against civilians" then,
arson by crowds "Riots/Protests", and suicide bombs and grenades were not
remote violence), so both schemas share one decision path.

``report_event`` picks the event ACLED would code a whole report as (ACLED
keeps one event per note), used by the evaluation and by one-row-per-report
exports.

Measured on the dev data (bench/eval_events.py), the mapping is as good as
the extraction it reads: most remaining errors are missed events and
unresolved actors, not table entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from sitrep.mapping.acled_cues import (
    AIM,
    ANIMAL_WORDS,
    ARMED_WITH,
    ATTACK_ON_MILITARY,
    BEATEN,
    CIVILIAN_VICTIMS,
    CLASH_WORDS,
    COMMUNITY_WORDS,
    CONTROL_TAKEN,
    CRUDE_WEAPONS,
    ESTABLISH_WORDS,
    EXCHANGE,
    GRIEVANCE,
    GROUND_NAMED,
    GUN_WORDS,
    GUNFIGHT,
    HARM_WORDS,
    HQ_WORDS,
    HURT,
    LOOSE_CROWD,
    MILITARY_TARGETS,
    ONE_SIDED,
    OWNERS_TOO,
    PARTISANS,
    PAST_CLASH,
    PEOPLE_HURT,
    POLICE_VIOLENCE,
    PROTEST_WORDS,
    RIOT_WORDS,
    ROADS,
    ROLE_CUES,
    SETTLEMENT_NEAR,
    SETTLEMENT_WORDS,
    STONES,
    STREET_CROWD,
    SUSPECT_WORDS,
    TERRITORY_VERBS,
    TERRITORY_WORDS,
    UNCONTESTED,
    WEAPON_WORDS,
    ActorRole,
    role_in,
    roles_in,
    weapon_in,
)
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
    ("ASSAULT", "mob"): (RIOTS, "Mob violence"),
    ("COERCE", "abduct"): (VAC, "Abduction/forced disappearance"),
    ("COERCE", "torture"): (VAC, "Attack"),
    ("ASSAULT", "torture"): (VAC, "Attack"),
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
    # the old codebook had no mob or protester-repression types: one-sided violence on people was VAC
    (RIOTS, "Mob violence"): "Violence against civilians",
    (PROTESTS, "Excessive force against protesters"): "Violence against civilians",
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
_STRONG_ROLES: frozenset[ActorRole] = frozenset({"state", "armed", "protesters", "crowd"})
_ARMED_ROLES: frozenset[ActorRole] = frozenset({"state", "armed"})
_OCCURRED = frozenset({"occurred", "ongoing", "claimed"})
_BARE_GROUP = re.compile(r"^\s*(an?|the)?\s*(group|gang|crowd)s?\s*$", re.I)
_SUSPECTED_OF = re.compile(r"\b(suspected|accused|alleged(ly)?) (of being|to be)\b", re.I)
#: Participles that take an object when active: bare after a noun, they are passive ("two soldiers killed").
_HARM_PARTICIPLES = frozenset({"killed", "wounded", "injured", "shot", "abducted", "kidnapped", "attacked",
                               "ambushed", "beaten", "hurt", "slain", "murdered", "lynched", "stabbed", "executed",
                               "assassinated", "hacked", "burnt", "burned", "torched", "looted", "arrested"})


def actor_role(actor: Actor, *, as_target: bool = False) -> ActorRole:
    """What an actor is to ACLED: state forces, armed group, protesters, crowd or civilians.

    The sector decides when it is set; otherwise cue words in the name
    ("gunmen", "rioters", "villagers"). A country as the actor of violence
    stands for its forces; as its target ("attacked three villages in
    Nigeria") it says nothing about who was hit, so it is "unknown".
    """
    sector = (actor.sector or "").upper()
    if _BARE_GROUP.match(actor.name):
        return "crowd"  # "a group beat a thief": an unqualified group is a crowd, whatever sector was guessed
    if actor.kind == "country" and sector not in _STATE_FORCES:
        return "unknown" if as_target else "state"
    if sector in _STATE_FORCES:
        return "state"
    if sector in _NON_STATE_ARMED:
        return "armed"
    role = role_in(" ".join([actor.name, *actor.aliases, *actor.roles]))
    if role:
        return role
    if sector == "GOV":
        return "civilian" if as_target else "state"  # an official shot at home is a civilian victim to ACLED
    if sector in _CIVILIAN or (actor.kind == "person" and as_target):
        return "civilian"
    return "unknown"  # a named person acting violently is more often a commander than a civilian


def in_acled_scope(event: Event) -> bool:
    """True when ACLED would code this kind of event (violence, protest, arrests, moves, deals)."""
    return event.type in ACLED_SCOPE


def acled_event_type(event: Event, *, extraction: Extraction | None = None,
                     schema: Schema = "current") -> AcledType:
    """The ACLED (event_type, sub_event_type) of a sitrep event.

    ``extraction`` gives the actors behind ``event.source``/``event.target``
    and the other events of the report (a protest becomes "Protest with
    intervention" when the same report has the police coercing). Without
    it, only category, mode, context, casualties and the event's sentence
    are used. Under the ``"2016"`` schema the sub-event type is always None.
    """
    if event.type not in ACLED_SCOPE:
        current, facts = OTHER, None
    else:
        facts = _Facts.of(event, extraction)
        current = _current_type(facts)
    if schema == "current":
        return current
    return (_fold_2016(current, facts), None)


def _fold_2016(current: AcledType, f: _Facts | None) -> str:
    """The pre-2019 type of a current-codebook pair, where the old codebook drew its lines elsewhere.

    - Remote violence needed no perpetrator on the spot: a suicide bomber or a grenade thrower was
      there, so the attack is read as if no weapon were named (a battle on soldiers, an attack on
      civilians).
    - One-sided violence on people was violence against civilians: a mob falling on a person, and
      state forces attacking (not dispersing) a crowd. A brawl between two sides, or a mob that only
      wrecked things, was rioting.
    - There was no property-destruction type: burning and looting by anyone but an armed group or the
      state was rioting.
    """
    if f is not None and current in ((EXPLOSIONS, "Suicide bomb"), (EXPLOSIONS, "Grenade")):
        current = _assault(replace(f, weapon=None))
        if current[0] == EXPLOSIONS:
            return _TYPE_TO_2016[EXPLOSIONS]
    if current == (RIOTS, "Mob violence") and f is not None and f.event.type == "PROTEST":
        return "Riots/Protests"  # stones thrown by a crowd: the old codebook's rioting
    if current == (RIOTS, "Mob violence") and f is not None:
        on_things = _wrecking(f) and "civilian" not in f.targets
        on_people = "civilian" in f.targets and not ("protesters" in f.sources or _protest_nearby(f) or _wrecking(f))
        if _clash_scene(f) or on_things or not (on_people or f.harmed or HARM_WORDS.search(f.sentence)
                                                or re.search(r"\b(beat\w*|assault\w*)\b", f.sentence, re.I)):
            return "Riots/Protests"
    if current == (PROTESTS, "Protest with intervention") and f is not None and f.event.type == "ASSAULT" and (
            _named_forces(f) and "crowd-control" not in f.modes):
        return VAC  # "police attacked the demonstrators with batons"
    if current == (STRATEGIC, "Looting/property destruction") and f is not None and f.event.type == "ASSAULT" and (
            not (f.sources | roles_in(f.sentence)) & _ARMED_ROLES):
        return "Riots/Protests"  # "a bank was burnt by angry depositors"
    return _TO_2016.get(current) or _TYPE_TO_2016[current[0]]


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
        return _armed_group_activity(extraction)
    # ground changing hands is what ACLED codes a battle report as, wherever the note says it
    # (police firing tear gas, PLOVER's crowd-control assault, is the intervention in a protest: the
    # protest or the fight it met leads, as the dispersal did when it was coded as coercion)
    candidates.sort(key=lambda e: (0 if "territory" in e.context else 1 if e.type in ("ASSAULT", "PROTEST") and not (
        e.type == "ASSAULT" and "crowd-control" in _modes(e)) else 2, e.evidence.start))
    return candidates[0]


def _armed_group_activity(extraction: Extraction) -> Event | None:
    """With nothing else ACLED codes in the report, an armed group's demand, threat or call is its
    strategic development ("an armed group demanded the closure of schools under threat of attack",
    "militants invited the youths to join them"): ACLED files that under Strategic developments / Other."""
    return next((e for e in sorted(extraction.events, key=lambda e: e.evidence.start)
                 if not e.negated and e.status in _OCCURRED | {"threatened"}
                 and "armed" in _roles(e.source, extraction)), None)


@dataclass(slots=True)
class _Facts:
    """What the decision reads about one event, gathered once.

    ``sources``/``targets`` are the actors' roles; when no actor gives a
    strong role (state, armed, protesters, crowd), the role cue nearest to
    the trigger in the sentence stands in ("a group lynched ...").
    ``sentence`` is the whole sentence around the evidence (the evidence may
    be one clause). ``weapon`` is the decisive mode, else the sentence's
    weapon cue; chemical, suicide and grenade cues refine any weapon mode.
    """

    event: Event
    extraction: Extraction | None
    modes: list[str]
    sentence: str
    before: str
    after: str
    next_sentence: str
    sources: set[ActorRole]
    targets: set[ActorRole]
    weapon: str | None

    @classmethod
    def of(cls, event: Event, extraction: Extraction | None) -> _Facts:
        sentence = " ".join(_sentence(event, extraction).split())  # no-break spaces read as spaces
        at = sentence.find(event.trigger) if event.trigger else -1
        before, after = (sentence[:at], sentence[at + len(event.trigger or ""):]) if at >= 0 else (sentence, "")
        sources = _roles(event.source, extraction)
        targets = _roles(event.target, extraction, as_target=True)
        if _passive(event.trigger or "", before, after):
            # "two soldiers were killed (by gunmen)": the role before the verb is the victim's, the
            # one after "by" the attacker's
            if not targets & _STRONG_ROLES:
                targets |= _nearest_roles(before, from_end=True)
            agent = re.match(r"\W*by\b(.*)", after)
            if agent and not sources & _STRONG_ROLES:
                sources |= _nearest_roles(_object_words(agent.group(1)), from_end=False) & _STRONG_ROLES
        else:
            if not sources & _STRONG_ROLES:
                # only strong roles: "civilians were killed" names the victims, not the killers
                sources |= _nearest_roles(before, from_end=True) & _STRONG_ROLES
            if not targets & _STRONG_ROLES:
                targets |= _nearest_roles(_object_words(after), from_end=False)
        if _SUSPECTED_OF.search(after):
            targets -= {"armed"}  # "killed two men suspected of being militants": ACLED counts them as civilians
        modes = _modes(event)
        decisive = next((m for m in modes if (event.type, m) in _MODE_TABLE), None)
        cue = weapon_in(" ".join(filter(None, [event.trigger, sentence])))
        refines = cue in ("unconventional", "suicide-attack") or (cue == "grenade" and decisive in (None, "explosives"))
        weapon = cue if refines else decisive or cue
        return cls(event, extraction, modes, sentence, before, after, _next_sentence(event, extraction),
                   sources, targets, weapon)

    @property
    def harmed(self) -> bool:
        return bool(self.event.dead or self.event.injured)

    def others(self) -> list[Event]:
        if self.extraction is None:
            return []
        return [e for e in self.extraction.events if e is not self.event and not e.negated]


def _current_type(f: _Facts) -> AcledType:
    category = f.event.type
    if category == "ASSAULT" or (category == "COERCE" and f.event.dead):
        return _assault(f)
    if category == "PROTEST":
        return _protest(f)
    if category == "COERCE":
        return _coerce(f)
    if category == "MOBILIZE" and HQ_WORDS.search(f.sentence) and ESTABLISH_WORDS.search(f.sentence):
        return (STRATEGIC, "Headquarters or base established")
    if category == "RETREAT" and (not f.modes or "withdraw" in f.modes) and not f.harmed and (
            "territory" in f.event.context or TERRITORY_WORDS.search(f.sentence)):
        return (STRATEGIC, "Non-violent transfer of territory")
    if category == "RETREAT" and "release" in f.modes and re.search(r"\b(exchang|swap)", f.event.trigger or "", re.I):
        return (STRATEGIC, "Agreement")  # ACLED files prisoner exchanges under agreements
    return _from_table(category, f.modes) or _CATEGORY_DEFAULT[category]


def _assault(f: _Facts) -> AcledType:
    if f.event.type == "ASSAULT" and "crowd-control" in _modes(f.event):
        return _force_on_protest(f)  # tear gas, water cannon, rubber bullets: force used on a crowd
    weapon = f.weapon
    if weapon == "grenade":
        return (EXPLOSIONS, "Grenade")
    if weapon == "abduct" and f.event.dead:
        weapon = None  # a killing outweighs the kidnapping in the same report
    elif weapon == "abduct" and f.event.type == "ASSAULT" and (f.event.injured or HURT.search(f.event.trigger or "")):
        # "attacked and injured a herder and kidnapped his wife": the harm is coded, as the one-sided
        # violence a kidnapping is (a mob falling on a would-be kidnapper stays a mob)
        unarmed = _assault(replace(f, weapon=None))
        return (VAC, "Attack") if unarmed[0] == BATTLES else unarmed
    if weapon and ("ASSAULT", weapon) in _MODE_TABLE:
        return _MODE_TABLE[("ASSAULT", weapon)]
    if _gunfight(f):
        return (BATTLES, "Armed clash")  # a gun battle, even with demonstrators or hunters: both sides armed
    if CLASH_WORDS.search(f.event.trigger or "") and not (f.sources | f.targets) & {"armed"} and (
            "protesters" in f.sources | f.targets or _protest_nearby(f)):
        return (RIOTS, "Violent demonstration")  # protesters fighting police: both sides used force
    if "crowd-control" in f.modes or "protesters" in f.targets or (
            "state" in f.sources and _protest_nearby(f)):
        return _force_on_protest(f)
    territory = _territory(f)
    if territory:
        return territory
    armed_sources = f.sources & _ARMED_ROLES
    if not armed_sources and ("protesters" in f.sources or (
            f.sources & {"crowd", "civilian", "unknown"} and _protest_nearby(f)) or (
            not f.sources and PROTEST_WORDS.search(f"{f.sentence} {f.next_sentence}"))):
        return (RIOTS, "Violent demonstration")
    if "destroy" in f.modes and not f.harmed and WEAPON_WORDS.search(" ".join(f.after.split()[:8])):
        return (STRATEGIC, "Disrupted weapons use")  # "destroyed caches of weapons and IEDs"
    if _animals_only(f):
        return (STRATEGIC, "Looting/property destruction")
    if _wrecking(f) and not f.sources & {"crowd", "civilian", "protesters"}:
        return (STRATEGIC, "Looting/property destruction")
    if _clash_scene(f):
        return _clash(f)
    if _two_armed_sides(f) or MILITARY_TARGETS.search(f.after) or _forces_on_armed_group(f) or (
            ATTACK_ON_MILITARY.search(f.sentence)):
        return (BATTLES, "Armed clash")
    if not armed_sources and f.sources & {"crowd", "civilian"}:
        return _civilians_attack(f)
    if _wrecking(f):
        return (STRATEGIC, "Looting/property destruction")
    if any(_two_armed_sides(g) and g.sources for g in (_Facts.of(e, f.extraction) for e in f.others()
                                                        if e.type == "ASSAULT")):
        return (BATTLES, "Armed clash")  # an attack the army answered: ACLED codes the battle
    return _CATEGORY_DEFAULT["ASSAULT"]


def _named_forces(f: _Facts) -> bool:
    """A source is the state's forces by name ("police", "soldiers"), not a country standing for them."""
    actors = [f.extraction.actor(a) for a in f.event.source] if f.extraction is not None else []
    return any(a is not None and a.kind != "country" and actor_role(a) == "state" for a in actors)


def _wrecking(f: _Facts) -> bool:
    """Destruction, looting or killing of livestock that hurt nobody (nor went on to hurt people in the
    same sentence: "destroyed houses, beat women and animals")."""
    return ("destroy" in f.modes and not f.harmed and not PEOPLE_HURT.search(f.after)) or _animals_only(f)


def _animals_only(f: _Facts) -> bool:
    """"shot and killed five oxen belonging to a herder": the victims are animals, and no person is hurt
    after them in the sentence. ACLED files that as property destruction, whoever did it."""
    animals = ANIMAL_WORDS.search(f.after)
    return animals is not None and not HARM_WORDS.search(f.after[animals.end():]) and not OWNERS_TOO.search(
        f.after[:animals.end()]) and not PEOPLE_HURT.search(f.after)


def _gunfight(f: _Facts) -> bool:
    """The event is an exchange of fire: "exchanged gunfire", "engaged police in a gun battle", or
    shooting at state forces at a protest ("police were attacked with gunfire after demonstrations").
    Rioters throw stones; whoever shoots it out with the forces is coded a battle."""
    trigger = f.event.trigger or ""
    if not (CLASH_WORDS.search(trigger) or "firearms" in f.modes or EXCHANGE.search(trigger)):
        return False
    if GUNFIGHT.search(f.sentence):
        return True
    return "firearms" in f.modes and "state" in f.targets and not f.sources & {"state"} and (
        _protest_nearby(f) and not ONE_SIDED.search(f.sentence))


def _clash_scene(f: _Facts) -> bool:
    """The event's sentence, or the one after it, says two sides fought ("clashed", "exchanged fire").
    A crowd's own act ("rioters damaged a vehicle") stays that act even beside a clash elsewhere."""
    if CLASH_WORDS.search(f.event.trigger or ""):
        return True
    if f.sources & {"crowd", "protesters"}:
        return False
    return bool(CLASH_WORDS.search(PAST_CLASH.sub(" ", f.sentence)) or CLASH_WORDS.search(
        PAST_CLASH.sub(" ", f.next_sentence)))


def _clash(f: _Facts) -> AcledType:
    """Two sides fighting. Armed or state forces on either side make it a battle; so does a fight
    between communities that kills or uses guns (ACLED's communal militias). A fight of neighbours
    with fists, sticks and machetes that only wounds is mob violence."""
    scene = f"{f.sentence} {f.next_sentence}"
    sides = f.sources | f.targets | (roles_in(f.sentence) & {"state", "protesters", "armed"})
    street = "protesters" in sides or STREET_CROWD.search(f.sentence)
    if "armed" not in sides and street and ("state" in sides or RIOT_WORDS.search(f.sentence)):
        # police against traders, rioters or demonstrators: a riot, not a battle
        demo = PROTEST_WORDS.search(scene) or re.search(r"\brioters?\b", f.sentence, re.I)
        return (RIOTS, "Violent demonstration" if demo else "Mob violence")
    if (f.sources | f.targets) & _ARMED_ROLES:
        return (BATTLES, "Armed clash")
    if PARTISANS.search(f.sentence) and not GUN_WORDS.search(scene):
        return (RIOTS, "Mob violence")  # supporters of rival parties fighting
    if CRUDE_WEAPONS.search(scene) and not GUN_WORDS.search(scene):
        return (RIOTS, "Mob violence")  # sticks, stones and rods: a brawl, even a deadly one
    if f.event.dead or GUN_WORDS.search(scene) or re.search(r"\b(kill\w*|dead|died|deaths?)\b", scene, re.I):
        return (BATTLES, "Armed clash")
    return (RIOTS, "Mob violence")


def _civilians_attack(f: _Facts) -> AcledType:
    """Civilians or a crowd attacking: a raid on a camp or settlement, or by people who came armed,
    is a communal militia's attack on civilians; a loose crowd, a lynching of a suspect, a
    quarrel between neighbours or wrecking that hurt no one is mob violence."""
    if LOOSE_CROWD.search(f.before) or SUSPECT_WORDS.search(f.after):
        return (RIOTS, "Mob violence")
    if _wrecking(f) and "civilian" not in f.targets and not (
            SETTLEMENT_NEAR.search(" ".join(f.after.split()[:10])) or ARMED_WITH.search(f.sentence)):
        if "crowd" not in f.sources and not LOOSE_CROWD.search(f.before):
            # "farmers destroyed the route markers", "members of a family destroyed a neighbour's field":
            # named people, not a crowd, wrecking things is property destruction
            return (STRATEGIC, "Looting/property destruction")
        return (RIOTS, "Mob violence")  # "residents burnt the police offices": a crowd's rage at things
    if (SETTLEMENT_WORDS.search(f.after) or ARMED_WITH.search(f.sentence) or COMMUNITY_WORDS.search(f.before)
            or CIVILIAN_VICTIMS.search(f.after)):
        return _CATEGORY_DEFAULT["ASSAULT"]
    return (RIOTS, "Mob violence")


def _forces_on_armed_group(f: _Facts) -> bool:
    """State forces killing with no victim named, in a sentence naming an armed group: "troops
    encountered Boko Haram members at X, where they killed two" is a battle with that group."""
    return f.sources == {"state"} and not f.targets & {"civilian", "crowd", "protesters", "state"} and (
        "armed" in roles_in(f.sentence)) and not (_SUSPECTED_OF.search(f.sentence) or CIVILIAN_VICTIMS.search(f.after))


def _two_armed_sides(f: _Facts) -> bool:
    armed_sources = f.sources & _ARMED_ROLES
    if f.targets & _ARMED_ROLES and not f.sources & {"civilian", "crowd", "protesters"} and not ONE_SIDED.search(
            f.sentence):
        return True
    # "clashes between the army and militants": both sides in the source, or both named before "exchanged fire"
    if len(armed_sources) == 2 or bool(armed_sources and len(f.event.source) > 1 and not f.event.target
                                       and not (f.sources | f.targets) & {"civilian"}):
        return True
    return bool(EXCHANGE.search(f.event.trigger or "") and roles_in(f.before) >= _ARMED_ROLES)


def _protest(f: _Facts) -> AcledType:
    decided = _from_table("PROTEST", f.modes)
    if decided == (RIOTS, "Violent demonstration") and STONES.search(f.event.trigger or "") and not _demonstration(f):
        return (RIOTS, "Mob violence")  # stones thrown at a herder or at trucks, with no demonstration held
    if decided:
        return decided
    if _crowd_turned_violent(f):
        return (RIOTS, "Violent demonstration")
    interventions = [e for e in f.others() if e.type in ("COERCE", "ASSAULT") and (
        "crowd-control" in _modes(e) or "arrest" in _modes(e) or "state" in _Facts.of(e, f.extraction).sources)
        and not _grievance(e, f.extraction)]
    if not interventions:
        return _CATEGORY_DEFAULT["PROTEST"]
    harmed = any(e.dead or e.injured for e in interventions) or bool(f.event.dead) or any(
        _protesters_hurt(e, f.extraction) for e in f.others())
    return (PROTESTS, "Excessive force against protesters" if harmed else "Protest with intervention")


def _demonstration(f: _Facts) -> bool:
    """The report tells of a demonstration, march or strike, not only of a crowd's violence: ACLED's
    violent demonstration is a protest turned violent, mob violence is a crowd's violence on its own."""
    text = f.extraction.document.text if f.extraction is not None else f.sentence
    return bool(PROTEST_WORDS.search(text)) or any(
        e.type == "PROTEST" and not set(_modes(e)) & {"riot", "vandalize"} for e in f.others())


def _crowd_turned_violent(f: _Facts) -> bool:
    """The protesters themselves used violence or wrecked things (not the violence they protest about,
    nor force used on them): riot words in the protest's sentence or the next ("barricaded the road",
    "threw stones", "violently" unless it is the police dispersing), an attack by the crowd or by the
    protest's own actors, or things wrecked by no one named in the scene ("chairs were burnt")."""
    scene = POLICE_VIOLENCE.sub(" ", f"{f.sentence} {f.next_sentence}")
    if RIOT_WORDS.search(scene):
        return True
    own = set(f.event.source)
    for e in [f.event, *f.others()]:
        if e.type == "PROTEST" and "obstruct" in _modes(e) and ROADS.search(_Facts.of(e, f.extraction).after):
            return True  # ACLED's codebook counts road-blocking among a demonstration's violent acts
        if e.type != "ASSAULT":
            continue
        g = _Facts.of(e, f.extraction)
        if set(e.source) & set(e.target) or not e.source:
            # no one named, or a passive read with the victims as their own attackers ("two demonstrators
            # were killed"): only things wrecked in the scene tell ("Chairs were burnt and property destroyed.")
            if "destroy" in g.modes and not g.harmed and g.sentence in scene:
                return True
            continue
        if not g.sources & _ARMED_ROLES and (g.sources & {"crowd", "protesters"} or own & set(e.source)):
            return True
    return False


def _protesters_hurt(e: Event, extraction: Extraction | None) -> bool:
    """"Two demonstrators were killed and several wounded" after the police moved in: protesters
    among the casualties, with no one but the forces named as hurting them."""
    if e.type != "ASSAULT" or not (e.dead or e.injured):
        return False
    g = _Facts.of(e, extraction)
    attackers = set() if set(e.source) & set(e.target) else g.sources
    return "protesters" in g.targets and not attackers - {"state"}


def _grievance(e: Event, extraction: Extraction | None) -> bool:
    """An arrest the protest is about, not one that broke it up: "protested against the arrest of
    two students", "in reaction to the arrest of four colleagues", "after 20 men were arrested"."""
    if "arrest" not in _modes(e) or e.trigger is None:
        return False
    f = _Facts.of(e, extraction)
    return bool(GRIEVANCE.search(f.before))


def _coerce(f: _Facts) -> AcledType:
    if "arrest" in f.modes and BEATEN.search(f.after):
        return (VAC, "Attack")  # "arrested and beat him": violence on a detainee, not an arrest
    if "arrest" in f.modes:
        return (STRATEGIC, "Arrests")
    if f.modes and f.modes[0] in ("blockade", "obstruct") and "protesters" in f.sources:
        return _protest(f)  # "protesters blockading the highway": a protest
    if "crowd-control" in f.modes or "protesters" in f.targets:
        return _force_on_protest(f)
    if "seize" in f.modes:
        if WEAPON_WORDS.search(f.sentence):
            return (STRATEGIC, "Disrupted weapons use")
        ground = "territory" in f.event.context or TERRITORY_WORDS.search(" ".join(f.after.split()[:4])) or (
            CONTROL_TAKEN.search(f.sentence))
        territory = _territory(f) if ground else None
        if territory:
            return territory  # the extraction says ground was taken; seizing goods or a person is not that
    return _from_table("COERCE", f.modes) or _CATEGORY_DEFAULT["COERCE"]


def _territory(f: _Facts) -> AcledType | None:
    """A capture of ground by force; who took it decides the direction (state forces "regain")."""
    takers = f.sources
    says = "territory" in f.event.context or _says_capture(f.sentence, bool(f.event.place))
    if not says and CLASH_WORDS.search(f.event.trigger or "") and _says_capture(f.next_sentence, False):
        # "Fighting was reported in X. The army made gains in Y.": the battle the capture came of
        says, takers = True, f.sources | _capture_takers(f)
    if not says:
        return None
    if not f.harmed and UNCONTESTED.search(f"{f.sentence} {f.next_sentence}"):
        return (STRATEGIC, "Non-violent transfer of territory")  # "took the town after the army withdrew"
    if "state" in takers:
        return (BATTLES, "Government regains territory")
    if "armed" in takers:
        return (BATTLES, "Non-state actor overtakes territory")
    # an unnamed or unknown taker: who lost the ground tells ("recaptured the district from militants")
    if "armed" in f.targets:
        return (BATTLES, "Government regains territory")
    if "state" in f.targets:
        return (BATTLES, "Non-state actor overtakes territory")
    return None


def _says_capture(text: str, placed: bool) -> bool:
    """A sentence tells of ground taken: a capture verb with a place (the event's, a ground word, a
    named place after the verb), or control taken of anything. An aim is no capture ("an offensive
    to retake the city", "tried to seize the base")."""
    def done(pattern: re.Pattern[str]) -> bool:
        return any(not AIM.search(text[:m.start()]) and not _belongings(text[m.end():])
                   for m in pattern.finditer(text))
    return (done(TERRITORY_VERBS) and bool(placed or TERRITORY_WORDS.search(text))) or done(GROUND_NAMED) or done(
        CONTROL_TAKEN)


def _belongings(after: str) -> bool:
    """What a capture verb took is someone's things, not ground: "seized his motorbike and cash"."""
    words = after.split()[:3]
    return bool(words) and words[0].lower() in ("his", "her", "their") and not (
        TERRITORY_WORDS.search(" ".join(words)) or HQ_WORDS.search(" ".join(words)))


def _capture_takers(f: _Facts) -> set[ActorRole]:
    """The armed roles named before the capture verb of the sentence after the event's: role words
    and the actors mentioned there ("The LNA made gains in ...")."""
    text = f.extraction.document.text if f.extraction is not None else ""
    verb = TERRITORY_VERBS.search(f.next_sentence) or CONTROL_TAKEN.search(f.next_sentence)
    if verb is None:
        return set()
    prefix = f.next_sentence[:verb.start()]
    roles = roles_in(prefix)
    start = text.find(f.next_sentence) if f.next_sentence else -1
    if start >= 0 and f.extraction is not None:
        for actor in f.extraction.actors:
            if any(start <= m.start < start + len(prefix) for m in actor.mentions):
                roles.add(actor_role(actor))
    return roles & _ARMED_ROLES


def _force_on_protest(f: _Facts) -> AcledType:
    if f.harmed or HARM_WORDS.search(f.sentence):
        return (PROTESTS, "Excessive force against protesters")
    return (PROTESTS, "Protest with intervention")


def _protest_nearby(f: _Facts) -> bool:
    """The event's own sentence speaks of a protest (a protest elsewhere in the report is another scene)."""
    return bool(PROTEST_WORDS.search(f.sentence))


def _from_table(category: str, modes: list[str]) -> AcledType | None:
    return next((_MODE_TABLE[(category, m)] for m in modes if (category, m) in _MODE_TABLE), None)


def _modes(event: Event) -> list[str]:
    """An event's modes in the PLOVER manual's names; one mode or several joined by '|' or ','."""
    if not event.mode:
        return []
    modes = [m.strip().lower() for m in re.split(r"[|,]", event.mode) if m.strip()]
    return [MODE_ALIASES.get(m, m) for m in modes]


def _roles(actor_ids: Iterable[str], extraction: Extraction | None, *, as_target: bool = False) -> set[ActorRole]:
    if extraction is None:
        return set()
    roles: set[ActorRole] = set()
    for actor_id in actor_ids:
        actor = extraction.actor(actor_id)
        if actor is not None:
            roles.add(actor_role(actor, as_target=as_target))
    return roles


def _next_sentence(event: Event, extraction: Extraction | None) -> str:
    """The sentence after the evidence's ("... demonstrated. The demonstrators barricaded the roads.")."""
    text = extraction.document.text if extraction is not None else ""
    if not text:
        return ""
    stops = [i for i in (text.find(". ", event.evidence.end), text.find("\n", event.evidence.end)) if i >= 0]
    if not stops:
        return ""
    start = min(stops) + 1
    ends = [i for i in (text.find(". ", start), text.find("\n", start + 1)) if i >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def _sentence(event: Event, extraction: Extraction | None) -> str:
    """The sentence holding the evidence, cut from the document text at sentence punctuation."""
    text = extraction.document.text if extraction is not None else ""
    start, end = event.evidence.start, event.evidence.end
    if not text or text[start:end] != event.evidence.text:
        return event.evidence.text
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start))
    rights = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left + 1 if left >= 0 else 0:min(rights) + 1 if rights else len(text)].strip()


def _passive(trigger: str, before: str, after: str) -> bool:
    """The trigger is a passive verb: after "was"/"were" ("was shot"), or a bare participle with no
    object, the headline's "two soldiers killed in X", "a policeman wounded by gunmen"."""
    if not re.search(r"(ed|en|shot|hit|hurt|slain|struck)$", trigger, re.I):
        return False  # a noun ("attacks in X") or a present participle ("killing one") is no passive
    if re.search(r"\b(was|were|been|being|got|get|gets)\s+(\w+ly\s+)?$", before, re.I):
        return True
    # the bare participle only as a headline's first verb, of a verb that needs an object when active
    # ("fired at", "leaving him wounded" are not passives)
    words = before.split()
    return trigger.lower() in _HARM_PARTICIPLES and 0 < len(words) <= 6 and not any(
        w.lower().endswith("ed") for w in words) and bool(
        re.match(r"\s*((by|in|at|near|on|during|when|after|while)\b|[,.]|$)", after, re.I))


def _object_words(after: str) -> str:
    """What follows a trigger up to where its object phrase plausibly ends: before attribution
    ("..., police said", "according to ...") and within a dozen words."""
    cut = re.split(r",|;|\baccording to\b|\b(said|says|told|reported|after|when|while|as|because|before|and)\b",
                   after, maxsplit=1)[0]
    return " ".join(cut.split()[:12])


def _nearest_roles(text: str, *, from_end: bool) -> set[ActorRole]:
    """The role cue closest to the trigger: the last one before it, or the first one after it."""
    best: tuple[int, ActorRole] | None = None
    for role, pattern in ROLE_CUES:
        for m in pattern.finditer(text):
            pos = m.end() if from_end else -m.start()
            if best is None or pos > best[0]:
                best = (pos, role)
    return {best[1]} if best else set()
