"""Quantities, second blind table: sentences from sources the rules were never tuned on.

Drawn by ``/tmp``-free fixed rules so anyone can redraw them: every 700th article of
``../shared/corpus/bias-corpus/articles.jsonl.gz`` and every 70th PolNeAR *train* text, one sentence each holding a
digit or a number word, picked with ``random.Random(2026)``. Five scraping leftovers (video captions with a running
time, a URL, an HTML attribute) were dropped because the cleaning stage removes them before claims are read;
everything else was kept, including sentences where a number word is not a quantity ("no one", "one of").
Published dates are the bias corpus's own (None where it has none, and for PolNeAR, as in the first table).
Expectations were written by reading each sentence, with the conventions of ``test_quantities.TABLE`` (unit = the
counted noun phrase as written, minus words like "new"/"additional"/"most"; ages and vote tallies have no unit;
clock times, ordinals, model and reference numbers are not quantities).

Measured (``.venv/bin/pytest tests/test_quantities_blind.py``):
- BLIND on the rules as frozen by the first helper (before any change): 0.721 (44 of 61) — an honest figure;
- BLIND after the general fixes it prompted: 0.967 (59 of 61) — tuned, not a measure of generalisation;
- VALIDATION (a second fresh draw, annotated before running the fixed rules on it): 0.695 (41 of 59) — the honest
  figure for those rules; 0.932 (55 of 59) after the general fixes it prompted (tuned);
- FINAL (a third fresh draw, annotated before running the rules fixed after VALIDATION): 0.714 (45 of 63) — the
  honest figure for the rules at that point (commit of "a third fresh draw"); 0.889 (56 of 63) after the general
  fixes it prompted (tuned).
Reading: each round of general fixes lifts the table it was drawn from to 0.93–0.97, but every fresh draw lands near
0.70–0.72. The rules generalise at about 0.7 per sentence (a sentence counts only when every quantity in it is
right), well short of the issue's 0.95; the long tail (idioms with "one", titles with numbers, list markers, clock
times, tense of undated days) keeps producing new shapes. Six further fresh draws, run with the sentence's parse as the
claims stage runs them, are in ``test_quantities_fresh.py`` (first runs 0.75–0.83).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storylens.extract.quantities import find_quantities
from tests.test_quantities import D, Q, _correct, _squash

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (source, sentence, published, expected quantities in reading order)
BLIND: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Rahami visited Karachi, Pakistan, in 2005.", "2016-09-20", [D("2005")]),
    ("bias", "With 12 percent of the vote, Texas Sen.", "2016-02-10", [Q(12, "percent", measure="vote")]),
    ("bias", "Because McConnell and Schumer were unable to reach an agreement on timing for the votes, senators were "
     "stuck in the chamber until 1 a.m.", "2020-01-22", []),
    ("bias", "In October 2018, a Lion Air 737 Max crashed into the Java Sea.", "2019-12-24", [D("2018-10")]),
    ("bias", "But they can't bring themselves to admit that the play that paid off so big in 2011 won't work ever "
     "again.", "2014-02-13", [D("2011")]),
    ("bias", "Clyburn [3rd ranking Democrat in the US House of Representatives] said Mr.", "2016-01-26", []),
    ("bias", "They jumped again in June and are up 5.6% over the year.", "2020-07-14",
     [D("2020-06"), Q(5.6, "percent")]),
    ("bias", "There is a reason that fewer than 2 percent of American women use some sort of fertility awareness "
     "method to prevent pregnancy—and is likely also the reason that only 118 people signed on to watch the "
     "fertility webinar air live.", None,
     [Q(2, "percent", "under", measure="American women"), Q(118, "people")]),
    ("bias", "Jindal also said though the party needs to modernize, he emphasized that it can reach an increasingly "
     "diverse electorate without becoming “a 2nd Democratic party.”", "2012-11-15", []),
    ("bias", "Netanyahu is desperate to remain as prime minister as he prepares to go on trial on March 17.", None,
     [D("--03-17")]),
    ("bias", "It was far from a one-sided fight, however.", "2016-03-28", []),
    ("bias", "In the 1830s, the brilliant French observer Alexis de Tocqueville argued that the problems of American "
     "democracy can only be solved by the uses of democracy.", "2015-10-23", [D("1830s")]),
    ("bias", "No one was more dismayed to see the Republicans nominate Donald Trump than I, and no one was more "
     "surprised to see Trump win the election.", "2017-02-07", []),
    ("bias", "Roughly 800,000 federal workers have been furloughed without pay, and it would take an act of Congress "
     "to retroactively pay them for the missed days.", "2013-10-04", [Q(800000, "federal workers", "about")]),
    ("bias", "Two major Indian telecom firms, Vodafone and Airtel, on Thursday said they have cut mobile services in "
     "parts of New Delhi on government orders.", None,
     [Q(2, "major Indian telecom firms", time="Thursday"), D("Thursday", "relative")]),
    ("bias", "This is for those immigrants who follow step two.", "2013-03-04", []),
    ("bias", "Trump has largely been shunned by foreign-policy veterans of past Republican administrations, more "
     "than 100 members of whom recently signed an open letter saying they would not join his administration; "
     "some have threatened to vote for Hillary Clinton over Trump in November.", "2016-04-27",
     [Q(100, "members", "over"), D("2016-11")]),
    ("bias", "McKeon of California, chairman of the House Armed Services Committee, and Senator John McCain of "
     "Arizona, the ranking Republican on the Senate Armed Services Committee — voted to create them; 28 Senate "
     "Republicans and 174 House Republicans voted for the Budget Control Act, overwhelming the opposition.",
     "2012-06-04", [Q(28, "Senate Republicans"), Q(174, "House Republicans")]),
    ("bias", "In phase one, the administration says vulnerable individuals should continue to shelter at home, "
     "gatherings of 10 or more people will be prohibited, schools would remain closed, and employees would be "
     "strongly encouraged to work from home whenever possible.", "2020-04-20", [Q(10, "people", "at least")]),
    ("bias", "He also called any of his potential business dealings with Russia “peanut stuff.” [nL1N1YH067]",
     "2018-12-13", []),
    ("bias", "I have argued for two months that Clinton’s legal woes are either grave or worse than grave.",
     "2016-01-14", [Q(2, "month")]),
    ("bias", "Ambassador Susan Rice's comments five days after the Sept. 11 attack that the violence was a "
     "\"spontaneous\" result of protests against an anti-Islam film.", "2012-12-18",
     [Q(5, "day"), D("2012-09-11")]),
    ("bias", "Or a selfish climber who figured he could run for president in 2016 if Mr.", "2012-11-01",
     [D("2016")]),
    ("bias", "During one late-night Twitter spree, Trump retweeted a message that included the name of the "
     "individual alleged to be the whistleblower whose complaint helped trigger the impeachment inquiry.",
     "2020-01-06", []),
    ("bias", "A review of polls of presidential scholars since 1948, but especially since 1962, reveals that all of "
     "the top great or near-great presidents, except for Thomas Jefferson and Theodore Roosevelt, were involved "
     "in war during their presidencies.", "2012-10-28", [D("1948"), D("1962")]),
    ("bias", "It has reported 11,000 service members to the database, but almost all of them were because of "
     "dishonorable discharges, which prohibit gun purchases.", "2017-11-06", [Q(11000, "service members")]),
    ("bias", "When the Uranium One deal was approved, the geopolitical backdrop was far different from today’s.",
     "2015-04-24", []),
    ("bias", "Our Democratic colleagues made the Senate jump over five times as many hurdles as in the equivalent "
     "periods in the Carter, Reagan, Bush, Clinton, Bush and Obama administrations combined.", "2019-04-02",
     [Q(5, "times")]),
    ("bias", "Conditt likely recorded the video between 9 p.m. and 11 p.m. on Tuesday.", "2018-03-22",
     [D("2018-03-20")]),
    ("bias", "On Wednesday a Congressional tax committee submitted a request for six years of the president's "
     "returns from the Internal Revenue Service (IRS).", None, [D("Wednesday", "relative"),
                                                                Q(6, "year", time="Wednesday")]),
    ("bias", "“I am alarmed at the events that occurred over the weekend, where peaceful protestors were met by guns "
     "and a violent assault,” she tweeted June 29.", "2020-07-21", [D("2020-06-29")]),
    ("bias", "Manafort faces charges in two federal courts that include conspiracy to launder money, failure to "
     "register as a foreign agent when he lobbied for the pro-Russia Ukraine government, bank fraud and tax "
     "fraud.", "2018-05-02", [Q(2, "federal courts")]),
    ("bias", "The RealClearPolitics rolling average of a two-way matchup shows a Trump jump of about three and half "
     "percentage points.", "2016-07-25", [Q(3.5, "percentage points", "about")]),
    ("bias", "In 2008 he ran for president again, but failed to gain the political traction he needed and dropped "
     "out again.", None, [D("2008")]),
    ("bias", "No one does pseudo-psychoanalysis better than Keith Ablow, resident quack at Faux News.",
     "2014-12-01", []),
    ("bias", "It’s a group of people with firm convictions and a coherent ideological worldview — not unlike "
     "orthodox Marxists back in the early 1900s.", "2015-06-17", [D("1900s")]),
    ("bias", "Conyers, 88, the longest-serving House member, has served in the House for decades.", "2017-11-21",
     [Q(88, None)]),
    ("bias", "“I think I just heard this morning that one of the officers from Oklahoma passed away.", "2020-07-01",
     [D("2020-07-01")]),
    ("bias", "Kent Conrad of North Dakota and other Democratic centrists who rebuffed the public option during the "
     "Obamacare debate of 2009-10 but no longer serve on Capitol Hill.", "2016-07-27", [D("2009/2010")]),
    ("bias", "So while Pelosi was reelected unanimously by voice vote to the top House Democratic post on Tuesday "
     "during a closed-door party meeting — with no audible disagreement, according to a source in the room — the "
     "incoming minority leader is about to be in the worst position with her caucus since the end of their "
     "short-lived majority in 2010.", "2014-11-17", [D("2014-11-11"), D("2010")]),
    ("bias", "The reflexive Democratic affiliation of most of the major media is a simple fact of life that you’d "
     "have to be foolish or dishonest to deny: Hell, I got the business about being a conservative when I was "
     "being considered for a copy-editor’s job a million years ago at the Philadelphia Inquirer — working in the "
     "sports section.", "2017-02-19", [Q(1e6, "year")]),
    ("bias", "Media playback is unsupported on your device Media caption Tomahawk missiles were just one element of "
     "the attack, as Richard Lister reports", None, []),
    ("bias", "On the assault rifle ban: Banning one type of gun is not going to help.", "2013-01-17", []),
    ("bias", "The U.S. at the time threatened to withhold roughly $1 billion in loan guarantees if Shokin was not "
     "replaced as prosecutor general, a message Joe Biden delivered to officials in Kyiv while serving as vice "
     "president and recounted during a 2018 Council on Foreign Relations conference — video of which Bondi "
     "displayed during her presentation.", "2020-01-27",
     [Q(1e9, "USD", "about", measure="loan guarantees"), D("2018")]),
    ("bias", "With Obama making plain his plans to push immigration soon, leading establishment Republicans — fresh "
     "off Mitt Romney getting his clocked cleaned by 44 percentage points among Hispanics last month — insist "
     "they are now very much open to a comprehensive package, including eventual citizenship for illegal "
     "immigrants.", "2012-12-10", [Q(44, "percentage points", time="2012-11"), D("2012-11")]),
    ("bias", "Sanders, an independent who built a national network of fervent supporters while running for the "
     "party’s nomination in 2016, has consistently ranked among the most popular candidates since he entered the "
     "race.", "2020-01-17", [D("2016")]),
    ("bias", "Even now, after reporters exposed how the Clinton Foundation broke these rules – as if the Clintons "
     "would follow rules – the networks offered just 27 minutes in all of 2015 to the massive conflicts of "
     "interest.", "2016-05-31", [Q(27, "minute", time="2015"), D("2015")]),
    ("bias", "The panel asked for documents from 81 individuals, agencies and entities, including the president’s "
     "son Donald Trump Jr., Trump Organization Chief Financial Officer Allen Weisselberg, and the publisher of the "
     "National Enquirer, David Pecker, who is accused of killing unflattering news stories about Trump during his "
     "candidacy.", "2019-03-04", [Q(81, "individuals")]),
    ("bias", "It was initially estimated to cost $10 trillion in tax revenue, then, after revisions, maybe $3 "
     "trillion, by one adviser’s estimate.", "2016-09-26",
     [Q(10e12, "USD", measure="tax revenue"), Q(3e12, "USD", "about")]),
    ("polnear", "After that fiasco, the 1920 election, we might recall, was a monster blow-out for the Republicans.",
     None, [D("1920")]),
    ("polnear", "But if there was ever a candidate we could believe will build a wall and stop the mass importation "
     "of the Third World, it’s Trump.", None, []),
    ("polnear", "Sanders campaign manager Jeff Weaver said on Saturday that the campaign had suspended two staffers "
     "in connection with the data breach.", None, [D("Saturday", "relative"), Q(2, "staffers")]),
    ("polnear", "One month after announcing his support for Donald Trump, Marco Rubio still believes that the "
     "presumptive GOP nominee is unfit to be commander-in-chief.", None, [Q(1, "month")]),
    ("polnear", "Trump losing supporters after the debate on Saturday, with 40 percent supporting him before and 31 "
     "percent afterward.", None, [D("Saturday", "relative"), Q(40, "percent"), Q(31, "percent")]),
    ("polnear", "Giuliani, the former mayor of New York City who has become a close Trump adviser, has also urged the "
     "candidate to dig in and prepare to fight harder, and in a more focused way, in what has quickly become one "
     "of the nastiest presidential campaigns in modern United States history.", None, []),
    ("polnear", "\"Our families want the marketers, distributors, and sellers of the AR-15 held accountable for what "
     "happened at Sandy Hook.", None, []),
    ("polnear", "U.S. plans to help rebuild Libya largely fell to the wayside amid growing violence and the 2012 "
     "terrorist attack.", None, [D("2012")]),
    ("polnear", "Sanders' largest event was two weeks ago when he drew about 7,000 people to Waterfront Park in "
     "Louisville, the same night he won the Indiana primary across the river.", None,
     [Q(2, "week"), Q(7000, "people", "about")]),
    ("polnear", "Obama has officially stayed neutral in a contest in which both candidates would love to generate the "
     "same kind of enthusiasm that Obama did in 2008, producing a record-setting turnout on caucus night.", None,
     [D("2008")]),
    ("polnear", "Corker said in a telephone interview Wednesday, pointing out that 98 senators voted last year to "
     "insist on a chance to review the Iran deal.", None,
     [D("Wednesday", "relative"), Q(98, "senators", time="last year"), D("last year", "relative")]),
    ("polnear", "Being that this is his own backyard, one might think the senator would fill the stadium with "
     "supporters excited to see him.", None, []),
]

# A second fresh draw, annotated after the fixes prompted by BLIND and before running them on it: the honest figure
# for the rules as they now stand. Same rules of drawing, shifted: articles 350, 1050, 1750, … of the bias corpus,
# PolNeAR train texts 35, 105, …, ``random.Random(2027)``; five scraping leftovers dropped (video captions, a tweet
# signature, a copyright line, a photo caption).
VALIDATION: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Just hours after Obama announced that a prisoner swap with the Cuban government for two Americans was "
     "the start of a new relationship with the communist country, Republicans began informally kicking around ideas "
     "to stop any changes to the U.S.-Cuba relationship.", "2014-12-18", [Q(2, "Americans")]),
    ("bias", "\"We urge you to reconsider the idea of broad tariffs to avoid unintended negative consequences to the "
     "U.S. economy and its workers,\" 107 House Republicans wrote in a letter to Trump.", "2018-03-08",
     [Q(107, "House Republicans")]),
    ("bias", "Now 40% have an unfavorable opinion — precisely the same as three years ago — and nearly one in four, "
     "24%, say they don't have an opinion.", "2013-05-16",
     [Q(40, "percent"), Q(3, "year"), Q(25, "percent", "about"), Q(24, "percent")]),
    ("bias", "Then suddenly, on page 23, the opinion’s tone changes as the chief justice reviews the finding by "
     "Federal District Judge Furman that Secretary Ross’s explanation for why he wanted the citizenship question in "
     "the first place was a pretext.", "2019-07-03", []),
    ("bias", "And as we saw in 2008, all that organizing leaves the party energized and ready to get to work.",
     "2015-02-24", [D("2008")]),
    ("bias", "“It should be clear to everyone that Russia brazenly interfered in our 2016 presidential election "
     "process and that they undertook these activities despite our strong protest and explicit warnings that they "
     "not do so,”", "2017-05-23", [D("2016")]),
    ("bias", "In fact, it's what separates a nation governed by law from one ruled by the whims of a malicious despot "
     "and his obsequious enablers.", "2020-06-18", []),
    ("bias", "Indeed, the increase in uncertainty generated by recent rounds of tariff increases may be one of the "
     "ways in which the effects of past policy persist.", "2019-12-30", []),
    ("bias", "Priebus has already called for Holder to resign over the Fast and Furious scandal in 2012.",
     "2013-05-14", [D("2012")]),
    ("bias", "A new U.S. case — one that may have been transmitted locally, a key indicator of a potential pandemic — "
     "was confirmed while Trump was downplaying the likelihood of an outbreak within the U.S. to the press last "
     "night.", None, [D("last night", "relative")]),
    ("bias", "A statement by Srinagar's Cyber Police Station on Saturday said it received information through "
     "\"reliable sources that one Facebook user namely 'Masrat Zahra' is uploading anti-national posts with "
     "criminal intention\".", None, [D("Saturday", "relative")]),
    ("bias", "Senator Collins, one of the few moderate Republicans left in the Senate, is very concerned about the "
     "level of political discourse in the country, describing it as “the worst it’s ever been.”", "2017-02-08",
     []),
    ("bias", "The researchers asked 1,000 participants — some African-American, some white — to read through several "
     "resumes of high school seniors who were competing for scholarships.", "2014-10-15",
     [Q(1000, "participants")]),
    ("bias", "One GOP senator, speaking only on the condition of anonymity, said he expected a \"substantial number "
     "of Democrats\" to vote for McConnell's amendment.", "2019-01-30", []),
    ("bias", "Mueller’s investigation, which was initially ordered to look into the 2016 election in May of 2017, has "
     "gone on for almost two years.", None, [D("2016"), D("2017-05"), Q(2, "year", "about")]),
    ("bias", "And different types of candidates must use the announcement — their one moment when they alone "
     "control the message — in their own best interests.", "2018-07-23", []),
    ("bias", "Democratic darling @Ocasio2018 banned press from her townhalls.", "2018-08-17", []),
    ("bias", "“I hope you publish this,” one of them said.", "2013-10-30", []),
    ("bias", "When consumers are asked specifically about their expectations about the data practices of outside "
     "vendors, fewer say they expect the future reuse (38 percent) or selling (24 percent) of their personal data.",
     None, [Q(38, "percent"), Q(24, "percent")]),
    ("bias", "On Black Friday alone — Nov. 29 — the FBI ran 202,465 background checks.", "2020-01-06",
     [D("2019-11-29"), Q(202465, "background checks", time="2019-11-29")]),
    ("bias", "Federal Reserve policymakers forecast that inflation will rise between 1.4 percent and 1.6 percent in "
     "2014.", "2013-12-23", [Q(1.4, "percent", "range", "2014", upper=1.6), D("2014")]),
    ("bias", "Part of the focus is to also encourage the emerging generation of Cuban leaders to take the reigns "
     "after Raul Castro steps down in 2018, as he publicly stated he would.", "2017-06-10", [D("2018")]),
    ("bias", "Voters also tend to judge a president on recent trends in the economy rather than the incumbent’s "
     "performance over four years.", "2012-07-06", [Q(4, "year")]),
    ("bias", "This followed his vote in rejecting the Trump administration’s attempt to rescind DACA and his vote in "
     "a 6-3 decision that prohibited employment discrimination based on sexual orientation and gender identity.",
     None, [Q(6, None), Q(3, None)]),
    ("bias", "A broad measure of unemployment that includes people who want to work but have given up searching and "
     "those working part-time because they cannot find full-time employment fell 0.1 percentage point 9.6 "
     "percent, the lowest since April 2008.", "2016-07-08",
     [Q(0.1, "percentage points"), Q(9.6, "percent"), D("2008-04")]),
    ("bias", "When the last Soviet troops were withdrawn in 1989, the mujahedin did not simply leave; a civil war of "
     "sorts followed, with various Islamist militant groups fighting for control in the power vacuum.",
     "2015-11-17", [D("1989")]),
    ("bias", "Letterman said goodbye to his long-running talk show two years ago and has launched a six-episode "
     "series on Netflix.", "2018-01-12", [Q(2, "year"), Q(6, "episode")]),
    ("bias", "I wouldn't realize it until years later, but 9/11 was the day that a decade-long Iranian upswing began "
     "to fall apart.", "2015-08-12", []),
    ("bias", "After back-to-back shootings in El Paso, Texas, and Dayton, Ohio, killed 31 people, Trump called for "
     "strong action on expanding background checks.", "2019-09-10", [Q(31, "people")]),
    ("bias", "After the show of military might, the 30-something leader delivered 25 minutes of tough-worded remarks "
     "reiterating the United States as North Korea's chief adversary.", "2015-10-10", [Q(25, "minute")]),
    ("bias", "The order, “by its plain language, attempts to reach all federal grants, not merely the three "
     "mentioned at the hearing.”", "2017-04-28", [Q(3, None)]),
    ("bias", "The initiative, now named Proposition 9, is aimed at making California more governable by dividing it "
     "into three more manageable states named Southern California, which would include San Diego and the Central "
     "Valley; Northern California, encompassing San Francisco, and California, which would hold Los Angeles.",
     "2018-07-03", [Q(3, "manageable states")]),
    ("bias", "“In the debate, you get six minutes in two hours,”", "2016-01-09", [Q(6, "minute"), Q(2, "hour")]),
    ("bias", "It was so sure that it would be able to oust him long before November 2020, that the months and years "
     "crept up on it.", None, [D("2020-11")]),
    ("bias", "The Dec. 18 date comes more than a year after Mueller secured a cooperation deal with Flynn, "
     "suggesting that Mueller’s team has all it needs from him.", "2018-10-17",
     [D("2018-12-18"), Q(1, "year", "over")]),
    ("bias", "Per Mueller, the idea was to look into “whether those contacts constituted a third avenue” of Russian "
     "influence, and into whether there was a conspiracy involving “Russia providing assistance to the campaign” in "
     "exchange for future “favorable treatment.”", "2019-04-18", []),
    ("bias", "So unless you earn $10m, she’s not talking about “your” income.", "2019-01-08", [Q(10e6, "USD")]),
    ("bias", "The number of Americans applying for unemployment benefits fell 19,000 last week to a seasonally "
     "adjusted 326,000, the fewest since January 2008.", "2013-08-01",
     [Q(19000, None, time="2013-W30"), D("2013-W30"), Q(326000, None, time="2013-W30"), D("2008-01")]),
    ("bias", "A Monmouth poll found that 52 percent of Americans in 2018 think free-trade agreements are good for the "
     "United States, a dramatic increase when compared to 24 percent in 2015.", "2019-08-21",
     [Q(52, "percent", time="2018", measure="Americans"), D("2018"), Q(24, "percent", time="2015"), D("2015")]),
    ("bias", "Trump has gone silent on something he earlier declared would be one of his first acts as president.",
     "2017-02-15", []),
    ("bias", "National security was the top concern named by South Carolina Republican voters in a recent Wall "
     "Street Journal/NBC/Marist poll, and 68% said they supported sending U.S. troops to fight the Islamic State in "
     "Iraq and Syria.", None, [Q(68, "percent")]),
    ("bias", "In an article for The Huffington Post in December 2015, James Witte, the director of the Institute for "
     "Immigration Research at George Mason University, wrote that from 1901 to 2015, 31 percent of US Nobel "
     "laureates were not born in the US, although no more than 15 percent of Americans were ever foreign-born "
     "during that time.", "2016-10-11",
     [D("2015-12"), D("1901/2015"), Q(31, "percent", time="1901/2015", measure="US Nobel laureates"),
      Q(15, "percent", "at most", measure="Americans")]),
    ("bias", "Under the current terms of the nuclear deal negotiated by former President Barack Obama, Iran is not "
     "allowed to enrich uranium above 3.67%, a level that is sufficient to operate its nuclear power plants, but "
     "falls below weapons-grade levels of about 90%.", "2019-07-03",
     [Q(3.67, "percent"), Q(90, "percent", "about")]),
    ("bias", "Yet his policies are to throw 30m people off of the health insurance they have …’", "2019-04-15",
     [Q(30e6, "people")]),
    ("bias", "Grassley argued that his staff had already read the 42,000 pages handed over to the committee Monday on "
     "a \"committee confidential\" basis and there was \"no reason to delay the hearing.\"", "2018-09-04",
     [Q(42000, "pages", time="2018-09-03"), D("2018-09-03")]),
    ("bias", "Those names might not be familiar unless you lived in the Pacific Northwest in the 90s, but they were "
     "something of a legend.", "2013-02-16", [D("1990s")]),
    ("bias", "That travel ban, which caused chaos and protests at airports, was challenged in the courts and "
     "eventually amended to target five Muslim-majority countries - Yemen, Syria, Iran, Libya and Somalia - as well "
     "put restrictions on nationals from Venezuela and North Korea.", None, [Q(5, "Muslim-majority countries")]),
    ("bias", "The issue of prison reform is not one synonymous with Trump’s “America First” agenda.", "2018-05-14",
     []),
    ("polnear", "For 24 hours, he drove those following politics on the social media site to donate to his "
     "campaign.", None, [Q(24, "hour")]),
    ("polnear", "Hillary Clinton won the Missouri Democratic primary, the Associated Press declared on Thursday, two "
     "days after voters went to the polls for what became a razor-thin race.", None,
     [D("Thursday", "relative"), Q(2, "day")]),
    ("polnear", "Obama's success in reviving the economy after the 2008 financial crisis.", None, [D("2008")]),
    ("polnear", "His first segment as a freelancer on WNBC-TV involved ''a painful chest-waxing incident,'' well "
     "before Steve Carell made that gag famous in ''The 40-Year-Old Virgin,'' Mr.", None, []),
    ("polnear", "A party that rejects Nikki Haley as a spokeswoman is one that doesn’t really want to build a "
     "governing majority.”", None, []),
    ("polnear", "I never had a case where somebody destroyed 34,000 emails,” said Giuliani, who served as U.S. "
     "attorney for the Southern District of New York from 1983 to 1989 and as associate attorney general from 1981 "
     "to 1983.", None, [Q(34000, "emails"), D("1983/1989"), D("1981/1983")]),
    ("polnear", "Here are a five other things we've learned in the opening series of contests, capped by the most "
     "delegate-rich night of the season Tuesday.", None, [Q(5, "things"), D("Tuesday", "relative")]),
    ("polnear", "For Obama, it would be a shrewd and calculated political move from a position of strength that "
     "could help cement the legacy of a president with only five months remaining in office.", None,
     [Q(5, "month")]),
    ("polnear", "\"The speech that I gave yesterday would have been the speech 10 years ago, long before I ever "
     "dreamed of running for president,\" he said in an interview with The Washington Post.", None,
     [D("yesterday", "relative"), Q(10, "year")]),
    ("polnear", "The Hillary Clinton segment of Trump’s talk starts about the 7 minute mark.", None,
     [Q(7, "minute", "about")]),
    ("polnear", "Officials say Omar Mir Seddique Mateen, the Afghan-American who took the lives of 49 club goers in "
     "Orlando early Sunday morning, held two firearms licenses, a security officer license, and was employed by "
     "the security firm G4S Secure Solutions USA Inc. for almost a decade.", None,
     [Q(49, "club goers", time="Sunday"), D("Sunday", "relative"), Q(2, "firearms licenses"),
      Q(1, "decade", "about")]),
]

# A third fresh draw, annotated after all the fixes above and before running them on it: the honest figure for the
# rules as they stand at the end of the second pass. Articles 175, 875, 1575, … of the bias corpus, PolNeAR train
# texts 17, 87, …, ``random.Random(2028)``; three scraping leftovers dropped (a photo caption, a video caption, a
# newsletter banner).
FINAL: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "\"People judged me based off one expression, which I wasn't smirking,\"", "2019-01-23",
     [],  # was [Q(1, "expression")]: "one" as "a" by the convention of session 3 (quantities docstring)
     ),
    ("bias", "Income between $70,701 and $142,700 is taxed at 25 percent.", "2012-11-23",
     [Q(70701, "USD", "range", upper=142700), Q(25, "percent")]),
    ("bias", "Do we actually want another agency staffed by bureaucrats for whom there is no funding? [Newsweek, "
     "1/28/13]", "2013-04-11", [D("2013-01-28")]),
    ("bias", "That’s one way to eliminate any uncertainty employers are feeling about doing business with China that "
     "will increase the odds of building a new, improved bilateral relationship — not restore its epically failed "
     "predecessor.", "2019-12-13", []),
    ("bias", "In the last few days, Quaker Oats, the owner of the 131-year-old brand of Aunt Jemima, announced it "
     "would change the product name in an effort “to make progress toward racial equality.”", "2020-06-19",
     [Q(131, "year", measure="age")]),
    ("bias", "Farrakhan as “definitely the GOAT,” or “Greatest of all Time,” in a 2015 post on Instagram.",
     "2019-01-14", [D("2015")]),
    ("bias", "Unlike the $390 million Planned Parenthood receives in Medicaid reimbursements, funding under Title X is "
     "provided upfront and can be used toward fixed costs that come with running a clinic, such as staffing and "
     "facility maintenance.", "2016-12-14", [Q(390e6, "USD")]),
    ("bias", "More than half of the annulments granted by the church worldwide go to Catholics in the United States, "
     "according to statistics compiled by the Religion News Service.", "2015-09-09",
     [Q(50, "percent", "over", measure="annulments")]),
    ("bias", "One of the GOP’s latest moves on the Affordable Care Act has been to argue that the individual mandate "
     "requiring most Americans to have health insurance be delayed for one year.", "2013-10-12", [Q(1, "year")]),
    ("bias", "Number of non-citizen votes exceeds 3 million.", "2016-12-01", [Q(3e6, None, "over")]),
    ("bias", "In 2004, Sanders got 67 percent to John Kerry’s 59 percent.", "2020-01-07",
     [D("2004"), Q(67, "percent", time="2004"), Q(59, "percent", time="2004")]),
    ("bias", "Trump won 97 percent, William Weld got 1.3 percent, and Joe Walsh got 1.1 percent.", "2020-02-04",
     [Q(97, "percent"), Q(1.3, "percent"), Q(1.1, "percent")]),
    ("bias", "It is not immediately clear how many of the 350,000 Chinese students in the United States will be "
     "affected.", "2020-05-29", [Q(350000, "Chinese students")]),
    ("bias", "For small businesses, a key Republican constituency, the bill includes $299.4 billion for loan "
     "guarantees and loan subsidies.", "2020-03-20", [Q(299.4e9, "USD", measure="loan guarantees")]),
    ("bias", "And to understand just how pitifully stingy this ‘concession’ is, remember that dozens of Democratic "
     "senators, including plenty of ‘moderates’, have already endorsed lowering the Medicare eligibility age to "
     "55.", None, [Q(55, None, "target")]),
    ("bias", "Varoga adds that there is one other important thing to remember when looking at any poll about how "
     "voters feel about 2016 candidates.", "2015-07-23", [D("2016")]),
    ("bias", "Litwak of the Wilson Center, because it would appear to the rest of the world that the US was turning "
     "back to a post-9/11 faith in “regime change” as the only way to deal with rogue states.", "2015-07-27", []),
    ("bias", "It’s a quirk of immigration law known as “Zadvydas cases,” after a 2001 Supreme Court ruling that said "
     "the government cannot detain immigrants indefinitely if their home countries won’t take them back.",
     "2015-06-09", [D("2001")]),
    ("bias", "Cruz finished speaking at 4:00.", "2015-04-20", []),
    ("bias", "“There are a number of actions that can be taken to reduce the financial streams, but one thing is "
     "clear: If you want to deprive ISIS of cash, you deprive it of territory,” says Jonathan Schanzer, vice "
     "president for research at the Foundation for the Defense of Democracies in Washington.", "2015-12-09", []),
    ("bias", "Claire McCaskill of Missouri shot back on NBC’s “Meet the Press,” calling the former Bush adviser’s "
     "super PAC, which spent more than $175 million trying to elect Republican Mitt Romney, an “abject failure.”",
     "2014-05-18", [Q(175e6, "USD", "over")]),
    ("bias", "It makes one wonder: What would it take for them to finally call Trump or his remarks just plainly "
     "racist?", "2016-06-03", []),
    ("bias", "This third theme usually features reformers like Rhee simultaneously admitting what is obvious — child "
     "poverty is an independent drag on educational attainment — without having to endorse doing anything about "
     "it.", "2014-08-22", []),
    ("bias", "The polls in question showed the president trailing Biden by double digits in Wisconsin and "
     "Pennsylvania, and by seven points in Florida where Trump is officially announcing his re-election campaign "
     "Tuesday.", "2019-06-18", [Q(7, "points"), D("2019-06-18")]),
    ("bias", "(4) President Obama maintains a double digit lead among women, college graduates, and especially "
     "African-Americans.", "2012-09-18", []),
    ("bias", "One way or the other, all would admit that with Peres’ passing, it’s the end of an era in Israel.",
     "2016-09-27", []),
    ("bias", "They argue that President Obama’s 2009 Recovery Act, which totaled $800 billion in spending and tax "
     "cuts, was dwarfed by the trillions of dollars of stimulus the Federal Reserve oversaw.", "2014-12-31",
     [D("2009"), Q(800e9, "USD", measure="spending")]),
    ("bias", "After that, he shot himself to death with his pistol, which Sparks Deputy Police Chief Tom Miller "
     "identified as a Ruger 9mm semiautomatic.", "2013-10-22", []),
    ("bias", "Writing to his 28.7 million followers the musician said: \"I support creating jobs and opportunities for "
     "people who need them the most.", None, [Q(28.7e6, "followers")]),
    ("bias", "President Donald Trump himself is not up for re-election, but his ability to govern in the final two "
     "years of his term will hinge upon the 6 November outcome.", None, [Q(2, "year"), D("--11-06")]),
    ("bias", "Smollett's counterclaim says that proceedings against him were terminated in his favor and “in a manner "
     "which indicates his innocence because all 16 counts of the criminal indictment were dismissed two and a half "
     "weeks after the indictment was filed.\"", "2019-11-20", [Q(16, "counts"), Q(2.5, "week")]),
    ("bias", "Three days before the Boston bombings, Mr.", "2013-05-10", [Q(3, "day")]),
    ("bias", "• Global temperatures for July were 1.2C above pre-industrial levels for the month.", "2019-08-03",
     [D("2019-07"), Q(1.2, "degrees Celsius", time="2019-07")]),
    ("bias", "Require that each one occur with a gun.”", "2013-03-01", []),
    ("bias", "“Presidential elections are currently decided by swing states, ones that are less racially diverse than "
     "the country as a whole and, in 2016, represented only 35 percent of eligible voters.", None,
     [D("2016"), Q(35, "percent", time="2016", measure="eligible voters")]),
    ("bias", "He withdrew from the 2015 Iran nuclear deal, leading to the standoff that’s putting the US and Iran "
     "closer to conflict.", "2019-06-28", [D("2015")]),
    ("bias", "They also kidnapped Wael and held him in total isolation for the next 11 days.", "2016-02-01",
     [Q(11, "day")]),
    ("bias", "The number of “landslide counties” (where one presidential candidate wins by 20 points or more) keeps "
     "increasing.", "2018-06-18", [Q(20, "points", "at least")]),
    ("bias", "For example, Illinois is one of few states that licenses pharmacy technicians.", "2016-12-15", []),
    ("bias", "Asked about the possibility of a third summit, Trump said he'd like to see what happens Sunday before "
     "talking about another meeting.", None, [D("Sunday", "relative")]),
    ("bias", "Three guesses as to who gets stuck with the check for all this free stuff, because someone always gets "
     "stuck with the check because there is no such thing as free stuff.", "2018-07-30", [Q(3, "guesses")]),
    ("bias", "The legislation that Speaker Pelosi introduced at 11pm last night—written by her staff and her staff "
     "alone—and plans to vote on just 12 hours later is not only completely partisan.", "2020-03-12",
     [D("2020-03-11"), Q(12, "hour")]),
    ("bias", "A ventilator maker might know that fighting covid-19 will require, say, 500,000 machines but fear that "
     "the need could last only three months or that demand might be filled by Chinese imports.", None,
     [Q(500000, "machines"), Q(3, "month")]),
    ("bias", "But that was over two years ago.", None, [Q(2, "year", "over")]),
    ("bias", "A memorial was held on Wednesday for Heather Heyer, a 32-year-old woman killed when a suspected "
     "far-right sympathiser drove a car into a crowd of counter-protesters.", None,
     [D("Wednesday", "relative"), Q(32, "year", measure="age")]),
    ("bias", "JEFF GLOR: In an interview with \"60 Minutes\" former Defense Secretary Leon Panetta told Scott Pelley "
     "that ISIS flourished because the U.S. got involved in Syria too late and left Iraq too soon.", None, []),
    ("bias", "But Judge Lina Hidalgo’s action, which intended to help stem the spread of the coronavirus in the third "
     "most populous county in the U.S., drew immediate pushback — including from the state’s lieutenant governor, "
     "who called the move “the ultimate government overreach,” and Rep.", None, []),
    ("bias", "Obama had campaigned in 2008 on engaging in direct negotiations with adversary nations including Iran, "
     "and said this deal was struck in that vein.", "2013-11-24", [D("2008")]),
    ("bias", "Female voters make up an outsize portion of the electorate and may very well be responsible for "
     "sending Trump to a huge defeat on Nov. 8.", "2016-10-20", [D("2016-11-08")]),
    ("bias", "Some areas showed lead levels \"similar\" to those in the US city of Flint, Michigan, during its 2015 "
     "water crisis.", None, [D("2015")]),
    ("bias", "Nationwide, only 9% of Democrats say they have made up their mind.", "2019-10-07",
     [Q(9, "percent", measure="Democrats")]),
    ("polnear", "In one such email, Carter discussed how he had mistakenly placed a note card in a “burn bag,” the "
     "Times reported.", None, []),
    ("polnear", "There needs to be an immediate commitment to clear-eyed truth-telling by the GOP… otherwise, "
     "America is in for four years of Clinton once again setting foreign policy.", None, [Q(4, "year")]),
    ("polnear", "Paradis, who has been active in politics since the age of 25, says she identifies as an "
     "independent, although she is currently registered as a Democrat.", None, [Q(25, None)]),
    ("polnear", "The endorsement comes just three days after Trump told The Washington Post he was “not quite there "
     "yet” on supporting Ryan, who will face challenger Paul Nehlen in a primary on Tuesday.", None,
     [Q(3, "day"), D("Tuesday", "relative")]),
    ("polnear", "Even those not directly blaming the migrants or the politicians showed the strain of attacks four "
     "months apart on public places in major European cities.", None, [Q(4, "month")]),
    ("polnear", "When asked if it would be possible to fund an infrastructure program with taxes just on the top 2 "
     "or 3 percent, Gale said: “Mathematically the answer is yes, but the taxes may look pretty ugly.", None,
     [Q(2, "percent", "range", upper=3)]),
    ("polnear", "In particular, Sanders takes issue with a new oversight board created under the legislation to "
     "oversee Puerto Rico’s finances because the majority of the seven-member panel would be controlled by "
     "Republicans with little input from Puerto Rico citizens.", None, [Q(7, "member")]),
    ("polnear", "Cruz belittled the issue of the $1 million in loans, calling it a \"paperwork error\" that was "
     "reported in a \"hit piece\" by The New York Times.", None, [Q(1e6, "USD", measure="loans")]),
    ("polnear", "\"Trump's best argument, with two-thirds of the voters in the country thinking we're off on the "
     "wrong track, is to argue that something needs to change.\"", None,
     [Q(66.67, "percent", measure="voters")]),
    ("polnear", "Late last year, the State Department said it determined that 12 of the 19 contain national "
     "security information considered secret or confidential.", None,
     [D("last year", "relative"), Q(12, None), Q(19, None)]),
    ("polnear", "On March 25, Platte River, which then managed Clinton's private server, had a conference call with "
     "staffers of Bill Clinton, according to the summary.", None, [D("--03-25")]),
    ("polnear", "The cable indicated 13 security personnel would be the “minimum” needed for “transportation "
     "security and incident response capability.”", None, [Q(13, "security personnel")]),
]

#: First run of BLIND on the rules as the first helper left them (commit e932f14), before any change.
BLIND_ACCURACY_FIRST_RUN = 0.721  # 44 of 61
#: First run of VALIDATION on the rules as fixed after BLIND (commit dadd62c), before any further change.
VALIDATION_ACCURACY_FIRST_RUN = 0.695  # 41 of 59
#: Measured after the fixes each prompted (BLIND 0.967, 59 of 61; VALIDATION 0.932, 55 of 59), minus a margin.
#: These gates run the word rules alone; since the time field follows the scope rule (session 4) BLIND scores 0.918 so.
MIN_BLIND_ACCURACY = 0.90
MIN_VALIDATION_ACCURACY = 0.91
#: First run of FINAL, before any change it prompted.
FINAL_ACCURACY_FIRST_RUN = 0.714  # 45 of 63
MIN_FINAL_ACCURACY = 0.87  # measured 0.889 after the fixes it prompted


def _sources_text() -> str:
    parts: list[str] = []
    with gzip.open(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 175 == 0:
                parts.append(json.loads(line)["text"])
    for path in sorted((SHARED / "eval" / "polnear" / "train" / "text").glob("*.txt")):
        parts.append(path.read_text(encoding="utf-8"))
    return _squash(" ".join(parts))


def test_blind_table_is_large_and_real() -> None:
    assert len(BLIND) >= 50
    sources = _sources_text()
    assert len(VALIDATION) >= 50 and len(FINAL) >= 50
    for source, sentence, _, _ in BLIND + VALIDATION + FINAL:
        assert _squash(sentence) in sources, (source, sentence)


def _misses(table: list[tuple[str, str, str | None, list[Q]]]) -> list[tuple[str, list[dict[str, object]]]]:
    return [(s, [q.to_dict() for q in find_quantities(s, published=p)]) for _, s, p, e in table
            if not _correct(s, p, e)]


@pytest.mark.gate
def test_blind_accuracy_gate() -> None:
    misses = _misses(BLIND)
    assert 1 - len(misses) / len(BLIND) >= MIN_BLIND_ACCURACY, misses


@pytest.mark.gate
def test_validation_accuracy_gate() -> None:
    misses = _misses(VALIDATION)
    assert 1 - len(misses) / len(VALIDATION) >= MIN_VALIDATION_ACCURACY, misses


@pytest.mark.gate
def test_final_accuracy_gate() -> None:
    misses = _misses(FINAL)
    assert 1 - len(misses) / len(FINAL) >= MIN_FINAL_ACCURACY, misses


# Fractions, ratios and sums in fractions: real PolNeAR dev sentences (shapes no table above happens to hold).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("''You don't have to come up with a quarter of a million dollars for your kid,'' Mr.", (250000, "USD", None)),
        ("Nearly a third of those with jobs live in poverty.", (33.33, "percent", None)),
        ("Save a quarter of the cost over a child's first 18 years.", (25, "percent", "cost")),
        ("Another slide shows that eight of 10 avocados consumed in the United States are grown in Mexico, as are "
         "nine of 10 limes and half of all tomatoes.", (80, "percent", "avocados")),
    ],
)
def test_fractions_and_sums(sentence: str, expected: tuple[float, str, str | None]) -> None:
    dev_texts = (SHARED / "eval" / "polnear" / "dev" / "text").glob("*.txt")
    assert any(sentence.replace("''", "") in path.read_text(encoding="utf-8").replace("''", "") for path in dev_texts)
    first = find_quantities(sentence)[0]
    assert (round(first.value or 0, 2), first.unit, first.measure) == expected


def test_ratios_and_tallies() -> None:
    limes = find_quantities("as are nine of 10 limes and half of all tomatoes.")
    assert [(q.value, q.unit, q.measure) for q in limes] == [(90.0, "percent", "limes"), (50.0, "percent", "tomatoes")]
    tally = find_quantities("On Wednesday, the House voted 396-9 on a bill.", published="2010-12-10")
    assert [(q.value, q.unit, q.time) for q in tally] == [(None, "date", "2010-12-08"), (396.0, None, "2010-12-08"),
                                                          (9.0, None, "2010-12-08")]
