"""What the sides say about events: claims disputed by the other side, claims that could not be
verified, dismissals ("called the reports lies"), verdicts ("a reckless act") and the accusations
that reports of violence against one's own side make.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.attribution import claimant, verification_of
from sitrep.nlp.events.draft import EventDraft, _tells_with
from sitrep.nlp.events.participants import _countries, _subject, _subject_actors
from sitrep.nlp.events.vocabulary import (
    ACCUSATION_NOUNS,
    ACCUSING_VERBS,
    BOTH_CLAIMS,
    CALLED_ACTIONS,
    CLAIM_NOUNS,
    CONCERNED,
    DENY_VERBS,
    DISMISSIVE,
    GENERIC_ACT_NOUNS,
    GUILT_NOUNS,
    HOSTILE_ACTS,
    JUDGED_ACTS,
    NAMED_REPROACHES,
    NAMING_VERBS,
    REFERRED_ACTS,
    STATES,
    VERDICT_ADJECTIVES,
    VERDICT_NOUNS,
    WHOEVER,
)
from sitrep.nlp.knowledge import demonym_country
from sitrep.nlp.sentences import sent_of, sentence_number, sentences
from sitrep.nlp.syntax import roots_and_copulas, with_lemmas, with_lower, with_words


def _mark_disputes(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> None:
    """"X said its forces took the town. Y denied the claim.": the claimed event stays X's claim and
    becomes disputed by Y, so both sides' versions stay visible."""
    index: dict[int, int] | None = None  # sentence start -> its number, read only when a denial is found
    for t in with_lemmas(doc, DENY_VERBS):
        if t.lemma_ not in DENY_VERBS or t.pos_ != "VERB":
            continue
        # ("denied starting the fighting", "Moscow denies mistreating captives": a gerund is the act denied)
        # ("denied any involvement": a part in the act told before, which someone has pinned on the denier)
        about_claim = any((c.dep_ in ("dobj", "ccomp") and (c.lower_ in CLAIM_NOUNS or c.dep_ == "ccomp"))
                          or (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG") for c in t.children)
        guilt = not about_claim and any(c.dep_ == "dobj" and c.lemma_ in GUILT_NOUNS for c in t.children)
        if not (about_claim or guilt):
            continue
        subj = _subject(t)
        deniers = _subject_actors(book, subj) if subj is not None else []
        if not deniers:
            continue
        own = _countries(book, deniers)
        if index is None:
            index = {sent.start: i for i, sent in enumerate(sentences(doc))}
        here = index.get(sent_of(t).start, 0)
        for d in reversed(drafts):
            gap = here - index.get(d.sentence.start, 0)
            if d.trigger.i >= t.i or gap > 2 or d.claimed_by is None or d.claimed_by in deniers:
                continue
            if guilt and not (_countries(book, d.source) & own or (
                    d.type == "ACCUSE" and _countries(book, d.target) & own)):
                continue  # (a part denied is a part in an act pinned on the denier's side, not any claim told)
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
        else:
            _reject_the_accuser(book, drafts, t, deniers, here, index)
    for d in list(drafts):
        # "called the accusations absurd", "said the charges were invented": rejections of claims told
        # without a verb of denying answer the accuser too
        if d.type == "REJECT" and not d.target and d.source and d.trigger.lemma_ not in DENY_VERBS and any(
                c.lower_ in ACCUSATION_NOUNS and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in d.trigger.children):
            if index is None:
                index = {sent.start: i for i, sent in enumerate(sentences(doc))}
            _reject_the_accuser(book, drafts, d.trigger, d.source, index.get(d.sentence.start, 0), index)


#: How many sentences back the accusation a rejection answers may lie.
ACCUSATION_REACH = 8


def _reject_the_accuser(book: ActorBook, drafts: list[EventDraft], t: Token, deniers: list[int], here: int,
                        index: dict[int, int]) -> None:
    """"Georgia accused Russian guards of abducting the farmers. Russia's foreign ministry rejected the
    accusations": a rejection of accusations, with no claim told before, is aimed at whoever accused
    or made demands of the deniers' side, not at the deniers' own country."""
    rejection = next((r for r in drafts if r.trigger.i == t.i and r.type == "REJECT"), None)
    if rejection is None:
        return
    own = _countries(book, deniers)
    if any(w.dep_ == "poss" for c in t.children if c.dep_ == "dobj" for w in c.children):
        return  # "rejected Georgia's accusations": the text names whose they are
    accusation = next((d for d in reversed(drafts) if d.trigger.i < t.i and d.source
                       and 0 <= here - index.get(d.sentence.start, 0) <= ACCUSATION_REACH
                       and _countries(book, d.source).isdisjoint(own) and _countries(book, d.source) and (
                           d.type == "ACCUSE" or (d.type in ("REQUEST", "THREATEN", "SANCTION")
                                                  and bool(_countries(book, d.target) & own)))), None)
    if accusation is not None:
        rejection.target = list(accusation.source)


def _dismissals(doc: Doc, book: ActorBook, taken: set[int], verdicts: set[int] | None = None) -> list[EventDraft]:
    """"X called the accusations unfounded", "branded the reports lies": a rejection of whoever made them
    (the target is found with the other rejections of "the accusations"). The words of a verdict on an act
    ("called the move a blockade") go into VERDICTS: they name the act judged, and are no act of their own."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, NAMING_VERBS):
        if verb.pos_ != "VERB":
            continue
        label = _quoted_label(verb)
        if verb.i in taken and not label:
            continue  # (a verb read as an act of its own, "called for talks", unless it gives a quoted name)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        verdict = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "attr")
                        or (c.dep_ == "prep" and c.lower_ == "as")), None) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None)  # (the parser may hang the verdict on the object)
        if label and obj is not None and obj.i >= label[0].i:
            # ("called the arrests "revenge"": the parser made the name the object; the named is before it)
            obj = next((w for w in reversed(doc[verb.i + 1:label[0].i - 1]) if w.pos_ in ("NOUN", "PROPN", "PRON")),
                       None)
        if obj is None and verdict is not None:
            # ("called the sanctions illegal unilateral bullying": the parser may hang the object on the verdict)
            obj = next((c for c in verdict.children if c.dep_ in ("nmod", "compound") and c.i < verdict.i
                        and any(d.dep_ in ("det", "poss") for d in c.children)), None)
        if obj is not None and obj.tag_ == "WDT" and verb.dep_ == "relcl" and obj is not verdict:
            obj = verb.head  # ("a move that Minsk called 'economic warfare'": the move is what is judged)
        if obj is None or verdict is None:
            continue
        said = [*verdict.subtree, *(w for w in obj.subtree if w.i > obj.i)]  # ("the accusations "absurd"")
        words = {w.lower_ for w in said} | {w.lemma_.lower() for w in said}
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        if not source:
            continue
        if obj.pos_ == "PRON" and verb.dep_ == "advcl" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ACCUSATION_NOUNS for c in verb.head.children):
            continue  # ("denied the accusations, calling them a political lynching": the denial says it all)
        if obj.lemma_.lower() in ACCUSATION_NOUNS:
            # ("called the accusations 'unfortunate and not based on facts'": any name put on them in quotes)
            if words & DISMISSIVE or (label and not {w.lower_ for w in label} & PRAISE):
                out.append(EventDraft(type="REJECT", trigger=verb, sentence=sent_of(verb), clause=verb,
                                      source=source))
        elif words & (VERDICT_NOUNS | VERDICT_ADJECTIVES | NAMED_REPROACHES | {"provocation", "provocations"}):
            # "called the launches a clear provocation": a verdict on another side's act is a reproach of it
            out.append(EventDraft(type="ACCUSE", mode="disapprove", trigger=verb, sentence=sent_of(verb),
                                  clause=verb, source=source, verdict_on=obj))
            if verdicts is not None and verdict.lemma_.lower() in VERDICT_NOUNS and verdict.i > obj.i:
                verdicts.add(verdict.i)  # ("called the move a blockade"; not "a brutal attack on workers")
        elif label and not {w.lower_ for w in label} & PRAISE:
            # "called the ruling 'lawfare'", "called the freeze 'a gift to Beijing'": a name put in quotes on
            # another side's act is a reproach whatever its words, unless they praise it
            out.append(EventDraft(type="ACCUSE", mode="disapprove", trigger=verb, sentence=sent_of(verb),
                                  clause=verb, source=source, verdict_on=obj))
        else:
            continue
        if label and verb.i in taken and verdicts is not None:
            verdicts.add(verb.i)  # (the naming replaces the verb's other reading: "called ... 'revenge' for ...")
    return out


#: What a quoted name is most often praise of: "called the agreement 'a first step'", "the grain 'a gift'".
WELCOMED_THINGS = frozenset({"election", "elections", "vote", "meeting", "referendum", "session", "summit",
                             "agreement", "deal", "accord", "treaty", "pact", "release", "withdrawal", "pledge",
                             "visit", "talks", "ceasefire", "truce", "aid", "help", "support", "gift", "grain",
                             "line", "country", "countries", "relationship", "relations", "cooperation"})
#: Words of a quoted name that praise what they name: "called the crossing 'historic'".
PRAISE = frozenset({"step", "lesson", "proof", "recognition", "meaningful", "historic", "important", "positive",
                    "welcome", "good", "success", "successful", "breakthrough",
                    "calm", "orderly", "fair", "free", "peaceful", "credible", "transparent", "milestone", "victory",
                    "landmark", "great", "excellent", "constructive", "fruitful", "forward", "encouraging", "hope"})


def _quoted_label(verb: Token) -> list[Token]:
    """The words a naming verb puts in quotes right after its object ("called the ruling "lawfare"", "described
    the accusation as "an attempt to ..."") or right after itself ("called it "out of all proportion""); none
    for a call for something ("called for a 'day of mourning'") or a called action ("called a 'national
    strike'")."""
    doc = verb.doc
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "off") and c.i == verb.i + 1 for c in verb.children):
        return []
    if verb.dep_ == "relcl" or any(w.lower_ == "what" for w in doc[max(0, verb.i - 3):verb.i]):
        return []  # ("rejected what it called 'groundless hype'", "those the government calls enemies": a word
        # quoted inside another act, which is the one told)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (obj.lemma_.lower() in CALLED_ACTIONS | WELCOMED_THINGS or obj.lower_ in (
            "itself", "themselves") or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "my")
                                          for c in obj.children)):
        return []  # (a strike called, a deal praised, or a side's name for its own doing: "described its
        # actions as 'professional'")
    # (the first quote mark within a few words of the verb, with only the named thing before it: "called the
    # arrests "revenge"", read by the parser with the quoted word as the object)
    start = next((w.i for w in doc[verb.i + 1:min(len(doc), verb.i + 12)] if w.is_quote or w.pos_ in ("VERB", "AUX")
                  or w.text in (";", ":", ".")), None)
    if start is None or not doc[start].is_quote:
        return []
    words: list[Token] = []
    for w in doc[start + 1:min(len(doc), start + 25)]:
        if w.is_quote:
            return words
        words.append(w)
    return []


