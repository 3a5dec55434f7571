"""Who held them: people seized with the doer named only by a demonym ("detained by a Burkinabe army patrol")
were held by that country's forces, not by the state that tells of it.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_an_agent_named_by_a_demonym_is_that_countrys_doing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ABIDJAN, Ivory Coast (Reuters) - Three Ivorian gendarmes were detained on Sunday afternoon by "
                       "a Burkinabe army patrol about 4 kilometres inside Burkina Faso, the Ivorian government said.")
    detained = next(e for e in x.events if e.trigger == "detained")
    assert countries(x, detained.source) == {"BFA"} and countries(x, detained.target) == {"CIV"}

