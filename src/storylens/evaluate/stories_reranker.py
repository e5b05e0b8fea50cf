"""Does the pair re-ranker help the clusterer? Validation on the even AllSides roundups only.

The even roundups are cut in two folds (:func:`storylens.stories.train_encoder.fold_of`); a re-ranker trained on one
fold scored every close pair of the other (``python -m storylens.stories.train_reranker``, saved as ``.npz``). Each
fold is clustered alone as one stream (dates spread ±36 h, and without dates) with the story encoder's
out-of-fold embeddings and its weights, without and with re-ranking; the :class:`RerankTuning` weights are fitted
on the close calls of both folds (:func:`fit_rerank`). Odd roundups are never read here.

    python -m storylens.evaluate.stories_reranker --embeddings /tmp/stories_e4/ft4-oof.npy \\
        --fold0 /tmp/stories_e5/rr1-fold0.npz --fold1 /tmp/stories_e5/rr1-fold1.npz
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.metrics import roc_auc_score

from storylens.evaluate.stories import (
    ClusterScores,
    Mode,
    RoundupArticle,
    bcubed_f1,
    build_stream,
    default_roundups_path,
    load_roundups,
    pairwise_scores,
)
from storylens.settings import StorySettings
from storylens.stories.cluster import (
    ClusterTuning,
    PairScorer,
    RerankTuning,
    StoryClusterer,
    StoryItem,
    _LiveStory,
    pair_text,
)
from storylens.stories.train_encoder import fold_of

__all__ = ["LookupScorer", "cluster_scores", "fit_rerank", "main"]


class LookupScorer:
    """A :class:`~storylens.stories.cluster.PairScorer` answering from pair logits computed beforehand (by a fold
    model that never saw these stories); a pair it does not know gets ``missing`` and is counted."""

    def __init__(self, logits: Mapping[tuple[str, str], float], missing: float = -10.0) -> None:
        self.table = dict(logits)
        self.missing = missing
        self.misses = 0

    @classmethod
    def from_npz(cls, path: Path, articles: Sequence[RoundupArticle]) -> LookupScorer:
        """From ``train_reranker``'s ``.npz`` (pairs of article indices and their logits), both orders."""
        with np.load(path) as data:
            pairs, logits = data["pairs"], data["logits"]
        texts = [pair_text(a.title, a.body) for a in articles]
        table: dict[tuple[str, str], float] = {}
        for (first, second), logit in zip(pairs.tolist(), logits.tolist(), strict=True):
            table[(texts[first], texts[second])] = float(logit)
            table[(texts[second], texts[first])] = float(logit)
        return cls(table)

    def logits(self, pairs: Sequence[tuple[str, str]]) -> npt.NDArray[np.float64]:
        """The stored logit of each pair."""
        out = np.zeros(len(pairs), dtype=np.float64)
        for position, pair in enumerate(pairs):
            found = self.table.get(pair)
            if found is None:
                self.misses += 1
                found = self.missing
            out[position] = found
        return out


class _CloseCallRecorder(StoryClusterer):
    """Follows the gold stories and records, for every close call, each re-ranked candidate's logistic logit,
    its mean pair logit, and whether it is the article's gold story."""

    def __init__(
        self,
        settings: StorySettings,
        tuning: ClusterTuning,
        reranker: PairScorer,
        rerank: RerankTuning,
        gold: Mapping[str, int],
    ) -> None:
        super().__init__(settings, tuning, reranker, rerank)
        self.gold = gold
        self.rows: list[tuple[float, float, int]] = []

    def _choose(
        self, item: StoryItem, candidates: list[_LiveStory], features: npt.NDArray[np.float64]
    ) -> _LiveStory | None:
        wanted = self.gold[item.article_id]
        labels = [self.gold[story.articles[0]] == wanted for story in candidates]
        scores = self.tuning.scores(features)
        close = self._close_calls(scores)
        if close:
            clipped = np.clip(scores[close], 1e-9, 1 - 1e-9)
            pair = self._pair_logits(item, [candidates[i] for i in close])
            for position, index in enumerate(close):
                score_logit = float(np.log(clipped[position] / (1 - clipped[position])))
                self.rows.append((score_logit, float(pair[position]), int(labels[index])))
        return candidates[labels.index(True)] if any(labels) else None


def _fold_articles(articles: Sequence[RoundupArticle], fold: int) -> list[int]:
    return [i for i, a in enumerate(articles) if a.story % 2 == 0 and fold_of(a.story) == fold]


def cluster_scores(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    settings: StorySettings,
    mode: Mode,
    tuning: ClusterTuning,
    reranker: PairScorer | None = None,
    rerank: RerankTuning | None = None,
) -> tuple[ClusterScores, int]:
    """Scores of clustering ``articles`` as one stream (and how many articles were re-ranked)."""
    clusterer = StoryClusterer(settings, tuning, reranker, rerank)
    for item in build_stream(articles, embeddings, mode):
        clusterer.add(item)
    stories = clusterer.stories()
    predicted = {article_id: story.id for story in stories for article_id in story.articles}
    gold = {a.id: a.story for a in articles}
    precision, recall, f1 = pairwise_scores(predicted, gold)
    scores = ClusterScores(
        articles=len(articles),
        gold_stories=len(set(gold.values())),
        predicted_stories=len(stories),
        pairwise_precision=precision,
        pairwise_recall=recall,
        pairwise_f1=f1,
        bcubed_f1=bcubed_f1(predicted, gold),
    )
    return scores, clusterer.reranked


