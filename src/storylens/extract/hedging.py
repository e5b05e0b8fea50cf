"""Hedge cues in a sentence: words and phrases by which a writer distances itself from what it reports.

Kinds of cue found:

- evidential adverbs: *reportedly, allegedly, supposedly, apparently, purportedly, seemingly, possibly, …*;
- impersonal attribution: *it is said / claimed / believed / reported …*, *X is said / thought / believed to …*;
- modal speculation: *may / might / could* followed by a verb (*could lead*, *may prioritize*);
- appearance verbs: *seems, appears to, is likely to*;
- vague attributions: *some experts note, analysts argue, critics call, sources say, many believe*;
- conditional framing: *if, unless, in the event that, assuming*.

Why hand-written regular expressions: hedge detection libraries on PyPI either need torch models (not allowed
here) or ship the same kind of word lists with no English-news tuning. The cues are a closed class of words, so a
short, readable list is the most predictable and fastest method (a sentence takes microseconds, no parse needed).
The cue is returned exactly as written in the sentence, so callers can show it or count it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Hedge", "find_hedge_spans", "find_hedges"]

_EVIDENTIAL_ADVERBS = [
    "reportedly",
    "allegedly",
    "supposedly",
    "apparently",
    "purportedly",
    "ostensibly",
    "seemingly",
    "possibly",
    "perhaps",
    "presumably",
    "arguably",
    "reputedly",
    "probably",
    "conceivably",
    "maybe",
]

_IMPERSONAL_VERBS = [
    "said",
    "claimed",
    "believed",
    "reported",
    "alleged",
    "thought",
    "understood",
    "rumou?red",
    "suggested",
    "estimated",
    "assumed",
    "feared",
    "expected",
    "suspected",
]

# Speculative modals are hedges only when they govern a verb: "could lead", "may well be", "might not have".
# The month "May" is excluded by requiring lower case (or a sentence-initial capital followed by a lower-case verb).
_MODAL = r"(?:may|might|could|May|Might|Could)(?:\s+(?:well|possibly|also|even|not|never|yet|still|soon|one\s+day))*"
_MODAL_VERB = r"\s+(?!be\s+(?:able|allowed)\b)[a-z]+\b"

_VAGUE_SOURCES = [
    "experts",
    "analysts",
    "critics",
    "observers",
    "commentators",
    "insiders",
    "sources",
    "scholars",
    "economists",
    "skeptics",
    "sceptics",
    "detractors",
    "pundits",
    "watchers",
    "supporters",
    "opponents",
    "people",
    "officials",
    "diplomats",
    "historians",
    "researchers",
    "scientists",
    "some",
    "others",
    "many",
]
_VAGUE_QUANTIFIERS = r"(?:some|many|several|a\s+few|few|most|other|certain|unnamed|anonymous)"
_SPEECH_VERBS = [
    "say",
    "says",
    "said",
    "note",
    "notes",
    "noted",
    "argue",
    "argues",
    "argued",
    "believe",
    "believes",
    "believed",
    "suggest",
    "suggests",
    "suggested",
    "claim",
    "claims",
    "claimed",
    "contend",
    "contends",
    "contended",
    "warn",
    "warns",
    "warned",
    "call",
    "calls",
    "called",
    "fear",
    "fears",
    "feared",
    "think",
    "thinks",
    "thought",
    "maintain",
    "maintains",
    "maintained",
    "insist",
    "insists",
    "insisted",
    "speculate",
    "speculates",
    "speculated",
    "point",
    "points",
    "pointed",
    "worry",
    "worries",
    "worried",
]
# Nouns that are vague on their own ("analysts argue"); the others ("officials said") are vague only with a
# quantifier ("some officials said"), because bare "officials said" usually follows a named body.
_BARE_VAGUE = {
    "experts",
    "analysts",
    "critics",
    "observers",
    "commentators",
    "insiders",
    "sources",
    "skeptics",
    "sceptics",
    "detractors",
    "pundits",
    "watchers",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("evidential", re.compile(r"\b(?:" + "|".join(_EVIDENTIAL_ADVERBS) + r")\b", re.IGNORECASE)),
    (
        "impersonal",
        re.compile(
            r"\bit\s+(?:is|was|has\s+been|had\s+been|is\s+being|was\s+being)\s+(?:widely\s+|generally\s+|also\s+)?"
            r"(?:" + "|".join(_IMPERSONAL_VERBS) + r")\b",
            re.IGNORECASE,
        ),
    ),
    (
        "raising",
        re.compile(
            r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+|also\s+|generally\s+)?"
            r"(?:said|thought|believed|reported|alleged|rumou?red|understood|suspected|presumed)\s+to\b",
            re.IGNORECASE,
        ),
    ),
    ("modal", re.compile(r"\b" + _MODAL + _MODAL_VERB)),
    (
        "appearance",
        re.compile(
            r"\b(?:seems?|seemed|seemingly|appears?\s+to|appeared\s+to|it\s+appears|it\s+appeared"
            r"|(?:is|are|was|were)\s+(?:un)?likely\s+to|likely|unlikely|suggests?\s+that|hint(?:s|ed|ing)?\s+at)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:(?:" + _VAGUE_QUANTIFIERS + r")\s+(?:" + "|".join(_VAGUE_SOURCES) + r")"
            r"|(?:" + "|".join(sorted(_BARE_VAGUE)) + r"))"
            r"\s+(?:" + "|".join(_SPEECH_VERBS) + r")\b",
            re.IGNORECASE,
        ),
    ),
    ("vague", re.compile(r"\baccording\s+to\s+(?:some|many|several|unnamed|anonymous|reports)\b", re.IGNORECASE)),
    (
        "unverified",
        re.compile(r"\b(?:unconfirmed|unverified|rumou?rs?|speculation|speculative)\b", re.IGNORECASE),
    ),
    (
        "conditional",
        re.compile(
            r"\b(?:if|unless|in\s+the\s+event\s+that|assuming\s+that|provided\s+that|should\s+it)\b", re.IGNORECASE
        ),
    ),
)

# Words that follow "may/might/could" but are not verbs ("could you", "may I" in questions are rare in news; what
# does occur is the modal ending a clause before a noun in headlines). Keeping the list short keeps recall high.
_NOT_VERBS = {"i", "you", "he", "she", "we", "they", "it", "the", "a", "an", "and", "or", "but", "of", "to", "in"}


# "even if" concedes, "as if" compares, "asked if" / "see if" mean "whether": none of them makes a claim conditional.
_NOT_CONDITIONAL = re.compile(
    r"\b(?:even|as|asked|ask|asks|asking|wonder|wondered|wondering|see|know|knows|knew|check|decide|tell|unclear)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge cue at ``text[start:end]`` of the sentence, with its kind (evidential, modal, vague, …)."""

    start: int
    end: int
    text: str
    kind: str


