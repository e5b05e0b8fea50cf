"""Quantities, session 8: one shape per general fix, each written from a real sentence of an earlier table (the table
and its sentence named in the comment), read with the parse as the claims stage reads it, and where the fix is a word
rule also without it.

The fixes were prompted by TWENTY_EIGHTH's first-run misses and the pooled first-run misses of the earlier draws (see
the module docstring of :mod:`storylens.extract.quantities`); every earlier table was re-scored before and after each.
The rows after "Round two" were written for the second round, prompted by the first-run misses of TWENTY_NINTH and
THIRTIETH: each reads a sentence of the same shape as the miss, not the draw's sentence itself (the draws keep theirs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from storylens.extract.quantities import find_quantities

from .test_quantities import Expected
from .test_quantities import read_fields as _read

if TYPE_CHECKING:
    from spacy.language import Language

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
        # Round two (prompted by TWENTY_NINTH's and THIRTIETH's first-run misses). A large, uneven base is the count of
        # a whole, two numbers (THIRTIETH: "only hold 68 out of 105 seats", as SEVENTH's "11 students out of 1,500");
        # a small or round one makes a share (THIRTEENTH: "in 20 out of 27 races"; "nine out of 10 doctors").
        ("Democrats hold 61 out of 149 seats in the chamber.", None,
         [(61.0, None, "exact", None, None), (149.0, "seats", "exact", None, None)]),
        ("The paper endorsed Democrats in 20 out of 27 races.", None, [(74.07, "percent", "exact", None, None)]),
        ("Nine out of 10 doctors agree.", None, [(90.0, "percent", "exact", None, None)]),
        # A structure's levels count, as "two-party" does (THIRTIETH: "kill the two-tiered system"); "three-pronged"
        # stays an idiom.
        ("Critics want to end the two-tiered system.", None, [(2.0, "tier", "exact", None, None)]),
        ("It was a three-pronged attack.", None, []),
        # "N point <noun>" is "an N-point <noun>" (THIRTIETH: "a +12 point jump from November").
        ("Trump enjoys 41% support, a 9 point jump.", None,
         [(41.0, "percent", "exact", None, None), (9.0, "point", "exact", None, None)]),
        # A bare "over" before a number closing a sentence of spans is the span's preposition, its noun left out
        # (TWENTY_NINTH: "in place for 10 years with gradual lifting over five"); "rose over five" stays "over".
        ("The curbs could stay for eight years with a phase-out over three.", None,
         [(8.0, "year", "exact", None, None), (3.0, None, "exact", None, None)]),
        ("Sales rose over five.", None, [(5.0, None, "over", None, None)]),
        # An intensifier between a number and its span (TWENTY_NINTH: "in 2017, one single year,"); a span set off
        # right after a date restates it, undated.
        ("In 2016, one single year, over 60,000 people died.", "2019-07-15",
         [(None, "date", None, "2016", None), (1.0, "year", "exact", None, None),
          (60000.0, "people", "over", "2016", None)]),
        # An irregular past tense ends a counted phrase as an "-ed" one does (THIRTIETH: "Three more fell Tuesday").
        ("Two more fell Tuesday.", "2021-08-11", [(2.0, None, "exact", "2021-08-10", None),
                                                   (None, "date", None, "2021-08-10", None)]),
        # An adverb and its participle before the noun belong to the counted phrase (THIRTIETH: "all 300 million
        # legally owned firearms").
        ("Nobody could seize the 20 million legally registered rifles.", None,
         [(20e6, "legally registered rifles", "exact", None, None)]),
        # A capitalised day word alone in quotes inside a sentence is a title (TWENTY_NINTH: NBC's “Today”).
        ("Sanders visited NBC’s “Today” to discuss the race.", "2016-04-08", []),
        # "this weekend" in an "after" clause before a past host, written on a Thursday, is the weekend just past
        # (THIRTIETH: "After a federal eviction moratorium was allowed to lapse this weekend, the CDC issued …").
        ("After the ban was allowed to expire this weekend, the agency issued a new one Tuesday.", "2021-08-05",
         [(None, "date", None, "2021-W30", None), (None, "date", None, "2021-08-03", None)]),
        ("After the ban expires this weekend, tenants will be evicted.", "2021-08-05",
         [(None, "date", None, "2021-W31", None)]),
        # A weekday opening a clause in the future is the coming one, also the next day (TWENTY_NINTH: "On Sunday, …
        # Trump will visit seven states", written on a Saturday).
        ("On Sunday, the president will visit four states.", "2016-11-05",
         [(None, "date", None, "2016-11-06", None), (4.0, "states", "exact", "2016-11-06", None)]),
        # A weekday after "on" in the middle of a past clause stays in the past whatever follows the comma.
        ("The council voted on Sunday, and it will meet again.", "2016-11-05",
         [(None, "date", None, "2016-10-30", None)]),
        # A part of the day set off right after a day restates it: the day of speaking (THIRTIETH: "lifted off … on
        # August 30th, this afternoon, at 3:29 p.m.", published the next day).
        ("The last flight left on May 3rd, this morning, at 9 a.m.", "2021-05-04",
         [(None, "date", None, "2021-05-03", None), (None, "date", None, "2021-05-03", None)]),
        # A weekday owning an event the clause is placed before is the nearest such day, as "the Friday affair"
        # (FIFTEENTH: "challenged Trump to a one-on-one debate before Monday's caucus", written on a Friday).
        ("Cruz demanded a debate ahead of Tuesday's primary.", "2016-03-12",
         [(None, "date", None, "2016-03-15", None)]),
        # A date between a named subject and its verb in the past dates the verb's clause, without the parse too
        # (THIRTIETH: "House Democrats on Tuesday approved a roughly $3.5 trillion budget").
        ("Senate Republicans on Tuesday approved a $1.5 trillion budget.", "2021-08-25",
         [(None, "date", None, "2021-08-24", None), (1.5e12, "USD", "exact", "2021-08-24", None)]),
        # A participle phrase after a clause-final date shares its date (THIRTIETH: "Three more fell Tuesday, bringing
        # the total to nine"); what a participle of saying introduces is a clause of its own (TABLE: "on Friday,
        # saying the strike killed three adults").
        ("Two more fell Monday, bringing the total to seven.", "2021-08-11",
         [(2.0, None, "exact", "2021-08-09", None), (None, "date", None, "2021-08-09", None),
          (7.0, None, "exact", "2021-08-09", None)]),
        ("Officials admitted the error on Friday, saying the strike killed three adults.", "2021-09-18",
         [(None, "date", None, "2021-09-17", None), (3.0, "adults", "exact", None, None)]),
        # Two sums of one conjoined subject share its clause's date (TWENTY_NINTH: "The Senate's bipartisan $1.2
        # trillion infrastructure bill and President Biden's $3.5 trillion spending package could live or die this
        # week").
        ("The House's $2 trillion tax bill and President Biden's $1 trillion plan could pass this week.", "2021-09-27",
         [(2e12, "USD", "exact", "2021-W39", None), (1e12, "USD", "exact", "2021-W39", None),
          (None, "date", None, "2021-W39", None)]),
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
        # A day's possessive on the object of a phrase on the verb dates the clause, as "in the vote on Monday"
        # would (TWENTY_NINTH: "Four moderate Democrats joined Republicans in Monday's committee vote", as FIFTH's "At
        # Thursday's CNN debate, Sanders added two more similarities"); "after Monday's vote" places the clause.
        ("Three moderate Republicans joined Democrats in Tuesday’s committee vote.", "2020-02-19",
         [(3.0, "moderate Republicans", "exact", "2020-02-18", None), (None, "date", None, "2020-02-18", None)]),
        ("Three senators spoke after Monday's vote.", "2020-02-19",
         [(3.0, "senators", "exact", None, None), (None, "date", None, "2020-02-17", None)]),
        ("It could have endangered the 1,300 ICE detainees, some 100 GEO Group employees and other ICE employees "
         "there.", None,
         [(1300.0, "ICE detainees", "exact", None, None), (100.0, "GEO Group employees", "about", None, None)]),
    ],
)
def test_parse_shapes_of_session_eight(
    sentence: str, published: str | None, expected: Expected, nlp: Language
) -> None:
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected
