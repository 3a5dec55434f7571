"""One event per act: drafts that tell the same act twice (a noun inside its verb's event, a
pledge and what it pledges, a threat and the threatened act, two verbs of one act, a definite
noun that continues an earlier event, one diplomatic protest told by two words) are folded into one.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.vocabulary import (
    ACCUSING_VERBS,
    BACKGROUND_PREPS,
    CARRIER_VERBS,
    COERCIVE,
    DENYING_FORMS,
    EASING_VERBS,
    MENTIONING_VERBS,
    RESULT_VERBS,
    TALKING_VERBS,
    THREAT_VERBS,
    TOLL_VERBS,
)
from sitrep.nlp.knowledge import demonym_country
from sitrep.nlp.sentences import sentences

#: How many sentences back the attack a toll clause tells of may lie.
TOLL_REACH = 3


def _fold_tolls(doc: Doc, book: ActorBook, drafts: list[EventDraft], folded: set[int]) -> list[EventDraft]:
    """"Gunmen attacked a police post. Nine soldiers were wounded.": a passive that names only the
    harmed, right after an attack, tells that attack's toll, not an attack of its own (its counts stay
    with the attack's casualties); with no attack told before, it stays the record of the violence, and
    so does harm to the other side ("... responded, claiming several Afghan posts were destroyed")."""
    starts = [s.start for s in sentences(doc)]

    def number(t: Token) -> int:
        return bisect_right(starts, t.i) - 1

    def same_side(p: EventDraft, d: EventDraft) -> bool:
        mine = {book.actors[a].country for a in d.target} - {None} or {
            iso for c in d.trigger.children if c.dep_ == "nsubjpass" for w in c.subtree
            if (iso := demonym_country(w.text))}  # ("several Afghan posts were destroyed")
        theirs = {book.actors[a].country for a in p.target} - {None}
        attackers = {book.actors[a].country for a in p.source} - {None}
        if not mine or mine & theirs:
            return True
        return not theirs and not mine & attackers  # (the attackers' own losses are the reply's toll)

    out: list[EventDraft] = []
    for d in drafts:
        t = d.trigger
        toll = d.type == "ASSAULT" and not d.source and d.agentless and t.lemma_ in TOLL_VERBS and t.tag_ == "VBN" \
            and not any(c.dep_ == "agent" for c in t.children)
        attack = next((p for p in reversed(out) if p.type == "ASSAULT" and p.trigger.i < t.i and p.status == d.status
                       and same_side(p, d) and 1 <= number(t) - number(p.trigger) <= TOLL_REACH), None) \
            if toll else None
        if attack is not None:
            folded.add(t.i)  # (its counts go to the attack told before: see extract.assemble)
            if not any(book.actors[a].kind != "country" for a in attack.target):
                # "a convoy came under attack ... three soldiers killed": the harmed are whom it hit
                attack.target += [a for a in d.target if a not in attack.target and a not in attack.source]
        else:
            out.append(d)
    return out


def _crowd_control(drafts: list[EventDraft]) -> list[EventDraft]:
    """PLOVER codes an explicit crowd-control weapon (tear gas, water cannon, rubber bullets) as an
    ASSAULT in the 'crowd-control' mode, and a dispersal without one as COERCE: "fired tear gas to
    disperse the students" is one assault, its aim told by "to disperse"; "dispersed the crowd with
    tear gas" is that assault too, its weapon told by "with"."""
    by_token = {d.trigger.i: d for d in drafts}
    drop: set[int] = set()
    for d in drafts:
        t = d.trigger
        if d.mode == "crowd-control" and t.pos_ == "NOUN" and t.head.lower_ == "with":
            verb = by_token.get(t.head.head.i)
            if verb is not None and verb.type in ("COERCE", "ASSAULT") and verb.mode in ("disperse", "crowd-control"):
                verb.type, verb.mode = "ASSAULT", "crowd-control"
                drop.add(t.i)
        elif d.type == "COERCE" and d.mode == "disperse" and t.dep_ in ("xcomp", "advcl") and t.pos_ == "VERB":
            means = by_token.get(t.head.i)
            if means is not None and means.mode == "crowd-control":
                if not means.target:
                    means.target = [a for a in d.target if a not in means.source]
                drop.add(t.i)
    return [d for d in drafts if d.trigger.i not in drop]


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
        if verb is None or head.i == t.i or t.lower_ in DENYING_FORMS:
            continue  # ("accused X of Y, a charge Abidjan rejects": a denial misread as the accusation's object)
        if verb.type == "ACCUSE" and d.type in ("ASSAULT", "COERCE") and t.dep_ == "dobj":
            # "condemned the attack that left two dead": the attack happened, and is a record of its own,
            # whose doer is not the one who condemns it
            d.source = [a for a in d.source if a not in verb.source]
            d.target = [a for a in d.target if a not in verb.source]
            continue
        if verb.type in ("REJECT", "SUPPORT") and t.dep_ == "dobj" and d.type != verb.type and any(
                c.lower_ in ("the", "these", "those", "this", "that") for c in t.children):
            # "rejected the sanctions", "welcomed the releases": a reply to an act told before is aimed at
            # whoever did it (found from the act when the noun names no doer), never at those it fell on
            if not verb.target:
                verb.target = [a for a in d.source if a not in verb.source]
            drop.add(t.i)
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
        if first is None and d.trigger.dep_ == "advcl" and d.trigger.tag_ == "VBG" and head.pos_ == "VERB":
            # "Heavy fighting erupted overnight ..., killing eight": the fighting that erupted killed them
            first = next((by_token[c.i] for c in head.children if c.dep_ == "nsubj" and c.i in by_token
                          and by_token[c.i].type == "ASSAULT"), None)
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
        # (nor a clause with a doer of its own: "a plane would fly tents in, and the EU released funds")
        # (a passive tells the harm of the same act: "a guard was killed and three people (were) wounded")
        separate = separate or (d.trigger.dep_ == "conj" and d.trigger.tag_ != "VBN"
                                and any(c.dep_ == "nsubj" for c in d.trigger.children))
        # (nor two attacks of different means told one after the other, each on its own object: "set off a bomb
        # under a vehicle and then opened fire on the convoy"; "attacked the post and burned it" is one attack)
        separate = separate or (d.trigger.dep_ == "conj" and first is not None and d.trigger.head.i == first.trigger.i
                                and d.type == first.type == "ASSAULT" and d.trigger.lemma_ not in RESULT_VERBS
                                and bool(first.mode) and bool(d.mode) and first.mode != d.mode
                                and _own_object(d.trigger) and _own_object(first.trigger))
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


