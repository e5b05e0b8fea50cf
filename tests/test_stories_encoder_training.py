"""Training code of the story encoder (torch only; CI without the ``train`` extra skips these)."""

from __future__ import annotations

import random

import pytest

from storylens.stories.train_encoder import _multi_positive_nce, _story_batches, fold_of

torch = pytest.importorskip("torch")


def test_loss_is_low_when_stories_cluster_and_high_when_they_mix() -> None:
    labels = torch.tensor([0, 0, 1, 1])
    apart = torch.nn.functional.normalize(torch.tensor([[1.0, 0.0], [0.99, 0.1], [0.0, 1.0], [0.1, 0.99]]), dim=-1)
    mixed = apart[[0, 2, 1, 3]]
    low = _multi_positive_nce(apart, labels, 0.05)
    high = _multi_positive_nce(mixed, labels, 0.05)
    assert float(low) < 0.01 < 1.0 < float(high)


def test_an_article_without_a_story_partner_adds_no_term() -> None:
    labels = torch.tensor([0, 0, 1])
    vectors = torch.nn.functional.normalize(torch.tensor([[1.0, 0.0], [0.99, 0.1], [0.0, 1.0]]), dim=-1)
    alone = _multi_positive_nce(vectors, labels, 0.05)
    pair_only = _multi_positive_nce(vectors[:2], labels[:2], 0.05)
    assert torch.isfinite(alone)
    assert float(alone) >= float(pair_only)  # the lone article is only a negative for the others


def test_batches_are_windows_of_consecutive_stories_covering_each_once() -> None:
    stories = list(range(0, 60, 2))
    batches = _story_batches(stories, 6, random.Random(3))
    assert sorted(s for batch in batches for s in batch) == stories
    for batch in batches:
        positions = [stories.index(s) for s in batch]
        assert positions == list(range(positions[0], positions[0] + len(batch)))
        assert 2 <= len(batch) < 2 * 6  # a one-story remainder joins its neighbour window
    assert _story_batches(stories, 6, random.Random(3)) == batches  # seeded: the same every run


def test_folds_split_neighbouring_even_stories() -> None:
    assert [fold_of(s) for s in (0, 2, 4, 6, 8, 10)] == [0, 1, 0, 1, 0, 1]


def test_a_story_of_the_same_family_is_not_a_negative() -> None:
    # Stories 0 and 1 may be one event (one family): their articles lie close; story 2 is far away.
    labels = torch.tensor([0, 0, 1, 1, 2, 2])
    vectors = torch.nn.functional.normalize(
        torch.tensor([[1.0, 0.0], [0.98, 0.2], [0.97, 0.25], [0.99, 0.1], [0.0, 1.0], [0.1, 0.99]]), dim=-1
    )
    as_negatives = _multi_positive_nce(vectors, labels, 0.05)
    families = torch.tensor([0, 0, 0, 0, 2, 2])
    left_out = _multi_positive_nce(vectors, labels, 0.05, families)
    assert float(left_out) < 0.01 < float(as_negatives)
    assert float(_multi_positive_nce(vectors, labels, 0.05, labels)) == pytest.approx(float(as_negatives))
