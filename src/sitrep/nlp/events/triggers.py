"""Whether a trigger word names an event in its sentence, and of which kind: the checks the
events stage makes on a candidate trigger (its listed objects, its sense, the words around it),
and relief arriving in convoys, an AID event that no trigger verb names.

Kept apart from the stage so that the rules that turn a word into a candidate can be read
without the stage's control flow.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorBook, toponym_country
from sitrep.nlp.attribution import claimant
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.location import _place_token
from sitrep.nlp.events.participants import _passive_subject, _people_like, _subject, _subject_actors
from sitrep.nlp.events.status import _has_condition
from sitrep.nlp.events.vocabulary import (
    ACCIDENT_WORDS,
    AID_CARRIERS,
    AID_GOODS_WORDS,
    ARRIVAL_VERBS,
    BLAZES,
    CALL_MEANS,
    CALL_VERBS,
    CALLED_ACTIONS,
    FORCE_SIGHTING_VERBS,
    FUTURE_AUX,
    GROUND_NOUNS,
    HAZARDS,
    IGNITION_WORDS,
    INCURSION_VERBS,
    KIND_HEADS,
    MONEY_WORDS,
    NON_AGENTS,
    OFFER_TERMS,
    PRESS_WORDS,
    PUBLISHED_THINGS,
    QUESTION_WORDS,
    RESOLVE_MEANS,
    RESOLVE_VERBS,
    RESOLVE_WORDS,
    RESPONSE_ADVERBS,
    RESPONSE_MANNERS,
    RESPONSE_VERBS,
    REVIEW_VERBS,
    REVIEWED_TIES,
    SEALING_VERBS,
    SIGHTED_FORCES,
    SIGHTING_VERBS,
    SOCIAL_ILLS,
    SOVEREIGN_SPACES,
    STOPPAGE_VERBS,
    STOPPAGE_WORDS,
    TAKEN_GROUND,
    TERMS_NOUNS,
    THE_PUBLIC,
)
from sitrep.nlp.knowledge import country_code, demonym_country
from sitrep.nlp.lexicon import Lexicon, Trigger, lexicon
from sitrep.nlp.quantities import CURRENCY_WORDS
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import noun_pair_read_as_clause, with_lemmas


def _asks_something(verb: Token) -> bool:
    """"Appealed for calm", "appealed to the rebels to lay down arms", "appealed against the ruling": an
    appeal with something asked, an infinitive, or a ruling it contests."""
    def infinitive(tok: Token) -> bool:
        return any(a.lower_ == "to" and a.dep_ == "aux" for a in tok.children)

    for c in verb.children:
        if (c.dep_ == "prep" and c.lower_ in ("for", "against")) or c.dep_ in ("xcomp", "ccomp"):
            return True
        if c.dep_ == "advcl" and infinitive(c):
            return True
        if c.dep_ == "prep" and any(x.dep_ in ("xcomp", "acl") and infinitive(x)
                                    for g in c.children if g.dep_ == "pobj" for x in g.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                x.dep_ == "prep" and x.lower_ == "for" for g in c.children if g.dep_ == "pobj" for x in g.children):
            return True  # ("appealed to its partners for tents": the parser hangs what is asked on whom)
    return False


def _takes_over_business(verb: Token) -> bool:
    """"Take over" a thing that is no place, post or power: a firm, a payment system, a role."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return False
    return not any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in TAKEN_GROUND
                   for obj in objs for o in obj.subtree if o.pos_ in ("NOUN", "PROPN"))


def _offers_terms(verb: Token) -> bool:
    """An offer PLOVER's AGREE means: of talks, a truce, aid, a concession or one's resignation, an offer
    to do something, or an offer made to someone named."""
    if any(c.dep_ in ("xcomp", "dative") for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in OFFER_TERMS or o.lower_ in OFFER_TERMS for obj in objs for o in obj.subtree
               if o.pos_ == "NOUN") or any(c.dep_ == "prep" and c.lower_ == "to" and any(
                   o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or _people_like(o) for o in c.children)
                   for c in verb.children)


def _idle_means(t: Token, trig: Trigger) -> bool:
    """"As tear gas drifted across the street": the means of dispersal as the subject of a verb with no
    object tells that it was there, not that anyone used it."""
    return trig.mode in ("disperse", "crowd-control") and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and not any(
        c.dep_ == "dobj" for c in t.head.children)


