"""The ``sitrep_places`` stage: find the place names in a document and put them on the map.

It runs after spaCy's ``ner`` and does two jobs:

1. **Recognition.** The small English model tags many toponyms as PERSON, ORG
   or NORP ("shelling in Lyon", "the Aleppo and Idlib regions") and misses
   others. A PERSON/ORG/NORP span becomes GPE only when the gazetteer knows
   it as a real place *and* the words around it say "place" (a preposition of
   location before it, a region word after it, a neighbouring place in a
   list, or it is a country or capital); untagged proper nouns are added when
   they are countries or first-level regions, or towns after such a
   preposition. Demonyms ("Syrian") stay NORP: they name people.
2. **Resolution.** Each GPE/LOC (and FAC the gazetteer knows) is resolved with
   :meth:`Gazetteer.resolve` in the context of the whole document: the
   countries it mentions, its dateline, and the places it names that have
   only one reasonable reading (anchors). One name means one place in a
   document, and "the X region" means the region, not the city.

Results go to ``doc._.toponyms`` (character offsets) and ``doc.ents``.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy
from spacy.attrs import ENT_IOB, IS_LOWER, IS_TITLE, ORTH, POS
from spacy.language import Language
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitrep.gazetteer import Candidate, Gazetteer, ResolutionContext, default_path
from sitrep.gazetteer import resolve as scoring
from sitrep.gazetteer.candidate import with_exact
from sitrep.gazetteer.index import demonyms_of
from sitrep.gazetteer.normalise import name_key
from sitrep.nlp.extensions import Toponym, register
from sitrep.nlp.knowledge import country_name
from sitrep.nlp.relative_places import located_keys, place_relatively
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import MONTH_WORDS, THING_LABELS, dateline_tokens, doc_text, text_positions

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Verbs whose object is a place more often than a person: "left Vladivostok", "entered Goma".
PLACE_TAKING_VERBS = frozenset({"leave", "enter", "evacuate", "flee", "depart", "shell", "bomb", "storm", "overrun",
                                "besiege", "encircle", "strike", "raid"})
RELABEL_FROM = frozenset({"PERSON", "ORG", "NORP"})
#: Words before a name that make it a location ("fighting near X", "flew to X").
# "the town of X": the noun says what kind of place the name is
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "hamlet", "settlement", "municipality", "commune",
                              "port", "capital", "township", "suburb", "district", "province", "region"})
#: Verbs whose "on" names the place gone for ("would move on X", "marched on the capital").
MARCHING_VERBS = frozenset({"move", "march", "advance", "push", "converge", "close"})
# acts aimed "on" a place
AIMED_NOUNS = frozenset({"strike", "attack", "raid", "assault", "offensive", "bombing", "shelling", "bombardment",
                         "march", "advance", "push", "drive", "barrage", "airstrike", "assaults", "siege"})
PLACE_PREPOSITIONS = frozenset({
    "in", "near", "outside", "from", "to", "across", "at", "into", "towards", "toward", "around",
    "throughout", "via", "through", "inside", "within", "between", "nearby", "reached", "entered",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern",
})
#: Words after a name that make it a region ("the X region", "X and Y oblasts").
REGION_NOUNS = frozenset({
    "region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "governorates",
    "prefecture", "prefectures", "krai", "district", "districts", "county", "counties", "state",
    "states", "area", "areas", "territory", "voivodeship", "department",
})
#: The subset that points at first-level divisions rather than districts or vague areas.
ADMIN1_NOUNS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate",
                          "governorates", "prefecture", "prefectures", "krai", "state", "states",
                          "voivodeship", "territory"})
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "president", "minister", "gen", "general", "sen",
                         "senator", "rep", "gov", "governor", "mayor", "king", "queen", "prince", "lord",
                         "sir", "judge", "chief", "officer", "sgt", "lt", "col", "capt", "prof", "pope"})
#: Entities whose leading words may name a place: "Fargo Police", "the Minnesota House".
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
#: Words that follow a place in the name of an institution based there.
INSTITUTION_WORDS = frozenset({
    "police", "department", "dept", "sheriff", "sheriff's", "fire", "city", "council", "school", "schools",
    "high", "university", "college", "hospital", "house", "senate", "state", "national", "guard", "board",
    "commission", "court", "airport", "library", "chamber", "public", "regional", "community", "metro",
    "area", "county", "district", "parish", "town", "village", "township", "government", "ministry",
    "army", "navy", "air", "forces", "military", "embassy", "consulate", "parliament", "assembly",
    "legislature", "general", "attorney", "health", "medical", "transportation", "transit", "port",
    "federation", "association", "society", "institute", "museum", "zoo", "cathedral", "church", "diocese",
    "times", "post", "news", "herald", "tribune", "journal", "gazette", "daily", "chronicle", "star",
    "press", "record", "republican", "democratic", "party", "office", "agency", "bureau", "center",
    "centre", "jail", "prison", "correctional", "water", "electric", "power", "energy", "red", "central",
    "-", "–", "'s", "’s",
})
#: Words that no person's name holds: a PERSON span with one is an office or a body named for a
#: place ("Avondale Mayor", "Lawrenceburg Parks and Recreation"), tagged PERSON by mistake.
NOT_IN_PERSON_NAMES = frozenset({"parks", "recreation", "mayor", "marine", "marines", "elks", "lodge",
                                 "residents", "teen", "man", "woman", "native", "officials", "police"})
#: People who are said to come "from" somewhere: the name after it is their town.
ORIGIN_NOUNS = frozenset({"man", "woman", "men", "women", "resident", "native", "farmer", "fisherman", "student",
                          "teacher", "worker", "boy", "girl", "teenager", "driver", "trader", "family", "villager",
                          "youth", "businessman", "migrant", "refugee", "pilgrim", "doctor", "nurse", "journalist"})
#: Last words of the names of places and landmarks.
PLACE_HEAD_WORDS = frozenset({"station", "lake", "river", "creek", "county", "city", "park", "valley", "springs",
                              "heights", "falls", "beach", "island", "mountain", "mountains", "village",
                              "township", "hall", "bridge", "harbor", "harbour", "bay", "canyon", "gardens",
                              "ward", "borough"})
#: ...of which these are common surnames too ("Arsenio Hall", "Sela Ward"): no sign a PERSON is a place.
SURNAME_HEAD_WORDS = frozenset({"lake", "hall", "park", "ward", "beach", "bay", "bridge", "island", "village",
                                "city", "falls", "mountain", "borough"})
#: Prepositions that, before an organisation's name, usually mean a business or a body, not a town
#: ("at Belk", "donated to Hamas"): an ORG needs a stronger cue than these to become a place.
WEAK_FOR_ORG = frozenset({"at", "to", "from", "via", "through", "between", "reached", "entered"})
#: Words after a place name that make the whole a disease or pathogen ("Marburg virus", "West Nile fever").
DISEASE_WORDS = frozenset({"virus", "viruses", "fever", "flu", "influenza", "disease", "syndrome",
                           "encephalitis", "ebolavirus", "strain", "vaccine"})
#: Capitalised common words that are also the names of towns somewhere ("Man", "Mobile", "Union"):
#: found untagged, they are read as words.
COMMON_WORDS = frozenset({
    "man", "miss", "act", "union", "federal", "republic", "central", "lot", "march", "may", "church",
    "god", "re", "mobile", "reading", "nice", "bath", "independence", "liberty", "justice", "unity",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "midlands", "rivers",
    "metro", "city", "county", "state", "district", "valley", "lake", "park", "beach", "center", "centre",
    "university", "college", "school", "hospital", "police", "court", "congress", "senate", "house",
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "christmas", "easter",
    "passover", "hope", "victory", "progress", "providence", "commerce", "industry", "enterprise",
    "harmony", "paradise", "eden", "friendship", "opportunity", "energy", "marathon", "delta", "titan",
    "green", "red", "white", "black", "blue", "gold", "golden", "silver", "grand", "royal", "national",
    "general", "summit", "pioneer", "heritage", "lakes", "hills", "springs", "falls", "heights", "gardens",
    "far", "upper", "lower", "middle", "new", "old", "great", "little", "big", "supreme",
})
#: ...of which these name an institution or a kind of place, never a town, standing alone even after
#: "in" ("his appearance in Court", "a debate in Parliament").
INSTITUTION_ALONE = frozenset({"court", "police", "congress", "senate", "house", "parliament", "university",
                               "college", "school", "hospital", "church", "city", "county", "state", "district",
                               "metro", "center", "centre", "park", "beach", "lake", "valley", "summit"})
#: The last word of a street's name ("Orchard St.", "Elm Avenue"): streets are toponyms too, and lie
#: in the town the story is about. "Dr." is left out (a doctor far more often than a drive).
STREET_WORDS = frozenset({"street", "st", "road", "rd", "avenue", "ave", "drive", "lane", "ln", "boulevard",
                          "blvd", "parkway", "pkwy", "highway", "hwy", "pike", "turnpike", "expressway"})
#: Initials that may open a street's name: compass points ("E. Broad St."); others are a person's
#: ("Marvin F. Lane").
STREET_INITIALS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw"})
#: Capitalised words that open a sentence or a title rather than a street's name.
NOT_STREET_NAME = frozenset({"the", "a", "an", "on", "at", "in", "of", "and", "or", "to", "from", "by"})
#: What follows the all-caps place that opens a wire story: "WINONA --", "MANSFIELD, Ohio —".
DATELINE_BREAKS = frozenset({",", "-", "--", "—", "–", "("})
#: Nouns a place name qualifies as where someone lives or something stands: "a Rochester man",
#: "Vicksburg residents", "their Grovetown home". A company's or a team's name is rarely used so.
#: Verbs whose object is ground taken, held or attacked.
TAKEN_VERBS = frozenset({"seize", "capture", "recapture", "retake", "besiege", "shell", "bomb", "overrun", "storm",
                         "liberate", "encircle", "surround", "occupy", "enter", "evacuate", "abandon", "control"})
#: Nouns whose "of" phrase is a place: "the mayor of X", "the outskirts of Y".
OF_PLACE_NOUNS = frozenset({"mayor", "mayors", "governor", "outskirts", "residents", "inhabitants", "suburbs",
                            "centre", "center", "streets", "mayoralty", "seaport", "seaports", "harbour", "harbor",
                            "island"})
CROSSING_NOUNS = frozenset({"crossing", "checkpoint", "airport", "airbase", "port", "harbour", "harbor", "border"})
#: Works and sites named after the town they stand in or near ("the Pancevo petrochemical plant", "the
#: Panguna copper mine", "the highway at Aguachica"): a name before one of these, or after one and "at", is
#: the town, when the story is set in its country (a "Toyota plant" in Kentucky is no Japanese city's).
FACILITY_NOUNS = frozenset({"refinery", "plant", "terminal", "mine", "market", "reservoir", "camp", "camps",
                            "highway", "road", "motorway", "bridge", "dam", "oilfield", "field", "post",
                            "base", "factory", "smelter", "complex", "junction", "depot", "station",
                            "crossing", "checkpoint", "airport", "port", "border"})
#: The works a firm names as often as a town does ("the Ford assembly plant").
FIRM_WORKS = frozenset({"plant", "factory", "refinery", "smelter", "mine", "complex", "depot"})
#: How alike (difflib's ratio) a name must be to the gazetteer's to spell the same town ("Hargeisa", "Hargeysa").
SPELLING_RATIO = 0.8
#: Leading articles of Arabic and other transliterated place names ("Al Mayadin", "En Naqoura").
NAME_ARTICLES = ("al ", "el ", "en ", "an ", "ar ", "as ", "ash ", "ad ", "az ", "at ")
#: Lower-case articles inside transliterated names, joined by a hyphen to the word after ("ez-Zor", "al-Ain").
NAME_PARTICLES = frozenset({"al", "el", "ez", "es", "ed", "er", "ad", "an", "ar", "as", "ash", "at", "az", "ul"})
#: Labels besides GPE/LOC under which the tagger joins several towns into one name ("Obigarm and Darband").
JOINED_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT"})
LOCAL_NOUNS = frozenset({"man", "men", "woman", "women", "resident", "residents", "native", "natives",
                         "teen", "teens", "teenager", "teenagers", "boy", "girl", "couple", "family",
                         "families", "home", "homes", "homeowner", "homeowners", "neighborhood",
                         "police", "detectives", "firefighters", "deputies",
                         "neighborhoods", "neighbourhood", "neighbourhoods", "youth", "voters", "taxpayers"})
#: Words after a town's name that make the whole one of the town's own bodies ("Berea Police
#: Department", "Litchfield Superior Court"); narrower than INSTITUTION_WORDS, since a small town's
#: name is often an ordinary word too ("Green Party").
LOCAL_BODIES = frozenset({
    "police", "fire", "sheriff", "sheriff's", "city", "council", "school", "schools", "high", "middle",
    "elementary", "hospital", "court", "superior", "municipal", "library", "public", "community", "township",
    "village", "town", "county", "district", "board", "chamber", "historical", "regional", "memorial",
    "medical", "emergency", "metropolitan", "science", "junior", "parks", "planning", "zoning", "housing",
    "university", "college", "academy", "-", "–",
})
#: Compass words that open an institution's name before the place it is named for.
#: Words that open a longer place name and are no place alone ("La Tontouta", "San Benito", "Puerto Viejo",
#: "Novi Iskar"): read at the head of a longer capitalised run, the run is the name, not this word (which the
#: gazetteer may know as an abbreviation, "La." for Louisiana, or as a town elsewhere).
NAME_OPENERS = frozenset({"la", "le", "les", "el", "los", "las", "san", "santa", "santo", "sao", "puerto", "porto",
                          "villa", "ciudad", "novi", "nova", "novo", "nueva", "nuevo", "rio", "isla", "punta",
                          "colonia", "bahia", "cerro", "campi", "monte", "vila", "vieux", "bandar", "kampong"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                           "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                           "northwestern", "southeastern", "southwestern"})
#: Words after a name that make it a speaker: places rarely say things, people do ("Petrova said").
SPEECH_WORDS = frozenset({"said", "says", "told", "added", "explained", "recalled", "noted", "wrote"})
#: Cities news copy names by their initials, which the index cannot hold: "L.A." has the key of
#: "La." (Louisiana), and the index only matches an all-caps acronym to regions and countries.
CITY_INITIALISMS = {"L.A.": "Los Angeles", "NYC": "New York City", "S.F.": "San Francisco"}
# unions of states written where a place goes ("exports to the EU") stand at their seat, the point
# a map can show, as a capital stands for its country
UNION_SEATS = {"EU": ("Brussels", "BEL"), "E.U.": ("Brussels", "BEL"), "European Union": ("Brussels", "BEL"),
               "African Union": ("Addis Ababa", "ETH"), "ECOWAS": ("Abuja", "NGA"), "Arab League": ("Cairo", "EGY"),
               "ASEAN": ("Jakarta", "IDN")}
SMALL_TOWN = 1_000
#: How many times a list of places is read again from the places found in it (each round adds a member).
LIST_ROUNDS = 3
#: Month and weekday names, full and short: a DATE entity made of one is a date.
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:],
                                               *calendar.day_name, *calendar.day_abbr, "Sept"))
BIG_CITY = 100_000
ANCHOR_MARGIN = 2.0
MAX_NGRAM = 4


@dataclass(slots=True)
class _Mention:
    span: Span
    prefer_region: bool
    candidates: list[Candidate]
    resolved: Candidate | None = None
    street: bool = False
    #: placed at the town of the story, the gazetteer not knowing it (a street, a local lake)
    local: bool = False

    @property
    def key(self) -> tuple[str, bool]:
        return name_key(self.span.text), self.prefer_region


def get_gazetteer(path: str | None = None) -> Gazetteer:
    """One open gazetteer per process and index path, opened (and built) on first use.

    The default index is keyed by where SITREP_HOME points now, so a process
    that changes it (a test) gets the index of the new home.
    """
    return _open_gazetteer(path, str(default_path()) if path is None else path)


@lru_cache(maxsize=4)
def _open_gazetteer(path: str | None, where: str) -> Gazetteer:
    return Gazetteer.open(Path(path) if path else None)


class PlacesStage:
    """Corrects toponym recognition and resolves each toponym; see the module docstring."""

    def __init__(self, index_path: str | None = None) -> None:
        self.index_path = index_path
        register()

    @property
    def gazetteer(self) -> Gazetteer:
        return get_gazetteer(self.index_path)

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        spans, mentions = self._recognise(doc, gaz)
        self._resolve(doc, gaz, mentions)
        doc.set_ents(filter_spans(spans))
        toponyms = [_toponym(m) for m in sorted(mentions, key=lambda m: m.span.start_char)]
        doc._.toponyms = place_relatively(doc_text(doc), toponyms)
        doc._.demonym_places = _demonym_places(doc, gaz)
        return doc

    def resolve_spans(self, doc: Doc, offsets: Sequence[tuple[int, int]]) -> list[Toponym | None]:
        """Resolve given character spans as the document's toponyms (resolution-only evaluation).

        Entries line up with ``offsets``; None where the span does not cover whole tokens.
        """
        gaz = self.gazetteer
        mentions: list[_Mention | None] = []
        for start, end in offsets:
            span = doc.char_span(start, end, label="GPE", alignment_mode="expand")
            if span is None:
                mentions.append(None)
                continue
            text = _strip_possessive(doc_text(doc)[start:end])
            candidates = _lookup(gaz, text)
            iso3 = gaz.demonym(text)
            country = gaz.country_entry(iso3) if iso3 else None
            if country is not None:
                candidates = [country]  # a demonym given as a toponym stands for its country
            if _in_county_list(span):
                candidates = [c for c in candidates if c.code == "ADM2"] or candidates
            mentions.append(_Mention(span=span, prefer_region=_says_region(span) or _in_county_list(span),
                                     candidates=candidates))
        present = [m for m in mentions if m is not None]
        self._resolve(doc, gaz, present)
        return [None if m is None else _toponym(m) for m in mentions]

    # -- recognition ----------------------------------------------------------------------------
    def _recognise(self, doc: Doc, gaz: Gazetteer) -> tuple[list[Span], list[_Mention]]:
        streets = list(_streets(doc))
        # names the text itself locates ("Kibumba, 20 km north of Goma") are places, known or not
        located = located_keys(doc)
        on_street = {i for street in streets for i in range(street.start, street.end)}
        spans: list[Span] = list(streets)
        place_tokens: set[int] = set()
        ents = tuple(part for ent in doc.ents for part in _joined_places(ent, gaz))
        # (read once: each read of ``doc.ents`` builds every span again)
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                place_tokens.update(range(ent.start, ent.end))
        # (less the names NER took for people that the words around them make places: "villages north of
        # Fenoarivo Atsinanana" leaves "Atsinanana" free to be the region it names elsewhere)
        people = _person_name_tokens(doc) - {
            t.text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
            and self._is_place(ent, gaz, place_tokens) for t in ent}
        votes = _label_votes(doc, place_tokens)  # (read once: who NER mostly takes each name for)
        not_places = self._mostly_people(votes, gaz)
        # ("Bria, a diamond-trading town": a name the text calls a settlement is one, however NER votes)
        # (a town called so is the story's own: "the village of Kangara" in a report naming no country of a
        # Kangara is a village the gazetteer lacks, not a town abroad)
        described = {ent.text for ent in ents if len(ent) <= 3 and (
            (_described_as_settlement(ent) and any(c.exact for c in gaz.candidates(_strip_possessive(ent.text))))
            or (_called_a_settlement(ent) and any(c.exact and _country_named(doc, gaz, c.country)
                                                  for c in gaz.candidates(_strip_possessive(ent.text)))))}
        not_places = {k: v for k, v in not_places.items() if k not in {name_key(d) for d in described}}
        people = people - described
        relabelled: set[str] = set()  # names read as places from the words around them
        for ent in ents:
            if any(i in on_street for i in range(ent.start, ent.end)):
                continue  # "Washington Drive" is a street, not the state and a drive
            span = ent
            key = name_key(_strip_possessive(ent.text))
            if ent.label_ in ("GPE", "LOC") and key in not_places:
                span = Span(doc, ent.start, ent.end, label=not_places[key])
            elif ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent.text in people \
                    and not self._strong_place(ent.text, gaz):
                span = Span(doc, ent.start, ent.end, label="PERSON")  # "Smith said", Smith named before
            elif (ent.label_ in RELABEL_FROM or _misread_date(ent) or (
                    ent.label_ in THING_LABELS and _place_context(ent, place_tokens))) and key not in not_places \
                    and ent.text not in people and self._is_place(ent, gaz, place_tokens):
                span = Span(doc, ent.start, ent.end, label="GPE")
                place_tokens.update(range(ent.start, ent.end))
                relabelled.add(key)
            elif ent.label_ in ("GPE", "LOC") and gaz.demonym(ent.text) and not gaz.candidates(ent.text):
                span = Span(doc, ent.start, ent.end, label="NORP")  # "Syrian officials"
            spans.append(span)
        # One name, one sense per document: once "Alexandria" is a place somewhere in the text,
        # its other mentions are too, however NER tagged them; so is a name the gazetteer lacks that
        # NER tags a place at least twice as often as a person ("Jajarkot district ... flew to Jajarkot")
        known = {name_key(_strip_possessive(s.text)) for s in spans
                 if s.label_ in ("GPE", "LOC") and gaz.candidates(_strip_possessive(s.text))} | relabelled | {
            key for key, (place, person) in votes.items()
            if place >= 2 and place >= 2 * person and " " not in key} | located
        for i, span in enumerate(spans):
            key = name_key(_strip_possessive(span.text))
            if span.label_ in RELABEL_FROM and key in known and key not in not_places \
                    and not _demonym(gaz, span.text) and span.text not in people and not _names_disease(span):
                spans[i] = Span(doc, span.start, span.end, label="GPE")
                place_tokens.update(range(span.start, span.end))
        spans.extend(self._missed(doc, gaz, place_tokens, known, on_street))
        # a list is read from the place it starts with: "Novi Sad, Nis and Kragujevac", where NER tagged
        # none of them a place, once Novi Sad is found gives Nis, and Nis gives Kragujevac
        looked = len(place_tokens)  # place tokens when the search for untagged names last ran
        for _ in range(LIST_ROUNDS):
            before = len(place_tokens)
            for i, span in enumerate(spans):
                key = name_key(_strip_possessive(span.text))
                if span.label_ in RELABEL_FROM and key not in not_places and span.text not in people \
                        and not any(t in place_tokens for t in range(span.start, span.end)) \
                        and self._is_place(span, gaz, place_tokens):
                    spans[i] = Span(doc, span.start, span.end, label="GPE")
                    place_tokens.update(range(span.start, span.end))
            if len(place_tokens) == looked:
                break  # no new place to stand beside: the search would find nothing it has not found
            spans.extend(self._missed(doc, gaz, place_tokens, known, on_street | place_tokens))
            looked = len(place_tokens)
            if len(place_tokens) == before:
                break
        spans = _completed(spans, len(streets), gaz)
        spans[len(streets):] = [_hyphen_joined(s, gaz) if s.label_ in PLACE_LABELS else s for s in spans[len(streets):]]
        mentions = [m for m in (self._mention(s, gaz, located) for s in spans[len(streets):]
                                if s.label_ in PLACE_LABELS) if m is not None]
        mentions = self._without_landmarks(mentions, gaz)
        mentions.extend(_Mention(span=street, prefer_region=False, candidates=[], street=True) for street in streets)
        mentions.extend(self._embedded(spans, gaz, known))
        return spans, mentions

    def _without_landmarks(self, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
        """Drops the one-word names the text uses for a building or a landmark ("sell the Dome", "the
        Millennium Dome"), everywhere in the document: one name, one sense, so "the Dome deal" is the
        building too. Strong places and unions of states keep their article ("the Gambia", "the EU")."""
        def key(m: _Mention) -> str:
            return name_key(_strip_possessive(m.span.text))

        landmarks = {key(m) for m in mentions if len(m.span) == 1 and _landmark(m.span)
                     and _strip_possessive(m.span.text) not in UNION_SEATS
                     and not self._strong_place(_strip_possessive(m.span.text), gaz)}
        return [m for m in mentions if len(m.span) > 1 or key(m) not in landmarks]

    def _mostly_people(self, votes: dict[str, tuple[int, int]], gaz: Gazetteer) -> dict[str, str]:
        """Names the document mostly uses for a person, with the label they should have.

        NER tags "Welch" PERSON nine times and GPE once; one name keeps one sense in a
        text, so the odd tag is the mistake, and no place cue ("from Welch") should turn
        the rest into places. ORG votes do not count: local copy names a town's bodies by
        the town alone ("Hanover police"), which NER often tags ORG, and a PERSON tag where the
        words around say "place" ("in Glen Allen", "a Calais man") is a place's. A name followed by
        "said" or "told" is a speaker, a person's vote. Strong places (countries, regions,
        big cities) are left alone: "Russia said" is common.
        """
        out: dict[str, str] = {}
        for key, (place, person) in votes.items():
            if person >= 2 and person > 2 * place and not self._strong_place(key, gaz):
                out[key] = "PERSON"
        return out

    def _embedded(self, spans: Sequence[Span], gaz: Gazetteer, known: set[str]) -> Iterable[_Mention]:
        """Places named inside organisation and facility names ("Fargo Police", "University of
        Lyon", "Environment Canada", "Grant, Mahnomen").

        The entity keeps its label; the place becomes a toponym of its own, since
        an institution named for a place is a strong hint of where a story is.
        """
        for span in spans:
            if (span.label_ not in EMBEDDING_LABELS and not _misread_person(span)) or len(span) < 2:
                continue
            for window in self._embedded_windows(span, gaz, known):
                candidates = _without_renamed(gaz.candidates(window.text), window.text)
                yield _Mention(span=Span(span.doc, window.start, window.end, label="GPE"),
                               prefer_region=False, candidates=candidates)

    def _embedded_windows(self, span: Span, gaz: Gazetteer, known: set[str]) -> Iterable[Span]:
        doc = span.doc
        i = span.start
        while i < span.end:
            if not _capitalised(doc[i]):
                i += 1
                continue
            run_end = i
            while run_end < span.end and _capitalised(doc[run_end]):
                run_end += 1
            at_start = i == span.start or (i == span.start + 1 and doc[span.start].lower_ == "the")
            if doc[i].lower_ == "the" and run_end - i >= 2:
                i += 1  # "The Box Elder School District": the article is no part of the place
            starts = [i]
            if doc[i].lower_ in COMPASS_WORDS and run_end - i >= 2:
                starts.append(i + 1)  # "Eastern Kentucky University": the place after the compass word
            found = None
            for first in starts:
                found = self._embedded_window(span, gaz, known, first, run_end, at_start)
                if found is not None:
                    break
            if found is not None:
                yield found
            i = run_end

    def _embedded_window(self, span: Span, gaz: Gazetteer, known: set[str], i: int, run_end: int,
                         at_start: bool) -> Span | None:
        """The place inside one capitalised run of an entity's name, longest at the run's start first.

        A big place may stand anywhere a place is read ("University of Lyon"); a town only
        where it opens an institution's name ("Berea Police Department", "Litchfield Superior
        Court"), which local news names its own towns' bodies by."""
        doc = span.doc
        before = doc[i - 1].lower_ if i > span.start else ""
        for lo, hi in [(i, i + n) for n in range(min(3, run_end - i), 0, -1)] + \
                      [(run_end - n, run_end) for n in range(min(2, run_end - i - 1), 0, -1)]:
            window = doc[lo:hi]
            key = name_key(window.text)
            if key in COMMON_WORDS or key in COMPASS_WORDS or (lo > i and key in PLACE_HEAD_WORDS):
                continue  # "Recovery Act", "Metro Police", "Western Pennsylvania", "Sodwana Bay": a word of the name
            if hi < run_end and key in NAME_OPENERS:
                continue  # ("La Tontouta airport": the run's first word is no place of its own)
            after = doc[hi].lower_ if hi < span.end else ""
            if after == "party" and hi + 1 == span.end and gaz.country(window.text) is None:
                continue  # ("the Colorado Party": a party named for a colour or a cause, not for a place)
            if key in known and not _demonym(gaz, window.text):
                return window
            opens_run = lo == i
            opens_name = opens_run and (at_start or before in COMPASS_WORDS)
            if opens_run and _names_county(window, gaz):
                return window  # "Walker County Fair", "Laurel County Adult Education": the county
            if not self._strong_place(window.text, gaz):
                if opens_name and after in LOCAL_BODIES and self._local_place(window.text, gaz) \
                        and not _national_body(span, window):
                    return window
                continue
            if (opens_run and (before in ("of", "in", ",", "and") or (opens_name and after in INSTITUTION_WORDS)
                               or (opens_name and _in_dateline(window))
                               or (opens_name and after in (",", "-", "–"))
                               # "the regions of Arequipa and Ica" read as one title: a list of places
                               or (opens_name and after in ("and", "or") and span.label_ != "ORG"
                                   and _place_context(span, set()))
                               or (opens_name and window.text.lower() not in COMMON_WORDS
                                   and _country_or_region(window.text, gaz))))\
                    or (hi == span.end and lo > span.start and _country_or_region(window.text, gaz)):
                return window
        return None

    @staticmethod
    def _local_place(text: str, gaz: Gazetteer) -> bool:
        """A town known by this very name (not an alias) and big enough to have bodies of its own."""
        if _demonym(gaz, text) or text.lower() in COMMON_WORDS:
            return False
        top = scoring.best(gaz.candidates(text), ResolutionContext())
        return top is not None and top.exact and (top.population >= SMALL_TOWN or top.feature == "region")

    @staticmethod
    def _strong_place(text: str, gaz: Gazetteer) -> bool:
        if _demonym(gaz, text):
            return False
        top = scoring.best(gaz.candidates(text), ResolutionContext())
        return top is not None and top.exact and (
            top.feature == "country" or top.code in ("ADM1", "ADM2") or top.population >= BIG_CITY)

    def _mention(self, span: Span, gaz: Gazetteer, located: frozenset[str] = frozenset()) -> _Mention | None:
        if len(span) > 1 and span[0].lower_ == "the" and not _article_in_name(span, gaz):
            span = Span(span.doc, span.start + 1, span.end, label=span.label_)
            if len(span) == 1 and span[0].lower_ in COMMON_WORDS:
                return None  # "the Federal Minister", "the National Assembly": a word, not Federal or National
        text = _strip_possessive(span.text)
        if len(span) == 1 and span[0].lower_ in COMPASS_WORDS:
            return None  # "the Northwest", "West": a direction or a vague part of a country, no place to put
        if len(span) == 1 and _common_noun_elsewhere(span[0]) and not self._strong_place(text, gaz):
            return None  # "Tsunami debt deal" in a story about the tsunami: a headline's capital, not a town
        if len(span) == 1 and span[0].lower_ in COMMON_WORDS and not self._strong_place(text, gaz) \
                and (span[0].lower_ in INSTITUTION_ALONE or not _place_context(span, set())):
            return None  # "Titan will drill": a company's or a product's name that is a word, not a town
        candidates = _lookup(gaz, text)
        if not candidates and len(span) > 1 and span.label_ in ("GPE", "LOC"):
            inner = self._inner_place(span, gaz)
            if inner is not None:  # "United Georgia", "Columbus North": the place inside the name
                return self._mention(inner, gaz, located)
        if not candidates and name_key(text) not in located \
                and (span.label_ == "FAC" or (len(span) == 1 and not _place_context(span, set()))):
            # a name no gazetteer knows, with nothing around it saying "place": likely a company
            # or a person NER took for a place ("Gazprom said")
            return None
        if not any(ch.isalpha() for ch in text) or _demonym(gaz, text) or _names_disease(span):
            return None
        if _in_county_list(span):
            counties = [c for c in candidates if c.code == "ADM2"]
            return _Mention(span=span, prefer_region=True, candidates=counties or candidates)
        if len(span) > 1 and span[-1].lower_ == "city":
            # "Quebec City", "Kansas City": the city, not the region that borrowed its names
            candidates = [c for c in candidates if c.feature == "city"] or candidates
        return _Mention(span=span, prefer_region=_says_region(span), candidates=candidates)

    def _inner_place(self, span: Span, gaz: Gazetteer) -> Span | None:
        """The longest run of a place-tagged name that the gazetteer knows as a well-known place
        (a country, a region, a big city), when the whole is not; or a town known by this very
        name, the rest being words for a kind of place or a part of it ("Catawba River", "North
        Annville Township"): "Abu Shok" is no part of a town called Abu."""
        for n in range(len(span) - 1, 0, -1):
            for lo in range(span.start, span.end - n + 1):
                window = Span(span.doc, lo, lo + n, label=span.label_)
                if not all(_capitalised(t) for t in window) or window.text.lower() in COMMON_WORDS \
                        or window.text.lower() in PLACE_HEAD_WORDS:
                    continue  # "Sodwana Bay" is no part of a region called Bay
                if self._strong_place(window.text, gaz):
                    return window
                rest = [t.lower_ for t in span if not lo <= t.i < lo + n]
                if all(w in PLACE_HEAD_WORDS or w in COMPASS_WORDS or w in LOCAL_BODIES
                                            for w in rest) and self._local_place(window.text, gaz):
                    return window  # "Hamilton Township", "Lake Hartwell", "Columbus North"
        return None

    def _is_place(self, ent: Span, gaz: Gazetteer, place_tokens: set[int]) -> bool:
        """Whether a PERSON/ORG/NORP span is really a toponym; errs towards leaving people alone."""
        text = _strip_possessive(ent.text)
        if _demonym(gaz, text) or not _proper_name(text):
            return False
        candidates = gaz.candidates(text)
        if not candidates:
            return _names_crossing(ent)  # "the Torkham border crossing": a place the gazetteer lacks
        top = scoring.best(candidates, ResolutionContext())
        if top is None:
            return False
        if not top.exact:
            # "from Puno and La Libertad": a city that bears the name, though a bigger one abroad is also
            # called so ("Pune"), is as good a sign of a place as the bigger one
            own = [c for c in candidates if c.exact and (c.population >= BIG_CITY or c.code == "ADM1")]
            top = scoring.best(own, ResolutionContext()) or top
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in TITLE_WORDS:
            return False
        if _names_disease(ent):
            return False
        if len(ent) > 1 and ent[-1].lower_ in ADMIN1_NOUNS and any(
                c.exact and c.code == "ADM1" for c in gaz.candidates(ent[:-1].text)):
            return True  # ("Myanmar's Rakhine State", "from Prey Veng province": a region named with its kind)
        strong = top.feature == "country" or top.code == "ADM1" or top.is_capital
        if strong and (top.exact or top.feature == "country"):
            return True
        # ("Hargeisa", "Izmail", "Kiryat Shmona": a town under another spelling of its own name is the town,
        # as much as under the gazetteer's spelling; an old or foreign name of it is not)
        if not top.exact and top.population >= SMALL_TOWN and _spelling_of(text, top.name):
            top = with_exact(top, True)
        if _names_works(ent):
            # "the Pancevo petrochemical plant", "the highway at Aguachica" in a story set in the town's country;
            # "the Ford assembly plant" in one set elsewhere is the firm's
            home = top.country in _story_countries(ent.doc, gaz)
            if home and top.exact and top.population >= SMALL_TOWN:
                return True
            if not home and ent.label_ == "ORG" and _names_works(ent, FIRM_WORKS):
                return False
        # an alias of a small place is weak evidence ("Nissan" is also an old name of a French village);
        # an organisation's name needs the place's own name ("Hamas" is an old name of a German city)
        meaningful = (top.population >= SMALL_TOWN or top.feature == "region") and \
            (top.exact or (top.population >= BIG_CITY and ent.label_ != "ORG"))
        settlement = before is not None and before.lower_ == "of" and ent.start > 1 and \
            ent.doc[ent.start - 2].lower_ in SETTLEMENT_NOUNS
        # ("a 44-year-old man from Daugavpils", "residents from X": where a person comes from is a place)
        origin = before is not None and before.lower_ == "from" and ent.start > 1 and \
            ent.doc[ent.start - 2].lemma_.lower() in ORIGIN_NOUNS and top.exact and top.population >= SMALL_TOWN
        # ("sent a patrol vessel from Ushuaia", "flew supplies from Chetumal": a journey starts from a town)
        # (and ends at one: "the girl was flown on to Tromso", "the convoy headed towards Kidal")
        departure = before is not None and before.lower_ in ("from", "to", "towards", "toward") and top.exact and \
            top.population >= SMALL_TOWN and _journey_from(before)
        # ("the main road between Panjgur and Turbat", "the highway linking X and Y": towns a route joins)
        routed = top.exact and _on_route(ent) and (
            top.population >= SMALL_TOWN or top.country in _story_countries(ent.doc, gaz))
        # ("due to meet at Naqoura", "output fell to zero at Redeyef": a town of the story's own country, under
        # its own name, after "at" or "to" is the town, not a firm of that name)
        home_town = top.exact and top.population >= SMALL_TOWN and top.country in _story_countries(ent.doc, gaz)
        if ent.label_ == "ORG" and before is not None and before.lower_ in WEAK_FOR_ORG \
                and top.population < BIG_CITY and not settlement and not origin and not departure and not routed \
                and not home_town:
            return False
        # "hospitals in Nepalgunj and X": a hamlet-sized entry, named in a list with a place, is one too
        listed = before is not None and before.lower_ in ("and", "or") and ent.start - 2 in place_tokens \
            and ent.label_ in ("PERSON", "DATE") and len(ent) == 1 and top.exact
        # "the port of Agia Galini", "the village of X": a settlement too small to be a place on its own;
        # "Talata Mafara Local Government Area": an area named for its seat
        area = ent.label_ == "ORG" and ent.text.lower().endswith((" local government area", " lga"))
        # ("Misrata, 14 April 2026:": a dateline names a town, by whichever of its names)
        filed = _in_dateline(ent) and top.population >= SMALL_TOWN
        # ("the southern city of Tamanrasset": a town's other spelling, named as a town, is the town)
        named_town = settlement and (top.exact or top.population >= SMALL_TOWN)
        # ("had fled to Amadiya town": a name the text calls a town right after it is one, by whichever name)
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        named_town = named_town or (after is not None and after.lower_ in ("town", "village", "city")
                                    and top.feature == "city" and ent.label_ != "PERSON")
        # ("control of Bria, a diamond-trading town in ...": the apposition says what the name is)
        described = top.exact and _described_as_settlement(ent)
        return area or filed or described or routed or (
            (meaningful or listed or named_town) and _place_context(ent, place_tokens))

    def _missed(self, doc: Doc, gaz: Gazetteer, place_tokens: set[int], known: set[str],
                on_street: set[int]) -> Iterable[Span]:
        """Proper nouns NER left untagged that are countries, regions, or towns after "in"/"near"."""
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)} | on_street
        capitalised = _capitalised_tokens(doc)
        i = 0
        while i < len(doc):
            if i in taken or not capitalised[i]:
                i += 1
                continue
            found = None
            for n in range(min(MAX_NGRAM, len(doc) - i), 0, -1):
                window = doc[i:i + n]
                if any(t.i in taken or not (_capitalised(t) or _inner_hyphen(window, t)) for t in window):
                    continue
                if name_key(window.text) in known or self._accept_missed(window, gaz, place_tokens):
                    found = Span(doc, i, i + n, label="GPE")
                    break
            if found is not None:
                yield found
                place_tokens.update(range(found.start, found.end))
                i = found.end
            else:
                i += 1

    def _accept_missed(self, window: Span, gaz: Gazetteer, place_tokens: set[int]) -> bool:
        text = window.text
        if _demonym(gaz, text) or not (any(t.tag_ in ("NNP", "NNPS") for t in window) or _in_dateline(window)):
            return False  # (a dateline in capitals may be tagged a common noun: "PESHAWAR: ...")
        if (len(window) == 1 and window[0].lower_ in COMMON_WORDS) or _names_disease(window):
            return False
        if len(window) == 1 and window[0].lower_.rstrip(".") in MONTH_WORDS and window.end < len(window.doc) \
                and window.doc[window.end].like_num:
            return False  # ("Nov 20" in a dateline: a date)
        candidates = gaz.candidates(text)
        if not candidates:
            return False
        if _in_county_list(window) and any(c.code == "ADM2" for c in candidates):
            return True
        top = scoring.best(candidates, ResolutionContext())
        if top is None:
            return False
        if any(_abbreviated(t) for t in window):
            # "Ga.", "S.C." stand for states; "Jan.", "Gen." shorten other words that a town may share
            return top.exact and (top.code == "ADM1" or top.feature == "country")
        if top.feature == "country" and top.exact:
            return True
        if top.is_capital and top.exact and top.population >= BIG_CITY and window.root.dep_ in ("nsubj", "poss") \
                and window.root.head.pos_ in ("VERB", "AUX", "NOUN"):
            return True  # "if Pristina withdraws", "Pristina's decision": a capital acting for its government
        if top.code == "ADM1" and (top.exact or _says_region(window)):
            return _place_context(window, place_tokens) or _says_region(window) or top.population >= BIG_CITY
        if top.code == "RGN" and top.exact:
            return _place_context(window, place_tokens)  # "over the Nagorno-Karabakh region", "in Mindanao"
        return top.population >= SMALL_TOWN and (_place_context(window, place_tokens) or _in_dateline(window))

    # -- resolution -----------------------------------------------------------------------------
    def _resolve(self, doc: Doc, gaz: Gazetteer, mentions: Sequence[_Mention]) -> None:
        _listed_kinds(doc, mentions)
        found_dateline = _dateline(doc, gaz, mentions)
        dateline_key, dateline = found_dateline if found_dateline else ("", None)
        support = _colocated(mentions)
        _street_language(mentions, support)
        first: dict[tuple[str, bool], tuple[Candidate | None, float]] = {}
        for mention in mentions:
            if mention.key not in first:
                ctx = ResolutionContext(prefer_region=mention.prefer_region, support=support)
                scored = scoring.ranked(mention.candidates, ctx)
                lead = scored[0][0] - scored[1][0] if len(scored) > 1 else (99.0 if scored else 0.0)
                first[mention.key] = (scored[0][1] if scored else None, lead)
        countries: dict[str, float] = defaultdict(float)
        per_key: dict[tuple[str, bool], dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for mention in mentions:
            top, lead = first[mention.key]
            if top is None or top.country is None:
                continue
            weight = 1.0 if top.feature == "country" else (0.5 if lead >= ANCHOR_MARGIN else 0.2)
            countries[top.country] += weight
            per_key[mention.key][top.country] += weight
        for ent in doc.ents:
            if ent.label_ == "NORP":
                iso3 = gaz.demonym(ent.text)
                if iso3:
                    countries[iso3] += 0.5
        if dateline is not None and dateline.country:
            countries[dateline.country] += 1.0
        anchors = {key: top for key, (top, lead) in first.items()
                   if top is not None and top.feature != "country" and lead >= ANCHOR_MARGIN}
        qualified = _qualifiers(doc, mentions, first)
        bracketed = {id(m) for m, _ in _bracketed_regions(doc, sorted(mentions, key=lambda m: m.span.start))}
        for mention in mentions:
            if id(mention) not in qualified:
                mention.candidates = _regions_not_towns(mention.candidates)
        chosen: dict[tuple[str, bool], Candidate | None] = {}
        # "Paris, Tenn." settles what "Paris" means everywhere in the document: qualified mentions first
        for mention in sorted(mentions, key=lambda m: id(m) not in qualified):
            key = mention.key
            if key[0] == dateline_key and not key[1]:
                chosen[key] = dateline
            qualifier = qualified.get(id(mention))
            if qualifier is not None and key not in chosen:
                inside = [c for c in mention.candidates if _within(c, qualifier)]
                if inside:
                    chosen[key] = scoring.best(inside, ResolutionContext(anchors=[qualifier], support=support))
                elif id(mention) in bracketed:
                    # "Sori (Gogounou, Alibori)": a namesake abroad is not the place; one in the same
                    # country may be (regions change), else the gazetteer does not know it
                    home = [c for c in mention.candidates if c.country == qualifier.country]
                    chosen[key] = scoring.best(home, ResolutionContext(anchors=[qualifier])) if home else None
            if key not in chosen:
                mine = per_key.get(key, {})
                own = {iso3: w - mine.get(iso3, 0.0) for iso3, w in countries.items()}
                ctx = ResolutionContext(
                    countries={iso3: w for iso3, w in own.items() if w > 1e-9}, dateline=dateline,
                    prefer_region=mention.prefer_region, support=support,
                    anchors=[a for k, a in anchors.items() if k[0] != key[0]])
                chosen[key] = scoring.best(mention.candidates, ctx) if mention.candidates else None
        settled = {m.key for m in mentions if id(m) in qualified or (m.key[0] == dateline_key and not m.key[1])}
        self._together(doc, gaz, mentions, chosen, settled, dateline, support)
        main = max(countries.items(), key=lambda kv: kv[1]) if countries else None
        for mention in mentions:
            mention.resolved = _capital_of_its_name(chosen[mention.key], mention.candidates)
            if main is not None and not _beside_story(mention.resolved, list(chosen.values())) and (
                    _stray_village(mention.resolved, countries, per_key.get(mention.key, {}), main,
                                   shared=_shared_abroad(mention.candidates), feature=_names_a_feature(mention.span))
                    or _lonely_village(mention.resolved, list(chosen.values()), main)):
                mention.resolved = None
        _place_streets(doc, mentions, dateline)


    @staticmethod
    def _together(doc: Doc, gaz: Gazetteer, mentions: Sequence[_Mention],
                  chosen: dict[tuple[str, bool], Candidate | None], settled: set[tuple[str, bool]],
                  dateline: Candidate | None, support: dict[int, float]) -> None:
        """Third pass: the places of a story lie together. Each name is read again with every other
        name's reading (from the second pass) as an anchor, so a cluster of small towns pulls its
        ambiguous members in. Updates ``chosen`` in place."""
        second = dict(chosen)
        done = set(settled)
        shared = _shared_region(mentions, second)
        # the countries the document's demonyms point at, read once rather than once per name
        nationalities = [iso3 for ent in doc.ents if ent.label_ == "NORP" and (iso3 := gaz.demonym(ent.text))]
        for mention in mentions:
            key = mention.key
            if key in done or not mention.candidates:
                continue
            done.add(key)
            others = [c for k, c in second.items() if c is not None and k[0] != key[0]]
            if shared is not None:
                others.append(shared)
            weights: dict[str, float] = defaultdict(float)
            for k, c in second.items():
                if c is not None and c.country and k[0] != key[0]:
                    weights[c.country] += 1.0 if c.feature == "country" else 0.5
            for iso3 in nationalities:
                weights[iso3] += 0.5
            ctx = ResolutionContext(countries=dict(weights), dateline=dateline,
                                    prefer_region=mention.prefer_region, anchors=others, support=support)
            chosen[key] = scoring.best(mention.candidates, ctx)


#: How far the best-supported region must lead the next for the document to be read as set there.
SHARED_REGION_LEAD = 1.2
#: Two readings of different names this close lie in one town and its county or in neighbouring towns.
COLOCATED_KM = 30.0
COUNTY_COLOCATED_KM = 60.0
#: What each other name of the document with a reading beside an entry adds to it, and the most in all.
COLOCATED_BONUS = 1.5
COLOCATED_MAX = 3.0
#: Grid cell (degrees) for finding readings near each other without comparing every pair; two cells
#: each way cover the county distance at any latitude news reports from.
_CELL = 0.5


def _colocated(mentions: Sequence[_Mention]) -> dict[int, float]:
    """Support for each town or county reading that another name of the document lies beside.

    "New London", "Mt. Pleasant" and "Winfield" each name towns in many states, but only
    in one do all three lie within a few miles of each other; "Paris" and "Henry County"
    meet only where the town is the county's seat. Two unrelated names rarely have
    readings that close by chance, so each such neighbour is strong evidence for both,
    enough to outweigh a bigger namesake elsewhere but not a capital. Names that are also
    countries or first-level regions ("New York", "Kansas") and common words ("Central")
    neither give nor take such support: their town readings are not what they mostly mean.
    """
    by_name: dict[str, list[Candidate]] = {}
    for mention in mentions:
        if mention.street or mention.key[0] in by_name or mention.key[0] in COMMON_WORDS \
                or any(c.feature == "country" or c.code == "ADM1" for c in mention.candidates):
            continue
        local = [c for c in mention.candidates if (c.exact or _name_and_kind(c.name, mention.key[0])
                                                   or _spelled_out(name_key(c.name)) == _spelled_out(mention.key[0]))
                 and (c.feature == "city" or c.code == "ADM2")]
        if local:
            by_name[mention.key[0]] = local
    if len(by_name) < 2:
        return {}
    grid: dict[tuple[int, int], list[tuple[str, Candidate]]] = defaultdict(list)
    for name, local in by_name.items():
        for c in local:
            grid[(int(c.lat // _CELL), int(c.lon // _CELL))].append((name, c))
    support: dict[int, float] = {}
    for name, local in by_name.items():
        for c in local:
            row, col = int(c.lat // _CELL), int(c.lon // _CELL)
            weights: dict[str, float] = {}
            for dr in (-2, -1, 0, 1, 2):
                for dc in (-2, -1, 0, 1, 2):
                    for other, o in grid.get((row + dr, col + dc), ()):
                        if other != name and o.geonameid != c.geonameid \
                                and scoring.haversine_km(c.lat, c.lon, o.lat, o.lon) <= _colocated_km(c, o):
                            weights[other] = max(weights.get(other, 0.0), _pair_weight(c, o))
            if weights:
                support[c.geonameid] = min(COLOCATED_MAX, sum(weights.values()))
    return support


#: Countries whose streets English copy names as they are signposted ("Elm Street", "Oak Avenue").
ENGLISH_STREET_COUNTRIES = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})
#: Distinct street names that make a story a local one set where streets are named so.
LOCAL_STREETS = 2
#: What a town or region abroad loses in such a story.
STREET_LANGUAGE_PENALTY = 2.0


def _street_language(mentions: Sequence[_Mention], support: dict[int, float]) -> None:
    """A story that names several streets the English way ("Candlewood Drive", "King Street") is a
    local one in a country whose streets are so named: a namesake elsewhere ("Berea" the old name of
    Aleppo, San-Pédro on the Ivory Coast) is less likely than one there. Adds a penalty to ``support``
    for every reading outside those countries; one street is not enough ("Wall Street" is a market)."""
    if len({name_key(m.span.text) for m in mentions if m.street}) < LOCAL_STREETS:
        return
    abroad = {c.geonameid for m in mentions for c in m.candidates
              if c.country and c.country not in ENGLISH_STREET_COUNTRIES}
    for geonameid in abroad:
        support[geonameid] = support.get(geonameid, 0.0) - STREET_LANGUAGE_PENALTY


def _name_and_kind(name: str, key: str) -> bool:
    """An entry called by the name plus a word for its kind ("Enfield Town" for "Enfield"): known
    under the name only as an alias, but the name is its own."""
    full = name_key(name)
    return full.startswith(key + " ") and full[len(key) + 1:] in PLACE_KIND_WORDS


#: Words that follow a town's name in its full form ("Enfield Town"); not "City" or "County", which
#: name other places ("Iowa City", "Dakota County").
PLACE_KIND_WORDS = frozenset({"town", "village"})


def _colocated_km(one: Candidate, other: Candidate) -> float:
    """A county's point is the middle of its towns, and its towns lie up to a county's width from
    it: a town and a county are beside each other farther apart than two towns are."""
    return COUNTY_COLOCATED_KM if "ADM2" in (one.code, other.code) else COLOCATED_KM


def _pair_weight(one: Candidate, other: Candidate) -> float:
    """A town beside its county is near-certain; two towns that close happen by chance in suburbs
    packed with small places, so a town neighbour counts half."""
    return COLOCATED_BONUS if "ADM2" in (one.code, other.code) else COLOCATED_BONUS / 2


def _shared_region(mentions: Sequence[_Mention], chosen: dict[tuple[str, bool], Candidate | None]) -> Candidate | None:
    """The first-level region most of the document's local names can lie in together, as an anchor.

    "Paris" and "Henry County" each have namesakes in many states; read one at a time the biggest
    namesake wins, read together only one state holds both. Each town or county name votes for
    every region one of its readings lies in, a name with fewer readings more strongly; a region
    the text names itself votes too, but a list of regions shares one vote, since naming several
    states says little about which one a town is in. Countries do not vote (too big to say).
    """
    support: dict[tuple[str, str], float] = defaultdict(float)
    voters: dict[tuple[str, str], int] = defaultdict(int)
    named = {(c.country, c.admin1) for c in chosen.values()
             if c is not None and c.code == "ADM1" and c.country and c.admin1}
    for country, admin1 in named:
        support[(country, admin1)] += 1.0 / len(named)
        voters[(country, admin1)] += 1
    seen: set[str] = set()
    for mention in mentions:
        name = mention.key[0]
        if name in seen or mention.street:
            continue
        seen.add(name)
        local = [c for c in mention.candidates
                 if (c.feature == "city" or c.code == "ADM2") and c.country and c.admin1]
        regions = {(c.country, c.admin1) for c in local if c.country and c.admin1}
        if not regions or any(c.feature == "country" or c.code == "ADM1" for c in mention.candidates):
            continue
        for region in regions:
            support[region] += 1.0 / len(regions)
            voters[region] += 1
    ranked = sorted(support.items(), key=lambda item: -item[1])
    if not ranked or voters[ranked[0][0]] < 2:
        return None
    (country, admin1), top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if top < SHARED_REGION_LEAD * runner_up:
        return None
    return Candidate(geonameid=0, name=admin1, country=country, admin1=admin1, lat=0.0, lon=0.0,
                     feature="region", code="ADM1")


#: Words for a kind of place that also open the names of a town's offices ("City Council", "County Clerk").
GENERIC_PLACE_WORDS = frozenset({"city", "county", "town", "township", "village", "parish", "district"})
#: Offices and officers named after a town's generic word ("City Manager", "County Clerk").
TOWN_OFFICES = frozenset({"manager", "clerk", "administrator", "commissioner", "commissioners", "treasurer",
                          "auditor", "engineer", "planner", "assessor", "recorder", "coroner", "judge",
                          "prosecutor", "solicitor", "hall", "limits", "officials", "employees", "staff"})
#: Words that may join the parts of a place's name: "Guinea-Bissau", "Democratic Republic of the Congo".
NAME_JOINERS = frozenset({"-", "of", "the", "de", "del", "la", "do", "da", "dos", "das", "des", "di", "du", "al", "el"})


def _completed(spans: list[Span], first: int, gaz: Gazetteer) -> list[Span]:
    """Place spans grown to the whole name the gazetteer knows, when NER cut it short: "Iowa" of
    "Iowa City", "Platte" of "North Platte", "Guinea" of "Guinea-Bissau". Spans from ``first`` on
    are grown; a span the grown one swallows whole is dropped, one it would cut into stops it."""
    doc = spans[0].doc if spans else None
    if doc is None:
        return spans
    owner = {i: k for k, span in enumerate(spans) for i in range(span.start, span.end)}
    out = list(spans)
    dropped: set[int] = set()
    for k in range(first, len(spans)):
        span = spans[k]
        if span.label_ not in ("GPE", "LOC") or k in dropped:
            continue
        grown = _grown(span, gaz, owner, k, spans)
        if grown is None:
            continue
        out[k] = grown
        for i in range(grown.start, grown.end):
            other = owner.get(i)
            if other is not None and other != k:
                dropped.add(other)
    return [span for k, span in enumerate(out) if k not in dropped]


def _grown(span: Span, gaz: Gazetteer, owner: dict[int, int], k: int, spans: Sequence[Span]) -> Span | None:
    """The longest window around ``span`` (up to two words before, three after) whose text is the
    very name of a known place, or None. Added words are capitalised names or joiners inside them."""
    doc, label = span.doc, span.label_
    if len(span) > 1 and span[0].lower_ == "the":
        span = doc[span.start + 1:span.end]  # "the Democratic Republic of the": the name after "the"
    if not (span.start > 0 and _capitalised(doc[span.start - 1])) and not (
            span.end < len(doc) and (_capitalised(doc[span.end]) or doc[span.end].lower_ in NAME_JOINERS)):
        return None  # nothing name-like on either side (most spans): spare the window search
    best: Span | None = None
    for left in range(0, 3):
        for right in range(0, 4):
            if (left == 0 and right == 0) or span.start - left < 0 or span.end + right > len(doc):
                continue
            lo, hi = span.start - left, span.end + right
            if best is not None and hi - lo <= len(best):
                continue
            added = [doc[i] for i in [*range(lo, span.start), *range(span.end, hi)]]
            if not _capitalised(doc[lo]) or not _capitalised(doc[hi - 1]) or any(
                    not _capitalised(t) and t.lower_ not in NAME_JOINERS for t in added):
                continue
            if any(t.i in owner and owner[t.i] != k and not (
                    spans[owner[t.i]].start >= lo and spans[owner[t.i]].end <= hi) for t in added):
                continue
            if right and doc[hi - 1].lower_ in GENERIC_PLACE_WORDS and hi < len(doc) and (
                    doc[hi].lower_ in INSTITUTION_WORDS or doc[hi].lower_ in LOCAL_BODIES
                    or doc[hi].lower_ in TOWN_OFFICES):
                continue  # "Dublin City Council", "Dublin City Manager": the city called Dublin's
            if doc[lo].lower_ in GENERIC_PLACE_WORDS and doc[lo + 1].lower_ == "of":
                continue  # "City of Richmond" is Richmond; the gazetteer's "City of" entries are counties
            window = doc[lo:hi]
            text = window.text
            if text.lower() in COMMON_WORDS or _demonym(gaz, text):
                continue
            top = scoring.best(gaz.candidates(text), ResolutionContext())
            # the place's very name, abbreviations spelled out ("St. Paris" is Saint Paris), or a big
            # city's usual short form ("St. Paul")
            if top is not None and (_spelled_out(name_key(top.name)) == _spelled_out(name_key(text))
                                    or (top.feature == "city" and top.population >= BIG_CITY)):
                best = Span(doc, lo, hi, label=label)
    return best


def _streets(doc: Doc) -> Iterable[Span]:
    """Street names: capitalised words ending in a street word ("North Cooper Street", "Orchard St.").

    Numbered roads ("Highway 10") are left alone: they cross whole states, so the town of the
    story says little about where on them something happened."""
    # (only the tokens that are a street word are read)
    for i in text_positions(doc, _street_word, lowered=True):
        token = doc[i]
        if token.lower_.rstrip(".") not in STREET_WORDS or not token.text[:1].isupper() or i == 0 \
                or _street_name_cut(doc, i):
            continue
        start = i
        while start > 0 and _street_name_word(doc[start - 1]) and i - start < 5:
            start -= 1
        if start < i:
            yield Span(doc, start, i + 1, label="FAC")


def _street_word(low: str) -> bool:
    return low.rstrip(".") in STREET_WORDS


def _street_name_word(token: Token) -> bool:
    """A word that can be part of a street's name: capitalised ("Cooper", "E.") or an ordinal ("5th")."""
    text = token.text
    if token.lower_ in NOT_STREET_NAME:
        return False
    if text.endswith(".") and text[:-1].isalpha():
        return text[:-1].lower() in STREET_INITIALS
    return (text[:1].isupper() and token.is_alpha) or \
        (text[:1].isdigit() and text[-2:].lower() in ("st", "nd", "rd", "th"))


def _street_name_cut(doc: Doc, i: int) -> bool:
    """Whether the street word at ``i`` is something else: "St. Louis" (a saint), "Road to Recovery"."""
    word = doc[i].lower_.rstrip(".")
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if word == "st" and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
        return True
    return nxt is not None and nxt.lower_ in ("to", "of")


def _place_streets(doc: Doc, mentions: Sequence[_Mention], dateline: Candidate | None) -> None:
    """Put each street in a town: the one named right after it ("Gillis Street in Alton",
    "Orchard St., Alexandria"), else the town the story names most (its dateline first). Local
    features the gazetteer lacks (lakes, creeks, townships) go to that town too, when the story
    names it more than once or in its dateline."""
    towns = [m for m in mentions if not m.street and m.resolved is not None
             and (m.resolved.feature == "city" or m.resolved.code == "ADM2")]
    if not any(m.street or (not m.candidates and m.resolved is None) for m in mentions):
        return
    counts: dict[int, int] = defaultdict(int)
    first_seen: dict[int, int] = {}
    by_id: dict[int, Candidate] = {}
    for m in towns:
        assert m.resolved is not None
        gid = m.resolved.geonameid
        counts[gid] += 1
        first_seen.setdefault(gid, m.span.start)
        by_id[gid] = m.resolved
    focus: Candidate | None = None
    if dateline is not None and dateline.feature == "city":
        focus = dateline
    elif counts:
        focus = by_id[max(counts, key=lambda g: (counts[g], -first_seen[g]))]
    starts = {m.span.start: m for m in towns}
    # (read once, each street looking them up; a document with no sentences has no neighbours to look at)
    town_sentences = [(sent_of(t.span).start, t) for t in towns] if doc.has_annotation("SENT_START") and any(
        m.street for m in mentions) else []
    for m in mentions:
        if not m.street:
            continue
        end = m.span.end
        after = starts.get(end + 1) if end < len(doc) and doc[end].lower_ in (",", "in") else None
        # ("police in Sehwan dispersed farmers who had blocked the Indus Highway", filed from Geneva: a road
        # named beside a town of its own sentence is there, not in the dateline's town)
        sent = sent_of(m.span).start if town_sentences else -1
        beside = [t for start, t in town_sentences if start == sent and t.span.start < m.span.start]
        m.resolved = after.resolved if after is not None else beside[-1].resolved if beside else focus
    if focus is None or (focus is not dateline and counts[focus.geonameid] < FOCUS_MENTIONS):
        return
    # a lake, a creek or a township the gazetteer does not know lies near the town the story is about
    for m in mentions:
        if not m.street and not m.candidates and m.resolved is None and _local_feature(m.span):
            m.resolved, m.local = focus, True


#: How often a town must be named to be the one a story is about, when it has no dateline.
FOCUS_MENTIONS = 2
#: First words of the names of local features ("Lake Harriet", "Fort Hill").
LOCAL_FEATURE_OPENERS = frozenset({"lake", "mount", "mt", "fort", "ft", "camp", "port"})


def _local_feature(span: Span) -> bool:
    """A name of a lake, a creek, a park or a township ("Kiser Lake", "Pleasant Township"): a
    feature of the country round a town, which a local story names near the town it is about."""
    # (not an island, a river or a sea, which a wire story names far from the town it is filed in)
    return len(span) > 1 and span[-1].lower_ not in FAR_FEATURES and (
        span[-1].lower_ in PLACE_HEAD_WORDS or span[0].lower_.rstrip(".") in LOCAL_FEATURE_OPENERS)


FAR_FEATURES = frozenset({"island", "islands", "river", "sea", "strait", "gulf", "peninsula", "coast", "shoal",
                          "reef", "archipelago", "atoll", "desert", "mountains", "valley", "ocean", "bay"})


def _qualifiers(doc: Doc, mentions: Sequence[_Mention],
                first: dict[tuple[str, bool], tuple[Candidate | None, float]]) -> dict[int, Candidate]:
    """Mentions followed by ", <region or country>" ("Springfield, Ill.", "London, Ontario"), by id."""
    out: dict[int, Candidate] = {}
    ordered = sorted(mentions, key=lambda m: m.span.start)
    chains = _list_lengths(doc, ordered)
    for i, (here, nxt) in enumerate(pairwise(ordered)):
        if nxt.span.start != here.span.end + 1 or doc[here.span.end].text != ",":
            continue
        qualifier = _region_reading(nxt, first, here)
        if qualifier is not None and not _peer_of(here, qualifier, chains[i]):
            out[id(here)] = qualifier
    for here, region in _bracketed_regions(doc, ordered):
        qualifier = _region_reading(region, first, here)
        if qualifier is not None and id(here) not in out:
            out[id(here)] = qualifier
    return out


#: Words that join the members of a list of places ("Mexico, China, Japan and Brazil").
LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _lists(doc: Doc, ordered: Sequence[_Mention]) -> list[list[_Mention]]:
    """The runs of places joined only by commas and "and"/"or" ("Georgia, Oklahoma, Pennsylvania
    and Ohio"), in text order; a place standing alone is a run of one."""
    runs: list[list[_Mention]] = []
    for i, mention in enumerate(ordered):
        joined = i > 0 and 0 < mention.span.start - ordered[i - 1].span.end <= 2 and all(
            t.lower_ in LIST_JOINERS for t in doc[ordered[i - 1].span.end:mention.span.start])
        if joined:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def _list_lengths(doc: Doc, ordered: Sequence[_Mention]) -> list[int]:
    """For each mention, how many places the list it belongs to names (1 when it stands alone)."""
    return [len(run) for run in _lists(doc, ordered) for _ in run]


def _kind(candidate: Candidate | None) -> str:
    if candidate is None:
        return ""
    return "country" if candidate.feature == "country" else ("ADM1" if candidate.code == "ADM1" else "")


def _listed_kinds(doc: Doc, mentions: Sequence[_Mention]) -> None:
    """A list names places of one kind: "Montana and Wyoming" are two states, "Mexico, China,
    Japan" three countries. A member that could be of the kind the rest of its list mostly is
    takes that reading (the state, not the Ohio town called Wyoming), for every mention of its
    name. A country becomes a region only when the rest are regions of one country that holds a
    region of its name ("Georgia, Oklahoma and Ohio"; "Texas and Mexico" stays two kinds)."""
    ordered = sorted((m for m in mentions if not m.street and m.candidates), key=lambda m: m.span.start)
    restricted: dict[str, list[Candidate]] = {}
    for run in _lists(doc, ordered):
        if len(run) < 2:
            continue
        tops = [scoring.best(m.candidates, ResolutionContext()) for m in run]
        kinds = [_kind(top) for top in tops]
        # "Texas and Washington, D.C.", "Paris, Texas": a town and where it lies are no two members,
        # unless more regions follow ("Oregon, Washington, Pennsylvania and Ohio" lists states)
        placed = {i for i in range(len(run) - 1) if kinds[i] == "" and doc[run[i].span.end].text == ","
                  and (i + 2 >= len(run) or kinds[i + 2] == "")
                  and any(_within(c, r) for c in run[i].candidates for r in run[i + 1].candidates)}
        members = [i for i in range(len(run)) if i - 1 not in placed]
        run, tops, kinds = [run[i] for i in members], [tops[i] for i in members], [kinds[i] for i in members]
        fixed = {members.index(i) for i in placed if i in members}
        if len(run) < 2:
            continue
        for i, member in enumerate(run):
            if i in fixed:
                continue
            others = kinds[:i] + kinds[i + 1:]
            for kind in ("country", "ADM1"):
                count = others.count(kind)
                if not count or 2 * count < len(others):
                    continue
                keep = [c for c in member.candidates if c.exact and _kind(c) == kind]
                if kind == "ADM1":
                    homes = {t.country for t, k in zip(tops, kinds, strict=True) if k == "ADM1" and t is not None}
                    keep = [c for c in keep if c.country in homes]
                if keep and (kinds[i] != "country" or kind == "ADM1"):
                    restricted[member.key[0]] = keep
    for mention in mentions:
        mention.candidates = restricted.get(mention.key[0], mention.candidates)


def _peer_of(member: _Mention, qualifier: Candidate, list_length: int) -> bool:
    """Whether "X, Y" lists two places of one kind rather than putting X inside Y: a country
    after a country ("in Russia, U.S. officials said", "China, Japan"), or a region after a
    region in a longer list ("Georgia, Oklahoma, Pennsylvania"). "Paris, Texas" and "Lebanon,
    Pa." put a town inside a state, whatever else the town's name may mean."""
    kind = "country" if qualifier.feature == "country" else "ADM1"
    same_kind = any(c.exact and (c.feature == "country" if kind == "country" else c.code == "ADM1")
                    for c in member.candidates)
    return same_kind and (kind == "country" or list_length >= 3)


def _region_reading(mention: _Mention, first: dict[tuple[str, bool], tuple[Candidate | None, float]],
                    member: _Mention) -> Candidate | None:
    """The country or first-level region a qualifying name stands for, if it can be one; among
    namesake regions, one that holds a reading of the qualified place ("Ketou (Plateau)")."""
    top = first.get(mention.key, (None, 0.0))[0]
    regions = [c for c in mention.candidates if c.feature == "country" or c.code == "ADM1"]
    holding = [r for r in regions if any(_within(c, r) for c in member.candidates)]
    regions = holding or regions
    return top if top is not None and top in regions else (regions[0] if regions else None)


def _bracketed_regions(doc: Doc, ordered: Sequence[_Mention]) -> Iterable[tuple[_Mention, _Mention]]:
    """"Sori (Gogounou, Alibori)", "Kafin (Borno)": a place followed by the places it lies in, in
    brackets, largest last. Yields the place and its outermost bracketed name."""
    for i, here in enumerate(ordered):
        end = here.span.end
        if end >= len(doc) or doc[end].text != "(":
            continue
        close = next((t.i for t in doc[end:min(end + 12, len(doc))] if t.text == ")"), None)
        if close is None:
            continue
        inside = [m for m in ordered[i + 1:] if m.span.start > end and m.span.end <= close]
        if end + 1 < len(doc) and not doc[end + 1].text[:1].isupper():
            continue  # "Africa (including neighbouring Egypt)": an aside, not where Africa lies
        # "a hamlet bordering Togo (Materi, Atacora)": no country lies inside a district or a
        # region; the brackets place the hamlet the sentence is about, not the country it borders
        country = any(c.exact and c.feature == "country" for c in here.candidates)
        for member in (([] if country else [here]) + inside[:-1]) if inside else []:
            yield member, inside[-1]


def _regions_not_towns(candidates: list[Candidate]) -> list[Candidate]:
    """A name that is a first-level region's own name means the region, not a smaller town or county
    elsewhere in the same country named after it ("Kansas" is the state, not the village in
    Illinois): such a town needs its region after it ("Indiana, Pa."), or to be a big city ("New
    York"). A town inside the region of its name stays for the scoring to weigh ("Daraa")."""
    regions = {(c.country, c.admin1) for c in candidates if c.exact and c.code == "ADM1"}
    if not regions:
        return candidates
    countries = {country for country, _ in regions}
    return [c for c in candidates if c.country not in countries or (c.country, c.admin1) in regions
            or c.feature == "country" or c.population >= BIG_CITY or c.is_capital]


def _within(candidate: Candidate, area: Candidate) -> bool:
    if candidate.country != area.country or candidate.geonameid == area.geonameid:
        return False
    return area.feature == "country" or candidate.admin1 == area.admin1


def _toponym(mention: _Mention) -> Toponym:
    span, place = mention.span, mention.resolved
    text = _strip_possessive(span.text)  # ("Papua New Guinea's" when the tagger took the possessive in)
    end = span.start_char + len(text)
    if (mention.street or mention.local) and place is not None:
        # located by the town it lies in; no gazetteer entry of its own
        return Toponym(start=span.start_char, end=end, text=text, name=text,
                       country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                       feature="other", geonameid=None)
    if place is None:
        return Toponym(start=span.start_char, end=end, text=text, name=text,
                       country=None, admin1=None, lat=None, lon=None, feature="other", geonameid=None)
    return Toponym(start=span.start_char, end=end, text=text, name=place.name,
                   country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                   feature=place.feature, geonameid=place.geonameid, population=place.population)


#: How far into a text (characters) its dateline may stand: after a headline and a byline.
DATELINE_REACH = 400


def _dateline(doc: Doc, gaz: Gazetteer, mentions: Sequence[_Mention]) -> tuple[str, Candidate] | None:
    """The dateline place and its name key: the document's own field, else an all-caps place opening
    the text, or one opening a line or a sentence near its start, after a headline, when its state
    or country follows it ("Senator dies. CHARLESTON, W.Va. -- ..."; a bare "MANSFIELD —" there is
    the paper's own town, left to the story to place). "PARIS, Texas" is read with its qualifier:
    the place after the comma is its anchor."""
    document = doc._.sitrep_doc
    text = getattr(document, "dateline", None) if document is not None else None
    if text:
        head, _, rest = text.partition(",")
        qualifier = gaz.resolve(rest) if rest.strip() else None
        # "GOMA, Congo": a dateline's capitals are typography, not an acronym; a bare "Colon (AFP) -" is
        # read with the countries the story names ("Panamanian police ... the Panama Canal")
        context = _qualified(qualifier) if qualifier is not None else _named_countries(mentions)
        name = head.title() if head.isupper() else head
        found = gaz.resolve(name, context=context)
        if qualifier is None and found is not None:
            # ("GENEVA, Nov. 19" atop a story naming the United States: a wire names a town bare when it is
            # the one everybody means, so a namesake many times smaller in a country the story names loses)
            known = gaz.resolve(name)
            if known is not None and known.exact and known.population >= WELL_KNOWN_RATIO * max(found.population, 1):
                found = known
        return (name_key(head), found) if found is not None else None
    for i, mention in enumerate(mentions):
        span = mention.span
        opening = span.start_char <= 2 or (span.start_char <= DATELINE_REACH and _in_dateline(span))
        if opening and span.text.isupper() and len(span.text) > 2:
            qualifier = None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.span.start == span.end + 1 and doc[span.end].text == ",":
                qualifier = scoring.best(nxt.candidates, ResolutionContext())
            wire = qualifier is None and _wire_dated(span)
            if span.start_char > 2 and (qualifier is None or _kind(qualifier) == "") and not wire:
                continue  # "MANSFIELD —" after a headline: the paper's own town, read with the story
            candidates = mention.candidates or gaz.candidates(span.text.title())
            # ("GENEVA, Nov. 19 (Alpine Press) —": a wire names a town bare only when it is the one everybody
            # means, so the story's countries do not pull it to a namesake in them)
            found = scoring.best(candidates, _qualified(qualifier))
            if wire and found is not None:
                local = scoring.best(candidates, _named_countries(mentions))
                if local is not None and (not found.exact or found.population < WELL_KNOWN_RATIO * max(
                        local.population, 1)):
                    found = local  # (a bare wire town is read with the story unless far better known)
            return (name_key(span.text), found) if found is not None else None
    return None


#: How many times bigger a bare dateline town must be than its namesake in a country the story names to be
#: the one meant.
WELL_KNOWN_RATIO = 5

MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                 "dec", "january", "february", "march", "april", "june", "july", "august",
                                 "september", "october", "november", "december"})


def _wire_dated(span: Span) -> bool:
    """A wire dateline's town: capitals followed by ", Nov. 19" or "(Agency)", as agencies file them."""
    doc = span.doc
    after = doc[span.end:span.end + 3]
    if len(after) >= 2 and after[0].text == "," and after[1].lower_.rstrip(".") in MONTH_ABBREVIATIONS:
        return True
    return len(after) >= 1 and after[0].text == "("


def _joined_places(ent: Span, gaz: Gazetteer) -> list[Span]:
    """"the districts of Dadu and Jacobabad": two places the tagger took for one name, split at "and" (or
    a comma) when the whole is no place the gazetteer knows and each part is one."""
    placed = ent.label_ in ("GPE", "LOC")
    joins = ("and", ",", "to")
    if not (placed or ent.label_ in JOINED_LABELS) or len(ent) < 3 \
            or not any(t.lower_ in joins for t in ent[1:-1]):
        return [ent]
    if gaz.candidates(_strip_possessive(ent.text)):
        return [ent]  # ("Trinidad and Tobago", "Bosnia and Herzegovina": one place by its whole name)
    # ("between Obigarm and Darband", "trains from Iasi to Bucharest", "at Redeyef, Moulares": towns the
    # tagger took for a firm's or a person's name are split only where the words before say "place")
    if not placed and not _place_context(ent, set()):
        return [ent]
    label = "GPE" if not placed else ent.label_
    parts: list[Span] = []
    start = ent.start
    for t in ent:
        if t.lower_ in joins:
            if t.i > start:
                parts.append(Span(ent.doc, start, t.i, label=label))
            start = t.i + 1
    if start < ent.end:
        parts.append(Span(ent.doc, start, ent.end, label=label))
    if len(parts) < 2 or not all(p[0].text[:1].isupper() and _town_or_more(p, gaz, exact=not placed)
                                 for p in parts):
        return [ent]
    return parts


def _town_or_more(part: Span, gaz: Gazetteer, *, exact: bool) -> bool:
    """Whether a piece of a split name is a place: any the gazetteer knows, or, for a piece of a name NER
    gave another label, a town of its own name (or a spelling of it) with at least a small town's people."""
    candidates = gaz.candidates(_strip_possessive(part.text))
    if not exact:
        return bool(candidates)
    return any(c.population >= SMALL_TOWN or c.feature in ("country", "region") or c.code == "ADM1"
               for c in candidates if c.exact or _spelling_of(part.text, c.name))


def _hyphen_joined(ent: Span, gaz: Gazetteer) -> Span:
    """The whole of a hyphenated name the tagger took a piece of ("PRINCE" of "PORT-AU-PRINCE"), when
    the gazetteer knows the whole; else the entity as it is."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    # ("Deir ez-Zor", where the tagger stopped before the article: the article, its hyphen and the name after)
    if end + 2 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower and not doc[end].whitespace_ \
            and doc[end + 1].text == "-" and not doc[end + 1].whitespace_ and doc[end + 2].is_title:
        end += 3
    if (start, end) == (ent.start, ent.end):
        return ent
    whole = doc[start:end].text
    if not gaz.candidates(whole.title() if whole.isupper() else whole):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _named_countries(mentions: Sequence[_Mention]) -> ResolutionContext:
    """The countries a story names outright, as the context a bare dateline town is read in."""
    countries: dict[str, float] = {}
    for m in mentions:
        top = scoring.best(m.candidates, ResolutionContext()) if m.candidates else None
        if top is not None and top.feature == "country" and top.country:
            countries[top.country] = countries.get(top.country, 0.0) + 1.0
    return ResolutionContext(countries=countries)


def _qualified(qualifier: Candidate | None) -> ResolutionContext:
    if qualifier is None:
        return ResolutionContext()
    countries = {qualifier.country: 1.0} if qualifier.country else {}
    return ResolutionContext(countries=countries, anchors=[qualifier])


def _lookup(gaz: Gazetteer, text: str) -> list[Candidate]:
    """The gazetteer's candidates for a toponym's text, cities known by their initials first."""
    full = CITY_INITIALISMS.get(text)
    if full is not None:
        return [c for c in gaz.candidates(full) if c.feature == "city"][:1]
    seat = UNION_SEATS.get(_strip_article(text))
    if seat is not None:
        return [c for c in gaz.candidates(seat[0]) if c.feature == "city" and c.country == seat[1]][:1]
    return _without_renamed(gaz.candidates(text), text)


#: Abbreviations place names are written with in news copy, spelled out for comparing names.
_NAME_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
#: How alike a town's own name and the name in the text must be for the one to be a spelling of the other.
SPELLING_LIKENESS = 0.8


def _without_renamed(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates less towns that carry the name only as another name of theirs (a former or a
    local one: "Maryville" for a Texas town now called otherwise) where a bigger town of that very
    name exists in the same country. A writer who means the renamed town uses its current name; the
    town that bears the name is the one meant. A town bigger than every namesake keeps the name,
    spellings and short forms of a town's own name are kept ("Kiev", "St. Petersburg", "Hillsboro",
    "Avondale" for Avondale Estates), and so are regions and counties, which local copy names without
    the word "County". A national capital's own name is the capital's in every country: "Islamabad"
    in a story from Kashmir is Pakistan's capital, not a Kashmiri town that locals also call so."""
    own: dict[str | None, int] = {}
    capital = False
    for c in candidates:
        if c.exact and c.feature == "city":
            own[c.country] = max(own.get(c.country, 0), c.population)
            capital = capital or c.is_capital
    if not own or all(c.exact for c in candidates):
        return candidates
    key = _spelled_out(name_key(text))
    return [c for c in candidates if c.exact or c.feature != "city"
            or (c.population > own.get(c.country, -1) and not capital)
            or _same_name(key, _spelled_out(name_key(c.name)))]


def _spelled_out(key: str) -> str:
    return " ".join(_NAME_ABBREVIATIONS.get(word, word) for word in key.split())


def _same_name(key: str, name: str) -> bool:
    """Whether a name key is one way of writing a place's name: the name spelled another way
    ("hillsboro", "hillsborough") or shortened to its first words ("avondale" for Avondale Estates)."""
    return key == name or name.startswith(key + " ") or SequenceMatcher(None, key, name).ratio() >= SPELLING_LIKENESS


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _demonym_places(doc: Doc, gaz: Gazetteer) -> list[Toponym]:
    """The countries the document's demonyms name, at the demonym's span.

    Geoparsing corpora and their users count "Syrian troops" and "a German
    tourist" as mentions of Syria and Germany (adjectival toponyms); sitrep
    lists them as mentions of the country place but keeps them out of
    ``doc._.toponyms``, so events never take a nationality as their place.
    """
    out: list[Toponym] = []
    # NORP entities, and single capitalised words NER left untagged ("a Mexican restaurant")
    spans = [ent for ent in doc.ents if ent.label_ == "NORP"]
    # (the cheap lexical test first: most tokens are not capitalised)
    spans += [doc[t.i:t.i + 1] for t in _untagged_titles(doc) if t.pos_ in ("ADJ", "PROPN", "NOUN")]
    for ent in sorted(spans, key=lambda s: s.start):
        text = _strip_possessive(ent.text)
        iso3 = gaz.demonym(text)
        entry = gaz.country_entry(iso3) if iso3 else None
        if entry is None:
            continue
        out.append(Toponym(start=ent.start_char, end=ent.start_char + len(text), text=text, name=entry.name,
                           country=entry.country, admin1=None, lat=entry.lat, lon=entry.lon, feature="country",
                           geonameid=entry.geonameid, population=entry.population))
    return out


def _demonym(gaz: Gazetteer, text: str) -> str | None:
    """The country a demonym names, or None when the word is that country's own name as well.

    A country's name is a place wherever it stands, however the demonym table reads it: "Eswatini"
    is listed as its own adjective, and the plural rule that reads "Filipinos" as Filipino reads
    "Philippines" as "Philippine"; recognition must not drop such names as nationalities."""
    iso3 = gaz.demonym(text)
    if iso3 is not None and gaz.country(text) == iso3:
        return None
    return iso3


def _article_in_name(span: Span, gaz: Gazetteer) -> bool:
    """Whether a span's leading "The" is part of the place's name ("THE HAGUE", "in The Hague").

    Most places take "the" as a mere article ("the Gambia"), but where only the whole is the
    place's very name, the bare rest is no name at all: cut off, "Hague" is read as a landmark
    ("the Dome") and dropped."""
    if span[0].is_upper and span[1].is_upper and _lookup(gaz, span.text):
        return True
    return span[0].text == "The" and any(c.exact for c in _lookup(gaz, span.text)) \
        and not any(c.exact for c in _lookup(gaz, span[1:].text))


#: Arabic articles news copy writes in lower case before a capitalised name: "the town of al-Bab".
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et"})


def _proper_name(text: str) -> bool:
    """Whether a name is written as a proper noun: capitalised, or an Arabic article before a capital
    ("al-Bab", "el-Fasher"), which English copy keeps in lower case in mid-sentence."""
    if text[:1].isupper():
        return True
    article, _, rest = text.partition("-")
    return article.lower() in ARABIC_ARTICLES and rest[:1].isupper()


def _inner_hyphen(window: Span, token: Token) -> bool:
    """A hyphen joining two words of one name ("Nagorno-Karabakh", "Liptako-Gourma"): inside the
    window and with no space on either side, it belongs to the name."""
    return token.text == "-" and window.start < token.i < window.end - 1 and not token.whitespace_ \
        and not token.doc[token.i - 1].whitespace_


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


#: A dotted abbreviation: "S.C.", "N.J.", "Ga.", "Tenn.", "Calif." (states and provinces in US copy).
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")


def _common_noun_elsewhere(token: Token) -> bool:
    """The document also writes this word in lower case as a common noun: a capitalised mention
    of it is a headline's or a sentence's first word, not a name."""
    low = token.lower_
    if token.text == low:
        return False
    doc = token.doc
    nouns: set[str] | None = doc.user_data.get("sitrep_lower_nouns")
    if nouns is None:  # read once per document from its arrays, not once per capitalised word
        arr = doc.to_array([POS, IS_LOWER, ORTH])
        strings = doc.vocab.strings
        nouns = {strings[h] for h in numpy.unique(arr[(arr[:, 0] == NOUN) & (arr[:, 1] == 1), 2]).tolist()}
        doc.user_data["sitrep_lower_nouns"] = nouns
    return low in nouns


#: Bodies a profession or a field has nationwide ("the Bar Council", "the Law Society", "the Arts
#: Council"): the word before them names the field, not a town.
NATIONAL_BODIES = frozenset({"council", "association", "society", "institute", "commission", "board",
                             "federation", "union", "foundation", "trust", "academy", "standards"})


#: What may follow a name inside a longer phrase: a noun or an adjective it qualifies, a conjunct.
NOT_PHRASE_ENDS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "NUM"})