def find_hedge_spans(text: str) -> tuple[Hedge, ...]:
    """Every hedge cue in ``text``, in reading order, without overlaps (the longer cue wins)."""
    found: list[Hedge] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            cue = match.group(0)
            if kind == "conditional" and _NOT_CONDITIONAL.search(text[: match.start()]):
                continue
            if kind == "modal":
                words = cue.split()
                if words[-1].lower() in _NOT_VERBS:
                    continue
                # "could not / could never" mostly reports a past inability ("he could not attend"), not doubt.
                if words[0].lower() == "could" and words[1:2] and words[1].lower() in {"not", "never"}:
                    continue
                # "May" capitalised mid-sentence is the month ("in May 2024", "May 5").
                if words[0] == "May" and match.start() > 0 and text[: match.start()].rstrip()[-1:] not in ".!?\"'“‘":
                    continue
            found.append(Hedge(match.start(), match.end(), cue, kind))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hedge] = []
    for hedge in found:
        if kept and hedge.start < kept[-1].end:
            continue
        kept.append(hedge)
    return tuple(kept)


def find_hedges(text: str) -> tuple[str, ...]:
    """The hedge cues in a sentence, as written, in reading order (e.g. ``("reportedly",)``)."""
    return tuple(h.text for h in find_hedge_spans(text))
