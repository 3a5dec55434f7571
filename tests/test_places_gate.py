"""Place recognition and resolution on fixed samples of LGL, TR-News and GeoVirus stay above their floors.

Runs ``bench/eval_places.py``'s own scoring (one definition of the metric) on
the first articles of each corpus, for named places (``f1``, ``acc_161``) and
for every place reported, demonyms' countries included (``*_places``); floors are in ``accuracy_baseline.json``
under ``places_<corpus>`` and may only rise.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from bench_scripts import load_bench

ROOT = Path(__file__).resolve().parents[1]
BASELINE = Path(__file__).with_name("accuracy_baseline.json")
SAMPLE = 40

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def _bench() -> ModuleType:
    return load_bench("eval_places")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    module = _bench()
    if not module.PLACES_DIR.is_dir():
        pytest.skip("../shared is absent: the places gate reads ../shared/dev/places")
    return module


@pytest.mark.parametrize("corpus", ["lgl", "TR-News", "GeoVirus"])
def test_places_stay_at_or_above_their_floors(corpus: str, bench: ModuleType) -> None:
    from sitrep.nlp.places import PlacesStage, get_gazetteer

    articles = list(bench.read_corpus(bench.PLACES_DIR / bench.CORPORA[corpus]))[:SAMPLE]
    tally = bench.evaluate(corpus, articles, bench._pipeline_before_places(), PlacesStage(), get_gazetteer(), False)
    p, r = bench._ratio(tally.pred_right, tally.pred), bench._ratio(tally.gold_found, tally.gold)
    pd, rd = bench._ratio(tally.dp_pred_right, tally.dp_pred), bench._ratio(tally.dp_gold_found, tally.gold)
    measured = {"f1": bench._f1(p, r), "acc_161": bench._ratio(tally.geo_right, tally.geo_total),
                # every place sitrep reports, demonyms' countries included
                "f1_places": bench._f1(pd, rd), "acc_161_places": bench._ratio(tally.dp_geo_right, tally.dp_geo_total)}
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))[f"places_{corpus}"]
    below = [f"places_{corpus}.{k} = {measured[k]:.3f} is below its floor {v:.2f}"
             for k, v in floors.items() if measured[k] < v]
    assert not below, "; ".join(below)
