"""Who acts and who is acted on, read from the parse: subjects (active, passive agents, inherited
through xcomp, conj or a misparse), the actors of a subject or an object, and who counts as people.

The events stage, the status rules and the discourse rules all ask "who is the subject of this
verb"; the answers live here so that they agree.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.nlp.actors import ActorBook
from sitrep.nlp.attribution import REPORTING_VERBS, misattached_speech_act
from sitrep.nlp.events.draft import EventDraft
from sitrep.nlp.events.vocabulary import (
    ACCUSING_VERBS,
    BACKING_VERBS,
    CLIMB_DEPS,
    IRREGULAR_FORMS,
    LIGHT_VERBS,
    NON_AGENTS,
    OBJECT_CONTROL_VERBS,
    PEOPLE_NOUNS,
    RESULT_VERBS,
    SPEECH_VERBS,
    UNARMED_SECTORS,
    VENUE_PREPS,
)
from sitrep.nlp.knowledge import PERSON_ENDINGS
from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import told_clause


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


def _weapon_sender(book: ActorBook, subj: Token) -> list[int]:
    """"Drones launched by X struck the depot", "missiles fired from Y": the weapon's sender acts."""
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    return [x for o in a.children if o.dep_ == "pobj" for x in book.resolve(o)]
    return []


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


def _perfect_split_by_duration(t: Token) -> Token | None:
    """"Congo has for years accused Rwanda of ...", "has since 2019 demanded": a span of time between
    the auxiliary and the participle makes the small model read "has" as the main verb and the participle
    as a modifier of the time noun; the auxiliary's subject is the participle's."""
    if t.dep_ != "acl" or t.tag_ != "VBN":
        return None
    prep = t.head.head
    if t.head.dep_ != "pobj" or prep.lower_ not in ("for", "since") or prep.head.lemma_ != "have":
        return None
    return prep.head if any(c.dep_ == "nsubj" for c in prep.head.children) else None


def _own_agent(book: ActorBook, t: Token) -> bool:
    """An event noun with its agent attached: "X's threat", "Syrian demands", "a warning by X",
    or the object of the agent's own verb ("X issued a warning")."""
    for c in t.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and book.resolve(c, create=True):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "between") and any(book.resolve(o) for o in c.children):
            return True  # "a warning by X", "a clash between X and Y"
    return t.dep_ in ("dobj", "attr") and t.head.pos_ == "VERB" and t.head.lemma_ in LIGHT_VERBS


def _came_under_attack(v: Token) -> bool:
    """"came under fire", "was under attack", "came under heavy shelling": the subject suffered it."""
    return v.lemma_ in ("come", "be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(
            o.lemma_.lower() in ("fire", "attack", "shelling", "bombardment", "assault", "gunfire", "siege")
            for o in c.children if o.dep_ == "pobj") for c in v.children)


#: Verbs that tell a side's answer ("the ministry replied that ...").
REPLY_VERBS = frozenset({"reply", "respond", "retort"})


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
        split = _perfect_split_by_duration(cur)
        if split is not None:
            cur = split
            continue
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
        if cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and cur.head.head.lemma_ in SPEECH_VERBS | REPLY_VERBS \
                and cur.lemma_ in ("summon", "expel") and all(
                    c.pos_ == "NOUN" for c in cur.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            # "the ministry said his remarks amounted to interference and summoned the envoy": remarks summon
            # no one; a state's diplomatic act told after its verdict is the teller's
            cur = cur.head.head
            continue
        if cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBZ") and cur.head.tag_ == "VB" and cur.head.dep_ == "xcomp" \
                and not any(c.dep_ in ("aux", "nsubj") for c in cur.children):
            # "ordered the ambassador to leave the country and recalled its own envoy": a finite verb is no
            # second infinitive; it is the main verb's second act, whatever the parser hung it on
            cur = cur.head.head
            continue
        if cur.dep_ == "conj" and cur.head.dep_ == "relcl" and cur.head.head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in cur.children):
            # "said it had arrested six gendarmes who crossed the border and accused them of spying": an act on
            # "them", the relative clause's own people, is the main clause's second act, whatever the parser
            # hung it on
            cur = cur.head.head.head
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
        if _accused_list_member(cur):
            # "accused the coast guard of boarding a boat, beating its crew and seizing its catch": the
            # parser hangs the later acts on "accused"; the accused did them too
            out.extend(c for c in cur.head.children if c.dep_ == "dobj")
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


