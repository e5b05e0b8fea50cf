"""Framing: emotive and loaded words per outlet, with the sentences they sit in.

Two lexicons, both independent of any corpus we evaluate on:

1. VADER's strong-valence words (``vaderSentiment``'s shipped lexicon, ``|valence| >= vader_min_valence``), minus
   the words that name what happened rather than how it is told (``EVENT_WORDS``: "war", "killed", "attack" …): a
   report on a war must say "war".
2. ``FRAMING_WORDS``: a hand-kept list of loaded words that VADER scores weakly or not at all, in three groups drawn
   from the media-bias literature (Recasens, Danescu-Niculescu-Mizil & Jurafsky 2013, "Linguistic Models for
   Analyzing and Detecting Biased Language": subjective intensifiers and one-sided terms; and the sensationalism
   markers of tabloid style): dramatising words, delegitimising words, and conflict metaphors. It is hand-written
   because no PyPI package ships such a list for English news.

Words are matched on spaCy's lower-cased token text or lemma; proper nouns and named-entity tokens are skipped
("Supreme Court" is a name, not a word choice). Words inside reported speech are kept but flagged
``quoted`` (the speaker's word, not the outlet's), using the same quotation masking as stance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storylens.compare.model import LoadedWord
from storylens.compare.stance import quoted_regions
from storylens.extract.parse import ParsedArticle
from storylens.records import Quote


def _word_set(block: str) -> frozenset[str]:
    """A set of words from a whitespace-separated block (keeps the lists readable as prose-like blocks)."""
    return frozenset(block.split())


__all__ = ["EVENT_WORDS", "FRAMING_WORDS", "FramingSettings", "framing_lexicon", "loaded_words"]

DRAMATISING = _word_set(
    """
    dramatic dramatically fiery explosive bombshell stunning stunned shocking shock extraordinary sweeping
    chaos chaotic turmoil meltdown frenzy panic panicked firestorm uproar outrage outraged furious fury blast
    blasted slam slammed scathing brutal devastating catastrophic catastrophe crisis mounting escalating
    spiraling spiralling soaring plunge plunged skyrocketing staggering alarming alarm bold stark sharply
    unprecedented massive dire grim desperate desperately
    """
)
DELEGITIMISING = _word_set(
    """
    exaggerated exaggerate inflated overblown alarmist scaremongering fearmongering so-called propaganda regime
    radical extremist extreme reckless wasteful insular bizarre absurd ludicrous disgraceful shameful humiliate
    humiliated humiliating humiliation embarrassing embarrassed embarrassment gaffe debacle fiasco flattery
    deference capitulation capitulate caved surrender rhetoric bluster lecture lectured meddling interference
    controversial notorious infamous baseless dubious questionable overlooked ignored divorced failing
    weakened fragile struggling confusion confused
    """
)
CONFLICT_METAPHORS = _word_set(
    """
    rift clash clashes feud showdown rebellion revolt war-of-words minefield tightrope battle battleground
    onslaught crusade backlash slams assault attacked ultimatum threatens threatened
    """
)
#: The documented framing list (union of the three groups above).
FRAMING_WORDS: frozenset[str] = DRAMATISING | DELEGITIMISING | CONFLICT_METAPHORS

#: Strong-valence VADER words that report events rather than frame them.
EVENT_WORDS: frozenset[str] = _word_set(
    """
    war wars killed kill kills killing death deaths dead die died dying murder murdered attack attacks attacked
    terror terrorist terrorists terrorism cancer crime crimes criminal victim victims violence violent weapon
    weapons bomb bombs bombing abuse abused prison arrested rape raped hostage hostages injured wounded
    love loved best good great free freedom peace win won ban bans banned banning riot riots rioters negative
    positive
    """
)


@dataclass(frozen=True)
class FramingSettings:
    # VADER words at least this strong (absolute valence, scale -4..4) count as loaded.
    vader_min_valence: float = 2.5
    # Report at most this many loaded words per article (strongest first, then in reading order).
    max_per_article: int = 200


def framing_lexicon(vader_lexicon: Mapping[str, float], settings: FramingSettings | None = None) -> dict[str, str]:
    """Word → which list flagged it ("framing" or "vader"), from VADER's lexicon and ``FRAMING_WORDS``."""
    settings = settings or FramingSettings()
    lexicon = {
        word: "vader"
        for word, valence in vader_lexicon.items()
        if word.isalpha() and abs(valence) >= settings.vader_min_valence and word not in EVENT_WORDS
    }
    lexicon.update({word: "framing" for word in FRAMING_WORDS})
    return lexicon


def loaded_words(
    parsed: ParsedArticle,
    quotes: Sequence[Quote],
    lexicon: Mapping[str, str],
    vader_lexicon: Mapping[str, float],
    settings: FramingSettings | None = None,
) -> tuple[LoadedWord, ...]:
    """Every loaded word in the article's analysed text, with its sentence; quoted ones flagged ``quoted``."""
    settings = settings or FramingSettings()
    article_id = parsed.article.id
    article_quotes = [q for q in quotes if q.article == article_id]
    found: list[LoadedWord] = []
    for sentence in parsed.sentences():
        overlapping = [q for q in article_quotes if q.start < sentence.end and q.end > sentence.start]
        regions = quoted_regions(sentence.text, overlapping, offset=sentence.start)
        for token in sentence.span:
            if token.pos_ == "PROPN" or token.ent_type_:
                continue  # names are not word choices: "Supreme Court", "Great Britain"
            lower, lemma = token.lower_, token.lemma_.lower()
            key = lower if lower in lexicon else lemma if lemma in lexicon else None
            if key is None:
                continue
            start = sentence.segment.start + token.idx
            relative = start - sentence.start
            quoted = any(a <= relative < b for a, b in regions)
            valence = vader_lexicon.get(lower, vader_lexicon.get(lemma, 0.0))
            found.append(
                LoadedWord(
                    article=article_id,
                    start=start,
                    end=start + len(token.text),
                    text=token.text,
                    lemma=key,
                    valence=float(valence),
                    source=lexicon[key],
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                    quoted=quoted,
                )
            )
    if len(found) > settings.max_per_article:
        keep = sorted(found, key=lambda w: -abs(w.valence))[: settings.max_per_article]
        found = sorted(keep, key=lambda w: w.start)
    return tuple(found)