def _own_object(verb: Token) -> bool:
    """The verb names what it was done to: an object, or a place or thing after "on", "at" or "under"."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at", "under", "into")
                                    and any(o.dep_ == "pobj" for o in c.children)) for c in verb.children)


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
        if not any(c.lower_ in DEFINITE_WORDS | {"such"} for c in d.trigger.children):
            continue
        if _blamed(d.trigger) and any(e.type == d.type and e.trigger.pos_ == "VERB" and sent_index.get(
                d.sentence.start, 0) - sent_index.get(e.sentence.start, 0) <= BLAMED_REACH for e in drafts[:n]):
            repeats.add(n)  # "accused herders of the attack": the attack told before, now blamed on someone
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


def _acts_referred_to(drafts: list[EventDraft]) -> list[EventDraft]:
    """"Police detained two men on suspicion of involvement in the shooting", "condemned the killings", "an
    inquiry into the air strikes", "said the arrests were meant to break the strike": an attack or an arrest
    named by a definite noun inside another act told in its own words (an arrest, a reproach, a demand) is
    one the report told before, now the matter of that act; references code it once, where it was told (the
    draft is dropped when an act of its kind was read earlier in the report)."""
    out: list[EventDraft] = []
    seen: set[str] = set()
    by_trigger = {d.trigger.i: d for d in drafts}
    for d in drafts:
        if d.type in REFERRED_TYPES and d.type in seen and d.trigger.pos_ == "NOUN" and any(
                (c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) or c.dep_ == "poss" for c in d.trigger.children):
            verb = d.trigger.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            host = by_trigger.get(verb.i)
            # (not forces moving "on the blockade": their clearing of it is the act told there)
            if host is not None and host.type not in (d.type, "MOBILIZE") and d.trigger.dep_ in (
                    "pobj", "dobj", "nsubj"):
                continue
        seen.add(d.type)
        out.append(d)
    return out


#: The acts whose definite nouns ("the shooting", "the arrests") refer back to an act told before.
REFERRED_TYPES = frozenset({"ASSAULT", "COERCE"})
#: The determiners of a thing told before ("the attack", "these killings").
DEFINITE_WORDS = frozenset({"the", "these", "those", "that", "this"})


#: How many sentences back the act that a blaming clause names ("blamed X for the attack") may have been told.
BLAMED_REACH = 4


def _blamed(t: Token) -> bool:
    """"accused X of the attack", "blamed X for the raids": the act a blaming verb pins on someone."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("of", "for"):
        return False
    # (the parser may hang "of the attack" from the accused: "accused herders of the attack", "blamed
    # militias armed from abroad for the attack")
    return any(a.lemma_ in ACCUSING_VERBS for a in list(t.head.ancestors)[:3])


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
    figures = any(w.like_num and w.ent_type_ not in ("DATE", "TIME", "ORDINAL") and w.i not in aside
                  for w in d.sentence)
    # (an aside: ", which could not ..."; an ordinal only counts the acts told: "the second detention")
    own = any(c.dep_ not in ("det", "punct", "relcl") and c.ent_type_ != "ORDINAL"
              and c.lower_ not in ("latest", "recent", "last") for c in t.children)
    # a place counts only where the clause gives it to the event: "the coordinator in Chad condemned the
    # attack" places the coordinator, and says nothing new of the attack
    place = d.place_token
    placed = place is not None and (t.dep_ != "dobj" or verb.lemma_ not in MENTIONING_VERBS
                                    or t.is_ancestor(place) or _placed_by(verb, place))
    return not (d.target or placed or d.objects or figures or own or says_more)


def _placed_by(verb: Token, place: Token) -> bool:
    """Whether the place hangs from the verb itself ("condemned the attack in Bria"), not from its subject."""
    return any(c.dep_ == "prep" and place in c.subtree for c in verb.children)


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
