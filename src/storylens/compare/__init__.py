"""Compare: outlets side by side — claim alignment, voices, sourcing, stance and framing — as one record.

:func:`build_comparison` is a pure function of its inputs (articles, their analyses, stories, loaded models and
settings); the renderers in :mod:`storylens.compare.report` turn its :class:`Comparison` into HTML, Markdown, CSV
and JSON.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import Any

from storylens.compare.align import align_claims, is_event_statement
from storylens.compare.framing import framing_lexicon, loaded_words
from storylens.compare.model import Comparison, CoverageCount, LoadedWord, outlet_label
from storylens.compare.stance import StanceSettings, actor_stance, sentiment_analyzer
from storylens.compare.voices import find_voices
from storylens.extract.parse import ParsedArticle, parse_article
from storylens.nlp import Resources
from storylens.records import Actor, Article, ArticleAnalysis, Claim, Quote, Sourcing, Stance, Story
from storylens.settings import Settings

__all__ = ["Comparison", "build_comparison"]


def _merge(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    from storylens.extract.actors import merge_actors

    return merge_actors(actors)


def _id_map(per_article: Sequence[Actor], merged: Sequence[Actor]) -> dict[str, str]:
    """Per-article actor id → merged actor id (merging may fold "Rutte" into "Mark Rutte")."""
    owner: dict[tuple[str, int, int], str] = {}
    for actor in merged:
        for mention in actor.mentions:
            owner[(mention.article, mention.start, mention.end)] = actor.id
    mapping: dict[str, str] = {}
    for actor in per_article:
        for mention in actor.mentions:
            target = owner.get((mention.article, mention.start, mention.end))
            if target:
                mapping[actor.id] = target
                break
    return mapping


def _remap_claim(claim: Claim, mapping: dict[str, str]) -> Claim:
    actors = tuple(dict.fromkeys(mapping.get(a, a) for a in claim.actors))
    asserted = mapping.get(claim.asserted_by, claim.asserted_by)
    return dataclasses.replace(claim, actors=actors, asserted_by=asserted)


def _remap_quote(quote: Quote, mapping: dict[str, str]) -> Quote:
    if quote.speaker.actor and quote.speaker.actor in mapping:
        speaker = dataclasses.replace(quote.speaker, actor=mapping[quote.speaker.actor])
        return dataclasses.replace(quote, speaker=speaker)
    return quote


def _event_statements(parsed: ParsedArticle, analysis: ArticleAnalysis, resources: Resources) -> list[Claim]:
    """Sentences below the check-worthiness cut that say where an actor's event took place (see
    :func:`storylens.compare.align.is_event_statement`), built by the claim extractor itself so they carry the
    same numbers, actors, places and attribution as any claim (and their real, low, check-worthiness score)."""
    from storylens.extract.checkworthy import CheckworthyModel
    from storylens.extract.claims import select_claims

    model = CheckworthyModel.load(resources)  # loaded once per Resources
    known = {(c.start, c.end) for c in analysis.claims}
    return list(
        select_claims(
            parsed, analysis.actors, analysis.quotes, model,
            lambda c: (c.start, c.end) not in known and is_event_statement(c),
        )
    )


def coverage_counts(articles: Sequence[Article]) -> tuple[CoverageCount, ...]:
    """Articles per outlet per day (``published``'s date part; "undated" when unknown)."""
    counts = Counter(((a.published or "")[:10] or "undated", outlet_label(a)) for a in articles)
    return tuple(CoverageCount(day, outlet, n) for (day, outlet), n in sorted(counts.items()))


def build_comparison(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    stories: Sequence[Story],
    resources: Resources,
    settings: Settings,
) -> Comparison:
    """Compare ``articles`` (analysed in ``analyses``): align claims, weigh voices, stance and framing."""
    by_article = {a.article: a for a in analyses}
    per_article_actors = [actor for a in analyses for actor in a.actors]
    actors = _merge(per_article_actors)
    mapping = _id_map(per_article_actors, actors)
    quotes = tuple(_remap_quote(q, mapping) for a in articles for q in by_article.get(a.id, _EMPTY).quotes)
    parsed_by_article = {a.id: parse_article(a, resources.spacy) for a in articles}
    claims_by_article: dict[str, list[Claim]] = {}
    for article in articles:
        article_analysis = by_article.get(article.id, _EMPTY)
        extra = _event_statements(parsed_by_article[article.id], article_analysis, resources)
        found = sorted([*article_analysis.claims, *extra], key=lambda c: c.start)
        claims_by_article[article.id] = [_remap_claim(c, mapping) for c in found]
    claims = tuple(c for a in articles for c in claims_by_article[a.id])
    alignments = align_claims(
        claims_by_article, articles, resources.embedder, settings.compare, actor_names={a.id: a.name for a in actors}
    )
    sourcing: list[Sourcing] = []
    for article in articles:
        analysis = by_article.get(article.id)
        if analysis is not None and analysis.sourcing is not None:
            sourcing.append(analysis.sourcing)
    sia: Any = resources.extra("vader", sentiment_analyzer)
    lexicon = resources.extra("framing-lexicon", lambda: framing_lexicon(sia.lexicon))
    stance_settings = StanceSettings(neutral_band=settings.compare.stance_neutral_band)
    stances: list[Stance] = []
    framing: list[LoadedWord] = []
    for article in articles:
        parsed = parsed_by_article[article.id]
        article_quotes = [q for q in quotes if q.article == article.id]
        mentioned = [a for a in actors if any(m.article == article.id for m in a.mentions)]
        stances.extend(actor_stance(parsed, mentioned, article_quotes, sia, stance_settings))
        framing.extend(loaded_words(parsed, article_quotes, lexicon, sia.lexicon))
    return Comparison(
        articles=tuple(articles),
        stories=tuple(stories),
        actors=actors,
        quotes=quotes,
        claims=claims,
        alignments=alignments,
        sourcing=tuple(sourcing),
        stance=tuple(stances),
        framing=tuple(framing),
        voices=find_voices(articles, quotes, actors),
        coverage=coverage_counts(articles),
    )


_EMPTY = ArticleAnalysis(article="")
