"""Find quoted stretches of text: pair quotation marks, telling apostrophes from single quotes.

Hand-written because no maintained library pairs quote marks robustly: textacy's direct-quotation finder pairs
marks by counting and crashes on an odd number of them (26% of PolNeAR articles). Here a mark opens or closes
according to what surrounds it, unpaired marks are dropped, never raised on, and a quote left open at the end of
a paragraph continues into the next paragraph when that one opens with a quote mark again (the newspaper convention
for multi-paragraph quotes). Marks of another glyph style nest inside an open quote (a curly quote inside a
straight one), and only outermost quotes are reported. Web text often mixes glyphs within one quotation ('“I
disagree," said …', '“Do you?“ he asked'): a mark that can only close closes the innermost open quote when no quote
of its own style is open.

Offsets are into the text given; :func:`find_quoted_spans` works on a list of (start, text) blocks (paragraphs) so a
quote can run across blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["QuotedSpan", "find_quoted_spans"]

# Double quote marks: opening, closing, and marks that may do either.
DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_EITHER = frozenset('"')
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_EITHER = frozenset("'")
# Characters after which an opening mark may stand (start of text, space, brackets, dashes, a colon).
_PAIR_PLACEHOLDER = "\x00"
_BEFORE_OPEN = frozenset(" \t\n([{—–―-:/" + _PAIR_PLACEHOLDER)
# Characters that may follow a closing mark.
# The horizontal bar (―) sets off a signature after a quotation ('“…”― Pamela Padilla').
_AFTER_CLOSE = frozenset(" \t\n)]}.,;:!?—–―-/…")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted stretch: ``pieces`` are the inner (start, end) spans, one per paragraph it runs through.

    ``double`` says whether double quote marks were used (single-quoted spans nested in a double-quoted one are
    not reported: they are quotes within the quote).
    """

    pieces: tuple[tuple[int, int], ...]
    double: bool

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else " "


def _can_open(text: str, i: int) -> bool:
    before, after = _char(text, i - 1), _char(text, i + 1)
    if before in ".?!" and after.isupper():
        return True  # 'who declined to be named."We basically got deceived …"': a missing space after a sentence
    return (before in _BEFORE_OPEN or before in DOUBLE_OPEN or before in SINGLE_OPEN or before in "\"'") and not (
        after.isspace()
    )


def _can_close(text: str, i: int) -> bool:
    before, after = _char(text, i - 1), _char(text, i + 1)
    return not before.isspace() and (
        after in _AFTER_CLOSE or after in DOUBLE_CLOSE or after in SINGLE_CLOSE or after in "\"'"
    )


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' inside a word (Rutte's, don't) or ending a plural possessive/elision before a space (allies')."""
    before, after = _char(text, i - 1), _char(text, i + 1)
    if before.isalnum() and after.isalnum():
        return True
    # '90s, 'em: an elision opening a word, recognised by a digit or a known clipped word following it.
    return bool(after.isdigit() and not before.isalnum() and text[i + 1 : i + 4].rstrip("0123456789") in {"s", ""})


def _doubled_apostrophes(text: str) -> set[int]:
    """Offsets of the first apostrophe of each "''" pair."""
    found: set[int] = set()
    i = text.find("''")
    while i != -1:
        found.add(i)
        i = text.find("''", i + 2)
    return found


def _marks(text: str, double: bool) -> list[tuple[int, str]]:
    """Candidate marks of one family in ``text``: (offset, 'open' | 'close' | 'either')."""
    opens, closes, either = (
        (DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER) if double else (SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER)
    )
    found: list[tuple[int, str]] = []
    doubled = _doubled_apostrophes(text)
    if double:
        # ''Like this'' (old typesetting): read the second apostrophe of each pair as a straight double mark.
        chars = list(text)
        for i in doubled:
            chars[i], chars[i + 1] = _PAIR_PLACEHOLDER, '"'
        text = "".join(chars)
    for i, ch in enumerate(text):
        if not double and (i in doubled or i - 1 in doubled):
            continue
        if ch in opens:
            if not double and _is_apostrophe(text, i):
                continue
            # '“Do you want that?“ he asked': an opening glyph typed where the context only lets a quote close.
            misused = double and not _can_open(text, i) and _can_close(text, i)
            found.append((i, "close" if misused else "open"))
        elif ch in closes:
            if not double and _is_apostrophe(text, i):
                continue
            # '”Fear. I am truly afraid …”' opening a paragraph: a curly closing glyph typed after a space where the
            # context only lets a quote open (glued to the next sentence, '… Hispanics!”Former …', it still closes;
            # a French closing guillemet stands after a space, '« Nous sommes prêts »').
            misused = ch == "”" and _char(text, i - 1).isspace() and _can_open(text, i) and not _can_close(text, i)
            found.append((i, "open" if misused else "close"))
        elif ch in either:
            if not double and _is_apostrophe(text, i):
                continue
            can_open, can_close = _can_open(text, i), _can_close(text, i)
            if can_open and not can_close:
                found.append((i, "open"))
            elif can_close and not can_open:
                found.append((i, "close"))
            elif can_open and can_close:
                found.append((i, "either"))
            elif double and _spaced_close(text, i):
                found.append((i, "close"))
    return found


def _spaced_close(text: str, i: int) -> bool:
    """A straight double mark standing alone after the quotation's closing punctuation ('… that he is doing this,
    " Trump said'): a stray space before a closing mark, common in web copy."""
    before = text[:i].rstrip(" ")
    # After a closing single mark too: 'Sanders has to do the 'Carolina two-step' " - increasing …'.
    closing = {",", ".", "?", "!", "'", "’"}
    return before[-1:] in closing and _char(text, i + 1).isspace() and i - len(before) <= 2


