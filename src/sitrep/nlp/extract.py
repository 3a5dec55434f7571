"""From a ``Document`` to an ``Extraction``: runs the pipeline and assembles the contract records.

The stages leave drafts on ``doc._.sitrep_state`` (token-level, with actor
indices); this module is the one place that turns them into the contract's
ids and offsets, so ids are assigned once and consistently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.errors import SitrepError
from sitrep.model import Actor, Document, Event, Evidence, Extraction, Mention, Place, Quantity, Quote
from sitrep.nlp import dates, extensions, fiction
from sitrep.nlp.actors import ActorBook
from sitrep.nlp.dating import date_mentions, event_date
from sitrep.nlp.events import ACCIDENT_WORDS, HOSTILE_ACTS, EventDraft, armed_report, clause_span
from sitrep.nlp.events.discourse import home_country, unidentified_attackers
from sitrep.nlp.extensions import Toponym
from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.naming import national_name
from sitrep.nlp.pipeline import shared_nlp
from sitrep.nlp.quantities import QuantityDraft
from sitrep.nlp.quotes import QuoteDraft
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import dateline_tokens, doc_text, forms_and_lemmas, keep_text


class ExtractionError(SitrepError):
    """The pipeline failed on one document; batch commands report it and go on."""


STANDALONE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# categories that are complete with a source alone ("troops withdrew", "workers protested");
# the others direct something at someone, and without the target the record says little
UNDIRECTED_TYPES = frozenset({"PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT", "THREATEN", "CONCEDE", "AGREE",
                              "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AID", "SANCTION"})
MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# words that also name accidents: with nobody named as doing it, an explosion or a fire is not an attack
HAZARD_WORDS = frozenset({"explosion", "blast", "explode", "burn", "fire", "hit"})


#: A clause shorter than this share of its sentence is shown with the whole sentence as evidence.
SHORT_CLAUSE = 0.4


def worth_reporting(d: EventDraft, *, has_casualties: bool, has_place: bool) -> bool:
    """Whether an event draft says enough to be a record: who did it to whom, or violence on its own."""
    if d.source and d.target:
        return True
    if d.type == "COERCE" and any(w in lexicon().weapon_words for o in d.objects for w in o.lower().split()):
        return True  # "two rifles and 80 rounds were seized": a weapons seizure needs no one named
    hazard = d.trigger.lemma_.lower() in HAZARD_WORDS
    if (hazard or d.type == "ASSAULT") and _weapon_subject(d):
        return True  # "a missile hit the car park", "a grenade was hurled": the weapon says it was an attack
    if d.type in STANDALONE_TYPES and (has_casualties or has_place) and not hazard:
        return True
    if d.type == "ASSAULT" and d.mode in ("aerial", "shelling", "explosive") and d.objects:
        return True  # "drone strikes hit power stations": the weapons say it was an attack, whoever sent them
    if d.doer and d.type in STANDALONE_TYPES and (d.target or d.objects or has_casualties or has_place
                                                  or d.mode == "clash"):
        # "a farmer shot five oxen", "a branch was burnt by angry depositors", "villagers clashed": people did it
        return True
    if d.agentless and d.objects and d.type == "ASSAULT" and d.mode == "property" and not hazard:
        return True  # "dozens of shops were looted": the wrecking is the record, whoever did it
    if d.type == "ASSAULT" and d.agentless and d.trigger.pos_ == "VERB" and _infrastructure(d.objects) and (
            not hazard or armed_report(d.trigger.doc)):
        # "a power plant and two substations were hit": in a report of drones and missiles, the strike on
        # the grid is the record, whoever is named as its author
        return True
    if d.target:
        return d.agentless  # passive without agent: "three villagers were abducted"
    if d.source:
        return d.type in UNDIRECTED_TYPES or (d.type in MUTUAL_TYPES and len(d.source) >= 2)
    return d.type == "PROTEST" or (d.type in STANDALONE_TYPES and (has_casualties or has_place) and not hazard)


def _casualties(drafts: list[QuantityDraft], candidates: list[int], taken: set[int], doc: Doc) -> dict[str, int]:
    """Dead, injured and arrested figures of one event from the counts in its sentence.

    A stated total wins. Otherwise the first figure of a kind, plus the counts conjoined to it
    ("one soldier and two militants were killed": 3); later separate figures in the sentence
    more often break it down ("three killed, two of them children") than add to it (measured on
    ACLED notes), unless each is the subject or object of a harm verb of its own ("ten militants
    were killed and four soldiers were killed": 14). Each count serves one event; deaths a
    protest is about are not its casualties.
    """
    out: dict[str, int] = {}
    free = [i for i in candidates if drafts[i].casualty and i not in taken and not drafts[i].grievance
            and not drafts[i].subset]
    for i in free:
        q = drafts[i]
        if q.total and q.casualty and q.casualty not in out:
            out[q.casualty] = int(q.value)
            taken.add(i)
    for i in free:
        q = drafts[i]
        if q.casualty is None or q.casualty in out or q.part_of is not None or i in taken:
            continue
        parts = [j for j in free if drafts[j].part_of == q.start and drafts[j].casualty == q.casualty]
        parts += _separate_clauses(drafts, free, q, taken, doc)
        out[q.casualty] = int(q.value + sum(drafts[j].value for j in parts))
        taken.update([i, *parts])
    return out


def _separate_clauses(drafts: list[QuantityDraft], free: list[int], first: QuantityDraft,
                      taken: set[int], doc: Doc) -> list[int]:
    """Later figures of the same kind, each the victims of a harm verb of its own coordinated with
    the first one's; a figure in a subordinate clause ("killed two men believed to have murdered
    a trader") tells an earlier story."""
    if first.clause is None:
        return []
    coordinated = {v.i for v in doc[first.clause].conjuncts}
    seen = {first.clause}
    out: list[int] = []
    for j in free:
        q = drafts[j]
        if q.start <= first.start or j in taken or q.casualty != first.casualty or q.part_of is not None \
                or q.clause not in coordinated or q.clause in seen:
            continue
        seen.add(q.clause)
        out.append(j)
    return out


# harm verbs that are attack triggers themselves: when one yields no event, its sentence told no attack
ATTACK_VERBS = frozenset({"kill", "injure", "wound", "shoot", "stab", "murder", "behead", "execute", "assassinate",
                          "slaughter", "massacre", "lynch", "torture", "beat", "abduct", "kidnap"})
# words that put a report's dead in human violence rather than illness, disaster or accident
VIOLENCE_CUES = frozenset({"violence", "violent", "clash", "clashes", "fighting", "attack", "attacks", "attacked",
                           "gunmen", "gunman", "militants", "militia", "militiamen", "insurgents", "rebels", "troops",
                           "military", "army", "soldiers", "armed", "conflict", "dispute", "feud", "unrest", "riot",
                           "shooting", "gunfire", "raid", "ambush", "operation", "operations", "offensive", "mob",
                           "murder", "murdered", "arrests", "suspects", "gunshot", "stabbed", "shot", "argument",
                           "quarrel", "fight", "brawl", "altercation", "machete", "machetes"})
ILLNESS_WORDS = frozenset({"cholera", "malaria", "measles", "ebola", "covid", "coronavirus", "virus", "disease",
                           "illness", "infection", "fever", "hunger", "starvation", "famine", "malnutrition", "drown",
                           "poisoning", "overdose", "heat", "cold", "sick"})
DEATH_WORDS = frozenset({"dead", "killed", "died", "death", "deaths", "bodies", "fatalities", "slain"})


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_at(doc: Doc, char: int) -> Span | None:
    tok = _token_at(doc, char)
    return sent_of(tok) if tok is not None else None


def _toll_of_illness_or_accident(doc: Doc, q: QuantityDraft) -> bool:
    """"755 overdose deaths", "three died in the crash": the sentence says what killed them, and it was
    no attack."""
    sent = _sentence_at(doc, q.start)
    if sent is None:
        return False
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    return bool(words & (ACCIDENT_WORDS | ILLNESS_WORDS)) and not words & VIOLENCE_CUES


def _death_report(doc: Doc, drafts: list[QuantityDraft], events: list[EventDraft]) -> EventDraft | None:
    """"Two are dead near the market over a land dispute. Violence continued": a report of the dead
    of human violence that names no attack is still a violent event (ACLED codes it), so its deaths
    get one; a toll of illness, disaster or accident does not."""
    if any(d.type in ("ASSAULT", "COERCE") and not d.negated for d in events):
        return None
    dead = next((q for q in drafts if q.casualty == "dead" and not q.grievance), None)
    if dead is None:
        return None
    words, lemmas = forms_and_lemmas(doc)
    if not words & VIOLENCE_CUES or (words | lemmas) & (ACCIDENT_WORDS | ILLNESS_WORDS):
        return None
    sent = _sentence_at(doc, dead.start)
    if sent is None or any(d.type == "PROTEST" and d.sentence.start == sent.start for d in events):
        return None  # "protested after a child died": the death is the protest's grievance
    trigger = next((t for t in sent if t.lower_ in DEATH_WORDS and t.idx >= dead.start), None) or next(
        (t for t in sent if t.lower_ in DEATH_WORDS), None)
    if trigger is None:
        return None
    return EventDraft(type="ASSAULT", trigger=trigger, sentence=sent, agentless=True, clause=trigger)


def _weapon_subject(d: EventDraft) -> bool:
    """"A car bomb exploded, killing five": the thing that went off is a weapon, not a gas main."""
    weapons = _weapon_nouns()
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in weapons for c in d.trigger.children)


