"""The one storage interface. SQLite implements it now; PostgreSQL will implement the same methods and pass the
same test suite (``tests/test_store.py`` is written against this interface, not against SQLite)."""

from __future__ import annotations

import abc
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storylens.records import Actor, Article, ArticleAnalysis, Story

__all__ = ["DuplicateLink", "SearchHit", "Store"]


@dataclass(frozen=True)
class SearchHit:
    """A full-text match: the article and a snippet with the matched terms marked ``[…]``."""

    article_id: str
    title: str | None
    outlet: str | None
    snippet: str
    rank: float


@dataclass(frozen=True)
class DuplicateLink:
    """An article found to be a near-copy of an earlier one (``group`` is the id of the earliest copy)."""

    article_id: str
    group: str
    similarity: float


class Store(abc.ABC):
    """Articles, their analyses, actors, stories, duplicate links and cached embeddings.

    Every write is one transaction: a crash or a kill between writes leaves every finished write kept and none
    half-done. Reads of ids the store does not hold raise :class:`storylens.errors.NotFoundError`.
    """

    # -- articles ---------------------------------------------------------------------------------------------
    @abc.abstractmethod
    def add_article(self, article: Article) -> bool:
        """Store ``article``; False (and nothing changed) when an article with its fingerprint is stored."""

    @abc.abstractmethod
    def article_id_for_fingerprint(self, fingerprint: str) -> str | None:
        """The id of the stored article with this fingerprint, if any."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article:
        """The article with this id, or the only one whose id starts with it."""

    @abc.abstractmethod
    def iter_articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        """Stored articles (all, or those with ``ids``), oldest publication first, undated last."""

    @abc.abstractmethod
    def count_articles(self) -> int: ...

    @abc.abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first."""

    # -- analyses ---------------------------------------------------------------------------------------------
    @abc.abstractmethod
    def save_analysis(self, analysis: ArticleAnalysis, version: str) -> None:
        """Store (replace) what extraction found in one article, actors' mentions included."""

    @abc.abstractmethod
    def get_analysis(self, article_id: str) -> ArticleAnalysis | None: ...

    @abc.abstractmethod
    def unanalysed_ids(self, version: str) -> list[str]:
        """Ids of articles with no analysis of this version, in storage order."""

    @abc.abstractmethod
    def actors(self) -> list[Actor]:
        """Every actor with all its aliases and mentions across the stored articles."""

    # -- stories and duplicates -------------------------------------------------------------------------------
    @abc.abstractmethod
    def save_stories(self, stories: Sequence[Story]) -> None:
        """Store (replace) these stories and their memberships."""

    @abc.abstractmethod
    def stories(self) -> list[Story]: ...

    @abc.abstractmethod
    def get_story(self, story_id: str) -> Story: ...

    @abc.abstractmethod
    def unclustered_ids(self) -> list[str]:
        """Ids of articles in no story yet."""

    @abc.abstractmethod
    def save_duplicates(self, links: Sequence[DuplicateLink], cleared: Sequence[str] = ()) -> None:
        """Store (replace) these links, and remove the links of the ``cleared`` articles (now earliest copies)."""

    @abc.abstractmethod
    def duplicates(self) -> list[DuplicateLink]: ...

    # -- state of incremental stages and cached vectors -------------------------------------------------------
    @abc.abstractmethod
    def get_state(self, name: str) -> bytes | None:
        """An opaque blob a stage saved (e.g. the live part of the story clusterer)."""

    @abc.abstractmethod
    def put_state(self, name: str, blob: bytes) -> None: ...

    @abc.abstractmethod
    def get_embeddings(self, ids: Sequence[str], model: str) -> Mapping[str, npt.NDArray[np.float32]]: ...

    @abc.abstractmethod
    def put_embeddings(self, vectors: Mapping[str, npt.NDArray[np.float32]], model: str) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
