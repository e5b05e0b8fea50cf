"""Regenerate ``docs/allsides-findings.md``: storylens' comparison findings beside AllSides' human roundup notes.

For the first ``--stories`` roundups of ``../shared/eval/allsides/roundups.jsonl`` (left, center and right article
of one story each), run the real stages (actors, quotes, claims, sourcing through ``pipeline.analyze_article``),
build the comparison, and write what it found beside the roundup's note. The hand-written assessment between the
markers in the existing document is kept.

    .venv/bin/python benchmarks/allsides_findings.py [--stories 24] [--out docs/allsides-findings.md]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from storylens.compare import Comparison, build_comparison
from storylens.compare.report.views import main_actors
from storylens.nlp import Resources
from storylens.pipeline import analyze_article
from storylens.records import Article, Relation, Segment, SegmentKind
from storylens.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
ROUNDUPS = ROOT.parent / "shared" / "eval" / "allsides" / "roundups.jsonl"
SIDES = ("left", "center", "right")
ASSESSMENT_START = "<!-- assessment: hand-written, kept when the findings are regenerated -->"
ASSESSMENT_END = "<!-- /assessment -->"


def _article(story: dict[str, Any], side: str) -> Article:
    news = story["news"][side]
    title = " ".join(str(news.get("newsTitle", "")).split())
    body = news.get("newBody", [])
    paragraphs = [" ".join(str(p).split()) for p in (body if isinstance(body, list) else [body])]
    pieces = [(SegmentKind.TITLE, title)] + [(SegmentKind.PARAGRAPH, p) for p in paragraphs if p]
    segments, cursor, parts = [], 0, []
    for kind, text in pieces:
        segments.append(Segment(kind, cursor, cursor + len(text), text))
        parts.append(text)
        cursor += len(text) + 1
    return Article(
        id=f"{story['id']}-{side}", source=f"allsides:{story['id']}:{side}",
        outlet=f"{news.get('newsSource', side)} ({side})", title=title,
        published=str(story.get("date", ""))[:10] or None, language="en", text="\n".join(parts),
        segments=tuple(segments),
    )


def _findings(comparison: Comparison) -> list[str]:
    relations = Counter(a.relation for a in comparison.alignments)
    lines = [
        f"claims: {relations[Relation.AGREE]} shared, {relations[Relation.CONFLICT]} conflicting, "
        f"{relations[Relation.UNIQUE]} unique"
    ]
    for alignment in comparison.alignments:
        if alignment.relation is Relation.CONFLICT:
            lines.append(f"conflict: {alignment.explanation}")
    voices: dict[str, Counter[str]] = {}
    for voice in comparison.voices:
        voices.setdefault(comparison.outlet(voice.article), Counter())[voice.kind.value] += voice.count
    lines.append("voices: " + "; ".join(
        f"{outlet}: " + ", ".join(f"{k} {n}" for k, n in sorted(c.items())) for outlet, c in voices.items()
    ))
    for actor in main_actors(comparison, limit=2):
        scores = {comparison.outlet(s.article): s.score for s in comparison.stance if s.actor == actor.id}
        if len(scores) >= 2:
            lowest = min(scores, key=lambda o: scores[o])
            lines.append(
                f"stance toward {actor.name}: " + ", ".join(f"{o} {v:+.2f}" for o, v in scores.items())
                + f" (most negative: {lowest})"
            )
    loaded: dict[str, list[str]] = {}
    for word in comparison.framing:
        if not word.quoted:
            loaded.setdefault(comparison.outlet(word.article), []).append(word.text.lower())
    lines.append("loaded words: " + "; ".join(
        f"{o}: {', '.join(dict.fromkeys(ws))}" for o, ws in loaded.items()
    ) if loaded else "loaded words: none")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=24)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "allsides-findings.md")
    args = parser.parse_args()
    settings = load_settings()
    resources = Resources(settings)
    stories = [json.loads(line) for line in ROUNDUPS.read_text(encoding="utf-8").splitlines() if line.strip()]
    sections: list[str] = []
    for story in stories[: args.stories]:
        if not all(side in story.get("news", {}) for side in SIDES):
            continue
        articles = [_article(story, side) for side in SIDES]
        analyses = [analyze_article(a, resources) for a in articles]
        comparison = build_comparison(articles, analyses, [], resources, settings)
        roundup = story.get("roundup", [])
        note = " ".join(" ".join(str(p).split()) for p in (roundup[1:] if isinstance(roundup, list) else [roundup]))
        sections += [
            f"### {story['issue']} ({str(story.get('date', ''))[:10]})",
            "",
            f"**AllSides note:** {note or '(none)'}",
            "",
            "**storylens found:**",
            "",
            *[f"- {line}" for line in _findings(comparison)],
            "",
        ]
    header = [
        "# AllSides roundups: storylens' findings beside the human notes",
        "",
        f"Generated by `benchmarks/allsides_findings.py --stories {args.stories}` over "
        "`../shared/eval/allsides/roundups.jsonl` (left, center and right article of each story).",
        "",
        "Each article goes through the real stages (`pipeline.analyze_article`: actors, quotes, claims, sourcing), "
        "then `build_comparison`.",
        "",
    ]
    # The hand-written assessment (between the markers) survives regeneration.
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    start, end = previous.find(ASSESSMENT_START), previous.find(ASSESSMENT_END)
    assessment = previous[start:end + len(ASSESSMENT_END)] if 0 <= start < end else (
        f"{ASSESSMENT_START}\n## Assessment\n\n(to be written after reading the findings below)\n{ASSESSMENT_END}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join([*header, assessment, "", "## Story by story", "", *sections]), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
