"""Plain article text to the clean text every later offset points into.

A pasted or scraped article carries more than the story: a headline, a
dateline, an author/publisher block, and page furniture ("Advertisement",
"Read more", "Share this article"). The cleaner records the first three as
metadata and drops the furniture, so that the pipeline reads only reporting.

Choices, stated once:

- The **title** (a short first line without a final period, followed by a
  blank line) is moved out of the text into ``Cleaned.title``: it restates the
  lede, and keeping it would extract the same event twice.
- The **dateline** ("LYON —") is recorded in ``Cleaned.dateline`` but *kept*
  in the text: it is part of the first sentence as written, and it is a place
  mention the pipeline should see.
- A **byline** line ("By Jane Doe") at the start or end, and the publisher
  line that may follow a trailing byline, are moved into ``byline`` and
  ``publisher``.
- **Boilerplate** lines are dropped and listed, as written, in ``removed``.
- Line ends become ``\\n``, lines are trimmed, and paragraphs are separated
  by exactly one blank line. The returned text is what the pipeline sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 20
MAX_BYLINE_CHARS = 100
MAX_PUBLISHER_CHARS = 80
MAX_PUBLISHER_WORDS = 8


@dataclass(slots=True)
class Cleaned:
    """An article's clean text and what was learnt (or removed) while cleaning it."""

    text: str
    title: str | None = None
    dateline: str | None = None
    byline: str | None = None
    publisher: str | None = None
    published: str | None = None
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """One kind of page furniture: a whole-line pattern, matched case-insensitively.

    ``max_chars`` keeps a loose pattern ("Read more ...") from eating a real
    paragraph that happens to start the same way.
    """

    name: str
    pattern: str
    max_chars: int = 120

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_chars and re.fullmatch(self.pattern, line, re.IGNORECASE) is not None


_DASHES = r"[-–—_=*•·|\s]*"

BOILERPLATE: tuple[Boilerplate, ...] = (
    Boilerplate("advertisement", _DASHES + r"(advertisement|advertising|sponsored( content)?|ad)" + _DASHES),
    Boilerplate("story continues",
                r"(the )?(story|article) continues (below|after)( (the )?advertisement)?\.?"),
    Boilerplate("continue reading", r"continue reading( (below|the (main )?story))?\.?( ?[›»>→]+)?"),
    Boilerplate("read more", r"(read|see) (more|also)\b.*|also read\b.*|more on this (story|topic)\b.*"),
    Boilerplate("related",
                r"related( (articles?|stories|story|coverage|content|news|topics|reading))?\s*(:.*)?"),
    Boilerplate("share", r"share (this|on|via)\b.*|share|copy link|(click to )?share on \w+"),
    Boilerplate("subscribe", r"(click here to )?subscribe\b.*|click here\b.*"),
    Boilerplate("follow us", r"follow (us|@\w+) on\b.*"),
    Boilerplate("newsletter", r"(sign up|subscribe|register) (for|to) (our|the|a) .*newsletters?\b.*"),
    Boilerplate("caption", r"(image|media|video|photo) (caption|source|credit)s?\b.*"),
    Boilerplate("photo credit", r"(photo(graph)?|picture|credit)\s*:.*|.*\((getty images|ap photo)[^)]*\)"),
    Boilerplate("listen", r"listen to (this )?(article|story)\b.*|\d+ min(ute)?s? (read|listen)"),
    Boilerplate("skip", r"skip to (main )?(content|navigation)"),
    Boilerplate("copyright", r"(©|copyright\b|\(c\)\s*\d{4}).*|all rights reserved\.?"),
    Boilerplate("comments", r"(show|view|hide|load) (\d+ )?comments?|\d+ comments?|comments?"),
    Boilerplate("print", r"print( this (article|page))?|email( this (article|page))?"),
    Boilerplate("advert notice", r"this (article|story) (contains|includes) affiliate links?\b.*"),
    Boilerplate("separator", r"[-–—_=*•·#~\s]{3,}"),
)


def boilerplate_kind(line: str) -> str | None:
    """Which kind of furniture a trimmed line is, or None when it may be reporting."""
    return next((b.name for b in BOILERPLATE if b.matches(line)), None)


_CONNECTORS = frozenset({"and", "&", "de", "da", "di", "du", "del", "der", "van", "von", "al", "el", "bin",
                         "ibn", "la", "le", "st.", "y", "e"})
