"""Gazetteer lookup speed and memory with the full index loaded.

Prints lookups per second for ``candidates`` and ``resolve``, cold (each name
seen for the first time: index work) and warm (names repeated, as a news
stream repeats them: LRU cache), over a mix of common places and misses, and
the process's resident memory in MB.

Cold is measured over several passes on one open gazetteer, its caches (and
the name-key cache) cleared before each, and the median pass is reported: the
rate of a running process meeting names it has not seen, rather than the cost
of the process's very first touch of the index file, printed apart ("first pass").
A second cold figure runs over a few thousand place names
sampled from the index itself, beyond the hand-picked list. Each cold figure
also says how many lookups one CPU-second of this process made (the median
pass by process time): on a machine shared with other work, wall-clock rates
swing with the load, and that one shows what the code itself costs.

Usage: ``python bench/gazetteer_bench.py [--rounds N] [--cold-passes N] [--with-pipeline]``
(``--with-pipeline`` loads sitrep's spaCy pipeline first, to show the memory of a whole worker).
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from sitrep.gazetteer import Gazetteer, ResolutionContext
from sitrep.gazetteer.normalise import name_key

NAMES = [
    "Paris", "London", "Springfield", "Kharkiv", "Kharkov", "Lyon", "Aleppo", "Minsk", "Seattle",
    "Georgia", "Texas", "U.S.", "Britain", "China", "Alexandria", "Columbus", "Richmond", "Oxford",
    "Lagos", "Nairobi", "Damascus", "Idlib", "Odesa", "Lviv", "Kherson", "Dnipro", "Mariupol", "Gaza",
    "Rafah", "Beirut", "Tehran", "Baghdad", "Mosul", "Khartoum", "El Fasher", "Goma", "Kinshasa", "Juba",
    "Sanaa", "Aden", "Tripoli", "Benghazi", "Kabul", "Kandahar", "Karachi", "Lahore", "Delhi", "Dhaka",
    "Yangon", "Manila", "Jakarta", "Sydney", "Toronto", "Edmonton", "Ontario", "Alberta", "Mexico",
    "Bogota", "Caracas", "Lima", "Santiago", "Buenos Aires", "Sao Paulo", "Johannesburg", "Cairo",
]
MISSES = ["Reuters", "Monday", "Xqzville", "the Ministry", "Smithsonian", "Blorp", "NATO", "Zelda",
          "Acme Corp", "Nowhere Creek", "Qwerty", "Tuesday"]


def rss_mb() -> float:
    """Current resident set size in MB (peak on systems without /proc)."""
    try:
        with Path("/proc/self/statm").open(encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def sampled_names(index: Path, step: int = 97) -> list[str]:
    """Place names spread over the whole index (every ``step``-th id), read straight from its file."""
    con = sqlite3.connect(f"{index.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [str(name) for (name,) in con.execute("SELECT name FROM place WHERE id % ? = 0 ORDER BY id", (step,))]
    finally:
        con.close()


def cold_rates(gaz: Gazetteer, names: list[str], passes: int, *, resolve: bool) -> tuple[list[float], list[float]]:
    """Lookups per second and per CPU-second of each of ``passes`` passes over ``names``, caches emptied before each."""
    context = ResolutionContext(countries={"USA": 2.0, "UKR": 1.0})
    rates, cpu_rates = [], []
    for _ in range(passes):
        gaz.clear_cache()
        name_key.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        for name in names:
            if resolve:
                gaz.resolve(name, context=context)
            else:
                gaz.candidates(name)
        c1, t1 = time.process_time(), time.perf_counter()
        rates.append(rate(len(names), t1 - t0))
        cpu_rates.append(rate(len(names), c1 - c0))
    return rates, cpu_rates


def cold_line(label: str, rates: tuple[list[float], list[float]], *, first: bool = False) -> str:
    """One printed cold figure: the median pass by wall clock, then by CPU time."""
    wall, cpu = rates
    extra = f"; first pass {wall[0]:,.0f}" if first else ""
    return (f"{label:<20} {statistics.median(wall):>11,.0f} lookups/s "
            f"({statistics.median(cpu):,.0f} per CPU-second{extra})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2000, help="passes over the name list when warm")
    parser.add_argument("--cold-passes", type=int, default=7, help="fresh gazetteers to time cold lookups on")
    parser.add_argument("--with-pipeline", action="store_true", help="load the spaCy pipeline first")
    args = parser.parse_args(argv)
    if args.with_pipeline:
        from sitrep.nlp.extract import Extractor

        Extractor()
    before = rss_mb()
    started = time.perf_counter()
    gaz = Gazetteer.open()
    opened = time.perf_counter() - started
    mixed = [n for pair in zip(NAMES, MISSES * 6, strict=False) for n in pair] + NAMES[len(MISSES) * 6:]
    sample = sampled_names(gaz.path)

    cold = cold_rates(gaz, mixed, args.cold_passes, resolve=False)
    cold_resolve = cold_rates(gaz, mixed, args.cold_passes, resolve=True)
    cold_sample = cold_rates(gaz, sample, args.cold_passes, resolve=False)

    context = ResolutionContext(countries={"USA": 2.0, "UKR": 1.0})
    t0 = time.perf_counter()
    n = 0
    for _ in range(args.rounds):
        for name in mixed:
            gaz.candidates(name)
            n += 1
    warm = rate(n, time.perf_counter() - t0)

    t0 = time.perf_counter()
    n = 0
    for _ in range(max(1, args.rounds // 10)):
        for name in mixed:
            gaz.resolve(name, context=context)
            n += 1
    warm_resolve = rate(n, time.perf_counter() - t0)

    print(f"index: {gaz.path} ({gaz.path.stat().st_size / 1e6:.0f} MB, opened in {opened:.2f}s)")
    print(cold_line("candidates, cold:", cold, first=True))
    print(cold_line(f"candidates, cold, {len(sample)} sampled names:", cold_sample))
    print(f"candidates, warm:    {warm:>12,.0f} lookups/s")
    print(cold_line("resolve, cold:", cold_resolve))
    print(f"resolve, warm:       {warm_resolve:>12,.0f} lookups/s")
    pipeline = " with the spaCy pipeline" if args.with_pipeline else ""
    print(f"RSS{pipeline}: {rss_mb():.0f} MB (before opening the gazetteer: {before:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
