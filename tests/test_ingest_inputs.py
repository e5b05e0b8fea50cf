"""iter_inputs: files, folders, globs, dispatch by suffix and by content, gzip, limits, and bad inputs."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.errors import IngestError
from storylens.ingest import iter_bytes, iter_inputs
from storylens.ingest.sniff import format_from_name, sniff_format
from storylens.records import RawDocument
from storylens.settings import IngestSettings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
PAGES = sorted((SHARED / "eval" / "extraction" / "html").glob("*.html.gz"))
SETTINGS = IngestSettings()

RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed Title</title>
<item><title>One</title><link>https://f.example/1</link><description>First entry text.</description></item>
<item><title>Two</title><link>https://f.example/2</link><description>Second entry text.</description></item>
</channel></rss>"""


def _warc(pages: list[Path]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for index, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://w.example/{index}", "response", payload=io.BytesIO(gzip.decompress(page.read_bytes())),
            http_headers=headers))
    return buffer.getvalue()


def _jsonl() -> bytes:
    lines = [json.dumps({"text": seed.read_text(encoding="utf-8"), "outlet": seed.stem}) for seed in SEEDS]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _split(items: list[RawDocument | IngestError]) -> tuple[list[RawDocument], list[IngestError]]:
    return ([i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, IngestError)])


def test_folder_with_many_files_some_bad(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for index in range(30):
        (folder / f"good_{index:02d}.txt").write_bytes(SEEDS[index % len(SEEDS)].read_bytes())
    (folder / "nested" / "page.html.gz").write_bytes(PAGES[1].read_bytes())
    (folder / "nested" / "deeper" / "feed.rss").write_bytes(RSS)
    (folder / "nested" / "crawl.warc.gz").write_bytes(_warc(PAGES[2:4]))
    (folder / "nested" / "data.jsonl").write_bytes(_jsonl() + b"{broken\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(SEEDS[0].read_bytes())[:200])
    (folder / "page_without_suffix").write_bytes(gzip.decompress(PAGES[4].read_bytes()))
    (folder / "feed_without_suffix").write_bytes(RSS)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / ".hidden" / "secret.txt").write_text("never read", encoding="utf-8")

    items = list(iter_inputs([str(folder)], SETTINGS))
    documents, errors = _split(items)
    assert len(documents) == 30 + 1 + 2 + 2 + len(SEEDS) + 1 + 2
    assert sorted(e.source for e in errors) == sorted([
        str(folder / "empty.txt"), str(folder / "image.png"), str(folder / "noise.bin"),
        str(folder / "truncated.txt.gz"), f"{folder / 'nested' / 'data.jsonl'}:{len(SEEDS) + 1}",
    ])
    reasons = {Path(e.source.split(":")[0]).name: e.reason for e in errors}
    assert reasons["empty.txt"] == "empty file" and "PNG" in reasons["image.png"]
    assert "binary" in reasons["noise.bin"] and "truncated gzip" in reasons["truncated.txt.gz"]
    formats = {d.source: d.fmt for d in documents}
    assert formats[str(folder / "page_without_suffix")] == "html"
    assert formats[f"{folder / 'feed_without_suffix'}#https://f.example/1"] == "feed"
    assert {d.fmt for d in documents} == {"text", "html", "feed", "warc", "jsonl"}
    assert not any("secret" in d.source or "DS_Store" in d.source for d in documents)
    # Deterministic: the same folder gives the same order, files sorted within each folder.
    assert [i.source for i in iter_inputs([str(folder)], SETTINGS)] == [i.source for i in items]
    text_sources = [d.source for d in documents if d.fmt == "text"]
    assert text_sources == sorted(text_sources)


def test_gzip_for_every_format(tmp_path: Path) -> None:
    files = {
        "a.txt.gz": SEEDS[0].read_bytes(),
        "b.html.gz": gzip.decompress(PAGES[1].read_bytes()),
        "c.rss.gz": RSS,
        "d.jsonl.gz": _jsonl(),
        "e.gz": SEEDS[1].read_bytes(),  # the suffix says nothing but gzip: the content decides
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(gzip.compress(data))
    (tmp_path / "f.warc.gz").write_bytes(_warc(PAGES[1:2]))
    documents, errors = _split(list(iter_inputs([str(tmp_path)], SETTINGS)))
    assert errors == []
    assert [d.fmt for d in documents] == ["text", "html", "feed", "feed", *["jsonl"] * len(SEEDS), "text", "warc"]
    assert documents[0].text == SEEDS[0].read_text(encoding="utf-8")


def test_truncated_jsonl_gz_keeps_lines_read(tmp_path: Path) -> None:
    lines = b"".join(json.dumps({"text": f"Article number {n}. " * 40}).encode() + b"\n" for n in range(200))
    path = tmp_path / "big.jsonl.gz"
    compressed = gzip.compress(lines)
    path.write_bytes(compressed[: len(compressed) // 2])
    documents, errors = _split(list(iter_inputs([str(path)], SETTINGS)))
    assert 0 < len(documents) < 200
    (error,) = errors
    assert error.source == str(path) and "after line" in error.reason


def test_globs_and_missing_inputs(tmp_path: Path) -> None:
    for seed in SEEDS:
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "skip.md").write_text("not matched", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "*.txt"), str(tmp_path / "none*.html"), str(tmp_path / "absent.txt")],
                             SETTINGS))
    documents, errors = _split(items)
    assert [d.source for d in documents] == [str(tmp_path / seed.name) for seed in SEEDS]
    assert [(e.source, e.reason) for e in errors] == [
        (str(tmp_path / "none*.html"), "no files match this pattern"),
        (str(tmp_path / "absent.txt"), "no such file or folder"),
    ]
    (error,) = list(iter_inputs([""], SETTINGS))  # not the current folder
    assert isinstance(error, IngestError) and "empty input name" in error.reason