@cache
def _weapon_nouns() -> frozenset[str]:
    # munitions, and the aircraft that deliver them ("a helicopter dropped barrel bombs")
    # (and "a device exploded under the vehicle": an explosive device, named by its kind)
    return lexicon().explosive_words | {"bomb", "shell", "rocket", "missile", "grenade", "mortar", "drone", "ied",
                                         "device",
                                         "warplane", "jet", "helicopter", "aircraft", "gunship", "bomber"}


class Extractor:
    """Loads the pipeline once; extracts one document or a stream of them."""

    def __init__(self, model: str | None = None, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else shared_nlp(model)
        dates.warm_up()  # (once per process, with the model: not on the first article that has a date)

    def extract(self, document: Document) -> Extraction:
        if not document.text.strip():
            return Extraction(document=document)  # (the sources refuse empty input; empty text finds nothing)
        return assemble(document, self.nlp(self._doc(document)))

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 32) -> Iterator[Extraction]:
        pending: list[Document] = []

        def docs() -> Iterator[Doc]:
            for d in documents:
                pending.append(d)
                yield self._doc(d)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            yield assemble(pending.pop(0), doc)

    def extract_each(self, documents: Iterable[Document], *, batch_size: int = 32
                     ) -> Iterator[tuple[Document, Extraction | SitrepError]]:
        """Like ``extract_many`` but a document the pipeline fails on becomes an error for that
        document alone: batches run at full speed and a failing batch is redone one by one."""
        batch: list[Document] = []
        for d in documents:
            batch.append(d)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> Iterator[tuple[Document, Extraction | SitrepError]]:
        try:
            done = [assemble(d, doc) for d, doc in zip(batch, self.nlp.pipe(self._doc(d) for d in batch), strict=True)]
        except Exception:
            for d in batch:
                try:
                    yield d, self.extract(d)
                except Exception as err:
                    yield d, ExtractionError(
                        f"the pipeline failed on this document ({type(err).__name__}: {err}); "
                        "it was skipped: please report it with the input")
            return
        yield from zip(batch, done, strict=True)

    def _doc(self, document: Document) -> Doc:
        made = self.nlp.make_doc(document.text)
        keep_text(made, document.text)  # (the tokenizer keeps every character: no need to join the tokens again)
        doc = _dateline_stopped(made)
        doc._.sitrep_doc = document
        return doc


