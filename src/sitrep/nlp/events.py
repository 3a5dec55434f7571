"""The events stage: PLOVER events with source, target, status, place and attribution.

A trigger (verb or event noun from ``lexicons/triggers.json``) gives the
category; the dependency parse gives source and target (active, passive,
possessive, adjectival, "by X", "with X"); the clause around the trigger gives
status (future, planned, threatened, conditional, negated), who claims it and
whether the text says it could be verified. Where the sentence leaves a role
empty, a few discourse rules fill it, each named below; none looks beyond the
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp import extensions, fiction
from sitrep.nlp.actors import ActorBook, last_of_sector, toponym_country
from sitrep.nlp.attribution import REPORTING_VERBS, claimant, misattached_speech_act, verification_of
from sitrep.nlp.knowledge import PERSON_ENDINGS, demonym_country
from sitrep.nlp.lexicon import Lexicon, Trigger, lexicon
from sitrep.nlp.quantities import CURRENCY_WORDS
from sitrep.nlp.sentences import sent_of, sentence_number, sentences
from sitrep.nlp.syntax import headline_verb, reduced_passive, told_clause

FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "going"})
# what can, could, may or might happen has not happened
POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might", "ca"})
# "tried to" and "attempted to" are left out: an attempt is an act that happened
PLAN_VERBS = frozenset({"plan", "hope", "intend", "expect", "aim", "want", "prepare", "schedule", "set",
                        "propose", "seek", "agree", "promise", "pledge", "decide", "vow"})
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "insist", "pledge", "promise", "say", "declare"})
HYPOTHETICAL = frozenset({"future", "possible", "potential", "repeat", "any", "further", "new", "every", "each"})
# "a mediation effort", "an evacuation operation": the first noun names the event
FRAME_NOUNS = frozenset({"effort", "mission", "process", "bid", "drive", "operation", "attempt", "plan", "campaign",
                         "initiative", "programme", "program", "talks", "deal", "agreement", "action",
                         "movement"})
CROWD_CONTROL = frozenset({"gas", "teargas", "tear", "cannon", "cannons", "rubber", "warning", "pellets"})
ASKING_VERBS = frozenset({"urge", "ask", "call", "demand", "press", "push", "appeal", "request", "encourage", "invite",
                          "pressure", "pressurize", "pressurise"})
SEALING_VERBS = frozenset({"reach", "sign", "conclude", "strike", "seal", "finalize", "finalise", "approve", "ratify",
                           "announce", "agree", "declare", "broker", "secure", "clinch", "accept", "endorse"})
ABSTRACT_OBJECTS = frozenset({"decision", "plan", "policy", "proposal", "ruling", "remark", "comment", "idea", "law",
                              "bill", "report", "claim", "record", "handling", "budget", "reform", "move", "stance",
                              "approach", "strategy", "statement", "verdict", "judgment", "judgement", "deal",
                              "agreement", "legislation", "decree", "measure", "tax", "plans", "government", "lie",
                              "word", "way", "pledge", "package", "speech", "attitude", "tactic", "failure",
                              "performance", "view", "patent", "scheme", "system", "manifesto", "campaign", "tactics",
                              "lies", "words", "pledges", "patents", "views", "comments", "remarks", "policies"})
# event nouns whose possessor undergoes the act: "her arrest", "the envoy's expulsion" (but "Russia's attack")
UNDERGONE_NOUNS = frozenset({"arrest", "detention", "release", "kidnapping", "abduction", "murder", "killing",
                             "execution", "assassination", "capture", "expulsion", "deportation", "extradition",
                             "imprisonment", "trial", "conviction", "dismissal", "sacking", "ouster", "removal",
                             "rescue", "evacuation", "impeachment", "beheading", "lynching", "disappearance"})
# verbs of speaking about an event: their subject speaks of it and did not do it ("declined to comment on the raid")
TALKING_VERBS = frozenset({"comment", "speak", "talk", "report", "respond", "react", "remark", "write", "tweet",
                           "post", "say", "tell", "explain", "brief", "testify", "reply", "confirm", "verify",
                           "investigate", "document", "recount", "witness", "film", "photograph"})
# who condemns an attack did not carry it out ("the ministry condemned the shelling")
CONDEMNING_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "slam", "criticise", "criticize", "blame"})
# verbs that take an event told before as their object without adding to it
MENTIONING_VERBS = frozenset({"undermine", "jeopardise", "jeopardize", "derail", "endanger", "welcome", "praise",
                              "hail", "criticise", "criticize", "follow", "monitor", "cover", "watch", "discuss",
                              "mention", "describe", "call", "label", "dismiss", "defend", "justify", "overshadow",
                              "complicate", "disrupt", "delay", "condemn", "denounce", "deplore", "decry", "slam",
                              "challenge", "investigate", "probe", "examine", "review", "contest", "question"})
# verbs whose subject undergoes what is done to "his"/"her" ("faced warrants for her arrest", "escaped his capture")
FACING_VERBS = frozenset({"have", "face", "avoid", "escape", "resist", "await", "fear", "evade", "survive"})
# what forecasters and officials warn "of" without threatening anyone
HAZARDS = frozenset({"weather", "fog", "mist", "rain", "rainfall", "snow", "ice", "frost", "heat", "cold", "flooding",
                     "delay", "delays", "disruption", "congestion", "risk", "risks", "danger", "dangers", "shortage",
                     "shortages", "outage", "outages", "gale", "gales", "thunderstorm", "thunderstorms", "temperature",
                     "temperatures", "loss", "losses", "surge", "spike", "rise"})
# nouns that a trigger word may modify without naming an event: "a protest vote", "the strike price"
MODIFIED_HEADS = frozenset({"vote", "votes", "voter", "voters", "price", "prices", "song", "songs"})
OWN_AGENT_NOUNS = frozenset({"threat", "warning", "demand", "request", "offer", "criticism", "appeal", "accusation"})
FIGURATIVE = frozenset({"battle", "fight", "combat", "tackle"})
# what one fights "against" in a campaign, not in combat: "the fight against the high cost of living"
SOCIAL_ILLS = frozenset({"cost", "costs", "price", "prices", "poverty", "corruption", "inflation", "unemployment",
                         "hunger", "disease", "malaria", "impunity", "injustice", "inequality", "discrimination",
                         "racism", "illiteracy", "fraud", "pollution", "climate", "drought", "desertification",
                         "epidemic", "pandemic", "virus", "austerity", "misery", "exclusion", "trafficking",
                         "drugs", "doping", "crime", "obesity", "cancer", "aids", "hiv", "smoking", "drinking",
                         "piracy", "spam", "addiction", "illness", "debt", "waste", "bureaucracy", "homelessness",
                         "truancy", "sexism", "dementia", "tuberculosis", "cholera", "polio"})
# subjects that harm without intent: disasters, accidents, machinery, measures
NON_AGENTS = frozenset({"earthquake", "quake", "flood", "storm", "fire", "blaze", "wildfire", "landslide", "mudslide",
                        "accident", "crash", "collision", "tsunami", "cyclone", "hurricane", "typhoon", "tornado",
                        "lightning", "avalanche", "heatwave", "disease", "outbreak", "virus", "epidemic", "tank",
                        "cylinder", "boiler", "pipeline", "building", "bridge", "wall", "roof", "rain", "rains",
                        "action", "measure", "sanction", "policy", "tariff", "rule", "law", "legislation", "drought",
                        "eruption", "volcano", "snowstorm", "blizzard", "wind", "winds", "wave", "waves",
                        "price", "cost", "fee", "tax", "economy", "inflation", "recession", "slump", "downturn",
                        "crisis", "rate", "currency", "shortage", "competition", "demand", "debt", "deficit"})
# verbs whose subject acts against the event named as their object ("police broke up the march")
REPRESSING_VERBS = frozenset({"suppress", "quell", "disperse", "crush", "repress", "ban", "prevent", "forbid",
                              "prohibit", "storm", "raid", "stifle"})
# aerial words that name no aircraft
NOT_AIRCRAFT = frozenset({"air", "airstrike", "airstrikes"})
# words that tell of a disaster or an accident; with no weapon or attack named, its dead were killed by no one
ACCIDENT_WORDS = frozenset({"tree", "trees", "fall", "electrocute", "electrocution", "drown",
                            "earthquake", "quake", "tremor", "flood", "floods", "landslide", "mudslide", "accident",
                            "crash", "collision", "tsunami", "cyclone", "hurricane", "typhoon", "tornado", "lightning",
                            "avalanche", "storm", "downpour", "leak", "derail", "capsize", "plunge", "collapse",
                            "stampede", "disaster", "eruption", "heatwave", "drought", "epidemic", "outbreak",
                            "boiler", "furnace", "cylinder", "fireworks", "refinery", "reactor"})
HOSTILE_WORDS = frozenset({"attack", "attacker", "gunman", "gunmen", "militant", "rebel", "terrorist", "assailant",
                           "soldier", "troops", "police", "raid", "ambush", "shoot", "shot", "bomb", "bombing"})
# where a protest says what it is against: "against X", "over X's decision", "during demonstrations against X"
PURPOSE_PREPS = frozenset({"against", "over", "in", "during"})
# nouns whose "that" clause is the act asked for
DEMAND_NOUNS = frozenset({"demand", "call", "request", "appeal", "ultimatum", "plea", "insistence", "proposal"})
# verbs that end a protest by its own side's decision
CALL_OFF_VERBS = frozenset({"call", "suspend", "end", "cancel", "halt", "postpone", "abandon"})
OFFICIAL_SECTORS = frozenset({"GOV", "IGO", "NGO"})
# capture verbs: with ground as their object, a territorial assault
CAPTURE_LEMMAS = frozenset({"capture", "seize", "retake", "retook", "recapture", "take control", "occupy", "overrun",
                            "take", "wrest", "regain", "liberate", "seize control", "dislodge", "drive", "flush",
                            "clear", "push", "establish control", "oust", "expel"})
GROUND_NOUNS = frozenset({"village", "town", "city", "district", "territory", "area", "region", "province", "position",
                          "base", "stronghold", "hill", "airport", "outpost", "settlement", "neighbourhood",
                          "neighborhood", "suburb", "port", "crossing", "county", "enclave", "garrison", "camp",
                          "hilltop", "ridge", "valley", "island", "capital", "headquarters", "barracks", "checkpoint"})
# what is said of a work stoppage and not of a military strike
STOPPAGE_WORDS = frozenset({"general", "indefinite", "nationwide", "sit-down", "warning", "wildcat", "labour", "labor",
                            "hunger", "rolling", "national"})
STOPPAGE_VERBS = frozenset({"announce", "call", "declare", "stage", "begin", "suspend", "go", "join", "embark",
                            "observe", "threaten", "hold", "continue", "end", "call off"})
# where an event's aim is written when no actor is its object
OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "dative", "attr", "pobj"})
OBJECT_PREPS = frozenset({"in", "to", "into", "from", "against", "on", "at", "toward", "towards", "with", "over"})
# measures a state takes at home and threats of them: with no one named, their target is the country
DOMESTIC_TYPES = frozenset({"CONCEDE", "COERCE", "REJECT", "THREATEN"})
# who gathers or chants in protest: civilians, activists, workers, students, the faithful, party members
CROWD_SECTORS = frozenset({"OPP", "LAB", "CVL", "EDU", "HLH", "REL", "PTY", "REF"})
# "fought each other", "fought one another": the fighters are the subjects, not an abstract object
RECIPROCALS = frozenset({"other", "another"})
# a military hold on a place: lifting it ends active conflict, a material retreat, not a paper concession
SIEGE_WORDS = frozenset({"blockade", "siege", "encirclement"})
# what is let in when access is allowed (PLOVER RETREAT "access")
ACCESS_WORDS = frozenset({"access", "delivery", "deliveries", "entry", "observer", "observers", "inspector",
                          "inspectors", "monitor", "monitors", "peacekeeper", "peacekeepers", "aid", "convoy",
                          "convoys"})
# relief goods: handing them over is aid, not the return of something taken (PLOVER AID)
AID_GOODS = frozenset({"aid", "medicine", "medicines", "food", "supplies", "relief", "donation", "vaccine", "tent",
                       "blanket", "grain", "flour", "rice", "water", "assistance", "drug", "equipment", "fuel"})
# people carried out of danger: PLOVER codes rescues as AID (an army evacuating a town retreats)
RESCUED = frozenset({"wounded", "injured", "sick", "casualty", "casualties", "civilian", "civilians", "survivor",
                     "child", "children", "refugee", "refugees", "patient", "patients", "nationals", "citizens",
                     "expatriates", "foreigners", "tourists", "evacuees"})
# what one "meets" when one gives in rather than gets together
TERMS_NOUNS = frozenset({"demand", "condition", "requirement", "term", "ultimatum", "request", "claim", "grievance"})
# verbs that report what someone must do: the reporting verbs and those that restate or sum up
# (not verbs of opinion: "some people think women should stay home" demands nothing of anyone)
OBLIGATION_TELLERS = (REPORTING_VERBS - {"believe", "think", "hope", "estimate", "predict", "suggest"}) | {
    "reiterate", "repeat", "conclude", "underline", "remind"}
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
DIRECTIVE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
# PLOVER codes a promise of cooperation ("will provide aid", "offered to release") as AGREE
PROMISABLE = frozenset({"SUPPORT", "AID", "COOPERATE"})
PROMISE_HEADS = frozenset({"offer", "promise", "pledge", "agree", "ready", "willing", "prepared", "vow", "commit"})
# acts that fall on the place where they happen ("lifted a curfew in X", "aid delivered in X"); talk
# (requests, rejections, support) happens at venues, which say nothing about who it is aimed at
PLACE_TARGET_TYPES = frozenset({"CONCEDE", "AID", "ACCUSE", "RETREAT", "SANCTION", "MOBILIZE"})
DOMESTIC_MODES = frozenset({"martial", "curfew", "censor"})
COERCIVE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into", "on"})
# talk happens at a venue that says nothing about whom it is aimed at ("talks in Geneva")
TALK_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "SUPPORT", "CONSULT", "COOPERATE"})
VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
TARGET_PREPS = frozenset({"against", "on", "with", "to", "at", "into", "upon", "toward", "towards"})
ANAPHORIC_OBJECTS = frozenset({"plan", "proposal", "offer", "deal", "declaration", "move", "step", "idea",
                               "agreement", "initiative", "demand", "request", "call", "statement", "claim",
                               "ruling", "verdict", "decision", "judgment", "judgement", "sentence"})
LIGHT_VERBS = frozenset({"hold", "have", "begin", "start", "launch", "conduct", "carry", "stage", "sign", "reach",
                         "make", "give", "issue", "announce", "resume", "open", "end", "join", "voice",
                         "express", "impose", "declare", "arrive", "come", "prepare", "go", "attend", "repeat",
                         "reiterate", "renew", "restate", "press", "lodge", "file", "deliver", "send"})


# irregular past forms the small model tags as present or leaves unlemmatised ("armed men stole cattle")
IRREGULAR_FORMS = {"stole": "steal", "stolen": "steal", "shot": "shoot", "burnt": "burn", "fought": "fight",
                   "struck": "strike", "beaten": "beat", "threw": "throw", "thrown": "throw", "slew": "slay"}
# subjects that name people by what they are or do, beyond the actor lexicon's roles
PEOPLE_NOUNS = frozenset({"actor", "individual", "local", "youth", "unknown", "someone", "somebody", "they", "he",
                          "she", "member", "crowd", "mob", "group", "gang", "people", "person", "man", "men",
                          "vandal", "thug", "hooligan", "culprit", "youths"})
# "set tyres on fire", "set the house ablaze": what was set burns
IGNITION_WORDS = frozenset({"ablaze", "alight", "afire"})


CLAUSE_BREAKS = frozenset({"conj", "cc", "advcl", "parataxis", "relcl", "appos", "npadvmod"})


def clause_span(d: EventDraft) -> tuple[int, int]:
    """Character offsets of the clause that states the event: its verb with subject and objects,
    without coordinated clauses, asides or relative clauses; the sentence's own words only."""
    verb = d.clause if d.clause is not None else d.trigger
    if d.trigger.pos_ == "VERB":
        verb = d.trigger
        # "to send engineers" in "signed a memorandum pledging to send engineers": the finite clause states it
        for _ in range(4):
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            if verb.dep_ not in ("xcomp", "acl", "pcomp") or has_subject:
                break
            up = verb.head
            while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            if up.pos_ not in ("VERB", "AUX"):
                break
            verb = up
    sent = d.sentence
    left = verb.i
    for c in verb.lefts:
        if c.dep_ in ("advcl", "ccomp", "parataxis") or (c.dep_ == "punct" and c.i < verb.i - 1):
            continue
        left = min(left, c.left_edge.i)
    right = verb.i
    rights = list(verb.rights)
    for k, c in enumerate(rights):
        holds_trigger = c.left_edge.i <= d.trigger.i <= c.right_edge.i
        if c.dep_ in CLAUSE_BREAKS and not holds_trigger:
            break
        if c.dep_ == "punct" and c.text in (",", ";", "—", "–", ":"):
            nxt = rights[k + 1] if k + 1 < len(rights) else None
            if nxt is None or (nxt.dep_ in CLAUSE_BREAKS | {"npadvmod", "dobj", "attr"}
                               and not nxt.left_edge.i <= d.trigger.i <= nxt.right_edge.i):
                break
        right = max(right, c.right_edge.i)
    left = max(left, sent.start)
    right = min(right, sent.end - 1)
    doc = sent.doc
    while right > left and doc[right].is_punct and doc[right].text not in ("”", '"', ")"):
        right -= 1
    while left < right and (doc[left].is_punct or (doc[left].ent_type_ == "GPE" and doc[left + 1].text in ("—", "–"))):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


@dataclass
class EventDraft:
    type: str
    trigger: Token
    sentence: Span
    mode: str | None = None
    source: list[int] = field(default_factory=list)
    target: list[int] = field(default_factory=list)
    status: str = "occurred"
    negated: bool = False
    claimed_by: int | None = None
    disputed_by: list[int] = field(default_factory=list)
    verification: str | None = None
    place_token: Token | None = None
    agentless: bool = False  # a passive or an event noun: no subject slot that the text left empty
    inherited: bool = False  # the source is the author of the attack told just before, not named here
    verdict: bool = False  # "this was a reckless act": a condemnation whose source is who says it
    verdict_on: Token | None = None  # "called the launches a provocation": the act judged, whose author is the target
    objects: list[str] = field(default_factory=list)  # non-actor things acted on
    clause: Token | None = None  # the verb that governs the event's clause
    context: list[str] = field(default_factory=list)  # PLOVER contexts the wording itself gives ("territory")
    doer: bool = False  # the clause names people doing it, actors or not ("a farmer shot", "by angry depositors")


@Language.factory("sitrep_events", requires=["doc._.sitrep_state"], assigns=["doc._.sitrep_state"])
def make_events_stage(nlp: Language, name: str) -> EventsStage:
    return EventsStage(nlp)


