"""Titles, seats and datelines that give a person or body its country and sector, on sentences written here."""

from __future__ import annotations

import pytest

from sitrep.model import Actor, Document, Extraction

pytestmark = pytest.mark.slow


def run(extractor, text: str) -> Extraction:  # type: ignore[no-untyped-def]
    return extractor.extract(Document(text=text, published="2024-05-14"))  # type: ignore[no-any-return]


def named(x: Extraction, name: str) -> Actor:
    return next(a for a in x.actors if a.name == name)


def test_titles_with_of_keep_their_country_and_sector(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Canadian Minister of Defence Anita Marsh met her counterparts on Monday.")
    marsh = named(x, "Anita Marsh")
    assert marsh.country == "CAN" and marsh.sector == "GOV"
    assert any("Minister of Defence" in r for r in marsh.roles)


def test_a_seat_of_government_in_a_title_gives_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "White House Chief of Staff Tom Reyes said the talks would go on. A Kremlin spokesman "
                       "declined to comment.")
    assert named(x, "Tom Reyes").country == "USA"
    assert any(a.country == "RUS" and "spokesman" in a.roles for a in x.actors)


def test_a_seat_named_without_the_article_is_still_the_seat(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Advocates praised this White House for its stance. Aides met at a White House briefing.")
    houses = [a for a in x.actors if "White House" in a.name]
    assert len(houses) == 1 and houses[0].country == "USA"


def test_a_bare_presidential_title_belongs_to_the_dateline_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PARIS (AFP) - President Claire Dumas met the Turkish president and the Italian "
                       "prime minister in Rome and Ankara before flying back to Lyon and Marseille.")
    assert named(x, "Claire Dumas").country == "FRA"


def test_a_counted_group_is_named_without_its_count(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "At least four civilians were killed in Gao. More than 12 million people have fled.")
    names = {a.name for a in x.actors}
    assert "civilians" in names and "people" in names
    killed = next(e for e in x.events if e.trigger == "killed")
    assert not set(killed.source) & set(killed.target)


def test_national_forces_known_by_their_acronym_have_their_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KDF jets struck militant positions in Gedo, killing 40.")
    strike = next(e for e in x.events if e.trigger == "struck")
    assert {a.country for a in x.actors if a.id in strike.source} == {"KEN"}
    assert all(e.source == strike.source for e in x.events if e.dead == 40)


def test_a_delegation_leader_visiting_a_capital_is_of_the_delegation(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "VIENNA — A Serbian delegation led by Prime Minister Goran Ilic arrived in Vienna on Friday "
                       "for talks with the European Union's envoy.")
    assert named(x, "Goran Ilic").country == "SRB"


def test_kosovo_is_named_and_scales_are_no_people(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Kosovo police seized a substation as temperatures fell to 18 degrees Fahrenheit.")
    assert any(a.name == "Kosovo" and a.country == "XKX" for a in x.actors)
    assert not any(a.name == "Fahrenheit" for a in x.actors)


def test_a_chief_justice_keeps_the_whole_name_after_the_title(extractor) -> None:  # type: ignore[no-untyped-def]
    x = extractor.extract(Document(text="Chief Justice Philomena Nyokabi Mwangi, reading the judgment of the bench, "
                                        "said the petitioners had failed to prove their case. The families demanded "
                                        "justice for the victims.", published="2025-03-07"))
    judge = next(a for a in x.actors if a.kind == "person")
    assert judge.name == "Philomena Nyokabi Mwangi" and "Chief Justice" in judge.roles
    assert not any(a.name.lower() == "justice" for a in x.actors)


def test_a_person_named_with_no_office_is_of_the_country_the_report_is_about(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LUSAKA, March 3 - Zambia's Constitutional Court on Monday confirmed Peter Mwansa Chola's "
                       "win in the presidential vote. Riot police dispersed protesters in Lusaka and Kitwe. "
                       "Chola urged his rival to accept the result.")
    assert named(x, "Peter Mwansa Chola").country == "ZMB"


def test_a_person_named_with_no_office_stays_unplaced_when_countries_balance(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Talks between Peru and Chile stalled in Lima and Santiago on Tuesday. Luis Ferro Ortega "
                       "said the sides would meet again in Lima and Santiago.")
    assert named(x, "Luis Ferro Ortega").country is None


def test_people_and_bodies_left_unplaced_take_the_country_most_places_are_in(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Floods swept through Dhaka, Sylhet and Chittagong on Monday after heavy rain upstream in "
                       "Assam and Meghalaya. News editor Rafiq Chowdhury said his office had been flooded, and the "
                       "Coastal Livelihoods Network said boats had been lost. The United Nations offered help.")
    assert named(x, "Rafiq Chowdhury").country == "BGD"
    assert named(x, "Coastal Livelihoods Network").country == "BGD"
    assert named(x, "United Nations").country is None


def test_a_demonym_before_a_service_gives_its_officers_their_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORTLAND, Maine (AP) — Canadian fisheries officers boarded a lobster boat from Maine near "
                       "Machias Seal Island on Tuesday, the U.S. Coast Guard said.")
    assert named(x, "Canadian fisheries officers").country == "CAN"


