"""Plain text files (as scraped, like the seed articles): the text is kept line by line exactly as decoded.

The reader adds no structure: the cleaner labels title, byline, paragraphs and boilerplate lines itself.
"""

from __future__ import annotations

from storylens.errors import IngestError
from storylens.ingest.decode import decode_bytes
from storylens.records import RawDocument
from storylens.settings import IngestSettings

__all__ = ["read_text"]


def read_text(data: bytes, source: str, settings: IngestSettings, *, fmt: str = "text") -> RawDocument:
    """Decode a plain-text article; raise :class:`IngestError` for empty, blank or binary input."""
    del settings  # size limits are enforced by the caller before the bytes get here
    text = decode_bytes(data, source)
    if not text.strip():
        raise IngestError(source, "no text (the file holds only whitespace)")
    return RawDocument(source=source, text=text, fmt=fmt)
