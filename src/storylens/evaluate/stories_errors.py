"""Where story clustering goes wrong on the AllSides roundups: every wrong pair, described.

A clustering is wrong about a pair of articles in two ways: a *false merge* (put together, different gold stories)
or a *false split* (the same gold story, kept apart). :func:`pairwise_errors` clusters a stream as
:func:`storylens.evaluate.stories.evaluate_stories` does and describes each wrong pair by what a join score could
have read: the hours between the two articles, the cosine of their title + lead embeddings, the overlap of their
content words (Jaccard), and whether the event days their leads name (:mod:`storylens.stories.event_time`) agree.
Two labels of the roundups are attached *for analysis only* — never as a signal, they are the dataset's
construction, not news: the roundup's AllSides topic (are two wrongly merged stories two events of one topic?) and
whether a roundup is a "Perspectives" / "Fact check" collection grouped by theme rather than by event.

``python -m storylens.evaluate.stories_errors`` prints the summary for the even (tuning) half, both streams. Session
7 counted first, on the even half (general embedder, session 6's weights):

* dates spread ±36 h: 56 false merges, 40 false splits. The false merges are 7 pairs of gold stories merged whole:
  46 of the 56 pairs lie within the 72 h window (26 of them of one AllSides topic), 29 involve a theme roundup;
  several are one event split into two roundups by the gold data (Fauci's e-mails, the generals' testimony, the
  Biden–Putin summit), the rest consecutive events of one topic (the Senate's debt-ceiling vote after the
  Democrats accepted the offer; Facebook's outage and the whistle-blower). Median cosine 0.644, word overlap 0.102;
  event days: 19 same, 15 different, 22 unknown. The false splits: median cosine 0.425, word overlap 0.056 — 33 of
  40 share fewer than a tenth of their words, 17 are in theme roundups (16 of them both).
* no dates: 49 false merges (median cosine 0.718, word overlap 0.110; only 14 within 72 h, 11 of one topic; 16
  involve a theme roundup), 119 false splits (median cosine 0.569, word overlap 0.069; 83 share few words, 39 in
  theme roundups, 36 both).

With the farthest-member signal then shipped (:class:`~storylens.stories.cluster.ClusterTuning`), the even dated
counts are the same (56 / 40); no dates 48 false merges, 111 false splits. The held-out half (``--subset odd``):
dates spread 39 false merges (37 within the window, 23 of them of one topic; 15 involve a theme roundup), 16 false
splits (14 sharing few words, 12 in theme roundups); no dates 142 false merges (median cosine 0.769), 109 false
splits.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storylens.evaluate.stories import (
    Mode,
    RoundupArticle,
    Subset,
    _spread_date,
    cluster_subset,
    default_roundups_path,
    embed_articles,
    load_roundups,
)
from storylens.settings import Settings, StorySettings
from storylens.stories._time import to_hours
from storylens.stories.cluster import ClusterTuning, _lead_of
from storylens.stories.event_time import EventTime, event_time

__all__ = [
    "ErrorSummary",
    "PairError",
    "RoundupLabels",
    "error_pairs",
    "load_roundup_labels",
    "main",
    "pairwise_errors",
    "summarise",
]

ErrorKind = Literal["false merge", "false split"]
EventAgreement = Literal["same", "different", "unknown"]

_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Share of content words below which two articles "share few words" (the median over same-story pairs is ~0.1).
FEW_WORDS = 0.1
_THEME_PREFIXES = ("Perspectives", "Fact Check", "Fact check")


@dataclass(frozen=True)
class RoundupLabels:
    """What AllSides says about a roundup, for error analysis only: its topic and its headline (``issue``)."""

    topic: str
    issue: str

    @property
    def theme(self) -> bool:
        """A collection grouped by theme ("Perspectives: …", "Fact Check: …") rather than one event."""
        return self.issue.startswith(_THEME_PREFIXES)


@dataclass(frozen=True)
class PairError:
    """One pair of articles the clustering got wrong, with what a join score could have read about it."""

    kind: ErrorKind
    first: str
    second: str
    first_story: int
    second_story: int
    hours_apart: float
    cosine: float
    word_overlap: float
    event_days: EventAgreement
    same_topic: bool
    theme_roundup: bool


@dataclass(frozen=True)
class ErrorSummary:
    """Counts and medians over the wrong pairs of one stream (see :func:`summarise`)."""

    false_merges: int
    false_splits: int
    merges_within_window: int
    merges_same_topic_within_window: int
    merges_theme: int
    merges_event_days: Mapping[str, int]
    splits_few_words: int
    splits_theme: int
    splits_theme_few_words: int
    splits_event_days: Mapping[str, int]
    median_cosine: Mapping[str, float]
    median_word_overlap: Mapping[str, float]
    median_hours_apart: Mapping[str, float]

    def lines(self) -> list[str]:
        """The summary as readable lines."""
        merge, split = "false merge", "false split"
        return [
            f"false merges {self.false_merges}: within the window {self.merges_within_window}, of one topic and "
            f"within the window {self.merges_same_topic_within_window}, a theme roundup involved {self.merges_theme}; "
            f"median hours {self.median_hours_apart.get(merge, 0):.0f}, cosine {self.median_cosine.get(merge, 0):.3f}, "
            f"word overlap {self.median_word_overlap.get(merge, 0):.3f}; event days {dict(self.merges_event_days)}",
            f"false splits {self.false_splits}: few shared words {self.splits_few_words}, theme roundups "
            f"{self.splits_theme} (both {self.splits_theme_few_words}); median hours "
            f"{self.median_hours_apart.get(split, 0):.0f}, cosine {self.median_cosine.get(split, 0):.3f}, word "
            f"overlap {self.median_word_overlap.get(split, 0):.3f}; event days {dict(self.splits_event_days)}",
        ]


def load_roundup_labels(path: Path) -> dict[int, RoundupLabels]:
    """Each roundup's topic and headline by its index in the file (the ``story`` of its articles)."""
    labels: dict[int, RoundupLabels] = {}
    with path.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if line.strip():
                roundup = json.loads(line)
                labels[index] = RoundupLabels(str(roundup.get("topic") or ""), str(roundup.get("issue") or ""))
    return labels


