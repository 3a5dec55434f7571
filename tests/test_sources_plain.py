"""The plain-text cleaner: title, dateline, byline/publisher block and page furniture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.sources.plain import (
    BOILERPLATE,
    boilerplate_kind,
    clean_plain_text,
    find_dateline,
    parse_byline,
    publisher_name,
)

ARTICLE = """Storm cuts power to thousands in Lyon

LYON — A violent storm tore through the Rhone valley overnight, cutting power to about 40,000 homes.

- Advertisement -

Crews worked through the morning to clear fallen trees from the tram lines, the city said.
Read more: Lyon braces for a wet spring

"We have never seen gusts like this in March," a spokesman for the fire service said.

Share this article

By Claire Martin
The Rhone Valley Courier.
"""


def test_first_short_line_before_a_blank_line_is_the_title_and_leaves_the_text() -> None:
    cleaned = clean_plain_text(ARTICLE)
    assert cleaned.title == "Storm cuts power to thousands in Lyon"
    assert not cleaned.text.startswith("Storm cuts")
    assert cleaned.text.startswith("LYON — A violent storm")


def test_first_line_ending_with_a_period_is_body_not_title() -> None:
    raw = "The council met on Monday.\n\nIt voted to close the bridge over the river for repairs."
    cleaned = clean_plain_text(raw)
    assert cleaned.title is None
    assert cleaned.text.startswith("The council met on Monday.")


def test_first_line_without_a_following_blank_line_is_not_a_title() -> None:
    raw = "Rain in Springfield\nThe river rose by two metres overnight, officials said."
    assert clean_plain_text(raw).title is None


def test_dateline_is_recorded_and_kept_in_the_body() -> None:
    cleaned = clean_plain_text(ARTICLE)
    assert cleaned.dateline == "LYON"
    assert "LYON — A violent storm" in cleaned.text


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("LYON — Water levels rose.", "LYON", None),
        ("ALEPPO, Syria (Reuters) - Shelling resumed on Monday.", "ALEPPO, Syria", "Reuters"),
        ("SPRINGFIELD, Ill. (AP) — The governor signed the bill.", "SPRINGFIELD, Ill.", "AP"),
        ("WILKES-BARRE, Pa. – Schools reopened.", "WILKES-BARRE, Pa.", None),
        ("Asmara, Eritrea — Sirens sounded twice overnight.", "Asmara, Eritrea", None),
        ("ST. LOUIS -- Police closed the bridge.", "ST. LOUIS", None),
    ],
)
def test_dateline_forms_give_the_place_and_agency(line: str, place: str, agency: str | None) -> None:
    assert find_dateline(line) == (place, agency)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor — who took office in May — said little.",
        "Officials in Lyon — speaking on Monday — declined to comment.",
        "Lyon - a city of bridges - is flooding.",  # title case before a hyphen is prose
        "Tuesday — the day after the vote — was calm.",
        "No dateline here at all.",
    ],
)
def test_prose_with_dashes_is_not_a_dateline(line: str) -> None:
    assert find_dateline(line) is None


def test_trailing_byline_and_publisher_are_recorded_and_removed() -> None:
    cleaned = clean_plain_text(ARTICLE)
    assert cleaned.byline == "Claire Martin"
    assert cleaned.publisher == "The Rhone Valley Courier"
    assert "Claire Martin" not in cleaned.text
    assert "Courier" not in cleaned.text
    assert cleaned.text.endswith('a spokesman for the fire service said.')


def test_publisher_line_keeps_the_outlet_name_and_drops_the_desk() -> None:
    assert publisher_name("Example News international–Monitoring.") == "Example News"
    assert publisher_name("Bank of England staff") == "Bank of England"
    assert publisher_name("the Guardian") == "the Guardian"


def test_byline_at_the_top_is_recorded_and_removed() -> None:
    body = "The old stone bridge reopened to traffic on Friday after two years of repairs."
    cleaned = clean_plain_text(f"Bridge reopens in Aleppo\n\nBy Samir Haddad | Levant Wire\n\n{body}")
    assert cleaned.title == "Bridge reopens in Aleppo"
    assert (cleaned.byline, cleaned.publisher) == ("Samir Haddad", "Levant Wire")
    assert cleaned.text == body


def test_wire_credit_line_gives_the_reporter() -> None:
    raw = "Talks resumed in Lyon on Monday, officials said.\n\n(Reporting by Ana Silva; Editing by Tom Reed)"
    cleaned = clean_plain_text(raw)
    assert cleaned.byline == "Ana Silva"
    assert cleaned.text == "Talks resumed in Lyon on Monday, officials said."


@pytest.mark.parametrize(
    "line",
    ["By the time the rain stopped, the river had burst its banks.", "By Tuesday, the water had gone.",
     "By 2030 the city plans to plant 10,000 trees."],
)
def test_prose_starting_with_by_is_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None
    cleaned = clean_plain_text("The council met in Lyon.\n\n" + line)
    assert cleaned.byline is None
    assert cleaned.text.endswith(line)


def test_boilerplate_lines_are_dropped_and_listed_in_order() -> None:
    cleaned = clean_plain_text(ARTICLE)
    expected = ["- Advertisement -", "Read more: Lyon braces for a wet spring", "Share this article"]
    assert cleaned.removed == expected
    for line in cleaned.removed:
        assert line not in cleaned.text


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "ADVERTISEMENT", "— Advertisement —", "Read more", "Share this article",
     "Click here to subscribe", "Follow us on Telegram", "Sign up for our newsletter", "Related:",
     "Related: Floods in Lyon", "Image caption, Firefighters at the scene",
     "Story continues below advertisement",
     "© 2024 The Rhone Valley Courier", "Continue reading", "***"],
)
def test_boilerplate_table_recognises_common_furniture(line: str) -> None:
    assert boilerplate_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    ["The advertisement campaign cost the council 2 million euros.",
     "Readers shared photos of the flooded quays on social media.",
     "Related talks are due next week in Lyon, the ministry said."],
)
def test_reporting_that_mentions_furniture_words_is_kept(line: str) -> None:
    assert boilerplate_kind(line) is None


def test_boilerplate_table_names_are_unique() -> None:
    names = [b.name for b in BOILERPLATE]
    assert len(names) == len(set(names))


def test_line_ends_and_blank_runs_are_normalised_to_one_blank_line_between_paragraphs() -> None:
    raw = "First paragraph of the report.\r\n\r\n\r\n\r\nSecond paragraph.   \rThird line of it.\n\n"
    cleaned = clean_plain_text(raw)
    assert cleaned.text == "First paragraph of the report.\n\nSecond paragraph.\nThird line of it."


def test_text_after_cleaning_keeps_every_reporting_sentence() -> None:
    cleaned = clean_plain_text(ARTICLE)
    for sentence in ("cutting power to about 40,000 homes", "clear fallen trees", "gusts like this in March"):
        assert sentence in cleaned.text
    assert "\n\n\n" not in cleaned.text


@pytest.mark.parametrize(
    "line",
    ['The mayor said the vote was "a turning point for the city."',
     "Trams are running again. But how long will the repairs hold in Lyon?",
     " ".join(["word"] * 21)],
)
def test_a_lede_sentence_before_a_blank_line_is_not_a_title(line: str) -> None:
    cleaned = clean_plain_text(f"{line}\n\nThe council will meet again on Friday.")
    assert cleaned.title is None
    assert cleaned.text.startswith(line)


def test_known_title_repeated_as_the_first_line_is_dropped_once() -> None:
    raw = "Tram strike ends\n\nDrivers voted to return to work."
    cleaned = clean_plain_text(raw, title="Tram  strike ends")
    assert cleaned.title == "Tram  strike ends"
    assert cleaned.text == "Drivers voted to return to work."


def test_known_title_keeps_a_different_short_first_line_as_text() -> None:
    raw = "Drivers back at work from Monday\n\nThe union voted on Friday."
    cleaned = clean_plain_text(raw, title="Strike ends")
    assert cleaned.text.startswith("Drivers back at work from Monday\n\n")


_LINES = st.sampled_from([
    "", "", "   ", "Advertisement", "Read more: Floods in Lyon", "By Claire Martin", "The Daily Courier.",
    "LYON — The river rose overnight.", "Storm hits Springfield", "Officials said 40 homes were flooded.",
    "\t  Aid reached Aleppo on Sunday.  ", "Share this article", "By the time help came, it was dark.",
])


@given(st.lists(_LINES, max_size=14), st.sampled_from(["\n", "\r\n", "\r"]))
def test_cleaning_only_drops_lines_and_never_rewrites_them(lines: list[str], newline: str) -> None:
    raw = newline.join(lines)
    cleaned = clean_plain_text(raw)
    assert "\r" not in cleaned.text
    assert "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()
    kept = [line.strip() for line in lines]
    for line in cleaned.text.split("\n"):
        assert line == "" or line in kept
    for line in cleaned.removed:
        assert line in kept


def test_an_unnamed_staff_byline_is_recorded_and_removed() -> None:
    cleaned = clean_plain_text("Highway closed after landslide\n\nOur Correspondent\n\nGILGIT: A landslide blocked "
                               "the highway on Monday.\n\nCrews were clearing it.")
    assert cleaned.byline == "Our Correspondent"
    assert cleaned.text.startswith("GILGIT:")
