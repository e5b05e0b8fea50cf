"""Throughput of the claim stage alone (sentences/s) over real articles.

Articles are the AllSides bodies of ``../shared/eval/allsides/roundups.jsonl`` (title + one paragraph per body
element). Parsing, actors and quotes run first and are not timed; the timed part is ``find_claims`` — scoring every
sentence (text-only gate on the existing parse, then the fine-tuned encoder for the uncertain ones), quantities,
hedges, speakers.

    .venv/bin/python benchmarks/bench_claims.py [--articles 60] [--no-cascade] [--linear]

``--no-cascade`` encodes every sentence, to compare against the default cascade, where only sentences the
text-only gate is unsure of are encoded; ``embedded_share`` reports how many. ``--linear`` runs the session-2 model
(frozen MiniLM embedding + linear head in the uncertain band) instead of the fine-tuned encoder.

Measured (session 3, ``--articles 300``: 1,451 AllSides sentences, CPU seconds of this process on a shared
machine): fine-tuned encoder cascade 96.7 sentences per CPU-second, 60.5% of sentences encoded, 959 claims;
``--linear`` (session-2 model) 138.9 per CPU-second, 38.7% embedded, 1,090 claims. The fine-tuned cascade costs
1.44x more CPU: a wider band (0.05–0.95) goes through the encoder, which costs what the embedder does.
Session 4 (``--encoder`` compares another graph, its .json beside it; back-to-back on the same loaded machine):
encoder v2 107.9 sentences per CPU-second, 1,051 claims; v1 109.4, 959 claims (60.5% encoded with either).
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
    parser.add_argument("--no-cascade", action="store_true", help="encode (or embed) every sentence")
    parser.add_argument("--linear", action="store_true", help="the session-2 model: frozen embedding + linear head")
    parser.add_argument("--encoder", type=Path, default=None, help="another fine-tuned encoder (its .json beside it)")
    args = parser.parse_args()
    settings = load_settings()
    resources = Resources(settings)
    model = CheckworthyModel.load(resources, encoder_path=args.encoder)
    if args.linear:
        model = dataclasses.replace(model, encoder=None, stack=None)
    if args.no_cascade and model.stack is not None:
        # A band wider than [0, 1] sends every sentence through the fine-tuned encoder.
        model = dataclasses.replace(model, stack=dataclasses.replace(model.stack, band=(-1.0, 2.0)))
    elif args.no_cascade:
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
        embedded_share = model.encoded_share([feature_tokens(span) for span in spans])
    started = time.perf_counter()
    for text in texts:
        find_quantities(text)
    quantity_seconds = time.perf_counter() - started
    report = {
        "articles": len(prepared),
        "sentences": sentences,
        "claims": sum(len(c) for c in claims),
        "cascade": not args.no_cascade,
        "model": "fine-tuned encoder" if model.encoder is not None else "frozen embedding + linear",
        # Share of sentences encoded by the fine-tuned encoder (or embedded, for the linear model).
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
