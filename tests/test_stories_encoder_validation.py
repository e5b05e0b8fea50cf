"""Fold-wise validation of story encoders (storylens.evaluate.stories_encoder) on the even AllSides roundups."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from storylens.evaluate.stories import RoundupArticle, load_roundups
from storylens.evaluate.stories_encoder import cross_fold_scores, fold_scores
from storylens.settings import StorySettings

from .conftest import EVAL


@pytest.fixture(scope="module")
def articles() -> list[RoundupArticle]:
    return load_roundups(EVAL / "allsides" / "roundups.jsonl")


def _story_vectors(articles: list[RoundupArticle], noise: float) -> npt.NDArray[np.float32]:
    """Stand-in embeddings: one random direction per gold story plus per-article noise (seeded)."""
    rng = np.random.default_rng(5)
    directions = rng.normal(size=(max(a.story for a in articles) + 1, 384))
    vectors = directions[[a.story for a in articles]] + noise * rng.normal(size=(len(articles), 384))
    unit: npt.NDArray[np.float32] = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    return unit


def test_vectors_that_know_the_stories_score_near_perfect_and_noise_does_not(articles: list[RoundupArticle]) -> None:
    settings = StorySettings()
    telling = _story_vectors(articles, 0.3)
    blind = _story_vectors(articles, 50.0)
    for fold in (0, 1):
        crossed = cross_fold_scores(articles, telling, fold, settings)
        in_fold = fold_scores(articles, telling, fold, settings)
        assert crossed["spread"].pairwise_f1 > 0.95 and crossed["undated"].pairwise_f1 > 0.9
        spread = in_fold["spread"]
        assert not isinstance(spread, float) and spread.pairwise_f1 > 0.95
    # Vectors that carry nothing lose, most without dates (the word signals alone reach ~0.84 on a fold).
    lost = cross_fold_scores(articles, blind, 1, settings)
    assert lost["undated"].pairwise_f1 < crossed["undated"].pairwise_f1 - 0.05
    assert lost["spread"].pairwise_f1 < crossed["spread"].pairwise_f1
    # Only the even roundups are read: a fold is half of the 150.
    assert crossed["spread"].gold_stories == 75
