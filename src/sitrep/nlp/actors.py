"""The actors stage: one actor per referent, with kind, country, sector and roles.

It reads spaCy's entities (as corrected by ``sitrep_entities`` and
``sitrep_places``) and the dependency parse, and writes an ``ActorBook`` to
``doc._.sitrep_state["actors"]``. Later stages (events, quotes) ask the book
which actor a token stands for, so attribution and coding share one notion of
"who". The book computes everything first and is written to the doc once.

Country comes only from the text: a country or demonym in the name or title
("Brazilian Foreign Minister"), a possessor ("Chile's ambassador"), an apposition,
or a link to another actor whose country is known ("X's envoy Y": Y serves X).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp import extensions
from sitrep.nlp.extensions import Toponym
from sitrep.nlp.knowledge import PORTFOLIO_WORDS, capital_country, country_code, country_name, demonym_country
from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sent_of, sentence_number, sentences
from sitrep.nlp.syntax import (
    THING_LABELS,
    dateline_tokens,
    doc_text,
    headline_verb,
    upper_tokens,
    with_text,
    with_words,
)

# role nouns that name a side's weapons: an actor only when the text says whose
ABBREVIATED_TITLE = re.compile(r"\b(Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Cmdr|Cdr|Gov|Sen|Rep|Dr|Prof|Lieut)\s?\.\s*")
WEAPON_ROLES = frozenset({"drones", "drone", "warplanes", "jets", "missiles", "bombers", "gunships", "tanks",
                          "artillery", "rockets", "mortars"})
#: Craft that act for their crews and flags ("a Chinese coast guard ship fired a water cannon"): no persons.
VEHICLES = frozenset({"ship", "vessel", "boat", "frigate", "destroyer", "submarine", "helicopter", "cutter", "warship",
                      "tank", "drone", "jet", "warplane", "gunboat"})
#: Vessels that "the ship" may take up, and the words that mark one as a state's own (not the one chased).
CIVIL_VESSELS = frozenset({"ship", "vessel", "boat", "trawler", "tanker", "freighter", "trawlers", "ships", "vessels",
                           "boats", "pirogue", "dhow", "skiff", "carrier"})
STATE_VESSEL_WORDS = frozenset({"patrol", "navy", "naval", "coast", "guard", "coastguard", "warship", "police",
                                "military", "research", "survey"})
COUNT_WORDS = frozenset({"some", "several", "many", "more", "at", "least", "than", "about", "around", "nearly",
                         "almost", "over", "up", "to", "approximately", "roughly", "fewer", "less", "most",
                         "million", "millions", "thousand", "thousands", "hundred", "hundreds", "dozens", "of"})
BARE_MODIFIERS = frozenset({"first", "second", "third", "last", "full", "former", "late", "then", "acting", "new",
                            "interim", "senior"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame", "madam", "mister", "herr", "monsieur"})
INSTITUTION_NOUNS = frozenset({"court", "parliament", "government", "ministry", "committee", "council", "union",
                               "federation", "confederation",
                               "party", "cabinet", "administration", "assembly", "senate", "congress", "commission",
                               "agency", "authority", "board", "tribunal", "army", "military", "navy", "police",
                               "embassy", "consulate", "mission", "secretariat", "directorate", "department",
                               "office", "bureau", "presidency", "management", "regulator", "ombudsman",
                               "watchdog", "company", "companies", "firm", "firms", "operator", "contractor"})
#: Role nouns that name a business: a name put beside them is a firm's, whatever NER took it for.
BUSINESS_NOUNS = frozenset({"company", "firm", "operator", "contractor", "developer", "conglomerate"})
#: Role nouns that name a body of people, not one person ("the delegation", "a militia").
COLLECTIVE_NOUNS = frozenset({"government", "military", "army", "police", "delegation", "group", "mob", "crowd",
                              "guard", "force", "navy", "coastguard", "junta", "militia", "gang", "movement",
                              "coalition", "opposition", "crew", "team", "staff", "family", "platoon", "squad", "unit",
                              "battalion", "brigade", "patrol", "public"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
TITLE_MODIFIERS = frozenset({"new", "former", "acting", "top", "senior", "chief", "deputy", "then", "outgoing",
                             "incoming", "interim", "special", "lead", "current"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass
class ActorDraft:
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    seat: bool = False  # a seat of government such as the White House
    generic: bool = False  # named by a role noun alone ("an armed group", "villagers")

    def add_alias(self, text: str) -> None:
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def add_role(self, role: str) -> None:
        # ranks and titles written short keep their place in the title: "army spokesman Lt. Col." is one title
        role = ABBREVIATED_TITLE.sub(lambda m: m.group(1) + " ", role)
        role = role.split(". ")[-1].split("\n")[-1]  # a title never runs across a sentence or a paragraph end
        role = " ".join(role.split()).strip(" ,.;:")
        words = role.casefold().split()
        if not words or words[-1] in HONORIFICS or words[-1] in BARE_MODIFIERS:
            return  # "Mr", or a modifier with no title after it ("the first", "the former")
        low = role.lower()
        if not role or any(r.lower() == low or r.lower().endswith((" " + low, "-" + low)) for r in self.roles):
            return  # known already, or as part of a fuller title ("foreign minister" holds "minister")
        # a fuller title replaces its head noun: "minister" becomes "foreign minister"
        self.roles = [r for r in self.roles if not low.endswith(" " + r.lower())] + [role]


class ActorBook:
    """The document's actors and the map from tokens to them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors: list[ActorDraft] = []
        self.by_token: dict[int, int] = {}
        self._by_country: dict[str, int] = {}
        self._links: list[tuple[int, int]] = []
        self.groups: dict[int, list[int]] = {}  # token -> several actors ("Chilean and Peruvian officials")
        self._by_name: dict[tuple[str, str | None, str], int] = {}  # (kind, country, name) -> actor
        self.placed_clauses: dict[int, set[str]] | None = None  # clause verb -> countries placed in it

    # -- building ---------------------------------------------------------
    def add(self, draft: ActorDraft, span: Span | None) -> int:
        """Add an actor, or return the one already there under the same name: organisations and
        role-noun groups named alike in one report are one referent ("analysts said ... analysts say")."""
        owner = re.match(r"(.+?)['’]s\b", draft.name) if draft.country is None and draft.kind != "person" else None
        if owner is not None:
            draft.country = country_code(owner.group(1))  # "Russia's mission to the EU": Russia's
        if draft.country is None and draft.kind in ("organization", "group") and " of " in draft.name:
            # "the general staff of the Korean People's Army": a part of a body named before is of its country
            draft.country = next((b.country for b in self.actors if b.country and len(b.name) > 3
                                  and b.kind in ("organization", "group", "country")
                                  and re.search(rf"\bof (?:the )?{re.escape(b.name)}\b", draft.name)), None)
        if draft.kind in ("organization", "group") or draft.generic:
            key = (draft.kind, draft.country, _same_name(draft.name))
            found = self._by_name.get(key)
            if found is None and draft.country is None and not draft.generic:
                # "the U.S. Navy's Fifth Fleet ... Fifth Fleet spokesperson X": a body named again bare is
                # the one named before with its country, when only one was
                named = [i for (kind, _, name), i in self._by_name.items()
                         if kind == draft.kind and name == key[2] and not self.actors[i].generic]
                found = named[0] if len(named) == 1 else None
            if found is not None:
                for role in draft.roles:
                    self.actors[found].add_role(role)
                if span is not None:
                    self.mention(found, span)
                return found
        self.actors.append(draft)
        idx = len(self.actors) - 1
        if draft.kind in ("organization", "group") or draft.generic:
            self._by_name[(draft.kind, draft.country, _same_name(draft.name))] = idx
        if span is not None:
            self.mention(idx, span)
        return idx

    def mention(self, idx: int, span: Span) -> None:
        self.actors[idx].mentions.append((span.start_char, span.end_char))
        for t in span:
            self.by_token.setdefault(t.i, idx)

    def country_actor(self, iso3: str, span: Span | None = None, alias: str | None = None) -> int:
        idx = self._by_country.get(iso3)
        if idx is None:
            idx = self.add(ActorDraft(name=country_name(iso3), kind="country", country=iso3, sector="GOV"), None)
            self._by_country[iso3] = idx
        if span is not None:
            self.mention(idx, span)
        if alias:
            self.actors[idx].add_alias(alias)
        return idx

    def government_actor(self, iso3: str, span: Span, alias: str) -> int:
        """A capital or seat acting for its country: the seat actor when the text names one."""
        seat = next((i for i, a in enumerate(self.actors) if a.seat and a.country == iso3), None)
        if seat is not None:
            self.mention(seat, span)
            self.actors[seat].add_alias(alias)
            # the country is also meant; record the alias there without claiming the tokens
            self.actors[self.country_actor(iso3)].add_alias(alias)
            return seat
        return self.country_actor(iso3, span, alias)

    def person_by_family_name(self, word: str) -> int | None:
        """The one person a lone family name stands for: the last word of a full name ("Ruiz"), or the
        first of two family names ("Efrain Soto Barrios ... Soto", "Hector Monzon Paz ... Monzon")."""
        people = [(i, a.name.split()) for i, a in enumerate(self.actors) if a.kind == "person"]
        # ("Carla Ruiz-Whitman ... Ruiz-Whitman said": the parser's head is the name's last part)
        last = next((i for i, words in people if words[-1] == word or words[-1].split("-")[-1] == word), None)
        if last is not None:
            return last  # (the first named, when two share it)
        middle = [i for i, words in people if len(words) > 2 and word in words[1:-1]]
        return middle[0] if len(middle) == 1 else None

    def link(self, a: int, b: int) -> None:
        """Record that actors a and b are on the same side (one serves or heads the other)."""
        if a != b:
            self._links.append((a, b))

    def propagate_countries(self) -> None:
        for _ in range(3):
            changed = False
            for a, b in self._links:
                ca, cb = self.actors[a].country, self.actors[b].country
                if ca and not cb and self.actors[b].kind != "country":
                    self.actors[b].country = ca
                    changed = True
                elif cb and not ca and self.actors[a].kind != "country":
                    self.actors[a].country = cb
                    changed = True
            if not changed:
                break

    # -- reading -------------------------------------------------------------
    def at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def resolve(self, token: Token, *, create: bool = True) -> list[int]:
        """The actors a head token stands for, following conjunctions, pronouns and modifiers."""
        out: list[int] = []
        for t in [token, *_conjuncts(token)]:
            if t.i in self.groups:
                out.extend(i for i in self.groups[t.i] if i not in out)
                continue
            if _both_sides(t) or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    o.dep_ == "pobj" and _both_sides(o) for o in c.children) for c in t.children if t.tag_ == "NNS"):
                # ("security forces of the two countries exchanged fire": each side's forces)
                out.extend(i for i in self.two_sides(t) if i not in out)
                continue
            if (t.lower_ in ("country", "side", "party", "nation", "government", "army") and any(
                    c.dep_ == "det" and c.lower_ == "each" for c in t.children)) or (
                    t.lower_ == "other" and t.dep_ in ("dobj", "pobj", "nsubj") and any(
                        c.lower_ == "the" for c in t.children)):
                # "Each country accused the other": the two sides told of last, each on the other
                out.extend(i for i in self.two_sides(t) if i not in out)
                continue
            listed = self._counted_list(t)
            if listed:
                out.extend(i for i in listed if i not in out)
                continue
            idx = self._resolve_one(t, create=create)
            if idx is not None and idx not in out:
                out.append(idx)
                if t.lower_ in ("they", "them", "their"):
                    out.extend(i for i in self._partners_of(idx, t) if i not in out)
        return out

    def _partners_of(self, idx: int, pronoun: Token) -> list[int]:
        """"Russia and China ... said they opposed": a plural pronoun takes the whole coordinated subject
        its antecedent was named in."""
        for tok in reversed(self.doc[max(0, pronoun.i - 60):pronoun.i]):
            if self.at(tok) == idx and tok.dep_ in ("nsubj", "nsubjpass"):
                return [a for c in _conjuncts(tok) if (a := self.at(c)) is not None and a != idx]
        return []

    def _counted_list(self, t: Token) -> list[int]:
        """"the three European powers", "the two countries": the last list of exactly that many countries
        named before."""
        if t.lemma_ not in ("power", "country", "nation", "government", "state", "capital", "signatory") \
                or t.tag_ != "NNS":
            return []
        n = next((WORD_NUMBERS.get(c.lower_) for c in t.children if c.dep_ == "nummod"), None)
        if n is None or n < 2:
            return []
        for tok in reversed(self.doc[max(0, t.i - 200):t.i]):
            first = self.at(tok)
            if first is None or self.actors[first].kind != "country" or tok.dep_ == "conj":
                continue
            members = [first, *(a for c in _conjuncts(tok) if (a := self.at(c)) is not None)]
            if len(set(members)) == n and all(self.actors[m].kind == "country" for m in members):
                return list(dict.fromkeys(members))
        return []

    def _resolve_one(self, token: Token, *, create: bool) -> int | None:
        idx = self.at(token)
        if idx is not None:
            return idx
        low = token.lower_
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            return self.antecedent(token)
        if token.text in ("South", "North") and any(c.lower_ == "the" for c in token.children):
            # "accused the South of a provocation", in a report naming South and North Korea: that country
            halves = [i for i, a in enumerate(self.actors)
                      if a.kind == "country" and a.name.startswith(token.text + " ")]
            if len(halves) == 1:
                return halves[0]
        if create and token.dep_ in ("amod", "compound", "nmod", "poss") and token.ent_type_ in ("NORP", "GPE", ""):
            iso = demonym_country(token.text) or country_code(token.text)
            if iso:
                return self.country_actor(iso)
        # "its leader, Ana Ruiz, said": the named person the role noun is put beside
        for child in token.children:
            if child.dep_ == "appos" and (named := self.at(child)) is not None and self.actors[named].kind == "person":
                return named
        # "its forces", "Syrian forces", "Ankara's troops": the modifier's actor
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                idx = self.at(child)
                if idx is not None:
                    return idx
                if child.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                    return self.antecedent(child)
                iso = _demonym_at(child) if child.dep_ in ("amod", "compound", "nmod") else None
                if iso and create:
                    return self.country_actor(iso)
        # "a U.S.-owned tanker", "a Liberian-flagged ship": the owner's or the flag's country
        for child in token.children:
            if child.dep_ not in ("amod", "compound") or not create:
                continue
            owned = OWNED_BY.fullmatch(child.text)
            owner = owned.group(1) if owned else None
            if owner is None and child.lower_ in OWNED_WORDS:  # "Greek - owned", split by the tokeniser
                owner = next((g.text for g in child.children if g.dep_ in ("npadvmod", "compound", "amod")), None)
            iso = (country_code(owner) or demonym_country(owner)) if owner else None
            if iso:
                return self.country_actor(iso)
        # "forces of X", "attacks by X"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        idx = self._resolve_one(obj, create=create)
                        if idx is not None:
                            return idx
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if low in ("alliance", "bloc") and the and not any(low in a.name.lower().split() for a in self.actors):
            # "the alliance supported Bulgaria's action", "the bloc was appalled": the international body told
            # last before (unless the text named a body with the word itself: "an alliance of rebel groups")
            # (told in the sentence itself or the one before: "A NATO official said the alliance ...")
            since = sent_of(token).start_char
            if token.sent.start > 0:
                since = sent_of(self.doc[token.sent.start - 1]).start_char
            told = [(max(s for s, _ in a.mentions if s < token.idx), i) for i, a in enumerate(self.actors)
                    if a.sector == "IGO" and a.kind == "organization"
                    and any(since <= s < token.idx for s, _ in a.mentions)]
            if told:
                return max(told)[1]
        return None

    def two_sides(self, token: Token | None = None) -> list[int]:
        """"Both sides": the two parties told of last before it ("the army and the rebels", "clashes
        between X and Y", "X fought Y"), within a few sentences; else the two countries the document
        names most often."""
        if token is not None:
            pair = self._last_pair(token) or (
                self._last_named_pair(token) if token.lemma_ in ("government", "country", "nation") else [])
            if pair:
                return pair
        counts = sorted(((len(a.mentions), i) for i, a in enumerate(self.actors) if a.kind == "country"), reverse=True)
        if len(counts) >= 2 and counts[1][0] > 0:
            return [i for n, i in counts[:2]]
        # a civil war: the two armed or governing sides the report names most ("the army" and "the RSF")
        sides = sorted(((len(a.mentions), i) for i, a in enumerate(self.actors)
                        if a.kind != "country" and a.sector in ("MIL", "REB") and not a.generic), reverse=True)
        return [i for n, i in sides[:2]] if len(sides) >= 2 else []

    def _last_named_pair(self, token: Token) -> list[int]:
        """Further back, the last two countries the text joined by "and" ("Britain and Canada imposed
        sanctions ... whom both governments accused"), when no pair was told in the sentences just before."""
        for t in reversed(token.doc[:token.i]):
            one = self.at(t)
            if one is None or self.actors[one].kind != "country" or t.dep_ == "conj":
                continue
            other = next((i for c in t.children if c.dep_ == "conj" and (i := self.at(c)) is not None
                          and i != one and self.actors[i].kind == "country"), None)
            if other is not None:
                return [one, other]
        return []

    def _last_pair(self, token: Token) -> list[int]:
        doc = token.doc
        sents = sentences(doc)
        lo = sents[max(0, sentence_number(doc, token.i) - 3)].start
        verb = token.head
        # "X and Y urged both sides": not the ones who speak to them
        own = {self.at(w) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               for w in (c, *_conjuncts(c))} - {None}
        for t in reversed(doc[lo:token.i]):
            members = [m for m in self.groups.get(t.i, []) if m not in own and _a_side(self.actors[m])]
            if len(members) == 2:
                return members  # "Indian and Pakistani troops exchanged fire": one phrase, two sides
            one = self.at(t)
            if one is None and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB":
                one = self._resolve_one(t, create=False)  # "its fighters targeted ...": the pronoun's actor
            if one is None or one in own:
                continue
            # "the army and the rebels", "between X and Y"
            other = next((self.at(c) for c in t.children if c.dep_ == "conj" and self.at(c) is not None), None)
            if other is None and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB":
                # "X clashed with Y", "X attacked Y"
                objs = [o for c in t.head.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                        for o in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
                # ("targeted an Israeli army base": the country whose base it is)
                other = next((x for x in (self._resolve_one(o, create=True) for o in objs) if x is not None), None)
            if other is None and t.dep_ == "dobj" and t.head.pos_ == "VERB":
                # "... and accused the army of ...": the object and the subject its verb shares
                verb = t.head.head if t.head.dep_ == "conj" and not any(
                    c.dep_ == "nsubj" for c in t.head.children) else t.head
                other = next((self.at(c) for c in verb.children if c.dep_ == "nsubj" and self.at(c) is not None),
                             None)
            if other is not None and other != one and other not in own and _a_side(self.actors[one]) \
                    and _a_side(self.actors[other]):
                return [one, other]
        return []

    def _clause_subjects(self, pronoun: Token) -> set[int]:
        """"She met X and urged him": an object pronoun is never its own clause's subject (that would be
        "herself"), so that subject is no antecedent of it."""
        if pronoun.dep_ not in ("dobj", "dative", "pobj") or pronoun.lower_ not in OBJECT_PRONOUNS:
            return set()
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        out: set[int] = set()
        for v in (verb, verb.head if verb.dep_ == "conj" else verb):
            for c in v.children:
                if c.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                idx = self.at(c)
                if idx is None and c.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS and c.i < pronoun.i:
                    idx = self.antecedent(c)
                if idx is not None:
                    out.add(idx)
        return out

    def antecedent(self, pronoun: Token) -> int | None:
        """The most salient earlier actor of the pronoun's kind: subjects first, then recency."""
        want_person = pronoun.lower_ in PERSON_PRONOUNS
        singular = pronoun.lower_ in ("it", "its", "itself")
        speaking = pronoun.dep_ == "nsubj" and pronoun.head.lemma_ in ("say", "tell", "add", "write", "post")
        best: tuple[int, int] | None = None  # (score, actor)
        sent = sent_of(pronoun)
        bound = self._clause_subjects(pronoun)
        for tok in reversed(self.doc[max(0, pronoun.i - 150):pronoun.i]):
            idx = self.at(tok)
            if idx is None or idx in bound:
                continue
            a = self.actors[idx]
            if (a.kind == "person") != want_person:
                continue
            if singular and tok.tag_ in ("NNS", "NNPS"):
                continue  # "militants launched rockets. It said ...": "it" is not the militants
            score = 2 if tok.dep_ in ("nsubj", "nsubjpass") else 1
            if sent.start <= tok.i < sent.end:
                score += 1
            if want_person and a.generic and speaking:
                score -= 2  # "One worker was killed, he said": who speaks is the named official, not the victim
            if best is None or score > best[0]:
                best = (score, idx)
            if score >= 3:
                break
        return None if best is None else best[1]


WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
#: "U.S.-owned", "Greek-flagged", "Israeli-linked": a country the thing belongs to.
OWNED_BY = re.compile(r"(.+?)-(?:owned|flagged|registered|operated|linked)")
OWNED_WORDS = frozenset({"owned", "flagged", "registered", "operated", "linked"})
#: Object pronouns, which never stand for their own clause's subject.
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})


