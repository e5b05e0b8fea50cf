"""Training data only: pseudo-events mined from the bias corpus, extra training stories for the story encoder.

The story encoder (:mod:`storylens.stories.train_encoder`) learns from events: groups of articles on one event by
different outlets. The AllSides roundups give 150 (even half) and BASIL 70. The bias corpus
(``../shared/corpus/bias-corpus/articles.jsonl.gz``, 37,554 articles of 491 outlets, 2012–2020, each with a
``published`` day and an AllSides ``topic``) holds many more, unlabelled. This module mines them *without any
embedding* (an encoder's own cosine would only confirm what it already believes): two articles are one pseudo-event
when they come from different outlets, carry the same ``topic``, were published at most ``max_days`` apart, and
their title + lead share at least ``min_shared`` rare words (document frequency over the corpus at most
``max_document_frequency``), at least ``min_title_shared`` of them in both titles. Groups are the connected
components of those pairs; a component larger than ``max_group`` is a chain through a recurring topic rather than
one event, so it is cut again at a stricter bar (one more shared word each time) until its parts are small enough.
Articles whose normalised title repeats one already in the group (wire copies) are kept once.

Leakage: the AllSides roundups and the bias corpus both come from AllSides. Before mining, every bias-corpus article
whose normalised title equals a roundup article's (any of the 299, even or odd) or whose lead contains half or more
of a roundup article's word 5-grams is dropped (:func:`leaked_ids`).

The outlet is used here only to ask for *different* outlets (cross-outlet coverage of one event, not one outlet's
follow-ups): it builds training data and is never a clustering signal.

Hand-written rather than a library: the rule is a dozen lines of set arithmetic over an inverted index blocked by
topic and day; scikit-learn's vectorisers would build the same document frequencies with more memory and no gain.
The groups and families are connected components (scipy's ``connected_components``).

Measured (``python -m storylens.stories.pseudo_events --sample 30``): :data:`MINED_FIGURES`. What training on
them did to the story encoder (it did not help): :mod:`storylens.stories.train_encoder`, session 8.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storylens.evaluate.stories import RoundupArticle, default_roundups_path, load_roundups
from storylens.stories.cluster import lead_text

__all__ = [
    "MINED_FIGURES",
    "BiasArticle",
    "MiningConfig",
    "default_bias_corpus_path",
    "event_families",
    "leaked_ids",
    "load_bias_articles",
    "main",
    "mine_pseudo_events",
    "pseudo_event_stories",
]

#: Session 8, default :class:`MiningConfig` (``python -m storylens.stories.pseudo_events --sample 30``).
MINED_FIGURES = (
    "33,147 dated articles; 0 AllSides roundup copies dropped; 651 groups, 1,558 articles (sizes 2: 469, 3: 128, "
    "4: 34, 5: 20), 616 families; 30 random groups read by hand: 29 one story, 1 mixing two developments. "
    "min_shared 4, max_document_frequency 40: 192 groups, 439 articles; 27 of 30 one story"
)

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*[a-z0-9]|[a-z0-9]")
LEAD_CHARS = 600


@dataclass(frozen=True)
class BiasArticle:
    """One dated bias-corpus article: what the mining reads and the training text needs."""

    id: str
    outlet: str
    topic: str
    day: date
    title: str
    text: str


@dataclass(frozen=True)
class MiningConfig:
    """The bar two articles must clear to count as one event (chosen by reading samples, strict on purpose)."""

    max_days: int = 1
    # A word is rare when at most this many title + lead texts of the corpus hold it.
    max_document_frequency: int = 80
    min_shared: int = 3
    min_title_shared: int = 1
    max_group: int = 5
    # A component larger than ``max_group`` is cut again one word stricter (True) or dropped whole (False): its parts
    # are often one event told in several ways, which training would then push apart as different stories.
    split_chains: bool = True
    # Two mined groups of one topic whose first days are at most ``max_days + 1`` apart and whose title + lead
    # texts share this many rare words may be one event cut in two: one *family*, never negatives of each other.
    family_min_shared: int = 2
    # Roundup leakage: share of a roundup article's word 5-grams found in a bias article's lead.
    leak_containment: float = 0.5


def default_bias_corpus_path() -> Path:
    """``../shared/corpus/bias-corpus/articles.jsonl.gz`` beside the repository checkout."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "bias-corpus" / "articles.jsonl.gz"


def _day(published: str) -> date | None:
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y"):
        try:
            return datetime.strptime(published.strip()[:10], pattern).date()
        except ValueError:
            continue
    return None


