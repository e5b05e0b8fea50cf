"""Incremental story clustering: each arriving article joins the best live story or starts a new one.

An article (a :class:`StoryItem`) is compared with every *live* story whose date (the mean date of its members) is
within ``settings.window_hours`` of the article's date. The score is a logistic model over these signals, with
the weights of :class:`ClusterTuning` (fitted on the even half of the AllSides roundups):

* embedding cosine of the article's title + lead to the story's centroid, to its core (the mean of its first
  ``core_members`` articles), to its nearest recent member and the mean cosine to its recent members. The mean
  (average linkage) carries most weight: one close member is not enough, so dense streams chain less; the core
  keeps a long story tied to what it started as; the nearest member lets a story drift as it develops;
* the cosine to the *farthest* of the story's latest ``farthest_members`` (3) members (session 7): complete linkage
  over the latest few, so an article must resemble each of them and two events of one topic chain less through
  one article that resembles both. Fitted on the even roundups it takes weight from the mean member (6.27 → 3.51);
  even half: spread 0.891 / fold-wise 0.921 → 0.891 / 0.935, no dates 0.789 / 0.803 → 0.802 / 0.804; held out
  (odd): spread 0.927 → 0.936, no dates 0.692 → 0.712 (all 0.827 → 0.833, 0.670 → 0.685). Bounded to the latest
  few members so it does not fall as a long story grows; still, on the bias corpus's first 8,000 articles stories
  of 10 or more articles went 18 → 13, over all 37,554 67 → 48 and lone articles 24,646 → 23,688 (no gold there
  to say which is right). Cost: AllSides dated 1,085 → 929 articles per CPU-second, undated 149 → 147 (best of
  3); bias corpus clustering 385 → 424 CPU s, clustering + embedding over embedding 1.161 → 1.178 (same machine);
* keyword cosine: TF-IDF over the article's full text (title + body), IDF counted incrementally over the
  stream in a fixed-size hashed table, each vector cut to its strongest terms — names, places and numbers that
  the short embedded text may miss;
* time: the gap between the article's date and the story's date, in windows;
* title cosine: the article's headline terms, IDF-weighted, against the story's headline terms (names, numbers);
* event day: whether the day the article's lead names ("on Tuesday", "yesterday", "Oct. 15",
  :mod:`storylens.stories.event_time`, resolved against its date; by weekday alone when undated) differs from
  every day its story's members name — consecutive events on one topic name different days;
* a prior: the log of the number of candidate stories (the more it could belong to, the less likely each one);
* shared actors: the share of the article's actors the story already has (only when actors are known). Computed,
  but at weight 0: with the actors the pipeline finds (spaCy, :func:`storylens.extract.actors.find_actors`) the
  former hand-set weight 1.0 lowered every held-out figure, and a fitted weight comes out negative (a topic's
  actors recur across its events, as its names do); see ``ClusterTuning.actor_weight``.

Signals computed and measured, but at weight 0 (refitting with them moved no held-out figure beyond the noise of
150 stories: ``storylens.evaluate.stories.CANDIDATE_SIGNALS_MEASURED``; ``python -m storylens.evaluate.stories
--signals ...`` re-measures): the IDF-weighted *names* of the lead (capitalised words inside sentences, numbers —
their fitted weight comes out negative, since the names of a topic recur across its events), the gap to the
story's *latest* article, the title embedded alone (``StoryItem.title_embedding``) against the story's titles,
an intercept for undated articles, and a margin rule (join only when the best story's logit leads the
runner-up's by ``ClusterTuning.margin``). On the AllSides roundups the lead embedding is the single best signal
for telling apart stories of one topic a few days apart (ROC AUC 0.85 over article pairs within 3 days whose
lead cosine exceeds 0.5; body TF-IDF 0.83, title embedding 0.79, names 0.72; all combined 0.88): what remains
is mostly beyond these signals.

If the best logit reaches the threshold's (``settings.threshold``) plus ``ClusterTuning.first_look_logit`` the
article joins that story, else it founds a new one. A story id is derived from the id of the article that founded
it, so re-running on the same input in the same order gives the same stories with the same ids (ties go to the
older story).

**Second look** (session 6). A single pass places each article once, so an article that arrives before the rest of
its story founds a story of its own and stays there. After each arrival the lone articles (stories of one) among
its ``second_look_stories`` best candidate stories are scored again against the live stories, and join the best
one when the logit reaches the threshold's plus ``second_look_logit`` (lower than the first look's: it is asked
after the story has grown). Deterministic, and bounded by the live window: at most ``second_look_stories`` extra
candidate scorings per arrival. It costs: on the 37,554 bias-corpus articles (most of its stories are lone articles)
clustering took 528 CPU s instead of 256 (``benchmarks/bench_stories.py --cache ... --stage cluster --no-memory
[--single-pass]``, both on a loaded machine), end-to-end / embedding CPU time 1.107 → 1.221; not reading the names
of leads while their weight is 0 brought it to 431 CPU s, 1.181 (a less loaded machine); AllSides dated 679 → 770
articles per CPU-second, undated 158 → 115. A stored
article's story may thus change while its story is live: :meth:`StoryClusterer.take_moves` lists the moves (article,
former story, new story; the former story, of one article, is gone). Measured on the even roundups and chosen there
(``storylens.evaluate.stories.CANDIDATE_SIGNALS_MEASURED``); held out (odd), general embedder: dates spread pairwise
F1 0.912 → 0.927, no dates 0.671 → 0.692 (all stories 0.823 → 0.827, 0.614 → 0.670). For the story encoder the
held-out dates-spread figure fell (0.919 → 0.915, though no dates rose 0.616 → 0.636), so its weights keep both
looks off. Also measured and dropped: re-checking the recent members of larger stories (leave-one-out) and moving
them, which found almost nothing to move — the single pass's placements are nearly all fixed points of its own
score, so its errors are the score's, not the arrival order's — and merging two live stories whose members score
high against each other (no gain at any merge level).

Keyword weighting and the time handling are hand-written rather than taken from scikit-learn's
``TfidfVectorizer``: a stream has no corpus to fit on, so document frequencies are counted as articles arrive.

Time, dates and the stream's clock:

* The clock is the ``clock_quorum``-th latest date seen so far, so one article with an absurd date (year 2050)
  cannot retire every story. Stories whose last date is more than ``window_hours + late_grace_hours`` behind the
  clock are retired: their vectors are dropped, their :class:`~storylens.records.Story` record is kept. Memory
  for vectors is thus bounded by the number of stories live in one window, and never exceeds
  ``max_live_stories`` (the stories longest without a new article go first); only the id → story map and the
  records grow with the stream.
* **Undated articles** do not move the clock and are compared with all live stories, with no time term (so the
  candidate prior asks more of their text when many stories are live). A story
  founded by an undated article has no dates until a dated article joins; meanwhile it is retired by the clock
  as of its last change.
* **Out-of-order articles** (older than the clock) are compared with the live stories within the window of their
  own date, and may join them (a story's first-seen date moves back). An article older than the retirement
  horizon cannot reach retired stories: it founds its own story, which is retired at the next arrival.
* **Articles without a title** are clustered on the embedding and text they have; they are never used as the
  label (a story without any titled article is labelled by its top keywords or actors).
* **An id given twice**: the second arrival is ignored (the first story's id is returned) and noted in
  :meth:`StoryClusterer.notes`.
* **An empty stream** gives no stories.
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
import io
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storylens.errors import SettingsError
from storylens.records import Article, SegmentKind, Story
from storylens.settings import StorySettings
from storylens.stories._time import format_hours, to_hours
from storylens.stories.event_time import EventTime, event_time

__all__ = [
    "FEATURES",
    "ClusterTuning",
    "StoryClusterer",
    "StoryItem",
    "cluster_stream",
    "embedding_text",
    "item_for_article",
    "lead_text",
    "story_id_for",
]

_TERM = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?", re.UNICODE)

Vector = npt.NDArray[np.float32]
_STATE_VERSION = 6


@dataclass(frozen=True, eq=False)
class StoryItem:
    """One article as the clusterer sees it.

    ``embedding`` is the unit-length sentence embedding of the title and lead (``Resources().embedder.embed``,
    computed by the caller in batches and cached); ``text`` is the text for keyword weighting (title and body);
    ``published`` is an ISO 8601 string or datetime, or None; ``actors`` are actor ids or names, if known;
    ``title_embedding`` is the embedding of the title alone, if computed (without it, the title-embedding signal
    compares the title + lead embedding instead).
    """

    article_id: str
    embedding: Vector
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | datetime | None = None
    actors: tuple[str, ...] = ()
    title_embedding: Vector | None = None


@dataclass(frozen=True)
class ClusterTuning:
    """How the similarity signals are weighed, and the clusterer's bounds.

    The score of an article against a story is a logistic model, ``1 / (1 + exp(-z))`` with ``z`` the weighted sum
    below, so ``settings.threshold = 0.5`` means "more likely in this story than not". The weights were fitted
    (scikit-learn ``LogisticRegression``, C=1) on the even-indexed AllSides roundups, both with spread dates and
    without dates (the two weighed equally), each article scored against the live stories of the gold clustering:
    ``python -m storylens.evaluate.stories --fit`` reproduces them (``storylens.evaluate.stories.fit_tuning``).
    ``actor_weight`` is not fitted (0, see there). The centroid and core weights come out equal
    because no AllSides story has more than ``core_members`` articles (core and centroid coincide there).

    Weaker regularisation (C=10 … 1000) lifts the no-dates figures (held out 0.657 → 0.69) but shifts the weight
    onto the mean member cosine (up to 20) with a *negative* nearest-member weight: with at most three articles a
    story, the AllSides data cannot show what that does to long stories, whose mean member cosine falls as they
    develop, so C=1 is kept.
    """

    intercept: float = -4.874
    # Cosine of the article's embedding to the story centroid, and to its nearest recent member.
    centroid_weight: float = 2.044
    nearest_weight: float = 1.504
    # Cosine of the article's TF-IDF keyword vector to the story's.
    keyword_weight: float = 0.972
    # Per window of gap between the article's date and the story's date (farther is less likely); 0 when either
    # has no date.
    gap_weight: float = -2.288
    # Per natural log of the number of candidate stories: the more stories an article could belong to, the less
    # likely any one of them is (a prior of ~1/N), so the more similarity it takes. An undated article is compared
    # with every live story and so needs more evidence than a dated one whose window holds a few.
    candidates_weight: float = -1.052
    # Share of the article's actors the story already has (when actors are known). 0: measured with the actors the
    # pipeline finds (spaCy + find_actors on title and body, ``python -m storylens.evaluate.stories --actors``), the
    # former hand-set 1.0 lowered AllSides held-out pairwise F1 — story encoder, dates spread 0.919 -> 0.908, no
    # dates 0.610 -> 0.585; general embedder 0.907 -> 0.906, 0.657 -> 0.630 — and a weight fitted on the even
    # stories comes out negative (-0.75: given the text, shared actors mean another event of one topic).
    actor_weight: float = 0.0
    # Cosine of the article's embedding to the story's core (the mean of its first ``core_members`` articles): a
    # story that has drifted through a chain of similar articles still has to match what it started as.
    core_weight: float = 2.044
    # Cosine of the article's title terms (IDF-weighted) to the story's title terms: names and numbers of headlines.
    title_weight: float = 0.646
    # Per natural log of the story's size. Measured but left at 0: the AllSides stories it would be fitted on have at
    # most three articles each, so the fitted weight (about -3.5) only learns that count.
    size_weight: float = 0.0
    # Mean cosine to the story's recent members (average linkage: one close member is not enough to chain on).
    mean_weight: float = 3.506
    # Cosine of the article's *names* (capitalised words inside sentences and numbers of its lead, IDF-weighted
    # over the stream so far) to the story's: the people, places and figures that tell one event from the next
    # on the same topic.
    names_weight: float = 0.0
    # Per window between the article's date and the story's latest article (a story that has gone quiet is less
    # likely to be continued than its mean date alone says); 0 when either has no date.
    last_gap_weight: float = 0.0
    # Cosine of the article's title embedding to the mean title embedding of the story.
    title_embedding_weight: float = 0.0
    # 1 for an undated article: its own intercept, as an undated article is compared with every live story.
    undated_weight: float = 0.0
    # Days between the event day the article's lead names and the nearest event day its story's members name
    # (:mod:`storylens.stories.event_time`; by weekday alone when either is undated), capped at
    # ``event_max_days`` and divided by it; 0 when either names none. With the cap at 1 day the signal is "names
    # another day": measured on the even roundups (fit on one fold, cluster the whole even stream, score the other
    # fold), caps of 1 / 2 / 3 days gave spread 0.927 / 0.914 / 0.912, undated 0.746 / 0.738 / 0.729 (without the
    # signal 0.893 / 0.682); a second signal "both name a day" added nothing (0.924 / 0.739).
    event_gap_weight: float = -1.726
    event_max_days: float = 1.0
    # Cosine of the article's embedding to the farthest of the story's ``farthest_members`` most recent members
    # (complete linkage over the latest few: an article must be close to each of them, so two events of one topic
    # chain less through one article that resembles both). Bounded to the latest few members so that the signal
    # does not fall as a long story grows.
    farthest_weight: float = 4.867
    farthest_members: int = 3
    # The article joins its best story only if that story's logit beats the runner-up's by this much; otherwise
    # it founds a story (an article that fits two stories equally well is often a third event on their topic).
    margin: float = 0.0
    # First and second look (session 6). On arrival an article joins its best story only if the logit reaches the
    # threshold's (``settings.threshold``: 0 at 0.5) plus ``first_look_logit``. After it is placed, the lone
    # articles (stories of one) among its ``second_look_stories`` best candidate stories are scored again against
    # every live story and join the best one if the logit reaches the threshold's plus ``second_look_logit``: an
    # article that arrived before the rest of its story, or hesitated on arrival, is placed again once its story
    # has grown. ``second_look_stories`` 0 turns the second look off. Chosen on the even roundups (shipped weights,
    # and weights fitted fold-wise; both embedders): first 0.619 (score 0.65 at threshold 0.5), second -0.25,
    # 3 stories — see ``storylens.evaluate.stories.CANDIDATE_SIGNALS_MEASURED``.
    first_look_logit: float = 0.619
    second_look_stories: int = 3
    second_look_logit: float = -0.25
    # Characters of the body read for names (the lead: where an article names its event).
    name_chars: int = 600
    core_members: int = 3
    # Recent members kept per story for the nearest-member similarity.
    nearest_members: int = 16
    # Strongest terms kept per article and per story keyword vector.
    item_keywords: int = 60
    story_keywords: int = 200
    # Hashed term table for document frequencies: fixed memory whatever the vocabulary.
    hash_features: int = 1 << 20
    # The clock is the n-th latest date seen (robust to a few absurd dates).
    clock_quorum: int = 3
    # Extra hours a story stays live after its window closed, for late (out-of-order) articles.
    late_grace_hours: float = 24.0
    # Titled members considered for the label (the first ones: a story's label should not flicker).
    label_candidates: int = 16
    # At most this many live stories: beyond it, those that went longest without a new article are retired. The
    # clock retires dated stories; this bounds memory and time when the clock cannot move (a run of undated
    # articles, each compared with every live story).
    max_live_stories: int = 1000

    def scores(self, features: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The logistic score of each row of signals (columns in the order of ``FEATURES``)."""
        logits = self.intercept + features @ _weights(self)
        result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
        return result

    def with_weights(self, intercept: float, weights: Iterable[float]) -> ClusterTuning:
        """A copy with the intercept and the weights of ``FEATURES`` (in that order) replaced."""
        changes: dict[str, Any] = {
            f"{feature}_weight": weight for feature, weight in zip(FEATURES, weights, strict=True)
        }
        return dataclasses.replace(self, intercept=intercept, **changes)


