"""Quantities, draws drawn by a committed script: TENTH (and later draws), annotated before the rules ran on them.

Drawn by ``benchmarks/quantities_draw.py`` (fixed residues and seeds, every text an earlier table drew from
skipped): bias-corpus articles 525 modulo 700, PolNeAR *train* texts 52 and 61 modulo 70, BASIL articles and AllSides
story bodies in the order of ``random.Random(2035)``. Of its 66 sentences five were dropped: a photo caption ("New
York City mayor Bill de Blasio speaks at …, March 14, 2020.") and four fragments the script's plain sentence
splitter cut after an abbreviation ("Jan. | 6 Capitol riot …", "S.B. | 1070 on …", "Jan. | 8 — is designed …",
"Jan. | 1 without …"), which the pipeline's own segmentation does not produce. Non-breaking spaces of AllSides bodies
are written as spaces, as the cleaning stage leaves them. Published dates are the sources' own (PolNeAR's from its
``metadata.tsv``, BASIL's article date, the AllSides roundup's date).

Expectations follow the conventions of ``test_quantities.TABLE`` and of the quantities module docstring (unit = the
counted noun phrase as written minus "new"/"additional"/"other"; partitives ("500 of its workers"), tallies and ages
have no unit; names with numbers, ordinals and "one" as a pronoun or as "a certain" are no quantities; a figure takes
the date of its clause's event, a date naming an event ("the November midterm election") frames nothing, and a
figure describing a noun is undated). Where a reader's answer needs more than the conventions say, it was written as a
reader would want it: "by 2017" said in 2017 is no target; a weekday in a future clause ("will unveil … on Friday")
is the coming one; "the one holdout" against "11 members" counts.

A sentence counts only when every quantity in it is right. ``find_quantities`` runs as the claims stage runs it,
with the sentence's spaCy parse, and without (the regex fallback).
"""

from __future__ import annotations

import ast
import gzip
import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.extract.quantities import find_quantities
from tests.test_quantities import D, Q, _squash, assert_table_gate, parse_sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (source, sentence, published, expected quantities in reading order)
TENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Just 32 percent said those public surveys are not very accurate.", "2016-07-15", [Q(32, "percent")]),
    ("bias", "\"That is 100% not true, at least as far as me,\" he said.", "2017-02-14", [Q(100, "percent")]),
    ("bias", "Of course, “exceeds 300 pages” could mean lots more than 300 pages.", "2019-03-28",
     [Q(300, "pages", "over"), Q(300, "pages", "over")]),
    ("bias", "Bright reportedly praised the acquisition of those two drugs in an internal HHS email.", "2020-04-23",
     [Q(2, "drugs")]),
    ("bias", "But though his conduct was viewed, perhaps incorrectly, as an outlier in 2004, by 2017 such attitudes "
     "are now very much mainstream.", "2017-09-07", [D("2004"), D("2017")]),
    ("bias", "As the Boston Globe reported last week, former secretary of state John Kerry has been engaged in secret "
     "talks with Iranian foreign minister Javad Zarif, as the two have “strategized” about how to preserve the "
     "nuclear deal the pair helped negotiate.", "2018-05-07", [D("2018-W18"), Q(2, None)]),
    ("bias", "Dubbed the “army of beauties,” the 230-person cheer squad danced in perfect unison and waved flags in "
     "support of their team.", "2018-02-11", [Q(230, "person")]),
    ("bias", "Iranian lawmakers demanded that each vessel in the strait pay a fee for safe passage just 48 hours after "
     "Islamic Revolutionary Guard Corps commandos in black ski masks rappelled from a helicopter onto a British oil "
     "tanker and took control of the vessel.", "2019-07-21", [Q(48, "hour")]),
    ("bias", "One senior House GOP leadership aide told CNN that once the attacks got personal, Boehner felt the need "
     "to fight back.", "2013-12-12", []),
    ("bias", "McSally by roughly 28,000 votes, or one percentage point, while election officials continue to tabulate "
     "results.", None, [Q(28000, "votes", "about"), Q(1, "percentage points")]),
    ("bias", "In the first public comments by a juror in the case, Duncan said that 11 members of the jury were in "
     "agreement that Manafort was guilty on all 18 felony charges but that they could not get the one holdout to "
     "change her mind after nearly four days of deliberations.", "2018-08-23",
     [Q(11, "members"), Q(18, "felony charges"), Q(1, "holdout"), Q(4, "day", "about")]),
    ("bias", "Planned Parenthood gets over $500 million a year in taxpayer funding.", "2015-07-24",
     [Q(500e6, "USD per year", "over")]),
    ("bias", "Coal and natural gas account for about 33 percent each, while nuclear power contributes about 20 "
     "percent.", "2017-01-10", [Q(33, "percent", "about"), Q(20, "percent", "about")]),
    ("bias", "Cambridge Analytica, however, said that once the company learned about how the data provided by Mr Kogan "
     "was sourced, it deleted all the relevant records, in December 2015.", None, [D("2015-12")]),
    ("bias", "Fewer than a half-dozen fighters remain in the country after a number of their colleagues were killed.",
     "2015-09-20", [Q(6, "fighters", "under")]),
    ("bias", "The good news is they're limiting the countries to six allies and none of them are state sponsors of "
     "terrorism or proponents of Shariah law.", "2015-04-16", [Q(6, "allies")]),
    ("bias", "I believe that the best way to protect abortion care is to be clear that it is not a political issue but "
     "a health care one, and that we can expand support for reproductive rights by finding common ground with the "
     "large majority of Americans who understand reproductive health care as the fundamental health care that it "
     "is.", "2019-07-16", []),
    ("bias", "\"The evidence we have already collected paints the picture of a President who abused his power by using "
     "multiple levers of government to press a foreign country to interfere in the 2020 election.", "2019-10-29",
     [D("2020")]),
    ("bias", "The death toll rose to 76 on Saturday after more bodies were found, most of them in Paradise.", None,
     [Q(76, None, "exact", "Saturday"), D("Saturday", "relative")]),
    ("bias", "In a separate article, Le Monde notes that almost all of the NSA's focus in France seems to be on two "
     "communications websites: wanadoo.fr and alcatel-lucent.fr.", "2013-10-21", [Q(2, "communications websites")]),
    ("bias", "Nor “replace,” some of the GOP’s favorite rallying cries against a law the party base has despised since "
     "it was passed by Democrats on a party-line vote in 2010.", "2013-11-09", [D("2010")]),
    ("polnear", "Reporters will be sitting in the last two rows of chairs, with 16 rows reserved in front of them.",
     "2016-03-15", [Q(2, "rows"), Q(16, "rows")]),
    ("polnear", "He has anchored the channel’s nightly news program since 1986, attracting 2.5 million viewers.",
     "2016-04-12", [D("1986"), Q(2.5e6, "viewers", time="1986")]),
    ("polnear", "The group is also running full-page ads in two major newspapers in Milwaukee, the site of the debate.",
     "2015-11-10", [Q(2, "major newspapers")]),
    ("polnear", "“We don’t think there’s room for four cable news networks in the U.S.,” Zucker said.", "2015-12-03",
     [Q(4, "cable news networks")]),
    ("polnear", "A quick browse through “moan”-worthy headlines in the past two years shows that demanding equal pay, "
     "for example, makes men particularly defensive.", "2016-05-11", [Q(2, "year")]),
    ("polnear", "Israel’s most rapidly growing groups (ultra-Orthodox Hasidim and Israeli Arabs) are also anti-Zionist "
     "and could reach 40 percent of Israeli population by 2050.", "2016-06-02",
     [Q(40, "percent", "target", "2050", measure="Israeli population"), D("2050", "target")]),
    ("polnear", "As Fred Sr. became one of the master builders of the New York boroughs, his mischievous son drank "
     "Cokes, and eventually beers, with friends in the family recreation room.", "2016-01-04", []),
    ("polnear", "The Trump International Hotel Las Vegas filed objections to a recent vote by roughly 500 of its "
     "workers to unionize, and the National Labor Relations Board has said that the hotel violated workers' labor "
     "rights.", "2016-01-30", [Q(500, None, "about")]),
    ("polnear", "Warren, who has assailed policies of the Bill Clinton era by tying the deregulation of Wall Street to "
     "the 2008 financial crisis.", "2016-06-28", [D("2008")]),
    ("polnear", "Clinton has said she intends to fill half her cabinet with women, and Ms.", "2016-07-27",
     [Q(50, "percent")]),
    ("polnear", "I think both Hillary and Bernie are basically on the same page, with different emphasis, on college, "
     "Wall Street, the 1%, civil rights, etcetera.", "2016-02-19", []),
    ("polnear", "\"You have one who has been plotting to be president for six or seven months.", "2016-03-23",
     [Q(6, "month", "range", upper=7)]),
    ("polnear", "With a vote for Trump ruled out, Cross said he is left with only two options: Vote for Clinton, whom "
     "he called “the most divisive political figure in the past 25 years,” or “throw away his vote” on the “kooky” "
     "libertarian ticket of Gov.", "2016-08-17", [Q(2, "options"), Q(25, "year")]),
    ("polnear", "More than two dozen other candidates and lawmakers across the political spectrum received "
     "GÃ1⁄4len-linked donations that appear questionable, including Clinton and Jeb Bush.", "2015-11-20",
     [Q(24, "candidates and lawmakers", "over")]),
    ("basil", "Santorum, who has pulled ahead of Mitt Romney in polling for the 2012 Republican presidential primary "
     "nod, said Sunday that when he used the word \"theology\" he was referring to a \"world view that elevates the "
     "Earth above man.\"", "2012-02-19", [D("2012"), D("2012-02-19")]),
    ("basil", "If the Republicans are being sincere, they would help us pass this long overdue bill to help the first "
     "responders whose health and livelihoods have been devastated because of their bravery on 911, rather than "
     "continuing to block this much-needed legislation.\"", "2010-08-16", []),
    ("basil", "He said he has only one interest: conducting a fair and thorough investigation.", "2014-08-20",
     [Q(1, "interest")]),
    ("basil", "Sarah Palin, the 2008 Republican vice presidential nominee, weighed in to defend the Tea Party movement "
     "on Monday when the resolution was proposed.", "2010-07-13", [D("2008"), D("2010-07-12")]),
    ("basil", "“For the country, it could be four years.", "2016-07-12", [Q(4, "year")]),
    ("basil", "Netanyahu’s decision to travel to Washington to deliver the speech two weeks before the Israeli "
     "elections has “injected a degree of partisanship, which is not only unfortunate, I think it’s destructive of "
     "the fabric of the relationship,” Ms.", "2015-02-25", [Q(2, "week")]),
    ("basil", "Republicans picked up 63 seats in the House, narrowed the gap in the Senate and picked up 19 state "
     "legislative bodies in the November midtem election, but pressure has been mounting all year for Steele to "
     "step down from the position.", "2010-12-12",
     [Q(63, "seats"), Q(19, "state legislative bodies"), D("2010-11")]),
    ("basil", "Indeed, as the DNC Communications Director (of all people) has said, your statement “puts [you] at odds "
     "with about 100 percent of the Republican Party.", "2010-07-04",
     [Q(100, "percent", "about", measure="Republican Party")]),
    ("basil", "At least one GOP insider who had direct contact with Steele told the Washington Post that the chairman "
     "would indeed be seeking another term atop the RNC.", "2010-12-13", [Q(1, "GOP insider", "at least")]),
    ("basil", "She said: \"Well there's a questionnaire that began this discussion and there's also a questionnaire "
     "out there that is seeking info from 501 c3,4,5 organizations.\"", "2013-05-23", []),
    ("basil", "\"Senate Bill 1062 does not address a specific or present concern related to religious liberty in "
     "Arizona,\" she said.", "2014-02-26", []),
    ("allsides", "The U.S. hit another grim milestone in the pandemic Tuesday, reaching more than 600,000 Covid "
     "fatalities as the nation races to administer at least one vaccine shot to 70% of adult Americans by the Fourth "
     "of July.", "2021-06-15",
     [D("2021-06-15"), Q(600000, "Covid fatalities", "over", "2021-06-15"),
      Q(1, "vaccine shot", "at least", "2021-07-04"),
      Q(70, "percent", "target", "2021-07-04", measure="adult Americans"), D("2021-07-04", "target")]),
    ("allsides", "North Korea launched two ballistic missiles into waters off its eastern coast on Wednesday, South "
     "Korea’s Joint Chiefs of Staff (JCS) has confirmed.", "2021-09-15",
     [Q(2, "ballistic missiles", "exact", "2021-09-15"), D("2021-09-15")]),
    ("allsides", "The newspaper, citing people familiar with the matter, also reported that One America News Network "
     "(OANN) was given a similar warning.", "2021-05-02", []),
    ("allsides", "Just five days after Hirono introduced the legislation, eight people were killed — including six "
     "women of...", "2021-05-18", [Q(5, "day"), Q(8, "people"), Q(6, "women")]),
    ("allsides", "The Food and Drug Administration (FDA) and the Centers for Disease Control and Prevention (CDC) this "
     "week shared recommendations for COVID-19 vaccine booster shots, which — alongside mandates to boost "
     "vaccination rates — will help get the pandemic back under control as the second COVID-19 winter looms.",
     "2021-09-25", [D("2021-W38")]),
    ("allsides", "In a widely expected filing, the California secretary of state’s office found that recall organizers "
     "had collected 1,626,042 signatures on their petition, more than the roughly 1.5 million required to ask voters "
     "to remove Mr.", "2021-04-26", [Q(1626042, "signatures"), Q(1.5e6, None, "about")]),
    ("allsides", "The four-week moving average, which smoothes out week-to-week volatility and is considered by many "
     "to be a more reliable gauge of the health of the labor market, rose by 750 to 385,250.", "2021-07-22",
     [Q(4, "week"), Q(750, None), Q(385250, None)]),
    ("allsides", "The justices chose not to hear the Gloucester County School Board’s appeal of a 2020 ruling by the "
     "4th U.S.", "2021-06-28", [D("2020")]),
    ("allsides", "President Joe Biden will unveil a $6 trillion budget proposal on Friday that would push federal "
     "spending to its highest sustained levels since World War II.", "2021-05-27",
     [Q(6e12, "USD", time="2021-05-28"), D("2021-05-28")]),
    ("allsides", "The Biden administration is purchasing 500 million doses of Pfizer's COVID-19 vaccine to donate to "
     "the global supply, the White House said Thursday.", "2021-06-10", [Q(500e6, "doses"), D("2021-06-10")]),
    ("allsides", "The arrest came just one day before the Texas Legislature convened on Thursday to begin a special "
     "session, where a controversial voting bill is on the agenda.", "2021-07-11", [Q(1, "day"), D("2021-07-08")]),
    ("allsides", "U.S. anti-missile defences intercepted as many as five rockets fired at Kabul's airport early on "
     "Monday, a U.S. official said, as the United States rushed to complete its withdrawal from Afghanistan to end "
     "its longest war.", "2021-08-30", [Q(5, "rockets", "up to", "2021-08-30"), D("2021-08-30")]),
    ("allsides", "Stefanik won in a 134-46 secret-ballot vote, defeating her sole challenger Rep.", "2021-05-14",
     [Q(134, None), Q(46, None)]),
    ("allsides", "The leaders are set to meet on June 15-16 at a fraught time in relations after cyberattacks the...",
     "2021-05-30", [D("2021-06-15/2021-06-16")]),
    ("allsides", "The Biden administration on Friday announced that it will extend the pause on federal student-loan "
     "repayment, interest, and collections until January 31, 2022.", "2021-08-06",
     [D("2021-08-06"), D("2022-01-31")]),
]