def _describes_noun(t: Token) -> bool:
    """A participle before its noun names a kind, not an act: "best supporting actress", "the
    defending champion", "tsunami-hit nations", "rebel-held areas"."""
    if t.dep_ != "amod" or t.i > t.head.i:
        return False
    # "tsunami-hit", "noise-hit": a disaster's or a nuisance's mark ("Islamic State-occupied" still tells who holds it)
    hyphened = t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ in NON_AGENTS | ACCIDENT_WORDS | {
        "noise", "scandal", "injury", "debt", "cash", "strike", "recession", "budget", "insurgency", "conflict",
        "violence", "war", "militancy", "unrest", "terror"}
    return t.tag_ == "VBG" or (t.tag_ == "VBN" and hyphened)


@cache
def _object_words(objects: tuple[str, ...]) -> frozenset[str]:
    """A trigger's listed objects, "money" standing for every currency ("give 200,000 rupees")."""
    return frozenset(objects) | (frozenset(CURRENCY_WORDS) if "money" in objects else frozenset())


@cache
def _protest_call() -> frozenset[str]:
    """What a union or party "calls" as a protest: the objects of the lexicon's PROTEST entry for "call"."""
    return frozenset(w for tr in lexicon().triggers if tr.lemma == "call" and tr.type == "PROTEST" for w in tr.objects)


def calls_a_protest(t: Token) -> bool:
    """""Called a general strike for Tuesday", "called for a nationwide march", "called on Serbs to boycott
    the institutions", "a strike called by the unions": a union or party calling its people out organises a
    protest (PLOVER PROTEST), it asks no one for anything. The protest is the head noun of what is called
    (not a word inside it: "called for an end to the strike"), or the act its people are called on to do.
    Not "called the strike illegal" nor "called the strike a killing" (what the speaker says of it)."""
    if t.lemma_ != "call" or t.pos_ != "VERB" or any(c.dep_ in ("oprd", "attr", "acomp", "ccomp") for c in t.children):
        return False
    called = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] + [
        o for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    if t.dep_ == "acl":
        called.append(t.head)  # ("a strike called by the unions")
    if any(c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in t.children):
        return False  # ("called the stoppage an attack on the economy")
    words = _protest_call()
    if any(h.lemma_.lower() in words or h.lower_ in words for h in called):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" for c in t.children) and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in CALLED_ACTIONS for c in t.children)


def _has_listed_object(t: Token, trig: Trigger) -> bool:
    """A general verb ("halt", "recall", "set up") is an event only with one of its listed objects."""
    if trig.lemma == "call" and trig.type == "PROTEST":
        return calls_a_protest(t)
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if trig.lemma in ("put", "add"):  # "put nine firms on its entity list": the list is where they are put
        objs = [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for o in c.children
                if o.dep_ == "pobj"]
    if trig.type == "AID" and trig.lemma == "pay":
        # "would pay 25,000 rupees to every displaced family", "would pay for the funerals": relief is told by
        # whom the money goes to or what it pays for as much as by what it is ("pay a cash grant")
        objs = objs + [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for o in c.children
                       if o.dep_ == "pobj"]
    if trig.type == "AID" and trig.lemma in ("send", "dispatch"):
        # "sent a transport plane with 12 tonnes of supplies": the relief rides along with what was sent
        # (not "supplying the group with weapons" or "provides for a line": no vehicle of relief there)
        objs = objs + [o for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                       if o.dep_ == "pobj"]
    if any(c.lemma_.lower() in MONEY_WORDS for c in objs):
        # "announced 5 million dollars in emergency funding": what the money is, told after "in"
        objs = objs + [o for w in (t, *objs) for c in w.children if c.dep_ == "prep" and c.lower_ == "in"
                       for o in c.children if o.dep_ == "pobj"]
    if not objs:
        objs = [c for c in t.children if noun_pair_read_as_clause(c)]  # ("imposed asset freezes")
        if any(c.lemma_.lower() in trig.objects or c.lower_ in trig.objects for c in objs):
            return True
    last = trig.lemma.split()[-1]
    if not objs and last in ("into", "to", "on", "at", "off"):
        # "broke into the systems", "gained access to the networks": the object of the phrase's preposition
        objs = [o for w in (t, *t.children) for c in w.children if c.dep_ == "prep" and c.lower_ == last
                for o in c.children if o.dep_ == "pobj"]
    if not objs and (any(c.dep_ == "auxpass" for c in t.children) or t.dep_ == "acl"):
        objs = _passive_subject(t)  # "the embargo is likely to be lifted", "the curfew imposed last week"
    if not objs and t.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in t.children):
        objs = [t.head]  # ("the agreement they signed": with a subject of its own, the verb's object is the noun)
    if not objs and t.dep_ == "conj" and t.head.dep_ == "acl" and t.head.head.pos_ == "NOUN":
        objs = [t.head.head]  # ("the agreement, brokered by the commission and signed at ...")
    if not objs and t.dep_ == "acomp" and t.tag_ == "VBN":
        objs = [c for c in t.head.children if c.dep_ == "nsubj"]  # "the crossing remained closed"
    objs = objs + [n for o in objs if (n := _pronoun_noun(o)) is not None]
    # anywhere in the object ("a hideout used to store arms", "halt mediation efforts"), but not as the kind
    # of a device or a rule ("took control measures" takes no control; "a web-based diary" has no base in it)
    wanted = _object_words(trig.objects)
    # (a listed adjective counts too: "would take retaliatory measures" is a threat whatever the measures)
    return any(w.lemma_.lower() in wanted or w.lower_ in wanted for c in objs
               for w in c.subtree if (w.pos_ == "ADJ" and w.lower_ in wanted) or (
                   w.tag_ == "VBG" and w.dep_ in ("dobj", "nsubjpass") and w.lower_ in wanted) or (
                   # ("shut the Mwanza crossing": the small model may take the noun for a verb)
                   w.pos_ in ("NOUN", "PROPN", "NUM")
                   and not (w.dep_ in ("compound", "amod") and w.head.lemma_.lower() in KIND_HEADS)))


