"""Benchmark: near-duplicates and story clustering over the bias corpus (37,554 articles, 2012–2020).

The articles are streamed in date order (undated ones last, as they would trickle in). Reported, at checkpoints
(5k, 10k, … articles): cumulative CPU seconds (``time.process_time``, every thread of this process; wall seconds
beside them, which on a shared machine mostly measure the other jobs) and articles per CPU second of the
near-duplicate index and of the story clusterer, the live stories and live near-duplicate signatures (both bounded
by their time windows), and the memory each stage's object holds (tracemalloc, in a second, untimed pass: tracing
slows Python down). Embedding title + lead is timed on its own (CPU and wall) and is the known bottleneck; the
embeddings are cached in a file outside the repository (``--cache``, saved every 1,000 texts, so a stopped run
resumes) and the cache keeps the measured embedding time, so the ratio end-to-end / embedding stays reported.
``--hashed-embeddings`` replaces the model by hashed word vectors to measure the clusterer's time and memory over
the whole corpus without embedding it (its clustering quality means nothing).

    python benchmarks/bench_stories.py --limit 5000 --cache /tmp/stories/bench-emb.npz
    python benchmarks/bench_stories.py --cache /tmp/stories/bench-emb.npz      # all 37,554
    python benchmarks/bench_stories.py --hashed-embeddings                      # all, no model
    python benchmarks/bench_stories.py --limit 5000 --cache ... --single-pass   # without the first / second look
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storylens.settings import Settings
from storylens.stories._time import to_hours
from storylens.stories.cluster import ClusterTuning, StoryClusterer, StoryItem, lead_text
from storylens.stories.dedupe import NearDuplicateIndex

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bias-corpus" / "articles.jsonl.gz"


@dataclass(frozen=True)
class Row:
    id: str
    outlet: str
    title: str
    published: str | None
    text: str


def load(path: Path, limit: int | None) -> list[Row]:
    rows: list[Row] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            data = json.loads(line)
            rows.append(
                Row(
                    str(data["id"]),
                    str(data.get("outlet") or ""),
                    str(data.get("title") or ""),
                    data.get("published") or None,
                    str(data.get("text") or ""),
                )
            )
            if limit is not None and len(rows) >= limit:
                break
    return rows


def date_order(rows: Sequence[Row]) -> list[int]:
    """Indexes of ``rows`` by date, undated last, file order within a date."""
    hours = [to_hours(r.published) for r in rows]
    return sorted(range(len(rows)), key=lambda i: (hours[i] is None, hours[i] or 0.0, i))


@dataclass(frozen=True)
class EmbeddingCost:
    """What embedding this run's rows costs: wall seconds and CPU seconds (all threads of this process), both
    measured per text over everything ever embedded into the cache and scaled to the run's rows."""

    wall_seconds: float
    cpu_seconds: float
    embedded_now: int


def embeddings_for(
    rows: Sequence[Row], settings: Settings, cache: Path | None
) -> tuple[npt.NDArray[np.float32], EmbeddingCost]:
    """Embeddings of title + lead for every row and what computing them costs."""
    cached: dict[str, npt.NDArray[np.float32]] = {}
    cached_seconds, cached_cpu, cached_count = 0.0, 0.0, 0
    if cache is not None and cache.exists():
        with np.load(cache, allow_pickle=False) as data:
            cached = dict(zip(data["ids"].tolist(), data["vectors"], strict=True))
            cached_seconds, cached_count = float(data["seconds"]), int(data["count"])
            # Caches written before CPU time was recorded have none: NaN says "not measured".
            cached_cpu = float(data["cpu_seconds"]) if "cpu_seconds" in data.files else math.nan
    missing = [r for r in rows if r.id not in cached]
    seconds = cpu = 0.0
    if missing:
        from storylens.nlp import Resources

        embedder = Resources(settings).embedder
        # In chunks, saving the cache after each, so a long run that is stopped keeps what it embedded.
        for begin in range(0, len(missing), 1000):
            chunk = missing[begin : begin + 1000]
            started, started_cpu = time.perf_counter(), time.process_time()
            vectors = embedder.embed([lead_text(r.title, r.text, settings.stories.lead_chars) for r in chunk])
            seconds += time.perf_counter() - started
            cpu += time.process_time() - started_cpu
            cached.update(zip([r.id for r in chunk], vectors, strict=True))
            if cache is not None:
                ids = list(cached)
                np.savez(
                    cache,
                    ids=np.array(ids),
                    vectors=np.array([cached[i] for i in ids], dtype=np.float32),
                    seconds=np.array(cached_seconds + seconds),
                    cpu_seconds=np.array(cached_cpu + cpu),
                    count=np.array(cached_count + begin + len(chunk)),
                )
    total_count = cached_count + len(missing)
    # Time per text measured over everything ever embedded into this cache, scaled to this run's rows.
    scale = len(rows) / total_count if total_count else 0.0
    cost = EmbeddingCost((cached_seconds + seconds) * scale, (cached_cpu + cpu) * scale, len(missing))
    return np.array([cached[r.id] for r in rows], dtype=np.float32), cost


