"""Counting and printing evaluation results: ratios with their support, span arithmetic.

Every evaluation returns a ``Report`` so the bench scripts print one kind of
table and the accuracy gate compares one kind of number. A ratio keeps its
numerator and denominator: "0.80" means little until one knows it is 4 of 5.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(slots=True)
class Ratio:
    """hits out of total; an empty ratio is 0.0 so a metric with no support never passes a floor."""

    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += int(ok)

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass(slots=True)
class Report:
    """The figures of one evaluation run on one data set.

    ``ratios`` are accuracies and recalls with their support; ``values`` are
    figures that are not a single ratio (F1); ``confusions`` count
    (gold, predicted) label pairs that disagreed; ``examples`` keep a few
    failing items to read.
    """

    name: str
    ratios: dict[str, Ratio] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    max_examples: int = 12

    def ratio(self, name: str) -> Ratio:
        return self.ratios.setdefault(name, Ratio())

    def example(self, line: str) -> None:
        if len(self.examples) < self.max_examples:
            self.examples.append(" ".join(line.split()))

    def metrics(self) -> dict[str, float]:
        """All figures by name, ratios as their value."""
        out = {name: r.value for name, r in self.ratios.items()}
        out.update(self.values)
        return out

    def metric(self, name: str) -> float:
        metrics = self.metrics()
        if name not in metrics:
            raise KeyError(f"{self.name} has no metric {name!r}; it has {sorted(metrics)}")
        return metrics[name]

    def table(self, *, top_confusions: int = 10) -> str:
        """A plain-text table: metrics with support, then the commonest confusions and examples."""
        lines = [f"== {self.name}"]
        width = max((len(n) for n in [*self.ratios, *self.values]), default=10)
        for name, r in self.ratios.items():
            shown = f"{r.value:6.3f}" if r.total else "   n/a"
            lines.append(f"  {name:<{width}}  {shown}  ({r.hits}/{r.total})")
        for name, v in self.values.items():
            lines.append(f"  {name:<{width}}  {v:6.3f}")
        if self.confusions:
            lines.append("  most common errors (gold -> predicted):")
            for (gold, pred), n in self.confusions.most_common(top_confusions):
                lines.append(f"    {n:4d}  {gold} -> {pred}")
        if self.examples:
            lines.append("  examples of errors:")
            lines.extend(f"    - {e[:220]}" for e in self.examples)
        lines.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(lines)


def overlap(a: Span, b: Span) -> int:
    """Characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covered(part: Span, spans: Sequence[Span]) -> float:
    """Share of the characters of ``spans`` (possibly discontinuous) that ``part`` covers."""
    size = sum(e - s for s, e in spans)
    if size <= 0:
        return 0.0
    return sum(overlap(part, s) for s in spans) / size


def any_overlap(spans_a: Iterable[Span], spans_b: Sequence[Span]) -> bool:
    return any(overlap(a, b) > 0 for a in spans_a for b in spans_b)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
