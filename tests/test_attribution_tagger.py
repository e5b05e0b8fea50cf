"""The attribution tagger's run-time parts: windows, decoding of the three BIO layers, merge, and the label scheme.

These run without torch and without the shipped ONNX model; the model itself is checked by
``tests/test_attribution_tagger_gate.py``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from storylens.evaluate.attribution_tagger import gold_labels, split_train
from storylens.evaluate.quotes import GoldAttribution, QuoteScores, _accumulate, parsed_polnear
from storylens.extract.attribution_tagger import (
    BEGIN,
    INSIDE,
    MAX_TOKENS,
    Decoding,
    TaggedAttribution,
    TokenisedArticle,
    decode_attributions,
    labels_from_probabilities,
    load_tokenizer,
    merge_attributions,
    plan_windows,
    tagged_to_quote,
    tokenise_article,
)
from storylens.nlp import Resources
from storylens.records import Quote, Speaker, SpeakerKind

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear"


def _span(text: str, words: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _tokens(text: str) -> TokenisedArticle:
    return tokenise_article(load_tokenizer(), text, [(0, len(text))])


def _labels(tokens: TokenisedArticle, spans: Sequence[tuple[int, tuple[int, int]]]) -> np.ndarray:
    """Labels ``[pieces, 3]`` marking each (layer, character span) as one BIO span."""
    labels = np.zeros((len(tokens.ids), 3), dtype=np.int64)
    for layer, (start, end) in spans:
        inside = np.flatnonzero((tokens.starts < end) & (tokens.ends > start))
        labels[inside, layer] = INSIDE
        labels[inside[0], layer] = BEGIN
    return labels


def test_windows_cover_every_sentence_piece_once_in_order_and_skip_text_outside_sentences() -> None:
    text = "Menu Share.\n" + " ".join(f"Sentence number {i} says the senator spoke at length today." for i in range(60))
    sentences = []
    for i in range(60):
        start = text.index(f"Sentence number {i} ")
        sentences.append((start, text.index(".", start) + 1))
    tokens = tokenise_article(load_tokenizer(), text, sentences)
    windows = plan_windows(tokens.sentence)
    assert len(windows) > 3
    assert all(len(w) <= MAX_TOKENS - 2 for w in windows)
    covered = np.unique(np.concatenate(windows))
    assert covered.tolist() == np.flatnonzero(tokens.sentence >= 0).tolist()
    assert tokens.sentence[0] == -1  # "Menu" stands outside every sentence
    for before, after in itertools.pairwise(windows):
        assert after[0] > before[0] and after[0] <= before[-1] + 1  # overlapping or adjacent, moving forward
        assert tokens.sentence[after[0]] != tokens.sentence[after[0] - 1]  # a window starts on a sentence start


def test_the_taggers_windows_tag_each_wordpiece_once_unless_an_overlap_is_asked_for() -> None:
    """Since session 8 windows do not overlap (as in training): repeated sentences cost a third more wordpieces on
    bias-corpus articles for no held-out gain."""
    text = " ".join(f"Sentence number {i} says the senator spoke at length today." for i in range(60))
    tokens = tokenise_article(
        load_tokenizer(), text, [(m.start(), m.end()) for m in re.finditer(r"Sentence[^.]*\.", text)]
    )
    default = np.concatenate(plan_windows(tokens.sentence))
    assert len(default) == len(np.unique(default)) == len(tokens.ids)  # every piece once, none repeated
    overlapping = np.concatenate(plan_windows(tokens.sentence, overlap=48))
    assert len(overlapping) > len(default) and np.unique(overlapping).size == len(tokens.ids)


def test_a_sentence_longer_than_a_window_is_cut_not_dropped() -> None:
    text = " ".join(["word"] * 400) + "."
    tokens = _tokens(text)
    windows = plan_windows(tokens.sentence)
    assert np.unique(np.concatenate(windows)).size == len(tokens.ids)


def test_decoding_links_content_to_its_cue_and_the_cue_to_its_source() -> None:
    text = "Senator Warren said the bill would fail. Later, the weather turned cold."
    tokens = _tokens(text)
    labels = _labels(
        tokens,
        [(0, _span(text, "Senator Warren")), (1, _span(text, "said")), (2, _span(text, "the bill would fail"))],
    )
    (found,) = decode_attributions(text, tokens, labels)
    assert found.content == (_span(text, "the bill would fail"),)
    assert found.cue == _span(text, "said")
    assert found.source == _span(text, "Senator Warren")
    assert not found.direct


def test_a_quote_split_by_its_cue_is_one_direct_attribution_with_two_pieces() -> None:
    text = "“We will win,” Trump said, “and we will win big.” Then he left."
    tokens = _tokens(text)
    labels = _labels(
        tokens,
        [
            (0, _span(text, "Trump")),
            (1, _span(text, "said")),
            (2, _span(text, "We will win,")),
            (2, _span(text, "and we will win big.")),
        ],
    )
    (found,) = decode_attributions(text, tokens, labels)
    assert found.content == (_span(text, "We will win,"), _span(text, "and we will win big."))
    assert found.direct
    quote = tagged_to_quote("a1", text, found)
    assert len(quote.parts) == 2 and quote.speaker.text == "Trump" and quote.cue == "said"


def test_an_inside_label_after_outside_opens_a_span_and_a_cue_inside_a_content_is_not_its_cue() -> None:
    text = "Critics argue that officials said nothing, according to the report."
    tokens = _tokens(text)
    labels = _labels(
        tokens,
        [
            (1, _span(text, "argue")),
            (2, _span(text, "officials said nothing")),
            (1, _span(text, "said")),
            (1, _span(text, "according to")),
        ],
    )
    content_first = int(np.flatnonzero(labels[:, 2])[0])
    labels[content_first, 2] = INSIDE  # a model may open a span with I
    (found,) = decode_attributions(text, tokens, labels)
    assert found.content == (_span(text, "officials said nothing"),)
    assert found.cue in (_span(text, "argue"), _span(text, "according to"))


def _quote(article: str, start: int, end: int) -> Quote:
    return Quote("q", article, start, end, "", False, "", Speaker(None, "", None, None, SpeakerKind.UNKNOWN))


def test_merge_keeps_rule_quotes_and_adds_only_tagged_contents_that_overlap_none() -> None:
    text = "x" * 200
    rules = [_quote("a", 10, 50)]
    tagged = [
        TaggedAttribution(((40, 80),), None, None, False),  # overlaps the rule quote: dropped
        TaggedAttribution(((100, 150),), (90, 95), (80, 88), False),  # new: added
    ]
    merged = merge_attributions(rules, tagged, "a", text)
    assert [(q.start, q.end) for q in merged] == [(10, 50), (100, 150)]
    assert merged[0] is rules[0]
    assert (merged[1].speaker.start, merged[1].speaker.end) == (80, 88)


@pytest.fixture(scope="module")
def dev_items(resources: Resources) -> list[tuple[str, list[GoldAttribution], object]]:
    if not POLNEAR.is_dir():
        pytest.fail(f"{POLNEAR} is missing: the tests read ../shared beside the checkout")
    return parsed_polnear("dev", resources.spacy, POLNEAR, limit=12)  # type: ignore[return-value]


def test_gold_labels_decode_back_to_the_gold_attributions(dev_items: list) -> None:  # type: ignore[type-arg]
    """The label scheme and decoder lose little: gold labels decoded score near 1 (a ceiling for the tagger)."""
    tokenizer = load_tokenizer()
    scores = QuoteScores()
    for name, gold, parsed in dev_items:
        text = parsed.article.text
        tokens = tokenise_article(tokenizer, text, [(s.start, s.end) for s in parsed.sentences()])
        found = decode_attributions(text, tokens, gold_labels(tokens, gold))
        _accumulate(scores, [tagged_to_quote(name, text, a) for a in found], gold)
    assert scores.all.recall >= 0.95, scores.report()
    assert scores.all.precision >= 0.9, scores.report()
    assert scores.speaker_accuracy >= 0.95, scores.report()


def test_held_out_slice_is_every_sixth_train_article() -> None:
    items = [(str(i), [], None) for i in range(24)]
    fit, held = split_train(items)  # type: ignore[arg-type]
    assert [h[0] for h in held] == ["5", "11", "17", "23"]
    assert len(fit) == 20 and not {f[0] for f in fit} & {h[0] for h in held}


def test_decoding_drops_content_fragments_and_splits_only_on_a_confident_begin() -> None:
    probabilities = np.zeros((12, 3, 3), dtype=np.float32)
    probabilities[:, :, 0] = 1.0  # everything outside
    inside = (0.1, 0.1, 0.8)  # O, B, I probabilities of a piece inside with a weak begin

    def content(piece: int, o: float, b: float, i: float) -> None:
        probabilities[piece, 2] = (o, b, i)

    content(0, 0.1, 0.1, 0.8)  # a lone piece: a fragment
    for piece in range(3, 11):
        content(piece, *inside)
    content(3, 0.1, 0.85, 0.05)  # a confident begin
    content(7, 0.1, 0.5, 0.4)  # a weak begin inside the span: not a new span
    labels = labels_from_probabilities(probabilities, Decoding(begin_share=0.8, min_content_pieces=3))
    assert labels[:, 2].tolist() == [0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 0]
    assert not labels[:, :2].any()
