"""Canonical actors across documents: one id per referent, roles dated by the reports that give them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.link.actors import canonical_key, merge_mentions, normalise_name
from sitrep.model import Actor, Document, Event, Evidence, Extraction
from sitrep.store import Store


def _report(text: str, published: str, actors: list[Actor]) -> Extraction:
    doc = Document(text=text, published=published)
    ev = Event(id="e1", type="CONSULT", evidence=Evidence(text[:10], 0, 10), source=[actors[0].id])
    return Extraction(document=doc, actors=actors, events=[ev])


def test_link_gives_one_key_to_one_referent_whatever_the_spelling() -> None:
    a = Actor("a1", "Grace Wanjiru", "person", "KEN")
    b = Actor("a7", "grace  wanjiru", "person", "KEN")
    assert canonical_key(a) == canonical_key(b)
    assert canonical_key(Actor("a1", "Kenya", "country", "KEN")) == canonical_key(Actor("a2", "Kenyans", "country",
                                                                                        "KEN"))
    assert normalise_name("The Interior Ministry’s") == "interior ministry"


def test_link_keeps_people_of_different_countries_apart() -> None:
    assert canonical_key(Actor("a1", "Ana Ruiz", "person", "PER")) != canonical_key(
        Actor("a1", "Ana Ruiz", "person", "CHL"))


def test_link_dates_each_role_so_a_change_of_office_shows() -> None:
    minister = Actor("a1", "Ana Ruiz", "person", "PER", roles=["Foreign Minister"])
    premier = Actor("a3", "Ana Ruiz", "person", "PER", roles=["Prime Minister"], aliases=["Ruiz"])
    merged = merge_mentions("person:PER:ana ruiz", [(minister, date(2024, 1, 5)), (minister, date(2024, 3, 1)),
                                                    (premier, date(2024, 6, 2))])
    spans = {r.role: (r.first_seen, r.last_seen) for r in merged.roles}
    assert spans["Foreign Minister"] == (date(2024, 1, 5), date(2024, 3, 1))
    assert spans["Prime Minister"] == (date(2024, 6, 2), date(2024, 6, 2))
    assert merged.documents == 3 and "Ruiz" in merged.aliases


def test_store_lists_canonical_actors_across_documents(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'link.db'}"
    with Store(url) as store:
        store.add(_report("Talks in Lima opened on Monday.", "2024-01-05",
                          [Actor("a1", "Ana Ruiz", "person", "PER", roles=["Foreign Minister"])]))
        store.add(_report("Ruiz was sworn in as premier.", "2024-06-02",
                          [Actor("a2", "Ana Ruiz", "person", "PER", roles=["Prime Minister"], aliases=["Ruiz"])]))
        found = store.actors(name="ruiz")
    assert len(found) == 1
    assert found[0].documents == 2
    assert [r.role for r in found[0].roles] == ["Foreign Minister", "Prime Minister"]
    result = CliRunner().invoke(app, ["actors", "--db", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"Prime Minister"' in result.stdout


def test_actors_command_refuses_a_bad_country_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["actors", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--country", "Peru"])
    assert result.exit_code != 0
    assert "alpha-3" in result.output and "Traceback" not in result.output