class EventsStage:
    def __init__(self, nlp: Language) -> None:
        extensions.register()
        self.lex = lexicon()
        self.words = self.lex.single_word_triggers()
        # phrases match word by word on form or lemma, so "gunned down", "exchanged fire" and
        # "sit-ins" all count; indexed by first word, one pass over the doc
        self.contest = False  # the document being coded reports a sporting or prize contest
        self.phrases: dict[str, list[tuple[list[str], Trigger]]] = {}
        for t in self.lex.phrase_triggers():
            words = [w.lower_ for w in nlp.make_doc(t.lemma)]
            self.phrases.setdefault(words[0], []).append((words, t))

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.sitrep_state or {}
        book: ActorBook = state["actors"]
        if not len(doc):
            state["events"], state["plot_sentences"] = [], set()
            doc._.sitrep_state = state
            return doc  # an empty text tells nothing
        self.contest = _contest_story(doc)
        found = self.find_triggers(doc)
        drafts: list[EventDraft] = []
        for token, trig in found:
            draft = self.code(doc, book, token, trig)
            if draft is not None:
                drafts.append(draft)
        demanded = self._demanded_obligations(doc, book, {d.trigger.i for d in drafts})
        # "X said Y must hand over Z": the handing over is asked for, not done
        asked = {w.i for _, c in demanded for w in (c, *c.conjuncts)}  # ("that drivers pay fees and hand over ...")
        drafts = [d for d in drafts if d.clause is None or d.clause.i not in asked] + [r for r, _ in demanded]
        drafts += _dismissals(doc, book, {d.trigger.i for d in drafts})
        drafts += _verdicts(doc, book, drafts)
        drafts += _aid_arrivals(doc, book, {d.trigger.i for d in drafts})
        plot = fiction.plot_sentences(doc)
        # a film's, a novel's or a series' plot told in the words of news ("the film follows a hitman who
        # kills his boss") happened to no one
        drafts = [d for d in drafts if d.sentence.start not in plot and not fiction.in_fiction(d.trigger)
                  and not fiction.filmed(d.trigger)]
        state["plot_sentences"] = plot  # the victims told there are no one's casualties
        drafts.sort(key=lambda d: d.trigger.i)
        drafts = _continue_definite(doc, drafts)
        drafts = _merge_nested(drafts)
        drafts = _drop_eased_sanctions(drafts)
        drafts = _fold_promised(drafts)
        drafts = _fold_threatened(drafts)
        _fill_from_discourse(doc, book, drafts)
        _pronoun_attackers(drafts)
        drafts = _merge_chained(drafts)
        self._condemned_doers(book, drafts)
        drafts = _one_protest(drafts)
        _verified_after(doc, drafts)
        drafts += accusations(book, drafts)
        _mark_disputes(doc, book, drafts)
        _retaliation_targets(book, drafts)
        _condition_targets(book, drafts)
        for d in drafts:
            if d.type == "PROTEST" and not d.target:
                d.target = _protest_target(doc, book, d)
            elif not d.target and (len(d.source) == 1 or (d.agentless and not d.source)):
                # (two sides that "failed to agree in X" act on each other, not on X's country)
                d.target = _domestic_target(doc, book, d)
        _victims_at_home(doc, book, drafts)
        for d in drafts:
            swapped = d.trigger.lemma_ in ("exchange", "swap") and d.type == "RETREAT"  # "X and Y swapped prisoners"
            if len(d.source) >= 2 and (not d.target or swapped) and (_reciprocal(d.trigger) or swapped or (
                    d.type in ("CONSULT", "AGREE", "COOPERATE") and len(_countries(book, d.source)) >= 2)):
                # "accused each other", "Armenian and Azerbaijani negotiators met": each side is the other's target
                d.target = list(d.source)
                continue
            both = {a for a in set(d.source) & set(d.target) if book.actors[a].kind != "country"}
            if both and not _reciprocal(d.trigger):
                # one group cannot be both: a passive's subject suffered it, an active's acted (a country
                # may be both: its people protest against its government)
                if d.agentless:
                    d.source = [a for a in d.source if a not in both]
                else:
                    d.target = [a for a in d.target if a not in both]
        for d in drafts:
            if d.claimed_by is not None and d.claimed_by in d.target and "according to" in d.sentence.text.lower():
                # "fired tear gas and, according to two witnesses, live rounds": the witnesses tell, not suffer
                d.target = [a for a in d.target if a != d.claimed_by]
        drafts.sort(key=lambda d: d.trigger.i)
        state["events"] = drafts
        doc._.sitrep_state = state
        return doc

    def _demanded_obligations(self, doc: Doc, book: ActorBook, taken: set[int]
                              ) -> list[tuple[EventDraft, Token]]:
        """"X said (that) Y must do Z": PLOVER reads a reported obligation as X's demand on Y.
        Each demand comes with the clause that states the act asked for."""
        out: list[tuple[EventDraft, Token]] = []
        for verb in doc:
            if verb.lemma_ not in OBLIGATION_TELLERS or verb.i in taken or verb.pos_ not in ("VERB", "AUX"):
                continue
            comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if comp is None or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in comp.children):
                continue
            ready = any(c.dep_ in ("acomp", "xcomp") and (c.lemma_ in PROMISE_HEADS or c.lower_ in PROMISE_HEADS
                                                           or c.dep_ == "xcomp") for c in comp.children)
            if comp.lemma_ in STATES and not ready and not any(c.dep_ == "auxpass" for c in comp.children):
                continue  # "said the minister should know better", "must be aware": a judgement, not a demand
            subj = _subject(verb)
            obliged = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or obliged is None:
                continue
            d = EventDraft(type="REQUEST", trigger=verb, sentence=sent_of(verb), clause=verb,
                           source=_subject_actors(book, subj))
            d.target = [a for a in book.resolve(obliged) if a not in d.source]
            if d.source and d.target:
                out.append((d, comp))
        return out

    # -- triggers -------------------------------------------------------------
    def _condemned_doers(self, book: ActorBook, drafts: list[EventDraft]) -> None:
        """"The ministry condemned the shelling": a condemnation of an act reported earlier is aimed at
        whoever did it, not at its victims."""
        for n, d in enumerate(drafts):
            if d.verdict_on is not None and not d.target:
                judged = d.verdict_on
                act = next((e for e in drafts if e.trigger.i == judged.i and e.source), None) or next(
                    (e for e in reversed(drafts[:n]) if e.type in HOSTILE_ACTS and e.source
                     and _tells_with(e, judged.lemma_.lower().rstrip("s"))), None)
                d.target = [a for a in act.source if a not in d.source] if act is not None else []
                continue
            if d.type not in ("ACCUSE", "REJECT") or d.trigger.pos_ != "VERB" or (d.type == "REJECT" and d.target):
                continue  # (a rejection keeps the target its sentence gives: "rejected the plan put forward by X")
            if d.trigger.dep_ == "relcl":
                # "exercises that Taipei condemned as provocative": aimed at whoever holds the exercises
                act = next((e for e in drafts if e.trigger.i == d.trigger.head.i and e.source), None)
                if act is None and d.trigger.head.lemma_.lower() in CLAIM_NOUNS | {"charge", "accusation",
                                                                                  "allegation", "claim"}:
                    # "a charge Yerevan rejected as absurd": aimed at whoever made the charge
                    own = _countries(book, d.source)
                    act = next((e for e in reversed(drafts[:n]) if e.type == "ACCUSE" and e.source
                                and own.isdisjoint(_countries(book, e.source))), None)
                doers = [a for a in act.source if a not in d.source] if act is not None else []
                if doers:
                    d.target = doers
                    continue
            obj = next((c for c in d.trigger.children if c.dep_ == "dobj"), None)
            if obj is None or not any(c.lower_ in ("the", "this", "these", "that", "those") or (
                    c.lower_ == "any" and obj.lower_ in CLAIM_NOUNS) for c in obj.children):
                continue  # ("rejected any suggestion that it was involved": whoever suggested it)
            lemma = obj.lemma_.lower()
            kinds = {t.type for t in self.words.get(lemma, []) + self.words.get(obj.lower_, [])}
            kinds &= {"ASSAULT", "COERCE", "SANCTION"} if d.type == "ACCUSE" else {"SANCTION", "COERCE", "ACCUSE"}
            if lemma in CLAIM_NOUNS or lemma in ("accusation", "allegation", "charge"):
                kinds = {"ACCUSE"}  # "rejected the allegations": aimed at whoever made them
            here = sentence_number(d.trigger.doc, d.trigger.i)
            earlier = [e for e in reversed(drafts[:n])
                       if e.source and here - sentence_number(e.trigger.doc, e.trigger.i) <= 6]
            own = _countries(book, d.source)
            act = None
            if kinds:
                named = [e for e in earlier if e.type in kinds]
                # "condemned the strikes": the act told with that word ("jets struck"), before any other
                act = next((e for e in named if _tells_with(e, lemma)), None) or next(iter(named), None)
            elif obj.pos_ == "NOUN" and lemma not in GENERIC_ACT_NOUNS:
                # "opposed the tariffs": the act told with that word, by another country's side
                act = next((e for e in earlier if _tells_with(e, lemma) and own.isdisjoint(
                    _countries(book, e.source))), None)
            else:
                # "condemned the move", "opposed the decision": the last act of another country's side
                act = next((e for e in earlier if e.type in HOSTILE_ACTS and own.isdisjoint(
                    _countries(book, e.source))), None)
            doers = [a for a in act.source if a not in d.source] if act is not None else []
            if doers:
                d.target = doers

    def find_triggers(self, doc: Doc) -> list[tuple[Token, Trigger]]:
        out: dict[int, tuple[Token, Trigger]] = {}
        for first in doc:
            for words, trig in self.phrases.get(first.lower_, []) + self.phrases.get(first.lemma_.lower(), []):
                end = first.i + len(words)
                if end > len(doc) or not all(_word_is(doc[first.i + k], w, last=k == len(words) - 1)
                                             for k, w in enumerate(words)):
                    continue
                head = doc[first.i:end].root
                last = doc[end - 1]
                if last.dep_ == "compound" and last.head.i == end and len(words) > 1:
                    continue  # "had taken control measures": the phrase's noun describes another noun
                if trig.objects and not _has_listed_object(head, trig):
                    continue  # "set up a task force" founds a body; "set up checkpoints" deploys
                if trig.pos == "noun" and _idle_means(head, trig):
                    continue
                out[head.i] = (head, trig)
        for t in doc:
            if t.i not in out and headline_verb(t):
                t.pos_, t.tag_ = "VERB", "VBP"
        for t in doc:
            if t.i in out or (t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP", "DATE", "CARDINAL")
                              and not _capitalised_opening(t)):
                continue
            cands = self.words.get(t.lower_, []) + self.words.get(t.lemma_.lower(), [])
            if t.lower_ in IRREGULAR_FORMS:
                cands = cands + self.words.get(IRREGULAR_FORMS[t.lower_], [])
            for trig in cands:
                if self._fits(t, trig):
                    out[t.i] = (t, trig)
                    break
        ignite = next((trig for words, trig in self.phrases.get("set", []) if words == ["set", "on", "fire"]), None)
        for t in doc:
            if ignite is not None and t.i not in out and _sets_alight(t):
                out[t.i] = (t, ignite)
        return sorted(out.values(), key=lambda p: p[0].i)

    @staticmethod
    def _fits(t: Token, trig: Trigger) -> bool:
        is_verb = t.pos_ == "VERB"
        is_noun = t.pos_ in ("NOUN", "PROPN")
        if (trig.pos == "verb" and not is_verb) or (trig.pos == "noun" and not is_noun):
            return False
        if trig.pos == "both" and not (is_verb or is_noun):
            return False
        if is_verb and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
                c.dep_ == "det" for c in t.children):
            return False  # "evacuated the wounded", "the injured were treated": people, not an act
        if trig.plural_only and t.tag_ not in ("NNS", "NNPS"):
            return False
        if trig.particle and not any(c.lower_ == trig.particle for c in t.children) and not (
                trig.particle == "of" and any(g.lower_ == "of" for c in t.children if c.dep_ == "dobj"
                                              for g in c.children)) and not (  # "cleared the town of militants"
                trig.particle == "for" and any(c.dep_ == "advcl" and any(
                    g.dep_ == "mark" and g.lower_ == "for" and g.i == t.i + 1 for g in c.children)
                    for c in t.children)):  # "called for the convictions to be quashed": "for" hung on the verb after
            return False
        if trig.objects and not _has_listed_object(t, trig):
            return False
        if is_verb and trig.particle == "on" and t.lemma_ == "call" and not _called_on_someone(t):
            return False  # "police were called to the store on Main Street", "called on Monday"
        if t.i >= 2 and t.doc[t.i - 1].text == "-" and t.tag_ in ("VBN", "VBG", "JJ") and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in ("amod", "compound") \
                and t.doc[t.i - 2].lower_ not in ("re", "co", "counter", "pre", "un", "de", "over", "out", "self"):
            return False  # "the army-backed government", "a Saudi-led coalition": a description, not an act
        if t.lemma_ == "displace" and any(c.dep_ == "agent" and not any(
                o.ent_type_ or o.lemma_.lower() in lexicon().roles for o in c.subtree) for c in t.children):
            return False  # "workers displaced by automation", "families displaced by floods": no one coerced them
        if (any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children) and t.head.lower_ == "right") or (
                t.dep_ == "pobj" and t.head.head.lower_ == "right"):
            return False  # "the right to strike", "the right to protest": a right, not an act
        if t.lower_ == "displaced" and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN":
            return False  # "displaced families", "a camp for displaced people": their state, not an act
        if is_verb and t.tag_ == "VBN" and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.i < t.head.i \
                and t.lemma_ in ("detain", "jail", "imprison", "arrest", "abduct", "kidnap", "exile", "ban"):
            return False  # "the detained defendants", "jailed activists": a state they are in, told elsewhere
        if t.lower_ in ("injured", "wounded") and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.i < t.head.i:
            return False  # "ferried 80 injured people to hospitals": the state they are in
        if is_verb and t.tag_ == "VBN" and t.dep_ == "amod" and t.i + 1 == t.head.i \
                and t.head.dep_ in ("dobj", "conj", "pobj") and t.lemma_ in ("damage", "destroy"):
            return False  # "would rebuild damaged schools": what an earlier event left behind
        described = t.head if t.dep_ == "acl" else (t.doc[t.i - 1] if t.i > 0 and t.doc[t.i - 1].pos_ == "NOUN"
                                                     else None)  # (the parser may hang it elsewhere)
        if t.tag_ in ("VBN", "VBD") and described is not None and t.lemma_ in (
                "kill", "injure", "wound", "detain", "arrest", "abduct", "kidnap", "displace") and any(
                c.dep_ == "det" and c.lower_ in ("each", "every", "any") for c in described.children):
            return False  # "to the family of each person killed": whoever it will be, no act told
        if is_verb and t.lemma_ == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in t.children):
            return False  # "athletes demonstrated great skill", "demonstrated that it works": showed
        if is_verb and t.lemma_ == "shoot" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            return False  # "readership has shot up by 58%": a rise
        if is_verb and trig.mode == "release" and t.lemma_ == "release" and _released_things(t):
            return False  # "released a statement", "pheromones were released": no one was set free
        if is_verb and t.lemma_ == "sign" and any(c.dep_ == "prt" and c.lower_ in ("up", "in") for c in t.children):
            return False  # "people who signed up to the site" registered; they agreed with no one
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in MODIFIED_HEADS:
            return False  # "a protest vote", "the strike price": the word names a kind of the next noun
        if is_noun and any(c.dep_ in ("amod", "compound", "det") and c.lower_ in HYPOTHETICAL for c in t.children):
            return False
        if is_noun and t.dep_ == "attr" and t.head.lemma_ == "be":
            return False  # "every strike on the grid is a strike on diplomacy": a label, not a second act
        if is_noun and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in RETURN_NOUNS and any(
                c.dep_ in ("amod", "det") and c.lower_ in HYPOTHETICAL for c in t.head.head.children):
            return False  # "opposed any return of sanctions", "a possible resumption of strikes": none happened
        if is_verb and _describes_noun(t):
            return False
        if is_noun and _averted(t):
            return False
        if is_noun and _idle_means(t, trig):
            return False
        return not (is_noun and t.dep_ == "compound" and t.head.lemma_ not in FRAME_NOUNS)

    def _vows_no_harm(self, t: Token) -> bool:
        """"Vowed to plough on", "vowed to put Africa first": the vowed act is no hostile one."""
        acts = [c for c in t.children if c.dep_ in ("xcomp", "ccomp")]
        if not acts:
            return False
        hostile = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST", "REJECT", "ACCUSE"}
        # ("vowed to fight the charges": a fight in court is no hostile act)
        acts = [a for a in acts if not (a.lemma_ == "fight" and _object_in(a, LEGAL_OBJECTS))]
        if not acts:
            return True
        return not any(trig.type in hostile for a in acts for w in (a, *a.children) if w.pos_ in ("VERB", "NOUN")
                       for trig in self.words.get(w.lemma_.lower(), []) + self.words.get(w.lower_, []))

    # -- coding ---------------------------------------------------------------
    def code(self, doc: Doc, book: ActorBook, t: Token, trig: Trigger) -> EventDraft | None:
        etype, mode = trig.type, trig.mode
        sent = sent_of(t)
        sent_words = {w.lower_ for w in sent}
        struck_something = t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children)
        if trig.lemma == "strike" and not struck_something and (sent_words & self.lex.labour_strike_words
                                                                 or _walkout(t)):
            # (workers who strike strike no thing: "a missile struck a power plant, killing two workers")
            etype, mode = "PROTEST", "strike"
        if trig.lemma == "fire" and any(w.lower_ in CROWD_CONTROL for c in t.children if c.dep_ == "dobj"
                                        for w in c.subtree):
            etype, mode = "COERCE", "disperse"  # "fired tear gas" disperses, it does not shoot
        if trig.lemma in ("offer", "express", "send", "convey", "extend") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in SYMPATHY_NOUNS for c in t.children):
            etype, mode = "SUPPORT", None  # "offered its condolences to the families": sympathy, not an offer
        if etype == "PROTEST" and t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in LODGING_VERBS:
            etype, mode = "ACCUSE", None  # "lodged a strong protest with the envoy": a diplomatic complaint
            if t.head.dep_ in ("advcl", "xcomp") and t.head.head.lemma_ == "summon":
                return None  # "the envoy was summoned to lodge a protest": the summons is that complaint
        clause = _clause_verb(t)
        first = t  # "demanded that drivers pay fees and hand over the cargo": the second demand is asked too
        while first.dep_ == "conj" and first.pos_ == "VERB" and first.head.pos_ == "VERB" and first.head.i != first.i:
            first = first.head
        if first.i != t.i and _asked_to_do(first):
            return None
        if trig.lemma == "patrol" and t.pos_ == "NOUN" and t.dep_ not in ("dobj", "conj", "compound") \
                and not (t.dep_ == "nsubj" and t.head.lemma_ in MOVEMENT_VERBS):
            return None  # "a police patrol came under fire": a unit, not a deployment
        if trig.lemma == "call" and etype == "PROTEST" and any(c.dep_ == "prt" for c in t.children):
            return None  # "called off a four-day strike": the strike is ended, which its noun tells
        if trig.lemma == "invite" and any(c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
                o.lemma_.lower() in MEETING_NOUNS for o in c.children) for c in t.children):
            return None  # "invited both sides to talks in X": the talks (CONSULT, planned) are the event
        if _prevented(t):
            return None  # "to prevent rebels from attacking the town", "stop militants from using X to attack"
        if (clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_ in ASKING_VERBS and clause.i != t.i) or (
                _asked_to_do(t)):
            return None  # "urged X to impose sanctions": the request is the event, the sanction is not
        if etype == "ASSAULT" and mode is None:
            mode = _assault_mode(self.lex, sent_words)
        d = EventDraft(type=etype, mode=mode, trigger=t, sentence=sent)
        clause = _clause_verb(t)
        d.clause = clause
        if t.pos_ == "VERB":
            self._verb_roles(book, t, d)
        else:
            if trig.needs_actor_verb and not _governed_by_agent_verb(t):
                return None
            self._noun_roles(book, t, d)
        blamed = t.head if t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ == "attribute" else None
        if blamed is not None:
            # "attributed the attack to the GRU": the attack is the GRU's, as the one attributing it says
            # (the parser hangs "to X" on the verb or on the noun)
            d.source = [a for c in (*blamed.children, *t.children) if c.dep_ == "prep" and c.lower_ == "to"
                        for o in c.children if o.dep_ == "pobj" for a in book.resolve(o)]
            d.target = [a for a in d.target if a not in d.source]
        # "a police patrol came under fire (, wounding an officer)": the patrol was fired on, by someone the
        # clause leaves out
        undergoer = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "under" else (
            t.head if t.dep_ == "advcl" else None)
        if undergoer is not None and _came_under_attack(undergoer):
            d.source = []
            d.target = [a for c in undergoer.children if c.dep_ in ("nsubj", "nsubjpass")
                        for a in book.resolve(c)] or d.target
        if not d.target:
            d.target = _target_in_object(doc, book, t, exclude=set(d.source), venues=etype not in TALK_TYPES)
        if etype == "ASSAULT" and trig.lemma in ("launch", "fire", "test") and t.pos_ == "VERB" and _test_launch(t):
            # "launched three ballistic missiles off its east coast", "into the sea": a weapons test, PLOVER's
            # MOBILIZE 'weapons', aimed at no one
            d.type, d.mode, d.target = "MOBILIZE", "weapons", []
        if etype == "MOBILIZE" and t.pos_ == "VERB":
            # "deployed soldiers", "sent two more ships": what is sent is the sender's own, not whom it moves on
            own = {a for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in OWN_FORCES | VESSEL_WORDS
                   for a in book.resolve(c, create=False)}
            d.target = [a for a in d.target if a not in own]
        movers = d.source + d.target if d.agentless or t.pos_ != "VERB" else d.source
        if trig.armed_subject and not any(book.actors[a].sector in ("REB", "MIL", "COP") for a in movers):
            return None  # "prices moved", "the film was seen": only armed actors' movements are events
        if trig.armed_subject and t.pos_ != "VERB" and not _sighted(t):
            return None  # "the presence of foreign troops feeds the insurgency" is a state of affairs
        if trig.crowd_subject and (_in_prep_phrase(t) or not any(
                book.actors[a].sector in CROWD_SECTORS for a in d.source)):
            return None  # "ministers gathered", "fans chanted": only a crowd's gathering is a protest
        if trig.crowd_subject and any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.lower_ == "to" for a in c.children) and c.lemma_ not in PROTEST_PURPOSES for c in t.children):
            return None  # "traders had gathered to sell cattle": a market day, not a demonstration
        if (trig.armed_subject or (etype == "MOBILIZE" and d.agentless and t.pos_ == "VERB")) and d.target \
                and not d.source:
            # "gunmen were seen in X", "troops were deployed": the seen and the sent are the ones moving
            d.source, d.target = d.target, []
        subj = _subject(t) if t.pos_ == "VERB" else None
        if d.type == "PROTEST" and trig.lemma == "protest" and _official(book, d.source) and (
                subj is None or subj.tag_ != "NNS"):  # "Algerian lawyers protested" are people in the street
            d.type, d.mode = "ACCUSE", "disapprove"  # a government's "protest" is a complaint, not a demonstration
        if d.type == "PROTEST" and t.pos_ != "VERB" and t.dep_ == "dobj" and _calls_off(t.head):
            d.type, d.mode = "CONCEDE", None  # "called off the strike", "suspended protests": a concession
        if d.type == "PROTEST" and d.mode == "obstruct" and any(book.actors[a].sector in ("MIL", "COP")
                                                                for a in d.source):
            d.type, d.mode = "COERCE", "restrict"  # police blocking a road cordon it off; they do not protest
        if d.type == "SANCTION" and trig.lemma in ("ban", "outlaw") and _domestic(book, d):
            d.type, d.mode = "COERCE", "restrict"  # banning one's own opposition is repression, not a sanction
        # forcing an enemy off ground: "expelled the rebels from the town", "dislodged militants from X"
        armed_expulsion = trig.lemma in ("expel", "dislodge") and any(
            book.actors[a].sector in ("MIL", "REB", "COP") for a in d.source)
        if (mode == "seize" or armed_expulsion) and trig.lemma in CAPTURE_LEMMAS and (
                _takes_ground(doc, t) or trig.lemma == "clear"):
            d.type, d.mode = "ASSAULT", None  # PLOVER: taking ground by force is an assault on who held it
            d.context.append("territory")
        if trig.mode == "release" and (_object_in(t, PUBLISHED_THINGS) or any(c.lower_ == "up" and c.dep_ == "prt"
                                                                              for c in t.children)):
            return None  # "released its report", "the film will be released", "free up cash": nobody set free
        if _in_question(clause):
            return None  # "asked whether he would resign", "wondered if talks would resume": not asserted
        if trig.lemma == "vow" and self._vows_no_harm(t):
            return None  # "vowed to press on with the plans": a resolve, not a threat against anyone
        if trig.lemma == "seek" and any(c.dep_ == "xcomp" for c in t.children) and not any(
                c.dep_ == "dobj" for c in t.children):
            return None  # "will seek to regain her title": tries to, asks nobody for anything
        if trig.lemma == "offer" and _object_in(t, ON_SALE):
            return None  # "offering broadband at a lower price": a seller's offer, not a political one
        if trig.lemma in ("allow", "permit", "enable") and any(
                not book.resolve(s, create=False) and (s.lower_ in ("it", "this", "which", "that") or (
                    s.pos_ != "PRON" and not _people_like(s))) for s in _subjects(t)[:1]):
            return None  # "the system allows users to ...", "it allows us to tell the story": no one concedes
        if trig.lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in t.children):
            return None  # "pleaded not guilty": an answer to a charge in court, not an appeal to anyone
        if trig.lemma == "ask" and _asks_a_question(t):
            return None  # "asked why he thought so", "was asked about the claims": a question, not a request
        if _not_permitted(clause):
            return None  # "we will not allow anyone to destroy property": what is refused does not happen
        if trig.lemma == "warn" and _advises_the_public(t):
            return None  # "warned residents not to drink the water": advice, not a threat
        if t.lemma_ in FIGURATIVE and _fought_thing(t):
            return None  # "firefighters battled the blaze", "fought cancer": no enemy
        if etype == "ASSAULT" and _culled(t, sent):
            return None  # "4,500 birds were destroyed": a cull, not an attack
        if trig.lemma == "warn" and _warns_of_consequences(book, t):
            return None  # "warned that small firms could be crippled": a forecast, no act of the warner's
        if trig.lemma == "settle" and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children):
            return None  # "had to settle for bronze": made do with, agreed nothing
        if trig.lemma == "settle" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) and any(
                c.dep_ in ("prep", "prt") and c.lower_ in ("in", "into", "down", "at") for c in t.children):
            return None  # "settled in London": made a home there
        if trig.lemma == "offer" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                o.lower_ in ("sale", "auction", "hire", "rent") for o in c.children) for c in t.children):
            return None  # "offered for sale": put on the market, not offered to anyone
        if trig.particle == "on" and any(c.dep_ == "dobj" for c in t.children):
            return None  # "calling time on his career": "called on X to act" takes no object of its own
        if (etype in ("ASSAULT", "CONCEDE", "COERCE") or trig.lemma == "defend") and _object_in(t, TROPHIES):
            return None  # "lifted the trophy", "will defend her title": a contest, not a conflict
        if trig.lemma == "defend" and _object_in(t, OWN_CAUSES) and any(
                c.dep_ == "dobj" and (any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
                                      or c.lemma_ in ("country", "nation", "homeland"))
                for c in t.children):
            return None  # "will defend its sovereignty", "defended his decision": a stand, not support for anyone
        if etype == "AID" and t.pos_ == "NOUN" and t.i > 0 and t.doc[t.i - 1].lower_ == "in" \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return None  # "a premiere held in aid of the appeal": for the benefit of, no aid given
        if etype == "ASSAULT" and mode == "clash" and any(
                c.dep_ in ("compound", "amod") and c.lower_ in VERBAL_ARENAS for c in t.children):
            return None  # "their Commons clashes", "a televised clash": words, not blows
        if trig.lemma in ("allow", "permit") and not _agent_subject(book, t):
            return None  # "it allows us to bring more fans", "the bill allows the government to": no one conceded
        if trig.lemma == "take" and trig.particle == "over" and _takes_over_business(t):
            return None  # "to take over the payments", "took over the company": a business, not ground
        if trig.lemma == "ask" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "prep", "nsubjpass")
                                           for c in t.children):
            return None  # '"Why?" he asked': a question, no request
        if trig.lemma == "offer" and not _offers_terms(t):
            return None  # "what they are offering in new models": goods on sale, no offer to anyone
        if trig.lemma == "capture" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("that", "which")
                                               for c in t.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("it", "which", "that") for c in t.children):
            return None  # "the image that it captures": a camera, not a capture
        if trig.lemma == "fight" and _object_in(t, LEGAL_OBJECTS):
            return None  # "vowed to fight the charges": a case in court, not a battle
        striving = any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in t.children) \
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
        if trig.lemma == "fight" and t.pos_ == "VERB" and striving and not any(
                (c.dep_ == "prep" and c.lower_ in ("with", "against")) or c.dep_ == "dobj" for c in t.children) \
                and not _armed_subject(t):
            # "we're going to fight to get in there", "fights for its survival": striving, unless fighters
            # fight to retake a town
            return None
        if trig.lemma == "appeal" and t.pos_ == "VERB" and not _asks_something(t):
            return None  # "the computer will appeal to PC users": attracts them; nobody asks anything
        if trig.lemma == "occupy" and _object_in(t, ROLES_HELD):
            return None  # "hoping to occupy the space in between", "occupies a seat": a place held, not seized
        if trig.lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_ == "demand" and c.tag_ == "NN" and not any(
                g.dep_ in ("det", "poss") for g in c.children) for c in t.children):
            return None  # "to meet demand for cars": a market, not someone's demands
        if trig.lemma == "hand over" and _object_in(t, HANDED_THINGS):
            return None  # "handed over money to projects", "handed over a petition": no ground or people given up
        if etype == "ACCUSE" and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in t.children):
            return None  # "do I blame myself?": no one is accused
        if trig.lemma in ("accept", "admit", "acknowledge") and any(c.dep_ == "ccomp" for c in t.children):
            return None  # "she accepts that the show matters": owning up to a fact, not agreeing to anything
        if trig.lemma == "target" and _object_in(t, CUSTOMERS):
            return None  # "to target seats", "targets young buyers": a campaign's or a seller's aim
        if t.lemma_ in FIGURATIVE and (any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children) or any(
                c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in TROPHIES for o in c.children)
                for c in t.children)):
            return None  # "will battle it out", "fought for the title": competing for a prize
        if etype in ("ASSAULT", "COERCE", "RETREAT") and (self.contest or _contest_sentence(sent)) and \
                trig.lemma in CONTEST_VERBS and not _violent(self.lex, book, sent):
            return None  # in a match report "beat", "battled to second", "stole the show", "pulled out" are no conflict
        if etype == "ASSAULT" and (_object_in(t, MILESTONES) or _object_in(t, COMMITMENT_NOUNS)
                                   or _object_in(t, INTANGIBLES)):
            return None  # "hit a five-year high", "targets seats", "struck a deal" (the deal is the event)
        if etype == "ASSAULT" and t.lemma_ in FIGURATIVE and t.pos_ != "VERB" and any(
                c.dep_ in ("amod", "compound") and c.lower_ in CIVIL_ARENAS for c in t.children):
            return None  # "a legal battle", "the takeover battle": a dispute fought in court or in a market
        if (trig.mode == "seize" or trig.lemma in CAPTURE_LEMMAS) and _object_in(t, PRIZE_OBJECTS):
            return None  # "recapturing his world title", "captured 30 seats": a prize won, not ground taken
        if trig.mode == "seize" and _object_in(t, OFFICE_OBJECTS):
            return None  # "takes over the presidency of the bloc": an office changes hands, nobody is coerced
        if t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ in ("on", "about", "over", "regarding") \
                and t.head.head.lemma_ in TOPIC_NOUNS:
            return None  # "made no commitment on sanctions", "a vote on the embargo": the measure is a topic
        if t.pos_ != "VERB" and _asked_for(t):
            return None  # "called for a second day of protests": the protests are asked for, not held
        if (t.pos_ == "VERB" and _asked_to(t)) or (t.pos_ != "VERB" and clause.i != t.i and clause.pos_ == "VERB"
                                                   and _asked_to(clause)):  # "urged X ... to respect the ceasefire"
            return None  # "urged him to halt the violence and allow access": asked of him, not yet done
        if trig.lemma in ("allow", "permit") and any(s.lemma_ in CIRCUMSTANCES for s in _subjects(t)[:1]):
            return None  # "as the situation allows": circumstances permit, nobody concedes
        if t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in MENTION_VERBS:
            return None  # "described the embargo as a relic": the embargo is talked about, not imposed
        if mode == "ceasefire" and t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in CEASEFIRE_BREAKING:
            d.type, d.mode = "ASSAULT", None  # CAMEO's "violate ceasefire" is fighting, not a truce
        if mode == "ceasefire" and t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in BROKERING:
            d.type, d.mode = "CONSULT", "third-party"  # "tried to broker a ceasefire": mediation between the sides
        if trig.lemma in ("violate", "breach") and _object_in(t, frozenset({"ceasefire", "truce", "armistice"})):
            return None  # the ceasefire noun carries the violation
        if t.dep_ == "acl" and t.head.lemma_ in DEMAND_NOUNS and any(m.lower_ == "that" for m in t.children):
            return None  # "the demand that X ease restrictions": the easing is asked for, not done
        if d.type == "ASSAULT" and d.mode != "aerial" and _flown(self.lex, t):
            d.mode = "aerial"  # "warplanes pounded the village", "aerial bombardments": aircraft did it
        if d.type == "MOBILIZE" and t.lower_ in ("exercises", "drills", "games", "exercise", "drill") and (
                any(c.lower_ == "joint" for c in t.children) or len(_countries(book, d.source)) >= 2):
            # PLOVER: joint military games and manoeuvres are mutual cooperation; one side's are a show of force
            d.type, d.mode = "COOPERATE", None
            partners = [a for v in (t, t.head) for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                        for o in c.children if o.dep_ == "pobj" for a in book.resolve(o)]
            if partners and not d.target:
                d.target = partners  # "held joint drills with France"
            elif len(d.source) >= 2 and not d.target:
                d.target = list(d.source)
        if t.dep_ in ("dobj", "nsubjpass", "pobj") and t.head.lemma_ in ("simulate", "rehearse", "practise", "practice",
                                                                      "mimic", "imitate"):
            return None  # "drills that simulate a blockade": a rehearsal of it, not the act
        if trig.lemma == "seek" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("war", "conflict", "confrontation",
                                                                                 "escalation", "fight")
                                        for c in t.children):
            return None  # "China does not seek a trade war": a stance, no demand on anyone
        if d.type == "REQUEST" and t.tag_ == "VBG" and t.dep_ == "acl" and trig.lemma == "seek":
            return None  # "separatist forces seeking independence": what a group stands for, not a demand made
        if t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in ("flee", "escape", "survive") and (
                not d.source or all(book.actors[a].sector == "CVL" for a in d.source)):
            return None  # "people who fled earlier fighting": the fighting is the refugees' past, not their act
        verb_of = t.head if t.dep_ == "dobj" and t.head.dep_ in ("pcomp", "xcomp") else t  # "... finalizing a treaty"
        if t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ in ("over", "on", "about") and (
                t.head.head.lemma_ in ("divide", "divided", "split", "disagree", "differ", "argue", "wrangle")):
            return None  # "remained divided over a prisoner exchange": what they disagree on, not done
        if t.pos_ != "VERB" and t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(
                c.lower_ in ("underway", "ongoing", "continuing") for c in t.head.children) and any(
                c.dep_ == "mark" and c.lower_ in ("while", "as") for c in t.head.children):
            return None  # "while the Russian attack on western Ukraine was underway": the attack told before
        if etype == "PROTEST" and t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and any(
                c.lower_ in ("the", "those", "these") for c in t.children) and t.head.head.lemma_ in (
                "part", "participate", "spend", "be", "take"):
            return None  # "detained for taking part in the protests", "spent four nights at the protest": told before
        if etype == "REQUEST" and t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.head.lemma_ in PROTEST_VERBS:
            return None  # "gathered to demand the release of X": PLOVER codes the protest, not its demand
        if t.tag_ == "VBN" and t.dep_ == "acl" and any(a.dep_ == "xcomp" and a.head.lemma_ in ASKING_VERBS
                                                       for a in list(t.ancestors)[:4]):
            return None  # "urged the authorities to release everyone detained": the detentions told before
        if trig.lemma == "burn" and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("tyre", "tire", "barricade", "effigy", "flag")
                for c in t.children):
            etype = "PROTEST"
            d.type, d.mode = "PROTEST", "riot"  # "protesters burned tyres": a protest's act, PLOVER's riot mode
        if trig.lemma == "burn" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BODY_PARTS
                                        for c in t.children):
            return None  # "his eyes were still burning from the gas": a symptom, no arson
        purpose = verb_of.head.head if verb_of.dep_ == "pcomp" else (verb_of.head if verb_of.dep_ == "xcomp" else None)
        if purpose is not None and purpose.lemma_ in ("aim", "design", "intend", "mean") and purpose.tag_ == "VBN" \
                and purpose.dep_ == "acl":
            return None  # "talks aimed at finalizing a treaty": the purpose of the talks, not an act of its own
        if t.pos_ != "VERB" and any(a.lemma_ in ("veto", "block", "oppose") and a.pos_ == "VERB"
                                    for a in list(t.ancestors)[:3]) and t.dep_ in ("pobj", "dobj", "compound"):
            return None  # "would veto a new package of EU sanctions": what is refused is not imposed
        if etype == "AID" and t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ == "for" \
                and t.head.head.pos_ in ("NOUN", "PROPN"):
            return None  # "crossing points for aid", "an appeal for aid": what the thing is for, not aid given
        if trig.lemma == "see" and t.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in t.children) \
                and t.dep_ != "acl":
            return None  # "shooting at anyone they saw": only armed men "seen in" a place are on the move
        if t.pos_ != "VERB" and t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_ == "responsibility":
            return None  # "no group has claimed responsibility for the attack": the attack told before
        if trig.lemma == "ask" and d.agentless and not d.source and t.tag_ == "VBN" and not any(
                c.dep_ in ("xcomp", "ccomp") for c in t.children):  # ("was asked to resign" is a request)
            return None  # "the leader was asked about the figures": a question put by no one named
        if trig.lemma == "appeal" and t.pos_ != "VERB" and any(c.dep_ == "poss" for c in t.children) and not any(
                c.dep_ in ("prep", "acl") and c.lower_ in ("for", "to") for c in t.children):
            return None  # "broaden its appeal": the party's attraction, not a plea
        if t.pos_ != "VERB" and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_ in ("hear", "see") and not d.source:
            return None  # "gunfire could be heard for hours": what witnesses perceived, no one's act told
        if etype in ("ASSAULT", "COERCE", "PROTEST") and not d.source and _disaster_report(doc):
            # "370 people were injured and 6,000 houses destroyed", "landslides blocked the roads" in an
            # earthquake report with no weapon in it: harm done by nature, no one's act
            return None
        if etype in ("ASSAULT", "COERCE") and _natural_cause(t):
            return None  # "an earthquake killed eight", "floods displaced thousands": harm with no one doing it
        if etype == "ASSAULT" and not d.source and _accident_scene(self.lex, sent):
            return None  # "19 were killed when their bus plunged off a bridge": an accident, not an attack
        if etype == "ASSAULT" and t.pos_ == "VERB" and (_judged_as(self.lex, book, t) or any(
                c.dep_ == "dobj" and c.lemma_ in ABSTRACT_OBJECTS for c in t.children)):
            d.type, d.mode = "ACCUSE", "disapprove"  # "attacked the decision": a verbal attack
        if etype == "ASSAULT" and t.pos_ == "VERB" and trig.lemma in ("target", "hit") and any(
                c.dep_ in ("dobj", "nsubjpass") and any(w.lemma_.lower() in TRADED for w in (c, *c.conjuncts))
                for c in t.children) \
                and not _violent(self.lex, book, sent):
            d.type, d.mode = "SANCTION", None  # "could target European pork exports": a trade measure
        if etype == "ASSAULT" and t.pos_ != "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "on" and o.dep_ == "pobj" and o.lemma_.lower() in ABSTRACT_OBJECTS
                and not any(w.lower_ in GRID_WORDS for w in o.subtree)
                for c in t.children for o in c.children) and not _violent(self.lex, book, sent):
            d.type, d.mode = "ACCUSE", "disapprove"  # "led an attack on software patents"
        if trig.lemma in ("allow", "permit") and d.agentless and not d.source and t.pos_ == "VERB":
            return None  # "parents are permitted to take children out of school": a rule stated, no one conceding
        if t.pos_ != "VERB" and trig.lemma in OWN_AGENT_NOUNS and not _own_agent(book, t):
            return None  # "the threat of terrorism" names no one threatening anyone
        if etype == "ASSAULT" and t.lemma_ in FIGURATIVE and t.pos_ == "VERB" and not d.target and any(
                c.dep_ == "dobj" and c.lower_ not in RECIPROCALS for c in t.children):
            return None  # "battling fierce competition", "fighting inflation": not violence
        # ("joined the fight against doping": the parser may hang the "against" phrase on the verb)
        preps = [*t.children, *(c for c in t.head.children if c.i > t.i and t.dep_ == "dobj" and t.pos_ != "VERB")]
        if etype == "ASSAULT" and t.lemma_ in FIGURATIVE and any(
                c.dep_ == "prep" and c.lower_ in ("against", "for") and o.dep_ == "pobj" and o.lower_ in SOCIAL_ILLS
                for c in preps for o in c.children):
            return None  # "the fight against the high cost of living", "fought against corruption"
        if d.type == "CONCEDE" and (_object_in(t, SIEGE_WORDS) or (trig.lemma in ("allow", "permit")
                                                                  and _object_in(t, ACCESS_WORDS))):
            # PLOVER RETREAT: material easing now, "lifted the blockade", "allowed the delivery of aid"
            d.type, d.mode = "RETREAT", "access" if trig.lemma in ("allow", "permit") else None
        if d.type == trig.type == "RETREAT" and _object_in(t, AID_GOODS if trig.lemma != "evacuate" else RESCUED):
            d.type, d.mode = "AID", None  # "handed over medicine", "evacuated the wounded": PLOVER AID
        if d.type == "ACCUSE" and t.pos_ == "VERB":
            d.target = _complained_about(book, t, exclude=set(d.source)) or d.target
        _status(t, clause, d)
        if trig.lemma == "meet" and any(c.dep_ == "auxpass" for c in t.children) and any(
                c.dep_ in ("prep", "agent") and c.lower_ == "with" and any(
                    o.lemma_.lower() in ("force", "response", "retaliation", "resistance", "fire", "countermeasure")
                    for o in c.children) for c in t.children):
            # "any intrusion will be met with overwhelming force": a threat by whoever says it
            if d.status not in ("planned", "conditional"):
                return None
            d.type, d.mode, d.status, d.source, d.target, d.verdict = "THREATEN", None, "threatened", [], [], True
        if trig.type == "THREATEN" and trig.lemma in ("pay", "face", "receive"):
            # "Warsaw will pay a heavy price", "any step will receive a mirror response": a threat made by whoever
            # says it, aimed at the one who will pay; told as past ("paid a price") it threatens no one
            if d.status not in ("planned", "conditional") or d.negated:
                return None
            d.target, d.source, d.verdict = d.source + d.target, [], True
            d.status = "threatened"
            payer = _subject(t)
            if payer is not None and not d.target:
                d.target = [a for w in payer.subtree for a in [book.at(w)] if a is not None][:1]
        if d.type == "THREATEN" and d.negated and trig.type in COERCIVE:
            return None  # "had not planned to strike", "will not attack": a disavowal, no threat and no act
        if trig.lemma == "meet" and _meets_terms(t):
            # "met the kidnappers' demands" gives in to them; "would not meet demands" refuses them
            d.type, d.mode, d.negated = ("REJECT", None, False) if d.negated else ("CONCEDE", None, d.negated)
        d.claimed_by = claimant(book, t)
        d.verification = verification_of(sent)
        if d.verification == "disputed" and d.status != "denied" and _denies_for_itself(book, sent, d):
            d.verification = None  # "the Kremlin said its forces struck X and denied targeting civilians"
        if d.claimed_by is not None and d.status == "occurred" and d.verification == "unverified":
            d.status = "claimed"
        d.place_token = _place_token(doc, t, clause)
        d.objects = _target_objects(book, t)
        return d

    def _verb_roles(self, book: ActorBook, t: Token, d: EventDraft) -> None:
        subj = _subject(t)
        # "two men accused of murder", "rebels backed by X": a participle on its noun is a passive whose
        # subject is that noun
        # (only with the marks of a passive: an agent, or a verb of accusing; a lone participle is as often
        # a main verb the parser hung on its subject, "a rights group protested")
        participle = t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ != "ROOT" and (
            t.lemma_ in ACCUSING_VERBS | HELD_VERBS or any(c.dep_ == "agent" for c in t.children))
        passive = participle or any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        # "was arrested and charged with theft": the second participle shares the first one's passive subject
        shared = t.dep_ == "conj" and t.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in t.children) and any(
            c.dep_ == "nsubjpass" for c in t.head.children)
        # "112 people had been arrested and 14 officers injured": the passive's auxiliaries are left out
        elliptic = t.dep_ == "conj" and t.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in t.children) and any(
            c.dep_ == "auxpass" for c in t.head.children) and any(c.dep_ == "nsubj" for c in t.children)
        passive = passive or shared or elliptic
        d.agentless = passive
        if participle:
            d.target = book.resolve(t.head)
        if shared:
            d.target = [a for c in t.head.children if c.dep_ == "nsubjpass" for a in book.resolve(c)]
        if elliptic:
            d.target = [a for c in t.children if c.dep_ == "nsubj" for a in book.resolve(c)]
        if passive:
            for c in t.children:
                if c.dep_ == "nsubjpass":
                    d.target = book.resolve(c)
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            d.source = book.resolve(o)
                            d.doer = bool(d.source) or _people_like(o)
        elif subj is not None and reduced_passive(t):
            d.target = _subject_actors(book, subj)  # "two soldiers killed in an ambush": the soldiers died
            d.agentless = True
        else:
            if subj is None:
                subj = _headline_subject(t) or _misparsed_first_verb_subject(t)
            if subj is not None:
                d.source = _subject_actors(book, subj)
                d.doer = bool(d.source) or _people_like(subj)
                if d.type == "ASSAULT" and subj.pos_ == "PRON":
                    d.source = _armed_antecedent(book, subj, d.source)
            if not d.source and subj is None:
                d.source = _governing_subject(book, t)
            for c in t.children:
                if c.dep_ in ("dobj", "dative", "attr") and not d.target:
                    d.target = _object_actors(book, c)
            generic_object = bool(d.target) and all(book.actors[a].country is None for a in d.target)
            if d.type == "MOBILIZE" and any(c.dep_ == "dobj" and c.lemma_.lower() in OWN_FORCES | VESSEL_WORDS
                                            for c in t.children):
                # "deployed soldiers to the border": the soldiers are the mover's own, not whom it moves on
                d.target, generic_object = [], True
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS and (not d.target or generic_object):
                    for o in c.children:
                        if o.dep_ == "pobj" and not (c.lower_ in ("at", "in", "on") and o.lemma_.lower() in VENUES):
                            found = _object_actors(book, o)
                            if found and (not d.target or any(book.actors[a].country for a in found)):
                                # "deploy troops to X": X is the target, the troops the means
                                d.target = found
        if not d.target and d.type in DIRECTIVE_TYPES:
            # "demanded that X drop ...", "urged X to ...": the one asked is the complement's subject
            for c in t.children:
                if c.dep_ in ("ccomp", "xcomp") and not d.target:
                    subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        d.target = [a for a in book.resolve(subj) if a not in d.source]
                    if d.type == "THREATEN" and _own_side(book, d.source, d.target):
                        # "vowed that the armed forces would respond": its own forces carry the threat out;
                        # the threatened is whom they would act on, if the clause names them
                        d.target = [a for o in c.children if o.dep_ in ("dobj", "prep")
                                    for w in (o, *o.children) for a in book.resolve(w) if a not in d.source]
                if c.dep_ == "prep" and c.lower_ == "from" and not d.target:
                    for o in c.children:
                        if o.dep_ == "pobj":
                            d.target = [a for a in book.resolve(o) if a not in d.source]
        if not d.target:
            for c in t.children:
                if c.dep_ in ("dobj", "xcomp") and not d.target:
                    d.target = _first_actor_below(book, c, exclude=set(d.source), venues=d.type not in TALK_TYPES)
        if not d.target and t.dep_ == "compound" and t.head.i > t.i:
            d.target = _object_actors(book, t.head)  # headline "forces dislodge Boko Haram": parsed as one noun
        if not d.source and d.type == "ASSAULT" and t.tag_ == "VBG":
            # "Fighting between the army and the rebels spread": a gerund read as a verb, both sides fought
            d.source = list(dict.fromkeys(a for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                                          for o in c.children if o.dep_ == "pobj"
                                          for x in (o, *o.conjuncts) for a in book.resolve(x)))
        d.target = [a for a in d.target if a not in d.source]

    def _noun_roles(self, book: ActorBook, t: Token, d: EventDraft) -> None:
        d.agentless = True
        between: list[int] = []
        inviting = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("to", "for") else None
        if inviting is not None and inviting.lemma_ == "invite" and t.lemma_.lower() in MEETING_NOUNS:
            # "X invited Y and Z to talks": X holds talks with them
            d.source = [a for c in inviting.children if c.dep_ == "nsubj" for a in book.resolve(c)]
            d.target = [a for c in inviting.children if c.dep_ == "dobj" for a in book.resolve(c)
                        if a not in d.source]
        # "a mediation mission between X and Y", "peace talks with X": the compound's head carries the roles
        host = t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t
        for c in (*t.children, *(host.children if host.i != t.i else ())):
            if c.dep_ == "prep" and c.lower_ == "between" and not d.target and not d.source:
                sides = list(dict.fromkeys(a for o in c.children if o.dep_ == "pobj"
                                           for x in (o, *o.conjuncts) for a in book.resolve(x)))
                if d.type == "ASSAULT":
                    d.source = sides  # "clashes between the army and rebels": both sides fought
                else:
                    d.target = sides  # "mediation between X and Y": the mediator acts on both
                    between = sides
        for c in (*t.children, *(host.children if host.i != t.i else ())):
            if c.dep_ in ("poss", "amod", "compound", "nmod") and _against_modifier(c):
                d.target = d.target or book.resolve(c)  # "anti-French protests" are aimed at France
            elif c.dep_ == "poss" and t.lemma_.lower() in UNDERGONE_NOUNS:
                d.target = d.target or book.resolve(c)  # "her arrest", "the journalist's release": done to them
            elif c.dep_ in ("poss", "amod", "compound", "nmod") and not d.source:
                idx = book.resolve(c)
                if idx:
                    d.source = idx
            if c.dep_ == "prep":
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    if c.lower_ in ("by", "from") and not d.source:
                        d.source = book.resolve(o)
                    elif c.lower_ == "of" and d.type == "MOBILIZE" and o.lemma_.lower() in OWN_FORCES \
                            and not d.source:
                        d.source = book.resolve(o)  # "the deployment of NATO troops": the troops move
                    # ("a meeting in Paris" is not with France)
                    elif c.lower_ in TARGET_PREPS | {"in", "of"} and not d.target and not (
                            c.lower_ in ("in", "at") and d.type in TALK_TYPES):
                        acts = [a for a in book.resolve(o) if book.actors[a].kind != "person" or c.lower_ != "in"]
                        d.target = acts
        if d.type in DIRECTIVE_TYPES and not d.target:
            # "its demand that X ease restrictions": the one asked is the clause's subject
            for c in t.children:
                if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        d.target = [a for a in book.resolve(subj) if a not in d.source]
        if not d.source and t.dep_ == "prep" and t.lower_ == "on" and t.head.pos_ in ("NOUN", "PROPN"):
            d.source = book.resolve(t.head)  # "teachers on strike", "workers on hunger strike"
        if not d.source:
            t = host
            head = t.head
            if t.dep_ in ("dobj", "pobj", "attr", "nsubjpass") or head.dep_ == "prep":
                verb = head if head.pos_ in ("VERB", "AUX") else head.head
                path = [head]
                for _ in range(2):  # "launched ten days of exercises": through the measure noun to its verb
                    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "prep", "pobj"):
                        path.append(verb)
                        verb = verb.head
                background = any(p.dep_ == "prep" and p.lower_ in BACKGROUND_PREPS for p in path)
                # (nor one who only speaks of an act told before: "challenge the arrests", "welcomed the talks")
                told_before = verb.lemma_ in MENTIONING_VERBS and any(
                    c.lower_ in ("the", "these", "those", "this", "that") for c in t.children)
                if verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in REPRESSING_VERBS | TALKING_VERBS \
                        | CONDEMNING_VERBS and not background and not told_before:
                    subj = _subject(verb)
                    own = t.lemma_.lower() in UNDERGONE_NOUNS and verb.lemma_ in FACING_VERBS and any(
                        c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in t.children)
                    under = head.dep_ == "prep" and head.lower_ == "under"  # "she was under investigation"
                    if subj is not None and subj.i != t.i and (own or under):
                        d.target = _subject_actors(book, subj)  # "she faced warrants for her arrest"
                    elif subj is not None and subj.dep_ == "nsubjpass" and verb.lemma_ not in ("engage", "involve") \
                            and subj.head.i == verb.i:
                        # "was arrested as part of an investigation": the arrested did not investigate
                        # (but "is expected to travel for talks": the one expected travels and talks)
                        pass
                    elif subj is not None and subj.i != t.i:
                        d.source = _subject_actors(book, subj)
        if not d.target:
            d.target = [a for a in _light_verb_recipient(book, host) if a not in d.source]
        if not d.source and len(between) > 1 and d.target == between:
            d.source, d.target = between[:1], between[1:]  # "talks between X and Y", no mediator named
        d.target = [a for a in d.target if a not in d.source]


