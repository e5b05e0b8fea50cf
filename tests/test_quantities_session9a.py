"""Quantities, session 9 (a): draw THIRTY_THIRD, annotated by hand before the rules ran on it.

Drawn while a session-9 task changed the rules (``src/storylens/extract/quantities*.py``); the annotations were
committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and
the table is first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py
--exclude-session9a`` leaves it out (neither scored nor parsed), so that whoever changes the rules never sees how the
rules do on it. Session 9 draws one table per module (``tests/test_quantities_session9a.py`` … ``9e``), each by another
hand; none of the others was read while this one was annotated.

THIRTY_THIRD was drawn by ``benchmarks/quantities_draw.py thirty-third`` (bias-corpus articles 110 modulo 700, PolNeAR
*train* texts 7 and 41 modulo 70, AllSides story bodies in the order of ``random.Random(2058)``; BASIL is used up; every
text an earlier table drew from skipped): 62 sentences (28 bias, 14 PolNeAR, 20 AllSides), of which one is dropped as a
scraping leftover, an all-capital note run into a sentence ("PUBLISHED FEBRUARY 23, 2021: House Democrats are forging
ahead with a vote on a $1.9 trillion package …", in an AllSides story dated 2021-07-27, as THIRTY_SECOND dropped
"PUBLISHED FEBRUARY 23, 2021: House Democrats …" and THIRTIETH "ORIGINALLY PUBLISHED JANUARY 2021: …"). No sentence was
drawn in its place (the draw is kept as the seed gave it): 61 sentences (28 bias, 14 PolNeAR, 19 AllSides). Kept, as
earlier tables kept their like: a pair of sentences the sampler's splitter joined ("… on the issue of climate change.''
The articles had helped …", as TWENTIETH and THIRTY_SECOND kept one), a sentence run into the next after an ellipsis ("…
an exercise of willpower… Guess who is about 40 pounds overweight?"), a parenthesis's closing ".)" and AllSides'
truncated teasers ending in "..." (as THIRTY_SECOND's "unconscious...."). Non-breaking spaces are written as spaces, as
the cleaning stage leaves them. Published dates are the sources' own.

Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring; a short
comment above a row says where the reader decided something those leave open, naming the precedent followed. In short:
"Obstruction of justice was one count against Clinton in his 1998 impeachment" counts no "one" (a year is no figure set
against it, as FINAL's "one other important thing … 2016 candidates"); "One recent afternoon, two volunteers …" neither
counts the afternoon nor dates the volunteers (as FOURTEENTH's "One report Saturday morning … 7 miles"); "extremists on
one side empower those on the other" is no count (ELEVENTH's "when one country invades another"); "about 40 pounds
overweight" is a weight, unit "pounds" (no earlier table weighs anything; the plural kept as "10 feet" and "60 miles");
"just more than quarter (26 percent)" is over 25 percent and then 26 percent (TWENTY_SIXTH's "a bit more than half — 55
percent —"); "between January and August" with no publication date is the interval "--01/--08", relative, dating the
73,000 fires (THIRTY_SECOND's "--10" and TWELFTH's "2021-01/2021-03"), and "39,759 in all of 2018" is dated by its year;
"before November" places a clause against a point and dates nothing else; "four other states on June 7" are dated by the
contests' date (ELEVENTH's "three other Americans on Sept. 11"); "at 49.2 percent to 40 percent" is a pair, not a range;
"three separate appointments" counts appointments ("separate", like the dropped "different" and "other", says they are
distinct, not what they are); "That's what we saw on Sept. 11" (Laura Bush in 2016, on Afghanistan) is 2001-09-11
(FIFTEENTH's "celebrating in New Jersey on Sept. 11"); "more than halved this year" is over 50 percent, dated 2021; "had
all summer—and $122 billion" written in late August is this summer (THIRTY_SECOND's "all summer"), the sum beside it
undated (a date that is itself a conjunct of the object frames nothing beside it); "a three-day weekend commemorating
the end of summer" holds no date; "so far" is no date; "in June", not "by", sets no target; "as of Friday" in the
relative clause on the pandemic dates its deaths, not the eighteen scientists; "the two-thirds majority required" after
a tally is 66.67 percent, exact; "50 years from now" is a span from a point, undated (as "a year ago"); "one-shot
vaccine" counts 1 shot (TWENTY_FIFTH's "the one-page letter"); "a 20-year-old pledge" is an age (FINAL's "the
131-year-old brand").

First run (once, on the rules frozen at commit 9023b81, after THIRTY_THIRD was committed at df7b732, with the parse as
the claims stage runs it / without): 0.852 (52 of 61) / 0.852 (52 of 61). No annotation was corrected after it: every
miss was checked against the earlier tables, and none contradicts an explicit precedent (the misses are listed by
category at the gate). The table is gated at its first run less one sentence.
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
THIRTY_THIRD: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Nikki Haley, the US ambassador to the United Nations, announced Sunday that the Trump administration "
     "would hit Russia with new sanctions on Monday over its support for Syrian President Bashar al-Assad’s chemical "
     "weapons program in the wake of the April 7 chemical attack in Douma, Syria, that killed dozens of people.",
     "2018-04-16",
     [D("2018-04-15"), D("2018-04-16"), D("2018-04-07")]),
    ("bias", "It then rips open an old wound for Mr. Romney, the 2012 Republican presidential nominee and a former "
     "Massachusetts governor.",
     "2018-03-08",
     [D("2012")]),
    ("bias", "The US and Russia – the de facto representatives of the international community's opposing positions – "
     "agree that a large-scale chemical weapons attack occurred in the Damascus suburb of Ghouta on Aug. 21.",
     "2013-09-16",
     [D("2013-08-21")]),
    # "Over the past four years" in the quotation: "over" is the span's preposition, undated (what is said)
    ("bias", "Over the past four years, he has been involved in virtually all major national security issues and will "
     "be able to hit the ground running at CIA,” the White House said in talking points supporting his nomination "
     "provided to POLITICO early Monday.",
     "2013-01-07",
     [Q(4, "year"), D("2013-01-07")]),
    ("bias", "And he's still simmering over past showdowns with other nemeses, such as the NFL : Some of the league's "
     "aficionados have traced Trump's fury over players taking a knee and team owners' reactions to his anger at "
     "failing to secure a franchise in the league in the 1980s.",
     "2019-03-19",
     [D("1980s")]),
    ("bias", "Sen. Shelley Moore Capito (R-W.Va.), who voted with her party in 2017 on the so-called “skinny repeal”, "
     "signaled she was also eager to avoid another wide-ranging health care debate.",
     "2019-07-14",
     [D("2017")]),
    ("bias", "The AQI is a measure formulated by the United States' Environmental Protection Agency (EPA) to measure "
     "how healthy or polluted air is, and takes into account levels of five major air pollutants.",
     None,
     [Q(5, "major air pollutants")]),
    ("bias", "But Wyoming Sen. Mike Enzi, said in the weekly GOP address that the administration “has set out to kill "
     "coal and its 800,000 jobs.”",
     "2014-06-01",
     [Q(800000, "jobs")]),
    ("bias", "Most disconcerting of course is last week’s huge accommodation for the employer community—extending the "
     "statutorily mandated “December 31, 2013” deadline for the employer mandate and penalties.",
     "2015-01-08",
     [D("2015-W01"), D("2013-12-31")]),
    ("bias", "It also has fewer people with the highest qualifications: 22 percent compared with 37 percent "
     "nationally.",
     "2017-03-28",
     [Q(22, "percent"), Q(37, "percent")]),
    ("bias", "Which one of her Super PACs will respond?”",
     "2014-01-07",
     []),
    ("bias", "Dellums’ lobbying report disclosed he understood the lobbying work was connected to the three Russian "
     "businessmen, the records show.",
     "2017-07-14",
     [Q(3, "Russian businessmen")]),
    ("bias", "On the call, Trump pressed Zelensky to open an investigation into Ukrainian meddling in the 2016 "
     "presidential election and into former Vice President Joe Biden and his son Hunter Biden’s dealings in Ukraine.",
     None,
     [D("2016")]),
    # "before November" places the clause against a point: it dates nothing else; no publication date
    ("bias", "Obama surely knew that Garland, despite being widely respected for his 19 years on the D.C. Circuit "
     "Court, would never be nominated before November.",
     None,
     [Q(19, "year"), D("--11", "relative")]),
    # "was one count against": "one" as "a", no count (a date is no figure set against it, as FINAL's "one other
    # important thing … 2016 candidates")
    ("bias", "Obstruction of justice was one count against President Bill Clinton in his 1998 impeachment.",
     "2017-05-16",
     [D("1998")]),
    ("bias", "But Johnson’s move — to try to frustrate Parliament — has proved to be an extraordinarily flawed one.",
     "2019-09-24",
     []),
    ("bias", "During an April 2 interview with Chris Wallace on Fox News, Surgeon General Jerome Adams compared "
     "deaths caused by COVID-19 to deaths caused by smoking and drug abuse.",
     "2020-06-07",
     [D("2020-04-02")]),
    # weight, not sterling; the unit keeps its plural as "10 feet" and "60 miles" do
    ("bias", "I am a yuppie type who has a much healthier diet than many people, but if I have to choose between "
     "going to Sonic for a double cheeseburger, and going somewhere else for a salad, that sure enough requires an "
     "exercise of willpower… Guess who is about 40 pounds overweight?",
     None,
     [Q(40, "pounds", "about")]),
    # "half his height" is 50 percent without "of", as TENTH's "half her cabinet"
    ("bias", "\"Kahn reminds me very much of our very dumb and incompetent Mayor of NYC, de Blasio, who has also done "
     "a terrible job - only half his height.",
     "2019-06-03",
     [Q(50, "percent")]),
    ("bias", "U.S. officials believe the militants shot the two men during a firefight, and that both were alive when "
     "American forces pulled them from a building on the group's compound and got them aboard aircraft, where medical "
     "teams operated on them during a short flight to the USS Makin Island, a Navy ship in the region.",
     "2014-12-06",
     [Q(2, "men")]),
    ("bias", "The second phase of the deal would start almost immediately after Phase One is signed, Trump had said.",
     None,
     []),
    # "just more than quarter (26 percent)" (a quarter, its "a" lost): over 25 percent, then its aside, as
    # TWENTY_SIXTH's "a bit more than half — 55 percent —"
    ("bias", "What's more, a majority of Americans have a negative view (51 percent) of Christie, while just more "
     "than quarter (26 percent) have a positive one.",
     "2015-04-02",
     [Q(51, "percent"), Q(25, "percent", "over"), Q(26, "percent")]),
    # no publication date: the months' interval keeps an unknown year (as "--10" in THIRTY_SECOND, "2021-01/2021-03"
    # in TWELFTH); the comparison's own figure 39,759 is dated by "in all of 2018" after it; what the institute said
    # keeps Monday out
    ("bias", "Nearly 73,000 fires were recorded between January and August, compared with 39,759 in all of 2018, the "
     "National Institute for Space Research (INPE) said on Monday.",
     None,
     [Q(73000, "fires", "about", "--01/--08"), D("--01/--08", "relative"), Q(39759, None, time="2018"), D("2018"),
      D("Monday", "relative")]),
    ("bias", "My mother was a very strong woman, a career woman who administered a 300-bed nursing home for decades.",
     "2018-09-25",
     [Q(300, "bed")]),
    # a pledge's age, as FINAL's "the 131-year-old brand"
    ("bias", "\"I care more about my country than I do about a 20-year-old pledge,\" Sen. Saxby Chambliss told "
     "Georgia television station WMAZ, a CNN affiliate, on Wednesday.",
     "2012-11-22",
     [Q(20, "year", measure="age"), D("2012-11-21")]),
    ("bias", "After Cohen pleaded guilty to the Mueller charges on Nov. 29, Trump called his former lawyer a liar, “a "
     "weak person and not a very smart person.”",
     "2018-12-13",
     [D("2018-11-29")]),
    # as TENTH's "At least one GOP insider" (not "at least one of", which is no count)
    ("bias", "I think they’re right on at least one important score.",
     "2013-07-09",
     [Q(1, "important score", "at least")]),
    ("bias", "Nearly 12 years ago, Barack Obama began staffing his administration in the middle of a global economic "
     "crisis.",
     "2020-04-14",
     [Q(12, "year", "about")]),
    ("polnear", "Senator John McCain says the Republican populist movement that’s sweeping the country and boosting "
     "candidates including Donald Trump in the 2016 presidential race appeals to the “bad angels” of human nature.",
     "2015-12-02",
     [D("2016")]),
    ("polnear", "Whether we save $100 billion a year or $350 billion a year, we’re going to competitive bid.",
     "2016-02-16",
     [Q(100e9, "USD per year"), Q(350e9, "USD per year")]),
    # the date after the contests' noun phrase dates the states in it, as "three other Americans on Sept. 11" in
    # ELEVENTH
    ("polnear", "Clinton holds a substantial lead with party leaders and elected officials, called superdelegates, "
     "and is on track to clinch the nomination through the combination of pledged delegates and superdelegates after "
     "contests in California, New Jersey and four other states on June 7.",
     "2016-05-24",
     [Q(4, "states", time="2016-06-07"), D("2016-06-07")]),
    # "at 49.2 percent to 40 percent" is a pair, not a range (the second is lower), as THIRTY_SECOND's "46 to 40
    # percent"; "an average of" is exact
    ("polnear", "In Pennsylvania, she is up an average of 9.2 percentage points at 49.2 percent to 40 percent for "
     "Trump, according to the RealClearPolitics polling average.",
     "2016-08-15",
     [Q(9.2, "percentage points"), Q(49.2, "percent"), Q(40, "percent")]),
    ("polnear", "As the election of 2008 approached, America was in crisis.",
     "2016-01-22",
     [D("2008")]),
    # "separate" says the appointments are distinct, not what is counted, as "different" and "other" do (the parse
    # module's dropped modifiers); "after 20 weeks" exact and undated, as TWENTY_NINTH's "after 15 weeks"
    ("polnear", "The legislation also mandates three separate appointments for women who want to obtain medication "
     "abortions, and bans abortions after 20 weeks.)",
     "2016-04-08",
     [Q(3, "appointments"), Q(20, "week")]),
    ("polnear", "And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino "
     "vote compared to Hillary Clinton’s 76 percent.",
     "2016-07-18",
     [Q(14, "percent"), Q(76, "percent")]),
    # the sampler's splitter joined two sentences here (kept, as TWENTIETH and THIRTY_SECOND kept such a pair)
    ("polnear", "The school had collaborated with The Los Angeles Times and foundations including the Rockefeller "
     "Brothers Fund on two articles published in October that examined ''the gap between Exxon Mobil's public "
     "position and its internal planning on the issue of climate change.'' The articles had helped add momentum to an "
     "investigation by the New York attorney general into the matter.",
     "2015-12-03",
     [Q(2, "articles", time="2015-10"), D("2015-10")]),
    # "One recent afternoon" is "a certain afternoon": no count and no date, though another figure follows (as
    # FOURTEENTH's "One report Saturday morning … 7 miles")
    ("polnear", "One recent afternoon, two volunteers were running a phone bank.",
     "2016-06-03",
     [Q(2, "volunteers")]),
    ("polnear", "The image of a 5-year-old Syrian boy, dazed and bloodied after being rescued from an airstrike on "
     "rebel-held Aleppo, reverberated around the world last month, a harrowing reminder that five years after civil "
     "war broke out there, Syria remains a charnel house.",
     "2016-09-06",
     [Q(5, "year", measure="age"), D("2016-08"), Q(5, "year")]),
    ("polnear", "They combined to spend $332,000 on payments to a company called Cambridge Analytica, which "
     "specializes in building what it calls “psychographic” profiles of voters to try to win them over with narrowly "
     "targeted micro-messages.",
     "2016-01-29",
     [Q(332000, "USD")]),
    ("polnear", "The joint account, Hillary’s Victory Fund, includes the Clinton campaign, 32 state Democratic "
     "committees and the DNC.",
     "2016-04-20",
     [Q(32, "state Democratic committees")]),
    # "two of the guns" counts without a noun, as THIRTIETH's "two of those"; the ruling's Monday stays out of what
    # was ruled
    ("polnear", "The man accused of purchasing two of the guns used in the San Bernardino shooting rampage will "
     "remain in custody as a criminal case against him proceeds, a federal judge ruled Monday.",
     "2015-12-22",
     [Q(2, None), D("2015-12-21")]),
    # Laura Bush on Afghanistan: the attacks of 2001, as FIFTEENTH's "celebrating in New Jersey on Sept. 11" written
    # in 2015
    ("polnear", "That's what we saw on Sept. 11, and we don't want to see that now.",
     "2016-03-18",
     [D("2001-09-11")]),
    ("allsides", "A coalition of landlords and real estate trade groups in Alabama and Georgia challenged the latest "
     "extension of a moratorium imposed by the Centers for Disease Control and Prevention, issued Aug. 3 and intended "
     "to run through Oct. 3.",
     "2021-08-27",
     [D("2021-08-03"), D("2021-10-03")]),
    # "on one side … the other" sets a pair's members apart, no count, as ELEVENTH's "when one country invades
    # another"
    ("allsides", "Civilians die, but extremists on one side empower those on the other.",
     "2021-05-13",
     []),
    ("allsides", "The additional jabs will see the total US commitment on vaccine sharing exceed one billion jabs.",
     "2021-09-22",
     [Q(1e9, "jabs", "over")]),
    # "more than halved" is over 50 percent ("halve" is 50 percent); "last week's small increase" names a thing,
    # framing nothing
    ("allsides", "Despite last week's small increase the number of initial jobless claims have been more than halved "
     "this year after reaching a peak of 904,000 in January.",
     "2021-07-08",
     [D("2021-W26"), Q(50, "percent", "over", "2021"), D("2021"), Q(904000, None, time="2021-01"), D("2021-01")]),
    # "had all summer—and $122 billion" written in late August: this summer (as THIRTY_SECOND's "all summer"); a date
    # that is itself a conjunct of the object frames nothing beside it, so the sum is undated
    ("allsides", "The officials in charge of running the nation’s public schools had all summer—and $122 billion in "
     "Covid relief funds from Congress—to plan for the first day of school, so naturally chaos has ensued as students "
     "begin heading back to the classroom.",
     "2021-08-27",
     [D("2021-06/2021-08"), Q(122e9, "USD")]),
    # "commemorating the end of summer" is generic, no date (as THIRTY_SECOND's "a Memorial Day weekend")
    ("allsides", "Unions, of course, vehemently disagree, and while the overwhelming majority of people have come to "
     "regard the holiday as nothing more meaningful than a three-day weekend commemorating the end of summer, labor "
     "leaders continue to delude themselves that the event somehow validates their dubious ideals and shady tactics.",
     "2021-09-06",
     [Q(3, "day")]),
    # "so far" is no date (as THIRTEENTH's "Reid so far has not been able")
    ("allsides", "15 governors so far have let their state orders requiring people to wear face coverings in public "
     "expire, according to U.S. News.",
     "2021-04-27",
     [Q(15, "governors")]),
    # "in June", not "by": no target
    ("allsides", "President Biden, heeding widespread calls to step up his response to the pandemic’s surge abroad, "
     "said on Monday that his administration would send 20 million doses of federally authorized coronavirus vaccine "
     "overseas in June — the first time he has pledged to give away doses that could be used in the United States.",
     "2021-05-18",
     [D("2021-05-17"), Q(20e6, "doses", time="2021-06"), D("2021-06")]),
    ("allsides", "The House delayed a vote on the $1 trillion bipartisan infrastructure bill on Thursday, as "
     "progressive Democrats refused to support the bill until Congress acts on a reconciliation package projected to "
     "cost $3.5 trillion.",
     "2021-10-01",
     [Q(1e12, "USD", time="2021-09-30"), D("2021-09-30"), Q(3.5e12, "USD")]),
    ("allsides", "“As we close 20 years of war and strife and pain and sacrifice, it’s time to look to the future, "
     "not the past,” Biden said near the end of a 26-minute speech that was delivered in strident, occasionally angry "
     "tones and echoed earlier remarks justifying his decision...",
     "2021-08-31",
     [Q(20, "year"), Q(26, "minute")]),
    # "as of Friday" sits in the relative clause on the pandemic: it dates the deaths, not the scientists
    ("allsides", "Eighteen prominent scientists, including a Harvard University epidemiologist and a Stanford "
     "University microbiologist, are calling for a “transparent” and “data-driven” probe into the origins of the "
     "pandemic that has killed more than 3.34 million people worldwide as of Friday.",
     "2021-05-14",
     [Q(18, "prominent scientists"), Q(3.34e6, "people", "over", "2021-05-14"), D("2021-05-14")]),
    ("allsides", "Nina Turner, a former state senator and a top surrogate for Sen. Bernie Sanders' 2016 and 2020 "
     "presidential campaigns, and Cuyahoga County councilwoman Shontel Brown shook hands as the joined together on "
     "stage at a predominantly Black megachurch in suburban Cleveland.",
     "2021-08-03",
     [D("2016"), D("2020")]),
    ("allsides", "House Republican Leader Kevin McCarthy opposed legislation Tuesday that would create a bipartisan "
     "commission to study the Jan. 6 riot at the U.S. Capitol, which some lawmakers have suggested could subpoena him "
     "as witness.",
     "2021-05-18",
     [D("2021-05-18"), D("2021-01-06")]),
    ("allsides", "It was their fourth conversation since the violence erupted between Israel and Hamas nine days "
     "earlier.",
     "2021-05-19",
     [Q(9, "day")]),
    ("allsides", "The Biden administration said Monday it would allow 62,500 refugees to resettle in the United "
     "States this year, reversing course after the White House initially said it would keep a historically low "
     "Trump-era limit on those fleeing war, violence and persecution.",
     "2021-05-03",
     [D("2021-05-03"), Q(62500, "refugees", time="2021"), D("2021")]),
    ("allsides", "President Biden said the U.S. is on pace to leave Afghanistan by Aug. 31, warning of growing "
     "security risks and describing a tenuous situation on the ground, as the Taliban said they would prevent Afghan "
     "citizens from reaching Kabul’s airport to board evacuation flights.",
     "2021-08-24",
     [D("2021-08-31", "target")]),
    # "the two-thirds majority required" is a share (66.67 percent, as "two-thirds of"), exact: "above" qualifies the
    # tally, not the level
    ("allsides", "The bill, which was introduced by New York Democratic Rep. Grace Meng and Hawaii Democratic Sen. "
     "Mazie Hirono, passed 364 to 62, above the two-thirds majority required.",
     "2021-05-18",
     [Q(364, None), Q(62, None), Q(66.67, "percent")]),
    # "50 years from now" is a span from a point, undated, as "a year ago"
    ("allsides", "\"It is hard to argue that 50 years from now the question will be how did this Congress manage...",
     "2021-07-26",
     [Q(50, "year")]),
    # "one-shot vaccine" counts shots, as TWENTY_FIFTH's "the one-page letter" and THIRTY_FIRST's "the two-dose shot"
    ("allsides", "The former acting director for the Centers for Disease Control and Prevention said that people are "
     "not getting their second dose of COVID-19 vaccines which “points to the importance of one-shot vaccine.”",
     "2021-04-27",
     [Q(1, "shot")]),
]


def test_session_nine_a_table_is_real() -> None:
    """Every sentence occurs in the texts it was drawn from; the table keeps the draw's size less the one dropped."""
    sources = _sources_text(bias_residues=(110,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_THIRD:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_THIRD) == 61
    assert len({sentence for _, sentence, _, _ in THIRTY_THIRD}) == len(THIRTY_THIRD)


#: First run of THIRTY_THIRD (once, on the rules frozen at commit 9023b81, "quantities: 'Over' a count opening the
#: sentence …", after the table was committed at df7b732): the honest figure, untuned. Its 9 misses with the parse: on
#: the time field 2 — "his 19 years on the D.C. Circuit Court, would never be nominated before November" dated by the
#: November the clause is placed before, "had all summer—and $122 billion in Covid relief funds" with the sum dated by
#: the summer beside it; on a date's year, day or shape 3 — "between January and August" read as August alone (no
#: interval), "a federal judge ruled Monday" written on a Tuesday read as the coming Monday (2015-12-28, not
#: 2015-12-21), "That's what we saw on Sept. 11" read as 2015 (not 2001, FIFTEENTH's precedent); on what a number counts
#: 1 — "three separate appointments" counted as "separate appointments"; on value and unit 2 — "about 40 pounds
#: overweight" read as sterling, "just more than quarter (26 percent)" with the quarter (over 25 percent) not read; on a
#: qualifier or target 1 — "more than halved this year" read as exactly 50 percent, and "after reaching a peak of
#: 904,000 in January" read as a target (and left undated). Without the parse 9: the same but the 19 years and the $122
#: billion right (undated), and also "32 state Democratic committees" counted as "state", "the $1 trillion bipartisan
#: infrastructure bill on Thursday" left undated.
THIRTY_THIRD_ACCURACY_FIRST_RUN = 0.852  # 52 of 61 with the parse (as the claims stage runs it)
THIRTY_THIRD_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.852  # 52 of 61
#: Gated at its first run less one sentence of slack, as session 7's and session 8's blind tables are: the table is no
#: longer blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences
#: fails.
MIN_THIRTY_THIRD_ACCURACY = 0.83  # 51 / 61 = 0.8361
MIN_THIRTY_THIRD_ACCURACY_WITHOUT_PARSE = 0.83  # 51 / 61 = 0.8361


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of the table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [THIRTY_THIRD])


@pytest.mark.gate
def test_session_nine_a_accuracy_gate(parses: dict[str, Span]) -> None:
    assert_table_gate(
        "thirty-third", THIRTY_THIRD, MIN_THIRTY_THIRD_ACCURACY, MIN_THIRTY_THIRD_ACCURACY_WITHOUT_PARSE, parses
    )
