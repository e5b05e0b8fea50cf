"""Near-duplicate detection on the bias corpus (../shared/corpus/bias-corpus/articles.jsonl.gz).

Recall: every article gets an edited copy, as syndication and republishing make them — paragraphs re-ordered, a
new headline, a correction appended, site boilerplate added (each edit alone, and all four together) — and, as a
harder case reported apart, the same copy cut to its first 70%. A copy is found when the index puts it in its
original's duplicate group. Edits are drawn from a generator seeded by the article id: the same copies each run.
Each copy is dated 0–48 hours after its original (an undated original's copy is undated and follows it), and
originals and copies enter the index as one stream in date order, as they would arrive: the index's time window
(``DedupeWindow``) then works as in use. ``--unbounded`` runs the same stream with no window, to check the window
loses no copy.

Precision: the unmodified corpus is indexed and the pairs flagged as copies are counted; ``--sample N`` prints N
of them (seeded) to be read by hand, since some real articles *are* syndicated copies (an AP story under two
outlets) and no label says which.

    python benchmarks/eval_dedupe.py --limit 2000            # recall on 2,000 articles
    python benchmarks/eval_dedupe.py --limit 2000 --unbounded
    python benchmarks/eval_dedupe.py --precision --sample 20  # flagged pairs over the whole corpus
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storylens.settings import StorySettings
from storylens.stories._time import format_hours, to_hours
from storylens.stories.dedupe import DedupeWindow, NearDuplicateIndex

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bias-corpus" / "articles.jsonl.gz"

BOILERPLATE = (
    "Sign up for our daily newsletter",
    "Share this article: Facebook Twitter Email",
    "Copyright 2020 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "Related: More stories from our politics desk",
    "Follow us on Twitter and Instagram for the latest updates",
    "Advertisement",
    "Read more: Click here for our full coverage",
)
CORRECTIONS = (
    "Correction: An earlier version of this article misstated the date of the vote.",
    "This story has been updated with additional reporting.",
    "Editor's note: This article was corrected to fix the spelling of a name.",
)


@dataclass(frozen=True)
class CorpusArticle:
    id: str
    outlet: str
    title: str
    published: str | None
    text: str

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n") if p.strip()]

    def full_text(self) -> str:
        return self.title + "\n" + "\n".join(self.paragraphs())


@dataclass
class DedupeReport:
    """Copies made, copies found in their original's group, and copies put in another article's group."""

    copies: int = 0
    found: int = 0
    wrong_group: int = 0
    by_edit: dict[str, tuple[int, int]] = field(default_factory=dict)  # edit -> (found, total)
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        return self.found / self.copies if self.copies else 1.0


def load_articles(path: Path, limit: int | None = None) -> list[CorpusArticle]:
    """The corpus's articles in file order (``limit`` first ones), skipping those without text."""
    articles: list[CorpusArticle] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if not (row.get("text") or "").strip():
                continue
            articles.append(
                CorpusArticle(
                    id=str(row["id"]),
                    outlet=str(row.get("outlet") or ""),
                    title=str(row.get("title") or ""),
                    published=row.get("published") or None,
                    text=str(row["text"]),
                )
            )
            if limit is not None and len(articles) >= limit:
                break
    return articles


