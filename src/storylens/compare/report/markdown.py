"""Markdown report, for terminals and pull requests: the findings, each with the sentences behind it."""

from __future__ import annotations

from storylens.compare.model import Comparison
from storylens.compare.report.views import alignment_rows, main_actors, stance_table, voice_summary
from storylens.records import Relation, SpeakerKind

__all__ = ["render_markdown"]

_HEADINGS = {
    Relation.CONFLICT: "Conflicting claims",
    Relation.AGREE: "Claims the outlets share",
    Relation.UNIQUE: "Claims only one outlet makes",
}


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def render_markdown(comparison: Comparison) -> str:
    """The comparison as Markdown: articles, alignments, voices, sourcing, stance, loaded words, coverage."""
    out: list[str] = ["# Story comparison", ""]
    for story in comparison.stories:
        out.append(f"Story: **{_cell(story.label)}** ({len(story.articles)} articles)")
        out.append("")
    out += ["## Articles", "", "| outlet | published | title | id |", "|---|---|---|---|"]
    for article in comparison.articles:
        out.append(
            f"| {_cell(comparison.outlet(article.id))} | {article.published or ''} | {_cell(article.title or '')} "
            f"| `{article.id}` |"
        )
    out.append("")
    for relation in (Relation.CONFLICT, Relation.AGREE):
        rows = alignment_rows(comparison, relation)
        out += [f"## {_HEADINGS[relation]} ({len(rows)})", ""]
        for row in rows:
            out.append(f"- **{relation.value}**: {row.alignment.explanation}")
            for article_id, claims in row.claims_by_article.items():
                for claim in claims:
                    out.append(f"  - _{_cell(comparison.outlet(article_id))}_: “{_cell(claim.text)}”")
        out.append("")
    unique = alignment_rows(comparison, Relation.UNIQUE)
    out += [f"## {_HEADINGS[Relation.UNIQUE]} ({len(unique)})", ""]
    for article in comparison.articles:
        claims = [c for row in unique for c in row.claims_by_article.get(article.id, [])]
        out += [f"### Only in {comparison.outlet(article.id)} ({len(claims)})", ""]
        out += [f"- “{_cell(claim.text)}”" for claim in claims] or ["- none"]
        out.append("")
    out += ["## Voices", ""]
    summary = voice_summary(comparison)
    for article in comparison.articles:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.get(article.id, {}).items())) or "no quotes"
        out.append(f"### {comparison.outlet(article.id)} ({kinds})")
        out.append("")
        mine = [v for v in comparison.voices if v.article == article.id]
        for voice in (v for v in mine if v.kind is not SpeakerKind.UNKNOWN):
            flag = " — only this outlet" if voice.only_here else ""
            out.append(f"- {_cell(voice.speaker)} ({voice.kind.value}): {voice.count} quote(s){flag}")
        # Attributions whose subject is no person, organisation or document are not voices: one line for them.
        unidentified = [v for v in mine if v.kind is SpeakerKind.UNKNOWN]
        if unidentified:
            listed = "; ".join(f"{_cell(v.speaker)} ×{v.count}" for v in unidentified)
            out.append(f"- attributions to no identified source: {sum(v.count for v in unidentified)} ({listed})")
        out.append("")
    out += ["## Sourcing", "", "| outlet | named | anonymous | vague | document | hedges |"]
    out.append("|---|---|---|---|---|---|")
    for sourcing in comparison.sourcing:
        out.append(
            f"| {_cell(comparison.outlet(sourcing.article))} | {sourcing.named} | {sourcing.anonymous} "
            f"| {sourcing.vague} | {sourcing.document} | {_cell(', '.join(sourcing.hedges))} |"
        )
    out.append("")
    actors = main_actors(comparison)
    table = stance_table(comparison, actors)
    outlets = [comparison.outlet(a.id) for a in comparison.articles]
    out += ["## Stance toward the main actors", ""]
    out += ["Scores in [-1, 1] from the outlet's own words (direct quotes masked).", ""]
    out += ["| actor | " + " | ".join(_cell(o) for o in outlets) + " |", "|---|" + "---|" * len(outlets)]
    for actor in actors:
        cells = [
            f"{table.get(actor.id, {}).get(a.id):+.3f}" if a.id in table.get(actor.id, {}) else "–"
            for a in comparison.articles
        ]
        out.append(f"| {_cell(actor.name)} | " + " | ".join(cells) + " |")
    out.append("")
    out += ["## Loaded words", ""]
    for article in comparison.articles:
        own = [w for w in comparison.framing if w.article == article.id and not w.quoted]
        quoted = [w for w in comparison.framing if w.article == article.id and w.quoted]
        words = ", ".join(dict.fromkeys(w.text.lower() for w in own)) or "none"
        reported = ", ".join(dict.fromkeys(w.text.lower() for w in quoted)) or "none"
        out.append(f"- **{_cell(comparison.outlet(article.id))}** ({len(own)} in its own words, {len(quoted)} quoted): "
                   f"{words}; in reported speech: {reported}")
    out.append("")
    out += ["## Coverage", "", "| day | outlet | articles |", "|---|---|---|"]
    for count in comparison.coverage:
        out.append(f"| {count.day} | {_cell(count.outlet)} | {count.articles} |")
    out.append("")
    return "\n".join(out)
