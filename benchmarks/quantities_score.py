"""Score ``find_quantities`` on every quantities table: accuracy by sentence with the parse and without, and CPU cost.

Usage (from the repo root)::

    .venv/bin/python benchmarks/quantities_score.py            # one line per table, then all tables together
    .venv/bin/python benchmarks/quantities_score.py SEVENTEENTH # also print that table's misses
    .venv/bin/python benchmarks/quantities_score.py --exclude-session8  # leave out session 8's first blind draws
    .venv/bin/python benchmarks/quantities_score.py --exclude-session8b  # leave out session 8's second blind draws

A sentence counts only when every quantity in it is right (value, unit, qualifier, time, upper bound and, where
annotated, measure), as in the tests' gates. Sentences are parsed once, in batches, as the claims stage parses an
article's segments; the CPU cost (``time.process_time``) is of ``find_quantities`` alone, the parse excluded, the
minimum of three passes. The tables live in ``tests/test_quantities*.py`` (see their docstrings for how each was drawn).
``--exclude-session8`` leaves out TWENTY_NINTH and THIRTIETH (``tests/test_quantities_session8.py``) — neither scored
nor parsed — so that whoever changes the rules while those draws are blind never sees how the rules do on them.
``--exclude-session8b`` does the same for THIRTY_FIRST and THIRTY_SECOND (``tests/test_quantities_session8b.py``),
drawn blind while the rules changed again later in session 8.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


#: The tables of ``tests/test_quantities_session8.py``, drawn blind while session 8 changed the rules.
SESSION_EIGHT_TABLES = ("TWENTY_NINTH", "THIRTIETH")
#: The tables of ``tests/test_quantities_session8b.py``, drawn blind while the rules changed again in session 8.
SESSION_EIGHT_B_TABLES = ("THIRTY_FIRST", "THIRTY_SECOND")


def _tables(exclude_session8: bool = False, exclude_session8b: bool = False) -> dict[str, list[Any]]:
    """Every table, by name, in the order they were drawn (without session 8's first or second pair when asked)."""
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from tests import (
        test_quantities,
        test_quantities_blind,
        test_quantities_draws,
        test_quantities_fresh,
        test_quantities_session5,
        test_quantities_session6,
        test_quantities_session7,
    )

    tables: dict[str, list[Any]] = {"TABLE": test_quantities.TABLE, "HELDOUT": test_quantities.HELDOUT}
    for name in ("BLIND", "VALIDATION", "FINAL"):
        tables[name] = getattr(test_quantities_blind, name)
    for name in ("FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH"):
        tables[name] = getattr(test_quantities_fresh, name)
    for name in ("TENTH", "ELEVENTH", "TWELFTH", "THIRTEENTH", "FOURTEENTH", "FIFTEENTH", "SIXTEENTH", "SEVENTEENTH"):
        tables[name] = getattr(test_quantities_draws, name)
    for name in ("EIGHTEENTH", "NINETEENTH", "TWENTIETH", "TWENTY_FIRST", "TWENTY_SECOND", "CATEGORIES"):
        if hasattr(test_quantities_session5, name):
            tables[name] = getattr(test_quantities_session5, name)
    for name in ("TWENTY_THIRD", "TWENTY_FOURTH", "TWENTY_FIFTH", "TWENTY_SIXTH", "CATEGORIES_SIX"):
        if hasattr(test_quantities_session6, name):
            tables[name] = getattr(test_quantities_session6, name)
    for name in ("TWENTY_SEVENTH", "TWENTY_EIGHTH"):
        if hasattr(test_quantities_session7, name):
            tables[name] = getattr(test_quantities_session7, name)
    if not exclude_session8:
        from tests import test_quantities_session8  # only when scored: the flag leaves the blind module unread

        for name in SESSION_EIGHT_TABLES:
            if getattr(test_quantities_session8, name, None):
                tables[name] = getattr(test_quantities_session8, name)
    if not exclude_session8b:
        from tests import test_quantities_session8b  # only when scored: the flag leaves the blind module unread

        for name in SESSION_EIGHT_B_TABLES:
            if getattr(test_quantities_session8b, name, None):
                tables[name] = getattr(test_quantities_session8b, name)
    return tables


def main(arguments: list[str]) -> None:
    """Score every table (``--exclude-session8``, ``--exclude-session8b`` drop a pair); print named tables' misses."""
    from storylens.extract.quantities import find_quantities
    from storylens.nlp import Resources

    show = [argument for argument in arguments if not argument.startswith("--")]
    tables = _tables(exclude_session8="--exclude-session8" in arguments,
                     exclude_session8b="--exclude-session8b" in arguments)
    sentences = sorted({sentence for table in tables.values() for _, sentence, _, _ in table})
    spans = {doc.text: doc[:] for doc in Resources().spacy.pipe(sentences, batch_size=64)}

    def right(expected: list[Any], found: tuple[Any, ...]) -> bool:
        return len(found) == len(expected) and all(e.matches(q) for e, q in zip(expected, found, strict=True))

    totals = [0, 0, 0]
    for name, table in tables.items():
        with_parse = without = 0
        for _, sentence, published, expected in table:
            found = find_quantities(sentence, published=published, span=spans[sentence])
            with_parse += right(expected, found)
            without += right(expected, find_quantities(sentence, published=published))
            if name in show and not right(expected, found):
                print(f"  miss: {sentence}\n        {[q.to_dict() for q in found]}")
        totals = [totals[0] + with_parse, totals[1] + without, totals[2] + len(table)]
        print(f"{name:12s} {len(table):4d}  with the parse {with_parse / len(table):.3f}"
              f"  without {without / len(table):.3f}")
    print(f"{'all':12s} {totals[2]:4d}  with the parse {totals[0] / totals[2]:.3f}"
          f"  without {totals[1] / totals[2]:.3f}")
    rows = [(sentence, published) for table in tables.values() for _, sentence, published, _ in table]
    for label, use_parse in (("with the parse", True), ("without", False)):
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for sentence, published in rows:
                find_quantities(sentence, published=published, span=spans[sentence] if use_parse else None)
            best = min(best, time.process_time() - started)
        print(f"CPU per sentence {label}: {1e6 * best / len(rows):.0f} µs (min of 3 passes over {len(rows)})")


if __name__ == "__main__":
    main(sys.argv[1:])