def test_file_over_the_size_limit_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SEEDS[0].read_bytes())
    small = dataclasses.replace(SETTINGS, max_file_bytes=1000)
    (error,) = list(iter_inputs([str(path)], small))
    assert isinstance(error, IngestError) and "over the limit of 1000 bytes" in error.reason
    # A small gzip file that inflates past the limit is caught too.
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5000))
    (error,) = list(iter_inputs([str(bomb)], small))
    assert isinstance(error, IngestError) and "decompressed" in error.reason


def test_iter_bytes_sniffs_formats() -> None:
    html = gzip.decompress(PAGES[1].read_bytes())
    assert [d.fmt for d in iter_bytes(html, "upload", SETTINGS) if isinstance(d, RawDocument)] == ["html"]
    assert len(list(iter_bytes(RSS, "upload", SETTINGS))) == 2
    (error,) = list(iter_bytes(b"", "upload", SETTINGS))
    assert isinstance(error, IngestError) and error.reason == "empty file"
    (error,) = list(iter_bytes(b"text", "upload", SETTINGS, fmt="pdf"))
    assert isinstance(error, IngestError) and "unknown format" in error.reason


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.HTML", "html"), ("a.htm.gz", "html"), ("a.warc.gz", "warc"), ("a.arc.gz", "warc"), ("a.txt", "text"),
     ("a.rss", "feed"), ("a.xml.gz", "feed"), ("a.ndjson", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.json.gz", None),
     ("README", None), ("a.html.bak", None)],
)
def test_format_from_name(name: str, fmt: str | None) -> None:
    assert format_from_name(name, SETTINGS) == fmt


@pytest.mark.parametrize(
    ("head", "fmt"),
    [(b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
     (b'\xef\xbb\xbf  <?xml version="1.0"?>\n<rss version="2.0">', "feed"),
     (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
     (b"<!DOCTYPE html><html><head>", "html"), (b"\n <html lang=en>", "html"), (b'{"text": "x"}\n', "jsonl"),
     (b"Plain words <b>with</b> a tag", "text"), (b"", "text"),
     ("\ufeff<!DOCTYPE html><html>".encode("utf-16-le"), "html"), ("\ufeff<rss>".encode("utf-16-be"), "feed")],
)
def test_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt
