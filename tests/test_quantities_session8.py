"""Quantities, session 8: draws TWENTY_NINTH and THIRTIETH, annotated by hand before the rules ran on them.

Both were drawn while another session-8 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and each table was
first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session8``
leaves them out, so that whoever changes the rules never sees how the rules do on them.

TWENTY_NINTH was drawn by ``benchmarks/quantities_draw.py twenty-ninth`` (bias-corpus articles 66 modulo 700, PolNeAR
*train* texts 5 and 40 modulo 70, AllSides story bodies in the order of ``random.Random(2054)``; BASIL is used up; every
text an earlier table drew from skipped): 62 sentences, of which one is dropped as a scraping leftover, AllSides' own
note on an opinion pair ("Two AllSides writers, one from the left and one from the right, share opposing perspectives on
the ad below."), as earlier draws dropped a programme promotion: 61 sentences (28 bias, 14 PolNeAR, 19 AllSides kept of
20). Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring.
Where they say nothing, the reader's answer was written: "with gradual lifting over five" (after "15 years" and "10
years") is 5 with its noun left out, as "narrow her support to one", and exact, "over" being the span's preposition, as
in "over five decades"; "in 2017, one single year," counts the year (a span of one, set against the 70,000 deaths of
that year), undated, as it restates the date that frames the clause; "This is just one study" counts, "just one" read as
"only one" (BLIND's "just one element of the attack" is "one of", no count); "100 Americans are killed daily" is 100 per
day, as "1,200 soldiers killed or wounded each day"; "a "half true" rating" names a rating; "Monday's committee vote"
dates the clause whose verb it follows ("joined Republicans in Monday's committee vote", as FIFTH's "At Thursday's CNN
debate, Sanders added two more similarities"); "Nordstream Two" and NBC's "“Today”" are names; "the two did not discuss"
counts 2 people without a noun, as earlier tables; "at least 10 days after a Pence withdrawal" is at least 10 days, a
span counted from a point, undated; "bans abortions after 15 weeks" is exactly 15 weeks, undated, as NINTH's "from as
early as six weeks into a pregnancy"; "The prior week's reading" is no date (the week before a reported week, as
EIGHTEENTH's "the prior week's revised level of 377,000"); "just last quarter" is no date, as CATEGORIES' "in the last
quarter"; "the death toll … climbed to at least 143 on Saturday, while the toll … stood at 24" dates the 143 only, the
"while" clause being its own; "10 feet" keeps its plural as "60 miles" does. Non-breaking spaces are written as spaces,
as the cleaning stage leaves them. Published dates are the sources' own.
"""

from __future__ import annotations

from tests.test_quantities import D, Q, _corpus_text, _squash
from tests.test_quantities_draws import _sources_text

