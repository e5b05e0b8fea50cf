"""A lone article stored in an earlier run moves, in the store too, when a later article's story grows towards it
(the clusterer's second look), and its emptied story goes."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from storylens import Engine, pipeline
from storylens.nlp import Resources

from .conftest import nearest_member_tuning

#: Each article's embedding is a direction in a plane, picked by the code word in its title. "Charlie" is 70° from
#: "Alpha" (cosine 0.34: it founds its own story); "Bravo" is 20° from "Alpha" and 50° from "Charlie", so it joins
#: "Alpha", and the story holding both is then within cosine 0.64 of "Charlie".
DEGREES = {"Alpha": 0.0, "Charlie": 70.0, "Bravo": 20.0}


class _AngleEmbedder:
    """Stands in for the story embedder: a unit vector per code word, so the join decisions are known exactly."""

    model_id = "test-angles"
    dimension = 3

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        rows = []
        for text in texts:
            (word,) = [w for w in DEGREES if w in text]
            angle = math.radians(DEGREES[word])
            rows.append([math.cos(angle), math.sin(angle), 0.0])
        return np.array(rows, dtype=np.float32)


#: Joins on the nearest member's cosine alone (a story iff some member is within cosine 0.5), with the second look on.
NEAREST_MEMBER_TUNING = nearest_member_tuning(second_look_stories=3)


def _write(path: Path, word: str, hour: int) -> Path:
    article = {
        "title": f"{word} report on the harbour",
        "text": f"The {word} desk filed this report on the harbour works this morning. Nothing else happened.",
        "outlet": f"{word} Times",
        "published": f"2024-03-01T{hour:02d}:00:00Z",
    }
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    return path


def test_a_stored_lone_article_moves_to_the_story_that_grew_towards_it(
    tmp_path: Path, resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_story_embedder", lambda _resources: (_AngleEmbedder(), NEAREST_MEMBER_TUNING))
    engine = Engine(tmp_path / "moves.db", resources.settings, resources)
    try:
        engine.ingest([_write(tmp_path / "a.jsonl", "Alpha", 8), _write(tmp_path / "c.jsonl", "Charlie", 9)])
        assert not engine.analyze().failed
        before = {s.id: {engine.article(a).title for a in s.articles} for s in engine.stories()}
        assert sorted(map(sorted, before.values())) == [["Alpha report on the harbour"],
                                                        ["Charlie report on the harbour"]]

        engine.ingest([_write(tmp_path / "b.jsonl", "Bravo", 10)])
        assert not engine.analyze().failed
        after = engine.stories()
        assert len(after) == 1, [s.to_dict() for s in after]
        (story,) = after
        assert sorted(engine.article(a).title or "" for a in story.articles) == [
            "Alpha report on the harbour", "Bravo report on the harbour", "Charlie report on the harbour"
        ]
        # The story kept is Alpha's (Bravo joined it); Charlie's lone story is gone from the store.
        alpha_story = next(i for i, titles in before.items() if "Alpha report on the harbour" in titles)
        assert story.id == alpha_story
    finally:
        engine.close()
