"""Shared helpers for the compare tests: models, the seeds run through the real stages, a toy embedder."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storylens.nlp import Resources
from storylens.records import Article, ArticleAnalysis
from storylens.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


def load_resources() -> Resources:
    """Models with the shipped default settings."""
    return Resources(Settings())


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


def analyse_seeds(resources: Resources) -> tuple[list[Article], list[ArticleAnalysis]]:
    """The two seed articles through the real clean and extract stages."""
    from storylens.pipeline import analyze_article, clean_documents

    articles = [a for a in clean_documents([str(SEEDS)], resources.settings) if isinstance(a, Article)]
    return articles, [analyze_article(article, resources) for article in articles]
