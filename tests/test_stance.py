"""Per-actor stance: the outlet's own words count, quoted words do not; and the BASIL quality gate."""

from __future__ import annotations

import pytest

from storylens.compare.stance import actor_stance, masked_sentence_text, quoted_regions, sentiment_analyzer
from storylens.evaluate.stance import entity_actor, evaluate_stance, macro_f1
from storylens.extract.parse import parse_article
from storylens.nlp import Resources
from storylens.records import Article, Segment, SegmentKind
from tests.compare_fixtures import SHARED, load_resources


@pytest.fixture(scope="module")
def models() -> Resources:
    return load_resources()


def _article(text: str) -> Article:
    return Article("t1", "t.txt", "Test", None, None, "en", text, (Segment(SegmentKind.PARAGRAPH, 0, len(text), text),))


def test_quoted_regions_cover_typographic_and_straight_quotes() -> None:
    text = 'He said “this is a disaster” and "a terrible idea" today.'
    masked = masked_sentence_text(text, quoted_regions(text))
    assert "disaster" not in masked and "terrible" not in masked and "today" in masked


def test_quoted_criticism_is_not_the_outlets_stance(models: Resources) -> None:
    sia = sentiment_analyzer()
    quoted = _article('Jones said Smith was “a corrupt, incompetent disgrace” at the hearing on Tuesday.')
    own = _article("Smith was a corrupt, incompetent disgrace at the hearing on Tuesday.")
    scores = []
    for article in (quoted, own):
        actor = entity_actor(article, "John Smith")
        (stance,) = actor_stance(parse_article(article, models.spacy), [actor], [], sia)
        scores.append(stance.score)
    assert scores[1] < -0.1
    assert scores[0] > scores[1] + 0.1


def test_stance_has_evidence_spans_into_the_text(models: Resources) -> None:
    article = _article("Smith won a brilliant, well-deserved victory. The weather was mild.")
    actor = entity_actor(article, "Jane Smith")
    (stance,) = actor_stance(parse_article(article, models.spacy), [actor], [], sentiment_analyzer())
    assert stance.score > 0
    assert [article.text[e.start:e.end] for e in stance.evidence] == ["Smith won a brilliant, well-deserved victory."]


def test_macro_f1() -> None:
    assert macro_f1(["neg", "neu", "pos"], ["neg", "neu", "pos"]).macro_f1 == 1.0
    assert macro_f1(["neg", "neu"], ["neu", "neu"]).macro_f1 == pytest.approx((0 + 2 / 3) / 2, abs=1e-3)


@pytest.mark.gate
def test_basil_stance_gate(models: Resources) -> None:
    """Pinned just below the measured figures (full run: ``python -m storylens.evaluate.stance``)."""
    report = evaluate_stance(models, SHARED / "eval" / "basil", limit_events=24)
    assert report.pairs > 100
    assert report.overall.macro_f1 >= PINNED_SUBSET_MACRO_F1


# Measured 0.360 on the first 24 events (pipeline actors, direct quotes masked; thresholds tuned on their even
# half). Full run: held-out 0.363, overall 0.405 (baseline 0.346 / 0.384).
PINNED_SUBSET_MACRO_F1 = 0.34
