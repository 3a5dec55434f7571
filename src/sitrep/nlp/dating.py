"""Which date expression dates which event.

A date dates the events of the clause it modifies ("On 3 May, rebels attacked the
town and burned houses"), not the things a noun or another clause mentions ("to
protest the arrests of 28 April", "who had come on Monday", "the March 6 polls").
An event with no date of its own takes the date the text last set for the
whole of a sentence before it (a note's opening "On 3 May," or "3 May."); failing
that, one that occurred or is ongoing is dated by the report itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from sitrep.nlp import dates
from sitrep.nlp.attribution import REPORTING_VERBS
from sitrep.nlp.events import EventDraft

USABLE = frozenset({"day", "week", "month", "season"})  # a year alone says too little to date an event
FUTURE_STATUSES = frozenset({"planned", "threatened", "conditional"})
COMPLEMENT = frozenset({"ccomp", "parataxis", "xcomp"})
# a date after these bounds a stretch of time ("since the fall", "until March"), not the day things happened
SPAN_WORDS = frozenset({"since", "until", "till", "through", "throughout", "by", "from", "before", "after"})
# a part of a day names no day of its own: with a calendar date about, "overnight" is that date's night
TIME_OF_DAY = re.compile(r"^(?:(?:in|during|at|by|the|this|late|early)\s+)*"
                         r"(?:overnight|night|nighttime|morning|afternoon|evening|dawn|dusk|midnight|noon)$", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression and the token it modifies."""

    text: str
    start: int  # first token
    char: int  # first character
    attach: int  # the token it modifies; inside the mention for a sentence that is only a date
    explicit: bool  # a calendar date ("3 May 2022", "18/06"), not a relative one ("on Tuesday")
    frame: bool  # it opens its sentence or is the whole of it ("On 3 May, ...", "3 May."): it dates what follows
    sentence_level: bool  # it modifies its sentence's main verb: a day there dates what follows too
    paragraph_end: int  # the character ending its paragraph, beyond which it dates nothing
    stretch: bool = False  # "since the fall", "until February": a span of time, not the day of an act


def date_mentions(doc: Doc, text: str) -> list[DateMention]:
    """The date expressions of a document in text order: calendar dates found by pattern, and the
    tagger's DATE and TIME entities that overlap none of them."""
    spans: list[tuple[Span, bool]] = []
    taken: set[int] = set()
    for start, end in dates.explicit_spans(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and not taken.intersection(range(span.start, span.end)):
            spans.append((span, True))
            taken.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not taken.intersection(range(ent.start, ent.end)):
            spans.append((ent, False))
    out: list[DateMention] = []
    starts = [s.start for s in doc.sents] if spans else []  # Token.sent would walk the sentence each time
    for span, explicit in sorted(spans, key=lambda s: s[0].start):
        attach = _attachment(span)
        root = doc[attach]
        sent_start = starts[bisect_right(starts, span.start) - 1]
        opening = span.start - sent_start <= 1 and (span.end >= len(doc) or doc[span.end].is_punct)
        frame = opening or span.start <= attach < span.end
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        level = (root.dep_ == "ROOT" and root.lemma_ not in REPORTING_VERBS
                 and before not in SPAN_WORDS and span[0].lower_ not in SPAN_WORDS)
        paragraph_end = text.find("\n", span.end_char)
        out.append(DateMention(span.text, span.start, span[0].idx, attach, explicit, frame, level,
                               paragraph_end if paragraph_end >= 0 else len(text),
                               before in SPAN_WORDS or span[0].lower_ in SPAN_WORDS))
    return out


def _attachment(span: Span) -> int:
    """The token a date expression modifies: up from its root, past its own words and prepositions."""
    t = span.root
    while t.head.i != t.i and (span.start <= t.head.i < span.end or t.head.pos_ == "ADP" or t.dep_ == "pobj"):
        t = t.head
    return t.head.i if not span.start <= t.head.i < span.end else t.i


def event_date(d: EventDraft, mentions: list[DateMention], published: date | None) -> str | None:
    """The event's date: a date governing its clause, else the date the text last set before it in
    its paragraph, else, for an event that occurred (or a threat, which is made as it is reported),
    the report's own. A part of a day ("overnight") dates the event only when no day is about."""
    # a threat is made as it is reported: dated like a past act, and not by a stretch of time around it
    threat = d.type == "THREATEN"
    future = d.status in FUTURE_STATUSES and not threat
    governing = [m for m in _governing(d.trigger, d.sentence, mentions) if not (threat and m.stretch)]
    day_parts = [m for m in governing if TIME_OF_DAY.match(m.text)]
    found = _first_date([m for m in governing if not TIME_OF_DAY.match(m.text)], published, future)
    if found is None and published is not None and _earlier_year(governing, published):
        return None  # "In 2023, X retook the region": long before the report, on a day the text does not give
    if found is None and (not future or d.type == "THREATEN"):
        found = _context_date(d.trigger.idx, mentions, published)
    if found is None:
        found = _first_date(day_parts, published, future)
    if found is None and published is not None and (not future or d.type == "THREATEN"):
        return published.isoformat()
    return found


def _earlier_year(mentions: list[DateMention], published: date) -> bool:
    """A governing mention names only a year before the report's."""
    for m in mentions:
        iso, precision = dates.resolve(m.text, published, future=False)
        if iso is not None and precision == "year" and int(iso[:4]) < published.year:
            return True
    return False


def _context_date(at: int, mentions: list[DateMention], published: date | None) -> str | None:
    """The last date before a character of its paragraph that frames a sentence, or the day
    (not a month, not a stretch of time) of a main clause: what a text dates its later sentences by."""
    for m in reversed(mentions):
        if not m.char < at < m.paragraph_end or TIME_OF_DAY.match(m.text) or not (m.frame or m.sentence_level):
            continue
        iso, precision = dates.resolve(m.text, published, future=False)
        if iso is not None and (precision == "day" or (m.frame and precision in USABLE)):
            return iso
    return None


def _first_date(mentions: list[DateMention], published: date | None, future: bool) -> str | None:
    for m in mentions:
        iso, precision = dates.resolve(m.text, published, future=future)
        if iso is not None and precision in USABLE:
            return iso
    return None


def _governing(trigger: Token, sentence: Span, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions in the trigger's sentence that modify it or a clause above it, nearest first
    (calendar dates before relative ones at the same height); a date on a reporting verb dates
    the report, not the events it reports."""
    height: dict[int, int] = {}
    via: dict[int, str] = {}
    t, n, last_dep = trigger, 0, ""
    while True:
        height[t.i], via[t.i] = n, last_dep
        if t.head.i == t.i:
            break
        last_dep, t, n = t.dep_, t.head, n + 1
    found: list[tuple[int, bool, int, DateMention]] = []
    for m in mentions:
        if not sentence.start <= m.start < sentence.end or m.attach not in height:
            continue
        head = sentence.doc[m.attach]
        if m.attach != trigger.i and head.lemma_ in REPORTING_VERBS and via[m.attach] in COMPLEMENT:
            continue
        found.append((height[m.attach], not m.explicit, m.start, m))
    return [f[3] for f in sorted(found, key=lambda f: (f[0], f[1], f[2]))]