# -- the stage ---------------------------------------------------------------


@Language.factory("sitrep_actors", requires=["doc.ents", "token.dep"], assigns=["doc._.sitrep_state"])
def make_actors_stage(nlp: Language, name: str) -> ActorsStage:
    return ActorsStage()


class ActorsStage:
    def __call__(self, doc: Doc) -> Doc:
        book = build_actors(doc)
        state = doc._.sitrep_state or {}
        state["actors"] = book
        doc._.sitrep_state = state
        return doc


def build_actors(doc: Doc) -> ActorBook:
    extensions.register()
    book = ActorBook(doc)
    trimmed = [_trim(e) for e in doc.ents]
    dateline = dateline_tokens(doc)  # "PORT SUDAN, Sudan —" says where the report was filed, not who acted
    ents = [e for e in trimmed if e is not None and len(e.text.strip(".")) > 1 and not any(t.i in dateline for t in e)]
    institutions = (doc._.sitrep_state or {}).get("institutions", {})
    surname_of: dict[str, int] = {}

    # persons first, longest names first, so surnames attach to full names
    # (a demonym the tagger took for a name, "Armenian and Azerbaijani negotiators", is no person)
    # (nor is a temperature scale: "18 degrees Fahrenheit")
    # (and a name after a title that the tagger took for an organisation: "Chancellor Olaf Scholz")
    # (and an acronym the tagger took for a person is a body: "JCS spokesperson X")
    ents = [Span(doc, e.start, e.end, label="PERSON") if _titled_name(e) else
            Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and len(e) == 1 and _acronym(e.text)
            else e for e in ents
            if not (_portfolio_of_title(e) and (e.start, e.end) not in institutions)
            and not _names_a_feature(e) and e[0].tag_ != "PRP$"
            and not (len(e) == 1 and e.label_ == "PERSON" and e[0].tag_ == "JJ" and e[0].is_sent_start)]
    # (a capitalised adjective opening a sentence, "Humanitarian aid must ...", is nobody's name)
    # (and "Ukraine's Coordination Headquarters for ... said" tagged a product: a body that speaks)
    ents = [_speaking_body(e) or e for e in ents]
    # ("the Sri Lankan navy": a demonym of two words the tagger took for a body or a name is a demonym)
    ents = [Span(doc, e.start, e.end, label="NORP") if e.label_ in ("ORG", "PERSON") and len(e) > 1
            and demonym_country(e.text) else e for e in ents]
    persons = sorted((e for e in ents if e.label_ == "PERSON" and not (len(e) == 1 and demonym_country(e.text))
                      and e.text.lower() not in ("celsius", "fahrenheit", "kelvin", "centigrade")),
                     key=lambda e: -len(e))
    for e in persons:
        key = e[-1].text
        idx = surname_of.get(key)
        if idx is not None and len(e) > 1 and _other_given_name(e, book.actors[idx].name):
            idx = None  # ("his mother, Rosa Quezada", after "Brayan Olivas Quezada": a relative, not him)
        if idx is None and len(e) == 1:
            idx = next((i for k, i in surname_of.items() if k.lower() == e.text.lower()), None)
        if idx is None and len(e) == 1:
            idx = book.person_by_family_name(e.text)
        if idx is None and len(e) == 1:
            # "Yoon Suk Yeol ... Yoon", "Xi Jinping ... Xi": a family name written first
            firsts = [i for i, a in enumerate(book.actors) if a.kind == "person" and len(a.name.split()) > 1
                      and a.name.split()[0] == e.text]
            idx = firsts[0] if len(firsts) == 1 else None
        if idx is None:
            idx = book.add(ActorDraft(name=e.text, kind="person"), e)
            surname_of[key] = idx
        else:
            book.mention(idx, e)
            book.actors[idx].add_alias(e.text)

    for e in sorted((e for e in ents if e.label_ != "PERSON"), key=lambda e: e.start):
        if any(book.at(t) is not None for t in e):
            continue
        text = e.text
        # ("Kamara-Sesay told reporters" after "Hawa Kamara-Sesay": a double-barrelled surname, three tokens)
        hyphened = len(e) == 3 and e[1].text == "-" and e[2].text in surname_of \
            and book.actors[surname_of[e[2].text]].name.split()[-1] == text
        if e.label_ in ("ORG", "GPE", "NORP") and ((len(e) == 1 and text in surname_of) or hyphened):
            # spaCy's small model often tags a surname ORG; the person is meant
            idx = surname_of[e[-1].text]
            book.mention(idx, e)
            book.actors[idx].add_alias(text)
            continue
        spelled = _spelled_out(book, text)
        if spelled is not None:
            book.mention(spelled, e)  # "the Rapid Support Forces (RSF)": the acronym is the named body
            book.actors[spelled].add_alias(text)
            continue
        inst = institutions.get((e.start, e.end))
        if inst is not None and inst.country is None and (branch := _with_national_branch(e)) is not e:
            _add_org(book, branch)  # "Amnesty International Kenya": the national branch of a body with none
            if (branch_idx := book.at(branch[0])) is not None and book.actors[branch_idx].sector is None:
                book.actors[branch_idx].sector = inst.sector
            continue
        if inst is not None:
            name = inst.name or (text[4:] if text.lower().startswith("the ") else text)
            # "Pakistan's Foreign Office", "the Indian Foreign Office": the text's own country wins
            # over the country the institution's name means when it stands alone
            country = _possessor_country(book, e) or _country_word_before(e) or (
                _shared_name_country(book, inst.country) if inst.shared else inst.country)
            idx = book.add(ActorDraft(name=name, kind=inst.kind, country=country, sector=inst.sector,
                                      seat=country is not None and _seat_of_government(name)), e)
            continue
        if e.label_ == "GPE" or e.label_ == "LOC":
            _add_place_actor(book, e)
        elif e.label_ == "NORP":
            _add_people_actor(book, e)
        elif e.label_ == "ORG":
            _add_org(book, e)

    _untagged_surnames(book, surname_of)
    _roles_from_titles(book, persons)
    _acronym_actors(book)
    _role_noun_actors(book)
    _bodies_named_again(book)
    for e in persons:  # after the role nouns: "a delegation led by X" needs the delegation
        led = book.at(e[0])
        if led is not None:
            _led_group(book, led, e)
            _body_told_before(book, led, e)
            _body_owner_in_text(book, led, e)
    _descriptive_references(book)
    _countries_in_names(book)
    _bases(book)
    _bodies_in_roles(book)
    book.propagate_countries()
    _ethnic_communities(book)
    _people_placed_by_their_description(book)
    _local_anchors(book)
    _bodies_in_their_capital(book)
    _crews(book)
    _offices_named_with_a_country(book)
    _officials_speaking_for_their_state(book)
    _home_country_defaults(book)
    _sentence_anchors(book)
    _state_services_overseas(book)
    _report_country_for_the_rest(book)
    _distinct_names(book)
    _countries_as_written(book)
    return book


#: Texts a side issues, which speak for it: "The statement accused the army of ...".
ISSUED_TEXTS = frozenset({"statement", "communique", "communiqué", "letter", "declaration", "video", "message",
                          "post", "report", "note", "resolution"})


def author_of_text(book: ActorBook, text: Token) -> list[int]:
    """Who issued a statement, a letter or a video that says something: its possessor ("the group's
    statement"), the one it is "by" or "from", else the side that the sentence before (in the same
    paragraph, within two) says issued or spoke in such a text ("X said in a statement that ...")."""
    owner = [a for c in text.children if c.dep_ in ("poss", "compound", "amod") for a in book.resolve(c, create=False)]
    owner = owner or [a for c in text.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                      for o in c.children if o.dep_ == "pobj" for a in book.resolve(o, create=False)]
    if owner:
        return owner
    doc = text.doc
    start = sent_of(text).start
    for w in reversed(doc[max(0, start - 80):start]):
        if "\n" in w.text:
            break  # (a paragraph ends between: its statements are another's)
        if w.lemma_.lower() not in ISSUED_TEXTS or w.i >= start:
            continue
        verb = w.head.head if w.dep_ == "pobj" else w.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = [a for c in verb.children if c.dep_ == "nsubj" for a in book.resolve(c, create=False)]
        if found:
            return found
    return []


def report_country(book: ActorBook) -> str | None:
    """The country the report's actors are clearly of: its mentions outweigh the next country's by half."""
    weights: dict[str, int] = {}
    for a in book.actors:
        if a.country:
            weights[a.country] = weights.get(a.country, 0) + len(a.mentions)
    ranked = sorted(weights.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 1.5 * ranked[1]):
        return None
    return max(weights, key=lambda iso: weights[iso])


def _people_placed_by_their_description(book: ActorBook) -> None:
    """"Chihuahua's attorney general, X", "X, a community leader from a village outside Tibu", "the two
    Russians, X and Y": a person still without a country whose describing phrase names one country, by a
    place resolved in it or by a demonym, is of that country (a phrase naming two, "the US envoy to Sudan",
    decides nothing)."""
    doc = book.doc
    for a in book.actors:
        if a.kind != "person" or a.country is not None or not a.mentions:
            continue
        span = doc.char_span(a.mentions[0][0], a.mentions[0][1], alignment_mode="expand")
        if span is None:
            continue
        name = span.root
        if name.dep_ == "conj" and name.head.ent_type_ == "PERSON":
            name = name.head  # ("the two Russians, X and Y": Y shares X's description)
        # ("X of the Porbandar boat owners' association", "Y, 61, from Jalalabad": where he is from)
        origins = [c for c in name.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > name.i]
        own = {t.i for t in name.subtree if t.dep_ not in ("appos", "nmod")} - {
            t.i for c in origins for t in c.subtree}
        # (the parser hangs a description on the name, or the name on the description)
        # (only a common noun describes: a name hung on a place, "the head of Serbia's Office for Kosovo, X", or a
        # name after the description, "Belkacem's mother, Nadia", is the parser's misreading or the name itself)
        head = name.head
        while name.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" \
                and head.head.head.pos_ == "NOUN" and head.head.head.i < head.i:
            head = head.head.head  # ("Australia's minister for the Pacific, X": the parser hangs X on "Pacific")
        described = [head] if name.dep_ == "appos" and (
            head.pos_ == "NOUN" or head.ent_type_ == "NORP") else []
        described += [c for c in name.children if (c.dep_ == "appos" and c.pos_ == "NOUN") or (
            c.dep_ == "nmod" and c.i < span.start and c.ent_type_ == "NORP")] + origins
        found: set[str] = set()
        for d in described:
            for t in d.subtree:
                if t.i in own or t.ent_type_ == "PERSON":
                    continue  # ("Belkacem's mother, Nadia": her name, not a district of India)
                # (a country named as the possessor of an office counts: "the head of Serbia's Office for Kosovo")
                iso = toponym_country(t) or (demonym_country(t.text) if t.ent_type_ == "NORP" else None) or (
                    country_code(t.text) or place_named_elsewhere(t) if t.pos_ == "PROPN" else None) or (
                    # ("the Guards' ground forces commander, X": the possessing body's country)
                    _possessing_body_country(book, t) if t.dep_ == "poss" else None)
                if iso:
                    found.add(iso)
        if len(found) == 1:
            a.country = found.pop()


#: France's overseas departments and collectivities: part of the Republic, whose own services act there
FRENCH_OVERSEAS = frozenset({"GUF", "MTQ", "GLP", "MYT", "REU", "NCL", "PYF", "WLF", "SPM", "BLM", "MAF"})
#: the services of the state (armed forces, police and gendarmerie, courts, intelligence)
STATE_SECTORS = frozenset({"MIL", "COP", "JUD", "SPY"})
#: the words of the state's representation in an overseas territory
STATE_OFFICE_WORDS = frozenset({"prefect", "prefecture", "sub-prefect", "sub-prefecture", "high commissioner",
                                "high commission", "gendarme", "gendarmes", "gendarmerie", "legion", "prosecutor",
                                "foreign ministry"})


def _state_services_overseas(book: ActorBook) -> None:
    """"The prefect of Mayotte", "gendarmes in Cayenne", "the administrative court in Mamoudzou": in France's
    overseas departments and collectivities the prefect, the gendarmerie, the police, the courts and the armed
    forces are the French state's, and act for France; residents, local unions and the territory's own
    assembly stay the territory's (as analysts code New Caledonia: France's high commissioner, Kanak parties)."""
    for a in book.actors:
        if a.kind == "country" or a.country not in FRENCH_OVERSEAS:
            continue
        words = " ".join([a.name, *a.roles]).lower()
        if a.sector in STATE_SECTORS or any(w in words for w in STATE_OFFICE_WORDS):
            a.country = "FRA"


def _countries_as_written(book: ActorBook) -> None:
    """A country is named as the report names it ("Britain", "Congo", "The Gambia"), when the report never
    uses the common short name; an abbreviation ("U.S.", "UK") leaves the short name in place."""
    text = doc_text(book.doc)
    for a in book.actors:
        if a.kind != "country" or not a.country or not a.mentions:
            continue
        forms: dict[str, int] = {}
        for start, end in a.mentions:
            said = text[start:end].strip()
            if said and "." not in said and not said.isupper() and country_code(said) == a.country:
                forms[said] = forms.get(said, 0) + 1
        if not forms or a.name in forms or " and " in a.name:
            continue  # ("Trinidad" for Trinidad and Tobago: one island of two, not the country's name)
        written = max(forms, key=lambda f: forms[f])
        if written.lower() != a.name.lower():
            a.add_alias(a.name)
            a.name = written


def _distinct_names(book: ActorBook) -> None:
    """Two bodies of one name and different countries ("China's coast guard ... Taiwan's coast guard")
    are told apart by their owners' names, as the report itself does; a reader of the actor list
    would otherwise see one name twice."""
    by_name: dict[str, list[ActorDraft]] = {}
    for a in book.actors:
        if a.kind in ("organization", "group") and a.country and not a.generic:
            by_name.setdefault(a.name.lower().removeprefix("the "), []).append(a)
    for name, same in by_name.items():
        if len({a.country for a in same}) < 2:
            continue
        for a in same:
            owned = next((al for al in a.aliases if al.lower().endswith(f"'s {name}")
                          or al.lower().endswith(f"’s {name}")), None)
            old = a.name
            owner = country_name(str(a.country))
            bare = old[4:] if old.lower().startswith("the ") else old
            a.name = owned or (f"{owner}' {bare}" if owner.endswith("s") else f"{owner}'s {bare}")
            a.add_alias(old)


def _both_sides(t: Token) -> bool:
    """"both sides", "the two countries", "both governments": the two parties of the story."""
    return t.lower_ in ("sides", "parties", "delegations", "camps", "countries", "nations", "neighbours",
                        "neighbors", "governments", "rivals", "foes", "enemies") and any(
        c.lower_ in ("both", "two") for c in t.children)


def _a_side(a: ActorDraft) -> bool:
    """A party to a conflict or a negotiation: a country, a government, an armed force or group, a party."""
    return a.kind != "person" and (a.kind == "country" or a.sector in ("GOV", "MIL", "REB", "COP", "PTY", "OPP"))


#: Words after a name that make it a natural feature or an area: "the Neelum valley", "the Tana river".
FEATURE_WORDS = frozenset({"valley", "river", "mountains", "mountain", "hills", "lake", "plateau", "desert", "basin",
                           "gorge", "pass", "delta", "forest", "peninsula", "strait", "gulf", "bay", "coast"})


SETTLEMENT_WORDS = frozenset({"village", "town", "city", "hamlet", "settlement", "district", "region", "province",
                              "municipality", "commune", "county", "neighbourhood", "neighborhood", "suburb",
                              "villages", "towns", "cities", "districts", "communities", "community", "regions",
                              "provinces", "areas", "area", "outskirts"})


#: Words that open the name of a natural feature, never a person's: "Lake Malawi", "Mount Elgon".
FEATURE_HEADS = frozenset({"Lake", "Mount", "Mt.", "Mt", "River", "Cape", "Gulf", "Strait", "Bay", "Sea"})


def _names_a_feature(e: Span) -> bool:
    """An organisation or person the tagger found in "the Neelum valley" is the valley's name."""
    doc = e.doc
    if e.start >= 2 and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].lower_ in SETTLEMENT_WORDS:
        return True  # "the village of Wyryki": a place the gazetteer may lack, not an actor
    if e.label_ == "PERSON" and len(e) > 1 and e[0].text in FEATURE_HEADS:
        return True  # "Lake Malawi", "Mount Kenya": a lake or a mountain, not a person
    return e.label_ in ("ORG", "PERSON") and e.end < len(doc) and doc[e.end].lower_ in FEATURE_WORDS \
        and doc[e.end].is_lower


def _demonym_at(t: Token) -> str | None:
    """The country of a demonym, read with the word before it when the two make one ("North Korean",
    "South Sudanese": not Korea's or Sudan's)."""
    if t.i > 0 and (t.doc[t.i - 1].lower_ in ("north", "south", "east", "west", "central", "new", "papua")
                    or t.doc[t.i - 1].is_title):
        two = demonym_country(t.doc[t.i - 1:t.i + 1].text)  # ("Sri Lankan", "Costa Rican", "Sierra Leonean")
        if two:
            return two
    return demonym_country(t.text)


