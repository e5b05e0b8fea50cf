"""Shared fixtures: paths to ../shared read in place, and one set of loaded models per test session."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from storylens.nlp import Resources
from storylens.settings import Settings
from storylens.stories.cluster import ClusterTuning

if TYPE_CHECKING:
    from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"
SEED_000 = next(SEEDS.glob("000_*.txt"), SEEDS / "000_missing.txt")
SEED_003 = next(SEEDS.glob("003_*.txt"), SEEDS / "003_missing.txt")


@pytest.fixture(scope="session")
def resources() -> Iterator[Resources]:
    """Models load once per test session (spaCy takes a second); tests must not mutate them."""
    yield Resources(Settings())


@pytest.fixture(scope="session")
def nlp(resources: Resources) -> Language:
    """The session's spaCy pipeline (the one the claims stage parses with)."""
    return resources.spacy


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the tests read ../shared beside the checkout")
    return SHARED


def nearest_member_tuning(**changes: object) -> ClusterTuning:
    """Weights on the nearest-member cosine alone: an article joins a story iff some member is within cosine 0.5."""
    only_nearest = ClusterTuning(
        intercept=-5.0,
        centroid_weight=0.0,
        nearest_weight=10.0,
        keyword_weight=0.0,
        gap_weight=0.0,
        candidates_weight=0.0,
        core_weight=0.0,
        title_weight=0.0,
        mean_weight=0.0,
        event_gap_weight=0.0,
        farthest_weight=0.0,
        first_look_logit=0.0,
        second_look_stories=0,
        second_look_logit=0.0,
    )
    return dataclasses.replace(only_nearest, **changes)  # type: ignore[arg-type]
