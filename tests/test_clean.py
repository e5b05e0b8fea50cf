"""The cleaner: seed labels, offset invariants, fingerprints, language, debris, reader blocks."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.clean import build_language_detector, clean_document, fingerprint_text, label_lines, split_lines
from storylens.errors import IngestError
from storylens.nlp import Resources
from storylens.records import Article, RawDocument, SegmentKind
from storylens.settings import Settings

K = SegmentKind
REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="module")
def detector() -> Any:
    return build_language_detector(Settings())


def _clean(text: str, detector: Any, **kwargs: Any) -> Article:
    return clean_document(RawDocument(source="test", text=text, fmt="text", **kwargs), Settings(), detector=detector)


def _labels(article: Article) -> list[tuple[str, str]]:
    return [(s.kind.value, s.text) for s in article.segments]


def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.fail(f"seed {prefix} missing under {SEEDS}")
    return path.read_text(encoding="utf-8")


def test_seed_000_dek_title_headings_language_switcher(detector: Any) -> None:
    text = _seed("000")
    article = _clean(text, detector)
    lines = [text[s:e] for s, e in split_lines(text)]
    kinds = {s.text: s.kind for s in article.segments}
    assert [s.text for s in article.segments] == lines
    assert article.segments[0].kind is K.DEK
    assert article.segments[1].kind is K.TITLE
    assert article.title == lines[1]
    headings = ["A Divided Alliance", "Rutte's Diplomatic Tightrope", "Strategic Realignment",
                "The 'Trump Whisperer' Strategy", "Looking Ahead"]
    switcher = ["Nederlands", "English", "Deutsch", "Français", "Español", "Português"]
    assert [s.text for s in article.segments if s.kind is K.HEADING] == headings
    assert [s.text for s in article.segments if s.kind is K.BOILERPLATE] == switcher
    others = [line for line in lines[2:] if line not in headings and line not in switcher]
    assert others and all(kinds[line] is K.PARAGRAPH for line in others)
    assert article.language == "en"


def test_seed_003_teasers_are_not_headings(detector: Any) -> None:
    text = _seed("003")
    article = _clean(text, detector)
    by_kind: dict[SegmentKind, list[str]] = {}
    for segment in article.segments:
        by_kind.setdefault(segment.kind, []).append(segment.text)
    lines = [text[s:e] for s, e in split_lines(text)]
    teasers = [line for line in lines if line.startswith(("NATO Panic Mode:", "NATO Rift Deepens", "Spain’s Silent"))]
    assert len(teasers) == 3
    assert by_kind[K.TEASER] == teasers
    assert by_kind[K.HEADING] == [
        "Rutte and His Fiery NATO Address", "Conflicting Signals from Washington",
        "The Tension Between Reality and Rhetoric",
    ]
    # The first line is the lead paragraph: no headline sits next to it, so it cannot be a dek.
    assert article.segments[0].kind is K.PARAGRAPH
    assert set(by_kind) == {K.PARAGRAPH, K.HEADING, K.TEASER}
    assert len(by_kind[K.PARAGRAPH]) == len(lines) - 6


# --- Offsets -----------------------------------------------------------------------------------------------

_line = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    st.sampled_from(["", "   ", "Advertisement", "By Jane Doe", "Nov. 19, 2019 8:03 am ET", "A Heading Here",
                     "This is a long enough sentence with the words that make prose, and it ends here. " * 3]),
)


@given(st.lists(_line, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n", "\u2028", "\r"]))
@settings(max_examples=150, deadline=None)
def test_segments_cover_every_line_in_order(lines: list[str], separator: str) -> None:
    text = separator.join(lines)
    segments = label_lines(text, Settings())
    for segment in segments:
        assert text[segment.start : segment.end] == segment.text
        assert segment.text == segment.text.strip() and segment.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(segments))
    expected = [line.strip() for line in text.splitlines() if line.strip()]
    assert [s.text for s in segments] == expected


@given(st.lists(st.text(min_size=1, max_size=60), min_size=1, max_size=8))
@settings(max_examples=80, deadline=None)
def test_blocks_are_located_in_the_text(blocks: list[str]) -> None:
    text = "Menu\n" + "\n\n".join(blocks) + "\nFooter"
    raw = RawDocument("b", text, "html", blocks=tuple((K.PARAGRAPH, b) for b in blocks), language="en")
    article = clean_document(raw, Settings())
    for segment in article.segments:
        assert text[segment.start : segment.end] == segment.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(article.segments))
    covered = "".join(text[s.start : s.end] for s in article.segments)
    assert "".join(text.split()) == "".join(covered.split())


def test_blocks_keep_reader_kinds_and_reflowed_whitespace() -> None:
    text = "Site menu\nThe Headline\nFirst  paragraph\nwraps here.\nShare this article"
    raw = RawDocument(
        "b", text, "html", language="en",
        blocks=((K.TITLE, "The Headline"), (K.PARAGRAPH, "First paragraph wraps here.")),
    )
    article = clean_document(raw, Settings())
    assert _labels(article) == [
        ("boilerplate", "Site menu"),
        ("title", "The Headline"),
        ("paragraph", "First  paragraph\nwraps here."),
        ("boilerplate", "Share this article"),
    ]
    assert article.title == "The Headline"


# --- Debris, bylines, datelines ----------------------------------------------------------------------------

_PROSE = (
    "The council voted on Tuesday to expand the program, which officials said would cost about 4 million dollars "
    "over the next three years and would be paid for by the state.",
    "Critics of the plan said that the money could have been spent on schools, and that the council had not "
    "consulted the people who live in the affected neighbourhoods before it made the decision.",
    "The mayor, who has backed the program since it was first proposed, said she was confident that it would "
    "pay for itself within a decade, and that the city would publish its figures every year.",
)


def test_page_debris_bylines_and_datelines(detector: Any) -> None:
    text = "\n".join([
        "Home", "News", "Politics", "Sign up for our newsletter",
        "Council Votes to Expand Housing Program", "By Jane Doe", "Nov. 19, 2019 8:03 am ET",
        "Facebook Twitter Email", _PROSE[0], "Advertisement", _PROSE[1], "Photo: John Smith/Reuters", _PROSE[2],
        "Read more", "© 2019 The Daily Example. All rights reserved.", "Cookie settings",
    ])
    article = _clean(text, detector)
    labels = dict((t, k) for k, t in _labels(article))
    assert labels["Council Votes to Expand Housing Program"] == "title"
    assert labels["By Jane Doe"] == "byline"
    assert labels["Nov. 19, 2019 8:03 am ET"] == "dateline"
    assert [t for t, k in labels.items() if k == "paragraph"] == list(_PROSE)
    for debris in ("Home", "Sign up for our newsletter", "Facebook Twitter Email", "Advertisement",
                   "Photo: John Smith/Reuters", "Read more", "© 2019 The Daily Example. All rights reserved.",
                   "Cookie settings"):
        assert labels[debris] == "boilerplate", debris


def test_given_title_is_found_and_other_headlines_after_the_body_are_teasers(detector: Any) -> None:
    text = "\n".join([
        "Council votes to expand housing program", *_PROSE,
        "More stories", "Storm Leaves 3,000 Homes Without Power: What We Know", "Menu",
    ])
    article = _clean(text, detector, title="Council Votes to Expand Housing Program")
    labels = dict((t, k) for k, t in _labels(article))
    assert labels["Council votes to expand housing program"] == "title"
    assert labels["Storm Leaves 3,000 Homes Without Power: What We Know"] == "teaser"


# --- Identity ----------------------------------------------------------------------------------------------


def test_id_and_fingerprint_are_stable_and_ignore_whitespace_and_boilerplate(detector: Any) -> None:
    text = _seed("000")
    first, again = _clean(text, detector), _clean(text, detector)
    assert first.id == again.id and first.fingerprint == again.fingerprint
    assert first.id == first.fingerprint[:16] and len(first.fingerprint) == 64
    reflowed = "Share this article\n\n" + text.replace("\n", "\n\n").replace(". ", ".  ") + "\nAdvertisement\n"
    assert _clean(reflowed, detector).fingerprint == first.fingerprint
    changed = text.replace("Rutte", "Stoltenberg", 1)
    assert _clean(changed, detector).fingerprint != first.fingerprint
    assert fingerprint_text("A  b\nC") == fingerprint_text("a b c")


def test_metadata_copied_from_raw(detector: Any) -> None:
    raw = RawDocument("src", _seed("003"), "text", title="T", url="http://x", outlet="O", author="A",
                      published="2025-12-05")
    article = clean_document(raw, Settings(), detector=detector)
    assert (article.title, article.url, article.outlet, article.author, article.published, article.source) == (
        "T", "http://x", "O", "A", "2025-12-05", "src"
    )
    assert article.text == raw.text


# --- Language ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Bundesregierung hat am Dienstag beschlossen, die Ausgaben für die Verteidigung deutlich zu erhöhen, "
         "wie ein Sprecher in Berlin mitteilte.", "de"),
        ("Le gouvernement a annoncé mardi une hausse importante des dépenses de défense, a indiqué un porte-parole "
         "à Paris.", "fr"),
        ("The government announced on Tuesday a sharp rise in defence spending, a spokesman said in London.", "en"),
        ("De regering heeft dinsdag besloten de uitgaven voor defensie flink te verhogen, zei een woordvoerder in "
         "Den Haag.", "nl"),
    ],
)
def test_language_is_detected_among_configured_languages(detector: Any, text: str, code: str) -> None:
    assert _clean(text, detector).language == code


def test_language_detector_is_built_once_per_resources() -> None:
    resources = Resources(Settings())
    text = "Der Bundestag hat am Freitag ein neues Gesetz zur Stärkung der Bundeswehr beschlossen, hieß es."
    raw = RawDocument("de", text, "text")
    assert clean_document(raw, Settings(), resources).language == "de"
    detector = resources.extra("lingua_detector", lambda: pytest.fail("detector rebuilt"))
    assert clean_document(raw, Settings(), resources).language == "de"
    assert detector is resources.extra("lingua_detector", lambda: None)
    assert clean_document(RawDocument("x", text, "text", language="EN"), Settings(), resources).language == "en"


# --- Scraped-page shapes -------------------------------------------------------------------------------------


def test_hard_wrapped_prose_is_kept_line_by_line(detector: Any) -> None:
    wrapped = [
        "Veteran actress Kate Henshaw, who in 2008 won the",
        "Africa Movie Academy Award for Best Actress in a Leading Role, has taken to her Instagram page",
        "to share some stunning photos of herself, which were released online and",
        "are making the rounds on social media, where her fans have praised them.",
        "She flaunted a hand bag which had the colours of the Nigerian flag. The",
        "47-year-old was one of the guests invited to an event by a media mogul.",
    ]
    text = "\n".join(["Home", "Entertainment", *wrapped, "Tags:", "Entertainment news"])
    article = _clean(text, detector)
    labels = _labels(article)
    assert [t for k, t in labels if k == "paragraph"] == wrapped
    assert ("boilerplate", "Home") in labels


def test_reader_comments_are_not_the_body(detector: Any) -> None:
    comments = [
        "12 responses to “Council votes to expand housing program”",
        "fan123 says:",
        "I have lived in this city for thirty years and I have never seen the council spend money on anything that "
        "worked, so I do not expect that this program will be any different from the ones that came before it.",
        "otherreader says:",
        "The mayor has said the same thing about every program she has backed, and the people who live in the "
        "neighbourhoods were not asked about it, which is the real problem with how the council does its work.",
        "localvoice says:",
        "We will see in a decade whether it paid for itself, but I would not bet on it given the record of the "
        "council and of the state, which has cut its support for the city every year since the last election.",
    ]
    article = _clean("\n".join([*_PROSE[:2], *comments]), detector)
    kept = [t for k, t in _labels(article) if k in ("paragraph", "heading")]
    assert kept == list(_PROSE[:2])


def test_text_without_a_stop_list_is_judged_by_punctuation(detector: Any) -> None:
    prose = [
        "クリップボード拡張ソフトを新しいパソコンにインストールしたところ、ライセンス認証ができなかったので、"
        "原因を調べて解決した手順をまとめておきます。",
        "まず、古いパソコンでライセンスの認証を解除してから、新しいパソコンで認証をやり直すと、問題なく使えるように"
        "なりました。同じ問題で困っている方の参考になれば幸いです。",
    ]
    text = "\n".join(["ホーム", "新着記事", *prose, "このブログの管理人", "カテゴリー"])
    article = _clean(text, detector)
    assert [t for k, t in _labels(article) if k == "paragraph"] == prose


def test_a_list_introduced_by_the_body_belongs_to_it(detector: Any) -> None:
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Bridgestone Arena, Nashville, TN",
             "July 2 -- Mohegan Sun Arena, Uncasville, CT"]
    text = "\n".join([*_PROSE, "The band's anniversary tour dates:", *dates, "Share this:", "Facebook", "Menu"])
    labels = _labels(_clean(text, detector))
    assert [t for k, t in labels if k == "paragraph"] == [*_PROSE, "The band's anniversary tour dates:", *dates]
    assert ("boilerplate", "Facebook") in labels


def test_blocks_that_do_not_describe_the_text_fall_back_to_line_labels(detector: Any) -> None:
    text = "\n".join(["Home", *_PROSE, "Advertisement"])
    raw = RawDocument("b", text, "html", blocks=((K.PARAGRAPH, "A paragraph of some other page."),), language="en")
    labels = _labels(clean_document(raw, Settings(), detector=detector))
    assert [t for k, t in labels if k == "paragraph"] == list(_PROSE)


def test_blank_document_is_an_ingest_error(detector: Any) -> None:
    with pytest.raises(IngestError, match="blank"):
        _clean(" \n\t\n", detector)


def test_captions_shown_twice_are_furniture_but_do_not_split_the_body(detector: Any) -> None:
    captions = [
        "The minister speaks at the opening of the exhibition in the capital on Monday, before the attack.",
        "Police officers secure the area outside the arts centre where the attack took place on Monday night.",
        "Emergency services respond to the shooting at the arts centre in the capital, as crowds gather outside.",
    ]
    gallery = [caption for caption in captions for _ in range(2)]
    text = "\n".join([_PROSE[0], *gallery, _PROSE[1], _PROSE[2], "Menu"])
    labels = _labels(_clean(text, detector))
    assert [t for k, t in labels if k == "paragraph"] == list(_PROSE)
    assert [t for k, t in labels if k == "boilerplate"] == [*gallery, "Menu"]
