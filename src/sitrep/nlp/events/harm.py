"""Harm done by no one against harm done by a side: disasters, accidents, culls and weapons tests,
against reports that name weapons, aircraft or a side's machines.

The events stage asks these of assault (and coercion) triggers before it gives the harm a source;
the extractor asks ``armed_report`` of a whole document.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.nlp.events.vocabulary import (
    ACCIDENT_WORDS,
    CULLED,
    DISASTER_WORDS,
    HOSTILE_WORDS,
    MEASURE_WORDS,
    NON_AGENTS,
    NOT_AIRCRAFT,
    PATHOGENS,
)
from sitrep.nlp.lexicon import Lexicon, lexicon
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import count_lower


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
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent") and c.lower_ not in MEASURE_WORDS]
    if not subjects and verb.dep_ in ("conj", "advcl"):
        # ("Wildfires fanned by winds near 40 degrees Celsius tore through towns, killing 11": "Celsius" read
        # as the subject of "tore"; the conjoined verbs share the fires)
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    subjects += [o for a in subjects if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if t.dep_ == "acl" or (verb.dep_ == "relcl" and (not subjects or any(s.lower_ in ("that", "which")
                                                                           for s in subjects))):
        # "new actions targeting ...", "an outbreak that killed hundreds of ducks", "the 14th storm to hit"
        subjects.append(verb.head)
    return any((_harmless_word(s) and not _fielded(s)) or _named_disaster(s) for s in subjects)


def _harmless_word(s: Token) -> bool:
    """The subject names a disaster, a thing or a pathogen, whatever the tagger made of it ("Wildfires have
    killed 12" opening a sentence is read as a name, with the plural as its own lemma)."""
    words = NON_AGENTS | PATHOGENS
    return s.lemma_.lower() in words or s.lower_ in words or (s.lower_.endswith("s") and s.lower_[:-1] in words)


def _named_disaster(s: Token) -> bool:
    """"Cyclone Fanilo", "Hurricane Maria", "Storm Ciaran": a storm known by its name is still a storm."""
    if s.pos_ != "PROPN":
        return False
    before = s.doc[s.i - 1] if s.i > 0 else None
    return any(c.dep_ == "compound" and c.lemma_.lower() in NON_AGENTS for c in s.children) or (
        before is not None and before.is_title and before.lower_ in NON_AGENTS)


def _fielded(s: Token) -> bool:
    """"Israeli tanks", "the army's tanks": a machine that a named side fields is its weapon, not an accident."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for c in s.children)


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


def _test_launch(t: Token) -> bool:
    """Missiles launched into the sea, off a coast or as a test, with no one named as hit."""
    if not any(c.dep_ == "dobj" and any(w.lower_ in ("missile", "missiles", "rocket", "rockets") for w in c.subtree)
               for c in t.children):
        return False
    sent = sent_of(t)
    low = sent.text.lower()
    return any(cue in low for cue in (" into the sea", "off its", "off the", " test", "splashed", "into waters"))


def armed_report(doc: Doc) -> bool:
    """The report names weapons (drones, missiles, shells): a "hit" in it is a strike, not a storm's.
    Read once per document."""
    cached = doc.user_data.get("sitrep_armed")
    if cached is None:
        weapons = lexicon().weapon_words
        cached = doc.user_data["sitrep_armed"] = count_lower(doc, weapons) > 0
    return bool(cached)


def _disaster_report(doc: Doc) -> bool:
    """The report is about a natural disaster and names no weapon: its damage and its dead are nature's."""
    cached = doc.user_data.get("sitrep_disaster")
    if cached is None:
        cached = count_lower(doc, DISASTER_WORDS) >= 2 and not armed_report(doc)
        doc.user_data["sitrep_disaster"] = cached
    return bool(cached)
