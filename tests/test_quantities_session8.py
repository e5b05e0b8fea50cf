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

THIRTIETH was drawn the same way after TWENTY_NINTH was committed (``benchmarks/quantities_draw.py thirtieth``:
bias-corpus articles 328 modulo 700, PolNeAR *train* texts 27 and 62 modulo 70, AllSides in the order of
``random.Random(2055)``; TWENTY_NINTH's texts skipped too): 63 sentences, of which three are dropped as scraping
leftovers — a link line run into a sentence ("PHOTOS: Top 10 handguns in the U.S. Conservative groups chimed in, …"), a
programme promotion ("“The 360” shows you diverse perspectives on the day’s top stories.") and an all-capital editor's
note run into a sentence ("ORIGINALLY PUBLISHED JANUARY 2021: In the months leading up to …") — so the draw takes 21
AllSides bodies, one more than TWENTY_NINTH (AllSides is drawn last: the other picks are the same), as TWENTY_FOURTH
did: 60 sentences (26 bias, 14 PolNeAR, 20 AllSides). Where the conventions say nothing, the reader's answer was
written: "carried out two chemical weapons attacks … in 2014 and 2015" dates the count by 2014, the first of the
coordinated years, on which the second hangs (the time rule's nearest-in-the-tree tie; no interval is written); "on
August 30th, this afternoon," in a quotation of what was said on August 30 is that day twice (the reader knows the day
of speaking, as of "the Sept. 11 attacks" in TWENTY_SEVENTH); "was allowed to lapse this weekend" written on a Thursday
is the weekend just past (2021-W30), as TWENTY_EIGHTH's "ended this weekend" written on a Monday; "68 out of 105 seats"
is two numbers, the noun on the second, as SEVENTH's "11 students out of 1,500" (no ratio of ten, as "six in 10" is);
"the two-tiered system" counts 2 tiers, as "two-party" counts parties; "a figure that has doubled" is no quantity, as
NINTH's "from doubling"; "a day before the one-year anniversary" counts 1 day and 1 year, as "about a week after" in
HELDOUT and "the one-year" in NINTH; "came here on average at the age of six" is an exact age (an average is no
qualifier, as "an average of 1,200 soldiers"); "Three more fell Tuesday, bringing the total to nine" dates both, the
participle phrase having no subject of its own; "while guns killed 15,600" after "killed 263,000 Americans last year" is
undated, its "while" clause being its own; "a +12 point jump from November" is 12 points, November the comparison's
baseline; "millions of firearms", "trillions of dollars" and "hundreds of residents" are no figures, as "thousands of"
and "dozens of" in earlier tables; "five of his centrists" and "two of those" count without a noun, as "eight of the
battleground counties".

First runs (once per draw, on the rules frozen at commit ac150f0, with the parse as the claims stage runs it / without):
TWENTY_NINTH 0.918 (56 of 61) / 0.902, THIRTIETH 0.917 (55 of 60) / 0.867; no annotation was corrected after them. Each
table is gated at its first run; the misses are listed at the gates. With them the 27 first runs FOURTH–THIRTIETH
average 0.836 with the parse (sample sd 0.057 across draws, 0.733–0.918; 1441 of 1724 sentences).
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



# (source, sentence, published, expected quantities in reading order)
THIRTIETH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "They were to march on Washington and set up a camp there in April 1968, the month King was "
     "assassinated.",
     "2014-01-20",
     [D("1968-04")]),
    ("bias", "CNN: There is some sense, one of the people I interviewed talked about how a town hall setting is "
     "viewed maybe as a little bit more freewheeling, free-flowing, less predictable because of the audience "
     "interaction.",
     "2012-10-10",
     []),
    ("bias", "The Nikkei closed 0.77% down and the Hang Seng 1.03%.",
     None,
     [Q(0.77, "percent"), Q(1.03, "percent")]),
    ("bias", "“As general counsel for the bureau, it is my legal opinion that the president possesses the authority "
     "to designate an acting director for the bureau,” McLeod wrote in a Nov. 25 memo obtained by Politico.",
     "2017-11-26",
     [D("2017-11-25")]),
    ("bias", "The report says three officers contributed to Floyd’s death.",
     "2020-06-02",
     [Q(3, "officers")]),
    ("bias", "Since the beginning of the Syrian refugee crisis, more than 2,100 refugees from Syria have already been "
     "admitted to the United States.",
     "2015-11-19",
     [Q(2100, "refugees", "over")]),
    ("bias", "No matter how many facts and rational arguments you put forward, no matter how much proof there is that "
     "hospital medical mistakes killed 263,000 Americans last year, while guns killed 15,600, no matter the degree of "
     "patience you show in trying to explain why defending students first and arguing age limits and rifle types etc "
     "will save more lives… they don’t care.",
     "2018-05-20",
     [Q(263000, "Americans", time="2017"), D("2017"), Q(15600, None)]),
    ("bias", "And, even if the government somehow managed to confiscate all 300 million legally owned firearms, what "
     "about the uncounted millions of firearms already in the hands of the underworld?",
     None,
     [Q(300e6, "legally owned firearms")]),
    ("bias", "The impression grew throughout the campaign, and strengthened in the final days, that no one was in "
     "charge.",
     "2014-11-03",
     []),
    ("bias", "Still, Mr. McConnell took the opposite approach last year on the open Supreme Court seat, delaying the "
     "confirmation process until after the 2016 presidential election.",
     "2017-12-13",
     [D("2016"), D("2016")]),
    ("bias", "Indeed, no one thinks anything about relations with Iran will suddenly be smooth or easy.",
     "2015-07-15",
     []),
    ("bias", "“We adopted all the ARB’s 29 recommendations and are committed to implementing each,” he said.",
     "2015-10-19",
     [Q(29, "recommendations")]),
    ("bias", "Mr. Pawlenty, who quickly endorsed Mr. Romney after ending his own presidential bid last year, is one "
     "of the few prospective running mates without a full-time day job.",
     "2012-06-18",
     [D("2011")]),
    ("bias", "Harkin has hosted his steak fry for 37 years.",
     "2014-09-15",
     [Q(37, "year")]),
    ("bias", "The El Paso shooting, where 22 people were gunned down at a Walmart, marked the 250th mass shooting in "
     "the U.S. this year.",
     "2019-08-05",
     [Q(22, "people"), D("2019")]),
    ("bias", "A Justice official told Fox News that both the conference call and the email address asking for tips "
     "and information are fairly standard procedure when dealing with a high-profile investigation such as this one.",
     "2013-07-17",
     []),
    ("bias", "Wednesday's vote came a day before the one-year anniversary of the high school shooting in Parkland, "
     "Florida, that killed 17 people.",
     None,
     [D("Wednesday", "relative"), Q(1, "day"), Q(1, "year"), Q(17, "people")]),
    ("bias", "“Ten days ago, our D.C. office began operating remotely, hence virtually no staff has had contact with "
     "Senator Rand Paul.”",
     None,
     [Q(10, "day")]),
    ("bias", "But this is only because the law brings in more revenues (through taxes and penalties) than it spends "
     "over a ten year period.",
     "2013-03-22",
     [Q(10, "year")]),
    ("bias", "The 15-member advisory board, known as IPAB, would have the power to force payment cuts on insurers, "
     "drug companies and other service providers if Medicare costs rise beyond certain levels.",
     "2013-05-09",
     [Q(15, "member")]),
    ("bias", "The FBI Motto is “Fidelity, Bravery, Integrity,” and that married serial sexting hack blew two of those "
     "just by cavorting with his gal pal.",
     "2018-07-16",
     [Q(2, None)]),
    ("bias", "Eight years ago there was a highly touted presidential contender named Rudy Giuliani.",
     "2015-03-16",
     [Q(8, "year")]),
    ("bias", '"The DACA population came here on average at the age of six.',
     "2019-01-14",
     [Q(6, None)]),
    ("bias", "The first came when Florida Republican Sen. Marco Rubio pointed out that a truly effective assault "
     "weapons ban, one without loopholes, “would literally ban every semi-automatic rifle that’s sold in America.”",
     "2018-02-22",
     []),
    ("bias", "Bloomberg won the Jewish condo vote, entrepreneurial Latinos and the critical I-4 corridor, enough to "
     "carry the state.",
     "2016-02-23",
     []),
    ("bias", "It passed the House 332-94, majority of both parties.",
     None,
     [Q(332, None), Q(94, None)]),
    ("polnear", "The billionaire businessman currently enjoys 48% support in the Sunshine State, a +12 point jump "
     "from November.",
     "2016-01-19",
     [Q(48, "percent"), Q(12, "point"), D("2015-11")]),
    ("polnear", "Friday on CNN’s “New Day,” Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton’s 2016 bid "
     "for the presidency told host Chris Cuomo she believed that Clinton would inevitably release a transcript of a "
     "speech she had given to Goldman Sachs.",
     "2016-04-14",
     [D("2016-04-08"), D("2016")]),
    ("polnear", "Congress is on the brink of taking a big bite out of the Affordable Care Act, after more than five "
     "years of mostly futile efforts by Republicans to weaken or repeal the law.",
     "2015-12-08",
     [Q(5, "year", "over")]),
    ("polnear", "Voter turnout was also low: Oklahoma did little to encourage early voting, allotting just three days "
     "for people to vote at county election board offices.",
     "2016-03-02",
     [Q(3, "day")]),
    ("polnear", "However, there are important implications for the results of the investigation by a UN-OPCW panel, "
     "which said the Syrian army carried out two chemical weapons attacks using helicopters on villages in Idlib in "
     "2014 and 2015, and also accused ISIS of carrying out a mustard gas attack on the town of Marea in August 2015.",
     "2016-08-29",
     [Q(2, "chemical weapons attacks", time="2014"), D("2014"), D("2015"), D("2015-08")]),
    ("polnear", "But Mr. Sanders's reputation as an anti-politician has been bruised recently, with reports of fliers "
     "in Iowa including logos from groups that had not authorized their use; one of those groups was the League of "
     "Conservation Voters, whose political arm has endorsed Mrs. Clinton.",
     "2016-02-01",
     []),
    ("polnear", "Wind turbines and solar panels are now supplying about 10 percent of the world's electricity, a "
     "figure that has doubled in the last decade.",
     "2016-04-23",
     [Q(10, "percent", "about")]),
    ("polnear", "And a few weeks later, on the steps of the Illinois statehouse, where he had first become a "
     "candidate for president, Mr. Obama expressed a deep regret for ''my inability to reduce the polarization and "
     "meanness in our politics.'' It was, he said, one of the bitterest failures of his presidency.",
     "2016-07-29",
     []),
    ("polnear", "The diplomat also mused about the 2016 race, pushing back against candidates — like Republican "
     "front-runner Donald Trump — who say the country is in decline.",
     "2015-12-26",
     [D("2016")]),
    ("polnear", "In Hawaii, her team has two offices, television ads on the air, and has organized with Sen. Mazie "
     "Hirono, fighting back against the work done by top Sanders surrogate Rep. Tulsi Gabbard.",
     "2016-03-23",
     [Q(2, "offices")]),
    ("polnear", "Another problem for those looking to kill the two-tiered system?",
     "2016-06-21",
     [Q(2, "tier")]),
    ("polnear", '"It might surprise you, but one of the things would be to get rid of the excessive regulation in our '
     "country.",
     "2015-11-20",
     []),
    ("polnear", "In a memo released as polls closed Tuesday, Clinton campaign manager Robby Mook acknowledged the "
     'former secretary of State and Sanders had split the first two contests, which is an outcome, he said, "we\'ve '
     'long anticipated."',
     "2016-02-10",
     [D("2016-02-09"), Q(2, "contests")]),
    ("polnear", '"I do well," said Iampaglia, who graduated in 2009 with her master\'s in business administration.',
     "2016-05-09",
     [D("2009")]),
    ("allsides", "Shortly before Chuck Schumer cued up a vote on the teetering bipartisan infrastructure agreement "
     "reached by five of his centrists, he gathered them all in person for a gut check.",
     "2021-07-21",
     [Q(5, None)]),
    ("allsides", "After a federal eviction moratorium was allowed to lapse this weekend, the Centers for Disease "
     "Control and Prevention issued a new moratorium Tuesday on evictions that would last until Oct. 3.",
     "2021-08-05",
     [D("2021-W30"), D("2021-08-03"), D("2021-10-03")]),
    ("allsides", "Why it matters: It's one of the most aggressive measures any major tech platform has taken to "
     "combat climate change misinformation.",
     "2021-10-07",
     []),
    ("allsides", '"The last C-17 lifted off from Hamid Karzai International Airport on August 30th, this afternoon, '
     "at 3:29 p.m.",
     "2021-08-31",
     [D("2021-08-30"), D("2021-08-30")]),
    ("allsides", "It is one of the irritating defects of genius that, particularly when surrounded by crushing "
     "mediocrity, the audacity of having ideas becomes a source of recurring controversy.",
     "2021-07-01",
     []),
    ("allsides", "The study, published as part of the agency's Morbidity and Mortality Weekly Report (MMWR), examined "
     "hundreds of residents, finding that the unvaccinated individuals had 2.34 times greater odds of reinfection "
     "compared with fully vaccinated individuals.",
     "2021-08-07",
     [Q(2.34, "times")]),
    ("allsides", "Rhetorical fireworks ensued yet again on Tuesday when Sen. Rand Paul faced off with Dr. Anthony "
     "Fauci over the COVID-19 pandemic.",
     "2021-05-11",
     [D("2021-05-11")]),
    ("allsides", "Three more fell Tuesday, bringing the total to nine, including several major...",
     "2021-08-11",
     [Q(3, None, time="2021-08-10"), D("2021-08-10"), Q(9, None, time="2021-08-10")]),
    ("allsides", "The mandate, one of the strictest in the world, requires employees in the public and private "
     "sectors to show proof of vaccination, a negative test, or recovery from the virus in order to go to work.",
     "2021-10-18",
     []),
    ("allsides", "House Democrats on Tuesday approved a roughly $3.5 trillion budget that could enable sweeping "
     "changes to the nation’s health-care, education and tax laws, overcoming their own internal divisions to take "
     "the next step toward enacting President Biden’s broader economic agenda.",
     "2021-08-25",
     [D("2021-08-24"), Q(3.5e12, "USD", "about", "2021-08-24")]),
    ("allsides", "The unemployment rate declined to 4.8% in September, the Bureau of Labor Statistics said Friday, "
     "down from 5.2% in August.",
     "2021-10-08",
     [Q(4.8, "percent", time="2021-09"), D("2021-09"), D("2021-10-08"), Q(5.2, "percent", time="2021-08"),
      D("2021-08")]),
    ("allsides", "The administration is now turning its attention toward a broader bipartisan group of 20 senators, "
     "which includes Sens.",
     "2021-06-08",
     [Q(20, "senators")]),
    ("allsides", "He later served as secretary of the Navy and as a Republican US senator from 1979 through 2009.",
     "2021-05-26",
     [D("1979/2009")]),
    ("allsides", "Republicans only hold 68 out of 105 seats in the House chamber, so Democratic votes would have been "
     "needed to meet the benchmark, according to The Advocate.",
     "2021-07-21",
     [Q(68, None), Q(105, "seats")]),
    ("allsides", "COVID-19, which emerged in China in late 2019, has killed 3.34 million people, cost the world "
     "trillions of dollars in lost income and upended normal life for billions of people.",
     "2021-05-14",
     [D("2019"), Q(3.34e6, "people")]),
    ("allsides", "The Supreme Court in two cases Monday ruled police officers were entitled to protection from being "
     "sued over their use of force against suspects.",
     "2021-10-18",
     [Q(2, "cases", time="2021-10-18"), D("2021-10-18")]),
    ("allsides", "The vice president toured the El Paso central processing center, a US Customs and Border Protection "
     "facility, and spoke with five young girls from Central America while there.",
     "2021-06-25",
     [Q(5, "young girls")]),
    ("allsides", "Voters in the Golden State are now just two weeks away from the gubernatorial recall election that "
     "will determine whether the sitting governor will remain in office for the rest of his term or lose his seat to "
     "one of his many challengers.",
     "2021-09-01",
     [Q(2, "week")]),
    ("allsides", "Ellzey won with just over 53 percent of the vote on Tuesday, with Wright taking 46.7 percent.",
     "2021-07-28",
     [Q(53, "percent", "over", "2021-07-27"), D("2021-07-27"), Q(46.7, "percent")]),
    ("allsides", "Marine Gen. Frank McKenzie concurred with previous media reports that the strike had killed as many "
     "as 10 people, including seven children.",
     "2021-09-19",
     [Q(10, "people", "up to"), Q(7, "children")]),

]