def hashed_embeddings(rows: Sequence[Row], settings: Settings) -> npt.NDArray[np.float32]:
    """Stand-in vectors for scaling runs without the model: title + lead words hashed (with signs) into 384
    dimensions, L2-normalised. Similar texts get similar vectors, so stories still form, but the clustering
    *quality* of such a run means nothing: it measures the clusterer's time and memory only."""
    from sklearn.feature_extraction.text import HashingVectorizer

    vectorizer = HashingVectorizer(n_features=384, alternate_sign=True, norm="l2", stop_words="english")
    texts = [lead_text(r.title, r.text, settings.stories.lead_chars) for r in rows]
    return np.asarray(vectorizer.transform(texts).toarray(), dtype=np.float32)


def checkpoints(total: int) -> list[int]:
    marks = list(range(5000, total, 5000))
    return [*marks, total]


@dataclass(frozen=True)
class Checkpoint:
    """Cumulative cost after ``articles`` articles: CPU seconds (``time.process_time``) and wall seconds per stage."""

    articles: int
    dedupe_cpu: float
    cluster_cpu: float
    dedupe_wall: float
    cluster_wall: float
    live_stories: int
    live_signatures: int


def run(
    rows: Sequence[Row],
    order: Sequence[int],
    vectors: npt.NDArray[np.float32],
    settings: Settings,
    stages: frozenset[str] = frozenset({"dedupe", "cluster"}),
    tuning: ClusterTuning | None = None,
) -> tuple[list[Checkpoint], int, int]:
    """One timed pass: the cumulative cost at each checkpoint, duplicate groups and stories at the end."""
    marks = set(checkpoints(len(order)))
    index = NearDuplicateIndex(settings.stories)
    clusterer = StoryClusterer(settings.stories, tuning)
    dedupe_cpu = cluster_cpu = dedupe_wall = cluster_wall = 0.0
    out: list[Checkpoint] = []
    for done, i in enumerate(order, start=1):
        row = rows[i]
        text = f"{row.title}\n{row.text}"
        started, started_cpu = time.perf_counter(), time.process_time()
        if "dedupe" in stages:
            index.add(row.id, text, row.published)
        middle, middle_cpu = time.perf_counter(), time.process_time()
        if "cluster" in stages:
            clusterer.add(StoryItem(row.id, vectors[i], text, row.title, row.outlet, row.published))
        ended, ended_cpu = time.perf_counter(), time.process_time()
        dedupe_wall += middle - started
        cluster_wall += ended - middle
        dedupe_cpu += middle_cpu - started_cpu
        cluster_cpu += ended_cpu - middle_cpu
        if done in marks:
            out.append(
                Checkpoint(
                    done, dedupe_cpu, cluster_cpu, dedupe_wall, cluster_wall, clusterer.live_count, index.live_count
                )
            )
    return out, len(index.groups()), len(clusterer.stories())


