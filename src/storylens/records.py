"""The pipeline's vocabulary: small, frozen, typed records.

Every stage takes records and returns records (ingest → clean → extract → stories → compare → store → present).
Every finding carries the id of its article and character offsets into that article's ``text``, so that
``article.text[start:end] == finding.text`` always holds and any finding can be traced to its sentence.

Each record converts to and from plain JSON-ready dicts (``to_dict``/``from_dict``); the dict shapes are the
``storylens.comparison/1`` JSON contract (see ``storylens/schema/comparison-1.json``). Records hold tuples, never
lists, so they are hashable and safely shared between stages and processes.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = [
    "ANALYSED_KINDS",
    "Actor",
    "ActorKind",
    "Alignment",
    "Article",
    "ArticleAnalysis",
    "Claim",
    "Mention",
    "Quantity",
    "Quote",
    "RawDocument",
    "Relation",
    "Segment",
    "SegmentKind",
    "Sourcing",
    "SpanRef",
    "Speaker",
    "SpeakerKind",
    "Stance",
    "Story",
]


class SegmentKind(enum.StrEnum):
    """What a line (or block) of an article is."""

    TITLE = "title"
    DEK = "dek"  # standfirst / summary under or above the headline
    BYLINE = "byline"
    DATELINE = "dateline"
    HEADING = "heading"  # a sub-heading inside the article body
    PARAGRAPH = "paragraph"
    BOILERPLATE = "boilerplate"  # menus, language switchers, share bars, cookie notices
    TEASER = "teaser"  # the headline of another article spliced into the page


#: The only segment kinds that analysis (quotes, claims, actors, stance) reads.
ANALYSED_KINDS: frozenset[SegmentKind] = frozenset(
    {SegmentKind.TITLE, SegmentKind.DEK, SegmentKind.HEADING, SegmentKind.PARAGRAPH}
)


class ActorKind(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    DOCUMENT = "document"
    GROUP = "group"


class SpeakerKind(enum.StrEnum):
    NAMED = "named"  # a resolved, named person or organisation
    ANONYMOUS = "anonymous"  # "a source close to Rutte", "diplomats familiar with …"
    VAGUE = "vague"  # "some experts note", "analysts argue", "critics call"
    DOCUMENT = "document"  # "states the strategy document", "the report says"
    UNKNOWN = "unknown"


class Relation(enum.StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    UNIQUE = "unique"


R = TypeVar("R")


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _plain(value: Any) -> Any:
    """Turn records, enums and tuples into JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Shared ``to_dict``: every dataclass field, recursively made JSON-ready."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Segment(_Record):
    """A labelled stretch ``text[start:end]`` of an article."""

    kind: SegmentKind
    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Segment:
        return cls(SegmentKind(data["kind"]), int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader yields before cleaning: decoded text plus whatever metadata the format gave.

    ``blocks`` is set by readers that know the page structure (HTML through trafilatura, feeds, JSON with a
    separate title): a tuple of ``(kind, text)`` pairs in reading order, which the cleaner trusts over its own
    guesses. Plain text has no blocks; the cleaner labels its lines itself.
    """

    source: str  # file path, URL, or "path#record" for multi-document files
    text: str
    fmt: str  # text | html | warc | feed | jsonl | url
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    language: str | None = None
    blocks: tuple[tuple[SegmentKind, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Article(_Record):
    """A cleaned article: text as decoded from the input, and its labelled segments."""

    id: str
    source: str
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    text: str
    segments: tuple[Segment, ...]
    url: str | None = None
    author: str | None = None
    fmt: str = "text"
    fingerprint: str = ""

    @property
    def outlet_label(self) -> str:
        """The outlet's name, or — when the input did not say — the name of the file or host it came from."""
        if self.outlet:
            return self.outlet
        if self.url:
            host = self.url.split("://", 1)[-1].split("/", 1)[0]
            if host:
                return host.removeprefix("www.")
        name = self.source.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        for suffix in (".gz", ".txt", ".html", ".htm", ".jsonl", ".warc"):
            name = name.removesuffix(suffix)
        return name or self.source

    def analysed_segments(self) -> tuple[Segment, ...]:
        """The segments analysis reads: title, dek, headings and paragraphs."""
        return tuple(s for s in self.segments if s.kind in ANALYSED_KINDS)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        return cls(
            id=str(data["id"]),
            source=str(data["source"]),
            outlet=data.get("outlet"),
            title=data.get("title"),
            published=data.get("published"),
            language=data.get("language"),
            text=str(data["text"]),
            segments=tuple(Segment.from_dict(s) for s in data.get("segments", ())),
            url=data.get("url"),
            author=data.get("author"),
            fmt=str(data.get("fmt", "text")),
            fingerprint=str(data.get("fingerprint", "")),
        )


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """Where an actor is mentioned: ``article.text[start:end] == text``."""

    article: str
    start: int
    end: int
    text: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        return cls(str(data["article"]), int(data["start"]), int(data["end"]), str(data.get("text", "")))


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """A person, organisation, country, document or group, resolved across mentions.

    ``id`` is stable across runs: derived from ``kind`` and the normalised canonical ``name``.
    """

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Actor:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            kind=ActorKind(data["kind"]),
            aliases=tuple(data.get("aliases", ())),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True)