def _portfolio_of_title(e: Span) -> bool:
    """"Trade Commissioner Ana Ruiz", "Defense Minister X": a word the tagger took for an organisation
    right before a title and a name is the title's portfolio, not a body that acts."""
    doc = e.doc
    head = e.root.head
    if e.label_ == "ORG" and e.root.dep_ == "pobj" and head.lower_ in ("for", "of") and (
            head.head.lower_ in OFFICE_WORDS or head.head.lower_ in ("minister", "secretary", "commissioner")) and (
            e[-1].lower_ == "affairs" or all(w.lower_ in PORTFOLIO_WORDS | {"and", "the"} for w in e)):
        return True  # "Minister for Home Affairs X", "Minister of Energy and Mines": the office's portfolio
    if e.label_ != "ORG" or len(e) > 2 or e.end + 1 >= len(doc):
        return False
    title = doc[e.end]
    return (title.lower_ in OFFICE_WORDS or title.lower_ == "commissioner"
            or (title.lower_ in lexicon().roles and not title.lower_.endswith("s"))) \
        and doc[e.end + 1].ent_type_ == "PERSON"


def _untagged_surnames(book: ActorBook, surname_of: dict[str, int]) -> None:
    """A named person's surname standing alone where the tagger saw no entity ("Sookdeo rejected the
    criticism" after "Minister Roland Sookdeo"): the small model often leaves a rare surname untagged
    at a sentence's start, and the act it opens then has no one doing it.

    Only a lone capitalised proper noun: one inside a longer name ("Sookdeo Street", "Ana Sookdeo")
    is someone or something else."""
    # ("Epiayú denied any involvement" after "Yolanda Epiayú Pushaina": the first of two family names,
    # as Spanish-speaking countries write them, when it is one person's)
    middles: dict[str, list[int]] = {}
    for i, a in enumerate(book.actors):
        words = a.name.split()
        if a.kind == "person" and len(words) > 2:
            for w in words[1:-1]:
                if w[:1].isupper() and len(w) > 2:
                    middles.setdefault(w, []).append(i)
    forms = {**{w: ids[0] for w, ids in middles.items() if len(ids) == 1}, **surname_of}
    if not forms:
        return
    doc = book.doc
    for t in with_text(doc, forms.__contains__):  # (only the family names, from the doc's index of forms)
        if t.ent_type_ or t.i in book.by_token or t.tag_ != "NNP":
            continue
        near = [w for w in (doc[t.i - 1] if t.i else None, doc[t.i + 1] if t.i + 1 < len(doc) else None)
                if w is not None and (w.tag_ == "NNP" or w.ent_type_) and w.text[:1].isupper()]
        if near or not any(m[0] < t.idx for m in book.actors[forms[t.text]].mentions):
            continue  # (and only once the full name has been told)
        book.mention(forms[t.text], Span(doc, t.i, t.i + 1))


def _other_given_name(e: Span, known: str) -> bool:
    """Whether a full name shares only its surname with a person already named: its first word is a
    given name (no title, no honorific) that the known name lacks."""
    first = e[0]
    if not first.is_title or not first.is_alpha or first.lower_ in HONORIFICS or first.lower_ in OFFICE_WORDS \
            or first.lower_ in lexicon().roles or first.lower_ in lexicon().leader_roles:
        return False
    return first.text not in known.replace("-", " ").split()


def _titled_name(e: Span) -> bool:
    """An ORG of two or three capitalised words right after a title of office ("Chancellor Olaf Scholz",
    "President Ana Ruiz"), or put beside one ("said Ana Ruiz, a boat captain from ..."), is that person's
    name, unless a word of it names a body."""
    names = [t for t in e if t.text != "-"]  # ("Marta Lindqvist-Okoro": a double-barrelled surname is one name)
    if e.label_ != "ORG" or not 2 <= len(names) <= 3 or e.start == 0 or e[0].text == "-" or e[-1].text == "-":
        return False
    doc = e.doc
    roles = lexicon().roles
    if e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].lower_ in ("a", "an") and any(
            w.lower_ in roles or w.lemma_ in roles for w in doc[e.end + 2:min(len(doc), e.end + 5)]):
        return all(t.is_title and t.is_alpha and t.lower_ not in lexicon().org_sector_words for t in names)
    if e.end + 2 < len(doc) and doc[e.end].text == "," and doc[e.end + 1].text.isdigit() \
            and doc[e.end + 2].text == "," and 15 <= int(doc[e.end + 1].text) <= 110:
        # "Efrain Soto Barrios, 57, the former mayor": a name with an age is a person's
        return all(t.is_title and t.is_alpha and t.lower_ not in lexicon().org_sector_words for t in names)
    title = e.doc[e.start - 1]
    if title.text == "," and e.start > 1:  # "a government spokeswoman, Ana Ruiz, said"
        title = e.doc[e.start - 2]
    if title.lower_ not in OFFICE_WORDS and title.lower_ not in lexicon().leader_roles \
            and title.lower_ not in ("chancellor", "king", "queen", "prince", "emir", "sheikh", "pope") \
            and not (title.lower_ in lexicon().roles and not title.lower_.endswith("s")) \
            and not (title.lower_ in APPOSED_OFFICES and e.doc[e.start - 1].text == ","
                     and e.end < len(e.doc) and e.doc[e.end].text == ","):
        return False
    words = lexicon().org_sector_words.keys() | FIRM_WORDS
    return all(t.is_title and t.is_alpha and t.lower_ not in words for t in names)


def _bodies_in_roles(book: ActorBook) -> None:
    """A person whose role names a body of one country serves it: "a spokesman for the Taliban
    administration's border forces", "an adviser to the Kenyan Red Cross"."""
    def told(a: ActorDraft) -> int:
        return min((m[0] for m in a.mentions), default=0)

    bodies = [(a.name.lower(), a.country, told(a)) for a in book.actors
              if a.kind in ("organization", "group") and a.country
              and (len(a.name.split()) > 1 or a.kind == "group") and len(a.name) > 3]
    # "the Finnish Border Guard ... Border Guard commander X": the body's name without its country
    # (or its possessor: "Somalia's foreign ministry ... foreign ministry spokeswoman X")
    bodies += [(rest.lower(), a.country, told(a)) for a in book.actors
               if a.kind in ("organization", "group") and a.country
               for first, _, rest in [a.name.partition(" ")]
               if rest and len(rest) > 3 and (demonym_country(first) or country_code(first)) == a.country]
    # "the Greek coastguard ... Coastguard spokeswoman X": a body told before under its bare noun
    bodies += [(r.lower(), a.country, told(a)) for a in book.actors if a.kind in ("organization", "group")
               and a.country for r in a.roles if r.lower() in BODY_NOUNS]
    for a in book.actors:
        if a.kind != "person" or a.country is not None or not a.roles:
            continue
        # ("Foreign Ministry spokesman X said ... China's Foreign Ministry rejected it": a ministry told
        # only after the person, under its owner's name, is another country's)
        here = told(a)
        known = [(name, iso) for name, iso, at in bodies if at <= here or not _generic_body(name)]
        # the owner wins: "the Taliban administration's border forces" are the administration's, though
        # another country's "border forces" are in the report too; else the fullest name
        owners = [m.group(1) for r in a.roles for m in re.finditer(r"([^,;]+?)['’]s\b", r.lower())]
        named = [(len(name), iso) for text in owners for name, iso in known
                 if re.search(rf"\b{re.escape(name)}\b", text)] or [
                (len(name), iso) for r in a.roles for name, iso in known
                if re.search(rf"\b{re.escape(name)}\b", r.lower())]
        longest = max((n for n, _ in named), default=0)
        found = {iso for n, iso in named if n == longest}
        if len(found) == 1:
            a.country = found.pop()


#: Nouns that name one body of a country, so that a role written with them ("Coastguard spokeswoman",
#: "army spokesman") names the body of that noun the report told of.
BODY_NOUNS = frozenset({"army", "navy", "coastguard", "coast guard", "police", "military", "air force",
                        "border guard", "border police", "gendarmerie", "militia"})


def toponym_country(tok: Token) -> str | None:
    """The country of the resolved place a token belongs to, if it names one."""
    for top in tok.doc._.toponyms or []:
        if top.start <= tok.idx < top.end:
            return str(top.country) if top.country else None
    return None


def _possessing_body_country(book: ActorBook, tok: Token) -> str | None:
    """The country of the body a possessor names, by its mention or by the last word of a body's name
    told earlier ("Iran's Revolutionary Guards ... the Guards' commander")."""
    if (i := book.at(tok)) is not None and book.actors[i].country:
        return book.actors[i].country
    if tok.pos_ != "PROPN":
        return None
    bodies = {a.country for a in book.actors if a.kind != "person" and a.country
              and a.name.split()[-1] == tok.text and len(a.name.split()) > 1}
    return bodies.pop() if len(bodies) == 1 else None


def place_named_elsewhere(tok: Token) -> str | None:
    """The country of a place the report resolves at another mention of the same name: "Kaliningrad's
    governor" is no toponym of its own (the possessor reads as who governs), but the exclave the report
    names elsewhere tells which country he governs in."""
    text = tok.doc.text
    for top in tok.doc._.toponyms or []:
        if top.country and text[top.start:top.end] == tok.text:
            return str(top.country)
    return None


def _based_in(book: ActorBook, noun: Token) -> str | None:
    """The country a body is based in: "the Singapore-based manager", "a Doha-based broker"."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lemma_ in ("base", "headquarter"):
            for w in c.children:
                if w.dep_ in ("npadvmod", "compound", "nmod") and w.pos_ == "PROPN":
                    iso = toponym_country(w) or country_code(w.text)
                    if iso:
                        return iso
    return None


def _bases(book: ActorBook) -> None:
    """Organisations with no country take the one they are said to be based in, on their own name or on
    the noun put beside it ("the ship's Singapore-based manager, Straitline Marine")."""
    for a in book.actors:
        if a.country is not None or a.kind != "organization" or not a.mentions:
            continue
        span = book.doc.char_span(*a.mentions[0], alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        a.country = _based_in(book, root) or (_based_in(book, root.head) if root.dep_ == "appos" else None)


#: Words of a natural feature a body may be named after ("the Niger Delta ...", "the Congo Basin ...").
GEOGRAPHIC_WORDS = frozenset({"delta", "river", "basin", "valley", "lake", "sea", "gulf", "coast", "bay", "strait",
                              "mountains", "highlands", "plateau"})


def _countries_in_names(book: ActorBook) -> None:
    """An organisation or group named after a place it serves ("the Kano State Police", "the mayor
    of X" tagged as one name) belongs to that place's country."""
    places = [tp for tp in book.doc._.toponyms or [] if tp.country and tp.feature != "country"]
    for a in book.actors:
        if a.country is not None or a.kind not in ("organization", "group"):
            continue
        words = f" {a.name} "
        # ("the United States State Department", "Ghana Police Service": a body named after its country; not
        # "the Niger Delta Development Commission", named after a river's land)
        parts = a.name.removeprefix("the ").split()
        lead = next((iso for k in (3, 2, 1) if len(parts) > k and parts[k].lower() not in GEOGRAPHIC_WORDS
                     and (iso := country_code(" ".join(parts[:k])))), None)
        if lead is not None:
            a.country = lead
            continue
        inside = {tp.country for tp in places for start, end in a.mentions if start <= tp.start and tp.end <= end}
        inside |= {tp.country for tp in places if f" {tp.text} " in words}  # the same name resolved elsewhere
        if len(inside) == 1:
            a.country = inside.pop()
            continue
        # "the Taliban Foreign Ministry", "Hamas's armed wing": a body named after a known group is the group's
        owners = {b.country for b in book.actors if b is not a and b.country and b.kind in ("group", "organization")
                  and len(b.name) > 3 and b.name.lower() != a.name.lower()
                  and re.search(rf"(?:^|\s){re.escape(b.name)}(?:\s|$)", a.name)}
        if len(owners) == 1:
            a.country = owners.pop()


# capitalised words that are not names of organisations
NOT_ACRONYMS = frozenset({"I", "A", "AM", "PM", "TV", "OK", "US", "UK", "USA", "EU", "UN", "GMT", "UTC", "CEO", "ID",
                          "AFP", "AP", "BBC", "CNN", "NEWS", "UPDATE", "VIDEO", "PHOTO", "LIVE"})
# "foreign" names a country's own office here ("the foreign ministry"), elsewhere someone else ("foreign forces")
OFFICES = frozenset({"ministry", "minister", "office", "secretary", "ministries", "ministers"})
CIVIL_SOCIETY_WORDS = frozenset({"rights", "aid", "advocacy", "humanitarian", "relief", "pressure", "campaign",
                                 "lobby", "environmental", "charity", "watchdog", "monitoring", "civic", "rescue",
                                 "volunteer", "medical", "activist", "solidarity", "residents"})
# "the X ethnic group", "a tribal group": a community of people, not an armed group
COMMUNITY_MODIFIERS = frozenset({"ethnic", "tribal", "clan", "religious", "linguistic"})
#: Roles of people who come to a place from outside it: never given the report's home country by default.
VISITING_ROLES = frozenset({"ambassador", "envoy", "diplomat", "analyst", "correspondent", "reporter", "journalist",
                            "expert", "researcher", "professor", "mediator", "negotiator", "observer", "monitor",
                            "inspector", "consultant", "tourist", "visitor", "delegate", "emissary", "special"})
#: Words of a firm's name: "the ship's manager, Straitline Marine Management," names a company, not its head.
FIRM_WORDS = frozenset({"management", "carriers", "shipping", "marine", "maritime", "holdings", "lines", "logistics",
                        "services", "energy", "mining", "resources", "partners", "capital", "airlines", "airways",
                        "motors", "industries", "systems", "solutions", "technologies", "trading", "enterprises",
                        "ventures", "investments", "petroleum", "oil", "gas", "telecom", "communications",
                        "construction", "engineering", "consulting", "associates", "bulk", "tankers", "navigation",
                        "insurance", "pharmaceuticals", "foods", "media", "exchange", "finance", "securities"})
#: Offices whose holder a report names between commas after them: "the agency's chief electoral officer,
#: Marc Tessier, said".
APPOSED_OFFICES = frozenset({"officer", "director", "head", "chief", "commissioner", "coordinator", "chairman",
                             "chairwoman", "chair", "chairperson", "administrator", "manager", "executive",
                             "inspector", "superintendent", "rapporteur", "envoy", "registrar", "ombudsman",
                             "auditor", "attorney"})
OFFICE_WORDS = frozenset({"president", "vice-president", "minister", "premier", "judge", "governor", "mayor",
                          "negotiator",
                          "general", "colonel", "commander", "senator", "lawmaker", "prosecutor", "speaker",
                          "chief", "secretary", "ambassador", "gov.", "gov", "sen.", "gen.", "col."})


#: Words of a role that tie its holder to a state body: "presidential spokesman", "defence ministry official".
STATE_ROLE_WORDS = frozenset({"presidential", "ministry", "government", "district", "provincial", "municipal",
                              "defence", "defense", "interior", "cabinet", "palace", "governor's", "mayor's"})
#: Offices held in one country whose holders a report may name once with it and once without ("a
#: Paraguayan senator ... Senator X"); titles shared across sides (ministers, spokesmen) are left out.
DOMESTIC_OFFICES = frozenset({"senator", "governor", "mayor", "lawmaker", "legislator", "congressman",
                              "congresswoman", "deputy", "judge", "prosecutor", "councillor", "councilor", "mp",
                              "magistrate"})


#: Verbs of what befalls a side rather than what it means to do ("Russia would pay a price").
SUFFERED_VERBS = frozenset({"pay", "regret", "face", "suffer", "bear", "lose", "fail", "collapse"})


def _officials_speaking_for_their_state(book: ActorBook) -> None:
    """"Foreign Minister X said Warsaw would ask the European Union ...", "X said Serbia would seek an
    emergency session": an office-holder named with no country who tells what a state will do speaks for
    that state, as officials speak of their own country in the third person."""
    from sitrep.nlp.attribution import REPORTING_VERBS  # (here: attribution reads this module's ActorBook)

    doc = book.doc
    for a in book.actors:
        if a.kind != "person" or a.country is not None or not any(_office(r) for r in a.roles):
            continue
        for start, _ in a.mentions:
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            verb = head.head
            if head.dep_ != "nsubj" or verb.lemma_ not in REPORTING_VERBS:
                continue
            told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if told is None or told.lemma_ in SUFFERED_VERBS or not any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will") for c in told.children):
                continue
            subject = next((c for c in told.children if c.dep_ == "nsubj"), None)
            state = book.at(subject) if subject is not None else None
            if state is not None and book.actors[state].kind == "country" and book.actors[state].country:
                a.country = book.actors[state].country
                break


def _offices_named_with_a_country(book: ActorBook) -> None:
    """"The United States sanctioned a Paraguayan senator ... Senator Ruben X had used ...": a person
    whose office the report has already given a country to, and to no other, holds it in that country."""
    def offices(a: ActorDraft) -> set[str]:
        """The domestic offices a role names, in the singular ("senators" and "senator" are one office)."""
        return {r.lower().split()[-1].removesuffix("s") for r in a.roles if r} & DOMESTIC_OFFICES

    holders: dict[str, set[str]] = {}
    for a in book.actors:
        if a.country:
            for office in offices(a):
                holders.setdefault(office, set()).add(a.country)
    for a in book.actors:
        if a.kind != "person" or a.country is not None:
            continue
        found = {c for office in offices(a) for c in holders.get(office, set())}
        if len(found) == 1:
            a.country = next(iter(found))


def _place_countries(book: ActorBook) -> dict[str, int]:
    """How many of the report's resolved place mentions lie in each country."""
    counts: dict[str, int] = {}
    for top in book.doc._.toponyms or []:
        if top.country:
            counts[top.country] = counts.get(top.country, 0) + 1
    return counts


def _home_country_defaults(book: ActorBook) -> None:
    """Police, soldiers, "the authorities", villagers or an armed group named without a country
    belong to the country where the report's places are, when its places agree on one (the
    convention ACLED and analysts use for local actors)."""
    counts = _place_countries(book)
    if not counts:
        # no place resolved: the countries the actors are named with ("the Congolese police") stand in
        for a in book.actors:
            if a.country:
                counts[a.country] = counts.get(a.country, 0) + 1
    if not counts:
        return
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    _posted_envoys(book, ranked)
    lex = lexicon()
    forces = lex.state_forces
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        _dateline_leaders(book, counts)
        # places in several countries: no safe default, except that "the army" or "police" in a report
        # filed from the country most of its places are in ("GOMA, Congo -") are that country's
        dateline = _dateline_place(book)
        # (or nearly most: "ASUNCION -" atop a story that names Brazil's towns as often as Paraguay's)
        nearly = dateline is not None and bool(dateline.country) and counts.get(
            str(dateline.country), 0) * 4 >= ranked[0][1] * 3
        if dateline is not None and nearly:
            for a in book.actors:
                if a.country is not None or a.sector in ("IGO", "NGO", "MED", "JRN"):
                    continue
                # ("Naviera del Oriente, a shipping company": a business named with no country in a report filed
                # from a country is one of its businesses)
                # ("the National Bureau of Investigation": a national body of the country the report is filed from)
                national = a.kind == "organization" and a.sector is None and re.match(
                    r"(?:the )?national\b", a.name.lower()) is not None
                local = a.generic or any(r.lower() in forces for r in a.roles) or national or (
                    a.kind == "organization" and a.sector in ("GOV", "MIL", "COP", "LEG", "JUD", "BUS") and not a.seat)
                # ("Police spokesman X": a spokesman of a force named without a country is the local one's)
                spokesman = a.kind == "person" and any(w in forces for r in a.roles for w in r.lower().split())
                # ("Opposition senators", "opposition leader X", "the Colorado Party": a country's own politics)
                political = a.sector in ("OPP", "PTY", "LEG") and (a.kind != "person" or bool(a.roles))
                # ("Hussein, a shepherd", "a fourth man": a civilian named with no country in a report filed
                # from where he lives; a visiting envoy's role says he comes from elsewhere)
                civilian = a.kind == "person" and a.sector in (None, "CVL") and not any(
                    w in VISITING_ROLES for r in a.roles for w in r.lower().split())
                # ("Foreign Minister X said" atop "LILONGWE -": a report names its own officials by bare title
                # and qualifies foreign ones, "Tanzania's foreign minister")
                official = a.kind == "person" and any(_office(r) for r in a.roles) and not any(
                    w in VISITING_ROLES for r in a.roles for w in r.lower().split())
                # ("Presidential spokesman X", "a defence ministry spokeswoman", "a civil official in the
                # district": a voice of a state body named without its country, in a report filed from a country)
                state_voice = a.kind == "person" and any(
                    w in STATE_ROLE_WORDS for r in a.roles for w in re.findall(r"[a-z]+", r.lower())) and not any(
                    w in VISITING_ROLES for r in a.roles for w in r.lower().split())
                # (forces, armed groups and crowds act where they are; a state's ministers meeting abroad do not
                # belong to their host)
                if _on_the_ground(a) and local and (there := _acting_only_abroad(book, a, str(dateline.country))):
                    a.country = there  # ("fighting between government troops and youths around Nasir")
                elif (a.kind != "person" and local) or spokesman or political or civilian or state_voice:
                    a.country = dateline.country
                elif official:
                    a.country = _capital_spoken_for(book, a) or dateline.country
        else:
            _forces_of_the_main_country(book, counts)
        return
    home = ranked[0][0]
    text = doc_text(book.doc)
    # a president, judge or general with no country named holds office where the report's places are
    # (measured on the PLOVER records: right far more often than the foreign country he acts on)
    for a in book.actors:
        if a.country is not None or a.kind == "country" or a.sector == "IGO" or (
                a.kind == "person" and a.sector == "NGO"):
            continue  # (an EU envoy holds no office in the country she speaks of)
        # ("Police spokeswoman X": a spokesman of a force or body with no country named is the home one's)
        local_role = a.generic or any(r.lower() in forces or any(w in forces for w in r.lower().split()[:-1])
                                      for r in a.roles)
        # "the Interior Ministry", "the Supreme Court": a state body named without its country is the home one
        state_body = a.kind == "organization" and a.sector in ("GOV", "MIL", "COP", "LEG", "JUD") and not a.seat
        politician = a.kind == "person" and a.sector in ("OPP", "PTY", "LEG") and bool(a.roles)
        # "the National Port Workers' Confederation", "the opposition party": a country's own unions and parties
        home_body = a.kind in ("organization", "group") and (
            a.sector in ("LAB", "PTY", "OPP", "CRM", "BUS", "REB")
            or re.match(r"(?:the )?national\b", a.name.lower()) is not None or _described_as_national(text, a))
        # "Defence lawyer X", "a resident of the town, Y", "X, the wife of a jailed defendant": people of the
        # place the report is about, unless their role says they come from outside it
        # ("X, 44, whose house collapsed": someone given an age and no office is a local person)
        aged = a.kind == "person" and not a.roles and bool(a.mentions) and re.match(
            r",\s*\d{1,3}\s*,", text[a.mentions[0][1]:a.mentions[0][1] + 8]) is not None
        # "X called on Y to accept the verdict": someone named with no office, no body and no country in a
        # report about one country is one of its people (measured on the team's articles: the report's
        # country for 34 such people, another country for 5, none for 11, nearly all of whom had a role)
        unplaced = a.sector is None and ((a.kind == "person" and not a.roles) or a.kind == "organization")
        local_person = aged or unplaced or (
            a.kind == "person" and bool(a.roles) and a.sector not in ("IGO", "NGO", "MED", "JRN")
            and not any(w in VISITING_ROLES for r in a.roles for w in r.lower().split()))
        if _on_the_ground(a) and local_role and (there := _acting_only_abroad(book, a, home)):
            a.country = there  # ("clashes between soldiers and militiamen around the town of X", X abroad)
        elif local_role or state_body or politician or local_person or home_body or (
                a.kind == "person" and any(_office(r) for r in a.roles)):
            a.country = (_capital_spoken_for(book, a) if a.kind == "person" else None) or home


#: Sectors whose members serve no one country: an agency of the UN, a charity working across borders,
#: a foreign reporter.
STATELESS_SECTORS = frozenset({"IGO", "NGO", "JRN"})


def _report_country_for_the_rest(book: ActorBook) -> None:
    """A person, group or body still without a country once every clue in the text has been read is
    taken to be of the country most of the report's places are in, when one country leads.

    Measured on the team's 800 articles: of such actors whose reference gives a country, about two in
    three are of that country; a missing country is never right, so the guess gains more than it costs.
    International bodies, charities and reporters are left without one."""
    counts = _place_countries(book)
    if not counts:
        return
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] <= ranked[1]:
        return  # (places in two countries as often: "talks between Peru and Chile in Lima and Santiago")
    home = max(counts, key=counts.__getitem__)
    for a in book.actors:
        if a.country is None and a.kind in ("person", "group", "organization") and (
                a.sector not in STATELESS_SECTORS) and not (a.generic and a.sector in ("MIL", "GOV")):
            a.country = home


