"""Quantities, draw THIRTY_EIGHTH: a second, independent reading (issue 4: how far two readers of the conventions
agree).

Who and how: a second reader (a helper session of session 9), blind to the first reading of this draw and to the
rules' output: no ``tests/test_quantities_session9*.py``, no other ``tests/quantities_second_reading_*.py`` and no
``tests/test_quantities_fixes9.py`` was opened or grepped, and ``find_quantities``, the scorer, the pipeline and the
tests never ran on these sentences. Annotated by the written conventions only — the module docstrings of
``storylens.extract.quantities`` and ``storylens.extract.quantities_parse`` (the time rule of session 4 and every later
rule), the ``Q``/``D`` records of ``tests/test_quantities.py`` (every quantity in reading order, nothing extra), and the
earlier tables (``tests/test_quantities.py`` … ``tests/test_quantities_session8b.py``) read or grepped for a shape's
precedent. When: 2026-11-24, 01:44–01:50 UTC by the machine's clock (``date -u`` at the start and at the commit):
one close reading of the conventions and of the session-8 tables, greps of the earlier tables for about thirty shapes,
the 62 rows, then a second pass checking that every number and date word of each sentence is either annotated or
deliberately left out.

The sentences are those printed by ``.venv/bin/python benchmarks/quantities_draw.py thirty-eighth`` (62, in its order),
copied exactly (non-breaking spaces kept as ``\\xa0``); none is dropped. Three scraping leftovers are annotated as they
stand and marked ``# leftover``: a photo caption ("FILE PHOTO: …"), a tweet's signature ("… June 29, 2016</tweet>.") and
a sentence with a link run into it ("… http://on.wsj.com/1lHHbkb."). Published dates are the draw's.

Precedents leaned on: rates drop the counted noun ("five winners, every year" is 5 per year, TWENTY_SECOND; "1,200
soldiers killed or wounded each day" per day; "32,256 new cases per day"); a level with no noun after it is bare ("the
daily average of new coronavirus infections … has fallen below 30,000" under 30,000 with no unit; "climbed to at least
143 on Saturday"); "exceeds 3 million" is over; "within 60 days" is exactly 60 days (TWENTY_EIGHTH's correction);
"between April 15 and May 15" is one interval; "last fall" is the previous September–November ("2,000 antifa … last
fall"); "last night" is the day before publication ("introduced at 11pm last night"); "175km (109-mile) … this week"
dates both figures of a parenthesised conversion; "the last two elections: John McCain in 2008 and Mitt Romney in 2012"
counts the two; "24/7" is no quantity; "the two countries" counts; a report verb's date stays out of what is said
or announced ("…, the Labor Department said Thursday", "…, Dr. Anthony Fauci said Thursday"); a date in one conjunct
dates only that one ("They jumped in June and are up 5.6%"); "Nearly a third of those with jobs" is a percent (about);
"the ‘60s" is a decade; titles standing on their own line are text (THIRTY_FIRST).

Rows genuinely ambiguous under the conventions (13), with the two readings hesitated between (the first is written):

1. "12 annual spending bills each year": 12 per year (a rate, as "five winners, every year") / 12 "annual spending
   bills" (the noun already says annual; "each year" a frame of the verb).
2. "Not one moderator has raised the issue": no quantity (a denial, as "no one") / 1 moderator ("not one" setting the
   count against others, as "only one").
3. "sued Mr. Obama last fall over his decision to twice delay": 2 times dated last fall (a phrase on the dated verb) /
   undated (the delays came before the suit; the infinitive has its own subject, "his").
4. "from the poverty level up to four times that amount": 4 times "up to" (as "up to 25 percent of their sentences") /
   exact (the upper end of a from–to span whose lower end is written as no number).
5. "I even noticed your number: 20.": a bare 20 / no quantity (a number naming, as a jersey's).
6. "North Korea claimed it conducted a … test last September at the … site about 370 km (230 miles) northeast": both
   distances dated last September (a phrase on the dated verb, as "175km (109-mile) … this week") / undated (a fixed
   distance; a parenthesis as an aside).
7. "Sperling issued a New Year’s Day statement saying extending unemployment benefits through the end of 2014 would
   “lead to 200,000 jobs.”": 200,000 undated (2014 sits deep in the gerund subject and dates only it) / dated 2014
   (what extending through 2014 would bring). "New Year’s Day" is written as 2014-01-01 (a holiday on a fixed day; it
   names the statement and frames nothing).
8. "Falling Deficit to Reverse Course in '16": 2016 / no date (an apostrophe year is not among the listed shapes).
9. "A tweet last February" written 2016-03-10: February 2016, the one just past (the New Hampshire loss it refers to
   was in February 2016) / February 2015.
10. "the United States will surpass 600,000 deaths": over 600,000 (as "exceeds") / exactly 600,000 (a threshold).
11. "added just 266,000 jobs in April — a mere fraction of economists’ expectations of nearly a million": the million
   dated April (an apposition on the dated object) / undated.
12. "Pelosi … on Thursday said …, offering her first detailed remarks on her rejection of two Republican lawmakers": the
   2 dated Thursday (a subjectless participle on the dated verb) / undated (the rejection was made the day before).
13. "the number of new cases each day had fallen to a little over 11,000": over 11,000 with no unit (as "the daily
   average … has fallen below 30,000") / 11,000 per day.

Other decisions where the conventions are silent (each written as the reader's answer): "the mass shooting of 20
children and six adults at an elementary school Dec. 14" dates both counts by Dec. 14, nearer than the clause's
"in January"; "Set to open next fall" written in December is the coming autumn and the "where" clause keeps it out of
the $97 million; "the Oscars last night … Groundhog Day" holds one date (the film's "Groundhog Day" is no holiday date);
"was elected … in 1978 and served five terms" leaves the terms undated (the year is in one conjunct); "1 million more
votes" counts votes ("more" is dropped, as "new" is); "for a family of four" is 4 with no noun, as "a
45-year-old mother of four".
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "At the conclusion of the showdown over funding for his border wall, Trump announced that, on top of "
     "the $1.3 billion Congress appropriated, he would tap roughly $3 billion from other sources and declare "
     "an emergency to get access to another $3.6 billion in military construction funds.",
     "2019-03-13",
     [Q(1.3e9, "USD"), Q(3e9, "USD", "about"), Q(3.6e9, "USD", measure="military construction funds")]),
    ("bias", "With the midterm elections 16 months away, senators are exploiting a brief window to dust off bills "
     "that have stalled for years.",
     "2013-06-28",
     [Q(16, "month")]),
    ("bias", "Congress is asked to approve 12 annual spending bills each year to fund the government.",
     "2017-10-15",
     # "12 … bills each year" is a rate, as TWENTY_SECOND's "five winners, every year" (ambiguous)
     [Q(12, "per year")]),
    ("bias", "Instead of focusing on bringing down the costs on everything from college to cable bills, he passed a "
     "bill that helped the rich while adding more than a trillion dollars in debt.",
     "2019-11-06",
     [Q(1e12, "USD", "over", measure="debt")]),
    ("bias", "The United States has about 2,000 troops in Syria backing local forces fighting ISIS.",
     "2018-12-19",
     [Q(2000, "troops", "about")]),
    ("bias", "Bloomberg eyes 2020 presidential run as a Democrat, but can a centrist unite the party?",
     "2018-08-10",
     [D("2020")]),  # a title, kept as THIRTY_FIRST kept one; the year names the run
    ("bias", "That’s a leading question that I have been asked repeatedly from media pundits and Democratic "
     "politicians over the past three years.",
     "2012-10-21",
     [Q(3, "year")]),
    ("bias", "While both men have been subject to grand jury subpoenas issued by the special counsel Robert Mueller, "
     "and Kushner sat for a private meeting with Mueller in November 2017, neither has been charged by "
     "Mueller, as far as is publicly known.",
     "2018-04-24",
     [D("2017-11")]),
    ("bias", "“Not one moderator has raised the issue of poverty or the issue of low credit scores,” he said.",
     "2012-10-17",
     []),  # "Not one moderator" denies any, no count, as "no one" (ambiguous)
    ("bias", "The Obama campaign spent nearly $4,700 on telemarketing services from a Canadian telemarketing company "
     "called Pacific East between March and June, a Washington Free Beacon study of federal election filings "
     "shows.",
     "2012-07-02",
     # "between March and June" is one interval, as "between April 15 and May 15"
     [Q(4700, "USD", "about", "2012-03/2012-06"), D("2012-03/2012-06")]),
    ("bias", "That includes the House of Representatives itself, which sued Mr. Obama last fall over his decision to "
     "twice delay the Affordable Care Act’s insurance mandate on employers and to continue reimbursing "
     "insurers who have reduced co-pays and deductibles for qualified Obamacare enrollees as a condition of "
     "participating in the state-based health care exchanges.",
     "2015-08-26",
     # "twice" sits in a phrase on "sued", whose clause "last fall" dates (ambiguous)
     [D("2014-09/2014-11"), Q(2, "times", time="2014-09/2014-11")]),
    ("bias", "Subsidies, in the form of tax credits, will be available to people with incomes from the poverty level "
     "up to four times that amount ($23,050 to $92,200 for a family of four).",
     "2012-07-08",
     # "up to four times" is up to (ambiguous); "a family of four" is 4 with no noun, as "a mother of four"
     [Q(4, "times", "up to"), Q(23050, "USD", "range", upper=92200), Q(4, None)]),
    ("bias", "Separately, when asked about the frosty relations between the two countries, Trump said, “I hold both "
     "countries responsible. . . .",
     "2018-07-18",
     [Q(2, "countries")]),  # "both countries": "both" is no number
    ("bias", "I even noticed your number: 20.",
     "2020-06-20",
     [Q(20, None)]),  # a bare figure, not a name (ambiguous)
    ("bias", "Feinstein reintroduced the ban in January as a response to the mass shooting of 20 children and six "
     "adults at an elementary school Dec. 14 in Newtown, Conn.",
     "2013-03-19",
     # Dec. 14 after the shooting's noun phrase is nearer the counts than the clause's January
     [D("2013-01"), Q(20, "children", time="2012-12-14"), Q(6, "adults", time="2012-12-14"), D("2012-12-14")]),
    ("bias", "The Cook Political Report identifies four Republican toss-up seats in California, one in Colorado, two "
     "in Illinois, two in Minnesota, one in New Jersey and two in New York.",
     "2018-07-09",
     # "one in Colorado" is set against the other counts
     [Q(4, "Republican toss-up seats"), Q(1, None), Q(2, None), Q(2, None), Q(1, None), Q(2, None)]),
    ("bias", "Nearly half of American children, 48%, are now born to unmarried women.",
     "2013-03-25",
     [Q(50, "percent", "about", measure="American children"), Q(48, "percent")]),
    ("bias", "Now the fraternity says it has no record of anyone working at the aquatic center in 2012, nor a record "
     "of any social event on Sept. 28, 2012, the date in question.",
     "2014-12-06",
     [D("2012"), D("2012-09-28")]),
    ("bias", "North Korea claimed it conducted a successful hydrogen bomb test last September at the mountainous "
     "site about 370 km (230 miles) northeast of Pyongyang, a detonation that Japanese broadcaster TV Asahi "
     "said caused one of the tunnels to collapse.",
     "2018-04-26",
     # the distance is in a phrase on "conducted … last September", the parenthesis restating it, as "175km (109-mile)
     # … this week" (ambiguous); "one of the tunnels" no count
     [D("2017-09"), Q(370, "km", "about", "2017-09"), Q(230, "miles", time="2017-09")]),
    ("bias", "Sperling issued a New Year’s Day statement saying extending unemployment benefits through the end of "
     "2014 would “lead to 200,000 jobs.”",
     "2014-01-06",
     # New Year's Day is a fixed holiday naming the statement; 2014 is deep in the gerund subject and dates only it
     # (ambiguous)
     [D("2014-01-01"), D("2014"), Q(200000, "jobs")]),
    ("bias", "As absurd as all this is, a number of “Justice Democrats” have already signed on: “The media and the "
     "establishment laughed at us and called us crazy — but now 31 Democrats have endorsed the call for a "
     "Select Committee on the #GreenNewDeal.",
     None,
     [Q(31, "Democrats")]),
    ("bias", "And because of Sanders’ widely-publicized struggles courting African-American voters, they're eager to "
     "avoid the perception that his choice to effectively stop campaigning in a state where black voters make "
     "up more than half of the Democratic primary electorate implies he's ceding the black vote to Clinton all "
     "across the country.",
     "2016-02-24",
     [Q(50, "percent", "over", measure="Democratic primary electorate")]),
    ("bias", "“It turns out that the headline, ‘68% of Americans say a vaccine is needed before returning to normal "
     "life, new survey finds,’ is fake news,” Soave wrote, nothing that Grossman first noticed CNN’s "
     "“misinterpretation\" of the poll.",
     None,
     [Q(68, "percent", measure="Americans")]),
    ("bias", "The Defense Department has pledged to renegotiate its 50-year contracts with private real estate "
     "firms.",
     "2019-04-26",
     [Q(50, "year")]),
    ("bias", "\"I understand where Sanders supporters come from,\" said Griebe, who supported Clinton in 2008.",
     "2016-06-06",
     [D("2008")]),
    ("bias", "More than 90,000 people now have died from the virus itself, with tens of thousands more weakened or "
     "crippled from its ravages.",
     "2020-05-22",
     [Q(90000, "people", "over")]),  # "tens of thousands" is no figure
    ("bias", "FILE PHOTO: U.S. President Donald Trump attends Young Black Leadership Summit at the White House in "
     "Washington, U.S., October 4, 2019.",
     "2019-10-08",
     [D("2019-10-04")]),  # leftover: a photo caption
    ("bias", "That terrifying thought is relevant now because the city’s single most important source of electricity "
     "— the Indian Point Energy Center, which sits about 40 miles due north of Times Square in Westchester "
     "County— is being permanently shuttered.",
     "2020-04-06",
     [Q(40, "miles", "about")]),
    ("polnear", "An early tweet quoted the president as saying “Need to do something not to debate the last shooting "
     "but to prevent the next one!”",
     "2016-01-05",
     []),
    ("polnear", "I have 1 million more votes than Donald Trump and I have 2.5 million more votes than Bernie "
     "Sanders,” Clinton said.",
     "2016-04-01",
     [Q(1e6, "votes"), Q(2.5e6, "votes")]),  # "more" is dropped from the counted noun
    ("polnear", "SIGN UP FOR OUR NEWSLETTER — Donald J. Trump (@realDonaldTrump) June 29, 2016</tweet>.",
     "2016-06-29",
     [D("2016-06-29")]),  # leftover: a tweet's signature
    ("polnear", "Trump May Not Have Suggested A Muslim Registry, But He Fully Supported One.",
     "2015-11-20",
     []),  # a title; "May" is the modal, "One" a pronoun
    ("polnear", "Scarborough also asked Clinton if Trump benefits from a kind of double standard, seeing as "
     "investigative reports and attacks on his personal life, business failures and alleged fraudulent schemes "
     "have bounced off him while any and all allegations against her have gotten 24/7 media coverage going "
     "back nearly 25 years.",
     "2016-02-26",
     [Q(25, "year", "about")]),  # "24/7" is no quantity, as in TWENTY_SECOND
    ("polnear", "Hillary Clinton wants to bring back the 1990s.",
     "2016-05-24",
     [D("1990s")]),
    ("polnear", "Falling Deficit to Reverse Course in '16 as U.S. Ages.",
     "2016-01-20",
     [D("2016")]),  # a title; "'16" is the year, as "the ‘60s" is a decade (ambiguous)
    ("polnear", "And in an experiment with British doctors, a daylong series of simulations, such as interaction "
     "with an actor playing a sick patient, more accurately predicted their future performance than a "
     "90-minute test.",
     "2016-04-20",
     [Q(90, "minute")]),
    ("polnear", "And as if to hand Republicans uneasy with Mr. Trump's candidacy new reasons to be skeptical, his "
     "campaign offered a halting response on Tuesday to questions about why Ms. Trump's speech featured "
     "passages from Mrs. Obama's 2008 address at the Democratic convention.",
     "2016-07-21",
     [D("2016-07-19"), D("2008")]),
    ("polnear", "Set to open next fall, the long-term installation, 'New York at Its Core,' will take up the entire "
     "first floor of the museum’s building on Fifth Avenue between 103rd and 104th streets, where a $97 "
     "million renovation project under the current director, Susan Henshaw Jones, is drawing to a close.\" "
     "http://on.wsj.com/1lHHbkb.",
     "2015-12-11",
     # leftover: a link run into the sentence; the "where" clause keeps "next fall" out of the $97 million
     [D("2016-09/2016-11"), Q(97e6, "USD")]),
    ("polnear", "Perhaps the one that made Bill Clinton the angriest: A tweet last February, in reference to a "
     "POLITICO article about internal frustrations with the campaign operation after the blowout loss in New "
     "Hampshire — “When the exact same problems crop up in separate campaigns, with different staff, at what "
     "point do the principals say, ‘Hey, maybe it’s US’?”",
     "2016-03-10",
     [D("2016-02")]),  # "last February" written in March is the one just past (ambiguous)
    ("polnear", "The club has been a significant money-maker for Trump, however — he reported earning $132 million "
     "from the club on his financial disclosure form, making it by far the most valuable of his golf course "
     "properties.",
     "2016-06-01",
     [Q(132e6, "USD")]),
    ("polnear", "I think we need him back in the Senate,\" Hannity said during a panel on his show after the "
     "first-term senator easily won his Senate primary, remarking that while there are \"still some "
     "conservatives angry over comprehensive immigration reform,\" Rubio already \"paid a very heavy political "
     "price in this 2016 [presidential] primary on that issue and he said he made a mistake.\"",
     "2016-08-31",
     [D("2016")]),
    ("polnear", "The last two Republican winners, Huckabee in 2008 and former Pennsylvania senator Rick Santorum in "
     "2012, didn't end up as the nominee.",
     "2016-02-02",
     [Q(2, "Republican winners"), D("2008"), D("2012")]),  # as "the last two elections: John McCain in 2008 …"
    ("allsides", "Facebook's Oversight Board decided Wednesday morning to uphold the site's ban of former President "
     "Donald Trump's account -- but the Board also ordered a new review of the \"indefinite suspension\" to "
     "take place within six months, leaving the door open slightly for a future Trump reinstatement.",
     "2021-05-05",
     [D("2021-05-05"), Q(6, "month")]),  # "within six months" is exactly 6, as "within 60 days"
    ("allsides", "In the next few days, the United States will surpass 600,000 deaths from Covid-19, the\xa0highest "
     "known death toll in the world.",
     "2021-06-15",
     # "will surpass" is over, as "exceeds 3 million" (ambiguous); "the next few days" no date
     [Q(600000, "deaths", "over")]),
    ("allsides", "The two defense officials may not have persuaded those who wanted to continue an unwinnable war in "
     "Afghanistan, but they certainly put President Biden’s decision-making in context.",
     "2021-09-29",
     [Q(2, "defense officials")]),
    ("allsides", "The U.S. economy added just 266,000 jobs in April — a mere fraction of economists’ expectations of "
     "nearly a million, and unemployment ticked up instead of dropping as predicted.",
     "2021-05-07",
     # the expectations are an apposition on the dated object (ambiguous)
     [Q(266000, "jobs", time="2021-04"), D("2021-04"), Q(1e6, None, "about", "2021-04")]),
    ("allsides", "House Speaker\xa0Nancy Pelosi\xa0(D-Calif.) on Thursday said the panel looking into the Jan. 6 "
     "attack on the Capitol “will not let\" GOP \"antics stand in the way” of the investigation, offering her "
     "first detailed remarks on her rejection of two Republican lawmakers for the committee.",
     "2021-07-22",
     # "offering …" is a subjectless participle on the dated "said" (ambiguous)
     [D("2021-07-22"), D("2021-01-06"), Q(2, "Republican lawmakers", time="2021-07-22")]),
    ("allsides", "By the numbers:\xa0The U.S. is now averaging roughly 114,000 new cases per day.",
     "2021-09-30",
     [Q(114000, "per day", "about")]),  # as "32,256 new cases per day"
    ("allsides", "Over the past six days, the insurgents have overrun nine provincial capitals across the country, "
     "most of them clustered in the north, in a major escalation of their military offensive and a devastating "
     "setback for the Afghan government.",
     "2021-08-11",
     [Q(6, "day"), Q(9, "provincial capitals")]),
    ("allsides", "The weekly unemployment claims report from the Labor Department on Thursday, the most timely data "
     "on the economy's health, also showed the number of people on state jobless rolls dropped in early August "
     "to levels last seen in mid-March 2020, when the economy almost ground to a halt amid mandatory business "
     "closures aimed...",
     "2021-08-19",
     [D("2021-08-19"), D("2021-08"), D("2020-03")]),
    ("allsides", "The death toll from disastrous flooding in Western Europe rose above 150 on Saturday as rescue "
     "workers toiled to clear up the devastation revealed by receding water and prevent further damage.",
     "2021-07-17",
     [Q(150, None, "over", "2021-07-17"), D("2021-07-17")]),  # as "climbed to at least 143 on Saturday"
    ("allsides", "Warner, a Republican, was elected to the Senate in 1978 and served five terms.",
     "2021-05-26",
     [D("1978"), Q(5, "terms")]),  # the year dates only its own conjunct
    ("allsides", "\"The 2020 presidential election was not stolen.",
     "2021-05-04",
     [D("2020")]),
    ("allsides", "Fauci spoke on CNN’s “State of the Union” about COVID-19 and was asked about one projection that "
     "suggests cases will continue rising if more Americans don’t get vaccinated.",
     "2021-07-26",
     []),  # "one projection" is "a certain"
    ("allsides", "On Sunday, the\xa0New York Post\xa0publicized images of Obama dancing without a mask from his 60th "
     "birthday celebration on Saturday.",
     "2021-08-09",
     [D("2021-08-08"), D("2021-08-07")]),
    ("allsides", "The ransomware group\xa0REvil\xa0has demanded a $70 million payment\xa0in Bitcoin\xa0for a "
     "decryptor tool following its attack on the\xa0software vendor Kaseya, cyber researchers say.",
     "2021-07-05",
     [Q(70e6, "USD")]),
    ("allsides", "The United States government is planning to give 60 million doses of the AstraZeneca COVID-19 "
     "vaccine to countries around the world, The White House announced on Monday.",
     "2021-04-26",
     [Q(60e6, "doses"), D("2021-04-26")]),  # what is announced keeps Monday out
    ("allsides", "More than 450 miles had been built during the Trump administration and approximately 350 miles was "
     "already funded -- some of that with money diverted from the Defense Department.",
     "2021-05-01",
     [Q(450, "miles", "over"), Q(350, "miles", "about")]),
    ("allsides", "After more than a year of worry and restrictions that followed the emergence of "
     "the\xa0coronavirus, the number of new cases each day had fallen to a little over 11,000, the lowest "
     "level since the virus first emerged in March 2020.",
     "2021-07-13",
     # no noun after the level, as "the daily average … has fallen below 30,000" (ambiguous); March 2020 a baseline
     [Q(1, "year", "over"), Q(11000, None, "over"), D("2020-03")]),
    ("allsides", "The new rules championed by President\xa0Emmanuel Macron\xa0make it obligatory to have either a "
     "full course of vaccination against\xa0Covid-19, be in possession of a negative test or be recently "
     "recovered from the virus to enjoy usually routine activities.",
     "2021-08-08",
     []),
    ("allsides", "The suspect, identified as North Carolina resident Floyd Ray Roseberry from Grover, was taken into "
     "police custody at about 2:30 p.m. local time – more than five hours after police received a report of a "
     "suspicious vehicle parked in the area of Independence Avenue and First Street, sources...",
     "2021-08-19",
     [Q(5, "hour", "over")]),  # a time of day is no quantity
    ("allsides", "One of the Oscars last night went to a short film, Two Distant Strangers, about a black guy who "
     "keeps getting killed by police, over and over: It was a Black Lives Matter Groundhog Day.",
     "2021-04-26",
     [D("2021-04-25")]),  # "last night" is the day before publication; titles and "Groundhog Day" name
]
