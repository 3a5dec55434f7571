"""The ``sitrep_places`` stage on sentences written for these tests, over the tiny test index.

They load the spaCy model, so they are marked slow.
"""

from __future__ import annotations

from typing import Any

import pytest

from places_helpers import places_pipeline, toponyms
from test_gazetteer import build_tiny_index

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return places_pipeline(build_tiny_index(tmp_path_factory.mktemp("places")))


def test_places_prefer_region_for_the_x_region(nlp: Any) -> None:
    found = toponyms(nlp, "Shelling hit the Kharkiv region on Monday, officials said.")
    assert found["Kharkiv"].feature == "region"


def test_places_bare_city_name_is_the_city(nlp: Any) -> None:
    found = toponyms(nlp, "Officials in Kharkiv said the power plant was hit twice.")
    assert found["Kharkiv"].feature == "city" and found["Kharkiv"].country == "UKR"


def test_places_list_of_regions_are_all_regions(nlp: Any) -> None:
    found = toponyms(nlp, "Troops advanced in the Kharkiv and Aleppo regions overnight.")
    assert found["Kharkiv"].feature == "region"
    assert found["Aleppo"].feature == "region"


def test_places_relabels_a_city_tagged_as_person_after_in(nlp: Any) -> None:
    doc = nlp("Syrian forces shelled Kharkiv and Lyon regions overnight, officials in Aleppo said.")
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels["Lyon"] == "GPE"
    assert labels["Aleppo"] == "GPE"
    assert {t.text for t in doc._.toponyms} >= {"Kharkiv", "Lyon", "Aleppo"}


def test_places_leaves_people_named_like_places_alone(nlp: Any) -> None:
    found = toponyms(nlp, "Paris Hilton met Jordan Peterson at the party.")
    assert "Paris" not in found and "Paris Hilton" not in found


def test_places_demonyms_are_not_places(nlp: Any) -> None:
    doc = nlp("Syrian officials met Spanish diplomats in Lyon.")
    assert [t.text for t in doc._.toponyms] == ["Lyon"]
    assert any(ent.text in ("Syrian", "Spanish") and ent.label_ == "NORP" for ent in doc.ents)


def test_places_document_context_picks_springfield_illinois(nlp: Any) -> None:
    found = toponyms(nlp, "The governor of Illinois visited Springfield on Tuesday to sign the budget.")
    assert found["Springfield"].admin1 == "Illinois"
    assert found["Illinois"].feature == "region"


def test_places_country_mentions_resolve_to_country_entries(nlp: Any) -> None:
    found = toponyms(nlp, "Talks between Syria and Argentina resumed in Lyon.")
    assert found["Syria"].feature == "country" and found["Syria"].country == "SYR"
    assert found["Argentina"].country == "ARG"


def test_places_dateline_anchors_the_document(nlp: Any) -> None:
    found = toponyms(nlp, "PARIS, Texas (AP) - Flooding closed roads in Paris on Sunday.")
    assert found["Paris"].country == "USA"
    assert found["PARIS"].country == "USA"


def test_places_empty_document_has_no_toponyms(nlp: Any) -> None:
    assert toponyms(nlp, "") == {}


def test_places_inside_organisation_names_are_toponyms(nlp: Any) -> None:
    doc = nlp("Officers of the Lyon Police Department arrested two men on Friday.")
    assert any(t.text == "Lyon" and t.country == "FRA" for t in doc._.toponyms)
    assert not any(ent.label_ == "GPE" and "Police" in ent.text for ent in doc.ents)


def test_places_surname_of_a_named_person_is_not_a_place(nlp: Any) -> None:
    doc = nlp("Mayor Thomas Lyon opened the session. Lyon said the budget was balanced.")
    assert not any(t.text == "Lyon" for t in doc._.toponyms)


def test_places_qualified_name_settles_the_reading(nlp: Any) -> None:
    found = toponyms(nlp, "The plant in Springfield, Illinois, closed; Springfield lost 300 jobs.")
    assert found["Springfield"].admin1 == "Illinois"


def test_places_street_lies_in_the_town_the_story_names(nlp: Any) -> None:
    found = toponyms(nlp, "Firefighters in Springfield, Illinois, were called to a house on Maple Grove Avenue "
                          "late on Tuesday.")
    street = found["Maple Grove Avenue"]
    assert street.feature == "other" and street.geonameid is None
    assert street.admin1 == "Illinois" and street.lat is not None


