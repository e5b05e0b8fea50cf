"""Claim alignment across outlets: which claims are about the same thing, and do they agree or conflict?

1. **Pairing.** Claims of different articles are scored by the cosine similarity of their sentence embeddings
   (all-MiniLM-L6-v2 through :class:`storylens.nlp.embed.Embedder`) plus small bonuses for sharing an actor, a
   quantity (same unit and measure) or an event word family ("speech", "spoke", "address" …). Pairs at or above
   ``align_threshold`` are matched one-to-one per pair of articles, best first; matches are joined into groups.
2. **Relation.** No NLI model is available offline, so the relation of a group comes from comparing the
   *structured parts* of its claims, pairwise across articles:

   - quantities with the same unit (and measure, when both know it) and the same reference year: different values
     → conflict when both know what is measured or the sentences are paraphrases, else a difference noted; a
     quantity only one side gives → a complementary detail;
   - venues ("at a security conference in Berlin", "at NATO headquarters"): both give one and they share no word →
     conflict (the same event placed in two places);
   - years: a year only one side names → a detail (years alone are too often about different things to conflict);
   - negation: near-identical sentences (cosine ≥ 0.88), one negated and the other not → conflict;
   - attribution: a statement given to different speakers → a difference noted, never a conflict: across outlets
     the same source is named too differently ("the Bureau of Labor Statistics" / "the Labor Department report",
     an unresolved "CNN's chief medical correspondent" / "Sanjay Gupta") for a reliable verdict;
   - hedging: one hedged and the other not → a difference noted, not a conflict.

   Only the matched pairs are compared (a group chains by transitivity: A's "5.9% this year" matched to B's, and
   B's "4.9% next year" to C's, must not compare A with C). A group with a conflict is ``conflict``; otherwise
   ``agree`` (details listed); a claim in no group is ``unique``.

Venue spotting is a small regex (hand-written: no library marks "where an event took place"; the extractor's
``places`` are all place names in the sentence). Years come from the claim's ``dates`` and quantities, else the text.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from storylens.compare.model import outlet_label
from storylens.records import Alignment, Article, Claim, Quantity, Relation
from storylens.settings import CompareSettings

__all__ = ["AlignSettings", "TextEmbedder", "align_claims", "claim_venues", "claim_years", "is_event_statement"]


class TextEmbedder(Protocol):
    """What alignment needs from an embedder: unit vectors, one row per text."""

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]: ...


@dataclass(frozen=True)
class AlignSettings:
    # Bonus added to the cosine similarity when two claims share a resolved actor.
    actor_bonus: float = 0.08
    # … when they share a quantity of the same unit (and measure).
    quantity_bonus: float = 0.12
    # … when they share an event word family (see EVENT_FAMILIES).
    event_bonus: float = 0.08
    # Two values of one unit differ when their relative difference exceeds this.
    value_tolerance: float = 0.02
    # Within one story nearly every sentence shares topic and actors, so a pair also needs a concrete anchor (a
    # shared number, quantity, year, venue word or event family) unless its cosine alone says paraphrase.
    paraphrase_cosine: float = 0.72
    # A negation conflicts only between sentences this similar (same wording but for the "not").
    negation_cosine: float = 0.88


#: Words naming the same kind of event, so "speaking at X" and "a speech at Y" are recognised as one event.
EVENT_FAMILIES: dict[str, frozenset[str]] = {
    "speech": frozenset({"speech", "speeches", "speak", "speaks", "speaking", "spoke", "address", "addressed",
                         "remarks", "keynote", "lecture"}),
    "meeting": frozenset({"meet", "meets", "met", "meeting", "talks", "summit", "visit", "visited", "visiting"}),
    "agreement": frozenset({"agree", "agreed", "agreement", "deal", "accord", "pact", "treaty", "signed"}),
    "vote": frozenset({"vote", "voted", "votes", "ballot", "election", "elected"}),
    "death": frozenset({"killed", "died", "dead", "deaths", "casualties", "lost", "losses"}),
}

_VENUE_NOUNS = (
    "headquarters|conference|summit|forum|meeting|parliament|congress|hall|palace|embassy|university|ministry|"
    "chancellery|assembly|convention|rally|hearing|briefing|ceremony|gathering|session|base|airport|white house|"
    "kremlin|bundestag|senate|capitol"
)
# "at/in [the|a] [up to four words] <venue noun> [in <Capitalised Place>]"
_VENUE = re.compile(
    r"\b(?i:at|in|before|to)\s+(?i:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?"
    r"((?:(?!(?i:at|in)\b)[\w’'.-]+\s+){0,4}?(?i:" + _VENUE_NOUNS + r")\b"
    r"(?:\s+(?:in|of)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?)"
)
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-9]\d)(?!\d)")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"the", "a", "an", "of", "in", "at", "its", "his", "her", "to", "before", "and"})


def claim_venues(claim: Claim) -> tuple[str, ...]:
    """Where the claim places its event: venue phrases in the text, lower-cased.

    The claim extractor's ``places`` are every place name in the sentence ("Ukraine", "The Hague"), not where the
    event happened, so they are not compared: two claims naming different countries do not conflict.
    """
    return tuple(" ".join(m.group(1).lower().split()) for m in _VENUE.finditer(claim.text))


def is_event_statement(claim: Claim) -> bool:
    """Whether a sentence says where an actor's event took place ("X, speaking at a conference in Berlin, …").

    Such sentences are facts outlets get wrong or tell differently, yet check-worthiness models trained on debate
    sentences score them low; the compare stage aligns them alongside the check-worthy claims.
    """
    return bool(claim.actors) and bool(claim_venues(claim)) and bool(_events(claim))


def claim_years(claim: Claim) -> tuple[str, ...]:
    """Years the claim names (from its dates and quantities' times when given, else from its text)."""
    years = {d[:4] for d in claim.dates if _YEAR.match(d[:4])}
    years |= {q.time[:4] for q in claim.quantities if q.time and _YEAR.match(q.time[:4])}
    if not years:
        # Quantities that are themselves years ("in 2035") must not double as a stray number.
        years = set(_YEAR.findall(claim.text))
    return tuple(sorted(years))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _events(claim: Claim) -> set[str]:
    words = set(_WORD.findall(claim.text.lower()))
    return {family for family, members in EVENT_FAMILIES.items() if words & members}


def _quantity_key(quantity: Quantity) -> tuple[str, str]:
    return ((quantity.unit or "").lower(), (quantity.measure or "").lower())


def _counted(claim: Claim) -> list[Quantity]:
    """Quantities worth comparing: with a value and a unit (a bare "four" and "84" need not count the same thing),
    and not dates (unit "date": those are compared as years). Durations ("20 years", unit "year") do count."""
    return [
        q for q in claim.quantities
        if q.value is not None and q.unit and q.unit.lower() != "date"
    ]


def _same_unit(a: Quantity, b: Quantity) -> bool:
    (unit_a, measure_a), (unit_b, measure_b) = _quantity_key(a), _quantity_key(b)
    return unit_a == unit_b and (not measure_a or not measure_b or measure_a == measure_b)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|million|billion|trillion)?")


