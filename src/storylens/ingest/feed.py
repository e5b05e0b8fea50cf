"""RSS and Atom feeds (feedparser): one RawDocument per entry, from the entry's own content.

Full content (``content:encoded``, Atom ``<content>``) is preferred over the summary. HTML in an entry is turned
into blocks by :func:`storylens.ingest.html.fragment_blocks` (an entry is too short for boilerplate removal, so
all of it is kept). Entries are named ``path#<entry link>`` (or ``path#<entry number>`` without a link).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from storylens.errors import IngestError
from storylens.ingest.decode import normalize_text
from storylens.ingest.html import blocks_text, fragment_blocks
from storylens.ingest.meta import date_languages, iso_date, iso_from_struct_time, language_code, outlet_from_url
from storylens.records import RawDocument, SegmentKind
from storylens.settings import IngestSettings

__all__ = ["iter_feed"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def iter_feed(data: bytes, source: str, settings: IngestSettings, *, fmt: str = "feed") -> Iterator[
    RawDocument | IngestError
]:
    """One RawDocument per entry of the RSS/Atom feed in ``data``; an IngestError per entry without content, or
    one for the whole input when it is not a feed."""
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    try:
        # Bytes, never str: given a str that looks like a URL or a path, feedparser would fetch or open it.
        parsed = feedparser.parse(bytes(data), resolve_relative_uris=True, sanitize_html=True)
    except Exception as exc:  # feedparser's XML and encoding layers raise assorted errors on junk input
        yield IngestError(source, f"not a readable RSS/Atom feed ({type(exc).__name__}: {exc})")
        return
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield IngestError(source, "not an RSS/Atom feed" + (f" ({reason})" if reason else ""))
        return
    if not parsed.entries:
        yield IngestError(source, "the feed has no entries")
        return
    channel = parsed.get("feed", {})
    feed_title = _text(channel.get("title"))
    feed_link = _text(channel.get("link"))
    language = language_code(_text(channel.get("language")))
    languages = date_languages(settings)
    for number, entry in enumerate(parsed.entries, start=1):
        link = _text(entry.get("link"))
        record = f"{source}#{link or number}"
        title = _text(entry.get("title"))
        body = _entry_blocks(entry)
        if not body:
            yield IngestError(record, "entry has no content or summary")
            continue
        if title and body[0][1] == title:
            body = body[1:]
        blocks = (((SegmentKind.TITLE, title),) if title else ()) + body
        yield RawDocument(
            source=record,
            text=blocks_text(blocks),
            fmt=fmt,
            title=title,
            url=link,
            outlet=feed_title or outlet_from_url(link or feed_link),
            author=_text(entry.get("author")),
            published=iso_from_struct_time(entry.get("published_parsed") or entry.get("updated_parsed"))
            or iso_date(_text(entry.get("published") or entry.get("updated")), languages),
            language=language,
            blocks=blocks,
        )


def _entry_blocks(entry: Any) -> tuple[tuple[SegmentKind, str], ...]:
    """The entry's own text as blocks: its (longest) full content, else its summary."""
    candidates = [item for item in entry.get("content") or () if _text(item.get("value"))]
    if candidates:
        chosen = max(candidates, key=lambda item: len(item.get("value") or ""))
        value, media_type = chosen.get("value"), chosen.get("type")
    else:
        detail = entry.get("summary_detail") or {}
        value, media_type = entry.get("summary"), detail.get("type", "text/html")
    text = value if isinstance(value, str) else ""
    if not text.strip():
        return ()
    if media_type in _HTML_TYPES or "<" in text:
        return fragment_blocks(text)  # repairs and normalises each block
    lines = (" ".join(normalize_text(line).split()) for line in text.splitlines())
    return tuple((SegmentKind.PARAGRAPH, line) for line in lines if line)


def _text(value: Any) -> str | None:
    """A feed string field, normalised and stripped; None when missing or blank."""
    if not isinstance(value, str):
        return None
    return " ".join(normalize_text(value).split()) or None
