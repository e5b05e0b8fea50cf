"""Quantities, fourth fresh draw: real sentences annotated before the rules (and the parse layer) ever ran on them.

Drawn by fixed rules anyone can repeat: the bias-corpus articles whose line number in
``../shared/corpus/bias-corpus/articles.jsonl.gz`` is 88 modulo 700 (no earlier table drew from them), then AllSides
stories of ``../shared/eval/allsides/roundups.jsonl`` in the order of ``random.Random(2029).shuffle`` (skipping stories
the development table drew from), one side's body each, until 18 sentences; in each text, one sentence of 30–400
characters holding a digit or a number word (and in no earlier table), picked with the same ``random.Random(2029)``.
Three scraping leftovers were dropped (two photo-caption runs, one tweet signature), as the cleaning stage removes
them before claims are read. Published dates are the corpus's own and the AllSides roundup's date.

Expectations were written by reading each sentence, with the conventions of ``test_quantities.TABLE`` (unit = the
counted noun phrase as written, minus words like "new"/"additional"; ages and vote tallies have no unit; clock times,
ordinals, names with numbers and "one" as a pronoun are not quantities; a figure takes the date that frames its
clause). Where the right answer needs more than the conventions say, it was written as a reader would want it: a
day range is one ISO interval ("between May 23 and 25" → ``2018-05-23/2018-05-25``), "150 mph winds" is 150 mph,
"twice as likely" is 2 times, a deadline ahead of the publication date is in the future.

A sentence counts only when every quantity in it is right. ``find_quantities`` is run as the claims stage runs it,
with the sentence's spaCy parse (``span``), and also without a parse (the regex fallback).

Measured (``.venv/bin/pytest tests/test_quantities_fresh.py``):
- FOURTH, first run (commit "a fourth fresh draw", rules and parse layer as committed just before it): 0.783 (54 of
  69) with the parse, 0.768 (53 of 69) without — the honest figures for the rules at that point;
- FIFTH, first run (commit "a fifth fresh draw", on the rules fixed after FOURTH): 0.773 (51 of 66) with the parse
  and without — the honest figure for those rules;
- SIXTH, first run (commit "a sixth fresh draw", on the rules fixed after FIFTH): 0.824 (56 of 68) with the parse,
  0.838 (57 of 68) without — the honest figure for those rules;
- SEVENTH, first run (commit "a seventh fresh draw", on the rules fixed after SIXTH): 0.754 (49 of 65) with the
  parse, 0.738 (48 of 65) without — the honest figure for those rules;
- EIGHTH, first run (commit "an eighth fresh draw", on the rules fixed after SEVENTH): 0.818 (54 of 66) with the
  parse, 0.788 (52 of 66) without — the honest figure for those rules;
- NINTH, first run (commit "a ninth fresh draw", on the rules fixed after EIGHTH): 0.828 (53 of 64) with the parse,
  0.812 (52 of 64) without — the honest figure for those rules, and the last one.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from storylens.extract.quantities import find_quantities
from tests.test_quantities import D, Q, _squash, assert_table_gate, parse_sentences, table_accuracy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (source, sentence, published, expected quantities in reading order)
FOURTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "The then US attorney Chris Christie (the ironies of Trump World abound) successfully prosecuted Charles "
     "Kushner in 2005 for tax evasion, witness tampering and unlawful campaign contributions.", "2017-05-29",
     [D("2005")]),
    ("bias", "For hardworking families, the results are predictable — annual family incomes have declined about "
     "$1,650 during the Obama years, whereas they increased $3,900 during Reagan’s tenure.", "2015-12-30",
     [Q(1650, "USD", "about"), Q(3900, "USD")]),
    ("bias", "\"A ceremony for dismantling the nuclear test ground is now scheduled between May 23 and 25,\" "
     "depending on weather, the Foreign Ministry's statement said, adding that journalists from the United States, "
     "South Korea, China, Russia and Britain will be invited to witness the dismantling.", "2018-05-13",
     [D("2018-05-23/2018-05-25")]),
    ("bias", "The answer may well be that such a president can be made to twist slowly in the wind, provided the "
     "opposition party controls one chamber of Congress.”", None,
     [],  # was [Q(1, "chamber")]: "one" as "a" by the convention of session 3 (quantities docstring)
     ),
    ("bias", "Pepsi's North American beverage business has been more challenged than its stalwart snacking business, "
     "continuing to provoke questions about whether the giant would consider splitting the two.", "2018-08-06",
     [Q(2, None)]),
    ("bias", "We’ve seen it from Day One of the Trump campaign, when he came down that escalator and dared to speak "
     "heretical truths about illegal aliens.", "2019-03-04", []),
    ("bias", "Back in the 1980s it began in Arkansas, with FBI Special Agent I.C.", None, [D("1980s")]),
    ("bias", "One of the key, unpublicized consequences of the new directive is that military planners can prepare "
     "for cyberstrikes—as called for in interagency agreements in advance—by gaining access to the computer systems "
     "of potential targets well before any order has been given to attack, or even before a foreign attack has "
     "occurred, the officials said.", "2018-11-02", []),
    ("bias", "He asserted, among other things, that Iran’s hostile acts against America and its allies increased "
     "after the deal, rather than after the Trump administration withdrew from it in 2018, as statistics "
     "indicate.", "2020-01-08", [D("2018")]),
    ("bias", "The grandmother traveling with her grandkids to Disney World was given the same level of scrutiny as the "
     "young man with multiple visits to North Waziristan who traveled without luggage on a one-way ticket he paid "
     "for in cash.", "2015-11-17", []),
    ("bias", "They insisted on a two-state solution that includes a Palestinian state based on borders before the "
     "1967 Six-Day War -- when Israel occupied the West Bank and Gaza Strip -- and with east Jerusalem as its "
     "capital.", "2020-02-01", [D("1967")]),
    ("bias", "The Daily Beast's Shane Harris and Tim Mak write that a group of former government officials have "
     "already penned on opinion piece for the Wall Street Journal, to be published after the report is released, "
     "that will present a \"fierce rebuttal of the committee's findings\" and \"blast what they see as a biased, "
     "five-year process that culminated in a flawed history\" of the programme.", None, [Q(5, "year")]),
    ("bias", "Obama’s tenure, compared with closer to one in 50 under Mr.", None, [Q(2, "percent", "about")]),
    ("bias", "Hatch, 83, of Utah, is the most senior Republican in the U.S.", "2018-01-02", [Q(83, None)]),
    ("bias", "The meeting in June 2016 with a lawyer with Kremlin ties, who was later identified as Natalia "
     "Veselnitskaya, was also attended by Mr.", "2017-07-09", [D("2016-06")]),
    ("bias", "There are two Trump presidencies.", "2018-01-29", [Q(2, "Trump presidencies")]),
    ("bias", "Wednesday’s notification to lawmakers sets the stage for the U.S. to withdraw that preferential trade "
     "and financial status, which it has enjoyed since it reverted to Chinese rule in 1997.", "2020-05-27",
     [D("2020-05-27"), D("1997")]),
    ("bias", "After several setbacks and one member withdrawing his support in an intractable disagreement over health "
     "care, the House group — now composed of three Republicans and four Democrats — appears poised to unveil its "
     "bill.", "2013-06-17", [Q(1, "member"), Q(3, "Republicans"), Q(4, "Democrats")]),
    ("bias", "This isn’t particularly surprising because this research was conducted in late 2017, when Republicans "
     "controlled the White House and both houses of Congress.", None, [D("2017")]),
    ("bias", "NATO Secretary General Anders Fogh Rasmussen said the alliance continues to witness “Russian involvement "
     "in destabilizing the situation in eastern Ukraine” even after Russian President Vladimir Putin proposed a "
     "seven-point peace plan.", "2014-09-04", [Q(7, "point")]),
    ("bias", "Everyone needed a mask -- and if you didn't have one, the restaurant would give you one.", "2020-05-20",
     []),
    ("bias", "Biden was a principal author of the 1994 crime bill, which provided for the hiring of 100,000 new police "
     "officers around the country.", "2020-06-11", [D("1994"), Q(100000, "police officers")]),
    ("bias", "In a months-in-the-making report - which tops out at 100 pages and includes hundreds of recommended "
     "fixes - the Republican National Committee acknowledges its messaging problems, identifies structural "
     "setbacks to the primary calendar and spells out how to target specific demographic groups that voted "
     "overwhelmingly for Democrats in 2012.", "2013-03-18", [Q(100, "pages"), D("2012")]),
    ("bias", "The underemployed Antifa college graduates are close cousins to the millions of working-class Americans "
     "who rallied to Donald Trump’s 2016 message of national solidarity, and “Buy American, Hire American.”",
     "2020-06-06", [D("2016")]),
    ("bias", "(The CDC recommends 10 days of precautions after symptoms first appear and three days after recovery.) "
     "Those saved tests can then be deployed to trace the contacts of the presumed infected, some of whom might not "
     "have symptoms and could be contagious.", "2020-05-07", [Q(10, "day"), Q(3, "day")]),
    ("bias", "“I think his career has earned him a presumption that he will be one of the rare Trump Cabinet members "
     "who will stand up for truth,” Comey said.", None, []),
    ("bias", "Trump in 1989 called for five black and Latino teenagers to be given the death penalty for committing a "
     "rape of which they were later exonerated on DNA evidence and has refused to acknowledge their innocence.",
     "2017-12-09", [D("1989"), Q(5, "black and Latino teenagers")]),
    ("bias", "The president is reportedly expected to attend at a July 3 flyover at Mount Rushmore.", None,
     [D("--07-03")]),
    ("bias", "Romney: Would maintain the current investment income tax rates, but exempt from taxation all capital "
     "gains, dividends and interest for those with adjusted gross income up to $100,000 ($200,000 for married "
     "couples).", "2012-07-05", [Q(100000, "USD", "up to"), Q(200000, "USD")]),
    ("bias", "ET, but, according to at least three sources familiar with the negotiations, congressional observers "
     "should not expect the deal to be finished by then as discussions continued into the afternoon.",
     "2020-04-20", [Q(3, "sources", "at least")]),
    ("bias", "Alfred Chestnut, Andrew Stewart and Ransom Watkins had been sentenced to life in 1984 for killing a "
     "14-year-old boy a year earlier.", None, [D("1984"), Q(14, "year", measure="age"), Q(1, "year")]),
    ("bias", "The trade fight quickly heated up with the Trump administration hitting $34 billion worth of Chinese "
     "goods with tariffs and Beijing responding in kind.", "2018-07-22",
     [Q(34e9, "USD", measure="Chinese goods")]),
    ("bias", "Quoting the officials, Buzzfeed said Cohen told the special counsel that after the November 2016 "
     "elections, Mr Trump \"personally instructed him to lie\" - by claiming that negotiations ended months earlier "
     "than they actually did - \"in order to obscure Trump's involvement\".", None, [D("2016-11")]),
    ("bias", "The events leading to an arrest warrant for Nevárez began Sept. 6, according to the affidavit, when two "
     "Texas Department of Transportation employees found the envelope outside the entrance to an area of "
     "Austin-Bergstrom International Airport used by traveling state officials.", "2019-11-14",
     [D("2019-09-06"), Q(2, "Texas Department of Transportation employees")]),
    ("bias", "Last week, the Senate voted 51-49 against issuing subpoenas for additional witnesses and documents, "
     "which would have delayed the trial's conclusion.", "2020-02-03",
     [D("2020-W05"), Q(51, None, time="2020-W05"), Q(49, None, time="2020-W05")]),
    ("bias", "Since 2008, India has signed more than $15 billion in U.S. defense contracts, including for C-130J and "
     "C-17 transport aircraft, P-8I maritime patrol aircraft, Harpoon missiles and Apache and Chinook helicopters.",
     "2017-06-24", [D("2008"), Q(15e9, "USD", "over", "2008", measure="U.S. defense contracts")]),
    ("bias", "Yet important new evidence — especially from California, the law’s most important test case — suggests "
     "that the real Obamacare shock will be one of unexpected success.", "2013-05-27", []),
    ("bias", "His main campaign experience before this cycle was managing the 2002 re-election campaign for "
     "then-New Hampshire Sen.", "2016-06-20", [D("2002")]),
    ("bias", "They hope a Republican will inhabit the White House in 2017 so they can repeal the current law and "
     "enact one less expansive.", "2015-06-10", [D("2017")]),
    ("bias", "The judge acknowledged prosecutors' concerns that a wholesale release of the document \"would jeopardize "
     "an ongoing investigation and prejudice the privacy rights of uncharged third parties,\" a ruling that "
     "revealed prosecutors are still investigating Cohen's illegal payments to two women to stay silent about "
     "alleged affairs with Trump.", "2019-03-19", [Q(2, "women")]),
    ("bias", "Latino registration has declined since 2008, but Barreto says the president's decision to suspend "
     "certain deportations gives him something to work with.", "2012-06-21", [D("2008")]),
    ("bias", "The shooter was found dead inside the school and another person was found dead elsewhere in Newtown, "
     "putting the total toll at 28.", None, [Q(28, None)]),
    ("bias", "The only one who ever got a major party nomination was the wife of a former president.", "2020-06-09",
     []),
    ("bias", "Friend --    Last week, a bipartisan group of eight senators introduced a bill that could pave the way "
     "toward passing comprehensive immigration reform.", "2013-04-22",
     [D("2013-W16"), Q(8, "senators", time="2013-W16")]),
    ("bias", "That strategy is likelier to succeed if he were to pick off one country or issue at a time, focus on "
     "that and have allies to back him up…    “If winning the battle with China is a top goal, then other battles "
     "with players who can help the United States [should] be put aside.", None, []),
    ("bias", "With Democrats united against it, McConnell cannot afford to lose more than two Republican senators to "
     "win passage.", "2017-07-14", [Q(2, "Republican senators", "over")]),
    ("bias", "\"Starting to remove counties when one is considering a small number of counties to begin with is a "
     "slippery slope,\" Arindrajit Dube, another economist who's done well-regarded work on the minimum wage, told "
     "The Week.", "2019-09-30", []),
    ("bias", "Earlier in the week, the two countries broke off formal talks about a ceasefire in Syria.", "2016-10-07",
     [Q(2, "countries")]),
    ("bias", "President Barack Obama likes one-size-fits-all solutions to the challenges facing states, but such an "
     "approach doesn’t work, says Rick Perry, governor of Texas, the second largest state in the nation.",
     "2014-05-04", []),
    ("bias", "One thing is for sure: Wray won’t want to meet the same fate Comey did.", "2017-08-01", []),
    ("bias", "Rob Portman (R-Ohio) is outrunning Trump by 10 points with a healthy lead over former Gov.",
     "2016-09-07", [Q(10, "points")]),
    ("allsides", "Akhund previously served as foreign minister and deputy prime minister in the Taliban government "
     "from 1996 to 2001.", "2021-09-07", [D("1996/2001")]),
    ("allsides", "In an all-day FDA advisory meeting, experts unanimously recommended a coronavirus vaccine booster be "
     "authorized for people 65 and older and those at high risk of severe disease.", "2021-09-17",
     [Q(65, None, "at least")]),
    ("allsides", "The family of a Marine who died in the Aug. 26 terror bombing in Kabul is blaming the Biden "
     "administration for the attack.", "2021-09-01", [D("2021-08-26")]),
    ("allsides", "The jobs gains in August were revised up to 366,000 from 235,000.", "2021-10-08",
     [D("2021-08"), Q(366000, None, time="2021-08"), Q(235000, None, time="2021-08")]),
    ("allsides", "(“Do we have the urgency to spend another $3.5 trillion right now?” he asked on CNN.)...",
     "2021-09-13", [Q(3.5e12, "USD")]),
    ("allsides", "Hurricane Ida arrived in Louisiana Sunday every bit as ornery as advertised: 150 mph winds, some of "
     "the fiercest to ever hit American shores, bringing with them intense rainfall and storm surge that left a "
     "swath of carnage in its wake.", "2021-08-31", [D("2021-08-29"), Q(150, "mph", time="2021-08-29")]),
    ("allsides", "At an inaugural press conference, Iran's new political leader said Washington should immediately "
     "return to the 2015 nuclear deal that former President Donald Trump walked away from and lift all sanctions "
     "against his country.", "2021-06-21", [D("2015")]),
    ("allsides", "The shooting, which happened about 20 minutes before a guilty verdict was announced in the trial of "
     "Derek Chauvin, a former Minneapolis police officer who killed George Floyd, prompted hundreds to protest at "
     "the shooting site and Downtown.", "2021-04-22", [Q(20, "minute", "about")]),
    ("allsides", "Instead, by a vote of 7-2, the justices ruled that neither the states nor the individuals "
     "challenging the mandate have a legal right to sue, known...", "2021-06-17", [Q(7, None), Q(2, None)]),
    ("allsides", "Alexandria Ocasio-Cortez (D-N.Y.) swiftly branded Harris’s comments “disappointing” and pointed out "
     "that seeking asylum at the U.S. border is “a 100% legal method of arrival.”", "2021-06-09",
     [Q(100, "percent")]),
    ("allsides", "The Supreme Court term that began last fall has spanned several epochal upheavals at once: the "
     "second peak and wind-down of the coronavirus pandemic, the 2020 Presidential election, and its dramatic "
     "aftermath, including the violent mob attempt to block the certification of the outcome.", "2021-06-28",
     [D("2020-09/2020-11"), D("2020")]),
    ("allsides", "The legislation cleared the 60-vote hurdle with 17 Republicans joining all 50 Senate Democrats.",
     "2021-07-29", [Q(60, "vote"), Q(17, "Republicans"), Q(50, "Senate Democrats")]),
    ("allsides", "The $150 billion program, known as the CEPP, is the most sweeping...", "2021-10-18",
     [Q(150e9, "USD")]),
    ("allsides", "Is she profiting from Biden’s border crisis?” — Republican National Committee Chair Ronna McDaniel, "
     "in a tweet, April 26, 2021 “The Biden administration’s weakness caused a surge of illegal immigration.",
     "2021-04-28", [D("2021-04-26")]),
    ("allsides", "Unvaccinated people who have had Covid-19 may be more than twice as likely to get infected again "
     "than those who tested positive and bolstered their natural immunity with a vaccine, according to a small "
     "study that assessed the likelihood of reinfection.", "2021-08-07", [Q(2, "times", "over")]),
    ("allsides", "President Joe Biden enters the most seismic week of his legislative agenda explicitly set to miss "
     "one deadline and implicitly knowing he'll soon have to bow to a Republican blockade on another.",
     "2021-09-27", []),
    ("allsides", "A vote on the $1.2 trillion bipartisan infrastructure bill was delayed late Thursday night as "
     "leaders on both ends of Pennsylvania Avenue continue to hash out a deal on President Biden's larger "
     "reconciliation package.", "2021-10-01", [Q(1.2e12, "USD", time="2021-09-30"), D("2021-09-30")]),
    ("allsides", "President Joe Biden declared Tuesday he is sticking to his Aug. 31 deadline for completing a risky "
     "airlift of Americans, endangered Afghans and others seeking to escape Taliban-controlled Afghanistan.",
     "2021-08-24", [D("2021-08-24"), D("2021-08-31")]),
]

# A fifth fresh draw, annotated after the fixes FOURTH prompted and before running them on it: the honest figure for
# the rules as they now stand. Bias-corpus articles 438 modulo 700, then AllSides stories in the order of
# ``random.Random(2030).shuffle`` (skipping those of the development table and of FOURTH), picked with the same
# generator. Six scraping leftovers were dropped (a newsletter sign-up, two embedded tweets, a video caption, a
# "Related:" link, a headline run into the text).
FIFTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Thirty-five Democrats joined with House Republicans to give large businesses a one-year reprieve on the "
     "requirement to provide health insurance for full-time employees, helping pass that provision on a 264-161 "
     "vote.", "2013-07-18", [Q(35, "Democrats"), Q(1, "year"), Q(264, None), Q(161, None)]),
    ("bias", "“How can you negotiate with North Korea to say to end the nuclear weapons that they have if you’re "
     "allowing Iran to develop one?", "2018-06-02", []),
    ("bias", "He later became finance minister when Saad took over the premiership, and stayed on as his senior "
     "adviser after he lost the post in early 2011.", "2013-12-27", [D("2011")]),
    ("bias", "No one was immediately reported hurt in the rampage and security staff withdrew inside the embassy when "
     "protesters started to gather outside.", None, []),
    ("bias", "The president didn’t say “Obamacare” once during his nearly hourlong news conference last week, while "
     "he referred to the “Affordable Care Act” a dozen times.", "2013-11-19", [D("2013-W46"), Q(12, "times")]),
    ("bias", "Among all likely voters surveyed, Romney climbed from an 8-point deficit last month to a 4-point lead.",
     "2012-10-10", [Q(8, "point", time="2012-09"), D("2012-09"), Q(4, "point")]),
    ("bias", "Maggie Hassan playing up that they’re the only two candidates for governor and senator from the same "
     "state who are both women.", "2014-09-24", [Q(2, "candidates")]),
    ("bias", "Fria Tider is considered not only one of the most extreme sites, but also among the most "
     "Kremlin-friendly.", "2019-08-10", []),
    ("bias", "And look at Germany with a very high minimum wage, and setting a new global balance of trade record "
     "every year since 2011, after having bailed out East Germany/German integration (huge pricetag) which began in "
     "1990,also bailed out some of the EuroZone countries (still bailing) and is the main financier of Greece.",
     "2015-05-11", [D("2011"), D("1990")]),
    ("bias", "Japan's defence ministry warned on 8 August that it was possible that Pyongyang had mastered "
     "miniaturisation.", "2017-08-10", [D("2017-08-08")]),
    ("bias", "Deputy Attorney General Rod Rosenstein appointed Mueller a year ago to investigate any connections "
     "between Trump's campaign and Russians who sought to influence the 2016 election by hacking Democrats and "
     "pushing fake news about Democratic candidate Hillary Clinton.", "2018-05-17", [Q(1, "year"), D("2016")]),
    ("bias", "The statute of limitations in New York for civil rape cases is five years, but [the] complaint argues "
     "that the time limit should be waived, noting that the plaintiff was too frightened to report the abuse "
     "because Trump had threatened that if she did “her family would be physically harmed if not killed.”",
     "2016-06-23", [Q(5, "year")]),
    ("bias", "The president announced on Twitter in 2017 that the country would no longer \"accept or allow\" "
     "transgender Americans to serve in the military, citing \"tremendous medical costs and disruption\".", None,
     [D("2017")]),
    ("bias", "The federal lawsuit warns of voter disenfranchisement from Florida’s effort to crosscheck a list of more "
     "than 2,600 potentially ineligible registered voters produced by public safety officials against county "
     "registration records.", "2012-06-13", [Q(2600, "potentially ineligible registered voters", "over")]),
    ("bias", "On the one hand, conservative voters would be justifiably angry that the GOP controls everything in "
     "Washington but failed to deliver on one of its signature promises.", "2017-05-05", []),
    ("bias", "One silver lining to the health cloud may be the extent to which it has sidelined the controversy over "
     "the “basket of deplorables” comment.", "2016-09-13", []),
    ("bias", "Gab platform has 310,000 users in total, according to Sanduja.", "2017-11-17", [Q(310000, "users")]),
    ("bias", "Amash, unlike Johnson, hasn’t held a statewide office, but he probably would still have an advantage in "
     "the western part of Michigan, which he’s represented in the House for nearly 10 years.", "2020-05-04",
     [Q(10, "year", "about")]),
    ("bias", "PG&E set up about 30 community centres offering air conditioning, restrooms, bottled water and "
     "electronic charging stations during daylight hours.", None, [Q(30, "community centres", "about")]),
    ("bias", "From 60 Minutes Sunday:  I'm the first one to confess that-- the spirit that I brought to Washington, "
     "that I wanted to see instituted, where we weren't constantly-- in-- in a political slugfest but were focused "
     "more on problem solving that, you know, I haven't fully accomplished that.", "2012-09-24",
     [D("2012-09-23")]),
    ("bias", "It would grant Spanish citizenship to descendants of Jews expelled in 1492.", "2014-12-25",
     [D("1492")]),
    ("bias", "He also promised a $40 billion Climate Justice Resiliency Fund for “frontline communities,” such as "
     "ethnic and racial minorities, the disabled, the elderly and children.", "2019-08-22", [Q(40e9, "USD")]),
    ("bias", "Another revision makes changes so more “pass-through” companies that file their taxes as individuals "
     "can claim a new 17.4 percent deduction Republicans say is designed to give a boost to small businesses.",
     "2017-11-14", [Q(17.4, "percent")]),
    ("bias", "Across this state you've got a million people who don't have health insurance that could get health "
     "insurance right away.", "2013-11-07", [Q(1e6, "people")]),
    ("bias", "The public has 60 days to comment on the request.", "2017-08-04", [Q(60, "day")]),
    ("bias", "Trump Campaign for President, which has set a historic record in the Republican Primary having "
     "received almost 14 million votes, has today announced that Corey Lewandowski will no longer be working with "
     "the campaign,” the campaign spokeswoman, Hope Hicks, said in a statement, according to the New York Times.",
     "2016-06-20", [Q(14e6, "votes", "about"), D("2016-06-20")]),
    ("bias", "The bill lays out plans to spend at least $4.5 billion more on border security and to legalize some 11 "
     "million unauthorized immigrants living in the U.S., but the authors made it clear some provisions may be "
     "altered.", None, [Q(4.5e9, "USD", "at least"), Q(11e6, "unauthorized immigrants", "about")]),
    ("bias", "Having worked in AI for 30 years, I know it is probably more statistically reliable for algorithms to "
     "recognize black women’s hairstyles than those of black men, white women, etc.", "2019-09-02",
     [Q(30, "year")]),
    ("bias", "Bush has decided to lend his support to vulnerable incumbents in the 2016 Senate election.",
     "2016-06-17", [D("2016")]),
    ("bias", "Schumer and New Jersey Democratic Senator Bob Menendez, who has been critical, are expected to vote with "
     "the 54 Senate Republicans likely to stand united against the deal, but that is still leaves the GOP four "
     "votes short of overcoming a Democratic filibuster.", "2015-08-07",
     [Q(54, "Senate Republicans"), Q(4, "votes")]),
    ("bias", "They reached 86 percent of the children or sponsors, determining 6,075 remained with their sponsors, 28 "
     "had run away, five had been removed from the U.S. and 52 relocated to live with someone else.", "2018-05-29",
     [Q(86, "percent"), Q(6075, None), Q(28, None), Q(5, None), Q(52, None)]),
    ("bias", "A third statute allows for the construction of emergency projects if the secretary of defense "
     "determines it \"is vital to the national security or to the protection of health, safety, or the quality of "
     "the environment,\" but that authority is capped at $50 million a year.", "2019-01-07",
     [Q(50e6, "USD per year", "at most")]),
    ("bias", "\"Forty years after Barbara Jordan fought to extend the Voting Rights Act, its heart has been ripped "
     "out,\" Clinton said.", "2015-06-04", [Q(40, "year")]),
    ("bias", "At Thursday’s CNN debate, Sanders added two more similarities: defending calling Hillary Clinton "
     "“unqualified” for the White House because he felt he was responding to an attack, and arguing the U.S. "
     "contributes too much to NATO.", None, [D("Thursday", "relative"), Q(2, "similarities", time="Thursday")]),
    ("bias", "Asked which Democrat has the best chance of beating Trump, 42% of registered Democrats chose Biden "
     "compared with 14% who said Sanders and 12% who picked Warren, according to a Washington Post-ABC News poll.",
     "2019-09-11", [Q(42, "percent", measure="registered Democrats"), Q(14, "percent"), Q(12, "percent")]),
    ("bias", "They’ve already chalked up one big win: turning the Keystone XL pipeline decision into a political "
     "nightmare for Obama.", "2014-09-21", []),
    ("bias", "\"In 2010, the average income of farm households was 25 percent above the average of all U.S. "
     "households.\"", "2012-06-13", [D("2010"), Q(25, "percent", time="2010")]),
    ("bias", "Legislators set a new, almost all-mail primary for April 28, sparking new legal challenges from voting "
     "rights groups, but a federal judge on Friday said the election could go forward.", "2020-04-06",
     [D("2020-04-28"), D("2020-04-03")]),
    ("bias", "Meanwhile, 15 police officers were injured.", "2015-04-28", [Q(15, "police officers")]),
    ("bias", "Secretary of State John Kerry pose for a group picture at the United Nations building in Vienna on "
     "July 14.", "2015-08-31", [D("2015-07-14")]),
    ("bias", "As early as 2005, the Mormon magazine Sunstone first reported, Mr.", "2015-01-26", [D("2005")]),
    ("bias", "Marco Rubio of Florida, who is running for president in 2016, was part of an original “Gang of Eight” "
     "senators that crafted legislation that passed the U.S.", "2015-05-12", [D("2016")]),
    ("bias", "The FBI also released the summary of an interview that revealed a cabal at State that oversaw the email "
     "release — a “powerful group of very high-ranking STATE officials that some referred to as ‘The 7th Floor "
     "Group’ or as ‘The Shadow Government.’", "2016-10-17", []),
    ("bias", "\"We’re talking about a very small program where on average, students get a few hundred dollars ... not "
     "the few thousand dollars that they get from a Pell,'' Baum says.", "2020-02-12", []),
    ("bias", "Last Wednesday night, as Ferguson police were lobbing tear gas at peaceful protesters, Fox News’ Martha "
     "MacCallum, sitting in for Megyn Kelly, put together a news segment and a panel discussion on the threat posed "
     "by the presence of one or two New Black Panther Party members among the protesters.", "2014-08-18",
     [D("2014-08-13"), Q(1, "New Black Panther Party members", "range", "2014-08-13", upper=2)]),
    ("bias", "But if Trump can do what Barack Obama did with Iowa Democrats in 2008, Trump can notch back-to-back wins "
     "in Iowa and New Hampshire to start February.", "2016-01-29", [D("2008"), D("2016-02")]),
    ("bias", "Speier, a six-term congresswoman elected to the House of Representatives in 2008, added that voting to "
     "pass the Affordable Care Act and to reauthorize the Violence Against Women Act — two measures championed by "
     "the Obama administration and undertaken while Mr.", "2020-03-13",
     [Q(6, "term"), D("2008"), Q(2, "measures")]),
    ("bias", "The American president is under attack for a shaky response to the COVID-19 pandemic, although he "
     "celebrated improving job numbers Thursday.", "2020-07-04", [D("2020-07-02")]),
    ("allsides", "\"Despite over $1 trillion in unspent federal funds sitting in accounts, Democrats are focused "
     "instead on how they can spend trillions more by reaching back into taxpayers’ pockets or adding more to the "
     "nation’s debt,\" House Budget Committee Republican Leader...", "2021-07-27",
     [Q(1e12, "USD", "over", measure="unspent federal funds")]),
    ("allsides", "And since we have 50% of the country that not fully vaccinated, that's a problem,\" Fauci said.",
     "2021-07-26", [Q(50, "percent", measure="country")]),
    ("allsides", "The four-week moving average, which smooths out volatility in the weekly figures, was 394,500, the "
     "lowest reading since March 2020.", "2021-07-08", [Q(4, "week"), Q(394500, None), D("2020-03")]),
    ("allsides", "He addressed a scaled-down gathering at the 76th United Nations...", "2021-09-21", []),
    ("allsides", "During an interview with CBS's Face the Nation, Hochul said she wanted the women who were allegedly "
     "harassed by Cuomo to know the \"culture will be changed 1000%\" for \"all women\" working in the governor's "
     "office.", "2021-08-16", [Q(1000, "percent")]),
    ("allsides", "Schumer is also pushing for all 50 members of the Democratic...", "2021-07-21",
     [Q(50, "members")]),
    ("allsides", "Donald Trump’s grip on the GOP will tighten with a vote by House Republicans Wednesday to depose "
     "Representative Liz Cheney from her leadership post for her persistent rebuttals to Trump’s false claims that "
     "the 2020 election was stolen from him.", "2021-05-12", [D("2021-05-12"), D("2020")]),
    ("allsides", "Democrats have been determined to rid the building of statues memorializing long-dead dignitaries "
     "who held racist viewpoints, a goal realized in Tuesday's vote of 285-120.", "2021-06-29",
     [D("2021-06-29"), Q(285, None, time="2021-06-29"), Q(120, None, time="2021-06-29")]),
    ("allsides", "North Korea has fired two ballistic missiles across its east coast, South Korea's military says, its "
     "first ballistic missile test in six months.", "2021-09-15", [Q(2, "ballistic missiles"), Q(6, "month")]),
    ("allsides", "“The biggest mall that employs the biggest number of people is the one left standing,” the "
     "33-year-old, clad in camouflage and carrying a pistol, told the outlet of...", "2021-07-16",
     [Q(33, "year", measure="age")]),
    ("allsides", "Republicans sought a replay of 2003, when actor Arnold Schwarzenegger attracted support across "
     "ideological lines and voters decided to boot then-Gov....", "2021-09-15", [D("2003")]),
    ("allsides", "This decision is the wrong one, and one that all Americans, regardless of political affiliation, "
     "should be concerned about.", "2021-05-05", []),
    ("allsides", "“Leaving Aug. 31 is not due to an arbitrary deadline,” Mr.", "2021-08-31", [D("2021-08-31")]),
    ("allsides", "One of the authors of the article later addressed some questions about the story, clarifying a few "
     "points that weren’t originally shared.", "2021-07-14", []),
    ("allsides", "The bill passed in a 364-62 vote, with all no votes coming from Republicans.", "2021-05-18",
     [Q(364, None), Q(62, None)]),
    ("allsides", "Daily new COVID-19 cases have risen by more than 50 percent in the last week alone.", "2021-08-05",
     [Q(50, "percent", "over", "2021-W30"), D("2021-W30")]),
    ("allsides", "The Republican governor also announced that Texas is funding a $250 million down payment to help "
     "pay for a border wall.", "2021-06-16", [Q(250e6, "USD")]),
    ("allsides", "By Nov. 4, proof of full vaccination will be mandatory, according to the county’s Department of "
     "Public Health.", "2021-09-16", [D("2021-11-04", "target")]),
]

# A sixth fresh draw, annotated after the fixes FIFTH prompted and before running them on it: the honest figure for
# the rules as they now stand. Bias-corpus articles 263 modulo 700, then AllSides stories in the order of
# ``random.Random(2031).shuffle`` (skipping those of the development table, FOURTH and FIFTH), picked with the same
# generator. Four scraping leftovers were dropped (a newsletter sign-up, "Story Continued Below", a photo-gallery
# caption, a photo-caption run).
SIXTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "After President Trump’s decision to cancel the program in 2017, and the court fights that followed, "
     "immigrants who already had two-year permits under DACA have been allowed to renew them.", "2020-06-19",
     [D("2017"), Q(2, "year")]),
    ("bias", "Though one of his coalition partners has quit the cabinet, the rest of Mr Hariri’s ministers are "
     "staying.", "2019-10-26", []),
    ("bias", "And lower-risk prisoners will be eligible to spend up to 25 percent of their sentences in home "
     "confinement and community supervision, which will produce significant savings.", "2015-12-01",
     [Q(25, "percent", "up to", measure="sentences")]),
    ("bias", "“I’m a hundred percent certain it could happen again,” he said.", "2018-08-09", [Q(100, "percent")]),
    ("bias", "Hundreds of companies I have opened, I have used it three times, maybe four times, came out great.\"",
     "2015-10-28", [Q(3, "times"), Q(4, "times", "about")]),
    ("bias", "Once in the United States, she said, Bergdahl's daily routine will focus on four key areas: medical "
     "care, psychological support, debriefings and family support.", "2014-06-02", [Q(4, "key areas")]),
    ("bias", "The country also would reduce its carbon intensity by 60 to 65 percent by 2030.", "2015-08-04",
     [Q(60, "percent", "range", "2030", upper=65), D("2030", "target")]),
    ("bias", "Of the total greenhouse gas emissions in the US in 2016, 28% were from electricity, 28% were from "
     "transportation, 22% were from industry, 11% were commercial and residential and 9% were from agriculture.",
     "2019-02-11", [D("2016"), Q(28, "percent", time="2016"), Q(28, "percent", time="2016"),
                    Q(22, "percent", time="2016"), Q(11, "percent", time="2016"), Q(9, "percent", time="2016")]),
    ("bias", "The latest Rasmussen Reports national telephone survey finds that 38% of Likely Republican Voters "
     "believe the Tea Party will help the Republican Party in election 2014.", "2014-02-19",
     [Q(38, "percent", measure="Likely Republican Voters"), D("2014")]),
    ("bias", "One example of where cognitive inhibition is useful is in overcoming prejudice.", "2015-07-05", []),
    ("bias", "This budget would cut spending by $5.1 trillion over the next ten years.", "2015-10-29",
     [Q(5.1e12, "USD"), Q(10, "year")]),
    ("bias", "“@CNN spews hate 24/7 at @realDonaldTrump and the Republicans.”", "2020-01-02", []),
    ("bias", "At one level the answer is the ever-widening partisan divide.", "2016-02-15", []),
    ("bias", "The gating indicators include decreases in newly reported Covid-19 cases and emergency room visits as "
     "well as a \"robust\" testing program.", "2020-05-20", []),
    ("bias", "During the operation, nearly 2,000 guns were sold to straw purchasers with the expectation that they "
     "would be trafficked across the border to the Sinaloa Cartel.", "2012-06-11", [Q(2000, "guns", "about")]),
    ("bias", "By comparison, fewer than 75 Americans died in terrorist attacks annually after 2001.", "2016-01-19",
     [Q(75, "per year", "under", "2001"), D("2001")]),
    ("bias", "Furthermore, according to experts and the State Department, glasses worn by Clinton during her January "
     "2013 testimony on the attacks in Benghazi were a corrective instrument meant to treat “double vision” as a "
     "result of her fall -- not brain damage.", "2014-05-12", [D("2013-01")]),
    ("bias", "Obama made clear on Tuesday in an interview with Bloomberg News that he was not going to budge on "
     "raising tax rates on income over $250,000.", "2012-12-05", [D("2012-12-04"), Q(250000, "USD", "over")]),
    ("bias", "As we reported late Wednesday, the order, granted on April 25, gives the government the power to obtain "
     "the information for a three-month period that ends July 19.", "2013-06-06",
     [D("2013-06-05"), D("2013-04-25"), Q(3, "month"), D("2013-07-19")]),
    ("bias", "Unemployment is low, at 4.1 percent.", "2018-01-05", [Q(4.1, "percent")]),
    ("bias", "Among Republicans and Republican-leaning independents, a large majority (81%) rate the economy as "
     "excellent or good.", "2020-02-07", [Q(81, "percent")]),
    ("bias", "John “Tig” Tiegan, a contractor who fought the terrorists who stormed the Benghazi embassy on Sept. 11, "
     "2012, said he watched Tuesday’s embassy attack in Baghdad unfold over the internet with frustration.",
     "2019-12-31", [D("2012-09-11"), D("2019-12-31")]),
    ("bias", "Tony (last name not included for fear of reprisal on the job) has worked at Bank of America for 11 years "
     "as a customer service associate.", "2014-10-09", [Q(11, "year")]),
    ("bias", "“Whenever there is a countdown clock in Trump World, one thing you can always take to the bank is that "
     "the countdown clock will be extended,” the former official said.", "2018-07-20", []),
    ("bias", "Trump, himself accused during the 2016 presidential race of sexual misconduct with numerous women, twice "
     "offered words of support for Kavanaugh while in New York to attend the U.N.", "2018-09-25",
     [D("2016"), Q(2, "times")]),
    ("bias", "He said the one way to counter that is to alleviate the alienation and poverty that are the extremists’ "
     "best recruiting tool.", "2015-02-18", []),
    ("bias", "Unlike that debate, Democrats didn’t get their way on their latest proposed expansion, and the Violence "
     "Against Women Act expired in February 2019.", "2020-04-16", [D("2019-02")]),
    ("bias", "They are preparing detailed policy papers, and in some cases drafting proposed legislation, for their "
     "former colleagues, and they have the time and resources to do a more thorough job than those still there — "
     "though one that has a slant in favor of their new, more generous employer.", "2012-06-06", []),
    ("bias", "Two of the court’s four liberals, Stephen Breyer and Elena Kagan, joined the five conservative justices "
     "in the ruling authored by Justice Anthony Kennedy, who also wrote the landmark 2015 decision legalizing gay "
     "marriage nationwide.", "2018-06-05",
     [Q(2, None), Q(4, "liberals"), Q(5, "conservative justices"), D("2015")]),
    ("bias", "However, that is exactly what happened in 2014 with the seizure of Crimea and some eastern parts of "
     "Ukraine.", None, [D("2014")]),
    ("bias", "There are a number of unsavory allegations swirling around Washington, but do not underestimate the "
     "importance of the Justice Department seizing two months of Associated Press phone records without so much as "
     "a heads-up.", "2013-05-17", [Q(2, "month")]),
    ("bias", "Gayler added that the military investigated the Feb. 23, 2019, strike due to online allegations of "
     "civilian casualties, and that footage showed what appeared to be a civilian being carried away from the site "
     "strike.", "2020-04-27", [D("2019-02-23")]),
    ("bias", "Speeches are good for leaving that mark, after all, sifting through old unemployment data isn't as "
     "exciting.Obama's speech is at 12:55 et and will be streamed live at WhiteHouse.gov.", "2013-07-24", []),
    ("bias", "The detonation triggered an magnitude 6.3 artificial earthquake, U.S.", "2017-09-03",
     [Q(6.3, "magnitude")]),
    ("bias", "But even assuming the strategic alliance -- which includes the so-called Quadrilateral Security Dialogue "
     "between the U.S., India, Japan and Australia -- remains intact, the world’s two largest democracies are "
     "probably still headed for a bout of turbulence.", "2019-03-05", [Q(2, "largest democracies")]),
    ("bias", "And giving them another four-year term is going to be horrific for the workers and citizens in those "
     "states.”", "2012-12-12", [Q(4, "year")]),
    ("bias", "Cory Booker, another candidate who made early and deep investments in Iowa staffing, is widely "
     "considered to have one of the best on-the-ground organizations in the state.", "2019-05-23", []),
    ("bias", "Ever since the 2010 decision in Citizens United, he has gone overboard in denouncing corporate speech, "
     "even endorsing a constitutional amendment to restrict it.", "2013-12-15", [D("2010")]),
    ("bias", "Ruemmler returned to private practice in Washington, but in 2009 she took one of the most powerful jobs "
     "at the Justice Department — the “Padag,” for principal associate deputy attorney general, who essentially "
     "runs the place.", "2013-05-27", [D("2009")]),
    ("bias", "Beckford, a certified nursing assistant (CNA) in the Alzheimer’s unit at Newington Rapid Recovery Rehab "
     "Center in Newington, Connecticut, had been running a low-grade fever but says the facility was only sending "
     "workers home if their temperature reached 100.4 degrees Fahrenheit — per Centers for Disease Control and "
     "Prevention guidelines.", None, [Q(100.4, "degrees Fahrenheit")]),
    ("bias", "The man, identified as Anis A., was born in the Tunisian city of Tataouine in 1992.", "2016-12-21",
     [D("1992")]),
    ("bias", "The unveiling of the account comes as Congress on Monday was given 60 days to debate the deal, which is "
     "likely to be a bitter battle.", "2015-07-21", [D("2015-07-20"), Q(60, "day", time="2015-07-20")]),
    ("bias", "According to one document, Piccard said, “He said [that] he doesn’t like the way they raise their kids "
     "to be 'whiny brats' and that he didn’t want the girls going to school with Jews,” unquote.", "2017-01-27",
     []),
    ("bias", "Ten of those, excluding the Garden State, have separately legalized marijuana for recreational "
     "purposes, including seven that allow regulated retail sales.", "2019-02-01", [Q(10, None), Q(7, None)]),
    ("bias", "Nearly 70 percent indicated that they feel less stress in general.", "2017-09-02",
     [Q(70, "percent", "about")]),
    ("bias", "Tara Coronado, a 45-year-old mother of four, sat in a nondescript Austin courtroom six years ago during "
     "a custody fight with her ex-husband, biting her tongue as the judge dressed her down.", "2020-07-08",
     [Q(45, "year", measure="age"), Q(4, None), Q(6, "year")]),
    ("bias", "GOP commemorates March on Washington - Republican National Committee Chairman Reince Priebus will host "
     "a luncheon to commemorate the 50th anniversary of Martin Luther King Jr.’s “I Have a Dream” speech.",
     "2013-08-26", []),
    ("bias", "One group, Mayors Against Illegal Guns, sent a woman whose son died in the Aurora movie massacre to try "
     "to see Flake in his Phoenix office so he could see the \"pain in her eyes.\"", "2013-05-07", []),
    ("bias", "The Obama administration also moved quickly to distance itself from the independent enforcement agency, "
     "noting that the IRS has only two political appointees.", "2013-05-12", [Q(2, "political appointees")]),
    ("bias", "The late 19th century saw substantial improvements in the standard of living for average working "
     "people in the United States.", "2014-09-30", []),
    ("allsides", "In two unsigned opinions Monday, the Supreme Court ruled in favor of police officers seeking "
     "qualified immunity from allegations of excessive force.", "2021-10-18",
     [Q(2, "unsigned opinions", time="2021-10-18"), D("2021-10-18")]),
    ("allsides", "Since the beginning of the COVID-19 pandemic, researchers, policy makers, and journalists have "
     "viewed hospitalizations as an important indicator of the disease burden, often citing increases in that measure "
     "as a justification for government interventions aimed at curtailing virus transmission, such as business "
     "restrictions and mask requirements.", "2021-09-15", []),
    ("allsides", "On Thursday evening, Twitter user @Robertrand77, whose screen name is Rob Bertrand, posted a video "
     "to Twitter that appeared to show a man being beaten in Times Square.", "2021-05-21", [D("2021-05-20")]),
    ("allsides", "Biden spoke to Netanyahu early Wednesday, and the White House said the two \"had a detailed "
     "discussion of the state of events in Gaza, Israel’s progress in degrading the capabilities of Hamas and other "
     "terrorist elements, and ongoing...", "2021-05-19", [D("2021-05-19"), Q(2, None)]),
    ("allsides", "Some countries are only allowing vaccinated visitors, others are open to all with a negative "
     "COVID-19 test or and/or proof of recovery and still others are throwing quarantines into the mix.",
     "2021-09-03", []),
    ("allsides", "The exercise, about 300-500 miles west of Hawaii, comes just ahead of the meeting between Russian "
     "President Vladimir Putin and U.S.", "2021-06-16", [Q(300, "miles", "range", upper=500)]),
    ("allsides", "In a stunning setback to regulators’ efforts to break up Facebook, a federal judge on Monday threw "
     "out antitrust lawsuits brought against the company by the Federal Trade Commission and more than 40 states.",
     "2021-06-28", [D("2021-06-28"), Q(40, "states", "over", "2021-06-28")]),
    ("allsides", "The billionaire couple sets the strategic vision for the $50 billion Bill and Melinda Gates "
     "Foundation, which they co-founded and which spends more than $5 billion a year on causes like US education "
     "and worldwide disease eradication.", "2021-05-04",
     [Q(50e9, "USD"), Q(5e9, "USD per year", "over")]),
    ("allsides", "Health authorities reported almost 7,000 new cases and 47 deaths —...", "2021-07-12",
     [Q(7000, "cases", "about"), Q(47, "deaths")]),
    ("allsides", "The report says that the intelligence community “remains divided on the most likely origin of "
     "COVID-19” and that “all agencies assess that two hypotheses are plausible: natural exposure to an infected "
     "animal and a laboratory-associated incident.”", "2021-08-27", [Q(2, "hypotheses")]),
    ("allsides", "A new chief has been selected to lead the US Capitol Police in the aftermath of the Jan. 6 riot "
     "where a mob violently stormed the building.", "2021-07-22", [D("2021-01-06")]),
    ("allsides", "The Food and Drug Administration (FDA) expanded its emergency use authorization for the Pfizer "
     "coronavirus vaccine to children as young as 12 Monday, the first COVID-19 vaccine to receive the green "
     "light.", "2021-05-10", [Q(12, None, "at least", "2021-05-10"), D("2021-05-10")]),
    ("allsides", "The Biden administration is close to advising fully vaccinated Americans get COVID-19 booster shots "
     "eight months after their last vaccine.", "2021-08-17", [Q(8, "month")]),
    ("allsides", "President Joe Biden's drive for big new infrastructure investment got a boost on Tuesday when "
     "leading Senate Democrats agreed on a $3.5 trillion investment plan they aim to include in a budget resolution to "
     "be debated soon, Senate Majority Leader Chuck Schumer said.", "2021-07-14",
     [D("2021-07-13"), Q(3.5e12, "USD", time="2021-07-13")]),
    ("allsides", "As the large flat-screen television mounted on the north wall flashed three \"guilty\" counts, the "
     "room was overcome with a \"sweeping sense of relief,\" an aide said.", "2021-04-25",
     [Q(3, "\"guilty\" counts")]),
    ("allsides", "Her late husband, Ron Wright, died in February at the start of his second House term after battling "
     "Covid-19 and cancer.", "2021-07-28", [D("2021-02")]),
    ("allsides", "The U.S. has warned that more attacks, like the one last week outside the airport that killed nearly "
     "200 people, are...", "2021-08-30", [D("2021-W34"), Q(200, "people", "about", "2021-W34")]),
    ("allsides", "Senate majority leader Chuck Schumer (D., N.Y.) railed against Republicans in a speech Thursday "
     "night after eleven GOP senators joined Democrats in breaking a filibuster on the debt-ceiling hike.",
     "2021-10-08", [D("2021-10-07"), Q(11, "GOP senators")]),
]

# A seventh fresh draw, annotated after the fixes SIXTH prompted and before running them on it: the honest figure for
# the rules as they now stand. Bias-corpus articles 613 modulo 700, then AllSides stories in the order of
# ``random.Random(2032).shuffle`` (skipping those of the development table, FOURTH, FIFTH and SIXTH), picked with the
# same generator. Five scraping leftovers were dropped (two "This report was updated" lines, a "Related" link, a
# photo caption, a copyright line).
SEVENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "North Korea has threatened the United States, yet again, following yesterday’s American led B-2 "
     "stealth bomber drills over South Korea.", "2013-03-29", [D("2013-03-28")]),
    ("bias", "In Ohio, it also offers a vivid illustration of the Obama campaign's ground game, which includes a "
     "whopping 108 field offices.", "2012-10-01", [Q(108, "field offices")]),
    ("bias", "President Obama has also declined to meet with Netanyahu, citing Israel's election in just over two "
     "weeks.", "2015-03-03", [Q(2, "week", "over")]),
    ("bias", "The two progressive candidates spent months refusing to attack each other, though Sanders offered a "
     "strong defense of Medicare for All after Warren offered a plan for a transition to it that would take years.",
     "2020-04-08", [Q(2, "progressive candidates")]),
    ("bias", "“Trade liberalization promotes overall economic growth among trading partners but … there are both "
     "winners and losers,” the nonpartisan Congressional Research Service said in an April 2015 report.",
     "2015-05-12", [D("2015-04")]),
    ("bias", "It abandoned the program in 2015 and relinquished its leases.", "2019-03-30", [D("2015")]),
    ("bias", "(Buckingham Palace, with about 600 rooms, is her weekday work home.)  In May, Windsor's St.",
     "2018-07-11", [Q(600, "rooms", "about"), D("2018-05")]),
    ("bias", "(There was no bomb, officials there said.)  In Washington, parts of two Senate office buildings were "
     "shut down as officials investigated reports of suspicious letters or packages, and the Secret Service said "
     "that a letter addressed to President Obama contained a suspicious substance.", "2013-04-18",
     [Q(2, "Senate office buildings")]),
    ("bias", "So, how do they get around that?  1) Libsplaining: For every guy out there mansplaining, there are "
     "probably 500 liberals libsplaining what some conservative supposedly REALLY MEANT at exactly the same time.",
     "2018-03-16", [Q(500, "liberals", "about")]),
    ("bias", "Many have also called out a 2017 speech he gave praising former Chief Justice William Rehnquist’s "
     "dissent in Roe as more indicative of his true feelings on abortion rights.", "2018-09-04", [D("2017")]),
    ("bias", "In 2014, the department announced the new PLUS rules, essentially reversing its efforts to tighten "
     "credit checks.", "2015-06-19", [D("2014")]),
    ("bias", "Now, via its Commercial Crew program—which is itself a follow-on to the Commercial Orbital "
     "Transportation Services program initiated in the mid-2000s—NASA is instead buying seats and stowage on "
     "SpaceX assets.", None, [D("2000s")]),
    ("bias", "\"It's not just a choice of two people, but of two visions for America.", "2016-06-03",
     [Q(2, "people"), Q(2, "visions")]),
    ("bias", "Four: Judges were Republican In order to demonstrate the lack of political bias, the Democratic memo "
     "also points out that judges on the court that agreed to a surveillance warrant for Carter Page had all been "
     "appointed by Republicans.", None, []),
    ("bias", "In March 2018, five DGCIM agents summoned Lieutenant Colonel Igbert Marín, commander of the 302nd "
     "mechanized Army brigade, in Caracas.", "2019-08-22", [D("2018-03"), Q(5, "DGCIM agents", time="2018-03")]),
    ("bias", "The numbers 8, 8 are very significant in neo-Nazi and white supremacy movement.", "8/9/19", []),
    ("bias", "Although China is no longer officially manipulating the value of its currency, the dollar remains "
     "significantly overvalued — in part because China is sitting on more than $3 trillion in foreign assets.",
     "2018-10-23", [Q(3e12, "USD", "over", measure="foreign assets")]),
    ("bias", "But conservatives can take heart that overall spending for daily agency operations has been cut by $79 "
     "billion, or 7 percent, from the high-water mark established by Democrats in 2010.", "2014-01-14",
     [Q(79e9, "USD"), Q(7, "percent"), D("2010")]),
    ("bias", "After Lewandowski paused in answering Nadler's questions, Republicans and Democrats battled over whether "
     "the clock should be suspended on the chairman's five minutes of questioning.", "2019-09-17",
     [Q(5, "minute")]),
    ("bias", "What can happen — and will mitigate the risk — is a three-pronged approach.", "2020-03-11", []),
    ("bias", "But Rubio didn't hit back, simply thanking Paul for giving him another 30 seconds of talking time -- "
     "afforded to any candidate called out by one of his opponents -- and using it to lay out his position.",
     "2015-12-16", [Q(30, "second")]),
    ("bias", "The trouble for Trump: While consumer sentiment on the economy is currently higher than the average of "
     "any president since the poll started in the 1980’s, his approval rating as measured by a separate Washington "
     "Post/ABC News survey is the lowest of the lot.", "2018-09-12", [D("1980s")]),
    ("bias", "The Census Bureau on Tuesday reported that the income at the median U.S. household—the one at the "
     "statistical middle of the middle—rose an inflation-adjusted 5.2% to $56,500 last year from 2014.", None,
     [D("Tuesday", "relative"), Q(5.2, "percent", time="last year"), Q(56500, "USD", time="last year"),
      D("last year", "relative"), D("2014")]),
    ("bias", "General Philip Breedlove, the military commander for NATO -- the 23-nation alliance including not just "
     "Western Europe and the United States, but Ukraine's neighbors Poland and Romania -- called \"upon the new "
     "military leadership in Ukraine to open a dialog (sic) with us to bring this situation to a peaceful "
     "resolution.\"", "2014-02-19", [Q(23, "nation")]),
    ("bias", "Clinton said there was “no case here” and called into question the agency’s motives in announcing the "
     "developments just 11 days before the presidential election.", "2016-10-31", [Q(11, "day")]),
    ("bias", "Four oil tankers were damaged in what the United Arab Emirates (UAE) said were sabotage attacks while "
     "drone attacks on two oil pumping stations in Saudi Arabia by Yemen's Houthi rebels - who are supported by "
     "Iran - forced the temporary closure of a pipeline.", None, [Q(4, "oil tankers"), Q(2, "oil pumping stations")]),
    ("bias", "By comparison, 59 percent think marijuana \"should be made legal in the United States.\"", "2017-02-24",
     [Q(59, "percent")]),
    ("bias", "Mueller has been investigating Russian interference in the 2016 election since his appointment as "
     "special counsel in 2017.", None, [D("2016"), D("2017")]),
    ("bias", "It’s disgusting,” New York State police union official Mike O’Meara said as lawmakers in New York State "
     "repealed a law known as Section 50-a that keeps police records secret.", "2020-06-10", []),
    ("bias", "Trump ordered McGahn, who left the White House in 2018, not to comply with the subpoena and the "
     "Department of Justice (DOJ) asserted in court that the president and his close advisers have absolute "
     "immunity from congressional subpoenas.", "2019-12-23", [D("2018")]),
    ("bias", "The genuine explanation, say people close to Clinton, is the same one that usually is the case: He was "
     "simply saying what he really thought, but in fuzzy, free-associating language almost guaranteed to produce "
     "controversy.", "2012-06-07", []),
    ("bias", "At Little Palm Island, a 5-1/2-acre retreat in the Florida Keys, vacationers can swim, dive, snorkel, "
     "sail, and enjoy massages.", "2013-05-25", [Q(5.5, "acre")]),
    ("bias", "By Monday, at least 34 senators – Democrats and Republicans – had signed onto the bill.", "2018-12-11",
     [D("2018-12-10"), Q(34, "senators", "at least", "2018-12-10")]),
    ("bias", "All of which means that, at a certain point, GOP leaders need to decide one thing: Do they want to "
     "remain a congressional party?", "2014-10-22", []),
    ("bias", "Georgia on Wednesday reported its second-highest new coronavirus case count to date, with 3,871 new "
     "confirmed cases and 37 COVID-19 deaths.", "2020-07-16",
     [D("2020-07-15"), Q(3871, "confirmed cases", time="2020-07-15"), Q(37, "COVID-19 deaths", time="2020-07-15")]),
    ("bias", "The Western intelligence source said that Coulibaly lived with Boumeddiene, his alleged accomplice in "
     "the police shooting, and that the two traveled to Malaysia together.", "2015-01-09", [Q(2, None)]),
    ("bias", "But, but, but: The plan notes that power companies, under the \"clean electricity standard,\" could "
     "\"buy and trade clean energy credits from one another or purchase them via auction.\"", "2020-01-09", []),
    ("bias", "The reason appears to be that Iran would agree to convert some of its medium-enriched uranium — fuel "
     "enriched to 20 percent purity, or near bomb grade — into an oxide form that is on the way to becoming reactor "
     "fuel.", "2013-11-19", [Q(20, "percent")]),
    ("bias", "In written responses to 25 questions from the conservative group Judicial Watch, Clinton largely hewed "
     "to her prior statements about the email controversy, often saying she did not recall details about the "
     "arrangement.", "2016-10-13", [Q(25, "questions")]),
    ("bias", "In Louisiana, nearly two dozen women signed up for Emerge Louisiana's training program for Democratic "
     "candidates this year.", "2019-03-10", [Q(24, "women", "about", "2019"), D("2019")]),
    ("bias", "Throughout 2018, he used his valuable fundraising email list to help other Democratic senators up for "
     "reelection.", "2018-11-25", [D("2018")]),
    ("bias", "The legislation would create two forms of driver’s licenses: a federally compliant Real ID license that "
     "let people board planes, and a “standard” driver’s license for driving and identification, for which "
     "unauthorized immigrants could use foreign passports or driver’s licenses to apply rather than a Social "
     "Security number.", "2019-12-18", [Q(2, "forms")]),
    ("bias", "Three, there is no scenario in which a teenager or any other person should be dead for stealing "
     "cigarillos and not walking on the sidewalk.", "2015-03-18", []),
    ("bias", "Most strikingly, women under age 30 split 79% for Sanders to 20% for Clinton.", "2016-02-10",
     [Q(30, None, "under"), Q(79, "percent"), Q(20, "percent")]),
    ("bias", "LAUSANNE, Switzerland (Reuters) - Russia has been banned from the 2018 Pyeongchang Winter Olympics after "
     "the IOC found evidence of an “unprecedented systematic manipulation” of the anti-doping system that has led "
     "to a series of suspensions for the country’s athletes in recent months.", "2017-12-06", [D("2018")]),
    ("bias", "So 11 students out of 1,500 had respiratory symptoms which the article claimed 'were suggestive of "
     "COVID'.", "2020-07-20", [Q(11, "students"), Q(1500, None)]),
    ("bias", "The story claimed that Manafort’s notes from the 2016 Trump Tower meeting with White House aide Jared "
     "Kushner, Donald Trump Jr. and a Russian lawyer included the word “donations” near a reference to the "
     "Republican National Committee.", "2017-09-07", [D("2016")]),
    ("allsides", "It's applying the rule of law to the facts of an individual and specific case,” Cahill said from the "
     "Hennepin County courthouse just after 2:30 p.m.", "2021-06-25", []),
    ("allsides", "The 13 American service members killed in Kabul on Thursday died in gruesome violence, victims of a "
     "terrorist bombing....", "2021-08-30",
     [Q(13, "American service members", time="2021-08-26"), D("2021-08-26")]),
    ("allsides", "The official, Jeffrey Clark, was a key figure in a recent Senate report detailing Trump's attempts "
     "to enlist the department in his efforts to overturn the 2020 presidential election.", "2021-10-14",
     [D("2020")]),
    ("allsides", "Biden announced in opening remarks for the two-day summit that the U.S. will reduce its own "
     "greenhouse gas emissions 50%-52% from 2005 levels by the end of the decade -- significantly boosting a "
     "commitment made under former President Barack Obama that was scrapped by former President Donald...",
     "2021-04-22", [Q(2, "day"), Q(50, "percent", "range", upper=52), D("2005")]),
    ("allsides", "What we're hearing: When Biden and Capito spoke by phone on Tuesday, the call only lasted a few "
     "minutes, and it was clear that the two sides remain too far apart to find a compromise.", "2021-06-08",
     [D("2021-06-08"), Q(2, "sides")]),
    ("allsides", "U.S. military department heads were ordered Tuesday to “immediately” start getting their troops "
     "vaccinated against the virus that causes COVID-19, two days after the first COVID-19 vaccine received federal "
     "approval.", "2021-08-25", [D("2021-08-24"), Q(2, "day")]),
    ("allsides", "Ron DeSantis, to ban lessons that employ critical race theory (CRT) or the New York Times’ 1619 "
     "Project from schools.", "2021-06-12", []),
    ("allsides", "The White House had previously said it would keep Trump’s cap in place for the time being, however, "
     "with the ultimate goal of setting a 125,000 refugee cap in...", "2021-05-03",
     [Q(125000, "refugee cap", "target")]),
    ("allsides", "The Infrastructure Investment and Jobs Act clocked in at some 2,700 pages, and senators could begin "
     "amending it soon.", "2021-08-02", [Q(2700, "pages", "about")]),
    ("allsides", "The United Nations’ Intergovernmental Panel on Climate Change is the keeper of the expert consensus "
     "on global warming, issuing a painstaking, authoritative report on the state of the science roughly every five "
     "years.", "2021-08-13", [Q(5, "year", "about")]),
    ("allsides", "Everyone has a different definition of the term, but Carville’s was one you hear a lot from "
     "strategically minded Democrats: Wokeness is “faculty lounge” rhetoric, the language of elite hyper-educated "
     "progressivism, entering into mass politics in a way that turns a lot of normal people off.", "2021-05-03", []),
    ("allsides", "For the past 15 years, violence has been on the rise in Mexico due to the growth of organized crime, "
     "turf wars, and high rates of impunity.", "2021-08-29", [Q(15, "year")]),
    ("allsides", "On Wednesday, the Senate Judiciary Committee held a hearing examining the FBI’s handling of the "
     "Larry Nassar case, in which the four Olympic gymnasts — Biles, Nichols, Raisman, and Maroney...", "2021-09-15",
     [D("2021-09-15"), Q(4, "Olympic gymnasts")]),
    ("allsides", "Andrew Cuomo resigned from his position on Tuesday, one week after state Attorney General Letitia "
     "James released a report that found he sexually harassed 11 women, including staffers and others who did not "
     "work for his administration.", "2021-08-10", [D("2021-08-10"), Q(1, "week"), Q(11, "women")]),
    ("allsides", "About 10,000 migrants are packed under a bridge in Del Rio, Texas, waiting to be taken into U.S. "
     "custody, officials said on Thursday.", "2021-09-17", [Q(10000, "migrants", "about"), D("2021-09-16")]),
    ("allsides", "The move is one of the most sweeping policy changes...", "2021-10-07", []),
    ("allsides", "America’s top general on Tuesday vehemently defended his Jan. 8 phone call with Chinese military "
     "leaders, telling lawmakers that he was “certain” then-President Donald Trump wouldn’t order an attack on "
     "Beijing and wanted to convey that reassuring message to his Chinese counterparts.", "2021-09-28",
     [D("2021-09-28"), D("2021-01-08")]),
    ("allsides", "The woman’s email arrived in Anthony Fauci’s inbox on Feb. 28, 2020, with a one-word subject line: "
     "“URGENT.”", "2021-06-03", [D("2020-02-28"), Q(1, "word", time="2020-02-28")]),
]

# An eighth fresh draw, annotated after the fixes SEVENTH prompted and before running them on it: the honest figure
# for the rules as they now stand. Bias-corpus articles 131 modulo 700, then AllSides stories in the order of
# ``random.Random(2033).shuffle`` (skipping those of the development table and of FOURTH to SEVENTH), picked with the
# same generator. Six scraping leftovers were dropped (a copyright line, a photo-gallery caption, a video caption, two
# embedded tweets, a "MUST WATCH" video link).
EIGHTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Iowa's caucuses are scheduled for Feb. 3, 2020.", "2019-06-08", [D("2020-02-03")]),
    ("bias", "Purdue University Police Chief John Cox said Cody Cousins, 23, of Warsaw, Ind., is being held in the "
     "Tippecanoe County Jail on a preliminary charge of murder.", None, [Q(23, None)]),
    ("bias", "One in twenty is wed before her fifteenth birthday.", "2019-09-26", [Q(5, "percent")]),
    ("bias", "The nonmilitant casualty rate was down to about 10% in 2012, the group says.", "2013-03-15",
     [Q(10, "percent", "about", "2012"), D("2012")]),
    ("bias", "In light of these protests and 40 years of regime tyranny, I have a message for the people of Iran: the "
     "United States hears you.", "2018-07-23", [Q(40, "year")]),
    ("bias", "And Fox News yanked one of its top legal experts, Andrew Napolitano, after he alleged that a British "
     "intelligence agency had wiretapped Trump Tower at Obama’s request.", "2017-03-27", []),
    ("bias", "\"I think Vice President Biden is one of those candidates who actually can go to any place in America "
     "and be well received, whereas others may be less well received,\" said Robert Wolf, a Democratic donor and "
     "friend of Obama and Biden.", "2018-09-15", []),
    ("bias", "One GOP aide told the paper this was “a legitimate line of questioning” for the whistle-blower and "
     "others, “as their political preferences could taint testimony and findings.”", None, []),
    ("bias", "Days prior, Imran wired nearly $300,000 to Pakistan and told the bank manager over the phone to wait as "
     "he googled what excuse to give him for the transfer — all while pretending to be his wife, according to an "
     "FBI affidavit.", "2017-07-30", [Q(300000, "USD", "about")]),
    ("bias", "When Julia was heavily into gymnastics, the annual out-of-school fees alone (training camps, travel, "
     "etc.) came to $6,000, adds Zukowski-Serlin, who lives in Kalamazoo, Mich.", "2015-11-01",
     [Q(6000, "USD per year")]),
    ("bias", "Sheri Guyse, 42, a parent with two children in Oklahoma public schools who participated in the walkout, "
     "pledged that come November, she would remember whose side lawmakers were on.", "2018-04-15",
     [Q(42, None), Q(2, "children"), D("2018-11")]),
    ("bias", "Steady diplomatic engagement with Moscow over five decades—pursued until recently—ultimately gave us an "
     "approximately three-quarters reduction in nuclear arsenals, and greater security.", None,
     [Q(5, "decade"), Q(75, "percent", "about")]),
    ("bias", "It just took 20 years for someone to put that insight to use.”", None, [Q(20, "year")]),
    ("bias", "“CREW gives us some potentially powerful tools in the tool box,” said Brock, who founded his flagship "
     "organization Media Matters in 2004.", "2014-08-13", [D("2004")]),
    ("bias", "The brutal colonization of two continents ensued.", None, [Q(2, "continents")]),
    ("bias", "Why, he hadn’t talked to Emanuel “since 2007,” he said.", None, [D("2007")]),
    ("bias", "When there were no volunteers — even when United allegedly offered an $800 travel voucher — the airline "
     "randomly selected four passengers for removal.", "2017-04-11", [Q(800, "USD"), Q(4, "passengers")]),
    ("bias", "The administration agreed to temporarily lift the shipping restrictions for Puerto Rico on Sept. 28.",
     "2017-10-09", [D("2017-09-28")]),
    ("bias", "It had nothing to do with the United States government, and it's one that we find disgusting and "
     "reprehensible.", "2013-05-14", []),
    ("bias", "Sometimes one or two cast a protest vote, but that’s it.", "2016-12-16",
     [Q(1, None, "range", upper=2)]),
    ("bias", "The BLS report also says there were 456,000 fewer people counted as being among the unemployed last "
     "month.", "2012-10-05", [Q(456000, "people", time="2012-09"), D("2012-09")]),
    ("bias", "The administration’s NSS in 2010 did not mention competition with China at all.", "2017-12-18",
     [D("2010")]),
    ("bias", "Ocasio-Cortez acknowledged in August 2019 that she was “in conversation” with the FEC over the "
     "complaints, saying she was in “total compliance” with the law while dismissing the measures as a “form of "
     "legal trolling” from “fringe, Republican groups.”", "2020-01-15", [D("2019-08")]),
    ("bias", "While the election is still a long way off, there are several compelling reasons why Cruz should be "
     "considered a strong GOP presidential candidate for 2016.    1.", "2015-03-23", [D("2016")]),
    ("bias", "In a third dissent, Justice Stephen Breyer -- joined by Justice Elena Kagan -- argued that while "
     "Montana's aid program's inclusion of religious schools may not have been forbidden by the First Amendment's "
     "Establishment Clause, it was not required by the Free Exercise Clause as Roberts' claimed it was.", None, []),
    ("bias", "A so-called congressional-executive agreement requires a majority vote in both the House and the Senate "
     "(which, because of procedural rules, effectively means a three-fifths vote in the Senate).", "2015-04-06",
     [Q(60, "percent")]),
    ("bias", "She testified in front of Congress and the 9/11 Commission about the FBI's mishandling of information.",
     "2013-06-11", []),
    ("bias", "Secretary of State Hillary Rodham Clinton spoke at a women’s college in Saudi Arabia in 2010 on the "
     "condition that her hosts temporarily bend their strict Islamic customs by allowing men and women to sit in the "
     "audience together without a curtain between them.", "2012-12-27", [D("2010")]),
    ("bias", "“Although administration officials told congressional offices that it would take 60 days to implement "
     "the president’s amnesty plan, internal ICE documents show that illegal immigrants have already benefited from "
     "it, even though there are no standards in place.”", "2012-07-02", [Q(60, "day")]),
    ("bias", "The president’s tweets come after a fire at a London subway station on Friday, which sent at least 22 "
     "people to hospitals.", "2017-09-15", [D("2017-09-15"), Q(22, "people", "at least", "2017-09-15")]),
    ("bias", "The 2001 simulation by Altig et al. found that replacing the income tax with an X tax would be better "
     "for growth then even the flat tax.", "2015-03-30", [D("2001")]),
    ("bias", "May, saying, “It will be difficult for her to survive given that she was presumed at the start of the "
     "campaign, which seems an awfully long time ago, to come back with maybe a hundred, maybe more, in terms of her "
     "majority.”", "2017-06-09", [Q(100, None, "about")]),
    ("bias", "In 2009, the PIC collected more than $53 million in donations, according to a report filed with the "
     "Federal Elections Commission 90 days after the inauguration.", None,
     [D("2009"), Q(53e6, "USD", "over", "2009", measure="donations"), Q(90, "day")]),
    ("bias", "Trump’s approval rating among Republicans was 88 percent at 701 days into his term, according to Gallup, "
     "the same as President George W.", "2019-01-02", [Q(88, "percent"), Q(701, "day")]),
    ("bias", "On Tuesday, a prominent GOP senator urged protection for the whistleblower who divulged the July 25 "
     "phone call.", "2019-10-01", [D("2019-10-01"), D("2019-07-25")]),
    ("bias", "Ron King, a firearms instructor at the Port Canaveral Police Department, brought the targets to a gun "
     "range April 4 and asked if other officers and a civilian would like to shoot their guns at the hoodie-wearing "
     "figures, the department said.", "2013-04-14", [D("2013-04-04")]),
    ("bias", "\"[Pelosi] apparently believes that she can tell us how to run the trial,\" he added of the Speaker's "
     "decision to withhold the two articles of impeachment.", "2019-12-23", [Q(2, "articles")]),
    ("bias", "In April, the 14.7 percent official rate was likely closer to 19.7 percent.", "2020-07-02",
     [D("2020-04"), Q(14.7, "percent", time="2020-04"), Q(19.7, "percent", "about", "2020-04")]),
    ("bias", "Approximately $400 million in annual funds have been halted since the president’s April announcement.",
     "2020-05-19", [Q(400e6, "USD", "about", measure="annual funds"), D("2020-04")]),
    ("bias", "Advertisement  As the primary is already demonstrating, when push comes to shove, Biden will change his "
     "position to please progressives — suddenly opposing the Hyde Amendment, declaring he regrets supporting the "
     "Anti-Drug Abuse Act of 1988, and now opposing capital punishment.", "2019-09-10", [D("1988")]),
    ("bias", "In October 2009, the DOJ announced it would not prosecute medical marijuana users or suppliers in states "
     "where it’s legal, despite the state laws contradicting federal law.", "2012-06-17", [D("2009-10")]),
    ("bias", "\"One party in one house of Congress should not stand in the way of millions of Americans who want to go "
     "to work each day and simply be judged by the job they do,\" he said.", "2013-11-07", []),
    ("bias", "Once receiving the provisional status, these people could, after eight years, qualify for a green "
     "card—legal permanent residence—if they learn English and U.S. history and pay back taxes.", None,
     [Q(8, "year")]),
    ("bias", "Omar an anti-Semite, raised eyebrows in 2016 when he charged that the Jewish philanthropist George Soros "
     "was buying a local election for county attorney.", "2019-03-10", [D("2016")]),
    ("bias", "Or that only 2% of the American public believes that government can be trusted to do the right thing "
     "all the time.", "2014-05-30", [Q(2, "percent", measure="American public")]),
    ("bias", "Even if the Resistance achieved its purported goal, gird your loins, gnash your teeth, and for heaven’s "
     "sake, don’t say “The Handmaid’s Tale” three times in front of a mirror: Mike Pence would likely become "
     "president, and I have it on good authority from left-leaning friends that he is worse than Voldemort and Darth "
     "Vader and the Soup Nazi from Seinfield combined.", "2018-05-11", [Q(3, "times")]),
    ("bias", "And to be fair to Salmon and his teammates, if one truly believed the melodramatic charges of "
     "lawlessness Republicans toss at the president, then the most logical move would be to follow Rep.",
     "2014-11-14", []),
    ("bias", "Tillerson, who has publicly and colorfully sparred with the president in recent weeks, told The Post for "
     "its article that he \"was present for the entirety of the two presidents’ official bilateral meeting in "
     "Hamburg.\"", None, [Q(2, "presidents")]),
    ("allsides", "Despite a stubbornly high unemployment rate of 6.1% in April — representing 9.8 million people who "
     "say they are actively looking for work — many employers are reporting that they can’t find people to hire.",
     "2021-06-08", [Q(6.1, "percent", time="2021-04"), D("2021-04"), Q(9.8e6, "people", time="2021-04")]),
    ("allsides", "Joe Biden has become the first US president to issue a statement formally describing the 1915 "
     "massacre of Armenians as a genocide.", "2021-04-24", [D("1915")]),
    ("allsides", "Hervis Rogers was so intent on casting a ballot in last year’s presidential primary that he waited "
     "six hours to vote, catching the attention of a CNN news crew when he became the last person to do so at his "
     "Houston polling place.", "2021-07-11", [D("2020"), Q(6, "hour")]),
    ("allsides", "The conservative House Freedom Caucus is urging Kevin McCarthy to try to boot Nancy Pelosi from her "
     "position as speaker, a sign of further escalating tensions after the California Democrat vetoed two of the "
     "House Minority Leader’s GOP picks from the Jan. 6 select committee.", "2021-07-23",
     [Q(2, None), D("2021-01-06")]),
    ("allsides", "People who have had all their COVID-19 shots can go outside without wearing a mask unless they’re in "
     "large gatherings, the CDC said in updated guidance Tuesday.", "2021-04-27", [D("2021-04-27")]),
    ("allsides", "Of all the questions asked, words spoken, and ink spilled on the so-called “Capitol Siege” of "
     "January 6, 2021, none hold the key to the entire event quite like what Sen.", "2021-06-17",
     [D("2021-01-06")]),
    ("allsides", "The problems appear related to San Francisco-based cloud computing services provider Fastly, which "
     "said in a status update just before 7 a.m.", "2021-06-08", []),
    ("allsides", "About 204.3 million people described themselves as white without also identifying with another "
     "group.", "2021-08-13", [Q(204.3e6, "people", "about")]),
    ("allsides", "Five of the recent polls registered disapproval of the country’s 46th president at the "
     "RealClearPolitics site, with three favorable.", "2021-10-12", [Q(5, None), Q(3, None)]),
    ("allsides", "They intended to pass legislation that would extend the debt ceiling until December 2022, but "
     "Republicans said they would not provide the necessary 10 votes to stave off a filibuster,...", "2021-10-06",
     [D("2022-12"), Q(10, "votes")]),
    ("allsides", "The speed and scope of the Taliban’s takeover in Afghanistan have prompted introspection in the West "
     "over what went wrong, and how, after billions of dollars spent on a 20-year war effort, it could all end so "
     "ignominiously.", "2021-08-22", [Q(20, "year")]),
    ("allsides", "Worker filings for initial jobless claims have dropped by 35% since late April, slipping below "
     "400,000 last week for the first time since the pandemic started.", "2021-06-03",
     [Q(35, "percent", time="2021-04"), D("2021-04"), Q(400000, None, "under", "2021-W21"), D("2021-W21")]),
    ("allsides", "The program, initially established in 2012 under the Obama administration, allows illegal "
     "immigrants brought to the U.S. as children to defer deportation for two years and to renew the deferral, as "
     "well as to receive work permits.", "2021-07-18", [D("2012"), Q(2, "year")]),
    ("allsides", "But just as quickly as the new school year started, many children were sent back home after a slew "
     "of COVID-19 outbreaks forced them into quarantine.", "2021-08-27", []),
    ("allsides", "House Speaker Nancy Pelosi will announce this week whether she will create a select committee to "
     "investigate the Jan. 6 riot at the U.S.", "2021-06-22", [D("2021-W25"), D("2021-01-06")]),
    ("allsides", "The acreage -- about 1,200 square miles -- is comparable to four times the area of New York City.",
     "2021-07-12", [Q(1200, "square miles", "about"), Q(4, "times")]),
    ("allsides", "In its World Economic Outlook, published Tuesday, the Fund said it expects global gross domestic "
     "product to grow by 5.9% this year — 0.1 percentage point lower than its July estimate.", "2021-10-12",
     [D("2021-10-12"), Q(5.9, "percent", time="2021"), D("2021"), Q(0.1, "percentage points", time="2021"),
      D("2021-07")]),
    ("allsides", "He served three Republican presidents in...", "2021-10-18", [Q(3, "Republican presidents")]),
]

# A ninth fresh draw, annotated after the fixes EIGHTH prompted and before running them on it: the honest figure for
# the rules as they now stand. Bias-corpus articles 306 modulo 700, then AllSides stories in the order of
# ``random.Random(2034).shuffle`` (skipping those of the development table and of FOURTH to EIGHTH), picked with the
# same generator. Eight scraping leftovers were dropped (three embedded tweets, two photo/video captions, a copyright
# line, a run of link headlines, a "MUST WATCH" video link).
NINTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "But he has sent an additional 2,500 U.S. troops to the region, and there have been calls for striking "
     "Iran.", "2019-06-19", [Q(2500, "U.S. troops")]),
    ("bias", "The social media platform of more than a billion people is stunning in both its scale and specificity.",
     None, [Q(1e9, "people", "over")]),
    ("bias", "(Not to brag, but 2,000 antifa tried to shut down my Berkeley speech last fall but it went off without a "
     "hitch!", "2020-07-01", [Q(2000, "antifa", time="2019-09/2019-11"), D("2019-09/2019-11")]),
    ("bias", "TAPPER: Well that's, that's kind of proving the point of the critics I was just asking about, because "
     "you don't want to have your brother bear responsibility for 9/11 and I understand that argument and Al Qaeda's "
     "responsible, but why are the terrorists not the ones who are responsible for these attacks in Libya?",
     "2015-10-19", []),
    ("bias", "The new company, which includes more than 12,800 stores in 11 countries, was renamed Walgreens Boots "
     "Alliance Inc., and it took on ticker symbol WBA.", "2015-04-09",
     [Q(12800, "stores", "over"), Q(11, "countries")]),
    ("bias", "National Guards fired tear gas at a hardcore of demonstrators who remained, and one injured demonstrator "
     "was carried by others to a first aid truck, Reuters video showed.", "2019-05-02",
     [],  # was [Q(1, "injured demonstrator")]: "one" as "a" by the convention of session 3 (quantities docstring)
     ),
    ("bias", "Amodei told Breitbart News that he has been misquoted by many in the national media who say that means "
     "he supports an “impeachment inquiry,” but that he does not support one.", "2019-09-28", []),
    ("bias", "Edits to the Comey draft appeared to soften the gravity of the bureau's finding in its 2016 "
     "investigation of Hillary Clinton's use of a private email server while secretary of state.", "2017-12-15",
     [D("2016")]),
    ("bias", "The Golden State has led the nation in the number of homeless people with an estimated total of over "
     "129,972 in January 2018, according to a Department of Housing and Urban Development [HUD] report.", None,
     [Q(129972, None, "over", "2018-01"), D("2018-01")]),
    ("bias", "Maybe allow only one family per pew.", "2020-04-15", [Q(1, "family")]),
    ("bias", "The Trump administration wants to include undocumented immigrants anywhere in the US who cannot prove "
     "they've lived in the US continuously for two years or more.", "2020-06-25", [Q(2, "year", "at least")]),
    ("bias", "Yet, as I will explain below, the text of the law at issue in these cases, Title VII of the Civil Rights "
     "Act of 1964, is expansive.", "2019-10-02", [D("1964")]),
    ("bias", "Health care providers announced more layoffs than any other industry last month — 8,128 — largely "
     "because of reductions by hospitals, according to outplacement firm Challenger Gray and Christmas.",
     "2013-10-15", [D("2013-09"), Q(8128, None, time="2013-09")]),
    ("bias", "The pay hike is a also a tough sell for some Democrats who are already anticipating tough re-election "
     "campaigns in 2020.", "2019-06-12", [D("2020")]),
    ("bias", "About a third of insurance companies opted out of participating in the exchanges in states where they "
     "were already doing business, according to a recent report by McKinsey & Co.", "2013-10-20",
     [Q(33.33, "percent", "about", measure="insurance companies")]),
    ("bias", "President Obama, in his weekly radio address, highlighted a bill he signed into law Friday that will "
     "provide more money for transportation projects and prevent interest rates for student loans from doubling, "
     "opting to stray from the two subjects that have dominated the headlines in recent days — the economy and "
     "health care.", "2012-07-07", [D("2012-07-06"), Q(2, "subjects")]),
    ("bias", "The president's latest attack on Mueller's investigation into Russian meddling in the 2016 election came "
     "soon after he promoted, in a tweet, Fox News host Sean Hannity's upcoming appearance on \"Fox and Friends,\" a "
     "favorite of Trump's.", "2018-03-18", [D("2016")]),
    ("bias", "The survey found that 50 percent of likely voters support or lean toward Beauprez while 40 percent back "
     "Hickenlooper.", "2014-09-17", [Q(50, "percent", measure="likely voters"), Q(40, "percent")]),
    ("bias", "He told Fox News he has promised the president he will address one glaring problem in particular: "
     "doctors getting stiffed by the VA.", "2018-08-03", []),
    ("bias", "Clinton checks her Blackberry inside a military plane after leaving Malta in October 2011.",
     "2016-07-28", [D("2011-10")]),
    ("bias", "And even there, yearly pay has essentially stayed flat (up just 0.10 percent).", "2014-12-08",
     [Q(0.1, "percent")]),
    ("bias", "About 2,500 children are detained there now, ages 13-17, after they crossed the U.S.-Mexico border "
     "without a parent or guardian.", None, [Q(2500, "children", "about"), Q(13, None, "range", upper=17)]),
    ("bias", "He bought the team for a mere $12.5 million in 1981.", "2014-04-29",
     [Q(12.5e6, "USD", time="1981"), D("1981")]),
    ("bias", "Three were rushed to hospitals after a student with a gun entered Arapahoe High School with an intention "
     "of harming a specific faculty member, officials said.", "2013-12-14", [Q(3, None)]),
    ("bias", "Disapproval of the GOP's work on the shutdown advanced most sharply among two groups: It rose by 20 "
     "points among Republicans themselves; 58 percent in this survey disapprove of how their own party's "
     "representatives in Congress handled the issue.", None,
     [Q(2, "groups"), Q(20, "points"), Q(58, "percent")]),
    ("bias", "Trump’s actions could turn his millions of die-hard followers against Ryan and ruin the 46-year-old "
     "Speaker’s political prospects.", "2016-10-12", [Q(46, "year", measure="age")]),
    ("bias", "\"Fascism is therefore opposed to all individualistic abstractions based on eighteenth century "
     "materialism…[and] does not believe in the possibility of 'happiness' on earth as conceived by the economic "
     "literature of the 18th century.\"", "2019-01-04", []),
    ("bias", "Tuesday night’s 245-182 House vote, mostly along party lines, set the machinery in motion.",
     "2018-02-06", [D("2018-02-06"), Q(245, None, time="2018-02-06"), Q(182, None, time="2018-02-06")]),
    ("bias", "Red-state Democratic senators up for reelection in 2014 — including Landrieu and Mark Pryor of Arkansas, "
     "and freshmen Mark Begich of Alaska and Kay Hagan of North Carolina — face particularly difficult challenges.",
     "2013-03-29", [D("2014")]),
    ("bias", "The four black men, better described as cultists than as individuals, hectored the teenagers by calling "
     "them “crackers,” “incest babies, “faggots,” and various unprintables.", None, [Q(4, "black men")]),
    ("bias", "Just 4.3% said they would donate the money to charity.", "2020-04-17", [Q(4.3, "percent")]),
    ("bias", "She later found out that the family had six members and her duties also included cleaning, washing and "
     "other household chores.", None, [Q(6, "members")]),
    ("bias", "In October 2016, he dealt a blow to the Consumer Financial Protection Bureau, writing an opinion arguing "
     "that its structure, with a single director, is unconstitutional, and more broadly deemed independent "
     "regulatory agencies like the CFPB a “threat to individual liberty.”", "2018-07-09", [D("2016-10")]),
    ("bias", "But setting aside the melodrama, and the Kabuki theater, and the symbiotic relationship between the two, "
     "the fact is that self-serving complaints about American press freedoms being in peril are unqualified bunk.",
     "2018-01-12", [Q(2, None)]),
    ("bias", "President Barack Obama talks with Russian President Vladimir Putin at the APEC Economic Leaders Meeting "
     "in Lima, Peru, on Nov. 20, 2016.", "2017-06-23", [D("2016-11-20")]),
    ("bias", "The season of strife and tears took another bloody twist when five Dallas police officers were slain on "
     "Thursday as one tragedy rolled into another following police shootings of black men at traffic stops, gun "
     "rampages in cities like Chicago and an Orlando terror attack carried out by a radicalized gunman.",
     "2016-07-08", [Q(5, "Dallas police officers", time="2016-07-07"), D("2016-07-07")]),
    ("bias", "Swetnick’s claims were dismissed by an incredulous Kavanaugh as \"a joke\" during Senate confirmation "
     "hearings in October 2018, while Sen.", "2020-04-14", [D("2018-10")]),
    ("bias", "\"We have at least 11 million people in this country that came in illegally, they will go out,\" Trump "
     "said during a CNN Telemundo town hall in February.", None,
     [Q(11e6, "people", "at least"), D("--02", "relative")]),
    ("bias", "Joe Manchin (D-WV), who is up for reelection in 2018 and is one of the party’s more moderate members, "
     "told NBC’s Todd on Sunday that Trump’s order to fire Mueller was probably just “New York talk” — sort of "
     "taking a line from Trump’s “locker room talk” excuse over the Access Hollywood tape.", "2018-01-28",
     [D("2018"), D("2018-01-28")]),
    ("bias", "Forty-two percent of those polled identified with the Democratic party in some form, 34 percent "
     "identified with the Republican party, and 17 percent said they were independent.", "2014-04-30",
     [Q(42, "percent"), Q(34, "percent"), Q(17, "percent")]),
    ("bias", "Talk among the Kasich team of a possible top-five finish has faded.", "2016-01-24", []),
    ("bias", "He’s commander in chief of one of its mightiest militaries, too.", "2015-12-26", []),
    ("bias", "President Trump on Friday tried to shift political pressure back onto four liberal lawmakers as he "
     "deals with backlash against his supporters’ chants at a North Carolina rally, insisting the Democrats’ "
     "comments on U.S. policy and Israel are the real offense.", "2019-07-19",
     [D("2019-07-19"), Q(4, "liberal lawmakers", time="2019-07-19")]),
    ("bias", "On the one hand, she’s saying that Donald Trump’s racist and Islamophobic statements and dog whistles "
     "have activated and energized a small minority of hardcore bigots.", "2016-09-14", []),
    ("bias", "Reports show that either his father gave him a .45 caliber handgun for his 21st birthday, which would "
     "have been illegal due to a previous felony charge on his record (and a felony for his father as it is illegal "
     "to purchase a gun for someone who is ineligible to do so), or that he stole his mother's handgun to carry out "
     "his crime, another felony.", "2015-06-19", []),
    ("bias", "Typically, at this stage of a campaign, a nominee is consolidating support among base voters, as the "
     "third-party vote shrinks into single digits.", "2016-10-13", []),
    ("allsides", "Pharmacies and state governments in the United States have thrown away at least 15.1 million doses "
     "of Covid-19 vaccines since March 1, according to government data obtained by NBC News — a far larger number "
     "than previously known and still probably an undercount.", "2021-09-01",
     [Q(15.1e6, "doses", "at least", "2021-03-01"), D("2021-03-01")]),
    ("allsides", "The system, which was upgraded to a hurricane with winds of 75 mph as of 5 p.m.", "2021-08-21",
     [Q(75, "mph")]),
    ("allsides", "Some 200 foreigners, including Americans, left Afghanistan on a commercial flight out of Kabul on "
     "Thursday, the first such large-scale departure since U.S. and other forces completed their frantic withdrawal "
     "over a week ago.", "2021-09-09",
     [Q(200, "foreigners", "about", "2021-09-09"), D("2021-09-09"), Q(1, "week", "over")]),
    ("allsides", "Hackers suspected to be behind a mass extortion attack that affected hundreds of companies worldwide "
     "late on Sunday demanded $70 million to restore the data they are holding ransom, according to a posting on a "
     "dark web site.", "2021-07-05", [D("2021-07-04"), Q(70e6, "USD")]),
    ("allsides", "At least 1,000 schools across 35 states have closed for in-person learning because of COVID-19 since "
     "the beginning of the school year, according to Burbio, a New York-based data service that is tracking K-12 "
     "school reopening trends.", "2021-09-05", [Q(1000, "schools", "at least"), Q(35, "states")]),
    ("allsides", "The new legislation bans abortions from as early as six weeks into a pregnancy.", "2021-09-21",
     [Q(6, "week")]),
    ("allsides", "At least 28 Palestinians, including nine children, have been reported killed in Gaza.",
     "2021-05-11", [Q(28, "Palestinians", "at least"), Q(9, "children")]),
    ("allsides", "Group of Seven (G-7) leaders on Sunday called for a renewed, \"transparent\" investigation into the "
     "origins of the coronavirus and pledged to give 1 billion vaccine doses to countries in need as their weekend "
     "of meetings in the United Kingdom came to an end.", "2021-06-13", [D("2021-06-13"),
                                                                         Q(1e9, "vaccine doses", time="2021-06-13")]),
    ("allsides", "In a 220-212 party-line vote, the chamber passed a $3.5 trillion budget resolution and advanced a $1 "
     "trillion bipartisan infrastructure bill.", "2021-08-25",
     [Q(220, None), Q(212, None), Q(3.5e12, "USD"), Q(1e12, "USD")]),
    ("allsides", "The decision comes nearly four months after Facebook suspended Trump’s account over fears he might "
     "incite additional violence following the Jan. 6. attack on the Capitol by his supporters.", "2021-05-05",
     [Q(4, "month", "about"), D("2021-01-06")]),
    ("allsides", "The Justice Department told the Treasury Department that it \"must\" turn over former President "
     "Donald Trump's tax returns to the House Ways and Means Committee, which first requested them more than two "
     "years ago.", "2021-07-30", [Q(2, "year", "over")]),
    ("allsides", "The vaccine brought in $3.5 billion in revenue in the first three months of this year, nearly a "
     "quarter of its total revenue, Pfizer reported.", "2021-05-04",
     [Q(3.5e9, "USD", time="2021", measure="revenue"), Q(3, "month", time="2021"), D("2021"),
      Q(25, "percent", "about", "2021", measure="total revenue")]),
    ("allsides", "The Food and Drug Administration (FDA) on Monday approved Biogen’s Alzheimer’s drug, marking the "
     "first new authorized therapy to treat the disease in nearly two decades.", "2021-06-07",
     [D("2021-06-07"), Q(2, "decade", "about", "2021-06-07")]),
    ("allsides", "Pelosi the ability to appoint the chair and 13 members—five of them “after consultation with the "
     "minority leader,” a reference to Rep.", "2021-06-29", [Q(13, "members"), Q(5, None)]),
    ("allsides", "More than half of the 95-member House Progressive Caucus will vote against the $1.2 trillion "
     "infrastructure package that Speaker Nancy Pelosi planned to bring up for a vote later this week.",
     "2021-09-28", [Q(50, "percent", "over"), Q(95, "member"), Q(1.2e12, "USD"), D("2021-W39")]),
    ("allsides", "“The visit marks the one-year...", "2021-05-23", [Q(1, "year")]),
    ("allsides", "Senate Democrats on Monday unveiled a sweeping, $3.5 trillion blueprint to boost social spending, "
     "raise taxes and pass a range of Democratic policies from electric car purchases to immigration reform under "
     "special budget rules.", "2021-08-09", [D("2021-08-09"), Q(3.5e12, "USD", time="2021-08-09")]),
    ("allsides", "The Education Department announced Friday that it would continue a moratorium on federal student "
     "loan payments through Jan. 31, 2022, extending emergency relief for millions of borrowers that had been set "
     "to expire next month.", "2021-08-06", [D("2021-08-06"), D("2022-01-31"), D("2021-09")]),
]

#: First run of NINTH (on the rules fixed after EIGHTH, before any change NINTH prompted): the honest figure.
NINTH_ACCURACY_FIRST_RUN = 0.828  # 53 of 64 with the parse (as the claims stage runs it)
NINTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.812  # 52 of 64
#: First run of EIGHTH (on the rules fixed after SEVENTH, before any change EIGHTH prompted).
EIGHTH_ACCURACY_FIRST_RUN = 0.818  # 54 of 66 with the parse (as the claims stage runs it)
EIGHTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.788  # 52 of 66
#: First run of SEVENTH (on the rules fixed after SIXTH, before any change SEVENTH prompted).
SEVENTH_ACCURACY_FIRST_RUN = 0.754  # 49 of 65 with the parse (as the claims stage runs it)
SEVENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.738  # 48 of 65
#: First run of SIXTH (on the rules fixed after FIFTH, before any change SIXTH prompted).
SIXTH_ACCURACY_FIRST_RUN = 0.824  # 56 of 68 with the parse (as the claims stage runs it)
SIXTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.838  # 57 of 68
#: First run of FIFTH (on the rules fixed after FOURTH, before any change FIFTH prompted).
FIFTH_ACCURACY_FIRST_RUN = 0.773  # 51 of 66, with the parse and without alike
#: First run of FOURTH (before any change it prompted): with the parse (as the claims stage runs it), and without.
FOURTH_ACCURACY_FIRST_RUN = 0.783  # 54 of 69
FOURTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.768  # 53 of 69
#: Measured after the fixes each draw prompted (tuned figures, not measures of generalisation), minus a margin:
#: FOURTH 0.957 with the parse, 0.899 without; FIFTH 0.955 with the parse, 0.939 without.
MIN_FOURTH_ACCURACY = 0.94
MIN_FOURTH_ACCURACY_WITHOUT_PARSE = 0.88
MIN_FIFTH_ACCURACY = 0.94
MIN_FIFTH_ACCURACY_WITHOUT_PARSE = 0.92
#: SIXTH 0.971 with the parse, 0.956 without, after the fixes it prompted.
MIN_SIXTH_ACCURACY = 0.95
MIN_SIXTH_ACCURACY_WITHOUT_PARSE = 0.91  # 0.926 since the time field follows the scope rule
#: SEVENTH 0.923 with the parse, 0.908 without, after the fixes it prompted.
MIN_SEVENTH_ACCURACY = 0.93  # 0.954 with session 4's rules
MIN_SEVENTH_ACCURACY_WITHOUT_PARSE = 0.89
#: EIGHTH 0.955 with the parse, 0.909 without, after the fixes it prompted.
MIN_EIGHTH_ACCURACY = 0.94
MIN_EIGHTH_ACCURACY_WITHOUT_PARSE = 0.89
#: NINTH 0.922 with the parse, 0.891 without, after the fixes it prompted.
MIN_NINTH_ACCURACY = 0.95  # 0.969 with session 4's rules
MIN_NINTH_ACCURACY_WITHOUT_PARSE = 0.87
#: The earlier tables run as the claims stage runs them (with the parse): TABLE 1.000, HELDOUT 1.000, BLIND 0.967,
#: VALIDATION 0.949, FINAL 0.952 when measured (session 4, time field re-annotated to the scope rule).
MIN_WITH_PARSE = {"TABLE": 0.98, "HELDOUT": 0.96, "BLIND": 0.95, "VALIDATION": 0.93, "FINAL": 0.93}


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every table sentence parsed once, in batches, as the claims stage parses an article's segments."""
    from tests import test_quantities, test_quantities_blind

    tables = [FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, test_quantities.TABLE, test_quantities.HELDOUT,
              test_quantities_blind.BLIND, test_quantities_blind.VALIDATION, test_quantities_blind.FINAL]
    return parse_sentences(nlp, tables)