# An eleventh fresh draw (``benchmarks/quantities_draw.py eleventh``: bias-corpus articles 569 modulo 700, PolNeAR
# train texts 26 and 44 modulo 70, BASIL and AllSides in the order of ``random.Random(2036)``, abbreviations kept inside
# their sentence), annotated after the fixes TENTH prompted and before running them on it. Of its 66 sentences two
# were dropped: a programme promotion ("Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. …")
# and a headline run into its article ("NRA School Safety Report Recommends … WASHINGTON -- …"), which the cleaning
# stage removes. A run-together pair ("… power.A dozen years after …") is kept as scraped.
ELEVENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "A Sept. 25 email chain from HealthCare.gov project manager Henry Chao, obtained by Fox News, suggests "
     "Obama administration officials had more fears than they let on publicly that the website would have problems "
     "before its Oct. 1 launch.", "2013-11-20", [D("2013-09-25"), D("2013-10-01")]),
    ("bias", "He accused Republicans of trying “to turn this into an issue in the campaign,” but said Mr. Obama is "
     "instead focused on trying to figure out what happened with security and to track down those who killed "
     "Ambassador Christopher Stevens and three other Americans on Sept. 11.", "2012-10-12",
     [Q(3, "Americans", "exact", "2012-09-11"), D("2012-09-11")]),
    ("bias", "Republicans, after taking a drubbing in the 2012 election, are busy trying to get their digital act "
     "together.", "2012-12-13", [D("2012")]),
    ("bias", "Emwazias oversaw three other British ISIS terrorists who were in charge of the hostages.", "2019-10-28",
     [Q(3, "British ISIS terrorists")]),
    ("bias", "On Wednesday, a study was released predicting a drop in price of 50% for New York residents when the "
     "health care law takes effect next year.", "2013-07-18",
     [D("2013-07-17"), Q(50, "percent", "exact", "2014"), D("2014")]),
    ("bias", "President Obama's unpopularity is a drag on his fellow Democrats, and no one is talking seriously about "
     "breaking the GOP lock on the House in midterm elections, when the president's party traditionally loses "
     "seats.", "2014-05-10", []),
    ("bias", "“We have so much in common with the Trump administration, it wouldn’t make sense to have a separate tax "
     "bill from Secretary Mnuchin, a separate one from Gary Cohn, a third from whomever,” Mr. Brady said on Fox "
     "News, referring to the Treasury secretary, Steven T. Mnuchin, and to one of Mr. Trump’s top economic "
     "advisers.", "2017-03-26", []),
    ("bias", "\"Over the last two years, I've nominated leaders to fill important positions required to do the work of "
     "the American people, only to have those positions remain unfilled – not because the nominees were somehow "
     "unqualified, but for purely political reasons,\" he said in a statement.", "2013-07-16", [Q(2, "year")]),
    ("bias", "Only 10,000 U.S. troops still in that ravaged country prevent the Taliban's triumphal return to "
     "power.A dozen years after George W. Bush invaded Iraq, ISIS occupies its second city, Mosul, controls its "
     "largest province, Anbar, and holds Anbar's capital, Ramadi, as Baghdad turns away from us — to Tehran.The "
     "cost to Iraqis of their \"liberation\"?", "2015-10-04", [Q(10000, "U.S. troops"), Q(12, "year")]),
    ("bias", "A provision in the Boehner-Obama pact also stipulates that the Senate can adopt a deeming resolution "
     "between April 15 and May 15 to establish appropriations spending levels.", "2016-02-06",
     [D("2016-04-15/2016-05-15")]),
    ("bias", "The president discussed his immigration plans as part of a wide-ranging press conference following the "
     "G-20 summit in Osaka, Japan.", None, []),
    ("bias", "(The U.S was No. 3 as recently as 2001).", "2014-10-13", [D("2001")]),
    ("bias", "Not coincidentally, tested in three swing states — Colorado, Iowa, and Virginia — against the "
     "presumptive Democratic nominee, a new Quinnipiac University poll finds all three are also edging her in "
     "head-to-head match-ups.", "2015-07-22", [Q(3, "swing states"), Q(3, None)]),
    ("bias", "By contrast, they supported the Republican nominees in the last two elections: John McCain in 2008 and "
     "Mitt Romney in 2012.", "2016-05-05", [Q(2, "elections"), D("2008"), D("2012")]),
    ("bias", "Far from backing up the vision of a world without nuclear bombs that Obama laid out in a 2009 speech "
     "that helped secure a Nobel Peace Prize, his near-finished presidency has seen a multibillion-dollar "
     "modernization of the U.S. nuclear force.", None, [D("2009")]),
    ("bias", "He also had the idea of targeting households with more than one registered voter so they could test the "
     "spillover effects of the treatment to other people in the house.", "2014-12-19",
     [Q(1, "registered voter", "over")]),
    ("bias", "Capitol Hill is set to debate a new budget measure this autumn, and unless it is passed federal "
     "operations will be in limbo by 1 October.", None, [D("this autumn", "relative"), D("--10-01", "target")]),
    ("bias", "Trump last tweeted about Page on Nov. 15 after his longtime associate Roger Stone was convicted of lying "
     "to Congress and obstructing an investigation.", "2019-12-02", [D("2019-11-15")]),
    ("bias", "You can see the gap in male versus female unemployment widen in the graph below, with the rate of male "
     "unemployment surging past 10 percent at one point.", "2014-02-10", [Q(10, "percent", "over")]),
    ("bias", "In Washington, won by Mrs. Clinton, three electors instead cast ballots for Colin Powell, a former "
     "Republican secretary of state.", "2020-07-06", [Q(3, "electors")]),
    ("bias", "“July 4th is the birthday of our nation, but Juneteenth is the day where it truly began to fulfill its "
     "promise of freedom for all,” Gilbert said.", "2020-06-16", [D("2020-07-04")]),
    ("bias", "“The pool reporters traveling said that the troops brought the hats with them, including one hat that "
     "said ‘Trump 2020.", "2018-12-27", [D("2020")]),
    ("bias", "I've done something that no one has done before.\"", None, []),
    ("bias", "2) Break with the national Republican brand by running against Washington.", "2013-11-23", []),
    ("polnear", "You can’t not make this deal’… Another one is going to call, Mr. President, they gave you $2 "
     "million.", "2016-01-18", [Q(2e6, "USD")]),
    ("polnear", "Sanders is up from 37 percent in January and Clinton is down from 49 percent.", "2016-02-18",
     [Q(37, "percent", "exact", "2016-01"), D("2016-01"), Q(49, "percent", "exact")]),
    ("polnear", "Sunday, on CNN’s “State of the Union,” while commenting on the racial divide in America highlighted "
     "by the recent police shootings in Louisiana and Minnesota and a sniper targeting and killing five Dallas police "
     "officers, Governor Mary Fallin (R-OK) said presumptive Republican presidential nominee Donald Trump is “trying "
     "to campaign as a racial healer.”", "2016-07-10", [D("2016-07-10"), Q(5, "Dallas police officers")]),
    ("polnear", "On Feb. 22, a basketball team from Perry High, a school unusually diverse for the region, was met "
     "with chants of “Trump, Trump, Trump” and direct quotes about Trump’s plan to deport immigrants.", "2016-03-01",
     [D("2016-02-22")]),
    ("polnear", "The former secretary of state earned more than $11 million delivering 51 speeches in 2014 and the "
     "first three months of 2015, according to The Washington Post.", "2016-04-20",
     [Q(11e6, "USD", "over", "2014"), Q(51, "speeches", "exact", "2014"), D("2014"), Q(3, "month", "exact", "2015"),
      D("2015")]),
    ("polnear", "Former Rep. Anthony Weiner (D-N.Y.), whose political career ended in disgrace after two sexting "
     "scandals, was apparently unable to put down his phone.", "2016-08-29", [Q(2, "sexting scandals")]),
    ("polnear", "While President Obama has cautioned against ''a betrayal of our values'' in the way the United States "
     "responds to threats, he has ordered a review of the K-1 visa program, which allows foreigners like Ms. Malik "
     "to move to the United States to marry Americans, putting them on a pathway to permanent residence and, "
     "ultimately, citizenship.", "2015-12-14", []),
    ("polnear", "The three states last voted for a Republican presidential nominee in 1988.", "2016-04-23",
     [Q(3, "states", time="1988"), D("1988")]),
    ("polnear", "If there was a single moment that captured what would carry Hillary Clinton to the cusp of the 2016 "
     "Democratic nomination, it came not during her sun-splashed campaign kickoff in New York last June, or in any "
     "of her speeches celebrating hard-fought primary victories over Senator Bernie Sanders.", "2016-06-08",
     [D("2016"), D("2015-06")]),
    ("polnear", "The Future45 group, funded by major GOP donors, is planning to plaster New Hampshire independents’ "
     "and holiday shoppers’ screens with a Christmas-themed Web ad starting Dec. 26.", "2015-12-24",
     [D("2015-12-26")]),
    ("polnear", "At the same time, Sanders and his top aides have peppered their regular conversations with other "
     "Democrats with consistent reminders that he will do what it takes to stop Trump from reaching 1600 "
     "Pennsylvania Avenue.", "2016-06-14", []),
    ("polnear", "A second-place finish could bruise Rubio and help Cruz cast the nomination battle as a two-man race "
     "between him and Trump, but the Texas senator is poised to campaign into future states no matter what happens "
     "here.", "2016-02-09", [Q(2, "man")]),
    ("polnear", "Executives for Mondelez, which generated more than $30 billion in revenue last year, say the company "
     "will save $46 million annually with the cuts and shift in production to its more efficient factory line in "
     "Mexico.", "2016-03-24",
     [Q(30e9, "USD", "over", "2015", measure="revenue"), D("2015"), Q(46e6, "USD per year")]),
    ("basil", "NBC further notes, “Strikingly, Trump . . . finishes first among Tea Party supporters (at 20 percent), "
     "followed by Romney (17 percent), Huckabee (14 percent), Palin (12 percent) and Gingrich (9 percent).”",
     "2011-04-07",
     [Q(20, "percent"), Q(17, "percent"), Q(14, "percent"), Q(12, "percent"), Q(9, "percent")]),
    ("basil", "He raised just over $200,000 for his campaign, while Cantor spent more than $1 million in April and May "
     "alone to try to beat back his challenge.", "2014-06-10",
     [Q(200000, "USD", "over"), Q(1e6, "USD", "over", "2014-04"), D("2014-04"), D("2014-05")]),
    ("basil", "“After seven years of a weak and feckless foreign policy run by Barack Obama, we better not turn it "
     "over to his second mate, Hillary Clinton,” Mr. Christie said.", "2015-06-30", [Q(7, "year")]),
    ("basil", "Backers say the intent was to simply replicate the 1993 federal law and similar laws in place in 19 "
     "other states.", "2015-04-01", [D("1993"), Q(19, "states")]),
    ("basil", "\"An emergency meeting was held and a cable sent out on Aug. 16 by the ambassador himself, warning of "
     "what could happen.", "2013-01-24", [D("2012-08-16")]),
    ("basil", "Asked on CNN whether he still wished to be mayor, he said, “Put it this way: It’s the only better job "
     "than the one I have.”", "2011-06-01", []),
    ("basil", "Nuland said in a Sept. 14 email that she didn't want that information included because it \"could be "
     "abused by members [of Congress] to beat up the State Department for not paying attention to warnings, so why "
     "would we want to feed that either?", "2013-05-15", [D("2012-09-14")]),
    ("basil", "Last weekend, a lewd photo of a man's bulging underpants was sent to a 21-year-old female college "
     "student in Seattle from Weiner's Twitter account.", "2011-06-01", [D("2011-W21"), Q(21, "year")]),
    ("basil", "The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was "
     "“wrong for Governor Perry to assume being a person of faith does not afford one to support equality.”",
     "2011-12-07", []),
    ("basil", "In his speech, he will promise to use American power “to oppose any violations of international "
     "waters, airspace, cyberspace or outer space,” including the “economic disruption caused when one country "
     "invades another,” according to excerpts.", "2015-05-13", []),
    ("basil", "Pelosi has led House Democrats since 2002.", "2016-11-30", [D("2002")]),
    ("allsides", "“The American people honour all those Armenians who perished in the genocide that began 106 years "
     "ago today,” Biden said in a statement on Saturday.", "2021-04-24",
     [Q(106, "year"), D("2021-04-24"), D("2021-04-24")]),
    ("allsides", "Newsom, who was overwhelmingly elected governor in 2018 in the heavily blue state, was facing a "
     "recall drive sparked last year mainly over accusations that he mishandled his state’s response to the "
     "coronavirus, the worst pandemic to strike the globe in a century.", "2021-09-15", [D("2018"), D("2020")]),
    ("allsides", "Initial jobless claims in regular state programs totaled 419,000 in the week ended July 17, up "
     "51,000 from the prior week, Labor Department data showed Thursday.", "2021-07-22",
     [Q(419000, None, "exact", "2021-07-17"), D("2021-07-17"), Q(51000, None, time="2021-07-17"), D("2021-07-22")]),
    ("allsides", "Seven Senate Judiciary Committee Democrats demanded the FBI explain its use of a novel tip line "
     "implemented during a supplemental background investigation into then-Supreme Court nominee Brett Kavanaugh in "
     "2018.", "2021-07-23", [Q(7, "Senate Judiciary Committee Democrats"), D("2018")]),
    ("allsides", "That would put Biden's new ask down from his initial $2.3 trillion proposal and the $1.7...",
     "2021-06-03", [Q(2.3e12, "USD"), Q(1.7, "USD")]),
    ("allsides", "The two leaders are scheduled to meet in Geneva on...", "2021-06-16", [Q(2, "leaders")]),
    ("allsides", "Our adult children will come over, and we’ll bring my husband’s 92-year-old father over, too, "
     "because he lives for family gatherings and has felt the loss of them more acutely than any of us.",
     "2021-05-09", [Q(92, "year")]),
    ("allsides", "Mr. Schumer announced the deal after meeting with all 11 Democrats on the Senate Budget Committee.",
     "2021-07-14", [Q(11, "Democrats")]),
    ("allsides", "The House committee investigating the Jan. 6 Capitol riot issued a subpoena on Wednesday to Jeffrey "
     "Clark, a former Justice Department official under President Donald J. Trump who was involved in Mr. Trump’s "
     "frenzied efforts to overturn the 2020 presidential election.", "2021-10-14",
     [D("2021-01-06"), D("2021-10-13"), D("2020")]),
    ("allsides", "Highlighting the sharply partisan debate surrounding Senate Bill 90, passed by state lawmakers last "
     "week, DeSantis barred Florida reporters from attending the event held in West Palm Beach before the group Club "
     "45 USA.", "2021-05-06", [D("2021-W17")]),
    ("allsides", "G-7 nations filed a joint statement calling for a “timely” investigation into the origins of "
     "COVID-19 in China on Sunday.", "2021-06-13", [D("2021-06-13")]),
    ("allsides", "B.L., court file 20-255, was heard April 28.", "2021-04-28", [D("2021-04-28")]),
    ("allsides", "President Biden on Sunday said he will call on Russian President Vladimir Putin to respect human "
     "rights when the two leaders meet in Geneva in June.", "2021-05-30",
     [D("2021-05-30"), Q(2, "leaders", time="2021-06"), D("2021-06")]),
    ("allsides", "Temperatures in Arizona, Nevada and Colorado soared into the 90s and 100s Thursday, but the sizzling "
     "heat also spread east to Nebraska, Kansas and Iowa, breaking record after record where observed highs were "
     "sweltering by late spring standards.", "2021-06-18",
     [Q(90, None, "range", "2021-06-17", upper=109), D("2021-06-17")]),
    ("allsides", "Stansbury, a state representative, led Republican Mark Moores, 63 percent to 33 percent, when The "
     "Associated Press called the race in her favor, a little more than an hour after polls closed.", "2021-06-02",
     [Q(63, "percent"), Q(33, "percent"), Q(1, "hour", "over")]),
    ("allsides", "The new spending will be paid for in part by $3.6 trillion in additional revenues over the same "
     "period.", "2021-05-27", [Q(3.6e12, "USD")]),
]