#: Dashes one character long, which a full stop can stand in for without moving any offset.
_SHORT_DASHES = frozenset({"-", "—", "–"})


def _dateline_stopped(doc: Doc) -> Doc:
    """The doc with the dash that ends a dateline read as a full stop: "KANO (Reuters) - Gunmen
    killed ..." tags "Gunmen" as a name and parses "Israel and Hamas agreed" as two fragments, while
    after a full stop both open the sentence they do. Same length, so every offset holds; the
    dateline's tokens are kept on the new doc, since the dash no longer marks them."""
    dateline = dateline_tokens(doc)
    dashes = [i for i in dateline if (doc[i].text in _SHORT_DASHES and doc[i].whitespace_
                                      and i > 0 and doc[i - 1].whitespace_) or doc[i].text == ":"]
    if not dashes:
        return doc
    words = [t.text for t in doc]
    text = doc_text(doc)
    for i in dashes:
        words[i] = "."
        text = text[:doc[i].idx] + "." + text[doc[i].idx + 1:]
    stopped = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    stopped.user_data["sitrep_dateline"] = dateline
    keep_text(stopped, text)
    return stopped


def assemble(document: Document, doc: Doc) -> Extraction:
    extensions.register()
    text = document.text  # the doc was made from it; doc.text would rebuild the string on each read
    state = doc._.sitrep_state or {}
    book: ActorBook = state["actors"]
    published = dates.parse_published(document.published)
    quantity_drafts: list[QuantityDraft] = state.get("quantities", [])
    quote_drafts: list[QuoteDraft] = state.get("quotes", [])
    event_drafts: list[EventDraft] = state.get("events", [])
    mentions = date_mentions(doc, text) if event_drafts else []

    # places first: events point at them
    places: list[Place] = []
    place_at: dict[int, str] = {}
    by_key: dict[object, Place] = {}
    toponyms = list(doc._.toponyms or [])
    parents = _enclosing_places(text, toponyms)
    for top in toponyms:
        key = top.geonameid if top.geonameid is not None else top.name.lower()
        place = by_key.get(key)
        if place is None:
            place = Place(id=f"p{len(places) + 1}", name=top.text, country=top.country, admin1=top.admin1,
                          lat=top.lat, lon=top.lon, feature=top.feature,
                          geonameid=top.geonameid if top.geonameid and top.geonameid > 0 else None,
                          located_by=top.located_by, estimated=top.located_by is not None,
                          uncertainty_km=top.uncertainty_km)
            parent = parents.get(id(top))
            if parent is not None and place.lat is None:
                place.lat, place.lon = parent.lat, parent.lon
                place.country, place.admin1 = parent.country, parent.admin1
                place.located_by, place.estimated = parent.text, True
            by_key[key] = place
            places.append(place)
        place.mentions.append(Mention(top.start, top.end))
        for c in range(top.start, top.end):
            place_at[c] = place.id
    # demonyms mention their country ("Syrian troops"), after the places named as such and never as an
    # event's place (they stay out of place_at)
    for top in doc._.demonym_places or []:
        key = top.geonameid if top.geonameid is not None else top.name.lower()
        place = by_key.get(key)
        if place is None:
            place = Place(id=f"p{len(places) + 1}", name=top.name, country=top.country, admin1=None,
                          lat=top.lat, lon=top.lon, feature="country",
                          geonameid=top.geonameid if top.geonameid and top.geonameid > 0 else None)
            by_key[key] = place
            places.append(place)
        place.mentions.append(Mention(top.start, top.end))

    quantities = [Quantity(id=f"q{i + 1}", value=q.value, unit=q.unit, what=q.what or "", start=q.start, end=q.end,
                           value_max=q.value_max, approximate=q.approximate, currency=q.currency)
                  for i, q in enumerate(quantity_drafts)]

    death_report = _death_report(doc, quantity_drafts, event_drafts)
    if death_report is not None:
        event_drafts = sorted([*event_drafts, death_report], key=lambda d: d.trigger.i)
        mentions = mentions or date_mentions(doc, text)
    # casualties with no violent event in their sentence belong to the nearest one before them
    violent_sentences = [d.sentence.start_char for d in event_drafts if d.type in ("ASSAULT", "COERCE")]
    # the killings of a film's plot hurt no one real
    plot: set[int] = state.get("plot_sentences", set())
    for q in quantity_drafts:
        if q.casualty and fiction.counted_in_plot(doc, q.start, plot):
            q.casualty = None
    orphan_home: dict[int, int] = {}
    folded: set[int] = state.get("folded_tolls", set())
    for i, q in enumerate(quantity_drafts):
        # (not a count whose own attack verb was read as no attack: "killed when a tree fell"; "two died" is
        # no attack verb, and its dead belong to the attack told before)
        # (a toll told in a clause of its own, folded into the attack before it, is that attack's)
        dropped = q.clause is not None and doc[q.clause].lemma_.lower() in ATTACK_VERBS and q.clause not in folded
        if q.casualty and violent_sentences and q.sentence_start not in violent_sentences and not dropped \
                and not _toll_of_illness_or_accident(doc, q):
            earlier = [s for s in violent_sentences if s < q.sentence_start]
            orphan_home[i] = max(earlier) if earlier else min(violent_sentences)
    # events, keeping only those the text ties to someone, or violence that stands on its own
    events: list[Event] = []
    used_actors: set[int] = set()
    casualty_taken: set[int] = set()
    # a count that is the subject or object of a violent event's own verb ("two men were summarily shot")
    # belongs to that event, not to an earlier one in its sentence ("accused of kidnappings")
    violent_verbs = {d.trigger.i for d in event_drafts if d.type in ("ASSAULT", "COERCE")}
    _subjects_named_by_quotes(book, event_drafts)
    _claims_from_quotes(event_drafts, quote_drafts)
    event_drafts += _charges_in_own_words(book, event_drafts, quote_drafts)
    _threat_makers(book, event_drafts)
    home = home_country(book)
    for d in event_drafts:
        if d.verdict and not d.source and d.claimed_by is not None:
            # "this was a reckless act," the spokesman said: the one who says it condemns; not his own side's act
            d.source = [d.claimed_by]
            own = book.actors[d.claimed_by].country
            if d.type == "THREATEN" and not d.target and own is not None and d.trigger.lemma_ in ("face", "pay"):
                d.target = [book.country_actor(own)]  # ("those who burn our city will face the law": at home)
            if own is not None and any(book.actors[a].country == own for a in d.target):
                if d.type == "THREATEN":  # (a threat is not aimed at the threatener's own side, when it names
                    # another's; "those who burn our city will face the law" is aimed at home)
                    d.target = [a for a in d.target if book.actors[a].country != own] or d.target
                else:
                    d.source = []
    for d in event_drafts:
        sent = d.sentence
        in_sentence = [i for i, q in enumerate(quantity_drafts)
                       if sent.start_char <= q.start < sent.end_char or orphan_home.get(i) == sent.start_char]
        casualties: dict[str, int] = {}
        if d.type in ("ASSAULT", "COERCE") and not d.negated:  # "no arrests were made over the death of ..."
            mine = [i for i in in_sentence if quantity_drafts[i].clause not in violent_verbs
                    or quantity_drafts[i].clause == d.trigger.i]
            casualties = _casualties(quantity_drafts, mine, casualty_taken, doc)
        place_id = place_at.get(d.place_token.idx) if d.place_token is not None else None
        if not worth_reporting(d, has_casualties=bool(casualties), has_place=place_id is not None):
            continue
        unidentified_attackers(book, d, home)
        used_actors.update(d.source)
        used_actors.update(d.target)
        if d.claimed_by is not None:
            used_actors.add(d.claimed_by)
        c_start, c_end = clause_span(d)
        if c_end - c_start < SHORT_CLAUSE * (d.sentence.end_char - d.sentence.start_char):
            # "to travel to Chisinau", "damaging its mast": a clause this short says too little on its own;
            # the sentence it is part of is the evidence a reader can check
            c_start, c_end = d.sentence.start_char, d.sentence.end_char
        start, end = _trim(text, _past_dateline(doc, c_start), c_end)
        events.append(Event(
            id=f"e{len(events) + 1}", type=d.type, mode=d.mode, source=[f"#{a}" for a in d.source],
            target=[f"#{a}" for a in d.target], place=place_id, date=event_date(d, mentions, published),
            status=d.status, negated=d.negated,  # type: ignore[arg-type]
            claimed_by=f"#{d.claimed_by}" if d.claimed_by is not None else None,
            verification=d.verification,  # type: ignore[arg-type]
            quantities=[quantities[i].id for i in in_sentence],
            dead=casualties.get("dead"), injured=casualties.get("injured"), arrested=casualties.get("arrested"),
            evidence=Evidence(text[start:end], start, end), trigger=d.trigger.text,
            target_objects=list(d.objects), infrastructure=_infrastructure(d.objects),
            impact=[quantities[i].id for i in in_sentence if _is_impact(quantity_drafts[i])],
            disputed_by=[f"#{a}" for a in d.disputed_by], context=list(d.context)))
        used_actors.update(d.disputed_by)

    quotes: list[Quote] = []
    for u in quote_drafts:
        if u.speaker is not None:
            used_actors.add(u.speaker)
        q_start, q_end = _trim(text, _past_dateline(doc, u.start), u.end)
        quotes.append(Quote(id=f"u{len(quotes) + 1}", speaker=f"#{u.speaker}" if u.speaker is not None else None,
                            text=text[q_start:q_end], direct=u.direct, cue=u.cue.text if u.cue else None,
                            start=q_start, end=q_end))

    actors, ids = _actors(book, document, used_actors)
    for e in events:
        e.source = list(dict.fromkeys(ids[s] for s in e.source if s in ids))
        e.target = list(dict.fromkeys(ids[t] for t in e.target if t in ids))
        e.claimed_by = ids.get(e.claimed_by) if e.claimed_by else None
        e.disputed_by = list(dict.fromkeys(ids[a] for a in e.disputed_by if a in ids))
    for quote in quotes:
        quote.speaker = ids.get(quote.speaker) if quote.speaker else None
    return Extraction(document=document, actors=actors, places=places, events=events, quotes=quotes,
                      quantities=quantities)