def _style(mark: str) -> str:
    """The glyph style of a quote mark: a straight mark closes only a straight one, a curly one a curly one."""
    if mark in "\"'":
        return "straight"
    if mark in "«»‹›":
        return "guillemet"
    return "curly"


def _pair_block(text: str, double: bool) -> tuple[list[tuple[int, int]], int | None]:
    """Pair the marks of one family in one block.

    Returns the closed outermost (inner start, inner end) spans and the inner start of a quote still open at the
    block's end (or None). A closing mark with nothing open is ignored. A mark of another glyph style inside an
    open quote nests ('"The law isn't about “Equal Justice” anymore."'); of the same style, an opening mark while
    one is open means the first was unpaired, and the quote restarts from the new one.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (glyph style, inner start) of the open quotes, outermost first
    for i, role in _marks(text, double):
        style = _style(text[i])
        depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == style), None)
        if role == "close" and depth is None and stack:
            # '“I fundamentally disagree," said …': a closing mark of another glyph style with none of its own style
            # open closes the innermost open quote (web text mixes curly and straight marks in one quotation).
            depth = len(stack) - 1
        if role in {"close", "either"} and depth is not None:
            open_at = stack[depth][1]
            del stack[depth:]
            if not stack and i > open_at:
                spans.append((open_at, i))
        elif role in {"open", "either"}:
            if depth is not None:
                del stack[depth:]
            stack.append((style, i + 1))
    return spans, (stack[0][1] if stack else None)


def _runs_to_block_end(text: str, inner_start: int) -> bool:
    """Whether a quote opened at ``inner_start`` and never closed in its block is a quotation whose closing mark the
    writer left out ('… said Baron. “His candidacy and his positions have defied all conventions …' to the end of
    the paragraph, the next one going on in the writer's words): it opens a sentence with a capital and runs over
    at least one full sentence to the block's end."""
    before = text[: max(0, inner_start - 1)].rstrip()
    inner = text[inner_start:].rstrip()
    opens_sentence = not before or before[-1] in ".?!:,"
    return opens_sentence and inner[:1].isupper() and inner[-1:] in {".", "?", "!"} and len(inner.split()) >= 8


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and a trailing comma ('…,' Rutte declared) from an inner span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "," or text[end - 1 : end + 1] == "''"):
        end -= 1
    return start, end


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def find_quoted_spans(blocks: Sequence[tuple[int, str]]) -> tuple[QuotedSpan, ...]:
    """Quoted spans of consecutive ``blocks`` (each ``(offset, text)``, e.g. paragraphs), in reading order.

    Double-quoted spans come first in priority; single-quoted spans are kept only outside double-quoted ones.
    A quote left open at a block's end continues into the next block if that block opens with a mark of the same
    family; otherwise it is a quotation whose closing mark the writer left out when it opens a sentence and runs
    over full sentences to the block's end (as the evaluation's plain scan reads it), and an unpaired mark else.
    """
    results: list[QuotedSpan] = []
    for double in (True, False):
        pending: list[tuple[int, int]] | None = None  # pieces of a quote continuing across blocks
        for index, (offset, text) in enumerate(blocks):
            spans, open_at = _pair_block(text, double)
            if pending is not None:
                # The previous block left a quote open. It continues only if this block opens a quote at its start
                # (the new opening mark) — then the first span of this block belongs to it.
                stripped = len(text) - len(text.lstrip())
                continues = bool(spans and spans[0][0] == stripped + 1) or (
                    open_at is not None and open_at == stripped + 1 and not spans
                )
                if continues and spans and spans[0][0] == stripped + 1:
                    first = spans.pop(0)
                    pending.append((offset + first[0], offset + first[1]))
                    results.append(QuotedSpan(tuple(pending), double))
                    pending = None
                elif continues and open_at is not None:
                    pending.append((offset + open_at, offset + len(text)))
                    open_at = None
                    if index == len(blocks) - 1:
                        pending = None
                    continue
                else:
                    previous_offset, previous_text = blocks[index - 1]
                    if len(pending) == 1 and _runs_to_block_end(previous_text, pending[0][0] - previous_offset):
                        results.append(QuotedSpan(tuple(pending), double))
                    pending = None
            for s, e in spans:
                results.append(QuotedSpan(((offset + s, offset + e),), double))
            if open_at is not None and index + 1 < len(blocks):
                pending = [(offset + open_at, offset + len(text))]
            elif open_at is not None and _runs_to_block_end(text, open_at):
                results.append(QuotedSpan(((offset + open_at, offset + len(text)),), double))
        # Any other quote still open after the last block is unpaired: dropped.
    doubles = [r for r in results if r.double]
    double_spans = [p for r in doubles for p in r.pieces]
    singles = [r for r in results if not r.double and not any(_inside(double_spans, s, e) for s, e in r.pieces)]
    # Apostrophe-heavy text can make single marks pair across a double-quoted span; drop singles that overlap one.
    singles = [
        r for r in singles if not any(s < de and ds < e for s, e in r.pieces for ds, de in double_spans)
    ]
    cleaned: list[QuotedSpan] = []
    texts = {offset: text for offset, text in blocks}
    for r in [*doubles, *singles]:
        pieces = []
        for s, e in r.pieces:
            block_offset = max(o for o in texts if o <= s)
            block_text = texts[block_offset]
            ls, le = _strip(block_text, s - block_offset, e - block_offset)
            if le > ls:
                pieces.append((block_offset + ls, block_offset + le))
        if pieces:
            cleaned.append(QuotedSpan(tuple(pieces), r.double))
    cleaned.sort(key=lambda q: q.start)
    return tuple(cleaned)
