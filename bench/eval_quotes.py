"""Quote attribution precision/recall/F1 on the PolNeAR dev split.

    .venv/bin/python bench/eval_quotes.py [--limit N]

Target (issue): F1 >= 0.6. Matching rules are in sitrep.evaluation.polnear.
"""

from __future__ import annotations

from eval_common import load_extractor, parse_args, run
from sitrep.evaluation import evaluate_polnear


def main() -> None:
    args = parse_args(__doc__ or "")
    ex = load_extractor()
    run([("PolNeAR", lambda: evaluate_polnear(ex, limit=args.limit))], examples=args.examples)


if __name__ == "__main__":
    main()
