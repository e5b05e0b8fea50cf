"""Quantities, session 5: draws EIGHTEENTH to TWENTY_SECOND, each annotated before the rules ran on it.

Drawn by ``benchmarks/quantities_draw.py eighteenth`` (bias-corpus articles 44 modulo 700, PolNeAR *train* texts 2 and
46 modulo 70, BASIL articles and AllSides story bodies in the order of ``random.Random(2043)``; every text an earlier
table drew from skipped). Of its 66 sentences two were dropped as scraping leftovers: a photo caption ("Trump prays
with pastors during a visit to …, October 5, 2016.") and an all-capital headline left in a body ("ELEVEN POLICE KILLED,
DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK."). Non-breaking spaces are written as spaces, as the cleaning stage leaves
them. Published dates are the sources' own.

Expectations follow the conventions of ``test_quantities.TABLE``, ``test_quantities_draws`` and the time rule of the
quantities module docstring. Where the conventions say nothing, the reader's answer was written: "appears to halve the
risk" is 50 percent (as "cut in half"); "the prior
week's revised level of 377,000" carries its own time and takes no date from the clause; "99 Fahrenheit" is degrees
Fahrenheit; "the year 10,191" names a year of fiction and is no quantity. One annotation was corrected after the first
run to an earlier table's precedent (NINTH: "bans abortions from as early as six weeks into a pregnancy" is exact and
undated): "as early as six weeks" had been annotated "at least"; the first run missed that sentence either way (it
read the figure dated).

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
EIGHTEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Ronald and Nancy Reagan met in 1949 when Ronald was the head of the Screen Actors Guild and they "
     "married three years later.", "2016-03-06",
     [D("1949"), Q(3, "year")]),
    ("bias", "The protest was organized by opposition leader Aleksei A. Navalny, 43, who was arrested Wednesday "
     "and sentenced to 30 days in jail.", None,
     [Q(43, None), D("Wednesday", "relative"), Q(30, "day")]),
    ("bias", "Before he could take the safety off, police fired 71 bullets, hitting him 22 times.", "2013-08-21",
     [Q(71, "bullets"), Q(22, "times")]),
    ("bias", "The midterm elections are just seven weeks away.", "2018-09-18",
     [Q(7, "week")]),
    ("bias", "Critics have noted that major attacks such as the 9/11 New York attacks, the Boston marathon bombing"
     " and the Orlando nightclub attack were carried out by people from countries not on the list or by "
     "US-born attackers.", None,
     []),
    ("bias", "In this election, notes Carl Cannon, no Trump fan himself, coverage has become so utterly partisan "
     "that “the 2016 election will be remembered as one in which much of the mainstream media all but "
     "admitted aligning itself with the Democratic Party.”", "2016-10-21",
     [D("2016")]),
    ("bias", "That's an average of 115 deaths every day.", "2018-03-01",
     [Q(115, "per day")]),
    ("bias", "But it also made it easier for states to restrict a woman’s right to choose, and over the past two "
     "decades this test has been increasingly exploited by abortion opponents.", "2015-06-11",
     [Q(2, "decade")]),
    ("bias", "Still, Lew said on Sunday that by Oct. 17 he will lose the capacity to borrow because he will have "
     "exhausted all the extraordinary measures he has been using since May to free up room for more "
     "borrowing.", "2013-10-06",
     [D("2013-10-06"), D("2013-10-17", "target"), D("2013-05")]),
    ("bias", "More surprising, perhaps, is the 82% of Republicans who align with the view that social distancing "
     "and stay-at-home orders are responsible, life-saving actions, while only 17% believe the restrictive"
     " measures are a government overreaction that infringes on an individual's freedom.", None,
     [Q(82, "percent"), Q(17, "percent")]),
    ("bias", "After a 41 day journey, the cars arrive in China.", "2020-03-09",
     [Q(41, "day")]),
    ("bias", '"If this was the beginning of a plan to subvert the will of the voters and replace it with the will '
     'of the political elite, I assure you Donald Trump will not be the only one leaving the party," '
     "Carson said in a statement that referenced Trump's repeated threats to leave the GOP if treated "
     '"unfairly."', "2015-12-11",
     []),
    ("bias", "Schumer says Republicans and Democrats agreed on $1.6 billion towards strengthening the border "
     "through physical barriers as well as technology like drones, and he hopes they keep their agreement.",
     "2018-11-19",
     [Q(1.6e9, "USD")]),
    ("bias", '"Before Obamacare, insurance companies could put lifetime caps on your health insurance," the girl\'s'
     " mother, Stacey Lihn, says in the 30-second commercial.", "2013-07-08",
     [Q(30, "second")]),
    ("bias", "There are four questions at play in the case, and all of them are, given the importance of the case,"
     " relatively narrow.", "2016-04-15",
     [Q(4, "questions")]),
    ("bias", 'Ramos asked."Yes, indeed," she said.Clinton said previously in a June 9 interview with ABC\'s Diane '
     'Sawyer that "We came out of the White House not only dead broke, but in debt."', "2014-07-30",
     [D("2014-06-09")]),
    ("bias", "“House Atreides took control of Arrakis 63 standard days into the year 10,191.", None,
     [Q(63, "standard days")]),
    ("bias", "It was the first consecutive drop since 1962-63.", None,
     [D("1962/1963")]),
    ("bias", "A major refinery in Port Arthur was closed on Wednesday after cutting its output to 40% a day "
     "earlier.", "2017-08-30",
     [D("2017-08-30"), Q(40, "percent"), Q(1, "day")]),
    ("bias", '"Look, I understand that businesses are hurting," said Dr. Saad Omer, director of the Yale Institute'
     " for Global Health and a former 11-year Georgia resident.", "2020-04-24",
     [Q(11, "year")]),
    ("bias", "Mr. McCain has stated that the B-1B is reserved for very limited types of close air support "
     "missions.", "2014-10-29",
     []),
    ("bias", "Nevertheless, with regard to the sticking point—$5.7 billion for a wall—both parties remained dug "
     "in.", "2019-01-08",
     [Q(5.7e9, "USD")]),
    ("bias", '"Matthew 22:37 says, \'Love the Lord your God with all your heart and with all your soul and with all'
     ' your mind.\' Billy Graham woke up every day and did just that," said House Speaker Paul Ryan with a '
     "smile.", "2018-02-28",
     []),
    ("polnear", "I guess that settles it, said six-million people who lost their health insurance.", "2015-11-17",
     [Q(6e6, "people")]),
    ("polnear", "Donald Trump has won at least 139 Super Tuesday delegates, while Ted Cruz has won at least 52.",
     "2016-03-01",
     [Q(139, "Super Tuesday delegates", "at least"), Q(52, None, "at least")]),
    ("polnear", "Former Clinton Senior Adviser Sidney Blumenthal said that he has “no idea” if he would have told "
     "Hillary Clinton not to use a personal server if he knew she had one at the time on Wednesday’s "
     "broadcast of CNN’s “New Day.”", "2016-05-11",
     [D("2016-05-11")]),
    ("polnear", "Islamic State has targeted and killed members of the Yazidi religion, one of the oldest in Iraq, "
     "along with Christians and other religious minorities in the region it controls in the Middle East.", "2015-12-30",
     []),
    ("polnear", "Looking back to 2008, Devine argued that the philosophical distance between Clinton and then-Sen. "
     "Barack Obama was narrower than what exists between Clinton and Sanders now.", "2016-04-27",
     [D("2008")]),
    ("polnear", "“I’m starting to wonder if he’s not the one behind the wheel.”", "2016-06-17",
     []),
    ("polnear", "Both men are first-generation Americans of Cuban descent, born five months apart and 44 years old.",
     "2015-12-18",
     [Q(5, "month"), Q(44, "year", measure="age")]),
    ("polnear", "For the past year, party leaders who had pleaded with Mr. Bush to run and armed his campaign with a "
     "record-shattering war chest of $100 million had consoled themselves with assurances that Mr. Trump's"
     " popularity in the polls would never translate into victory at the ballot box.", "2016-02-22",
     [Q(100e6, "USD")]),
    ("polnear", "There are only 300,000 steel workers in the United States.", "2016-06-15",
     [Q(300000, "steel workers")]),
    ("polnear", "She went on to express regret for joining with other Fox News hosts who doubted the polls showing "
     "President Obama leading Mitt Romney in 2012.", "2016-08-22",
     [D("2012")]),
    ("polnear", "The initial buys, which will likely rise, are in Minnesota (around $240,000), Colorado (around "
     "$700,000), Massachusetts (around $300,000) and Oklahoma (around $400,000).", "2016-02-09",
     [Q(240000, "USD", "about"), Q(700000, "USD", "about"), Q(300000, "USD", "about"), Q(400000, "USD", "about")]),
    ("polnear", "Clinton asks as a maintenance guy walks in front of her, saying he’s “here to fix the seven holes in"
     " your wall.”", "2016-04-10",
     [Q(7, "holes")]),
    ("polnear", "By mid 2014, she took to wearing a “spouse’s pin” — normally reserved for those actually married to "
     "a member of Congress.", "2016-07-29",
     [D("2014")]),
    ("basil", "But, in a surprise move, Senate Democrats, meeting behind closed doors to discuss the tax deal, have"
     ' asked the administration for "changes" to the bill, according to Sen Dick Durbin, D-Ill., the No. 2'
     " Democrat in the chamber.", "2010-12-08",
     []),
    ("basil", "Republicans have simply put in writing their political strategy which they have pursued over the "
     "last two years: obstruct and delay action on critical matters, and then blame the Democrats for not "
     "addressing the needs of the American people.", "2010-12-01",
     [Q(2, "year")]),
    ("basil", "“On the one hand, you say the problem is that they were utterly subjective, and on the other hand "
     "you say there is strong corporate culture that guides all of this.", "2011-03-29",
     []),
    ("basil", "But to people familiar with the Hutchinsons, long one of the most influential families in Arkansas, "
     "the news was hardly a bombshell.", "2015-04-01",
     []),
    ("basil", "Harf added that the department turned over about 300 emails to the Benghazi select committee, and "
     'noted that Clinton\'s successor as secretary of state, John Kerry, "is the first ... to rely '
     'primarily on a state.gov email account."', "2015-03-03",
     [Q(300, "emails", "about")]),
    ("basil", "But some observers said Cantor’s tough stance toward the end of the primary – one he’d seemed "
     "confident he’d easily win – was too little too late.", "2014-06-13",
     []),
    ("basil", "Calls and e-mails to a half-dozen advisers on the subject were not returned on Tuesday.", "2012-08-21",
     [Q(6, "advisers", time="2012-08-21"), D("2012-08-21")]),
    ("basil", "One of its members, Demetrios Minor, said critics of Dan Cathy have taken his statements completely "
     "out of context.", "2012-08-01",
     []),
    ("basil", "Ferguson has endured more than a week of unrest since the August 9 death of 18-year-old Michael "
     "Brown, who was shot by Ferguson Police Officer Darren Wilson.", "2014-08-21",
     [Q(1, "week", "over"), D("2014-08-09"), Q(18, "year", measure="age")]),
    ("basil", "Other officials in the GOP, including five senior Missouri Republicans, were less forgiving, "
     "however, suggesting that Akin had created an irreversible distraction and could no longer run as a "
     "viable candidate.", "2012-08-21",
     [Q(5, "senior Missouri Republicans")]),
    ("basil", "A version of this article appears in print on October 12, 2012, on page A16 of the New York edition "
     "with the headline: Night of Withering Ripostes, Mostly Delivered by Biden.", "2012-10-12",
     [D("2012-10-12")]),
    ("basil", "The cost of the package, senior officials estimated, would be roughly $500 million, some of which "
     "could come from already budgeted funds.", "2013-01-16",
     [Q(500e6, "USD", "about")]),
    ("allsides", "People with open partisan bias, including a man who was photographed on the Capitol steps during the"
     " Jan. 6 riot, are doing the recounting.", "2021-05-07",
     [D("2021-01-06")]),
    ("allsides", "Mexico seeks $10 billion in damages and injunctive relief.", "2021-08-29",
     [Q(10e9, "USD")]),
    ("allsides", "Food and water has been scarce, around 20 migrants told Reuters, and temperatures have risen to "
     "around 99 Fahrenheit (37 Celsius).", "2021-09-17",
     [Q(20, "migrants", "about"), Q(99, "degrees Fahrenheit", "about"), Q(37, "degrees Celsius")]),
    ("allsides", "GoLocal Providence, a local publication in Providence, Rhode Island, confronted Mr Whitehouse in "
     "2017 about his membership at Bailey's Beach Club in Newport, which does not allow minorities into "
     "its ranks and is considered to be one of the most exclusive clubs in the US.", "2021-06-21",
     [D("2017")]),
    ("allsides", "For more than five hours on Monday, the world got a taste of life without Facebook and its apps.",
     "2021-10-05",
     [Q(5, "hour", "over", "2021-10-04"), D("2021-10-04")]),
    ("allsides", "Continuing claims, which indicate the number of people collecting ongoing benefits, dropped to 2.59 "
     "million, another low.", "2021-10-14",
     [Q(2.59e6, None)]),
    ("allsides", "Rogers had a Harris County voter registration card and even waited in line to cast his ballot for "
     "seven hours. ...", "2021-07-11",
     [Q(7, "hour")]),
    ("allsides", "Initial filings for unemployment benefits, seen as a proxy for layoffs, reached 348,000 last week, "
     "down 29,000 from the prior week’s revised level of 377,000, according to data released Thursday by "
     "the Labor Department.", "2021-08-19",
     [Q(348000, None, time="2021-W32"), D("2021-W32"), Q(29000, None, time="2021-W32"), Q(377000, None),
      D("2021-08-19")]),
    ("allsides", "Secretary of State Antony Blinken is addressing lawmakers Tuesday in a second day of questioning "
     "about the U.S. withdrawal from Afghanistan, as he faces the Senate Foreign Relations Committee one "
     "day after appearing before members of the House.", "2021-09-14",
     [D("2021-09-14"), Q(1, "day")]),
    ("allsides", "President Joe Biden recently vowed to begin deploying boosters the week of Sept. 20, pending a green"
     " light from federal regulators.", "2021-09-04",
     [D("2021-09-20")]),
    ("allsides", "News that an experimental antiviral drug from Merck appears to halve the risk of hospitalization or "
     "death from Covid-19 has bolstered hopes of finding a simple at-home treatment for the virus.", "2021-10-01",
     [Q(50, "percent")]),
    ("allsides", 'None," Biden said, noting that he and Putin "share a unique responsibility to manage the '
     'relationship between two powerful and proud countries."', "2021-06-16",
     [Q(2, "powerful and proud countries")]),
    ("allsides", "WASHINGTON — Travel restrictions that the U.S. imposed because of the Covid-19 pandemic will be "
     "partially lifted for nearly three dozen countries on Nov. 8, the Biden administration announced "
     "Friday.", "2021-10-15",
     [Q(36, "countries", "about", "2021-11-08"), D("2021-11-08"), D("2021-10-15")]),
    ("allsides", "Texas Governor Greg Abbott signed a bill on Wednesday barring abortions after the detection of a "
     "fetal heartbeat — as early as six weeks — with the exception of medical emergencies.", "2021-05-19",
     [D("2021-05-19"), Q(6, "week")]),
    ("allsides", "Nearly a year and a half since Covid-19 was detected in the Chinese city of Wuhan, the question of "
     "how the virus first emerged remains a mystery.", "2021-05-28",
     [Q(1.5, "year", "about")]),
    ("allsides", "In a speech Wednesday, President Joe Biden announced the Port of Los Angeles will move to 24/7 "
     "service, bringing it into line with operations at the Port of...", "2021-10-13",
     [D("2021-10-13")]),

]


#: Drawn by ``benchmarks/quantities_draw.py nineteenth`` (bias-corpus articles 503 modulo 700, PolNeAR *train* texts 19
#: and 33 modulo 70, seed 2044; every text an earlier table drew from skipped) after the fixes EIGHTEENTH prompted, and
#: annotated by hand before the rules ran on it. Of its 66 sentences one was dropped: an all-capital headline left in a
#: body ("FIREWORKS FLY IN FIRST ONE-ON-ONE DEMOCRATIC DEBATE."). Where the conventions say nothing, the reader's answer
#: was written: "a single institution or two" is a range of one to two ("a month or two"); "three $50,000 prizes" counts
#: 3 prizes and is a sum of 50,000 USD; "Sept, 26, 2014" is a date; "over the last decade" is a span (as "over the last
#: year"), no date; "41 percent of voters surveyed … this week" is dated by the participle on what it is a percent of.
NINETEENTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "That's up from $82.7 million in 2008.", "2013-11-26",
     [Q(82.7e6, "USD", time="2008"), D("2008")]),
    ("bias", "The Republican oversight report traces the growing pressure on the IRS to act, beginning with Mr. "
     "Obama’s criticism of the Citizens United Supreme Court decision in his 2010 State of the Union "
     "address to calls from top members of Congress for the IRS to give special scrutiny to tea party "
     "applications.", "2013-09-17",
     [D("2010")]),
    ("bias", "Most physicians have a pessimistic outlook on the future of medicine, citing eroding autonomy and "
     "falling income, a survey of more than 600 doctors found.", "2013-03-27",
     [Q(600, "doctors", "over")]),
    ("bias", "The 5th Congressional District is open, since Democratic Rep. Elizabeth Esty announced she wouldn't "
     "run again after mishandling allegations of abuse within her staff.", "2018-08-14",
     []),
    ("bias", "Institutions of higher learning contributed a great deal to New York City and Los Angeles as well, "
     "though those metropolises are too large to be dominated by the influence of a single institution or "
     "two.", "2020-05-27",
     [Q(1, "institution", "range", upper=2)]),
    ("bias", "After serving as former Secretary of State Hillary Clinton’s deputy chief of staff, longtime aide "
     "Huma Abedin was quietly appointed as a “special government employee” on June 3, 2012.", "2015-09-30",
     [D("2012-06-03")]),
    ("bias", "Honestly, I’m disappointed that CNN missed the commonly used “blackmail” — a word that appears in "
     "439 stories on their website.", "2020-07-08",
     [Q(439, "stories")]),
    ("bias", "And the president’s political advisers remember what happened during his first two years in office, "
     "when he rarely traveled around the country, staying in Washington to shepherd his health care "
     "legislation through Congress.", "2013-05-10",
     [Q(2, "year")]),
    ("bias", "The Obama administration plans to buy an Illinois prison that at one point was considered for "
     "housing Guantanamo prisoners -- with Republican lawmakers now claiming the purchase would open the "
     "door for ultimately carrying out the Guantanamo transfer.", "2012-10-02",
     []),
    ("bias", "I live in Texas, a state Trump is likely to win, and I can count on one hand the number of people "
     "that I know who have openly admitted they are voting for Trump.", "2016-10-31",
     []),
    ("bias", "Presumptive Democratic presidential nominee Joseph R. Biden pledged Tuesday to invest $2 trillion "
     "into combating climate change during his first term in office.", "2020-07-14",
     [D("2020-07-14"), Q(2e12, "USD", time="2020-07-14")]),
    ("bias", "An AP report on Comey and Mueller said they “served closely alongside each other in the Bush "
     "administration Justice Department” and “have spoken warmly of each other,” although it is disputed "
     "that the two are close friends.", "2017-08-01",
     [Q(2, None)]),
    ("bias", 'She turned down $10 million-plus "offers" (presumably interview requests) "because they didn\'t feel '
     'like the right thing to do."', None,
     [Q(10e6, "USD", "at least")]),
    ("bias", "The alleged number of dead from the alleged chemical attack is about 350 people – less than 0.35 "
     "percent of the total number deaths in the Syrian war, which is now well over 100,000.", "2013-08-29",
     [Q(350, "people", "about"), Q(0.35, "percent", "under"), Q(100000, None, "over")]),
    ("bias", "While 41 percent of voters surveyed by The New York Times/CBS poll this week said they want the "
     "whole law trashed, 51 percent either say they want just the mandate killed or the whole law upheld.",
     "2012-06-08",
     [Q(41, "percent", time="2012-W23"), D("2012-W23"), Q(51, "percent")]),
    ("bias", "One source told Bloomberg that the president has considered firing Mnuchin while another said that "
     "whether he stays on or not will depend in large part on what happens to the markets.", "2018-12-25",
     []),
    ("bias", "The massacre at Sandy Hook Elementary School in December 2012, in Newtown, Conn., prompted some "
     "states to enact tighter gun-control measures, but in the end, states enacted many more laws to "
     "expand the rights of their residents to carry weapons for self-defense.", "2014-04-23",
     [D("2012-12")]),
    ("bias", "They instructed state and local governments to reopen in accordance with federal and local "
     "“regulations and guidance” and to monitor employees for symptoms of COVID-19.", "2020-05-07",
     []),
    ("bias", "They will both travel to France this week for ceremonies marking the 70th anniversary of the D-Day "
     "landings.", "2014-06-04",
     [D("2014-W23")]),
    ("bias", "Now that 2016 is here, the CBO says that just 177 million people, on average, will have private "
     "health insurance in any given month of this year — a shortfall of 24 million people.", None,
     [D("2016"), Q(177e6, "people", time="this year"), D("this year", "relative"),
      Q(24e6, "people", time="this year")]),
    ("bias", "“This day 30 years ago, Nelson Mandela walked out of prison and entered into discussions about "
     "apartheid.", "2020-02-28",
     [Q(30, "year")]),
    ("bias", "But Sanders did not seem to let ideological differences get in the way of backing other hopefuls: He"
     " said his main objective in 2020 is to vote out Trump and said he would support any candidate the "
     "Democrats choose to do so.", "2019-03-01",
     [D("2020")]),
    ("bias", "But now one of the best predictors of whether someone who clicks an ad will buy your product is how "
     "long you say it will take to deliver it, says Cline.", "2020-05-11",
     []),
    ("bias", "And, despite being one of Trump's early supporters, Corker told CNN he would not support Trump for "
     "re-election: “Let’s just say, I would not do that again.”", "2017-10-24",
     []),
    ("polnear", "Clinton, 35, the daughter of former President Bill Clinton and Democratic presidential candidate "
     "Hillary Clinton, said on Twitter on Monday, in reference to her first child, a girl born Sept, 26, "
     "2014, “Next summer, Charlotte is going to be a big sister!", "2015-12-21",
     [Q(35, None), D("2015-12-21"), D("2014-09-26"), D("2016-06/2016-08")]),
    ("polnear", "The ad, entitled “Nuestra Historia (Our History),” features five Hispanic-Americans with varying "
     "national heritage speaking in Spanish and talking about their family history in the United States.", "2016-06-24",
     [Q(5, "Hispanic-Americans")]),
    ("polnear", "Though, as a senator, Kaine has opposed defunding Planned Parenthood and restrictions on abortion, "
     "in 2009, as governor of Virginia, he signed a bill that created the “Choose Life” license plates "
     "that raise funds for pro-life causes.", "2016-07-22",
     [D("2009")]),
    ("polnear", "Now, one kind-hearted Canadian wants to help Americans keep that promise should Donald Trump win the"
     " presidency.", "2016-02-18",
     []),
    ("polnear", "Fields, along with Washington Post reporter Ben Terris, say Trump’s 41-year-old campaign manager "
     "yanked her out of the way, his grip imprinting finger-shaped bruises on her arm.", "2016-03-15",
     [Q(41, "year", measure="age")]),
    ("polnear", "It was the worst decision, one of the worst decisions, maybe the worst we ever made to be there in "
     "the first place.", "2016-08-11",
     []),
    ("polnear", "He said there were a million tweets with the hashtag within 24 hours.", "2015-11-16",
     [Q(1e6, "tweets"), Q(24, "hour")]),
    ("polnear", "In lieu of flowers, please send contributions to the Ruth Leff Siegel Awards Fund at the Pancreas "
     "Center at Columbia University Medical Center, payable to The Trustees of Columbia University and "
     "indicating Siegel Awards Fund, sent to CUMC Development Office, attn: Natasha McCabe, 100 Haven "
     "Avenue, Suite 29D, New York, NY, 10032.", "2016-04-01",
     []),
    ("polnear", "Emily's List alone has bundled more than $37 million for Democrats in this election cycle, a record "
     "pace for the organization and far more than any fund-raising effort on the right for female "
     "candidates.", "2016-05-09",
     [Q(37e6, "USD", "over")]),
    ("polnear", "The head of the Service Employees International Union is worried about what Donald Trump is stirring"
     " up in her 2.1 million members, because she thinks he can win.", "2016-01-07",
     [Q(2.1e6, "members")]),
    ("polnear", 'Starr said Clinton\'s situation reminds him of the 1969 book titled "The Tragedy of Lyndon Johnson," '
     'explaining, "because what could have been and so there are certain tragic dimensions of it, which we'
     ' all lament."', "2016-05-24",
     [D("1969")]),
    ("polnear", "Donald Trump has said four of his kids and his wife will also speak at the convention.", "2016-07-05",
     [Q(4, None)]),
    ("polnear", "March 1 is the deadline to compete for one of three $50,000 prizes.", "2016-01-22",
     [D("2016-03-01"), Q(3, "prizes"), Q(50000, "USD")]),
    ("basil", "Her opposition also puts her at odds with her father, who offered support for gay marriage in 2009.",
     "2013-09-01",
     [D("2009")]),
    ("basil", "Mr. Steele has lost the backing of many top supporters, but he has not yet said whether he will try "
     "to rebuild his frayed coalition and fight for the chance to lead the party into the 2012 election "
     "cycle.", "2010-12-12",
     [D("2012")]),
    ("basil", "He and wife Stacy have two young sons.", "2013-01-30",
     [Q(2, "young sons")]),
    ("basil", "The continuing controversy over the attack, which resulted in the deaths of Ambassador J. "
     "Christopher Stevens and three other Americans, has cast a cloud over Mrs. Clinton’s final months at "
     "the State Department.", "2013-01-23",
     [Q(3, "Americans")]),
    ("basil", "On Feb. 14, 2011, all senators were offered the opportunity to discuss the broad authority under the"
     " Patriot Act with the director of national intelligence, Mr. Clapper; the F.B.I. director, Robert S."
     " Mueller III; and General Alexander.", "2013-06-08",
     [D("2011-02-14")]),
    ("basil", "All these details, surrounding the deadliest terror attack on the U.S. homeland since 9/11, have "
     "fueled tensions in the presidential race at an already-combustible time.", "2016-06-13",
     []),
    ("basil", "Calling it potentially one of the biggest scams in the history of politics, Trump said he'd like "
     "Obama to show his birth certificate.", "2011-04-07",
     []),
    ("basil", '"It\'s time for Chuck Schumer to stand up and be counted -- does he stand with President Obama in '
     "support of this mosque or does he stand with the countless 9/11 families who believe its location is"
     ' inappropriate?"', "2010-08-16",
     []),
    ("basil", "WASHINGTON — AARP, the powerful lobby for older Americans that has been seen as one of the leading "
     "opponents of Social Security benefit cuts, said on Friday that it was open to modest reductions in "
     "benefits for future recipients.", "2011-06-17",
     [D("2011-06-17")]),
    ("basil", "WASHINGTON — Representative Raúl R. Labrador, a Republican of Idaho who has barely served two terms "
     "in Congress, jumped into the race for House majority leader on Friday, offering himself as the more "
     "conservative alternative who could pull the House rightward in the wake of Representative Eric "
     "Cantor’s loss in a primary.", "2014-06-14",
     [Q(2, "terms"), D("2014-06-13")]),
    ("basil", '"It lasted approximately 50 minutes.', "2012-12-13",
     [Q(50, "minute", "about")]),
    ("basil", "According to the report issued by the Department of the Treasury Inspector General for Tax "
     "Administration, Lerner had to correct the criteria developed by the Cincinnati office twice because "
     "she and other top IRS officials found that they were using politically fraught terms as they sought "
     "to make sure groups were properly applying for tax exemption.", "2013-05-21",
     [Q(2, "times")]),
    ("allsides", "But they’re equally important, almost,” Biden told reporters following an address at the White "
     "House, referring to the thousands of interpreters and other Afghan personnel who aided the "
     "two-decade U.S. war effort.", "2021-08-20",
     [Q(2, "decade")]),
    ("allsides", "Louisiana's Republican state senators Tuesday narrowly voted to overturn Democratic Gov. John Bel "
     "Edwards' rejection of a bill prohibiting transgender students from participating in school sports, "
     "on the opening day of the first veto session under the state's nearly 50-year-old constitution.", "2021-07-21",
     [D("2021-07-20"), Q(50, "year", "about", measure="age")]),
    ("allsides", "At least nine refineries in Louisiana have reduced production or shut-in operations in response to "
     "the storm, together accounting for about 13% of the total U.S. refining capacity, according to the "
     "Department of Energy.", "2021-08-31",
     [Q(9, "refineries", "at least"), Q(13, "percent", "about")]),
    ("allsides", "This week, well over 1,000 rockets have been launched into Israel by Palestinian terrorists "
     "operating out of Gaza.", "2021-05-13",
     [D("2021-W19"), Q(1000, "rockets", "over", time="2021-W19")]),
    ("allsides", "In the 11th Congressional District, which stretches from Cleveland to Akron, former state senator "
     "Nina Turner is locked in a bitter fight with Shontel Brown, a Cuyahoga County councilor and chair of"
     " the local Democratic Party.", "2021-08-03",
     []),
    ("allsides", "As of this week, nearly 100 massive container ships idled off the Los Angeles coastline, unable to "
     "unload their goods.", "2021-10-13",
     [D("2021-W41"), Q(100, "massive container ships", "about", time="2021-W41")]),
    ("allsides", "A bomb attack targeting the funeral prayer service for the mother of the Taliban’s chief spokesman "
     "killed at least three people in Kabul’s main mosque Sunday afternoon, in the first major militant "
     "strike on the Afghan capital since U.S. forces withdrew in August.", "2021-10-03",
     [Q(3, "people", "at least", time="2021-10-03"), D("2021-10-03"), D("2021-08")]),
    ("allsides", "The Biden administration this week is coalescing around a plan to administer booster shots to people"
     " who completed their COVID-19 vaccinations eight months ago.", "2021-08-17",
     [D("2021-W33"), Q(8, "month")]),
    ("allsides", "The number of people who identify as Native American or Alaska Native alone grew by 27.1% to 3.7 "
     "million people over the last decade, according to the U.S. Census.", "2021-08-13",
     [Q(27.1, "percent"), Q(3.7e6, "people")]),
    ("allsides", "Just before a weary nation paused for the holiday weekend, the West Virginia Democrat took a hatchet"
     " to the Democrats’ $3.5 trillion spending package, which has become the crown jewel on the left’s "
     "legislative wish list.", "2021-09-13",
     [Q(3.5e12, "USD")]),
    ("allsides", "Ellzey beat fellow Republican Susan Wright, the widow of former Rep. Ron Wright, 53 percent to 47 "
     "percent, when the Associated Press called the low-turnout, Republican-vs.-Republican runoff.", "2021-07-28",
     [Q(53, "percent"), Q(47, "percent")]),
    ("allsides", "A House Republican lawmaker’s investigation into the origins of COVID-19 is raising concerns that "
     "the pandemic outbreak stemmed from a genetically modified virus that leaked from the Wuhan Institute"
     " of Virology, located in the Chinese city where the virus was first detected in December 2019.", "2021-08-02",
     [D("2019-12")]),
    ("allsides", '"It\'s a very difficult decision, not one I wanted to make," she told Gayle King on "CBS This '
     'Morning."', "2021-07-06",
     []),
    ("allsides", "Miami-Dade County Mayor Daniella Levine Cava told the Associated Press that the demolition went "
     "“exactly as planned” around 10:30 p.m.", "2021-07-05",
     []),
    ("allsides", "The outspoken actress and #MeToo advocate discussed being able to recognize a cult having grown up "
     'in one herself, in comments that were labeled "disturbing" by critics.', "2021-04-29",
     []),
    ("allsides", "Critics had accused the 53-year-old of ruling like an autocrat.", "2021-07-07",
     [Q(53, "year", measure="age")]),

]

#: Drawn by ``benchmarks/quantities_draw.py twentieth`` (bias-corpus articles 281 modulo 700, PolNeAR *train* texts 6
#: and 29 modulo 70, seed 2045; every text an earlier table drew from skipped) after the fixes NINETEENTH prompted, and
#: annotated by hand before the rules ran on it; the last draw of session 5, left untuned. All 66 sentences kept (one
#: holds two sentences the sampler's splitter joined: "… Airbus The EU and US agreed in March …"). Where the
#: conventions say nothing, the reader's answer was written: "a credible pathway to 50%" is a target; "$50,000 or less"
#: is at most 50,000 USD; "zero inconvenience" counts zero; "more than a dozen others" counts "others"; "the top two
#: members of the committee" counts two members (a counted noun, unlike the rank "the top three"). One annotation was
#: corrected after the first run to the documented time rule (rule 1 dates a clause's counts whatever they count, "all
#: 32 member states" included): "the two sides have been battling since 2004" had been left undated as a definite
#: count.
TWENTIETH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "When Justice Antonin Scalia joined the court in 1986, originalism was a relatively fringe philosophy"
     " only he and a few other judges adhered to, but it has since become one of the dominant methods of "
     "judicial interpretation.", "2019-10-08",
     [D("1986")]),
    ("bias", "Not only is Sciutto dismissing legitimate questions, he worked for the Obama State Department as a "
     "diplomat from 2011 to 2013.", "2017-04-05",
     [D("2011/2013")]),
    ("bias", '"The president\'s tacit admission of control over the Enquirer\'s punishing coverage of his '
     'adversaries suggests an abuse of power -- a shocking one," said Norm Eisen, a former White House '
     "ethics czar.", "2017-06-30",
     []),
    ("bias", "“Citizens standing up for equality and freedom can never be equated with white supremacists, "
     "neo-Nazis, and the KKK (Ku Klux Klan),” he said in an interview with the Financial Times on Aug. 25.",
     "2017-08-31",
     [D("2017-08-25")]),
    ("bias", '"I\'ve been in this fight for 20 years.', "2013-02-04",
     [Q(20, "year")]),
    ("bias", "Carter would be Obama’s fourth secretary of defense, and the president does not want a fifth, so "
     "that could give Carter leverage on these and other issues inside the administration during its last "
     "two years.", "2015-02-04",
     [Q(2, "year")]),
    ("bias", "Such outlets often perform a public service at the local level, one that cannot necessarily be "
     "replaced by Beltway-centric outlets like Axios.", "2020-04-23",
     []),
    ("bias", "When Henryville, Ind., was hit last year by an EF4 tornado and two schools were largely destroyed, "
     "they opted not to rebuild with a shelter, he notes.", "2013-05-21",
     [D("2012"), Q(2, "schools")]),
    ("bias", "From one perspective, these organizations seem to have succeeded mostly in forming a new bubble—what"
     " activists call “the civil-dialogue space.”", None,
     []),
    ("bias", "Politics is also how we are getting a $2 trillion coronavirus emergency relief package through "
     "Congress.", "2020-03-26",
     [Q(2e12, "USD")]),
    ("bias", "Pam Iacono, a Republican RTM candidate for Fairfield’s 8th district, described the phenomenon as "
     "force of nature that herself and her fellow Republicans found themselves powerless to stop.", "2017-11-14",
     []),
    ("bias", "It is one thing, the appellate court ruled, for the president and his team to boast that they know "
     "how to kill legally by finding a secret “adequate substitute” for due process and keeping the secret"
     " a secret, but it's quite another for them to reveal a summary of their secrets to their favorite "
     "reporters.", "2014-04-24",
     []),
    ("bias", 'Plouffe said "We win the election if it were held today," adding that the president has a "credible '
     'pathway to 50%" in North Carolina, Florida, Virginia, New Hampshire, Iowa, Colorado and Nevada.', "2012-10-24",
     [D("2012-10-24"), Q(50, "percent", "target")]),
    ("bias", "He also compared his law enforcement agency to Minneapolis, noting the difference between the two, "
     "saying “He killed someone.", "2020-06-09",
     [Q(2, None)]),
    ("bias", "There are eight such senators up for reelection in 2014: Sens.", "2013-01-22",
     [Q(8, "senators", time="2014"), D("2014")]),
    ("bias", "The first presidential debate, on domestic issues, takes place exactly one week before that.",
     "2012-09-30",
     [Q(1, "week")]),
    ("bias", "The Florida legislature is currently considering arming teachers as a way to deter school shootings,"
     " a proposal that Trump called for following the Feb. 14 Marjory Stoneman Douglas High School "
     "shooting in Parkland, Fla., that left 17 people dead and more than a dozen others injured.", "2018-03-03",
     [D("2018-02-14"), Q(17, "people"), Q(12, "others", "over")]),
    ("bias", "And that party is in a period of reflection following the 2012 elections, when the GOP failed to win"
     " back the White House or control of the Senate.", "2013-03-14",
     [D("2012")]),
    ("bias", "In the 18 months since, as gay marriage moved from seeming incredible to inevitable, Windsor has "
     "been feted by the likes of President Obama and former president Bill Clinton.", "2014-12-28",
     [Q(18, "month")]),
    ("bias", "Just 24 hours earlier, Trump had given a generally well-received speech on sending more troops to "
     "Afghanistan, and won some media plaudits for the deliberative nature of the consultations with his "
     "generals.", "2017-08-24",
     [Q(24, "hour")]),
    ("bias", "And one thing is for sure, Trump will never back down.", "2019-05-24",
     []),
    ("bias", "The substance of that first half, however, was so full of blatant pandering to Latino voters and "
     "wild promises to wield executive power on their behalf that it could come back to haunt the eventual"
     " Democratic nominee (likely Hillary Clinton) in a general election.", "2016-03-10",
     []),
    ("bias", "While Trump's negotiation team walked out of South Korean talks to give one of our closest military "
     'allies "time to reconsider" their situation, South Korean officials appear to have done exactly '
     "that.", "2019-11-19",
     []),
    ("bias", "Besides violent criminals, ICE released 16,000 illegal immigrants convicted of driving under the "
     "influence.", "2014-05-13",
     [Q(16000, "illegal immigrants")]),
    ("polnear", "On the November 24, Breitbart News Daily show on Sirius XM Patriot channel 125 from 6AM to 9AM EST, "
     "host and Breitbart News Executive Chairman Stephen K. Bannon will interview a number of guests.", "2015-11-23",
     [D("2015-11-24")]),
    ("polnear", "Clinton received 38 percent, while Rubio held 33 percent and Bloomberg had 10 percent.", "2016-01-23",
     [Q(38, "percent"), Q(33, "percent"), Q(10, "percent")]),
    ("polnear", "Trump reported between $5,000 and $15,000 in interest income from a now-sold investment in Nabisco’s"
     " parent company.", "2016-05-18",
     [Q(5000, "USD", "range", upper=15000)]),
    ("polnear", "One of the really hard questions he’s got to weigh on the way to California is, do you really want a"
     " two-pirate ticket?”", "2016-07-14",
     [Q(2, "pirate")]),
    ("polnear", "Amanda Renteria is the Clinton campaign’s national political director and one of the staffers who "
     "went to Flint last week to talk with the mayor.", "2016-01-19",
     [D("2016-W02")]),
    ("polnear", "But Fox didn’t replay Clinton’s speech afterward, at least not immediately.[10:29.]", "2016-03-09",
     []),
    ("polnear", "In all, hackers compromised 12 FDIC workstations, including those of other executives such as the "
     "regulator’s former chief of staff and former general counsel, and 10 servers, the congressional "
     "report said.", "2016-07-14",
     [Q(12, "FDIC workstations"), Q(10, "servers")]),
    ("polnear", "And if Democratic presidential nominee Hillary Clinton wins in November, she could very well "
     "re-nominate him to the same seat in 2017.", "2016-09-06",
     [D("2016-11"), D("2017")]),
    ("polnear", "Justice Scalia's death and the loss of a reliably pro-business vote have already caused Dow Chemical"
     " to pay $835 million to settle an antitrust price-fixing case that it had lost in lower courts and "
     "that was on the Supreme Court's docket.", "2016-03-04",
     [Q(835e6, "USD")]),
    ("polnear", "The party is relatively unified on raising the minimum wage to $15, and Mrs. Clinton recently voiced"
     " qualified support.", "2016-04-26",
     [Q(15, "USD", "target")]),
    ("polnear", "At dawn, he and a comrade would drive 300 miles southwest to the mined, militarized border between "
     "Eritrea and Ethiopia to rendezvous with intelligence sources at a rebel base camp.", "2016-09-03",
     [Q(300, "miles")]),
    ("polnear", "Shuster has $1.3 million in the bank, compared to Halvorson's paltry $31,000.", "2016-04-18",
     [Q(1.3e6, "USD"), Q(31000, "USD")]),
    ("polnear", "Plus Democrats are defending a number of red states in 2018, which would make vulnerable Democrats "
     "less than enthusiastic about antagonizing conservative voters in their states.", "2016-06-22",
     [D("2018")]),
    ("polnear", "About 40% of caregivers have a household income of $50,000 or less.", "2015-12-22",
     [Q(40, "percent", "about"), Q(50000, "USD", "at most")]),
    ("basil", '"I think it\'s important to recognize that you can\'t have 100 percent security, and also then have '
     "100 percent privacy and zero inconvenience.", "2013-06-07",
     [Q(100, "percent"), Q(100, "percent"), Q(0, "inconvenience")]),
    ("basil", '"Instead of facing these challenges and creating jobs to help American people make sure they have a '
     "roof over their head and food on their table, we are debating whether or not to affirm and "
     'proliferate a motto that was adopted in 1956 and is under no threat of attack," he said.', "2011-11-02",
     [D("1956")]),
    ("basil", "Sasha, 13, wore a maroon dress, a cardigan sweater, a pair of white midcalf-high socks and black "
     "ankle boots.", "2014-12-01",
     [Q(13, None)]),
    ("basil", "As of the 2013 tax year, same-sex spouses who are legally married will not be able to file federal "
     "tax returns as if either were single.", "2013-08-29",
     [D("2013")]),
    ("basil", "“I'm going to be remaining as the chair of the Democratic National Committee as President Obama has "
     "asked me to do until January 21, 2017, and I appreciate the president’s support,” she said.", "2016-06-09",
     [D("2017-01-21")]),
    ("basil", "Nine states, including California, Delaware and New Jersey, now allow civil unions and broad "
     "domestic partnerships that most likely fit Mr. Romney’s description of marriage-like arrangements, "
     "meaning that they would be in the cross hairs of a President Romney, who supports a constitutional "
     "amendment to ban same-sex marriage.", "2012-05-10",
     [Q(9, "states")]),
    ("basil", '"This ad highlights the \'buyer\'s remorse\' felt by many in the Jewish community, who voted for Obama '
     "four years ago but are now disillusioned with his economic policies and his policies toward Israel,”"
     " the coalition's executive director, Matt Brooks, said in a written statement Wednesday.", "2012-09-20",
     [Q(4, "year"), D("2012-09-19")]),
    ("basil", "DENVER — Two heartland states filed the first major court challenge to marijuana legalization on "
     "Thursday, saying that Colorado’s growing array of state-regulated recreational marijuana shops was "
     "piping marijuana into neighboring states and should be shut down.", "2014-12-18",
     [Q(2, "heartland states", time="2014-12-18"), D("2014-12-18")]),
    ("basil", "Those claims are all circumstantial, but it doesn't help his case should there ever actually be one.",
     "2011-06-01",
     []),
    ("basil", 'In one emailed statement, Perry stated, "just when you thought Barack Obama couldn\'t get any more '
     "out of touch with America's values, AP reports his administration wants to make foreign aid "
     "decisions based on gay rights.", "2011-12-07",
     []),
    ("basil", 'The meeting was arranged "at Senator Sanders\' request," Earnest said, and the two will discuss "how '
     "to build on the extraordinary work he has done to engage millions of Democratic voters, and to build"
     ' on that enthusiasm in the weeks and months ahead."', "2016-06-08",
     [Q(2, None)]),
    ("basil", 'Democrats say that argument doesn\'t wash and call SB1062 "toxic" legislation that allows '
     "discrimination.", "2014-02-26",
     []),
    ("allsides", "The HHS' Office for Civil Rights said it would interpret and enforce Section 1557 and Title IX's "
     "prohibitions on discrimination based on sex to include discrimination on the basis of sexual "
     "orientation and discrimination on the basis of gender identity.", "2021-05-10",
     []),
    ("allsides", "Israel’s latest strikes, which hit a high-rise home of a Hamas field commander and two border "
     "tunnels, occurred as Gaza militants fired more than 250 rockets toward Israel, according to the "
     "Associated Press.", "2021-05-11",
     [Q(2, "border tunnels"), Q(250, "rockets", "over")]),
    ("allsides", "After almost 100 days, polling shows Joe Biden gets a higher approval rating than Donald Trump, but "
     "still one of the lowest at this point in any administration since World War II.", "2021-04-26",
     [Q(100, "day", "about")]),
    ("allsides", "The three other former officers accused of aiding and abetting Chauvin will stand trial in March "
     "2022.", "2021-05-23",
     [Q(3, "former officers"), D("2022-03")]),
    ("allsides", "Columbus, Ohio, officials released additional body camera video on Wednesday of a police officer "
     "fatally shooting a Black teen who charged two females with a knife.", "2021-04-22",
     [D("2021-04-21"), Q(2, "females")]),
    ("allsides", "The top two members of the committee, New Jersey Democrat Bob Menendez and Idaho Republican James "
     "Risch, both assailed the withdrawal as...", "2021-09-14",
     [Q(2, "members")]),
    ("allsides", "President Biden's joint address to Congress looked back over the challenges he faced taking office "
     '100 days ago in the midst of a pandemic — and declared "America is on the move again."', "2021-04-29",
     [Q(100, "day")]),
    ("allsides", "The US economy added 943,000 jobs in July and the unemployment rate fell to 5.4% — a new low of the "
     "pandemic era — the Bureau of Labor Statistics reported Friday.", "2021-08-06",
     [Q(943000, "jobs", time="2021-07"), D("2021-07"), Q(5.4, "percent"), D("2021-08-06")]),
    ("allsides", "Assume, for the moment, that at the height of “Cuomosexuals” in 2020, members of the national news "
     "media did not know that Andrew Cuomo habitually and shamelessly sexual harassed women who worked for"
     " him for many years.", "2021-08-04",
     [D("2020")]),
    ("allsides", "Senate Majority Leader Charles Schumer (D-N.Y.), Senate Finance Committee Chairman Ron Wyden "
     "(D-Ore.) and Sen. Cory Booker (D-N.J.) introduced the Cannabis Administration and Opportunity Act on"
     " Wednesday after Schumer previously teased the plan on April 20.", "2021-07-14",
     [D("2021-07-14"), D("2021-04-20")]),
    ("allsides", "The move effectively kicks the can two months on the fight over the debt.", "2021-10-06",
     [Q(2, "month")]),
    ("allsides", "Videos show more than 60,000 people marching through Paris and carrying signs and flags while "
     "flanked by police officers.", "2021-08-08",
     [Q(60000, "people", "over")]),
    ("allsides", "Proof of COVID-19 vaccination will be required at indoor bars, wineries, breweries, nightclubs and "
     "lounges in Los Angeles County under a forthcoming health order aimed at further armoring the region "
     "against the pandemic.", "2021-09-16",
     []),
    ("allsides", "During a marathon three-hour interview with CNN chief medical correspondent Dr. Sanjay Gupta on The "
     "Joe Rogan Experience, Rogan wanted to make it clear to both Gupta and his audience that he is not "
     "actually anti-vaccine.", "2021-10-14",
     [Q(3, "hour")]),
    ("allsides", "The Supreme Court on Wednesday ruled 8-1 that a Pennsylvania high school was in the wrong when it "
     "kicked a cheerleader off of her team for a profane Snapchat post that she made off of school "
     "grounds.", "2021-06-23",
     [D("2021-06-23"), Q(8, None, time="2021-06-23"), Q(1, None, time="2021-06-23")]),
    ("allsides", "As Reuters reminds us, the two sides have been battling since 2004 in parallel cases at the World "
     "Trade Organization over subsidies for U.S. planemaker Boeing and European rival Airbus The EU and US"
     " agreed in March to a four-month suspension of tariffs on $11.5 billion of goods from EU wine to "
     "U.S....", "2021-06-15",
     [Q(2, "sides", time="2004"), D("2004"), D("2021-03"), Q(4, "month", time="2021-03"),
      Q(11.5e9, "USD", time="2021-03")]),

]

#: Drawn by ``benchmarks/quantities_draw.py twenty-first`` (bias-corpus articles 622 modulo 700, PolNeAR *train* texts
#: 14 and 63 modulo 70, seed 2046; every text an earlier table drew from skipped) after the fixes TWENTIETH prompted,
#: and annotated by hand before the rules ran on it; the last draw of session 5, left untuned. Two photo captions were
#: dropped ("Hide Caption 75 of 76 Photos: …", "President Donald Trump holds up a copy … Thursday, May 28, 2020, in
#: Washington."). Where the conventions say nothing, the reader's answer was written: "a net negative 6 points" is -6
#: points; "(37 percent to 43 percent)" after a net figure is a pair, not a range; "4 deaths per million people" is 4
#: per million people; "a full half-hour segment" is 0.5 hour; "twice-weekly" is 2 times per week; "the central lesson
#: of Sept. 11" names the attacks (no date, as "9/11"); "the Republican Senate primary on June 3" is the coming June 3.
#: One annotation was corrected after the first run to earlier tables' precedent (a date owning the noun a figure
#: belongs to dates it: FIFTH's "At Thursday's CNN debate, Sanders added two more similarities"): "last night's debate,
#: which featured a full half-hour segment" dates the half hour; the first run missed that sentence either way.
TWENTY_FIRST: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Given that the topic is not the central one to the election, there’s a good chance that clickers "
     "will start clicking as the debate wears on.", "2012-10-22",
     []),
    ("bias", "Three-fourths of them said the U.S. was doing very badly or somewhat badly at dealing with IS.",
     "2016-11-19",
     [Q(75, "percent")]),
    ("bias", "He added that when it comes to overall U.S. foreign policy, “The elusiveness of strategy in the 21st"
     " century is intense, and it’s particularly intense in the region that Romney chose to focus on.", "2012-10-08",
     []),
    ("bias", "In 30 years of friendship, Ms. Blair observed Clinton as a lawyer, an advocate for children, then a "
     "first lady, first of Arkansas and then of the United States, breaking the boundaries of a "
     "traditional political spouse’s role.", "2016-08-13",
     [Q(30, "year")]),
    ("bias", "Dozens of states have seen increases in case numbers over the past two weeks.", "2020-06-17",
     [Q(2, "week")]),
    ("bias", "Vice President Joe Biden, who is not a candidate, earns 14 percent support.", "2015-08-29",
     [Q(14, "percent")]),
    ("bias", "The 49-43 vote, which broke along party lines, meant Ms. Warren was not able to continue her floor "
     "speech attacking Sen. Jeff Sessions, one of her colleagues and Mr. Trump’s nominee to head the "
     "Justice Department.", "2017-02-07",
     [Q(49, None), Q(43, None)]),
    ("bias", "The symbiotic political and personal relationship between the two men — the rumpled near-recluse and"
     " the compulsively public and image-conscious president — is driving much of the momentum and "
     "dysfunction of the White House, aides say.", "2017-02-24",
     [Q(2, "men")]),
    ("bias", "In 2017, Portugal had only 4 deaths per million people.", "2020-07-01",
     [D("2017"), Q(4, "per million people", time="2017")]),
    ("bias", "The Supreme Court upheld most of the Affordable Care Act in a 5-4 decision last month, ruling that "
     "Congress’ taxing powers were broad enough to grant it authority to require all Americans to obtain "
     "insurance.", "2012-07-11",
     [Q(5, None, time="2012-06"), Q(4, None, time="2012-06"), D("2012-06")]),
    ("bias", '"This is an important issue to a lot of members who have been done-in in one way or another by that '
     'group; there are a lot of strong feelings on both sides of the aisle," Rep. Daniel Webster (R-Fla.),'
     " a Trump supporter, told The Hill.", "2017-01-04",
     []),
    ("bias", "Trump's former campaign manager, Paul Manafort, was forced to resign after information became public"
     " about his ties to pro-Kremlin leaders in Ukraine, which Putin invaded in 2014.", "2017-01-10",
     [D("2014")]),
    ("bias", "Sen. Frank R. Lautenberg, New Jersey Democrat, said Monday that he plans to reintroduce a bill he "
     "pushed in 2011 that bans magazines with the capacity of holding more than 10 rounds of ammunition.", "2012-12-17",
     [D("2012-12-17"), D("2011"), Q(10, "rounds", "over")]),
    ("bias", "Their plan was to push for a two-year window where congressmen and senators would be able to craft "
     "replacement legislation after Obamacare’s fate was set.", "2017-07-17",
     [Q(2, "year")]),
    ("bias", "That shortfall hastened the demise of half the nonprofit co-op plans established with Obamacare loan"
     " dollars and infuriated other insurers, which are crucial to the law’s success.", "2015-12-28",
     [Q(50, "percent")]),
    ("bias", "But in last night's Democratic primary debate, which featured a full half-hour segment focused on "
     'health care—which was introduced as "the number-one issue for Democratic voters"—it was virtually '
     "absent.", "2019-07-31",
     [D("2019-07-30"), Q(0.5, "hour", time="2019-07-30")]),
    ("bias", "Up until that time, Hunter Biden had been employed as a consultant to the Delaware bank MBNA, with a"
     " $100,000-a-year retainer, according to the New York Times.", "2019-09-30",
     [Q(100000, "USD per year")]),
    ("bias", "The group behind the effort, largely funded by Draper, claimed to have 1.3 million signatures.",
     "2018-06-13",
     [Q(1.3e6, "signatures")]),
    ("bias", "Fed Chairman Ben Bernanke has said the central bank is watching for signs that it should scale back "
     "a series of monthly multi-billion dollar asset purchases that are aimed at driving down long-term "
     "interest rates and sparking new growth.", "2013-08-02",
     []),
    ("bias", "I don’t know that the electorate is looking for 30 years of federal experience.", "2018-12-10",
     [Q(30, "year")]),
    ("bias", "According to one report, the president even had cocktails outside the East Room with the lawmakers.",
     "2014-01-16",
     []),
    ("bias", "When you control for substance abuse, a factor that exacerbates violence in all populations, only "
     'about 4.3% of people with a "severe" mental illness are likely to commit any sort of violence, '
     "according to a University of Chicago study.", "2018-02-14",
     [Q(4.3, "percent", "about")]),
    ("polnear", "Anti-illegal immigration leader Maria Espinoza is running for Congress in the 7th congressional "
     "district in Texas.", "2015-12-11",
     []),
    ("polnear", "While Brookover did not spell out Trump’s path to the nomination in detail, Rep. Chris Collins, "
     "R-NY, says meeting participants outlined a scenario in which Trump receives 1,265 delegates.", "2016-04-14",
     [Q(1265, "delegates")]),
    ("polnear", "There was little reason for overconfidence among Democrats, who haven’t seen that powerful coalition"
     " of minorities, young people and women reliably show up for candidates not named Obama during the "
     "last two mid-term elections.", "2016-06-08",
     [Q(2, "mid-term elections")]),
    ("polnear", "Eleven progressive and Muslim organizations are asking Hillary Clinton to repudiate the support of a"
     " retired general who suggested over the summer that the United States should “segregate” Islamic "
     "radicals.", "2015-12-10",
     [Q(11, "progressive and Muslim organizations")]),
    ("polnear", "Clinton seems to have won the caucuses with 49.8 percent of the delegate count to Sanders’ 49.6 "
     "percent.", "2016-02-03",
     [Q(49.8, "percent"), Q(49.6, "percent")]),
    ("polnear", "Defense Secretary Ash Carter said the U.S. approach to the Asia-Pacific remained “one of commitment,"
     " strength and inclusion”, but he also warned China against provocative behavior in the South China "
     "Sea.", "2016-06-04",
     []),
    ("polnear", "The two camps also agreed on creating a commission to examine changes to party rules that could "
     "reduce the role of superdelegates in the next election.", "2016-08-01",
     [Q(2, "camps")]),
    ("polnear", "She left in 2000 to take care of her growing family, not to flee a hostile workplace, but she said "
     "she did feel frustrated by the barriers to advancement.", "2016-02-01",
     [D("2000")]),
    ("polnear", "In some instances, it can be as long as two years.", "2016-03-17",
     [Q(2, "year", "up to")]),
    ("polnear", "Heating oil rose less than 1 cent, to $1.28 a gallon.", "2016-07-30",
     [Q(1, "cent", "under"), Q(1.28, "USD per gallon")]),
    ("polnear", "Following the release of a new video from the terrorist group threatening an attack in New York "
     "City, Trump called upon Mayor Bill de Blasio to restart surveillance of mosques and the city's "
     "Muslim community, which the New York Police Department began shortly after the 9/11 attacks in an "
     "attempt to keep tabs on potential terrorist threats.", "2015-11-19",
     []),
    ("polnear", "Approval of Cruz, while still a net negative 6 points (37 percent to 43 percent), has risen 8 points"
     " since October and 12 points since last June.", "2016-03-24",
     [Q(-6, "points"), Q(37, "percent"), Q(43, "percent"), Q(8, "points"), D("2015-10"), Q(12, "points"),
      D("2015-06")]),
    ("polnear", "But their marriage is, at least for the moment, one of necessity—for both sides.", "2016-05-12",
     []),
    ("polnear", "Three years ago, Ted Cruz surged from relative obscurity to upset a well-known Texas politician and "
     "win a seat in the U.S. Senate, using a grass-roots, hard-charging, outsider-vs.-establishment "
     "attack.", "2015-11-20",
     [Q(3, "year")]),
    ("basil", "The Gay and Lesbian Alliance Against Defamation has asked supporters to donate the cost of a meal at"
     " a Chick-fil-A, about $6.50, to gay and lesbian rights groups.", "2012-08-01",
     [Q(6.5, "USD", "about")]),
    ("basil", "They have reserved $500,000 of airtime in Fort Myers, West Palm Beach and Miami.", "2012-09-20",
     [Q(500000, "USD")]),
    ("basil", "While Fox said that he believes that Americans will not elect the real estate tycoon to the White "
     "House, he is concerned about the results of the Nevada caucus, in which, according to entrance "
     "polls, Trump won 44 percent of the Hispanic vote.", "2016-02-25",
     [Q(44, "percent")]),
    ("basil", "But while Republicans have several opportunities to pick off those Democrat-held seats, three races "
     "in particular could undermine those potential gains for the GOP.", "2012-04-23",
     [Q(3, "races")]),
    ("basil", "Three days after an Internet video surfaced showing North Carolina Rep. Bob Etheridge in a physical "
     'confrontation with a young man, the lawmaker said he is "profoundly" sorry for the tussle on a '
     "Washington street.", "2010-06-14",
     [Q(3, "day")]),
    ("basil", "In another appeal to Iowa farmers, Joni Ernst, a candidate in the Republican Senate primary on June "
     "3, announced in an ad that she grew up “castrating hogs on an Iowa farm.”", "2014-03-25",
     [D("2014-06-03")]),
    ("basil", "She is facing many Democratic primary voters who have deep misgivings about trade agreements, "
     "including the North American Free Trade Agreement, or Nafta, that President Bill Clinton signed, and"
     " she faces rivals for the 2016 nomination like Senator Bernie Sanders of Vermont who flatly oppose "
     "the Trans-Pacific Partnership.", "2015-06-14",
     [D("2016")]),
    ("basil", "Speaker John A. Boehner of Ohio said on Monday that Republicans had a one-in-three chance of losing "
     "control of the House in November, a surprisingly downbeat assessment from a Republican leader who "
     "until now has expressed no fears of losing the gavel.", "2012-04-23",
     [D("2012-04-23"), Q(33.33, "percent"), D("2012-11")]),
    ("basil", "The committee didn't recommend any specific kind of firearm for school security, Hutchinson said, "
     'adding, "Everything from a sidearm, to a shotgun, to an AR-15" would work.', "2013-04-02",
     []),
    ("basil", "As governor of Arkansas in 2002, he called for lifting the economic embargo of Cuba, which would "
     "have helped rice farmers in his state.", "2015-05-05",
     [D("2002")]),
    ("basil", "Elected to Congress in 1995 at the age of 30 from a district that includes part of the South Side of"
     " Chicago, Mr. Jackson was once one of the most prominent young black politicians in the country, "
     "working on issues related to health care and education for the poor.", "2013-02-20",
     [D("1995"), Q(30, None, measure="age")]),
    ("basil", '"This is how is America should be," said Cynthia Burgiss, 22, a student at the University of Dayton '
     "in Ohio who attended the 9/12 march in D.C. this year.", "2010-02-20",
     [Q(22, None), D("2010")]),
    ("allsides", "No one really knows what Eric Adams’s city would be like.", "2021-07-10",
     []),
    ("allsides", "A US official and a source with knowledge of the matter had earlier said the Taliban had cleared "
     "around 200 people, including...", "2021-09-09",
     [Q(200, "people", "about")]),
    ("allsides", "The Biden administration is casting conservative opponents of its Covid-19 vaccine campaign as "
     "dangerous and extreme, adopting a more aggressive political posture in an attempt to maneuver "
     "through the public health conundrum.", "2021-07-14",
     []),
    ("allsides", "Many Haitian migrants camped in a small Texas border town are being released in the United States, "
     "two U.S. officials said, undercutting the Biden administration’s public statements that the "
     "thousands in the camp faced immediate expulsion.", "2021-09-22",
     [Q(2, "U.S. officials")]),
    ("allsides", "Government employees who do not show they have been vaccinated will be subject to weekly or "
     "twice-weekly COVID-19 tests and restrictions on official travel.", "2021-07-29",
     [Q(2, "times per week")]),
    ("allsides", "The panel will sit for three days a week for the next six months and will consider matters outside "
     "of the Trump inquiry, the Washington Post reported Tuesday.", "2021-05-25",
     [Q(3, "day per week"), Q(6, "month"), D("2021-05-25")]),
    ("allsides", "The Senate passed a $3.5 trillion budget blueprint early Wednesday, the first step in an arduous "
     "process designed to allow Democrats to push through a sweeping package of education, healthcare, "
     "climate and other provisions without GOP support.", "2021-08-11",
     [Q(3.5e12, "USD", time="2021-08-11"), D("2021-08-11")]),
    ("allsides", "In an op-ed in his home state’s Gazette-Mail, the moderate Manchin announced his rejection of the "
     "Democrat-pushed For the People Act — known as S1 — which is stalled in the Senate after the House "
     "green-lit it in March along party lines.", "2021-06-07",
     [D("2021-03")]),
    ("allsides", "The IMF on Tuesday slashed its 2021 growth forecast for the United States by one full percentage "
     "point to 6%, the biggest reduction suffered by any G7 economy in its latest World Economic Outlook.",
     "2021-10-12",
     [D("2021-10-12"), D("2021"), Q(1, "percentage points", time="2021-10-12"), Q(6, "percent", time="2021-10-12")]),
    ("allsides", "President Biden will outline the plan in remarks from Cornwall, England, on the eve of the Group of "
     "Seven nations summit.", "2021-06-10",
     []),
    ("allsides", "Kevin Drum adds: “one thing that’s clear is that Republicans sure think that attacking wokeness is a"
     " winning strategy.”", "2021-05-03",
     []),
    ("allsides", "Trudeau called the snap election in August, bringing voters to the polls just two years into his "
     "minority government—a move that angered many Canadians who saw it as unnecessary given there was no "
     "“compelling ‘ballot box’ issue to justify the undertaking,” according to CNN.", "2021-09-21",
     [D("2021-08"), Q(2, "year")]),
    ("allsides", "President Joe Biden announced an agreement on a bipartisan infrastructure package Thursday, giving "
     "his stamp of approval to a plan spearheaded by ten senators.", "2021-06-24",
     [D("2021-06-24"), Q(10, "senators", time="2021-06-24")]),
    ("allsides", 'To me that\'s the central lesson of Sept. 11," he said.', "2021-09-11",
     []),
    ("allsides", "U.S. House of Representatives Speaker Nancy Pelosi will decide this week whether to create a special"
     " committee to investigate the Jan. 6 attack on the Capitol, her deputy chief of staff, Drew Hammill,"
     " said on Twitter on Tuesday.", "2021-06-22",
     [D("2021-W25"), D("2021-01-06"), D("2021-06-22")]),
    ("allsides", "House Republicans on Friday elevated Rep. Elise Stefanik (R-N.Y.) to replace Rep. Liz Cheney "
     "(R-Wyo.) as the party’s conference chair, capping a tumultuous three-week stretch that exposed deep "
     "divisions in a conference beholden to former President Trump.", "2021-05-14",
     [D("2021-05-14"), Q(3, "week", time="2021-05-14")]),

]

#: Drawn by ``benchmarks/quantities_draw.py twenty-second`` (bias-corpus articles 347 modulo 700, PolNeAR *train*
#: texts 24 and 51 modulo 70, seed 2047; every text an earlier table drew from skipped) after the fixes TWENTY_FIRST
#: prompted, and annotated by hand before the rules ran on it; the last draw of session 5, left untuned. A tweet left
#: in a body was dropped ("No one should be above the law. pic.twitter.com/… — Paul Ryan (@SpeakerRyan) July 5,
#: 2016</tweet>."). Where the conventions say nothing, the reader's answer was written: "five winners, every year" is 5
#: per year; "the years 2006 through 2011" is one interval; "the ‘60s" (a left quote for the apostrophe) is the 1960s;
#: "by July 24" written on July 24 sets no target (the date does not lie ahead).
TWENTY_SECOND: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "In their poll they found that 80 percent of Fox viewers held at least one of three Iraq-related "
     "misperceptions, more than any other news consumers, especially those that consume NPR and PBS.", "2015-01-26",
     [Q(80, "percent"), Q(3, "Iraq-related misperceptions")]),
    ("bias", "Born in South Bend in 1982, Mr Buttigieg studied at Harvard and Oxford, graduating from the latter "
     "in 2007 with first-class honours in philosophy, politics and economics.", None,
     [D("1982"), D("2007")]),
    ("bias", "And in the report, the inspector general says that while IRS personnel did put applications from "
     'some other types of organizations through extra reviews, "we determined during our reviews of '
     "statistical samples of I.R.C. § 501(c)(4) tax-exempt applications that all cases with Tea Party, "
     'Patriots, or 9/12 in their names were forwarded to the team of specialists" for added scrutiny.', "2013-05-15",
     []),
    ("bias", "Debris was found 100-200 kilometers (60-120 miles) from the aircraft's last known location over the "
     "Java Sea, Indonesia's search and rescue agency said.", "2014-12-30",
     [Q(100, "kilometers", "range", upper=200), Q(60, "miles", "range", upper=120)]),
    ("bias", "To put that number into context, it is about 29 times as much as the roughly $14 billion a year that"
     " the federal government spends on the Children’s Health Insurance Program, which covers nearly nine "
     "million kids from low-income families.", "2017-12-18",
     [Q(29, "times", "about"), Q(14e9, "USD per year", "about"), Q(9e6, "kids", "about")]),
    ("bias", "The overwhelming majority of polls four years ago indicated Trump would lose as well.", "2020-07-12",
     [Q(4, "year")]),
    ("bias", "In letters to Mr. Rodham and GreenTech CEO Charles Wang last week, Mr. Grassley asked for "
     "information to be provided by July 24, including a copy of Gulf Coast’s narrative and business plan "
     "provided to USCIS and the total amount of foreign capital invested with Gulf Coast.", "2013-07-24",
     [D("2013-W29"), D("2013-07-24")]),
    ("bias", "More than 6,000 Salvadoran immigrants will likely face deportation in September 2019 after Trump "
     "ended temporary protected status (TPS) for them earlier this year.", "2018-10-11",
     [Q(6000, "Salvadoran immigrants", "over", "2019-09"), D("2019-09"), D("2018")]),
    ("bias", "The Senate also passed by voice vote a measure to repeal the law's $2,500 cap on flexible spending "
     "accounts and eliminate the requirement that consumers get a doctor's prescription before using FSA "
     "or health savings account money on over-the-counter prescriptions.", "2013-03-23",
     [Q(2500, "USD")]),
    ("bias", "The Earthshot Prize will be awarded to five winners, every year, for the next 10 years.", None,
     [Q(5, "per year"), Q(10, "year")]),
    ("bias", '"One sophomoric response does not deserve another.', None,
     []),
    ("bias", "In a parallel effort, a separate group of four senators will introduce a bill this week dealing with"
     " another thorny issue that is likely to be addressed in a comprehensive measure: visas for legal "
     "immigrants with advanced skills in technology and science.", "2013-01-28",
     [Q(4, "senators", time="2013-W05"), D("2013-W05")]),
    ("bias", "At a public forum in Towson on Thursday, Mr. Small stood and asked the panel to respond to his "
     "concern that the Common Core would lower standards and prepare students for community college rather"
     " than four-year universities.", "2013-09-23",
     [D("2013-09-19"), Q(4, "year")]),
    ("bias", "And it can be deeply painful to be reminded that the traditions one loves are exclusionary to "
     "others.", "2019-12-24",
     []),
    ("bias", 'From there, the biohacker says, it\'s simply "an economy of scale," since replication of a '
     "bacterial-based DNA vaccine is far more efficient than a viral one that must be cultivated in "
     "slower-replicating animal cells.", "2020-03-13",
     []),
    ("bias", "President Trump said Friday he’s decertifying the deal, but he stopped short of pulling out of the "
     "international agreement, instead giving Congress 60 days to take a tougher approach toward Iran’s "
     "lawless behavior.", "2017-10-15",
     [D("2017-10-13"), Q(60, "day")]),
    ("bias", "The three authors dedicate a couple of paragraphs to “critics” who take Trump to task for his racist"
     " remarks, followed by a couple of paragraphs in which Trump people defend those racist remarks.", "2020-03-20",
     [Q(3, "authors")]),
    ("bias", "Take for example the Preservation of Antibiotics for Medical Treatment Act (PAMTA), a bill that "
     "would save eight classes of antibiotic for use on humans and sick animals and which has been the "
     "subject of frequent industry attacks.", "2013-12-27",
     [Q(8, "classes")]),
    ("bias", "We journalists often rush from one story to the next with whiplash-inducing speed — and sometimes "
     "without time to reflect.", "2015-05-12",
     []),
    ("bias", "On Monday, a fifth woman came forward to accuse Moore of sexual misconduct alleging that Moore had "
     "sexually assaulted her in the 1970s, when she was 16.", "2017-11-14",
     [D("2017-11-13"), D("1970s"), Q(16, None)]),
    ("bias", "The justices decided in a 5-4 vote on Thursday, with Roberts as the swing vote, that they will not "
     "allow Louisiana to put into effect a law that requires abortion providers to have admitting "
     "privileges at nearby hospitals.", None,
     [Q(5, None, time="Thursday"), Q(4, None, time="Thursday"), D("Thursday", "relative")]),
    ("bias", "If they come to the U.S., though, they see a 1,200 percent wage increase, which makes the trip far "
     "more worth it.", "2018-11-28",
     [Q(1200, "percent")]),
    ("bias", "Spoken like an faithful child of the ‘60s.", "2013-10-31",
     [D("1960s")]),
    ("bias", "The Romney campaign, which has committed $3.4 million to television advertising through early next "
     "week, started its version of “Doing Fine” last week, a twist on a 2008 commercial from the Obama "
     "campaign that mocked Senator John McCain for uttering the ill-timed phrase “the fundamentals of our "
     "economy are strong” as the stock market was plummeting and the economy was collapsing.", "2012-06-20",
     [Q(3.4e6, "USD", time="2012-W26"), D("2012-W26"), D("2012-W24"), D("2008")]),
    ("polnear", "Morton Blackwell, the conservative icon who founded the Leadership Institute in 1979 and is a "
     "longtime Republican National Committeeman representing Virginia, has endorsed Sen. Ted Cruz for "
     "president.", "2016-01-10",
     [D("1979")]),
    ("polnear", "Sanders said if he were president, DACA and DAPA would be supplemented by deportation relief for "
     "parents of DACA recipients, along with other family members and anyone who would have been eligible "
     "for legal status under the 2013 immigration reform bill that passed the Senate but never got a vote "
     "in the House.", "2015-11-09",
     [D("2013")]),
    ("polnear", "Republican turnout in the South Carolina primary, by contrast, was up more than 70 percent from "
     "2008.", "2016-02-28",
     [Q(70, "percent", "over"), D("2008")]),
    ("polnear", "Ilya Shapiro argues at The Federalist that some of the blame for the rise of Donald Trump belongs to"
     " Chief Justice Roberts’ 2012 opinion in the Obamacare case, NFIB v.", "2016-05-07",
     [D("2012")]),
    ("polnear", "In addition to the rent for Trump Tower space in Manhattan, Trump has paid his eponymous golf "
     "courses and restaurants more than $260,000 since his campaign and the RNC struck a joint fundraising"
     " deal in mid-May, after he essentially locked up the GOP nomination.", "2016-08-23",
     [Q(260000, "USD", "over", "2016-05"), D("2016-05")]),
    ("polnear", "Mrs. Clinton had some of her highest approval ratings ever after revelations that Mr. Clinton had a "
     "relationship with Ms. Lewinsky, a 22-year-old White House intern.", "2015-12-31",
     [Q(22, "year", measure="age")]),
    ("polnear", "Mrs. Clinton, a former senator from New York, received support from roughly six in 10 Democrats on "
     "Long Island, and she overwhelmed Mr. Sanders in Manhattan, Queens and the Bronx.", "2016-04-21",
     [Q(60, "percent", "about")]),
    ("polnear", "Yet in addition to worrying that she is out of step, Mrs. Clinton is somewhat hemmed in by her "
     "record: She and her husband supported the North American Free Trade Agreement, which caused "
     "significant economic pain in the industrial Midwest after it went into effect in 1994.", "2016-06-27",
     [D("1994")]),
    ("polnear", "Jeb Bush, too, instructed the Washington Speakers Bureau to stop booking paid appearances seven "
     "months before he announced, and he gave his last paid speeches in early 2015 before he launched his "
     "presidential bid.", "2015-12-15",
     [Q(7, "month"), D("2015")]),
    ("polnear", "After Deputy Secretary of State Tom Nides chimed in with an attaboy for Biden, Clinton offered a "
     "somewhat more reserved response about the man who considered challenging her for the Democratic "
     "presidential nomination in 2016 but ultimately stepped aside.", "2016-02-19",
     [D("2016")]),
    ("polnear", "One advantage to the AFL-CIO in endorsing late is that it gave Sanders' candidacy time to push "
     "Clinton’s policy stances in a more labor-friendly direction on trade and inequality.", "2016-06-10",
     []),
    ("polnear", "The nonprofit subsequently paid at least $2.2 million to the lobbying firms to advocate positions "
     "generally in line with those of Yanukovych's government.", "2016-08-17",
     [Q(2.2e6, "USD", "at least")]),
    ("polnear", "Johnston graduated from Keene State College owing more than $90,000.", "2016-02-04",
     [Q(90000, "USD", "over")]),
    ("basil", '"There\'s a real sense in the Republican Party that there\'s no one speaking, not only to them, but '
     'speaking for them," Huckabee said then.', "2015-05-05",
     []),
    ("basil", "In follow-up questioning by Representative Gerald E. Connolly, a Virginia Democrat, Mr. Shulman "
     "offered what he said was one of the many plausible explanations why he would have visited the White "
     "House.", "2013-05-22",
     []),
    ("basil", "Vicente Fox, Mexico’s president from 2000 to 2006, said on Wednesday that the invitation from Mr. "
     "Peña Nieto was a mistake and that Mr. Trump should never be trusted in the country because of the "
     "way he has demonized its people.", "2016-08-31",
     [D("2000/2006"), D("2016-08-31")]),
    ("basil", "One of the Republican primary field's leading candidates, businessman Mark Jacobs, immediately "
     "released a radio ad in an attempt to capitalize on the negative attention focused on Braley.", "2014-03-26",
     []),
    ("basil", "He’ll make the announcement today at 11am from his hometown of Livingston, New Jersey.", "2015-06-30",
     [D("2015-06-30")]),
    ("basil", "The war in Afghanistan, which has entered its ninth year, was started by former President George W. "
     "Bush in response to the terrorist attacks on Sept. 11, 2001.", "2010-07-02",
     [D("2001-09-11")]),
    ("basil", "While serving as a senator from New York in 2007, Clinton criticized the Bush administration for its"
     ' "secrecy," according to The Hill.', "2015-03-05",
     [D("2007")]),
    ("basil", "“Alongside that, Sen. Grassley’s one of only two working family farmers in the United States Senate,"
     " where he brings Iowa common sense to work for ag, anti-trust, transportation, environmental, "
     "energy, trade, health care, communications, national security, and tax policy that works for all of "
     "America,” the aide said.", "2014-03-25",
     [Q(2, "working family farmers")]),
    ("basil", "His wife later pleaded guilty Wednesday to a charge of filing false joint federal income tax returns"
     " for the years 2006 through 2011 that knowingly understated the income the couple received.", "2013-02-20",
     [D("2013-02-20"), D("2006/2011")]),
    ("basil", "Last year Romney had signed a pledge sponsored by the National Organization for Marriage promising "
     "to support a federal ammendment defining marriage as the union of one man and one woman.", "2012-05-09",
     [D("2011"), Q(1, "man", time="2011"), Q(1, "woman", time="2011")]),
    ("basil", "But Reid plans to file cloture this week on at least three measures: the DREAM Act, collective "
     "bargaining for firefighters, and a 9/11 health bill.", "2010-12-01",
     [D("2010-W48"), Q(3, "measures", "at least", "2010-W48")]),
    ("basil", "Beck Wows the CPAC Crowd Glenn Beck, the hero of the political right and the closing speaker of a "
     "three-day conservative conference, ripped the roof off a Washington hotel Saturday with a sweeping "
     "denunciation of progressivism.", "2010-02-20",
     [Q(3, "day", time="2010-02-20"), D("2010-02-20")]),
    ("allsides", "In a 60-48 vote mainly along party lines, the Emergency Powers Act of 1945 was officially scuttled.",
     "2021-07-24",
     [Q(60, None), Q(48, None), D("1945")]),
    ("allsides", "The U.S. recovery from the latest Covid-19 wave is taking hold across the country, with cases "
     "dropping or poised to start falling in the vast majority of states.", "2021-09-30",
     []),
    ("allsides", "With fewer than two weeks to go before her departure, Flynn reached out to her travel agent, who "
     "expressed no concerns.", "2021-09-03",
     [Q(2, "week", "under")]),
    ("allsides", "Pelosi made clear on Thursday that she won’t relent, telling reporters that the two men “took "
     "actions that made it ridiculous to put them on...", "2021-07-22",
     [D("2021-07-22"), Q(2, "men")]),
    ("allsides", "But even as new reported COVID-19 cases and hospitalizations fall and attention on Afghanistan "
     "fades, his approval rating hasn’t bounced back.", "2021-10-12",
     []),
    ("allsides", "The document, written in 2016, summarized an FBI investigation into those ties called Operation "
     "ENCORE.", "2021-09-12",
     [D("2016")]),
    ("allsides", "US guest of honour and Fox News host Tucker Carlson was granted a lightning visit by military "
     "helicopter to Hungary's 175km (109-mile) high-tech, high-cost razor-wire border fence with Serbia "
     "this week.", "2021-08-05",
     [Q(175, "km", time="2021-W31"), Q(109, "mile", time="2021-W31"), D("2021-W31")]),
    ("allsides", "Geneva was also the site of the 1985 summit between Mikhail Gorbachev, the Soviet leader, and Ronald"
     " Reagan, also focused on the nuclear arms race.", "2021-05-25",
     [D("1985")]),
    ("allsides", "Cuomo deployed 500 National Guard troops on Saturday, detailing plans ahead of the life-threatening "
     "storm’s arrival.", "2021-08-21",
     [Q(500, "National Guard troops", time="2021-08-21"), D("2021-08-21")]),
    ("allsides", "One Democrat, Sen. Joe Manchin of West...", "2021-06-22",
     []),
    ("allsides", "Despite the U.S. being on track to hit 160 million people fully vaccinated in the coming days, Biden"
     " said, millions remain unvaccinated against Covid, “and because of that, their communities are at "
     "risk, their friends are at risk, the people they care about are at risk.”", "2021-07-06",
     [Q(160e6, "people", "target")]),
    ("allsides", "The justices, hearing arguments in the case of a 14-year-old high school freshman’s Snapchat "
     "F-bombs, struggled to fit the need to protect students’ political and religious expression with the "
     "ability of schools to get at disruptive, even potentially dangerous, speech that occurs outside the "
     "school setting.", "2021-04-28",
     [Q(14, "year", measure="age")]),
    ("allsides", "But the Georgia Republican declined to walk back other controversial statements she has made, "
     "including one in which she compared the Democratic Party to Hitler’s party, the National Socialist "
     "German Workers’ Party.", "2021-06-14",
     []),
    ("allsides", "ET, 11 days after the shocking collapse of much of the residential Champlain Towers structure on "
     "June 24 that resulted in 24 confirmed deaths, with 121 people still unaccounted for, according to "
     "Miami-Dade County officials.", "2021-07-05",
     [Q(11, "day"), D("2021-06-24"), Q(24, "confirmed deaths", time="2021-06-24"), Q(121, "people")]),
    ("allsides", "Alabama schools reported 13,000 coronavirus cases in a two-week period on Friday, according to data "
     "from the Alabama Department of Public Health and the Alabama State Department of Education.", "2021-09-05",
     [Q(13000, "coronavirus cases", time="2021-09-03"), Q(2, "week", time="2021-09-03"), D("2021-09-03")]),
    ("allsides", "As the Senate was putting the finishing touches on a bipartisan infrastructure bill Monday, "
     "Democrats released their $3.5 trillion budget plan that sets the stage for a massive investment in "
     "social programs and climate policy.", "2021-08-09",
     [D("2021-08-09"), Q(3.5e12, "USD")]),

]

#: Rows for the categories session 4's first runs missed, from real sentences found by searching ../shared/eval for
#: each shape (PolNeAR train and dev, AllSides, BASIL) and annotated to the conventions; development rows (written
#: while the rules for them were), so their score is no estimate for unseen text: a scale word glued to its number,
#: pairs with units on both sides, age brackets, and months or days without a year whose year the clause's tense
#: decides.
CATEGORIES: list[tuple[str, str, str | None, list[Q]]] = [
    # --- a scale word glued to its number
    ("polnear", "Aides said more than 1 million donors made more than 2.5million contributions to Sanders' "
     "campaign, surpassing President Obama's previous record for individual contributions.", "2016-01-04",
     [Q(1e6, "donors", "over"), Q(2.5e6, "contributions", "over")]),
    ("polnear", "Ben Carson and Sen. Ted Cruz raised $23million and $20million, respectively, in the last quarter.",
     "2016-01-04", [Q(23e6, "USD"), Q(20e6, "USD")]),
    ("polnear", "In all, the Tampa host committee raised $57million, Federal Election Commission records show.",
     "2016-06-07", [Q(57e6, "USD")]),
    # --- pairs with units on both sides (a lower second number is no range)
    ("polnear", "By 58%-33%, those surveyed said the group's funding shouldn't be eliminated.", "2015-12-08",
     [Q(58, "percent"), Q(33, "percent")]),
    ("polnear", "While Democratic voters are united in supporting Planned Parenthood funding, 89%-6%, Republicans "
     "are more divided, although most oppose it, 59%-28%.", "2015-12-08",
     [Q(89, "percent"), Q(6, "percent"), Q(59, "percent"), Q(28, "percent")]),
    ("polnear", "Sanders lost that district 68%-31% in Florida's presidential primary.", "2016-07-25",
     [Q(68, "percent"), Q(31, "percent")]),
    ("polnear", "The debate took place as a new poll showed Trump moving ahead of Cruz in Iowa, 32%-25%, while "
     "Rubio was at 18%.", "2016-01-29", [Q(32, "percent"), Q(25, "percent"), Q(18, "percent")]),
    # --- age brackets (ages are undated)
    ("polnear", "The net worth of those nearing retirement — aged 54 to 65 — in the middle quintile of the earnings "
     "spectrum declined significantly from 1989 to 2013.", "2016-02-21",
     [Q(54, None, "range", upper=65, measure="age"), D("1989/2013")]),
    ("polnear", "Millennials age 18-34 comprise more than 53% of those voters.", "2016-06-03",
     [Q(18, None, "range", upper=34, measure="age"), Q(53, "percent", "over")]),
    ("polnear", "In the 2012 election, black turnout among those ages 18 to 29 was 53 percent.", "2016-02-17",
     [D("2012"), Q(18, None, "range", upper=29, measure="age"), Q(53, "percent")]),
    ("polnear", "It was 66 percent among blacks 30 to 44 and more than 70 percent among blacks 45 and older.",
     "2016-02-17", [Q(66, "percent"), Q(30, None, "range", upper=44), Q(70, "percent", "over"),
                    Q(45, None, "at least")]),
    ("polnear", "Among those 18 to 25 years old, Sanders has a big lead.", "2016-01-12",
     [Q(18, "year", "range", upper=25, measure="age")]),
    ("polnear", "The latest USA TODAY/Rock the Vote Poll of 18-to-34-year-olds explores the economic expectations "
     "and concerns of the largest generation in U.S. history, an accelerating force that is changing the way "
     "consumer goods are sold, elections are won and careers are pursued.", "2016-03-16",
     [Q(18, "year", "range", upper=34, measure="age")]),
    ("polnear", "His team had filed a lawsuit aimed at changing the existing law barring 17-year-olds from voting in "
     "the primary, even if they would be eligible to vote on election day.", "2016-03-11",
     [Q(17, "year", measure="age")]),
    # --- a month or day without a year: the tense of its clause picks the year
    ("polnear", "Then, about a week ago, a buyer scooped up the property, wine cellar and all, for $2.2 million and "
     "is rushing to get it ready for a Professional Golfers Association tournament in March, a nationally "
     "televised event and a point of pride for Puerto Rico.", "2015-12-01",
     [Q(1, "week", "about"), Q(2.2e6, "USD"), D("2016-03")]),
    ("polnear", "“And the Federal Reserve action likely to come in December presents risks of both a policy mistake "
     "and a market accident.”", "2015-12-01", [D("2015-12")]),
    ("polnear", "“She has two opportunities now to set expectations for a rate hike in December,” said Megan Greene, "
     "chief economist at Manulife.", "2015-12-01", [Q(2, "opportunities"), D("2015-12")]),
    ("polnear", "Democratic voters in all five states see Clinton as the candidate with the better chance to beat "
     "Donald Trump if he is the Republican nominee in November.", "2016-03-15",
     [Q(5, "states"), D("2016-11")]),
    ("polnear", "The selection process could be concluded in October and almost certainly before the next American "
     "president takes office in January, officials say.", "2016-08-26", [D("2016-10"), D("2017-01")]),
    ("polnear", "Woodrow Benford, 58, who lives outside Minneapolis, says he didn’t know much about Sanders before he "
     "announced his presidential bid, but now Benford plans to caucus for him on March 1.", "2016-02-18",
     [Q(58, None), D("2016-03-01")]),
    ("polnear", "They said he didn’t need to come out until January and start talking about policy,” he said.",
     "2015-12-23", [D("2016-01")]),
]



def test_session_five_tables_are_real() -> None:
    sources = _sources_text(bias_residues=(44, 503, 281, 622, 347)) + " " + _corpus_text()
    for table in (EIGHTEENTH, NINETEENTH, TWENTIETH, TWENTY_FIRST, TWENTY_SECOND, CATEGORIES):
        for source, sentence, _, _ in table:
            assert _squash(sentence)[:80] in sources, (source, sentence)
    assert min(len(EIGHTEENTH), len(NINETEENTH), len(TWENTIETH), len(TWENTY_FIRST), len(TWENTY_SECOND)) >= 60


#: First run of EIGHTEENTH (commit "an eighteenth fresh draw", on the rules after session 5's fixes of session 4's
#: known misses, before any change it prompted): the honest figure. Its 8 misses with the parse: a time unit after an
#: adjective ("63 standard days") and "the year 10,191" read as a count, "40% a day earlier" read as a rate and dated
#: across an "after" clause, "six-million" hyphenated, "99 Fahrenheit (37 Celsius)" without "degrees", "the prior
#: week's level of 377,000" dated by the clause, "halve" as a fraction, "as early as six weeks" read exact and dated
#: across a dash aside, "a year and a half" read as a year (3 of the 8 on the time field).
EIGHTEENTH_ACCURACY_FIRST_RUN = 0.875  # 56 of 64 with the parse (as the claims stage runs it)
EIGHTEENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.844  # 54 of 64
#: EIGHTEENTH after the fixes it prompted (tuned): 0.969 with the parse (62 of 64), 0.938 without; minus a margin.
MIN_EIGHTEENTH_ACCURACY = 0.95
MIN_EIGHTEENTH_ACCURACY_WITHOUT_PARSE = 0.91
#: First run of NINETEENTH (commit "a nineteenth fresh draw", on the rules fixed after EIGHTEENTH, before any change
#: it prompted): the honest figure. Its 6 misses with the parse: "a single institution or two" not read as a range, "41
#: percent of voters surveyed … this week" left undated, "Sept, 26, 2014" (a comma after the month) not read as a date
#: and the age in "Clinton, 35," dated, a ZIP code read as a count, "one of three $50,000 prizes" read as a ratio,
#: "grew by 27.1% to 3.7 million" (the percent multiplied by the second number's scale word) with "over the last decade"
#: read as the 2010s (3 of the 6 on the time field).
NINETEENTH_ACCURACY_FIRST_RUN = 0.908  # 59 of 65 with the parse (as the claims stage runs it)
NINETEENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.877  # 57 of 65
#: NINETEENTH after the fixes it prompted (tuned): 0.985 with the parse (64 of 65), 0.923 without; minus a margin.
MIN_NINETEENTH_ACCURACY = 0.96
MIN_NINETEENTH_ACCURACY_WITHOUT_PARSE = 0.89
#: First run of TWENTIETH (commit "a twentieth fresh draw", on the rules fixed after NINETEENTH — the rules as session
#: 5's fixes of EIGHTEENTH and NINETEENTH): the honest figure. Its 7 misses with the
#: parse: "two schools were largely destroyed" dated by "last year" in the other conjunct, "two females" in a relative
#: clause dated by the main clause's day, "the two sides have been battling since 2004" dated (3 of 7 on the time
#: field); "a credible pathway to 50%" not read as a target, "$50,000 or less" not read as at most, "channel 125" read
#: as a count, "the top two members" read as a rank. With the corrected annotation ("the two sides", above) the same
#: rules score 0.909 (60 of 66) with the parse.
TWENTIETH_ACCURACY_FIRST_RUN = 0.894  # 59 of 66 with the parse (as the claims stage runs it)
TWENTIETH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.879  # 58 of 66
#: TWENTIETH after the fixes it prompted (tuned): 0.985 with the parse (65 of 66; the miss is a parse that hangs
#: "two schools were destroyed" under the when-clause of "last year"), 0.939 without; minus a margin.
MIN_TWENTIETH_ACCURACY = 0.96
MIN_TWENTIETH_ACCURACY_WITHOUT_PARSE = 0.91
#: First run of TWENTY_FIRST (commit "a twenty-first fresh draw", on the rules fixed after TWENTIETH — the rules as
#: session 5's fixes of EIGHTEENTH to TWENTIETH): the honest figure. Its 10 misses
#: with the parse: "4 deaths per million people" not read as a rate, "a full half-hour segment" missed and "the
#: number-one issue" read as a count, "$100,000-a-year" not read as a rate, "a net negative 6 points (37 percent to 43
#: percent)" read as 6 and a range, the year of "the primary on June 3" (past, not coming), "a one-in-three chance …
#: in November" (the hyphenated ratio missed, November's year looked back), "twice-weekly" not a rate, "one full
#: percentage point" read with "full" in its unit, "Sept. 11" read as a date rather than the attacks' name, "a
#: three-week stretch" left undated by the participle phrase it sits in (1 of 10 on the time field, 2 on a date's year).
TWENTY_FIRST_ACCURACY_FIRST_RUN = 0.844  # 54 of 64 with the parse (as the claims stage runs it)
TWENTY_FIRST_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.766  # 49 of 64
#: TWENTY_FIRST after the fixes it prompted (tuned): 0.922 with the parse (59 of 64), 0.828 without; minus a margin.
MIN_TWENTY_FIRST_ACCURACY = 0.90
MIN_TWENTY_FIRST_ACCURACY_WITHOUT_PARSE = 0.80
#: First run of TWENTY_SECOND (commit "a twenty-second fresh draw", on the rules fixed after TWENTY_FIRST — the rules
#: as session 5 leaves them): the honest figure, left untuned in session 5. Its 12 misses
#: with the parse: "§ 501(c)(4)" read as a count, "29 times as much" read without "times", "five winners, every year"
#: not a rate, "when she was 16" (an age) dated, "the ‘60s" with a left quote, "the years 2006 through 2011" read as two
#: dates, "one man and one woman" not counted, "a three-day conference" left undated in an apposition to the subject,
#: a tally dated by "the Emergency Powers Act of 1945" (a date naming the act), "175km" glued, "with 121 people still
#: unaccounted for" (an absolute phrase) dated, "13,000 coronavirus cases … on Friday" left undated (5 of 12 on the
#: time field).
TWENTY_SECOND_ACCURACY_FIRST_RUN = 0.815  # 53 of 65 with the parse (as the claims stage runs it)
TWENTY_SECOND_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.815  # 53 of 65
#: TWENTY_SECOND after the fixes it prompted in session 6 (tuned): 1.000 with the parse (65 of 65), 0.877 without;
#: minus a margin.
MIN_TWENTY_SECOND_ACCURACY = 0.97
MIN_TWENTY_SECOND_ACCURACY_WITHOUT_PARSE = 0.85
#: CATEGORIES (development rows): 1.000 with the parse, 0.762 without (the year from the tense needs the parse).
MIN_CATEGORIES_ACCURACY = 0.95
MIN_CATEGORIES_ACCURACY_WITHOUT_PARSE = 0.72

#: Each table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_FIVE_GATES = [
    ("eighteenth", EIGHTEENTH, MIN_EIGHTEENTH_ACCURACY, MIN_EIGHTEENTH_ACCURACY_WITHOUT_PARSE),
    ("nineteenth", NINETEENTH, MIN_NINETEENTH_ACCURACY, MIN_NINETEENTH_ACCURACY_WITHOUT_PARSE),
    ("twentieth", TWENTIETH, MIN_TWENTIETH_ACCURACY, MIN_TWENTIETH_ACCURACY_WITHOUT_PARSE),
    ("twenty-first", TWENTY_FIRST, MIN_TWENTY_FIRST_ACCURACY, MIN_TWENTY_FIRST_ACCURACY_WITHOUT_PARSE),
    ("twenty-second", TWENTY_SECOND, MIN_TWENTY_SECOND_ACCURACY, MIN_TWENTY_SECOND_ACCURACY_WITHOUT_PARSE),
    ("categories", CATEGORIES, MIN_CATEGORIES_ACCURACY, MIN_CATEGORIES_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's tables parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_FIVE_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_FIVE_GATES, ids=[g[0] for g in SESSION_FIVE_GATES]
)
def test_session_five_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A scale word glued to its number or after a hyphen; the second of a pair with units on both sides.
        ("They made 2.5million contributions.", None, [(2.5e6, "contributions", "exact", None, None)]),
        ("It was backed by six-million people.", None, [(6e6, "people", "exact", None, None)]),
        ("He lost that district 68%-31%.", None,
         [(68.0, "percent", "exact", None, None), (31.0, "percent", "exact", None, None)]),
        ("Cuts of 50%-52% were promised.", None, [(50.0, "percent", "range", None, 52.0)]),
        # Ages, undated whatever the clause's date.
        ("On Monday the poll of 18-to-34-year-olds came out.", "2016-03-16",
         [(None, "date", None, "2016-03-14", None), (18.0, "year", "range", None, 34.0)]),
        ("Those aged 54 to 65 lost most in 2013.", None,
         [(54.0, None, "range", None, 65.0), (None, "date", None, "2013", None)]),
        ("It went to people 65 years old and older on Thursday.", "2021-09-23",
         [(65.0, "year", "at least", None, None), (None, "date", None, "2021-09-23", None)]),
        # Spans: "and a half" after the unit, adjectives before a plural unit; "a day earlier" is no rate.
        ("Nearly a year and a half since it began, it goes on.", None, [(1.5, "year", "about", None, None)]),
        ("The talks lasted 14 grueling hours.", None, [(14.0, "grueling hours", "exact", None, None)]),
        ("It cut output to 40% a day earlier.", None,
         [(40.0, "percent", "exact", None, None), (1.0, "day", "exact", None, None)]),
        # Degrees named without "degrees"; "halve" is a change by half.
        ("Temperatures rose to 99 Fahrenheit (37 Celsius).", None,
         [(99.0, "degrees Fahrenheit", "exact", None, None), (37.0, "degrees Celsius", "exact", None, None)]),
        ("The drug appears to halve the risk of death.", None, [(50.0, "percent", "exact", None, None)]),
        # Prompted by NINETEENTH: a percent then a level with a scale word is no range (and keeps its value); "over
        # the last decade" is a span; "one of three" is one of a group; a ZIP code is no count; an age after a name.
        ("It grew by 27.1% to 3.7 million people over the last decade.", "2021-08-13",
         [(27.1, "percent", "exact", None, None), (3.7e6, "people", "exact", None, None)]),
        ("Prices went from 2 to 3 million dollars.", None, [(2e6, "USD", "range", None, 3e6)]),
        ("They compete for one of three $50,000 prizes.", None,
         [(3.0, "prizes", "exact", None, None), (50000.0, "USD", "exact", None, None)]),
        ("Write to 100 Haven Avenue, New York, NY, 10032.", None, []),
        ("Clinton, 35, said on Monday that it was true.", "2015-12-21",
         [(35.0, None, "exact", None, None), (None, "date", None, "2015-12-21", None)]),
        ("A girl was born Sept, 26, 2014.", None, [(None, "date", None, "2014-09-26", None)]),
        ("While 41 percent of voters surveyed this week said no, others said yes.", "2012-06-08",
         [(41.0, "percent", "exact", "2012-W23", None), (None, "date", None, "2012-W23", None)]),
        # Prompted by TWENTIETH: "or less" is at most; "channel 125" names; "the top two members" counts; "a pathway
        # to" a level is a target; a relative clause deep inside a date's phrase keeps the date out.
        ("About 40% of caregivers have an income of $50,000 or less.", None,
         [(40.0, "percent", "about", None, None), (50000.0, "USD", "at most", None, None)]),
        ("The show airs on Sirius XM channel 125.", None, []),
        ("The top two members of the committee assailed it.", None, [(2.0, "members", "exact", None, None)]),
        ("He has a credible pathway to 50% in Iowa.", None, [(50.0, "percent", "target", None, None)]),
        ("Officials released video on Wednesday of an officer shooting a teen who charged two females.", "2021-04-22",
         [(None, "date", None, "2021-04-21", None), (2.0, "females", "exact", None, None)]),
        # Prompted by TWENTY_FIRST: glued and adjectival rates, a hyphenated ratio, half of a span, "full" before
        # percentage points (a change, not a range with the level after it), a rank after "number-".
        ("He had a $100,000-a-year retainer.", None, [(100000.0, "USD per year", "exact", None, None)]),
        ("They face twice-weekly tests.", None, [(2.0, "times per week", "exact", None, None)]),
        ("They had a one-in-three chance.", None, [(33.33, "percent", "exact", None, None)]),
        ("It featured a full half-hour segment on the number-one issue.", None, [(0.5, "hour", "exact", None, None)]),
        ("It cut the forecast by one full percentage point to 6%.", None,
         [(1.0, "percentage points", "exact", None, None), (6.0, "percent", "exact", None, None)]),
        ("Portugal had only 4 deaths per million people.", None, [(4.0, "per million people", "exact", None, None)]),
        # A figure owned by its own period takes no date from the clause.
        ("Claims reached 348,000 last week, down from the prior week's level of 377,000.", "2021-08-19",
         [(348000.0, None, "exact", "2021-W32", None), (None, "date", None, "2021-W32", None),
          (377000.0, None, "exact", None, None)]),
    ],
)
def test_shapes_of_session_five(
    sentence: str, published: str | None, expected: list[tuple[float | None, str | None, str | None, str | None,
                                                               float | None]], nlp: Language
) -> None:
    found = find_quantities(sentence, published=published, span=nlp(sentence)[:])
    assert [(q.value, q.unit, q.qualifier, q.time, q.upper) for q in found] == expected, found


@pytest.mark.parametrize(
    ("sentence", "published", "year_month"),
    [
        # present: the publication year; "will": ahead; other modals and infinitives: from shortly before on;
        # past: behind; a time clause in the present after a prospective clause: ahead.
        ("The fiscal year ends in September.", "2017-04-20", "2017-09"),
        ("The primary is in November.", "2016-03-15", "2016-11"),
        ("They could start facing deportation in early March.", "2017-11-29", "2018-03"),
        ("The Senate voted to extend the limit through early December.", "2021-10-08", "2021-12"),
        ("The administration agreed to lift the restrictions in September.", "2017-10-02", "2017-09"),
        ("It could be done before the president takes office in January.", "2016-08-26", "2017-01"),
        ("The board met in November.", "2016-03-15", "2015-11"),
        ("It has been closed since early September.", "2021-10-09", "2021-09"),
    ],
)
def test_the_year_of_a_month_follows_the_tense(sentence: str, published: str, year_month: str, nlp: Language) -> None:
    dates = [q.time for q in find_quantities(sentence, published=published, span=nlp(sentence)[:]) if q.unit == "date"]
    assert dates == [year_month]

