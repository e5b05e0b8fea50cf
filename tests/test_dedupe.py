"""Near-duplicate index: realistic edits are still copies, different articles are not, groups and state behave."""

from __future__ import annotations

import dataclasses
import gzip
import importlib.util
import json
import sys
from types import ModuleType

import pytest

from storylens.errors import SettingsError
from storylens.records import Article, Segment, SegmentKind
from storylens.settings import StorySettings
from storylens.stories.dedupe import DedupeWindow, NearDuplicateIndex, analysed_text, shingle_hashes, shingles

from .conftest import REPO, SHARED

BIAS_CORPUS = SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz"

PARAGRAPHS = [
    "The alliance's defence ministers agreed on Thursday to raise the spending target to five percent of gross "
    "domestic product by 2035, after two days of talks in Brussels that ran late into the night.",
    "Several delegations said the compromise allowed countries with large debts to phase in the increase, while "
    "the eastern members pressed for a faster timetable given the war on their borders.",
    "The secretary general told reporters the decision showed the alliance could still act together, although "
    "he acknowledged that the path to the target would differ from one capital to another.",
    "Critics in several parliaments warned that the money would have to come from welfare budgets and said the "
    "governments had not explained how they would pay for the new commitments.",
]
OTHER = [
    "Heavy rain flooded the lower town overnight and the river rose above its banks for the first time since "
    "records began, forcing the evacuation of two care homes and a primary school.",
    "Volunteers filled sandbags until dawn while the fire brigade pumped water out of cellars along the quay, and "
    "the mayor asked residents to stay off the roads until the water level falls.",
]


def text_of(title: str, paragraphs: list[str]) -> str:
    return title + "\n" + "\n".join(paragraphs)


@pytest.fixture
def index() -> NearDuplicateIndex:
    return NearDuplicateIndex(StorySettings())


def test_shingles_stay_within_paragraphs_and_ignore_case_and_punctuation() -> None:
    assert shingles("One two three.\nFour five six", 2) == ["one two", "two three", "four five", "five six"]
    assert shingles("Short!", 5) == ["short"]
    assert len(shingle_hashes("One two three.\nFour five six", 2)) == 4
    assert list(shingle_hashes("ONE, two — Three", 3)) == list(shingle_hashes("one two three", 3))
    assert len(shingle_hashes("", 5)) == 0


def test_edited_copy_is_found_with_its_earliest_copy(index: NearDuplicateIndex) -> None:
    assert index.add("wire", text_of("Allies agree on 5% target", PARAGRAPHS), "2025-06-05T10:00:00Z") is None
    assert index.add("flood", text_of("Town flooded", OTHER), "2025-06-05T11:00:00Z") is None
    edited = [
        *reversed(PARAGRAPHS),
        "Correction: an earlier version of this article misstated the year of the target.",
        "Share this article on Facebook Twitter Email Subscribe to our newsletter",
    ]
    match = index.add("copy", text_of("NATO ministers back higher spending goal", edited), "2025-06-05T14:00:00Z")
    assert match is not None
    assert match.group == "wire"
    assert match.earliest == "wire"
    assert match.matches == ("wire",)
    assert match.similarity >= StorySettings().duplicate_threshold


def test_a_different_article_is_not_a_copy(index: NearDuplicateIndex) -> None:
    index.add("a", text_of("Allies agree", PARAGRAPHS), None)
    assert index.add("b", text_of("Town flooded", OTHER), None) is None
    assert index.groups() == ()


def test_earliest_is_by_date_then_insertion_and_undated_copies_count_as_later(index: NearDuplicateIndex) -> None:
    text = text_of("Allies agree", PARAGRAPHS)
    index.add("undated", text, None)
    index.add("late", text, "2025-06-06")
    match = index.add("early", text, "2025-06-01")
    assert match is not None
    (group,) = index.groups()
    assert group.id == "undated"  # the first inserted names the group, so its id never changes
    assert group.articles == ("undated", "late", "early")
    assert group.earliest == "early" == match.earliest
    same_day = NearDuplicateIndex(StorySettings())
    same_day.add("first", text, "2025-06-01")
    same_day.add("second", text, "2025-06-01")
    assert same_day.groups()[0].earliest == "first"


