"""The read side of the gazetteer: an open index answering name lookups.

The index is a SQLite file opened read-only and immutable (builds and imports
replace the file whole, never edit it in place), so any number of workers can
share one memory-mapped copy without taking a lock per lookup; a lookup reads
one value from the ``hit`` table, the key's ranked entries packed together, and
unpacks them into Candidates. Hot names are answered from an in-process LRU
cache, since a news stream names the same few hundred places over and over.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from sitrep import settings
from sitrep.errors import ConfigError
from sitrep.gazetteer import resolve as scoring
from sitrep.gazetteer.build import (
    ADMIN_PREFIXES,
    ADMIN_SUFFIXES,
    BUILDER_VERSION,
    MAX_HITS,
    REGION_WORDS,
    SCHEMA_VERSION,
    base_name,
    build_index,
    read_tsv,
)
from sitrep.gazetteer.candidate import (
    FEATURES,
    Candidate,
    ResolutionContext,
    make_candidate,
    unpack_candidates,
    with_exact,
)
from sitrep.gazetteer.keyfilter import may_hold
from sitrep.gazetteer.normalise import name_key, strip_article

INDEX_NAME = "gazetteer-v1.sqlite"
MAX_CANDIDATES = MAX_HITS
#: Map the whole index into memory: pages are shared between processes and only
#: the ones touched count towards a process's resident memory.
MMAP_BYTES = 1 << 30
_COLUMNS = "p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.population, p.capital, p.code"
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                        "southeastern", "southwestern", "central", "upper", "lower", "greater", "mid"})
#: Endings that can make a key a region form or an administrative wrapping: one C-level test
#: rules out the per-word loops for the many keys that have none of them.
_REGION_ENDINGS = tuple(f" {word}{plural}" for word in REGION_WORDS for plural in ("", "s"))
_ADMIN_ENDINGS = tuple(f" {suffix}" for suffix in ADMIN_SUFFIXES)


def default_path() -> Path:
    return settings.home() / INDEX_NAME


@lru_cache(maxsize=1)
def demonym_table() -> tuple[tuple[str, str], ...]:
    """The demonyms and national adjectives as written, each with its country, in the table's order
    (a country's usual adjective first)."""
    return tuple((word, iso3) for word, iso3 in read_tsv("demonyms.tsv"))


@lru_cache(maxsize=1)
def _demonyms_by_country() -> dict[str, tuple[str, ...]]:
    by_country: dict[str, list[str]] = {}
    for word, iso3 in demonym_table():
        by_country.setdefault(iso3, []).append(word)
    return {iso3: tuple(words) for iso3, words in by_country.items()}


def demonyms_of(iso3: str) -> tuple[str, ...]:
    """A country's demonyms and national adjectives as written, its usual one first."""
    return _demonyms_by_country().get(iso3, ())


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {name_key(word): iso3 for word, iso3 in demonym_table()}


class Gazetteer:
    """Place lookups over one index file; build with :meth:`open`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._con = connection
        self._lock = threading.Lock()
        # a country's own entry is asked for on every demonym; the table has no index for it, so answers stay
        self._countries: dict[str, Candidate | None] = {}
        #: Reused by every lookup under the lock: a fresh cursor per statement costs a fifth of a query.
        self._cursor = connection.cursor()
        (self._key_bits,) = connection.execute("SELECT bits FROM hit_filter").fetchone()
        self._cached_candidates: Callable[[str], tuple[Candidate, ...]] = lru_cache(maxsize=100_000)(
            self._lookup)

    # -- opening --------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at ``path`` (default: ``<SITREP_HOME>/gazetteer-v1.sqlite``).

        The default index is built on first use; an explicit path must already
        hold an index, since building one somewhere unexpected would hide a typo.
        """
        target = path if path is not None else default_path()
        if not target.exists():
            if path is not None:
                raise ConfigError(f"no gazetteer index at {target}: run `sitrep gazetteer build` "
                                  "or give the path of an existing index")
            build_index(target)
        con, meta = _connect(target)
        if path is None and (meta.get("schema") != SCHEMA_VERSION or meta.get("builder") != BUILDER_VERSION):
            # the default index predates this sitrep: rebuild it once, atomically
            con.close()
            build_index(target)
            con, meta = _connect(target)
        if meta.get("schema") != SCHEMA_VERSION:
            con.close()
            raise ConfigError(f"{target} was built by another sitrep version: run `sitrep gazetteer build`")
        return cls(target, con)

    def close(self) -> None:
        self._con.close()

    def clear_cache(self) -> None:
        """Forget every cached lookup, so the next ones go to the index (benchmarks time this "cold" path)."""
        self._cached_candidates.cache_clear()  # type: ignore[attr-defined]

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- lookups --------------------------------------------------------------------------------
    def candidates(self, name: str) -> list[Candidate]:
        """Every entry ``name`` may refer to, most populous first (at most 80).

        An acronym ("EU", "LA") only matches entries known by that acronym
        (countries and regions: "US", "NSW"), not towns that share its letters ("Eu").
        """
        found = self._cached_candidates(name_key(name))
        letters = name.replace(".", "").strip()
        if found and letters.isupper() and len(letters) <= 4:
            return [c for c in found if c.feature in ("country", "region") or c.name.isupper()]
        return list(found)

    def _query(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return cast(list[tuple[Any, ...]], self._con.execute(sql, params).fetchall())

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        key = key.strip()
        if not key:
            return ()
        found = self._by_key(key)
        if not found and key.startswith("the "):
            found = self._by_key(strip_article(key))
        if key.endswith(_REGION_ENDINGS) and not any(c.exact for c in found):
            # "Aleppo governorate", "Laurel parish": the base name's regions, where the index lacks the
            # form or holds it for another region only ("Samar province": the Philippine province, not
            # Russia's Samara, whose forms the index spells out)
            for word in REGION_WORDS:
                if key.endswith(" " + word) or key.endswith(" " + word + "s"):
                    base = strip_article(key.rsplit(" ", 1)[0])
                    ids = {c.geonameid for c in found}
                    found += tuple(c for c in self._by_key(base) if c.feature == "region" and c.geonameid not in ids)
                    break
        for suffix in (" local government area", " local government", " lga"):
            if not found and key.endswith(suffix):
                # "Talata Mafara Local Government Area": Nigeria's second-level areas bear their seat's name
                found = tuple(with_exact(c, False) for c in self._by_key(key.removesuffix(suffix)))
        if not found:
            # "City of Lyon", "Pingliang city", "Salinas Valley": the place inside the wrapping.
            base = _base_name(strip_article(key))
            for word in ("valley",):
                base = base.removesuffix(" " + word)
            if base != key:
                found = tuple(with_exact(c, False) for c in self._by_key(base))
        if not found:
            # "Northeast Georgia", "South Darfur", "Western Kasai": a part of a place is near the place.
            head, _, rest = key.partition(" ")
            if head in DIRECTIONS and rest:
                found = tuple(with_exact(c, False) for c in self._lookup(rest) if c.feature != "city"
                              or c.population >= 100_000)
        return found

    def _by_key(self, key: str) -> tuple[Candidate, ...]:
        if not may_hold(self._key_bits, key):
            return ()
        with self._lock:
            row = self._cursor.execute("SELECT entries FROM hit WHERE key = ?", (key,)).fetchone()
        return unpack_candidates(row[0]) if row else ()

    def country(self, name_or_code: str) -> str | None:
        """ISO-3 code of a country given its name, a common alias, or its ISO-2/ISO-3 code."""
        text = name_or_code.strip()
        compact = text.replace(".", "")
        if compact.isalpha() and compact.isupper() and len(compact) in (2, 3):
            row = self._query("SELECT iso3 FROM country_code WHERE code = ?", (compact,))
            if row:
                return str(row[0][0])
        key = name_key(text)
        for variant in (key, strip_article(key)):
            row = self._query("SELECT iso3 FROM country WHERE key = ?", (variant,))
            if row:
                return str(row[0][0])
        return None

    def demonym(self, word: str) -> str | None:
        """ISO-3 code of the country a demonym or national adjective names ("Syrians" -> SYR)."""
        table = _demonyms()
        key = name_key(word)
        if key in table:
            return table[key]
        for suffix in ("s", "es"):
            if key.endswith(suffix) and key[: -len(suffix)] in table:
                return table[key[: -len(suffix)]]
        if key.endswith("men"):
            return table.get(key[:-3] + "man")
        return None

    def capital_of(self, iso3: str) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS}, 1 FROM place p WHERE p.capital = 1 AND p.country = ? "
                           "ORDER BY p.population DESC LIMIT 1", (iso3.upper(),))
        return _candidate(rows[0]) if rows else None

    def country_entry(self, iso3: str) -> Candidate | None:
        """The entry of a country itself (feature "country"), by ISO-3 code."""
        if not self._countries:
            # one scan for all of them: the place table has no index on feature, so a query per country
            # costs a scan each
            for row in self._query(f"SELECT {_COLUMNS}, 1 FROM place p WHERE p.feature = 'country'", ()):
                found = _candidate(row)
                self._countries.setdefault(found.country or "", found)
        return self._countries.get(iso3.upper())

    def country_of_capital(self, name: str) -> str | None:
        """The country a capital or seat of government stands for ("Downing Street" -> GBR)."""
        key = strip_article(name_key(name))
        rows = self._query("SELECT iso3 FROM seat WHERE key = ?", (key,))
        if rows:
            return str(rows[0][0])
        candidates = self.candidates(key)
        if candidates and candidates[0].is_capital:
            return candidates[0].country
        return None

    def resolve(self, name: str, *, context: ResolutionContext | None = None) -> Candidate | None:
        """The entry ``name`` most likely refers to in ``context``; None when the index has no such name."""
        return scoring.best(self.candidates(name), context or ResolutionContext())