def error_pairs(
    predicted: Mapping[str, str], gold: Mapping[str, object]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The wrongly joined and the wrongly separated pairs of items (in the order of ``gold``'s keys)."""
    merges: list[tuple[str, str]] = []
    splits: list[tuple[str, str]] = []
    for first, second in itertools.combinations(gold, 2):
        together = predicted[first] == predicted[second]
        same = gold[first] == gold[second]
        if together and not same:
            merges.append((first, second))
        elif same and not together:
            splits.append((first, second))
    return merges, splits


def _content_words(article: RoundupArticle) -> frozenset[str]:
    text = f"{article.title} {article.body}".lower().replace("’", "'")
    return frozenset(w for w in _WORD.findall(text) if len(w) > 2 and w not in ENGLISH_STOP_WORDS)


def _agreement(first: EventTime | None, second: EventTime | None) -> EventAgreement:
    if first is None or second is None:
        return "unknown"
    if first.day is not None and second.day is not None:
        return "same" if first.day == second.day else "different"
    if first.weekday is not None and second.weekday is not None:
        return "same" if first.weekday == second.weekday else "different"
    return "unknown"


def pairwise_errors(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    mode: Mode,
    subset: Subset = "even",
    tuning: ClusterTuning | None = None,
    labels: Mapping[int, RoundupLabels] | None = None,
) -> list[PairError]:
    """Cluster the chosen stories' stream (as ``evaluate_stories`` does) and describe every wrong pair.

    ``hours_apart`` is measured between the dates the articles carry in the stream (spread) or, undated, between
    their roundups' dates (the clusterer saw none). ``labels`` (:func:`load_roundup_labels`) fill ``same_topic``
    and ``theme_roundup``; without them both are False.
    """
    picked, stream, stories = cluster_subset(articles, embeddings, settings, mode, subset, tuning)
    predicted = {article_id: story.id for story in stories for article_id in story.articles}
    events = {item.article_id: event_time(_lead_of(item, 600), to_hours(item.published)) for item in stream}
    vectors = {item.article_id: item.embedding for item in stream}
    by_id = {article.id: (article, vectors[article.id]) for article in picked}
    words = {article.id: _content_words(article) for article in picked}
    merges, splits = error_pairs(predicted, {article.id: article.story for article in picked})

    def when(article: RoundupArticle) -> datetime:
        return _spread_date(article) if mode == "spread" else datetime.fromisoformat(article.date)

    errors: list[PairError] = []
    for kind, pairs in (("false merge", merges), ("false split", splits)):
        for first_id, second_id in pairs:
            (first, first_vector), (second, second_vector) = by_id[first_id], by_id[second_id]
            union = words[first_id] | words[second_id]
            first_label = labels.get(first.story) if labels else None
            second_label = labels.get(second.story) if labels else None
            errors.append(
                PairError(
                    kind=kind,  # type: ignore[arg-type]
                    first=first_id,
                    second=second_id,
                    first_story=first.story,
                    second_story=second.story,
                    hours_apart=abs((when(first) - when(second)).total_seconds()) / 3600,
                    cosine=float(first_vector @ second_vector),
                    word_overlap=len(words[first_id] & words[second_id]) / len(union) if union else 0.0,
                    event_days=_agreement(events[first_id], events[second_id]),
                    same_topic=bool(first_label and second_label and first_label.topic == second_label.topic),
                    theme_roundup=bool((first_label and first_label.theme) or (second_label and second_label.theme)),
                )
            )
    return errors


def summarise(errors: Sequence[PairError], window_hours: float) -> ErrorSummary:
    """Counts of the wrong pairs: false merges within ``window_hours`` (and of one topic), false splits sharing
    fewer than :data:`FEW_WORDS` of their words, theme roundups, event-day agreement; medians per kind."""
    merges = [e for e in errors if e.kind == "false merge"]
    splits = [e for e in errors if e.kind == "false split"]

    def median_of(attribute: str) -> dict[str, float]:
        return {
            kind: float(statistics.median(getattr(e, attribute) for e in group))
            for kind, group in (("false merge", merges), ("false split", splits))
            if group
        }

    return ErrorSummary(
        false_merges=len(merges),
        false_splits=len(splits),
        merges_within_window=sum(e.hours_apart <= window_hours for e in merges),
        merges_same_topic_within_window=sum(e.same_topic and e.hours_apart <= window_hours for e in merges),
        merges_theme=sum(e.theme_roundup for e in merges),
        merges_event_days=Counter(e.event_days for e in merges),
        splits_few_words=sum(e.word_overlap < FEW_WORDS for e in splits),
        splits_theme=sum(e.theme_roundup for e in splits),
        splits_theme_few_words=sum(e.theme_roundup and e.word_overlap < FEW_WORDS for e in splits),
        splits_event_days=Counter(e.event_days for e in splits),
        median_cosine=median_of("cosine"),
        median_word_overlap=median_of("word_overlap"),
        median_hours_apart=median_of("hours_apart"),
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Print the error summary of both streams for one half (default: even, the half tuned on)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--embeddings", type=Path, help="cache file (.npy) of the general embeddings, outside the repo")
    parser.add_argument("--subset", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--pairs", action="store_true", help="also print every wrong pair")
    args = parser.parse_args(argv)
    settings = Settings()
    articles = load_roundups(args.roundups)
    if args.embeddings is not None and args.embeddings.exists():
        embeddings = np.load(args.embeddings)
    else:
        from storylens.nlp import Resources

        embeddings = embed_articles(articles, Resources(settings).embedder, settings.stories.lead_chars)
        if args.embeddings is not None:
            np.save(args.embeddings, embeddings)
    labels = load_roundup_labels(args.roundups)
    titles = {article.id: article.title for article in articles}
    for mode in ("spread", "undated"):
        errors = pairwise_errors(articles, embeddings, settings.stories, mode, args.subset, labels=labels)
        print(f"== {mode} ({args.subset})")
        for line in summarise(errors, settings.stories.window_hours).lines():
            print(line)
        if args.pairs:
            for e in errors:
                print(
                    f"  {e.kind}  {e.hours_apart:5.0f} h  cos {e.cosine:.2f}  words {e.word_overlap:.2f}  "
                    f"days {e.event_days:9s} | {e.first_story:3d} {titles[e.first][:50]!r} | "
                    f"{e.second_story:3d} {titles[e.second][:50]!r}"
                )


if __name__ == "__main__":
    main()