# "evacuated its citizens after days of protests": an event named in such an adjunct is the
# background of the clause, and the clause's subject did not do it
BACKGROUND_PREPS = frozenset({"after", "before", "following", "amid", "despite", "since"})
OFFICE_OBJECTS = frozenset({"presidency", "chairmanship", "chair", "leadership", "helm", "office", "post", "role",
                            "portfolio", "premiership", "captaincy", "management", "running", "reins"})
CIRCUMSTANCES = frozenset({"situation", "condition", "circumstance", "time", "weather", "security", "law", "rule",
                           "budget", "space", "schedule"})
PRIZE_OBJECTS = frozenset({"opportunity", "chance", "moment", "initiative", "momentum", "occasion", "title",
                           "titles", "medal", "medals", "crown", "championship", "gold", "silver", "bronze",
                           "trophy", "cup", "seat", "seats", "vote", "votes", "imagination", "attention", "market",
                           "share", "lead", "record", "pole", "victory", "win", "headlines", "award", "prize"})
# what one defends of one's own ("defend its sovereignty"): a position taken, not support given to anyone
OWN_CAUSES = frozenset({"sovereignty", "territory", "borders", "border", "interests", "interest", "rights", "decision",
                        "record", "position", "policy", "policies", "actions", "action", "move", "integrity",
                        "independence", "homeland", "country", "nation", "honour", "honor", "reputation", "stance"})