def _subjects_named_by_quotes(book: ActorBook, events: list[EventDraft]) -> None:
    """"The opposition Conservatives demanded a public inquiry", "The association called on the
    government to ...": a subject the actors stage left alone, which the quotes stage then made a speaker
    of (what it demanded is what it said), is the one who acts; the event was read before it existed."""
    for d in events:
        t = d.trigger
        if d.source or d.agentless or t.pos_ != "VERB" or d.type not in SPEAKING_TYPES:
            continue
        verb = t
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # ("demanded an inquiry and called for ...": the second verb shares the subject)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # (the quotes stage gives such a body the report's own country; one still without is left out)
        if subj is not None and (i := book.at(subj)) is not None and i not in d.target \
                and book.actors[i].country is not None:
            d.source = [i]


#: Acts done by saying, whose subject the quotes stage may be the first to name as a speaker (not warnings:
#: "the agency warned residents not to drink the water" is advice as often as a threat).
SPEAKING_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONSULT"})


def _claims_from_quotes(events: list[EventDraft], quotes: list[QuoteDraft]) -> None:
    """An event told inside what someone is quoted as saying is theirs to claim, when the parse gave no
    reporting verb above it ("Gunmen killed 14, police said" read with "said" as the main verb)."""
    spoken = [(u.start, u.end, u.speaker) for u in quotes if u.speaker is not None]
    for d in events:
        if d.claimed_by is None and not (d.trigger.dep_ == "relcl" and d.source and d.type in ("REJECT", "ACCUSE")):
            # (not "..., a charge Yerevan rejected": a side's own reply set inside the other's words)
            d.claimed_by = next((who for start, end, who in spoken if start <= d.trigger.idx < end), None)


