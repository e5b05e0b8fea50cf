"""Training data of the story encoder that needs no torch: mined batches and AllSides' own roundup texts."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

from storylens.evaluate.stories import default_roundups_path
from storylens.stories.train_encoder import _mined_batches, load_roundup_views

ROUNDUPS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "allsides" / "roundups.jsonl"


def test_mined_batches_group_the_most_similar_stories_of_nearby_days_and_cover_each_once() -> None:
    # Two topics (directions) over 20 stories, a day apart: a batch seeded in a topic takes that topic first.
    stories = list(range(0, 40, 2))
    topic = np.array([position % 2 for position in range(len(stories))])
    centroids = np.stack([np.array([1.0, 0.0]) if t == 0 else np.array([0.0, 1.0]) for t in topic]).astype(np.float32)
    centroids += np.random.default_rng(0).normal(0, 0.01, centroids.shape).astype(np.float32)
    days = np.arange(len(stories), dtype=np.float64)
    batches = _mined_batches(stories, centroids, days, 4, 30.0, random.Random(5))
    assert sorted(s for batch in batches for s in batch) == stories
    assert all(2 <= len(batch) <= 4 for batch in batches)
    same_topic = [len({int(topic[stories.index(s)]) for s in batch}) == 1 for batch in batches]
    assert sum(same_topic) >= len(batches) - 2  # only the last leftovers may mix
    assert _mined_batches(stories, centroids, days, 4, 30.0, random.Random(5)) == batches  # seeded


def test_mined_batches_stay_within_the_day_window_while_stories_remain_there() -> None:
    stories = [0, 2, 4, 6]
    centroids = np.ones((4, 2), dtype=np.float32) / np.sqrt(2)
    days = np.array([0.0, 1.0, 100.0, 101.0])
    batches = _mined_batches(stories, centroids, days, 2, 14.0, random.Random(1))
    assert sorted(sorted(batch) for batch in batches) == [[0, 2], [4, 6]]


def test_roundup_views_are_allsides_headline_and_summary_of_the_stories_asked_for() -> None:
    path = ROUNDUPS if ROUNDUPS.exists() else default_roundups_path()
    views = load_roundup_views(path, [0, 2])
    assert [view.story for view in views] == [0, 2]
    with path.open(encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    assert views[0].title == first["issue"]
    assert views[0].body and views[0].body.split()[0] in first["roundup"][0]
    assert all(view.id.endswith("-roundup") and view.date for view in views)
