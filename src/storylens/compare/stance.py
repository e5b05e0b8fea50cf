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

Optionally (``model=``, ``embedder=``) a trained targeted sentence-polarity model
(:mod:`storylens.compare.stance_model`, learnt from BASIL's phrase-level bias spans) replaces VADER per sentence, and
the score becomes ``tanh`` of the summed margins P(pos) - P(neg). It is not the default: on BASIL's held-out events it
did not beat the lexicon (see ``docs/compare.md`` § Stance and :mod:`storylens.evaluate.stance`).

Quotation-mark masking is hand-written (a small regex) because no library marks quoted stretches for us; the
quote extractor's spans are used as well whenever they are given.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from storylens.compare.stance_model import StanceModel, lexical_features
from storylens.extract.parse import ParsedArticle, Sentence
from storylens.records import Actor, ActorKind, Quote, SpanRef, Stance

__all__ = [
    "ActorSentence",
    "OwnSentence",
    "SentenceEmbedder",
    "SentimentScorer",
    "StanceSettings",
    "actor_sentences",
    "actor_stance",
    "masked_sentence_text",
    "own_sentences",
    "quoted_regions",
    "sentiment_analyzer",
    "stance_features",
]

# Opening and closing quotation marks, straight and typographic; a quoted stretch spans at most one paragraph.
_QUOTED = re.compile(r"\"[^\"\n]{2,}?\"|“[^”\n]{2,}?”|‘[^’\n]{8,}?’(?!\w)|(?<!\w)'[^'\n]{8,}?'(?!\w)")
_PRONOUN_OPENERS = frozenset({"he", "she", "his", "her"})


class SentimentScorer(Protocol):
    """What stance needs from a sentiment analyser (VADER's ``SentimentIntensityAnalyzer`` fits)."""

    def polarity_scores(self, text: str) -> dict[str, float]: ...


class SentenceEmbedder(Protocol):
    """What the stance model needs to embed sentences (:class:`storylens.nlp.embed.Embedder` fits)."""

    def embed(self, texts: Sequence[str]) -> npt.NDArray[Any]: ...


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
    # With the trained model: the summed sentence margins that map to tanh(1) = 0.76. Sums (not means) because on
    # BASIL how much an article says about an actor carries the stance; 6 keeps long articles from saturating.
    model_scale: float = 6.0
    # With the trained model: a sentence is evidence when its |margin| exceeds this (a plain sentence is near 0,
    # a sentence the model reads as an attack near -0.3 to -0.6: its probabilities are spread over three classes).
    evidence_margin: float = 0.2


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


@dataclass(frozen=True)
class OwnSentence:
    """A sentence with the outlet's own words in it: quoted stretches blanked, and their VADER compound score."""

    sentence: Sentence
    own_text: str
    compound: float

    @property
    def compact_text(self) -> str:
        """The own words with blanked stretches collapsed (the text that is scored and embedded)."""
        return " ".join(self.own_text.split())


@dataclass(frozen=True)
class ActorSentence:
    """A sentence about an actor: named in it, or (``follow_on``) opened by a pronoun right after one that is."""

    own: OwnSentence
    follow_on: bool
    actor_spans: tuple[tuple[int, int], ...]


def own_sentences(
    parsed: ParsedArticle,
    quotes: Sequence[Quote],
    sia: SentimentScorer,
    quoted_weight: float = 0.0,
) -> list[OwnSentence]:
    """Every analysed sentence with the quoted words blanked out and the compound score of what is left."""
    article_quotes = [q for q in quotes if q.article == parsed.article.id]
    result: list[OwnSentence] = []
    for sentence in parsed.sentences():
        overlapping = [q for q in article_quotes if q.start < sentence.end and q.end > sentence.start]
        regions = quoted_regions(sentence.text, overlapping, offset=sentence.start)
        own = masked_sentence_text(sentence.text, regions)
        score = sia.polarity_scores(" ".join(own.split()))["compound"] if own.strip() else 0.0
        if quoted_weight > 0 and regions:
            quoted = sia.polarity_scores(sentence.text)["compound"]
            score = (score + quoted_weight * quoted) / (1.0 + quoted_weight)
        result.append(OwnSentence(sentence, own, score))
    return result


def sentence_scores(
    parsed: ParsedArticle,
    quotes: Sequence[Quote],
    sia: SentimentScorer,
    quoted_weight: float = 0.0,
) -> list[tuple[Sentence, float]]:
    """Every analysed sentence with the compound score of the outlet's own words in it."""
    return [(own.sentence, own.compound) for own in own_sentences(parsed, quotes, sia, quoted_weight)]


def actor_sentences(owned: Sequence[OwnSentence], actor: Actor, article_id: str) -> list[ActorSentence]:
    """The sentences about ``actor``: those naming it, and for a person a pronoun-led sentence right after one."""
    about: list[ActorSentence] = []
    previous_about = False
    for own in owned:
        sentence = own.sentence
        spans = tuple(
            (m.start, m.end) for m in actor.mentions
            if m.article == article_id and sentence.start <= m.start < sentence.end
        )
        follow_on = (
            not spans and previous_about and actor.kind is ActorKind.PERSON and _opens_with_pronoun(sentence)
        )
        if follow_on:
            pronoun = sentence.text.split(maxsplit=1)[0]
            spans = ((sentence.start, sentence.start + len(pronoun)),)
        if spans:
            about.append(ActorSentence(own, follow_on, spans))
        previous_about = bool(spans)
    return about


def _evidence(weighted: Sequence[tuple[Sentence, float]], threshold: float, limit: int) -> tuple[SpanRef, ...]:
    """The sentences whose weight lies beyond ``threshold``, the strongest ``limit`` of them, in reading order."""
    strong = sorted((item for item in weighted if abs(item[1]) > threshold), key=lambda item: -abs(item[1]))[:limit]
    return tuple(SpanRef(s.start, s.end) for s, _ in sorted(strong, key=lambda item: item[0].start))


def actor_stance(
    parsed: ParsedArticle,
    actors: Sequence[Actor],
    quotes: Sequence[Quote],
    sia: SentimentScorer,
    settings: StanceSettings | None = None,
    *,
    model: StanceModel | None = None,
    embedder: SentenceEmbedder | None = None,
) -> tuple[Stance, ...]:
    """The outlet's stance toward each actor mentioned in ``parsed`` (actors without a mention get none).

    With ``model`` (and the ``embedder`` it was trained with) each sentence about the actor gets the model's
    margin P(pos) - P(neg), less what a neutral sentence scores, and the score is ``tanh`` of the margins' sum
    over ``settings.model_scale`` (so an actor with many slanted sentences gets a strong stance); without, the
    score is the VADER mean shrunk toward 0 (the lexicon method).
    """
    settings = settings or StanceSettings()
    if model is not None and embedder is None:
        raise ValueError("actor_stance: a stance model needs the sentence embedder it was trained with")
    article_id = parsed.article.id
    masked = [q for q in quotes if q.direct or settings.mask_indirect]
    owned = own_sentences(parsed, masked, sia, settings.quoted_weight)
    about_by_actor = [(actor, actor_sentences(owned, actor, article_id)) for actor in actors]
    margins: dict[tuple[int, int], float] = {}
    if model is not None and embedder is not None:
        margins = _model_margins(about_by_actor, model, embedder)
    stances: list[Stance] = []
    for position, (actor, about) in enumerate(about_by_actor):
        if not about:
            continue
        if model is not None:
            weighted = [(item.own.sentence, margins[(position, index)]) for index, item in enumerate(about)]
            value = math.tanh(sum(weight for _, weight in weighted) / settings.model_scale)
            threshold = settings.evidence_margin
        else:
            weighted = [(item.own.sentence, item.own.compound) for item in about]
            value = sum(weight for _, weight in weighted) / (len(about) + settings.prior_sentences)
            threshold = settings.neutral_band
        evidence = _evidence(weighted, threshold, settings.max_evidence)
        stances.append(Stance(article_id, actor.id, round(max(-1.0, min(1.0, value)), 4), evidence))
    return tuple(stances)


def stance_features(about: Sequence[ActorSentence]) -> tuple[list[str], list[list[float]]]:
    """The model's inputs for an actor's sentences: the texts to embed and the lexical feature rows."""
    texts = [item.own.compact_text for item in about]
    lexical = [
        lexical_features(item.own.sentence, item.own.own_text, item.own.compound, item.actor_spans, item.follow_on)
        for item in about
    ]
    return texts, lexical


def _model_margins(
    about_by_actor: Sequence[tuple[Actor, Sequence[ActorSentence]]],
    model: StanceModel,
    embedder: SentenceEmbedder,
) -> dict[tuple[int, int], float]:
    """P(pos) - P(neg) for every (actor position, sentence index) pair; each distinct sentence text is embedded once."""
    keys: list[tuple[int, int]] = []
    texts: list[str] = []
    lexical: list[list[float]] = []
    for position, (_, about) in enumerate(about_by_actor):
        actor_texts, actor_lexical = stance_features(about)
        keys.extend((position, index) for index in range(len(about)))
        texts.extend(actor_texts)
        lexical.extend(actor_lexical)
    if not keys:
        return {}
    distinct = sorted(set(texts))
    vectors = embedder.embed(distinct)
    row_of = {text: row for row, text in enumerate(distinct)}
    embeddings = vectors[[row_of[text] for text in texts]]
    margin = model.margins(embeddings, np.array(lexical, dtype=np.float64))
    return {key: float(value) for key, value in zip(keys, margin, strict=True)}
