"""Throughput of the claim stage alone (sentences/s) over real articles.

Articles are the AllSides bodies of ``../shared/eval/allsides/roundups.jsonl`` (title + one paragraph per body
element). Parsing, actors and quotes run first and are not timed; the timed part is ``find_claims`` — scoring every
sentence (embedding + TF-IDF + logistic regression on the existing parse), quantities, hedges, speakers.

    .venv/bin/python benchmarks/bench_claims.py [--articles 60] [--no-cascade]

``--no-cascade`` embeds every sentence (the full model only, as before the cascade) to compare against the default
cascade, where only sentences the text-only gate is unsure of are embedded; ``embedded_share`` reports how many.
Report ``sentences_per_cpu_second``: the machine is shared, so wall time varies with the neighbours' load.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path
from typing import Any

from storylens.extract.actors import find_actors
from storylens.extract.attribution_model import AttributionModel
from storylens.extract.checkworthy import CheckworthyModel, feature_tokens
from storylens.extract.claims import find_claims
from storylens.extract.parse import parse_article
from storylens.extract.quantities import find_quantities
from storylens.extract.quotes import find_quotes
from storylens.nlp import Resources
from storylens.records import Article, Segment, SegmentKind
from storylens.settings import load_settings

ROUNDUPS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "allsides" / "roundups.jsonl"


def _articles(limit: int) -> list[Article]:
    articles: list[Article] = []
    for line in ROUNDUPS.read_text(encoding="utf-8").splitlines():
        story: dict[str, Any] = json.loads(line)
        for side, news in sorted(story["news"].items()):
            body = news.get("newBody", [])
            paragraphs = [" ".join(str(p).split()) for p in (body if isinstance(body, list) else [body])]
            pieces = [(SegmentKind.TITLE, " ".join(str(news.get("newsTitle", "")).split()))]
            pieces += [(SegmentKind.PARAGRAPH, p) for p in paragraphs if p]
            segments, parts, cursor = [], [], 0
            for kind, text in pieces:
                segments.append(Segment(kind, cursor, cursor + len(text), text))
                parts.append(text)
                cursor += len(text) + 1
            articles.append(
                Article(id=f"{story['id']}-{side}", source="allsides", outlet=side, title=pieces[0][1],
                        published=str(story.get("date", ""))[:10] or None, language="en", text="\n".join(parts),
                        segments=tuple(segments))
            )
            if len(articles) >= limit:
                return articles
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--no-cascade", action="store_true", help="embed every sentence (full model only)")
    args = parser.parse_args()
    settings = load_settings()
    resources = Resources(settings)
    model = CheckworthyModel.load(resources)
    if args.no_cascade:
        # A model without its gate embeds every sentence: the claim stage as it ran before the cascade.
        model = dataclasses.replace(model, gate_coef=None)
    model.score(["Warm-up: load spaCy and the embedder before timing."])
    attribution = AttributionModel.load(resources)
    prepared = []
    for article in _articles(args.articles):
        parsed = parse_article(article, resources.spacy)
        actors = find_actors(parsed)
        prepared.append((parsed, actors, find_quotes(parsed, actors, settings.quotes, attribution)))
    sentences = sum(1 for parsed, _, _ in prepared for _ in parsed.sentences())
    started, cpu_started = time.perf_counter(), time.process_time()
    claims = [find_claims(parsed, actors, quotes, model, settings.claims) for parsed, actors, quotes in prepared]
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    texts = [s.text for parsed, _, _ in prepared for s in parsed.sentences()]
    embedded_share = 1.0
    if model.gate_coef is not None:
        spans = [s.span for parsed, _, _ in prepared for s in parsed.sentences()]
        gate = model.gate_probabilities([feature_tokens(span) for span in spans])
        low, high = model.cascade
        embedded_share = float(((gate > low) & (gate < high)).mean()) if len(gate) else 0.0
    started = time.perf_counter()
    for text in texts:
        find_quantities(text)
    quantity_seconds = time.perf_counter() - started
    report = {
        "articles": len(prepared),
        "sentences": sentences,
        "claims": sum(len(c) for c in claims),
        "cascade": not args.no_cascade,
        "embedded_share": round(embedded_share, 3),
        "claim_stage_seconds": round(seconds, 2),
        "sentences_per_second": round(sentences / seconds, 1),
        # CPU time of this process (all threads): what the stage costs when the machine is shared.
        "claim_stage_cpu_seconds": round(cpu_seconds, 2),
        "sentences_per_cpu_second": round(sentences / cpu_seconds, 1),
        "quantities_only_sentences_per_second": round(len(texts) / quantity_seconds, 1),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
