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
"""

from __future__ import annotations

from tests.test_quantities import D, Q, _corpus_text, _squash
from tests.test_quantities_draws import _sources_text

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
THIRTY_SECOND: list[tuple[str, str, str | None, list[Q]]] = []


def test_session_eight_b_tables_are_real() -> None:
    sources = _sources_text(bias_residues=(22, 678)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_FIRST + THIRTY_SECOND:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_FIRST) >= 60
    assert not {sentence for _, sentence, _, _ in THIRTY_FIRST} & {sentence for _, sentence, _, _ in THIRTY_SECOND}
