"""Place the names the gazetteer lacks from what the text says about where they lie.

Wire copy locates the small places it names against a known one: "Kibumba,
about 20 kilometres north of Goma", "the village of X, 15 km (9 miles) east of
the border town of Y", "X, near Y", "X, a village in Y district". A village,
a border post or a camp that no gazetteer holds is then placed from the text:
the anchor's point moved the given distance along the given bearing, or the
anchor's own point (with the distance as the uncertainty) when the text gives
no direction. The result is marked estimated (``located_by`` names the anchor)
so users can tell it from a gazetteer point. Without such words nothing is
placed: no coordinates are invented.

Two steps, since recognition must know which names the text locates before
the gazetteer has a say: :func:`located_names` finds the names that stand
right before a location phrase (recognition keeps them as places), and
:func:`place_relatively` gives each unplaced toponym, or one the gazetteer put
far from where the text says it is, the estimated point.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.gazetteer.normalise import name_key
from sitrep.nlp.extensions import Toponym
from sitrep.nlp.syntax import doc_text, text_positions

EARTH_KM = 6371.0088
KM_PER_UNIT = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mi": 1.609344, "mile": 1.609344,
               "nautical": 1.852}
NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "dozen": 12}
#: Bearings of the compass points, read with hyphens and spaces taken out ("north-east" = "northeast").
BEARINGS = {"north": 0.0, "northnortheast": 22.5, "northeast": 45.0, "eastnortheast": 67.5, "east": 90.0,
            "eastsoutheast": 112.5, "southeast": 135.0, "southsoutheast": 157.5, "south": 180.0,
            "southsouthwest": 202.5, "southwest": 225.0, "westsouthwest": 247.5, "west": 270.0,
            "westnorthwest": 292.5, "northwest": 315.0, "northnorthwest": 337.5}
ABBREVIATED_BEARINGS = {"N": 0.0, "NNE": 22.5, "NE": 45.0, "ENE": 67.5, "E": 90.0, "ESE": 112.5, "SE": 135.0,
                        "SSE": 157.5, "S": 180.0, "SSW": 202.5, "SW": 225.0, "WSW": 247.5, "W": 270.0,
                        "WNW": 292.5, "NW": 315.0, "NNW": 337.5}
#: How far from its anchor a place said to be "near" or "outside" it may lie.
NEAR_KM = 15.0
#: How far from an area's point a place said to be in it may lie (districts, provinces).
AREA_KM = 50.0
#: How far a gazetteer reading may stray from where the text puts the place before the text wins:
#: a fixed margin plus a share of the stated distance, which the writer rounds.
CONTRADICTION_KM = 40.0
CONTRADICTION_SHARE = 0.5
#: Places this big keep their gazetteer point whatever a phrase after them seems to say.
BIG_PLACE = 100_000
#: How many characters of titles and kind words may stand between the phrase and its anchor's name
#: ("of the border town of Y", "of the state capital, Y").
ANCHOR_REACH = 45

_DIR_WORD = r"(?:north|south|east|west)(?:[- ]?(?:north|south))?(?:[- ]?(?:east|west))?"
_DIR_ABBR = r"(?:[NS]{1,2}[EW]?|[EW][NS][EW]?|[NSEW])"
_NUMBER = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|" \
          r"twenty|thirty|forty|fifty|an?|(?:a\s+)?dozen)"
_UNIT = r"(?:km|kms|kilomet(?:re|er)s?|mi|miles?|nautical\s+miles?)"
#: Kind words a name may carry before its location phrase ("the Malpasse border crossing, 50 km ...").
_KIND = r"(?:\s+(?:border|crossing|camp|village|town|hamlet|base|post|outpost|checkpoint|well|wells|mine|" \
        r"field|dam|airstrip|airfield|settlement|market|area|district|locality))*"
#: What may open the phrase after the name: an apposition that says what the place is.
_OPENER = r"(?:\s*\(?\s*|\s*,\s*(?:(?:which|that)\s+(?:is|lies)\s+|(?:an?|the)\s+(?:[a-z]+\s+){0,2}?" \
          r"(?:village|town|hamlet|settlement|camp|base|post|outpost|well|locality|area|site|community)\s+" \
          r"(?:located\s+|situated\s+|lying\s+)?)?)"
_HEDGE = r"(?:(?:about|some|around|roughly|nearly|approximately|almost|just|only|barely|more\s+than|" \
         r"less\s+than|over|under|up\s+to)\s+)?"
OFFSET = re.compile(
    rf"^{_KIND}{_OPENER}{_HEDGE}(?:between\s+)?(?P<num>{_NUMBER})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<num2>\d+(?:[.,]\d+)?))?\s*-?\s*(?P<unit>{_UNIT})\b"
    rf"(?:\s*\([^)]{{0,30}}\))?(?:\s+(?:by\s+road|away|as\s+the\s+crow\s+flies))?,?"
    rf"\s+(?:(?:to\s+the\s+)?(?:(?P<dir>{_DIR_WORD})|(?P<abbr>{_DIR_ABBR}))\s+(?:of|from)|(?:from|outside))\s",
    re.IGNORECASE)
NEAR = re.compile(rf"^{_KIND}{_OPENER}(?:near|outside|close\s+to|on\s+the\s+outskirts\s+of|just\s+outside)\s",
                  re.IGNORECASE)
WITHIN = re.compile(r"^,\s*(?:an?|the)\s+(?:[a-z]+\s+){0,2}?(?:village|town|hamlet|settlement|camp|locality|"
                    r"community|area)\s+in\s", re.IGNORECASE)
BARE_IN = re.compile(r"^,?\s+in\s+(?:the\s+)?(?=[A-Z])")
#: After the anchor of "a village in Y": the word that makes Y an administrative area.
AREA_WORDS = re.compile(r"\s+(?:district|province|region|state|county|governorate|prefecture|department|"
                        r"oblast|territory|municipality|commune|division|sub-division)\b", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.;!?\n]")


@dataclass(frozen=True, slots=True)
class Relation:
    """Where the text says a name lies: ``km`` along ``bearing`` from the place named at
    ``anchor_from`` (no bearing: at the anchor, give or take ``uncertainty_km``)."""

    anchor_from: int
    km: float
    bearing: float | None
    uncertainty_km: float
    area: bool = False


def relation_after(text: str, end: int, *, bare_in: bool = False, near: bool = True) -> Relation | None:
    """What the words right after a name (ending at ``end``) say about where it lies, if anything.

    ``bare_in`` also reads "X in Y district": too weak to make an unknown word a place (people
    are "in" districts too), but enough to put a place already recognised in the area; ``near``
    False leaves out "X, near Y" for the same reason (a beach, a farm or a shop is "near" a town)."""
    rest = text[end:end + 200]
    m = OFFSET.match(rest)
    if m is not None:
        km = _distance(m)
        if km is None:
            return None
        bearing = _bearing(m.group("dir"), m.group("abbr"))
        if m.group("abbr") and bearing is None:
            return None  # ("20 km e of": a lower-case letter is no compass point)
        spread = max(5.0, 0.15 * km) if bearing is not None else max(NEAR_KM, km)
        return Relation(end + m.end(), km if bearing is not None else 0.0, bearing, spread)
    m = NEAR.match(rest) if near else None
    if m is not None:
        return Relation(end + m.end(), 0.0, None, NEAR_KM)
    m = WITHIN.match(rest) or (BARE_IN.match(rest) if bare_in else None)
    if m is not None:
        return Relation(end + m.end(), 0.0, None, AREA_KM, area=True)
    return None


def _distance(m: re.Match[str]) -> float | None:
    """The distance in kilometres (the middle of a range), or None for a number not read."""
    first = _number(m.group("num"))
    if first is None:
        return None
    second = _number(m.group("num2")) if m.group("num2") else None
    value = (first + second) / 2 if second is not None and second > first else first
    unit = m.group("unit").lower()
    factor = next((f for key, f in KM_PER_UNIT.items() if unit.startswith(key)), 1.0)
    if unit.startswith("nautical"):
        factor = KM_PER_UNIT["nautical"]
    return value * factor


def _number(word: str) -> float | None:
    word = " ".join(word.lower().split())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _bearing(word: str | None, abbr: str | None) -> float | None:
    """Degrees clockwise from north; abbreviations count only in capitals ("NE", not "ne")."""
    if word:
        return BEARINGS.get(re.sub(r"[- ]", "", word.lower()))
    if abbr and abbr.isupper():
        return ABBREVIATED_BEARINGS.get(abbr)
    return None


def offset_point(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` on a sphere (the great-circle destination)."""
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing)
    delta = km / EARTH_KM
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi),
                            math.cos(delta) - math.sin(phi) * math.sin(phi2))
    return round(math.degrees(phi2), 5), round((math.degrees(lam2) + 540.0) % 360.0 - 180.0, 5)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, a)))