_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?=\s+[A-Z])")


def _numbers(claim: Claim) -> set[str]:
    """Numbers in the text, except years that open a name ("the 2025 National Security Strategy")."""
    text = _NAMED_YEAR.sub(" ", claim.text)
    return {" ".join(m.group().replace(",", "").split()) for m in _NUMBER.finditer(text)}


def _anchored(a: Claim, b: Claim) -> bool:
    """Whether two claims share something concrete beyond topic: a number, quantity, year, venue or event."""
    if _numbers(a) & _numbers(b):
        return True
    if any(_same_unit(qa, qb) for qa in _counted(a) for qb in _counted(b)):
        return True
    return bool(_events(a) & _events(b))


def _pair_score(a: Claim, b: Claim, cosine: float, settings: AlignSettings) -> float:
    score = cosine
    if set(a.actors) & set(b.actors):
        score += settings.actor_bonus
    if any(_same_unit(qa, qb) for qa in _counted(a) for qb in _counted(b)):
        score += settings.quantity_bonus
    if _events(a) & _events(b):
        score += settings.event_bonus
    return score


def _fmt_quantity(q: Quantity) -> str:
    return q.text.strip()


def _compare_pair(
    a: Claim, b: Claim, label_a: str, label_b: str, cosine: float, names: Mapping[str, str],
    settings: AlignSettings,
) -> tuple[list[str], list[str]]:
    """(conflicts, details) between two claims of different outlets, each a short phrase naming what differs.

    An unmeasured number conflicts only between paraphrases (cosine at least ``paraphrase_cosine``): in merely
    related sentences such numbers usually count different things ("293,000 claims" vs "300,000 expected"). A
    lone negation conflicts only between near-identical sentences (``negation_cosine``): headlines say the same
    thing with and without a "not" ("CNN shouldn't have called it …" / "admitted it was improper to call it …").
    """
    paraphrase = cosine >= settings.paraphrase_cosine
    near_identical = cosine >= settings.negation_cosine
    conflicts: list[str] = []
    details: list[str] = []
    quantities_b = _counted(b)
    matched_b: set[int] = set()
    for qa in _counted(a):
        same_unit = [(i, qb) for i, qb in enumerate(quantities_b) if _same_unit(qa, qb)]
        close = [
            (i, qb) for i, qb in same_unit
            if qa.value is not None and qb.value is not None
            and abs(qa.value - qb.value) <= settings.value_tolerance * max(abs(qa.value), abs(qb.value), 1e-9)
        ]
        if close:
            matched_b.update(i for i, _ in close)
            continue
        # A value for another year is another fact ("5.9% this year", "4.9% next year"), not a rival value.
        partners = [
            (i, qb) for i, qb in same_unit
            if i not in matched_b and not (qa.time and qb.time and qa.time[:4] != qb.time[:4])
        ]
        if not partners:
            details.append(f"{label_a} adds {_fmt_quantity(qa)}")
            continue
        i, qb = partners[0]
        matched_b.add(i)
        measured = bool(qa.measure and qb.measure)
        what = qa.measure or qa.unit or "value"
        difference = f"{what}: {_fmt_quantity(qa)} ({label_a}) vs {_fmt_quantity(qb)} ({label_b})"
        (conflicts if measured or paraphrase else details).append(difference)
    for i, qb in enumerate(quantities_b):
        if i not in matched_b:
            details.append(f"{label_b} adds {_fmt_quantity(qb)}")
    venues_a, venues_b = claim_venues(a), claim_venues(b)
    if venues_a and venues_b:
        words_a = set().union(*(_words(v) for v in venues_a))
        words_b = set().union(*(_words(v) for v in venues_b))
        if not words_a & words_b:
            conflicts.append(f"place: {venues_a[0]!r} ({label_a}) vs {venues_b[0]!r} ({label_b})")
    elif venues_a or venues_b:
        label, venue = (label_a, venues_a[0]) if venues_a else (label_b, venues_b[0])
        details.append(f"{label} adds the place {venue!r}")
    years_a, years_b = set(claim_years(a)), set(claim_years(b))
    for label, extra, other in ((label_a, years_a - years_b, years_b), (label_b, years_b - years_a, years_a)):
        if extra:
            verb = "adds the date" if not other else "also names"
            details.append(f"{label} {verb} {', '.join(sorted(extra))}")
    if a.negated != b.negated and near_identical:
        negated = label_a if a.negated else label_b
        conflicts.append(f"negation: {negated} says it did not happen")
    if (
        a.asserted_by != b.asserted_by
        and "outlet" not in (a.asserted_by, b.asserted_by)
        and a.quote is not None
        and b.quote is not None
    ):
        who_a, who_b = names.get(a.asserted_by, a.asserted_by), names.get(b.asserted_by, b.asserted_by)
        if not _same_speaker(who_a, who_b):
            details.append(f"attributed to {who_a} ({label_a}) vs {who_b} ({label_b})")
    if a.hedged != b.hedged:
        hedger = label_a if a.hedged else label_b
        words = a.hedges if a.hedged else b.hedges
        details.append(f"{hedger} hedges it" + (f" ({', '.join(words)})" if words else ""))
    return conflicts, details