#: Group nouns so vague that their mentions across a report are rarely one group ("people", "members").
VAGUE_GROUPS = frozenset({"people", "individuals", "members", "heads", "others", "persons"})

#: Prepositions that put an actor's act somewhere ("around the town of X", "in X", "near X").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "outside", "inside"})
#: Roads named by the towns they join, where an act on them happens ("on the road from X to Y").
GROUND_ROUTES = frozenset({"road", "highway", "motorway", "route", "railway", "track"})


def _on_the_ground(a: ActorDraft) -> bool:
    """Forces, armed groups and crowds, which act where they are; not a state's ministers or officials,
    who may meet abroad without belonging to their hosts."""
    return (a.kind in ("group", "organization") and a.sector in ("MIL", "COP", "REB")) or (
        a.kind == "group" and a.sector in (None, "CVL", "OPP"))


#: Titles of a state's envoy posted in another country ("the ambassador, X, was summoned").
POSTED_ENVOYS = frozenset({"ambassador", "high commissioner", "chargé d'affaires", "charge d'affaires", "chargé",
                           "consul", "consul general", "deputy ambassador", "acting ambassador"})


def _posted_envoys(book: ActorBook, places: list[tuple[str, int]]) -> None:
    """"Shortly after the ambassador, Liu Wenbo, had been called to the ministry", "handed ambassador X a
    note of protest", in a report from the capital that receives him: an envoy named by his title alone is
    the envoy of the other country the report is about, not of the one he is posted in (his own country's
    envoys abroad are written with where they serve: "the ambassador to Washington")."""
    dateline = _dateline_place(book)
    home = dateline.country if dateline is not None and dateline.country else places[0][0]
    weights: dict[str, int] = {}
    for a in book.actors:
        if a.kind == "country" and a.country and a.country != home:
            weights[a.country] = weights.get(a.country, 0) + len(a.mentions)
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return  # (no other country, or two as much named: no telling whose envoy he is)
    doc = book.doc
    for a in book.actors:
        if a.kind == "person" and a.country is None and a.roles and all(
                r.lower() in POSTED_ENVOYS for r in a.roles) and not any(
                t.lemma_ in ("recall", "return") for start, _ in a.mentions
                if (w := doc.char_span(start, start + 1, alignment_mode="expand")) is not None for t in w[0].sent):
            # (an envoy "recalled" or who "would return home" is the report's own country's)
            a.country = ranked[0][0]


def _acting_only_abroad(book: ActorBook, a: ActorDraft, home: str) -> str | None:
    """The one country other than HOME (the dateline's or the report's main one) where the text puts A
    acting, when it puts it anywhere: "fighting between government troops and armed youths around the
    town of Nasir", in a report filed from the Ethiopian side of the border, is South Sudan's army;
    refugees crossing to where the report is filed do not make the forces they flee the host's. A place
    counts only when it is said in A's own clause ("lists published in London" says nothing of troops
    named in the same sentence), and "people" or "members" named in many places are no one group."""
    if a.name.lower().split()[-1] in VAGUE_GROUPS:
        return None
    doc = book.doc
    placed = _placed_clauses(book)
    found: set[str] = set()
    scenes: set[str] = set()
    unset = False
    for start, _ in a.mentions:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        here = placed.get(_clause_verb(span[0]).i, set())
        found |= here
        if here:
            scenes |= here
        elif (scene := _scene_set_before(book, span[0])) is not None:
            scenes.add(scene)  # ("In Libreville, supporters tried to march ... Police fired tear gas")
        else:
            unset = True
    # (a scene counts only when it covers every mention: drivers told of all through a report from one
    # country are not the other country's for the one paragraph that opens "In Senegal,")
    found = found if unset else scenes
    return next(iter(found)) if len(found) == 1 and home not in found else None


#: How many sentences back a scene set by "In X," still holds for an act told with no place of its own.
SCENE_REACH = 2


def _scene_set_before(book: ActorBook, w: Token) -> str | None:
    """The country of the place that opens W's sentence, or one of the SCENE_REACH sentences before it in
    the same paragraph, as its scene ("In Libreville, several hundred supporters tried to march on the
    palace. Police fired tear gas to disperse them"): a wire report moves its scene with such an opening,
    and the acts told after it with no place of their own happen there. The nearest opening wins."""
    doc = book.doc
    spans = sentences(doc)
    k = sentence_number(doc, sent_of(w).start)
    for number in range(k, max(-1, k - SCENE_REACH - 1), -1):
        sent = spans[number]
        if number < k and "\n" in doc.text[sent.start_char:w.idx]:
            return None  # (a paragraph ends between: its scene stays there)
        if (tp := _opening_place(doc, sent, after_article=True)) is not None:
            return str(tp.country)
    return None


def _placed_clauses(book: ActorBook) -> dict[int, set[str]]:
    """The countries of the places each clause puts its acts in ("in X", "around the town of X"), keyed by
    the clause's verb; read once per document."""
    if book.placed_clauses is not None:
        return book.placed_clauses
    doc = book.doc
    placed: dict[int, set[str]] = {}
    for t in doc._.toponyms or []:
        w = doc.char_span(t.start, t.end, alignment_mode="expand") if t.country else None
        if w is not None and (prep := _locative_prep(w.root)) is not None:
            placed.setdefault(_clause_verb(prep.head).i, set()).add(str(t.country))
    book.placed_clauses = placed
    return placed


def _clause_verb(w: Token) -> Token:
    """The verb of W's clause: a place phrase hung anywhere in that clause is said of W ("clashes
    between soldiers ... around X", "soldiers fought in X"); one in another clause of the sentence is
    not ("lists published in London", "a summit in Dakar later this month")."""
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i:
        w = w.head
    return w


def _locative_prep(w: Token) -> Token | None:
    """The preposition that makes W where something happens: "in X", "around the town of X", "near X"."""
    while w.dep_ in ("compound", "appos") or (w.dep_ == "pobj" and (w.head.lower_ == "of" or (
            # ("an ambush on the road from X to Y": the road the towns name is where it happened)
            w.head.lower_ in ("from", "to", "between") and w.head.head.lemma_.lower() in GROUND_ROUTES))):
        w = w.head.head if w.dep_ == "pobj" else w.head
    return w.head if w.dep_ == "pobj" and (w.head.lower_ in LOCATIVE_PREPOSITIONS or (
        w.lemma_.lower() in GROUND_ROUTES and w.head.lower_ in ("on", "along"))) else None


def _forces_of_the_main_country(book: ActorBook, places: dict[str, int]) -> None:
    """"ARUSHA, Tanzania - Ethiopia's government and the rebels agreed ...; the army said": a report
    filed from elsewhere (talks abroad, a neighbour's border town) whose places and named actors are
    clearly about one country leaves that country's army, police and rebels unqualified.

    Clearly: the country's places and its actors' mentions together weigh at least twice the next
    country's. Only forces, generic groups and state bodies; a person's country needs more than that."""
    weights = dict(places)
    for a in book.actors:
        if a.country:
            weights[a.country] = weights.get(a.country, 0) + len(a.mentions)
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return
    main = ranked[0][0]
    forces = lexicon().state_forces
    for a in book.actors:
        if a.country is not None or a.kind == "person" or a.sector in ("IGO", "NGO", "MED", "JRN", "CVL"):
            continue
        if (a.generic or a.kind == "organization") and (
                a.sector in ("MIL", "COP", "REB") or any(r.lower() in forces for r in a.roles)):
            a.country = main


def _role_phrase(t: Token) -> str:
    """A role noun with the words that qualify it: "former governor", "town mayor"."""
    left = min((c.left_edge.i for c in t.children if c.dep_ in ("amod", "compound")), default=t.i)
    return t.doc[left:t.i + 1].text


def _described_as_national(text: str, a: ActorDraft) -> bool:
    """"The national election body, ELECAM, said": a body the text puts beside "national ..." is one of
    the country the report is about."""
    if not a.mentions:
        return False
    start = a.mentions[0][0]
    return re.search(r"\bnational\b[^,.;]{0,40},\s*$", text[max(0, start - 60):start], re.I) is not None


def _dateline_leaders(book: ActorBook, counts: dict[str, int]) -> None:
    """"WASHINGTON (Reuters) - President X said": a report filed from a capital names its own country's
    leaders by bare title and qualifies foreign ones ("the Turkish president"), so a head of state or
    government with no country named is the dateline's; when the dateline is only where the news happened
    ("HAVANA - Colombia and the ELN agreed ..."), the country the report names clearly most."""
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda iso: counts[iso])
    first = _dateline_place(book)
    if first is not None and counts.get(str(first.country), 0) >= ranked[0]:
        home = str(first.country)
    elif len(ranked) > 1 and ranked[0] >= 1.5 * ranked[1]:
        home = top
    else:
        return
    leaders = lexicon().leader_roles
    for a in book.actors:
        # (and a regional governor or a minister named by bare title: the report's own country's)
        if a.country is None and a.kind == "person" and a.sector not in ("IGO", "NGO") and (any(
                r.lower() in leaders or _office(r) for r in a.roles) or (not a.roles and a.sector is None)):
            a.country = _capital_spoken_for(book, a) or home


def _capital_spoken_for(book: ActorBook, a: ActorDraft) -> str | None:
    """"Chief Cabinet Secretary X told reporters Tokyo had lodged a protest": an official who says what a
    capital did speaks for that capital's government, whatever the dateline."""
    doc = book.doc
    for start, end in a.mentions[:2]:
        span = doc.char_span(start, end)
        if span is None:
            continue
        name = span.root
        if name.dep_ not in ("nsubj", "appos") or name.head.pos_ != "VERB":
            continue
        verb = name.head if name.dep_ == "nsubj" else name.head.head
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            subj = next((w for w in c.children if w.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PROPN" and (iso := capital_country(subj.text)):
                return iso
    return None


#: Roles of people who speak for the body named after them: "a spokesperson for X".
SPEAKER_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "envoy", "adviser",
                           "advisor", "official", "officials", "negotiator", "ambassador"})
#: The role nouns of those who speak for a body, and for it alone ("A spokesman, X, said").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Roles of people who belong where the report places them ("a boat captain from Masinloc").
LOCAL_ROLE_WORDS = frozenset({"governor", "mayor", "police", "official", "resident", "residents", "captain",
                              "worker", "villager", "farmer", "witness", "spokesman", "spokeswoman", "spokesperson",
                              "chief", "commander", "fisherman", "teacher", "doctor", "nurse", "elder", "leader",
                              "administrator", "councillor", "councilor", "lawmaker", "director", "head"})
PLACE_BOUND_ROLES = frozenset({"governor", "mayor", "police", "resident", "residents", "villager", "farmer",
                               "fisherman", "witness", "councillor", "councilor", "administrator", "elder", "regional"})
CONTROLLED = re.compile(r"(.+?)-(?:controlled|administered|held|occupied|run)$")


def _local_anchors(book: ActorBook) -> None:
    """A person with a local role and no country takes the country of the place the text ties them to:
    "a boat captain from Masinloc, X", "an aid worker in Gorom-Gorom, Y", "In Pakistan-controlled Kashmir,
    police official Z said", "Russia's Volgograd region ... The regional governor, W, said"."""
    doc = book.doc
    text = doc_text(doc)
    tops = [tp for tp in doc._.toponyms or [] if tp.country]
    if not tops:
        return
    for a in book.actors:
        if a.country is not None or a.kind != "person" or not a.mentions or a.sector in ("IGO", "NGO", "MED", "JRN"):
            continue
        start, end = a.mentions[0]
        if any(r.lower().split()[-1] in ("judge", "magistrate") for r in a.roles if r.strip()):
            # "A Guatemalan court approved ... Judge X ruled": the judge of the court told just before
            court = last_of_sector(book, start, "JUD")
            a.country = book.actors[court].country if court is not None else None
            if a.country is not None:
                continue
        spokes = any("government" in r.lower() and any(w.startswith("spokes") for w in r.lower().split())
                     for r in a.roles)
        scene = _scene_capital(book, start) if spokes or any(_office(r) for r in a.roles) else None
        if scene is not None:
            a.country = scene  # ("In Asmara, Information Minister X said": the minister of the capital's state)
            continue
        if any(_office(r) for r in a.roles) or spokes:
            # "Malta's government rejected the accusation. Home Affairs Minister X said ...": a minister
            # named with no country, right after that government's own act, is one of its ministers
            government = _previous_government(book, start, speaks_for_it=spokes)
            if government is not None:
                a.country = government
                continue
        if not any(w in LOCAL_ROLE_WORDS for r in a.roles for w in r.lower().split()):
            continue
        # a place tied to the name by "of/from/in" just before or after it
        # (one just after the name is "X of Y", "X from Y", not a place in what X then says: "called the
        # expulsions \"a provocation staged on orders from Brussels\"")
        near = [tp for tp in tops if ((end <= tp.start <= end + 60
                                       and not re.search(r'["“”\n]|\. ', text[end:tp.start]))
                                      or start - 60 <= tp.start < start)
                and re.search(r"\b(?:of|from|in)\s+(?:the\s+)?$", text[max(0, tp.start - 12):tp.start], re.I)]
        near.sort(key=lambda tp: tp.start > start)  # (before the name first: "In Moscow, spokeswoman X")
        # else, for an office of a town or region, the place named last before the name, in its sentence
        # or the one before ("... Russia's Volgograd region. The regional governor, W, said")
        if not near and any(w in PLACE_BOUND_ROLES for r in a.roles for w in r.lower().split()):
            named = doc.char_span(start, end, alignment_mode="expand")
            if named is None:
                continue
            number = sentence_number(doc, sent_of(named[0]).start)
            lo = sentences(doc)[max(0, number - 1)].start_char
            near = [tp for tp in tops if lo <= tp.start < start and tp.feature != "country"][-1:]
        if not near and all(r.lower() in ("spokesman", "spokeswoman", "spokesperson") for r in a.roles):
            # "China's coast guard said in a statement ... Spokesman Liu Dezhong said": the spokesman of the body
            # that spoke just before
            speaker = _last_speaking_body(book, start)
            if speaker is not None:
                a.country = speaker
            continue
        if not near:
            continue
        tp = near[0]
        before = text[max(0, tp.start - 30):tp.start].split()
        owned = CONTROLLED.match(before[-1]) if before else None
        a.country = (country_code(owned.group(1)) if owned else None) or tp.country


