"""The spaCy stage itself: the ``sitrep_events`` factory and ``EventsStage``, which finds triggers,
codes each into a draft with the rules of the other modules, and runs the document-wide rules.

The factory is registered once, when ``sitrep.nlp.events`` is first imported (its ``__init__``
imports this module).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.nlp import extensions, fiction
from sitrep.nlp.actors import ISSUED_TEXTS, ActorBook, author_of_text
from sitrep.nlp.attribution import claimant, verification_of
from sitrep.nlp.events.claims import (
    _claims_called_false,
    _condemned_abroad,
    _denies_for_itself,
    _dismissals,
    _mark_disputes,
    _verdicts,
    _verified_after,
    accusations,
    accused_wording,
    claims_answered,
    denials,
    pressure_until,
    responsibility_assigned,
    ultimatums,
    unlawful_acts,
    warnings_to_anyone,
)
from sitrep.nlp.events.contests import _contest_sentence, _contest_story, _judged_as, _violent
from sitrep.nlp.events.custody import justice_readings
from sitrep.nlp.events.discourse import (
    _condition_targets,
    _fill_from_discourse,
    _pronoun_attackers,
    _retaliation_targets,
    _returned_fire_targets,
    speakers_own_threats,
)
from sitrep.nlp.events.draft import EventDraft, _tells_with
from sitrep.nlp.events.harm import _accident_scene, _culled, _disaster_report, _flown, _natural_cause, _test_launch
from sitrep.nlp.events.location import _place_token
from sitrep.nlp.events.merging import (
    _acts_referred_to,
    _continue_definite,
    _crowd_control,
    _drop_eased_sanctions,
    _fold_promised,
    _fold_threatened,
    _fold_tolls,
    _merge_chained,
    _merge_nested,
    _one_protest,
)
from sitrep.nlp.events.orders import orders_given
from sitrep.nlp.events.participants import (
    _agent_subject,
    _armed_antecedent,
    _armed_subject,
    _came_under_attack,
    _countries,
    _governing_subject,
    _headline_subject,
    _misparsed_first_verb_subject,
    _object_actors,
    _own_agent,
    _own_side,
    _people_like,
    _perfect_split_by_duration,
    _reciprocal,
    _subject,
    _subject_actors,
    _subjects,
    speakers_conjoined_acts,
)
from sitrep.nlp.events.refusals import denials_answered, no_one, refused_whom, with_rejections
from sitrep.nlp.events.status import (
    _asked_for,
    _asked_to,
    _asked_to_do,
    _averted,
    _calls_off,
    _has_condition,
    _in_question,
    _not_permitted,
    _prevented,
    _status,
    ability_only,
    habitual,
    hypothetical_request,
)
from sitrep.nlp.events.story import fill_from_story
from sitrep.nlp.events.targets import (
    _against_modifier,
    _borders_closed_on,
    _complained_about,
    _country_weights,
    _deployments_facing,
    _domestic,
    _domestic_target,
    _first_actor_below,
    _light_verb_recipient,
    _official,
    _one_sided_acts_aimed,
    _protest_target,
    _relief_at_home,
    _state_measures_at_home,
    _target_in_object,
    _target_objects,
    _victims_at_home,
)
from sitrep.nlp.events.triggers import (
    _advises_the_public,
    _aid_arrivals,
    _asks_a_question,
    _asks_something,
    _assault_mode,
    _called_on_someone,
    _capitalised_opening,
    _clause_verb,
    _describes_noun,
    _fought_thing,
    _governed_by_agent_verb,
    _has_listed_object,
    _idle_means,
    _in_prep_phrase,
    _incursions,
    _meets_terms,
    _object_in,
    _offers_terms,
    _phone_calls,
    _released_things,
    _resolve_warnings,
    _sets_alight,
    _sighted,
    _sightings,
    _takes_ground,
    _takes_over_business,
    _walkout,
    _warns_of_consequences,
    _word_is,
    calls_a_protest,
)
from sitrep.nlp.events.vocabulary import (
    ABSTRACT_OBJECTS,
    ACCESS_WORDS,
    ACCUSING_VERBS,
    AGREEMENT_NOUNS,
    AID_GOODS,
    AILMENTS,
    ALLOWED_THINGS,
    ANONYMITY_VERBS,
    ARMED_MEN,
    ARMED_OR_OFFICIAL,
    ASKING_VERBS,
    BACKGROUND_PREPS,
    BODY_PARTS,
    BROKERING,
    CAPTIVES_CARRIED,
    CAPTURE_LEMMAS,
    CEASEFIRE_BREAKING,
    CHARGE_SAYING_VERBS,
    CIRCUMSTANCES,
    CIVIL_ARENAS,
    CLAIM_NOUNS,
    COERCIVE,
    COMMITMENT_NOUNS,
    CONDEMNING_VERBS,
    CONTEST_ARENAS,
    CONTEST_VERBS,
    CONTROL_POINTS,
    CROWD_CONTROL,
    CROWD_SECTORS,
    CUSTOMERS,
    CYBER_WORDS,
    DELIBERATING_VERBS,
    DEMAND_NOUNS,
    DIPLOMATIC_NOTES,
    DIRECTIVE_TYPES,
    DISRUPTING_VERBS,
    ENTRY_VERBS,
    EVACUEES,
    EXPELLED_CRAFT,
    FACING_VERBS,
    FIGURATIVE,
    FIRE_NOUNS,
    FIRING_GROUND,
    FORCE_SECTORS,
    FRAME_NOUNS,
    GATHERING_WORDS,
    GENERIC_ACT_NOUNS,
    GOOD_OFFICES,
    GREETED,
    GRID_WORDS,
    HANDED_THINGS,
    HELD_VERBS,
    HOSTILE_ACTS,
    HYPOTHETICAL,
    INTANGIBLES,
    IRREGULAR_FORMS,
    JOINT_WORDS,
    LEGAL_OBJECTS,
    LODGING_VERBS,
    MEETING_NOUNS,
    MENTION_VERBS,
    MENTIONING_VERBS,
    MILESTONES,
    MODIFIED_HEADS,
    MOVEMENT_VERBS,
    OBLIGATION_MODALS,
    OBLIGATION_TELLERS,
    OCCASION_PREPS,
    OFFERING_VERBS,
    OFFICE_OBJECTS,
    ON_SALE,
    ORDERING_VERBS,
    OWN_AGENT_NOUNS,
    OWN_CAUSES,
    OWN_FORCES,
    PEOPLE_MOVED,
    PERCEIVING_VERBS,
    PRIZE_OBJECTS,
    PROMISE_HEADS,
    PROTEST_PURPOSES,
    PROTEST_VERBS,
    PUBLISHED_THINGS,
    RECIPROCALS,
    RECORDS,
    REFLEXIVES,
    REPRESSING_VERBS,
    RETURN_NOUNS,
    ROLES_HELD,
    RUBBLE_WORDS,
    RULING_NOUNS,
    SEARCHED_GROUND,
    SEVERING_VERBS,
    SIEGE_WORDS,
    SOCIAL_ILLS,
    STATES,
    STOPPAGE_SUBJECTS,
    STREET_BLOCKS,
    SYMPATHY_NOUNS,
    TAKEN_BY_FORCE,
    TALK_TYPES,
    TALKING_VERBS,
    TARGET_PREPS,
    TOPIC_NOUNS,
    TRADED,
    TROPHIES,
    UNDERGONE_NOUNS,
    VENUES,
    VERBAL_ARENAS,
    VESSEL_WORDS,
)
from sitrep.nlp.knowledge import country_code, demonym_country
from sitrep.nlp.lexicon import Trigger, lexicon
from sitrep.nlp.quantities import names_money
from sitrep.nlp.sentences import sent_of, sentence_number
from sitrep.nlp.syntax import headline_verb, reduced_passive, relative_clause_verb, with_lemmas, with_tags, with_words

_SET = frozenset({"set"})  # the verb of "set tyres on fire", looked up by lemma


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
        # the words a single-word trigger can be read from: its form, its lemma or an irregular form of it
        self.single_words = frozenset(self.words) | frozenset(IRREGULAR_FORMS)
        # the readings two word passes give without their own lexicon entry, looked up once: setting alight
        # ("set tyres on fire") and shooting at a side that "came under fire"
        self.ignite = next((trig for words, trig in self.phrases.get("set", [])
                            if words == ["set", "on", "fire"]), None)
        self.gunfire = next((trig for trig in self.words.get("fire", []) if not trig.objects), None)

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
        verdict_words: set[int] = set()
        dismissed = _dismissals(doc, book, {d.trigger.i for d in drafts}, verdict_words)
        drafts = [d for d in drafts if d.trigger.i not in verdict_words] + dismissed
        drafts += _claims_called_false(doc, book, {d.trigger.i for d in drafts})
        drafts = with_rejections(doc, book, drafts)
        drafts += _verdicts(doc, book, drafts)
        drafts += unlawful_acts(doc, book, drafts)
        drafts += warnings_to_anyone(doc, book, drafts)
        drafts += pressure_until(doc, book, drafts)
        drafts += ultimatums(doc, book, drafts)
        drafts += responsibility_assigned(doc, book, {d.trigger.i for d in drafts})
        drafts += _aid_arrivals(doc, book, {d.trigger.i for d in drafts})
        drafts += _sightings(doc, book, {d.trigger.i for d in drafts})
        justice, covered = justice_readings(doc, book, drafts)
        drafts = [d for d in drafts if d.trigger.i not in covered] + justice
        ordered, covered = orders_given(doc, book, drafts)
        drafts = [d for d in drafts if d.trigger.i not in covered] + ordered
        # forces in another state's airspace and warnings of "all necessary measures" replace what their verbs
        # were read as alone (and the warning's own verbs are its wording: "to protect its sovereignty")
        readings = _incursions(doc, book) + _resolve_warnings(doc, book)
        replaced = {i.trigger.i for i in readings} | {
            w.i for i in readings if i.type == "THREATEN" for w in i.trigger.subtree}
        drafts = [d for d in drafts if d.trigger.i not in replaced] + readings
        drafts += _phone_calls(doc, book, {d.trigger.i for d in drafts})
        plot = fiction.plot_sentences(doc)
        # a film's, a novel's or a series' plot told in the words of news ("the film follows a hitman who
        # kills his boss") happened to no one
        drafts = [d for d in drafts if d.sentence.start not in plot and not fiction.in_fiction(d.trigger)
                  and not fiction.filmed(d.trigger)]
        state["plot_sentences"] = plot  # the victims told there are no one's casualties
        drafts.sort(key=lambda d: d.trigger.i)
        drafts = _claimed_acts(drafts)
        drafts = _continue_definite(doc, drafts)
        drafts = _acts_referred_to(drafts)
        drafts = _crowd_control(drafts)
        drafts = _merge_nested(drafts)
        drafts = _drop_eased_sanctions(drafts)
        drafts = _fold_promised(drafts)
        drafts = _fold_threatened(drafts)
        folded: set[int] = set()
        drafts = _fold_tolls(doc, book, drafts, folded)
        state["folded_tolls"] = folded
        speakers_conjoined_acts(book, drafts)
        _fill_from_discourse(doc, book, drafts)
        _pronoun_attackers(drafts)
        drafts = _merge_chained(drafts)
        self._condemned_doers(book, drafts)
        drafts = _one_protest(drafts)
        _verified_after(doc, drafts)
        drafts += accusations(book, drafts)
        denials(book, drafts)
        claims_answered(book, drafts)
        _mark_disputes(doc, book, drafts)
        _retaliation_targets(book, drafts)
        _returned_fire_targets(book, drafts)
        _condition_targets(book, drafts)
        # (the accusation carries the charge; "they can arrest us" tells no arrest; and an act told as not done,
        # "it did not blame Turkey", "the Houthis have not attacked since the truce", is no event: PLOVER codes
        # none, and none of the 38 such events read from the team's articles matched a reference event)
        drafts = [d for d in drafts if not accused_wording(d) and not ability_only(d) and not d.negated
                  and not habitual(d) and not hypothetical_request(d)]
        # ("the union denied that its members had thrown stones": the denial is coded, as its REJECT; the
        # stone-throwing it denies is no act of its own, unless someone else's claim tells it)
        _venues_are_no_targets(book, drafts)
        rejecting = {d.sentence.start for d in drafts if d.type == "REJECT"}
        drafts = [d for d in drafts if not (d.status == "denied" and d.type != "ACCUSE"
                                            and d.sentence.start in rejecting)]
        for d in drafts:
            if d.type == "PROTEST" and not d.target:
                d.target = _protest_target(doc, book, d)
            elif not d.target and not d.answer and (len(d.source) == 1 or (d.agentless and not d.source)):
                # (two sides that "failed to agree in X" act on each other, not on X's country)
                d.target = _domestic_target(doc, book, d)
        _victims_at_home(doc, book, drafts)
        _relief_at_home(doc, book, drafts)
        _condemned_abroad(book, drafts)
        _held_at_home(book, drafts)
        _state_measures_at_home(doc, book, drafts)
        weights = _country_weights(book)  # (once: who the story is about does not change between the two)
        _deployments_facing(book, drafts, weights)
        _one_sided_acts_aimed(book, drafts, weights)
        _borders_closed_on(book, drafts, weights)
        _violations_charged(book, drafts)
        _warnings_not_to_allow(drafts)
        _seized_by_armed_men(book, drafts)
        _talks_behind_a_deal(drafts)
        _release_demanded_of_the_holder(book, drafts)
        sent = {d.trigger.i for d in drafts if d.type == "AID"}
        # ("offered to send structural engineers": the offer is the help planned, told once, as AID)
        drafts = [d for d in drafts if not (d.type == "AGREE" and d.trigger.lemma_ in OFFERING_VERBS and any(
            c.dep_ == "xcomp" and c.i in sent for c in d.trigger.children))]
        for d in drafts:
            swapped = d.trigger.lemma_ in ("exchange", "swap") and d.type == "RETREAT"  # "X and Y swapped prisoners"
            # "Ukraine and Russia each released 157 prisoners": each freed the other's
            swapped = swapped or (d.type == "RETREAT" and d.mode == "release" and len(_countries(book, d.source)) >= 2
                                  and all(book.actors[a].kind == "group" for a in d.target))
            offered = d.trigger.lemma_ in OFFERING_VERBS  # ("Spain and Israel offered help": to a third side)
            if len(d.source) >= 2 and (not d.target or swapped) and (_reciprocal(d.trigger) or swapped or (
                    d.type in ("CONSULT", "AGREE", "COOPERATE") and not offered and (
                        len(_countries(book, d.source)) >= 2 or _adversaries_at_home(book, d.source)))):
                # "accused each other", "Armenian and Azerbaijani negotiators met": each side is the other's target
                d.target = list(d.source)
                continue
            if d.type == "ASSAULT" and d.mode == "clash" and len(d.source) >= 2 and not d.target \
                    and not d.agentless:
                # "soldiers and rebels clashed": PLOVER codes a fight as a dyad, the side named first
                # acting on the other
                d.source, d.target = d.source[:1], d.source[1:]
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
        denials_answered(book, drafts)
        fill_from_story(book, drafts)  # (after the dyads: "X and Y clashed" is X on Y)
        refused_whom(book, drafts)  # (last: a refusal the story gives no one to is of the side that pressed)
        for d in drafts:
            if d.answer and not d.target:
                d.target = _domestic_target(doc, book, d)  # (no side pressed from abroad: a charge at home)
        speakers_own_threats(drafts)
        drafts.sort(key=lambda d: d.trigger.i)
        state["events"] = drafts
        doc._.sitrep_state = state
        return doc

    def _demanded_obligations(self, doc: Doc, book: ActorBook, taken: set[int]
                              ) -> list[tuple[EventDraft, Token]]:
        """"X said (that) Y must do Z": PLOVER reads a reported obligation as X's demand on Y.
        Each demand comes with the clause that states the act asked for."""
        out: list[tuple[EventDraft, Token]] = []
        for verb in with_lemmas(doc, OBLIGATION_TELLERS):
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
            if d.target and book.at(obj) is not None and book.at(obj) in d.target:
                continue  # "accused the army of bombing a village": the accused is named, not an act
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
        """Every trigger of the doc. Each pass reads only the tokens that can match it (found through the
        doc's arrays, ``with_words`` and ``with_tags``): reading all of them four times cost a tenth of
        the stages' time."""
        out: dict[int, tuple[Token, Trigger]] = {}
        for first in with_words(doc, self.phrases.keys()):
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
                if trig.type == "SUPPORT" and head.dep_ == "dobj" and head.head.lemma_ in SEVERING_VERBS:
                    continue  # "cut diplomatic relations": the ties are what is cut
                out[head.i] = (head, trig)
        for t in with_tags(doc, ("NN", "NNS")):  # (the only tags the two readings below start from)
            if t.i not in out and headline_verb(t):
                t.pos_, t.tag_ = "VERB", "VBP"
            elif t.i not in out and relative_clause_verb(t):
                t.pos_, t.tag_ = "VERB", "VBZ"
                for c in t.children:
                    if c.dep_ == "compound" and c.i < t.i:
                        c.dep_ = "nsubj"  # (the tagger hung the verb's subject on it as a noun's modifier)
        for t in with_words(doc, self.single_words):
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
        if self.ignite is not None:
            for t in with_lemmas(doc, _SET):
                if t.i not in out and _sets_alight(t):
                    out[t.i] = (t, self.ignite)
        if self.gunfire is not None:
            # "a patrol came under fire": the noun "fire" is no trigger alone (a house fire burns no one),
            # but under "came under" it is shooting at the subject
            for t in with_words(doc, FIRE_NOUNS):
                if t.i not in out and t.dep_ == "pobj" and t.head.lower_ == "under" and _came_under_attack(t.head.head):
                    out[t.i] = (t, self.gunfire)
        return sorted((p for p in out.values() if not _forgone(p[0])), key=lambda p: p[0].i)

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
        if trig.type == "MOBILIZE" and trig.lemma in ("search", "comb", "sweep") and any(
                c.dep_ == "dobj" and c.lemma_.lower() not in SEARCHED_GROUND for c in t.children):
            return False  # "police searched his home": a raid's search, not forces moving through ground
        if trig.lemma in ("annul", "invalidate") and (any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in t.children)
                                                       or _subject(t) is None):
            return False  # "elections are not annulled on rumour": a rule stated, no ruling made
        if trig.lemma == "link" and (t.dep_ in ("acl", "relcl", "amod") or any(
                c.dep_ in ("auxpass", "nsubjpass") for c in t.children) or _subject(t) is None
                or not any(c.dep_ == "dobj" for c in t.children)):
            return False  # "groups linked to al-Qaeda" describes them; "investigators linked the group to X" accuses
        if trig.type == "MOBILIZE" and t.lemma_ in ("fly", "airlift") and any(
                c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an")
                                                         for d in c.children) for c in t.children):
            return False  # "the six soldiers were flown home": people told before carried, not forces sent
        if trig.particle and not any(c.lower_ == trig.particle for c in t.children) and not (
                trig.particle == "of" and any(g.lower_ == "of" for c in t.children if c.dep_ == "dobj"
                                              for g in c.children)) and not (  # "cleared the town of militants"
                trig.particle == "for" and any(c.dep_ == "advcl" and any(
                    g.dep_ == "mark" and g.lower_ == "for" and g.i == t.i + 1 for g in c.children)
                    for c in t.children)):  # "called for the convictions to be quashed": "for" hung on the verb after
            return False
        if trig.objects and not _has_listed_object(t, trig):
            return False
        if trig.lemma == "surround" and (t.dep_ in ("amod", "acl", "compound", "pcomp") or not any(
                c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in t.children)):
            return False  # "from surrounding hills", "a kingdom surrounded by X": where, not an encirclement
        if trig.lemma == "bar" and trig.particle == "from" and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_ in ENTRY_VERBS for o in c.children)
                for c in t.children):
            return False  # "barred them from entering": an entry ban, read with the state that issued it
        if trig.lemma == "sign" and t.dep_ == "acl" and t.head.lemma_.lower() not in AGREEMENT_NOUNS:
            return False  # "a statement signed by the spokesman", "banners signed by a group": a signature, no deal
        if trig.lemma == "welcome" and is_verb and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower()
                                                                             in GREETED) for c in t.children):
            return False  # "crowds welcomed the returning fighters": a greeting, not backing for a policy
        if trig.lemma == "complain" and any(c.dep_ == "prep" and c.lower_ in ("of", "about") and any(
                o.lemma_.lower() in AILMENTS for o in c.children) for c in t.children):
            return False  # "complained of chest pains": an ailment, no reproach
        if trig.lemma == "regret" and any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.tag_ == "PRP$"
                                                                    for p in c.children) for c in t.children):
            return False  # "he regrets his decision": remorse, no reproach of anyone
        if is_verb and trig.particle == "on" and t.lemma_ == "call" and not _called_on_someone(t):
            return False  # "police were called to the store on Main Street", "called on Monday"
        if trig.type == "REQUEST" and trig.lemma == "call" and calls_a_protest(t):
            return False  # ("called a general strike for Tuesday": the lexicon's PROTEST reading of "call")
        if t.i >= 2 and t.doc[t.i - 1].text == "-" and t.tag_ in ("VBN", "VBG", "JJ") and t.i + 1 < len(t.doc) \
                and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in ("amod", "compound") \
                and (t.doc[t.i - 2].lower_ not in ("re", "co", "counter", "pre", "un", "de", "over", "out", "self")
                     or t.doc[t.i - 2].is_upper):
            # "the army-backed government", "a Saudi-led coalition", "a UN-backed force": a description, not an act
            return False
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
        if is_noun and any(c.dep_ in ("amod", "compound", "det") and c.lower_ in HYPOTHETICAL for c in t.children) \
                and not (t.dep_ == "dobj" and t.head.lemma_ in DELIBERATING_VERBS):
            return False  # ("further sanctions" weighed are a threat: "would consider further sanctions")
        if is_noun and t.dep_ == "attr" and t.head.lemma_ == "be":
            return False  # "every strike on the grid is a strike on diplomacy": a label, not a second act
        if is_noun and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in RETURN_NOUNS and any(
                c.dep_ in ("amod", "det") and c.lower_ in HYPOTHETICAL for c in t.head.head.children):
            return False  # "opposed any return of sanctions", "a possible resumption of strikes": none happened
        if is_verb and t.lemma_ in ("support", "back") and t.tag_ == "VBN" and t.dep_ in ("acl", "amod") \
                and any(c.dep_ == "agent" for c in t.children):
            return False  # "officers supported by a UN-backed force": who went with whom, not words of support
        if is_verb and t.lemma_ == "move" and (any(c.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children) or (
                t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "to" and t.doc[t.i + 2].is_lower
                and (t.doc[t.i + 2].tag_ in ("VB", "JJ") or t.doc[t.i + 2].pos_ == "VERB"))):
            # "police moved to clear the road" (the parser may read "to clear" as a place): set about it
            return False
        if is_verb and t.lemma_ == "beat" and any(p.dep_ == "prep" and p.lower_ in ("at", "in") and any(
                o.lower_ in CONTEST_ARENAS for o in p.subtree) for p in t.children):
            return False  # "they could not beat us at the ballot box": a defeat at the polls, not a beating
        if is_noun and t.dep_ == "pobj" and t.head.lower_ == "under" and trig.type in ("SANCTION", "AGREE"):
            return False  # "goods under EU sanctions", "returned under the 1992 agreement": the rule acted by
        if is_verb and trig.particle == "into" and t.lemma_ == "force" and not any(
                o.lemma_.lower() in CAPTIVES_CARRIED for p in t.children if p.lower_ == "into" for o in p.children):
            return False  # "forced the teachers into two cars" abducts; "forced into a runoff" does not
        if is_verb and trig.particle == "out" and t.lemma_ == "rule" and any(
                c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
            return False  # "further arrests could not be ruled out": a possibility left open, no one refuses
        if is_noun and t.lemma_.lower() in ("consultation", "consultations") and t.dep_ == "pobj" \
                and t.head.lower_ == "for" and t.head.head.lemma_ in ("recall", "summon", "call"):
            return False  # "recalled its ambassador for consultations": the recall is the act, no talks are held
        if is_verb and t.lemma_ == "offer" and any(c.dep_ == "xcomp" and c.lemma_ in GOOD_OFFICES for c in t.children):
            return False  # "offered to mediate", "offered to host talks": the mediation planned is the event
        if is_verb and trig.type == "REJECT" and t.lemma_ in ("dismiss", "sack") and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in lexicon().roles
                                                      or c.lower_ in lexicon().roles) for c in t.children):
            return False  # "dismissed two ministers": people removed from office, no claim rejected
        if is_verb and t.lemma_ == "expect" and not _expects_of_someone(t):
            return False  # "the talks are expected to resume", "analysts expect rates to rise": no one is asked
        if is_verb and t.lemma_ in ("ask", "request", "demand", "insist") and _anonymity(t):
            return False  # "he asked not to be named", "who asked that her family name not be used"
        if is_verb and t.lemma_ in ("decline", "refuse") and any(c.dep_ == "xcomp" and c.lemma_ in (
                "say", "comment", "elaborate", "specify", "give", "name", "confirm", "discuss", "identify")
                for c in t.children):
            return False  # "he declined to say when": no comment, not a rejection of anyone
        if is_verb and _describes_noun(t):
            return False
        if is_noun and _averted(t):
            return False
        if is_noun and _idle_means(t, trig):
            return False
        if is_noun and _protest_note(t):
            return True  # "handed a protest note to the ambassador": a diplomatic complaint
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
        struck_something = (t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children)) or (
            # ("its aircraft carried out strikes against a base", said the army's general staff)
            t.pos_ == "NOUN" and (any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children)
                                  or any(w.lower_ in self.lex.aerial_words and w.lower_ != "air"
                                         for w in t.head.subtree)))
        if trig.lemma == "strike" and not struck_something and (sent_words & self.lex.labour_strike_words
                                                                 or _walkout(t)):
            # (workers who strike strike no thing: "a missile struck a power plant, killing two workers")
            etype, mode = "PROTEST", "strike"
        if etype in ("ASSAULT", "COERCE", "SANCTION") and t.pos_ == "VERB" and t.lemma_.lower() in DISRUPTING_VERBS:
            # ("a nationwide strike shut down the airport", "the blockade has cut the road"): what a stoppage
            # or a protest does is the protest itself, not an attack or a measure of its own
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.lemma_.lower() in STOPPAGE_SUBJECTS or (
                    subj.lemma_.lower() == "strike" and not any(w.lower_ in self.lex.aerial_words
                                                                for w in subj.subtree)
                    and (sent_words & self.lex.labour_strike_words or _walkout(subj)))):
                etype, mode = "PROTEST", "strike" if subj.lemma_.lower() in ("strike", "walkout", "stoppage") \
                    else "demonstrate"
        fired = [w.lower_ for c in t.children if c.dep_ == "dobj" for w in c.subtree] if trig.lemma == "fire" else []
        if "warning" in fired:
            etype, mode = "THREATEN", None  # "fired warning shots to repel the boat": a show of force, no harm
        elif any(w in CROWD_CONTROL for w in fired):
            # "fired tear gas": PLOVER's crowd-control assault, not a shooting
            etype, mode = "ASSAULT", "crowd-control"
        if trig.lemma in ("offer", "express", "send", "convey", "extend") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in SYMPATHY_NOUNS for c in t.children):
            etype, mode = "SUPPORT", None  # "offered its condolences to the families": sympathy, not an offer
        if etype == "PROTEST" and t.pos_ == "NOUN" and _protest_note(t):
            etype, mode = "ACCUSE", None  # "delivered a protest note to the embassy"
        if etype == "PROTEST" and t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in LODGING_VERBS:
            etype, mode = "ACCUSE", None  # "lodged a strong protest with the envoy": a diplomatic complaint
            if t.head.dep_ in ("advcl", "xcomp") and t.head.head.lemma_ == "summon":
                return None  # "the envoy was summoned to lodge a protest": the summons is that complaint
        clause = _clause_verb(t)
        first = t  # "demanded that drivers pay fees and hand over the cargo": the second demand is asked too
        while first.dep_ == "conj" and first.pos_ == "VERB" and first.head.pos_ == "VERB" and first.head.i != first.i:
            first = first.head
        # ("urged the court to confirm X and accused Venezuela of ...": a past-tense verb the parser hung on the
        # infinitive is the main clause's second act, not a second thing asked for)
        finite = t.tag_ in ("VBD", "VBZ") and first.tag_ == "VB"
        if first.i != t.i and _asked_to_do(first) and not finite:
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
        if trig.lemma in ("convict", "sentence") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                          for c in t.children):
            return None  # "face up to ten years in prison if convicted": the term faced is the threat told
        if trig.lemma in ("convict", "acquit") and t.dep_ in ("amod", "acl"):
            return None  # "the convicted men's clan", "an engineer convicted in 2021": who they are, no verdict now
        if trig.lemma == "walk out" and sent_words & MEETING_NOUNS:
            etype, mode = "REJECT", None  # "the delegation walked out of the talks": a rejection, not a street protest
        if etype in ("CONCEDE", "RETREAT") and _demanded_condition(t):
            return None  # "would stay in the square until he was freed": the release is what they demand
        if (clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_ in ASKING_VERBS and clause.i != t.i) or (
                _asked_to_do(t)):
            return None  # "urged X to impose sanctions": the request is the event, the sanction is not
        if trig.lemma == "appeal" and t.pos_ == "VERB" and _legal_appeal(t):
            etype, mode = "REJECT", "sue"  # "the defence would appeal (the verdict)": a challenge in court, no plea
        if etype == "ASSAULT" and trig.lemma in ("attack", "target", "hit", "strike", "cripple", "paralyse",
                                                 "paralyze") and sent_words & CYBER_WORDS:
            etype, mode = "COERCE", "cyber"  # PLOVER codes hacking and ransomware as COERCE 'cyber', not an assault
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
            moved = [o for c in t.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
                     if o.lemma_.lower() in OWN_FORCES | VESSEL_WORDS]
            own = {a for o in moved for a in book.resolve(o, create=False)}
            d.target = [a for a in d.target if a not in own]
            flags = list(dict.fromkeys(iso for o in moved for w in o.children if w.dep_ in ("amod", "compound")
                                       and (iso := demonym_country(w.text))))
            if flags and not any(book.actors[a].country for a in d.source):
                # "NATO's mission sent a German frigate and a Swedish patrol aircraft": the states whose forces
                # move, when the sender is an alliance or a body with no country of its own
                d.source = [book.country_actor(iso) for iso in flags]
                d.target = [a for a in d.target if book.actors[a].country not in flags]
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
        if d.type == "ASSAULT" and not d.source and t.pos_ == "VERB":
            # "the patrol was shot at from the Serbian side", "shells fired from Pakistani territory": the
            # side the fire came from fired it
            froms = [p for c in t.children if c.dep_ == "prep" for p in (c, *c.children)
                     if p.dep_ == "prep" and p.lower_ == "from"]  # ("shot at from ...": "from" hangs on "at")
            sides = {iso for p in froms for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in FIRING_GROUND for w in o.children
                     if w.dep_ in ("amod", "compound", "poss")
                     and (iso := demonym_country(w.text) or country_code(w.text))}
            if len(sides) == 1:
                iso = sides.pop()
                d.source = [book.country_actor(iso)]
                d.target = [a for a in d.target if book.actors[a].country != iso]
        if d.type == "PROTEST" and d.mode == "obstruct" and d.source and all(
                book.actors[a].sector in ("REB", "CRM", "MIL") and book.actors[a].roles != ["group"]
                for a in d.source):
            # "gunmen blocked the highway", "gangs have blocked the fuel terminal": PLOVER's PROTEST is
            # civilians' collective action; armed men's blockade is coercion ("a group blocked the road"
            # says nothing of arms)
            d.type, d.mode = "COERCE", "blockade"
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
        ended = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_ == "end" else None
        if d.type == "PROTEST" and t.pos_ != "VERB" and ended is not None and ended.dep_ == "dobj" \
                and ended.head.lemma_ in ORDERING_VERBS:
            # "the government ordered an end to the strike": the strike is stopped by order, PLOVER's COERCE,
            # by whoever ordered it, on the strikers
            subj = _subject(ended.head)
            strikers = d.source
            d.type, d.mode = "COERCE", "restrict"
            d.source = _subject_actors(book, subj) if subj is not None else []
            d.target = [a for a in strikers if a not in d.source]
        if d.type == "PROTEST" and d.mode == "obstruct" and any(book.actors[a].sector in ("MIL", "COP")
                                                                for a in d.source):
            d.type, d.mode = "COERCE", "restrict"  # police blocking a road cordon it off; they do not protest
        if d.type == "SANCTION" and trig.lemma in ("ban", "outlaw") and _domestic(book, d):
            d.type, d.mode = "COERCE", "restrict"  # banning one's own opposition is repression, not a sanction
        if trig.lemma == "expel" and d.type == "SANCTION" and _object_in(t, EXPELLED_CRAFT):
            d.type, d.mode = "COERCE", "expel"  # ("the coast guard expelled boats": forced away, not sanctioned)
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
        if trig.lemma == "set off" and not _set_off_by_someone(t):
            return None  # "their vehicle set off the device": the patrol hit a mine; no one attacked with it
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
        if etype == "REJECT" and t.dep_ == "amod":
            return None  # ("the disputed islands", "a disputed election": a contested thing, no one refusing now)
        if trig.lemma == "appeal" and t.pos_ == "VERB" and mode != "sue" and not _asks_something(t):
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
        if t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in DELIBERATING_VERBS and d.type in (
                "SANCTION", "COERCE") and t.tag_ == "NNS":
            # "would consider further sanctions if they did": a measure weighed against a side is held over it
            d.type, d.mode = "THREATEN", None
            d.status = "conditional" if _has_condition(t.head) else "threatened"
        elif t.pos_ != "VERB" and t.dep_ == "dobj" and t.head.lemma_ in MENTION_VERBS:
            return None  # "described the embargo as a relic": the embargo is talked about, not imposed
        if d.type == "AGREE" and t.lemma_ in ("pledge", "offer", "promise") and t.pos_ == "VERB" and _money_given(t):
            d.type, d.mode = "AID", None  # "Japan pledged 5 million dollars": money pledged is aid, as donors report it
        if d.type == "SANCTION" and t.pos_ == "VERB" and _ban_on_gatherings(t):
            d.type, d.mode = "COERCE", "restrict"  # "imposed a ban on gatherings of more than four people"
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
        if etype == "ASSAULT" and t.pos_ == "VERB" and trig.lemma == "clash" and d.source and all(
                book.actors[a].kind == "country" for a in d.source) and any(
                c.dep_ == "prep" and c.lower_ == "over" for c in t.children) and not _violent(self.lex, book, sent):
            # "Italy and Malta have repeatedly clashed over rescues": states at odds in words, not in arms,
            # each with the other
            d.type, d.mode = "ACCUSE", "disapprove"
            d.target = d.target or list(d.source)
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
        if d.type == trig.type == "RETREAT" and _object_in(t, AID_GOODS if trig.lemma != "evacuate" else EVACUEES):
            d.type, d.mode = "AID", None  # "handed over medicine", "evacuated the wounded": PLOVER AID
        if d.type == "RETREAT" and trig.lemma == "pull" and any(
                c.lower_ == "alive" or (c.dep_ == "prep" and c.lower_ == "from" and any(
                    o.lemma_.lower() in RUBBLE_WORDS for o in c.children)) for c in t.children):
            d.type, d.mode = "AID", None  # "eleven people were pulled out alive", "pulled from the rubble": a rescue
        if d.type == "ACCUSE" and t.pos_ == "VERB":
            d.target = _complained_about(book, t, exclude=set(d.source)) or d.target
        _status(t, t if _occasion(t, clause) else clause, d)
        if trig.lemma == "set up" and d.type == "MOBILIZE":
            sectors = {book.actors[a].sector for a in d.source}
            if _object_in(t, CONTROL_POINTS) and sectors and sectors <= FORCE_SECTORS - {"MIL"}:
                d.type, d.mode = "COERCE", "restrict"  # ("police set up checkpoints on all roads"); troops deploy
            elif _object_in(t, STREET_BLOCKS) and sectors and not sectors & (FORCE_SECTORS | {"REB", "CRM"}):
                d.type, d.mode = "PROTEST", "obstruct"  # ("students set up barricades", "a protest camp")
        if trig.lemma.split()[0] == "move" and d.type == "MOBILIZE" and d.source and all(
                book.actors[a].sector == "COP" for a in d.source) and not _object_in(t, PEOPLE_MOVED):
            d.type, d.mode = "COERCE", "disperse"  # ("riot police moved in at dawn"): police moving on a crowd
        if d.type == "MOBILIZE" and t.lemma_.lower() in ("patrol", "exercise", "operation") and any(
                c.dep_ == "amod" and c.lower_ in JOINT_WORDS for c in t.children):
            d.type, d.mode = "COOPERATE", None  # ("agreed to begin joint maritime patrols"): forces working together
        if trig.lemma == "hand over" and _object_in(t, DIPLOMATIC_NOTES):
            return None  # ("summoned the ambassador to hand over a protest": the note is the summons's, no retreat)
        if trig.lemma == "hand over" and _object_in(t, RECORDS):
            d.type, d.mode = "COOPERATE", None  # ("handed over all the maps it had"): information shared
        if trig.lemma == "allow" and d.type == "CONCEDE" and not d.negated and not _allows_a_concession(t):
            return None  # ("allowing it to hire technicians", "if INEC allows this": no side gives ground)
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
            if d.status not in ("planned", "conditional", "threatened") or d.negated:
                return None
            d.target, d.source, d.verdict = d.source + d.target, [], True
            d.status = "threatened"
            payer = _subject(t)
            if payer is not None and not d.target:
                d.target = [a for w in payer.subtree for a in [book.at(w)] if a is not None][:1]
            teller = claimant(book, t)
            home = book.actors[teller].country if teller is not None else None
            if not d.target and home is not None:
                d.target = [book.country_actor(home)]  # ("those who burn our city will face the law": at home)
        if trig.type == "THREATEN" and trig.lemma == "take" and (
                d.status not in ("planned", "conditional", "threatened") or d.negated):
            return None  # "had taken retaliatory measures": done, or disavowed, it threatens nothing
        if d.type == "THREATEN" and d.negated and trig.type in COERCIVE:
            return None  # "had not planned to strike", "will not attack": a disavowal, no threat and no act
        if trig.lemma == "tow" and not d.source:
            return None  # "the vessel was towed towards the port": a rescue as often as a seizure, told by no one
        if trig.lemma == "meet" and _meets_terms(t):
            # "met the kidnappers' demands" gives in to them; "would not meet demands" refuses them
            d.type, d.mode, d.negated = ("REJECT", None, False) if d.negated else ("CONCEDE", None, d.negated)
        d.claimed_by = claimant(book, t)
        if trig.type == "ACCUSE" and trig.lemma == "face":
            # "the coast guard said the captain would face charges": the one facing them is accused, by
            # whoever says they will be brought
            d.target = [a for a in d.source + d.target if a != d.claimed_by]
            d.source = [d.claimed_by] if d.claimed_by is not None else []
            home = book.actors[d.claimed_by].country if d.claimed_by is not None else None
            if not d.target and home is not None:
                d.target = [book.country_actor(home)]  # ("those detained would face charges": people at home)
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
            t.lemma_ in ACCUSING_VERBS | HELD_VERBS or any(c.dep_ == "agent" for c in t.children)) \
            and _perfect_split_by_duration(t) is None
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
                issued = subj if subj.lemma_.lower() in ISSUED_TEXTS else (
                    t.head if t.dep_ == "relcl" and subj.lower_ in ("which", "that")
                    and t.head.lemma_.lower() in ISSUED_TEXTS else None)
                if not d.source and issued is not None and d.type in SPOKEN_TYPES:
                    d.source = author_of_text(book, issued)  # ("The statement accused the army of ...": its author)
                d.doer = bool(d.source) or _people_like(subj)
                if d.type == "ASSAULT" and subj.pos_ == "PRON":
                    d.source = _armed_antecedent(book, subj, d.source)
            if not d.source and subj is None:
                d.source = _governing_subject(book, t)
            for c in t.children:
                if c.dep_ in ("dobj", "dative", "attr") and not d.target:
                    d.target = _object_actors(book, c, venues=d.type not in TALK_TYPES)
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
        # "fighting erupted overnight between rival groups", "clashes broke out in the X district between
        # A and B": the sides hang on the verb the fighting is the subject of, or on the place after it
        onset = t.head if t.dep_ == "nsubj" and d.type == "ASSAULT" and t.head.pos_ == "VERB" else None
        around = (*onset.children, *(o for p in onset.children if p.dep_ == "prep" and p.lower_ != "between"
                                     for o in p.children if o.dep_ == "pobj" for o in o.children)) \
            if onset is not None else ()
        for c in (*t.children, *(host.children if host.i != t.i else ()), *around):
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
        if not d.source and d.type == "MOBILIZE" and t.dep_ == "pobj" and t.head.lower_ == "on" \
                and t.head.head.pos_ == "VERB":
            # "troops were placed on high alert": those put on alert mobilise (a passive's subject elsewhere
            # suffered the act); in "Peru put its troops on alert" the subject, read below, moves its own
            placed = next((c for c in t.head.head.children if c.dep_ == "nsubjpass"), None)
            d.source = book.resolve(placed) if placed is not None else []
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
                        | CONDEMNING_VERBS | PERCEIVING_VERBS and not background and not told_before:
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
        if not d.target and d.type == "SUPPORT":
            # "statements of support for Kuwait": whom the phrase backs, however deep the parse hangs it
            d.target = [a for w in t.subtree if w.dep_ == "prep" and w.lower_ in ("for", "with")
                        for o in w.children if o.dep_ == "pobj" for a in book.resolve(o) if a not in d.source]
        if not d.target:
            d.target = [a for a in _light_verb_recipient(book, host) if a not in d.source]
        if not d.source and len(between) > 1 and d.target == between:
            d.source, d.target = between[:1], between[1:]  # "talks between X and Y", no mediator named
        d.target = [a for a in d.target if a not in d.source]