def _same_speaker(a: str, b: str) -> bool:
    """Whether two speaker descriptions plausibly name the same source ("IMF" / "IMF", "Sanjay Gupta" / "CNN's
    chief medical correspondent Dr. Sanjay Gupta")."""
    words_a, words_b = _words(a), _words(b)
    return not words_a or not words_b or words_a <= words_b or words_b <= words_a


def _alignment_id(relation: Relation, claim_ids: Sequence[str]) -> str:
    digest = hashlib.sha1("|".join(sorted(claim_ids)).encode("utf-8")).hexdigest()[:12]
    return f"al-{relation.value}-{digest}"


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def align_claims(
    claims_by_article: Mapping[str, Sequence[Claim]],
    articles: Sequence[Article],
    embedder: TextEmbedder,
    settings: CompareSettings,
    tuning: AlignSettings | None = None,
    actor_names: Mapping[str, str] | None = None,
) -> tuple[Alignment, ...]:
    """Group the claims of different outlets about the same thing; label each group agree / conflict / unique.

    ``actor_names`` (actor id → name) makes explanations name speakers rather than ids.
    """
    tuning = tuning or AlignSettings()
    names = actor_names or {}
    labels = {a.id: outlet_label(a) for a in articles}
    order = [a.id for a in articles if a.id in claims_by_article]
    claims: list[Claim] = [c for article_id in order for c in claims_by_article[article_id]]
    if not claims:
        return ()
    vectors = embedder.embed([c.text for c in claims])
    similarity = vectors @ vectors.T
    index = {c.id: i for i, c in enumerate(claims)}
    parent = {c.id: c.id for c in claims}
    edges: list[tuple[str, str]] = []  # the matched pairs: only these are compared (groups chain by transitivity)
    for first, article_a in enumerate(order):
        for article_b in order[first + 1:]:
            candidates: list[tuple[float, str, str]] = []
            for a in claims_by_article[article_a]:
                for b in claims_by_article[article_b]:
                    cosine = float(similarity[index[a.id], index[b.id]])
                    score = _pair_score(a, b, cosine, tuning)
                    if score >= settings.align_threshold and (
                        cosine >= tuning.paraphrase_cosine or _anchored(a, b)
                    ):
                        candidates.append((score, a.id, b.id))
            used: set[str] = set()
            for _, a_id, b_id in sorted(candidates, key=lambda item: (-item[0], item[1], item[2])):
                if a_id in used or b_id in used:
                    continue
                used.update((a_id, b_id))
                edges.append((a_id, b_id))
                parent[_find(parent, b_id)] = _find(parent, a_id)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[_find(parent, claim.id)].append(claim)
    alignments: list[Alignment] = []
    for members in groups.values():
        claim_ids = tuple(c.id for c in members)
        if len({c.article for c in members}) < 2:
            for claim in members:
                alignments.append(
                    Alignment(
                        _alignment_id(Relation.UNIQUE, (claim.id,)),
                        Relation.UNIQUE,
                        (claim.id,),
                        f"Only {labels.get(claim.article, claim.article)} reports this.",
                    )
                )
            continue
        conflicts: list[str] = []
        details: list[str] = []
        member_ids = set(claim_ids)
        for a_id, b_id in edges:
            if a_id not in member_ids:
                continue
            a, b = claims[index[a_id]], claims[index[b_id]]
            found_conflicts, found_details = _compare_pair(
                a, b, labels.get(a.article, a.article), labels.get(b.article, b.article),
                float(similarity[index[a.id], index[b.id]]), names, tuning,
            )
            conflicts += [c for c in found_conflicts if c not in conflicts]
            details += [d for d in found_details if d not in details]
        if conflicts:
            relation = Relation.CONFLICT
            explanation = f"Differ on {'; '.join(conflicts)}."
        else:
            relation = Relation.AGREE
            explanation = "Same claim" + (f"; {'; '.join(details)}." if details else " in each outlet.")
        alignments.append(
            Alignment(_alignment_id(relation, claim_ids), relation, claim_ids, explanation, tuple(conflicts + details))
        )
    rank = {Relation.CONFLICT: 0, Relation.AGREE: 1, Relation.UNIQUE: 2}
    position = {c.id: i for i, c in enumerate(claims)}
    return tuple(sorted(alignments, key=lambda al: (rank[al.relation], position[al.claims[0]])))
