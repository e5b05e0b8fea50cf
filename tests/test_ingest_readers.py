"""Each format reader on real inputs (seeds, benchmark pages) and realistic hand-written ones."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import lxml.etree  # type: ignore[import-untyped]
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.errors import IngestError
from storylens.evaluate.html_extraction import score_page
from storylens.ingest.feed import iter_feed
from storylens.ingest.html import extract_blocks, fragment_blocks, read_html
from storylens.ingest.jsonl import iter_jsonl
from storylens.ingest.meta import date_languages, iso_date, language_code, outlet_from_url
from storylens.ingest.text import read_text
from storylens.ingest.warc import iter_warc
from storylens.records import RawDocument, SegmentKind
from storylens.settings import IngestSettings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
PAGES_DIR = SHARED / "eval" / "extraction"
PAGES = sorted((PAGES_DIR / "html").glob("*.html.gz"))
SETTINGS = IngestSettings()


def _truth() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((PAGES_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    return data


def _documents(items: list[RawDocument | IngestError]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def _errors(items: list[RawDocument | IngestError]) -> list[IngestError]:
    return [item for item in items if isinstance(item, IngestError)]


# Text ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_text_reader_keeps_seed_lines_exactly(seed: Path) -> None:
    document = read_text(seed.read_bytes(), str(seed), SETTINGS)
    assert document.text == seed.read_text(encoding="utf-8")
    assert document.text.splitlines() == seed.read_text(encoding="utf-8").splitlines()
    assert document.fmt == "text" and document.blocks == () and document.source == str(seed)


def test_text_reader_rejects_blank_and_binary() -> None:
    with pytest.raises(IngestError, match="whitespace"):
        read_text(b" \n\t\n", "blank.txt", SETTINGS)
    with pytest.raises(IngestError, match="binary"):
        read_text(b"\x00\x01\x02 data", "bin.txt", SETTINGS)


# HTML ------------------------------------------------------------------------------------------------------------


def test_html_reader_on_real_pages() -> None:
    truth = _truth()
    for page in PAGES[:8]:
        page_id = page.name.split(".")[0]
        document = read_html(gzip.decompress(page.read_bytes()), str(page), SETTINGS, url=truth[page_id]["url"])
        assert document.fmt == "html"
        assert document.blocks[0][0] is SegmentKind.TITLE and document.blocks[0][1] == document.title
        assert document.text == "\n".join(text for _, text in document.blocks)
        assert all(text and "\n" not in text and text == text.strip() for _, text in document.blocks)
        assert document.outlet  # site name or URL host
        assert document.url == truth[page_id]["url"]
        assert document.published is None or iso_date(document.published) == document.published
        # Most of the true article body is in the extracted text.
        assert score_page(page_id, truth[page_id]["articleBody"], document.text).recall > 0.8


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers clash over budget | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Ministers clash over budget">
<meta name="description" content="A row over spending rules split the cabinet on Tuesday.">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:30:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Ministers clash over budget</h1>
<h2>A row over spending rules split the cabinet on Tuesday.</h2>
<p>The finance minister said on Tuesday that the deficit rule “cannot be bent”, rejecting calls from three
colleagues for more room to invest in rail and housing before the next election.</p>
<p>“We have been clear,” she told reporters.<br>“The rule stays.”</p>
<h2>What the critics say</h2>
<p>Opposition leaders called the decision a mistake and said the government had ignored its own advisers, who
warned last month that investment had fallen to its lowest level in a decade.</p>
<ul><li>Rail spending would fall by 4 percent.</li><li>Housing grants would be frozen until 2026.</li></ul>
<p>The cabinet meets again next week, when the budget will be presented to parliament for a first reading.</p>
</article>
<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def test_html_blocks_in_reading_order() -> None:
    document = read_html(ARTICLE_HTML.encode("utf-8"), "article.html", SETTINGS)
    kinds = [kind for kind, _ in document.blocks]
    texts = [text for _, text in document.blocks]
    assert document.title == "Ministers clash over budget"
    assert kinds[0] is SegmentKind.TITLE and texts.count("Ministers clash over budget") == 1
    assert kinds[1] is SegmentKind.DEK
    assert (SegmentKind.HEADING, "What the critics say") in document.blocks
    assert (SegmentKind.PARAGRAPH, "Rail spending would fall by 4 percent.") in document.blocks
    assert (SegmentKind.PARAGRAPH, "“We have been clear,” she told reporters. “The rule stays.”") in document.blocks
    assert texts.index("What the critics say") < texts.index("Rail spending would fall by 4 percent.")
    assert document.outlet == "The Daily Example"
    assert document.author == "Jane Doe" and document.language == "en"
    assert document.published is not None and document.published.startswith("2024-03-05")
    assert "Home" not in texts and not any("rights reserved" in text for text in texts)


def test_html_declared_charset_used() -> None:
    html = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace("©", "naïve ©")
    document = read_html(html.encode("cp1252"), "legacy.html", SETTINGS)
    assert "“cannot be bent”" in document.text


def test_html_with_a_wrong_declaration_and_mixed_encodings() -> None:
    # Declared UTF-8, but one paragraph was pasted in as Windows-1252 (and the rest is real UTF-8).
    utf8, legacy = ARTICLE_HTML.split("<h2>What the critics say</h2>")
    data = utf8.encode("utf-8") + b"<h2>What the critics say</h2>" + legacy.replace(
        "Opposition leaders", "Opposition leaders – naïvely –").encode("cp1252")
    document = read_html(data, "mixed.html", SETTINGS)
    assert "“cannot be bent”" in document.text and "Opposition leaders – naïvely –" in document.text


def test_html_without_article_text_is_an_error() -> None:
    with pytest.raises(IngestError, match="no article text"):
        read_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html", SETTINGS)
    with pytest.raises(IngestError):
        read_html(b"", "zero.html", SETTINGS)


def test_teasers_and_copyright_labelled_in_trafilatura_xml() -> None:
    root = lxml.etree.fromstring(
        '<doc title="Main story"><main><head rend="h1">Main story</head><head>Standfirst sentence here.</head>'
        "<p>Body one.</p><head>Section</head><head>Sub-section</head><p>Body <hi>two</hi>.<lb/>Same para.</p>"
        "<list><item>Point</item></list><head>Other story</head><head>Another story</head>"
        "<p>© 2024 Example Media. All rights reserved.</p></main></doc>"
    )
    assert extract_blocks(root, "Main story", None) == (
        (SegmentKind.TITLE, "Main story"),
        (SegmentKind.DEK, "Standfirst sentence here."),
        (SegmentKind.PARAGRAPH, "Body one."),
        (SegmentKind.HEADING, "Section"),
        (SegmentKind.HEADING, "Sub-section"),
        (SegmentKind.PARAGRAPH, "Body two. Same para."),
        (SegmentKind.PARAGRAPH, "Point"),
        (SegmentKind.TEASER, "Other story"),
        (SegmentKind.TEASER, "Another story"),
        (SegmentKind.BOILERPLATE, "© 2024 Example Media. All rights reserved."),
    )


def test_fragment_blocks_keep_everything() -> None:
    blocks = fragment_blocks(
        "<p>First <b>bold</b> point.</p><h3>Sub head</h3><ul><li>One</li><li>Two</li></ul>"
        "Loose text<br>after a break<script>alert(1)</script>"
    )
    assert blocks == (
        (SegmentKind.PARAGRAPH, "First bold point."),
        (SegmentKind.HEADING, "Sub head"),
        (SegmentKind.PARAGRAPH, "One"),
        (SegmentKind.PARAGRAPH, "Two"),
        (SegmentKind.PARAGRAPH, "Loose text"),
        (SegmentKind.PARAGRAPH, "after a break"),
    )
    assert fragment_blocks("plain words only") == ((SegmentKind.PARAGRAPH, "plain words only"),)
    assert fragment_blocks("   ") == ()


# JSONL -----------------------------------------------------------------------------------------------------------


def _seed_records() -> list[dict[str, str]]:
    records = []
    for index, seed in enumerate(SEEDS):
        text = seed.read_text(encoding="utf-8")
        records.append({"text": text, "title": text.splitlines()[1], "outlet": f"Outlet {index}",
                        "url": f"https://www.outlet{index}.example/story", "published": "March 3, 2025"})
    return records


def test_jsonl_reader_with_bad_lines() -> None:
    records = _seed_records()
    lines = [json.dumps(records[0]), "", "{not json", json.dumps([1, 2]), json.dumps({"title": "no text"}),
             json.dumps({"text": 5}), json.dumps({"text": "ok", "title": 7}), json.dumps({"text": "  "}),
             json.dumps({"text": records[1]["text"]})]
    items = list(iter_jsonl((line.encode("utf-8") + b"\n" for line in lines), "data.jsonl", SETTINGS))
    documents, errors = _documents(items), _errors(items)
    assert [d.source for d in documents] == ["data.jsonl#1", "data.jsonl#9"]
    assert [e.source for e in errors] == [f"data.jsonl:{n}" for n in (3, 4, 5, 6, 7, 8)]
    assert "not valid JSON" in errors[0].reason and "expected a JSON object" in errors[1].reason
    assert "text" in errors[2].reason and "title" in errors[4].reason
    first = documents[0]
    assert first.title == records[0]["title"] and first.outlet == "Outlet 0" and first.fmt == "jsonl"
    assert first.published == "2025-03-03"
    # The seed's title is its second line (under a standfirst): labelled in place, kept once.
    assert [kind for kind, _ in first.blocks[:3]] == [SegmentKind.PARAGRAPH, SegmentKind.TITLE, SegmentKind.PARAGRAPH]
    assert first.blocks[1] == (SegmentKind.TITLE, records[0]["title"])
    assert first.text.splitlines() == [line for line in records[0]["text"].splitlines() if line.strip()]
    assert first.text == "\n".join(text for _, text in first.blocks)
    assert sum(1 for _, text in first.blocks if text == records[0]["title"]) == 1
    # Without a title the text stays exactly as given and the outlet comes from nowhere.
    assert documents[1].text == records[1]["text"] and documents[1].blocks == () and documents[1].outlet is None


def test_jsonl_outlet_falls_back_to_url_host_and_dates_prefer_first_day() -> None:
    line = json.dumps({"text": "Body text.\n\nMore.", "title": "Head", "url": "https://www.bbc.co.uk/news/x",
                       "published": "March 2025"})
    (document,) = iter_jsonl([line.encode()], "d.jsonl", SETTINGS)
    assert isinstance(document, RawDocument)
    assert document.outlet == "bbc.co.uk" and document.published == "2025-03-01"
    assert document.text == "Head\nBody text.\nMore." and document.blocks[0] == (SegmentKind.TITLE, "Head")


# Feeds -----------------------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://news.example.com/</link><language>en-us</language>
<item><title>Storm hits coast</title><link>https://news.example.com/storm</link>
<dc:creator>Sam Reporter</dc:creator><pubDate>Tue, 05 Mar 2024 10:30:00 GMT</pubDate>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>The storm reached the coast at dawn, officials said.</p><h2>Damage</h2>
<p>Hundreds of homes lost power &amp; roads were closed.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://news.example.com/summary</link>
<description>&lt;p&gt;Only a &lt;b&gt;summary&lt;/b&gt; here.&lt;/p&gt;</description></item>
<item><title>Empty entry</title><link>https://news.example.com/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title><link href="https://atom.example.org/"/>
<id>urn:x</id><updated>2024-03-06T08:00:00Z</updated>
<entry><title>Talks resume</title><link href="https://atom.example.org/talks"/><id>urn:1</id>
<updated>2024-03-06T08:00:00Z</updated><author><name>Ana Writer</name></author>
<summary>Summary text.</summary>
<content type="html">&lt;p&gt;Negotiators met again on Wednesday.&lt;/p&gt;
&lt;p&gt;“Progress,” one said.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_feed_entries() -> None:
    items = list(iter_feed(RSS.encode("utf-8"), "news.rss", SETTINGS))
    documents, errors = _documents(items), _errors(items)
    assert [d.source for d in documents] == ["news.rss#https://news.example.com/storm",
                                             "news.rss#https://news.example.com/summary"]
    assert [e.source for e in errors] == ["news.rss#https://news.example.com/empty"]
    storm = documents[0]
    assert storm.blocks == (
        (SegmentKind.TITLE, "Storm hits coast"),
        (SegmentKind.PARAGRAPH, "The storm reached the coast at dawn, officials said."),
        (SegmentKind.HEADING, "Damage"),
        (SegmentKind.PARAGRAPH, "Hundreds of homes lost power & roads were closed."),
    )
    assert "Short summary" not in storm.text  # full content wins over the summary
    assert storm.outlet == "Example News" and storm.author == "Sam Reporter" and storm.language == "en"
    assert storm.published == "2024-03-05T10:30:00+00:00" and storm.fmt == "feed"
    assert documents[1].blocks[1] == (SegmentKind.PARAGRAPH, "Only a summary here.")


def test_atom_feed_entry() -> None:
    (document,) = list(iter_feed(ATOM.encode("utf-8"), "times.atom", SETTINGS))
    assert isinstance(document, RawDocument)
    assert document.title == "Talks resume" and document.url == "https://atom.example.org/talks"
    assert document.text == "Talks resume\nNegotiators met again on Wednesday.\n“Progress,” one said."
    assert document.author == "Ana Writer" and document.outlet == "Atom Times"
    assert document.published == "2024-03-06T08:00:00+00:00"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body><p>Not a feed</p></body></html>", "not an RSS/Atom feed"),
        (b"this is { not xml at all", "not an RSS/Atom feed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "no entries"),
        (b"", "empty file"),
    ],
)
def test_malformed_feeds(data: bytes, reason: str) -> None:
    (error,) = list(iter_feed(data, "bad.xml", SETTINGS))
    assert isinstance(error, IngestError) and reason in error.reason and error.source == "bad.xml"


def test_truncated_feed_keeps_complete_entries() -> None:
    cut = RSS[: RSS.index("<item><title>Empty entry")]
    items = list(iter_feed(cut.encode("utf-8"), "cut.rss", SETTINGS))
    assert [d.title for d in _documents(items)] == ["Storm hits coast", "Summary only"]


# WARC ------------------------------------------------------------------------------------------------------------


def build_warc(pages: list[Path], compress: bool, noise: bool = True) -> bytes:
    """A WARC of benchmark pages as HTTP responses, plus the noise a crawl holds (request, image, 404, redirect)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for index, page in enumerate(pages):
        uri = f"https://site{index}.example/article"
        if noise:
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET /article HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(gzip.decompress(page.read_bytes())), http_headers=headers))
    if not noise:
        return buffer.getvalue()
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://site.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image))
    moved = StatusAndHeaders("301 Moved", [("Content-Type", "text/html"), ("Location", "/x")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://site.example/old", "response", payload=io.BytesIO(b"<html>moved</html>"), http_headers=moved))
    missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://site.example/gone", "response", payload=io.BytesIO(b"<html><p>Not found</p></html>"),
        http_headers=missing))
    return buffer.getvalue()


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_reader(compress: bool) -> None:
    data = build_warc(PAGES[1:4], compress)
    items = list(iter_warc(io.BytesIO(data), "crawl.warc", SETTINGS))
    documents, errors = _documents(items), _errors(items)
    assert [d.source for d in documents] == [f"crawl.warc#https://site{i}.example/article" for i in range(3)]
    assert all(d.fmt == "warc" and d.blocks and d.url and d.url.endswith("/article") for d in documents)
    assert [e.source for e in errors] == ["crawl.warc#https://site.example/gone"]
    assert "404" in errors[0].reason
    reference = read_html(gzip.decompress(PAGES[1].read_bytes()), "p", SETTINGS)
    assert documents[0].blocks == reference.blocks


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_truncated_warc_keeps_records_read(compress: bool) -> None:
    whole = build_warc(PAGES[1:4], compress, noise=False)
    # Cut in the middle of the third page's response record.
    third_starts = len(build_warc(PAGES[1:3], compress, noise=False))
    cut = whole[: (third_starts + len(whole)) // 2]
    items = list(iter_warc(io.BytesIO(cut), "cut.warc.gz", SETTINGS))
    assert len(_documents(items)) == 2
    (error,) = _errors(items)
    assert error.source == "cut.warc.gz" and "truncated" in error.reason
    assert isinstance(items[-1], IngestError)


def test_not_a_warc() -> None:
    (error,) = list(iter_warc(io.BytesIO(b"hello, I am not an archive"), "x.warc", SETTINGS))
    assert isinstance(error, IngestError) and "WARC" in error.reason


# Metadata helpers ------------------------------------------------------------------------------------------------


def test_iso_dates_and_outlets() -> None:
    assert language_code("en-GB") == "en" and language_code("de") == "de" and language_code("x-klingon!") is None
    assert iso_date("2024-03-05") == "2024-03-05"
    assert iso_date("2024-03-05T10:30:00Z") == "2024-03-05T10:30:00+00:00"
    languages = date_languages(SETTINGS)
    assert "en" in languages and "de" in languages
    assert iso_date("5 March 2024", languages) == "2024-03-05"
    assert iso_date("5 March 2024, 14:20", languages) == "2024-03-05T14:20:00"
    assert iso_date("mardi 5 mars 2024", languages) == "2024-03-05"
    assert iso_date("not a date at all, really", languages) is None and iso_date(None) is None
    assert outlet_from_url("https://www.nytimes.com/2024/a.html") == "nytimes.com"
    assert outlet_from_url("not a url") is None and outlet_from_url(None) is None
