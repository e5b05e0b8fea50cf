"""Quality gate for quote attribution, over PolNeAR (``../shared/eval/polnear/``).

PolNeAR annotates every attribution of 2016 US political news (Source, Cue, Content spans, brat format). For each
article the first annotation file by name is used (``<article>_<annotator>.ann``; several annotators annotated
some articles) — deterministic, and no double counting.

Scoring, per article and summed:

* content match: a predicted and a gold content overlap by at least half of the longer of the two (pieces of a
  split quote are summed); pairs are matched one-to-one, largest overlap first;
* direct: gold attributions whose content begins and ends within quotation marks (and is mostly quoted), found
  by a plain scan independent of the extractor's quote-mark pairing, against predicted direct quotes;
  indirect: all other gold attributions against all other predictions (partial and mixed quotes included, as
  PolNeAR's content of `called X "Y"` is the object and the quoted complement); all: everything;
* speaker accuracy: among matched pairs whose gold attribution has a Source, the share where the predicted
  speaker span overlaps it;
* crashes: articles where extraction raised.

``python -m storylens.evaluate.quotes --split dev`` prints the figures;
``python -m storylens.evaluate.quotes train-attribution`` retrains the attribution model
(:mod:`storylens.extract.attribution_model`) on PolNeAR train and writes ``resources/attribution-v1.npz``.
Both take ``--parse-cache DIR`` to keep the spaCy parses of a split between runs (parsing is most of the time).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.tokens import Doc, DocBin, Token

from storylens.extract.actors import find_actors
from storylens.extract.attribution_model import (
    ARTEFACT_NAME,
    AttributionModel,
    InQuote,
    content_candidates,
    content_features,
    cue_features,
    is_cue_candidate,
    quote_test,
)
from storylens.extract.parse import ParsedArticle, ParsedSegment, parse_article
from storylens.extract.quote_marks import find_quoted_spans
from storylens.extract.quotes import find_quotes
from storylens.nlp import Resources
from storylens.records import Article, Quote, Segment, SegmentKind
from storylens.settings import QuoteSettings, load_settings

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "GoldAttribution",
    "QuoteScores",
    "Score",
    "article_from_text",
    "default_polnear_dir",
    "evaluate_polnear",
    "load_polnear",
    "main",
]



#: Cue probability at which a token the rules miss becomes a cue, and below which a rule's cue is dropped; chosen
#: on 150 held-out train articles with the model trained on the other 690 (all-F1 is flat from 0.40 to 0.55).
DEFAULT_THRESHOLD = 0.45
DEFAULT_VETO_THRESHOLD = 0.3


def default_polnear_dir() -> Path:
    """``../shared/eval/polnear`` beside the repository (where CI checks ``shared/`` out)."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "polnear"


@dataclass(frozen=True)
class GoldAttribution:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    direct: bool


