"""The learned tagger as the pipeline runs it (``quotes.learned_tagger``, on by default): the rules' direct quotes all
stay, the attributions it chooses never come from teasers or boilerplate and never overlap one another, and the
setting is part of the stored analysis version."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import numpy as np
import pytest

from storylens.clean import clean_document
from storylens.extract.attribution_tagger import (
    CLS_ID,
    SEP_ID,
    AttributionTagger,
    plan_windows,
    tokenise_article,
)
from storylens.extract.parse import parse_article
from storylens.nlp import Resources
from storylens.pipeline import ANALYSIS_VERSION, analysis_version, analyze_article
from storylens.records import ANALYSED_KINDS, RawDocument
from storylens.settings import QuoteSettings, Settings

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


@pytest.mark.parametrize("name", ["000", "003"])
def test_the_tagger_chooses_among_the_rules_and_its_own_attributions(name: str, resources: Resources) -> None:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    article = clean_document(
        RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text"), Settings(), resources
    )
    rules_only = Resources(dataclasses.replace(Settings(), quotes=QuoteSettings(learned_tagger=False)))
    plain = analyze_article(article, rules_only)
    assert resources.settings.quotes.learned_tagger  # the default since session 7
    tagged = analyze_article(article, resources)
    assert {q for q in plain.quotes if q.direct} <= set(tagged.quotes)  # the rules' direct quotes all stay
    added = [q for q in tagged.quotes if q not in set(plain.quotes)]
    assert added, "the tagger chose none of its own attributions"
    analysed = [s for s in article.segments if s.kind in ANALYSED_KINDS]
    for quote in added:
        assert not quote.direct  # the rules' direct quotes are better: the tagger's are never taken
        assert article.text[quote.start : quote.end] == quote.text
        assert any(s.start <= quote.start and quote.end <= s.end for s in analysed), quote.text
    for first, second in itertools.combinations(tagged.quotes, 2):
        assert not (first.start < second.end and second.start < first.end) or (first.direct and second.direct)


def test_the_tagger_setting_marks_the_analysis_version() -> None:
    rules_only = dataclasses.replace(Settings(), quotes=QuoteSettings(learned_tagger=False))
    assert analysis_version(rules_only) == ANALYSIS_VERSION
    assert analysis_version(Settings()) != ANALYSIS_VERSION  # the tagger, on by default, changes what is stored


def test_the_tagger_runs_each_window_alone_without_padding(resources: Resources) -> None:
    """One window per ONNX run: no padded wordpieces to pay for, and a window's probabilities do not depend on the
    windows batched with it (dynamic int8 quantisation scales each activation tensor by its own range)."""
    path = next(SEEDS.glob("000_*.txt"))
    text = path.read_text(encoding="utf-8")
    parsed = parse_article(
        clean_document(RawDocument(source=str(path), text=text, fmt="text"), Settings(), resources), resources.spacy
    )
    tagger = AttributionTagger.load(selector=False)  # its own instance: the shared one is not patched
    tokens = tokenise_article(tagger.tokenizer, parsed.article.text, [(s.start, s.end) for s in parsed.sentences()])
    shapes: list[tuple[int, ...]] = []
    run = tagger.logits

    def counted(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        shapes.append(ids.shape)
        assert bool(mask.all())  # nothing padded
        return run(ids, mask)

    tagger.logits = counted  # type: ignore[method-assign]
    probabilities = tagger.probabilities(tokens)
    windows = plan_windows(tokens.sentence)
    assert len(shapes) == len(windows) > 1 and all(rows == 1 for rows, _ in shapes)
    assert sum(width - 2 for _, width in shapes) == int((tokens.sentence >= 0).sum())  # each piece read once
    window = windows[1]
    ids = np.concatenate([[CLS_ID], tokens.ids[window], [SEP_ID]])[None, :]
    alone = run(ids, np.ones_like(ids))[0, 1:-1].reshape(len(window), 3, 3)
    expected = np.exp(alone - alone.max(axis=-1, keepdims=True))
    expected /= expected.sum(axis=-1, keepdims=True)
    assert np.allclose(probabilities[window], expected, atol=1e-6)
