"""Pseudo-events mined from the bias corpus (training data of the story encoder): the pair rule, the split of
chains, roundup leakage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storylens.evaluate.stories import RoundupArticle, load_roundups
from storylens.stories.pseudo_events import (
    BiasArticle,
    MiningConfig,
    event_families,
    leaked_ids,
    load_bias_articles,
    mine_pseudo_events,
    pseudo_event_stories,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FILLER = "The report said officials would comment later this week on the matter."


def _article(key: str, outlet: str, day: int, title: str, lead: str, topic: str = "world") -> BiasArticle:
    return BiasArticle(key, outlet, topic, date(2016, 3, day), title, f"{lead} {FILLER}")


def _common_background() -> list[BiasArticle]:
    """Articles that make everyday words frequent, so only event words stay rare."""
    return [
        _article(f"bg{n}", f"Outlet {n}", 20, f"Officials comment report week {n}", FILLER, topic=f"t{n}")
        for n in range(3)
    ]


def test_articles_of_different_outlets_sharing_rare_words_form_one_event() -> None:
    quake = "Earthquake near Kathmandu flattens Bhaktapur temples, Sherpa guides report avalanche"
    articles = [
        _article("a", "Reuters", 1, "Kathmandu earthquake flattens temples", quake),
        _article("b", "Fox", 2, "Avalanche after Kathmandu earthquake", quake),
        _article("c", "Reuters", 1, "Kathmandu earthquake: Reuters again", quake),  # same outlet as a: no pair
        _article("d", "CNN", 5, "Kathmandu earthquake, four days on", quake),  # too late
        _article("e", "NPR", 1, "Kathmandu earthquake flattens temples", quake, topic="disasters"),  # other topic
        *_common_background(),
    ]
    # The event's words are in 5 texts, the filler's in 8: only the event's count as rare.
    groups = mine_pseudo_events(articles, MiningConfig(max_document_frequency=5, min_shared=3))
    # c is Reuters like a (no pair between them) but pairs with Fox's b of the next day, so it joins through b;
    # d (four days on) and e (another topic) stay out.
    assert [[a.id for a in group] for group in groups] == [["a", "c", "b"]]


def test_articles_sharing_only_common_words_are_not_an_event() -> None:
    articles = [
        _article("a", "Reuters", 1, "Officials comment on report", FILLER),
        _article("b", "Fox", 1, "Officials comment on report this week", FILLER),
        *_common_background(),
    ]
    assert mine_pseudo_events(articles, MiningConfig(max_document_frequency=4, min_shared=3)) == []


def test_a_chain_through_a_topic_is_cut_into_tight_groups() -> None:
    first = "Senate votes Kavanaugh Feinstein Grassley cloture Ramirez"
    second = "Senate votes Kavanaugh Feinstein Grassley Manchin Heitkamp Murkowski"
    articles = [
        _article("a1", "A", 1, "Kavanaugh cloture vote", first),
        _article("a2", "B", 1, "Kavanaugh cloture vote passes", first),
        _article("a3", "C", 1, "Kavanaugh cloture", first),
        _article("b1", "D", 1, "Kavanaugh Manchin Heitkamp", second),
        _article("b2", "E", 1, "Kavanaugh Manchin Heitkamp vote", second),
        _article("b3", "F", 1, "Kavanaugh Murkowski Heitkamp", second),
    ]
    config = MiningConfig(max_document_frequency=6, min_shared=3, max_group=3)
    groups = sorted(sorted(a.id for a in group) for group in mine_pseudo_events(articles, config))
    assert groups == [["a1", "a2", "a3"], ["b1", "b2", "b3"]]


def test_wire_copies_are_kept_once_per_group() -> None:
    lead = "Zelenskyy Blinken Kyiv Kharkiv Donbas talks"
    articles = [
        _article("a", "AP", 1, "Blinken visits Kyiv", lead),
        _article("b", "Star", 1, "Blinken visits Kyiv", lead),
        _article("c", "BBC", 1, "Blinken in Kyiv for Donbas talks", lead),
    ]
    groups = mine_pseudo_events(articles, MiningConfig(max_document_frequency=3, min_shared=3))
    assert [[a.id for a in group] for group in groups] == [["a", "c"]]


def test_copies_of_roundup_articles_are_found_by_title_or_lead() -> None:
    roundup = RoundupArticle(
        "0-left",
        0,
        "left",
        "X",
        "Senate passes the infrastructure bill",
        "The Senate on Tuesday passed a trillion-dollar bill to rebuild roads, bridges and broadband across the "
        "country after weeks of talks between a bipartisan group of senators and the White House.",
        "2021-08-10",
    )
    copy_by_title = BiasArticle("t", "Y", "politics", date(2021, 8, 10), "Senate Passes the Infrastructure Bill!", "")
    copy_by_lead = BiasArticle(
        "l", "Y", "politics", date(2021, 8, 10), "Other headline", f"WASHINGTON — {roundup.body}"
    )
    unrelated = BiasArticle("u", "Y", "politics", date(2021, 8, 10), "House adjourns", "The House adjourned on Friday.")
    assert leaked_ids([copy_by_title, copy_by_lead, unrelated], [roundup]) == {"t", "l"}


def test_mined_groups_become_training_stories_numbered_apart_from_the_roundups() -> None:
    groups = [[_article("a", "A", 1, "t", "x"), _article("b", "B", 1, "t2", "y")], [_article("c", "C", 2, "t3", "z")]]
    stories = pseudo_event_stories(groups, first_story=500)
    assert [(s.id, s.story) for s in stories] == [("bias-a", 500), ("bias-b", 500), ("bias-c", 501)]


@pytest.mark.slow
def test_the_bias_corpus_holds_no_roundup_copy_and_yields_hundreds_of_cross_outlet_events() -> None:
    corpus = load_bias_articles(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz")
    roundups = load_roundups(SHARED / "eval" / "allsides" / "roundups.jsonl")
    leaked = leaked_ids(corpus, roundups)
    groups = mine_pseudo_events([a for a in corpus if a.id not in leaked])
    assert len(groups) >= 500
    assert all(len({a.outlet for a in group}) >= 2 and len({a.topic for a in group}) == 1 for group in groups)
    assert all((group[-1].day - group[0].day).days <= 2 for group in groups)


def test_groups_that_may_tell_one_event_form_one_family() -> None:
    memorial = "Mandela memorial Johannesburg Soweto stadium"
    groups = [
        [_article("a", "A", 10, "Mandela memorial", memorial), _article("b", "B", 10, "Memorial", memorial)],
        [_article("c", "C", 11, "Handshake at Mandela memorial", memorial), _article("d", "D", 11, "Selfie", memorial)],
        [_article("e", "E", 11, "Mandela memorial", memorial, topic="sport"), _article("f", "F", 11, "M", memorial)],
        [_article("g", "G", 20, "Mandela memorial", memorial), _article("h", "H", 20, "Mandela", memorial)],
    ]
    corpus = [a for group in groups for a in group]
    families = event_families(groups, corpus, MiningConfig(max_document_frequency=8))
    # Same topic a day apart: one family; another topic, or ten days later: their own.
    assert families == [0, 0, 2, 3]