def _landmark(span: Span) -> bool:
    """A one-word name that is a building's or a landmark's: after "the", with at most two more
    capitalised words between ("the Dome", "the Millennium Dome"), and heading its phrase. Towns take no
    article; the countries and regions that do ("the Gambia", "the Hague") are strong places."""
    word = span[0].text
    if span.label_ not in ("GPE", "FAC") or span[0].tag_ == "NNPS" or (word.endswith("s") and not word.endswith("ss")):
        # "the Gulf", "the Midwest", "the Channel", "the Highlands": seas and regions take the article
        return False
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and _capitalised(doc[i]) and doc[i].lower_ != "the":
        if doc[i].lower_ in PLACE_HEAD_WORDS or doc[i].lower_ in ("river", "mount", "lake", "port"):
            return False  # "the River Moy", "the Mount X": a place's own kind word
        i -= 1
    if span.end < len(doc) and (doc[span.end].pos_ in NOT_PHRASE_ENDS or doc[span.end].text in ("-", "–")):
        # "the Kharkiv area", "the X psychiatric hospital", "the X and Y booths", "the X-based brigade":
        # the article is the phrase's, the name a town's
        return False
    return i >= 0 and doc[i].lower_ == "the"


def _national_body(span: Span, window: Span) -> bool:
    """"the Bar Council", "the Law Society": a two-word body after "the", its first word naming a field.
    A town's own bodies go by the town's name alone ("Leeds Council") or name their kind in full
    ("the Fargo Police Department")."""
    doc = span.doc
    return len(window) == 1 and window.start > 0 and doc[window.start - 1].lower_ == "the" \
        and window.end == span.end - 1 and span[-1].lower_ in NATIONAL_BODIES


