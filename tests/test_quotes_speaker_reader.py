"""The public speaker reading of :mod:`storylens.extract.quotes` (what the attribution tagger resolves its tagged
sources with): it must read a speaker exactly as the rules read their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.clean import clean_document
from storylens.evaluate.quotes import article_from_text
from storylens.extract.actors import find_actors
from storylens.extract.parse import ParsedArticle, parse_article
from storylens.extract.quotes import SpeakerReader, cue_subject, find_quotes
from storylens.nlp import Resources
from storylens.records import RawDocument, SpeakerKind
from storylens.settings import Settings
from tests.conftest import SEED_000, SEED_003


def _parsed(resources: Resources, text: str) -> ParsedArticle:
    return parse_article(article_from_text("a1", text), resources.spacy)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_pronoun_subject_of_a_cue_is_its_antecedent(resources: Resources) -> None:
    text = "Mark Rutte arrived in Berlin on Monday. He said the alliance was strong and united."
    parsed = _parsed(resources, text)
    actors = find_actors(parsed)
    reader = SpeakerReader(parsed, actors)
    speaker = reader.read_cue(*_span(text, "said"))
    assert speaker is not None
    rutte = next(a for a in actors if a.name == "Mark Rutte")
    assert speaker.text == "He" and speaker.actor == rutte.id and speaker.kind is SpeakerKind.NAMED
    # The same speaker read from the source span, which is kept as given.
    source = reader.read_source(*_span(text, "He"))
    assert source == speaker


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Some experts note that the plan will fail.", "Some experts", SpeakerKind.VAGUE),
        (
            "A source close to the minister said that the plan will fail.",
            "A source close to the minister",
            SpeakerKind.ANONYMOUS,
        ),
        ("The report states that the plan will fail.", "The report", SpeakerKind.DOCUMENT),
        ("The thing said that the plan will fail.", "The thing", SpeakerKind.UNKNOWN),
    ],
)
def test_source_kind_from_its_words(resources: Resources, text: str, source: str, kind: SpeakerKind) -> None:
    parsed = _parsed(resources, text)
    reader = SpeakerReader(parsed, find_actors(parsed))
    speaker = reader.read_source(*_span(text, source))
    assert speaker is not None and speaker.kind is kind and speaker.text == source


def test_nothing_to_read(resources: Resources) -> None:
    text = "The alliance is strong.\n\nLook at the map of Berlin."
    parsed = _parsed(resources, text)
    reader = SpeakerReader(parsed, find_actors(parsed))
    assert len(parsed.segments) == 2
    assert reader.read_source(0, len(text)) is None  # spans two segments
    assert reader.read_cue(*_span(text, "Look")) is None  # an imperative has no subject
    assert cue_subject(parsed.segments[1].doc[0]) is None


@pytest.mark.parametrize("path", [SEED_000, SEED_003], ids=["seed000", "seed003"])
def test_reads_every_rule_speaker_as_the_rules_do(resources: Resources, path: Path) -> None:
    settings = Settings()
    raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text")
    article = clean_document(raw, settings, resources)
    parsed = parse_article(article, resources.spacy)
    actors = find_actors(parsed)
    quotes = find_quotes(parsed, actors, settings.quotes)
    reader = SpeakerReader(parsed, actors)
    read = 0
    for quote in quotes:
        speaker = quote.speaker
        if speaker.start is None or speaker.end is None:
            continue
        assert reader.read_source(speaker.start, speaker.end) == speaker, quote.text
        read += 1
    assert read >= 8
