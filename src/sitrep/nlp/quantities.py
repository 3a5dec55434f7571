"""The quantities stage: every number that counts something, with unit and what happened to it.

"12,500 households ... were without water" gives value 12500, unit "households",
what "without power"; "tens of thousands" gives a lower bound with
``approximate``; "minus 7 Celsius" a temperature; "its third month" a
duration. Casualty counts are classified (dead, injured, arrested) so the
event they belong to can carry them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp import extensions
from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import doc_text, reduced_passive, with_deps, with_words

SMALL = {"zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "dozen": 12}
SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000,
         "bn": 1_000_000_000, "k": 1000}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20}
VAGUE = {  # lower bound, upper bound
    "tens of thousands": (10_000, 99_999), "hundreds of thousands": (100_000, 999_999),
    "tens of millions": (10_000_000, 99_999_999), "hundreds of millions": (100_000_000, 999_999_999),
    "thousands": (1000, 9999), "hundreds": (100, 999), "dozens": (24, 99), "millions": (1_000_000, 9_999_999),
    "scores": (40, 99), "several": (3, 9), "a few": (2, 5), "a handful of": (2, 6),
}
TEMPERATURE_RE = re.compile(
    r"(?P<sign>minus|negative|-|−)?\s?(?P<num>\d+(?:\.\d+)?)\s?(?:degrees?\s)?(?P<unit>celsius|fahrenheit|°\s?c\b|°\s?f\b|"
    r"c\b(?=\s*[(),.])|f\b(?=\s*[(),.]))", re.I)
# nouns for people by what they do: "agriculturalist", "bystander", "herdsman", "commander"
AGENT_ENDINGS = ("ist", "er", "man", "woman", "or", "ian", "ant", "ent")
ATTEMPT_VERBS = frozenset({"try", "attempt", "threaten", "plan", "want", "seek", "vow", "fail"})
TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                        "minute", "minutes", "decade", "decades", "century", "centuries", "night", "nights"})
DEAD = frozenset({"kill", "die", "dead", "death", "fatality", "slay", "behead", "execute", "massacre", "lose",
                  "killing", "murder"})
INJURED = frozenset({"wound", "injure", "hurt", "injury", "injured", "wounded"})
ARRESTED = frozenset({"arrest", "detain", "apprehend", "jail", "imprison"})
REPORTED = frozenset({"report", "say", "confirm", "believe", "fear", "feared", "presume", "leave", "find"})
UNIT_NOUN_TAGS = ("NNS", "NN", "NNPS", "NNP")


@dataclass
class QuantityDraft:
    start: int
    end: int
    value: float
    unit: str
    what: str | None
    value_max: float | None = None
    approximate: bool = False
    casualty: str | None = None  # dead | injured | arrested
    sentence_start: int = 0
    part_of: int | None = None  # start of the first count it is added to ("one soldier and two militants killed")
    total: bool = False  # "a total of five", "five in total": the figure that sums up the others
    clause: int | None = None  # the harm verb the count is the subject or object of (token index)
    grievance: bool = False  # deaths a protest is about ("marched against attacks that killed nine")
    subset: bool = False  # a part of a figure told just before ("32 people, including nine children")
    currency: str | None = None  # ISO 4217 code of an amount of money ("USD"); the unit names it in words


@Language.factory("sitrep_quantities", requires=["token.dep"], assigns=["doc._.sitrep_state"])
def make_quantities_stage(nlp: Language, name: str) -> QuantitiesStage:
    return QuantitiesStage()


class QuantitiesStage:
    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.sitrep_state or {}
        state["quantities"] = find_quantities(doc)
        doc._.sitrep_state = state
        return doc


def find_quantities(doc: Doc) -> list[QuantityDraft]:
    out: list[QuantityDraft] = []
    used: set[int] = set()
    text = doc_text(doc)
    for m in TEMPERATURE_RE.finditer(text):
        value = float(m.group("num")) * (-1 if m.group("sign") else 1)
        unit = "fahrenheit" if m.group("unit").lower().lstrip("°").strip().startswith("f") else "celsius"
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        used.update(range(span.start, span.end))
        out.append(QuantityDraft(m.start(), m.end(), value, unit, "temperature",
                                 sentence_start=sent_of(span).start_char))
    out += _money(doc, used)
    out += _ages(doc, used)
    low = text.lower()
    for phrase, (lo, hi) in VAGUE.items():
        if phrase not in low:
            continue  # (a plain substring test spares a scan of the text for each of the phrases)
        for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", low):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in used for i in range(span.start, span.end)):
                continue
            head = span[-1]
            unit_tok = _unit_after(head)
            if phrase in ("several", "a few", "a handful of") and unit_tok is None:
                continue
            used.update(range(span.start, span.end))
            unit = unit_tok.lower_ if unit_tok is not None else "people"
            anchor = unit_tok if unit_tok is not None else span.root
            what, casualty = _what(anchor)
            out.append(QuantityDraft(span.start_char, span.end_char, lo, unit, what, hi, True, casualty,
                                     sent_of(span).start_char))
    for ent in _number_spans(doc):
        if ent.label_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"):
            continue
        if any(t.i in used for t in ent):
            continue
        if ent.label_ == "TIME":
            # ("given 72 hours to leave", "a 48-hour state of emergency", "for some 20 minutes"; not "10 a.m.")
            q = _duration(ent[-1], ent)
            if q is not None:
                used.update(t.i for t in ent)
                q.approximate = any(t.lower_ in HEDGES for t in doc[max(0, ent.start - 2):ent.end])
                q.what = _with_context(q.what if q.what != "duration" else (_what(ent.root)[0] or "duration"),
                                       ent.root)
                out.append(q)
            continue
        if ent.label_ == "DATE" and not (ent.root.dep_ == "nummod" and ent.root.head.lower_ not in TIME_UNITS):
            q = _duration(ent[-1], ent)
            if q is not None:
                used.update(t.i for t in ent)
                out.append(q)
            continue
        words = [t for t in ent if t.lower_ not in ("about", "some", "nearly", "almost", "around", "between",
                                                    "over", "more", "than", "at", "least", "up", "to")]
        span_range = _range(words)
        number = span_range[0] if span_range else parse_number(words)
        if number is None:
            continue
        value = number
        used.update(t.i for t in ent)
        approx = any(t.lower_ in APPROXIMATE_WORDS
                     for t in doc[max(0, ent.start - 2):ent.end])
        if ent.label_ == "MONEY":
            unit = next((t.text for t in ent if not t.like_num and t.lower_ not in SCALE), "money")
            out.append(QuantityDraft(ent.start_char, ent.end_char, value, unit, _what(ent.root)[0], None, approx,
                                     None, sent_of(ent).start_char))
            continue
        if ent.label_ == "PERCENT":
            out.append(QuantityDraft(ent.start_char, ent.end_char, value, "percent",
                                     _with_context(_what(ent.root)[0], ent.root), None,
                                     approx, None, sent_of(ent).start_char))
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.lower_ in ("dead", "killed", "injured", "wounded", "arrested", "detained"):
            kind = {"dead": "dead", "killed": "dead", "injured": "injured", "wounded": "injured"}.get(nxt.lower_,
                                                                                                 "arrested")
            out.append(QuantityDraft(ent.start_char, ent.end_char, value, "people", nxt.lower_, None, approx, kind,
                                     sent_of(ent).start_char))
            continue
        inner = ent[-1] if ent.label_ == "QUANTITY" and ent[-1].pos_ == "NOUN" and not ent[-1].like_num else None
        unit_tok = inner or _unit_head(ent.root) or _unit_after(ent[-1]) or _partitive(ent.root)
        if unit_tok is None and ent.root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        elided = _elided_unit(ent.root) if unit_tok is None else None
        unit = _unit_name(unit_tok) if unit_tok is not None else _plural(elided) if elided is not None else "people"
        if unit_tok is not None and unit_tok.lower_ in ("year", "years") and value > 1900:
            continue
        # (a counted noun told before the number, which "58 of them" takes up, says nothing of what befell them)
        anchor = unit_tok if unit_tok is not None and unit_tok.i >= ent.start else ent.root
        what, casualty = _what(anchor)
        what = _with_context(what, anchor)
        if unit_tok is not None and unit_tok.lower_ in LENGTHS:
            what = _measured_what(unit_tok) or what
        if unit_tok is not None and unit_tok.lower_ in MEASURES:
            casualty = None  # "injuring two crew 20 nautical miles east": a distance is nobody hurt
        if unit_tok is None and elided is None and casualty is None:
            continue
        if casualty is None and _year_modifier(ent, unit_tok):
            continue  # "restated its 2003 results": a year, not a count
        vmax = span_range[1] if span_range else None
        after = ent[-1].i
        if vmax is None and after + 2 < len(doc) and doc[after + 1].lower_ in ("to", "-", "–") \
                and doc[after + 2].like_num:
            vmax = parse_number([doc[after + 2]])
        out.append(QuantityDraft(ent.start_char, ent.end_char, value, unit, what, vmax, approx, casualty,
                                 sent_of(ent).start_char))
    out += _single_victims(doc, used)
    out.sort(key=lambda q: q.start)
    _join_conjoined_counts(doc, out)
    for q in out:
        q.clause = _own_clause(doc, q) if q.casualty else None
        q.grievance = q.casualty is not None and _grievance(doc, q)
    return out


PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "march", "rally", "demonstration", "mourn"})


def _grievance(doc: Doc, q: QuantityDraft) -> bool:
    """"Students marched to protest against attacks that had killed nine", "drivers demonstrated
    after a colleague was killed": deaths reached from a protest through what it is against or
    after are its cause, an earlier event, not casualties of it. A coordinated verb ("marched and
    police killed two") is a new event and stops the climb."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.dep_ != "conj":
        tok = tok.head
        if tok.lemma_.lower() in PROTEST_LEMMAS:
            return True
    return False


def _own_clause(doc: Doc, q: QuantityDraft) -> int | None:
    """The verb whose own subject or object the counted noun is: "ten militants were killed and
    four soldiers were killed" has two, so the figures add up; "three killed, two of them
    children" and "nine people, including two officers" break one figure down and have none."""
    noun = _counted_noun(doc, q)
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if noun.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ in ("of", "among") for c in noun.children):
        return None
    verb = noun.head
    if verb.pos_ == "AUX" and verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # "10 IS militants were killed": the parser may hang the count on a stray auxiliary
    harm = verb.lemma_.lower() in DEAD | INJURED | ARRESTED or verb.lemma_.lower() in VICTIM_VERBS
    return verb.i if verb.pos_ in ("VERB", "ADJ") and harm else None


