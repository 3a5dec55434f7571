"""The quotes stage: direct and indirect speech, each with its cue and speaker.

Direct quotes are found from quotation marks (curly or straight, across
sentences, partial quotes inside a clause); indirect speech from a reporting
verb's clausal complement ("said the vote would ..."), object or infinitive,
from asides ("The bridge, the mayor said, will ...", "as experts noted") and
from "according to". Reported content after its cue runs to the end of its
sentence, within its paragraph, until another attribution starts; speech
nested in other reported speech belongs to the outer attribution. The speaker
is the subject of the cue verb, through participles ("adding that ...") and
pronouns ("he said"), resolved to an actor by the actors stage's book.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp import extensions
from sitrep.nlp.actors import ISSUED_TEXTS, ActorBook, ActorDraft, author_of_text, report_country
from sitrep.nlp.knowledge import country_code, demonym_country
from sitrep.nlp.lexicon import lexicon
from sitrep.nlp.sentences import sent_of
from sitrep.nlp.syntax import VERBS, doc_text, with_lemmas, with_lower, with_pos

# transcripts and headlines: "SMITH: We will ...", "Pence: debate is on"
LABEL_RE = re.compile(
    r"(?m)^[\"“'‘(\s]{0,3}(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}): +(?P<content>\S[^\n]*)$")
NOT_SPEAKERS = frozenset({"note", "update", "related", "photo", "video", "watch", "read", "editor's note", "source",
                          "sources", "correction", "image", "caption", "q", "a", "tags", "share", "listen"})
# a quotation never spans a line break here: newsroom style reopens quotes on each paragraph without closing
# them, so a mark at a paragraph start must not pair with one in the next paragraph
# a paragraph may open with a closing mark typed for an opening one (”Fear. ...”)
# and a curly opening mark may be closed by a straight one (“...") when a quotation was pasted together
QUOTE_RE = re.compile(r"“([^“”\n]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^«»\n]{2,}?)»|''([^\n]{2,}?)''|(?m:^)”([^“”\n]{2,}?)”"
                      r"|“([^“”\"\n]{2,}?)\"")
# what may stand between two quoted stretches of one quotation: "A," she said, "B." or "A." "B."
GAP_WORDS = 30
GAP_CHARS = 250
# how near after a quotation the speaker named in ", Lee said" stands
AFTER_QUOTE_TOKENS = 4
# reported speech that one quotation fills this much of is that quotation ("said it was “a disgrace”")
QUOTED_SHARE = 0.8
# a quoted name of a show, paper or work: at most this many words in title case ("Morning Report")
TITLE_WORDS = 4
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "to", "in", "on", "for", "at", "with", "or"})
# titles written with a full stop, which ends no sentence ("said the Rev. Ann Lee")
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "rev", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt",
                           "maj", "cmdr", "adm", "prof", "st", "jr", "sr", "supt", "insp", "det", "atty", "hon",
                           "pres", "amb", "fr", "no", "inc", "corp", "co", "ltd"})
# a quotation this short with no cue in its sentence is a name or a phrase held at arm's length
SCARE_QUOTE_WORDS = 3
# an attribution between commas inside its sentence ("X, he said on Friday, Y"): the words that may
# stand between its subject and cue ("has said"), how many tokens may follow the cue before its closing
# comma, and words after that comma that set a scene rather than go on with what is said
ASIDE_FILLERS = frozenset({"aux", "auxpass", "neg", "advmod"})
ASIDE_TAIL = 8
ASIDE_SCENES = frozenset({"as", "while", "when", "after", "before", "amid", "although", "though", "because"})
# verbs of a clause of their own: between two quotations they tell of something besides who spoke
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NARRATING_DEPS = frozenset({"advcl", "ROOT", "conj", "ccomp", "parataxis"})
# subjects of a cue that point back to an earlier speaker
PERSON_SPEAKERS = frozenset({"he", "she"})
SPEAKER_PRONOUNS = PERSON_SPEAKERS | {"they", "it"}
# words that tell a person's gender: a courtesy title just before a mention, or a role noun in the name
FEMALE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "wife", "mother", "daughter", "sister",
                          "widow", "girlfriend", "grandmother", "aunt", "niece", "spokeswoman", "chairwoman",
                          "congresswoman", "businesswoman", "councilwoman", "actress", "queen", "princess",
                          "woman", "mom", "first lady"})
MALE_WORDS = frozenset({"mr", "mr.", "sir", "husband", "father", "son", "brother", "widower", "boyfriend",
                        "grandfather", "uncle", "nephew", "spokesman", "chairman", "congressman", "businessman",
                        "councilman", "actor", "king", "prince", "man", "dad"})
# how far back a "he"/"she" looks for the person it stands for: tokens, and paragraph breaks crossed
PRONOUN_REACH = 200
PARAGRAPHS_BACK = 1
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
WRITER_PRONOUNS = frozenset({"i", "we"})
WRITER = "the writer"
# "some said", "each argued": a part of a group already named, taken as a speaker of its own
QUANTIFIER_SUBJECTS = frozenset({"some", "all", "each", "one", "someone", "many", "others", "both", "several",
                                 "few", "most", "everyone", "anyone", "nobody", "none"})
# things that carry their author's words: "Lee's statement says" is Lee speaking
SPEECH_NOUNS = frozenset({"statement", "speech", "letter", "post", "tweet", "remarks", "comment", "comments",
                          "interview", "testimony", "message", "column", "op-ed", "essay", "memo", "email",
                          "book", "report", "announcement", "address", "note", "filing", "complaint"})
# nouns that name a person when the actors stage has no role for them
PERSON_NOUNS = frozenset({"source", "spokesman", "spokeswoman", "spokesperson", "official", "aide", "analyst",
                          "expert", "economist", "adviser", "advisor", "lawyer", "attorney", "friend", "witness",
                          "resident", "voter", "supporter", "critic", "researcher", "scientist", "professor",
                          "director", "executive", "candidate", "nominee", "lawmaker", "senator", "governor"})


@dataclass
class QuoteDraft:
    start: int
    end: int
    direct: bool
    cue: Token | None
    speaker: int | None
    subject: Token | None = None  # who the text says speaks, resolved to ``speaker`` once all quotes are known
    follows: bool = False  # a quotation with no attribution of its own, continuing the one before


@Language.factory("sitrep_quotes", requires=["doc._.sitrep_state"], assigns=["doc._.sitrep_state"])
def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage()


class QuotesStage:
    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.sitrep_state or {}
        book: ActorBook = state["actors"]
        quotes = direct_quotes(doc, book)
        quotes += labelled_speech(doc, book, [(q.start, q.end) for q in quotes])
        covered = [(q.start, q.end) for q in quotes]
        # every quotation, kept or not: people named inside quotation marks are no antecedent of a "he"
        marked = [(q.start, q.end) for q in quotes if q.direct]
        # a quotation with a cue of its own ("..., she replied, “...") starts an attribution of its own
        opened = [(q.start, q.cue.i) for q in quotes if q.direct and q.cue is not None]
        indirect = indirect_quotes(doc, book, covered, opened)
        # quoted words inside reported speech ("said it was only “to mock” her") are part of that
        # speech, not a quotation of their own
        quotes = [q for q in quotes if not any(i.start <= q.start and q.end <= i.end + 2 for i in indirect)]
        quotes += _outermost(indirect)
        quotes.sort(key=lambda q: q.start)
        resolve_speakers(book, quotes, marked)
        # a quotation nobody is said to speak, with no verb of speech near it, is a title or a slogan
        quotes = [q for q in quotes if not (q.direct and q.cue is None and q.speaker is None)]
        state["quotes"] = _joined_continuations(doc, quotes)
        doc._.sitrep_state = state
        return doc


def _joined_continuations(doc: Doc, quotes: list[QuoteDraft]) -> list[QuoteDraft]:
    """'"A," he said, pointing to the map. "B."': a quotation with no cue of its own that goes on in
    the paragraph of the quotation before it is the rest of that statement, one attribution as
    readers and annotators take it, not a second one. A new paragraph, reported speech between the
    two, or narration of something else ("..., said Lee as smoke rose. "B."") ends the statement."""
    out: list[QuoteDraft] = []
    for q in quotes:
        prev = out[-1] if out else None
        if q.direct and q.follows and prev is not None and prev.direct and prev.end <= q.start \
                and _only_attribution_between(doc, prev, q.start):
            prev.end = q.end
            continue
        out.append(q)
    return out


def _only_attribution_between(doc: Doc, prev: QuoteDraft, start: int) -> bool:
    """Whether the words from one quotation to the next only attribute the first: a cue, with the
    speaker's name, a gloss on who they are ("who heads the board") or a participle ("pointing to
    ..."), in one paragraph. A clause of another act ("as smoke rose", "He smiled.") tells of
    something else, and the quotation after it is a statement of its own."""
    if "\n" in doc_text(doc)[prev.end:start]:
        return False
    gap = doc.char_span(prev.end, start, alignment_mode="contract")
    if gap is None:
        return True
    speech = cue_lexicon().direct_verbs
    for w in gap:
        verb = w.head if w.dep_ in ("aux", "auxpass", "neg") else w
        if w.tag_ in FINITE_TAGS and verb.lemma_ not in speech and verb.dep_ in NARRATING_DEPS:
            return False
    return True


def _outermost(indirect: list[QuoteDraft]) -> list[QuoteDraft]:
    """Reported speech nested in other reported speech ("Lee said she believes the talks will fail",
    "the agency said a study shows ...") is part of what the outer speaker reports: one attribution,
    the outer one, whose content already holds the inner claim."""
    return [q for q in indirect if q.cue is None or not any(
        o is not q and o.start <= q.cue.idx < o.end and o.start <= q.start and q.end <= o.end for o in indirect)]


def direct_quotes(doc: Doc, book: ActorBook) -> list[QuoteDraft]:
    out: list[QuoteDraft] = []
    previous: QuoteDraft | None = None
    text_all = doc_text(doc)
    for parts in _quoted_stretches(doc, text_all):
        start, end = parts[0][0], parts[-1][1]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        cue = _cue_near(doc, span, parts)
        if cue is None:
            cue = _colon_lead(doc, span)
        if cue is None and sum(len(text_all[s:e].split()) for s, e in parts) <= SCARE_QUOTE_WORDS:
            continue  # a title or a scare-quoted phrase ("the so-called “reform”"), not someone's words
        if len(parts) == 1 and _is_title(text_all[start:end]):
            continue  # "told “Morning Report”", "wrote in “The Harbor Gazette”": a name, not speech
        subject = _subject(cue) if cue is not None else None
        speaker = None
        if subject is None and cue is None:
            speaker = _adjacent_actor(doc, book, span)
        if speaker is None and cue is None:
            # "Obama called the holiday “a celebration ...”": no verb of speech, but the sentence says
            # whose words they are
            verb = _governing_verb(span, parts)
            found = _subject(verb) if verb is not None else None
            if found is not None and _names_someone(book, found):
                cue, subject = verb, found
        if cue is not None:
            start = _clause_start(span, cue, subject, parts)
        follows = speaker is None and cue is None and previous is not None and start - previous.end < 400
        q = QuoteDraft(start, end, True, cue, speaker, subject, follows)
        out.append(q)
        previous = q
    return out


def _clause_start(span: Span, cue: Token, subject: Token | None, parts: list[tuple[int, int]]) -> int:
    """Where the quoted words' clause starts: a quotation picked up mid-clause ("Voters “have had
    enough,” Lee said") or after a mid-sentence attribution ("So when the plant closed, Lee said,
    “we were stunned.”") is one statement with the words before it in its sentence."""
    doc = span.doc
    start = parts[0][0]
    sent = sent_of(span[0])
    first = next((t for t in doc[sent.start:span.start] if not (t.is_punct or t.is_space)), None)
    if first is None or first.idx >= start or any("\n" in t.text_with_ws for t in doc[first.i:span.start]):
        return start
    if cue.i >= span.end:  # ", Lee said" follows: the words before the quote are Lee's too
        if subject is None or not span.end <= subject.i <= span.end + AFTER_QUOTE_TOKENS:
            return start
        before = doc[first.i:span.start]
    elif subject is not None and subject.i < cue.i < span.start and _aside(subject, cue):
        edge = subject.left_edge.i
        if edge - 1 <= first.i or doc[edge - 1].text != ",":
            return start
        before = doc[first.i:edge - 1]
    else:
        return start
    lex = cue_lexicon()
    if sum(not t.is_punct for t in before) < 2 or any(
            (t.lemma_ in lex.clause_verbs and t.pos_ == "VERB") or t.text == ":" for t in before):
        return start
    return first.idx


