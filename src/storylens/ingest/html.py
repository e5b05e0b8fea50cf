"""HTML pages to :class:`RawDocument`: trafilatura finds the main text and the metadata.

trafilatura's XML output keeps the page's structure, so blocks come from it in reading order: ``<head>`` →
HEADING, ``<p>``, list items, quotes, code and table rows → PARAGRAPH. The document title becomes the first block
(TITLE); a heading between the title and the first paragraph that reads like a sentence (or repeats the page's
meta description) is the standfirst (DEK). Two kinds of page furniture that trafilatura keeps are labelled so that
analysis skips them: headings with no paragraph under them (links to other articles: TEASER) and copyright notices
(BOILERPLATE). Whitespace inside a block, ``<lb/>`` included, collapses to one space so that each block is one
line of ``RawDocument.text``.

Feed entries carry HTML fragments too short for boilerplate detection; :func:`fragment_blocks` turns those into
blocks with lxml alone (after lxml_html_clean strips scripts and styles), keeping everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree  # type: ignore[import-untyped]  # lxml ships no type hints
import lxml.html  # type: ignore[import-untyped]
import trafilatura
from lxml_html_clean import Cleaner

from storylens.errors import IngestError
from storylens.ingest.decode import decode_bytes, normalize_text, sniff_declared_charset
from storylens.ingest.meta import date_languages, iso_date, language_code, outlet_from_url
from storylens.records import RawDocument, SegmentKind
from storylens.settings import IngestSettings

__all__ = ["HtmlExtraction", "blocks_text", "extract_blocks", "fragment_blocks", "read_html"]

Block = tuple[SegmentKind, str]


@dataclass(frozen=True)
class HtmlExtraction:
    """trafilatura options. The defaults are trafilatura's balanced mode, which measured best on the
    article-extraction benchmark (see ``storylens.evaluate.html_extraction``)."""

    favor_precision: bool = False
    favor_recall: bool = False
    include_tables: bool = True
    # Reader comments are not the article.
    include_comments: bool = False
    # Fall back to readability/jusText when trafilatura's own extraction looks poor.
    no_fallback: bool = False


# Inline content inside a block (emphasis, links, deletions) is read through; these tags are blocks of their own.
_PARAGRAPH_TAGS = frozenset({"p", "code"})
_CONTAINER_TAGS = frozenset({"main", "list", "quote", "div", "item", "table", "row", "cell"})
_SKIPPED_TAGS = frozenset({"graphic", "comments"})
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")
_WHITESPACE = re.compile(r"\s+")
# A copyright notice that extraction kept at the end of the text: page furniture, not the article.
_COPYRIGHT = re.compile(r"^(©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.IGNORECASE)


def read_html(
    data: bytes | str,
    source: str,
    settings: IngestSettings,
    *,
    url: str | None = None,
    declared_charset: str | None = None,
    fmt: str = "html",
    extraction: HtmlExtraction | None = None,
) -> RawDocument:
    """Extract the article of one HTML page; raise :class:`IngestError` when the page holds no article text.

    ``declared_charset`` is the encoding the transport declared (HTTP header, WARC record); ``<meta charset>`` is
    read from the page itself when nothing was declared.
    """
    # Mojibake repair and NFC apply to the extracted blocks and metadata only: running them over the whole page
    # (markup, scripts, styles) took more time than the extraction itself.
    if isinstance(data, bytes):
        html = decode_bytes(data, source, declared_charset or sniff_declared_charset(data), repair=False)
    else:
        html = data
    if not html.strip():
        raise IngestError(source, "empty file")
    xml = _extract_xml(html, source, url, extraction or HtmlExtraction())
    root = _parse_xml(xml, source)
    attributes = {key: normalize_text(value) for key, value in root.attrib.items()}
    title = _clean(attributes.get("title", "")) or None
    blocks = extract_blocks(root, title, attributes.get("description"))
    if not any(kind is not SegmentKind.TITLE for kind, _ in blocks):
        raise IngestError(source, "no article text found in the HTML page")
    if title is None and blocks[0][0] is SegmentKind.TITLE:
        title = blocks[0][1]
    page_url = url or attributes.get("url") or None
    return RawDocument(
        source=source,
        text=blocks_text(blocks),
        fmt=fmt,
        title=title,
        url=page_url,
        outlet=attributes.get("sitename") or outlet_from_url(page_url) or attributes.get("hostname") or None,
        author=attributes.get("author") or None,
        published=iso_date(attributes.get("date"), date_languages(settings)),
        language=language_code(attributes.get("language")) or _page_language(html),
        blocks=blocks,
    )


def _page_language(html: str) -> str | None:
    """The language the page declares on its ``<html lang>`` element (trafilatura's metadata does not keep it)."""
    match = _HTML_LANG.search(html[:20_000])
    return language_code(match.group(1)) if match else None


def blocks_text(blocks: tuple[Block, ...]) -> str:
    """A document's text: its blocks, one per line."""
    return "\n".join(text for _, text in blocks)


def _extract_xml(html: str, source: str, url: str | None, extraction: HtmlExtraction) -> str:
    try:
        xml = trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            with_metadata=True,
            include_comments=extraction.include_comments,
            include_tables=extraction.include_tables,
            favor_precision=extraction.favor_precision,
            favor_recall=extraction.favor_recall,
            no_fallback=extraction.no_fallback,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds of errors on broken markup
        raise IngestError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    if not xml:
        raise IngestError(source, "no article text found in the HTML page")
    return str(xml)


def _parse_xml(xml: str, source: str) -> lxml.etree._Element:
    try:
        return lxml.etree.fromstring(xml, parser=lxml.etree.XMLParser(recover=True, huge_tree=False))
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise IngestError(source, f"HTML extraction produced unreadable output ({exc})") from exc


def extract_blocks(root: lxml.etree._Element, title: str | None, description: str | None) -> tuple[Block, ...]:
    """Blocks of trafilatura's XML document ``root`` in reading order, led by the title."""
    main = root.find("main")
    body = list(_walk(main if main is not None else root))
    blocks: list[Block] = []
    if title is None and body and body[0][0] is SegmentKind.HEADING:
        title = body.pop(0)[1]
    elif title is not None and body and body[0][0] is SegmentKind.HEADING and _same(body[0][1], title):
        body.pop(0)  # the page's <h1> repeats the title
    if title:
        blocks.append((SegmentKind.TITLE, title))
    body = [(SegmentKind.BOILERPLATE if kind is SegmentKind.PARAGRAPH and _COPYRIGHT.search(text) else kind, text)
            for kind, text in body]
    seen_paragraph = False
    for index, (kind, text) in enumerate(body):
        if kind is SegmentKind.PARAGRAPH:
            seen_paragraph = True
        elif kind is not SegmentKind.HEADING:
            pass
        elif not seen_paragraph and _is_standfirst(text, description):
            kind = SegmentKind.DEK
        elif not _introduces_text(body, index):
            # A sub-heading introduces text; headings with nothing under them are links to other articles.
            kind = SegmentKind.TEASER
        blocks.append((kind, text))
    return tuple(blocks)


def _introduces_text(body: list[Block], index: int) -> bool:
    """Whether a paragraph follows the heading at ``index``, directly or under further headings (a section
    title, then a sub-heading)."""
    for kind, _ in body[index + 1:]:
        if kind is SegmentKind.PARAGRAPH:
            return True
        if kind is not SegmentKind.HEADING:
            return False
    return False


def _is_standfirst(text: str, description: str | None) -> bool:
    """A heading above the first paragraph that is a sentence, or the meta description, is the standfirst."""
    return bool(_SENTENCE_END.search(text)) or (description is not None and _same(text, description))


def _walk(element: lxml.etree._Element) -> Iterator[Block]:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIPPED_TAGS or not tag:
            continue
        if tag == "head":
            yield from _block(SegmentKind.HEADING, _inline_text(child))
        elif tag in _PARAGRAPH_TAGS:
            yield from _block(SegmentKind.PARAGRAPH, _inline_text(child))
        elif tag == "row":
            cells = (_clean(_inline_text(cell)) for cell in child)
            yield from _block(SegmentKind.PARAGRAPH, " | ".join(cell for cell in cells if cell))
        elif tag in _CONTAINER_TAGS:
            if _has_block_children(child):
                yield from _block(SegmentKind.PARAGRAPH, child.text or "")
                yield from _walk(child)
            else:
                yield from _block(SegmentKind.PARAGRAPH, _inline_text(child))
        else:  # inline content outside any block (rare): keep it as its own paragraph
            yield from _block(SegmentKind.PARAGRAPH, _inline_text(child))
        if child.tail and child.tail.strip() and element.tag != "doc":
            yield from _block(SegmentKind.PARAGRAPH, child.tail)


def _has_block_children(element: lxml.etree._Element) -> bool:
    return any(
        isinstance(child.tag, str) and (child.tag in _PARAGRAPH_TAGS or child.tag in _CONTAINER_TAGS
                                        or child.tag == "head")
        for child in element
    )


def _block(kind: SegmentKind, text: str) -> Iterator[Block]:
    cleaned = _clean(normalize_text(text))
    if cleaned:
        yield kind, cleaned


def _inline_text(element: lxml.etree._Element) -> str:
    """The text inside ``element``, with line breaks (``<lb/>``) and nested blocks read as spaces."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _SKIPPED_TAGS:
            parts.append(" " if child.tag == "lb" else _inline_text(child))
            if child.tag in _PARAGRAPH_TAGS or child.tag in _CONTAINER_TAGS:
                parts.append(" ")
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _same(left: str, right: str) -> bool:
    return _clean(left).casefold() == _clean(right).casefold()


# Feed fragments -------------------------------------------------------------------------------------------------

_FRAGMENT_CLEANER = Cleaner(
    scripts=True, javascript=True, comments=True, style=True, forms=True, embedded=True, frames=True,
    processing_instructions=True, page_structure=False, links=False, meta=True, annoying_tags=True,
    remove_unknown_tags=False, safe_attrs_only=True,
)
_FRAGMENT_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FRAGMENT_BLOCKS = frozenset({"p", "li", "blockquote", "pre", "tr", "dd", "dt", "figcaption", "td", "th"})
_FRAGMENT_CONTAINERS = frozenset(
    {"div", "section", "article", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "body", "html", "main",
     "header", "footer", "aside", "figure", "span"}
)


def fragment_blocks(fragment: str) -> tuple[Block, ...]:
    """Blocks (HEADING / PARAGRAPH) of an HTML fragment such as a feed entry's content, keeping all its text."""
    if not fragment.strip():
        return ()
    try:
        tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
        tree = _FRAGMENT_CLEANER.clean_html(tree)
    except (lxml.etree.LxmlError, ValueError):
        # Not parseable as HTML at all: treat it as plain text, one block per line.
        return tuple((SegmentKind.PARAGRAPH, line) for line in map(_clean, fragment.splitlines()) if line)
    return tuple(_walk_fragment(tree))


def _walk_fragment(element: lxml.html.HtmlElement) -> Iterator[Block]:
    pending: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag in _FRAGMENT_HEADINGS or tag in _FRAGMENT_BLOCKS or (
            tag in _FRAGMENT_CONTAINERS and _fragment_has_blocks(child)
        ):
            yield from _block(SegmentKind.PARAGRAPH, "".join(pending))
            pending = []
            if tag in _FRAGMENT_HEADINGS:
                yield from _block(SegmentKind.HEADING, child.text_content())
            elif tag in _FRAGMENT_BLOCKS and not _fragment_has_blocks(child):
                yield from _block(SegmentKind.PARAGRAPH, child.text_content())
            else:
                yield from _walk_fragment(child)
        elif tag == "br":
            yield from _block(SegmentKind.PARAGRAPH, "".join(pending))
            pending = []
        elif tag:
            pending.append(child.text_content())
        pending.append(child.tail or "")
    yield from _block(SegmentKind.PARAGRAPH, "".join(pending))


def _fragment_has_blocks(element: lxml.html.HtmlElement) -> bool:
    return any(
        isinstance(child.tag, str)
        and (child.tag.lower() in _FRAGMENT_BLOCKS or child.tag.lower() in _FRAGMENT_HEADINGS
             or child.tag.lower() in _FRAGMENT_CONTAINERS or child.tag.lower() == "br")
        for child in element.iter()
        if child is not element
    )