def test_a_ministry_of_an_administration_a_group_runs_is_the_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HERAT, Afghanistan — Iran deported 9,000 people through Dogharoun and Mashhad on Thursday, "
                       "Iranian police in Mashhad and Tehran said. The Taliban administration's Ministry of Refugees "
                       "and Repatriation appealed to Iran to slow the deportations. Its deputy minister, Abdul Rahim "
                       "Noori, told reporters that families had lost everything.")
    assert named(x, "Ministry of Refugees and Repatriation").country == "AFG"
    assert named(x, "Abdul Rahim Noori").country == "AFG"


def test_a_spokesman_named_after_a_body_speaks_for_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KATHMANDU, Nepal — Nepal protested the road in a note to New Delhi on Monday, and hundreds "
                       "marched in Kathmandu, Pokhara and Biratnagar. India's Ministry of External Affairs rejected "
                       "the note. A spokesman, Vinod Kumar Sethi, said the road was routine maintenance.")
    assert named(x, "Vinod Kumar Sethi").country == "IND"
    y = run(extractor, "CEUTA, Spain — Spain sent troops to Ceuta, Melilla and Algeciras on Tuesday. Morocco's foreign "
                       "ministry said the border was closed. A ministry spokesman, Karim Bennani, said the closure "
                       "would stay.")
    assert named(y, "Karim Bennani").country == "MAR"


def test_a_body_named_after_its_country_or_known_by_name_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "TBILISI — The United States State Department said it was deeply concerned, and the Drug "
                       "Enforcement Administration shared intelligence with Georgian police in Tbilisi and Batumi.")
    assert named(x, "United States State Department").country == "USA"
    assert named(x, "Drug Enforcement Administration").country == "USA"


def test_an_official_telling_what_a_state_will_do_speaks_for_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PRISTINA, Kosovo — Kosovo police closed six Serbian-run offices in Mitrovica, Zvecan and "
                       "Leposavic on Monday. Foreign Minister Jelena Markovic said Serbia would ask for an emergency "
                       "session of the Security Council.")
    assert named(x, "Jelena Markovic").country == "SRB"
    y = run(extractor, "PRISTINA, Kosovo — Kosovo police closed six Serbian-run offices in Mitrovica, Zvecan and "
                       "Leposavic on Monday. Interior Minister Arben Krasniqi said Serbia would pay for any violence.")
    assert named(y, "Arben Krasniqi").country == "XKX"


def test_a_body_named_with_no_country_in_a_one_country_report_is_that_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NAIROBI, March 3 - Kenya's electoral commission was accused of rigging the count. "
                       "The Forum for Civic Renewal said its agents had been barred from tallying centres in "
                       "Nairobi and Mombasa.")
    assert named(x, "Forum for Civic Renewal").country == "KEN"


def test_a_part_of_an_international_body_is_international(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "KABUL, March 3 - The U.N. human rights office said Afghan police had beaten protesters "
                       "in Kabul and Herat. U.N. agencies suspended their work in Herat.")
    office = named(x, "U.N. human rights office")
    assert office.sector == "IGO" and office.country is None
    assert named(x, "United Nations").sector == "IGO"


def test_a_name_after_the_regions_of_is_a_place_not_an_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Fighting resumed on Sunday in the border regions of Upper Karvan, officials said.")
    assert not any("Karvan" in a.name for a in x.actors)


def test_a_body_named_for_its_office_holder_keeps_the_holder_and_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Peru's ombudsman's office said 40 families had fled. The miners' union accused the "
                       "company's management of ignoring warnings.")
    office = next(a for a in x.actors if a.name.endswith("ombudsman's office"))
    assert office.country == "PER" and office.kind == "organization"
    assert any(a.name == "company's management" and a.kind == "organization" for a in x.actors)