def _aside(subject: Token, cue: Token) -> bool:
    """"..., Ms. Lund said, “...": the subject and its cue stand together between commas."""
    doc = cue.doc
    between = doc[subject.right_edge.i + 1:cue.i]
    after = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    return all(t.dep_ in ("aux", "advmod", "neg") for t in between) and after is not None and after.text == ","


def _is_title(quoted: str) -> bool:
    """A short quotation in title case with no sentence end is the name of a show, a paper or a
    work ("Morning Report", "The Harbor Gazette"); speech ends in a stop or runs longer."""
    words = re.findall(r"[\w’'-]+", quoted)
    if not words or len(words) > TITLE_WORDS or re.search(r"[.!?]", quoted):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words)


def _governing_verb(span: Span, parts: list[tuple[int, int]]) -> Token | None:
    """The verb outside the quotation marks that the quoted words hang from, in their sentence."""
    inside = [t for t in span if any(s <= t.idx < e for s, e in parts)]
    for t in inside:
        head = t.head
        if head.i == t.i or any(s <= head.idx < e for s, e in parts):
            continue
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.pos_ in ("VERB", "AUX") and not any(s <= head.idx < e for s, e in parts):
            return head
        return None
    return None


def _names_someone(book: ActorBook, subject: Token) -> bool:
    """A subject that is a person or an organisation the text names, or a pronoun for one."""
    if subject.lower_ in PERSON_SPEAKERS:
        return True
    idx = book.at(subject)
    return idx is not None and book.actors[idx].kind in ("person", "organization") and not book.actors[idx].generic


