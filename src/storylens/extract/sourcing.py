"""Sourcing profiles: how an article, and an outlet across its articles, attributes what it reports.

Per article: how many attributions come from named, anonymous, vague, document and unknown sources, and which
hedge words it uses ("reportedly", "allegedly"). Per outlet: the same counts summed, their shares, and who is
quoted how often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storylens.extract.parse import ParsedArticle
from storylens.records import Actor, Quote, Sourcing, SpeakerKind

__all__ = ["OutletSourcing", "SpeakerCount", "article_hedges", "outlet_sourcing", "sourcing_profile"]

_KINDS: tuple[SpeakerKind, ...] = tuple(SpeakerKind)


def sourcing_profile(article_id: str, quotes: Sequence[Quote], hedges: Sequence[str]) -> Sourcing:
    """Counts of the article's attributions by speaker kind, and its hedges (as written, in reading order)."""
    counts = Counter(q.speaker.kind for q in quotes if q.article == article_id)
    return Sourcing(
        article=article_id,
        named=counts[SpeakerKind.NAMED],
        anonymous=counts[SpeakerKind.ANONYMOUS],
        vague=counts[SpeakerKind.VAGUE],
        document=counts[SpeakerKind.DOCUMENT],
        unknown=counts[SpeakerKind.UNKNOWN],
        hedges=tuple(hedges),
    )


def article_hedges(parsed: ParsedArticle) -> tuple[str, ...]:
    """The hedge cues of every analysed sentence (:func:`storylens.extract.hedging.find_hedges`), in order."""
    from storylens.extract.hedging import find_hedges

    return tuple(h for sentence in parsed.sentences() for h in find_hedges(sentence.text))


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    """A quoted source and how often an outlet quotes it. ``actor`` is None for unresolved speakers."""

    actor: str | None
    name: str
    kind: SpeakerKind
    quotes: int

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name, "kind": self.kind.value, "quotes": self.quotes}


@dataclass(frozen=True, slots=True)
class OutletSourcing:
    """An outlet's sourcing over its articles: counts and shares by speaker kind, hedges, most-quoted sources."""

    outlet: str
    articles: int
    quotes: int
    counts: tuple[tuple[str, int], ...]  # (speaker kind, count) for every kind, in SpeakerKind order
    shares: tuple[tuple[str, float], ...]  # (speaker kind, share of quotes) — zeros when there are no quotes
    hedges: int
    hedges_per_article: float
    speakers: tuple[SpeakerCount, ...]  # most quoted first

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "articles": self.articles,
            "quotes": self.quotes,
            "counts": dict(self.counts),
            "shares": dict(self.shares),
            "hedges": self.hedges,
            "hedges_per_article": self.hedges_per_article,
            "speakers": [s.to_dict() for s in self.speakers],
        }


def outlet_sourcing(
    outlet: str,
    profiles: Sequence[Sourcing],
    quotes: Iterable[Quote],
    actors: Iterable[Actor] = (),
    top: int = 20,
) -> OutletSourcing:
    """Aggregate an outlet's article profiles and quotes (only quotes of the profiled articles are counted).

    Speakers resolved to an actor are counted under the actor's name (from ``actors``, else the speaker text);
    unresolved speakers under their text, lower-cased ("analysts", "a source close to Rutte").
    """
    article_ids = {p.article for p in profiles}
    names: Mapping[str, str] = {a.id: a.name for a in actors}
    counts = {kind: sum(getattr(p, kind.value) for p in profiles) for kind in _KINDS}
    total = sum(counts.values())
    tally: Counter[tuple[str | None, str, SpeakerKind]] = Counter()
    for quote in quotes:
        if quote.article not in article_ids:
            continue
        speaker = quote.speaker
        key: tuple[str | None, str, SpeakerKind]
        if speaker.actor is not None:
            key = (speaker.actor, names.get(speaker.actor, speaker.text), speaker.kind)
        else:
            key = (None, " ".join(speaker.text.lower().split()) or "(unknown)", speaker.kind)
        tally[key] += 1
    ranked = sorted(tally.items(), key=lambda item: (-item[1], item[0][1], item[0][0] or ""))[:top]
    hedges = sum(len(p.hedges) for p in profiles)
    return OutletSourcing(
        outlet=outlet,
        articles=len(profiles),
        quotes=total,
        counts=tuple((kind.value, counts[kind]) for kind in _KINDS),
        shares=tuple((kind.value, counts[kind] / total if total else 0.0) for kind in _KINDS),
        hedges=hedges,
        hedges_per_article=hedges / len(profiles) if profiles else 0.0,
        speakers=tuple(SpeakerCount(actor, name, kind, n) for (actor, name, kind), n in ranked),
    )
