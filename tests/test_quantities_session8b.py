"""Quantities, session 8 (second pair): draws THIRTY_FIRST and THIRTY_SECOND, annotated by hand before the rules ran.

Both were drawn while another session-8 task changed the rules again (after TWENTY_NINTH and THIRTIETH, in
``tests/test_quantities_session8.py``, had been first run); the annotations were committed before ``find_quantities``
(or the scorer, the pipeline or any test running it) ever read these sentences, and each table is first run once, on the
rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session8b`` leaves them out (neither
scored nor parsed), so that whoever changes the rules never sees how the rules do on them.

THIRTY_FIRST was drawn by ``benchmarks/quantities_draw.py thirty-first`` (bias-corpus articles 22 modulo 700, PolNeAR
*train* texts 3 and 38 modulo 70, AllSides story bodies in the order of ``random.Random(2056)``; BASIL is used up; every
text an earlier table drew from skipped): 62 sentences (28 bias, 14 PolNeAR, 20 AllSides), none dropped. PolNeAR's title
line "Hillary Clinton Reassures House Democrats 2016 Is Not Just About Her." is kept, as TWENTY_FOURTH kept the title
"As Bill Clinton turns 70, …" (a title standing on its own line is text, unlike a headline run into a body sentence);
"2013: Iranian hackers …" is a timeline entry, kept (its year dates the entry); "… at 9:15 a.m." and "… Roe v." are cut
by the sampler's splitter after an abbreviation, kept as THIRTIETH kept "… several major...". Expectations follow the
conventions of the earlier tables and the time rule of the quantities module docstring. Where they say nothing, the
reader's answer was written: "take on Trump in the fall" written in March is the coming autumn (2020-09/2020-11, as
TWENTY_SIXTH's "this fall"); "in the week of Jan. 7" is that day (as "the week ended July 17" is that day in ELEVENTH);
"where two or more are gathered" is at least 2 with no noun (as "10 or more people"); "nine Fs, two Ds, and an “n/a” for
2016" leaves the grades undated, the year belonging to the "n/a"; "five of the eight states" is two numbers, the noun on
the second, as THIRTIETH's "68 out of 105 seats" (no ratio of ten); "By 2022, … sales … are projected to hit $8.4
billion" (no publication date) is a target, the verb reaching a level by its "by" date as "reach 5% of GDP … by 2035"
does, and so is "Nebraska hiked it to $9 per hour by 2016" written in 2014; "little more than half an hour" is over 0.5
hour, as "a little more than an hour"; "7, 8, 10 percent" is three percents (a list, not a range: no "to" or "or");
"every three years" is a span of 3 years, as TWELFTH's "every three days"; "climb by $154 to $2,754 per month" is two
sums per month, exact (a forecast of a level is no target, as NINETEENTH's "grew by 27.1% to 3.7 million"); "Over six
Netflix specials" is exact, "over" being a preposition of span (TWENTY_NINTH's "over five"); "the two-dose shot" counts
2 doses (as "two-tiered" counts tiers); "his massive $6 trillion budget for fiscal 2022" dates the sum by its fiscal
year (a date after a noun dates its noun phrase, nearer than the clause's Friday; "fiscal 2015" is 2015 in TWELFTH);
"the first new medication … in nearly two decades" is dated by its clause's Monday, as NINTH's "the first new authorized
therapy … in nearly two decades"; "a day after" is 1 day, a span from a point, undated (as THIRTIETH's "a day before");
"from this day forth" in a quoted statement is no date (as TWENTY_SEVENTH's slogan); "the next year" after an unstated
point is no date; "a rare weekend session" names a kind of session, no date; "one person had been taken to hospital"
with nothing set against it is no count (as "one injured demonstrator"); "optimize for one thing" likewise. Non-breaking
spaces are written as spaces, as the cleaning stage leaves them. Published dates are the sources' own.

THIRTY_SECOND was drawn the same way after THIRTY_FIRST was committed (``benchmarks/quantities_draw.py thirty-second``:
bias-corpus articles 678 modulo 700, PolNeAR *train* texts 21 and 56 modulo 70, AllSides in the order of
``random.Random(2057)``; THIRTY_FIRST's texts skipped too): 62 sentences, of which two are dropped as scraping leftovers
— a HuffPost gallery title left in a PolNeAR text ("Declared 2016 Presidential Candidates.", after "Also on HuffPost:"
and before the gallery's "1.") and an all-capital note run into a sentence ("PUBLISHED FEBRUARY 23, 2021: House
Democrats …", as THIRTIETH dropped "ORIGINALLY PUBLISHED JANUARY 2021: …") — so the draw takes 21 AllSides bodies, one
more than THIRTY_FIRST (AllSides is drawn last: the other picks are the same), as THIRTIETH did: 61 sentences (28 bias,
13 PolNeAR, 20 AllSides). A dateline ("(CNN) -- …") and a pair of sentences the sampler's splitter joined ("… lose in
the fall. ''He is running …'' said Senator Tim Scott …", as TWENTIETH kept one) are kept. Where the conventions say
nothing, the reader's answer was written: "529 accounts" names a kind of account (section 529), no count, as "a 401(k)
plan"; "committed to raising the debt of the federal government to $20 trillion" is a target, as BLIND's "endorsed
lowering the Medicare eligibility age to 55"; "peaked at 758.2 in 1991" is a bare number dated by its year; "It was 2015
when Obama first proposed that the first two years of community college should be free" leaves the 2 years undated (what
is proposed is a clause of its own); "more than a century" is over 1 century (as EIGHTEENTH's "more than a week"); "at
least one of the major political parties" is no count, as "at least one of three Iraq-related misperceptions" in
TWENTY_SECOND; "since the beginning of October" without a publication date dates the count by a month of unknown year,
relative ("--10"), as "sometime in December" (TABLE) and NINTH's "since March 1"; "came for two days" in a "when" clause
right after "in October" is that month's; "beat Trump 46 to 40 percent" is a pair of percents, not a range (the second
is lower); "his five-state romp Tuesday" dates the 5 states by the date after its noun (as "an 8-point deficit last
month"); "his Monday monologue" is a date naming the monologue, and "all three of those things" in what he told is
undated; "deficits above $1.3 trillion throughout the next decade" is over 1.3 trillion USD, undated ("while running …"
is a clause of its own; "the next decade" is a span from now, as "over the last decade" is no date); "though December"
(a typo for "through") is December; "prices could stay elevated all summer" written in May is this summer
(2021-06/2021-08, as "this summer" in TWENTY_THIRD), and "a Memorial Day weekend" is generic, no date; "half an hour
into its flight" is 0.5 hour, a span counted from a point, undated; "in the fall" written in April is the coming autumn,
as in THIRTY_FIRST.

First runs (once per draw, on the rules frozen at commit bf93979, with the parse as the claims stage runs it / without):
THIRTY_FIRST 0.839 (52 of 62) / 0.742 (46 of 62), THIRTY_SECOND 0.869 (53 of 61) / 0.836 (51 of 61); no annotation was
corrected after them (every miss was checked against the earlier tables: none contradicts an explicit precedent). Each
table is gated at its first run less one sentence; the misses are listed by category at the gates. With them the 29
first runs FOURTH–THIRTY_SECOND average 0.837 with the parse (sample sd 0.055 across draws, 0.733–0.918; 1546 of 1847
sentences); session 8's four blind draws 0.885 (216 of 244: 0.918, 0.917, 0.839, 0.869).
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
THIRTY_FIRST: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "One of its very last articles, published Friday, celebrates Trump’s inability to impede the "
     "investigation.",
     "2018-12-14",
     [D("2018-12-14")]),
    ("bias", "But, she added: “If they optimize for one thing, chances are they’re going to leave something out.”",
     "2018-12-10",
     []),
    ("bias", "That's a gross misrepresentation of what DeVos has done, though not an unexpected one, given how "
     "irresponsibly activists and members of the media have characterized DeVos's work.",
     "2020-05-06",
     []),
    ("bias", "As much as Biden's South Carolina win revived his campaign, March 3 may mark the moment when he "
     "convinced his party to take another look at whether he's the right candidate to take on Trump in the fall.",
     "2020-03-04",
     [D("2020-03-03"), D("2020-09/2020-11")]),
    ("bias", "These are in their own internal documents from the 1970s.",
     "2016-10-06",
     [D("1970s")]),
    ("bias", "2013: Iranian hackers remotely took control of the command-and-control network of a dam just outside "
     "New York.",
     "2020-01-06",
     [D("2013")]),
    ("bias", "Nebraska hiked it to $9 per hour by 2016.",
     "2014-11-05",
     [Q(9, "USD per hour", "target", "2016"), D("2016", "target")]),
    ("bias", "Tlaib and Omar are the first two Muslim women to be elected to Congress, and the Detroit-born Tlaib is "
     "also the first Palestinian-American congresswoman.",
     "2019-08-16",
     [Q(2, "Muslim women")]),
    ("bias", "But there’s one thing Priebus, Ryan, and McConnell didn’t do after Trump’s comments leaked: pull their "
     "endorsements.",
     "2016-10-08",
     []),
    ("bias", '"I would just remind, as a brother in Christ, that where two or more are gathered, there He is also."',
     "2020-04-13",
     [Q(2, None, "at least")]),
    ("bias", "While the GOP race is virtually uncontested, five other since-departed candidates will appear on the "
     "ballot along with Donald Trump — giving Republicans who disapprove of Trump’s recent comments on Hispanics and "
     "his immigration stances a number of options to defect.",
     "2016-06-07",
     [Q(5, "since-departed candidates")]),
    ("bias", "On May 22, two men rammed a car into British soldier Lee Rigby as he was walking down a street in "
     "suburban London.",
     "2013-06-05",
     [D("2013-05-22"), Q(2, "men", time="2013-05-22")]),
    ("bias", "It’s similar to the tack Trump used in 2016 against Hillary Clinton, whom he tagged as “low energy.”",
     "2020-03-10",
     [D("2016")]),
    ("bias", "The ruling specifically compels former White House counsel Don McGahn to testify to an inquiry into "
     "Russian interference in the 2016 US election.",
     None,
     [D("2016")]),
    ("bias", "But no one has worked harder than Texas to make gun companies feel welcome.",
     "2013-04-29",
     []),
    ("bias", "Two years later, in 1984, he took on an incumbent Democratic state legislator and won.",
     "2015-05-28",
     [Q(2, "year"), D("1984")]),
    ("bias", "By taking up two of the challenges, the Supreme Court leaves many companies waiting in the wings to "
     "see how it could affect their claims.",
     "2013-11-26",
     [Q(2, None)]),
    ("bias", "The effort by the Republican chairman of the Senate Judiciary Committee comes at the end of two weeks "
     "of public impeachment hearings and can’t really be read as anything other than an attempt to bolster President "
     "Donald Trump’s self-serving conspiracy theories that led to his demand of a quid pro quo of the new Ukrainian "
     "leadership.",
     "2019-11-22",
     [Q(2, "week")]),
    ("bias", "Then, in one of the most bizarre moments in modern presidential history, he strode across the park to "
     "stand in front of an iconic church holding a Bible aloft in a striking photo op.",
     "2020-06-02",
     []),
    ("bias", "Deputy U.S. Trade Representative Jeffrey Gerrish will lead the Trump administration’s team heading to "
     "Beijing in the week of Jan. 7, people familiar told Bloomberg News on Wednesday.",
     "2018-12-27",
     [D("2019-01-07"), D("2018-12-26")]),
    ("bias", "Across those same years, Sanders yielded nine Fs, two Ds, and an “n/a” for 2016, when he skipped "
     "Senate votes, campaigned for president, and was swindled by Hillary Clinton and the Democratic National "
     "Committee’s rigged system.",
     "2020-02-14",
     [Q(9, "Fs"), Q(2, "Ds"), D("2016")]),
    ("bias", "Australian emergency officials said one person had been taken to hospital in Rockhampton in "
     "northeastern Queensland state but gave no other details.",
     "2017-08-06",
     []),
    ("bias", "Latson and the school district gained national attention earlier this year after it was revealed that "
     "the former principal expressed doubt about the Holocaust, a mass genocide that resulted in the deaths of "
     "millions of people, including 6 million Jews, in an exchange with a student's parent.",
     "2019-10-31",
     [D("2019"), Q(6e6, "Jews")]),
    ("bias", "By 2022, U.S. cannabis concentrates sales, driven by vaping products, are projected to hit $8.4 "
     "billion—only slightly less than sales of marijuana flowers, according to a report from marketing firm Arcview, "
     "which focuses on the cannabis industry.",
     None,
     [D("2022", "target"), Q(8.4e9, "USD", "target", "2022")]),
    ("bias", "The government has also promised to only hand over fugitives for offences carrying a maximum sentence "
     "of at least seven years.",
     None,
     [Q(7, "year", "at least")]),
    ("bias", "Three Republican senators — Susan Collins of Maine, John McCain of Arizona, and Lisa Murkowski of "
     "Alaska, joined with Democrats to help doom the legislation, which failed on a 49-51 vote.",
     "2017-07-28",
     [Q(3, "Republican senators"), Q(49, None), Q(51, None)]),
    ("bias", "Republicans have outspent Democrats in five of the eight states, and, overall, they lead by $25 "
     "million.",
     "2012-09-08",
     [Q(5, None), Q(8, "states"), Q(25e6, "USD")]),
    ("bias", "And it looks like in 2016, we`re going to have a clown SUV,” he told the audience of the "
     'little-watched "All In With Chris Hayes" February 20.',
     "2015-06-02",
     [D("2016"), D("2015-02-20")]),
    ("polnear", "In an attempt to make its point, the Daily News focuses on how many people the terrorists–armed "
     "with “assault weapons”–were able to kill in a 30-minute shooting spree: “In taking 129 lives in little more "
     "than half an hour, the Paris attackers showed how deadly assault weapons can be in the hands of determined "
     "killers.”",
     "2015-11-18",
     [Q(30, "minute"), Q(129, "lives"), Q(0.5, "hour", "over")]),
    ("polnear", "There’s no mistaking Marco Rubio’s new enemy No. 1 in New Hampshire: Jeb Bush.",
     "2016-02-08",
     []),
    ("polnear", "Three meetings were on tap for Trump: the one with Ryan and the party chairman, then with Ryan "
     "joined by other senior House GOP leaders and one with Senate Majority Leader Mitch McConnell and other top "
     "Senate Republicans.",
     "2016-05-12",
     [Q(3, "meetings")]),
    ("polnear", "And the single best thing that the Trump people can do is to register a million new voters in the "
     "ten swing States.",
     "2016-08-08",
     [Q(1e6, "voters"), Q(10, "swing States")]),
    ("polnear", "He adds that American Muslims have two choices: “You either leave or you fight.”",
     "2016-01-02",
     [Q(2, "choices")]),
    ("polnear", "Black women of all ages sat together in sisterhood to celebrate the 10-year anniversary of Black "
     "Girls Rock!, a mentoring organization founded by DJ Beverly Bond.",
     "2016-04-06",
     [Q(10, "year")]),
    ("polnear", "Hillary Clinton Reassures House Democrats 2016 Is Not Just About Her.",
     "2016-06-22",
     [D("2016")]),
    ("polnear", "You might spend $20 million to $30 million to build a private country club -- if you can clear 7, "
     "8, 10 percent, you're lucky.",
     "2015-11-25",
     [Q(20e6, "USD", "range", upper=30e6), Q(7, "percent"), Q(8, "percent"), Q(10, "percent")]),
    ("polnear", "In Nevada, he constantly reminded voters of the six years his family had lived in Las Vegas.",
     "2016-02-25",
     [Q(6, "year")]),
    ("polnear", "In addition to increasing the basic ceiling, which will be set to match the pay of full-time "
     "salaried workers earning at the 40th percentile of salaries in the country's lowest-income region, currently "
     "the South, the new regulation will be updated every three years to keep pace with changes in pay.",
     "2016-05-19",
     [Q(3, "year")]),
    ("polnear", "Alwaleed's tweet linked to screenshots and links of three news articles from Business Insider, "
     "BuzzFeed News and Yahoo News, in which the prince's involvement of purchases of Trump's property was "
     "documented.",
     "2016-01-28",
     [Q(3, "news articles")]),
    ("polnear", "A Monmouth poll out Monday showed Clinton with a healthy lead over Sanders in New York, earning 51 "
     "percent of the support of likely Democratic voters to Sanders’ 39 percent.",
     "2016-04-11",
     [D("2016-04-11"), Q(51, "percent", time="2016-04-11"), Q(39, "percent", time="2016-04-11")]),
    ("polnear", "Today, for the first time since June 25, 2007, Mike’s name won’t appear on the Playbook hitting "
     "your inbox – and much like the campaign we are covering, the transition presents both traumas and "
     "opportunities.",
     "2016-07-11",
     [D("2016-07-11"), D("2007-06-25")]),
    ("polnear", 'On Dec. 7 on MSNBC, Bush said "local forces" must lead the way.',
     "2015-12-14",
     [D("2015-12-07")]),
    ("allsides", "Democrats face a test of unity in the U.S. House of Representatives on Monday as they begin work "
     "on two ambitious spending plans that would devote trillions of dollars to transportation infrastructure and "
     "social programs.",
     "2021-08-23",
     [D("2021-08-23"), Q(2, "ambitious spending plans")]),
    ("allsides", "The Supreme Court on Monday agreed to take up a blockbuster dispute over a Mississippi ban on "
     "abortions after 15 weeks of pregnancy, setting up a high-stakes showdown over the future of Roe v.",
     "2021-05-17",
     [D("2021-05-17"), Q(15, "week")]),
    ("allsides", "The IMF expects global growth to remain at 4.9% next year.",
     "2021-10-12",
     [Q(4.9, "percent", time="2022"), D("2022")]),
    ("allsides", "“The COVID-19 vaccine is safe, effective, and our best defense against the virus, but should "
     "remain voluntary and never forced,” Abbott said in a statement upon issuing the order.",
     "2021-10-12",
     []),
    ("allsides", "A typical couple's benefits would climb by $154 to $2,754 per month.",
     "2021-10-13",
     [Q(154, "USD per month"), Q(2754, "USD per month")]),
    ("allsides", "Over six Netflix specials, Chappelle has lashed out at what he views as progressive attempts to "
     "cancel him for his incendiary comedy — all while mocking the queer and transgender communities and the Me Too "
     "movement and generally doubling, tripling, and sextupling down on the offensive jokes and reactionary politics "
     "that people took issue with in the first place.",
     "2021-10-16",
     [Q(6, "Netflix specials")]),
    ("allsides", "Not long after the coronavirus bore down on New York last year, gun violence surged, rising nearly "
     "75 percent in the state’s largest cities.",
     "2021-07-06",
     [D("2020"), Q(75, "percent", "about")]),
    ("allsides", "The company also said Tuesday it is working on making the two-dose shot easier for vaccinators to "
     "administer and store.",
     "2021-05-04",
     [D("2021-05-04"), Q(2, "dose")]),
    ("allsides", "Senate Minority Leader Mitch McConnell said he believed all 50 Republicans would oppose Sen. "
     "Manchin’s (D-W.Va.) slimmed-down elections compromise, which focuses on expanding early voting and ending "
     "partisan gerrymandering in federal elections.",
     "2021-06-17",
     [Q(50, "Republicans")]),
    ("allsides", "Negotiations for an infrastructure package took center stage on Sunday as the clock ticks for the "
     "White House and Senate Republicans to strike a bipartisan deal on a trillion-dollar package.",
     "2021-06-06",
     [D("2021-06-06"), Q(1e12, "USD")]),
    ("allsides", "The Republican National Committee (RNC) is taking aim at the organization that for more than three "
     "decades has hosted and produced the presidential and vice presidential general election debates, warning that "
     "it may advise the next GOP presidential nominee to skip the debates unless significant changes are made.",
     "2021-06-02",
     [Q(3, "decade", "over")]),
    ("allsides", "President Biden on Friday released his massive $6 trillion budget for fiscal 2022 pushing a surge "
     "in spending on social programs and broadly defined infrastructure through tax hikes on businesses and "
     "higher-earners.",
     "2021-05-28",
     [D("2021-05-28"), Q(6e12, "USD", time="2022"), D("2022")]),
    ("allsides", "Like millions of other renters at risk of losing their homes without the protective federal "
     "eviction ban in place, Leonard said he was a wreck on Monday and Tuesday, waiting in fear of a sheriff coming "
     "to his door after the moratorium expired on July 31.",
     "2021-08-05",
     [D("2021-08-02"), D("2021-08-03"), D("2021-07-31")]),
    ("allsides", "The Food and Drug Administration on Monday approved the first new medication for Alzheimer’s "
     "disease in nearly two decades, a contentious decision, made despite opposition from the agency’s independent "
     "advisory committee and some Alzheimer’s experts who said there was not enough evidence that the drug can help "
     "patients.",
     "2021-06-07",
     [D("2021-06-07"), Q(2, "decade", "about", "2021-06-07")]),
    ("allsides", "The Advisory Committee on Immunization Practices held the vote Friday, a day after the FDA "
     "expanded emergency use of Pfizer-BioNTech and Moderna’s COVID-19 vaccines to authorize a booster shot for "
     "certain immunocompromised patients.",
     "2021-08-13",
     [D("2021-08-13"), Q(1, "day")]),
    ("allsides", "Finalized during a rare weekend session, the legislation, which is called the Infrastructure "
     "Investment and Jobs Act, clocks in at 2,702 pages.",
     "2021-08-02",
     [Q(2702, "pages")]),
    ("allsides", "President Joe Biden announced plans to send 20 million doses of U.S.-authorized COVID-19 vaccines "
     "abroad by the end of June.",
     "2021-05-18",
     [Q(20e6, "doses", "target", "2021-06"), D("2021-06", "target")]),
    ("allsides", "On Monday morning, a political action committee for Donald Trump—a film extra who served as "
     "president of the United States from 2017 to 2021—released a statement saying that “The Fraudulent Presidential "
     "Election of 2020 will be, from this day forth, known as THE BIG LIE!”",
     "2021-05-04",
     [D("2021-05-03"), D("2017/2021"), D("2020")]),
    ("allsides", "I spent most of the next year traveling between Montclair, New Jersey, and Franklin, Tennessee, "
     "two towns that voted heavily for Democrat Al Gore and Republican George W. Bush, respectively, and wrote a "
     "series for USA TODAY called One Nation, Divided.",
     "2021-09-10",
     [Q(2, "towns")]),
    ("allsides", "A man drove a black pickup truck onto the sidewalk in front of the Library of Congress at 9:15 "
     "a.m.",
     "2021-08-19",
     []),]

# (source, sentence, published, expected quantities in reading order)
THIRTY_SECOND: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "“For all the sturm und drang caused by the insinuations made by Karl Rove regarding Clinton's health "
     "scare in late 2012, a blood clot on the brain is a serious thing and even Clinton allies acknowledge it was "
     "not insignificant.",
     "2014-05-19",
     [D("2012")]),
    ("bias", "For what it’s worth, despite Republican claims, it is not unusual for a President to fill a Supreme "
     "Court vacancy during an election year, the last time being in 1988 when one of the best Justices on the Court, "
     "Anthony Kennedy, was appointed.",
     None,
     [D("1988")]),
    ("bias", "While it’s true that 529 accounts are not exactly a sop to hedge fund managers like the carried "
     "interest loophole, that characterization involves taking quite a broad sweep for “upper middle,” and reflects "
     "how the idea that $200,000 is a normal, not-rich family income, at least along the Acela corridor, has taken "
     "hold.",
     "2015-01-29",
     [Q(200000, "USD")]),
    ("bias", "Only 43% say they have a great deal or some confidence in the people who run the federal government.",
     "2013-05-19",
     [Q(43, "percent")]),
    ("bias", "So far the White House has committed only to supplying rebel forces with small arms and ammunition, "
     "following confirmation that the regime of Syria President Bashar al-Assad's has been using chemical weapons in "
     "the 2-year-long civil war in which at least 90,000 people have been killed.",
     "2013-06-15",
     [Q(2, "year"), Q(90000, "people", "at least")]),
    ("bias", "Estimates suggest the U.S. will need anywhere between 100,000 to 300,000 contact tracers to "
     "successfully contain the virus.",
     "2020-05-27",
     [Q(100000, "contact tracers", "range", upper=300000)]),
    ("bias", "As well, Obama is committed to raising the debt of the federal government to $20 trillion.",
     "2012-11-08",
     [Q(20e12, "USD", "target")]),
    ("bias", "The violent crime rate has been on a decline since it peaked at 758.2 in 1991.",
     "2017-01-20",
     [Q(758.2, None, time="1991"), D("1991")]),
    ("bias", "Former President Obama stopped the proposed Keystone XL pipeline in late 2015, declaring it would have "
     "undercut U.S. efforts to clinch a global climate change deal that was a centerpiece of his environmental "
     "legacy.",
     "2017-01-24",
     [D("2015")]),
    ("bias", "The Obama administration bolstered income-based repayment options in 2009 for student borrowers in the "
     "Federal Family Educational Loan Program (FFELP) following the global financial crisis, which saw credit dry up "
     "and millions of American lose their homes to foreclosure.",
     "2020-02-22",
     [D("2009")]),
    ("bias", "(CNN) -- The period since September 11, 2001, will never be described by any historian as a golden age "
     "of U.S. foreign policy.",
     "2014-10-28",
     [D("2001-09-11")]),
    ("bias", "It was 2015 when President Obama first proposed that the first two years of community college should "
     "be free.",
     "2017-08-09",
     [D("2015"), Q(2, "year")]),
    ("bias", "Two weeks ago, Epstein, 66, was found nearly unconscious in his cell with injuries to his neck.",
     "2019-08-10",
     [Q(2, "week"), Q(66, None)]),
    ("bias", "Successor Thomas Jefferson began submitting his in writing in 1801, a routine that continued for more "
     "than a century.",
     "2019-01-16",
     [D("1801"), Q(1, "century", "over")]),
    ("bias", "“You watch the same very familiar pathologies that we wrote a lot about in the ’80s and ’90s in the "
     "inner city right in the middle of this conservative, rural, white community.",
     "2019-03-29",
     [D("1980s"), D("1990s")]),
    ("bias", "A 25 percent tariff will be levied on $50 billion of tech goods imported from China, and the U.S. "
     "pledges in the statement to continue litigating the issue in front of the World Trade Organization.",
     "2018-05-29",
     [Q(25, "percent"), Q(50e9, "USD")]),
    ("bias", "After the first defeat in July, Mr. Trump tweeted in August: “Can you believe that Mitch McConnell, "
     "who has screamed Repeal & Replace for 7 years, couldn’t get it done.”",
     "2017-10-16",
     [D("2017-07"), D("2017-08"), Q(7, "year")]),
    ("bias", "The terrorists executed some 40 foreigners before Algerian authorities re-established control, killing "
     "nearly 30 terrorists as the rest escaped.",
     "2014-05-07",
     [Q(40, "foreigners", "about"), Q(30, "terrorists", "about")]),
    ("bias", "The USCIS union represents 12,000 officers of U.S. Citizenship and Immigration Services, the agency "
     "responsible for processing visas and other immigration papers.",
     "2014-10-28",
     [Q(12000, "officers")]),
    ("bias", "While Trump spent more than $200,000 renting lists from the conservative Newsmax Media to build his "
     "supporter base, his campaign’s biggest expenditures were $700,000 for t-shirts and hats.",
     "2015-10-16",
     [Q(200000, "USD", "over"), Q(700000, "USD")]),
    ("bias", "Mrs. McDaniel said it was “disappointing and unproductive” for her uncle, the 2012 Republican "
     "presidential nominee and former Massachusetts governor, to side with Democrats and the news media to undermine "
     "Mr. Trump.",
     "2019-01-02",
     [D("2012")]),
    ("bias", "Germany has pressed for a “no-spy” accord with the US like the one the US has with Britain and a few "
     "other English-speaking allies, but the US has made it clear it is not prepared to take that step, and Merkel "
     "is not expected to insist on that point.",
     "2014-05-02",
     []),
    ("bias", "A day after losing the Senate to Republicans, Mr. Obama will hold the news conference in the East Room "
     "of the White House, scheduled for 2:50 p.m.",
     "2014-11-05",
     [Q(1, "day")]),
    ("bias", "This is great for political speech but — apparently — unwelcome news to the leadership of at least one "
     "of the major political parties.",
     "2019-10-08",
     []),
    ("bias", "More than 330,000 families have entered the U.S. illegally since the beginning of October, government "
     "records show.",
     None,
     [Q(330000, "families", "over", "--10"), D("--10", "relative")]),
    ("bias", "Abrams counts 23 nations in the European Union that have criminal libel laws, with 20 of them "
     "including imprisonment penalties; several have laws calling for greater punishment for libeling public "
     "officials.",
     None,
     [Q(23, "nations"), Q(20, None)]),
    ("bias", "“I’ve worked with her for over 25 years, I know she’s tough, I know she can really be an effective "
     "leader.”",
     "2016-04-19",
     [Q(25, "year", "over")]),
    ("bias", "The last state visit to the UK was in October, when King Willem-Alexander and Queen Maxima of the "
     "Netherlands came for two days.",
     None,
     [D("--10", "relative"), Q(2, "day", time="--10")]),
    ("polnear", "Thus far, Rubio is keeping the maximum-allowable-by-law political contribution to his campaign that "
     "Pate made—all $2,700 worth.",
     "2016-01-01",
     [Q(2700, "USD")]),
    ("polnear", "A Qunnipiac University poll found last week that Clinton would beat Trump 46 to 40 percent in a "
     "general election match-up, while Sanders would hypothetically beat the New York businessman 52 to 38 percent.",
     "2016-03-29",
     [D("2016-W12"), Q(46, "percent"), Q(40, "percent"), Q(52, "percent"), Q(38, "percent")]),
    ("polnear", "I live with five other workers in the city and we struggle to make ends meet because we never know "
     "how much we’re going to work.",
     "2015-11-15",
     [Q(5, "workers")]),
    ("polnear", "Khoga was reportedly on that trip with several other family members, including her sister and her "
     "sons, but they had returned two days before the crash.",
     "2016-05-19",
     [Q(2, "day")]),
    ("polnear", "The two organizations’ work is part of a broader effort by the progressive wing of the Democratic "
     "Party to ensure that their agenda takes precedence ― both on the campaign trail and in a Clinton White House.",
     "2016-08-12",
     [Q(2, "organizations")]),
    ("polnear", "As for the religion, no one is likely to match the real Mr. Mannix.",
     "2016-01-18",
     []),
    ("polnear", "Mr. Ryan is creating a personality and policy alternative to run alongside the presidential effort "
     "- one that provides a foundation to rebuild if Republicans splinter and lose in the fall. ''He is running a "
     "parallel policy campaign,'' said Senator Tim Scott, Republican of South Carolina.",
     "2016-04-12",
     [D("2016-09/2016-11")]),
    ("polnear", "Discover makes one available to anyone who signs up at its website, and FICO has encouraged other "
     "companies to make scores available to customers.",
     "2016-07-11",
     []),
    ("polnear", "“Would it be negotiable about the 11 million?”",
     "2016-03-01",
     [Q(11e6, None)]),
    ("polnear", "There’s also little difference between white voters, who favor Clinton by a 6-point margin, and "
     "Hispanics, who back the former secretary of state by 9 points.",
     "2016-05-26",
     [Q(6, "point"), Q(9, "points")]),
    ("polnear", "One week before Iowa opens the presidential nomination process, Democratic and Republican "
     "candidates began making their final pitches Monday via the Internet, the airwaves, personal appearances and "
     "televised town halls.",
     "2016-01-26",
     [Q(1, "week"), D("2016-01-25")]),
    ("polnear", "Cruz did it in part to take the limelight away from Donald Trump, who is edging closer to the "
     "nomination and dominating the news, thanks to his five-state romp Tuesday in the Northeast primaries.",
     "2016-04-28",
     [Q(5, "state", time="2016-04-26"), D("2016-04-26")]),
    ("polnear", '"Russ is running a grass-roots campaign in all 72 counties here in Wisconsin," said Michael Tyler, '
     "a spokesman for the Feingold campaign, explaining why the candidate and former senator won't appear at the "
     "convention.",
     "2016-07-25",
     [Q(72, "counties")]),
    ("allsides", "In one of the graphic images, a woman and child are seen with blood on their faces and apparently "
     "unconscious....",
     "2021-08-18",
     []),
    ("allsides", "The Italian government imposed one of the world’s strictest COVID-19 measures on Friday, requiring "
     "all workers in Italy to show a COVID-19 “Green Pass” prior to entering their place of employment.",
     "2021-10-18",
     [D("2021-10-15")]),
    ("allsides", "“They have two white male reporters here putting a target on their backs for the crime of "
     "reporting on Antifa riots.",
     "2021-05-14",
     [Q(2, "white male reporters")]),
    ("allsides", "Secretary of State Antony Blinken on Wednesday said that up to 1,500 US citizens are still "
     "stranded in Afghanistan — shortly after President Biden joked with a reporter who asked about possibly leaving "
     "Americans behind in the Taliban-controlled nation.",
     "2021-08-25",
     [D("2021-08-25"), Q(1500, "US citizens", "up to")]),
    ("allsides", "The Supreme Court extended its protection of student speech to social media on Wednesday, by an "
     "8-1 ruling that a Pennsylvania school district overstepped its authority by punishing a high-school "
     "cheerleader who used a vulgar word on Snapchat when she didn’t make the varsity cheerleading team.",
     "2021-06-23",
     [D("2021-06-23"), Q(8, None, time="2021-06-23"), Q(1, None, time="2021-06-23")]),
    ("allsides", "“While millions of people have already safely received COVID-19...",
     "2021-08-23",
     []),
    ("allsides", "In his Monday monologue, Carlson told his listeners that they should pay attention to Hungary “if "
     "you care about Western civilization, and democracy, and family — and the ferocious assault on all three of "
     "those things by leaders of our global institutions.”",
     "2021-08-05",
     [D("2021-08-02"), Q(3, None)]),
    ("allsides", "A seven-count indictment accused Mr. Barrack, 74, of using his access to Mr. Trump to advance the "
     "foreign policy goals of the United Arab Emirates and then lying about his activities during a June 2019 "
     "interview with federal agents.",
     "2021-07-20",
     [Q(7, "count"), Q(74, None), D("2019-06")]),
    ("allsides", "The New Jersey-based drugmaker said the drug, molnupiravir, cut the risk of hospitalization or "
     "death in half in high-risk patients with mild to moderate illness.",
     "2021-10-01",
     [Q(50, "percent")]),
    ("allsides", "Speaking to reporters in some of the areas worst hit by the unrest, Cyril Ramaphosa said "
     "authorities had identified “a good number” of those who planned and coordinated the violence, the worst in "
     "South Africa since the end of the apartheid regime in 1994.",
     "2021-07-16",
     [D("1994")]),
    ("allsides", "The entire excursion was a fiasco in just about every possible way, even down to her plane having "
     "to turn around and return to Andrews Air Force Base half an hour into its flight.",
     "2021-06-09",
     [Q(0.5, "hour")]),
    ("allsides", "One issue is that ballots, voting systems and other election materials are no longer in the "
     "custody of election officials — a possible violation...",
     "2021-05-07",
     []),
    ("allsides", "WASHINGTON — President Biden will propose a $6 trillion budget on Friday that would take the "
     "United States to its highest sustained levels of federal spending since World War II, while running deficits "
     "above $1.3 trillion throughout the next decade.",
     "2021-05-27",
     [Q(6e12, "USD", time="2021-05-28"), D("2021-05-28"), Q(1.3e12, "USD", "over")]),
    ("allsides", "The 285-120 vote was bipartisan, but it split Republicans.",
     "2021-06-29",
     [Q(285, None), Q(120, None)]),
    ("allsides", "Democratic congressional leaders announced on Monday that they will pair a stopgap spending bill "
     "to keep the government funded though December with an extension of the federal borrowing limit through the end "
     "of 2022, increasing pressure on Republicans to support legislation needed to avert a fiscal catastrophe.",
     "2021-09-20",
     [D("2021-09-20"), D("2021-12"), D("2022")]),
    ("allsides", "Gasoline prices are expected to be the highest for a Memorial Day weekend in seven years, and "
     "prices could stay elevated all summer, as Americans take to the road in a post-coronavirus pandemic driving "
     "spree.",
     "2021-05-27",
     [Q(7, "year"), D("2021-06/2021-08")]),
    ("allsides", "The US will invest more than $3 billion to advance the development of antiviral pills for COVID-19 "
     "and other pathogens to prepare for future pandemics, Dr. Anthony Fauci said Thursday.",
     "2021-06-18",
     [Q(3e9, "USD", "over"), D("2021-06-17")]),
    ("allsides", "The New York Times said that prosecutors in the Justice Department under former President Donald "
     "Trump seized data from Apple from two Democrat lawmakers on the House Intelligence Committee, Subpoenas...",
     "2021-06-11",
     [Q(2, "Democrat lawmakers")]),
    ("allsides", "CDC Director Dr. Rochelle Walensky, a Biden nominee, decided to reject the expert panel’s guidance "
     "and allow anybody between the ages of 18 and 64...",
     "2021-09-23",
     [Q(18, None, "range", upper=64)]),
    ("allsides", "President Joe Biden on Tuesday laid out his administration’s plan to urge more Americans to get "
     "vaccinated against COVID-19, including “door-to-door outreach” in some communities.",
     "2021-07-06",
     [D("2021-07-06")]),
]


def test_session_eight_b_tables_are_real() -> None:
    sources = _sources_text(bias_residues=(22, 678)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_FIRST + THIRTY_SECOND:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert min(len(THIRTY_FIRST), len(THIRTY_SECOND)) >= 60
    assert not {sentence for _, sentence, _, _ in THIRTY_FIRST} & {sentence for _, sentence, _, _ in THIRTY_SECOND}


#: First run of THIRTY_FIRST (once, on the rules frozen at commit bf93979, "quantities: a weekday owning an event the
#: clause is placed before …", after THIRTY_FIRST and THIRTY_SECOND were committed): the honest figure, untuned. Its 10
#: misses with the parse: on the time field 2 — "nine Fs, two Ds, and an “n/a” for 2016" with the grades dated 2016,
#: "his massive $6 trillion budget for fiscal 2022" dated by the clause's Friday rather than its fiscal year; on a
#: date's year, day or shape 3 — "take on Trump in the fall" not read (a season without "this"), the title's bare "2016
#: Is Not Just About Her" not read, "the next year" after an unstated point read as 2022 (and "two towns" dated by it);
#: on what a number counts or its value and unit 3 — "a 49-51 vote" read as a range of votes rather than a tally, "7, 8,
#: 10 percent" with the unit on the last only, "climb by $154 to $2,754 per month" with the rate on the second only; on
#: a qualifier 2 — "Over six Netflix specials" read as over 6 (the span's preposition, TWENTY_NINTH's "over five"),
#: "send 20 million doses … by the end of June" not a target. Without the parse 16: the same but the Fs and Ds and the
#: fiscal year right, and also "five other since-departed candidates", "the ten swing States" and "two ambitious
#: spending plans" counted with no noun or with their first modifier only, "February 20" in a past report read as 2016
#: (not 2015), the Monmouth poll's 51 and 39 percent left undated, "after 15 weeks of pregnancy" dated by Monday,
#: "expired on July 31" read as 2022, "in nearly two decades" left undated.
THIRTY_FIRST_ACCURACY_FIRST_RUN = 0.839  # 52 of 62 with the parse (as the claims stage runs it)
THIRTY_FIRST_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.742  # 46 of 62
#: First run of THIRTY_SECOND (the same run, on the same frozen rules): the honest figure, untuned. Its 8 misses with
#: the parse: none on the time field; on a date's year, day or shape 5 — "the ’80s and ’90s" with the second decade
#: lost, "lose in the fall" not read, "throughout the next decade" read as the 2030s (a span from now, no date, as
#: TWELFTH's "over the next decade"; it also dated the $1.3 trillion), "though December" (a typo for "through") not
#: read, "stay elevated all summer" not read; on what a number counts or names, its value and unit 2 — "529 accounts"
#: counted, "beat Trump 46 to 40 percent" read as a bare 46 and 40 percent of "general election match-up"; on a
#: qualifier 1 — "committed to raising the debt of the federal government to $20 trillion" not a target (the documented
#: rule reaches a level over at most three words of the verb's object; here six). Without the parse 10: the same, and
#: "came for two days" in the "when" clause after "in October" and "an 8-1 ruling" of a clause dated Wednesday left
#: undated.
THIRTY_SECOND_ACCURACY_FIRST_RUN = 0.869  # 53 of 61 with the parse (as the claims stage runs it)
THIRTY_SECOND_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.836  # 51 of 61
#: Each table is gated at its first run less one sentence of slack, as session 7's and TWENTY_NINTH/THIRTIETH are: the
#: tables are no longer blind, so any rule later tuned on them is no measure, and a rule that loses more than one of
#: their sentences fails.
MIN_THIRTY_FIRST_ACCURACY = 0.82  # 51 / 62 = 0.8226
MIN_THIRTY_FIRST_ACCURACY_WITHOUT_PARSE = 0.72  # 45 / 62 = 0.7258
MIN_THIRTY_SECOND_ACCURACY = 0.85  # 52 / 61 = 0.8525
MIN_THIRTY_SECOND_ACCURACY_WITHOUT_PARSE = 0.81  # 50 / 61 = 0.8197

#: Each table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_EIGHT_B_GATES = [
    ("thirty-first", THIRTY_FIRST, MIN_THIRTY_FIRST_ACCURACY, MIN_THIRTY_FIRST_ACCURACY_WITHOUT_PARSE),
    ("thirty-second", THIRTY_SECOND, MIN_THIRTY_SECOND_ACCURACY, MIN_THIRTY_SECOND_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's tables parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_EIGHT_B_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_EIGHT_B_GATES,
    ids=[g[0] for g in SESSION_EIGHT_B_GATES],
)
def test_session_eight_b_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