def test_session_eight_tables_are_real() -> None:
    sources = _sources_text(bias_residues=(66, 328)) + " " + _corpus_text()
    for source, sentence, _, _ in TWENTY_NINTH + THIRTIETH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert min(len(TWENTY_NINTH), len(THIRTIETH)) >= 60
    assert not {sentence for _, sentence, _, _ in TWENTY_NINTH} & {sentence for _, sentence, _, _ in THIRTIETH}


#: First run of TWENTY_NINTH (once, on the rules frozen at commit ac150f0, "quantities: guards found by diffing the
#: session's rules …", after TWENTY_NINTH and THIRTIETH were committed): the honest figure, untuned. Its 5 misses with
#: the parse: on the time field 1 — "Four moderate Democrats joined Republicans in Monday's committee vote" left undated
#: (FIFTH's "At Thursday's CNN debate" precedent dates it); on a date's year, day or shape 2 — "On Sunday, … will visit
#: seven states", written on a Saturday, read as the Sunday before (2016-10-30, not 2016-11-06) with its two counts,
#: NBC's "“Today”" (a show) read as a date; on what a number counts 1 — "in 2017, one single year," read as 1 "single",
#: dated 2017; on a qualifier 1 — "gradual lifting over five" read as over 5 (the span's preposition). Without the parse
#: 6: the same, and "The Senate's bipartisan $1.2 trillion infrastructure bill and … $3.5 trillion spending package
#: could live or die this week" with the first sum undated.
TWENTY_NINTH_ACCURACY_FIRST_RUN = 0.918  # 56 of 61 with the parse (as the claims stage runs it)
TWENTY_NINTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.902  # 55 of 61
#: First run of THIRTIETH (the same run, on the same frozen rules): the honest figure, untuned. Its 5 misses with the
#: parse: on a date's year, day or shape 2 — "was allowed to lapse this weekend" written on a Thursday read as the
#: coming weekend (2021-W31, not W30), "on August 30th, this afternoon," read against the publication date (2021-08-31;
#: the reader's answer is the day of speaking, see the docstring); on what a number counts or its value and unit 3 — "a
#: +12 point jump" read with the unit "point jump", "the two-tiered system" not read, "68 out of 105 seats" read as a
#: ratio (64.76 percent) rather than two numbers. Without the parse 8: the same, and "all 300 million legally owned
#: firearms" counted as "legally", "Three more fell Tuesday, bringing the total to nine" counting "fell" and leaving the
#: nine undated, "approved a roughly $3.5 trillion budget" left undated.
THIRTIETH_ACCURACY_FIRST_RUN = 0.917  # 55 of 60 with the parse (as the claims stage runs it)
THIRTIETH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.867  # 52 of 60
#: Each table is gated at its first run less one sentence of slack, as session 7's draws are: the tables are no longer
#: blind, so any rule later tuned on them is no measure, and a rule that loses more than one of their sentences fails.
MIN_TWENTY_NINTH_ACCURACY = 0.90  # 55 / 61 = 0.9016
MIN_TWENTY_NINTH_ACCURACY_WITHOUT_PARSE = 0.88  # 54 / 61 = 0.8852
MIN_THIRTIETH_ACCURACY = 0.89  # 54 / 60 = 0.9000
MIN_THIRTIETH_ACCURACY_WITHOUT_PARSE = 0.84  # 51 / 60 = 0.8500

#: Each table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_EIGHT_GATES = [
    ("twenty-ninth", TWENTY_NINTH, MIN_TWENTY_NINTH_ACCURACY, MIN_TWENTY_NINTH_ACCURACY_WITHOUT_PARSE),
    ("thirtieth", THIRTIETH, MIN_THIRTIETH_ACCURACY, MIN_THIRTIETH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's tables parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_EIGHT_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_EIGHT_GATES, ids=[g[0] for g in SESSION_EIGHT_GATES]
)
def test_session_eight_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)

