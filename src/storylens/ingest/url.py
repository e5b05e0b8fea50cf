"""Fetch one ``http(s)://`` URL (httpx) and read it as HTML, a feed or plain text.

Redirects are followed; the body is capped at ``url_max_bytes`` (checked against ``Content-Length`` first, then
while streaming) and the whole fetch at ``url_timeout_seconds`` (httpx's own timeouts apply per network operation,
so a server trickling bytes is cut off by an overall deadline too). Every failure is an :class:`IngestError`
saying what happened: DNS, connection refused, timeout, HTTP status, too large, or not HTML/text.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from storylens.errors import IngestError
from storylens.ingest.decode import charset_from_content_type, decode_bytes
from storylens.ingest.feed import iter_feed
from storylens.ingest.html import read_html
from storylens.ingest.meta import outlet_from_url
from storylens.ingest.sniff import sniff_format
from storylens.records import RawDocument
from storylens.settings import IngestSettings

__all__ = ["FetchedPage", "fetch_url", "iter_url", "make_client"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_DNS_HINTS = ("name or service not known", "nodename nor servname", "getaddrinfo", "temporary failure in name",
              "no address associated", "name resolution")


@dataclass(frozen=True)
class FetchedPage:
    """A fetched body with the URL it finally came from (after redirects) and its media type."""

    url: str
    body: bytes
    media_type: str
    charset: str | None


def make_client(settings: IngestSettings) -> httpx.Client:
    """An HTTP client for fetching articles: our user agent, the configured timeout, redirects followed."""
    return httpx.Client(
        headers={"User-Agent": settings.user_agent},
        timeout=httpx.Timeout(settings.url_timeout_seconds),
        follow_redirects=True,
    )


def iter_url(url: str, settings: IngestSettings, client: httpx.Client | None = None) -> Iterator[
    RawDocument | IngestError
]:
    """The article at ``url`` (or one per entry if it is a feed), or an IngestError saying why not."""
    try:
        page = fetch_url(url, settings, client)
    except IngestError as exc:
        yield exc
        return
    media_type = page.media_type
    if not media_type or media_type in _XML_TYPES or media_type == "application/octet-stream":
        media_type = {"html": "text/html", "feed": "application/rss+xml", "text": "text/plain"}.get(
            sniff_format(page.body), ""
        )
    try:
        if media_type in _HTML_TYPES:
            yield read_html(page.body, url, settings, url=page.url, declared_charset=page.charset, fmt="url")
        elif media_type in _FEED_TYPES:
            yield from iter_feed(page.body, url, settings, fmt="url")
        elif media_type == "text/plain":
            text = decode_bytes(page.body, url, page.charset)
            if not text.strip():
                raise IngestError(url, "the page is empty")
            yield RawDocument(source=url, text=text, fmt="url", url=page.url, outlet=outlet_from_url(page.url))
        else:
            yield IngestError(url, f"not HTML or text (content type {page.media_type or 'unknown'})")
    except IngestError as exc:
        yield exc


def fetch_url(url: str, settings: IngestSettings, client: httpx.Client | None = None) -> FetchedPage:
    """GET ``url`` with the size cap and deadline of ``settings``; raise :class:`IngestError` on any failure."""
    if client is None:
        with make_client(settings) as own_client:
            return _fetch(own_client, url, settings)
    return _fetch(client, url, settings)


def _fetch(client: httpx.Client, url: str, settings: IngestSettings) -> FetchedPage:
    deadline = time.monotonic() + settings.url_timeout_seconds
    limit = settings.url_max_bytes
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise IngestError(url, f"response too large ({int(declared)} bytes, limit {limit})")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise IngestError(url, f"response too large (over the limit of {limit} bytes)")
                if time.monotonic() > deadline:
                    raise IngestError(url, f"timed out after {settings.url_timeout_seconds:g} s (body too slow)")
                chunks.append(chunk)
            content_type = response.headers.get("Content-Type", "")
            return FetchedPage(
                url=str(response.url),
                body=b"".join(chunks),
                media_type=content_type.split(";")[0].strip().lower(),
                charset=charset_from_content_type(content_type),
            )
    except IngestError:
        raise
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise IngestError(url, f"not a valid http(s) URL ({exc})") from exc
    except httpx.TimeoutException as exc:
        raise IngestError(url, f"timed out after {settings.url_timeout_seconds:g} s ({type(exc).__name__})") from exc
    except httpx.ConnectError as exc:
        message = str(exc)
        if any(hint in message.lower() for hint in _DNS_HINTS):
            host = httpx.URL(url).host
            raise IngestError(url, f"DNS lookup failed: no such host {host!r} ({message})") from exc
        if "refused" in message.lower():
            raise IngestError(url, f"connection refused ({message})") from exc
        raise IngestError(url, f"could not connect ({message})") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError(url, "too many redirects") from exc
    except httpx.HTTPError as exc:
        raise IngestError(url, f"request failed ({type(exc).__name__}: {exc})") from exc