_BYLINE = re.compile(r"(?:by|written by|words by)\s*:?\s+(?P<rest>.+)", re.IGNORECASE)
#: Unnamed staff bylines of South Asian and African papers, alone on their line.
_STAFF_BYLINE = re.compile(r"(?:(?:our|a|special|staff|senior|political|diplomatic|city)\s+)*"
                           r"(?:correspondent|reporter|staff reporter|staff writer|news desk|web desk|desk)s?\.?",
                           re.IGNORECASE)
_CREDIT = re.compile(r"\(?\s*(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s+(?P<rest>.+?)\s*\)?\.?",
                     re.IGNORECASE)
_NAME_WORD = re.compile(r"[\w.'’\-]+")


def parse_byline(line: str) -> tuple[str, str | None] | None:
    """``"By Jane Doe | The Daily Courier"`` -> ("Jane Doe", "The Daily Courier"); None if not a byline.

    A byline is short and made of capitalised name words: "By the time ..."
    and "By Tuesday, the river had ..." are prose, not bylines.
    """
    if len(line) > MAX_BYLINE_CHARS:
        return None
    m = _BYLINE.fullmatch(line)
    if m is None:
        return None
    parts = re.split(r"\s+[|–—-]\s+|\s+for\s+", m["rest"].strip().rstrip("."), maxsplit=1)
    names = parts[0].strip().rstrip(",")
    publisher = parts[1].strip().rstrip(".") if len(parts) > 1 else None
    if not _looks_like_names(names):
        return None
    return names, publisher or None


def _looks_like_names(text: str) -> bool:
    words = _NAME_WORD.findall(text)
    if not words or len(words) > 12 or any(ch.isdigit() for ch in text):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)


def parse_credit_line(line: str) -> str | None:
    """A wire-style credit, ``"(Reporting by Jane Doe; Editing by Sam Roe)"``, gives its reporters."""
    m = _CREDIT.fullmatch(line)
    if m is None or len(line) > 2 * MAX_BYLINE_CHARS:
        return None
    reporters = re.split(r";", m["rest"])[0].strip()
    return reporters if _looks_like_names(reporters) else None


def looks_like_publisher(line: str) -> bool:
    """A short line after a trailing byline, such as "The Daily Courier." names its publisher."""
    words = line.split()
    return (
        0 < len(line) <= MAX_PUBLISHER_CHARS
        and len(words) <= MAX_PUBLISHER_WORDS
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith(("?", ":", ","))
        and parse_byline(line) is None
    )


_PUBLISHER_GLUE = frozenset({"of", "the", "and", "&", "for", "de", "la", "le"})


def publisher_name(line: str) -> str:
    """The outlet's name in a sign-off line: "Example News international–Monitoring." -> "Example News".

    Outlets name themselves in capitals; a lower-case word after the name
    starts a desk or section ("international desk", "staff"), not the name.
    """
    line = line.strip().rstrip(".").strip()
    words = line.split()
    kept: list[str] = []
    for word in words:
        if not (word[0].isupper() or word[0].isdigit() or (kept and word.lower() in _PUBLISHER_GLUE)):
            break
        kept.append(word)
    while kept and kept[-1].lower() in _PUBLISHER_GLUE:
        kept.pop()
    return " ".join(kept) if kept else line


_CLOSING_QUOTES = "\"'”’»)"
# a sentence ending inside the line ("... important. But how ..."): a lede, not a headline
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.?!][\"'”’]?\s+[A-Z\"“]")


def looks_like_title(line: str) -> bool:
    """A headline is short, one phrase, and has no final period (even inside closing quotes);
    it is not itself a byline or a dateline."""
    bare = line.rstrip(_CLOSING_QUOTES)
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and len(line.split()) <= MAX_TITLE_WORDS
        and not bare.endswith((".", ",", ";", ":"))
        and _INNER_SENTENCE_END.search(line) is None
        and parse_byline(line) is None
        and find_dateline(line) is None
    )


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().rstrip(".") == " ".join(b.split()).casefold().rstrip(".")


_DATELINE = re.compile(
    r"(?P<head>[^\n—–()]{2,60}?)\s*(?:\((?P<agency>[^()\n]{1,40})\))?\s*(?P<dash>—|–|--|-)\s+(?=\S)"
)
_NOT_PLACES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "today", "yesterday", "update", "updated", "breaking", "exclusive", "analysis",
                         "opinion", "editorial", "note", "watch", "live", "video"})


