"""Event accuracy on the PLOVER GSR, the two ACLED files and CASE 2021.

    .venv/bin/python bench/eval_events.py [--limit N]

Targets (issue): PLOVER type/source/target accuracy >= 0.75; ACLED event
type >= 0.85. Scoring rules are in the docstrings of sitrep.evaluation.*.
"""

from __future__ import annotations

from eval_common import load_extractor, parse_args, run
from sitrep.evaluation import evaluate_acled_events, evaluate_case2021, evaluate_plover_gsr


def main() -> None:
    args = parse_args(__doc__ or "")
    ex = load_extractor()
    run([
        ("PLOVER GSR", lambda: evaluate_plover_gsr(ex, limit=args.limit)),
        ("ACLED benin", lambda: evaluate_acled_events(ex, "benin", limit=args.limit)),
        ("ACLED africa2016", lambda: evaluate_acled_events(ex, "africa2016", limit=args.limit)),
        ("CASE 2021", lambda: evaluate_case2021(ex, limit=args.limit)),
    ], examples=args.examples)


if __name__ == "__main__":
    main()
