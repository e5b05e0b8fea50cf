"""The event day a lead names (storylens.stories.event_time) and the clusterer's event-gap signal."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import numpy as np
import pytest

from storylens.settings import StorySettings
from storylens.stories._time import to_hours
from storylens.stories.cluster import FEATURES, ClusterTuning, StoryClusterer, StoryItem, cluster_stream
from storylens.stories.event_time import EventTime, event_time

# Monday 18 October 2021, 15:00 UTC.
MONDAY = (datetime(2021, 10, 18, 15, tzinfo=UTC) - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds() / 3600


def day(year: int, month: int, dom: int) -> int:
    return (date(year, month, dom) - date(1970, 1, 1)).days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday is its occurrence from 4 days before the article's date to 2 after.
        ("Italy's new law took force on Friday, prompting protests.", day(2021, 10, 15)),
        ("The House is expected to vote Wednesday on the bill.", day(2021, 10, 20)),
        ("Colin Powell died Monday of complications from Covid-19.", day(2021, 10, 18)),
        ("The senator said yesterday that talks had stalled.", day(2021, 10, 17)),
        ("Protesters gathered tonight outside the court.", day(2021, 10, 18)),
        ("Workers must show a pass from Oct. 15, the government said.", day(2021, 10, 15)),
        ("The deadline is December 3 for Congress.", None),  # 46 days ahead: not this article's event
        ("Investigators questioned aides about the Jan. 6 attack.", None),  # months back: background
        # The first expression counts: the event, then what follows it.
        ("Lawmakers met on Thursday; a vote is planned for Monday.", day(2021, 10, 14)),
        ("A quiet lead that names no day at all.", None),
    ],
)
def test_the_first_time_expression_of_a_lead_is_resolved_against_the_article_date(
    text: str, expected: int | None
) -> None:
    found = event_time(text, MONDAY)
    assert (found.day if found is not None else None) == expected
    if found is not None and found.day is not None:
        assert found.weekday == (date(1970, 1, 1).toordinal() + found.day - 1) % 7  # Monday = 0


def test_an_undated_article_keeps_only_the_weekday_it_names() -> None:
    assert event_time("The vote came on Tuesday.", None) == EventTime(None, 1)
    assert event_time("The vote came yesterday, after Oct. 15.", None) is None  # nothing to resolve against


def test_the_weekday_window_can_be_moved() -> None:
    # From a Monday, Thursday is 4 days back (the default window) or 3 ahead (a window starting 3 days back).
    assert event_time("on Thursday", MONDAY).day == day(2021, 10, 14)  # type: ignore[union-attr]
    assert event_time("on Thursday", MONDAY, weekday_days_before=3).day == day(2021, 10, 21)  # type: ignore[union-attr]


def _vector(seed: int) -> np.ndarray:
    vector = np.ones(16, dtype=np.float32) + np.random.default_rng(seed).normal(0, 0.05, 16).astype(np.float32)
    return vector / np.linalg.norm(vector)


def _report(article_id: str, lead: str, published: str | None) -> StoryItem:
    return StoryItem(
        article_id=article_id,
        embedding=_vector(len(article_id)),
        text=f"Senate debt ceiling vote\n{lead} The Senate debt ceiling talks went on.",
        title="Senate debt ceiling vote",
        published=published,
    )


def test_an_article_naming_another_day_than_its_story_gets_the_event_gap() -> None:
    clusterer = StoryClusterer(StorySettings())
    clusterer.add(_report("a", "The Senate voted on Wednesday.", "2021-10-07T10:00:00+00:00"))
    column = FEATURES.index("event_gap")
    for lead, gap in (("Senators voted Wednesday night.", 0.0), ("The Senate voted Thursday.", 1.0), ("", 0.0)):
        item = _report("b", lead, "2021-10-08T09:00:00+00:00")
        signals, _ = clusterer._signals(item, to_hours(item.published))
        assert clusterer._candidate_features(signals)[1][0, column] == gap, lead


def test_undated_articles_are_compared_by_weekday() -> None:
    clusterer = StoryClusterer(StorySettings())
    clusterer.add(_report("a", "The Senate voted on Wednesday.", None))
    column = FEATURES.index("event_gap")
    same_day, _ = clusterer._signals(_report("b", "On Wednesday, senators voted.", None), None)
    other_day, _ = clusterer._signals(_report("c", "Senators voted on Saturday.", None), None)
    same = clusterer._candidate_features(same_day)
    other = clusterer._candidate_features(other_day)
    assert same[1][0, column] == 0.0 and other[1][0, column] == 1.0


def test_a_negative_event_weight_splits_consecutive_events_and_keeps_one_event_together() -> None:
    tuning = dataclasses.replace(ClusterTuning(), event_gap_weight=-20.0)
    stream = [
        _report("a1", "Democrats accepted the offer on Wednesday.", "2021-10-06T20:00:00+00:00"),
        _report("a2", "On Wednesday, Democrats accepted the offer.", "2021-10-07T01:00:00+00:00"),
        _report("b1", "The Senate passed the extension on Thursday.", "2021-10-07T23:00:00+00:00"),
    ]
    assert [s.articles for s in cluster_stream(stream, StorySettings(), tuning)] == [("a1", "a2"), ("b1",)]
    no_weight = cluster_stream(stream, StorySettings(), dataclasses.replace(tuning, event_gap_weight=0.0))
    assert [s.articles for s in no_weight] == [("a1", "a2", "b1")]


def test_the_state_keeps_the_story_event_days() -> None:
    settings = StorySettings()
    clusterer = StoryClusterer(settings)
    clusterer.add(_report("a", "The Senate voted on Wednesday.", "2021-10-07T10:00:00+00:00"))
    restored = StoryClusterer.from_bytes(settings, clusterer.to_bytes())
    assert restored._live[0].events == clusterer._live[0].events == [(day(2021, 10, 6), 2)]
