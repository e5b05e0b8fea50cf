"""Quantities, session 5: the draws EIGHTEENTH and NINETEENTH, each annotated by hand before the rules ran on it.

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
from tests.test_quantities import D, Q, _corpus_text, _squash, table_accuracy
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
    sources = _sources_text(bias_residues=(44,)) + " " + _corpus_text()
    for table in (EIGHTEENTH, CATEGORIES):
        for source, sentence, _, _ in table:
            assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(EIGHTEENTH) >= 60


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
#: CATEGORIES (development rows): 1.000 with the parse, 0.762 without (the year from the tense needs the parse).
MIN_CATEGORIES_ACCURACY = 0.95
MIN_CATEGORIES_ACCURACY_WITHOUT_PARSE = 0.72

#: Each table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_FIVE_GATES = [
    ("eighteenth", EIGHTEENTH, MIN_EIGHTEENTH_ACCURACY, MIN_EIGHTEENTH_ACCURACY_WITHOUT_PARSE),
    ("categories", CATEGORIES, MIN_CATEGORIES_ACCURACY, MIN_CATEGORIES_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's tables parsed once, in batches, as the claims stage parses a segment."""
    sentences = sorted({s for _, table, _, _ in SESSION_FIVE_GATES for _, s, _, _ in table})
    return {doc.text: doc[:] for doc in nlp.pipe(sentences, batch_size=64)}


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_FIVE_GATES, ids=[g[0] for g in SESSION_FIVE_GATES]
)
def test_session_five_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    accuracy, misses = table_accuracy(table, parses)
    assert accuracy >= minimum, (name, misses)
    accuracy, misses = table_accuracy(table, None)
    assert accuracy >= minimum_without_parse, (name, "without the parse", misses)


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