#: Nouns of a grievance put before a body that can act on it ("filed a complaint with the Security Council").
GRIEVANCE_NOUNS = frozenset({"complaint", "complaints", "protest", "protests", "grievance", "case", "petition",
                             "appeal", "claim"})


#: Words in the names of bodies that hear grievances.
VENUE_WORDS = frozenset({"court", "tribunal", "commission", "council", "committee", "organization", "organisation",
                         "nations", "ombudsman", "arbitration"})


def _venues_are_no_targets(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Lebanon would file a complaint with the U.N. Security Council", "lodged protests with the OAS": the
    body a grievance is put before is where it is heard, not whom it accuses; the side complained of is
    the one it is "against" or "over", else whoever the story gives."""
    for d in drafts:
        if d.type != "ACCUSE" or not d.target:
            continue
        noun = d.trigger if d.trigger.lemma_.lower() in GRIEVANCE_NOUNS else next(
            (c for c in d.trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in GRIEVANCE_NOUNS), None)
        if noun is None:
            continue
        holders = [noun, *([noun.head] if noun.dep_ == "dobj" else [])]
        venues = {a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "before", "to")
                  for o in c.children if o.dep_ == "pobj" for a in book.resolve(o, create=False)}
        venues = {a for a in venues if book.actors[a].kind != "country" and (
            book.actors[a].sector in ("IGO", "JUD") or set(book.actors[a].name.lower().split()) & VENUE_WORDS)}
        if not venues & set(d.target):
            continue
        d.target = [a for a in d.target if a not in venues] or [
            a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "over")
            for o in c.children if o.dep_ == "pobj" for a in book.resolve(o, create=False) if a not in d.source]


#: Acts done by saying, which an issued text can do for its author.
SPOKEN_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})


def _adversaries_at_home(book: ActorBook, sides: list[int]) -> bool:
    """"The government and the rebels agreed", "ruling party and opposition met": two sides of one
    country's conflict deal with each other, as two countries do."""
    sectors = {book.actors[a].sector for a in sides}
    return bool(sectors & {"GOV", "MIL"}) and bool(sectors & {"REB", "OPP", "PTY"})


def _set_off_by_someone(verb: Token) -> bool:
    """"Insurgents set off a bomb": people or fighters set it off; a vehicle that "set off" a mine ran over it."""
    subj = _subject(verb)
    return subj is None or _armed_subject(verb) or _people_like(subj) or subj.ent_type_ in ("PERSON", "NORP") \
        or (subj.pos_ == "PRON" and subj.lower_ not in ("it", "which", "that"))


def _occasion(t: Token, clause: Token) -> bool:
    """"agreed to set up a committee at the end of talks in X", "promised aid after the meeting": talks
    named as the occasion of another act took place; they are not part of what is agreed or promised."""
    if t.pos_ == "VERB" or t.i == clause.i:
        return False
    cur = t
    while cur.i != clause.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and (cur.lower_ in OCCASION_PREPS or (cur.lower_ == "at" and any(
                o.dep_ == "pobj" and o.lemma_ in ("end", "close", "conclusion", "sideline", "margin")
                for o in cur.children))):
            return True
        cur = cur.head
    return False


def _demanded_condition(t: Token) -> bool:
    """A release or withdrawal told as the condition of another act ("would not take part in talks until
    all detainees were freed", "will hold protests unless X is released", "if the men are not released"):
    a passive verb under "until" or "unless", or negated under "if", names what one side demands."""
    verb = t
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or t.tag_ == "VBN"
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), None)
    # ("if the curfew is lifted, shops will reopen" states a condition; "if they are not released" demands)
    return passive and verb.dep_ == "advcl" and (mark in ("until", "unless", "till") or (
        mark == "if" and any(c.dep_ == "neg" or c.lower_ == "only" for c in (*t.children, *verb.children))))


