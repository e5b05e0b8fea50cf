"""The orchestrator: the stages in order, as numbered steps, each a call into its own module.

1. ingest   — readers turn inputs into raw documents (``storylens.ingest``)
2. clean    — every line labelled, debris kept out (``storylens.clean``)
3. store    — each article stored once, by content fingerprint (``storylens.store``)
4. extract  — actors, quotes, claims, sourcing per article (``storylens.extract``)
5. stories  — near-duplicates and story clustering over the stream (``storylens.stories``)
6. compare  — outlets side by side per story (``storylens.compare``)

Each function takes the settings and the models (:class:`storylens.nlp.Resources`) it needs and reports progress
through an optional callback; nothing here prints.

Speed of step 4 (``benchmarks/bench_pipeline.py``): the sentence embeddings for check-worthiness and the spaCy
parse are most of the CPU time. Articles are parsed in batches through one spaCy stream, the embedder pads each
batch only to its own longest sentence (:mod:`storylens.nlp.embed`), and ``analyze_store(..., workers=N)`` spreads
batches over N processes, since spaCy and the extractors use one core each. Every speed-up keeps the analyses
identical: the bench's ``--check`` re-analyses each article alone and compares.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import multiprocessing
import os
import queue
import time
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from storylens.errors import AnalysisError, IngestError, SettingsError, StorylensError
from storylens.nlp import Resources
from storylens.records import Article, ArticleAnalysis, RawDocument
from storylens.settings import Settings
from storylens.store import DuplicateLink, Store

if TYPE_CHECKING:
    from storylens.extract.parse import ParsedArticle
    from storylens.nlp.embed import Embedder
    from storylens.stories.cluster import ClusterTuning

__all__ = [
    "ANALYSIS_VERSION",
    "AnalyzeReport",
    "IngestReport",
    "Progress",
    "StageClock",
    "analysis_version",
    "analyze_article",
    "analyze_store",
    "clean_documents",
    "ingest_into",
]

T = TypeVar("T")

#: Bumped whenever extraction changes what it finds, so ``analyze`` redoes stored analyses.
ANALYSIS_VERSION = "extract-12"


def analysis_version(settings: Settings) -> str:
    """The version stored with each analysis: :data:`ANALYSIS_VERSION`, marked when optional extractors that change
    the results are on, so that turning one on or off re-analyses stored articles."""
    return ANALYSIS_VERSION + ("+tagger" if settings.quotes.learned_tagger else "")

#: Articles parsed together in one spaCy stream by :func:`analyze_store` (their parses are held in memory until
#: each is extracted and saved; 16 keeps spaCy's batches full at a few MB).
ANALYZE_BATCH_ARTICLES = 16

#: ``progress(done, total_or_None, label)``
Progress = Callable[[int, int | None, str], None]


def _no_progress(done: int, total: int | None, label: str) -> None:
    return None


@dataclass
class IngestReport:
    """What an ingest run did: ids added, ids already stored, and each rejected input with its reason."""

    added: list[str] = field(default_factory=list)
    already_stored: list[str] = field(default_factory=list)
    rejected: list[IngestError] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


@dataclass
class AnalyzeReport:
    """What an analyse run did; ``cpu_seconds`` is the CPU time (all threads) of each stage, by stage name."""

    analysed: list[str] = field(default_factory=list)
    failed: list[AnalysisError] = field(default_factory=list)
    stories_updated: int = 0
    duplicates_found: int = 0
    cpu_seconds: dict[str, float] = field(default_factory=dict)


class StageClock:
    """Adds up the CPU seconds (``time.process_time``: every thread of the process) spent in each named stage.

    Used as ``with clock("parse"): ...``; the totals land in the dict given (a report's ``cpu_seconds``)."""

    def __init__(self, totals: dict[str, float] | None = None) -> None:
        self.totals: dict[str, float] = {} if totals is None else totals

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.process_time()
        try:
            yield
        finally:
            self.totals[stage] = self.totals.get(stage, 0.0) + time.process_time() - started


def clean_documents(
    inputs: Iterable[str], settings: Settings, resources: Resources | None = None
) -> Iterable[Article | IngestError]:
    """Steps 1–2: read every input and clean each document; bad inputs come out as :class:`IngestError`.

    ``resources`` holds the language detector, built once; without it one is built for this call."""
    from storylens.clean import clean_document
    from storylens.ingest import iter_inputs

    resources = resources or Resources(settings)
    for item in iter_inputs(inputs, settings.ingest):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from _clean_one(item, settings, resources, clean_document)


def _clean_one(
    raw: RawDocument,
    settings: Settings,
    resources: Resources,
    clean_document: Callable[[RawDocument, Settings, Resources], Article],
) -> Iterable[Article | IngestError]:
    try:
        yield clean_document(raw, settings, resources)
    except IngestError as exc:
        yield exc
    except StorylensError as exc:
        yield IngestError(raw.source, str(exc))


def ingest_into(
    store: Store,
    inputs: Sequence[str],
    settings: Settings,
    progress: Progress = _no_progress,
    resources: Resources | None = None,
    outlet: str | None = None,
) -> IngestReport:
    """Steps 1–3: read, clean and store. Each article is its own transaction, so a killed run keeps every
    finished article and a re-run stores only the rest. ``outlet`` names the outlet of articles whose input did
    not say (plain text, JSON lines without ``outlet``)."""
    report = IngestReport()
    done = 0
    for item in clean_documents(inputs, settings, resources):
        done += 1
        if isinstance(item, IngestError):
            report.rejected.append(item)
            progress(done, None, item.source)
            continue
        if outlet and not item.outlet:
            item = dataclasses.replace(item, outlet=outlet)
        if store.add_article(item):
            report.added.append(item.id)
        else:
            existing = store.article_id_for_fingerprint(item.fingerprint) or item.id
            report.already_stored.append(existing)
        report.articles.append(item)
        progress(done, None, item.source)
    return report


def analyze_article(article: Article, resources: Resources) -> ArticleAnalysis:
    """Step 4 for one article: parse once, then actors → quotes → claims → sourcing."""
    from storylens.extract.parse import parse_article

    nlp = resources.spacy  # a model that cannot load is raised as it is, not blamed on the article
    try:
        parsed = parse_article(article, nlp)
    except Exception as exc:  # a parser crash must name the article, not kill a corpus run silently
        raise AnalysisError(f"article {article.id} ({article.source}): analysis failed: {exc!r}") from exc
    return _extract(parsed, resources, StageClock())


def _extract(parsed: ParsedArticle, resources: Resources, clock: StageClock) -> ArticleAnalysis:
    """Step 4 after parsing: actors → quotes → claims → sourcing, each stage's CPU time added to ``clock``."""
    from storylens.extract.actors import find_actors
    from storylens.extract.attribution_model import AttributionModel
    from storylens.extract.checkworthy import CheckworthyModel
    from storylens.extract.claims import find_claims
    from storylens.extract.quotes import find_quotes
    from storylens.extract.sourcing import article_hedges, sourcing_profile

    article = parsed.article
    settings = resources.settings
    try:
        with clock("actors"):
            actors = find_actors(parsed)
        with clock("quotes"):
            attribution = AttributionModel.load(resources)  # loaded once per Resources
            quotes = find_quotes(parsed, actors, settings.quotes, attribution)
            if settings.quotes.learned_tagger:
                from storylens.extract.attribution_tagger import AttributionTagger, add_tagged_attributions

                quotes = add_tagged_attributions(parsed, actors, quotes, AttributionTagger.load(resources))
        with clock("claims"):
            model = CheckworthyModel.load(resources)  # loaded once per Resources
            claims = find_claims(parsed, actors, quotes, model, settings.claims)
        with clock("sourcing"):
            sourcing = sourcing_profile(article.id, quotes, article_hedges(parsed))
    except StorylensError:
        raise
    except Exception as exc:  # an extractor bug must name the article, not kill a corpus run silently
        raise AnalysisError(f"article {article.id} ({article.source}): analysis failed: {exc!r}") from exc
    return ArticleAnalysis(article=article.id, actors=actors, quotes=quotes, claims=claims, sourcing=sourcing)


def _parse_batch(articles: Sequence[Article], resources: Resources) -> list[ParsedArticle | AnalysisError]:
    """The batch parsed in one spaCy stream; if that fails, each article alone, so only the culprit fails."""
    from storylens.extract.parse import parse_article, parse_articles

    nlp = resources.spacy  # a model that cannot load is raised as it is, not blamed on the articles
    try:
        return list(parse_articles(articles, nlp))
    except Exception:  # the article-by-article pass below names the article that breaks
        found: list[ParsedArticle | AnalysisError] = []
        for article in articles:
            try:
                found.append(parse_article(article, nlp))
            except Exception as exc:  # reported per article, as an extractor failure is
                found.append(AnalysisError(f"article {article.id} ({article.source}): parsing failed: {exc!r}"))
        return found


def _analyze_batch(
    batch: Sequence[Article], resources: Resources, clock: StageClock
) -> list[ArticleAnalysis | AnalysisError]:
    """Step 4 for a batch: one spaCy stream, then each article's extraction; a failure is its article's only."""
    with clock("parse"):
        parsed_batch = _parse_batch(batch, resources)
    found: list[ArticleAnalysis | AnalysisError] = []
    for parsed in parsed_batch:
        try:
            if isinstance(parsed, AnalysisError):
                raise parsed
            found.append(_extract(parsed, resources, clock))
        except AnalysisError as exc:
            found.append(exc)
    return found


def analyze_store(
    store: Store,
    resources: Resources,
    progress: Progress = _no_progress,
    batch_articles: int = ANALYZE_BATCH_ARTICLES,
    workers: int = 1,
) -> AnalyzeReport:
    """Step 4 for every article without a current analysis, then step 5 for articles in no story yet.

    Articles are parsed ``batch_articles`` at a time (one spaCy stream keeps its batches full), then extracted and
    saved one by one in input order, each analysis in its own transaction: an interrupted run keeps every saved
    article and resumes with the rest. With ``workers`` > 1 (and at least :data:`MIN_ARTICLES_PER_WORKER` pending
    articles per worker) batches are analysed in that many worker processes, each with its own models; this
    process reads, saves and clusters. ``workers=0`` means one per core, at most :data:`MAX_AUTO_WORKERS`. The
    analyses are the same either way. ``report.cpu_seconds`` tells where the time went (workers' time included).
    """
    report = AnalyzeReport()
    clock = StageClock(report.cpu_seconds)
    version = analysis_version(resources.settings)
    pending = store.unanalysed_ids(version)
    articles = iter(store.iter_articles(pending))
    batches = iter(lambda: list(itertools.islice(articles, max(1, batch_articles))), [])
    results: Generator[tuple[list[Article], list[ArticleAnalysis | AnalysisError]], None, None]
    if workers <= 0:
        workers = min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
    if workers > 1 and len(pending) >= workers * MIN_ARTICLES_PER_WORKER:
        results = _analyze_in_workers(batches, resources.settings, workers, clock)
    else:
        results = ((batch, _analyze_batch(batch, resources, clock)) for batch in batches)
    done = 0
    with contextlib.closing(results):  # an interruption stops the workers at once
        for batch, found in results:
            for article, analysis in zip(batch, found, strict=True):
                done += 1
                if isinstance(analysis, AnalysisError):
                    report.failed.append(analysis)
                else:
                    with clock("store"):
                        store.save_analysis(analysis, version)
                    report.analysed.append(article.id)
                progress(done, len(pending), article.source)
    report.duplicates_found, report.stories_updated = update_stories(store, resources, clock)
    return report


#: Worker processes ``workers=0`` starts at most: each holds its own models (~0.5 GB resident).
MAX_AUTO_WORKERS = 4
#: Fewest pending articles per worker process worth its start (loading spaCy and the embedder: ~3 CPU s).
MIN_ARTICLES_PER_WORKER = 20
#: Batches queued per worker ahead of the one it analyses: keeps it busy while bounding what an interruption loses.
_BATCHES_AHEAD = 2
#: Seconds to wait for a result before checking that the workers are still alive.
_POLL_SECONDS = 1.0


def _analysis_worker(settings: Settings, tasks: Any, results: Any) -> None:
    """A worker process: its own models, then numbered batches in and ``(number, analyses, cpu)`` out until None.

    The embedder runs on one thread here: the worker processes are the parallelism. An error that is not one
    article's (a model that cannot load) goes back as the result, for the parent to raise."""
    resources = Resources(dataclasses.replace(settings, models=dataclasses.replace(settings.models, onnx_threads=1)))
    while (task := tasks.get()) is not None:
        number, batch = task
        clock = StageClock()
        try:
            results.put((number, _analyze_batch(batch, resources, clock), clock.totals))
        except Exception as exc:  # handed to the parent, which raises it
            results.put((number, exc, clock.totals))


def _analyze_in_workers(
    batches: Iterator[list[Article]], settings: Settings, workers: int, clock: StageClock
) -> Generator[tuple[list[Article], list[ArticleAnalysis | AnalysisError]], None, None]:
    """Each batch with its analyses, in input order, analysed by ``workers`` processes (started with *spawn*: a
    fork would copy this process's embedder thread pool and SQLite connection)."""
    context = multiprocessing.get_context("spawn")
    tasks, results = context.Queue(), context.Queue()
    processes = [
        context.Process(target=_analysis_worker, args=(settings, tasks, results), daemon=True, name=f"analysis-{n}")
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    in_flight: dict[int, list[Article]] = {}
    finished: dict[int, list[ArticleAnalysis | AnalysisError]] = {}
    submitted = next_to_yield = 0

    def submit() -> None:
        nonlocal submitted
        batch = next(batches, None)
        if batch is not None:
            tasks.put((submitted, batch))
            in_flight[submitted] = batch
            submitted += 1

    try:
        for _ in range(workers * _BATCHES_AHEAD):
            submit()
        while in_flight:
            try:
                number, found, cpu = results.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                dead = [p for p in processes if not p.is_alive()]
                if dead:
                    raise AnalysisError(
                        f"analysis worker {dead[0].name} stopped (exit code {dead[0].exitcode}); "
                        "the articles saved so far are kept: run analyse again, with one worker if it recurs"
                    ) from None
                continue
            if isinstance(found, BaseException):
                raise found
            for stage, seconds in cpu.items():
                clock.totals[stage] = clock.totals.get(stage, 0.0) + seconds
            finished[number] = found
            submit()
            while next_to_yield in finished:
                yield in_flight.pop(next_to_yield), finished.pop(next_to_yield)
                next_to_yield += 1
    finally:
        if in_flight:  # stopped early (an error, an interruption): the queued batches are not wanted
            tasks.cancel_join_thread()
            for process in processes:
                process.terminate()
        else:
            for _ in processes:
                tasks.put(None)
        for process in processes:
            process.join()
        tasks.close()
        results.close()


@dataclass(frozen=True)
class _StreamState:
    """The order articles entered the stream: kept so that changed settings can re-cluster in the same order."""

    order: tuple[str, ...]

    def to_bytes(self) -> bytes:
        return json.dumps({"version": 1, "order": list(self.order)}).encode("utf-8")

    @classmethod
    def from_bytes(cls, blob: bytes | None) -> _StreamState:
        if not blob:
            return cls(())
        return cls(tuple(json.loads(blob.decode("utf-8"))["order"]))


def _story_embedder(resources: Resources) -> tuple[Embedder, ClusterTuning]:
    """The embedder ``stories.encoder`` names (loaded once per Resources) and the clustering weights fitted for it."""
    from storylens.stories.cluster import ClusterTuning
    from storylens.stories.encoder import STORY_ENCODER_TUNING, StoryEncoder

    if resources.settings.stories.encoder == "general":
        return resources.embedder, ClusterTuning()
    encoder: StoryEncoder = resources.extra("stories.encoder", lambda: StoryEncoder(resources.settings.models))
    return encoder, STORY_ENCODER_TUNING


def update_stories(store: Store, resources: Resources, clock: StageClock | None = None) -> tuple[int, int]:
    """Step 5 for articles in no story yet: near-duplicate links, then story clustering.

    New articles enter the stream oldest first (undated last). The near-duplicate index and the live part of the
    story clusterer are kept in the store between runs, so only the new articles are embedded and compared; an
    earlier article moves only while its story is live and holds it alone (the clusterer's second look). When the
    story settings changed since the state was saved, every stored article is clustered again, in the order it first
    entered the stream.
    Returns (near-duplicate links found, stories created or changed); ``clock`` gets the CPU time of the
    near-duplicate, embedding, clustering and store steps.
    """
    from storylens.stories.cluster import StoryClusterer, embedding_text, item_for_article
    from storylens.stories.dedupe import NearDuplicateIndex, analysed_text

    settings = resources.settings.stories
    clock = clock or StageClock()
    new_ids = store.unclustered_ids()
    stream = _StreamState.from_bytes(store.get_state("stories.stream"))
    index, replay_index = _restore(store, "stories.dedupe", NearDuplicateIndex(settings),
                                   lambda blob: NearDuplicateIndex.from_bytes(settings, blob))
    embedder, tuning = _story_embedder(resources)
    clusterer, replay_stories = _restore(store, "stories.clusterer", StoryClusterer(settings, tuning),
                                         lambda blob: StoryClusterer.from_bytes(settings, blob, tuning))
    new_set = set(new_ids)
    earlier = [i for i in stream.order if i not in new_set]
    to_index = (earlier if replay_index else []) + new_ids
    to_cluster = (earlier if replay_stories else []) + new_ids
    if not to_index and not to_cluster:
        return 0, 0
    articles = {a.id: a for a in store.iter_articles(sorted(set(to_index) | set(to_cluster)))}

    # Each copy links to its group's earliest copy; when a new copy is older than the group's earliest, the other
    # copies are re-pointed to it, keeping their own similarity.
    with clock("dedupe"):
        known = {link.article_id: link for link in store.duplicates()}
        links: dict[str, DuplicateLink] = {}
        cleared: set[str] = set()
        for article_id in to_index:
            article = articles[article_id]
            match = None if article_id in index else index.add(article_id, analysed_text(article), article.published)
            group = index.group_of(article_id) if match is not None else None
            if match is None or group is None:
                continue
            for member in group.articles:
                if member == group.earliest:
                    links.pop(member, None)
                    cleared.add(member)
                    continue
                cleared.discard(member)
                similarity = match.similarity if member == article_id else (
                    links[member].similarity if member in links else known[member].similarity if member in known
                    else match.similarity
                )
                links[member] = DuplicateLink(member, group.earliest, similarity)

    with clock("story embedding"):
        vectors = dict(store.get_embeddings(to_cluster, embedder.model_id))
        missing = [i for i in to_cluster if i not in vectors]
        if missing:
            computed = embedder.embed([embedding_text(articles[i], settings.lead_chars) for i in missing])
            fresh = {i: computed[n] for n, i in enumerate(missing)}
            store.put_embeddings(fresh, embedder.model_id)
            vectors.update(fresh)
    with clock("clustering"):
        for article_id in to_cluster:
            analysis = store.get_analysis(article_id)
            # Names, not ids: ids derive from names anyway, and a story labelled by its actors must read well.
            actor_names = tuple(a.name for a in analysis.actors) if analysis else ()
            article = articles[article_id]
            item = item_for_article(article, vectors[article_id], actor_names)
            clusterer.add(dataclasses.replace(item, outlet=article.outlet_label))
        changed = {clusterer.story_of(i) for i in to_cluster}
        # A second look may move a lone article stored earlier into a story that grew towards it; the store
        # re-points the article and drops its emptied story.
        changed |= {new_story for _, _, new_story in clusterer.take_moves()}
        stories = [s for s in clusterer.stories() if s.id in changed]

    with clock("store"):
        store.save_duplicates(list(links.values()), sorted(cleared))
        store.save_stories(stories)
        store.put_state("stories.dedupe", index.to_bytes())
        store.put_state("stories.clusterer", clusterer.to_bytes())
        store.put_state("stories.stream", _StreamState((*earlier, *new_ids)).to_bytes())
    return len(links), len(stories)


def _restore(store: Store, name: str, fresh: T, load: Callable[[bytes], T]) -> tuple[T, bool]:
    """A stage's object from its saved state, or ``fresh`` and True (replay the stream) when the state was saved
    with other settings or by another version of storylens in a format this one cannot read."""
    blob = store.get_state(name)
    if blob is None:
        return fresh, False
    try:
        return load(blob), False
    except (SettingsError, KeyError, ValueError, TypeError, OSError, zipfile.BadZipFile):
        return fresh, True
