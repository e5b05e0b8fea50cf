"""The HTML report: one self-contained file (no CDN, works offline), outlets in columns.

Charts are Plotly figures with Plotly's JavaScript embedded once (``include_plotlyjs=True`` for the first figure,
``False`` after). The page itself is a Jinja2 template shipped in ``storylens/templates/report.html.j2``; the
article text is rendered with its claims, quotes and loaded words highlighted as spans.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from storylens.compare.model import Comparison, CoverageCount
from storylens.compare.report.views import alignment_rows, main_actors, stance_table, voice_summary
from storylens.records import Article, Relation, SegmentKind

__all__ = ["coverage_figure", "highlight_article", "render_coverage_html", "render_html"]

_OUTLET_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f")
_KIND_COLOURS = {"named": "#2ca02c", "document": "#1f77b4", "anonymous": "#ff7f0e", "vague": "#d62728",
                 "unknown": "#aaaaaa"}


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    css: str
    title: str


def _marks(comparison: Comparison, article: Article) -> list[_Mark]:
    relation_of: dict[str, Relation] = {}
    for alignment in comparison.alignments:
        for claim_id in alignment.claims:
            relation_of[claim_id] = alignment.relation
    marks: list[_Mark] = []
    for claim in comparison.claims:
        if claim.article == article.id:
            relation = relation_of.get(claim.id, Relation.UNIQUE)
            marks.append(_Mark(claim.start, claim.end, f"claim {relation.value}", f"claim · {relation.value}"))
    for quote in comparison.quotes:
        if quote.article == article.id:
            who = quote.speaker.text or quote.speaker.kind.value
            marks.append(_Mark(quote.start, quote.end, f"quote q-{quote.speaker.kind.value}", f"quote · {who}"))
    for word in comparison.framing:
        if word.article == article.id:
            source = "quoted " if word.quoted else ""
            marks.append(_Mark(word.start, word.end, "loaded", f"{source}loaded word ({word.source})"))
    return marks


def highlight_article(comparison: Comparison, article: Article) -> list[tuple[str, Markup]]:
    """(segment kind, HTML) for each analysed segment of ``article``, claims/quotes/loaded words as spans."""
    marks = _marks(comparison, article)
    rendered: list[tuple[str, Markup]] = []
    for segment in article.analysed_segments():
        inside = [m for m in marks if m.start < segment.end and m.end > segment.start]
        cuts = sorted({segment.start, segment.end} | {max(segment.start, min(segment.end, p)) for m in inside
                                                      for p in (m.start, m.end)})
        pieces: list[str] = []
        for left, right in itertools.pairwise(cuts):
            if left >= right:
                continue
            text = escape(article.text[left:right])
            active = [m for m in inside if m.start <= left and m.end >= right]
            if not active:
                pieces.append(str(text))
                continue
            css = " ".join(dict.fromkeys(c for m in active for c in m.css.split()))
            title = " | ".join(dict.fromkeys(m.title for m in active))
            pieces.append(f'<span class="{escape(css)}" title="{escape(title)}">{text}</span>')
        rendered.append((segment.kind.value, Markup("".join(pieces))))
    return rendered


def _figure_html(figure: Any, first: bool) -> Markup:
    html: str = figure.to_html(full_html=False, include_plotlyjs=first, config={"displaylogo": False})
    return Markup(html)


def _charts(comparison: Comparison, outlets: Sequence[str]) -> dict[str, Markup]:
    """The page's figures. Plotly's JS rides with the sourcing chart: the first chart in page order (the inline
    scripts of later charts need ``Plotly`` defined when they run)."""
    import plotly.graph_objects as go

    colours = _outlet_colours(outlets)
    layout = {"height": 360, "margin": {"l": 50, "r": 20, "t": 40, "b": 80}, "template": "plotly_white",
              "legend": {"orientation": "h", "y": -0.25}, "font": {"size": 13}}
    charts: dict[str, Markup] = {}
    actors = main_actors(comparison)
    table = stance_table(comparison, actors)
    stance = go.Figure()
    for article in comparison.articles:
        outlet = comparison.outlet(article.id)
        stance.add_bar(
            name=outlet, x=[a.name for a in actors],
            y=[table.get(a.id, {}).get(article.id) for a in actors], marker_color=colours[outlet],
        )
    # Scores of news text sit near zero: scale the axis to the data (never past [-1, 1]) so differences show.
    largest = max((abs(v) for row in table.values() for v in row.values()), default=0.0)
    bound = min(1.0, max(0.25, round(largest * 1.3, 2)))
    stance.update_layout(title="Stance toward the main actors (own words, direct quotes masked)", barmode="group",
                         yaxis={"range": [-bound, bound], "zeroline": True, "title": "stance"}, **layout)
    charts["stance"] = _figure_html(stance, first=False)
    summary = voice_summary(comparison)
    sourcing = go.Figure()
    for kind, colour in _KIND_COLOURS.items():
        sourcing.add_bar(name=kind, x=[comparison.outlet(a.id) for a in comparison.articles],
                         y=[summary[a.id][kind] if a.id in summary else 0 for a in comparison.articles],
                         marker_color=colour)
    sourcing.update_layout(title="Who is quoted: quotes by kind of source", barmode="stack",
                           yaxis={"title": "quotes"}, **layout)
    charts["sourcing"] = _figure_html(sourcing, first=True)
    charts["coverage"] = _figure_html(coverage_figure(comparison.coverage, colours, layout), first=False)
    return charts


def _outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    return {outlet: _OUTLET_COLOURS[i % len(_OUTLET_COLOURS)] for i, outlet in enumerate(outlets)}


def coverage_figure(
    coverage: Sequence[CoverageCount], colours: dict[str, str] | None = None, layout: dict[str, Any] | None = None
) -> Any:
    """A stacked bar chart (Plotly figure) of articles per outlet per day."""
    import plotly.graph_objects as go

    outlets = list(dict.fromkeys(c.outlet for c in coverage))
    colours = colours or _outlet_colours(outlets)
    figure = go.Figure()
    for outlet in outlets:
        counts = [c for c in coverage if c.outlet == outlet]
        figure.add_bar(name=outlet, x=[c.day for c in counts], y=[c.articles for c in counts],
                       marker_color=colours.get(outlet))
    # Days are categories, not a time axis: an "undated" column must sit beside the dated ones. Whole-number
    # ticks while the counts are small (a story), Plotly's own ticks for a whole store.
    largest = max((c.articles for c in coverage), default=0)
    yaxis: dict[str, Any] = {"title": "articles", "dtick": 1} if largest <= 10 else {"title": "articles"}
    figure.update_layout(title="Coverage over time: articles per outlet per day", barmode="stack", yaxis=yaxis,
                         xaxis={"type": "category"},
                         **(layout or {"height": 360, "template": "plotly_white", "font": {"size": 13}}))
    return figure


def render_coverage_html(coverage: Sequence[CoverageCount], title: str = "Coverage over time") -> str:
    """A self-contained HTML page (Plotly's JS embedded, no CDN) with the coverage chart and its table."""
    rows = "".join(
        f"<tr><td>{escape(c.day)}</td><td>{escape(c.outlet)}</td><td>{c.articles}</td></tr>" for c in coverage
    )
    chart = _figure_html(coverage_figure(coverage), first=True)
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px}</style></head><body>"
        f"<h1>{escape(title)}</h1>{chart}<table><tr><th>day</th><th>outlet</th><th>articles</th></tr>{rows}"
        "</table></body></html>\n"
    )


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("storylens", "templates"), autoescape=select_autoescape(["html", "j2"]))