# (source, sentence, published, expected quantities in reading order)
TWENTY_NINTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Republicans say Trump's visit was helpful, and argue that Saccone was a uniquely weak candidate "
     "and Lamb as a uniquely strong one.",
     "2018-03-14",
     []),
    ("bias", "Congressional negotiators said the money allocated to the border wall will be far below Trump’s "
     "requested figure of $5.7 billion, a demand that led to a showdown with congressional Democrats and "
     "the longest-ever federal government shutdown.",
     None,
     [Q(5.7e9, "USD")]),
    ("bias", "He has met three times with North Korea’s Kim Jong Un, but has made little progress in getting Kim "
     "to abandon his nuclear arsenal.",
     None,
     [Q(3, "times")]),
    ("bias", '"Nobody thought in the \'90s that we would breach the debt ceiling," she said.',
     "2013-10-14",
     [D("1990s")]),
    ("bias", "If the sides agree on 15 years, for instance, the strict controls could be in place for 10 years "
     "with gradual lifting over five.",
     "2015-02-25",
     [Q(15, "year"), Q(10, "year"), Q(5, None)]),
    ("bias", '"In the United States," Manchin says, "we consume 80 percent of the world\'s opioid production and '
     'in 2017, one single year, over 70,000 people died due to drug overdoses."',
     "2019-07-15",
     [Q(80, "percent"), D("2017"), Q(1, "year"), Q(70000, "people", "over", "2017")]),
    ("bias", "The president, though, is standing by his No. 2.",
     "2012-08-15",
     []),
    ("bias", "This is just one study, but it suggests that though gratitude may not be able to cure depression, "
     "it can help people manage it by decreasing stress and promoting positive feelings.",
     "2017-12-30",
     [Q(1, "study")]),
    ("bias", "The resolution says 100 Americans are killed daily by gun violence, making the U.S.'s gun homicide "
     'rate 25 times higher than any other "high-income" country.',
     "2019-09-04",
     [Q(100, "per day"), Q(25, "times")]),
    ("bias", "Clearly, that plan didn’t work — North Korea tested a missile capable of hitting most of the US on "
     "July 28 — and Trump is, in a way, going back in time.",
     "2017-11-20",
     [D("2017-07-28")]),
    ("bias", "What the people of one country favor may not be applicable or acceptable to people living in a "
     "different society.",
     None,
     []),
    ("bias", "Fifty-four percent of business owners reported making capital outlays, up 2% over the past six "
     "months.",
     "2012-08-14",
     [Q(54, "percent"), Q(2, "percent"), Q(6, "month")]),
    ("bias", "Democrats believe the new maps, with lines more favorable to black voters’ political power, give "
     "them a leg up as they try to win control of the state House — where Republicans have a slim "
     "majority — for the first time in two decades.",
     "2019-06-17",
     [Q(2, "decade")]),
    ("bias", "It is the most money any Senate candidate in South Carolina, of either party, has raised in a "
     "single quarter—breaking a record Harrison set himself just last quarter with his $7.3 million "
     "haul.",
     "2020-07-07",
     [Q(7.3e6, "USD")]),
    ("bias", "The ban is inconsistent with an existing U.S. law and an attempted end-run around Congress, a "
     "panel of the 9th U.S. Circuit Court of Appeals said in a 2-1 decision.",
     "2018-12-07",
     [Q(2, None), Q(1, None)]),
    ("bias", 'In its initial take on the night\'s talk, it gives Massachusetts Gov. Deval Patrick a "half true" '
     'rating for his statement about the state being "47th in the nation in job creation" when Romney '
     "left office there.",
     "2012-09-05",
     []),
    ("bias", "Suspended in 2011, to my knowledge, there has been no effort to replace it with similar screening.",
     "2013-05-31",
     [D("2011")]),
    ("bias", "But while Stephen Paddock may have been a gruff and enigmatic Vegas high-roller and former IRS "
     "employee, police say, he passed his background checks with flying colors as he bought dozens of "
     "high-powered weaponry in a 10-month period.",
     "2017-10-05",
     [Q(10, "month")]),
    ("bias", "For years, I’ve been among a chorus of mainstream journalists who have called for our industry to "
     "abandon the appearance of objectivity as the aspirational journalistic standard, and for reporters "
     "instead to focus on being fair and telling the truth, as best as one can, based on the given "
     "context and available facts.",
     "2020-06-23",
     []),
    ("bias", "Four moderate Democrats joined Republicans in Monday’s committee vote, rejecting legislation that "
     "would have prohibited the sale of certain semiautomatic firearms, including popular AR-15 style "
     "rifles, and banned the possession of magazines that hold more than 12 rounds.",
     "2020-02-17",
     [Q(4, "moderate Democrats", time="2020-02-17"), D("2020-02-17"), Q(12, "rounds", "over")]),
    ("bias", "Apart from the car-ramming incident, Charlottesville police said at least 15 were wounded in other "
     "violence related to the far-right march.",
     None,
     [Q(15, None, "at least")]),
    ("bias", "That is one reason insurers are fleeing the market and the ACA is sinking.",
     "2017-03-19",
     []),
    ("bias", "The release Tuesday of James Comey’s highly anticipated memoir has rekindled the simmering feud "
     "with top Clinton family advisers, who still blame the fired FBI director for President Trump’s "
     "2016 election victory.",
     "2018-04-17",
     [D("2018-04-17"), D("2016")]),
    ("bias", "Speaker Pelosi says lawmakers should “save it for another day” if they have complaints about the "
     "coronavirus response bill: “We don’t need 48 hours.",
     "2020-03-12",
     [Q(48, "hour")]),
    ("bias", "DENVER, Colorado — On Sunday, Republican presidential nominee Donald Trump will visit seven "
     "states, staging five rallies in a marathon sprint to the finish of the 2016 election.",
     "2016-11-05",
     [D("2016-11-06"), Q(7, "states", time="2016-11-06"), Q(5, "rallies", time="2016-11-06"), D("2016")]),
    ("bias", 'That\'s what one side of the political equation in America literally believes."',
     "2012-06-14",
     []),
    ("bias", "Germany has also resisted the European Union’s pressure to cancel the Nordstream Two project, "
     "which Central European states regard as a threat to their energy supplies.",
     "2018-03-20",
     []),
    ("bias", "Created by sports clothing company Under Armour, the suit—included as part of the $250,000 trip "
     "cost—is really multiple pieces, starting with a top and bottom base layer.",
     None,
     [Q(250000, "USD")]),
    ("polnear", "NEW YORK, Nov. 19 (UPI) — Former Secretary of State and Democratic presidential frontrunner "
     "Hillary Clinton is calling for the United States to step up military efforts in the fight against "
     "the Islamic State.",
     "2015-11-19",
     [D("2015-11-19")]),
    ("polnear", "While presidential candidates Ted Cruz has been asked about a loan from Goldman Sachs and Donald "
     "Trump about bankruptcies in his past (legitimate questions in my mind), a federal subpoena to a "
     "foundation where Hillary Clinton recently served on the board doesn’t even warrant a murmur from "
     "Gwen Ifill and Judy Woodruff, two PBS journalists?",
     "2016-02-11",
     [Q(2, "PBS journalists")]),
    ("polnear", "In the released excerpt, the two did not directly discuss his criticisms of her.",
     "2016-05-15",
     [Q(2, None)]),
    ("polnear", "In America’s two-party system, you only have two real choices in a presidential election.",
     "2016-08-11",
     [Q(2, "party"), Q(2, "real choices")]),
    ("polnear", "The 74-year-old underwent outpatient hernia repair surgery in November.",
     "2016-01-17",
     [Q(74, "year"), D("2015-11")]),
    ("polnear", "Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about his "
     "Democratic presidential rival, Hillary Clinton, saying “on her worst day” she’d be “an infinitely "
     "better president” than any of the Republican 2016 hopefuls.",
     "2016-04-08",
     [D("2016")]),
    ("polnear", "A new group called Black Votes Matter, led by Democratic strategists based in New York, is trying "
     "to raise $25 million for a new effort to identify and energize African-American voters.",
     "2016-03-04",
     [Q(25e6, "USD")]),
    ("polnear", "Carlos Guerrero, 55, said he had been willing to ''look the other way'' on many of Mr. Trump's "
     "speeches - including ''the way he speaks of Latin people'' - because he liked Mr. Trump's overall "
     "message.",
     "2016-05-31",
     [Q(55, None)]),
    ("polnear", "The device, which is intended to locate underground utility lines and flaws in road construction, "
     "shoots radar waves about 10 feet into the ground.",
     "2016-09-03",
     [Q(10, "feet", "about")]),
    ("polnear", "Clinton officials were thrilled with the editorial, entitled “Mr. Sanders Is Not a Brave "
     "Truth-Teller,” when it posted on Jan. 27.",
     "2016-01-29",
     [D("2016-01-27")]),
    ("polnear", "“Especially in the middle of the current primary contest, it is important that the RNC not take "
     "action that can be interpreted as attempting to favor one candidate or another,” Ryder wrote.",
     "2016-04-17",
     []),
    ("polnear", "The 22-member state Republican central committee would meet behind closed doors to pick a nominee "
     "at least 10 days after a Pence withdrawal.",
     "2016-07-14",
     [Q(22, "member"), Q(10, "day", "at least")]),
    ("polnear", "But as the primaries begin in 2016, the protection that low rates provided over any financial "
     "scares will be off.",
     "2015-12-16",
     [D("2016")]),
    ("polnear", "In Florida, about 46% of eligible voters cast ballots in the primary contest, which Donald Trump "
     "and Hillary Clinton won.",
     "2016-03-17",
     [Q(46, "percent", "about")]),
    ("allsides", "The death toll in Germany climbed to at least 143 on Saturday, while the toll across the border in "
     "Belgium stood at 24, the authorities there said.",
     "2021-07-17",
     [Q(143, None, "at least", "2021-07-17"), D("2021-07-17"), Q(24, None)]),
    ("allsides", "Florida Gov. Ron DeSantis signed a voting bill in the state into law on Thursday morning, making "
     "his state the latest GOP-leaning state to enact voting changes after the 2020 presidential "
     "election.",
     "2021-05-06",
     [D("2021-05-06"), D("2020")]),
    ("allsides", "Sheldon Whitehouse (R.I.) and Chris Coons (Del.), wrote a letter to FBI Director Christopher Wray "
     "on Wednesday seeking answers after the agency revealed it gathered more than 4,500 tips in "
     "relation to its investigation of the claims against Kavanaugh.",
     "2021-07-23",
     [D("2021-07-21"), Q(4500, "tips", "over")]),
    ("allsides", "The interpreters are being resettled under a visa programme for those who worked with the US "
     "during the recently ended 20-year war with the Taliban.",
     "2021-07-30",
     [Q(20, "year")]),
    ("allsides", "President Joe Biden is trying to break a logjam with Republicans on how to pay for infrastructure "
     "improvements, proposing a 15% minimum tax on corporations and the possibility of revenues from "
     "increased IRS enforcement as a possible compromise.",
     "2021-06-03",
     [Q(15, "percent")]),
    ("allsides", "The letter from McDaniel follows a flood of criticism from former President Trump during the 2020 "
     "race complaining that format adjustments to health guidance during the coronavirus pandemic were "
     "unfair.",
     "2021-06-02",
     [D("2020")]),
    ("allsides", "The World Health Organization called on Wednesday for a moratorium on coronavirus vaccine booster "
     "shots until the end of September, so that vaccine supplies can be focused on helping all countries "
     "vaccinate at least 10 percent of their populations.",
     "2021-08-04",
     [D("2021-08-04"), D("2021-09"), Q(10, "percent", "at least")]),
    ("allsides", "The Court on Monday announced in an order that it would take the case involving a Mississippi law "
     "passed in 2018 that bans abortions after 15 weeks with limited exceptions.",
     "2021-05-17",
     [D("2021-05-17"), D("2018"), Q(15, "week")]),
    ("allsides", "The prior week’s reading was revised down to 405,000.",
     "2021-06-03",
     [Q(405000, None)]),
    ("allsides", "Facebook knowingly chooses to prioritize its profits over the safety of its users, Frances Haugen, "
     "a whistleblower and former Facebook employee, said in an interview with “60 Minutes” on Sunday.",
     "2021-10-04",
     [D("2021-10-03")]),
    ("allsides", "Trudeau, 49, was re-elected to a third term on Monday after calling a vote two years early, hoping "
     "for approval of his free-spending response to the COVID-19 pandemic.",
     "2021-09-21",
     [Q(49, None), D("2021-09-20"), Q(2, "year")]),
    ("allsides", "Twenty years ago, we witnessed a defining moment in American and world history.",
     "2021-09-10",
     [Q(20, "year")]),
    ("allsides", "On the eve of the summit, President Biden announced that the U.S. will purchase 500 million doses "
     "from Pfizer and will supply half of all the vaccines set to be shared globally.",
     "2021-06-11",
     [Q(500e6, "doses"), Q(50, "percent")]),
    ("allsides", "The US Food and Drug Administration gave emergency use authorization Thursday night for a third "
     "dose in certain patients who are likely to have had a poor immune response to two doses of either "
     "Pfizer's or Moderna's vaccine.",
     "2021-08-13",
     [D("2021-08-12"), Q(2, "doses")]),
    ("allsides", "The Senate's bipartisan $1.2 trillion infrastructure bill and President Biden's $3.5 trillion "
     "spending package could live or die this week — and take Democrats' fortunes with them.",
     "2021-09-27",
     [Q(1.2e12, "USD", time="2021-W39"), Q(3.5e12, "USD", time="2021-W39"), D("2021-W39")]),
    ("allsides", "Why it matters: Fauci has been one of the most prominent public faces of the U.S. government's "
     "coronavirus response, opening him up to both widespread admiration and criticism.",
     "2021-06-01",
     []),
    ("allsides", 'The order states that "no entity in Texas can compel receipt of a COVID-19 vaccination by any '
     "individual, including an employee or consumer, who objects to such vaccination for any reason of "
     "personal conscience, based on a religious belief, or for medical reasons, including prior recovery "
     'from COVID-19."',
     "2021-10-12",
     []),
    ("allsides", "Twice in the final months of the Trump administration, the country’s top military officer was so "
     "fearful that the president’s actions might spark a war with China that he moved urgently to avert "
     "armed conflict.",
     "2021-09-14",
     [Q(2, "times")]),
    ("allsides", "The campaign collected more than 1.6 million verified signatures, according to the secretary of "
     "state’s office.",
     "2021-04-26",
     [Q(1.6e6, "verified signatures", "over")]),

]


def test_session_eight_tables_are_real() -> None:
    sources = _sources_text(bias_residues=(66, 328)) + " " + _corpus_text()
    for source, sentence, _, _ in TWENTY_NINTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(TWENTY_NINTH) >= 60