def _bodies_in_their_capital(book: ActorBook) -> None:
    """"In Havana, the foreign ministry said ...": a state body named with no country, in a sentence a
    capital opens as its scene, is that capital's state's (as a minister so placed is, in
    :func:`_local_anchors`); a report from the other country's side would otherwise make it its own."""
    for a in book.actors:
        head = a.name.lower().split()[-1] if a.name.strip() else ""
        if a.country is not None or a.kind != "organization" or a.sector not in ("GOV", "LEG", "JUD") or (
                not a.mentions) or (head.endswith("s") and not head.endswith(("ss", "affairs", "us"))):
            continue  # ("In Moscow, the foreign ministry accused Western governments of ...": no seat of theirs)
        if (scene := _scene_capital(book, a.mentions[0][0])) is not None:
            a.country = scene
        elif "ministry" in a.name.lower() and (sibling := _previous_ministry(book, a.mentions[0][0])) is not None:
            a.country = sibling  # ("Russia's foreign ministry called it piracy. The defence ministry said ...")


def _previous_ministry(book: ActorBook, before: int) -> str | None:
    """The country of the ministry that is the subject of the sentence just before character BEFORE, in
    the same paragraph: a ministry told next, with no country of its own, is of the same government."""
    idx = _previous_subject(book, before, same_paragraph=True)
    if idx is None:
        return None
    actor = book.actors[idx]
    return actor.country if actor.kind == "organization" and "ministry" in actor.name.lower() else None


def _previous_subject(book: ActorBook, before: int, *, same_paragraph: bool = False) -> int | None:
    """The actor that is the main clause's subject in the sentence just before character BEFORE (in the
    same paragraph, with SAME_PARAGRAPH)."""
    doc = book.doc
    span = doc.char_span(before, before + 1, alignment_mode="expand")
    if span is None:
        return None
    number = sentence_number(doc, span[0].i)
    if number == 0:
        return None
    previous = sentences(doc)[number - 1]
    if same_paragraph and "\n" in doc_text(doc)[previous.end_char:before]:
        return None
    subject = next((t for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    return book.at(subject) if subject is not None else None


def _scene_capital(book: ActorBook, at: int) -> str | None:
    """The country whose capital (or whose own name) opens the sentence holding character AT as its scene:
    "In Asmara, Information Minister X said ..." gives Eritrea; a city that is no capital gives nothing
    (a minister may speak anywhere, but a report sets a government's answer in its capital)."""
    doc = book.doc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return None
    tp = _opening_place(doc, sent_of(span[0]))
    if tp is not None and (tp.feature == "country" or capital_country(tp.text) == tp.country):
        return tp.country
    return None


#: Words that set a neighbour as the scene: "In neighbouring Guinea, the mines ministry said ...".
NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})


