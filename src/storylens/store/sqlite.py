"""SQLite store: embedded, one file (``./storylens.db`` by default; ``:memory:`` works).

WAL journal, foreign keys on, every write in a transaction, schema versioned by ``PRAGMA user_version`` with
forward-only migrations, and an FTS5 index over titles and texts kept in step by triggers.

Records are kept twice on purpose: as their JSON (the exact record, read back with ``from_dict``) and as rows of
the fields people query (quotes by speaker, claims by score, actors by name), so SQL users get tables and the
library gets records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storylens.errors import NotFoundError, StoreError
from storylens.records import Actor, ActorKind, Article, ArticleAnalysis, Mention, Story
from storylens.store.base import DuplicateLink, SearchHit, Store

__all__ = ["SCHEMA_VERSION", "SQLiteStore"]

MIGRATIONS: tuple[str, ...] = (
    # 1: articles with full-text index, analyses, actors, stories, duplicates, stage state, embeddings.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        published TEXT,
        language TEXT,
        url TEXT,
        author TEXT,
        fmt TEXT NOT NULL,
        text TEXT NOT NULL,
        segments TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        analysed_at TEXT NOT NULL
    );
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        direct INTEGER NOT NULL,
        cue TEXT NOT NULL,
        speaker_text TEXT,
        speaker_kind TEXT NOT NULL,
        speaker_actor TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_actor);
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        checkworthy REAL NOT NULL,
        hedged INTEGER NOT NULL,
        asserted_by TEXT NOT NULL
    );
    CREATE INDEX claims_article ON claims(article_id);
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL
    );
    CREATE TABLE actor_mentions (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (actor_id, article_id, start, "end")
    );
    CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
    CREATE TABLE actor_aliases (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (actor_id, article_id, alias)
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        data TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE duplicates (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        group_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity REAL NOT NULL
    );
    CREATE TABLE stage_state (
        name TEXT PRIMARY KEY,
        blob BLOB NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE embeddings (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (article_id, model)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

_ARTICLE_COLUMNS = "id, fingerprint, source, outlet, title, published, language, url, author, fmt, text, segments"
# Oldest publication first; undated articles after the dated ones, in the order they were added.
_ARTICLE_ORDER = "ORDER BY published IS NULL, published, rowid"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(Store):
    """The embedded store. One instance owns one connection; use it from one thread."""

    def __init__(self, path: str | Path = "storylens.db") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"database {self.path}: folder {parent} does not exist")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path}: cannot open ({exc}); is it a storylens database?") from exc

    # -- plumbing ---------------------------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path}: schema version {version} is newer than this storylens ({SCHEMA_VERSION});"
                " upgrade storylens"
            )
        for number in range(version, SCHEMA_VERSION):
            with self._transaction():
                for statement in _split_sql(MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def close(self) -> None:
        self._db.close()

    # -- articles ---------------------------------------------------------------------------------------------
    def add_article(self, article: Article) -> bool:
        with self._transaction():
            if self.article_id_for_fingerprint(article.fingerprint) is not None:
                return False
            if self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                return False
            self._db.execute(
                f"INSERT INTO articles ({_ARTICLE_COLUMNS}, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.fingerprint,
                    article.source,
                    article.outlet,
                    article.title,
                    article.published,
                    article.language,
                    article.url,
                    article.author,
                    article.fmt,
                    article.text,
                    json.dumps([s.to_dict() for s in article.segments], ensure_ascii=False),
                    _now(),
                ),
            )
        return True

    def article_id_for_fingerprint(self, fingerprint: str) -> str | None:
        row = self._db.execute("SELECT id FROM articles WHERE fingerprint = ?", (fingerprint,)).fetchone()
        return str(row["id"]) if row else None

    def _resolve_id(self, article_id: str) -> str:
        if self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            return article_id
        rows = self._db.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (_like_prefix(article_id),)
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0]["id"])
        if not rows:
            raise NotFoundError(f"no article with id {article_id!r} in {self.path}")
        raise NotFoundError(f"article id {article_id!r} is ambiguous in {self.path}: give more characters")

    def get_article(self, article_id: str) -> Article:
        resolved = self._resolve_id(article_id)
        row = self._db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (resolved,)).fetchone()
        return _article_from_row(row)

    def iter_articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        if ids is None:
            cursor = self._db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles {_ARTICLE_ORDER}")
            for row in cursor:
                yield _article_from_row(row)
            return
        for article_id in ids:
            yield self.get_article(article_id)

    def count_articles(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        fts_query = _fts_query(query)
        if not fts_query:
            return []
        rows = self._db.execute(
            """
            SELECT a.id, a.title, a.outlet, bm25(articles_fts) AS rank,
                   snippet(articles_fts, 1, '[', ']', '…', 16) AS snip
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
            """,
            (fts_query, limit),
        ).fetchall()
        return [SearchHit(r["id"], r["title"], r["outlet"], r["snip"], float(r["rank"])) for r in rows]

    # -- analyses ---------------------------------------------------------------------------------------------
    def save_analysis(self, analysis: ArticleAnalysis, version: str) -> None:
        article_id = self._resolve_id(analysis.article)
        with self._transaction():
            for table in ("quotes", "claims", "actor_mentions", "actor_aliases"):
                self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self._db.execute(
                "INSERT OR REPLACE INTO analyses (article_id, version, data, analysed_at) VALUES (?,?,?,?)",
                (article_id, version, json.dumps(analysis.to_dict(), ensure_ascii=False), _now()),
            )
            for actor in analysis.actors:
                self._db.execute(
                    "INSERT INTO actors (id, name, kind) VALUES (?,?,?) ON CONFLICT(id) DO NOTHING",
                    (actor.id, actor.name, actor.kind.value),
                )
                self._db.executemany(
                    'INSERT OR IGNORE INTO actor_mentions (actor_id, article_id, start, "end", text)'
                    " VALUES (?,?,?,?,?)",
                    [(actor.id, article_id, m.start, m.end, m.text) for m in actor.mentions],
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO actor_aliases (actor_id, article_id, alias) VALUES (?,?,?)",
                    [(actor.id, article_id, alias) for alias in {actor.name, *actor.aliases}],
                )
            self._db.executemany(
                'INSERT OR REPLACE INTO quotes (id, article_id, start, "end", text, direct, cue, speaker_text,'
                " speaker_kind, speaker_actor) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (q.id, article_id, q.start, q.end, q.text, int(q.direct), q.cue, q.speaker.text,
                     q.speaker.kind.value, q.speaker.actor)
                    for q in analysis.quotes
                ],
            )
            self._db.executemany(
                'INSERT OR REPLACE INTO claims (id, article_id, start, "end", text, checkworthy, hedged, asserted_by)'
                " VALUES (?,?,?,?,?,?,?,?)",
                [
                    (c.id, article_id, c.start, c.end, c.text, c.checkworthy, int(c.hedged), c.asserted_by)
                    for c in analysis.claims
                ],
            )

    def get_analysis(self, article_id: str) -> ArticleAnalysis | None:
        row = self._db.execute(
            "SELECT data FROM analyses WHERE article_id = ?", (self._resolve_id(article_id),)
        ).fetchone()
        return ArticleAnalysis.from_dict(json.loads(row["data"])) if row else None

    def unanalysed_ids(self, version: str) -> list[str]:
        rows = self._db.execute(
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id"
            " WHERE n.article_id IS NULL OR n.version != ? ORDER BY a.rowid",
            (version,),
        ).fetchall()
        return [str(r["id"]) for r in rows]

    def actors(self) -> list[Actor]:
        aliases: dict[str, set[str]] = {}
        for row in self._db.execute("SELECT actor_id, alias FROM actor_aliases"):
            aliases.setdefault(row["actor_id"], set()).add(row["alias"])
        mentions: dict[str, list[Mention]] = {}
        for row in self._db.execute(
            'SELECT actor_id, article_id, start, "end", text FROM actor_mentions ORDER BY article_id, start'
        ):
            mentions.setdefault(row["actor_id"], []).append(
                Mention(row["article_id"], row["start"], row["end"], row["text"])
            )
        actors = []
        for row in self._db.execute("SELECT id, name, kind FROM actors ORDER BY name, id"):
            if row["id"] not in mentions and row["id"] not in aliases:
                continue  # every article that mentioned it was re-analysed without it
            actors.append(
                Actor(
                    id=row["id"],
                    name=row["name"],
                    kind=ActorKind(row["kind"]),
                    aliases=tuple(sorted(aliases.get(row["id"], set()) - {row["name"]})),
                    mentions=tuple(mentions.get(row["id"], ())),
                )
            )
        return actors

    # -- stories and duplicates -------------------------------------------------------------------------------
    def save_stories(self, stories: Sequence[Story]) -> None:
        with self._transaction():
            for story in stories:
                self._db.execute(
                    "INSERT OR REPLACE INTO stories (id, label, first_seen, last_seen, data) VALUES (?,?,?,?,?)",
                    (story.id, story.label, story.first_seen, story.last_seen,
                     json.dumps(story.to_dict(), ensure_ascii=False)),
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO story_articles (article_id, story_id, position) VALUES (?,?,?)",
                    [(self._resolve_id(a), story.id, i) for i, a in enumerate(story.articles)],
                )
            # Stories left with no article (their members moved to another story) go.
            self._db.execute(
                "DELETE FROM stories WHERE id NOT IN (SELECT DISTINCT story_id FROM story_articles)"
            )

    def stories(self) -> list[Story]:
        rows = self._db.execute(
            "SELECT data FROM stories ORDER BY first_seen IS NULL, first_seen, id"
        ).fetchall()
        return [Story.from_dict(json.loads(r["data"])) for r in rows]

    def get_story(self, story_id: str) -> Story:
        row = self._db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            rows = self._db.execute(
                "SELECT data FROM stories WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (_like_prefix(story_id),)
            ).fetchall()
            if len(rows) != 1:
                raise NotFoundError(f"no story with id {story_id!r} in {self.path}")
            row = rows[0]
        return Story.from_dict(json.loads(row["data"]))

    def unclustered_ids(self) -> list[str]:
        rows = self._db.execute(
            f"SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) {_ARTICLE_ORDER}"
        ).fetchall()
        return [str(r["id"]) for r in rows]

    def save_duplicates(self, links: Sequence[DuplicateLink], cleared: Sequence[str] = ()) -> None:
        with self._transaction():
            self._db.executemany("DELETE FROM duplicates WHERE article_id = ?", [(i,) for i in cleared])
            self._db.executemany(
                "INSERT OR REPLACE INTO duplicates (article_id, group_id, similarity) VALUES (?,?,?)",
                [(link.article_id, link.group, link.similarity) for link in links],
            )

    def duplicates(self) -> list[DuplicateLink]:
        rows = self._db.execute("SELECT article_id, group_id, similarity FROM duplicates ORDER BY group_id")
        return [DuplicateLink(r["article_id"], r["group_id"], float(r["similarity"])) for r in rows]

    # -- state and embeddings ---------------------------------------------------------------------------------
    def get_state(self, name: str) -> bytes | None:
        row = self._db.execute("SELECT blob FROM stage_state WHERE name = ?", (name,)).fetchone()
        return bytes(row["blob"]) if row else None

    def put_state(self, name: str, blob: bytes) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO stage_state (name, blob, updated_at) VALUES (?,?,?)", (name, blob, _now())
            )

    def get_embeddings(self, ids: Sequence[str], model: str) -> Mapping[str, npt.NDArray[np.float32]]:
        found: dict[str, npt.NDArray[np.float32]] = {}
        for begin in range(0, len(ids), 500):
            chunk = list(ids[begin : begin + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT article_id, vector FROM embeddings WHERE model = ? AND article_id IN ({marks})",
                (model, *chunk),
            ):
                found[row["article_id"]] = np.frombuffer(row["vector"], dtype=np.float32).copy()
        return found

    def put_embeddings(self, vectors: Mapping[str, npt.NDArray[np.float32]], model: str) -> None:
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (article_id, model, vector) VALUES (?,?,?)",
                [(k, model, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()],
            )


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error. Nested use joins the outer transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._owner = False

    def __enter__(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._owner = True

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self._owner:
            return
        if exc_type is None:
            self._db.execute("COMMIT")
        else:
            self._db.execute("ROLLBACK")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (``sqlite3.complete_statement`` knows about trigger bodies)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _fts_query(query: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term (so punctuation can't break the syntax);
    ``"a phrase"`` kept as a phrase."""
    terms: list[str] = []
    parts = query.split('"')
    for index, part in enumerate(parts):
        if index % 2 == 1:
            words = part.split()
            if words:
                terms.append('"' + " ".join(w.replace('"', "") for w in words) + '"')
        else:
            terms.extend('"' + w.replace('"', "") + '"' for w in part.split() if w.replace('"', ""))
    return " ".join(terms)


def _article_from_row(row: sqlite3.Row) -> Article:
    data = dict(row)
    data["segments"] = json.loads(data["segments"])
    return Article.from_dict(data)