NUMBER_WORDS = frozenset(w for w in SMALL if w not in ("a", "an", "no", "dozen"))
COUNT_DEPS = frozenset({"nummod", "nsubj", "nsubjpass", "dobj"})


def _number_spans(doc: Doc) -> list[Span]:
    """The entities, then numbers the tagger left out of them: "one civil servant and one resident",
    "shells kill one", "one killed" (the small model often misses a lone "one" or "two")."""
    # "no one was hurt", "not one person": nobody, not a count of one
    spans = [e for e in doc.ents
             if not (e[0].lower_ == "one" and e.start > 0 and doc[e.start - 1].lower_ in ("no", "not"))]
    in_ent = {t.i for e in doc.ents for t in e}
    for t in with_deps(doc, COUNT_DEPS):
        if t.i in in_ent or t.dep_ not in COUNT_DEPS or _date_part(t):
            continue
        if t.lower_ == "one" and t.i > 0 and doc[t.i - 1].lower_ in ("no", "not"):
            continue  # "no one was hurt": nobody
        if (t.like_num and t.tag_ == "CD") or (t.lower_ in NUMBER_WORDS and t.tag_ in ("CD", "PRP", "NN")):
            spans.append(Span(doc, t.i, t.i + 1, label="CARDINAL"))
    return spans


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                    "oct", "nov", "dec"})


def _date_part(t: Token) -> bool:
    """"8 October (week of)": a day of the month or a number of days is not a head count."""
    doc = t.doc
    beside = {doc[i].lower_ for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)}
    return bool(beside & MONTHS) or t.head.lower_ in TIME_UNITS or t.head.lower_ in MONTHS


