"""Voices: who each outlet quotes, how often, named vs anonymous vs vague, and who only one outlet quotes.

A voice is keyed by the resolved actor id when the quote extractor resolved the speaker, else by the speaker's text
lower-cased (so "a source close to Rutte" in two paragraphs of one article is one voice).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from storylens.compare.model import Voice
from storylens.records import Actor, Article, Quote, SpeakerKind

__all__ = ["find_voices"]


def _voice_key(quote: Quote) -> str:
    if quote.speaker.actor:
        return quote.speaker.actor
    return " ".join(quote.speaker.text.lower().split()) or f"unknown:{quote.speaker.kind.value}"


def find_voices(articles: Sequence[Article], quotes: Sequence[Quote], actors: Sequence[Actor]) -> tuple[Voice, ...]:
    """One :class:`Voice` per (article, speaker), most quoted first within an article (articles in input order).

    ``only_here`` marks a named voice (a resolved actor) that no other outlet quotes; unresolved speakers are never
    matched across outlets (two "officials" need not be the same people), so they are only-here whenever named.
    """
    names = {actor.id: actor.name for actor in actors}
    grouped: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for quote in quotes:
        grouped[(quote.article, _voice_key(quote))].append(quote)
    outlets_by_actor: dict[str, set[str]] = defaultdict(set)
    for quote in quotes:
        if quote.speaker.actor:
            outlets_by_actor[quote.speaker.actor].add(quote.article)
    voices: list[Voice] = []
    for article in articles:
        mine = [(key, group) for (article_id, key), group in grouped.items() if article_id == article.id]
        for _key, group in sorted(mine, key=lambda item: (-len(item[1]), item[0])):
            first = group[0]
            actor_id = first.speaker.actor
            label = names.get(actor_id, first.speaker.text) if actor_id else first.speaker.text
            only_here = bool(actor_id) and len(articles) > 1 and outlets_by_actor[actor_id or ""] == {article.id}
            voices.append(
                Voice(
                    article=article.id,
                    speaker=label or "(unattributed)",
                    kind=first.speaker.kind if not actor_id else SpeakerKind.NAMED
                    if first.speaker.kind is SpeakerKind.UNKNOWN else first.speaker.kind,
                    count=len(group),
                    quotes=tuple(q.id for q in group),
                    actor=actor_id,
                    direct=sum(1 for q in group if q.direct),
                    only_here=only_here,
                )
            )
    return tuple(voices)