@dataclass
class Score:
    """Counts for one category; precision, recall and F1 derived."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class QuoteScores:
    direct: Score = field(default_factory=Score)
    indirect: Score = field(default_factory=Score)
    all: Score = field(default_factory=Score)
    speaker_correct: int = 0
    speaker_total: int = 0
    crashes: int = 0
    articles: int = 0
    seconds: float = 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    def report(self) -> str:
        """A plain-text table of the figures."""
        per_article = self.seconds / self.articles if self.articles else 0.0
        lines = [
            f"PolNeAR: {self.articles} articles, {self.crashes} crashes, actors+quotes {self.seconds:.1f} CPU s"
            f" ({1000 * per_article:.0f} ms/article)"
        ]
        for name, score in (("direct", self.direct), ("indirect", self.indirect), ("all", self.all)):
            lines.append(
                f"{name:9s} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
                f"  (tp {score.true_positives}, predicted {score.predicted}, gold {score.gold})"
            )
        lines.append(f"speaker accuracy {self.speaker_accuracy:.3f} ({self.speaker_correct}/{self.speaker_total})")
        return "\n".join(lines)


def article_from_text(article_id: str, text: str, source: str = "", outlet: str | None = None) -> Article:
    """An Article with one paragraph segment per non-blank line (offsets exact into ``text``)."""
    segments = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        segments.append(Segment(SegmentKind.PARAGRAPH, start, start + len(stripped), stripped))
    return Article(
        id=article_id,
        source=source or article_id,
        outlet=outlet,
        title=None,
        published=None,
        language="en",
        text=text,
        segments=tuple(segments),
    )


def _spans(field_text: str) -> tuple[tuple[int, int], ...]:
    pieces = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def _quoted_mask(text: str) -> list[bool]:
    """For each character, whether it stands inside quotation marks, by a plain left-to-right scan per line.

    Deliberately independent of :mod:`storylens.extract.quote_marks` (the gold side must not share the extractor's
    mistakes): curly and angle marks open and close, a straight double mark (or '') toggles, a single curly mark
    opens after a space and closes before a non-letter (so apostrophes do not count). A line opening a quote it
    never closes is quoted to its end (multi-paragraph quotes).
    """
    mask = [False] * len(text)
    double = single = False
    for i, ch in enumerate(text):
        if ch == "\n":
            double = single = False
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == "'" and (after == "'" or before == "'"):
            if after == "'":
                double = not double  # ''old-style double quotes''
        elif ch in "“«":
            double = True
        elif ch in "”»":
            double = False
        elif ch == '"':
            double = not double
        elif ch == "‘" and not before.isalnum():
            single = True
        elif ch == "’" and single and not after.isalnum():
            single = False
        mask[i] = double or single
    return mask


def _is_direct(mask: Sequence[bool], text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """Whether a gold content is a quotation: it begins and ends inside quotation marks, and most of it is quoted.

    Annotators sometimes run one content piece across the cue between two quotations ('…life.” He added, “I
    will …'); that stays direct. A clause that merely ends in quoted words ('that “…”') is mixed, not direct.
    """
    letters = [i for start, end in pieces for i in range(start, min(end, len(text))) if text[i].isalnum()]
    if not letters or not (mask[letters[0]] and mask[letters[-1]]):
        return False
    return sum(mask[i] for i in letters) >= 0.5 * len(letters)


def _parse_ann(text: str, ann: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, offsets = fields[1].partition(" ")
            try:
                spans[fields[0]] = (kind, _spans(offsets))
            except ValueError:
                continue
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append(roles)
    gold = []
    mask = _quoted_mask(text)
    for roles in events:
        content = spans.get(roles.get("Content", ""), ("", ()))[1]
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ("", ()))[1]
        cue = spans.get(roles.get("Cue", ""), ("", ()))[1]
        gold.append(GoldAttribution(content, source, cue, _is_direct(mask, text, content)))
    return gold


def load_polnear(split: str, root: Path | None = None) -> list[tuple[str, str, list[GoldAttribution]]]:
    """(article name, text, gold attributions) for each article of ``split`` ("train" or "dev"), sorted by name."""
    base = (root or default_polnear_dir()) / split
    items = []
    annotations = sorted((base / "attributions").glob("*.ann"))
    for text_path in sorted((base / "text").glob("*.txt")):
        stem = text_path.stem
        candidates = [a for a in annotations if a.name.startswith(stem + "_")]
        if not candidates:
            continue
        text = text_path.read_text(encoding="utf-8")
        items.append((stem, text, _parse_ann(text, candidates[0].read_text(encoding="utf-8"))))
    return items


def parsed_polnear(
    split: str, nlp: Language, root: Path | None = None, cache_dir: Path | None = None, limit: int | None = None
) -> list[tuple[str, list[GoldAttribution], ParsedArticle]]:
    """(article name, gold attributions, parse) for the first ``limit`` articles of ``split``.

    With ``cache_dir`` the parses of the whole split are kept there as one spaCy ``DocBin`` (plain spaCy
    serialisation, no pickles) and reused while the split's texts and the model are unchanged.
    """
    items = load_polnear(split, root)
    articles = [article_from_text(name, text) for name, text, _ in items]
    cache = None
    if cache_dir is not None:
        digest = hashlib.sha1(nlp.meta.get("version", "").encode())
        for name, text, _ in items:
            digest.update(name.encode() + b"\0" + text.encode())
        cache = cache_dir / f"polnear-{split}-{digest.hexdigest()[:12]}.spacy"
    docs: list[Doc]
    if cache is not None and cache.is_file():
        docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    else:
        chosen = articles if cache is not None else articles[:limit] if limit else articles
        docs = [s.doc for article in chosen for s in parse_article(article, nlp).segments]
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(DocBin(docs=docs).to_bytes())
    result: list[tuple[str, list[GoldAttribution], ParsedArticle]] = []
    position = 0
    for (name, _, gold), article in zip(items, articles, strict=False):
        if limit and len(result) >= limit:
            break
        segments = article.analysed_segments()
        pieces = docs[position : position + len(segments)]
        position += len(segments)
        parsed = ParsedArticle(article, tuple(ParsedSegment(s, d) for s, d in zip(segments, pieces, strict=True)))
        result.append((name, gold, parsed))
    return result


def _article_quote_test(parsed: ParsedArticle) -> InQuote:
    quoted = find_quoted_spans([(s.offset, s.segment.text) for s in parsed.segments])
    pieces = sorted(p for q in quoted for p in q.pieces)
    return quote_test([(s.doc, s.offset) for s in parsed.segments], pieces)


def _gold_cue_head(parsed: ParsedArticle, cue: tuple[int, int], content_start: int | None = None) -> Token | None:
    """The token heading a gold Cue span: its verb nearest the content (the last verb when the content follows,
    "will come on the show to *talk* about …"), else the token whose head lies outside the span."""
    for segment in parsed.segments:
        if not (segment.offset <= cue[0] < segment.offset + len(segment.segment.text)):
            continue
        offset = segment.offset
        inside = [t for t in segment.doc if offset + t.idx < cue[1] and cue[0] < offset + t.idx + len(t)]
        if not inside:
            return None
        indices = {t.i for t in inside}
        verbs = [t for t in inside if t.pos_ == "VERB"]
        if verbs and content_start is not None and content_start >= cue[1]:
            return verbs[-1]
        heads = [t for t in inside if t.head.i not in indices or t.head is t]
        return (verbs or heads or inside)[0]
    return None


def attribution_examples(
    parsed: ParsedArticle, gold: Sequence[GoldAttribution]
) -> tuple[list[list[str]], list[int], list[list[str]], list[int]]:
    """Training rows of one article: (cue feature rows, cue labels, content feature rows, content labels).

    Every cue candidate token is a cue row, labelled 1 when it heads a gold Cue; every content candidate of a gold
    cue head is a content row, labelled 1 when it matches the gold Content (the scoring's half-overlap rule).
    """
    in_quote = _article_quote_test(parsed)
    heads: dict[tuple[int, int], list[GoldAttribution]] = {}
    for attribution in gold:
        if not attribution.cue:
            continue
        head = _gold_cue_head(parsed, attribution.cue[0], attribution.content[0][0])
        if head is not None and is_cue_candidate(head):
            heads.setdefault((id(head.doc), head.i), []).append(attribution)
    cue_rows: list[list[str]] = []
    cue_labels: list[int] = []
    content_rows: list[list[str]] = []
    content_labels: list[int] = []
    for segment in parsed.segments:
        for token in segment.doc:
            if not is_cue_candidate(token):
                continue
            attributions = heads.get((id(token.doc), token.i), [])
            cue_rows.append(cue_features(token, in_quote))
            cue_labels.append(1 if attributions else 0)
            if not attributions:
                continue
            for candidate in content_candidates(token):
                span = (
                    segment.offset + segment.doc[candidate.first].idx,
                    segment.offset + segment.doc[candidate.last].idx + len(segment.doc[candidate.last]),
                )
                hit = any(_matches((span,), a.content) for a in attributions)
                content_rows.append(content_features(token, candidate, in_quote))
                content_labels.append(1 if hit else 0)
    return cue_rows, cue_labels, content_rows, content_labels


def _fit(
    rows: Sequence[Sequence[str]], labels: Sequence[int], c: float, min_count: int
) -> tuple[list[str], Any, float]:
    """A logistic regression over binary feature strings seen at least ``min_count`` times."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for row in rows for f in set(row))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    vocabulary = {f: i for i, f in enumerate(names)}
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        indices.extend(sorted({vocabulary[f] for f in row if f in vocabulary}))
        indptr.append(len(indices))
    matrix = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(names)))
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
    model.fit(matrix, np.asarray(labels))
    return names, model.coef_[0], float(model.intercept_[0])