def _forgone(t: Token) -> bool:
    """"chose to talk rather than to shoot", "negotiated instead of attacking": the act set aside in
    favour of another is what did not happen."""
    doc = t.doc
    j = t.i - 1
    while j >= 0 and doc[j].lower_ in ("to", "the", "a", "an", "by"):
        j -= 1
    return j >= 1 and ((doc[j].lower_ == "than" and doc[j - 1].lower_ == "rather")
                       or (doc[j].lower_ == "of" and doc[j - 1].lower_ == "instead"))


def _expects_of_someone(t: Token) -> bool:
    """"We expect Warsaw to stop this immediately", "Berlin expects Poland to take them back": a side that
    says what it expects another to do asks it to. Only the active verb with its object and a "to" clause,
    said by "we" or a named side (not "analysts expect rates to rise", not "talks are expected to resume")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        return False
    # ("We expect Warsaw to stop": the small parser may hang "Warsaw" on "stop" as its subject)
    clause = next((c for c in t.children if c.dep_ in ("xcomp", "ccomp")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    told = (clause is not None and any(c.dep_ == "dobj" for c in t.children)) or (
        clause is not None and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children))
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return told and subj is not None and (subj.lower_ in ("we", "i") or subj.ent_type_ in ("GPE", "ORG", "PERSON"))


def _anonymity(t: Token) -> bool:
    """"Speaking on condition he not be named", "asked not to be identified", "asked that her family
    name not be used": a source's request for anonymity is the reporting, not an event."""
    for c in t.children:
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ANONYMITY_VERBS and (
                any(a.dep_ == "auxpass" for a in c.children) or c.tag_ == "VBN"):
            return True
    return False


