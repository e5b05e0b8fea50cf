"""Batched analysis (one spaCy stream for several articles) finds exactly what article-by-article analysis finds,
saves each article on its own, resumes after an interruption, and isolates an article that breaks the parser."""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storylens import Engine
from storylens.errors import ModelError
from storylens.nlp import Resources
from storylens.pipeline import StageClock, _analyze_in_workers, analyze_article, analyze_store
from storylens.records import ArticleAnalysis
from storylens.settings import Settings

from .conftest import SEEDS, SHARED

BIAS_CORPUS = SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz"
STAGES = {"parse", "actors", "quotes", "claims", "sourcing", "store", "dedupe", "story embedding", "clustering"}


class _Interrupted(Exception):
    pass


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five real bias-corpus articles as JSON lines (read in place, written to a temporary file)."""
    path = tmp_path_factory.mktemp("batch") / "articles.jsonl"
    with gzip.open(BIAS_CORPUS, "rt", encoding="utf-8") as handle, path.open("w", encoding="utf-8") as out:
        for line in itertools.islice(handle, 5):
            row = json.loads(line)
            out.write(json.dumps({k: row[k] for k in ("text", "title", "outlet", "published", "url")}) + "\n")
    return path


@pytest.fixture(scope="module")
def engine(feed: Path, resources: Resources) -> Iterator[Engine]:
    with Engine(":memory:", resources.settings, resources) as engine:
        engine.ingest([SEEDS, feed])
        yield engine


def test_batched_analysis_equals_article_by_article(engine: Engine, resources: Resources) -> None:
    report = analyze_store(engine.store, resources, batch_articles=3)
    articles = engine.articles()
    assert len(articles) == 7 and sorted(report.analysed) == sorted(a.id for a in articles) and not report.failed
    for article in articles:
        stored = engine.store.get_analysis(article.id)
        assert stored is not None
        assert stored.to_dict() == analyze_article(article, resources).to_dict(), article.source
    assert set(report.cpu_seconds) == STAGES
    assert all(seconds >= 0 for seconds in report.cpu_seconds.values())
    assert report.cpu_seconds["parse"] > 0 and report.cpu_seconds["claims"] > 0


def test_interrupted_run_keeps_saved_articles_and_resumes(feed: Path, resources: Resources) -> None:
    with Engine(":memory:", resources.settings, resources) as engine:
        engine.ingest([feed])

        def interrupt_after_three(done: int, total: int | None, label: str) -> None:
            if done == 3:
                raise _Interrupted(label)

        with pytest.raises(_Interrupted):
            analyze_store(engine.store, resources, interrupt_after_three, batch_articles=2)
        saved = [a.id for a in engine.articles() if engine.store.get_analysis(a.id) is not None]
        assert len(saved) == 3  # the third article, in the second batch, was saved before the interruption
        resumed = analyze_store(engine.store, resources, batch_articles=2)
        assert sorted(resumed.analysed) == sorted(a.id for a in engine.articles() if a.id not in saved)
        assert not resumed.failed


class _BreaksOn:
    """A spaCy pipeline stand-in that fails on one text and parses the rest with the real pipeline."""

    def __init__(self, nlp: Any, poison: str) -> None:
        self._nlp, self._poison = nlp, poison

    def pipe(self, texts: Any, batch_size: int = 32) -> Iterator[Any]:
        for text in texts:
            if self._poison in text:
                raise ValueError("parser crashed")
            yield self._nlp(text)


class _PoisonedResources(Resources):
    def __init__(self, real: Resources, poison: str) -> None:
        super().__init__(real.settings)
        self._real, self._poison = real, poison

    @property
    def spacy(self) -> Any:
        return _BreaksOn(self._real.spacy, self._poison)

    @property
    def embedder(self) -> Any:
        return self._real.embedder


def test_an_article_that_breaks_the_parser_fails_alone(feed: Path, resources: Resources) -> None:
    with Engine(":memory:", resources.settings, resources) as engine:
        engine.ingest([SEEDS])
        rutte_000, other = sorted(engine.articles(), key=lambda a: a.source)
        poison = rutte_000.text[:40]
        report = analyze_store(engine.store, _PoisonedResources(resources, poison), batch_articles=8)
        assert report.analysed == [other.id]
        (failure,) = report.failed
        assert rutte_000.id in str(failure) and "parser crashed" in str(failure)


def test_worker_processes_find_what_this_process_finds(engine: Engine, resources: Resources) -> None:
    articles = sorted(engine.articles(), key=lambda a: a.id)[:4]
    batches = iter([articles[:1], articles[1:3], articles[3:]])
    clock = StageClock()
    results = list(_analyze_in_workers(batches, resources.settings, 2, clock))
    assert [[a.id for a in batch] for batch, _ in results] == [[a.id for a in articles[:1]],
                                                                [a.id for a in articles[1:3]],
                                                                [a.id for a in articles[3:]]]
    for batch, found in results:
        for article, analysis in zip(batch, found, strict=True):
            assert isinstance(analysis, ArticleAnalysis)
            assert analysis.to_dict() == analyze_article(article, resources).to_dict(), article.source
    assert clock.totals["parse"] > 0 and clock.totals["claims"] > 0  # the workers' CPU time comes back


def test_a_model_that_cannot_load_in_a_worker_is_raised(engine: Engine) -> None:
    broken = Settings().with_overrides({"models": {"spacy_model": "no_such_spacy_model"}})
    with pytest.raises(ModelError, match="no_such_spacy_model"):
        list(_analyze_in_workers(iter([engine.articles()[:1]]), broken, 2, StageClock()))
