"""Score ``find_quantities`` on every quantities table: accuracy by sentence with the parse and without, and CPU cost.

Usage (from the repo root)::

    .venv/bin/python benchmarks/quantities_score.py            # one line per table, then all tables together
    .venv/bin/python benchmarks/quantities_score.py SEVENTEENTH # also print that table's misses
    .venv/bin/python benchmarks/quantities_score.py --exclude-session8  # leave out session 8's first blind draws
    .venv/bin/python benchmarks/quantities_score.py --exclude-session8b  # leave out session 8's second blind draws
    .venv/bin/python benchmarks/quantities_score.py --exclude-session9a --exclude-session9b  # any blind module

A sentence counts only when every quantity in it is right (value, unit, qualifier, time, upper bound and, where
annotated, measure), as in the tests' gates. Each line also counts single quantities (with the parse): how many of the
expected ones are found right, aligned in reading order, over the expected (recall) and over the found (precision).
Sentences are parsed once, in batches, as the claims stage parses an article's segments; the CPU cost
(``time.process_time``) is of ``find_quantities`` alone, the parse excluded, the minimum of three passes. The tables
live in ``tests/test_quantities*.py`` (see their docstrings for how each was drawn). ``--exclude-session8`` leaves out
TWENTY_NINTH and THIRTIETH (``tests/test_quantities_session8.py``) — neither scored nor parsed — so that whoever changes
the rules while those draws are blind never sees how the rules do on them. ``--exclude-session8b`` does the same for
THIRTY_FIRST and THIRTY_SECOND (``tests/test_quantities_session8b.py``), drawn blind while the rules changed again later
in session 8; ``BLIND_MODULES`` lists every such module and its flag (session 9 draws one table per module,
``session9a`` … ``session9g``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


#: The blind draws of sessions 8 and later, by the flag that leaves them out: ``--exclude-<key>`` neither imports nor
#: scores the module, so that whoever changes the rules while a draw is blind never sees how the rules do on it.
BLIND_MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "session8": ("test_quantities_session8", ("TWENTY_NINTH", "THIRTIETH")),
    "session8b": ("test_quantities_session8b", ("THIRTY_FIRST", "THIRTY_SECOND")),
    "session9a": ("test_quantities_session9a", ("THIRTY_THIRD",)),
    "session9b": ("test_quantities_session9b", ("THIRTY_FOURTH",)),
    "session9c": ("test_quantities_session9c", ("THIRTY_FIFTH",)),
    "session9d": ("test_quantities_session9d", ("THIRTY_SIXTH",)),
    "session9e": ("test_quantities_session9e", ("THIRTY_SEVENTH",)),
    "session9f": ("test_quantities_session9f", ("THIRTY_EIGHTH",)),
    "session9g": ("test_quantities_session9g", ("THIRTY_NINTH",)),
    "session10a": ("test_quantities_session10a", ("FORTIETH",)),
    "session10b": ("test_quantities_session10b", ("FORTY_FIRST",)),
    "session10c": ("test_quantities_session10c", ("FORTY_SECOND",)),
    "session10d": ("test_quantities_session10d", ("FORTY_THIRD",)),
    "session10e": ("test_quantities_session10e", ("FORTY_FOURTH",)),
    "session10f": ("test_quantities_session10f", ("FORTY_FIFTH",)),
    "session11a": ("test_quantities_session11a", ("FORTY_SIXTH",)),
    "session11b": ("test_quantities_session11b", ("FORTY_SEVENTH",)),
    "session11c": ("test_quantities_session11c", ("FORTY_EIGHTH",)),
    "session11d": ("test_quantities_session11d", ("FORTY_NINTH",)),
    "session11e": ("test_quantities_session11e", ("FIFTIETH",)),
    "session11f": ("test_quantities_session11f", ("FIFTY_FIRST",)),
    "session11g": ("test_quantities_session11g", ("FIFTY_SECOND",)),
    "session11h": ("test_quantities_session11h", ("FIFTY_THIRD",)),
    "session11i": ("test_quantities_session11i", ("FIFTY_FOURTH",)),
}


def _tables(excluded: frozenset[str] = frozenset()) -> dict[str, list[Any]]:
    """Every table, by name, in the order they were drawn, without the blind modules whose keys are ``excluded``."""
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    import importlib

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
    for key, (module_name, names) in BLIND_MODULES.items():
        if key in excluded or not (REPO / "tests" / f"{module_name}.py").exists():
            continue  # left out (and unread) when asked; a module not drawn yet
        module = importlib.import_module(f"tests.{module_name}")
        for name in names:
            if getattr(module, name, None):
                tables[name] = getattr(module, name)
    return tables


def _by_quantity(counts: list[int]) -> str:
    """Quantities right with the parse, as recall over the expected and precision over the found ones."""
    expected, found, right = counts
    return (f"quantities {right}/{expected} right (recall {right / max(expected, 1):.3f}, "
            f"precision {right / max(found, 1):.3f})")


def main(arguments: list[str]) -> None:
    """Score every table (``--exclude-<key>`` drops a blind module of ``BLIND_MODULES``); print named tables' misses."""
    # This tree's own ``src/`` first, so that an exported tree (``git archive``) scores its own rules, not an installed
    # package's.
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from storylens.extract.quantities import find_quantities
    from storylens.nlp import Resources

    if {"-h", "--help"} & set(arguments):
        # Say so rather than score: a bare run scores every table, blind ones included.
        raise SystemExit(__doc__)
    show = [argument for argument in arguments if not argument.startswith("--")]
    unknown = [a for a in arguments if a.startswith("--exclude-") and a.removeprefix("--exclude-") not in BLIND_MODULES]
    if unknown:
        raise SystemExit(f"unknown flag {unknown[0]}: blind modules are {', '.join(BLIND_MODULES)}")
    tables = _tables(frozenset(a.removeprefix("--exclude-") for a in arguments if a.startswith("--exclude-")))
    sentences = sorted({sentence for table in tables.values() for _, sentence, _, _ in table})
    spans = {doc.text: doc[:] for doc in Resources().spacy.pipe(sentences, batch_size=64)}

    def right(expected: list[Any], found: tuple[Any, ...]) -> bool:
        return len(found) == len(expected) and all(e.matches(q) for e, q in zip(expected, found, strict=True))

    def aligned(expected: list[Any], found: tuple[Any, ...]) -> int:
        """How many expected quantities are found right, in reading order (longest common subsequence)."""
        best = [[0] * (len(found) + 1) for _ in range(len(expected) + 1)]
        for i, wanted in enumerate(expected):
            for j, quantity in enumerate(found):
                best[i + 1][j + 1] = (best[i][j] + 1 if wanted.matches(quantity)
                                      else max(best[i][j + 1], best[i + 1][j]))
        return best[-1][-1]

    totals = [0, 0, 0]
    counts = [0, 0, 0]  # quantities expected, found, right (with the parse) over every table scored
    for name, table in tables.items():
        with_parse = without = 0
        table_counts = [0, 0, 0]
        for _, sentence, published, expected in table:
            found = find_quantities(sentence, published=published, span=spans[sentence])
            with_parse += right(expected, found)
            for index, amount in enumerate((len(expected), len(found), aligned(expected, found))):
                table_counts[index] += amount
            without += right(expected, find_quantities(sentence, published=published))
            if name in show and not right(expected, found):
                print(f"  miss: {sentence}\n        {[q.to_dict() for q in found]}")
        totals = [totals[0] + with_parse, totals[1] + without, totals[2] + len(table)]
        counts = [total + amount for total, amount in zip(counts, table_counts, strict=True)]
        print(f"{name:12s} {len(table):4d}  with the parse {with_parse / len(table):.3f}"
              f"  without {without / len(table):.3f}  {_by_quantity(table_counts)}")
    print(f"{'all':12s} {totals[2]:4d}  with the parse {totals[0] / totals[2]:.3f}"
          f"  without {totals[1] / totals[2]:.3f}  {_by_quantity(counts)}")
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
