"""Train and evaluate the check-worthiness model on ClaimBuster (``../shared/eval/claimbuster/train.json``).

Usage::

    python -m storylens.evaluate.checkworthy train     # fit on the development part, write the shipped artefact
    python -m storylens.evaluate.checkworthy cv        # 5-fold cross-validated P/R/F1 on the development part
    python -m storylens.evaluate.checkworthy heldout   # the shipped model on the held-out part it never saw

The data are split once, stratified with a fixed seed: 90% *development* (cross-validation and training) and 10%
*held out* (only ever scored by the shipped model, so the CI gate checks a score no training run has seen).

Class balance (README pitfall): 25% of sentences are check-worthy. Training uses balanced class weights, so the
natural 0.5 threshold already sits near the F1 optimum; precision and recall are reported at 0.5 as well as the
F1-best threshold, and the shipped threshold is ``ClaimSettings.min_checkworthy`` (0.5).

Computing features (spaCy parse + MiniLM embedding) is the slow part; ``--cache FILE`` keeps them in an ``.npz``.

Cascade. ``fit`` also trains the text-only *gate* (same TF-IDF, ``GATE_C``) used by the cascade of
:class:`~storylens.extract.checkworthy.CheckworthyModel`; ``cv`` reports the full model, the gate alone, and the
cascade at each band of ``CASCADE_BANDS`` with the share of sentences it embeds. The shipped band is
``CASCADE_BAND``, the narrowest whose CV F1 stays within 0.002 of the full model's.

Figures (session 2, 5-fold CV on the 7,178 development sentences, threshold 0.5)::

    full model (TF-IDF + MiniLM)   P 0.742 R 0.832 F1 0.784
    gate alone (TF-IDF, no emb.)   P 0.730 R 0.785 F1 0.756
    cascade 0.15–0.85              P 0.745 R 0.829 F1 0.785, embeds 30% of sentences
    cascade 0.10–0.90              P 0.744 R 0.832 F1 0.786, embeds 39%
    cascade 0.20–0.80              P 0.745 R 0.823 F1 0.782, embeds 24%
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.extract.checkworthy import ARTEFACT_NAME, FEATURE_VERSION, CheckworthyModel, feature_tokens
from storylens.nlp import Resources
from storylens.settings import load_settings

__all__ = [
    "Features",
    "Scores",
    "cascade_share",
    "compute_features",
    "cross_validate",
    "default_data_path",
    "evaluate_model",
    "fit",
    "load_claimbuster",
    "main",
    "split_heldout",
]

#: Regularisation strength of the logistic regression (chosen by 5-fold CV over 1, 2, 4, 10 on development data).
C_VALUE = 4.0
#: Regularisation of the text-only gate (5-fold CV over 1, 4, 10: F1 0.744, 0.755, 0.756).
GATE_C = 10.0
#: The cascade band shipped, and the bands ``cv`` reports.
CASCADE_BAND = (0.15, 0.85)
CASCADE_BANDS = ((0.05, 0.95), (0.1, 0.9), (0.15, 0.85), (0.2, 0.8), (0.3, 0.7))
#: Terms must occur in at least this many training sentences to enter the vocabulary.
MIN_DF = 2
HELDOUT_FRACTION = 0.1
SPLIT_SEED = 0


def default_data_path() -> Path:
    """``shared/eval/claimbuster/train.json`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "claimbuster" / "train.json"


def load_claimbuster(path: str | Path | None = None) -> tuple[list[str], npt.NDArray[np.int64]]:
    """Sentences and 0/1 labels from a ClaimBuster JSON list of ``{sentence_id, label, text}``."""
    rows = json.loads(Path(path or default_data_path()).read_text(encoding="utf-8"))
    return [str(r["text"]) for r in rows], np.array([int(r["label"]) for r in rows], dtype=np.int64)


def split_heldout(labels: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Indices of the development part and of the held-out part (stratified, fixed seed)."""
    from sklearn.model_selection import train_test_split

    indices = np.arange(len(labels))
    development, heldout = train_test_split(
        indices, test_size=HELDOUT_FRACTION, stratify=labels, random_state=SPLIT_SEED
    )
    return np.sort(development), np.sort(heldout)


@dataclass(frozen=True)
class Features:
    """Feature tokens and unit embeddings of a list of sentences, row-aligned."""

    tokens: list[list[str]]
    embeddings: npt.NDArray[np.float32]

    def subset(self, indices: Sequence[int] | npt.NDArray[np.int64]) -> Features:
        return Features([self.tokens[i] for i in indices], self.embeddings[np.asarray(indices)])


def compute_features(texts: Sequence[str], resources: Resources, cache: Path | None = None) -> Features:
    """Parse and embed ``texts``; reuse ``cache`` when it holds features of exactly these texts."""
    if cache is not None and cache.exists():
        with np.load(cache, allow_pickle=False) as data:
            if int(data["feature_version"]) == FEATURE_VERSION and list(data["texts"].tolist()) == list(texts):
                return Features(json.loads(str(data["tokens"])), data["embeddings"].astype(np.float32))
    docs = resources.spacy.pipe(texts, batch_size=256)
    tokens = [feature_tokens(doc) for doc in docs]
    embeddings = resources.embedder.embed(list(texts))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            cache,
            texts=np.array(list(texts), dtype=str),
            tokens=np.array(json.dumps(tokens)),
            embeddings=embeddings,
            feature_version=np.array(FEATURE_VERSION),
        )
    return Features(tokens, embeddings)


def fit(
    features: Features,
    labels: npt.NDArray[np.int64],
    c_value: float = C_VALUE,
    gate_c: float = GATE_C,
    cascade: tuple[float, float] = CASCADE_BAND,
) -> CheckworthyModel:
    """Fit TF-IDF + logistic regression (balanced class weights) and the text-only gate of the cascade, and return
    them as a numpy-applied model."""
    import scipy.sparse as sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=MIN_DF)
    text_matrix = vectorizer.fit_transform(features.tokens)
    matrix = sparse.hstack([text_matrix, sparse.csr_matrix(features.embeddings.astype(np.float64))]).tocsr()
    classifier = LogisticRegression(C=c_value, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix, labels)
    gate = LogisticRegression(C=gate_c, class_weight="balanced", max_iter=5000).fit(text_matrix, labels)
    n_terms = text_matrix.shape[1]
    coef = classifier.coef_[0].astype(np.float64)
    vocabulary = {str(term): int(index) for term, index in vectorizer.vocabulary_.items()}
    return CheckworthyModel(
        vocabulary=vocabulary,
        idf=vectorizer.idf_.astype(np.float64),
        text_coef=coef[:n_terms],
        embedding_coef=coef[n_terms:],
        intercept=float(classifier.intercept_[0]),
        gate_coef=gate.coef_[0].astype(np.float64),
        gate_intercept=float(gate.intercept_[0]),
        cascade=cascade,
    )


def _identity(tokens: list[str]) -> list[str]:
    return tokens


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of the check-worthy class at a threshold."""

    precision: float
    recall: float
    f1: float
    threshold: float
    n: int

    def to_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def _scores(labels: npt.NDArray[np.int64], probabilities: npt.NDArray[np.float64], threshold: float) -> Scores:
    predicted = probabilities >= threshold
    true_positive = float(np.sum(predicted & (labels == 1)))
    precision = true_positive / max(float(predicted.sum()), 1.0)
    recall = true_positive / max(float((labels == 1).sum()), 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, threshold, len(labels))


def best_threshold(labels: npt.NDArray[np.int64], probabilities: npt.NDArray[np.float64]) -> Scores:
    """The threshold (0.2–0.8 in steps of 0.05) with the best F1, to report beside the fixed 0.5."""
    candidates = [_scores(labels, probabilities, round(t, 2)) for t in np.arange(0.2, 0.801, 0.05)]
    return max(candidates, key=lambda s: s.f1)


def cross_validate(
    features: Features, labels: npt.NDArray[np.int64], folds: int = 5, seed: int = 0, threshold: float = 0.5
) -> dict[str, Any]:
    """Stratified k-fold out-of-fold scores: at ``threshold`` and at the F1-best threshold, plus fit time."""
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros(len(labels), dtype=np.float64)
    gate_probabilities = np.zeros(len(labels), dtype=np.float64)
    fit_seconds: list[float] = []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_index, test_index in splitter.split(np.zeros(len(labels)), labels):
        started = time.process_time()
        model = fit(features.subset(train_index), labels[train_index])
        fit_seconds.append(time.process_time() - started)
        test = features.subset(test_index)
        probabilities[test_index] = model.decision(test.tokens, test.embeddings)
        gate_probabilities[test_index] = model.gate_probabilities(test.tokens)
    cascades = []
    for low, high in CASCADE_BANDS:
        uncertain = (gate_probabilities > low) & (gate_probabilities < high)
        combined = np.where(uncertain, probabilities, gate_probabilities)
        cascades.append(
            {"band": [low, high], "embedded": round(float(uncertain.mean()), 3)}
            | _scores(labels, combined, threshold).to_dict()
        )
    return {
        "folds": folds,
        "at_threshold": _scores(labels, probabilities, threshold).to_dict(),
        "best": best_threshold(labels, probabilities).to_dict(),
        "gate_at_threshold": _scores(labels, gate_probabilities, threshold).to_dict(),
        "cascade": cascades,
        "fit_cpu_seconds_per_fold": round(float(np.mean(fit_seconds)), 2),
    }


def evaluate_model(
    model: CheckworthyModel,
    features: Features,
    labels: npt.NDArray[np.int64],
    threshold: float = 0.5,
    cascade: bool = False,
) -> Scores:
    """Scores of a fitted model on precomputed features, through the full model or (``cascade``) the cascade."""
    if cascade:
        probabilities = model.cascade_decision(features.tokens, lambda rows: features.embeddings[rows])
        return _scores(labels, probabilities, threshold)
    return _scores(labels, model.decision(features.tokens, features.embeddings), threshold)


def cascade_share(model: CheckworthyModel, features: Features) -> float:
    """The share of sentences the cascade sends on to the embedding."""
    low, high = model.cascade
    gate = model.gate_probabilities(features.tokens)
    return float(np.mean((gate > low) & (gate < high))) if len(gate) else 0.0


def _artefact_path() -> Path:
    return Path(__file__).resolve().parents[1] / "resources" / ARTEFACT_NAME


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Command-line entry: ``train``, ``cv`` or ``heldout``; prints and returns a JSON report."""
    parser = argparse.ArgumentParser(prog="python -m storylens.evaluate.checkworthy", description=__doc__)
    parser.add_argument("command", choices=["train", "cv", "heldout"])
    parser.add_argument("--data", type=Path, default=None, help="ClaimBuster train.json")
    parser.add_argument("--cache", type=Path, default=None, help="keep computed features in this .npz")
    parser.add_argument("--out", type=Path, default=None, help="artefact to write (train) or read (heldout)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)

    texts, labels = load_claimbuster(args.data)
    development, heldout = split_heldout(labels)
    resources = Resources(load_settings())
    report: dict[str, Any] = {"command": args.command, "sentences": len(texts)}
    if args.command == "heldout":
        model = CheckworthyModel.load(resources, args.out)
        features = compute_features([texts[i] for i in heldout], resources)
        report["heldout"] = evaluate_model(model, features, labels[heldout]).to_dict()
        report["heldout_cascade"] = evaluate_model(model, features, labels[heldout], cascade=True).to_dict()
        report["heldout_cascade_embedded"] = round(cascade_share(model, features), 3)
    else:
        started = time.perf_counter()
        features = compute_features(texts, resources, args.cache).subset(development)
        report["feature_seconds"] = round(time.perf_counter() - started, 1)
        dev_labels = labels[development]
        if args.command == "cv":
            report["cv"] = cross_validate(features, dev_labels, folds=args.folds)
        else:
            started = time.process_time()
            model = fit(features, dev_labels)
            report["fit_cpu_seconds"] = round(time.process_time() - started, 2)
            trained = dataclasses.replace(
                model,
                metadata={
                    "trained": datetime.now(UTC).isoformat(timespec="seconds"),
                    "data": "claimbuster/train.json",
                    "development_sentences": len(development),
                    "heldout_sentences": len(heldout),
                    "split_seed": SPLIT_SEED,
                    "C": C_VALUE,
                    "gate_C": GATE_C,
                    "min_df": MIN_DF,
                    "embedding_model": resources.embedder.model_id,
                },
            )
            out = args.out or _artefact_path()
            trained.save(out)
            report["artefact"] = str(out)
            report["vocabulary"] = len(model.vocabulary)
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