#: Participles that call a claim false when said of it ("the accusations were invented", "trumped-up").
FALSIFIED = frozenset({"invent", "invented", "fabricate", "fabricated", "concoct", "concocted", "trump", "fictitious",
                       "politically", "motivated"})


def _claims_called_false(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"The accusations were 'invented from beginning to end'", the ministry said; "the charges are
    baseless": a side that says the claims against it are false rejects them (the target is found with
    the other rejections of "the accusations"). Only in reported words: the report's own "the claims were
    false" is a finding, not a side's rejection."""
    out: list[EventDraft] = []
    for claim in with_words(doc, ACCUSATION_NOUNS):
        if claim.dep_ not in ("nsubj", "nsubjpass") or claim.lower_ not in ACCUSATION_NOUNS or claim.head.i in taken:
            continue
        verb = claim.head
        said = [w for c in verb.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp", "prep", "agent")
                for w in c.subtree] + ([verb] if claim.dep_ == "nsubjpass" else [])
        words = {w.lower_ for w in said} | {w.lemma_.lower() for w in said}
        if not words & (DISMISSIVE | FALSIFIED) or any(c.dep_ == "neg" for c in verb.children):
            continue
        speaker = claimant(book, verb)
        if speaker is None:
            continue
        out.append(EventDraft(type="REJECT", trigger=verb, sentence=sent_of(verb), clause=verb, source=[speaker],
                              claimed_by=speaker))
    return out