def test_places_person_with_an_initial_is_not_a_street(nlp: Any) -> None:
    found = toponyms(nlp, "The award went to Harold B. Lane of Springfield, Illinois.")
    assert not any("Lane" in text for text in found)


def test_places_saint_is_not_a_street(nlp: Any) -> None:
    doc = nlp("Volunteers from St. Anne's parish cleaned the riverbank in Lyon.")
    assert not any(t.text.endswith("St.") for t in doc._.toponyms)


def test_places_office_tagged_as_person_does_not_hide_its_town(nlp: Any) -> None:
    doc = nlp("Springfield Parks and Recreation staff cleaned the lake. Crowds came to Springfield.")
    names = [t.text for t in doc._.toponyms]
    assert names.count("Springfield") == 2


def test_places_every_name_of_a_list_ending_in_counties_is_a_county() -> None:
    import spacy

    from sitrep.nlp.places import _in_county_list

    doc = spacy.blank("en")("Roads closed in Marlow, Benton Ridge and Tiller counties after the storm.")
    for start, end in ((3, 4), (5, 7), (8, 9)):
        assert _in_county_list(doc[start:end]), doc[start:end].text


def test_places_a_town_before_a_county_list_is_not_a_county() -> None:
    import spacy

    from sitrep.nlp.places import _in_county_list

    doc = spacy.blank("en")("A man from Marlow drove to the fair in the county seat.")
    assert not _in_county_list(doc[3:4])


def test_places_town_opening_a_local_body_is_a_toponym(nlp: Any) -> None:
    doc = nlp("The Kupiansk Police Department said the road would reopen on Monday.")
    assert any(t.text == "Kupiansk" and t.country == "UKR" for t in doc._.toponyms)


def test_places_town_qualifying_a_resident_is_a_toponym(nlp: Any) -> None:
    doc = nlp("A Kupiansk man was charged with theft after the market closed.")
    assert any(t.text == "Kupiansk" for t in doc._.toponyms)


def test_places_region_after_a_compass_word_in_an_institution(nlp: Any) -> None:
    doc = nlp("She studied chemistry at Eastern Illinois University for three years.")
    assert any(t.text == "Illinois" and t.feature == "region" for t in doc._.toponyms)


def test_places_dateline_with_double_dash_is_a_place() -> None:
    import spacy

    from sitrep.nlp.places import _in_dateline

    doc = spacy.blank("en")("KUPIANSK -- The market reopened on Monday.")
    assert _in_dateline(doc[0:1])


def _town(gid: int, name: str, admin1: str, population: int = 5_000) -> Any:
    from sitrep.gazetteer import Candidate

    return Candidate(geonameid=gid, name=name, country="USA", admin1=admin1, lat=35.0, lon=-90.0,
                     feature="city", population=population, code="PPL")


def test_places_shared_region_is_the_one_that_holds_the_local_names_together() -> None:
    import spacy
    from spacy.tokens import Span

    from sitrep.nlp.places import _Mention, _shared_region

    doc = spacy.blank("en")("Corville and Ambridge and Dunmore")
    mentions = [
        _Mention(span=Span(doc, 0, 1), prefer_region=False,
                 candidates=[_town(1, "Corville", "Alpha"), _town(2, "Corville", "Beta")]),
        _Mention(span=Span(doc, 2, 3), prefer_region=False,
                 candidates=[_town(3, "Ambridge", "Beta"), _town(4, "Ambridge", "Gamma")]),
        _Mention(span=Span(doc, 4, 5), prefer_region=False, candidates=[_town(5, "Dunmore", "Beta")]),
    ]
    shared = _shared_region(mentions, {m.key: None for m in mentions})
    assert shared is not None and shared.admin1 == "Beta" and shared.code == "ADM1"


def test_places_no_shared_region_from_a_single_name() -> None:
    import spacy
    from spacy.tokens import Span

    from sitrep.nlp.places import _Mention, _shared_region

    doc = spacy.blank("en")("Dunmore")
    mention = _Mention(span=Span(doc, 0, 1), prefer_region=False, candidates=[_town(5, "Dunmore", "Beta")])
    assert _shared_region([mention], {mention.key: None}) is None


def _placed(gid: int, name: str, admin1: str, lat: float, lon: float, code: str = "PPL") -> Any:
    from sitrep.gazetteer import Candidate

    feature = "region" if code == "ADM2" else "city"
    return Candidate(geonameid=gid, name=name, country="USA", admin1=admin1, lat=lat, lon=lon,
                     feature=feature, population=3_000, code=code)