# -- recognition -----------------------------------------------------------------------------------
#: Labels a name right before a location phrase may carry and still be a place (NER often takes an
#: unknown village for a person or an organisation).
NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})


def located_names(doc: Doc) -> list[Span]:
    """The capitalised names that stand right before a phrase saying where they lie, which makes
    them places whatever NER took them for ("Kibumba, about 20 km north of Goma"). "Near Y" alone
    does not: it places a name already recognised, but makes too many things places."""
    out: list[Span] = []
    text = doc_text(doc)
    # (the capitalised words are read from the doc's index of forms, not by a pass over every token)
    capitalised = text_positions(doc, _capitalised_text)
    followed = set(capitalised)
    for i in capitalised:
        if i + 1 in followed:
            continue
        token = doc[i]
        if relation_after(text, token.idx + len(token.text), near=False) is None:
            continue
        name = _name_ending_at(doc, token.i)
        if name is not None:
            out.append(name)
    return out


def _capitalised(token: Token) -> bool:
    return _capitalised_text(token.text)


def _capitalised_text(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def _name_ending_at(doc: Doc, last: int) -> Span | None:
    """The run of capitalised words (with inner hyphens and Arabic articles) that ends at ``last``."""
    first = last
    while first > 0 and last - first < 3 and (_capitalised(doc[first - 1]) or _joiner(doc, first - 1)):
        first -= 1
    while first <= last and ((doc[first].is_sent_start and doc[first].lower_ in ("the", "a", "an"))
                             or doc[first].text == "-"):
        first += 1
    if first > last:
        return None
    span = doc[first:last + 1]
    ent = next((e for e in doc.ents if e.start <= first < e.end), None)
    if ent is not None and (ent.label_ not in NAME_LABELS or (ent.label_ == "PERSON" and len(ent) > 1)):
        return None  # (a date, a number, or a person's full name: "John Smith, 40 km from" is no place)
    if (span.text.isupper() and len(span.text) <= 3) or len(span[-1].text) < 3:
        return None  # ("Route C", "NE"): a road's letter or an abbreviation, not a place's name
    if not any(t.tag_ in ("NNP", "NNPS") for t in span) or (span[0].is_sent_start and span[0].is_stop):
        return None  # ("There, near the ...", "Just outside of X"): a sentence's first word, not a name
    return span


def _joiner(doc: Doc, i: int) -> bool:
    """A hyphen inside a name, or the Arabic article before one ("Birni-N'Konni", "al-Hol")."""
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    return (doc[i].text == "-" and not doc[i].whitespace_) or (doc[i].lower_ in ("al", "el") and nxt == "-")


def located_keys(doc: Doc) -> frozenset[str]:
    """Name keys of :func:`located_names`, which recognition keeps as places."""
    return frozenset(name_key(span.text) for span in located_names(doc))


# -- resolution ------------------------------------------------------------------------------------
def place_relatively(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms, with those the text locates against a placed one moved to the point it gives.

    A toponym is moved when the gazetteer has no point for it, or when its point lies farther
    from the text's than the text's own rounding allows (a namesake elsewhere). Every mention of
    the name takes the same point: one name, one place in a document."""
    by_start = {t.start: t for t in toponyms}
    estimates: dict[str, Toponym] = {}
    for _ in range(2):  # (a second round lets a place located from an estimated one follow it)
        for top in toponyms:
            key = name_key(top.text)
            if key in estimates:
                continue
            relation = relation_after(text, top.end, bare_in=True)
            if relation is None:
                continue
            anchor = _anchor(text, relation, by_start, estimates)
            if anchor is None or anchor.lat is None or anchor.lon is None or name_key(anchor.text) == key:
                continue
            estimate = _estimated(top, relation, anchor)
            if estimate is not None:
                estimates[key] = estimate
    if not estimates:
        return toponyms
    return [_moved(t, estimates[k]) if (k := name_key(t.text)) in estimates else t for t in toponyms]


def _anchor(text: str, relation: Relation, by_start: dict[int, Toponym],
            estimates: dict[str, Toponym]) -> Toponym | None:
    """The first placed toponym after the phrase, in its sentence and within a few words of it."""
    stop = SENTENCE_BREAK.search(text, relation.anchor_from)
    limit = min(relation.anchor_from + ANCHOR_REACH, stop.start() if stop else len(text))
    for start in range(relation.anchor_from, limit):
        top = by_start.get(start)
        if top is None:
            continue
        top = estimates.get(name_key(top.text), top)
        if top.feature == "country":
            return None  # ("Ayorou, near the border with Mali": a country's middle says nothing of where)
        if relation.area and not (top.feature == "region" or AREA_WORDS.match(text, top.end)):
            return None
        return top
    return None


def _estimated(top: Toponym, relation: Relation, anchor: Toponym) -> Toponym | None:
    """The toponym at the point the relation gives, or None when the gazetteer's own point agrees."""
    assert anchor.lat is not None and anchor.lon is not None
    if relation.bearing is not None:
        lat, lon = offset_point(anchor.lat, anchor.lon, relation.km, relation.bearing)
    else:
        lat, lon = anchor.lat, anchor.lon
    if top.lat is not None and top.lon is not None:
        if relation.bearing is None or top.population >= BIG_PLACE or top.feature in ("region", "country"):
            # "near Y" or "in Y district" is too loose to overrule the gazetteer, and a big place or a
            # region is rarely a namesake: the phrase is then more likely about something else in the
            # sentence ("the road between the capital and Toamasina, near Brickaville")
            return None
        gap = great_circle_km(top.lat, top.lon, lat, lon)
        if gap <= CONTRADICTION_KM + CONTRADICTION_SHARE * relation.km + relation.uncertainty_km:
            return None  # the gazetteer's point fits the text: it is the better one
    close = relation.km <= AREA_KM
    return Toponym(start=top.start, end=top.end, text=top.text, name=top.text, country=anchor.country,
                   admin1=anchor.admin1 if close else None, lat=lat, lon=lon, feature="other", geonameid=None,
                   located_by=anchor.text, uncertainty_km=round(relation.uncertainty_km, 1))


def _moved(top: Toponym, estimate: Toponym) -> Toponym:
    return replace(estimate, start=top.start, end=top.end, text=top.text, name=top.text)
