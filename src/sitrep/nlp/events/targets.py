"""Whom an event is aimed at when no actor is its object: the object phrase, "anti-X" modifiers,
"over X" complaints, a protest's purpose, a measure at home, and the countries of named places.

Kept apart from ``participants`` because these rules read the document's places and its main
country, not only the parse of the trigger's own clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.attribution import REPORTING_VERBS
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.participants import _object_actors, _passive_subject
from sitrep.nlp.events.vocabulary import (
    BORDER_WORDS,
    CLOSING_VERBS,
    DOMESTIC_TYPES,
    INCURSION_VERBS,
    OBJECT_DEPS,
    OBJECT_PREPS,
    OFFICIAL_SECTORS,
    PURPOSE_PREPS,
    SCENE_MARKS,
    VENUE_PREPS,
    VENUES,
)
from sitrep.nlp.knowledge import country_code, demonym_country
from sitrep.nlp.syntax import noun_pair_read_as_clause


def _against_modifier(c: Token) -> bool:
    """"anti-French demonstrations", "anti-government protests": the modifier names the target."""
    doc = c.doc
    if c.lower_.startswith(("anti-", "counter-")):
        return True
    prev = doc[c.i - 1] if c.i >= 1 else None
    before = doc[c.i - 2] if c.i >= 2 else None
    return (prev is not None and prev.lower_ in ("anti", "anti-")) or (
        prev is not None and prev.text == "-" and before is not None and before.lower_ == "anti")


def _light_verb_recipient(book: ActorBook, t: Token) -> list[int]:
    """Who receives an event noun's act through its verb: "gave a warm welcome to X" (the verb's
    "to"), "held X as human shields" (the verb's object, the noun saying what they were made)."""
    if t.dep_ == "dobj" and t.head.pos_ == "VERB":
        for c in t.head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                found = [a for o in c.children if o.dep_ == "pobj" for a in book.resolve(o)]
                if found:
                    return found
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB":
        for c in t.head.head.children:
            if c.dep_ == "dobj":
                found = _object_actors(book, c)
                if found:
                    return found
    return []


def _place_countries(doc: Doc) -> dict[int, str]:
    """The country of each resolved named place (not streets or unknown names), by start offset."""
    return {tp.start: tp.country for tp in (doc._.toponyms or []) if tp.country and tp.feature != "other"}


def _protest_target(doc: Doc, book: ActorBook, d: EventDraft) -> list[int]:
    """Whom a protest is aimed at when no actor is its object, as PLOVER codes it: the country named
    in its purpose ("to protest X's decision", "against X"), else the government of the country
    where it happens, else the protesters' own (a demonstration addresses the authorities)."""
    t = d.trigger
    exclude = set(d.source)
    own = {iso for a in d.source if (iso := book.actors[a].country) is not None}
    # "began a hunger strike to protest against X's decision": the purpose may hang on the light verb
    hosts = [t, t.head] if t.dep_ == "dobj" and t.head.pos_ == "VERB" else [t]
    for c in (c for h in hosts for c in h.children if c.i != t.i):
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ in PURPOSE_PREPS):
            for tok in c.subtree:
                if _in_scene_clause(tok, c):
                    continue  # "... as containers of cherries bound for China backed up": no purpose
                idx = book.at(tok)
                named = book.actors[idx].country if idx is not None and idx not in exclude else None
                iso = named or (demonym_country(tok.text) if tok.dep_ in ("amod", "poss", "compound") else None)
                if iso:
                    return [book.country_actor(iso)]
    # "rallied outside the Azerbaijani embassy": a protest at a country's mission is aimed at that country
    mission = next((iso for h in hosts for c in h.children if c.dep_ == "prep" for o in c.children
                    if o.dep_ == "pobj" and (iso := _mission_country(book, o)) and iso not in own), None)
    if mission:
        return [book.country_actor(mission)]
    places: dict[int, str] = {tp.start: tp.country for tp in (doc._.toponyms or []) if tp.country}
    where = places.get(d.place_token.idx) if d.place_token is not None else None
    if where:
        return [book.country_actor(where)]
    if len(own) == 1 and not any(book.actors[a].kind == "country" for a in d.source):
        return [book.country_actor(next(iter(own)))]
    if not own and d.source:
        main = _main_country(book)  # "workers struck over the bill": the authorities of the country reported on
        return [book.country_actor(main)] if main else []
    return []


