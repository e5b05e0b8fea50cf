"""Quantities, session 6: draws TWENTY_THIRD to TWENTY_SIXTH, each annotated by hand before the rules ran on it.

Drawn by ``benchmarks/quantities_draw.py twenty-third`` (bias-corpus articles 172 modulo 700, PolNeAR *train* texts 9
and 37 modulo 70, BASIL articles and AllSides story bodies in the order of ``random.Random(2048)``; every text an
earlier table drew from skipped). Expectations follow the conventions of ``test_quantities.TABLE``,
``test_quantities_draws``, ``test_quantities_session5`` and the time rule of the quantities module docstring. None of
its 66 sentences was dropped (an all-capital headline run into a body sentence, "DNC CHAIR … RESIGNS After months …",
is kept: it holds no number). Non-breaking spaces are written as spaces, as the cleaning stage leaves them. Published
dates are the sources' own. Where the conventions say nothing, the reader's answer was written: "a 50-50 chance" is 50
percent; "on a path to cross the 100,000 threshold next month" is a target of 100,000 (no unit: the threshold is not
what is counted) dated by its month; "a leader from yesterday" is figurative, no date; "three term Texas Governor" is
3 terms, as "a six-term congresswoman". Two annotations were corrected after the first run to the documented time rule:
"on a path to cross the 100,000 threshold next month" had been dated by its month, but no date frames a target other
than its own "by" date (rule 5); "their two young sons" in a relative clause on "Wednesday's news conference" had been
left undated, but a date on a noun dates that noun's phrase with its relative clauses (rule 3; "Tuesday's vote of
285-120" is dated in EIGHTEENTH). The first run missed the first sentence either way (it read "threshold" as counted)
and read the second as corrected.

A sentence counts only when every quantity in it is right. ``find_quantities`` runs as the claims stage runs it,
with the sentence's spaCy parse, and without (the regex fallback).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from storylens.extract.quantities import find_quantities
from tests.test_quantities import D, Q, _corpus_text, _squash, assert_table_gate, parse_sentences
from tests.test_quantities_draws import _sources_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

# (source, sentence, published, expected quantities in reading order)
TWENTY_THIRD: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Control of Congress is also up for grabs, with Mr. McConnell saying on Sunday that he believed the "
     "Republicans had a 50-50 chance to regain control of the Senate.", "2012-07-10",
     [D("2012-07-08"), Q(50, "percent")]),
    ("bias", "The commission sent a letter to the 50 states asking them to turn over voter information including "
     "names, the last four digits of Social Security numbers, addresses, birth dates, political affiliations, "
     "felony convictions and voting histories.", "2017-07-03",
     [Q(50, "states"), Q(4, "digits")]),
    ("bias", "This week’s setbacks to a diplomatic solution to Syria’s increasingly deadly conflict – the war’s death "
     "toll is on a path to cross the 100,000 threshold next month – will likely amplify calls for President Obama "
     "to intervene more directly in the conflict, some regional experts say.", "2013-05-30",
     [D("2013-W22"), Q(100000, None, "target"), D("2013-06")]),
    ("bias", "The 3-year term of the deal remains intact.", "2019-11-20",
     [Q(3, "year")]),
    ("bias", "“Four decades later, we’re witnessing another effort to steal private campaign documents in order to "
     "influence an election.", "2016-10-15",
     [Q(4, "decade")]),
    ("bias", "In 2007 — the last time the Senate debated a bill — Mr. Reid’s heavy hand in controlling amendments "
     "threatened to derail the bill, and he had to relent.", "2013-06-11",
     [D("2007")]),
    ("bias", "The survey also found that voters believed Ford’s claims over Kavanaugh’s denials by a six-point "
     "margin.", "2018-09-25",
     [Q(6, "point")]),
    ("bias", "It’s not an impossible path back to the majority, but it’s not an easy one, either.", "2019-06-27",
     []),
    ("bias", "Braman, who contributed $500 to Bush’s successful 1998 campaign for governor, said simply that he’s "
     "soured on the idea of a Bush presidency, arguing that he found him insufficiently conservative and a figure "
     "of the past.", "2015-04-20",
     [Q(500, "USD"), D("1998")]),
    ("bias", "House Speaker John A. Boehner, Ohio Republican, and Sen. Joe Lieberman, Connecticut independent - two "
     "high-profile supporters of vouchers- announced Monday that they had struck an agreement with the U.S. "
     "Department of Education to carry out the program with no specific cap on enrollment, so both new and "
     "existing enrollees can apply to the program.", "2012-06-18",
     [Q(2, "high-profile supporters", time="2012-06-18"), D("2012-06-18")]),
    ("bias", "It's worth noting that for all the vacillations in this race, Clinton has been above 270 with just "
     "Lean Democratic states in the NPR Battleground Map in every NPR map since May, except one.", "2016-11-07",
     [Q(270, None, "over", "2016-05"), D("2016-05")]),
    ("bias", "At the peak of his power in the 1990s, Limbaugh’s radio show drew a weekly audience of 20 million "
     "listeners.", "2020-02-11",
     [D("1990s"), Q(20e6, "listeners", time="1990s")]),
    ("bias", "He's respected for serving President Barack Obama for eight years while quieting his own ego and "
     "propensity for gaffes.", "2019-04-01",
     [Q(8, "year")]),
    ("bias", "Welch isn't the only one struggling to tell fact from fiction in this digital age.", "2016-12-22",
     []),
    ("bias", "“Perhaps 75% of the ascent for crude oil and gasoline was tied to the usual factors; a very "
     "disciplined OPEC agreement and global demand growth that has outpaced global supply growth,” Kloza told "
     "FactCheck.org via email.", "2018-05-28",
     [Q(75, "percent", "about")]),
    ("bias", "In 2009, about one-quarter of Democrats in the House of Representatives voted to add Hyde-amendment "
     "language to the Affordable Care Act, an effort to protect the conscience rights of pro-life Americans.",
     "2020-02-14",
     [D("2009"), Q(25, "percent", "about", "2009")]),
    ("bias", "In addition to the calls from prominent Republicans for him to step down, Mr. Akin has lost the "
     "financial and organizational backing of the National Republican Senatorial Committee and Crossroads GPS, a "
     "Republican advocacy group that had already spent more than $5 million to weaken Ms. McCaskill, announced "
     "Sunday that it was withdrawing from the state.", "2012-08-22",
     [Q(5e6, "USD", "over"), D("2012-08-19")]),
    ("bias", "David Bozell, president of ForAmerica, said Republicans had eight years to fashion a repeal bill and a "
     "GOP replacement, and the first time they were in a position to hold a substantive vote on their plan they "
     "failed.", "2017-03-24",
     [Q(8, "year")]),
    ("bias", "For those still unconvinced, Ms. Stein argued that voting for one candidate in order to avoid the other "
     "has “brought us everything we were afraid of.”", "2016-08-07",
     []),
    ("bias", "This is just the latest Clinton scandal scoop out of hundreds over the last 24 years that the networks "
     "have skipped or downplayed or just dismissed as toxic waste.", "2016-11-04",
     [Q(24, "year")]),
    ("bias", "At least 113 soldiers were killed and another 78 are missing, according to Iraqi security officials.",
     "2014-09-25",
     [Q(113, "soldiers", "at least"), Q(78, None)]),
    ("bias", "One Democrat voted for former Secretary of State Colin Powell.", "2015-01-06",
     []),
    ("bias", "“In Kansas, I get asked constantly why has no one been held accountable.\"", "2015-10-22",
     []),
    ("bias", "The binding portions don't require countries to make any specific cuts in their greenhouse gas "
     "pollution, but they would commit countries to take stock of their domestic climate change plans starting in "
     "2023 and then every five years after that.", "2015-12-12",
     [D("2023"), Q(5, "year")]),
    ("polnear", "According to a recent poll of Indiana voters, Trump garnered 30% of respondents’ votes, leading the "
     "GOP field.", "2015-12-04",
     [Q(30, "percent")]),
    ("polnear", "Baker wrote the letter Feb. 2 to the State Department’s acting legal adviser.", "2016-02-08",
     [D("2016-02-02")]),
    ("polnear", "Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the "
     "story about Clinton’s emails, “Now, you famously said, in one of the first debates with Hillary Clinton, oh, "
     "I’m tired of hearing about the emails.", "2016-05-27",
     []),
    ("polnear", "PHILADELPHIA, July 29 (UPI) — Fans of Bradley Cooper’s performance in American Sniper have taken to "
     "social media to complain about the actor attending the Democratic National Convention on Wednesday in "
     "Philadelphia.", "2016-07-29",
     [D("2016-07-29"), D("2016-07-27")]),
    ("polnear", "If a Democratic president succeeds Obama, he or she will spend much of the next four years stopping "
     "a lot of GOP-backed legislation from becoming law.", "2016-01-28",
     [Q(4, "year")]),
    ("polnear", "Here is a list of Bill Clinton’s major legislative achievements: Three separate major bank "
     "deregulation bills.", "2016-03-23",
     [Q(3, "major bank deregulation bills")]),
    ("polnear", "DNC CHAIR DEBBIE WASSERMAN SCHULTZ RESIGNS After months of criticism over an alleged bias for the "
     "Clinton campaign, the DNC email leak scandal finally forced Schultz to resign from her job Sunday, one day "
     "before the Democratic National Convention.", "2016-07-25",
     [D("2016-07-24"), Q(1, "day")]),
    ("polnear", "Seven decades on, it is remarkable how many of our political arguments continue to focus on the "
     "resistance of Nazi-like behavior, whether in ourselves or others.", "2015-11-24",
     [Q(7, "decade")]),
    ("polnear", "In Louisville on March 1, Ms. Nwanguma was shocked by the reaction from Trump supporters, she said "
     "in an interview later.", "2016-03-12",
     [D("2016-03-01")]),
    ("polnear", "America's elections are famously exhaustive and expensive: a two-year marathon of primary contests, "
     "televised debates and cross-country campaigns, fueled by hundreds of millions of dollars and intensive "
     "scrutiny.", "2016-09-07",
     [Q(2, "year")]),
    ("polnear", "It is the state’s social conservative epicenter and home to Rep. Steve King, one of Cruz’s most "
     "prominent Iowa endorsers.", "2016-01-27",
     []),
    ("polnear", "Virginia Gov. Terry McAuliffe on Friday announced that he had signed an executive order that "
     "effectively restores the civil rights, including the right to vote, of 206,000 felons, who have been banned "
     "from voting in the state since the Civil War.", "2016-04-22",
     [D("2016-04-22"), Q(206000, "felons")]),
    ("polnear", "They’re not expecting to get any sort of endorsement of marriage between two men or two women, but "
     "they do want the platform to acknowledge different views, and strike anti-LGBT language that was in the 2012 "
     "document, like declarations that kids need a mom and a dad.", "2016-07-11",
     [Q(2, "men"), Q(2, "women"), D("2012")]),
    ("polnear", "The Democrats understood this in 2008, the last election without a Democratic incumbent in the "
     "White House.", "2015-12-23",
     [D("2008")]),
    ("basil", "“The amount I get is nearly $1.1 million. $1,071,872.87, to be exact, though of course this is more "
     "back-of-the-envelope than exact.", "2011-01-06",
     [Q(1.1e6, "USD", "about"), Q(1071872.87, "USD")]),
    ("basil", "Mary Cheney, openly lesbian and married to Heather Poe since 2012, reportedly posted to her personal "
     "page on the social media site: “For the record, I love my sister, but she is dead wrong on the issue of "
     "marriage.", "2013-09-01",
     [D("2012")]),
    ("basil", "\"We simply cannot afford to elect as our next president one of the leading agents of this "
     "administration's foreign policy — a leader from yesterday whose tenure as secretary of state was ineffective "
     "at best and dangerously negligent at worst,\" Rubio said, according to the prepared text of remarks he was to "
     "deliver at the Council on Foreign Relations in New York.", "2015-05-13",
     []),
    ("basil", "In 2015, LePage was forced to apologize to the son of a cartoonist for The Bangor Daily News because he "
     "told him he’d “like to shoot” his father.", "2016-08-30",
     [D("2015")]),
    ("basil", "Arizona Sheriff Joe Arpaio, known for his tough and controversial stances on illegal immigration, "
     "endorsed three term Texas Governor Rick Perry for the Republican presidential nomination on Tuesday morning "
     "during a campaign swing with Mr. Perry through New Hampshire.", "2011-11-29",
     [Q(3, "term", time="2011-11-29"), D("2011-11-29")]),
    ("basil", "Donald Trump has announced Tuesday that he is pulling out of his own Dec. 27th debate.", "2011-12-13",
     [D("2011-12-13"), D("2011-12-27")]),
    ("basil", "“I’ve been by Mike’s side for 19 years, and I’ve never met Donald Trump,” said Kevin Sheekey, an "
     "adviser to Mr. Bloomberg, underscoring the extent to which the men were not close.", "2016-07-28",
     [Q(19, "year")]),
    ("basil", "Mitt Romney’s trip to Israel during the 2012 presidential campaign, for example, did not go over "
     "well.", "2016-08-31",
     [D("2012")]),
    ("basil", "The rough and tumble of the coming campaign seemed far away at Wednesday’s news conference, which was "
     "attended by Mr. Cowan’s wife, Stacey, and their two young sons.", "2013-01-30",
     [D("2013-01-30"), Q(2, "young sons", time="2013-01-30")]),
    ("basil", "\"Our expert's report and testimony showed that at 90 percent of the stores, there was no pay "
     "disparity,\" Boutrous told the court.", "2011-03-29",
     [Q(90, "percent")]),
    ("basil", "Mr. Etheridge, a seven-term House member, can be seen on the video repeatedly asking the young man to "
     "identify himself.", "2010-06-15",
     [Q(7, "term")]),
    ("basil", "Obama has said he will not meet with Netanyahu ahead of his speech in March, saying it would be "
     "\"inappropriate\" to meet with the leader two weeks before the Israeli elections.", "2015-02-25",
     [D("2015-03"), Q(2, "week")]),
    ("allsides", "Mr. McCarthy insisted the anti-Cheney sentiment has nothing to do with her vote to impeach former "
     "President Trump after the Jan. 6 riot at the U.S. Capitol.", "2021-05-04",
     [D("2021-01-06")]),
    ("allsides", "The leadership shakeup comes as House Minority Leader Kevin McCarthy tries to keep members on "
     "message and unified in the run-up to the 2022 midterm elections.", "2021-05-12",
     [D("2022")]),
    ("allsides", "Moderate Democratic Sen. Joe Manchin of West Virginia made clear Thursday that $1.5 trillion was "
     "the price tag he was willing to settle on for his party's plan to expand the social safety net, putting him "
     "$2 trillion away from the lowest number progressive Democrats have said they would accept.", "2021-09-30",
     [D("2021-09-30"), Q(1.5e12, "USD"), Q(2e12, "USD", time="2021-09-30")]),
    ("allsides", "Once the storm began churning up the Gulf's unusually warm water — 86 degrees at places, even at "
     "depths of more than...", "2021-08-31",
     [Q(86, "degrees")]),
    ("allsides", "During his Fox News primetime show on June 15, 2021, host Tucker Carlson launched into a diatribe "
     "accusing the FBI of orchestrating the Jan. 6 attack on the U.S. Capitol.", "2021-06-17",
     [D("2021-06-15"), D("2021-01-06")]),
    ("allsides", "Sheldon Whitehouse, D-R.I., and Chris Coons, D-Del., made public Thursday, Jill Tyson of the FBI's "
     "congressional affairs office acknowledged that the department conducted only 10 additional interviews in its "
     "supplemental investigation, even though it had received over 4,500 tips.", "2021-07-23",
     [D("2021-07-22"), Q(10, "interviews"), Q(4500, "tips", "over")]),
    ("allsides", "Federal officers cleared Black Lives Matter demonstrators from Lafayette Park near the White House "
     "in June 2020 in order to install fencing, not to make way for a photo-op for President Trump, the Inspector "
     "General for the Department of the Interior said on Wednesday.", "2021-06-09",
     [D("2020-06"), D("2021-06-09")]),
    ("allsides", "Her victory shores up the Democratic majority in Congress ahead of 2022 midterm elections.",
     "2021-06-02",
     [D("2022")]),
    ("allsides", "Speaker Nancy Pelosi's plan to move the bill in tandem with the Senate-passed infrastructure "
     "legislation is threatened by a rebellion by moderate Democrats, who have insisted that the $550 billion "
     "infrastructure bill get a speedy vote and be signed into...", "2021-08-23",
     [Q(550e9, "USD")]),
    ("allsides", "In 2016, the Periodic Review Board process ruled that his detention “no longer remained necessary "
     "to protect against a continuing significant threat to the national security of the United States.”",
     "2021-07-19",
     [D("2016")]),
    ("allsides", "More than three-quarters of Republican-led states plan to end an extra $300-a-week in federal "
     "jobless benefits early, as unemployment claims reached a new pandemic low, likely triggering a decrease in "
     "the number of benefits recipients this summer.", "2021-05-20",
     [Q(75, "percent", "over"), Q(300, "USD per week"), D("2021-06/2021-08")]),
    ("allsides", "But many scientists say that given the available evidence, which shows the two-dose vaccines still "
     "provide formidable protection against severe disease, it’s not yet clear that boosters are needed.",
     "2021-09-04",
     [Q(2, "dose")]),
    ("allsides", "Republicans and even some Democrats had previously criticized the vice president for making her "
     "first border trip to El Paso, a city nearly 1,000 miles away from what they call the epicenter of the "
     "border crisis, and the first question at Harris's press conference asked why she selected El Paso over an "
     "area like the Rio Grande Valley.", "2021-06-25",
     [Q(1000, "miles", "about")]),
    ("allsides", "KNX1070's Claudia Peschiutta reports that LA County has decided to reinstate the indoor mask "
     "mandate - regardless of vaccination status - following a rise in COVID cases.", "2021-07-15",
     []),
    ("allsides", "Edwards vetoed Senate Bill 156 last month, which would have required athletic teams to allow "
     "athletes based on “biological sex.”", "2021-07-21",
     [D("2021-06")]),
    ("allsides", "The U.S. recorded a grim milestone Tuesday with over 600,000 deaths attributed to coronavirus, "
     "according to data from Johns Hopkins University.", "2021-06-15",
     [D("2021-06-15"), Q(600000, "deaths", "over", "2021-06-15")]),
]


# Drawn by ``benchmarks/quantities_draw.py twenty-fourth`` (bias-corpus articles 459 modulo 700, PolNeAR *train* texts
# 42 and 68 modulo 70, BASIL and AllSides in the order of ``random.Random(2049)``, 18 AllSides bodies). Of its 63
# sentences two were dropped as scraping leftovers: a photo caption ("U.S. Ambassador to the U.N. Nikki Haley at a
# Security Council meeting on Syria, April 7, 2017.") and a correction notice ("CORRECTION: Corrected by: Emily Howell @
# 10/16/2012 10:45 AM …"). Where the conventions say nothing, the reader's answer was written: "one more chance" counts
# (an additional one, set against those before); "until 6 a.m. local time Saturday" in a past-tense clause written on a
# Friday is the coming Saturday; "the Democratic National Convention in July" written in April is the coming July.
TWENTY_FOURTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Top earners started paying an additional 3.8 percent tax on their investment income, such as capital "
     "gains, this year.", "2013-07-05",
     [Q(3.8, "percent", time="2013"), D("2013")]),
    ("bias", "The divide then was that the people of Western Virginia did not believe “the government at Richmond” had "
     "their best interests at heart and that such a divide exists again again today (over 118 local governments in "
     "Virginia have declared themselves Second Amendment Sanctuaries for this reason).", "2020-01-15",
     [D("2020-01-15"), Q(118, "local governments", "over")]),
    ("bias", "His remarks came as a bipartisan bill was introduced in the Senate to delay the implementation of the "
     "individual mandate of ObamaCare by one year, meaning Americans would avoid a $95 penalty for not having health "
     "insurance that is scheduled to kick in next year.", "2013-11-08",
     [Q(1, "year"), Q(95, "USD"), D("2014")]),
    ("bias", "Protesters caused an estimated $100,000 in damage at the University of California at Berkeley when "
     "rioting broke out in advance of a Feb. 1 speech by conservative pundit Milo Yiannapoulos, which was canceled "
     "amid the uproar.", "2017-03-05",
     [Q(100000, "USD", "about"), D("2017-02-01")]),
    ("bias", "Politically, no one wins or loses.", "2012-11-23",
     []),
    ("bias", "The New York Times reported that aides to Sanders have started pressing party officials for a major role "
     "in drafting the platform for the Democratic National Convention in July, especially on including issues like "
     "a $15-an-hour federal minimum wage, breaking up Wall Street banks, and banning natural gas fracking.",
     "2016-04-26",
     [D("2016-07"), Q(15, "USD per hour")]),
    ("bias", "The military was enforcing a curfew until 6 a.m. local time Saturday in the northern Sinai Peninsula.",
     "2013-07-05",
     [D("2013-07-06")]),
    ("bias", "Trump said he arrived at the decision following conversations with Anthony Fauci and Deborah Birx, two "
     "doctors and public health experts on the White House's coronavirus task force.", "2020-03-29",
     [Q(2, "doctors and public health experts")]),
    ("bias", "One thing is clear: The reactions from Romney and Obama to the jobs report couldn't have been any more "
     "distinct.", "2012-07-06",
     []),
    ("bias", "The average Black Friday advertised discount across 17 categories was 45% this year compared with 48% "
     "last year, according to price-tracking firm Market Track LLC.", None,
     [Q(17, "categories", time="this year"), Q(45, "percent", time="this year"), D("this year", "relative"),
      Q(48, "percent", time="last year"), D("last year", "relative")]),
    ("bias", "When Obama won the Nobel Peace Prize in 2009, he compared his accomplishments to a range of previous "
     "winners, including Mandela, and said that, by comparison, “my accomplishments are slight.”", "2013-12-05",
     [D("2009")]),
    ("bias", "Trump gave his two-word prescription Monday morning when asked by a reporter at the White House Easter "
     "Egg Roll.", "2017-04-17",
     [Q(2, "word", time="2017-04-17"), D("2017-04-17")]),
    ("bias", "\"It's definitely a big loss for our country he was definitely a very influential figures and I don't "
     "necessarily agree with him on everything but I have a lot of respect for him as a justice,\" said Emily "
     "Weatherspoon, 17.", "2016-02-19",
     [Q(17, None)]),
    ("bias", "The state plans to remain in each phase for a minimum of three weeks.", "2020-05-14",
     [Q(3, "week", "at least")]),
    ("bias", "Through the theft of a Supreme Court seat, the Republican Party has set up the religious "
     "right—one of the constituencies on which it most depends—to be in its permanent debt.", "2019-05-07",
     []),
    ("bias", "The Sanders bill sets aside $100 billion every year to pay for the prizes, with specific pools of "
     "funding reserved for global neglected diseases, diseases affecting smaller populations, and certain "
     "infectious diseases.", "2019-01-14",
     [Q(100e9, "USD per year")]),
    ("bias", "In other words, through civil-asset forfeiture, the state could impose four times the monetary penalty "
     "while adjudicating the case under a lower burden of proof.", "2019-02-20",
     [Q(4, "times")]),
    ("bias", "And a national poll from Reuters/IPSOS gave Clinton a 6-point edge.", "2016-10-06",
     [Q(6, "point")]),
    ("bias", "\"What we have is two schoolyard bullies out-threatening each other,\" said Stephen Miles, director of "
     "Win Without War, a coalition of liberal advocacy groups.", "2017-08-09",
     [Q(2, "schoolyard bullies")]),
    ("bias", "Twenty-nine percent said Obama would be to blame.", "2012-12-13",
     [Q(29, "percent")]),
    ("bias", "Of course, there is a significant difference between simply not liking one’s art and calling for the "
     "artist’s platform to be removed.", "2019-09-09",
     []),
    ("bias", "Feinstein said her legislation will outlaw the sale, import and manufacture of more than 100 different "
     "firearms, including \"semiautomatic rifles, handguns and shotguns that can accept a detachable magazine and "
     "semiautomatic rifles and handguns with a fixed magazine that can accept more than ten rounds.\"", "2012-12-18",
     [Q(100, "firearms", "over"), Q(10, "rounds", "over")]),
    ("polnear", "The 2nd Amendment will be effectively erased from the Bill of Rights.", "2016-02-17",
     []),
    ("polnear", "WASHINGTON (AP) — President Barack Obama will get one more chance on Saturday to poke fun at fellow "
     "politicians, the press and himself as he attends his final White House Correspondents’ Dinner.", "2016-04-29",
     [Q(1, "chance", time="2016-04-30"), D("2016-04-30")]),
    ("polnear", "As Bill Clinton turns 70, a look at where he fits into a Hillary Clinton White House.", "2016-08-19",
     [Q(70, None)]),
    ("polnear", "There was widespread anger following his comments that Muslims should be banned from entering the "
     "U.S. A petition calling on him to be banned from the United Kingdom has reached a record 563,000 signatures on "
     "a government website.", "2015-12-19",
     [Q(563000, "signatures")]),
    ("polnear", "It’s been two months since Republicans confirmed a judge.", "2016-04-12",
     [Q(2, "month")]),
    ("polnear", "Sanders named five people to the committee, while Clinton named six.", "2016-06-09",
     [Q(5, "people"), Q(6, None)]),
    ("polnear", "Indeed, members of the Islamic State used technology created by a company in Germany to claim credit "
     "for last month's attacks in Paris, and text messages discovered on one of the attackers' phones suggested that "
     "the attackers were not even using encryption.", "2015-12-09",
     [D("2015-11")]),
    ("polnear", "For Mr. Rubio, who has been called a Republican Obama in praise and in scorn, articulating the ways "
     "his experience as a 44-year-old first-term senator differs from Mr. Obama's in 2008 has been a constant "
     "struggle: No political association is more fraught or double-edged.", "2016-02-09",
     [Q(44, "year", measure="age"), D("2008")]),
    ("polnear", "A labor official said this year that cutbacks in the steel and coal sectors alone could lead to "
     "layoffs of 1.8 million workers.", "2016-06-07",
     [D("2016"), Q(1.8e6, "workers")]),
    ("polnear", "In one email exchange, for instance, an executive at the Clinton Foundation in 2009 sought to put a "
     "billionaire donor in touch with the United States ambassador to Lebanon because of the donor's interests "
     "there.", "2016-08-11",
     [D("2009")]),
    ("polnear", "“This is one of Hillary’s friends from sixth grade,” Tom told Annette Guessford, who answered her "
     "door Sunday afternoon and said she planned to caucus for Clinton.", "2016-01-31",
     [D("2016-01-31")]),
    ("polnear", "Debates between Clinton and Sanders have rarely focused on K-12 education.", "2016-04-06",
     []),
    ("polnear", "\"We have to be willing to stand as one and demand changes from lawmakers at the federal, state and "
     "local level ...", "2016-07-22",
     []),
    ("polnear", "It's not easily categorized as dove or hawk,\" said George Allen, a Republican and former Virginia "
     "governor and senator who flirted with a 2008 presidential run.", "2015-11-27",
     [D("2008")]),
    ("basil", "In that case, made public this month, the woman was accused of funneling at least $10,000 to Grimm's "
     "campaign by passing them through friends who agreed to have the donations listed under their names.",
     "2014-04-25",
     [D("2014-04"), Q(10000, "USD", "at least")]),
    ("basil", "Macroeconomic Advisors, Deutsche Bank and Goldman Sachs projected smaller increases but no less than at "
     "least 0.5 percentage point.", "2010-12-08",
     [Q(0.5, "percentage points", "at least")]),
    ("basil", "Senator Charles E. Schumer of New York, one of the Democratic architects of the Senate bill, said: “One "
     "thing is certain, just as with the budget, at some point both the House and the Senate will have to sit down "
     "and resolve all the contentious issues.”", "2014-01-25",
     []),
    ("basil", "Rubio also told Rose he would not have authorized the 2003 invasion of Iraq that toppled Saddam "
     "Hussein's regine if he knew Hussein did not have weapons of mass destruction.", "2015-05-13",
     [D("2003")]),
    ("basil", "Though the Dec. 27 debate technically is sponsored by Newsmax, Trump quickly became the face of it "
     "after he was named as moderator.", "2011-12-13",
     [D("2011-12-27")]),
    ("basil", "Mr. Ryan is to deliver the prestigious Whittington Lecture, named for an associate dean who was killed "
     "on the airplane that crashed into the Pentagon on Sept. 11, 2001.", "2012-04-24",
     [D("2001-09-11")]),
    ("basil", "The legislation would give the president “fast-track” authority to approve pending trade deals with 11 "
     "Pacific Rim nations.", "2015-06-15",
     [Q(11, "Pacific Rim nations")]),
    ("allsides", "The Food and Drug Administration on Monday granted full approval to the Covid-19 vaccine developed "
     "by Pfizer and its partner BioNTech, a long-awaited development that public health officials hope will persuade "
     "some people who remain hesitant about the vaccine to get the shot.", "2021-08-23",
     [D("2021-08-23")]),
    ("allsides", "Secretary of State Antony Blinken on Wednesday said about 1,500 Americans remain in Afghanistan and "
     "are waiting to be evacuated.", "2021-08-25",
     [D("2021-08-25"), Q(1500, "Americans", "about")]),
    ("allsides", "The death of Donald Rumsfeld – Republican powerbroker, controversial Defense Secretary and architect "
     "of the Iraq war – days before his 89th birthday from multiple myeloma has drawn reaction from lawmakers, "
     "presidents and more.", "2021-07-01",
     []),
    ("allsides", "Fewer voter registrations are being canceled this year than in 2017, when 534,000 were eliminated "
     "from Georgia’s voter rolls during the largest removal of registrations in U.S. history.", "2021-06-20",
     [D("2021"), D("2017"), Q(534000, None, time="2017")]),
    ("allsides", "The 500 million doses are destined for the world's 100 poorest countries.", "2021-06-10",
     [Q(500e6, "doses"), Q(100, "poorest countries")]),
    ("allsides", "Biden welcomed the accord as one that would show America can “do big things.”", "2021-07-29",
     []),
    ("allsides", "There's no relationship quite like it in politics or media: A pair of brothers, one governing the "
     "fourth biggest state in the country, the other hosting one of the most prominent shows on cable TV.",
     "2021-08-04",
     []),
    ("allsides", "The first weapons activity by Kim Jong Un's regime in almost six months came as President Joe "
     "Biden's envoy for North Korea, Sung Kim, was in Tokyo for talks with Japan and South Korea...", "2021-09-15",
     [Q(6, "month", "about")]),
    ("allsides", "By the numbers: If the military’s task of adding 50,000 spots to bases by mid-September to "
     "temporarily house Afghan refugees sounds like a lot, consider that there have been more than 1.2 million "
     "undocumented border crossings since last October.", "2021-09-07",
     [Q(50000, "spots", "target", "2021-09"), D("2021-09", "target"),
      Q(1.2e6, "undocumented border crossings", "over", "2020-10"), D("2020-10")]),
    ("allsides", "Biden laid out a plan incentivizing Americans to take the vaccine, including paid time off to get "
     "vaccinated and $100 payments to Americans who get vaccinated, paid for by government.", "2021-07-29",
     [Q(100, "USD")]),
    ("allsides", "House and Senate leadership announced on Monday that they plan to attach a proposal to raise the "
     "debt ceiling through Dec. 2022 to a short-term, government funding bill.", "2021-09-20",
     [D("2021-09-20"), D("2022-12")]),
    ("allsides", "Thomas Barrack, who spearheaded the inaugural fund for former President Donald Trump in 2017, was "
     "arrested and charged Tuesday with illegal foreign lobbying on behalf of the United Arab Emirates.", "2021-07-20",
     [D("2017"), D("2021-07-20")]),
    ("allsides", "The New York City region awoke Thursday to debris-strewn downtowns, soggy basements and crippled "
     "transit after a “historic” overnight downpour from the remnants of Hurricane Ida killed at least eight "
     "people.", "2021-09-02",
     [D("2021-09-02"), Q(8, "people", "at least")]),
    ("allsides", "The House Republican Conference on Friday morning voted to elect Rep. Elise Stefanik as its "
     "chairwoman, sealing the New York lawmaker's ascent two days after the group ousted Rep. Liz Cheney amid strong "
     "tension over the party's future.", "2021-05-14",
     [D("2021-05-14"), Q(2, "day")]),
    ("allsides", "Three hundred years on, President Emmanuel Macron is walking an equally tricky tightrope just eight "
     "months before he seeks re-election in April 2022.", "2021-08-08",
     [Q(300, "year"), Q(8, "month"), D("2022-04")]),
    ("allsides", "He insinuated that the ten-year ban on...", "2021-04-29",
     [Q(10, "year")]),
    ("allsides", "West Virginia Sen. Joe Manchin offered a lump of coal to his fellow Democrats after he demanded $150 "
     "billion in clean-energy initiatives be removed from a budget bill currently making its way through the "
     "Senate.", "2021-10-18",
     [Q(150e9, "USD")]),
    ("allsides", "Bitcoin, the world’s largest cryptocurrency, dropped as much as 7 percent, to around $41,100, on the "
     "news, but recovered somewhat as the day went on.", "2021-09-24",
     [Q(7, "percent", "up to"), Q(41100, "USD", "about")]),
]


# Drawn by ``benchmarks/quantities_draw.py twenty-fifth`` (bias-corpus articles 548 modulo 700, PolNeAR *train* texts 16
# and 55 modulo 70, AllSides in the order of ``random.Random(2050)``; 28 bias-corpus sentences, 14 PolNeAR, 20 AllSides,
# no BASIL: its 210 articles all hold a table sentence by now). None dropped. Where the conventions say nothing, the
# reader's answer was written: "CPAC 2019" is a date (the year naming the event, as "the 2016 election"); "by the end of
# the century" is no date (not a shape the convention dates); "the ratio is one doctor to 10,000 people" is two counts;
# "one crisis away from poverty" is an idiom, no count; "extending the pause … through Jan. 31" written in August is the
# coming January.
TWENTY_FIFTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Retired Colonel Sheri Swokowski, 67, the highest-ranking openly transgender veteran, joined the "
     "criticism.", "2017-07-27",
     [Q(67, None)]),
    ("bias", "Saudi Arabia moved Sunday to expel the Canadian ambassador from Riyadh and declared a freeze on all "
     "new trade deals between the two countries, following Canada’s demand that the Saudis free women’s "
     "rights activists and others arrested in the Kingdom.", "2018-08-07",
     [D("2018-08-05"), Q(2, "countries")]),
    ("bias", "About seven in 10 Democratic primary voters also said someone other than Mrs. Clinton could still "
     "win the nomination, compared to 28 percent who said “it’s over — Hillary Clinton’s definitely going "
     "to win.”", "2015-06-04",
     [Q(70, "percent", "about"), Q(28, "percent")]),
    ("bias", 'Listen, we\'ve known about this problem for 16 months," he said, blaming Democrats and Obama for not '
     "acting.", "2013-03-03",
     [Q(16, "month")]),
    ("bias", "What happens is you have a vacuum and vacuums like this one are usually filled by evil terrorist "
     "ideologists.", "2015-01-12",
     []),
    ("bias", "The real hard fact here is that CPAC 2019 was filled to overflowing with Americans from all over the"
     " country who came and spent hours on end listening to — and participating in — quite serious "
     "discussions from a very long list of serious conservative intellectuals, policy experts, governors, "
     "senators, congressmen, journalists, and activists.", None,
     [D("2019")]),
    ("bias", "In 2010, the organization came into its own by publishing a trove of documents given to it by "
     "Chelsea Manning, then an Army intelligence analyst.", "2019-04-11",
     [D("2010")]),
    ("bias", "France's parliament, where Macron's ruling party has a comfortable majority, is debating legislation"
     " that would give the new regulator the power to fine tech companies up to 4% of their global revenue"
     " if they don't do enough to remove hateful content from their network.", "2019-06-25",
     [Q(4, "percent", "up to")]),
    ("bias", "It's a lucrative business, explored by NPR in November, when we tracked down one notorious fake-news"
     " creator.", "2017-01-25",
     [D("2016-11")]),
    ("bias", "As of Wednesday morning, Maine was still too close to call, although that in and of itself is a win "
     "for Biden; we gave him only a 1 in 4 chance of carrying the state entering the night.", "2020-03-04",
     [D("2020-03-04"), Q(25, "percent")]),
    ("bias", "The two sides have made little if any progress since then to end the 26-day shutdown, the longest in"
     " U.S. history.", "2019-01-16",
     [Q(2, "sides"), Q(26, "day")]),
    ("bias", '"People fight over whether a child is a dependent of one parent or another.', "2015-09-28",
     []),
    ("bias", "McBath’s campaign spent $1.2 million compared to $8 million dropped by Handel’s campaign.", "2018-11-16",
     [Q(1.2e6, "USD"), Q(8e6, "USD")]),
    ("bias", "President Trump on Monday said he doesn’t believe his administration’s new report that predicted "
     "climate change would shave 10 percent off the U.S. economy by the end of the century.", "2018-11-26",
     [D("2018-11-26"), Q(10, "percent")]),
    ("bias", "And with religion flaring up in the 2012 race recently amid revelations about proposed ads linking "
     "President Barack Obama to his former pastor, the Rev.", "2012-05-28",
     [D("2012")]),
    ("bias", "“When it’s framed as ‘Should people be able to marry regardless of sexual orientation?’ you see a "
     "significant change from five years ago,” he said.", "2012-06-25",
     [Q(5, "year")]),
    ("bias", "Since 2010, Republicans invested almost everything in the issue of deficit reduction and saying no "
     "to everything that came out of the White House.", "2013-06-03",
     [D("2010")]),
    ("bias", "“He’s got a lot of pizzazz and zip,” Mr. Clinton said, adding that Mr. Trump has the ability to make"
     " himself distinct in a race that started out with 17 Republican candidates, and has found a way to "
     "make his working-class supporters believe that he would help them economically.", "2015-09-27",
     [Q(17, "Republican candidates")]),
    ("bias", "Supreme Court rulings in 2001 and 2006 added to the confusion, imposing a less-than-clear "
     "requirement that upstream water must have a “significant nexus” to a navigable waterway to fall "
     "under the federal government’s jurisdiction.", "2015-05-27",
     [D("2001"), D("2006")]),
    ("bias", "One possible defector, Sen. Mitt Romney, R-Utah, told reporters Monday that “it's important to be "
     'able to hear from John Bolton for us to be able to make an impartial judgment."', "2020-01-27",
     [D("2020-01-27")]),
    ("bias", "In Lerner's case, the Justice Department is investigating the IRS saga and agency officials have "
     "faced pointed questions from lawmakers at three hearings.", "2013-05-22",
     [Q(3, "hearings")]),
    ("bias", '"Federal judges have no license to reallocate political power between the two major political '
     "parties, with no plausible grant of authority in the Constitution, and no legal standards to limit "
     'and direct their decisions."', "2019-06-27",
     [Q(2, "major political parties")]),
    ("bias", "The memo stated that on Oct. 21, 2016, the Justice Department and the FBI “sought and received” a "
     "FISA probable cause order authorizing “electronic surveillance” on Page.", "2018-02-05",
     [D("2016-10-21")]),
    ("bias", "The US has imposed sanctions on 17 Saudi officials, including Saud al-Qahtani, a former adviser to "
     'the crown prince who, it alleged, was "part of the planning and execution of the operation" that led'
     " to Khashoggi's murder.", None,
     [Q(17, "Saudi officials")]),
    ("bias", "In some rural areas, the ratio is one doctor to 10,000 people.", None,
     [Q(1, "doctor"), Q(10000, "people")]),
    ("bias", "Mr. Schiff lauded Mr. Steele for disclosing that Rosneft, a Russian-owned gas and oil company, "
     "planned to sell a 19.5 percent share to an investor and that Mr. Page was offered a brokerage fee.", "2017-07-11",
     [Q(19.5, "percent")]),
    ("bias", "Korn, who came to the RNC after running similar outreach programs in the George W. Bush White House,"
     " said the results were particularly stark in heavily Hispanic Passaic County, New Jersey, a county "
     "Christie turned red in 2013.", "2014-01-23",
     [D("2013")]),
    ("bias", "No one should ever be one crisis away from poverty, but for a large percentage of American families,"
     " that is the reality.", "2020-05-11",
     []),
    ("polnear", "Among Democratic candidates, 56 percent would vote for Clinton for president.", "2015-12-13",
     [Q(56, "percent")]),
    ("polnear", "It takes 2,383 delegates to win the nomination.", "2016-03-21",
     [Q(2383, "delegates")]),
    ("polnear", "“When Donald Trump says ‘Let’s make America great again,’ that is code for let’s take America "
     "backward, back to a time when opportunity and dignity were reserved for some,” Clinton said, "
     "referencing the period before 1972’s landmark Roe v.", "2016-06-10",
     [D("1972")]),
    ("polnear", "“I think there are millions of Americans who are deeply disappointed in the president, who believe "
     "that, with regard to Social Security and a number of other issues, he said one thing as a candidate "
     "and is doing something very much else as a president,” Sanders said in 2011.", "2016-02-12",
     [D("2011")]),
    ("polnear", "Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant "
     "xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all Muslims — 1.6 "
     "billion members of an entire religion — from entering the U.S.", "2016-05-19",
     [Q(1.6e9, "members")]),
    ("polnear", "While many of his contemporaries are content to revisit their Broadway hits in a concert format, "
     "Butz will opt for something radically different when he hits New York’s Feinstein’s/54 Below on Aug."
     " 5.", "2016-08-05",
     [D("2016-08-05")]),
    ("polnear", "And although the deficit has been slashed from its recession spike, the overall national debt has "
     "ballooned to $18 trillion from $11 trillion.", "2016-01-14",
     [Q(18e12, "USD"), Q(11e12, "USD")]),
    ("polnear", "In January, the group also raised $100,000 checks from other major donors allied with Mr. Trump's "
     "rivals, among them Robert Mercer, a longtime Club for Growth donor who backs Mr. Cruz.", "2016-03-22",
     [D("2016-01"), Q(100000, "USD", time="2016-01")]),
    ("polnear", "Either out of embarrassment or to protect its sources of intelligence, the Obama administration has "
     "never publicly blamed Russia for stealing data from the State Department and White House "
     "unclassified systems, just as it has never publicly identified China as the culprit in the theft of "
     "security-clearance information on nearly 22 million Americans from the Office of Personnel "
     "Management.", "2016-07-07",
     [Q(22e6, "Americans", "about")]),
    ("polnear", "“The answer you’d like me to give is, ‘I’m for the RFS, darn it,’” Cruz, who has proposed repealing "
     "the mandate over five years, said at the time.", "2015-11-24",
     [Q(5, "year")]),
    ("polnear", "About one in five say they would either not vote or are unsure whom they’d support — or even "
     "consider supporting a third-party candidate — if Trump is the nominee.", "2016-02-29",
     [Q(20, "percent", "about")]),
    ("polnear", "Pushed by host Chuck Todd on what could bring him to run in 2020 or 2024, Cuban demurred.",
     "2016-05-22",
     [D("2020"), D("2024")]),
    ("polnear", "Obama's original June 15 campaign event with Clinton in Green Bay, Wisconsin, was postponed and "
     "ultimately relocated weeks later after the Pulse nightclub shooting in Orlando, Florida.", "2016-08-26",
     [D("2016-06-15")]),
    ("polnear", "The two are neck and neck in our Power Rankings this week; Trump was on top by a razor-thin margin.",
     "2016-01-13",
     [Q(2, None, time="2016-W02"), D("2016-W02")]),
    ("allsides", "“The [United States’] new travel policy that requires vaccination for foreign national travelers to "
     "the United States will begin on Nov 8,”  Kevin Munoz, White House assistant press secretary, wrote "
     "on Twitter Friday.", "2021-10-15",
     [D("2021-11-08"), D("2021-10-15")]),
    ("allsides", "Mr Cuomo, 63, denies any wrongdoing and has so far resisted calls to resign.", "2021-08-10",
     [Q(63, None)]),
    ("allsides", "In both the U.S. and Europe there are a growing number of jobs and sectors which are now requiring "
     "people to be fully vaccinated against Covid-19 — not only in the more obvious public-facing roles "
     "like healthcare and education but also in the technology, hospitality, travel and finance sectors.", "2021-09-14",
     []),
    ("allsides", "Drugmaker Merck said Friday that its experimental COVID-19 pill reduced hospitalizations and deaths "
     "by half in people recently infected with the coronavirus, potentially a leap forward in the global "
     "fight against the pandemic.", "2021-10-01",
     [D("2021-10-01"), Q(50, "percent")]),
    ("allsides", "Seven Capitol Police officers filed a lawsuit Thursday accusing former President Donald Trump and "
     "supporters of planning what led to the Jan. 6 attack in Washington D.C. The suit ranks as the most "
     "expansive civil effort to date seeking to hold Trump and his allies legally accountable for the "
     "Capitol assault, The New York Times reported.", "2021-08-26",
     [Q(7, "Capitol Police officers", time="2021-08-26"), D("2021-08-26"), D("2021-01-06")]),
    ("allsides", "Fastly, one of the world's most widely-used cloud based content delivery network providers, said...",
     "2021-06-08",
     []),
    ("allsides", "The 26-year-old was aboard the Ryanair plane, which was flying from the Greek capital, Athens.",
     "2021-05-24",
     [Q(26, "year", measure="age")]),
    ("allsides", "The Biden administration is extending the pause on federal student loan payments due to the "
     "coronavirus pandemic through Jan. 31, which the administration described as the final extension.", "2021-08-06",
     [D("2022-01-31")]),
    ("allsides", '"One thing is that he didn\'t discuss the border and the fact that tens of thousands of people are '
     "pouring into our country, many of them criminals, many of them people from jails, many of them doing"
     ' acts that you don\'t even want to know about," Trump told Fox Business\'s Maria Bartiromo.', "2021-04-30",
     []),
    ("allsides", "The budget resolution has a price tag of $3.5 trillion, an includes a series of tax increases and "
     "other offsets to help finance the sweeping plan, though the majority of the legislation implementing"
     " the plan needs to be written as a dozen committees have instructions to start drafting legislation.",
     "2021-08-09",
     [Q(3.5e12, "USD"), Q(12, "committees")]),
    ("allsides", "But the one-page letter from the ultraconservative House Freedom Caucus represents a test for "
     "McCarthy, who likely will need Freedom Caucus support in his quest...", "2021-07-23",
     [Q(1, "page")]),
    ("allsides", "As the May 25 anniversary of George Floyd’s death nears, lawmakers are working across the aisle to "
     "introduce bipartisan legislation to overhaul some police standards.", "2021-05-08",
     [D("2021-05-25")]),
    ("allsides", "The rivals will meet on June 16 in Geneva, Switzerland, as part of Biden's first presidential trip "
     "abroad to the United Kingdom and Europe, according to the White House.", "2021-05-25",
     [D("2021-06-16")]),
    ("allsides", "That's the message Democratic leaders are sending as they try to push more than $4 trillion into the"
     " economy to build infrastructure, fight climate change and ease the financial cost of child and "
     "elder care for families.", "2021-07-26",
     [Q(4e12, "USD", "over")]),
    ("allsides", "Flooding killed at least nine people, swept away cars, submerged subway lines and grounded flights "
     "in New York and New Jersey as the remnants of Hurricane Ida brought torrential rains to the area.", "2021-09-02",
     [Q(9, "people", "at least")]),
    ("allsides", "The consensus number from analysts polled by Refinitiv was 700,000.", "2021-07-02",
     [Q(700000, None)]),
    ("allsides", "Senators voted 67-32 to greenlight the debate, with 17 Republicans joining all 50 Democrats to "
     "launch a floor effort that could conclude with a Senate victory for a bipartisan package that has "
     "been championed by President Biden.", "2021-07-29",
     [Q(67, None), Q(32, None), Q(17, "Republicans"), Q(50, "Democrats")]),
    ("allsides", "The Labor Department’s report showed the number of Americans filing new claims for unemployment "
     "benefits increased by 51,000 to a seasonally adjusted 419,000 for the week ended July 17.", "2021-07-22",
     [Q(51000, None, time="2021-07-17"), Q(419000, None, time="2021-07-17"), D("2021-07-17")]),
    ("allsides", "Following days of lengthy debate among vaccine experts, booster shots of the Pfizer/BioNTech "
     "Covid-19 vaccine can now be officially administered to some adults in the United States.", "2021-09-23",
     []),
    ("allsides", "Simone Biles and three fellow gymnasts offered gut-wrenching testimony to Congress on Wednesday, "
     "describing the abuse they suffered at the hands of doctor Larry Nassar and charging the FBI “turned "
     "a blind eye” as he molested young female patients.", "2021-09-15",
     [Q(3, "fellow gymnasts", time="2021-09-15"), D("2021-09-15")]),
]


# Drawn by ``benchmarks/quantities_draw.py twenty-sixth`` (bias-corpus articles 385 modulo 700, PolNeAR *train* texts 31
# and 64 modulo 70, AllSides in the order of ``random.Random(2051)``; 28 bias-corpus sentences, 14 PolNeAR, 20 AllSides,
# no BASIL). Of its 62 sentences one was dropped as a scraping leftover: a link line ("Read or Share this story:
# http://usat.ly/1MUhg5b"). Where the conventions say nothing, the reader's answer was written: "Currently" is no date
# (not a shape the convention dates); "the month of March" in a clause dated "in the mid-1990s" is a month of no known
# year ("--03", as a month is written when the publication date is unknown); "until June" in "the 2008 primary contest"
# is June 2008; "the group divided in two" is a bare 2; "over 27 years of elected office" is a span throughout (exact,
# as "$84 billion over 10 years"); "three more Afghan provincial capitals" counts capitals (as "one more chance"). One
# annotation was corrected after the first run to the tables' precedent: "in June" with no publication date had been
# written as a plain date, but a month of unknown year is relative ("sometime in December" in ``test_quantities``); the
# first run missed that sentence either way (it left the "$50 billion" of the clause undated).
TWENTY_SIXTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "A source from one of the significant parliamentary parties told Al Jazeera that the process of selecting "
     "the next prime minister started shortly after al-Sistani's statement.", None,
     []),
    ("bias", "By contrast, John McCain in 2008 and Mitt Romney in 2012 got less primary support from voters with high "
     "racial resentment and anti-immigration scores than they did from less racially resentful or anti-immigrant "
     "voters.", "2016-10-15",
     [D("2008"), D("2012")]),
    ("bias", "Both Green and Huehlefeld were subsequently convicted and sentenced to prison; Dorsey was sentenced to "
     "10 years’ probation after accepting a plea bargain in return for testifying against his co-defendants; the trial "
     "of Montange has been delayed.", None,
     [Q(10, "year")]),
    ("bias", "Democracy Alliance staff and board members rejected that characterization, asserting the meeting was "
     "about the future of the progressive movement generally, and not the 2016 presidential race specifically.",
     "2014-11-13",
     [D("2016")]),
    ("bias", "And granting citizenship to such people – even if the process takes 13 years – would only serve to "
     "convince future illegal migrants that they, too could eventually get citizenship if they just pressure "
     "Congress long enough.", "2014-01-31",
     [Q(13, "year")]),
    ("bias", "The gunman allegedly shot and killed Daniel Anderl, Salas' 20-year-old son, and wounded her husband, "
     "criminal-defense lawyer Mark Anderl, 63.", "2020-07-20",
     [Q(20, "year", measure="age"), Q(63, None, measure="age")]),
    ("bias", "Currently, 68% of Republicans and Republican-leaning independents say public health officials such as "
     "those at the CDC have done an excellent or good job in dealing with the outbreak, down from 84% nearly two "
     "months ago.", "2020-05-12",
     [Q(68, "percent"), Q(84, "percent"), Q(2, "month", "about")]),
    ("bias", "Take, for instance, the study published by three scholars in the Journal of Competition Law and "
     "Economics who examined the merits of proposed price-control laws in the wake of Hurricanes Katrina and Rita.",
     "2020-03-16",
     [Q(3, "scholars")]),
    ("bias", "Mr. Durbin said he doesn’t like aspects of the Cassidy-Collins plan but that it’s a good-faith effort by "
     "the two GOP senators.", "2017-05-28",
     [Q(2, "GOP senators")]),
    ("bias", "Tillerson encouraged State Deparment officials to stay on with the administration and \"continue our "
     "mission,\" noting the need for \"accountability, which means treating each other with honesty and integrity\" "
     "and \"having respect for one another.\"", "2018-03-13",
     []),
    ("bias", "Yet his historic Helsinki summit with Putin—and particularly the unsettling joint press conference they "
     "held—provided a clear indication that Trump is indeed guilty of one form of collusion: colluding with Putin to "
     "cover up Moscow’s criminal assault on American democracy.", None,
     []),
    ("bias", "We believe it's the one that will ultimately lead to success and stability in the Middle East,\" he "
     "said.", None,
     []),
    ("bias", "McCain joined Sen. Chris Murphy, D-Conn., on August 2 to write Romanian Prime Minister Dancila about the "
     "firing of the Chief Prosecutor of Romania’s anti-corruption agency.", "2018-08-25",
     [D("2018-08-02")]),
    ("bias", "It allowed students in some of the worst schools to get vouchers of up to $3,389 to attend private and "
     "parochial schools.", "2015-09-16",
     [Q(3389, "USD", "up to")]),
    ("bias", "During a debt ceiling standoff in the mid-1990s, Congress gave Treasury authority to issue enough "
     "securities to cover Social Security payments for the month of March, according to the Government "
     "Accountability Office.", "2013-01-16",
     [D("1990s"), D("--03")]),
    ("bias", "Bowers is said to have wounded two local police officers and two members of the SWAT team that "
     "responded.", "2018-10-28",
     [Q(2, "local police officers"), Q(2, "members")]),
    ("bias", "President George W. Bush had two defense secretaries during his two terms, and President Clinton had "
     "three.", "2015-06-08",
     [Q(2, "defense secretaries"), Q(2, "terms"), Q(3, None)]),
    ("bias", "The Trump administration did in June agree to back a $50 billion International Monetary Fund bailout of "
     "Argentina at a time when many investors worried that country’s woes could trigger broader regional or global "
     "instability.", None,
     [D("--06", "relative"), Q(50e9, "USD", time="--06")]),
    ("bias", "If the federal tax on gasoline had simply kept up with inflation, it would be 30 cents today.",
     "2015-01-11",
     [Q(30, "cents", time="2015-01-11"), D("2015-01-11")]),
    ("bias", "Vindman, whose family fled the Soviet Union four decades ago when he was 3 years old and settled in the "
     "United States, told lawmakers that “character attacks” against public servants testifying in the impeachment "
     "inquiry were “reprehensible.”", "2019-11-20",
     [Q(4, "decade"), Q(3, "year", measure="age")]),
    ("bias", "She was harshly critical of William Browder, the head of Moscow investment firm Hermitage Capital "
     "Management, who successfully lobbied for U.S. sanctions on Russia after a Hermitage lawyer, Sergei Magnitsky, "
     "died in custody in Moscow in 2009 while facing charges for questionable tax evasion charges.", "2017-08-04",
     [D("2009")]),
    ("bias", "The push is aimed at safeguarding conservative policies put in place during Walker's eight years as "
     "governor and mirrors tactics used by Republicans in North Carolina in 2016.", None,
     [Q(8, "year"), D("2016")]),
    ("bias", "He was also a senior foreign policy adviser for Obama's 2008 presidential campaign.", "2013-01-16",
     [D("2008")]),
    ("bias", "As Republicans from the president to Texas Lt. Gov. Dan Patrick to Larry Kudlow suggest we must make "
     "“tradeoffs” to reopen the economy sooner than medical experts are recommending — tradeoffs that could put as "
     "much as 2.5% of the population, or about 8 million Americans, at risk of dying — conservatives must stand up "
     "for life and against this kind of morbid social engineering.", "2020-03-25",
     [Q(2.5, "percent", "up to"), Q(8e6, "Americans", "about")]),
    ("bias", "He also announced that Defense Secretary Leon Panetta would travel to Israel soon to discuss additional "
     "ways the two nations can cooperate on defense and security issues.", "2012-07-27",
     [Q(2, "nations")]),
    ("bias", "Court papers indicated that he could have faced between 15 and 19 1/2 years in prison under federal "
     "guidelines.", "2018-09-14",
     [Q(15, "year", "range", upper=19.5)]),
    ("bias", "\"We are witnessing the consequences of three years of this deliberate effort.", "2020-06-03",
     [Q(3, "year")]),
    ("polnear", "“Cyber security remains one of the biggest challenges facing our country today,” Carson continued.",
     "2016-02-01",
     [D("2016-02-01")]),
    ("polnear", "Current rules allow only those who have won at least eight states to be eligible, a threshold met "
     "only by Trump and Cruz.", "2016-04-15",
     [Q(8, "states", "at least")]),
    ("polnear", "Minutes after the voting began, Colorado’s delegation chairman announced four votes for Trump, 31 for "
     "Senator Ted Cruz and two abstentions, a result which drew murmurs from the assembled delegates.", "2016-07-19",
     [Q(4, "votes"), Q(31, None), Q(2, "abstentions")]),
    ("polnear", "And former Louisiana Rep. David Duke reports that the businessman has given more Americans cover to "
     "speak out loud about white nationalism than at any time since his own political campaigns in the 1990s.",
     "2015-12-10",
     [D("1990s")]),
    ("polnear", "“I would be very, very firm with families,” Trump said at one point during the campaign.",
     "2016-03-10",
     []),
    ("polnear", "Once he was president, Mr. Obama made obtaining a Middle East peace agreement a priority, announcing "
     "the appointment of former Senator George J. Mitchell as special envoy two days after taking office. ''I really "
     "want to try to do something here,'' Mr. Mitchell recalled the president telling him.", "2015-11-10",
     [Q(2, "day")]),
    ("polnear", "The idea of a fundamental overhaul faces an uncertain future regardless of who controls the White "
     "House and Congress in 2017.", "2016-02-03",
     [D("2017")]),
    ("polnear", "Mrs. Clinton, who doggedly remained in the 2008 primary contest against Barack Obama until June "
     "despite his insurmountable delegate lead and Democratic calls for her to bow out, has said she will not call on "
     "Mr. Sanders to withdraw, but she has bristled at the implication that he could overcome her big leads in both "
     "pledged delegates and the popular vote.", "2016-04-28",
     [D("2008"), D("2008-06")]),
    ("polnear", "There, the group divided in two, and soon enough, a game of capture the flag was underway.",
     "2016-07-31",
     [Q(2, None)]),
    ("polnear", "The U.S. Geological Survey said it detected a 5.1-magnitude earthquake about 30 miles from a known "
     "test site.", "2016-01-05",
     [Q(5.1, "magnitude"), Q(30, "miles", "about")]),
    ("polnear", "One delegate not on the Cruz slate, Kelly Schmdit, told POLITICO she was leaning toward Cruz.",
     "2016-04-03",
     []),
    ("polnear", "While Clinton and national Democrats evince confidence that Sanders supporters will eventually back "
     "her, national polling shows why the continued angst in California is problematic: A recent Bloomberg poll "
     "showed that only a bit more than half — 55 percent — of Sanders supporters said they were planning to back "
     "Clinton.", "2016-07-02",
     [Q(50, "percent", "over"), Q(55, "percent")]),
    ("polnear", "His 32% support gives him a double-digit advantage over his closest rival in the crowded GOP field, "
     "Ben Carson.", "2015-11-23",
     [Q(32, "percent")]),
    ("polnear", "For 12 years, he had what is often described as the nation's second-biggest job.", "2016-02-18",
     [Q(12, "year")]),
    ("allsides", "There is consensus among the intelligence agencies that the two prevailing theories are plausible, "
     "according to the...", "2021-08-27",
     [Q(2, "prevailing theories")]),
    ("allsides", "The Taliban seized three more Afghan provincial capitals and a local army headquarters on Wednesday, "
     "attaining control of two-thirds of the nation.", "2021-08-11",
     [Q(3, "Afghan provincial capitals", time="2021-08-11"), D("2021-08-11"),
      Q(66.67, "percent", time="2021-08-11")]),
    ("allsides", "Everyone who has known my career over 27 years of elected office knows that I have very high ethical "
     "standards and I will go in there and literally say, ‘It is a whole new day.’", "2021-08-16",
     [Q(27, "year")]),
    ("allsides", "Speaker Nancy Pelosi won’t be reconsidering an unprecedented decision to block two Republican "
     "appointees from a special committee tasked with investigating the Jan. 6 riot at the Capitol, even though it "
     "prompted GOP leaders to walk away from participating entirely.", "2021-07-22",
     [Q(2, "Republican appointees"), D("2021-01-06")]),
    ("allsides", "“The United States strongly condemns the forced diversion of a flight between two EU member states "
     "and the subsequent removal and arrest of journalist Raman...", "2021-05-24",
     [Q(2, "EU member states")]),
    ("allsides", "\"Let me be clear, leaving August the 31st, is not due to an arbitrary deadline.", "2021-08-31",
     [D("2021-08-31")]),
    ("allsides", "Expanded unemployment benefits that have kept millions of Americans afloat during the pandemic "
     "expired on Monday, setting up an abrupt cutoff of assistance to 7.5 million people as the Delta variant "
     "rattles the pandemic recovery.", "2021-09-06",
     [D("2021-09-06"), Q(7.5e6, "people", time="2021-09-06")]),
    ("allsides", "House Speaker Nancy Pelosi revealed a bill on Monday to create a Democratic-controlled select House "
     "committee to investigate the Jan. 6 Capitol riot after Republicans blocked a proposal that would have given "
     "them more control over a bipartisan, bicameral commission look into the attack.", "2021-06-29",
     [D("2021-06-28"), D("2021-01-06")]),
    ("allsides", "President Biden vigorously defended his decision to end America’s 20-year war in Afghanistan on "
     "Thursday, asserting that the United States can no longer afford the human cost or strategic distraction of a "
     "conflict that he said had strayed far from its initial mission.", "2021-07-08",
     [Q(20, "year", time="2021-07-08"), D("2021-07-08")]),
    ("allsides", "COVID-19 is the disease caused by the CCP (Chinese Communist Party) virus.", "2021-09-30",
     []),
    ("allsides", "\"I had a long conversation for two hours recently with [Chinese] President Xi [Jinping], making it "
     "clear to him we could do nothing but speak out for human rights around the world because that's who we are,\" "
     "Biden said.", "2021-05-30",
     [Q(2, "hour")]),
    ("allsides", "Bill and Melinda Gates appear to be divorcing after 27 years of marriage.", "2021-05-04",
     [Q(27, "year")]),
    ("allsides", "\"Protecting Americans’ access to democracy has not been a partisan issue for the past 56 years, and "
     "we must not allow it to become one now,\" they wrote to the top four congressional leaders.", "2021-05-17",
     [Q(56, "year"), Q(4, "congressional leaders")]),
    ("allsides", "It marked the best level of jobless claims since March 14, 2020, when there were 256,000 applicants "
     "just as COVID-19 began to shut down the nation's economy.", "2021-10-14",
     [D("2020-03-14"), Q(256000, "applicants", time="2020-03-14")]),
    ("allsides", "Eight months after first authorizing the Pfizer-BioNTech COVID-19 vaccine for emergency use in the "
     "United States, the Food and Drug Administration has issued its full stamp of approval.", "2021-08-23",
     [Q(8, "month")]),
    ("allsides", "Speaking to the Wall Street Journal in an interview published Thursday, the FBI director made the "
     "comments in the wake of two recent ransomware attacks that sent meat and gas prices skyrocketing as suppliers "
     "were left unable to move their products.", "2021-06-04",
     [D("2021-06-03"), Q(2, "recent ransomware attacks")]),
    ("allsides", "The House Jan. 6 Select Committee announced on Wednesday that it seeks testimony and records from "
     "Jeffrey Clark, who was the head of the DOJ's civil division during the Trump administration, making him the "
     "latest of several Trump allies and advisers subpoenaed by the panel.", "2021-10-14",
     [D("2021-01-06"), D("2021-10-13")]),
    ("allsides", "“I’m sorry to say the gasoline prices that you will be confronted with are far higher than they "
     "were just a short number of months ago where we had gasoline under $2 a gallon.”", "2021-05-27",
     [Q(2, "USD per gallon", "under")]),
    ("allsides", "President Joe Biden’s new vaccine and testing mandate is expected to affect some 100 million "
     "workers, with employers scrambling to figure out how to comply.", "2021-09-14",
     [Q(100e6, "workers", "about")]),
    ("allsides", "Questions about the U.S. retreat have not dimmed party leaders’ plans this fall to erase one of...",
     "2021-08-23",
     [D("2021-09/2021-11")]),
]


# Development rows for session 6's general rules: real sentences of the bias corpus (not in any table, found by the
# shape each rule reads), annotated by hand to the convention; tuned on, so they measure no generalisation.
CATEGORIES_SIX: list[tuple[str, str, str | None, list[Q]]] = [
    # --- a year naming an act dates nothing
    ("bias", "The Federal Employee Tax Accountability Act of 2012 passed the House 263-114 but was never voted on in "
     "the Senate.", "2013-03-21",
     [D("2012"), Q(263, None), Q(114, None)]),
    # --- multiples
    ("bias", "Given that California awards nearly 500 delegates, about 10 times as many as the first caucus state of "
     "Iowa, performing well there is key to winning the nomination.", "2019-12-27",
     [Q(500, "delegates", "about"), Q(10, "times", "about")]),
    ("bias", "What a person experiences at age 18 has three times the impact on her worldview as what she experiences "
     "at age 40.", "2018-02-22",
     [Q(18, None, measure="age"), Q(3, "times"), Q(40, None, measure="age")]),
    # --- a date ending a prepositional phrase on a verb dates the clause
    ("bias", "Amber Guyger got 10 years in prison Wednesday for murdering Botham Jean, a sentence that set off angry "
     "chants outside the courtroom and an unexpected moment of forgiveness inside.", "2019-10-02",
     [Q(10, "year", time="2019-10-02"), D("2019-10-02")]),
    ("bias", "Botham Jean's younger brother Brandt Jean hugs Amber Guyger after a jury sentenced her to 10 years in "
     "prison Wednesday.", "2019-10-02",
     [Q(10, "year", time="2019-10-02"), D("2019-10-02")]),
    # --- units written against their number; calibres name models
    ("bias", "The stabbing spree took place across more than six locations over approximately two hours in Garden "
     "Grove and neighbouring Santa Ana, about 35 miles (56km) southeast of Los Angeles.", None,
     [Q(6, "locations", "over"), Q(2, "hour", "about"), Q(35, "miles", "about"), Q(56, "km")]),
    ("bias", "Lanza also carried a 9mm Sig Sauer and a 10mm Glock, both handguns, he said, adding that one of the "
     "handguns had been used by the assailant to take his own life.", "2012-12-16",
     []),
    # --- even odds
    ("bias", "A Republican senator, who requested anonymity to handicap the chances of Trump coming out in support of "
     "expanded background checks or other gun-control reforms that could win Democratic support, said there’s a "
     "“50-50 chance” the president endorses expanded background checks.", "2019-09-10",
     [Q(50, "percent")]),
]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # Prompted by TWENTY_SECOND: a section of a code names a rule; "N times as much" is a multiple; a rate after a
        # comma; a person's bare number after "was" is an age (undated); a left quote for the decade's apostrophe;
        # "2006 through 2011" is one interval; "one man and one woman" counts; a unit written against its number.
        ("Groups filed for 501(c)(4) status under § 527.", None, []),
        ("It is about 29 times as much as that.", None, [(29.0, "times", "about", None, None)]),
        ("It goes to five winners, every year.", None, [(5.0, "per year", "exact", None, None)]),
        ("She was assaulted in the 1970s, when she was 16.", None,
         [(None, "date", None, "1970s", None), (16.0, None, "exact", None, None)]),
        ("Spoken like a child of the ‘60s.", None, [(None, "date", None, "1960s", None)]),
        ("It covers the years 2006 through 2011.", None, [(None, "date", None, "2006/2011", None)]),
        ("Marriage is the union of one man and one woman.", None,
         [(1.0, "man", "exact", None, None), (1.0, "woman", "exact", None, None)]),
        ("They visited the 175km fence.", None, [(175.0, "km", "exact", None, None)]),
        ("He carried a Ruger 9mm semiautomatic.", None, []),
        ("He also carried a 10mm Glock and a 40mm grenade launcher.", None, []),
        # The parse: a date trailing a verb's prepositional phrase dates the clause; a year naming an act dates
        # nothing; a date deep inside an opening subject is no frame; an absolute "with" phrase keeps dates out.
        ("Alabama schools reported 13,000 cases in a two-week period on Friday.", "2021-09-05",
         [(13000.0, "cases", "exact", "2021-09-03", None), (2.0, "week", "exact", "2021-09-03", None),
          (None, "date", None, "2021-09-03", None)]),
        ("The speaker of a three-day conference ripped the roof off a hotel Saturday.", "2010-02-20",
         [(3.0, "day", "exact", "2010-02-20", None), (None, "date", None, "2010-02-20", None)]),
        ("In a 60-48 vote, the Emergency Powers Act of 1945 was scuttled.", "2021-07-24",
         [(60.0, None, "exact", None, None), (48.0, None, "exact", None, None), (None, "date", None, "1945", None)]),
        # Prompted by TWENTY_THIRD: even odds are one percent figure; a number before "threshold" or "mark" names a
        # level; a passive participle on the noun of a "with" phrase describes it (no absolute phrase).
        ("Republicans had a 50-50 chance to win.", None, [(50.0, "percent", "exact", None, None)]),
        ("The toll will cross the 100,000 threshold.", None, [(100000.0, None, "exact", None, None)]),
        ("The U.S. recorded a grim milestone Tuesday with over 600,000 deaths attributed to coronavirus.", "2021-06-15",
         [(None, "date", None, "2021-06-15", None), (600000.0, "deaths", "over", "2021-06-15", None)]),
        ("Trump lost supporters after the debate on Saturday, with 40 percent backing him before and 31 percent "
         "afterward.", "2016-02-15",
         [(None, "date", None, "2016-02-13", None), (40.0, "percent", "exact", None, None),
          (31.0, "percent", "exact", None, None)]),
        # Prompted by TWENTY_FOURTH and TWENTY_FIFTH: "by half" without "a"; "one more", "one-page" and one side of a
        # ratio count; a bare passive participle looks back (a scheduling one does not); the end point of a state in
        # the progressive lies ahead; a semicolon bounds a date's scope; a weekday after a noun and before a
        # participle hangs on the verb (not "the Jan. 6 riot").
        ("The pill cut deaths by half.", None, [(50.0, "percent", "exact", None, None)]),
        ("He will get one more chance.", None, [(1.0, "chance", "exact", None, None)]),
        ("The ratio is one doctor to 10,000 people.", None,
         [(1.0, "doctor", "exact", None, None), (10000.0, "people", "exact", None, None)]),
        ("She sent the one-page letter.", None, [(1.0, "page", "exact", None, None)]),
        ("It is a business explored by NPR in November.", "2017-01-20", [(None, "date", None, "2016-11", None)]),
        ("The vote scheduled for November was delayed.", "2017-01-20", [(None, "date", None, "2017-11", None)]),
        ("The agency is extending the pause through Jan. 31.", "2021-08-06",
         [(None, "date", None, "2022-01-31", None)]),
        ("The army was enforcing a curfew until 6 a.m. Saturday.", "2013-07-05",
         [(None, "date", None, "2013-07-06", None)]),
        ("As of Wednesday, Maine was close; we gave him a 25 percent chance.", "2020-03-05",
         [(None, "date", None, "2020-03-04", None), (25.0, "percent", "exact", None, None)]),
        ("Seven officers filed a lawsuit Thursday accusing the mayor.", "2021-08-27",
         [(7.0, "officers", "exact", "2021-08-26", None), (None, "date", None, "2021-08-26", None)]),
        # A plural noun the tagger takes for a verb ("bullies" as VBZ) is no reason to count the word before it.
        ("\"What we have is two schoolyard bullies out-threatening each other,\" he said.", None,
         [(2.0, "schoolyard bullies", "exact", None, None)]),
    ],
)
def test_shapes_of_session_six(
    sentence: str, published: str | None,
    expected: list[tuple[float | None, str | None, str | None, str | None, float | None]], nlp: Language,
) -> None:
    found = find_quantities(sentence, published=published, span=nlp(sentence)[:])
    assert [(q.value, q.unit, q.qualifier, q.time, q.upper) for q in found] == expected, found


def test_a_semicolon_ends_an_opening_frame_without_the_parse() -> None:
    sentence = "As of Wednesday, Maine was close; we gave him a 25 percent chance."
    found = find_quantities(sentence, published="2020-03-05")
    assert [(q.unit, q.time) for q in found] == [("date", "2020-03-04"), ("percent", None)]


def test_session_six_tables_are_real() -> None:
    # CATEGORIES_SIX comes from bias-corpus articles 28, 91, 119, 154, 189, 329 and 462 modulo 700
    sources = _sources_text(bias_residues=(172, 459, 548, 385, 28, 91, 119, 154, 189, 329, 462)) + " " + _corpus_text()
    for table in (TWENTY_THIRD, TWENTY_FOURTH, TWENTY_FIFTH, TWENTY_SIXTH, CATEGORIES_SIX):
        for source, sentence, _, _ in table:
            assert _squash(sentence)[:80] in sources, (source, sentence)
    assert min(len(TWENTY_THIRD), len(TWENTY_FOURTH), len(TWENTY_FIFTH), len(TWENTY_SIXTH)) >= 60


#: First run of TWENTY_THIRD (commit "a twenty-third fresh draw", on the rules fixed after TWENTY_SECOND in session 6,
#: before any change it prompted): the honest figure. Its 6 misses with the parse: "a 50-50 chance" read as two
#: numbers, "the 100,000 threshold" read as counting thresholds (its month was right), "a leader from yesterday"
#: (figurative) read as a date, "their two young sons" in a relative clause on "Wednesday's news conference" dated,
#: "putting him $2 trillion away" (a participle phrase of the clause dated Thursday) left undated, "a grim milestone
#: Tuesday with over 600,000 deaths attributed to coronavirus" left undated by the absolute-phrase rule (4 of 6 on the
#: time field).
TWENTY_THIRD_ACCURACY_FIRST_RUN = 0.909  # 60 of 66 with the parse (as the claims stage runs it)
TWENTY_THIRD_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.864  # 57 of 66
#: The same first-run rules on the two corrected annotations (see the module docstring): 0.924 with the parse (61 of
#: 66), 0.848 without (56 of 66).
TWENTY_THIRD_ACCURACY_FIRST_RUN_CORRECTED = 0.924
#: TWENTY_THIRD after the fixes it prompted (tuned): 0.970 with the parse (64 of 66: "a leader from yesterday" and the
#: participle phrase the parser hangs on the complement clause stay missed), 0.864 without; minus a margin.
MIN_TWENTY_THIRD_ACCURACY = 0.95
MIN_TWENTY_THIRD_ACCURACY_WITHOUT_PARSE = 0.84
#: First run of TWENTY_FOURTH (commit "a twenty-fourth fresh draw", on the rules fixed after TWENTY_THIRD — the rules of
#: session 6's first round but the calibre rule): the honest figure, kept. Its 7 misses with the parse: "the Democratic
#: National Convention in July" (a coming event named in a present-perfect clause) looked back a year, "until 6 a.m.
#: local time Saturday" in a past-progressive clause written on a Friday read as the Saturday before, "two doctors and
#: public health experts" counted as "doctors", "two schoolyard bullies out-threatening" counted as "schoolyard", "one
#: more chance" not counted, "17 categories" in the subject left undated by "this year", "$10,000" dated by "made public
#: this month" (a participle aside on the opening phrase's noun) — 2 of 7 on the time field, 2 on a date's year or day.
#: Without the parse also 7 (the year of July and of Saturday, the two counted nouns, "one more chance", "17
#: categories", plus "an additional 3.8 percent tax … this year" and "in 2017, when 534,000 were eliminated" left
#: undated; "$10,000" right).
TWENTY_FOURTH_ACCURACY_FIRST_RUN = 0.885  # 54 of 61 with the parse (as the claims stage runs it)
TWENTY_FOURTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.885  # 54 of 61
#: TWENTY_FOURTH after the fixes its and TWENTY_FIFTH's misses prompted (tuned, session 6's second round): 0.951 with
#: the parse (58 of 61: "the Democratic National Convention in July" still looks back a year, "17 categories" in a
#: clausal subject the parser makes of "advertised" stays undated, "$10,000" is still dated by "made public this
#: month"), 0.918 without; minus a margin.
MIN_TWENTY_FOURTH_ACCURACY = 0.93
MIN_TWENTY_FOURTH_ACCURACY_WITHOUT_PARSE = 0.90
#: First run of TWENTY_FIFTH (commit "a twenty-fifth fresh draw", on the rules of session 6's first round, after the
#: calibre rule): the honest figure, kept. Its 7 misses with the
#: parse: "explored by NPR in November" (a participle in a text of January) read as the coming November, "through Jan.
#: 31" in a present-progressive clause written in August read as the past January, "a 1 in 4 chance" after a semicolon
#: dated by the opening "As of Wednesday morning", "Seven Capitol Police officers filed a lawsuit Thursday" left
#: undated, "one doctor to 10,000 people" and "the one-page letter" not counted, "by half" (without "a") not read as 50
#: percent — 2 of 7 on the time field, 2 on a date's year. Without the parse 6 (the count "Seven …", "one doctor",
#: "one-page", "by half", "CPAC 2019" read as a count, "increased by 51,000 to … 419,000 for the week ended July 17"
#: with the change undated).
TWENTY_FIFTH_ACCURACY_FIRST_RUN = 0.887  # 55 of 62 with the parse (as the claims stage runs it)
TWENTY_FIFTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.903  # 56 of 62
#: TWENTY_FIFTH after the fixes (tuned, session 6's second round): 1.000 with the parse (62 of 62), 0.952 without
#: ("CPAC 2019" read as a count, "Seven … filed a lawsuit Thursday" left undated by the word rules, the change of
#: "increased by 51,000 to … 419,000 for the week ended July 17" undated); minus a margin.
MIN_TWENTY_FIFTH_ACCURACY = 0.98
MIN_TWENTY_FIFTH_ACCURACY_WITHOUT_PARSE = 0.93
#: First run of TWENTY_SIXTH (commit "a twenty-sixth fresh draw", on the rules as session 6's first round left them,
#: before the fixes prompted by TWENTY_FOURTH and TWENTY_FIFTH): the honest figure. Left untuned: its gate pins that
#: figure minus a margin. Its 12 misses with the parse: on the time field 3 — "$50 billion" in the infinitive of "did in
#: June agree to back" left undated, "7.5 million people" in the participle phrase of "expired on Monday, setting up …"
#: left undated, "256,000 applicants" in the "when" clause right after "since March 14, 2020" left undated; on a date's
#: year, day or shape 4 — "the month of March" in a clause of "the mid-1990s" read as 2013-03, "until June" in "the 2008
#: primary contest" read as 2016-06, "August the 31st" not read, "the Jan. 6 Capitol riot" in an infinitive read as the
#: coming January (2022); on what a number counts or names and qualifiers 5 — "Mark Anderl, 63." at the sentence's end
#: not read as an age, "84% nearly two months ago" read as a share of "nearly two months" (the span lost), "19 1/2
#: years" read as 19 with no unit, "a bit more than half" not read, "the top four congressional leaders" not counted.
#: Without the parse also 12 (the same but "three more Afghan provincial capitals … attaining control of two-thirds"
#: with the share undated, and "the Jan. 6 Capitol riot" right: the word rules keep a naming date's year).
TWENTY_SIXTH_ACCURACY_FIRST_RUN = 0.803  # 49 of 61 with the parse (as the claims stage runs it)
TWENTY_SIXTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.803  # 49 of 61
#: TWENTY_SIXTH after the fixes its misses and the time-field misses of the last eleven draws prompted (tuned, session
#: 7): 1.000 with the parse (61 of 61), 0.934 without (57 of 61: four figures the word rules leave undated — "$50
#: billion" after "did in June agree to back", "7.5 million people" after "expired on Monday, setting up", "256,000
#: applicants" in the "when" clause on "since March 14, 2020", "two-thirds of the nation" after "on Wednesday,
#: attaining"); minus a margin. "Mark Anderl, 63." was corrected after the first run to the tables' precedent for an age
#: set off after a name ("Clinton, 35,": no unit, measured as an age); the first run missed it either way (no age read).
MIN_TWENTY_SIXTH_ACCURACY = 0.98
MIN_TWENTY_SIXTH_ACCURACY_WITHOUT_PARSE = 0.91
#: CATEGORIES_SIX (development rows): 1.000 with the parse and without.
MIN_CATEGORIES_SIX_ACCURACY = 0.95
MIN_CATEGORIES_SIX_ACCURACY_WITHOUT_PARSE = 0.95

#: Each table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_SIX_GATES = [
    ("twenty-third", TWENTY_THIRD, MIN_TWENTY_THIRD_ACCURACY, MIN_TWENTY_THIRD_ACCURACY_WITHOUT_PARSE),
    ("twenty-fourth", TWENTY_FOURTH, MIN_TWENTY_FOURTH_ACCURACY, MIN_TWENTY_FOURTH_ACCURACY_WITHOUT_PARSE),
    ("twenty-fifth", TWENTY_FIFTH, MIN_TWENTY_FIFTH_ACCURACY, MIN_TWENTY_FIFTH_ACCURACY_WITHOUT_PARSE),
    ("twenty-sixth", TWENTY_SIXTH, MIN_TWENTY_SIXTH_ACCURACY, MIN_TWENTY_SIXTH_ACCURACY_WITHOUT_PARSE),
    ("categories-six", CATEGORIES_SIX, MIN_CATEGORIES_SIX_ACCURACY, MIN_CATEGORIES_SIX_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's tables parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_SIX_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_SIX_GATES, ids=[g[0] for g in SESSION_SIX_GATES]
)
def test_session_six_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
