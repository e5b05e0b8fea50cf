"""Quantities, session 9 (e), second reading: draw THIRTY_SEVENTH annotated again by a second, independent reader.

A data module, not a test module: it holds one table, ``SECOND_READING``, for the lead to compare with the first
reading of the same draw (issue 4: how far two careful readers of the written conventions agree, against the goal of
0.95 of sentences with every quantity right). Read by a second reader (a helper of session 9, task S13e) on 2026-11-24
from 01:21 to about 01:30 UTC by the machine's clock (conventions and precedents read first, every row then read a
second time before the commit), blind to the first reading (``tests/test_quantities_session9d.py`` and
``tests/test_quantities_session9e.py`` were never opened, grepped or imported) and to the rules' output
(``find_quantities``, the scorer, the pipeline and the tests were never run on these sentences).

The sentences are exactly as ``.venv/bin/python benchmarks/quantities_draw.py thirty-seventh`` prints them (at commit
67cefd1): 62 sentences (28 bias, 14 PolNeAR, 20 AllSides), every one annotated, none dropped; non-breaking spaces are
kept as the script prints them (``\\xa0``; the tables' ``_squash`` reads them as spaces). Three AllSides teasers cut
with an ellipsis are marked ``# leftover`` and annotated as they stand ("… over the past four...", "… obtained by the
Washington...", "… the three-three balance..."); the headline "2016 Dems React To GOP Debate." is annotated as it
stands. Three sentences of this draw are also in earlier session-9 tables (the draws were made at the same time, each
avoiding only the tables its drawer avoided): "… a three-day weekend commemorating the end of summer …" (THIRTY_THIRD),
"The Biden administration said Monday it would allow 62,500 refugees …" (THIRTY_THIRD) and "The new report, titled
AR6, …" (THIRTY_FOURTH). The second reader saw THIRTY_THIRD's and THIRTY_FOURTH's docstrings (and, while looking up
precedents, their rows for the three-day weekend and for AR6, which read as this table does) but not their row for
the 62,500 refugees; these three rows are therefore not a blind second reading and should be left out of, or
flagged in, the agreement figure.

Conventions read: the module docstrings of ``src/storylens/extract/quantities.py`` (the time rule of session 4 and
every later session's rules) and ``quantities_parse.py``; the ``Q``/``D`` records and the scoring of
``tests/test_quantities.py``; THIRTY_THIRD, THIRTY_FOURTH and THIRTY_FIFTH (``tests/test_quantities_session9a.py`` …
``9c.py``) and earlier tables grepped for a shape. Precedents leaned on (each also named in a comment above its row):
TWELFTH's "margin of error of 4.9 percent" (a margin is its value, exact) and its rank "the top three" against
TWENTIETH's counted "the top two members"; FIFTEENTH's "fielded April 12 to 18" (a poll's days are one interval);
NINTH's "in February" and FINAL's "Late last year" (without a publication date a month is "--MM", relative, and
"this month" stays a phrase, relative); FINAL's "2016 candidates" and TWENTY_NINTH's "2016 hopefuls" (a year naming a
field of candidates is a date); THIRTY_FIFTH's "Since clinching … in early June, Clinton has spent" (a "since" date
dates its clause); FOURTEENTH's "Cutting legal immigration in half" (50 percent, exact) and "in the spring of 2022"
(a season's months); EIGHTH's "456,000 fewer people" (the noun, not "fewer people"); THIRTY_THIRD's "$100 billion a
year or $350 billion a year" (alternatives are two figures, not a range); FIFTH's "a dozen times"; TWENTY_FIRST's
"a full half-hour segment" (0.5 hour); SEVENTEENTH's "a 5.9% boost in benefits for 2022" (a date after a stacked
phrase dates the noun phrase); TWENTY_FOURTH's "until 6 a.m. local time Saturday" (a local-time day read by the
facts); session 8's even split "a 4-4 ruling" (a tally); ``test_quantities_fixes8``'s "Today's vote" (a day).

Where the conventions are silent the reader decided: "plus or minus 3 percentage points" is 3, exact; "the RNC's
summer meeting" holds no date (a season naming a meeting, not after a preposition of time); "on a Saturday" is
generic, no date; "a $5 or $10 contribution" is two sums; "Over half a million fewer Americans have jobs today" is
over 500,000 "Americans" dated by "today"; "pledged to cut in half" is 50 percent, exact, no target (a change with no
level or "by" date); "2016 Dems" (a headline) is the year; "this year" in "said Monday it would allow 62,500 refugees
to resettle … this year" dates the refugees (the subject of the infinitive the date hangs on).

Rows the reader found genuinely ambiguous under the conventions (8), with the two readings hesitated between:

1. "The poll of 1,000 registered voters, taken … on Wednesday through Sunday, has a margin of error of plus or minus
   3 percentage points": the participle's interval dates the 1,000 (written) or leaves it undated as a figure
   describing the poll (rule 3's "not a sum describing the noun"); the 3 points undated (written) or dated too.
2. "the RNC's summer meeting": no date (written) or summer of an unknown year, relative.
3. "expecting not much new at 5 o'clock on a Saturday" (published on a Saturday): no date (written) or 2016-10-01.
4. "an air strike that damaged more than a dozen strategic oil installations in Saudi Arabia, in September": the
   month closes the relative clause and dates the dozen (written) or hangs on "blamed" in the "since" clause and
   leaves the dozen undated.
5. "in the top ten sources of business funding for Senator Feinstein's re-election in 2012": a count of 10 sources
   dated 2012 (written), a count undated (the year naming the re-election only), or a rank and no figure.
6. "which fired one agent involved with the investigation a week before the hearing": a count, "a week" being
   another figure in the sentence (written), or "one" as "a certain" agent.
7. "attacked Gaza early Friday morning local time following a barrage of 1,500 rockets", published Thursday
   2021-05-13: the Friday just begun in Gaza, 2021-05-14 (written, by the facts), or 2021-05-07 by "the past looks
   back"; the 1,500 rockets undated (written: the "following" phrase places the clause after the barrage) or dated
   by the Friday as a prepositional phrase of the clause (rule 1).
8. "taking away the three-three balance...": a tally of 3 and 3 (written, as "a 4-4 ruling") or no figure (an
   even split naming a balance of commissioners).
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    # "One was the president's son": a pronoun for one of a group, no count (as FINAL's "One of the GOP's latest"
    # moves").
    ("bias", "One was the president’s son, Donald Trump Jr., who retweeted Gaetz’s post to his 3.1 million "
     "followers.",
     "2018-10-31",
     [Q(3.1e6, "followers")]),
    # "from 1997 to 2008" is one interval (THIRTY_FIFTH's "from 2001 to 2005").
    ("bias", "Before he entered politics, he rated women's appearance on Howard Stern's radio show from 1997 to "
     "2008.",
     None,
     [D("1997/2008")]),
    # Written on Tuesday 2017-10-03: "taken … on Wednesday through Sunday" (a past participle) is the interval just past
    # (FIFTEENTH's "fielded April 12 to 18"). The participle on "The poll of 1,000 registered voters" dates that noun
    # phrase with its "of" phrase (rule 3; as "41 percent of voters surveyed … this week"); the main clause ("has a
    # margin of error") has no date of its own, so the 3 points are undated. "plus or minus 3" is the value 3, exact
    # (TWELFTH's "a margin of error of 4.9 percent"). AMBIGUOUS (see the docstring).
    ("bias", "The poll of 1,000 registered voters, taken by landline and cellphone on Wednesday through Sunday, has "
     "a margin of error of plus or minus 3 percentage points.",
     "2017-10-03",
     [Q(1000, "registered voters", time="2017-09-27/2017-10-01"), D("2017-09-27/2017-10-01"),
      Q(3, "percentage points")]),
    # "In mid January" without a publication date: the month, relative (NINTH's "in February" -> "--02", relative);
    # "COVID-19" is a name.
    ("bias", "In mid January, despite accumulating evidence of patients contracting what we now know as COVID-19 "
     "from other people, the organization repeated the CCP’s lie that there was no evidence of human-to-human "
     "transmission.",
     None,
     [D("--01", "relative")]),
    # "earlier this month" without a publication date is "this month", relative (FINAL's "Late last year" -> "last
    # year"); "the RNC's summer meeting": a season naming a meeting, not after a preposition of time, is no date
    # (AMBIGUOUS); "weeks of threats" has no value; "the 2016 presidential election" names the election (a date all the
    # same).
    ("bias", "The resolution, which passed unanimously during the RNC's summer meeting in Boston, marked the "
     "culmination of weeks of threats from party chairman Reince Priebus, who wrote a letter to NBC and CNN earlier "
     "this month deriding the planned films as a \"thinly veiled attempt at putting a thumb on the scale of the "
     "2016 presidential election.\"",
     None,
     [D("this month", "relative"), D("2016")]),
    # "seven Muslim-majority countries": the hyphenated adjective is part of the counted noun.
    ("bias", "Most recently, he temporarily banned all refugees from entering the U.S. — and Syrian refugees "
     "idefinitely — as well as immigrants from seven Muslim-majority countries.",
     "2017-02-02",
     [Q(7, "Muslim-majority countries")]),
    # "5 o'clock" is a time of day; "on a Saturday" (indefinite) is generic, no date, though the piece was published on
    # a Saturday (AMBIGUOUS: the day of writing, 2016-10-01, or none).
    ("bias", "Halftime of the game I was watching came so I moseyed over to my office to look in on the political "
     "world, expecting not much new at 5 o’clock on a Saturday.",
     "2016-10-01",
     []),
    ("bias", "If two boys were elected King and King??",
     "2019-10-08",
     [Q(2, "boys")]),
    # "began 2016": the year, a date.
    ("bias", "Sanders began 2016 as a protest candidate, only partway through realizing that he could actually, "
     "truly win the whole shebang.",
     None,
     [D("2016")]),
    # "5G" is glued to a letter: a name.
    ("bias", "But the concern has taken on more urgency as countries around the world begin deciding which "
     "equipment providers will build their 5G networks.",
     "2019-01-26",
     []),
    ("bias", "The marketplace exchanges, which cover about 11 million people in total, enable people to get "
     "subsidized healthcare.",
     "2016-08-20",
     [Q(11e6, "people", "about")]),
    # "in September" (no publication date: "--09", relative) closes the relative clause "that damaged more than a dozen
    # … in Saudi Arabia", so it dates the dozen (the strike's date; rule 4, a relative clause keeps its date in).
    # AMBIGUOUS: it may hang on "blamed" in the "since" clause, leaving the dozen undated.
    ("bias", "Salih has been increasingly concerned about Iraq’s vulnerability since the Trump Administration "
     "blamed Iran for an air strike that damaged more than a dozen strategic oil installations in Saudi Arabia, in "
     "September.",
     None,
     [Q(12, "strategic oil installations", "over", "--09"), D("--09", "relative")]),
    # "earlier in 2018": the year.
    ("bias", "And it was this argument that the Massachusetts court rejected earlier in 2018, “on the simple "
     "grounds that Exxon’s standard franchise agreement gives the company significant control over how its products "
     "were marketed in the state,” said Muffett.",
     None,
     [D("2018")]),
    # "only five years" is exact.
    ("bias", "The numbers are now valid for only five years, and require a stricter review of identity documents.",
     "2013-10-14",
     [Q(5, "year")]),
    # "said one GOP strategist": "one" as "a certain" (as "One GOP senator said"); "over the long term" no figure.
    ("bias", "“Things will improve over the long term because there won’t be the major, internal staff-on-staff "
     "violence that was caused by Bannon,” said one GOP strategist with ties to the White House.",
     "2017-08-22",
     []),
    # "the top ten sources" counts sources, as TWENTIETH's "the top two members" (a counted noun follows; unlike
    # TWELFTH's rank "the top three" alone); "in 2012" after the stacked of/for phrase dates the whole noun phrase
    # (SEVENTEENTH's "a 5.9% boost in benefits for 2022"). "didn't provide a dime" is no sum (as TABLE's "hasn't paid
    # him a cent"). AMBIGUOUS: a rank ("in the top ten") or a count; dated or not.
    ("bias", "This business was in the top ten sources of business funding for Senator Feinstein’s re-election in "
     "2012, with election funding sources showing these entertainment businesses didn’t provide a dime to her "
     "Republican opponent.",
     "2013-02-04",
     [Q(10, "sources", time="2012"), D("2012")]),
    # "a $5 or $10 contribution": two alternative sums, as THIRTY_THIRD's "$100 billion a year or $350 billion a year"
    # (not a range).
    ("bias", "You text a number code or click a link on your smartphone saying you’ll make a $5 or $10 contribution "
     "to a candidate.",
     "2012-05-31",
     [Q(5, "USD"), Q(10, "USD")]),
    # "Today's updated guidance" is the day of publication ("Today's vote" is a day, test_quantities_fixes8), naming the
    # guidance; "over 30 years ago" is a span from a point, undated, over.
    ("bias", "“Today’s updated guidance reaffirms the longstanding principle, established by the Supreme Court over "
     "30 years ago, that all children living in our country have a right to equal access to public education,” ACLU "
     "Legislative Counsel Joanne Lin said in an e-mail.",
     "2014-05-08",
     [D("2014-05-08"), Q(30, "year", "over")]),
    # "in one of Washington's most impoverished neighborhoods": "one of" is no count; "a short drive" no figure.
    ("bias", "\"The basic bargain at the heart of our economy has frayed,\" the president said in remarks at a "
     "nonprofit community center a short drive from the White House in one of Washington's most impoverished "
     "neighborhoods.",
     "2013-12-04",
     []),
    # "another half hour" is 0.5 hour (TWENTY_FIRST's "a full half-hour segment").
    ("bias", "She spoke for about 30 minutes, took questions from the audience and posed for photographs for "
     "another half hour.",
     "2019-04-07",
     [Q(30, "minute", "about"), Q(0.5, "hour")]),
    ("bias", "Obama also has formally directed the State Department to launch talks with Cuba to re-establish "
     "diplomatic relations, which were cut in 1961.",
     "2014-12-18",
     [D("1961")]),
    # "several weeks" has no value (as "dozens of"); "one of many voices" no count.
    ("bias", "For several weeks I’ve been one of many voices calling for an independent, bipartisan investigation "
     "into the totality of Russian efforts to influence the American presidential election.",
     "2017-01-23",
     []),
    ("bias", "The unsubstantiated dossier also alleged that Kremlin spies filmed Mr Trump with prostitutes at "
     "Moscow's Ritz-Carlton hotel in 2013.",
     None,
     [D("2013")]),
    # "during one hearing last year": "one" as "a certain" (a date is no figure set against it, as THIRTY_THIRD's "one
    # count … in his 1998 impeachment"); last year from 2019-03-17 is 2018.
    ("bias", "Some members of Congress have been woefully ill-prepared to even talk about tech issues (during one "
     "hearing last year, a lawmaker asked the Google CEO questions about his iPhone).",
     "2019-03-17",
     [D("2018")]),
    # "become one" is a pronoun; "his first term" an ordinal; no figure.
    ("bias", "It pays to remember that while Putin was, since his St. Petersburg days, always an obvious Chekist "
     "and mafioso, he didn’t really start to become one in the Western imagination until the end of his first term, "
     "after the so-called “color revolutions” kicked off in the former Soviet states, including and especially in "
     "Ukraine.",
     "2014-02-20",
     []),
    # What the economist told is a clause of its own: the 2 million jobs are undated.
    ("bias", "An economist at the University of Massachusetts, Amherst, told Kaiser Health News earlier this year "
     "that that could result in about 2 million jobs lost.",
     "2019-11-01",
     [D("2019"), Q(2e6, "jobs", "about")]),
    ("bias", "Priebus served 189 days on the job, the shortest tenure of any White House chief of staff in history.",
     "2017-07-28",
     [Q(189, "day")]),
    # "Over half a million fewer Americans" is the subject, not a span: over 500,000 Americans (EIGHTH's "456,000 fewer
    # people" counts people), dated by the clause's "today"; "when he took office" is the comparison's baseline.
    ("bias", "Over half a million fewer Americans have jobs today than when he took office.",
     "2012-06-15",
     [Q(5e5, "Americans", "over", "2012-06-15"), D("2012-06-15")]),
    # Written on Sunday 2015-12-20: "earlier on Friday" is 2015-12-18; "February's primaries" (a month's possessive, the
    # clause looking ahead) is 2016-02.
    ("polnear", "Courted by most of the Republican candidates and widely expected to be the party’s top donor in "
     "the November 2016 presidential election, Adelson said earlier on Friday during a news conference that he may "
     "wait until February’s primaries to decide who to back.",
     "2015-12-20",
     [D("2016-11"), D("2015-12-18"), D("2016-02")]),
    # Written on Sunday 2016-03-20, "On Monday … will headline" is the coming Monday; "Gang of Eight" is a name.
    ("polnear", "On Monday, Graham—who had previously endorsed Jeb Bush for president and midwifed the Gang of "
     "Eight bill with amnesty-partner Marco Rubio— will headline a fundraiser in support of the Canadian-born "
     "Senator.",
     "2016-03-20",
     [D("2016-03-21")]),
    ("polnear", "With Trump’s campaign reeling and nearly broke — new filings show it has less than $1.3 million "
     "cash on hand— outside allies are stepping in.",
     "2016-06-22",
     [Q(1.3e6, "USD", "under")]),
    # A headline, annotated as it stands: "2016 Dems" names the 2016 candidates, a year (FINAL's "2016 candidates",
    # TWENTY_NINTH's "the Republican 2016 hopefuls").
    ("polnear", "2016 Dems React To GOP Debate.",
     "2015-11-11",
     [D("2016")]),
    # "number one" names a point (as "the number-one issue").
    ("polnear", "“Well number one, I’m not stupid, okay.",
     "2016-05-16",
     []),
    # "just over three weeks away" is over 3 weeks (THIRTY_FIFTH's "less than two weeks away"), undated; "Feb. 1" lies
    # ahead.
    ("polnear", "With the first nominating contest just over three weeks away, on Feb. 1, Mr. Cruz is poised to "
     "benefit from the organizing muscle of evangelicals, the most influential bloc of Republican caucusgoers in "
     "Iowa, who ensured the winners in 2008 and 2012.",
     "2016-01-12",
     [Q(3, "week", "over"), D("2016-02-01"), D("2008"), D("2012")]),
    # "One important reason": "one" as "a certain".
    ("polnear", "One important reason for this may be that African-Americans have experienced somewhat more "
     "favorable economic trends in recent years.",
     "2016-03-23",
     []),
    # "this year" is the subject, 2016; "an exceptional one" is a pronoun.
    ("polnear", "But this year is shaping up to be an exceptional one in terms of the sheer volume of writing "
     "devoted to Mr. Trump.",
     "2016-07-05",
     [D("2016")]),
    ("polnear", "He added that the Obama administration “doubled down the bets” by aggressively using its influence "
     "to get states to adopt favored policies, even after No Child Left Behind expired in 2007.",
     "2015-11-30",
     [D("2007")]),
    # "just four days before" is exact, a span from a point, undated.
    ("polnear", "It falls just four days before South Carolina’s Democratic presidential primary.",
     "2016-02-23",
     [Q(4, "day")]),
    ("polnear", "The two Democratic candidates, for whom this race has been particularly nasty, sparred on the "
     "issue of how to address rising college costs and student loan debt.",
     "2016-05-23",
     [Q(2, "Democratic candidates")]),
    # "set for Aug. 30" (no "by") is no target; "the November general election" names the election, the coming one.
    ("polnear", "The Democratic and Republican primaries are set for Aug. 30, with Ru bio and Murphy expected to "
     "win and face each other in the November general election.",
     "2016-08-23",
     [D("2016-08-30"), D("2016-11")]),
    # Written in January 2016, "since June" is the latest June begun (2015-06) and dates its clause, as THIRTY_FIFTH's
    # "Since clinching … in early June, Clinton has spent"; "5,000 times" counts times (FIFTH's "a dozen times").
    ("polnear", "Trump has posted more than 5,000 times since June, mostly on Twitter, according to CrowdTangle, a "
     "social analytics tool that monitors social media.",
     "2016-01-19",
     [Q(5000, "times", "over", "2015-06"), D("2015-06")]),
    ("polnear", "Following Sanders on MSNBC, Clinton seemed to implore Sanders to let up on his critiques by "
     "referencing her own role in rallying her supporters behind then-senator Barack Obama in 2008.",
     "2016-04-27",
     [D("2008")]),
    # "cut in half" is 50 percent, exact (FOURTEENTH's "Cutting legal immigration in half"); a pledge with no date or
    # level is no target.
    ("allsides", "The United States pledged to cut in half the amount of climate-wrecking coal and petroleum fumes "
     "it is pumping out.",
     "2021-04-22",
     [Q(50, "percent")]),
    # "a three-day weekend commemorating the end of summer" holds no date (generic).
    ("allsides", "Unions, of course, vehemently disagree, and while the overwhelming majority of people have come "
     "to regard the holiday as nothing more meaningful than a three-day weekend commemorating the end of "
     "summer,\xa0labor leaders continue to delude themselves that the event somehow validates their dubious ideals "
     "and shady tactics.",
     "2021-09-06",
     [Q(3, "day")]),
    # "a number of" has no value; "two days after" a span from a point, undated; "the 2020 election" names it.
    ("allsides", "We gathered a number of those priorities here, two days after he was declared the winner of the "
     "2020 election.",
     "2021-04-26",
     [Q(2, "day"), D("2020")]),
    ("allsides", "It is also a sharp rise since when President Biden took office — there were 78,442 encounters in "
     "January.",
     "2021-07-16",
     [Q(78442, "encounters", time="2021-01"), D("2021-01")]),
    # "one of the final decisions" is no count.
    ("allsides", "In one of the final decisions of its current term, the Supreme Court unanimously ruled against "
     "the National Collegiate Athletic Association in a closely watched case, concluding that the NCAA could not "
     "prevent certain payments to college athletes, thus putting the longstanding amateur model of college sports "
     "in jeopardy.",
     "2021-06-28",
     []),
    # Written on Monday 2021-05-03, "said Monday" is that day; "this year" in what was said hangs on "to resettle",
    # whose subject is the 62,500 refugees (also the object of "allow"): they are dated 2021.
    ("allsides", "The Biden administration said Monday it would allow 62,500 refugees to resettle in the United "
     "States this year, reversing course after the White House initially said it would keep a historically low "
     "Trump-era limit on those fleeing war, violence and persecution.",
     "2021-05-03",
     [D("2021-05-03"), Q(62500, "refugees", time="2021"), D("2021")]),
    # "fired one agent": a count here, another figure ("a week") being in the sentence (the convention's test); "a week
    # before the hearing" is a span from a point, undated; "a difficult one" a pronoun. AMBIGUOUS.
    ("allsides", "The entire day of testimony was a difficult one for the FBI, which fired one agent involved with "
     "the investigation a week before the hearing.",
     "2021-09-15",
     [Q(1, "agent"), Q(1, "week")]),
    # Written on Monday 2021-04-26, "on Sunday night" is 2021-04-25; "the 93rd" is an ordinal.
    ("allsides", "Tyler Perry urged the global Oscars audience to “refuse hate” and work harder to uplift those on "
     "the margins as he accepted the Jean Hersholt Humanitarian Award on Sunday night at the 93rd annual Academy "
     "Awards.",
     "2021-04-26",
     [D("2021-04-25")]),
    ("allsides", "In 2001, after earthquakes devastated El Salvador, the United States made that country’s "
     "nationals eligible for the\xa0“temporary protected status” program.",
     "2021-06-07",
     [D("2001")]),
    # leftover: an AllSides teaser cut with an ellipsis, annotated as it stands. "almost 4,000 pages" is about; "several
    # hundred" has no value (as "dozens of"); "the past four..." is cut before its noun, a bare 4.
    ("allsides", "The new report, titled AR6, is almost 4,000 pages, written by several hundred "
     "government-nominated scientists over the past four...",
     "2021-08-13",
     [Q(4000, "pages", "about"), Q(4, None)]),
    # Written on Thursday 2021-07-22, "named Thursday" is that day; the 21 years are in a relative clause of their own.
    ("allsides", "J. Thomas Manger, who spent 21 years as a police chief in the wealthy Washington suburbs of "
     "Montgomery and Fairfax counties, was named Thursday to take over the U.S. Capitol Police as it tries to "
     "regain its footing in the aftermath of the Jan. 6 riot at the Capitol.",
     "2021-07-22",
     [Q(21, "year"), D("2021-07-22"), D("2021-01-06")]),
    # leftover: an AllSides teaser cut with an ellipsis, annotated as it stands.
    ("allsides", "The nation’s top expert on infectious diseases received an email March 28, 2020, from George Gao, "
     "director of the Chinese Center for Disease Control and Prevention, in which Gao apologized for saying the US "
     "and other countries were making a “big mistake” by not encouraging people to wear masks from the get-go, "
     "according to\xa0correspondence obtained by the Washington...",
     "2021-06-01",
     [D("2020-03-28")]),
    # Written on Friday 2021-05-14, "stated Thursday" is 2021-05-13 and dates its subject's count (rule 1).
    ("allsides", "A group of 18 scientists stated Thursday in a letter published in the journal Science that there "
     "is not enough evidence to decide whether a natural origin or an accidental laboratory leak caused the "
     "Covid-19 pandemic.",
     "2021-05-14",
     [Q(18, "scientists", time="2021-05-13"), D("2021-05-13")]),
    # Written on Thursday 2021-05-13 (US time): "early Friday morning local time" is the Friday just begun in Gaza,
    # 2021-05-14 (as TWENTY_FOURTH's "until 6 a.m. local time Saturday", read by the facts of the day), not the past
    # Friday a week before. "following a barrage of 1,500 rockets" places the clause after the barrage, so the Friday
    # does not date the rockets. AMBIGUOUS on both counts.
    ("allsides", "Israeli Defense Forces (IDF) ground soldiers attacked Gaza early Friday morning local time "
     "following a barrage of 1,500 rockets that targeted airstrikes failed to curb.",
     "2021-05-13",
     [D("2021-05-14"), Q(1500, "rockets")]),
    # leftover: an AllSides teaser cut with an ellipsis, annotated as it stands. "the three-three balance" is an even
    # split, a tally of two bare numbers (as "a 4-4 ruling", "a 50-50 Senate"). AMBIGUOUS.
    ("allsides", "\"It still turns the Federal Election Commission (FEC) from a judge into a prosecutor by taking "
     "away the three-three balance...",
     "2021-06-17",
     [Q(3, None), Q(3, None)]),
    # Written on Monday 2021-08-02, "on Monday" is that day; "COVID-19" is a name.
    ("allsides", "Rep. Michael McCaul,\xa0R-Texas, shared new findings from the\xa0House Foreign Affairs "
     "Committee\xa0Republicans' probe into the possible origins of\xa0COVID-19\xa0on Monday and accused the Chinese "
     "Communist Party (CCP) of engaging in the \"greatest cover-up in human history.\"",
     "2021-08-02",
     [D("2021-08-02")]),
    ("allsides", "According to the secretary’s office, 1,626,042 valid signatures have been collected in support of "
     "Newsom’s recall effort, which exceeds the 1,495,709 signatures required.",
     "2021-04-26",
     [Q(1626042, "valid signatures"), Q(1495709, "signatures")]),
    # "The 54-35 vote" is a tally; "with six Republicans breaking ranks" is an absolute phrase, undated either way.
    ("allsides", "The 54-35 vote, with six Republicans breaking ranks to join every Democrat in favor, came after "
     "Senate Minority Leader Mitch McConnell lobbied his members forcefully against the House-passed commission "
     "measure.",
     "2021-05-28",
     [Q(54, None), Q(35, None), Q(6, "Republicans")]),
    ("allsides", "Trump declared a national emergency in 2019, in an effort to redirect funding to build a wall "
     "along the southern border.",
     "2021-05-01",
     [D("2019")]),
    # Written on Tuesday 2021-08-24, "on Monday" is 2021-08-23; "by next spring" lies ahead: spring 2022, a target (the
    # season's months, FOURTEENTH's "in the spring of 2022" -> "2022-03/2022-05").
    ("allsides", "NIAID director Anthony Fauci told CNN on Monday the U.S. could \"start getting back to a degree "
     "of normality\" by next spring if more Americans are vaccinated against COVID-19.",
     "2021-08-24",
     [D("2021-08-23"), D("2022-03/2022-05", "target")]),
]