def test_chains_merge_into_one_group(index: NearDuplicateIndex) -> None:
    # Twelve paragraphs of distinct words; each version drops the first and adds one: a≈b (9 of 11 paragraphs
    # shared), b≈c, but a and c share only 8 of 12 — still one group, through b.
    paragraphs = [" ".join(f"w{p}x{k}" for k in range(15)) for p in range(12)]
    versions = {"a": paragraphs[0:10], "b": paragraphs[1:11], "c": paragraphs[2:12]}
    for name, version in versions.items():
        index.add(name, "\n".join(version), None)
    assert index.signature("\n".join(versions["a"])).jaccard(index.signature("\n".join(versions["c"]))) < 0.7
    assert [g.articles for g in index.groups()] == [("a", "b", "c")]


def test_same_id_twice_is_not_its_own_copy(index: NearDuplicateIndex) -> None:
    text = text_of("Allies agree", PARAGRAPHS)
    assert index.add("a", text, None) is None
    assert index.add("a", text, None) is None
    assert len(index) == 1
    index.add("b", text, None)
    again = index.add("b", text, None)
    assert again is not None and again.group == "a"
    assert len(index) == 2


def test_empty_text_is_indexed_but_matches_nothing(index: NearDuplicateIndex) -> None:
    assert index.add("empty", "", None) is None
    assert index.add("empty2", "  \n ", None) is None
    assert "empty" in index and index.groups() == ()


def test_state_round_trips_and_refuses_other_settings(index: NearDuplicateIndex) -> None:
    index.add("a", text_of("Allies agree", PARAGRAPHS), "2025-06-05")
    index.add("b", text_of("Allies agree!", PARAGRAPHS), "2025-06-04")
    index.add("c", text_of("Town flooded", OTHER), None)
    restored = NearDuplicateIndex.from_bytes(StorySettings(), index.to_bytes())
    assert restored.groups() == index.groups()
    assert len(restored) == 3
    match = restored.add("d", text_of("Allies agree again", PARAGRAPHS), None)
    assert match is not None and match.group == "a" and match.earliest == "b"
    with pytest.raises(SettingsError):
        NearDuplicateIndex.from_bytes(dataclasses.replace(StorySettings(), minhash_seed=7), index.to_bytes())


def test_an_empty_index_round_trips() -> None:
    restored = NearDuplicateIndex.from_bytes(StorySettings(), NearDuplicateIndex(StorySettings()).to_bytes())
    assert len(restored) == 0 and restored.groups() == ()


def test_results_do_not_depend_on_the_process() -> None:
    """Explicit seed, stable shingle hashes: two fresh indexes give identical signatures."""
    text = text_of("Allies agree", PARAGRAPHS)
    first = NearDuplicateIndex(StorySettings()).signature(text).hashvalues.tolist()
    second = NearDuplicateIndex(StorySettings()).signature(text).hashvalues.tolist()
    assert first == second


def test_analysed_text_leaves_boilerplate_out() -> None:
    text = "Title\nMenu Home News\nBody paragraph."
    article = Article(
        id="x",
        source="x.txt",
        outlet=None,
        title="Title",
        published=None,
        language="en",
        text=text,
        segments=(
            Segment(SegmentKind.TITLE, 0, 5, "Title"),
            Segment(SegmentKind.BOILERPLATE, 6, 20, "Menu Home News"),
            Segment(SegmentKind.PARAGRAPH, 21, 36, "Body paragraph."),
        ),
    )
    assert analysed_text(article) == "Title\nBody paragraph."