# ground, posts and power a "take over" seizes
TAKEN_GROUND = frozenset({"town", "city", "village", "area", "region", "province", "district", "territory", "base",
                          "bases", "airport", "port", "border", "crossing", "building", "parliament", "palace", "camp",
                          "control", "power", "government", "country", "capital", "headquarters", "station", "mine",
                          "oilfield", "field", "compound", "checkpoint", "positions", "position", "state", "zone"})
# what an offer of PLOVER's AGREE is of
OFFER_TERMS = frozenset({"talks", "negotiation", "negotiations", "dialogue", "ceasefire", "truce", "peace", "deal",
                         "agreement", "concession", "concessions", "aid", "help", "assistance", "support", "asylum",
                         "amnesty", "resignation", "condolence", "condolences", "mediation", "compensation",
                         "protection", "guarantee", "guarantees", "security", "cooperation", "troops", "refuge",
                         "shelter", "exchange", "swap", "plan", "proposal", "terms", "olive", "apology", "pardon",
                         "immunity", "loan", "loans", "reward", "bounty", "money", "funds", "solution", "compromise",
                         "settlement", "referendum", "election", "elections", "access", "passage", "evacuation"})
# nouns whose modifier says what kind they are: "control measures", "a control room"
KIND_HEADS = frozenset({"measure", "mechanism", "system", "room", "tower", "panel", "centre", "center", "point",
                        "zone", "unit", "board", "group", "software", "equipment", "device", "technique"})
# sectors of people who are not themselves armed
UNARMED_SECTORS = frozenset({"CVL", "REF", "EDU", "HLH", "JRN", "REL", "LAB", "NGO", "MED", "BUS"})
# places where something happens, never whom it is done to ("wounded five at a market square in the city")
VENUES = frozenset({"square", "market", "marketplace", "street", "road", "city", "town", "village", "area",
                    "district", "neighbourhood", "neighborhood", "scene", "site", "station", "stadium", "park",
                    "mall", "festival", "concert", "rally", "venue", "border", "crossing", "checkpoint", "camp"})
# "individuals wrongfully detained in X", "hostages held by the group": participles of holding someone
HELD_VERBS = frozenset({"detain", "hold", "imprison", "jail", "abduct", "kidnap", "capture", "incarcerate"})
# what one occupies without seizing it
ROLES_HELD = frozenset({"space", "position", "place", "niche", "role", "seat", "seats", "post", "office", "time",
                        "mind", "minds", "attention", "spot", "slot", "stage", "centre", "center"})
# what is fought in court or at the ballot box
LEGAL_OBJECTS = frozenset({"charge", "charges", "case", "allegation", "allegations", "accusation", "accusations",
                           "ruling", "decision", "verdict", "lawsuit", "extradition", "deportation", "conviction",
                           "sentence", "indictment", "result", "results", "order", "ban", "claim", "claims", "bill"})
# where a clash is one of words
VERBAL_ARENAS = frozenset({"commons", "parliamentary", "verbal", "televised", "tv", "television", "debate",
                           "studio", "courtroom", "twitter", "online", "radio", "boardroom", "cabinet", "senate",
                           "congressional"})
# what is handed over without giving up ground, power or people
HANDED_THINGS = frozenset({"money", "cash", "funds", "cheque", "check", "donation", "donations", "proceeds", "sum",
                           "award", "prize", "letter", "petition", "report", "document", "documents", "dossier",
                           "evidence", "list", "file", "files", "data", "footage", "recording", "gift", "gifts"})
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
                        "themselves"})
# what is won in a contest
TROPHIES = frozenset({"title", "titles", "medal", "medals", "crown", "championship", "gold", "silver", "bronze",
                      "trophy", "cup", "award", "awards", "prize", "prizes", "victory", "win", "belt", "pennant"})
# whom a campaign or a seller aims at
CUSTOMERS = frozenset({"seat", "seats", "vote", "votes", "voter", "voters", "constituency", "constituencies",
                       "marginal", "marginals", "customer", "customers", "consumer", "consumers", "audience",
                       "audiences", "buyer", "buyers", "user", "users", "market", "markets", "reader", "readers",
                       "viewer", "viewers", "shopper", "shoppers"})
# what a currency, an index or a product "hits": a level or a place in the market, not a victim
MILESTONES = frozenset({"high", "low", "highs", "lows", "record", "peak", "headlines", "shelves", "screens", "heights",
                        "jackpot", "milestone", "airwaves", "charts", "chart", "note"})
# what is damaged or hit without a blow: "could damage investor confidence", "hit the firm's profits"
INTANGIBLES = frozenset({"confidence", "reputation", "relations", "relationship", "ties", "growth", "prospects",
                         "credibility", "trust", "morale", "image", "chances", "hopes", "profits", "profit",
                         "earnings", "sales", "revenue", "revenues", "shares", "economy", "demand", "spending",
                         "investment", "exports", "margins", "ratings", "popularity", "brand", "interests",
                         "competitiveness", "recovery", "sentiment", "finances", "budget", "income", "output"})
# where a "battle" or "fight" is fought when no one is hurt
CIVIL_ARENAS = frozenset({"legal", "court", "courtroom", "bankruptcy", "takeover", "boardroom", "price", "pricing",
                          "ratings", "custody", "libel", "copyright", "patent", "bidding", "bid", "leadership",
                          "election", "electoral", "political", "uphill", "tax", "budget", "extradition",
                          "sales", "marketing", "advertising", "trade", "title", "relegation", "promotion"})
# verbs of violence that sports and prize reporting use for competing
CONTEST_VERBS = frozenset({"beat", "battle", "fight", "hit", "target", "attack", "strike", "shoot", "crush", "thrash",
                           "hammer", "clash", "injure", "storm", "overrun", "destroy", "damage", "kill", "offensive",
                           "tackle", "ambush", "charge", "down", "rout", "assault", "raid", "smash", "steal", "take",
                           "occupy", "seize", "capture", "grab", "withdraw", "pull", "pull out", "take over"})
