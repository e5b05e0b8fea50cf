"""The :class:`Comparison` record: everything the compare stage finds, and its JSON contract.

``Comparison.to_dict()`` is the ``storylens.comparison/1`` contract (issue 6): top-level ``schema``, ``articles``,
``stories``, ``actors``, ``quotes``, ``claims``, ``alignments``, ``sourcing``, ``stance``; plus the extra keys
``framing`` (loaded words with their sentences), ``voices`` (who each outlet quotes) and ``coverage`` (articles per
outlet per day). The JSON Schema ships as ``storylens/schema/comparison-1.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storylens.records import (
    Actor,
    Alignment,
    Article,
    Claim,
    Quote,
    Sourcing,
    SpeakerKind,
    Stance,
    Story,
    _Record,
)

__all__ = ["SCHEMA_ID", "Comparison", "CoverageCount", "LoadedWord", "Voice", "outlet_label"]

SCHEMA_ID = "storylens.comparison/1"


def outlet_label(article: Article) -> str:
    """What to call an article's outlet in a report (``Article.outlet_label``: outlet, host or file name)."""
    return article.outlet_label


@dataclass(frozen=True, slots=True)
class LoadedWord(_Record):
    """An emotive or loaded word in an outlet's text: ``article.text[start:end] == text``.

    ``source`` says which lexicon flagged it ("vader" strong valence, or "framing" list); ``quoted`` is True when the
    word sits inside reported speech (then it is the speaker's word, not the outlet's).
    """

    article: str
    start: int
    end: int
    text: str
    lemma: str
    valence: float
    source: str
    sentence_start: int
    sentence_end: int
    quoted: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoadedWord:
        return cls(
            article=str(data["article"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            lemma=str(data["lemma"]),
            valence=float(data["valence"]),
            source=str(data["source"]),
            sentence_start=int(data["sentence_start"]),
            sentence_end=int(data["sentence_end"]),
            quoted=bool(data.get("quoted", False)),
        )


@dataclass(frozen=True, slots=True)
class Voice(_Record):
    """One speaker an article quotes: how often, of which kind, and whether only this outlet gives them a voice."""

    article: str
    speaker: str
    kind: SpeakerKind
    count: int
    quotes: tuple[str, ...]
    actor: str | None = None
    direct: int = 0
    only_here: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Voice:
        return cls(
            article=str(data["article"]),
            speaker=str(data["speaker"]),
            kind=SpeakerKind(data["kind"]),
            count=int(data["count"]),
            quotes=tuple(data.get("quotes", ())),
            actor=data.get("actor"),
            direct=int(data.get("direct", 0)),
            only_here=bool(data.get("only_here", False)),
        )


@dataclass(frozen=True, slots=True)
class CoverageCount(_Record):
    """How many articles an outlet published on a day (``day`` is an ISO date, or "undated")."""

    day: str
    outlet: str
    articles: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CoverageCount:
        return cls(str(data["day"]), str(data["outlet"]), int(data["articles"]))


@dataclass(frozen=True, slots=True)
class Comparison:
    """Outlets side by side for one story or selection of articles (immutable; built by ``build_comparison``)."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    alignments: tuple[Alignment, ...]
    sourcing: tuple[Sourcing, ...]
    stance: tuple[Stance, ...]
    framing: tuple[LoadedWord, ...] = ()
    voices: tuple[Voice, ...] = ()
    coverage: tuple[CoverageCount, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``storylens.comparison/1`` JSON contract (plain, JSON-ready values)."""
        return {
            "schema": SCHEMA_ID,
            "articles": [a.to_dict() for a in self.articles],
            "stories": [s.to_dict() for s in self.stories],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "alignments": [a.to_dict() for a in self.alignments],
            "sourcing": [s.to_dict() for s in self.sourcing],
            "stance": [s.to_dict() for s in self.stance],
            "framing": [w.to_dict() for w in self.framing],
            "voices": [v.to_dict() for v in self.voices],
            "coverage": [c.to_dict() for c in self.coverage],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comparison:
        """Read back what :meth:`to_dict` wrote."""
        return cls(
            articles=tuple(Article.from_dict(a) for a in data.get("articles", ())),
            stories=tuple(Story.from_dict(s) for s in data.get("stories", ())),
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            alignments=tuple(Alignment.from_dict(a) for a in data.get("alignments", ())),
            sourcing=tuple(Sourcing.from_dict(s) for s in data.get("sourcing", ())),
            stance=tuple(Stance.from_dict(s) for s in data.get("stance", ())),
            framing=tuple(LoadedWord.from_dict(w) for w in data.get("framing", ())),
            voices=tuple(Voice.from_dict(v) for v in data.get("voices", ())),
            coverage=tuple(CoverageCount.from_dict(c) for c in data.get("coverage", ())),
        )

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if it is not part of the comparison)."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def claims_by_id(self, claim_id: str) -> Claim:
        """The claim with this id (KeyError if it is not part of the comparison)."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def outlet(self, article_id: str) -> str:
        """The report label of an article's outlet."""
        return outlet_label(self.article(article_id))
