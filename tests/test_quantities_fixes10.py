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


# --- Session 10, round two: the general causes of the first-run misses of FORTIETH, FORTY_FIRST and FORTY_SECOND
# (``tests/test_quantities_session10a.py`` … ``10c``, first run on the rules frozen at d831e50). Each row reads a
# sentence of the audit's sources where one of the same shape was found, else the draw's own sentence, and says which.

#: Shapes of round two the word rules read, the same with the parse and without: (sentence, published, expected).
ROUND_TWO_WORD_SHAPES: list[tuple[str, str | None, Expected]] = [
    # "from 2008 until 2010" is one interval, as "from … to" (FORTY_SECOND; audit: the same shape in BASIL)
    ("Calderón, who was president from 2006 until 2012, went on to argue that Mr.", "2016-02-25",
     [(None, "date", None, "2006/2012", None)]),
    # A ranking named by its size holds no count (FORTY_SECOND's "Fortune 500 companies"; audit: ClaimBuster)
    ("And in his tax plan, you would have CEOs of Fortune 500 companies getting an average of $700,000 in reduced "
     "taxes, while leaving 100 million Americans out.", None,
     [(700000.0, "USD", "exact", None, None), (1e8, "Americans", "exact", None, None)]),
    # A book's chapter and verses name a passage (FORTY_FIRST's own sentence: the audit's "Deuteronomy 16:17" was
    # read so already, its chapter glued to no number before)
    ("Speaking in his real voice again, he proceeded to recite 2 Timothy 3:1-5 from the Bible, saying: “This know "
     "also, that in those days the perilous times shall come.", "2016-05-03", []),
    # A weekday before a capitalised part of the day opens a title (FORTIETH's "NBC's Saturday Night Live"; audit)
    ("In a Saturday Night Live skit last weekend, a CNN anchor flashed to Hillary Clinton’s Brooklyn headquarters for "
     "reaction to breaking news of a 2005 recording of Donald Trump bragging about kissing and groping women without "
     "their consent.", "2016-10-15",
     [(None, "date", None, "2016-W40", None), (None, "date", None, "2005", None)]),
    # "by the end of this month/year" is a target when its end lies ahead (FORTY_FIRST; audit: the same shape)
    ("The president once again sketched out a two-step process: By the end of this year, come up with a down payment "
     "on revenues, spending cuts and entitlement reforms.", "2012-12-05",
     [(2.0, "step", "exact", None, None), (None, "date", "target", "2012", None)]),
    # "or so" after a quantity, and a noun after it counted (FORTIETH's "or something like that"; audit)
    ("The situation left House Speaker John Boehner (R-Ohio) and the rest of the Republican leadership in the House "
     "with a problem: The 40 or so hardline tea party members of the House GOP do not want the response to Cantor's "
     "loss -- which was driven by grassroots discontent with the establishment -- to simply be more establishment "
     "leadership.", "2014-06-13", [(40.0, "hardline tea party members", "about", None, None)]),
    # ... and a speaker's "I think" between (FORTIETH's own sentence: the audit has no "or something like that")
    ("“I was asked three questions, I think, or something like that,” Bush said.", None,
     [(3.0, "questions", "about", None, None)]),
    # ... and "a" span of time before them is one, about (written: none in the audit), but "or so he says" stands
    # for what was said (a written guard)
    ("It took a week or so to count the ballots.", None, [(1.0, "week", "about", None, None)]),
    ("He paid $500, or so he says.", None, [(500.0, "USD", "exact", None, None)]),
    # The subject of a forecast right after a figure: the figure counts nothing written (FORTIETH's own sentence:
    # none in the audit) ...
    ("At 9.3 million new positions, it was far more than the 8.3 million economists polled by Refinitiv had predicted "
     "— which would have been flat from the revised March job opening numbers.", "2021-06-08",
     [(9300000.0, "positions", "exact", None, None), (8300000.000000001, None, "exact", None, None),
      (None, "date", None, "2021-03", None)]),
    # ... but forecasters whose verb has an object of its own are counted (a written guard)
    ("Some 300 economists predicted a recession.", None, [(300.0, "economists", "about", None, None)]),
    # A month after "the" before an agency's initials dates the report it names (FORTIETH's own sentence)
    ("The May FEC report showed just 69 people on payroll, to Clinton’s 685.", "2016-06-20",
     [(None, "date", None, "2016-05", None), (69.0, "people", "exact", None, None),
      (685.0, None, "exact", None, None)]),
    # "one" before a span of something counts (FORTY_FIRST's own sentence; the audit's "about one hour of trading"
    # read so already)
    ("Comedian Michelle Wolf's biting routine at Saturday's 2018 White House Correspondents' Association dinner has "
     "triggered one of Washington's most recurring conversations: Is one night of pomp and politics worth the "
     "headaches that usually follow?", "2018-04-29",
     [(None, "date", None, "2018-04-28", None), (None, "date", None, "2018", None),
      (1.0, "night", "exact", None, None)]),
    # A capitalised number word opening a sentence the source glued to the one before counts (FORTIETH's own
    # sentence: none in the audit)
    ("I think these were youth coming out of the high school and they thought it was cute to throw cinder blocks "
     "at the police department and address it that way,\" he added.Violence erupted in West Baltimore Monday "
     "following Gray's funeral and later spread to other neighborhoods in East Baltimore and downtown near Camden "
     "Yards.Two dozen people have been arrested and 15 police officers have been injured.",
     "2015-04-28",
     [(None, "date", None, "2015-04-27", None), (24.0, "people", "exact", None, None),
      (15.0, "police officers", "exact", None, None)]),
    # A future "this week" written on a Sunday is the coming ISO week (FORTY_FIRST's own sentence) ...
    ("House Democrats plan to start passing individual spending bills this week, starting with one that funds the "
     "IRS, to try to pressure congressional Republicans and the White House amid the ongoing partial government "
     "shutdown.", "2019-01-06", [(None, "date", None, "2019-W02", None)]),
    # ... also when the future verb comes after it (audit: an Africa summit in Washington the next days)
    ("President Barack Obama has said that some participants at an Africa summit in Washington this week would be "
     "screened for exposure to the virus.", "2014-08-03", [(None, "date", None, "2014-W32", None)]),
    # ... but "earlier this week" is that day's week (guard from the audit's diff)
    ("The communications director for a Republican member of Congress had to apologize Saturday for a Facebook post "
     "critical of the first daughters during President Barack Obama's Thanksgiving address earlier this week.",
     "2014-11-30", [(None, "date", None, "2014-11-29", None), (None, "date", None, "2014-W48", None)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ROUND_TWO_WORD_SHAPES)
def test_word_shapes_of_session_ten_round_two(
    sentence: str, published: str | None, expected: Expected, nlp: Language
) -> None:
    """Word rules of session 10's round two: the same reading with the parse and without."""
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected
    assert _read(find_quantities(sentence, published=published)) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A date on the point "since" counts from dates its host, as "since 1993" does (FORTIETH's own sentence: the
        # audit's "since his confirmation in 2005" has no figure)
        ("This belief runs counter to crime statistics, which in particular have found that the gun homicide rate "
         "has plunged by 49 percent since its peak in 1993.", "2015-06-21",
         [(49.0, "percent", "exact", "1993", None), (None, "date", None, "1993", None)]),
        # A date's possessive dates the figure it owns, however the parser hangs it (FORTY_SECOND's own sentence;
        # the words read it so already) ...
        ("Economists had expected claims to fall to 400,000 from last week’s lower-than-expected 406,000.",
         "2021-06-03",
         [(400000.0, None, "exact", None, None), (None, "date", None, "2021-W21", None),
          (406000.0, None, "exact", "2021-W21", None)]),
        # ... not across a conjunction (guard from the audit's diff)
        ("Both of Saturday's games and six matches on Sunday were called off.", "2019-11-17",
         [(None, "date", None, "2019-11-16", None), (6.0, "matches", "exact", "2019-11-17", None),
          (None, "date", None, "2019-11-17", None)]),
        # A pair of adjectives before the counted noun stays whole (FORTY_FIRST's "new and returning customers";
        # audit: the same shape)
        ("The plan calls for moving inmates to four new or expanded jails in each city borough except Staten Island, "
         "making it easier for the inmates to receive visits from lawyers and family members who will no longer "
         "have to travel to an island.", "2019-10-17", [(4.0, "new or expanded jails", "exact", None, None)]),
        # A noun the parser makes the subject of the next noun is that noun's modifier (FORTY_FIRST's own sentence:
        # none in the audit)
        ("Would-be customers will have to have at least one vaccine dose by Oct. 7 and be fully vaccinated by Nov. 4, "
         "she said.", "2021-09-16",
         [(1.0, "vaccine dose", "at least", "2021-10-07", None), (None, "date", "target", "2021-10-07", None),
          (None, "date", "target", "2021-11-04", None)]),
        # A limited "one" the parser takes for a pronoun counts after another figure (FORTIETH's own sentence: none
        # in the audit)
        ('And until this year, only five women, all White, had ever been nominated and only one had won -- Kathryn '
         'Bigelow, in 2010, for "The Hurt Locker."', "2021-04-26",
         [(None, "date", None, "2021", None), (5.0, "women", "exact", "2021", None), (1.0, None, "exact", "2021", None),
          (None, "date", None, "2010", None)]),
    ],
)
def test_parse_shapes_of_session_ten_round_two(
    sentence: str, published: str | None, expected: Expected, nlp: Language
) -> None:
    """Readings of session 10's round two with the parse, as the claims stage reads a sentence."""
    assert _read(find_quantities(sentence, published=published, span=nlp(sentence)[:])) == expected


@pytest.mark.parametrize("use_parse", [True, False])
def test_pair_of_adjectives_ending_in_a_participle(use_parse: bool, nlp: Language) -> None:
    """A pair of adjectives before the counted noun may end in a participle and stays whole, with the parse and
    without (FORTY_FIRST's "10 million new and returning customers"; audit: the same shape)."""
    sentence = ("The plan calls for moving inmates to four new or expanded jails in each city borough except Staten "
                "Island, making it easier for the inmates to receive visits from lawyers and family members who will "
                "no longer have to travel to an island.")
    found = find_quantities(sentence, published="2019-10-17", span=nlp(sentence)[:] if use_parse else None)
    assert _read(found) == [(4.0, "new or expanded jails", "exact", None, None)]


@pytest.mark.parametrize("use_parse", [True, False])
def test_abbreviation_with_periods_stays_whole_in_a_measure(use_parse: bool, nlp: Language) -> None:
    """What a sum or share is of keeps an abbreviation written with periods whole ("in U.S. aid", "of G.D.P."; the
    words read "U" before; FORTIETH's "About 53.1 percent of the U.S. population"; audit: these sentences)."""
    for sentence, expected in [
        ("Biden even threatened to withhold nearly $1 billion in U.S. aid if Shokin wasn't removed.",
         [(1e9, "USD", "U.S. aid")]),
        ("The huge increase in taxes and the precipitate drop in government spending would equal an economic "
         "contraction of more than five hundred billion dollars, more than three per cent of G.D.P.",
         [(5e11, "USD", None), (3.0, "percent", "G.D.P.")]),
    ]:
        found = find_quantities(sentence, span=nlp(sentence)[:] if use_parse else None)
        assert [(q.value, q.unit, q.measure) for q in found] == expected