# words that make a document a sports or prize report: several of them, with no violence in the sentence
CONTEST_WORDS = frozenset({"race", "match", "final", "finals", "semi-final", "quarter-final", "champion", "champions",
                           "championship", "championships", "tournament", "league", "goal", "goals", "medal", "medals",
                           "olympic", "olympics", "marathon", "squad", "striker", "goalkeeper", "referee", "cup",
                           "trophy", "athlete", "athletes", "athletics", "fixture", "innings", "wicket", "scrum",
                           "slam", "seeded", "lap", "podium", "sprint", "sprinter", "relay", "hurdles", "award",
                           "awards", "prize", "nominee", "nominated", "nomination", "oscar", "oscars", "bafta",
                           "grammy", "actress", "premiership", "rugby", "football", "tennis", "cricket", "golf",
                           "boxing", "uefa", "fifa", "iaaf", "midfielder", "winger", "half-time", "scored", "title",
                           "titles", "album", "singer", "chart", "charts", "novel", "film", "box-office",
                           "semi-finals", "quarter-finals", "qualifying", "qualifier", "seed", "seeds", "unseeded",
                           "fans", "victory", "defeat", "win", "wins", "draw", "points", "scorer", "kick-off",
                           "penalty", "manager", "coach", "game", "games", "player", "players", "team", "teams",
                           "club", "clubs", "season", "hamstring"})
SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")  # "6-3", "1-1": a game's score
WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
# the sentence speaks of violence or of armed men, whatever the document is about
VIOLENCE_WORDS = frozenset({"gunman", "gunmen", "militant", "militants", "rebel", "rebels", "terrorist", "terrorists",
                            "soldier", "soldiers", "troops", "police", "policeman", "policemen", "bomb", "bombs",
                            "bomber", "explosion", "grenade", "killed", "dead", "wounded", "died", "murder",
                            "murdered", "hostage", "hostages", "riot", "rioters", "looting", "stabbed", "knife",
                            "gun", "guns", "shooting", "attacker", "attackers", "assailant", "assailants", "war",
                            "hooligans", "hooligan", "thugs", "mob", "victim", "victims", "hospital"})
# what sellers, broadcasters and schools offer
ON_SALE = frozenset({"service", "services", "product", "products", "course", "courses", "price", "prices", "discount",
                     "discounts", "subscription", "subscriptions", "broadband", "download", "downloads", "phone",
                     "phones", "handset", "handsets", "model", "models", "version", "software", "content",
                     "programme", "programmes", "show", "shows", "hope", "glimpse", "insight", "advice", "tips",
                     "skills", "choice", "choices", "features", "feature", "savings", "rates", "returns", "value",
                     "entertainment", "audiences", "audience", "moments", "experience"})
# what is released or freed when it is published or put on sale, not set free
PUBLISHED_THINGS = frozenset({"report", "reports", "details", "detail", "figure", "figures", "data", "statement",
                              "result", "results", "version", "film", "album", "single", "record", "book", "game",
                              "product", "software", "tool", "patch", "update", "bulletin", "document", "documents",
                              "list", "findings", "video", "footage", "image", "images", "picture", "pictures",
                              "photo", "photos", "statistics", "information", "transcript", "accounts", "earnings",
                              "profits", "chip", "console", "model", "movie", "dvd", "track", "song", "edition",
                              "memo", "letter", "letters", "e-mail", "e-mails", "email", "emails", "output", "study",
                              "survey", "poll", "forecast", "guidance", "tape", "tapes", "recording", "recordings",
                              "name", "names", "text", "draft", "paper", "papers", "evidence", "file", "files"})
# verbs of being, knowing and feeling: "X should know", "Y must be ashamed" ask for no act
STATES = frozenset({"be", "know", "have", "understand", "realise", "realize", "recognise", "recognize", "remember",
                    "feel", "think", "believe", "seem", "look", "sound", "appear", "expect", "hope", "want", "need",
                    "like", "love", "worry", "care", "wonder", "doubt"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "know", "see", "decide", "consider", "doubt", "check",
                            "investigate", "examine", "determine", "debate", "query", "enquire", "inquire"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})
MENTION_VERBS = frozenset({"describe", "discuss", "mention", "debate", "dub", "label", "explain", "review", "consider",
                           "study", "define"})
EASING_VERBS = frozenset({"lift", "ease", "end", "remove", "scrap", "relax", "suspend", "drop", "loosen", "waive"})
CEASEFIRE_BREAKING = frozenset({"break", "violate", "breach"})


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
    return False


def _armed_subject(verb: Token) -> bool:
    """The verb's subject names fighters: soldiers, rebels, an army, militants."""
    subj = _subject(verb)
    if subj is None:
        return False
    sector = lexicon().roles.get(subj.lower_) or lexicon().roles.get(subj.lemma_)
    return sector in ("MIL", "REB", "COP") or subj.ent_type_ in ("ORG", "NORP", "GPE")


def _agent_subject(book: ActorBook, verb: Token) -> bool:
    """The verb's subject (or a passive's agent) names someone who can concede: an actor, people or a
    name, not a thing ("the law allows ...", "it allows us to ...", unless "it" stands for an actor)."""
    subj = _subject(verb)
    if subj is None:
        return any(c.dep_ == "agent" for c in verb.children) or verb.dep_ in ("xcomp", "advcl", "conj")
    if subj.lower_ in ("it", "this", "that", "which", "what"):
        return bool(book.resolve(subj, create=False))
    return subj.pos_ == "PROPN" or subj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or _people_like(subj) \
        or subj.lemma_.lower() in lexicon().roles or subj.pos_ == "PRON"


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


def _nobody(subj: Token) -> bool:
    if subj.lower_ in ("nobody", "none", "noone"):
        return True
    words = [w.lower_ for w in subj.doc[subj.left_edge.i:subj.i + 1]]
    # (not "no fewer than 12 people", "no more than five")
    return len(words) >= 2 and words[0] in ("no", "not") and words[1] not in ("fewer", "less", "more", "longer")


def _idle_means(t: Token, trig: Trigger) -> bool:
    """"As tear gas drifted across the street": the means of dispersal as the subject of a verb with no
    object tells that it was there, not that anyone used it."""
    return trig.mode == "disperse" and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and not any(
        c.dep_ == "dobj" for c in t.head.children)


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


AVERT_VERBS = frozenset({"prevent", "avoid", "deter", "stop", "avert", "forestall", "halt", "end", "fear"})


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


PREVENTION_VERBS = frozenset({"stop", "prevent", "bar", "keep", "deter", "block", "prohibit", "ban", "restrain",
                              "discourage", "dissuade", "refrain", "stave"})


def _prevented(t: Token) -> bool:
    """Whether an act is what someone is kept from doing: "stop X from attacking", "prevent Y from using
    the road to smuggle arms"."""
    cur = t
    for _ in range(5):
        head = cur.head
        if head.i == cur.i or (cur.dep_ in ("ROOT", "ccomp", "relcl", "conj") and cur is not t):
            return False
        if head.lower_ == "from" and head.dep_ == "prep" and head.head.lemma_ in PREVENTION_VERBS:
            return True
        cur = head
    return False


def _asked_to_do(v: Token) -> bool:
    """Whether a verb is what someone is asked to do: "urged X to impose", "called on X to lift", "called
    for X to be lifted" (the parser hangs the last two as adverbial clauses)."""
    if v.head.i == v.i or v.head.lemma_ not in ASKING_VERBS:
        return False
    if v.dep_ in ("xcomp", "ccomp"):
        return True
    return v.dep_ == "advcl" and any((c.dep_ == "mark" and c.lower_ == "for") or (c.dep_ == "aux" and c.lower_ == "to")
                                     for c in v.children)


@cache
def _object_words(objects: tuple[str, ...]) -> frozenset[str]:
    """A trigger's listed objects, "money" standing for every currency ("give 200,000 rupees")."""
    return frozenset(objects) | (frozenset(CURRENCY_WORDS) if "money" in objects else frozenset())


@cache
def _aid_lemmas() -> frozenset[str]:
    """Verbs that give aid: promised ("would provide aid"), they are an AGREE to aid."""
    return frozenset(t.lemma for t in lexicon().triggers if t.type == "AID")


def _has_listed_object(t: Token, trig: Trigger) -> bool:
    """A general verb ("halt", "recall", "set up") is an event only with one of its listed objects."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if trig.lemma in ("put", "add"):  # "put nine firms on its entity list": the list is where they are put
        objs = [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for o in c.children
                if o.dep_ == "pobj"]
    if not objs and (any(c.dep_ == "auxpass" for c in t.children) or t.dep_ == "acl"):
        objs = _passive_subject(t)  # "the embargo is likely to be lifted", "the curfew imposed last week"
    if not objs and t.dep_ == "acomp" and t.tag_ == "VBN":
        objs = [c for c in t.head.children if c.dep_ == "nsubj"]  # "the crossing remained closed"
    # anywhere in the object ("a hideout used to store arms", "halt mediation efforts"), but not as the kind
    # of a device or a rule ("took control measures" takes no control; "a web-based diary" has no base in it)
    wanted = _object_words(trig.objects)
    return any(w.lemma_.lower() in wanted or w.lower_ in wanted for c in objs
               for w in c.subtree if w.pos_ in ("NOUN", "PROPN", "NUM")
               and not (w.dep_ in ("compound", "amod") and w.head.lemma_.lower() in KIND_HEADS))


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


def _passive_subject(verb: Token) -> list[Token]:
    """What a passive or participle verb acts on when the parser hung it higher up: the noun a
    participle modifies, or the subject of the clause an infinitive completes."""
    if verb.dep_ == "acl":
        return [verb.head]
    cur = verb
    for _ in range(3):
        found = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i]
        if found:
            return found[:1]
        if cur.dep_ not in ("xcomp", "acomp", "conj") or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


# participles that tell what an act did ("..., killing 40", "leaving 12 dead")
RESULT_VERBS = frozenset({"kill", "wound", "injure", "leave", "destroy", "damage", "cause", "force", "displace"})
RETALIATION_VERBS = frozenset({"respond", "retaliate", "avenge", "punish", "answer", "react", "reply"})


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


def _weapon_sender(book: ActorBook, subj: Token) -> list[int]:
    """"Drones launched by X struck the depot", "missiles fired from Y": the weapon's sender acts."""
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    return [x for o in a.children if o.dep_ == "pobj" for x in book.resolve(o)]
    return []


PERMIT_VERBS = frozenset({"allow", "permit", "tolerate", "let"})


def _not_permitted(clause: Token) -> bool:
    """The act is the complement of a refused permission ("will not allow anyone to ..."), or is
    permitted to no one in particular ("allow anyone to")."""
    if clause.dep_ not in ("xcomp", "ccomp") or clause.head.lemma_ not in PERMIT_VERBS:
        return False
    head = clause.head
    refused = any(c.dep_ == "neg" for c in head.children)
    anyone = any(w.lower_ in ("anyone", "anybody", "nobody", "no-one") for c in (*head.children, *clause.children)
                 if c.dep_ in ("dobj", "nsubj") for w in (c,))
    return refused or anyone


def _reciprocal(t: Token) -> bool:
    """"accused each other", "attacked one another", "each country accused the other"."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(x.dep_ == "det" and x.lower_ == "each" for x in c.children)
           for c in t.children) and any(c.dep_ == "dobj" and c.lower_ == "other" for c in t.children):
        return True
    return any(c.dep_ in ("dobj", "pobj", "prep") and any(
        w.lower_ in ("other", "another") and any(x.lower_ in ("each", "one") for x in w.children)
        for w in c.subtree) for c in t.children)


def _own_side(book: ActorBook, source: list[int], target: list[int]) -> bool:
    """The target shares the source's country and is a state body of it (its forces, its government)."""
    countries = {book.actors[a].country for a in source} - {None}
    return bool(target) and bool(countries) and all(
        book.actors[a].country in countries and book.actors[a].sector in ("GOV", "MIL", "COP") for a in target)


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
    held = {"prisoner", "hostage", "detainee", "captive", "crew", "sailor", "fisherman", "hostages", "prisoners"}
    persons = {"him", "her", "them", "they", "he", "she", "us", "we", "me", "i", "you"}
    return not any(o.lower_ in persons or o.pos_ == "NUM" or o.lemma_.lower() in held or _people_like(o)
                   or o.ent_type_ in ("ORG", "GPE", "NORP") for o in objs)  # ("released two Americans")


def _people_like(tok: Token) -> bool:
    """A subject that names people ("a farmer", "unidentified actors", "angry depositors"), not a thing or a
    disaster: harm such a subject does was meant, even when the actor lexicon does not know the noun."""
    lemma = tok.lemma_.lower()
    if lemma in NON_AGENTS or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if tok.ent_type_ in ("PERSON", "NORP") or lemma in PEOPLE_NOUNS or tok.lower_ in PEOPLE_NOUNS:
        return True
    roles = lexicon().roles
    if lemma in roles or tok.lower_ in roles:
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma.endswith(PERSON_ENDINGS)


def _headline_subject(t: Token) -> Token | None:
    """"Cattle raiders fire on civilians": headline present tense the parser reads as a compound; the
    noun compounded onto the verb from the left is its subject."""
    return next((c for c in t.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")
                 and (c.tag_ in ("NNS", "NNPS") or (c.tag_ == "NNP" and t.tag_ == "VBP"))), None)


def _misparsed_first_verb_subject(t: Token) -> Token | None:
    """"A farmer shot and killed five oxen": the small model reads "farmer shot" as a noun compound and
    hangs "killed" on it; the noun compounded onto that past-tense form is the subject of both verbs.
    When the parse hangs the verb on a sentence-level noun instead, that noun is the subject."""
    head = t.head
    if t.dep_ != "conj" or head.pos_ != "NOUN":
        return None
    if head.dep_ == "ROOT" and _people_like(head):
        return head  # "A farmer with a gun shot and killed ...": the verb hangs on the subject itself
    if not (head.lower_.endswith("ed") or head.lower_ in IRREGULAR_FORMS):
        return None
    return next((c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN")),
                None)


def _main_verb_read_as_modifier(t: Token) -> Token | None:
    """"Gunmen on motorcycles killed 14 people": the small model hangs "killed" on "motorcycles" as a
    modifier; a past form with an object of its own is no passive participle but the main verb, and the
    noun phrase it hangs in is its subject."""
    if t.dep_ != "acl" or t.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "dobj" for c in t.children):
        return None
    np = t.head
    while np.dep_ == "pobj" and np.head.dep_ == "prep" and np.head.head.pos_ in ("NOUN", "PROPN"):
        np = np.head.head
    return np if np.dep_ in ("nsubj", "ROOT") and _people_like(np) else None


def _own_agent(book: ActorBook, t: Token) -> bool:
    """An event noun with its agent attached: "X's threat", "Syrian demands", "a warning by X",
    or the object of the agent's own verb ("X issued a warning")."""
    for c in t.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and book.resolve(c, create=True):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "between") and any(book.resolve(o) for o in c.children):
            return True  # "a warning by X", "a clash between X and Y"
    return t.dep_ in ("dobj", "attr") and t.head.pos_ == "VERB" and t.head.lemma_ in LIGHT_VERBS


def _governed_by_agent_verb(t: Token) -> bool:
    """"signed a deal", "a deal was reached": an agreement noun is an event only as the object of an act."""
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ == "VERB" and t.head.head.lemma_ not in (
            "be", "have", "serve", "act"):
        return True  # "took six crewmen as hostages", "held them as hostages"
    if t.head.pos_ != "VERB" or t.head.lemma_ in ("be", "have"):
        return False
    return t.dep_ in ("dobj", "attr") or (t.dep_ == "nsubjpass" and t.head.lemma_ in SEALING_VERBS)


def _averted(t: Token) -> bool:
    """"to prevent a repeat invasion", "deter an attack": the noun names what should not happen."""
    head = t.head
    if t.dep_ == "dobj" and head.lemma_ in AVERT_VERBS:
        return True
    # "fears of an attack", "guard against attacks"; not "feared dead following a clash"
    return t.dep_ == "pobj" and head.lower_ in ("of", "against", "from") and head.head.lemma_ in AVERT_VERBS


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


def _verb_in(t: Token, lemmas: frozenset[str]) -> bool:
    """Lemma membership that survives the small model's lemmatiser ("hopes" -> "hop")."""
    low = t.lower_
    return t.lemma_ in lemmas or low in lemmas or any(
        low == w + suffix for w in lemmas for suffix in ("s", "es", "d", "ed", "ing"))


def _clause_verb(t: Token) -> Token:
    cur = t
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "compound", "prep"):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "csubj"})
# verbs of telling: their clausal complement has a subject of its own, never the teller
SPEECH_VERBS = frozenset({"say", "tell", "add", "write", "post", "tweet", "report", "state", "explain", "note",
                          "recount", "describe", "confirm", "deny"})
# "urged him to halt", "asked X to withdraw", "forced them to leave": the object does what the infinitive says
# (not "ordered X to suspend", "forced X to leave": what the ordered do is the orderer's coercion)
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "call", "press", "implore", "encourage", "tell", "persuade", "invite",
                                  "request", "beg", "warn", "advise", "pressure", "push", "prompt", "force", "compel",
                                  "oblige", "order"})


def _calls_off(verb: Token) -> bool:
    """"called off", "suspended", "ended" a protest; "called a strike" starts one."""
    if verb.lemma_ == "call":
        return any(c.lower_ == "off" for c in verb.children)
    return _verb_in(verb, CALL_OFF_VERBS)


PATHOGENS = frozenset({"outbreak", "strain", "flu", "influenza", "bacteria", "bacterium", "infection", "pathogen",
                       "h5n1", "h1n1", "h7n9", "ebola", "cholera", "measles", "coronavirus", "covid-19", "covid",
                       "e. coli", "salmonella", "listeria", "anthrax", "plague", "malaria", "dengue"})
# whom officials advise rather than threaten
THE_PUBLIC = frozenset({"people", "residents", "public", "citizens", "travellers", "travelers", "tourists",
                        "consumers", "parents", "motorists", "drivers", "passengers", "visitors", "users", "customers",
                        "farmers", "patients", "shoppers", "swimmers", "homeowners"})
CULLED = frozenset({"bird", "birds", "poultry", "chicken", "chickens", "duck", "ducks", "goose", "geese", "flock",
                    "flocks", "pig", "pigs", "hen", "hens", "turkeys", "fowl"})


BLAZES = frozenset({"blaze", "fire", "fires", "flames", "wildfire", "wildfires", "inferno", "bushfire", "cancer",
                    "illness", "injury", "injuries", "odds", "elements", "weather", "tears", "fatigue", "nerves"})


def _fought_thing(t: Token) -> bool:
    """The battle's object is a fire, an illness or the odds, not a side."""
    objs = [c for c in t.children if c.dep_ == "dobj"] + [
        o for c in t.children if c.dep_ == "prep" and c.lower_ in ("against", "with") for o in c.children
        if o.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in BLAZES | SOCIAL_ILLS or o.lower_ in BLAZES for o in objs)


def _advises_the_public(t: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in THE_PUBLIC for c in t.children) and any(
        c.dep_ in ("xcomp", "ccomp") for c in t.children)


def _culled(t: Token, sent: Span) -> bool:
    """Birds or pigs killed or destroyed with no one hostile in the sentence: a cull against disease."""
    objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(o.lemma_.lower() in CULLED or o.lower_ in CULLED for o in objects):
        return False
    return not ({w.lower_ for w in sent} | {w.lemma_.lower() for w in sent}) & HOSTILE_WORDS