# A twelfth fresh draw (``benchmarks/quantities_draw.py twelfth``: bias-corpus articles 219 modulo 700, PolNeAR train
# texts 8 and 66 modulo 70, BASIL and AllSides in the order of ``random.Random(2037)``), annotated after the fixes
# ELEVENTH prompted and before running them on it. Of its 66 sentences one was dropped: a photo-gallery caption ("Hide
# Caption 10 of 12 Photos: …").
TWELFTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Initial applications for unemployment insurance have dipped five weeks in a row.", "2020-05-08",
     [Q(5, "week")]),
    ("bias", "Two Sri Lankans were among the hostages rescued, officials said.", "2016-07-02", [Q(2, "Sri Lankans")]),
    ("bias", "After a long, cacophonous noise, the Democratic primary is down to two extremely different candidates.",
     "2020-03-04", [Q(2, "extremely different candidates")]),
    ("bias", "The report, “Life Expectancy and Mortality Rates in the United States, 1959-2017,’’ was published "
     "Tuesday in the Journal of the American Medical Association.", "2019-11-26",
     [D("1959/2017"), D("2019-11-26")]),
    ("bias", "Iran could have the capabilities to build a nuclear bomb almost immediately after the first 13 years of "
     "the emerging nuclear deal, President Barack Obama acknowledged on Tuesday.", "2015-04-08",
     [Q(13, "year"), D("2015-04-07")]),
    ("bias", "To some degree, this reflects the attitude in the Democratic cloakroom that these two longtime symbols "
     "of the party have served the cause well, and are not to blame for the deluge on Election Day.", "2014-11-14",
     [Q(2, "longtime symbols")]),
    ("bias", "For many Republicans, the signal moment of Cruz's congressional career was when he pushed the party to "
     "shut down the government in 2013.", "2015-03-23", [D("2013")]),
    ("bias", "Admitting that we spend a lot of money and that's not very \"fiscally conservative\" is a third rail in "
     "Republican politics and yet there Paul was, looking alive, hollering, \"We need a safe country, but did you "
     "know, we spend more on our military than the next ten countries combined.", "2015-11-12",
     [Q(10, "countries")]),
    ("bias", "The U.S. is the world’s third-biggest oil-producing nation at about 10.1 million barrels per day last "
     "year, a figure expected to jump to more than 11 million barrels per day by 2020, the IEA predicts.",
     "2012-11-12",
     [Q(10.1e6, "per day", "about", "2011"), D("2011"), Q(11e6, "per day", "over", "2020"), D("2020", "target")]),
    ("bias", "So, party leaders had arranged for a single Republican lawmaker to show up every three days and gavel "
     "the Senate to order, wait around for a while, gavel it to a close, then leave.", "2014-01-13",
     [Q(3, "day")]),
    ("bias", "As Goldwater drawled, “We’re not going to get the Negro vote as a bloc in 1964 and 1968, so we ought to "
     "go hunting where the ducks are.”", "2013-12-22", [D("1964"), D("1968")]),
    ("bias", "In 1983, President Ronald Reagan told the prime minister of Israel that he’d filmed the Nazi death camp "
     "as a U.S. Army photographer.", "2015-02-05", [D("1983")]),
    ("bias", "He has three mortgages with U.S. Bank for a total liability of $2.5 million to $7 million.",
     "2017-07-26", [Q(3, "mortgages"), Q(2.5e6, "USD", "range", upper=7e6)]),
    ("bias", "In 2013, for instance, guest speaker Benjamin Carson, at the time a little-known neurosurgeon, created a "
     "stir by criticizing President Obama’s health-care program and progressive tax policies as the president sat "
     "just two seats away.", None, [D("2013"), Q(2, "seats")]),
    ("bias", "Ever since Bill and Hillary skyrocketed to political stardom in the early '90s and helped transform "
     "American liberalism, those on the left have regarded them both as unprincipled careerists who are willing to "
     "say just about anything to get elected.", "2016-04-04", [D("1990s")]),
    ("bias", "McCarthy raised $8.75 million in the first quarter of 2018, sending $2.9 million of that to the National "
     "Republican Campaign Committee, which helps fund Republicans’ campaigns.", "2018-04-11",
     [Q(8.75e6, "USD", "exact", "2018"), D("2018"), Q(2.9e6, "USD", time="2018")]),
    ("bias", "The market turned in its worst performance since the financial crisis last week, when the Dow Jones "
     "Industrial Average fell more than 12%.", "2020-03-03", [D("2020-W09"), Q(12, "percent", "over", "2020-W09")]),
    ("bias", "Harvey is likely to deal a significant blow to Houston’s economy, the nation’s fourth largest city, "
     "whose gross domestic product—$503 billion in 2015, according to the most recent data from the Department of "
     "Commerce—is larger than that of Poland, Thailand or Nigeria.", None,
     [Q(503e9, "USD", "exact", "2015"), D("2015")]),
    ("bias", "Many insurers have already priced their plans for the coming open enrollment period, which begins Nov. "
     "1.", "2017-10-12", [D("2017-11-01")]),
    ("bias", "Shulkin agreed to reimburse the government more than $4,000 in that case.", "2018-03-29",
     [Q(4000, "USD", "over")]),
    ("bias", "National Economic Council Director Gary Cohn, a Paris supporter and the only U.S. official permitted to "
     "attend meetings with G-7 leaders, told reporters that Trump was “evolving” on climate change, which many "
     "interpreted to mean that he would remain.", "2017-05-31", []),
    ("bias", "We currently estimate that their share of health insurance premiums will be $1,091.55 per year—again, "
     "well in excess of any potential penalty.", "2013-07-22", [Q(1091.55, "USD per year")]),
    ("bias", "“I don’t think there’s any thirst to change the legislative rule, 60 votes for that.", "2017-04-03",
     [Q(60, "votes")]),
    ("polnear", "Thursday at the Republican Jewish Coalition conference in Washington, D.C., Republican, presidential "
     "candidate Sen. Lindsey Graham (R-SC) called out his rival Donald Trump for alienating Hispanics, which he "
     "believes will make it impossible for a Republican to win the presidency in 2016.", "2015-12-03",
     [D("2015-12-03"), D("2016")]),
    ("polnear", "Canada was the runner up, gaining just 16 percent of the vote, while Israel was third on 11 percent.",
     "2016-04-23", [Q(16, "percent", measure="vote"), Q(11, "percent")]),
    ("polnear", "During an interview this week on a jam-packed day of campaign events around the New Hampshire "
     "Seacoast region, HuffPost asked the 2016 Democratic White House contender if he’s been preparing himself "
     "mentally for the possibility that he could become president.", "2015-12-17", [D("2015-W51"), D("2016")]),
    ("polnear", "But in 1992, California flipped from Republican to Democratic, as Mexican-American voters responded "
     "to Republican efforts to crack down on undocumented immigrants.", "2016-07-18", [D("1992")]),
    ("polnear", "The 125,000 suspensions could include users who have continued creating new accounts after previous "
     "ones are suspended, a common practice among ISIS supporters, experts said.", "2016-02-08",
     [Q(125000, "suspensions")]),
    ("polnear", "Alongside her husband in 1992, Mrs. Clinton experienced a similar wild card in Ross Perot's "
     "independent candidacy.", "2016-03-09", [D("1992")]),
    ("polnear", "Even if some of Fox News's programming drives one or both of the brothers bananas, it is still a "
     "major cash generator for 21st Century Fox, with $1.6 billion in operating profit in fiscal 2015, according to "
     "Brian Wieser, an analyst at Pivotal Research Group.", "2016-08-01",
     [Q(1.6e9, "USD", "exact", "2015", measure="operating profit"), D("2015")]),
    ("polnear", "Her death was confirmed by the Eagle Forum, the conservative organization she founded in 1975.",
     "2016-09-07", [D("1975")]),
    ("polnear", "And Bill Clinton's comments come just a few weeks before the April 19 primary in New York, the state "
     "that has been at the epicenter of an “opt-out” movement.", "2016-04-05", [D("2016-04-19")]),
    ("polnear", "The poll was conducted in both English and Spanish and had a margin of error of 4.9 percent.",
     "2016-04-22", [Q(4.9, "percent")]),
    ("polnear", "For the first time since early October, Carson has dropped out of the top three in the weekly GOP "
     "Power Rankings.", "2015-11-25", [D("2015-10")]),
    ("polnear", "Both parties scheduled three broadcast network debates on NBC, CBS and ABC.", "2015-12-23",
     [Q(3, "broadcast network debates")]),
    ("polnear", "Under the Presidential Transitions Improvement Act, which Obama signed into law in March, the "
     "president must establish a transition plan no later than six months before the election and provide services "
     "to the transition teams of presidential candidates.", "2016-05-12",
     [D("2016-03"), Q(6, "month", "at least")]),
    ("polnear", "The two had played nice earlier in the campaign, with Cruz repeatedly calling Trump his friend, "
     "meeting with him in July at Trump Tower and inviting him on a trip to the U.S.-Mexico border that Cruz "
     "couldn't make because the Senate had votes scheduled.", "2016-01-17", [Q(2, None), D("2015-07")]),
    ("basil", "In June, the magazine portrayed Mitt Romney as one of the stars of the Broadway show \"The Book of "
     "Mormon.\"", "2011-08-08", [D("2011-06")]),
    ("basil", "Plus the president wants to commit $4 billion to hiring more police officers, and to pass new gun "
     "trafficking laws to explicitly prohibit straw purchasing.", "2013-01-16", [Q(4e9, "USD")]),
    ("basil", "The House Republican immigration principles reportedly will cover how the U.S. border should be "
     "protected, how immigration laws should be enforced inside the United States, and how many of the country’s "
     "estimated 11 million undocumented immigrants can embark on a path to legalize their status, according to "
     "various media stories.", "2014-01-23", [Q(11e6, "undocumented immigrants", "about")]),
    ("basil", "At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the audience "
     "for paying tribute to troops fighting abroad, noting that America had not always done so.", "2010-05-17",
     [D("2008")]),
    ("basil", "If Hillary Clinton, after this attack, still cannot say the two words 'Radical Islam' she should get "
     "out of this race for the Presidency,\" Trump said in a statement released by his campaign.", "2016-06-12",
     [Q(2, "words")]),
    ("basil", "Asked about the 63 Democrats who voted for Ryan, Pelosi said, “I got two-thirds of the vote.”",
     "2016-11-30", [Q(63, "Democrats"), Q(66.67, "percent", measure="vote")]),
    ("basil", "And we have 32 districts that are in states where there is no presidential campaign going to be run, "
     "no big Senate race and we call these orphan districts.\"", "2012-04-23", [Q(32, "districts")]),
    ("basil", "Mr. Trump was facing a potentially awkward task: moderating a debate that only two candidates said "
     "they would attend.", "2011-12-13", [Q(2, "candidates")]),
    ("basil", "With a little more than a month to go before the New Hampshire primary, the Texas governor is trying to "
     "shore up his credentials on immigration: On Tuesday he won an endorsement from one of the nation’s most "
     "outspoken and controversial public officials on that issue: Sheriff Joe Arpaio of Maricopa County, Ariz., who "
     "unabashedly calls himself the “toughest sheriff” in the country.", "2011-11-29",
     [Q(1, "month", "over"), D("2011-11-29")]),
    ("basil", "A group of nearly 90 professors and administrators connected to the Jesuit-founded school in "
     "Washington, D.C., has sent Ryan, R-Wis., a letter saying he’s misused Catholic doctrine to support his "
     "deficit-reducing, GOP House budget.", "2012-04-25", [Q(90, "professors and administrators", "about")]),
    ("basil", "“Our problem with Representative Ryan is that he claims his budget is based on Catholic social "
     "teaching,” said Jesuit Father Thomas J. Reese , one of the organizers of the letter.", "2012-04-24", []),
    ("basil", "A Republican staffer on Friday apologized for a Facebook post that criticized Malia and Sasha Obama's "
     "appearance at the annual White House turkey pardon ceremony, one of America's silliest holiday traditions.",
     "2014-11-29", [D("2014-11-28")]),
    ("allsides", "The 27-nation bloc in May had suggested its member states lift restrictions on such trips, allowing "
     "American tourists to visit during the key summer season.", "2021-09-03", [Q(27, "nation", time="2021-05"),
                                                                                D("2021-05")]),
    ("allsides", "The World Health Organization called Wednesday for a temporary moratorium on the use of Covid-19 "
     "vaccine booster shots by wealthy countries, saying the global priority should be on increasing supplies of "
     "first doses to countries that are still struggling to protect health workers and older adults.", "2021-08-04",
     [D("2021-08-04")]),
    ("allsides", "Nonfarm payrolls increased by only 266,000 jobs, well below the nearly 1 million jobs economists "
     "expected and a sharp contrast to steady increases in growth from January to March.", "2021-05-07",
     [Q(266000, "jobs"), Q(1e6, "jobs", "about"), D("2021-01/2021-03")]),
    ("allsides", "The New York City mayoral election was thrown into disarray Tuesday night after the Board of "
     "Elections acknowledged a \"discrepancy\" in the calculation of ranked choice votes, showing 135,000 \"test\" "
     "votes  had been added into the count.", "2021-06-30", [D("2021-06-29"), Q(135000, "\"test\" votes")]),
    ("allsides", "Continuing claims for state benefits fell to 2.8 million in the week ended Aug. 7, also the lowest "
     "since the pandemic began.", "2021-08-19", [Q(2.8e6, None, "exact", "2021-08-07"), D("2021-08-07")]),
    ("allsides", "Gov. Andrew M. Cuomo of New York said Tuesday he would resign from office, succumbing to a "
     "ballooning sexual harassment scandal that fueled an astonishing reversal of fortune for one of the nation’s "
     "best-known leaders.", "2021-08-10", [D("2021-08-10")]),
    ("allsides", "Lawmakers approved Democrats’ budget resolution on a party-line 50-49 vote, a crucial step for a "
     "president and party set on training the government’s fiscal might on assisting families, creating jobs and "
     "fighting climate change.", "2021-08-11", [Q(50, None), Q(49, None)]),
    ("allsides", "The saga of Sha’Carri Richardson—the fastest woman in the United States, banned from competing in "
     "the upcoming Tokyo Olympics after a drug test revealed she used cannabis last month—has united America in a way "
     "that COVID-19 could not.", "2021-07-07", [D("2021-06")]),
    ("allsides", "Former President Donald Trump on Saturday sought to lend credence to the partisan audit of "
     "presidential ballots cast in Arizona, holding his first rally there since the 2020 election.", "2021-07-25",
     [D("2021-07-24"), D("2020")]),
    ("allsides", "Commisso was known only as “Executive Assistant #1” in the report released last week by the New "
     "York attorney general’s office, which concluded that Cuomo had...", "2021-08-10", [D("2021-W31")]),
    ("allsides", "The increase will translate to an addition of $92 to retirees’ average monthly benefit next year, "
     "bringing the amount to $1,657, the agency estimates.", "2021-10-13",
     [Q(92, "USD per month", "exact", "2022"), D("2022"), Q(1657, "USD per month", "exact", "2022")]),
    ("allsides", "The announcement coincided with the 100th anniversary of the attack by a White mob on “Black Wall "
     "Street” in Tulsa, Oklahoma, that killed about 300 Black residents forced thousands of others out of their "
     "homes.", "2021-06-01", [Q(300, "Black residents", "about")]),
    ("allsides", "More than 40 million people across the West and Southwest are likely to see temperatures in their "
     "area...", "2021-06-18", [Q(40e6, "people", "over")]),
    ("allsides", "Helicopters evacuating Americans from Kabul as the Taliban closed in was a scene likened to the 1975 "
     "fall of Saigon in the wake of the U.S. withdrawal from Vietnam.", "2021-08-18", [D("1975")]),
    ("allsides", "In a post on a blog typically used by the Russian-linked REvil cybercrime gang, a group of "
     "ransomware hackers appears to have taken responsibility for the cyberattack that hit over 200 US companies "
     "Friday, demanding $70 million in bitcoin for the data to be returned.", "2021-07-05",
     [Q(200, "US companies", "over", "2021-07-02"), D("2021-07-02"), Q(70e6, "USD")]),
    ("allsides", "Oxford Economics estimates that roughly 11.2 million Americans will lose some form of federal "
     "unemployment benefits this week.", "2021-09-06",
     [Q(11.2e6, "Americans", "about", "2021-W36"), D("2021-W36")]),
]


