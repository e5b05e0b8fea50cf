"""Per-actor stance: the outlet's own words count, quoted words do not; and the BASIL quality gate."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storylens.compare.stance import (
    StanceSettings,
    actor_sentences,
    actor_stance,
    masked_sentence_text,
    own_sentences,
    quoted_regions,
    sentiment_analyzer,
    stance_features,
)
from storylens.compare.stance_model import CLASSES, LEXICAL_FEATURES, StanceModel
from storylens.errors import ModelError
from storylens.evaluate.stance import (
    BasilItem,
    entity_actor,
    evaluate_stance,
    load_basil,
    macro_f1,
    phrase_spans,
    sentence_label,
)
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


def test_shipped_model_loads_and_gives_probabilities(models: Resources) -> None:
    model = StanceModel.load(models)
    assert model.coef.shape == (len(CLASSES), models.embedder.dimension + len(LEXICAL_FEATURES))
    assert model.metadata["half"] == "even" and len(model.metadata["thresholds"]) == 2
    rows = model.probabilities(np.zeros((2, model.coef.shape[1] - len(LEXICAL_FEATURES))), np.zeros((2, 9)))
    assert rows.shape == (2, 3) and np.allclose(rows.sum(axis=1), 1.0)


def test_model_reads_the_outlets_words_not_the_quoted_critics(models: Resources) -> None:
    """With the trained model, an unquoted attack on Smith is negative; the same words in a critic's quote are not."""
    sia = sentiment_analyzer()
    model = StanceModel.load(models)
    one_sentence = StanceSettings(model_scale=1.0)
    quoted = _article(
        "Jones said on Tuesday that Smith had “disgraced the office, lied to investigators and betrayed voters.”"
    )
    own = _article("Smith disgraced the office, lied to investigators and betrayed voters, records show.")
    scores = []
    for article in (quoted, own):
        actor = entity_actor(article, "John Smith")
        parsed = parse_article(article, models.spacy)
        # Scale 1: one sentence's margin is read as it is (the default scale is for whole articles).
        (stance,) = actor_stance(parsed, [actor], [], sia, one_sentence, model=model, embedder=models.embedder)
        scores.append(stance.score)
    assert scores[1] < -0.15
    assert scores[0] > scores[1] + 0.3
    own_actor = entity_actor(own, "John Smith")
    (stance,) = actor_stance(
        parse_article(own, models.spacy), [own_actor], [], sia, model=model, embedder=models.embedder
    )
    assert [own.text[e.start:e.end] for e in stance.evidence] == [own.text]


def test_model_needs_an_embedder(models: Resources) -> None:
    article = _article("Smith won.")
    with pytest.raises(ValueError):
        actor_stance(parse_article(article, models.spacy), [entity_actor(article, "Jane Smith")], [],
                     sentiment_analyzer(), model=StanceModel.load(models))


def test_unreadable_model_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "stance.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="retrain"):
        StanceModel.from_file(bad)


def test_pronoun_sentence_after_a_person_is_theirs_with_the_pronoun_as_mention(models: Resources) -> None:
    article = _article("Smith spoke on Monday. He was booed. The hall was full.")
    parsed = parse_article(article, models.spacy)
    about = actor_sentences(own_sentences(parsed, [], sentiment_analyzer()), entity_actor(article, "Jane Smith"), "t1")
    assert [a.own.sentence.text for a in about] == ["Smith spoke on Monday.", "He was booed."]
    assert about[1].follow_on and article.text[slice(*about[1].actor_spans[0])] == "He"
    texts, lexical = stance_features(about)
    assert texts == ["Smith spoke on Monday.", "He was booed."]
    subject = LEXICAL_FEATURES.index("actor_is_subject")
    assert lexical[0][subject] == 1.0 and lexical[1][subject] == 1.0


def test_basil_phrase_spans_land_on_their_text_and_label_sentences(models: Resources) -> None:
    """Every located phrase span reads its annotated text in our article; sentences get the span's polarity."""
    root = SHARED / "eval" / "basil"
    spans = phrase_spans(root)
    items = load_basil(root)
    located = sum(len(v) for v in spans.values())
    assert located > 1000
    by_id = {item.article.id: item.article for item in items}
    for article_id, article_spans in spans.items():
        for span in article_spans:
            assert by_id[article_id].text[span["start"]:span["end"]] == span["txt"]
    # A sentence holding an unquoted negative span aimed at the entity is labelled neg, others none.
    def has_unquoted_negative(item: BasilItem) -> bool:
        key = item.entity.replace(" ", "_")
        return any(
            s["quote"] == "no" and s["polarity"] == "neg" and s["aim"] == "dir" and s["target"] == key
            for s in spans[item.article.id]
        )

    item = next(i for i in items if has_unquoted_negative(i))
    parsed = parse_article(item.article, models.spacy)
    owned = own_sentences(parsed, [], sentiment_analyzer())
    about = actor_sentences(owned, entity_actor(item.article, item.entity), item.article.id)
    labels = [sentence_label(a, item.entity, spans[item.article.id]) for a in about]
    assert "neg" in labels and "none" in labels


@pytest.mark.gate
def test_basil_stance_gate(models: Resources) -> None:
    """Pinned just below the measured figures (full run: ``python -m storylens.evaluate.stance``)."""
    report = evaluate_stance(models, SHARED / "eval" / "basil", limit_events=16, swapped=False)
    assert report.pairs >= 90  # 97 labelled (article, entity) pairs in the first 16 events
    assert report.lexicon_overall.macro_f1 >= PINNED_SUBSET_LEXICON_MACRO_F1
    assert report.held_out.macro_f1 >= PINNED_SUBSET_MODEL_MACRO_F1


# First 16 events (~25 CPU s): the lexicon stance (what build_comparison uses) measured overall 0.409 (thresholds
# tuned on their even half); the trained model, on the odd events among them with its shipped thresholds, 0.302
# (it finds no negative there). Full run: model held-out 0.304, swapped 0.391; lexicon held-out 0.363.
PINNED_SUBSET_LEXICON_MACRO_F1 = 0.38
PINNED_SUBSET_MODEL_MACRO_F1 = 0.28
