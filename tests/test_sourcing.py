"""Sourcing profiles per article and per outlet."""

from __future__ import annotations

from storylens.evaluate.quotes import article_from_text
from storylens.extract.actors import find_actors
from storylens.extract.parse import parse_article
from storylens.extract.quotes import find_quotes
from storylens.extract.sourcing import article_hedges, outlet_sourcing, sourcing_profile
from storylens.nlp import Resources
from storylens.records import Actor, ActorKind, Quote, Speaker, SpeakerKind
from storylens.settings import QuoteSettings


def _quote(article: str, start: int, kind: SpeakerKind, text: str, actor: str | None = None) -> Quote:
    speaker = Speaker(actor, text, 0, 1, kind)
    return Quote(f"q{article}{start}", article, start, start + 3, "abc", False, "said", speaker)


def test_profile_counts_by_kind_and_keeps_hedges() -> None:
    quotes = [
        _quote("a", 0, SpeakerKind.NAMED, "Rutte", "per_1"),
        _quote("a", 5, SpeakerKind.NAMED, "he", "per_1"),
        _quote("a", 9, SpeakerKind.ANONYMOUS, "a source"),
        _quote("a", 12, SpeakerKind.VAGUE, "analysts"),
        _quote("b", 0, SpeakerKind.DOCUMENT, "the report"),  # another article: not counted
    ]
    profile = sourcing_profile("a", quotes, ["reportedly", "allegedly"])
    assert (profile.named, profile.anonymous, profile.vague, profile.document, profile.unknown) == (2, 1, 1, 0, 0)
    assert profile.hedges == ("reportedly", "allegedly")


def test_outlet_sourcing_shares_and_most_quoted() -> None:
    quotes = [
        _quote("a", 0, SpeakerKind.NAMED, "Rutte", "per_1"),
        _quote("a", 5, SpeakerKind.NAMED, "he", "per_1"),
        _quote("b", 0, SpeakerKind.VAGUE, "Analysts"),
        _quote("b", 4, SpeakerKind.VAGUE, "analysts"),
        _quote("b", 8, SpeakerKind.ANONYMOUS, "a source"),
        _quote("z", 0, SpeakerKind.NAMED, "Costa", "per_2"),  # not one of the outlet's articles
    ]
    profiles = [sourcing_profile("a", quotes, ["reportedly"]), sourcing_profile("b", quotes, [])]
    actors = [Actor("per_1", "Mark Rutte", ActorKind.PERSON)]
    outlet = outlet_sourcing("Example News", profiles, quotes, actors)
    assert outlet.articles == 2 and outlet.quotes == 5 and outlet.hedges == 1
    assert dict(outlet.counts)["named"] == 2 and dict(outlet.shares)["vague"] == 0.4
    assert [(s.name, s.quotes) for s in outlet.speakers] == [("Mark Rutte", 2), ("analysts", 2), ("a source", 1)]
    assert outlet.to_dict()["speakers"][0] == {"actor": "per_1", "name": "Mark Rutte", "kind": "named", "quotes": 2}


def test_outlet_without_quotes_has_zero_shares() -> None:
    outlet = outlet_sourcing("Quiet", [sourcing_profile("a", [], [])], [])
    assert outlet.quotes == 0 and all(share == 0.0 for _, share in outlet.shares)


def test_profile_of_a_real_article(resources: Resources) -> None:
    text = (
        "Officials said that the talks had reportedly stalled.\n"
        "“We will not sign,” Anna Lind said.\n"
        "Critics argue that the deal is weak, according to the report."
    )
    parsed = parse_article(article_from_text("r1", text), resources.spacy)
    quotes = find_quotes(parsed, find_actors(parsed), QuoteSettings())
    profile = sourcing_profile("r1", quotes, article_hedges(parsed))
    assert profile.named == 1 and profile.anonymous == 1 and profile.vague >= 1
    assert "reportedly" in profile.hedges
