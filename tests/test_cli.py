"""The CLI end to end on real inputs: a real SQLite file, the seeds, real articles from the bias corpus."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app

from .conftest import SEEDS, SHARED

runner = CliRunner()
BIAS = SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz"


def _bias_articles(n: int) -> list[dict[str, str]]:
    with gzip.open(BIAS, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return [
            {"text": r["text"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
             "url": r["url"]}
            for r in itertools.islice((r for r in rows if len(r["text"]) > 1500), n)
        ]


def test_ingest_list_show_search_json(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["--db", db, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "added 2" in result.output
    again = runner.invoke(app, ["--db", db, "ingest", str(SEEDS)])
    assert "added 0, already stored 2" in again.output
    listed = json.loads(runner.invoke(app, ["--db", db, "articles", "--format", "json"]).output)
    assert len(listed) == 2
    for article in listed:
        assert set(article) >= {"id", "source", "outlet", "title", "published", "language", "text", "segments"}
        for segment in article["segments"]:
            assert article["text"][segment["start"] : segment["end"]] == segment["text"]
    shown = json.loads(runner.invoke(app, ["--db", db, "show", listed[0]["id"][:8], "-f", "json"]).output)
    assert shown == listed[0] | {"url": shown["url"], "author": shown["author"]}
    hits = json.loads(runner.invoke(app, ["--db", db, "search", "Costa", "-f", "json"]).output)
    assert len(hits) == 1 and "[Costa]" in hits[0]["snippet"]


def test_outlet_named_at_ingest(tmp_path: Path) -> None:
    db = str(tmp_path / "o.db")
    seed = str(next(SEEDS.glob("000_*.txt")))
    assert runner.invoke(app, ["--db", db, "ingest", "--outlet", "Example Times", seed]).exit_code == 0
    (article,) = json.loads(runner.invoke(app, ["--db", db, "articles", "-f", "json"]).output)
    assert article["outlet"] == "Example Times"


def test_bad_inputs_are_reported_and_exit_code_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "good.txt").write_text((SEEDS / next(p.name for p in SEEDS.iterdir())).read_text())
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["--db", db, "ingest", str(folder), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "added 1" in result.output
    for name in ("empty.txt", "binary.txt", "missing.txt"):
        assert name in result.output
    unknown = runner.invoke(app, ["--db", db, "show", "nonexistent"])
    assert unknown.exit_code == 2 and "no article" in unknown.output


def test_sigkill_mid_ingest_keeps_finished_articles_and_rerun_completes(tmp_path: Path) -> None:
    feed = tmp_path / "many.jsonl"
    rows = _bias_articles(400)
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "k.db"
    command = [sys.executable, "-m", "storylens", "--db", str(db), "--quiet", "ingest", str(feed)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as check:
                    stored = check.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    if process.poll() is not None:
        pytest.fail("ingest finished before it could be killed; use more articles")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = check.execute("SELECT count(*) FROM articles").fetchone()[0]
        fts = check.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    assert kept >= stored and kept == fts
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode in (0, 1), rerun.stderr
    with sqlite3.connect(db) as check:
        total = check.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert f"already stored {kept}" in rerun.stdout
    assert total == kept + int(rerun.stdout.split("added ")[1].split(",")[0])
    assert total >= 390  # a handful of real articles may be near-identical wire copies


def test_coverage_over_time_for_the_store_and_as_a_chart(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    feed = tmp_path / "bias.jsonl"
    rows = _bias_articles(6)
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert runner.invoke(app, ["--db", db, "ingest", str(feed), str(SEEDS)]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "coverage", "-f", "json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    expected: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["published"][:10] or "undated", row["outlet"])
        expected[key] = expected.get(key, 0) + 1
    got = {(c["day"], c["outlet"]): c["articles"] for c in counts}
    assert {k: v for k, v in got.items() if k in expected} == expected
    assert sum(got.values()) == len(rows) + 2  # the seeds carry no date: counted as "undated"
    assert all(c["day"] == "undated" for c in counts if (c["day"], c["outlet"]) not in expected)
    chart = tmp_path / "coverage.html"
    assert runner.invoke(app, ["--db", db, "coverage", "-f", "html", "-o", str(chart)]).exit_code == 0
    page = chart.read_text(encoding="utf-8")
    assert "Plotly.newPlot" in page and not re.search(r"<script[^>]+src=", page)  # self-contained
    assert all(outlet in page for _, outlet in expected)
