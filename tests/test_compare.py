"""The seeds through the real stages into a Comparison: what issue 6 says the report must show.

Every expectation is about the method's output on the seeds, never a seed-specific rule in the code.
"""

from __future__ import annotations

import pytest

from storylens.compare import Comparison, build_comparison
from storylens.records import Relation, SpeakerKind
from tests.compare_fixtures import analyse_seeds, load_resources


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    resources = load_resources()
    articles, analyses = analyse_seeds(resources)
    assert len(articles) == 2
    return build_comparison(articles, analyses, [], resources, resources.settings)


def _article_id(comparison: Comparison, prefix: str) -> str:
    return next(a.id for a in comparison.articles if comparison.outlet(a.id).startswith(prefix))


def _texts(comparison: Comparison, claim_ids: tuple[str, ...]) -> list[str]:
    claims = {c.id: c for c in comparison.claims}
    return [claims[c].text for c in claim_ids]


def test_five_percent_of_gdp_is_agreed_and_2035_is_a_detail_of_003(comparison: Comparison) -> None:
    agreed = [a for a in comparison.alignments if a.relation is Relation.AGREE
              and all("5%" in t for t in _texts(comparison, a.claims))]
    assert agreed, [a.explanation for a in comparison.alignments]
    assert any("2035" in a.explanation and "003" in a.explanation for a in agreed)


def test_speech_location_is_a_conflict(comparison: Comparison) -> None:
    conflicts = [a for a in comparison.alignments if a.relation is Relation.CONFLICT]
    assert any("place" in a.explanation and "berlin" in a.explanation.lower()
               and "headquarters" in a.explanation.lower() for a in conflicts), [a.explanation for a in conflicts]


def test_troop_losses_are_unique_to_003(comparison: Comparison) -> None:
    unique = [a for a in comparison.alignments if a.relation is Relation.UNIQUE]
    texts = [(comparison.claims_by_id(a.claims[0]).article, t) for a in unique for t in _texts(comparison, a.claims)]
    seed_003 = _article_id(comparison, "003")
    assert any(article == seed_003 and "1.1 million" in text for article, text in texts)


def test_voices_anonymous_in_000_vague_in_003(comparison: Comparison) -> None:
    seed_000, seed_003 = _article_id(comparison, "000"), _article_id(comparison, "003")
    kinds = {(v.article, v.kind) for v in comparison.voices}
    assert (seed_000, SpeakerKind.ANONYMOUS) in kinds
    assert (seed_003, SpeakerKind.VAGUE) in kinds


def test_003_is_more_negative_toward_nato_and_rutte(comparison: Comparison) -> None:
    seed_000, seed_003 = _article_id(comparison, "000"), _article_id(comparison, "003")
    by_name = {a.name: a.id for a in comparison.actors}
    for name in ("NATO", "Mark Rutte"):
        scores = {s.article: s.score for s in comparison.stance if s.actor == by_name[name]}
        assert scores[seed_003] < scores[seed_000], (name, scores)


def test_loaded_words_carry_their_sentences(comparison: Comparison) -> None:
    assert comparison.framing
    for word in comparison.framing:
        text = comparison.article(word.article).text
        assert text[word.start:word.end] == word.text
        assert word.sentence_start <= word.start < word.end <= word.sentence_end


def test_build_is_a_pure_function_of_its_inputs() -> None:
    resources = load_resources()
    articles, analyses = analyse_seeds(resources)
    first = build_comparison(articles, analyses, [], resources, resources.settings)
    second = build_comparison(articles, analyses, [], resources, resources.settings)
    assert first.to_dict() == second.to_dict()


def test_seed_comparison_follows_the_json_contract(comparison: Comparison) -> None:
    import json

    from storylens.compare.report import render_json, validate_contract

    validate_contract(json.loads(render_json(comparison)))


def test_loaded_words_per_outlet(comparison: Comparison) -> None:
    seed_000, seed_003 = _article_id(comparison, "000"), _article_id(comparison, "003")
    words = {(w.article, w.lemma) for w in comparison.framing}
    assert {(seed_003, "fiery"), (seed_003, "exaggerated"), (seed_000, "humiliated")} <= words