def _untagged_titles(doc: Doc) -> list[Token]:
    """The tokens in title case outside every entity, in order, read from the doc's arrays (a few in
    an article; reading every token for them was most of the demonym pass)."""
    if not len(doc):
        return []
    arr = doc.to_array([IS_TITLE, ENT_IOB])
    return [doc[int(i)] for i in numpy.nonzero((arr[:, 0] == 1) & (arr[:, 1] == _IOB_OUTSIDE))[0]]


_IOB_OUTSIDE = 2  # ``Token.ent_iob`` of a token outside every entity ("O")


def _capitalised_tokens(doc: Doc) -> list[bool]:
    """``_capitalised`` of each token of the doc, tested once per distinct word and kept on the doc:
    the search for untagged names runs up to three times an article and starts from each token."""
    found: list[bool] | None = doc.user_data.get("sitrep_capitalised")
    if found is None:
        found = [False] * len(doc)
        for i in text_positions(doc, _capitalised_text):
            found[i] = True
        doc.user_data["sitrep_capitalised"] = found
    return found


def _capitalised_text(text: str) -> bool:
    """``_capitalised`` of a token with this text (``Token.is_alpha`` is ``str.isalpha`` of its text)."""
    # ("N'DJAMENA, Dec 3 -": an apostrophe inside a name leaves it a name)
    return (text.replace("'", "").replace("\u2019", "").isalpha() and text[:1].isupper()) \
        or text in ("U.S.", "U.K.", "D.C.") \
        or _ABBREVIATION.fullmatch(text) is not None


