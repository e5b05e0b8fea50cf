"""Clean a raw document into an :class:`~storylens.records.Article`: every line labelled, offsets into the input.

Two paths:

* **Blocks** (HTML through trafilatura, feeds, JSON with a title): the reader already knows what each block is, so
  we trust its kinds and only find each block's offsets in ``raw.text``; text no block covers is boilerplate.
* **Plain text as scraped**: one line is one unit, and we label lines ourselves in four steps.

  1. *Prose or not* — the context-sensitive paragraph classification of jusText (Pomikálek 2011), applied to
     lines: a line is ``good`` when it is long and dense in the language's stop words (running prose), ``bad``
     when it is debris, repeated on the page (menus, tag lists) or long and stop-word-poor, ``short``/``near-good``
     otherwise; short and near-good lines then take the class of their nearest good or bad neighbours, and a
     heading-like line right above prose counts as near-good (jusText's heading pass). jusText itself works on an
     HTML tree (it needs link densities and tags), so the algorithm is re-implemented here on text lines, with
     spaCy's stop-word lists (only the lists: no model is loaded). Where the list does not fit the text (a language
     without one, or one written without spaces), punctuation stands in for stop words. A sentence hard-wrapped
     over several lines is judged as one logical line.
  2. *The article body* — a news page has one main body: the stretch of lines with the most prose in it (a
     maximum-sum run where good lines earn their length and other lines cost a fixed penalty, as in Finn et al.'s
     body text extraction), looked for above the first reader-comment marker. A list the body's last line
     introduces ("Tour dates:") is part of it. Prose elsewhere (other articles' summaries, footers) is boilerplate.
  3. *The top* — a title the reader knows (``raw.title``) is looked for, never guessed; without one, the title is
     the headline-like line that heads the body (or the nearest one above it). A long line right above the title
     or between it and the body is its dek (a dek sits next to its headline, so a long first line followed by a
     section heading is the lead paragraph); bylines and stand-alone dates are recognised by their shape.
  4. *Short lines inside the body* — a sub-heading introduces the prose after it; the headline of another article
     spliced into the page (a teaser) is written in headline grammar (two-part colon/dash headlines, "!"/"?" or
     finite auxiliaries, figures, headline length, Title Case) and does not share its content words with the
     paragraphs it happens to precede. Headline-like lines outside the body are teasers too.

  A dateline that prefixes the first paragraph ("WASHINGTON (Reuters) —") stays inside that paragraph: lines are
  the unit, and the lead sentence as published includes it. A date on a line of its own is a dateline segment.

Everything here is hand-written because no library labels plain text: trafilatura and jusText need the HTML tree.
The language is detected with lingua, restricted to ``settings.ingest.languages``; the detector is built once per
:class:`~storylens.nlp.Resources` (it is the costly part) and can also be passed in.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storylens.errors import IngestError
from storylens.records import ANALYSED_KINDS, Article, RawDocument, Segment, SegmentKind
from storylens.settings import Settings

if TYPE_CHECKING:
    from storylens.nlp import Resources

__all__ = [
    "CleanTuning",
    "build_language_detector",
    "clean_document",
    "detect_language",
    "fingerprint_text",
    "label_lines",
    "split_lines",
]

K = SegmentKind

# The same line boundaries as ``str.splitlines``, so "a line" means the same thing everywhere.
_LINE_CONTENT = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# Words a sentence cannot end on (English articles, prepositions, conjunctions): a line ending on one runs on.
_RUN_ON_WORDS = frozenset(
    re.findall(r"\S+", "the a an of to in on at for with by from and or but that as his her their its whose who which")
)
# Punctuation around a whitespace-separated token (splitting on whitespace is several times faster than _WORD).
_TOKEN_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?…*#|/\\-–—_~•·"
_SENTENCE_END = re.compile(r"[.!?…;:。．！？][\"'”’»)\]」』）]*$")
_PROSE_PUNCTUATION = re.compile(r"[,;、，。．！？]|[.!?](?:\s|$)")
# Stop-word density of running prose in any of spaCy's lists (function words are a third of most sentences).
_PROSE_STOPWORDS = 0.3
_FULL_STOP_END = re.compile(r"[.…;。．][\"'”’»)\]」』）]*$")


@dataclass(frozen=True)
class CleanTuning:
    """The plain-text segmenter's thresholds (jusText's defaults, in characters, where it has one).

    Kept here rather than in :class:`~storylens.settings.CleanSettings` until they prove worth exposing.
    """

    # A line shorter than this (characters) is "short": its neighbours decide (jusText: 70).
    length_low: int = 70
    # A line at least this long (characters) with enough stop words is good prose on its own (jusText: 200).
    length_high: int = 200
    # Stop-word densities below which a line is not prose (jusText: 0.30 / 0.32, for its longer lists).
    stopwords_low: float = 0.20
    stopwords_high: float = 0.25
    # A finished sentence at least this dense in stop words is near-good even below ``stopwords_low``.
    stopwords_floor: float = 0.10
    # Hard-wrapped sentences are judged as one logical line.
    join_wrapped: bool = True
    # jusText's heading pass: a heading candidate with good prose at most this many characters below is near-good.
    heading_pass: bool = True
    max_heading_distance: int = 50
    # Below this stop-word density over its long lines, a document is not in the stop list's language.
    min_document_stopwords: float = 0.08
    # What a non-prose line costs the body stretch it sits in (a good line earns its length in characters).
    short_penalty: float = 150.0
    bad_penalty: float = 300.0
    # A short line with at least this headline-grammar score is a teaser when unrelated to what follows.
    teaser_score: int = 3
    # Share of a candidate's content words found in the next paragraph above which it introduces that paragraph.
    related_share: float = 0.5
    # How far above the body (in lines) the title may be.
    title_window: int = 12


# --- Lines and their features -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    """A logical line: one line of the text, or several when a hard-wrapped sentence runs on over them."""

    spans: tuple[tuple[int, int], ...]  # the physical lines, each its own segment in the end
    text: str  # the physical lines joined by spaces
    width: int  # length in characters, East Asian wide characters counting two (as they are set)
    words: tuple[str, ...]  # lowercased
    stop_density: float
    ends_sentence: bool
    debris: bool  # page furniture by its shape alone (share bars, ads, legal lines, credits)


def split_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line of ``text``, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for match in _LINE_CONTENT.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def _stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop-word list for an ISO 639-1 code (English when unknown); imports only the list, no model."""
    code = language or "en"
    try:
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        module = importlib.import_module("spacy.lang.en.stop_words")
    return frozenset(module.STOP_WORDS)


