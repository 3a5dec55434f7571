"""The PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt): loader and scorer.

Each record is one sentence with one gold event: a type, source and target
actors with codes, the event words (``eventText``). The file follows an older
PLOVER draft, read here in today's categories: DEMAND is REQUEST, DISAPPROVE
and INVESTIGATE are ACCUSE, FIGHT is ASSAULT.

Scoring rules
- **Which predicted event**: the one whose trigger best overlaps the gold
  ``eventText`` words (a trigger word matches a gold word when they are
  equal or share a 4-letter prefix, so "agree" meets "agreed"); when no
  trigger overlaps, the first event in the text. No event at all is wrong.
- **type_accuracy**: over all records.
- **source/target_country_accuracy**: over records with at least one gold
  source (target) whose code is an ISO-3 country (IGO, NGO, "---" and
  ethnic codes are left out); right when any predicted source (target)
  actor's country is one of the gold codes.
- **type_any_accuracy** (diagnostic): some predicted event has the gold type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.evaluation.countries import iso3
from sitrep.evaluation.paths import dev_path
from sitrep.evaluation.runner import ExtractorLike, extract_all
from sitrep.evaluation.scoring import Report
from sitrep.model import Document, Event, Extraction

OLD_TYPES: dict[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                             "FIGHT": "ASSAULT"}
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class GsrRecord:
    id: str
    text: str
    date: str | None
    type: str
    original_type: str
    event_text: str
    source_codes: tuple[str, ...]
    target_codes: tuple[str, ...]
    mode: str | None
    context: tuple[str, ...]

    @property
    def source_countries(self) -> frozenset[str]:
        return _countries(self.source_codes)

    @property
    def target_countries(self) -> frozenset[str]:
        return _countries(self.target_codes)


def load_plover_gsr(path: Path | None = None, *, limit: int | None = None) -> list[GsrRecord]:
    """The GSR records in file order, without the DOCUMENT record; ``limit`` keeps the first N."""
    path = path or dev_path("events_plover_gsr", "PLOVER_GSR_CAMEO.txt")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read PLOVER GSR file {path}: {err}") from err
    records = [_record(r) for r in data
               if isinstance(r, dict) and r.get("event") != "DOCUMENT" and r.get("text")]
    return records[:limit] if limit is not None else records


def gsr_documents(records: list[GsrRecord]) -> list[Document]:
    return [Document(text=r.text, published=r.date, input_id=r.id) for r in records]


def score_plover_gsr(records: list[GsrRecord], extractions: list[Extraction]) -> Report:
    report = Report("PLOVER GSR")
    for rec, x in zip(records, extractions, strict=True):
        event = pick_event(x.events, rec.event_text)
        predicted = event.type if event else "none"
        ok = predicted == rec.type
        report.ratio("type_accuracy").add(ok)
        report.ratio("type_any_accuracy").add(any(e.type == rec.type for e in x.events))
        if not ok:
            report.confusions[(rec.type, predicted)] += 1
            report.example(f"{rec.id}: gold {rec.type} ({rec.event_text!r}) got {predicted} "
                           f"(trigger {event.trigger if event else None!r}): {rec.text}")
        if rec.source_countries:
            report.ratio("source_country_accuracy").add(
                bool(_predicted_countries(x, event.source if event else []) & rec.source_countries))
        if rec.target_countries:
            report.ratio("target_country_accuracy").add(
                bool(_predicted_countries(x, event.target if event else []) & rec.target_countries))
    report.notes.append("event chosen by trigger overlap with eventText, else the first; "
                        "country accuracy over records with an ISO-3 gold code")
    return report


def evaluate_plover_gsr(extractor: ExtractorLike, *, limit: int | None = None,
                        path: Path | None = None) -> Report:
    records = load_plover_gsr(path, limit=limit)
    return score_plover_gsr(records, extract_all(extractor, gsr_documents(records)))


def pick_event(events: list[Event], event_text: str) -> Event | None:
    """The predicted event that best matches the gold event words (see module docstring)."""
    if not events:
        return None
    gold = [w.lower() for w in _WORD.findall(event_text)]
    ordered = sorted(events, key=lambda e: e.evidence.start)
    best, best_score = ordered[0], 0
    for event in ordered:
        words = [w.lower() for w in _WORD.findall(event.trigger or "")]
        score = sum(1 for w in words if any(_same_word(w, g) for g in gold))
        if score > best_score:
            best, best_score = event, score
    return best


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4


def _predicted_countries(x: Extraction, actor_ids: list[str]) -> set[str]:
    out: set[str] = set()
    for actor_id in actor_ids:
        actor = x.actor(actor_id)
        if actor is not None and actor.country:
            out.add(actor.country)
    return out


def _countries(codes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(c for c in (iso3(code) for code in codes) if c)


def _codes(value: Any) -> tuple[str, ...]:
    """Actor codes of a source/target field; the file has a few stray strings where a list belongs."""
    if not isinstance(value, list):
        return ()
    return tuple(str(a.get("code") or "") for a in value if isinstance(a, dict))


def _record(r: dict[str, Any]) -> GsrRecord:
    original = str(r["event"])
    context = r.get("context")
    return GsrRecord(
        id=str(r["id"]),
        text=str(r["text"]),
        date=r.get("date"),
        type=OLD_TYPES.get(original, original),
        original_type=original,
        event_text=str(r.get("eventText") or ""),
        source_codes=_codes(r.get("source")),
        target_codes=_codes(r.get("target")),
        mode=r.get("mode") or None,
        context=tuple(c.strip() for c in context.split(",") if c.strip()) if isinstance(context, str) else (),
    )