#: Sectors of the state's armed and police forces, whose violence a witness's words charge.
STATE_FORCES = frozenset({"MIL", "COP", "SPY", "GOV"})
#: Sectors whose people speak for the state when they tell what its forces did.
STATE_SPEAKERS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _charges_in_own_words(book: ActorBook, events: list[EventDraft], quotes: list[QuoteDraft]) -> list[EventDraft]:
    """"'The army shot them like animals,' said a resident": violence a speaker tells in their own quoted
    words, against someone other than themselves, is also their accusation of the doers (PLOVER's ACCUSE,
    from the speaker to the side named as doing it); a side telling its own act ("we repelled them") accuses
    no one."""
    direct = [(u.start, u.end, u.speaker) for u in quotes if u.direct and u.speaker is not None]
    said = {(d.sentence.start, a, b) for d in events if d.type == "ACCUSE" for a in d.source for b in d.target}
    out: list[EventDraft] = []
    for d in events:
        if d.type not in ("ASSAULT", "COERCE") or d.negated or d.inherited or not d.source \
                or d.status not in ("occurred", "ongoing", "claimed"):
            continue  # ("those who did it will face justice": a warning, no charge)
        speaker = next((who for start, end, who in direct if start <= d.trigger.idx < end), None)
        if speaker is None or speaker in d.source or speaker in d.target:
            continue
        who = book.actors[speaker]
        own = who.country
        doers = [book.actors[a] for a in d.source]
        if not any(a.kind in ("country", "government") or a.sector in STATE_FORCES for a in doers):
            continue  # (a witness telling what gunmen did reports a crime; the charge is laid at a state's door)
        if who.sector in STATE_SPEAKERS and (own is None or all(a.country in (own, None) for a in doers)):
            continue  # (an official telling of his own state's act reports it)
        if own is not None and all(a.country == own and a.kind == "country" for a in doers):
            continue
        if any((d.sentence.start, speaker, a) in said for a in d.source):
            continue
        out.append(EventDraft(type="ACCUSE", trigger=d.trigger, sentence=d.sentence, mode="allege",
                              source=[speaker], target=list(d.source), claimed_by=speaker, clause=d.clause,
                              verification=d.verification))
    return out


