"""Property tests: quote-mark pairing and quote extraction never crash and keep offsets exact, whatever the marks."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storylens.evaluate.quotes import article_from_text
from storylens.extract.actors import find_actors
from storylens.extract.parse import parse_article
from storylens.extract.quote_marks import find_quoted_spans
from storylens.extract.quotes import find_quotes
from storylens.nlp import Resources
from storylens.settings import QuoteSettings

_PIECES = st.sampled_from(
    ['"', "'", "“", "”", "‘", "’", "«", "»", " ", ", ", ". ", "\n", "Rutte", "said", "don't", "it", "the allies'",
     "Costa declared", "he told the BBC that", "according to officials", "Hello", "—", ":"]
)
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_quoted_spans_are_inside_their_block_and_ordered(text: str) -> None:
    blocks = []
    offset = 0
    for line in text.split("\n"):
        blocks.append((offset, line))
        offset += len(line) + 1
    spans = find_quoted_spans(blocks)
    assert [q.start for q in spans] == sorted(q.start for q in spans)
    for quoted in spans:
        for start, end in quoted.pieces:
            assert 0 <= start < end <= len(text)
            assert "\n" not in text[start:end]
            assert text[start:end] == text[start:end].strip()


@given(_TEXT)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_find_quotes_never_crashes_and_offsets_are_exact(resources: Resources, text: str) -> None:
    parsed = parse_article(article_from_text("p1", text), resources.spacy)
    for quote in find_quotes(parsed, find_actors(parsed), QuoteSettings()):
        assert text[quote.start : quote.end] == quote.text
        assert quote.start < quote.end
        for part in quote.parts:
            assert quote.start <= part.start < part.end <= quote.end
        if quote.speaker.start is not None and quote.speaker.end is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        if quote.cue_start is not None and quote.cue_end is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
