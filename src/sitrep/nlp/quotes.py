"""The quotes stage: direct and indirect speech, each with its cue and speaker.

Direct quotes are found from quotation marks (curly or straight, across
sentences, partial quotes inside a clause); indirect speech from a reporting
verb's clausal complement ("said the vote would ..."). The speaker is the
subject of the cue verb, through participles ("adding that ...") and pronouns
("he said"), resolved to an actor by the actors stage's book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp import extensions
from sitrep.nlp.actors import ActorBook
from sitrep.nlp.attribution import REPORTING_VERBS
from sitrep.nlp.sentences import sent_of

# transcripts and headlines: "SMITH: We will ...", "Pence: debate is on"
LABEL_RE = re.compile(
    r"(?m)^[\"“'‘(\s]{0,3}(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}): +(?P<content>\S[^\n]*)$")
NOT_SPEAKERS = frozenset({"note", "update", "related", "photo", "video", "watch", "read", "editor's note", "source",
                          "sources", "correction", "image", "caption", "q", "a", "tags", "share", "listen"})
# a quotation never spans a line break here: newsroom style reopens quotes on each paragraph without closing
# them, so a mark at a paragraph start must not pair with one in the next paragraph
QUOTE_RE = re.compile(r"“([^“”\n]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^«»\n]{2,}?)»")
OBJECT_CUES = frozenset({"question", "cite", "discuss", "dispute", "deny", "acknowledge", "describe", "mention",
                         "criticize", "criticise", "praise", "blame", "predict", "demand", "propose", "reject",
                         "announce", "defend", "promise", "warn", "raise", "highlight", "call", "dismiss"})
INDIRECT_EXTRA = frozenset({"question", "discuss", "dispute", "mention", "criticize", "criticise", "praise", "blame",
                            "demand", "propose", "reject", "defend", "raise", "highlight", "dismiss"})
HEARER_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "notify", "advise", "brief", "promise"})
NOUN_CUES = frozenset({"claim", "statement", "assertion", "allegation", "warning", "promise", "argument",
                       "suggestion", "insistence", "admission", "announcement", "charge", "view", "belief"})
# indirect speech also comes from findings and citations: "the poll shows ...", "the study found ..."
INDIRECT_CUES = REPORTING_VERBS | {"show", "find", "cite", "echo", "learn", "conclude", "insist", "signal", "reiterate"}
SPEECH_VERBS = REPORTING_VERBS - {"hope", "agree", "believe", "think", "call", "ask", "urge", "accuse", "charge"}


@dataclass
class QuoteDraft:
    start: int
    end: int
    direct: bool
    cue: Token | None
    speaker: int | None


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
        indirect = indirect_quotes(doc, book, covered)
        # a few quoted words inside reported speech ("said it was only “to mock” her") are part of
        # that speech, not a quote of their own
        text = doc.text
        quotes = [q for q in quotes if not (len(text[q.start:q.end].split()) < 6 and any(
            i.start <= q.start and q.end <= i.end + 2 for i in indirect))] + indirect
        quotes.sort(key=lambda q: q.start)
        state["quotes"] = quotes
        doc._.sitrep_state = state
        return doc


def direct_quotes(doc: Doc, book: ActorBook) -> list[QuoteDraft]:
    out: list[QuoteDraft] = []
    previous: QuoteDraft | None = None
    text_all = doc.text  # doc.text rebuilds the string on each read
    for m in QUOTE_RE.finditer(text_all):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        text = text_all[start:end]
        if "\n\n" in text or (len(text.split()) < 2 and not text[:1].isupper()):
            continue  # a scare-quoted word or a runaway match across paragraphs
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        cue = _cue_near(doc, span)
        speaker = _speaker(book, cue) if cue is not None else None
        if speaker is None and cue is None:
            speaker = _adjacent_actor(doc, book, span)
        if speaker is None and cue is None and previous is not None and start - previous.end < 400:
            speaker, cue = previous.speaker, previous.cue
        q = QuoteDraft(start, end, True, cue, speaker)
        out.append(q)
        previous = q
    return out


def labelled_speech(doc: Doc, book: ActorBook, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    """Speech introduced by a speaker's name and a colon, as in transcripts and headlines."""
    out: list[QuoteDraft] = []
    text = doc.text
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


def _cue_near(doc: Doc, span: Span) -> Token | None:
    """The nearest speech verb outside the quote, in the sentences the quote touches."""
    first, last = sent_of(span[0]), sent_of(span[-1])
    tokens = [t for t in doc[first.start:last.end] if not (span.start <= t.i < span.end)]
    cues = [t for t in tokens if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
    if not cues:
        return None
    return min(cues, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))


