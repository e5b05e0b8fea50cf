"""Claims on the two seed articles, through the real cleaner, parser, actors and quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.clean import clean_document
from storylens.extract.actors import find_actors
from storylens.extract.checkworthy import CheckworthyModel
from storylens.extract.claims import OUTLET, find_claims, is_negated
from storylens.extract.parse import parse_article
from storylens.extract.quotes import find_quotes
from storylens.nlp import Resources
from storylens.records import ANALYSED_KINDS, Article, Claim, Quantity, RawDocument
from storylens.settings import ClaimSettings, Settings

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def _article(name: str, resources: Resources, published: str | None = None) -> Article:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text", published=published)
    return clean_document(raw, Settings(), resources)


def _claims(name: str, resources: Resources, published: str | None = None) -> tuple[Article, tuple[Claim, ...]]:
    article = _article(name, resources, published)
    parsed = parse_article(article, resources.spacy)
    actors = find_actors(parsed)
    quotes = find_quotes(parsed, actors, Settings().quotes)
    model = CheckworthyModel.load(resources)
    return article, find_claims(parsed, actors, quotes, model, Settings().claims)


@pytest.fixture(scope="module")
def seed_000(resources: Resources) -> tuple[Article, tuple[Claim, ...]]:
    return _claims("000", resources)


@pytest.fixture(scope="module")
def seed_003(resources: Resources) -> tuple[Article, tuple[Claim, ...]]:
    return _claims("003", resources)


def _quantities(claims: tuple[Claim, ...]) -> list[tuple[Claim, Quantity]]:
    return [(c, q) for c in claims for q in c.quantities]


def _gdp_five_percent(claims: tuple[Claim, ...]) -> list[tuple[Claim, Quantity]]:
    return [(c, q) for c, q in _quantities(claims) if q.value == 5 and q.unit == "percent" and q.measure == "GDP"]


def test_both_seeds_claim_five_percent_of_gdp(seed_000: tuple[Article, tuple[Claim, ...]],
                                              seed_003: tuple[Article, tuple[Claim, ...]]) -> None:
    assert _gdp_five_percent(seed_000[1])
    assert _gdp_five_percent(seed_003[1])


def test_only_003_dates_the_target_2035(seed_000: tuple[Article, tuple[Claim, ...]],
                                        seed_003: tuple[Article, tuple[Claim, ...]]) -> None:
    assert any(q.time == "2035" for _, q in _gdp_five_percent(seed_003[1]))
    assert all(q.time != "2035" for _, q in _gdp_five_percent(seed_000[1]))
    assert not any("2035" in c.dates for c in seed_000[1])


def test_only_003_makes_the_hedged_casualty_claims(seed_000: tuple[Article, tuple[Claim, ...]],
                                                   seed_003: tuple[Article, tuple[Claim, ...]]) -> None:
    troops = [(c, q) for c, q in _quantities(seed_003[1]) if q.value == 1_100_000 and q.unit == "troops"]
    assert troops and troops[0][1].qualifier == "over"
    daily = [(c, q) for c, q in _quantities(seed_003[1]) if q.value == 1200 and q.unit == "per day"]
    assert daily and daily[0][1].time == "2025"
    for claim, _ in troops + daily:
        assert claim.hedged and "reportedly" in claim.hedges
        assert claim.asserted_by == OUTLET
    assert not [q for _, q in _quantities(seed_000[1]) if q.value in (1_100_000, 1200)]


def test_000_dates_rutte_taking_office_and_counts_32_states(seed_000: tuple[Article, tuple[Claim, ...]],
                                                            seed_003: tuple[Article, tuple[Claim, ...]]) -> None:
    office = [c for c in seed_000[1] if "2024-10" in c.dates]
    assert office and "October 2024" in office[0].text and office[0].asserted_by == OUTLET
    states = [(c, q) for c, q in _quantities(seed_000[1]) if q.value == 32 and q.unit == "member states"]
    assert states and not states[0][0].hedged
    assert not [q for _, q in _quantities(seed_003[1]) if q.value == 32]


def test_relative_dates_stay_flagged_without_a_publication_date(seed_000: tuple[Article, tuple[Claim, ...]]) -> None:
    summer = [q for _, q in _quantities(seed_000[1]) if q.text == "this summer"]
    assert summer and summer[0].qualifier == "relative" and summer[0].time == "this summer"


def test_relative_dates_resolve_against_publication(resources: Resources) -> None:
    _, claims = _claims("000", resources, published="2025-12-03")
    summer = [q for _, q in _quantities(claims) if q.text == "this summer"]
    assert summer and summer[0].time == "2025-06/2025-08" and summer[0].qualifier is None


def test_claims_come_only_from_analysed_segments_with_exact_spans(
    seed_000: tuple[Article, tuple[Claim, ...]], seed_003: tuple[Article, tuple[Claim, ...]]
) -> None:
    for article, claims in (seed_000, seed_003):
        assert claims
        analysed = [s for s in article.segments if s.kind in ANALYSED_KINDS]
        for claim in claims:
            assert article.text[claim.start : claim.end] == claim.text
            assert any(s.start <= claim.start and claim.end <= s.end for s in analysed)
            assert 0.5 <= claim.checkworthy <= 1.0
            for quantity in claim.quantities:
                assert quantity.start is not None and quantity.end is not None
                assert article.text[quantity.start : quantity.end] == quantity.text
        assert len({c.id for c in claims}) == len(claims)


def test_ids_are_stable_and_claims_json_round_trip(seed_003: tuple[Article, tuple[Claim, ...]],
                                                   resources: Resources) -> None:
    _, again = _claims("003", resources)
    assert [c.id for c in again] == [c.id for c in seed_003[1]]
    for claim in seed_003[1]:
        assert Claim.from_dict(claim.to_dict()) == claim


def test_speakers_assert_the_claims_inside_their_quotes(seed_000: tuple[Article, tuple[Claim, ...]]) -> None:
    sourced = [c for c in seed_000[1] if c.quote is not None]
    assert sourced and all(c.asserted_by != OUTLET for c in sourced)


def test_an_unresolved_anonymous_speaker_asserts_its_claim(resources: Resources) -> None:
    # "'As long as European security depends on the Americans, he has no choice,' says a source close to Rutte" is
    # an opinion the check-worthiness model scores below the default threshold (0.41), so a low threshold keeps it:
    # the speaker, not the outlet, asserts it even though the speaker resolves to no actor.
    article = _article("000", resources)
    parsed = parse_article(article, resources.spacy)
    actors = find_actors(parsed)
    quotes = find_quotes(parsed, actors, Settings().quotes)
    claims = find_claims(parsed, actors, quotes, CheckworthyModel.load(resources), ClaimSettings(min_checkworthy=0.2))
    choice = [c for c in claims if "he has no choice" in c.text]
    assert choice and all(c.asserted_by == "a source close to Rutte" for c in choice)


def test_without_actors_and_quotes_everything_is_the_outlets(resources: Resources) -> None:
    article = _article("003", resources)
    parsed = parse_article(article, resources.spacy)
    claims = find_claims(parsed, [], [], CheckworthyModel.load(resources), Settings().claims)
    assert claims and all(c.asserted_by == OUTLET and c.actors == () and c.quote is None for c in claims)
    assert any(c.places for c in claims)


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The allies did not agree to the plan.", True),
        ("NATO never met its spending goal.", True),
        ("The allies agreed to the plan.", False),
        ("He said the alliance is not ready.", True),
    ],
)
def test_negation_of_the_main_verb(sentence: str, negated: bool, resources: Resources) -> None:
    doc = resources.spacy(sentence)
    assert is_negated(doc[:]) is negated