def find_dateline(line: str) -> tuple[str, str | None] | None:
    """``"ALEPPO, Syria (Reuters) - Heavy ..."`` -> ("ALEPPO, Syria", "Reuters"); None when absent.

    The place is either in capitals ("LYON", "ST. LOUIS, Mo.") before any dash,
    or in title case ("Lyon, France") before an em or en dash only, since a
    title-case phrase before a hyphen is too often ordinary prose.
    """
    m = _DATELINE.match(line)
    if m is None:
        return None
    head = m["head"].strip()
    place, _, rest = head.partition(",")
    place = place.strip()
    place_words = place.split()
    if not place_words or len(place_words) > 5 or place.lower() in _NOT_PLACES:
        return None
    if not any(ch.isalpha() for ch in place):
        return None
    capitals = place.upper() == place
    title_case = all(w[0].isupper() or w.lower() in _CONNECTORS for w in place_words)
    if not (capitals or (title_case and m["dash"] in "—–")):
        return None
    rest_words = rest.replace(",", " ").split()
    if len(rest_words) > 5 or not all(w[0].isupper() or w[0].isdigit() for w in rest_words):
        return None
    agency = m["agency"].strip() if m["agency"] else None
    return head, agency


def _normalise_lines(raw: str) -> list[str]:
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n")]


def _paragraphs(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if line:
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def clean_plain_text(raw: str, *, title: str | None = None) -> Cleaned:
    """Clean one plain-text article (see the module docstring for what is kept and why).

    ``title`` is for text whose title is known from elsewhere (a JSON record,
    an HTML page's metadata): a first line repeating it is dropped, and any
    other short first line is kept as text (a standfirst, not a headline).
    """
    removed: list[str] = []
    lines: list[str] = []
    for line in _normalise_lines(raw):
        if line and boilerplate_kind(line) is not None:
            removed.append(line)
            continue
        lines.append(line)
    paragraphs = _paragraphs(lines)
    out = Cleaned(text="", removed=removed)

    first_alone = len(paragraphs) > 1 and len(paragraphs[0]) == 1
    if title is not None:
        out.title = title
        if paragraphs and len(paragraphs[0]) == 1 and _same_title(paragraphs[0][0], title):
            paragraphs.pop(0)
    elif first_alone and looks_like_title(paragraphs[0][0]):
        out.title = paragraphs.pop(0)[0]
    if len(paragraphs) > 1 and len(paragraphs[0]) == 1:
        lead = parse_byline(paragraphs[0][0])
        if lead is not None:
            paragraphs.pop(0)
            out.byline, out.publisher = lead
        elif _STAFF_BYLINE.fullmatch(paragraphs[0][0]):
            out.byline = paragraphs.pop(0)[0]  # "Our Correspondent", "Special Correspondent": a staff byline
    _take_trailing_block(paragraphs, out)

    agency = None
    if paragraphs:
        found = find_dateline(paragraphs[0][0])
        if found is not None:
            out.dateline, agency = found
    if out.publisher is None and agency is not None:
        out.publisher = agency  # a wire credit in the dateline is the best publisher we have
    out.text = "\n\n".join("\n".join(p) for p in paragraphs)
    return out


def _take_trailing_block(paragraphs: list[list[str]], out: Cleaned) -> None:
    """Move a trailing "By NAME" line (and a publisher line after it) out of the text."""

    def pop_last() -> None:
        paragraphs[-1].pop()
        if not paragraphs[-1]:
            paragraphs.pop()

    def last_lines(n: int) -> list[str]:
        flat = [line for p in paragraphs[-2:] for line in p]
        return flat[-n:] if len(flat) > n else []

    tail = last_lines(2)
    if len(tail) == 2:
        byline = parse_byline(tail[0])
        if byline is not None and looks_like_publisher(tail[1]):
            pop_last()
            pop_last()
            out.byline = out.byline or byline[0]
            out.publisher = out.publisher or byline[1] or publisher_name(tail[1])
            return
    tail = last_lines(1)
    if tail:
        byline = parse_byline(tail[0])
        credit = parse_credit_line(tail[0]) if byline is None else None
        if byline is not None:
            pop_last()
            out.byline = out.byline or byline[0]
            out.publisher = out.publisher or byline[1]
        elif credit is not None:
            pop_last()
            out.byline = out.byline or credit
