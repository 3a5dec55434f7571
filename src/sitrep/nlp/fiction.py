"""Narrated fiction: the killings, battles and arrests of a film's, novel's or series' plot.

Entertainment copy summarises plots in the words of news ("the film follows a hitman who
kills his boss", "in the novel, soldiers storm the village"). None of it happened, so the
events stage codes nothing inside a plot: a clause is fiction when it hangs below

- a work that narrates it: "the film follows / tells the story of / centres on / depicts ...",
  "a novel about ...";
- a part that someone plays: "plays a hitman who ...", "stars as a spy who ...",
  "plays the role of a soldier who ...";
- a frame that puts it inside a work: "In the film, ...", "in Smith's novel, ...";
- a character: "his character kills ...", "the protagonist is shot".

A summary often runs on after its opening sentence ("The film follows a boy. After his
father is killed he sets out ..."): the sentences that follow a plot sentence in the same
paragraph and still narrate in the present tense, with no one reporting them, are plot too.
What the same story reports in its own voice (an actor arrested, a cinema attacked,
protesters at a premiere) is none of these, and stays.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from sitrep.nlp.sentences import sent_of, sentences

#: Nouns for works of fiction. Documentaries and programmes are left out: they report real events.
WORK_NOUNS = frozenset({
    "film", "movie", "novel", "book", "play", "drama", "series", "sitcom", "soap", "thriller", "comedy",
    "musical", "opera", "plot", "storyline", "story", "episode", "sequel", "prequel", "trilogy", "screenplay",
    "script", "fairytale", "tale", "cartoon", "animation", "game", "blockbuster", "romcom", "whodunit",
    "miniseries", "saga", "fable", "fiction", "epic", "adaptation", "remake", "show",
})
#: Work nouns that news also uses for real events ("the hostage drama", "a five-set thriller", "the
#: saga of the takeover"): a work only with a word that says which kind ("a BBC drama", "a spy thriller").
AMBIGUOUS_WORKS = frozenset({"drama", "thriller", "saga", "tale", "epic", "comedy", "tragedy"})
MEDIA_MODIFIERS = frozenset({
    "tv", "television", "radio", "bbc", "itv", "channel", "stage", "screen", "hollywood", "bollywood", "costume",
    "period", "crime", "spy", "action", "courtroom", "medical", "hospital", "legal", "psychological", "romantic",
    "teen", "gangster", "horror", "police", "detective", "war", "historical", "family", "comic", "dark",
    "award-winning", "hit", "new", "latest", "forthcoming", "animated", "cult", "sci-fi", "fantasy", "musical",
})
#: Works that need a modifier to be fiction: a "game" is a match unless it is a video or computer game.
GAME_MODIFIERS = frozenset({"video", "computer", "console", "pc", "online", "role-playing", "board"})
#: Verbs by which a work narrates what happens in it; the subject must be a work.
NARRATING_VERBS = frozenset({"follow", "tell", "centre", "center", "revolve", "chart", "depict", "portray",
                             "dramatise", "dramatize", "recount", "narrate", "see", "feature", "imagine",
                             "focus", "concern", "explore", "star", "show", "set", "involve"})
#: Verbs by which an actor takes a part: "plays a hitman who ...", "stars as a spy who ...". "Portray" is
#: left out: a government "portrays the protesters who attacked police as ...".
ROLE_VERBS = frozenset({"play", "star", "voice", "co-star", "costar"})
#: Work nouns that news uses for true accounts too: "ran a story about soldiers who ...".
TRUE_STORIES = frozenset({"story", "tale", "saga", "plot", "fiction", "book", "comic", "epic", "western"})
#: Nouns for the people of a plot; "hero" is left out ("a war hero was killed").
CHARACTER_NOUNS = frozenset({"character", "characters", "protagonist", "antagonist", "villain", "anti-hero",
                             "antihero", "alter", "heroine"})
#: Nouns for a story a work tells: "tells the story of a man who ...", even when the subject is "it".
STORY_NOUNS = frozenset({"story", "tale", "saga", "adventures", "exploits"})
#: A sentence with one of these words is someone's report, not the plot's narration.
REPORTING = frozenset({"say", "tell", "report", "claim", "allege", "announce", "confirm", "add", "state", "deny",
                       "accuse", "charge", "arrest"})
#: Subject dependencies: what is below a verb's subject is not what the verb narrates.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: How many present-tense sentences after a plot sentence are read as the plot running on.
RUN_ON = 3


def is_work(tok: Token) -> bool:
    """A word for a work of fiction: "the film", "his novel", "a video game". Titles NER tags as works of
    art are left out: the small model tags villages that way too ("X in Y" read as a title)."""
    lemma = tok.lemma_.lower()
    if lemma not in WORK_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in ("series", "show") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a series of attacks" counts attacks, "a show of force" is no programme
    if lemma == "game":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in GAME_MODIFIERS for c in tok.children)
    if lemma in AMBIGUOUS_WORKS:
        return any(c.dep_ in ("compound", "amod", "poss", "nmod") and (
            c.lower_ in MEDIA_MODIFIERS or c.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART")) for c in tok.children)
    # "a plot to kill the president" is a conspiracy, not a story
    return lemma not in ("play", "story", "tale", "saga", "plot") or not any(
        c.dep_ in ("acl", "relcl") and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        for c in tok.children)


def _character(tok: Token) -> bool:
    """A character of a plot: "his character", "the protagonist", "Cage's character Ben Gates"."""
    if tok.lower_ in CHARACTER_NOUNS or tok.lemma_.lower() in CHARACTER_NOUNS:
        return True
    return any(c.dep_ in ("compound", "appos", "nmod") and c.lemma_.lower() in CHARACTER_NOUNS
               for c in tok.children) or (tok.dep_ == "appos" and tok.head.lemma_.lower() in CHARACTER_NOUNS)


def _work_subject(tok: Token) -> bool:
    """A work, or a title a work names in apposition: "Small Island, her fourth novel, is set in ..."."""
    return is_work(tok) or any(c.dep_ == "appos" and is_work(c) for c in tok.children)


def _subjects(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subs):
        subs = [verb.head]  # "the show, which told the story of ...": the show tells it
    if not subs and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subjects(verb.head)  # "the film follows a boy and charts ...": the first verb's subject
    if not subs and verb.dep_ == "relcl" and is_work(verb.head):
        return [verb.head]  # "the film, which follows ...": the work the clause is about
    return subs


def _path(t: Token) -> Iterator[tuple[Token, Token]]:
    """(child, head) pairs from a token up to its sentence's root."""
    child = t
    while child.head.i != child.i:  # spaCy makes a new Token object on each access: compare indices
        yield child, child.head
        child = child.head