def train_attribution_model(
    items: Sequence[tuple[str, Sequence[GoldAttribution], ParsedArticle]],
    threshold: float = DEFAULT_THRESHOLD,
    veto_threshold: float = DEFAULT_VETO_THRESHOLD,
    c_cue: float = 0.3,
    c_content: float = 0.3,
    min_count: int = 5,
) -> AttributionModel:
    """Train the cue classifier and the content ranker on (name, gold, parse) items (PolNeAR train)."""
    cue_rows: list[list[str]] = []
    cue_labels: list[int] = []
    content_rows: list[list[str]] = []
    content_labels: list[int] = []
    for _, gold, parsed in items:
        a, b, c, d = attribution_examples(parsed, gold)
        cue_rows += a
        cue_labels += b
        content_rows += c
        content_labels += d
    cue = _fit(cue_rows, cue_labels, c_cue, min_count)
    content = _fit(content_rows, content_labels, c_content, min_count)
    metadata = {
        "trained_on": f"PolNeAR train, {len(items)} articles",
        "cue_rows": len(cue_rows),
        "cue_positives": int(sum(cue_labels)),
        "content_rows": len(content_rows),
        "content_positives": int(sum(content_labels)),
        "c_cue": c_cue,
        "c_content": c_content,
        "min_count": min_count,
    }
    return AttributionModel.from_parts(cue, content, threshold, veto_threshold, metadata)


