"""Quality gate for the HTML reader on the article-extraction benchmark (scrapinghub, MIT) in ../shared/eval.

The score is the benchmark's own (``evaluate.py`` of scrapinghub/article-extraction-benchmark): each text becomes
a bag of word 4-gram shingles (``\\w+`` tokens); per page, true positives, false positives and false negatives
count shingles matched, extra and missing, normalised by the page's total so long pages weigh no more than short
ones; precision and recall are averaged over pages and F1 is the harmonic mean of the two averages.

Our extracted body is the reader's HEADING and PARAGRAPH blocks (title and standfirst are not article body, as in
the benchmark's ``articleBody``). Pages are split deterministically into a development half (used to choose the
trafilatura options) and a test half (reported), by the parity of the first byte of the page id.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storylens.errors import IngestError
from storylens.ingest.html import HtmlExtraction, read_html
from storylens.records import SegmentKind
from storylens.settings import IngestSettings

__all__ = [
    "DEFAULT_DATA_DIR",
    "ExtractionScore",
    "PageScore",
    "body_text",
    "evaluate",
    "load_pages",
    "main",
    "score_page",
    "split_of",
]

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "extraction"
_BODY_KINDS = frozenset({SegmentKind.HEADING, SegmentKind.PARAGRAPH})
_TOKEN = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 4


@dataclass(frozen=True)
class PageScore:
    """One page's shingle counts, normalised to sum to 1 (as the benchmark does)."""

    page: str
    tp: float
    fp: float
    fn: float
    error: str | None = None

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else 0.0


@dataclass(frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    f1: float
    pages: tuple[PageScore, ...]

    @property
    def failures(self) -> tuple[PageScore, ...]:
        """Pages the reader rejected (an IngestError instead of a document)."""
        return tuple(page for page in self.pages if page.error is not None)


def split_of(page_id: str) -> str:
    """``"dev"`` or ``"test"``: a fixed split by the parity of the page id's first byte (ids are hex digests)."""
    return "dev" if int(page_id[:2], 16) % 2 == 0 else "test"


def load_pages(data_dir: Path = DEFAULT_DATA_DIR, split: str = "all") -> list[tuple[str, Path, str, str | None]]:
    """``(page id, html.gz path, true article body, url)`` for the pages of ``split`` (dev, test or all)."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        if split in ("dev", "test") and split_of(page_id) != split:
            continue
        item = truth[page_id]
        html_path = data_dir / "html" / f"{page_id}.html.gz"
        pages.append((page_id, html_path, item.get("articleBody") or "", item.get("url")))
    return pages


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i:i + _SHINGLE]) for i in range(max(1, len(tokens) - _SHINGLE + 1)) if tokens[i:i + 1])


def score_page(page: str, true: str, predicted: str, error: str | None = None) -> PageScore:
    """Shingle matching of one page's predicted body against the true body."""
    true_shingles, predicted_shingles = _shingles(true), _shingles(predicted)
    tp = float(sum((true_shingles & predicted_shingles).values()))
    fp = float(sum((predicted_shingles - true_shingles).values()))
    fn = float(sum((true_shingles - predicted_shingles).values()))
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(page, tp, fp, fn, error)


def body_text(blocks: Iterable[tuple[SegmentKind, str]]) -> str:
    """The article body of a document's blocks: headings and paragraphs, one per line."""
    return "\n".join(text for kind, text in blocks if kind in _BODY_KINDS)


def evaluate(
    pages: Sequence[tuple[str, Path, str, str | None]],
    extraction: HtmlExtraction | None = None,
    settings: IngestSettings | None = None,
) -> ExtractionScore:
    """Run the HTML reader on ``pages`` (from :func:`load_pages`) and score it like the benchmark does."""
    settings = settings or IngestSettings()
    scores = []
    for page_id, path, truth, url in pages:
        try:
            document = read_html(gzip.decompress(path.read_bytes()), str(path), settings, url=url,
                                 extraction=extraction)
        except IngestError as exc:
            scores.append(score_page(page_id, truth, "", exc.reason))
        else:
            scores.append(score_page(page_id, truth, body_text(document.blocks)))
    precisions = [s.precision for s in scores if s.tp + s.fp > 0]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return ExtractionScore(precision, recall, f1, tuple(scores))


def main(argv: Sequence[str] | None = None) -> None:
    """Print precision, recall and F1 of the HTML reader on the benchmark (``--split dev|test|all``)."""
    parser = argparse.ArgumentParser(prog="python -m storylens.evaluate.html_extraction", description=main.__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder with ground-truth.json, html/")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--favor-precision", action="store_true")
    parser.add_argument("--favor-recall", action="store_true")
    parser.add_argument("--no-fallback", action="store_true")
    parser.add_argument("--worst", type=int, default=5, help="list this many worst pages")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages of the split")
    args = parser.parse_args(argv)
    extraction = HtmlExtraction(
        favor_precision=args.favor_precision, favor_recall=args.favor_recall, no_fallback=args.no_fallback
    )
    pages = load_pages(args.data, args.split)[: args.limit]
    score = evaluate(pages, extraction)
    print(f"html extraction, {args.split} split, {len(pages)} pages, {extraction}")
    print(f"precision={score.precision:.3f} recall={score.recall:.3f} F1={score.f1:.3f}"
          f" rejected={len(score.failures)}")
    worst = sorted(score.pages, key=lambda s: min(s.precision, s.recall))[: args.worst]
    for page in worst:
        print(f"  {page.page[:16]} P={page.precision:.3f} R={page.recall:.3f} {page.error or ''}")


if __name__ == "__main__":
    main()
