"""Quantities, session 7: shapes of the rules prompted by TWENTY_SIXTH's first-run misses and by the time-field misses
pooled over the last eleven draws (each checked with the parse, as the claims stage runs it, or without where the rule
is a word rule), and draw TWENTY_SEVENTH, annotated by hand before the rules ran on it.

TWENTY_SEVENTH was drawn by ``benchmarks/quantities_draw.py twenty-seventh`` (bias-corpus articles 237 modulo 700,
PolNeAR *train* texts 20 and 49 modulo 70, AllSides story bodies in the order of ``random.Random(2052)``; BASIL is used
up; every text an earlier table drew from skipped): 62 sentences, of which a tweet ("… — Kurt Schlichter
(@KurtSchlichter) May 30, 2019") and a photo caption ("Joe Biden speaks during the … Forum, July 5, 2019, in Houston.")
are dropped as scraping leftovers, as in earlier draws: 60 sentences (28 bias, 14 PolNeAR, 18 AllSides kept of 20).
Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring. Where
they say nothing, the reader's answer was written: "the Sept. 11 attacks" and "the September 11 terrorist attacks"
(written in 2021) are 2001-09-11, which the reader knows ("the 20th anniversary of"), not the nearest such day; "the
Friday affair" that was cancelled on a Thursday is the coming Friday; "$32 billion for each of the next two years" is 32
billion USD per year and a span of 2 years; "a stumble or two" is one to two stumbles, as "one or two members"; "narrow
her support to one" (set against "many candidates") counts 1; "one two-year term" is 1 term and 2 years, as "three
$50,000 prizes" is 3 prizes and a sum; "almost exactly three years later" is about 3 years; "a four-star general" in an
apposition on the subject of "died Monday" is dated, as "the closing speaker of a three-day conference, ripped the roof
off … Saturday" is; "net-zero" is no figure; "today, tomorrow, forever" in a quoted slogan is no date. Non-breaking
spaces are written as spaces, as the cleaning stage leaves them. Published dates are the sources' own.

TWENTY_EIGHTH was drawn the same way after the fixes TWENTY_SEVENTH prompted (``benchmarks/quantities_draw.py
twenty-eighth``: bias-corpus articles 418 modulo 700, PolNeAR *train* texts 1 and 53 modulo 70, AllSides in the order of
``random.Random(2053)``): 62 sentences, of which two photo captions ("Hide Caption 66 of 80 Photos: …", "President
Barack Obama shakes hands with Sen. Marco Rubio … on Thursday, June 16, 2016.") are dropped: 60 sentences (27 bias, 13
PolNeAR, 20 AllSides). Where the conventions say nothing, the reader's answer was written: "a 50-50 Senate" is a split
of seats, two bare numbers (not even odds); "over the age of 65" is over 65 (an age); "a trillion-dollar plan" is 1
trillion USD, dated by its clause as a sum describing a noun of the clause is; "ended this weekend" written on a Monday
is the weekend just past (its ISO week, 2021-W35); "Six years into his presidency" is a span counted from a point,
undated; "two Des Moines, Iowa-area police officers" counts the whole noun phrase. One annotation was corrected after
the first run to the tables' precedent: "within 60 days" had been written as at most 60 days, but NINETEENTH reads
"within 24 hours" as exactly 24 hours; the first run read it as the precedent does.
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
TWENTY_SEVENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "In the hours since the 2005 tape was made public, rumors have swirled that Pence could abandon the "
     "Republican presidential ticket, though the speculation may have more basis in wishful thinking than "
     "reality.",
     None,
     [D("2005")]),
    ("bias", "One wild card in the study is a possible increase in the use of the ulcer drug misoprostol to "
     "terminate pregnancy.",
     "2014-01-31",
     []),
    ("bias", "The governor said himself that both he and Burke appear to have support from about 47 percent of "
     "voters.",
     "2014-10-29",
     [Q(47, "percent", "about")]),
    ("bias", "In 1887, Professor Wilson of Bryn Mawr College regretted that America has excessively “studied the "
     "art of curbing executive power to the constant neglect of the art of perfecting executive methods.”",
     "2016-11-12",
     [D("1887")]),
    ("bias", "For the coverage it offered its 1,850 full-time employees, Northampton County faced a penalty of "
     "$9.4m, to kick in from 2018, a penalty that would have grown in future years, Brown said.",
     "2017-03-21",
     [Q(1850, "full-time employees"), Q(9.4e6, "USD"), D("2018")]),
    ("bias", "Almost exactly three years later, 250 American workers at that very same location at Disney World in "
     "Orlando Florida were informed that they would be replaced with Indian workers that HCL had helped "
     "bring into the country on H-1B visas.",
     "2016-09-20",
     [Q(3, "year", "about"), Q(250, "American workers")]),
    ("bias", "As the coronavirus (COVID-19) pandemic continues to grow, public health officials warn that people "
     "of all ages can be affected by the virus — including young people — and urge everyone to follow "
     "social distancing precautions.",
     None,
     []),
    ("bias", "Angered by zoning laws he did not like, he served one two-year term as mayor of Carmel-by-the-Sea in "
     "California.",
     "2012-09-01",
     [Q(1, "term"), Q(2, "year")]),
    ("bias", "Tuition revenues now make up about half of public university revenues, up from a quarter 25 years "
     "ago.",
     "2013-08-22",
     [Q(50, "percent", "about"), Q(25, "percent"), Q(25, "year")]),
    ("bias", "De Blasio inherited the successes of Rudolph Giuliani and Michael Bloomberg, two mayors who wrestled "
     "the city back from the brink of social and economic collapse.",
     "2019-05-17",
     [Q(2, "mayors")]),
    ("bias", "Some were already predicting that they would end up eliminating the 60-vote requirement for "
     "legislation, as well as nominations.",
     "2017-04-05",
     [Q(60, "vote")]),
    ("bias", "Joe Manchin, D-West Virginia, and Patrick J. Toomey, R-Pennsylvania, plan to announce a bipartisan "
     "deal on background checks for gun shows and Internet sales at an 11 a.m. press conference today, "
     "CNN's Dana Bash has learned.",
     "2013-04-10",
     [D("2013-04-10")]),
    ("bias", "That process has been dragging on for more than six years as the president has been under heavy "
     "lobbying by environmental groups to reject the proposal.",
     "2014-11-18",
     [Q(6, "year", "over")]),
    ("bias", "(AP) — The United States vowed Friday to keep the pressure on Syria after the intense nighttime wave "
     "of missile strikes from U.S. ships, despite the prospect of escalating Russian ill will that could "
     "further inflame one of the world's most vexing conflicts.",
     "2017-04-08",
     [D("2017-04-07")]),
    ("bias", "One building security guard described the commotion to me as ‘‘Justin Bieber level.’’ It consisted "
     "heavily of tourists and foreign visitors, many of them young.",
     "2015-10-04",
     []),
    ("bias", "Johnson “has major issues with the two-party control of ballot access, debates, etc”, Hunter added.",
     "2016-10-15",
     [Q(2, "party")]),
    ("bias", "The cowboy hat-wearing citizen told KSAT he only had one thing on his mind while he was chasing "
     "Kelley with the armed neighbor: “Try and get him.”",
     "2017-11-05",
     [Q(1, "thing")]),
    ("bias", "Democratic critics of the president who are carrying out the impeachment inquiry say that, in "
     "exchange, Washington would grant access to Trump and keep up military assistance to Ukraine — "
     "assistance that had been flowing since Ukraine was invaded by Russia in 2014.",
     "2019-10-22",
     [D("2014")]),
    ("bias", "Florida’s Supreme Court upheld the law, but the federal district court intervened and issued its "
     "injunction, ruling in favor of 17 former felons who sued the state.",
     "2020-02-19",
     [Q(17, "former felons")]),
    ("bias", "The Republican presidential nominee made no reference at a rally in the old coalmining town of "
     "Wilkes-Barre to the catastrophic 72 hours his campaign had endured since an 11-year old recording "
     "was released in which he bragged about using his celebrity status to sexually assault women.",
     "2016-10-11",
     [Q(72, "hour"), Q(11, "year")]),
    ("bias", 'He added the Mueller probe has "had a negative impact on the relationship between the two nuclear '
     'powers."',
     "2018-07-16",
     [Q(2, "nuclear powers")]),
    ("bias", "But the Boy Scouts program for ages 11 to 17 will change.",
     "2018-05-02",
     [Q(11, None, "range", upper=17)]),
    ("bias", "Meanwhile, everybody — but Republicans in particular — seemed to have plenty to dislike about the "
     "budget agreement, which would add $80 billion in spending over two years paid for by a hodgepodge of "
     "offsets, and an additional $32 billion for each of the next two years through a war contingency "
     "fund.",
     "2015-10-30",
     [Q(80e9, "USD"), Q(2, "year"), Q(32e9, "USD per year"), Q(2, "year")]),
    ("bias", "Kasich had previously announced that he was withdrawing from the 2000 presidential race and endorsed "
     "Bush.",
     "2015-08-16",
     [D("2000")]),
    ("bias", "Officials previously had to wait 48 hours before an asylum-seeker’s interview and hearing, but "
     "Cuccinelli sped up the process to be one day.",
     "2020-03-01",
     [Q(48, "hour"), Q(1, "day")]),
    ("bias", "But John Hultquist, a senior manager at iSIGHT Partners, said his firm was attributing the hack to "
     "Deep Panda, a group that’s also known by names like the “Shell_Crew,” “PinkPanther” and “Group 72.”",
     "2015-06-04",
     []),
    ("polnear", "And in a turn that called to mind, for some, Gov. George Wallace’s famous 1963 refrain in praise of "
     "segregation during the civil rights movement, Mr. Cruz pledged to oppose legal status for "
     "undocumented immigrants “today, tomorrow, forever.”",
     "2015-12-21",
     [D("1963")]),
    ("polnear", "But, she told the mayors who gathered in the midwestern city of Indianapolis, “no one should be "
     "confused about America’s commitment to Europe, not an autocrat in the Kremlin, not a presidential "
     "candidate on a Scottish golf course.”",
     "2016-06-26",
     []),
    ("polnear", "And a new report compares the accuracy of 10 different online panel surveys.",
     "2016-05-02",
     [Q(10, "online panel surveys")]),
    ("polnear", "Mr. Obama revised his withdrawal plans in October, saying that about 5,500 troops would remain in "
     "the country through the end of his term in early 2017.",
     "2015-12-29",
     [D("2015-10"), Q(5500, "troops", "about"), D("2017")]),
    ("polnear", "The two Democratic Party contenders are questioning the other's fitness to lead, with Senator Bernie "
     "Sanders now pressing his attack that Hillary Clinton is not qualified to be president.",
     "2016-04-08",
     [Q(2, "Democratic Party contenders")]),
    ("polnear", "Ms. Cestnick's application for a permit for up to 15,000 people to march on July 25 is pending with "
     "the city.",
     "2016-06-23",
     [Q(15000, "people", "up to"), D("2016-07-25")]),
    ("polnear", "Along with her husband, Milton Berg, a money manager, she has given to many candidates, but plans to "
     "narrow her support to one.",
     "2015-12-03",
     [Q(1, None)]),
    ("polnear", "Clinton isn’t just looking to stop the bleeding following two weaker-than-expected early-state "
     "performances.",
     "2016-02-11",
     [Q(2, "weaker-than-expected early-state performances")]),
    ("polnear", "However, no other secretary of state had a private server arrangement parallel to the one set up for "
     "Clinton during her four years in the job.",
     "2016-05-26",
     [Q(4, "year")]),
    ("polnear", "During the Democratic primary, Clinton also fell short in eight of the battleground counties against "
     "Bernie Sanders — including suburban Denver’s Arapahoe and Jefferson counties, Green Bay’s Brown "
     "County and Reno’s Washoe County in Nevada.",
     "2016-08-08",
     [Q(8, None)]),
    ("polnear", "Sanders would beat Trump by more than 5percentage points compared with Clinton's 2.5-point edge over "
     "Trump, according to the most recent RealClearPolitics average of national polls.",
     "2016-01-22",
     [Q(5, "percentage points", "over"), Q(2.5, "point")]),
    ("polnear", "One is the momentum from his victory in Tuesday's Republican primary in Wisconsin.",
     "2016-04-07",
     [D("2016-04-05")]),
    ("polnear", "Christie still needs a stumble or two by the establishment types in front of him, but he has fought "
     "his way back to respectability.",
     "2015-11-23",
     [Q(1, "stumble", "range", upper=2)]),
    ("polnear", 'Hicks, his campaign spokeswoman, added that "many of [Trump\'s] top executives and closest friends '
     'are Jewish" and "there will be no one stronger on Israeli-American relations than him, and his '
     'consistent support and advocacy for Israel over many years is proof of this."',
     "2016-03-18",
     []),
    ("allsides", "Six Republicans supported the bill, but...",
     "2021-06-03",
     [Q(6, "Republicans")]),
    ("allsides", "Four days before the 20th anniversary of the Sept. 11 attacks that triggered the U.S. invasion of "
     "Afghanistan, the Taliban declared the restoration of their Islamic Emirate and named a new "
     "government, excluding other political forces and giving control of internal security to a "
     "U.S.-designated terrorist.",
     "2021-09-07",
     [Q(4, "day"), D("2001-09-11")]),
    ("allsides", "Mr. Biden said Thursday that the U.S. military mission in Afghanistan is on track to end on Aug. 31, "
     "arguing that the U.S. had achieved the objectives it set out two decades ago and adding that his "
     "administration would move thousands of potentially endangered Afghan interpreters...",
     "2021-07-08",
     [D("2021-07-08"), D("2021-08-31"), Q(2, "decade")]),
    ("allsides", "The Centers for Disease Control and Prevention gave final approval Friday to start administering "
     "Covid-19 booster shots to Pfizer and Moderna vaccine recipients hours after a key panel unanimously "
     "voted to endorse third doses for immunocompromised Americans.",
     "2021-08-13",
     [D("2021-08-13")]),
    ("allsides", "The probe follows news of a department decision in 2017 and 2018 to issue subpoenas seeking metadata "
     "from House Intelligence Committee Chair Adam Schiff (D-Calif.) and fellow committee member Rep. Eric "
     "Swalwell (D-Calif.) during leak investigations.",
     "2021-06-11",
     [D("2017"), D("2018")]),
    ("allsides", "FBI Director Christopher Wray likened the challenge posed by the recent spate of damaging ransomware "
     "attacks on the US to the September 11 terrorist attacks in a new interview and called for a similar "
     "sense of urgency and response.",
     "2021-06-04",
     [D("2001-09-11")]),
    ("allsides", "Sixty-seven Republicans voted with 218 Democrats in support of the bill.",
     "2021-06-29",
     [Q(67, "Republicans"), Q(218, "Democrats")]),
    ("allsides", "The big picture: Researchers had tested existing antivirals like remdesivir in hospitals on patients "
     "with severe COVID-19, but they produced underwhelming results and little to no benefit.",
     "2021-06-18",
     []),
    ("allsides", "French officials canceled the Friday affair, which was set to commemorate the “240th Anniversary of "
     "the Battle of the Capes” at the embassy and on a French frigate in Baltimore, Maryland, according to "
     "the New York Times.",
     "2021-09-16",
     [D("2021-09-17")]),
    ("allsides", "In another, floodwaters swept through an assisted living center, killing 12.",
     "2021-07-17",
     [Q(12, None)]),
    ("allsides", "Across all of its products, Pfizer said in its first-quarter earnings report that it expects to make "
     "between $70.5 billion and $72.5 billion in revenue this year.",
     "2021-05-04",
     [Q(70.5e9, "USD", "range", "2021", upper=72.5e9), D("2021")]),
    ("allsides", "The president has set broader goals of creating a net-zero emission power sector by 2035 and a fully "
     "net-zero emission economy...",
     "2021-04-22",
     [D("2035", "target")]),
    ("allsides", "The incident came one day after U.S. forces used a drone to take out a vehicle full of explosives, "
     "underscoring the chaos in the capital during the final days of America’s longest-ever war.",
     "2021-08-30",
     [Q(1, "day")]),
    ("allsides", "On Saturday, two firefighters in Arizona died when their aircraft crashed while responding to a "
     "blaze.",
     "2021-07-12",
     [D("2021-07-10"), Q(2, "firefighters", time="2021-07-10")]),
    ("allsides", "Colin Powell, an accomplished and esteemed four-star general who became the first African American "
     "secretary of State, died Monday as a result of complications from Covid-19, according to his family.",
     "2021-10-18",
     [Q(4, "star", time="2021-10-18"), D("2021-10-18")]),
    ("allsides", "The Supreme Court Monday issued two unsigned opinions applying qualified immunity to disputes over "
     "alleged excessive use of force by police officers, reversing lower court decisions that allowed the "
     "officers to be sued for their on-the-job conduct.",
     "2021-10-18",
     [D("2021-10-18"), Q(2, "unsigned opinions", time="2021-10-18")]),
    ("allsides", "“In the weeks and months following the 9/11 attacks, I was proud to lead an amazing, resilient, "
     "united people.",
     "2021-09-11",
     []),
    ("allsides", "The Pentagon is mandating that US military service members get fully vaccinated against Covid-19 "
     "immediately, after the Food and Drug Administration fully approved the Pfizer/BioNTech coronavirus "
     "vaccine this week.",
     "2021-08-25",
     [D("2021-W34")]),
    ("allsides", "New York Gov. Andrew Cuomo on Tuesday declared a state of emergency over gun violence, which he said "
     "is now claiming more lives than Covid-19 and is a threat to the broader economic recovery.",
     "2021-07-06",
     [D("2021-07-06")]),
    ("allsides", "Also, he closed independent restaurants while he dined in the most luxurious restaurant, where they "
     "charge $12,000 for wine!",
     "2021-09-01",
     [Q(12000, "USD")]),
]


# (source, sentence, published, expected quantities in reading order)
TWENTY_EIGHTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "For nearly a hundred years, systematic, state-sanctioned discrimination against African Americans "
     "coexisted with constitutional protections adopted after the Civil War specifically to prevent it.",
     None,
     [Q(100, "year", "about")]),
    ("bias", "A Democratic sweep would lead to a 50-50 Senate.",
     "2018-11-01",
     [Q(50, None), Q(50, None)]),
    ("bias", "Pickering’s report, released late last year, found “systemic failures and leadership and management "
     'deficiencies" at the State Department in the lead-up to the attack in Benghazi, which left four '
     "Americans dead.",
     "2013-05-12",
     [D("2012"), Q(4, "Americans")]),
    ("bias", "Documents list 10 House-demanded bank transactions from Fusion or its conduits to journalists.",
     "2017-11-24",
     [Q(10, "House-demanded bank transactions")]),
    ("bias", "Clinton’s use of the server had first been revealed by The New York Times in March 2015.",
     "2016-12-31",
     [D("2015-03")]),
    ("bias", "The World Bank estimates SARS cost the global economy of $54 billion, and that the costs of a future "
     "pandemic might be as high as $3 trillion.",
     "2015-11-21",
     [Q(54e9, "USD"), Q(3e12, "USD", "up to")]),
    ("bias", "“We will hold this president accountable, one way or the other.”",
     "2019-05-21",
     []),
    ("bias", "Just this week, Republican Sen. Rand Paul -- who has been one of Trump’s few defenders over the "
     "Helsinki summit delivered a letter to Putin from Trump that he said emphasized a desire for greater "
     "cooperation in counterterrorism and cultural exchanges.",
     None,
     [D("this week", "relative")]),
    ("bias", "And earlier this month, two Des Moines, Iowa-area police officers were fatally shot in separate "
     "ambush-style attacks while sitting in their patrol cars.",
     "2016-11-21",
     [D("2016-11"), Q(2, "Des Moines, Iowa-area police officers", time="2016-11")]),
    ("bias", "“Saving lives and saving the economy are not in conflict right now,” former Fed Chair Janet Yellen "
     "and more than 30 other current and former policymakers and economists wrote in a joint statement "
     "published earlier this week.",
     "2020-03-30",
     [Q(30, "current and former policymakers and economists", "over"), D("2020-W14")]),
    ("bias", "Bin Bayyah himself has long been engulfed in controversy for many of his views, including the "
     "reported backing of a 2004 fatwa that advocated violent resistance against Americans fighting in "
     "Iraq.",
     "2014-09-25",
     [D("2004")]),
    ("bias", "That doctrine of “separate but equal” was essentially codified with the 1896 Supreme Court case "
     "Plessy v.",
     "2016-09-28",
     [D("1896")]),
    ("bias", "She also sees a need for “a long-term remedy that could address one of the fundamental issues in "
     "civic education, which is unequal funding,” she explains in an email.",
     "2019-12-12",
     []),
    ("bias", "Those 23 executive actions are keeping guns out of dangerous hands.",
     "2013-12-03",
     [Q(23, "executive actions")]),
    ("bias", "Marco Rubio is also hostile to anything contradicting his faith, including climate change, while the "
     "leading contender for Republican nomination, Scott Walker, has taken the fight directly to academia, "
     "calling for major cuts in public university funding in Wisconsin that would add up to about $300 "
     "million over two years.",
     "2015-04-27",
     [Q(300e6, "USD", "about"), Q(2, "year")]),
    ("bias", "EXPLAINING Ronald Reagan’s landslide victory over Jimmy Carter, The Economist’s issue dated November "
     "8th 1980 singled out a few big factors.",
     None,
     [D("1980-11-08")]),
    ("bias", "Sessions, appearing at a news conference announcing a new opioid task force, was asked about House "
     "Intelligence Chairman Devin Nunes' controversial memo outlining purported surveillance abuses and "
     'told reporters that "the inspector general will take that as one of the matters he\'ll deal with."',
     "2018-02-28",
     []),
    ("bias", 'He proposes "a 20 percent reduction in federal spending.',
     "2016-08-24",
     [Q(20, "percent")]),
    ("bias", "The Axios folks have put together a list of 85 potential investigations that House Democrats want to "
     "launch.",
     "2018-11-12",
     [Q(85, "potential investigations")]),
    ("bias", "The area around Beauregard, about 60 miles (95km) east of Alabama's state capital Montgomery, "
     "appears to have borne the brunt.",
     None,
     [Q(60, "miles", "about"), Q(95, "km")]),
    ("bias", "In the video, Project Veritas President James O’Keefe displayed Federal Election Commission records "
     "showing that Mr. Jurek has worked for six months for the Sanders campaign, earning about $11,000, "
     "and that he was employed briefly by the Democratic Senatorial Campaign Committee in 2018.",
     "2020-01-14",
     [Q(6, "month"), Q(11000, "USD", "about"), D("2018")]),
    ("bias", "Six years into his presidency, in 1986, Ronald Reagan’s party likewise lost the Senate, and again "
     "lost the House.",
     "2014-11-06",
     [Q(6, "year"), D("1986")]),
    ("bias", '"How will Trump do better than that with a 73 percent disapproval rate?"',
     "2016-04-01",
     [Q(73, "percent")]),
    ("bias", "Marilyn Tavenner, the official charged with implementing Obamacare as director of the Centers for "
     "Medicare and Medicaid Services, said at a congressional hearing last month that the administration "
     "initially hoped to enroll 800,000 people by the end of November.",
     "2013-12-04",
     [D("2013-11"), Q(800000, "people", time="2013-11"), D("2013-11")]),
    ("bias", "The State Department website says that Stevens is the sixth U.S. ambassador to be killed by "
     "terrorists since 1968 and the first since 1979.",
     "2012-09-12",
     [D("1968"), D("1979")]),
    ("bias", "Google controls about 90 percent of the world’s search-engine market.",
     "2018-03-27",
     [Q(90, "percent", "about")]),
    ("bias", "Maraniss, an associate editor at The Washington Post, has written a new biography of the 44th "
     "president: Barack Obama: The Story.",
     "2012-06-17",
     []),
    ("polnear", "Through the end of September, O’Malley had raised $3.2 million and had about $800,000 in his "
     "campaign account.",
     "2015-11-16",
     [D("2015-09"), Q(3.2e6, "USD", time="2015-09"), Q(800000, "USD", "about", "2015-09")]),
    ("polnear", "More than 40 percent of that money arrived in February alone, new fundraising reports show.",
     "2016-03-20",
     [Q(40, "percent", "over", "2016-02"), D("2016-02")]),
    ("polnear", "“I’ve met Mr. Trump on more than one occasion.",
     "2016-05-05",
     [Q(1, "occasion", "over")]),
    ("polnear", "Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax "
     "credits, which the Tax Foundation estimates would cost as much as $ 170 billion a year, would risk "
     "“adding another expensive entitlement program to an already overburdened federal budget.”",
     "2015-11-11",
     [Q(170e9, "USD per year", "up to")]),
    ("polnear", "After the news went viral, the “Avatar” star posted a lengthy message on her Facebook about why no "
     "one should be surprised over what her husband did: “Men, you will not cease to exist by taking your "
     "partner’s surname,” she wrote.",
     "2015-12-22",
     []),
    ("polnear", "The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 that the "
     "organization is focused on “ending senseless gun violence.”",
     "2016-05-12",
     []),
    ("polnear", "In a pink marble New York skyscraper opposite the Museum of Modern Art, 20 summer analysts at the "
     "investment bank Centerview Partners listened while Robert E. Rubin, the former Treasury secretary, "
     "opined on the state of the world.",
     "2016-01-07",
     [Q(20, "summer analysts")]),
    ("polnear", "In the final Mass of his Mexico trip, held along the United States border, Francis told the Biblical "
     "story of the city of Nineveh, which was ''self-destructing as a result of oppression and dishonor, "
     "violence and injustice.'' God sent a messenger, Jonah, to warn people and the local king that they "
     "must change how they treat one another or the city would be destroyed.",
     "2016-02-20",
     []),
    ("polnear", "University of Texas, No. 14-981, a long-running challenge to a race-conscious admission program at "
     "the University of Texas at Austin, the court was missing both Justice Scalia and Justice Elena "
     "Kagan, who had recused herself because she had worked on the case as solicitor general.",
     "2016-06-29",
     []),
    ("polnear", "A previously undisclosed email obtained by Citizens United, the conservative advocacy group, through "
     "public records lawsuits shows the name of Mr. Pinchuk, described as one of Ukraine's ''most "
     "successful businessmen,'' among those on an eight-page list of influential people invited to a "
     "dinner party at the Clintons' home.",
     "2016-08-22",
     [Q(8, "page")]),
    ("polnear", "Welch said on Friday to Vermont Edition that he planned to vote for Sanders in the state's March 1 "
     "primary.",
     "2016-02-19",
     [D("2016-02-19"), D("2016-03-01")]),
    ("polnear", "Applicants must promise to furnish $2,000 to participate after they’re selected, a requirement that "
     "tilts the process away from newcomers and outsiders.",
     "2016-04-09",
     [Q(2000, "USD")]),
    ("polnear", "Last month, a bipartisan group of 32 national security experts at the Aspen Institute Homeland "
     "Security Group warned of a specific type of fakery following the DNC hack, arguing that the "
     "suspected Russian hackers who struck the DNC and the Democratic Congressional Campaign Committee "
     "could “salt the files they release with plausible forgeries.”",
     "2016-08-17",
     [D("2016-07"), Q(32, "national security experts", time="2016-07")]),
    ("allsides", "President Biden made his way on Sunday around a quiet room at Dover Air Force Base, a chamber filled "
     "with couches and chairs, with dignitaries and grieving families huddling together as the president "
     "came to speak to them privately, one family at a time.",
     "2021-09-01",
     [D("2021-08-29")]),
    ("allsides", "The White House wants $24 billion in additional funding to help recovery efforts for the California "
     "wildfires and several hurricanes, including Hurricane Ida.",
     "2021-09-08",
     [Q(24e9, "USD")]),
    ("allsides", "The panel was convened recently and will sit three days a week for six months.",
     "2021-05-25",
     [Q(3, "day per week"), Q(6, "month")]),
    ("allsides", "Hospitals across the capital, Delhi, continued to issue SOS calls over acute oxygen shortages, with "
     "eight patients dying in private hospitals on Sunday...",
     "2021-04-26",
     [Q(8, "patients", time="2021-04-25"), D("2021-04-25")]),
    ("allsides", "The Food and Drug Administration on Wednesday granted an emergency use authorization to Pfizer and "
     "BioNTech’s Covid-19 vaccine booster, though for now the FDA said use of the booster should be "
     "restricted to people over the age of 65, adults 18 and older at high risk of severe Covid, and those "
     "who, like health care workers, are at higher risk of infection because of their jobs.",
     "2021-09-23",
     [D("2021-09-22"), Q(65, None, "over"), Q(18, None, "at least")]),
    ("allsides", "Enhanced federal unemployment insurance put in place during the coronavirus pandemic ended this "
     "weekend, after nearly a year and a half.",
     "2021-09-06",
     [D("2021-W35"), Q(1.5, "year", "about")]),
    ("allsides", "Top Senate Democrats are finally in array on a $3.5 trillion price tag for their party's momentous "
     "social spending plans.",
     "2021-07-14",
     [Q(3.5e12, "USD")]),
    ("allsides", "The last US military flight has left Kabul airport, marking the end of a 20-year presence in "
     "Afghanistan and America's longest war.",
     "2021-08-31",
     [Q(20, "year")]),
    ("allsides", "President Biden took an important but limited step Wednesday toward a genuine investigation into the "
     "origins of covid-19.",
     "2021-05-28",
     [D("2021-05-26")]),
    ("allsides", "Should he have survived potential impeachment proceedings, he also faced daunting reelection "
     "prospects in 2022.",
     "2021-08-10",
     [D("2022")]),
    ("allsides", '"It\'s really tragic that we have a situation where vaccines are being wasted while lots of African '
     'countries have not had even 5% of their populations vaccinated," England\'s University of Warwick '
     "professor Sharifah Sekalala told NBC News.",
     "2021-09-01",
     [Q(5, "percent")]),
    ("allsides", "House Speaker Nancy Pelosi told House Democrats in a letter Sunday night to fellow Democrats that "
     "the $1 trillion infrastructure bill will be voted on Thursday after doing her best Joe Namath "
     "imitation by guaranteeing that the bill will be passed.",
     "2021-09-27",
     [D("2021-09-26"), Q(1e12, "USD", time="2021-09-30"), D("2021-09-30")]),
    ("allsides", "WASHINGTON — President Biden’s trillion-dollar bipartisan infrastructure plan suffered a significant "
     "setback late Thursday night when House Democratic leaders, short of support amid a liberal revolt, "
     "put off a planned vote on a crucial plank of their domestic agenda.",
     "2021-10-01",
     [Q(1e12, "USD", time="2021-09-30"), D("2021-09-30")]),
    ("allsides", "The FDA released a report Wednesday — two days before an outside panel considers Pfizer’s request...",
     "2021-09-25",
     [D("2021-09-22"), Q(2, "day")]),
    ("allsides", "U.S. Capitol Police officers who were attacked and beaten during the Capitol riot filed a lawsuit "
     "Thursday against former President Donald Trump, his allies and members of far-right extremist "
     "groups, accusing them of intentionally sending a violent mob on Jan. 6 to disrupt the congressional "
     "certification of the election.",
     "2021-08-26",
     [D("2021-08-26"), D("2021-01-06")]),
    ("allsides", "Republican lawmakers on Wednesday killed a law that underpinned coronavirus restrictions issued by "
     "Gov. Gretchen Whitmer in 2020, wiping it from the books after Michigan’s Supreme Court declared the "
     "measure unconstitutional.",
     "2021-07-24",
     [D("2021-07-21"), D("2020")]),
    ("allsides", "New York Governor Kathy Hochul is considering employing the National Guard and out-of-state medical "
     "workers to fill hospital staffing shortages with tens of thousands of workers possibly losing their "
     "jobs for not meeting a Monday deadline for mandated COVID-19 vaccination.",
     "2021-09-27",
     [D("2021-09-27")]),
    ("allsides", "In recent days, Haitians have been freed on “a very, very large scale” and given notices to appear "
     "at an immigration office within 60 days, a US official told the Associated Press.",
     "2021-09-22",
     [Q(60, "day")]),
    ("allsides", "The FTC sued the company last December, alongside attorneys general from 48 states, arguing that "
     "Facebook engaged engaged in a systematic strategy to eliminate threats to its monopoly, including "
     "the 2012...",
     "2021-06-28",
     [D("2020-12"), Q(48, "states", time="2020-12"), D("2012")]),
    ("allsides", "In an exclusive interview airing Friday with TODAY show co-anchor Craig Melvin, Biden said his "
     "administration inherited “one god-awful mess at the border” from former President Donald Trump.",
     "2021-04-30",
     [D("2021-04-30")]),
]

@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # The time field, with the parse: a subordinator after a participle opens a clause inside the phrase, not the
        # phrase ("setting up … as the variant rattles"); a date hung on an auxiliary dates its verb's clause; a
        # "when" clause on a baseline date is that date's; a "where" clause on a noun dates nothing it counts; a date
        # between a "from" and a "to" phrase is the starting point's; a gerund after "as" shares its host's date; a
        # sum "in" what a participle describes is dated by it.
        ("Benefits expired on Monday, setting up a cutoff for 7.5 million people as the variant spreads.",
         "2021-09-07",
         [(None, "date", None, "2021-09-06", None), (7500000.0, "people", "exact", "2021-09-06", None)]),
        ("The administration did in June agree to back a $50 billion bailout.", "2018-09-01",
         [(None, "date", None, "2018-06", None), (50e9, "USD", "exact", "2018-06", None)]),
        ("It marked the best level since March 14, 2020, when there were 256,000 applicants.", "2021-10-14",
         [(None, "date", None, "2020-03-14", None), (256000.0, "applicants", "exact", "2020-03-14", None)]),
        ("Romney climbed from an 8-point deficit last month to a 4-point lead.", "2012-10-10",
         [(8.0, "point", "exact", "2012-09", None), (None, "date", None, "2012-09", None),
          (4.0, "point", "exact", None, None)]),
        ("The report says there were 456,000 fewer people counted as being among the unemployed last month.",
         "2012-10-05",
         [(456000.0, "people", "exact", "2012-09", None), (None, "date", None, "2012-09", None)]),
        # Dates and shapes without the parse's help: a month after a past year of its clause or an opening decade,
        # "August the 31st", "19 1/2", an age at a sentence's end, a counted phrase ending before another number, a
        # share before an aside in dashes, "the top four" before an adjective and a plural.
        ("She remained in the 2008 primary contest until June.", "2016-04-28",
         [(None, "date", None, "2008", None), (None, "date", None, "2008-06", None)]),
        ("During a standoff in the mid-1990s, Congress paid for the month of March.", "2013-01-16",
         [(None, "date", None, "1990s", None), (None, "date", None, "--03", None)]),
        ("The two sides have been battling since 2004, and they agreed in March to a truce.", "2021-06-15",
         [(2.0, "sides", "exact", "2004", None), (None, "date", None, "2004", None),
          (None, "date", None, "2021-03", None)]),
        ("He is leaving August the 31st.", "2021-08-20", [(None, "date", None, "2021-08-31", None)]),
        ("He faced between 15 and 19 1/2 years in prison.", None, [(15.0, "year", "range", None, 19.5)]),
        ("She wounded her husband, lawyer Mark Anderl, 63.", None, [(63.0, None, "exact", None, None)]),
        ("Support is down from 84% nearly two months ago.", None,
         [(84.0, "percent", "exact", None, None), (2.0, "month", "about", None, None)]),
        ("A poll showed that a bit more than half — 55 percent — of his supporters agreed.", None,
         [(50.0, "percent", "over", None, None), (55.0, "percent", "exact", None, None)]),
        ("They wrote to the top four congressional leaders.", None,
         [(4.0, "congressional leaders", "exact", None, None)]),
        ("Pelosi set up a committee to investigate the Jan. 6 Capitol riot.", "2021-06-29",
         [(None, "date", None, "2021-01-06", None)]),
        # Prompted by TWENTY_SEVENTH's first run (the table itself stays gated at its first run): "almost exactly";
        # two units words are two numbers; "only had one", "to be one day" after another span, count; a sum for each
        # of a run of periods is a rate; "Group 72" names; "5percentage points"; "a stumble or two"; "net-zero"; a date
        # right after an end point's phrase is that point's (the parser hangs it on the verb).
        ("Almost exactly three years later, it closed.", None, [(3.0, "year", "about", None, None)]),
        # Session 8 reads "one" too (1 term and 2 years), as TWENTY_SEVENTH itself expects.
        ("He served one two-year term.", None,
         [(1.0, "term", "exact", None, None), (2.0, "year", "exact", None, None)]),
        ("He only had one thing on his mind.", None, [(1.0, "thing", "exact", None, None)]),
        ("They had to wait 48 hours, but he sped up the process to be one day.", None,
         [(48.0, "hour", "exact", None, None), (1.0, "day", "exact", None, None)]),
        ("It adds $32 billion for each of the next two years.", None,
         [(32e9, "USD per year", "exact", None, None), (2.0, "year", "exact", None, None)]),
        ("The hackers are known as “Group 72.”", None, []),
        ("Sanders would win by more than 5percentage points.", None,
         [(5.0, "percentage points", "over", None, None)]),
        ("Christie still needs a stumble or two.", None, [(1.0, "stumble", "range", None, 2.0)]),
        ("It set a goal of a net-zero emission economy by 2035.", "2021-04-22",
         [(None, "date", "target", "2035", None)]),
        ("He said about 5,500 troops would remain in the country through the end of his term in early 2017.",
         "2015-12-29",
         [(5500.0, "troops", "about", None, None), (None, "date", None, "2017", None)]),
        # Prompted by TWENTY_EIGHTH's first run (gated at it): a day word in capitals names a show; a span "into"
        # something is counted from its start; "a trillion-dollar plan".
        ("In an interview airing Friday with TODAY show co-anchor Craig Melvin, Biden spoke.", "2021-04-30",
         [(None, "date", None, "2021-04-30", None)]),
        ("Six years into his presidency, in 1986, Reagan's party lost the Senate.", "2014-11-06",
         [(6.0, "year", "exact", None, None), (None, "date", None, "1986", None)]),
        ("Biden's trillion-dollar plan suffered a setback late Thursday night.", "2021-10-01",
         [(1e12, "USD", "exact", "2021-09-30", None), (None, "date", None, "2021-09-30", None)]),
    ],
)
def test_shapes_of_session_seven(
    sentence: str, published: str | None,
    expected: list[tuple[float | None, str | None, str | None, str | None, float | None]], nlp: Language,
) -> None:
    found = find_quantities(sentence, published=published, span=nlp(sentence)[:])
    assert [(q.value, q.unit, q.qualifier, q.time, q.upper) for q in found] == expected, found


def test_an_age_at_the_end_of_a_sentence_is_an_age() -> None:
    (age,) = find_quantities("She wounded her husband, lawyer Mark Anderl, 63.")
    assert age.measure == "age"


def test_session_seven_tables_are_real() -> None:
    sources = _sources_text(bias_residues=(237, 418)) + " " + _corpus_text()
    for source, sentence, _, _ in TWENTY_SEVENTH + TWENTY_EIGHTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert min(len(TWENTY_SEVENTH), len(TWENTY_EIGHTH)) >= 60


#: First run of TWENTY_SEVENTH (commit "a twenty-seventh fresh draw", on the rules of session 7's first round, which
#: fixed TWENTY_SIXTH's and the pooled time-field misses): the honest figure. Left untuned: its gate pins that figure
#: minus a margin. Its 16 misses with the parse: on the time field 1 — "about 5,500 troops would remain … through the
#: end of his term in early 2017" dated 2017 (an end point places the clause against a point in time); on a date's
#: year, day or shape 4 — "the Sept. 11 attacks" and "the September 11 terrorist attacks" read as the nearest such day
#: (2021, 2020), not 2001, "the Friday affair" cancelled on a Thursday read as the Friday before, "today, tomorrow,
#: forever" in a quoted slogan read as two dates; on what a number counts or names and qualifiers 11 — "almost exactly
#: three years" not "about", "one two-year term" read as 3 years, "up from a quarter" (no "of") not read, "only had
#: one thing" and "to be one day" and "narrow her support to one" not counted, "$32 billion for each of the next two
#: years" not a rate, "Group 72" read as a number, "5percentage points" (glued) not read, "a stumble or two" read as
#: 2, "net-zero emission" read as two zeros. Without the parse 19 misses: the same but "5,500 troops" right, and also
#: "up to 15,000 people to march on July 25" dated, "the one set up for Clinton" counted, the "four-star general" and
#: "two unsigned opinions" of clauses dated Monday left undated.
TWENTY_SEVENTH_ACCURACY_FIRST_RUN = 0.733  # 44 of 60 with the parse (as the claims stage runs it)
TWENTY_SEVENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.683  # 41 of 60
#: After the fixes its misses prompted (session 7's second round, before TWENTY_EIGHTH was drawn): 0.883 with the parse
#: (53 of 60: the two September 11 dates, "the Friday affair", "today, tomorrow" in a slogan, "one two-year term" (the
#: "one"), "up from a quarter", "narrow her support to one" stay missed), 0.817 without. The gate stays at the first
#: run, as the table is no longer blind.
MIN_TWENTY_SEVENTH_ACCURACY = 0.71
MIN_TWENTY_SEVENTH_ACCURACY_WITHOUT_PARSE = 0.66
#: First run of TWENTY_EIGHTH (commit "a twenty-eighth fresh draw", on the rules after the fixes TWENTY_SEVENTH
#: prompted): the honest figure. Left untuned: its gate pins that figure minus a margin. Its 8 misses with the parse as
#: committed: on the time field 1 — "Six years into his presidency, in 1986," (a span counted from a point) dated 1986;
#: on a date's year, day or shape 2 — "ended this weekend" written on a Monday read as the coming weekend (2021-W36, not
#: W35), "TODAY show" read as a date; on what a number counts or names and qualifiers 5 — "a 50-50 Senate" read as 50
#: and "50 Senate", "two Des Moines, Iowa-area police officers" counted as "Des Moines", "30 other current and former
#: policymakers and economists" counted without "and economists", "a trillion-dollar plan" not read; and "within 60
#: days" read as exactly 60 days, the tables' precedent, which the annotation as committed ("at most") missed and was
#: corrected to afterwards (so 0.867 as committed, 0.883 with the correction: 53 of 60). Without the parse 10: the same
#: but "Six years" right, and also "Through the end of September, O'Malley had raised $3.2 million and had about
#: $800,000" with both sums undated, "the $1 trillion infrastructure bill will be voted on Thursday" and "attorneys
#: general from 48 states" (after "sued the company last December") undated, "30 other current …" counted as "current"
#: and dated by "published earlier this week".
TWENTY_EIGHTH_ACCURACY_FIRST_RUN = 0.867  # 52 of 60 with the parse (as the claims stage runs it), as committed
TWENTY_EIGHTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.833  # 50 of 60, as committed
#: The same first-run rules on the corrected annotation: 0.883 with the parse (53 of 60), 0.850 without (51 of 60).
TWENTY_EIGHTH_ACCURACY_FIRST_RUN_CORRECTED = 0.883
#: After three general fixes its misses prompted (session 7's third round: a day word in capitals inside a sentence is
#: a name, a span "into" something is counted from its start, "a trillion-dollar plan"): 0.933 with the parse (56 of
#: 60: "a 50-50 Senate", "two Des Moines, Iowa-area police officers", "30 other current and former policymakers and
#: economists", "ended this weekend" on a Monday stay missed), 0.883 without. The gate stays at the first run.
MIN_TWENTY_EIGHTH_ACCURACY = 0.85
MIN_TWENTY_EIGHTH_ACCURACY_WITHOUT_PARSE = 0.81

#: Each table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_SEVEN_GATES = [
    ("twenty-seventh", TWENTY_SEVENTH, MIN_TWENTY_SEVENTH_ACCURACY, MIN_TWENTY_SEVENTH_ACCURACY_WITHOUT_PARSE),
    ("twenty-eighth", TWENTY_EIGHTH, MIN_TWENTY_EIGHTH_ACCURACY, MIN_TWENTY_EIGHTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's tables parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_SEVEN_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_SEVEN_GATES, ids=[g[0] for g in SESSION_SEVEN_GATES]
)
def test_session_seven_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
