"""A learned attribution-cue classifier and content-span ranker, applied with numpy on the article's spaCy parse.

Why learned: PolNeAR annotates every attribution — speech, writing, belief, attitude and nominal cues ("in a
statement", "views", "according to") — and after two passes of hand lists most misses had no prediction near
them at all: a long tail of cue words whose meaning depends on their frame ("Trump *called* for a ban" is a cue,
"he *called* the office" is not). A linear model over the parse's local frame learns that tail from the 840
annotated training articles.

Two logistic regressions, trained by :mod:`storylens.evaluate.quotes` (``train-attribution``) on PolNeAR train:

1. **cue**: for each candidate token (verbs, auxiliaries, nouns, "according"), the probability that it heads a
   gold Cue span. Features (:func:`cue_features`): lemma, form, tag, dependency label, the labels of its children
   and the prepositions it takes (each also crossed with the lemma), what kind of subject it has (person/org
   entity, pronoun, role/group/document noun), the head it hangs on, its neighbours, negation, infinitive, and
   where quotation marks stand relative to it.
2. **content**: for a cue, each candidate span the parse offers (:func:`content_candidates`: a complement clause,
   the cue's right-hand dependents, one object/prepositional/infinitive dependent, the rest of the clause it
   modifies, the rest of its sentence) is scored; the best one is the content. Features (:func:`content_features`):
   the candidate's kind crossed with the cue's lemma, dependency and children, its side and length, quotation
   marks in it. PolNeAR contents exclude the complementiser ("that", "whether"), so candidates do too.

The artefact (``resources/attribution-v2.npz``, 0.8 MB, ~72k cue and ~2k content features seen at least 5 times)
holds only arrays (feature names, coefficients, intercepts) and a JSON metadata string — no pickles; it is applied
here with numpy, so scikit-learn is needed only for training. Thresholds (0.45 to add a cue the rules miss, 0.3 to
keep a rule's cue) were chosen on 150 held-out train articles; all-F1 is flat between 0.40 and 0.55.

Measured (``python -m storylens.evaluate.quotes --split dev``, PolNeAR dev, 84 articles, never trained or tuned
on): direct P 0.906 R 0.836 F1 0.870; indirect P 0.655 R 0.582 F1 0.617; all P 0.718 R 0.643 F1 0.679; speaker
accuracy 0.945; 0 crashes (rules alone: direct F1 0.854, all F1 0.624). On held-out train the cue classifier alone
reaches token F1 ≈ 0.79 against gold cue heads, and the ranker picks a matching content for 71% of gold cues (the
parse offers one for 79%). Cost: the quote stage takes ≈ 32 ms CPU per article with the model loaded once
(rules alone ≈ 7 ms); no second parse, no embeddings.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from storylens.errors import ModelError
from storylens.extract.quote_cues import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    ROLE_NOUNS,
    VAGUE_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storylens.nlp import Resources

__all__ = [
    "ARTEFACT_NAME",
    "FEATURE_VERSION",
    "AttributionModel",
    "ContentCandidate",
    "InQuote",
    "QuoteTest",
    "content_candidates",
    "content_features",
    "cue_features",
    "is_cue_candidate",
    "quote_test",
]

#: File name of the shipped model inside ``storylens/resources``; bump when the features change.
ARTEFACT_NAME = "attribution-v2.npz"
#: Version of the feature functions below; a model trained on other features must not be applied.
FEATURE_VERSION = 2

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_MARKERS = frozenset({"that", "whether", "if"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it", "who", "which", "that"})
# Dependents that belong to the cue's own frame, never to its content.
_FRAME_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "advmod", "cc", "conj", "prt", "punct", "mark", "agent"}
)
_QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "«", "»", "``", "''"})
_CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN"})
_LENGTH_BUCKETS = ((1, "1"), (3, "2-3"), (8, "4-8"), (20, "9-20"), (10**9, "21+"))
# Longest content span offered to the ranker, in tokens (a whole long sentence is still one candidate).
_MAX_CONTENT_TOKENS = 150

class QuoteTest:
    """Whether tokens stand inside quotation marks, for the docs of one article's parsed segments.

    ``segments`` are (doc, offset of the segment in the article); ``pieces`` the article's sorted quoted inner
    spans (from :func:`~storylens.extract.quote_marks.find_quoted_spans`). Flags are worked out once per doc, on
    first use, and kept in this object only (it lives as long as one article's extraction). Tokens of docs not
    given are never quoted.
    """

    def __init__(self, segments: Sequence[tuple[Doc, int]], pieces: Sequence[tuple[int, int]]) -> None:
        self._offsets = {id(doc): offset for doc, offset in segments}
        self._pieces = list(pieces)
        self._starts = [p[0] for p in pieces]
        self._flags: dict[int, tuple[list[bool], list[int]]] = {}

    def _doc_flags(self, doc: Doc) -> tuple[list[bool], list[int]]:
        """Per-token flags of ``doc`` and their running count (``count[i]`` = quoted tokens before token i)."""
        key = id(doc)
        if key not in self._flags:
            offset = self._offsets.get(key)
            flags = [False] * len(doc)
            if offset is not None:
                for token in doc:
                    start = offset + token.idx
                    i = bisect.bisect_right(self._starts, start) - 1
                    flags[token.i] = (
                        i >= 0 and self._pieces[i][0] <= start and start + len(token.text) <= self._pieces[i][1]
                    )
            counts = [0]
            for flag in flags:
                counts.append(counts[-1] + flag)
            self._flags[key] = (flags, counts)
        return self._flags[key]

    def __call__(self, token: Token) -> bool:
        return self._doc_flags(token.doc)[0][token.i]

    def any_between(self, doc: Doc, start: int, end: int) -> bool:
        """Whether any token ``doc[start:end]`` is quoted."""
        counts = self._doc_flags(doc)[1]
        return end > start and counts[end] - counts[start] > 0


#: The quote test the feature functions take.
InQuote = QuoteTest


def quote_test(segments: Sequence[tuple[Doc, int]], pieces: Sequence[tuple[int, int]]) -> QuoteTest:
    """A :class:`QuoteTest` for one article (see there)."""
    return QuoteTest(segments, pieces)


def is_cue_candidate(token: Token) -> bool:
    """Tokens the cue classifier scores: verbs, auxiliaries, nouns and the "according" of "according to"."""
    return token.pos_ in _CANDIDATE_POS or token.lower_ == "according"


def _subject_kind(token: Token) -> tuple[str, str | None]:
    """A coarse class of the cue's subject and, for common nouns, its lemma."""
    subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        if token.dep_ == "acl" or token.dep_ == "relcl":
            return "rel", None
        return "none", None
    if subject.ent_type_:
        return "ent_" + subject.ent_type_, None
    lower = subject.lower_
    if subject.pos_ == "PRON":
        return ("pron_" + lower if lower in _PERSONAL_PRONOUNS else "pron"), None
    lemma = subject.lemma_.lower()
    if subject.pos_ == "PROPN":
        return "propn", None
    for name, words in (
        ("anon", ANONYMOUS_HEADS),
        ("vague", VAGUE_HEADS),
        ("role", ROLE_NOUNS),
        ("inst", INSTITUTION_NOUNS),
        ("doc", DOCUMENT_NOUNS),
    ):
        if lemma in words:
            return "noun_" + name, lemma
    return "noun_" + subject.pos_, lemma


def cue_features(token: Token, in_quote: InQuote) -> list[str]:
    """The feature strings of one candidate cue token (see the module docstring)."""
    lemma = token.lemma_.lower()
    features = [
        "l=" + lemma,
        "w=" + token.lower_,
        "t=" + token.tag_,
        "p=" + token.pos_,
        "d=" + token.dep_,
        "l|d=" + lemma + "|" + token.dep_,
        "l|t=" + lemma + "|" + token.tag_,
    ]
    if token.head is not token:
        features += ["hd=" + token.head.dep_, "hp=" + token.head.pos_, "hl=" + token.head.lemma_.lower()]
        features.append("d|hp=" + token.dep_ + "|" + token.head.pos_)
        features.append("l|hl=" + lemma + "|" + token.head.lemma_.lower())
    deps: set[str] = set()
    for child in token.children:
        deps.add(child.dep_)
        if child.dep_ == "prep":
            features += ["pr=" + child.lower_, "l|pr=" + lemma + "|" + child.lower_]
        elif child.dep_ == "ccomp":
            marker = next((c.lower_ for c in child.children if c.dep_ == "mark"), "none")
            features += ["mark=" + marker, "cc_side=" + ("r" if child.i > token.i else "l")]
        elif child.dep_ == "aux" and child.lower_ == "to":
            features.append("inf")
        elif child.dep_ == "neg":
            features.append("neg")
        elif child.dep_ == "prt":
            features.append("l|prt=" + lemma + "|" + child.lower_)
    for dep in deps:
        features += ["c=" + dep, "l|c=" + lemma + "|" + dep]
    frame = "+".join(sorted(deps & {"ccomp", "xcomp", "dobj", "prep", "nsubj", "nsubjpass"}))
    features += ["cs=" + frame, "l|cs=" + lemma + "|" + frame]
    kind, subject_lemma = _subject_kind(token)
    features += ["s=" + kind, "l|s=" + lemma + "|" + kind.split("_", 1)[0]]
    if subject_lemma is not None:
        features.append("sl=" + subject_lemma)
    doc = token.doc
    features.append("n-1=" + (doc[token.i - 1].lower_ if token.i > 0 else "<s>"))
    features.append("n+1=" + (doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"))
    if token.i + 1 < len(doc):
        features.append("l|n+1=" + lemma + "|" + doc[token.i + 1].lower_)
    if in_quote(token):
        features.append("inq")
    sentence = token.sent
    quoted_before = in_quote.any_between(doc, sentence.start, token.i)
    quoted_after = in_quote.any_between(doc, token.i + 1, sentence.end)
    quote_side = "q=" + ("b" if quoted_before else "") + ("a" if quoted_after else "")
    features += [quote_side, "l|" + quote_side + "|" + lemma]
    if token.pos_ == "NOUN":
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        features.append("poss=" + ("none" if owner is None else owner.ent_type_ or owner.pos_))
    window = doc[max(sentence.start, token.i - 3) : min(sentence.end, token.i + 4)]
    if any(t.text in _QUOTE_MARKS for t in window):
        features += ["qnear", "l|qnear=" + lemma]
    if token.i == sentence.start or (token.i > sentence.start and doc[token.i - 1].is_punct):
        features.append("after_punct")
    return features


@dataclass(frozen=True)
class ContentCandidate:
    """A span the parse offers as a cue's content: token indices ``first..last`` (inclusive) of the cue's doc."""

    kind: str
    first: int
    last: int


def _strip(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """First/last token index without a leading complementiser, leading/trailing punctuation (quote marks stay)."""
    items = [t for t in tokens if not t.is_space]
    while items and (
        (items[0].is_punct and items[0].text not in _QUOTE_MARKS)
        or (items[0].lower_ in _MARKERS and items[0].dep_ == "mark")
        or items[0].dep_ == "cc"
    ):
        items = items[1:]
    while items and items[-1].is_punct and items[-1].text not in _QUOTE_MARKS:
        items = items[:-1]
    if not items:
        return None
    return items[0].i, items[-1].i


def content_candidates(token: Token) -> list[ContentCandidate]:
    """Spans the parse offers as the content of cue ``token`` (kinds: ``ccomp``, ``right``, ``child_<dep>``,
    ``head_rest``, ``sent_rest``), without duplicates, each at most 150 tokens."""
    found: dict[tuple[int, int], str] = {}

    def offer(kind: str, tokens: Iterable[Token]) -> None:
        ordered = sorted(tokens, key=lambda t: t.i)
        span = _strip(ordered)
        if span is None or span[1] - span[0] >= _MAX_CONTENT_TOKENS:
            return
        if span[0] <= token.i <= span[1] and kind not in {"head_rest", "sent_rest"}:
            return
        found.setdefault(span, kind)

    cue_subtree = set(t.i for t in token.subtree)
    for child in token.children:
        if child.dep_ == "ccomp":
            offer("ccomp", child.subtree)
    right = [t for c in token.children if c.i > token.i and c.dep_ not in _FRAME_DEPS for t in c.subtree]
    if right:
        offer("right", right)
    for child in token.children:
        if child.dep_ in {"dobj", "xcomp", "prep", "advcl", "oprd", "dative", "attr", "acomp", "nsubjpass"}:
            offer("child_" + child.dep_, child.subtree)
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ in {"pobj", "pcomp"}:
                    offer("prep_object", grandchild.subtree)
    if token.head is not token:
        offer("head_rest", (t for t in token.head.subtree if t.i not in cue_subtree))
    offer("sent_rest", (t for t in token.sent if t.i not in cue_subtree))
    return [ContentCandidate(kind, first, last) for (first, last), kind in found.items()]


def content_features(token: Token, candidate: ContentCandidate, in_quote: InQuote) -> list[str]:
    """The feature strings of one (cue, candidate content) pair."""
    lemma = token.lemma_.lower()
    kind = candidate.kind
    doc = token.doc
    span = doc[candidate.first : candidate.last + 1]
    length = len(span)
    bucket = next(name for limit, name in _LENGTH_BUCKETS if length <= limit)
    side = "r" if candidate.first > token.i else "l" if candidate.last < token.i else "in"
    deps = sorted({c.dep_ for c in token.children} & {"ccomp", "xcomp", "dobj", "prep", "advcl", "dative"})
    quoted = sum(1 for t in span if in_quote(t)) / max(1, length)
    features = [
        "k=" + kind,
        "k|l=" + kind + "|" + lemma,
        "k|d=" + kind + "|" + token.dep_,
        "k|len=" + kind + "|" + bucket,
        "k|side=" + kind + "|" + side,
        "k|cs=" + kind + "|" + "+".join(deps),
        "k|q=" + kind + "|" + ("all" if quoted > 0.9 else "some" if quoted > 0 else "none"),
        "len=" + bucket,
    ]
    if kind.startswith("child_") or kind == "ccomp":
        head = next((c for c in token.children if c.left_edge.i <= candidate.first and candidate.last <= c.right_edge.i
                     and c.i >= candidate.first), None)
        if head is not None and head.dep_ == "prep":
            features.append("k|prep=" + kind + "|" + head.lower_)
    if span[0].text in _QUOTE_MARKS:
        features.append("starts_quote")
    return features


def _sigmoid(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-x))
    return result


@dataclass(frozen=True)
class _Linear:
    """One logistic regression over binary feature strings."""

    vocabulary: dict[str, int]
    coef: npt.NDArray[np.float64]
    intercept: float

    def logits(self, rows: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
        out = np.full(len(rows), self.intercept, dtype=np.float64)
        for i, features in enumerate(rows):
            indices = [self.vocabulary[f] for f in set(features) if f in self.vocabulary]
            if indices:
                out[i] += float(self.coef[indices].sum())
        return out


@dataclass(frozen=True)
class AttributionModel:
    """The trained cue classifier and content ranker; build with :meth:`load`."""

    cue: _Linear
    content: _Linear
    #: A token the rules miss becomes a cue at this probability.
    threshold: float
    #: A cue the rules found is dropped below this probability.
    veto_threshold: float
    metadata: dict[str, Any]

    @classmethod
    def load(cls, resources: Resources | None = None, path: str | Path | None = None) -> AttributionModel:
        """Load the shipped artefact (or ``path``); with ``resources`` it is loaded once per process."""

        def factory() -> AttributionModel:
            if path is not None:
                return cls.from_file(Path(path))
            ref = importlib_resources.files("storylens.resources").joinpath(ARTEFACT_NAME)
            with importlib_resources.as_file(ref) as file:
                return cls.from_file(file)

        if resources is None:
            return factory()
        model: AttributionModel = resources.extra(ARTEFACT_NAME, factory)
        return model

    @classmethod
    def from_file(cls, path: Path) -> AttributionModel:
        """Read an artefact written by :meth:`save`."""
        try:
            with np.load(path, allow_pickle=False) as data:
                metadata = json.loads(str(data["metadata"]))
                if metadata.get("feature_version") != FEATURE_VERSION:
                    raise ModelError(
                        f"{path}: attribution model has feature version {metadata.get('feature_version')}, "
                        f"this code needs {FEATURE_VERSION}: retrain with `python -m storylens.evaluate.quotes "
                        "train-attribution`"
                    )
                cue = _Linear(
                    {str(n): i for i, n in enumerate(data["cue_names"])},
                    np.asarray(data["cue_coef"], dtype=np.float64),
                    float(data["cue_intercept"]),
                )
                content = _Linear(
                    {str(n): i for i, n in enumerate(data["content_names"])},
                    np.asarray(data["content_coef"], dtype=np.float64),
                    float(data["content_intercept"]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"{path}: cannot read the attribution model ({exc}); reinstall storylens") from exc
        return cls(cue, content, float(metadata["threshold"]), float(metadata["veto_threshold"]), metadata)

    def save(self, path: Path) -> None:
        """Write the model as plain arrays plus JSON metadata (no pickles)."""
        cue_names = sorted(self.cue.vocabulary, key=self.cue.vocabulary.__getitem__)
        content_names = sorted(self.content.vocabulary, key=self.content.vocabulary.__getitem__)
        metadata = dict(
            self.metadata,
            threshold=self.threshold,
            veto_threshold=self.veto_threshold,
            feature_version=FEATURE_VERSION,
        )
        np.savez_compressed(
            path,
            cue_names=np.array(cue_names),
            cue_coef=self.cue.coef.astype(np.float32),
            cue_intercept=np.array(self.cue.intercept),
            content_names=np.array(content_names),
            content_coef=self.content.coef.astype(np.float32),
            content_intercept=np.array(self.content.intercept),
            metadata=np.array(json.dumps(metadata, sort_keys=True)),
        )

    @classmethod
    def from_parts(
        cls,
        cue: tuple[Sequence[str], npt.NDArray[np.float64], float],
        content: tuple[Sequence[str], npt.NDArray[np.float64], float],
        threshold: float,
        veto_threshold: float,
        metadata: dict[str, Any],
    ) -> AttributionModel:
        """Build a model from (feature names, coefficients, intercept) of each regression."""
        return cls(
            _Linear({n: i for i, n in enumerate(cue[0])}, np.asarray(cue[1], dtype=np.float64), float(cue[2])),
            _Linear(
                {n: i for i, n in enumerate(content[0])}, np.asarray(content[1], dtype=np.float64), float(content[2])
            ),
            threshold,
            veto_threshold,
            metadata,
        )

    def cue_probabilities(self, rows: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
        """Probability that each candidate token (given by its :func:`cue_features`) heads an attribution cue."""
        return _sigmoid(self.cue.logits(rows))

    def best_content(
        self, token: Token, in_quote: InQuote
    ) -> tuple[ContentCandidate, float] | None:
        """The highest-scoring content candidate of cue ``token`` and its probability, or None if it has none."""
        candidates = content_candidates(token)
        if not candidates:
            return None
        scores = _sigmoid(self.content.logits([content_features(token, c, in_quote) for c in candidates]))
        best = int(np.argmax(scores))
        return candidates[best], float(scores[best])
