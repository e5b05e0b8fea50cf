"""Hedge cues: positives of each kind, and sentences that must stay unhedged."""

from __future__ import annotations

import itertools

import pytest

from storylens.extract.hedging import find_hedge_spans, find_hedges


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia has reportedly lost over 1.1 million troops since the war began.", ("reportedly",)),
        ("The senator allegedly took bribes.", ("allegedly",)),
        ("It is claimed that the vote was rigged.", ("It is claimed",)),
        ("It was widely believed that the deal would fail.", ("It was widely believed",)),
        ("He is said to have left the country.", ("is said to",)),
        ("Some experts note that Rutte overlooked the broader context.", ("Some experts note",)),
        ("Critics call it an insular and potentially wasteful strategy.", ("Critics call",)),
        ("The move could lead to higher prices.", ("could lead",)),
        ("The United States may prioritize its own goals.", ("may prioritize",)),
        ("The threat seems exaggerated.", ("seems",)),
        ("If it continues like this, Europe will be unrecognizable.", ("If",)),
        ("Apparently, the talks collapsed.", ("Apparently",)),
    ],
)
def test_hedge_cues_found_as_written(sentence: str, expected: tuple[str, ...]) -> None:
    assert find_hedges(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting took place in May 2024.",
        "NATO has 32 member states.",
        "He could not attend the meeting.",
        "Officials said on Monday that the bridge was closed.",
        "The Senate passed the bill 52 to 48.",
    ],
)
def test_unhedged_sentences_have_no_cues(sentence: str) -> None:
    assert find_hedges(sentence) == ()


def test_spans_point_into_the_sentence_without_overlap() -> None:
    sentence = "Analysts argue the plan may well fail, reportedly because it is thought to cost too much."
    spans = find_hedge_spans(sentence)
    assert [sentence[h.start : h.end] for h in spans] == [h.text for h in spans]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert {h.kind for h in spans} >= {"vague", "modal", "evidential"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters asked if the plan would pass.",
        "The tax would cost $150 billion, even if his offsets materialized.",
        "He acted as if nothing had happened.",
    ],
)
def test_whether_and_concessive_if_are_not_conditional_hedges(sentence: str) -> None:
    assert "if" not in [h.lower() for h in find_hedges(sentence)]
