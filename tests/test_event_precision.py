"""Everyday news wording that borrows the words of conflict and diplomacy but reports no such event.

Sentences written for these tests, in the registers of business, politics, sport and entertainment
news; each pair shows the wording that is an event next to the one that is not.
"""

from __future__ import annotations

import pytest

from sitrep.model import Document, Extraction

pytestmark = pytest.mark.slow


def run(extractor, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    return extractor.extract(Document(text=text, published="2024-05-14"))  # type: ignore[no-any-return]


def types(x: Extraction) -> list[str]:
    return [e.type for e in x.events]


def test_lifting_rates_eases_nothing_but_lifting_sanctions_does(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in types(run(extractor, "The central bank lifted borrowing costs for the third time."))
    assert "CONCEDE" in types(run(extractor, "Canada lifted sanctions on Belarus on Monday."))


def test_a_forecast_about_a_deficit_is_no_threat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The IMF warned that Kenya's budget deficit would hamper growth.")
    assert "THREATEN" not in types(x)


def test_signing_up_to_a_website_is_no_agreement(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types(run(extractor, "Thousands of people have signed up to the new website."))


def test_a_protest_vote_is_no_protest(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in types(run(extractor, "Disillusioned voters may cast a protest vote in the election."))


def test_a_team_beaten_by_a_score_was_not_assaulted(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "The club was beaten 4-1 by its rivals on Sunday."))
    assert "ASSAULT" not in types(run(extractor, "The quiz show was beaten in the ratings by a dance contest."))
    x = run(extractor, "Rival party supporters clashed after the disputed election, leaving two people injured.")
    assert "ASSAULT" in types(x)


def test_damaged_confidence_is_no_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "Analysts said the scandal could damage investor confidence."))
    assert "ASSAULT" in types(run(extractor, "Shelling damaged the hospital in Kherson overnight."))


def test_a_demand_that_was_not_met_is_rejected(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The union's demand for a pay rise was not met by the ministry.")
    assert "CONSULT" not in types(x)


def test_releasing_a_statement_frees_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in types(run(extractor, "The ministry released a statement on the talks on Monday."))
    assert "RETREAT" in types(run(extractor, "Rebels released twelve hostages near Goma on Monday."))
    assert "RETREAT" in types(run(extractor, "Five of the abducted guards have been released, the army said."))


def test_what_was_refused_did_not_happen(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The government refused to back the opposition's bill.")
    assert "REJECT" in types(x)
    assert all(e.negated for e in x.events if e.type == "SUPPORT")


def test_figures_that_shoot_up_and_web_based_diaries_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Blog readership has shot up by 58%. Many adults have created a web-based diary.")
    assert types(x) == []
    assert "MOBILIZE" in types(run(extractor, "The army created new bases along the border with Mali."))


def test_summoned_police_and_weather_warnings_are_no_requests_or_threats(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police were called to the supermarket on Route 9. Forecasters warned of fog on Sunday.")
    assert "REQUEST" not in types(x) and "THREATEN" not in types(x)
    y = run(extractor, "The UN called on Israel to halt the strikes. Iran warned of a crushing response.")
    assert "REQUEST" in types(y) and "THREATEN" in types(y)


def test_an_attack_that_may_come_is_no_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "Tehran vowed a crushing response to any attack."))


def test_the_arrested_are_targets_of_their_arrest_and_charges(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Maria Lopez was arrested and charged with fraud. She had two warrants out for her arrest.")
    lopez = next(a.id for a in x.actors if a.name == "Maria Lopez")
    for e in x.events:
        assert lopez not in e.source, e
    charged = next(e for e in x.events if e.trigger == "charged")
    assert lopez in charged.target


def test_a_falling_tree_kills_without_an_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A woman was killed when a tree fell on a wedding party in a park. "
                       "Police arrested a man in the city on Friday.")
    assert "ASSAULT" not in types(x)
    assert all(e.dead is None for e in x.events)


def test_those_under_investigation_are_its_targets(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "A French national has been put under investigation in Italy for her role in riots.")
    probe = next(e for e in x.events if e.trigger == "investigation")
    assert not probe.source and probe.target


def test_outbreaks_culls_and_public_advice_are_no_attacks_or_threats(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Officials reported an outbreak of bird flu that killed hundreds of ducks near Lodz, "
                       "after which 3,000 birds were destroyed. The agency warned residents not to drink the water.")
    assert "ASSAULT" not in types(x) and "THREATEN" not in types(x)
    y = run(extractor, "Militants killed 30 cattle in a raid near Gao. The US warned Iran not to attack shipping.")
    assert "ASSAULT" in types(y) and "THREATEN" in types(y)


def test_battling_a_blaze_and_demonstrating_skill_are_no_conflict(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fifty firefighters battled the blaze for hours. The athletes demonstrated great skill.")
    assert types(x) == []
    y = run(extractor, "Troops battled rebels near Goma. Thousands of people demonstrated against the law in Lyon.")
    assert "ASSAULT" in types(y) and "PROTEST" in types(y)


def test_police_called_out_on_a_day_are_not_called_on(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On Friday evening, police were called to check on a guest at a hotel.")
    assert "REQUEST" not in types(x)
    assert "REQUEST" in types(run(extractor, "The minister was called on to resign."))


def test_a_condemned_attack_told_before_is_no_second_attack(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Militias shelled a camp near Kadugli overnight, killing three civilians. The foreign "
                       "ministry condemned the shelling and urged the African Union to act.")
    assert len([e for e in x.events if e.type == "ASSAULT"]) == 1


def test_an_album_released_frees_no_one_but_freed_hostages_are_freed(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "On her new album, released earlier this month, the singer thanks her fans.")
    assert "RETREAT" not in types(x) and "CONCEDE" not in types(x)
    assert "RETREAT" in types(run(extractor, "The militia released the hostages on Friday."))


def test_handing_over_money_gives_up_nothing_but_handing_over_a_town_does(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in types(run(extractor, "The singer handed over money to youth projects in the city."))
    assert "RETREAT" in types(run(extractor, "The rebels handed over the town to the army on Sunday."))


def test_blaming_oneself_and_accepting_a_fact_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in types(run(extractor, "The goalkeeper said he blamed himself for the defeat."))
    assert "AGREE" not in types(run(extractor, "The director accepts that the awards matter to her studio."))
    assert "AGREE" in types(run(extractor, "The government accepted the union's proposal on Monday."))


def test_a_premiere_in_aid_of_an_appeal_gives_no_aid(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in types(run(extractor, "The premiere was held in aid of the flood appeal on Sunday."))


def test_a_clash_in_parliament_is_words_not_blows(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "The prime minister shrugged off their Commons clashes."))
    assert "ASSAULT" in types(run(extractor, "Troops clashed with rebels near the border on Sunday."))


def test_a_killing_someone_says_should_happen_did_not_happen(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The candidate wrote online that migrants should be killed.")
    assert all(e.status != "occurred" for e in x.events if e.type == "ASSAULT")


def test_a_thing_that_allows_concedes_nothing_but_a_government_that_allows_does(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in types(run(extractor, "The new stand allows the club to bring more supporters."))
    assert "CONCEDE" in types(run(extractor, "Israel allowed 200 aid trucks to enter Gaza on Monday."))


def test_taking_over_payments_seizes_nothing_but_taking_over_a_town_does(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The phone company agreed to take over the secure payments on the site.")
    assert "COERCE" not in types(x) and "ASSAULT" not in types(x)
    x = run(extractor, "The junta took over power in Niger in July.")
    assert "COERCE" in types(x) or "ASSAULT" in types(x)


def test_a_question_asked_requests_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in types(run(extractor, '"Why should we wait?" the coach asked.'))
    assert "REQUEST" in types(run(extractor, "Somalia asked the African Union to send more troops."))


def test_goods_on_offer_are_no_offer_but_a_truce_on_offer_is(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in types(run(extractor, "Phone makers showed what they are offering in new models."))
    assert "AGREE" in types(run(extractor, "The rebels offered a truce to the government on Friday."))


def test_a_camera_capturing_an_image_seizes_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" not in types(run(extractor, "The lens shows every detail of the image that it captures."))
    assert "COERCE" in types(run(extractor, "The army captured twelve fighters near the border."))


def test_vowing_to_fight_charges_threatens_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The former president vowed to fight the charges in court.")
    assert "THREATEN" not in types(x) and "ASSAULT" not in types(x)
    assert "THREATEN" in types(run(extractor, "The rebel leader vowed to attack the capital."))


def test_a_parliament_impeaching_a_president_sanctions_him(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Peru's Congress voted on Thursday to impeach President Pedro Castillo.")
    assert "SANCTION" in types(x)


def test_a_gadget_beating_another_into_second_place_assaults_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "The console beats the phone into second place in the list."))


def test_striving_and_markets_are_no_fighting_or_concession(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "The band said it would fight to get a slot at the festival."))
    assert "ASSAULT" in types(run(extractor, "Government troops are fighting to retake the city."))
    assert "CONCEDE" not in types(run(extractor, "The new plant will meet demand for cars in the region."))
    assert "CONCEDE" in types(run(extractor, "The government met the demands of the striking miners."))
    assert "COERCE" not in types(run(extractor, "The start-up hopes to occupy the space between the giants."))


def test_a_company_fighting_for_survival_and_a_product_appealing_to_buyers_are_no_events(extractor) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types(run(extractor, "The oil company continues to fight for its survival."))
    assert "REQUEST" not in types(run(extractor, "The new laptop will appeal to students on a budget."))
    assert "REQUEST" in types(run(extractor, "The minister appealed to the rebels to lay down their arms."))
    assert "ASSAULT" in types(run(extractor, "Troops fought for control of the town on Sunday."))
