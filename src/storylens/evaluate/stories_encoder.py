"""Does a story-tuned encoder cluster better than the general one? Validation on the even AllSides roundups only.

The even roundups are cut in two folds (:func:`storylens.stories.train_encoder.fold_of`); an encoder trained on
one fold embeds the other. Each fold is clustered as its own stream (dates spread ±36 h, and without dates) with
the logistic weights fitted on that same fold (as the shipped figures are: weights in-sample, text out-of-sample),
and the same is done with the general embeddings: the difference is the encoder's alone. Odd roundups are never
read here.

    python -m storylens.evaluate.stories_encoder --base /tmp/stories_e4/base_emb.npy \\
        --fold0 /tmp/stories_e4/ft1-fold0.npy --fold1 /tmp/stories_e4/ft1-fold1.npy

``--fold0`` holds the embeddings of the encoder trained on fold 0 (so it is scored on fold 1), and so on; ``--oof``
instead takes one matrix whose even rows are all out of fold (``train_encoder``'s ``<tag>-oof.npy``), and several
``--oof`` files are scored one after the other against the same general embeddings.

Session 8 adds a second readout, :func:`cross_fold_scores`: each fold clustered with the weights fitted on the
*other* fold (embeddings and weights both out of sample, as on the held-out half), beside the in-fold weights of
:func:`fold_scores`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.metrics import roc_auc_score

from storylens.evaluate.stories import (
    ClusterScores,
    RoundupArticle,
    default_roundups_path,
    evaluate_stories,
    fit_tuning,
    load_roundups,
)
from storylens.settings import StorySettings
from storylens.stories.train_encoder import fold_of

__all__ = ["close_pair_auc", "cross_fold_scores", "fold_scores", "main"]


def close_pair_auc(
    articles: Sequence[RoundupArticle], embeddings: npt.NDArray[np.float32], max_days: float = 3.0
) -> float:
    """ROC AUC of the embedding cosine for telling same-story pairs from other pairs of roundups at most
    ``max_days`` apart (the hard cases: other events of the same days)."""
    dates = np.array([np.datetime64(a.date[:19]) for a in articles]).astype("datetime64[h]").astype(np.float64)
    stories = np.array([a.story for a in articles])
    cosine = embeddings @ embeddings.T
    upper = np.triu(np.ones_like(cosine, dtype=bool), k=1)
    close = upper & (np.abs(dates[:, None] - dates[None, :]) <= 24 * max_days)
    same = stories[:, None] == stories[None, :]
    return float(roc_auc_score(same[close], cosine[close]))


def _even_fold_rows(articles: Sequence[RoundupArticle], fold: int) -> list[int]:
    """Rows of the even roundups in validation fold ``fold`` (0 or 1, :func:`fold_of`)."""
    return [i for i, a in enumerate(articles) if a.story % 2 == 0 and fold_of(a.story) == fold]


def fold_scores(
    articles: Sequence[RoundupArticle], embeddings: npt.NDArray[np.float32], fold: int, settings: StorySettings
) -> dict[str, ClusterScores | float]:
    """Scores of clustering the even roundups of ``fold`` alone, weights fitted on them, with these embeddings."""
    chosen = _even_fold_rows(articles, fold)
    picked = [articles[i] for i in chosen]
    vectors = embeddings[chosen]
    tuning = fit_tuning(picked, vectors, settings, "even")
    return {
        "spread": evaluate_stories(picked, vectors, settings, "spread", "even", tuning),
        "undated": evaluate_stories(picked, vectors, settings, "undated", "even", tuning),
        "auc": close_pair_auc(picked, vectors),
    }


def cross_fold_scores(
    articles: Sequence[RoundupArticle], embeddings: npt.NDArray[np.float32], fold: int, settings: StorySettings
) -> dict[str, ClusterScores]:
    """Scores of clustering the even roundups of ``fold`` alone with the weights fitted on the other even fold."""
    chosen = _even_fold_rows(articles, fold)
    others = _even_fold_rows(articles, 1 - fold)
    tuning = fit_tuning([articles[i] for i in others], embeddings[others], settings, "all")
    picked = [articles[i] for i in chosen]
    vectors = embeddings[chosen]
    return {
        "spread": evaluate_stories(picked, vectors, settings, "spread", "all", tuning),
        "undated": evaluate_stories(picked, vectors, settings, "undated", "all", tuning),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Print fold-wise validation scores of the general and the fine-tuned embeddings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--base", type=Path, required=True, help=".npy of the general embeddings (all articles)")
    parser.add_argument("--fold0", type=Path, help=".npy of the encoder trained on fold 0")
    parser.add_argument("--fold1", type=Path, help=".npy of the encoder trained on fold 1")
    parser.add_argument("--oof", type=Path, nargs="+", help=".npy files of out-of-fold embeddings (instead)")
    args = parser.parse_args(argv)
    articles = load_roundups(args.roundups)
    settings = StorySettings()
    base = np.load(args.base)
    candidates: dict[str, dict[int, npt.NDArray[np.float32]]] = {"general": {0: base, 1: base}}
    if args.oof:
        for path in args.oof:
            vectors = np.load(path)
            candidates[path.stem] = {0: vectors, 1: vectors}
    elif args.fold0 and args.fold1:
        candidates["tuned"] = {1: np.load(args.fold0), 0: np.load(args.fold1)}  # fold → vectors that did not see it
    else:
        parser.error("give --oof, or both --fold0 and --fold1")
    totals: dict[str, list[float]] = {}
    for fold in (0, 1):
        for name, by_fold in candidates.items():
            vectors = by_fold[fold]
            scores = fold_scores(articles, vectors, fold, settings)
            crossed = cross_fold_scores(articles, vectors, fold, settings)
            spread, undated, auc = scores["spread"], scores["undated"], scores["auc"]
            assert isinstance(spread, ClusterScores) and isinstance(undated, ClusterScores)
            assert isinstance(auc, float)
            print(
                f"fold {fold} {name:12s} spread F1 {spread.pairwise_f1:.3f} (P {spread.pairwise_precision:.3f} "
                f"R {spread.pairwise_recall:.3f})  undated F1 {undated.pairwise_f1:.3f}  close-pair AUC {auc:.3f}  "
                f"cross-fitted: spread {crossed['spread'].pairwise_f1:.3f} undated {crossed['undated'].pairwise_f1:.3f}"
            )
            for key, value in (
                ("spread", spread.pairwise_f1),
                ("undated", undated.pairwise_f1),
                ("auc", auc),
                ("cross-fitted spread", crossed["spread"].pairwise_f1),
                ("cross-fitted undated", crossed["undated"].pairwise_f1),
            ):
                totals.setdefault(f"{name} {key}", []).append(float(value))
    for key, values in totals.items():
        print(f"mean {key}: {np.mean(values):.3f}")


if __name__ == "__main__":
    main()
