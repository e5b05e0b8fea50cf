"""The shipped story encoder (int8 ONNX, run without torch)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from storylens.nlp import Resources
from storylens.stories.cluster import lead_text
from storylens.stories.encoder import MODEL_ID, StoryEncoder

from .conftest import SEED_000, SEED_003


@pytest.fixture(scope="module")
def encoder(resources: Resources) -> StoryEncoder:
    loaded: StoryEncoder = resources.extra("stories.encoder", lambda: StoryEncoder(resources.settings.models))
    return loaded


def _seed_text(path: Path) -> str:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lead_text(lines[0], "\n".join(lines[1:]), 600)


def test_vectors_are_unit_length_and_do_not_depend_on_the_batch(encoder: StoryEncoder) -> None:
    texts = ["NATO allies agree on spending", "Rain in Lisbon", "", "A much longer text " * 40]
    together = encoder.embed(texts)
    alone = np.stack([encoder.embed([text])[0] for text in texts])
    assert together.shape == (4, 384)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-3)
    assert np.allclose(together, alone, atol=1e-5)
    assert encoder.embed([]).shape == (0, 384)
    assert encoder.model_id == MODEL_ID != Resources().settings.models.embedding_package


def test_the_seeds_are_closer_to_each_other_than_to_other_news(encoder: StoryEncoder) -> None:
    seeds = encoder.embed([_seed_text(SEED_000), _seed_text(SEED_003)])
    others = encoder.embed(
        [
            "Supreme Court sides with police officers in two qualified immunity cases",
            "Italy puts in force tough new law requiring workers to test or vaccinate",
        ]
    )
    assert float(seeds[0] @ seeds[1]) > float(np.max(others @ seeds.T)) + 0.2


def test_the_encoder_runs_without_torch() -> None:
    code = (
        "import sys; from storylens.stories.encoder import StoryEncoder; StoryEncoder().embed(['x']); "
        "assert 'torch' not in sys.modules and 'transformers' not in sys.modules; print('no-torch')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "no-torch" in result.stdout


def test_evaluation_can_give_the_story_encoder_the_general_clusterer() -> None:
    from storylens.evaluate.stories import starting_tuning
    from storylens.stories.cluster import ClusterTuning
    from storylens.stories.encoder import STORY_ENCODER_TUNING

    assert starting_tuning("general") == ClusterTuning()
    assert starting_tuning("stories") == STORY_ENCODER_TUNING
    looks_on = starting_tuning("stories", general_tuning=True)
    assert looks_on.second_look_stories > 0 and looks_on.farthest_weight != 0.0