#: Pronouns that take up a thing or things named before them in the sentence.
THING_PRONOUNS = {"they": True, "them": True, "it": False}


def _pronoun_noun(o: Token) -> Token | None:
    """The noun a pronoun object takes up, named earlier in its sentence as a subject or an object
    ("two supply boats tried to reach the shoal, but they were blocked", "stopped two vehicles and turned
    them back"): the nearest one of the pronoun's number."""
    plural = THING_PRONOUNS.get(o.lower_)
    if plural is None:
        return None
    for w in reversed(o.sent[:o.i - o.sent.start]):
        if w.pos_ == "NOUN" and w.dep_ in ("nsubj", "nsubjpass", "dobj") and (w.tag_ == "NNS") == plural:
            return w
    return None


def _capitalised_opening(t: Token) -> bool:
    """"Protests hostile to the government in the capital": a common noun opening a sentence that the
    small model takes for a one-word name because of its capital letter."""
    return bool(t.is_sent_start and t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
            and t.tag_ in ("NN", "NNS") and t.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"))


def _word_is(tok: Token, word: str, *, last: bool) -> bool:
    low = tok.lower_
    return low == word or tok.lemma_.lower() == word or (last and low == word + "s")


def _sets_alight(t: Token) -> bool:
    """"set tyres on fire", "set the station ablaze": "set" with its fire phrase away from the verb."""
    if t.lemma_ != "set" or t.pos_ != "VERB":
        return False
    for c in t.children:
        if c.lower_ in IGNITION_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "fire" for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _called_on_someone(verb: Token) -> bool:
    """"called on the government to act", "was called on to resign": the "on" after the verb names whom the
    call is made on, not a day ("On Friday police were called to the hotel") or a street."""
    ons = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i > verb.i]
    if any(c.dep_ == "prt" or not any(o.dep_ == "pobj" for o in c.children) for c in ons):
        return True  # "was called on to resign"
    if any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False  # "police were called to the store on Main Street": summoned to a place
    return any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME", "FAC", "LOC", "CARDINAL")
               for c in ons for o in c.children)


