"""Whether the event happened as told: the status of its clause (future, planned, threatened,
conditional, negated) and the wordings under which an act is only asked for, prevented, refused,
questioned or called off.

One module so that everything that decides "did it happen" is read together.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.participants import _accused_list_member
from sitrep.nlp.events.refusals import no_one
from sitrep.nlp.events.vocabulary import (
    ACCUSING_VERBS,
    AID_GOODS,
    AID_PERSONNEL,
    ANSWERING_VERBS,
    ASKING_VERBS,
    ASPECT_VERBS,
    AVERT_VERBS,
    CALL_OFF_VERBS,
    COERCIVE,
    COMMITMENT_NOUNS,
    FUTURE_AUX,
    GOOD_OFFICES,
    INTENT_NOUNS,
    LIKELIHOOD_WORDS,
    PENALTY_NOUNS,
    PERMIT_VERBS,
    PLAN_VERBS,
    POSSIBILITY_MODALS,
    PREVENTION_VERBS,
    PROMISABLE,
    PROMISE_HEADS,
    QUESTION_VERBS,
    SEALING_VERBS,
    STARTING_VERBS,
    THREAT_VERBS,
)
from sitrep.nlp.quantities import names_money


def _nobody(subj: Token) -> bool:
    if subj.lower_ in ("nobody", "none", "noone", "neither"):
        return True  # ("neither has been charged", "neither side has claimed it")
    words = [w.lower_ for w in subj.doc[subj.left_edge.i:subj.i + 1]]
    if words[0] == "neither" and "nor" not in words:
        return True
    # (not "no fewer than 12 people", "no more than five")
    return len(words) >= 2 and words[0] in ("no", "not") and words[1] not in ("fewer", "less", "more", "longer")


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


def _averted(t: Token) -> bool:
    """"to prevent a repeat invasion", "deter an attack": the noun names what should not happen."""
    head = t.head
    if t.dep_ == "dobj" and head.lemma_ in AVERT_VERBS:
        return True
    # "fears of an attack", "guard against attacks"; not "feared dead following a clash"
    return t.dep_ == "pobj" and head.lower_ in ("of", "against", "from") and head.head.lemma_ in AVERT_VERBS


def _verb_in(t: Token, lemmas: frozenset[str]) -> bool:
    """Lemma membership that survives the small model's lemmatiser ("hopes" -> "hop")."""
    low = t.lower_
    return t.lemma_ in lemmas or low in lemmas or any(
        low == w + suffix for w in lemmas for suffix in ("s", "es", "d", "ed", "ing"))


def _calls_off(verb: Token) -> bool:
    """"called off", "suspended", "ended" a protest; "called a strike" starts one."""
    if verb.lemma_ == "call":
        return any(c.lower_ == "off" for c in verb.children)
    return _verb_in(verb, CALL_OFF_VERBS)


