"""Quality gate for per-actor stance, over BASIL (``../shared/eval/basil/``).

BASIL tells 70 events through Fox News, HuffPost and NYT; each article is annotated with the author's feeling toward
its main entities (``author_feeling_<entity>``: neg / neu / pos, about 80% neutral, so we report macro-F1).

For each (article, entity) pair we compute storylens' stance toward the entity (:func:`actor_stance`) and, as the
baseline, the document-level sentiment of the whole article (VADER over every sentence, quotes included). Both scores
become labels through two thresholds (neg below ``low``, pos above ``high``), chosen on one half of the events (the
*tune* half: events whose position in uuid order is even) and reported on the other half (*held-out*) and overall.

Entities are mapped to the actor extractor's actors by name (full name, else the same last word), and the
extractor's quotes are passed in (stance masks the direct ones): the stance as ``build_comparison`` computes it.
When no extracted actor matches, the entity's mentions are found by name match (:func:`entity_actor`: the full
name, or the last word of the name — a surname, or the head noun of a group like "Senate Republicans"). For
comparison the report also gives the name-match variant alone (regex mentions, only quotation marks masked).

Run ``python -m storylens.evaluate.stance`` to print the figures.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storylens.compare.stance import SentimentScorer, StanceSettings, actor_stance, sentiment_analyzer
from storylens.extract.parse import ParsedArticle, parse_article
from storylens.nlp import Resources
from storylens.records import Actor, ActorKind, Article, Mention, Quote, Segment, SegmentKind
from storylens.settings import load_settings

__all__ = [
    "LABELS",
    "BasilItem",
    "StanceReport",
    "entity_actor",
    "evaluate_stance",
    "load_basil",
    "macro_f1",
]

LABELS: tuple[str, ...] = ("neg", "neu", "pos")
DEFAULT_ROOT = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "basil"
# Words that end a group's name but are too generic to stand for it alone.
_GENERIC_HEADS = frozenset({"bill", "act", "programs", "program", "rule", "couples", "security", "court"})
# Group words: a name with one of these is not a person (no pronoun follow-on).
_GROUP_WORDS = frozenset(
    {"administration", "campaign", "department", "republicans", "democrats", "lawmakers", "leaders", "party",
     "officials", "association", "committee", "congress", "court", "police", "protestors", "plaintiffs"}
)


@dataclass(frozen=True)
class BasilItem:
    """One annotated (article, entity) pair."""

    event: str
    outlet: str
    article: Article
    entity: str
    label: str


@dataclass(frozen=True)
class Scores:
    macro_f1: float
    per_label_f1: dict[str, float]
    n: int


@dataclass(frozen=True)
class StanceReport:
    """Macro-F1 of storylens' stance and of the document-sentiment baseline, on held-out and all events."""

    thresholds: tuple[float, float]
    baseline_thresholds: tuple[float, float]
    held_out: Scores
    overall: Scores
    baseline_held_out: Scores
    baseline_overall: Scores
    tune: Scores
    baseline_tune: Scores
    name_match_held_out: Scores
    name_match_overall: Scores
    pairs: int
    events: int
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Readable summary, one figure a line."""

        def fmt(name: str, s: Scores) -> str:
            per = ", ".join(f"{k} {v:.3f}" for k, v in s.per_label_f1.items())
            return f"{name:<34} macro-F1 {s.macro_f1:.3f}  (n={s.n}; {per})"

        return [
            f"BASIL stance: {self.pairs} (article, entity) pairs over {self.events} events",
            f"thresholds (tuned on even events): ours {self.thresholds}, baseline {self.baseline_thresholds}",
            fmt("storylens actor stance, tune half", self.tune),
            fmt("storylens actor stance, held-out", self.held_out),
            fmt("storylens actor stance, overall", self.overall),
            fmt("name-match actors, quote marks only, held-out", self.name_match_held_out),
            fmt("name-match actors, quote marks only, overall", self.name_match_overall),
            fmt("document sentiment, tune half", self.baseline_tune),
            fmt("document sentiment, held-out", self.baseline_held_out),
            fmt("document sentiment, overall", self.baseline_overall),
            *self.notes,
        ]


def _literal(value: Any) -> Any:
    """BASIL stores some values as Python-literal strings ("['a', 'b']"): decode those, keep the rest."""
    if isinstance(value, str) and value[:1] in "[{(":
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
    return value


def _basil_article(data: dict[str, Any]) -> Article:
    """A cleaned :class:`Article` from a BASIL article: title line, then one line per paragraph."""
    pieces: list[tuple[SegmentKind, str]] = [(SegmentKind.TITLE, str(data.get("title", "")).strip())]
    for paragraph in _literal(data.get("body-paragraphs", [])):
        sentences = _literal(paragraph)
        text = " ".join(str(s).strip() for s in sentences) if isinstance(sentences, list) else str(sentences)
        if text.strip():
            pieces.append((SegmentKind.PARAGRAPH, text.strip()))
    text_parts: list[str] = []
    segments: list[Segment] = []
    cursor = 0
    for kind, piece in pieces:
        segments.append(Segment(kind, cursor, cursor + len(piece), piece))
        text_parts.append(piece)
        cursor += len(piece) + 1
    return Article(
        id=str(data["uuid"]),
        source=str(data.get("url", data["uuid"])),
        outlet=str(data.get("source", "")),
        title=str(data.get("title", "")),
        published=str(data.get("date", "")) or None,
        language="en",
        text="\n".join(text_parts),
        segments=tuple(segments),
    )


def load_basil(root: Path = DEFAULT_ROOT) -> list[BasilItem]:
    """Every (article, entity, author-feeling label) in BASIL, in a stable order."""
    items: list[BasilItem] = []
    for path in sorted(root.glob("articles/*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        ann_path = root / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if not ann_path.exists():
            continue
        annotations = _literal(json.loads(ann_path.read_text(encoding="utf-8"))["article-level-annotations"])
        article = _basil_article(data)
        names = {str(n).replace(" ", "_"): str(n) for n in _literal(data.get("main-entities", []))}
        for key, label in sorted(annotations.items()):
            if not key.startswith("author_feeling_") or key == "author_feeling_main_event":
                continue
            entity_key = key[len("author_feeling_"):]
            entity = names.get(entity_key, entity_key.replace("_", " "))
            if label in LABELS:
                items.append(BasilItem(str(data["triplet-uuid"]), article.outlet or "", article, entity, label))
    return items


def entity_actor(article: Article, name: str) -> Actor:
    """An :class:`Actor` for ``name`` with its mentions in ``article`` (full name, or its last word)."""
    words = name.split()
    lowered = {w.lower() for w in words}
    is_group = bool(lowered & _GROUP_WORDS) or name[:1].islower() or len(words) == 1
    patterns = [re.escape(name)]
    head = words[-1] if words else name
    if len(words) > 1 and len(head) > 3 and head.lower() not in _GENERIC_HEADS:
        patterns.append(re.escape(head))
    flags = re.IGNORECASE if is_group else 0
    regex = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", flags)
    mentions: list[Mention] = []
    for segment in article.analysed_segments():
        for match in regex.finditer(segment.text):
            start = segment.start + match.start()
            mentions.append(Mention(article.id, start, start + len(match.group()), match.group()))
    kind = ActorKind.GROUP if is_group else ActorKind.PERSON
    return Actor(id=f"basil:{name}", name=name, kind=kind, mentions=tuple(mentions))


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> Scores:
    """Macro-F1 over the three labels (a label absent from both gold and predictions is skipped)."""
    per: dict[str, float] = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        per[label] = 2 * tp / (2 * tp + fp + fn)
    value = sum(per.values()) / len(per) if per else 0.0
    return Scores(round(value, 4), {k: round(v, 4) for k, v in per.items()}, len(gold))


def _label(score: float, low: float, high: float) -> str:
    return "neg" if score < low else "pos" if score > high else "neu"


def _tune(scores: Sequence[float], gold: Sequence[str]) -> tuple[float, float]:
    """The (low, high) thresholds maximising macro-F1 on the tuning pairs (grid over observed quantiles)."""
    grid = sorted({round(s, 3) for s in scores} | {0.0})
    lows = [g for g in grid if g <= 0.0] or [0.0]
    highs = [g for g in grid if g >= 0.0] or [0.0]
    best = (-1.0, (0.0, 0.0))
    for low in lows[:: max(1, len(lows) // 60)]:
        for high in highs[:: max(1, len(highs) // 60)]:
            value = macro_f1(gold, [_label(s, low, high) for s in scores]).macro_f1
            # Ties go to the narrower neutral band's neighbour nearest zero: deterministic.
            if value > best[0]:
                best = (value, (low, high))
    return best[1]


def _extract(parsed: ParsedArticle, resources: Resources) -> tuple[tuple[Actor, ...], tuple[Quote, ...]]:
    from storylens.extract.actors import find_actors
    from storylens.extract.quotes import find_quotes

    actors = find_actors(parsed)
    return actors, find_quotes(parsed, actors, resources.settings.quotes)


def _matching_actor(entity: str, actors: Sequence[Actor]) -> Actor | None:
    """The extracted actor named like ``entity`` (full name, else the same last word), most mentioned first."""
    wanted = entity.lower().split()
    if not wanted:
        return None
    for exact in (True, False):
        found = [
            a for a in actors
            if any(
                (n.lower() == entity.lower()) if exact else (n.lower().split()[-1:] == wanted[-1:])
                for n in (a.name, *a.aliases) if n
            )
        ]
        if found:
            return max(found, key=lambda a: len(a.mentions))
    return None


def document_sentiment(parsed: ParsedArticle, sia: SentimentScorer) -> float:
    """Baseline: the mean VADER compound score of every sentence of the article, quotes included."""
    values = [sia.polarity_scores(s.text)["compound"] for s in parsed.sentences()]
    return sum(values) / len(values) if values else 0.0


def evaluate_stance(
    resources: Resources,
    root: Path = DEFAULT_ROOT,
    settings: StanceSettings | None = None,
    limit_events: int | None = None,
    progress: Callable[[str], None] | None = None,
    use_extractors: bool = True,
) -> StanceReport:
    """Score storylens' stance and the document-sentiment baseline on BASIL (see the module docstring).

    With ``use_extractors`` the pipeline's own actors and quotes are used: the entity is the extracted actor whose
    name or alias shares the entity's last word (else the name-match actor), and the extractor's quotes (direct and
    indirect) are masked besides quotation marks — the stance exactly as ``build_comparison`` computes it.
    """
    items = load_basil(root)
    events = sorted({item.event for item in items})
    if limit_events is not None:
        events = events[:limit_events]
        keep = set(events)
        items = [item for item in items if item.event in keep]
    tune_events = set(events[0::2])
    sia = sentiment_analyzer()
    parsed_by_article: dict[str, ParsedArticle] = {}
    extracted: dict[str, tuple[tuple[Actor, ...], tuple[Quote, ...]]] = {}
    ours: list[float] = []
    name_match: list[float] = []
    baseline: list[float] = []
    document_scores: dict[str, float] = {}
    missing = 0
    for item in items:
        article = item.article
        if article.id not in parsed_by_article:
            parsed_by_article[article.id] = parse_article(article, resources.spacy)
            document_scores[article.id] = document_sentiment(parsed_by_article[article.id], sia)
            if use_extractors:
                extracted[article.id] = _extract(parsed_by_article[article.id], resources)
            if progress:
                progress(article.id)
        named = entity_actor(article, item.entity)
        by_name = actor_stance(parsed_by_article[article.id], [named], [], sia, settings)
        name_match.append(by_name[0].score if by_name else 0.0)
        actor = named
        quotes: tuple[Quote, ...] = ()
        if use_extractors:
            actors, quotes = extracted[article.id]
            actor = _matching_actor(item.entity, actors) or named
        stances = actor_stance(parsed_by_article[article.id], [actor], quotes, sia, settings)
        if not stances:
            missing += 1
        ours.append(stances[0].score if stances else 0.0)
        baseline.append(document_scores[article.id])
    gold = [item.label for item in items]
    tune_idx = [i for i, item in enumerate(items) if item.event in tune_events]
    test_idx = [i for i, item in enumerate(items) if item.event not in tune_events]

    def pick(values: Sequence[Any], idx: Sequence[int]) -> list[Any]:
        return [values[i] for i in idx]

    thresholds = _tune(pick(ours, tune_idx), pick(gold, tune_idx))
    base_thresholds = _tune(pick(baseline, tune_idx), pick(gold, tune_idx))
    name_thresholds = _tune(pick(name_match, tune_idx), pick(gold, tune_idx))
    name_labels = [_label(v, *name_thresholds) for v in name_match]
    ours_labels = [_label(s, *thresholds) for s in ours]
    base_labels = [_label(s, *base_thresholds) for s in baseline]
    return StanceReport(
        thresholds=thresholds,
        baseline_thresholds=base_thresholds,
        held_out=macro_f1(pick(gold, test_idx), pick(ours_labels, test_idx)),
        overall=macro_f1(gold, ours_labels),
        baseline_held_out=macro_f1(pick(gold, test_idx), pick(base_labels, test_idx)),
        baseline_overall=macro_f1(gold, base_labels),
        tune=macro_f1(pick(gold, tune_idx), pick(ours_labels, tune_idx)),
        baseline_tune=macro_f1(pick(gold, tune_idx), pick(base_labels, tune_idx)),
        name_match_held_out=macro_f1(pick(gold, test_idx), pick(name_labels, test_idx)),
        name_match_overall=macro_f1(gold, name_labels),
        pairs=len(items),
        events=len(events),
        notes=[f"entities with no mention found (scored 0): {missing}"],
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the BASIL stance figures (``--limit-events N`` for a quick run); returns the exit code."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m storylens.evaluate.stance", description=main.__doc__)
    parser.add_argument("--basil", type=Path, default=DEFAULT_ROOT, help="BASIL folder (articles/, annotations/)")
    parser.add_argument("--limit-events", type=int, default=None, help="only the first N events (uuid order)")
    args = parser.parse_args(argv)
    report = evaluate_stance(Resources(load_settings()), args.basil, limit_events=args.limit_events)
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
