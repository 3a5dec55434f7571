"""Small readings of spaCy's parse that several stages share.

The small English model misparses newsroom shorthand in the same ways
everywhere; reading it once here keeps events and counts in agreement
about who was hurt.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import DEP, IS_UPPER, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sent_of

#: harm verbs that are never intransitive: without an object, their subject is the victim
OBJECT_HARM_VERBS = frozenset({"kill", "injure", "wound", "abduct", "kidnap", "behead", "lynch", "maim", "shoot",
                               "murder", "assassinate", "arrest", "detain"})


#: NER's labels for names of things, under which it also files names of places, people and bodies it
#: does not know ("a drone base in Agadez" tagged PRODUCT, "Ukraine's Coordination Headquarters ... said").
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def reduced_passive(t: Token) -> bool:
    """A harm verb that always takes an object, written without one: a headline's passive.

    "Three soldiers killed and one injured", "farmer killed near the market": the parser
    reads the victims as subjects. Headline victims come counted ("two soldiers") or as a
    bare noun with no article ("farmer killed"); counted or bare attackers rarely do. A
    conjoined verb that has the object ("gunmen killed and wounded five"), an auxiliary
    ("have killed") or an aim ("shot at the car") keeps the active reading.
    """
    if t.lemma_ not in OBJECT_HARM_VERBS or t.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "aux") or (c.dep_ == "prep" and c.lower_ in ("at", "on"))
           for v in (t, *t.conjuncts) for c in v.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    counted = subj.tag_ == "CD" or any(c.dep_ == "nummod" for c in subj.children)
    bare = subj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in subj.children)
    return counted or bare


def noun_pair_read_as_clause(c: Token) -> bool:
    """"imposed asset freezes and travel bans": the small parser can read a noun pair after a verb as a
    clause (a subject "asset" and a verb "freezes"); such a clause is the verb's object all the same."""
    return c.dep_ == "ccomp" and c.tag_ == "VBZ" and c.i > c.head.i and any(
        s.dep_ == "nsubj" and s.i == c.i - 1 and s.tag_ == "NN" and s.i == c.head.i + 1 for s in c.children)


def headline_verb(t: Token) -> bool:
    """"Military forces dislodge X from Y", "SAF bomb Z": a headline's present-tense verb the tagger
    read as a singular noun. Only a bare form of a verb-only trigger, in a sentence the parser found
    no verb to root, between a subject noun on its left and an object (a determiner, a name or a
    number) on its right; a plural subject ("bombers detonate at a mosque") also takes a preposition,
    since a plural noun rarely modifies a singular one."""
    if t.tag_ != "NN" or t.lower_ != t.lemma_.lower() or t.i == 0 or t.i + 1 >= len(t.doc):
        return False
    if t.lower_ not in _verb_only_triggers() or sent_of(t).root.pos_ in ("VERB", "AUX"):
        return False
    left, right = t.doc[t.i - 1], t.doc[t.i + 1]
    if left.tag_ in ("NNS", "NNPS"):
        return right.pos_ in ("DET", "PROPN", "NUM", "ADP")
    return left.tag_ == "NNP" and right.pos_ in ("DET", "PROPN", "NUM")


def relative_clause_verb(t: Token) -> bool:
    """"A claim Malawi rejects", "a figure the government disputes": a relative clause's present-tense
    verb the tagger read as a plural noun (its subject hung on it as a compound). Only a verb-only
    trigger whose lemma drops the final "s", heading a relative clause with a subject-like word left of it."""
    if t.dep_ != "relcl" or t.tag_ != "NNS" or not t.lower_.endswith("s") or t.lemma_.lower() != t.lower_[:-1]:
        return False
    return t.lemma_.lower() in _verb_only_triggers() and any(
        c.dep_ in ("compound", "nsubj") and c.i < t.i and c.pos_ in ("PROPN", "NOUN", "PRON") for c in t.children)


