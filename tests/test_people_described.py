"""A person the report describes in a phrase naming one country ("the two Russians, X and Y", "X, a
fisherman from Teknaf") is of that country, whatever country the report is filed from; a phrase the
parser misreads (a name hung on a place, a name after the description) decides nothing.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from extraction_helpers import run

pytestmark = pytest.mark.slow


def _country(x, name: str) -> str | None:  # type: ignore[no-untyped-def]
    return next(a.country for a in x.actors if a.name == name)


def test_people_described_by_a_demonym_are_of_its_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "BAKU, Azerbaijan (Reuters) - Azerbaijan and Russia swapped detainees on the border on "
                       "Friday. The two Russians, Pavel Orlovsky and Yelena Sidorkina, had been held in Baku since "
                       "March.")
    assert _country(x, "Pavel Orlovsky") == "RUS" and _country(x, "Yelena Sidorkina") == "RUS"


def test_a_name_after_a_description_is_no_place(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LYON, France (AFP) - Youths burned cars in Venissieux for a second night. Belkacem's "
                       "mother, Nadia, appealed for calm.")
    assert {a.country for a in x.actors} <= {"FRA", None}


def test_a_place_possessing_an_office_tells_its_holders_country(extractor) -> None:  # type: ignore[no-untyped-def]
    # (the possessor is read as who governs, not as a toponym; the place named elsewhere tells the country)
    x = run(extractor, "RIGA, Latvia (AP) - Latvia will stop Russian freight trains bound for the Pskov region "
                       "from next month, the government said. Pskov's governor, Ilya Berestov, said the region had "
                       "enough fuel for three months.")
    assert _country(x, "Ilya Berestov") == "RUS"


def test_a_country_possessing_a_portfolio_tells_its_ministers_country(extractor) -> None:  # type: ignore[no-untyped-def]
    # ("Australia's minister for the Pacific, X": the parser hangs the name on the portfolio's place)
    x = run(extractor, "SUVA, Fiji (AP) - China and Fiji signed a police training deal on Monday. Australia's "
                       "minister for the Pacific, Rachel Dunmore, said in Canberra that Australia respected Fiji's "
                       "decisions.")
    assert _country(x, "Rachel Dunmore") == "AUS"


def test_a_body_named_again_by_its_last_word_tells_its_commanders_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "YEREVAN, Armenia (Reuters) - Iran's Revolutionary Guards began exercises along the border "
                       "with Armenia on Wednesday. The Guards' ground forces commander, Brigadier General Saeed "
                       "Karimzadeh, said units had crossed the river on pontoon bridges.")
    assert _country(x, "Saeed Karimzadeh") == "IRN"


def test_where_a_person_is_of_tells_their_country(extractor) -> None:  # type: ignore[no-untyped-def]
    x = run(extractor, "LAHORE, Pakistan (Reuters) - Pakistan freed 180 Indian fishermen on Sunday. \"They come "
                       "home to debts,\" said Ramesh Jivan Solanki of the Veraval boat owners' association.")
    assert _country(x, "Ramesh Jivan Solanki") == "IND"
