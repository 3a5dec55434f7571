"""Canonical actor keys and the cross-document view of one actor.

Within a document the actors stage already merges mentions into one actor per
referent. Across documents the same referent must get the same id: a
country is its ISO code, any other actor its kind, country and normalised
name ("Grace Wanjiru" in two reports from Kenya is one person). The key is
deterministic, so it needs no shared state between ingest workers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from sitrep.model import Actor


def normalise_name(name: str) -> str:
    """Casefolded, accents and punctuation removed, spaces collapsed; "the" dropped in front."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def canonical_key(actor: Actor) -> str:
    """The id one referent keeps across documents."""
    if actor.kind == "country" and actor.country:
        return f"country:{actor.country}"
    return f"{actor.kind}:{actor.country or '-'}:{normalise_name(actor.name)}"


@dataclass(slots=True)
class RoleSpan:
    """A role and the publication dates of the first and last reports that give it."""

    role: str
    first_seen: date | None
    last_seen: date | None


@dataclass(slots=True)
class CanonicalActor:
    key: str
    name: str
    kind: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleSpan] = field(default_factory=list)
    documents: int = 0
    first_seen: date | None = None
    last_seen: date | None = None

    def to_dict(self) -> dict[str, object]:
        return {"key": self.key, "name": self.name, "kind": self.kind, "country": self.country,
                "aliases": self.aliases, "documents": self.documents,
                "first_seen": _iso(self.first_seen), "last_seen": _iso(self.last_seen),
                "roles": [{"role": r.role, "first_seen": _iso(r.first_seen), "last_seen": _iso(r.last_seen)}
                          for r in self.roles]}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def merge_mentions(key: str, rows: list[tuple[Actor, date | None]]) -> CanonicalActor:
    """Fold one key's per-document actors into the canonical view: the most frequent name, every
    alias, and each role with the first and last date it was reported."""
    names: dict[str, int] = {}
    aliases: list[str] = []
    roles: dict[str, RoleSpan] = {}
    seen = [d for _, d in rows if d is not None]
    for actor, day in rows:
        names[actor.name] = names.get(actor.name, 0) + 1
        for alias in [actor.name, *actor.aliases]:
            if alias not in aliases:
                aliases.append(alias)
        for role in actor.roles:
            span = roles.setdefault(role.casefold(), RoleSpan(role, day, day))
            if day is not None:
                span.first_seen = min(filter(None, (span.first_seen, day)))
                span.last_seen = max(filter(None, (span.last_seen, day)))
    name = max(names.items(), key=lambda kv: kv[1])[0]
    first = rows[0][0]
    return CanonicalActor(key=key, name=name, kind=first.kind, country=first.country,
                          aliases=[a for a in aliases if a != name],
                          roles=sorted(roles.values(), key=lambda r: (r.first_seen or date.min, r.role)),
                          documents=len(rows), first_seen=min(seen) if seen else None,
                          last_seen=max(seen) if seen else None)
