"""Quantities, session 11 (round two, first of three blind draws): FORTY_NINTH, annotated before the rules ran.

FORTY_NINTH was drawn while another session-11 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the audit, the pipeline or any test running them) ever read these sentences, and the
table is first run once, on the rules frozen at the end of that work. Until then the scorer must leave it out, so that
whoever changes the rules while it is blind never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-ninth`` (bias-corpus articles 100 and 640 modulo 700, in the order
of ``random.Random(2074)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62 bias-corpus
sentences and nothing else, every text of the earlier tables skipped). It gave 62 sentences. One is dropped as a
scraping leftover, and none was drawn in its place: a reporter's contact footer ("Using a non-work phone or computer,
you can contact Joseph Cox securely on Signal on +44 20 8133 5190, Wickr on josephcox, OTR chat on …, or email …."), the
page's furniture, no sentence of the article's text, as earlier tables dropped link lines and tweets' metadata
(TWENTY_SECOND's "pic.twitter.com/… — Paul Ryan (@SpeakerRyan) July 5, 2016</tweet>."). The table has 61 sentences, all
bias-corpus. Kept: two sentences the sampler's splitter ran together after a closing quote ("… 'doing something.' Nadler
is trying …"), a quotation holding @-handles ("where @RashidaTlaib fights for Michigan families": a speaker's words
quoted in the article, not a tweet's metadata), a timeline entry opening on its date ("June 19: Malor’s piece is
published …") and a quotation introduced by a colon ("She put out: ‘I’m only taking these two.’"). Published dates are
the sources' own (four sentences have none).

Expectations follow the conventions of the quantities module docstring (as committed at f89310e; its time rule above
all), ``docs/quantities.md`` and the earlier tables up to FORTY_FIFTH; each row where the reader decided something has a
comment above it naming the precedent followed. Where the conventions say nothing, the reader's answer was written:

- "extended $16 million in loans … in late 2016 and early 2017" dates the sum by 2016: both years hang on the verb of
  its relative clause, and of two dates whose scope holds a figure the nearer in the tree, then in the text, wins (rule
  5's tie-break, as 10f's "debate next on Oct. 16 and for the last time on Oct. 22" dates the candidates by Oct. 16);
  "late 2016" is the year, as THIRTEENTH's "in late 2012";
- "by the administration’s Nov. 30 deadline", written on Nov. 25, 2013, is a target date: "by" governs the deadline,
  which is that date and lies ahead of writing ("by" a date lying ahead sets a target, the module docstring; a deadline
  named without "by", as SIXTEENTH's "racing an April 28 deadline", stays a plain date);
- "spread out three to a table" is a count rate without its noun, 3 per table, as TWENTY_SECOND's "five winners, every
  year" is 5 per year and THIRTY_EIGHTH's "12 annual spending bills each year" 12 per year (the distributive "to a" read
  as "per");
- "June 19: … — slightly exaggerating the scope of the bill from two-thirds to “nearly all,”" gives 66.67 percent (a
  share of a whole without "of", as FORTY_FOURTH's "a two-thirds vote" and TWENTY_SEVENTH's "up from a quarter"), dated
  by the opening June 19: the participle phrase has no subject of its own and shares its clause's date (rules 1 and 2),
  the change being the piece's, made that day;
- "a four-legged chair" counts 4 legs, a structure's parts, as THIRTIETH's "the two-tiered system" counts 2 tiers (a
  chair's legs are parts of a thing, unlike SEVENTH's "three-pronged approach", whose prongs are a strategy's and count
  nothing), though the chair is a figure of speech for the four parties listed after it;
- "the earlier one-two-three punch of plague/quarantine/depression" holds no quantity: the boxer's "one-two" stretched
  to three blows is an idiom naming a sequence, its numbers counting nothing, as "one" used as an article counts
  nothing; "one step from crooning" likewise ("one" with nothing set against it).

First run (once, on the rules frozen at commit e9a01ec — ``/tmp/q18/FREEZE``'s line, read at 05:53 UTC — after the
annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this
module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTY_NINTH``): 0.918 with the
parse (56 of 61), 0.869 without (53 of 61). The same run on the rules from before the round (commit aa91a6b, exported
the same way): the same 56 and 53 sentences, the same output — the round's fixes neither won nor lost a sentence here.
No annotation was corrected after the first run. The table is gated at its first run less one sentence; the misses are
listed by category at the gate.
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
FORTY_NINTH: list[tuple[str, str, str | None, list[Q]]] = [
    # the date sits in the relative clause on the couple and dates nothing else; no figure
    ("bias", "Murphy, meanwhile, has previously told the student newspaper that the visit by Trump Jr. and Guilfoyle "
     "— who have been dating since May 2018 — wasn’t an official campaign stop and didn’t violate university rules.",
     "2019-11-13",
     [D("2018-05")]),
    ("bias", '"I voted for him in 2008 because I thought for sure he was the president that was for all the people — '
     'not just blacks for whites or whatever but for everybody," she says.',
     "2012-09-27",
     [D("2008")]),
    # "the 1981 release" is a year naming the event, a date (10f's "the Mike Bloomberg 2020 campaign"); "the day
    # President Reagan was sworn in" holds no number
    ("bias", "He said it’s worth noting foreign policy is something that can change “almost immediately with a new "
     "president,” pointing to the 1981 release of hostages by Iran the day President Reagan was sworn in.",
     "2015-08-31",
     [D("1981")]),
    # "the years from 2007 to 2012" is one interval (TWENTY_SECOND's "the years 2006 through 2011"; "from 2006 to 2012"
    # -> "2006/2012")
    ("bias", "Paul Manafort, Trump's campaign chief spent the years from 2007 to 2012 working as a political "
     "consultant for the former ruling Party of Regions in Ukraine, where the party leader and the former President "
     "Yanukovych allegedly relied heavily on advice from Mr. Manafort until the president was forced into exile in "
     "Russia.",
     "2016-08-15",
     [D("2007/2012")]),
    # "his 11-minute speech" as EIGHTEENTH's "the 30-second commercial"; "just hours after" holds no number
    ("bias", "But before that, just hours after Mitt Romney lost his bid for the White House, Boehner sent a copy of "
     "his 11-minute speech to Rep. Paul Ryan, sure to be a conservative power center in the House Republican "
     "Conference.",
     "2012-11-08",
     [Q(11, "minute")]),
    # "his 100-person staff" as TENTH's "the 230-person cheer squad" (230 "person")
    ("bias", "Mr. Harris said 14 Hispanic immigrants from his 100-person staff resigned just before the Alabama law "
     "went into effect.",
     None,
     [Q(14, "Hispanic immigrants"), Q(100, "person")]),
    # "the 1996 welfare reform deal": a year naming the deal, a date
    ("bias", "Both expressed concern that the change would strip the crux of the 1996 welfare reform deal.",
     "2012-07-13",
     [D("1996")]),
    # the aside in parentheses holds no date, so all three counts are undated
    ("bias", "(The move, which still falls well short of what workers and their advocates seek, affects 90,000 "
     "workers, but it doesn't apply to the 750,000 workers employed by McDonald's 3,100 American franchisees.)",
     "2015-04-03",
     [Q(90000, "workers"), Q(750000, "workers"), Q(3100, "American franchisees")]),
    # "Those two controversies" counts, as FORTY_FIFTH's "the four Democrats" and TWELFTH's "these two longtime symbols"
    # (2 "longtime symbols")
    ("bias", "Those two controversies came on top of a revived clamor in Washington over the Benghazi terror attack.",
     "2013-05-14",
     [Q(2, "controversies")]),
    # the year dates only its own conjunct of the two relative clauses (rule 2: "a date inside one conjunct dates only
    # that one"), so the salary is undated; a salary with no "a year" written is a sum, no rate
    ("bias", "Paul -- a doctor who left the medical profession to join Congress in 2010 and whose base Senate salary "
     "is $174,000 -- says he makes enough money that he doesn’t need Medicaid, which helps low-income families.",
     "2014-01-06",
     [D("2010"), Q(174000, "USD")]),
    # "since 2000" as ELEVENTH's "Pelosi has led House Democrats since 2002"
    ("bias", "But while Moscow has long been interested in American politics, what inspired the man who has "
     "essentially run Russia since 2000 to take the unusual step of commenting on the election process of an "
     "adversary?",
     "2015-12-17",
     [D("2000")]),
    # (Dropped here, bias) a reporter's contact footer ("Using a non-work phone or computer, you can contact Joseph
    # Cox securely on Signal on +44 20 8133 5190, Wickr on …, or email …."), a line of the page's furniture, as
    # earlier tables dropped link lines and tweets' metadata
    # "One source" is "a certain source", no count (10f's "what one analyst calls")
    ("bias", 'One source told Fox News that Petraeus "has no idea what was provided" to Rice or who was the author of '
     "the talking points she used.",
     "2012-11-16",
     []),
    # "Just one month after" is a span from a point, undated, and "one" before a span counts (HELDOUT's "about a week
    # after", THIRTIETH's "a day before"); "hundreds of thousands of" is vague; "now" is no date
    ("bias", "Just one month after President Obama signed a back door amnesty executive order for hundreds of "
     "thousands of young illegal aliens, his administration is now planning to shut down nine Border Patrol stations, "
     "something the people living in border states, Border Patrol agents, local Sheriffs and some Congressman are up "
     "in arms about.",
     "2012-07-11",
     [Q(1, "month"), Q(9, "Border Patrol stations")]),
    # the past clause: this year's May 17, ten days before writing
    ("bias", "But on May 17, when prosecutors tried to do this, the file was too big.",
     "2019-05-27",
     [D("2019-05-17")]),
    # "$16 million in loans" as FINAL's "the $1 million in loans" (measure "loans"); "in late 2016 and early 2017" are
    # the years (THIRTEENTH's "in late 2012" -> 2012, FIFTH's "in early 2011" -> 2011); both hang on "extended" in the
    # same relative clause, and the sum takes the nearer, the first conjunct (rule 5's tie-break; the reader's decision,
    # see the docstring)
    ("bias", "Brenann is an executive at Federal Savings Bank, which extended $16 million in loans to Manafort on his "
     "Hamptons estate and a Brooklyn brownstone house in late 2016 and early 2017.",
     "2018-08-14",
     [Q(16e6, "USD", time="2016", measure="loans"), D("2016"), D("2017")]),
    # "third" is an ordinal; "in less than three years" is a span, under 3 years, undated
    ("bias", "Yet what spelled the doom of Mr. Trump’s third national security adviser in less than three years was "
     "not so much his strong views on key foreign-policy issues, former officials and national security analysts say.",
     "2019-09-11",
     [Q(3, "year", "under")]),
    # "headed to $23 trillion" is a level the clause says will be reached, a target (FORTY_FOURTH's "headed to $30
    # trillion over the next decade")
    ("bias", '"It is headed to $23 trillion and neither party seems to be able to do anything to stop this crisis of '
     'national debt," said Stephen Moore, a senior fellow at the Heritage Foundation and one of President Trump\'s '
     "former economic advisors.",
     "2019-03-11",
     [Q(23e12, "USD", "target")]),
    ("bias", "Montana eliminated restrictions in 1991, with other states following.",
     "2017-05-02",
     [D("1991")]),
    # "by the administration's Nov. 30 deadline", written on Nov. 25: "by" a date lying ahead sets a target, the
    # deadline being that date (the reader's decision, see the docstring)
    ("bias", "Though the option could help Americans frustrated by the HealthCare.gov’s crashes, slow response times "
     "and other problems, it is another acknowledgement that the site probably will not be working for everybody by "
     "the administration’s Nov. 30 deadline.",
     "2013-11-25",
     [D("2013-11-30", "target")]),
    # "6:45 ET" is a time of day, no quantity (10f's "ten a.m."); written on a Wednesday, Tuesday is the day before;
    # "for as long as I am able" holds no number
    ("bias", "At 6:45 ET Tuesday evening, Sen. Jeff Merkley (D-OR) headed to the Senate floor to start talking about "
     'why he was opposed to the nomination of Neil Gorsuch to the Supreme Court "for as long as I am able."',
     "2017-04-05",
     [D("2017-04-04")]),
    # "need 60" leaves its noun out, so no unit (10f's "eight for shotguns")
    ("bias", "Even parts of full Repeal need 60.",
     "2017-07-18",
     [Q(60, None)]),
    # "COVID-19" is a number glued to letters, no quantity
    ("bias", "Oscar’s website would have asked users if they were experiencing symptoms of COVID-19, the illness "
     "caused by the virus, and surveyed them about other risk factors, including their age and preexisting conditions.",
     "2020-03-30",
     []),
    # no publication date: the day stays relative (TABLE's D("Wednesday", "relative")); the opening participle phrase
    # has no subject of its own and shares the clause's day (rule 1, as "fell Tuesday, bringing the total to nine"),
    # while what was reported is a clause of its own (rule 4), its two aspects undated; "two critical aspects" counts (a
    # count, not "one aspect of" as an article)
    ("bias", "Citing two U.S. officials, Bloomberg reported early Wednesday that he is expected to issue reports on "
     "two critical aspects of the D.O.J. investigation into Russian interference shortly after midterm elections.",
     None,
     [Q(2, "U.S. officials", time="Wednesday"), D("Wednesday", "relative"), Q(2, "critical aspects")]),
    # "the 2016 presidential election": a year naming the election, a date
    ("bias", "Trump suggested the Times holds a grudge against him because the paper failed to predict his victory in "
     "the 2016 presidential election.",
     "2018-10-03",
     [D("2016")]),
    # "one" here is a pronoun (10f's "begins one on a slippery slope")
    ("bias", "An attack against one is an attack against all.",
     "2020-03-17",
     []),
    # "five months away" is a span from now, undated; "around Labor Day", a holiday on a moving day, is no date
    # (FORTY_FIRST's "this Memorial Day weekend"; THIRTY_FOURTH's "Labor Day is the one day every year")
    ("bias", "McLaughlin & Associates also criticized CNN for not basing the poll on likely voters, but the network "
     'said because "it\'s difficult to project whether voters will participate in an election that is five months '
     'away," it "as do most public pollsters, typically reports results from likely voters around Labor Day."',
     "2020-06-08",
     [Q(5, "month")]),
    ("bias", "At the White House Correspondents’ Association dinner in 2018, comedian Michelle Wolf joked that "
     "Sanders “burned facts” to create the “perfect smoky eye.”",
     "2019-09-05",
     [D("2018")]),
    # "one in which actions are second-guessed" is a pronoun, no count
    ("bias", "“In an extraordinarily difficult job, one in which actions are second-guessed, success is unreported, "
     "and failure can be catastrophic, the men and women of the intelligence community, including the NSA, "
     "consistently follow protocols designed to protect the privacy of ordinary people,” Obama said.",
     "2014-01-17",
     []),
    # "Every week, five more people … join" is a count rate without its noun, 5 per week (TWENTY_SECOND's "five winners,
    # every year" -> 5 per year; THIRTY_EIGHTH's "12 annual spending bills each year" -> 12 per year); what was said is
    # a clause of its own (rule 4), so the saying day, a Tuesday before a Wednesday's writing, leaves the rate undated
    ("bias", "Every week, five more people from the UK alone join ISIS, a British police commissioner said Tuesday.",
     "2014-10-22",
     [Q(5, "per week"), D("2014-10-21")]),
    # "the 53-member Senate Republican conference" as THIRTIETH's "the 15-member advisory board" (15 "member"); "three
    # to a table" is a count rate without its noun, 3 per table (the reader's decision, see the docstring); "most days"
    # holds no number
    ("bias", "The Senate majority, the 53-member Senate Republican conference, is meeting for its regular luncheons "
     "most days, spread out three to a table for social distance.",
     "2020-05-13",
     [Q(53, "member"), Q(3, "per table")]),
    # "One Democrat bill" is "a certain bill", no count: "another measure" sets no amount against it (10f's "One measure
    # would limit magazines"); no publication date: day and month stay without a year (FINAL's "the 6 November outcome"
    # -> "--11-06", TABLE's "on August 9" -> "--08-09"), and "until" adds no qualifier ("until 2016 and 2018" in 10f)
    ("bias", "One Democrat bill would temporarily fund the Department of Homeland Security until 8 February, while "
     "another measure would fund other departments closed by the partial shutdown until 30 September.",
     None,
     [D("--02-08"), D("--09-30")]),
    # "shrunk to just 7 points" is a level reached, exact (a past verb of change, FORTY_THIRD's "fell to 5.4 percent");
    # "53 percent to 46 percent" restating it is a pair, no range (TWENTIETH's "(37 percent to 43 percent)" after a net
    # figure)
    ("bias", "But online, that margin shrunk to just 7 points, 53 percent to 46 percent.",
     "2016-11-03",
     [Q(7, "points"), Q(53, "percent"), Q(46, "percent")]),
    # "without actually triggering one": a pronoun, no count
    ("bias", "This is a silly stance designed to run out the clock, effectively doing nothing while trying to "
     "convince some segment of the opposition's core electorate that their representatives are, in fact, 'doing "
     "something.' Nadler is trying to create the atmospherics of an impeachment process without actually triggering "
     "one, hence the plainly ridiculous statements like the quote above.",
     "2019-07-29",
     []),
    # a date after a noun dates that noun phrase (rule 3, "the attack last week that killed nearly 200 people"); "this
    # month" is the month of writing
    ("bias", "Two examples this month show just how eager the government is.",
     "2013-06-06",
     [Q(2, "examples", time="2013-06"), D("2013-06")]),
    # "Monday's ruling", written on a Monday, is that day (10f's "Wednesday's charges"); "the earlier one" is a pronoun
    ("bias", "Monday's ruling was consistent with the earlier one.",
     "2014-05-05",
     [D("2014-05-05")]),
    ("bias", "Trump has demanded $5 billion as a down-payment on construction of a huge wall that he argues is the "
     "only way to keep illegal immigrants and drugs from entering the United States.",
     "2018-12-17",
     [Q(5e9, "USD")]),
    # "New York 14" names a congressional district, a reference number after a name (as "Article 5", "Flight 17"); the
    # @-handles are names
    ("bias", "She added, “You are angry because you don’t believe in an America where I represent New York 14, where "
     "the good people of Minnesota elected @IlhanMN, where @RashidaTlaib fights for Michigan families, where "
     "@AyannaPressley champions little girls in Boston. …You rely on a frightened America for your plunder.”",
     "2019-07-14",
     []),
    # what was reported is a clause of its own (rule 4): the two percents are undated, as TABLE's "six percent …,
    # according to a … poll released Saturday"; "last month", written in May 2014, is April
    ("bias", "But 51 percent of New Hampshire adults oppose Obamacare while just 37 percent support it, the "
     "University of New Hampshire Survey Center reported last month in a WMUR-Granite State poll.",
     "2014-05-11",
     [Q(51, "percent"), Q(37, "percent"), D("2014-04")]),
    ("bias", "The Republicans did some good things in Tampa, like showing two debt clocks and allowing speakers like "
     'Ted Cruz to say, "Rights are secure only when government power is restrained."',
     "2012-09-05",
     [Q(2, "debt clocks")]),
    # a past clause written in March 2018: June 9 is 2017's; "less than two hours later" is a span from a point, under 2
    # hours, undated (FINAL's "just 12 hours later"); the semicolon bounds the date's scope anyway
    ("bias", "On June 9, Tillerson called on Saudi Arabia and its allies to end their isolation of Qatar; less than "
     "two hours later, Trump sided with the Saudis by labeling Qatar “a funder of terrorism at a very high level.”",
     "2018-03-13",
     [D("2017-06-09"), Q(2, "hour", "under")]),
    # "a 1999 interview": a year naming the interview, a date
    ("bias", "The ad in question features footage of Trump in a 1999 interview saying he’s “very pro-choice.”",
     "2016-02-17",
     [D("1999")]),
    # a timeline entry "June 19:" in the historical present, written in October 2018: this year's June 19 (the present
    # takes the publication year); "from two-thirds" is a share of the parents the bill covers, 66.67 percent without
    # "of" (FORTY_FOURTH's "a two-thirds vote"; TWENTY_SEVENTH's "up from a quarter"), and the participle phrase without
    # a subject of its own shares the opening date (rules 1 and 2; the reader's decision, see the docstring); "nearly
    # all" holds no number
    ("bias", "June 19: Malor’s piece is published at the Federalist, with the headline “Democrats’ Border Separation "
     "Bill Would Let Nearly All Parents Who Commit Federal Crimes Get Off Scot-Free” — slightly exaggerating the "
     "scope of the bill from two-thirds to “nearly all,” and from prohibiting criminal custody to prohibiting any "
     "punishment.",
     "2018-10-08",
     [D("2018-06-19"), Q(66.67, "percent", time="2018-06-19")]),
    # "one step from crooning" is "one" with nothing set against it, an idiom of nearness, no count
    ("bias", "Then there’s European Council President Donald Tusk, who sounds like he’s one step from crooning some "
     "Al Green to the next Brit he spots on the street.",
     "2016-06-21",
     []),
    # "thousands of text messages" is vague; "at one point" uses "one" as an article
    ("bias", "The FBI has been rocked by revelations that an agent and a lawyer both involved at one point in the "
     "Russia investigation exchanged thousands of text messages suggesting a deep antipathy toward President Trump.",
     "2018-01-26",
     []),
    # "a four-legged chair" counts its legs, a structure's parts (THIRTIETH's "the two-tiered system" -> 2 "tier"), not
    # a strategy's prongs (SEVENTH's "three-pronged approach" counts nothing): the reader's decision, see the docstring
    ("bias", "Typically, the response relies on what he referred to as a four-legged chair — the federal government, "
     "state/local governments, the private sector and neighbors helping neighbors.",
     "2018-09-16",
     [Q(4, "leg")]),
    # "two major types of studies" counts types, as "two" with any noun counts (only "one type of" is an article); the
    # counted phrase ends at its first plural noun
    ("bias", "There are two major types of studies that examine this question.",
     "2016-10-12",
     [Q(2, "major types")]),
    ("bias", "Mr. O’Malley continued to struggle at 5 percent in the poll.",
     "2015-11-15",
     [Q(5, "percent")]),
    # "5G" is a number glued to a letter, no quantity
    ("bias", "The two likely candidates would be Ericsson and Nokia, both advanced players in the 5G field and both "
     "floated before as companies that could be propped up to undercut Huawei.",
     "2020-03-29",
     [Q(2, "likely candidates")]),
    # "but one element" is one of a whole, "one" with no amount set against it, as the module docstring's "one type of
    # gun" and FORTY_FIFTH's "one of many examples"; "al Qaeda (core or otherwise)" holds no number
    ("bias", "Ill-advised as these presidential actions are, even more ominous is the fact that they were but a part "
     "of Mr. Obama’s leitmotif of denial, disengagement and defeatism: Denial about the enemy, which is not al Qaeda "
     "(core or otherwise), but the global jihadist movement of which the now-deceased Osama bin Laden and his "
     "successors are but one element.",
     "2013-05-29",
     []),
    # "the earlier one-two-three punch" is an idiom (the boxer's "one-two"), counting nothing (the reader's decision,
    # see the docstring)
    ("bias", "For the boutique owner, whose store was looted, defaced, and burned, the existential crisis was not "
     "just that capital and income were lost, and a lifetime investment wiped out, after the earlier one-two-three "
     "punch of plague/quarantine/depression.",
     "2020-06-23",
     []),
    # "several countries" is vague
    ("bias", "“With all due respect, Mr. Greenblatt and Mr. Navarro outlining 13 policy guidelines and four goals in "
     "minute detail is not the same thing as announcing several countries they’re working with to get strong "
     "bilateral trade agreements,” Roberts added.",
     "2017-02-20",
     [Q(13, "policy guidelines"), Q(4, "goals")]),
    ("bias", "But the Koch network also gone after 10 House Republicans and two GOP senators for supporting the "
     "spending package or voting against spending clawbacks.",
     "2018-08-03",
     [Q(10, "House Republicans"), Q(2, "GOP senators")]),
    # "these two" leaves its noun out, so no unit (10f's "Three of them" -> 3, no unit)
    ("bias", "She put out: ‘I’m only taking these two.’",
     "2016-09-08",
     [Q(2, None)]),
    # "in the last three weeks" is a span back from now, undated (TABLE's "over the past 20 years")
    ("bias", "“What I don’t know is how much of this data is driven by the shutdown or offset by what has happened in "
     "the last three weeks,” Goeas said, referring to the trouble-prone launch of the Affordable Care Act website and "
     "complaints that consumers are having health insurance policies canceled as a result of Obamacare coverage "
     "requirements.",
     "2013-11-04",
     [Q(3, "week")]),
    ("bias", "Republican lawmakers have repeatedly tried to repeal the Affordable Care Act since it became law in "
     "2010, saying it represents government overreach into personal healthcare decisions and drives up prices for "
     "consumers.",
     "2017-10-26",
     [D("2010")]),
    # "10th" is an ordinal; written on a Wednesday, Tuesday is the day before; "would go on April 16", a future from the
    # past, is this year's, two weeks ahead
    ("bias", 'The White House announced Tuesday that the 10th concert in its "In Performance at the White House" '
     "series would go on April 16.",
     "2013-04-03",
     [D("2013-04-02"), D("2013-04-16")]),
    # "rose about 20% to 12.3%": a change and the level reached, exact (a past verb of change sets no target); "people
    # 12 and older" as FOURTH's "people 65 and older" (at least 65, no unit)
    ("bias", "In Washington state, which also legalized marijuana use and limited possession for adults, monthly pot "
     "use rose about 20% to 12.3% of people 12 and older.",
     "2014-12-27",
     [Q(20, "percent", "about"), Q(12.3, "percent"), Q(12, None, "at least")]),
    ("bias", "On Dec. 12, Mitch McConnell, the Senate majority leader, endorsed a formal inquiry into the allegations.",
     "2016-12-15",
     [D("2016-12-12")]),
    # "In the last two years" is a span back from now, no date frame (rule 5), so it dates nothing; the adverb belongs
    # to the counted phrase (THIRTIETH's "300 million legally owned firearms")
    ("bias", "In the last two years, he has secured not only two solidly conservative Supreme Court justices, but "
     "also 26 federal appellate judges, all with lifetime tenure.",
     None,
     [Q(2, "year"), Q(2, "solidly conservative Supreme Court justices"), Q(26, "federal appellate judges")]),
    # "roughly one month after" is a span from a point, about 1 month, undated
    ("bias", "The report in question was published roughly one month after The Daily Caller News Foundation fact "
     "check team had thoroughly debunked the claim.",
     "2017-08-09",
     [Q(1, "month", "about")]),
    # "Nov. 22" hangs on "taking effect" inside the infinitive, so it dates neither count (written on Nov. 6, the first
    # such day from 45 days before: this month's, ahead)
    ("bias", "Nineteen states, the District of Columbia, three local governments, health organizations and others had "
     "sued to block the rule from taking effect Nov. 22, arguing that it would be discriminatory and would interfere "
     "with people’s access to health care.",
     "2019-11-06",
     [Q(19, "states"), Q(3, "local governments"), D("2019-11-22")]),
]


def test_session_eleven_d_table_is_real() -> None:
    sources = _sources_text(bias_residues=(100, 640)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_NINTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_NINTH) == 61
    assert len({sentence for _, sentence, _, _ in FORTY_NINTH}) == len(FORTY_NINTH)


#: First-run misses with the parse (5 of 61), by category: on the time field 1 — "June 19: … slightly exaggerating the
#: scope of the bill from two-thirds to “nearly all”" with the share undated (a timeline entry's date on its participle
#: phrase); on a date's qualifier 1 — "by the administration's Nov. 30 deadline" (written Nov. 25) read as a plain date
#: rather than a target; on what a number counts or names 3 — "spread out three to a table" without its rate (per
#: table), "New York 14" (a congressional district's name) read as a number, the "one-two-three punch" read as 2
#: "three". Without the parse 8: the same and three more ("$16 million in loans … in late 2016 and early 2017", "Citing
#: two U.S. officials, Bloomberg reported early Wednesday", "In the last two years, … two … justices, … 26 …").
FORTY_NINTH_ACCURACY_FIRST_RUN = 0.918  # 56 of 61 with the parse (as the claims stage runs it)
FORTY_NINTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.869  # 53 of 61
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_NINTH_ACCURACY = 0.90  # 55 / 61 = 0.9016
MIN_FORTY_NINTH_ACCURACY_WITHOUT_PARSE = 0.85  # 52 / 61 = 0.8525

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_D_GATES = [
    ("forty-ninth", FORTY_NINTH, MIN_FORTY_NINTH_ACCURACY, MIN_FORTY_NINTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_D_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_D_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_D_GATES],
)
def test_session_eleven_d_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