def _natural_cause(t: Token) -> bool:
    """The harm's subject is a disaster, an accident or a thing, or the trigger hangs on one
    ("actions targeting X", "the death toll from floods")."""
    verb = t
    while verb.dep_ in ("conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "killed eight and damaged buildings", "exploded, killing three": the subject is above
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    subjects += [o for a in subjects if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if t.dep_ == "acl" or (verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in subjects)):
        subjects.append(verb.head)  # "new actions targeting ...", "an outbreak that killed hundreds of ducks"
    return any(s.lemma_.lower() in NON_AGENTS | PATHOGENS and not _fielded(s) for s in subjects)


def _fielded(s: Token) -> bool:
    """"Israeli tanks", "the army's tanks": a machine that a named side fields is its weapon, not an accident."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in s.children)


def _place_countries(doc: Doc) -> dict[int, str]:
    """The country of each resolved named place (not streets or unknown names), by start offset."""
    return {tp.start: tp.country for tp in (doc._.toponyms or []) if tp.country and tp.feature != "other"}


def _flown(lex: Lexicon, t: Token) -> bool:
    """The attack's subject or agent is an aircraft, or the trigger says it came from the air."""
    aircraft = lex.aerial_words - NOT_AIRCRAFT
    words = [c for c in t.children if c.dep_ == "amod" and c.lower_ == "aerial"]
    for c in t.children:
        if c.dep_ in ("nsubj", "agent"):
            words += [w for w in c.subtree if w.lower_ in aircraft]
    return bool(words)


def _accident_scene(lex: Lexicon, sent: Span) -> bool:
    """The sentence tells of a disaster or an accident and of no weapon or attack: its harm was done by no one."""
    words = [w for w in sent if w.ent_type_ not in ("DATE", "TIME")]  # "since the fall" is a season
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    arms = lex.weapon_words | lex.aerial_words | lex.shelling_words | lex.explosive_words | lex.firearm_words
    if lemmas & arms or lemmas & HOSTILE_WORDS:
        return False
    return bool(lemmas & ACCIDENT_WORDS)


def _in_prep_phrase(t: Token) -> bool:
    """"arrested for loitering, gathering in groups": a gerund named as an offence, not an act."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("pobj", "pcomp") or t.head.dep_ == "prep"


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


def _came_under_attack(v: Token) -> bool:
    """"came under fire", "was under attack", "came under heavy shelling": the subject suffered it."""
    return v.lemma_ in ("come", "be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(
            o.lemma_.lower() in ("fire", "attack", "shelling", "bombardment", "assault", "gunfire", "siege")
            for o in c.children if o.dep_ == "pobj") for c in v.children)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, then the subjects it may inherit through xcomp, conj, advcl, a relative
    clause or a misparsed clausal subject, nearest first."""
    out: list[Token] = []
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i > 0:
        # "since the military seized power": the small model reads "the military seized power" as one noun
        # phrase; the role word right before the past-tense verb is its subject
        prev = verb.doc[verb.i - 1]
        if prev.pos_ == "ADJ" and (prev.lower_ in lexicon().roles or prev.lemma_ in lexicon().roles):
            return [prev]
    cur = verb
    for _ in range(5):
        if cur.i != verb.i and _came_under_attack(cur):
            break  # "a patrol came under fire, wounding an officer": the patrol wounded no one
        out.extend(c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i)
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "dobj" and cur.lemma_ in RESULT_VERBS \
                and cur.head.head.pos_ == "VERB":
            cur = cur.head.head  # "jets struck rebel positions, killing 40": the killing is the strike's
            continue
        root = sent_of(cur).root
        if cur.dep_ in ("acl", "conj") and cur.tag_ in ("VBD", "VBN") and root.tag_ == "NNS" and root.i < cur.i \
                and any(c.dep_ == "dobj" for c in cur.children) and not out:
            out.append(root)  # "Gunmen on motorcycles killed 25 people": a verbless root noun is the subject
            break
        if cur.dep_ in ("relcl", "acl"):
            misread = _main_verb_read_as_modifier(cur)
            out.append(misread if misread is not None else cur.head)
            break
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and cur.head.head.lemma_ in SPEECH_VERBS and (
                cur.lemma_ in REPORTING_VERBS or (
                    cur.tag_ == cur.head.head.tag_ == "VBD" and cur.head.tag_ in ("VBP", "VBZ")
                    and not any(c.dep_ in ("aux", "auxpass") for c in cur.head.children))):
            # "the ministry said regions face cuts and declared an emergency", "said the attack was terror and
            # vowed that ...": a speech act, or a verb in the teller's tense and not the told clause's, is the
            # teller's second act, whatever the parser hung it on
            cur = cur.head.head
            continue
        teller = misattached_speech_act(cur)
        if teller is not None:
            cur = teller
            continue
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_ in SPEECH_VERBS and out \
                and not all(o.lower_ in ("i", "we") for o in out):
            # "the strikes hit a school, said Ko": who reports a clause did not do what its subject did
            # ("we will not allow it, the minister said": unless the subject is the teller speaking)
            break
        accuser = cur.head.head if cur.dep_ == "pcomp" and cur.head.lower_ in ("of", "for") else None
        blaming = ACCUSING_VERBS | {"blame", "suspect"}
        if accuser is not None and accuser.dep_ == "dobj" and accuser.head.lemma_ in blaming:
            out.append(accuser)  # "accused X's security service of organising": "of" hung on the accused
            break
        if accuser is not None and accuser.lemma_ in blaming:
            obj = next((c for c in accuser.children if c.dep_ == "dobj"), None)
            if obj is not None:
                out.append(obj)  # "accused Eritrea of preparing to invade": the accused would do it
                break
        if cur.dep_ == "xcomp" and cur.head.lemma_ in OBJECT_CONTROL_VERBS:
            obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
            if obj is not None:
                out.append(obj)  # "urged him to allow access", "asked Russia to withdraw": the one asked
                break
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.head.lemma_ in REPORTING_VERBS \
                and cur.lemma_ not in REPORTING_VERBS:
            # "X and Y agreed to a truce, the spokesman said, allowing aid in": the result is the truce's
            told = next((c for c in cur.head.children if c.dep_ == "ccomp" and c.i < cur.i), None) \
                or told_clause(cur.head)
            if told is not None:
                cur = told
                continue
        cur = cur.head
    return out


#: Nouns of an act's coming back or going on, which take their mood from their own modifiers.
RETURN_NOUNS = frozenset({"return", "resumption", "reimposition", "renewal", "escalation", "repeat", "recurrence",
                          "extension", "expansion", "outbreak"})
#: Verbs that say only when an act starts, goes on or stops, so their mood and tense are the act's.
ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "resume", "stop", "cease", "go"})
PROTEST_VERBS = frozenset({"gather", "rally", "march", "protest", "demonstrate", "assemble", "converge", "strike"})
BODY_PARTS = frozenset({"eye", "skin", "throat", "lung", "face", "nose", "hand", "foot", "leg", "arm"})
#: Verbs of a third party working a truce out between others.
BROKERING = frozenset({"broker", "mediate", "negotiate", "facilitate"})
ATTACK_NOUNS = frozenset({"strike", "attack", "shell", "shelling", "bombardment", "barrage", "explosion", "blast",
                          "airstrike", "raid"})
#: Verbs that only carry an attack noun: "launched an attack", "carried out strikes".
CARRIER_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "unleash", "begin", "start"})
#: What air defences shoot down.
FLYING_WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles",
                            "aircraft", "jet", "jets", "helicopter", "helicopters", "plane", "planes", "shahed",
                            "shaheds", "uav", "uavs"})
#: Words of a country's energy and utility systems: "an attack on the energy system" is a strike on it.
GRID_WORDS = frozenset({"energy", "power", "electricity", "grid", "water", "heating", "gas", "rail", "transport",
                        "defence", "defense", "air-defense", "missile", "military"})
#: What a trade measure hits: "target exports", "hit imports".
TRADED = frozenset({"export", "import", "good", "product", "produce", "company", "firm", "industry", "sector",
                    "asset", "bank", "investment", "brand", "shipment", "car", "vehicle", "carmaker", "automaker"})
#: What a mobilising side moves: its own forces, never the one it moves against.
OWN_FORCES = frozenset({"troop", "troops", "soldier", "forces", "force", "unit", "reinforcement", "warship", "ship",
                        "jet", "tank", "brigade", "battalion", "personnel", "paratrooper", "marine", "police",
                        "officer", "army", "division", "fighter", "militiaman", "vessel", "aircraft", "missile"})
VESSEL_WORDS = frozenset({"ship", "vessel", "boat", "frigate", "destroyer", "submarine", "warship", "cutter",
                          "gunboat", "jet", "plane", "aircraft", "helicopter", "drone"})
#: What a condemnation or a rejection of "the move" can be aimed at: an act done to others.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
#: Nouns that refer back to whatever act was reported last: "condemned the move".
GENERIC_ACT_NOUNS = frozenset({"move", "decision", "step", "measure", "action", "announcement"})


def _countries(book: ActorBook, ids: list[int]) -> set[str]:
    return {c for c in (book.actors[a].country for a in ids) if c}


def _tells_with(e: EventDraft, lemma: str) -> bool:
    """E's trigger or a noun of its clause is LEMMA or holds it ("airstrikes" holds "strike")."""
    if e.trigger.lemma_.lower() == lemma:
        return True
    return any(lemma in t.lemma_.lower() for t in e.sentence if t.pos_ == "NOUN")


def _subject(verb: Token) -> Token | None:
    found = _subjects(verb)
    return found[0] if found else None


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


def _governing_subject(book: ActorBook, t: Token) -> list[int]:
    """For "intent to deploy troops" or "efforts to free hostages": the subject of the nearest finite verb above."""
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i:
            return []
        cur = cur.head
        if _came_under_attack(cur):
            return []  # "a patrol came under fire, wounding an officer": the patrol's side wounded no one
        if cur.pos_ in ("VERB", "AUX"):
            subj = _subject(cur)
            if subj is not None:
                return _subject_actors(book, subj)
    return []


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
        if c.dep_ not in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ not in OBJECT_PREPS):
            continue
        if not venues and c.dep_ == "prep" and c.lower_ in VENUE_PREPS:
            continue  # "failed to agree on a truce in Jeddah": talk is not aimed at where it is held
        heads = {c.i, *(o.i for o in c.children if o.dep_ == "pobj")}
        for tok in c.subtree:
            idx = book.at(tok)
            if idx is not None and idx not in exclude and book.actors[idx].country not in (None, *own):
                return [idx]
            # a demonym counts only on the object itself ("German goods"), not deeper in its clauses
            near = tok.dep_ in ("amod", "compound") and tok.head.i in heads
            iso = demonym_country(tok.text) if near else places.get(tok.idx)
            if iso and iso not in own:
                return [book.country_actor(iso)]
    return []


def _first_actor_below(book: ActorBook, head: Token, *, exclude: set[int], venues: bool = True) -> list[int]:
    """The first actor named inside an object phrase ("a memorandum on sending engineers to X"); with
    ``venues`` off, not a place where it happens ("agreed to extend their truce in Gaza")."""
    for tok in head.subtree:
        if not venues and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "inside", "near") \
                and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            continue
        if tok.dep_ in ("pobj", "dobj", "dative"):
            idx = book.at(tok)
            if idx is None or idx in exclude:
                continue
            if book.actors[idx].kind != "person" and book.actors[idx].country:
                return [idx]
    return []


def _subject_actors(book: ActorBook, subj: Token) -> list[int]:
    """Actors of the first subject that names one, starting from SUBJ and climbing from its verb; not
    out of a clause that has a subject of its own and a conjunction ("Thailand closed the border after a
    landmine wounded five soldiers": the landmine's sender is unknown, not Thailand)."""
    verb = subj.head
    own_clause = subj.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children)  # ("when a shell hit")
    for cand in [subj] if own_clause else [subj, *_subjects(subj.head)]:
        found = book.resolve(cand)
        if not found:
            # "X, the relief coordinator, demanded": the apposition names the actor the parser missed
            found = next((r for a in cand.children if a.dep_ == "appos" for r in [book.resolve(a)] if r), [])
        if not found and cand.i == subj.i:
            found = _weapon_sender(book, subj)
        if found:
            return found
        # "which"/"who" stand for the noun the relative clause hangs on
        if cand.lower_ in ("which", "who", "that") and cand.head.dep_ == "relcl":
            found = book.resolve(cand.head.head)
            if found:
                return found
    return []


def _object_actors(book: ActorBook, obj: Token) -> list[int]:
    found = book.resolve(obj)
    if found:
        return found
    for c in obj.children:
        if c.dep_ == "prep":
            for o in c.children:
                if o.dep_ == "pobj":
                    found = book.resolve(o)
                    if found:
                        return found
    return []


ACCUSING_VERBS = frozenset({"accuse", "charge", "convict", "suspect", "indict", "blame"})


def _accused_act(t: Token) -> bool:
    """"two men accused of involvement in murders", "charged with looting": the act is what someone
    alleges, not an event the report tells as fact."""
    for a in t.ancestors:
        if a.dep_ == "prep" and a.lower_ in ("of", "with", "for", "in", "over") and (
                a.head.lemma_ in ACCUSING_VERBS or (a.head.dep_ == "dobj" and a.head.head.lemma_ in ACCUSING_VERBS)):
            return True
        if a.pos_ == "VERB" and a.lemma_ not in ACCUSING_VERBS and a.dep_ not in ("pcomp", "pobj"):
            return False
    return False


def _status(t: Token, clause: Token, d: EventDraft) -> None:
    chain = [t] if clause.i == t.i else [t, clause]
    if t.dep_ == "xcomp" and t.head.lemma_ in ASPECT_VERBS and t.head not in chain:
        chain.append(t.head)  # "would keep attacking", "could continue fighting": the aspect verb's mood is the act's
    if d.type != "ACCUSE" and _accused_act(t):
        d.status = "claimed"
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "without":
        d.negated = True  # "they fled without fighting", "left without a clash": it did not happen
    for v in chain:
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                d.negated = True
            if c.dep_ in ("nsubj", "nsubjpass") and v.i == t.i and _nobody(c):
                d.negated = True  # "no one was hurt", "not one soldier was killed", "nobody was arrested"
            if c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
                d.status = "planned"
            if c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS and d.status == "occurred" and not any(
                    a.dep_ == "aux" and a.lemma_ == "have" for a in v.children):
                d.status = "conditional"  # "can be detained", "could cripple firms"; not "may have killed"
            if c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") and d.status == "occurred" \
                    and d.type in ("ASSAULT", "COERCE") and not any(a.lemma_ == "have" for a in v.children):
                d.status = "conditional"  # "they should be killed": wished or demanded, not done
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                d.status = "conditional"
        if v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children):
            d.status = "ongoing" if d.status == "occurred" else d.status
        if v.dep_ == "conj" and v.tag_ == "VB" and not any(c.dep_ in ("aux", "nsubj") for c in v.children) \
                and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in v.head.children):
            d.status = "planned"  # "would file a protest and summon the ambassador": both are to come
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        # "we will not be the first to fire a bullet": an infinitive takes the mood of the clause it hangs in
        up = t
        for _ in range(3):
            if up.dep_ not in ("acl", "xcomp", "relcl", "attr", "acomp", "amod") or up.head.i == up.i:
                break
            up = up.head
            if up.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in up.children):
                d.status = "planned"
                d.negated = d.negated or any(c.dep_ == "neg" for c in up.children)
                break
    if d.type == "PROTEST" and t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in (
            "call", "announce", "plan", "schedule", "organise", "organize") and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in (*t.children, *t.head.children)):
        d.status = "planned"  # "the union called a protest for Thursday": to be held, not held
    up = clause
    for _ in range(3):  # "negotiators are expected to return to Doha next week to discuss the release"
        if up.dep_ not in ("advcl", "xcomp") or up.head.i == up.i:
            break
        up = up.head
        if d.status == "occurred" and (_verb_in(up, PLAN_VERBS) or any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in up.children)):
            d.status = "planned"
            break
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_ == "invite":
        d.status = "planned"  # "invited the protest leaders to talks next week": the talks are to come
    # "is planned", "hopes to sign", "plans to meet"
    head = clause.head
    if (clause.dep_ == "xcomp" and _verb_in(head, PLAN_VERBS)) or (t.dep_ == "xcomp" and _verb_in(t.head, PLAN_VERBS)):
        d.status = "planned"  # "hopes to sign", also when the hoping is itself reported ("said he hopes to")
        planner = head if clause.dep_ == "xcomp" and _verb_in(head, PLAN_VERBS) else t.head
        if any(c.dep_ == "neg" for c in planner.children):
            d.negated = True  # "had not planned to strike any targets": disavowed, neither done nor threatened
    if clause.dep_ == "xcomp" and head.lower_ in LIKELIHOOD_WORDS and d.status == "occurred":
        d.status = "planned"  # "is likely to be lifted", "is set to sign": expected, not done
    if clause.lemma_ in ("plan", "schedule", "expect") and t.i != clause.i:
        d.status = "planned"
    if any(c.dep_ in ("acomp", "oprd") and c.lemma_ in ("plan", "planned", "schedule", "scheduled", "expected", "due")
           for c in clause.children):
        d.status = "planned"
    if (clause.lemma_ == "continue" or head.lemma_ == "continue") and d.status == "occurred":
        going_on = head if head.lemma_ == "continue" else clause
        # "would continue to target ships" is still to come; "continued to shell" is going on
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in going_on.children)
        d.status = "planned" if future else "ongoing"
    if any(c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "upcoming", "scheduled", "imminent", "impending",
                                             "forthcoming", "eventual", "promised") for c in t.children):
        d.status = "planned"
    first = clause
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "an agreement to reopen the border and to cooperate": both are agreed
    deal = first.head
    if first.dep_ in ("acl", "xcomp", "relcl") and deal.lemma_ in COMMITMENT_NOUNS and d.status == "occurred" and (
            deal.dep_ in ("dobj", "nsubjpass") and deal.head.lemma_ in SEALING_VERBS | {"agree", "make", "adopt"}):
        d.status = "planned"  # "signed an agreement to cooperate against smuggling": the cooperation is to come
    promised = clause.dep_ == "xcomp" and (head.lemma_ in PROMISE_HEADS or head.lower_ in PROMISE_HEADS)
    if t.pos_ != "VERB" and t.i != clause.i and clause.lemma_ in ("pledge", "promise", "offer", "vow"):
        promised = True  # "pledged 20 million euros in aid": the aid is promised, not yet given
    if promised and d.status == "occurred":
        d.status = "planned"  # "is prepared to impose", "ready to host"
    # a coercive act announced for the future by its own actor is a threat; so is a protest or boycott
    # announced ahead, and a retreat or concession made to depend on the other side ("unless ...")
    # ("if they keep firing": the condition's verb governs the event's)
    governed = [*chain, t.head] if t.dep_ == "xcomp" and t.head.i != t.i else chain
    own_condition = any(v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                  for c in v.children) for v in governed)
    if (d.type in ("PROTEST", "RETREAT", "CONCEDE") and d.status == "conditional" and not own_condition) or (
            d.type == "PROTEST" and d.status == "planned"):
        d.type, d.status = "THREATEN", "conditional" if d.status == "conditional" else "threatened"
    if d.type in COERCIVE and d.status in ("planned", "conditional"):
        governing = clause.head if clause.dep_ in ("ccomp", "xcomp") else None
        threat_verb = governing is not None and governing.lemma_ in THREAT_VERBS and not (
            d.type == "MOBILIZE" and governing.lemma_ in ("say", "declare", "pledge", "promise", "insist"))
        # (a deployment announced ahead is a planned MOBILIZE, "will deploy two more ships to the area";
        # only one made as a threat is a threat)
        if threat_verb or (d.status == "planned" and not (d.type == "MOBILIZE" and not _has_condition(clause))):
            conditional = d.status == "conditional" or _has_condition(clause)
            d.type = "THREATEN"
            d.status = "conditional" if conditional else "threatened"
    if d.type in PROMISABLE and (d.status in ("planned", "conditional") or promised):
        d.type = "AGREE"
        d.status = "planned"
    possible = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for v in chain for c in v.children)
    if d.type == "CONSULT" and ((d.status == "conditional" and not (possible and not _has_condition(clause)))
                                or promised):  # "could meet in March" is a possibility, not an offer
        # "ready to host talks", "would meet X if ...": an offer to meet is AGREE; a meeting merely
        # scheduled ("will visit X next week") stays a planned CONSULT, as news reports list it
        d.type, d.status, d.mode = "AGREE", "planned", None
    if d.type in ("RETREAT", "CONCEDE") and promised:
        # PLOVER's AGREE is to "agree to, offer, promise, or indicate willingness": "is willing to
        # withdraw", "agreed to lift the ban" state the commitment, not the concession itself
        d.type, d.status, d.mode = "AGREE", "planned", None
    if d.type == "RETREAT" and d.status == "planned":
        d.type = "CONCEDE"  # PLOVER: an announced future retreat is a concession
    failed = clause.dep_ == "xcomp" and head.lemma_ in ("fail", "refuse", "decline")
    # ("will not sign until ...": a refusal; "did not sign the accord": an agreement that did not happen)
    refused = d.negated and (t.lemma_ in ("accept", "agree") or (
        t.lemma_ in ("sign", "approve", "ratify") and d.status in ("planned", "conditional")))
    if d.type == "AGREE" and (refused or failed):
        d.type, d.negated = "REJECT", False  # "will not accept", "failed to reach agreement"
    elif failed:
        d.negated = True  # "refused to back the bill", "failed to stop the raid": it was not done
    if d.type == "THREATEN" and d.status == "occurred" and t.lemma_ in ("threaten", "warn", "vow"):
        d.status = "threatened"
    if (clause.lemma_ == "deny" and clause.i != t.i) or (
            clause.head.lemma_ == "deny" and clause.dep_ in ("ccomp", "xcomp")) or (
            t.dep_ in ("xcomp", "ccomp", "dobj") and t.head.lemma_ == "deny" and t.tag_ == "VBG"):
        d.status = "denied"  # "denied that it shelled the market", "denied targeting civilians"
    if d.type == "REJECT" and d.negated and t.lemma_ in ("oppose", "object", "contest", "resist", "veto", "block"):
        d.type, d.negated = "CONCEDE", False  # "prosecutors would not oppose bail": a concession
    if d.type == "CONCEDE" and d.negated and t.lemma_ in ("allow", "permit", "tolerate"):
        d.type, d.negated = "REJECT", False  # "we will not allow the city to be paralysed": a refusal
    if own_condition:
        d.status = "conditional"  # "if it is lifted": the event's own clause is the condition
    if d.status == "occurred" and any(c.dep_ == "mark" and c.lower_ == "until" for c in t.children) and any(
            c.dep_ == "neg" for c in t.head.children):
        d.status = "conditional"  # "would not sign until M23 fighters pulled out": the withdrawal is the condition
    if any(_after_in_case(v) for v in (t, *list(t.ancestors)[:4]) if v.pos_ in ("VERB", "AUX")):
        d.status = "conditional"  # "on standby in case they need to evacuate": only if it comes to that
    if d.type in COERCIVE and _held_over(t):
        d.type, d.status = "THREATEN", "threatened"