def _first_subject(noun: Token, counted: dict[int, int]) -> Token:
    """"Three guards, one driver and one cook were killed", parsed as two subjects of one verb:
    the later counted subject is an item of the first one's list."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return noun
    earlier = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i < noun.i and c.i in counted]
    if not earlier or any(t.lower_ in ("or", "either", "nor") for t in noun.doc[earlier[0].i:noun.i]):
        return noun  # "zero, one or two persons were killed": alternatives, not a list
    return earlier[0]


def _list_item(noun: Token) -> bool:
    """"five rangers, one soldier and one instructor": a counted noun set beside another counted
    noun (conjoined, or an appositive with a number of its own) is one more item of a list. An
    appositive of a generic figure restates it ("nine people, two officers and seven ...")."""
    if noun.dep_ == "conj":
        # "zero, one or two people were killed", "either six soldiers or one officer": alternatives
        return not any(c.dep_ in ("cc", "preconj") and c.lower_ in ("or", "either", "nor")
                       for c in (*noun.head.children, *noun.children))
    return noun.dep_ == "appos" and any(c.dep_ == "nummod" for c in noun.children) \
        and any(c.dep_ == "nummod" for c in noun.head.children) \
        and noun.head.lemma_.lower() not in ("people", "person", "individual")


def _counted_noun(doc: Doc, q: QuantityDraft) -> Token | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    return tok.head if tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN") else tok


def _join_conjoined_counts(doc: Doc, drafts: list[QuantityDraft]) -> None:
    """"One soldier and two militants were killed": the second count shares the first one's verb,
    and the event's figure is their sum. "A total of five" / "five in total" sums up the rest."""
    nouns = {i: _counted_noun(doc, q) for i, q in enumerate(drafts)}
    by_noun = {n.i: i for i, n in nouns.items() if n is not None}
    for i, q in enumerate(drafts):
        noun = nouns[i]
        if noun is None:
            continue
        q.subset = noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among")
        # "a total of five fatalities" (total governs the noun), "five killed in total"
        governed = any(a.lower_ == "total" for a in list(noun.ancestors)[:2])
        trailing = doc[noun.i + 1:noun.i + 5].text.lower()
        q.total = q.casualty is not None and (governed or "in total" in trailing)
        first = noun
        while _list_item(first) and first.head.i != first.i:
            first = first.head
        first = _first_subject(first, by_noun)
        if noun.lower_ == "another" and q.casualty:
            # "killed a man in his home and decapitated another": one more of the same
            earlier = [k for k in range(i) if drafts[k].casualty == q.casualty
                       and drafts[k].sentence_start == q.sentence_start and drafts[k].part_of is None]
            if earlier:
                q.part_of = drafts[earlier[-1]].start
            continue
        j = by_noun.get(first.i)
        if j is None or j == i:
            continue
        head = drafts[j]
        q.part_of = head.start
        if q.casualty is None:
            q.casualty, q.what = head.casualty, q.what or head.what


VICTIM_VERBS = {"kill": "dead", "die": "dead", "murder": "dead", "assassinate": "dead", "behead": "dead",
                "execute": "dead",
                "lynch": "dead", "shoot": "injured", "wound": "injured", "injure": "injured", "stab": "injured",
                "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "beat": "injured",
                "burn": "injured", "stone": "injured", "hack": "injured", "club": "injured", "torture": "injured",
                "assault": "injured", "decapitate": "dead", "strangle": "dead", "slaughter": "dead",
                "gun": "dead"}  # "gunned down a priest"
ANIMALS = frozenset({"cattle", "cows", "cow", "oxen", "ox", "goats", "goat", "sheep", "camels", "camel", "animals",
                     "livestock", "dogs", "dog", "chickens", "pigs", "horses", "donkeys", "heads", "birds"})


def _single_victims(doc: Doc, used: set[int]) -> list[QuantityDraft]:
    """"killed a policeman", "a man was shot dead": one named victim is a count of one, and
    "killed a farmer and a trader" a count of two."""
    out: list[QuantityDraft] = []
    counted: dict[int, QuantityDraft] = {}  # victim token -> its draft
    for t in with_words(doc, _VICTIM_LEMMAS):
        kind = VICTIM_VERBS.get(t.lemma_.lower()) or ("dead" if _declared_dead(t) else None)
        if kind is None or t.pos_ != "VERB" or _alleged_past(t):
            continue
        heads = _victim_heads(t)
        if t.lemma_ == "die" and _died_of_wounds(heads, out, counted):
            continue
        lethal = kind == "dead" or _to_death(t) or any(
            c.lemma_ == "kill" and not (_has_object(c) and _has_object(t)) for c in t.conjuncts)
        if lethal:
            kind = "dead"
        elif t.lemma_ == "shoot":
            kind = "injured"
        own = (_reflexive_victims(t, heads) or _pronoun_victims(t, heads)) if lethal else None
        if own is not None:
            value, subject = own
            out.append(QuantityDraft(subject.left_edge.idx, subject.idx + len(subject.text), value, subject.lower_,
                                     t.text, None, False, "dead", sent_of(t).start_char))
            continue
        # any noun killed is a victim; one that merely "died" must name a person ("the deal died")
        victims = sorted({v.i: v for h in heads for v in (h, *h.conjuncts)
                          if _one_victim(v, used, lethal=lethal and t.lemma_ != "die")}.values(), key=lambda v: v.i)
        if not victims:
            continue
        used.update(v.i for v in victims)
        first, last = victims[0], victims[-1]
        unit = first.lower_ if len(victims) == 1 else "people"
        out.append(QuantityDraft(first.left_edge.idx, last.idx + len(last.text), len(victims), unit, t.text, None,
                                 False, kind, sent_of(t).start_char))
        counted.update((v.i, out[-1]) for v in victims)
    out.extend(_deaths_of(doc, used))
    return out


#: The lemmas ``_single_victims`` starts from: harm verbs, and the verbs of "found dead", "left dead" (the
#: tokens it reads are found through the doc's arrays, not by reading every token).
_VICTIM_LEMMAS = frozenset(VICTIM_VERBS) | {w.lower() for w in REPORTED} | {"leave"}

DEATH_NOUNS = frozenset({"death", "killing", "murder", "assassination", "lynching", "beheading", "execution"})


CAUSE_NOUNS = frozenset({"wake", "reaction", "response", "retaliation", "revenge", "reprisal", "aftermath", "protest"})


def _told_as_cause(t: Token) -> bool:
    """"attacked the camp in the wake of the murder of a driver", "after the death of a child": a death
    told as the cause of the reported event is an earlier event, not this report's toll."""
    for a in t.ancestors:
        if a.dep_ == "prep" and a.lower_ in ("after", "following", "over", "since", "amid"):
            return True
        if a.lemma_.lower() in CAUSE_NOUNS:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _deaths_of(doc: Doc, used: set[int]) -> list[QuantityDraft]:
    """"the death of an activist", "the murder of a trader": a death noun with one named victim."""
    out: list[QuantityDraft] = []
    for t in with_words(doc, DEATH_NOUNS):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in DEATH_NOUNS or t.tag_ != "NN":
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        victim = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        if victim is None or victim.tag_ == "PRP":
            continue
        # one "death" is one person however described ("of an activist and party secretary"); "the killing
        # of a man and a woman" is two
        victims = [victim] if t.lemma_ == "death" else [victim, *victim.conjuncts]
        if not all(_one_victim(v, used, lethal=False) for v in victims):
            continue
        if any(a.lemma_ in ("accuse", "charge", "convict", "suspect", "blame", "plot", "attempt") for a in t.ancestors):
            continue
        if _told_as_cause(t):
            continue
        used.update(v.i for v in victims)
        last = victims[-1]
        out.append(QuantityDraft(victim.left_edge.idx, last.idx + len(last.text), len(victims),
                                 victim.lower_ if len(victims) == 1 else "people", t.text, None, False, "dead",
                                 sent_of(t).start_char))
    return out