def _narrated_by_work(child: Token, head: Token) -> bool:
    """``child`` is what a work narrates: below the object side of "the film follows", "it tells the
    story of", "the novel centres on", "depicts", "a film about"."""
    if child.dep_ in SUBJECT_DEPS:
        return False
    if head.pos_ in ("NOUN", "PROPN") and is_work(head):
        # "a film about ..."; a story may be a true one ("ran a story about ..."), so not every work noun
        return child.dep_ == "prep" and child.lower_ == "about" and head.lemma_.lower() not in TRUE_STORIES
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in NARRATING_VERBS:
        return False
    subjects = _subjects(head)
    if any(_work_subject(s) or _character(s) for s in subjects):
        return True
    return child.dep_ == "dobj" and _tells_a_story(head)


def _tells_a_story(verb: Token) -> bool:
    """"It tells the story of ...", "Sideways tells the story of ...": a work tells its story in the
    present; witnesses who "told the story of how ..." tell a true one."""
    return verb.lemma_.lower() == "tell" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STORY_NOUNS for c in verb.children)


def _played_part(path: list[tuple[Token, Token]], n: int) -> bool:
    """The clause describes a part someone plays: "plays a hitman who ...", "stars as a spy who ...",
    "plays the role of a soldier who ..."; not "played a role in attacks that ...".

    ``path[n]`` is the (relative clause, character noun) step."""
    clause, noun = path[n]
    if clause.dep_ not in ("relcl", "acl"):
        return False
    up = noun
    if up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.lemma_.lower() in ("role", "part"):
        up = up.head.head  # "the role of a soldier who ..."
    if up.dep_ == "pobj" and up.head.lower_ == "as":
        up = up.head  # "stars as a spy who ..."
    if up.dep_ not in ("dobj", "attr", "prep", "appos"):
        return False
    verb = up.head
    return verb.lemma_.lower() in ROLE_VERBS and (verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT")


def _in_work_frame(verb: Token) -> bool:
    """"In the film, soldiers storm the village", "In Levy's novel, ...": the clause is set in a work."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "within", "throughout") and any(
        o.dep_ == "pobj" and is_work(o) and o.ent_type_ not in ("ORG", "GPE") for o in prep.children)
        for prep in verb.children)


def in_fiction(t: Token) -> bool:
    """Whether the trigger ``t`` is told inside a plot (see the module docstring)."""
    if t.lemma_ == "kill" and any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
        return True  # "Den was killed off on Friday": the writers dropped a character
    path = list(_path(t))
    verbs = [tok for tok in [t, *(h for _, h in path)] if tok.pos_ in ("VERB", "AUX")]
    present = bool(verbs) and verbs[0].tag_ in ("VBZ", "VBP")
    for n, (child, head) in enumerate(path):
        if _narrated_by_work(child, head) or _played_part(path, n):
            return True
        if present and child.dep_ == "prep" and child.lower_ == "of" and head.lemma_.lower() in STORY_NOUNS:
            return True  # "the story of a soldier who kills his commander": a true story is told in the past
    for tok in [t, *(h for _, h in path)]:
        if tok.pos_ in ("VERB", "AUX") and (_in_work_frame(tok) or any(
                _character(s) for s in tok.children if s.dep_ in ("nsubj", "nsubjpass"))):
            return True
    return False


def plot_sentences(doc: Doc) -> set[int]:
    """Start indices of the sentences that run a plot on past its opening sentence."""
    out: set[int] = set()
    sents = sentences(doc)
    for n, sent in enumerate(sents):
        if not _opens_plot(sent):
            continue
        for follower in sents[n + 1:n + 1 + RUN_ON]:
            if _new_paragraph(follower) or not _narrates(follower) or _opens_plot(follower):
                break
            out.add(follower.start)
    return out


def _opens_plot(sent: Span) -> bool:
    """A sentence whose main clause sets out a plot: "The film follows ...", "It tells the story of ...",
    "In the novel, ...", "X plays a detective who ..."."""
    root = sent.root
    return any(_sets_out_plot(verb, sent) for verb in [root, *(c for c in root.children if c.dep_ == "conj")])


def _sets_out_plot(verb: Token, sent: Span) -> bool:
    lemma = verb.lemma_.lower()
    if _in_work_frame(verb):
        return True
    if lemma in NARRATING_VERBS and any(_work_subject(s) or _character(s) for s in _subjects(verb)):
        return True
    if _tells_a_story(verb):
        return True
    return lemma in ROLE_VERBS and any(c.dep_ in ("dobj", "prep") for c in verb.children) and any(
        t.dep_ in ("relcl", "acl") for t in sent)


def _new_paragraph(sent: Span) -> bool:
    doc = sent.doc
    return sent.start > 0 and "\n" in doc[sent.start - 1].text_with_ws + doc[sent.start - 1].text


def _narrates(sent: Span) -> bool:
    """A sentence told in the narrative present (the tense of a plot summary) that no one reports:
    "After his father is killed he teams up with a wolf cub"."""
    root = sent.root
    if root.tag_ not in ("VBZ", "VBP") or root.lemma_.lower() in REPORTING:
        return False
    if any(t.lower_ in ('"', "“", "”", "'") for t in sent):
        return False  # a quotation is someone speaking, not the plot
    return not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ in ("have", "do")
                   for c in root.children)  # "has been arrested" reports news


def counted_in_plot(doc: Doc, start_char: int, plot: set[int]) -> bool:
    """Whether the count starting at ``start_char`` numbers a plot's victims ("kills his boss")."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    return sent_of(tok).start in plot or in_fiction(tok)


#: What a camera shoots: "the footage was shot in Morocco", "shooting the final scene".
FILMED_THINGS = frozenset({"footage", "scene", "video", "pilot", "episode", "advert", "commercial", "documentary",
                           "sequence", "location", "music", "promo", "trailer"})


def filmed(t: Token) -> bool:
    """"The film was shot in Morocco", "films shot in the UK", "the shooting of the sequel", "location
    shooting": a camera's shooting, which harms no one."""
    if t.lemma_.lower() != "shoot" and t.lower_ not in ("shooting", "shootings"):
        return False
    shot = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "compound")]
    shot += [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for")
             for o in c.children if o.dep_ == "pobj"]
    if t.dep_ == "acl":
        shot.append(t.head)  # "films shot in the UK"
    shot += [o for s in shot for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj"]  # "most of the footage"
    return any(is_work(s) or s.lemma_.lower() in FILMED_THINGS or any(
        c.dep_ == "acl" and c.lower_ == "starring" for c in s.children) for s in shot)
