"""The gazetteer on a tiny index built from a GeoNames-format file written here.

Building the tiny index takes well under a second (countries and seats from
the bundled data, places from the file), so these tests are fast; the one
test on the full cities500 index is marked slow.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, InputError
from sitrep.gazetteer import Candidate, Gazetteer, ResolutionContext, build_index, import_geonames
from sitrep.gazetteer.build import SCHEMA_VERSION
from sitrep.gazetteer.normalise import name_key

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (706482, "Kharkivs'ka Oblast'", "Kharkivs'ka Oblast'", "Kharkiv Oblast,Kharkov Oblast,Kharkivshchyna",
     49.5, 36.5, "A", "ADM1", "UA", "07", 2_700_000),
    (706483, "Kharkiv", "Kharkiv", "Kharkov,Charkiw,Kharkiv,Харків", 49.98, 36.25, "P", "PPLA", "UA", "07",
     1_430_885),
    (705812, "Kupiansk", "Kupiansk", "Kupyansk,Kup'yans'k", 49.71, 37.62, "P", "PPL", "UA", "07", 27_000),
    (4896861, "Illinois", "Illinois", "IL,State of Illinois", 40.0, -89.25, "A", "ADM1", "US", "IL",
     12_800_000),
    (4398678, "Missouri", "Missouri", "MO", 38.25, -92.5, "A", "ADM1", "US", "MO", 6_100_000),
    (4736286, "Texas", "Texas", "TX", 31.25, -99.25, "A", "ADM1", "US", "TX", 29_000_000),
    (4250542, "Springfield", "Springfield", "", 39.80, -89.64, "P", "PPLA", "US", "IL", 116_250),
    (4409896, "Springfield", "Springfield", "", 37.22, -93.30, "P", "PPLA2", "US", "MO", 169_176),
    (4717560, "Paris", "Paris", "", 33.66, -95.56, "P", "PPLA2", "US", "TX", 24_782),
    (2988507, "Paris", "Paris", "Lutece,Paname,Parigi", 48.85, 2.35, "P", "PPLC", "FR", "11", 2_138_551),
    (2996944, "Lyon", "Lyon", "Lyons,Lione", 45.75, 4.85, "P", "PPLA", "FR", "84", 522_969),
    (170063, "Aleppo", "Aleppo", "Halab,Ḩalab", 36.20, 37.16, "P", "PPLA", "SY", "09", 1_602_264),
    (170062, "Aleppo Governorate", "Aleppo Governorate", "Muhafazat Halab", 36.25, 37.5, "A", "ADM1", "SY",
     "09", 4_868_000),
    (625144, "Minsk", "Minsk", "Mensk", 53.90, 27.57, "P", "PPLC", "BY", "05", 1_742_124),
    (3020035, "Eu", "Eu", "", 50.05, 1.42, "P", "PPL", "FR", "28", 7_500),
]


def dump_line(row: tuple[object, ...]) -> str:
    gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, admin1, population = row
    cells = [gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, "", admin1, "", "", "", population,
             "", "100", "UTC", "2024-01-01"]
    return "\t".join(str(c) for c in cells)


def write_dump(path: Path, rows: list[tuple[object, ...]]) -> Path:
    path.write_text("".join(dump_line(r) + "\n" for r in rows), encoding="utf-8")
    return path


def build_tiny_index(folder: Path) -> Path:
    """A small index: bundled countries and seats, places from PLACES only."""
    index = folder / "gazetteer-v1.sqlite"
    build_index(index, bundled_places=False)
    import_geonames(index, write_dump(folder / "tiny.txt", PLACES))
    return index


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return Gazetteer.open(build_tiny_index(tmp_path_factory.mktemp("gaz")))


def test_name_keys_ignore_case_diacritics_apostrophes_and_hyphens() -> None:
    assert name_key("Kam’yanske") == name_key("Kam'yanske") == "kamyanske"
    assert name_key("Ivano-Frankivsk") == "ivano frankivsk"
    assert name_key("São  Paulo") == "sao paulo"
    assert name_key("U.S.") == "us"


def test_tiny_index_finds_places_by_name(gaz: Gazetteer) -> None:
    names = {c.geonameid for c in gaz.candidates("Springfield")}
    assert names == {4250542, 4409896}


def test_alternate_spellings_reach_the_same_city(gaz: Gazetteer) -> None:
    for spelling in ("Kharkov", "KHARKIV", "Charkiw", "Khárkiv"):
        resolved = gaz.resolve(spelling)
        assert resolved is not None and resolved.geonameid == 706483, spelling


def test_candidate_carries_country_and_admin1_name(gaz: Gazetteer) -> None:
    city = gaz.resolve("Kupyansk")
    assert city is not None
    assert (city.country, city.admin1, city.feature) == ("UKR", "Kharkivs'ka Oblast'", "city")


def test_bare_name_prefers_the_city_over_its_namesake_region(gaz: Gazetteer) -> None:
    resolved = gaz.resolve("Kharkiv")
    assert resolved is not None and resolved.feature == "city"


def test_region_preferred_when_text_says_region(gaz: Gazetteer) -> None:
    for text, ctx in (("Kharkiv", ResolutionContext(prefer_region=True)),
                      ("Kharkiv region", ResolutionContext()),
                      ("Kharkov Oblast", ResolutionContext()),
                      ("Aleppo governorate", ResolutionContext())):
        resolved = gaz.resolve(text, context=ctx)
        assert resolved is not None and resolved.feature == "region", text


def test_without_context_the_bigger_place_wins(gaz: Gazetteer) -> None:
    paris = gaz.resolve("Paris")
    springfield = gaz.resolve("Springfield")
    assert paris is not None and paris.country == "FRA"
    assert springfield is not None and springfield.admin1 == "Missouri"


def test_region_named_in_document_picks_the_springfield_inside_it(gaz: Gazetteer) -> None:
    illinois = gaz.resolve("Illinois")
    assert illinois is not None
    resolved = gaz.resolve("Springfield", context=ResolutionContext(anchors=[illinois],
                                                                    countries={"USA": 3.0}))
    assert resolved is not None and resolved.geonameid == 4250542


def test_document_about_texas_reads_paris_as_paris_texas(gaz: Gazetteer) -> None:
    texas = gaz.resolve("Texas")
    assert texas is not None
    resolved = gaz.resolve("Paris", context=ResolutionContext(anchors=[texas], countries={"USA": 4.0}))
    assert resolved is not None and resolved.geonameid == 4717560


def test_nearby_anchor_breaks_a_tie(gaz: Gazetteer) -> None:
    near_missouri = Candidate(geonameid=1, name="Joplin", country="USA", admin1=None, lat=37.08, lon=-94.5,
                              feature="city", population=50_000)
    resolved = gaz.resolve("Springfield", context=ResolutionContext(anchors=[near_missouri]))
    assert resolved is not None and resolved.geonameid == 4409896


def test_wrapped_administrative_names_find_the_place_inside(gaz: Gazetteer) -> None:
    for text in ("City of Lyon", "Lyon city", "the Aleppo governorate"):
        assert gaz.candidates(text), text
    lyon = gaz.resolve("City of Lyon")
    assert lyon is not None and lyon.name == "Lyon"


def test_part_of_a_place_resolves_to_the_place(gaz: Gazetteer) -> None:
    north = gaz.resolve("Northern Illinois")
    assert north is not None and north.name == "Illinois" and not north.exact


def test_acronyms_match_only_entries_known_by_them(gaz: Gazetteer) -> None:
    assert [c.name for c in gaz.candidates("Eu")] == ["Eu"]
    assert gaz.candidates("EU") == []
    us = gaz.resolve("US")
    assert us is not None and us.country == "USA"


def test_regions_and_seas_without_towns_are_entries(gaz: Gazetteer) -> None:
    caucasus = gaz.resolve("the Caucasus")
    assert caucasus is not None and caucasus.feature == "other"
    assert 38 < caucasus.lat < 46 and 38 < caucasus.lon < 50


def test_country_from_names_aliases_and_codes(gaz: Gazetteer) -> None:
    assert gaz.country("U.S.") == "USA"
    assert gaz.country("America") == "USA"
    assert gaz.country("Britain") == "GBR"
    assert gaz.country("Syrian Arab Republic") == "SYR"
    assert gaz.country("the Netherlands") == "NLD"
    assert gaz.country("DE") == "DEU"
    assert gaz.country("UKR") == "UKR"
    assert gaz.country("Springfield") is None


def test_countries_are_entries_with_feature_country(gaz: Gazetteer) -> None:
    syria = gaz.resolve("Syria")
    assert syria is not None and syria.feature == "country" and syria.country == "SYR"
    assert 32 < syria.lat < 38 and 35 < syria.lon < 43


def test_an_l_shaped_or_island_split_country_is_placed_inside_its_mainland(gaz: Gazetteer) -> None:
    # (Somalia's centre, not its horn; Equatorial Guinea's mainland, not the sea between it and Bioko)
    somalia, guinea = gaz.resolve("Somalia"), gaz.resolve("Equatorial Guinea")
    assert somalia is not None and 3 < somalia.lat < 8 and 44 < somalia.lon < 48
    assert guinea is not None and 1 < guinea.lat < 2.3 and 9.5 < guinea.lon < 11.3


def test_demonyms_map_to_countries(gaz: Gazetteer) -> None:
    assert gaz.demonym("Syrian") == "SYR"
    assert gaz.demonym("Canadians") == "CAN"
    assert gaz.demonym("Britons") == "GBR"
    assert gaz.demonym("British") == "GBR"
    assert gaz.demonym("Spanish") == "ESP"
    assert gaz.demonym("Spaniards") == "ESP"
    assert gaz.demonym("Belarusian") == "BLR"
    assert gaz.demonym("Table") is None


def test_capitals_and_seats_of_government(gaz: Gazetteer) -> None:
    capital = gaz.capital_of("FRA")
    assert capital is not None and capital.name == "Paris" and capital.is_capital
    assert gaz.country_of_capital("Minsk") == "BLR"
    assert gaz.country_of_capital("Mensk") == "BLR"
    assert gaz.country_of_capital("the Elysee") == "FRA"
    assert gaz.country_of_capital("Downing Street") == "GBR"
    assert gaz.country_of_capital("the White House") == "USA"
    assert gaz.country_of_capital("Lyon") is None


def test_import_adds_a_village_to_an_existing_index(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    village = (700001, "Pisochyn", "Pisochyn", "Pesochin", 49.96, 36.09, "P", "PPL", "UA", "07", 0)
    assert Gazetteer.open(index).candidates("Pisochyn") == []
    assert import_geonames(index, write_dump(tmp_path / "UA.txt", [village])) == 1
    found = Gazetteer.open(index).resolve("Pesochin")
    assert found is not None and found.geonameid == 700001 and found.admin1 == "Kharkivs'ka Oblast'"


def test_import_reads_a_zipped_dump(tmp_path: Path) -> None:
    import zipfile

    index = build_tiny_index(tmp_path)
    text = dump_line((700002, "Chuhuiv", "Chuhuiv", "Chuguev", 49.84, 36.69, "P", "PPL", "UA", "07", 32_000))
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("UA.txt", text + "\n")
        zf.writestr("readme.txt", "not data")
    assert import_geonames(index, archive) == 1
    assert Gazetteer.open(index).resolve("Chuguev") is not None


def test_import_rejects_a_malformed_file_naming_the_line(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text(dump_line(PLACES[0]) + "\nthis is not\ta geonames line\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        import_geonames(index, bad)
    # nothing of a failed import is kept
    assert Gazetteer.open(index).resolve("Kharkiv") is not None


def test_import_rejects_non_numeric_coordinates(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    row = list(PLACES[1])
    row[4] = "north"
    with pytest.raises(InputError, match="line 1"):
        import_geonames(index, write_dump(tmp_path / "bad.txt", [tuple(row)]))


def test_open_an_explicit_missing_index_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="gazetteer build"):
        Gazetteer.open(tmp_path / "missing.sqlite")


def test_open_a_file_that_is_not_an_index_is_a_config_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a sitrep gazetteer index"):
        Gazetteer.open(junk)


def test_index_is_written_whole_and_readable_by_others(tmp_path: Path) -> None:
    index = tmp_path / "gazetteer-v1.sqlite"
    build_index(index, bundled_places=False)
    assert [p.name for p in tmp_path.iterdir()] == [index.name]
    assert index.stat().st_mode & 0o044 == 0o044
    with sqlite3.connect(index) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (SCHEMA_VERSION,)


def test_import_replaces_the_index_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    index = build_tiny_index(home)
    before = index.stat().st_ino
    village = (700003, "Rohan", "Rohan", "", 49.90, 36.48, "P", "PPL", "UA", "07", 7_000)
    import_geonames(index, write_dump(tmp_path / "UA.txt", [village]))
    assert index.stat().st_ino != before
    assert sorted(p.name for p in home.iterdir()) == [index.name, "tiny.txt"]


def test_an_open_gazetteer_keeps_its_answers_while_an_import_replaces_the_index(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    with Gazetteer.open(index) as reader:
        village = (700004, "Bezruky", "Bezruky", "", 50.15, 36.12, "P", "PPL", "UA", "07", 3_000)
        import_geonames(index, write_dump(tmp_path / "UA.txt", [village]))
        assert [c.geonameid for c in reader.candidates("Kupyansk")] == [705812]
        assert reader.candidates("Bezruky") == []
    assert Gazetteer.open(index).resolve("Bezruky") is not None


def test_namesakes_of_equal_population_come_lowest_id_first(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    twins = [(700006, "Tvin", "Tvin", "", 49.1, 36.1, "P", "PPL", "UA", "07", 900),
             (700005, "Tvin", "Tvin", "", 49.2, 36.2, "P", "PPL", "UA", "07", 900),
             (700007, "Tvin", "Tvin", "", 49.3, 36.3, "P", "PPL", "UA", "07", 1_000)]
    import_geonames(index, write_dump(tmp_path / "UA.txt", twins))
    assert [c.geonameid for c in Gazetteer.open(index).candidates("Tvin")] == [700007, 700005, 700006]


def _as_previous_layout(index: Path) -> None:
    """Turn an index back into the layout before the ranked ``hit`` table."""
    with sqlite3.connect(index) as con:
        con.execute("DROP TABLE hit")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")


def test_an_index_of_the_previous_layout_given_by_path_is_refused_with_the_fix(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    _as_previous_layout(index)
    with pytest.raises(ConfigError, match="gazetteer build"):
        Gazetteer.open(index)


def test_a_default_index_of_the_previous_layout_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_HOME", str(tmp_path))
    _as_previous_layout(build_tiny_index(tmp_path))
    rebuilt: list[Path] = []

    def tiny_build(path: Path) -> None:
        rebuilt.append(path)
        build_tiny_index(path.parent)

    monkeypatch.setattr("sitrep.gazetteer.index.build_index", tiny_build)
    with Gazetteer.open() as gaz:
        assert rebuilt == [tmp_path / "gazetteer-v1.sqlite"]
        assert gaz.resolve("Lyons") is not None


def test_importing_into_an_index_of_the_previous_layout_brings_it_up_to_date(tmp_path: Path) -> None:
    index = build_tiny_index(tmp_path)
    _as_previous_layout(index)
    village = (700008, "Vilshana", "Vilshana", "", 49.9, 37.1, "P", "PPL", "UA", "07", 2_000)
    import_geonames(index, write_dump(tmp_path / "UA.txt", [village]))
    assert Gazetteer.open(index).resolve("Vilshana") is not None


def test_default_index_is_built_under_sitrep_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default path is <SITREP_HOME>/gazetteer-v1.sqlite (the tiny index stands in for a build)."""
    monkeypatch.setenv("SITREP_HOME", str(tmp_path))
    build_tiny_index(tmp_path)
    with Gazetteer.open() as gaz:
        assert gaz.path == tmp_path / "gazetteer-v1.sqlite"
        assert gaz.resolve("Lyons") is not None