def _released_things(verb: Token) -> bool:
    """The released object is a thing (a statement, a report, gas, an album), not people held."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and verb.dep_ == "acl" and verb.tag_ == "VBN":
        objs = [verb.head]  # "his latest album, released this month": what the participle describes
    up = verb
    while not objs and any(c.dep_ == "auxpass" for c in verb.children) and up.dep_ in ("xcomp", "acomp", "ccomp") \
            and up.head.i != up.i:
        up = up.head  # "whose album is about to be released": the passive's subject hangs higher up
        objs = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not objs:
        return False
    if any(o.lower_ in PUBLISHED_THINGS for o in objs):
        return True  # "Photographs released by the headquarters" (NER may take them for a name)
    held = {"prisoner", "hostage", "detainee", "captive", "crew", "sailor", "fisherman", "hostages", "prisoners"}
    persons = {"him", "her", "them", "they", "he", "she", "us", "we", "me", "i", "you"}
    return not any(o.lower_ in persons or o.pos_ == "NUM" or o.lemma_.lower() in held or _people_like(o)
                   or o.ent_type_ in ("ORG", "GPE", "NORP") for o in objs)  # ("released two Americans")


def _governed_by_agent_verb(t: Token) -> bool:
    """"signed a deal", "a deal was reached": an agreement noun is an event only as the object of an act."""
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB" and t.head.head.lemma_ not in (
            "be", "have", "serve", "act"):
        return True  # "took six crewmen as hostages", "held them as hostages"
    if t.head.pos_ != "VERB" or t.head.lemma_ in ("be", "have"):
        return False
    return t.dep_ in ("dobj", "attr") or (t.dep_ == "nsubjpass" and t.head.lemma_ in SEALING_VERBS)


def _assault_mode(lex: Lexicon, words: set[str]) -> str | None:
    if words & lex.aerial_words:
        return "aerial"
    if words & lex.shelling_words:
        return "shelling"
    if words & lex.explosive_words:
        return "explosive"
    if words & lex.firearm_words:
        return "firearms"
    if words & lex.primitive_words:
        return "primitive"
    return None


def _clause_verb(t: Token) -> Token:
    cur = t
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "compound", "prep"):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _fought_thing(t: Token) -> bool:
    """The battle's object is a fire, an illness or the odds, not a side."""
    objs = [c for c in t.children if c.dep_ == "dobj"] + [
        o for c in t.children if c.dep_ == "prep" and c.lower_ in ("against", "with") for o in c.children
        if o.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in BLAZES | SOCIAL_ILLS or o.lower_ in BLAZES for o in objs)


def _advises_the_public(t: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in THE_PUBLIC for c in t.children) and any(
        c.dep_ in ("xcomp", "ccomp") for c in t.children)