#: A country's missions abroad, where protests against it are held.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})


def _mission_country(book: ActorBook, o: Token) -> str | None:
    """The country whose mission a noun names: "the Azerbaijani embassy", "Russia's consulate"."""
    if o.lemma_.lower() not in MISSION_NOUNS:
        return None
    idx = book.at(o)
    if idx is not None and book.actors[idx].country:
        return book.actors[idx].country
    return next((iso for c in o.children if c.dep_ in ("amod", "compound", "poss")
                 and (iso := demonym_country(c.text) or country_code(c.text))), None)


def _domestic_target(doc: Doc, book: ActorBook, d: EventDraft) -> list[int]:
    """Whom a measure at home is aimed at when the text names no one: PLOVER, like CAMEO coders,
    codes "lifted the state of emergency in X", "outlawed the group", "threatened a curfew in
    the capital" with the country where it applies as the target: the country of a place in
    the trigger's phrases, else of the event's place, else the acting side's own country."""
    if d.type == "CONSULT":
        return []  # "a meeting in Paris": a venue, and no one in France was met for it
    places = _place_countries(doc)
    exclude = set(d.source)
    for tok in _phrases_below(d.trigger):
        idx = book.at(tok)
        if idx is not None and idx not in exclude and book.actors[idx].country and book.actors[idx].kind != "person":
            return [idx]
        # "restrictions against German goods", "refused admittance to Ghanaians"
        demonym = tok.dep_ in ("amod", "compound", "pobj", "dobj") and tok.tag_ in ("JJ", "NNP", "NNPS")
        iso = places.get(tok.idx) or (demonym_country(tok.text) if demonym else None)
        if iso:
            return [a for a in [book.country_actor(iso)] if a not in exclude]
    if d.type not in DOMESTIC_TYPES:
        return []
    where = places.get(d.place_token.idx) if d.place_token is not None else None
    own = {iso for a in d.source if (iso := book.actors[a].country) is not None}
    iso = where or (next(iter(own)) if len(own) == 1 else None) or (_main_country(book) if not own else None)
    return [a for a in [book.country_actor(iso)] if a not in exclude] if iso else []


