"""Check-worthiness: how likely a sentence states a checkable fact of public interest, in [0, 1].

Two models, trained on the ClaimBuster sentences (``../shared/eval/claimbuster/train.json``), work as a cascade.

- The *gate*: a logistic regression over a sublinear TF-IDF bag of *feature tokens* from the article's spaCy parse
  (lower-cased words with every number folded to ``<num>``, word bigrams, fine-grained POS tags and tag bigrams,
  named-entity labels), trained by :mod:`storylens.evaluate.checkworthy`. Numbers, past-tense verbs,
  money/percent/date entities and words like "percent", "voted", "million" carry most of its signal. It costs
  almost nothing (it reuses the parse) and decides the clear cases.
- The *fine-tuned encoder* (session 3): all-MiniLM-L6-v2 fine-tuned as a sentence classifier by
  :mod:`storylens.evaluate.checkworthy_finetune` and shipped as int8 ONNX (``resources/checkworthy-encoder-v2.onnx``,
  run by :class:`storylens.nlp.classifier.SequenceClassifier`, no torch). Sentences whose gate probability lies
  inside :attr:`EncoderStack.band` (0.05–0.95) are encoded, and their logit is a stacking of the encoder's and the
  gate's logits (weights fitted on a validation part of the development data, ``.json`` beside the graph), offset so
  that 0.5 sits at the validation F1-best threshold.

Measured on the 798 held-out sentences no training run saw (``python -m storylens.evaluate.checkworthy heldout``),
F1 of the check-worthy class: see :mod:`storylens.evaluate.checkworthy_finetune` for the figures of the fine-tuned
cascade against the session-2 linear model (frozen embedding + TF-IDF, held-out F1 0.792).

The session-2 linear model (TF-IDF + frozen MiniLM embedding, ``text_coef``/``embedding_coef`` of the ``.npz``)
stays in the artefact: it scores the uncertain band when no encoder is attached (``dataclasses.replace(model,
encoder=None, stack=None)``, or an ``.npz`` loaded from a path without ``encoder_path``), through
:meth:`CheckworthyModel.cascade_decision` with the band :attr:`CheckworthyModel.cascade` (0.15–0.85).

The ``.npz`` artefact (``resources/checkworthy-v2.npz``) holds only arrays — vocabulary, IDF weights, coefficients
of the gate and of the linear model, the linear cascade band — and a JSON metadata string; no pickles, so it loads
under any numpy/scikit-learn version and is applied here with numpy.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from storylens.nlp import Resources
    from storylens.nlp.classifier import SequenceClassifier

__all__ = ["ARTEFACT_NAME", "ENCODER_NAME", "CheckworthyModel", "EncoderStack", "checkworthy", "feature_tokens"]

#: File name of the shipped model inside ``storylens/resources``; bump the version when features change.
ARTEFACT_NAME = "checkworthy-v2.npz"
#: The fine-tuned encoder (int8 ONNX) and, beside it with the same stem, its stacking metadata (``.json``).
ENCODER_NAME = "checkworthy-encoder-v2.onnx"
#: Version of :func:`feature_tokens`; a model trained on other tokens must not be applied.
FEATURE_VERSION = 1

_NUMBERISH = re.compile(r"[\d.,/$€£%:-]*\d[\d.,/$€£%:-]*")


def feature_tokens(span: Span | Doc) -> list[str]:
    """The bag of feature tokens of one parsed sentence (words, word bigrams, tags, tag bigrams, entity labels)."""
    tokens: list[str] = []
    previous_word: str | None = None
    previous_tag: str | None = None
    for token in span:
        if token.is_space:
            continue
        word = "<num>" if token.like_num or _NUMBERISH.fullmatch(token.lower_) else token.lower_
        tokens.append("w=" + word)
        if previous_word is not None:
            tokens.append("b=" + previous_word + "_" + word)
        tokens.append("t=" + token.tag_)
        if previous_tag is not None:
            tokens.append("tt=" + previous_tag + "_" + token.tag_)
        if token.ent_type_:
            tokens.append("e=" + token.ent_type_)
        previous_word, previous_tag = word, token.tag_
    return tokens


@dataclass(frozen=True)
class EncoderStack:
    """How the fine-tuned encoder's logit is combined with the text-only gate's (fitted on validation data).

    Logit = ``encoder_weight`` × encoder logit + ``gate_weight`` × gate logit + ``intercept``; only sentences whose
    gate probability lies strictly inside ``band`` are encoded, the others keep the gate's probability."""

    encoder_weight: float
    gate_weight: float
    intercept: float
    band: tuple[float, float]
    max_tokens: int = 64

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EncoderStack:
        band = data.get("band", [0.0, 1.0])
        return cls(
            encoder_weight=float(data["encoder_weight"]),
            gate_weight=float(data["gate_weight"]),
            intercept=float(data["intercept"]),
            band=(float(band[0]), float(band[1])),
            max_tokens=int(data.get("max_tokens", 64)),
        )


