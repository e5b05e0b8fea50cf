"""End-to-end throughput: ingest → clean → store → extract (actors, quotes, claims) → stories, into SQLite.

Real articles from the bias corpus (../shared/corpus/bias-corpus/articles.jsonl.gz, read in place) are written
as one JSON Lines file in a temporary folder and run through :class:`storylens.Engine` exactly as the CLI does.
Reports articles/s for the ingest step and the analyse step (extraction + stories), and the peak resident memory.

    python benchmarks/bench_pipeline.py [--articles 300]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import tempfile
import time
from pathlib import Path

from storylens import Engine

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bias-corpus" / "articles.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "articles.jsonl"
        with gzip.open(args.corpus, "rt", encoding="utf-8") as handle, feed.open("w", encoding="utf-8") as out:
            for line in itertools.islice(handle, args.articles):
                row = json.loads(line)
                out.write(json.dumps({k: row[k] for k in ("text", "title", "outlet", "published", "url")}) + "\n")
        megabytes = feed.stat().st_size / 1e6
        with Engine(Path(folder) / "bench.db") as engine:
            started = time.perf_counter()
            report = engine.ingest([feed])
            ingest_seconds = time.perf_counter() - started
            engine.resources.spacy  # noqa: B018 - model loading is not part of the throughput
            engine.resources.embedder  # noqa: B018
            started = time.perf_counter()
            analysed = engine.analyze()
            analyse_seconds = time.perf_counter() - started
            stories = len(engine.stories())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stored = len(report.added)
    print(f"articles read {args.articles} ({megabytes:.1f} MB), stored {stored}, rejected {len(report.rejected)}")
    print(f"ingest  {ingest_seconds:7.1f} s  {stored / ingest_seconds:7.1f} articles/s  "
          f"{megabytes / ingest_seconds:5.2f} MB/s")
    print(f"analyse {analyse_seconds:7.1f} s  {len(analysed.analysed) / analyse_seconds:7.1f} articles/s  "
          f"(failed {len(analysed.failed)}, stories {stories}, near-duplicates {analysed.duplicates_found})")
    print(f"peak resident memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