def _opening_place(doc: Doc, sent: Span, *, after_article: bool = False) -> Toponym | None:
    """The place a sentence opens with as its scene: "In Asmara, ...", and "In the Gambia, ..." when
    AFTER_ARTICLE; a place read further on ("In Asmara and Massawa") sets no one scene."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return None
    first = sent[2] if (after_article and sent[1].lower_ == "the") or sent[1].lower_ in NEIGHBOURING else sent[1]
    tp = next((tp for tp in doc._.toponyms or [] if tp.start == first.idx and tp.country), None)
    if tp is None:
        return None
    after = doc.char_span(tp.start, tp.start + len(tp.text), alignment_mode="expand")
    return tp if after is not None and after.end < sent.end and doc[after.end].text == "," else None


#: Roles of people and bodies that belong where they are: "the authorities", "guards", "protesters".
DOMESTIC_ROLES = frozenset({"authorities", "police", "policemen", "guards", "guard", "prosecutors", "prosecutor",
                            "court", "courts", "government", "regime", "opposition", "protesters", "demonstrators",
                            "residents", "villagers", "farmers", "fishermen", "judge", "governor", "mayor",
                            "president", "leader", "leaders", "chairman", "head"})


def _sentence_anchors(book: ActorBook) -> None:
    """In a report spanning several countries, where no country is a safe default, "the authorities",
    "guards" or "X, president of a boat owners' association" with no country named belong to the one
    country whose places their sentence names ("guards had beaten prisoners ... in a detention centre
    in Russia's Rostov region"), else the one the sentence before names ("Fishermen's leaders in
    Rameswaram denied that account. X, president of ..., accused the navy")."""
    doc = book.doc
    tops = [tp for tp in doc._.toponyms or [] if tp.country]
    if not tops:
        return
    spans = sentences(doc)
    starts = [sp.start_char for sp in spans]
    for a in book.actors:
        if a.country is not None or a.kind == "country" or not a.mentions or a.sector in ("IGO", "NGO", "MED", "JRN"):
            continue
        # (the role's head noun: "boat owners' association president", "president of a boat owners' association")
        if not any(w in DOMESTIC_ROLES for r in a.roles for w in {*r.lower().split(" of ")[0].split()[-1:]}):
            continue
        at = a.mentions[0][0]
        k = max(0, bisect_right(starts, at) - 1)
        for number in (k, k - 1):
            if number < 0:
                break
            lo, hi = spans[number].start_char, spans[number].end_char
            found = {tp.country for tp in tops if lo <= tp.start < hi}
            if len(found) == 1:
                a.country = found.pop()
                break
            if found:
                break


def _flagged_civil_vessel(a: ActorDraft) -> bool:
    """A ship, boat or trawler with a country, told in the text, that is no state's own patrol craft."""
    return any(r.lower() in CIVIL_VESSELS for r in a.roles) and bool(a.country) and bool(a.mentions) \
        and not set(a.name.lower().split()) & STATE_VESSEL_WORDS


CREW_WORDS = frozenset({"crew", "crews", "captain", "skipper", "sailors", "seamen", "deckhands"})


def _crews(book: ActorBook) -> None:
    """"seized a Chinese-flagged vessel ..., accusing the crew of fishing illegally": a crew or captain
    with no country named is the crew of the civilian vessel told last before them, and of its flag."""
    ships = sorted((a.mentions[0][0], a.country) for a in book.actors
                   if _flagged_civil_vessel(a))
    if not ships:
        return
    for a in book.actors:
        if a.country is not None or not a.mentions or not (
                set(a.name.lower().split()) & CREW_WORDS or any(r.lower() in CREW_WORDS for r in a.roles)):
            continue
        before = [country for at, country in ships if at < a.mentions[0][0]]
        if before:
            a.country = before[-1]


def last_of_sector(book: ActorBook, before: int, sector: str, *, people: bool = False) -> int | None:
    """The actor of a sector ("JUD": a court) with a country named last before character BEFORE: an
    organisation, or also a person when PEOPLE ("welcomed the ruling" of a judge)."""
    kinds = ("organization", "person") if people else ("organization",)
    told = [(max(s for s, _ in a.mentions if s < before), i) for i, a in enumerate(book.actors)
            if a.kind in kinds and a.sector == sector and a.country and any(s < before for s, _ in a.mentions)]
    return max(told)[1] if told else None


def _previous_government(book: ActorBook, before: int, *, speaks_for_it: bool = False) -> str | None:
    """The country of the government or state that is the subject of the sentence just before
    character BEFORE, if the sentence opens the person's own sentence's paragraph or the one before; with
    SPEAKS_FOR_IT (a government spokesman), a country named as that subject too ("Rwanda dismissed the
    accusations. Government spokeswoman X said ...")."""
    idx = _previous_subject(book, before)
    if idx is None:
        return None
    actor = book.actors[idx]
    governing = actor.kind in ("organization", "group") and actor.sector == "GOV" and "government" in actor.name.lower()
    return actor.country if governing or (speaks_for_it and actor.kind == "country") else None


def _last_speaking_body(book: ActorBook, before: int) -> str | None:
    """The country of the organisation or government that was last the subject of a speech verb, within
    the two sentences before character BEFORE."""
    doc = book.doc
    span = doc.char_span(before, before + 1, alignment_mode="expand")
    if span is None:
        return None
    number = sentence_number(doc, span[0].i)
    lo = sentences(doc)[max(0, number - 2)].start
    for t in reversed(doc[lo:span[0].i]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in ("say", "tell", "announce", "state", "add"):
            idx = book.at(t)
            if idx is not None and book.actors[idx].kind != "person" and book.actors[idx].country:
                return book.actors[idx].country
    return None


def _shared_name_country(book: ActorBook, usual: str | None) -> str | None:
    """The country of a body whose name several countries use ("the Foreign Office"): its usual one when
    the report names that country anywhere, else the country the report is filed from or about."""
    tops = [tp.country for tp in book.doc._.toponyms or [] if tp.country]
    if usual is None or usual in tops or any(demonym_country(e.text) == usual for e in book.doc.ents
                                              if e.label_ == "NORP"):
        return usual
    dateline = _dateline_place(book)
    if dateline is not None:
        return str(dateline.country)
    counts = Counter(tops)
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else usual


def _dateline_place(book: ActorBook) -> Toponym | None:
    """The dateline's place, when the story is about the dateline's country too (a delegation's
    leader arriving in a foreign capital is not that capital's)."""
    doc = book.doc
    tops = doc._.toponyms or []
    first = None
    for tp in tops:  # (the dateline's place, not a headline's before it)
        found = doc.char_span(tp.start, tp.end, alignment_mode="expand") if tp.country else None
        if found is not None and _is_dateline(found):
            first = tp
            break
    if first is None:
        return None
    elsewhere = sum(1 for tp in tops if tp.country == first.country and tp.start >= first.end) + sum(
        1 for a in book.actors if a.country == first.country and a.kind != "person")
    return first if elsewhere >= 2 else None


def _office(role: str) -> bool:
    """A public office held in one country: head of state or government, minister, judge, officer."""
    low = role.lower()
    words = low.split()
    # ("director-general": the office is its last part)
    return low in lexicon().leader_roles or (bool(words) and (
        words[-1] in OFFICE_WORDS or words[-1].split("-")[-1] in OFFICE_WORDS))


def _same_name(name: str) -> str:
    """"Analysts" and "analysts", "the Interior Ministry" and "Interior Ministry" name the same actor."""
    low = name.casefold().strip()
    return low[4:] if low.startswith("the ") else low


def _trim(span: Span) -> Span | None:
    """Drop a leading article and a trailing possessive or punctuation from an entity."""
    start, end = span.start, span.end
    doc = span.doc
    # (and a conjunction the tagger swept in: "Dombrovskis and")
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("and", "or")):
        end -= 1
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    if start >= end:
        return None
    out = doc[start:end]
    out.label_ = span.label_
    return out


def _add_place_actor(book: ActorBook, e: Span) -> None:
    """Countries are actors; a capital is an actor only when it acts (metonymy)."""
    if e.end + 1 < len(e.doc) and e.doc[e.end].text == "-" and e.doc[e.end + 1].lower_ in ("based", "headquartered"):
        return  # "a Bahrain-based fleet": where a body sits, not an actor
    iso = country_code(e.text)
    if iso:
        book.country_actor(iso, e, alias=e.text if e.text != country_name(iso) else None)
        return
    iso = capital_country(e.text)
    if iso and _acts(e) and not _is_dateline(e):
        book.government_actor(iso, e, e.text)
        return
    # ("Puntland rejected the request", "Kurdistan's region said": a region that speaks or decides is its
    # regional government, of the region's country)
    region = next((tp for tp in e.doc._.toponyms or [] if tp.start <= e.start_char < tp.end
                   and tp.feature in ("region", "other") and tp.country), None)
    if region is not None and e.root.dep_ == "nsubj" and e.root.head.lemma_ in REGION_ACTS \
            and not _is_dateline(e):
        book.add(ActorDraft(name=e.text, kind="organization", country=region.country, sector="GOV"), e)


def _is_dateline(e: Span) -> bool:
    """"LISBON — ..." opening a paragraph says where the report was filed; the parser may still
    make it the subject of the first verb."""
    doc = e.doc
    if e.start in dateline_tokens(doc):
        return True  # "CARACAS, Dec 20 (Reuters) -", read once for the document
    at_start = e.start == 0 or "\n" in doc[e.start - 1].text_with_ws
    j = e.end
    while j < len(doc) and (doc[j].text == "," or doc[j].ent_type_ == "GPE" or doc[j].is_title) and j - e.end < 4:
        j += 1
    # "WASHINGTON — ...", and the wire form "WASHINGTON (Reuters) - ..." with the agency in brackets
    return at_start and j < len(doc) and (doc[j].text in ("—", "–", "-", "--") or (
        doc[j].text == "(" and e.text.isupper() and len(e.text) > 2))


#: Verbs whose object is someone spoken to or judged: a capital as their object is its government.
ADDRESSING_VERBS = frozenset({"urge", "press", "ask", "warn", "accuse", "tell", "pressure", "blame", "criticise",
                              "criticize", "condemn", "implore", "invite", "thank", "praise", "sanction",
                              "lobby", "persuade"})


#: Verbs whose subject is someone: a thing NER named that says or announces is a body.
SPEAKING_VERBS = frozenset({"say", "announce", "report", "state", "confirm", "deny", "accuse", "urge", "warn",
                            "claim", "add", "tell", "demand", "call", "reject", "condemn"})
#: What a region's government does as the subject of a verb: "Puntland rejected", "Catalonia announced".
REGION_ACTS = SPEAKING_VERBS | frozenset({"refuse", "agree", "sign", "release", "arrest", "declare", "impose", "ban",
                                          "suspend", "welcome", "threaten", "order", "vow", "insist", "decline"})


def _speaking_body(e: Span) -> Span | None:
    """"Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said": a capitalised
    name NER took for a product or a title, the subject of a verb of speech, is a body; its name runs on
    through "for"/"of" and the capitalised words after them."""
    if e.label_ not in THING_LABELS or e.root.dep_ != "nsubj" or e.root.head.lemma_ not in SPEAKING_VERBS:
        return None
    doc = e.doc
    named = {t.text for p in doc.ents if p.label_ == "PERSON" for t in p}
    if all(t.text in named or t.text == "-" for t in e):
        return None  # ("Quan-Ortega said" after "Marisol Quan-Ortega": the person's family name)
    end = e.end
    while end + 1 < len(doc) and doc[end].lower_ in ("for", "of", "on") and end - e.start < 12:
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        run = k
        while run < len(doc) and (doc[run].is_title or (doc[run].lower_ in ("of", "and") and run + 1 < len(doc)
                                                        and doc[run + 1].is_title)):
            run += 1
        if run == k:
            break
        end = run
    return Span(doc, e.start, end, label="ORG")


def _acts(e: Span) -> bool:
    """True when a place name is used as an agent: subject, possessor, or one side of a relation."""
    root = e.root
    dep = root.dep_
    if dep in ("nsubj", "nsubjpass", "poss"):
        return True
    if dep == "conj" and root.head.dep_ in ("nsubj", "nsubjpass", "pobj") and root.head.head.lower_ == "between":
        return True
    if dep == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    if dep == "pobj" and root.head.lower_ == "between":
        return True
    # one addressed: "called on Washington to lift sanctions", "urged Moscow to ...", "accused Kigali of ..."
    if dep == "pobj" and root.head.lower_ in ("on", "upon") and root.head.head.lemma_ == "call":
        return True
    if dep == "dobj" and root.head.lemma_ in ADDRESSING_VERBS:
        return True
    return dep == "pobj" and root.head.lower_ in ("with", "against", "by") and root.head.head.pos_ in ("NOUN", "VERB")


def _add_people_actor(book: ActorBook, e: Span) -> None:
    """A demonym used as a noun ("the Americans") is the country; as an adjective it only modifies."""
    iso = demonym_country(e.text) or (demonym_country(e[0].text) if len(e) > 1 else None)  # "Bosnian Serbs"
    if iso is None:
        return
    as_noun = e.root.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
    plural_noun = e.root.pos_ in ("NOUN", "PROPN") and e.root.tag_ in ("NNS", "NNPS") and e.root.head.pos_ != "NOUN"
    if any(c.lower_ == "ethnic" for c in e.root.children) and (as_noun or plural_noun):
        # "ethnic Albanians in Serbia": a community of the country they live in, not the state the word names
        where = _country_of_phrase(book, e.root)  # "ethnic Albanians in southern Serbia"
        idx = book.add(ActorDraft(name=f"ethnic {e.text}", kind="group", country=where, sector="CVL",
                                  generic=where is None), e)
        book.actors[idx].add_role("ethnic group")
        return
    if as_noun or plural_noun:
        book.country_actor(iso, e, alias=e.text)


def _add_org(book: ActorBook, e: Span) -> None:
    iso = country_code(e.text)
    if iso:  # "Democratic People's Republic of Korea" tagged ORG is still the country
        book.country_actor(iso, e, alias=e.text if e.text != country_name(iso) else None)
        return
    if len(e) == 1 and demonym_country(e.text):
        _add_people_actor(book, e)  # "Guatemalan court clears ..." (a headline's capitals): a demonym, no body
        return
    e = _with_national_branch(e)
    lex = lexicon()
    words = e.text.lower()
    # (whole words: "Frontier Corps" is no front; the plain substring test first spares building a pattern
    # for each of the lexicon's words)
    sector = next((s for w, s in lex.org_sector_words.items()
                   if w in words and re.search(rf"\b{re.escape(w)}\b", words)), None)
    if _part_of_international_body(e):
        sector = "IGO"
    elif e.start > 0 and e.doc[e.start - 1].lower_ in REBEL_MARKS:
        sector = "REB"  # "the rebel Oromo Liberation Army": an army by name, an insurgency by what the text says
    # the possessor first: "China's Taiwan Affairs Office" is China's, whatever country its name holds
    country = _possessor_country(book, e)
    for t in e:
        if country:
            break
        country = country_code(t.text) or _demonym_at(t)  # ("the Sri Lankan navy": a demonym of two words)
    if country is None:
        country = _country_word_before(e)
    if country is None and e.end + 1 < len(e.doc) and e.doc[e.end].lower_ == "in":
        # "the Bureau for Reintegration Policies in Chisinau": a body named with the city it sits in
        country = toponym_country(e.doc[e.end + 1])
    if sector in (None, "MED") and _audience(e.root):
        return  # "he told Al Jazeera", "speaking to Reuters": the outlet that carried the words, not an actor
    idx = book.add(ActorDraft(name=_owned_name(e), kind="organization", country=country, sector=sector), e)
    poss = _possessor_span(e)
    if poss is not None:
        book.actors[idx].add_alias(book.doc[poss.start:e.end].text)


#: Words set before a body's name that make it an insurgent one ("the rebel X", "the militant Y").
REBEL_MARKS = frozenset({"rebel", "insurgent", "militant", "separatist", "guerrilla", "jihadist", "armed"})


def _part_of_international_body(e: Span) -> bool:
    """"U.N. human rights office", "EU mission", "UN refugee agency": a body whose name opens with an
    international one's is part of it, however the rest of its name reads (an office, a commission)."""
    names = lexicon().igo_names
    start = 1 if e[0].lower_ == "the" else 0
    return any(e[start:end].text in names for end in range(start + 1, min(len(e), start + 4)))


#: Words a name may hold and still be only a kind of body that every government has ("Foreign Ministry",
#: "Ministry of the Interior", "Defence Department"), not the proper name of one.
GENERIC_BODY_WORDS = frozenset({"ministry", "department", "office", "of", "the", "and", "for"}) | PORTFOLIO_WORDS


def _generic_body(name: str) -> bool:
    words = name.lower().removeprefix("the ").split()
    return any(w in ("ministry", "department") for w in words) and all(w in GENERIC_BODY_WORDS for w in words)


def _owned_name(e: Span) -> str:
    """A body every government has is named with its owner when the text gives one ("Russia's defence
    ministry", "the Turkish Foreign Ministry"), so that two countries' foreign ministries in one report
    stay two actors and a reader sees whose each is; a proper name ("China's Taiwan Affairs Office")
    is name enough."""
    seat = _seat_of_mission(e)
    name = _owner_named(e)
    return f"{name} in {seat}" if seat is not None else name  # ("the U.S. Embassy in Sarajevo": one of many)


def _owner_named(e: Span) -> str:
    if not _generic_body(e.text):
        return e.text
    poss = _possessor_span(e)
    if poss is not None and (country_code(poss.text) or capital_country(poss.text)):
        return e.doc[poss.start:e.end].text
    before = e.doc[e.start - 1] if e.start > 0 else None
    if before is not None and ((before.is_title and demonym_country(before.text)) or (
            before.is_upper and country_code(before.text))):
        return f"{before.text} {e.text}"
    return e.text.removeprefix("the ").removeprefix("The ")


def _seat_of_mission(e: Span) -> str | None:
    """"the U.S. Embassy in Sarajevo", "Canada's consulate in Lagos": where a mission abroad sits, named right
    after it; a country keeps many missions, and a report names the one that acts by its city."""
    doc = e.doc
    if e[-1].lower_ not in ("embassy", "consulate", "mission") or e.end + 1 >= len(doc) or doc[e.end].lower_ != "in":
        return None
    city = doc[e.end + 1]
    if city.ent_type_ != "GPE" or city.ent_iob_ != "B":
        return None
    end = city.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[city.i:end].text


def _with_national_branch(e: Span) -> Span:
    """"Amnesty International Kenya", "the Law Society of Kenya" when NER stopped before the country:
    the country that follows a body's name, bare or after "of", is part of the name (a national
    branch or a national body), and gives the body its country."""
    doc = e.doc
    for start in (e.end, e.end + 1):
        if start == e.end + 1 and (e.end >= len(doc) or doc[e.end].lower_ != "of"):
            continue
        for n in (3, 2, 1):
            if start + n <= len(doc) and doc[start].is_title and country_code(doc[start:start + n].text) \
                    and doc[start].ent_type_ == "GPE" and doc[start].ent_iob_ == "B" \
                    and (start + n == len(doc) or doc[start + n].ent_iob_ != "I"):
                return Span(doc, e.start, start + n, label=e.label_)
    return e


def _seat_of_government(name: str) -> bool:
    """"The Kremlin", "the White House": a building that stands for a government, which its capital's
    name may stand for too ("Moscow said"); a ministry or an office is one body of it, not the seat
    ("asked Beijing" is not a request to the Taiwan Affairs Office)."""
    low = name.lower()
    return any(word in low for word in lexicon().seat_words)


def _audience(t: Token) -> bool:
    """Whether a name is who someone spoke to: "told X", "said to X", "in an interview with X"."""
    head = t.head
    if t.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return not any(c.dep_ == "xcomp" and c.i > t.i for c in head.children)  # ("told X to leave": an order)
    if t.dep_ == "appos" and head.dep_ in ("dobj", "dative") and head.head.lemma_ == "tell":
        return True  # "she told the state broadcaster ERT"
    if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in ("say", "speak", "talk", "explain"):
        return True
    return t.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ == "interview"


def _country_word_before(e: Span) -> str | None:
    """"the US Congress", "Kenyan police": a country or demonym just before the name."""
    if e.start == 0:
        return None
    before = e.doc[e.start - 1]
    found = country_code(before.text) or _demonym_at(before)
    k = e.start - 1
    # "the Czech National Cyber and Information Security Agency" when NER took only the name's tail: the
    # demonym opening the capitalised run before it
    while found is None and k > 0 and e.start - k < 5 and (e.doc[k].is_title or e.doc[k].lower_ == "and"):
        k -= 1
        found = demonym_country(e.doc[k].text) if e.doc[k].is_title else None
    return found


def _possessor_span(e: Span) -> Span | None:
    """``Peru's`` in ``Peru's Health Ministry``: the tokens before a possessive marker."""
    doc = e.doc
    first = e.start
    # ("the U.S. Navy's Bahrain-based Fifth Fleet": past a modifier of the name to the possessor)
    while first >= 2 and doc[first - 1].text not in POSSESSIVE and doc[first - 1].text != "," \
            and doc[first - 1].dep_ in ("amod", "npadvmod", "punct") \
            and doc[first - 1].head.i in range(first - 3, e.end) and e.start - first < 4:
        first -= 1
    if first >= 2 and doc[first - 1].text in POSSESSIVE:
        end = first - 1
        start = end - 1
        while start > 0 and doc[start - 1].ent_iob_ == "I":
            start -= 1
        if doc[start].ent_iob_ == "I":
            while start > 0 and doc[start].ent_iob_ != "B":
                start -= 1
        return doc[start:end]
    return None


def _possessor_country(book: ActorBook, e: Span) -> str | None:
    poss = _possessor_span(e)
    if poss is None:
        # ("Bolivia ... complained. Its foreign ministry called for ...": the body the pronoun takes up)
        pronoun = e.doc[e.start - 1] if e.start > 0 else None
        if pronoun is not None and pronoun.lower_ in ("its", "their") and pronoun.dep_ == "poss":
            owner = book.antecedent(pronoun)
            return book.actors[owner].country if owner is not None and book.actors[owner].kind != "person" else None
        return None
    owner = book.at(poss[-1])  # "the U.S. Navy's Fifth Fleet": the owning body's country
    return country_code(poss.text) or capital_country(poss.text) or (
        book.actors[owner].country if owner is not None else None) or next(
        (iso for t in e.doc[poss[0].left_edge.i:poss.end]  # "the US military's Africa Command"
         if (iso := country_code(t.text) or demonym_country(t.text))), None) or next(
        # ("the Taliban administration's Ministry of Refugees": the group that runs the administration)
        (iso for t in e.doc[poss[0].left_edge.i:poss.end] if (i := book.at(t)) is not None
         and book.actors[i].kind != "person" and (iso := book.actors[i].country)), None)


def _roles_from_titles(book: ActorBook, persons: Iterable[Span]) -> None:
    """Titles before a name, possessors of those titles, and appositions after it."""
    doc = book.doc
    roles = lexicon().roles
    for e in persons:
        idx = book.at(e[0])
        if idx is None:
            continue
        actor = book.actors[idx]
        # words before the name: "French Defence Minister", "police chief", "Governor"
        j = e.start
        title: list[Token] = []
        while j > 0:
            t = doc[j - 1]
            if t.text == "-" and not t.whitespace_ and j >= 2 and not doc[j - 2].whitespace_ and title:
                title.insert(0, t)  # "Secretary-General", "Attorney-General": one title written with a hyphen
                j -= 1
                continue
            if t.text in POSSESSIVE or (t.is_punct and t.text not in (".",)) or t.is_digit:
                break
            if t.is_space or "\n" in t.text_with_ws or (t.text == "." and doc[t.i + 1].is_sent_start):
                break  # a title never reaches back over a sentence's or a paragraph's end
            if t.lower_ == "of" and title and j >= 2 and doc[j - 2].lower_ in roles and all(
                    w.is_title or w.is_upper or w.lower_ == "and" for w in title):
                title.insert(0, t)  # "Secretary of State", "Chief of Staff", "Minister of Defence"
                j -= 1
                continue
            if t.lower_ == "and" and title and title[0].lower_ in PORTFOLIO_WORDS and title[0].is_title and j >= 2 \
                    and doc[j - 2].lower_ in PORTFOLIO_WORDS and doc[j - 2].is_title:
                title.insert(0, t)  # "Minister of Water Resources and Irrigation": one portfolio of two
                j -= 1
                continue
            if (t.ent_type_ == "PERSON" and not demonym_country(t.text)) or t.lower_ in (
                    "the", "a", "an", "and", "with", "by", "of", "for"):
                break  # (a demonym the tagger took for a name still opens the title: "Azerbaijani President")
            if t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"):
                break
            title.insert(0, t)
            j -= 1
        _apply_title(book, idx, title)
        # a possessor before the title: "X's envoy Y" links Y to X
        if j >= 2 and doc[j - 1].text in POSSESSIVE:
            owner = book.at(doc[j - 2])
            if owner is not None and owner != idx:
                book.link(owner, idx)
                _share_possessor_with_list(book, e, owner)
        _membership(book, idx, e)
        # "King Hassan of Morocco", "the president of Chile, Ana Ruiz"
        if actor.country is None and e.end + 1 < len(doc) and doc[e.end].lower_ == "of":
            actor.country = country_code(doc[e.end + 1:e.end + 3].text) or country_code(doc[e.end + 1].text)
            # "Rafael Cruz of the Philippine Coast Guard": the body's country is his
            following = [w for w in doc[e.end + 1:min(len(doc), e.end + 6)] if not w.is_punct]
            if actor.country is None and following and following[0].lower_ == "the":
                actor.country = next((iso for w in following[1:3]
                                      if (iso := demonym_country(w.text) or country_code(w.text))), None)
        # an apposition: "Y, X's new press secretary and head of the transition team, said"
        for child in e.root.children:
            if child.dep_ == "appos" and child.i > e.end - 1:
                _apply_apposition(book, idx, child)
        if actor.kind == "person" and actor.country is None and e.root.dep_ == "appos":
            actor.country = _appositive_owner_country(book, e.root.head)
            if actor.country is not None and not actor.roles and e.root.head.pos_ == "NOUN":
                actor.add_role(e.root.head.text)  # "Guyana's agent before the court, X": an office of its own
        if actor.kind == "person" and not actor.roles:
            head = e.root.head
            if e.root.dep_ == "appos" and head.lower_ in roles:
                # ("the charge d'affaires, X": the head's compounds are part of the title)
                left = min([head.i, *(c.i for c in head.children if c.dep_ == "compound" and c.i < head.i)])
                actor.add_role(doc[left:head.i + 1].text)
                actor.sector = actor.sector or lexicon().roles.get(head.lower_)  # "Kenya's Minister of Energy, X"
                possessor = next((c for c in head.children if c.dep_ == "poss"), None)
                if possessor is not None and actor.country is None:
                    # "Qatar's minister of state, X": the possessor's country is the person's
                    actor.country = country_code(_full_name(possessor)) or (
                        book.actors[i].country if (i := book.at(possessor)) is not None else None)
                if actor.country is None:
                    # "his Nigerien counterpart, X", "the Sudanese envoy, Y": the demonym before the office
                    actor.country = next((iso for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                                          and (iso := _demonym_at(c) or country_code(c.text))), None)
                if actor.country is None and head.lower_ in SPOKESPEOPLE and not any(
                        c.dep_ in ("poss", "amod", "nmod", "prep") for c in head.children):
                    # ("India's foreign ministry rejected the note. A spokesman, X, said ...": the spokesman of
                    # the body the sentence before, in the same paragraph, has speak; "a ministry spokesman"
                    # when that body is a ministry)
                    owner = _previous_subject(book, e.start_char, same_paragraph=True)
                    body = book.actors[owner] if owner is not None else None
                    said = [c.lower_ for c in head.children if c.dep_ == "compound"]
                    if body is not None and body.kind != "person" and all(w in body.name.lower() for w in said):
                        actor.country = body.country
            described = head.head if head.lower_ == "as" else None  # "the porter, identified as X": a porter
            if e.root.dep_ == "pobj" and described is not None and described.lemma_ in ("identify", "name") \
                    and described.dep_ == "acl" and described.head.pos_ == "NOUN" and described.head.is_lower:
                actor.add_role(described.head.text)


def _spelled_out(book: ActorBook, text: str) -> int | None:
    """The organisation already named in full whose initials TEXT is ("RSF" after "Rapid Support Forces")."""
    if not _acronym(text) or len(text) < 3:
        return None
    for i, a in enumerate(book.actors):
        if a.kind not in ("organization", "group"):
            continue
        initials = "".join(w[0] for w in a.name.replace("-", " ").split() if w[:1].isupper())
        if initials == text:
            return i
    return None


def _led_group(book: ActorBook, idx: int, e: Span) -> None:
    """"a Serbian delegation led by Prime Minister X": the leader is of the group's country."""
    root = e.root
    agent = root.head
    if root.dep_ != "pobj":
        # the parser may leave "by" without its object: find it before the title ("led by Prime Minister X")
        j = e.start
        while j > 0 and (e.doc[j - 1].is_title or e.doc[j - 1].is_upper) and e.start - j < 5:
            j -= 1
        agent = e.doc[j - 1] if j > 0 else root
    if agent.lower_ != "by" or agent.head.lemma_ not in ("lead", "head", "represent"):
        return
    verb = agent.head
    if verb.dep_ == "acl":
        group = book.at(verb.head)
    else:  # "The Armenian delegation was led by X": the passive's subject is the group
        group = next((book.at(c) for c in verb.children if c.dep_ == "nsubjpass" and book.at(c) is not None), None)
    if group is None:
        return
    actor = book.actors[idx]
    if group is not None and group != idx and actor.country is None:
        actor.country = book.actors[group].country


def _membership(book: ActorBook, idx: int, e: Span) -> None:
    """"his team, including A and B" and "a delegation of A and B": members share the leader's side."""
    root = e.root
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in ("including", "among", "of"):
        return
    group = root.head.head
    if group.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS or book.at(group) is not None:
        owner = book.at(group) if book.at(group) is not None else book.antecedent(group)
        if owner is not None:
            book.link(owner, idx)
    for child in [c for g in (group, *group.conjuncts) for c in g.children]:
        if child.dep_ == "poss":
            owner = book.at(child)
            if owner is None and child.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                owner = book.antecedent(child)
            if owner is not None:
                book.link(owner, idx)
        elif child.dep_ in ("amod", "compound"):
            iso = demonym_country(child.text)
            if iso and book.actors[idx].country is None:
                book.actors[idx].country = iso


def _apply_title(book: ActorBook, idx: int, title: list[Token]) -> None:
    if not title:
        return
    actor = book.actors[idx]
    lex = lexicon()
    # "Minister of Defence Oleksii Reznikov" when the tagger took only the surname: a capitalised word
    # right before the name that is no title word is the forename
    if len(title) >= 2 and title[-1].pos_ == "PROPN" and title[-1].lower_ not in lex.roles and not (
            country_code(title[-1].text) or demonym_country(title[-1].text)) and title[-1].ent_type_ in (
            "", "PERSON") and title[-2].lower_ != "of" and title[-1].lower_ not in PORTFOLIO_WORDS:
        title = title[:-1]
    words: list[Token] = []
    owner_sector: str | None = None
    for t in title:
        if words and words[-1].i == t.i - 1 and (two := demonym_country(t.doc[t.i - 1:t.i + 1].text)):
            # ("Central African government spokesman", "South Sudanese Foreign Minister": a demonym of two words)
            words.pop()
            actor.country = actor.country or two
            continue
        iso = country_code(t.text) or demonym_country(t.text)
        owner = book.at(t)
        if not iso and owner is not None and owner != idx and book.actors[owner].kind != "person":
            iso = book.actors[owner].country  # "White House Chief of Staff": the seat's country and sector
            if iso:
                actor.country = actor.country or iso
            else:
                book.link(owner, idx)  # "Taliban spokesman X": the group's country, once it is known
            owner_sector = owner_sector or book.actors[owner].sector
        if iso and (country_code(t.text) or demonym_country(t.text)):
            actor.country = actor.country or iso
            continue
        if t.lower_ in TITLE_MODIFIERS and not words and t.lower_ not in ("deputy", "chief"):
            continue  # ("Deputy Foreign Minister" is an office of its own; "former" or "acting" is not)
        words.append(t)
    text = "".join(t.text + (t.whitespace_ and " ") for t in words).strip()
    if not text:
        return
    if actor.country is None and not owner_sector:
        # "Foreign Office spokeswoman X" after "Pakistan's Foreign Office": the body told before is hers
        low_title = text.lower()
        body = next((a for a in book.actors if a.kind == "organization" and (a.country or a.sector == "IGO") and (
            len(a.name.split()) > 1 or a.seat or a.sector == "IGO")
            and re.search(rf"\b{re.escape(a.name.lower())}\b", low_title)), None)
        if body is None and len(words) >= 2 and words[0].lower_ in ("ministry", "army", "police", "office", "agency"):
            # "ministry spokesman X" after "Belarus's Foreign Ministry said": the ministry told last
            told = [a for a in book.actors if a.kind == "organization" and a.country and a.mentions
                    and a.name.lower().split()[-1] == words[0].lower_ and a.mentions[0][0] < words[0].idx]
            body = max(told, key=lambda a: a.mentions[0][0]) if told else None
        if body is not None:
            actor.country = body.country
            owner_sector = body.sector or owner_sector
    low = text.lower()
    head = low.split(" of ")[0].split()[-1] if " of " in low else low.split()[-1]  # "Chief of Staff": chief
    if low in lex.roles or head in lex.roles or any(w.is_title or w.is_lower for w in words):
        actor.add_role(text)
        sector = lex.roles.get(low) or lex.roles.get(head) or owner_sector
        if owner_sector == "IGO":
            sector = "IGO"  # "UNIFIL spokesman", "UN envoy": speaks for the body
        if "opposition" in low.split():
            sector = "OPP"  # "Opposition leader X" leads no government
        actor.sector = actor.sector or sector


def _share_possessor_with_list(book: ActorBook, e: Span, owner: int) -> None:
    """In "X's adviser A, nephew B and Minister C" the possessor covers the whole list."""
    for conj in _conjuncts(e.root):
        other = book.at(conj)
        if other is not None and other != owner and book.actors[other].kind == "person":
            book.link(owner, other)
            _title_before(book, other)


def _title_before(book: ActorBook, idx: int) -> None:
    """Pick up the lowercase role right before a listed name ("brother-in-law B")."""
    doc = book.doc
    start, _ = book.actors[idx].mentions[0]
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return
    j = span.start
    title: list[Token] = []
    while j > 0:
        t = doc[j - 1]
        hyphen_chain = t.text == "-" or (j - 2 >= 0 and doc[j - 2].text == "-" and t.is_lower)
        if not (hyphen_chain or (t.is_lower and t.pos_ in ("NOUN", "ADJ"))):
            break
        title.insert(0, t)
        j -= 1
    if title and title[0].text != "-":
        book.actors[idx].add_role(doc[title[0].i:title[-1].i + 1].text)


def _apply_apposition(book: ActorBook, idx: int, head: Token) -> None:
    """Split an apposition into roles, and link to any actor it names as the person's principal."""
    doc = book.doc
    lex = lexicon()
    for part in [head, *_conjuncts(head)]:
        sub = _phrase(part)
        tokens = list(sub)
        # drop determiners, possessors (linked), and modifiers such as "new"
        keep: list[Token] = []
        for t in tokens:
            if t.dep_ == "poss" or (t.head.dep_ == "poss" and t.i < part.i):
                other = book.at(t)
                if other is not None and other != idx:
                    book.link(other, idx)
                continue
            modifier = t.lower_ in TITLE_MODIFIERS or t.dep_ == "det"
            if t.text in POSSESSIVE or (not keep and t.i != part.i and modifier):  # the head noun always stays
                continue
            if book.at(t) is not None and t.ent_type_ == "PERSON" and t.i < part.i:
                continue  # a name inside the title's possessor; the title's own head noun always stays
            keep.append(t)
        if not keep:
            continue
        role = doc[keep[0].i:keep[-1].i + 1].text
        if part.lower_ not in lex.roles and " of " not in role:
            if part.pos_ == "NOUN" and book.actors[idx].country is None:
                # "X, an Afghan tribal elder", "Y, a retired mechanic from Ohio": no office, but a country
                book.actors[idx].country = next((iso for t in keep if t.i < part.i and (
                    iso := demonym_country(t.text) or country_code(t.text))), None) or _from_country(book, part)
            continue
        book.actors[idx].add_role(role)
        for t in keep:
            iso = demonym_country(t.text) or country_code(t.text)
            if iso and book.actors[idx].country is None:
                book.actors[idx].country = iso
        sector = lex.roles.get(part.lower_)
        if sector and book.actors[idx].sector is None:
            book.actors[idx].sector = sector
        if part.lemma_ in BUSINESS_NOUNS and book.actors[idx].kind == "person":
            book.actors[idx].kind = "organization"  # ("Naviera del Oriente, a shipping company": a firm's name)


#: Bodies a spokesperson's title names without their country: "foreign ministry spokeswoman X".
TITLE_BODY = re.compile(r"\b((?:foreign|defen[cs]e|interior|justice|health|finance|information|home)\s+ministry|"
                        r"ministry of (?:foreign affairs|defen[cs]e|the interior)|armed forces|army|navy|"
                        r"coast ?guard)\b")


def _body_owner_in_text(book: ActorBook, idx: int, e: Span) -> None:
    """"Somalia's foreign ministry said ... foreign ministry spokeswoman X told reporters": a title that
    names a body without its country takes the country of that body as the text last named it
    ("Somalia's foreign ministry", "the Somali foreign ministry")."""
    actor = book.actors[idx]
    if actor.country is not None:
        return
    body = next((m.group(1) for r in actor.roles if (m := TITLE_BODY.search(r.lower()))), None)
    if body is None:
        return
    # ("Foreign ministry spokesman X said in New Delhi that ...": the capital the ministry speaks from)
    verb = e.root.head if e.root.dep_ == "nsubj" else None
    where = [w for c in (verb.children if verb is not None else ()) if c.dep_ == "prep" and c.lower_ == "in"
             for w in c.children if w.dep_ == "pobj" and w.pos_ == "PROPN"]
    spoken_from = next((iso for w in where if (iso := capital_country(_full_name(w)))), None)
    if spoken_from is not None:
        actor.country = spoken_from
        return
    before = doc_text(book.doc)[:e.start_char]
    owners = re.findall(rf"\b([A-Z][\w-]+)(?:['’]s)? {re.escape(body)}\b", before, flags=re.IGNORECASE)
    for word in reversed(owners):
        iso = country_code(word) or demonym_country(word)
        if iso:
            actor.country = iso
            return


def _body_told_before(book: ActorBook, idx: int, e: Span) -> None:
    """"The Thai army said ... X, a spokesman for the army's Second Region": the body a definite noun in
    the person's apposition takes up serves as the person's principal (once role nouns are actors)."""
    for appos in (c for c in e.root.children if c.dep_ == "appos" and c.i >= e.end):
        for t in appos.subtree:
            if t.dep_ == "poss" and t.pos_ == "NOUN" and book.at(t) is None:
                body = _told_before(book, t)
                if body is not None and body != idx:
                    book.link(body, idx)


def _appositive_owner_country(book: ActorBook, head: Token) -> str | None:
    """The country of whoever owns the office a name stands beside: "Guyana's agent before the court,
    X" (a country's office, whatever its title), "Cambodia's ministry ... Its spokeswoman, X" (the body
    the pronoun takes up), "a spokesman for the army's Second Region, X" is read by the apposition
    itself. Only a possessor that is a country or an actor with one counts: "his lawyer, X" says
    nothing of X's country."""
    if head.pos_ != "NOUN":
        return None
    possessor = next((c for c in head.children if c.dep_ == "poss"), None)
    if possessor is None:
        return None
    if possessor.lower_ in ("its", "their"):
        owner = book.antecedent(possessor)
        return book.actors[owner].country if owner is not None and book.actors[owner].kind != "person" else None
    if possessor.pos_ != "PROPN":
        # "X, the headquarters' secretary": the body the definite noun takes up
        owner = _told_before(book, possessor)
        return book.actors[owner].country if owner is not None else None
    owner = book.at(possessor)
    name = _full_name(possessor)
    return country_code(name) or capital_country(name) or (
        book.actors[owner].country if owner is not None and book.actors[owner].kind != "person" else None)


def _full_name(possessor: Token) -> str:
    """The whole name a proper noun ends, with the words compounded before it: "Papua New Guinea" for
    "Guinea's" (the last word alone is another country), "Sierra Leone", "New Delhi"."""
    first = possessor
    while (nxt := next((c for c in first.children if c.dep_ == "compound" and c.i < first.i), None)) is not None:
        first = nxt
    return possessor.doc[first.i:possessor.i + 1].text


def _from_country(book: ActorBook, noun: Token) -> str | None:
    """The country of the place a description says someone is from ("a mechanic from Ohio")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found = next((iso for obj in prep.children if (iso := toponym_country(obj))), None)
            if found:
                return found
    return None


def _phrase(head: Token) -> Span:
    """A noun phrase without its coordinated siblings or relative clauses."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("cc", "conj", "punct", "relcl", "appos", "acl"):
            break
        right = child.right_edge.i
    return doc[left:right + 1]


def _conjuncts(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i]


ARGUMENT_PREPS = frozenset({"between", "by", "against", "with", "on", "from", "of", "to", "at"})


def _subject_read_as_adjective(t: Token) -> bool:
    """"Since the military seized power": the small model reads "military" as an adjective of "power"
    and "seized" as another; "the" before it and a past-tense verb after it say it is the subject."""
    doc = t.doc
    return t.pos_ == "ADJ" and t.i > 0 and doc[t.i - 1].lower_ == "the" \
        and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBD"


def _national_army(name: str) -> bool:
    """"the Pakistan Army", "the Sudanese Army", "the U.S. Army" are a state's army, which "the army" takes
    up; "the National Liberation Army" or "the Arakan Army" are rebels, which it does not."""
    words = name.removeprefix("the ").split()
    return len(words) == 2 and bool(country_code(words[0]) or demonym_country(words[0]))


def _told_before(book: ActorBook, t: Token) -> int | None:
    """"Mali freed 46 Ivorian soldiers ... Mali had accused the soldiers of ...", "Peru's government ...
    the government": a bare definite role noun takes up the one group or body told before under that
    noun with a country or a description, when there is exactly one such."""
    # ("the three judges": a count repeated from before still takes them up)
    if t.tag_ not in ("NN", "NNS") or [c.lower_ for c in t.children
                                       if c.dep_ not in ("prep", "case", "nummod")] != ["the"]:
        return None
    noun = t.lower_
    if noun in CIVIL_VESSELS:
        # "seized a Chinese-flagged squid vessel ... boarded the ship": the civilian vessel told last (the
        # patrol boats that chased it are named as such)
        ships = [(a.mentions[0][0], i) for i, a in enumerate(book.actors)
                 if _flagged_civil_vessel(a) and a.mentions[0][1] <= t.idx]
        if ships:
            return max(ships)[1]
    found = {i for i, a in enumerate(book.actors)
             if a.kind in ("group", "organization") and any(r.lower() == noun for r in a.roles)
             and a.mentions and a.mentions[0][1] <= t.idx and a.name.lower() != noun}
    if len(found) == 1:
        return found.pop()
    # "Belarus's Foreign Ministry ... The ministry later summoned": the latest body named with that head noun
    named_so = [i for i, a in enumerate(book.actors) if a.kind == "organization"
                and _head_word(a.name) == noun and a.mentions and a.mentions[0][1] <= t.idx
                and (noun != "army" or _national_army(a.name))]
    if named_so and noun in BODY_HEADS:
        return max(named_so, key=lambda i: max(m[0] for m in book.actors[i].mentions if m[1] <= t.idx))
    # "the Houthis ... the group", "the RSF ... the paramilitary group": the one named armed body or party
    # of the noun's sector told before
    sector = lexicon().roles.get(noun) or lexicon().roles.get(t.lemma_)
    named = {i for i, a in enumerate(book.actors) if a.kind in ("group", "organization") and not a.generic
             and not a.roles and a.sector == sector and a.mentions and a.mentions[0][1] <= t.idx
             and not (noun == "army" and "army" in a.name.lower().split() and not _national_army(a.name))}
    # ("Serra Mining ... the company": the one named business)
    return named.pop() if sector in ("REB", "MIL", "PTY", "JUD", "LEG", "BUS") and len(named) == 1 and not found \
        else None


#: Head nouns of a body's name that "the <noun>" can take up later ("the ministry", "the headquarters").
BODY_HEADS = frozenset({"ministry", "office", "agency", "council", "court", "army", "department", "service",
                        "headquarters", "commission", "committee", "bureau", "directorate", "authority",
                        "inspectorate", "secretariat", "tribunal", "embassy", "consulate", "mission",
                        "delegation"})


def _head_word(name: str) -> str:
    """The head noun of a body's name: its last word before any "of"/"for"/"in" ("the Coordination
    Headquarters for the Treatment of Prisoners" is a headquarters, "Ministry of Defence" a ministry, "the U.S.
    Embassy in Sarajevo" an embassy)."""
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "on", "in") and k > 0), len(words))
    return words[cut - 1] if cut else ""