@cache
def _verb_only_triggers() -> frozenset[str]:
    return frozenset(t.lemma for t in lexicon().triggers if t.pos == "verb" and " " not in t.lemma
                     and "-" not in t.lemma)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc and kept on it: spaCy's ``Doc.text`` joins every token's
    text again at each read, and the stages read it a dozen times an article."""
    text: str | None = doc.user_data.get("sitrep_text")
    if text is None:
        text = doc.text
        doc.user_data["sitrep_text"] = text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Sets the text ``doc_text`` gives for DOC, when the caller has it already: the doc was made from
    it, so joining the tokens again would only rebuild the same string."""
    doc.user_data["sitrep_text"] = text


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_dash(doc: Doc, j: int) -> bool:
    """A dash that ends a dateline, not the hyphen inside "PORT-AU-PRINCE" or "GUINEA-BISSAU"."""
    return doc[j].text in DATELINE_DASHES and (bool(doc[j].whitespace_) or j == 0 or bool(doc[j - 1].whitespace_))


#: All-capital words that open a paragraph with a colon without naming a place.
NOT_DATELINES = frozenset({"update", "updated", "breaking", "exclusive", "watch", "note", "editor", "editors",
                           "correction", "live", "video", "photos", "read", "analysis", "opinion", "q", "a"})


def _colon_dateline(words: Span, *, alone: bool = False) -> bool:
    """"PESHAWAR" or "NEW DELHI, Nov 3" before a colon: a place in capitals, then at most a date; on a line
    of its own, the place may be in title case ("Tripoli, 14 April 2026:")."""
    names = [t for t in words if t.is_alpha and not t.like_num and t.text[:3] not in ("Jan", "Feb", "Mar", "Apr",
             "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")]
    first = words[0]
    if alone and first.is_title and len(names) <= 3 and any(t.like_num for t in words) and len(words) <= 8:
        return first.lower_ not in NOT_DATELINES and all(t.is_title for t in names)
    return bool(names) and first.is_upper and len(first.text) > 2 and first.lower_ not in NOT_DATELINES \
        and all(t.is_upper for t in names[:3]) and len(words) <= 8


#: Small words an agency's name in a dateline's brackets may hold.
AGENCY_SMALL_WORDS = frozenset({"of", "de", "la", "del", "des", "du", "the", "and", "for", "el", "do", "da"})


#: Month names and their wire abbreviations ("Nov 20", "Sept. 3").
MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                         "january", "february", "march", "april", "june", "july", "august", "september",
                         "october", "november", "december"})


