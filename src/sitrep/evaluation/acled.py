"""ACLED event records (current and pre-2019 schemas): loader and scorers.

Each record's ``notes`` is the text, extracted with published = the event
date. Two things are done to the text, both to keep the test honest: Benin
notes that open with ACLED's own label ("Property destruction: On 6 January
...") lose that label, since it leaks the answer.

Scoring rules (``score_acled_events``)
- The report's event is ``sitrep.mapping.acled.report_event`` (ACLED codes
  one event per note); its ACLED type comes from ``acled_event_type`` under
  the record's schema. No event is wrong.
- **event_type_accuracy** over all records; **sub_event_accuracy** too for
  the current schema.
- **actor1_country_accuracy**: gold is the country in actor1's last
  parenthesis that names a country ("Rioters (Benin)"), else the country
  after "Forces of"/"Government of" ("Military Forces of Benin (2016-)"),
  else the record's country when actor1 is such a state body; records whose
  actor1 names no country (JNIM, Al Shabaab) are not scored. Right when any
  source actor of the report's event has that country.
- **location_25km**: the report event's place, else the first place of the
  extraction with coordinates, within 25 km of the record's point.

Counting rules (``score_acled_counts``)
- **deaths_exact_max**: on records with fatalities > 0, the largest ``dead``
  among non-negated events equals ``fatalities``. Max rather than sum
  because several events of one note often carry the same deaths; the sum
  is reported as **deaths_exact_sum**.
- **no_invented_deaths**: on records with 0 fatalities, no event has dead > 0.
- **acled_fatalities_exact** / **acled_no_invented_fatalities**: the same two
  checks on the figure an ACLED-style table would carry
  (``sitrep.mapping.acled_fatalities``): the stated deaths under ACLED's
  counting conventions for reports without a number ("several killed" is 3
  today, 10 in the pre-2019 codebook; "dozens" 12). The raw figures above
  measure the text; these measure the export.
- **..._per_note**: ACLED splits some notes over several records (one per
  place or day) and divides the fatalities among them; the per-note
  figures score each distinct note once against the sum of its records'
  fatalities (the issue's target is read on ``acled_fatalities_exact_per_note``,
  the figure an ACLED-style export carries, under its conventions).
- **date_accuracy**: the report event's date (else the first dated event's)
  equals the event date.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from sitrep.errors import InputError
from sitrep.evaluation.countries import iso3
from sitrep.evaluation.paths import dev_path
from sitrep.evaluation.runner import ExtractorLike, extract_all
from sitrep.evaluation.scoring import Report, haversine_km
from sitrep.mapping.acled import Schema, acled_event_type, report_event
from sitrep.mapping.acled_fatalities import acled_fatalities
from sitrep.model import Document, Event, Extraction

AcledSet = Literal["benin", "africa2016"]
FILES: dict[AcledSet, tuple[str, Schema]] = {
    "benin": ("acled_benin.csv", "current"),
    "africa2016": ("acled_africa2016.csv", "2016"),
}
NEAR_KM = 25.0

_LABEL_PREFIX = re.compile(r"^[A-Z][A-Za-z /-]{2,45}:\s+")
_PARENS = re.compile(r"\(([^()]*)\)")
_STATE_BODY = re.compile(r"\b(?:Forces|Government|Army|Military|Police|Navy|Gendarmerie) of "
                         r"([A-Z][\w' -]+?)\s*(?:\(|$)")


@dataclass(frozen=True, slots=True)
class AcledRecord:
    id: str
    schema: Schema
    text: str
    date: str
    event_type: str
    sub_event_type: str | None
    actor1: str
    actor1_country: str | None
    country: str
    lat: float | None
    lon: float | None
    fatalities: int


def load_acled(which: AcledSet, path: Path | None = None, *, limit: int | None = None) -> list[AcledRecord]:
    """Records with a non-empty note, in file order; ``limit`` keeps the first N."""
    filename, schema = FILES[which]
    path = path or dev_path("events_acled", filename)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"cannot read ACLED file {path}: {err}") from err
    records = [_record(row, schema) for row in rows if (row.get("notes") or "").strip()]
    return records[:limit] if limit is not None else records


def acled_documents(records: list[AcledRecord]) -> list[Document]:
    return [Document(text=r.text, published=r.date, input_id=r.id) for r in records]


def actor1_country(actor1: str, record_country: str) -> str | None:
    """The ISO-3 country of an ACLED actor1 name, by the rule in the module docstring."""
    for inside in reversed(_PARENS.findall(actor1)):
        code = iso3(inside)
        if code:
            return code
    body = _STATE_BODY.search(actor1)
    if body:
        return iso3(body.group(1)) or iso3(record_country)
    return None


def score_acled_events(records: list[AcledRecord], extractions: list[Extraction]) -> Report:
    report = Report(f"ACLED events ({records[0].schema if records else 'empty'} schema)")
    for rec, x in zip(records, extractions, strict=True):
        event = report_event(x)
        predicted = acled_event_type(event, extraction=x, schema=rec.schema) if event else ("none", None)
        type_ok = predicted[0] == rec.event_type
        report.ratio("event_type_accuracy").add(type_ok)
        if rec.schema == "current":
            sub_ok = predicted[1] == rec.sub_event_type
            report.ratio("sub_event_accuracy").add(sub_ok)
            gold_label = f"{rec.event_type}/{rec.sub_event_type}"
            pred_label = f"{predicted[0]}/{predicted[1]}"
        else:
            sub_ok, gold_label, pred_label = type_ok, rec.event_type, predicted[0]
        if not sub_ok:
            report.confusions[(gold_label, pred_label)] += 1
            if not type_ok:
                report.example(f"{rec.id}: gold {gold_label} got {pred_label} "
                               f"[{_describe(event, x)}]: {rec.text}")
        if rec.actor1_country:
            countries = {a.country for a in (x.actor(i) for i in (event.source if event else [])) if a}
            report.ratio("actor1_country_accuracy").add(rec.actor1_country in countries)
        if rec.lat is not None and rec.lon is not None:
            point = _predicted_point(event, x)
            near = point is not None and haversine_km(rec.lat, rec.lon, *point) <= NEAR_KM
            report.ratio("location_25km").add(near)
    report.notes.append("one event per note (sitrep.mapping.acled.report_event); "
                        "actor1 country from its parenthesis or 'Forces of X'")
    return report


def score_acled_counts(records: list[AcledRecord], extractions: list[Extraction]) -> Report:
    report = Report(f"ACLED counts ({records[0].schema if records else 'empty'} schema)")
    for rec, x in zip(records, extractions, strict=True):
        deaths = [e.dead for e in x.events if e.dead is not None and not e.negated]
        coded = acled_fatalities(x, rec.schema)
        if rec.fatalities > 0:
            report.ratio("acled_fatalities_exact").add(coded == rec.fatalities)
        else:
            report.ratio("acled_no_invented_fatalities").add(coded == 0)
        if rec.fatalities > 0:
            ok = bool(deaths) and max(deaths) == rec.fatalities
            report.ratio("deaths_exact_max").add(ok)
            report.ratio("deaths_exact_sum").add(bool(deaths) and sum(deaths) == rec.fatalities)
            if not ok:
                report.confusions[("deaths wrong", "none found" if not deaths else "other number")] += 1
                report.example(f"{rec.id}: gold {rec.fatalities} got {deaths}: {rec.text}")
        else:
            invented = any(d > 0 for d in deaths)
            report.ratio("no_invented_deaths").add(not invented)
            if invented:
                report.confusions[("0 deaths", "deaths invented")] += 1
                report.example(f"{rec.id}: gold 0 got {deaths}: {rec.text}")
        date = _predicted_date(x)
        report.ratio("date_accuracy").add(date == rec.date)
        if date != rec.date:
            report.confusions[("date wrong", "no date" if date is None else "other date")] += 1
    _score_split_notes(records, extractions, report)
    report.notes.append("deaths = max of dead over the note's non-negated events (sum shown too); "
                        "date = the report event's date, else the first dated event's")
    return report


def _score_split_notes(records: list[AcledRecord], extractions: list[Extraction], report: Report) -> None:
    """The per-note figures: ACLED splits one note over several records (one per place or day) and
    divides its fatalities among them, which no reading of the text alone can reproduce per record;
    scored once against the records' sum, the note is measured on what it states."""
    notes: dict[str, list[tuple[AcledRecord, Extraction]]] = {}
    for rec, x in zip(records, extractions, strict=True):
        notes.setdefault(rec.text, []).append((rec, x))
    for items in notes.values():
        gold = sum(rec.fatalities for rec, _ in items)
        rec, x = items[0]
        if gold <= 0:
            continue
        report.ratio("acled_fatalities_exact_per_note").add(acled_fatalities(x, rec.schema) == gold)
        deaths = [e.dead for e in x.events if e.dead is not None and not e.negated]
        report.ratio("deaths_exact_max_per_note").add(bool(deaths) and max(deaths) == gold)


