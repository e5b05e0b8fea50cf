"""Quantities, session 7: shapes of the rules prompted by TWENTY_SIXTH's first-run misses and by the time-field misses
pooled over the last eleven draws (each checked with the parse, as the claims stage runs it, or without where the rule
is a word rule).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from storylens.extract.quantities import find_quantities

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # The time field, with the parse: a subordinator after a participle opens a clause inside the phrase, not the
        # phrase ("setting up … as the variant rattles"); a date hung on an auxiliary dates its verb's clause; a
        # "when" clause on a baseline date is that date's; a "where" clause on a noun dates nothing it counts; a date
        # between a "from" and a "to" phrase is the starting point's; a gerund after "as" shares its host's date; a
        # sum "in" what a participle describes is dated by it.
        ("Benefits expired on Monday, setting up a cutoff for 7.5 million people as the variant spreads.",
         "2021-09-07",
         [(None, "date", None, "2021-09-06", None), (7500000.0, "people", "exact", "2021-09-06", None)]),
        ("The administration did in June agree to back a $50 billion bailout.", "2018-09-01",
         [(None, "date", None, "2018-06", None), (50e9, "USD", "exact", "2018-06", None)]),
        ("It marked the best level since March 14, 2020, when there were 256,000 applicants.", "2021-10-14",
         [(None, "date", None, "2020-03-14", None), (256000.0, "applicants", "exact", "2020-03-14", None)]),
        ("Romney climbed from an 8-point deficit last month to a 4-point lead.", "2012-10-10",
         [(8.0, "point", "exact", "2012-09", None), (None, "date", None, "2012-09", None),
          (4.0, "point", "exact", None, None)]),
        ("The report says there were 456,000 fewer people counted as being among the unemployed last month.",
         "2012-10-05",
         [(456000.0, "people", "exact", "2012-09", None), (None, "date", None, "2012-09", None)]),
        # Dates and shapes without the parse's help: a month after a past year of its clause or an opening decade,
        # "August the 31st", "19 1/2", an age at a sentence's end, a counted phrase ending before another number, a
        # share before an aside in dashes, "the top four" before an adjective and a plural.
        ("She remained in the 2008 primary contest until June.", "2016-04-28",
         [(None, "date", None, "2008", None), (None, "date", None, "2008-06", None)]),
        ("During a standoff in the mid-1990s, Congress paid for the month of March.", "2013-01-16",
         [(None, "date", None, "1990s", None), (None, "date", None, "--03", None)]),
        ("The two sides have been battling since 2004, and they agreed in March to a truce.", "2021-06-15",
         [(2.0, "sides", "exact", "2004", None), (None, "date", None, "2004", None),
          (None, "date", None, "2021-03", None)]),
        ("He is leaving August the 31st.", "2021-08-20", [(None, "date", None, "2021-08-31", None)]),
        ("He faced between 15 and 19 1/2 years in prison.", None, [(15.0, "year", "range", None, 19.5)]),
        ("She wounded her husband, lawyer Mark Anderl, 63.", None, [(63.0, None, "exact", None, None)]),
        ("Support is down from 84% nearly two months ago.", None,
         [(84.0, "percent", "exact", None, None), (2.0, "month", "about", None, None)]),
        ("A poll showed that a bit more than half — 55 percent — of his supporters agreed.", None,
         [(50.0, "percent", "over", None, None), (55.0, "percent", "exact", None, None)]),
        ("They wrote to the top four congressional leaders.", None,
         [(4.0, "congressional leaders", "exact", None, None)]),
        ("Pelosi set up a committee to investigate the Jan. 6 Capitol riot.", "2021-06-29",
         [(None, "date", None, "2021-01-06", None)]),
    ],
)
def test_shapes_of_session_seven(
    sentence: str, published: str | None,
    expected: list[tuple[float | None, str | None, str | None, str | None, float | None]], nlp: Language,
) -> None:
    found = find_quantities(sentence, published=published, span=nlp(sentence)[:])
    assert [(q.value, q.unit, q.qualifier, q.time, q.upper) for q in found] == expected, found


def test_an_age_at_the_end_of_a_sentence_is_an_age() -> None:
    (age,) = find_quantities("She wounded her husband, lawyer Mark Anderl, 63.")
    assert age.measure == "age"