def _reflexive_victims(verb: Token, heads: list[Token]) -> tuple[float, Token] | None:
    """"two suicide bombers blew themselves up, killing only themselves", "the gunman killed himself":
    the victims are the doers, counted where the subject is."""
    reflexive = next((h for h in heads if h.lower_ in ("themselves", "himself", "herself")), None)
    if reflexive is None:
        return None
    subject = next((s for s in _climbing_subjects(verb)), None)
    if subject is None:
        return None
    if reflexive.lower_ != "themselves":
        return 1.0, subject
    number = next((c for c in subject.children if c.dep_ == "nummod"), None)
    value = parse_number([number]) if number is not None else None
    return (value, subject) if value else None


def _pronoun_victims(verb: Token, heads: list[Token]) -> tuple[float, Token] | None:
    """"Two gunmen opened fire on the patrol. They were killed when the soldiers fired back": a plural
    pronoun victim stands for the counted subject of the sentence before."""
    pronoun = next((h for h in heads if h.lower_ in ("they", "them") and h.dep_ == "nsubjpass"), None)
    if pronoun is None:
        return None
    sent = sent_of(verb)
    if sent.start == 0:
        return None
    before = sent_of(verb.doc[sent.start - 1])
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    number = next((c for c in subject.children if c.dep_ == "nummod"), None) if subject is not None else None
    value = parse_number([number]) if number is not None else None
    return (value, pronoun) if value else None


def _climbing_subjects(verb: Token) -> list[Token]:
    """The subject of the verb, or of the clause a participle or conjoined verb hangs on."""
    cur = verb
    for _ in range(3):
        found = [c for c in cur.children if c.dep_ == "nsubj"]
        if found or cur.dep_ not in ("advcl", "conj", "xcomp") or cur.head.i == cur.i:
            return found
        cur = cur.head
    return []


def _victim_heads(t: Token) -> list[Token]:
    """The nouns a harm verb was done to, wherever the parser hung them."""
    # a direct object wins over a stray "auxpass" (the parser reads "IS militants killed a man" as passive)
    # a verb has one subject: a second "nsubjpass" is a misparse of a modifier ("a man suspected of
    # terrorising the community was burnt to death"), so only the first counts
    heads = [c for c in t.children if c.dep_ == "dobj"] or [c for c in t.children if c.dep_ == "nsubjpass"][:1] or [
        c for a in t.children if a.lower_ == "dead" for c in a.children if c.dep_ == "dobj"]  # "shot dead another"
    if t.lemma_ == "die":
        heads = [c for c in t.children if c.dep_ == "nsubj"]  # "a guard died of his wounds"
        if not heads and t.dep_ == "conj":  # "was attacked at his home and died the next day"
            heads = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not heads and t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        heads = _shared_victims(t)
    if not heads:
        # "killed and mutilated a farmer": the object hangs on the last conjoined verb
        heads = [c for v in t.conjuncts if v.i > t.i for c in v.children if c.dep_ == "dobj"][:1]
    if not heads and reduced_passive(t):
        heads = [c for c in t.children if c.dep_ == "nsubj"]  # "Farmer killed near the market"
    if not heads and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ == "NOUN" and _one_victim(
            t.head, set(), lethal=False):
        heads = [t.head]  # "resulted in a soldier and a militiaman killed": the participle's noun died
    return heads


def _declared_dead(verb: Token) -> bool:
    """"was confirmed dead", "was found dead", "left a guard dead": the victim is dead."""
    return verb.lemma_ in REPORTED | {"leave"} and any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod") for c in verb.children)


def _died_of_wounds(heads: list[Token], out: list[QuantityDraft], counted: dict[int, QuantityDraft]) -> bool:
    """"a student was injured by a bullet and later died", "gunmen wounded a boy. He died the
    next day": a victim already counted as hurt who then died is dead, not a second victim."""
    for h in heads:
        draft = counted.get(h.i)
        if draft is None and h.lower_ in ("he", "she"):
            hurt = [q for q in out if q.casualty == "injured" and q.value == 1]
            draft = hurt[-1] if hurt else None
        if draft is not None and draft.casualty == "injured":
            draft.casualty = "dead"
            return True
    return False


def _shared_victims(verb: Token) -> list[Token]:
    """"shot and killed a man": the object hangs on the first verb; "was kidnapped and killed",
    "was shot and killed by troops": a passive chain's victim is the first verb's subject."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
        objects = [c for c in first.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects:
            return objects
    passive = any(c.dep_ == "auxpass" for v in (verb, *verb.conjuncts) for c in v.children)
    return [c for c in first.children if c.dep_ == "nsubj"] if passive else []


def _has_object(verb: Token) -> bool:
    """"wounded a woman and killed livestock": when both verbs have objects of their own, the
    killing is not the wounded victims' fate."""
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _one_victim(v: Token, used: set[int], *, lethal: bool) -> bool:
    """A singular noun naming one person (not a place, a date, an animal or a counted group)."""
    # "a soldier and a militiamen killed": a plural written with "a" is a slip for one
    slip = v.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in v.children)
    if (v.tag_ not in ("NN", "NNP", "PRP", "DT") and not slip) or v.i in used or any(
            c.dep_ == "nummod" for c in v.children):
        return False
    if v.tag_ == "PRP":
        return v.lower_ in ("him", "her")
    if v.lower_ == "another":
        return True  # "a hunter shot dead another"
    if v.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE") or v.lower_ in ("number", "amount", "total"):
        return False
    if v.lower_ in ANIMALS:
        return False
    person_like = v.lower_ in PEOPLE_SINGULAR or v.ent_type_ == "PERSON" or v.lower_ in lexicon().roles or (
        v.tag_ == "NN" and v.lower_.endswith(AGENT_ENDINGS))
    return person_like or (lethal and v.tag_ == "NN")