FEATURES = (
    "centroid",
    "nearest",
    "core",
    "keyword",
    "title",
    "gap",
    "candidates",
    "actor",
    "size",
    "mean",
    "names",
    "last_gap",
    "title_embedding",
    "undated",
    "event_gap",
    "farthest",
)
_COLUMN = {name: position for position, name in enumerate(FEATURES)}


def _weights(tuning: ClusterTuning) -> npt.NDArray[np.float64]:
    return np.array(
        [
            tuning.centroid_weight,
            tuning.nearest_weight,
            tuning.core_weight,
            tuning.keyword_weight,
            tuning.title_weight,
            tuning.gap_weight,
            tuning.candidates_weight,
            tuning.actor_weight,
            tuning.size_weight,
            tuning.mean_weight,
            tuning.names_weight,
            tuning.last_gap_weight,
            tuning.title_embedding_weight,
            tuning.undated_weight,
            tuning.event_gap_weight,
            tuning.farthest_weight,
        ]
    )


def lead_text(title: str | None, body: str, lead_chars: int) -> str:
    """The text to embed for an article: its title, then the body's first ``lead_chars`` characters, cut at a
    word boundary (the embedder reads 128 tokens at most, so more would be truncated anyway)."""
    lead = " ".join(body.split())
    if len(lead) > lead_chars:
        cut = lead.rfind(" ", 0, lead_chars + 1)
        lead = lead[: cut if cut > 0 else lead_chars]
    title = " ".join((title or "").split())
    return f"{title}\n{lead}" if title else lead