def _mentions(names_and_candidates: list[tuple[str, list[Any]]]) -> list[Any]:
    import spacy
    from spacy.tokens import Span

    from sitrep.nlp.places import _Mention

    doc = spacy.blank("en")(" and ".join(name for name, _ in names_and_candidates))
    out, i = [], 0
    for name, candidates in names_and_candidates:
        width = len(name.split())
        out.append(_Mention(span=Span(doc, i, i + width), prefer_region=False, candidates=candidates))
        i += width + 1
    return out


def test_places_a_town_beside_its_county_is_supported_and_its_namesake_is_not() -> None:
    from sitrep.nlp.places import COLOCATED_BONUS, _colocated

    town_here = _placed(1, "Corville", "Beta", 36.30, -88.33)
    town_far = _placed(2, "Corville", "Alpha", 32.60, -82.33)
    county = _placed(3, "Dunmore County", "Beta", 36.33, -88.30, code="ADM2")
    support = _colocated(_mentions([("Corville", [town_here, town_far]), ("Dunmore County", [county])]))
    assert support[1] == COLOCATED_BONUS and support[3] == COLOCATED_BONUS
    assert 2 not in support


def test_places_two_neighbouring_towns_support_each_other_half_as_much() -> None:
    from sitrep.nlp.places import COLOCATED_BONUS, _colocated

    one = _placed(1, "Corville", "Beta", 40.93, -91.40)
    other = _placed(2, "Ambridge", "Beta", 40.96, -91.56)
    support = _colocated(_mentions([("Corville", [one]), ("Ambridge", [other])]))
    assert support == {1: COLOCATED_BONUS / 2, 2: COLOCATED_BONUS / 2}


def test_places_common_words_give_no_colocation_support() -> None:
    from sitrep.nlp.places import _colocated

    one = _placed(1, "Corville", "Beta", 40.93, -91.40)
    word = _placed(2, "Central", "Beta", 40.94, -91.41)
    assert _colocated(_mentions([("Corville", [one]), ("Central", [word])])) == {}


def test_places_dotted_state_abbreviations_are_read_as_names() -> None:
    import spacy

    from sitrep.nlp.places import _abbreviated

    doc = spacy.blank("en")("Greer , S.C. and Macon , Ga. in USA")
    assert _abbreviated(doc[2]) and _abbreviated(doc[6])
    assert not _abbreviated(doc[0]) and not _abbreviated(doc[8])


def test_places_person_ending_in_a_kind_of_place_is_misread() -> None:
    import spacy
    from spacy.tokens import Span

    from sitrep.nlp.places import _misread_person

    doc = spacy.blank("en")("Corville Station and Sela Ward")
    assert _misread_person(Span(doc, 0, 2, label="PERSON"))
    assert not _misread_person(Span(doc, 3, 5, label="PERSON"))


def test_places_name_mostly_tagged_person_stays_a_person(nlp: Any) -> None:
    text = ("Dana Kessler was stabbed on Friday. Police said Kessler fled. Kessler was later found, "
            "and Kessler was taken to hospital. A neighbour drove from Kessler to the station.")
    assert "Kessler" not in toponyms(nlp, text)


def test_places_a_town_a_county_width_from_its_county_point_is_beside_it() -> None:
    from sitrep.nlp.places import COLOCATED_BONUS, _colocated

    town = _placed(1, "Corville", "Beta", 39.18, -96.57)
    county = _placed(2, "Dunmore County", "Beta", 39.45, -96.20, code="ADM2")  # about 44 km off
    other_town = _placed(3, "Ambridge", "Beta", 39.45, -96.20)
    assert _colocated(_mentions([("Corville", [town]), ("Dunmore County", [county])]))[1] == COLOCATED_BONUS
    assert _colocated(_mentions([("Corville", [town]), ("Ambridge", [other_town])])) == {}


def test_places_a_town_known_by_its_name_and_town_supports_its_neighbour() -> None:
    from sitrep.gazetteer import Candidate
    from sitrep.nlp.places import _colocated

    town = Candidate(geonameid=1, name="Corville Town", country="GBR", admin1="England", lat=51.65, lon=-0.08,
                     feature="city", population=150_000, code="PPL", exact=False)
    neighbour = _placed(2, "Ambridge", "England", 51.62, -0.06)
    support = _colocated(_mentions([("Corville", [town]), ("Ambridge", [neighbour])]))
    assert set(support) == {1, 2}