def _stop_list_fails(lines: Sequence[_Line], tuning: CleanTuning) -> bool:
    """Whether the stop-word list does not fit the text: a language without a list (Indonesian, Korean) or
    without spaces between words (Japanese, Chinese), where no line would ever read as prose."""
    long_lines = [line for line in lines if len(line.text) >= tuning.length_low // 2]
    words = sum(len(line.words) for line in long_lines)
    stops = sum(line.stop_density * len(line.words) for line in long_lines)
    return bool(long_lines) and stops < tuning.min_document_stopwords * words


def _punctuation_density(line: _Line) -> float:
    """Stand-in for stop-word density where the list fails: prose is punctuated, menus and headlines are not."""
    return 1.0 if _PROSE_PUNCTUATION.search(line.text) else 0.0


def _runs_on(previous: str, line: str) -> bool:
    """Whether ``line`` continues the sentence of ``previous`` (text hard-wrapped at a fixed width).

    Only unfinished lines of a few words run on, and only into a line starting in lower case or after a line
    ending on a comma or a function word ("… who in 2008, won the" / "Africa Movie Academy Award …").
    """
    if len(previous) < 30 or len(previous.split()) < 4 or _SENTENCE_END.search(previous) or not line[:1].isalnum():
        return False
    if line[:1].islower():
        return True
    return previous.endswith(",") or previous.rsplit(None, 1)[-1].lower() in _RUN_ON_WORDS


def _wide(text: str) -> int:
    """How many characters of ``text`` are CJK or Hangul (set at double width; a word's worth of meaning each)."""
    return sum(
        1 for ch in text if "\u2e80" <= ch <= "\ud7ff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
    )


def _make_lines(text: str, stop_words: frozenset[str], join_wrapped: bool = True) -> list[_Line]:
    groups: list[list[tuple[int, int]]] = []
    for start, end in split_lines(text):
        if join_wrapped and groups and _runs_on(text[groups[-1][-1][0] : groups[-1][-1][1]], text[start:end]):
            groups[-1].append((start, end))
        else:
            groups.append([(start, end)])
    lines = []
    for spans in groups:
        line = " ".join(text[start:end] for start, end in spans)
        # A line without a letter ("13", "18%", "___") has no words: it is a table cell or a separator.
        words = tuple(word for word in (token.strip(_TOKEN_PUNCT) for token in line.lower().split()) if word)
        if not any(ch.isalpha() for ch in line):
            words = ()
        stops = sum(map(stop_words.__contains__, words))
        lines.append(
            _Line(
                spans=tuple(spans),
                text=line,
                width=len(line),
                words=words,
                stop_density=stops / len(words) if words else 0.0,
                ends_sentence=bool(_SENTENCE_END.search(line)),
                debris=_looks_like_debris(line, words),
            )
        )
    return lines


# --- Shapes of debris, bylines and dates ----------------------------------------------------------------------

# Lines that are page furniture wherever they appear: share bars, ads, calls to action, legal lines, credits.
_DEBRIS_LINE = re.compile(
    r"""^(?:
        advertisement:?|advertising|ad|sponsored(?:\s+content)?|promoted|story\s+continu\w*(?:\s+(?:below|after).*)?
      | (?:continue|keep)\s+reading.*|read\s+(?:more|next|also|the\s+full\s+(?:story|article))\b.*|more\s+from\s.*
      | related(?:\s+(?:articles?|stories|content|coverage|topics))?\s*:?.*|recommended(?:\s+for\s+you)?|see\s+also:?.*
      | (?:sign\s+up|subscribe|register|log\s*in|sign\s+in|join)\b.*
      | (?:we\s+use\s+)?cookies?\b.*|accept(?:\s+(?:all|cookies))?|privacy(?:\s+policy)?|terms\s+of\s+(?:use|service)
      | (?:©|\(c\)|copyright\b).*
      | (?:photo|image|picture|photograph|video|graphic|illustration|credit|source)s?(?:\s*(?:credit)?\s*:.*)?
      | \(?(?:image|photo|picture)\s+credits?\s*:.*|(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+
      | (?:enlarge\s+this\s+image|toggle\s+caption|just\s+watched|must\s+watch|file\s+photo)\b.*
      | skip\s+to\s+(?:main\s+)?content|back\s+to\s+\w+(?:\s+\w+)?
      | menu|search|home|close|loading\.*|show\s+more|load\s+more
      | (?:tags?|topics?|filed\s+under|categor(?:y|ies)|posted\s+in)\s*:.*
      | (?:updated|published|posted|modified)\s*:?|more:?|also\s+on\s+\S+|follow|full\s+bio
      | stay\s+(?:updated|connected|informed)|must\s+(?:read|listen|watch|see)
      | (?:reading\s+time|tempo\s+de\s+leitura|lesezeit|temps\s+de\s+lecture)\b.*
      | (?:[^@\s]+(?:\s+[^@\s]+){0,3}\s*)?@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?:click|tap)\s+here\b.*|follow\s+us\b.*|follow\s+\S.*\bon\s+(?:twitter|facebook|instagram)\b.*
      | trending(?:\s+now)?|most\s+(?:read|popular|viewed|shared).*
      | watch(?:\s+now)?\s*:.*|listen(?:\s+to\s+this\s+article)?.*|\d+\s+comments?|comments?|print|share\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# The same, for cues that may sit anywhere in a short line (one search is cheaper than many ".*" alternatives).
_DEBRIS_ANYWHERE = re.compile(
    r"\bnewsletters?\b|\b\d+\s*min(?:ute)?s?\.?\s+read\b|\bcredit(?:\.{3}|…)|\ball\s+rights\s+reserved\b"
    r"|\bfollow\s+us\s+on\b|\bsubscribe\s+to\s+our\b|\bunsubscribe\b"
    r"|\((?:getty\s+images|afp|ap|reuters|epa|shutterstock|file)(?:\s+photo)?\)$"
    r"|\b(?:getty\s+images|ap\s+photo|afp\s+via\s+getty\s+images|reuters/[\w\s]+)$",
    re.IGNORECASE,
)
# Where reader comments begin: a comments heading or a commenter's "Name on <date> said:" line.
_COMMENTS = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|reactions?)|(?:comments?|responses|replies)\s*\(\d+\)|\d+\s+(?:thoughts|responses|comments|replies)\s+(?:on|to)\s.*|leave\s+a\s+(?:reply|comment).*"
    r"|join\s+the\s+(?:discussion|conversation).*|(?:add|post|write)\s+a\s+comment.*|(?:show|view|read)\s+\d*\s*comments.*"
    r"|.{1,60}\b(?:on|@)\s.*\d{4}.*\b(?:said|says|wrote|writes)\s*:?|\S+(?:\s\S+){0,2}\s(?:says|said|wrote):)$",
    re.IGNORECASE,
)
# Another article's headline behind a promotional prefix ("READ: …", "(PHOTOS: …)", "More: …").
_PROMO = re.compile(
    r"^\(?\s*(?:read|more|also|also\s+on\s+\w+|see|watch|photos?|videos?|related|recommended|opinion|analysis"
    r"|editor'?s?\s+picks?|don'?t\s+miss|must\s+read)\s*:\s*\S.*$",
    re.IGNORECASE,
)
_LEGAL_LINE = re.compile(r"^(?:©|\(c\)|copyright\b)|.*\ball rights reserved\b", re.IGNORECASE)
# Social and sharing words: a line made only of these is a share bar ("Facebook Twitter Email").
_SHARE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "share shares this article story on via facebook twitter x email e-mail mail print pinterest linkedin reddit "
        "whatsapp messenger telegram flipboard tumblr copy link url save comment comments tweet pin sms",
    )
)
_BYLINE = re.compile(
    r"^(?:(?:by|written\s+by|words\s+by|von|par|por|door|di|przez|автор)\s+\S.*"
    r"|(?:author|reporter|reporting\s+by)\s*:.*)$",
    re.IGNORECASE,
)
# "Jane Doe, Reuters" / "Jane Doe | CNN": a capitalised name, a separator, a capitalised outlet.
_NAME_OUTLET = re.compile(r"^(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s*[,|–—-]\s*(?:[A-Z][\w.&'’-]*\s*){1,4}$")
_MONTH = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?"
    r"|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTH}|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?::\d{2})?|\d{4}-\d{2}-\d{2}(?:t[\d:.z+-]*)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[ap]\.?m\.?|[a-z]{1,2}[sd]t|gmt|utc|et|pt|ct|bst|cet|cest"
    r"|updated|published|posted|modified|last|on|at|the|of|ago|hours?|minutes?|days?|mins?|hrs?)$",
    re.IGNORECASE,
)
_HAS_DATE = re.compile(
    rf"\b(?:{_MONTH})\b.*\d|\d.*\b(?:{_MONTH})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    r"|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b",
    re.IGNORECASE,
)
_DATE_SPLIT = re.compile(r"[\s,|·•/–—-]+")
# Closed-class English finite verbs: their presence makes a short line a clause (headline grammar), not a label.
_FINITE_AUX = frozenset(
    re.findall(
        r"\S+",
        "is are was were will would can could should shall may might must has have had does do did isn't aren't "
        "won't can't don't doesn't didn't",
    )
)
# A sentence ending inside the line ("… success. Why it's crucial!"): running prose, never a headline.
_INNER_SENTENCE_END = re.compile(r"[a-z\u00DF-\u00FF]{2}[.!?…][\"'”’»)]*\s+[\"'“‘«(]*[A-Z\u00C0-\u00DE]")
_TWO_PART = re.compile(r"\S\s*:\s+\S|\s[–—-]\s")


def _looks_like_debris(text: str, words: Sequence[str]) -> bool:
    if len(words) > 25:
        # Long lines are debris only as legal notices; the line patterns below are for short furniture.
        return bool(_LEGAL_LINE.match(text))
    if words and all(w in _SHARE_WORDS for w in words):  # a share bar: "Facebook Twitter Email"
        return True
    return bool(_DEBRIS_LINE.match(text) or _DEBRIS_ANYWHERE.search(text))


def _is_debris(line: _Line) -> bool:
    return line.debris


def _is_dateline(line: _Line) -> bool:
    if len(line.words) > 12 or not _HAS_DATE.search(line.text):
        return False
    tokens = [t for t in _DATE_SPLIT.split(line.text.strip(" .")) if t]
    return all(_DATE_TOKEN.match(t.strip(".,")) for t in tokens)


def _is_byline(line: _Line) -> bool:
    if len(line.words) > 12 or _FULL_STOP_END.search(line.text):
        return False
    return bool(_BYLINE.match(line.text) or _NAME_OUTLET.match(line.text))


def _headline_score(line: _Line, *, case: bool = True) -> int:
    """How much a short line is written like a news headline rather than a section label or prose (0–5).

    ``case=False`` leaves out Title Case, which tells headlines from prose-like lines but not a page's title from
    its section headings: one site styles both alike.
    """
    text = line.text
    score = 0
    score += bool(_TWO_PART.search(text))
    # An exclamation, a question or a finite auxiliary: the line is a clause, not a label (one feature, since
    # questions carry their auxiliary).
    score += text.rstrip("\"'”’»)").endswith(("!", "?")) or any(w in _FINITE_AUX for w in line.words)
    score += any(ch.isdigit() for ch in text)
    # Title Case: most longer words capitalised, as publishers style headlines (section labels are often short).
    long_words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    score += case and len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)
    score += len(line.words) >= 8
    return score


def _content_words(line: _Line, stop_words: frozenset[str]) -> set[str]:
    """Content words cut to five letters, a crude stemmer that lets "demands" meet "demanded"."""
    stems = (w.removesuffix("'s").removesuffix("’s")[:5] for w in line.words if w not in stop_words)
    return {w for w in stems if len(w) > 2}


# --- Step 1: prose or not (jusText on lines) ------------------------------------------------------------------

_GOOD, _BAD, _SHORT, _NEAR = "good", "bad", "short", "neargood"


def _initial_class(line: _Line, tuning: CleanTuning, max_words: int) -> str:
    if not line.words:
        return _SHORT
    if _is_debris(line) or _PROMO.match(line.text):
        return _BAD
    length = line.width
    if _is_label_like(line, max_words):
        # Titles, headings and teasers are not prose by themselves; their neighbours decide.
        return _SHORT
    if length < tuning.length_low:
        # A short complete sentence is weak evidence of prose; a short label is decided by its neighbours.
        if len(line.words) >= 4 and _FULL_STOP_END.search(line.text) and line.stop_density >= tuning.stopwords_low:
            return _NEAR
        return _SHORT
    if line.stop_density >= tuning.stopwords_high:
        return _GOOD if length >= tuning.length_high or line.ends_sentence else _NEAR
    if line.stop_density >= tuning.stopwords_low:
        return _NEAR
    if line.ends_sentence and line.stop_density >= tuning.stopwords_floor:
        # Sentences dense in names and figures ("… beat Colombia 6-4, 6-4 …") are prose too, if neighbours agree.
        return _NEAR
    return _BAD


def _neighbour(classes: Sequence[str], index: int, step: int, ignore_near: bool) -> str:
    """The class of the nearest line before (step -1) or after (step 1) that is not short; ``bad`` at the edges."""
    i = index + step
    while 0 <= i < len(classes):
        cls = classes[i]
        if cls in (_GOOD, _BAD) or (cls == _NEAR and not ignore_near):
            return cls
        i += step
    return _BAD


def _mark_headings(lines: Sequence[_Line], classes: list[str], max_words: int, tuning: CleanTuning) -> list[str]:
    """jusText's heading pass: a short label-like line with good prose close below it is near-good.

    jusText knows headings from their tags; here a heading candidate is a label-like line (short, unfinished).
    """
    marked = list(classes)
    for i, line in enumerate(lines):
        if classes[i] != _SHORT or not _is_label_like(line, max_words):
            continue
        distance = 0
        for j in range(i + 1, len(lines)):
            if classes[j] == _GOOD:
                marked[i] = _NEAR
                break
            distance += len(lines[j].text)
            if distance > tuning.max_heading_distance:
                break
    return marked


def _revise(classes: list[str]) -> list[str]:
    """jusText's context-sensitive pass: short and near-good lines take their neighbours' class."""
    revised = list(classes)
    for i, cls in enumerate(classes):
        if cls != _SHORT:
            continue
        before, after = _neighbour(classes, i, -1, True), _neighbour(classes, i, 1, True)
        if before == _GOOD and after == _GOOD:
            revised[i] = _GOOD
        elif before == _BAD and after == _BAD:
            revised[i] = _BAD
        elif (before == _BAD and _neighbour(classes, i, -1, False) == _NEAR) or (
            after == _BAD and _neighbour(classes, i, 1, False) == _NEAR
        ):
            revised[i] = _GOOD
        else:
            revised[i] = _BAD
    for i, cls in enumerate(classes):
        if cls != _NEAR:
            continue
        before, after = _neighbour(classes, i, -1, True), _neighbour(classes, i, 1, True)
        revised[i] = _BAD if (before, after) == (_BAD, _BAD) else _GOOD
    return revised


# --- Step 2: the article body ---------------------------------------------------------------------------------


def _body_range(
    lines: Sequence[_Line], classes: Sequence[str], neutral: Sequence[bool], tuning: CleanTuning
) -> tuple[int, int] | None:
    """``(first, last)`` line index of the article body: the stretch of lines with the most prose in it.

    Each good line scores its length in characters, each other line a fixed penalty, and the body is the stretch
    with the highest total (a maximum-sum subarray, as in Finn et al.'s body text extraction): a few captions,
    ads or list items do not split the body, a long run of menu lines does. ``neutral`` lines count nothing.
    """
    best: tuple[int, int] | None = None
    best_total = 0.0
    run_start = 0
    run_total = 0.0
    for i, (line, cls, is_neutral) in enumerate(zip(lines, classes, neutral, strict=True)):
        if not line.words or is_neutral:
            gain = 0.0
        elif cls == _GOOD:
            gain = float(line.width)
        elif cls == _BAD and not _is_label_like(line, 10**6):
            gain = -tuning.bad_penalty
        else:
            gain = -tuning.short_penalty
        if run_total <= 0:
            run_start, run_total = i, 0.0
        run_total += gain
        if run_total > best_total and cls == _GOOD:
            best, best_total = (run_start, i), run_total
    if best is None:
        return None
    first, last = best
    while classes[first] != _GOOD:  # the stretch opens on its first good line
        first += 1
    return first, last


# --- Steps 3 and 4: labels ------------------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _is_label_like(line: _Line, tuning_words: int) -> bool:
    """Short enough for a title, heading or teaser, and not a finished sentence.

    A line ending in a colon is a label ("ECONOMIC IMPACTS:") unless it reads as prose introducing a quote or a
    list ("…, Rep. Mick Mulvaney, a conservative Republican from South Carolina, said:", "There are several
    scenarios for picking the next congressman from the 9th District:").
    """
    if not 0 < len(line.words) <= tuning_words or _FULL_STOP_END.search(line.text):
        return False
    if not line.text.endswith(":"):
        return True
    reads_as_prose = "," in line.text or (len(line.words) >= 8 and line.stop_density >= _PROSE_STOPWORDS)
    return not (len(line.words) >= 6 and reads_as_prose)


def label_lines(
    text: str,
    settings: Settings,
    language: str | None = None,
    title: str | None = None,
    tuning: CleanTuning | None = None,
) -> list[Segment]:
    """Label every non-blank line of plain ``text`` (see the module docstring for how)."""
    tuning = tuning or CleanTuning()
    stop_words = _stop_words(language)
    lines = _make_lines(text, stop_words, tuning.join_wrapped)
    if not lines:
        return []
    if _stop_list_fails(lines, tuning):
        lines = [
            dataclasses.replace(line, stop_density=_punctuation_density(line), width=len(line.text) + _wide(line.text))
            for line in lines
        ]
    max_words = settings.clean.max_heading_words
    # A line repeated on the page (menus, tag lists, a teaser's headline shown twice) is furniture, not prose.
    keys = [" ".join(line.text.casefold().split()) for line in lines]
    counts = Counter(keys)
    initial = [_initial_class(line, tuning, max_words) for line in lines]
    repeated = [counts[key] > 1 and bool(line.words) for key, line in zip(keys, lines, strict=True)]
    # Repeated prose (a photo caption shown twice in a gallery) is not the body, but must not split it either.
    neutral = [rep and cls in (_GOOD, _NEAR) for rep, cls in zip(repeated, initial, strict=True)]
    initial = [_BAD if rep else cls for rep, cls in zip(repeated, initial, strict=True)]
    if tuning.heading_pass:
        initial = _mark_headings(lines, initial, max_words, tuning)
    classes = _revise(initial)
    # Reader comments follow the article: the body is looked for before the first comment marker below prose.
    first_prose = next((i for i, cls in enumerate(classes) if cls == _GOOD), len(lines))
    comments = next((i for i in range(first_prose + 1, len(lines)) if _COMMENTS.match(lines[i].text)), len(lines))
    body = _body_range(lines[:comments], classes[:comments], neutral[:comments], tuning)
    kinds: list[SegmentKind] = [K.BOILERPLATE] * len(lines)
    for i, line in enumerate(lines):
        if _is_dateline(line):
            kinds[i] = K.DATELINE
        elif _is_byline(line):
            kinds[i] = K.BYLINE
        elif len(line.words) <= max_words + 4 and not line.debris and _PROMO.match(line.text):
            kinds[i] = K.TEASER
    if body is None:
        return _segments(text, lines, kinds)
    first, last = body
    listed = _introduced_list(lines, last, counts, keys, comments)

    # The title: a given title wherever it is, else the headline-like line heading the body or nearest above it.
    title_index = _find_title(lines, kinds, first, title, tuning, max_words)
    if title_index is not None:
        kinds[title_index] = K.TITLE

    for i in range(first, last + 1):
        line = lines[i]
        if i == title_index or kinds[i] is not K.BOILERPLATE or _is_debris(line) or not line.words:
            continue
        if _is_label_like(line, max_words):
            kinds[i] = _short_line_kind(lines, classes, i, last, stop_words, tuning)
        elif classes[i] == _GOOD:
            kinds[i] = K.PARAGRAPH

    for i in listed:
        if kinds[i] is K.BOILERPLATE and not _is_debris(lines[i]):
            kinds[i] = K.PARAGRAPH

    # The dek: a long line just above the title, or the first long line between the title and the body.
    if title_index is not None:
        above = title_index - 1
        if (
            above >= 0
            and kinds[above] in (K.PARAGRAPH, K.BOILERPLATE)
            and not _is_label_like(lines[above], max_words)
            and ((title_index <= first + 1 and above >= first - 1) or classes[above] != _BAD)
        ):
            kinds[above] = K.DEK
        for i in range(title_index + 1, first):
            if kinds[i] == K.BOILERPLATE and classes[i] != _BAD and not _is_label_like(lines[i], max_words):
                kinds[i] = K.DEK
                break
            if kinds[i] not in (K.BOILERPLATE, K.BYLINE, K.DATELINE):
                break

    # Headline-like lines outside the body are other articles' headlines.
    for i, line in enumerate(lines):
        outside = (i < first or i > last) and kinds[i] == K.BOILERPLATE and not _is_debris(line)
        if outside and _is_label_like(line, max_words) and len(line.words) >= 4 and _headline_score(line) >= 1:
            kinds[i] = K.TEASER
    return _segments(text, lines, kinds)


def _introduced_list(
    lines: Sequence[_Line],
    last: int,
    counts: Counter[str],
    keys: Sequence[str],
    end: int,
) -> range:
    """The list a body's last line introduces ("Tour dates:" and one line per date), which prose scoring misses.

    Runs from the colon line (the body's last line or the one after it) over lines that are not page furniture:
    not debris, not repeated on the page, not blank of words; at most ``end`` (where comments start).
    """
    colon = next((i for i in (last, last + 1) if i < end and lines[i].text.rstrip().endswith(":")), None)
    if colon is None or lines[colon].debris or len(lines[colon].words) < 3:
        return range(0)
    stop = colon + 1
    while stop < end and lines[stop].words and not lines[stop].debris and counts[keys[stop]] == 1:
        stop += 1
    return range(colon, stop) if stop > colon + 1 else range(0)


def _find_title(
    lines: Sequence[_Line],
    kinds: Sequence[SegmentKind],
    first: int,
    title: str | None,
    tuning: CleanTuning,
    max_words: int,
) -> int | None:
    if title and title.strip():
        # A given title is looked for, never guessed: a text that does not repeat it has no title line, and the
        # headline-like line at its top is more likely a photo caption or a kicker.
        wanted = _normalised(title)
        for i, line in enumerate(lines[: first + tuning.title_window]):
            # Only lines of about the title's length can match (it may carry a " – Outlet" suffix or lose one), and
            # the full normalisation is the costly part, so compare lengths first.
            if abs(len(line.text) - len(title)) > len(title) // 3 + 2:
                continue
            found = _normalised(line.text)
            if found and (found == wanted or (wanted in found or found in wanted)):
                return i
        return None

    def candidate(i: int) -> bool:
        line = lines[i]
        return (
            kinds[i] == K.BOILERPLATE
            and _is_label_like(line, max_words)
            and len(line.words) >= 2
            and not _is_debris(line)
        )

    # The body opens with its headline ...
    if candidate(first) and first + 1 < len(lines):
        return first
    # ... or with a dek above the headline: the second line is a title only if it reads like a headline, since a
    # section heading after a lead paragraph looks the same otherwise.
    if first + 1 < len(lines) and candidate(first + 1) and _headline_score(lines[first + 1], case=False) >= 1:
        return first + 1
    # ... or the headline stands above the body, separated by bylines, dates, share bars.
    for i in range(first - 1, max(-1, first - 1 - tuning.title_window), -1):
        if candidate(i) and len(lines[i].words) >= 3:
            return i
    return None


def _short_line_kind(
    lines: Sequence[_Line],
    classes: Sequence[str],
    index: int,
    last: int,
    stop_words: frozenset[str],
    tuning: CleanTuning,
) -> SegmentKind:
    """A short, unfinished line inside the body: sub-heading, teaser, or furniture."""
    line = lines[index]
    # The prose the line would introduce: a good line ending a sentence, right below or one line further down.
    following = next(
        (j for j in range(index + 1, min(index + 3, last + 1)) if classes[j] == _GOOD and lines[j].ends_sentence),
        None,
    )
    # A heading sits right above the prose it introduces; anything else short in the body is furniture.
    if classes[index] != _GOOD:
        return K.BOILERPLATE
    if following is None:
        # A short line amid prose that introduces nothing: a list item or a one-line paragraph.
        return K.PARAGRAPH
    # Related: the line shares its content words with the prose right below it (the next two good lines).
    words = _content_words(line, stop_words)
    below = _content_words(lines[following], stop_words)
    after = next((j for j in range(following + 1, min(following + 3, last + 1)) if classes[j] == _GOOD), None)
    if after is not None:
        below |= _content_words(lines[after], stop_words)
    related = bool(words) and len(words & below) / len(words) >= tuning.related_share
    if _headline_score(line) >= tuning.teaser_score and not related and not _INNER_SENTENCE_END.search(line.text):
        return K.TEASER
    return K.HEADING


def _segments(text: str, lines: Sequence[_Line], kinds: Sequence[SegmentKind]) -> list[Segment]:
    return [
        Segment(kind, start, end, text[start:end])
        for line, kind in zip(lines, kinds, strict=True)
        for start, end in line.spans
    ]


# --- Blocks given by the reader -------------------------------------------------------------------------------


def _locate_blocks(text: str, blocks: Sequence[tuple[SegmentKind, str]]) -> list[Segment] | None:
    """Find each block in ``text`` in reading order; lines no block covers become boilerplate.

    None when fewer than half of the blocks are found: the blocks do not describe this text, so it is better
    labelled as plain text.
    """
    located: list[Segment] = []
    cursor = 0
    for kind, block in blocks:
        block = block.strip()
        if not block:
            continue
        start = text.find(block, cursor)
        end = start + len(block)
        if start < 0:
            # Readers may re-flow whitespace: match the words with any whitespace between them.
            pattern = r"\s+".join(re.escape(part) for part in block.split())
            match = re.compile(pattern).search(text, cursor)
            if match is None:
                continue
            start, end = match.span()
        located.append(Segment(SegmentKind(kind), start, end, text[start:end]))
        cursor = end
    if 2 * len(located) < sum(1 for _, block in blocks if block.strip()):
        return None
    segments: list[Segment] = []
    covered = 0
    for segment in located:
        segments.extend(_uncovered(text, covered, segment.start))
        segments.append(segment)
        covered = segment.end
    segments.extend(_uncovered(text, covered, len(text)))
    return segments


def _uncovered(text: str, start: int, end: int) -> list[Segment]:
    return [
        Segment(K.BOILERPLATE, start + s, start + e, text[start + s : start + e])
        for s, e in split_lines(text[start:end])
    ]


# --- Language, fingerprint, article ---------------------------------------------------------------------------


def build_language_detector(settings: Settings) -> Any:
    """A lingua detector for ``settings.ingest.languages`` (low-accuracy mode: article texts are long)."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name.strip().upper()) for name in settings.ingest.languages]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str, detector: Any) -> str | None:
    """ISO 639-1 code of ``text``'s language (lowercase), or None when the detector cannot tell."""
    language = detector.detect_language_of(text) if text.strip() else None
    return None if language is None else str(language.iso_code_639_1.name).lower()


def fingerprint_text(text: str) -> str:
    """sha256 of ``text`` with case, Unicode forms, punctuation and whitespace normalised away."""
    return hashlib.sha256(_normalised(text).encode("utf-8")).hexdigest()


def _language_sample(text: str, limit: int = 300) -> str:
    """The prose of ``text`` (lines of eight words or more), up to ``limit`` characters, for language detection."""
    prose = [line for line in (text[s:e] for s, e in split_lines(text)) if len(line.split()) >= 8]
    return "\n".join(prose)[:limit] or text[:limit]


def clean_document(
    raw: RawDocument,
    settings: Settings,
    resources: Resources | None = None,
    *,
    detector: Any = None,
    tuning: CleanTuning | None = None,
) -> Article:
    """Label every line of ``raw.text`` and build the :class:`Article`.

    The language detector comes from ``detector``, else from ``resources`` (built once per Resources), else it is
    built for this call (slow: pass one of them when cleaning many documents). ``raw.language`` is trusted when
    given.
    """
    text = raw.text
    if not text.strip():
        raise IngestError(raw.source, "no text to clean (the document is empty or blank)")
    language = (raw.language or "").strip().lower()[:2] or None
    if language is None:
        if detector is None:
            factory: Callable[[], Any] = lambda: build_language_detector(settings)  # noqa: E731
            detector = resources.extra("lingua_detector", factory) if resources is not None else factory()
        language = detect_language(_language_sample(text), detector)
    segments = _locate_blocks(text, raw.blocks) if raw.blocks else None
    if segments is None:
        segments = label_lines(text, settings, language=language, title=raw.title, tuning=tuning)
    analysed = "\n".join(s.text for s in segments if s.kind in ANALYSED_KINDS)
    fingerprint = fingerprint_text(analysed or text)
    title = raw.title or next((s.text for s in segments if s.kind == K.TITLE), None)
    return Article(
        id=fingerprint[:16],
        source=raw.source,
        outlet=raw.outlet,
        title=title,
        published=raw.published,
        language=language,
        text=text,
        segments=tuple(segments),
        url=raw.url,
        author=raw.author,
        fmt=raw.fmt,
        fingerprint=fingerprint,
    )