def _quoted_stretches(doc: Doc, text: str) -> list[list[tuple[int, int]]]:
    """Each quotation as the character spans of its quoted parts: a quotation that its attribution
    interrupts ("A," she said, "B.") is one quotation, as readers and annotators take it."""
    out: list[list[tuple[int, int]]] = []
    last_close = -1
    pos = 0
    while (m := QUOTE_RE.search(text, pos)) is not None:
        g = next(i for i in range(1, 7) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        pos = m.end()
        if g == 2 and _closes(text, m.start()):
            pos = m.start() + 1  # out of step: this straight mark ends a quotation, the next one opens
            continue
        inner = text[start:end]
        if "\n\n" in inner or (len(inner.split()) < 2 and not inner[:1].isupper()):
            continue  # a scare-quoted word or a runaway match across paragraphs
        if out and _interrupts(doc, text, out[-1][-1], last_close, m.start()):
            out[-1].append((start, end))
        else:
            out.append([(start, end)])
        last_close = m.end()
    return out


def _closes(text: str, mark: int) -> bool:
    """Whether a straight quotation mark closes rather than opens: it follows a word or punctuation
    and a space follows it (‘... recklessness." South Korea ...’). A quotation left open in a
    paragraph puts the marks out of step, pairing each close with the next opening."""
    before = text[mark - 1] if mark > 0 else " "
    after = text[mark + 1] if mark + 1 < len(text) else " "
    return not before.isspace() and before not in "([{—–-/" and after.isspace()


def _interrupts(doc: Doc, text: str, before: tuple[int, int], close: int, open_: int) -> bool:
    """Whether the text between two quoted parts only attributes them ("," she said, ") so that
    they are one quotation; a part ending mid-clause ("called it “a disgrace” and said") is not."""
    gap = text[close:open_]
    if "\n" in gap or len(gap) > GAP_CHARS:
        return False
    words = re.findall(r"[\w’'-]+", gap)
    if not words:
        return True
    ends_clause = text[before[1] - 1:before[1]] in ",.!?—-" or gap.lstrip()[:1] in (",", "—")
    # the attribution may name its speaker at length ("said Ann Lee, an economist at ...") but is one
    # sentence with one cue: a second cue ("..., adding later") starts another quotation
    if not ends_clause or len(words) > GAP_WORDS or _sentence_ends(gap) > 1:
        return False
    # '"A." Lee said the vote is "B."' or '"A," Lee said. She called it "B."': the second part
    # belongs to a clause or a sentence of its own, not to the quotation the attribution interrupts
    if gap.rstrip()[-1:].isalnum() or _new_sentence_in(gap):
        return False
    # '"A." She added, "B."': a finished sentence, then an attribution that opens the next quotation
    if text[before[1] - 1:before[1]] in ".!?" and gap.rstrip()[-1:] in (",", ":"):
        return False
    span = doc.char_span(close, open_, alignment_mode="contract")
    lex = cue_lexicon()
    # one cue: "..., Lee sang before asking her, “...": a second verb of speech opens a second quotation
    if span is None or sum(t.pos_ == "VERB" and t.lemma_ in lex.direct_verbs for t in span) != 1:
        return False
    # '"A," said Lee as gas drifted over the square. "B."': a sentence that goes on to tell something
    # else ends the quotation; the next one is a quotation of its own
    return _sentence_ends(gap) == 0 or sum(t.pos_ == "VERB" for t in span) == 1


def _sentence_ends(gap: str) -> int:
    """Sentence ends in the gap; an initial or a title ("the Rev. Ann Lee", "George W. Bush") is none."""
    return sum(1 for m in re.finditer(r"([\w’'-]*)[.!?]\s", gap)
               if not (len(m.group(1)) == 1 or m.group(1).casefold() in ABBREVIATIONS))


def _new_sentence_in(gap: str) -> bool:
    """Whether words follow a sentence end in the gap ("said. He called it"); an abbreviation
    ("Lt. Col. Ann Lee") is no sentence end."""
    for m in re.finditer(r"([\w’'-]+)[.!?]\s+[\w“‘\"']", gap):
        word = m.group(1)
        if len(word) > 3 or word.islower():
            return True
    return False


def labelled_speech(doc: Doc, book: ActorBook, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Speech introduced by a speaker's name and a colon, as in transcripts and headlines."""
    out: list[QuoteDraft] = []
    text = doc_text(doc)
    for m in LABEL_RE.finditer(text):
        label = m.group("label")
        if label.lower() in NOT_SPEAKERS or len(m.group("content").split()) < 2:
            continue
        start, end = m.start("content"), m.end("content")
        while end > start and text[end - 1] in " \"”":
            end -= 1
        if any(s < end and start < e for s, e in covered):
            continue
        speaker = _actor_named(book, label)
        cue = doc.char_span(m.end("label"), m.end("label") + 1, alignment_mode="expand")
        out.append(QuoteDraft(start, end, True, cue[0] if cue is not None and len(cue) else None, speaker))
    return out


def _actor_named(book: ActorBook, label: str) -> int | None:
    """The actor a speaker label names: full name, surname, or alias, ignoring case."""
    want = label.lower()
    for i, a in enumerate(book.actors):
        names = [a.name, *a.aliases]
        if any(n.lower() == want or n.lower().split()[-1] == want.split()[-1] for n in names if n):
            return i
    return None


def _cue_near(doc: Doc, span: Span, parts: list[tuple[int, int]]) -> Token | None:
    """The nearest speech verb outside the quoted parts, in the sentences the quotation touches."""
    first, last = sent_of(span[0]), sent_of(span[-1])
    lo, hi = _paragraph(doc, span)
    tokens = [t for t in doc[max(first.start, lo):min(last.end, hi)] if not any(s <= t.idx < e for s, e in parts)]
    verbs = cue_lexicon().direct_verbs
    cues = [t for t in tokens if t.lemma_ in verbs and t.pos_ in ("VERB", "AUX")]
    if not cues:
        return None
    inside = [t for t in cues if span.start <= t.i < span.end]
    if inside:
        return inside[0]  # the attribution that interrupts the quotation
    return min(cues, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))


def _colon_lead(doc: Doc, span: Span) -> Token | None:
    """'He said:  ¶ "We have a situation ..."': a paragraph that ends in a colon after a verb of
    speech introduces the quotation opening the next paragraph, whose cue is that verb."""
    lo, _ = _paragraph(doc, span)
    if lo == 0 or any(not (t.is_space or t.is_quote) for t in doc[lo:span.start]):
        return None
    k = lo - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text != ":":
        return None
    verbs = cue_lexicon().direct_verbs
    lead = [t for t in doc[sent_of(doc[k]).start:k] if t.lemma_ in verbs and t.pos_ in ("VERB", "AUX")]
    return lead[-1] if lead else None


def _paragraph(doc: Doc, span: Span) -> tuple[int, int]:
    """Token bounds of the paragraph around a span: the parser may run a sentence across a line
    break, but an attribution never reaches into the next or the last paragraph."""
    lo = next((i + 1 for i in range(span.start - 1, -1, -1) if "\n" in doc[i].text_with_ws), 0)
    hi = next((i + 1 for i in range(span.end, len(doc)) if "\n" in doc[i].text_with_ws), len(doc))
    return lo, hi


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, climbing from participles and subordinate clauses ("..., adding that",
    "despite admitting that"); "Smith's post saying ..." is Smith's."""
    if verb.dep_ == "compound" and verb.head.i == verb.i + 1 and verb.head.pos_ == "PROPN":
        return verb.head  # "Said Ellis: ..."
    teller = _teller(verb)
    if teller is not None:
        return _subject(teller)
    cur = verb
    for _ in range(5):
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # the one nearest before the cue: a stray dateline or time can parse as a second subject, and
            # the main clause's subject may come after a participle phrase that opens the sentence
            after = [c for c in subjects if c.i > verb.i]
            before = [c for c in subjects if c.i < verb.i and not (after and _quoted_off(c, verb))]
            found = before[-1] if before else (after or subjects)[0]
            if not before and len(after) > 1 and found.ent_type_ != "PERSON":
                # '"...," said Fleet spokesperson Cmdr. Ann Lee': a title and the name read as two subjects
                found = next((c for c in after if c.ent_type_ == "PERSON"), found)
            return _below_header(found, verb)
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i < cur.i:
            owner = next((c for c in cur.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            return cur.head if cur.head.pos_ == "PROPN" else None
        if cur.dep_ in ("advcl", "conj", "xcomp", "ccomp", "csubj", "pcomp", "prep") and cur.head.i != cur.i:
            if cur is verb and cur.dep_ == "conj" and cur.head.i < cur.i:
                named = _named_after_quote(verb)
                if named is not None:
                    return named
            cur = cur.head
            continue
        break
    return _name_before(verb)


def _teller(verb: Token) -> Token | None:
    """"China said it was opposed to the test and warned Seoul to ...": the cue of a second speech act
    the parser joined to the first one's reported clause, whose subject is the one who acts again."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or not _second_speech_act(verb):
        return None
    # "did not deny but said": a verb joined to a clause that "did" carries shares that clause's subject
    # ("said an account the guard did not deny but said ..."); otherwise a clause whose tense or subject
    # differs from the joined verb's ("said the ferry would run and warned", "said troops had left and
    # accused ...") leaves the joined verb to the first cue's speaker
    if _done(head):
        return None
    return head.head if head.head.lemma_ in cue_lexicon().clause_verbs else None


def _done(verb: Token) -> bool:
    """Whether a verb takes "do" as its auxiliary ("did not deny", "does not accept")."""
    return any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)


def _quoted_off(subject: Token, verb: Token) -> bool:
    """'"... Full panic mode," said Ann Lee': a quotation mark between a subject and its cue puts the
    subject inside the quoted words, where the parser took it for the cue's; it is not who speaks."""
    return any(w.is_quote for w in subject.doc[subject.i + 1:verb.i])


def _named_after_quote(verb: Token) -> Token | None:
    """'"... they never stop at soldiers," the party's secretary-general, X, told AFP': a cue the parser
    joined to a verb inside the quotation speaks for the one named between the closing mark and it
    (the name, when the title stands beside one), not for the quotation's own subject."""
    doc = verb.doc
    close = next((k for k in range(verb.i - 1, max(verb.i - 15, 0) - 1, -1) if doc[k].is_quote), None)
    # (the verb it was joined to lies inside that quotation, and the name follows it in the same paragraph)
    if close is None or not verb.head.i < close or "\n" in doc[close:verb.i].text:
        return None
    para = next((k + 1 for k in range(verb.head.i - 1, -1, -1) if "\n" in doc[k].text_with_ws), 0)
    marks_before = sum(1 for w in doc[para:verb.head.i] if w.is_quote)
    if marks_before % 2 == 0 or any(w.is_quote for w in doc[verb.head.i:close]):
        return None
    between = [w for w in doc[close + 1:verb.i] if not w.is_punct]
    names = [w for w in between if w.pos_ == "PROPN" and (w.i + 1 == verb.i or doc[w.i + 1].pos_ != "PROPN")]
    nouns = [w for w in between if w.pos_ in ("NOUN", "ADJ") and w.dep_ != "poss"]
    return names[-1] if names else (nouns[-1] if nouns else None)


def _name_before(verb: Token) -> Token | None:
    """"In a meeting with the board of the Post Lund said that ...": a finite cue the parser left
    without a subject speaks for the name just before it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    return prev if prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG") else None


def _below_header(subject: Token, verb: Token) -> Token:
    """"The Latest: ... / 7 p.m. / Ann Lee is again questioning ...": a headline or time stamp the
    parser glued to the sentence is not its subject; the noun opening the verb's own line is."""
    doc = verb.doc
    if not subject.i < verb.i:
        return subject
    line = next((i + 1 for i in range(verb.i - 1, subject.i - 1, -1) if "\n" in doc[i].text_with_ws), None)
    if line is None:
        return subject
    head = None
    for t in doc[line:verb.i]:
        if t.is_space or (t.is_punct and head is None):
            continue
        if t.pos_ in ("PROPN", "NOUN") or (head is None and t.pos_ == "DET"):
            head = t if t.pos_ != "DET" else head
            continue
        break
    return head if head is not None else subject


#: Verbs of speech that are also blows: "attacked the bill" is said, "attacked the guards" done.
PHYSICAL_SPEECH_VERBS = frozenset({"attack", "hit", "strike", "slam", "blast", "target", "beat", "assault"})


def resolve_speakers(book: ActorBook, quotes: list[QuoteDraft], marked: list[tuple[int, int]] | None = None) -> None:
    """Speakers in reading order: "he"/"she" is the nearest person before it who is the subject of
    a verb of speech; failing that, a pronoun is the latest named speaker of its kind, since reports
    return to the person they quote; other subjects resolve through the book, and
    a subject the book lacks ("a spokeswoman", "Jones") becomes an actor of its own. MARKED are the
    stretches in quotation marks, including those inside reported speech ("said the footage did not
    show “a person pointing a gun,” but he said ...": the person quoted is not the "he")."""
    recent: list[int] = []  # actors of named speakers, latest last
    quoted = [(q.start, q.end) for q in quotes if q.direct] + (marked or [])
    genders: dict[int, str] | None = None
    for q in quotes:
        if q.subject is None and q.cue is not None and not q.follows:
            # ("The SDF accused "undisciplined factions" of opening fire": the cue's own subject, or that of
            # the verb it continues, speaks the words it frames)
            q.subject = next((c for v in (q.cue, *list(q.cue.ancestors)[:3]) if v.pos_ in ("VERB", "AUX")
                              for c in v.children if c.dep_ == "nsubj"), None)
    for q in sorted(quotes, key=lambda q: q.subject.idx if q.subject is not None else q.start):
        if q.subject is None:
            continue
        subject = _relative_antecedent(q.subject)
        if subject.lower_ in SPEAKER_PRONOUNS:
            found = None
            if subject.lower_ in PERSON_SPEAKERS:
                if genders is None:
                    genders = actor_genders(book)
                found = _prior_person_subject(book, subject, quoted, genders)
            if found is None:
                found = _latest_of_kind(book, recent, subject)
            # the first actor is index 0: test against None, not truth
            q.speaker = found if found is not None else _first_actor(book, subject)
            continue
        q.speaker = _named_speaker(book, subject)
        if q.speaker is None and subject.lemma_.lower() in ISSUED_TEXTS:
            # ("the statement said", "the group's statement said": its author speaks)
            q.speaker = next(iter(author_of_text(book, subject)), None)
        if q.speaker is None:
            q.speaker = _new_speaker(book, subject)
        if q.speaker is not None and book.actors[q.speaker].name != WRITER:
            recent.append(q.speaker)
    previous: QuoteDraft | None = None
    for q in sorted(quotes, key=lambda q: q.start):
        if not q.direct:
            continue
        if q.follows and previous is not None:
            q.speaker, q.cue = previous.speaker, previous.cue
        previous = q


def _named_speaker(book: ActorBook, subject: Token) -> int | None:
    """The actor a subject names. A common noun the actors stage did not claim speaks for itself
    ("a British medical journal", "the campaign's new ad"), not for a word modifying it, except
    its owner ("Lee's statement" is Lee's)."""
    # (a common noun the tagger took for a name, "Somalia's foreign ministry said", is still one)
    if (subject.pos_ != "NOUN" and not (subject.pos_ == "PROPN" and subject.is_lower)) or book.at(subject) is not None:
        return _first_actor(book, subject)
    named = next((book.at(c) for c in subject.children if c.dep_ == "appos" and book.at(c) is not None), None)
    if named is not None and book.actors[named].kind == "person":
        return named  # "its leader, Ana Ruiz, warned": the person named beside the role
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.lemma_ in SPEECH_NOUNS:
        found = _first_actor(book, owner)
        return found if found is not None else _new_speaker(book, owner)
    return None


def _relative_antecedent(subject: Token) -> Token:
    """"Smith, who said ...": the relative pronoun stands for the noun its clause modifies."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.i != subject.i:
        return subject.head.head
    return subject


def _prior_person_subject(book: ActorBook, pronoun: Token, quoted: list[tuple[int, int]],
                          genders: dict[int, str]) -> int | None:
    """"Ann Lee told reporters ... “...,” she said": the nearest named person before the pronoun who
    is the subject of a verb, in its paragraph or the one before; people named inside quotation
    marks or only as objects ("he met Smith") are not who the pronoun returns to."""
    doc = book.doc
    want = "f" if pronoun.lower_ == "she" else "m"
    breaks = 0
    # the person a paragraph opens with as the subject of any verb ("X addressed the crowd. '...,' she
    # said"), who outranks a speaker of an earlier paragraph
    here: int | None = None
    for i in range(pronoun.i - 1, max(-1, pronoun.i - PRONOUN_REACH), -1):
        tok = doc[i]
        if "\n" in tok.text_with_ws:
            breaks += 1
            if breaks > PARAGRAPHS_BACK:
                break
        idx = book.by_token.get(i)
        if idx is None or book.actors[idx].kind != "person" or book.actors[idx].name == WRITER:
            continue
        if genders.get(idx, want) != want:
            continue
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and book.by_token.get(head.head.i) == idx:
            head = head.head
        if any(s <= tok.idx < e for s, e in quoted):
            continue
        if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # ("the agency's chief, Marc Tessier, said": the name beside the role speaks)
        if head.dep_ not in ("nsubj", "nsubjpass") or head.lower_ in PERSON_SPEAKERS:
            continue
        if not _reports(head.head) or _laid_hands_on(book, head.head):
            if breaks == 0 and here is None and head.dep_ == "nsubj":
                here = idx
            continue
        return here if here is not None and breaks > 0 else idx
    return here


def actor_genders(book: ActorBook) -> dict[int, str]:
    """Person actor -> "f" or "m" where the text says so: "Ms. Lee", "Mr. Ortiz", "his wife", "the
    spokeswoman". Names alone say nothing here, and a wrong guess is worse than none: an actor with
    words of both kinds gets no gender."""
    doc = book.doc
    seen: dict[int, set[str]] = {}
    for idx, actor in enumerate(book.actors):
        if actor.kind != "person":
            continue
        text = " ".join([actor.name, *actor.roles]).casefold()
        words = set(re.findall(r"[\w.]+", text)) | ({"first lady"} if "first lady" in text else set())
        seen[idx] = {"f" for w in words if w in FEMALE_WORDS} | {"m" for w in words if w in MALE_WORDS}
    for i, idx in book.by_token.items():
        if idx in seen and i > 0 and book.by_token.get(i - 1) != idx:
            before = doc[i - 1].lower_
            seen[idx] |= {"f"} if before in FEMALE_WORDS else {"m"} if before in MALE_WORDS else set()
    return {idx: next(iter(g)) for idx, g in seen.items() if len(g) == 1}


def _reports(verb: Token) -> bool:
    """Whether a verb, or the verb it hangs from, is one of speech ("told", "went on to say")."""
    lex = cue_lexicon()
    for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if v.lemma_ in lex.direct_verbs or v.lemma_ in lex.object_verbs or v.lemma_ in lex.infinitive_verbs \
                or v.lemma_ in lex.preposition_verbs:
            return True
    return False


def _laid_hands_on(book: ActorBook, verb: Token) -> bool:
    """"The crew had attacked the officers": a verb that can report speech ("attacked the plan as
    reckless") done to people is a deed, and its subject no speaker a later "she said" returns to."""
    return verb.lemma_ in PHYSICAL_SPEECH_VERBS and any(
        c.dep_ == "dobj" and (i := book.at(c)) is not None and book.actors[i].kind in ("group", "person")
        for c in verb.children)


def _latest_of_kind(book: ActorBook, recent: list[int], pronoun: Token) -> int | None:
    person = pronoun.lower_ in PERSON_SPEAKERS
    for idx in reversed(recent):
        if (book.actors[idx].kind == "person") == person:
            return idx
    return None


def _writer(book: ActorBook, pronoun: Token) -> int:
    """"I believe ...", "we asked ..." outside quotation marks: the writer of the piece speaks."""
    span = pronoun.doc[pronoun.i:pronoun.i + 1]
    found = next((i for i, a in enumerate(book.actors) if a.name == WRITER and a.generic), None)
    if found is not None:
        book.mention(found, span)
        return found
    return book.add(ActorDraft(name=WRITER, kind="person", generic=True), span)


#: Last words of a name that make it a body's, whatever the tagger says ("the Federal Highway Police said"):
#: none of them is a family name a wire report would meet (unlike "Court" or "Church").
BODY_NAME_ENDINGS = frozenset({"police", "ministry", "agency", "council", "army", "department", "service",
                               "commission", "committee", "bureau", "directorate", "authority", "inspectorate",
                               "secretariat", "tribunal", "embassy", "consulate", "university", "corporation",
                               "company", "party", "forces", "federation", "association", "institute"})


def _new_speaker(book: ActorBook, subject: Token) -> int | None:
    """An actor for a speaker the actors stage did not keep: a surname of a known person
    ("Jones said" after "Ann Jones"), else the subject's noun phrase ("a senior official")."""
    if subject.lower_ in WRITER_PRONOUNS:
        return _writer(book, subject)
    if subject.lower_ in QUANTIFIER_SUBJECTS:
        word = subject.doc[subject.i:subject.i + 1]
        return book.add(ActorDraft(name=subject.lower_, kind="group", generic=True), word)
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    common = subject.pos_ == "NOUN" or subject.is_lower  # ("foreign ministry" tagged as a proper noun)
    if not common:
        known = book.person_by_family_name(subject.text)
        if known is not None:
            book.mention(known, subject.doc[subject.i:subject.i + 1])
            return known
    doc = subject.doc
    left = subject.left_edge.i
    while left < subject.i and doc[left].dep_ in ("det", "punct", "cc", "predet"):
        left += 1
    right = subject.i
    for child in subject.rights:  # "a spokeswoman for the ministry" keeps its "for" phrase
        if child.dep_ in ("prep", "compound", "appos") and child.right_edge.i - subject.i <= 8:
            right = child.right_edge.i
        else:
            break
    span = doc[left:right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    # ("the Federal Highway Police said": a name ending in a body's head word is a body, tagged or not)
    body = subject.is_title and subject.lower_ in BODY_NAME_ENDINGS and subject.ent_type_ != "PERSON"
    if not body and (subject.ent_type_ == "PERSON" or subject.lemma_ in PERSON_NOUNS or (
            not common and subject.ent_type_ in ("", "PERSON"))):
        kind = "person"
    else:
        kind = "group" if subject.tag_ in ("NNS", "NNPS") else "organization"
    words = span.text.lower().split()
    sector = next((sec for w, sec in lexicon().org_sector_words.items() if w in words), None) \
        if kind == "organization" else None  # ("Somalia's foreign ministry": a ministry is government)
    # ("the Malian armed forces' general staff": the demonym or country its name opens with)
    country = next((iso for w in span if w.i < subject.i and w.is_title
                    and (iso := demonym_country(w.text) or country_code(w.text))), None) if kind != "person" else None
    # ("the U.N. human rights office said": a part of an international body speaks for it, not for a country)
    if kind != "person" and any((i := book.at(w)) is not None and book.actors[i].sector == "IGO"
                                for w in span if w.i < subject.i):
        sector = "IGO"
    generic = common and country is None
    if country is None and kind != "person" and sector not in ("IGO", "NGO", "MED", "JRN"):
        # ("the drivers' association said": the actors stage gave such bodies the report's own country;
        # one first named as a speaker takes it too)
        country = report_country(book)
    draft = ActorDraft(name=span.text, kind=kind, generic=generic, sector=sector, country=country)
    return book.add(draft, span)


def _adjacent_actor(doc: Doc, book: ActorBook, span: Span) -> int | None:
    for t in doc[span.end:min(len(doc), span.end + 4)]:
        if t.text.count("\n") >= 2 or doc[t.i - 1].text_with_ws.count("\n") >= 2:
            break  # the next paragraph's subject is not who said this
        idx = book.at(t)
        if idx is not None and book.actors[idx].kind in ("person", "organization"):
            return idx
    return None


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue lemmas by where their content hangs (see ``lexicons/quotes.json``)."""

    clause_verbs: frozenset[str]
    object_verbs: frozenset[str]
    object_needs_more: frozenset[str]
    infinitive_verbs: frozenset[str]
    preposition_verbs: dict[str, frozenset[str]]
    noun_cues: frozenset[str]
    hearer_verbs: frozenset[str]
    direct_verbs: frozenset[str]  # verbs that introduce a quotation: speech verbs, "chanted", "continued"


@cache
def cue_lexicon() -> CueLexicon:
    data = json.loads(resources.files("sitrep.nlp").joinpath("lexicons", "quotes.json").read_text(encoding="utf-8"))
    return CueLexicon(
        clause_verbs=frozenset(data["clause_verbs"]), object_verbs=frozenset(data["object_verbs"]),
        object_needs_more=frozenset(data["object_needs_more"]),
        infinitive_verbs=frozenset(data["infinitive_verbs"]),
        preposition_verbs={k: frozenset(v) for k, v in data["preposition_verbs"].items()},
        noun_cues=frozenset(data["noun_cues"]), hearer_verbs=frozenset(data["hearer_verbs"]),
        direct_verbs=(frozenset(data["clause_verbs"]) | frozenset(data["direct_verbs"]))
        - frozenset(data["not_direct_verbs"]))


def indirect_quotes(doc: Doc, book: ActorBook, covered: list[tuple[int, int]],
                    opened: list[tuple[int, int]] | None = None) -> list[QuoteDraft]:
    lex = cue_lexicon()
    out: list[QuoteDraft] = []
    found: list[tuple[Token, Span, Token | None]] = []
    for t in with_pos(doc, VERBS):
        if t.pos_ not in ("VERB", "AUX"):
            continue
        content_of = _verb_content(t, lex)
        if content_of is None:
            continue
        content, needs_subject = content_of
        subject = _subject(t)
        if needs_subject and subject is None:
            continue
        if subject is not None and _nobody(subject):
            continue  # "no group has claimed responsibility", "nobody said": no one's claim
        found.append((t, content, subject))
    cues = sorted(t.i for t, _, _ in found)
    for t, content, subject in found:
        content = _in_cue_paragraph(_after_colon(_to_sentence_end(content, t, lex, cues, opened or []), t), t)
        if _mostly_covered(content.start_char, content.end_char, covered):
            continue
        out.append(QuoteDraft(content.start_char, content.end_char, False, t, None, subject))
    out += _noun_cues(doc, lex, covered)
    out += _according_to(doc, covered + [(q.start, q.end) for q in out])
    return out


def _nobody(subject: Token) -> bool:
    return subject.lower_ in ("nobody", "none") or (subject.lower_ == "one" and subject.i > 0
                                                   and subject.nbor(-1).lower_ == "no") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _verb_content(t: Token, lex: CueLexicon) -> tuple[Span, bool] | None:
    """What a cue verb attributes, and whether it needs a subject to count: a clause is speech
    whoever says it, but an object or infinitive ("cited prices", "vowed to ...") is someone's
    position only when the text names that someone."""
    lemma = t.lemma_
    if lemma in lex.clause_verbs:
        clause = _clause_content(t, lex)
        if clause is not None:
            return clause, False
    if lemma in lex.infinitive_verbs:
        found = _infinitive_content(t)
        if found is not None:
            return found, True
    if lemma in lex.object_verbs:
        found = _object_content(t, lex)
        if found is None:
            found = _gerund_content(t)
        if found is not None:
            return found, True
    preps = lex.preposition_verbs.get(lemma)
    if preps:
        found = _prepositional_content(t, preps)
        if found is not None:
            return found, True
    return None


def _clause_content(t: Token, lex: CueLexicon) -> Span | None:
    """The reported clause: after the cue ("said the talks failed"), or before it ("The talks failed,
    the minister said.")."""
    doc = t.doc
    aside = _comma_aside(t, lex)
    if aside is not None:
        return aside
    comp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
    if comp is None:
        comp = next((c for c in t.children if c.dep_ in ("ccomp", "parataxis") and c.i < t.i), None)
    if comp is None:
        return _clause_before(t) or _headline_claim(t) or _trailing_attribution(t) or _colon_block(t)
    content = _content_span(comp)
    if content is None or len(content) < 3:
        return None
    # "said 40 villagers were ...": the parser may hang the clause's subject on the cue as its object
    obj = next((c for c in t.children if c.dep_ == "dobj" and t.i < c.i < comp.i), None)
    if obj is not None and t.lemma_ not in lex.hearer_verbs:  # "told the BBC the ...": the BBC only heard it
        content = doc[obj.left_edge.i:content.end]
    return content


def _comma_aside(t: Token, lex: CueLexicon) -> Span | None:
    """"Though the move was legal, he said, it was unwise.", "The difference now, she told me on
    Friday, is that ...": an attribution set between commas inside a sentence splits one statement,
    and both sides of it are what is said. The parser hangs such an aside anywhere (as the main verb,
    as a parenthesis, with the rest as its conjunct), so it is found from the commas, not the tree."""
    doc = t.doc
    if t.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children):
        return None
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
    if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != "," or any(
            w.dep_ not in ASIDE_FILLERS for w in doc[subject.right_edge.i + 1:t.i]):
        return None
    close = next((k for k in range(t.i + 1, min(len(doc) - 1, t.i + ASIDE_TAIL + 1)) if doc[k].text == ","), None)
    if close is None or any((w.pos_ in ("VERB", "AUX") and w.i > t.i) or "\n" in w.text_with_ws
                            for w in doc[t.i:close]):
        return None
    nxt = doc[close + 1]
    if nxt.lower_ in ASIDE_SCENES or (nxt.tag_ == "VBG" and _is_cue_word(nxt, lex)):
        return None  # "..., she said, as the crowd left", "..., he said, adding ...": not the statement's rest
    sent = sent_of(t)
    # (an aside the pipeline took for a closing attribution stands as a sentence of its own: its
    # statement opens the sentence before)
    first = sent_of(doc[sent.start - 1]).start if subject.left_edge.i == sent.start else sent.start
    lo, hi = _paragraph(doc, doc[t.i:t.i + 1])
    start, end = max(first, lo), min(sent.end, hi)
    before = [w for w in doc[start:subject.left_edge.i - 1] if not w.is_punct]
    after = [w for w in doc[close + 1:end] if not w.is_punct]
    if len(before) < 2 or len(after) < 3 or any(w.is_quote for w in doc[start:end]):
        return None
    return _trimmed(doc[start:end])


def _is_cue_word(tok: Token, lex: CueLexicon) -> bool:
    """Whether a word is a cue of any kind in the lexicon ("adding", "citing", "urging")."""
    lemma = tok.lemma_
    return lemma in lex.clause_verbs or lemma in lex.object_verbs or lemma in lex.infinitive_verbs \
        or lemma in lex.preposition_verbs


def _colon_block(t: Token) -> Span | None:
    """"The governor added:  ¶ It's typical of them. They know nothing.": a cue that ends its paragraph
    with a colon introduces the whole of the next one; quoted there, it is a quotation instead."""
    doc = t.doc
    colon = t.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":":
        return None
    start = colon + 1
    if "\n" not in doc[colon].whitespace_ and not (doc[start].is_space and "\n" in doc[start].text):
        return None  # the colon must end its paragraph
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or doc[start].is_quote:
        return None
    end = next((i + 1 for i in range(start, len(doc)) if "\n" in doc[i].text_with_ws), len(doc))
    block = _trimmed(doc[start:end])
    return block if block is not None and len(block) >= 3 else None


def _headline_claim(t: Token) -> Span | None:
    """"Mayor says ferry 'too slow' for islanders": a headline drops the verb of what is said, so
    the parser finds no clause; everything after "says" on its line is the claim."""
    doc = t.doc
    if t.lemma_ != "say" or t.tag_ != "VBZ" or not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
        return None
    sent = sent_of(t)
    end = next((i for i in range(t.i + 1, sent.end) if "\n" in doc[i].text_with_ws), sent.end - 1) + 1
    if t.i + 1 >= end or doc[t.i + 1].is_punct or doc[t.i + 1].pos_ in ("ADP", "ADV"):
        return None
    span = _trimmed(doc[t.i + 1:end])
    return span if span is not None and len(span) >= 3 else None


def _trailing_attribution(t: Token) -> Span | None:
    """"Gunmen killed 14 people in a raid, police and residents said on Friday.": the wire story's closing
    attribution, which the parser may read as the sentence's verb with the clause's own subject as a
    second subject of "said". Everything before the comma that opens the speaker's name is said."""
    doc = t.doc
    if t.dep_ not in ("ROOT", "conj") or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in t.children):
        return None
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
    sent = sent_of(t)
    if t.dep_ == "ROOT" and subjects and subjects[0].left_edge.i == sent.start and sent.start > 1 \
            and doc[sent.start - 1].text == ",":
        # the attribution stood apart before parsing (``syntax.closing_attributions``): what it closes is
        # the clause before its comma
        before = sent_of(doc[sent.start - 1])
        content = _trimmed(doc[before.start:sent.start - 1])
        return content if content is not None and len(content) >= 4 else None
    # (read as the main verb, it took the clause's subject too; read as a conjunct, the clause is its head)
    if len(subjects) < (2 if t.dep_ == "ROOT" else 1) or (t.dep_ == "conj" and t.head.i > t.i):
        return None
    comma = subjects[-1].left_edge.i - 1
    tail_deps = ("prep", "pobj", "npadvmod", "advmod", "det", "amod", "compound")
    if comma <= sent.start or doc[comma].text != "," or any(
            not (w.is_punct or w.is_space or w.dep_ in tail_deps) for w in doc[t.i + 1:sent.end]):
        return None
    content = _trimmed(doc[sent.start:comma])
    if content is None or len(content) < 4 or not any(w.pos_ == "VERB" for w in content):
        return None
    return content


def _clause_before(t: Token) -> Span | None:
    """"Prices will rise, the minister said.", "Prices, the minister said, will rise.": the parser
    hangs the cue on the reported clause as an aside, which may go on after it."""
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
        # "as the minister said", not "even as both sides accused each other of shelling": an aside has
        # no object or complement of its own, and "even as" sets two events side by side
        if any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") or c.lower_ == "even" for c in t.children):
            return None
        return _as_aside(t)
    if t.dep_ != "parataxis" or not any(c.dep_ == "nsubj" for c in t.children):
        return None
    doc = t.doc
    sent = sent_of(t)
    start = max(t.head.left_edge.i, sent.start)
    # a headline or dateline line glued to the sentence is not part of the clause
    start = max([start, *(i + 1 for i in range(start, t.i) if "\n" in doc[i].text_with_ws)])
    end = min(t.head.right_edge.i + 1, sent.end)
    # the aside starts at the speaker: the parser may hang the clause's own subject on the cue too
    speakers = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
    aside_start = speakers[-1].left_edge.i if speakers else t.left_edge.i
    aside = range(aside_start, t.right_edge.i + 1)
    # "The bridge, the mayor said, would ...": the words either side of the aside make the clause
    if aside_start <= start or sum(not doc[i].is_punct for i in range(start, end) if i not in aside) < 3:
        return None
    if end <= t.right_edge.i + 2:  # nothing but punctuation after the aside
        end = aside_start
    elif aside_start > start:  # "Though X, he said, Y": the aside splits one statement; all of it is said
        end = max(end, next((i for i in range(t.right_edge.i + 1, sent.end) if "\n" in doc[i].text), sent.end))
    return _trimmed(doc[start:end])


def _as_aside(t: Token) -> Span | None:
    """"As experts have pointed out, the plan is legal", "The plan is legal, as the mayor noted": the
    clause the "as" aside hangs from is what its subject says."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    doc = t.doc
    sent = sent_of(t)
    head = t.head
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if t.left_edge.i <= lo:  # the aside opens the sentence
        start, end = t.right_edge.i + 1, hi
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
    elif t.right_edge.i + 1 >= hi:  # the aside closes it
        start, end = lo, t.left_edge.i
    else:
        start, end = lo, hi
    if end - start < 3:
        return None
    return _trimmed(doc[start:end])


def _to_sentence_end(content: Span, cue: Token, lex: CueLexicon, cues: list[int],
                     opened: list[tuple[int, int]]) -> Span:
    """Content after its cue runs to the end of the sentence ("said the levy would hurt farmers,
    forcing many to sell"): what follows a comma or a quoted phrase is still what the speaker said,
    unless another cue starts an attribution of its own ("..., and Lee said ...", "... and said
    ...", "..., adding ...") or a line ends."""
    doc = content.doc
    if content.start <= cue.i:
        return content
    sent = sent_of(cue)
    end = content.end
    # a quotation whose own cue stands past this content: "..., and when pressed, she replied, “...”"
    starts = [o for o, i in opened if i != cue.i and content.end <= i < sent.end]
    while end < sent.end:
        tok = doc[end]
        if "\n" in tok.text or any(tok.idx <= o <= tok.idx + len(tok.text) for o in starts):
            break  # a line ends, or a quotation with its own cue opens
        if tok.i in cues or _opens_attribution(tok, lex):
            # back off over the new speaker, who stands before the verb ("..., and Lee said")
            end = max(content.end, min([end, *(c.left_edge.i for c in tok.children
                                               if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i)]))
            break
        end += 1
        if "\n" in tok.text_with_ws:
            break
    while end > content.end and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
        end -= 1  # "... and" before the next cue
    return _trimmed(doc[content.start:end]) or content


def _after_colon(content: Span, cue: Token) -> Span:
    """"The governor added: It's typical of them. They know nothing.": words a cue introduces with a
    colon run to the end of their paragraph, sentence after sentence."""
    doc = content.doc
    if content.start <= cue.i or not any(doc[i].text == ":" for i in range(cue.i + 1, min(content.start, cue.i + 3))):
        return content
    end = next((i + 1 for i in range(content.start, len(doc)) if "\n" in doc[i].text_with_ws), len(doc))
    extended = _trimmed(doc[content.start:max(end, content.end)])
    return extended if extended is not None else content


def _in_cue_paragraph(content: Span, cue: Token) -> Span:
    """Reported content stays in its cue's paragraph: a headline or the next paragraph that the
    parser joined to the sentence is not part of it."""
    doc = content.doc
    start, end = content.start, content.end
    for i in range(content.start, min(cue.i, content.end)):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
    for i in range(max(cue.i, content.start), content.end):
        if "\n" in doc[i].text_with_ws:
            end = i + 1
            break
    clipped = _trimmed(doc[start:end]) if end > start else None
    return clipped if clipped is not None else content


def _opens_attribution(tok: Token, lex: CueLexicon) -> bool:
    """A speech verb with a subject of its own: the start of another attribution."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_ in lex.clause_verbs and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _infinitive_content(t: Token) -> Span | None:
    """"vowed to retaliate", "urged voters to stay home": the infinitive, with the one urged."""
    doc = t.doc
    comp = next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i and c.pos_ in ("VERB", "AUX")), None)
    if comp is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and t.i < c.i < comp.i), None)
    start = obj.left_edge.i if obj is not None else comp.left_edge.i
    return _trimmed(doc[start:comp.right_edge.i + 1])


def _gerund_content(t: Token) -> Span | None:
    """"proposed dropping the levy", "recommends waiting a year": the gerund is what is put forward."""
    comp = next((c for c in t.children if c.dep_ == "xcomp" and c.i == t.i + 1 and c.tag_ == "VBG"), None)
    if comp is None:
        return None
    span = _trimmed(t.doc[comp.i:comp.right_edge.i + 1])
    return span if span is not None and len(span) >= 2 else None


def _object_content(t: Token, lex: CueLexicon) -> Span | None:
    """"questioned the integrity of the count", "called the plan a disgrace"."""
    doc = t.doc
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    if obj is None:
        return None
    end = obj.right_edge.i
    if t.lemma_ in lex.object_needs_more:
        # the object of "call", "accuse" is whom the claim is about: it needs its predicate
        more = next((c for c in t.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i), None)
        if more is None:
            return _quoted_predicate(obj)
        end = more.right_edge.i
    # one word is a position too: "endorsed Ortiz", "attacked them", "opposes taxes"
    return _trimmed(doc[obj.left_edge.i:end + 1])


def _quoted_predicate(obj: Token) -> Span | None:
    """"called the veto “blackmail”": the parser may read the quoted word as the object's head, the
    thing named as its modifier; a quotation mark inside the object, after words of its own, marks the
    quoted label the cue puts on it, which is what the speaker says."""
    doc = obj.doc
    words = doc[obj.left_edge.i:obj.right_edge.i + 1]
    inner = [w for w in words if w.is_quote and w.i > obj.left_edge.i]
    if not inner or sum(not w.is_punct for w in doc[obj.left_edge.i:inner[0].i]) < 1:
        return None
    end = obj.right_edge.i + (1 if obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].is_quote else 0)
    return doc[obj.left_edge.i:end + 1]


def _prepositional_content(t: Token, preps: frozenset[str]) -> Span | None:
    """"called for a ceasefire", "accused her of lying", "called on Congress to act"; a day or an
    hour after the preposition is when, not what. A bare
    participle ("..., compared with 11 percent") sets figures side by side: nobody speaks."""
    doc = t.doc
    if t.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return None
    prep = next((c for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > t.i), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return None  # "spoke on Monday", "commented at noon": when it was said, not what
    end = obj.right_edge.i
    more = next((c for c in t.children if c.dep_ == "xcomp" and c.i > obj.i), None)
    if more is not None:
        end = more.right_edge.i
    return _trimmed(doc[obj.left_edge.i:end + 1])


def _trimmed(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def _first_actor(book: ActorBook, token: Token | None) -> int | None:
    found = book.resolve(token) if token is not None else []
    return found[0] if found else None


def _mostly_covered(start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    """True when one quotation already found fills [start, end) ("said it was “a disgrace”"). A
    partial quote inside reported speech ("said it was only “to mock” her"), or several quoted
    fragments strung together with words of the reporter's ("that there are still “some people”
    who ..., “but not many”"), leaves the reported speech the fuller statement."""
    return any(max(0, min(end, e) - max(start, s)) > QUOTED_SHARE * (end - start) for s, e in covered)


def _noun_cues(doc: Doc, lex: CueLexicon, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    """"X's claim that ...", "the ministry's statement that ...": the clause is X's."""
    out: list[QuoteDraft] = []
    for t in with_lemmas(doc, lex.noun_cues):
        if t.pos_ != "NOUN" or t.lemma_ not in lex.noun_cues:
            continue
        # "the ministry's claim", "Smith charges that": the owner of the claim
        owner = next((c for c in t.children if c.dep_ in ("poss", "compound") and c.i < t.i), None)
        comp = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > t.i
                     and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        if comp is not None:
            content = _content_span(comp)
        elif owner is not None:
            content = _noun_infinitive(t)  # "his promise to cut taxes": only when the text says whose
        else:
            continue
        if content is None or len(content) < 3 or _mostly_covered(content.start_char, content.end_char, covered):
            continue
        out.append(QuoteDraft(content.start_char, content.end_char, False, t, None, owner))
    return out


def _noun_infinitive(t: Token) -> Span | None:
    """The infinitive a noun of promise or plan takes ("her pledge to rebuild the pier")."""
    comp = next((c for c in t.children if c.dep_ == "acl" and c.i > t.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return _trimmed(t.doc[comp.left_edge.i:comp.right_edge.i + 1]) if comp is not None else None


def _according_to(doc: Doc, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    """"According to X, Y" and "Y, according to X": Y is X's claim."""
    out: list[QuoteDraft] = []
    for t in with_lower(doc, ("according",)):
        if t.i == len(doc) - 1 or doc[t.i + 1].lower_ != "to":
            continue
        to = doc[t.i + 1]
        named = next((o for o in to.children if o.dep_ == "pobj"), None)
        source = author_of(named) if named is not None else None
        # (the phrase ends with what is named, not with its author: "a police report", "a report by X")
        phrase_end = max(named.right_edge.i, source.right_edge.i) if named is not None and source is not None \
            else to.i
        sent = sent_of(t)
        # "According to X, Y": the source ends at its comma even when the parser runs it on into Y
        comma = next((k for k in range(to.i + 1, phrase_end) if doc[k].text == ","
                      and not _in_appositive(doc[k + 1], source)), None)
        if comma is not None and t.i - sent.start <= 1:
            phrase_end = comma - 1
        if t.i - sent.start <= 1:  # "According to X, Y."
            start = phrase_end + 1
            while start < sent.end and doc[start].is_punct:
                start += 1
            end = sent.end - 1
        else:  # "Y, according to X."
            start = sent.start
            end = t.i - 1
            if any(w.lemma_ in ("say", "tell", "add", "write", "declare") and w.pos_ == "VERB"
                   and _subject(w) is not None and w.i > start
                   and not any(s <= w.idx < e for s, e in covered) for w in doc[start:end]):
                continue  # "'...,' X told the delegates, according to a copy of his speech": his words
        while end > start and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        if end - start < 2:
            continue
        span = doc[start:end + 1]
        if _mostly_covered(span.start_char, span.end_char, covered):
            continue
        out.append(QuoteDraft(span.start_char, span.end_char, False, t, None, source))
    return out


#: Records that carry what their source says: "according to police figures", "footage showed".
RECORD_NOUNS = frozenset({"figures", "data", "tally", "count", "estimate", "estimates", "records", "record",
                          "documents", "document", "bulletin", "notice", "release", "communique", "communiqué",
                          "update", "video", "footage", "images", "pictures", "photos", "photographs", "message"})


def _record(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_NOUNS | RECORD_NOUNS or tok.lower_ in SPEECH_NOUNS | RECORD_NOUNS


def author_of(source: Token) -> Token:
    """The one who issued what "according to" names: its "from"/"by"/"of" phrase, the agent of "issued
    by", its owner or the noun compounded onto it ("a police statement"); else the noun itself."""
    if not _record(source):
        return source
    for acl in source.children:  # "a statement issued by X", "a report released by Y"
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            for agent in acl.children:
                author = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent.dep_ == "agent" else None
                if author is not None:
                    return author
    for c in source.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            author = next((o for o in c.children if o.dep_ == "pobj"), None)
            if author is not None:
                return author
    for c in source.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")):
            return c
    return source


def _in_appositive(tok: Token, source: Token | None) -> bool:
    """Whether a token belongs to an appositive of the source ("X, a lawyer for the family,"); one
    that no comma closes is the claim the parser ran on into ("X, the move reeks of fear.")."""
    doc = tok.doc
    return source is not None and any(
        a.dep_ == "appos" and a.head.i == source.i and a.right_edge.i + 1 < len(doc)
        and doc[a.right_edge.i + 1].text == "," for a in [tok, *tok.ancestors])


def _new_speaker_turn(verb: Token) -> bool:
    """A conjoined verb of speech whose subject is a noun ("and the minister replied"); a pronoun
    or a second "that" clause ("and that she believes ...") goes on with the same speaker."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return (_opens_attribution(verb, cue_lexicon()) and bool(subjects) and subjects[-1].pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "mark" for c in verb.children))


def _second_speech_act(verb: Token) -> bool:
    """"said he would order a review and warned against hackers": a finite verb of speech with no
    subject of its own, that the parser joined to the reported clause, is the speaker's next act, with
    content of its own, not more of what the first cue reports. Only verbs of speech proper: "said a
    boat had approached and ordered it to stop" tells what the boat did."""
    return verb.tag_ in ("VBD", "VBZ") and verb.lemma_ in cue_lexicon().clause_verbs and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _content_span(comp: Token) -> Span | None:
    """The complement clause without a leading "that" and without trailing asides (", claims that ...")."""
    doc = comp.doc
    left = comp.left_edge.i
    while left < comp.i and doc[left].dep_ in ("mark", "punct"):
        left += 1
    right = comp.i
    rights = list(comp.rights)
    for k, child in enumerate(rights):
        # an aside after a comma ("..., the ministry claims", "..., a move critics call ...") ends the
        # clause; a time phrase without one ("will reopen next spring") is part of it
        nxt = rights[k + 1] if k + 1 < len(rights) else None
        if child.dep_ == "punct" and child.text in (",", ";", "—", "–") and nxt is not None and nxt.dep_ in (
                "appos", "npadvmod", "advcl", "dep"):
            break
        if child.dep_ == "conj" and (_new_speaker_turn(child) or _second_speech_act(child)):
            break  # "... would not qualify, and the minister replied ...": another speaker's turn
        right = child.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
        right -= 1
    return doc[left:right + 1]
