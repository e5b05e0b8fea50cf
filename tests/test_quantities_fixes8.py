"""Quantities, session 8: one shape per general fix, each written from a real sentence of an earlier table (the table
and its sentence named in the comment), read with the parse as the claims stage reads it, and where the fix is a word
rule also without it.

The fixes were prompted by TWENTY_EIGHTH's first-run misses and the pooled first-run misses of the earlier draws (see
the module docstring of :mod:`storylens.extract.quantities`); every earlier table was re-scored before and after each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from storylens.extract.quantities import find_quantities

if TYPE_CHECKING:
    from spacy.language import Language

    from storylens.records import Quantity

Expected = list[tuple[float | None, str | None, str | None, str | None, float | None]]


def _read(found: tuple[Quantity, ...]) -> Expected:
    return [(q.value, q.unit, q.qualifier, q.time, q.upper) for q in found]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # An even split is a tally of two bare numbers (TWENTY_EIGHTH: "would lead to a 50-50 Senate"); even odds
        # stay one percent (TWENTY_THIRD's precedent: "a 50-50 chance").
        ("A Democratic sweep would lead to a 50-50 Senate.", None,
         [(50.0, None, "exact", None, None), (50.0, None, "exact", None, None)]),
        ("He gave it a 50-50 chance.", None, [(50.0, "percent", "exact", None, None)]),
        # "this weekend" in the past, written early in the week, is the weekend just past (TWENTY_EIGHTH: "ended this
        # weekend", written on Monday 2021-09-06); in the future, or before a possessive, it is the coming one.
        ("Enhanced federal unemployment insurance ended this weekend, after nearly a year and a half.", "2021-09-06",
         [(None, "date", None, "2021-W35", None), (1.5, "year", "about", None, None)]),
        ("The protesters will march this weekend.", "2021-09-06", [(None, "date", None, "2021-W36", None)]),
        ("He denied it before this weekend's final.", "2015-03-31", [(None, "date", None, "2015-W14", None)]),
        ("The store closed this weekend.", "2021-09-11", [(None, "date", None, "2021-W36", None)]),
    ],
)
def test_word_shapes_of_session_eight(sentence: str, published: str | None, expected: Expected, nlp: Language) -> None:
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected
    assert _read(find_quantities(sentence, published=published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A place name the parser hangs as a modifier of a noun further on is counted with it (TWENTY_EIGHTH: "two Des
        # Moines, Iowa-area police officers were fatally shot").
        ("And earlier this month, two Des Moines, Iowa-area police officers were fatally shot.", "2016-11-21",
         [(None, "date", None, "2016-11", None), (2.0, "Des Moines, Iowa-area police officers", "exact", "2016-11",
                                                  None)]),
        # The counted phrase as the last conjunct after "and" takes a noun conjoined to its head (TWENTY_EIGHTH: "Janet
        # Yellen and more than 30 other current and former policymakers and economists wrote"); a list's next item
        # after a comma stays its own (the ICE detainees of an earlier table).
        ("Janet Yellen and more than 30 other current and former policymakers and economists wrote a statement.", None,
         [(30.0, "current and former policymakers and economists", "over", None, None)]),
        ("It could have endangered the 1,300 ICE detainees, some 100 GEO Group employees and other ICE employees "
         "there.", None,
         [(1300.0, "ICE detainees", "exact", None, None), (100.0, "GEO Group employees", "about", None, None)]),
    ],
)
def test_parse_shapes_of_session_eight(
    sentence: str, published: str | None, expected: Expected, nlp: Language
) -> None:
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected
