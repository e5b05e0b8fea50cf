"""Quantities, a second reading of draw THIRTY_NINTH (issue 4: how far two careful readers of the conventions agree).

Read by a second reader (a helper of session 9, task S15g), blind to the first reading of this draw
(``tests/test_quantities_session9g.py`` was never opened, nor any other reading of a session-9 draw, nor a ``git log``
message of this session) and to the rules' output (``find_quantities``, the scorer, the pipeline and every test were
never run on these sentences), on 2026-11-24 from 01:44 to 01:50 UTC (about 6 minutes of wall time, the tools being
quick: the conventions and the earlier tables' precedents read first, then the 62 rows, then a second pass over every
row and its precedent). The sentences are those printed by ``benchmarks/quantities_draw.py thirty-ninth`` (62 sentences,
every one annotated, non-breaking spaces kept as printed; ``benchmarks/quantities_agreement.py`` squashes white space
before it compares), each with its source and publication date, in the draw's order.

Annotated by the module docstrings of :mod:`storylens.extract.quantities` (the time rule of session 4 and every later
convention) and :mod:`storylens.extract.quantities_parse`, the ``Q``/``D`` records of ``tests/test_quantities.py``
(every quantity in reading order, nothing extra; measures left out, as they count only where both readers give one),
and the precedents of the earlier tables (``tests/test_quantities.py``, ``_blind``, ``_draws``, ``_fresh``,
``_session5``–``_session8b``, ``_fixes8``), named in a comment on the row where one decided it. Leaned on most: "the
only one" is no count (FOURTH, THIRTEENTH, TWENTY_THIRD); "It is one thing, … quite another" is no count (TWENTIETH);
"a four-star general" counts stars (TWENTY_SEVENTH) and "the two-tiered system" tiers (THIRTIETH); "the 7 minute mark"
is a span (VALIDATION) and "two years into his minority government" a span from a point, undated (TWENTY_FIRST); "over
the weekend" is no date (BLIND); "September 11th Advocates" names, no date (HELDOUT); "children as young as 12" is at
least 12 (SIXTH); "1962-63" is the interval 1962/1963 (EIGHTEENTH); "this summer" is June–August of the year
(TWENTY_THIRD); "fiscal 2015" is 2015 (TWELFTH); "… in nearly two decades" is dated by its clause (NINTH, THIRTY_FIRST);
a dateline is a date (SIXTEENTH); the editor's note on Trump and "1.6 billion members" is kept and counted
(TWENTY_FIFTH); "favor one candidate or another" is no count (TWENTY_NINTH).

Leftovers (annotated as they stand, marked ``# leftover``): POLITICO's newsletter banner ("Sign up today to receive the
#1-rated newsletter …") and an embedded tweet run into the text ("… (let's read this aloud) Trump Tweet: I strongly
pressed President Putin twice …"). Two sentences the splitter joined ("… he said.Trump closed the original deal …") are
read as one sentence, as TWENTIETH and THIRTY_SECOND kept such pairs.

Rows found genuinely ambiguous under the written conventions (12; the reading written first, the other after "vs"):

1. "Vetting is one thing, … Carson said … incidents that happened 20 and 50 years ago": "one thing" the contrastive
   idiom, no count (TWENTIETH's "It is one thing, … quite another") vs 1 thing, the convention counting "one" when
   another figure stands in the sentence.
2. "By the 30-minute mark on Wednesday night": 30 minutes undated, a span counted from the start of the speech (as
   TWENTY_FIRST's "two years into his minority government") vs dated by the Wednesday after its noun (time rule 3, "an
   8-point deficit last month"); a third reading, no quantity, would take session 6's "a number before a level noun
   (… 'the mark') names the level", which VALIDATION's "the 7 minute mark" (a span with its unit) does not follow.
3. "at a 46-year low throughout 2017": the 46 years dated 2017 by its clause (NINTH's "in nearly two decades") vs
   undated, the span back from a point that a comparison's baseline is (time rule 5).
4. "…, the White House said Monday, with as many as 60 million doses expected to be available …": dated Monday (a
   "with" phrase whose participle is passive takes the date of the clause it hangs on, here the saying) vs undated
   (what the phrase tells belongs to what is said, which the saying's date does not date).
5. "kept the Senate open through the weekend" (written on a Monday): no date, as BLIND's "over the weekend" vs the
   weekend just past, 2021-W30, as "this weekend" in a past clause.
6. "at the National September 11 Memorial": no date, a place's name (HELDOUT's "September 11th Advocates") vs
   2001-09-11, as "the September 11 terrorist attacks" in any year.
7. "paid $165 per student in 2011-2012; their rates rose to between $1,500 and $2,000 for 2012-2013": the range in
   USD, the rate not written on it vs "USD per student" carried over the semicolon (as "climb by $154 to $2,754 per
   month" shares a rate written once).
8. "Republicans would gain two Senate seats if the election happened today": the seats undated, the "if" clause keeping
   its "today" in (time rule 4) vs dated by the hypothetical today.
9. "a six-pointed star likened to the Star of David": 6 points, as "four-star" and "two-tiered" vs no quantity (a
   shape's name); undated either way, inside a "while" clause.
10. "on two successive Moscow-to-Havana flights": unit "successive Moscow-to-Havana flights" ("separate" is kept in
    TWENTY_THIRD, dropped in THIRTY_THIRD: contested) vs "Moscow-to-Havana flights".
11. "Clinton leads Kasich by five percentage points, 47 to 42.": two bare numbers (a pair with no unit written) vs two
    percents, the poll's unit being implied by "percentage points".
12. "Sign up today to receive …" (a banner): the publication day, as "today" is read everywhere vs no date (the day of
    reading, not of writing).

Decided where the conventions say nothing, without hesitation worth a row above: "a Saturday press release" (written on
a Monday) is the nearest Saturday and dates none of the counts before it (a date naming a thing, time rule 5); "Trump
tells 3,000 in Reno" counts 3,000 with no noun; "an accidental strike between the two" counts 2 with no noun
(TWENTIETH); "killing at least one person" counts 1 ("at least one" sets it against more, TENTH), dated by the clause's
Wednesday it follows; "One results from demand growing …" is no count (nothing set against it in the sentence); "the Red
Sox won, 4-2" is a tally; "the July event" in a past clause written in March 2017 is July 2016; "would have eight..."
(cut off) is 8 with no noun; "the first six months of the Biden presidency" is a span of 6 months, undated.
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "The report detailed Sebelius' involvement, saying she reached out to the CEOs of five "
     "organizations to \"solicit support\" for Enroll America.",
     "2014-04-21",
     [Q(5, "organizations")]),
    ("bias", "The assistant, who is not a White House employee, has been teleworking for nearly two months "
     "and has not been around Ivanka Trump in several weeks, CNN reported.",
     "2020-05-10",
     [Q(2, "month", "about")]),
    # "fiscal 2018" names the bill, a date as TWELFTH's "fiscal 2015"
    ("bias", "The proposal is a Republican effort to claim fiscal responsibility after a deficit-increasing "
     "tax cut and a massive fiscal 2018 spending bill.",
     None,
     [D("2018")]),
    ("bias", "Romney also appeared to condone fundraising efforts by the National Republican Congressional "
     "Committee and National Republican Senatorial Committee that invoked the September 2012 attacks "
     "in Benghazi.",
     "2014-05-09",
     [D("2012-09")]),
    # ages after a name and a comma, undated
    ("bias", "Brown, 18, was fatally shot Aug. 9 following a brief, controversial confrontation with officer "
     "Darren Wilson, 28.",
     "2014-12-03",
     [Q(18, None), D("2014-08-09"), Q(28, None)]),
    ("bias", "Koch, born in 1940, came from an era in which conservatives had not abandoned the cities, their "
     "institutions, and their culture, had not declared Lincoln Center and all of Manhattan — and "
     "California and Chicago and Wall Street and the Ivy League — enemy territory.",
     "2019-08-25",
     [D("1940")]),
    # "an unfavorable one": "one" stands for a noun, no count
    ("bias", "A record number of Americans now say they dislike Clinton, according to a Washington Post-ABC "
     "News poll that showed 41% of Americans have a favorable impression of her, while 56% have an "
     "unfavorable one.",
     "2016-09-05",
     [Q(41, "percent"), Q(56, "percent")]),
    ("bias", "The Republicans now control the governorship and legislatures in 26 states.",
     "2017-08-04",
     [Q(26, "states")]),
    # written on a Monday: "on Monday" in a past clause is that day; the subject is dated (time rule 1)
    ("bias", "Three young British Muslim men went on trial in London on Monday, accused of plotting to set "
     "off multiple bombs in terrorist strikes that prosecutors say could have been deadlier than the "
     "2005 London transit attacks.",
     "2012-10-22",
     [Q(3, "young British Muslim men", time="2012-10-22"), D("2012-10-22"), D("2005")]),
    # written on a Friday: "will begin running on Tuesday" is the coming Tuesday; the participle phrase after it
    # shares it
    ("bias", "Mr. Obama, speaking at the White House, said the health exchanges will begin running on "
     "Tuesday, making health plans available to 40 million Americans, and said there is nothing in "
     "the current spending fight that can stop that.",
     "2013-09-27",
     [D("2013-10-01"), Q(40e6, "Americans", time="2013-10-01")]),
    # "47 to 42" a descending pair of bare numbers (as "beat Trump 46 to 40 percent", no unit written)
    ("bias", "Clinton leads Kasich by five percentage points, 47 to 42.",
     "2014-05-15",
     [Q(5, "percentage points"), Q(47, None), Q(42, None)]),
    # leftover: a newsletter banner; "Sign up today" read as written, "#1-rated" a rank
    ("bias", "POLITICO Playbook newsletter Sign up today to receive the #1-rated newsletter in politics Email "
     "Sign Up By signing up you agree to receive email newsletters or alerts from POLITICO.",
     "2019-07-27",
     [D("2019-07-27")]),
    # as TABLE's "$84 billion over 10 years"
    ("bias", "The switch in the inflation formula would cut spending on government benefit programs by $130 "
     "billion over 10 years, although the administration said it planned to protect the most "
     "vulnerable, including the very elderly.",
     "2013-04-10",
     [Q(130e9, "USD"), Q(10, "year")]),
    # "today" in the "if" clause keeps its date in (time rule 4)
    ("bias", "Waage says, based on the polls right now, Republicans would gain two Senate seats if the "
     "election happened today.",
     "2018-10-15",
     [Q(2, "Senate seats"), D("2018-10-15")]),
    # written on a Tuesday: the Sunday before; a clause-final weekday dates the clause
    ("bias", "The bipartisan couple joined about 1,500 people Sunday at the Problem Solver Convention in New "
     "Hampshire’s largest city.",
     "2019-11-05",
     [Q(1500, "people", "about", "2019-11-03"), D("2019-11-03")]),
    # an age after "was" (session 6), undated
    ("bias", "He was also recognized as a chess prodigy when he was a teenager and became a chess grandmaster "
     "when he was 25.",
     "2014-04-23",
     [Q(25, None)]),
    ("bias", "The EGA, which Congress eventually judged to be more trouble than it was worth after the "
     "lengthy investigations into Iran-Contra and Watergate, was allowed to expire 1999.",
     None,
     [D("1999")]),
    # "successive" kept, as TWENTY_THIRD keeps "separate"
    ("bias", "But CNN journalists on two successive Moscow-to-Havana flights said Snowden did not appear to "
     "be in the cabin, while officials at the Russian capital's Sheremetyevo International Airport "
     "declined to say whether he was still there.",
     "2013-06-24",
     [Q(2, "successive Moscow-to-Havana flights")]),
    # "as young as 14" at least 14 (SIXTH's "children as young as 12"); July 6 dates only its conjunct
    ("bias", "Epstein, who once counted Trump and former President Bill Clinton as friends, was arrested on "
     "July 6 and pleaded not guilty to charges of sex trafficking involving dozens of underage girls "
     "as young as 14.",
     "2019-08-14",
     [D("2019-07-06"), Q(14, None, "at least")]),
    # "the July event" in a past clause looks back from March 2017
    ("bias", "President Barack Obama’s Department of State sponsored the July event in Ohio where Sen. Jeff "
     "Sessions met the Russian ambassador for the second time in 2016, according to the organizers of "
     "the event.",
     "2017-03-03",
     [D("2016-07"), D("2016")]),
    ("bias", "Half a million people in the state have been ordered to leave their homes.",
     None,
     [Q(500000, "people")]),
    # two sentences the splitter joined ("said.Trump"), kept as TWENTIETH kept a joined pair
    ("bias", "But we'll be well represented in the huge changes to the original USMCA draft that Democrats "
     "wrested out of the administration on labor, prescription drugs, environment and enforcement "
     "mechanisms,” he said.Trump closed the original deal, updating the North American Free Trade "
     "Agreement in 2018, but Democrats insisted on changes.",
     "2020-01-29",
     [D("2018")]),
    # leftover: an embedded tweet run into the text; "twice" is 2 times
    ("bias", "President Trump himself seemed to be avoiding making a clear statement. (let’s read this aloud) "
     "Trump Tweet: I strongly pressed President Putin twice about Russian meddling in our election.",
     "2017-07-09",
     [Q(2, "times")]),
    # ages, undated, as TABLE's "ages 18 to 64"
    ("bias", "Although the Millennial generation has surpassed Baby Boomers as the country’s largest living "
     "generation, and matched the Boomers’ share of the electorate, only 46 percent of Americans "
     "between the ages of 18 to 34 are likely to vote.",
     "2016-06-09",
     [Q(46, "percent"), Q(18, None, "range", upper=34)]),
    # school years as intervals (EIGHTEENTH's "1962-63" is 1962/1963); the rate is not written on the second clause
    ("bias", "The University of Puget Sound paid $165 per student in 2011-2012; their rates rose to between "
     "$1,500 and $2,000 for 2012-2013.",
     "2013-08-13",
     [Q(165, "USD per student", time="2011/2012"), D("2011/2012"),
      Q(1500, "USD", "range", "2012/2013", upper=2000), D("2012/2013")]),
    # the span dated by its clause, as NINTH's and THIRTY_FIRST's "the first new … in nearly two decades"
    ("bias", "Arrests of people trying to cross illegally into the U.S. from Mexico were actually at a "
     "46-year low throughout 2017, according to DHS data.",
     "2018-06-17",
     [Q(46, "year", time="2017"), D("2017")]),
    # "this summer" as in TWENTY_THIRD; "SEAL Team 6" names a unit
    ("bias", "John Kirby told CNN that, this summer, elite U.S. commandos from units like Delta Force and "
     "Navy SEAL Team 6 went into Syria and tried to rescue American journalist James Foley and others "
     "held by Islamic militants.",
     "2014-08-28",
     [D("2014-06/2014-08")]),
    ("bias", "Trump is also down a whopping 14 points to Joe Biden, which has prompted some seriously "
     "alarming behavior by the president.",
     "2020-06-10",
     [Q(14, "points")]),
    # a headline; nothing counted is written
    ("polnear", "Trump tells 3,000 in Reno NFL has gone ‘soft’ like the US.",
     "2016-01-10",
     [Q(3000, None)]),
    # "one of the things": no count
    ("polnear", "I wouldn’t want to run against her either, because she’s better qualified to be president for "
     "this time than I was when I ran, because of the trouble around the world … The world’s in tough "
     "shape, and one of the things that could stop us from rising together is a crisis around the "
     "world.",
     "2016-04-12",
     []),
    # written on a Tuesday; "six-pointed" counts as TWENTY_SEVENTH's "four-star" and THIRTIETH's "two-tiered"; the
    # "while" clause is its own
    ("polnear", "Tuesday on WTMJ’s “Midday with Charlie Sykes,” while discussing a controversial tweet from "
     "presumptive Republican presidential nominee Donald Trump featuring an image of Hillary Clinton, "
     "money and a six-pointed star likened to the Star of David, Speaker of the House Rep. Paul Ryan "
     "(R-WI) said “anti-Semitic images, they’ve got no place in a presidential campaign.”",
     "2016-07-05",
     [D("2016-07-05"), Q(6, "point")]),
    # a "where" clause on a noun keeps the Wednesday out
    ("polnear", "WASHINGTON —\xa0U.S. presidential candidates on Wednesday reacted to a mass shooting in San "
     "Bernardino, California, where authorities reported at least 20 victims at a nonprofit center "
     "that works with individuals with developmental disabilities.",
     "2015-12-02",
     [D("2015-12-02"), Q(20, "victims", "at least")]),
    # the editor's note, kept and counted as TWENTY_FIFTH did
    ("polnear", "Editor’s note: Donald Trump is a\xa0serial liar,\xa0rampant "
     "xenophobe,\xa0racist,\xa0misogynist,\xa0birther\xa0and\xa0bully\xa0who has repeatedly pledged "
     "to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.",
     "2016-02-29",
     [Q(1.6e9, "members")]),
    # written on a Tuesday; "four weeks since" a span from a point, undated
    ("polnear", "Tuesday marks four weeks since Donald Trump won the Indiana Republican primary, forcing fellow "
     "presidential candidates Ted Cruz and John Kasich out of the race and earning him the mantle of "
     "presumptive Republican nominee.",
     "2016-05-31",
     [D("2016-05-31"), Q(4, "week")]),
    # a dateline is a date (SIXTEENTH's "CLEVELAND, July 19 (UPI)")
    ("polnear", "Aug 27 (Reuters) - Democrat Hillary Clinton on Saturday received her first national security "
     "briefing since accepting her party’s nomination for the presidency last month.",
     "2016-08-28",
     [D("2016-08-27"), D("2016-08-27"), D("2016-07")]),
    # "the 30-minute mark" as VALIDATION's "the 7 minute mark", a span from a point (TWENTY_FIRST's "two years into"),
    # undated; the sum in an aside
    ("polnear", "By the 30-minute mark on Wednesday night, some people were yawning and others checking their "
     "phones as he mentioned raising the minimum wage (with far less intensity than Mr. Sanders's "
     "passionate plea for $15 an hour) and described Mrs. Clinton's plans for new Wall Street "
     "regulations.",
     "2016-01-29",
     [Q(30, "minute"), D("2016-01-27"), Q(15, "USD per hour")]),
    # a score is a tally
    ("polnear", "Schilling pitched seven innings, and the Red Sox won, 4-2.",
     "2016-04-21",
     [Q(7, "innings"), Q(4, None), Q(2, None)]),
    ("polnear", "For another, Mr. Trump has declared that he plans to repeal much of the Dodd-Frank Act, which "
     "was passed in 2010 as something of a modern-day version of Glass-Steagall.",
     "2016-07-26",
     [D("2010")]),
    # written on a Saturday: "could hit … Monday" is the coming Monday; the date stays in its "which" clause
    ("polnear", "The 60-second spot, which is airing on national cable and could hit Florida airwaves Monday, "
     "starts with a montage of Trump's comments about wanting to punch protesters In the face and "
     "goes on to highlight the alleged assault of Breitbart reporter Michelle Fields by Corey "
     "Lewandowski, Trump's campaign manager.",
     "2016-03-12",
     [Q(60, "second"), D("2016-03-14")]),
    ("polnear", "He also cited the case of a U.S. citizen born in Pakistan who in 2010 tried unsuccessfully "
     "tried to detonate a car bomb in New York's Times Square, claiming he sought to retaliate for "
     "U.S. drone strikes in Pakistan.",
     "2016-06-13",
     [D("2010")]),
    # "Vetting is one thing," is the idiom (TWENTIETH's "It is one thing, … quite another"), no count
    ("polnear", "\"Vetting is one thing,\" Carson said on NBC's Meet the Press, but he said he is being asked "
     "about incidents that happened 20 and 50 years ago.",
     "2015-11-09",
     [Q(20, "year"), Q(50, "year")]),
    # "one candidate more than another" as TWENTY_NINTH's "one candidate or another"
    ("polnear", "In this year's Republican contest, undeclared voters aren't likely to help one candidate more "
     "than another, Smith said.",
     "2016-02-05",
     [D("2016")]),
    # "one" set against eleven; "a Saturday press release" names the release, the nearest Saturday
    ("allsides", "Eleven Marines, one Navy corpsman and one soldier were “killed as the result of an enemy attack "
     "while supporting non-combatant evacuation operations,” according to a Saturday press release "
     "from the Department of Defense, which released the names of the U.S. troops.",
     "2021-08-30",
     [Q(11, "Marines"), Q(1, "Navy corpsman"), Q(1, "soldier"), D("2021-08-28")]),
    ("allsides", "The big picture:\xa0Tensions between the U.S. and Russia have soared in the first six months of "
     "the Biden presidency.",
     "2021-05-25",
     [Q(6, "month")]),
    ("allsides", "New\xa0coronavirus\xa0cases across the United States have tumbled to rates not seen in more "
     "than 11 months, sparking optimism that vaccination campaigns are stemming both severe COVID-19 "
     "cases and the spread of the virus.",
     "2021-05-22",
     [Q(11, "month", "over")]),
    ("allsides", "Air Force, which\xa0includes Space Force: 57%\xa0fully vaccinated, 64%...",
     "2021-08-25",
     [Q(57, "percent"), Q(64, "percent")]),
    # cut off before its noun
    ("allsides", "The new, partisan House panel would have eight...",
     "2021-06-29",
     [Q(8, None)]),
    # "through the weekend" no date, as BLIND's "over the weekend"; the sum in a "which" clause
    ("allsides", "Senate Majority Leader Chuck Schumer (D., N.Y.) kept the Senate open through the weekend in a "
     "bid to begin considerations of the bipartisan infrastructure package, $550 billion of which is "
     "in addition to expected future federal investments in roads, bridges, broadband, and other "
     "infrastructure projects.",
     "2021-08-02",
     [Q(550e9, "USD")]),
    # a "with" phrase with a passive participle takes the date of the clause it follows (session 6)
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
    # "last month" stays in its "which" clause
    ("allsides", "Progressive lawmakers have long warned that they would not vote for the infrastructure "
     "legislation,\xa0which the Senate passed\xa0last month, until a far more expansive, $3.5 "
     "trillion domestic policy and tax package also cleared chamber.",
     "2021-09-28",
     [D("2021-08"), Q(3.5e12, "USD")]),
    # "between the two" counts 2, as TWENTIETH's "the difference between the two"
    ("allsides", "Tensions with China are at their worst in 40 years, Taiwan's defence minister has said, warning "
     "of the risk of an accidental strike between the two.",
     "2021-10-06",
     [Q(40, "year"), Q(2, None)]),
    # "at least one" counts (TENTH's "At least one GOP insider"); the participle shares the clause's date
    ("allsides", "The Taliban violently broke up a protest in eastern Afghanistan on Wednesday, killing at least "
     "one person as they quashed a rare public show of dissent.",
     "2021-08-18",
     [D("2021-08-18"), Q(1, "person", "at least", "2021-08-18")]),
    # "the National September 11 Memorial" a name, no date, as HELDOUT's "September 11th Advocates"
    ("allsides", "Three American presidents stood somberly side by side Saturday at the National September 11 "
     "Memorial in New York, sharing a moment of silence to mark\xa0the anniversary of the nation’s "
     "worst terrorist attack\xa0with a display of unity.",
     "2021-09-11",
     [Q(3, "American presidents", time="2021-09-11"), D("2021-09-11")]),
    ("allsides", "Officials in Maricopa County, Arizona, are refusing to comply with subpoenas from the state "
     "Senate that require them to turn over routers or router images to auditors reviewing the "
     "November 2020 election, saying that surrendering the items will cause a \"significant security "
     "risk\" to local law enforcement.",
     "2021-05-07",
     [D("2020-11")]),
    ("allsides", "And all but two states — Maine and South Dakota — reported that case numbers have gone up over "
     "the past two weeks.",
     "2021-07-13",
     [Q(2, "states"), Q(2, "week")]),
    # "One" stands for a noun, nothing set against it in the sentence
    ("allsides", "One results from demand growing faster than the economy’s productive capacity, causing the "
     "economy to overheat.",
     "2021-07-26",
     []),
    # a time of day is no quantity
    ("allsides", "The vote came just before 4\xa0a.m.\xa0following a “vote-a-rama,” during which senators "
     "introduced amendments for largely symbolic votes designed to test the level of Senate support "
     "for various issues.",
     "2021-08-11",
     []),
    ("allsides", "The oversight panel said a cache of\xa0more than 200 pages of newly released emails\xa0from "
     "Justice Department officials and White House staff sheds new light on how Trump tried to "
     "undermine the results of the 2020 election and advance unsupported voter fraud claims with the "
     "“apparent goal” of keeping himself in power.",
     "2021-06-15",
     [Q(200, "pages", "over"), D("2020")]),
    # "F-22s" a model name
    ("allsides", "U.S. defense officials said F-22s did not intercept any Russian aircraft, which did not enter "
     "the Air Defense...",
     "2021-06-16",
     []),
    # "the only one" as FOURTH's "The only one who ever got"
    ("allsides", "\"You're probably the only one at CNN who's glad … The rest of them are all lying about me "
     "taking horse medication.\"",
     "2021-10-14",
     []),
    # "until May 2021" dates only its conjunct
    ("allsides", "Haugen was a product manager at Facebook until May 2021 and has worked for several major tech "
     "and social media companies during her 15-year career.",
     "2021-10-04",
     [D("2021-05"), Q(15, "year")]),
]
