"""Quantities, session 10: one shape per general fix, read with the parse as the claims stage reads it, and where the
fix is a word rule also without it.

The fixes were prompted by the first-run misses of THIRTY_EIGHTH and THIRTY_NINTH
(``tests/test_quantities_session9f.py``, ``9g``), drawn blind and first run on the rules frozen at 9105100. Each row
reads a real sentence of the same shape from the audit's sources (``benchmarks/quantities_audit.py``: bias-corpus
articles at lines 690–699 modulo 700, PolNeAR dev, BASIL, ClaimBuster), which no draw samples; where no such sentence
was found the row reads the draw's own sentence and says so. Guards for the wrong changes seen in the audit's diff say
so too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from storylens.extract.quantities import find_quantities

from .test_quantities import Expected
from .test_quantities import read_fields as _read

if TYPE_CHECKING:
    from spacy.language import Language

#: Shapes the word rules read, the same with the parse and without: (sentence, published, expected).
WORD_SHAPES: list[tuple[str, str | None, Expected]] = [
    # A sum "per" a singular noun is a price of one unit (THIRTY_NINTH: "$165 per student"; audit: "per acre"), and a
    # period after it stays on it ("per employee per year")
    ("That amounts to about $4.60 per acre.", "2020-06-11", [(4.6, "USD per acre", "about", None, None)]),
    ("Under the employer mandate, a firm with 50 or more full-time employees that fails to provide health insurance "
     "for its workforce faces a penalty of up to $2,260 per employee per year.", "2017-04-05",
     [(50.0, "full-time employees", "at least", None, None),
      (2260.0, "USD per employee per year", "up to", None, None)]),
    # A year written with an apostrophe after a preposition, "the", "and" or a comma is a year (THIRTY_EIGHTH:
    # "Reverse Course in '16"; audit: "McCain in '08", "the classes of ’10, ’12 and ’14", "the '76 measure")
    ("John McCain in '08 -- the party spurned its base and depressed Republican turnout.", "2016-03-24",
     [(None, "date", None, "2008", None)]),
    ("The real policy solutions are going to come from the “Ideas Wing” of the GOP in the next House and Senate, the "
     "new generation of principled and energetic leadership that came in with the classes of ’10, ’12 and ’14.",
     "2014-11-05",
     [(None, "date", None, "2010", None), (None, "date", None, "2012", None), (None, "date", None, "2014", None)]),
    ("I did support the '76 measure that he told about, because we were in a deep recession and we needed some "
     "stimulation.", None, [(None, "date", None, "1976", None)]),
    # the decades keep their reading
    ("The ’80s and ’90s were good to him.", None,
     [(None, "date", None, "1980s", None), (None, "date", None, "1990s", None)]),
    # "that year" after a figure dates it by the year of the date before it, as "in October of that year" (audit;
    # the word rule it replaces dated it across "and" by accident)
    ("Maddow did not unveil the relevant tax documents until 23 minutes into the show, revealing that Donald Trump had "
     "made more than $150 million in income in 2005 and paid $38 million in income taxes that year.", "2017-03-14",
     [(23.0, "minute", "exact", None, None), (1.5e8, "USD", "over", "2005", None), (None, "date", None, "2005", None),
      (3.8e7, "USD", "exact", "2005", None)]),
    # A structure's points count, as its tiers do (THIRTY_NINTH: "a six-pointed star"; audit: the same shape)
    ("There were tweets that brought in anti-Semitic imagery during the campaign (a six-pointed Jewish star, "
     "superimposed upon a pile of money that was later sworn to be a “sheriff’s star”; surrogates who tweeted images "
     "of Pepe the frog, a favorite of the self-described alt-right).", "2017-02-19",
     [(6.0, "point", "exact", None, None)]),
    # A span counted "since" a point is undated, as "five days after" (THIRTY_NINTH's own sentence: the audit's spans
    # since a point had no date beside them)
    ("Tuesday marks four weeks since Donald Trump won the Indiana Republican primary, forcing fellow presidential "
     "candidates Ted Cruz and John Kasich out of the race and earning him the mantle of presumptive Republican "
     "nominee.", "2016-05-31",
     [(None, "date", None, "2016-05-31", None), (4.0, "week", "exact", None, None)]),
    # A span before "mark" is a point counted from a start, undated (THIRTY_NINTH's own sentence: none in the audit)
    ("By the 30-minute mark on Wednesday night, some people were yawning and others checking their phones as he "
     "mentioned raising the minimum wage (with far less intensity than Mr. Sanders's passionate plea for $15 an hour) "
     "and described Mrs. Clinton's plans for new Wall Street regulations.", "2016-01-28",
     [(30.0, "minute", "exact", None, None), (None, "date", None, "2016-01-27", None),
      (15.0, "USD per hour", "exact", None, None)]),
    # A weekday after a verb with a modal of possibility lies ahead (THIRTY_NINTH's own sentence: written on a
    # Saturday, the coming Monday) ...
    ("The 60-second spot, which is airing on national cable and could hit Florida airwaves Monday, starts with a "
     "montage of Trump's comments about wanting to punch protesters In the face.", "2016-03-12",
     [(60.0, "second", "exact", None, None), (None, "date", None, "2016-03-14", None)]),
    # ... but not after a negated modal (a past inability, a written guard); for a comma between see below
    ("Police could not confirm the shooting Monday.", "2016-03-12", [(None, "date", None, "2016-03-07", None)]),
    # A bare number joined by "and" to a span takes its unit (THIRTY_NINTH's own sentence: none in the audit)
    ("\"Vetting is one thing,\" Carson said on NBC's Meet the Press, but he said he is being asked about incidents "
     "that happened 20 and 50 years ago.", "2015-11-08",
     [(20.0, "year", "exact", None, None), (50.0, "year", "exact", None, None)]),
    # A "one" in a list of counts whose noun is elided after the first counts, as its neighbours do (THIRTY_EIGHTH's
    # own sentence: none in the audit)
    ("The Cook Political Report identifies four Republican toss-up seats in California, one in Colorado, two in "
     "Illinois, two in Minnesota, one in New Jersey and two in New York.", "2018-09-01",
     [(4.0, "Republican toss-up seats", "exact", None, None), (1.0, None, "exact", None, None),
      (2.0, None, "exact", None, None), (2.0, None, "exact", None, None), (1.0, None, "exact", None, None),
      (2.0, None, "exact", None, None)]),
    # "about" after a verb of asking is the topic's preposition: "one projection" is "a certain", no count
    # (THIRTY_EIGHTH's own sentence: none in the audit) ...
    ("Fauci spoke on CNN’s “State of the Union” about COVID-19 and was asked about one projection that suggests cases "
     "will continue rising if more Americans don’t get vaccinated.", "2021-06-28", []),
    # ... while "about one in five" stays a share (a written guard)
    ("Reporters asked about one in five voters.", None, [(20.0, "percent", "about", None, None)]),
]


#: Shapes of the word rules alone (the reading without the parse; the parse already read them): the draws' own
#: sentences, as none of these shapes was found in the audit's sources.
WORDS_ONLY_SHAPES: list[tuple[str, str | None, Expected]] = [
    # A date inside an "if" clause keeps out of its host (rule 4; THIRTY_NINTH)
    ("Waage says, based on the polls right now, Republicans would gain two Senate seats if the election happened "
     "today.", "2018-10-15",
     [(2.0, "Senate seats", "exact", None, None), (None, "date", None, "2018-10-15", None)]),
    # A "with" phrase after a clause-final date, its noun with a passive participle, is the clause's (THIRTY_NINTH) ...
    ("The U.S. will begin sharing its entire stock of AstraZeneca COVID-19 vaccines with the world once it clears "
     "federal safety reviews, the White House said Monday, with as many as 60 million doses expected to be available "
     "for export in the coming months.", "2021-04-26",
     [(None, "date", None, "2021-04-26", None), (60000000.0, "doses", "up to", "2021-04-26", None)]),
    # ... not after a baseline (guard from the audit's diff)
    ("Obama’s record on deportations has not been matched since the 1950s, with nearly 400,000 foreigners removed in "
     "each year of his term.", "2012-06-11",
     [(None, "date", None, "1950s", None), (400000.0, "foreigners", "about", None, None)]),
    # ... and with an active participle it is absolute (guard: THIRTIETH's own sentence)
    ("Ellzey won with just over 53 percent of the vote on Tuesday, with Wright taking 46.7 percent.", "2021-07-28",
     [(53.0, "percent", "over", "2021-07-27", None), (None, "date", None, "2021-07-27", None),
      (46.7, "percent", "exact", None, None)]),
    # Two counts of one conjoined noun phrase share its date (THIRTY_EIGHTH)
    ("Feinstein reintroduced the ban in January as a response to the mass shooting of 20 children and six adults at "
     "an elementary school Dec. 14 in Newtown, Conn.", "2013-03-19",
     [(None, "date", None, "2013-01", None), (20.0, "children", "exact", "2012-12-14", None),
      (6.0, "adults", "exact", "2012-12-14", None), (None, "date", None, "2012-12-14", None)]),
    # A date ending one conjunct dates only that one (rule 2; THIRTY_EIGHTH)
    ("Warner, a Republican, was elected to the Senate in 1978 and served five terms.", "2021-05-26",
     [(None, "date", None, "1978", None), (5.0, "terms", "exact", None, None)]),
    # A capitalised hyphenated compound before the plural head belongs to the counted phrase (THIRTY_NINTH)
    ("But CNN journalists on two successive Moscow-to-Havana flights said Snowden did not appear to be in the cabin, "
     "while officials at the Russian capital's Sheremetyevo International Airport declined to say whether he was "
     "still there.", "2013-06-24", [(2.0, "successive Moscow-to-Havana flights", "exact", None, None)]),
    # A year before a word in "-ss" names it: no plural, no count (THIRTY_EIGHTH)
    ("They replayed Mrs. Obama's 2008 address at the Democratic convention.", None,
     [(None, "date", None, "2008", None)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), WORDS_ONLY_SHAPES)
def test_words_only_shapes_of_session_ten(sentence: str, published: str | None, expected: Expected) -> None:
    """Word rules of session 10 (the reading without the parse)."""
    assert _read(find_quantities(sentence, published=published)) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), WORD_SHAPES)
def test_word_shapes_of_session_ten(sentence: str, published: str | None, expected: Expected, nlp: Language) -> None:
    """Word rules of session 10: the same reading with the parse and without."""
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected
    assert _read(find_quantities(sentence, published=published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A participle that names its noun ("a company called Pacific East") takes no date: the date after the name
        # dates the clause the noun belongs to (THIRTY_EIGHTH's own sentence: none in the audit)
        ("The Obama campaign spent nearly $4,700 on telemarketing services from a Canadian telemarketing company "
         "called Pacific East between March and June, a Washington Free Beacon study of federal election filings "
         "shows.", "2012-07-15",
         [(4700.0, "USD", "about", "2012-03/2012-06", None), (None, "date", None, "2012-03/2012-06", None)]),
        # A causative's small clause ("making health plans available to 40 million Americans") is part of the
        # participle's clause, which shares the date of its host (THIRTY_NINTH's own sentence: none in the audit)
        ("Mr. Obama, speaking at the White House, said the health exchanges will begin running on Tuesday, making "
         "health plans available to 40 million Americans, and said there is nothing in the current spending fight "
         "that can stop that.", "2013-09-30",
         [(None, "date", None, "2013-10-01", None), (40000000.0, "Americans", "exact", "2013-10-01", None)]),
        # A participle phrase outside a quotation that the parser hung inside the quoted complement of "said" is the
        # reporter's: it shares the saying's date (THIRTY_EIGHTH's own sentence: none in the audit)
        ('House Speaker Nancy Pelosi (D-Calif.) on Thursday said the panel looking into the Jan. 6 attack on the '
         'Capitol “will not let" GOP "antics stand in the way” of the investigation, offering her first detailed '
         'remarks on her rejection of two Republican lawmakers for the committee.', "2021-07-22",
         [(None, "date", None, "2021-07-22", None), (None, "date", None, "2021-01-06", None),
          (2.0, "Republican lawmakers", "exact", "2021-07-22", None)]),
    ],
)
def test_parse_shapes_of_session_ten(sentence: str, published: str | None, expected: Expected, nlp: Language) -> None:
    """Scopes of session 10 read from the parse."""
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected


@pytest.mark.parametrize("use_parse", [True, False])
def test_possibility_modal_does_not_reach_across_a_comma(use_parse: bool, nlp: Language) -> None:
    """Guard from the audit: a modal of possibility earlier in the sentence, across commas, leaves a weekday in the
    past ("You might get two thank-you's …, got on Wednesday", written on a Friday)."""
    sentence = ("You might get two thank-you’s in a press conference, like United Technologies, which reached a deal "
                "with the president-elect to keep several hundred Indiana manufacturing jobs from moving to Mexico, "
                "got on Wednesday.")
    found = find_quantities(sentence, published="2017-01-13", span=nlp(sentence)[:] if use_parse else None)
    assert [q.time for q in found if q.unit == "date"] == ["2017-01-11"]
