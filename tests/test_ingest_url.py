"""Fetching URLs from a local HTTP server: a page, redirects, feeds, plain text, and every kind of failure."""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storylens.errors import IngestError
from storylens.ingest import iter_inputs
from storylens.ingest.url import fetch_url, iter_url
from storylens.records import RawDocument
from storylens.settings import IngestSettings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAGE = sorted((SHARED / "eval" / "extraction" / "html").glob("*.html.gz"))[1]
SEED = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))[0]
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>
<item><title>Entry</title><link>http://127.0.0.1/entry</link><description>Entry body text.</description></item>
</channel></rss>"""
LIMIT = 200_000


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/article": (200, "text/html; charset=utf-8", gzip.decompress(PAGE.read_bytes())),
            "/plain": (200, "text/plain; charset=utf-8", SEED.read_bytes()),
            "/feed": (200, "application/rss+xml", RSS),
            "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
            "/big": (200, "text/html", b"<p>" + b"x" * (LIMIT * 2) + b"</p>"),
        }
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", b"<p>late</p>")
        elif self.path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the body streams until the connection closes
            for _ in range(50):
                self.wfile.write(b"y" * 10_000)
            self.close_connection = True
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up on purpose (size cap)
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def settings(monkeypatch: pytest.MonkeyPatch) -> IngestSettings:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)  # the local server must be reached directly
    return dataclasses.replace(IngestSettings(), url_timeout_seconds=0.5, url_max_bytes=LIMIT)


def _one(url: str, settings: IngestSettings) -> RawDocument | IngestError:
    (item,) = list(iter_url(url, settings))
    return item


def test_page_is_read_as_html(server: str, settings: IngestSettings) -> None:
    document = _one(f"{server}/article", settings)
    assert isinstance(document, RawDocument)
    assert document.fmt == "url" and document.source == f"{server}/article" and document.blocks
    assert document.url == f"{server}/article" and document.title


def test_redirect_followed_and_final_url_kept(server: str, settings: IngestSettings) -> None:
    document = _one(f"{server}/redirect", settings)
    assert isinstance(document, RawDocument)
    assert document.source == f"{server}/redirect" and document.url == f"{server}/article"


def test_plain_text_and_feed(server: str, settings: IngestSettings) -> None:
    text = _one(f"{server}/plain", settings)
    assert isinstance(text, RawDocument) and text.text == SEED.read_text(encoding="utf-8")
    assert text.outlet == "127.0.0.1"
    entry = _one(f"{server}/feed", settings)
    assert isinstance(entry, RawDocument) and entry.title == "Entry" and entry.outlet == "Local Feed"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/big", "too large"),
        ("/big-chunked", "too large"),
        ("/slow", "timed out after 0.5 s"),
        ("/image", "not HTML or text (content type image/png)"),
    ],
)
def test_failures_are_explained(server: str, settings: IngestSettings, path: str, reason: str) -> None:
    error = _one(f"{server}{path}", settings)
    assert isinstance(error, IngestError) and error.source == f"{server}{path}"
    assert reason in error.reason


def test_refused_port(settings: IngestSettings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = _one(f"http://127.0.0.1:{port}/x", settings)
    assert isinstance(error, IngestError) and "connection refused" in error.reason


def test_unknown_host(settings: IngestSettings) -> None:
    # .invalid never resolves (RFC 2606); offline machines fail the lookup as well.
    with pytest.raises(IngestError, match="DNS lookup failed"):
        fetch_url("http://no-such-host.invalid/article", settings)


def test_urls_and_files_mixed_in_iter_inputs(server: str, settings: IngestSettings) -> None:
    items = list(iter_inputs([f"{server}/article", str(SEED), f"{server}/missing", f"{server}/plain"], settings))
    assert [type(item).__name__ for item in items] == ["RawDocument", "RawDocument", "IngestError", "RawDocument"]