def _legal_appeal(t: Token) -> bool:
    """"would appeal", "appealed the verdict", "will appeal against the sentence", "appeal to the Supreme
    Court": a challenge in court; "appealed for calm", "appealed to both sides to stop" are pleas."""
    for c in t.children:
        if c.dep_ == "dobj":
            return c.lemma_.lower() in RULING_NOUNS | {"conviction", "decision"}
        if c.dep_ == "prep" and c.lower_ == "for":
            return False
        if c.dep_ == "prep" and c.lower_ in ("against", "to"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            return any(o.lemma_.lower() in RULING_NOUNS | {"conviction", "decision", "court", "tribunal"}
                       for o in objs)
        if c.dep_ in ("xcomp", "ccomp"):
            return False
    return True


def _protest_note(t: Token) -> bool:
    """"handed a protest note to the Tajik ambassador", "delivered a protest note to the embassy": the
    word modifies the note a state hands over, which is PLOVER's ACCUSE (a diplomatic complaint)."""
    return t.lower_ == "protest" and t.dep_ == "compound" and t.head.lemma_ in ("note", "letter") \
        and t.head.dep_ == "dobj" and t.head.head.lemma_ in LODGING_VERBS | {"send", "give"}


def _held_at_home(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Belarus freed 31 political prisoners", "the authorities arrested 40 people": people a state
    detains or frees, named with no country of their own, are that state's (foreigners held are
    named so: "two French citizens", "157 Ukrainian prisoners")."""
    for d in drafts:
        holding = (d.type == "COERCE" and d.mode in ("arrest", None)) or (
            d.type in ("RETREAT", "CONCEDE") and d.mode == "release")
        if not holding or not d.source:
            continue
        states = {book.actors[a].country for a in d.source if book.actors[a].kind == "country"
                  or book.actors[a].sector in ("GOV", "COP", "JUD", "MIL")}
        if len(states) != 1 or None in states:
            continue
        state = states.pop()
        for a in d.target:
            held = book.actors[a]
            if held.kind == "group" and held.country is None and held.sector not in ARMED_OR_OFFICIAL:
                held.country = state


def _claimed_acts(drafts: list[EventDraft]) -> list[EventDraft]:
    """"A group calling itself X claimed responsibility": a claim of responsibility is the act claimed, told
    again with its author; it takes that act's kind (a ransomware attack's claim is a cyber coercion, a
    kidnapping's a coercion), the last violent act told before. A claim that names the act ("claimed
    responsibility for the bombing") adds nothing to the act it names, which is coded on its own."""
    unclaimed: set[int] = set()
    for n, d in enumerate(drafts):
        if d.trigger.lemma_ != "claim" or not any(c.lower_ == "responsibility" for c in d.trigger.children):
            continue
        if any(c.dep_ == "neg" for c in d.trigger.children) or any(no_one(s) for s in _subjects(d.trigger)):
            unclaimed.add(n)  # "no group claimed responsibility": nobody is named as the attacker
            continue
        if any(w.dep_ == "prep" and w.lower_ == "for" for w in d.trigger.subtree):
            unclaimed.add(n)  # "claimed responsibility for a car bomb": the bombing named is the event, told once
            continue
        here = sentence_number(d.trigger.doc, d.trigger.i)
        act = next((e for e in reversed(drafts[:n]) if e.type in ("ASSAULT", "COERCE")
                    and here - sentence_number(e.trigger.doc, e.trigger.i) <= 4), None)
        if act is not None:
            d.type, d.mode = act.type, act.mode
    return [d for n, d in enumerate(drafts) if n not in unclaimed]


def _ban_on_gatherings(verb: Token) -> bool:
    """"Imposed a ban on gatherings", "announced a ban on all protests": a state restricting its people's
    assembly (PLOVER's COERCE, restrict), not a sanction on another side."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("ban", "prohibition") and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lemma_.lower() in GATHERING_WORDS for o in p.children
                                                    if o.dep_ == "pobj") for p in c.children)
        for c in verb.children)


def _violations_charged(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Iran's embassy said the U.S. measures violated international law", "the court ruled that El Salvador
    violated the rights of 14 men": a breach someone says or rules another side committed is that someone's
    accusation (PLOVER's ACCUSE) of the side, not the side's refusal of anything."""
    for d in drafts:
        t = d.trigger
        if d.type != "REJECT" or t.lemma_ not in ("violate", "breach") or d.negated or t.dep_ != "ccomp" \
                or t.head.lemma_ not in CHARGE_SAYING_VERBS:
            continue
        speaker = _subject(t.head)
        accusers = _subject_actors(book, speaker) if speaker is not None else []
        if not accusers:
            continue
        d.type, d.mode = "ACCUSE", "allege"
        d.target = [a for a in d.source if a not in accusers]
        d.source = accusers


def _money_given(verb: Token) -> bool:
    """"pledged 5 million dollars", "offered 250 million euros in grants", "promised $10m": the object is an
    amount of money (not "offered to talk", nor "promised a review")."""
    return any(c.dep_ == "dobj" and any(names_money(w) for w in c.subtree)
               for c in verb.children)


def _warnings_not_to_allow(drafts: list[EventDraft]) -> None:
    """"Turkey will not allow any fait accompli in the Aegean", "the government would not allow protesters to
    paralyse the capital": a side saying what it will not let happen warns whoever would do it (PLOVER's
    THREATEN), as references code it, more than it refuses anything."""
    for d in drafts:
        t = d.trigger
        if d.type == "REJECT" and t.lemma_ in ("allow", "tolerate", "permit", "let") and any(
                c.dep_ == "neg" for c in t.children) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in t.children):
            d.type, d.mode = "THREATEN", None
            d.status = "conditional" if d.status == "conditional" else "threatened"


