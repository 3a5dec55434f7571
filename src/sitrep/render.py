"""Readable summaries of an extraction for a person at a terminal.

Events read as "who did what to whom, where, when, says whom", which is the
question a monitoring desk asks of every report.
"""

from __future__ import annotations

from sitrep.model import Event, Extraction


def _names(x: Extraction, ids: list[str]) -> str:
    names = [a.name for i in ids if (a := x.actor(i)) is not None]
    return " and ".join(names) if names else "someone"


def event_line(x: Extraction, e: Event) -> str:
    who = _names(x, e.source)
    whom = _names(x, e.target) if e.target else ""
    verb = e.type.lower() + (f" ({e.mode})" if e.mode else "")
    parts = [f"{who} {'did not ' if e.negated else ''}{verb}"]
    if whom:
        parts.append(f"→ {whom}")
    place = x.place(e.place)
    if place is not None:
        parts.append(f"in {place.name}" + (f", {place.country}" if place.country else ""))
    if e.date:
        parts.append(f"on {e.date}")
    status: str = e.status
    if e.claimed_by:
        claimant = x.actor(e.claimed_by)
        status += f", says {claimant.name if claimant else 'someone'}"
    if e.verification:
        status += f", {e.verification}"
    if e.disputed_by:
        status += f" by {_names(x, e.disputed_by)}"
    if e.target_objects:
        parts.append("hitting " + ", ".join(e.target_objects))
    parts.append(f"[{status}]")
    casualties = [f"{n} {k}" for k, n in (("dead", e.dead), ("injured", e.injured), ("arrested", e.arrested))
                  if n is not None]
    if casualties:
        parts.append("(" + ", ".join(casualties) + ")")
    return " ".join(parts)


def summary(x: Extraction) -> str:
    d = x.document
    lines = [d.title or "(untitled)"]
    meta = [f"{k}: {v}" for k, v in (("dateline", d.dateline), ("published", d.published), ("by", d.byline),
                                      ("publisher", d.publisher), ("url", d.url)) if v]
    if meta:
        lines.append("  " + " | ".join(meta))
    lines.append("")
    lines.append(f"Actors ({len(x.actors)})")
    for a in x.actors:
        extra = ", ".join(filter(None, [a.kind, a.country, a.sector]))
        roles = f" — {'; '.join(a.roles)}" if a.roles else ""
        lines.append(f"  {a.name} ({extra}){roles}")
    lines.append(f"Places ({len(x.places)})")
    for p in x.places:
        where = ", ".join(filter(None, [p.admin1, p.country]))
        coords = f" {p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        lines.append(f"  {p.name} ({p.feature}; {where}){coords}")
    lines.append(f"Events ({len(x.events)})")
    for e in x.events:
        lines.append(f"  {e.id} {event_line(x, e)}")
        lines.append(f"      “{e.evidence.text[:160]}{'…' if len(e.evidence.text) > 160 else ''}”")
    lines.append(f"Quotes ({len(x.quotes)})")
    for q in x.quotes:
        speaker = x.actor(q.speaker)
        who = speaker.name if speaker else "unattributed"
        mark = "“…”" if q.direct else "(indirect)"
        lines.append(f"  {who} {q.cue or ''} {mark}: {q.text[:140]}")
    lines.append(f"Counts ({len(x.quantities)})")
    for n in x.quantities:
        value = f"{n.value:g}" + (f"–{n.value_max:g}" if n.value_max is not None else "")
        approx = "~" if n.approximate else ""
        lines.append(f"  {approx}{value} {n.unit}" + (f" — {n.what}" if n.what else ""))
    return "\n".join(lines)
