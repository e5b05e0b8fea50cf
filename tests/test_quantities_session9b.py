"""Quantities, session 9 (b): draw THIRTY_FOURTH, annotated by hand before the rules ran on it.

Drawn while a session-9 task changed the rules (``src/storylens/extract/quantities*.py``), one of five blind draws made
at the same time by different hands (``tests/test_quantities_session9a.py`` … ``9e``, unread by each other). The
annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read
these sentences; the table is first run once, on the rules frozen at the end of that work.
``benchmarks/quantities_score.py --exclude-session9b`` leaves it out (neither scored nor parsed), so that whoever
changes the rules never sees how the rules do on it.

THIRTY_FOURTH was drawn by ``benchmarks/quantities_draw.py thirty-fourth`` (bias-corpus articles 197 modulo 700, PolNeAR
*train* texts 10 and 45 modulo 70, AllSides story bodies in the order of ``random.Random(2059)``; BASIL is used up;
every text an earlier table drew from skipped), at commit b54118c, before any other session-9 table was committed (a
re-run after THIRTY_THIRD was committed draws the same sentences: the two draws share no text): 62 sentences (28 bias,
14 PolNeAR, 20 AllSides), none dropped. Kept: "We ... either elect more Republican Senators in 2018 or change the rules
now to 51%." is the article's own quotation of two tweets, with its ellipsis, in a paragraph ending "Trump said Tuesday
in two consecutive tweets" (the embedded tweets that follow it in the text, "We.... — Donald J. Trump (@realDonaldTrump)
May 2, 2017", would have been scraping leftovers; they were not drawn); a quoted remark ("Like, that's one of the things
…"); bodies AllSides cut ("…", as THIRTY_SECOND kept them); "… will go into effect at 11:59 p.m." cut by the sampler's
splitter after an abbreviation, kept as THIRTY_FIRST kept "… at 9:15 a.m.". Non-breaking spaces are written as spaces,
as the cleaning stage leaves them. Published dates are the sources' own.

Expectations follow the conventions of the quantities module docstrings and of the earlier tables; a short comment
above a row names the precedent followed where a convention had to be picked. Where the conventions say nothing, the
reader's answer was written: "a minimum wage hike — from $7.25 to $10.10" pushed for is the present level, exact, and
the level aimed at, a target (FINAL's "endorsed lowering the Medicare eligibility age to 55"; a change, not a range);
"change the rules now to 51%" in a proposal is a target likewise, undated ("now" is no date; "in 2018" belongs to the
other conjunct); "two deadly crashes in October 2018 and March 2019" dates the count by the first date, as ELEVENTH's
"$1 million in April and May"; "less than half of the decrease in population in that state between March and June" is
under 50 percent dated by the interval (as VALIDATION's "52 percent of Americans in 2018"; "between April 15 and May
15" is one interval in ELEVENTH), while the main clause's "about 250 prisoners" is undated; "a windy quote or two" is
one to two with its adjective ("a stumble or two"); "Labor Day is the one day every year" is a rate of 1 day per year
("three days a week" in TWENTY_FIRST; "one day" is a span, so "one" counts) and Labor Day, said of every year, is no
date (as "a Memorial Day weekend"); "a 9-month-old boy" is an age of 9 months, undated; "the September 11th attack",
"the November 12th admission" and "took place on November 4th" (about 2012's election, written in December 2015) are
resolved back from the publication date to 2015, as the time rule resolves a day without a year (the text names no
year; a single "attack" is not 2001's "Sept. 11 attacks"); "85 of the 154 meetings" is two numbers with the noun on the
second (THIRTY_FIRST's "five of the eight states"); "one of us … one of us" counts nothing; "one of the groups …, has
sponsored two of the convention's breakfasts" counts only the 2, with no noun ("one of" is no count: FINAL's "One of
the GOP's latest moves … for one year"); "March's booming 916,000 net jobs gain was also revised down to 770,000"
dates the gain by its possessive month, as FIFTH's "Tuesday's vote of 285-120", and the level the same gain was
revised to likewise (the subject's date), exact (TWENTY_NINTH's "revised down to 405,000"); "a vote set for Wednesday",
written on a Wednesday, is that day (FIFTH's "a vote by House Republicans Wednesday", written on a Wednesday), and "the
$1.2 trillion bipartisan infrastructure package" the vote is on lies outside the participle "set for Wednesday", so the
sum is undated; "the Wednesday meeting" written on a Monday is that week's (the nearest such day); "several hundred
government-nominated scientists" has no value, as "dozens of" has none, and "over the past four..." cut before its
noun is a bare 4; "since at least 2011" is the year (FIFTEENTH's "since at least 2005"); "the late 1990s" the decade
(THIRTEENTH's "the early 2000s"); "Little Rock Nine" is a name; "32 others" counts "others" (TWENTIETH's "a dozen
others"); "nearly a dozen wounded", after "a U.S. soldier was killed", counts no noun.

First run (once, on the rules frozen at commit 9023b81, with the parse as the claims stage runs it / without):
THIRTY_FOURTH 0.823 (51 of 62) / 0.839 (52 of 62); no annotation was corrected after it (every miss was checked against
the earlier tables: none contradicts an explicit precedent). The table is gated at its first run less one sentence; the
misses are listed by category at the gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.test_quantities import D, Q, _corpus_text, _squash, assert_table_gate, parse_sentences
from tests.test_quantities_draws import _sources_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

# (source, sentence, published, expected quantities in reading order)
THIRTY_FOURTH: list[tuple[str, str, str | None, list[Q]]] = [
    # "206 trading days" keeps its adjective, as EIGHTEENTH's "63 standard days"; "S&P 500" names an index
    ("bias", "On average, a bear market for the Dow lasts 206 trading days, while the average bear period for the S&P "
     "500 is about 146 days, according to data from Dow Jones Market Data.",
     "2020-03-11",
     [Q(206, "trading days"), Q(146, "day", "about")]),
    # a hike pushed for "from $7.25 to $10.10": the present level and the level aimed at, a target as FINAL's
    # "endorsed lowering the Medicare eligibility age to 55" (a change, not a range)
    ("bias", "In his weekly address, the president again pushed for a minimum wage hike — from $7.25 to $10.10 — for "
     "all Americans and highlighted the fact that he recently implemented such a pay raise for federal contractors "
     "through executive action.",
     "2014-02-15",
     [Q(7.25, "USD"), Q(10.10, "USD", "target")]),
    # the dates after "crashes" date the count; of two, the first, as ELEVENTH's "$1 million in April and May"
    # "Boeing 737 Max" names a model
    ("bias", "The Federal Aviation Administration ordered the grounding of all Boeing 737 Max jets after two deadly "
     "crashes in October 2018 and March 2019.",
     "2020-01-14",
     [Q(2, "deadly crashes", time="2018-10"), D("2018-10"), D("2019-03")]),
    # "Little Rock Nine" is a name
    ("bias", "The students that became known as the “Little Rock Nine” were denied entry to the school by the "
     "National Guard troops, who were under state command.",
     "2020-05-31",
     []),
    # "six years ago" is a span counted from a point, undated (VALIDATION's "two years ago")
    ("bias", "That reminded me of the Gabby Giffords shooting six years ago, and how exposed members of Congress are "
     "as they go about their political activities and their daily lives.",
     "2017-06-15",
     [Q(6, "year")]),
    ("bias", "Like, that's one of the things you need to walk around New York with — an ID.\"",
     "2016-11-03",
     []),
    # "Just this week" opens both conjuncts; "nearly a dozen wounded" counts no noun
    ("bias", "Just this week, a U.S. soldier was killed and nearly a dozen wounded in combat with IS fighters.",
     "2017-08-19",
     [D("2017-W33"), Q(12, None, "about", "2017-W33")]),
    # the share of "the decrease … between March and June" is dated by it (VALIDATION's "52 percent of Americans in
    # 2018"); the 250 of the main clause is not
    ("bias", "In Virginia, about 250 prisoners were released as corrections officials scrambled to minimize the "
     "spread of the virus, accounting for less than half of the decrease in population in that state between March "
     "and June, the news organizations found.",
     "2020-07-16",
     [Q(250, "prisoners", "about"), Q(50, "percent", "under", "2020-03/2020-06"), D("2020-03/2020-06")]),
    # "change the rules now to 51%": a level proposed, a target as FINAL's "lowering … to 55"; the 2018 is the
    # other conjunct's
    ("bias", "We ... either elect more Republican Senators in 2018 or change the rules now to 51%.",
     "2017-05-02",
     [D("2018"), Q(51, "percent", "target")]),
    ("bias", "\"He wanted to tell us that there's something about him that we didn't know,\" Portman said, reflecting "
     "on the day two years ago his son Will first told his parents he was gay.",
     "2013-03-15",
     [Q(2, "year")]),
    ("bias", "“But this is normal for us,” said one relative, pointing to what he indicated was frequent profiling at "
     "the border.",
     "2017-06-29",
     []),
    ("bias", "The nation’s other major teachers union, the American Federation of Teachers, has also expressed "
     "concern about the implementation of Common Core and has called for a three-year moratorium on high-stakes "
     "testing.",
     "2014-02-19",
     [Q(3, "year")]),
    # "others" counted, as TWENTIETH's "more than a dozen others"
    ("bias", "Giuliani said he had similar agreements with attorneys for 32 others connected to Mueller's "
     "investigation, sharing everything from what questions were asked during interviews to the documents requested "
     "as a way to keep tabs on Mueller's investigators and the status of the probe.",
     "2018-11-27",
     [Q(32, "others")]),
    ("bias", "McConnell is looking ahead to a possible veto override vote, when his chances for success will be much "
     "greater as he would need to win only 34 votes to sustain a veto.",
     "2019-02-26",
     [Q(34, "votes")]),
    ("bias", "In addition to attacking China for introducing Covid-19 to the world, Trump’s political advisers want "
     "to position him as the candidate who oversaw a booming economy, stock market and low unemployment until the "
     "pandemic hit.",
     "2020-04-29",
     []),
    ("bias", "According to researchers at Johns Hopkins University in Maryland, the US has recorded more than 2m "
     "cases of Covid-19 and nearly 115,000 deaths.",
     "2020-06-13",
     [Q(2e6, "cases", "over"), Q(115000, "deaths", "about")]),
    # the year dates only its own conjunct ("began in 1163")
    ("bias", "Construction began in 1163 and took almost 200 years to complete.",
     "2019-04-15",
     [D("1163"), Q(200, "year", "about")]),
    ("bias", '"The variety of candidates is a positive here, and many of the lesser known can serve as a cudgel to '
     'move the more established candidates further to the right," read one Clinton campaign agenda item, according to '
     "WikiLeaks.",
     "2017-09-15",
     []),
    # as TWENTY_SEVENTH's "a stumble or two", with its adjective
    ("bias", "In the New York Times, retrospectives on the Pentagon Papers will often appear, invariably portraying "
     "government officials as self-interested crooks or boobs and concluding with a windy quote or two from Hugo "
     "Black about the supreme importance of publication.",
     None,
     [Q(1, "windy quote", "range", upper=2)]),
    ("bias", "There is one thing that we do know from this case.",
     "2013-07-18",
     []),
    ("bias", "For example, House Majority Leader Eric Cantor, R-Virginia, ranked among the top five recipients, "
     "having received $7,450 in this cycle.",
     "2012-12-17",
     [Q(5, "recipients"), Q(7450, "USD")]),
    ("bias", "I’m old enough to remember when we still had 12 years left to save the planet just two years ago.",
     "2020-06-20",
     [Q(12, "year"), Q(2, "year")]),
    ("bias", "In fact, Swalwell has made a name for himself as anti-gunner and, like practically every other 2020 "
     "Democrat, plans to run on the gun control issue.",
     "2019-04-08",
     [D("2020")]),
    # a span of one day set against "every year": a rate, as TWENTY_FIRST's "three days a week"; Labor Day is
    # generic here, no date (THIRTY_SECOND's "a Memorial Day weekend")
    ("bias", "Labor Day is the one day every year when we come together as a nation to celebrate the achievements of "
     "the American worker and the history of the labor movement in this country.",
     "2016-09-05",
     [Q(1, "day per year")]),
    ("bias", "Dina adds that sources told NPR that they believe the plot is even wider and that it could involve more "
     "than a dozen people.",
     "2015-11-17",
     [Q(12, "people", "over")]),
    # an age, undated, as "a 14-year-old boy"
    ("bias", "A frantic mother once pleaded for him to perform mouth-to-mouth resuscitation on a 9-month-old boy.",
     None,
     [Q(9, "month")]),
    ("bias", "I write as one who is on her side, as I’m sure most of you know.",
     "2016-07-08",
     []),
    ("bias", "It happened in the summer of 1950, when President Truman’s secretary of state, Dean Acheson, suggested "
     "that the Korean Peninsula didn’t fall within what he called the United States’ “defense perimeter.”",
     "2013-11-10",
     [D("1950-06/1950-08")]),
    # days without a year resolved back from the publication date; a single "attack" is not 2001's "Sept. 11
    # attacks"
    ("polnear", "The most obvious explanation for the delay between the September 11th attack and the November 12th "
     "admission is the event that took place on November 4th: the Presidential contest between Barack Obama and Mitt "
     "Romney.",
     "2015-12-04",
     [D("2015-09-11"), D("2015-11-12"), D("2015-11-04")]),
    # two numbers, as THIRTY_FIRST's "five of the eight states"
    ("polnear", "The AP reported that, according to an analysis of her personal calendar and contact information, 85 "
     "of the 154 meetings Clinton had with individuals who were not U.S. or foreign government employees were with "
     "foundation donors, a rate that calls into question whether donations to the Clinton Foundation were the cost of "
     "personal meetings and assistance from a powerful government minister.",
     "2016-08-24",
     [Q(85, None), Q(154, "meetings")]),
    ("polnear", "She boasts a roughly 45-point lead nationally, which her campaign refers to as a firewall.",
     "2016-02-01",
     [Q(45, "point", "about")]),
    ("polnear", "He said he’ll support whomever the Republican Party nominates for president, but beyond that, he "
     "doesn’t want to be involved in the 2016 race anymore.",
     "2016-04-22",
     [D("2016")]),
    ("polnear", "The Obama administration ramped up efforts to admit Central Americans as refugees after the number "
     "of unaccompanied minors and families arriving at the U.S.-Mexico border spiked in 2014.",
     "2016-07-26",
     [D("2014")]),
    ("polnear", "The exception was at the first President George Bush's 1992 holiday party, a somber affair because "
     "he had just lost in his re-election campaign and was preparing to leave the White House.",
     "2015-12-15",
     [D("1992")]),
    ("polnear", "While the two men barely sparred, Mr. Kasich did look for subtle opportunities to present himself as "
     "a strong, conservative executive with experience balancing budgets and tackling foreign policy challenges.",
     "2016-03-12",
     [Q(2, "men")]),
    ("polnear", "Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election fight, used "
     "a closed-door luncheon to complain that Mr. Trump's comments were obscuring the party's economic message and "
     "urged Mr. Sessions to tell Mr. Trump to drop his jeremiad against the judge, according to two senators present "
     "who requested anonymity to reveal private conversations.",
     "2016-06-09",
     [Q(2, "senators")]),
    # "one of us" counts nothing
    ("polnear", '"It tells you that one of us is a candidate of the establishment, one of us is involved in '
     "establishment politics and establishment economics, and it says that, maybe, the other candidate is prepared to "
     'take on the establishment," Sanders remarked.',
     "2015-11-09",
     []),
    # "October of that year" takes 2009
    ("polnear", "The unemployment rate was at 7.8 percent when Obama took office in January 2009 and peaked at 10 "
     "percent in October of that year.",
     "2016-02-05",
     [Q(7.8, "percent", time="2009-01"), D("2009-01"), Q(10, "percent", time="2009-10"), D("2009-10")]),
    ("polnear", "He’s much more an emotional and a visceral one.",
     "2016-05-05",
     []),
    # "one of the groups" counts nothing; "two of the convention's breakfasts" as THIRTY_FIRST's
    # "two of the challenges"
    ("polnear", "So one of the groups advocating to raise the cap on charter schools, Massachusetts Democrats for "
     "Education Reform, has sponsored two of the convention's breakfasts to help win over the party faithful.",
     "2016-07-27",
     [Q(2, None)]),
    ("polnear", "After the U.S. Refugee Act of 1980 established a process for admitting and resettling refugees, "
     "Clarkston emerged as a favorite location.",
     "2015-12-29",
     [D("1980")]),
    # "A day earlier" is a span from a point, undated
    ("polnear", "A day earlier, six protesters were arrested on charges of disorderly conduct, obstructing an officer "
     "and trespass after refusing to leave the lobby of the Holiday Inn Express as part of another anti-Trump protest "
     "at the venue, police said.",
     "2016-03-30",
     [Q(1, "day"), Q(6, "protesters")]),
    # as FOURTH's "people 65 and older"
    ("allsides", "The Food and Drug Administration on Wednesday authorized booster doses of the Pfizer-BioNTech "
     "vaccine for people 65 and older and those whose jobs put them at high risk for exposure to COVID-19.",
     "2021-09-23",
     [D("2021-09-22"), Q(65, None, "at least")]),
    # the 6 million sits in what is declared, undated
    ("allsides", "Rep. Marjorie Taylor Greene (R-Ga.) on Monday apologized for comparing COVID-19 vaccine and mask "
     'rules to the Holocaust, declaring that "there is no comparison" between the safety measures and the genocide of '
     "6 million Jews during World War II.",
     "2021-06-14",
     [D("2021-06-14"), Q(6e6, "Jews")]),
    ("allsides", "Joe Biden issued a proclamation on 20 January, his first day in office, ordering a freeze on border "
     "wall projects and directing a review of the legality...",
     "2021-05-01",
     [D("2021-01-20")]),
    ("allsides", "The president needs the support of all 50 Democratic senators in order to pass the measure through "
     "a process known as reconciliation.",
     "2021-10-18",
     [Q(50, "Democratic senators")]),
    # "other" left out, as THIRTY_SECOND's "five other workers"
    ("allsides", "Barrack, who was charged with two other men in a seven-count indictment in Brooklyn, New York, "
     "federal court, was chairman of Trump’s 2017 inaugural fund.",
     "2021-07-20",
     [Q(2, "men"), Q(7, "count"), D("2017")]),
    # a span from a point, undated; "11:59 p.m." is a time of day
    ("allsides", "The new order, which comes a little more than two weeks after the county recommended the same "
     "protocols as a precaution, will go into effect at 11:59 p.m.",
     "2021-07-15",
     [Q(2, "week", "over")]),
    # "March's … gain" dates the gain, as FIFTH's "Tuesday's vote of 285-120", and the level it was revised to
    # (exact, as TWENTY_NINTH's "revised down to 405,000")
    ("allsides", "And that is not the only bad news: March’s booming 916,000 net jobs gain was also revised down to "
     "770,000.",
     "2021-05-07",
     [D("2021-03"), Q(916000, "net jobs", time="2021-03"), Q(770000, None, time="2021-03")]),
    ("allsides", "But in drawing a Pacific ally closer to meet the China challenge, he appears to have alienated an "
     "important European one and aggravated already tense relations with Beijing.",
     "2021-09-16",
     []),
    ("allsides", "More than five million people, or nearly 8 percent of those who got a first shot of the Pfizer or "
     "Moderna vaccines, have missed their second doses, according to the most recent data from the Centers for "
     "Disease Control and Prevention.",
     "2021-04-27",
     [Q(5e6, "people", "over"), Q(8, "percent", "about")]),
    # "the late 1990s" is the decade, as THIRTEENTH's "the early 2000s"
    ("allsides", "It was brought by Jose Sanchez and Sonia Gonzalez, natives of El Salvador who entered the United "
     "States unlawfully in the late 1990s.",
     "2021-06-07",
     [D("1990s")]),
    # "a vote set for Wednesday", written on a Wednesday, is that day (as FIFTH's "a vote … Wednesday"); the sum
    # describes the package the vote is on, outside the participle: undated
    ("allsides", "Senate Majority Leader Charles E. Schumer is barreling toward a vote set for Wednesday on the $1.2 "
     "trillion bipartisan infrastructure package, despite lawmakers having not finished writing the proposal.",
     "2021-07-21",
     [D("2021-07-21"), Q(1.2e12, "USD")]),
    ("allsides", "The Texas law effectively prohibits any abortion after around six weeks of pregnancy — before many "
     "women are even aware they are pregnant.",
     "2021-05-19",
     [Q(6, "week", "about")]),
    # "the Wednesday meeting" is the nearest Wednesday
    ("allsides", "The decision means adolescents ages 12 to 15 could qualify for shots as soon as Thursday, after the "
     "Wednesday meeting of an advisory committee to the Centers for Disease Control and Prevention.",
     "2021-05-10",
     [Q(12, None, "range", upper=15), D("2021-05-13"), D("2021-05-12")]),
    # "several hundred" has no value (as "dozens of"); "the past four..." is cut before its noun
    ("allsides", "The new report, titled AR6, is almost 4,000 pages, written by several hundred government-nominated "
     "scientists over the past four...",
     "2021-08-13",
     [Q(4000, "pages", "about"), Q(4, None)]),
    # as FIFTEENTH's "since at least 2005"
    ("allsides", "“Facebook holds monopoly power in the provision of personal social networking in the United States "
     "and has held such power continuously since at least 2011,” the...",
     "2021-08-19",
     [D("2011")]),
    ("allsides", "Count us with the White House on this one.",
     "2021-09-04",
     []),
    ("allsides", "A bombing outside Kabul’s main mosque killed at least two Afghan civilians and left others wounded, "
     "the Taliban says.",
     "2021-10-03",
     [Q(2, "Afghan civilians", "at least")]),
    ("allsides", "The exchange killed a number of militants and civilians in Gaza and at least two Israelis.",
     "2021-05-11",
     [Q(2, "Israelis", "at least")]),
    # "Section 1557" names a provision (TWENTIETH)
    ("allsides", "The announcement from the Department of Health and Human Services concerns one of the most notable "
     "parts of the Affordable Care Act — the provision in Section 1557 that prevents health care providers and "
     'insurance companies from discriminating on the basis "race, color, national origin, sex, age or disability in '
     'certain health programs and activities."',
     "2021-05-10",
     []),
    ("allsides", "President Joe Biden has said US forces will be gone by 11 September.",
     "2021-07-02",
     [D("2021-09-11", "target")]),
]


def test_session_nine_b_table_is_real() -> None:
    sources = _sources_text(bias_residues=(197,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_FOURTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_FOURTH) >= 60


#: First run of THIRTY_FOURTH (once, on the rules frozen at commit 9023b81, "quantities: 'Over' a count opening the
#: sentence …", after THIRTY_FOURTH was committed at eef8a8c): the honest figure, untuned. Its 11 misses with the parse:
#: on the time field 1 — "people 65 and older" dated by the clause's Wednesday (an age is undated, as in FOURTH); on a
#: date's year, day or shape 5 — "between March and June" read as June alone (the interval lost, and the share "less
#: than half of the decrease" left undated), "began in 1163" read as a bare number 1163 (no year), "in October of that
#: year" after "January 2009" read as 2015-10 (and "peaked at 10 percent" left undated), "as soon as Thursday" under
#: "could" read as the Thursday before publication (2021-05-06, not 2021-05-13), "March's booming 916,000 net jobs gain"
#: with the possessive month not read (the gain and the 770,000 it was revised to left undated, and "net jobs gain"
#: counted); on what a number counts or its value and unit 4 — "more than 2m cases" with no noun, "a windy quote or two"
#: read as a bare 2 (not one to two), "the one day every year" not read at all (no rate), "a minimum wage hike — from
#: $7.25 to $10.10" read as a range of 7.25 to 10.10 USD (not the present level and the level aimed at, a target); on a
#: qualifier 1 — "change the rules now to 51%" not a target. Without the parse 10: the same but "2m cases" and "people
#: 65 and older" right, "7.8 percent when Obama took office in January 2009" left undated (within a miss already
#: counted), "March's … gain" counting "net jobs" (still undated), and also "Just this week, … and nearly a dozen
#: wounded" with the dozen left undated (the opening date not carried to the second conjunct).
THIRTY_FOURTH_ACCURACY_FIRST_RUN = 0.823  # 51 of 62 with the parse (as the claims stage runs it)
THIRTY_FOURTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.839  # 52 of 62
#: Gated at the first run less one sentence of slack, as session 8's blind tables are: the table is no longer blind, so
#: any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_THIRTY_FOURTH_ACCURACY = 0.80  # 50 / 62 = 0.8065
MIN_THIRTY_FOURTH_ACCURACY_WITHOUT_PARSE = 0.82  # 51 / 62 = 0.8226

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_NINE_B_GATES = [
    ("thirty-fourth", THIRTY_FOURTH, MIN_THIRTY_FOURTH_ACCURACY, MIN_THIRTY_FOURTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_NINE_B_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_NINE_B_GATES,
    ids=[g[0] for g in SESSION_NINE_B_GATES],
)
def test_session_nine_b_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