def _verdicts(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"This was a reckless and dangerous act", "it was sabotage ordered from Minsk": a side's verdict on the
    other side's act is PLOVER's ACCUSE; its source is whoever says it (filled once quotes have speakers),
    its target the author of the last hostile act told before."""
    out: list[EventDraft] = []
    taken = {d.trigger.i for d in drafts}
    for word in with_words(doc, CONCERNED):
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
    for root in roots_and_copulas(doc):
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
        # ("the expulsion was regrettable", "these launches are unacceptable": the act judged is named)
        judged = next((e for e in drafts if e.trigger.i == subj.i), None) if subj is not None else None
        if subj is None or attr is None or attr.i in taken or root.i in taken or (
                subj.lower_ not in ("this", "it", "that") and not (
                judged is not None and judged.type in HOSTILE_ACTS | {"SANCTION"}) and subj.lemma_.lower()
                not in REFERRED_ACTS | GENERIC_ACT_NOUNS | JUDGED_ACTS):
            continue
        words = {attr.lemma_.lower(), *(c.lower_ for c in attr.subtree)}
        if attr.lemma_.lower() not in VERDICT_NOUNS and not words & VERDICT_ADJECTIVES:
            continue
        here = sentence_number(doc, root.i)
        said_by = claimant(book, root)
        own = book.actors[said_by].country if said_by is not None else None
        named = subj.lower_ not in ("this", "it", "that")
        # (an act named is the other side's: "these launches are unacceptable," Japan's minister said)
        earlier = [e for e in reversed(drafts) if e.source and e.trigger.i < root.i
                   and not (named and own in {book.actors[a].country for a in e.source})]
        act = judged if judged is not None and judged.source else next(
            (e for e in earlier if named and e.type in HOSTILE_ACTS and e.trigger.lemma_ == subj.lemma_), None) or next(
            (e for e in earlier if named and e.type in HOSTILE_ACTS and _tells_with(e, subj.lemma_.lower())),
            None) or next(
            (e for e in earlier if e.type in HOSTILE_ACTS and here - sentence_number(doc, e.trigger.i) <= 3), None)
        d = EventDraft(type="ACCUSE", mode="disapprove", trigger=attr, sentence=sent, clause=root,
                       target=list(act.source) if act is not None else [], verdict=True)
        d.claimed_by = said_by
        if named and d.claimed_by is not None:
            # ("the expulsion was regrettable", the ministry said: its own verdict, aimed with the other
            # condemnations at the foreign side that acted when the act named is not told with its author)
            d.source, d.verdict = [d.claimed_by], False
            own = book.actors[d.claimed_by].country
            d.target = [a for a in d.target if book.actors[a].country != own]
        out.append(d)
    return out


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
    ministry) is also accusing X: PLOVER codes that as ACCUSE from the claimant to the attacker.

    Only an attack named by a noun, as the cause of what the claim is about ("homes lost power because
    of attacks by X"); a side telling the other's strike with a verb ("the air force said Russia fired
    80 drones") reports the strike, which references code once, as the ASSAULT (measured on the team's
    230 articles: leaving those out raised mean event precision by 0.006 for 0.001 of event recall)."""
    out: list[EventDraft] = []
    said = {(d.sentence.start, a, b) for d in drafts if d.type == "ACCUSE" for a in d.source for b in d.target}
    for d in drafts:
        # (a passive's subject with no agent suffered the attack: "civilians were killed" accuses no one)
        doers = [a for a in d.source if a not in d.target]
        if d.type != "ASSAULT" or d.claimed_by is None or not doers or d.claimed_by in doers or d.inherited \
                or d.status not in ("occurred", "ongoing", "claimed") or _circumstance(d.trigger) \
                or d.trigger.pos_ == "VERB":
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


#: The kinds of act an accusation can tell on its own terms ("accused the navy of firing on the boats"): the
#: only telling of a shooting or a seizure is coded as that act, claimed; an accused stance ("of backing
#: the rebels", "of siding with foreign companies", "of negotiating behind closed doors") is the accusation.
ACCUSED_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})


