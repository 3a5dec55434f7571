"""A Commonwealth country's envoy is a high commissioner: summoning or recalling one is the same
reproach or measure as with an ambassador.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow


def test_summoning_a_high_commissioner_is_a_reproach(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUSAKA — Zambia summoned Malawi's high commissioner on Monday after border guards "
                       "detained four Zambian traders.")
    reproach = [e for e in x.events if e.type == "ACCUSE"]
    assert reproach and countries(x, reproach[0].source) == {"ZMB"} and countries(x, reproach[0].target) == {"MWI"}


def test_recalling_a_high_commissioner_is_a_measure(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUSAKA — Zambia recalled its high commissioner to Malawi on Monday in protest at the "
                       "detention of four Zambian traders.")
    assert any(e.type == "SANCTION" and countries(x, e.source) == {"ZMB"} for e in x.events)