# A thirteenth fresh draw (``benchmarks/quantities_draw.py thirteenth``: bias-corpus articles 394 modulo 700, PolNeAR
# train texts 13 and 57 modulo 70, BASIL and AllSides in the order of ``random.Random(2038)``), annotated after the
# fixes TWELFTH prompted and before running them on it. Of its 66 sentences two were dropped: photo-gallery captions
# ("Hide Caption 2 of 5 Photos: …", "Hide Caption 30 of 50 Photos: …").
THIRTEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "The Dec. 7 raid, in which 26 men were detained, was the single largest mass arrest of alleged gays the "
     "country has seen in decades.", "2014-12-30", [D("2014-12-07"), Q(26, "men")]),
    ("bias", "Authorities have speculated that Van Spronsen was trying to ignite a propane tank on the property, "
     "perhaps to start a larger explosion that could have endangered the 1,300 ICE detainees, some 100 GEO Group "
     "employees and other ICE employees there at the time.", "2019-08-16",
     [Q(1300, "ICE detainees"), Q(100, "GEO Group employees", "about")]),
    ("bias", "Consider some of the “hate crimes” that have garnered tremendous attention in the past two years.",
     "2019-02-18", [Q(2, "year")]),
    ("bias", "Matthew Whitaker received more than $1.2 million from an organization that sued Democratic lawmakers.",
     "2018-12-04", [Q(1.2e6, "USD", "over")]),
    ("bias", "Opponents of the ban also say that the move runs counter to the intent of Congress when it approved the "
     "law governing armor-piercing ammunition in 1986.", "2015-03-05", [D("1986")]),
    ("bias", "Members of the New Mexico State Bar Association and their guests flocked to a casino resort north of "
     "Santa Fe to hear from Ginsburg, an anchor on the liberal wing of the current eight-member court and "
     "counterweight to conservative Chief Justice John Roberts.", "2016-08-20", [Q(8, "member")]),
    ("bias", "Twenty Republican senators, including Portman, represent states that opted to expand Medicaid, and many "
     "of them worry that cutting federal funding will cause significant budget problems at home.", "2017-06-05",
     [Q(20, "Republican senators")]),
    ("bias", "The Washington Post, which touts itself as \"an independent newspaper,\" endorsed Democrats in 20 out of "
     "27 races leading up to election day in Virginia.", "2013-11-05", [Q(74.07, "percent", measure="races")]),
    ("bias", "That means, for every extra dollar of profit, a company keeps 65 cents.", "2017-09-29",
     [Q(65, "cents")]),
    ("bias", "Even the most diehard reform advocates I know don't really try to argue (2) with a straight face, so "
     "you're left with (1).", "2014-06-11", []),
    ("bias", "“I believe Trump has a solid base of support around 15-20%, but many students simply have not made up "
     "their minds as far as the presidential race goes.”", "2016-08-27", [Q(15, "percent", "range", upper=20)]),
    ("bias", "INVESTIGATION: The FBI released images of two men who they say are suspects in the bombing of the Boston "
     "Marathon that left three people dead and injured about 180.", "2013-04-18",
     [Q(2, "men"), Q(3, "people"), Q(180, None, "about")]),
    ("bias", "Mr. Cook, who had architected Apple’s outsourcing to China, announced plans to build the product in the "
     "U.S. in late 2012, when Apple was facing major scrutiny over its reliance on manufacturers in China and those "
     "contractors’ treatment of workers.", None, [D("2012")]),
    ("bias", "And so I created a whole policy in San Francisco that was, one, intended to stop calling them teenage "
     "prostitutes, but instead to call them sexually exploited youth.", "2019-04-26", []),
    ("bias", "That arrangement allowed Mr. Kendall to hold on to the electronic archive for several more weeks until "
     "the ongoing review flagged at least two emails containing possible top-secret information, the most sensitive "
     "of the nation’s intelligence, officials acknowledged.", "2015-08-16", [Q(2, "emails", "at least")]),
    ("bias", "Still, the dramatic meeting - which saw a North Korean leader setting foot on South Korean soil for the "
     "first time since the end of the 1953 Korean War - marked a historic breakthrough between the two countries.",
     None, [D("1953"), Q(2, "countries")]),
    ("bias", "Others argue that “Biden was almost the only one on the stage who talked like a normal person.", None,
     []),
    ("bias", "One of the sources, who spoke on the condition of anonymity, said the special counsel, who this year "
     "hired a staff of 16 lawyers with significant experience prosecuting such financial crimes, is focused on "
     "unraveling the Trump family’s tangled financial and real estate empire in a bid to find any connections to "
     "“dark money” investments from Russian oligarchs and organized crime figures.", "2017-09-10",
     [D("2017"), Q(16, "lawyers", "exact", "2017")]),
    ("bias", "Sleepy Joe Biden as the two finalists to run against maybe the best Economy in the history of our "
     "Country (and MANY other great things)!” he wrote.", "2019-04-19", [Q(2, "finalists")]),
    ("bias", "Conservative blogger Caleb Howe, who was one of the first to point out the segment, wrote on The Right "
     "Scoop on Monday that MSNBC used the child as a \"token.\"", "2013-12-30", [D("2013-12-30")]),
    ("bias", "Asked how it would affect Senate Democratic candidates in 2014, the No. 2 Senate Democrat said: “If it’s "
     "fixed, and when it’s fixed, that will decide whether the issue is a big issue next year.”", "2013-11-04",
     [D("2014"), D("2014")]),
    ("bias", "But if I were to tell my 2-year-old what is happening, I’d do it in Spanish because both he and his "
     "brother have deep Mexican roots that my wife and I want them to embrace and be proud of.", "2016-11-09",
     [Q(2, "year")]),
    ("polnear", "Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor "
     "John Kasich.", "2015-12-11", []),
    ("polnear", "But advocates within the scientific community cite his voting record in the early 2000s in the House "
     "when he repeatedly supported a ban on all forms of human cloning, including one called therapeutic cloning "
     "intended to create customized cells to treat disease.", "2016-04-01", [D("2000s")]),
    ("polnear", "The one exception is Muhammad Ali.", "2016-06-05", []),
    ("polnear", "“You have two billionaire hedge fund managers who started a super PAC and they’re advertising against "
     "me in Iowa as we speak,” Clinton said, referencing a super PAC called Future45 funded by Paul Singer and Ken "
     "Griffin.", "2015-11-17", [Q(2, "billionaire hedge fund managers")]),
    ("polnear", "Agenda minutes for the Illinois Board of Elections — which include its determinations in the two "
     "challenges to Cruz’s eligibility plus a separate one Graham filed against Sen. Marco Rubio (R-Fla.) — can be "
     "found here.", "2016-02-02", [Q(2, "challenges")]),
    ("polnear", "Sanders noted that the next round of congressional redistricting in 2020 is approaching.",
     "2016-05-24", [D("2020")]),
    ("polnear", "The United States would not tolerate that from any other country, especially one considered an "
     "adversary, she said.", "2016-07-31", []),
    ("polnear", "He married a Mexican woman he met on a trip to Mexico, and the two lived briefly in Venezuela before "
     "making their home in Florida, immersing themselves in Miami's Cuban-American diaspora.", "2016-01-19",
     [Q(2, None)]),
    ("polnear", "In 2010, he voted against a measure to temporarily extend the Bush tax cuts against the wishes of the "
     "White House.", "2016-03-16", [D("2010")]),
    ("polnear", "Last month, 26 percent said the same.", "2016-07-15",
     [D("2016-06"), Q(26, "percent", "exact", "2016-06")]),
    ("polnear", "Internet gambling, which become legal in late 2013, continued to be a small saving grace, with online "
     "revenue up nearly 36 percent in October and nearly 18 percent so far this year.", "2015-11-13",
     [D("2013"), Q(36, "percent", "about", "2015-10"), D("2015-10"), Q(18, "percent", "about", "2015"),
      D("2015")]),
    ("polnear", "Clinton “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State "
     "University professor Paul Beck.", "2016-03-07", [D("2008")]),
    ("polnear", "The District's primary is June 14, and Bernie Sanders has pledged to stay in the Democratic primary "
     "through that contest.", "2016-05-11", [D("2016-06-14")]),
    ("polnear", "“In one day, we raised $18,000.", "2016-08-30", [Q(1, "day"), Q(18000, "USD")]),
    ("basil", "Long on Monday also denied that a clarification of the law would be needed before this weekend’s men’s "
     "NCAA Final Four basketball championships, in Indianapolis.", "2015-03-31",
     [D("2015-03-30"), D("2015-W14")]),
    ("basil", "“The bill is near and dear to my heart as a New Yorker because it would allow the victims of 9/11 to "
     "pursue some small measure of justice,” Schumer said Wednesday.", "2016-09-28", [D("2016-09-28")]),
    ("basil", "Asked whether the country would find itself dipping towards the economic doldrums if Congress waited a "
     "month or two to get a tax cut package passed, Rob Shapiro, a former commerce official in the Clinton White "
     "House and a proponent of the current tax cut deal, offered more sober-minded analysis.", "2010-12-08",
     [Q(1, "month", "range", upper=2)]),
    ("basil", "It was decided in advance that any portion of the Constitution that was superseded by amendments — "
     "including the amendments themselves — would not be read, preventing lawmakers from having to make references "
     "to slaves, referred to in Article 1, Section 2 as “three fifths of all other persons,” or to things like "
     "prohibition.", "2011-01-06", [Q(60, "percent")]),
    ("basil", "A dozen officers in plain clothes and uniforms stood watch as he spoke; one warned photographers to "
     "“remain stationary” during the event.", "2013-04-02", [Q(12, "officers")]),
    ("basil", "The state’s four legislative caucuses have said that they believe all four would have to agree for a "
     "special session to be scheduled.", "2016-08-31", [Q(4, "legislative caucuses"), Q(4, None)]),
    ("basil", "\"One party will tax and spend,\" he added at another point. 'One party won't tax and will spend.",
     "2010-02-20", []),
    ("basil", "A memo circulated by a GOP analyst noted that Reid so far has not been able to peel off any Republicans "
     "to support the measure to give benefits beyond 99 weeks.", "2010-12-01", [Q(99, "week", "over")]),
    ("basil", "Ryan referred to the weight on Biden's shoulders about mid-way through, as the two talked over each "
     "other on Medicare.", "2012-10-12", [Q(2, None)]),
    ("basil", "In response to Mr. Obama, House Republicans said the Democratic-controlled Senate should take up some "
     "16 House-passed measures; most would attack federal regulations or spending and would have long-term impact, "
     "analysts say, but they would not spur job creation in the coming year or two.", "2011-11-02",
     [Q(16, "House-passed measures", "about"), Q(1, "year", "range", upper=2)]),
    ("basil", "Just this past June, the news magazine ran a computer generated image of Catherine, the new Duchess of "
     "Cambridge, walking alongside Princess Diana, who has been dead for nearly 14 years.", "2011-08-09",
     [D("2011-06"), Q(14, "year", "about")]),
    ("basil", "Defending the law in the interviews with The Star and Mr. Stephanopoulos, the governor pointed to its "
     "origins in federal legislation signed by President Bill Clinton and adopted by about 19 other states.",
     "2015-03-29", [Q(19, "states", "about")]),
    ("allsides", "The two leaders were in Geneva for the summit.", "2021-06-16", [Q(2, "leaders")]),
    ("allsides", "The Texas Republican governor Greg Abbott has signed into law one of the most extreme six-week "
     "abortion bans in the US, despite strong opposition from the medical and legal communities, who warn the "
     "legislation could topple the state’s court system and already fragile reproductive healthcare network.",
     "2021-05-19", [Q(6, "week")]),
    ("allsides", "The new measures come amid a rise in Covid-19 hospitalizations and deaths in the US.", "2021-07-29",
     []),
    ("allsides", "The administration’s health and science experts are coalescing around the view that people will need "
     "the boosters eight months after being fully vaccinated, according to the people, who spoke on the condition of "
     "anonymity to discuss a decision not yet public.", "2021-08-17", [Q(8, "month")]),
    ("allsides", "At least 15 million COVID-19 vaccine doses in the U.S. have gone to waste, with the number of unused "
     "doses rising, according to NBC News.", "2021-09-01", [Q(15e6, "COVID-19 vaccine doses", "at least")]),
    ("allsides", "The outage of the websites, which included the UK Government’s own website, a host of newspapers and "
     "newsgroups, and online culture sites began a little before 1100 BST (0600 EST) and saw many sites return a 503 "
     "Service Unavailable message.", "2021-06-08", []),
    ("allsides", "The new \"interim public health recommendations\" detail a variety of situations in which "
     "individuals who have been fully vaccinated against COVID-19 can forgo wearing a mask, but urged the continued "
     "use of face coverings in most indoor settings and in crowded outdoor areas.", "2021-04-27", []),
    ("allsides", "President Biden signaled at a private meeting on Wednesday that he would be open to significant "
     "revisions on the size of his infrastructure package and how it would be paid for in order to win Republican "
     "support, outlining a plan for about $1 trillion in new spending financed through tax changes that do not "
     "appear to raise the top corporate rate.", "2021-06-03",
     [D("2021-06-02"), Q(1e12, "USD", "about", measure="new spending")]),
    ("allsides", "The sentence, delivered by Judge Peter A. Cahill of Hennepin County District Court, came more than a "
     "year after a widely shared cellphone video captured Mr. Chauvin pressing his knee on the neck of Mr. Floyd for "
     "more than nine...", "2021-06-25", [Q(1, "year", "over"), Q(9, None, "over")]),
    ("allsides", "Biden, who for 20 years has taken whatever the most popular position happened to be on Afghanistan "
     "(so, all of them), believed he could get a quick, much-needed political victory.", "2021-08-26",
     [Q(20, "year")]),
    ("allsides", "President Joe Biden on Wednesday gathered world leaders virtually to discuss a plan for fighting the "
     "COVID-19 pandemic, which has killed more than 4 million people globally, announcing the U.S. would donate "
     "another half billion doses of Pfizer vaccine to lower-income nations.", "2021-09-22",
     [D("2021-09-22"), Q(4e6, "people", "over"), Q(5e8, "doses")]),
    ("allsides", "President Biden is joining other world democratic leaders on the first day of the Group of 7 summit "
     "in Britain, hoping to restore U.S. relations with the world's democracies and urging them to unite to confront "
     "COVID-19 and other global challenges.", "2021-06-11", []),
    ("allsides", "Biden vowed in April to take steps toward securing U.S. cyber-infrastructure and preventing future "
     "security breaches like the 2020 SolarWinds hack.", "2021-05-10", [D("2021-04"), D("2020")]),
    ("allsides", "“The completion by August 31 depends upon the Taliban continuing to cooperate and allow access to "
     "the airport for those who we’re transporting out, and no disruptions to our operations.”", "2021-08-24",
     [D("2021-08-31", "target")]),
    ("allsides", "“Facebook has today, and has maintained since 2011, a dominant share of the relevant market for US "
     "personal social networking services,” the complaint alleges, citing time spent and active-user metrics on the "
     "daily and monthly scale.", "2021-08-19", [D("2021-08-19"), D("2011")]),
    ("allsides", "Jackson Women’s Health Organization, a challenge to the constitutionality of a Mississippi law that "
     "(with limited exceptions) bars abortions after the 15th week of pregnancy.", "2021-05-17", []),
]


# A fourteenth fresh draw (``benchmarks/quantities_draw.py fourteenth``: bias-corpus articles 656 modulo 700, PolNeAR
# train texts 4 and 39 modulo 70, BASIL and AllSides in the order of ``random.Random(2039)``), annotated after the
# fixes THIRTEENTH prompted and before running them on it. Of its 66 sentences four were dropped: a photo-gallery
# caption and three headlines run into their article ("NRA School Safety Report … WASHINGTON --", "Obama Willing to Use
# Executive Orders on Guns WASHINGTON —", "Facing Congress, Clinton Defends … WASHINGTON —"). A run-together pair
# ("… Priebus said.In June, …") is kept as scraped.
FOURTEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "The blistering attack comes just one day after the Washington Post published excerpts of Bob Woodward’s "
     "harshly critical book Fear, which depicts Trump as incompetent and unstable.", "2018-09-05", [Q(1, "day")]),
    ("bias", "The first half of Eastwood's career he played men who shot first and thought about it later.",
     "2012-08-31", []),
    ("bias", "Parscale and his staff told reporters with Bloomberg that they used Facebook ads to target Hillary "
     "Clinton supporters with messages designed to make them sit the election out, including her own forays into "
     "dog-whistle politics from the 1990s, which the Trump campaign hoped would discourage black voters from turning "
     "out to the polls.", "2018-03-19", [D("1990s")]),
    ("bias", "He said Wilson “talked about how she was instrumental in getting the funding for that building, and how "
     "she took care of her constituents because she got the money, and she just called up President Obama, and on "
     "that phone call, he gave the money, the $20 million, to build the building, and she sat down.”", "2017-10-21",
     [Q(20e6, "USD")]),
    ("bias", "The Redskins started off with the former strategy (the same name as baseball’s Boston Braves, who left "
     "Beantown 20 years later), then shifted to the latter in 1933, doubtless without much of a thought for whether "
     "the two names were meaningfully different.", "2020-07-14", [Q(20, "year"), D("1933"), Q(2, "names")]),
    ("bias", "“Cutting legal immigration in half or by a third is just a nonstarter for me and a lot of Republicans "
     "and certainly all the Democrats.”", "2018-02-13", [Q(50, "percent"), Q(33.33, "percent")]),
    ("bias", "Despite more evidence that The Clinton Foundation was used as a slush fund to enrich the Clintons and "
     "their cronies, the Big Three networks have all but stopped covering the scandal swirling around the Democratic "
     "frontrunner Hillary Clinton’s charitable organization.", "2016-05-20", []),
    ("bias", "Since Oct. 1, 2014, Pentagon records show, 58 detainees have been transferred to Afghanistan, "
     "Bosnia-Herzegovina, Estonia, Georgia, Ghana, Kazakhstan, Kuwait, Mauritania, Montenegro, Morocco, Oman, Saudi "
     "Arabia, Slovakia, United Kingdom and Uruguay.", "2016-02-23",
     [D("2014-10-01"), Q(58, "detainees", "exact", "2014-10-01")]),
    ("bias", "One prominent RNC member who has been receiving the Ryan email rain noted in an email to The Washington "
     "Times: “I have probably got 10+ emails from Ryan since last week.", "2016-04-20",
     [Q(10, "emails", "at least", "2016-W15"), D("2016-W15")]),
    ("bias", "Whistleblower Christopher Wylie and Cambridge Analytica chief executive Alexander Nix were among the 61 "
     "witnesses that gave evidence.", None, [Q(61, "witnesses")]),
    ("bias", "This follows the same logic as theory #2 except for the fact that Trump is self aware enough to know "
     "that he is deceiving people by pushing out untruths -- and he just doesn't care.", "2018-02-01", []),
    ("bias", "Among the general population the number is 20 percent.", "2014-11-17", [Q(20, "percent")]),
    ("bias", "Nor has he demonstrated any real grasp of what House Republicans’ proposed Destination-Based Cash Flow "
     "Tax amounts to or why one might or might not support it.", "4/4/17", []),
    ("bias", "And the federal government underscored that position with a key provision in the $2 trillion "
     "coronavirus aid package approved last week: airlines that accept a share of the $50 billion set aside for the "
     "industry must maintain a minimum level of service through at least September.", "2020-04-01",
     [Q(2e12, "USD"), D("2020-W13"), Q(50e9, "USD"), D("2020-09")]),
    ("bias", "Rand Paul of Kentucky and Lindsey Graham of South Carolina.\"Now, we know that Rand Paul's version of "
     "what that looks like is going to be different than Lindsey Graham's, but you do have consensus in the party "
     "that we need serious immigration reform,\" Priebus said.In June, the Senate passed a comprehensive immigration "
     "reform bill on a 68-32 vote that was backed by 14 Republicans.", "2013-08-02",
     [D("2013-06"), Q(68, None, "exact", "2013-06"), Q(32, None, "exact", "2013-06"),
      Q(14, "Republicans", "exact")]),
    ("bias", "At least 12 deaths have been reported, though the circumstances in many cases are still being sorted "
     "out.", "2020-06-03", [Q(12, "deaths", "at least")]),
    ("bias", "Spend nine seconds on Google, and you can find depressing studies that show “more than half of Americans "
     "can’t name a single Supreme Court justice” or more Americans know that Randy Jackson was a judge on American "
     "Idol than know John Roberts is the chief justice of the United States.", "2019-06-24",
     [Q(9, "second"), Q(50, "percent", "over", measure="Americans")]),
    ("bias", "\"If Trump were able to implement what he's proposing, heaven forbid, it would cost three and a half "
     "million jobs.", "2016-08-08", [Q(3.5e6, "jobs")]),
    ("bias", "Mr. Chu celebrated NGP’s potential in his June 2010 announcement of the loan guarantee, saying the "
     "federal government’s support of the company demonstrated its commitment to geothermal power to achieve the "
     "nation’s clean-energy goals.", "2012-07-04", [D("2010-06")]),
    ("bias", "More than 400 millionaires and billionaires will reportedly ask Congress not to cut their taxes.",
     "2017-11-13", [Q(400, "millionaires and billionaires", "over")]),
    ("bias", "(CNN) President Donald Trump has hired Brad Parscale, the digital media director of his 2016 campaign, "
     "to run his re-election bid, the campaign announced on Tuesday.", "2018-02-27", [D("2016"), D("2018-02-27")]),
    ("bias", "Her son Cole was born in 2007, and has Down syndrome.", "2014-01-23", [D("2007")]),
    ("bias", "Cruz is 400 delegates behind Trump and while he expects to win Indiana, if he doesn't, analysts say it's "
     "all over.", "2016-04-28", [Q(400, "delegates")]),
    ("polnear", "Read part 1 here, and part 2 here.", "2015-11-19", []),
    ("polnear", "Since 1976, just one candidate from either party has not won in both  Iowa and New Hampshire (Bill "
     "Clinton in 1992) and still won his party’s nomination.", "2016-02-10",
     [D("1976"), Q(1, "candidate", "exact", "1976"), D("1992")]),
    ("polnear", "“We are seeking a court order declaring HB2’s restroom restriction impermissibly discriminatory as "
     "well as a statewide bar on enforcement.”", "2016-05-14", []),
    ("polnear", "Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” with Trump "
     "or his staff about the statement.", "2016-08-10", [D("2016-08-10"), Q(1, "conversation", "over")]),
    ("polnear", "Tune in tonight for the final State of the Union address at 9 p.m.", "2016-01-12",
     [D("2016-01-12")]),
    ("polnear", "The Brennan Center for Justice noted that through the end of March, TV ad spending in the state "
     "Supreme Court campaign had reached nearly $2 million — a high sum, but still below the $5 million spent in "
     "2011, when Kloppenburg went up against another conservative jurist whom progressives also tried to tie to "
     "Walker.", "2016-04-06",
     [D("2016-03"), Q(2e6, "USD", "about", "2016-03"), Q(5e6, "USD", "exact", "2011"), D("2011")]),
    ("polnear", "One of those economists is former Federal Reserve chairman Ben Bernanke, a Republican.", "2016-06-23",
     []),
    ("polnear", "With the winter golf season beginning in Florida - the country's leader in golf courses with more "
     "than 1,000 - the extremes of failure and success point to the nationwide upheaval in the sport.", "2015-11-26",
     [Q(1000, None, "over")]),
    ("polnear", "To make up the difference would require a carbon tax of $700 per ton of carbon dioxide.",
     "2016-03-03", [Q(700, "USD per ton")]),
    ("polnear", "Hillary Clinton and Bernie Sanders are locked in a tight race in California, the nation's most "
     "populous state and one that until recently seemed strongly in Mrs. Clinton's corner, a new statewide poll has "
     "found.", "2016-05-27", []),
    ("polnear", "Sure, official data suggest that the world's production peaked in 2013.", "2016-08-31", [D("2013")]),
    ("polnear", "The ad’s focus is interesting as Trump has one of the toughest proposals on undocumented immigrants "
     "in the presidential field, which includes building a wall along the southern border and deporting millions.",
     "2016-01-28", []),
    ("polnear", "The speaker specifically focused on Sanders’ 2007 vote against a bill which had bipartisan support "
     "and would have overhauled the immigration system, as well as his support for a bill that essentially protected "
     "the Minute Men — a civilian group working along the southern border to prevent immigrants from crossing over.",
     "2016-04-13", [D("2007")]),
    ("polnear", "Two House Committees on Monday asked the Justice Department to investigate whether Hillary Clinton "
     "perjured herself on the email controversy while testifying before Benghazi Committee investigators in "
     "October.", "2016-07-11", [Q(2, "House Committees", time="2016-07-11"), D("2016-07-11"), D("2015-10")]),
    ("basil", "Her office claims the bill would cut deficits by $416 billion over the next decade and keep Social "
     "Security solvent by instead raising the retirement age to 69 over 16 years and cutting yearly cost-of-living "
     "adjustments by 1 percent.", "2011-06-17",
     [Q(416e9, "USD"), Q(69, None, "target"), Q(16, "year"), Q(1, "percent")]),
    ("basil", "He held a joint press conference with Herman Cain in October after the two met to discuss immigration "
     "enforcement.", "2011-11-29", [D("2011-10"), Q(2, None)]),
    ("basil", "\"We don't care about the pigment of one's skin,\" he said.", "2010-07-14", []),
    ("basil", "“I’m worried about undermining our civil liberties, the constant wars going on, the debt of $16 "
     "trillion.", "2012-02-19", [Q(16e12, "USD")]),
    ("basil", "A major push for a ban on assault weapons after the 2012 massacre of schoolchildren in Newtown, Conn., "
     "ended in failure.", "2016-06-12", [D("2012")]),
    ("basil", "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha Obama, aged 16 and 13 "
     "respectively, should \"try showing a little class\" and described their outfits as more appropriate for \"a "
     "spot at the bar.\"", "2014-11-30", [D("2014-11-28"), Q(16, None), Q(13, None)]),
    ("basil", "Blumenthal will face the winner of the GOP primary on August 10 - either former Cong.", "2010-05-18",
     [D("2010-08-10")]),
    ("basil", "On Wednesday, Mr. Sanders sent out a fund-raising email asking for contributions of $2.70, and at 7 "
     "p.m. he will hold a rally outside of R.F.K. Stadium in Washington, where he will discuss his plans for getting "
     "big money out of politics and making public universities tuition free.", "2016-06-09",
     [D("2016-06-08"), Q(2.70, "USD", "exact", "2016-06-08")]),
    ("basil", "A state legislative committee investigating the traffic jams has also issued subpoenas to the two "
     "organizations.", "2014-01-23", [Q(2, "organizations")]),
    ("allsides", "Rose McGowan says the Democratic Party is just as much of a cult as the one she was raised in.",
     "2021-04-29", []),
    ("allsides", "But they wouldn’t reopen the diplomatic mission until January 2002, after the U.S. came back to "
     "Afghanistan...", "2021-07-02", [D("2002-01")]),
    ("allsides", "The truce comes less than two weeks after the terrorist group commenced its 4,000-rocket barrage on "
     "Israeli civilians—the most intense since it took over the Gaza strip in 2007.", "2021-05-21",
     [Q(2, "week", "under"), Q(4000, "rocket"), D("2007")]),
    ("allsides", "A year ago March, I had just flown back from New York and Washington, D.C., where I would fly twice "
     "a month to do Fox programs on set.", "2021-05-09",
     [Q(1, "year"), D("2020-03"), Q(2, "times per month")]),
    ("allsides", "No one has been pulled out of the rubble alive since the first hours after the 24 June collapse at "
     "Surfside in southern Florida.", "2021-07-05", [D("2021-06-24")]),
    ("allsides", "The announcement that the two sides reached resolution in a 17-year dispute over how much of a "
     "government subsidy each can provide for its aircraft manufacturing giant — Boeing in the United States and "
     "Airbus in the EU.—came as Biden met with European Council President Charles Michel...", "2021-06-15",
     [Q(2, "sides"), Q(17, "year")]),
    ("allsides", "Brooke Rollins, the CEO of Trump-aligned America First Policy Institute, was one of many to try to "
     "bring in the business community.", "2021-09-14", []),
    ("allsides", "Netanyahu’s tough comments marked the first public rift between the two close allies since the "
     "fighting began last week and could complicate international efforts to reach a cease-fire.", "2021-05-19",
     [Q(2, "close allies"), D("2021-W19")]),
    ("allsides", "I hope we can get some good control in the spring of 2022,” Fauci told CNN’s Anderson Cooper Monday "
     "night.", "2021-08-24", [D("2022-03/2022-05"), D("2021-08-23")]),
    ("allsides", "Biden will deliver remarks on the 100-year anniversary and speak to survivors of the attack, who are "
     "now between the ages of 101 and 107.", "2021-06-01", [Q(100, "year"), Q(101, None, "range", upper=107)]),
    ("allsides", "For the first time in 11 months, the daily average of new coronavirus infections in the United "
     "States has fallen below 30,000 amid continuing signs that most communities across the nation are emerging from "
     "the worst of the pandemic.", "2021-05-22", [Q(11, "month"), Q(30000, None, "under")]),
    ("allsides", "Sen. Joe Manchin (D-W.Va.) on Thursday said he favors a $1.5 trillion price tag for Democrats’ "
     "budget reconciliation bill, a spending package focused on social programs, which puts him far out of step with "
     "progressives who are threatening to tank a $1.2 trillion infrastructure bill Manchin strongly supports.",
     "2021-09-30", [D("2021-09-30"), Q(1.5e12, "USD"), Q(1.2e12, "USD")]),
    ("allsides", "Colonial Pipeline Co. closed its entire 5,500-mile conduit carrying gasoline and other fuels from "
     "the Gulf Coast to the New York metro area Friday as it moved to contain an assault that involved ransomware, "
     "code that holds computer systems hostage.", "2021-05-10", [Q(5500, "mile", time="2021-05-07"), D("2021-05-07")]),
    ("allsides", "One report Saturday morning placed the Taliban just 7 miles away from the capital city Kabul, as US "
     "Marines arrived to secure the US Embassy there and help diplomats and Afghan civilians flee.", "2021-08-14",
     [D("2021-08-14"), Q(7, "miles", time="2021-08-14")]),
    ("allsides", "In June, when Covid-19 cases were at their lowest...", "2021-09-15", [D("2021-06")]),
    ("allsides", "The measure passed 220-212, after House moderate Democrats led a...", "2021-08-25",
     [Q(220, None), Q(212, None)]),
]


