"""The Python API. Every CLI command is one call here; the web and REST layers will be too.

>>> from storylens import Engine
>>> with Engine(":memory:") as engine:
...     report = engine.ingest(["../shared/corpus/seeds/"])
...     engine.analyze()
...     comparison = engine.compare()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from storylens.errors import NotFoundError
from storylens.nlp import Resources
from storylens.pipeline import (
    AnalyzeReport,
    IngestReport,
    Progress,
    _no_progress,
    analysis_version,
    analyze_store,
    ingest_into,
)
from storylens.records import Actor, Article, ArticleAnalysis, Claim, Quote, Sourcing, Story
from storylens.settings import Settings
from storylens.store import SearchHit, Store, open_store

if TYPE_CHECKING:
    from storylens.compare.model import Comparison, CoverageCount
    from storylens.extract.sourcing import OutletSourcing

__all__ = ["Engine"]


class Engine:
    """A store, the settings and the loaded models, with the operations people run on them."""

    def __init__(
        self,
        db: str | Path = "storylens.db",
        settings: Settings | None = None,
        resources: Resources | None = None,
        store: Store | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.resources = resources or Resources(self.settings)
        self.store = store or open_store(db)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest and analysis ----------------------------------------------------------------------------------
    def ingest(
        self, inputs: Iterable[str | Path], progress: Progress = _no_progress, outlet: str | None = None
    ) -> IngestReport:
        """Read files, folders, globs and URLs; store each new article once. ``outlet`` names the outlet of
        articles whose input does not say."""
        return ingest_into(self.store, [str(i) for i in inputs], self.settings, progress, self.resources, outlet)

    def analyze(self, progress: Progress = _no_progress, workers: int | None = None) -> AnalyzeReport:
        """Extract actors, quotes and claims from every article not yet analysed, then update stories.

        ``workers`` processes analyse in parallel (default: ``settings.models.analysis_workers``; 0 = one per
        core)."""
        chosen = self.settings.models.analysis_workers if workers is None else workers
        return analyze_store(self.store, self.resources, progress, workers=chosen)

    # -- reading ----------------------------------------------------------------------------------------------
    def articles(self) -> list[Article]:
        return list(self.store.iter_articles())

    def article(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit)

    def article_ids(self, articles: Sequence[str] | None = None, story: str | None = None) -> list[str]:
        """Ids selected by explicit ids (prefixes allowed) or a story; all stored articles when neither."""
        if story is not None:
            return list(self.store.get_story(story).articles)
        if articles:
            return [self.store.get_article(a).id for a in articles]
        return [a.id for a in self.store.iter_articles()]

    def analysis(self, article_id: str) -> ArticleAnalysis:
        """The stored analysis of one article (analysing it first if it has none)."""
        found = self.store.get_analysis(article_id)
        if found is None:
            from storylens.pipeline import analyze_article

            article = self.store.get_article(article_id)
            found = analyze_article(article, self.resources)
            self.store.save_analysis(found, analysis_version(self.resources.settings))
        return found

    def quotes(self, articles: Sequence[str] | None = None, story: str | None = None) -> list[Quote]:
        return [q for i in self.article_ids(articles, story) for q in self.analysis(i).quotes]

    def claims(
        self, articles: Sequence[str] | None = None, story: str | None = None, min_score: float = 0.0
    ) -> list[Claim]:
        return [
            c for i in self.article_ids(articles, story) for c in self.analysis(i).claims if c.checkworthy >= min_score
        ]

    def sourcing(self, articles: Sequence[str] | None = None, story: str | None = None) -> list[Sourcing]:
        found = (self.analysis(i).sourcing for i in self.article_ids(articles, story))
        return [s for s in found if s is not None]

    def outlet_sourcing(
        self, articles: Sequence[str] | None = None, story: str | None = None
    ) -> list[OutletSourcing]:
        """Per outlet: counts and shares of named, anonymous, vague and document sources, hedges, who is quoted."""
        from storylens.extract.sourcing import outlet_sourcing

        ids = self.article_ids(articles, story)
        by_outlet: dict[str, list[str]] = {}
        for article_id in ids:
            by_outlet.setdefault(self.store.get_article(article_id).outlet_label, []).append(article_id)
        actors = self.store.actors()
        result = []
        for outlet, members in sorted(by_outlet.items()):
            analyses = [self.analysis(i) for i in members]
            profiles = [a.sourcing for a in analyses if a.sourcing is not None]
            result.append(outlet_sourcing(outlet, profiles, [q for a in analyses for q in a.quotes], actors))
        return result

    def actors(self) -> list[Actor]:
        return self.store.actors()

    def stories(self) -> list[Story]:
        return self.store.stories()

    def story(self, story_id: str) -> Story:
        return self.store.get_story(story_id)

    def coverage(self, articles: Sequence[str] | None = None, story: str | None = None) -> list[CoverageCount]:
        """Articles per outlet per day for a story, a set of articles, or the whole store."""
        from storylens.compare import coverage_counts

        return list(coverage_counts(list(self.store.iter_articles(self.article_ids(articles, story)))))

    def compare(self, articles: Sequence[str] | None = None, story: str | None = None) -> Comparison:
        """Outlets side by side for a story, a set of articles, or (when the store holds one story) everything."""
        from storylens.compare import build_comparison

        ids = self.article_ids(articles, story)
        if not ids:
            raise NotFoundError("nothing to compare: the store holds no articles (run ingest first)")
        selected = [self.store.get_article(i) for i in ids]
        analyses = [self.analysis(i) for i in ids]
        chosen = set(ids)
        stories = [s for s in self.store.stories() if chosen & set(s.articles)]
        return build_comparison(selected, analyses, stories, self.resources, self.settings)
