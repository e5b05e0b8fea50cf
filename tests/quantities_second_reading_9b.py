"""Quantities, issue 4 (reader agreement): a SECOND reading of draw THIRTY_FOURTH, for comparison with the first.

Read on 2026-11-24, 01:28–01:33 UTC by the machine clock (``date -u``), by a second reader, a session-9 helper:
blind to the first reading of this draw (``tests/test_quantities_session9*.py`` and the other second readings were
never opened) and to the rules' output on these sentences (neither ``find_quantities``, the scorer, the pipeline nor
any test was run on them). The 62 sentences are exactly as ``benchmarks/quantities_draw.py thirty-fourth`` prints
them, with their sources and publication dates; every one is annotated, the three cut off by the scrape ("...")
marked ``# leftover`` and annotated as they stand. Annotated by the conventions of ``storylens.extract.quantities``
and ``storylens.extract.quantities_parse`` (module docstrings; the session-4 time rule) and the ``Q``/``D`` records
of ``tests/test_quantities.py``; measures are left unset (the comparison counts a measure only where both readings
give one).

NOT fully blind — read this before using the agreement figure. The precedent greps ran over
``tests/test_quantities*.py`` leaving out ``session9`` only, as the brief allowed, and so also read
``tests/test_quantities_fixes9.py``, which holds rows written from THIRTY_FOURTH's first-run misses with their
expected output; a ``git log`` of that file then showed commit subjects naming more of its shapes. Seen before these
rows were annotated (a reading here may be anchored): the FDA "people 65 and older" row (its expected output), "a
windy quote or two" (its expected output), "the one day every year" ("a rate"), "March's booming 916,000 net jobs
gain" ("a month owning a noun is a date"), and from commit subjects "between March and June" (one interval),
"October of that year", "a change 'from X to Y' is a level and a target", "'change … to' a target", "'as soon as' a
weekday is ahead", "'the Sept. 11 attack'" (not 2001's), years before 1800 ("began in 1163"), "2m". In each of these
the reading written agrees with an earlier table's precedent named in its comment as well, but the lead should score
the agreement with and without these 12 rows (FAA "65 and older", Pentagon Papers, Labor Day, March's jobs, Virginia
prisoners, unemployment 2009, minimum wage, "change the rules now to 51%", adolescents "as soon as Thursday", the
Benghazi dates, "began in 1163", "2m cases"); the other 50 are blind.

Precedents leaned on (earlier tables): "63 standard days" (EIGHTEENTH; adjectives before a span are kept); "endorsed
lowering the Medicare eligibility age to 55" (FINAL; a proposed level is a target) and "revised down to 405,000" (a
reported revision is not); THIRTIETH's "two chemical weapons attacks … in 2014 and 2015" (first coordinated date);
"from 2007 to 2014" (one interval); "the spring of 2022" (a season's months); "Muslims celebrating in New Jersey on
Sept. 11" written in 2015 (the reader's knowledge of the year); "two of the three George Washington Bridge access
lanes" and "12 of the 19" (two numbers); "one of them said", "one thing is clear" (no count); "a stumble or two"
(one to two); "the top two members" (a count); "A seven-count indictment" ("count"); "people 65 and older" (an age,
undated); "since at least 2005"; "The jobs gains in August were revised up to 366,000 from 235,000" (both dated by
the month); "a vote on the $1.2 trillion … bill was delayed late Thursday" (a sum dated by its clause, read here as
not applying to a participle); "after 15 weeks of pregnancy" and "a day earlier" (spans from a point, undated).

Rows genuinely ambiguous under the written conventions (10), with the two readings hesitated between:
1. "after two deadly crashes in October 2018 and March 2019": the count dated by the first date (THIRTIETH) /
   undated (a count spread over two dates, inside a phrase placing the clause after them).
2. "attorneys for 32 others": unit "others" / no unit (the noun left out, as "the two did not discuss").
3. "There is one thing that we do know": no count ("one thing is clear") / 1 thing (set against what is not known).
4. "the September 11th attack and the November 12th admission … November 4th", written 2015-12-04 about Benghazi and
   the 2012 election: 2012's by the reader's knowledge / 2015's as months without a year resolved against
   publication.
5. "March's booming 916,000 net jobs gain was also revised down to 770,000": both dated 2021-03 (the month owns the
   measured noun) / both undated (a date naming a thing before its noun, "last year's primary").
6. "a vote set for Wednesday on the $1.2 trillion … package": the sum undated (the date is in a participle on
   "vote") / dated 2021-07-21 (as "a vote on the $1.2 trillion bill was delayed Thursday").
7. "about 250 prisoners were released …, accounting for less than half of the decrease … between March and June":
   the share dated by the interval and the 250 not / both dated / neither.
8. "written by several hundred government-nominated scientists over the past four...": "several hundred" no figure /
   a vague count; "the past four" cut off: a bare 4 / dropped as a leftover.
9. "pushed for a minimum wage hike — from $7.25 to $10.10": $10.10 a target (a proposed level) / a plain sum.
10. "Labor Day is the one day every year": 1 day per year, a rate / 1 day / no count ("the one day" as "the day").

Decisions where the conventions say nothing (beyond the ambiguous rows): "Just this week" written on a Saturday is
its ISO week; "nearly a dozen wounded" counts no noun (a participle follows); "change the rules now to 51%" is a
target and "now" no date; "the late 1990s" is the decade, "late" no qualifier (as "early October" is the month); "as
soon as Thursday" carries no qualifier; "a day earlier", "two years ago", "six years ago" and "a little more than
two weeks after" are spans, undated; "the summer of 1950" is June–August.

Time taken: the five minutes of clock above, reading the conventions and precedents included (less than the brief's
40).
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    # an adjective before a plural span is kept, as "63 standard days" (EIGHTEENTH); the "while" clause has no date
    ("bias", "On average, a bear market for the Dow lasts 206 trading days, while the average bear period for the "
     "S&P 500 is about 146 days, according to data from Dow Jones Market Data.",
     "2020-03-11",
     [Q(206, "trading days"), Q(146, "day", "about")]),
    # "pushed for a … hike — from $7.25 to $10.10": the proposed level is a target, as FINAL's "endorsed lowering the
    # Medicare eligibility age to 55"; the level it starts from is a plain sum. No rate is written (no "an hour")
    ("bias", "In his weekly address, the president again pushed for a minimum wage hike — from $7.25 to $10.10 — for "
     "all Americans and highlighted the fact that he recently implemented such a pay raise for federal contractors "
     "through executive action.",
     "2014-02-15",
     [Q(7.25, "USD"), Q(10.10, "USD", "target")]),
    # "737 Max" names a model; the dates after "crashes" date that noun phrase (rule 3); of two coordinated dates the
    # count takes the first, as THIRTIETH's "two chemical weapons attacks … in 2014 and 2015" (ambiguous)
    ("bias", "The Federal Aviation Administration ordered the grounding of all Boeing 737 Max jets after two deadly "
     "crashes in October 2018 and March 2019.",
     "2020-01-14",
     [Q(2, "deadly crashes", time="2018-10"), D("2018-10"), D("2019-03")]),
    # "Little Rock Nine" names a group
    ("bias", "The students that became known as the “Little Rock Nine” were denied entry to the school by the "
     "National Guard troops, who were under state command.",
     "2020-05-31",
     []),
    # a span counted from a point, undated
    ("bias", "That reminded me of the Gabby Giffords shooting six years ago, and how exposed members of Congress are "
     "as they go about their political activities and their daily lives.",
     "2017-06-15",
     [Q(6, "year")]),
    # "one of the things": no count, as "one of them said"
    ("bias", "Like, that's one of the things you need to walk around New York with — an ID.\"",
     "2016-11-03",
     []),
    # an opening date dates both coordinated clauses (rule 2); "wounded" is a participle, no counted noun; written on a
    # Saturday, "this week" is its ISO week
    ("bias", "Just this week, a U.S. soldier was killed and nearly a dozen wounded in combat with IS fighters.",
     "2017-08-19",
     [D("2017-W33"), Q(12, None, "about", "2017-W33")]),
    # "between March and June" is one interval, as "from 2007 to 2014"; it sits after the stacked of/in phrases of what
    # the share is of and dates the share ("a 5.9% boost in benefits for 2022"), not the 250 of the main clause
    # (ambiguous)
    ("bias", "In Virginia, about 250 prisoners were released as corrections officials scrambled to minimize the "
     "spread of the virus, accounting for less than half of the decrease in population in that state between March "
     "and June, the news organizations found.",
     "2020-07-16",
     [Q(250, "prisoners", "about"), Q(50, "percent", "under", "2020-03/2020-06"), D("2020-03/2020-06")]),
    # "change the rules now to 51%" reaches a proposed level: a target, as "endorsed lowering … to 55"; "in 2018" sits
    # in the other conjunct; "now" is no date
    ("bias", "We ... either elect more Republican Senators in 2018 or change the rules now to 51%.",
     "2017-05-02",
     [D("2018"), Q(51, "percent", "target")]),
    # "the day two years ago" is a span counted from a point, undated
    ("bias", "\"He wanted to tell us that there's something about him that we didn't know,\" Portman said, "
     "reflecting on the day two years ago his son Will first told his parents he was gay.",
     "2013-03-15",
     [Q(2, "year")]),
    # "one relative" is "a certain relative"
    ("bias", "“But this is normal for us,” said one relative, pointing to what he indicated was frequent profiling "
     "at the border.",
     "2017-06-29",
     []),
    ("bias", "The nation’s other major teachers union, the American Federation of Teachers, has also expressed "
     "concern about the implementation of Common Core and has called for a three-year moratorium on high-stakes "
     "testing.",
     "2014-02-19",
     [Q(3, "year")]),
    # "others" is the plural noun the number counts (ambiguous: or no noun, as "the two did not discuss")
    ("bias", "Giuliani said he had similar agreements with attorneys for 32 others connected to Mueller's "
     "investigation, sharing everything from what questions were asked during interviews to the documents requested "
     "as a way to keep tabs on Mueller's investigators and the status of the probe.",
     "2018-11-27",
     [Q(32, "others")]),
    ("bias", "McConnell is looking ahead to a possible veto override vote, when his chances for success will be much "
     "greater as he would need to win only 34 votes to sustain a veto.",
     "2019-02-26",
     [Q(34, "votes")]),
    # "Covid-19" is glued to letters
    ("bias", "In addition to attacking China for introducing Covid-19 to the world, Trump’s political advisers want "
     "to position him as the candidate who oversaw a booming economy, stock market and low unemployment until the "
     "pandemic hit.",
     "2020-04-29",
     []),
    # "2m" is 2 million
    ("bias", "According to researchers at Johns Hopkins University in Maryland, the US has recorded more than 2m "
     "cases of Covid-19 and nearly 115,000 deaths.",
     "2020-06-13",
     [Q(2e6, "cases", "over"), Q(115000, "deaths", "about")]),
    # "almost" is about, as "almost two years"; "in 1163" sits in the first conjunct only (rule 2)
    ("bias", "Construction began in 1163 and took almost 200 years to complete.",
     "2019-04-15",
     [D("1163"), Q(200, "year", "about")]),
    # "one Clinton campaign agenda item" is "a certain item"
    ("bias", "\"The variety of candidates is a positive here, and many of the lesser known can serve as a cudgel to "
     "move the more established candidates further to the right,\" read one Clinton campaign agenda item, according "
     "to WikiLeaks.",
     "2017-09-15",
     []),
    # "a quote or two" is one to two, as "a stumble or two"; the adjective stays with the noun
    ("bias", "In the New York Times, retrospectives on the Pentagon Papers will often appear, invariably portraying "
     "government officials as self-interested crooks or boobs and concluding with a windy quote or two from Hugo "
     "Black about the supreme importance of publication.",
     None,
     [Q(1, "windy quote", "range", upper=2)]),
    # "There is one thing": nothing sets the one against another amount, as "one thing is clear" (ambiguous)
    ("bias", "There is one thing that we do know from this case.",
     "2013-07-18",
     []),
    # "the top five recipients" counts recipients, as "the top two members"
    ("bias", "For example, House Majority Leader Eric Cantor, R-Virginia, ranked among the top five recipients, "
     "having received $7,450 in this cycle.",
     "2012-12-17",
     [Q(5, "recipients"), Q(7450, "USD")]),
    # both spans undated: "just two years ago" is counted from a point and frames nothing
    ("bias", "I’m old enough to remember when we still had 12 years left to save the planet just two years ago.",
     "2020-06-20",
     [Q(12, "year"), Q(2, "year")]),
    # "2020 Democrat" names a thing before its noun
    ("bias", "In fact, Swalwell has made a name for himself as anti-gunner and, like practically every other 2020 "
     "Democrat, plans to run on the gun control issue.",
     "2019-04-08",
     [D("2020")]),
    # "the one day every year": a span against a period, a rate, as "40 hours per week"; Labor Day is no fixed day
    ("bias", "Labor Day is the one day every year when we come together as a nation to celebrate the achievements of "
     "the American worker and the history of the labor movement in this country.",
     "2016-09-05",
     [Q(1, "day per year")]),
    ("bias", "Dina adds that sources told NPR that they believe the plot is even wider and that it could involve "
     "more than a dozen people.",
     "2015-11-17",
     [Q(12, "people", "over")]),
    # an age, undated
    ("bias", "A frantic mother once pleaded for him to perform mouth-to-mouth resuscitation on a 9-month-old boy.",
     None,
     [Q(9, "month")]),
    # "one who" is a pronoun
    ("bias", "I write as one who is on her side, as I’m sure most of you know.",
     "2016-07-08",
     []),
    # a season of a year is its months, as FOURTEENTH's "the spring of 2022"
    ("bias", "It happened in the summer of 1950, when President Truman’s secretary of state, Dean Acheson, suggested "
     "that the Korean Peninsula didn’t fall within what he called the United States’ “defense perimeter.”",
     "2013-11-10",
     [D("1950-06/1950-08")]),
    # the Benghazi attack and the 2012 election: the reader knows the year, as "Muslims celebrating in New Jersey on
    # Sept. 11" written in 2015 is 2001's (ambiguous: resolved against publication they would be 2015's)
    ("polnear", "The most obvious explanation for the delay between the September 11th attack and the November 12th "
     "admission is the event that took place on November 4th: the Presidential contest between Barack Obama and "
     "Mitt Romney.",
     "2015-12-04",
     [D("2012-09-11"), D("2012-11-12"), D("2012-11-04")]),
    # "85 of the 154 meetings": two numbers, the noun on the second, as "two of the three … lanes"
    ("polnear", "The AP reported that, according to an analysis of her personal calendar and contact information, 85 "
     "of the 154 meetings Clinton had with individuals who were not U.S. or foreign government employees were with "
     "foundation donors, a rate that calls into question whether donations to the Clinton Foundation were the cost "
     "of personal meetings and assistance from a powerful government minister.",
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
    # "the first President George Bush" is an ordinal
    ("polnear", "The exception was at the first President George Bush's 1992 holiday party, a somber affair because "
     "he had just lost in his re-election campaign and was preparing to leave the White House.",
     "2015-12-15",
     [D("1992")]),
    ("polnear", "While the two men barely sparred, Mr. Kasich did look for subtle opportunities to present himself "
     "as a strong, conservative executive with experience balancing budgets and tackling foreign policy challenges.",
     "2016-03-12",
     [Q(2, "men")]),
    ("polnear", "Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election fight, used "
     "a closed-door luncheon to complain that Mr. Trump's comments were obscuring the party's economic message and "
     "urged Mr. Sessions to tell Mr. Trump to drop his jeremiad against the judge, according to two senators "
     "present who requested anonymity to reveal private conversations.",
     "2016-06-09",
     [Q(2, "senators")]),
    # "one of us … one of us": no count, as "one of them said"
    ("polnear", "\"It tells you that one of us is a candidate of the establishment, one of us is involved in "
     "establishment politics and establishment economics, and it says that, maybe, the other candidate is prepared "
     "to take on the establishment,\" Sanders remarked.",
     "2015-11-09",
     []),
    # the "when" clause dates the clause it modifies (rule 4); "October of that year" is 2009
    ("polnear", "The unemployment rate was at 7.8 percent when Obama took office in January 2009 and peaked at 10 "
     "percent in October of that year.",
     "2016-02-05",
     [Q(7.8, "percent", time="2009-01"), D("2009-01"), Q(10, "percent", time="2009-10"), D("2009-10")]),
    ("polnear", "He’s much more an emotional and a visceral one.",
     "2016-05-05",
     []),
    # "one of the groups" no count; "two of the convention's breakfasts" counts without a noun, as "two of the
    # country's former presidents"
    ("polnear", "So one of the groups advocating to raise the cap on charter schools, Massachusetts Democrats for "
     "Education Reform, has sponsored two of the convention's breakfasts to help win over the party faithful.",
     "2016-07-27",
     [Q(2, None)]),
    # a year in "of" after a proper name names it
    ("polnear", "After the U.S. Refugee Act of 1980 established a process for admitting and resettling refugees, "
     "Clarkston emerged as a favorite location.",
     "2015-12-29",
     [D("1980")]),
    # "A day earlier" is a span counted from a point, undated, as "40% a day earlier"
    ("polnear", "A day earlier, six protesters were arrested on charges of disorderly conduct, obstructing an "
     "officer and trespass after refusing to leave the lobby of the Holiday Inn Express as part of another "
     "anti-Trump protest at the venue, police said.",
     "2016-03-30",
     [Q(1, "day"), Q(6, "protesters")]),
    # written on a Thursday; "people 65 and older" is an age, undated
    ("allsides", "The\xa0Food and Drug Administration\xa0on Wednesday authorized booster doses of the "
     "Pfizer-BioNTech vaccine for people\xa065 and older and those whose jobs put them at high risk for exposure to "
     "COVID-19.",
     "2021-09-23",
     [D("2021-09-22"), Q(65, None, "at least")]),
    # written on that Monday; the 6 million sit in what is declared, a clause of its own; "World War II" is no date
    ("allsides", "Rep. Marjorie Taylor Greene\xa0(R-Ga.) on Monday apologized for comparing COVID-19 vaccine and "
     "mask rules to the Holocaust, declaring that \"there is no comparison\" between the safety measures and the "
     "genocide of\xa06 million Jews during World War II.",
     "2021-06-14",
     [D("2021-06-14"), Q(6e6, "Jews")]),
    # leftover (cut off); "his first day" is an ordinal
    ("allsides", "Joe Biden issued a proclamation on 20 January, his first day in office, ordering a freeze on "
     "border wall projects and directing a review of the legality...",
     "2021-05-01",
     [D("2021-01-20")]),
    ("allsides", "The president needs the support of all 50 Democratic senators in order to pass the measure through "
     "a process known as reconciliation.",
     "2021-10-18",
     [Q(50, "Democratic senators")]),
    # "a seven-count indictment" as an earlier table's "A seven-count indictment"
    ("allsides", "Barrack, who was charged with two other men in a seven-count indictment in Brooklyn, New York, "
     "federal court, was chairman of Trump’s 2017 inaugural fund.",
     "2021-07-20",
     [Q(2, "other men"), Q(7, "count"), D("2017")]),
    # a span counted from a point; "11:59 p.m." is a time of day
    ("allsides", "The new order, which comes a little more than two weeks after the county recommended the same "
     "protocols as a precaution, will go into effect at 11:59 p.m.",
     "2021-07-15",
     [Q(2, "week", "over")]),
    # "March's … gain": the month owns the noun the figure measures and so dates it and the clause it is subject of,
    # as "The jobs gains in August were revised up to 366,000" (ambiguous: or no frame, as "last year's primary");
    # "revised down to 770,000" is done, no target, as "revised down to 405,000"
    ("allsides", "And that is not the only bad news: March’s booming 916,000 net jobs gain was also revised down to "
     "770,000.",
     "2021-05-07",
     [D("2021-03"), Q(916000, "net jobs", time="2021-03"), Q(770000, None, time="2021-03")]),
    # "one" stands for a noun
    ("allsides", "But in drawing a Pacific ally closer to meet the China challenge, he appears to have alienated an "
     "important European one and aggravated already tense relations with Beijing.",
     "2021-09-16",
     []),
    ("allsides", "More than five million people, or nearly 8 percent of those who got a first shot of the Pfizer or "
     "Moderna vaccines, have missed their second doses, according to the most recent data from the Centers for "
     "Disease Control and Prevention.",
     "2021-04-27",
     [Q(5e6, "people", "over"), Q(8, "percent", "about")]),
    # "the late 1990s" is the decade, as "early October" is the month
    ("allsides", "It was brought by Jose Sanchez and Sonia Gonzalez, natives of El Salvador who entered the United "
     "States unlawfully in the late 1990s.",
     "2021-06-07",
     [D("1990s")]),
    # written on a Wednesday: the vote is that day; the date is in a participle on "vote" and dates no sum describing
    # a noun of it (rule 3) (ambiguous: or dated, as "A vote on the $1.2 trillion … bill was delayed late Thursday")
    ("allsides", "Senate Majority Leader\xa0Charles E. Schumer\xa0is barreling toward a vote set for Wednesday on "
     "the $1.2 trillion bipartisan infrastructure package, despite lawmakers having not finished writing the "
     "proposal.",
     "2021-07-21",
     [D("2021-07-21"), Q(1.2e12, "USD")]),
    # a span counted from a point, undated, as "after 15 weeks of pregnancy"
    ("allsides", "The Texas law effectively prohibits any abortion after around six weeks of pregnancy — before many "
     "women are even aware they are pregnant.",
     "2021-05-19",
     [Q(6, "week", "about")]),
    # written on a Monday: "could qualify … as soon as Thursday" looks ahead; "the Wednesday meeting" is the nearest
    # such day; ages undated
    ("allsides", "The decision means adolescents ages 12 to 15 could qualify for shots as soon as Thursday, after "
     "the Wednesday meeting of an advisory committee to the Centers for Disease Control and Prevention.",
     "2021-05-10",
     [Q(12, None, "range", upper=15), D("2021-05-13"), D("2021-05-12")]),
    # leftover (cut off after "four"); "several hundred" is vague, no figure, as "hundreds of" (ambiguous); "the past
    # four" counts without a noun as it stands
    ("allsides", "The new report, titled AR6, is almost 4,000 pages, written by several hundred government-nominated "
     "scientists over the past four...",
     "2021-08-13",
     [Q(4000, "pages", "about"), Q(4, None)]),
    # leftover (cut off); "since at least 2011" as "since at least 2005"
    ("allsides", "“Facebook holds monopoly power in the provision of personal social networking in the United States "
     "and has held such power continuously since at least 2011,” the...",
     "2021-08-19",
     [D("2011")]),
    ("allsides", "Count us with the White House on this one.",
     "2021-09-04",
     []),
    ("allsides", "A bombing outside Kabul’s main mosque killed at least two Afghan civilians and left others "
     "wounded, the Taliban says.",
     "2021-10-03",
     [Q(2, "Afghan civilians", "at least")]),
    ("allsides", "The exchange killed a number of militants and civilians in Gaza and at least two Israelis.",
     "2021-05-11",
     [Q(2, "Israelis", "at least")]),
    # "Section 1557" names; "one of the most notable parts" no count
    ("allsides", "The announcement from the Department of Health and Human Services concerns one of the most notable "
     "parts of the Affordable Care Act — the provision in Section 1557 that prevents health care providers and "
     "insurance companies from discriminating on the basis \"race, color, national origin, sex, age or disability "
     "in certain health programs and activities.\"",
     "2021-05-10",
     []),
    # "by" a date ahead of writing sets a target
    ("allsides", "President Joe Biden has said US forces will be gone by 11 September.",
     "2021-07-02",
     [D("2021-09-11", "target")]),
]