def _describing(w: Token, noun: Token) -> bool:
    """A word before a role noun that says what kind of actor it is ("disgruntled workers", "armed clan
    militiamen"), not how many ("500-strong", "3 000") or which ("the", "these")."""
    if not w.is_alpha or w.like_num or w.lower_ == "old":
        return False  # ("a 25-year-old suspect": an age)
    if w.i == noun.i - 1 and w.dep_ == "conj" and w.pos_ in ("NOUN", "ADJ"):
        return True  # "a reporter and rights groups": "rights" read as a conjunct of "reporter"
    if w.dep_ not in ("amod", "compound", "nmod"):
        return False
    if any(c.like_num for c in w.children):
        return False  # "500-strong": a count
    return w.head.i == noun.i or noun.i > w.head.i > w.i


def _is_argument(t: Token) -> bool:
    if t.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos"):
        return True
    if t.dep_ == "compound" and t.head.i == t.i + 1 and headline_verb(t.head):
        return True  # "Military forces dislodge X": the subject of a headline verb parsed as a noun
    if t.dep_ == "ROOT" and t.tag_ == "NNS" and not any(w.pos_ in ("VERB", "AUX") for w in t.sent):
        return True  # "Teachers on strike over pay": the people a verbless report is about
    if t.dep_ == "ROOT" and t.tag_ == "NNS" and any(
            c.dep_ in ("acl", "conj") and c.tag_ in ("VBD", "VBN") and (
                c.i == t.i + 1 or any(o.dep_ == "dobj" for o in c.children))
            for c in t.subtree if c.i < t.i + 8):
        # "2 000 people protested outside ...", "Gunmen on motorcycles killed 25 people": the verb read as a
        # modifier of its subject (one with an object of its own is no passive participle)
        return True
    if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in SPEAKING_UNITS:
        return True  # "the military's information team denied ...": the team speaks for the military
    return t.dep_ == "pobj" and t.head.lower_ in ARGUMENT_PREPS


#: Parts of a body that speak or act for it: "the army's media wing", "the military's information team".
SPEAKING_UNITS = frozenset({"team", "wing", "unit", "cell", "office", "service", "bureau", "directorate",
                            "department", "desk"})


def _ethnic_communities(book: ActorBook) -> None:
    """"Ethnic Albanian parties in North Macedonia", "ethnic Serb mayors": a body or group named for an
    ethnic community belongs to the country it lives in (the one its phrase names, else none yet, for
    the report's home default), not to the state its demonym names."""
    doc = book.doc
    for a in book.actors:
        if a.kind == "country" or not a.country or not a.mentions:
            continue
        start, end = a.mentions[0]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words = list(doc[max(0, span.start - 1):span.end])
        ethnic = next((k for k, t in enumerate(words[:-1]) if t.lower_ == "ethnic"), None)
        if ethnic is None or demonym_country(words[ethnic + 1].text) != a.country:
            continue
        a.country = _country_of_phrase(book, span.root)


def _country_of_phrase(book: ActorBook, t: Token) -> str | None:
    """"a member of the Syrian parliament", "demonstrators in Baghdad": the country of the body a
    person belongs to, or of the place a group is in, written right after the role noun."""
    places: dict[int, str] = {tp.start: tp.country for tp in book.doc._.toponyms or [] if tp.country}
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")):
        for o in (x for x in prep.children if x.dep_ == "pobj"):
            owner = book.at(o)
            if owner is not None and book.actors[owner].country:
                return book.actors[owner].country
            if o.idx in places:
                return places[o.idx]
            named = _place_naming(o, places)
            # ("Texas growers in the Rio Grande Valley": a place named on the group itself comes first)
            # (and a court in The Hague or in Arusha may be an international one: courts take their country
            # from the report)
            own_place = any(c.dep_ in ("compound", "amod", "nmod") and c.idx in places for c in t.children)
            if named is not None and t.lemma_ not in ("court", "tribunal") and not own_place:
                return named
            if prep.lower_ == "of":
                iso = next((d for m in o.children if m.dep_ in ("amod", "compound")
                            for d in [demonym_country(m.text) or country_code(m.text)] if d), None)
                if iso:
                    return iso
            if prep.lower_ == "from":  # "militiamen from Ethiopia's Amhara region"
                iso = next((d for m in o.children if m.dep_ == "poss" for d in [country_code(_full_name(m))] if d),
                           None)
                if iso:
                    return iso
    # "armed men who crossed from Ethiopia", "gunmen who came over from the other bank": where they came from
    # "19 crew members, 11 of them Ghanaians": the nationality the text gives most of them
    for part in (c for c in t.children if c.dep_ == "appos" and (c.like_num or any(
            n.dep_ == "nummod" for n in c.children))):
        iso = next((d for w in part.subtree if w.tag_ == "NNPS" and (d := demonym_country(w.text))), None)
        if iso:
            return iso
    # (and "smugglers who tried to cross from Syria": the crossing may be what they tried)
    arriving = [c for c in t.children if c.dep_ == "relcl"]
    arriving = [v for c in arriving for v in (c, *(x for x in c.children if x.dep_ == "xcomp"))]
    for clause in (v for v in arriving if v.lemma_ in ARRIVING_VERBS):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "from"):
            for o in (x for x in prep.children if x.dep_ == "pobj"):
                found = places.get(o.idx) or country_code(o.text) or next(
                    (d for m in o.children if m.dep_ == "poss" for d in [country_code(_full_name(m))] if d), None)
                if found:
                    return found
    # "a hacking group working for North Korea's military intelligence", "militiamen loyal to Tripoli":
    # whom they serve
    for clause in (c for c in t.children if c.dep_ in ("acl", "amod") and c.lemma_ in SERVING_WORDS):
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "with")):
            for o in (x for x in prep.children if x.dep_ == "pobj"):
                found = next((iso for w in o.subtree if (iso := country_code(w.text) or capital_country(w.text) or (
                    book.actors[i].country if (i := book.at(w)) is not None else None))), None)
                if found:
                    return found
    return None


def _place_naming(noun: Token, places: dict[int, str]) -> str | None:
    """"farmers in the Andijan and Namangan provinces", "demonstrators in the town of Goma", "residents
    of Buco-Zau": the country of the place a name of several words stands for, or of the one that names a
    common place noun, written before it or after its "of" (not a word inside a body's name: "officers of
    the Guarda Nacional Republicana" are not where "Nacional" alone resolves)."""
    if noun.pos_ == "PROPN":
        return toponym_country(noun)
    if noun.pos_ != "NOUN":
        return None
    for w in noun.subtree:
        names = (w.i < noun.i and w.dep_ in ("compound", "nmod", "conj", "amod")) or (
            w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.i == noun.i)
        if names and w.idx in places:
            return places[w.idx]
    return None


#: Verbs telling where a group came from ("who crossed from X", "who had slipped in from Y").
ARRIVING_VERBS = frozenset({"cross", "come", "arrive", "infiltrate", "slip", "sneak", "travel", "sail"})
#: Words that tie a group to whom it serves ("working for", "loyal to", "affiliated with").
SERVING_WORDS = frozenset({"work", "working", "spy", "spying", "loyal", "affiliated", "tied"})


def _opposed(t: Token) -> bool:
    """ "anti-Syria", "anti-American": the country named is the one the actor is against."""
    doc = t.doc
    return any(w.lower_ in ("anti", "counter") for w in doc[max(t.left_edge.i - 2, 0):t.i]) and (
        t.i > 0 and doc[t.i - 1].text in ("-", "anti", "counter"))


def _acronym_actors(book: ActorBook) -> None:
    """An acronym that acts or is acted on ("suspected ABC attacked", "clashes with the XYZ") names
    an organisation even when the statistical NER missed it: armed groups, parties and agencies are
    mostly written so in news."""
    doc = book.doc
    places = {tp.start for tp in doc._.toponyms or []}
    dateline = dateline_tokens(doc)
    for t in upper_tokens(doc):  # (an acronym is in capitals: the others are not read)
        if book.at(t) is not None or t.idx in places or not _acronym(t.text) or t.i in dateline or _audience(t):
            continue  # ("told PREMIUM TIMES", "told the broadcaster ERT": the outlet spoken to)
        if t.dep_ in ("nsubj", "nsubjpass", "dobj") or (t.dep_ == "pobj" and t.head.lower_ in ARGUMENT_PREPS):
            book.add(ActorDraft(name=t.text, kind="organization"), doc[t.i:t.i + 1])


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha() and text not in NOT_ACRONYMS


def _conjoined_parties(t: Token, roles: dict[str, str | None]) -> bool:
    """"Farmers and herders clashed": two generic parties named side by side as the subject or
    object of one verb are two actors. Elsewhere a conjoined role noun is left to its head's actor."""
    head = t.head
    return (head.lower_ in roles or head.lemma_ in roles) and (head.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        head.dep_ == "pobj" and head.head.lower_ in ("between", "with", "against")))


@cache
def _role_words() -> frozenset[str]:
    """The words a role noun can be read from (``_role_noun_actors``), lower-cased, and "bank" of "the central
    bank": only the tokens with one of them as form or lemma are read."""
    return frozenset(r.lower() for r in lexicon().roles) | {"bank"}


def _central_bank(t: Token) -> bool:
    """"the central bank would audit both companies": a state's bank is a body of its government, where a
    bank alone is a business that the text names."""
    return t.lower_ == "bank" and any(c.dep_ in ("amod", "compound") and c.lower_ in ("central", "reserve", "national")
                                      for c in t.children)


