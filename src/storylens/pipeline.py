"""The orchestrator: the stages in order, as numbered steps, each a call into its own module.

1. ingest   — readers turn inputs into raw documents (``storylens.ingest``)
2. clean    — every line labelled, debris kept out (``storylens.clean``)
3. store    — each article stored once, by content fingerprint (``storylens.store``)
4. extract  — actors, quotes, claims, sourcing per article (``storylens.extract``)
5. stories  — near-duplicates and story clustering over the stream (``storylens.stories``)
6. compare  — outlets side by side per story (``storylens.compare``)

Each function takes the settings and the models (:class:`storylens.nlp.Resources`) it needs and reports progress
through an optional callback; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from storylens.errors import AnalysisError, IngestError, StorylensError
from storylens.nlp import Resources
from storylens.records import Article, ArticleAnalysis, RawDocument
from storylens.settings import Settings
from storylens.store import Store

__all__ = [
    "ANALYSIS_VERSION",
    "AnalyzeReport",
    "IngestReport",
    "Progress",
    "analyze_article",
    "analyze_store",
    "clean_documents",
    "ingest_into",
]

#: Bumped whenever extraction changes what it finds, so ``analyze`` redoes stored analyses.
ANALYSIS_VERSION = "extract-1"

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
    analysed: list[str] = field(default_factory=list)
    failed: list[AnalysisError] = field(default_factory=list)
    stories_updated: int = 0
    duplicates_found: int = 0


def clean_documents(
    inputs: Iterable[str], settings: Settings
) -> Iterable[Article | IngestError]:
    """Steps 1–2: read every input and clean each document; bad inputs come out as :class:`IngestError`."""
    from storylens.clean import clean_document
    from storylens.ingest import iter_inputs

    for item in iter_inputs(inputs, settings.ingest):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from _clean_one(item, settings, clean_document)


def _clean_one(
    raw: RawDocument, settings: Settings, clean_document: Callable[[RawDocument, Settings], Article]
) -> Iterable[Article | IngestError]:
    try:
        yield clean_document(raw, settings)
    except IngestError as exc:
        yield exc
    except StorylensError as exc:
        yield IngestError(raw.source, str(exc))


def ingest_into(
    store: Store, inputs: Sequence[str], settings: Settings, progress: Progress = _no_progress
) -> IngestReport:
    """Steps 1–3: read, clean and store. Each article is its own transaction, so a killed run keeps every
    finished article and a re-run stores only the rest."""
    report = IngestReport()
    done = 0
    for item in clean_documents(inputs, settings):
        done += 1
        if isinstance(item, IngestError):
            report.rejected.append(item)
            progress(done, None, item.source)
            continue
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
    from storylens.extract.actors import find_actors
    from storylens.extract.checkworthy import CheckworthyModel
    from storylens.extract.claims import find_claims
    from storylens.extract.hedging import find_hedges
    from storylens.extract.parse import parse_article
    from storylens.extract.quotes import find_quotes
    from storylens.extract.sourcing import sourcing_profile

    settings = resources.settings
    try:
        parsed = parse_article(article, resources.spacy)
        actors = find_actors(parsed)
        quotes = find_quotes(parsed, actors, settings.quotes)
        model = resources.extra("checkworthy", lambda: CheckworthyModel.load(resources))
        claims = find_claims(parsed, actors, quotes, model, settings.claims)
        hedges = [h for sentence in parsed.sentences() for h in find_hedges(sentence.text)]
        sourcing = sourcing_profile(article.id, quotes, hedges)
    except StorylensError:
        raise
    except Exception as exc:  # an extractor bug must name the article, not kill a corpus run silently
        raise AnalysisError(f"article {article.id} ({article.source}): analysis failed: {exc!r}") from exc
    return ArticleAnalysis(article=article.id, actors=actors, quotes=quotes, claims=claims, sourcing=sourcing)


def analyze_store(store: Store, resources: Resources, progress: Progress = _no_progress) -> AnalyzeReport:
    """Step 4 for every article without a current analysis, then step 5 for articles in no story yet.

    Each analysis is saved in its own transaction, so an interrupted run resumes where it stopped.
    """
    report = AnalyzeReport()
    pending = store.unanalysed_ids(ANALYSIS_VERSION)
    for done, article in enumerate(store.iter_articles(pending), start=1):
        try:
            analysis = analyze_article(article, resources)
        except AnalysisError as exc:
            report.failed.append(exc)
        else:
            store.save_analysis(analysis, ANALYSIS_VERSION)
            report.analysed.append(article.id)
        progress(done, len(pending), article.source)
    from storylens.stories.update import update_stories

    story_report = update_stories(store, resources)
    report.stories_updated = story_report.stories_updated
    report.duplicates_found = story_report.duplicates_found
    return report
