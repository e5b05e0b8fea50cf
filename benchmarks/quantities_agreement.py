"""How far two readers of the quantities conventions agree, sentence by sentence, and where the rules stand between.

Usage (from the repo root)::

    .venv/bin/python benchmarks/quantities_agreement.py            # every draw that has a second reading
    .venv/bin/python benchmarks/quantities_agreement.py --show     # also print each sentence the readers differ on

A draw's first reading is its table in ``tests/test_quantities_session*.py`` (the gate's annotations); the second is
``SECOND_READING`` in ``tests/quantities_second_reading_<key>.py``, written by another reader from the same written
conventions (the module docstrings of ``storylens.extract.quantities`` and ``quantities_parse``, ``docs/quantities.md``
and the earlier tables), blind to the first reading and to the rules' output. A sentence agrees when both readings hold
the same quantities in the same order with the same value, unit, qualifier, time and upper bound (a measure counts only
where both readers gave one) — the test a sentence of a table must pass against the rules. Sentences the first reader
dropped as scraping leftovers are left out.

The figure is the ceiling the annotation itself puts on the sentence accuracy of any reader, the rules included: where
two careful readers differ on a sentence, the rules can match at most one of them. Each disagreement is put in the
first field that differs (number of quantities, value, unit, qualifier, time, upper bound).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

#: Draws with a second reading: key → (module of the first reading, its table, module of the second reading).
SECOND_READINGS = {
    "9a": ("test_quantities_session9a", "THIRTY_THIRD", "quantities_second_reading_9a"),
    "9b": ("test_quantities_session9b", "THIRTY_FOURTH", "quantities_second_reading_9b"),
    "9c": ("test_quantities_session9c", "THIRTY_FIFTH", "quantities_second_reading_9c"),
    "9d": ("test_quantities_session9d", "THIRTY_SIXTH", "quantities_second_reading_9d"),
    "9e": ("test_quantities_session9e", "THIRTY_SEVENTH", "quantities_second_reading_9e"),
    "9f": ("test_quantities_session9f", "THIRTY_EIGHTH", "quantities_second_reading_9f"),
    "9g": ("test_quantities_session9g", "THIRTY_NINTH", "quantities_second_reading_9g"),
    "10d": ("test_quantities_session10d", "FORTY_THIRD", "quantities_second_reading_10d"),
    "10e": ("test_quantities_session10e", "FORTY_FOURTH", "quantities_second_reading_10e"),
    "10f": ("test_quantities_session10f", "FORTY_FIFTH", "quantities_second_reading_10f"),
}
FIELDS = ("value", "unit", "qualifier", "time", "upper")


def _squash(sentence: str) -> str:
    """The sentence with every run of white space (non-breaking too) as one space: copies may differ in it."""
    return re.sub(r"\s+", " ", sentence.replace("\xa0", " ")).strip()


def _same_value(first: float | None, second: float | None) -> bool:
    if first is None or second is None:
        return first is second
    return abs(first - second) < 1e-6 * max(1.0, abs(first))


def first_difference(first: list[Any], second: list[Any]) -> str | None:
    """The first field two readings of one sentence differ in (``"count"`` for the number of quantities), or None."""
    from tests.test_quantities import ANY

    if len(first) != len(second):
        return "count"
    for one, other in zip(first, second, strict=True):
        if not _same_value(one.value, other.value):
            return "value"
        for field in FIELDS[1:]:
            if getattr(one, field) != getattr(other, field):
                return field
        if ANY not in (one.measure, other.measure) and one.measure != other.measure:
            return "measure"
    return None


def _matches(expected: list[Any], found: tuple[Any, ...]) -> bool:
    return len(found) == len(expected) and all(e.matches(q) for e, q in zip(expected, found, strict=True))


def main(arguments: list[str]) -> None:
    """Print, per draw with a second reading: sentence agreement, disagreements by field, and the rules against each."""
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from storylens.extract.quantities import find_quantities
    from storylens.nlp import Resources

    show = "--show" in arguments
    nlp = Resources().spacy
    totals: Counter[str] = Counter()
    for key, (first_module, table_name, second_module) in SECOND_READINGS.items():
        if not (REPO / "tests" / f"{second_module}.py").exists():
            print(f"{key}: no second reading yet")
            continue
        first_rows = {_squash(row[1]): row
                      for row in getattr(importlib.import_module(f"tests.{first_module}"), table_name)}
        second_rows = importlib.import_module(f"tests.{second_module}").SECOND_READING
        shared = [(first_rows[_squash(row[1])], row) for row in second_rows if _squash(row[1]) in first_rows]
        spans = {doc.text: doc[:] for doc in nlp.pipe([first[1] for first, _ in shared], batch_size=64)}
        differences: Counter[str] = Counter()
        rules_first = rules_second = rules_either = 0
        for first, second in shared:
            difference = first_difference(first[3], second[3])
            differences[difference or "agree"] += 1
            found = find_quantities(first[1], published=first[2], span=spans[first[1]])  # once, against both readings
            right_first = _matches(first[3], found)
            right_second = _matches(second[3], found)
            rules_first += right_first
            rules_second += right_second
            rules_either += right_first or right_second
            if show and difference:
                print(f"  {difference}: {first[1]}\n    first  {first[3]}\n    second {second[3]}")
        size = len(shared)
        print(f"{table_name}: {size} sentences read twice; readers agree on {differences['agree']} "
              f"({differences['agree'] / size:.3f}); differences by first field: "
              + ", ".join(f"{field} {count}" for field, count in differences.most_common() if field != "agree"))
        print(f"  rules (current tree, with the parse) right against the first reading {rules_first / size:.3f}, "
              f"the second {rules_second / size:.3f}, either {rules_either / size:.3f}")
        totals.update(differences)
        totals["sentences"] += size
        totals["rules_first"] += rules_first
        totals["rules_either"] += rules_either
    if totals["sentences"]:
        size = totals["sentences"]
        print(f"all: {size} sentences; readers agree {totals['agree'] / size:.3f}; rules right against the first "
              f"reading {totals['rules_first'] / size:.3f}, against either {totals['rules_either'] / size:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
