"""Shared fixtures: paths to ../shared read in place, and one set of loaded models per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from storylens.nlp import Resources
from storylens.settings import Settings

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