def _body(article: Article) -> str:
    body_kinds = {SegmentKind.DEK, SegmentKind.HEADING, SegmentKind.PARAGRAPH}
    return "\n".join(segment.text for segment in article.segments if segment.kind in body_kinds)


def embedding_text(article: Article, lead_chars: int) -> str:
    """:func:`lead_text` of a cleaned article (title, then dek, headings and paragraphs; boilerplate left out)."""
    return lead_text(article.title, _body(article), lead_chars)


def item_for_article(article: Article, embedding: Vector, actors: tuple[str, ...] = ()) -> StoryItem:
    """The :class:`StoryItem` of a cleaned article, given the embedding of its :func:`embedding_text`."""
    title = article.title or ""
    return StoryItem(
        article_id=article.id,
        embedding=embedding,
        text=f"{title}\n{_body(article)}" if title else _body(article),
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        actors=actors,
    )


def story_id_for(founding_article_id: str) -> str:
    """The id of the story founded by an article: stable across runs and processes."""
    digest = hashlib.sha1(founding_article_id.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"story-{digest[:16]}"


@dataclass(frozen=True, eq=False)
class _ArticleSignals:
    """What an arriving article is compared with live stories by (see :meth:`StoryClusterer.add`)."""

    embedding: Vector
    keywords: dict[int, float]
    title_terms: dict[int, float]
    names: dict[int, float]
    title_embedding: Vector
    actors: tuple[str, ...]
    hours: float | None
    event: EventTime | None = None


@dataclass
class _LiveStory:
    """What a live story keeps to be compared with new articles (dropped when it retires)."""

    id: str
    rank: int
    articles: list[str]
    outlets: list[str]
    first_hours: float | None
    last_hours: float | None
    # Sum and count of the dated members' dates: the story's date is their mean.
    hours_sum: float
    dated: int
    anchor_hours: float | None  # what the clock compares with to retire it
    last_arrival: int  # arrival number of its latest article
    embedding_sum: Vector
    recent: list[Vector]
    keyword_sum: dict[int, float]
    keyword_vector: dict[int, float]
    term_names: dict[int, str]
    core_sum: Vector
    core_count: int
    title_sum: dict[int, float]
    name_sum: dict[int, float]
    title_embedding_sum: Vector
    actors: Counter[str]
    # (day, weekday) of the event each recent member's lead names (see event_time), for the event-gap signal.
    events: list[tuple[int | None, int | None]] = field(default_factory=list)
    label_candidates: list[tuple[str, Vector]] = field(default_factory=list)
    # Derived from the fields above by refresh(), so scoring a new article does no per-story arithmetic.
    centroid: Vector = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    recent_matrix: Vector = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    core: Vector = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    title_vector: dict[int, float] = field(default_factory=dict)
    name_vector: dict[int, float] = field(default_factory=dict)
    title_centroid: Vector = field(default_factory=lambda: np.zeros(0, dtype=np.float32))

    def gap_to(self, hours: float | None) -> float | None:
        """Hours between a date and the story's date (the mean of its members' dates); None if either is unknown.

        Measured to the mean rather than to the first–last span, so a story cannot creep forward day after day
        through a chain of articles each a little later than the last (a span only ever grows).
        """
        if hours is None or self.dated == 0:
            return None
        return abs(hours - self.hours_sum / self.dated)

    def refresh(self) -> None:
        norm = float(np.linalg.norm(self.embedding_sum))
        self.centroid = self.embedding_sum / norm if norm > 0 else self.embedding_sum
        self.recent_matrix = np.array(self.recent, dtype=np.float32)
        core_norm = float(np.linalg.norm(self.core_sum))
        self.core = self.core_sum / core_norm if core_norm > 0 else self.core_sum
        self.title_vector = _normalised(self.title_sum)
        self.name_vector = _normalised(self.name_sum)
        title_embedding_norm = float(np.linalg.norm(self.title_embedding_sum))
        self.title_centroid = (
            self.title_embedding_sum / title_embedding_norm if title_embedding_norm > 0 else self.title_embedding_sum
        )

    def last_gap_to(self, hours: float | None) -> float | None:
        """Hours between a date and the story's latest article; None if either is unknown."""
        if hours is None or self.last_hours is None:
            return None
        return abs(hours - self.last_hours)


class StoryClusterer:
    """Groups a stream of :class:`StoryItem` into stories, one article at a time. See the module docstring."""

    #: Whether signals of weight 0 are computed too (a subclass that fits the weights needs them).
    reads_every_signal = False

    def __init__(self, settings: StorySettings, tuning: ClusterTuning | None = None) -> None:
        self.settings = settings
        self.tuning = tuning or ClusterTuning()
        self._live: list[_LiveStory] = []
        self._retired: list[tuple[int, Story]] = []  # (founding rank, record)
        self._story_of: dict[str, str] = {}
        self._notes: list[str] = []
        self._latest_dates: list[float] = []  # min-heap of the clock_quorum latest dates
        self._document_frequency = np.zeros(self.tuning.hash_features, dtype=np.int32)
        self._documents = 0
        self._stories_made = 0
        self._arrivals = 0
        self._moves: list[tuple[str, str, str]] = []

    # -- the stream ---------------------------------------------------------------------------------------------

    @property
    def clock(self) -> float | None:
        """The stream's clock in hours since the epoch (None before the first dated article)."""
        return self._latest_dates[0] if self._latest_dates else None

    def add(self, item: StoryItem) -> str:
        """Assign ``item`` to a story and return the story's id."""
        known = self._story_of.get(item.article_id)
        if known is not None:
            self._notes.append(f"article {item.article_id!r} given again: ignored, it stays in {known}")
            return known
        self._arrivals += 1
        hours = to_hours(item.published)
        if hours is not None:
            self._advance_clock(hours)
        self._retire()
        signals, names = self._signals(item, hours)
        candidates, features = self._candidate_features(signals)
        best = self._choose(item, candidates, features)
        if best is None:
            best = self._found(item.article_id, signals.embedding.shape[0])
        self._join(best, item, signals, names)
        self._story_of[item.article_id] = best.id
        if self.tuning.second_look_stories > 0 and candidates:
            self._second_look(best, candidates, features)
        return self._story_of[item.article_id]

    def stories(self) -> tuple[Story, ...]:
        """Every story so far, retired and live, in the order they were founded."""
        ranked = self._retired + [(story.rank, self._record(story)) for story in self._live]
        return tuple(record for _, record in sorted(ranked, key=lambda pair: pair[0]))

    def story_of(self, article_id: str) -> str | None:
        """The story an article was put in, or None if it was never added."""
        return self._story_of.get(article_id)

    def take_moves(self) -> tuple[tuple[str, str, str], ...]:
        """The articles moved by a second look since the last call, as (article id, former story id, new story id),
        in the order they moved; the former story no longer exists. A caller that stores each article's story
        (the pipeline) applies these after every batch of :meth:`add` calls."""
        moves, self._moves = tuple(self._moves), []
        return moves

    def notes(self) -> tuple[str, ...]:
        """What was ignored and why (ids given twice)."""
        return tuple(self._notes)

    @property
    def live_count(self) -> int:
        """How many stories are live (their vectors kept)."""
        return len(self._live)

    # -- state --------------------------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The live part of the clusterer (numpy ``.npz``): clock, document frequencies, live stories' vectors.

        Retired stories are not in it (their records are the caller's to store): a clusterer restored with
        :meth:`from_bytes` continues the stream exactly, and its :meth:`stories` lists the stories live when it was
        saved and those founded since.
        """
        live = self._live
        nonzero = np.flatnonzero(self._document_frequency)
        header = {
            "version": _STATE_VERSION,
            "settings": dataclasses.asdict(self.settings),
            "tuning": dataclasses.asdict(self.tuning),
            "latest_dates": self._latest_dates,
            "documents": self._documents,
            "stories_made": self._stories_made,
            "arrivals": self._arrivals,
            "stories": [
                {
                    "id": s.id,
                    "rank": s.rank,
                    "articles": s.articles,
                    "outlets": s.outlets,
                    "first_hours": s.first_hours,
                    "last_hours": s.last_hours,
                    "hours_sum": s.hours_sum,
                    "dated": s.dated,
                    "anchor_hours": s.anchor_hours,
                    "last_arrival": s.last_arrival,
                    "recent": len(s.recent),
                    "keyword_sum": [[k, w] for k, w in s.keyword_sum.items()],
                    "term_names": [[k, name] for k, name in s.term_names.items()],
                    "core_count": s.core_count,
                    "title_sum": [[k, w] for k, w in s.title_sum.items()],
                    "name_sum": [[k, w] for k, w in s.name_sum.items()],
                    "actors": sorted(s.actors.items()),
                    "events": [list(event) for event in s.events],
                    "titles": [title for title, _ in s.label_candidates],
                }
                for s in live
            ],
        }
        dimension = live[0].embedding_sum.shape[0] if live else 0
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            header=np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8),
            df_keys=nonzero.astype(np.int64),
            df_counts=self._document_frequency[nonzero],
            sums=np.array([s.embedding_sum for s in live], dtype=np.float32).reshape(len(live), dimension),
            cores=np.array([s.core_sum for s in live], dtype=np.float32).reshape(len(live), dimension),
            title_sums=np.array([s.title_embedding_sum for s in live], dtype=np.float32).reshape(len(live), dimension),
            recent=_stack([v for s in live for v in s.recent], dimension),
            candidates=_stack([v for s in live for _, v in s.label_candidates], dimension),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, settings: StorySettings, blob: bytes, tuning: ClusterTuning | None = None) -> StoryClusterer:
        """A clusterer restored from :meth:`to_bytes`; refuses a state made with other settings.

        With ``tuning`` given, it also refuses a state saved with other weights: weights belong to one embedding
        model (:data:`storylens.stories.encoder.STORY_ENCODER_TUNING`), and the saved story vectors to the model
        they were made with, so a changed model means re-clustering. Without it, the saved weights are used.
        """
        with np.load(io.BytesIO(blob), allow_pickle=False) as data:
            header = json.loads(bytes(data["header"]).decode("utf-8"))
            arrays = {
                name: data[name]
                for name in ("df_keys", "df_counts", "sums", "cores", "title_sums", "recent", "candidates")
            }
        if header.get("version") != _STATE_VERSION or header.get("settings") != json.loads(
            json.dumps(dataclasses.asdict(settings))
        ):
            raise SettingsError("story clusterer state was saved with other settings: re-cluster the stored articles")
        if tuning is not None and header.get("tuning") != json.loads(json.dumps(dataclasses.asdict(tuning))):
            raise SettingsError(
                "story clusterer state was saved with other weights (another embedding model?): "
                "re-cluster the stored articles"
            )
        tuning = ClusterTuning(**header["tuning"])
        clusterer = cls(settings, tuning)
        clusterer._latest_dates = [float(h) for h in header["latest_dates"]]
        heapq.heapify(clusterer._latest_dates)
        clusterer._documents = int(header["documents"])
        clusterer._stories_made = int(header["stories_made"])
        clusterer._arrivals = int(header["arrivals"])
        clusterer._document_frequency[arrays["df_keys"]] = arrays["df_counts"]
        recent_at = candidate_at = 0
        for row, entry in enumerate(header["stories"]):
            titles = entry["titles"]
            keyword_sum = {int(k): float(w) for k, w in entry["keyword_sum"]}
            story = _LiveStory(
                id=entry["id"],
                rank=int(entry["rank"]),
                articles=list(entry["articles"]),
                outlets=list(entry["outlets"]),
                first_hours=entry["first_hours"],
                last_hours=entry["last_hours"],
                hours_sum=float(entry["hours_sum"]),
                dated=int(entry["dated"]),
                anchor_hours=entry["anchor_hours"],
                last_arrival=int(entry["last_arrival"]),
                embedding_sum=arrays["sums"][row].copy(),
                recent=list(arrays["recent"][recent_at : recent_at + entry["recent"]]),
                keyword_sum=keyword_sum,
                keyword_vector=_strongest(keyword_sum, tuning.story_keywords),
                term_names={int(k): str(name) for k, name in entry["term_names"]},
                core_sum=arrays["cores"][row].copy(),
                core_count=int(entry["core_count"]),
                title_sum={int(k): float(w) for k, w in entry["title_sum"]},
                name_sum={int(k): float(w) for k, w in entry["name_sum"]},
                title_embedding_sum=arrays["title_sums"][row].copy(),
                actors=Counter({str(a): int(n) for a, n in entry["actors"]}),
                events=[(day, weekday) for day, weekday in entry["events"]],
                label_candidates=list(
                    zip(titles, arrays["candidates"][candidate_at : candidate_at + len(titles)], strict=True)
                ),
            )
            recent_at += entry["recent"]
            candidate_at += len(titles)
            story.refresh()
            clusterer._live.append(story)
            clusterer._story_of.update(dict.fromkeys(story.articles, story.id))
        return clusterer

    # -- internals ----------------------------------------------------------------------------------------------

    def _advance_clock(self, hours: float) -> None:
        quorum = max(1, self.tuning.clock_quorum)
        if len(self._latest_dates) < quorum:
            heapq.heappush(self._latest_dates, hours)
        elif hours > self._latest_dates[0]:
            heapq.heapreplace(self._latest_dates, hours)

    def _retire(self) -> None:
        clock = self.clock
        if clock is not None:
            horizon = clock - self.settings.window_hours - self.tuning.late_grace_hours
            keep: list[_LiveStory] = []
            for story in self._live:
                if story.anchor_hours is None:
                    story.anchor_hours = clock  # an undated story meets its first clock
                if story.anchor_hours < horizon:
                    self._retired.append((story.rank, self._record(story)))
                else:
                    keep.append(story)
            self._live = keep
        surplus = len(self._live) - max(1, self.tuning.max_live_stories) + 1  # room for a new story
        if surplus > 0:
            idle = sorted(self._live, key=lambda story: (story.last_arrival, story.rank))[:surplus]
            for story in idle:
                self._retired.append((story.rank, self._record(story)))
            idle_ids = {story.id for story in idle}
            self._live = [story for story in self._live if story.id not in idle_ids]

    def _signals(self, item: StoryItem, hours: float | None) -> tuple[_ArticleSignals, dict[int, str]]:
        """What ``item`` (dated ``hours``, from its ``published``) is compared with the live stories by, and its
        keywords' readable names (counts the item in the stream's document frequencies)."""
        embedding = np.asarray(item.embedding, dtype=np.float32).reshape(-1)
        keywords, names = self._keywords(item.text or item.title or "")
        title_embedding = (
            embedding
            if item.title_embedding is None
            else np.asarray(item.title_embedding, dtype=np.float32).reshape(-1)
        )
        signals = _ArticleSignals(
            embedding=embedding,
            keywords=keywords,
            title_terms=self._title_terms(item.title or ""),
            # Names weigh nothing in the shipped weights: not read then (a fifth of the clusterer's time).
            names=self._name_terms(item) if self.tuning.names_weight != 0 or self.reads_every_signal else {},
            title_embedding=title_embedding,
            actors=item.actors,
            hours=hours,
            event=event_time(_lead_of(item, self.tuning.name_chars), hours),
        )
        return signals, names

    def _keywords(self, text: str) -> tuple[dict[int, float], dict[int, str]]:
        """The article's strongest TF-IDF terms (hashed), L2-normalised, and the terms' readable names.

        Counting is done on whole strings (``Counter`` over ``findall``) and weighting with numpy: a per-word Python
        loop made this the slowest step of the clusterer.
        """
        features = self.tuning.hash_features
        counts = Counter(_TERM.findall(text.lower().replace("’", "'")))
        terms = [t for t in counts if len(t) > 1 and t not in ENGLISH_STOP_WORDS]
        self._documents += 1
        if not terms:
            return {}, {}
        keys = np.fromiter((zlib.crc32(t.encode("utf-8")) % features for t in terms), dtype=np.int64, count=len(terms))
        # Two terms may share a hashed key: count the key once for document frequency.
        unique_keys = np.unique(keys)
        self._document_frequency[unique_keys] += 1
        term_counts = np.fromiter((counts[t] for t in terms), dtype=np.float64, count=len(terms))
        idf = np.log((1 + self._documents) / (1.0 + self._document_frequency[keys])) + 1.0
        weights = (1.0 + np.log(term_counts)) * idf
        keep = self.tuning.item_keywords
        # Highest weight first, ties by key, so the choice never depends on the order words were counted in.
        chosen = np.lexsort((keys, -weights))[:keep]
        top: dict[int, float] = {}
        names: dict[int, str] = {}
        for position in chosen.tolist():
            key = int(keys[position])
            top[key] = top.get(key, 0.0) + float(weights[position])
            names.setdefault(key, terms[position])
        norm = math.sqrt(sum(w * w for w in top.values()))
        return {k: w / norm for k, w in top.items()}, names

    def _title_terms(self, title: str) -> dict[int, float]:
        """The title's terms (hashed), each weighted by its IDF, L2-normalised.

        Called after :meth:`_keywords` counted the article (title included) in the document frequencies.
        """
        terms = _TERM.findall(title.lower().replace("’", "'"))
        return self._idf_vector(t for t in terms if len(t) > 1 and t not in ENGLISH_STOP_WORDS)

    def _name_terms(self, item: StoryItem) -> dict[int, float]:
        """The names of the article's lead (hashed), each weighted by its IDF, L2-normalised.

        A name is a word written with a capital inside a sentence (not its first word), or a word with a digit.
        Headlines capitalise every word, so only their numbers count. Called after :meth:`_keywords` counted the
        article in the document frequencies.
        """
        title = item.title or ""
        text = item.text or ""
        body = text[len(title) :] if title and text.startswith(title) else text
        lead = body[: self.tuning.name_chars]
        found = {term for term in _TERM.findall(title.replace("’", "'")) if any(c.isdigit() for c in term)}
        for match in _TERM.finditer(lead.replace("’", "'")):
            term = match.group()
            if any(c.isdigit() for c in term):
                found.add(term)
                continue
            if not term[0].isupper():
                continue
            before = lead[max(0, match.start() - 3) : match.start()].rstrip(" \t\"'“‘(")
            if before and before[-1] not in ".!?:\n":
                found.add(term)
        terms = {_possessive_free(term.lower()) for term in found}
        return self._idf_vector(t for t in terms if len(t) > 1 and t not in ENGLISH_STOP_WORDS)

    def _idf_vector(self, terms: Iterable[str]) -> dict[int, float]:
        """Each distinct term (hashed) weighted by its IDF over the stream so far, L2-normalised."""
        features = self.tuning.hash_features
        weights: dict[int, float] = {}
        for term in sorted(set(terms)):
            key = zlib.crc32(term.encode("utf-8")) % features
            idf = math.log((1 + self._documents) / (1.0 + self._document_frequency[key])) + 1.0
            weights[key] = weights.get(key, 0.0) + idf
        return _normalised(weights)

    def _candidate_features(
        self, article: _ArticleSignals, stories: list[_LiveStory] | None = None, floor: float | None = None
    ) -> tuple[list[_LiveStory], npt.NDArray[np.float64]]:
        """The live stories (or ``stories``) within the article's window and their signals, one row each (columns:
        ``FEATURES``). With ``floor``, only the stories whose logit can reach it: the embedding and time signals are
        computed for all, and the word signals (each between 0 and 1) only where they could lift the logit to the
        floor — exact, and the word signals' Python loops are the costly part when many stories are live."""
        window = self.settings.window_hours
        hours = article.hours
        candidates: list[_LiveStory] = []
        gaps: list[float] = []
        last_gaps: list[float] = []
        for story in self._live if stories is None else stories:
            gap = story.gap_to(hours)
            if gap is None or gap <= window:
                candidates.append(story)
                gaps.append(math.nan if gap is None else gap)
                last_gap = story.last_gap_to(hours)
                last_gaps.append(0.0 if last_gap is None else last_gap)
        features = np.zeros((len(candidates), len(FEATURES)), dtype=np.float64)
        if not candidates:
            return candidates, features
        column = _COLUMN
        embedding = article.embedding
        # Embedding similarities for every candidate at once: centroids, cores, each story's nearest recent member.
        features[:, column["centroid"]] = np.stack([story.centroid for story in candidates]) @ embedding
        members = np.concatenate([story.recent_matrix for story in candidates])
        starts = np.cumsum([0] + [len(story.recent) for story in candidates[:-1]])
        member_cos = members @ embedding
        features[:, column["nearest"]] = np.maximum.reduceat(member_cos, starts)
        features[:, column["mean"]] = np.add.reduceat(member_cos, starts) / np.array(
            [len(story.recent) for story in candidates]
        )
        # The farthest of each story's latest ``farthest_members`` members: the other members are masked out.
        sizes = np.array([len(story.recent) for story in candidates])
        latest = np.repeat(starts + sizes - np.minimum(sizes, max(1, self.tuning.farthest_members)), sizes)
        in_latest = np.arange(len(member_cos)) >= latest
        features[:, column["farthest"]] = np.minimum.reduceat(np.where(in_latest, member_cos, np.inf), starts)
        features[:, column["core"]] = np.stack([story.core for story in candidates]) @ embedding
        features[:, column["title_embedding"]] = (
            np.stack([story.title_centroid for story in candidates]) @ article.title_embedding
        )
        if window > 0:
            gap_array = np.asarray(gaps)
            features[:, column["gap"]] = np.where(np.isnan(gap_array), 0.0, gap_array) / window
            features[:, column["last_gap"]] = np.asarray(last_gaps) / window
        features[:, column["candidates"]] = math.log(len(candidates))
        features[:, column["undated"]] = 1.0 if hours is None else 0.0
        features[:, column["size"]] = np.log([len(story.articles) for story in candidates])
        if floor is not None:
            weights = _weights(self.tuning)
            word_columns = [column[name] for name in ("keyword", "title", "names", "actor", "event_gap")]
            ceiling = self.tuning.intercept + features @ weights + float(np.maximum(weights[word_columns], 0).sum())
            reachable = np.flatnonzero(ceiling >= floor - 1e-9)
            candidates = [candidates[i] for i in reachable.tolist()]
            features = features[reachable]
        if article.event is not None:
            for position, story in enumerate(candidates):
                days = _event_gap_days(article.event, story.events)
                if days is not None:
                    features[position, column["event_gap"]] = min(days, self.tuning.event_max_days) / max(
                        self.tuning.event_max_days, 1e-9
                    )
        actor_set = set(article.actors)
        for position, story in enumerate(candidates):
            row = features[position]
            row[column["keyword"]] = _dot(article.keywords, story.keyword_vector)
            row[column["title"]] = _dot(article.title_terms, story.title_vector)
            row[column["names"]] = _dot(article.names, story.name_vector)
            if actor_set and story.actors:
                row[column["actor"]] = sum(1 for a in actor_set if a in story.actors) / len(actor_set)
        return candidates, features

    def _choose(
        self, item: StoryItem, candidates: list[_LiveStory], features: npt.NDArray[np.float64]
    ) -> _LiveStory | None:
        """The best-scoring candidate if its logit reaches the threshold's plus ``first_look_logit``, else None (the
        article founds a story).

        A subclass may choose otherwise (the evaluation fits the weights by following the gold stories).
        """
        if not candidates:
            return None
        logits = self.tuning.intercept + features @ _weights(self.tuning)
        best = int(np.argmax(logits))  # the first best: ties go to the older story
        if logits[best] < self._threshold_logit() + self.tuning.first_look_logit:
            return None
        if self.tuning.margin > 0 and len(candidates) > 1:
            runner_up = float(np.max(np.delete(logits, best)))
            if logits[best] - runner_up < self.tuning.margin:
                return None
        return candidates[best]

    def _second_look(self, placed: _LiveStory, candidates: list[_LiveStory], features: npt.NDArray[np.float64]) -> None:
        """Score again the lone articles among the arriving article's best candidate stories (``placed`` is where it
        went): each joins the live story it now scores best with, if that reaches ``second_look_logit``.

        Bounded: at most ``second_look_stories`` lone articles per arrival, each scored against the live stories of
        its window (one more candidate scoring each). Only stories of one article are reconsidered, because their
        signals are exactly their article's; a larger story's sums cannot give back one member's.
        """
        tuning = self.tuning
        logits = tuning.intercept + features @ _weights(tuning)
        order = np.argsort(-logits, kind="stable")[: tuning.second_look_stories]
        lone = [
            candidates[i] for i in order.tolist() if candidates[i] is not placed and len(candidates[i].articles) == 1
        ]
        for story in lone:
            if not any(live is story for live in self._live) or len(story.articles) != 1:
                continue
            others = [live for live in self._live if live is not story]
            item, signals, names = self._lone_member(story)
            bar = self._threshold_logit() + tuning.second_look_logit
            options, option_features = self._candidate_features(signals, others, floor=bar)
            if not options:
                continue
            option_logits = tuning.intercept + option_features @ _weights(tuning)
            best = int(np.argmax(option_logits))  # the first best: ties go to the older story
            if option_logits[best] < bar:
                continue
            target = options[best]
            self._live = others
            self._join(target, item, signals, names)
            self._story_of[item.article_id] = target.id
            self._moves.append((item.article_id, story.id, target.id))

    def _threshold_logit(self) -> float:
        """The logit of ``settings.threshold`` (0 at 0.5), kept finite at 0 and 1."""
        threshold = min(max(self.settings.threshold, 1e-9), 1 - 1e-9)
        return math.log(threshold / (1 - threshold))

    def _lone_member(self, story: _LiveStory) -> tuple[StoryItem, _ArticleSignals, dict[int, str]]:
        """The article of a story of one, as :meth:`_join` takes it: a story of one keeps exactly its signals."""
        embedding = story.embedding_sum
        events = story.events[0] if story.events else None
        item = StoryItem(
            article_id=story.articles[0],
            embedding=embedding,
            title=story.label_candidates[0][0] if story.label_candidates else None,
            outlet=story.outlets[0] if story.outlets else None,
            actors=tuple(sorted(story.actors)),
        )
        signals = _ArticleSignals(
            embedding=embedding,
            keywords=dict(story.keyword_sum),
            title_terms=dict(story.title_sum),
            names=dict(story.name_sum),
            title_embedding=story.title_embedding_sum,
            actors=item.actors,
            hours=story.first_hours,
            event=None if events is None else EventTime(day=events[0], weekday=events[1]),
        )
        return item, signals, dict(story.term_names)

    def _found(self, article_id: str, dimension: int) -> _LiveStory:
        story = _LiveStory(
            id=story_id_for(article_id),
            rank=self._stories_made,
            articles=[],
            outlets=[],
            first_hours=None,
            last_hours=None,
            hours_sum=0.0,
            dated=0,
            anchor_hours=self.clock,
            last_arrival=self._arrivals,
            embedding_sum=np.zeros(dimension, dtype=np.float32),
            recent=[],
            keyword_sum={},
            keyword_vector={},
            term_names={},
            core_sum=np.zeros(dimension, dtype=np.float32),
            core_count=0,
            title_sum={},
            name_sum={},
            title_embedding_sum=np.zeros(dimension, dtype=np.float32),
            actors=Counter(),
        )
        self._stories_made += 1
        self._live.append(story)
        return story

    def _join(self, story: _LiveStory, item: StoryItem, article: _ArticleSignals, names: dict[int, str]) -> None:
        tuning = self.tuning
        embedding, keywords, hours = article.embedding, article.keywords, article.hours
        story.articles.append(item.article_id)
        story.last_arrival = self._arrivals
        if item.outlet and item.outlet not in story.outlets:
            story.outlets.append(item.outlet)
        if hours is not None:
            story.first_hours = hours if story.first_hours is None else min(story.first_hours, hours)
            story.last_hours = hours if story.last_hours is None else max(story.last_hours, hours)
            story.hours_sum += hours
            story.dated += 1
        story.anchor_hours = story.last_hours if story.last_hours is not None else self.clock
        story.embedding_sum = story.embedding_sum + embedding
        story.recent.append(embedding)
        del story.recent[: -tuning.nearest_members]
        if story.core_count < tuning.core_members:
            story.core_sum = story.core_sum + embedding
            story.core_count += 1
        for key, weight in article.title_terms.items():
            story.title_sum[key] = story.title_sum.get(key, 0.0) + weight
        # Bounded like the keyword sum: a long story's headlines keep their strongest terms only.
        story.title_sum = _strongest_raw(story.title_sum, 2 * tuning.story_keywords)
        for key, weight in article.names.items():
            story.name_sum[key] = story.name_sum.get(key, 0.0) + weight
        story.name_sum = _strongest_raw(story.name_sum, 2 * tuning.story_keywords)
        story.title_embedding_sum = story.title_embedding_sum + article.title_embedding
        for key, weight in keywords.items():
            story.keyword_sum[key] = story.keyword_sum.get(key, 0.0) + weight
        story.term_names.update(names)
        # Keep twice the scored terms in the running sum, so a term can climb back into the top later.
        story.keyword_sum = _strongest_raw(story.keyword_sum, 2 * tuning.story_keywords)
        story.term_names = {k: story.term_names[k] for k in story.keyword_sum if k in story.term_names}
        story.keyword_vector = _strongest(story.keyword_sum, tuning.story_keywords)
        story.actors.update(set(item.actors))
        if article.event is not None:
            story.events.append((article.event.day, article.event.weekday))
            del story.events[: -tuning.nearest_members]
        story.refresh()
        title = (item.title or "").strip()
        if title and len(story.label_candidates) < tuning.label_candidates:
            story.label_candidates.append((title, embedding))

    def _record(self, story: _LiveStory) -> Story:
        return Story(
            id=story.id,
            label=self._label(story),
            articles=tuple(story.articles),
            first_seen=format_hours(story.first_hours),
            last_seen=format_hours(story.last_hours),
            outlets=tuple(sorted(story.outlets)),
        )

    def _label(self, story: _LiveStory) -> str:
        """The most central headline; without headlines, the top actors and keywords."""
        if story.label_candidates:
            centroid = story.centroid
            scores = [float(vector @ centroid) for _, vector in story.label_candidates]
            return story.label_candidates[int(np.argmax(scores))][0]
        actors = [name for name, _ in sorted(story.actors.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
        ranked = sorted(story.keyword_vector.items(), key=lambda kv: (-kv[1], kv[0]))
        terms = [story.term_names[k] for k, _ in ranked if k in story.term_names][: 5 - len(actors) if actors else 5]
        words = actors + [t for t in terms if t not in {a.lower() for a in actors}]
        return ", ".join(words) if words else "(untitled story)"


def _lead_of(item: StoryItem, chars: int) -> str:
    """The article's title and the first ``chars`` characters of its body (where a lead names its event)."""
    title = item.title or ""
    text = item.text or ""
    body = text[len(title) :] if title and text.startswith(title) else text
    return f"{title}\n{body[:chars]}" if title else body[:chars]


def _event_gap_days(event: EventTime, members: list[tuple[int | None, int | None]]) -> float | None:
    """Days from ``event`` to the nearest of a story's member events: by day when both have one, else by weekday
    (the shorter way round the week); None when no member's event can be compared."""
    best: float | None = None
    for day, weekday in members:
        if event.day is not None and day is not None:
            gap = float(abs(event.day - day))
        elif event.weekday is not None and weekday is not None:
            apart = abs(event.weekday - weekday)
            gap = float(min(apart, 7 - apart))
        else:
            continue
        best = gap if best is None else min(best, gap)
    return best


def _dot(sparse: dict[int, float], other: dict[int, float]) -> float:
    """Dot product of two sparse vectors (iterating over the first, which should be the shorter)."""
    return sum(weight * other.get(key, 0.0) for key, weight in sparse.items())


def _normalised(weights: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {k: w / norm for k, w in weights.items()} if norm > 0 else {}


def _possessive_free(term: str) -> str:
    return term[:-2] if term.endswith("'s") else term


def _stack(vectors: list[Vector], dimension: int) -> Vector:
    return np.array(vectors, dtype=np.float32).reshape(len(vectors), dimension)


def _strongest_raw(weights: dict[int, float], keep: int) -> dict[int, float]:
    """The ``keep`` largest weights (ties by key, for determinism), unnormalised."""
    if len(weights) <= keep:
        return weights
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])


def _strongest(weights: dict[int, float], keep: int) -> dict[int, float]:
    """The ``keep`` largest weights, L2-normalised."""
    top = _strongest_raw(weights, keep)
    norm = math.sqrt(sum(w * w for w in top.values()))
    return {k: w / norm for k, w in top.items()} if norm > 0 else {}


def cluster_stream(
    items: Iterable[StoryItem], settings: StorySettings, tuning: ClusterTuning | None = None
) -> tuple[Story, ...]:
    """Cluster ``items`` in the order given and return the stories (see :class:`StoryClusterer`)."""
    clusterer = StoryClusterer(settings, tuning)
    for item in items:
        clusterer.add(item)
    return clusterer.stories()
