"""Renderers: JSON follows the shipped schema, Markdown/JSON match golden files, CSV tables, one offline HTML file.

Golden files live in tests/golden/; regenerate them after an intended change with
``STORYLENS_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_report.py``.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
from pathlib import Path

import jsonschema
import pytest

from storylens.compare.model import Comparison, CoverageCount, LoadedWord, Voice
from storylens.compare.report import render_csv, render_html, render_json, render_markdown, validate_contract
from storylens.records import (
    Actor,
    ActorKind,
    Alignment,
    Article,
    Claim,
    Mention,
    Quantity,
    Quote,
    Relation,
    Segment,
    SegmentKind,
    Sourcing,
    SpanRef,
    Speaker,
    SpeakerKind,
    Stance,
    Story,
)

GOLDEN = Path(__file__).resolve().parent / "golden"

TEXT_A = "Leaders agree on spending\nAllies agreed to spend 5% of GDP. “We must act,” the chief said."
TEXT_B = "Panic at the summit\nAllies will spend 5% of GDP by 2035, officials said. Critics call it wasteful."


def _article(article_id: str, outlet: str, text: str, day: str) -> Article:
    title_end = text.index("\n")
    return Article(
        article_id, f"{outlet}.txt", outlet, text[:title_end], day, "en", text,
        (Segment(SegmentKind.TITLE, 0, title_end, text[:title_end]),
         Segment(SegmentKind.PARAGRAPH, title_end + 1, len(text), text[title_end + 1:])),
    )


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def small_comparison() -> Comparison:
    a = _article("a", "Alpha", TEXT_A, "2025-12-05")
    b = _article("b", "Beta", TEXT_B, "2025-12-06")
    pct = Quantity("5% of GDP", 5.0, "percent", "GDP")
    ca = Claim("a-c1", "a", *_span(TEXT_A, "Allies agreed to spend 5% of GDP."), "Allies agreed to spend 5% of GDP.",
               0.9, False, "outlet", ("nato",), (pct,))
    cb_text = "Allies will spend 5% of GDP by 2035, officials said."
    cb = Claim("b-c1", "b", *_span(TEXT_B, cb_text), cb_text, 0.8, False, "officials", ("nato",), (pct,))
    cb2_text = "Critics call it wasteful."
    cb2 = Claim("b-c2", "b", *_span(TEXT_B, cb2_text), cb2_text, 0.6, False, "critics")
    qa = Quote("a-q1", "a", *_span(TEXT_A, "We must act,"), "We must act,", True, "said",
               Speaker("chief", "the chief", *_span(TEXT_A, "the chief"), SpeakerKind.NAMED))
    qb_text = "Allies will spend 5% of GDP by 2035"
    qb = Quote("b-q1", "b", *_span(TEXT_B, qb_text), qb_text,
               False, "said", Speaker(None, "officials", *_span(TEXT_B, "officials"), SpeakerKind.VAGUE))
    allies = (Mention("a", *_span(TEXT_A, "Allies"), "Allies"), Mention("b", *_span(TEXT_B, "Allies"), "Allies"))
    nato = Actor("nato", "NATO", ActorKind.ORGANIZATION, (), allies)
    chief = Actor("chief", "The Chief", ActorKind.PERSON, (), (Mention("a", *_span(TEXT_A, "the chief"), "the chief"),))
    panic = _span(TEXT_B, "Panic")
    wasteful = _span(TEXT_B, "wasteful")
    sentence = _span(TEXT_B, cb2_text)
    return Comparison(
        articles=(a, b),
        stories=(Story("s1", "Allies and the 5% target", ("a", "b")),),
        actors=(chief, nato),
        quotes=(qa, qb),
        claims=(ca, cb, cb2),
        alignments=(
            Alignment("al-1", Relation.AGREE, ("a-c1", "b-c1"), "Alpha and Beta report the same claim; Beta adds 2035.",
                      ("Beta adds the date 2035",)),
            Alignment("al-2", Relation.UNIQUE, ("b-c2",), "Only Beta reports this."),
        ),
        sourcing=(Sourcing("a", named=1), Sourcing("b", vague=1, hedges=("said",))),
        stance=(Stance("a", "nato", 0.2, (SpanRef(*_span(TEXT_A, "Allies agreed to spend 5% of GDP.")),)),
                Stance("b", "nato", -0.3, (SpanRef(*sentence),))),
        framing=(
            LoadedWord("b", *panic, "Panic", "panic", -2.3, "framing", 0, panic[1] + 15),
            LoadedWord("b", *wasteful, "wasteful", "wasteful", 0.0, "framing", *sentence),
        ),
        voices=(Voice("a", "The Chief", SpeakerKind.NAMED, 1, ("a-q1",), "chief", 1, True),
                Voice("b", "officials", SpeakerKind.VAGUE, 1, ("b-q1",), None, 0, False)),
        coverage=(CoverageCount("2025-12-05", "Alpha", 1), CoverageCount("2025-12-06", "Beta", 1)),
    )


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("STORYLENS_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with STORYLENS_UPDATE_GOLDEN=1 once"
    assert text == path.read_text(encoding="utf-8")


def test_json_validates_against_the_shipped_schema_and_matches_golden() -> None:
    text = render_json(small_comparison())
    data = json.loads(text)
    validate_contract(data)
    assert data["schema"] == "storylens.comparison/1"
    _golden("comparison-small.json", text)


def test_schema_rejects_a_broken_contract() -> None:
    data = json.loads(render_json(small_comparison()))
    data["alignments"][0]["relation"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validate_contract(data)
    data = json.loads(render_json(small_comparison()))
    data["claims"][0]["start"] += 1
    with pytest.raises(jsonschema.ValidationError):
        validate_contract(data)


def test_json_round_trips() -> None:
    comparison = small_comparison()
    assert Comparison.from_dict(json.loads(render_json(comparison))) == comparison


def test_markdown_matches_golden() -> None:
    text = render_markdown(small_comparison())
    assert "### Only in Beta (1)" in text and "“Critics call it wasteful.”" in text and "2035" in text
    _golden("comparison-small.md", text)


def test_csv_writes_one_table_each(tmp_path: Path) -> None:
    written = render_csv(small_comparison(), tmp_path / "out")
    names = {p.stem for p in written}
    assert {"articles", "claims", "alignments", "quotes", "voices", "sourcing", "stance", "framing"} <= names
    with (tmp_path / "out" / "alignments.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["relation"] for r in rows] == ["agree", "unique"]


def test_html_is_one_offline_file_with_highlights_and_charts() -> None:
    html = render_html(small_comparison())
    # Nothing is fetched: no external scripts or stylesheets (plotly.js itself mentions a CDN URL for geo maps only).
    assert "<script src=" not in html and '<link rel="stylesheet"' not in html
    # Plotly's library is embedded exactly once, however many charts there are.
    assert html.count("plotly.js v") <= 2 and html.count("Plotly.newPlot") >= 3
    # … and before the first chart that calls it (an inline script runs where it stands).
    assert html.index("plotly.js v") < html.index("Plotly.newPlot(")
    assert '<span class="claim agree"' in html and 'class="loaded"' in html and "quote q-vague" in html
    assert html.index("Alpha") < html.index("Beta")


def test_attributions_to_no_identified_source_are_not_listed_as_voices() -> None:
    """"The fall of the Wall presented …" is an attribution (PolNeAR counts it) but no voice: folded apart."""
    base = small_comparison()
    stray = Voice("b", "The fall of the Berlin Wall", SpeakerKind.UNKNOWN, 2, ("b-q9", "b-q10"), None, 0, False)
    comparison = dataclasses.replace(base, voices=(*base.voices, stray))
    markdown = render_markdown(comparison)
    assert "- attributions to no identified source: 2 (The fall of the Berlin Wall ×2)" in markdown
    assert "The fall of the Berlin Wall (unknown)" not in markdown
    html = render_html(comparison)
    listed, folded = html.split("attribution(s) to no identified", 1)
    assert "The fall of the Berlin Wall" not in listed.split('id="voices"', 1)[1]
    assert "The fall of the Berlin Wall ×2" in folded.split("</details>", 1)[0]
    assert "officials" in listed.split('id="voices"', 1)[1]