def _connect(target: Path) -> tuple[sqlite3.Connection, dict[str, str]]:
    """Open an index read-only; returns the connection and its ``meta`` table (schema, builder).

    ``immutable=1`` spares SQLite a file lock and a change check per statement,
    which cost more than the lookup itself; it is safe because the index file is
    only ever replaced by a rename, and an open connection keeps reading the old file.
    """
    try:
        con = sqlite3.connect(f"{target.absolute().as_uri()}?mode=ro&immutable=1", uri=True,
                              check_same_thread=False)
        con.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{target} is not a sitrep gazetteer index ({exc}): "
                          "delete it or run `sitrep gazetteer build`") from None
    return con, meta


def _base_name(key: str) -> str:
    """:func:`base_name`, answered without its loops for a key no wrapping starts or ends."""
    if key.startswith(ADMIN_PREFIXES) or key.endswith(_ADMIN_ENDINGS):
        return base_name(key)
    return key


def _candidate(row: tuple[Any, ...]) -> Candidate:
    """A row of ``_COLUMNS`` plus ``exact`` as a Candidate.

    SQLite hands back the right Python types already (the columns' affinities
    see to it), so only the flags and an unknown feature need converting.
    """
    gid, name, country, admin1, lat, lon, feature, population, capital, code, exact = row
    return make_candidate(gid, name, country, admin1, lat, lon, feature if feature in FEATURES else "other",
                          population, bool(capital), code, bool(exact))