#: What a court or judge hands down: "welcomed the ruling" is aimed at whoever ruled.
RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "sentence", "sentencing", "acquittal"})
#: Subordinators of clauses that set a scene rather than say what an act is for.
SCENE_MARKS = frozenset({"as", "while", "when", "whilst", "after", "before", "since", "although", "though",
                         "because", "until", "whereas"})
#: Verbs of a unit on the move: "patrols moved into the village" is a deployment.
MOVEMENT_VERBS = frozenset({"move", "enter", "arrive", "advance", "deploy", "patrol", "roam", "cross", "sweep"})
#: What a crowd gathers for when its gathering is a protest.
PROTEST_PURPOSES = frozenset({"protest", "demand", "demonstrate", "denounce", "oppose", "condemn", "call", "press",
                              "express", "show", "voice", "mourn", "commemorate", "mark", "support", "reject",
                              "urge", "chant", "march", "rally", "block"})
#: Meetings one is invited to; the meeting noun carries the event.
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "consultation",
                           "consultations", "conference", "dialogue", "round"})
#: What is offered or expressed in sympathy: SUPPORT, not an offer or a complaint.
SYMPATHY_NOUNS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "solidarity", "support"})
#: Acts only a state does, which an official reporting them without an agent speaks for: "two suspects were
#: detained", a governor said; "the envoy was summoned", the ministry's spokesman said.
STATE_ACTS = frozenset({"summon", "expel", "detain", "arrest", "deport", "jail", "imprison", "extradite"})
#: Verbs that deliver a formal complaint: "lodge a protest" is an accusation, not a demonstration.
LODGING_VERBS = frozenset({"lodge", "file", "register", "issue", "deliver", "convey", "submit", "hand"})
#: Nouns of a stand taken or a matter weighed: an event noun they are "on" or "about" is a topic, not an act.
TOPIC_NOUNS = frozenset({"commitment", "decision", "position", "stance", "question", "debate", "discussion", "vote",
                         "view", "policy", "comment", "guarantee", "assurance", "promise", "ruling", "consultation",
                         "briefing", "report", "hearing", "referendum"})
SIGHTING_VERBS = frozenset({"report", "observe", "see", "spot", "sight", "signal", "notice", "note", "detect",
                            "confirm", "identify", "witness", "record", "film"})


def _asked_for(t: Token) -> bool:
    """An event noun inside the "for" phrase of an asking verb ("called for talks", "appealed for a
    ceasefire", "pushed for a second day of protests")."""
    cur = t
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in ASKING_VERBS:
            return True
        if cur.dep_ not in ("pobj", "prep"):
            return False
        cur = head
    return False


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


def _armed_antecedent(book: ActorBook, pronoun: Token, found: list[int]) -> list[int]:
    """"They bombed people who had nowhere to go": a pronoun that attacks stands for the armed side told
    of last, not for the civilians the nearest mention names."""
    if not found or any(book.actors[a].sector not in UNARMED_SECTORS for a in found):
        return found
    armed = [(start, i) for i, a in enumerate(book.actors) if a.sector in ("MIL", "REB", "COP")
             for start, _ in a.mentions if start < pronoun.idx]
    return [max(armed)[1]] if armed else found


def _asked_to(verb: Token) -> bool:
    """The infinitive of an asking verb with its own object ("urged Y to allow aid", "asked X to
    withdraw"), or a verb joined to it: what is asked, which the asking verb's REQUEST carries."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    head = cur.head
    return (cur.dep_ == "xcomp" and head.lemma_ in ASKING_VERBS and any(
        c.dep_ == "dobj" and c.i < cur.i for c in head.children)) or (cur.dep_ == "advcl" and _asked_to_do(cur))


def _sighted(t: Token) -> bool:
    """"movements of armed men were reported", "residents observed the presence of gunmen": armed men
    moving or present is an event when the report says someone saw it."""
    verb = t.head
    return t.dep_ in ("nsubjpass", "dobj", "nsubj") and verb.lemma_ in SIGHTING_VERBS


def _after_in_case(v: Token) -> bool:
    """The clause opens with "in case" (inside it or just before it, wherever the parser put it)."""
    left, doc = v.left_edge.i, v.doc
    return any(i >= 0 and i + 1 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].lower_ == "case"
               for i in (left - 2, left - 1, left))


COMMITMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "memorandum", "commitment",
                              "pledge", "promise", "plan"})
LIKELIHOOD_WORDS = frozenset({"likely", "unlikely", "set", "poised", "due", "bound", "expected", "about"})
PENALTY_NOUNS = frozenset({"pain", "penalty", "threat", "risk"})


def _held_over(t: Token) -> bool:
    """"demanded the schools close on pain of attacks", "under threat of an attack": the act is what
    will follow a refusal, not something that happened."""
    for anc in list(t.ancestors)[:4]:
        if anc.lemma_ == "of" and anc.head.lemma_ in PENALTY_NOUNS and anc.head.dep_ == "pobj" and \
                anc.head.head.lower_ in ("on", "under", "upon"):
            return True
    return False


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


def _contest_story(doc: Doc) -> bool:
    """The document reports a game, a race or a prize: four or more different contest words."""
    text = doc.text.lower()  # on the text: the tokeniser splits "quarter-finals" and "7-5" at the hyphen
    seen = {w for w in WORDS.findall(text) if w in CONTEST_WORDS}
    return len(seen) + bool(SCORE.search(text)) >= 4


# (not elections: a "clash after the election" is political violence)
RANKINGS = frozenset({"ratings", "chart", "charts", "rankings", "standings", "box-office"})


def _contest_sentence(sent: Span) -> bool:
    """"Was beaten 5-0 by X on Saturday", "was beaten in the ratings": a result or a contest word in the
    sentence itself, in a story about something else."""
    text = sent.text.lower()
    return bool(SCORE.search(text) or PLACING.search(text)) or any(
        w in CONTEST_WORDS | TROPHIES | RANKINGS for w in WORDS.findall(text))


#: "into second place", "to third spot", "the top position": a placing in a contest or a list
PLACING = re.compile(r"\b(?:first|second|third|fourth|fifth|top|last)\s+(?:place|spot|position)\b")


def _violent(lex: Lexicon, book: ActorBook, sent: Span) -> bool:
    """The sentence names weapons, violence or armed men (fans who attacked a referee, a bomb at a match)."""
    words = {w.lower_ for w in sent}
    if words & (lex.weapon_words | VIOLENCE_WORDS):
        return True
    return any((idx := book.at(w)) is not None and book.actors[idx].sector in ("MIL", "REB", "COP") for w in sent)


def _judged_as(lex: Lexicon, book: ActorBook, t: Token) -> bool:
    """"Attacked the plan as vacuous", "attacked ministers for failing to act": with no violence in the
    sentence, the attack is a verdict given in words ("as a reprisal" still tells of blows)."""
    if t.lemma_ not in ("attack", "hit", "strike") or _violent(lex, book, sent_of(t)):
        return False  # only words that also name a verbal attack ("set alight for stealing" is not one)
    doc = t.doc
    for c in t.children:
        after = doc[c.i + 1] if c.i + 1 < len(doc) else None
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i and after is not None and (
                after.pos_ == "ADJ" or after.is_quote or (after.lower_ in ("a", "an") and c.i + 2 < len(doc)
                                                          and doc[c.i + 2].is_quote)):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in c.children):
            return True
    return False


def _in_question(clause: Token) -> bool:
    """The event's clause is an indirect question: "whether ..." anywhere, "if ..." under a verb of
    asking or wondering ("asked if they would withdraw")."""
    cur = clause
    for _ in range(3):
        marks = {c.lower_ for c in cur.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and cur.dep_ == "ccomp" and cur.head.lemma_ in QUESTION_VERBS):
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head  # "whether he would agree to resign": the question governs the whole chain
    return False


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


def _has_condition(v: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in v.subtree)


def _place_token(doc: Doc, t: Token, clause: Token) -> Token | None:
    """A location attached to the trigger, else to its clause's verb: never just any place in the sentence."""
    for head in (t, clause):
        for c in head.children:
            if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC"):
                return c
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj":
                        place = _place_in(o)
                        if place is not None:
                            return place
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
                # "a Masvingo bank branch was burnt": the place named inside the subject
                inner = next((m for m in c.children if m.dep_ == "compound" and m.ent_type_ in ("GPE", "LOC", "FAC")
                              and c.ent_iob_ != "I"), None)  # not "United" of "the United States" as subject
                if inner is not None:
                    return inner
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in LOCATION_PREPS:
                        for o in p.children:
                            place = _place_in(o)
                            if place is not None:
                                return place
                deeper = _nested_location(c)
                if deeper is not None:
                    return deeper  # "shelled a camp for displaced people near X": X is where the camp is
    return None


def _nested_location(np: Token) -> Token | None:
    """A place in a locative phrase deeper inside a noun phrase, reached through prepositions and
    nouns only (no clause in between)."""
    for p in np.subtree:
        if p.dep_ != "prep" or p.lower_ not in VENUE_PREPS or p.head.i == np.i:
            continue
        path, ok = p.head, True
        while path.i != np.i:
            if path.pos_ in ("VERB", "AUX") or path.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                ok = False
                break
            path = path.head
        if ok:
            place = next((_place_in(o) for o in p.children if o.dep_ == "pobj"), None)
            if place is not None:
                return place
    return None


def _place_in(o: Token) -> Token | None:
    """The place a locative phrase names; of "Nigeria's northwestern Zamfara state", the state: the
    possessor is the country round it."""
    found = [tok for tok in [o, *o.subtree] if tok.ent_type_ in ("GPE", "LOC", "FAC")]
    if not found or found[0].i == o.i:
        return found[0] if found else None
    owned = [tok for tok in found if tok.dep_ != "poss" and tok.head.dep_ != "poss"]
    return owned[0] if owned else found[0]


def _merge_nested(drafts: list[EventDraft]) -> list[EventDraft]:
    """One event per clause: a noun trigger that is the object or subject of a same-family verb
    trigger ("signed an accord", "the raids have hit") folds into the verb's event."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        t = d.trigger
        if t.pos_ == "VERB":
            continue
        head = t.head
        verb = by_token.get(head.i)
        if verb is None and t.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass",
                                                                                               "pobj"):
            # "hosted several rounds of negotiations", "launched a wave of strikes", "met for a second day of
            # talks": the measure's verb
            measure = head.head
            governor = measure.head.head if measure.dep_ == "pobj" else measure.head
            outer = by_token.get(governor.i)
            if outer is not None and outer.type == d.type:
                outer.target = outer.target or [a for a in d.target if a not in outer.source]
                drop.add(t.i)
            continue
        if verb is None or head.i == t.i:
            continue
        if verb.type == "ACCUSE" and d.type in ("ASSAULT", "COERCE") and t.dep_ == "dobj":
            # "condemned the attack that left two dead": the attack happened, and is a record of its own,
            # whose doer is not the one who condemns it
            d.source = [a for a in d.source if a not in verb.source]
            d.target = [a for a in d.target if a not in verb.source]
            continue
        if t.dep_ in ("dobj", "nsubj", "nsubjpass"):
            if not verb.source:
                verb.source = d.source
            if not verb.target:
                verb.target = [a for a in d.target if a not in verb.source]
            if verb.place_token is None:
                verb.place_token = d.place_token
            drop.add(t.i)
    for d in drafts:
        t = d.trigger
        if t.pos_ == "VERB" or t.i in drop:
            continue
        # "fired tear gas and water cannon": a same-kind noun inside the verb's object is that event's means
        cur = t
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            if cur.dep_ in ("dobj", "nsubjpass"):
                verb = by_token.get(cur.head.i)
                if verb is not None and verb.type == d.type and verb.trigger.i != t.i:
                    drop.add(t.i)
                break
            cur = cur.head
    return [d for d in drafts if d.trigger.i not in drop]


def _fold_promised(drafts: list[EventDraft]) -> list[EventDraft]:
    """"pledged 20 million euros in aid": the pledge (AGREE) is the event; the aid noun it promises,
    read as a planned AGREE of its own, is the same event again."""
    pledges = {d.trigger.i for d in drafts if d.type == "AGREE" and d.trigger.pos_ == "VERB"}
    # ("agreed on Wednesday to extend a ceasefire": what was agreed is the agreement, not a second one)
    agreed = {d.trigger.i for d in drafts if d.type == "AGREE" and d.trigger.lemma_ in ("agree", "commit", "pledge")}
    return [d for d in drafts if not (d.type == "AGREE" and d.status == "planned" and d.trigger.pos_ != "VERB"
                                      and d.clause is not None and d.clause.i in pledges)
            and not (d.type == "AGREE" and d.trigger.dep_ == "xcomp" and d.trigger.head.i in agreed)]


def _drop_eased_sanctions(drafts: list[EventDraft]) -> list[EventDraft]:
    """"The embargo is likely to be lifted", "lifted the sanctions": when the easing is itself an event,
    the sanction it eases is its object, not a new sanction."""
    easing = {d.trigger.i for d in drafts if d.type in ("CONCEDE", "RETREAT") and d.trigger.lemma_ in EASING_VERBS}

    def eased(t: Token) -> bool:
        if t.pos_ == "VERB" or t.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            return False
        near = [t.head, *(c for c in t.head.children if c.dep_ in ("xcomp", "acomp")),
                *(g for c in t.head.children if c.dep_ in ("xcomp", "acomp") for g in c.children
                  if g.dep_ == "xcomp")]
        return any(v.i in easing for v in near)

    return [d for d in drafts if not (d.type == "SANCTION" and eased(d.trigger))]


def _fold_threatened(drafts: list[EventDraft]) -> list[EventDraft]:
    """"Iran threatened to shell Iraqi towns": the threat is the event and the shelling did not
    happen; the threat takes the act's target and the act is dropped."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        if d.type != "THREATEN" or d.trigger.pos_ != "VERB":
            continue
        for c in d.trigger.children:
            if c.dep_ != "xcomp":
                continue
            # the threatened act is the infinitive, or an act named inside its clause ("threatened to
            # trigger the reimposition of sanctions")
            # (an act made a threat of its own by its future or condition folds in all the same)
            acts = [a for w in c.subtree if (a := by_token.get(w.i)) is not None and a is not d
                    and not (a.type == "THREATEN" and a.trigger.lemma_ in THREAT_VERBS)
                    and (w.i == c.i or a.type in COERCIVE | {"SANCTION", "THREATEN"})]
            for act in acts:
                aimed = [a for a in act.target if a not in d.source]
                d.target = d.target if (d.target and act.trigger.i != c.i) else (aimed or d.target)
                d.mode = d.mode or act.mode
                drop.add(act.trigger.i)
    return [d for d in drafts if d.trigger.i not in drop]


def _merge_chained(drafts: list[EventDraft]) -> list[EventDraft]:
    """"Forces shelled the village, killing four": one act told by two verbs of the same category,
    the second depending on the first, is one event with the roles and place of both."""
    by_token = {d.trigger.i: d for d in drafts}
    out: list[EventDraft] = []
    for d in drafts:
        head = d.trigger.head
        first = by_token.get(head.i)
        if first is None and d.trigger.dep_ == "conj" and head.pos_ == "VERB" and head.dep_ in ("advcl", "conj"):
            first = by_token.get(head.head.i)  # "..., killing three and wounding 11": "killing" was folded away
        if first is None and d.trigger.dep_ == "advcl" and d.trigger.tag_ == "VBG" and head.lemma_ in CARRIER_VERBS:
            # "launched one of its largest attacks ..., striking power plants": the attack, told on
            first = next((by_token[o.i] for o in head.children if o.dep_ == "dobj" and o.i in by_token), None) or next(
                (by_token[w.i] for o in head.children if o.dep_ == "dobj" for w in o.subtree if w.i in by_token), None)
        # (not two different acts of one kind: "fired tear gas to disperse protesters, detaining 47" disperses
        # and arrests)
        # (and a result told by a participle of another kind: "fired a water cannon at the boat, damaging its
        # mast and injuring two crew": what the firing did)
        result = d.trigger.tag_ == "VBG" and d.trigger.lemma_ in RESULT_VERBS and d.trigger.dep_ in (
            "advcl", "conj", "xcomp") and first is not None and first.type in ("ASSAULT", "COERCE")
        # (two acts joined by "and" stay two unless the second is what the first did: "put firms on a list and
        # announced tariffs" are two sanctions; "shelled the village and killed four" is one attack)
        separate = d.trigger.dep_ == "conj" and first is not None and d.trigger.head.i == first.trigger.i \
            and d.trigger.lemma_ not in RESULT_VERBS and d.trigger.lemma_ != first.trigger.lemma_ \
            and d.type in ("SANCTION", "ACCUSE", "REQUEST", "AGREE", "REJECT")
        if (first is not None and first is not d and not separate and (first.type == d.type or result) and first in out
                and not (d.type == "COERCE" and first.mode and d.mode and first.mode != d.mode)
                and (not d.source or not first.source or set(d.source) == set(first.source))):
            by_token[d.trigger.i] = first  # "shelled X, killing three and wounding 11": all one act
            first.source = first.source or d.source
            first.target = first.target + [a for a in d.target if a not in first.target and a not in first.source]
            first.place_token = first.place_token or d.place_token
            first.mode = first.mode or d.mode
            continue
        out.append(d)
    return out


def _continue_definite(doc: Doc, drafts: list[EventDraft]) -> list[EventDraft]:
    """A definite event noun without a source ("The raids ...") continues the latest earlier
    event of the same category within three sentences. When it adds nothing to that event (no
    target, place, object or figure of its own: "The attack came a day after talks failed"), it is
    the same event mentioned again and is dropped."""
    sent_index = {s.start: i for i, s in enumerate(sentences(doc))}
    repeats: set[int] = set()
    for n, d in enumerate(drafts):
        if d.trigger.pos_ == "VERB":
            continue
        if not any(c.lower_ in ("the", "these", "those", "such", "that", "this") for c in d.trigger.children):
            continue
        if d.source and not d.target:
            # "the negotiations" in a story about negotiations are those: same counterpart
            for e in reversed(drafts[:n]):
                if e.type == d.type and e.target:
                    d.target = [a for a in e.target if a not in d.source]
                    break
            continue
        if d.source:
            continue
        si = sent_index.get(d.sentence.start, 0)
        near = [e for e in drafts[:n] if e.type == d.type and si - sent_index.get(e.sentence.start, 0) <= 3]
        for e in reversed(near):
            if e.source:
                if _bare_mention(d):
                    repeats.add(n)
                d.source = list(e.source)
                d.target = d.target or list(e.target)
                break
        else:
            if any(e.type == d.type for e in drafts[:n]) and _bare_mention(d):
                repeats.add(n)  # "The protests are the largest in years": the protests told before
    return [d for n, d in enumerate(drafts) if n not in repeats]


