"""Deaths and event dates against ACLED's fatalities and event_date, on both ACLED files.

    .venv/bin/python bench/eval_counts.py [--limit N]

Targets (issue): deaths exact on >= 90% of records with fatalities; event
date right on >= 95%. Rules are in sitrep.evaluation.acled.
"""

from __future__ import annotations

from eval_common import load_extractor, parse_args, run
from sitrep.evaluation import evaluate_acled_counts


def main() -> None:
    args = parse_args(__doc__ or "")
    ex = load_extractor()
    run([
        ("ACLED benin", lambda: evaluate_acled_counts(ex, "benin", limit=args.limit)),
        ("ACLED africa2016", lambda: evaluate_acled_counts(ex, "africa2016", limit=args.limit)),
    ], examples=args.examples)


if __name__ == "__main__":
    main()
