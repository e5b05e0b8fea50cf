"""WARC archives (warcio): every HTML response record goes through the HTML reader.

Records are named ``path#<target URI>``. Records that are not HTML (images, scripts, robots.txt), requests,
metadata and redirects are skipped silently, as a crawl holds many of them; an HTML response with an error status
(4xx/5xx) is an :class:`IngestError` for that record. A truncated or corrupt archive yields the records read so
far, then one error for the rest (warcio itself reads a record cut off by the end of the file without
complaint, so each record's length is checked against its ``Content-Length``).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storylens.errors import IngestError
from storylens.ingest.decode import charset_from_content_type
from storylens.ingest.files import read_up_to
from storylens.ingest.html import read_html
from storylens.records import RawDocument
from storylens.settings import IngestSettings

__all__ = ["iter_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(stream: io.BufferedIOBase, source: str, settings: IngestSettings, *, fmt: str = "warc") -> Iterator[
    RawDocument | IngestError
]:
    """One RawDocument per HTML response in the WARC ``stream`` (gzipped per record or not)."""
    records_read = 0
    yielded = 0
    try:
        for record in ArchiveIterator(stream):
            records_read += 1
            document = _read_record(record, source, settings, records_read, fmt)
            if _cut_short(record):
                # warcio reads a cut-off last record without complaint: its partial page is no article.
                yield IngestError(source, f"truncated WARC: record {records_read} ends before its declared length")
                return
            if document is not None:
                yielded += 1
                yield document
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        yield IngestError(
            source, f"truncated or corrupt WARC after {records_read} records ({type(exc).__name__}: {exc})"
        )
        return
    except Exception as exc:  # warcio's parsers fail on junk with AttributeError, TypeError, parser exceptions …
        yield IngestError(source, f"corrupt WARC after {records_read} records ({type(exc).__name__}: {exc})")
        return
    if records_read == 0:
        yield IngestError(source, "no WARC records found")
    elif yielded == 0:
        yield IngestError(source, f"no HTML pages among the archive's {records_read} records")


def _cut_short(record: Any) -> bool:
    """Read the record to its end; whether the archive ended before the record's declared length."""
    raw = record.raw_stream
    while raw.read(64 * 1024):
        pass
    return bool(getattr(raw, "limit", 0) > 0)


def _read_record(
    record: Any, source: str, settings: IngestSettings, number: int, fmt: str
) -> RawDocument | IngestError | None:
    if not record.rec_type or record.length is None:
        return IngestError(f"{source}#{number}", "corrupt WARC record (no WARC-Type or Content-Length header)")
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    if record.format == "arc" and (not uri or "://" not in uri):
        # warcio reads any text line as an old-style ARC header; a real one starts with a URL.
        return IngestError(f"{source}#{number}", "not a WARC/ARC record (no URL in the record header)")
    name = f"{source}#{uri or number}"
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
        status = record.http_headers.get_statuscode() or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
        status = "200"
    if not content_type.split(";")[0].strip().lower().startswith(_HTML_TYPES):
        return None
    if status.startswith("3"):
        return None
    if not status.startswith("2"):
        return IngestError(name, f"HTTP status {status} in the archive, not an article page")
    body = read_up_to(record.content_stream(), settings.max_file_bytes + 1)
    if len(body) > settings.max_file_bytes:
        return IngestError(name, f"record is over the size limit of {settings.max_file_bytes} bytes")
    try:
        return read_html(body, name, settings, url=uri, declared_charset=charset_from_content_type(content_type),
                         fmt=fmt)
    except IngestError as exc:
        return exc
