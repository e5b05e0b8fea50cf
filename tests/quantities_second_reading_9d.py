"""Quantities, session 9: a second, independent reading of draw THIRTY_SIXTH (issue 4), for reader agreement.

A data module, not a test module: it holds the table and nothing runs it. Read by a second reader (a session-9
helper), blind to the first reading of THIRTY_SIXTH (``tests/test_quantities_session9d.py`` was never opened, read,
grepped or imported, nor ``…9e``) and blind to the rules' output (``find_quantities``, the scorer, the pipeline and no
test were run on these sentences; greps of earlier tables went through a list of files that leaves out ``…9d`` and
``…9e``; the only look at the rules' source was a grep for "peso" in ``quantities.py``, whose currency table maps
"pesos" to MXN, the ISO code the tables' currencies use). Annotated on 2026-11-24 between 01:21 and 01:26 UTC (about 5
minutes of wall-clock time by ``date -u``, reading the conventions and precedents included), from the sentences as
``benchmarks/quantities_draw.py thirty-sixth`` prints them (62 sentences with their sources' publication dates, every
one annotated, none dropped; non-breaking spaces kept as the script prints them, ``\\xa0``). The conventions read: the
module docstrings of ``storylens.extract.quantities`` and ``storylens.extract.quantities_parse`` (the time rule above
all), the ``Q``/``D`` records and scoring of ``tests/test_quantities.py``, the docstrings and rows of
``tests/test_quantities_session8.py``, ``…8b``, ``…9a``, ``…9b`` and ``…9c``, and earlier tables grepped for a shape
when unsure (the names in the comments: TABLE is ``tests/test_quantities.py``, DRAWS ``…_draws.py``, FRESH
``…_fresh.py``, BLIND ``…_blind.py``, SESSION5 and SESSION6 ``…_session5.py`` and ``…_session6.py``, the ordinal names
the tables' own).

Precedents leaned on most: "only one" counts (DRAWS' "has only one interest"); "one" as "a certain" or one of a
pair/group is no count (FOURTEENTH's "One report Saturday morning", ELEVENTH's "when one country invades another");
a rate drops its counted noun ("five winners, every year" is 5 per year) but keeps a unit of time ("the one day every
year" is 1 day per year); "a three-pronged approach" is no count (FRESH); two numbers with the noun on the second
("five of the eight states"); a descending pair with the unit on the second is two figures ("46 to 40 percent");
what is said, found or shown is a clause of its own, undated (the time rule, 4); a relative clause keeps its date in
and others out; a subjectless participle phrase after a clause-final date shares it, spans included ("fell Tuesday,
bringing the total to nine"; "13,000 cases in a two-week period on Friday"); a weekday written on that weekday in the
past is that day ("Schumer said Wednesday"); "a net negative 6 points" is -6; "the late 19th century" is no date;
"within" exact (NINETEENTH's "within 24 hours"); "little more than" over; ages after a name and "N-year-old"
undated, measure "age".

Rows found genuinely ambiguous under the conventions (7 of 62; the reading written first, the other after
"or"):

1. "\\"Every year there's one representative from Tucson, and many of them I admire …" — a rate of 1 per year (the
   span sets the one against it, as "the one day every year") or no quantity at all ("one" as "a certain"
   representative; the year a frame, not a denominator).
2. "Permanent workers make 330 pesos for a day's work, or $19." — 330 MXN per day and 19 USD per day (a day's wage;
   "$19" restates it) or plain sums, 330 MXN and 19 USD (no "a day"/"per day"/"daily" is written, the shapes the
   conventions list for a rate).
3. "… on the one issue on which she's to the left of the Vermont senator …" — no count (nothing in the sentence is
   another amount; "two-pronged" is no figure, as "three-pronged") or 1 issue ("the one issue" as "the only issue",
   like "only one", and like "the one holdout", which counted against "11 members").
4. "… flew 56 planes … on Monday, setting a new record and capping four days of sustained pressure involving 149
   flights." — the four days and the 149 flights dated Monday, as the subjectless participle phrase of the clause
   Monday dates (the time rule, 1), or undated / dated by the four-day span ending Monday (the 149 flights were flown
   over four days, not on Monday; a reader checking "149 flights" needs the span).
5. "ORIGINALLY PUBLISHED JANUARY 2021: In the months leading up to the November election, …" (a leftover) — "the
   November election" as 2020-11 (the past looks back from the note or the publication date alike) or 2021-11 (the
   word rule "a month without a year after a past year of its clause takes that year", if the note's year counts as
   the clause's); and whether the note's own "JANUARY 2021" is annotated at all (written: D("2021-01")).
6. "The United States pledged to cut in half the amount of … fumes it is pumping out." — 50 percent, exact (no "by"
   date and no level reached: no target) or 50 percent as a target (a pledged change, as "a pathway to" a level).
7. "A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points …, 52 percent to 37
   percent." — the lead and the pair undated (what the poll found is a clause of its own; TABLE's "a Des Moines
   Register poll released Saturday" leaves its 6 percent undated) or dated Wednesday (as FOURTEENTH's "One report
   Saturday morning placed the Taliban just 7 miles away" dates what the report placed by the report's day; "found
   Clinton leading" is a small clause, not a "that" clause).

Decisions where the conventions were silent (also in a comment above each row): "the one world order" names an idea,
no count; "Asked at one point", "No one", "One is Patty Murray", "one … the other", "one prominent group", "One lawsuit
was filed Monday", "do one really wild" — no count; "every 3 or 4 months" a span of 3 to 4 months (range), not a rate;
"a total of 16 hours over two days" a total and a span, no rate; "a four-seat setback" 4 seat (singular kept, as
"a 300-bed"); "47-43 percent" two percents; "negative 1.9 percentage points" -1.9; "the holidays" (a season) no date;
"Throughout the 20th century" no date; "more than 20 magazines and supplements a year" over 20 per year (noun dropped);
"pesos" is MXN (a currency word as its ISO code, the peso of a Mexican wage); "the November election" 2020's;
"nearly half its gasoline" in a relative clause on the subject, undated by the main clause's Sunday; "Thursday's report
… showed that jobless claims increased by 2,000 … to 373,000" both undated (what a report shows is its own clause),
exact (a reported level, no target); "rose by about 1 million to 9.3 million" about 1 million and 9.3 million, no noun;
"late Monday", "Wednesday evening" are those days; "$14 billion in aid" keeps TABLE's measure "aid" for the same shape;
"Floyd Ray Roseberry, 49," an age (measure "age"), undated. Kept as drawn: the leftover note (row marked ``# leftover``)
and AllSides' truncated teaser ending "of the...".
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    # "only one" sets the one against other amounts: a count, as DRAWS' "has only one interest"
    ("bias", "Yet when war is forced upon us there is only one true American response- to face the challenge "
     "wholeheartedly.",
     "2014-09-10",
     [Q(1, "true American response")]),
    ("bias", "The two leaders were joined only by their interpreters during their two hours of face-to-face talks.",
     None,
     [Q(2, "leaders"), Q(2, "hour")]),
    # "the one world order" names an idea (a world government), no count
    ("bias", "Indeed, keeping the world decentralized by preserving and maintaining nation states may be preventing "
     "the one world order dreamed of by Soros and other globalists, but make no mistake - it will in the long run "
     "save the world.",
     "2018-07-23",
     []),
    # "little more than" is over, as THIRTY_FIRST's "little more than half an hour"; a span after a point, undated
    ("bias", "Little more than four years after Californians approved the ban, their attitudes toward gay marriage "
     "have shifted dramatically.",
     "2013-03-26",
     [Q(4, "year", "over")]),
    # "one of a dozen" is no count ("one of three" is one of a group); "every 3 or 4 months" is a span of 3 to 4
    # months, as THIRTY_FIRST's "every three years" and DRAWS' "a month or two"
    ("bias", "Laffer was instead one of a dozen members of an “Economic Policy Advisory Board” that Reagan named "
     "soon after taking office, and which was directed to meet “every 3 or 4 months.”",
     "2016-01-15",
     [Q(12, "members"), Q(3, "month", "range", upper=4)]),
    ("bias", "The company’s worldwide contribution to landfills has been cut by 80 percent.",
     "2007-05-22",
     [Q(80, "percent")]),
    # "Every year there's one representative": the span of a year sets the one against it, a rate of 1 per year with
    # the noun dropped, as SESSION5's "five winners, every year" and THIRTY_FOURTH's "the one day every year"
    ("bias", '"Every year there\'s one representative from Tucson, and many of them I admire: Bud Foster is on that '
     "list, Jim Arnold, Larry Schnebly, Jack Parris.",
     None,
     [Q(1, "per year")]),
    ("bias", "I have to say, when you consider that the U.S. hasn’t said anything about its ally India, you know, a "
     "country of over a billion people, recently passing homophobic laws -- you don’t want to be in a position of "
     "selectively being against oppression.",
     "2014-02-07",
     [Q(1e9, "people", "over")]),
    # "at one point" is no count (DRAWS' "At one point, her advisers met")
    ("bias", "Asked at one point if he believed that Page had been treated fairly, Horowitz responded that he didn’t "
     "believe the applications were handled fairly and that Page “was on the receiving end.”",
     "2019-12-11",
     []),
    ("bias", "No one is being hunted, in reality or in movies.",
     "2019-08-13",
     []),
    # an age, undated, as BLIND's "a 32-year-old woman"
    ("bias", "But earlier, officials identified the shooter as 24-year-old Mohammod Youssuf Abdulazeez, who died "
     "during the course of the attack.",
     "2015-07-17",
     [Q(24, "year", measure="age")]),
    ("bias", "It makes it hard to hold children in detention for more than 20 days, which in turn means they must be "
     "released.",
     "2019-04-03",
     [Q(20, "day", "over")]),
    # "separate" says the lines are distinct, not what is counted, as THIRTY_THIRD's "three separate appointments"
    ("bias", "The government seized records — which listed incoming and outgoing calls and the call’s length — for "
     "more than 20 separate lines assigned to the AP and its reporters, according to the AP.",
     "2013-05-13",
     [Q(20, "lines", "over")]),
    ("bias", "The African-American unemployment rate has been on the decline since 2011, long before Trump was in "
     "the White House.",
     "2018-01-30",
     [D("2011")]),
    # "Three years ago" is a span from a point, undated; it frames nothing, so the "when" clause's deadline is
    # undated too
    ("bias", "Three years ago, when Congress tried to force him to make a decision by issuing a 60-day deadline, he "
     "simply rejected the permit application.",
     "2014-11-17",
     [Q(3, "year"), Q(60, "day")]),
    # "a total of" is exact; "16 hours over two days" is a total and a span, not a rate
    ("bias", "They will have a total of 16 hours over two days for questions.",
     "2020-01-28",
     [Q(16, "hour"), Q(2, "day")]),
    # "a four-seat setback" keeps the singular of the hyphenated noun, as THIRTY_THIRD's "a 300-bed nursing home"
    ("bias", "At 43 percent, the simulation shows Republicans losing only two seats and keeping control but at 41 "
     "percent the simulation shows a four-seat setback and loss of control of the Senate.",
     "2019-06-05",
     [Q(43, "percent"), Q(2, "seats"), Q(41, "percent"), Q(4, "seat")]),
    # "One is" is one of a group named before, no count ("one of")
    ("bias", "One is Patty Murray of Washington state.",
     "2013-03-23",
     []),
    # "one … the other" sets a pair's members apart, no count, as ELEVENTH's "when one country invades another"
    ("bias", "There is no evidence that one is more infectious than the other, or one is more lethal than the other.",
     "2020-03-12",
     []),
    # "14th Amendment" is an ordinal naming the amendment
    ("bias", '"These laws deny Plaintiffs their rights to due process and equal protection guaranteed under the 14th '
     'Amendment of the United States Constitution," U.S. District Judge Arenda Wright Allen wrote in her opinion.',
     "2014-02-13",
     []),
    # "one prominent group" is "a certain group", no count; "the holidays" is a season, not a holiday on a fixed
    # day, no date (as SESSION5's "the holiday weekend")
    ("bias", "Yet, in Wyoming, one prominent group of right wing kinfolk will spend the holidays embroiled in a "
     "family feud.",
     "2013-11-19",
     []),
    ("bias", "Mueller would like the two men to cooperate in his Trump investigation, and a conviction that carries "
     "jail time could offer an incentive for the men to turn.",
     "2018-08-23",
     [Q(2, "men")]),
    # "Issue One" is a name; "Trump's 2016 campaign" names the campaign and frames nothing
    ("bias", "Issue One’s report — which was set to get published online at CoordinationWatch.org — says Trump’s "
     "2016 campaign and two pro-Trump outside groups employed the same individuals to buy their ads.",
     "2020-01-14",
     [D("2016"), Q(2, "pro-Trump outside groups")]),
    # a descending pair with the unit on the second is two percents, as THIRTY_SECOND's "46 to 40 percent" and
    # DRAWS' "42%-32.7%"
    ("bias", "Likely voters also want to see Republicans win control of the Senate, 47-43 percent.",
     "2014-10-20",
     [Q(47, "percent"), Q(43, "percent")]),
    # "other" dropped, as the counted phrase drops it
    ("bias", '"How many patients do these other two facilities treat?',
     "2014-08-31",
     [Q(2, "facilities")]),
    # "within two months" exact (NINETEENTH's "within 24 hours", TWENTY_EIGHTH's "within 60 days"); "election day"
    # names no particular day; "negative 1.9 percentage points" is -1.9, as SESSION5's "a net negative 6 points";
    # "an average effect of" is exact
    ("bias", "The evidence they had on hand was useful but very imprecise: For instance, they found that the eight "
     "studies measuring the effect of personal canvassing within two months of election day had an average effect of "
     "negative 1.9 percentage points, barely larger than the standard error of 1.7 percent.",
     "2017-09-28",
     [Q(8, "studies"), Q(2, "month"), Q(-1.9, "percentage points"), Q(1.7, "percent")]),
    # a century is no date, as FRESH's "The late 19th century"
    ("bias", "Throughout the 20th century, presidents increasingly acted unilaterally as the executive branch grew "
     "dramatically.",
     "2020-01-25",
     []),
    # "this year" written in December 2012; "another run in 2016" a date after its noun
    ("bias", 'I am honored," she told CNN\'s Wolf Blitzer this year about calls by other Democrats for her to '
     "consider another run in 2016.",
     "2012-12-03",
     [D("2012"), D("2016")]),
    # "one really wild" (a word lost after it) is "a", nothing set against it: no count
    ("polnear", "No matter what I say, I was going to do one really wild, but he agrees.",
     "2015-12-11",
     []),
    # an adjective before a plural span, as "63 standard days"
    ("polnear", "If we’re a nurse, we work 15 extra minutes when we’re dead on our feet because we want to assure a "
     "family that things are going to be okay.",
     "2016-03-15",
     [Q(15, "minute")]),
    # "Uranium One" is a name
    ("polnear", "Uranium One’s chairman used his family foundation to make four donations totaling $2.35 million.",
     "2016-06-09",
     [Q(4, "donations"), Q(2.35e6, "USD")]),
    # spans from a point ("a year ago"), undated
    ("polnear", "“But being vetted and what is going on with me — you said this 30 years ago, you said this 20 years "
     "ago, this didn’t exist, this didn’t exist — I have not seen that with anyone else.",
     "2015-11-08",
     [Q(30, "year"), Q(20, "year")]),
    # what the governor claimed is a clause of its own; no date anywhere
    ("polnear", "The governor claimed that crime has gone down 20 percent and the prison population has gone down 10 "
     "percent.",
     "2016-02-07",
     [Q(20, "percent"), Q(10, "percent")]),
    ("polnear", "Roasts and toasts for the passing of 2015.",
     "2015-12-30",
     [D("2015")]),
    # "330 pesos for a day's work" is a day's wage: a rate per day (the reader checking it needs the day), and "or
    # $19" restates the same wage in dollars, so shares the rate (as THIRTY_FIRST's "climb by $154 to $2,754 per
    # month" shares the rate written once); Mexican pesos (the peso's ISO code, as "euros" are EUR)
    ("polnear", "Permanent workers make 330 pesos for a day's work, or $19.",
     "2016-03-21",
     [Q(330, "MXN per day"), Q(19, "USD per day")]),
    # a rate with the counted noun dropped, as SESSION5's "five winners, every year"
    ("polnear", "Hurun publishes more than 20 magazines and supplements a year, and makes money from a fast-growing "
     "series of conferences and events.",
     "2016-06-26",
     [Q(20, "per year", "over")]),
    ("polnear", "De Blasio repeatedly said New York is safe thanks to 14 years of anti-terrorism efforts by the "
     "NYPD, new technology, and a better working relationship with federal parters and local residents.",
     "2015-11-20",
     [Q(14, "year")]),
    # "until their home states' votes are tallied March 15", written in February in the present of a time clause
    # whose host looks ahead, is the coming March 15; "tens of thousands of" is no figure (TABLE)
    ("polnear", "Struggling to survive until their home states’ votes are tallied March 15, Ohio’s John Kasich and "
     "Floridians Jeb Bush and Marco Rubio are racing to bank tens of thousands of early ballots that are "
     "increasingly being cast well before primary day.",
     "2016-02-17",
     [D("2016-03-15")]),
    # two numbers, the noun on the second, as THIRTY_FIRST's "five of the eight states"; "the Sept. 11, 2001,
    # attacks" names the attacks and frames nothing
    ("polnear", "Although 15 of the 19 hijackers were Saudis, the government in Riyadh has vigorously denied any "
     "role in the Sept. 11, 2001, attacks, and the U.S. has never formally accused its important, oil-rich ally of "
     "complicity.",
     "2016-05-19",
     [Q(15, None), Q(19, "hijackers"), D("2001-09-11")]),
    # Wednesday before a Thursday; what the poll found is a clause of its own ("said Thursday that 98 senators"),
    # so the lead and the pair are undated; "52 percent to 37 percent" is a pair, not a range (the second is lower)
    ("polnear", "A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points among "
     "likely voters in Wisconsin, 52 percent to 37 percent.",
     "2016-08-11",
     [D("2016-08-10"), Q(15, "points"), Q(52, "percent"), Q(37, "percent")]),
    # "a two-pronged strategy" is no count, as FRESH's "a three-pronged approach"; "the one issue on which …" is
    # "the only issue", but nothing in the sentence is another amount it is set against: no count
    ("polnear", "It's a two-pronged strategy to appeal to liberal and black voters around Manhattan on the one issue "
     "on which she's to the left of the Vermont senator -- firearms -- while emphasizing to upstate voters her "
     "efforts on jobs as a U.S. senator.",
     "2016-04-14",
     []),
    ("polnear", "That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page of The Wall "
     "Street Journal in 1980, referencing the feds' unwillingness to go after financial criminals.",
     "2016-07-07",
     [D("1980")]),
    # Monday before a Wednesday dates the clause and its subjectless participle phrases ("fell Tuesday, bringing the
    # total to nine"), so the four days and the 149 flights of the "capping" phrase take it too, as the spans
    # of a dated clause do in SESSION5 ("13,000 cases in a two-week period on Friday")
    ("allsides", "China‘s People’s Liberation Army flew 56 planes in international airspace off the southwest coast "
     "of\xa0Taiwan\xa0on Monday, setting a new record and capping four days of sustained pressure involving 149 "
     "flights.",
     "2021-10-06",
     [Q(56, "planes", time="2021-10-04"), D("2021-10-04"), Q(4, "day", time="2021-10-04"),
      Q(149, "flights", time="2021-10-04")]),
    ("allsides", "A bombing outside Kabul’s main mosque killed at least two Afghan civilians and left others "
     "wounded, the Taliban says.",
     "2021-10-03",
     [Q(2, "Afghan civilians", "at least")]),
    # a change and a level with no counted noun after them, as TABLE's "New jobless claims fell 34,000 to 444,000";
    # "since the agency began keeping track in 2000" is the comparison's baseline and frames nothing
    ("allsides", "The number of available jobs rose by about 1 million to 9.3 million, according to the Bureau of "
     "Labor Statistics' Job Openings and Labor Turnover Survey, the highest number since the agency began keeping "
     "track in 2000.",
     "2021-06-08",
     [Q(1e6, None, "about"), Q(9.3e6, None), D("2000")]),
    # "One lawsuit" with nothing set against it is "a", no count, as FOURTEENTH's "One report Saturday morning";
    # Monday before a Tuesday
    ("allsides", "One lawsuit was filed Monday by Oscar Stilley, a former tax attorney in Arkansas who is serving a "
     "home confinement sentence for a federal conviction on tax crimes.",
     "2021-09-21",
     [D("2021-09-20")]),
    # the 21 years sit in a relative clause of their own, undated; "was named Thursday" written on a Thursday is that
    # day (DRAWS' "Schumer said Wednesday" written on a Wednesday)
    ("allsides", "J. Thomas Manger, who spent 21 years as a police chief in the wealthy Washington suburbs of "
     "Montgomery and Fairfax counties, was named Thursday to take over the U.S. Capitol Police as it tries to regain "
     "its footing in the aftermath of the Jan. 6 riot at the Capitol.",
     "2021-07-22",
     [Q(21, "year"), D("2021-07-22"), D("2021-01-06")]),
    # "late Monday" is Monday (FRESH's "As we reported late Wednesday"); how long the outage lasted is part of what
    # the statement explained, a clause of its own, undated
    ("allsides", "Facebook issued a statement late Monday explaining what caused the outage across its platforms "
     "lasted nearly six hours.",
     "2021-10-05",
     [D("2021-10-04"), Q(6, "hour", "about")]),
    # "cut in half" is 50 percent (DRAWS' "Cutting legal immigration in half"); a pledge with no "by" date and no
    # level reached is no target
    ("allsides", "The United States pledged to cut in half the amount of climate-wrecking coal and petroleum fumes "
     "it is pumping out.",
     "2021-04-22",
     [Q(50, "percent")]),
    # leftover: an all-capital editor's note run into the sentence (THIRTIETH dropped this very note); annotated as
    # it stands: the note's month, and "the November election" before it, 2020's (the past looks back, from the note
    # or from the publication date alike; the note's year is not of the clause); "millions of" is no figure
    ("allsides", "ORIGINALLY PUBLISHED JANUARY 2021: In the months leading up to the November election, the social "
     "media platform Parler attracted millions of new users by promising something competitors, increasingly, did "
     "not: unfettered free speech.",
     "2021-08-04",
     [D("2021-01"), D("2020-11")]),
    # "nearly half its gasoline" is about 50 percent without "of"; it sits in the relative clause on the subject, a
    # clause of its own, so Sunday does not date it; Sunday before a Monday
    ("allsides", "A pipeline that provides the East Coast with nearly half its gasoline and jet fuel remained "
     "shuttered on Sunday after yet another ransomware attack, prompting emergency White House meetings and new "
     "questions about whether an executive order strengthening cybersecurity for federal agencies and contractors "
     "goes far enough even as President Biden prepares to issue it.",
     "2021-05-10",
     [Q(50, "percent", "about"), D("2021-05-09")]),
    ("allsides", "On Aug. 3, the moratorium was extended by the Centers for Disease Control and Prevention, despite "
     "a lack of congressional approval.",
     "2021-08-27",
     [D("2021-08-03")]),
    # "next month" dates the infinitive's clause ("to launch …"), not "according to two people", which hangs on
    # "is set" (TABLE's "two people familiar with the situation told Politico", undated)
    ("allsides", "Former presidential and New York mayoral candidate Andrew Yang is set to launch a third party next "
     "month, according to two people familiar with the matter.",
     "2021-09-10",
     [D("2021-10"), Q(2, "people")]),
    # an age after a name, undated, as SESSION6's "Mark Anderl, 63."
    ("allsides", "His full name is Floyd Ray Roseberry, 49, from Grover, North Carolina, although he went by Ray "
     "Roseberry on Facebook.",
     "2021-08-19",
     [Q(49, None, measure="age")]),
    # "the January 6 attack" names the attack (2021's), as THIRTY_THIRD's "the Jan. 6 riot"
    ("allsides", "Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, placed roadblocks in front of former "
     "President Donald Trump’s ability to launch a nuclear strike as top officials voiced concerns about his mental "
     "health after the January 6 attack on the Capitol, according to a book excerpt from reporter Bob Woodward.",
     "2021-09-14",
     [D("2021-01-06")]),
    ("allsides", "Following four years of border crackdowns, endless legal fights and racially charged rhetoric by "
     "President Trump, immigration advocates had hopes that the new Democratic administration would bring a more "
     "compassionate and open-armed approach to immigration, particularly toward asylum seekers fleeing troubled "
     "Central America.",
     "2021-06-09",
     [Q(4, "year")]),
    # "the thousands of migrants" is no figure ("thousands of")
    ("allsides", '"We’ve learned that the FAA just implemented a two week TFR (Temporary Flight Restrictions) over '
     "the international bridge in Del Rio, TX, meaning we can no longer fly our FOX drone over it to show images of "
     "the thousands of migrants.",
     "2021-09-17",
     [Q(2, "week")]),
    # Wednesday before a Thursday ("Wednesday evening" is that day); the 10 senators are in what was said, undated
    ("allsides", "Both Republican and Democratic senators said Wednesday evening there was an agreement reached with "
     "White House officials and 10 senators on a bipartisan\xa0infrastructure deal.",
     "2021-06-24",
     [D("2021-06-23"), Q(10, "senators")]),
    # "Thursday's report" written on a Thursday is that day; what it showed is a clause of its own, so the change
    # and the level are undated; "the previous week" is a span from a point, no date
    ("allsides", "Thursday's report from the Labor Department showed that jobless claims increased by 2,000 from the "
     "previous week to 373,000.",
     "2021-07-08",
     [D("2021-07-08"), Q(2000, None), Q(373000, None)]),
    # the counted noun with its name, as FRESH's "two Texas Department of Transportation employees"
    ("allsides", "But that’s been the charge as two Food and Drug Administration regulators have resigned amid what "
     "media leaks claim is too much political agitation for Covid vaccine booster shots.",
     "2021-09-04",
     [Q(2, "Food and Drug Administration regulators")]),
    # the same shape as TABLE's "$14 billion in aid to address natural disasters …" (measure "aid");
    # "tens of thousands of" is no figure
    ("allsides", "The White House is asking for $14 billion in aid to respond to natural disasters that occurred "
     "before Hurricane Ida, as well as $6.4 billion to pay for the ongoing relocation of tens of thousands of "
     "Afghans who partnered with the United States during the war in Afghanistan.",
     "2021-09-08",
     [Q(14e9, "USD", measure="aid"), Q(6.4e9, "USD")]),
    # AllSides' teaser cut with "...", kept as earlier tables kept them; "COVID-19" is a name
    ("allsides", "Dr. Kristen Solana Walkinshaw is chief of staff at the hospital and says that “we are no longer "
     "able to provide the standard of care to each and every patient who needs our help,” Alaska, like other places, "
     "has seen a surge in COVID-19 cases driven by the delta variant of the...",
     "2021-09-15",
     []),
]
