"""Score sitrep on the team's own articles, to see how it does on news it was not tuned on.

``bench/team_articles/`` holds wire-style articles the team wrote (invented
people, real places) with references annotated by hand before sitrep ever
read them. For each article this runs the real extractor, exactly as
``sitrep extract FILE --published DATE --format json`` would (the date comes
from the reference, since a plain-text file carries none), and scores the
output with the team's scorer, ``../shared/tools/score_extraction.py``. The
scorer stays in ../shared so that one definition of the metrics serves the
golden article and these alike; it is run, never copied.

Usage: ``python bench/eval_team_articles.py [--verbose]`` (``--verbose``
prints the scorer's hits and misses for each article).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.nlp.extract import Extractor

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "bench" / "team_articles"
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_extraction.py"
METRICS = ("must_recall", "should_recall", "event_precision", "event_recall", "place_recall", "quote_recall")


@dataclass(slots=True)
class Scored:
    """One article's figures, and the scorer's own report on it (hits and misses with ``--verbose``)."""

    slug: str
    metrics: dict[str, float]
    report: str


def scorer_present() -> bool:
    return SCORER.is_file()


def article_pairs() -> list[tuple[Path, Path]]:
    """Each article with its reference, in file order; a reference without its article is an error."""
    pairs = []
    for ref in sorted(ARTICLES.glob("*.ref.json")):
        text = ARTICLES / json.loads(ref.read_text(encoding="utf-8"))["document"]["file"]
        if not text.is_file():
            raise FileNotFoundError(f"{ref.name} names {text.name}, which is missing")
        pairs.append((text, ref))
    return pairs


def extraction(extractor: Extractor, text: Path, published: str | None) -> dict[str, Any]:
    """What ``sitrep extract TEXT --published DATE --format json`` prints (same loader, same serialiser)."""
    from sitrep.cli import check_published
    from sitrep.sources.load import document_from_path

    document = document_from_path(text, published=check_published(published), clean=True)
    return extractor.extract(document).to_dict()


def for_scorer(extracted: dict[str, Any]) -> dict[str, Any]:
    """The extraction with null ``unit``/``what`` keys of quantities left out.

    The scorer reads them as ``q.get("what", "")`` and concatenates, so a key
    present with null (sitrep's "no description") crashes it where an absent
    key is read as empty; leaving the key out means the same thing and
    changes no match.
    """
    quantities = [{k: v for k, v in q.items() if not (k in ("unit", "what") and v is None)}
                  for q in extracted.get("quantities", [])]
    return {**extracted, "quantities": quantities}


def parse_score_line(output: str) -> dict[str, float]:
    """The figures on the scorer's last line: ``score must_recall=.. should_recall=.. ...``."""
    last = output.strip().splitlines()[-1]
    head, *pairs = last.split()
    if head != "score":
        raise ValueError(f"the scorer's last line is not a score line: {last!r}")
    return {key: float(value) for key, value in (pair.split("=", 1) for pair in pairs)}


def score(ref: Path, pred: Path, text: Path, *, verbose: bool = False) -> tuple[dict[str, float], str]:
    """Run the team's scorer on one extraction; ``--text`` points it at the article as written,
    so the reference evidence (exact substrings of the file) is found whatever cleaning did."""
    command = [sys.executable, str(SCORER), str(ref), str(pred), "--text", str(text)]
    if verbose:
        command.append("--verbose")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"the scorer failed on {pred.name}: {result.stderr.strip()[-2000:]}")
    return parse_score_line(result.stdout), result.stdout


def evaluate(extractor: Extractor, *, verbose: bool = False) -> list[Scored]:
    """Extract and score every team article with one loaded extractor."""
    scored = []
    with tempfile.TemporaryDirectory(prefix="sitrep-team-") as tmp:
        for text, ref in article_pairs():
            published = json.loads(ref.read_text(encoding="utf-8"))["document"].get("published")
            pred = Path(tmp) / f"{text.stem}.json"
            extracted = for_scorer(extraction(extractor, text, published))
            pred.write_text(json.dumps(extracted, ensure_ascii=False, indent=1), encoding="utf-8")
            metrics, report = score(ref, pred, text, verbose=verbose)
            scored.append(Scored(text.stem, metrics, report))
    return scored


def means(scored: Sequence[Scored]) -> dict[str, float]:
    """The mean of each metric over the articles (the figures the test's floors pin)."""
    return {m: sum(s.metrics[m] for s in scored) / len(scored) for m in METRICS}