def load_bias_articles(path: Path) -> list[BiasArticle]:
    """The corpus's articles that have a day, a topic, an outlet and a title (the others cannot be mined)."""
    articles: list[BiasArticle] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            day = _day(str(record.get("published") or ""))
            title = str(record.get("title") or "").strip()
            if day is None or not title or not record.get("topic") or not record.get("outlet"):
                continue
            articles.append(
                BiasArticle(
                    id=str(record["id"]),
                    outlet=str(record["outlet"]),
                    topic=str(record["topic"]),
                    day=day,
                    title=title,
                    text=str(record.get("text") or ""),
                )
            )
    return articles


def _normalised_title(title: str) -> str:
    return " ".join(_WORD.findall(title.lower()))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def leaked_ids(
    articles: Sequence[BiasArticle], roundups: Sequence[RoundupArticle], config: MiningConfig = MiningConfig()
) -> set[str]:
    """Ids of bias-corpus articles that are (copies of) AllSides roundup articles: the normalised title is a roundup
    article's, or the lead holds ``leak_containment`` of a roundup body's word 5-grams."""
    titles = {_normalised_title(a.title) for a in roundups if a.title.strip()}
    titles.discard("")
    roundup_shingles = [_shingles(a.body[: LEAD_CHARS * 2]) for a in roundups]
    owners: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, shingles in enumerate(roundup_shingles):
        for shingle in shingles:
            owners[shingle].append(number)
    leaked: set[str] = set()
    for article in articles:
        if _normalised_title(article.title) in titles:
            leaked.add(article.id)
            continue
        hits: Counter[int] = Counter()
        for shingle in _shingles(article.text[: LEAD_CHARS * 4]):
            hits.update(owners.get(shingle, ()))
        if any(count >= config.leak_containment * len(roundup_shingles[n]) for n, count in hits.items() if count):
            leaked.add(article.id)
    return leaked


def _terms(article: BiasArticle) -> tuple[frozenset[str], frozenset[str]]:
    """Content words of the title and of title + lead (stop words and one-letter tokens out)."""

    def content(text: str) -> frozenset[str]:
        return frozenset(w for w in _words(text) if len(w) > 2 and w not in ENGLISH_STOP_WORDS and not w.isdigit())

    return content(article.title), content(lead_text(article.title, article.text, LEAD_CHARS))


def mine_pseudo_events(
    articles: Sequence[BiasArticle], config: MiningConfig = MiningConfig()
) -> list[list[BiasArticle]]:
    """Groups of articles of different outlets on one event, by the rule of the module docstring; each group holds
    at least two outlets, ordered by day; groups ordered by their first day (deterministic)."""
    terms = [_terms(a) for a in articles]
    frequency: Counter[str] = Counter(word for _, lead in terms for word in lead)
    rare = [
        (
            frozenset(w for w in title if frequency[w] <= config.max_document_frequency),
            frozenset(w for w in lead if frequency[w] <= config.max_document_frequency),
        )
        for title, lead in terms
    ]
    by_block: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, article in enumerate(articles):
        by_block[(article.topic, article.day.toordinal())].append(index)
    strength: dict[tuple[int, int], int] = {}
    for index, article in enumerate(articles):
        ordinal = article.day.toordinal()
        for offset in range(0, config.max_days + 1):
            for other in by_block.get((article.topic, ordinal + offset), ()):
                if (offset == 0 and other <= index) or articles[other].outlet == article.outlet:
                    continue
                shared = rare[index][1] & rare[other][1]
                if len(shared) < config.min_shared:
                    continue
                if len(rare[index][0] & rare[other][0]) < config.min_title_shared:
                    continue
                strength[(min(index, other), max(index, other))] = len(shared)
    groups: list[list[int]] = []
    nodes = sorted({i for pair in strength for i in pair})
    _split(nodes, strength, config.min_shared, config.max_group, config.split_chains, groups)
    mined: list[list[BiasArticle]] = []
    for group in groups:
        members: list[BiasArticle] = []
        seen_titles: set[str] = set()
        for index in sorted(group, key=lambda i: (articles[i].day, articles[i].id)):
            title = _normalised_title(articles[index].title)
            if title not in seen_titles:
                seen_titles.add(title)
                members.append(articles[index])
        if len({a.outlet for a in members}) >= 2:
            mined.append(members)
    mined.sort(key=lambda members: (members[0].day, members[0].id))
    return mined


