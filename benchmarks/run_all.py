"""Run every benchmark with its quick defaults, one after the other (``make bench``).

Each benchmark is its own script with more options (see its docstring); this prints their reports in sequence.
The full 37,554-article story benchmark takes long and is run on its own:
``python benchmarks/bench_stories.py --cache /tmp/storylens-bench-emb.npz``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUNS: tuple[tuple[str, ...], ...] = (
    ("bench_ingest.py",),
    ("segment_speed.py", "5000"),
    ("bench_claims.py",),
    ("bench_stories.py", "--limit", "5000"),
    ("eval_dedupe.py", "--limit", "2000"),
    ("bench_pipeline.py", "--articles", "300"),
)


def main() -> int:
    failed = 0
    for script, *args in RUNS:
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *args], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
