"""Dates anchored to the report's publication date.

``dateparser`` handles explicit dates well but misses much of news wording
("last night", "since the spring", "until March", weekday names meaning the
last such day before the report), so those are rules here and explicit dates
go to dateparser with the publication date as its base.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def resolve(text: str, published: date | None, *, future: bool = False) -> tuple[str | None, str]:
    """ISO date for a date expression and its precision ("day", "month", "year", "none").

    ``future`` says the event is planned, so "Tuesday" means the next Tuesday,
    not the last; an event that occurred is never dated after its report.
    """
    low = " ".join(text.lower().replace("’", "'").split())
    prefix = re.compile(r"^(on|in|at|by|since|until|till|through|from|during|this|the|early|late)\s+")
    while prefix.match(low):
        low = prefix.sub("", low, count=1)
    base = published
    if base is not None:
        rel = _relative(low, base, future)
        if rel is not None:
            return rel
    year = re.fullmatch(r"(?:in )?(\d{4})", low)
    if year:
        return f"{year.group(1)}-01-01", "year"
    if low in SEASON_START or low.startswith(("next ", "last ")):
        return None, "none"
    if base is None and not re.search(r"\d", low):
        return None, "none"  # a relative expression means nothing without the report's date
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past",
                                   "REQUIRE_PARTS": ["month"], "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        from datetime import datetime
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(low, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        return None, "none"
    day = parsed.date()
    precision = "day" if re.search(r"\d{1,2}(st|nd|rd|th)?\b(?!\d)", low.replace(str(day.year), "")) else "month"
    if base is not None and not future and day > base:
        if precision == "month" and day.year == base.year:
            day = day.replace(year=day.year - 1)
        elif precision == "day":
            return base.isoformat(), "day"
    return day.isoformat(), precision


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
