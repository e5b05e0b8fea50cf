"""A fine-tuned sentence classifier run without torch: an int8 ONNX graph (input ids and attention mask in, one
logit per sentence out) applied by onnxruntime, tokenised by ``tokenizers`` with the BERT-uncased
``tokenizer.json`` shipped in this package.

Batching as in :mod:`storylens.nlp.embed`: texts are cut by token count into the batches that minimise padded
tokens plus the fixed cost of a ``run`` call (:func:`~storylens.nlp.embed.plan_batches`), and the logits are put
back in input order. A text's logit does not depend on the batch it runs in (the graph masks padding).

The graphs are trained and exported by :mod:`storylens.evaluate.checkworthy_finetune`; this module never imports
torch.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.nlp.embed import TOKENIZER_RESOURCE, onnx_session, plan_batches
from storylens.settings import ModelSettings

__all__ = ["SequenceClassifier"]


class SequenceClassifier:
    """One logit per text from an ONNX sequence classifier. Build one per process and pass it down."""

    def __init__(
        self, model_path: str | Path, max_tokens: int = 64, settings: ModelSettings | None = None
    ) -> None:
        from tokenizers import Tokenizer

        self.settings = settings or ModelSettings()
        self.max_tokens = max_tokens
        try:
            self._session = onnx_session(model_path, self.settings.onnx_threads)
        except Exception as exc:  # onnxruntime raises its own untyped errors for a missing or broken graph
            raise ModelError(f"sentence classifier {model_path}: cannot load it ({exc})") from exc
        tokenizer_file = resources.files("storylens.resources").joinpath(TOKENIZER_RESOURCE)
        self._tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.no_padding()

    def logits(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """The classifier's logit for each text, in input order (an empty input gives an empty array)."""
        out = np.zeros(len(texts), dtype=np.float64)
        if not texts:
            return out
        token_ids = [encoding.ids for encoding in self._tokenizer.encode_batch([text or " " for text in texts])]
        for batch in plan_batches([len(ids) for ids in token_ids], self.settings.embedding_batch_size):
            width = max(len(token_ids[i]) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(token_ids[i])] = token_ids[i]
                mask[row, : len(token_ids[i])] = 1
            (logit,) = self._session.run(["logit"], {"input_ids": ids, "attention_mask": mask})
            out[batch] = np.asarray(logit, dtype=np.float64).reshape(-1)
        return out
