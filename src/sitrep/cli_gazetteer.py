"""``sitrep gazetteer``: build the place index, import GeoNames dumps, look names up.

A Typer sub-app the main CLI mounts; every command prints one line and exits
non-zero on a user error (a missing or malformed file), never a traceback.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import InputError, SitrepError
from sitrep.gazetteer import Gazetteer, build_index, default_path, import_geonames

app = typer.Typer(help="The offline GeoNames place index: build it, extend it, query it.",
                  no_args_is_help=True)

IndexOption = Annotated[Path | None, typer.Option(
    "--index", help="index file (default: <SITREP_HOME>/gazetteer-v1.sqlite)")]


def _fail(err: SitrepError) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(code=getattr(err, "exit_code", 1))


@app.command("build")
def build(index: IndexOption = None) -> None:
    """Rebuild the index from the bundled GeoNames data (drops imported dumps)."""
    target = index or default_path()
    try:
        build_index(target)
    except OSError as err:
        message = f"cannot write {target}: {err.strerror}; set SITREP_HOME to a writable folder"
        raise _fail(SitrepError(message)) from None
    typer.echo(f"built {target}")


@app.command("import")
def import_(file: Annotated[Path, typer.Argument(help="GeoNames dump: allCountries.txt, UA.txt or UA.zip")],
            index: IndexOption = None) -> None:
    """Add the places of a GeoNames dump, for villages the bundled data lacks."""
    target = index or default_path()
    try:
        if not target.exists():
            Gazetteer.open(None if index is None else target).close()
        count = import_geonames(target, file)
    except SitrepError as err:
        raise _fail(err) from None
    except OSError as err:
        raise _fail(InputError(f"{file}: cannot read ({err.strerror})")) from None
    typer.echo(f"imported {count} places from {file} into {target}")


@app.command("lookup")
def lookup(name: Annotated[str, typer.Argument(help="a place name, in any common spelling")],
           index: IndexOption = None,
           fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
           limit: Annotated[int, typer.Option(help="most candidates shown")] = 10) -> None:
    """Show the entries a name may refer to, the one chosen without context first."""
    if fmt not in ("table", "json"):
        raise _fail(InputError(f"unknown format {fmt!r}: use table or json"))
    try:
        with Gazetteer.open(index) as gaz:
            candidates = gaz.candidates(name)
            chosen = gaz.resolve(name)
    except SitrepError as err:
        raise _fail(err) from None
    if chosen is not None:
        candidates = [chosen, *(c for c in candidates if c != chosen)]
    candidates = candidates[:limit]
    if fmt == "json":
        typer.echo(json.dumps([asdict(c) for c in candidates], ensure_ascii=False, indent=2))
        return
    if not candidates:
        typer.echo(f"no place named {name!r}")
        raise typer.Exit(code=1)
    table = Table("geonameid", "name", "country", "admin1", "feature", "population", "lat", "lon")
    for c in candidates:
        table.add_row(str(c.geonameid), c.name + (" *" if c.is_capital else ""), c.country or "",
                      c.admin1 or "", c.feature, f"{c.population:,}", f"{c.lat:.4f}", f"{c.lon:.4f}")
    Console(file=sys.stdout, width=120).print(table)
