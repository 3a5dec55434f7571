"""Gazetteer lookup speed and memory with the full index loaded.

Prints lookups per second for ``candidates`` and ``resolve``, cold (each name
seen for the first time: SQLite work) and warm (names repeated, as a news
stream repeats them: LRU cache), over a mix of common places and misses, and
the process's resident memory in MB.

Usage: ``python bench/gazetteer_bench.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from sitrep.gazetteer import Gazetteer, ResolutionContext

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2000, help="passes over the name list when warm")
    args = parser.parse_args(argv)
    before = rss_mb()
    started = time.perf_counter()
    gaz = Gazetteer.open()
    opened = time.perf_counter() - started
    mixed = [n for pair in zip(NAMES, MISSES * 6, strict=False) for n in pair] + NAMES[len(MISSES) * 6:]

    t0 = time.perf_counter()
    for name in mixed:
        gaz.candidates(name)
    cold = rate(len(mixed), time.perf_counter() - t0)

    context = ResolutionContext(countries={"USA": 2.0, "UKR": 1.0})
    fresh = Gazetteer.open()  # its own, empty cache
    t0 = time.perf_counter()
    for name in mixed:
        fresh.resolve(name, context=context)
    cold_resolve = rate(len(mixed), time.perf_counter() - t0)
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

    print(f"index: {gaz.path} (opened in {opened:.2f}s)")
    print(f"candidates, cold: {cold:>12,.0f} lookups/s")
    print(f"candidates, warm: {warm:>12,.0f} lookups/s")
    print(f"resolve, cold:    {cold_resolve:>12,.0f} lookups/s")
    print(f"resolve, warm:    {warm_resolve:>12,.0f} lookups/s")
    print(f"RSS: {rss_mb():.0f} MB (before opening: {before:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