PEOPLE_SINGULAR = frozenset({"man", "woman", "child", "boy", "girl", "person", "civilian", "soldier", "policeman",
                             "officer", "farmer", "herder", "trader", "teacher", "student", "journalist", "pastor",
                             "priest", "imam", "chief", "villager", "resident", "driver", "worker", "guard",
                             "gendarme", "militant", "fighter", "suspect", "thief", "member", "leader", "official",
                             "baby", "infant", "son", "daughter", "wife", "husband", "father", "mother", "brother",
                             "sister", "widow", "youth", "convert", "victim", "hostage", "relative", "neighbour",
                             "pastoralist", "herdsman", "fisherman", "hunter", "miner", "passenger", "pilgrim"})


def _range(tokens: list[Token]) -> tuple[float, float] | None:
    """"between 3 and 10", "3 to 10", "3 or 4": the low and high ends (not their sum)."""
    cut = next((i for i, t in enumerate(tokens) if t.lower_ in ("and", "or", "to", "-", "–") and 0 < i < len(tokens) - 1
                and tokens[i - 1].like_num and tokens[i + 1].like_num), None)
    if cut is None:
        return None
    lo, hi = parse_number(tokens[:cut]), parse_number(tokens[cut + 1:])
    if lo is None or hi is None or hi <= lo:
        return None
    return lo, hi


def parse_number(tokens: list[Token]) -> float | None:
    """12,500 -> 12500; "two" -> 2; "1.5 million" -> 1500000; "three hundred" -> 300."""
    total = 0.0
    current = 0.0
    seen = False
    for t in tokens:
        w = t.lower_.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", w):
            current += float(w)
            seen = True
        elif w in SMALL and w not in ("a", "an", "no"):
            current += SMALL[w]
            seen = True
        elif w in SCALE and seen:
            current *= SCALE[w]
            if SCALE[w] >= 1000:
                total += current
                current = 0
        elif w in ("and", "-"):
            continue
        elif seen:
            break
    return total + current if seen else None


def _unit_after(tok: Token) -> Token | None:
    """The counted noun: "12,500 households", "three more towns", "tens of thousands of people"."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 3:
        t = doc[j]
        if t.lower_ in ("more", "other", "additional", "of", "extra", "new"):
            j += 1
            continue
        if t.is_upper and len(t.text) <= 6 and j < len(doc) - 1 and doc[j + 1].pos_ == "NOUN":
            j += 1  # "10 IS militants", "five FDLR rebels": a group's acronym before the counted noun
            continue
        if (t.pos_ == "ADJ" or t.dep_ == "amod") and j < len(doc) - 1 and doc[j + 1].pos_ == "NOUN":
            j += 1
            continue
        if t.pos_ == "NOUN" and t.tag_ in UNIT_NOUN_TAGS:
            return t
        return None
    return None


def _elided_unit(tok: Token) -> Token | None:
    """"One Jordanian soldier was killed and two were wounded", "killing 17 people and wounding 42": a bare
    number in a clause joined to one whose same slot (subject or object) holds a counted noun counts that
    noun."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.dep_ != "conj":
        return None
    slots = ("dobj",) if tok.dep_ == "dobj" else ("nsubj", "nsubjpass")
    noun = next((c for c in verb.head.children if c.dep_ in slots), None)
    if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    return noun