def _load_eval_dedupe() -> ModuleType:
    path = REPO / "benchmarks" / "eval_dedupe.py"
    spec = importlib.util.spec_from_file_location("eval_dedupe", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_dedupe"] = module
    spec.loader.exec_module(module)
    return module


def test_recall_on_edited_copies_of_real_articles() -> None:
    """Copies of 300 real articles with realistic edits are found (recall pinned slightly below measured)."""
    if not BIAS_CORPUS.exists():
        pytest.fail(f"{BIAS_CORPUS} is missing")
    eval_dedupe = _load_eval_dedupe()
    articles = eval_dedupe.load_articles(BIAS_CORPUS, limit=300)
    report = eval_dedupe.evaluate(articles, StorySettings())
    assert report.copies == 300
    assert report.recall >= 0.95, report
    # None of the copies may be attached to a different original.
    assert report.wrong_group == 0, report


def test_bias_corpus_fields_are_what_the_evaluation_reads() -> None:
    with gzip.open(BIAS_CORPUS, "rt", encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    assert {"id", "outlet", "title", "published", "text"} <= set(first)


def test_articles_older_than_the_window_leave_but_keep_their_group() -> None:
    window = DedupeWindow(window_hours=48.0, clock_quorum=1)
    index = NearDuplicateIndex(StorySettings(), window)
    index.add("a", text_of("Allies agree", PARAGRAPHS), "2025-06-01T00:00:00")
    index.add("b", text_of("Allies agree!", PARAGRAPHS), "2025-06-01T12:00:00")
    assert index.live_count == 2
    index.add("flood", text_of("Town flooded", OTHER), "2025-06-05T00:00:00")
    # Both copies are more than 48 h behind the clock: out of the window, their group kept.
    assert index.live_count == 1
    group = index.group_of("b")
    assert group is not None and group.articles == ("a", "b")
    # A copy arriving long after is not compared with them any more (a new story, not a syndicated copy).
    assert index.add("late", text_of("Allies agree again", PARAGRAPHS), "2025-06-05T01:00:00") is None


def test_a_copy_within_the_window_joins_its_group() -> None:
    index = NearDuplicateIndex(StorySettings(), DedupeWindow(window_hours=48.0, clock_quorum=1))
    index.add("a", text_of("Allies agree", PARAGRAPHS), "2025-06-01T00:00:00")
    index.add("flood", text_of("Town flooded", OTHER), "2025-06-02T20:00:00")
    match = index.add("b", text_of("UPDATE: Allies agree", PARAGRAPHS), "2025-06-02T23:00:00")
    assert match is not None and match.group == "a" and match.earliest == "a"


def test_live_articles_are_capped_when_the_clock_cannot_move() -> None:
    index = NearDuplicateIndex(StorySettings(), DedupeWindow(max_entries=3))
    for n in range(10):
        index.add(f"undated-{n}", f"article number {n} about topic {n * 7919} with words {n * 104729}", None)
        assert index.live_count <= 3
    assert len(index) == 10


def test_window_state_round_trips_and_refuses_another_window() -> None:
    window = DedupeWindow(window_hours=48.0, clock_quorum=1)
    index = NearDuplicateIndex(StorySettings(), window)
    index.add("a", text_of("Allies agree", PARAGRAPHS), "2025-06-01T00:00:00")
    index.add("b", text_of("Allies agree!", PARAGRAPHS), "2025-06-01T10:00:00")
    index.add("u", text_of("Town flooded", OTHER), None)
    restored = NearDuplicateIndex.from_bytes(StorySettings(), index.to_bytes(), window)
    assert restored.groups() == index.groups() and restored.live_count == index.live_count == 3
    assert restored.clock == index.clock
    for copy in (index, restored):
        copy.add("later", "something else entirely, about the weather in the hills", "2025-06-03T09:00:00")
        # a left; b and the undated one (kept from the clock it met, b's date) are 47 h old: still in.
        assert copy.live_count == 3
        copy.add("next", "and now the harvest festival in the valley, with music", "2025-06-03T10:30:00")
        assert copy.live_count == 2
    with pytest.raises(SettingsError):
        NearDuplicateIndex.from_bytes(StorySettings(), index.to_bytes())
