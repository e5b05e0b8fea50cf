"""Quantities, session 9 (round three, second of two): draw THIRTY_NINTH, annotated by hand before the rules ran on it.

THIRTY_NINTH was drawn while another session-9 task changed the rules (round three); the annotations were committed
before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table
was first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session9g``
leaves it out (neither scored nor parsed), which kept it unseen by whoever changed the rules while it was blind.

It was drawn by ``benchmarks/quantities_draw.py thirty-ninth`` (bias-corpus articles 536 modulo 700, PolNeAR *train*
texts 25 and 60 modulo 70, AllSides story bodies in the order of ``random.Random(2064)``; BASIL is used up; every text
of the tables up to THIRTY_SEVENTH skipped, and THIRTY_EIGHTH's picks too, drawn with it): 62 sentences (28 bias, 14
PolNeAR, 20 AllSides), of which two are dropped as scraping leftovers, both bias-corpus — a newsletter sign-up
("POLITICO Playbook newsletter Sign up today to receive …", as FIFTH dropped one) and an embedded tweet run into a
sentence ("… a clear statement. (let’s read this aloud) Trump Tweet: I strongly pressed President Putin twice …",
as FIFTH dropped two embedded tweets and THIRTIETH an all-capital note run into a sentence; its only number is the
tweet's). No more were drawn in their place: 60 sentences (26 bias, 14 PolNeAR, 20 AllSides). Kept: a title on its own
line ("Trump tells 3,000 in Reno …", as TWENTY_FOURTH kept one), HuffPost's editor's note (read as TWENTY_FIFTH's), a
Reuters dateline ("Aug 27 (Reuters) - …", a date like any other), two sentences the source ran together ("… he
said.Trump closed …", as SIXTH kept "exciting.Obama's"), an Axios label ("The big picture: …") and three AllSides
bodies cut short ("64%...", "eight...", "the Air Defense..."). Non-breaking spaces are written as spaces, as the
cleaning stage leaves them. Published dates are the sources' own.

Expectations follow the conventions of the quantities module docstring (its time rule above all) and the earlier tables;
each row where the reader decided something has a comment above it naming the precedent followed. Where the conventions
say nothing, the reader's answer was written: "the 30-minute mark on Wednesday night" is 30 minutes (BLIND's "the 7
minute mark"), a span counted from the start of the speech, undated though the day follows its noun (as THIRTY_FIRST's
"Two years later, in 1984" and THIRTY_SECOND's "half an hour into its flight"), while a record's span takes its clause's
date ("a 46-year low throughout 2017" is dated 2017, as NINTH's "the first new authorized therapy … in nearly two
decades" is by its Monday); "Clinton leads Kasich by five percentage points, 47 to 42" gives the 47 and 42 as bare
numbers (no unit written; the second is lower, so no range, as THIRTY_SECOND's "46 to 40 percent"); a game's score "won,
4-2" is a tally; "$165 per student in 2011-2012; their rates rose to between $1,500 and $2,000 for 2012-2013" dates each
sum by its school year (intervals, as BLIND's "2009-10") and leaves the second sum without the rate, which is written on
the first only; "a six-pointed star" counts 6 points, as "the two-tiered system" counts tiers; "the National September
11 Memorial" is a name, no date (TWENTY_FIRST's "the central lesson of Sept. 11"); "through the weekend" (no "this") is
no date, as BLIND's "over the weekend"; "today" in "if the election happened today" is the day of writing, and the "if"
clause keeps it from the seats counted in its host; "as many as 60 million doses expected …" in a "with" phrase after
"the White House said Monday" is dated by that Monday (the phrase hangs on the clause it follows, and a passive
participle lets its clause's date through, session 6); "help one candidate more than another" is no count ("one …
another" sets no amount against it); "One results from demand …" is a pronoun, no count; "was allowed to expire 1999"
(no "in") is 1999; "a Saturday press release" names the release by the nearest Saturday and dates none of the deaths it
reports.

First run (once, on the rules frozen at commit 9105100 — ``/tmp/q14/FREEZE``'s last line — after the annotations were
committed at 18eafa8; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this module
copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py THIRTY_NINTH``): 0.883 with the parse
(53 of 60), 0.867 without (52 of 60). No annotation was corrected after it: every miss was checked against the earlier
tables, and none contradicts an explicit precedent. The table is gated at its first run less one sentence; the misses
are listed by category at the gate.
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
THIRTY_NINTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "The report detailed Sebelius' involvement, saying she reached out to the CEOs of five organizations "
     'to "solicit support" for Enroll America.',
     "2014-04-21",
     [Q(5, "organizations")]),
    ("bias", "The assistant, who is not a White House employee, has been teleworking for nearly two months and has "
     "not been around Ivanka Trump in several weeks, CNN reported.",
     "2020-05-10",
     [Q(2, "month", "about")]),
    # "a massive fiscal 2018 spending bill": a fiscal year naming the bill (TWELFTH's "fiscal 2015" is 2015)
    ("bias", "The proposal is a Republican effort to claim fiscal responsibility after a deficit-increasing tax "
     "cut and a massive fiscal 2018 spending bill.",
     None,
     [D("2018")]),
    ("bias", "Romney also appeared to condone fundraising efforts by the National Republican Congressional "
     "Committee and National Republican Senatorial Committee that invoked the September 2012 attacks in "
     "Benghazi.",
     "2014-05-09",
     [D("2012-09")]),
    # ages set off after names, undated (as NINETEENTH's "Clinton, 35,")
    ("bias", "Brown, 18, was fatally shot Aug. 9 following a brief, controversial confrontation with officer "
     "Darren Wilson, 28.",
     "2014-12-03",
     [Q(18, None), D("2014-08-09"), Q(28, None)]),
    ("bias", "Koch, born in 1940, came from an era in which conservatives had not abandoned the cities, their "
     "institutions, and their culture, had not declared Lincoln Center and all of Manhattan — and "
     "California and Chicago and Wall Street and the Ivy League — enemy territory.",
     "2019-08-25",
     [D("1940")]),
    # "an unfavorable one": "one" standing for "impression", no count
    ("bias", "A record number of Americans now say they dislike Clinton, according to a Washington Post-ABC News "
     "poll that showed 41% of Americans have a favorable impression of her, while 56% have an unfavorable "
     "one.",
     "2016-09-05",
     [Q(41, "percent"), Q(56, "percent")]),
    ("bias", "The Republicans now control the governorship and legislatures in 26 states.",
     "2017-08-04",
     [Q(26, "states")]),
    # "on Monday" written on a Monday is that day; the counted phrase keeps its adjectives ("Four moderate
    # Democrats")
    ("bias", "Three young British Muslim men went on trial in London on Monday, accused of plotting to set off "
     "multiple bombs in terrorist strikes that prosecutors say could have been deadlier than the 2005 "
     "London transit attacks.",
     "2012-10-22",
     [Q(3, "young British Muslim men", time="2012-10-22"), D("2012-10-22"), D("2005")]),
    # "will begin running on Tuesday" written on a Friday is the coming Tuesday; the participle phrase after the
    # clause-final day shares it ("fell Tuesday, bringing the total to nine")
    ("bias", "Mr. Obama, speaking at the White House, said the health exchanges will begin running on Tuesday, "
     "making health plans available to 40 million Americans, and said there is nothing in the current "
     "spending fight that can stop that.",
     "2013-09-27",
     [D("2013-10-01"), Q(40e6, "Americans", time="2013-10-01")]),
    # "47 to 42" with no unit written: a pair of bare numbers, not a range (the second is lower; THIRTY_SECOND's
    # "beat Trump 46 to 40 percent")
    ("bias", "Clinton leads Kasich by five percentage points, 47 to 42.",
     "2014-05-15",
     [Q(5, "percentage points"), Q(47, None), Q(42, None)]),
    # (Dropped here, bias) a newsletter sign-up ("POLITICO Playbook newsletter Sign up today …"), as FIFTH dropped
    # one
    # as TABLE's "add $84 billion over 10 years"
    ("bias", "The switch in the inflation formula would cut spending on government benefit programs by $130 "
     "billion over 10 years, although the administration said it planned to protect the most vulnerable, "
     "including the very elderly.",
     "2013-04-10",
     [Q(130e9, "USD"), Q(10, "year")]),
    # "right now" is no date (TABLE's "But right now, he is offsetting"); "today" in the "if" clause is the day of
    # writing, and that clause of its own keeps it from the seats
    ("bias", "Waage says, based on the polls right now, Republicans would gain two Senate seats if the election "
     "happened today.",
     "2018-10-15",
     [Q(2, "Senate seats"), D("2018-10-15")]),
    ("bias", "The bipartisan couple joined about 1,500 people Sunday at the Problem Solver Convention in New "
     "Hampshire’s largest city.",
     "2019-11-05",
     [Q(1500, "people", "about", "2019-11-03"), D("2019-11-03")]),
    # an age after "when he was", undated (as TWENTY_SECOND's "when she was 16")
    ("bias", "He was also recognized as a chess prodigy when he was a teenager and became a chess grandmaster when "
     "he was 25.",
     "2014-04-23",
     [Q(25, None)]),
    # "was allowed to expire 1999" (no "in"): the year is still the date of the expiry
    ("bias", "The EGA, which Congress eventually judged to be more trouble than it was worth after the lengthy "
     "investigations into Iran-Contra and Watergate, was allowed to expire 1999.",
     None,
     [D("1999")]),
    # the counted phrase keeps its modifiers ("two Texas Department of Transportation employees")
    ("bias", "But CNN journalists on two successive Moscow-to-Havana flights said Snowden did not appear to be in "
     "the cabin, while officials at the Russian capital's Sheremetyevo International Airport declined to "
     "say whether he was still there.",
     "2013-06-24",
     [Q(2, "successive Moscow-to-Havana flights")]),
    # "as young as 14" is an age of at least 14 (SIXTH's "children as young as 12"), undated: "on July 6" is inside
    # the first conjunct ("was arrested"), and dates only that one
    ("bias", "Epstein, who once counted Trump and former President Bill Clinton as friends, was arrested on July 6 "
     "and pleaded not guilty to charges of sex trafficking involving dozens of underage girls as young as "
     "14.",
     "2019-08-14",
     [D("2019-07-06"), Q(14, None, "at least")]),
    # "the July event" names the event by its month, the latest July before writing
    ("bias", "President Barack Obama’s Department of State sponsored the July event in Ohio where Sen. Jeff "
     "Sessions met the Russian ambassador for the second time in 2016, according to the organizers of the "
     "event.",
     "2017-03-03",
     [D("2016-07"), D("2016")]),
    ("bias", "Half a million people in the state have been ordered to leave their homes.",
     None,
     [Q(5e5, "people")]),
    # two sentences joined by the source ("he said.Trump closed"), kept as SIXTH kept "exciting.Obama's"
    ("bias", "But we'll be well represented in the huge changes to the original USMCA draft that Democrats wrested "
     "out of the administration on labor, prescription drugs, environment and enforcement mechanisms,” he "
     "said.Trump closed the original deal, updating the North American Free Trade Agreement in 2018, but "
     "Democrats insisted on changes.",
     "2020-01-29",
     [D("2018")]),
    # (Dropped here, bias) an embedded tweet run into a sentence ("(let’s read this aloud) Trump Tweet: I strongly
    # pressed President Putin twice …"), as FIFTH dropped two embedded tweets; the only number is the tweet's
    # as THIRTY_SECOND's "between the ages of 18 and 64"
    ("bias", "Although the Millennial generation has surpassed Baby Boomers as the country’s largest living "
     "generation, and matched the Boomers’ share of the electorate, only 46 percent of Americans between "
     "the ages of 18 to 34 are likely to vote.",
     "2016-06-09",
     [Q(46, "percent"), Q(18, None, "range", upper=34)]),
    # school years "2011-2012", "2012-2013" are intervals (BLIND's "2009-10", SEVENTEENTH's "2014-2016"); the rate
    # "per student" is written on the first sum only, and the second clause (after the semicolon) is a level
    # reached, no target
    ("bias", "The University of Puget Sound paid $165 per student in 2011-2012; their rates rose to between $1,500 "
     "and $2,000 for 2012-2013.",
     "2013-08-13",
     [Q(165, "USD per student", time="2011/2012"), D("2011/2012"), Q(1500, "USD", "range", "2012/2013", upper=2000),
      D("2012/2013")]),
    # "a 46-year low throughout 2017": a record's span is dated by its clause's date, as NINTH's "the first new
    # authorized therapy … in nearly two decades" is by its Monday (THIRTY_FIRST followed it)
    ("bias", "Arrests of people trying to cross illegally into the U.S. from Mexico were actually at a 46-year low "
     "throughout 2017, according to DHS data.",
     "2018-06-17",
     [Q(46, "year", time="2017"), D("2017")]),
    # "SEAL Team 6" names a unit (as "Group 72")
    ("bias", "John Kirby told CNN that, this summer, elite U.S. commandos from units like Delta Force and Navy "
     "SEAL Team 6 went into Syria and tried to rescue American journalist James Foley and others held by "
     "Islamic militants.",
     "2014-08-28",
     [D("2014-06/2014-08")]),
    ("bias", "Trump is also down a whopping 14 points to Joe Biden, which has prompted some seriously alarming "
     "behavior by the president.",
     "2020-06-10",
     [Q(14, "points")]),
    # a title standing on its own line, kept as TWENTY_FOURTH kept one; "3,000 in Reno" counts no noun
    ("polnear", "Trump tells 3,000 in Reno NFL has gone ‘soft’ like the US.",
     "2016-01-10",
     [Q(3000, None)]),
    # "one of the things that could stop us" is no count (TWENTY_NINTH's "one of the things would be")
    ("polnear", "I wouldn’t want to run against her either, because she’s better qualified to be president for "
     "this time than I was when I ran, because of the trouble around the world … The world’s in tough "
     "shape, and one of the things that could stop us from rising together is a crisis around the world.",
     "2016-04-12",
     []),
    # "a six-pointed star" counts 6 points, as "the two-tiered system" counts tiers; undated: the "while" clause is
    # a clause of its own
    ("polnear", "Tuesday on WTMJ’s “Midday with Charlie Sykes,” while discussing a controversial tweet from "
     "presumptive Republican presidential nominee Donald Trump featuring an image of Hillary Clinton, "
     "money and a six-pointed star likened to the Star of David, Speaker of the House Rep. Paul Ryan "
     "(R-WI) said “anti-Semitic images, they’ve got no place in a presidential campaign.”",
     "2016-07-05",
     [D("2016-07-05"), Q(6, "point")]),
    # the "where" clause on San Bernardino dates nothing it counts (session 7's "where" rule)
    ("polnear", "WASHINGTON — U.S. presidential candidates on Wednesday reacted to a mass shooting in San "
     "Bernardino, California, where authorities reported at least 20 victims at a nonprofit center that "
     "works with individuals with developmental disabilities.",
     "2015-12-02",
     [D("2015-12-02"), Q(20, "victims", "at least")]),
    # HuffPost's editor's note, kept and read as TWENTY_FIFTH's
    ("polnear", "Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and "
     "bully who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — "
     "from entering the U.S.",
     "2016-02-29",
     [Q(1.6e9, "members")]),
    # "four weeks since …" is a span counted from a point, undated
    ("polnear", "Tuesday marks four weeks since Donald Trump won the Indiana Republican primary, forcing fellow "
     "presidential candidates Ted Cruz and John Kasich out of the race and earning him the mantle of "
     "presumptive Republican nominee.",
     "2016-05-31",
     [D("2016-05-31"), Q(4, "week")]),
    # the dateline "Aug 27 (Reuters) -" is a date, as the body's "on Saturday"; "last month" is July
    ("polnear", "Aug 27 (Reuters) - Democrat Hillary Clinton on Saturday received her first national security "
     "briefing since accepting her party’s nomination for the presidency last month.",
     "2016-08-28",
     [D("2016-08-27"), D("2016-08-27"), D("2016-07")]),
    # "the 30-minute mark" is 30 minutes (BLIND's "the 7 minute mark"), a span into the speech, undated (as "half an
    # hour into its flight"); the plea for $15 an hour is an aside in parentheses, undated
    ("polnear", "By the 30-minute mark on Wednesday night, some people were yawning and others checking their "
     "phones as he mentioned raising the minimum wage (with far less intensity than Mr. Sanders's "
     "passionate plea for $15 an hour) and described Mrs. Clinton's plans for new Wall Street "
     "regulations.",
     "2016-01-29",
     [Q(30, "minute"), D("2016-01-27"), Q(15, "USD per hour")]),
    # a game's score "won, 4-2" is a tally of two bare numbers
    ("polnear", "Schilling pitched seven innings, and the Red Sox won, 4-2.",
     "2016-04-21",
     [Q(7, "innings"), Q(4, None), Q(2, None)]),
    ("polnear", "For another, Mr. Trump has declared that he plans to repeal much of the Dodd-Frank Act, which was "
     "passed in 2010 as something of a modern-day version of Glass-Steagall.",
     "2016-07-26",
     [D("2010")]),
    # "could hit … Monday" written on a Saturday is the coming Monday; the relative clause keeps it from the spot
    ("polnear", "The 60-second spot, which is airing on national cable and could hit Florida airwaves Monday, "
     "starts with a montage of Trump's comments about wanting to punch protesters In the face and goes "
     "on to highlight the alleged assault of Breitbart reporter Michelle Fields by Corey Lewandowski, "
     "Trump's campaign manager.",
     "2016-03-12",
     [Q(60, "second"), D("2016-03-14")]),
    ("polnear", "He also cited the case of a U.S. citizen born in Pakistan who in 2010 tried unsuccessfully tried "
     "to detonate a car bomb in New York's Times Square, claiming he sought to retaliate for U.S. drone "
     "strikes in Pakistan.",
     "2016-06-13",
     [D("2010")]),
    # "20 and 50 years ago": both spans in years, counted from now, undated; "Vetting is one thing" is no count
    ("polnear", "\"Vetting is one thing,\" Carson said on NBC's Meet the Press, but he said he is being asked "
     "about incidents that happened 20 and 50 years ago.",
     "2015-11-09",
     [Q(20, "year"), Q(50, "year")]),
    # "help one candidate more than another": "one … another" sets no amount against it, no count
    ("polnear", "In this year's Republican contest, undeclared voters aren't likely to help one candidate more "
     "than another, Smith said.",
     "2016-02-05",
     [D("2016")]),
    # the ones count, set against "Eleven Marines" ("one man and one woman"); "a Saturday press release" names the
    # release by its day, the nearest Saturday (as SIXTEENTH's "a Monday deadline"), and dates no count
    ("allsides", "Eleven Marines, one Navy corpsman and one soldier were “killed as the result of an enemy attack "
     "while supporting non-combatant evacuation operations,” according to a Saturday press release "
     "from the Department of Defense, which released the names of the U.S. troops.",
     "2021-08-30",
     [Q(11, "Marines"), Q(1, "Navy corpsman"), Q(1, "soldier"), D("2021-08-28")]),
    ("allsides", "The big picture: Tensions between the U.S. and Russia have soared in the first six months of the "
     "Biden presidency.",
     "2021-05-25",
     [Q(6, "month")]),
    ("allsides", "New coronavirus cases across the United States have tumbled to rates not seen in more than 11 "
     "months, sparking optimism that vaccination campaigns are stemming both severe COVID-19 cases and "
     "the spread of the virus.",
     "2021-05-22",
     [Q(11, "month", "over")]),
    # cut short by the source ("…"), kept as THIRTY_SECOND kept "… a possible violation..."
    ("allsides", "Air Force, which includes Space Force: 57% fully vaccinated, 64%...",
     "2021-08-25",
     [Q(57, "percent"), Q(64, "percent")]),
    # cut short by the source: "eight..." counts no written noun
    ("allsides", "The new, partisan House panel would have eight...",
     "2021-06-29",
     [Q(8, None)]),
    # "through the weekend" is no date, as BLIND's "over the weekend" (not "this weekend"); the sum sits in a
    # relative clause
    ("allsides", "Senate Majority Leader Chuck Schumer (D., N.Y.) kept the Senate open through the weekend in a "
     "bid to begin considerations of the bipartisan infrastructure package, $550 billion of which is "
     "in addition to expected future federal investments in roads, bridges, broadband, and other "
     "infrastructure projects.",
     "2021-08-02",
     [Q(550e9, "USD")]),
    # "as many as" is up to (TENTH's "as many as five rockets"); the "with" phrase with a passive participle hangs
    # on the clause it follows ("said Monday") and takes its date (session 6); "in the coming months" is a span from
    # now
    ("allsides", "The U.S. will begin sharing its entire stock of AstraZeneca COVID-19 vaccines with the world "
     "once it clears federal safety reviews, the White House said Monday, with as many as 60 million "
     "doses expected to be available for export in the coming months.",
     "2021-04-26",
     [D("2021-04-26"), Q(60e6, "doses", "up to", "2021-04-26")]),
    ("allsides", "Republican National Committee Chairwoman Ronna McDaniel blasted the Commission on Presidential "
     "Debates in a letter on Tuesday over its handling of the 2020 debates and threatened to advise "
     "future GOP candidates against participating in the organization's events.",
     "2021-06-02",
     [D("2021-06-01"), D("2020")]),
    ("allsides", "Progressive lawmakers have long warned that they would not vote for the infrastructure "
     "legislation, which the Senate passed last month, until a far more expansive, $3.5 trillion "
     "domestic policy and tax package also cleared chamber.",
     "2021-09-28",
     [D("2021-08"), Q(3.5e12, "USD")]),
    # "their worst in 40 years" is undated: its clause has no date; "between the two" counts no noun (FOURTH's
    # "splitting the two")
    ("allsides", "Tensions with China are at their worst in 40 years, Taiwan's defence minister has said, warning "
     "of the risk of an accidental strike between the two.",
     "2021-10-06",
     [Q(40, "year"), Q(2, None)]),
    # "at least one" counts ("more than one")
    ("allsides", "The Taliban violently broke up a protest in eastern Afghanistan on Wednesday, killing at least "
     "one person as they quashed a rare public show of dissent.",
     "2021-08-18",
     [D("2021-08-18"), Q(1, "person", "at least", "2021-08-18")]),
    # "the National September 11 Memorial" is a name, no date (TWENTY_FIRST's "the central lesson of Sept. 11", as
    # "9/11")
    ("allsides", "Three American presidents stood somberly side by side Saturday at the National September 11 "
     "Memorial in New York, sharing a moment of silence to mark the anniversary of the nation’s worst "
     "terrorist attack with a display of unity.",
     "2021-09-11",
     [Q(3, "American presidents", time="2021-09-11"), D("2021-09-11")]),
    ("allsides", "Officials in Maricopa County, Arizona, are refusing to comply with subpoenas from the state "
     "Senate that require them to turn over routers or router images to auditors reviewing the "
     'November 2020 election, saying that surrendering the items will cause a "significant security '
     'risk" to local law enforcement.',
     "2021-05-07",
     [D("2020-11")]),
    # "all but two states" counts 2 states, exact (TABLE's "all but 10 Republicans")
    ("allsides", "And all but two states — Maine and South Dakota — reported that case numbers have gone up over "
     "the past two weeks.",
     "2021-07-13",
     [Q(2, "states"), Q(2, "week")]),
    # "One results from …" is a pronoun (one kind of inflation), no count
    ("allsides", "One results from demand growing faster than the economy’s productive capacity, causing the "
     "economy to overheat.",
     "2021-07-26",
     []),
    # "just before 4 a.m." is a time of day
    ("allsides", "The vote came just before 4 a.m. following a “vote-a-rama,” during which senators introduced "
     "amendments for largely symbolic votes designed to test the level of Senate support for various "
     "issues.",
     "2021-08-11",
     []),
    ("allsides", "The oversight panel said a cache of more than 200 pages of newly released emails from Justice "
     "Department officials and White House staff sheds new light on how Trump tried to undermine the "
     "results of the 2020 election and advance unsupported voter fraud claims with the “apparent goal” "
     "of keeping himself in power.",
     "2021-06-15",
     [Q(200, "pages", "over"), D("2020")]),
    # "F-22s" is a model name
    ("allsides", "U.S. defense officials said F-22s did not intercept any Russian aircraft, which did not enter "
     "the Air Defense...",
     "2021-06-16",
     []),
    # "the only one at CNN" is no count (TWENTY_THIRD's "isn't the only one struggling")
    ("allsides", "\"You're probably the only one at CNN who's glad … The rest of them are all lying about me "
     'taking horse medication."',
     "2021-10-14",
     []),
    # "until May 2021" dates the first conjunct only; the 15-year career is undated
    ("allsides", "Haugen was a product manager at Facebook until May 2021 and has worked for several major tech "
     "and social media companies during her 15-year career.",
     "2021-10-04",
     [D("2021-05"), Q(15, "year")]),
]


def test_session_nine_g_table_is_real() -> None:
    sources = _sources_text(bias_residues=(536,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_NINTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_NINTH) >= 60
    assert len({sentence for _, sentence, _, _ in THIRTY_NINTH}) == len(THIRTY_NINTH)


#: First run of THIRTY_NINTH (once, on the rules frozen at commit 9105100, "quantities words: a bare year before a word
#: in '-s' …", after THIRTY_NINTH was committed at 18eafa8): the honest figure, untuned. Its 7 misses with the parse: on
#: the time field 3 — "making health plans available to 40 million Americans" after "will begin running on Tuesday" left
#: undated (the participle phrase after a clause-final day shares it), "Tuesday marks four weeks since …" with the span
#: dated by Tuesday (a span counted from a point, undated), "By the 30-minute mark on Wednesday night" with the span
#: dated by the day after its noun; on a date's year, day or shape 1 — "could hit Florida airwaves Monday", written on a
#: Saturday, read as the Monday past (2016-03-07) rather than the coming one; on what a number counts or names 1 — "a
#: six-pointed star" not read (as "the two-tiered system" counts tiers); on value and unit 2 — "$165 per student" read
#: as plain USD (the rate lost), "20 and 50 years ago" with the 20 bare (the unit written once on the second of the
#: pair); none on a qualifier or a target. Without the parse 8: the same but the 40 million and the four weeks right,
#: and also "two Senate seats" dated by the "today" of its "if" clause, "two successive Moscow-to-Havana flights"
#: counted as "successive", "as many as 60 million doses expected …" in the "with" phrase after "said Monday" left
#: undated.
THIRTY_NINTH_ACCURACY_FIRST_RUN = 0.883  # 53 of 60 with the parse (as the claims stage runs it)
THIRTY_NINTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.867  # 52 of 60
#: The table is gated at its first run less one sentence of slack, as session 8's are: it is no longer blind, so any
#: rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_THIRTY_NINTH_ACCURACY = 0.86  # 52 / 60 = 0.8667
MIN_THIRTY_NINTH_ACCURACY_WITHOUT_PARSE = 0.85  # 51 / 60 = 0.85

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_NINE_G_GATES = [
    ("thirty-ninth", THIRTY_NINTH, MIN_THIRTY_NINTH_ACCURACY, MIN_THIRTY_NINTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_NINE_G_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_NINE_G_GATES,
    ids=[g[0] for g in SESSION_NINE_G_GATES],
)
def test_session_nine_g_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
