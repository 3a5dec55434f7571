"""Roles an event's own clause leaves empty, filled from what the report as a whole is about.

Analysts coding a report about one country fill the blanks the way its readers do: a demand with no
one named is put to that country, an act told without its author at home is its own side's, a
warning names the other country the report is about. These rules run last, after every reading of
the clause and the discourse, and only fill what is still empty.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.actors import ActorBook, ActorDraft
from sitrep.nlp.events.custody import _prosecuting_side
from sitrep.nlp.events.discourse import _own_country, unnamed_perpetrators, weapon_subject
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.targets import _country_weights, _main_of, _place_countries
from sitrep.nlp.events.vocabulary import (
    CHARGING_VERBS,
    COURT_ACTS,
    ENVOY_TITLES,
    HOME_ACTS,
    OFFERING_VERBS,
    WHOEVER,
)


def fill_from_story(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"The opposition party called for early elections", "the union accused the fund's management of
    ignoring warnings", "the State Department urged the three countries to return to talks": a demand,
    reproach or refusal whose object names no actor is aimed at the country the report is about, the one
    its actors and places name clearly most, as analysts code it (not when that country is the speaker);
    so is help offered with no one named to receive it."""
    _charged_by_the_prosecuting_side(book, drafts)
    weights = _country_weights(book)
    main = _main_of(weights)
    if main is None:
        return
    for d in drafts:
        if d.type in ("REJECT", "ACCUSE", "REQUEST") and d.target and not set(d.target) & set(d.source) \
                and _own_country(book, d.source, d.target):
            # ("the Russian embassy rejects attempts to link Russia": whom it answers is not its own country;
            # a target set after the discourse pass, by a denial or an object, is checked here again)
            d.target = []
        if d.type == "AID" and d.target and main not in {book.actors[a].country for a in d.source} and all(
                book.actors[a].country in {book.actors[s].country for s in d.source} for a in d.target):
            d.target = []  # ("Australia announced funding", in a report on floods in Timor-Leste: not for itself)
        if d.type == "COERCE" and d.mode == "censor" and not d.target and not d.negated:
            d.target = [book.country_actor(main)]  # ("internet access was restricted across the country")
            continue
        # ("offered technical assistance"; aid from abroad that names no one is for the country the report is about)
        offer = (d.type == "AGREE" and d.trigger.lemma_ in OFFERING_VERBS) or (d.type == "AID" and not any(
            book.actors[a].country == main for a in d.source))
        # ("police fired tear gas", "troops withdrew", "platoons were deployed in the city": a country's own
        # forces acting at home act on their own country, as PLOVER codes domestic force)
        at_home = d.type in ("ASSAULT", "COERCE", "RETREAT", "MOBILIZE", "THREATEN") and not d.negated and all(
            book.actors[a].country == main and book.actors[a].kind != "country" for a in d.source)
        # ("Washington stood with its treaty ally", "the association welcomed the operation": backing that names
        # no one is for the country the report is about, as a demand or reproach is aimed at it)
        if d.target or not d.source or (d.type not in ("ACCUSE", "REQUEST", "REJECT", "SUPPORT") and not offer
                                        and not at_home) or d.verdict:
            continue
        speakers = [book.actors[a] for a in d.source]
        if any(a.kind == "country" and a.country == main for a in speakers) or (
                d.type == "REJECT" and len(speakers) > 1):
            continue  # (two sides that "failed to agree in X" refuse each other, not X's country)
        d.target = [book.country_actor(main)]
    _done_at_home(book, drafts, main, weights)
    _recalled_envoys(book, drafts, weights)
    _warned_sides(book, drafts, weights)