#: The small words inside place names ("Trinidad and Tobago", "Isle of Man", "Ciudad del Este").
PLACE_SMALL_WORDS = frozenset({"and", "of", "the", "de", "del", "da", "do", "la", "el", "al", "du", "es"})


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of a dateline opening a paragraph: "PORT SUDAN, Sudan —", "KYIV (Reuters) -".

    A dateline says where the report was filed; its place names are neither actors nor the
    subject of the sentence it runs into. Read once per document and kept on it.
    """
    cached: frozenset[int] | None = doc.user_data.get("sitrep_dateline")
    if cached is not None:
        return cached
    found: set[int] = set()
    # (a token's trailing whitespace is one space at most: a line break is in a token's own text)
    for start in (0, *(t.i + 1 for t in with_text(doc, _has_line_break) if t.i + 1 < len(doc))):
        j, bracket = start, False
        # (an agency's name in brackets may hold small words: "(Gulf of Guinea Wire)", "(Río de la Plata Press)")
        while j < len(doc) and j - start < 16 and not _dateline_dash(doc, j) and "\n" not in doc[j].text and (
                doc[j].is_upper or doc[j].is_title or doc[j].is_punct or doc[j].like_num
                or (bracket and doc[j].lower_ in AGENCY_SMALL_WORDS)
                # ("PORT OF SPAIN, Trinidad and Tobago, Nov 20 (AFP) -": the small words of a place's name)
                or (doc[j].lower_ in PLACE_SMALL_WORDS and j + 1 < len(doc) and doc[j + 1].is_title)) \
                and doc[j].text != ":":
            bracket = (bracket or doc[j].text == "(") and doc[j].text != ")"
            j += 1
        caps = any(doc[k].is_upper and len(doc[k].text) > 1 for k in range(start, j))
        # "Dhaka (AFP) -": a dateline in title case, told by the agency in brackets before the dash
        agency = j - start >= 4 and doc[j - 1].text == ")" and doc[j - 3].text == "(" and doc[j - 2].is_upper \
            and doc[start].is_title
        if j > start and j < len(doc) and doc[j].text in DATELINE_DASHES and ((caps and doc[start].is_upper) or agency):
            found.update(range(start, j + 1))
        elif j > start and j + 1 < len(doc) and doc[j].text == ":" and (doc[j].whitespace_ or doc[j + 1].is_space) \
                and _colon_dateline(doc[start:j], alone="\n" in doc[j].whitespace_ + doc[j + 1].text):
            found.update(range(start, j + 1))  # "PESHAWAR: ...", "ISLAMABAD, Nov 3: ..." (South Asian papers)
    out = frozenset(found)
    doc.user_data["sitrep_dateline"] = out
    return out


#: Verbs of a wire story's closing attribution: "..., police said on Friday."
ATTRIBUTION_CUES = frozenset({"said", "says", "told", "reported", "added", "stated", "confirmed", "announced",
                              "claimed", "alleged", "warned", "wrote", "tweeted", "posted"})
#: Tags of the words of the speaker's noun phrase ("a resistance group and local residents", "officials
#: from both countries", "the country's health ministry").
_SPEAKER_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CC", "POS", "PRP$", "CD", "HYPH",
                           "VBN", "IN"})
#: What may follow the cue before the sentence ends: "on Wednesday", "in a statement", "late on Tuesday".
_TAIL_TAGS = frozenset({"IN", "DT", "NNP", "NNPS", "NN", "NNS", "CD", "RB", "JJ", "PRP$", "POS"})
_SPEAKER_PREPS = frozenset({"of", "from", "in", "at", "for", "with"})
#: Words that open a clause setting the scene after an attribution ("..., residents said, as ...").
SCENE_OPENERS = frozenset({"as", "while", "when", "after", "before", "amid", "but", "and", "although", "though"})


def closing_attributions(doc: Doc) -> list[int]:
    """Where each closing attribution's speaker starts: "Jets struck two villages, killing 32 people, a
    rights group and residents said on Wednesday." The small parser reads "32 people" as the subject of
    "said"; ended before the speaker, the clause parses as the sentence it is. Read on the tagger's
    output, before the parser runs; direct quotations ('"...," she said') are left to their own reading."""
    starts: list[int] = []
    for cue in with_words(doc, ATTRIBUTION_CUES):
        if cue.lower_ not in ATTRIBUTION_CUES or cue.tag_ not in ("VBD", "VBZ") or cue.i < 6:
            continue
        j = cue.i - 1
        nouns = 0
        while j > 0 and cue.i - j <= 10 and doc[j].text != ",":
            tok = doc[j]
            if tok.tag_ not in _SPEAKER_TAGS or (tok.tag_ == "IN" and tok.lower_ not in _SPEAKER_PREPS):
                break
            nouns += tok.tag_.startswith("NN")
            j -= 1
        if doc[j].text != "," or j == cue.i - 1 or not nouns or not doc[cue.i - 1].tag_.startswith("NN"):
            continue
        if not _clause_before(doc, j) or not _ends_after(doc, cue.i):
            continue
        starts.append(j + 1)
    return starts


def _clause_before(doc: Doc, comma: int) -> bool:
    """Four or more words with a verb between the sentence's start and the comma, no quotation mark."""
    k = comma - 1
    words = 0
    verb = False
    while k >= 0 and not (doc[k].text in (".", "!", "?") or "\n" in doc[k].text):
        if doc[k].is_quote:
            return False
        words += not doc[k].is_punct
        verb = verb or doc[k].tag_.startswith("VB")
        k -= 1
    return words >= 4 and verb


def _ends_after(doc: Doc, cue: int) -> bool:
    """Only adverbials of time or source follow the cue before the sentence ends or a new clause opens."""
    for k in range(cue + 1, min(len(doc), cue + 8)):
        tok = doc[k]
        if tok.text in (".", "!", "?", ";") or "\n" in tok.text:
            return True
        if tok.text == ",":
            # "..., residents said, as an envoy arrived": a scene or a gloss follows; "Though X, Lee said, Y"
            # goes on with what is said and is no closing attribution
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return nxt is not None and (nxt.lower_ in SCENE_OPENERS or nxt.tag_ == "VBG")
        if tok.tag_ not in _TAIL_TAGS:
            return False
    return cue + 1 >= len(doc)


