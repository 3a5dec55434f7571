"""Throughput of the whole path (text -> stored extraction) against raw spaCy on the same texts.

Prints articles per second for raw ``nlp.pipe`` with the same English model
and for sitrep's full path (clean, extract, store into a fresh SQLite file),
and their ratio, measured in one process so the machine's speed cancels out.

    .venv/bin/python bench/throughput.py [--limit 300] [--model en_core_web_sm]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.model import Extraction
    from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "bbc_news.jsonl"


def _store(store: Store, batch: list[Extraction]) -> None:
    """Store a batch in one transaction, as ``sitrep ingest`` does; a document that fails is an error here."""
    for outcome in store.add_many(batch):
        if isinstance(outcome, Exception):
            raise outcome
    batch.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to run (default 300)")
    parser.add_argument("--model", default=None, help="en_core_web_sm (default) or en_core_web_md")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} is absent (../shared holds the team's benchmark data)")
        return 0

    from sitrep import settings
    from sitrep.cli import STORE_BATCH
    from sitrep.nlp.extract import Extractor
    from sitrep.nlp.pipeline import load_base
    from sitrep.sources.load import document_from_text
    from sitrep.store import Store

    records = []
    with DATA.open(encoding="utf-8") as f:
        for line in f:
            records.append(json.loads(line))
            if len(records) >= args.limit:
                break
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    model = args.model or settings.get("model")

    base = load_base(model)
    start = time.perf_counter()
    for _ in base.pipe(texts, batch_size=32):
        pass
    raw_s = time.perf_counter() - start

    # the process's shared pipeline, as ``sitrep ingest`` loads it; built here, outside the timed loop, like
    # the raw model above (building it also loads dateparser's data, a one-time cost of the process)
    extractor = Extractor(model)
    extractor.extract(document_from_text("Warm-up sentence in Paris.", name="warm-up"))  # opens the gazetteer
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        start = time.perf_counter()
        docs = (document_from_text(r["text"], name=r["id"], title=r.get("title")) for r in records)
        events = 0
        batch: list[Extraction] = []
        for extraction in extractor.extract_many(docs, batch_size=STORE_BATCH):
            batch.append(extraction)
            events += len(extraction.events)
            if len(batch) >= STORE_BATCH:
                _store(store, batch)
        _store(store, batch)
        full_s = time.perf_counter() - start
        store.close()

    n = len(texts)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n}  words: {words}  model: {model}")
    print(f"raw spaCy nlp.pipe:        {n / raw_s:7.2f} articles/s  ({words / raw_s:8.0f} words/s)")
    print(f"sitrep text->stored:       {n / full_s:7.2f} articles/s  ({words / full_s:8.0f} words/s)"
          f"  events: {events}")
    print(f"ratio sitrep/raw:          {raw_s / full_s:7.2f}")
    print(f"peak RSS:                  {rss_mb:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
