"""HTML pages: the article and its metadata are found among navigation and footers."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError
from sitrep.sources.html import looks_like_html, parse_html

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Floods close three bridges in Lyon | The Rhone Valley Courier</title>
  <meta name="author" content="Claire Martin">
  <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
  <meta property="og:site_name" content="The Rhone Valley Courier">
  <meta property="og:title" content="Floods close three bridges in Lyon">
</head>
<body>
  <nav class="menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/region">Region</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/login">Log in</a></li>
  </ul></nav>
  <header><a href="/" class="logo">The Rhone Valley Courier</a></header>
  <main>
    <article>
      <h1>Floods close three bridges in Lyon</h1>
      <p class="byline">By Claire Martin</p>
      <p>LYON — Rising water on the Rhone forced the city to close three bridges on Tuesday,
         officials said, as heavy rain continued across the region for a fourth day.</p>
      <p>The prefecture said about 200 residents had been moved from homes near the river
         overnight and that no one had been hurt.</p>
      <div class="ad">Advertisement</div>
      <p>Forecasters expect the river to peak on Thursday before falling slowly through the
         weekend, the national weather service said in its morning bulletin.</p>
      <p>"We are watching the levels hour by hour," the deputy mayor told reporters at the town hall.</p>
    </article>
    <aside><h3>Most read</h3><ul><li><a href="/a">Tram strike ends</a></li>
      <li><a href="/b">New stadium plan</a></li></ul></aside>
  </main>
  <footer><p>© 2024 The Rhone Valley Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""

NAV_ONLY_PAGE = """<!doctype html><html><head><title>The Rhone Valley Courier</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/region">Region</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="login"><form><label>Email</label><input name="email"><button>Log in</button></form></div>
<ul class="headlines"><li><a href="/a">Floods in Lyon</a></li><li><a href="/b">Tram strike ends</a></li></ul>
<footer>© 2024</footer></body></html>"""


def test_article_page_gives_title_author_date_and_site() -> None:
    cleaned = parse_html(NEWS_PAGE, url="https://courier.example/floods")
    assert cleaned.title == "Floods close three bridges in Lyon"
    assert cleaned.byline == "Claire Martin"
    assert cleaned.published == "2024-03-05"
    assert cleaned.publisher == "The Rhone Valley Courier"


def test_article_page_text_holds_the_paragraphs_and_no_page_furniture() -> None:
    cleaned = parse_html(NEWS_PAGE, url=None)
    text = cleaned.text
    assert text.startswith("LYON — Rising water on the Rhone")
    assert "about 200 residents had been moved" in text
    assert "watching the levels hour by hour" in text
    furniture = ("Log in", "Most read", "Tram strike", "Privacy", "All rights reserved", "By Claire Martin")
    for piece in furniture:
        assert piece not in text
    assert "Advertisement" in cleaned.removed
    assert cleaned.dateline == "LYON"


def test_article_page_paragraphs_are_separated_by_blank_lines() -> None:
    paragraphs = parse_html(NEWS_PAGE, url=None).text.split("\n\n")
    assert len(paragraphs) == 4


def test_page_without_article_text_is_refused_naming_the_page() -> None:
    expected = r"no article text found in front\.html \(is it an index or login page\?\)"
    with pytest.raises(InputError, match=expected):
        parse_html(NAV_ONLY_PAGE, url=None, name="front.html")


@pytest.mark.parametrize(
    "text",
    [NEWS_PAGE, NAV_ONLY_PAGE, "<html><body><p>Short.</p></body></html>",
     "  <!-- saved page -->\n<html>", "<article><p>One.</p><p>Two.</p></article>",
     "<div><p>One paragraph.</p><p>Two.</p><p>Three.</p><br><span>x</span></div>"],
)
def test_pages_and_fragments_are_recognised_as_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    ["The editor wrote <p> tags by hand in 1998, the museum said.",
     "Lyon <-> Aleppo flights resume\n\nThe airline said the route reopens in May.",
     "Plain text about a storm in Springfield."],
)
def test_prose_mentioning_a_tag_is_not_html(text: str) -> None:
    assert not looks_like_html(text)