def accused_wording(d: EventDraft) -> bool:
    """Whether a draft is no act of its own but the charge an accusation makes: "accused Sofia of demanding
    that ...", "accused union officials of "holding workers hostage"" (the accuser's own words, quoted)."""
    t = d.trigger
    while t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ == "VBG":
        t = t.head  # ("of torturing and starving prisoners")
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in ("of", "for") or not _charged_by(t):
        return False
    quoted = t.i > 0 and t.doc[t.i - 1].text in _OPENING_QUOTES
    return d.type not in ACCUSED_ACT_TYPES or quoted


def _charged_by(t: Token) -> bool:
    """Whether an accusing verb governs the gerund, through its object or a second "of" ("accused the
    government of negotiating in secret ... and of siding with investors"), with no other verb between."""
    for a in t.ancestors:
        if a.lemma_ in ACCUSING_VERBS:
            return True
        if a.pos_ in ("VERB", "AUX") and a.tag_ != "VBG":
            return False
    return False


def _circumstance(trigger: Token) -> bool:
    """"... were without power following overnight attacks": an attack told only as the time of what
    the claim is about accuses no one; told as its cause ("due to", "because of") it blames the doer."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("pobj", "dobj") and trigger.head.lower_ in (
        "following", "after", "amid", "since", "during", "before", "despite")


#: How many events back the act a state condemns may lie.
CONDEMNED_REACH = 6


def _condemned_abroad(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"China launched drills around Taiwan ... 'We strongly condemn this irrational provocation,' Taiwan's
    defence ministry said": a state body's condemnation that the rules above aimed at its own country
    (or at no one) is aimed at the foreign side whose act was told last. Critics at home (parties,
    activists) condemn their own government, and are left alone. So is a state's show of force in
    reply ("Taiwan sent its own aircraft and ships to monitor the situation")."""
    ordered = sorted(drafts, key=lambda d: d.trigger.i)
    for k, d in enumerate(ordered):
        if d.type not in ("ACCUSE", "MOBILIZE") or not d.source or any(
                book.actors[a].sector not in ("GOV", "MIL") for a in d.source):
            continue
        own = _countries(book, d.source)
        if not own or any(book.actors[a].kind != "country" or book.actors[a].country not in own for a in d.target):
            continue
        if d.type == "MOBILIZE" and d.target:
            continue  # ("sent its own aircraft to monitor the drills": a reply aimed at no one named)
        doer = next((e for e in reversed(ordered[max(0, k - CONDEMNED_REACH):k]) if e.source and e.type in (
            "ASSAULT", "MOBILIZE", "COERCE", "THREATEN", "SANCTION") and _countries(book, e.source)
            and _countries(book, e.source).isdisjoint(own)), None)
        if doer is not None:
            d.target = list(doer.source)