def _capitalised(token: Token) -> bool:
    return _capitalised_text(token.text)


def _abbreviated(token: Token) -> bool:
    return _ABBREVIATION.fullmatch(token.text) is not None


def _says_region(span: Span) -> bool:
    """"the X region", "X and Y oblasts", "the province of X": the text names a region."""
    doc = span.doc
    i = span.end
    steps = 0
    while i < len(doc) and steps < 8:
        token = doc[i]
        if token.lower_ in ADMIN1_NOUNS:
            return True
        if token.lower_ in ("and", "or", ",", "&") or (token.text[:1].isupper() and token.is_alpha):
            i += 1
            steps += 1
            continue
        break
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ADMIN1_NOUNS:
        return True
    return span.end < len(doc) and doc[span.end].lower_ in ADMIN1_NOUNS


COUNTY_NOUNS = frozenset({"county", "counties", "parish", "parishes"})


def _in_county_list(span: Span) -> bool:
    """"Barrow and Jackson counties", "Becker, Clay, Otter Tail and Wilkin counties": each name of
    a list that ends in "counties" is a county, whatever else shares its name."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 16:
        token = doc[i]
        if token.lower_ in COUNTY_NOUNS:
            return token.lower_ in ("counties", "parishes") or i == span.end
        if token.lower_ in ("and", "or", ",", "&") or (token.text[:1].isupper() and token.is_alpha):
            i += 1
            continue
        return False
    return False


def _names_county(window: Span, gaz: Gazetteer) -> bool:
    """"Walker County", "Tangipahoa Parish": a county the gazetteer knows by this very name."""
    return len(window) >= 2 and window[-1].lower_ in ("county", "parish") \
        and any(c.code == "ADM2" and c.exact for c in gaz.candidates(window.text))


def _country_or_region(text: str, gaz: Gazetteer) -> bool:
    top = scoring.best(gaz.candidates(text), ResolutionContext())
    return top is not None and (top.feature == "country" or top.code == "ADM1")


def _person_name_tokens(doc: Doc) -> set[str]:
    """Words of the multi-word person names in a document: "Brown" after "Gordon Brown" is him."""
    return {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and not _misread_person(ent)
            for t in ent if t.text[:1].isupper()}


def _described_as_settlement(ent: Span) -> bool:
    """"Bria, a diamond-trading town in the north", "Ouadda, the district's main village": a name followed
    by an apposition whose head is a settlement noun names that settlement."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    if doc[ent.end + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[ent.end + 2:min(len(doc), ent.end + 7)]:
        if t.is_punct and t.text != "-":
            return False
        if t.lower_ in SETTLEMENT_NOUNS:
            return True
    return False


