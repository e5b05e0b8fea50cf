"""The Store interface, exercised on a real SQLite file (and :memory:). PostgreSQL will run the same tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from storylens.errors import NotFoundError, StoreError
from storylens.records import (
    Actor,
    ActorKind,
    Article,
    ArticleAnalysis,
    Claim,
    Mention,
    Quote,
    Segment,
    SegmentKind,
    Speaker,
    SpeakerKind,
    Story,
)
from storylens.store import DuplicateLink, SQLiteStore, Store, open_store
from storylens.store.sqlite import SCHEMA_VERSION


def make_article(n: int, text: str | None = None, published: str | None = "2025-06-01") -> Article:
    body = text or f"Article number {n} says the alliance agreed to spend 5% of GDP on defence by 2035."
    title = f"Title {n}"
    full = f"{title}\n{body}"
    return Article(
        id=f"art{n:04d}",
        source=f"/tmp/a{n}.txt",
        outlet=f"outlet{n % 3}",
        title=title,
        published=published,
        language="en",
        text=full,
        segments=(
            Segment(SegmentKind.TITLE, 0, len(title), title),
            Segment(SegmentKind.PARAGRAPH, len(title) + 1, len(full), body),
        ),
        fingerprint=f"fp{n}",
    )


@pytest.fixture(params=["file", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    address = str(tmp_path / "test.db") if request.param == "file" else ":memory:"
    s = open_store(address)
    yield s
    s.close()


def test_article_round_trip_and_idempotence(store: Store) -> None:
    article = make_article(1)
    assert store.add_article(article) is True
    assert store.add_article(article) is False  # same fingerprint: stored once
    assert store.count_articles() == 1
    assert store.get_article("art0001") == article
    assert store.get_article("art00") == article  # a unique prefix is enough
    assert store.article_id_for_fingerprint("fp1") == "art0001"


def test_unknown_and_ambiguous_ids(store: Store) -> None:
    store.add_article(make_article(1))
    store.add_article(make_article(2))
    with pytest.raises(NotFoundError, match="no article"):
        store.get_article("zzz")
    with pytest.raises(NotFoundError, match="ambiguous"):
        store.get_article("art000")


def test_iter_articles_orders_by_publication_undated_last(store: Store) -> None:
    store.add_article(make_article(1, published=None))
    store.add_article(make_article(2, published="2025-06-02"))
    store.add_article(make_article(3, published="2025-06-01"))
    assert [a.id for a in store.iter_articles()] == ["art0003", "art0002", "art0001"]


def test_full_text_search_highlights(store: Store) -> None:
    store.add_article(make_article(1, text="Rutte warned the allies about Russia."))
    store.add_article(make_article(2, text="The weather in Lisbon was fine."))
    hits = store.search("rutte")
    assert [h.article_id for h in hits] == ["art0001"]
    assert "[Rutte]" in hits[0].snippet
    assert store.search('"weather in Lisbon"')[0].article_id == "art0002"
    # FTS5 operators and stray quotes in user input are searched as words, never a syntax error.
    assert store.search('AND OR " NEAR(') == []


def _analysis(article: Article) -> ArticleAnalysis:
    start = article.text.index("alliance")
    actor = Actor(
        id="actor-nato", name="NATO", kind=ActorKind.ORGANIZATION, aliases=("the alliance",),
        mentions=(Mention(article.id, start, start + 8, "alliance"),),
    )
    quote = Quote(
        id=f"q-{article.id}", article=article.id, start=start, end=len(article.text),
        text=article.text[start:], direct=False, cue="says",
        speaker=Speaker(actor=None, text="Article", start=0, end=7, kind=SpeakerKind.UNKNOWN),
    )
    claim = Claim(
        id=f"c-{article.id}", article=article.id, start=start, end=len(article.text), text=article.text[start:],
        checkworthy=0.9, hedged=False, asserted_by="outlet", actors=("actor-nato",),
    )
    return ArticleAnalysis(article=article.id, actors=(actor,), quotes=(quote,), claims=(claim,))


def test_analysis_round_trip_and_versioning(store: Store) -> None:
    a1, a2 = make_article(1), make_article(2)
    store.add_article(a1)
    store.add_article(a2)
    assert store.unanalysed_ids("v1") == ["art0001", "art0002"]
    analysis = _analysis(a1)
    store.save_analysis(analysis, "v1")
    assert store.get_analysis("art0001") == analysis
    assert store.unanalysed_ids("v1") == ["art0002"]
    assert store.unanalysed_ids("v2") == ["art0001", "art0002"]  # a new extractor version redoes everything
    store.save_analysis(_analysis(a2), "v1")
    (nato,) = store.actors()
    assert nato.name == "NATO" and nato.aliases == ("the alliance",)
    assert {m.article for m in nato.mentions} == {"art0001", "art0002"}
    store.save_analysis(analysis, "v1")  # replacing keeps one copy of each row
    assert len(store.actors()[0].mentions) == 2


def test_stories_duplicates_state_embeddings(store: Store) -> None:
    for n in range(1, 4):
        store.add_article(make_article(n))
    store.save_stories([Story(id="s1", label="Defence", articles=("art0001", "art0002"), outlets=("a", "b"))])
    assert store.unclustered_ids() == ["art0003"]
    assert store.get_story("s1").articles == ("art0001", "art0002")
    # A member moved to a new story leaves the old one; an emptied story disappears.
    store.save_stories([Story(id="s2", label="Other", articles=("art0001", "art0002", "art0003"))])
    assert [s.id for s in store.stories()] == ["s2"]
    with pytest.raises(NotFoundError):
        store.get_story("s1")
    store.save_duplicates([DuplicateLink("art0002", "art0001", 0.93)])
    assert store.duplicates() == [DuplicateLink("art0002", "art0001", 0.93)]
    # Links are replaced per article, and a cleared article's link goes in the same transaction.
    store.save_duplicates([DuplicateLink("art0001", "art0003", 0.9)], cleared=["art0002"])
    assert store.duplicates() == [DuplicateLink("art0001", "art0003", 0.9)]
    assert store.get_state("clusterer") is None
    store.put_state("clusterer", b"\x00state")
    assert store.get_state("clusterer") == b"\x00state"
    vector = np.arange(4, dtype=np.float32)
    store.put_embeddings({"art0001": vector}, "m")
    got = store.get_embeddings(["art0001", "art0002"], "m")
    assert list(got) == ["art0001"] and np.array_equal(got["art0001"], vector)
    assert store.get_embeddings(["art0001"], "other-model") == {}


def test_failed_write_changes_nothing(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "x.db")
    store.add_article(make_article(1))
    good = _analysis(make_article(1))
    # A claim without a score violates a NOT NULL column after the actors and quotes went in: all rolled back.
    bad_claim = Claim(**{**{n: getattr(good.claims[0], n) for n in good.claims[0].__dataclass_fields__},
                         "checkworthy": None})
    broken = ArticleAnalysis(article="art0001", actors=good.actors, quotes=good.quotes, claims=(bad_claim,))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_analysis(broken, "v1")
    assert store.get_analysis("art0001") is None
    assert store.actors() == []
    store.save_analysis(good, "v1")  # the store still works after the failed write
    assert store.get_analysis("art0001") == good
    store.close()


def test_schema_is_versioned_and_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        SQLiteStore(path)
    with pytest.raises(StoreError, match="does not exist"):
        SQLiteStore(tmp_path / "missing-folder" / "x.db")
