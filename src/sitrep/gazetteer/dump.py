"""Adding a full GeoNames dump (allCountries.txt, UA.txt, UA.zip) to an index.

cities500 stops at places of 500 people; conflict reporting names villages
far smaller. A user who needs them downloads the country's GeoNames file and
imports it; this module reads the 19-column GeoNames format and merges it in,
replacing the regions built from places by GeoNames' own records (with their
real ids and coordinates) when the dump holds them.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sitrep.errors import ConfigError, InputError
from sitrep.gazetteer.build import REGION_FORMS, base_name, write_hits
from sitrep.gazetteer.normalise import is_latin_key, name_key

COLUMNS = 19
_FEATURE_BY_CLASS = {"P": "city", "A": "region"}
_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"}


@dataclass(frozen=True, slots=True)
class DumpRow:
    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc2: str
    admin1: str
    admin2: str
    population: int


def parse_line(line: str, lineno: int, source: str) -> DumpRow:
    """One GeoNames line, or an InputError naming the line that is not one."""
    cells = line.rstrip("\r\n").split("\t")
    if len(cells) < COLUMNS - 1:
        raise InputError(f"{source} line {lineno}: {len(cells)} tab-separated columns, expected {COLUMNS} "
                         "(not a GeoNames dump such as allCountries.txt or UA.txt)")
    try:
        return DumpRow(
            geonameid=int(cells[0]), name=cells[1].strip(), asciiname=cells[2].strip(),
            alternatenames=tuple(a for a in cells[3].split(",") if a),
            lat=float(cells[4]), lon=float(cells[5]), fclass=cells[6].strip(), fcode=cells[7].strip(),
            cc2=cells[8].strip().upper(), admin1=cells[10].strip(), admin2=cells[11].strip(),
            population=int(cells[14] or 0),
        )
    except ValueError as exc:
        raise InputError(f"{source} line {lineno}: {exc} (not a GeoNames dump such as UA.txt)") from None


@contextmanager
def _open_text(dump: Path) -> Iterator[IO[str]]:
    if not dump.is_file():
        raise InputError(f"{dump}: no such file; give a GeoNames dump such as UA.txt or UA.zip")
    if zipfile.is_zipfile(dump):
        with zipfile.ZipFile(dump) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise InputError(f"{dump}: the archive holds no .txt GeoNames dump")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
        return
    with dump.open(encoding="utf-8") as handle:
        yield handle


def read_dump(dump: Path) -> Iterator[DumpRow]:
    with _open_text(dump) as handle:
        try:
            for lineno, line in enumerate(handle, 1):
                if line.strip() and not line.startswith("#"):
                    yield parse_line(line, lineno, dump.name)
        except UnicodeDecodeError:
            raise InputError(f"{dump}: not UTF-8 text; give a GeoNames dump such as UA.txt") from None


def import_geonames(gaz_path: Path, dump: Path) -> int:
    """Merge the places of a GeoNames dump into the index at ``gaz_path``; returns how many were imported."""
    if not gaz_path.exists():
        raise ConfigError(f"no gazetteer index at {gaz_path}: run `sitrep gazetteer build` first")
    handle, tmp_name = tempfile.mkstemp(prefix=gaz_path.name + ".", suffix=".tmp", dir=gaz_path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        # Readers open the index as immutable, so it is never changed in place: the import
        # goes into a copy that replaces the index whole, as a build does.
        shutil.copyfile(gaz_path, tmp)
        con = sqlite3.connect(tmp)
        try:
            count = _import(con, dump)
            if count == 0:
                raise InputError(f"{dump}: no places found; give a GeoNames dump such as UA.txt")
            write_hits(con)
            con.commit()
        finally:
            con.close()
        tmp.chmod(0o644)
        tmp.replace(gaz_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _import(con: sqlite3.Connection, dump: Path) -> int:
    iso3 = dict(con.execute("SELECT code, iso3 FROM country_code").fetchall())
    admin1 = {(cc, code): (name, rid) for cc, code, name, rid in con.execute("SELECT * FROM admin1")}
    countries = {gid for (gid,) in con.execute("SELECT id FROM place WHERE feature = 'country'")}
    count = 0
    for row in read_dump(dump):
        count += 1
        if row.fcode in _COUNTRY_CODES or row.geonameid in countries:
            if row.geonameid in countries:
                con.execute("UPDATE place SET lat = ?, lon = ? WHERE id = ?", (row.lat, row.lon, row.geonameid))
            continue
        feature = _FEATURE_BY_CLASS.get(row.fclass, "other")
        code = _code(row, feature)
        region_name, region_id = admin1.get((row.cc2, row.admin1), (None, None))
        if code == "ADM1":
            if region_id is not None and region_id < 0:
                _retire(con, region_id, row.geonameid)
            region_name = region_name or row.name
            con.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)",
                        (row.cc2, row.admin1, region_name, row.geonameid))
            admin1[(row.cc2, row.admin1)] = (region_name, row.geonameid)
            con.execute("UPDATE place SET admin1 = ? WHERE cc2 = ? AND a1code = ? AND admin1 IS NULL",
                        (region_name, row.cc2, row.admin1))
        elif code == "ADM2":
            _replace_synthetic_admin2(con, row)
        con.execute("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (row.geonameid, row.name, iso3.get(row.cc2), region_name, row.cc2, row.admin1,
                     row.lat, row.lon, feature, code, row.population, int(row.fcode == "PPLC")))
        con.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", _names(row, code))
        if code == "PPLC" and row.cc2 in iso3:
            con.execute("INSERT OR IGNORE INTO seat VALUES (?,?)", (name_key(row.name), iso3[row.cc2]))
    return count


def _code(row: DumpRow, feature: str) -> str:
    if feature == "city":
        return "PPLC" if row.fcode == "PPLC" else "PPL"
    if row.fcode in ("ADM1", "ADM2"):
        return row.fcode
    return row.fcode or "OTHER"


def _names(row: DumpRow, code: str) -> Iterator[tuple[str, int, int]]:
    seen: set[str] = set()
    exact = {name_key(row.name), name_key(row.asciiname)}
    bases: list[str] = []
    for text in (row.name, row.asciiname, *row.alternatenames):
        key = name_key(text)
        if not is_latin_key(key) or key in seen:
            continue
        seen.add(key)
        bases.append(key)
        yield key, row.geonameid, int(key in exact)
    if code in ("ADM1", "ADM2"):
        for key in bases:
            base = base_name(key)
            forms = [base] + ([f"{base} {word}" for word in REGION_FORMS] if code == "ADM1" else [])
            for form in forms:
                if form not in seen:
                    seen.add(form)
                    yield form, row.geonameid, int(form == base and key in exact)


def _retire(con: sqlite3.Connection, old_id: int, new_id: int) -> None:
    """Move a region built from its places onto GeoNames' own record: its name keys follow it."""
    con.execute("INSERT OR IGNORE INTO name SELECT key, ?, exact FROM name WHERE id = ?", (new_id, old_id))
    con.execute("DELETE FROM name WHERE id = ?", (old_id,))
    con.execute("DELETE FROM place WHERE id = ?", (old_id,))


def _replace_synthetic_admin2(con: sqlite3.Connection, row: DumpRow) -> None:
    key = name_key(row.name)
    rows = con.execute(
        "SELECT p.id FROM place p JOIN name n ON n.id = p.id WHERE n.key = ? AND p.code = 'ADM2' "
        "AND p.cc2 = ? AND p.a1code = ? AND p.id < 0", (key, row.cc2, row.admin1)).fetchall()
    for (old_id,) in rows:
        _retire(con, old_id, row.geonameid)