def test_a_two_part_portfolio_title_and_a_demonym_counterpart_give_their_countries(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Egypt's Minister of Water Resources and Irrigation Hany Adel Mansour said talks had failed. "
                       "Chad's foreign minister met his Nigerien counterpart, Amina Sani Garba, in Niamey, and "
                       "Chad and Niger agreed to reopen the border.")
    minister = named(x, "Hany Adel Mansour")
    assert minister.country == "EGY" and "Minister of Water Resources and Irrigation" in minister.roles
    assert named(x, "Amina Sani Garba").country == "NER"


def test_the_embassy_takes_up_the_embassy_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "HAVANA - The U.S. Embassy in Havana urged the Cuban government to release those detained. "
                       "Cuba's Foreign Ministry accused the embassy of open interference.")
    accusation = next(e for e in x.events if e.type == "ACCUSE")
    assert [x.actor(a).country for a in accusation.target] == ["USA"]  # type: ignore[union-attr]


def test_a_ministry_spokesman_speaking_in_a_capital_is_its_countrys(extractor) -> None:  # type: ignore[no-untyped-def]
    from sitrep.model import Document

    x = extractor.extract(Document(text="China's foreign ministry welcomed the border deal with Bhutan on Tuesday. "
                                        "Foreign ministry spokesman Arvind Mehra said in New Delhi that India had "
                                        "been kept informed.", published="2028-05-02"))
    spokesman = next(a for a in x.actors if a.name == "Arvind Mehra")
    assert spokesman.country == "IND"


def test_a_surname_the_tagger_left_bare_is_the_person_named_before(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PORT OF SPAIN — Trinidad and Tobago deported 80 migrants on Friday. Minister Dorian Quashievel "
                       "defended the move. Quashievel rejected the criticism, saying the island was not a camp.")
    quash = named(x, "Dorian Quashievel")
    rejection = next(e for e in x.events if e.type == "REJECT")
    assert rejection.source == [quash.id]


def test_an_apposition_to_a_bare_surname_is_that_persons_role(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "NAIROBI — The court dismissed a petition by opposition candidate Wanjiru Atieno Okelloh. "
                       "Okelloh, a former governor of Kisumu county, rejected the ruling within an hour. "
                       "\"We will not accept this judgment,\" she said.")
    okelloh = named(x, "Wanjiru Atieno Okelloh")
    assert "former governor" in okelloh.roles
    assert not any(a.name == "former governor" for a in x.actors)
    assert any(q.speaker == okelloh.id and q.text.startswith("We will not accept") for q in x.quotes)


def test_an_office_the_report_gave_a_country_is_held_in_that_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "The United States on Monday sanctioned a Bolivian governor and two Brazilian firms over "
                       "timber smuggling, the Treasury said. It said Governor Wilfredo Choque Mamani had taken "
                       "bribes from the firms.")
    governor = next(a for a in x.actors if a.name == "Wilfredo Choque Mamani")
    assert governor.country == "BOL"


def test_a_state_bodys_spokesman_named_without_a_country_speaks_for_the_datelines(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "DAJABON, Dominican Republic (AP) — The Dominican Republic closed its border crossings with "
                       "Haiti on Monday after gunfire from the Haitian town of Ouanaminthe wounded a soldier near "
                       "Dajabon. Presidential spokesman Ramon Tavarez-Cruz said the crossings would stay shut "
                       "until Haitian police restored order in Ouanaminthe and Fort-Liberte.")
    spokesman = next(a for a in x.actors if a.name == "Ramon Tavarez-Cruz")
    assert spokesman.country == "DOM"


def test_a_country_is_named_as_the_report_names_it(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "Britain summoned Iran's ambassador on Monday. Britain said the seizure of the tanker was "
                       "unlawful. The U.S. and Trinidad backed the protest.")
    names_by_country = {a.country: a.name for a in x.actors if a.kind == "country"}
    assert names_by_country["GBR"] == "Britain"
    assert names_by_country["USA"] == "United States"  # (an abbreviation leaves the short name)
    assert names_by_country["TTO"] == "Trinidad and Tobago"  # (one island is not the country's name)


def test_the_first_of_two_family_names_standing_alone_is_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LIMA, Peru (Wire) — Interior Minister Rosa Quispe Mamani ordered police to clear the road on "
                       "Monday. Protesters accused the police of brutality. Quispe denied the accusations on Tuesday.")
    denial = next(e for e in x.events if e.trigger == "denied")
    assert [a.name for a in (x.actor(i) for i in denial.source) if a] == ["Rosa Quispe Mamani"]