def _seized_by_armed_men(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Gunmen seized the cargo of 12 trucks and held their drivers", "the dhow and its crew were seized by
    pirates": what armed men outside any state take, people or vessels, they take by force (PLOVER's
    ASSAULT, abduct, as the manual maps CAMEO 181); a state's police or navy seizing them stays COERCE."""
    for d in drafts:
        if d.type != "COERCE" or d.trigger.lemma_ not in ("seize", "capture", "grab", "snatch") or not d.source:
            continue
        taken = [c for c in d.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(w.lemma_.lower() in TAKEN_BY_FORCE for c in taken for w in (c, *c.conjuncts)):
            continue  # ("gunmen seized the cargo of 12 trucks": goods taken are looting, as ACLED codes them)
        if all(book.actors[a].kind != "country" and (book.actors[a].sector in ("REB", "CRM") or (
                book.actors[a].name.lower().split() or [""])[-1] in ARMED_MEN) for a in d.source):
            d.type, d.mode = "ASSAULT", "abduct"


#: What a demand for people held asks for: "demanded the immediate release of the fishermen".
RELEASE_WORDS = frozenset({"release", "return", "freedom", "repatriation", "handover", "free"})


def _release_demanded_of_the_holder(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Yemen demanded the immediate release of the fishermen and their boats", "to demand the return of the 11
    people on board": a demand for people's release that names no one asked, or only the requester's own people
    held, is made of whoever holds them: the side of another country told last arresting, seizing or abducting."""
    for n, d in enumerate(drafts):
        if d.type != "REQUEST" or not d.source:
            continue
        if not any(w.lemma_.lower() in RELEASE_WORDS and w.pos_ in ("NOUN", "VERB") for w in d.trigger.subtree):
            continue
        own = {book.actors[a].country for a in d.source} - {None}
        # (the people whose release is asked for are not who is asked: "the release of the fishermen" is asked
        # of whoever holds them)
        if any(book.actors[a].kind == "country" or book.actors[a].country not in own for a in d.target):
            continue
        holder = next((e for e in reversed(drafts[:n]) if e.source and (
            (e.type == "COERCE" and e.mode in ("arrest", "seize", None))
            or (e.type == "ASSAULT" and e.mode == "abduct"))
            and not own & {book.actors[a].country for a in e.source}
            and any(book.actors[a].country for a in e.source)), None)
        if holder is not None:
            d.target = list(holder.source)


def _talks_behind_a_deal(drafts: list[EventDraft]) -> None:
    """"The accord was signed by the two foreign ministers after three days of talks", "agreed to set up a
    committee at the end of a third round of talks": talks named as the occasion of a deal were held by
    the deal's parties with each other (PLOVER's CONSULT), though the phrase names no one."""
    by_token = {d.trigger.i: d for d in drafts}
    for d in drafts:
        if d.type != "CONSULT" or d.source or d.target or d.trigger.pos_ == "VERB" \
                or not _occasion(d.trigger, d.trigger.sent.root):
            continue
        deal = None
        head = d.trigger.head
        while deal is None:
            deal = by_token.get(head.i) or next((e for e in drafts if e.clause is not None and e.clause.i == head.i
                                                 and e is not d), None)
            if deal is not None or head.head.i == head.i:
                break
            head = head.head  # ("agreed to set up a committee at the end of talks": up to the agreeing verb)
        if deal is None or deal.type not in ("AGREE", "COOPERATE", "CONSULT"):
            continue
        sides = list(dict.fromkeys(deal.source))
        if len(sides) >= 2:
            d.source, d.target = sides[:1], sides[1:]  # (the two sides talked with each other)


def _allows_a_concession(verb: Token) -> bool:
    """"Allowed aid convoys to enter", "allowed the engineers access", "will allow a referendum": what is let
    in, through or held is a side's concession (PLOVER CONCEDE, or RETREAT for access); "allowing it to hire
    technicians" or "the law allows" lets nothing anyone was denied."""
    parts = [c for c in verb.children if c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "nsubjpass", "oprd")]
    return any(w.lemma_.lower() in ALLOWED_THINGS for c in parts for w in c.subtree)
