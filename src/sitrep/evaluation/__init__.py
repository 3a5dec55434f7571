"""Evaluation on the public development data sets in ``../shared/dev``.

Loaders turn each data set into typed records, scorers compare records with
``Extraction``s and return a ``Report``, and ``evaluate_*`` run an extractor
end to end. The bench scripts print these reports; the accuracy gate
(tests/test_accuracy_gate.py) compares them with floors.
"""

from sitrep.evaluation.acled import (
    AcledRecord,
    actor1_country,
    evaluate_acled_counts,
    evaluate_acled_events,
    load_acled,
    score_acled_counts,
    score_acled_events,
)
from sitrep.evaluation.case2021 import CaseRecord, evaluate_case2021, load_case2021, score_case2021
from sitrep.evaluation.paths import DevDataMissingError, dev_data_present, dev_path, shared_dir
from sitrep.evaluation.plover_gsr import GsrRecord, evaluate_plover_gsr, load_plover_gsr, score_plover_gsr
from sitrep.evaluation.polnear import (
    GoldAttribution,
    PolnearArticle,
    evaluate_polnear,
    load_polnear,
    score_polnear,
)
from sitrep.evaluation.runner import ExtractorLike, extract_all
from sitrep.evaluation.scoring import Ratio, Report

__all__ = [
    "AcledRecord", "CaseRecord", "DevDataMissingError", "ExtractorLike", "GoldAttribution", "GsrRecord",
    "PolnearArticle", "Ratio", "Report", "actor1_country", "dev_data_present", "dev_path",
    "evaluate_acled_counts", "evaluate_acled_events", "evaluate_case2021", "evaluate_plover_gsr",
    "evaluate_polnear", "extract_all", "load_acled", "load_case2021", "load_plover_gsr", "load_polnear",
    "score_acled_counts", "score_acled_events", "score_case2021", "score_plover_gsr", "score_polnear",
    "shared_dir",
]
