"""PolNeAR attribution annotations (BRAT standoff): loader and quote scorer.

An attribution links a Source span (who says; absent for
"Attribution-no-source"), a Cue ("said") and a Content span (what is said;
may be discontinuous, "a b;c d" in BRAT). Discard and Discuss spans are not
attributions and are ignored.

Choices
- **One annotator per article**: some articles were annotated by several
  annotators (``<article>_<annotator>.ann``); the alphabetically first
  annotator id is used.
- **Direct**: a gold attribution is direct when its content opens with a
  quotation mark, indirect otherwise.
- **Content match**: a predicted quote (start..end) covers at least half of
  the gold content's characters (all fragments together).
- **Source match**: one of the predicted speaker's mentions overlaps the gold
  Source span, or the speaker's name or an alias (its last word, at least 3
  letters) occurs in the Source text. When the gold Source is a pronoun
  ("he", "she", "they" ...), the same test is run against the antecedent:
  the nearest preceding non-pronoun gold Source of the article (PolNeAR has
  no coreference; that is the closest stand-in the gold data gives). Gold
  attributions without a Source need only the content match.
- Matching is one-to-one, greedy in gold order, preferring the prediction
  covering the most gold content. **precision** = matched predictions /
  predictions, **recall** = matched gold / gold; **content_f1** uses the
  content test alone.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from sitrep.errors import InputError
from sitrep.evaluation.paths import dev_path
from sitrep.evaluation.runner import ExtractorLike, extract_all
from sitrep.evaluation.scoring import Report, Span, any_overlap, covered, f1
from sitrep.model import Document, Extraction, Quote

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "their",
                      "its", "who", "me", "us", "this", "that", "one", "which", "whom"})
_QUOTE_OPENERS = ("\"", "“", "‘", "'", "«", "„")
_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")
MIN_COVER = 0.5


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content_text: str
    source_text: str
    direct: bool
    antecedent: tuple[Span, ...] = ()
    antecedent_text: str = ""

    @property
    def pronoun_source(self) -> bool:
        return self.source_text.strip().casefold() in PRONOUNS


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    name: str
    text: str
    published: str | None
    annotator: str
    attributions: tuple[GoldAttribution, ...]


def load_polnear(folder: Path | None = None, *, limit: int | None = None) -> list[PolnearArticle]:
    """Articles in file-name order, each with one annotator's attributions; ``limit`` keeps the first N."""
    folder = folder or dev_path("quotes_polnear_dev")
    ann_dir, text_dir = folder / "attributions", folder / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise InputError(f"{folder} is not a PolNeAR folder: it needs attributions/ and text/")
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        m = _ANN_NAME.match(ann.name)
        if m and m.group("article") not in chosen:
            chosen[m.group("article")] = ann  # sorted: the first annotator id wins
    dates = _publication_dates(folder / "metadata.tsv")
    articles: list[PolnearArticle] = []
    for name in sorted(chosen)[:limit] if limit is not None else sorted(chosen):
        text_path = text_dir / f"{name}.txt"
        try:
            text = text_path.read_text(encoding="utf-8")
            lines = chosen[name].read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"cannot read PolNeAR article {name}: {err}") from err
        annotator = _ANN_NAME.match(chosen[name].name).group("annotator")  # type: ignore[union-attr]
        articles.append(PolnearArticle(name=name, text=text, published=dates.get(name), annotator=annotator,
                                       attributions=parse_brat(lines, text)))
    return articles


def parse_brat(lines: list[str], text: str) -> tuple[GoldAttribution, ...]:
    """Attributions of one BRAT file, in content order, with pronoun antecedents filled in."""
    spans: dict[str, tuple[Span, ...]] = {}
    relations: list[dict[str, list[str]]] = []
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = tuple((int(a), int(b)) for a, b in
                                        (frag.split() for frag in offsets.split(";")))
            except ValueError as err:
                raise InputError(f"bad BRAT span line {line!r}: {err}") from err
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = defaultdict(list)
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role.rstrip("0123456789")].append(ref)
            relations.append(roles)
    out: list[GoldAttribution] = []
    for roles in relations:
        content = tuple(s for ref in roles.get("Content", []) for s in spans.get(ref, ()))
        if not content:
            continue
        source = tuple(s for ref in roles.get("Source", []) for s in spans.get(ref, ()))
        cue = tuple(s for ref in roles.get("Cue", []) for s in spans.get(ref, ()))
        content_text = " ".join(text[a:b] for a, b in content)
        out.append(GoldAttribution(content=content, source=source, cue=cue, content_text=content_text,
                                   source_text=" ".join(text[a:b] for a, b in source),
                                   direct=content_text.lstrip().startswith(_QUOTE_OPENERS)))
    out.sort(key=lambda g: g.content[0])
    return tuple(_with_antecedents(out, text))


