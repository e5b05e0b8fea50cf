"""Tell an input's format from its name (the suffix lists in settings) or, failing that, from its first bytes."""

from __future__ import annotations

import re

from storylens.settings import IngestSettings

__all__ = ["FORMATS", "format_from_name", "sniff_format"]

#: Formats a file can hold, as named in ``RawDocument.fmt``.
FORMATS = ("text", "html", "warc", "feed", "jsonl")

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]")
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article|script|link)[\s>/]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def format_from_name(name: str, settings: IngestSettings) -> str | None:
    """The format a file name's suffix announces (``a.warc.gz`` → ``"warc"``), or None if it says nothing."""
    lowered = name.lower()
    by_format = {
        "html": settings.html_suffixes,
        "text": settings.text_suffixes,
        "warc": settings.warc_suffixes,
        "feed": settings.feed_suffixes,
        "jsonl": settings.jsonl_suffixes,
    }
    # Longest suffix first, so that ".warc.gz" wins over a bare ".gz" rule.
    matches = [(len(suffix), fmt) for fmt, suffixes in by_format.items() for suffix in suffixes
               if lowered.endswith(suffix.lower())]
    if matches:
        return max(matches)[1]
    if lowered.endswith(".gz"):
        return format_from_name(lowered[: -len(".gz")], settings)
    return None


def sniff_format(head: bytes) -> str:
    """The format of (decompressed) content from its first bytes: warc, feed, html, jsonl, else text."""
    sample = head[:4096]
    if sample.startswith(_UTF16_BOMS):
        # Sniff UTF-16 through its characters, not its bytes ("<\x00h\x00t\x00…" matches nothing).
        sample = sample[: len(sample) // 2 * 2].decode("utf-16", errors="ignore").encode("utf-8")
    sample = sample.removeprefix(b"\xef\xbb\xbf").lstrip()
    if sample.startswith(b"WARC/"):
        return "warc"
    lowered = sample.lower()
    if lowered.startswith(b"{"):
        return "jsonl"
    feed = _FEED_ROOT.search(lowered)
    html = _HTML_START.search(lowered)
    if feed and (html is None or feed.start() < html.start()):
        return "feed"
    if html and lowered.startswith(b"<"):
        return "html"
    return "text"
