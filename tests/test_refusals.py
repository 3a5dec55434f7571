"""Refusals told with ordinary verbs, and the offices and countries of the people who make them; texts
written for this test."""

from __future__ import annotations

import pytest

from extraction_helpers import countries, names, run

pytestmark = pytest.mark.slow


def _rejections(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.type == "REJECT"]


def test_a_government_that_says_it_will_not_pay_refuses_the_one_asking(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chile said on Monday it would not pay a ransom to the hackers who attacked its tax "
                       "agency.")
    refusal = next(iter(_rejections(x)))
    assert names(x, refusal.source) == {"Chile"}
    assert names(x, refusal.target) == {"hackers"}


def test_a_body_that_will_not_sit_down_with_the_government_rejects_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The union's leader, Ana Ruiz, said the union would not sit down with the "
                       "government until the arrested workers were freed.")
    refusal = next(iter(_rejections(x)))
    assert "government" in " ".join(names(x, refusal.target))


def test_nobody_can_set_a_timetable_is_the_speakers_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"No governor can set a timetable for the national assembly," Interior Minister '
                       "Tomas Berg told reporters in Oslo.")
    refusal = next(iter(_rejections(x)))
    assert names(x, refusal.source) == {"Tomas Berg"}


def test_what_a_reporter_could_not_verify_refuses_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Reuters could not independently verify the video, which showed smoke over the port. "
                       "The talks will not resume before March.")
    assert not _rejections(x)


def test_another_sides_inability_is_a_reproach_not_its_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"Malta cannot go on ignoring the boats in its waters," Italian Interior Minister '
                       "Marco Bianchi said.")
    assert not any(names(x, e.source) == {"Malta"} for e in _rejections(x))


def test_a_refusal_until_another_side_acts_is_aimed_at_that_side(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Latvia's foreign ministry said Riga would not reopen the border crossing until "
                       "Belarus stopped the flights.")
    refusal = next(iter(_rejections(x)))
    assert countries(x, refusal.target) == {"BLR"}


def test_a_multi_word_countrys_minister_is_of_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Papua New Guinea's Minister for Home Affairs, Peter Wamo, said the plan was unlawful.")
    minister = next(a for a in x.actors if a.name == "Peter Wamo")
    assert (minister.country, minister.sector) == ("PNG", "GOV")
    assert not any(a.name == "Home Affairs" for a in x.actors)  # the office's portfolio, not a body
    assert any(p.name == "Papua New Guinea" for p in x.places)


def test_a_side_that_calls_sanctions_illegitimate_rejects_them(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Britain imposed sanctions on two Serbian banks on Monday. The Serbian government said "
                       'the sanctions were "illegitimate".')
    refusal = next(iter(_rejections(x)))
    assert countries(x, refusal.source) == {"SRB"}


def test_a_court_said_to_have_no_legitimacy_is_the_one_rejected(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Hungary's ambassador in Skopje said the Constitutional Court \"has no legitimacy\".")
    refusal = next(iter(_rejections(x)))
    assert names(x, refusal.target) == {"Constitutional Court"}


def test_will_not_be_intimidated_is_the_speakers_sides_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Chinese warships sailed around the island on Monday. Taiwan's Mainland Affairs Council "
                       "said the island would not be intimidated.")
    refusal = next(iter(_rejections(x)))
    assert countries(x, refusal.source) == {"TWN"}


def test_a_side_that_had_no_role_in_an_attack_denies_it_and_is_not_its_author(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Gunmen killed seven workers near the border on Sunday. A spokesman for the Taliban "
                       "government said the Islamic Emirate had no role in the attack.")
    denial = next(iter(_rejections(x)))
    assert countries(x, denial.source) == {"AFG"}
    assert not any(e.type == "ASSAULT" and "Islamic Emirate" in names(x, e.source) for e in x.events)


def test_people_who_have_nothing_to_do_with_a_war_deny_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, 'The admiral called the attack "a cowardly act against seafarers who have nothing to do '
                       'with the conflict."')
    assert not _rejections(x)


def test_a_refusal_naming_no_one_answers_the_side_that_sanctioned(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Britain imposed sanctions on a Kazakh bank on Tuesday. Prime Minister Nurlan Abenov "
                       'told parliament that Kazakhstan "will not be told by anyone with whom to trade."')
    refusal = next(e for e in _rejections(x) if "KAZ" in countries(x, e.source))
    assert countries(x, refusal.target) == {"GBR"}


