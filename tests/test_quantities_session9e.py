"""Quantities, session 9 (module e): draw THIRTY_SEVENTH, annotated by hand before the rules ran on it.

Drawn while a session-9 task changed the rules; the annotations were committed before ``find_quantities`` (or the
scorer, the pipeline or any test running it) ever read these sentences, and the table is first run once, on the rules
frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session9e`` leaves it out (neither scored nor
parsed), so that whoever changes the rules never sees how the rules do on it. The other session-9 draws
(``tests/test_quantities_session9a.py`` … ``9d``) were drawn and annotated by other hands at the same time and were not
read for this one.

THIRTY_SEVENTH was drawn by ``benchmarks/quantities_draw.py thirty-seventh`` (bias-corpus articles 365 modulo 700,
PolNeAR *train* texts 18 and 54 modulo 70, AllSides story bodies in the order of ``random.Random(2062)``; BASIL is used
up; every text an earlier table drew from skipped) at commit b54118c, before any other session-9 module was committed;
re-run at b8df51e, where the session-9 draws avoid the tables through THIRTY_SECOND only (commit 74c4e8e), it draws the
same sentences: 62 sentences (28 bias, 14 PolNeAR, 20 AllSides), none dropped. PolNeAR's title line "2016 Dems React To
GOP Debate." is kept (the first line of its own article, not a gallery title run in after "Also on HuffPost:"), as
THIRTY_FIRST kept the title "Hillary Clinton Reassures House Democrats 2016 Is Not Just About Her."; "If two boys were
elected King and King??" is a reader's comment the article quotes in its body, text of the article, not an embedded
tweet, and is kept; "… over the past four...", "… obtained by the Washington..." and "… the three-three balance..." cut
by AllSides' own ellipsis are kept, as THIRTY_FIRST kept "… received COVID-19...". Non-breaking spaces are written as
spaces, as the cleaning stage leaves them; PolNeAR's "Ru bio" is kept as written. Published dates are the sources' own.

Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring. Where
they say nothing, the reader's answer was written (each also commented at its row):

- "The poll of 1,000 registered voters, taken by landline and cellphone on Wednesday through Sunday, has a margin of
  error of plus or minus 3 percentage points" (written on a Tuesday): the days are one interval, the past week's
  Wednesday to Sunday (as FIFTEENTH's "fielded April 12 to 18"); the date sits in the participle phrase on the poll, so
  it dates that phrase's own clause — the poll of 1,000 voters, its subject — and not the main clause's present "has a
  margin of error"; "plus or minus 3 percentage points" is an exact margin of 3 points (as TWELFTH's "a margin of error
  of 4.9 percent"), "plus or minus" telling the margin's two sides, not bounding the figure.
- "damaged more than a dozen strategic oil installations in Saudi Arabia, in September" (no publication date): the
  clause-final month sits inside the relative clause that ends the sentence and dates its clause, so the dozen is dated
  (a relative clause keeps its own date, rule 4), the month relative ("--09") as TABLE's "sometime in December".
- "earlier this month" with no publication date is ``D("this month", "relative")``: "earlier" places the event inside
  the month, as "late 2017" is 2017 (FOURTH) and "later this week" that week (NINTH).
- "at 5 o’clock on a Saturday" is a time of day on a generic day ("a Saturday": a kind of day, as THIRTY_SECOND's "a
  Memorial Day weekend" is generic), no date.
- "the top ten sources of business funding for Senator Feinstein’s re-election in 2012" counts 10 sources (as
  TWENTIETH's "the top two members of the committee"; TWELFTH's "the top three" has no noun and counts nothing), dated
  2012: a date after stacked of/for phrases dates the whole noun phrase ("a 5.9% boost in benefits for 2022").
- "a $5 or $10 contribution" is a range of 5 to 10 USD, as "seven or eight congressional investigations" (FIFTEENTH)
  and "six or seven months" (TENTH).
- "Today’s updated guidance" in a quotation dated by its publication is that day, a day's possessive naming the thing
  before its noun being a date (as "this year's speech", "This week’s setbacks"); "established … over 30 years ago" is
  over 30 years, a span counted back from now, undated.
- "One was the president’s son" is no count (a pronoun, as TWENTY_SEVENTH's "One is the momentum …"); "fired one agent
  … a week before the hearing" counts no agent (the "a certain" reading; "a week" sets nothing against it, as FINAL's
  "one presidential candidate wins by 20 points" and BLIND's "by one adviser’s estimate" count no one) but counts the
  week, a span from a point, undated (as THIRTY_FIRST's "a day after").
- "written by several hundred government-nominated scientists" is no figure (as "hundreds of residents" in THIRTIETH);
  "over the past four..." cut by an ellipsis is 4 with its noun left out, exact, "over" the span's preposition (as
  TWENTY_NINTH's "with gradual lifting over five").
- "Israeli Defense Forces (IDF) ground soldiers attacked Gaza early Friday morning local time", written on a Thursday
  in the United States, is the next day (2021-05-14): "local time" puts the day in a time zone ahead of the writer's,
  and a bare weekday in a past clause does not reach back six days; "following a barrage of 1,500 rockets" places the
  attack after the barrage, which Friday does not date (a phrase placing the clause against a point in time, as
  session 6's "after the debate on Saturday", the "after" clause of rule 4 in a phrase).
- "the three-three balance" (of the election commission's six members) is an even split, a tally of two bare threes,
  as TWENTY_EIGHTH's "a 50-50 Senate".
- "by next spring" written in August 2021 is a target date, spring 2022 ("2022-03/2022-05", as FOURTEENTH's "in the
  spring of 2022"), the date lying ahead.
- "2016 Dems" in a title is the year naming a thing (the 2016 cycle's Democrats), as FINAL's "about 2016 candidates".
- "Over half a million fewer Americans have jobs today than when he took office" counts over 500,000 Americans ("fewer"
  says how the count compares, not what is counted), dated by "today"; "when he took office" is a comparison's
  baseline, no date.

First run (once, on the rules frozen at commit b8df51e, "quantities words: a gerund right before the plural head …",
after this table was committed at 038ed5b; with the parse as the claims stage runs it / without): 0.871 (54 of 62) /
0.855 (53 of 62). No annotation was corrected after it: every miss was checked against the earlier tables and none
contradicts an explicit precedent ("Today’s updated guidance" is a date as SEVENTH's "following yesterday’s … drills"
is; the misses are listed by category at the gate). The table is gated at its first run less one sentence.
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
THIRTY_SEVENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "One was the president’s son, Donald Trump Jr., who retweeted Gaetz’s post to his 3.1 million followers.",
     "2018-10-31",
     # "One" is a pronoun here, no count (TWENTY_SEVENTH's "One is the momentum …").
     [Q(3.1e6, "followers")]),
    ("bias", "Before he entered politics, he rated women's appearance on Howard Stern's radio show from 1997 to 2008.",
     None,
     [D("1997/2008")]),
    ("bias", "The poll of 1,000 registered voters, taken by landline and cellphone on Wednesday through Sunday, has a "
     "margin of error of plus or minus 3 percentage points.",
     "2017-10-03",
     # Written on a Tuesday: the past Wednesday to Sunday, one interval; it dates the participle's subject (the poll
     # of 1,000 voters), not the present main clause; the margin is exactly 3 points.
     [Q(1000, "registered voters", time="2017-09-27/2017-10-01"), D("2017-09-27/2017-10-01"),
      Q(3, "percentage points")]),
    ("bias", "In mid January, despite accumulating evidence of patients contracting what we now know as COVID-19 from "
     "other people, the organization repeated the CCP’s lie that there was no evidence of human-to-human "
     "transmission.",
     None,
     [D("--01", "relative")]),
    ("bias", "The resolution, which passed unanimously during the RNC's summer meeting in Boston, marked the "
     "culmination of weeks of threats from party chairman Reince Priebus, who wrote a letter to NBC and CNN earlier "
     "this month deriding the planned films as a \"thinly veiled attempt at putting a thumb on the scale of the 2016 "
     "presidential election.\"",
     None,
     # No publication date: "earlier this month" stays relative, written as its date expression "this month".
     [D("this month", "relative"), D("2016")]),
    ("bias", "Most recently, he temporarily banned all refugees from entering the U.S. — and Syrian refugees "
     "idefinitely — as well as immigrants from seven Muslim-majority countries.",
     "2017-02-02",
     [Q(7, "Muslim-majority countries")]),
    ("bias", "Halftime of the game I was watching came so I moseyed over to my office to look in on the political "
     "world, expecting not much new at 5 o’clock on a Saturday.",
     "2016-10-01",
     # A time of day on a generic day ("a Saturday"), no date.
     []),
    ("bias", "If two boys were elected King and King??",
     "2019-10-08",
     [Q(2, "boys")]),
    ("bias", "Sanders began 2016 as a protest candidate, only partway through realizing that he could actually, truly "
     "win the whole shebang.",
     None,
     [D("2016")]),
    ("bias", "But the concern has taken on more urgency as countries around the world begin deciding which equipment "
     "providers will build their 5G networks.",
     "2019-01-26",
     []),
    ("bias", "The marketplace exchanges, which cover about 11 million people in total, enable people to get "
     "subsidized healthcare.",
     "2016-08-20",
     [Q(11e6, "people", "about")]),
    ("bias", "Salih has been increasingly concerned about Iraq’s vulnerability since the Trump Administration blamed "
     "Iran for an air strike that damaged more than a dozen strategic oil installations in Saudi Arabia, in "
     "September.",
     None,
     # The clause-final month ends the relative clause and dates it, the dozen with it.
     [Q(12, "strategic oil installations", "over", "--09"), D("--09", "relative")]),
    ("bias", "And it was this argument that the Massachusetts court rejected earlier in 2018, “on the simple grounds "
     "that Exxon’s standard franchise agreement gives the company significant control over how its products were "
     "marketed in the state,” said Muffett.",
     None,
     [D("2018")]),
    ("bias", "The numbers are now valid for only five years, and require a stricter review of identity documents.",
     "2013-10-14",
     [Q(5, "year")]),
    ("bias", "“Things will improve over the long term because there won’t be the major, internal staff-on-staff "
     "violence that was caused by Bannon,” said one GOP strategist with ties to the White House.",
     "2017-08-22",
     []),
    ("bias", "This business was in the top ten sources of business funding for Senator Feinstein’s re-election in "
     "2012, with election funding sources showing these entertainment businesses didn’t provide a dime to her "
     "Republican opponent.",
     "2013-02-04",
     # "the top ten sources" counts (as "the top two members"); the year after the stacked phrases dates it.
     [Q(10, "sources", time="2012"), D("2012")]),
    ("bias", "You text a number code or click a link on your smartphone saying you’ll make a $5 or $10 contribution to "
     "a candidate.",
     "2012-05-31",
     # "X or Y" is a range, as "seven or eight congressional investigations".
     [Q(5, "USD", "range", upper=10)]),
    ("bias", "“Today’s updated guidance reaffirms the longstanding principle, established by the Supreme Court over 30 "
     "years ago, that all children living in our country have a right to equal access to public education,” ACLU "
     "Legislative Counsel Joanne Lin said in an e-mail.",
     "2014-05-08",
     # A day's possessive before its noun is a date ("This week’s setbacks"); "over 30 years ago" is an undated span.
     [D("2014-05-08"), Q(30, "year", "over")]),
    ("bias", "\"The basic bargain at the heart of our economy has frayed,\" the president said in remarks at a "
     "nonprofit community center a short drive from the White House in one of Washington's most impoverished "
     "neighborhoods.",
     "2013-12-04",
     []),
    ("bias", "She spoke for about 30 minutes, took questions from the audience and posed for photographs for another "
     "half hour.",
     "2019-04-07",
     [Q(30, "minute", "about"), Q(0.5, "hour")]),
    ("bias", "Obama also has formally directed the State Department to launch talks with Cuba to re-establish "
     "diplomatic relations, which were cut in 1961.",
     "2014-12-18",
     [D("1961")]),
    ("bias", "For several weeks I’ve been one of many voices calling for an independent, bipartisan investigation into "
     "the totality of Russian efforts to influence the American presidential election.",
     "2017-01-23",
     []),
    ("bias", "The unsubstantiated dossier also alleged that Kremlin spies filmed Mr Trump with prostitutes at "
     "Moscow's Ritz-Carlton hotel in 2013.",
     None,
     [D("2013")]),
    ("bias", "Some members of Congress have been woefully ill-prepared to even talk about tech issues (during one "
     "hearing last year, a lawmaker asked the Google CEO questions about his iPhone).",
     "2019-03-17",
     # "one hearing" is "a certain hearing", no count.
     [D("2018")]),
    ("bias", "It pays to remember that while Putin was, since his St. Petersburg days, always an obvious Chekist and "
     "mafioso, he didn’t really start to become one in the Western imagination until the end of his first term, after "
     "the so-called “color revolutions” kicked off in the former Soviet states, including and especially in Ukraine.",
     "2014-02-20",
     []),
    ("bias", "An economist at the University of Massachusetts, Amherst, told Kaiser Health News earlier this year that "
     "that could result in about 2 million jobs lost.",
     "2019-11-01",
     # What was told is a clause of its own: the jobs are undated.
     [D("2019"), Q(2e6, "jobs", "about")]),
    ("bias", "Priebus served 189 days on the job, the shortest tenure of any White House chief of staff in history.",
     "2017-07-28",
     [Q(189, "day")]),
    ("bias", "Over half a million fewer Americans have jobs today than when he took office.",
     "2012-06-15",
     # "fewer" says how the count compares; "today" dates the clause; "when he took office" is the baseline.
     [Q(500000, "Americans", "over", "2012-06-15"), D("2012-06-15")]),
    ("polnear", "Courted by most of the Republican candidates and widely expected to be the party’s top donor in the "
     "November 2016 presidential election, Adelson said earlier on Friday during a news conference that he may wait "
     "until February’s primaries to decide who to back.",
     "2015-12-20",
     [D("2016-11"), D("2015-12-18"), D("2016-02")]),
    ("polnear", "On Monday, Graham—who had previously endorsed Jeb Bush for president and midwifed the Gang of Eight "
     "bill with amnesty-partner Marco Rubio— will headline a fundraiser in support of the Canadian-born Senator.",
     "2016-03-20",
     # "the Gang of Eight" is a name (FIFTH).
     [D("2016-03-21")]),
    ("polnear", "With Trump’s campaign reeling and nearly broke — new filings show it has less than $1.3 million cash "
     "on hand— outside allies are stepping in.",
     "2016-06-22",
     [Q(1.3e6, "USD", "under")]),
    ("polnear", "2016 Dems React To GOP Debate.",
     "2015-11-11",
     # The year names the cycle's Democrats (FINAL's "about 2016 candidates").
     [D("2016")]),
    ("polnear", "“Well number one, I’m not stupid, okay.",
     "2016-05-16",
     []),
    ("polnear", "With the first nominating contest just over three weeks away, on Feb. 1, Mr. Cruz is poised to "
     "benefit from the organizing muscle of evangelicals, the most influential bloc of Republican caucusgoers in Iowa, "
     "who ensured the winners in 2008 and 2012.",
     "2016-01-12",
     [Q(3, "week", "over"), D("2016-02-01"), D("2008"), D("2012")]),
    ("polnear", "One important reason for this may be that African-Americans have experienced somewhat more favorable "
     "economic trends in recent years.",
     "2016-03-23",
     []),
    ("polnear", "But this year is shaping up to be an exceptional one in terms of the sheer volume of writing devoted "
     "to Mr. Trump.",
     "2016-07-05",
     [D("2016")]),
    ("polnear", "He added that the Obama administration “doubled down the bets” by aggressively using its influence to "
     "get states to adopt favored policies, even after No Child Left Behind expired in 2007.",
     "2015-11-30",
     [D("2007")]),
    ("polnear", "It falls just four days before South Carolina’s Democratic presidential primary.",
     "2016-02-23",
     [Q(4, "day")]),
    ("polnear", "The two Democratic candidates, for whom this race has been particularly nasty, sparred on the issue "
     "of how to address rising college costs and student loan debt.",
     "2016-05-23",
     [Q(2, "Democratic candidates")]),
    ("polnear", "The Democratic and Republican primaries are set for Aug. 30, with Ru bio and Murphy expected to win "
     "and face each other in the November general election.",
     "2016-08-23",
     [D("2016-08-30"), D("2016-11")]),
    ("polnear", "Trump has posted more than 5,000 times since June, mostly on Twitter, according to CrowdTangle, a "
     "social analytics tool that monitors social media.",
     "2016-01-19",
     # "since" takes the latest June begun, and dates the count (NINTH's "since March 1").
     [Q(5000, "times", "over", "2015-06"), D("2015-06")]),
    ("polnear", "Following Sanders on MSNBC, Clinton seemed to implore Sanders to let up on his critiques by "
     "referencing her own role in rallying her supporters behind then-senator Barack Obama in 2008.",
     "2016-04-27",
     [D("2008")]),
    ("allsides", "The United States pledged to cut in half the amount of climate-wrecking coal and petroleum fumes it "
     "is pumping out.",
     "2021-04-22",
     [Q(50, "percent")]),
    ("allsides", "Unions, of course, vehemently disagree, and while the overwhelming majority of people have come to "
     "regard the holiday as nothing more meaningful than a three-day weekend commemorating the end of summer, labor "
     "leaders continue to delude themselves that the event somehow validates their dubious ideals and shady tactics.",
     "2021-09-06",
     [Q(3, "day")]),
    ("allsides", "We gathered a number of those priorities here, two days after he was declared the winner of the 2020 "
     "election.",
     "2021-04-26",
     [Q(2, "day"), D("2020")]),
    ("allsides", "It is also a sharp rise since when President Biden took office — there were 78,442 encounters in "
     "January.",
     "2021-07-16",
     [Q(78442, "encounters", time="2021-01"), D("2021-01")]),
    ("allsides", "In one of the final decisions of its current term, the Supreme Court unanimously ruled against the "
     "National Collegiate Athletic Association in a closely watched case, concluding that the NCAA could not prevent "
     "certain payments to college athletes, thus putting the longstanding amateur model of college sports in "
     "jeopardy.",
     "2021-06-28",
     []),
    ("allsides", "The Biden administration said Monday it would allow 62,500 refugees to resettle in the United States "
     "this year, reversing course after the White House initially said it would keep a historically low Trump-era "
     "limit on those fleeing war, violence and persecution.",
     "2021-05-03",
     [D("2021-05-03"), Q(62500, "refugees", time="2021"), D("2021")]),
    ("allsides", "The entire day of testimony was a difficult one for the FBI, which fired one agent involved with the "
     "investigation a week before the hearing.",
     "2021-09-15",
     # "one agent" is "a certain agent" (nothing set against it, as FINAL's "one presidential candidate wins by 20
     # points"); "a week before" is a span from a point, undated.
     [Q(1, "week")]),
    ("allsides", "Tyler Perry urged the global Oscars audience to “refuse hate” and work harder to uplift those on the "
     "margins as he accepted the Jean Hersholt Humanitarian Award on Sunday night at the 93rd annual Academy Awards.",
     "2021-04-26",
     [D("2021-04-25")]),
    ("allsides", "In 2001, after earthquakes devastated El Salvador, the United States made that country’s nationals "
     "eligible for the “temporary protected status” program.",
     "2021-06-07",
     [D("2001")]),
    ("allsides", "The new report, titled AR6, is almost 4,000 pages, written by several hundred government-nominated "
     "scientists over the past four...",
     "2021-08-13",
     # "several hundred" is no figure ("hundreds of"); "over the past four..." is 4 with its noun cut off.
     [Q(4000, "pages", "about"), Q(4, None)]),
    ("allsides", "J. Thomas Manger, who spent 21 years as a police chief in the wealthy Washington suburbs of "
     "Montgomery and Fairfax counties, was named Thursday to take over the U.S. Capitol Police as it tries to regain "
     "its footing in the aftermath of the Jan. 6 riot at the Capitol.",
     "2021-07-22",
     [Q(21, "year"), D("2021-07-22"), D("2021-01-06")]),
    ("allsides", "The nation’s top expert on infectious diseases received an email March 28, 2020, from George Gao, "
     "director of the Chinese Center for Disease Control and Prevention, in which Gao apologized for saying the US and "
     "other countries were making a “big mistake” by not encouraging people to wear masks from the get-go, according "
     "to correspondence obtained by the Washington...",
     "2021-06-01",
     [D("2020-03-28")]),
    ("allsides", "A group of 18 scientists stated Thursday in a letter published in the journal Science that there is "
     "not enough evidence to decide whether a natural origin or an accidental laboratory leak caused the Covid-19 "
     "pandemic.",
     "2021-05-14",
     [Q(18, "scientists", time="2021-05-13"), D("2021-05-13")]),
    ("allsides", "Israeli Defense Forces (IDF) ground soldiers attacked Gaza early Friday morning local time following "
     "a barrage of 1,500 rockets that targeted airstrikes failed to curb.",
     "2021-05-13",
     # Written on a Thursday: "local time" puts Friday ahead of the writer's day; the barrage before it is undated.
     [D("2021-05-14"), Q(1500, "rockets")]),
    ("allsides", "\"It still turns the Federal Election Commission (FEC) from a judge into a prosecutor by taking away "
     "the three-three balance...",
     "2021-06-17",
     # An even split is a tally (TWENTY_EIGHTH's "a 50-50 Senate").
     [Q(3, None), Q(3, None)]),
    ("allsides", "Rep. Michael McCaul, R-Texas, shared new findings from the House Foreign Affairs Committee "
     "Republicans' probe into the possible origins of COVID-19 on Monday and accused the Chinese Communist Party (CCP) "
     "of engaging in the \"greatest cover-up in human history.\"",
     "2021-08-02",
     [D("2021-08-02")]),
    ("allsides", "According to the secretary’s office, 1,626,042 valid signatures have been collected in support of "
     "Newsom’s recall effort, which exceeds the 1,495,709 signatures required.",
     "2021-04-26",
     [Q(1626042, "valid signatures"), Q(1495709, "signatures")]),
    ("allsides", "The 54-35 vote, with six Republicans breaking ranks to join every Democrat in favor, came after "
     "Senate Minority Leader Mitch McConnell lobbied his members forcefully against the House-passed commission "
     "measure.",
     "2021-05-28",
     [Q(54, None), Q(35, None), Q(6, "Republicans")]),
    ("allsides", "Trump declared a national emergency in 2019, in an effort to redirect funding to build a wall along "
     "the southern border.",
     "2021-05-01",
     [D("2019")]),
    ("allsides", "NIAID director Anthony Fauci told CNN on Monday the U.S. could \"start getting back to a degree of "
     "normality\" by next spring if more Americans are vaccinated against COVID-19.",
     "2021-08-24",
     # "by" a date ahead is a target: spring 2022.
     [D("2021-08-23"), D("2022-03/2022-05", "target")]),
]


def test_session_nine_e_table_is_real() -> None:
    sources = _sources_text(bias_residues=(365,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_SEVENTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_SEVENTH) >= 60
    assert len({sentence for _, sentence, _, _ in THIRTY_SEVENTH}) == len(THIRTY_SEVENTH)


#: First run of THIRTY_SEVENTH (once, on the rules frozen at commit b8df51e, after the table was committed at 038ed5b):
#: the honest figure, untuned. Its 8 misses with the parse: on the time field 1 — "just over three weeks away, on Feb.
#: 1" with the span dated by Feb. 1 (a span counted from now is undated); on a date's year, day or shape 5 — "on
#: Wednesday through Sunday" read as two days, not one interval (and the poll's 1,000 voters dated by the Sunday only),
#: "Today’s updated guidance" not read as the day, "the November general election" written in August 2016 read as 2015
#: (the past November, not the coming one), "attacked Gaza early Friday morning local time" written on a Thursday read
#: as the Friday before (2021-05-07, the 1,500 rockets dated by it too; the reader took the next day, "local time"),
#: "at 5 o’clock on a Saturday" read as the day of writing (a generic day; with it "5 o’clock" below); on what a number
#: counts or names, its value and unit 2 — "5 o’clock" read as 5 of unit "o’clock" (a time of day), "the three-three
#: balance" read as one 3 of unit "three" rather than an even split's two threes; on a qualifier 1 — "by next spring"
#: (ahead of writing) not a target. Without the parse 9: the same but the three weeks right, and also "Sanders began
#: 2016" read as a count of 2016 rather than a year, the 1,000 voters left undated, "damaged more than a dozen … in
#: Saudi Arabia, in September" with the dozen undated.
THIRTY_SEVENTH_ACCURACY_FIRST_RUN = 0.871  # 54 of 62 with the parse (as the claims stage runs it)
THIRTY_SEVENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.855  # 53 of 62
#: Gated at its first run less one sentence of slack, as THIRTY_FIRST and THIRTY_SECOND are: the table is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_THIRTY_SEVENTH_ACCURACY = 0.85  # 53 / 62 = 0.8548
MIN_THIRTY_SEVENTH_ACCURACY_WITHOUT_PARSE = 0.83  # 52 / 62 = 0.8387

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_NINE_E_GATES = [
    ("thirty-seventh", THIRTY_SEVENTH, MIN_THIRTY_SEVENTH_ACCURACY, MIN_THIRTY_SEVENTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_NINE_E_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_NINE_E_GATES,
    ids=[g[0] for g in SESSION_NINE_E_GATES],
)
def test_session_nine_e_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
