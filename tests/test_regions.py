"""Regions of conflict reporting on the full index: provinces GeoNames re-coded, other spellings of
first-level regions, and informal or disputed regions from the team's data files.

They open (and on first use build) the default index and some load the spaCy pipeline, so they
are marked slow. The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pycountry
import pytest

from sitrep.gazetteer import Candidate, Gazetteer
from sitrep.gazetteer.build import read_tsv
from sitrep.gazetteer.resolve import haversine_km
from sitrep.model import Document, Extraction, Place

pytestmark = pytest.mark.slow

#: The DRC's 26 provinces since 2015, as the index names them.
DRC_PROVINCES = ("Bas-Uele", "Equateur", "Haut-Katanga", "Haut-Lomami", "Haut-Uele", "Ituri", "Kasai",
                 "Kasai-Central", "Kasai-Oriental", "Kinshasa", "Kongo Central", "Kwango", "Kwilu", "Lomami",
                 "Lualaba", "Mai-Ndombe", "Maniema", "Mongala", "Nord-Ubangi", "North Kivu", "Sankuru",
                 "South Kivu", "Sud-Ubangi", "Tanganyika", "Tshopo", "Tshuapa")


@pytest.fixture(scope="module")
def gaz() -> Iterator[Gazetteer]:
    with Gazetteer.open() as opened:
        yield opened


def iso3(cc2: str) -> str:
    country = pycountry.countries.get(alpha_2=cc2)
    assert country is not None, cc2
    return str(country.alpha_3)


def region(gaz: Gazetteer, name: str, country: str) -> Candidate:
    """The first-level region of ``country`` that ``name`` names."""
    found = [c for c in gaz.candidates(name) if c.code == "ADM1" and c.country == country]
    assert len(found) == 1, (name, found)
    return found[0]


def places(extractor, text: str) -> dict[str, Place]:  # type: ignore[no-untyped-def]
    """The places of ``text`` by the words that mention them."""
    extraction: Extraction = extractor.extract(Document(text=text, published="2024-03-02"))
    return {text[m.start:m.end]: p for p in extraction.places for m in p.mentions}


def test_ituri_is_a_congolese_province(gaz: Gazetteer) -> None:
    ituri = gaz.resolve("Ituri")
    assert ituri is not None and (ituri.country, ituri.code) == ("COD", "ADM1")
    assert haversine_km(ituri.lat, ituri.lon, 1.56, 30.25) < 160  # its seat, Bunia, lies in its east


def test_each_drc_province_of_2015_is_a_region_of_its_own(gaz: Gazetteer) -> None:
    ids = {region(gaz, name, "COD").geonameid for name in DRC_PROVINCES}
    assert len(ids) == len(DRC_PROVINCES)


def test_towns_of_the_drc_lie_in_their_new_provinces(gaz: Gazetteer) -> None:
    for town, province in (("Bunia", "Ituri"), ("Kolwezi", "Lualaba"), ("Lubumbashi", "Haut-Katanga"),
                           ("Kisangani", "Tshopo"), ("Kananga", "Kasai-Central"), ("Kalemie", "Tanganyika")):
        found = gaz.resolve(town)
        assert found is not None and (found.country, found.admin1) == ("COD", province), town


def test_the_old_province_names_no_longer_name_several_regions(gaz: Gazetteer) -> None:
    assert not [c for c in gaz.candidates("Katanga") if c.code == "ADM1"]
    assert not [c for c in gaz.candidates("Eastern Province") if c.country == "COD"]
    katanga = gaz.resolve("Katanga")  # the former province, as news still names it
    assert katanga is not None and (katanga.country, katanga.code) == ("COD", "RGN")


def test_kasai_in_a_congolese_story_is_the_province_not_the_japanese_town(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, "Militiamen burned three villages in Kasai province, Congolese officials said on "
                              "Friday, and thousands of people fled their homes.")
    assert (found["Kasai province"].country, found["Kasai province"].feature) == ("COD", "region")
    alone = places(extractor, "Militiamen burned three villages in Kasai on Friday, Congolese officials said.")
    assert alone["Kasai"].country == "COD"


def test_other_spellings_of_first_level_regions(gaz: Gazetteer) -> None:
    cases = {"Oromia": ("ETH", "Oromiya"), "Nord-Kivu": ("COD", "North Kivu"),
             "Hodeidah": ("YEM", "Muhafazat al Hudaydah"), "Nineveh": ("IRQ", "Ninawa"),
             "Atacora": ("BEN", "Atakora"), "Lower Shabelle": ("SOM", "Lower Shabeelle"),
             "South Kordofan": ("SDN", "Southern Kordofan"), "Sistan-Baluchestan": ("IRN", "Sistan and Baluchestan"),
             "Asir": ("SAU", "Mintaqat `Asir"), "Transcarpathia": ("UKR", "Zakarpattia")}
    for name, (country, official) in cases.items():
        found = gaz.resolve(name)
        assert found is not None and (found.country, found.name, found.code) == (country, official, "ADM1"), name


def test_the_administrative_wrapping_of_libyan_districts_is_dropped(gaz: Gazetteer) -> None:
    assert region(gaz, "Nalut", "LBY").name == "Sha`biyat Nalut"
    assert region(gaz, "Al Wahat", "LBY").name == "Sha`biyat al Wahat"


def test_a_country_before_a_bracketed_district_keeps_its_reading(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, "On 4 May, soldiers fired warning shots at gunmen who left a hamlet bordering "
                              "Togo (Materi, Atacora).")
    assert (found["Togo"].country, found["Togo"].feature) == ("TGO", "country")
    assert (found["Atacora"].country, found["Atacora"].feature) == ("BEN", "region")


def test_informal_and_disputed_regions_are_entries_near_their_middle(gaz: Gazetteer) -> None:
    # country, and a town or landmark within the region each point must lie near
    cases = {"Kordofan": ("SDN", 13.18, 30.22, 250), "Nagorno-Karabakh": ("AZE", 39.82, 46.75, 60),
             "Casamance": ("SEN", 12.57, -16.27, 160), "Puntland": ("SOM", 8.40, 48.48, 200),
             "Somaliland": ("SOM", 9.56, 44.06, 250), "Jubaland": ("SOM", -0.36, 42.55, 250),
             "Ogaden": ("ETH", 6.74, 44.27, 200), "Equatoria": ("SSD", 4.85, 31.58, 200),
             "Transnistria": ("MDA", 46.84, 29.63, 100), "Lake Chad": (None, 13.2, 14.2, 100),
             "Donbass": ("UKR", 48.57, 39.31, 160)}
    for name, (country, lat, lon, km) in cases.items():
        found = gaz.resolve(name)
        assert found is not None and found.country == country, name
        assert haversine_km(found.lat, found.lon, lat, lon) < km, name


def test_regions_in_conflict_copy_are_placed(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, "Clashes spread from Kordofan to Darfur last week, aid groups said, while in Somalia "
                              "troops from Jubaland pushed north and the authorities in Puntland closed the border.")
    assert (found["Kordofan"].country, found["Jubaland"].country, found["Puntland"].country) == \
        ("SDN", "SOM", "SOM")


def test_a_congolese_territory_is_placed_in_north_kivu(extractor) -> None:  # type: ignore[no-untyped-def]
    found = places(extractor, "Rebels seized two villages in Masisi territory, North Kivu, on Tuesday.")
    masisi = found["Masisi"]
    assert masisi.country == "COD" and masisi.lat is not None and masisi.lon is not None
    assert haversine_km(masisi.lat, masisi.lon, -1.40, 28.81) < 50


def test_every_override_of_a_voted_name_is_a_region_of_its_country(gaz: Gazetteer) -> None:
    """A row of admin1_names.tsv whose code no city carries would silently add nothing."""
    for cc2, _code, name in read_tsv("admin1_names.tsv"):
        region(gaz, name, iso3(cc2))


def test_every_region_alias_names_an_existing_region(gaz: Gazetteer) -> None:
    """The builder skips an alias whose region name it cannot find: a typo there would go unnoticed."""
    for alias, cc2, name in read_tsv("region_aliases.tsv"):
        assert [c for c in gaz.candidates(alias) if c.code == "ADM1" and c.exact
                and (c.country, c.name) == (iso3(cc2), name)], alias


def test_no_region_is_named_like_many_american_towns(gaz: Gazetteer) -> None:
    """A name that is also a first-level region's gives no co-location evidence, so US local news
    naming Alexandria, Minn., among its neighbours would lose it; "Free State" is no region "Free"."""
    for name in ("Alexandria", "Savannah", "Free"):
        assert not [c for c in gaz.candidates(name) if c.code == "ADM1"], name