def denials(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Serbian officials said no shots had been fired from Serbian territory", "the group does not target
    civilians", a spokeswoman said: an act a side says it did not do, in words reported from it, is that
    side's denial (PLOVER's REJECT), not a record of an act; the denied act's own type is kept nowhere, as
    PLOVER codes no event that did not happen. A conditional ("if they do not hand over their guns") stays."""
    for d in drafts:
        if not d.negated or d.claimed_by is None or d.type == "REJECT" or d.status == "conditional":
            continue
        speaker = book.actors[d.claimed_by]
        side = {book.actors[a].country for a in d.source} - {None}
        if side and speaker.country not in side:
            continue  # ("the UN said the army had not fired": a third party's account, not a denial)
        # (whom the denial answers is the accuser, found later, not whoever the denied act would have hit)
        d.type, d.mode, d.negated, d.status = "REJECT", None, False, "occurred"
        d.source, d.target = [d.claimed_by], []


def claims_answered(book: ActorBook, drafts: list[EventDraft]) -> None:
    """"Tanzania said the boats were fishing illegally, a claim Malawi rejects", "a figure the government
    disputes": a rejection told in a relative clause on the claim answers whoever made the claim, the
    one the claim's own clause reports."""
    for d in drafts:
        noun = d.trigger.head
        if d.type != "REJECT" or d.target or d.trigger.dep_ != "relcl" or noun.lower_ not in CLAIM_NOUNS | {
                "figure", "figures", "account", "version", "toll", "estimate"}:
            continue
        owner = claimant(book, noun)
        if owner is not None and owner not in d.source and book.actors[owner].country not in {
                book.actors[a].country for a in d.source}:
            d.target = [owner]


#: Words that call an act unlawful: "fishing illegally", "entered without authorisation", "the strike is illegal".
UNLAWFUL = frozenset({"illegally", "unlawfully", "illicitly"})
UNLAWFUL_STATES = frozenset({"illegal", "unlawful", "illegitimate"})
UNAUTHORISED = frozenset({"authorization", "authorisation", "permission", "approval", "consent", "permit", "clearance",
                          "licence", "licences", "license", "licenses"})


#: Nouns that call an act a breach of a rule or a right: "a violation of our sovereignty".
VIOLATION_NOUNS = frozenset({"violation", "violations", "breach", "breaches", "infringement"})
#: Verbs whose object is a wrong their subject did: "carried out gross violations of human rights".
COMMITTING_VERBS = frozenset({"commit", "perpetrate", "carry"})

