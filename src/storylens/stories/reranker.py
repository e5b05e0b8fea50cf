"""The story pair re-ranker at run time: a small cross-encoder reads an article and a story's article together.

It is trained by :mod:`storylens.stories.train_reranker` (see there for data, split and command), exported to ONNX
with int8 weights, and run here with onnxruntime and the BERT-uncased tokenizer shipped in this package (no
torch). Each side reads :func:`storylens.stories.cluster.pair_text`: the title and the start of the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.nlp.embed import TOKENIZER_RESOURCE, onnx_session, plan_batches
from storylens.settings import ModelSettings

__all__ = ["MAX_PAIR_TOKENS", "RERANKER_RESOURCE", "PairReranker"]

RERANKER_RESOURCE = "stories-reranker-v1.onnx"
#: Tokens read for a pair (both sides, special tokens included); the longer side is cut first.
MAX_PAIR_TOKENS = 160


class PairReranker:
    """Scores (text, text) pairs: the logit that both report one story. Build one per process and pass it down."""

    def __init__(self, settings: ModelSettings | None = None, model: bytes | None = None) -> None:
        from tokenizers import Tokenizer

        self.settings = settings or ModelSettings()
        if model is None:
            model_file = resources.files("storylens.resources").joinpath(RERANKER_RESOURCE)
            if not model_file.is_file():
                raise ModelError(
                    f"story re-ranker {RERANKER_RESOURCE} is missing from storylens.resources: reinstall storylens"
                )
            model = model_file.read_bytes()
        self._session: Any = onnx_session(model, self.settings.onnx_threads)
        tokenizer_file = resources.files("storylens.resources").joinpath(TOKENIZER_RESOURCE)
        self._tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(max_length=MAX_PAIR_TOKENS)
        self._tokenizer.no_padding()

    def logits(self, pairs: Sequence[tuple[str, str]]) -> npt.NDArray[np.float64]:
        """One logit per pair (positive: more likely one story than not); an empty input gives an empty array."""
        out = np.zeros(len(pairs), dtype=np.float64)
        if not pairs:
            return out
        encodings = self._tokenizer.encode_batch([(a or " ", b or " ") for a, b in pairs])
        for batch in plan_batches([len(e.ids) for e in encodings], self.settings.embedding_batch_size):
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            types = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                length = len(encodings[i].ids)
                ids[row, :length] = encodings[i].ids
                mask[row, :length] = 1
                types[row, :length] = encodings[i].type_ids
            (logits,) = self._session.run(
                ["logits"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )
            out[batch] = np.asarray(logits, dtype=np.float64).reshape(-1)
        return out