# A fifteenth fresh draw (``benchmarks/quantities_draw.py fifteenth``: bias-corpus articles 481 modulo 700, PolNeAR
# train texts 22 and 48 modulo 70, BASIL and AllSides in the order of ``random.Random(2040)``), annotated after the
# fixes FOURTEENTH prompted and before running them on it, and left untuned: its gate pins the first-run figure. Of its
# 66 sentences one was dropped: a headline run into its article ("Beck Wows the CPAC Crowd Glenn Beck, …").
FIFTEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "He is the author of \"Mad as Hell: How the Tea Party Movement Is Fundamentally Remaking Our Two-Party "
     "System,\" \"In Search of Self-Governance,\" and \"The People’s Money: How Voters Will Balance the Budget and "
     "Eliminate the Federal Debt.\"", "2018-04-18", []),
    ("bias", "Already, most Senate Democrats signed a letter saying they won’t support a tax plan that cuts taxes for "
     "those in the top 1 percent of income, and a coalition of liberal groups has launched a campaign to push back "
     "against tax cuts for wealthy individuals and corporations.", "2017-08-30", [Q(1, "percent")]),
    ("bias", "ObamaCare includes a slew of mandated benefits for next year, such as allowing children to remain on "
     "their parents' plans until age 26 and \"free\" preventative care (i.e., no direct out-of-pocket cost sharing for "
     "consumers).", "2013-03-28", [D("2014"), Q(26, None, "up to")]),
    ("bias", "There are now 40 entries, with the most recent addition being his false claim that he has spent $2.5 "
     "trillion on new military equipment.", "2020-07-13", [Q(40, "entries"), Q(2.5e12, "USD")]),
    ("bias", "Trump, only the fourth of 45 American presidents to face the possibility of impeachment, is charged with "
     "abusing the powers of his office by asking Ukraine to investigate a Democrat political rival, Joe Biden, and "
     "obstructing a congressional inquiry into his conduct.", "2020-01-20", [Q(45, "American presidents")]),
    ("bias", "Wednesday, the Wall Street Journal reported that the fund, which brings in more than $55 million "
     "annually and is worth about $700 million to date, is also spent on filling the gaps in the Vatican’s internal "
     "administrative budget.", "2019-12-13",
     [D("2019-12-11"), Q(55e6, "USD per year", "over"), Q(700e6, "USD", "about")]),
    ("bias", "But some of his backers worried that Abercrombie’s ouster could embolden Republicans, who have their eye "
     "on regaining the seat they held for two terms last decade.", "2014-08-10",
     [Q(2, "terms", "exact", "2000s"), D("2000s")]),
    ("bias", "The White House also cited as examples of GOP obstructionism the rough treatment of Chuck Hagel, who was "
     "eventually confirmed as defense secretary, and a lower-level nominee who waited 501 days before "
     "confirmation.", "2013-05-12", [Q(501, "day")]),
    ("bias", "Public health officials say the US has reached a tipping point -- warning that if residents don't take "
     "the call to action seriously, the country may approach the situation in Italy, which went on total lockdown "
     "last week and where hospitals have been overwhelmed with more than 24,000 cases.", "2020-03-17",
     [D("2020-W11"), Q(24000, "cases", "over")]),
    ("bias", "He also instituted Project Solarium, a famous discussion in which three groups argued for three "
     "different US grand strategies in the developing confrontation with the Soviet Union.", "2017-01-20",
     [Q(3, "groups"), Q(3, "US grand strategies")]),  # "different" dropped, as the convention says
    ("bias", "He also ordered the flag be flown at half-staff at the White House and other federal buildings to honor "
     "those who died.", "2017-10-02", []),
    ("bias", "(AP) MOSCOW – Russia reacted to U.S. military strikes on its ally Syria Friday by cutting a hotline "
     "intended to prevent midair incidents, a response that demonstrates Moscow’s readiness to defy Washington and "
     "could even put the two nuclear superpowers on a course toward military confrontation.", "2017-04-09",
     [D("2017-04-07"), Q(2, "nuclear superpowers")]),
    ("bias", "Trump’s call was the first from a president or president-elect since 1979, when America adopted its "
     "so-called one-China policy.", "2016-12-05", [D("1979")]),
    ("bias", "She believes Pelosi's view could change if something is revealed by Special Counsel Robert Mueller's "
     "investigation into Russian meddling in the 2016 election.", "2019-03-12", [D("2016")]),
    ("bias", "Tammy Duckworth, a former U.S. Army lieutenant colonel and combat veteran of the Iraq War, has served as "
     "the junior U.S. senator from Illinois since 2017.", "2020-06-09", [D("2017")]),
    ("bias", "Next thing you know it's in 26 states.", "2016-05-10", [Q(26, "states")]),
    ("bias", "But in multiple public remarks made after the invasion began in 2003, Biden openly supported the "
     "effort.", "2019-09-02", [D("2003")]),
    ("bias", "While there are certainly a depressing number of them that deserve these characterizations, to brush "
     "aside the more than 61 million Americans who cast their ballots for Trump as mere hateful idiots is to "
     "perpetuate the liberal elitism that helped fuel Trump’s success and to disregard the economic and social "
     "problems plaguing our country.", "2016-11-23", [Q(61e6, "Americans", "over")]),
    ("bias", "In another reminder of 2008, Clinton has added race to the mix.", "2016-02-16", [D("2008")]),
    ("bias", "In France, lunch menus are prepared two months in advance and sent away to a nutritionist who gives the "
     "menu final approval.", "2014-09-09", [Q(2, "month")]),
    ("bias", "The next Republican debate will be held in Las Vegas on December 15, sponsored by CNN and the Salem "
     "Radio Network.- Post-game video:", "2015-11-10", [D("2015-12-15")]),
    ("bias", "It has been viewed an additional 2.8 million times on YouTube, uploaded under titles like “Frank Hahnel "
     "A real Doctor telling it like it is.", None, [Q(2.8e6, "times")]),
    ("bias", "The CDC recommends that during phase one and two, classes should include the same group of children "
     "each day and the same child care providers, and recommend screening of children as they arrive.", None, []),
    ("bias", "The proportion of Republicans and Republican-leaning independents who view Cruz favorably has dropped to "
     "39% — down from 61% in January — and the share who view him unfavorably has skyrocketed, going from 15% in "
     "January to 45% now.", "2016-05-03",
     [Q(39, "percent"), Q(61, "percent", "exact", "2016-01"), D("2016-01"), Q(15, "percent", "exact", "2016-01"),
      D("2016-01"), Q(45, "percent")]),
    ("polnear", "PASADENA, Calif., Jan. 1 (UPI) — A handful of skywriters in Pasadena, Calif., are definitely not "
     "voting for Donald Trump.", "2016-01-01", [D("2016-01-01")]),
    ("polnear", "Because there had already been one independent investigation, there had been seven or eight "
     "congressional investigations, mostly led by Republicans who all reached the same conclusions, that there were "
     "lessons to learned.", "2016-03-09",
     [Q(1, "independent investigation"), Q(7, "congressional investigations", "range", upper=8)]),
    ("polnear", "“It’s probably going to be close to two million dollars…This is what I’m up against.", "2016-06-28",
     [Q(2e6, "USD", "about")]),
    ("polnear", "To be the GOP’s nominee, you must win the majority of the delegates available in eight states.",
     "2016-02-24", [Q(8, "states")]),
    ("polnear", "Armenian forces won the war, seizing seven districts between Armenia and Nagorno-Karabakh to connect "
     "the two pieces of land.", "2016-04-27", [Q(7, "districts"), Q(2, "pieces")]),
    ("polnear", "The vulture fund manager wrote a $500,000 check to a super PAC supporting John Faso, a Republican "
     "trying to fill an open congressional seat in New York’s Hudson Valley.", "2016-08-15", [Q(500000, "USD")]),
    ("polnear", "He called him a ''pathological liar'' for continuing to insist the debunked accounts of thousands of "
     "Muslims celebrating in New Jersey on Sept. 11.", "2015-12-22", [D("2001-09-11")]),
    ("polnear", "Nearly a million people watched the giant berry burst on Facebook Live.", "2016-04-18",
     [Q(1e6, "people", "about")]),
    ("polnear", "Even Mr. Peck of SunTrust doesn't expect a deal before 2017 at the earliest, because it's still early "
     "in Mr. Dorsey's latest turnaround effort.", "2016-06-17", [D("2017")]),
    ("polnear", "The former first lady and U.S. senator headed the State Department from 2009 to 2013, and much of her "
     "presidential campaign has been bogged down by the revelation that she exclusively used a private email account "
     "and server during her time at Foggy Bottom.", "2015-12-09", [D("2009/2013")]),
    ("polnear", "A third source said that Sullivan was one of about three individuals who sent such content to "
     "Clinton.", "2016-02-10", [Q(3, "individuals", "about")]),
    ("polnear", "Only three senators publicly endorsed him, and the bad blood Cruz engendered over the years among "
     "Republicans prevented him from coalescing the anti-Trump crowd when he needed to most.", "2016-05-31",
     [Q(3, "senators")]),
    ("polnear", "He added: “During that time the NRA built up this enormous political machine that beat us in 2013, on "
     "the background checks.”", "2016-08-08", [D("2013")]),
    ("polnear", "Cruz, who has seen his lead in Iowa polling evaporate, challenged Trump to a one-on-one debate before "
     "Monday's caucus.", "2016-01-29", [D("2016-02-01")]),
    ("basil", "On Friday, the Washington Post reported that Hensarling does not plan to run, according to three people "
     "familiar with his plans.", "2014-06-13", [D("2014-06-13"), Q(3, "people", time="2014-06-13")]),
    ("basil", "Mr. Obama has shown a certificate of live birth from Hawaii, which is the standard form of birth "
     "certificate in the state, and state officials – including the Republican who was governor during the 2008 "
     "campaign – have confirmed its authenticity.", "2011-04-07", [D("2008")]),
    ("basil", "Arkansas Gov. Asa Hutchinson (R) signed a revised version of the state's Religious Freedom Reformation "
     "Act on Thursday, one day after refusing to sign an earlier version of the bill over concerns about "
     "discrimination against lesbian, gay, bisexual and transgender individuals.", "2015-04-02",
     [D("2015-04-02"), Q(1, "day")]),
    ("basil", "The cable also warned that the 17 February Brigade, the group charged with protecting the consulate, "
     "appeared to be compromised.", "2013-05-13", []),
    ("basil", "The state’s image is still scarred by a divisive immigration law passed in 2010, which gave police "
     "officers the ability to stop people whom they suspected of being in the country illegally, and triggered "
     "widespread boycotts.", "2014-02-24", [D("2010")]),
    ("basil", "The South Carolina Republican set a deadline of May 1 for the interview and restated the committee is "
     "interested only in the deleted emails relating to Clinton’s response as secretary of state to the 2012 terror "
     "attacks on a U.S. outpost in Benghazi, Libya, in which four Americans were killed.", "2015-03-31",
     [D("2015-05-01"), D("2012"), Q(4, "Americans")]),
    ("basil", "One minute this guy is interviewing a member of Congress on camera and the next a video is released "
     "with his face blurred out?", "2010-06-14", []),
    ("basil", "Representative Jackie Speier, Democrat of California, said Vice President Biden had informed lawmakers "
     "during a two-hour briefing on Monday that there are “19 independent steps that the president can take by "
     "executive order.”", "2013-01-14", [Q(2, "hour", time="2013-01-14"), D("2013-01-14"), Q(19, "independent steps")]),
    ("basil", "One of the jobs Clinton specifically discussed with Sestak was the president's intelligence advisory "
     "board.", "2010-05-28", []),
    ("basil", "\"It raises a level of skepticism that the American people have from time to time about just how "
     "objective the Supreme Court is, whether they're over there to call the balls and strikes, or weigh in on one "
     "side or another,\" he said.", "2016-07-13", []),
    ("basil", "WASHINGTON — In one of the most stunning primary election upsets in congressional history, the House "
     "majority leader, Eric Cantor, was soundly defeated on Tuesday by a Tea Party-backed economics professor who had "
     "hammered him for being insufficiently conservative.", "2014-06-12", [D("2014-06-10")]),
    ("allsides", "Why it matters: The move will allow vaccinated travelers from most countries to visit the U.S. for "
     "the first time in more than 18 months.", "2021-10-15", [Q(18, "month", "over")]),
    ("allsides", "The US on Tuesday recorded an average of 19,455 new cases per day over the last seven days — up 47.5 "
     "percent from the previous week, according to a USA Today analysis of data from Johns Hopkins University.",
     "2021-07-13",
     [D("2021-07-13"), Q(19455, "per day", "exact", "2021-07-13"), Q(7, "day"), Q(47.5, "percent", time="2021-07-13")]),
    ("allsides", "“The statute at issue here is unambiguous: ‘Upon written request’ of the chairman of one of the "
     "three congressional tax committees, the Secretary ‘shall furnish’ the requested tax information to the "
     "Committee,” Johnsen wrote in the...", "2021-07-30", [Q(3, "congressional tax committees")]),
    ("allsides", "The survey, fielded April 12 to 18, was conducted before Facebook’s independent oversight board "
     "upheld for now the suspension of Trump’s account that was instituted in the wake of the violent riots at the "
     "U.S. Capitol...", "2021-05-05", [D("2021-04-12/2021-04-18")]),
    ("allsides", "Over two dissenting votes, the justices left in place lower court rulings that found the policy "
     "unconstitutional.", "2021-06-28", [Q(2, "dissenting votes")]),
    ("allsides", "It ultimately passed 94-1 with Sen. Josh Hawley (R-MO) as the lone vote...", "2021-04-22",
     [Q(94, None), Q(1, None)]),
    ("allsides", "Local media report Taliban fires on them, killing 2 and injured others.”", "2021-08-18",
     [Q(2, None)]),
    ("allsides", "\"Keeping schools open is a particular challenge now as we have seen an increasing number of "
     "children with moderate illness and hospitalized with COVID-19.\"", "2021-09-05", []),
    ("allsides", "Georgia’s secretary of state this week announced he is set to remove some 100,000 names from voter "
     "rolls, the first major voting list maintenance following the 2020 election.", "2021-06-20",
     [D("2021-W24"), Q(100000, "names", "about"), D("2020")]),
    ("allsides", "No arrests were made and three suspects are outstanding, Lee said.", "2021-05-21",
     [Q(3, "suspects")]),
    ("allsides", "On Saturday Barack Obama celebrated his 60th birthday on Martha’s Vineyard, at his $11.75 million "
     "mansion, with family, longtime friends from Hawaii, and boldface names like John Legend, who sang “Happy "
     "Birthday” to a tent full of attendees.", "2021-08-09", [D("2021-08-07"), Q(11.75e6, "USD", time="2021-08-07")]),
    ("allsides", "The justices said that the challengers of the 2010 law did not have the legal right to bring the "
     "case.", "2021-06-17", [D("2010")]),
    ("allsides", "“Dr Fauci exposed for the fraud he is,” said a June 2 Facebook post from the WTF Files.",
     "2021-06-03", [D("2021-06-02")]),
    ("allsides", "Dr. Anthony Fauci said Sunday that the US is \"going in the wrong direction\" as the number of "
     "Covid-19 cases continues to rise, particularly among unvaccinated Americans.", "2021-07-26",
     [D("2021-07-25")]),
    ("allsides", "An investigation by U.S. Central Command has determined that an Aug. 29 drone strike in Kabul killed "
     "an innocent aid worker and nine members of his family, not a member of the ISIS-K terrorist group, a top "
     "general announced Friday.", "2021-09-19", [D("2021-08-29"), Q(9, "members"), D("2021-09-17")]),
    ("allsides", "Border Patrol agents have made more than a million arrests at the U.S.-Mexico border so far this "
     "year, already higher than any full-year total since at least 2005, according to new Customs and Border "
     "Protection figures released Friday.", "2021-07-16",
     [Q(1e6, "arrests", "over", "2021"), D("2021"), D("2005"), D("2021-07-16")]),
]

