"""Dates anchored to the report's publication date.

``dateparser`` handles explicit dates well but misses much of news wording
("last night", "since the spring", "until March", weekday names meaning the
last such day before the report), so those are rules here and explicit dates
go to dateparser with the publication date as its base.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

import dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_UPTO = r"(?:\s*(?:-|–|to|and|&)\s*\d{1,2}(?:st|nd|rd|th)?)?"  # "24-26 June", "17 and 18 June": the first day
_YEAR = r"(?:,?\s+(\d{4}))?(?!\d)"
# explicit calendar dates, each with the groups (day, month, year) in some order; see _explicit_parts
EXPLICIT = (
    ("dmy", re.compile(rf"(?<![\d/]){_DAY}{_UPTO}\s+(?:of\s+)?{_MONTH}{_YEAR}", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}{_UPTO}(?![\d/:]){_YEAR}", re.I)),
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
    ("num", re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?![\d/])")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(\d{{4}})(?!\d)", re.I)),
)
# words that make an expression worth handing to dateparser; without any, "two days", "48 hour" or
# "a second day" are lengths of time, not dates, and dateparser would turn them into one
_NAMES = "|".join(f"{m}|{m[:3]}" for m in MONTHS + WEEKDAYS)
_DATE_WORD = re.compile(rf"\b(?:{_NAMES}|sept)\b|\d{{4}}|\d{{1,2}}[/.]\d{{1,2}}", re.I)


def explicit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the calendar dates in a text, longest first where they overlap.

    The tagger often cuts these ("Around 5 May 2022 (week of)", "28 April." opening a note,
    "on 18/06") or misses them, so they are found here and the tagger's entities fill in
    the relative expressions."""
    found: list[tuple[int, int]] = []
    for _, pattern in EXPLICIT:
        for m in pattern.finditer(text):
            if re.search(r"\b(?:may|march)\b", m.group()):  # lower case, these are verbs: "20 may have died"
                continue
            if _explicit_parts(m, pattern) is not None and not any(s <= m.start() < e for s, e in found):
                found.append((m.start(), m.end() - m.group().endswith(".")))
    return sorted(found)


def _explicit_parts(m: re.Match[str], pattern: re.Pattern[str]) -> tuple[int, int, int | None] | None:
    """(day, month, year) of an explicit-date match, or None when it names no real day."""
    kind = next(k for k, p in EXPLICIT if p is pattern)
    g = m.groups()
    if kind == "dmy":
        day, month, year = int(g[0]), _month_number(g[1]), g[2]
    elif kind == "mdy":
        day, month, year = int(g[1]), _month_number(g[0]), g[2]
    elif kind == "iso":
        day, month, year = int(g[2]), int(g[1]), g[0]
    elif kind == "num":  # day first, as in the reports this reads ("18/06"); "06/18" cannot be
        day, month, year = int(g[0]), int(g[1]), g[2]
        if month > 12 >= day:
            day, month = month, day
        if year is not None and len(year) == 2:
            year = f"20{year}"
    else:
        day, month, year = 0, _month_number(g[0]), g[1]
    try:
        date(int(year) if year else 2000, month, day or 1)
    except ValueError:
        return None
    return day, month, int(year) if year else None


def _month_number(name: str) -> int:
    low = name.lower()
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(low[:3]))


def _explicit(low: str, published: date | None, future: bool) -> tuple[str | None, str] | None:
    """The first calendar date in an expression, its year taken from the report when unstated."""
    for _, pattern in EXPLICIT:
        m = pattern.search(low)
        parts = _explicit_parts(m, pattern) if m else None
        if parts is None:
            continue
        day, month, year = parts
        precision = "day" if day else "month"
        if year is None:
            if published is None:
                return None, "none"
            when = _nearest_year(published, month, day or 1, future)
        else:
            when = date(year, month, day or 1)
        if published is not None and not future and when > published:
            if precision == "month" and (when.year, when.month) == (published.year, published.month):
                return when.isoformat(), precision
            when = published  # an event that occurred is never dated after its report
        return when.isoformat(), precision
    return None


def _nearest_year(published: date, month: int, day: int, future: bool) -> date:
    """A yearless date in the report's year, or the year before (after, for a planned event)
    when that would put it more than a month on the wrong side of the report."""
    try:
        when = date(published.year, month, day)
    except ValueError:  # 29 February
        when = date(published.year, month, 28)
    if not future and (when - published).days > 31:
        return when.replace(year=when.year - 1, day=min(when.day, 28) if month == 2 else when.day)
    if future and (published - when).days > 31:
        return when.replace(year=when.year + 1, day=min(when.day, 28) if month == 2 else when.day)
    return when


