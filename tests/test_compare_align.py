"""Claim alignment: agree with complementary details, conflicts from structured parts, unique claims."""

from __future__ import annotations

import pytest

from storylens.compare.align import align_claims, claim_venues, claim_years
from storylens.records import Article, Claim, Quantity, Relation, Segment, SegmentKind
from storylens.settings import CompareSettings
from tests.compare_fixtures import WordEmbedder


def _article(article_id: str, outlet: str) -> Article:
    segments = (Segment(SegmentKind.PARAGRAPH, 0, 1, "x"),)
    return Article(article_id, f"{outlet}.txt", outlet, None, None, "en", "x", segments)


def _claim(cid: str, article: str, text: str, **kw: object) -> Claim:
    return Claim(cid, article, 0, len(text), text, 0.9, bool(kw.pop("hedged", False)), "outlet", **kw)  # type: ignore[arg-type]


ARTICLES = [_article("a", "Alpha"), _article("b", "Beta")]
SETTINGS = CompareSettings()


def _align(claims_a: list[Claim], claims_b: list[Claim]) -> dict[Relation, list[tuple[str, ...]]]:
    out: dict[Relation, list[tuple[str, ...]]] = {r: [] for r in Relation}
    for al in align_claims({"a": claims_a, "b": claims_b}, ARTICLES, WordEmbedder(), SETTINGS):
        out[al.relation].append(al.claims)
    return out


def test_same_quantity_agrees_and_lists_the_extra_date() -> None:
    pct = Quantity("5% of GDP", 5.0, "percent", "GDP")
    a = _claim("a1", "a", "Allies agreed to spend 5% of GDP on defence spending.", quantities=(pct,))
    b = _claim("b1", "b", "Allies agreed to spend 5% of GDP on defence spending by 2035.", quantities=(pct,))
    alignments = align_claims({"a": [a], "b": [b]}, ARTICLES, WordEmbedder(), SETTINGS)
    assert [al.relation for al in alignments] == [Relation.AGREE]
    assert "2035" in alignments[0].explanation and "Beta" in alignments[0].explanation


def test_different_values_of_one_measure_conflict() -> None:
    a = _claim("a1", "a", "Allies agreed to spend 5% of GDP on defence.",
               quantities=(Quantity("5%", 5.0, "percent", "GDP"),))
    b = _claim("b1", "b", "Allies agreed to spend 3.5% of GDP on defence.",
               quantities=(Quantity("3.5%", 3.5, "percent", "GDP"),))
    alignments = align_claims({"a": [a], "b": [b]}, ARTICLES, WordEmbedder(), SETTINGS)
    assert alignments[0].relation is Relation.CONFLICT
    assert "5%" in alignments[0].explanation and "3.5%" in alignments[0].explanation


def test_one_event_in_two_places_conflicts() -> None:
    a = _claim("a1", "a", "The minister, speaking at a trade conference in Paris, promised lower tariffs for allies.")
    b = _claim("b1", "b", "In a speech at the parliament in Rome, the minister promised lower tariffs for allies.")
    alignments = align_claims({"a": [a], "b": [b]}, ARTICLES, WordEmbedder(), SETTINGS)
    assert alignments[0].relation is Relation.CONFLICT
    assert "place" in alignments[0].explanation


def test_negation_conflicts() -> None:
    a = _claim("a1", "a", "The council approved the new budget for the city schools on Monday.")
    b = _claim("b1", "b", "The council approved the new budget for the city schools on Monday.", negated=True)
    assert _align([a], [b])[Relation.CONFLICT] == [("a1", "b1")]


def test_unrelated_claims_stay_unique() -> None:
    a = _claim("a1", "a", "Russia has lost over a million troops since the war began.")
    b = _claim("b1", "b", "The central bank raised interest rates by a quarter point.")
    result = _align([a], [b])
    assert sorted(result[Relation.UNIQUE]) == [("a1",), ("b1",)]
    assert not result[Relation.AGREE] and not result[Relation.CONFLICT]


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        ("Rutte, speaking at a security conference in Berlin today, said", ("security conference in berlin",)),
        ("In a dramatic speech at NATO headquarters, Rutte opened", ("nato headquarters",)),
        ("The war began in February 2022.", ()),
    ],
)
def test_venues(text: str, venues: tuple[str, ...]) -> None:
    assert claim_venues(_claim("x", "a", text)) == venues


def test_years_come_from_text_when_the_claim_has_no_dates() -> None:
    assert claim_years(_claim("x", "a", "reach 5% of GDP by 2035, up from 2% in 2014")) == ("2014", "2035")


def test_unmeasured_numbers_in_related_sentences_are_a_difference_not_a_conflict() -> None:
    a = _claim("a1", "a", "Weekly jobless claims fell to 293,000 last week, the lowest since the pandemic began.",
               quantities=(Quantity("293,000", 293000.0, "claims"),))
    b = _claim("b1", "b", "Economists had expected 300,000 new jobless claims for the week.",
               quantities=(Quantity("300,000", 300000.0, "claims"),))
    alignments = align_claims({"a": [a], "b": [b]}, ARTICLES, WordEmbedder(), SETTINGS)
    grouped = [al for al in alignments if len(al.claims) == 2]
    assert all(al.relation is not Relation.CONFLICT for al in alignments)
    assert not grouped or "293,000" in grouped[0].explanation
