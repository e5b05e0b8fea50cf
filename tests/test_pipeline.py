"""The whole pipeline on the seeds, through the public API and the CLI, with a real SQLite file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens import Engine
from storylens.cli import app
from storylens.nlp import Resources
from storylens.records import ANALYSED_KINDS, Article

from .conftest import SEED_000, SEED_003, SEEDS


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, resources: Resources) -> Engine:
    db = tmp_path_factory.mktemp("pipeline") / "seeds.db"
    engine = Engine(db, resources.settings, resources)
    report = engine.ingest([SEEDS])
    assert len(report.added) == 2 and not report.rejected
    analysed = engine.analyze()
    assert len(analysed.analysed) == 2 and not analysed.failed
    yield engine
    engine.close()


def _inside_analysed_segment(article: Article, start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in article.segments if s.kind in ANALYSED_KINDS)


def test_analysis_is_resumable_and_not_repeated(engine: Engine) -> None:
    again = engine.analyze()
    assert again.analysed == [] and again.failed == []


def test_findings_come_only_from_analysed_segments(engine: Engine) -> None:
    for article in engine.articles():
        analysis = engine.analysis(article.id)
        spans = [(q.start, q.end) for q in analysis.quotes]
        spans += [(c.start, c.end) for c in analysis.claims]
        spans += [(m.start, m.end) for a in analysis.actors for m in a.mentions]
        assert spans, f"nothing found in {article.source}"
        for start, end in spans:
            assert _inside_analysed_segment(article, start, end), (article.source, article.text[start:end])
        for quote in analysis.quotes:
            assert article.text[quote.start : quote.end] == quote.text
        for claim in analysis.claims:
            assert article.text[claim.start : claim.end] == claim.text


def test_seeds_form_one_story_with_two_outlets(engine: Engine) -> None:
    stories = engine.stories()
    assert len(stories) == 1, [s.to_dict() for s in stories]
    (story,) = stories
    assert len(story.articles) == 2 and len(set(story.outlets)) == 2
    assert story.label


def test_actors_are_resolved_across_the_store(engine: Engine) -> None:
    rutte = [a for a in engine.actors() if a.name == "Mark Rutte"]
    assert len(rutte) == 1
    assert {m.article for m in rutte[0].mentions} == {a.id for a in engine.articles()}


def test_sourcing_per_outlet(engine: Engine) -> None:
    profiles = {o.outlet: o for o in engine.outlet_sourcing()}
    assert set(profiles) == {SEED_000.stem, SEED_003.stem}
    counts_000, counts_003 = dict(profiles[SEED_000.stem].counts), dict(profiles[SEED_003.stem].counts)
    assert counts_000["anonymous"] >= 2 and counts_000["vague"] == 0  # "a source close to Rutte", "diplomats …"
    assert counts_003["vague"] >= 3 and counts_003["anonymous"] == 0  # "some experts", "analysts", "critics"
    # 003 paraphrases the US strategy document at length ("The NSS criticizes …", "The strategy suggests …"):
    # Rutte and that document are its two main voices.
    top_two = {speaker.name for speaker in profiles[SEED_003.stem].speakers[:2]}
    assert "Mark Rutte" in top_two and any("National Security Strategy" in name for name in top_two), top_two
    for outlet in profiles.values():
        assert sum(dict(outlet.counts).values()) == outlet.quotes
        assert abs(sum(dict(outlet.shares).values()) - 1.0) < 1e-9


def test_compare_json_follows_the_contract(engine: Engine) -> None:
    from storylens.compare.report import render_json, validate_contract

    data = json.loads(render_json(engine.compare()))
    validate_contract(data)
    assert data["schema"] == "storylens.comparison/1"
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for key in ("quotes", "claims"):
        for item in data[key]:
            assert texts[item["article"]][item["start"] : item["end"]] == item["text"]


def test_cli_quotes_and_claims_on_files_in_memory() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["--quiet", "quotes", str(SEED_000), "--format", "json"])
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.output)
    assert quotes and all(q["source"] == str(SEED_000) for q in quotes)
    text = SEED_000.read_text(encoding="utf-8")
    for quote in quotes:
        assert text[quote["start"] : quote["end"]] == quote["text"]  # offsets into the decoded input file
    claims = json.loads(runner.invoke(app, ["--quiet", "claims", str(SEED_003), "-f", "json"]).output)
    assert any("1.1 million" in c["text"] for c in claims)


def test_demo_writes_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["--quiet", "demo", "--seeds", str(SEEDS)])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<html" in html and "Rutte" in html
    # Works offline: no script, style sheet or image is loaded from elsewhere (plotly.js is embedded).
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", html)
    assert "Plotly.newPlot" in html
    assert (tmp_path / "storylens.db").exists()


@pytest.mark.parametrize("state", [b"not a saved state", b"PK\x03\x04 truncated zip"])
def test_unreadable_story_state_is_rebuilt_from_the_stream(resources: Resources, state: bytes) -> None:
    with Engine(":memory:", resources.settings, resources) as engine:
        engine.ingest([SEED_000])
        engine.analyze()
        engine.store.put_state("stories.clusterer", state)  # as left by another version of storylens
        engine.store.put_state("stories.dedupe", state)
        engine.ingest([SEED_003])
        report = engine.analyze()
        assert report.analysed and not report.failed
        (story,) = engine.stories()
        assert len(story.articles) == 2
