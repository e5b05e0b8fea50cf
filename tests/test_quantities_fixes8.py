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
        # "one" before a number joined to a measure counts the noun, and the measure is its own figure
        # (TWENTY_SEVENTH: "he served one two-year term as mayor"); "one two-way race" stays the article.
        ("Angered by zoning laws, he served one two-year term as mayor.", None,
         [(1.0, "term", "exact", None, None), (2.0, "year", "exact", None, None)]),
        ("They ran one 30-second ad.", None, [(1.0, "ad", "exact", None, None), (30.0, "second", "exact", None, None)]),
        # A verb of change reaches a level over three words of its object (FINAL: "endorsed lowering the Medicare
        # eligibility age to 55").
        ("They have already endorsed lowering the Medicare eligibility age to 55.", None,
         [(55.0, None, "target", None, None)]),
        # but a span after a phrase of its own is no level reached (ClaimBuster: "lowering our oil imports to the lowest
        # levels in 16 years").
        ("And all these things have contributed to us lowering our oil imports to the lowest levels in 16 years.", None,
         [(16.0, "year", "exact", None, None)]),
        # "the Sept. 11 attacks" are those of 2001 in any year (TWENTY_SEVENTH, written in 2021); "the Sept. 11
        # attack" in the singular is the nearest such day (BLIND: Benghazi, written in 2012).
        ("Four days before the 20th anniversary of the Sept. 11 attacks, the Taliban declared.", "2021-09-07",
         [(4.0, "day", "exact", None, None), (None, "date", None, "2001-09-11", None)]),
        ("He likened it to the September 11 terrorist attacks.", "2021-06-06",
         [(None, "date", None, "2001-09-11", None)]),
        ("Her comments five days after the Sept. 11 attack angered them.", "2012-12-18",
         [(5.0, "day", "exact", None, None), (None, "date", None, "2012-09-11", None)]),
        # "the 1%" with nothing saying of what is the group (TENTH: "on college, Wall Street, the 1%, civil
        # rights"); "the top 1% of earners" is a share.
        ("They agree on college, Wall Street, the 1%, civil rights, etcetera.", None, []),
        ("The top 1% of earners paid more.", None, [(1.0, "percent", "exact", None, None)]),
        # A mixed fraction with a hyphen before a hyphenated unit (SEVENTH: "a 5-1/2-acre retreat"), as "19 1/2".
        ("At Little Palm Island, a 5-1/2-acre retreat in the Florida Keys, vacationers can swim.", None,
         [(5.5, "acre", "exact", None, None)]),
        # A share's earlier level without "of" (TWENTY_SEVENTH: "about half of public university revenues, up from a
        # quarter 25 years ago"); "a quarter century" is a span.
        ("Tuition now makes up about half of revenues, up from a quarter 25 years ago.", None,
         [(50.0, "percent", "about", None, None), (25.0, "percent", "exact", None, None),
          (25.0, "year", "exact", None, None)]),
        ("Prices are up from a quarter century ago.", None, []),
        # A weekday naming an event after "the" is the nearest such day, as "the Jan. 6 riot" (TWENTY_SEVENTH:
        # "canceled the Friday affair", written on Thursday 2021-09-16); "the Friday before the vote" stays a date.
        ("French officials canceled the Friday affair, which was set to commemorate the battle.", "2021-09-16",
         [(None, "date", None, "2021-09-17", None)]),
        ("He spoke on the Friday before the vote.", "2021-09-16", [(None, "date", None, "2021-09-10", None)]),
        # "or two" after a singular noun with an adjective, or after a coming or past period, is one to two
        # (NINETEENTH: "the influence of a single institution or two"; THIRTEENTH: "in the coming year or two").
        ("They are too large to be dominated by the influence of a single institution or two.", None,
         [(1.0, "institution", "range", None, 2.0)]),
        ("They would not spur job creation in the coming year or two.", "2012-01-25",
         [(1.0, "year", "range", None, 2.0)]),
        # A pair of adjectives of time or status is one modifier of the counted noun (SIXTEENTH: "five past and
        # present Missouri Republican senators urged Akin").
        ("Romney added his voice after five past and present Missouri Republican senators urged Akin to step aside.",
         None, [(5.0, "past and present Missouri Republican senators", "exact", None, None)]),
        # "until age 26" is an age up to 26 (FIFTEENTH: "remain on their parents' plans until age 26").
        ("It allows children to remain on their parents' plans until age 26.", None,
         [(26.0, None, "up to", None, None)]),
        # "today's" standing for a noun is the present, no day (BLIND: "far different from today's"); "Today's vote"
        # is a day.
        ("The backdrop was far different from today’s.", "2015-04-24", []),
        ("Today's vote was close.", "2015-04-24", [(None, "date", None, "2015-04-24", None)]),
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
        # A number the parser makes the subject of the noun after it counts that noun (TENTH: "11 members of the jury
        # … could not get the one holdout to change her mind").
        ("Eleven jurors agreed, but they could not get the one holdout to change her mind.", None,
         [(11.0, "jurors", "exact", None, None), (1.0, "holdout", "exact", None, None)]),
        # The plural subject of a forecast after the counted noun opens a clause of its own (TWELFTH: "well below
        # the nearly 1 million jobs economists expected"); "licenses expected to lapse" is the noun's participle.
        ("Nonfarm payrolls increased by only 266,000 jobs, well below the nearly 1 million jobs economists expected "
         "and a sharp contrast to steady increases in growth.", None,
         [(266000.0, "jobs", "exact", None, None), (1e6, "jobs", "about", None, None)]),
        ("Two firearms licenses expected to lapse were renewed.", None,
         [(2.0, "firearms licenses", "exact", None, None)]),
        # A day in an apposition on a name takes no tense from the clause around it: the nearest such day
        # (TWENTY_FIRST: "Joni Ernst, a candidate in the Republican Senate primary on June 3, announced …", written in
        # May 2014).
        ("Joni Ernst, a candidate in the Republican Senate primary on June 3, announced it in an ad.", "2014-05-20",
         [(None, "date", None, "2014-06-03", None)]),
        # A date in what a chance is of lies ahead (TWENTY_FIRST: "a one-in-three chance of losing control of the
        # House in November", written in April 2012).
        ("Boehner said Republicans had a one-in-three chance of losing control of the House in November.",
         "2012-04-23", [(33.33, "percent", "exact", None, None), (None, "date", None, "2012-11", None)]),
        # A list of counts joined by "and" stays a list (ClaimBuster: "which created 17 new taxes and 50 new
        # bureaucracies and price controls").
        ("Well, one thing I did was oppose the government takeover health care that President Clinton offered in 1993, "
         "which created 17 new taxes and 50 new bureaucracies and price controls, because we were afraid the very "
         "thing you mentioned would have happened.", None,
         [(None, "date", None, "1993", None), (17.0, "taxes", "exact", "1993", None),
          (50.0, "bureaucracies", "exact", "1993", None)]),
        ("It could have endangered the 1,300 ICE detainees, some 100 GEO Group employees and other ICE employees "
         "there.", None,
         [(1300.0, "ICE detainees", "exact", None, None), (100.0, "GEO Group employees", "about", None, None)]),
    ],
)
def test_parse_shapes_of_session_eight(
    sentence: str, published: str | None, expected: Expected, nlp: Language
) -> None:
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected
