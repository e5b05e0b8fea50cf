"""Quantities, session 10, round two (second of three blind draws): FORTY_FOURTH, annotated by hand before any run.

FORTY_FOURTH was drawn while another session-10 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session10e``
leaves it out (neither scored nor parsed), so that whoever changes the rules while it is blind never sees how the rules
do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-fourth`` (bias-corpus articles 410 and 560 modulo 700 in file
order, one sentence of 30–400 characters with a number picked from each by ``random.Random(2069)``; PolNeAR train, BASIL
and AllSides are used up, so the draw is all bias corpus; every text of the tables up to FORTY_SECOND skipped, and
FORTY_THIRD's picks too, drawn in the same batch). The draw gives the 62 sentences it asks for. Two are dropped as
scraping leftovers, and no more were drawn in their place: a photo gallery's caption ("Hide Caption 11 of 30 Photos:
Photos: Pope Benedict XVI …", as FORTY_FIRST and THIRTY_SECOND dropped gallery titles) and The Hill's related-story
links run into a sentence ("At that point, Hillary Clinton Hillary Diane Rodham ClintonGiuliani consulted with Manafort
on Ukraine info: report California political donor indicted for 2 overdose deaths … MORE’s campaign …", as SEVENTEENTH
dropped "Bernie Sanders Bernie Sanders2020 Democrats push … MORE" and FORTIETH "Earl BlumenauerVA under pressure …
MORE"; its "2 overdose deaths" belongs to a link). The table has 60 sentences, all bias corpus. Kept, as earlier tables
kept their like: three sentences the source ran together without spaces ("… eventually.”Still, … executive action.A
draft order …", as THIRTY_NINTH kept "he said.Trump closed"), a spoken fragment ("Then Ann Curry, a Dateline type of
thing, or Diane Sawyer, 20/20,” she said."), an aside wholly in parentheses, quotations the source left open.
Published dates are the sources' own (three are missing).

Expectations follow the conventions of the quantities module docstring (its time rule above all) and the earlier tables;
each row where the reader decided something has a comment above it naming the precedent followed. Where the conventions
say nothing, the reader's answer was written: "one day I realized" is "on a certain day", the article use of "one", no
count (a point in time, not the span "one before a span of time" speaks of: THIRTEENTH's "In one day, we raised $18,000"
is a duration); "by a ratio of 2-to-1" is two bare numbers, as a tally; "headed to $30 trillion over the next decade" is
a target, a level the clause says will be reached (as "on track to hit", "expected to reach"); "a two-thirds vote" is
66.67 percent, as "two-thirds of the vote"; "the first four and arguably most influential of the presidential nominating
states" is 4 with no noun (a partitive, as "12 of the 19 contain"); "even one government file" counts, "even one" read
as "only one"; "a half-century" is 0.5 century; "The two … appeared …, and subsequently supported Romney's bid for the
Senate in 2018" leaves "The two" undated (the date lies inside the second conjunct, the shared subject heads the first:
rule 2); "between early June and the August recess" is one interval of months, the recess named by its month; "CNN’s
August survey" names the survey by its month and frames neither share; "On May 1, Biden issued a statement", written on
2020-04-29, is 2019-05-01 by the convention (the past looks back), though the event was most likely the coming May 1 and
the source's date that of a first version.

First run (once, on the rules frozen at commit 9a9f7e5 — ``/tmp/q16/FREEZE``'s last line, written at 04:05 UTC — after
the annotations were committed at c77b12c; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git
archive`` and the committed module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py
FORTY_FOURTH``): 0.850 with the parse (51 of 60), 0.817 without (49 of 60). The same committed table on the rules of the
session's first round (commit 808256a, exported the same way; its scorer predates this module's ``BLIND_MODULES`` entry,
so the frozen tree's scorer, which differs only in that entry, was run on its ``src``) also scores 0.850 / 0.817, with
the same misses: the second round's rule changes neither won nor lost a sentence of this draw. No annotation was
corrected after the first run: every miss was checked against the earlier tables, and none contradicts an explicit
precedent (no earlier table reads a past verb's day a few days after writing as the coming one, nor "Monday, March 4" as
two dates). The table is gated at its first run less one sentence; the misses are listed by category at the gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.test_quantities import D, Q, _squash, assert_table_gate, parse_sentences
from tests.test_quantities_draws import _sources_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

# (source, sentence, published, expected quantities in reading order)
FORTY_FOURTH: list[tuple[str, str, str | None, list[Q]]] = [
    # "about two hours after" a point is a span counted from it, undated (FINAL's "Three days before the Boston
    # bombings"); "rivals-turned-allies" holds no number
    ("bias", "A White House spokesman provided the update on Twitter, about two hours after the president departed a "
     "much-hyped cocktail party attended by former Secretary of State Hillary Clinton, where the former "
     "rivals-turned-allies were expected smooth over their recent differences on foreign policy.",
     "2014-08-14",
     [Q(2, "hour", "about")]),
    # "this one" stands for an event, no count (FORTY_FIRST's "starting with one that funds the IRS")
    ("bias", "\"Pastor events like this one truly are the Ground Zero launching pad for mobilizing the evangelical "
     "crowd.\"",
     "2019-08-06",
     []),
    # "the one the Bloomberg operation envisions" stands for an effort, no count (as above)
    ("bias", "A data-driven effort like the one the Bloomberg operation envisions, as first reported by the "
     "Atlantic, hearkens back to the roots of the billionaire’s wealth.",
     "2019-02-13",
     []),
    # (Dropped here, bias) a photo gallery's caption ("Hide Caption 11 of 30 Photos: Photos: Pope Benedict XVI …"), as
    # FORTY_FIRST and THIRTY_SECOND dropped gallery titles
    # "the 21st century" is no date (SIXTH's "The late 19th century"); "the 1940s" is a decade
    ("bias", "While there is still rank bigotry directed at homosexuals, the situation of gay Americans in the 21st "
     "century is not very much like that of African Americans in the 1940s.",
     "2019-06-12",
     [D("1940s")]),
    # "since June 23" in the past, written in July, is the latest one begun
    ("bias", "Snowden is believed to have been staying at the airport transit zone since June 23, when he arrived on "
     "a flight from Hong Kong.",
     "2013-07-24",
     [D("2013-06-23")]),
    ("bias", "Iraqi militia groups linked to Iran began using drones in 2014 and 2015 in battles to retake territory "
     "from ISIS.",
     "2019-07-18",
     [D("2014"), D("2015")]),
    # "the summer of 2016" is its three months (THIRTY_FOURTH's "in the summer of 1950")
    ("bias", "Further, Winer said that Steele alerted him in the summer of 2016 about “disturbing information "
     "regarding possible ties between Donald Trump, his campaign and senior Russian officials.”",
     "2018-02-09",
     [D("2016-06/2016-08")]),
    # kept, though the source ran three sentences together without spaces (THIRTY_NINTH kept "he said.Trump closed");
    # "in early February", written in May, is the February past, in a relative clause that keeps it in (rule 4):
    # "twice the length" is a multiple (2 times, as BLIND's "five times as many hurdles"), undated
    ("bias", "We’ll see the totality of it eventually.”Still, many conservatives were puzzled that the "
     "administration did not seek to accomplish more in the executive action.A draft order that leaked in early "
     "February was twice the length of the new order and was described by liberals at the time as “staggering” and "
     "“sweeping.”",
     "2017-05-07",
     [D("2017-02"), Q(2, "times")]),
    # "different" drops from the counted noun as "separate" and "other" do (session 9); "communication and social" is
    # a pair of modifiers kept with the head (session 8: "five past and present Missouri Republican senators")
    ("bias", "“The average American I think uses eight different communication and social apps.",
     "2018-04-11",
     [Q(8, "communication and social apps")]),
    # "as one source told me" is "a certain source", no count (module: "One GOP senator said")
    ("bias", "Yet with the “wind at their backs,” as one source told me, the group was unable to get its major "
     "legislative priorities — the expansion of concealed carry and a change to laws restricting gun silencers — "
     "passed while Republicans had full control of Washington in 2017 and 2018.",
     "2019-01-17",
     [D("2017"), D("2018")]),
    ("bias", "If that gets 218 signatures, House Speaker Nancy Pelosi has to let the bill come to the floor.",
     "2019-03-13",
     [Q(218, "signatures")]),
    ("bias", "Just remember that on November 6, 2018.",
     "2018-09-21",
     [D("2018-11-06")]),
    # "aims to win the House in November", written in April, is the coming November (an infinitive looks ahead);
    # "the 2020 presidential election" names the election
    ("bias", "As the Democratic Party aims to win the House in November and has an eye on the 2020 presidential "
     "election, it is looking a lot more like Sanders’ party than it did in 2015, at least when it comes to economic "
     "policy.",
     "2018-04-25",
     [D("2018-11"), D("2020"), D("2015")]),
    # "the first four and arguably most influential of the presidential nominating states": the number heads a
    # partitive, its noun left out, so no noun (FORTY_FIRST's "17 of them", FINAL's "12 of the 19 contain")
    ("bias", "They have launched in the first four and arguably most influential of the presidential nominating "
     "states: New Hampshire, Iowa, Nevada and South Carolina.",
     "2014-09-20",
     [Q(4, None)]),
    # (Dropped here, bias) The Hill's related-story links run into a sentence ("… ClintonGiuliani consulted with
    # Manafort on Ukraine info: report California political donor indicted for 2 overdose deaths … MORE’s campaign"), as
    # SEVENTEENTH and FORTIETH dropped the same kind of links
    # "headed to $30 trillion over the next decade" is a level the clause says will be reached, a target with no
    # "by" date (TWENTY_SECOND's "on track to hit 160 million people"; FORTY_SECOND's corrected "expected to
    # reach 10,000"); "over the next decade" is a span from now without a number, no date (THIRTY_SECOND)
    ("bias", "If America faces a financial crisis in its future, it would much more likely be triggered by the sheer "
     "enormity of the $20 trillion debt – headed to $30 trillion over the next decade.",
     "2017-09-20",
     [Q(20e12, "USD"), Q(30e12, "USD", "target")]),
    # "a two-thirds vote" is a share of the vote, 66.67 percent, as TWELFTH's "two-thirds of the vote" and "half
    # the country" without "of" are
    ("bias", "But at least they had to go through proper constitutional procedures and get a two-thirds vote.",
     "2017-07-04",
     [Q(66.67, "percent")]),
    ("bias", "But Parkinson offered no hard facts to back up her claim other than noting that Facebook helped two "
     "million people register to vote.",
     "2016-12-26",
     [Q(2e6, "people")]),
    # "the first time in three decades": the ordinal is no quantity, the span counts
    ("bias", "Sure, it would be the first time in three decades that the party not in power in the White House would "
     "have lost the Virginia governorship.",
     "2013-11-03",
     [Q(3, "decade")]),
    # "One version" is "a certain version", no count
    ("bias", "One version might advertise \"Boston Red Sox tickets.\"",
     "2012-06-11",
     []),
    ("bias", "There are different explanations of how he came to be radicalized and travel to Kuwait in 2009 and "
     "then to Syria in 2012.",
     "2015-11-12",
     [D("2009"), D("2012")]),
    # "No one" is no count
    ("bias", "“No one can think that's been a success for the president,” he said.",
     "2013-03-03",
     []),
    ("bias", "Rennard said the plant had four layers of security for refrigeration including backup generators, "
     "liquid nitrogen and cooling containers.",
     "2017-08-31",
     [Q(4, "layers")]),
    # "one day I realized" is "on a certain day", the article use of "one" (module: "one" as "a certain"), a
    # point and not a span of time, unlike THIRTEENTH's duration "In one day, we raised $18,000": no count
    ("bias", "“You know one day I realized I don’t want Hillary Clinton, but at the same time I look at Donald Trump "
     "and say ‘What in the world has happened to the Republican Party?’",
     "2016-06-30",
     []),
    # "by a ratio of 2-to-1" is two bare numbers, as a tally is ("a 6-3 majority"); the conventions say nothing of a
    # ratio without nouns, and "the ratio is one doctor to 10,000 people" (TWENTY_FIFTH) is two counts
    ("bias", "The Democratic presidential nominee is leading Republican rival Donald Trump by a ratio of 2-to-1 in "
     "campaign donations from employees working for defense giants like Lockheed Martin and General Dynamics.",
     "2016-08-24",
     [Q(2, None), Q(1, None)]),
    # "$42 billion is wasted" keeps no rate of its own (the rate is written only on the first sum)
    ("bias", "\"We spent $84 billion a year on it and $42 billion is wasted.",
     "2013-10-30",
     [Q(84e9, "USD per year"), Q(42e9, "USD")]),
    # "On May 1" in the past ("issued"), written on 2020-04-29: the past looks back, so 2019-05-01 by the
    # convention, though the event (Biden's denial) was most likely on the coming May 1 and the source's date that of
    # the article's first version
    ("bias", "On May 1, Biden issued a statement in his own name --the allegations “aren’t true.",
     "2020-04-29",
     [D("2019-05-01")]),
    # "The two" counts with no noun (TWELFTH's "The two had played nice"); "in 2018" lies inside the second
    # conjunct ("subsequently supported Romney's bid for the Senate in 2018") and dates only it (rule 2), not the
    # shared subject that heads the first
    ("bias", "The two briefly appeared to patch things up when Trump considered Romney for a cabinet position when "
     "he was elected, and subsequently supported Romney's bid for the Senate in 2018.",
     "2020-04-17",
     [Q(2, None), D("2018")]),
    ("bias", "\"Just like during the civil rights movement of the 1960s, the stakes involved in this generation's "
     "struggle for LGBT equality couldn't be higher,\" Holder will say, according to a copy of his prepared remarks.",
     "2014-02-08",
     [D("1960s")]),
    # "the 2011 decision" names the decision
    ("bias", "\"I think decisions made after that decision were wrong, although I think the worst decision made "
     "after that was the 2011 decision to withdraw U.S. and coalition forces.\"",
     "2018-03-22",
     [D("2011")]),
    # "an average of $70" is exact (FIFTEENTH's "an average of 19,455 new cases per day")
    ("bias", "More than 3,000 people donated an average of $70 to help get the movie made.",
     "2013-03-17",
     [Q(3000, "people", "over"), Q(70, "USD")]),
    # "the 2008 presidential campaign" names the campaign; "on Wednesday", written on a Thursday, the day before
    ("bias", "Mr. Huckabee, who said during the 2008 presidential campaign that Mr. Romney reminded voters of “the "
     "guy who laid them off,” told Fox News on Wednesday that picking Mr. Romney would be “a real insult” to Mr. "
     "Trump’s supporters.",
     "2016-11-24",
     [D("2008"), D("2016-11-23")]),
    ("bias", "While 21 states have laws that bar employment discrimination based on sexual orientation and gender "
     "identity, Democrats in Congress and running for president are pushing for a federal statute that would provide "
     "broader protections.",
     "2019-12-06",
     [Q(21, "states")]),
    # "nearly as many as the 66%": the qualifier words are not before the number ("the" stands between)
    ("bias", "That wasn't nearly as many as the 66% of college-educated white women who expressed that view about "
     "him, but it was considerably more than the 39% of blue-collar white men who agreed.",
     "2018-02-13",
     [Q(66, "percent"), Q(39, "percent")]),
    # "said Thursday", written on a Wednesday, is the Thursday past
    ("bias", "Mr. Bush, who is laying the groundwork for a potential presidential bid in 2016, said Thursday in "
     "Arizona that in hindsight, he would not have gone into Iraq.",
     "2015-05-20",
     [D("2016"), D("2015-05-14")]),
    # "Minutes later" holds no number
    ("bias", "Minutes later, he crashed into the rear of another car about two miles away.",
     "2012-06-21",
     [Q(2, "miles", "about")]),
    # "in July" ends the clause and dates it, the participle phrase with it (rule 1); "four Marines and a sailor":
    # the sailor has its own article, so the count is of Marines only
    ("bias", "A local Muslim shot up two military installations in Chattanooga, killing four Marines and a sailor, "
     "in July.",
     "2015-12-08",
     [Q(2, "military installations", time="2015-07"), Q(4, "Marines", time="2015-07"), D("2015-07")]),
    ("bias", "Agencies are expected to wait until Monday, March 4, to send out notices.",
     "2013-03-01",
     [D("2013-03-04")]),
    # "the 14th century" is no date (SIXTH's "The late 19th century"); "the Middle Ages" holds no number
    ("bias", "So wrote Jean Froissart, a diarist of the Middle Ages, after an outbreak of bubonic plague in the 14th "
     "century.",
     "2020-06-03",
     []),
    # "between early June and the August recess" is one interval (ELEVENTH's "between April 15 and May 15",
    # session 9's "between March and June"), the recess named by its month as "the November election" is; the
    # present "is" takes the publication year. "Gang of Eight" is a name (FIFTH); "nearly one year ago" a span from
    # a point (one before a span counts), undated
    ("bias", "“I want to be clear what our window is for the House to pass immigration reform — it is the window "
     "between early June and the August recess,” said Schumer, a member of the Senate’s Gang of Eight that produced "
     "a comprehensive reform bill that cleared the chamber nearly one year ago.",
     "2014-05-14",
     [D("2014-06/2014-08"), Q(1, "year", "about")]),
    # "over the next 24 months" is a span (as "over the last 20 years")
    ("bias", "But internal Democratic politics likely will be the furthest thing from the president’s mind over the "
     "next 24 months.",
     "2014-12-11",
     [Q(24, "month")]),
    # "other" drops from the counted noun
    ("bias", "Trump has published at least 16 other books, including \"The Art of the Deal\" and \"The America We "
     "Deserve.\"",
     "2016-06-16",
     [Q(16, "books", "at least")]),
    ("bias", "“Trump is essentially saying, ‘I’m not going to operate just within the boundaries that the founders "
     "might have expected or people might have expected for 200 years.",
     "2017-12-31",
     [Q(200, "year")]),
    # "the 51st to 90th percentiles" are ordinals, no quantity; "less than a quarter of it" is under 25 percent
    ("bias", "Those falling within the 51st to 90th percentiles owned less than a quarter of it.",
     None,
     [Q(25, "percent", "under")]),
    # "about 100,000 are waiting": the number is the subject, no noun
    ("bias", "What isn't controversial is that there is a foster care crisis in America – 443,000 children are in "
     "foster care and about 100,000 are waiting to be adopted.",
     "2019-11-01",
     [Q(443000, "children"), Q(100000, None, "about")]),
    # "the 2018 midterm elections" names the elections
    ("bias", "Several Senate Democrats quickly pushed back against McConnell's announcement, calling it hypocritical "
     "and arguing that the chamber should wait until after the 2018 midterm elections to vote on any Supreme Court "
     "nominee.",
     "2018-06-27",
     [D("2018")]),
    # "The Hemp Farming Act of 2018": a year in "of" after a name names it (EIGHTH's "the Anti-Drug Abuse Act of 1988")
    ("bias", "The Hemp Farming Act of 2018 would legalize hemp, removing it from the federal list of controlled "
     "substances and allowing it to be sold as an agricultural commodity, according to WKYT.",
     "2018-03-26",
     [D("2018")]),
    # "20/20" is the programme's name, a "9/11"-style name, no quantity
    ("bias", "Then Ann Curry, a Dateline type of thing, or Diane Sawyer, 20/20,” she said.",
     "2012-05-31",
     []),
    # "declined by 7 percentage points to 45 percent" is a change and the level reached, both exact (NINETEENTH's "grew
    # by 27.1% to 3.7 million people"); "56 percent unfavorable to 43 percent favorable" is two percents, not a range
    # (a descending pair with the unit on both)
    ("bias", "Her favorable rating has declined by 7 percentage points to 45 percent over the same period of time, "
     "and the split among registered voters is even worse for her, at 56 percent unfavorable to 43 percent "
     "favorable.",
     "2015-09-02",
     [Q(7, "percentage points"), Q(45, "percent"), Q(56, "percent"), Q(43, "percent")]),
    # "other" drops
    ("bias", "Russian opposition leader Alexei Navalny, who was barred from running against Putin, said he boycotted "
     "the election and had urged supporters not to vote because of the absence of any real competition, despite "
     "seven other names on the ballot.",
     "2018-03-18",
     [Q(7, "names")]),
    ("bias", "And in 2012, as in previous election years, even with all the supposed emphasis on the economy, being "
     "pro-choice was considered a liability for those vying for the Republican presidential nomination and a "
     "disqualifier for anyone chosen to be vice president.",
     "2012-08-28",
     [D("2012")]),
    # "May" is Theresa May, no date
    ("bias", "May needs 320 votes to pass the agreement, but it’s not clear yet if she will have the support.",
     "2018-11-21",
     [Q(320, "votes")]),
    # "thousands of … emails" is vague, no figure; "even one government file" counts, "even one" read as "only one"
    # (TWENTY_NINTH's "This is just one study")
    ("bias", "(We now know that thousands of what Clinton claimed were “private” emails were actually "
     "government-related, that some even contained classified information, and that Clinton and her minions "
     "attempted to destroy all of them – notwithstanding that destroying even one government file is a felony.)",
     "2016-09-24",
     [Q(1, "government file")]),
    ("bias", "Before the debate, the audience voted 65 percent in favor of the motion and 14 percent against, with "
     "21 percent undecided.",
     "2013-04-19",
     [Q(65, "percent"), Q(14, "percent"), Q(21, "percent")]),
    # "the 1993 … peace accords" names the accords
    ("bias", "According to the 1993 Israel-Palestinian peace accords, the final status of Jerusalem is meant to be "
     "discussed in the latter stages of peace talks.",
     None,
     [D("1993")]),
    # "on Sunday" after the subject's noun dates that noun phrase with its "of" phrase and the clause (rule 3);
    # written on a Monday, the day before
    ("bias", "The solidarity march of more than one million people in Paris on Sunday was rich in placards and "
     "symbols but appropriately devoid of speeches.",
     "2015-01-12",
     [Q(1e6, "people", "over", "2015-01-11"), D("2015-01-11")]),
    # "a half-century" is 0.5 century, as "a full half-hour segment" is 0.5 hour (TWENTY_FIRST) and "more than a
    # century" over 1 century
    ("bias", "The result has been a half-century of well-intentioned but ineffective social programs, such as "
     "Affirmative Action.",
     None,
     [Q(0.5, "century")]),
    # "CNN's August survey" names the survey by its month (rule 5, as "its July estimate"): a date, the August past,
    # which frames neither share
    ("bias", "Among all female voters, 51 percent in a Fox News poll said Clinton “knowingly lied” about her private "
     "server, while 51 percent of women in CNN’s August survey said Clinton did something wrong when she decided to "
     "control her email through her own server.",
     "2015-09-18",
     [Q(51, "percent"), Q(51, "percent"), D("2015-08")]),
    # "a few years ago" is vague, no figure
    ("bias", "Just a few years ago, Obama said, nobody would have predicted that more than 150 leaders would come to "
     "Paris holding plans to cut greenhouse gas emissions.",
     "2015-12-01",
     [Q(150, "leaders", "over")]),
    # "$0" is a sum of zero
    ("bias", "We have received a whopping total of $0 in donations.",
     "2020-06-16",
     [Q(0, "USD")]),
    # "earlier this year" is the year (TWENTY_SECOND's "ended … earlier this year"); "will lapse on Jan. 1" is the
    # coming one
    ("bias", "The Senate overwhelmingly passed its own bill earlier this year, but the stalemate means the program "
     "will lapse on Jan. 1.",
     "2014-12-16",
     [D("2014"), D("2015-01-01")]),
]


def test_session_ten_e_table_is_real() -> None:
    sources = _sources_text(bias_residues=(410, 560))
    for source, sentence, _, _ in FORTY_FOURTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_FOURTH) >= 55
    assert len({sentence for _, sentence, _, _ in FORTY_FOURTH}) == len(FORTY_FOURTH)


#: First run of FORTY_FOURTH (once, on the rules frozen at commit 9a9f7e5, after FORTY_FOURTH was committed at c77b12c):
#: the honest figure, untuned. Its 9 misses with the parse: none on the time field; on a date's year, day or shape 3 —
#: "On May 1, Biden issued a statement", written on 2020-04-29, read as the coming May 1 (2020-05-01) where the past
#: looks back (2019-05-01), "wait until Monday, March 4" read as two dates (the weekday and its date, one day), "the
#: window between early June and the August recess" read as August alone, looked back to 2013-08 (not the interval
#: 2014-06/2014-08 of the present clause); on what a number counts or names 4 — "eight different communication and
#: social apps" counted as "communication", "by a ratio of 2-to-1" read as a bare 2 (the 1 lost), "The two briefly
#: appeared" counted as "briefly", "even one government file" not read; on a qualifier or target 1 — "headed to $30
#: trillion over the next decade" exact, not a target; on value or unit 1 — "a half-century" not read (0.5 century).
#: Without the parse 11: the same nine and "aims to win the House in November", written in April 2018, read as the
#: November past (2017-11), and "shot up two military installations …, killing four Marines and a sailor, in July" with
#: both counts left undated (the time field).
#: On the rules of the session's first round (808256a), the same run: the same 9 misses with the parse and the same 11
#: without.
FORTY_FOURTH_ACCURACY_FIRST_RUN = 0.850  # 51 of 60 with the parse (as the claims stage runs it)
FORTY_FOURTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.817  # 49 of 60
#: The table is gated at its first run less one sentence of slack, as session 8's, 9's and 10's are: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_FOURTH_ACCURACY = 0.83  # 50 / 60 = 0.8333
MIN_FORTY_FOURTH_ACCURACY_WITHOUT_PARSE = 0.80  # 48 / 60 = 0.8000

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_TEN_E_GATES = [
    ("forty-fourth", FORTY_FOURTH, MIN_FORTY_FOURTH_ACCURACY, MIN_FORTY_FOURTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_TEN_E_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_TEN_E_GATES,
    ids=[g[0] for g in SESSION_TEN_E_GATES],
)
def test_session_ten_e_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
