"""Quality gate: the shipped int8 ONNX attribution tagger on the first PolNeAR dev articles (no torch needed).

The minimums are pinned slightly below the figures measured on this subset with the shipped artefact; the
full-dev figures are in :mod:`storylens.evaluate.attribution_tagger`'s docstring.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.evaluate.attribution_tagger import evaluate_merge, evaluate_tagger, rule_quotes
from storylens.evaluate.quotes import parsed_polnear
from storylens.extract.attribution_model import AttributionModel
from storylens.extract.attribution_tagger import AttributionTagger
from storylens.nlp import Resources

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear"
SUBSET = 40

# Measured on the first 40 dev articles with attribution-tagger-v1 (int8): tagger alone all P 0.689 R 0.636 F1 0.661,
# speaker accuracy 0.816; merged with the current system (tagged contents with a cue, overlapping none of its
# quotes) all P 0.662 R 0.703 F1 0.682, speaker accuracy 0.893.
MIN_TAGGER_ALL_F1 = 0.645
MIN_TAGGER_SPEAKER_ACCURACY = 0.80
MIN_MERGED_ALL_F1 = 0.665


@pytest.mark.gate
def test_attribution_tagger_gate_on_polnear_dev_subset(resources: Resources) -> None:
    if not POLNEAR.is_dir():
        pytest.fail(f"{POLNEAR} is missing: the gate reads ../shared beside the checkout")
    items = parsed_polnear("dev", resources.spacy, POLNEAR, limit=SUBSET)
    tagger = AttributionTagger.load(resources)
    alone, tagged = evaluate_tagger(items, tagger.label)
    report = alone.report()
    assert alone.articles == SUBSET, report
    assert alone.all.f1 >= MIN_TAGGER_ALL_F1, report
    assert alone.speaker_accuracy >= MIN_TAGGER_SPEAKER_ACCURACY, report
    with_cue = [[a for a in found if a.cue is not None] for found in tagged]
    merged = evaluate_merge(items, rule_quotes(items, AttributionModel.load(resources)), with_cue)
    assert merged.all.f1 >= MIN_MERGED_ALL_F1, merged.report()