@lru_cache(maxsize=4096)
def resolve(text: str, published: date | None, *, future: bool = False) -> tuple[str | None, str]:
    """ISO date for a date expression and its precision ("day", "week", "month", "season",
    "year", "none").

    ``future`` says the event is planned, so "Tuesday" means the next Tuesday,
    not the last; an event that occurred is never dated after its report.
    Lengths of time ("for two days", "a 48 hour strike") are not dates.
    """
    low = " ".join(text.lower().replace("’", "'").split())
    part = _PART_OF_MONTH.match(low)
    if part is not None:
        iso, precision = resolve(low[part.end():], published, future=future)
        return _within_month(iso, precision, part.group(1), published, future), precision
    prefix = re.compile(r"^(?:(?:on|in|at|by|since|until|till|through|from|during|this|the|early|late|around|about"
                        r"|approximately|circa|between|over|of|beginning of|start of)\s+)")
    while prefix.match(low):
        low = prefix.sub("", low, count=1)
    explicit = _explicit(low, published, future)
    if explicit is not None:
        return explicit
    base = published
    if base is not None:
        rel = _relative(low, base, future)
        if rel is not None:
            return rel
    year = re.fullmatch(r"(?:in )?(\d{4})", low)
    if year:
        return f"{year.group(1)}-01-01", "year"
    if low in SEASON_START or low.startswith(("next ", "last ")) or not _DATE_WORD.search(low):
        return None, "none"
    if base is None and not re.search(r"\d", low):
        return None, "none"  # a relative expression means nothing without the report's date
    try:
        parsed = dateparser.parse(low, languages=["en"], settings=_dateparser_settings(base, future))
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        return None, "none"
    day = parsed.date()
    if base is not None and not re.search(r"\d{4}", low) and abs(day.year - base.year) > 1:
        return None, "none"  # a year the text never stated ("23 and 24 March" read as 1924)
    precision = "day" if re.search(r"\d{1,2}(st|nd|rd|th)?\b(?!\d)", low.replace(str(day.year), "")) else "month"
    if base is not None and not future and day > base:
        if precision == "month" and day.year == base.year:
            day = day.replace(year=day.year - 1)
        elif precision == "day":
            return base.isoformat(), "day"
    return day.isoformat(), precision


def _dateparser_settings(base: date | None, future: bool) -> dict[str, object]:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past",
                                   "REQUIRE_PARTS": ["month"], "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return settings


@cache
def warm_up() -> None:
    """Has dateparser load its English data now. Its first parse in a process reads and compiles
    it (about half a second), which would otherwise land on whichever article first needs it,
    inside a batch being timed or served; the extractor calls this when it is built, beside the
    model load. It changes no result: the data loaded is the same either way."""
    dateparser.parse("3 march 2020", languages=["en"], settings=_dateparser_settings(date(2020, 3, 4), False))


_PART_OF_MONTH = re.compile(r"^(?:(?:at|by|in|towards?|around)\s+)?(?:the\s+)?"
                            r"(end of|late|mid-?|middle of)\s*(?=[a-z])")


def _within_month(iso: str | None, precision: str, part: str, published: date | None, future: bool) -> str | None:
    """"mid-June" is about the 15th and "late June" or "the end of June" its last days, never
    after the report for an event that occurred."""
    if iso is None or precision != "month":
        return iso
    first = date.fromisoformat(iso)
    if part.startswith("mid"):
        when = first.replace(day=15)
    else:
        when = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if published is not None and not future and when > published >= first:
        when = published
    return when.isoformat()


def _relative(low: str, base: date, future: bool) -> tuple[str | None, str] | None:
    if low in ("today", "tonight", "morning", "afternoon", "evening") or low.startswith(("today", "tonight")):
        return base.isoformat(), "day"
    if low in ("yesterday", "last night", "overnight", "nighttime") or low.startswith("yesterday"):
        return (base - timedelta(days=1)).isoformat(), "day"
    if low == "tomorrow":
        return (base + timedelta(days=1)).isoformat(), "day"
    for n, name in enumerate(WEEKDAYS):
        if low in (name, f"last {name}", f"next {name}", f"{name} night", f"{name} morning"):
            delta = (base.weekday() - n) % 7
            if future or low.startswith("next"):
                ahead = (n - base.weekday()) % 7 or 7
                return (base + timedelta(days=ahead)).isoformat(), "day"
            return (base - timedelta(days=delta)).isoformat(), "day"
    if low in ("weekend", "last weekend", "past weekend", "next weekend"):
        if future or low.startswith("next"):  # the Saturday starting it
            return (base + timedelta(days=(5 - base.weekday()) % 7 or 7)).isoformat(), "week"
        return (base - timedelta(days=(base.weekday() - 5) % 7)).isoformat(), "week"
    ago = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week)s? ago", low)
    if ago:
        words = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        n = int(ago.group(1)) if ago.group(1).isdigit() else max(1, words.index(ago.group(1)))
        if ago.group(1) == "an":
            n = 1
        return (base - timedelta(days=n * (7 if ago.group(2) == "week" else 1))).isoformat(), "day"
    if low == "next week":
        return (base + timedelta(days=7)).isoformat(), "week"
    if low == "last week":
        return (base - timedelta(days=7)).isoformat(), "week"
    if low == "next month":
        m = base.month % 12 + 1
        return date(base.year + (base.month == 12), m, 1).isoformat(), "month"
    if low == "last month":
        m = (base.month - 2) % 12 + 1
        return date(base.year - (base.month == 1), m, 1).isoformat(), "month"
    if low in MONTHS:
        m = MONTHS.index(low) + 1
        year = base.year
        if future and m < base.month:
            year += 1
        if not future and m > base.month:
            year -= 1
        return date(year, m, 1).isoformat(), "month"
    if low in SEASON_START:
        m = SEASON_START[low]
        year = base.year if m <= base.month else base.year - 1
        if future:
            year = base.year if m >= base.month else base.year + 1
        return date(year, m, 1).isoformat(), "season"
    return None