def _plural(noun: Token) -> str:
    """The plural of a counted noun told once in the singular ("soldier" for "two were wounded")."""
    word = noun.lower_
    if noun.tag_ in ("NNS", "NNPS"):
        return word
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def _partitive(tok: Token) -> Token | None:
    """"Three of the defendants": the group a number is taken from is what it counts; "arrested 58 of
    them", the people the pronoun takes up, named before in its sentence ("hundreds of students")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            # ("10 of its 21 crew": a counted noun, whatever its number)
            noun = next((o for o in c.children if o.dep_ == "pobj" and (o.tag_ in ("NNS", "NNPS") or (
                o.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in o.children)))), None)
            if noun is not None:
                return noun
            if any(o.dep_ == "pobj" and o.lower_ == "them" for o in c.children):
                roles = lexicon().roles
                return next((w for w in reversed(tok.sent[:tok.i - tok.sent.start])
                             if w.tag_ == "NNS" and (w.lower_ in roles or w.lemma_ in roles)), None)
    return None


#: Units of measure, which never count people.
MEASURES = frozenset({"mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "meter", "meters",
                      "metre", "metres", "foot", "feet", "yard", "yards", "hectare", "hectares", "acre", "acres",
                      "tonne", "tonnes", "ton", "tons", "kilogram", "kilograms", "kg", "litre", "litres", "liter",
                      "liters", "barrel", "barrels", "hour", "hours", "minute", "minutes", "second", "seconds",
                      "day", "days", "week", "weeks", "month", "months", "year", "years", "percent", "degrees"})
#: Units of length, whose figure is a distance or the length of something.
LENGTHS = frozenset({"mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "meter", "meters",
                     "metre", "metres"})
#: Words that place a distance from somewhere: "60 nautical miles west of Hodeidah", "4 km inside Mali".
DISTANCE_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "north-east", "north-west", "south-east", "south-west", "northward", "southward",
                            "off", "from", "inside", "into", "outside", "beyond", "away", "offshore", "short",
                            "upstream", "downstream", "inland", "across", "within", "behind", "past", "ahead"})
#: The points of the compass, which a hyphen joins ("south-west").
COMPASS = frozenset({"north", "south", "east", "west"})
#: Longest phrase kept in a distance's description.
DISTANCE_PHRASE_TOKENS = 8
#: Modifiers that are part of a unit's name: "nautical miles", "square kilometres".
MEASURE_MODIFIERS = frozenset({"nautical", "square", "cubic", "metric", "statute"})


def _place_phrase(doc: Doc, j: int) -> str | None:
    """The words that place a distance, read from token J on: "west of Hodeidah", "south-west of the port",
    "off Benghazi", "inside Burkina Faso", "from Tripoli"; None when J does not open such a phrase."""
    t = doc[j]
    if t.lower_ in COMPASS and j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j + 2].lower_ in COMPASS:
        words, j = [f"{t.text}-{doc[j + 2].text}"], j + 3  # ("south-west" split in three)
    elif t.lower_ in DISTANCE_WORDS:
        words, j = [t.text], j + 1
    else:
        return None
    if j < len(doc) and doc[j].lower_ in ("of", "from") and words[-1].lower() not in ("of", "from"):
        words.append(doc[j].text)
        j += 1
    while j < len(doc) and len(words) < DISTANCE_PHRASE_TOKENS and (
            doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART") or doc[j].text == "-"):
        words.append(doc[j].text)
        j += 1
    return " ".join(words).replace(" - ", "-")


def _measured_what(unit: Token) -> str | None:
    """What a length measures, in words a reader can use: "60 nautical miles west of Hodeidah" is the
    "distance west of Hodeidah", "some 45 km from Tripoli" the "distance from Tripoli", "the 1,000 km
    border" the "length of border". The verb of the clause ("boarded") says nothing about a distance,
    so this replaces it when the phrase is there to read."""
    doc = unit.doc
    placed = _place_phrase(doc, unit.i + 1) if unit.i + 1 < len(doc) else None
    if placed is not None:
        return f"distance {placed}"
    head = unit.head
    if unit.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i > unit.i \
            and head.lower_ not in LENGTHS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [o.text for o in of.children if o.dep_ == "pobj"] if of is not None else []
        return f"length of {head.text}" + (f" of {objects[0]}" if objects else "")
    return None


def _unit_name(unit: Token) -> str:
    """The unit with the nouns or measure words that make its name: "crew members", "crossing points",
    "nautical miles"."""
    doc = unit.doc
    start = unit.i
    while start > 0 and doc[start - 1].head.i == unit.i and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "NOUN")
            or doc[start - 1].lower_ in MEASURE_MODIFIERS):
        start -= 1
    return doc[start:unit.i + 1].text.lower()


def _unit_head(tok: Token) -> Token | None:
    head = tok.head
    # "six militants", and groups written as proper nouns: "fourteen Islamists", "two Fulani"
    # and members counted by their group's name: "seven Boko Haram", "two al Shabaab"; a counted noun
    # in an argument slot is a noun even when tagged a verb ("leaving one cattle breeder dead")
    mistagged = head.pos_ == "VERB" and head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
    if tok.dep_ == "nummod" and (head.pos_ == "NOUN" or mistagged or (head.pos_ == "PROPN" and (
            head.tag_ == "NNPS" or head.ent_type_ in ("NORP", "ORG") or _counted_group_conjunct(head)))):
        return head
    return None


# what an attack on infrastructure cuts people off from
SUPPLIES = frozenset({"electricity", "power", "water", "heating", "heat", "gas", "supply", "supplies", "service",
                      "services", "internet", "communications", "fuel"})


def _counted_group_conjunct(noun: Token) -> bool:
    """"two Fulani and two Pila Pila": a counted name conjoined with a counted group is a group too."""
    return noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.head.children)


def _what(noun: Token) -> tuple[str | None, str | None]:
    """What happened to the counted thing, read from the verb it depends on, and its casualty class."""
    counted = noun.lemma_.lower()
    # "seven people arrested": the noun's own participle says what happened to it
    own = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "acl")}
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i and not own:
        noun = noun.head  # "an official and six guards died": the first conjunct holds the verb
    head = noun.head
    dep = noun.dep_
    harm_noun = counted in DEAD | INJURED | ARRESTED or counted in ("casualty", "dead", "injured", "wounded")
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ in ("to", "for") and head.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SUPPLIES for c in head.head.children):
        # "cutting electricity to 120,000 households", "restored water for 3,000 residents"
        cutter = head.head
        supply = next(c for c in cutter.children if c.dep_ == "dobj" and c.lemma_.lower() in SUPPLIES)
        left = min((c.i for c in supply.children if c.dep_ in ("compound", "amod")), default=supply.i)
        return f"{cutter.lemma_} {supply.doc[left:supply.i + 1].text}", None
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ not in ("of", "including", "among") and not harm_noun:
        return None, None  # "killed in two operations", "attacked three camps near ...": not who was hurt
    if dep == "pobj" and head.dep_ == "prep":
        # "killing 6 of the villagers" / "the deaths of 12 people"
        noun, head, dep = head.head, head.head.head, head.head.dep_
        if any(c.lower_ in ("alleged", "purported", "suspected") for c in noun.children):
            return None, None  # "the alleged killing of 51 civilians": a claim this report does not count
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is not None and verb.lemma_ in REPORTED:
        # "five men were reported killed", "two are feared dead"
        inner = next((c for c in verb.children if c.dep_ in ("xcomp", "oprd", "ccomp", "acomp")), None)
        if inner is not None:
            head = verb = inner
    casualty = None
    lemmas = {noun.lemma_.lower(), head.lemma_.lower()}
    if verb is not None and verb.lemma_ == "be":
        # "two are dead", "five were injured" read as adjectives: the complement says what they are
        lemmas |= {c.lower_ for c in verb.children if c.dep_ == "acomp" and c.i > noun.i}
    if counted in DEAD | INJURED | ARRESTED:
        lemmas = {counted}  # "a total of five fatalities": the counted noun says what they are
    if verb is not None:
        # "were shot and killed": a conjoined verb with no arguments of its own shares this noun
        lemmas |= {c.lemma_.lower() for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   and not any(a.dep_ in ("nsubj", "nsubjpass", "dobj") for a in c.children)}
    for c in noun.children:
        if c.dep_ in ("amod", "acl"):
            lemmas.add(c.lemma_.lower())
    if own & (DEAD | INJURED | ARRESTED):
        lemmas = own
    if "throat" in lemmas and lemmas & {"slit", "cut", "slash"}:
        lemmas.add("kill")  # "slit the throats of two people"
    if lemmas & DEAD:
        casualty = "dead"
    elif lemmas & INJURED:
        casualty = "injured"
    elif lemmas & ARRESTED:
        casualty = "arrested"
    if verb is None:
        return (noun.lemma_ if casualty else None), casualty
    if verb.lemma_ == "be" or verb.lemma_ in ("remain", "stay", "leave", "go"):
        for c in verb.children:
            if c.dep_ in ("prep", "acomp", "attr", "oprd") and c.i > noun.i:
                return " ".join(t.text for t in c.subtree), casualty
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("without", "with"):
                return " ".join(t.text for t in c.subtree), casualty
        return None, casualty
    if dep == "nsubj" and any(c.dep_ == "dobj" for c in verb.children) and not _feared(verb):
        return verb.text, None  # "two men killed a farmer": the count is of the killers
    if casualty is None and _to_death(verb):
        casualty = "dead"
    if casualty is None and verb.lemma_.lower() in DEAD:
        casualty = "dead"
    elif casualty is None and verb.lemma_.lower() in INJURED:
        casualty = "injured"
    elif casualty is None and (verb.lemma_.lower() in ARRESTED or (verb.lemma_ == "round" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))):  # "rounded up 40 men"
        casualty = "arrested"
    if noun.lower_ in ANIMALS:
        casualty = None
    return verb.text, casualty


def _with_context(what: str | None, anchor: Token) -> str | None:
    """WHAT with the nouns that say what the figure is of, so that a reader (and a join) sees more than a
    verb: "2 million tonnes of wheat" is of wheat, "a country of 2.7 million people" counts the country's
    people, "90 percent of its energy" is of energy, "six presiding officers were suspended" keeps
    "presiding officers". Kept to a few words; nothing is added when the phrase names nothing."""
    words: list[str] = []
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            words += [o.lemma_.lower() for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and not c.like_num:
            words.append(c.lower_)
    up = anchor
    while up.dep_ in ("nummod", "quantmod", "compound") and up.head.i != up.i:
        up = up.head
    if up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.pos_ in ("NOUN", "PROPN"):
        words.append(up.head.head.lemma_.lower())  # "a country of 2.7 million people"
    extra = [w for w in dict.fromkeys(words) if w and w not in (what or "").lower().split()][:3]
    if not extra:
        return what
    return " ".join([what, *extra]) if what else " ".join(extra)


def _feared(verb: Token) -> bool:
    """"lost their lives", "left five dead": verbs whose subject is still the victim despite an object."""
    return verb.lemma_ in ("lose", "leave", "sustain", "suffer")


def _alleged_past(verb: Token) -> bool:
    """"accused of killing a villager", "tried to lynch a thief": the killing is an accusation or an
    attempt, not a death this report counts."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ATTEMPT_VERBS:
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_ in ("suspect", "guilty"):
        return True  # "a man suspected of killing", but "is suspected to have killed" reports a death
    return any(a.lemma_ in ("accuse", "charge", "convict", "blame") for a in verb.ancestors)