def _countries(book: ActorBook, ids: list[int]) -> set[str]:
    return {c for c in (book.actors[a].country for a in ids) if c}


def _subject(verb: Token) -> Token | None:
    found = _subjects(verb)
    return found[0] if found else None


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


def _object_actors(book: ActorBook, obj: Token, *, venues: bool = True) -> list[int]:
    """Who the object names, or else whom its phrases name ("attacks on X"); with ``venues`` False a
    place phrase is passed over ("signed a ceasefire in the Chinese city of X" is signed with no one there)."""
    found = book.resolve(obj)
    if found:
        # ("blamed "terrorists sponsored by India"": the sponsor named with them is blamed too)
        backers = [a for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in BACKING_VERBS
                   for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                   for a in book.resolve(o, create=False) if a not in found]
        return found + backers
    for c in obj.children:
        if c.dep_ == "prep":
            for o in c.children:
                if o.dep_ == "pobj" and not (not venues and c.lower_ in VENUE_PREPS and _a_place(o)):
                    found = book.resolve(o)
                    if found:
                        return found
    return []


def _a_place(t: Token) -> bool:
    """A noun that names where something is: a place name, or "the city of X", "the capital"."""
    return t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in ("city", "town", "capital", "village", "port")


def _armed_antecedent(book: ActorBook, pronoun: Token, found: list[int]) -> list[int]:
    """"They bombed people who had nowhere to go": a pronoun that attacks stands for the armed side told
    of last, not for the civilians the nearest mention names."""
    if not found or any(book.actors[a].sector not in UNARMED_SECTORS for a in found):
        return found
    armed = [(start, i) for i, a in enumerate(book.actors) if a.sector in ("MIL", "REB", "COP")
             for start, _ in a.mentions if start < pronoun.idx]
    return [max(armed)[1]] if armed else found


def _accused_list_member(verb: Token) -> bool:
    """A participle the parser hung on an accusing verb after its "of"/"for" act: "accused X of boarding
    a boat, beating its crew", where "beating" is one more act X is accused of."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_ not in ACCUSING_VERBS | {"blame", "suspect"}:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < verb.i and any(
        c.dep_ == "pcomp" for c in p.children) for p in head.children)


#: Acts a speaker does in the same breath as speaking: "said the resignation was a sacrifice and demanded an
#: inquiry" (the parser hangs "demanded" on "was", whose subject cannot demand).
SPEAKERS_OWN_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"})


def speakers_conjoined_acts(book: ActorBook, drafts: list[EventDraft]) -> None:
    """A demand, reproach, refusal or warning with no side, told as a second verb (no subject of its own) of
    what a side is reported to say, is the speaker's own: "She said the movement would hold a strike on
    Wednesday and demanded the release of the detained students". Only when the clause it is tied to names
    no side that could do it."""
    for d in drafts:
        t = d.trigger
        if d.source or d.type not in SPEAKERS_OWN_ACTS or t.pos_ != "VERB" or t.dep_ != "conj":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.tag_ != "VBD":
            continue
        head = t.head
        if head.dep_ != "ccomp" or head.head.lemma_ not in SPEECH_VERBS:
            continue
        told = _subject(head)
        if told is not None and _subject_actors(book, told) and head.tag_ == "VBD" and not any(
                c.dep_ == "aux" for c in head.children):
            continue  # ("said police had detained 14 and charged them": the clause's own side did both)
        speaker = _subject(head.head)
        if speaker is not None:
            d.source = _subject_actors(book, speaker)