#: Articles come in batches, each annotated before sitrep had been changed with the batch in view: the
#: figures of a batch that was still unseen when it arrived are kept apart from the rest.
BATCHES = {"team_articles": range(1, 11), "team_articles_2": range(11, 21), "team_articles_3": range(21, 31),
           "team_articles_4": range(31, 41), "team_articles_5": range(41, 51), "team_articles_6": range(51, 61),
           "team_articles_7": range(61, 71), "team_articles_8": range(71, 81),
           "team_articles_9": range(81, 91), "team_articles_10": range(91, 101),
           "team_articles_11": range(101, 111),
           "team_articles_12": range(111, 121),
           "team_articles_13": range(121, 131),
           "team_articles_14": range(131, 141),
           "team_articles_15": range(141, 151),
           "team_articles_16": range(151, 161),
           "team_articles_17": range(161, 171),
           "team_articles_18": range(171, 181),
           "team_articles_19": range(181, 191),
           "team_articles_20": range(191, 201),
           "team_articles_21": range(201, 211),
           "team_articles_22": range(211, 221),
           "team_articles_23": range(221, 231),
           "team_articles_24": range(231, 241),
           "team_articles_25": range(241, 251),
           "team_articles_26": range(251, 261),
           "team_articles_27": range(261, 271),
           "team_articles_28": range(271, 281),
           "team_articles_29": range(281, 291),
           "team_articles_30": range(301, 311),
           "team_articles_31": range(311, 321),
           "team_articles_32": range(321, 331),
           "team_articles_33": range(331, 341),
           "team_articles_34": range(341, 351),
           "team_articles_35": range(351, 361),
           "team_articles_36": range(361, 371),
           "team_articles_37": range(371, 381),
           "team_articles_38": range(381, 391),
           "team_articles_39": range(391, 401),
           "team_articles_40": range(401, 411),
           "team_articles_41": range(411, 421),
           "team_articles_42": range(421, 431),
           "team_articles_43": range(431, 441),
           "team_articles_44": range(441, 451),
           "team_articles_45": range(451, 461),
           "team_articles_46": range(461, 471),
           "team_articles_47": range(471, 481),
           "team_articles_48": range(481, 491),
           "team_articles_49": range(491, 501),
           "team_articles_50": range(501, 511),
           "team_articles_51": range(511, 521),
           "team_articles_52": range(521, 531),
           "team_articles_53": range(531, 541),
           "team_articles_54": range(541, 551),
           "team_articles_55": range(551, 561),
           "team_articles_56": range(561, 571),
           "team_articles_57": range(571, 581),
           "team_articles_58": range(581, 591),
           "team_articles_59": range(591, 601),
           "team_articles_60": range(601, 611),
           "team_articles_61": range(611, 621),
           "team_articles_62": range(621, 631),
           "team_articles_63": range(631, 641),
           "team_articles_64": range(641, 651),
           "team_articles_65": range(651, 661),
           "team_articles_66": range(661, 671),
           "team_articles_67": range(671, 681),
           "team_articles_68": range(681, 691),
           "team_articles_69": range(691, 701),
           "team_articles_70": range(701, 711),
           "team_articles_71": range(711, 721),
           "team_articles_72": range(721, 731),
           "team_articles_73": range(731, 741),
           "team_articles_74": range(741, 751),
           "team_articles_75": range(751, 761),
           "team_articles_76": range(761, 771),
           "team_articles_77": range(771, 781),
           "team_articles_78": range(781, 791),
           "team_articles_79": range(791, 801),
           "team_articles_80": range(801, 811),
           "team_articles_81": range(811, 821),
           "team_articles_82": range(821, 831),
           "team_articles_83": range(831, 841),
           "team_articles_84": range(841, 851),
           "team_articles_85": range(851, 861),
           "team_articles_86": range(861, 871),
           "team_articles_87": range(871, 881),
           "team_articles_88": range(881, 891),
           "team_articles_89": range(891, 901),
           "team_articles_90": range(901, 911),
           "team_articles_91": range(911, 921),
           "team_articles_92": range(921, 931),
           "team_articles_93": range(931, 941),
           "team_articles_94": range(941, 951),
           "team_articles_95": range(951, 961),
           "team_articles_96": range(961, 971),
           "team_articles_97": range(971, 981)}


def batch_of(scored: Sequence[Scored], name: str) -> list[Scored]:
    """The articles of one batch, by the number their file name starts with."""
    return [s for s in scored if int(s.slug.split("-", 1)[0]) in BATCHES[name]]


def table(scored: Sequence[Scored]) -> str:
    width = max([len(s.slug) for s in scored] + [len("mean team_articles_2")])
    heads = [m.replace("_recall", "_rec").replace("event_precision", "event_prec") for m in METRICS]
    lines = ["  ".join([f"{'article':<{width}}", *(f"{h:>11}" for h in heads)])]
    rows = [(s.slug, s.metrics) for s in scored] + [
        (f"mean {name}", means(part)) for name in BATCHES if (part := batch_of(scored, name))] + [
        ("mean", means(scored))]
    for slug, figures in rows:
        lines.append("  ".join([f"{slug:<{width}}", *(f"{figures[m]:>11.2f}" for m in METRICS)]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--verbose", action="store_true", help="print the scorer's hits and misses per article")
    args = parser.parse_args(argv)
    if not scorer_present():
        print("skipped: ../shared is absent (the scorer lives in ../shared/tools)")
        return 0
    from sitrep.nlp.extract import Extractor

    scored = evaluate(Extractor(), verbose=args.verbose)
    if args.verbose:
        for s in scored:
            print(f"== {s.slug}\n{s.report.rstrip()}\n")
    print(table(scored))
    return 0


if __name__ == "__main__":
    sys.exit(main())