def told_clause(cue: Token) -> Token | None:
    """For a closing attribution that stands apart (``closing_attributions``), the root of the clause it
    closes: "Jets struck the town, | residents said." gives "struck"."""
    doc = cue.doc
    sent = sent_of(cue)
    if cue.dep_ != "ROOT" or sent.start < 2 or doc[sent.start - 1].text != ",":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == sent.start for c in cue.children):
        return None
    return sent_of(doc[sent.start - 1]).root


def with_lemmas(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The tokens whose lemma is one of LEMMAS, found through an index of the doc's lemmas rather than
    by reading every token's attributes in Python: passes that look for a handful of verbs ("detect",
    "speak") would otherwise cost a few milliseconds an article."""
    index = _index(doc, LEMMA).exact
    return _tokens(doc, index, index.keys() & lemmas)


def with_words(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form or lower-cased lemma is one of WORDS, in order: what a pass
    over every token testing ``t.lower_`` or ``t.lemma_.lower()`` against a word list would keep."""
    forms = _index(doc, LOWER).lowered
    lemmas = _index(doc, LEMMA).lowered
    if len(forms) + len(lemmas) == 0:
        return []
    found = {i for index in (forms, lemmas) for key in index.keys() & words for i in index[key]}
    return [doc[i] for i in sorted(found)]


def with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form (``Token.lower_``) is one of WORDS, in order: what a pass over every
    token testing ``t.lower_ in WORDS`` keeps, read from the doc's index of forms (a pass over an
    article's tokens in Python costs a few tenths of a millisecond, and many passes look for a few words)."""
    index = _index(doc, LOWER).exact
    return _tokens(doc, index, index.keys() & words)


def count_lower(doc: Doc, words: Collection[str]) -> int:
    """How many tokens' lower-case form is one of WORDS, from the doc's index of forms."""
    index = _index(doc, LOWER).exact
    return sum(len(index[key]) for key in index.keys() & words)


def forms_and_lemmas(doc: Doc) -> tuple[set[str], set[str]]:
    """The doc's distinct lower-case forms and lower-cased lemmas (``{t.lower_ for t in doc}`` and
    ``{t.lemma_.lower() for t in doc}``), from its indexes rather than a pass over every token."""
    return set(_index(doc, LOWER).exact), set(_index(doc, LEMMA).lowered)


@dataclass(slots=True)
class _WordIndex:
    """Where each value of one token attribute occurs in a doc: by its string, and (made on first use,
    since only forms and lemmas are ever looked up that way) by its string lower-cased; ``values`` is
    the attribute's array as bytes, which tells whether the index is still the doc's (a stage may set
    lemmas or tags after it was made)."""

    values: bytes
    exact: dict[str, list[int]]
    _lowered: dict[str, list[int]] | None = None

    @property
    def lowered(self) -> dict[str, list[int]]:
        if self._lowered is None:
            lowered: dict[str, list[int]] = {}
            for text, where in self.exact.items():
                low = text.lower()
                have = lowered.get(low)
                # (a form's list is shared with ``exact``, never extended: only a second form makes a new one)
                lowered[low] = where if have is None else have + where
            self._lowered = lowered
        return self._lowered


#: Strings of the hashes the indexes have met. A hash names one string in every vocabulary (it is the
#: string's own hash), and a dict read is several times cheaper than the string store's lookup, which
#: an index would otherwise make once per distinct word of every doc. Emptied when it grows past
#: ``_MAX_STRINGS``, so a long ingest of varied text cannot grow it without bound.
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 500_000


