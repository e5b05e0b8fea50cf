"""JSON Lines: one article object per line.

Each object needs a non-empty string ``text``; ``title``, ``url``, ``outlet``, ``author``, ``published`` and
``language`` are optional strings. A bad line is one :class:`IngestError` naming ``path:line`` and the reason;
the other lines are still read. Records are named ``path#<line>``.

With a separate ``title`` the document gets blocks (each non-empty line of ``text`` as a paragraph, the title
labelled where the text repeats it, or put first when it does not) and its text is rebuilt from them, so that the
title is part of the article text exactly once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from storylens.errors import IngestError
from storylens.ingest.decode import decode_bytes, normalize_text
from storylens.ingest.html import blocks_text
from storylens.ingest.meta import date_languages, iso_date, language_code, outlet_from_url
from storylens.records import RawDocument, SegmentKind
from storylens.settings import IngestSettings

__all__ = ["iter_jsonl", "read_jsonl_record"]

# How far down the text a line repeating the title is looked for.
_TITLE_SEARCH_LINES = 5
_OPTIONAL_FIELDS = ("title", "url", "outlet", "author", "published", "language")


def iter_jsonl(lines: Iterable[bytes], source: str, settings: IngestSettings) -> Iterator[RawDocument | IngestError]:
    """One RawDocument per good line of ``lines`` (raw bytes, as read from the file), one IngestError per bad one.

    Blank lines are skipped. An error while reading ``lines`` itself (say, truncated gzip) ends the input with an
    error after the lines already read.
    """
    line_number = 0
    languages = date_languages(settings)
    try:
        for line_number, raw in enumerate(lines, start=1):  # line_number is reported after the loop too
            if not raw.strip():
                continue
            where = f"{source}:{line_number}"
            if len(raw) > settings.max_file_bytes:
                yield IngestError(where, f"line is {len(raw)} bytes, over the limit of {settings.max_file_bytes}")
                continue
            try:
                yield read_jsonl_record(raw, where, f"{source}#{line_number}", languages)
            except IngestError as exc:
                yield exc
    except (OSError, EOFError, ValueError) as exc:
        yield IngestError(source, f"reading stopped after line {line_number}: {exc or type(exc).__name__}")


def read_jsonl_record(
    raw: bytes, where: str, record_source: str, languages: tuple[str, ...] | None = None
) -> RawDocument:
    """Parse one JSON line (``where`` names it in errors) into a RawDocument named ``record_source``;
    ``languages`` restricts how ``published`` is parsed (see :func:`storylens.ingest.meta.iso_date`)."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = decode_bytes(raw, where)
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise IngestError(where, "not valid JSON (nested too deeply)") from exc
    if not isinstance(data, dict):
        raise IngestError(where, f"expected a JSON object, found {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str):
        raise IngestError(where, "no \"text\" string field" if text is None else "field \"text\" is not a string")
    text = normalize_text(text)
    if not text.strip():
        raise IngestError(where, "field \"text\" is empty")
    fields: dict[str, str | None] = {}
    for name in _OPTIONAL_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(where, f"field {name!r} is not a string")
        fields[name] = (normalize_text(value).strip() or None) if value else None
    title = fields["title"]
    blocks: tuple[tuple[SegmentKind, str], ...] = ()
    if title:
        blocks = _blocks_with_title(text, title)
        text = blocks_text(blocks)
    return RawDocument(
        source=record_source,
        text=text,
        fmt="jsonl",
        title=title,
        url=fields["url"],
        outlet=fields["outlet"] or outlet_from_url(fields["url"]),
        author=fields["author"],
        published=iso_date(fields["published"], languages),
        language=language_code(fields["language"]) or fields["language"],
        blocks=blocks,
    )


def _blocks_with_title(text: str, title: str) -> tuple[tuple[SegmentKind, str], ...]:
    """Each non-empty line of ``text`` as a paragraph, except the title: labelled where it stands when one of the
    first lines repeats it (scraped text often starts with a standfirst or kicker), else put first."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    blocks = [(SegmentKind.PARAGRAPH, line) for line in lines]
    folded = " ".join(title.split()).casefold()
    for index, line in enumerate(lines[:_TITLE_SEARCH_LINES]):
        if " ".join(line.split()).casefold() == folded:
            blocks[index] = (SegmentKind.TITLE, line)
            return tuple(blocks)
    return ((SegmentKind.TITLE, title), *blocks)
