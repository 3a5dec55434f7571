"""Towns a route is named by are places ("the main road between Panjgur and Turbat"), whatever NER
tagged them.

Texts written for these tests; they read the real gazetteer.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def test_the_towns_a_blocked_road_joins_are_places_not_actors(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "QUETTA, Pakistan (Reuters) - Relatives of the dead blocked the main road between Panjgur "
                       "and Turbat for several hours on Wednesday, demanding compensation.")
    assert {"Panjgur", "Turbat"} <= {p.name for p in x.places}
    assert not {"Panjgur", "Turbat"} & {a.name for a in x.actors}