def _reorder(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Swap neighbouring paragraphs and move the last one up, as re-edited copies do."""
    out = list(paragraphs)
    for i in range(0, len(out) - 1, 2):
        if rng.random() < 0.7:
            out[i], out[i + 1] = out[i + 1], out[i]
    if len(out) > 2:
        out.insert(rng.randrange(len(out) - 1), out.pop())
    return out


def _headline(title: str, rng: random.Random) -> str:
    words = title.split()
    rng.shuffle(words)
    return rng.choice(("UPDATE: ", "WATCH: ", "", "Breaking: ")) + " ".join(words[: max(3, len(words) - 2)])


def _boilerplate(paragraphs: list[str], rng: random.Random) -> list[str]:
    out = list(paragraphs)
    for line in rng.sample(BOILERPLATE, 3):
        out.insert(rng.randrange(len(out) + 1), line)
    return out


Edit = Callable[[CorpusArticle, random.Random], str]


def _edit_reorder(article: CorpusArticle, rng: random.Random) -> str:
    return article.title + "\n" + "\n".join(_reorder(article.paragraphs(), rng))


def _edit_headline(article: CorpusArticle, rng: random.Random) -> str:
    return _headline(article.title, rng) + "\n" + "\n".join(article.paragraphs())


def _edit_correction(article: CorpusArticle, rng: random.Random) -> str:
    return article.full_text() + "\n" + rng.choice(CORRECTIONS)


def _edit_boilerplate(article: CorpusArticle, rng: random.Random) -> str:
    return article.title + "\n" + "\n".join(_boilerplate(article.paragraphs(), rng))


def _edit_all(article: CorpusArticle, rng: random.Random) -> str:
    paragraphs = [*_boilerplate(_reorder(article.paragraphs(), rng), rng), rng.choice(CORRECTIONS)]
    return _headline(article.title, rng) + "\n" + "\n".join(paragraphs)


def _edit_truncated(article: CorpusArticle, rng: random.Random) -> str:
    text = _edit_all(article, rng)
    return text[: int(len(text) * 0.7)]


EDITS: dict[str, Edit] = {
    "all": _edit_all,
    "reorder": _edit_reorder,
    "headline": _edit_headline,
    "correction": _edit_correction,
    "boilerplate": _edit_boilerplate,
    "truncated70": _edit_truncated,
}
#: The edits the pinned recall counts (truncation is reported on its own).
PINNED_EDITS = ("all",)


UNBOUNDED = DedupeWindow(window_hours=float("inf"), max_entries=10**9)


def copy_stream(articles: Sequence[CorpusArticle], edit_name: str) -> list[tuple[str, str, str | None, CorpusArticle]]:
    """(id, text, date, original) of every original and its edited copy, in the order they arrive: by date, the
    copy 0–48 h after its original; undated originals last, each followed by its undated copy."""
    entries: list[tuple[tuple[bool, float, int], tuple[str, str, str | None, CorpusArticle]]] = []
    for position, article in enumerate(articles):
        rng = random.Random(f"{edit_name}:{article.id}")
        copy_text = EDITS[edit_name](article, rng)
        hours = to_hours(article.published)
        delay = rng.uniform(0.0, 48.0)
        copy_hours = None if hours is None else hours + delay
        entries.append(
            ((hours is None, hours or 0.0, 2 * position), (article.id, article.full_text(), article.published, article))
        )
        entries.append(
            (
                (copy_hours is None, copy_hours or 0.0, 2 * position + 1),
                (f"{article.id}#copy", copy_text, format_hours(copy_hours), article),
            )
        )
    entries.sort(key=lambda entry: entry[0])
    return [entry for _, entry in entries]


def evaluate(
    articles: Sequence[CorpusArticle],
    settings: StorySettings,
    edits: Sequence[str] = PINNED_EDITS,
    window: DedupeWindow | None = None,
) -> DedupeReport:
    """Stream the originals and one copy per article and edit (see :func:`copy_stream`); count copies found in
    their original's group."""
    report = DedupeReport()
    started = time.perf_counter()
    for edit_name in edits:
        index = NearDuplicateIndex(settings, window)
        found = 0
        for item_id, text, published, article in copy_stream(articles, edit_name):
            match = index.add(item_id, text, published)
            if item_id == article.id:
                continue
            copy_id = item_id
            group = index.group_of(copy_id)
            if match is not None and group is not None:
                if article.id in group.articles:
                    found += 1
                else:
                    report.wrong_group += 1
        report.by_edit[edit_name] = (found, len(articles))
        if edit_name in PINNED_EDITS:
            report.found += found
            report.copies += len(articles)
    report.seconds = time.perf_counter() - started
    return report


def flagged_pairs(
    articles: Sequence[CorpusArticle], settings: StorySettings, window: DedupeWindow | None = None
) -> tuple[NearDuplicateIndex, float]:
    """The index over the unmodified articles, streamed in date order (undated last), and the seconds it took."""
    hours = [to_hours(a.published) for a in articles]
    articles = [articles[i] for i in sorted(range(len(articles)), key=lambda i: (hours[i] is None, hours[i] or 0.0, i))]
    index = NearDuplicateIndex(settings, window)
    started = time.perf_counter()
    for article in articles:
        index.add(article.id, article.full_text(), article.published)
    return index, time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--precision", action="store_true", help="index the unmodified corpus, count flagged pairs")
    parser.add_argument("--sample", type=int, default=20, help="flagged pairs to print for reading")
    parser.add_argument("--unbounded", action="store_true", help="no time window: every article stays comparable")
    args = parser.parse_args(argv)
    window = UNBOUNDED if args.unbounded else None
    settings = StorySettings()
    articles = load_articles(args.corpus, None if args.precision else args.limit)
    if args.precision:
        index, seconds = flagged_pairs(articles, settings, window)
        groups = index.groups()
        pairs = sum(len(g.articles) * (len(g.articles) - 1) // 2 for g in groups)
        copies = sum(len(g.articles) - 1 for g in groups)
        print(f"{len(articles)} articles indexed in {seconds:.1f} s ({len(articles) / seconds:.0f}/s)")
        print(f"{len(groups)} duplicate groups, {copies} articles flagged as copies, {pairs} pairs")
        by_id = {a.id: a for a in articles}
        rng = random.Random(0)
        for group in rng.sample(list(groups), min(args.sample, len(groups))):
            print("-" * 100)
            for article_id in group.articles[:4]:
                article = by_id[article_id]
                print(f"  {article.id} | {article.outlet} | {article.published} | {article.title[:80]}")
                print(f"      {' '.join(article.text.split())[:160]}")
        return
    names = list(EDITS)
    report = evaluate(articles, settings, names, window)
    print(f"{len(articles)} articles, {len(names)} edits, {report.seconds:.1f} s")
    for name in names:
        found, total = report.by_edit[name]
        print(f"  {name:12s} recall {found / total:.4f} ({found}/{total})")
    print(f"copies put in another article's group: {report.wrong_group}")


if __name__ == "__main__":
    main()
