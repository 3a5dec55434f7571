"""Relative dates anchored to the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.dates import resolve

PUBLISHED = date(2024, 5, 14)  # a Tuesday


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("yesterday", False, "2024-05-13"),
    ("last night", False, "2024-05-13"),
    ("on Sunday", False, "2024-05-12"),
    ("Tuesday", False, "2024-05-14"),
    ("on Friday", True, "2024-05-17"),
    ("next week", True, "2024-05-21"),
    ("until January", True, "2025-01-01"),
    ("in March", False, "2024-03-01"),
    ("since the autumn", False, "2023-09-01"),
    ("12 March 2024", False, "2024-03-12"),
    ("March 3", False, "2024-03-03"),
])
def test_dates_resolve_relative_to_publication(text: str, future: bool, expected: str) -> None:
    assert resolve(text, PUBLISHED, future=future)[0] == expected


def test_dates_never_put_a_past_event_after_its_report() -> None:
    iso, _ = resolve("December 20", PUBLISHED, future=False)
    assert iso is not None and iso <= PUBLISHED.isoformat()


def test_dates_without_publication_date_use_explicit_dates_only() -> None:
    assert resolve("yesterday", None)[0] is None
    assert resolve("12 March 2024", None)[0] == "2024-03-12"