def _speaker(book: ActorBook, verb: Token) -> int | None:
    cur = verb
    for _ in range(5):
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                found = book.resolve(c)
                if found:
                    return found[0]
        if cur.dep_ in ("advcl", "conj", "xcomp", "ccomp", "csubj") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return None


def _adjacent_actor(doc: Doc, book: ActorBook, span: Span) -> int | None:
    for t in doc[span.end:min(len(doc), span.end + 4)]:
        idx = book.at(t)
        if idx is not None and book.actors[idx].kind in ("person", "organization"):
            return idx
    return None


def indirect_quotes(doc: Doc, book: ActorBook, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    out: list[QuoteDraft] = []
    for t in doc:
        if (t.lemma_ not in INDIRECT_CUES and t.lemma_ not in INDIRECT_EXTRA) or t.pos_ not in ("VERB", "AUX"):
            continue
        comp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
        if comp is None:
            # "The talks failed, the minister said.": the reported clause comes first
            comp = next((c for c in t.children if c.dep_ in ("ccomp", "parataxis") and c.i < t.i), None)
        if comp is None and t.lemma_ in OBJECT_CUES:
            # "questioned the integrity of the count", "cited rising prices": the object is the claim
            comp = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i and len(list(c.subtree)) >= 3),
                        None)
        if comp is None:
            continue
        content = _content_span(comp)
        if content is None or len(content) < 3:
            continue
        # "said 40 villagers were ...": the parser may hang the clause's subject on the cue as its object
        obj = next((c for c in t.children if c.dep_ == "dobj" and t.i < c.i < comp.i), None)
        if obj is not None and t.lemma_ not in HEARER_VERBS:  # "told the BBC the ...": the BBC only heard it
            content = doc[obj.left_edge.i:content.end]
        if _mostly_covered(content.start_char, content.end_char, covered):
            continue
        out.append(QuoteDraft(content.start_char, content.end_char, False, t, _speaker(book, t)))
    out += _noun_cues(doc, book, covered)
    out += _according_to(doc, book, covered + [(q.start, q.end) for q in out])
    return out


def _first_actor(book: ActorBook, token: Token | None) -> int | None:
    found = book.resolve(token) if token is not None else []
    return found[0] if found else None


def _mostly_covered(start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    """True when quotes already found hold most of [start, end): a partial quote inside reported
    speech ("said it was only “to mock” her") does not hide the reported speech."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in covered)
    return inside * 2 > end - start


def _noun_cues(doc: Doc, book: ActorBook, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    """"X's claim that ...", "the ministry's statement that ...": the clause is X's."""
    out: list[QuoteDraft] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_ not in NOUN_CUES:
            continue
        comp = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > t.i
                     and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        if comp is None:
            continue
        content = _content_span(comp)
        if content is None or len(content) < 3 or _mostly_covered(content.start_char, content.end_char, covered):
            continue
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        speaker = _first_actor(book, owner)
        out.append(QuoteDraft(content.start_char, content.end_char, False, t, speaker))
    return out


def _according_to(doc: Doc, book: ActorBook, covered: list[tuple[int, int]]) -> list[QuoteDraft]:
    """"According to X, Y" and "Y, according to X": Y is X's claim."""
    out: list[QuoteDraft] = []
    for t in doc[:-1]:
        if t.lower_ != "according" or doc[t.i + 1].lower_ != "to":
            continue
        to = doc[t.i + 1]
        source = next((o for o in to.children if o.dep_ == "pobj"), None)
        phrase_end = source.right_edge.i if source is not None else to.i
        sent = sent_of(t)
        if t.i - sent.start <= 1:  # "According to X, Y."
            start = phrase_end + 1
            while start < sent.end and doc[start].is_punct:
                start += 1
            end = sent.end - 1
        else:  # "Y, according to X."
            start = sent.start
            end = t.i - 1
        while end > start and doc[end].is_punct:
            end -= 1
        if end - start < 2:
            continue
        span = doc[start:end + 1]
        if any(s < span.end_char and span.start_char < e for s, e in covered):
            continue
        speaker = _first_actor(book, source)
        out.append(QuoteDraft(span.start_char, span.end_char, False, t, speaker))
    return out


def _content_span(comp: Token) -> Span | None:
    """The complement clause without a leading "that" and without trailing asides (", claims that ...")."""
    doc = comp.doc
    left = comp.left_edge.i
    while left < comp.i and doc[left].dep_ in ("mark", "punct"):
        left += 1
    right = comp.i
    for child in comp.rights:
        if child.dep_ == "punct" and child.text in (",", ";", "—", "–"):
            nxt = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if nxt is not None and nxt.dep_ in ("appos", "npadvmod", "advcl", "dep"):
                break
        if child.dep_ in ("appos", "npadvmod"):
            break
        right = child.right_edge.i
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left:right + 1]