def _index(doc: Doc, attr: int) -> _WordIndex:
    """The doc's index of ATTR (a form, lemma, tag, part of speech or dependency label), made once and
    kept on the doc for as long as the doc's array of that attribute is unchanged. Reading the array
    takes microseconds; reading each token's attribute as a string, a pass over the doc in Python.
    The positions are grouped by sorting the array (numpy), not by a Python loop over the tokens:
    an index is made several times an article (once per attribute, again after a stage sets lemmas)."""
    key = f"sitrep_index_{attr}"
    array = doc.to_array(attr) if len(doc) else None
    values = array.tobytes() if array is not None else b""
    index: _WordIndex | None = doc.user_data.get(key)
    if index is not None and index.values == values:
        return index
    exact: dict[str, list[int]] = {}
    if array is not None:
        order = numpy.argsort(array, kind="stable")  # (stable: each value's positions stay in order)
        ordered = array[order]
        cuts = (numpy.flatnonzero(ordered[1:] != ordered[:-1]) + 1).tolist()
        positions: list[int] = order.tolist()
        bounds = [0, *cuts, len(positions)]
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()
        store = doc.vocab.strings
        for h, start, end in zip(ordered[bounds[:-1]].tolist(), bounds, bounds[1:], strict=False):
            text = _STRINGS.get(h)
            if text is None:
                text = _STRINGS[h] = store[h]
            exact[text] = positions[start:end]
    index = _WordIndex(values, exact)
    doc.user_data[key] = index
    return index


def _tokens(doc: Doc, index: dict[str, list[int]], keys: Iterable[str]) -> list[Token]:
    """The tokens at the places INDEX gives for KEYS, in order."""
    found = sorted(i for key in keys for i in index[key])
    return [doc[i] for i in found]


def with_tags(doc: Doc, tags: Collection[str]) -> list[Token]:
    """The tokens whose fine-grained tag is one of TAGS, in order, read from the doc's tag array
    (taken when called: a caller that retags tokens as it goes sees each token's tag before its turn)."""
    return _with_values(doc, TAG, tags)


def with_deps(doc: Doc, labels: Collection[str]) -> list[Token]:
    """The tokens whose dependency label is one of LABELS, in order, read from the doc's array."""
    return _with_values(doc, DEP, labels)


def _with_values(doc: Doc, attr: int, values: Collection[str]) -> list[Token]:
    """The tokens whose ATTR (a tag, part of speech or dependency label) is one of VALUES, in order."""
    index = _index(doc, attr).exact
    return _tokens(doc, index, index.keys() & set(values))


def roots_and_copulas(doc: Doc) -> list[Token]:
    """The tokens that head their sentence or have the lemma "be", in order, read from the doc's arrays:
    the verdicts pass ("this was a reckless act", "X should correct its practices") starts from no other."""
    found = {*_index(doc, DEP).exact.get("ROOT", ()), *_index(doc, LEMMA).exact.get("be", ())}
    return [doc[i] for i in sorted(found)]


def upper_tokens(doc: Doc) -> list[Token]:
    """The tokens written all in capitals ("ABC", "M23" is not: ``str.isupper`` of the text, as
    ``Token.is_upper``), in order, read from the doc's flag array: acronyms are looked for among them."""
    if not len(doc):
        return []
    return [doc[int(i)] for i in numpy.nonzero(doc.to_array(IS_UPPER))[0]]


#: The coarse tags of verbs, auxiliaries included ("has said", "was").
VERBS = frozenset({"VERB", "AUX"})


def with_pos(doc: Doc, tags: Collection[str]) -> list[Token]:
    """The tokens whose coarse part of speech is one of TAGS, in order, read from the doc's array."""
    return _with_values(doc, POS, tags)


def with_text(doc: Doc, test: Callable[[str], bool]) -> list[Token]:
    """The tokens whose text passes TEST, in order."""
    return [doc[i] for i in text_positions(doc, test)]


def text_positions(doc: Doc, test: Callable[[str], bool], *, lowered: bool = False) -> list[int]:
    """The indices of the tokens whose text (lower-cased, with LOWERED) passes TEST, in order; TEST is
    run once per distinct word of the doc rather than once per token."""
    index = _index(doc, LOWER).exact if lowered else _index(doc, ORTH).exact
    return sorted(i for text, where in index.items() if test(text) for i in where)


def _has_line_break(text: str) -> bool:
    return "\n" in text