class Speaker(_Record):
    """Who a quote is attributed to. ``actor`` is the resolved actor id, or None (anonymous, vague, unknown)."""

    actor: str | None
    text: str
    start: int | None
    end: int | None
    kind: SpeakerKind

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        return cls(
            actor=data.get("actor"),
            text=str(data.get("text", "")),
            start=data.get("start"),
            end=data.get("end"),
            kind=SpeakerKind(data["kind"]),
        )


@dataclass(frozen=True, slots=True)
class SpanRef(_Record):
    """A bare span of an article (a piece of a split quote, a stance evidence sentence)."""

    start: int
    end: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpanRef:
        return cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Quote(_Record):
    """An attribution: direct ('…,' X said), partial, mixed or indirect (X said that …, according to X).

    ``start``/``end``/``text`` cover the whole content; a quote split by its cue ("A," he said, "B.") keeps its
    pieces in ``parts``. ``cue`` is the cue's text (e.g. "declared", "according to"), at ``cue_start:cue_end``.
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    speaker: Speaker
    cue_start: int | None = None
    cue_end: int | None = None
    cue_lemma: str | None = None
    partial: bool = False
    parts: tuple[SpanRef, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        return cls(
            id=str(data["id"]),
            article=str(data["article"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            direct=bool(data["direct"]),
            cue=str(data.get("cue", "")),
            speaker=Speaker.from_dict(data["speaker"]),
            cue_start=data.get("cue_start"),
            cue_end=data.get("cue_end"),
            cue_lemma=data.get("cue_lemma"),
            partial=bool(data.get("partial", False)),
            parts=tuple(SpanRef.from_dict(p) for p in data.get("parts", ())),
        )


@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    """A number in a claim, normalised.

    ``value`` is the number in base units (1.1 million → 1100000.0); ``unit`` is e.g. "percent", "USD", "troops",
    "year", "per day"; ``measure`` says what is measured ("GDP", "defence spending"); ``qualifier`` is one of
    "exact", "over", "under", "about", "at least", "at most", "up to", "range", "target", or "relative" (a date
    relative to an unknown publication date: "last week", kept as written); ``time`` is an ISO date, year-month or
    year the quantity refers to, or the relative expression as written when it cannot be resolved. Dates themselves
    have unit "date" and no value.
    """

    text: str
    value: float | None
    unit: str | None = None
    measure: str | None = None
    qualifier: str | None = None
    time: str | None = None
    start: int | None = None
    end: int | None = None
    upper: float | None = None  # upper bound of a range

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quantity:
        return cls(
            text=str(data["text"]),
            value=data.get("value"),
            unit=data.get("unit"),
            measure=data.get("measure"),
            qualifier=data.get("qualifier"),
            time=data.get("time"),
            start=data.get("start"),
            end=data.get("end"),
            upper=data.get("upper"),
        )


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """A check-worthy sentence, with what it is about, its numbers, who asserts it and whether it is hedged.

    ``asserted_by`` is "outlet" when the article itself asserts it, else the speaker's actor id (or the speaker
    text for unresolved speakers) when the sentence sits inside a quote or attribution.
    """

    id: str
    article: str
    start: int
    end: int
    text: str
    checkworthy: float
    hedged: bool
    asserted_by: str
    actors: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    hedges: tuple[str, ...] = ()
    quote: str | None = None  # id of the quote the claim sits in
    places: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    negated: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        return cls(
            id=str(data["id"]),
            article=str(data["article"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            checkworthy=float(data["checkworthy"]),
            hedged=bool(data["hedged"]),
            asserted_by=str(data["asserted_by"]),
            actors=tuple(data.get("actors", ())),
            quantities=tuple(Quantity.from_dict(q) for q in data.get("quantities", ())),
            hedges=tuple(data.get("hedges", ())),
            quote=data.get("quote"),
            places=tuple(data.get("places", ())),
            dates=tuple(data.get("dates", ())),
            negated=bool(data.get("negated", False)),
        )


@dataclass(frozen=True, slots=True)
class Sourcing(_Record):
    """How one article sources its statements: counts by speaker kind, and hedge words used."""

    article: str
    named: int = 0
    anonymous: int = 0
    vague: int = 0
    document: int = 0
    unknown: int = 0
    hedges: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sourcing:
        return cls(
            article=str(data["article"]),
            named=int(data.get("named", 0)),
            anonymous=int(data.get("anonymous", 0)),
            vague=int(data.get("vague", 0)),
            document=int(data.get("document", 0)),
            unknown=int(data.get("unknown", 0)),
            hedges=tuple(data.get("hedges", ())),
        )


@dataclass(frozen=True, slots=True)
class ArticleAnalysis(_Record):
    """Everything the extract stage finds in one article. Actors here carry only this article's mentions."""

    article: str
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    sourcing: Sourcing | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleAnalysis:
        sourcing = data.get("sourcing")
        return cls(
            article=str(data["article"]),
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            sourcing=Sourcing.from_dict(sourcing) if sourcing else None,
        )