# A sixteenth fresh draw (``benchmarks/quantities_draw.py sixteenth``: bias-corpus articles 612 modulo 700, PolNeAR
# train texts 30 and 67 modulo 70, BASIL and AllSides in the order of ``random.Random(2041)``), annotated by hand to the
# conventions (with the time convention of session 4) after the session-4 fixes and before running any code on it. All
# 66 sentences kept; non-breaking spaces written as spaces. Where a reader's answer needs more than the conventions say:
# "48 million Canadian dollars" is CAD, "$350-plus hourly rates" at least 350 USD per hour, "upward of $20 an hour"
# over, "over the last year" (a span back from now, not the calendar year) no date, "the fiscal year, which ends Sept.
# 30" the coming 30 September, a dateline ("CLEVELAND, July 19 (UPI)") a date, "a frantic 911 call" no quantity.
SIXTEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Cuccinelli led the charge among the Republican National Convention to back Sen. Ted Cruz's "
     "nomination in 2016.", "2019-05-24",
     [D("2016")]),
    ("bias", "The unit was established in 2002, and the city also has 75 suppression team members.", "2013-07-01",
     [D("2002"), Q(75, "suppression team members")]),
    ("bias", "No one would argue — well, Donald might — that Donald has published with shining clarity his"
     " turnaround prospectus.", None,
     []),
    ("bias", "After the September 11, 2001 attacks on New York and Washington, Ali sharply cautioned "
     "Americans against categorising all Muslims as \"extremists\".", None,
     [D("2001-09-11")]),
    ("bias", "In 2015, the Royal Canadian Mounted Police (RCMP) — Canada’s police force — alleged that "
     "SNC-Lavalin paid bribes to members of the Libyan government, including former dictator "
     "Muammar Qaddafi, to the tune of 48 million Canadian dollars.", "2019-08-15",
     [D("2015"), Q(48e6, "CAD")]),
    ("bias", "Emails published by the Observer last weekend suggest Banks was keen to involve Bannon – a "
     "founder of Cambridge Analytica – in a scheme to raise US cash for his Brexit campaign as far"
     " back as 2015.", "2018-11-21",
     [D("2018-W46"), D("2015")]),
    ("bias", "\"Even Sen. Dick Durbin said he was fine with his 2018 colleagues losing re-election just to "
     "obstruct President Trump,\" said Katie Martin, the Communications Director of the NRSC, \"The "
     "dysfunction within the Democratic Party is on full display with this vote.\"", None,
     [D("2018")]),
    ("bias", "The IRS has said that there is no regulation against an individual making public their own "
     "tax returns while under audit, something former President Richard Nixon did in 1973.", "2017-05-11",
     [D("1973")]),
    ("bias", "The scope of the problem is indeed disturbing: In addition to recent high-profile sexual "
     "assault cases, the Pentagon says only a fraction of the 26,000 soldiers who experienced "
     "“unwanted sexual contact” last year reported it.", "2013-06-04",
     [Q(26000, "soldiers", time="2012"), D("2012")]),
    ("bias", "Congress is once again on the clock, racing an April 28 deadline for passing a funding bill "
     "to last the rest of the fiscal year, which ends Sept. 30.", "2017-04-20",
     [D("2017-04-28"), D("2017-09-30")]),
    ("bias", "All On The Line has helped tens of thousands of people — in all 50 states — contact their "
     "elected officials to demand action on election protection.", "2020-06-28",
     [Q(50, "states")]),
    ("bias", "One of the brothers worked with Smollett on \"Empire,\" according to police and their lawyer.",
     "2019-02-21", []),
    ("bias", "That means same-sex marriages, including those performed in 12 states, and Washington, D.C.,"
     " where they are legal, are not recognized under federal law, including U.S. immigration law.", "2013-06-06",
     [Q(12, "states")]),
    ("bias", "You can’t survey three rich guys in Greenwich and declare that “America’s” favorite food is "
     "caviar.", "2015-05-08",
     [Q(3, "rich guys")]),
    ("bias", "He also voiced support in 2015 for a proposal to reduce Medicare costs by delivering "
     "benefits through a voucher program.", "2017-02-10",
     [D("2015")]),
    ("bias", "Barr alleged the bureau was eager to investigate President Trump's team both before the "
     "election and after he won in November 2016.", None,
     [D("2016-11")]),
    ("bias", "The North Carolina Senate race is among the six deadlocked contests.", "2014-09-21",
     [Q(6, "deadlocked contests")]),
    ("bias", "Trump, a Republican, defeated Clinton by a margin of 304 to 227 Electoral College votes "
     "despite losing the popular vote nationally by about 3 million votes.", "2020-07-06",
     [Q(304, None), Q(227, None), Q(3e6, "votes", "about")]),
    ("bias", "He said he has been spending all day every day making copies and doing other paperwork ever "
     "since, nearly two years later.", "2019-06-22",
     [Q(2, "year", "about")]),
    ("bias", "Johnson vetoed the bill expanding the Freedmen’s Bureau on two grounds.", "2016-01-17",
     [Q(2, "grounds")]),
    ("bias", "And in California, a charitable foundation has sponsored a global contest among 6,000 “tech "
     "minds” to innovate open-source solutions to the coronavirus crisis.", "2020-04-13",
     [Q(6000, "tech minds")]),
    ("bias", "Trump’s campaign has been briefing him almost weekly on polling, according to two aides "
     "familiar with the conversations, one of whom said the president is more obsessed with polls "
     "than anything else, despite repeatedly questioning their reliability after 2016.", "2019-06-16",
     [Q(2, "aides"), D("2016")]),
    ("bias", "The report estimates that companies spend $340 million a year on anti-union consultants, "
     "some of whom charge $350-plus hourly rates or $2,500-plus daily rates.", None,
     [Q(340e6, "USD per year"), Q(350, "USD per hour", "at least"), Q(2500, "USD per day", "at least")]),
    ("bias", "On the other hand, at Coatesville, Pennsylvania, it was only 17 days and in Bedford, "
     "Massachusetts just 12 days.", "2014-06-10",
     [Q(17, "day"), Q(12, "day")]),
    ("polnear", "There’s no one left to lie to in this case.”", "2016-01-31",
     []),
    ("polnear", "It slams Trump University for receiving a ‘D-‘ rating from the Better Business Bureau while "
     "charging students more than $30,000.", "2016-04-24",
     [Q(30000, "USD", "over")]),
    ("polnear", "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates at the "
     "Republican National Convention that Hillary Clinton’s use of a private email server should "
     "disqualify her from becoming president.", "2016-07-19",
     [D("2016-07-19")]),
    ("polnear", "The council voted 6-1 for the resolution which said the city “condemns anti-Muslim, "
     "anti-refugee, and anti-immigrant speech from presidential candidate Donald Trump and "
     "others.”", "2015-12-17",
     [Q(6, None), Q(1, None)]),
    ("polnear", "Article 33 affirms: “No Contracting State shall expel or return a refugee in any manner "
     "whatsoever to the frontiers of territories where his life or freedom would be threatened...”", "2016-03-10",
     []),
    ("polnear", "That makes him roughly as popular as Ronald Reagan was at this point during his presidency "
     "and far more popular than George W. Bush, who largely laid low during the 2008 election.", "2016-06-09",
     [D("2008")]),
    ("polnear", "Consumer sentiment over the last year has been higher than in any year since 2004, the "
     "University of Michigan reported last week.", "2015-11-09",
     [D("2004"), D("2015-W45")]),
    ("polnear", "She presented herself just as many other women on Tinder would: with photos of herself, one "
     "in which she was dressed up as a zombie, and a link to her Instagram page.", "2016-02-09",
     []),
    ("polnear", "In the shadow of Tennessee Valley Authority dams that supplied cheap power, thousands of "
     "workers sewed jeans and T-shirts, and could earn upward of $20 an hour in heavily unionized "
     "factories.", "2016-04-27",
     [Q(20, "USD per hour", "over")]),
    ("polnear", "A review of his work in Ukraine shows how politics and business converged in a country still"
     " struggling to function as a democracy, 25 years after it gained independence with the "
     "collapse of the Soviet Union.", "2016-08-02",
     [Q(25, "year")]),
    ("polnear", "The late August release of more than 7,000 pages put the agency back in line with the "
     "judge's order.", "2015-12-31",
     [D("2015-08"), Q(7000, "pages", "over")]),
    ("polnear", "Another 24 delegates are divided among the state’s 8 congressional districts, with the "
     "district-level winner getting all three delegates.", "2016-04-05",
     [Q(24, "delegates"), Q(8, "congressional districts"), Q(3, "delegates")]),
    ("polnear", "It's time for Episode 7 of the 2016 Nerdcast, POLITICO's new podcast on the race for the "
     "White House.", "2016-06-24",
     [D("2016")]),
    ("polnear", "In New Hampshire, more than $20 million of the roughly $27 million in TV and radio "
     "advertising planned for December and January comes from groups supporting individual "
     "candidates rather than their campaigns.", "2015-11-27",
     [Q(20e6, "USD", "over"), Q(27e6, "USD", "about", "2015-12"), D("2015-12"), D("2016-01")]),
    ("basil", "At one point, her advisers met face-to-face with department officials in Washington.", "2015-03-05",
     []),
    ("basil", "McCarthy has previously been more open to immigration reform than many of his House "
     "Republican colleagues, and, as TPM notes, his district is 35 percent Latino.", "2014-01-22",
     [Q(35, "percent")]),
    ("basil", "The flight is ultimately going to be $1 million, the official said - a media-tracking source"
     " said about $400,000 has been placed so far.", "2012-09-20",
     [Q(1e6, "USD"), Q(400000, "USD", "about")]),
    ("basil", "But that was before Mr. Trump’s Twitter post with the pictures of the two women.", "2016-03-25",
     [Q(2, "women")]),
    ("basil", "An interview, Gowdy argued, would provide protection for the likely 2016 presidential "
     "candidate’s privacy and security for sensitive information.", "2015-03-31",
     [D("2016")]),
    ("basil", "Romney added his voice after five past and present Missouri Republican senators urged Akin "
     "to step aside.", "2012-08-21",
     [Q(5, "past and present Missouri Republican senators")]),
    ("basil", "According to the official, the program began in 2007 and is in the second phase.", "2013-06-07",
     [D("2007")]),
    ("basil", "“Because of my success in the private sector, I had the chance to run America’s largest city"
     " for 12 years.”", "2016-07-27",
     [Q(12, "year")]),
    ("basil", "A person briefed on the matter said the prosecutors had also issued subpoenas to some of the"
     " 20 people and entities — including potential witnesses and people who have come under "
     "scrutiny in the inquiry — that received subpoenas last week from a New Jersey legislative "
     "committee whose investigation largely parallels the federal one.", "2014-01-23",
     [Q(20, "people and entities", time="2014-W03"), D("2014-W03")]),
    ("basil", "While the Mexican government has said little about Mr. Trump’s plan to beef up border "
     "security, two of the country’s former presidents have a message for Mr. Trump: Mexico won’t "
     "pay.", "2016-02-25",
     [Q(2, None)]),
    ("basil", "Before Mr. Obama spoke out, leading Republican figures like Newt Gingrich, a former speaker "
     "of the House, and Sarah Palin, the party’s 2008 vice-presidential nominee, had been voicing "
     "opposition to the Islamic center.", "2010-08-14",
     [D("2008")]),
    ("basil", "After DOMA was overturned, it was reported that the IRS owed Windsor $363,053.", "2013-08-29",
     [Q(363053, "USD")]),
    ("allsides", "Unvaccinated people are more than twice as likely to be reinfected with Covid-19 than people"
     " who are fully vaccinated, a new study suggests, underscoring the importance of vaccines in "
     "containing the pandemic.", "2021-08-07",
     [Q(2, "times", "over")]),
    ("allsides", "The governor of New York, Kathy Hochul, is considering using the national guard and "
     "out-of-state medical workers to fill hospital staffing shortages, as tens of thousands of "
     "workers are unlikely to meet a Monday deadline for mandated Covid-19 vaccination.", "2021-09-27",
     [D("2021-09-27")]),
    ("allsides", "The 200 Afghans flew into Dulles International Airport outside Washington, D.C., and were to"
     " be bused to an Army base in Virginia for medical screenings, officials said.", "2021-07-30",
     [Q(200, "Afghans")]),
    ("allsides", "\"Joe Biden has taken to himself to single out Florida over Covid-19,” Mr DeSantis claimed at"
     " a news conference, according to local media.", "2021-08-05",
     []),
    ("allsides", "Speaker Nancy Pelosi plans to announce this week whether she will create a new committee to "
     "investigate the Jan. 6 insurrection at the Capitol, weeks after Republicans blocked a "
     "bipartisan probe under pressure from former President Donald Trump.", "2021-06-22",
     [D("2021-W25"), D("2021-01-06")]),
    ("allsides", "A seven-justice majority, with Justice Stephen Breyer authoring the opinion and Justices "
     "Samuel Alito and Neil Gorsuch dissenting, issued a narrow ruling that the Republican-led "
     "states, such as Texas, which filed the suit had not suffered the harm that would have given "
     "them standing to challenge the legislation.", "2021-06-17",
     [Q(7, "justice")]),
    ("allsides", "Democratic senators on Wednesday signaled they will accept a proposal by Senate Minority "
     "Leader Mitch McConnell (R-Ky.) to raise the debt limit for two months to avoid a potential "
     "economic crisis.", "2021-10-06",
     [D("2021-10-06"), Q(2, "month")]),
    ("allsides", "Now it’s pouring more than $3 billion on a neglected area of research: developing pills to "
     "fight the virus early in the course of infection, potentially saving many lives in the years"
     " to come.", "2021-06-18",
     [Q(3e9, "USD", "over")]),
    ("allsides", "A federal appeals court Friday night quickly allowed Texas to resume banning most abortions,"
     " just one day after clinics began racing to serve patients again for the first time since "
     "early September.", "2021-10-09",
     [D("2021-10-08"), Q(1, "day"), D("2021-09")]),
    ("allsides", "At least nine people died as waters rose in basements.", "2021-09-02",
     [Q(9, "people", "at least")]),
    ("allsides", "Two people have separately lodged lawsuits against the Texas physician who announced in a "
     "recent opinion piece that he violated a state law that prohibits conducting abortion "
     "procedures after a fetal heartbeat has been detected.", "2021-09-21",
     [Q(2, "people")]),
    ("allsides", "Media Research Center news analyst Nicholas Fondacaro called out NBC News for editing out a "
     "portion of a frantic 911 call in which a woman is heard saying: \"It's these grown girls over"
     " here trying to fight us, trying to stab us, get here now!\"", "2021-04-22",
     []),
    ("allsides", "Social media services Facebook, WhatsApp and Instagram are back up and running after an "
     "outage that lasted almost six hours, Facebook says.", "2021-10-05",
     [Q(6, "hour", "about")]),
    ("allsides", "Manger will take charge of the department in the aftermath of the violent Jan. 6 "
     "insurrection in which supporters of former President Donald Trump easily overwhelmed law "
     "enforcement and stormed the building.", "2021-07-22",
     [D("2021-01-06")]),
    ("allsides", "W. Mondale Robinson spent a large chunk of last fall in clubs and bars and concert venues in"
     " Georgia, trying to convince disenchanted Black men that casting a ballot — in the 2020 "
     "general election, then the Georgia runoffs for the U.S. Senate — could finally mean real "
     "change in their communities.", "2021-10-12",
     [D("2020-09/2020-11"), D("2020")]),
    ("allsides", "One video in the campaign features corporal Emma Malonelord, who operates the Patriot "
     "missile defense system.", "2021-05-26",
     []),
]


