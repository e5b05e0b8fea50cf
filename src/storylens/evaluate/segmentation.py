"""Quality gate for the cleaner: does it keep exactly the article-body lines of real, scraped news pages?

Data: the 119 pages of ``../shared/eval/extraction`` (scrapinghub's article-extraction-benchmark, MIT), each with
its ``articleBody``. For every page we make the plain text a person or a naive scraper would copy out of it (every
visible block of the page, one per line), run :func:`storylens.clean.clean_document` on it as plain text, and score
line by line: a line is *body* in truth when it is (mostly) contained in the ground-truth ``articleBody``; a line is
*kept* when the cleaner labels it paragraph or heading. Precision, recall and F1 are micro-averaged over lines.

The pages are split by sorted id: even positions are the development half (used while writing the heuristics),
odd positions the held-out half that the pinned gate reports on.

Run ``python -m storylens.evaluate.segmentation`` to print the figures.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import lxml.html  # type: ignore[import-untyped]
from lxml import etree

from storylens.records import RawDocument, SegmentKind
from storylens.settings import Settings

__all__ = [
    "LineScore",
    "PageResult",
    "body_line_flags",
    "default_data_dir",
    "evaluate_pages",
    "load_pages",
    "main",
    "page_ids",
    "scraped_text",
]

# Elements whose content is never visible on a rendered page.
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed"})
# Elements that start a new line when a page is rendered (and so when its text is copied).
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "option", "p", "pre", "section", "select",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_KEPT_KINDS = frozenset({SegmentKind.PARAGRAPH, SegmentKind.HEADING})
_WORD = re.compile(r"\w+")


def default_data_dir() -> Path:
    """``../shared/eval/extraction`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "extraction"


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    if element.tag == "input" and (element.get("type") or "").lower() == "hidden":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _decode(html: bytes) -> str:
    """Pages in the benchmark are mostly UTF-8 without saying so; fall back to charset detection otherwise."""
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(html).best()
        return str(best) if best is not None else html.decode("latin-1")


def scraped_text(html: str | bytes) -> str:
    """The text a scraper copies from a rendered page: every visible block on its own line, blank lines dropped."""
    if isinstance(html, bytes):
        html = _decode(html)
    # lxml refuses str input that still declares an encoding, so drop the XML declaration if any.
    root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", html))
    pieces: list[str] = []

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag and (tag.lower() in _INVISIBLE_TAGS or _is_hidden(element)):
            # The tail (text after the element's closing tag) is still visible.
            if element.tail:
                pieces.append(element.tail)
            return
        is_block = tag.lower() in _BLOCK_TAGS
        if is_block:
            pieces.append("\n")
        if tag and element.text:  # comments and processing instructions carry no visible text
            pieces.append(element.text)
        for child in element:
            walk(child)
        if is_block:
            pieces.append("\n")
        if element.tail:
            pieces.append(element.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_WORD.findall(text))


def body_line_flags(lines: Sequence[str], article_body: str, min_share: float = 0.5) -> list[bool]:
    """Whether each scraped line is (mostly) part of ``article_body``.

    Lines of four words or more count when at least ``min_share`` of their word trigrams occur in the body. Shorter
    lines (sub-headings, datelines) count only when they are a whole line of the body, so that "Advertisement" or a
    lone name is not body just because the word occurs somewhere in it.
    """
    body_norm = _normalise(article_body)
    body_words = body_norm.split()
    body_trigrams = {tuple(body_words[i : i + 3]) for i in range(len(body_words) - 2)}
    body_lines = {_normalise(line) for line in article_body.splitlines() if line.strip()}
    flags: list[bool] = []
    for line in lines:
        words = _normalise(line).split()
        if len(words) < 4:
            flags.append(bool(words) and " ".join(words) in body_lines)
            continue
        trigrams = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
        share = sum(t in body_trigrams for t in trigrams) / len(trigrams)
        flags.append(share >= min_share)
    return flags


@dataclass(frozen=True)
class PageResult:
    """One page: how many lines were body in truth, kept by the cleaner, and both."""

    page_id: str
    lines: int
    truth: int
    kept: int
    both: int


@dataclass(frozen=True)
class LineScore:
    """Micro-averaged line-level precision, recall and F1 over a set of pages."""

    pages: int
    lines: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, results: Iterable[PageResult]) -> LineScore:
        items = list(results)
        truth = sum(r.truth for r in items)
        kept = sum(r.kept for r in items)
        both = sum(r.both for r in items)
        precision = both / kept if kept else 0.0
        recall = both / truth if truth else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(len(items), sum(r.lines for r in items), precision, recall, f1)


def page_ids(data_dir: Path, half: str = "all") -> list[str]:
    """Sorted page ids; ``half`` is "dev" (even positions), "test" (odd positions) or "all"."""
    ids = sorted(p.name.removesuffix(".html.gz") for p in (data_dir / "html").glob("*.html.gz"))
    if half == "dev":
        return ids[0::2]
    if half == "test":
        return ids[1::2]
    if half == "all":
        return ids
    raise ValueError(f"half must be 'dev', 'test' or 'all', not {half!r}")


def load_pages(data_dir: Path, ids: Iterable[str]) -> list[tuple[str, str, str]]:
    """``(page_id, scraped text, articleBody)`` for each id."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in ids:
        html = gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, scraped_text(html), str(truth[page_id]["articleBody"])))
    return pages


def evaluate_pages(pages: Iterable[tuple[str, str, str]], settings: Settings | None = None) -> list[PageResult]:
    """Run the cleaner on each page's scraped text and count body lines kept."""
    from storylens.clean import build_language_detector, clean_document

    settings = settings or Settings()
    detector = build_language_detector(settings)  # once: building it is the costly part
    results = []
    for page_id, text, body in pages:
        article = clean_document(RawDocument(source=page_id, text=text, fmt="text"), settings, detector=detector)
        lines = [s.text for s in article.segments]
        truth = body_line_flags(lines, body)
        kept = [s.kind in _KEPT_KINDS for s in article.segments]
        results.append(
            PageResult(
                page_id,
                len(lines),
                sum(truth),
                sum(kept),
                sum(t and k for t, k in zip(truth, kept, strict=True)),
            )
        )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """Print line-level scores on the development half, the held-out half and all pages."""
    args = list(sys.argv[1:] if argv is None else argv)
    data_dir = Path(args[0]) if args else default_data_dir()
    for half in ("dev", "test", "all"):
        score = LineScore.of(evaluate_pages(load_pages(data_dir, page_ids(data_dir, half))))
        print(
            f"{half:>4}: pages={score.pages} lines={score.lines} "
            f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