def fit_rerank(
    streams: Sequence[tuple[Sequence[RoundupArticle], npt.NDArray[np.float32], PairScorer]],
    settings: StorySettings,
    tuning: ClusterTuning,
    band: RerankTuning,
    modes: Sequence[Mode] = ("spread", "undated"),
) -> RerankTuning:
    """``band`` with its intercept and weights fitted (logistic regression) on the close calls of the streams."""
    from sklearn.linear_model import LogisticRegression

    rows: list[tuple[float, float, int]] = []
    for articles, embeddings, scorer in streams:
        gold = {a.id: a.story for a in articles}
        for mode in modes:
            recorder = _CloseCallRecorder(settings, tuning, scorer, band, gold)
            for item in build_stream(articles, embeddings, mode):
                recorder.add(item)
            rows.extend(recorder.rows)
    features = np.array([[s, p] for s, p, _ in rows])
    labels = np.array([y for *_, y in rows])
    model = LogisticRegression(C=1.0, max_iter=5000).fit(features, labels)
    score_weight, pair_weight = model.coef_[0].tolist()
    return dataclasses.replace(
        band, intercept=float(model.intercept_[0]), score_weight=score_weight, pair_weight=pair_weight
    )


def _close_pair_auc(
    articles: Sequence[RoundupArticle], embeddings: npt.NDArray[np.float32], scorer: LookupScorer, indices: list[int]
) -> tuple[float, float, int]:
    """ROC AUC of the encoder cosine and of the pair logit on the fold's scored pairs (same story or not)."""
    texts = {i: pair_text(articles[i].title, articles[i].body) for i in indices}
    cosines, logits, labels = [], [], []
    for n, first in enumerate(indices):
        for second in indices[n + 1 :]:
            logit = scorer.table.get((texts[first], texts[second]))
            if logit is None:
                continue
            cosines.append(float(embeddings[first] @ embeddings[second]))
            logits.append(logit)
            labels.append(articles[first].story == articles[second].story)
    return float(roc_auc_score(labels, cosines)), float(roc_auc_score(labels, logits)), len(labels)


def main(argv: Sequence[str] | None = None) -> None:
    """Print fold-wise figures without and with re-ranking, and the fitted :class:`RerankTuning`."""
    from storylens.stories.encoder import STORY_ENCODER_TUNING

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--embeddings", type=Path, required=True, help=".npy of the encoder's out-of-fold embeddings")
    parser.add_argument("--fold0", type=Path, required=True, help=".npz of the re-ranker trained on fold 0")
    parser.add_argument("--fold1", type=Path, required=True, help=".npz of the re-ranker trained on fold 1")
    parser.add_argument("--floor", type=float, default=RerankTuning.floor)
    parser.add_argument("--ceiling", type=float, default=RerankTuning.ceiling)
    parser.add_argument("--candidates", type=int, default=RerankTuning.candidates)
    args = parser.parse_args(argv)
    articles = load_roundups(args.roundups)
    embeddings = np.load(args.embeddings)
    settings = StorySettings()
    tuning = STORY_ENCODER_TUNING
    band = RerankTuning(floor=args.floor, ceiling=args.ceiling, candidates=args.candidates)
    streams = []
    for fold, path in ((1, args.fold0), (0, args.fold1)):  # the fold-0 model scored fold 1, and so on
        indices = _fold_articles(articles, fold)
        scorer = LookupScorer.from_npz(path, articles)
        cosine_auc, pair_auc, pairs = _close_pair_auc(articles, embeddings, scorer, indices)
        print(f"fold {fold}: {pairs} scored pairs, ROC AUC encoder cosine {cosine_auc:.3f}, re-ranker {pair_auc:.3f}")
        streams.append(([articles[i] for i in indices], embeddings[indices], scorer))
    fitted = fit_rerank(streams, settings, tuning, band)
    print(f"fitted: {fitted}")
    totals: dict[str, list[float]] = {}
    for (fold_articles, vectors, scorer), fold in zip(streams, (1, 0), strict=True):
        for mode in ("spread", "undated"):
            plain, _ = cluster_scores(fold_articles, vectors, settings, mode, tuning)
            reranked, count = cluster_scores(fold_articles, vectors, settings, mode, tuning, scorer, fitted)
            print(
                f"fold {fold} {mode:8s} plain F1 {plain.pairwise_f1:.3f} (P {plain.pairwise_precision:.3f} "
                f"R {plain.pairwise_recall:.3f})  re-ranked F1 {reranked.pairwise_f1:.3f} "
                f"(P {reranked.pairwise_precision:.3f} R {reranked.pairwise_recall:.3f}, {count} re-ranked)"
            )
            totals.setdefault(f"{mode} plain", []).append(plain.pairwise_f1)
            totals.setdefault(f"{mode} re-ranked", []).append(reranked.pairwise_f1)
    for key, values in totals.items():
        print(f"mean {key}: {np.mean(values):.3f}")


if __name__ == "__main__":
    main()
