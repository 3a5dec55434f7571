"""Shared plumbing of the evaluation scripts: arguments, the extractor, timing, printing.

The scripts read ../shared/dev (never copied into the repository) and exit
with a one-line message when it is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from sitrep.errors import SitrepError
from sitrep.evaluation import ExtractorLike, Report, dev_data_present, shared_dir


def parse_args(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--limit", type=int, default=None,
                        help="evaluate only the first N records of each set")
    parser.add_argument("--examples", type=int, default=8, help="error examples to print per data set")
    return parser.parse_args()


def load_extractor() -> ExtractorLike:
    """The real extractor, loaded once; exits with a message when the data or the pipeline is missing."""
    if not dev_data_present():
        sys.exit(f"{shared_dir() / 'dev'} is absent: these scripts need the shared development data")
    from sitrep.nlp.extract import Extractor

    started = time.perf_counter()
    extractor = Extractor()
    print(f"pipeline loaded in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return extractor


def run(reports: list[tuple[str, Callable[[], Report]]], *, examples: int) -> list[Report]:
    """Run each evaluation, print its table as it finishes, then a summary of headline figures."""
    done: list[Report] = []
    for label, evaluate in reports:
        started = time.perf_counter()
        try:
            report = evaluate()
        except SitrepError as err:
            print(f"== {label}: skipped: {err}")
            continue
        del report.examples[examples:]
        print(report.table())
        print(f"  ({time.perf_counter() - started:.1f}s)\n")
        done.append(report)
    print("== summary")
    for report in done:
        figures = ", ".join(f"{k}={v:.3f}" for k, v in report.metrics().items())
        print(f"  {report.name}: {figures}")
    return done
