"""Train and evaluate the check-worthiness model on ClaimBuster (``../shared/eval/claimbuster/train.json``).

Usage::

    python -m storylens.evaluate.checkworthy train     # fit on the development part, write the shipped artefact
    python -m storylens.evaluate.checkworthy cv        # 5-fold cross-validated P/R/F1 on the development part
    python -m storylens.evaluate.checkworthy heldout   # the shipped model on the held-out part it never saw
        [--encoder PATH.onnx]                          # ... with another fine-tuned encoder (its .json beside it)

``heldout`` reports the linear model (frozen embedding, the fallback) and, when the model has its fine-tuned encoder
(session 3, trained by :mod:`storylens.evaluate.checkworthy_finetune`), the encoder stacked with the gate on every
sentence and through the cascade, with the share of sentences encoded. Held-out, session 3: linear cascade F1 0.792;
fine-tuned cascade P 0.897 R 0.784 F1 0.837 (54.5% encoded); session 4, encoder v2: cascade P 0.882 R 0.864
**F1 0.873** (54.5% encoded).

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

MLP head (``--head``, experimental, off): an ensemble of three one-hidden-layer networks over the embedding and
the gate's out-of-fold logit. It moved precision up and recall down without raising F1 (CV 0.789 at threshold
0.45 vs linear 0.788 at its best; held-out 0.787 vs 0.791), so the shipped model stays linear.

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
import math
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
    "evaluate_encoder",
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
#: The MLP head: hidden units, L2 penalty, ensemble members, weight of the gate logit among its inputs, inner folds
#: for out-of-fold gate logits, and the head probability (CV-chosen) mapped to 0.5 by the logit offset.
HEAD_HIDDEN = 128
HEAD_ALPHA = 1e-3
HEAD_MEMBERS = 3
HEAD_MARGIN_SCALE = 0.3
HEAD_INNER_FOLDS = 5
HEAD_THRESHOLD = 0.45
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
    head: bool = False,
) -> CheckworthyModel:
    """Fit TF-IDF + logistic regression (balanced class weights), the text-only gate of the cascade and (``head``)
    the MLP head over the embedding and the gate's logit, and return them as a numpy-applied model.

    The head is off by default: it did not beat the linear model (held-out F1 0.787, P 0.824 R 0.754 at its CV
    threshold 0.45, vs linear 0.791, P 0.743 R 0.844; 5-fold CV 0.789 vs 0.788 at the best threshold).

    The head learns from *out-of-fold* gate logits (``HEAD_INNER_FOLDS``-fold inside the training data), so it sees
    the gate as it behaves on sentences it was not fitted on, as at scoring time."""
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
    head_arrays: dict[str, Any] = {}
    if head:
        head_arrays = _fit_head(features, labels, gate_c)
    return CheckworthyModel(
        vocabulary=vocabulary,
        idf=vectorizer.idf_.astype(np.float64),
        text_coef=coef[:n_terms],
        embedding_coef=coef[n_terms:],
        intercept=float(classifier.intercept_[0]),
        gate_coef=gate.coef_[0].astype(np.float64),
        gate_intercept=float(gate.intercept_[0]),
        cascade=cascade,
        **head_arrays,
    )


def _out_of_fold_gate_logits(
    features: Features, labels: npt.NDArray[np.int64], gate_c: float
) -> npt.NDArray[np.float64]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    logits = np.zeros(len(labels), dtype=np.float64)
    splitter = StratifiedKFold(n_splits=HEAD_INNER_FOLDS, shuffle=True, random_state=1)
    for inner_train, inner_test in splitter.split(np.zeros(len(labels)), labels):
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=MIN_DF)
        matrix = vectorizer.fit_transform([features.tokens[i] for i in inner_train])
        gate = LogisticRegression(C=gate_c, class_weight="balanced", max_iter=5000).fit(matrix, labels[inner_train])
        logits[inner_test] = gate.decision_function(vectorizer.transform([features.tokens[i] for i in inner_test]))
    return logits


def _fit_head(features: Features, labels: npt.NDArray[np.int64], gate_c: float) -> dict[str, Any]:
    """The MLP ensemble's weights as :class:`CheckworthyModel` fields."""
    from sklearn.neural_network import MLPClassifier

    margin = _out_of_fold_gate_logits(features, labels, gate_c)
    inputs = np.hstack([features.embeddings.astype(np.float64), HEAD_MARGIN_SCALE * margin[:, None]])
    members = [
        MLPClassifier((HEAD_HIDDEN,), alpha=HEAD_ALPHA, early_stopping=True, random_state=seed, max_iter=300).fit(
            inputs, labels
        )
        for seed in range(HEAD_MEMBERS)
    ]
    return {
        "head_hidden_weights": np.stack([m.coefs_[0] for m in members]),
        "head_hidden_bias": np.stack([m.intercepts_[0] for m in members]),
        "head_out_weights": np.stack([m.coefs_[1][:, 0] for m in members]),
        "head_out_bias": np.array([m.intercepts_[1][0] for m in members]),
        "head_margin_scale": HEAD_MARGIN_SCALE,
        "head_logit_offset": -math.log(HEAD_THRESHOLD / (1.0 - HEAD_THRESHOLD)),
    }


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
    features: Features,
    labels: npt.NDArray[np.int64],
    folds: int = 5,
    seed: int = 0,
    threshold: float = 0.5,
    head: bool = False,
) -> dict[str, Any]:
    """Stratified k-fold out-of-fold scores: at ``threshold`` and at the F1-best threshold, plus fit time."""
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros(len(labels), dtype=np.float64)
    gate_probabilities = np.zeros(len(labels), dtype=np.float64)
    linear_probabilities = np.zeros(len(labels), dtype=np.float64)
    fit_seconds: list[float] = []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_index, test_index in splitter.split(np.zeros(len(labels)), labels):
        started = time.process_time()
        model = fit(features.subset(train_index), labels[train_index], head=head)
        fit_seconds.append(time.process_time() - started)
        test = features.subset(test_index)
        probabilities[test_index] = model.decision(test.tokens, test.embeddings)
        gate_probabilities[test_index] = model.gate_probabilities(test.tokens)
        linear = dataclasses.replace(model, head_hidden_weights=None)
        linear_probabilities[test_index] = linear.decision(test.tokens, test.embeddings)
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
        "linear_at_threshold": _scores(labels, linear_probabilities, threshold).to_dict(),
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


