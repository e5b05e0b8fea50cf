"""The embedder's batch planner and its promise that batching never changes a text's vector."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.nlp import Resources
from storylens.nlp.embed import RUN_OVERHEAD_TOKENS, plan_batches
from storylens.records import Article

from .conftest import SEEDS


def _cost(lengths: list[int], batches: list[list[int]], overhead: int) -> int:
    return sum(overhead + len(batch) * max(lengths[i] for i in batch) for batch in batches)


@given(st.lists(st.integers(min_value=1, max_value=128), max_size=60), st.integers(min_value=1, max_value=16))
@settings(max_examples=200, deadline=None)
def test_plan_covers_every_text_once_within_the_batch_limit(lengths: list[int], max_batch: int) -> None:
    batches = plan_batches(lengths, max_batch)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    assert all(0 < len(batch) <= max_batch for batch in batches)


@given(st.lists(st.integers(min_value=1, max_value=128), min_size=1, max_size=40))
@settings(max_examples=200, deadline=None)
def test_plan_is_no_dearer_than_fixed_batches_of_sorted_texts(lengths: list[int]) -> None:
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    for size in (1, 4, 32):
        fixed = [order[b : b + size] for b in range(0, len(order), size)]
        assert _cost(lengths, plan_batches(lengths, 32), RUN_OVERHEAD_TOKENS) <= _cost(
            lengths, fixed, RUN_OVERHEAD_TOKENS
        )


def test_plan_keeps_short_texts_out_of_long_texts_batches() -> None:
    lengths = [120, 8, 9, 118, 10, 8]
    batches = plan_batches(lengths, 32)
    assert sorted(map(sorted, batches)) == [[0, 3], [1, 2, 4, 5]]


def test_vectors_do_not_depend_on_the_batch(resources: Resources) -> None:
    texts = [
        "NATO Secretary General Mark Rutte urged allies to spend more on defence.",
        "Rain.",
        "The alliance agreed in 2014 that members should spend two percent of their economic output on defence, "
        "a target that most European members failed to reach for a decade.",
        "",
        "Critics called the target arbitrary.",
    ]
    together = resources.embedder.embed(texts)
    alone = np.vstack([resources.embedder.embed([text]) for text in texts])
    assert together.shape == (5, 384)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.abs(together - alone).max() < 1e-5
    assert resources.embedder.embed([]).shape == (0, 384)


def test_sentences_of_an_article_run_with_little_padding(resources: Resources) -> None:
    """The speed the planner buys, measured in tokens run (CPU time is proportional and machine-independent).

    Padding every batch to the article's longest sentence ran each seed at 1.8–2.0× its real tokens."""
    from storylens.extract.parse import parse_article
    from storylens.pipeline import clean_documents

    articles = [a for a in clean_documents([str(SEEDS)], resources.settings, resources) if isinstance(a, Article)]
    assert len(articles) == 2
    for article in articles:
        sentences = [s.text for s in parse_article(article, resources.spacy).sentences()]
        lengths = resources.embedder.token_counts(sentences)
        batches = plan_batches(lengths, resources.settings.models.embedding_batch_size)
        padded = sum(len(batch) * max(lengths[i] for i in batch) for batch in batches)
        assert padded <= 1.15 * sum(lengths), (article.source, padded, sum(lengths))
        assert len(batches) <= len(sentences) // 2  # and without one run per sentence