def _to_death(verb: Token) -> bool:
    """"shot dead", "beaten to death", "stabbed to death", "summarily shot" (executed)."""
    for c in verb.children:
        if c.lower_ in ("dead", "fatally", "summarily", "execution-style") or (
                c.dep_ == "prep" and any(o.lower_ == "death" for o in c.children)):
            return True
    return False


#: Words before a figure that make it approximate ("about 300", "nearly 2 million dollars").
APPROXIMATE_WORDS = frozenset({"about", "some", "nearly", "almost", "around", "roughly", "approximately"})
#: ...and, for a span of time, its bounds as well ("at least 20 minutes", "more than a day", "over 48 hours").
HEDGES = APPROXIMATE_WORDS | {"least", "than", "over"}

CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₦": "NGN", "₹": "INR",
                  "a$": "AUD", "c$": "CAD", "r": "ZAR", "ksh": "KES"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
                  "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "naira": "NGN", "rupees": "INR",
                  "rupee": "INR", "shillings": "KES", "rand": "ZAR", "francs": "CHF", "cedis": "GHS",
                  "roubles": "RUB", "rubles": "RUB", "hryvnias": "UAH", "usd": "USD", "eur": "EUR", "gbp": "GBP",
                  # (a name several countries use goes to the most populous user: pesos are Mexico's)
                  "peso": "MXN", "pesos": "MXN", "taka": "BDT", "rupiah": "IDR", "baht": "THB", "ringgit": "MYR",
                  "lira": "TRY", "riyals": "SAR", "dirhams": "AED", "birr": "ETB", "kwacha": "ZMW",
                  "afghanis": "AFN", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "hryvnia": "UAH"}
#: The currency a sign or a code stands for, in the words a report would use.
SIGN_NAMES = {"$": "dollars", "us$": "dollars", "£": "pounds", "€": "euros", "¥": "yen", "₦": "naira", "₹": "rupees",
              "a$": "Australian dollars", "c$": "Canadian dollars", "r": "rand", "ksh": "shillings", "usd": "dollars",
              "eur": "euros", "gbp": "pounds"}
#: Currency words whose plural takes an "s" ("dollar" is written "dollars" as a unit; "yen" and "naira" stay).
SINGULAR_CURRENCIES = frozenset({"dollar", "euro", "pound", "rupee", "peso", "zloty", "hryvnia"})


def currency_name(cur: str) -> str:
    """The unit an amount of money is counted in, in words: "$" is "dollars", "euro" is "euros"."""
    cur = cur.lower().rstrip(".")
    return SIGN_NAMES.get(cur) or (cur + "s" if cur in SINGULAR_CURRENCIES else cur)


MONEY_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
               "billion": 1e9, "tn": 1e12, "trillion": 1e12}
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(?P<scale>bn|mn|m|k|b|tn)\b|\s(?P<word>thousand|million|billion|trillion)\b)?"
MONEY_BEFORE_RE = re.compile(r"(?P<cur>US\$|A\$|C\$|\$|£|€|¥|₦|₹|\bKsh\.?|\bR(?=\d))\s?" + _NUM + _SCALE)
def names_money(w: Token) -> bool:
    """A currency word or sign: "dollars", "euros", "$" (what a sum given or pledged is counted in)."""
    return w.lower_ in CURRENCY_WORDS or w.text in ("$", "€", "£")


MONEY_AFTER_RE = re.compile(r"\b" + _NUM + _SCALE + r"\s(?P<cur>" + "|".join(CURRENCY_WORDS) + r")\b", re.I)


#: "Kouamé, 58, leads the party": an age set off by commas after a name or a person noun.
AGE_AFTER_NAME_RE = re.compile(r"(?<=[A-Za-z\u00C0-\u024F')]), (\d{1,3}), ")
#: "a 23-year-old student", "the 41-year-old": an age written as a compound adjective.
AGE_COMPOUND_RE = re.compile(r"\b(\d{1,3})-year-old\b")


def _ages(doc: Doc, used: set[int]) -> list[QuantityDraft]:
    """People's ages, which wire copy gives for nearly everyone it names ("N'Guessan, 58,", "a
    23-year-old nurse"): counted in years, described as whose age they are."""
    out: list[QuantityDraft] = []
    text = doc_text(doc)
    for regex in (AGE_AFTER_NAME_RE, AGE_COMPOUND_RE):
        for m in regex.finditer(text):
            value = int(m.group(1))
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None or not 0 < value < 120 or any(t.i in used for t in span):
                continue
            if regex is AGE_AFTER_NAME_RE:
                before = doc[span.start - 2] if span.start >= 2 else None  # (the word before the comma)
                if before is None or not (before.ent_type_ == "PERSON" or before.lemma_.lower() in PEOPLE_SINGULAR
                                          or before.lemma_.lower() in lexicon().roles):
                    continue
                whose = before.text
            else:
                whose = next((t.text for t in doc[span.end:span.end + 6] if t.pos_ in ("NOUN", "PROPN")
                              and t.lower_ not in ("year", "old")), "")
            used.update(t.i for t in doc.char_span(m.start(), m.end(), alignment_mode="expand") or span)
            out.append(QuantityDraft(m.start(1), m.end(1), float(value), "years", f"age of {whose}".strip(),
                                     sentence_start=sent_of(span).start_char))
    return out


