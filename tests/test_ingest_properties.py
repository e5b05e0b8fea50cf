"""Property tests: whatever bytes or text arrive, every reader yields documents or IngestErrors, never raises
anything else (one bad input in a thousand must never stop the rest)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storylens.errors import IngestError
from storylens.ingest import iter_bytes
from storylens.ingest.decode import decode_bytes
from storylens.ingest.feed import iter_feed
from storylens.ingest.html import fragment_blocks, read_html
from storylens.ingest.jsonl import iter_jsonl
from storylens.ingest.meta import iso_date
from storylens.ingest.sniff import sniff_format
from storylens.ingest.text import read_text
from storylens.ingest.warc import iter_warc
from storylens.records import RawDocument, SegmentKind
from storylens.settings import IngestSettings

SETTINGS = IngestSettings()
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PREFIXES = [b"", b"WARC/1.0\r\n", b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n",
             b'<?xml version="1.0"?><rss version="2.0"><channel><item><description>',
             b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">',
             b"<!DOCTYPE html><html><head><meta charset='", b"<html><body><article><p>", b'{"text": "',
             b"\x1f\x8b\x08\x00", b"\xef\xbb\xbf", b"\xff\xfe"]

# Random bytes, random text in several encodings, and both behind the openings of every format.
payloads = st.one_of(
    st.binary(max_size=1500),
    st.text(max_size=1500).map(lambda text: text.encode("utf-8")),
    st.text(max_size=800).map(lambda text: text.encode("utf-16")),
    st.tuples(st.sampled_from(_PREFIXES), st.binary(max_size=800)).map(lambda pair: pair[0] + pair[1]),
    st.tuples(st.sampled_from(_PREFIXES), st.text(max_size=800)).map(lambda pair: pair[0] + pair[1].encode()),
)


def _check_items(items: Iterable[object]) -> None:
    for item in items:
        assert isinstance(item, RawDocument | IngestError)
        if isinstance(item, RawDocument):
            assert item.text.strip()
            assert all(isinstance(kind, SegmentKind) and text for kind, text in item.blocks)


def _single(reader: Callable[[], RawDocument]) -> None:
    try:
        document = reader()
    except IngestError as exc:
        assert exc.reason and exc.source
    else:
        _check_items([document])


@PROPERTY
@given(payloads)
def test_decode_never_raises_other_errors(data: bytes) -> None:
    try:
        text = decode_bytes(data, "random")
    except IngestError as exc:
        assert exc.source == "random"
    else:
        assert isinstance(text, str) and "\r" not in text


@PROPERTY
@given(payloads)
def test_text_reader(data: bytes) -> None:
    _single(lambda: read_text(data, "random.txt", SETTINGS))


@PROPERTY
@given(payloads)
def test_html_reader_on_bytes(data: bytes) -> None:
    _single(lambda: read_html(data, "random.html", SETTINGS))


@PROPERTY
@given(st.text(max_size=1500))
def test_html_reader_on_text(text: str) -> None:
    _single(lambda: read_html("<html><body><article><p>" + text + "</p></article></body></html>", "r", SETTINGS))
    _single(lambda: read_html(text, "random.html", SETTINGS))


@PROPERTY
@given(st.text(max_size=1500))
def test_fragment_blocks(text: str) -> None:
    for kind, block in fragment_blocks(text):
        assert isinstance(kind, SegmentKind) and block == block.strip() and "\n" not in block


@PROPERTY
@given(payloads)
def test_feed_reader(data: bytes) -> None:
    _check_items(iter_feed(data, "random.rss", SETTINGS))


@PROPERTY
@given(payloads)
def test_jsonl_reader(data: bytes) -> None:
    _check_items(iter_jsonl(data.splitlines(), "random.jsonl", SETTINGS))


@PROPERTY
@given(st.lists(st.one_of(st.text(max_size=200), st.dictionaries(
    st.sampled_from(["text", "title", "url", "outlet", "published", "author", "language"]),
    st.one_of(st.text(max_size=100), st.integers(), st.none(), st.lists(st.integers(), max_size=2))),
), max_size=5))
def test_jsonl_reader_on_json_objects(records: list[object]) -> None:
    import json

    lines = [json.dumps(record).encode() if not isinstance(record, str) else record.encode() for record in records]
    _check_items(iter_jsonl(lines, "random.jsonl", SETTINGS))


@PROPERTY
@given(payloads)
def test_warc_reader(data: bytes) -> None:
    _check_items(iter_warc(io.BytesIO(data), "random.warc", SETTINGS))


@PROPERTY
@given(payloads, st.sampled_from([None, "text", "html", "feed", "jsonl", "warc"]))
def test_dispatch(data: bytes, fmt: str | None) -> None:
    _check_items(iter_bytes(data, "random", SETTINGS, fmt))
    assert sniff_format(data) in {"text", "html", "feed", "jsonl", "warc"}


@PROPERTY
@given(st.text(max_size=80))
def test_iso_date(text: str) -> None:
    result = iso_date(text, ("en",))
    assert result is None or result[:4].isdigit()