# A seventeenth fresh draw (``benchmarks/quantities_draw.py seventeenth``: bias-corpus articles 137 modulo 700, PolNeAR
# train texts 11 and 59 modulo 70, BASIL and AllSides in the order of ``random.Random(2042)``), annotated by hand after
# the fixes SIXTEENTH prompted and before running any code on it, and left untuned: its gate pins the first-run figure.
# Of its 66 sentences two were dropped as scraping leftovers: a photo caption ("Hide Caption 5 of 14 Photos: …") and a
# quote run into a list of related links ("… Bernie Sanders Bernie Sanders2020 Democrats push for … MORE away").
SEVENTEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "There were the fewest number of murders ever recorded in New York in 2014, and though there "
     "was a 6 percent increase in 2015, the number of murders is down again this year.", "2016-10-06",
     [D("2014"), Q(6, "percent", time="2015"), D("2015"), D("2016")]),
    ("bias", "The second woman appointed to the court – Justice Sandra Day O'Connor became the first in "
     "1981 – Ginsburg is a legend among women's right advocates.", "2018-11-08",
     [D("1981")]),
    ("bias", "“With a loss of nearly three-fourths of its workforce, work, student and visitor visa "
     "petitions, asylum and citizenship/naturalization applications, green cards, and refugee "
     "applications will not be processed,” AFGE President Everett Kelly told the House Homeland "
     "Security Committee last week at a hearing.", "2020-06-24",
     [Q(75, "percent", "about"), D("2020-W25")]),
    ("bias", "Trump has frequently criticized Sessions over his recusal, which paved the way for Deputy "
     "Attorney General Rod Rosenstein to appoint special counsel Robert Mueller to investigate "
     "Russian meddling in the 2016 election.", "2018-05-30",
     [D("2016")]),
    ("bias", "“And in those two cases as well as others, an appeal to other nations to do their part in "
     "confronting these threats, and understanding it is a shared menace and that nations cannot "
     "be bystanders in history,” the official added.", "2017-09-18",
     [Q(2, "cases")]),
    ("bias", "On energy, he said North America could end its reliance on overseas oil in five years with "
     "an \"all-in\" policy that includes oil exploration on federal lands, approving the Keystone XL"
     " pipeline, speeding up natural gas export terminal approvals and potentially allowing crude "
     "oil exports.", "2014-12-01",
     [Q(5, "year")]),
    ("bias", "“We need to stop covering the debate and start covering the story so that people see that "
     "this is real, and so that politicians take a more pragmatic approach and find solutions that"
     " are actually achievable,” Mr. Curbelo said about the one-sided discussion.", "2018-12-30",
     []),
    ("bias", "A downturn in oil prices in 2014-2016 hurt companies in places like the Permian Basin in "
     "west Texas and eastern New Mexico.", "2020-03-09",
     [D("2014/2016")]),
    ("bias", "Failure to act in the coming days could bring a partial shutdown of government operations, "
     "jeopardize health-care services for 9 million children and 370,000 pregnant women "
     "nationwide, and further complicate the fate of hundreds of thousands of children of illegal "
     "immigrants, known as dreamers, who could start facing deportation in early March.", "2017-11-29",
     [Q(9e6, "children"), Q(370000, "pregnant women"), D("2018-03")]),
    ("bias", "\"It is a crime to intimidate or threaten any potential witness with the intent to influence,"
     " delay, or prevent their official testimony,\" the two wrote in a letter.", "2017-05-12",
     [Q(2, None)]),
    ("bias", "Here, the Cautious Conservative tells us, we have fallen into the habit of setting upon one "
     "another, and next time it may just as easily be the right going after an innocent citizen "
     "with righteous glee as it was the left this time.", None,
     []),
    ("bias", "But the Soviet Union and the Warsaw Pact died in 1991 – and NATO’s original mission died "
     "then as well.", "2018-07-10",
     [D("1991")]),
    ("bias", "\"I think that would not happen.\"I have not talked with him about it.\"Sessions sits on three "
     "key Senate committees — armed services, budget and judiciary — and chairs the Immigration "
     "and the National Interest Subcommittee.As for Rice, 61, who served under President George W."
     " Bush, she has long ruled out seeking elective office.", "2016-06-11",
     [Q(3, "key Senate committees"), Q(61, None)]),
    ("bias", "Congress did pass the $4.6 billion in humanitarian aid for the border, but Mrs. Pelosi has "
     "shown no inclination to accept Mr. Trump’s request to tackle the “pull” factors in U.S. law "
     "that entice Central Americans to head north.", "2019-07-07",
     [Q(4.6e9, "USD")]),
    ("bias", "I’m outta here because they do not stand on the planks of the GOP platform, not one iota.”",
     "2015-12-19", []),
    ("bias", "At the rally Mr. Trump spent more than 10 minutes of a 50-minute speech taunting the news "
     "media.", "2017-04-29",
     [Q(10, "minute", "over"), Q(50, "minute")]),
    ("bias", "\"In the case of [this year's] speech, an election-year speech, the president will certainly "
     "be looking in some way to clarify the differences between the two parties,\" albeit without "
     "being overtly partisan about it, he added.", "2016-01-12",
     [D("2016"), Q(2, "parties")]),
    ("bias", "And, lastly, the federal government is required to pay down interest on our oversized debt "
     "level (which is already at $400 billion per year).", None,
     [Q(400e9, "USD per year")]),
    ("bias", "Also, the nearly $500 cost makes immigrants think carefully before applying, said Tom "
     "Jawetz, vice president of immigration policy at the Center for American Progress.", "2016-03-27",
     [Q(500, "USD", "about")]),
    ("bias", "Two years is our goal, but one year is our real goal,\" Trump said.", "2018-02-12",
     [Q(2, "year"), Q(1, "year")]),
    ("bias", "Since Trump’s inauguration, half a dozen senior advisers have left or been forced out of the"
     " West Wing.", "2017-10-05",
     [Q(6, "senior advisers")]),
    ("bias", "“In the final 36 hours, the Ellison campaign spent significant resources combating an "
     "11th-hour smear campaign that was sending targeted emails to Jewish DNC members,” texted an "
     "official on the Ellison campaign, speaking on the condition of anonymity because he was not "
     "authorized to discuss internal campaign matters.", "2017-02-26",
     [Q(36, "hour")]),
    ("polnear", "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from "
     "entering the United States, Hillary Clinton’s right-hand woman rallied supporters, saying: "
     "“We have to be ready to stop him.”", "2015-12-07",
     [D("2015-12-08")]),
    ("polnear", "It takes 2,383 delegates to win the Democratic nomination for president.", "2016-06-04",
     [Q(2383, "delegates")]),
    ("polnear", "In 2014, about 82 percent of murders involving white victims were committed by other white "
     "people, while only 14 percent were committed by black people, according to the FBI.", "2015-11-23",
     [D("2014"), Q(82, "percent", "about", "2014"), Q(14, "percent")]),
    ("polnear", "Sanders said he just barely trailed Clinton with 94 percent of precincts reporting.", "2016-02-01",
     [Q(94, "percent")]),
    ("polnear", "At his freewheeling townhall, where he was greeted with a standing ovation, Obama noted that"
     " two-thirds of the country’s population were born after 1975, when the war ended with North "
     "Vietnamese tanks rolling into Saigon to bring U.S.-backed South Vietnam under communist "
     "rule.", "2016-05-25",
     [Q(66.67, "percent", time="1975"), D("1975")]),
    ("polnear", "But in his second term ― and after the murder of 20 elementary school students in Newtown, "
     "Connecticut ― Obama made gun control a priority.", "2016-07-27",
     [Q(20, "elementary school students")]),
    ("polnear", "In addition to releasing the seven, the administration withdrew notices seeking the arrest "
     "of 14 fugitives overseas.", "2016-01-20",
     [Q(7, None), Q(14, "fugitives")]),
    ("polnear", "In its 20 years, the network has provided a path for Republican politicians and candidates "
     "to raise issues, set agendas and shape opinions.", "2016-07-25",
     [Q(20, "year")]),
    ("polnear", "\"The idea of tracking down and deporting 11 million people is absurd, inhumane, and "
     "un-American.", "2015-11-11",
     [Q(11e6, "people")]),
    ("polnear", "When Trump answered a question on free trade by asserting — in one sentence — that he uses "
     "H-1B visas to hire foreign workers for his vast business empire and that such visas are "
     "“frankly, very, very bad for workers,” not one of his three remaining opponents hit him for "
     "it.", "2016-03-10",
     [Q(1, "sentence"), Q(3, "remaining opponents")]),
    ("polnear", "Scarborough, who served in the House from 1995 to 2001, has also flirted with the idea of "
     "being Trump's running mate, though he has denied that he would seriously consider it.", "2016-05-06",
     [D("1995/2001")]),
    ("polnear", "Strategists for Barack Obama and Clinton all agree that her one off-key answer to a "
     "seemingly innocuous question in the closing seconds of a November 2007 primary debate was "
     "the catalyst for her eventual swoon in the polls.", "2016-09-01",
     [D("2007-11")]),
    ("polnear", "(Obama had collected 2.2million contributions at this stage in his re-election campaign.)",
     "2016-01-04", [Q(2.2e6, "contributions")]),
    ("polnear", "Trump leads Cruz by roughly 9 percentage points, 42%-32.7%, in the RealClearPolitics average"
     " of recent Hoosier polls.", "2016-05-03",
     [Q(9, "percentage points", "about"), Q(42, "percent"), Q(32.7, "percent")]),
    ("basil", "And on Monday, the executives of nine Indiana-based companies, including Angie's List and "
     "Anthem, sent a letter to Pence outlining their concerns.", "2015-03-30",
     [D("2015-03-30"), Q(9, "Indiana-based companies", time="2015-03-30")]),
    ("basil", "The New York Times reported the charges against Grimm \"will include mail fraud and wire "
     "fraud and focus on his conduct in connection with a health food restaurant he owned on the "
     "Upper East Side of Manhattan after he left the Federal Bureau of Investigation in 2006,\" "
     "citing someone familiar with the case.", "2014-04-25",
     [D("2006")]),
    ("basil", "Felipe Calderon, who was president of Mexico from 2006 to 2012, has also dismissed Trump's "
     "idea.", "2016-02-25",
     [D("2006/2012")]),
    ("basil", "The Christie administration closed down two of the three George Washington Bridge access "
     "lanes in Fort Lee, N.J., in September, in what appeared to be a political retribution scheme"
     " aimed at the borough's Democratic mayor.", "2014-01-23",
     [Q(2, None, time="2013-09"), Q(3, "George Washington Bridge access lanes", time="2013-09"), D("2013-09")]),
    ("basil", "Asked by one of Ms. Rice’s aides, “Is this the final language you want to use on Benghazi,” "
     "Mr. Rhodes replied with a single word: “Yup.”", "2013-05-15",
     []),
    ("basil", "“Rather than drag out this political charade into 2016 and selectively leak portions of a "
     "closed-door interview, the committee should schedule the public hearing, make her records "
     "public and refocus its efforts on the attacks in Benghazi,” he said.", "2015-03-31",
     [D("2016")]),
    ("basil", "The White House did not disclose what those options were, but people briefed on the matter "
     "said one option was an appointment to the president’s Intelligence Advisory Board, a panel "
     "of prominent Americans outside government who provide independent oversight of the nation’s "
     "spy apparatus and advise the president.", "2010-05-27",
     []),
    ("basil", "\"No one influences the reporting that The National Enquirer does other than our own "
     "reporters and editors.", "2016-03-25",
     []),
    ("basil", "\"He stole $700 billion from Medicare to fund Obamacare,\" said RNC Chair Reince Priebus.",
     "2012-08-14", [Q(700e9, "USD")]),
    ("basil", "Trump spokeswoman Katrina Pierson responded to claims that she is one of the mystery women "
     "referred to in the article, stating on Twitter that the allegation is “stupidity on all "
     "levels.”", "2016-03-25",
     []),
    ("basil", "Last week, LePage tried to back up that statement ― which had been widely criticized at the "
     "time ― by saying he keeps a binder of drug dealers arrested in Maine and “90-plus percent of"
     " those pictures” in his book are of black and Hispanic individuals.", "2016-08-31",
     [D("2016-W34"), Q(90, "percent", "at least")]),
    ("basil", "Family members of the victims of the terrorist attacks have pushed for such a measure for "
     "years, and they have pressured members of Congress to move ahead with the legislation in the"
     " days leading up to the 15th anniversary of the attacks.", "2016-09-28",
     []),
    ("allsides", "An influential federal advisory panel overwhelmingly rejected a plan Friday to give Pfizer "
     "COVID-19 booster shots to most Americans, but it endorsed the extra shots for those who are "
     "65 or older or run a high risk of severe disease.", "2021-09-17",
     [D("2021-09-17"), Q(65, None, "at least")]),
    ("allsides", "A key panel at the Centers for Disease Control and Prevention on Thursday recommended the "
     "Pfizer-BioNTech coronavirus booster shots for people 65 years old and older, as well as "
     "those at high risk of severe COVID-19.", "2021-09-23",
     [D("2021-09-23"), Q(65, "year", "at least")]),
    ("allsides", "Senators voted 54-35 on the House-passed bill, falling short of the 10 GOP votes needed to "
     "get it over an initial hurdle.", "2021-05-28",
     [Q(54, None), Q(35, None), Q(10, "GOP votes")]),
    ("allsides", "The Legislature is in this year's third special legislative session, which ends Oct. 19.",
     "2021-10-12", [D("2021"), D("2021-10-19")]),
    ("allsides", "The move is the most recent development in a series of actions taken by members of both "
     "parties over the past week with regard to the formation of the January 6 Select Committee.", "2021-07-23",
     [D("2021-W28")]),
    ("allsides", "Details: The removals include 67,286 voter files \"associated...", "2021-06-20",
     [Q(67286, "voter files")]),
    ("allsides", "President Joe Biden called their arrival “an important milestone as we continue to fulfill "
     "our promise to the thousands of Afghan nationals who served shoulder-to-shoulder with "
     "American troops and diplomats over the last 20 years in Afghanistan,” in...", "2021-07-30",
     [Q(20, "year")]),
    ("allsides", "The Taliban say five people have been killed and 10 injured, but medical sources say the "
     "death toll stands at 10 with over 30 injured...", "2021-10-03",
     [Q(5, "people"), Q(10, None), Q(10, None), Q(30, None, "over")]),
    ("allsides", "Millions of retirees on Social Security will get a 5.9% boost in benefits for 2022.", "2021-10-13",
     [Q(5.9, "percent", time="2022"), D("2022")]),
    ("allsides", "In an interview with John Catsimatidis on WABC 770 AM, Paterson discussed the task ahead for"
     " Hochul and the changes that will come when she assumes her new role as governor.", "2021-08-16",
     []),
    ("allsides", "The Senate voted 50-48 Thursday evening to extend the nation's debt limit through early "
     "December after Democrats and Republicans reached a deal to avert economic disaster following"
     " weeks of partisan deadlock over the issue.", "2021-10-08",
     [Q(50, None, time="2021-10-07"), Q(48, None, time="2021-10-07"), D("2021-10-07"), D("2021-12")]),
    ("allsides", "Biden said in his own proclamation signed Friday afternoon that the October 2019 order \"does"
     " not advance the interests of the United States.\"", "2021-05-16",
     [D("2021-05-14"), D("2019-10")]),
    ("allsides", "About 200 Americans and other western foreigners are expected to be flown out of Kabul "
     "airport later Thursday on a Qatar Airways flight that delivered humanitarian aid to "
     "Afghanistan, US and Qatari officials said.", "2021-09-09",
     [Q(200, "Americans and other western foreigners", "about", "2021-09-09"), D("2021-09-09")]),
    ("allsides", "The 8-1 ruling broadened First Amendment protections in an era when school children are in "
     "nearly constant contact with one another through social media and text messages.", "2021-06-23",
     [Q(8, None), Q(1, None)]),
    ("allsides", "The bill, which needed 60 votes for passage in the evenly divided Senate, was approved by a "
     "94-1 vote.", "2021-04-22",
     [Q(60, "votes"), Q(94, None), Q(1, None)]),
    ("allsides", "Gov. Gretchen Whitmer used the law to issue sweeping health and safety restrictions in the "
     "early days of the COVID-19 pandemic, moves that eventually garnered pushback from "
     "Republicans...", "2021-07-24",
     []),
]

def _sources_text(bias_residues: tuple[int, ...] = (525, 569, 219, 394, 656, 481, 612, 137)) -> str:
    """The texts the draws were drawn from (the bias-corpus articles of the draws' residues modulo 700, all PolNeAR
    train, BASIL and AllSides texts), squashed like the sentences, to check every sentence is real."""
    parts: list[str] = []
    with gzip.open(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 700 in bias_residues:
                parts.append(json.loads(line)["text"])
    for path in sorted((SHARED / "eval" / "polnear" / "train" / "text").glob("*.txt")):
        parts.append(path.read_text(encoding="utf-8"))
    for path in sorted((SHARED / "eval" / "basil" / "articles").glob("*/*.json")):
        paragraphs = json.loads(path.read_text(encoding="utf-8"))["body-paragraphs"]  # a list or its Python literal
        paragraphs = ast.literal_eval(paragraphs) if isinstance(paragraphs, str) else paragraphs
        parts.append(" ".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs))
    for line in (SHARED / "eval" / "allsides" / "roundups.jsonl").read_text(encoding="utf-8").splitlines():
        for side in json.loads(line)["news"].values():
            body = side.get("newBody") or ""
            parts.append(body if isinstance(body, str) else " ".join(body))
    return _squash(" ".join(parts))


def test_draw_tables_are_large_and_real() -> None:
    draws = [TENTH, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH]
    assert min(len(draw) for draw in draws) >= 60
    sources = _sources_text()
    for source, sentence, _, _ in (row for draw in draws for row in draw):
        assert _squash(sentence)[:80] in sources, (source, sentence)


