"""The error analysis of story clustering (storylens.evaluate.stories_errors) on real AllSides roundups."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from storylens.evaluate.stories import RoundupArticle, embed_articles, evaluate_stories, load_roundups
from storylens.evaluate.stories_errors import error_pairs, load_roundup_labels, pairwise_errors, summarise
from storylens.nlp import Resources
from storylens.settings import StorySettings

from .conftest import EVAL

ROUNDUPS = EVAL / "allsides" / "roundups.jsonl"
SETTINGS = StorySettings()


def test_error_pairs_on_a_hand_worked_case() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    merges, splits = error_pairs(predicted, gold)
    assert merges == [("c", "d")]
    assert splits == [("a", "c"), ("b", "c")]
    assert error_pairs({k: str(v) for k, v in gold.items()}, gold) == ([], [])


@pytest.fixture(scope="module")
def first_roundups(resources: Resources) -> tuple[list[RoundupArticle], npt.NDArray[np.float32]]:
    articles = [a for a in load_roundups(ROUNDUPS) if a.story < 40]
    return articles, embed_articles(articles, resources.embedder, SETTINGS.lead_chars)


@pytest.mark.parametrize("mode", ["spread", "undated"])
def test_wrong_pairs_add_up_to_the_pairwise_scores(
    first_roundups: tuple[list[RoundupArticle], npt.NDArray[np.float32]], mode: str
) -> None:
    articles, embeddings = first_roundups
    labels = load_roundup_labels(ROUNDUPS)
    errors = pairwise_errors(articles, embeddings, SETTINGS, mode, "all", labels=labels)  # type: ignore[arg-type]
    scores = evaluate_stories(articles, embeddings, SETTINGS, mode, "all")  # type: ignore[arg-type]
    merges = [e for e in errors if e.kind == "false merge"]
    splits = [e for e in errors if e.kind == "false split"]
    gold_pairs = sum(3 if sum(a.story == s for a in articles) == 3 else 1 for s in {a.story for a in articles})
    # Recall = right pairs / gold pairs, so the false splits are the gold pairs recall missed.
    right = gold_pairs - len(splits)
    assert right / gold_pairs == pytest.approx(scores.pairwise_recall)
    assert right / (right + len(merges)) == pytest.approx(scores.pairwise_precision)
    assert all(e.first_story != e.second_story for e in merges)
    assert all(e.first_story == e.second_story for e in splits)
    assert all(-1.0 <= e.cosine <= 1.0 and 0.0 <= e.word_overlap <= 1.0 and e.hours_apart >= 0 for e in errors)
    summary = summarise(errors, SETTINGS.window_hours)
    assert (summary.false_merges, summary.false_splits) == (len(merges), len(splits))
    assert sum(summary.merges_event_days.values()) == len(merges)
    assert summary.merges_within_window <= summary.false_merges


def test_roundup_labels_mark_theme_collections() -> None:
    labels = load_roundup_labels(ROUNDUPS)
    assert len(labels) == 299
    themes = [label.issue for label in labels.values() if label.theme]
    assert themes and all(issue.startswith(("Perspectives", "Fact")) for issue in themes)
    assert all(label.topic for label in labels.values())
