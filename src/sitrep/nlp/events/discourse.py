"""The rules that fill roles the sentence leaves empty from the rest of the document: a
claimant's side, a state that reports its own act, the sides of a civil war or of talks, "they"
who attack as someone attacked before, conditions and retaliation aimed at an earlier attacker.

None looks beyond the document; each is named in its docstring.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from sitrep.model import UNNAMED_PERPETRATORS
from sitrep.nlp.actors import ActorBook, ActorDraft, _dateline_place, last_of_sector, toponym_country
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.participants import _countries, _subject
from sitrep.nlp.events.targets import _country_weights, _main_country, named_nationals
from sitrep.nlp.events.vocabulary import (
    ANAPHORIC_OBJECTS,
    ATTACK_NOUNS,
    BLAST_WEAPONS,
    DOMESTIC_MODES,
    FIRE_NOUNS,
    FLYING_WEAPONS,
    PLACE_TARGET_TYPES,
    REFERRED_TYPES,
    RETALIATION_VERBS,
    RULING_NOUNS,
    STATE_ACTS,
)
from sitrep.nlp.knowledge import demonym_country
from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sentence_number


@cache
def _aid_lemmas() -> frozenset[str]:
    """Verbs that give aid: promised ("would provide aid"), they are an AGREE to aid."""
    return frozenset(t.lemma for t in lexicon().triggers if t.type == "AID")


def _condition_targets(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"We are ready to sign an agreement if X withdraws its units", "will retaliate unless X stops":
    an offer or a threat made on someone's doing is aimed at that someone."""
    for d in drafts:
        if d.target or d.type not in ("AGREE", "CONCEDE", "THREATEN", "RETREAT") or not d.source:
            continue
        verbs = [d.trigger, *(a for a in d.trigger.ancestors if a.pos_ in ("VERB", "AUX"))][:3]
        for v in verbs:
            cond = next((c for c in v.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
            if cond is None:
                continue
            subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                d.target = [a for a in book.resolve(subj) if a not in d.source]
            break


def _retaliation_targets(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Drones launched by X struck the depot ... the minister vowed that the forces would respond": a
    threat of retaliation with no one named is aimed at whoever attacked the threatener's side before."""
    for n, d in enumerate(drafts):
        if d.type != "THREATEN" or d.target or not d.source:
            continue
        if not any(w.lemma_ in RETALIATION_VERBS for c in d.trigger.children if c.dep_ in ("ccomp", "xcomp")
                   for w in (c, *c.children)):
            continue
        side = {book.actors[a].country for a in d.source} - {None}
        for e in reversed(drafts[:n]):
            # (in a civil war both sides share a country: an attack the threatener's side reported is the enemy's)
            reported_by_side = e.claimed_by is not None and book.actors[e.claimed_by].country in side
            attackers = [a for a in e.source if a not in d.source and (
                book.actors[a].country is None or book.actors[a].country not in side or reported_by_side)]
            if e.type == "ASSAULT" and attackers:
                d.target = attackers
                break


def _returned_fire_targets(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Gunmen opened fire on the post ... the guards returned fire": fire returned is aimed at whoever fired
    first, the last attack told before it by a side other than the one returning it (the clause names no one;
    left alone, the returner's own country would stand in as the target)."""
    for n, d in enumerate(drafts):
        if d.type != "ASSAULT" or d.trigger.lemma_ != "return" or not d.source or not any(
                c.dep_ == "dobj" and c.lemma_ in FIRE_NOUNS for c in d.trigger.children):
            continue
        side = _countries(book, d.source)
        if any(book.actors[a].kind != "country" or book.actors[a].country not in side for a in d.target):
            continue  # ("returned fire at the gunmen": named)
        # (the other side: another country's, or at home another sector's, as gunmen are to the police)
        sectors = {book.actors[a].sector for a in d.source}
        first = next((e for e in reversed(drafts[:n]) if e.type == "ASSAULT" and e.source and not e.negated
                      and not set(e.source) & set(d.source) and all(
                          book.actors[a].country not in side or book.actors[a].sector not in sectors
                          for a in e.source)), None)
        d.target = list(first.source) if first is not None else []


def speakers_own_threats(drafts: list[EventDraft]) -> None:
    """""Those responsible will be held accountable," the minister said": a penalty announced in the passive,
    that nothing else has given an author, is the speaker's own threat."""
    for d in drafts:
        if not d.source and d.claimed_by is not None and d.type == "THREATEN" and d.agentless \
                and d.status == "threatened":  # (a conditional one answers the act its condition names, later)
            d.source = [d.claimed_by]
            d.target = [a for a in d.target if a != d.claimed_by]


def _pronoun_attackers(drafts: list[EventDraft]) -> None:
    """"Jets bombed the village ... 'They bombed people who had nowhere to go,' a villager said": an
    attack done by "they" in the same manner as one told before (from the air, by shelling) was done by
    that attack's side."""
    for n, d in enumerate(drafts):
        if d.type != "ASSAULT" or d.mode is None or d.trigger.pos_ != "VERB":
            continue
        subj = _subject(d.trigger)
        if subj is None or subj.lower_ not in ("they", "it", "he", "she"):
            continue
        earlier = next((e for e in reversed(drafts[:n]) if e.type == "ASSAULT" and e.mode == d.mode and e.source
                        and e.trigger.i < d.trigger.i), None)
        if earlier is not None:
            d.source = list(earlier.source)
            d.target = [a for a in d.target if a not in d.source]


def _fill_from_discourse(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> None:
    """Fill empty roles from the text around the event.

    1. A cooperative event with no source, asserted by someone ("a joint meeting
       with X is planned", she said), has the claimant's side as source.
    2. An anaphoric object ("rejected that plan") points at the latest earlier
       event's sources.
    3. An event with no target shares the target of an earlier event in its
       sentence with the same source ("rejected ..., warning ...").
    4. Requests, offers and rejections with no target go to the source's only negotiating
       counterpart in the document, if it has exactly one.
    5. Violence and coercion with no target fall on the country of their place,
       else of the party that reports them, else the document's main country.
    """
    main = _main_country(book)
    civil_war = _civil_war(book)
    counterpart = _negotiating_counterparts(book, drafts)
    for n, d in enumerate(drafts):
        earlier = drafts[:n]
        if d.type in ("REJECT", "ACCUSE", "REQUEST") and d.target and not set(d.target) & set(d.source) \
                and _own_country(book, d.source, d.target):
            # "China's foreign ministry said it opposed the sanctions and that Chinese firms were not
            # involved": a state body does not reject or accuse its own country; whom it answers is found below
            d.target = []
        if not d.source and d.claimed_by is not None and d.type in ("CONSULT", "AGREE", "COOPERATE"):
            # "a joint meeting with X is planned", says Y: Y's side is the one meeting X
            d.source = [d.claimed_by]
            d.target = [a for a in d.target if a != d.claimed_by]
        if not d.source and d.trigger.lemma_ == "summon":
            # "Russia's ambassador was summoned to the ministry": the ministry (told before) summoned him
            called_to = [a for p in d.trigger.children if p.dep_ == "prep" and p.lower_ == "to"
                         for o in p.children if o.dep_ == "pobj" for a in book.resolve(o, create=False)]
            summoned = _countries(book, d.target)
            d.source = [a for a in called_to if book.actors[a].country not in summoned | {None}]
        if not d.source:
            # "were detained by a Burkinabe army patrol": an agent the actors stage made nothing of still says
            # whose forces acted, by its demonym (the teller's state did not)
            iso = next((code for c in d.trigger.children if c.dep_ == "agent" for w in c.subtree
                        if w.dep_ in ("amod", "compound") and (code := demonym_country(w.text))), None)
            if iso is not None:
                d.source = [book.country_actor(iso)]
        if not d.source and d.claimed_by is not None and d.trigger.lemma_ in STATE_ACTS:
            state = _reporting_state(book, d)
            if state is not None:
                d.source = [book.country_actor(state)]
        if not d.source and d.agentless and d.type == "COERCE" and d.mode == "arrest":
            # "Riot police fired tear gas ..., and at least 14 protesters were detained": the police told of
            # just before made the arrests
            police = _police_just_before(book, d.trigger)
            if police is not None and police not in d.target:
                d.source = [police]
        if not d.source and d.agentless and d.type == "SANCTION" and d.status == "occurred":
            # "Britain and Canada imposed sanctions on 14 officials ... The three judges were sanctioned for
            # ...": a sanction told in the passive after one whose authors are named is theirs
            here = sentence_number(doc, d.trigger.i)
            named = next((e for e in reversed(earlier) if e.type == "SANCTION" and e.source and not e.inherited
                          and here - sentence_number(doc, e.trigger.i) <= 3), None)
            if named is not None:
                d.source = [a for a in named.source if a not in d.target]
        if not d.target:
            obj = next((c for c in d.trigger.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_ in RULING_NOUNS and any(
                    c.lower_ in ("that", "this", "the") for c in obj.children):
                # "welcomed the ruling": the court or judge that ruled, told last before
                court = last_of_sector(book, d.trigger.idx, "JUD", people=True)
                if court is not None:
                    d.target = [court]
            if not d.target and obj is not None and obj.lemma_ in ANAPHORIC_OBJECTS and any(
                    c.lower_ in ("that", "this", "the", "such") for c in obj.children):
                # ("rejected the sanctions": the sanctions' authors, not the doer of an act told in between)
                kind = REFERRED_TYPES.get(obj.lemma_)
                typed = [e for e in earlier if e.type == kind] if kind else []
                for e in reversed(typed or earlier):
                    cands = [a for a in e.source if a not in d.source]
                    if cands:
                        d.target = cands
                        break
        addressed = any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and d.trigger.lemma_ == "call"
                        for c in d.trigger.children)  # "called on Western partners to ...": someone else is asked
        if not d.target and not addressed:
            for e in reversed(earlier):
                # (not from a relative clause: "X, which has deployed monitors, called for restraint")
                if e.sentence.start == d.sentence.start and e.source == d.source and e.target and not any(
                        a.dep_ == "relcl" for a in (e.trigger, *e.trigger.ancestors)):
                    d.target = list(e.target)
                    break
        if not d.target and d.type in ("REQUEST", "SUPPORT", "AGREE", "REJECT") and len(d.source) == 1:
            # (two sides named together, "X and Y failed to agree", are each other's counterpart)
            # in a story about talks, asks and offers go to the other side of the table
            sides = {book.actors[a].country for a in d.source}
            other = {counterpart[c] for c in sides if c in counterpart}
            if len(other) == 1:
                d.target = [book.country_actor(other.pop())]
        weapons_downed = any(w in lexicon().weapon_words or w in FLYING_WEAPONS
                             for o in d.objects for w in o.lower().split())
        # (also "a drone hit a substation", "a separate strike damaged a plant": a weapon or an attack as subject)
        thing_did_it = weapon_subject(d.trigger)
        if d.type == "ASSAULT" and (d.agentless or thing_did_it) and not d.source and d.status == "occurred" \
                and not d.negated and not weapons_downed:  # ("three drones were shot down": not their side's)
            # "Drones slammed into the region's grid ... A power plant was hit and a worker killed, the governor
            # said": a strike told without its author, right after an attack whose author is named, is that
            # attack's (as an analyst reads it), unless the one reporting it is on the attacker's side
            here = sentence_number(doc, d.trigger.i)
            attacks = [e for e in earlier if e.type == "ASSAULT" and e.source and e.status == "occurred"
                       and not e.negated and not e.inherited]  # (an author found this way is no evidence)
            told = next((e for e in reversed(attacks) if here - sentence_number(doc, e.trigger.i) <= 3), None)
            if told is None and attacks and len({frozenset(_countries(book, e.source)) for e in attacks}) == 1:
                told = attacks[-1]  # further back, when every attack told so far is one side's
            teller = book.actors[d.claimed_by].country if d.claimed_by is not None else None
            attackers = _countries(book, told.source) if told is not None else set()
            where = toponym_country(d.place_token) if d.place_token is not None else None
            if told is not None and len(attackers) >= 2 and where is not None and where in attackers:
                # "Troops of X and Y exchanged fire ... A woman was killed when a shell hit her home near (a
                # town of X)": the shell came from the other side
                d.source, d.inherited = [a for a in told.source if book.actors[a].country != where], True
                d.target = [a for a in d.target if book.actors[a].country in (where, None)] or [
                    book.country_actor(where)] if where else d.target
            elif told is not None and d.target and told.target and _countries(book, d.target) <= attackers \
                    and all(book.actors[a].kind == "country" for a in d.target) \
                    and not _countries(book, told.target) & attackers:  # ("Afghan posts": named, not assumed)
                # "X's forces opened fire ... [Y's] troops responded, claiming several X posts were destroyed":
                # what hit the attacker's own side came from the side it attacked
                d.source, d.inherited = list(told.target), True
            elif told is not None and (teller is None or teller not in attackers):
                d.source, d.inherited = list(told.source), True
                d.target = d.target or list(told.target)
        if d.type == "ASSAULT" and not d.source and d.status == "occurred" and civil_war is not None \
                and d.place_token is not None and toponym_country(d.place_token) == civil_war:
            # "a drone struck a market in El Obeid" in a war whose every armed side is Sudanese: whoever sent
            # it, the attack is one Sudanese side's on the other
            d.source = [book.country_actor(civil_war)]
        # ("arrived in X on a visit": X's government hosts it; "a mediation mission to Bissau": X's sides are mediated)
        visit = d.type == "CONSULT" and d.mode in ("visit", "mediate", "third-party")
        # ("filed a complaint with the UN committee in Geneva": where the body that hears it sits accuses no one)
        venue = d.type == "ACCUSE" and d.place_token is not None and any(
            a.dep_ == "prep" and a.lower_ in ("with", "before") for a in d.place_token.ancestors)
        if not d.target and (d.type in PLACE_TARGET_TYPES or visit) and d.source and d.place_token is not None \
                and not venue:
            # "lifted a curfew in X", "sought refuge in X": the country where it happens receives it
            iso = toponym_country(d.place_token)
            if iso and iso not in {book.actors[a].country for a in d.source}:
                d.target = [book.country_actor(iso)]
        if not d.target and d.type in ("REQUEST", "ACCUSE") and main and d.source and all(
                book.actors[a].sector in ("NGO", "IGO") for a in d.source) and d.status == "occurred":
            # "Amnesty International called for the convictions to be quashed": a rights group's or the UN's
            # call names no one, and is made of the authorities of the country reported on
            d.target = [book.country_actor(main)]
        if not d.target and d.type == "ACCUSE" and d.trigger.lemma_ in ("complain", "grumble", "lament") and main \
                and {book.actors[a].country for a in d.source} == {main} \
                and all(book.actors[a].sector in ("CVL", "LAB", "EDU", "HLH", None) for a in d.source):
            # "some survivors complained that help had been slow": people's complaints go to their authorities
            d.target = [book.country_actor(main)]
        aid_offer = d.type == "AID" or (d.type == "AGREE" and d.trigger.lemma_.lower() in _aid_lemmas())
        if not d.target and aid_offer and d.source and main \
                and main not in {book.actors[a].country for a in d.source}:
            # "China said it would provide 10 million yuan in emergency aid": a foreign donor naming no
            # recipient gives to the country the report is about
            d.target = [book.country_actor(main)]
        if not d.target and d.type in ("ASSAULT", "COERCE", "THREATEN") and d.source:
            src_countries = {book.actors[a].country for a in d.source}
            countries: list[str | None] = []
            if d.place_token is not None:
                countries.append(toponym_country(d.place_token))
            if d.claimed_by is not None:
                countries.append(book.actors[d.claimed_by].country)
            countries.append(main)
            # rebels or militants striking a place of their own country strike at its state
            nonstate = all(book.actors[a].sector in ("REB", "OPP", "PTY", None) for a in d.source)
            place_iso = countries[0] if d.place_token is not None else None
            if d.type == "ASSAULT" and d.agentless and len(d.source) > 1 and place_iso and src_countries == {place_iso}:
                # ("clashes between soldiers and militiamen around the town of X"): two sides of one country
                # fighting in it fight each other, not the country the report is filed from (a clause's
                # "X and Y clashed" is made a dyad later)
                d.target = [book.country_actor(place_iso)]
            for iso in ([] if d.target else countries):
                # (armed men of the country itself attack its people and state: "gunmen looted livestock")
                home_attack = nonstate and d.type == "ASSAULT" and iso in (place_iso, main)
                if iso and (iso not in src_countries or home_attack):
                    d.target = [book.country_actor(iso)]
                    break
            if not d.target and d.type == "COERCE" and d.mode in DOMESTIC_MODES:
                # a state of emergency or a curfew is imposed on the actor's own country
                iso = next(iter(src_countries), None)
                if iso:
                    d.target = [book.country_actor(iso)]


def _own_country(book: ActorBook, source: list[int], target: list[int]) -> bool:
    """Every target is the bare country whose state body (or the country itself) is the source."""
    states = {book.actors[a].country for a in source if book.actors[a].kind in ("country", "organization")
              and book.actors[a].sector in ("GOV", "MIL", None)} - {None}
    return bool(states) and all(book.actors[a].kind == "country" and book.actors[a].country in states
                                for a in target)


def _reporting_state(book: ActorBook, d: EventDraft) -> str | None:
    """The state whose official reports an act only a state does, with no agent: "the envoy had been
    summoned", a foreign ministry spokesman said (his government summoned a foreign envoy); "two suspects
    had been detained", the governor said (her state detained them, unless it happened abroad: people
    "held in Iran", a president said, were not held by his)."""
    teller = book.actors[d.claimed_by] if d.claimed_by is not None else None
    if teller is None or teller.country is None or teller.sector not in ("GOV", "MIL", "COP", "JUD", "LEG", None):
        return None
    if d.trigger.lemma_ in ("summon", "expel"):
        return teller.country if teller.country not in {book.actors[a].country for a in d.target} else None
    if named_nationals(book, d.target, teller.country):
        return None  # ("five Sierra Leonean officials were seized", their government said)
    where = toponym_country(d.place_token) if d.place_token is not None else None
    return teller.country if where in (None, teller.country) else None


def _civil_war(book: ActorBook) -> str | None:
    """The country whose own sides fight the report's war: two or more armed bodies (an army, a rebel
    group, a militia), one of them named, every armed actor of the report belonging to that one country."""
    armed = [a for a in book.actors if a.sector in ("MIL", "REB") and a.kind in ("organization", "group")
             and a.mentions]
    countries = {a.country for a in armed}
    if len(armed) < 2 or all(a.generic for a in armed) or len(countries) != 1 or None in countries:
        return None
    return next(iter(countries))


def _negotiating_counterparts(book: ActorBook, drafts: list[EventDraft]) -> dict[str, str]:
    """Country -> the one country it is consulting with, from the document's CONSULT events."""
    pairs: dict[str, set[str]] = {}
    for d in drafts:
        if d.type != "CONSULT" or d.mode in ("mediate", "third-party") or any(
                "mediator" in r.lower() for a in d.source for r in book.actors[a].roles):
            continue  # (mediators inviting both sides to talks are no side at the table)
        for a in d.source:
            for b in d.target:
                ca, cb = book.actors[a].country, book.actors[b].country
                if ca and cb and ca != cb:
                    pairs.setdefault(ca, set()).add(cb)
                    pairs.setdefault(cb, set()).add(ca)
    # (a side the report hardly names is no one's counterpart: a domestic dispute that talks with a foreign
    # firm's staff, a passing donor; its asks go to its own country, read later)
    weights = _country_weights(book)
    return {c: other for c, others in pairs.items() if len(others) == 1
            and weights.get(other := next(iter(others)), 0) * 4 >= weights.get(c, 0)}


#: How far back (in characters) the police who made an agentless arrest may have been named.
POLICE_REACH = 300


def _police_just_before(book: ActorBook, trigger: Token) -> int | None:
    """The police force named last before an arrest, within a sentence or two."""
    at = trigger.idx
    told = [(max(s for s, _ in a.mentions if s < at), i) for i, a in enumerate(book.actors)
            if a.sector == "COP" and a.kind in ("group", "organization")
            and any(at - POLICE_REACH < s < at for s, _ in a.mentions)]
    return max(told)[1] if told else None


def weapon_subject(trigger: Token, *, participle: bool = False) -> bool:
    """"A drone hit a substation", "a separate strike damaged a plant", "a bomb tore through a market": a
    weapon or an attack as the subject tells an attack without its author, as a passive does."""
    # (with ``participle``, the participle of a weapon's verb too: "a bomb tore through the market, killing
    # nine"; not where the head is an attack read on its own, "a drone hit a plant, setting it ablaze")
    verbs = [trigger, trigger.head] if participle and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" else [
        trigger]
    things = FLYING_WEAPONS | ATTACK_NOUNS | BLAST_WEAPONS
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in things or c.lower_ in things)
        for v in verbs for c in v.children)


def home_country(book: ActorBook) -> str | None:
    """The country a report is filed from: its dateline's, else the one it is most about."""
    dateline = _dateline_place(book)
    return (dateline.country if dateline is not None else None) or _main_country(book)


def unnamed_perpetrators(book: ActorBook, iso: str) -> int:
    """The one "unnamed perpetrators" actor of a country in this report (one name, one country, one actor)."""
    return book.add(ActorDraft(name=UNNAMED_PERPETRATORS, kind="group", country=iso, generic=True), None)


def unidentified_attackers(book: ActorBook, d: EventDraft, home: str | None) -> None:
    """"Nine civilians were killed when an air strike hit a market": an attack kept as a record whose author
    no rule could find is by "unnamed perpetrators" of the country where it happened (of the report's
    home country, HOME, when it names no place), as ACLED codes an unidentified armed group, and falls on
    that country when no one else is named. The state itself is not made the author, and the author is
    marked inherited, so that nothing reads it as named (no accusation is drawn from it)."""
    if d.type != "ASSAULT" or d.source or d.negated or d.status not in ("occurred", "ongoing"):
        return
    iso = (toponym_country(d.place_token) if d.place_token is not None else None) or home
    if iso is None:
        return
    d.source = [unnamed_perpetrators(book, iso)]
    d.inherited = True
    d.target = d.target or [book.country_actor(iso)]