#: The words ``unlawful_acts`` starts from; only the tokens written with one of them are read.
_UNLAWFUL_WORDS = UNLAWFUL | UNAUTHORISED | UNLAWFUL_STATES | VIOLATION_NOUNS


def _violation_verb(word: Token) -> Token | None:
    """The verb whose subject a violation is pinned on: "the landing was a violation of X" (the landing's),
    "built the post in violation of an understanding", "carried out gross violations of human rights"."""
    head = word.head
    if word.dep_ == "attr" and head.lemma_ == "be":
        return head
    if word.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
        return head.head
    if word.dep_ == "dobj" and head.lemma_ in COMMITTING_VERBS:
        return head
    return None


def unlawful_acts(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"Malaysia said the boats had been fishing illegally", "the boats entered its waters without
    authorisation", the company said "the sit-in was unlawful": a side that reports another's act as
    unlawful accuses it (PLOVER's ACCUSE), whatever the act. Only in a side's words, and not inside an
    accusation already told ("accused the crew of fishing illegally")."""
    out: list[EventDraft] = []
    accused = {i for d in drafts if d.type == "ACCUSE" for i in (d.trigger.i, d.clause.i if d.clause else -1)}
    # ("the sanctions were illegitimate", read already as the speaker's rejection of them)
    accused |= {d.trigger.i for d in drafts if d.type == "REJECT"}
    for word in with_words(doc, _UNLAWFUL_WORDS):
        low = word.lower_
        if low in UNLAWFUL and word.dep_ == "advmod":
            verb = word.head
        elif low in UNAUTHORISED and word.dep_ == "pobj" and word.head.lower_ == "without":
            verb = word.head.head
        elif low in UNLAWFUL_STATES and word.dep_ in ("acomp", "attr", "conj") and word.head.lemma_ in (
                "be", *UNLAWFUL_STATES, "unprotected"):
            verb = word.head if word.head.lemma_ == "be" else word.head.head
        elif word.lemma_.lower() in VIOLATION_NOUNS and (pinned := _violation_verb(word)) is not None:
            verb = pinned
        else:
            continue
        if verb.pos_ not in ("VERB", "AUX") or verb.i in accused or any(
                a.lemma_ in ACCUSING_VERBS or a.i in accused for a in verb.ancestors):
            continue
        speaker = claimant(book, verb)
        subj = _subject(verb)
        if speaker is None or subj is None:
            continue
        doers = _subject_actors(book, subj) or [a for d in drafts if d.trigger.i == subj.i for a in d.source] or [
            book.country_actor(iso) for w in subj.children if w.dep_ in ("amod", "compound")
            and (iso := demonym_country(w.text))]
        doers = [a for a in doers if a != speaker] or _held_for_it(book, drafts, speaker, verb) or (
            _act_told_before(book, drafts, speaker, subj))
        if not doers:
            continue
        # (the word that calls it unlawful is the trigger: the act's own verb may be an event of its own)
        out.append(EventDraft(type="ACCUSE", mode="allege", trigger=word, sentence=sent_of(verb), clause=verb,
                              source=[speaker], target=doers, claimed_by=speaker))
        accused.add(verb.i)
    return out


#: How many sentences back the seizure an unlawful act explains may lie.
HELD_REACH = 3


def _held_for_it(book: ActorBook, drafts: list[EventDraft], speaker: int, verb: Token) -> list[int]:
    """"Suriname's coast guard seized four Guyanese boats. It said the boats had been fishing without
    licences": with no actor named for what was unlawful, those the speaker's side has just seized or
    detained are the ones it accuses."""
    side = book.actors[speaker].country
    if side is None:
        return []
    here = sentence_number(verb.doc, verb.i)
    seized = next((d for d in reversed(drafts) if d.type == "COERCE" and d.trigger.i < verb.i
                   and 0 <= here - sentence_number(d.trigger.doc, d.trigger.i) <= HELD_REACH
                   and side in _countries(book, d.source)), None)
    if seized is None:
        return []
    return [a for a in seized.target if book.actors[a].country not in (None, side)]


def _act_told_before(book: ActorBook, drafts: list[EventDraft], speaker: int, subj: Token) -> list[int]:
    """"French marines landed on the island. Vanuatu said the landing was a violation of its sovereignty":
    an act named again by a definite noun is the one told before; its doers, of another side than the
    speaker, are accused."""
    if subj.pos_ != "NOUN" or not any(c.lower_ in ("the", "this", "that") for c in subj.children):
        return []
    side = book.actors[speaker].country
    here = sentence_number(subj.doc, subj.i)
    # ("the sanctions were illegitimate": the sanctions told before, not the last hostile act of any kind)
    kind = next((d.type for d in drafts if d.trigger.i == subj.i), None)
    act = next((d for d in reversed(drafts) if d.trigger.i < subj.i and d.type in HOSTILE_ACTS
                and (kind is None or d.type == kind)
                and 0 < here - sentence_number(d.trigger.doc, d.trigger.i) <= HELD_REACH), None)
    if act is None:
        return []
    return [a for a in act.source if book.actors[a].country not in (None, side)]


#: What "anyone who ..." is told will befall them: "will lose their boat", "will pay", "will regret it".
CONSEQUENCE_VERBS = frozenset({"lose", "pay", "regret", "suffer", "answer", "feel", "bear", "catch", "treat",
                               "face", "burn", "hunt"})


def warnings_to_anyone(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"Anyone who steals our fish behind that line will lose their boat", "whoever crosses will be caught
    and will pay", a navy commander said: a consequence a side promises whoever does a thing is its threat
    (PLOVER's THREATEN), though the consequence's verb is no act of force."""
    out: list[EventDraft] = []
    taken = {d.trigger.i for d in drafts}
    for verb in with_lemmas(doc, CONSEQUENCE_VERBS):
        if verb.i in taken or verb.pos_ != "VERB" or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in WHOEVER or not any(c.dep_ == "relcl" for c in subj.children):
            continue  # (only "anyone who ...": "everyone will pay more for fuel" warns no one)
        speaker = claimant(book, verb)
        if speaker is None:
            continue
        # ("... will lose their boat", after the navy seized foreign boats: the warning is to their side)
        out.append(EventDraft(type="THREATEN", trigger=verb, sentence=sent_of(verb), clause=verb, status="threatened",
                              source=[speaker], target=_held_for_it(book, drafts, speaker, verb), claimed_by=speaker))
    return out


#: Verbs of pressure kept up ("will continue", "will keep blocking", "will go on", "will stay on the streets").
PERSISTING_VERBS = frozenset({"continue", "stay", "remain", "keep", "persist", "go"})
#: What a measure stays in: "the ban will stay in place", "in force", "on hold" (a measure, not pressure).
HELD_STATES = frozenset({"place", "force", "effect", "hold"})
#: Pressure that goes on in its own name: "the strike will continue", "operations will continue".
PRESSURE_NOUNS = frozenset({"strike", "stoppage", "walkout", "blockade", "protest", "rally", "sit-in", "boycott",
                            "march", "operation", "attack", "offensive", "patrol", "fighting", "campaign"})


def pressure_until(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"The strike will continue until the bonuses are paid", "the crossing would stay closed until the Haitian
    authorities can guarantee security", "his men would keep moving north until the government falls": pressure
    a side vows to keep up until another does something is its threat (PLOVER's THREATEN), made on whoever the
    condition names. The side is the verb's subject, else (a strike, a crossing) the one who says it."""
    out: list[EventDraft] = []
    taken = {d.trigger.i for d in drafts}
    for verb in with_lemmas(doc, PERSISTING_VERBS):
        if verb.i in taken or verb.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children):
            continue
        if verb.lemma_ == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
            continue  # ("will go to the polls": no pressure kept up)
        until = next((c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "until" for m in c.children)), None)
        if until is None:
            continue  # (not "until further notice", nor a date: no condition on anyone)
        if any(c.dep_ == "acomp" or (c.dep_ == "prep" and (c.lower_ == "as" or any(
                o.lower_ in HELD_STATES for o in c.children))) for c in verb.children):
            continue  # ("the crossing would stay closed", "the ban will stay in place", "stay on as caretaker")
        speaker = claimant(book, verb)
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None else []
        if not source and subj is not None and subj.lemma_.lower() in PRESSURE_NOUNS and speaker is not None:
            source = [speaker]  # ("the strike will continue until ...", the union said)
        if not source:
            continue  # ("the numbers will keep rising until ...": no side's pressure)
        named = next((c for c in until.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = [a for a in (book.resolve(named, create=False) if named is not None else []) if a not in source]
        out.append(EventDraft(type="THREATEN", trigger=verb, sentence=sent_of(verb), clause=verb, status="threatened",
                              source=source, target=target, claimed_by=speaker))
    return out


ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})


def responsibility_assigned(doc: Doc, book: ActorBook, taken: set[int]) -> list[EventDraft]:
    """"Ukraine held Russia responsible for the attack", the ministry said "Iran bore full responsibility
    for the death": a side that lays the blame on another accuses it (PLOVER's ACCUSE). A passive ("would
    be held accountable") is a warning, left to the rules for threats."""
    out: list[EventDraft] = []
    for verb in with_lemmas(doc, frozenset({"hold", "bear"})):
        if verb.i in taken or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if verb.lemma_ == "hold":
            if not any(c.lemma_.lower() in ANSWERABLE for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp")):
                continue
            blamed = [a for c in verb.children if c.dep_ == "dobj" for a in book.resolve(c)]
            subj = _subject(verb)
            blamers = _subject_actors(book, subj) if subj is not None else []
        else:
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "blame") for c in verb.children):
                continue
            subj = _subject(verb)
            blamed = _subject_actors(book, subj) if subj is not None else []
            speaker = claimant(book, verb)
            blamers = [speaker] if speaker is not None else []
        blamed = [a for a in blamed if a not in blamers]
        if not blamers or not blamed:
            continue
        out.append(EventDraft(type="ACCUSE", trigger=verb, sentence=sent_of(verb), clause=verb, source=blamers,
                              target=blamed, claimed_by=claimant(book, verb)))
    return out


#: Verbs whose future under a condition is a forecast or a promise, not a threat: "would resume talks if",
#: "will be able to ...", "would be happy to ...".
NO_THREAT_VERBS = frozenset({"be", "have", "become", "help", "consider", "welcome", "support", "resume", "return",
                             "reopen", "restore", "lift", "release", "pay", "sign", "agree", "accept", "meet", "talk",
                             "negotiate", "free", "allow", "end", "call", "cooperate", "work", "receive", "get",
                             "need", "cost", "take", "make", "rise", "fall", "increase", "reach", "lose", "die",
                             "force"})


#: The auxiliaries a step to come is told with.
FUTURE_WORDS = frozenset({"will", "would", "'ll", "shall"})


def _negated_condition(verb: Token) -> Token | None:
    """VERB's condition when another side must act for it not to happen: "unless the families receive title",
    "if Somalia did not withdraw", "if the money is not in our accounts in 14 days"."""
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and any(m.dep_ == "neg" for m in c.children)):
            return c
    return None