def evaluate_encoder(
    model: CheckworthyModel,
    texts: Sequence[str],
    features: Features,
    labels: npt.NDArray[np.int64],
    threshold: float = 0.5,
    cascade: bool = True,
) -> Scores:
    """Scores of the model's fine-tuned encoder stacked with the gate (``cascade``: only the gate's uncertain band
    is encoded, as the pipeline runs it)."""
    return _scores(labels, model.encoder_decision(texts, features.tokens, cascade=cascade), threshold)


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
    parser.add_argument("--encoder", type=Path, default=None, help="fine-tuned ONNX encoder to attach (with --out)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--head", action="store_true", help="train and evaluate with the MLP head (experimental)")
    args = parser.parse_args(argv)

    texts, labels = load_claimbuster(args.data)
    development, heldout = split_heldout(labels)
    resources = Resources(load_settings())
    report: dict[str, Any] = {"command": args.command, "sentences": len(texts)}
    if args.command == "heldout":
        model = CheckworthyModel.load(resources, args.out, args.encoder)
        heldout_texts = [texts[i] for i in heldout]
        features = compute_features(heldout_texts, resources)
        report["heldout_linear"] = evaluate_model(model, features, labels[heldout]).to_dict()
        report["heldout_linear_cascade"] = evaluate_model(model, features, labels[heldout], cascade=True).to_dict()
        report["heldout_linear_cascade_embedded"] = round(cascade_share(model, features), 3)
        if model.encoder is not None:
            report["heldout_encoder"] = evaluate_encoder(
                model, heldout_texts, features, labels[heldout], cascade=False
            ).to_dict()
            report["heldout_encoder_cascade"] = evaluate_encoder(
                model, heldout_texts, features, labels[heldout]
            ).to_dict()
            report["heldout_encoder_cascade_encoded"] = round(model.encoded_share(features.tokens), 3)
    else:
        started = time.perf_counter()
        features = compute_features(texts, resources, args.cache).subset(development)
        report["feature_seconds"] = round(time.perf_counter() - started, 1)
        dev_labels = labels[development]
        if args.command == "cv":
            report["cv"] = cross_validate(features, dev_labels, folds=args.folds, head=args.head)
        else:
            started = time.process_time()
            model = fit(features, dev_labels, head=args.head)
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
                    "head": {
                        "hidden": HEAD_HIDDEN,
                        "alpha": HEAD_ALPHA,
                        "members": HEAD_MEMBERS,
                        "threshold": HEAD_THRESHOLD,
                    },
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
