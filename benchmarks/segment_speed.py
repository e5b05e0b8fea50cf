"""Cleaner throughput on the bias corpus (../shared/corpus/bias-corpus/articles.jsonl.gz, 37k plain-text articles).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/segment_speed.py [LIMIT]``; prints articles per second and how
the segments were labelled. One language detector is built up front (through Resources), as a real run does.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from storylens.clean import clean_document
from storylens.nlp import Resources
from storylens.records import RawDocument
from storylens.settings import Settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bias-corpus" / "articles.jsonl.gz"


def main(limit: int | None = None) -> None:
    settings = Settings()
    resources = Resources(settings)
    kinds: Counter[str] = Counter()
    count = 0
    elapsed = 0.0
    cpu = 0.0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            raw = RawDocument(source=record["id"], text=record["text"], fmt="jsonl", title=record.get("title"))
            began, began_cpu = time.perf_counter(), time.process_time()
            article = clean_document(raw, settings, resources)
            elapsed += time.perf_counter() - began
            cpu += time.process_time() - began_cpu
            kinds.update(s.kind.value for s in article.segments)
            count += 1
            if limit is not None and count >= limit:
                break
    # CPU time too: on a shared machine the wall clock also counts other processes' turns.
    print(f"{count} articles in {elapsed:.1f} s wall, {cpu:.1f} s CPU: {count / elapsed:.0f} articles/s wall, "
          f"{count / cpu:.0f} articles/s of CPU")
    print(dict(kinds.most_common()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
