"""Near-duplicates: syndicated and lightly edited copies of one article, found with MinHash LSH.

An article is reduced to the set of its word shingles (``settings.shingle_words`` consecutive normalised words),
taken **within each paragraph** and never across a paragraph break: re-ordering paragraphs, a new headline, an
appended correction or a boilerplate line then change only a few shingles, and the Jaccard similarity of the two
sets stays high. MinHash (datasketch, explicit ``settings.minhash_seed``) estimates that similarity and an LSH
index (``settings.duplicate_threshold``) finds candidates without comparing every pair; each candidate is then
checked against the threshold on the full signatures, which removes most LSH false positives.

Copies that match are merged into one duplicate group (union of matches, so a chain A≈B≈C is one group). A
group's id is its first inserted article, so it never changes as copies arrive; its *earliest* copy is the one
published first (undated copies count as later than dated ones), ties broken by insertion order.

Memory is bounded by a time window (:class:`DedupeWindow`): copies of one article appear within days (wire
syndication, a re-headlined update), so an article is compared only with the articles of the last
``window_hours`` (default 14 days) before the stream's clock. Older articles leave the LSH index and their hash
values are dropped; their ids, dates and duplicate groups are kept (a few dozen bytes each), so a later copy of a
group still joins the group through any member that is still live. The clock is the ``clock_quorum``-th latest
date seen (one absurd date cannot empty the index); undated articles do not move it and are kept from the clock
they first meet. ``max_entries`` caps the live articles when the clock cannot move (a long undated stream): the
oldest inserted leave first. Measured on the bias corpus (``benchmarks/bench_stories.py``,
``benchmarks/eval_dedupe.py --stream``): recall on edited copies dated up to two days after their original is
the same as with an unbounded index, and memory stops growing once the window is full.

The index is an object owned by the caller. It serialises to bytes holding the live articles' hash values and
every article's id, date and group (:meth:`to_bytes`, :meth:`from_bytes`), so a store can keep it
(``Store.put_state``) without re-reading articles; rebuilding it by calling :meth:`add` on the stored articles in
the same order gives the same index, only slower.
"""

from __future__ import annotations

import dataclasses
import heapq
import io
import itertools
import json
import math
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from storylens.errors import SettingsError
from storylens.records import ANALYSED_KINDS, Article
from storylens.settings import StorySettings
from storylens.stories._time import to_hours

__all__ = [
    "DedupeWindow",
    "DuplicateGroup",
    "DuplicateMatch",
    "NearDuplicateIndex",
    "analysed_text",
    "shingle_hashes",
    "shingles",
]

_SCHEME = "affine32"
_STATE_VERSION = 2
_STATE_SETTINGS = ("minhash_perm", "minhash_seed", "shingle_words", "duplicate_threshold")
_WORD = re.compile(r"\w+", re.UNICODE)
_COMBINING = re.compile(r"[\u0300-\u036f]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_SHINGLE_MULTIPLIER = np.uint64(0x01000193)  # the FNV-1 32-bit prime: odd, so it mixes every bit
_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class DedupeWindow:
    """How long articles stay comparable in the near-duplicate index (see the module docstring)."""

    # Articles dated more than this many hours before the clock leave the index.
    window_hours: float = 14 * 24.0
    # At most this many live articles (the first inserted leave first), for streams whose clock cannot move.
    max_entries: int = 200_000
    # The clock is the n-th latest date seen.
    clock_quorum: int = 3

    @classmethod
    def from_settings(cls, settings: StorySettings) -> DedupeWindow:
        """The window the story settings ask for (``duplicate_window_hours``, ``duplicate_max_entries``)."""
        return cls(window_hours=settings.duplicate_window_hours, max_entries=settings.duplicate_max_entries)


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """The answer for an article that copies earlier ones.

    ``group`` is the duplicate group's id, ``earliest`` its earliest copy (possibly this article, when it carries
    an older date than the copies seen before), ``matches`` the already indexed articles it was found similar to,
    and ``similarity`` the highest estimated Jaccard similarity among them.
    """

    article: str
    group: str
    earliest: str
    matches: tuple[str, ...]
    similarity: float


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Articles that are copies of one another, in insertion order; ``earliest`` is the first published."""

    id: str
    articles: tuple[str, ...]
    earliest: str


def analysed_text(article: Article) -> str:
    """Title, dek, headings and paragraphs of ``article``, one per line: the text to shingle and compare."""
    return "\n".join(segment.text for segment in article.segments if segment.kind in ANALYSED_KINDS)


def _fold(text: str) -> str:
    """Lower-case ``text`` with accents and typographic variants folded (NFKD, combining marks dropped)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text).casefold())


