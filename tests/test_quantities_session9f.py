"""Quantities, session 9 (round three): draw THIRTY_EIGHTH, annotated by hand before the rules ran on it.

Drawn while another session-9 task changed the rules again (after THIRTY_THIRD–THIRTY_SEVENTH had been first run); the
annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read
these sentences, and the table is first run once, on the rules frozen at the end of that work.
``benchmarks/quantities_score.py --exclude-session9f`` leaves it out (neither scored nor parsed), so that whoever
changes the rules never sees how the rules do on it.

THIRTY_EIGHTH was drawn by ``benchmarks/quantities_draw.py thirty-eighth`` (bias-corpus articles 639 modulo 700,
PolNeAR *train* texts 23 and 58 modulo 70, AllSides story bodies in the order of ``random.Random(2063)``; BASIL is used
up; every text an earlier table drew from skipped): 62 sentences (28 bias, 14 PolNeAR, 20 AllSides), of which two are
dropped as scraping leftovers and not replaced (no second draw was made): a photo caption run into the text ("FILE
PHOTO: U.S. President Donald Trump attends Young Black Leadership Summit at the White House in Washington, U.S.,
October 4, 2019.", as TENTH dropped a photo caption) and an embedded tweet's tail with an all-capital promotion
("SIGN UP FOR OUR NEWSLETTER — Donald J. Trump (@realDonaldTrump) June 29, 2016</tweet>.", as TWENTY_SECOND dropped "…
2016</tweet>." and THIRTIETH an all-capital note): 60 sentences (27 bias, 13 PolNeAR, 20 AllSides). Kept: two titles
standing on their own line ("Trump May Not Have Suggested A Muslim Registry, But He Fully Supported One.", "Falling
Deficit to Reverse Course in '16 as U.S. Ages."; THIRTY_FIRST kept a title), a bias-corpus headline-like question
("Bloomberg eyes 2020 presidential run …", its own line), a sentence about a tweet (it is the article's prose, not the
tweet), a sentence whose quotation closes with a link ("… is drawing to a close.\" http://on.wsj.com/1lHHbkb.": a real
sentence with a URL run on, not a link line; the URL's digits are glued to letters and name nothing), Axios's "By the
numbers:" lead-in and two sentences cut by the sampler after "…" ("aimed...", "sources..."), as THIRTIETH kept
"… several major...". Non-breaking spaces are written as spaces, as the cleaning stage leaves them. Published
dates are the sources' own.

Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring. Where
they say nothing, or where an earlier table's precedent was followed for a shape new to this draw, the reader's answer
was written:

- "12 annual spending bills each year" is 12 per year, the counted noun dropped from a count rate as TWENTY_SECOND's
  "five winners, every year" is 5 per year and "32,256 new cases per day" is 32,256 per day ("roughly 114,000 new cases
  per day" likewise about 114,000 per day).
- "Not one moderator has raised …" is no count: an emphatic negation, as "not one iota" (no quantity in its table).
- "between March and June" written in July 2012 is the interval 2012-03/2012-06 (THIRTY_FOURTH's "between January and
  August" without a publication date is "--01/--08"); the sum spent in it is dated by it.
- "which sued Mr. Obama last fall over his decision to twice delay …" written in August 2015: "last fall" is the autumn
  of the year before (2014-09/2014-11, as "my Berkeley speech last fall" written in July 2020 is 2019's), and "twice" is
  2 times (as "twice offered words of support"), in the relative clause's prepositional phrase and so dated by its
  date (rule 1: the clause's prepositional phrases and the noun phrases in them).
- "up to four times that amount" is up to 4 times (multiples as "four times the penalty"); "($23,050 to $92,200 for a
  family of four)" is a range of USD and 4 with no noun (as the fixes' "A family of four making $40,000": 4, no unit).
- "four Republican toss-up seats in California, one in Colorado, two in Illinois, …" counts every member of the list:
  the elided noun leaves the later members with none (as "the two did not discuss" in TWENTY_NINTH), and "one" is set
  against the other figures, so it counts.
- "the mass shooting of 20 children and six adults at an elementary school Dec. 14", written in March 2013 after
  "reintroduced the ban in January": Dec. 14 is 2012's, and it dates the shooting's noun phrase with its counts (rule 3,
  the nearest date; what a reader checks is when the shooting was), whichever noun of that phrase the parser hangs it
  on; January dates only the reintroduction.
- "Nearly half of American children, 48%," is about 50 percent and 48 percent ("nearly" is about, as "nearly one in
  four, 24%": about 25 percent and 24 percent); "now" dates nothing, as "Now 40% have an unfavorable opinion".
- "a successful hydrogen bomb test last September at the mountainous site about 370 km (230 miles) northeast of
  Pyongyang", written in April 2018: "last September" is 2017-09 (the latest such month before the month of writing,
  as "last June" written on June 8 is the year before's), and both distances are dated by it, the parenthesised
  conversion too, as "Hungary's 175km (109-mile) … fence … this week" dates both; "one of the tunnels" counts nothing
  (as "at least one of the major political parties").
- "a New Year's Day statement" written on January 6 2014 is 2014-01-01 (a holiday on a fixed day is a date, here naming
  the statement); "extending unemployment benefits through the end of 2014" is 2014 (as THIRTY_SECOND's "through the end
  of 2022"), no target (no "by"), and the "200,000 jobs" it would lead to are undated (the date lies deep inside the
  gerund subject of what is said).
- "with tens of thousands more weakened" is no figure, as "tens of thousands of people" in earlier tables.
- "1 million more votes than Donald Trump" counts votes ("two more similarities" counts similarities).
- "24/7 media coverage" is no figure (as "spews hate 24/7"); "going back nearly 25 years" is about 25 years, undated.
- "Falling Deficit to Reverse Course in '16" is 2016 (the year written with an apostrophe); "the 1990s" is that decade.
- "a daylong series of simulations" holds no number; "a 90-minute test" is 90 minutes, as "a 50-minute speech".
- "Set to open next fall", written in December 2015, is the autumn of 2016; "103rd and 104th streets", "the entire first
  floor", "First Street", "first-term senator" and "his 60th birthday celebration" are ordinals; "a $97 million
  renovation project" in the "where" clause is undated (no date in that clause).
- "A tweet last February", written in March 2016, is 2016-02 (the latest February before the month of writing, as
  above; the tweet is about the blowout loss in New Hampshire of that February).
- "to take place within six months" is 6 months, exact (TWENTY_EIGHTH's "within 60 days", corrected to NINETEENTH's
  precedent), a span from a point, undated.
- "In the next few days, the United States will surpass 600,000 deaths": "the next few days" is a span, no date (as
  "the next decade"), and "surpass" reaches no target (no "by" date): exactly 600,000 deaths, undated (a verb of
  reaching sets no qualifier, as "reaching 5%"; a preposition before the number does, as "rose above 150" below).
- "added just 266,000 jobs in April — a mere fraction of economists’ expectations of nearly a million": "just" is
  exact ("only 10 percent"), and the appositive after the dash is in the clause April dates (rule 1), so "nearly a
  million" is about 1,000,000 with no noun, dated 2021-04.
- "offering her first detailed remarks on her rejection of two Republican lawmakers" is a participle phrase without a
  subject of its own on "said" (not a participle of saying that opens a clause), so its two lawmakers take Thursday.
- "dropped in early August to levels last seen in mid-March 2020" gives 2021-08 and 2020-03 ("in early March" is that
  month, "the mid-2000s" that decade); there is no number in it but the dates.
- "rose above 150 on Saturday" is over 150 with no noun, dated Saturday (as TWENTY_NINTH's "the death toll … climbed to
  at least 143 on Saturday").
- "was elected to the Senate in 1978 and served five terms": 1978 sits inside the first conjunct, so the five terms are
  undated (rule 2).
- "the number of new cases each day had fallen to a little over 11,000, the lowest level since the virus first emerged
  in March 2020": over 11,000 ("a little over", as "a little more than an hour"), no noun and no rate (the rate "each
  day" is written on the subject, "the number of new cases each day", and the level after "to" has no unit of its own,
  as the death toll's "at least 143"), undated (the "since" clause is a comparison's baseline, rule 5); "After more
  than a year of worry" is over 1 year, undated.
- "One of the Oscars last night went to a short film, Two Distant Strangers": "last night" written on Monday April 26
  2021 is 2021-04-25 (as "at 11pm last night" is the day before publication); "One of the Oscars" is one of a group, no
  count, and "Two Distant Strangers" is a film's title, which counts nothing.
- "more than five hours after police received a report" is over 5 hours, a span from a point, undated; "at about 2:30
  p.m." is a time of day.

First run (once, on the rules frozen at commit 9105100, after THIRTY_EIGHTH was committed at 71d5341; with the parse as
the claims stage runs it / without): 0.900 (54 of 60) / 0.833 (50 of 60). No annotation was corrected after it: every
miss was checked against the earlier tables' explicit precedents, and none contradicts one. The table is gated at its
first run less one sentence; the misses are listed by category at the gate.
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
THIRTY_EIGHTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "At the conclusion of the showdown over funding for his border wall, Trump announced that, on top of the "
     "$1.3 billion Congress appropriated, he would tap roughly $3 billion from other sources and declare an emergency "
     "to get access to another $3.6 billion in military construction funds.",
     "2019-03-13",
     [Q(1.3e9, "USD"), Q(3e9, "USD", "about"), Q(3.6e9, "USD")]),
    ("bias", "With the midterm elections 16 months away, senators are exploiting a brief window to dust off bills that "
     "have stalled for years.",
     "2013-06-28",
     [Q(16, "month")]),
    ("bias", "Congress is asked to approve 12 annual spending bills each year to fund the government.",
     "2017-10-15",
     [Q(12, "per year")]),
    ("bias", "Instead of focusing on bringing down the costs on everything from college to cable bills, he passed a "
     "bill that helped the rich while adding more than a trillion dollars in debt.",
     "2019-11-06",
     [Q(1e12, "USD", "over")]),
    ("bias", "The United States has about 2,000 troops in Syria backing local forces fighting ISIS.",
     "2018-12-19",
     [Q(2000, "troops", "about")]),
    ("bias", "Bloomberg eyes 2020 presidential run as a Democrat, but can a centrist unite the party?",
     "2018-08-10",
     [D("2020")]),
    ("bias", "That’s a leading question that I have been asked repeatedly from media pundits and Democratic "
     "politicians over the past three years.",
     "2012-10-21",
     [Q(3, "year")]),
    ("bias", "While both men have been subject to grand jury subpoenas issued by the special counsel Robert Mueller, "
     "and Kushner sat for a private meeting with Mueller in November 2017, neither has been charged by Mueller, as far "
     "as is publicly known.",
     "2018-04-24",
     [D("2017-11")]),
    ("bias", "“Not one moderator has raised the issue of poverty or the issue of low credit scores,” he said.",
     "2012-10-17",
     []),
    ("bias", "The Obama campaign spent nearly $4,700 on telemarketing services from a Canadian telemarketing company "
     "called Pacific East between March and June, a Washington Free Beacon study of federal election filings shows.",
     "2012-07-02",
     [Q(4700, "USD", "about", "2012-03/2012-06"), D("2012-03/2012-06")]),
    ("bias", "That includes the House of Representatives itself, which sued Mr. Obama last fall over his decision to "
     "twice delay the Affordable Care Act’s insurance mandate on employers and to continue reimbursing insurers who "
     "have reduced co-pays and deductibles for qualified Obamacare enrollees as a condition of participating in the "
     "state-based health care exchanges.",
     "2015-08-26",
     [D("2014-09/2014-11"), Q(2, "times", time="2014-09/2014-11")]),
    ("bias", "Subsidies, in the form of tax credits, will be available to people with incomes from the poverty level "
     "up to four times that amount ($23,050 to $92,200 for a family of four).",
     "2012-07-08",
     [Q(4, "times", "up to"), Q(23050, "USD", "range", upper=92200), Q(4, None)]),
    ("bias", "Separately, when asked about the frosty relations between the two countries, Trump said, “I hold both "
     "countries responsible. . . .",
     "2018-07-18",
     [Q(2, "countries")]),
    ("bias", "I even noticed your number: 20.",
     "2020-06-20",
     [Q(20, None)]),
    ("bias", "Feinstein reintroduced the ban in January as a response to the mass shooting of 20 children and six "
     "adults at an elementary school Dec. 14 in Newtown, Conn.",
     "2013-03-19",
     [D("2013-01"), Q(20, "children", time="2012-12-14"), Q(6, "adults", time="2012-12-14"), D("2012-12-14")]),
    ("bias", "The Cook Political Report identifies four Republican toss-up seats in California, one in Colorado, two "
     "in Illinois, two in Minnesota, one in New Jersey and two in New York.",
     "2018-07-09",
     [Q(4, "Republican toss-up seats"), Q(1, None), Q(2, None), Q(2, None), Q(1, None), Q(2, None)]),
    ("bias", "Nearly half of American children, 48%, are now born to unmarried women.",
     "2013-03-25",
     [Q(50, "percent", "about"), Q(48, "percent")]),
    ("bias", "Now the fraternity says it has no record of anyone working at the aquatic center in 2012, nor a record "
     "of any social event on Sept. 28, 2012, the date in question.",
     "2014-12-06",
     [D("2012"), D("2012-09-28")]),
    ("bias", "North Korea claimed it conducted a successful hydrogen bomb test last September at the mountainous site "
     "about 370 km (230 miles) northeast of Pyongyang, a detonation that Japanese broadcaster TV Asahi said caused one "
     "of the tunnels to collapse.",
     "2018-04-26",
     [D("2017-09"), Q(370, "km", "about", "2017-09"), Q(230, "miles", time="2017-09")]),
    ("bias", "Sperling issued a New Year’s Day statement saying extending unemployment benefits through the end of "
     "2014 would “lead to 200,000 jobs.”",
     "2014-01-06",
     [D("2014-01-01"), D("2014"), Q(200000, "jobs")]),
    ("bias", "As absurd as all this is, a number of “Justice Democrats” have already signed on: “The media and the "
     "establishment laughed at us and called us crazy — but now 31 Democrats have endorsed the call for a Select "
     "Committee on the #GreenNewDeal.",
     None,
     [Q(31, "Democrats")]),
    ("bias", "And because of Sanders’ widely-publicized struggles courting African-American voters, they're eager to "
     "avoid the perception that his choice to effectively stop campaigning in a state where black voters make up more "
     "than half of the Democratic primary electorate implies he's ceding the black vote to Clinton all across the "
     "country.",
     "2016-02-24",
     [Q(50, "percent", "over")]),
    ("bias", "“It turns out that the headline, ‘68% of Americans say a vaccine is needed before returning to normal "
     "life, new survey finds,’ is fake news,” Soave wrote, nothing that Grossman first noticed CNN’s "
     "“misinterpretation\" of the poll.",
     None,
     [Q(68, "percent")]),
    ("bias", "The Defense Department has pledged to renegotiate its 50-year contracts with private real estate firms.",
     "2019-04-26",
     [Q(50, "year")]),
    ("bias", "\"I understand where Sanders supporters come from,\" said Griebe, who supported Clinton in 2008.",
     "2016-06-06",
     [D("2008")]),
    ("bias", "More than 90,000 people now have died from the virus itself, with tens of thousands more weakened or "
     "crippled from its ravages.",
     "2020-05-22",
     [Q(90000, "people", "over")]),
    ("bias", "That terrifying thought is relevant now because the city’s single most important source of electricity — "
     "the Indian Point Energy Center, which sits about 40 miles due north of Times Square in Westchester County— is "
     "being permanently shuttered.",
     "2020-04-06",
     [Q(40, "miles", "about")]),
    ("polnear", "An early tweet quoted the president as saying “Need to do something not to debate the last shooting "
     "but to prevent the next one!”",
     "2016-01-05",
     []),
    ("polnear", "I have 1 million more votes than Donald Trump and I have 2.5 million more votes than Bernie Sanders,” "
     "Clinton said.",
     "2016-04-01",
     [Q(1e6, "votes"), Q(2.5e6, "votes")]),
    ("polnear", "Trump May Not Have Suggested A Muslim Registry, But He Fully Supported One.",
     "2015-11-20",
     []),
    ("polnear", "Scarborough also asked Clinton if Trump benefits from a kind of double standard, seeing as "
     "investigative reports and attacks on his personal life, business failures and alleged fraudulent schemes have "
     "bounced off him while any and all allegations against her have gotten 24/7 media coverage going back nearly 25 "
     "years.",
     "2016-02-26",
     [Q(25, "year", "about")]),
    ("polnear", "Hillary Clinton wants to bring back the 1990s.",
     "2016-05-24",
     [D("1990s")]),
    ("polnear", "Falling Deficit to Reverse Course in '16 as U.S. Ages.",
     "2016-01-20",
     [D("2016")]),
    ("polnear", "And in an experiment with British doctors, a daylong series of simulations, such as interaction with "
     "an actor playing a sick patient, more accurately predicted their future performance than a 90-minute test.",
     "2016-04-20",
     [Q(90, "minute")]),
    ("polnear", "And as if to hand Republicans uneasy with Mr. Trump's candidacy new reasons to be skeptical, his "
     "campaign offered a halting response on Tuesday to questions about why Ms. Trump's speech featured passages from "
     "Mrs. Obama's 2008 address at the Democratic convention.",
     "2016-07-21",
     [D("2016-07-19"), D("2008")]),
    ("polnear", "Set to open next fall, the long-term installation, 'New York at Its Core,' will take up the entire "
     "first floor of the museum’s building on Fifth Avenue between 103rd and 104th streets, where a $97 million "
     "renovation project under the current director, Susan Henshaw Jones, is drawing to a close.\" "
     "http://on.wsj.com/1lHHbkb.",
     "2015-12-11",
     [D("2016-09/2016-11"), Q(97e6, "USD")]),
    ("polnear", "Perhaps the one that made Bill Clinton the angriest: A tweet last February, in reference to a "
     "POLITICO article about internal frustrations with the campaign operation after the blowout loss in New Hampshire "
     "— “When the exact same problems crop up in separate campaigns, with different staff, at what point do the "
     "principals say, ‘Hey, maybe it’s US’?”",
     "2016-03-10",
     [D("2016-02")]),
    ("polnear", "The club has been a significant money-maker for Trump, however — he reported earning $132 million "
     "from the club on his financial disclosure form, making it by far the most valuable of his golf course "
     "properties.",
     "2016-06-01",
     [Q(132e6, "USD")]),
    ("polnear", "I think we need him back in the Senate,\" Hannity said during a panel on his show after the "
     "first-term senator easily won his Senate primary, remarking that while there are \"still some conservatives "
     "angry over comprehensive immigration reform,\" Rubio already \"paid a very heavy political price in this 2016 "
     "[presidential] primary on that issue and he said he made a mistake.\"",
     "2016-08-31",
     [D("2016")]),
    ("polnear", "The last two Republican winners, Huckabee in 2008 and former Pennsylvania senator Rick Santorum in "
     "2012, didn't end up as the nominee.",
     "2016-02-02",
     [Q(2, "Republican winners"), D("2008"), D("2012")]),
    ("allsides", "Facebook's Oversight Board decided Wednesday morning to uphold the site's ban of former President "
     "Donald Trump's account -- but the Board also ordered a new review of the \"indefinite suspension\" to take place "
     "within six months, leaving the door open slightly for a future Trump reinstatement.",
     "2021-05-05",
     [D("2021-05-05"), Q(6, "month")]),
    ("allsides", "In the next few days, the United States will surpass 600,000 deaths from Covid-19, the highest known "
     "death toll in the world.",
     "2021-06-15",
     [Q(600000, "deaths")]),
    ("allsides", "The two defense officials may not have persuaded those who wanted to continue an unwinnable war in "
     "Afghanistan, but they certainly put President Biden’s decision-making in context.",
     "2021-09-29",
     [Q(2, "defense officials")]),
    ("allsides", "The U.S. economy added just 266,000 jobs in April — a mere fraction of economists’ expectations of "
     "nearly a million, and unemployment ticked up instead of dropping as predicted.",
     "2021-05-07",
     [Q(266000, "jobs", time="2021-04"), D("2021-04"), Q(1e6, None, "about", "2021-04")]),
    ("allsides", "House Speaker Nancy Pelosi (D-Calif.) on Thursday said the panel looking into the Jan. 6 attack on "
     "the Capitol “will not let\" GOP \"antics stand in the way” of the investigation, offering her first detailed "
     "remarks on her rejection of two Republican lawmakers for the committee.",
     "2021-07-22",
     [D("2021-07-22"), D("2021-01-06"), Q(2, "Republican lawmakers", time="2021-07-22")]),
    ("allsides", "By the numbers: The U.S. is now averaging roughly 114,000 new cases per day.",
     "2021-09-30",
     [Q(114000, "per day", "about")]),
    ("allsides", "Over the past six days, the insurgents have overrun nine provincial capitals across the country, "
     "most of them clustered in the north, in a major escalation of their military offensive and a devastating "
     "setback for the Afghan government.",
     "2021-08-11",
     [Q(6, "day"), Q(9, "provincial capitals")]),
    ("allsides", "The weekly unemployment claims report from the Labor Department on Thursday, the most timely data on "
     "the economy's health, also showed the number of people on state jobless rolls dropped in early August to levels "
     "last seen in mid-March 2020, when the economy almost ground to a halt amid mandatory business closures aimed...",
     "2021-08-19",
     [D("2021-08-19"), D("2021-08"), D("2020-03")]),
    ("allsides", "The death toll from disastrous flooding in Western Europe rose above 150 on Saturday as rescue "
     "workers toiled to clear up the devastation revealed by receding water and prevent further damage.",
     "2021-07-17",
     [Q(150, None, "over", "2021-07-17"), D("2021-07-17")]),
    ("allsides", "Warner, a Republican, was elected to the Senate in 1978 and served five terms.",
     "2021-05-26",
     [D("1978"), Q(5, "terms")]),
    ("allsides", "\"The 2020 presidential election was not stolen.",
     "2021-05-04",
     [D("2020")]),
    ("allsides", "Fauci spoke on CNN’s “State of the Union” about COVID-19 and was asked about one projection that "
     "suggests cases will continue rising if more Americans don’t get vaccinated.",
     "2021-07-26",
     []),
    ("allsides", "On Sunday, the New York Post publicized images of Obama dancing without a mask from his 60th "
     "birthday celebration on Saturday.",
     "2021-08-09",
     [D("2021-08-08"), D("2021-08-07")]),
    ("allsides", "The ransomware group REvil has demanded a $70 million payment in Bitcoin for a decryptor tool "
     "following its attack on the software vendor Kaseya, cyber researchers say.",
     "2021-07-05",
     [Q(70e6, "USD")]),
    ("allsides", "The United States government is planning to give 60 million doses of the AstraZeneca COVID-19 "
     "vaccine to countries around the world, The White House announced on Monday.",
     "2021-04-26",
     [Q(60e6, "doses"), D("2021-04-26")]),
    ("allsides", "More than 450 miles had been built during the Trump administration and approximately 350 miles was "
     "already funded -- some of that with money diverted from the Defense Department.",
     "2021-05-01",
     [Q(450, "miles", "over"), Q(350, "miles", "about")]),
    ("allsides", "After more than a year of worry and restrictions that followed the emergence of the coronavirus, the "
     "number of new cases each day had fallen to a little over 11,000, the lowest level since the virus first emerged "
     "in March 2020.",
     "2021-07-13",
     [Q(1, "year", "over"), Q(11000, None, "over"), D("2020-03")]),
    ("allsides", "The new rules championed by President Emmanuel Macron make it obligatory to have either a full "
     "course of vaccination against Covid-19, be in possession of a negative test or be recently recovered from the "
     "virus to enjoy usually routine activities.",
     "2021-08-08",
     []),
    ("allsides", "The suspect, identified as North Carolina resident Floyd Ray Roseberry from Grover, was taken into "
     "police custody at about 2:30 p.m. local time – more than five hours after police received a report of a "
     "suspicious vehicle parked in the area of Independence Avenue and First Street, sources...",
     "2021-08-19",
     [Q(5, "hour", "over")]),
    ("allsides", "One of the Oscars last night went to a short film, Two Distant Strangers, about a black guy who "
     "keeps getting killed by police, over and over: It was a Black Lives Matter Groundhog Day.",
     "2021-04-26",
     [D("2021-04-25")]),
]


def test_session_nine_f_table_is_real() -> None:
    sources = _sources_text(bias_residues=(639,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_EIGHTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_EIGHTH) == 60
    assert len({sentence for _, sentence, _, _ in THIRTY_EIGHTH}) == len(THIRTY_EIGHTH)


#: First run of THIRTY_EIGHTH (once, on the rules frozen at commit 9105100, "quantities words: a bare year before a word
#: in '-s' …", after THIRTY_EIGHTH was committed): the honest figure, untuned. Its 6 misses with the parse: on the time
#: field 3 — "spent nearly $4,700 … between March and June" with the sum undated (the interval itself read right),
#: "a … test last September at the mountainous site about 370 km (230 miles) northeast" with both distances undated,
#: "offering her first detailed remarks on her rejection of two Republican lawmakers" with the two undated (the
#: participle phrase not given the clause's Thursday); on a date's year, day or shape 1 — "Reverse Course in '16" read
#: as a bare 16, not the year 2016; on what a number counts or names and its qualifier 2 — "one in Colorado", "one in
#: New Jersey" in a list of counts not counted (the twos were), "asked about one projection" read as about 1 projection
#: (the preposition "about" taken for a qualifier, "one" an article). Without the parse 10: the last five of these
#: (the $4,700 is dated right without the parse), and on the time field also "his decision to twice delay" (in the
#: relative clause's phrase after "last fall"), "the mass shooting of 20 children … Dec. 14" (the 20 undated, the six
#: adults dated), "expectations of nearly a million" after the dash (undated), "was elected … in 1978 and served five
#: terms" (the five terms dated 1978 across the conjunction); and "Mrs. Obama's 2008 address" read as a count of 2008
#: addresses, not a year naming the address.
THIRTY_EIGHTH_ACCURACY_FIRST_RUN = 0.900  # 54 of 60 with the parse (as the claims stage runs it)
THIRTY_EIGHTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.833  # 50 of 60
#: The table is gated at its first run less one sentence of slack, as session 8's and session 9's earlier draws are: it
#: is no longer blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences
#: fails.
MIN_THIRTY_EIGHTH_ACCURACY = 0.88  # 53 / 60 = 0.8833
MIN_THIRTY_EIGHTH_ACCURACY_WITHOUT_PARSE = 0.81  # 49 / 60 = 0.8167


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [THIRTY_EIGHTH])


@pytest.mark.gate
def test_session_nine_f_accuracy_gate(parses: dict[str, Span]) -> None:
    assert_table_gate(
        "thirty-eighth", THIRTY_EIGHTH, MIN_THIRTY_EIGHTH_ACCURACY, MIN_THIRTY_EIGHTH_ACCURACY_WITHOUT_PARSE, parses
    )