def _victims_at_home(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> None:
    """Victims of violence and coercion that the text gives no country belong where it happened:
    "killed two people in X" are people of X; with no place, the people a country's own police
    or army arrest or fire on are its own ("Egyptian police arrested twelve")."""
    places = _place_countries(doc)
    for d in drafts:
        if d.type not in ("ASSAULT", "COERCE") or not d.target:
            continue
        victims = [book.actors[a] for a in d.target]
        if any(v.country for v in victims) or any(v.kind not in ("person", "group") or v.sector in ("IGO", "NGO")
                                                  for v in victims):
            continue
        where = places.get(d.place_token.idx) if d.place_token is not None else None
        # (not the author of an attack told before: a foreign strike's victims are not the striker's people)
        forces = {book.actors[a].country for a in d.source if book.actors[a].sector in ("MIL", "COP", "GOV")
                  } if not d.inherited else set()
        home = where or (next(iter(forces)) if len(forces) == 1 else None)
        for v in victims:
            v.country = home


def named_nationals(book: ActorBook, target: list[int], iso: str) -> bool:
    """Every one held is named as a national of ISO ("five Sierra Leonean officials", "Ivorian gendarmes") in a
    report that names another country too: a state's own people named by their nationality were held by the
    other side of a cross-border incident, not by their own state."""
    if not target or not any(c != iso for c in _country_weights(book)):
        return False
    for a in target:
        words = book.actors[a].name.split()
        grams = [*words, *(" ".join(words[k:k + 2]) for k in range(len(words) - 1))]
        if not any(demonym_country(g) == iso for g in grams):
            return False
    return True


def _state_measures_at_home(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Tens of thousands of people were detained", "three of the employees were released after questioning",
    "the trawlers were escorted to port": an arrest, seizure, closure or release told in the passive with
    no agent is a state's measure, as PLOVER's coders code it: the state body's that tells it, else the state's
    where it happened, else the report's main country's. (Not a break-in to computer networks: hackers are
    rarely the state whose systems they entered.)"""
    places = _place_countries(doc)
    main = _main_country(book)
    for d in drafts:
        if d.source or not d.target or not d.agentless or d.mode == "cyber":
            continue  # (one with no one named on either side is no record, whoever did it)
        if d.trigger.pos_ != "VERB" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in d.trigger.children):
            continue  # (a clause in the passive: "Canada's arrest of an executive", "soldiers captured in 2008"
            # tell of an act, not of a measure the report's state took)
        if not (d.type == "COERCE" or (d.type in ("RETREAT", "CONCEDE") and d.mode == "release")):
            continue  # (a recall or an expulsion has its own reading of who did it to whom)
        where = places.get(d.place_token.idx) if d.place_token is not None else None
        iso = where or main
        teller = book.actors[d.claimed_by] if d.claimed_by is not None else None
        if d.claimed_by is not None and teller is not None and teller.country and teller.country == iso and (
                teller.kind == "country" or teller.sector in ("GOV", "COP", "MIL", "JUD")):
            # ("police said 40 people were detained": the police detained them; not a foreign mediator who tells
            # of detainees freed)
            d.source = [d.claimed_by]
            continue
        state = book.country_actor(iso) if iso else None
        if state is not None and state not in d.target:
            d.source = [state]


def _counterpart(weights: dict[str, int], home: str) -> str | None:
    """The other country of a story about two: one that weighs at least 1/COUNTERPART_SHARE of ``home``, at
    least COUNTERPART_WEIGHT, and at least COUNTERPART_LEAD times any third country; none in a story about one
    country or about several."""
    others = sorted(((w, iso) for iso, w in weights.items() if iso != home), reverse=True)
    if not others or others[0][0] < COUNTERPART_WEIGHT or others[0][0] * COUNTERPART_SHARE < weights.get(home, 0) or (
            len(others) > 1 and others[1][0] * COUNTERPART_LEAD > others[0][0]):
        return None
    return others[0][1]


def _deployments_facing(book: ActorBook, drafts: list[EventDraft], weights: dict[str, int]) -> None:
    """"Kyrgyzstan sent additional units to the area", in a report of its border clash with Tajikistan: a
    deployment at home, in a story about two countries, is aimed at the other one, as references code it
    (in a report about one country, troops sent to its streets stay aimed at home)."""
    for d in drafts:
        if d.type != "MOBILIZE" or d.mode == "weapons":
            continue  # (a weapons test is aimed at no one)
        mover = {c for a in d.source if (c := book.actors[a].country)}
        if len(mover) != 1:
            continue
        home = next(iter(mover))
        if any(book.actors[a].country not in (None, home) for a in d.target):
            continue  # (aimed at someone abroad already)
        other = _counterpart(weights, home)
        if other is not None:
            d.target = [book.country_actor(other)]


def _one_sided_acts_aimed(book: ActorBook, drafts: list[EventDraft], weights: dict[str, int]) -> None:
    """Words and measures of one side told with no other: "Kazakhstan agreed to clear the queue", in a story
    about it and Kyrgyzstan, is made to the other country; "the government was ready to discuss the rules", in
    a story about one country, to its own people (the convention of the team's references). Threats are left
    to be aimed later, at whoever attacked or is warned."""
    main = _main_of(weights)
    for d in drafts:
        if d.type not in ONE_SIDED_TYPES or d.target or not d.source:
            continue
        sides = {c for a in d.source if (c := book.actors[a].country)}
        if len(d.source) != 1 or len(sides) != 1:
            continue  # (sides that agree with each other are paired later, once all are known)
        home = next(iter(sides))
        other = _counterpart(weights, home)
        if other is not None:
            d.target = [book.country_actor(other)]
        elif home == main and weights.get(home, 0) * COUNTERPART_SHARE > sum(weights.values()):
            d.target = [book.country_actor(home)]


def _borders_closed_on(book: ActorBook, drafts: list[EventDraft], weights: dict[str, int]) -> None:
    """"Peru closed its main border crossing with Ecuador", "Iraq closed its side of the Al-Qaim crossing": a
    border closed is closed on the country beyond it, the one the object names, else the other country of a
    story about two (references code the closure against the neighbour, not the closing state's own people).
    Left as read when the closure is aimed at someone abroad already."""
    for d in drafts:
        if d.type not in ("COERCE", "SANCTION") or d.trigger.lemma_ not in CLOSING_VERBS:
            continue
        closed = _closed_thing(d.trigger)
        if closed is not None and closed.lower_ in ("side", "section", "part", "stretch", "length"):
            # ("closed its side of the Al-Qaim crossing")
            closed = next((o for p in closed.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"), None)
        if closed is None or closed.lower_ not in BORDER_WORDS:
            continue
        sides = {c for a in d.source if (c := book.actors[a].country)}
        if len(sides) != 1:
            continue
        home = next(iter(sides))
        if any(book.actors[a].country not in (None, home) for a in d.target):
            continue
        named = next((c for w in closed.subtree if (a := book.at(w)) is not None
                      and (c := book.actors[a].country) and c != home), None)
        span = closed.doc[closed.left_edge.i:closed.right_edge.i + 1]  # (toponyms start at a character)
        named = named or next((top.country for top in closed.doc._.toponyms or []
                               if span.start_char <= top.start < span.end_char
                               and top.country and top.country != home and top.feature == "country"), None)
        other = named or _counterpart(weights, home)
        if other is not None:
            d.target = [book.country_actor(other)]


def _closed_thing(trigger: Token) -> Token | None:
    """What TRIGGER closes: the object of "closed the border", the subject of "the crossing was closed", the
    subject of the participle of "ordered the checkpoints closed"."""
    if trigger.lemma_ == "order":
        shut = next((c for c in trigger.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                     and c.lemma_ in CLOSING_VERBS), None)
        if shut is None:
            return None
        return next((c for c in shut.children if c.dep_ in ("nsubj", "nsubjpass")), None) or next(
            (c for c in trigger.children if c.dep_ == "dobj"), None)
    return next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _relief_at_home(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> None:
    """Relief told with no country ("Eleven people were pulled out alive", "military helicopters dropped
    food to villages") is given where it happened, else in the report's main country, by that
    country's own forces and to its own people."""
    places = _place_countries(doc)
    main = _main_country(book)
    for d in drafts:
        if d.type != "AID":
            continue
        where = (places.get(d.place_token.idx) if d.place_token is not None else None) or main
        if where is None:
            continue
        for a in (*d.target, *d.source):
            actor = book.actors[a]
            if actor.country is None and actor.kind in ("person", "group") and actor.sector not in ("IGO", "NGO"):
                actor.country = where
        # (no one named on a side: its country's rescuers, its places' people)
        if not d.source and d.agentless:
            d.source = [book.country_actor(where)]
        if not d.target and all(book.actors[a].country == where for a in d.source):
            d.target = [a for a in [book.country_actor(where)] if a not in d.source] or [book.country_actor(where)]


def _phrases_below(t: Token) -> Iterator[Token]:
    """The tokens of a trigger's objects, complements and prepositional phrases, and of the verbs
    conjoined to it ("donated and delivered goods to X"), nearest phrases first."""
    for head in (t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        for c in head.children:
            if c.dep_ in OBJECT_DEPS or c.dep_ in ("advcl", "acl", "npadvmod"):
                yield from (w for w in c.subtree if not _under_reporting(w, c) and not _in_scene_clause(w, c))
    if t.pos_ == "VERB" and t.dep_ in ("xcomp", "conj") and any(c.dep_ == "auxpass" for c in t.children):
        for s in _passive_subject(t):  # "the embargo on X is likely to be lifted": what is acted on
            yield from s.subtree


def _in_scene_clause(w: Token, top: Token) -> bool:
    """W sits in a clause that sets the scene ("... as containers bound for China backed up", "while
    talks went on in X"), which names no one the event is aimed at."""
    cur = w
    while True:
        if cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SCENE_MARKS for m in cur.children):
            return True
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        cur = cur.head


def _under_reporting(w: Token, top: Token) -> bool:
    """W sits in a reporting clause below TOP ("..., sources in X said"): that names the teller."""
    while w.i != top.i and w.head.i != w.i:
        if w.lemma_ in REPORTING_VERBS and w.pos_ == "VERB":
            return True
        w = w.head
    return w.lemma_ in REPORTING_VERBS and w.pos_ == "VERB"


def _domestic(book: ActorBook, d: EventDraft) -> bool:
    """The banned are people or groups of the banning actor's own country (or of no stated country)."""
    sources = [book.actors[a] for a in d.source]
    targets = [book.actors[a] for a in d.target]
    own = {a.country for a in sources} - {None}
    if not own and sources and all(a.kind == "person" for a in sources):
        own = {a.country for a in targets} - {None}  # "the president banned Ugandan opposition candidates"
    return bool(own and targets) and all(a.kind != "country" and a.country in (None, *own) for a in targets)


def _official(book: ActorBook, actors: list[int]) -> bool:
    """States, their officials and organisations, none of them a crowd: their protests are notes and statements."""
    found = [book.actors[a] for a in actors]
    return bool(found) and all(a.kind == "country" or (a.kind != "group" and a.sector in OFFICIAL_SECTORS)
                               for a in found)


def _target_objects(book: ActorBook, t: Token) -> list[str]:
    """Things acted on that are not actors: objects of the verb, "on X" of an event noun, with
    their conjuncts ("targeted power plants, substations and the grid")."""
    heads: list[Token] = []
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and t.pos_ == "VERB":
            heads.append(c)
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
            heads.extend(o for o in c.children if o.dep_ == "pobj")
    out: list[str] = []
    for h in heads:
        for n in [h, *h.conjuncts]:
            if book.at(n) is not None or n.pos_ not in ("NOUN", "PROPN") or n.ent_type_ in (
                    "GPE", "PERSON", "NORP", "DATE", "TIME"):  # "marched on Monday" hit no Monday
                continue
            if n.lemma_ in ("fire", "gunfire") and h.dep_ == "dobj":
                continue  # "opened fire", "returned fire": the act itself, not what it hit
            left = min((c.left_edge.i for c in n.children if c.dep_ in ("compound", "amod", "nummod", "poss")),
                       default=n.i)
            out.append(n.doc[left:n.i + 1].text)
    return out


def _target_in_object(doc: Doc, book: ActorBook, t: Token, *, exclude: set[int], venues: bool = True) -> list[int]:
    """The country an event is aimed at when no actor is its object, read from the object phrase.

    PLOVER (like CAMEO coders before it) codes "imposed restrictions on German goods", "an
    offer from Kabul", "demonstrated in the capital of X" and "opened an embassy in Y" with
    that country as the target: the first actor with a country, demonym or resolved place
    inside the trigger's objects and place phrases.
    """
    places = _place_countries(doc)
    own = {book.actors[a].country for a in exclude}
    for c in t.children:
        if (c.dep_ not in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ not in OBJECT_PREPS)) \
                and not noun_pair_read_as_clause(c):
            continue
        if not venues and c.dep_ == "prep" and c.lower_ in VENUE_PREPS:
            continue  # "failed to agree on a truce in Jeddah": talk is not aimed at where it is held
        if c.dep_ == "prep" and c.lower_ == "from" and t.lemma_ in INCURSION_VERBS:
            continue  # "crossed from Syria": where the crossers came from, not where they went
        heads = {c.i, *(o.i for o in c.children if o.dep_ == "pobj")}
        # ("agreed to set up a committee at the end of talks in the Tanzanian city of X": nor deeper down)
        held_at = set() if venues else {w.i for p in c.subtree if p.dep_ == "prep" and p.lower_ in VENUE_PREPS
                                        and p.i != c.i for w in p.subtree}
        for tok in c.subtree:
            if tok.i in held_at:
                continue
            idx = book.at(tok)
            if idx is not None and idx not in exclude and book.actors[idx].country not in (None, *own):
                return [idx]
            # a demonym counts only on the object itself ("German goods", "the Chinese-run mine"), not deeper
            # in its clauses
            near = (tok.dep_ in ("amod", "compound") and tok.head.i in heads) or (
                tok.dep_ == "npadvmod" and tok.head.dep_ in ("amod", "compound") and tok.head.head.i in heads)
            iso = demonym_country(tok.text) if near else places.get(tok.idx)
            if iso and iso not in own:
                return [book.country_actor(iso)]
            if not near and places.get(tok.idx) in own - {None}:
                return []  # ("blockade the Rungis market ... before ministers meet in Brussels": a home site)
    return []


def _first_actor_below(book: ActorBook, head: Token, *, exclude: set[int], venues: bool = True) -> list[int]:
    """The first actor named inside an object phrase ("a memorandum on sending engineers to X"); with
    ``venues`` off, not a place where it happens ("agreed to extend their truce in Gaza")."""
    for tok in head.subtree:
        if not venues and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "inside", "near") \
                and (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in VENUES):
            continue  # (and "in the Tanzanian city of X": a demonym that describes a venue)
        if tok.dep_ in ("pobj", "dobj", "dative"):
            idx = book.at(tok)
            if idx is None or idx in exclude:
                continue
            if book.actors[idx].kind != "person" and book.actors[idx].country:
                return [idx]
    return []


def _complained_about(book: ActorBook, t: Token, *, exclude: set[int]) -> list[int]:
    """"complained to the UN over Israeli raids": the side named in the "over"/"about" phrase is
    the one accused; the "to" phrase only names who hears the complaint."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ not in ("over", "about"):
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            found = [a for a in book.resolve(o) if a not in exclude]
            if found:
                return found
            for m in o.children:
                found = [a for a in book.resolve(m) if a not in exclude] if m.dep_ in ("poss", "compound") else []
                iso = demonym_country(m.text) if m.dep_ in ("amod", "compound") else None
                if found:
                    return found
                if iso:
                    return [a for a in [book.country_actor(iso)] if a not in exclude]
    return []


#: The other country of a story weighs at least 1/COUNTERPART_SHARE of one side's weight, and at least
#: COUNTERPART_LEAD times the next country's...
COUNTERPART_SHARE = 3
COUNTERPART_LEAD = 2
#: ... and is told of more than in passing ("has a meeting in Germany next week" names no side).
COUNTERPART_WEIGHT = 4
#: Acts of one side that references aim at the other side of the story, or at home when there is none.
ONE_SIDED_TYPES = frozenset({"AGREE", "CONSULT", "REQUEST", "REJECT", "ACCUSE", "SANCTION"})


def _main_country(book: ActorBook) -> str | None:
    return _main_of(_country_weights(book))


def _main_of(counts: dict[str, int]) -> str | None:
    """The country a report is most about, by its weights; none when two tie."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None  # two countries as present as each other: the document has no main one
    return ranked[0][0]


def _country_weights(book: ActorBook) -> dict[str, int]:
    """How present each country is in the report: its actors' mentions and its places."""
    counts: dict[str, int] = {}
    for a in book.actors:
        if a.country:
            counts[a.country] = counts.get(a.country, 0) + len(a.mentions) + 1
    for top in book.doc._.toponyms or []:
        if top.country:
            counts[top.country] = counts.get(top.country, 0) + 1
    return counts