def _paragraph_words(text: str) -> list[list[str]]:
    """The normalised words of each non-empty line of ``text`` (punctuation dropped)."""
    return [words for line in _PARAGRAPH_BREAK.split(_fold(text)) if (words := _WORD.findall(line))]


def shingles(text: str, size: int) -> list[str]:
    """Word ``size``-grams of each line (paragraph) of ``text``; a shorter paragraph is one shingle."""
    out: list[str] = []
    for words in _paragraph_words(text):
        if len(words) <= size:
            out.append(" ".join(words))
            continue
        out.extend(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return out


def shingle_hashes(text: str, size: int) -> npt.NDArray[np.uint32]:
    """32-bit hashes of :func:`shingles` (same shingles, unique, sorted), computed without building strings.

    Each word is hashed once (CRC-32, stable across processes, unlike ``hash``); a shingle's hash is a polynomial
    of its words' hashes modulo 2**32, computed for all positions of a paragraph at once with numpy. This is
    ~4× faster than SHA-1 over every shingle string, which dominated the time of the index.
    """
    paragraphs = _paragraph_words(text)
    if not paragraphs:
        return np.zeros(0, dtype=np.uint32)
    words = [w for paragraph in paragraphs for w in paragraph]
    word_hash = {w: zlib.crc32(w.encode("utf-8")) for w in set(words)}
    hashes = np.fromiter((word_hash[w] for w in words), dtype=np.uint64, count=len(words))
    paragraph_of = np.repeat(np.arange(len(paragraphs)), [len(p) for p in paragraphs])
    pieces: list[npt.NDArray[np.uint64]] = []
    count = len(words) - size + 1
    if count > 0:
        # Every window of `size` words over the whole text at once; keep those inside one paragraph.
        acc = np.zeros(count, dtype=np.uint64)
        for k in range(size):
            acc = (acc * _SHINGLE_MULTIPLIER + hashes[k : k + count]) & _MASK32
        pieces.append(acc[paragraph_of[:count] == paragraph_of[size - 1 : size - 1 + count]])
    start = 0
    for paragraph in paragraphs:
        if len(paragraph) < size:  # a short paragraph is one shingle of all its words
            value = np.zeros(1, dtype=np.uint64)
            for k in range(len(paragraph)):
                value = (value * _SHINGLE_MULTIPLIER + hashes[start + k]) & _MASK32
            pieces.append(value)
        start += len(paragraph)
    return np.unique(np.concatenate(pieces)).astype(np.uint32)


def _identity(value: int) -> int:
    """The 'hash function' for values that are already 32-bit shingle hashes."""
    return value


class NearDuplicateIndex:
    """An incremental near-duplicate index over a stream of articles.

    ``add`` each article once, in stream order; the answer tells whether it copies an article still in the window.
    """

    def __init__(self, settings: StorySettings, window: DedupeWindow | None = None) -> None:
        self.settings = settings
        self.window = window or DedupeWindow.from_settings(settings)
        # One template MinHash holds the seeded permutations; every article's MinHash reuses them (generating
        # them per article would cost more than hashing the article).
        self._template = MinHash(num_perm=settings.minhash_perm, seed=settings.minhash_seed, scheme=_SCHEME)
        self._lsh = MinHashLSH(threshold=settings.duplicate_threshold, num_perm=settings.minhash_perm)
        # Hash values of the live (comparable) articles, in insertion order; empty texts are never live.
        self._live: dict[str, npt.NDArray[np.uint64]] = {}
        # (date, insertion rank, id) of live dated articles, and of undated ones once they met a clock.
        self._expiry: list[tuple[float, int, str]] = []
        self._undated_waiting: list[str] = []  # live undated articles that have not met a clock yet
        self._latest_dates: list[float] = []  # min-heap of the clock_quorum latest dates
        self._order: dict[str, int] = {}  # article id -> insertion rank
        self._published: dict[str, float | None] = {}
        self._parent: dict[str, str] = {}  # union-find over duplicate groups; absent = its own root
        self._members: dict[str, list[str]] = {}  # root -> members, only for groups of two or more

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    @property
    def live_count(self) -> int:
        """How many articles are in the window (their hash values kept and comparable)."""
        return len(self._live)

    @property
    def clock(self) -> float | None:
        """The stream's clock in hours since the epoch (None before the first dated article)."""
        return self._latest_dates[0] if self._latest_dates else None

    def signature(self, text: str) -> MinHash:
        """The MinHash of ``text``'s shingles under this index's seed and permutations."""
        minhash = MinHash(
            num_perm=self.settings.minhash_perm,
            seed=self.settings.minhash_seed,
            hashfunc=_identity,
            permutations=self._template.permutations,
            scheme=_SCHEME,
        )
        minhash.update_batch(shingle_hashes(text, self.settings.shingle_words).tolist())
        return minhash

    def add(self, article_id: str, text: str, published: str | datetime | None = None) -> DuplicateMatch | None:
        """Index one article; return its duplicate group if it copies an article in the window, else None.

        An id already indexed is not added again (a re-delivered article is not its own copy): the answer is its
        current group, or None.
        """
        if article_id in self._order:
            group = self.group_of(article_id)
            if group is None:
                return None
            return DuplicateMatch(article_id, group.id, group.earliest, (), 1.0)
        hours = to_hours(published)
        if hours is not None:
            self._advance_clock(hours)
        self._expire()
        return self._insert(article_id, self.signature(text), hours)

    def _insert(self, article_id: str, minhash: MinHash, hours: float | None) -> DuplicateMatch | None:
        threshold = self.settings.duplicate_threshold
        empty = minhash.is_empty()
        candidates = self._lsh.query(minhash) if not empty else []
        values = minhash.hashvalues
        scored = sorted(
            ((float(np.count_nonzero(values == self._live[c])) / len(values), c) for c in candidates),
            key=lambda pair: (-pair[0], self._order[pair[1]]),
        )
        matches = [(score, other) for score, other in scored if score >= threshold]
        rank = len(self._order)
        self._order[article_id] = rank
        self._published[article_id] = hours
        if not empty:
            self._enter(article_id, minhash, hours, rank)
        if not matches:
            return None
        for _, other in matches:
            self._union(article_id, other)
        group = self.group_of(article_id)
        assert group is not None  # it was just joined to a group
        return DuplicateMatch(
            article=article_id,
            group=group.id,
            earliest=group.earliest,
            matches=tuple(other for _, other in matches),
            similarity=matches[0][0],
        )

    def _enter(self, article_id: str, minhash: MinHash, hours: float | None, rank: int) -> None:
        """Make an article live: in the LSH index, its hash values kept, its expiry scheduled."""
        self._lsh.insert(article_id, minhash)
        self._live[article_id] = np.asarray(minhash.hashvalues, dtype=np.uint64)
        anchor = hours if hours is not None else self.clock
        if anchor is None:
            self._undated_waiting.append(article_id)
        else:
            heapq.heappush(self._expiry, (anchor, rank, article_id))

    def _leave(self, article_id: str) -> None:
        if self._live.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def _advance_clock(self, hours: float) -> None:
        quorum = max(1, self.window.clock_quorum)
        if len(self._latest_dates) < quorum:
            heapq.heappush(self._latest_dates, hours)
        elif hours > self._latest_dates[0]:
            heapq.heapreplace(self._latest_dates, hours)

    def _expire(self) -> None:
        """Drop the articles dated before the window, then the first inserted beyond ``max_entries``."""
        clock = self.clock
        if clock is not None:
            for article_id in self._undated_waiting:  # undated articles are kept from the first clock they meet
                heapq.heappush(self._expiry, (clock, self._order[article_id], article_id))
            self._undated_waiting.clear()
            horizon = clock - self.window.window_hours
            while self._expiry and self._expiry[0][0] < horizon:
                self._leave(heapq.heappop(self._expiry)[2])
        surplus = len(self._live) - max(1, self.window.max_entries) + 1  # room for the article being added
        if surplus > 0:
            for article_id in list(itertools.islice(self._live, surplus)):  # dicts keep insertion order
                self._leave(article_id)
            # Their expiry entries stay in the heap and are skipped when popped (leaving twice is a no-op).

    def _root(self, article_id: str) -> str:
        while article_id in self._parent:
            article_id = self._parent[article_id]
        return article_id

    def _union(self, first: str, second: str) -> None:
        root_a, root_b = self._root(first), self._root(second)
        if root_a == root_b:
            return
        # The root inserted first names the group, so a group id never changes as copies arrive.
        keep, absorb = sorted((root_a, root_b), key=self._order.__getitem__)
        self._parent[absorb] = keep
        members = self._members.pop(keep, [keep]) + self._members.pop(absorb, [absorb])
        members.sort(key=self._order.__getitem__)
        self._members[keep] = members

    def _earliest(self, members: Iterable[str]) -> str:
        def key(article_id: str) -> tuple[bool, float, int]:
            hours = self._published[article_id]
            return (hours is None, hours if hours is not None else 0.0, self._order[article_id])

        return min(members, key=key)

    def group_of(self, article_id: str) -> DuplicateGroup | None:
        """The duplicate group holding ``article_id``, or None when it has no copy (or is not indexed)."""
        if article_id not in self._order:
            return None
        root = self._root(article_id)
        members = self._members.get(root)
        if members is None:
            return None
        return DuplicateGroup(root, tuple(members), self._earliest(members))

    def groups(self) -> tuple[DuplicateGroup, ...]:
        """Every duplicate group (two or more copies), in the order their first article was inserted."""
        roots = sorted(self._members, key=self._order.__getitem__)
        return tuple(DuplicateGroup(r, tuple(self._members[r]), self._earliest(self._members[r])) for r in roots)

    def to_bytes(self) -> bytes:
        """A compact snapshot (numpy ``.npz``): every article's id, date and group, the live articles' hash values,
        the clock, and the settings they were built with."""
        ids = sorted(self._order, key=self._order.__getitem__)
        live = list(self._live)
        header: dict[str, Any] = {
            "version": _STATE_VERSION,
            **{name: getattr(self.settings, name) for name in _STATE_SETTINGS},
            "window": dataclasses.asdict(self.window),
            "ids": ids,
            "live": live,
            "groups": [self._members[root] for root in sorted(self._members, key=self._order.__getitem__)],
            "expiry": [[anchor, article_id] for anchor, _, article_id in self._expiry if article_id in self._live],
            "undated_waiting": self._undated_waiting,
            "latest_dates": self._latest_dates,
        }
        hashes = np.array([self._live[i] for i in live], dtype=np.uint64).reshape(len(live), self.settings.minhash_perm)
        published = np.array([np.nan if self._published[i] is None else self._published[i] for i in ids])
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            header=np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8),
            hashvalues=hashes.astype(np.uint32),
            published=published.astype(np.float64),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, settings: StorySettings, blob: bytes, window: DedupeWindow | None = None) -> NearDuplicateIndex:
        """Rebuild an index from :meth:`to_bytes`; the settings and window must match the ones it was built with."""
        window = window or DedupeWindow.from_settings(settings)
        with np.load(io.BytesIO(blob), allow_pickle=False) as data:
            header = json.loads(bytes(data["header"]).decode("utf-8"))
            hashes = data["hashvalues"]
            published = data["published"]
        expected = {
            "version": _STATE_VERSION,
            **{name: getattr(settings, name) for name in _STATE_SETTINGS},
            "window": json.loads(json.dumps(dataclasses.asdict(window))),
        }
        mismatched = {k: header.get(k) for k, v in expected.items() if header.get(k) != v}
        if mismatched:
            raise SettingsError(
                f"near-duplicate index state was built with other settings {mismatched}: rebuild it from the "
                "stored articles"
            )
        index = cls(settings, window)
        for rank, article_id in enumerate(header["ids"]):
            hours = float(published[rank])
            index._order[article_id] = rank
            index._published[article_id] = None if math.isnan(hours) else hours
        for members in header["groups"]:
            root = members[0]
            index._members[root] = list(members)
            index._parent.update(dict.fromkeys(members[1:], root))
        for row, article_id in enumerate(header["live"]):
            minhash = MinHash(
                seed=settings.minhash_seed,
                hashfunc=_identity,
                hashvalues=hashes[row].astype(index._template.hashvalues.dtype),
                permutations=index._template.permutations,
                scheme=_SCHEME,
            )
            index._lsh.insert(article_id, minhash)
            index._live[article_id] = np.asarray(minhash.hashvalues, dtype=np.uint64)
        index._expiry = [(float(anchor), index._order[i], i) for anchor, i in header["expiry"]]
        heapq.heapify(index._expiry)
        index._undated_waiting = list(header["undated_waiting"])
        index._latest_dates = [float(h) for h in header["latest_dates"]]
        heapq.heapify(index._latest_dates)
        return index
