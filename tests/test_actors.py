"""Actors: NER names resolved within an article (titles, appositions, surnames, descriptions) and across articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.clean import clean_document
from storylens.evaluate.quotes import article_from_text
from storylens.extract.actors import actor_id, find_actors, merge_actors, normalise_name
from storylens.extract.parse import parse_article
from storylens.nlp import Resources
from storylens.records import Actor, ActorKind, Mention, RawDocument
from storylens.settings import Settings
from tests.conftest import SEED_000, SEED_003


def _seed_actors(resources: Resources, path: Path) -> tuple[str, tuple[Actor, ...]]:
    if not path.is_file():
        pytest.fail(f"{path} is missing: the tests read ../shared beside the checkout")
    raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text")
    article = clean_document(raw, Settings(), resources)
    return article.text, find_actors(parse_article(article, resources.spacy))


def _by_name(actors: tuple[Actor, ...], name: str) -> Actor:
    matches = [a for a in actors if a.name == name]
    assert len(matches) == 1, (name, [a.name for a in actors])
    return matches[0]


def test_seed_000_resolves_rutte_titles_and_descriptions(resources: Resources) -> None:
    text, actors = _seed_actors(resources, SEED_000)
    rutte = _by_name(actors, "Mark Rutte")
    assert rutte.kind is ActorKind.PERSON and rutte.id == actor_id(ActorKind.PERSON, "Mark Rutte")
    mentions = {m.text for m in rutte.mentions}
    assert {"Mark Rutte", "Rutte", "The NATO chief", "The former Dutch prime minister"} <= mentions
    for mention in rutte.mentions:
        assert text[mention.start : mention.end] == mention.text
    costa = _by_name(actors, "António Costa")
    assert {"António Costa", "Costa"} <= {m.text for m in costa.mentions}  # "Costa" tagged a place by NER
    strategy = _by_name(actors, "2025 National Security Strategy")
    assert strategy.kind is ActorKind.DOCUMENT
    assert {"the strategy document", "The document"} <= {m.text for m in strategy.mentions}
    assert not any(a.kind is ActorKind.ORGANIZATION and "National Security" in a.name for a in actors)
    # Nothing from the language-switcher boilerplate at the end of the page.
    assert not any(a.name in {"Nederlands", "Deutsch", "Français"} for a in actors)


def test_seed_003_links_acronym_pronouns_and_same_ids(resources: Resources) -> None:
    _, actors = _seed_actors(resources, SEED_003)
    strategy = _by_name(actors, "2025 National Security Strategy")
    assert {"NSS", "The document", "It"} <= {m.text for m in strategy.mentions}
    rutte = _by_name(actors, "Mark Rutte")
    assert {"He", "he", "Rutte"} <= {m.text for m in rutte.mentions}
    _, actors_000 = _seed_actors(resources, SEED_000)
    assert rutte.id == _by_name(actors_000, "Mark Rutte").id
    assert strategy.id == _by_name(actors_000, "2025 National Security Strategy").id
    assert not any(a.name == "Allied" for a in actors)  # the adjective opening a quotation
    # "Trump's leadership" is tagged ORG in 003; across the two seeds it is Donald Trump.
    merged = merge_actors([*actors, *actors_000])
    trumps = [a for a in merged if "Trump" in a.name]
    assert [(a.name, a.kind) for a in trumps] == [("Donald Trump", ActorKind.PERSON)]
    assert {m.article for m in trumps[0].mentions} == {actors[0].mentions[0].article, actors_000[0].mentions[0].article}


def test_role_learnt_from_title_links_later_description(resources: Resources) -> None:
    text = (
        "German Chancellor Anna Berg met Finance Minister Jon Dahl in Bonn. Dahl spoke first. "
        "Later the chancellor left the room."
    )
    parsed = parse_article(article_from_text("t1", text), resources.spacy)
    berg = _by_name(find_actors(parsed), "Anna Berg")
    assert "the chancellor" in {m.text for m in berg.mentions}
    dahl = _by_name(find_actors(parsed), "Jon Dahl")
    assert "Dahl" in {m.text for m in dahl.mentions}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Mark Rutte", "mark rutte"), ("the NSS", "NSS"), ("Rutte’s", "Rutte"), ("António Costa", "Antonio Costa")],
)
def test_normalised_names_agree(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)
    assert actor_id(ActorKind.PERSON, a) == actor_id(ActorKind.PERSON, b)


def test_ids_differ_by_kind() -> None:
    assert actor_id(ActorKind.PERSON, "Jordan") != actor_id(ActorKind.COUNTRY, "Jordan")


def _actor(name: str, kind: ActorKind, article: str, start: int) -> Actor:
    mention = Mention(article, start, start + len(name), name)
    return Actor(actor_id(kind, name), name, kind, (), (mention,))


def test_merge_actors_unions_same_id_and_links_surnames() -> None:
    full_a = _actor("Mark Rutte", ActorKind.PERSON, "a", 0)
    full_b = _actor("Mark Rutte", ActorKind.PERSON, "b", 10)
    surname = _actor("Rutte", ActorKind.PERSON, "c", 5)
    group = _actor("Rutte", ActorKind.GROUP, "c", 50)
    merged = merge_actors([surname, full_b, group, full_a])
    assert merge_actors([full_a, group, surname, full_b]) == merged  # order does not matter
    person = next(a for a in merged if a.kind is ActorKind.PERSON)
    assert person.id == full_a.id and person.name == "Mark Rutte" and "Rutte" in person.aliases
    assert [m.article for m in person.mentions] == ["a", "b", "c"]
    assert any(a.kind is ActorKind.GROUP for a in merged)  # a group is never taken for a person


def test_merge_turns_a_person_mislabelled_organisation_into_the_person() -> None:
    person = _actor("Donald Trump", ActorKind.PERSON, "a", 0)
    mislabelled = _actor("Trump", ActorKind.ORGANIZATION, "b", 40)  # NER on "Trump's leadership"
    company = _actor("Apple", ActorKind.ORGANIZATION, "b", 90)
    merged = merge_actors([mislabelled, company, person])
    assert sorted((a.name, a.kind) for a in merged) == [
        ("Apple", ActorKind.ORGANIZATION),
        ("Donald Trump", ActorKind.PERSON),
    ]
    trump = next(a for a in merged if a.kind is ActorKind.PERSON)
    assert [m.article for m in trump.mentions] == ["a", "b"]
    # Two people share the surname: the organisation stays what NER said.
    ambiguous = merge_actors([mislabelled, person, _actor("Ivanka Trump", ActorKind.PERSON, "c", 0)])
    assert any(a.kind is ActorKind.ORGANIZATION for a in ambiguous)


def test_capitalised_adjective_is_no_actor(resources: Resources) -> None:
    text = "“Allied defence spending must rise rapidly,” he said. Allied commanders agreed with Mark Rutte."
    parsed = parse_article(article_from_text("a1", text), resources.spacy)
    names = {a.name for a in find_actors(parsed)}
    assert "Mark Rutte" in names
    assert "Allied" not in names


def test_merge_leaves_ambiguous_surnames_alone() -> None:
    merged = merge_actors(
        [
            _actor("Anna Berg", ActorKind.PERSON, "a", 0),
            _actor("Olaf Berg", ActorKind.PERSON, "b", 0),
            _actor("Berg", ActorKind.PERSON, "c", 0),
        ]
    )
    assert sorted(a.name for a in merged) == ["Anna Berg", "Berg", "Olaf Berg"]