def _year_modifier(ent: Span, unit_tok: Token | None) -> bool:
    """A bare four-digit year before a noun that is not people ("2003 results", "the 2010 elections")."""
    if len(ent) != 1 or not re.fullmatch(r"(19|20)\d\d", ent.text) or unit_tok is None:
        return False
    roles = lexicon().roles
    people = PEOPLE_SINGULAR | {"people", "person", "family", "household", "refugee", "troop"}
    return not any(w in roles or w in people for w in (unit_tok.lemma_.lower(), unit_tok.lower_))


def _money(doc: Doc, used: set[int]) -> list[QuantityDraft]:
    """"$1.13bn (£600m)", "5 million euros": amounts of money with their full value, which the statistical
    NER splits apart ("$", "639", "m"), the currency named in words as the unit ("dollars", the way a
    reader and the team's references write it) and its ISO 4217 code beside it ("USD")."""
    out: list[QuantityDraft] = []
    for regex in (MONEY_BEFORE_RE, MONEY_AFTER_RE):
        for m in regex.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(t.i in used for t in span):
                continue
            cur = m.group("cur").lower().rstrip(".")
            code = CURRENCY_SIGNS.get(cur) or CURRENCY_WORDS.get(cur)
            if code is None:
                continue
            scale = (m.group("scale") or m.group("word") or "").lower()
            value = float(m.group("num").replace(",", "")) * MONEY_SCALE.get(scale, 1.0)
            used.update(t.i for t in span)
            approx = any(t.lower_ in APPROXIMATE_WORDS
                         for t in doc[max(0, span.start - 2):span.start])
            what = _money_what(span) or _with_context(_what(span.root)[0], span.root)
            out.append(QuantityDraft(m.start(), m.end(), value, currency_name(cur), _per_period(span, what), None,
                                     approx, None, sent_of(span).start_char, currency=code))
    return out


#: Nouns of worth that a sum is "of": "a street value of", "losses of", "a fine of".
WORTH_NOUNS = frozenset({"value", "loss", "losses", "cost", "costs", "damage", "damages", "fine", "fines", "bill",
                         "bills", "debt", "debts", "budget", "investment", "investments", "ransom", "bribe", "bribes",
                         "payment", "payments", "fee", "fees", "revenue", "revenues", "trade", "exports", "imports",
                         "aid", "assistance", "loan", "loans", "grant", "package", "deal", "contract", "contracts",
                         "subsidy", "subsidies", "compensation", "reward", "bail", "salary", "salaries", "wage",
                         "wages", "price", "turnover", "earnings", "profit", "profits", "spending", "deficit"})
#: How often a sum recurs, as written after it: "$14 million a day", "5 billion euros per year".
PERIODS = frozenset({"day", "week", "month", "year"})


def _noun_phrase(noun: Token) -> str:
    """A noun with the compounds and adjectives before it: "street value", "arms deal", "annual trade"."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].head.i == noun.i and noun.doc[start - 1].dep_ in ("compound", "amod") \
            and not noun.doc[start - 1].like_num and noun.doc[start - 1].ent_type_ != "MONEY":
        start -= 1
    return noun.doc[start:noun.i + 1].text


def _money_what(span: Span) -> str | None:
    """What a sum of money is, in the report's own nouns: "a $410 million arms deal" is an "arms deal", "a
    street value of 1.2 billion euros" the "street value of cocaine", "goods worth $120 million" the "value
    of goods". A verb ("seized", "costing") is kept only when no such noun is there."""
    root = span.root
    head = root.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "worth":
        owner = before.head if before.head.pos_ in ("NOUN", "PROPN") and before.head.i < before.i else None
        return f"value of {_noun_phrase(owner)}" if owner is not None else "value"
    named = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= span.end), None)
    if named is not None:
        return _noun_phrase(named)  # ("about 700 million dollars, the next tranche of a loan")
    if root.dep_ in ("nummod", "compound", "amod", "quantmod") and head.pos_ == "NOUN" and head.i >= span.end:
        return _noun_phrase(head)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and head.head.lower_ in WORTH_NOUNS:
        noun = head.head
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
        if owner is not None and owner.pos_ == "VERB":  # ("seized heroin with a street value of ...")
            owner = next((c for c in owner.children if c.dep_ == "dobj" and c.i < noun.i), None)
        return _noun_phrase(noun) + (f" of {owner.text}" if owner is not None and owner.pos_ == "NOUN" else "")
    return None


def _per_period(span: Span, what: str | None) -> str | None:
    """WHAT with how often the sum recurs when the text says so right after it ("$14 million a day")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("a", "per", "each", "every") \
            and doc[span.end + 1].lower_ in PERIODS:
        return f"{what} per {doc[span.end + 1].lower_}" if what else f"per {doc[span.end + 1].lower_}"
    return what


def _duration(last: Token, ent: object) -> QuantityDraft | None:
    """"its third month", "three weeks": a duration expressed as a DATE entity."""
    doc = last.doc
    assert isinstance(ent, Span)
    words = [t.lower_ for t in ent]
    units = {"year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
             "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes",
             "minutes": "minutes"}
    if not words or words[-1] not in units:
        return None
    value = None
    vmax = None
    spread = _range([t for t in list(ent)[:-1] if t.lower_ not in ("between", "from", "about", "some", "up")])
    if spread is not None:  # "prison terms of between four and 14 years"
        value, vmax = spread
    for w in words[:-1]:
        if w in ORDINALS:
            value = float(ORDINALS[w])
        elif re.fullmatch(r"\d+(st|nd|rd|th)", w):
            value = float(w[:-2])
    if value is None and spread is None:
        nums = parse_number(list(ent)[:-1])
        if nums is None:
            return None
        value = nums
    what = "duration"
    head = ent.root.head
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None) if head.pos_ == "VERB" else None
    if subj is not None:
        what = f"{subj.lemma_} duration"
    del doc
    if value is None:
        return None
    return QuantityDraft(ent.start_char, ent.end_char, value, units[words[-1]], what, vmax, False, None,
                         sent_of(ent).start_char)