def test_we_cannot_rebuild_alone_is_a_plea_not_a_refusal(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, '"We cannot rebuild this alone," the prime minister said after the floods.')
    assert not _rejections(x)


def test_a_denial_aimed_at_no_one_answers_the_other_country_of_the_report(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KABUL (Reuters) — Iran expelled 9,000 Afghans through the Dogharoun crossing on Monday, "
                       "Afghan officials said. The Afghan refugee ministry asked Iran to slow the returns. Iran's "
                       "interior minister refused to slow the returns.")
    denial = next(e for e in x.events if e.type == "REJECT")
    assert countries(x, denial.source) == {"IRN"} and countries(x, denial.target) == {"AFG"}


def test_a_company_that_denies_a_charge_is_the_denial_s_source(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "VIENTIANE, May 3 (Reuters) - Villagers blamed the dam's operator for the flood. The company "
                       "denied that it had cut corners.")
    denial = next(e for e in x.events if e.type == "REJECT" and "company" in e.evidence.text)
    assert names(x, denial.source) == {"company"}
    assert countries(x, denial.source) == {"LAO"}


def test_a_name_put_beside_a_business_noun_is_a_firm(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The sanctions also target Naviera del Oriente, a shipping company, and Remesas Caribe "
                       "Express, a money transfer firm.")
    firms = {a.name: a for a in x.actors}
    assert firms["Naviera del Oriente"].kind == "organization" and firms["Naviera del Oriente"].sector == "BUS"
    assert "shipping company" not in firms and "money transfer firm" not in firms, sorted(firms)


def test_a_charge_denied_in_an_aside_is_the_accused_side_s_rejection(extractor) -> None:  # type: ignore[no-untyped-def]
    # "rejects" after a name reads to the small model as a plural noun; the aside still tells a denial
    x = run(extractor, "Benin's government has long accused jihadist fighters of using Burkina Faso's territory as a "
                       "rear base, a charge Ouagadougou rejects. Burkina Faso has accused Ivory Coast of sheltering "
                       "its opponents, a charge Abidjan rejects.")
    denials = [e for e in x.events if e.type == "REJECT"]
    assert {frozenset(countries(x, e.source)) for e in denials} == {frozenset({"BFA"}), frozenset({"CIV"})}
    ouaga = next(e for e in denials if countries(x, e.source) == {"BFA"})
    assert countries(x, ouaga.target) == {"BEN"}
    assert any(e.type == "ACCUSE" and countries(x, e.source) == {"BFA"} for e in x.events)


def test_a_side_that_says_its_man_was_never_involved_denies_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Argentina expelled a Bolivian military attache on Monday, accusing him of smuggling rifles. "
                       "In La Paz, the defence ministry said the attache had never been involved in any transfer "
                       "of weapons.")
    denial = next(e for e in x.events if e.trigger == "involved")
    assert denial.type == "REJECT"


def test_a_side_with_no_record_of_a_reported_incident_denies_it_to_whoever_told_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Honduran fishermen said Nicaraguan coast guards had seized their nets off Puerto Cabezas. "
                       "Nicaragua's navy said it had no record of any such incident.")
    denial = next(e for e in _rejections(x) if "no record" in e.evidence.text)
    assert countries(x, denial.source) == {"NIC"}
    assert countries(x, denial.target) == {"HND"}


def test_a_lawyer_saying_his_client_never_paid_a_bribe_rejects_the_charge(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Prosecutors in Lima charged the former port director, Raul Pinto, with taking bribes. "
                       '"My client has never paid or taken a bribe in his life," his lawyer, Ana Soto, said.')
    assert any("never" in e.evidence.text for e in _rejections(x))


def test_a_witness_who_has_never_seen_such_a_flood_denies_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Police accused looters of breaking into shops in the town. "
                       '"We have never seen water this high," a farmer, Jose Lima, said.')
    assert not any("never" in e.evidence.text for e in _rejections(x))


def test_no_reports_of_damage_is_a_toll_not_a_denial(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "North Korea fired two missiles into the sea, South Korea's military said. "
                       "Japan's defence ministry said there were no reports of damage to ships.")
    assert not _rejections(x)
