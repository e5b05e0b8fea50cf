"""Quantities, session 10, round two (first of three blind draws): FORTY_THIRD, annotated by hand before the rules ran.

FORTY_THIRD was drawn while another session-10 task changed the rules (``src/storylens/extract/quantities*.py``), one
of three blind draws made at the same time by different hands (``tests/test_quantities_session10d.py`` … ``10f``,
unread by each other). The annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any
test running it) ever read these sentences, and the table is first run once, on the rules frozen at the end of that
work. ``benchmarks/quantities_score.py --exclude-session10d`` leaves it out (neither scored nor parsed), so that
whoever changes the rules while it is blind never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-third`` (bias-corpus articles 290 and 520 modulo 700, PolNeAR
*train* texts 36 modulo 70; AllSides and BASIL are used up; every text of the tables up to FORTY_SECOND skipped). The
PolNeAR loop ran out of unused texts after 11 picks (of the 14 asked), so the draw holds 59 sentences (48 bias, 11
PolNeAR). One is dropped as a scraping leftover, and none was drawn in its place: a photo caption printed twice under
the article's pictures ("Andrey Karlov, the Russian ambassador to Turkey, speaks at the opening ceremony of a photo
exhibit in Ankara, Turkey, on Monday, December 19.": a present-tense picture description closed by its date, as
FORTY_FIRST dropped "Senator Susan Collins speaks to reporters …, October 5, 2018."). The table has 58 sentences (47
bias, 11 PolNeAR). Kept, as earlier tables kept their like: PolNeAR's title line "After ISIS’ Death Order On Down
Syndrome Babies, Sarah Palin Unleashed 4 Words On Them." (a title standing on its own line is text, as THIRTY_FIRST
kept one); two sentences the source ran together ("… in 2016.“It’s simple,” Cuomo …", as THIRTY_NINTH kept "he
said.Trump closed"); an opening quote mark without its close; a list marker ("(2) The economic policies …", as FINAL
kept "(4) President Obama …"); a speaker's slip ("beginning around ted days ago"); a doubled article ("in the the
early 2000s"). Published dates are the sources' own (two bias-corpus articles have none).

Expectations follow the conventions of the quantities module docstrings (its time rule above all),
``docs/quantities.md`` and the earlier tables; each row where the reader decided something has a comment above it
naming the precedent followed. Where the conventions say nothing, the reader's answer was written:

- "reclaimed about 25% of the territory that had been captured last year" dates the share by last year (2014): a
  relative clause on what a share is of dates the share, as a participle there does (NINETEENTH's "41 percent of voters
  surveyed … this week"), rule 3 naming relative clauses on a counted noun; what the Pentagon "said Monday" is a clause
  of its own, so Monday dates the saying only.
- "play it at 1.5 speed" is a multiple of the normal speed, 1.5 "times" (as "twice as likely" is 2 times, SIXTEENTH);
  "blend The Wire, Mad Men, and Lost into one series" counts 1 series (three shows into one, and other figures in the
  sentence: the "one" convention).
- "two (non-Secret Service) personnel" keeps its parenthesised modifier in the counted phrase as written (a counted
  phrase keeps its modifiers; no table has one in parentheses).
- "at one point as low as 19%" is at least 19 percent: "as low as" is the mirror of "as high as" (TWENTY_EIGHTH: up to).
- "at 20 weeks gestation and later" is at least 20 weeks, as "65 years old and older" is at least 65 (SEVENTEENTH).
- "only three GOP senators will have done so by the end of next week", written on Monday 2016-04-04, is a level reached
  by a "by" date ahead: a target taking that date (2016-W15), as TENTH's "70% of adult Americans by the Fourth of July".
- "the more ambitious 1.5C goal" is exact, the figure naming the goal's level with no verb of change and no "by" date
  (SEVENTEENTH's "Two years is our goal").
- "— of seven —" after "most well-known primary opponent" is 7 with no noun; "minus 41" (a net rating) is -41 with no
  unit, none being written.
- "one kind of alcohol consumption … and there's another kind" is no count although "two ideas" stands in the sentence
  (NINTH's "as one tragedy rolled into another" beside "five Dallas police officers" counts no "one").

First run (once, on the rules frozen at commit 9a9f7e5 — ``/tmp/q16/FREEZE``'s last line, written at about 04:05 UTC —
after the annotations were committed at 0d677ab; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git
archive`` and this module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py
FORTY_THIRD``): 0.845 with the parse (49 of 58), 0.845 without (49 of 58). The same run on the rules of the session's
first round (commit 808256a, exported the same way, scored with the frozen tree's scorer, whose ``BLIND_MODULES`` lists
this module) gives the same figures, and the output is identical on all 58 sentences, with the parse and without: the
round's rule changes neither gained nor lost a sentence of this draw. No annotation was corrected after the run: every
miss was checked against the earlier tables, and none contradicts an explicit precedent. The table is gated at its
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
FORTY_THIRD: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", '"Twenty-one mariners from the M/V Kokuka Courageous, who abandoned ship, were rescued and are '
     'currently aboard Bainbridge," the Navy said in a statement.',
     "2019-06-13",
     [Q(21, "mariners")]),
    # "at 20 weeks gestation and later" is at least 20 weeks, as "people 65 years old and older" is at least 65 years
    # (SEVENTEENTH); a span of pregnancy in the singular unit, as THIRTY_FIRST's "after 15 weeks of pregnancy"
    ("bias", "The bill is a top priority of anti-abortion groups, which argue a fetus can feel pain at 20 weeks "
     "gestation and later.",
     "2017-10-03",
     [Q(20, "week", "at least")]),
    # "from Day One" names a day, no count (FOURTH's "from Day One of the Trump campaign")
    ("bias", "“He’s ready to get to work; however, the media from Day One has been talking about delegitimizing "
     "the election, talking about the Russians, talking about everything you can imagine except for the fact that "
     "we need to move this country forward.”",
     "2017-01-22",
     []),
    # (Dropped here, bias) a photo caption ("Andrey Karlov, the Russian ambassador to Turkey, speaks at the
    # opening ceremony of a photo exhibit in Ankara, Turkey, on Monday, December 19.", printed twice under
    # the pictures of the article: a present-tense picture description closed by its date), as FORTY_FIRST
    # dropped the Collins caption
    # "twice" is 2 times (SIXTH's "twice offered words of support"); "ted days ago" is a speaker's slip for
    # "ten", read as written (no number word), as THIRTY_FIFTH read "ten of thousand" as written; the spans "ago" are
    # counted from a point, undated
    ("bias", "But I have read the translation twice, the day they were given to me, and I have also -- beginning "
     "around ted days ago, two weeks ago, ten days ago -- that I reviewed once again all the intel we have.",
     "2018-11-29",
     [Q(2, "times"), Q(2, "week"), Q(10, "day")]),
    # what the Pentagon said is a clause of its own (rule 4): Monday, written on a Wednesday, dates the saying only; the
    # relative clause on what the share is of ("the territory that had been captured last year") dates the share, as a
    # participle on it does (NINETEENTH's "41 percent of voters surveyed … this week"; rule 3 for a relative clause on
    # a counted noun) — the reader's decision, the conventions naming only the participle
    ("bias", "The Pentagon said Monday that Iraq's armed forces, backed by U.S. airstrikes, reclaimed about 25% of "
     "the territory that had been captured last year by the Islamic State.",
     "2015-04-15",
     [D("2015-04-13"), Q(25, "percent", "about", "2014"), D("2014")]),
    # "in 2018" dates only its own conjunct of the relative clause ("debuted in 2018"), not "now has three seasons"
    # (rule 2: "They jumped in June and are up 5.6%"); "into one series" counts, three shows blended into one and other
    # figures in the sentence (the "one" convention); "at 1.5 speed" is a multiple of normal speed, 1.5 times, as
    # "twice as likely" is 2 times (SIXTEENTH) — the reader's decision, no table has a playback speed
    ("bias", "The series Babylon Berlin, which debuted in 2018 and now has three seasons available to stream on "
     "Netflix, sometimes feels like an attempt to blend The Wire, Mad Men, and Lost into one series, then play it "
     "at 1.5 speed.",
     "2020-06-11",
     [D("2018"), Q(3, "seasons"), Q(1, "series"), Q(1.5, "times")]),
    # "from one end of this continent to the other" is no count (THIRTY_THIRD's "on one side … on the other")
    ("bias", "Just the day before, the resolution for American independence had passed a committee on which Adams "
     'served; he believed the committee vote should "be commemorated, as the day of deliverance" in which future '
     'Americans took part in "shows, games, sports, guns, bells, bonfires and illuminations from one end of this '
     'continent to the other from this time forward evermore."',
     "2017-09-14",
     []),
    # "the 2020 Democratic primary race": a year naming the race
    ("bias", "Both of these facts are decidedly relevant when considering the former New York City mayor's "
     "reported preparations to make a late entrance into the 2020 Democratic primary race.",
     "2019-11-08",
     [D("2020")]),
    # "$1,000 more of their own money every year" is a yearly sum (a rate after its noun, as "five winners, every
    # year"); "more" after the figure is no qualifier (FORTY_SECOND's "3 million more Americans")
    ("bias", "But legislation can help or hurt, and a bill that allows American families who typically don’t have "
     "$1,000 to spare to keep $1,000 more of their own money every year is a bill that’s likely to help, and if a "
     "struggling family uses that money wisely, it can even help a lot.",
     "2017-12-21",
     [Q(1000, "USD"), Q(1000, "USD per year")]),
    # "released Monday" written on a Monday is that day; "his July trip" is a month naming the trip, the July past
    # (2012-07); "the 2008 presidential campaign" names the campaign
    ("bias", "In the new ad released Monday, the Obama camp highlighted critical news reports of the way Mr. "
     "Romney stumbled through his July trip to Britain, Israel and Poland, and the biting commentary of Anthony "
     "Cordesman, a McCain adviser from the 2008 presidential campaign, who said the former Massachusetts "
     "governor’s response to the attack on the U.S. Consulate in Libya was “the worst possible reaction.”",
     "2012-10-08",
     [D("2012-10-08"), D("2012-07"), D("2008")]),
    # "the two sides" counts, as "the two powers" (FORTY_FIRST)
    ("bias", "Zhong was part of the Chinese team at previous rounds of negotiations, but recently he’s been "
     "specifically mentioned in the official readouts of phone calls between the two sides, spurring speculation "
     "that he may now have a more prominent role in the talks.",
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
    # "the more ambitious 1.5C goal" is 1.5 degrees Celsius (FINAL's "1.2C"), exact: the figure names the goal's
    # level, with no verb of change or "by" date (SEVENTEENTH's "Two years is our goal" is exact)
    ("bias", "Shindell would not share exact details of the IPCC report, but he said that the more ambitious 1.5C "
     "goal would require a precipitous drop in greenhouse emissions triggered by a rapid phaseout of fossil fuels, "
     "particularly coal, mass deployment of solar and wind energy and the eradication of emissions from cars, "
     "trucks and airplanes.",
     "2018-09-26",
     [Q(1.5, "degrees Celsius")]),
    # the counted phrase keeps its modifiers (FORTY_FIRST's "two low-profile former … data strategists"), "competing"
    # an adjective before the head
    ("bias", "Grassley had previously urged supporters of two competing special counsel bills to strike an "
     "agreement and merge their proposals.",
     "2018-04-18",
     [Q(2, "competing special counsel bills")]),
    # Wednesday, written on a Wednesday, is that day; "with one senior Republican aide told" is "a certain aide", no
    # count ("One GOP senator said")
    ("bias", "The grief was already starting to emerge on Wednesday, with one senior Republican aide told "
     'POLITICO, “If the underlying thinking with the move is to better enable Donald being Donald, he is toast."',
     "2016-08-17",
     [D("2016-08-17")]),
    # "for the first time in four years" is a span, undated (TWENTY_NINTH's "for the first time in two decades")
    ("bias", "Do I sense a different attitude in the Senate Democrats who've for the first time in four years "
     "passed a budget?",
     "2013-04-11",
     [Q(4, "year")]),
    # Friday, written on a Saturday, is the day before and dates its clause; "after a week of huge swings" holds no
    # figure (TABLE's "after a day of behind-the-scenes haggling"); "months of calm" is vague
    ("bias", "Wall Street’s main stock indexes climbed more than 1 percent on Friday, giving investors some solace "
     "after a week of huge swings that shook the market out of months of calm.",
     "2018-02-10",
     [Q(1, "percent", "over", "2018-02-09"), D("2018-02-09")]),
    # "two weeks before the first primary contests" is a span before a point, undated (TENTH's "two weeks before the
    # Israeli elections"); "single-digit support" is no figure (FINAL's "a double digit lead")
    ("bias", "The dual endorsement, a break in convention for the Times, comes just two weeks before the first "
     "primary contests in Iowa and New Hampshire, where Warren has remained a top contender while Klobuchar has "
     "struggled to break out of single-digit support.",
     "2020-01-19",
     [Q(2, "week")]),
    # "the April incident", in a past clause written in September, is the April past (a month naming an event after
    # "the", session 9); the 2 personnel are in what the investigation found (a clause of its own), undated, and the
    # counted phrase keeps its parenthesised modifier as written — the reader's decision (no table has a modifier in
    # parentheses inside a counted phrase)
    ("bias", "Charles Edwards, the acting inspector general for the Department of Homeland Security, wrote in a "
     'letter to Sen. Susan Collins that his office\'s investigation into the April incident found "a hotel '
     'registry that suggests that two (non-Secret Service) personnel may have had contact with foreign nationals."',
     "2012-09-21",
     [D("2012-04"), Q(2, "(non-Secret Service) personnel")]),
    # "at least one event" counts (TENTH's "At least one GOP insider"); "the June 2016 meeting" names the meeting
    # (rule 5), so the count is undated
    ("bias", "Moreover, Manafort took part in at least one event that has attracted endless discussion: the June "
     "2016 meeting at which he and other top campaign leaders hosted the delegation of Russians following an offer "
     "of dirt on Hillary Clinton.",
     "2018-12-15",
     [Q(1, "event", "at least"), D("2016-06")]),
    # "at least in terms of" qualifies no figure; "two-year amnesties" is 2 years, as "a 20-day limit"
    ("bias", "They ordered the president to restart the program, at least in terms of renewing two-year amnesties "
     "for people who have been previously approved for DACA.",
     "2018-06-09",
     [Q(2, "year")]),
    # two sentences the source ran together ("… in 2016.“It’s simple,”"), kept as THIRTY_NINTH kept "he
    # said.Trump closed"
    ("bias", "The Democrat is rumored to be positioning himself for a run for the Democratic presidential "
     "nomination in 2016.“It’s simple,” Cuomo, himself a gun owner, proclaimed.",
     "2013-01-10",
     [D("2016")]),
    # the opening quote mark without its close is the source's
    ("bias", '"On June 17, 2017, the President called McGahn at home and directed him to call the Acting Attorney '
     "General and say that the Special Counsel had conflicts of interest and must be removed.",
     "2019-04-19",
     [D("2017-06-17")]),
    # "a strong one" stands for an alliance, no count; "decades" is vague
    ("bias", "The alliance between Russia and Syria is a strong one; it goes back decades.",
     "2017-04-14",
     []),
    # "estimated" is the verb, no qualifier (FORTY_FIRST's "estimated that 10 million")
    ("bias", "The Chamber of Commerce, a business federation, estimated the new regulations will cost the economy "
     "$50 billion a year.",
     "2014-06-02",
     [Q(50e9, "USD per year")]),
    ("bias", "The $60 million includes money raised directly by his campaign and by the Democratic National "
     "Committee.",
     "2012-06-07",
     [Q(60e6, "USD")]),
    # "2012 Republican nominee" is a year naming the nominee
    ("bias", "They clearly want Trump to be the nominee because they think they can beat him easily,” said Mr. "
     "Williams, who worked for the campaign of 2012 Republican nominee Mitt Romney.",
     "2015-12-21",
     [D("2012")]),
    # "Carvey, 63," is an age after a name, undated, no noun (TABLE's "Pelosi, 76,"); "from 1986-1993" is one
    # interval (FORTY_SECOND's "from 1999-2001")
    ("bias", 'Carvey, 63, starred on "SNL" from 1986-1993, is arguably best known for his portrayal of the former '
     "president.",
     "2018-12-01",
     [Q(63, None), D("1986/1993")]),
    # Sunday, written on a Sunday, is that day; "one of the paper's op-ed columnists" is one of a group, no count
    ("bias", "The cartoon, and the Times' attitude towards Israel, was criticized in a column posted Sunday by "
     "Bret Stephens , one of the paper's op-ed columnists.",
     "2019-04-28",
     [D("2019-04-28")]),
    # "this increase … from 50 to 300 Special Operations Forces": a noun of change before "from" a level "to" another
    # gives the level now, exact, then a target (session 9, round two; THIRTY_FOURTH's "a minimum wage hike — from
    # $7.25 to $10.10"), both counting the forces named once after the second
    ("bias", "With Obama making no secret of his desire to keep US out of another war in the Middle East, this "
     "increase in Syria from 50 to 300 Special Operations Forces is seen as a relatively low-risk gambit.",
     "2016-04-25",
     [Q(50, "Special Operations Forces"), Q(300, "Special Operations Forces", "target")]),
    # "one kind … and … another kind" is no count, also with another figure in the sentence (NINTH's "as one tragedy
    # rolled into another" beside "five Dallas police officers")
    ("bias", "“Yet we’re able to sort of keep those two ideas in our head: that there’s one kind of alcohol "
     "consumption that can just put [people] to sleep, and there’s another kind that can cause violence.",
     None,
     [Q(2, "ideas")]),
    # "just a couple of years earlier" is vague (TWENTY_SECOND's "a couple of paragraphs"); "one of the conservative
    # Republican “young guns,”" is one of a group
    ("bias", "That was, of course, Rep. Eric Cantor of Virginia, the House majority leader, who had been touted "
     'just a couple of years earlier as one of the conservative Republican "young guns," the future of the party.',
     "2016-10-12",
     []),
    ("bias", "Voters have a choice, he declared, between “two fundamentally different views of which direction "
     "America should take.”",
     "2012-06-18",
     [Q(2, "fundamentally different views")]),
    # "— of seven —" counts the opponents, the noun left out (FINAL's "12 of the 19 contain"); "the Second
    # Amendment" is a name
    ("bias", "The voters’ support for the Second Amendment has become so important again that Mr. Cornyn’s most "
     "well-known primary opponent — of seven — is trying to outgun him in the campaign.",
     "2014-01-15",
     [Q(7, None)]),
    # "(2)" is a list marker, no quantity (FINAL's "(4) President Obama maintains …"); "the last three years" is a
    # span, undated; "2.3 million more Hispanics" counts "Hispanics" (FORTY_SECOND's "3 million more Americans"); "now"
    # is no date
    ("bias", "(2) The economic policies of the last three years have left the Hispanic community disproportionally "
     "unemployed; in fact, 2.3 million more Hispanics now live in poverty.",
     "2012-06-22",
     [Q(3, "year"), Q(2.3e6, "Hispanics")]),
    # an opening year dates its clause (rule 1); "four different detainees" counts "detainees", "different" dropped
    # as "other" and "separate" are (session 9)
    ("bias", "In 2002, reports from four different detainees held by foreign governments provided important "
     "information about the courier's age, physical appearance and family, information that was also acquired "
     "prior to any information about the courier being obtained from CIA detainees.",
     "2014-12-10",
     [D("2002"), Q(4, "detainees", time="2002")]),
    # "the first session of the 113th Congress": ordinals
    ("bias", "Rancor ruled in the first session of the 113th Congress with few bills passed and sent to the "
     "president.",
     "2014-01-05",
     []),
    # no publication date: "on 19 December" is a day of unknown year (TABLE's "on August 9", "--08-09")
    ("bias", "Turkey has been intensifying its military activity near positions held by Kurdish fighters since "
     "President Trump's withdrawal announcement on 19 December.",
     None,
     [D("--12-19")]),
    # "Local 229" is a union local's name, a reference number after a name (TWENTY_SEVENTH's "Group 72")
    ("bias", "The NLRB found that the union’s conduct violated the secondary boycott ban, and subsequently entered "
     "a cease and desist order against Local 229.",
     None,
     []),
    # the "While" clause is a clause of its own: "more than a dozen Senate Republicans" undated; "only three GOP
    # senators will have done so by the end of next week" (written on Monday 2016-04-04, ISO week 14) is a level
    # reached by a "by" date ahead, a target taking that date, as TENTH's "70% of adult Americans by the Fourth of
    # July"; "only" is no qualifier
    ("bias", "While Democrats have nudged more than a dozen Senate Republicans toward meeting with Garland, it "
     "appears only three GOP senators will have done so by the end of next week.",
     "2016-04-04",
     [Q(12, "Senate Republicans", "over"), Q(3, "GOP senators", "target", "2016-W15"), D("2016-W15", "target")]),
    # a campaign promise sets no target; "during the campaign" is no date
    ("bias", "Mr. Trump said during the campaign that he would give states $20 billion to support low-income "
     "students attending the school of their choice, including a private school.",
     "2016-12-07",
     [Q(20e9, "USD")]),
    # "51 years ago" is a span from a point, undated; "on Sunday", written on a Tuesday, is the Sunday past
    ("bias", '"Transgender women of color led the uprising at the Stonewall Inn 51 years ago on Sunday," The New '
     "York Times claimed, though the paper later ghost-edited that line and appended a correction.",
     "2020-06-30",
     [Q(51, "year"), D("2020-06-28")]),
    # "a September Civic Science poll" is a month naming the poll (rule 5), so the 58 percent is undated (FORTIETH's
    # "The May FEC report showed just 69 people"); the September of the publication year, the clause being past
    ("bias", "Still, an overall change in voters attitudes toward recreational marijuana -- 58 percent nationwide "
     "said they would support a measure legalizing, regulating and taxing pot like alcohol in their state in a "
     "September Civic Science poll -- is making it easier to gather support for new initiatives.",
     "2014-09-15",
     [Q(58, "percent"), D("2014-09")]),
    ("bias", "According to the Joint Declaration released by the State Department, 6,000 Mexican National Guard "
     "members are heading to the Guatemalan border and throughout the country.",
     "2019-06-10",
     [Q(6000, "Mexican National Guard members")]),
    # "fell to" a level reached is no target (a past verb of change)
    ("bias", "The unemployment rate fell to 5.4 percent.",
     "2015-05-08",
     [Q(5.4, "percent")]),
    ("polnear", "The USFL folded in 1986 after an attempt to compete directly with the NFL failed.",
     "2016-02-08",
     [D("1986")]),
    ("polnear", "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails that are missing.”",
     "2016-07-27",
     [Q(30000, "emails")]),
    # "the the early 2000s" (the source's doubled article) is the decade (THIRTEENTH's "the early 2000s")
    ("polnear", "The advocacy group Campaign for an Independent and Neutral Switzerland, or AUNS, in which Blocher "
     "played a founding role, and which supported his rise in the the early 2000s, is planning a referendum to "
     "re-introduce systematic border controls and return the country to pre-Schengen terms.",
     "2016-03-21",
     [D("2000s")]),
    # "is one that" stands for a direction, no count; "both parties" is no count
    ("polnear", "But the broad direction of their proposals - toward taxing spending rather than income - is one "
     "that many economists in both parties applaud.",
     "2015-11-24",
     []),
    # "Some 55 percent" is about (THIRTEENTH's "some 100 GEO Group employees"); the month in the participle on the
    # poll of "according to" dates the poll only, so the share is undated (TABLE's "six percent support …, according
    # to a Des Moines Register poll released Saturday")
    ("polnear", "Some 55 percent of voters nationwide said they do not believe Mrs. Clinton ''cares about people "
     "like me,'' according to a Quinnipiac poll conducted in February.",
     "2016-05-18",
     [Q(55, "percent", "about"), D("2016-02")]),
    # "the Feb. 1 caucus" is a date naming the caucus; "days ahead" is vague
    ("polnear", "With an uncomfortably tight race in Iowa days ahead of the Feb. 1 caucus, the super PAC backing "
     "Hillary Clinton is using some of its muscle to try and undo a damaging narrative that the Democratic "
     "front-runner is beholden to Wall Street.",
     "2016-01-19",
     [D("2016-02-01")]),
    # "the two of them" counts 2 with no noun (THIRTY_FIFTH's "Two of them said"); "both" is no count
    ("polnear", "People close to both Clinton’s camp and the White House don’t expect to see the two of them "
     "appearing on the same stage much more, but the candidate’s friends and political allies expect the president "
     "to leverage his high popularity with reliable Democratic voters, to drive up blue turnout in the "
     "battleground states.",
     "2016-07-08",
     [Q(2, None)]),
    # "at one point" is no count (ELEVENTH's "surging past 10 percent at one point"); "as low as 19%" is at least
    # 19 percent, the mirror of TWENTY_EIGHTH's "as high as $3 trillion" (up to) — the reader's decision, no table
    # has "as low as"
    ("polnear", "She didn't really care about the criticism but she really cared if her low approval ratings (at "
     "one point as low as 19%, Gutin says) hurt her husband.",
     "2016-03-07",
     [Q(19, "percent", "at least")]),
    # "minus 41" negates the figure (session 9: "negative 1.9 percentage points"); a net rating with no unit written
    # (TWENTY_FIRST's "a net negative 6 points" writes its unit)
    ("polnear", "Her only salvation is that Trump's net negative is minus 41.",
     "2016-04-20",
     [Q(-41, None)]),
    # the article's title on its own line, kept as THIRTY_FIRST kept a title line; "4 Words" counts the capitalised
    # noun as written
    ("polnear", "After ISIS’ Death Order On Down Syndrome Babies, Sarah Palin Unleashed 4 Words On Them.",
     "2015-12-16",
     [Q(4, "Words")]),
    ("polnear", "“If Hillary Clinton, after this attack, still cannot say the two words ‘Radical Islam’ she should "
     "get out of this race for the Presidency,” Trump said.",
     "2016-06-13",
     [Q(2, "words")]),
]


def test_session_ten_d_table_is_real() -> None:
    sources = _sources_text(bias_residues=(290, 520)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_THIRD:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_THIRD) >= 55
    assert len({sentence for _, sentence, _, _ in FORTY_THIRD}) == len(FORTY_THIRD)


#: First run of FORTY_THIRD (once, on the rules frozen at commit 9a9f7e5, after FORTY_THIRD was committed at 0d677ab):
#: the honest figure, untuned. Its 9 misses with the parse: none on the time field; on a date's year, day or shape 1 —
#: "in a September Civic Science poll" not read (a month naming a poll after "a", before a capitalised name); on what a
#: number counts or names 3 — "a cease and desist order against Local 229" read as a bare 229 (a union local's name),
#: "two (non-Secret Service) personnel" counted with no noun, the title's "Unleashed 4 Words On Them" not read; on a
#: qualifier 3 — "at 20 weeks gestation and later" read as exactly 20 weeks (not at least), "this increase in Syria from
#: 50 to 300 Special Operations Forces" read as a range 50–300 (not a level now and a target), "only three GOP senators
#: will have done so by the end of next week" (written on a Monday) with neither the count nor "next week" a target
#: (both dated 2016-W15, as annotated); on value or unit 2 — "play it at 1.5 speed" counted as 1.5 "speed" (not 1.5
#: times), "keep $1,000 more of their own money every year" read as a plain sum (not per year). Without the parse the
#: same 9 sentences, the same readings but "1.5 speed" left with no unit. On the rules of the session's first round
#: (808256a) the same run gives the same output on every sentence, with the parse and without.
FORTY_THIRD_ACCURACY_FIRST_RUN = 0.845  # 49 of 58 with the parse (as the claims stage runs it)
FORTY_THIRD_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.845  # 49 of 58
#: The table is gated at its first run less one sentence of slack, as session 8's, 9's and 10's are: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_THIRD_ACCURACY = 0.82  # 48 / 58 = 0.8276
MIN_FORTY_THIRD_ACCURACY_WITHOUT_PARSE = 0.82  # 48 / 58 = 0.8276

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_TEN_D_GATES = [
    ("forty-third", FORTY_THIRD, MIN_FORTY_THIRD_ACCURACY, MIN_FORTY_THIRD_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_TEN_D_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_TEN_D_GATES,
    ids=[g[0] for g in SESSION_TEN_D_GATES],
)
def test_session_ten_d_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