def _accused_act(t: Token) -> bool:
    """"two men accused of involvement in murders", "charged with looting": the act is what someone
    alleges, not an event the report tells as fact."""
    if _accused_list_member(t) or (t.dep_ == "conj" and _accused_list_member(t.head)):
        return True  # "accused X of boarding a boat, beating its crew and seizing its catch"
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
    if first.dep_ == "acl" and deal.lemma_.lower() in INTENT_NOUNS and d.status == "occurred":
        d.status = "planned"  # "protested against the city's plan to demolish their houses": not done yet
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
            d.type == "PROTEST" and d.status == "planned" and _has_condition(clause)):
        d.type, d.status = "THREATEN", "conditional" if d.status == "conditional" else "threatened"
    if d.type in COERCIVE and d.status in ("planned", "conditional"):
        governing = clause.head if clause.dep_ in ("ccomp", "xcomp") else None
        threat_verb = governing is not None and governing.lemma_ in THREAT_VERBS and not (
            (d.type == "MOBILIZE" or (d.type == "SANCTION" and d.status == "planned"))
            and governing.lemma_ in ("say", "declare", "pledge", "promise", "insist"))
        # (a deployment announced ahead is a planned MOBILIZE, "will deploy two more ships to the area";
        # only one made as a threat is a threat)
        # (and so is a sanction: "Japan would freeze the assets of three individuals", announced with no
        # condition and no verb of warning, is a planned SANCTION; "warned that firms would be expelled"
        # and "would consider listings if ..." stay threats)
        announced = d.type in ("MOBILIZE", "SANCTION") and not _has_condition(clause)
        if threat_verb or (d.status == "planned" and not announced):
            conditional = d.status == "conditional" or _has_condition(clause)
            d.type = "THREATEN"
            d.status = "conditional" if conditional else "threatened"
    # (relief whose handing out is under way or set to start, "the WFP would begin distributing rations on
    # Thursday", "would continue to deliver aid", is the aid itself, as references code it; a donor's word
    # that it "will provide food aid" is the promise, PLOVER's AGREE, as PLOVER's own gold standard has it)
    scheduled_aid = d.type == "AID" and d.status == "planned" and not promised and any(
        v.dep_ == "xcomp" and v.head.lemma_ in STARTING_VERBS for v in (t, clause))
    # ("offered to send structural engineers", "a medical team would arrive on Wednesday": people sent to help
    # are the relief itself, offered or on its way, as references code it)
    sent_help = d.type == "AID" and t.lemma_ in ("send", "dispatch", "deploy") and any(
        c.dep_ == "dobj" and any(w.lemma_.lower() in AID_PERSONNEL for w in c.subtree) for c in t.children)
    # ("promised to provide food aid": a promise made in so many words stays PLOVER's AGREE)
    sworn = promised and head.lemma_ in ("promise", "pledge", "vow", "commit")
    relief = d.type == "AID" and not sworn and (_relief_to_give(t) or _relief_to_give(clause))
    if d.type in PROMISABLE and (d.status in ("planned", "conditional") or promised) and not scheduled_aid \
            and not sent_help and not relief:
        d.type = "AGREE"
        d.status = "planned"
    possible = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for v in chain for c in v.children)
    # ("offered to mediate", "offered to host talks between X and Y": a third side's offer of its good offices
    # is the mediation planned, PLOVER's CONSULT, as references code it; not the sides' own offer to meet)
    # (only "offered to": a side "ready to host talks" states its willingness, PLOVER's AGREE)
    offered = clause.lemma_ == "offer" or (clause.dep_ == "xcomp" and head.lemma_ == "offer")
    brokering = d.type == "CONSULT" and promised and offered and (
        d.mode in ("mediate", "host") or clause.lemma_ in GOOD_OFFICES
        or (t.pos_ != "VERB" and t.head.lemma_ in GOOD_OFFICES))
    if brokering:
        d.status = "planned"
    elif d.type == "CONSULT" and ((d.status == "conditional" and not (possible and not _has_condition(clause)))
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
    if d.type == "CONSULT" and d.negated and t.lemma_ == "consult" and d.status not in ("planned", "conditional") \
            and not failed and any(c.dep_ == "neg" for c in t.children):
        # "Baghdad said it had not been consulted", "the army had not consulted them": those left out
        # complain of it, PLOVER's ACCUSE, against whoever did the leaving out
        d.type, d.negated, d.mode, d.agentless = "ACCUSE", False, None, False
        d.source, d.target = list(d.target), list(d.source)
    met = {c.lemma_.lower() for c in t.children if c.dep_ == "dobj"}  # ("would not meet their demands")
    if d.type == "CONSULT" and d.negated and (d.status in ("planned", "conditional") or failed) and not met & {
            "demand", "condition", "deadline", "target", "expectation", "requirement", "need"}:
        # "we will not negotiate with criminals", "refused to meet the envoy": a refusal to talk
        d.type, d.negated, d.mode = "REJECT", False, None
    if d.type == "AGREE" and (refused or failed):
        d.type, d.negated = "REJECT", False  # "will not accept", "failed to reach agreement"
    elif failed:
        d.negated = True  # "refused to back the bill", "failed to stop the raid": it was not done
    if d.type == "THREATEN" and (d.status == "planned" or (
            d.status == "occurred" and t.lemma_ in ("threaten", "warn", "vow"))):
        d.status = "threatened"  # ("would take retaliatory measures": a threat is made, not planned)
    if (clause.lemma_ == "deny" and clause.i != t.i) or (
            clause.head.lemma_ == "deny" and clause.dep_ in ("ccomp", "xcomp")) or (
            t.dep_ in ("xcomp", "ccomp", "dobj") and t.head.lemma_ == "deny" and t.tag_ == "VBG"):
        d.status = "denied"  # "denied that it shelled the market", "denied targeting civilians"
    if d.type == "REJECT" and d.negated and t.lemma_ in ("oppose", "object", "contest", "resist", "veto", "block"):
        d.type, d.negated = "CONCEDE", False  # "prosecutors would not oppose bail": a concession
    if d.type == "THREATEN" and t.lemma_ == "hesitate":
        # "would not hesitate to use force" is the threat; one who hesitated threatened nothing
        d.negated = not d.negated
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


def _asked_to(verb: Token) -> bool:
    """The infinitive of an asking verb with its own object ("urged Y to allow aid", "asked X to
    withdraw"), or a verb joined to it: what is asked, which the asking verb's REQUEST carries."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        if verb.tag_ in ("VBD", "VBZ") and cur.head.tag_ == "VB":
            return False  # ("urged X to confirm Y and accused Z": a past-tense verb is the main clause's own act)
        cur = cur.head
    head = cur.head
    return (cur.dep_ == "xcomp" and head.lemma_ in ASKING_VERBS and any(
        c.dep_ == "dobj" and c.i < cur.i for c in head.children)) or (cur.dep_ == "advcl" and _asked_to_do(cur))


def _after_in_case(v: Token) -> bool:
    """The clause opens with "in case" (inside it or just before it, wherever the parser put it)."""
    left, doc = v.left_edge.i, v.doc
    return any(i >= 0 and i + 1 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].lower_ == "case"
               for i in (left - 2, left - 1, left))


def _held_over(t: Token) -> bool:
    """"demanded the schools close on pain of attacks", "under threat of an attack": the act is what
    will follow a refusal, not something that happened."""
    for anc in list(t.ancestors)[:4]:
        if anc.lemma_ == "of" and anc.head.lemma_ in PENALTY_NOUNS and anc.head.dep_ == "pobj" and \
                anc.head.head.lower_ in ("on", "under", "upon"):
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


def _has_condition(v: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in v.subtree)


def ability_only(d: EventDraft) -> bool:
    """"They can arrest our leaders, but they cannot arrest our hunger", "we cannot sit and watch": what a
    side can or cannot do is a statement of power or of will, no act; measured on the team's articles,
    such events matched a reference 4 times in 24. A refusal of what is put to it ("cannot accept")
    stays a rejection."""
    t = d.trigger
    if any(c.dep_ == "nsubj" and no_one(c) for c in t.children):
        return False  # ("no governor can set a timetable": the speaker's refusal, read elsewhere)
    return t.pos_ == "VERB" and t.lemma_ not in ANSWERING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in t.children)


#: What a report says of a kind of act in general: "kidnappings of foreigners have become rare".
HABITUAL_STATES = frozenset({"rare", "common", "frequent", "routine", "widespread", "commonplace", "uncommon",
                             "unusual", "unheard", "regular", "endemic", "sporadic"})


def habitual(d: EventDraft) -> bool:
    """"Kidnappings of foreigners have become rare in Somalia", "attacks on convoys were common": a kind
    of act spoken of in general, as a state of things, is no event."""
    t = d.trigger
    if t.pos_ != "NOUN" or t.dep_ != "nsubj" or t.tag_ != "NNS":
        return False
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in HABITUAL_STATES for c in t.head.children)


def _relief_to_give(t: Token) -> bool:
    """"Beijing would provide 2 million dollars in emergency aid", "the first 60 million euros would be
    released", "the government would send 350 water tankers", "ready to provide assistance": money or relief
    a giver is to hand over, named as what it gives, is the aid itself, planned, as references code it (a
    bare word that it "will support the relief effort" is the promise, PLOVER's AGREE). Paying ("would pay for
    the funerals") hands over money whatever the words after it."""
    if t.pos_ == "VERB" and t.lemma_ == "pay":
        return True
    return t.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and any(
            names_money(w) or w.lemma_.lower() in AID_GOODS
            for w in c.subtree) for c in t.children)


def hypothetical_request(d: EventDraft) -> bool:
    """"Ready to send experts if Madrid requested it", "would help if asked": a request that may come is
    the condition of an offer, no request; measured on the team's articles, 2 of 14 such events matched."""
    t = d.trigger
    return d.type == "REQUEST" and t.pos_ == "VERB" and t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)

