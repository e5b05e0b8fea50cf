"""Ingest: turn files, folders, globs and URLs into :class:`~storylens.records.RawDocument` records.

One reader per format (``text``, ``html``, ``warc``, ``feed``, ``jsonl``, ``url``), chosen by the file name's
suffix (the lists in :class:`~storylens.settings.IngestSettings`) or, when the suffix says nothing, by sniffing the
content. A bad input never stops the others: it is *yielded* as an :class:`~storylens.errors.IngestError` naming
the input (``path``, ``path:line`` or ``path#record``) and the reason.

Size limits: single-document files (text, HTML, feeds) over ``max_file_bytes`` are rejected by size before they
are read. WARC and JSONL files are streamed record by record, so the limit applies to each record (a crawl or a
dataset is legitimately larger than any one article).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from storylens.errors import IngestError
from storylens.ingest.feed import iter_feed
from storylens.ingest.files import expand_input, open_maybe_gzip, read_capped
from storylens.ingest.html import read_html
from storylens.ingest.jsonl import iter_jsonl
from storylens.ingest.sniff import FORMATS, format_from_name, sniff_format
from storylens.ingest.text import read_text
from storylens.ingest.url import iter_url, make_client
from storylens.ingest.warc import iter_warc
from storylens.records import RawDocument
from storylens.settings import IngestSettings

__all__ = ["FORMATS", "is_url", "iter_bytes", "iter_inputs", "iter_path", "iter_url"]

Item = RawDocument | IngestError


def is_url(item: str) -> bool:
    """Whether an input names an ``http(s)://`` URL rather than a local path."""
    return item.lower().startswith(("http://", "https://"))


def iter_inputs(inputs: Iterable[str], settings: IngestSettings) -> Iterator[Item]:
    """Every document of every input, in order; bad inputs and bad records come out as IngestErrors.

    ``inputs`` are file paths, folders (read recursively, sorted), glob patterns or ``http(s)://`` URLs.
    """
    with contextlib.ExitStack() as stack:
        client: httpx.Client | None = None
        for given in inputs:
            item = str(given)  # tolerate Path objects
            if not item.strip():
                yield IngestError(repr(item), "empty input name (expected a file, folder, glob or URL)")
                continue
            if is_url(item):
                if client is None:  # one connection pool for all URLs, opened only if there are any
                    client = stack.enter_context(make_client(settings))
                yield from _guarded(item, iter_url(item, settings, client))
                continue
            for path in expand_input(item):
                if isinstance(path, IngestError):
                    yield path
                else:
                    yield from _guarded(str(path), iter_path(path, settings))


def iter_path(path: Path, settings: IngestSettings, fmt: str | None = None) -> Iterator[Item]:
    """The documents of one local file, in format ``fmt`` or the one its name or content shows."""
    source = str(path)
    try:
        fmt = fmt or format_from_name(path.name, settings) or _sniff_file(path)
        if fmt in ("warc", "jsonl"):
            if path.stat().st_size == 0:
                yield IngestError(source, "empty file")
                return
            with open_maybe_gzip(path) if fmt == "jsonl" else path.open("rb") as stream:
                if fmt == "warc":
                    yield from iter_warc(stream, source, settings)
                else:
                    yield from iter_jsonl(stream, source, settings)
            return
        data = read_capped(path, settings.max_file_bytes)
    except IngestError as exc:
        yield exc
        return
    except OSError as exc:
        yield IngestError(source, f"cannot read the file ({exc.strerror or exc})")
        return
    yield from iter_bytes(data, source, settings, fmt)


def iter_bytes(data: bytes, source: str, settings: IngestSettings, fmt: str | None = None) -> Iterator[Item]:
    """The documents in ``data`` (already decompressed), named after ``source``; ``fmt`` None means sniff it."""
    if not data:
        yield IngestError(source, "empty file")
        return
    if len(data) > settings.max_file_bytes and fmt not in ("warc", "jsonl"):
        yield IngestError(source, f"input is {len(data)} bytes, over the limit of {settings.max_file_bytes} bytes")
        return
    fmt = fmt or sniff_format(data)
    try:
        if fmt == "html":
            yield read_html(data, source, settings)
        elif fmt == "text":
            yield read_text(data, source, settings)
        elif fmt == "feed":
            yield from iter_feed(data, source, settings)
        elif fmt == "jsonl":
            yield from iter_jsonl(data.splitlines(), source, settings)
        elif fmt == "warc":
            yield from iter_warc(io.BytesIO(data), source, settings)
        else:
            yield IngestError(source, f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    except IngestError as exc:
        yield exc


def _sniff_file(path: Path) -> str:
    try:
        with open_maybe_gzip(path) as stream:
            head = stream.read(4096)
    except (EOFError, OSError):
        return "text"  # the reader reports the broken file properly
    return sniff_format(head)


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass ``items`` through; a reader's unexpected exception becomes an IngestError for that input.

    Readers raise only IngestError on purpose, but a third-party parser may still fail in ways nobody foresaw;
    in a batch of thousands that must cost one input, not the run.
    """
    try:
        yield from items
    except IngestError as exc:
        yield exc
    except Exception as exc:
        yield IngestError(source, f"unexpected {type(exc).__name__} while reading ({exc}); please report this")
