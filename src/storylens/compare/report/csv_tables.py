"""CSV output: one file per table of the comparison, written into a folder."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from storylens.compare.model import Comparison

__all__ = ["render_csv"]


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def render_csv(comparison: Comparison, out_dir: str | Path) -> list[Path]:
    """Write ``articles``, ``actors``, ``quotes``, ``claims``, ``alignments``, ``sourcing``, ``stance``,
    ``framing``, ``voices`` and ``coverage`` CSV files into ``out_dir`` (created); return their paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    outlet = comparison.outlet
    tables: dict[str, tuple[Sequence[str], Iterable[Sequence[Any]]]] = {
        "articles": (
            ("id", "outlet", "title", "published", "language", "source"),
            ((a.id, outlet(a.id), a.title, a.published, a.language, a.source) for a in comparison.articles),
        ),
        "actors": (
            ("id", "name", "kind", "aliases", "mentions", "articles"),
            (
                (a.id, a.name, a.kind.value, "; ".join(a.aliases), len(a.mentions),
                 len({m.article for m in a.mentions}))
                for a in comparison.actors
            ),
        ),
        "quotes": (
            ("id", "article", "outlet", "start", "end", "direct", "speaker", "speaker_kind", "speaker_actor", "cue",
             "text"),
            (
                (q.id, q.article, outlet(q.article), q.start, q.end, q.direct, q.speaker.text, q.speaker.kind.value,
                 q.speaker.actor, q.cue, q.text)
                for q in comparison.quotes
            ),
        ),
        "claims": (
            ("id", "article", "outlet", "start", "end", "checkworthy", "hedged", "asserted_by", "actors",
             "quantities", "text"),
            (
                (c.id, c.article, outlet(c.article), c.start, c.end, c.checkworthy, c.hedged, c.asserted_by,
                 "; ".join(c.actors), "; ".join(q.text for q in c.quantities), c.text)
                for c in comparison.claims
            ),
        ),
        "alignments": (
            ("id", "relation", "claims", "explanation"),
            ((a.id, a.relation.value, "; ".join(a.claims), a.explanation) for a in comparison.alignments),
        ),
        "sourcing": (
            ("article", "outlet", "named", "anonymous", "vague", "document", "unknown", "hedges"),
            (
                (s.article, outlet(s.article), s.named, s.anonymous, s.vague, s.document, s.unknown,
                 "; ".join(s.hedges))
                for s in comparison.sourcing
            ),
        ),
        "stance": (
            ("article", "outlet", "actor", "score", "evidence"),
            (
                (s.article, outlet(s.article), s.actor, s.score, "; ".join(f"{e.start}-{e.end}" for e in s.evidence))
                for s in comparison.stance
            ),
        ),
        "framing": (
            ("article", "outlet", "start", "end", "text", "lemma", "valence", "source", "quoted", "sentence"),
            (
                (w.article, outlet(w.article), w.start, w.end, w.text, w.lemma, w.valence, w.source, w.quoted,
                 comparison.article(w.article).text[w.sentence_start:w.sentence_end])
                for w in comparison.framing
            ),
        ),
        "voices": (
            ("article", "outlet", "speaker", "kind", "actor", "count", "direct", "only_here"),
            (
                (v.article, outlet(v.article), v.speaker, v.kind.value, v.actor, v.count, v.direct, v.only_here)
                for v in comparison.voices
            ),
        ),
        "coverage": (
            ("day", "outlet", "articles"),
            ((c.day, c.outlet, c.articles) for c in comparison.coverage),
        ),
    }
    written: list[Path] = []
    for name, (header, rows) in tables.items():
        path = folder / f"{name}.csv"
        _write(path, header, rows)
        written.append(path)
    return written