def polnear_documents(articles: list[PolnearArticle]) -> list[Document]:
    return [Document(text=a.text, published=a.published, input_id=a.name) for a in articles]


def score_polnear(articles: list[PolnearArticle], extractions: list[Extraction]) -> Report:
    report = Report("PolNeAR attributions (quotes)")
    totals = {"pred": 0, "gold": 0, "full": 0, "content": 0}
    for article, x in zip(articles, extractions, strict=True):
        gold = list(article.attributions)
        totals["pred"] += len(x.quotes)
        totals["gold"] += len(gold)
        full = _match(gold, x.quotes, partial(_source_agrees, x))
        content = _match(gold, x.quotes, lambda g, q: True)
        totals["full"] += len(full)
        totals["content"] += len(content)
        for i, g in enumerate(gold):
            report.ratio("direct_recall" if g.direct else "indirect_recall").add(i in full)
            if g.source and g.pronoun_source:
                report.ratio("pronoun_source_recall").add(i in full)
            if i not in full:
                kind = "source wrong" if i in content else "content missed"
                report.confusions[("direct" if g.direct else "indirect", kind)] += 1
                if i in content:
                    q = content[i]
                    speaker = x.actor(q.speaker)
                    report.example(f"{article.name}: gold source {g.source_text!r} got "
                                   f"{speaker.name if speaker else None!r} for {g.content_text[:90]!r}")
    precision = totals["full"] / totals["pred"] if totals["pred"] else 0.0
    recall = totals["full"] / totals["gold"] if totals["gold"] else 0.0
    c_precision = totals["content"] / totals["pred"] if totals["pred"] else 0.0
    c_recall = totals["content"] / totals["gold"] if totals["gold"] else 0.0
    report.values.update({"precision": precision, "recall": recall, "f1": f1(precision, recall),
                          "content_precision": c_precision, "content_recall": c_recall,
                          "content_f1": f1(c_precision, c_recall)})
    report.notes.append(f"{totals['pred']} predicted quotes, {totals['gold']} gold attributions; content "
                        f"match = prediction covers >= {MIN_COVER:.0%} of gold content; "
                        "first annotator per article")
    return report


def evaluate_polnear(extractor: ExtractorLike, *, limit: int | None = None,
                     folder: Path | None = None) -> Report:
    articles = load_polnear(folder, limit=limit)
    return score_polnear(articles, extract_all(extractor, polnear_documents(articles)))


def source_matches(gold: GoldAttribution, quote: Quote, x: Extraction) -> bool:
    """Whether the quote's speaker is the gold Source (see the module docstring for pronouns)."""
    if not gold.source:
        return True
    speaker = x.actor(quote.speaker)
    if speaker is None:
        return False
    targets = [(gold.source, gold.source_text)]
    if gold.pronoun_source and gold.antecedent:
        targets.append((gold.antecedent, gold.antecedent_text))
    mentions = [(m.start, m.end) for m in speaker.mentions]
    names = {w.casefold() for n in [speaker.name, *speaker.aliases] if (w := _last_word(n)) and len(w) >= 3}
    for spans, text in targets:
        if any_overlap(mentions, spans):
            return True
        words = {w.casefold() for w in re.findall(r"[\w’'-]+", text)}
        if names & words:
            return True
    return False


def _source_agrees(x: Extraction, gold: GoldAttribution, quote: Quote) -> bool:
    return source_matches(gold, quote, x)


def _match(gold: list[GoldAttribution], quotes: list[Quote],
           agree: Callable[[GoldAttribution, Quote], bool]) -> dict[int, Quote]:
    """Gold index -> the quote matched to it, one-to-one, greedy in gold order."""
    used: set[int] = set()
    out: dict[int, Quote] = {}
    for i, g in enumerate(gold):
        best, best_cover = -1, MIN_COVER
        for j, q in enumerate(quotes):
            if j in used:
                continue
            cover = covered((q.start, q.end), g.content)
            if cover >= best_cover and (best < 0 or cover > best_cover) and agree(g, q):
                best, best_cover = j, cover
        if best >= 0:
            used.add(best)
            out[i] = quotes[best]
    return out


def _with_antecedents(attributions: list[GoldAttribution], text: str) -> list[GoldAttribution]:
    named = sorted((g.source for g in attributions if g.source and not g.pronoun_source), key=lambda s: s[0])
    out: list[GoldAttribution] = []
    for g in attributions:
        if g.source and g.pronoun_source:
            before = [s for s in named if s[0][0] < g.source[0][0]]
            if before:
                ante = before[-1]
                g = replace(g, antecedent=ante, antecedent_text=" ".join(text[a:b] for a, b in ante))
        out.append(g)
    return out


def _last_word(name: str) -> str:
    words = re.findall(r"[\w’'-]+", name)
    return words[-1] if words else ""


def _publication_dates(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")
                if r.get("filename") and r.get("publication_date")}