def _bare_mention(d: EventDraft) -> bool:
    t = d.trigger
    verb = t.head
    says_more = any(c.dep_ in ("dobj", "attr", "acomp", "oprd") for c in verb.children) if t.dep_ == "nsubj" else True
    if t.dep_ == "nsubj" and verb.lemma_ == "be":
        says_more = False  # "the attack was an act of terror": a verdict on the event, not more of it
    if t.dep_ == "pobj" and t.head.head.lemma_ in TALKING_VERBS:
        says_more = False  # "did not comment on the strikes"
    if t.dep_ == "dobj" and verb.lemma_ in MENTIONING_VERBS:
        says_more = False  # "could undermine the talks", "welcomed the talks": the talks told before
    # figures of the event's own clause, not of one it is set after ("The talks come after police seized two ...")
    aside = {w.i for c in verb.children if c.dep_ in ("advcl", "relcl", "ccomp", "parataxis") or (
        c.dep_ == "prep" and c.lower_ in BACKGROUND_PREPS) for w in c.subtree}
    figures = any(w.like_num and w.ent_type_ not in ("DATE", "TIME") and w.i not in aside for w in d.sentence)
    own = any(c.dep_ not in ("det", "punct", "relcl") for c in t.children)  # (an aside: ", which could not ...")
    return not (d.target or d.place_token is not None or d.objects or figures or own or says_more)


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
        if not d.source and d.claimed_by is not None and d.type in ("CONSULT", "AGREE", "COOPERATE"):
            # "a joint meeting with X is planned", says Y: Y's side is the one meeting X
            d.source = [d.claimed_by]
            d.target = [a for a in d.target if a != d.claimed_by]
        if not d.source and d.claimed_by is not None and d.trigger.lemma_ in STATE_ACTS:
            state = _reporting_state(book, d)
            if state is not None:
                d.source = [book.country_actor(state)]
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
                for e in reversed(earlier):
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
        thing_did_it = d.trigger.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in FLYING_WEAPONS | ATTACK_NOUNS or c.lower_ in FLYING_WEAPONS)
            for c in d.trigger.children)
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
        if not d.target and (d.type in PLACE_TARGET_TYPES or visit) and d.source and d.place_token is not None:
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
            for iso in countries:
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
    return {c: next(iter(others)) for c, others in pairs.items() if len(others) == 1}


DENY_VERBS = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "contradict"})
CLAIM_NOUNS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations", "account", "statement",
                         "suggestion", "suggestions", "insinuation", "insinuations", "accusation", "accusations"})


def _mark_disputes(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> None:
    """"X said its forces took the town. Y denied the claim.": the claimed event stays X's claim and
    becomes disputed by Y, so both sides' versions stay visible."""
    index: dict[int, int] | None = None  # sentence start -> its number, read only when a denial is found
    for t in doc:
        if t.lemma_ not in DENY_VERBS or t.pos_ != "VERB":
            continue
        about_claim = any(c.dep_ in ("dobj", "ccomp") and (c.lower_ in CLAIM_NOUNS or c.dep_ == "ccomp")
                          for c in t.children)
        if not about_claim:
            continue
        subj = _subject(t)
        deniers = _subject_actors(book, subj) if subj is not None else []
        if not deniers:
            continue
        if index is None:
            index = {sent.start: i for i, sent in enumerate(sentences(doc))}
        here = index.get(sent_of(t).start, 0)
        for d in reversed(drafts):
            gap = here - index.get(d.sentence.start, 0)
            if d.trigger.i >= t.i or gap > 2 or d.claimed_by is None or d.claimed_by in deniers:
                continue
            d.verification = "disputed"
            d.disputed_by = [a for a in deniers if a not in d.disputed_by]
            # "Y dismissed the claim": Y rejects the one who made it
            rejection = next((r for r in drafts if r.trigger.i == t.i and r.type == "REJECT"), None)
            if rejection is not None and d.claimed_by is not None and (not rejection.target or any(
                    book.actors[a].country in {book.actors[x].country for x in deniers} for a in rejection.target)):
                rejection.target = [d.claimed_by]
            elif rejection is None and t.lemma_ == "deny" and _countries(book, deniers).isdisjoint(
                    _countries(book, [d.claimed_by])):
                # "Pakistan said it destroyed Indian posts. India denied that any had been damaged": India
                # rejects Pakistan's claim; the denied damage, told by no one's hand, is that rejection
                drafts.append(EventDraft(type="REJECT", trigger=t, sentence=sent_of(t), clause=t, source=deniers,
                                         target=[d.claimed_by]))
                drafts[:] = [x for x in drafts if not (x.status == "denied" and not x.source and x.trigger.i > t.i
                                                       and x.sentence.start == sent_of(t).start)]
            break


BOTH_CLAIMS = re.compile(r"\b(?:neither|either|both)\b.{0,20}\b(?:claims?|reports?|accounts?|sides?)\b|"
                         r"\b(?:the|these|those|their) (?:claims|reports|accounts)\b", re.I)


#: What a side calls the other side's claims when it rejects them: "called the accusations unfounded".
DISMISSIVE = frozenset({"unfounded", "baseless", "groundless", "false", "absurd", "lie", "lies", "fabricated",
                        "fabrication", "nonsense", "ridiculous", "untrue", "fake", "propaganda", "slander",
                        "fiction", "provocation", "misinformation", "disinformation"})


def _dismissals(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"X called the accusations unfounded", "branded the reports lies": a rejection of whoever made them
    (the target is found with the other rejections of "the accusations")."""
    out: list[EventDraft] = []
    for verb in doc:
        if verb.i in taken or verb.lemma_ not in ("call", "describe", "brand", "label", "term", "dub") \
                or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        verdict = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "attr")
                        or (c.dep_ == "prep" and c.lower_ == "as")), None) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None)  # (the parser may hang the verdict on the object)
        if obj is None or verdict is None:
            continue
        said = [*verdict.subtree, *(w for w in obj.subtree if w.i > obj.i)]  # ("the accusations "absurd"")
        words = {w.lower_ for w in said} | {w.lemma_.lower() for w in said}
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        if not source:
            continue
        if obj.lemma_.lower() in CLAIM_NOUNS | {"accusation", "allegation", "charge", "claim", "report"}:
            if words & DISMISSIVE:
                out.append(EventDraft(type="REJECT", trigger=verb, sentence=sent_of(verb), clause=verb,
                                      source=source))
        elif words & (VERDICT_NOUNS | VERDICT_ADJECTIVES | {"provocation", "provocations"}):
            # "called the launches a clear provocation": a verdict on another side's act is a reproach of it
            out.append(EventDraft(type="ACCUSE", mode="disapprove", trigger=verb, sentence=sent_of(verb),
                                  clause=verb, source=source, verdict_on=obj))
    return out


#: What one side calls the other's act when it condemns it: "this was sabotage", "an act of aggression".
VERDICT_NOUNS = frozenset({"sabotage", "aggression", "provocation", "violation", "terrorism", "crime", "crimes",
                           "massacre", "genocide", "atrocity", "invasion", "piracy", "blackmail", "escalation",
                           "war", "terror", "murder"})
#: Nouns that refer back to a decision or act of a state told before: "concerned by the verdicts".
REFERRED_ACTS = frozenset({"verdict", "ruling", "sentence", "decision", "move", "arrest", "detention", "crackdown",
                           "measure", "law", "action", "conviction", "ban", "expulsion", "sanction"})
CONCERNED = frozenset({"concerned", "alarmed", "troubled", "dismayed", "appalled", "outraged", "disturbed",
                       "worried", "shocked"})
VERDICT_ADJECTIVES = frozenset({"reckless", "dangerous", "illegal", "unlawful", "provocative", "aggressive",
                                "unacceptable", "irresponsible", "criminal", "cowardly", "barbaric", "brutal",
                                "outrageous", "unprovoked", "heinous", "despicable", "shameful", "hostile",
                                "flagrant", "blatant", "inhumane", "terrorist"})


def _verdicts(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"This was a reckless and dangerous act", "it was sabotage ordered from Minsk": a side's verdict on the
    other side's act is PLOVER's ACCUSE; its source is whoever says it (filled once quotes have speakers),
    its target the author of the last hostile act told before."""
    out: list[EventDraft] = []
    taken = {d.trigger.i for d in drafts}
    for word in doc:
        if word.lower_ not in CONCERNED or word.i in taken:
            continue
        # "The EU said it was concerned by the verdicts": a voiced concern is a reproach of whoever did it
        if word.dep_ == "acomp" and word.head.lemma_ == "be":
            subj = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        elif any(c.dep_ == "auxpass" for c in word.children):
            subj = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
        else:
            continue
        speakers = _subject_actors(book, subj) if subj is not None else []
        if not speakers:
            continue
        about = [o for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "over", "at")
                 for o in c.children if o.dep_ == "pobj"]
        doers = [a for o in about for e in drafts if e.trigger.i == o.i for a in e.source]
        if not doers and any(o.lemma_.lower() in REFERRED_ACTS for o in about):
            # "concerned by the verdicts": by the last act of another side told before
            last = next((e for e in reversed(drafts) if e.trigger.i < word.i and e.source and e.type in HOSTILE_ACTS
                         and not set(e.source) & set(speakers)), None)
            doers = list(last.source) if last is not None else []
        out.append(EventDraft(type="ACCUSE", mode="disapprove", trigger=word, sentence=sent_of(word), clause=word,
                              source=speakers, target=[a for a in doers if a not in speakers]))
    for root in doc:
        # "'The United States should correct its wrong practices,' ...": an obligation a quoted speaker lays on
        # another side is a demand, from the speaker (filled once quotes have speakers) to that side
        if root.dep_ == "ROOT" and root.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ in ("should", "must") for c in root.children) and any(
                w.is_quote for w in sent_of(root)) and root.lemma_ not in STATES:
            obliged = next((c for c in root.children if c.dep_ == "nsubj"), None)
            targets = book.resolve(obliged, create=False) if obliged is not None else []
            if targets and all(book.actors[a].kind in ("country", "organization") for a in targets):
                told = next((d for d in drafts if d.trigger.i == root.i), None)
                if told is not None:  # ("should lift these tariffs": the lifting is what is demanded, not done)
                    told.type, told.mode, told.status = "REQUEST", None, "occurred"
                    told.source, told.target, told.verdict = [], targets, True
                else:
                    out.append(EventDraft(type="REQUEST", trigger=root, sentence=sent_of(root), clause=root,
                                          target=targets, verdict=True))
                continue
        # (the copula of the sentence, or of what a speaker is quoted saying: "'This was ...,' he said")
        if root.lemma_ != "be" or root.dep_ not in ("ROOT", "ccomp", "parataxis", "conj") or any(
                c.dep_ == "neg" for c in root.children):
            continue
        sent = sent_of(root)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in root.children if c.dep_ in ("attr", "acomp")), None)
        if subj is None or attr is None or attr.i in taken or subj.lower_ not in ("this", "it", "that"):
            continue
        words = {attr.lemma_.lower(), *(c.lower_ for c in attr.subtree)}
        if attr.lemma_.lower() not in VERDICT_NOUNS and not words & VERDICT_ADJECTIVES:
            continue
        here = sentence_number(doc, root.i)
        act = next((e for e in reversed(drafts) if e.type in HOSTILE_ACTS and e.source and e.trigger.i < root.i
                    and here - sentence_number(doc, e.trigger.i) <= 3), None)
        d = EventDraft(type="ACCUSE", mode="disapprove", trigger=attr, sentence=sent, clause=root,
                       target=list(act.source) if act is not None else [], verdict=True)
        d.claimed_by = claimant(book, root)
        out.append(d)
    return out


AID_CARRIERS = frozenset({"convoy", "convoys", "truck", "trucks", "lorry", "lorries", "shipment", "shipments",
                          "airlift", "flight", "flights", "ship", "vessel"})
AID_GOODS_WORDS = frozenset({"aid", "humanitarian", "food", "medicine", "medicines", "relief", "supplies", "fuel",
                             "water", "grain", "flour", "medical"})


def _aid_arrivals(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"A U.N. convoy carrying food reached the town", "aid trucks entered Gaza": relief that arrives is
    PLOVER's AID, from whoever the convoy is named for, to the country where it arrives."""
    out: list[EventDraft] = []
    for verb in doc:
        if verb.i in taken or verb.pos_ != "VERB" or verb.lemma_ not in ("reach", "arrive", "enter", "cross"):
            continue
        carrier = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in AID_CARRIERS), None)
        if carrier is None or not ({w.lower_ for w in carrier.subtree} & AID_GOODS_WORDS or any(
                (a := book.at(w)) is not None and book.actors[a].sector in ("IGO", "NGO") for w in carrier.subtree)):
            continue
        senders = [a for w in carrier.subtree if w.i < carrier.i and (a := book.at(w)) is not None]
        d = EventDraft(type="AID", trigger=verb, sentence=sent_of(verb), clause=verb, source=senders[:1],
                       agentless=not senders)  # (relief that arrives is a record even when no donor is named)
        d.place_token = _place_token(doc, verb, verb)
        if d.place_token is not None and (iso := toponym_country(d.place_token)):
            d.target = [book.country_actor(iso)]
        d.claimed_by = claimant(book, verb)
        out.append(d)
    return out


def _one_protest(drafts: list[EventDraft]) -> list[EventDraft]:
    """"Summoned the envoy to lodge a strong protest": one diplomatic protest told by two words; the
    inner one (inside the other's clause, same side) is dropped."""
    protests = [d for d in drafts if d.type == "ACCUSE"]
    inner = {id(d) for d in protests for e in protests if e is not d and e.source == d.source
             and e.sentence.start == d.sentence.start and d.trigger.i > e.trigger.i
             and _purpose_of(d.trigger, e.trigger)}
    # "rallies were held in Batumi, where several hundred people marched": one protest told twice
    for d in drafts:
        t = d.trigger
        rel = next((a for a in (t, *list(t.ancestors)[:2]) if a.dep_ == "relcl"), None)
        if d.type == "PROTEST" and rel is not None and any(
                e is not d and e.type == "PROTEST" and e.sentence.start == d.sentence.start and e.trigger.i < t.i
                and (rel.head in e.trigger.subtree or rel.head in e.trigger.head.subtree) for e in drafts):
            inner.add(id(d))
    # "retaliated with strikes on Iran": the strikes are the retaliation, one act
    by_token = {d.trigger.i: d for d in drafts}
    for d in drafts:
        t = d.trigger
        outer = by_token.get(t.head.head.i) if t.dep_ == "pobj" and t.head.lower_ == "with" else None
        if outer is not None and outer.type == d.type and outer is not d:
            outer.place_token = outer.place_token or d.place_token
            outer.target = outer.target or d.target
            inner.add(id(d))
    return [d for d in drafts if id(d) not in inner]


def _test_launch(t: Token) -> bool:
    """Missiles launched into the sea, off a coast or as a test, with no one named as hit."""
    if not any(c.dep_ == "dobj" and any(w.lower_ in ("missile", "missiles", "rocket", "rockets") for w in c.subtree)
               for c in t.children):
        return False
    sent = sent_of(t)
    low = sent.text.lower()
    return any(cue in low for cue in (" into the sea", "off its", "off the", " test", "splashed", "into waters"))


DISASTER_WORDS = frozenset({"earthquake", "quake", "flood", "floods", "flooding", "landslide", "landslides", "cyclone",
                            "hurricane", "typhoon", "storm", "tsunami", "wildfire", "wildfires", "drought", "eruption",
                            "tremor", "aftershock", "aftershocks", "mudslide", "mudslides", "avalanche", "downpour"})


def armed_report(doc: Doc) -> bool:
    """The report names weapons (drones, missiles, shells): a "hit" in it is a strike, not a storm's.
    Read once per document."""
    cached = doc.user_data.get("sitrep_armed")
    if cached is None:
        weapons = lexicon().weapon_words
        cached = doc.user_data["sitrep_armed"] = any(t.lower_ in weapons for t in doc)
    return bool(cached)


def _disaster_report(doc: Doc) -> bool:
    """The report is about a natural disaster and names no weapon: its damage and its dead are nature's."""
    cached = doc.user_data.get("sitrep_disaster")
    if cached is None:
        cached = sum(t.lower_ in DISASTER_WORDS for t in doc) >= 2 and not armed_report(doc)
        doc.user_data["sitrep_disaster"] = cached
    return bool(cached)


def _purpose_of(inner: Token, outer: Token) -> bool:
    """INNER lies in an infinitive of purpose hung on OUTER ("summoned the envoy | to lodge a protest")."""
    cur = inner
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == outer.i:
            return cur.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        cur = cur.head
    return False


def _denies_for_itself(book: ActorBook, sent: Span, d: EventDraft) -> bool:
    """The sentence's denial is made by the one who claims or did D: it disputes something else."""
    mine = {d.claimed_by, *d.source} - {None}
    for t in sent:
        if t.lemma_ in ("deny", "dispute", "reject") and t.pos_ == "VERB" and t.i != d.trigger.i:
            subj = _subject(t)
            deniers = set(_subject_actors(book, subj)) if subj is not None else set()
            if deniers and deniers <= mine:
                return True
    return False


def _verified_after(doc: Doc, drafts: list[EventDraft]) -> None:
    """"X said its fighters hit a base. The claim could not be independently verified.": a short sentence
    of its own that says a report could not be checked speaks of the events of the sentence before."""
    sents = sentences(doc)
    by_start: dict[int, list[EventDraft]] = {}
    for d in drafts:
        by_start.setdefault(d.sentence.start, []).append(d)
    for n, sent in enumerate(sents[1:], start=1):
        if len(sent) > 20 or sent.start in by_start or verification_of(sent) != "unverified":
            continue
        # (the sentence before may be a closing attribution split off its report: "..., | a leader said.")
        told = next((by_start[sents[k].start] for k in (n - 1, n - 2) if k >= 0 and sents[k].start in by_start), [])
        if BOTH_CLAIMS.search(sent.text):
            # "Neither claim could be verified": the two claims told in the sentences before
            told = [d for k in (n - 1, n - 2) if k >= 0 for d in by_start.get(sents[k].start, [])
                    if d.claimed_by is not None]
        for d in told:
            if d.verification is None:
                d.verification = "unverified"
                if d.claimed_by is not None and d.status == "occurred":
                    d.status = "claimed"


def accusations(book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """A party reporting violence against its own side by another ("attacks by X", says Y's
    ministry) is also accusing X: PLOVER codes that as ACCUSE from the claimant to the attacker."""
    out: list[EventDraft] = []
    said = {(d.sentence.start, a, b) for d in drafts if d.type == "ACCUSE" for a in d.source for b in d.target}
    for d in drafts:
        # (a passive's subject with no agent suffered the attack: "civilians were killed" accuses no one)
        doers = [a for a in d.source if a not in d.target]
        if d.type != "ASSAULT" or d.claimed_by is None or not doers or d.claimed_by in doers or d.inherited \
                or d.status not in ("occurred", "ongoing", "claimed"):
            continue
        claimant_country = book.actors[d.claimed_by].country
        doer_countries = {book.actors[a].country for a in doers}
        # (police telling of a gang's raid report a crime; only another country's side is accused)
        if not claimant_country or claimant_country in doer_countries or None in doer_countries:
            continue
        if any((d.sentence.start, d.claimed_by, a) in said for a in doers):
            continue  # "X accused Y of sending troops to fight": the accusation is told already
        out.append(EventDraft(type="ACCUSE", trigger=d.trigger, sentence=d.sentence, mode="allege",
                              source=[d.claimed_by], target=doers, claimed_by=d.claimed_by,
                              clause=d.clause, verification=d.verification))
    return out


def _main_country(book: ActorBook) -> str | None:
    counts: dict[str, int] = {}
    for a in book.actors:
        if a.country:
            counts[a.country] = counts.get(a.country, 0) + len(a.mentions) + 1
    for top in book.doc._.toponyms or []:
        if top.country:
            counts[top.country] = counts.get(top.country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None  # two countries as present as each other: the document has no main one
    return ranked[0][0]

