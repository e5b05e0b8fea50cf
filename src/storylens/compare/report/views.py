"""What every renderer shows, computed once: main actors, alignment rows, per-outlet summaries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from storylens.compare.model import Comparison
from storylens.records import Actor, Alignment, Claim, Relation

__all__ = ["AlignmentRow", "alignment_rows", "main_actors", "stance_table", "voice_summary"]


def main_actors(comparison: Comparison, limit: int = 6) -> list[Actor]:
    """The actors most outlets mention (ties broken by mentions), documents excluded; at most ``limit``."""
    with_stance = {s.actor for s in comparison.stance}

    def weight(actor: Actor) -> tuple[int, int, str]:
        articles = {m.article for m in actor.mentions}
        return (-len(articles), -len(actor.mentions), actor.name)

    ranked = sorted((a for a in comparison.actors if a.id in with_stance), key=weight)
    return ranked[:limit]


@dataclass(frozen=True)
class AlignmentRow:
    """One alignment with its claims grouped by article (in the comparison's article order)."""

    alignment: Alignment
    claims_by_article: dict[str, list[Claim]]


def alignment_rows(comparison: Comparison, relation: Relation | None = None) -> list[AlignmentRow]:
    """Alignments (optionally of one relation) with their claims resolved."""
    claims = {c.id: c for c in comparison.claims}
    rows: list[AlignmentRow] = []
    for alignment in comparison.alignments:
        if relation is not None and alignment.relation is not relation:
            continue
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for claim_id in alignment.claims:
            if claim_id in claims:
                grouped[claims[claim_id].article].append(claims[claim_id])
        rows.append(AlignmentRow(alignment, dict(grouped)))
    return rows


def stance_table(comparison: Comparison, actors: list[Actor]) -> dict[str, dict[str, float]]:
    """actor id → article id → stance score (only pairs that have a stance)."""
    table: dict[str, dict[str, float]] = defaultdict(dict)
    wanted = {a.id for a in actors}
    for stance in comparison.stance:
        if stance.actor in wanted:
            table[stance.actor][stance.article] = stance.score
    return dict(table)


def voice_summary(comparison: Comparison) -> dict[str, Counter[str]]:
    """article id → quotes per speaker kind (named, anonymous, vague, document, unknown)."""
    summary: dict[str, Counter[str]] = {a.id: Counter() for a in comparison.articles}
    for voice in comparison.voices:
        summary.setdefault(voice.article, Counter())[voice.kind.value] += voice.count
    return summary
