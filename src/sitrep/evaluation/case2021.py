"""CASE 2021 task 2 snippets (30 fine event types, mostly ACLED sub-event types): loader and scorer.

The snippet's predicted label is the ACLED sub-event type of
``sitrep.mapping.acled.report_event`` (current schema), or "none" when the
snippet has no event ACLED codes.

Scoring rules
- ACLED labels (``LABELS``): right when the predicted sub-event type is the
  label's. OTHER (ACLED's "Strategic developments / Other") is also right
  when nothing ACLED codes was found, since Other is the residual class.
- Labels outside ACLED (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER,
  DIPLO, ATTRIB): right when sitrep predicts no ACLED-coded event or
  "Other" — the correct behaviour of an ACLED mapping for them is to stay
  out of ACLED's violent and protest types.
- **accuracy** is over all snippets; **acled_accuracy** over ACLED-labelled
  snippets only; **acled_type_accuracy** compares the coarse event type on
  those.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.evaluation.paths import dev_path
from sitrep.evaluation.runner import ExtractorLike, extract_all
from sitrep.evaluation.scoring import Report
from sitrep.mapping.acled import acled_event_type, report_event
from sitrep.model import Document, Extraction

#: CASE label -> ACLED (event type, sub-event type).
LABELS: dict[str, tuple[str, str]] = {
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "ARREST": ("Strategic developments", "Arrests"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
}
NON_ACLED: frozenset[str] = frozenset(
    {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: str
    text: str
    label: str

    @property
    def in_acled(self) -> bool:
        return self.label in LABELS


def load_case2021(path: Path | None = None, *, limit: int | None = None) -> list[CaseRecord]:
    path = path or dev_path("events_case2021", "test_set_final_release_with_labels.tsv")
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"cannot read CASE 2021 file {path}: {err}") from err
    records = [CaseRecord(id=r["id"].strip(), text=r["EventSnippet"].strip(), label=r["SubType"].strip())
               for r in rows if (r.get("EventSnippet") or "").strip()]
    unknown = {r.label for r in records} - set(LABELS) - NON_ACLED
    if unknown:
        raise InputError(f"CASE 2021 file {path} has labels this scorer does not know: {sorted(unknown)}")
    return records[:limit] if limit is not None else records


def case_documents(records: list[CaseRecord]) -> list[Document]:
    return [Document(text=r.text, input_id=r.id) for r in records]


def predicted_acled(x: Extraction) -> tuple[str, str] | None:
    """The (event type, sub-event type) the snippet is coded as, None when nothing ACLED codes."""
    event = report_event(x)
    if event is None:
        return None
    event_type, sub = acled_event_type(event, extraction=x)
    return (event_type, sub or "Other")


def score_case2021(records: list[CaseRecord], extractions: list[Extraction]) -> Report:
    report = Report("CASE 2021 task 2")
    for rec, x in zip(records, extractions, strict=True):
        predicted = predicted_acled(x)
        pred_sub = predicted[1] if predicted else "none"
        if rec.in_acled:
            gold_type, gold_sub = LABELS[rec.label]
            ok = pred_sub == gold_sub or (gold_sub == "Other" and predicted is None)
            report.ratio("acled_accuracy").add(ok)
            type_ok = predicted[0] == gold_type if predicted else gold_sub == "Other"
            report.ratio("acled_type_accuracy").add(type_ok)
        else:
            ok = predicted is None or pred_sub == "Other"
            report.ratio("non_acled_accuracy").add(ok)
        report.ratio("accuracy").add(ok)
        if not ok:
            report.confusions[(rec.label, pred_sub)] += 1
            report.example(f"{rec.id}: gold {rec.label} got {pred_sub} "
                           f"(events {','.join(f'{e.type}/{e.mode}' for e in x.events)}): {rec.text}")
    report.notes.append("non-ACLED labels are right when sitrep codes nothing ACLED-violent "
                        "(no ACLED-scope event, or Strategic developments/Other)")
    return report


def evaluate_case2021(extractor: ExtractorLike, *, limit: int | None = None,
                      path: Path | None = None) -> Report:
    records = load_case2021(path, limit=limit)
    return score_case2021(records, extract_all(extractor, case_documents(records)))
