"""The selector's shape filters: a tagged candidate whose content is only a name, whose cue takes a reflexive object,
or whose cue verb has a nominal subject of its own outside the source is not taken; a plain report is."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from storylens.evaluate.attribution_tagger import SelectorSettings, fit_selector
from storylens.extract.attribution_selector import (
    FEATURES,
    SHAPE_FILTERS,
    Candidate,
    CandidateClassifier,
    WordTags,
    implausible_shapes,
    select_attributions,
)
from storylens.extract.attribution_tagger import (
    OUTSIDE,
    TaggedAttribution,
    TokenisedArticle,
    load_tokenizer,
    tokenise_article,
)
from storylens.extract.parse import parse_article
from storylens.nlp import Resources
from storylens.records import Article, Segment, SegmentKind

TEXT = (
    "Farmers said the harvest would fail this year. "
    "The company sees itself as the leader of the market. "
    "The report tied the bombing to Russian President Vladimir Putin. "
    "Union members walked out on Monday. "
    "The dispute over wages raises questions about the plant's future."
)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.fixture(scope="module")
def words(resources: Resources) -> WordTags:
    article = Article("a", "test", None, None, None, "en", TEXT, (Segment(SegmentKind.PARAGRAPH, 0, len(TEXT), TEXT),))
    return WordTags.of(parse_article(article, resources.spacy))


def _candidate(content: str, cue: str, source: str | None) -> Candidate:
    return Candidate((_span(content),), _span(cue), _span(source) if source is not None else None)


def test_the_parse_words_carry_heads_and_dependency_labels(words: WordTags) -> None:
    said = next(i for i in range(len(words.starts)) if TEXT[words.starts[i] : words.ends[i]] == "said")
    farmers = next(i for i in range(len(words.starts)) if TEXT[words.starts[i] : words.ends[i]] == "Farmers")
    assert len(words.heads) == len(words.deps) == len(words.starts)
    assert int(words.heads[farmers]) == said
    assert words.deps[farmers] == "nsubj"


@pytest.mark.parametrize(
    ("content", "cue", "source", "shape"),
    [
        ("as the leader of the market", "sees", "The company", "reflexive_cue"),
        ("Russian President Vladimir Putin", "tied", "The report", "name_only"),
        ("the plant's future", "raises questions about", "Union members", "foreign_subject"),
    ],
)
def test_each_non_attribution_shape_is_recognised(
    words: WordTags, content: str, cue: str, source: str, shape: str
) -> None:
    assert implausible_shapes(TEXT, _candidate(content, cue, source), words) == [shape]


def test_a_plain_report_trips_no_shape(words: WordTags) -> None:
    assert implausible_shapes(TEXT, _candidate("the harvest would fail this year", "said", "Farmers"), words) == []
    # A source in the cue's own sentence is left to the classifier, even when it is not the parse's subject.
    assert implausible_shapes(TEXT, _candidate("the plant's future", "raises questions about", "wages"), words) == []
    # Without a source the speaker is the rules' reading of the cue's subject: no foreign subject.
    assert implausible_shapes(TEXT, _candidate("the harvest would fail this year", "said", None), words) == []


def _tokens() -> TokenisedArticle:
    return tokenise_article(load_tokenizer(), TEXT, [(0, len(TEXT))])


def _confident_contents(tokens: TokenisedArticle, contents: list[tuple[int, int]]) -> npt.NDArray[np.float32]:
    probabilities = np.zeros((len(tokens.ids), 3, 3), dtype=np.float32)
    probabilities[:, :, OUTSIDE] = 1.0
    for start, end in contents:
        inside = np.flatnonzero((tokens.starts < end) & (tokens.ends > start))
        probabilities[inside, 2] = [0.0, 0.0, 1.0]
        probabilities[inside[0], 2] = [0.0, 1.0, 0.0]
    return probabilities


def _trained_on_p_mean() -> CandidateClassifier:
    rng = np.random.default_rng(0)
    rows = rng.random((400, len(FEATURES)))
    return fit_selector(rows, rows[:, FEATURES.index("p_mean")] > 0.5, SelectorSettings(max_iter=20, threshold=0.5))


def test_the_selection_skips_tagged_candidates_of_a_non_attribution_shape(words: WordTags) -> None:
    spans = {
        "the harvest would fail this year": ("said", "Farmers"),
        "as the leader of the market": ("sees", "The company"),
        "Russian President Vladimir Putin": ("tied", "The report"),
        "the plant's future": ("raises questions about", "Union members"),
    }
    tagged = [TaggedAttribution((_span(c),), _span(cue), _span(s), False) for c, (cue, s) in spans.items()]
    tokens = _tokens()
    probabilities = _confident_contents(tokens, [_span(c) for c in spans])
    classifier = _trained_on_p_mean()

    def selected(filters: tuple[str, ...]) -> list[str]:
        quotes = select_attributions(
            "a", TEXT, [], tagged, tokens, probabilities, classifier, words, None, False, filters
        )
        return [q.text for q in quotes]

    assert selected(SHAPE_FILTERS) == ["the harvest would fail this year"]
    assert selected(()) == list(spans)