def _country_named(doc: Doc, gaz: Gazetteer, iso3: str | None) -> bool:
    """Whether the text names the country ISO3, by its name, a demonym or its capital ("Burkina Faso",
    "Burkinabe", "OUAGADOUGOU, Feb 11 -")."""
    if not iso3:
        return False
    text = doc_text(doc)
    capital = gaz.capital_of(iso3)
    return country_name(iso3) in text or any(word in text for word in demonyms_of(iso3)) or (
        capital is not None and (capital.name in text or capital.name.upper() in text))


#: Nouns that name a kind of settlement in "the town of X" (not a region or district, which a person may lead).
TOWN_NOUNS = frozenset({"town", "city", "village", "hamlet", "settlement", "port", "township", "commune", "island"})


def _called_a_settlement(ent: Span) -> bool:
    """"the besieged northern town of Djibo": a name the text calls a town names that town everywhere in the
    report, even where NER took it for a firm or a person ("the Kongoussi-Djibo road")."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lemma_.lower() in TOWN_NOUNS


def _misread_person(span: Span) -> bool:
    """A PERSON span whose second word no name has ("Avondale Mayor", "Lawrenceburg Parks"): an
    office or body named for the place its first word names; or one that ends in a word for a kind
    of place ("Greer Station"), which no person's name does."""
    if span.label_ != "PERSON" or len(span) < 2 or span[0].lower_ in TITLE_WORDS:
        return False
    word = span[1].lower_
    if span[-1].lower_ in PLACE_HEAD_WORDS and span[-1].lower_ not in SURNAME_HEAD_WORDS:
        return True  # "Greer Station", "Apalache Lake": a place named for a place
    return span[1].is_alpha and (word in NOT_IN_PERSON_NAMES or word in INSTITUTION_WORDS or word in TITLE_WORDS)