def _holds_role(book: ActorBook, idx: int, t: Token, role: str, country: str | None) -> None:
    """The named actor beside role noun T holds the role: it takes the role, the country the role's phrase
    gave when it has none, and T's mentions from now on."""
    actor = book.actors[idx]
    actor.add_role(role)
    if country and actor.country is None:
        actor.country = country
    book.by_token.setdefault(t.i, idx)


#: Head nouns of movements' and firms' names that "the <noun>" takes up later ("the front", "the alliance").
NAMED_BODY_HEADS = frozenset({"front", "alliance", "movement", "coalition", "union", "party", "association",
                              "federation", "league", "confederation", "bloc", "syndicate", "foundation", "company",
                              "corporation", "network", "forum", "platform", "congress", "caucus", "collective",
                              "cooperative", "consortium", "brigade", "brigades", "battalion"})


def _bodies_named_again(book: ActorBook) -> None:
    """"The National Monarchy Restoration Front called the rally ... The front denied that its supporters
    had started the fires": a bare definite noun that heads the name of a body told before is that body
    (the latest one so named), not a new unnamed actor."""
    doc = book.doc
    for t in with_words(doc, NAMED_BODY_HEADS):
        if book.at(t) is not None or t.tag_ not in ("NN", "NNS") or not t.is_lower or not _is_argument(t):
            continue
        if [c.lower_ for c in t.children if c.dep_ not in ("prep", "case")] != ["the"]:
            continue
        named = [i for i, a in enumerate(book.actors) if a.kind in ("organization", "group") and not a.generic
                 and len(a.name.split()) > 1 and _head_word(a.name) == t.lower_
                 and a.mentions and a.mentions[0][1] <= t.idx]
        if named:
            book.mention(max(named, key=lambda i: max(m[0] for m in book.actors[i].mentions if m[1] <= t.idx)),
                         doc[t.i:t.i + 1])


def _role_noun_actors(book: ActorBook) -> None:
    """Role nouns as actors: with a country ("Chile's ambassador to Peru", "Kenyan
    negotiators") or generic participants ("an unidentified armed group", "police", "a civilian")."""
    doc = book.doc
    lex = lexicon()
    for t in with_words(doc, _role_words()):
        if book.at(t) is not None or (t.lower_ not in lex.roles and t.lemma_ not in lex.roles
                                      and not _central_bank(t)):
            continue
        # ("Maoists killed 76 policemen": a movement's name in capitals, tagged as a proper noun)
        noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.tag_ == "NNPS" and t.lower_ in lex.roles)
        if not (noun and _is_argument(t)) and not _subject_read_as_adjective(t):
            continue
        # (the parser may hang the name on the role's last noun: "coordinator for Sudan, Kristof Arnesen")
        pobjs = [o for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        beside = [c for c in t.children if c.dep_ == "appos"] + [
            a for o in pobjs for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"] + [
            o for o in pobjs if o.ent_type_ == "PERSON" and any(w.text == "," for w in doc[t.i:o.i])] + [
            # "a Fano commander, who gave his name as X,", "a porter, identified as Y": the name the clause gives
            o for c in t.children if c.dep_ in ("relcl", "acl") and c.lemma_ in ("give", "identify", "name", "call")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
        named = next((i for c in beside if (i := book.at(c)) is not None and book.actors[i].kind == "person"), None)
        if named is not None:
            # "the U.N. humanitarian coordinator for Sudan, Kristof Arnesen, said": the named person acts
            book.mention(named, doc[t.i:t.i + 1])
            person = book.actors[named]
            person.add_role(" ".join([*(w.text for w in t.lefts if w.dep_ in ("amod", "compound", "nmod")), t.text]))
            person.sector = person.sector or lex.roles.get(t.lower_) or lex.roles.get(t.lemma_)
            if t.lemma_ in BUSINESS_NOUNS:
                person.kind = "organization"  # ("Naviera del Oriente, a shipping company": a name NER took for a man's)
            if any(w.lower_ in ("u.n.", "un", "united") for w in t.lefts):
                person.sector = "IGO"  # ("the U.N. humanitarian coordinator": the UN's)
            continue
        country = None
        principal = None
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            continue  # "its forces": the pronoun's antecedent acts, resolved when asked
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            continue  # "no group has claimed responsibility": nobody
        if t.lower_ == "force" and (not any(c.dep_ in ("det", "amod", "compound", "poss") for c in t.children)
                                    or any(c.lower_ in ("full", "excessive", "lethal", "deadly", "brute")
                                           or (c.dep_ == "prep" and c.lower_ == "of") for c in t.children)):
            continue  # "by force", "the full force of the law", "excessive force": a means, not a force
        for child in t.children:
            if child.dep_ == "poss":
                principal = book.at(child)
                # ("South Sudan's government": the whole name, not its last word)
                possessor_name = doc[child.left_edge.i:child.i + 1].text
                country = country_code(possessor_name) or country_code(child.text) or capital_country(child.text)
                if country is None and principal is None and child.pos_ == "NOUN":
                    # ("Colombia's ombudsman's office": the office-holder's own possessor)
                    country = next((iso for w in child.children if w.dep_ == "poss"
                                    and (iso := country_code(w.text) or capital_country(w.text))), None)
                    # ("the Bolivian truckers' union": the possessors' own nationality)
                    country = country or next((iso for w in child.children if w.dep_ in ("amod", "compound", "nmod")
                                               and (iso := _demonym_at(w))), None)
                if principal is not None and book.actors[principal].kind == "country":
                    country = book.actors[principal].country
                if principal is not None and book.actors[principal].country:
                    country = country or book.actors[principal].country
            elif child.dep_ in ("amod", "compound", "nmod") and child.lower_ == "led":
                # "Vietnamese-led forces": led by that country's forces ("-backed" says nothing of whose they are)
                leader = next((g for g in child.children if g.dep_ in ("npadvmod", "compound", "amod")), None)
                country = country or (demonym_country(leader.text) or country_code(leader.text) if leader else None)
            elif child.dep_ in ("amod", "compound", "nmod") and not _opposed(child):
                country = country or _demonym_at(child) or country_code(child.text)
                # ("Canadian fisheries officers", "Peruvian border police": the demonym qualifies the service
                # the role noun belongs to)
                # (not "the pro-Iranian X group": a side it leans to, not its own country)
                country = country or next((iso for w in child.children if w.dep_ in ("amod", "compound", "nmod")
                                           and w.i < child.i and (w.i == 0 or doc[w.i - 1].text != "-")
                                           and (iso := _demonym_at(w))), None)
                seat = book.at(child)  # "a Kremlin spokesman", "Pentagon officials": the seat's country
                if country is None and seat is not None and book.actors[seat].kind != "person":
                    country = book.actors[seat].country
        if country is None and t.lower_ in SPEAKER_ROLES:
            # "a spokesperson for the general staff of the North's army": the body spoken for is named after it
            for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
                country = next((iso for w in prep.subtree if (iso := country_code(w.text) or (
                    book.actors[i].country if (i := book.at(w)) is not None and book.actors[i].kind != "person"
                    else None))), None)
                if country:
                    break
        prev = doc[t.i - 1] if t.i > 0 else None
        if country is None and prev is not None and prev.ent_type_ == "NORP" and prev.head.i != t.i \
                and prev.dep_ in ("dative", "dobj", "npadvmod") and not list(prev.children):
            # ("He accused Angolan forces of ...": the parser may take the demonym for an object of its own)
            country = _demonym_at(prev)
        if country is None and (t.lower_ in VEHICLES or t.lemma_ in VEHICLES):
            # "A Chinese navy frigate" read with "navy" as the frigate's subject: the flag before it still counts
            # (and "a Malta-flagged container ship": the flag's country, named before "-flagged")
            country = next((iso for w in doc[t.left_edge.i:t.i] if (iso := demonym_country(w.text) or (
                country_code(w.text) if w.i + 2 < t.i and doc[w.i + 1].text == "-"
                and doc[w.i + 2].lower_ in ("flagged", "registered", "owned") else None))), None)
        if t.lower_ in WEAPON_ROLES and country is None and principal is None:
            continue  # "drones struck the plant": a weapon, whoever sent it; "Russian drones" name a side
        # ("Thai and Cambodian troops": the tagger may read the first demonym as a name modifying the noun)
        demonyms = [c for c in t.children if c.dep_ in ("amod", "nmod", "compound") and demonym_country(c.text)]
        extra = [x for c in demonyms for x in c.conjuncts if demonym_country(x.text)]
        if demonyms and extra:
            members = []
            for mod in [*demonyms, *extra]:
                iso = _demonym_at(mod)
                draft = ActorDraft(name=f"{mod.text} {t.text}", kind="group", country=iso,
                                   sector=lex.roles.get(t.lower_))
                draft.add_role(t.text)
                members.append(book.add(draft, None))
                book.actors[members[-1]].mentions.append((mod.idx, t.idx + len(t.text)))
            book.groups[t.i] = members
            book.by_token.setdefault(t.i, members[0])
            continue
        if country is None and principal is None:
            # "the presidents of Ghana and Togo": one actor per country the phrase names
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            isos = [iso for o in ([obj, *obj.conjuncts] if obj is not None else [])
                    if (iso := country_code(o.text))]
            if len(isos) == 1:
                country = isos[0]
            elif len(isos) > 1:
                members = [book.country_actor(iso) for iso in isos]
                book.groups[t.i] = members
                continue
            else:
                country = _country_of_phrase(book, t)
        named = next((i for c in t.children if c.dep_ == "appos"
                      for i in [book.at(c)] if i is not None and book.actors[i].kind == "person"), None)
        # "Ann Lee, the new chief of staff and head of the delegation": the titles are hers
        title = t.head if t.dep_ == "conj" and t.head.dep_ == "appos" else t
        owner = book.at(title.head) if title.dep_ == "appos" else None
        if owner is None and title.dep_ == "appos" and title.head.pos_ == "PROPN" and t.tag_ == "NN":
            # "Ouma, a former governor of Kisumu county, rejected the ruling": a family name NER left untagged,
            # of a person named in full before, is that person, and the title beside it is hers
            owner = book.person_by_family_name(title.head.text)
            if owner is not None:
                book.mention(owner, doc[title.head.i:title.head.i + 1])
                book.actors[owner].add_role(_role_phrase(t))
                book.by_token.setdefault(t.i, owner)
                continue
        if owner is not None and t.lemma_ in BUSINESS_NOUNS and t.tag_ == "NN":
            book.by_token.setdefault(t.i, owner)  # "Naviera del Oriente, a shipping company": the named firm
            continue
        if owner is not None and book.actors[owner].kind == "person" and t.tag_ == "NN" \
                and (title.head.ent_type_ == "PERSON" or (not title.head.ent_type_ and title.head.pos_ == "PROPN")):
            if not title.head.ent_type_:  # (an untagged family name the book already knows, as above)
                book.actors[owner].add_role(_role_phrase(t))
            book.by_token.setdefault(t.i, owner)
            continue
        if named is not None and t.tag_ == "NN":
            # "the town mayor, Peter Olsen, said": the role noun and the name are one person
            _holds_role(book, named, t, _role_phrase(t), country)
            if t.lemma_ in BUSINESS_NOUNS:
                book.actors[named].kind = "organization"  # ("X, a shipping company": a business, not a man)
            continue
        # ("the U.N. human rights office": a body named by an international one keeps that name)
        igo_named = any(c.dep_ in ("amod", "compound", "nmod") and (i := book.at(c)) is not None
                        and book.actors[i].sector == "IGO" for c in t.children)
        generic = country is None and principal is None and not igo_named
        earlier = _told_before(book, t) if generic else None
        if earlier is not None:
            book.mention(earlier, doc[t.i:t.i + 1])
            continue
        # "other PF members": an organisation's acronym before the role noun says whose they are
        owned = any(c.dep_ in ("compound", "nmod") and _acronym(c.text) for c in t.children)
        if generic and ((t.dep_ == "conj" and not _conjoined_parties(t, lex.roles))
                        or (not owned and any(c.lower_ in ("other", "both")
                                              or (c.lower_ == "foreign" and t.lemma_ not in OFFICES)
                                              for c in t.children))):
            continue
        span = _phrase(t)
        # keep "to Peru" in "ambassador to Peru" but not clauses: "accused the government of "being
        # slow" over its plans" names the government, not what it was accused of
        # (nor what a comma or bracket adds: "the mayor of X, the country's second city, which ...")
        end = next((w.i for w in doc[t.i + 1:span.end] if w.pos_ in ("VERB", "AUX") or w.is_quote
                    or w.text in (",", "(", ";", "\u2014", "\u2013")
                    or (w.dep_ == "prep" and w.lower_ not in ("of", "to", "for", "from", "in"))), span.end)
        cut = end
        while end - 1 > t.i and (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART") or doc[end - 1].is_punct):
            end -= 1
        named = book.at(doc[cut + 1]) if cut + 1 < len(doc) and doc[cut].text == "," else None
        if named is not None and book.actors[named].kind == "person" and doc[cut + 1].ent_type_ == "PERSON" \
                and t.tag_ == "NN" and t.lower_ not in COLLECTIVE_NOUNS and t.lemma_ not in INSTITUTION_NOUNS:
            # "a spokesman for the ministry in the capital, X, said": the name after the comma is the role's
            first = next((w.i for w in doc[span.start:t.i] if w.dep_ not in ("det", "predet")), t.i)
            _holds_role(book, named, t, doc[first:end].text, country)
            continue
        span = doc[span.start:end]
        if span.start < t.i and doc[span.start].lower_ == "the":
            span = doc[span.start + 1:span.end]
        # "at least four civilians", "more than 12 million people": the count is no part of the name
        while (span.start < t.i and doc[span.start].dep_ in ("det", "nummod", "predet", "quantmod")) or (
                span.start < t.i and (doc[span.start].lower_ in COUNT_WORDS or doc[span.start].like_num)):
            span = doc[span.start + 1:span.end]
        if generic:
            # "a group of ..." keeps only what names the actor, and of what stands before it only the
            # words that describe it: "as many as 3 000 people", "a 500-strong crowd" are people, a crowd
            start = t.i
            while start > span.start and _describing(doc[start - 1], t):
                start -= 1
                if start - 2 >= span.start and doc[start - 1].text == "-" and doc[start - 2].is_alpha:
                    start -= 2  # "a far-right group"
            # ("the ombudsman's office", "the special envoy's office": a body named for the office-holder
            # keeps the holder in its name)
            holder = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            if holder is not None and t.lemma_ in INSTITUTION_NOUNS and start == t.i:
                start = min([holder.i, *(w.i for w in holder.children if w.dep_ in ("amod", "compound"))])
            span = doc[start:t.i + 1]
        plural = t.tag_ == "NNS"
        kind = "group" if plural or t.lower_ in COLLECTIVE_NOUNS or t.lower_ in VEHICLES else "person"
        if t.lemma_ in INSTITUTION_NOUNS and t.lower_ not in ("police", "army", "military", "government"):
            kind = "organization"
        central = _central_bank(t)
        sector = lex.roles.get(t.lower_) or lex.roles.get(t.lemma_) or ("GOV" if central else None)
        if central:
            kind = "organization"
        if t.lemma_ == "member":  # "members of an armed group" are of that group's sector
            whole = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"), None)
            if whole is not None and (lex.roles.get(whole.lower_) or lex.roles.get(whole.lemma_)):
                sector = lex.roles.get(whole.lower_) or lex.roles.get(whole.lemma_)
            if whole is not None and any(c.lower_ in COMMUNITY_MODIFIERS for c in whole.children):
                sector = "CVL"  # "members of the X ethnic group" are of a community, not an armed group
        mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
        if span.start < t.i and _describing(doc[t.i - 1], t):
            mods.add(doc[t.i - 1].lower_)  # "a reporter and rights groups": the parser hangs "rights" elsewhere
        named_by = [book.actors[i] for c in t.children if c.dep_ in ("amod", "compound", "nmod")
                    for i in [book.at(c)] if i is not None]
        if any(a.sector == "IGO" for a in named_by) and t.lemma_ in (
                "official", "diplomat", "source", "spokesman", "spokeswoman", "envoy", "negotiator", "member", "force",
                "mission", "peacekeeper", "troop", "monitor", "observer", "inspector", "agency", "team", "expert",
                "chief", "head", "coordinator", "minister", "ministers", "leader", "rapporteur", "office",
                "commission", "committee", "council", "secretariat", "operation", "worker", "staff"):
            # "EU officials", "UN diplomats", "the United Nations peacekeeping force in Lebanon" act for the
            # body, not for a country (not even the one they serve in)
            sector, country = "IGO", None
        armed_owner = next((a.sector for a in named_by if a.sector in ("REB", "MIL", "COP")), None)
        if armed_owner and sector in (None, "CVL"):
            sector = armed_owner  # "presumed JNIM individuals": people named by an armed group are of it
        if "armed" in mods and sector in (None, "CVL"):
            sector = "REB"  # "armed men", "armed individuals": an armed group, whatever the noun
        if t.lemma_ in ("source", "official") and mods & {"military", "army", "security", "police", "diplomatic",
                                                         "government"}:
            sector = {"military": "MIL", "army": "MIL", "police": "COP"}.get(
                next(iter(sorted(mods & {"military", "army", "police"})), ""), "GOV")  # "a military source"
        if mods & CIVIL_SOCIETY_WORDS and sector != "IGO":
            sector = "NGO"  # "a rights group", "aid agencies": not an armed group, not a government agency
        elif mods & {"political", "opposition", "party", "right", "left", "nationalist", "extremist", "wing"}:
            sector = "PTY"  # "rival political groups", "a far-right group"
        elif mods & COMMUNITY_MODIFIERS and sector == "REB":
            sector = "CVL"  # "members of the X ethnic group": a community, not an armed group
        draft = ActorDraft(name=span.text, kind=kind, country=country, sector=sector, generic=generic)
        draft.add_role(t.text)
        idx = book.add(draft, None)
        book.actors[idx].mentions.append((span.start_char, span.end_char))
        book.by_token.setdefault(t.i, idx)
        if principal is not None:
            book.link(principal, idx)


def _descriptive_references(book: ActorBook) -> None:
    """"The Kenyan leader" is the one person of that country holding a leader's title."""
    doc = book.doc
    lex = lexicon()
    for t in with_words(doc, lex.leader_roles):
        idx = book.at(t)
        if t.pos_ != "NOUN" or t.lower_ not in lex.leader_roles:
            continue
        if idx is not None and book.actors[idx].kind != "person":
            continue
        det = [c for c in t.children if c.dep_ == "det" and c.lower_ == "the"]
        mods = [c for c in t.children if c.dep_ in ("amod", "compound")]
        if not det or not mods:
            continue
        iso = demonym_country(mods[0].text) or country_code(mods[0].text)
        if iso is None:
            continue
        matches = [i for i, a in enumerate(book.actors)
                   if a.kind == "person" and a.country == iso and i != idx
                   and any(r.lower() in lex.leader_roles for r in a.roles)]
        if len(matches) != 1:
            continue
        target = matches[0]
        span = doc[det[0].i:t.i + 1]
        if idx is not None:
            # fold the role-noun actor created earlier into the named leader
            for i in range(len(doc)):
                if book.by_token.get(i) == idx:
                    book.by_token[i] = target
            book.actors[idx].mentions.clear()
        for i in range(span.start, span.end):
            book.by_token[i] = target
        book.actors[target].mentions.append((span.start_char, span.end_char))
        book.actors[target].add_alias(span.text)
