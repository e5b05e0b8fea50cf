"""Claims: the check-worthy sentences of an article, with their numbers, actors, places, dates, source and hedging.

Every sentence of the analysed segments (title, dek, headings, paragraphs — never teasers or boilerplate) is scored
by the :class:`~storylens.extract.checkworthy.CheckworthyModel` on the article's existing spaCy parse; those
scoring at least ``settings.min_checkworthy`` become :class:`~storylens.records.Claim` records.

Who asserts a claim: the speaker of the quote or attribution whose content covers most of the sentence (its actor
id when resolved, else the speaker's words), otherwise ``"outlet"`` — the article asserts it itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence

from spacy.tokens import Span

from storylens.extract.checkworthy import CheckworthyModel
from storylens.extract.hedging import find_hedges
from storylens.extract.parse import ParsedArticle, Sentence
from storylens.extract.quantities import find_quantities
from storylens.records import Actor, Claim, Quote
from storylens.settings import ClaimSettings

__all__ = ["OUTLET", "claim_id", "find_claims", "is_negated", "select_claims"]

#: ``Claim.asserted_by`` of a sentence the article asserts in its own voice.
OUTLET = "outlet"
#: Entity labels that name places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Share of a sentence a quote's content must cover for the sentence to be the speaker's claim.
_MIN_QUOTE_COVER = 0.5


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable claim id: a hash of the article id and the sentence span."""
    return "c_" + hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def is_negated(span: Span) -> bool:
    """Is the main verb of the sentence negated ("did not agree", "never met", "has no plans")?"""
    root = span.root
    heads = [root]
    # Reporting verbs pass the assertion down: in "He said NATO is not ready" the claim is the complement.
    if root.lemma_ in {"say", "tell", "claim", "state", "argue", "insist", "add", "note", "report", "declare"}:
        heads.extend(child for child in root.children if child.dep_ in ("ccomp", "xcomp"))
    for head in heads:
        for child in head.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ == "dobj" and any(t.dep_ == "det" and t.lower_ == "no" for t in child.children):
                return True
    return False


def _quote_for(sentence: Sentence, quotes: Sequence[Quote]) -> Quote | None:
    """The quote whose content (or pieces) covers the largest share of the sentence, if it covers enough.

    Enough is half the sentence, counting the cue and the speaker's words with the content when they sit in the
    sentence ("'…,' says a source close to Rutte, explaining …" is the source's; "The target … reflects this push,
    but critics call it wasteful" stays the outlet's).
    """
    length = max(sentence.end - sentence.start, 1)
    # Several attributions of one speaker in a sentence ("he told the BBC that …, claiming that …") add up.
    by_speaker: dict[str, tuple[float, float, Quote]] = {}
    for quote in quotes:
        pieces = [(p.start, p.end) for p in quote.parts] or [(quote.start, quote.end)]
        content = sum(max(0, min(end, sentence.end) - max(start, sentence.start)) for start, end in pieces)
        if content == 0:
            continue
        if quote.cue_start is not None and quote.cue_end is not None:
            pieces.append((quote.cue_start, quote.cue_end))
        if quote.speaker.start is not None and quote.speaker.end is not None:
            pieces.append((quote.speaker.start, quote.speaker.end))
        share = sum(max(0, min(end, sentence.end) - max(start, sentence.start)) for start, end in pieces) / length
        key = quote.speaker.actor or quote.speaker.text.lower()
        total, top, top_quote = by_speaker.get(key, (0.0, 0.0, quote))
        by_speaker[key] = (total + share, share, quote) if share > top else (total + share, top, top_quote)
    if not by_speaker:
        return None
    total, _, quote = max(by_speaker.values(), key=lambda item: item[0])
    return quote if total >= _MIN_QUOTE_COVER else None


def _actors_in(sentence: Sentence, actors: Sequence[Actor]) -> tuple[str, ...]:
    """Ids of actors mentioned inside the sentence, in order of first mention."""
    firsts: list[tuple[int, str]] = []
    for actor in actors:
        positions = [m.start for m in actor.mentions if sentence.start <= m.start and m.end <= sentence.end]
        if positions:
            firsts.append((min(positions), actor.id))
    return tuple(actor_id for _, actor_id in sorted(firsts))


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def find_claims(
    parsed: ParsedArticle,
    actors: Sequence[Actor],
    quotes: Sequence[Quote],
    model: CheckworthyModel,
    settings: ClaimSettings,
) -> tuple[Claim, ...]:
    """The claims of one parsed article, in reading order (see the module docstring)."""
    sentences = list(parsed.sentences())
    scores = model.score_spans([s.span for s in sentences])
    return tuple(
        _claim(parsed, sentence, score, actors, quotes)
        for sentence, score in zip(sentences, scores, strict=True)
        if score >= settings.min_checkworthy
    )


def select_claims(
    parsed: ParsedArticle,
    actors: Sequence[Actor],
    quotes: Sequence[Quote],
    model: CheckworthyModel,
    keep: Callable[[Claim], bool],
) -> tuple[Claim, ...]:
    """Claims of the sentences whose claim (built before scoring) passes ``keep``, whatever their score.

    Only the kept sentences are scored, so a caller looking for a few sentences of a kind (the compare stage's
    event statements) does not embed the whole article again."""
    candidates = [
        (sentence, claim)
        for sentence in parsed.sentences()
        if keep(claim := _claim(parsed, sentence, 0.0, actors, quotes))
    ]
    scores = model.score_spans([sentence.span for sentence, _ in candidates])
    return tuple(
        dataclasses.replace(claim, checkworthy=round(score, 4))
        for (_, claim), score in zip(candidates, scores, strict=True)
    )


def _claim(
    parsed: ParsedArticle, sentence: Sentence, score: float, actors: Sequence[Actor], quotes: Sequence[Quote]
) -> Claim:
    article = parsed.article
    quantities = find_quantities(sentence.text, offset=sentence.start, published=article.published, span=sentence.span)
    quote = _quote_for(sentence, quotes)
    asserted_by = OUTLET
    if quote is not None:
        asserted_by = quote.speaker.actor or quote.speaker.text or quote.speaker.kind.value
    hedges = find_hedges(sentence.text)
    places = _unique([ent.text for ent in sentence.span.ents if ent.label_ in _PLACE_LABELS])
    dates = _unique([q.time for q in quantities if q.unit == "date" and q.time])
    return Claim(
        id=claim_id(article.id, sentence.start, sentence.end),
        article=article.id,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        checkworthy=round(score, 4),
        hedged=bool(hedges),
        asserted_by=asserted_by,
        actors=_actors_in(sentence, actors),
        quantities=quantities,
        hedges=hedges,
        quote=quote.id if quote else None,
        places=places,
        dates=dates,
        negated=is_negated(sentence.span),
    )