def _threat_makers(book: ActorBook, events: list[EventDraft]) -> None:
    """Who makes a threat told with no source: "'If one more shot is fired at our territory, we will
    answer with every means,' he said" (a quoted "we": the speaker), "X would respond with all its force
    if its units were attacked again" (whoever would respond). It is aimed at the other side, the doer of
    the last hostile act told before by another country, never at the threatener's own."""
    for n, d in enumerate(events):
        # (the trigger's own clause or the one its condition hangs on: "if a shot is fired, we will answer")
        clauses = [d.trigger, *([d.trigger.head] if d.trigger.dep_ == "advcl" else [])]
        if d.type != "THREATEN" or d.source:
            continue
        if d.claimed_by is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i")
                                            for v in clauses for c in v.children):
            d.source = [d.claimed_by]
        elif d.trigger.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in d.trigger.children):
            # "Ecuador would respond with all its force if its units were attacked again": the one who would
            # respond threatens
            d.source = [a for c in d.trigger.head.children if c.dep_ == "nsubj" for a in book.resolve(c, create=False)]
        if not d.source:
            continue
        own = book.actors[d.source[0]].country
        if own is None or not all(book.actors[a].country == own for a in d.target):
            continue
        other = next((e for e in reversed(events[:n]) if e.type in HOSTILE_ACTS and e.source and all(
            book.actors[a].country not in (own, None) for a in e.source)), None)
        d.target = list(other.source) if other is not None else []