#: First run of TENTH (commit "a tenth fresh draw", on the rules of session 3's first fixes — "one" contrasted,
#: promises set no target, attributive figures undated — before any change TENTH prompted): the honest figure.
TENTH_ACCURACY_FIRST_RUN = 0.803  # 49 of 61, with the parse (as the claims stage runs it) and without alike
#: TENTH 0.934 (57 of 61) with the parse and without, after the fixes it prompted (tuned), minus a margin.
MIN_TENTH_ACCURACY = 0.93  # 0.951 with session 4's rules
MIN_TENTH_ACCURACY_WITHOUT_PARSE = 0.89  # 0.902 since the time field follows the scope rule


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every draw sentence parsed once, in batches, as the claims stage parses an article's segments."""
    return parse_sentences(
        nlp, [TENTH, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH]
    )


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "half" takes its noun phrase without "of"; "a half-dozen" and "half a dozen" are six.
        ("Half the country disagrees.", None, (50.0, "percent", "exact", None)),
        ("Fewer than a half-dozen fighters remain.", None, (6.0, "fighters", "under", None)),
        ("About half a dozen aides left.", None, (6.0, "aides", "about", None)),
        # "by" a date sets a target only when the date lies ahead of the publication date.
        ("Emissions will fall by 2030.", "2024-05-01", (None, "date", "target", "2030")),
        ("By 2017 such attitudes are mainstream.", "2017-09-07", (None, "date", None, "2017")),
        # Holidays on a fixed day, resolved like a month and day.
        ("The shop closes on Christmas Eve.", "2020-12-01", (None, "date", None, "2020-12-24")),
        ("They want 70% vaccinated by the Fourth of July.", "2021-06-15",
         (70.0, "percent", "target", "2021-07-04")),
        # A weekday in a future clause is the coming one; after a report verb it is the last one.
        ("Biden will unveil the plan on Friday.", "2021-05-27", (None, "date", None, "2021-05-28")),
        ("Prices will rise, the minister said Friday.", "2021-05-27", (None, "date", None, "2021-05-21")),
        # "one" with a limiting word counts; "one" as "a certain" does not.
        ("The arrest came just one day before the session.", None, (1.0, "day", "exact", None)),
        ("At least one GOP insider would seek another term.", None, (1.0, "GOP insider", "at least", None)),
    ],
)
def test_shapes_of_the_tenth_draw(
    sentence: str, published: str | None, expected: tuple[float | None, str, str | None, str | None]
) -> None:
    found = [(q.value, q.unit, q.qualifier, q.time) for q in find_quantities(sentence, published=published)]
    assert expected in found, found


@pytest.mark.parametrize("sentence", ["They have already chalked up one big win.", "One GOP senator said no.",
                                      "It is seeking info from 501 c3,4,5 organizations."])
def test_no_quantity(sentence: str) -> None:
    assert find_quantities(sentence) == ()


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.sampled_from(_WEEKDAYS),
       st.booleans())
def test_weekdays_resolve_within_a_week_of_publication(published: date, weekday: str, ahead: bool) -> None:
    sentence = f"The council will vote on {weekday}." if ahead else f"The council voted on {weekday}."
    (found,) = find_quantities(sentence, published=published.isoformat())
    assert found.time is not None
    day = date.fromisoformat(found.time)
    assert day.strftime("%A") == weekday
    week = timedelta(days=6)
    lowest, highest = (published, published + week) if ahead else (published - week, published)
    assert lowest <= day <= highest

#: First run of ELEVENTH (commit "an eleventh fresh draw", on the rules fixed after TENTH, before any change ELEVENTH
#: prompted): the honest figure for the rules of session 3.
ELEVENTH_ACCURACY_FIRST_RUN = 0.750  # 48 of 64 with the parse (as the claims stage runs it)
ELEVENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.719  # 46 of 64
#: ELEVENTH 0.906 (58 of 64) with the parse, 0.828 (53 of 64) without, after the fixes it prompted (tuned), minus a
#: margin.
MIN_ELEVENTH_ACCURACY = 0.93  # 0.953 with session 4's rules
MIN_ELEVENTH_ACCURACY_WITHOUT_PARSE = 0.81


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The Senate can act between April 15 and May 15, 2016 on it.", None,
         (None, "date", None, "2016-04-15/2016-05-15")),
        ("It came during her kickoff in New York last June.", "2016-06-08", (None, "date", None, "2015-06")),
        ("Cantor spent more than $1 million in April and May alone.", "2014-06-10", (None, "date", None, "2014-05")),
        ("The House committee investigating the Jan. 6 Capitol riot met.", "2021-10-14",
         (None, "date", None, "2021-01-06")),
        ("Male unemployment was surging past 10 percent.", None, (10.0, "percent", "over", None)),
        ("Last weekend, a photo was sent to a 21-year-old student.", "2011-06-01", (21.0, "year", "exact", None)),
    ],
)
def test_shapes_of_the_eleventh_draw(
    sentence: str, published: str | None, expected: tuple[float | None, str, str | None, str | None]
) -> None:
    found = [(q.value, q.unit, q.qualifier, q.time) for q in find_quantities(sentence, published=published)]
    assert expected in found, found


@pytest.mark.parametrize("sentence", ["B.L., court file 20-255, was heard.", "The event was held by Club 45 USA.",
                                      "A sniper was targeting and killing five officers."])
def test_eleventh_no_misread(sentence: str) -> None:
    assert all(q.qualifier != "target" and q.value not in (20.0, 45.0, 255.0) for q in find_quantities(sentence))


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # The clause's date dates every figure of the clause, whatever it counts.
        ("The three states last voted for a Republican presidential nominee in 1988.", "2016-04-23",
         [(3.0, "1988"), (None, "1988")]),
        # A date on the saying does not date what is said; the said clause's own date does.
        ("Corker said Wednesday that 98 senators voted last year to review the deal.", "2015-05-01",
         [(None, "2015-04-29"), (98.0, "2014"), (None, "2014")]),
        # A date in a participle on the counted noun dates the count.
        ("The 13 service members killed in Kabul on Thursday died in gruesome violence.", "2021-08-30",
         [(13.0, "2021-08-26"), (None, "2021-08-26")]),
        # A date inside one conjunct dates only that one; a date before the verbs dates them all.
        ("They jumped again in June and are up 5.6% over the year.", "2020-07-14", [(None, "2020-06"), (5.6, None)]),
        ("Cuomo on Tuesday declared an emergency and announced $138 million in new spending.", "2021-07-07",
         [(None, "2021-07-06"), (138e6, "2021-07-06")]),
        # A date naming a thing, and the baseline of a comparison, date nothing.
        ("Claims fell 19,000 to 326,000, the fewest since January 2008.", "2013-08-01",
         [(19000.0, None), (326000.0, None), (None, "2008-01")]),
    ],
)
def test_a_figure_takes_the_date_whose_scope_holds_it(
    sentence: str, published: str, expected: list[tuple[float | None, str | None]], nlp: Language
) -> None:
    """The time convention of the quantities module, with the parse (as the claims stage reads sentences)."""
    found = find_quantities(sentence, published=published, span=nlp(sentence)[:])
    assert [(q.value, q.time) for q in found] == expected, found


#: First run of TWELFTH (commit "a twelfth fresh draw", on the rules fixed after ELEVENTH, before any change TWELFTH
#: prompted): the honest figure for the rules at the end of session 3.
TWELFTH_ACCURACY_FIRST_RUN = 0.892  # 58 of 65 with the parse (as the claims stage runs it)
TWELFTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.846  # 55 of 65
#: TWELFTH 0.938 (61 of 65) with the parse, 0.892 (58 of 65) without, after the fixes it prompted (tuned), minus a
#: margin.
MIN_TWELFTH_ACCURACY = 0.92
MIN_TWELFTH_ACCURACY_WITHOUT_PARSE = 0.87


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("They rose to stardom in the early '90s.", None, (None, "date", None, "1990s")),
        ("Growth was steady from January to March.", "2021-05-07", (None, "date", None, "2021-01/2021-03")),
        ("A plan is due no later than six months before the election.", None, (6.0, "month", "at least", None)),
        ("It would tax just the top 2 or 3 percent.", None, (2.0, "percent", "range", None)),
    ],
)
def test_shapes_of_the_twelfth_draw(
    sentence: str, published: str | None, expected: tuple[float | None, str, str | None, str | None]
) -> None:
    found = [(q.value, q.unit, q.qualifier, q.time) for q in find_quantities(sentence, published=published)]
    assert expected in found, found


@pytest.mark.parametrize("sentence", ["Carson has dropped out of the top three in the rankings.",
                                      "The prisoner, who is in his mid-50s, was cleared."])
def test_twelfth_no_quantity(sentence: str) -> None:
    assert find_quantities(sentence) == ()

#: First run of THIRTEENTH (commit "a thirteenth fresh draw", on the rules fixed after TWELFTH, before any change it
#: prompted): the honest figure for the rules at the end of session 3.
THIRTEENTH_ACCURACY_FIRST_RUN = 0.844  # 54 of 64 with the parse (as the claims stage runs it)
THIRTEENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.812  # 52 of 64
#: THIRTEENTH 0.969 (62 of 64) with the parse, 0.938 (60 of 64) without, after the fixes it prompted (tuned), minus a
#: margin.
MIN_THIRTEENTH_ACCURACY = 0.95
MIN_THIRTEENTH_ACCURACY_WITHOUT_PARSE = 0.92


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Congress waited a month or two to act.", None, (1.0, "month", "range", None)),
        ("In one day, we raised $18,000.", None, (1.0, "day", "exact", None)),
        ("He denied it before this weekend's final.", "2015-03-31", (None, "date", None, "2015-W14")),
        ("Just this past June, the magazine ran it.", "2011-08-09", (None, "date", None, "2011-06")),
        ("The U.S. would donate another half billion doses.", None, (5e8, "doses", "exact", None)),
    ],
)
def test_shapes_of_the_thirteenth_draw(
    sentence: str, published: str | None, expected: tuple[float | None, str, str | None, str | None]
) -> None:
    found = [(q.value, q.unit, q.qualifier, q.time) for q in find_quantities(sentence, published=published)]
    assert expected in found, found


@pytest.mark.parametrize("sentence", ["Sites went down a little before 1100 BST on the day.",
                                      "Leaders met on the first day of the Group of 7 summit.",
                                      "It filed a separate one Graham brought against Rubio."])
def test_thirteenth_no_quantity(sentence: str) -> None:
    assert [q for q in find_quantities(sentence) if q.unit != "date"] == []

#: First run of FOURTEENTH (commit "a fourteenth fresh draw", on the rules fixed after THIRTEENTH, before any change it
#: prompted): the honest figure for the rules at the end of session 3. Two of its misses came from this session's own
#: changes ("One report Saturday morning …" counted once "One" opening a sentence no longer meant "a certain" when
#: another figure was near; "three and a half million" read as "a half million").
FOURTEENTH_ACCURACY_FIRST_RUN = 0.774  # 48 of 62 with the parse (as the claims stage runs it)
FOURTEENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.694  # 43 of 62
#: FOURTEENTH 0.887 (55 of 62) with the parse, 0.855 (53 of 62) without, after the fixes it prompted (tuned), minus a
#: margin.
MIN_FOURTEENTH_ACCURACY = 0.90  # 0.919 with session 4's rules
MIN_FOURTEENTH_ACCURACY_WITHOUT_PARSE = 0.83


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It would cost three and a half million jobs.", (3.5e6, "jobs", "exact")),
        ("I have got 10+ emails from Ryan.", (10.0, "emails", "at least")),
        ("Survivors are now between the ages of 101 and 107.", (101.0, None, "range")),
        ("It would require a carbon tax of $700 per ton of carbon dioxide.", (700.0, "USD per ton", "exact")),
        ("More than 400 millionaires and billionaires will ask Congress.", (400.0, "millionaires and billionaires",
                                                                            "over")),
    ],
)
def test_shapes_of_the_fourteenth_draw(sentence: str, expected: tuple[float, str | None, str]) -> None:
    assert expected in [(q.value, q.unit, q.qualifier) for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence", ["One report placed the Taliban just 7 miles away.",
                                      "The first half of his career he played gunmen."])
def test_fourteenth_no_misread(sentence: str) -> None:
    assert all(q.value != 1.0 and q.unit != "percent" for q in find_quantities(sentence))

#: First run of FIFTEENTH (commit "a fifteenth fresh draw", on the rules fixed after FOURTEENTH — the rules as session 3
#: leaves them): the honest figure, with the parse and without alike.
FIFTEENTH_ACCURACY_FIRST_RUN = 0.769  # 50 of 65
#: One of its 15 misses was the annotation's, not the rules' ("three different US grand strategies" annotated with
#: "different", which the convention drops); corrected, the same rules score 0.785 (51 of 65) with the parse, 0.769
#: (50 of 65) without (the regex fallback keeps "different"). FIFTEENTH is left
#: untuned: its gate pins that figure minus a margin, the only gate of the quantities tables on text no rule was fixed
#: for.
#: Session 4 fixed general shapes some of FIFTEENTH's misses showed (names continuing a naming noun, a day before
#: a name, 'one … the next', 'one day after'), so it is tuned now: 0.938 with the parse, 0.877 without.
MIN_FIFTEENTH_ACCURACY = 0.92
MIN_FIFTEENTH_ACCURACY_WITHOUT_PARSE = 0.86


#: First run of SIXTEENTH (commit "a sixteenth fresh draw", on the rules after session 4's time rule and general fixes,
#: before any change it prompted): the honest figure for those rules. Of its 12 misses two were the time field (a sum
#: dated by a participle on what it measures; a count dated by a relative clause after a dash), the rest: "Canadian
#: dollars", a day's year (x2), a tally followed by its noun, a quoted counted noun, "-plus" rates, "over the last
#: year" read as 2014, "upward of", a counted noun "past and present … senators", "a 911 call".
SIXTEENTH_ACCURACY_FIRST_RUN = 0.818  # 54 of 66 with the parse (as the claims stage runs it)
SIXTEENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.788  # 52 of 66
#: SIXTEENTH 0.939 with the parse (62 of 66), 0.894 without, after the fixes it prompted (tuned), minus a
#: margin.
MIN_SIXTEENTH_ACCURACY = 0.92
MIN_SIXTEENTH_ACCURACY_WITHOUT_PARSE = 0.87


#: First run of SEVENTEENTH (commit "a seventeenth fresh draw", on the rules fixed after SIXTEENTH, the rules as
#: session 4 leaves them): the honest figure. Left untuned in session 4. Its 7 misses
#: with the parse: the year of a month after "early" in a future or "through" clause (x2), "2.2million" glued,
#: "42%-32.7%", "Americans and other western foreigners" counted as "Americans", an age ("people 65 years old and
#: older") dated and read exact, "a 5.9% boost in benefits for 2022" left undated (the parse hangs "for 2022" on
#: "benefits").
SEVENTEENTH_ACCURACY_FIRST_RUN = 0.891  # 57 of 64 with the parse (as the claims stage runs it)
SEVENTEENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.797  # 51 of 64
#: Session 5 fixed the general shapes behind those misses (glued scale words, pairs with units on both sides, ages,
#: the year of a month from the clause's tense, stacked noun phrases, a conjoined noun with adjectives), so it is
#: tuned now: 1.000 with the parse, 0.844 without; minus a margin.
MIN_SEVENTEENTH_ACCURACY = 0.97
MIN_SEVENTEENTH_ACCURACY_WITHOUT_PARSE = 0.82


#: Each draw with its pinned minimums (with the parse, as the claims stage runs it, and without).
DRAW_GATES = [
    ("tenth", TENTH, MIN_TENTH_ACCURACY, MIN_TENTH_ACCURACY_WITHOUT_PARSE),
    ("eleventh", ELEVENTH, MIN_ELEVENTH_ACCURACY, MIN_ELEVENTH_ACCURACY_WITHOUT_PARSE),
    ("twelfth", TWELFTH, MIN_TWELFTH_ACCURACY, MIN_TWELFTH_ACCURACY_WITHOUT_PARSE),
    ("thirteenth", THIRTEENTH, MIN_THIRTEENTH_ACCURACY, MIN_THIRTEENTH_ACCURACY_WITHOUT_PARSE),
    ("fourteenth", FOURTEENTH, MIN_FOURTEENTH_ACCURACY, MIN_FOURTEENTH_ACCURACY_WITHOUT_PARSE),
    ("fifteenth", FIFTEENTH, MIN_FIFTEENTH_ACCURACY, MIN_FIFTEENTH_ACCURACY_WITHOUT_PARSE),
    ("sixteenth", SIXTEENTH, MIN_SIXTEENTH_ACCURACY, MIN_SIXTEENTH_ACCURACY_WITHOUT_PARSE),
    ("seventeenth", SEVENTEENTH, MIN_SEVENTEENTH_ACCURACY, MIN_SEVENTEENTH_ACCURACY_WITHOUT_PARSE),
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


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # Names: a list continuing a naming noun, a day before a capitalised name, a capitalised day word in a name.
        ("During phase one and two, classes should stay small.", None, []),
        ("The cable warned that the 17 February Brigade, the guards, was compromised.", None, []),
        ("The poll came from a USA Today analysis.", None, []),
        # A day before a noun phrase holding a name is a date; "last decade" is the decade before.
        ("He said so in a June 2 Facebook post.", "2021-06-05", [(None, "date", "2021-06-02")]),
        ("They held the seat for two terms last decade.", "2014-08-10",
         [(2.0, "terms", "2000s"), (None, "date", "2000s")]),
        # A change by a fraction is a percent.
        ("Cutting legal immigration in half or by a third is a nonstarter.", None,
         [(50.0, "percent", None), (33.33, "percent", None)]),
        # "one … the next" is a correlative; "one day after" a span measured from a point.
        ("One minute he is on camera and the next he is gone.", None, []),
        ("He signed it on Thursday, one day after refusing.", "2015-04-02",
         [(None, "date", "2015-04-02"), (1.0, "day", None)]),
        # An adjective standing for its noun is not what the number counts.
        ("Five polls showed disapproval, with three favorable.", None, [(5.0, "polls", None), (3.0, None, None)]),
        # Prompted by SIXTEENTH: a tally spelt with "to", a currency with its nationality, "-plus" and rate
        # adjectives, a whole counted phrase in quotes, "the last year" as a span, a month after another month.
        ("Trump won by a margin of 304 to 227 Electoral College votes.", None,
         [(304.0, None, None), (227.0, None, None)]),
        ("They paid bribes to the tune of 48 million Canadian dollars.", None, [(48e6, "CAD", None)]),
        ("Some charge $350-plus hourly rates.", None, [(350.0, "USD per hour", None)]),
        ("The contest was held among 6,000 “tech minds” this year.", "2020-04-13",
         [(6000.0, "tech minds", "2020"), (None, "date", "2020")]),
        ("Sentiment over the last year has been higher than in any year since 2004.", "2015-11-09",
         [(None, "date", "2004")]),
        ("Ads planned for December and January cost $27 million.", "2015-11-27",
         [(None, "date", "2015-12"), (None, "date", "2016-01"), (27e6, "USD", None)]),
        ("NBC edited out a portion of a frantic 911 call.", None, []),
        # A season of a year is its months (prompted by FOURTEENTH).
        ("I hope we can get some good control in the spring of 2022.", "2021-08-01",
         [(None, "date", "2022-03/2022-05")]),
    ],
)
def test_shapes_of_session_four(
    sentence: str, published: str | None, expected: list[tuple[float | None, str | None, str | None]], nlp: Language
) -> None:
    found = find_quantities(sentence, published=published, span=nlp(sentence)[:])
    assert [(q.value, q.unit, q.time) for q in found] == expected, found
