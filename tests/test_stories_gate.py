"""Quality gate: story clustering on the AllSides roundups (299 gold stories × left / center / right).

Figures measured with ``python -m storylens.evaluate.stories`` (weights fitted on the even stories, the odd ones
held out) and pinned slightly below. Both the spread-dates and the no-dates stream are gated: see the module
docstring of storylens.evaluate.stories for what each tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import numpy.typing as npt
import pytest

from storylens.evaluate.stories import (
    RoundupArticle,
    _spread_date,
    article_actors,
    bcubed_f1,
    embed_articles,
    evaluate_basil,
    evaluate_stories,
    fit_tuning,
    load_basil,
    load_roundups,
    pairwise_scores,
)
from storylens.nlp import Resources
from storylens.settings import StorySettings
from storylens.stories.encoder import STORY_ENCODER_TUNING, StoryEncoder

from .conftest import EVAL

ROUNDUPS = EVAL / "allsides" / "roundups.jsonl"
SETTINGS = StorySettings()

# (mode, subset): (pairwise F1, B-cubed F1) minimums. Measured (session 7, with the farthest-member signal,
# ClusterTuning.farthest_weight): spread odd 0.936 / 0.970, spread all 0.833 / 0.918, undated odd 0.712 / 0.859,
# undated all 0.685 / 0.841 (session 6, first and second look: 0.927 / 0.965, 0.827 / 0.916, 0.692 / 0.850,
# 0.670 / 0.829; session 5, single pass: 0.912 / 0.959, 0.823 / 0.916, 0.671 / 0.840, 0.614 / 0.805).
MINIMUMS = {
    ("spread", "odd"): (0.92, 0.96),
    ("spread", "all"): (0.815, 0.905),
    ("undated", "odd"): (0.69, 0.845),
    ("undated", "all"): (0.665, 0.825),
}


# The same with the story-tuned encoder (resources/stories-encoder-v1.onnx, trained on the even roundups + BASIL)
# and its weights (STORY_ENCODER_TUNING, session 4's: the event-day signal is off for this encoder, as it lowered the
# held-out spread figure to 0.893). Measured (`python -m storylens.evaluate.stories --encoder stories`): spread
# odd 0.919 / 0.961, spread all 0.838 / 0.930 (the even half was trained on), undated odd 0.616 / 0.833, undated all
# 0.576 / 0.793.
ENCODER_MINIMUMS = {
    ("spread", "odd"): (0.90, 0.945),
    ("spread", "all"): (0.82, 0.915),
    ("undated", "odd"): (0.58, 0.81),
    ("undated", "all"): (0.55, 0.77),
}


@pytest.fixture(scope="module")
def encoder_embeddings(
    resources: Resources, roundups: tuple[list[RoundupArticle], npt.NDArray[np.float32]]
) -> npt.NDArray[np.float32]:
    encoder = resources.extra("stories.encoder", lambda: StoryEncoder(resources.settings.models))
    return embed_articles(roundups[0], encoder, SETTINGS.lead_chars)


@pytest.mark.gate
@pytest.mark.parametrize(("mode", "subset"), sorted(ENCODER_MINIMUMS))
def test_story_clustering_gate_with_the_story_encoder(
    roundups: tuple[list[RoundupArticle], npt.NDArray[np.float32]],
    encoder_embeddings: npt.NDArray[np.float32],
    mode: str,
    subset: str,
) -> None:
    articles, _ = roundups
    scores = evaluate_stories(
        articles,
        encoder_embeddings,
        SETTINGS,
        mode,  # type: ignore[arg-type]
        subset,  # type: ignore[arg-type]
        STORY_ENCODER_TUNING,
    )
    min_pairwise, min_bcubed = ENCODER_MINIMUMS[(mode, subset)]
    assert scores.pairwise_f1 >= min_pairwise, scores
    assert scores.bcubed_f1 >= min_bcubed, scores


# The held-out stream as the pipeline clusters it: each article with the actors the pipeline finds (spaCy +
# find_actors). Measured (`python -m storylens.evaluate.stories --encoder stories --actors`): the same as without
# actors, spread odd 0.919, undated odd 0.616 (the shared-actor weight is 0); with the former hand-set weight 1.0
# (`--actor-weight 1`) 0.908 and 0.585 — this gate fails if a weight on actors lowers the held-out figures again.
ACTOR_MINIMUMS = {("spread", "odd"): 0.91, ("undated", "odd"): 0.595}


@pytest.mark.gate
def test_story_clustering_gate_with_the_actors_the_pipeline_gives(
    resources: Resources,
    roundups: tuple[list[RoundupArticle], npt.NDArray[np.float32]],
    encoder_embeddings: npt.NDArray[np.float32],
) -> None:
    articles, _ = roundups
    actors = article_actors([a for a in articles if a.story % 2 == 1], resources.spacy)
    assert sum(1 for names in actors.values() if names) > 0.8 * len(actors)  # the signal is really there
    for (mode, subset), minimum in ACTOR_MINIMUMS.items():
        scores = evaluate_stories(
            articles,
            encoder_embeddings,
            SETTINGS,
            mode,  # type: ignore[arg-type]
            subset,  # type: ignore[arg-type]
            STORY_ENCODER_TUNING,
            actors=actors,
        )
        assert scores.pairwise_f1 >= minimum, (mode, scores)


@pytest.fixture(scope="module")
def roundups(resources: Resources) -> tuple[list[RoundupArticle], npt.NDArray[np.float32]]:
    if not ROUNDUPS.exists():
        pytest.fail(f"{ROUNDUPS} is missing: the gate reads ../shared beside the checkout")
    articles = load_roundups(ROUNDUPS)
    return articles, embed_articles(articles, resources.embedder, SETTINGS.lead_chars)


@pytest.mark.gate
@pytest.mark.parametrize(("mode", "subset"), sorted(MINIMUMS))
def test_story_clustering_gate(
    roundups: tuple[list[RoundupArticle], npt.NDArray[np.float32]], mode: str, subset: str
) -> None:
    articles, embeddings = roundups
    assert len(articles) == 875
    scores = evaluate_stories(articles, embeddings, SETTINGS, mode, subset)  # type: ignore[arg-type]
    min_pairwise, min_bcubed = MINIMUMS[(mode, subset)]
    assert scores.pairwise_f1 >= min_pairwise, scores
    assert scores.bcubed_f1 >= min_bcubed, scores


# BASIL's 70 events (Fox, HuffPost, NYT; 2010–2016), a second data set held out from the general embedder and its
# weights, each article with its own publication date. Measured (session 9, `python -m storylens.evaluate.stories
# --basil`): dated P 1.000 R 0.990 F1 0.995 / B-cubed 0.997; undated P 1.000 R 0.924 F1 0.960 / 0.974. Its events are
# sparse in time (8 pairs of events within 3 days of each other), so the dated stream is easy; the undated one tests
# the text alone.
BASIL_MINIMUMS = {"dated": (0.98, 0.99), "undated": (0.94, 0.96)}


@pytest.mark.gate
def test_story_clustering_gate_on_basil_events(resources: Resources) -> None:
    path = EVAL / "basil" / "articles"
    if not path.exists():
        pytest.fail(f"{path} is missing: the gate reads ../shared beside the checkout")
    articles = load_basil(path)
    assert (len(articles), len({a.story for a in articles})) == (210, 70)
    scores = evaluate_basil(articles, embed_articles(articles, resources.embedder, SETTINGS.lead_chars), SETTINGS)
    for mode, (min_pairwise, min_bcubed) in BASIL_MINIMUMS.items():
        assert scores[mode].pairwise_f1 >= min_pairwise, (mode, scores[mode])
        assert scores[mode].bcubed_f1 >= min_bcubed, (mode, scores[mode])


def test_fitting_on_gold_stories_weighs_similarity_up_and_time_gap_down(
    roundups: tuple[list[RoundupArticle], npt.NDArray[np.float32]],
) -> None:
    articles, embeddings = roundups
    first = [a for a in articles if a.story < 80]
    tuning = fit_tuning(first, embeddings[: len(first)], SETTINGS, "even")
    assert tuning.mean_weight > 0 and tuning.keyword_weight > 0 and tuning.centroid_weight > 0
    assert tuning.gap_weight < 0 and tuning.candidates_weight < 0
    assert tuning.size_weight == 0.0  # not fitted: see FITTED_SIGNALS
    scores = evaluate_stories(first, embeddings[: len(first)], SETTINGS, "spread", "odd", tuning)
    assert scores.pairwise_f1 > 0.8, scores


def test_pairwise_and_bcubed_scores_on_a_hand_worked_case() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    precision, recall, f1 = pairwise_scores(predicted, gold)
    # Predicted pairs: ab, cd; gold pairs: ab, ac, bc. One right.
    assert precision == 0.5
    assert recall == pytest.approx(1 / 3)
    assert f1 == pytest.approx(0.4)
    # B-cubed: precision (1 + 1 + 1/2 + 1/2) / 4 = 0.75, recall (2/3 + 2/3 + 1/3 + 1) / 4 = 2/3.
    assert bcubed_f1(predicted, gold) == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert pairwise_scores(gold_as := {k: str(v) for k, v in gold.items()}, gold)[2] == 1.0
    assert bcubed_f1(gold_as, gold) == 1.0


def test_each_salt_draws_its_own_offsets_within_the_window() -> None:
    """``--spreads`` re-draws the ±36 h offsets; the shipped draw (no salt) stays the one the gates were measured on."""
    article = RoundupArticle("allsides-1-left", 1, "left", "CNN", "A title", "A body.", "2021-10-18T16:15:00-07:00")
    published = datetime.fromisoformat(article.date)
    offsets = {salt: _spread_date(article, salt) - published for salt in ("", "spread 1:", "spread 2:")}
    assert _spread_date(article) - published == offsets[""]
    assert len(set(offsets.values())) == 3
    assert all(abs(offset) <= timedelta(hours=36) for offset in offsets.values())