INFRASTRUCTURE = frozenset({"power", "plant", "plants", "substation", "substations", "grid", "electricity", "energy",
                            "water", "heating", "gas", "pipeline", "pipelines", "dam", "bridge", "bridges", "railway",
                            "rail", "port", "airport", "hospital", "hospitals", "clinic", "school", "schools",
                            "infrastructure", "station", "stations", "network", "refinery", "depot", "telecom"})
IMPACT_WORDS = ("without", "cut off", "outage", "displaced", "homeless", "evacuated", "no power", "blackout",
                "damaged", "destroyed", "lost", "cut electricity", "cut power", "cut water", "cut heating",
                "disrupt", "knock out")


PARENTHESIS = re.compile(r"\s*(?:,\s*coded to [^(]{2,60})?\(([^)]{2,80})\)")


def _enclosing_places(text: str, toponyms: list[Toponym]) -> dict[int, Toponym]:
    """For a place the gazetteer lacks, the first resolved place in the parenthesis after it
    ("Kawuri (Konduga, Borno)"), which says where it lies."""
    out: dict[int, Toponym] = {}
    for top in toponyms:
        if top.lat is not None:
            continue
        m = PARENTHESIS.match(text, top.end)
        if m is None:
            continue
        inside = [t for t in toponyms if m.start(1) <= t.start < m.end(1) and t.lat is not None]
        if inside:
            out[id(top)] = inside[0]
    return out


