"""The learned attribution model: shipped artefact, features, content candidates, training and persistence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storylens.evaluate.quotes import article_from_text, attribution_examples, parsed_polnear, train_attribution_model
from storylens.extract.attribution_model import (
    FEATURE_VERSION,
    AttributionModel,
    QuoteTest,
    content_candidates,
    cue_features,
    is_cue_candidate,
)
from storylens.extract.parse import parse_article
from storylens.nlp import Resources

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear"


_never_quoted = QuoteTest([], [])


def _doc(resources: Resources, text: str):  # type: ignore[no-untyped-def]
    return parse_article(article_from_text("t", text), resources.spacy).segments[0].doc


def test_shipped_model_loads_with_matching_features() -> None:
    model = AttributionModel.load()
    assert model.metadata["feature_version"] == FEATURE_VERSION
    assert 0.0 < model.veto_threshold < model.threshold < 1.0
    assert len(model.cue.vocabulary) == len(model.cue.coef)


def test_cue_classifier_tells_reporting_frames_from_plain_verbs(resources: Resources) -> None:
    model = AttributionModel.load()
    doc = _doc(resources, "Critics slammed the plan as reckless. The senator walked to the car on Tuesday.")
    by_word = {t.text: t for t in doc if is_cue_candidate(t)}
    scores = model.cue_probabilities([cue_features(by_word[w], _never_quoted) for w in ("slammed", "walked")])
    assert scores[0] >= model.threshold > scores[1]


def test_content_candidates_drop_the_complementiser(resources: Resources) -> None:
    doc = _doc(resources, "The minister said that the plan would fail within a year.")
    said = next(t for t in doc if t.lower_ == "said")
    spans = {doc[c.first : c.last + 1].text for c in content_candidates(said)}
    assert "the plan would fail within a year" in spans
    assert not any(span.startswith("that ") for span in spans)


def test_ranker_picks_the_reported_clause(resources: Resources) -> None:
    model = AttributionModel.load()
    doc = _doc(resources, "Speaking in Berlin on Monday, Rutte told reporters that allies must spend more.")
    told = next(t for t in doc if t.lower_ == "told")
    best = model.best_content(told, _never_quoted)
    assert best is not None
    assert doc[best[0].first : best[0].last + 1].text == "allies must spend more"


def test_training_learns_cues_from_gold_and_round_trips(resources: Resources, tmp_path: Path) -> None:
    if not POLNEAR.is_dir():
        pytest.fail(f"{POLNEAR} is missing: the tests read ../shared beside the checkout")
    items = parsed_polnear("train", resources.spacy, POLNEAR, limit=3)
    model = train_attribution_model(items, min_count=1)
    cue_rows, cue_labels, content_rows, content_labels = attribution_examples(items[0][2], items[0][1])
    assert sum(cue_labels) > 0 and sum(content_labels) > 0 and len(content_rows) > 0
    scores = model.cue_probabilities(cue_rows)
    labels = np.asarray(cue_labels)
    # On its own training data the model ranks gold cue heads well above the other candidates.
    assert scores[labels == 1].mean() > scores[labels == 0].mean() + 0.3
    path = tmp_path / "model.npz"
    model.save(path)
    again = AttributionModel.from_file(path)
    assert np.allclose(again.cue_probabilities(cue_rows), scores, atol=1e-5)
    assert again.threshold == model.threshold and again.veto_threshold == model.veto_threshold