def _matches(predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> bool:
    shared = _overlap(predicted, gold)
    return bool(shared) and shared >= 0.5 * max(_length(predicted), _length(gold))


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


def _pred_spans(quote: Quote) -> tuple[tuple[int, int], ...]:
    return tuple((p.start, p.end) for p in quote.parts) or ((quote.start, quote.end),)


def _match(
    predicted: Sequence[Quote], gold: Sequence[GoldAttribution]
) -> list[tuple[Quote, GoldAttribution]]:
    pairs = []
    for p in predicted:
        p_spans = _pred_spans(p)
        for g in gold:
            shared = _overlap(p_spans, g.content)
            if shared and shared >= 0.5 * max(_length(p_spans), _length(g.content)):
                pairs.append((shared, p, g))
    pairs.sort(key=lambda t: -t[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, p, g in pairs:
        if id(p) in used_p or id(g) in used_g:
            continue
        used_p.add(id(p))
        used_g.add(id(g))
        matched.append((p, g))
    return matched


def _score(predicted: Sequence[Quote], gold: Sequence[GoldAttribution]) -> Score:
    return Score(len(_match(predicted, gold)), len(predicted), len(gold))


def _is_predicted_direct(quote: Quote) -> bool:
    # Partial quotes are not direct: they are scored with the indirect ones (see the module docstring).
    return quote.direct


def evaluate_polnear(
    split: str = "dev",
    resources: Resources | None = None,
    limit: int | None = None,
    root: Path | None = None,
    settings: QuoteSettings | None = None,
    parse_cache: Path | None = None,
    model: AttributionModel | None = None,
    learned: bool = True,
) -> QuoteScores:
    """Run actor and quote extraction over PolNeAR ``split`` and score it (see the module docstring).

    ``model`` is passed to :func:`~storylens.extract.quotes.find_quotes` (None: the shipped model;
    ``learned=False``: the rules alone). ``seconds``
    is the CPU time of actor and quote extraction only (parsing excluded), so it measures the quote stage.
    """
    resources = resources or Resources()
    settings = settings or QuoteSettings()
    scores = QuoteScores()
    nlp = resources.spacy  # a missing model is an error to report, not a crash per article
    if learned and model is None:
        model = AttributionModel.load(resources)
    items = parsed_polnear(split, nlp, root, parse_cache, limit)
    for _, gold, parsed in items:
        scores.articles += 1
        began = time.process_time()
        try:
            quotes = find_quotes(parsed, find_actors(parsed), settings, model, learned=learned)
        except Exception:
            scores.crashes += 1
            quotes = ()
        scores.seconds += time.process_time() - began
        _accumulate(scores, quotes, gold)
    return scores


def _accumulate(scores: QuoteScores, quotes: Sequence[Quote], gold: Sequence[GoldAttribution]) -> None:
    scores.direct.add(
        _score([q for q in quotes if _is_predicted_direct(q)], [g for g in gold if g.direct])
    )
    scores.indirect.add(
        _score([q for q in quotes if not _is_predicted_direct(q)], [g for g in gold if not g.direct])
    )
    scores.all.add(_score(quotes, gold))
    for quote, attribution in _match(quotes, gold):
        if not attribution.source:
            continue
        scores.speaker_total += 1
        s = quote.speaker
        if s.start is not None and s.end is not None and _overlap([(s.start, s.end)], attribution.source):
            scores.speaker_correct += 1


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: ``python -m storylens.evaluate.quotes --split dev [--limit N] [--parse-cache DIR]``, or
    ``python -m storylens.evaluate.quotes train-attribution [--parse-cache DIR] [--out PATH]``."""
    args_list = list(argv) if argv is not None else sys.argv[1:]
    if args_list[:1] == ["train-attribution"]:
        return _train_main(args_list[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--root", type=Path, default=None, help="PolNeAR folder (default ../shared/eval/polnear)")
    parser.add_argument("--parse-cache", type=Path, default=None, help="folder to keep the split's spaCy parses in")
    parser.add_argument("--rules-only", action="store_true", help="without the learned attribution model")
    args = parser.parse_args(args_list)
    settings = load_settings()
    resources = Resources(settings)
    scores = evaluate_polnear(
        args.split,
        resources,
        limit=args.limit,
        root=args.root,
        settings=settings.quotes,
        parse_cache=args.parse_cache,
        learned=not args.rules_only,
    )
    sys.stdout.write(scores.report() + "\n")
    return 0


def _train_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Train the attribution model on PolNeAR train.")
    parser.add_argument("--root", type=Path, default=None, help="PolNeAR folder (default ../shared/eval/polnear)")
    parser.add_argument("--parse-cache", type=Path, default=None, help="folder to keep the split's spaCy parses in")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "resources" / ARTEFACT_NAME)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--veto-threshold", type=float, default=DEFAULT_VETO_THRESHOLD)
    args = parser.parse_args(argv)
    resources = Resources(load_settings())
    items = parsed_polnear("train", resources.spacy, args.root, args.parse_cache)
    began = time.process_time()
    model = train_attribution_model(items, threshold=args.threshold, veto_threshold=args.veto_threshold)
    model.save(args.out)
    sys.stdout.write(
        f"trained on {len(items)} articles in {time.process_time() - began:.0f} CPU s: {model.metadata}\n"
        f"wrote {args.out}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
