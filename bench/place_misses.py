"""Size the room for placing toponyms from what the text says about where they lie.

For every reference place of the team articles that sitrep misses, prints
whether the name was extracted at all (and how far from the reference it was
put), whether the gazetteer has an entry for the name near the reference point,
and what the text says around the name's first mention: a distance with a
compass direction from another place ("20 km north of Goma"), a distance alone
("30 km from Y"), "near/outside Y", or "a village in Y district". The last
lines count the misses per kind of evidence: the opportunity a text-based
placer could take.

Usage: ``python bench/place_misses.py [--save DIR]`` (``--save`` keeps each
extraction as JSON).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from eval_team_articles import SCORER, article_pairs, extraction, for_scorer

#: What a text says after a name about where it lies, most specific first.
EVIDENCE = (
    ("distance+direction", re.compile(
        r"\b\d[\d.,]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|mi(?:les?)?)\b[^.;]{0,40}?\b"
        r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+(?:of|from)\b", re.I)),
    ("distance", re.compile(r"\b\d[\d.,]*\s*(?:-\s*)?(?:km|kilomet(?:re|er)s?|mi(?:les?)?)\b[^.;]{0,30}?"
                            r"\b(?:from|of|outside)\b", re.I)),
    ("near/outside", re.compile(r"\b(?:near|outside|close to|on the outskirts of)\s+(?:the\s+)?[A-Z]")),
    ("in-area", re.compile(r"\b(?:village|town|hamlet|settlement|camp|locality)\s+in\s+(?:the\s+)?[A-Z]", re.I)),
)
WINDOW = 120


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evidence(text: str, name: str) -> tuple[str, str]:
    """The most specific kind of location evidence near the name's mentions, and the words it is in."""
    best: tuple[int, str, str] = (len(EVIDENCE), "none", "")
    for m in re.finditer(re.escape(name), text):
        window = text[max(0, m.start() - 40):m.end() + WINDOW]
        for rank, (kind, pattern) in enumerate(EVIDENCE):
            found = pattern.search(window)
            if found and rank < best[0]:
                best = (rank, kind, " ".join(window.split()))
    return best[1], best[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    from sitrep.nlp.extract import Extractor
    from sitrep.nlp.places import get_gazetteer

    scorer = _scorer()
    gaz = get_gazetteer()
    extractor = Extractor()
    counts: Counter[str] = Counter()
    total = 0
    for text_path, ref_path in article_pairs():
        ref: dict[str, Any] = json.loads(ref_path.read_text(encoding="utf-8"))
        pred = for_scorer(extraction(extractor, text_path, ref["document"].get("published")))
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{text_path.stem}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        text = text_path.read_text(encoding="utf-8")
        for g in ref["places"]:
            total += 1
            if any(scorer.place_matches(g, p) for p in pred["places"]):
                continue
            named = [p for p in pred["places"] if (pn := scorer.norm(p.get("name")))
                     and (scorer.norm(g["name"]) in pn or pn in scorer.norm(g["name"]))]
            where = "absent"
            if named:
                p = named[0]
                where = "no-coords" if p.get("lat") is None else \
                    f"{scorer.km(g['lat'], g['lon'], p['lat'], p['lon']):.0f}km-off"
            near = [c for c in gaz.candidates(g["name"])
                    if scorer.km(g["lat"], g["lon"], c.lat, c.lon) <= g["tolerance_km"]]
            kind, words = evidence(text, g["name"])
            counts[kind] += 1
            counts[f"gazetteer-has-it:{bool(near)}"] += 1
            print(f"{text_path.stem[:28]:<28} {g['name'][:24]:<24} {where:<10} gaz={'y' if near else 'n'} "
                  f"{kind:<18} {words[:150]}")
    missed = sum(v for k, v in counts.items() if not k.startswith("gazetteer"))
    print(f"\n{missed} of {total} reference places missed")
    for kind, n in counts.most_common():
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