def traced_memory(
    rows: Sequence[Row], order: Sequence[int], vectors: npt.NDArray[np.float32], settings: Settings, stage: str
) -> dict[int, tuple[float, float]]:
    """(current MB, peak MB) held by one stage's object at each checkpoint, traced by tracemalloc."""
    marks = set(checkpoints(len(order)))
    out: dict[int, tuple[float, float]] = {}
    tracemalloc.start()
    index = NearDuplicateIndex(settings.stories) if stage == "dedupe" else None
    clusterer = StoryClusterer(settings.stories) if stage == "cluster" else None
    for done, i in enumerate(order, start=1):
        row = rows[i]
        text = f"{row.title}\n{row.text}"
        if index is not None:
            index.add(row.id, text, row.published)
        if clusterer is not None:
            clusterer.add(StoryItem(row.id, vectors[i], text, row.title, row.outlet, row.published))
        if done in marks:
            current, peak = tracemalloc.get_traced_memory()
            out[done] = (current / 2**20, peak / 2**20)
    tracemalloc.stop()
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache (.npz), outside the repository")
    parser.add_argument("--no-memory", action="store_true", help="skip the traced pass")
    parser.add_argument("--stage", choices=("both", "dedupe", "cluster"), default="both")
    parser.add_argument(
        "--hashed-embeddings",
        action="store_true",
        help="stand-in vectors instead of the model (time and memory of the clusterer only, no embedding time)",
    )
    parser.add_argument(
        "--single-pass",
        action="store_true",
        help="no first / second look (ClusterTuning.first_look_logit 0, second_look_stories 0): the former clusterer",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    tuning = ClusterTuning(first_look_logit=0.0, second_look_stories=0) if args.single_pass else ClusterTuning()
    rows = load(args.corpus, args.limit)
    order = date_order(rows)
    if args.hashed_embeddings:
        vectors, cost = hashed_embeddings(rows, settings), EmbeddingCost(math.nan, math.nan, 0)
        print(f"{len(rows)} articles; hashed stand-in vectors (no model, no embedding time)")
    else:
        vectors, cost = embeddings_for(rows, settings, args.cache)
        source = "" if cost.embedded_now else " (from cache: time as measured then)"
        print(
            f"{len(rows)} articles; embedding title + lead: {cost.cpu_seconds:.1f} CPU s, "
            f"{cost.wall_seconds:.1f} s wall{source}"
        )
    embed_seconds = cost.cpu_seconds
    stages = frozenset({"dedupe", "cluster"} if args.stage == "both" else {args.stage})
    timed, groups, stories = run(rows, order, vectors, settings, stages, tuning)
    print(f"{groups} duplicate groups, {stories} stories")
    empty: dict[int, tuple[float, float]] = {}
    traced = not args.no_memory
    dedupe_mb = traced_memory(rows, order, vectors, settings, "dedupe") if traced and "dedupe" in stages else empty
    cluster_mb = traced_memory(rows, order, vectors, settings, "cluster") if traced and "cluster" in stages else empty
    print("CPU seconds (time.process_time, all threads of this process); wall seconds in brackets")
    print(
        "articles  dedupe CPU s (wall)  dedupe/s  cluster CPU s (wall)  cluster/s  live stories / signatures"
        "  dedupe MB (peak)  cluster MB (peak)"
    )
    for point in timed:
        d_now, d_peak = dedupe_mb.get(point.articles, (float("nan"), float("nan")))
        c_now, c_peak = cluster_mb.get(point.articles, (float("nan"), float("nan")))
        print(
            f"{point.articles:8d}  {point.dedupe_cpu:9.1f} ({point.dedupe_wall:7.1f})"
            f"  {point.articles / max(point.dedupe_cpu, 1e-9):8.0f}"
            f"  {point.cluster_cpu:10.1f} ({point.cluster_wall:7.1f})"
            f"  {point.articles / max(point.cluster_cpu, 1e-9):9.0f}"
            f"  {point.live_stories:5d} / {point.live_signatures:6d}"
            f"  {d_now:7.1f} ({d_peak:6.1f})  {c_now:8.1f} ({c_peak:6.1f})"
        )
    last = timed[-1]
    print(f"end-to-end clustering / embedding (CPU): {(embed_seconds + last.cluster_cpu) / embed_seconds:.3f}")
    print(
        "with near-duplicates too (CPU):          "
        f"{(embed_seconds + last.cluster_cpu + last.dedupe_cpu) / embed_seconds:.3f}"
    )


if __name__ == "__main__":
    main()