def _in_prep_phrase(t: Token) -> bool:
    """"arrested for loitering, gathering in groups": a gerund named as an offence, not an act."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("pobj", "pcomp") or t.head.dep_ == "prep"


def _takes_ground(doc: Doc, t: Token) -> bool:
    """The thing captured is ground: a village, a town, positions, a named place."""
    places = {tp.start for tp in (doc._.toponyms or [])}
    # "drove them out of the town": the ground hangs on "out"
    outs = [p for c in t.children if c.lower_ == "out" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
    for c in (*t.children, *outs):
        if c.dep_ not in ("dobj", "nsubjpass", "prep"):
            continue
        heads = [c] if c.dep_ != "prep" else [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ not in ("of", "from", "over"):  # "took control of X", "drove them from X"
            continue
        for h in heads:
            for tok in (h, *(o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")):
                if tok.lemma_.lower() in GROUND_NOUNS or tok.idx in places:
                    return True
    # "took control of the town": the control noun carries the place
    ctl = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_ == "control"), None)
    return ctl is not None and any(o.lemma_.lower() in GROUND_NOUNS or o.idx in places
                                   for p in ctl.children if p.dep_ == "prep" for o in p.children)


def _walkout(t: Token) -> bool:
    """A strike noun that is a stoppage of work: "a 24-hour strike", "called a general strike",
    "went on strike". Air strikes have no duration and nobody "calls" or "joins" them."""
    if t.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in STOPPAGE_WORDS or c.lower_.endswith("-hour")
                                                       or c.lower_.endswith("-day")) for c in t.children):
        return True
    head = t.head.head if t.head.dep_ == "prep" else t.head
    return head.lemma_ in STOPPAGE_VERBS


def _sighted(t: Token) -> bool:
    """"movements of armed men were reported", "residents observed the presence of gunmen": armed men
    moving or present is an event when the report says someone saw it."""
    verb = t.head
    return t.dep_ in ("nsubjpass", "dobj", "nsubj") and verb.lemma_ in SIGHTING_VERBS


def _object_in(t: Token, words: frozenset[str]) -> bool:
    """The verb's object (or passive subject) is headed by one of WORDS."""
    for c in t.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        # "700 kg of medicine", "tons of food": the measure's "of" names the thing
        heads = [c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
        if any(h.lemma_.lower() in words or h.lower_ in words for h in heads):
            return True
    return False


def _asks_a_question(t: Token) -> bool:
    """"Asked why", "asked whether", "was asked about X", "he asked" with nothing asked for: a
    request needs an act ("asked X to leave"), a thing ("asked for help") or a "that" clause."""
    if any(c.dep_ in ("xcomp", "dative") or (c.dep_ == "prep" and c.lower_ == "for") for c in t.children):
        return False
    for c in t.children:
        if c.dep_ == "ccomp":
            opener = c.doc[c.left_edge.i]
            return opener.lower_ in QUESTION_WORDS or opener.tag_ in ("WDT", "WP", "WRB")
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
    return not any(c.dep_ == "dobj" for c in t.children)


def _warns_of_consequences(book: ActorBook, t: Token) -> bool:
    """"Warned that yields would decline", "warned the move could cripple firms": the that-clause
    foretells what others or things will do, not an act of the warner's own side (PLOVER THREATEN
    needs the source to be the one who would act: "warned that police will not tolerate rallies")."""
    warned_of = [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "about") for o in c.children
                 if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in NON_AGENTS | HAZARDS for o in warned_of):
        return True  # "warned of cloudy weather", "warned of delays": a forecast
    against = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "against" for o in c.children
               if o.dep_ in ("pobj", "pcomp")]
    if against and not any(c.dep_ == "dobj" for c in t.children) and not any(
            book.at(o) is not None for o in against):
        return True  # "warned against a trade war", "warned against complacency": advice, not a threat
    comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return False
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return False
    if subj.dep_ == "expl":
        return True  # "warned there would be job losses"
    if subj.pos_ == "PRON":
        return False  # "warned it would retaliate": the pronoun may be the warner
    if subj.lemma_.lower() in NON_AGENTS:
        return True  # "warned that the country's deficit would hamper growth": a thing, whoever owns it
    warner = _subject(t)
    warners = {book.actors[a].country for a in (_subject_actors(book, warner) if warner is not None else [])}
    warners.discard(None)
    doers = [book.actors[a] for a in book.resolve(subj, create=False)]
    return not any(a.sector in ("GOV", "MIL", "COP", "REB") and (not warners or a.country in warners)
                   for a in doers)