def evaluate_acled_events(extractor: ExtractorLike, which: AcledSet, *, limit: int | None = None,
                          path: Path | None = None) -> Report:
    records = load_acled(which, path, limit=limit)
    report = score_acled_events(records, extract_all(extractor, acled_documents(records)))
    report.name = f"ACLED {which}: event types"
    return report


def evaluate_acled_counts(extractor: ExtractorLike, which: AcledSet, *, limit: int | None = None,
                          path: Path | None = None) -> Report:
    records = load_acled(which, path, limit=limit)
    report = score_acled_counts(records, extract_all(extractor, acled_documents(records)))
    report.name = f"ACLED {which}: deaths and dates"
    return report


def _predicted_point(event: Event | None, x: Extraction) -> tuple[float, float] | None:
    place = x.place(event.place) if event and event.place else None
    if place is None or place.lat is None or place.lon is None:
        place = next((p for p in x.places if p.lat is not None and p.lon is not None), None)
    if place is None or place.lat is None or place.lon is None:
        return None
    return (place.lat, place.lon)


def _predicted_date(x: Extraction) -> str | None:
    event = report_event(x)
    if event is not None and event.date:
        return event.date
    return next((e.date for e in sorted(x.events, key=lambda e: e.evidence.start) if e.date), None)


def _describe(event: Event | None, x: Extraction) -> str:
    if event is None:
        return "no ACLED-scope event; events: " + ",".join(e.type for e in x.events)
    return (f"{event.type}/{event.mode} {_names(x, event.source)} -> {_names(x, event.target)} "
            f"trigger={event.trigger!r}")


def _names(x: Extraction, actor_ids: list[str]) -> str:
    return "+".join(a.name for a in (x.actor(i) for i in actor_ids) if a) or "-"


def _iso_date(text: str) -> str:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise InputError(f"ACLED event_date {text!r} is not a date this loader reads "
                     "(YYYY-MM-DD or '6 August 2022')")


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "", "NA") else None
    except ValueError:
        return None


def _record(row: dict[str, str], schema: Schema) -> AcledRecord:
    sub = (row.get("sub_event_type") or "").strip() or None
    actor1 = (row.get("actor1") or "").strip()
    country = (row.get("country") or "").strip()
    return AcledRecord(
        id=(row.get("event_id_cnty") or row.get("data_id") or "").strip(),
        schema=schema,
        text=_LABEL_PREFIX.sub("", row["notes"].strip()) if schema == "current" else row["notes"].strip(),
        date=_iso_date(row["event_date"]),
        event_type=row["event_type"].strip(),
        sub_event_type=sub if schema == "current" else None,
        actor1=actor1,
        actor1_country=actor1_country(actor1, country),
        country=country,
        lat=_number(row.get("latitude")),
        lon=_number(row.get("longitude")),
        fatalities=int(float(row.get("fatalities") or 0)),
    )