def _charged_by_the_prosecuting_side(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Those arrested would be charged with arson", "the skipper was charged with fishing without a licence":
    a charge told in the passive is laid by the court, prosecutor or police told nearby, else by the state
    the report is filed from or is about (custody's prosecuting side), never by those charged."""
    for d in drafts:
        if d.type == "ACCUSE" and not d.source and d.agentless and d.trigger.lemma_ in CHARGING_VERBS:
            d.source = [a for a in _prosecuting_side(book, d.trigger) if a not in d.target]


def _recalled_envoys(book: ActorBook, drafts: list[EventDraft], weights: dict[str, int]) -> None:
    """"The ambassador had been recalled for consultations", said Somalia's foreign minister: an envoy
    recalled with no one named as recalling him is recalled by his own state (PLOVER's SANCTION), from the
    other country the report is most about."""
    for d in drafts:
        if d.type != "SANCTION" or d.trigger.lemma_ != "recall" or d.source or not d.target:
            continue
        envoys = [book.actors[a] for a in d.target if book.actors[a].kind == "person" and any(
            w in r.lower() for r in book.actors[a].roles for w in ENVOY_TITLES)]
        own = {a.country for a in envoys if a.country}
        if len(own) != 1:
            continue
        home = str(own.pop())
        others = sorted(((n, iso) for iso, n in weights.items() if iso != home), reverse=True)
        d.source = [book.country_actor(home)]
        d.target = [book.country_actor(others[0][1])] if others else []


def _warned_sides(book: ActorBook, drafts: list[EventDraft], weights: dict[str, int]) -> None:
    """Thailand "would use all necessary measures to protect its sovereignty": a state's warning that
    names no one is aimed at the other country the report is most about; so are talks one side is said
    to be holding with no one named ("officials would meet in Abu Dhabi to work out the lists")."""
    for d in drafts:
        if d.type == "REJECT":
            _rejected_abroad(book, d, weights)
            continue
        if d.type not in ("THREATEN", "CONSULT") or d.target or not d.source:
            continue
        own = {book.actors[a].country for a in d.source}
        if None in own or len(own) != 1:
            continue
        if d.type == "THREATEN" and _the_public_warned(d.trigger):
            # "anyone who joins unauthorised protests will be arrested": a state warns its own people
            d.target = [book.country_actor(str(next(iter(own))))]
            continue
        if d.type == "CONSULT" and not all(book.actors[a].kind == "country" or book.actors[a].sector in (
                "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "OPP") for a in d.source):
            continue  # ("the runner has another meeting in Germany": a race meeting, not talks)
        others = sorted(((n, iso) for iso, n in weights.items() if iso not in own), reverse=True)
        mine = max(weights.get(str(iso), 0) for iso in own)
        # (a side the report hardly names is no one's counterpart: a domestic story's passing foreign donor)
        if not others or (d.type == "CONSULT" and others[0][0] * 4 < mine):
            continue
        other = others[0][1]
        if d.type == "CONSULT" and any(w.dep_ == "pobj" and w.head.lower_ in ("in", "at") and (i := book.at(w))
                                       is not None and book.actors[i].country == other for w in d.sentence):
            continue  # ("has another meeting in Germany": where it is held, not with whom)
        d.target = [book.country_actor(other)]


def _rejected_abroad(book: ActorBook, d: EventDraft, weights: dict[str, int]) -> None:
    """"Iran's interior ministry denied any mistreatment", in a report about Iran and Afghanistan: a
    refusal or denial aimed at no one, or only at the speaker's own country, answers the other country the
    report is about, when that country is named nearly as much as the speaker's own."""
    own = {book.actors[a].country for a in d.source}
    if not d.source or None in own or len(own) != 1:
        return
    if d.target and {book.actors[a].country for a in d.target} != own:
        return
    mine = weights.get(str(next(iter(own))), 0)
    others = sorted(((n, iso) for iso, n in weights.items() if iso not in own), reverse=True)
    if others and others[0][0] * 2 >= mine and (len(others) == 1 or others[1][0] * 2 < others[0][0]):
        d.target = [book.country_actor(others[0][1])]


def _the_public_warned(t: Token) -> bool:
    """The warned act falls on "anyone who ...", "whoever ...", "those who ...": the public at large."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in WHOEVER for c in t.children)


def _done_at_home(book: ActorBook, drafts: list[EventDraft], main: str, weights: dict[str, int]) -> None:
    """"Smaller rallies were held in two other cities", "mobile internet was suspended", "more than 60
    people have been convicted", "11 officers were injured by stones": in a report about one country, an
    act told without its author and done only to that country's people is its own people's or state's, as
    PLOVER coders record a domestic event; not while another country is told attacking in the report (a
    strike without its author in a war report may be the foreign side's)."""
    ranked = sorted(weights.values(), reverse=True)
    # (in a report spanning countries, only what a state alone does at home: "more than 60 people have been
    # convicted", "he was sentenced to 16 years", of people of the report's main country)
    clear = bool(ranked) and not (len(ranked) > 1 and ranked[1] * 3 > ranked[0])
    foreign_attack = any(e.type == "ASSAULT" and any(book.actors[a].country not in (None, main) for a in e.source)
                         for e in drafts)
    places = _place_countries(book.doc)
    for d in drafts:
        # ("X was charged on Monday with undermining national unity": the state's prosecutors charged him)
        charged = d.type == "ACCUSE" and d.agentless and d.trigger.lemma_ in CHARGING_VERBS
        # ("those responsible would be prosecuted", "anyone who marches will be arrested": the state warns)
        warned = d.type == "THREATEN" and d.agentless and d.trigger.lemma_ in CHARGING_VERBS | COURT_ACTS
        if d.source or (d.type not in HOME_ACTS and not charged and not warned) or d.negated or (
                d.status != "occurred" and not warned):
            continue
        if not clear and not (d.type in ("COERCE", "SANCTION") and d.trigger.lemma_ in COURT_ACTS):
            continue
        if d.trigger.dep_ == "advcl" and any(e.trigger.i == d.trigger.head.i for e in drafts):
            continue  # ("a drone hit a substation, setting it ablaze": the participle tells the same strike)
        if d.type == "ASSAULT" and (foreign_attack or not (d.agentless or weapon_subject(d.trigger, participle=True))):
            continue  # ("the fire killed three farmers": no attack; "a drone strike killed 14" tells one unauthored)
        where = places.get(d.place_token.idx) if d.place_token is not None else None
        if d.type == "PROTEST" and not d.target and clear and where in (None, main):
            # ("Student-led protests in 2024 toppled a government", "similar protests were reported in X"):
            # protests told with no one at all, in a report about one country, are its people's against it
            d.target = [book.country_actor(main)]
        if not d.target or any(book.actors[a].country != main for a in d.target) or where not in (None, main):
            continue
        if d.type == "ASSAULT":
            # ("four soldiers killed", "rallies were held": people of the country, not its state, did it)
            d.source = [unnamed_perpetrators(book, main)]
        elif d.type == "PROTEST":
            d.source = [book.add(ActorDraft(name="protesters", kind="group", country=main, sector="CVL",
                                            generic=True), None)]
        else:
            d.source = [book.country_actor(main)]