def test_a_group_takes_the_country_of_the_place_its_phrase_names(extractor) -> None:  # type: ignore[no-untyped-def]
    # filed from one country, about farmers placed in another's provinces by their own phrase
    x = run(extractor, "KINSHASA, March 3 (Reuters) - Farmers in the Andijan and Namangan provinces blocked a "
                       "highway on Monday. Congo's army said rebels attacked Goma and Bunia.")
    farmers = next(a for a in x.actors if a.name.lower().startswith("farmers"))
    assert farmers.country == "UZB"
    blockade = next(e for e in x.events if "blocked" in e.evidence.text)
    assert "UZB" in {a.country for a in (x.actor(i) for i in blockade.source) if a}


def test_a_role_named_after_a_comma_is_the_person_not_a_longer_name(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PARAMARIBO, May 3 (Reuters) - A spokesman for the Defence Ministry in Paramaribo, Ricardo "
                       "Pinas-Lieuw, said the boat had been seized. The mayor of Nickerie, the country's second "
                       "town, which lies on the border, said fishermen were angry.")
    person = named(x, "Ricardo Pinas-Lieuw")
    assert any(r.startswith("spokesman for the Defence Ministry") for r in person.roles)
    assert not any("Ricardo" in a.name and a is not person for a in x.actors)
    assert any(a.name == "mayor of Nickerie" for a in x.actors), [a.name for a in x.actors]


def test_the_head_of_a_group_named_after_a_comma_leaves_the_group_an_actor(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MAKURDI, May 3 (Reuters) - The head of a local vigilante group, Samuel Terhemba Agber, said "
                       "his men had counted 41 bodies.")
    assert any(a.name == "local vigilante group" for a in x.actors), [a.name for a in x.actors]
    assert not any("vigilante" in r for r in named(x, "Samuel Terhemba Agber").roles)


def test_a_demonym_of_two_words_gives_a_force_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    # filed from the fishermen's country: the navy's own country must come from its demonym, not the dateline
    x = run(extractor, "RAMESWARAM, India, November 15 (Palk Strait News) — The Sri Lankan navy arrested 23 Indian "
                       "fishermen off Delft Island. Costa Rican police detained two men in Limon.")
    arrest = next(e for e in x.events if "navy arrested" in e.evidence.text)
    assert {x.actor(i).country for i in arrest.source if x.actor(i)} == {"LKA"}
    assert any(a.name == "Costa Rican police" and a.country == "CRI" for a in x.actors), [
        (a.name, a.country) for a in x.actors]


def test_an_embassy_is_named_with_the_city_it_sits_in_and_taken_up_later(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "MEXICO CITY (Reuters) - The U.S. Embassy in Mexico City said it was following the case. "
                       "The embassy later added that it had no further comment.")
    embassies = [a for a in x.actors if "mbassy" in a.name]
    assert [(a.name, a.country) for a in embassies] == [("U.S. Embassy in Mexico City", "USA")]


def test_a_name_beside_a_qualified_role_is_the_persons_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # ("the parliamentary leader", "its chief executive", "the union's secretary-general": an adjective or a
    # hyphenated title between the article and the role; NER read the names as places or bodies)
    x = run(extractor, "TBILISI, Georgia (AP) - The parliamentary leader of the ruling party, Nino Kvaratskhelia, "
                       "accused the opposition of stirring unrest. Its chief executive, Maarten Velthoven-Rijs, "
                       "said the managers had been escorted out. Among those detained is the union's "
                       "secretary-general, Mamadou Saliou Barry.")
    names = {a.name for a in x.actors if a.kind == "person"}
    assert {"Nino Kvaratskhelia", "Maarten Velthoven-Rijs", "Mamadou Saliou Barry"} <= names


def test_a_body_beside_a_role_companies_hold_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "PANAMA CITY (AFP) - Dockworkers blocked the container terminal for a third day. The "
                       "terminal operator, Balboa Harbour Services, said it would postpone the new cranes.")
    assert not any(a.kind == "person" and "Balboa" in a.name for a in x.actors)


def test_a_demonym_of_two_words_in_a_title_gives_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "GORE, Chad (Reuters) - About 8,000 people have fled fighting between Central African troops "
                       "and rebels into southern Chad. Central African government spokesman Gervais Mokoko rejected "
                       "the accusations. South Sudanese Foreign Minister Peter Malual Deng met Chadian officials.")
    assert named(x, "Gervais Mokoko").country == "CAF"
    assert named(x, "Peter Malual Deng").country == "SSD"