def ultimatums(doc: Doc, book: ActorBook, drafts: list[EventDraft]) -> list[EventDraft]:
    """"It would occupy the land office on Friday unless the families received title", "if the money is not
    in our accounts in 14 days, the valves will be closed": a side's step to come unless another acts is its
    threat (PLOVER's THREATEN, conditional), whatever the step's verb; the verbs read as acts already carry
    their own threats (status.py). Only in words a side is reported to say, aimed at whoever the condition
    names."""
    out: list[EventDraft] = []
    taken = {d.trigger.i for d in drafts} | {d.clause.i for d in drafts if d.clause is not None}
    # (every step to come has its "will" or "would": only their verbs are read)
    verbs = sorted({t.head.i for t in with_lower(doc, FUTURE_WORDS) if t.dep_ == "aux"})
    for verb in (doc[i] for i in verbs):
        if verb.pos_ != "VERB" or verb.i in taken or verb.lemma_.lower() in NO_THREAT_VERBS or verb.dep_ not in (
                "ROOT", "ccomp", "conj", "parataxis"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # ("would not sign unless ...": a refusal, read elsewhere)
        condition = _negated_condition(verb)
        if condition is None:
            continue
        sent = sent_of(verb)
        speaker = claimant(book, verb)
        if speaker is None and not any(w.is_quote for w in sent):
            continue  # (the report's own "prices will rise unless ...": a forecast)
        subj = _subject(verb)
        source = _subject_actors(book, subj) if subj is not None and subj.lower_ not in ("we", "i") else []
        if not source and speaker is not None:
            source = [speaker]
        named = next((c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = [a for a in (book.resolve(named, create=False) if named is not None else []) if a not in source]
        d = EventDraft(type="THREATEN", trigger=verb, sentence=sent, clause=verb, status="conditional",
                       source=source, target=target, claimed_by=speaker)
        d.verdict = not source  # (a quoted speaker's: filled once quotes have speakers)
        out.append(d)
    return out

