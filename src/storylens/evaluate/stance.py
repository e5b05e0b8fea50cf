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

The trained sentence-polarity model (:mod:`storylens.compare.stance_model`) is evaluated beside it: trained on the
even events' phrase-level spans (``python -m storylens.evaluate.stance train`` writes ``resources/stance-v1.npz``),
its label thresholds tuned on out-of-fold scores of the even events (5 folds by event), reported on the odd events;
and, so the figure is not one lucky split, the same trained here on the odd events and reported on the even ones.

Measured (2026-11-23, ``python -m storylens.evaluate.stance``, 424 pairs): model held-out (odd) 0.304, swapped
(train odd, test even) 0.391; lexicon stance held-out 0.363; document-sentiment baseline held-out 0.346. With gold
phrase spans instead of a model (an oracle count of unquoted bias spans in the entity's sentences, thresholds fit
in-sample) macro-F1 is 0.55: the ceiling of this approach is below the issue's 0.60.

Run ``python -m storylens.evaluate.stance`` to print the figures.
"""

from __future__ import annotations

import ast
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storylens.compare.stance import (
    ActorSentence,
    OwnSentence,
    SentenceEmbedder,
    SentimentScorer,
    StanceSettings,
    actor_sentences,
    actor_stance,
    own_sentences,
    sentiment_analyzer,
    stance_features,
)
from storylens.compare.stance_model import ARTEFACT_NAME, StanceModel
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
#: Inverse regularisation of the sentence model (chosen by event-grouped cross-validation on the even events).
DEFAULT_REGULARISATION = 1.0
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
    """Macro-F1 of storylens' stance (trained model), the lexicon stance and the document-sentiment baseline.

    ``held_out`` is the shipped model (trained on the even events) on the odd events; ``swapped`` a model trained
    here on the odd events, scored on the even ones (so the figure is not one lucky split).
    """

    thresholds: tuple[float, float]
    baseline_thresholds: tuple[float, float]
    held_out: Scores
    swapped: Scores | None
    lexicon_held_out: Scores
    lexicon_overall: Scores
    baseline_held_out: Scores
    baseline_overall: Scores
    baseline_tune: Scores
    name_match_held_out: Scores
    pairs: int
    events: int
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Readable summary, one figure a line."""

        def fmt(name: str, s: Scores) -> str:
            per = ", ".join(f"{k} {v:.3f}" for k, v in s.per_label_f1.items())
            return f"{name:<52} macro-F1 {s.macro_f1:.3f}  (n={s.n}; {per})"

        lines = [
            f"BASIL stance: {self.pairs} (article, entity) pairs over {self.events} events",
            f"thresholds: model {self.thresholds} (from its metadata), baseline {self.baseline_thresholds}",
            fmt("storylens stance model, held-out (odd events)", self.held_out),
        ]
        if self.swapped is not None:
            lines.append(fmt("storylens stance model, swapped (train odd, test even)", self.swapped))
        return [
            *lines,
            fmt("lexicon stance (VADER, quotes masked), held-out", self.lexicon_held_out),
            fmt("lexicon stance, overall", self.lexicon_overall),
            fmt("lexicon, name-match actors, quote marks only, held-out", self.name_match_held_out),
            fmt("document sentiment, tune half (even)", self.baseline_tune),
            fmt("document sentiment, held-out (odd)", self.baseline_held_out),
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


def basil_article(data: dict[str, Any]) -> Article:
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
        article = basil_article(data)
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
    from storylens.extract.attribution_model import AttributionModel
    from storylens.extract.quotes import find_quotes

    actors = find_actors(parsed)
    return actors, find_quotes(parsed, actors, resources.settings.quotes, AttributionModel.load(resources))


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


class MemoEmbedder:
    """Embeds each distinct text once per evaluation run (an owned object, not a module cache)."""

    def __init__(self, embedder: SentenceEmbedder) -> None:
        self._embedder = embedder
        self._vectors: dict[str, npt.NDArray[Any]] = {}

    def embed(self, texts: Sequence[str]) -> npt.NDArray[Any]:
        """Rows for ``texts``, computing only the ones not seen before."""
        new = sorted({t for t in texts if t not in self._vectors})
        if new:
            for text, vector in zip(new, self._embedder.embed(new), strict=True):
                self._vectors[text] = vector
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.vstack([self._vectors[t] for t in texts])


@dataclass(frozen=True)
class PreparedItem:
    """One BASIL pair as the pipeline sees it: parsed article, the entity's actor, quotes, gold sentence labels."""

    item: BasilItem
    parsed: ParsedArticle
    actor: Actor
    quotes: tuple[Quote, ...]
    about: tuple[ActorSentence, ...]
    sentence_labels: tuple[str, ...]


def phrase_spans(root: Path = DEFAULT_ROOT) -> dict[str, list[dict[str, Any]]]:
    """BASIL's phrase-level bias spans per article id, with ``start``/``end`` as offsets into our article text.

    BASIL gives each span's offsets inside one of the article's sentences without saying which: the sentence is
    the one whose text at those offsets is the span's text.
    """
    spans: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(root.glob("articles/*/*.json")):
        ann_path = root / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        if not ann_path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        article = basil_article(data)
        sentences: list[str] = []
        for paragraph in _literal(data.get("body-paragraphs", [])):
            decoded = _literal(paragraph)
            sentences.extend(str(x) for x in (decoded if isinstance(decoded, list) else [decoded]))
        starts: list[int | None] = []
        cursor = 0
        for sentence in sentences:
            stripped = sentence.strip()
            found = article.text.find(stripped, cursor) if stripped else -1
            starts.append(found - (len(sentence) - len(sentence.lstrip())) if found >= 0 else None)
            cursor = found + len(stripped) if found >= 0 else cursor
        located: list[dict[str, Any]] = []
        for phrase in _literal(json.loads(ann_path.read_text(encoding="utf-8"))["phrase-level-annotations"]):
            begin, finish = int(phrase["start"]), int(phrase["end"])
            for sentence, base in zip(sentences, starts, strict=True):
                if base is not None and sentence[begin:finish] == phrase["txt"]:
                    located.append({**phrase, "start": base + begin, "end": base + finish})
                    break
        spans[article.id] = located
    return spans


def sentence_label(sentence: ActorSentence, entity: str, spans: Sequence[dict[str, Any]]) -> str:
    """``neg``/``pos``/``none``: the net polarity of the unquoted bias spans aimed at ``entity`` in the sentence."""
    key = entity.replace(" ", "_")
    start, end = sentence.own.sentence.start, sentence.own.sentence.end
    net = sum(
        1 if span["polarity"] == "pos" else -1
        for span in spans
        if span["target"] == key and span["aim"] == "dir" and span["quote"] == "no"
        and span["start"] < end and span["end"] > start
    )
    return "pos" if net > 0 else "neg" if net < 0 else "none"


def prepare_items(
    items: Sequence[BasilItem],
    resources: Resources,
    sia: SentimentScorer,
    root: Path = DEFAULT_ROOT,
    settings: StanceSettings | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[PreparedItem]:
    """Parse, extract actors and quotes, and select each entity's sentences as ``build_comparison`` does."""
    settings = settings or StanceSettings()
    spans = phrase_spans(root)
    prepared: list[PreparedItem] = []
    cache: dict[str, tuple[ParsedArticle, tuple[Actor, ...], tuple[Quote, ...], list[OwnSentence]]] = {}
    for item in items:
        article = item.article
        if article.id not in cache:
            parsed = parse_article(article, resources.spacy)
            actors, quotes = _extract(parsed, resources)
            masked = [q for q in quotes if q.direct or settings.mask_indirect]
            cache = {article.id: (parsed, actors, quotes, own_sentences(parsed, masked, sia))}
            if progress:
                progress(article.id)
        parsed, actors, quotes, owned = cache[article.id]
        actor = _matching_actor(item.entity, actors) or entity_actor(article, item.entity)
        about = tuple(actor_sentences(owned, actor, article.id))
        labels = tuple(sentence_label(a, item.entity, spans.get(article.id, [])) for a in about)
        prepared.append(PreparedItem(item, parsed, actor, quotes, about, labels))
    return prepared


def _model_scores(
    prepared: Sequence[PreparedItem], model: StanceModel, embedder: SentenceEmbedder, scale: float
) -> list[float]:
    """Each pair's stance under ``model``: tanh of the summed P(pos) - P(neg) over the entity's sentences."""
    scores: list[float] = []
    for entry in prepared:
        texts, lexical = stance_features(entry.about)
        if not texts:
            scores.append(0.0)
            continue
        margin = model.margins(embedder.embed(texts), np.array(lexical, dtype=np.float64))
        scores.append(math.tanh(float(margin.sum()) / scale))
    return scores


def _fit(prepared: Sequence[PreparedItem], embedder: SentenceEmbedder, regularisation: float) -> StanceModel:
    texts: list[str] = []
    lexical: list[list[float]] = []
    labels: list[str] = []
    for entry in prepared:
        entry_texts, entry_lexical = stance_features(entry.about)
        texts.extend(entry_texts)
        lexical.extend(entry_lexical)
        labels.extend(entry.sentence_labels)
    return StanceModel.fit(embedder.embed(texts), np.array(lexical), labels, regularisation)


def train_half(
    prepared: Sequence[PreparedItem],
    embedder: SentenceEmbedder,
    regularisation: float = DEFAULT_REGULARISATION,
    scale: float = StanceSettings().model_scale,
    folds: int = 5,
) -> tuple[StanceModel, tuple[float, float]]:
    """Train on ``prepared`` and choose the label thresholds on out-of-fold scores (folds by event).

    The thresholds are tuned on scores of models that did not see the pair's event, so they fit what the final
    model does on unseen events, not its in-sample confidence.
    """
    events = sorted({p.item.event for p in prepared})
    out_of_fold = [0.0] * len(prepared)
    for fold in range(folds):
        held = set(events[fold::folds])
        model = _fit([p for p in prepared if p.item.event not in held], embedder, regularisation)
        positions = [i for i, p in enumerate(prepared) if p.item.event in held]
        for i, score in zip(positions, _model_scores([prepared[i] for i in positions], model, embedder, scale),
                            strict=True):
            out_of_fold[i] = score
    thresholds = _tune(out_of_fold, [p.item.label for p in prepared])
    model = _fit(prepared, embedder, regularisation)
    metadata = {
        **model.metadata,
        "thresholds": list(thresholds),
        "scale": scale,
        "trained_on": f"BASIL phrase-level spans, {len(events)} events",
        "out_of_fold_macro_f1": macro_f1(
            [p.item.label for p in prepared], [_label(v, *thresholds) for v in out_of_fold]
        ).macro_f1,
    }
    return replace(model, metadata=metadata), thresholds


def evaluate_stance(
    resources: Resources,
    root: Path = DEFAULT_ROOT,
    settings: StanceSettings | None = None,
    limit_events: int | None = None,
    progress: Callable[[str], None] | None = None,
    model: StanceModel | None = None,
    swapped: bool = True,
) -> StanceReport:
    """Score storylens' stance and the document-sentiment baseline on BASIL (see the module docstring).

    The pipeline's own actors and quotes are used: the entity is the extracted actor whose name or alias shares
    the entity's last word (else the name-match actor), and the extractor's direct quotes are masked besides
    quotation marks — the stance exactly as ``build_comparison`` computes it. ``model`` defaults to the shipped
    one (trained on the even events); its thresholds come from its metadata. With ``swapped`` a model is also
    trained on the odd events here and scored on the even ones.
    """
    settings = settings or StanceSettings()
    model = model or StanceModel.load(resources)
    items = load_basil(root)
    events = sorted({item.event for item in items})
    if limit_events is not None:
        events = events[:limit_events]
        keep = set(events)
        items = [item for item in items if item.event in keep]
    all_events = sorted({item.event for item in load_basil(root)})
    tune_events = set(all_events[0::2])
    sia = sentiment_analyzer()
    embedder = MemoEmbedder(resources.embedder)
    prepared = prepare_items(items, resources, sia, root, settings, progress)
    lexicon: list[float] = []
    name_match: list[float] = []
    baseline: list[float] = []
    document_scores: dict[str, float] = {}
    missing = 0
    for entry in prepared:
        article = entry.item.article
        if article.id not in document_scores:
            document_scores[article.id] = document_sentiment(entry.parsed, sia)
        named = entity_actor(article, entry.item.entity)
        by_name = actor_stance(entry.parsed, [named], [], sia, settings)
        name_match.append(by_name[0].score if by_name else 0.0)
        stances = actor_stance(entry.parsed, [entry.actor], entry.quotes, sia, settings)
        missing += not stances
        lexicon.append(stances[0].score if stances else 0.0)
        baseline.append(document_scores[article.id])
    # The thresholds were tuned on scores at the model's own scale.
    scale = float(model.metadata.get("scale", settings.model_scale))
    ours = _model_scores(prepared, model, embedder, scale)
    gold = [entry.item.label for entry in prepared]
    tune_idx = [i for i, entry in enumerate(prepared) if entry.item.event in tune_events]
    test_idx = [i for i, entry in enumerate(prepared) if entry.item.event not in tune_events]

    def pick(values: Sequence[Any], idx: Sequence[int]) -> list[Any]:
        return [values[i] for i in idx]

    low, high = (float(v) for v in model.metadata.get("thresholds", (0.0, 0.0)))
    ours_labels = [_label(s, low, high) for s in ours]
    lexicon_thresholds = _tune(pick(lexicon, tune_idx), pick(gold, tune_idx))
    base_thresholds = _tune(pick(baseline, tune_idx), pick(gold, tune_idx))
    name_thresholds = _tune(pick(name_match, tune_idx), pick(gold, tune_idx))
    name_labels = [_label(v, *name_thresholds) for v in name_match]
    lexicon_labels = [_label(s, *lexicon_thresholds) for s in lexicon]
    base_labels = [_label(s, *base_thresholds) for s in baseline]
    notes = [f"entities with no sentence found (scored 0): {missing}"]
    swapped_scores: Scores | None = None
    if swapped and tune_idx and test_idx:
        odd_model, odd_thresholds = train_half(pick(prepared, test_idx), embedder, scale=scale)
        odd_trained = _model_scores(pick(prepared, tune_idx), odd_model, embedder, scale)
        swapped_scores = macro_f1(pick(gold, tune_idx), [_label(s, *odd_thresholds) for s in odd_trained])
    return StanceReport(
        thresholds=(low, high),
        baseline_thresholds=base_thresholds,
        held_out=macro_f1(pick(gold, test_idx), pick(ours_labels, test_idx)),
        swapped=swapped_scores,
        lexicon_held_out=macro_f1(pick(gold, test_idx), pick(lexicon_labels, test_idx)),
        lexicon_overall=macro_f1(gold, lexicon_labels),
        baseline_held_out=macro_f1(pick(gold, test_idx), pick(base_labels, test_idx)),
        baseline_overall=macro_f1(gold, base_labels),
        baseline_tune=macro_f1(pick(gold, tune_idx), pick(base_labels, tune_idx)),
        name_match_held_out=macro_f1(pick(gold, test_idx), pick(name_labels, test_idx)),
        pairs=len(prepared),
        events=len(events),
        notes=notes,
    )


def train(
    resources: Resources, root: Path = DEFAULT_ROOT, half: str = "even", output: Path | None = None
) -> StanceModel:
    """Train the shipped stance model on one half of BASIL's events (uuid order) and write it to ``output``."""
    items = load_basil(root)
    events = sorted({item.event for item in items})
    chosen = set(events[0::2] if half == "even" else events[1::2])
    sia = sentiment_analyzer()
    prepared = prepare_items([item for item in items if item.event in chosen], resources, sia, root)
    model, _ = train_half(prepared, MemoEmbedder(resources.embedder))
    model = replace(model, metadata={**model.metadata, "half": half})
    model.save(output or Path(__file__).resolve().parents[1] / "resources" / ARTEFACT_NAME)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    """Print the BASIL stance figures, or (``train``) retrain the shipped model; returns the exit code."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m storylens.evaluate.stance", description=main.__doc__)
    parser.add_argument("command", nargs="?", choices=("evaluate", "train"), default="evaluate")
    parser.add_argument("--basil", type=Path, default=DEFAULT_ROOT, help="BASIL folder (articles/, annotations/)")
    parser.add_argument("--limit-events", type=int, default=None, help="only the first N events (uuid order)")
    parser.add_argument("--no-swapped", action="store_true", help="skip training the swapped-split model")
    parser.add_argument("--output", type=Path, default=None, help="train: where to write the model")
    args = parser.parse_args(argv)
    resources = Resources(load_settings())
    if args.command == "train":
        model = train(resources, args.basil, "even", args.output)
        print(json.dumps(model.metadata, indent=2, sort_keys=True))
        return 0
    report = evaluate_stance(
        resources, args.basil, limit_events=args.limit_events, swapped=not args.no_swapped
    )
    print("\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