@pytest.mark.slow
def test_full_index_resolves_common_places_and_regions() -> None:
    gaz = Gazetteer.open()
    checks = {"Paris": ("FRA", "city"), "Lyon": ("FRA", "city"), "Aleppo": ("SYR", "city"),
              "Kharkov": ("UKR", "city"), "Illinois": ("USA", "region"), "U.S.": ("USA", "country"),
              "Britain": ("GBR", "country"), "Europe": (None, "other")}
    for name, (country, feature) in checks.items():
        found = gaz.resolve(name)
        assert found is not None and (found.country, found.feature) == (country, feature), name
    region = gaz.resolve("Kharkiv Oblast")
    assert region is not None and region.feature == "region"


def test_a_representative_point_of_places_across_the_date_line_lies_among_them() -> None:
    from sitrep.gazetteer.build import representative_point

    lat, lon = representative_point([(-17.8, 178.4), (-16.5, 179.3), (-18.1, -179.9), (-16.8, -179.5)])
    assert -18.2 < lat < -16.4
    assert lon > 178 or lon < -179


def test_a_few_places_filed_under_a_far_off_region_do_not_move_its_point() -> None:
    from sitrep.gazetteer.build import representative_point, without_strays

    # forty towns spread over a region, and three filed under it by mistake 25 degrees west
    region = [(36.0 + (i % 8) * 0.7, 114.0 + (i // 8) * 0.8) for i in range(40)]
    strays = [(44.0, 87.0), (44.2, 86.5), (43.9, 88.1)]
    lat, lon = representative_point(without_strays(region + strays))
    assert 38 < lat < 40 and 115 < lon < 117


def test_a_region_whose_places_run_on_without_gaps_keeps_them_all() -> None:
    from sitrep.gazetteer.build import without_strays

    spread = [(-10.0 - i * 0.5, 140.0 + (i % 5) * 1.5) for i in range(30)]
    assert without_strays(spread) == spread