def _meets_terms(t: Token) -> bool:
    """"Meet demands", "meet the conditions": the object is what is asked, not someone met."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TERMS_NOUNS for c in t.children)


def _aid_arrivals(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"A U.N. convoy carrying food reached the town", "aid trucks entered Gaza": relief that arrives is
    PLOVER's AID, from whoever the convoy is named for, to the country where it arrives."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, ARRIVAL_VERBS):
        if verb.i in taken or verb.pos_ != "VERB":
            continue
        # (the carrier may be the subject of the verb the arrival hangs on: "trains have begun crossing")
        carrier = next((c for v in (verb, *([verb.head] if verb.dep_ == "xcomp" else [])) for c in v.children
                        if c.dep_ == "nsubj" and c.lower_ in AID_CARRIERS), None)
        # (the goods on the carrier or brought with it: "trains crossed the bridge with flour and cooking oil",
        # "a plane landed in Dili carrying tents")
        brought = [w for c in verb.subtree if (c.dep_ == "prep" and c.lower_ == "with" and c.head.i == verb.i) or (
            c.pos_ == "VERB" and c.i != verb.i and c.lemma_ in ("carry", "bring", "transport")) for w in c.subtree]
        if carrier is None or not ({w.lower_ for w in (*carrier.subtree, *brought)} & AID_GOODS_WORDS or any(
                (a := book.at(w)) is not None and book.actors[a].sector in ("IGO", "NGO") for w in carrier.subtree)):
            continue
        senders = [a for w in carrier.subtree if w.i < carrier.i and (a := book.at(w)) is not None] or [
            book.country_actor(iso) for w in carrier.subtree if w.i < carrier.i  # "a Russian cargo ship"
            and w.dep_ in ("amod", "compound") and (iso := demonym_country(w.text))]
        d = EventDraft(type="AID", trigger=verb, sentence=sent_of(verb), clause=verb, source=senders[:1],
                       agentless=not senders)  # (relief that arrives is a record even when no donor is named)
        d.place_token = _place_token(doc, verb, verb)
        if d.place_token is not None and (iso := toponym_country(d.place_token)):
            d.target = [book.country_actor(iso)]
        d.claimed_by = claimant(book, verb)
        if not d.source and d.claimed_by is not None and book.actors[d.claimed_by].sector in ("GOV", "IGO", "NGO"):
            # "Mexico's government said a tanker carrying fuel would arrive in Havana": the one announcing the
            # delivery to another country sends it
            whose = book.actors[d.claimed_by].country
            if whose is not None and whose not in {book.actors[a].country for a in d.target}:
                d.source, d.agentless = [d.claimed_by], False
        out.append(d)
    return out


def _sightings(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"Taiwan's defence ministry said it had detected 63 Chinese military aircraft and 24 navy ships
    around the island": another state's forces reported near one's own are PLOVER's MOBILIZE, by the
    state the forces are named for, aimed at the one that saw them."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, FORCE_SIGHTING_VERBS):
        if verb.i in taken or verb.pos_ != "VERB":
            continue
        forces = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
                  if o.lemma_.lower() in SIGHTED_FORCES]
        owners = {iso for o in forces for w in o.subtree if w.i < o.i and w.dep_ in ("amod", "compound", "nmod")
                  and (iso := demonym_country(w.text) or country_code(w.text))}
        if len(owners) != 1:
            continue
        owner = owners.pop()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        seers = [a for a in (book.resolve(subj, create=False) if subj is not None else [])
                 if book.actors[a].country and book.actors[a].country != owner]
        if subj is not None and subj.lower_ in ("it", "they") and not seers:
            head = verb
            while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i:
                head = head.head
            said_by = next((c for c in head.children if c.dep_ == "nsubj"), None)
            seers = [a for a in (book.resolve(said_by, create=False) if said_by is not None else [])
                     if book.actors[a].country and book.actors[a].country != owner]
        if not seers:
            continue
        target = book.country_actor(str(book.actors[seers[0]].country))
        d = EventDraft(type="MOBILIZE", trigger=verb, sentence=sent_of(verb), clause=verb,
                       source=[book.country_actor(owner)], target=[target])
        d.claimed_by = claimant(book, verb)
        out.append(d)
    return out


def _space_owner(book: ActorBook, space: Token) -> str | None:
    """The state whose airspace or waters these are: "Estonian airspace", "Estonia's airspace",
    "the airspace of Estonia"; "its airspace" is the country its pronoun stands for."""
    for w in space.children:
        if w.dep_ in ("amod", "compound", "nmod", "poss"):
            iso = demonym_country(w.text) or country_code(w.text)
            if iso is None and w.dep_ == "poss":
                iso = next((book.actors[a].country for a in book.resolve(w, create=False)
                            if book.actors[a].country), None)
            if iso:
                return iso
        if w.dep_ == "prep" and w.lower_ == "of":
            for o in w.children:
                if o.dep_ == "pobj" and (iso := country_code(o.text) or toponym_country(o)):
                    return iso
    return None


def _incursions(doc: Doc, book: ActorBook) -> list[EventDraft]:
    """"Two Russian fighter jets entered Estonian airspace", "a Chinese coast guard ship violated its
    territorial waters": forces coming into another state's airspace or waters are PLOVER's MOBILIZE by
    the state they belong to, aimed at the state whose space it is (the verb's own reading, a violated
    agreement's REJECT or a crossing's movement, gives way to it)."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, INCURSION_VERBS):
        if verb.pos_ != "VERB":
            continue
        spaces = [o for c in verb.children for o in (
            [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("into", "in", "over", "through") else [])
            if o.lemma_.lower() in SOVEREIGN_SPACES or o.lower_ in SOVEREIGN_SPACES]
        owner = next((iso for o in spaces if (iso := _space_owner(book, o))), None)
        if owner is None:
            continue
        subj = _subject(verb)
        intruders = [a for a in (_subject_actors(book, subj) if subj is not None else [])
                     if book.actors[a].country and book.actors[a].country != owner]
        if not intruders and subj is not None:
            # ("two fighter jets" of a country the subject's words name)
            named = {iso for w in subj.subtree if (iso := demonym_country(w.text) or country_code(w.text))}
            if len(named) == 1 and owner not in named:
                intruders = [book.country_actor(named.pop())]
        if not intruders:
            continue
        d = EventDraft(type="MOBILIZE", mode="movement", trigger=verb, sentence=sent_of(verb), clause=verb,
                       source=intruders, target=[book.country_actor(owner)])
        d.claimed_by = claimant(book, verb)
        out.append(d)
    return out


def _warning_shape(verb: Token) -> bool:
    """The verb says what a side will do to whoever crosses it: "take all necessary measures", "respond
    in a mirror manner", "react accordingly", "review its commitments"."""
    lemma = verb.lemma_.lower()
    if lemma in RESOLVE_VERBS:
        means = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in RESOLVE_MEANS]
        return any(w.lower_ in RESOLVE_WORDS for o in means for w in o.subtree)
    if lemma in REVIEW_VERBS:
        return any(o.dep_ == "dobj" and o.lower_ in REVIEWED_TIES for o in verb.children)
    return any((c.dep_ == "advmod" and c.lower_ in RESPONSE_ADVERBS) or (
        c.dep_ == "prep" and c.lower_ in ("in", "with") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in RESPONSE_MANNERS for o in c.children)) for c in verb.children)


