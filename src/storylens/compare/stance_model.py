"""A targeted sentence-polarity model: is this sentence, in the outlet's own words, negative or positive toward
the actor it mentions?

Trained by :mod:`storylens.evaluate.stance` (``python -m storylens.evaluate.stance train``) on BASIL's
*phrase-level* bias annotations: every sentence about an annotated entity is labelled ``neg`` / ``pos`` when an
unquoted lexical or informational bias span aimed at that entity lies in it, else ``none``. Quoted spans are not
learnt from (their words are masked before features are taken): attribution is kept apart, an outlet quoting a
critic is not the outlet's stance.

Features of one (sentence, actor) pair, quoted words masked:

- the MiniLM sentence embedding of the outlet's own words (:class:`storylens.nlp.embed.Embedder`);
- :data:`LEXICAL_FEATURES`: the VADER compound score, whether the actor is the subject (or possessor) or the object
  of the sentence (spaCy dependency labels), negation, how much of the sentence is quoted, whether the sentence is
  only attached by a leading pronoun, whether it is the headline, and its length.

The model is a multinomial logistic regression (scikit-learn at training time) with balanced class weights;
with ~1,700 training sentences, a linear model is what the data supports. It is stored pickle-free as arrays
(``resources/stance-v1.npz``: coefficients, intercepts, feature scaling and a JSON metadata string) and applied
here with numpy, so loading needs no scikit-learn. Measured figures are in the metadata and in
:mod:`storylens.evaluate.stance`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.records import SegmentKind

if TYPE_CHECKING:
    from storylens.extract.parse import Sentence
    from storylens.nlp import Resources

__all__ = [
    "ARTEFACT_NAME",
    "CLASSES",
    "FEATURE_VERSION",
    "LEXICAL_FEATURES",
    "StanceModel",
    "lexical_features",
]

#: File name of the shipped model inside ``storylens/resources``; bump the version when features change.
ARTEFACT_NAME = "stance-v1.npz"
#: Version of :func:`lexical_features` and of the embedded text; a model trained on other features must not load.
FEATURE_VERSION = 1
#: Sentence classes, in the column order of :meth:`StanceModel.probabilities`.
CLASSES: tuple[str, ...] = ("none", "neg", "pos")
LEXICAL_FEATURES: tuple[str, ...] = (
    "vader_compound",
    "vader_negative_part",
    "actor_is_subject",
    "actor_is_object",
    "negation",
    "quoted_fraction",
    "pronoun_follow_on",
    "headline",
    "length",
)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "poss"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr"})
_LENGTH_CAP = 60


def lexical_features(
    sentence: Sentence,
    own_text: str,
    compound: float,
    actor_spans: Sequence[tuple[int, int]],
    follow_on: bool,
) -> list[float]:
    """The :data:`LEXICAL_FEATURES` of one sentence about an actor.

    ``own_text`` is the sentence with quoted words blanked (same length), ``compound`` its VADER score, and
    ``actor_spans`` the actor's mentions as article offsets (for a pronoun follow-on sentence, the pronoun).
    """
    offset = sentence.segment.start
    actor_tokens = [
        token for token in sentence.span
        if any(start <= offset + token.idx < end for start, end in actor_spans)
    ]
    visible = len(own_text.replace(" ", ""))
    total = max(1, len(sentence.text.replace(" ", "")))
    return [
        compound,
        max(0.0, -compound),
        float(any(token.dep_ in _SUBJECT_DEPS for token in actor_tokens)),
        float(any(token.dep_ in _OBJECT_DEPS for token in actor_tokens)),
        float(any(token.dep_ == "neg" for token in sentence.span)),
        1.0 - visible / total,
        float(follow_on),
        float(sentence.segment.kind is SegmentKind.TITLE),
        min(len(sentence.span), _LENGTH_CAP) / _LENGTH_CAP,
    ]


@dataclass(frozen=True)
class StanceModel:
    """Trained sentence-polarity model; :meth:`load` it and call :meth:`probabilities`."""

    coef: npt.NDArray[np.float64]  # (len(CLASSES), embedding dimension + len(LEXICAL_FEATURES))
    intercept: npt.NDArray[np.float64]  # (len(CLASSES),)
    lexical_mean: npt.NDArray[np.float64]
    lexical_scale: npt.NDArray[np.float64]
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, resources: Resources, path: str | Path | None = None) -> StanceModel:
        """The shipped model (or the artefact at ``path``); kept in ``resources.extra`` so a process loads it once."""
        if path is not None:
            return cls.from_file(path)
        model: StanceModel = resources.extra(ARTEFACT_NAME, cls.from_file)
        return model

    @classmethod
    def from_file(cls, path: str | Path | None = None) -> StanceModel:
        """Read an artefact (default: the one shipped in the package)."""
        where = str(path) if path is not None else f"storylens/resources/{ARTEFACT_NAME}"
        try:
            if path is None:
                with importlib_resources.as_file(
                    importlib_resources.files("storylens.resources").joinpath(ARTEFACT_NAME)
                ) as shipped, np.load(shipped, allow_pickle=False) as data:
                    arrays = {k: data[k] for k in data.files}
            else:
                with np.load(Path(path), allow_pickle=False) as data:
                    arrays = {k: data[k] for k in data.files}
            metadata = json.loads(str(arrays["metadata"]))
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"stance model {where}: cannot read it ({exc}); "
                "retrain with `python -m storylens.evaluate.stance train`"
            ) from exc
        if metadata.get("feature_version") != FEATURE_VERSION:
            raise ModelError(
                f"stance model {where}: feature version {metadata.get('feature_version')} does not match this code "
                f"({FEATURE_VERSION}); retrain with `python -m storylens.evaluate.stance train`"
            )
        return cls(
            coef=arrays["coef"].astype(np.float64),
            intercept=arrays["intercept"].astype(np.float64),
            lexical_mean=arrays["lexical_mean"].astype(np.float64),
            lexical_scale=arrays["lexical_scale"].astype(np.float64),
            metadata=metadata,
        )

    def save(self, path: str | Path) -> None:
        """Write the model as a pickle-free ``.npz``."""
        np.savez_compressed(
            Path(path),
            coef=self.coef,
            intercept=self.intercept,
            lexical_mean=self.lexical_mean,
            lexical_scale=self.lexical_scale,
            metadata=np.array(json.dumps({**self.metadata, "feature_version": FEATURE_VERSION}, sort_keys=True)),
        )

    @classmethod
    def fit(
        cls,
        embeddings: npt.NDArray[np.floating[Any]],
        lexical: npt.NDArray[np.floating[Any]],
        labels: Sequence[str],
        regularisation: float = 1.0,
        metadata: dict[str, Any] | None = None,
    ) -> StanceModel:
        """Train on sentence rows (``labels`` from :data:`CLASSES`); needs scikit-learn, loading does not."""
        from sklearn.linear_model import LogisticRegression

        lexical = np.asarray(lexical, dtype=np.float64)
        mean = lexical.mean(axis=0)
        scale = lexical.std(axis=0) + 1e-9
        features = np.hstack([np.asarray(embeddings, dtype=np.float64), (lexical - mean) / scale])
        target = np.array([CLASSES.index(label) for label in labels])
        classifier = LogisticRegression(C=regularisation, max_iter=3000, class_weight="balanced")
        classifier.fit(features, target)
        if tuple(classifier.classes_.tolist()) != tuple(range(len(CLASSES))):
            raise ModelError("stance model training data must contain every class (none, neg, pos)")
        model = cls(
            coef=classifier.coef_.astype(np.float64),
            intercept=classifier.intercept_.astype(np.float64),
            lexical_mean=mean,
            lexical_scale=scale,
            metadata={"regularisation": regularisation, "sentences": len(labels), **(metadata or {})},
        )
        plain = target == CLASSES.index("none")
        offset = float(np.median(model.margins(np.asarray(embeddings)[plain], lexical[plain])))
        return cls(
            coef=model.coef,
            intercept=model.intercept,
            lexical_mean=mean,
            lexical_scale=scale,
            metadata={**model.metadata, "margin_offset": round(offset, 6)},
        )

    @property
    def margin_offset(self) -> float:
        """The median P(pos) - P(neg) of training sentences with no bias span: what a neutral sentence scores.

        Balanced class weights make the rare ``pos`` class likely on plain sentences; subtracting this keeps a
        long neutral article near 0 instead of drifting positive with every sentence.
        """
        return float(self.metadata.get("margin_offset", 0.0))

    def margins(
        self, embeddings: npt.NDArray[np.floating[Any]], lexical: npt.NDArray[np.floating[Any]]
    ) -> npt.NDArray[np.float64]:
        """P(pos) - P(neg) - :attr:`margin_offset` per sentence: < 0 leans negative toward the actor."""
        probabilities = self.probabilities(embeddings, lexical)
        result: npt.NDArray[np.float64] = (
            probabilities[:, CLASSES.index("pos")] - probabilities[:, CLASSES.index("neg")] - self.margin_offset
        )
        return result

    def probabilities(
        self, embeddings: npt.NDArray[np.floating[Any]], lexical: npt.NDArray[np.floating[Any]]
    ) -> npt.NDArray[np.float64]:
        """Class probabilities (columns as :data:`CLASSES`), one row per sentence."""
        if len(embeddings) == 0:
            return np.zeros((0, len(CLASSES)), dtype=np.float64)
        scaled = (np.asarray(lexical, dtype=np.float64) - self.lexical_mean) / self.lexical_scale
        logits = np.hstack([np.asarray(embeddings, dtype=np.float64), scaled]) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        result: npt.NDArray[np.float64] = exp / exp.sum(axis=1, keepdims=True)
        return result
