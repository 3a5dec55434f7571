"""Offline GeoNames gazetteer: a compact SQLite index built once per machine.

``Gazetteer.open()`` builds ``<SITREP_HOME>/gazetteer-v1.sqlite`` on first use
from the GeoNames extracts bundled with sitrep's dependencies and answers
name lookups, country/demonym/capital questions and context-aware resolution.
``import_geonames`` merges a full GeoNames dump for villages cities500 lacks.
"""

from sitrep.gazetteer.build import build_index
from sitrep.gazetteer.candidate import Candidate, Feature, ResolutionContext
from sitrep.gazetteer.dump import import_geonames
from sitrep.gazetteer.index import Gazetteer, default_path
from sitrep.gazetteer.resolve import haversine_km

__all__ = [
    "Candidate",
    "Feature",
    "Gazetteer",
    "ResolutionContext",
    "build_index",
    "default_path",
    "haversine_km",
    "import_geonames",
]
