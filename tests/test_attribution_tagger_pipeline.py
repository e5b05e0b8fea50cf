"""The learned tagger as the pipeline runs it (``quotes.learned_tagger``): it only adds indirect attributions the
rules missed, never from teasers or boilerplate, and turning it on changes the stored analysis version."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from storylens.clean import clean_document
from storylens.nlp import Resources
from storylens.pipeline import ANALYSIS_VERSION, analysis_version, analyze_article
from storylens.records import ANALYSED_KINDS, RawDocument
from storylens.settings import QuoteSettings, Settings

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


@pytest.mark.parametrize("name", ["000", "003"])
def test_the_tagger_adds_indirect_attributions_to_the_rules(name: str, resources: Resources) -> None:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    article = clean_document(RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text"),
                             Settings(), resources)
    plain = analyze_article(article, resources)
    tagged_settings = dataclasses.replace(Settings(), quotes=QuoteSettings(learned_tagger=True))
    tagged_resources = Resources(tagged_settings)
    tagged = analyze_article(article, tagged_resources)
    assert set(plain.quotes) <= set(tagged.quotes)  # the rules' quotes are all kept, unchanged
    added = [q for q in tagged.quotes if q not in set(plain.quotes)]
    analysed = [s for s in article.segments if s.kind in ANALYSED_KINDS]
    for quote in added:
        assert not quote.direct and quote.cue  # only indirect attributions, each with its cue
        assert article.text[quote.start : quote.end] == quote.text
        assert any(s.start <= quote.start and quote.end <= s.end for s in analysed), quote.text
        assert not any(q.start < quote.end and quote.start < q.end for q in plain.quotes)


def test_the_tagger_setting_marks_the_analysis_version() -> None:
    assert analysis_version(Settings()) == ANALYSIS_VERSION
    on = dataclasses.replace(Settings(), quotes=QuoteSettings(learned_tagger=True))
    assert analysis_version(on) != ANALYSIS_VERSION
