"""Loads the team-written lexicons (``nlp/lexicons/*.json``) once per process.

Lexicons are data, versioned in their ``version`` key, so changing what counts
as a trigger or a role is a data change reviewed like code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str  # verb | noun | both
    type: str
    mode: str | None = None
    particle: str | None = None
    plural_only: bool = False
    needs_actor_verb: bool = False
    objects: tuple[str, ...] = ()  # for general verbs ("halt", "send"): the objects that make them events
    armed_subject: bool = False  # general verbs ("move", "seen") that are events only for armed actors
    crowd_subject: bool = False  # general verbs ("gathered", "chanted") that are protest only for crowds and activists


@dataclass(frozen=True, slots=True)
class Institution:
    text: str
    country: str | None
    sector: str
    kind: str = "organization"
    name: str | None = None  # the one name its other spellings stand for ("Houthi movement" -> "Houthis")
    shared: bool = False  # other countries' bodies bear the name too ("the Foreign Office" of Pakistan, Germany)


@dataclass(frozen=True, slots=True)
class Lexicon:
    version: str
    triggers: tuple[Trigger, ...]
    aerial_words: frozenset[str]
    shelling_words: frozenset[str]
    explosive_words: frozenset[str]
    firearm_words: frozenset[str]
    primitive_words: frozenset[str]  # PLOVER's "primitive" mode: knives, machetes, stones, fire
    labour_strike_words: frozenset[str]
    weapon_words: frozenset[str]
    roles: dict[str, str | None]
    leader_roles: frozenset[str]
    institutions: tuple[Institution, ...]
    org_sector_words: dict[str, str]
    state_forces: frozenset[str]
    seat_words: frozenset[str]  # buildings that stand for a government: "the Kremlin", "the White House"
    # international bodies' names without "the" ("U.N.", "EU"): a body whose name opens with one
    # ("U.N. human rights office", "EU mission") is part of it
    igo_names: frozenset[str]

    def single_word_triggers(self) -> dict[str, list[Trigger]]:
        out: dict[str, list[Trigger]] = {}
        for t in self.triggers:
            if not _is_phrase(t.lemma):
                out.setdefault(t.lemma, []).append(t)
        for triggers in out.values():
            # the most specific reading first: "cancelled restrictions" is a concession before "cancelled" a sanction
            triggers.sort(key=lambda t: 0 if t.objects or t.particle else 1)
        return out

    def phrase_triggers(self) -> list[Trigger]:
        return [t for t in self.triggers if _is_phrase(t.lemma)]


def _is_phrase(lemma: str) -> bool:
    """Several tokens to spaCy: "tear gas", "sit-in", "gun down"."""
    return " " in lemma or "-" in lemma


def _trigger(entry: dict[str, Any]) -> Trigger:
    values: dict[str, Any] = dict(entry)
    values["objects"] = tuple(values.get("objects", ()))
    return Trigger(**values)


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("sitrep.nlp").joinpath("lexicons", name).read_text(encoding="utf-8"))
    return data


@cache
def lexicon() -> Lexicon:
    trig = _read("triggers.json")
    act = _read("actors.json")
    return Lexicon(
        version=f"{trig['version']}+{act['version']}",
        triggers=tuple(_trigger(t) for t in trig["triggers"]),
        aerial_words=frozenset(trig["aerial_words"]),
        shelling_words=frozenset(trig["shelling_words"]),
        explosive_words=frozenset(trig["explosive_words"]),
        firearm_words=frozenset(trig["firearm_words"]),
        primitive_words=frozenset(trig.get("primitive_words", ())),
        labour_strike_words=frozenset(trig["labour_strike_words"]),
        weapon_words=frozenset(trig.get("weapon_words", ())),
        roles=dict(act["roles"]),
        leader_roles=frozenset(act["leader_roles"]),
        institutions=(institutions := tuple(Institution(**i) for i in act["institutions"])),
        igo_names=frozenset(i.text.removeprefix("the ") for i in institutions if i.sector == "IGO"),
        org_sector_words=dict(act["org_sector_words"]),
        state_forces=frozenset(act["state_forces"]),
        seat_words=frozenset(act.get("seat_words", ())),
    )
