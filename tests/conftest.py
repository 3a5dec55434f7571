"""Shared fixtures: one spaCy pipeline per test session, and the team's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: the team's third-party data (golden article, dev sets) lives there")
    return SHARED


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from sitrep.nlp.extract import Extractor

    return Extractor()