def _resolve_warnings(doc: Doc, book: ActorBook) -> list[EventDraft]:
    """Thailand "would use all necessary measures to protect its sovereignty if the attacks continued",
    Beijing "would take all necessary measures if Taipei continued": a side's warning that it will do
    whatever it takes is PLOVER's THREATEN, by that side, aimed at whoever the warning names after
    "against" or in its condition (the verb's own reading gives way to it)."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, RESOLVE_VERBS | RESPONSE_VERBS | REVIEW_VERBS):
        if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            continue
        if not _warning_shape(verb):
            continue
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        if not source:
            continue
        below = [w for w in verb.subtree if w.i > verb.i]
        aimed = [a for w in below if w.dep_ == "pobj" and w.head.lower_ == "against"
                 for a in book.resolve(w, create=False)]
        if not aimed:
            # ("if Taipei continued to push for independence": the one the condition names)
            aimed = [a for w in below if w.dep_ in ("nsubj", "nsubjpass") and w.head.dep_ == "advcl"
                     and any(m.lower_ in ("if", "unless") for m in w.head.children)
                     for a in book.resolve(w, create=False)]
        d = EventDraft(type="THREATEN", trigger=verb, sentence=sent_of(verb), clause=verb, source=source,
                       target=[a for a in aimed if a not in source],
                       status="conditional" if _has_condition(verb) else "threatened")
        d.claimed_by = claimant(book, verb)
        out.append(d)
    return out


def _phone_calls(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The heads of the two border services spoke by telephone", "Macron spoke with Sanchez by phone":
    PLOVER's CONSULT, between the speakers; one who speaks to reporters consults no one."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, CALL_VERBS):
        if verb.i in taken or verb.pos_ != "VERB":
            continue
        preps = [p for p in verb.children if p.dep_ in ("prep", "agent")]  # ("spoke by telephone": read as agent)
        by_call = any(p.lower_ in ("by", "over", "via") and any(o.lower_ in CALL_MEANS for o in p.subtree)
                      for p in preps)
        partners = [a for p in preps if p.lower_ in ("with", "to") for o in p.children if o.dep_ == "pobj"
                    and o.lower_ not in PRESS_WORDS for a in book.resolve(o, create=False)]
        if not by_call and not partners:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speakers = book.resolve(subj, create=False) if subj is not None else []
        both = subj is not None and any(w.lower_ in ("two", "both") for w in subj.subtree)
        if not partners and both:
            # "the heads of the two border services spoke": the two sides told of last spoke to each other
            # (the two countries the report's actors belong to most: "Kyrgyz and Tajik border guards")
            told: dict[str, int] = {}
            for a in book.actors:
                if a.country:
                    told[a.country] = told.get(a.country, 0) + len(a.mentions)
            ranked = sorted(told.items(), key=lambda kv: -kv[1])
            sides = [book.country_actor(iso) for iso, _ in ranked[:2]] if len(ranked) >= 2 else []
            speakers, partners = sides[:1], sides[1:]
        if not speakers or not partners:
            continue
        d = EventDraft(type="CONSULT", mode="phone" if by_call else None, trigger=verb, sentence=sent_of(verb),
                       clause=verb, source=speakers, target=[a for a in partners if a not in speakers])
        d.claimed_by = claimant(book, verb)
        out.append(d)
    return out
