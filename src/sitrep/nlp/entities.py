"""The entities stage: corrects spaCy's statistical NER with what sitrep knows.

- Institutions known by a fixed name ("the White House", "NATO", ministries of a
  country) become ORG entities, recorded with their country and sector in
  ``doc._.sitrep_state["institutions"]`` for the actors stage.
- Entities never cross a line break: the small model merges a byline and a
  publisher on consecutive lines into one PERSON.
- "<Country>'s <X> Ministry" and "Ministry of <X>" are ORG.

Toponym corrections live in the places stage, which owns the gazetteer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitrep.nlp import extensions
from sitrep.nlp.knowledge import PORTFOLIO_WORDS, country_code, demonym_country, joined_country_names
from sitrep.nlp.lexicon import Institution, lexicon
from sitrep.nlp.syntax import MONTH_WORDS, with_lower, with_words


@Language.factory("sitrep_entities", requires=["doc.ents"], assigns=["doc.ents", "doc._.sitrep_state"])
def make_entities_stage(nlp: Language, name: str) -> EntitiesStage:
    return EntitiesStage(nlp)


def _name_word(t: Token) -> bool:
    return t.is_title and t.pos_ == "PROPN" and not t.is_sent_start


def _name_end(doc: Doc, first: int, role_words: frozenset[str]) -> int:
    """Where a personal name starting at FIRST ends: up to three capitalised words, a hyphen joining two
    of them ("Marta Obi-Lindahl") counting as part of one."""
    j, words = first, 0
    while j < len(doc) and words < 3:
        tok = doc[j]
        if tok.text == "-" and j > first and not tok.whitespace_ and not doc[j - 1].whitespace_ \
                and j + 1 < len(doc) and _name_word(doc[j + 1]):
            j += 2  # the hyphen and the second half of a double-barrelled name
            continue
        if not _name_word(tok) or tok.lower_ in role_words:
            break
        j += 1
        words += 1
    return j


#: Roles a company or a body holds as often as a person: "the terminal operator, X International Terminal".
BODY_ROLES = frozenset({"operator", "owner", "manager", "contractor", "developer", "carrier", "insurer", "supplier",
                        "partner", "lender", "charterer", "sponsor", "organiser", "organizer", "buyer", "seller",
                        "shipper", "builder", "distributor", "publisher", "broadcaster", "provider"})
#: What stands before a role noun put beside a name: "the", "its", "the union's".
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s"})


def _determined(doc: Doc, i: int) -> bool:
    """Whether the role noun at I opens its phrase with a determiner, past the lower-case words that
    qualify it: "its chairman", "the parliamentary leader", "the union's secretary-general"."""
    k = i - 1
    # (an adjective or the first half of a hyphenated title; a noun before the role, "the terminal operator",
    # says whose role it is, and the name beside it is as often a body's as a person's)
    while k >= 0 and i - k <= 4 and (doc[k].text == "-" or (doc[k].is_lower and doc[k].lower_ not in DETERMINERS
                                                             and (doc[k].pos_ == "ADJ" or doc[k + 1].text == "-"))):
        k -= 1
    return i == 0 or k < 0 or doc[k].lower_ in DETERMINERS


#: Labels NER gives personal names it does not know ("Mayor Deniz Ozkan Yilmazer": "Ozkan Yilmazer" PRODUCT).
MISREAD_NAME_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT")
#: Words in bodies' names beyond the sector words of the actor lexicon.
INSTITUTION_NAME_WORDS = frozenset({"watch", "international", "association", "council", "committee", "network",
                                    "centre", "center", "institute", "society", "fund", "trust", "alliance"})
#: What news calls people by beside their names when they hold no office.
WALKS_OF_LIFE = frozenset({"student", "farmer", "fisherman", "trader", "resident", "mother", "father", "teacher",
                           "nurse", "doctor", "driver", "shopkeeper", "worker", "engineer", "pensioner", "widow",
                           "survivor", "witness", "villager", "herder", "lawyer", "businessman", "businesswoman",
                           "activist", "journalist", "miner", "vendor", "mechanic", "housewife", "refugee"})
#: Offices held by one person.
OFFICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader", "member",
                     "lawmaker", "mayor", "minister", "governor", "officer", "soldier", "policeman", "chief",
                     "adviser", "advisor", "envoy", "diplomat", "judge", "prosecutor", "senator", "deputy"})
#: The most words a personal name runs to ("Marcos Aurelio Tavares Bessa").
NAME_WORDS = 4


def _name_completed(e: Span, role_words: frozenset[str]) -> Span:
    """"said Jean-Claude Ravelomanana Tovo, a fisherman" where NER took only "Jean-Claude": the
    capitalised words that follow a person's name in the same phrase, untagged or misread as a place,
    are the rest of it (long names of two family names, or of several given names, are common in news
    from much of the world). Never past a country's or people's name, a role word, or the sentence."""
    if e.label_ != "PERSON":
        return e
    doc = e.doc
    end = e.end
    words = sum(1 for t in e if t.text != "-")
    while end < len(doc) and words < NAME_WORDS:
        t = doc[end]
        if t.text == "-" and not t.whitespace_ and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                and _name_word(doc[end + 1]):
            end += 2  # a double-barrelled part: "Ruiz-Whitman"
            words += 1
            continue
        # (NER misreads a family name it does not know as a place or a one-word body: "Tavares Bessa")
        misread = t.ent_type_ in ("GPE", "ORG") and t.ent_iob_ == "B" and (
            end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I") and not t.is_upper
        if not (_name_word(t) and t.pos_ == "PROPN" and (t.ent_type_ == "" or misread) and not t.is_sent_start) \
                or t.lower_ in role_words or country_code(t.text) or demonym_country(t.text):
            break
        end += 1
        words += 1
    start = e.start
    if start >= 2 and _name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "" \
            and doc[start - 1].lower_ not in role_words and doc[start - 2].lower_ in ("as", "named", "called"):
        start -= 1  # "who gave his name as Asres Demeke Walelign" where NER began at the second word
    return Span(doc, start, end, label="PERSON") if (start, end) != (e.start, e.end) else e


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
BODY_WORDS = frozenset({"ministry", "department", "office", "agency", "service", "directorate", "committee"})


def _lowercase_body(doc: Doc, t: Token) -> list[Span]:
    """"the Turkish defence ministry", "Iraq's foreign ministry": a body written in lower case, which NER
    does not tag, is still one when a portfolio names it; a country's demonym just before is part of
    the name (a possessor stays outside it, as in a capitalised name)."""
    start = t.i
    while start > 0 and doc[start - 1].lower_ in PORTFOLIO_WORDS and t.i - start < 2 \
            and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
        start -= 1
    if start == t.i or doc[start].ent_type_ not in ("", "ORG"):
        return []
    if start > 0 and ((doc[start - 1].is_title and demonym_country(doc[start - 1].text)) or (
            doc[start - 1].is_upper and country_code(doc[start - 1].text))):
        start -= 1  # ("the UAE foreign ministry")
    return [Span(doc, start, t.i + 1, label="ORG")]


def _month_day(e: Span) -> bool:
    """A one-word name that is a month with its day after it: "Nov 20", "Sept. 3"."""
    doc = e.doc
    return len(e) == 1 and e.label_ != "DATE" and e.text.rstrip(".").lower() in MONTH_WORDS \
        and e.end < len(doc) and doc[e.end].like_num


def _without_trailing_particle(e: Span) -> Span:
    """"flew supplies from Chetumal to Belize City" tagged "Chetumal to": no name ends in a lower-case
    preposition or conjunction, which the small model sometimes sweeps in."""
    end = e.end
    while end > e.start + 1 and e.doc[end - 1].is_lower and (
            e.doc[end - 1].pos_ in ("ADP", "CCONJ") or e.doc[end - 1].lower_ == "to"):
        end -= 1
    return e if end == e.end else Span(e.doc, e.start, end, label=e.label_)


class EntitiesStage:
    def __init__(self, nlp: Language) -> None:
        extensions.register()
        self.institutions = {i.text.lower(): i for i in lexicon().institutions}
        # patterns keep the lexicon's casing: the tokenizer splits "u.n." but keeps "U.N." whole,
        # and the matcher compares lower-cased tokens either way
        written = [i.text for i in lexicon().institutions]
        # "this White House", "a Kremlin spokesman", "Pentagon officials": the article is optional
        # (but "the WHO" keeps it: "who" is a pronoun)
        for i in lexicon().institutions:
            bare = i.text[4:] if i.text.lower().startswith("the ") else None
            if bare and bare.lower() != "who" and bare.lower() not in self.institutions:
                self.institutions[bare.lower()] = i
                written.append(bare)
        # ("Chief Justice X": a title word that is no role noun on its own, where "justice" is mostly abstract)
        self.role_words = frozenset(r.split()[-1] for r in lexicon().roles) | {"justice"}
        # words of bodies' names ("Human Rights Watch", "Amnesty International"), which no person bears
        self.org_words = frozenset(w for w in lexicon().org_sector_words if " " not in w) | INSTITUTION_NAME_WORDS
        # nouns that say what one person is (the lexicon's roles include groups: "a campaign group")
        self.person_roles = WALKS_OF_LIFE | OFFICES
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("INSTITUTION", [nlp.make_doc(t) for t in written])
        # ("Trinidad and Tobago", "the Turks and Caicos Islands": one country, which NER splits at "and"
        # into two names, or reads "Turks" as a people)
        self.joined_countries = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.joined_countries.add("GPE", [nlp.make_doc(n) for n in joined_country_names()])

    @staticmethod
    def _bodies(doc: Doc) -> list[Span]:
        """"Energy Ministry", "Ministry of Health", "Interior Department": government bodies by their
        head word, extended over the capitalised words around it (a linear scan; a Matcher with
        open-ended title-case runs was the slowest part of the stage)."""
        out: list[Span] = []
        for t in with_words(doc, BODY_WORDS):  # (only the tokens that can head a body are read)
            if t.lower_ in ("ministry", "department") and t.is_lower:
                out += _lowercase_body(doc, t)
                continue
            if t.lower_ not in BODY_WORDS or not t.is_title:
                continue
            start = t.i
            while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start and start > t.i - 4:
                start -= 1
            end = t.i + 1
            if t.lower_ in ("ministry", "department") and end + 1 < len(doc) and doc[end].lower_ == "of":
                j = end + 1
                if j < len(doc) and doc[j].lower_ == "the":
                    j += 1
                k = j
                while k < len(doc) and doc[k].is_title and k < j + 4:
                    k += 1
                if k > j:
                    end = k
            if end - start >= 2:
                out.append(Span(doc, start, end, label="ORG"))
        return out

    def _untitled(self, e: Span) -> Span:
        """"Canadian Minister of Defence Anita Marsh" tagged whole as a PERSON: the name is what follows the
        title ("Minister", "Minister of Defence", "Secretary of Foreign Affairs"), which the actors stage
        reads as the title."""
        if e.label_ != "PERSON" or len(e) < 3:
            return e
        k = next((i for i, t in enumerate(e) if t.lower_ in self.role_words and t.is_title), None)
        if k is None:
            return e
        start = k + 1
        while start < len(e) - 1 and (e[start].lower_ in self.role_words or e[start].text == "."):
            start += 1  # "Lt Cdr X", "Lt. Gen. Y": a rank of several words
        if start < len(e) and e[start].lower_ == "of":  # "of Defence", "of Foreign Affairs", "of the Interior"
            start += 1
            while start < len(e) and (e[start].lower_ in PORTFOLIO_WORDS or e[start].lower_ in ("the", "and")):
                start += 1
        if start >= len(e):
            return e
        return Span(e.doc, e.start + start, e.end, label="PERSON")

    def _described_as_a_person(self, e: Span) -> bool:
        """"said Elif Nur Demirtas, a 24-year-old university student": a run of capitalised words NER took
        for a body, put beside "a/an ... <role of a person>", is that person's name."""
        doc = e.doc
        if e.label_ != "ORG" or not 2 <= len(e) <= NAME_WORDS or not all(_name_word(t) or t.text == "-" for t in e):
            return False
        if any(t.lower_ in self.org_words for t in e):
            return False  # "Human Rights Watch, a New York-based group": a body
        k = e.end
        if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
            return False
        head = None  # the apposition's head noun: its last noun before a clause or a stop
        for t in doc[k + 2:min(len(doc), k + 10)]:
            if (t.is_punct and t.text != "-") or t.lower_ in ("who", "which", "that", "from", "in", "at", "with"):
                break
            if t.pos_ == "NOUN":
                head = t
        return head is not None and head.lemma_.lower() in self.person_roles

    def _office_modifier(self, e: Span) -> bool:
        """"Khyber Deputy Commissioner X", "Kano Police Commissioner Y": one capitalised word tagged PERSON
        right before a title and a name is the district or body the office is of, not a person."""
        doc = e.doc
        if e.label_ != "PERSON" or len(e) != 1 or e.end + 1 >= len(doc):
            return False
        k = e.end
        while k < len(doc) and k - e.end < 3 and doc[k].is_title and doc[k].lower_ in self.role_words | {
                "deputy", "assistant", "police", "district", "regional", "provincial", "state"}:
            k += 1
        return k > e.end and doc[k - 1].lower_ in self.role_words and k < len(doc) and doc[k].is_title

    def _titled_people(self, doc: Doc) -> list[Span]:
        """"security chief Jan Novak", "negotiator Ana Ruiz": a role word before capitalised words
        names a person even when the statistical NER misses the name."""
        out: list[Span] = []
        for t in with_lower(doc, self.role_words):  # (only the role words, from the doc's index)
            if not (t.is_lower or t.is_title) or t.i == len(doc) - 1:
                continue
            first = t.i + 1
            if t.is_title and first < len(doc) and doc[first].lower_ == "of":
                # "Minister of Foreign Affairs Ana Ruiz": the portfolio belongs to the title
                first += 1
                while first < len(doc) and ((doc[first].lower_ in PORTFOLIO_WORDS and doc[first].is_title) or (
                        doc[first].lower_ in ("and", "&") and first + 1 < len(doc)
                        and doc[first + 1].lower_ in PORTFOLIO_WORDS and doc[first + 1].is_title)):
                    first += 1  # ("Minister of Water Resources and Irrigation X": the portfolio runs on)
                if first == t.i + 2:
                    continue
            comma = first
            if t.is_title and comma + 1 < len(doc) and doc[comma].lower_ in ("for", "of") and doc[comma + 1].is_title:
                comma += 2  # "the Commissioner for Information, X,": the portfolio, then the name
                while comma < len(doc) and doc[comma].is_title and comma - first < 5:
                    comma += 1
            elif t.is_lower and comma + 2 < len(doc) and doc[comma].lower_ in ("to", "for", "of", "at", "in"):
                # "Norway's envoy to the talks, X,": a short phrase of what the role is for, then the name
                end = comma + 1
                while end < len(doc) and end - comma < 5 and doc[end].text != "," and not doc[end].is_punct:
                    end += 1
                if end < len(doc) and doc[end].text == ",":
                    comma = end
            apposed = comma < len(doc) and doc[comma].text == "," and (t.is_lower or comma > first) and (
                t.i == 0 or doc[t.i - 1].lower_ in DETERMINERS
                or (_determined(doc, t.i) and t.lower_ not in BODY_ROLES))
            if apposed:
                first = comma + 1  # "Its chairman, Musa Garba Yabo, said": the name put beside the role
            j = _name_end(doc, first, self.role_words)
            if j - first < 2:
                continue
            if apposed:  # the name closes the apposition (NER may have read it as a body's or a place's)
                named = j < len(doc) and (doc[j].text in (",", ".") or doc[j].lemma_ in ("say", "tell")) and all(
                    doc[k].ent_type_ in ("", "PERSON", "ORG", "GPE") for k in range(first, j))
            else:  # (a name after a title that NER tagged as a place, "spokeswoman Marta Obi-Lindahl", is still one,
                # and so is one NER swept into a body with its rank: "Rear Admiral Mikko" tagged ORG)
                swept = "ORG" if t.ent_type_ == "ORG" else ""
                named = all(doc[k].ent_type_ in ("", "PERSON", "GPE", "LOC", swept, *MISREAD_NAME_LABELS)
                            or doc[k].text == "-" for k in range(first, j))
            if named:
                out.append(Span(doc, first, j, label="PERSON"))
        return out

    def _without_titled(self, e: Span, titled: list[Span]) -> list[Span]:
        """"UNHCR spokeswoman Marta Obi-Lindahl" tagged whole as one organisation: the body before the title
        keeps its label, the title and the name (found by ``_titled_people``) leave the span."""
        # (or the title and the first name only: "Rear Admiral Mikko" tagged as a body, the name running on)
        person = next((p for p in titled if e.start < p.start < e.end and e.label_ != "PERSON"), None)
        if person is None:
            return [e]
        end = person.start
        while end > e.start and e.doc[end - 1].lower_ in self.role_words:
            end -= 1
        return [Span(e.doc, e.start, end, label=e.label_)] if end > e.start else []

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        known: dict[tuple[int, int], Institution] = {}
        for _, start, end in self.phrases(doc):
            span = Span(doc, start, end, label="ORG")
            if not any(c.isupper() for t in span if t.lower_ != "the" for c in t.text):
                continue  # "the who" in running text is not the WHO
            found.append(span)
            known[(start, end)] = self.institutions[span.text.lower()]
            if span[0].lower_ == "the":
                known[(start + 1, end)] = self.institutions[span.text.lower()]
        for span in self._bodies(doc):
            if span[0].lower_ in ("the", "a"):
                continue
            found.append(span)
        found += [Span(doc, start, end, label="GPE") for _, start, end in self.joined_countries(doc)]
        titled = self._titled_people(doc)
        found += titled
        # "this White House": a demonstrative is no part of a name
        ents = [Span(doc, e.start + 1, e.end, label=e.label_) if len(e) > 1 and e[0].lower_ in DEMONSTRATIVES else e
                for e in doc.ents if "\n" not in e.text]
        for e in doc.ents:
            if "\n" in e.text:
                first = e.text.split("\n", 1)[0]
                part = doc.char_span(e.start_char, e.start_char + len(first), label=e.label_,
                                     alignment_mode="contract")
                if part is not None and len(part):
                    ents.append(part)
        ents = [e for e in (_without_trailing_particle(e) for e in ents) if len(e)]
        # ("Nov 20" in a dateline, tagged a place: a month and its day are a date)
        ents = [Span(doc, e.start, min(e.end + 1, len(doc)), label="DATE") if _month_day(e) else e for e in ents]
        ents = [self._untitled(e) for e in ents if not self._office_modifier(e)]
        ents = [_name_completed(e, self.role_words) for e in ents]
        ents = [Span(doc, e.start, e.end, label="PERSON") if self._described_as_a_person(e) else e for e in ents]
        ents = [part for e in ents for part in self._without_titled(e, titled)]
        # longest match wins; ours win ties since they are listed first
        doc.ents = filter_spans(found + ents)
        state = doc._.sitrep_state or {}
        state["institutions"] = known
        doc._.sitrep_state = state
        return doc
