"""Per-actor stance: how an outlet's own words treat each actor, in [-1, 1], with the sentences that carry it.

Method (lexicon, no trained model): VADER (``vaderSentiment``, lexicon shipped in the package) scores each
sentence that mentions the actor, *after* the words the outlet reports rather than says are masked out:

- the content of every direct quote the quote extractor found (indirect attributions — "X said that …",
  "according to X" — are the outlet's own paraphrase and stay, unless ``mask_indirect`` is set);
- any stretch between quotation marks, so a quote the extractor missed is still not taken for the outlet's voice.

An outlet quoting a critic is therefore not counted as the outlet's stance. A sentence that is almost entirely
quoted keeps only its frame ("X attacked …", "X conceded …"), which is exactly the outlet's word choice.

A sentence that opens with a personal pronoun right after a sentence about a person is attributed to that person
too (a cheap, conservative coreference step: spaCy's small model has no coreference component).

The actor's score is the mean compound score of its sentences, shrunk toward 0 by ``prior_sentences`` pseudo
sentences, so one emotive sentence in a long neutral article does not make a strong stance. Evidence spans are the
sentences whose masked compound score lies outside the neutral band.

Quotation-mark masking is hand-written (a small regex) because no library marks quoted stretches for us; the
quote extractor's spans are used as well whenever they are given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from storylens.extract.parse import ParsedArticle, Sentence
from storylens.records import Actor, ActorKind, Quote, SpanRef, Stance

__all__ = [
    "SentimentScorer",
    "StanceSettings",
    "actor_stance",
    "masked_sentence_text",
    "quoted_regions",
    "sentiment_analyzer",
]

# Opening and closing quotation marks, straight and typographic; a quoted stretch spans at most one paragraph.
_QUOTED = re.compile(r"\"[^\"\n]{2,}?\"|“[^”\n]{2,}?”|‘[^’\n]{8,}?’(?!\w)|(?<!\w)'[^'\n]{8,}?'(?!\w)")
_PRONOUN_OPENERS = frozenset({"he", "she", "his", "her"})


class SentimentScorer(Protocol):
    """What stance needs from a sentiment analyser (VADER's ``SentimentIntensityAnalyzer`` fits)."""

    def polarity_scores(self, text: str) -> dict[str, float]: ...


def sentiment_analyzer() -> SentimentScorer:
    """A VADER analyser (loads its lexicon: build one and pass it down, e.g. through ``Resources.extra``)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer: SentimentScorer = SentimentIntensityAnalyzer()
    return analyzer


@dataclass(frozen=True)
class StanceSettings:
    # Absolute compound score below which a sentence counts as neutral (not evidence).
    neutral_band: float = 0.05
    # Pseudo sentences of score 0 added to every actor: shrinks scores resting on one or two sentences.
    prior_sentences: float = 5.0
    # Weight of quoted words: 0 masks them entirely (the outlet's stance is its own voice only).
    quoted_weight: float = 0.0
    # At most this many evidence spans per actor, strongest first.
    max_evidence: int = 5
    # Mask indirect attributions too ("X said that …", "according to X"). Off: the outlet paraphrases them in its
    # own words, and choosing them is part of its stance (on BASIL's tuning half masking them cost 0.03 macro-F1).
    mask_indirect: bool = False


def quoted_regions(text: str, quotes: Iterable[Quote] = (), offset: int = 0) -> list[tuple[int, int]]:
    """Character ranges of ``text`` (which starts at ``offset`` in the article) that report others' words."""
    regions = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    end_of_text = len(text)
    for quote in quotes:
        pieces = quote.parts or (SpanRef(quote.start, quote.end),)
        for piece in pieces:
            start, end = max(piece.start - offset, 0), min(piece.end - offset, end_of_text)
            if start < end:
                regions.append((start, end))
    return regions


def masked_sentence_text(text: str, regions: Sequence[tuple[int, int]]) -> str:
    """``text`` with every region blanked (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in regions:
        for i in range(max(start, 0), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _mentioned(sentence: Sentence, actor: Actor, article_id: str) -> bool:
    return any(
        m.article == article_id and sentence.start <= m.start < sentence.end for m in actor.mentions
    )


def _opens_with_pronoun(sentence: Sentence) -> bool:
    first = sentence.text.split(maxsplit=1)
    return bool(first) and first[0].lower().strip(",.;:") in _PRONOUN_OPENERS


def sentence_scores(
    parsed: ParsedArticle,
    quotes: Sequence[Quote],
    sia: SentimentScorer,
    quoted_weight: float = 0.0,
) -> list[tuple[Sentence, float]]:
    """Every analysed sentence with the compound score of the outlet's own words in it."""
    article_quotes = [q for q in quotes if q.article == parsed.article.id]
    scored: list[tuple[Sentence, float]] = []
    for sentence in parsed.sentences():
        overlapping = [q for q in article_quotes if q.start < sentence.end and q.end > sentence.start]
        regions = quoted_regions(sentence.text, overlapping, offset=sentence.start)
        own = masked_sentence_text(sentence.text, regions)
        score = sia.polarity_scores(" ".join(own.split()))["compound"] if own.strip() else 0.0
        if quoted_weight > 0 and regions:
            quoted = sia.polarity_scores(sentence.text)["compound"]
            score = (score + quoted_weight * quoted) / (1.0 + quoted_weight)
        scored.append((sentence, score))
    return scored


def actor_stance(
    parsed: ParsedArticle,
    actors: Sequence[Actor],
    quotes: Sequence[Quote],
    sia: SentimentScorer,
    settings: StanceSettings | None = None,
) -> tuple[Stance, ...]:
    """The outlet's stance toward each actor mentioned in ``parsed`` (actors without a mention get none)."""
    settings = settings or StanceSettings()
    article_id = parsed.article.id
    masked = [q for q in quotes if q.direct or settings.mask_indirect]
    scored = sentence_scores(parsed, masked, sia, settings.quoted_weight)
    stances: list[Stance] = []
    for actor in actors:
        about: list[tuple[Sentence, float]] = []
        previous_about = False
        for sentence, score in scored:
            direct = _mentioned(sentence, actor, article_id)
            follow_on = (
                not direct
                and previous_about
                and actor.kind is ActorKind.PERSON
                and _opens_with_pronoun(sentence)
            )
            if direct or follow_on:
                about.append((sentence, score))
            previous_about = direct or follow_on
        if not about:
            continue
        total = sum(score for _, score in about)
        value = total / (len(about) + settings.prior_sentences)
        strong = sorted(
            (item for item in about if abs(item[1]) > settings.neutral_band), key=lambda item: -abs(item[1])
        )[: settings.max_evidence]
        evidence = tuple(SpanRef(s.start, s.end) for s, _ in sorted(strong, key=lambda item: item[0].start))
        stances.append(Stance(article_id, actor.id, round(max(-1.0, min(1.0, value)), 4), evidence))
    return tuple(stances)