def render_html(comparison: Comparison) -> str:
    """The whole report as one self-contained HTML page."""
    outlets = list(dict.fromkeys(comparison.outlet(a.id) for a in comparison.articles))
    actors = main_actors(comparison)
    names = {a.id: a.name for a in comparison.actors}
    stance_rows = []
    for actor in actors:
        per_article = []
        for article in comparison.articles:
            stance = next((s for s in comparison.stance if s.actor == actor.id and s.article == article.id), None)
            evidence = [article.text[e.start:e.end] for e in stance.evidence] if stance else []
            per_article.append({"score": stance.score if stance else None, "evidence": evidence})
        stance_rows.append({"actor": actor.name, "cells": per_article})
    framing: dict[str, list[dict[str, Any]]] = defaultdict(list)
    framing_quoted: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in comparison.articles:
        for quoted, target in ((False, framing), (True, framing_quoted)):
            seen: dict[str, dict[str, Any]] = {}
            for word in comparison.framing:
                if word.article != article.id or word.quoted is not quoted:
                    continue
                entry = seen.setdefault(word.lemma, {"word": word.text.lower(), "count": 0, "sentence": ""})
                entry["count"] += 1
                entry["sentence"] = entry["sentence"] or article.text[word.sentence_start:word.sentence_end]
            target[article.id] = sorted(seen.values(), key=lambda e: (-e["count"], e["word"]))
    rows = {relation.value: alignment_rows(comparison, relation) for relation in Relation}
    unique_by_article: dict[str, list[Any]] = {a.id: [] for a in comparison.articles}
    for row in rows[Relation.UNIQUE.value]:
        for article_id, claims in row.claims_by_article.items():
            unique_by_article.setdefault(article_id, []).extend(claims)
    template = _environment().get_template("report.html.j2")
    return str(
        template.render(
            c=comparison,
            outlets=outlets,
            columns=len(comparison.articles),
            rows=rows,
            unique_by_article=unique_by_article,
            shared_rows=rows[Relation.CONFLICT.value] + rows[Relation.AGREE.value],
            highlighted={a.id: highlight_article(comparison, a) for a in comparison.articles},
            voices=comparison.voices,
            voice_summary=voice_summary(comparison),
            stance_rows=stance_rows,
            framing=framing,
            framing_quoted=framing_quoted,
            charts=_charts(comparison, outlets),
            names=names,
            kinds=SegmentKind,
        )
    )
