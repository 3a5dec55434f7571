"""What the rest of a story says about which namesake a place name means: other names of a town,
regions' own names, streets named the English way, datelines after a headline, local features."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Span

from extraction_helpers import run
from sitrep.gazetteer import Candidate
from sitrep.nlp.extensions import register
from sitrep.nlp.places import (
    STREET_LANGUAGE_PENALTY,
    _dateline,
    _local_feature,
    _Mention,
    _place_streets,
    _regions_not_towns,
    _street_language,
    _without_renamed,
)


def _town(gid: int, name: str, country: str, admin1: str, population: int, *, exact: bool = True,
          lat: float = 40.0, lon: float = -90.0) -> Candidate:
    return Candidate(geonameid=gid, name=name, country=country, admin1=admin1, lat=lat, lon=lon,
                     feature="city", population=population, code="PPL", exact=exact)


def _region(gid: int, name: str, country: str, population: int = 2_000_000) -> Candidate:
    return Candidate(geonameid=gid, name=name, country=country, admin1=name, lat=38.5, lon=-98.5,
                     feature="region", population=population, code="ADM1")


def test_places_a_town_known_only_by_another_name_gives_way_to_a_bigger_namesake() -> None:
    own = _town(1, "Corville", "USA", "Beta", 8_000)
    renamed = _town(2, "Dunmore", "USA", "Gamma", 5_000, exact=False)  # once called Corville
    assert _without_renamed([own, renamed], "Corville") == [own]


def test_places_a_renamed_town_abroad_or_bigger_than_every_namesake_is_kept() -> None:
    own = _town(1, "Corville", "USA", "Beta", 8_000)
    abroad = _town(2, "Dunmore", "GBR", "England", 5_000, exact=False)
    bigger = _town(3, "Ambridge", "USA", "Gamma", 90_000, exact=False)
    assert _without_renamed([own, abroad, bigger], "Corville") == [own, abroad, bigger]


def test_places_spellings_and_short_forms_of_a_towns_own_name_are_kept() -> None:
    own = _town(1, "Hollisboro", "USA", "Beta", 80_000)
    spelling = _town(2, "Hollisborough", "USA", "Gamma", 2_000, exact=False)
    short = _town(3, "Hollisboro Estates", "USA", "Delta", 3_000, exact=False)
    saint = _town(4, "Saint Hollisboro", "USA", "Delta", 1_500, exact=False)
    assert _without_renamed([own, spelling, short], "Hollisboro") == [own, spelling, short]
    assert saint in _without_renamed([_town(5, "St. Hollisboro", "USA", "Beta", 9_000), saint], "St. Hollisboro")


def test_places_a_regions_own_name_is_not_a_small_town_elsewhere_in_its_country() -> None:
    state = _region(1, "Corvania", "USA")
    village = _town(2, "Corvania", "USA", "Beta", 700)
    seat = _town(3, "Corvania", "USA", "Corvania", 60_000)  # the region's own town: left to the scoring
    abroad = _town(4, "Corvania", "ARG", "Salta", 900)
    big = _town(5, "Corvania", "USA", "Gamma", 400_000)
    assert _regions_not_towns([state, village, seat, abroad, big]) == [state, seat, abroad, big]


def test_places_towns_keep_their_readings_when_no_region_bears_the_name() -> None:
    towns = [_town(1, "Corville", "USA", "Beta", 700), _town(2, "Corville", "USA", "Gamma", 900)]
    assert _regions_not_towns(towns) == towns


def _mentions(text: str, spans: list[tuple[int, int, list[Candidate], bool]]) -> tuple[Any, list[_Mention]]:
    doc = spacy.blank("en")(text)
    return doc, [_Mention(span=Span(doc, lo, hi, label="GPE"), prefer_region=False, candidates=cands, street=street)
                 for lo, hi, cands, street in spans]


def test_places_a_story_naming_streets_the_english_way_weighs_against_namesakes_abroad() -> None:
    home = _town(1, "Corville", "USA", "Beta", 15_000)
    abroad = _town(2, "Corville", "EGY", "Giza", 900_000)
    text = "Corville police searched Maple Street and Birch Avenue ."
    _, mentions = _mentions(text, [(0, 1, [home, abroad], False), (3, 5, [], True), (6, 8, [], True)])
    support: dict[int, float] = {}
    _street_language(mentions, support)
    assert support == {2: -STREET_LANGUAGE_PENALTY}


def test_places_one_street_says_nothing_about_the_country() -> None:
    home = _town(1, "Corville", "USA", "Beta", 15_000)
    abroad = _town(2, "Corville", "EGY", "Giza", 900_000)
    _, mentions = _mentions("Corville traders watched Market Street .", [(0, 1, [home, abroad], False),
                                                                        (3, 5, [], True)])
    support: dict[int, float] = {}
    _street_language(mentions, support)
    assert support == {}


def test_places_a_lake_the_gazetteer_lacks_lies_at_the_town_the_story_names_twice() -> None:
    town = _town(1, "Corville", "USA", "Beta", 15_000)
    text = "Corville officials closed Marrow Lake ; Corville residents objected ."
    doc, mentions = _mentions(text, [(0, 1, [town], False), (3, 5, [], False), (6, 7, [town], False)])
    for m in mentions:
        m.resolved = town if m.candidates else None
    _place_streets(doc, mentions, None)
    assert mentions[1].resolved == town and mentions[1].local


def test_places_a_lake_stays_unplaced_when_the_story_names_its_town_once() -> None:
    town = _town(1, "Corville", "USA", "Beta", 15_000)
    doc, mentions = _mentions("Corville officials closed Marrow Lake .", [(0, 1, [town], False),
                                                                          (3, 5, [], False)])
    mentions[0].resolved = town
    _place_streets(doc, mentions, None)
    assert mentions[1].resolved is None


def test_places_local_features_are_named_by_their_kind() -> None:
    doc = spacy.blank("en")("Marrow Lake and Lake Harrow and Pleasant Township and Dunmore and Velkaro")
    assert _local_feature(doc[0:2]) and _local_feature(doc[3:5]) and _local_feature(doc[6:8])
    assert not _local_feature(doc[9:10]) and not _local_feature(doc[11:12])


def test_places_a_dateline_after_the_headline_is_read_with_its_state() -> None:
    register()
    here = _town(1, "Corville", "USA", "Beta", 6_000)
    bigger = _town(2, "Corville", "USA", "Gamma", 60_000)
    state = _region(3, "Beta", "USA")
    text = "Senator dies at 80 . CORVILLE , Beta -- The senator died on Monday ."
    doc, mentions = _mentions(text, [(5, 6, [here, bigger], False), (7, 8, [state], False)])
    found = _dateline(doc, _NO_GAZETTEER, mentions)
    assert found is not None and found[1] == here


def test_places_a_bare_dateline_after_the_headline_is_left_to_the_story() -> None:
    register()
    here = _town(1, "Corville", "USA", "Beta", 6_000)
    doc, mentions = _mentions("Senator dies at 80 . CORVILLE -- The senator died .", [(5, 6, [here], False)])
    assert _dateline(doc, _NO_GAZETTEER, mentions) is None


_NO_GAZETTEER: Any = None  # the dateline of a text without a document field needs no lookups


def test_the_town_of_a_name_tagged_an_organisation_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    x = extractor.extract(Document(text="Peacekeepers increased patrols near the town of Zubin Potok.",
                                   published="2025-01-17"))
    assert any(p.name == "Zubin Potok" and p.country == "XKX" for p in x.places)


def test_a_lone_foreign_hamlet_in_a_story_about_another_country_gets_no_point(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    text = ("Fighting in Darfur displaced thousands from El Fasher to camps near Tawila, aid workers in Sudan "
            "said. Sudan's army and the paramilitary forces fought near Nyala and El Geneina.")
    x = extractor.extract(Document(text=text, published="2025-05-06"))
    tawila = [p for p in x.places if p.name == "Tawila"]
    assert all(p.country in (None, "SDN") for p in tawila)


def test_a_name_the_text_calls_a_town_is_a_place_however_ner_votes(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BANGUI — At least 23 people were killed in two days of fighting between rival armed groups "
                       "for control of Bria, a diamond-trading town in the north-east, officials said. \"Bria is "
                       "free,\" a commander said. Bria has been fought over since 2027.")
    bria = [p for p in x.places if p.name == "Bria"]
    assert bria and bria[0].country == "CAF"


def test_a_town_a_journey_starts_from_is_a_place_though_tagged_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Argentina's Defence Ministry said the navy would send a coastal patrol vessel from Ushuaia "
                       "to shadow the British ships.")
    assert "Ushuaia" in {p.name for p in x.places}
    assert not any(a.name.startswith("Ushuaia") for a in x.actors)


def test_a_name_does_not_end_in_the_preposition_after_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Mexico's navy flew two cargo planes of food from Chetumal to Belize City on Monday.")
    assert {"Chetumal", "Belize City"} <= {p.name for p in x.places}
    assert not any(a.name.endswith(" to") for a in x.actors)


def test_a_bare_wire_dateline_is_the_town_everybody_means_not_a_small_namesake_in_a_named_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Donors pledge aid for Pakistan\n\nGENEVA, Nov. 19 (Alpine Press Service) — Donors pledged "
                       "money for Pakistan on Monday. The United States gave 100 million dollars.")
    assert {p.country for p in x.places if p.name.lower() == "geneva"} == {"CHE"}


def test_a_bare_wire_dateline_with_namesakes_of_like_size_is_read_with_the_story(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "COLON, Jan. 5 (AP) — Panamanian police cleared the port near the Panama Canal on Monday.")
    assert {p.country for p in x.places if p.name.lower() == "colon"} == {"PAN"}


def test_a_road_named_beside_a_town_of_its_sentence_is_there_not_in_the_datelines_town(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "GENEVA, Nov. 19 (Wire) — Donors pledged aid for Pakistan. On Monday police in Sehwan "
                       "dispersed farmers who had blocked the Indus Highway for two days.")
    assert {p.country for p in x.places if p.name == "Indus Highway"} == {"PAK"}


def test_two_places_the_tagger_joined_at_and_are_split_but_a_country_named_with_and_is_not(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.gazetteer import Gazetteer
    from sitrep.nlp.places import _joined_places

    nlp = spacy.blank("en")
    doc = nlp("displaced in the districts of Dadu and Jacobabad , and in Trinidad and Tobago")
    gaz = Gazetteer.open(None)
    joined = _joined_places(Span(doc, 5, 8, label="GPE"), gaz)
    assert [p.text for p in joined] == ["Dadu", "Jacobabad"]
    assert [p.text for p in _joined_places(Span(doc, 11, 14, label="GPE"), gaz)] == ["Trinidad and Tobago"]


def test_a_name_the_text_calls_a_town_right_after_it_is_that_town_by_any_of_its_names(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DUHOK, Iraq (Wire) — Residents of four villages had fled to Amadiya town overnight.")
    assert {p.country for p in x.places if p.name == "Amadiya"} == {"IRQ"}


def test_places_the_seaports_of_a_name_make_it_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    # NER reads "Chattogram" here as a product; "the seaports of" says it is a place
    x = run(extractor, "DHAKA, March 5 (Reuters) - Yarn from India could now enter only through the seaports of "
                       "Chattogram and Mongla, the revenue board said.")
    assert any(p.name == "Chattogram" and p.country == "BGD" for p in x.places), [(p.name, p.country) for p in x.places]