def _infrastructure(objects: list[str]) -> bool:
    return any(w in INFRASTRUCTURE for o in objects for w in o.lower().split())


def _is_impact(q: QuantityDraft) -> bool:
    what = (q.what or "").lower()
    return q.casualty is not None or any(w in what for w in IMPACT_WORDS)


def _actors(book: ActorBook, document: Document, used: set[int]) -> tuple[list[Actor], dict[str, str]]:
    """Contract actors in order of first mention; bylines and publishers are never actors."""
    not_actors = {n.lower() for n in (document.byline, document.publisher) if n}
    order = sorted((i for i, a in enumerate(book.actors) if a.mentions or i in used),
                   key=lambda i: min((m[0] for m in book.actors[i].mentions), default=10**9))
    actors: list[Actor] = []
    ids: dict[str, str] = {}
    text = doc_text(book.doc)
    # ("the coast guard" told of in three paragraphs, each time with no link the actors stage could
    # follow: one national body, and one actor once its name carries its nation)
    bodies: dict[tuple[str, str, str | None], Actor] = {}
    for i in order:
        a = book.actors[i]
        if a.name.lower() in not_actors:
            continue
        # (the word written just before each mention, which may make the body a region's: "the regional ...")
        qualifiers = [words[-1] for start, _ in a.mentions if (words := text[max(0, start - 20):start].split())]
        name = national_name(a.name, a.kind, a.country, text, a.aliases, qualifiers)
        aliases = list(a.aliases) if name == a.name else [a.name, *(x for x in a.aliases if x != name)]
        mentions = [Mention(s, e) for s, e in sorted(set(a.mentions))]
        same = bodies.get((name.lower(), a.kind, a.country)) if name != a.name else None
        if same is not None:
            same.aliases.extend(x for x in aliases if x not in same.aliases and x != same.name)
            same.roles.extend(r for r in a.roles if r not in same.roles)
            spans = sorted({(m.start, m.end) for m in same.mentions} | set(a.mentions))
            same.mentions = [Mention(s, e) for s, e in spans]
            ids[f"#{i}"] = same.id
            continue
        actor = Actor(id=f"a{len(actors) + 1}", name=name, kind=a.kind,  # type: ignore[arg-type]
                      country=a.country, sector=a.sector, roles=list(a.roles), aliases=aliases, mentions=mentions)
        if name != a.name:
            bodies[(name.lower(), a.kind, a.country)] = actor
        ids[f"#{i}"] = actor.id
        actors.append(actor)
    return actors, ids


def _past_dateline(doc: Doc, start: int) -> int:
    """An evidence or quote span that opens on the dateline ("PORT SUDAN, Sudan — Drones struck")
    starts after it: the dateline is where the report was filed, not what was said or done."""
    dateline = dateline_tokens(doc)
    if not dateline:
        return start
    tok = _token_at(doc, start)
    if tok is None or tok.i not in dateline:
        return start
    last = tok.i
    while last + 1 in dateline:
        last += 1
    return doc[last].idx + len(doc[last].text_with_ws) if last + 1 < len(doc) else start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
