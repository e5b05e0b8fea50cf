"""Quantities: a second, independent reading of draw FORTY_THIRD (issue 4), to measure how far two readers agree.

Read by a second reader (a helper of session 10), blind to the first reading (``tests/test_quantities_session10d.py``)
and to the rules' output: ``find_quantities``, the scorer, the pipeline and every test were never run on these
sentences. Written on 2026-11-24 from 04:10 UTC to the commit at 04:15 UTC by the machine's clock (reading the
conventions and precedents first, then the 59 sentences, then a second pass over every row), from ``git show
ee6ead0:docs/quantities.md``, the module docstrings of ``storylens.extract.quantities`` and ``quantities_parse``,
``tests/test_quantities.py`` and the earlier tables (sessions 3–9) as precedents. The sentences are exactly as
``benchmarks/quantities_draw.py forty-third`` prints them (59 sentences, not 62: the draw prints 59), every one
annotated, none dropped; the one scraping leftover (a photo caption) is annotated as it stands and marked
``# leftover``.

Disclosure: one grep for precedents ("twice", "Group 72") was written with a glob,
``tests/test_quantities_session*.py``, that also matched this session's first readings, and printed two comment lines of
``test_quantities_session10d.py`` (the first reader's notes on the "read the translation twice … ted days ago" row and
on the "Local 229" row) and one of ``test_quantities_session10f.py`` (another draw). The annotations of those two rows
had been written (04:13:36 UTC, the file generating this table) before that grep ran and were not changed after it; no
other line of any first reading was seen. The lead may wish to leave those two rows out of the agreement figure.

Precedents leaned on (each named in the comment above its row): the time rule's rules 2, 3, 4 and 5 (a date in one
conjunct dates only that one; a relative clause on what a share is of dates the share, NINETEENTH's "41 percent of
voters surveyed … this week"; what is said keeps the saying's day out; a date before its noun names a thing); TABLE's
"just six percent support …, according to a Des Moines Register poll released Saturday" (a poll's own date inside
"according to" leaves the share undated); TABLE's "individuals 65 years and older" (at least) and "Pelosi, 76," (an age,
undated); SIXTH's "twice offered" (2 times); FOURTH's "from Day One" (a name); TWENTY_SECOND's "a couple of paragraphs"
(no figure); THIRTY_THIRD's "on one side … the other" and "at least one important score"; TWELFTH's "two extremely
different candidates" against session 9's dropped bare "different"; NINETEENTH's "four of his kids" (a count with no
noun); FINAL's "(4) President Obama" (a list marker); THIRTY_EIGHTH's "1 million more votes"; THIRTY_FOURTH's "a minimum
wage hike — from $7.25 to $10.10" and session 9's "from 45 to 29 stories" (a change: the level now, then a target; the
unit written once, on the second); THIRTY_FIRST's "by the end of June" (a target when it lies ahead); TWENTY_SEVENTH's
"Group 72" (a name); SEVENTEENTH's "2014-2016" (one interval); TABLE's "through April 9" (a day and month with no
publication date: "--04-09", not relative).

Rows found genuinely ambiguous under the conventions (11; the reading written first, the other after "or"):
- "a fetus can feel pain at 20 weeks gestation and later": at least 20 weeks (as "65 years and older"), or exactly 20.
- "beginning around ted days ago, two weeks ago, ten days ago": "ted" gives no figure as it stands, or it is a slip for
  "ten" (about 10 days).
- "reclaimed about 25% of the territory that had been captured last year": the share dated 2014 by the relative clause
  on what it is of (rule 3, as "41 percent of voters surveyed … this week"), or undated (the reclaiming, not the
  capture, is when the share holds, and what the Pentagon said keeps Monday out).
- "blend … into one series, then play it at 1.5 speed": unit "speed" (the noun written after the number), or a multiple,
  "times"; and "one series" counted (set against the three shows and other figures), or an article.
- "the more ambitious 1.5C goal": exact, or a target (a goal's level; no "by" date or verb of change reaches it).
- "two (non-Secret Service) personnel": counted noun "personnel" (the aside in parentheses left out), or the aside kept.
- "this increase in Syria from 50 to 300 Special Operations Forces": a noun of change, the level now and a target, or
  two exact levels (the increase had already been announced when written).
- "two fundamentally different views": "fundamentally different views" (TWELFTH's "extremely different candidates"), or
  "views" (a bare "different" drops since session 9).
- "touted just a couple of years earlier": no figure (TWENTY_SECOND's "a couple of paragraphs"), or 2 years.
- "at one point as low as 19%": at least (the mirror of "as many as", which is up to), or exact (the level reached).
- "Sarah Palin Unleashed 4 Words On Them" (a headline): unit "Words" as written, or "words".

Decisions where the conventions are silent, besides those: the caption "… on Monday, December 19." is one date; "$1,000
more of their own money every year" is a rate and "more" is additional (exact); "the last three years" is a span; "51
years ago on Sunday" is a span from a point (undated) and the Sunday before writing; "— of seven —" counts the group
with no noun; "minus 41" is -41 with no unit; "only three GOP senators will have done so by the end of next week",
written on a Monday, is a target dated by the next ISO week.
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", '"Twenty-one mariners from the M/V Kokuka Courageous, who abandoned ship, were rescued and are '
     'currently aboard Bainbridge," the Navy said in a statement.',
     "2019-06-13",
     [Q(21, "mariners")]),
    # "at 20 weeks gestation and later" is at least 20 weeks, as "individuals 65 years and older" (TABLE) is at least 65
    ("bias", "The bill is a top priority of anti-abortion groups, which argue a fetus can feel pain at 20 weeks "
     "gestation and later.",
     "2017-10-03",
     [Q(20, "week", "at least")]),
    # "from Day One" names a day, no count (FOURTH's "from Day One of the Trump campaign")
    ("bias", "“He’s ready to get to work; however, the media from Day One has been talking about delegitimizing "
     "the election, talking about the Russians, talking about everything you can imagine except for the "
     "fact that we need to move this country forward.”",
     "2017-01-22",
     []),
    # leftover: a photo caption (TWENTY_EIGHTH dropped its like; annotated here as it stands): "Monday, December 19" is
    # one date, the Monday before publication
    ("bias", "Andrey Karlov, the Russian ambassador to Turkey, speaks at the opening ceremony of a photo exhibit "
     "in Ankara, Turkey, on Monday, December 19.",
     "2016-12-20",
     [D("2016-12-19")]),
    # "twice" is 2 times (SIXTH's "twice offered words of support"); "ted days ago" is a typo the text leaves unreadable
    # as it stands, so no figure (read as "ten" it would be about 10 days); "once again" is no count; spans "ago"
    # undated
    ("bias", "But I have read the translation twice, the day they were given to me, and I have also -- beginning "
     "around ted days ago, two weeks ago, ten days ago -- that I reviewed once again all the intel we "
     "have.",
     "2018-11-29",
     [Q(2, "times"), Q(2, "week"), Q(10, "day")]),
    # what the Pentagon said keeps Monday out (rule 4); the relative clause dated "last year" is on what the share is
    # of, so it dates the share, as NINETEENTH's "41 percent of voters surveyed … this week" (rule 3)
    ("bias", "The Pentagon said Monday that Iraq's armed forces, backed by U.S. airstrikes, reclaimed about 25% of "
     "the territory that had been captured last year by the Islamic State.",
     "2015-04-15",
     [D("2015-04-13"), Q(25, "percent", "about", "2014"), D("2014")]),
    # "debuted in 2018 and now has three seasons": the date sits in the first conjunct only (rule 2); "one series" is
    # set against the three shows and other figures, so it counts; "1.5 speed" keeps the noun written after it as unit
    ("bias", "The series Babylon Berlin, which debuted in 2018 and now has three seasons available to stream on "
     "Netflix, sometimes feels like an attempt to blend The Wire, Mad Men, and Lost into one series, then "
     "play it at 1.5 speed.",
     "2020-06-11",
     [D("2018"), Q(3, "seasons"), Q(1, "series"), Q(1.5, "speed")]),
    # "from one end … to the other" sets a pair's members apart, no count (THIRTY_THIRD's "on one side … the other")
    ("bias", "Just the day before, the resolution for American independence had passed a committee on which Adams "
     'served; he believed the committee vote should "be commemorated, as the day of deliverance" in which '
     'future Americans took part in "shows, games, sports, guns, bells, bonfires and illuminations from '
     'one end of this continent to the other from this time forward evermore."',
     "2017-09-14",
     []),
    ("bias", "Both of these facts are decidedly relevant when considering the former New York City mayor's "
     "reported preparations to make a late entrance into the 2020 Democratic primary race.",
     "2019-11-08",
     [D("2020")]),
    # "$1,000 more of their own money every year" is a rate (TWENTY_FIRST's "five winners, every year"); "more" is
    # additional, exact, as THIRTY_EIGHTH's "1 million more votes"
    ("bias", "But legislation can help or hurt, and a bill that allows American families who typically don’t have "
     "$1,000 to spare to keep $1,000 more of their own money every year is a bill that’s likely to help, "
     "and if a struggling family uses that money wisely, it can even help a lot.",
     "2017-12-21",
     [Q(1000, "USD"), Q(1000, "USD per year")]),
    # "released Monday", written on that Monday, is the day itself; "his July trip" names the trip (2012)
    ("bias", "In the new ad released Monday, the Obama camp highlighted critical news reports of the way Mr. "
     "Romney stumbled through his July trip to Britain, Israel and Poland, and the biting commentary of "
     "Anthony Cordesman, a McCain adviser from the 2008 presidential campaign, who said the former "
     "Massachusetts governor’s response to the attack on the U.S. Consulate in Libya was “the worst "
     "possible reaction.”",
     "2012-10-08",
     [D("2012-10-08"), D("2012-07"), D("2008")]),
    # "the two sides" counts, as SEVENTH's "the two sides remain too far apart"
    ("bias", "Zhong was part of the Chinese team at previous rounds of negotiations, but recently he’s been "
     "specifically mentioned in the official readouts of phone calls between the two sides, spurring "
     "speculation that he may now have a more prominent role in the talks.",
     "2019-07-23",
     [Q(2, "sides")]),
    ("bias", "She refused to concede her narrow but clear 2018 gubernatorial loss, instead alleging she’d been "
     "undone by a massive voter suppression scheme.",
     "2020-05-18",
     [D("2018")]),
    ("bias", 'Democrats said it was because of the chance of thunderstorms and that like the "65,000 people who '
     'signed up for community credentials," they were disappointed.',
     "2012-09-05",
     [Q(65000, "people")]),
    ("bias", "Usually, Border Patrol hands them over to Immigration and Customs Enforcement, which can detain "
     "families for up to 20 days.",
     "2019-03-30",
     [Q(20, "day", "up to")]),
    # "1.5C" is degrees Celsius (the module docstring's "1.2C"); a goal's level is no target by the conventions (no "by"
    # date, no verb of change reaching it), so exact
    ("bias", "Shindell would not share exact details of the IPCC report, but he said that the more ambitious 1.5C "
     "goal would require a precipitous drop in greenhouse emissions triggered by a rapid phaseout of "
     "fossil fuels, particularly coal, mass deployment of solar and wind energy and the eradication of "
     "emissions from cars, trucks and airplanes.",
     "2018-09-26",
     [Q(1.5, "degrees Celsius")]),
    # "competing" is an adjective before the head and stays, as THIRTY_FIFTH's "three major spending proposals"
    ("bias", "Grassley had previously urged supporters of two competing special counsel bills to strike an "
     "agreement and merge their proposals.",
     "2018-04-18",
     [Q(2, "competing special counsel bills")]),
    # "one senior Republican aide told" is "a certain" aide (as the module docstring's "One GOP senator said"): no count
    ("bias", "The grief was already starting to emerge on Wednesday, with one senior Republican aide told "
     "POLITICO, “If the underlying thinking with the move is to better enable Donald being Donald, he is "
     'toast."',
     "2016-08-17",
     [D("2016-08-17")]),
    ("bias", "Do I sense a different attitude in the Senate Democrats who've for the first time in four years "
     "passed a budget?",
     "2013-04-11",
     [Q(4, "year")]),
    # "a week of huge swings" is no figure (TABLE's "after a day of behind-the-scenes haggling")
    ("bias", "Wall Street’s main stock indexes climbed more than 1 percent on Friday, giving investors some solace "
     "after a week of huge swings that shook the market out of months of calm.",
     "2018-02-10",
     [Q(1, "percent", "over", "2018-02-09"), D("2018-02-09")]),
    # "single-digit support" is no figure
    ("bias", "The dual endorsement, a break in convention for the Times, comes just two weeks before the first "
     "primary contests in Iowa and New Hampshire, where Warren has remained a top contender while "
     "Klobuchar has struggled to break out of single-digit support.",
     "2020-01-19",
     [Q(2, "week")]),
    # "the April incident" names the incident (2012); the aside in parentheses is left out of the counted noun
    ("bias", "Charles Edwards, the acting inspector general for the Department of Homeland Security, wrote in a "
     'letter to Sen. Susan Collins that his office\'s investigation into the April incident found "a hotel '
     "registry that suggests that two (non-Secret Service) personnel may have had contact with foreign "
     'nationals."',
     "2012-09-21",
     [D("2012-04"), Q(2, "personnel")]),
    # "at least one event" counts, as THIRTY_THIRD's "at least one important score"
    ("bias", "Moreover, Manafort took part in at least one event that has attracted endless discussion: the June "
     "2016 meeting at which he and other top campaign leaders hosted the delegation of Russians following "
     "an offer of dirt on Hillary Clinton.",
     "2018-12-15",
     [Q(1, "event", "at least"), D("2016-06")]),
    ("bias", "They ordered the president to restart the program, at least in terms of renewing two-year amnesties "
     "for people who have been previously approved for DACA.",
     "2018-06-09",
     [Q(2, "year")]),
    # two sentences the sampler's splitter joined ("… in 2016.“It’s simple,” …"), kept as THIRTY_THIRD kept such a pair;
    # "in 2016" (no "by") sets no target
    ("bias", "The Democrat is rumored to be positioning himself for a run for the Democratic presidential "
     "nomination in 2016.“It’s simple,” Cuomo, himself a gun owner, proclaimed.",
     "2013-01-10",
     [D("2016")]),
    ("bias", '"On June 17, 2017, the President called McGahn at home and directed him to call the Acting Attorney '
     "General and say that the Special Counsel had conflicts of interest and must be removed.",
     "2019-04-19",
     [D("2017-06-17")]),
    # "a strong one" and "decades" hold no figure
    ("bias", "The alliance between Russia and Syria is a strong one; it goes back decades.",
     "2017-04-14",
     []),
    ("bias", "The Chamber of Commerce, a business federation, estimated the new regulations will cost the economy "
     "$50 billion a year.",
     "2014-06-02",
     [Q(50e9, "USD per year")]),
    ("bias", "The $60 million includes money raised directly by his campaign and by the Democratic National "
     "Committee.",
     "2012-06-07",
     [Q(60e6, "USD")]),
    ("bias", "They clearly want Trump to be the nominee because they think they can beat him easily,” said Mr. "
     "Williams, who worked for the campaign of 2012 Republican nominee Mitt Romney.",
     "2015-12-21",
     [D("2012")]),
    # "Carvey, 63," is an age, undated, as TABLE's "Pelosi, 76,"; "1986-1993" one interval, as SEVENTEENTH's "2014-2016"
    ("bias", 'Carvey, 63, starred on "SNL" from 1986-1993, is arguably best known for his portrayal of the former '
     "president.",
     "2018-12-01",
     [Q(63, None), D("1986/1993")]),
    # "one of the paper's op-ed columnists" is one of a group, no count
    ("bias", "The cartoon, and the Times' attitude towards Israel, was criticized in a column posted Sunday by "
     "Bret Stephens , one of the paper's op-ed columnists.",
     "2019-04-28",
     [D("2019-04-28")]),
    # a noun of change "from" a level "to" another: the level now, exact, then a target (THIRTY_FOURTH's "a minimum wage
    # hike — from $7.25 to $10.10"); the unit is written on the second only, as "from 45 to 29 stories" (fixes9)
    ("bias", "With Obama making no secret of his desire to keep US out of another war in the Middle East, this "
     "increase in Syria from 50 to 300 Special Operations Forces is seen as a relatively low-risk gambit.",
     "2016-04-25",
     [Q(50, None), Q(300, "Special Operations Forces", "target")]),
    # "one kind … another kind" sets a pair's members apart, no count (THIRTY_THIRD's "on one side … the other")
    ("bias", "“Yet we’re able to sort of keep those two ideas in our head: that there’s one kind of alcohol "
     "consumption that can just put [people] to sleep, and there’s another kind that can cause violence.",
     None,
     [Q(2, "ideas")]),
    # "a couple of years" is no figure (TWENTY_SECOND's "a couple of paragraphs"); "one of the … young guns" no count
    ("bias", "That was, of course, Rep. Eric Cantor of Virginia, the House majority leader, who had been touted "
     'just a couple of years earlier as one of the conservative Republican "young guns," the future of the '
     "party.",
     "2016-10-12",
     []),
    # "fundamentally different" keeps its adverb, as TWELFTH's "two extremely different candidates" (a bare "different"
    # drops)
    ("bias", "Voters have a choice, he declared, between “two fundamentally different views of which direction "
     "America should take.”",
     "2012-06-18",
     [Q(2, "fundamentally different views")]),
    # "— of seven —" is the group the opponent is one of, no noun written, as NINETEENTH's "four of his kids" (a bare 4)
    ("bias", "The voters’ support for the Second Amendment has become so important again that Mr. Cornyn’s most "
     "well-known primary opponent — of seven — is trying to outgun him in the campaign.",
     "2014-01-15",
     [Q(7, None)]),
    # "(2)" opening the sentence is a list marker, no figure, as FINAL's "(4) President Obama maintains …"; "2.3 million
    # more Hispanics" counts Hispanics, as THIRTY_EIGHTH's "1 million more votes"; "the last three years" a span,
    # undated
    ("bias", "(2) The economic policies of the last three years have left the Hispanic community disproportionally "
     "unemployed; in fact, 2.3 million more Hispanics now live in poverty.",
     "2012-06-22",
     [Q(3, "year"), Q(2.3e6, "Hispanics")]),
    # a bare "different" drops from the counted noun (the session-9 ruling on "separate", "other", "different"); the
    # opening year modifies the verb and so dates its subject's count (rule 1)
    ("bias", "In 2002, reports from four different detainees held by foreign governments provided important "
     "information about the courier's age, physical appearance and family, information that was also "
     "acquired prior to any information about the courier being obtained from CIA detainees.",
     "2014-12-10",
     [D("2002"), Q(4, "detainees", time="2002")]),
    ("bias", "Rancor ruled in the first session of the 113th Congress with few bills passed and sent to the "
     "president.",
     "2014-01-05",
     []),
    # no publication date: a day and month keep an unknown year, as TABLE's "through April 9" ("--04-09")
    ("bias", "Turkey has been intensifying its military activity near positions held by Kurdish fighters since "
     "President Trump's withdrawal announcement on 19 December.",
     None,
     [D("--12-19")]),
    # "Local 229" names a union local, as TWENTY_SEVENTH's "Group 72"
    ("bias", "The NLRB found that the union’s conduct violated the secondary boycott ban, and subsequently entered "
     "a cease and desist order against Local 229.",
     None,
     []),
    # "by the end of next week" (written on a Monday, ISO week 14) lies ahead: a target, the week after, as
    # THIRTY_FIRST's "by the end of June" written in May; the three who will have done so by then are its target
    ("bias", "While Democrats have nudged more than a dozen Senate Republicans toward meeting with Garland, it "
     "appears only three GOP senators will have done so by the end of next week.",
     "2016-04-04",
     [Q(12, "Senate Republicans", "over"), Q(3, "GOP senators", "target", "2016-W15"), D("2016-W15", "target")]),
    ("bias", "Mr. Trump said during the campaign that he would give states $20 billion to support low-income "
     "students attending the school of their choice, including a private school.",
     "2016-12-07",
     [Q(20e9, "USD")]),
    # "51 years ago on Sunday": a span from a point, undated; Sunday the one before writing (a Tuesday)
    ("bias", '"Transgender women of color led the uprising at the Stonewall Inn 51 years ago on Sunday," The New '
     "York Times claimed, though the paper later ghost-edited that line and appended a correction.",
     "2020-06-30",
     [Q(51, "year"), D("2020-06-28")]),
    # "a September Civic Science poll" names the poll before its noun: it frames nothing (rule 5)
    ("bias", "Still, an overall change in voters attitudes toward recreational marijuana -- 58 percent nationwide "
     "said they would support a measure legalizing, regulating and taxing pot like alcohol in their state "
     "in a September Civic Science poll -- is making it easier to gather support for new initiatives.",
     "2014-09-15",
     [Q(58, "percent"), D("2014-09")]),
    ("bias", "According to the Joint Declaration released by the State Department, 6,000 Mexican National Guard "
     "members are heading to the Guatemalan border and throughout the country.",
     "2019-06-10",
     [Q(6000, "Mexican National Guard members")]),
    # a past verb of change reaching a level tells the level, exact
    ("bias", "The unemployment rate fell to 5.4 percent.",
     "2015-05-08",
     [Q(5.4, "percent")]),
    ("polnear", "The USFL folded in 1986 after an attempt to compete directly with the NFL failed.",
     "2016-02-08",
     [D("1986")]),
    ("polnear", "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are missing.”",
     "2016-07-27",
     [Q(30000, "emails")]),
    # "the early 2000s" is the decade, as THIRTEENTH's "the early 2000s in the House"
    ("polnear", "The advocacy group Campaign for an Independent and Neutral Switzerland, or AUNS, in which Blocher "
     "played a founding role, and which supported his rise in the the early 2000s, is planning a "
     "referendum to re-introduce systematic border controls and return the country to pre-Schengen terms.",
     "2016-03-21",
     [D("2000s")]),
    ("polnear", "But the broad direction of their proposals - toward taxing spending rather than income - is one that "
     "many economists in both parties applaud.",
     "2015-11-24",
     []),
    # "Some 55 percent" is about (NINTH's "Some 200 foreigners"); the poll's own date, inside "according to", does not
    # date the share, as TABLE's "just six percent support …, according to a Des Moines Register poll released Saturday"
    ("polnear", "Some 55 percent of voters nationwide said they do not believe Mrs. Clinton ''cares about people like "
     "me,'' according to a Quinnipiac poll conducted in February.",
     "2016-05-18",
     [Q(55, "percent", "about"), D("2016-02")]),
    ("polnear", "With an uncomfortably tight race in Iowa days ahead of the Feb. 1 caucus, the super PAC backing "
     "Hillary Clinton is using some of its muscle to try and undo a damaging narrative that the Democratic "
     "front-runner is beholden to Wall Street.",
     "2016-01-19",
     [D("2016-02-01")]),
    # "the two of them" counts without a noun, as NINETEENTH's "four of his kids"
    ("polnear", "People close to both Clinton’s camp and the White House don’t expect to see the two of them "
     "appearing on the same stage much more, but the candidate’s friends and political allies expect the "
     "president to leverage his high popularity with reliable Democratic voters, to drive up blue turnout "
     "in the battleground states.",
     "2016-07-08",
     [Q(2, None)]),
    # "at one point" is no count; "as low as" bounds from below, the mirror of "as many as" (up to): at least
    ("polnear", "She didn't really care about the criticism but she really cared if her low approval ratings (at one "
     "point as low as 19%, Gutin says) hurt her husband.",
     "2016-03-07",
     [Q(19, "percent", "at least")]),
    # "minus" negates the figure (session 9's "down a minus 2 percent"); no unit written
    ("polnear", "Her only salvation is that Trump's net negative is minus 41.",
     "2016-04-20",
     [Q(-41, None)]),
    # a headline: the counted noun keeps its capital as written (units keep their case: "GOP senators")
    ("polnear", "After ISIS’ Death Order On Down Syndrome Babies, Sarah Palin Unleashed 4 Words On Them.",
     "2015-12-16",
     [Q(4, "Words")]),
    ("polnear", "“If Hillary Clinton, after this attack, still cannot say the two words ‘Radical Islam’ she should "
     "get out of this race for the Presidency,” Trump said.",
     "2016-06-13",
     [Q(2, "words")]),
]
