"""People named with no country in a report about two countries, filed from one of them. Texts written
for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, run

pytestmark = pytest.mark.slow

CROSS_BORDER = ("GOMA, Congo (AP) — A shell fired from Rwanda hit a crowded market in Goma on Tuesday, killing two "
                "traders, Congolese officials said. Rwanda's army said in Kigali it had fired only at rebel positions "
                "between Gisenyi and Musanze after coming under attack. Jean-Paul Mukiza, a fish seller, said the "
                "shell landed beside his stall. \"We ran for our lives,\" he said. Congo's government said it would "
                "complain to the African Union in Addis Ababa.")


def test_a_civilian_in_a_two_country_story_belongs_to_the_dateline(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, CROSS_BORDER)
    seller = next(a for a in x.actors if a.name == "Jean-Paul Mukiza")
    assert seller.country == "COD"


def test_a_body_named_for_an_ethnic_community_belongs_where_it_lives(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "SKOPJE — Ethnic Albanian parties in North Macedonia, which have long supported the "
                       "constitutional amendment, urged the government to return to negotiations.")
    parties = next(a for a in x.actors if "parties" in a.name)
    assert parties.country == "MKD"


DOMESTIC_DISPUTE = ("HONIARA, Solomon Islands — Police in the Solomon Islands fired tear gas on Tuesday to clear "
                    "landowners who had blocked the main road to a gold mine in Guadalcanal province since last week. "
                    "Solomon Islands Mines Minister Derek Tovua said the government would hold talks with the mine's "
                    "Chinese operator and the landowners in Honiara on Thursday. Guadalcanal Premier Stanley Maeke "
                    "backed the landowners. He called for an independent inquiry into the police operation. Police "
                    "arrested nine people in Honiara and Tetere.")


def test_a_foreign_side_the_report_hardly_names_is_no_counterpart_for_asks(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, DOMESTIC_DISPUTE)
    for trigger in ("called", "backed"):
        event = next(e for e in x.events if e.trigger == trigger)
        assert countries(x, event.target) == {"SLB"}


def test_an_official_named_by_bare_title_in_a_two_country_story_is_the_datelines(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "GOMA, Congo (AP) — A shell fired from Rwanda hit a crowded market in Goma on Tuesday, killing "
                       "two traders, Congolese officials said. Rwanda's army said in Kigali it had fired only at rebel "
                       "positions between Gisenyi and Musanze after coming under attack from near Rubavu. Foreign "
                       "Minister Therese Kayumba said the shelling was \"an unacceptable violation\" of Congo's "
                       "sovereignty.")
    minister = next(a for a in x.actors if a.name == "Therese Kayumba")
    assert minister.country == "COD"


REFUGEE_STORY = ("LODWAR, Kenya (Wire) — Thousands of South Sudanese have crossed into northern Kenya this week, "
                 "fleeing clashes between soldiers and militiamen around the town of Kapoeta in South Sudan, officials "
                 "in Kenya said. The refugees were being registered at the Kakuma camp in Turkana County, a Kenyan "
                 "official said. Police in Lodwar said the crossing at Nadapal had been closed to armed men. Officials "
                 "said talks would be held at a summit of regional leaders in Nairobi.")


def test_forces_the_text_puts_fighting_abroad_belong_to_that_country_not_the_datelines(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, REFUGEE_STORY)
    clash = next(e for e in x.events if e.trigger == "clashes" and e.type == "ASSAULT")
    assert countries(x, clash.source) == {"SSD"}
    assert countries(x, clash.target) == {"SSD"}  # two sides of one country fight each other, not the host


def test_police_named_where_the_report_is_filed_stay_the_hosts(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, REFUGEE_STORY)
    police = [a for a in x.actors if a.name.lower().startswith("police")]
    assert police and all(a.country == "KEN" for a in police)


def test_an_ambassador_named_by_title_alone_in_the_host_capital_is_the_other_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ACCRA, Ghana (Wire) — Ghana summoned Togo's envoy on Monday over the closure of the "
                       "border at Aflao. The ambassador, Kodjo Amegah, was handed a protest note at the foreign "
                       "ministry. Togo said the border would stay closed.")
    assert {a.country for a in x.actors if a.name == "Kodjo Amegah"} == {"TGO"}


def test_an_ambassador_recalled_home_is_the_report_countrys_own(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "ACCRA, Ghana (Wire) — Ghana recalled its ambassador to Togo on Monday over the closure of the "
                       "border. Ambassador Kwesi Mensah would return home on Tuesday, the ministry said. Togo "
                       "said the border would stay closed.")
    assert {a.country for a in x.actors if a.name == "Kwesi Mensah"} == {"GHA"}