@dataclass(frozen=True, slots=True)
class Story(_Record):
    """Articles grouped as one story."""

    id: str
    label: str
    articles: tuple[str, ...]
    first_seen: str | None = None
    last_seen: str | None = None
    outlets: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Story:
        return cls(
            id=str(data["id"]),
            label=str(data["label"]),
            articles=tuple(data.get("articles", ())),
            first_seen=data.get("first_seen"),
            last_seen=data.get("last_seen"),
            outlets=tuple(data.get("outlets", ())),
        )


@dataclass(frozen=True, slots=True)
class Alignment(_Record):
    """Claims of different outlets about the same thing, and how they relate."""

    id: str
    relation: Relation
    claims: tuple[str, ...]
    explanation: str
    differences: tuple[str, ...] = field(default=())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alignment:
        return cls(
            id=str(data["id"]),
            relation=Relation(data["relation"]),
            claims=tuple(data.get("claims", ())),
            explanation=str(data.get("explanation", "")),
            differences=tuple(data.get("differences", ())),
        )


@dataclass(frozen=True, slots=True)
class Stance(_Record):
    """An article's stance toward an actor in [-1, 1], with the sentences that carry it."""

    article: str
    actor: str
    score: float
    evidence: tuple[SpanRef, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Stance:
        return cls(
            article=str(data["article"]),
            actor=str(data["actor"]),
            score=float(data["score"]),
            evidence=tuple(SpanRef.from_dict(e) for e in data.get("evidence", ())),
        )
