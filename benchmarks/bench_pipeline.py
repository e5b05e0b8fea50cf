"""End-to-end throughput: ingest → clean → store → extract (actors, quotes, claims) → stories, into SQLite.

Real articles from the bias corpus (../shared/corpus/bias-corpus/articles.jsonl.gz, read in place) are written
as one JSON Lines file in a temporary folder and run through :class:`storylens.Engine` exactly as the CLI does.
Reports articles/s for the ingest step and the analyse step (extraction + stories) in wall time and in CPU seconds
(``time.process_time``: every thread of this process), the CPU split by stage (``AnalyzeReport.cpu_seconds``), the
load average (the machine may be shared: wall time then says little, CPU time still does), and the peak resident
memory. ``--check`` then re-analyses every article alone with :func:`storylens.pipeline.analyze_article` and counts
analyses that differ from the batched run's (expected: none).

With ``--workers N`` the analysis runs in N worker processes (``analyze_store(..., workers=N)``); their CPU time is
counted too (``RUSAGE_CHILDREN``), and the peak memory shown is this process's and its largest worker's.

    python benchmarks/bench_pipeline.py [--articles 300] [--workers 2] [--check]

Measured 2026-11-23 on 100 articles, on a machine shared with other jobs (1-min load average 8–12 on 2 cores, so
wall times are far below an idle machine's; CPU seconds are the comparable figure):

================================================================  ===========  ==========  ===========================
code                                                              CPU s/art.   articles/s  CPU split (largest first)
================================================================  ===========  ==========  ===========================
before: 1de4863 with the session-1 pipeline.py and embed.py      1.14         0.35        —
2a7653a: batched parse + token-planned embedding batches          0.71         0.58        claims 36%, parse 35%,
                                                                                           quotes 14%
0c70a56 (later extractors: attribution-v2), in-process            0.80         0.52        parse 36%, claims 33%,
                                                                                           quotes 16%
the same, ``--workers 2`` (no spare core to use at that load)     0.85         0.47        parse 39%, claims 30%
================================================================  ===========  ==========  ===========================

The first two rows differ only in this task's files and one quantities commit; both include the
check-worthiness cascade (74457fc). Before it, cProfile put the sentence embeddings at
about 2/3 of the analysis time and the parse at 1/5.
``--check`` found 0 of 100 analyses differing from article-by-article analysis, in-process and with 2 workers.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from storylens import Engine
from storylens.pipeline import analyze_article, analyze_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bias-corpus" / "articles.jsonl.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--workers", type=int, default=1, help="worker processes for the analysis")
    parser.add_argument("--check", action="store_true", help="compare with article-by-article analysis")
    args = parser.parse_args()
    load_before = os.getloadavg()
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
            # Model loading is not part of the throughput.
            engine.resources.spacy  # noqa: B018
            engine.resources.embedder  # noqa: B018
            from storylens.extract.checkworthy import CheckworthyModel

            CheckworthyModel.load(engine.resources)
            started, cpu_started, children_started = time.perf_counter(), time.process_time(), _children_cpu()
            analysed = analyze_store(engine.store, engine.resources, workers=args.workers)
            analyse_seconds = time.perf_counter() - started
            analyse_cpu = time.process_time() - cpu_started + _children_cpu() - children_started
            stories = len(engine.stories())
            differing = _differing(engine) if args.check else None
    load_after = os.getloadavg()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stored, done = len(report.added), len(analysed.analysed)
    print(f"articles read {args.articles} ({megabytes:.1f} MB), stored {stored}, rejected {len(report.rejected)}")
    print(f"ingest  {ingest_seconds:7.1f} s  {stored / ingest_seconds:7.1f} articles/s  "
          f"{megabytes / ingest_seconds:5.2f} MB/s")
    print(f"analyse {analyse_seconds:7.1f} s wall {done / analyse_seconds:6.2f} articles/s | "
          f"{analyse_cpu:7.1f} CPU s {analyse_cpu / max(done, 1):6.3f} CPU s/article "
          f"(failed {len(analysed.failed)}, stories {stories}, near-duplicates {analysed.duplicates_found})")
    stages = sorted(analysed.cpu_seconds.items(), key=lambda item: -item[1])
    print("analyse CPU by stage: " + ", ".join(
        f"{name} {seconds:.1f} s ({seconds / analyse_cpu:.0%})" for name, seconds in stages))
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min), cores {os.cpu_count()}")
    workers_note = f", largest worker {worker_peak_mb:.0f} MB" if args.workers > 1 else ""
    print(f"peak resident memory {peak_mb:.0f} MB{workers_note}")
    if differing is not None:
        print(f"article-by-article check: {len(differing)} of {done} analyses differ {differing[:5]}")


def _children_cpu() -> float:
    """CPU seconds of this process's finished child processes (the analysis workers, once joined)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _differing(engine: Engine) -> list[str]:
    """Ids of stored analyses that differ from a fresh article-by-article analysis."""
    differing = []
    for article in engine.articles():
        stored = engine.store.get_analysis(article.id)
        if stored is None or stored.to_dict() != analyze_article(article, engine.resources).to_dict():
            differing.append(article.id)
    return differing


if __name__ == "__main__":
    main()