@dataclass(frozen=True)
class CheckworthyModel:
    """A trained check-worthiness model; build it with :meth:`load` and score with :meth:`score`."""

    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float64]
    text_coef: npt.NDArray[np.float64]
    embedding_coef: npt.NDArray[np.float64]
    intercept: float
    #: The text-only gate of the cascade (coefficients over the same vocabulary) and its intercept; ``None`` when
    #: the artefact has no gate, and then every sentence is embedded.
    gate_coef: npt.NDArray[np.float64] | None = None
    gate_intercept: float = 0.0
    #: Gate probabilities strictly inside this band go on to the full model.
    cascade: tuple[float, float] = (0.15, 0.85)
    #: The non-linear head, when trained: an ensemble of one-hidden-layer ReLU networks over the embedding and the
    #: gate's logit (times ``head_margin_scale``). Shapes: hidden weights (members, 385, hidden), hidden bias
    #: (members, hidden), output weights (members, hidden), output bias (members,). ``None``: the linear model.
    head_hidden_weights: npt.NDArray[np.float64] | None = None
    head_hidden_bias: npt.NDArray[np.float64] | None = None
    head_out_weights: npt.NDArray[np.float64] | None = None
    head_out_bias: npt.NDArray[np.float64] | None = None
    head_margin_scale: float = 0.3
    #: Added to the head's mean logit so that 0.5 sits at the threshold chosen by cross-validation.
    head_logit_offset: float = 0.0
    metadata: dict[str, Any] = field(default_factory=dict)
    resources: Resources | None = field(default=None, compare=False, repr=False)
    #: The fine-tuned encoder (ONNX) and how its logit is stacked with the gate's; ``None``: the linear model over
    #: the frozen embedding scores the uncertain band instead.
    encoder: SequenceClassifier | None = field(default=None, compare=False, repr=False)
    stack: EncoderStack | None = None

    # --- loading and saving -------------------------------------------------------------------------------
    @classmethod
    def load(
        cls,
        resources: Resources | None = None,
        path: str | Path | None = None,
        encoder_path: str | Path | None = None,
    ) -> CheckworthyModel:
        """The shipped model (or the artefact at ``path``), bound to ``resources`` for parsing and embedding.

        The encoder at ``encoder_path`` (its ``.json`` stacking metadata beside it) is attached when given; else the
        shipped model comes with the shipped fine-tuned encoder and a model read from ``path`` with none. With
        ``resources`` the shipped model is kept in ``resources.extra`` so one process loads it once.
        """
        if resources is None:
            from storylens.nlp import Resources

            resources = Resources()
        bound = resources

        def factory() -> CheckworthyModel:
            model = cls.from_file(path, bound)
            if encoder_path is not None:
                return model.with_encoder(encoder_path)
            return model.with_encoder(None) if path is None else model

        if path is not None or encoder_path is not None:
            return factory()
        model: CheckworthyModel = resources.extra(ARTEFACT_NAME, factory)
        return model

    @classmethod
    def from_file(cls, path: str | Path | None = None, resources: Resources | None = None) -> CheckworthyModel:
        """Read an artefact (default: the one shipped in the package)."""
        try:
            if path is None:
                with (
                    importlib_resources.as_file(
                        importlib_resources.files("storylens.resources").joinpath(ARTEFACT_NAME)
                    ) as shipped,
                    np.load(shipped, allow_pickle=False) as data,
                ):
                    arrays = {k: data[k] for k in data.files}
            else:
                with np.load(Path(path), allow_pickle=False) as data:
                    arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            where = path or f"storylens/resources/{ARTEFACT_NAME}"
            raise ModelError(
                f"check-worthiness model {where}: cannot read it ({exc}); "
                "retrain with `python -m storylens.evaluate.checkworthy train`"
            ) from exc
        metadata = json.loads(str(arrays["metadata"]))
        if metadata.get("feature_version") != FEATURE_VERSION:
            raise ModelError(
                f"check-worthiness model {path or ARTEFACT_NAME}: feature version {metadata.get('feature_version')} "
                f"does not match this code ({FEATURE_VERSION}); retrain it"
            )
        vocabulary = {str(term): i for i, term in enumerate(arrays["vocabulary"].tolist())}
        has_gate = "gate_coef" in arrays
        has_head = has_gate and "head_hidden_weights" in arrays
        band = arrays["cascade"].astype(np.float64).tolist() if "cascade" in arrays else [0.0, 1.0]
        return cls(
            vocabulary=vocabulary,
            idf=arrays["idf"].astype(np.float64),
            text_coef=arrays["text_coef"].astype(np.float64),
            embedding_coef=arrays["embedding_coef"].astype(np.float64),
            intercept=float(arrays["intercept"]),
            gate_coef=arrays["gate_coef"].astype(np.float64) if has_gate else None,
            gate_intercept=float(arrays["gate_intercept"]) if has_gate else 0.0,
            cascade=(float(band[0]), float(band[1])),
            head_hidden_weights=arrays["head_hidden_weights"].astype(np.float64) if has_head else None,
            head_hidden_bias=arrays["head_hidden_bias"].astype(np.float64) if has_head else None,
            head_out_weights=arrays["head_out_weights"].astype(np.float64) if has_head else None,
            head_out_bias=arrays["head_out_bias"].astype(np.float64) if has_head else None,
            head_margin_scale=float(arrays["head_margin_scale"]) if has_head else 0.3,
            head_logit_offset=float(arrays["head_logit_offset"]) if has_head else 0.0,
            metadata=metadata,
            resources=resources,
        )

    def with_encoder(self, onnx_path: str | Path | None) -> CheckworthyModel:
        """This model with the fine-tuned encoder at ``onnx_path`` (``None``: the shipped one) attached."""
        from storylens.nlp.classifier import SequenceClassifier

        try:
            if onnx_path is None:
                shipped = importlib_resources.files("storylens.resources")
                with importlib_resources.as_file(shipped.joinpath(ENCODER_NAME)) as graph:
                    meta_text = shipped.joinpath(Path(ENCODER_NAME).with_suffix(".json").name).read_text("utf-8")
                    return self._attach(graph, json.loads(meta_text), SequenceClassifier)
            graph_path = Path(onnx_path)
            meta = json.loads(graph_path.with_suffix(".json").read_text(encoding="utf-8"))
            return self._attach(graph_path, meta, SequenceClassifier)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"check-worthiness encoder {onnx_path or ENCODER_NAME}: cannot read it or its .json ({exc}); "
                "re-export it with `python -m storylens.evaluate.checkworthy_finetune`"
            ) from exc

    def _attach(self, graph: Path, meta: dict[str, Any], classifier: type[SequenceClassifier]) -> CheckworthyModel:
        stack = EncoderStack.from_dict(meta)
        settings = self.resources.settings.models if self.resources is not None else None
        encoder = classifier(graph, stack.max_tokens, settings)
        return dataclasses.replace(self, encoder=encoder, stack=stack)

    def save(self, path: str | Path) -> None:
        """Write the model as a pickle-free ``.npz``."""
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        arrays: dict[str, npt.NDArray[Any]] = {
            "vocabulary": np.array(terms, dtype=str),
            "idf": self.idf,
            "text_coef": self.text_coef,
            "embedding_coef": self.embedding_coef,
            "intercept": np.array(self.intercept),
            "metadata": np.array(json.dumps({**self.metadata, "feature_version": FEATURE_VERSION}, sort_keys=True)),
        }
        if self.gate_coef is not None:
            arrays["gate_coef"] = self.gate_coef
            arrays["gate_intercept"] = np.array(self.gate_intercept)
            arrays["cascade"] = np.array(self.cascade, dtype=np.float64)
        if self.head_hidden_weights is not None:
            arrays["head_hidden_weights"] = self.head_hidden_weights.astype(np.float32)
            arrays["head_hidden_bias"] = np.asarray(self.head_hidden_bias, dtype=np.float32)
            arrays["head_out_weights"] = np.asarray(self.head_out_weights, dtype=np.float32)
            arrays["head_out_bias"] = np.asarray(self.head_out_bias, dtype=np.float32)
            arrays["head_margin_scale"] = np.array(self.head_margin_scale)
            arrays["head_logit_offset"] = np.array(self.head_logit_offset)
        np.savez_compressed(Path(path), allow_pickle=False, **arrays)

    # --- features -------------------------------------------------------------------------------------------
    def tfidf(self, token_lists: Iterable[Sequence[str]]) -> npt.NDArray[np.float64]:
        """Dense sublinear TF-IDF rows (L2-normalised), as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``."""
        rows: list[npt.NDArray[np.float64]] = []
        for tokens in token_lists:
            row = np.zeros(len(self.vocabulary), dtype=np.float64)
            for term, count in Counter(tokens).items():
                index = self.vocabulary.get(term)
                if index is not None:
                    row[index] = (1.0 + math.log(count)) * self.idf[index]
            norm = float(np.linalg.norm(row))
            rows.append(row / norm if norm > 0 else row)
        if not rows:
            return np.zeros((0, len(self.vocabulary)), dtype=np.float64)
        return np.vstack(rows)

    def text_logits(self, token_lists: Iterable[Sequence[str]]) -> npt.NDArray[np.float64]:
        """The TF-IDF part of the full model's logit, computed sparsely: only the sentence's own terms are touched."""
        return self._sparse_logits(token_lists, self.text_coef)

    def _sparse_logits(
        self, token_lists: Iterable[Sequence[str]], coef: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.float64]:
        logits: list[float] = []
        for tokens in token_lists:
            weighted = 0.0
            squared = 0.0
            for term, count in Counter(tokens).items():
                index = self.vocabulary.get(term)
                if index is not None:
                    value = (1.0 + math.log(count)) * float(self.idf[index])
                    weighted += value * float(coef[index])
                    squared += value * value
            logits.append(weighted / math.sqrt(squared) if squared > 0 else 0.0)
        return np.array(logits, dtype=np.float64)

    def gate_probabilities(self, token_lists: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
        """The text-only gate's probabilities (no embedding needed); raises when the artefact has no gate."""
        if self.gate_coef is None:
            raise ModelError("this check-worthiness artefact has no text-only gate: retrain it")
        logits = self._sparse_logits(token_lists, self.gate_coef) + self.gate_intercept
        probabilities: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
        return probabilities

    def cascade_decision(
        self,
        token_lists: Sequence[Sequence[str]],
        embed: Callable[[list[int]], npt.NDArray[np.floating[Any]]],
    ) -> npt.NDArray[np.float64]:
        """Probabilities through the cascade: the gate decides clear cases, the full model the uncertain band.

        ``embed(indices)`` returns unit embeddings of the sentences at those positions; it is called once, and only
        for the sentences whose gate probability lies strictly inside :attr:`cascade`.
        """
        if not token_lists:
            return np.zeros(0, dtype=np.float64)
        if self.gate_coef is None:
            return self.decision(token_lists, embed(list(range(len(token_lists)))))
        probabilities = self.gate_probabilities(token_lists)
        low, high = self.cascade
        uncertain = [i for i, p in enumerate(probabilities) if low < p < high]
        if uncertain:
            probabilities[uncertain] = self.decision([token_lists[i] for i in uncertain], embed(uncertain))
        return probabilities

    def decision(
        self, token_lists: Sequence[Sequence[str]], embeddings: npt.NDArray[np.floating[Any]]
    ) -> npt.NDArray[np.float64]:
        """Probabilities from precomputed features (feature tokens and unit embeddings, one row per sentence)."""
        if not token_lists:
            return np.zeros(0, dtype=np.float64)
        if self.head_hidden_weights is not None:
            return self._head_probabilities(token_lists, embeddings)
        logits = self.text_logits(token_lists) + embeddings.astype(np.float64) @ self.embedding_coef
        logits = logits + self.intercept
        probabilities: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
        return probabilities

    def _head_probabilities(
        self, token_lists: Sequence[Sequence[str]], embeddings: npt.NDArray[np.floating[Any]]
    ) -> npt.NDArray[np.float64]:
        assert self.gate_coef is not None and self.head_hidden_weights is not None  # checked by the caller
        assert self.head_hidden_bias is not None and self.head_out_weights is not None
        assert self.head_out_bias is not None
        margin = self._sparse_logits(token_lists, self.gate_coef) + self.gate_intercept
        inputs = np.hstack([embeddings.astype(np.float64), self.head_margin_scale * margin[:, None]])
        # (members, sentences, hidden): every ensemble member at once.
        hidden = np.einsum("nd,mdh->mnh", inputs, self.head_hidden_weights) + self.head_hidden_bias[:, None]
        hidden = np.maximum(hidden, 0.0)
        member_logits = np.einsum("mnh,mh->mn", hidden, self.head_out_weights) + self.head_out_bias[:, None]
        logits = member_logits.mean(axis=0) + self.head_logit_offset
        probabilities: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
        return probabilities

    def encoder_decision(
        self, texts: Sequence[str], token_lists: Sequence[Sequence[str]], cascade: bool = True
    ) -> npt.NDArray[np.float64]:
        """Probabilities through the fine-tuned encoder stacked with the gate; with ``cascade`` only the sentences
        whose gate probability lies inside :attr:`EncoderStack.band` are encoded, the rest keep the gate's."""
        if self.encoder is None or self.stack is None:
            raise ModelError("this check-worthiness model has no fine-tuned encoder attached")
        if not token_lists:
            return np.zeros(0, dtype=np.float64)
        gate_logits = self._sparse_logits(token_lists, self._gate()) + self.gate_intercept
        probabilities: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-gate_logits))
        low, high = self.stack.band if cascade else (-1.0, 2.0)
        chosen = [i for i, p in enumerate(probabilities) if low < p < high]
        if chosen:
            encoded = self.encoder.logits([texts[i] for i in chosen])
            stack = self.stack
            logits = stack.encoder_weight * encoded + stack.gate_weight * gate_logits[chosen] + stack.intercept
            probabilities[chosen] = 1.0 / (1.0 + np.exp(-logits))
        return probabilities

    def encoded_share(self, token_lists: Sequence[Sequence[str]]) -> float:
        """The share of sentences the cascade sends on to the encoder (or the embedding, without an encoder)."""
        if not token_lists:
            return 0.0
        low, high = self.stack.band if self.stack is not None else self.cascade
        gate = self.gate_probabilities(token_lists)
        return float(np.mean((gate > low) & (gate < high)))

    def _gate(self) -> npt.NDArray[np.float64]:
        if self.gate_coef is None:
            raise ModelError("this check-worthiness artefact has no text-only gate: retrain it")
        return self.gate_coef

    # --- scoring --------------------------------------------------------------------------------------------
    def _bound(self) -> Resources:
        if self.resources is None:
            raise ModelError("check-worthiness model has no Resources: load it with CheckworthyModel.load(resources)")
        return self.resources

    def score_spans(self, spans: Sequence[Span | Doc], cascade: bool = True) -> list[float]:
        """Scores for sentences already parsed by spaCy (the claims stage reuses the article's parse).

        With ``cascade`` (the default) only the sentences the text-only gate is unsure of are encoded (or, without
        a fine-tuned encoder, embedded); without it every sentence goes through the encoder or the full model."""
        if not spans:
            return []
        token_lists = [feature_tokens(span) for span in spans]
        if self.encoder is not None:
            return [float(p) for p in self.encoder_decision([span.text for span in spans], token_lists, cascade)]
        embedder = self._bound().embedder
        if not cascade:
            return [float(p) for p in self.decision(token_lists, embedder.embed([span.text for span in spans]))]

        def embed(indices: list[int]) -> npt.NDArray[np.float32]:
            return embedder.embed([spans[i].text for i in indices])

        return [float(p) for p in self.cascade_decision(token_lists, embed)]

    def score(self, sentences: Sequence[str], cascade: bool = True) -> list[float]:
        """Check-worthiness of each sentence, in [0, 1], in input order (``cascade`` as in :meth:`score_spans`)."""
        if not sentences:
            return []
        nlp = self._bound().spacy
        docs = list(nlp.pipe(sentences, batch_size=64))
        return self.score_spans(docs, cascade=cascade)


def checkworthy(sentences: Sequence[str], model: CheckworthyModel) -> list[dict[str, Any]]:
    """``[{text, score}]`` in input order, for the ``storylens checkworthy`` command."""
    scores = model.score(sentences)
    return [{"text": text, "score": round(score, 4)} for text, score in zip(sentences, scores, strict=True)]