def event_families(
    groups: Sequence[Sequence[BiasArticle]], corpus: Sequence[BiasArticle], config: MiningConfig = MiningConfig()
) -> list[int]:
    """A family number per group (the index of its family's first group): groups that may tell one event (same
    topic, close days, ``family_min_shared`` rare words in common, rarity counted over ``corpus``). Training treats
    two groups of one family as neither positives nor negatives of each other."""
    frequency: Counter[str] = Counter(word for article in corpus for word in _terms(article)[1])
    words = [
        frozenset(w for a in group for w in _terms(a)[1] if frequency[w] <= config.max_document_frequency)
        for group in groups
    ]
    by_topic: dict[str, list[int]] = defaultdict(list)
    for number, group in enumerate(groups):
        by_topic[group[0].topic].append(number)
    edges: list[tuple[int, int]] = []
    for members in by_topic.values():
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                apart = abs((groups[first][0].day - groups[second][0].day).days)
                if apart <= config.max_days + 1 and len(words[first] & words[second]) >= config.family_min_shared:
                    edges.append((first, second))
    family = list(range(len(groups)))
    for component in _components(edges):
        for number in component:
            family[number] = component[0]
    return family


def _split(
    nodes: Sequence[int],
    strength: dict[tuple[int, int], int],
    bar: int,
    max_group: int,
    split_chains: bool,
    out: list[list[int]],
) -> None:
    """Connected components of the pairs at least ``bar`` strong among ``nodes``; a component larger than
    ``max_group`` is split again one word stricter (chains through a topic fall apart, tight events stay), or
    dropped when not ``split_chains``."""
    wanted = set(nodes)
    edges = [(a, b) for (a, b), shared in strength.items() if shared >= bar and a in wanted and b in wanted]
    for component in _components(edges):
        if len(component) <= max_group:
            out.append(component)
        elif split_chains:
            _split(component, strength, bar + 1, max_group, split_chains, out)


def _components(edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the graph of these edges (only nodes on an edge), each sorted, ordered by their
    smallest node."""
    if not edges:
        return []
    nodes = sorted({node for edge in edges for node in edge})
    position = {node: i for i, node in enumerate(nodes)}
    graph = coo_matrix(
        (np.ones(len(edges)), ([position[a] for a, _ in edges], [position[b] for _, b in edges])),
        shape=(len(nodes), len(nodes)),
    )
    _, labels = connected_components(graph, directed=False)
    members: dict[int, list[int]] = defaultdict(list)
    for node, label in zip(nodes, labels, strict=True):
        members[int(label)].append(node)
    return sorted(members.values(), key=lambda component: component[0])


def pseudo_event_stories(groups: Iterable[Sequence[BiasArticle]], first_story: int = 200_000) -> list[RoundupArticle]:
    """Mined groups as training stories (the records the encoder's training reads), numbered from ``first_story``."""
    stories: list[RoundupArticle] = []
    for number, group in enumerate(groups):
        for article in group:
            stories.append(
                RoundupArticle(
                    id=f"bias-{article.id}",
                    story=first_story + number,
                    side="",
                    outlet=article.outlet,
                    title=article.title,
                    body=article.text,
                    date=article.day.isoformat(),
                )
            )
    return stories


def main(argv: Sequence[str] | None = None) -> None:
    """Mine, print counts, and print a random sample of groups to read by hand."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=default_bias_corpus_path())
    parser.add_argument("--roundups", type=Path, default=default_roundups_path())
    parser.add_argument("--sample", type=int, default=0, help="print this many random groups (seed 7)")
    parser.add_argument("--min-shared", type=int, default=MiningConfig.min_shared)
    parser.add_argument("--max-df", type=int, default=MiningConfig.max_document_frequency)
    parser.add_argument("--drop-chains", action="store_true", help="drop components larger than max_group")
    parser.add_argument("--out", type=Path, help="write the groups (article ids) as JSON lines")
    args = parser.parse_args(argv)
    config = MiningConfig(
        min_shared=args.min_shared, max_document_frequency=args.max_df, split_chains=not args.drop_chains
    )
    articles = load_bias_articles(args.corpus)
    leaked = leaked_ids(articles, load_roundups(args.roundups), config)
    kept = [a for a in articles if a.id not in leaked]
    print(f"dated articles {len(articles)}; dropped as AllSides roundup copies {len(leaked)}; mined from {len(kept)}")
    groups = mine_pseudo_events(kept, config)
    sizes = Counter(len(g) for g in groups)
    print(f"groups {len(groups)}, articles {sum(map(len, groups))}, sizes {sorted(sizes.items())}")
    families = Counter(event_families(groups, kept, config))
    print(f"families {len(families)}, of more than one group {sum(1 for n in families.values() if n > 1)}")
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for group in groups:
                handle.write(json.dumps([a.id for a in group]) + "\n")
    for group in random.Random(7).sample(groups, min(args.sample, len(groups))):
        print("----")
        for article in group:
            lead = " ".join(article.text[:160].split())
            print(f"  {article.day} {article.topic} | {article.outlet} | {article.title}\n      {lead}")


if __name__ == "__main__":
    main()