def _names_disease(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ in DISEASE_WORDS


def _in_dateline(span: Span) -> bool:
    """An all-caps name opening the text, a line or a sentence, then a comma or dash: "MANSFIELD, Ohio —"."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space \
        or bool(doc[span.start].is_sent_start) or doc[span.start - 1].text in (".", "!", "?")
    after = doc[span.end].text if span.end < len(doc) else ""
    dated = span.start in dateline_tokens(doc)  # (also "Misrata, 14 April 2026:" on a line of its own)
    return opens and ((span.text.isupper() and after in DATELINE_BREAKS) or dated)


def _lonely_village(top: Candidate | None, chosen: Sequence[Candidate | None], main: tuple[str, float]) -> bool:
    """A village abroad with no other town of its country near it, in a story firmly about another
    country: "near the Lido beach district" of a Somali city is not a hamlet on Long Island, however
    often the story names the United States."""
    # (a town matched only by one of its other names, "Banjska" for Bansko, may be larger)
    if top is None or top.country is None or top.feature in ("country", "region") or top.population >= (
            5_000 if top.exact else 50_000):
        return False
    if top.country == main[0] or main[1] < 3.0 or top.lat is None or top.lon is None:
        return False
    return not any(c is not None and c is not top and c.country == top.country and c.feature != "country"
                   and c.lat is not None and c.lon is not None
                   and scoring.haversine_km(top.lat, top.lon, c.lat, c.lon) < 500 for c in chosen)


#: A village abroad this close to another place of the story lies where the story happens.
STORY_NEIGHBOUR_KM = 200.0


def _beside_story(top: Candidate | None, chosen: Sequence[Candidate | None]) -> bool:
    """Whether a reading is one the village checks must spare: a named region, sea or island of the
    curated features (no village at all), or a place lying beside another place the story names.

    A story about one country often names a town just across its border ("the border town of
    Metula" in a Lebanon story, a Russian port in a Finnish one); a namesake abroad that is no such
    neighbour (a hamlet on Long Island in a Somali story) is still dropped."""
    if top is None:
        return False
    if top.code == "RGN":
        return True
    return any(c is not None and c.geonameid != top.geonameid and c.feature not in ("country", "other")
               and c.code != "ADM1"
               and scoring.haversine_km(top.lat, top.lon, c.lat, c.lon) < STORY_NEIGHBOUR_KM for c in chosen)


#: A town abroad smaller than this, whose name towns of other countries share too, that nothing else in a story
#: about another country points to, is a namesake of a place the gazetteer lacks ("Bodo" in a Niger Delta story
#: is none of the Chadian, Ivorian or Norwegian towns of that name); a name only one town bears keeps the lower
#: bar of a village ("Sharm el-Sheikh" is Sharm el-Sheikh).
STRAY_TOWN_POPULATION = 50_000


def _shared_abroad(candidates: Sequence[Candidate]) -> bool:
    """Whether towns of two or more countries bear the name exactly."""
    return len({c.country for c in candidates if c.exact and c.feature not in ("country", "region")}) >= 2


def _capital_of_its_name(top: Candidate | None, candidates: Sequence[Candidate]) -> Candidate | None:
    """"DJIBOUTI (Reuters) -", "a meeting of foreign ministers in Djibouti": a small country whose capital
    bears its very name (Djibouti, Singapore, Luxembourg, Monaco) is named for the city as often as for
    the state, and the city lies inside the state either way, so the city's point serves both; the
    country's centroid can lie tens of kilometres out in the desert. The city is among the name's own
    candidates, so no further lookup is needed."""
    if top is None or top.feature != "country" or top.country is None:
        return top
    key = name_key(top.name)
    return next((c for c in candidates if c.is_capital and c.country == top.country and c.feature != "country"
                 and name_key(c.name) == key), top)


def _stray_village(top: Candidate | None, countries: dict[str, float], mine: dict[str, float],
                   main: tuple[str, float], *, shared: bool = False, feature: bool = False) -> bool:
    """A village abroad that nothing else in a story firmly about another country points to: the
    gazetteer lacks the local place ("camps near Tawila" in a Darfur story is not a Yemeni hamlet), and
    no point is better than one a thousand kilometres off. A name the text gives to a forest, a range or
    an oilfield (FEATURE) is no town at all, so a namesake abroad of any size is as stray."""
    if top is None or top.country is None or top.feature in ("country", "region") or (not feature and (
            top.population >= (STRAY_TOWN_POPULATION if top.exact and shared else 5_000))):
        return False
    support = countries.get(top.country, 0.0) - mine.get(top.country, 0.0)
    return support <= 1e-9 and main[0] != top.country and main[1] >= 3.0


#: Nouns that make the name before them a natural or industrial feature ("the Boni forest", "the Hamrin
#: hills", "the Masila fields"), which the gazetteer of towns does not hold.
FEATURE_NOUNS = frozenset({"forest", "forests", "field", "fields", "oilfield", "oilfields", "gasfield", "hills",
                           "mountains", "range", "plateau", "basin", "desert", "swamp", "swamps", "marshes",
                           "wetlands", "delta", "escarpment", "highlands", "lowlands"})


def _names_a_feature(span: Span) -> bool:
    """Whether a name is written as a feature's ("Boni forest"), not a town's, or is only the first half
    of a double name the tagger cut at its hyphen ("Ogori" of "Ogori-Magongo")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end].whitespace_ \
            and doc[span.end + 1].is_title and not span[-1].whitespace_:
        return True
    return span.end < len(doc) and doc[span.end].lower_ in FEATURE_NOUNS


def _names_crossing(ent: Span) -> bool:
    """A one- or two-word name right before "crossing", "border crossing" or "checkpoint"."""
    doc = ent.doc
    if len(ent) > 2 or ent.end >= len(doc) or not all(t.is_title for t in ent):
        return False
    after = doc[ent.end].lower_
    return after in ("crossing", "checkpoint") or (
        after == "border" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in ("crossing", "point", "post"))


def _misread_date(ent: Span) -> bool:
    """A lone proper noun NER took for a date ("in Nepalgunj and Surkhet" tagged DATE): no calendar
    word, no digit, so a name of something else."""
    return ent.label_ == "DATE" and len(ent) == 1 and ent[0].tag_ == "NNP" and ent[0].is_alpha \
        and ent[0].lower_ not in CALENDAR_WORDS


def _label_votes(doc: Doc, place_tokens: set[int]) -> dict[str, tuple[int, int]]:
    """Each name's count of place readings and of person readings in the document, correcting NER by
    the words around: a place followed by "said" is someone speaking, a person after "in" a place."""
    votes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for ent in doc.ents:
        label = ent.label_
        if label in ("GPE", "LOC") and ent.end < len(doc) and doc[ent.end].lower_ in SPEECH_WORDS:
            label = "PERSON"
        elif label == "PERSON" and _place_context(ent, place_tokens):
            label = "GPE"  # "in Glen Allen", "a Calais man": the words around say place
        if label in ("GPE", "LOC", "PERSON"):
            votes[name_key(_strip_possessive(ent.text))][label == "PERSON"] += 1
    return {key: (place, person) for key, (place, person) in votes.items()}


#: Verbs of moving people or goods, and what carries them: "from X" after one of them names where a
#: journey starts.
JOURNEY_WORDS = frozenset({"send", "fly", "sail", "drive", "travel", "move", "transfer", "evacuate", "airlift",
                           "deploy", "ship", "depart", "leave", "return", "come", "arrive", "carry", "bring",
                           "vessel", "boat", "plane", "aircraft", "flight", "convoy", "truck", "bus",
                           "train", "helicopter", "ferry", "frigate", "cutter", "patrol"})


def _journey_from(prep: Token) -> bool:
    """Whether a "from" phrase hangs from a verb of moving or from a vehicle."""
    return prep.dep_ == "prep" and prep.head.lemma_.lower() in JOURNEY_WORDS


def _spelling_of(text: str, name: str) -> bool:
    """Whether ``text`` spells the gazetteer's ``name`` another way ("Hargeisa" for "Hargeysa", "Mayadin"
    for "Al Mayadin"): near-identical letters once accents, case and a leading article are set aside."""
    a, b = name_key(text), name_key(name)
    a, b = a.removeprefix("the "), next((b[len(art):] for art in NAME_ARTICLES if b.startswith(art)), b)
    return SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def _names_works(span: Span, works: frozenset[str] = FACILITY_NOUNS) -> bool:
    """Whether a name stands for the town a work or site is named after: "the Panguna copper mine",
    "the Rungis wholesale food market" (up to two words between), or "the border post at In Guezzam"."""
    doc = span.doc
    for k in range(span.end, min(len(doc), span.end + 3)):
        word = doc[k]
        if word.lower_ in works and word.pos_ == "NOUN":
            return True
        if not (word.is_lower and word.pos_ in ("ADJ", "NOUN")):
            break
    if span.start > 1 and doc[span.start - 1].lower_ in ("at", "near") and doc[span.start - 2].pos_ == "NOUN":
        return doc[span.start - 2].lemma_.lower() in works
    return False


def _story_countries(doc: Doc, gaz: Gazetteer) -> frozenset[str]:
    """The countries a story names, by name or demonym (read once per document)."""
    cached = doc.user_data.get("sitrep_story_countries")
    if isinstance(cached, frozenset):
        return cached
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "NORP" and (code := gaz.demonym(ent.text)):
            found.add(code)
        elif ent.label_ in ("GPE", "LOC"):
            found.update(c.country for c in gaz.candidates(_strip_possessive(ent.text))
                         if c.exact and c.feature == "country" and c.country)
    countries = frozenset(found)
    doc.user_data["sitrep_story_countries"] = countries
    return countries


#: Routes named by the towns they join ("the road between X and Y", "flights from X to Y").
ROUTE_NOUNS = frozenset({"road", "roads", "highway", "motorway", "route", "routes", "railway", "rail", "line",
                         "corridor", "pipeline", "flights", "flight", "bus", "buses", "train", "trains", "ferry"})
#: The words that open the towns a route joins.
ROUTE_OPENERS = frozenset({"between", "linking", "connecting", "joining", "from"})


def _on_route(ent: Span) -> bool:
    """Whether ENT is one of the towns a route is named by: "the main road between Panjgur and Turbat",
    "the highway linking Kabul and Jalalabad", "flights from Tabriz to Van"."""
    doc = ent.doc
    lo = max(ent.sent.start, ent.start - 8)
    i = ent.start - 1
    while i >= lo:
        w = doc[i]
        if w.lower_ in ROUTE_OPENERS:
            return any(doc[j].lemma_.lower() in ROUTE_NOUNS for j in range(max(lo, i - 3), i))
        if w.lower_ not in ("and", ",", "to", "the") and not (w.is_title or w.pos_ == "PROPN"):
            return False
        i -= 1
    return False


def _place_context(span: Span, place_tokens: set[int]) -> bool:
    """Whether the words around a span say it is a place."""
    doc = span.doc
    if span.start > 0:
        before = doc[span.start - 1]
        if before.lower_ in PLACE_PREPOSITIONS:
            return True
        if before.lower_ == "off" and before.dep_ == "prep":
            return True  # "the anchorage off Fujairah", "warning shots off Patagonia"
        if before.lower_ == "the" and span.start > 1 and doc[span.start - 2].lower_ in PLACE_PREPOSITIONS:
            return True
        if before.lemma_.lower() in PLACE_TAKING_VERBS and before.pos_ == "VERB" and span.root.dep_ == "dobj":
            return True  # "due to leave Vladivostok", "shelled Kharkiv", "troops entered Goma"
        if before.lower_ in ("on", "upon") and span.start > 1 and doc[span.start - 2].lemma_.lower() in AIMED_NOUNS:
            return True  # "strikes on Kharkiv", "the march on the capital"
        if before.lower_ == "on" and before.dep_ == "prep" and before.head.pos_ == "VERB" \
                and before.head.lemma_.lower() in MARCHING_VERBS:
            return True  # "its fighters would move on Hinche next", "rebels advanced on the town"
        if before.lower_ == "of" and span.start > 1 and (doc[span.start - 2].lower_ in SETTLEMENT_NOUNS | OF_PLACE_NOUNS
                                                        or doc[span.start - 2].lemma_.lower() in SETTLEMENT_NOUNS):
            return True  # "the town of X", "the village of Y", "the mayor of Z", "the outskirts of W", "the regions of"
        if before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ == "out":
            return True  # "pulled out of Goma"
        if before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in COMPASS_WORDS:
            return True  # "14 nautical miles south of Porvoo", "villages north of X"
        if before.lower_ in SETTLEMENT_NOUNS and before.is_lower:
            return True  # "the Somaliland capital Hargeisa", "the port city Mombasa": the noun names its kind
        if before.lower_ == "as" and span.start > 2 and doc[span.start - 2].lower_ == "such" \
                and doc[span.start - 3].lower_ in SETTLEMENT_NOUNS | {"towns", "cities", "villages", "places"}:
            return True  # "towns such as Djibo"
        # In a list with a known place: "Aleppo and Lyon", "Lyon, France".
        if before.lower_ in ("and", "or", ",") and span.start - 2 in place_tokens:
            return True
    if span.root.dep_ == "dobj" and span.root.head.lemma_ in TAKEN_VERBS:
        return True  # "since seizing El Fasher", "besieged Mariupol": ground taken or attacked
    if span.end < len(doc):
        after = doc[span.end]
        if after.lower_ in REGION_NOUNS:
            return True
        if after.lower_ in (",", "and", "or") and span.end + 1 in place_tokens:
            return True
        if after.text in ("-based", "based") or after.lower_ in LOCAL_NOUNS | CROSSING_NOUNS:
            return True  # ("the Terespol crossing", "Kutum airport")
        # "Goma and Bukavu, the two provincial capitals": an apposition that calls it a place
        if after.text == "," and any(w.lower_ in SETTLEMENT_NOUNS | {"capitals", "capital", "towns", "cities"}
                                     for w in doc[span.end + 1:min(len(doc), span.end + 6)]):
            return True
    return _in_county_list(span) or _in_dateline(span)


@Language.factory("sitrep_places", default_config={"index_path": None},
                  assigns=["doc._.toponyms", "doc.ents"], requires=["doc.ents", "token.tag"])
def make_places_stage(nlp: Language, name: str, index_path: str | None) -> PlacesStage:
    """Factory: ``nlp.add_pipe("sitrep_places", after="ner")``; ``index_path`` None is the default index."""
    return PlacesStage(index_path=index_path)
