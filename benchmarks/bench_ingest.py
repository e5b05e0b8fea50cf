"""Ingest throughput per format: articles/s, MB/s and peak memory, over the article-extraction benchmark pages.

The 119 real pages are read as they are (``html``), packed into one gzipped WARC (``warc``), and their true
article bodies are written as plain text files (``text``), one JSON Lines file (``jsonl``) and one RSS feed with
HTML content (``feed``). Inputs are built in a temporary folder; nothing is written into the repository unless
``--out`` names a JSON file for the results.

Input MB is the size on disk (the HTML pages are gzipped). Each format is timed (wall clock, and process CPU time,
the fairer figure on a busy machine) in one pass through :func:`storylens.ingest.iter_inputs`; a second pass under
tracemalloc measures the peak Python heap (tracemalloc slows Python down, so it is kept out of the timed pass).
The process's peak resident size (``ru_maxrss``) is reported at the end.

    python benchmarks/bench_ingest.py [--data ../shared/eval/extraction] [--repeat 1] [--out results.json]
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.ingest import iter_inputs
from storylens.records import RawDocument
from storylens.settings import IngestSettings

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "extraction"


def build_inputs(data_dir: Path, work: Path) -> dict[str, list[Path]]:
    """Write every format's inputs under ``work``; return the input paths per format."""
    truth: dict[str, dict[str, str]] = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((data_dir / "html").glob("*.html.gz"))
    inputs: dict[str, list[Path]] = {"html": pages}

    warc_path = work / "pages.warc.gz"
    with warc_path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for page in pages:
            page_id = page.name.split(".")[0]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            body = io.BytesIO(gzip.decompress(page.read_bytes()))
            writer.write_record(writer.create_warc_record(truth[page_id].get("url") or f"https://x/{page_id}",
                                                          "response", payload=body, http_headers=headers))
    inputs["warc"] = [warc_path]

    text_dir = work / "text"
    text_dir.mkdir()
    for page_id, item in sorted(truth.items()):
        (text_dir / f"{page_id}.txt").write_text(item["articleBody"], encoding="utf-8")
    inputs["text"] = [text_dir]

    jsonl_path = work / "articles.jsonl"
    with jsonl_path.open("w", encoding="utf-8") as handle:
        for page_id, item in sorted(truth.items()):
            handle.write(json.dumps({"text": item["articleBody"], "url": item.get("url"), "title": page_id}) + "\n")
    inputs["jsonl"] = [jsonl_path]

    entries = []
    for page_id, item in sorted(truth.items()):
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in item["articleBody"].split("\n") if p.strip())
        entries.append(f"<item><title>{page_id}</title><link>{html.escape(item.get('url') or '')}</link>"
                       f"<description>{html.escape(paragraphs)}</description></item>")
    feed_path = work / "feed.rss"
    feed_path.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench</title>'
                         + "".join(entries) + "</channel></rss>", encoding="utf-8")
    inputs["feed"] = [feed_path]
    return inputs


def _input_bytes(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        total += sum(file.stat().st_size for file in files)
    return total


def run(paths: list[Path], settings: IngestSettings) -> tuple[int, int]:
    """Documents and errors that ingesting ``paths`` yields."""
    documents = errors = 0
    for item in iter_inputs([str(path) for path in paths], settings):
        if isinstance(item, RawDocument):
            documents += 1
        else:
            errors += 1
    return documents, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes per format (the best is reported)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)
    settings = IngestSettings()
    results = []
    with tempfile.TemporaryDirectory(prefix="storylens-bench-") as tmp:
        inputs = build_inputs(args.data, Path(tmp))
        print(f"{'format':<7} {'docs':>5} {'errors':>6} {'input MB':>9} {'wall s':>7} {'cpu s':>6} "
              f"{'articles/s':>11} {'per cpu-s':>10} {'MB/s':>7} {'peak heap MB':>13}")
        for fmt in ("html", "warc", "feed", "jsonl", "text"):
            paths = inputs[fmt]
            size = _input_bytes(paths)
            best = best_cpu = float("inf")
            documents = errors = 0
            for _ in range(max(1, args.repeat)):
                started, started_cpu = time.perf_counter(), time.process_time()
                documents, errors = run(paths, settings)
                best = min(best, time.perf_counter() - started)
                best_cpu = min(best_cpu, time.process_time() - started_cpu)
            peak = None
            if not args.no_memory:
                tracemalloc.start()
                run(paths, settings)
                peak = tracemalloc.get_traced_memory()[1] / 1e6
                tracemalloc.stop()
            row = {"format": fmt, "documents": documents, "errors": errors, "input_mb": size / 1e6,
                   "seconds": best, "cpu_seconds": best_cpu, "articles_per_s": documents / best,
                   "articles_per_cpu_s": documents / best_cpu, "mb_per_s": size / 1e6 / best, "peak_heap_mb": peak}
            results.append(row)
            peak_text = f"{peak:13.1f}" if peak is not None else f"{'-':>13}"
            print(f"{fmt:<7} {documents:>5} {errors:>6} {size / 1e6:>9.2f} {best:>7.2f} {best_cpu:>6.2f} "
                  f"{documents / best:>11.1f} {documents / best_cpu:>10.1f} {size / 1e6 / best:>7.2f} {peak_text}")
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident size of the process: {max_rss_mb:.0f} MB")
    if args.out:
        args.out.write_text(json.dumps({"results": results, "max_rss_mb": max_rss_mb}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