def _sources_text() -> str:
    parts: list[str] = []
    with gzip.open(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 700 in (88, 438, 263, 613, 131, 306):
                parts.append(json.loads(line)["text"])
    for line in (SHARED / "eval" / "allsides" / "roundups.jsonl").read_text(encoding="utf-8").splitlines():
        for side in json.loads(line)["news"].values():
            body = side.get("newBody") or ""
            parts.append(body if isinstance(body, str) else " ".join(body))
    return _squash(" ".join(parts))


def test_fresh_tables_are_large_and_real() -> None:
    assert min(len(FOURTH), len(FIFTH), len(SIXTH), len(SEVENTH), len(EIGHTH), len(NINTH)) >= 60
    sources = _sources_text()
    for source, sentence, _, _ in FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH:
        assert _squash(sentence) in sources, (source, sentence)


@pytest.mark.gate
@pytest.mark.parametrize("name", sorted(MIN_WITH_PARSE))
def test_earlier_tables_with_parse(name: str, parses: dict[str, Span]) -> None:
    from tests import test_quantities, test_quantities_blind

    table = getattr(test_quantities, name, None) or getattr(test_quantities_blind, name)
    accuracy, misses = table_accuracy(table, parses)
    assert accuracy >= MIN_WITH_PARSE[name], misses


def test_parse_that_does_not_match_the_text_is_ignored(nlp: Language) -> None:
    sentence = "Two major Indian telecom firms cut services."
    other = nlp("Something else entirely, with 3 words.")[:]
    assert find_quantities(sentence, span=other) == find_quantities(sentence)
    with_parse = find_quantities(sentence, span=nlp(sentence)[:])
    assert [(q.value, q.unit) for q in with_parse] == [(2.0, "major Indian telecom firms")]


#: Each draw with its pinned minimums (with the parse, as the claims stage runs it, and without).
DRAW_GATES = [
    ("fourth", FOURTH, MIN_FOURTH_ACCURACY, MIN_FOURTH_ACCURACY_WITHOUT_PARSE),
    ("fifth", FIFTH, MIN_FIFTH_ACCURACY, MIN_FIFTH_ACCURACY_WITHOUT_PARSE),
    ("sixth", SIXTH, MIN_SIXTH_ACCURACY, MIN_SIXTH_ACCURACY_WITHOUT_PARSE),
    ("seventh", SEVENTH, MIN_SEVENTH_ACCURACY, MIN_SEVENTH_ACCURACY_WITHOUT_PARSE),
    ("eighth", EIGHTH, MIN_EIGHTH_ACCURACY, MIN_EIGHTH_ACCURACY_WITHOUT_PARSE),
    ("ninth", NINTH, MIN_NINTH_ACCURACY, MIN_NINTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), DRAW_GATES, ids=[g[0] for g in DRAW_GATES]
)
def test_draw_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
