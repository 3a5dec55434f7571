"""PolNeAR BRAT loader and attribution scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluation.paths import dev_data_present
from sitrep.evaluation.polnear import PolnearArticle, load_polnear, parse_brat, score_polnear
from sitrep.model import Actor, Document, Extraction, Mention, Quote

TEXT = ('The mayor of Springfield said the bridge would reopen in May. '
        'He added: "We will not wait any longer."')
MAYOR = (0, 24)  # "The mayor of Springfield"
CONTENT1 = (TEXT.index("the bridge"), TEXT.index(" in May") + len(" in May"))
HE = (TEXT.index("He"), TEXT.index("He") + 2)
CONTENT2 = (TEXT.index('"We'), len(TEXT))
ANN = [
    f"T1\tSource {MAYOR[0]} {MAYOR[1]}\tThe mayor of Springfield",
    "T2\tCue 25 29\tsaid",
    f"T3\tContent {CONTENT1[0]} {CONTENT1[1]}\t{TEXT[CONTENT1[0]:CONTENT1[1]]}",
    "T4\tAttribution 25 29\tsaid",
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    f"T5\tSource {HE[0]} {HE[1]}\tHe",
    f"T6\tContent {CONTENT2[0]} {CONTENT2[1]}\t{TEXT[CONTENT2[0]:CONTENT2[1]]}",
    "E2\tAttribution:T4 Content:T6 Source:T5",
]


def article() -> PolnearArticle:
    return PolnearArticle(name="a", text=TEXT, published=None, annotator="0000",
                          attributions=parse_brat(ANN, TEXT))


def extraction(quotes: list[Quote], mentions: list[tuple[int, int]] | None = None) -> Extraction:
    mayor = Actor(id="a1", name="Springfield mayor Ann Lee", kind="person", aliases=["Lee"],
                  mentions=[Mention(*m) for m in (mentions if mentions is not None else [MAYOR])])
    return Extraction(document=Document(text=TEXT), actors=[mayor], quotes=quotes)


def quote(span: tuple[int, int], speaker: str | None = "a1", direct: bool = False) -> Quote:
    return Quote(id=f"q{span[0]}", speaker=speaker, text=TEXT[span[0]:span[1]], direct=direct, cue="said",
                 start=span[0], end=span[1])


def test_parse_brat_links_spans_and_marks_direct_and_pronoun_sources() -> None:
    first, second = parse_brat(ANN, TEXT)
    assert first.source_text == "The mayor of Springfield" and not first.direct
    assert second.direct and second.pronoun_source
    assert second.antecedent == (MAYOR,)


def test_perfect_prediction_scores_one() -> None:
    x = extraction([quote(CONTENT1), quote(CONTENT2, direct=True)])
    m = score_polnear([article()], [x]).metrics()
    assert m["f1"] == m["content_f1"] == m["direct_recall"] == m["indirect_recall"] == 1.0


def test_no_quotes_score_zero() -> None:
    m = score_polnear([article()], [extraction([])]).metrics()
    assert m["f1"] == m["content_f1"] == m["recall"] == 0.0


def test_quote_covering_less_than_half_of_the_gold_content_misses() -> None:
    short = (CONTENT1[0], CONTENT1[0] + 5)
    half = (CONTENT1[0], CONTENT1[0] + (CONTENT1[1] - CONTENT1[0] + 1) // 2)
    assert score_polnear([article()], [extraction([quote(short)])]).metric("content_recall") == 0.0
    assert score_polnear([article()], [extraction([quote(half)])]).metric("content_recall") == 0.5


def test_wrong_speaker_counts_for_content_only() -> None:
    x = extraction([quote(CONTENT1, speaker=None)])
    m = score_polnear([article()], [x]).metrics()
    assert m["content_recall"] == 0.5 and m["recall"] == 0.0


def test_pronoun_source_matches_the_antecedent_speaker() -> None:
    x = extraction([quote(CONTENT2, direct=True)], mentions=[MAYOR])
    assert score_polnear([article()], [x]).metric("pronoun_source_recall") == 1.0


def test_speaker_named_in_the_source_text_matches_without_a_mention() -> None:
    ann = [f"T1\tSource {MAYOR[0]} {MAYOR[1]}\tThe mayor of Springfield",
           f"T3\tContent {CONTENT1[0]} {CONTENT1[1]}\tx", "E1\tContent:T3 Source:T1"]
    art = PolnearArticle(name="a", text=TEXT, published=None, annotator="0",
                         attributions=parse_brat(ann, TEXT))
    other = Actor(id="a1", name="Springfield", kind="organization")
    x = Extraction(document=Document(text=TEXT), actors=[other], quotes=[quote(CONTENT1)])
    assert score_polnear([art], [x]).metric("recall") == 1.0


def test_one_prediction_matches_one_gold_attribution() -> None:
    whole = (0, len(TEXT))
    m = score_polnear([article()], [extraction([quote(whole)])]).metrics()
    assert m["content_recall"] == 0.5 and m["content_precision"] == 1.0


def test_loader_keeps_the_first_annotator_per_article(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "news_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "news_one_beef.ann").write_text("\n".join(ANN[:5]), encoding="utf-8")
    (tmp_path / "attributions" / "news_one_a0a0.ann").write_text("\n".join(ANN), encoding="utf-8")
    (art,) = load_polnear(tmp_path)
    assert art.annotator == "a0a0" and len(art.attributions) == 2


@pytest.mark.shared
def test_real_polnear_dev_has_84_articles_with_attributions() -> None:
    if not dev_data_present():
        pytest.skip("../shared is absent: PolNeAR lives in ../shared/dev")
    articles = load_polnear()
    assert len(articles) == 84
    gold = [g for a in articles for g in a.attributions]
    assert len(gold) > 1500
    assert all(a.text[s:e] for a in articles for g in a.attributions for s, e in g.content)
