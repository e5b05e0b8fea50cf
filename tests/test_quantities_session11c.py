"""Quantities, session 11 (a blind draw): FORTY_EIGHTH, annotated by hand before the rules ran.

FORTY_EIGHTH was drawn while another session-11 task changed the rules (``src/storylens/extract/quantities*.py``); the
annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read
these sentences, and the table is first run once, on the rules frozen at the end of that work. Whoever changes the rules
while it is blind must leave it out of the scorer, so as never to see how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-eighth`` (bias-corpus articles 230 and 580 modulo 700, in the
order of ``random.Random(2073)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62
bias-corpus sentences and nothing else, every text of the earlier tables skipped). It gave 62 sentences. One is dropped
as a scraping leftover, and none was drawn in its place: The Hill's related-story links run into a sentence ("… chasing
Sen. Ted Cruz Rafael (Ted) Edward CruzRepublicans face internal brawl over impeachment witnesses … ActBlue says it
raised billion for Democrats in 2019 MORE (D-Texas) and his wife out of a D.C. restaurant in September."), as FORTIETH
and FORTY_FOURTH dropped The Hill's links run into a sentence (its "in 2019" is the link's, and the sentence reads
wrongly without the links). The table has 61 sentences, all bias-corpus. Kept, as earlier tables kept their like:
quotations left open or closed by the source alone ('“Now remember this young lady got 16,000 votes.', '… at the White
House.”', 'The call was, the next one is coming through the roof, maybe, if it hit.”'), a sentence the source opens
mid-citation ("Dole, in which the court found …"), a sentence with a quoted foreign phrase ("quaranta giorni in
Italian"). Published dates are the sources' own (seven sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "moved the U.S. embassy to Jerusalem the following year" after "In 2017" is 2018: the point it counts from is stated
  in the sentence (the reading of "the next year" that gives no date is for an unstated point, THIRTY_FIRST's note on
  "the next year"; this one turns the other way on the stated point);
- "14th-century Venice" and "Our 21st-century postmodern culture" hold no date: an ordinal century is an ordinal ("Not
  quantities: ordinals"), unlike a decade ("the 1990s", "the 1870s"), which is a date;
- "the last 15 days of the campaign", set off by commas after "from October 22 through November 5", restates the
  interval and is a span, undated (TWENTY_NINTH's "in 2017, one single year,"), while "among 660 stories from 49
  mainstream outlets" hangs on the verb the interval dates (rule 1) and takes it;
- "purchase 100 MW of electricity a year" is 100 "MW per year": the unit as written with the rate of "a year" (as "$500
  million a year" is "USD per year"), though a power per year is an odd measure; it is read, not corrected;
- "the New York City St. Patrick's Day Parade organizing committee" holds no date: the holiday names a standing
  committee of a yearly parade, no day of this year (as ELEVENTH's "a Christmas-themed Web ad" gave none), and "A few
  dozen members" is vague ("few" sets no number, as "thousands of Americans"); "cap gatherings at 50 people" is at
  most 50 (FIFTH's "capped at $50 million a year");
- "fighting with one arm tied behind their backs" is an idiom whose "one" nothing sets against another amount (the
  convention on "one"), so no count;
- "nearly a century and a half later" is 1.5 "century", about, a span from a point, undated (as session 8's fixes row
  "nearly a year and a half" is 1.5 years, about).

First run (once, on the rules frozen at commit 8a477de — ``/tmp/q17/FREEZE``'s line, read at 05:30 UTC —
after the annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive``
and this module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTY_EIGHTH``): 0.902
with the parse (55 of 61), 0.852 without (52 of 61). The same run on the rules from before the round (commit
603e2a1, exported the same way): the same 55 and 52 sentences, the same output — the round's fixes neither won
nor lost a sentence here. No annotation was corrected after the first run. The table is gated at its first run less
one sentence; the misses are listed by category at the gate.
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
FORTY_EIGHTH: list[tuple[str, str, str | None, list[Q]]] = [
    # "the 2010 census" is a date naming a thing (rule 5's "the 2016 election"), still a date
    ("bias", "So the Trump administration is correct that the only decennial census that didn’t include any questions "
     "about citizenship was the 2010 census.",
     "2019-04-23",
     [D("2010")]),
    # written on a Friday: "Friday" is that day, on the verb, and dates its object "three times" (rule 1); "three times"
    # counts occurrences (SIXTH's "I have used it three times")
    ("bias", "In another stark departure from his predecessor, President Trump used the words “terrorist” or "
     "“terrorism” three times Friday in a statement wishing Muslims a joyful Ramadan, a traditional month of fasting.",
     "2017-05-26",
     [Q(3, "times", time="2017-05-26"), D("2017-05-26")]),
    # written on a Wednesday: "came Wednesday" is that day; "one day after" is a span from a point, undated
    # (FOURTEENTH's "just one day after the Washington Post published")
    ("bias", "According to the wire service, \"the breakthrough came Wednesday, one day after lawmakers huddled with "
     "President Barack Obama at the White House.",
     "2013-07-17",
     [D("2013-07-17"), Q(1, "day")]),
    ("bias", "As for Clinton, who as a senator voted in October 2002 to authorize the war in Iraq, the Democratic "
     "nominee claimed that Trump “supported it before it happened, he supported it as it was happening and he is on "
     "record as supporting it after it happened.”",
     "2016-09-08",
     [D("2002-10")]),
    # "the two plans" counts, as SEVENTEENTH's "the two parties"
    ("bias", "House Speaker John Boehner, R-Ohio, criticized Senate Democrats for refusing to negotiate on the two "
     "plans, saying they \"slammed the door\" on reopening parts of the government.",
     "2013-10-01",
     [Q(2, "plans")]),
    # "the first two complaints" counts complaints (TWENTIETH's "the top two members" counts members)
    ("bias", "We know that because conservatives never weigh the first two complaints against the very clear and "
     "obvious good Obamacare promises to do for the uninsured and previously uninsurable.",
     "2013-10-30",
     [Q(2, "complaints")]),
    # "within 30 days" is exactly 30 days (NINETEENTH's "within 24 hours", TWENTY_EIGHTH's "within 60 days")
    ("bias", "This would show a wait time within 30 days, the target range, even though that was not accurate.",
     "2014-05-20",
     [Q(30, "day")]),
    # "the latest Columbus Dispatch poll of 1,758 likely voters" counts likely voters (adjectives stay, as
    # TWENTY_NINTH's "Four moderate Democrats")
    ("bias", "Among other races responsible for Republicans’ cautious optimism about the Senate are the contest in "
     "Wisconsin, where former Gov. Tommy G. Thompson holds a comfortable lead over Democratic Rep. Tammy Baldwin, and "
     "Ohio, where Republican state Treasurer Josh Mandel is tied with Sen. Sherrod Brown in the latest Columbus "
     "Dispatch poll of 1,758 likely voters.",
     "2012-08-27",
     [Q(1758, "likely voters")]),
    # "the following year" after "In 2017" is 2018 (the reader's decision, see the docstring)
    ("bias", "In 2017 the administration recognized Jerusalem as Israel’s capital city, and moved the U.S. embassy to "
     "Jerusalem the following year.",
     "2019-11-18",
     [D("2017"), D("2018")]),
    # "two-thirds black" is 66.67 percent without "of" (the module docstring's "half the country is 50 percent without
    # of"; "two-thirds of the vote" is 66.67 percent)
    ("bias", "Paul Butler, who studies race and criminal justice at Georgetown Law school, wants to hear more outrage "
     "from the president about the conduct of a nearly all-white police force in a town that's two-thirds black.",
     "2014-08-20",
     [Q(66.67, "percent")]),
    # an interval of days (FIFTEENTH's "fielded April 12 to 18"), past, this year's; "the last 15 days of the
    # campaign" restates it, undated (the reader's decision, see the docstring); the stories and outlets hang on the
    # verb the interval dates (rule 1)
    ("bias", "The study was conducted from October 22 through November 5, the last 15 days of the campaign, among 660 "
     "stories from 49 mainstream outlets.",
     "2012-11-20",
     [D("2012-10-22/2012-11-05"), Q(15, "day"), Q(660, "stories", time="2012-10-22/2012-11-05"),
      Q(49, "mainstream outlets", time="2012-10-22/2012-11-05")]),
    ("bias", "In 1919, the pioneering newspaper editor and civil rights activist Monroe Trotter obtained papers to "
     "work as a cook on a ship sailing from the United States to France.",
     "2020-06-30",
     [D("1919")]),
    # "a 20-year … contract" as EIGHTEENTH's "the 30-second commercial" (singular span); "100 MW of electricity a year"
    # is a rate (the reader's decision, see the docstring)
    ("bias", "The city of Cincinnati negotiated a 20-year flat-rate contract with Hecate Energy, a Chicago-based solar "
     "installer and operator, which would cover construction costs and purchase 100 MW of electricity a year.",
     None,
     [Q(20, "year"), Q(100, "MW per year")]),
    # "the 1994 crime bill" is a date naming a thing (rule 5)
    ("bias", "He is wildly dishonest about his role in the Iraq War and the 1994 crime bill, landmark moments in his "
     "legislative career that later became political liabilities.",
     "2019-09-01",
     [D("1994")]),
    # "no one" is no count
    ("bias", "But no one seems to care enough to save the Senate from itself.",
     "2017-03-30",
     []),
    # "21st-century" is an ordinal (the reader's decision, see the docstring)
    ("bias", "Our 21st-century postmodern culture says that we can become whatever we declare ourselves to be.",
     "2015-08-26",
     []),
    # written on a Monday: "on Friday morning" in a past clause is the Friday before; "89WLS" is a number glued to
    # letters (a station's name); "at least a year" is in what is said, a clause of its own without a date (rule 4)
    ("bias", "Bush, who declined to talk to POLITICO, told talk radio 89WLS in Chicago on Friday morning that he’ll "
     "wait at least a year to make a decision on running for president.",
     "2013-08-12",
     [D("2013-08-09"), Q(1, "year", "at least")]),
    # past, written in August: this year's July 21
    ("bias", "In his presidential announcement speech on July 21, he said, “The Lord wants our hearts to reach out to "
     "those who don’t have what we have.”",
     "2015-08-14",
     [D("2015-07-21")]),
    # "raise the minimum drinking age to 21" is a target age, no unit (FINAL's "lowering the Medicare eligibility age
    # to 55", FOURTEENTH's "raising the retirement age to 69")
    ("bias", "Dole, in which the court found that it wasn't \"impermissively coercive,\" as the chief justice put it, "
     "to require states to raise the minimum drinking age to 21 or lose 5 percent of their federal highway funds.",
     "2012-07-08",
     [Q(21, None, "target"), Q(5, "percent")]),
    # "will likely be a $4 million bill" is a forecast, exact ("likely" is no qualifier)
    ("bias", "According to watchdog.org, the government rented at least seven homes in the area, costing taxpayers "
     "more than $183,750 of what the organization says will likely be a $4 million bill.",
     "2014-01-02",
     [Q(7, "homes", "at least"), Q(183750, "USD", "over"), Q(4e6, "USD")]),
    ("bias", "Schools serving more than 40 million students have now closed their doors, with profound effects for "
     "these kids, their parents, and their communities.",
     None,
     [Q(40e6, "students", "over")]),
    ("bias", "The panel has also posted more than 20 letters from the FBI to NASA and the State Department detailing "
     "the planning under way.",
     "2013-02-22",
     [Q(20, "letters", "over")]),
    # "the next one" is a pronoun, no count
    ("bias", "The call was, the next one is coming through the roof, maybe, if it hit.”",
     "2013-05-08",
     []),
    # "up to $1 billion a day" as TWENTY_SIXTH's "vouchers of up to $3,389" (qualifier "up to"), a
    # rate as session 10's fixes row "up to $2,260 per employee per year"
    ("bias", "CBS has estimated that closing the southern border would cost up to $1 billion a day.",
     "2018-12-28",
     [Q(1e9, "USD per day", "up to")]),
    # "the second time in the past few weeks" holds no number; "a simple, 51-vote majority" as FOURTH's "the
    # 60-vote hurdle"
    ("bias", "This is the second time in the past few weeks that the president has gone to Capitol Hill to persuade "
     "fellow Republicans in the GOP-controlled Senate to back the tax reform bill, with yes votes from several "
     "holdouts still needed to pass the measure with a simple, 51-vote majority.",
     "2017-11-25",
     [Q(51, "vote")]),
    # "later this year", written in 2018, is 2018 (SEVENTEENTH's "is down again this year" -> 2016)
    ("bias", "Republicans interested in passing major conservative reforms in 2018 — which could be the last chance "
     "for years, if Democrats succeed in taking the House later this year — should reject this deal and push for "
     "something better.",
     "2018-02-07",
     [D("2018"), D("2018")]),
    ("bias", "“Now remember this young lady got 16,000 votes.",
     "2018-07-18",
     [Q(16000, "votes")]),
    # "only 3%" is exact ("only" is no qualifier: TABLE's "only 10 percent"); "a recent Gallup survey" is no date
    ("bias", "The point is this: Even if immigration fails to register as a top issue in the polls -- only 3% of "
     "Americans called it the country's \"most important problem\" in a recent Gallup survey -- the topic continues "
     "to burn white hot as a litmus test among a passionate and vocal slice of the GOP primary electorate.",
     "2014-01-06",
     [Q(3, "percent")]),
    # "a two-man race" as ELEVENTH's "a two-man race between him and Trump"
    ("bias", "Some polls show that either Cruz or Rubio could beat Trump if it were a two-man race, but neither Rubio "
     "nor Cruz has an incentive to drop out anytime soon.",
     "2016-02-23",
     [Q(2, "man")]),
    ("bias", "He set about a broad effort to diversify the company’s offerings beyond processor chips for personal "
     "computers, a market in which Intel holds a more than 90% share, according to Mercury Research, leaving it scant "
     "room to grow as PC shipments decline.",
     None,
     [Q(90, "percent", "over")]),
    ("bias", "The poll found that 75 percent of Democrats favored Obamacare, while only 16 percent of Republicans "
     "supported it.",
     "2013-06-03",
     [Q(75, "percent"), Q(16, "percent")]),
    # "14th-century" is an ordinal, no date (the reader's decision, see the docstring); "quaranta giorni" is Italian for
    # the 40 days, no figure of its own
    ("bias", "Our modern conception of quarantine dates to 14th-century Venice, Italy, when some arriving ships would "
     "be required to sit at anchor for 40 days – quaranta giorni in Italian – in an attempt to contain the bubonic "
     "plague.",
     "2020-03-30",
     [Q(40, "day")]),
    # "30-day notice" as "a 30-second ad" (singular span)
    ("bias", "Some agencies have already given employees their official 30-day notice of upcoming furloughs.",
     "2013-03-01",
     [Q(30, "day")]),
    # "just one drug company" counts (the module docstring's "only one"; TENTH's "only one interest")
    ("bias", "This seems especially likely to happen when there is just one drug company making the generic, giving "
     "that manufacturer pretty complete control over the prices it wants to charge.",
     "2015-05-19",
     [Q(1, "drug company")]),
    # "on one side … on the other" is no count (THIRTY_THIRD's "extremists on one side empower those on
    # the other")
    ("bias", "A reliance on identity-based coalitions on one side will invariably produce an upsurge in identity "
     "politics on the other.",
     "2016-12-16",
     []),
    # "a 21-day government shutdown" as "a 30-second ad"; "the recent one" is a pronoun
    ("bias", "A bitter budget battle between the Democratic president and the Republican House speaker led to a "
     "21-day government shutdown, the longest ever before the recent one broke that record.",
     "2019-02-04",
     [Q(21, "day")]),
    ("bias", "Obamacare comes to more than two thousand pages of rules, mandates, taxes, fees, and fines that have no "
     "place in a free country.",
     "2012-08-30",
     [Q(2000, "pages", "over")]),
    # "10 other nations": "other" is dropped (TWENTY_EIGHTH's "more than 30 other current and former policymakers
    # and economists"); "the past week" holds no number and no date (FORTY_FIFTH's "the past decade")
    ("bias", "Officials from the U.S., Japan, and 10 other nations negotiated details of the Trans-Pacific Partnership "
     "for much of the past week, meeting in Atlanta to push through a framework for a trade agreement that has set off "
     "political divisions in the U.S. and added to a debate over how the U.S. should deal with China.",
     "2015-10-05",
     [Q(10, "nations")]),
    ("bias", "But government employers took a step back, shedding 13,000 jobs after several strong months of gains.",
     "2012-11-02",
     [Q(13000, "jobs")]),
    # "No one" and "one as self-regarding as" are pronouns, no count
    ("bias", "No one could remember another time when a major news outlet, particularly one as self-regarding as the "
     "New York Times, chose to nakedly politick in a way typical of MoveOn.org or the NRA.",
     "2017-12-01",
     []),
    # (Dropped here, bias) The Hill's related-story links run into a sentence ("… Sen. Ted Cruz Rafael (Ted) Edward
    # CruzRepublicans face internal brawl … ActBlue says it raised billion for Democrats in 2019 MORE (D-Texas) …"), as
    # FORTIETH and FORTY_FOURTH dropped The Hill's links run into a sentence
    # "with employees paying more than $4,300" is an absolute phrase with no date; "averaged" is no qualifier
    # (FORTY_FIFTH's "averages 25 years")
    ("bias", "Premiums averaged $15,745, with employees paying more than $4,300 of that, a glaring reminder that the "
     "nation’s problem of unaffordable medical care is anything but solved.",
     "2012-09-11",
     [Q(15745, "USD"), Q(4300, "USD", "over")]),
    ("bias", "For example, 2011 saw the launch of Bloomberg View, a dull, fairly centrist editorial page.",
     "2014-05-06",
     [D("2011")]),
    ("bias", "Drum goes on to predict that 25 percent will end up being the peak of Trump’s support, while admitting "
     "that he’s obviously risking an egg-on-your-face moment if he turns out to be wrong.",
     "2015-08-20",
     [Q(25, "percent")]),
    # ages set off after names, no unit, undated (FORTY_FIFTH's "Ocasio-Cortez, 29,")
    ("bias", "Mr. Rubio, 43, also defended his previous characterization of Mrs. Clinton, 67, as a “candidate of "
     "yesterday,” saying he was not suggesting the former first lady, senator and top diplomat is too old for the "
     "White House.",
     "2015-05-17",
     [Q(43, None, measure="age"), Q(67, None, measure="age")]),
    # "A few dozen" is vague; "St. Patrick's Day Parade" names the committee's parade, no date; "cap … at 50 people" is
    # at most (the reader's decisions, see the docstring; FIFTH's "capped at $50 million a year")
    ("bias", "A few dozen members of the New York City St. Patrick’s Day Parade organizing committee donned green and "
     "marched with an American flag and bagpipes, following city guidelines to cap gatherings at 50 people.",
     "2020-03-17",
     [Q(50, "people", "at most")]),
    # "one arm tied behind their backs": nothing sets the "one" against another amount (the reader's decision, see the
    # docstring)
    ("bias", "Mattis freed U.S. forces who had been fighting with one arm tied behind their backs, and contributed to "
     "major battlefield gains without a massive invasion.",
     None,
     []),
    # "covid-19" is a number glued to letters
    ("bias", "It is time to restart treatments and clinical trials for non-covid-19 patients.",
     "2020-05-26",
     []),
    # "one senior House GOPer" is "a certain" GOPer (the module docstring's "One GOP senator said")
    ("bias", "Said one senior House GOPer to Fox News: “Even Trump’s people are still trying to figure out where Trump "
     "stands on things.”",
     "2016-05-19",
     []),
    # "this week", written on a Friday, is its ISO week (TWENTY_EIGHTH's "published earlier this week" -> "2020-W14");
    # "in 2016" is in the relative clause, which keeps it in (rule 4)
    ("bias", "Mr. Paul, though, said in his interview this week that Ms. McCaskill, who is supporting Mrs. Clinton in "
     "2016, didn’t always feel that way.",
     "2014-02-07",
     [D("2014-W06"), D("2016")]),
    # "from 2014 until early 2018" is one interval of years (FIFTEENTH's "from 2009 to 2013"; FIFTH's "in early 2011"
    # -> "2011")
    ("bias", "David Laufman, who ran the Justice Department’s counter-intelligence unit from 2014 until early 2018, "
     "declined to comment on the cases Mueller filed, but said the urgency of finding and countering foreign "
     "intelligence operations should be obvious.",
     "2019-03-23",
     [D("2014/2018")]),
    # past, this year's May 10; "several A.P. employees" is vague
    ("bias", "The dispute centered on an ambiguous description in the original notice to The A.P., which an employee "
     "of the news organization said was sent as an attachment to an e-mail on May 10 from Jonathan M. Malis, a "
     "federal prosecutor, to several A.P. employees.",
     "2013-05-15",
     [D("2013-05-10")]),
    # "the first of two keys" counts keys (NINETEENTH's "one of three $50,000 prizes" counts prizes); "the final day"
    # has no number
    ("bias", "Opening the final day of the debate earlier, Attorney General Geoffrey Cox gave an impassioned speech to "
     "the Commons with the prime minister by his side, saying that voting for the deal was \"the first of two keys "
     "that will unlock our future with the European Union\", allowing the government to focus on the future "
     "relationship.",
     None,
     [Q(2, "keys")]),
    # "nearly a century and a half later" is 1.5 centuries, about, a span from a point, undated (the reader's decision,
    # see the docstring; session 8's fixes row "nearly a year and a half")
    ("bias", "Stepping into Congress’ role nearly a century and a half later, the Roberts court revived them.",
     "2019-05-31",
     [Q(1.5, "century", "about")]),
    # "a 28-year-old father of two": an age (FIFTH's "33-year-old", measure age) and "of two" with no noun, as
    # SIXTH's "a 45-year-old mother of four"
    ("bias", "Welch, a 28-year-old father of two, says he doesn't believe in conspiracy theories, but listens to Alex "
     "Jones, who regularly spreads conspiracy theories on his radio show and websites.",
     "2016-12-08",
     [Q(28, "year", measure="age"), Q(2, None)]),
    # "12 inches" as FOURTEENTH's "7 miles" (plural as written); "records dating to the 1870s" is a decade
    ("bias", "The city is only 12 inches away from its snowiest winter ever — based on records dating to the 1870s.",
     "2015-02-16",
     [Q(12, "inches"), D("1870s")]),
    # "in late July 2018" is the month (THIRTEENTH's "in late 2012" -> the year)
    ("bias", "It was modified in late July 2018.",
     "2019-07-08",
     [D("2018-07")]),
    # "One option" is "a certain option", no count (the module docstring's "One GOP senator said")
    ("bias", "One option would be to elect a person of high moral character who also has a well-developed "
     "understanding of the rules and strictures that govern the office—someone who is inclined to respect those "
     "rules in letter and spirit as well as to honor the guidelines for transparency that allow other government "
     "officials and the press to verify the upright and noble exercise of his vast authority.",
     "2019-11-02",
     []),
    # written in March: Feb. 14 is this year's; the range of sums is on the verb the date dates (rule 2: the date opens
    # the sentence); "more than 18 percent since then" is in a relative clause, a clause of its own, and "since then"
    # names no date
    ("bias", "On Feb. 14, she also purchased the Citrix stock and another $100,000 to $250,000 in technology company "
     "Oracle, which has seen its share price decline by more than 18 percent since then.",
     "2020-03-20",
     [D("2020-02-14"), Q(100000, "USD", "range", time="2020-02-14", upper=250000), Q(18, "percent", "over")]),
    # "my four years at the White House" counts years, undated
    ("bias", "Based on my four years at the White House, that typically warrants at least a mention to the President.”",
     None,
     [Q(4, "year")]),
    # "two other male staffers": "other" is dropped (as "10 other nations" above)
    ("bias", "Davison told Fox News when she, Laxalt and two other male staffers went into the private room and closed "
     "the door, it “burst open” moments later.",
     None,
     [Q(2, "male staffers")]),
    # "The two" with no noun (TWELFTH's "The two had played nice"); "the summer of 2011" is its three months
    # (THIRTY_FOURTH's "in the summer of 1950") and stays in its relative clause (rule 4); "set to trigger on Friday",
    # written on a Wednesday, is the coming Friday
    ("bias", "The two were trading words over the deal White House and Congress struck in the summer of 2011, an "
     "agreement to increase the federal debt limit in exchange for the spending cuts – a draconian measure which was "
     "never expected to take effect but are now set to trigger on Friday.",
     "2013-02-27",
     [Q(2, None), D("2011-06/2011-08"), D("2013-03-01")]),
]


def test_session_eleven_c_table_is_real() -> None:
    sources = _sources_text(bias_residues=(230, 580)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_EIGHTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_EIGHTH) == 61
    assert len({sentence for _, sentence, _, _ in FORTY_EIGHTH}) == len(FORTY_EIGHTH)


#: First-run misses with the parse (6 of 61), by category: on the time field 1 — "10 other nations negotiated … for much
#: of the past week" dated by the week (the annotation: undated, the week a span of the negotiation, not of the count);
#: on a date's year, day or shape 3 — "the following year" after "In 2017" not read (2018), "a “candidate of yesterday”"
#: read as a date (a figure of speech), "from 2014 until early 2018" read as two years rather than one interval; on what
#: a number counts, its qualifier or unit 2 — "purchase 100 MW of electricity a year" read without its rate (MW per
#: year), "A few dozen members … to cap gatherings at 50 people" with "dozen" read as 12 members (vague: no number) and
#: the cap read exact (at most). Without the parse 9: the same and three more ("from October 22 through November 5, the
#: last 15 days", "a 21-day government shutdown", "another $100,000 to $250,000").
FORTY_EIGHTH_ACCURACY_FIRST_RUN = 0.902  # 55 of 61 with the parse (as the claims stage runs it)
FORTY_EIGHTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.852  # 52 of 61
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_EIGHTH_ACCURACY = 0.88  # 54 / 61 = 0.8852
MIN_FORTY_EIGHTH_ACCURACY_WITHOUT_PARSE = 0.83  # 51 / 61 = 0.8361

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_C_GATES = [
    ("forty-eighth", FORTY_EIGHTH, MIN_FORTY_EIGHTH_ACCURACY, MIN_FORTY_EIGHTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_C_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_C_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_C_GATES],
)
def test_session_eleven_c_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
