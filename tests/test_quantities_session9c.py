"""Quantities, session 9 (third blind module): draw THIRTY_FIFTH, annotated by hand before the rules ran on it.

Drawn while another session-9 task changed the rules (issue 4); the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session9c``
leaves it out (neither scored nor parsed), so that whoever changes the rules never sees how the rules do on it.

THIRTY_FIFTH was drawn by ``benchmarks/quantities_draw.py thirty-fifth`` (bias-corpus articles 591 modulo 700, PolNeAR
*train* texts 12 and 47 modulo 70, AllSides story bodies in the order of ``random.Random(2060)``; BASIL is used up;
every text an earlier table drew from skipped). THIRTY_THIRD and THIRTY_FOURTH, drawn at the same time by other hands,
are earlier draws in the script's order, but their modules were not committed when this one was drawn, and the script
reads only committed tables: without them 4 of its 20 AllSides picks came from texts those draws had drawn from (a
skipped text shifts the generator, so 17 of the 20 AllSides picks differ). This table is therefore the draw as the
script makes it once those modules are committed: the two draws were run in the same process (``draw("thirty-third")``,
``draw("thirty-fourth")``) and their sentences added to the earlier ones, without being printed or read. The 42 bias and
PolNeAR picks are the same either way; 7 of those draws' AllSides sentences lie in texts this draw skips, so should
either table drop one of them as a leftover, a rerun would differ in AllSides. That happened: THIRTY_THIRD dropped, as a
leftover, the sentence it drew from the AllSides text holding the all-capital note "PUBLISHED FEBRUARY 23, 2021: House
Democrats …" (the note THIRTY_SECOND dropped), so with the session's modules committed that text is no longer skipped,
and a rerun of this draw takes that note as its last AllSides pick in place of "Social media users are slamming …" (its
other 61 picks, the caption below among them, are unchanged). The note is a leftover this table would drop too, so the
rerun's table is this one less its last row; the row is kept, as it was drawn by the rule as it stood, annotated blind
and first run (the draw script would be reproducible whatever a sibling drops if it also skipped the texts of dropped
sentences).

62 sentences, of which one is dropped as a scraping leftover: a photo caption with its credit standing between two
paragraphs ("Bilal Hussein/AP People listen to a speech by the Hezbollah leader … Aug. 25, 2019."), as earlier draws
dropped a gallery title and link lines; no sentence was drawn in its place: 61 sentences (27 bias, 14 PolNeAR, 20
AllSides). Kept: a heading run into its sentence ("Delegate selection: One issue …", as THIRTY_FIRST kept the timeline
entry "2013: …"), an imperative from a list of proposals ("Let border officials detain families for over 20 days."), a
fragment the sampler's splitter cut after "Reps." ("Darrell Issa and Duncan Hunter, who was …", as THIRTY_FIRST kept
"… Roe v."), teasers cut with an ellipsis ("… during the war. ...", "… 26 deaths cumulatively in...", as THIRTY_FIRST
kept "… unconscious...."), and two sentences the splitter joined after "D.C." (as THIRTY_SECOND kept a joined pair).
Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring. Where
they say nothing, the reader's answer was written (each also in a comment above its row): "a two-time offender" counts
2 times, as "a four-star general" counts stars (TWENTY_SEVENTH) and "the two-dose shot" doses (THIRTY_FIRST); "the
$2 trillion package was primed and ready to go on Sunday" dates the sum of the clause's subject by that Sunday (the
date modifies the state the clause asserts, not only the infinitive), and "throughout the week" is no date; "a
10-year-term in 2013" in a relative clause dated 2013 is dated 2013, as TWENTY_SEVENTH's "four-star general" takes its
clause's Monday; "about a week after" is about 1 week, a span from a point, undated (HELDOUT); "barely two weeks
after" is exact (NINETEENTH's "has barely served two terms"); "thousands some times ten of thousand" (spoken "tens of
thousands") is no figure, as "thousands of" and TABLE's "tens of thousands"; "Since clinching her party's nomination
in early June, Clinton has spent more than $77 million" dates the sum by June, as the seed's "since the war began in
February 2022"; "an average age of 71" is an exact age (THIRTIETH's "on average at the age of six"); "2 percent or
below" is at most, as "or less"; "two other top aides" in a participle phrase after "late last month" shares that
month ("fell Tuesday, bringing the total to nine"); "bringing the total of encounters in fiscal year (FY) 2021 to more
than 1 million" dates the level by 2021 (the fiscal year after the object dates the participle's clause; "fiscal 2015"
is 2015 in TWELFTH) and is no target (a level reached, as "bringing the total to nine"); "the Group of Seven summit"
names the group (THIRTEENTH's "the Group of 7 summit"); "A 2020 Pew Research Center poll found two thirds believed …"
leaves the two thirds undated, the year naming the poll and what it found being a clause of its own; "for fiscal 2022"
after the last of three listed sums dates that sum only; "the first filibuster of the year" is no date (BLIND's "over
the year"), and the "50-vote minority" in the apposition on a clause dated Friday takes Friday (TWENTY_SEVENTH's
apposition); "To date" is no date (TABLE's "to date"). Non-breaking spaces are written as spaces, as the cleaning stage
leaves them. Published dates are the sources' own.

First run (once, on the rules frozen at commit 9023b81, "quantities: 'Over' a count opening the sentence …", after this
table was committed at 1e11815; with the parse as the claims stage runs it / without): THIRTY_FIFTH 0.918 (56 of 61) /
0.902 (55 of 61). No annotation was corrected after it: every miss was checked against the earlier tables and none
contradicts an explicit precedent. The table is gated at its first run less one sentence; the misses are listed by
category at the gate.
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
THIRTY_FIFTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Sanders, 74, said he and Clinton were in a \"virtual tie\" and said he was overwhelmed.",
     "2016-02-01",
     [Q(74, None)]),
    # "A little over half" is over 50 percent, as THIRTY_FIRST's "little more than half an hour" is over.
    ("bias", "A little over half of the 226 participants in the survey, 52%, said their immigration status was "
     "\"estimated undocumented.\"",
     "2020-04-24",
     [Q(50, "percent", "over"), Q(226, "participants"), Q(52, "percent")]),
    # "the two" counts 2 people without a noun, as TWENTY_NINTH's "the two did not discuss".
    ("bias", "It was unclear whether the two also spoke on the phone.",
     "2019-08-14",
     [Q(2, None)]),
    ("bias", "Iran has claimed an international right to an indigenous nuclear power program since the early 2000s, "
     "he notes, and has portrayed international efforts to investigate Iran’s nuclear facilities as a veiled attempt "
     "by “the Great Satan” and other world powers to deny Iran an international right.",
     "2015-07-07",
     [D("2000s")]),
    # "three-star general" counts stars, as TWENTY_SEVENTH's "four-star general".
    ("bias", "The retired three-star general, who championed Trump at campaign rallies and advocated closer ties with "
     "Russia, is a central figure in Mueller’s investigation into whether Trump aides coordinated with Moscow to "
     "boost his 2016 presidential campaign.",
     "2017-11-24",
     [Q(3, "star"), D("2016")]),
    ("bias", "\"But there are many moving parts to this....Me owning an AR-15 is not a threat to anyone because I'm "
     "not going to abuse the right to own that gun.\"",
     "2013-02-13",
     []),
    # What officials "said Friday" is a clause of its own: the six nations are undated.
    ("bias", "President Trump is preparing to add more countries to his six-nation travel ban executive order — "
     "though he’ll likely impose lesser penalties such as additional traveler screening on them, administration "
     "officials said Friday.",
     "2017-09-22",
     [Q(6, "nation"), D("2017-09-22")]),
    # "was primed and ready to go on Sunday": the date dates the clause, its subject's sum too; "the week" is no date.
    ("bias", "The $2 trillion package was primed and ready to go on Sunday, with the Senate working throughout the "
     "week to get it done.",
     "2020-03-25",
     [Q(2e12, "USD", time="2020-03-22"), D("2020-03-22")]),
    ("bias", "In a 2006 speech in Congress, he said that gay marriage was a signal of \"societal collapse.\"",
     "2016-07-24",
     [D("2006")]),
    ("bias", "One imagines Nikolas sitting alone, watching coverage of the Las Vegas shooting, and thinking, \"Why "
     "not?",
     "2018-02-16",
     []),
    ("bias", "Two of them said they are unsure whether they will still support Warren after their experience, but "
     "Lewis said she will be caucusing for her.",
     "2020-02-06",
     [Q(2, None)]),
    ("bias", "What makes the family tradition sustainable in central Massachusetts, where the Vallelis now live, is a "
     "pastor-sharing arrangement between two congregations that couldn’t afford a full-time clergyperson on their own.",
     "2020-04-14",
     [Q(2, "congregations")]),
    # "barely two weeks" is exact, as "has barely served two terms" (NINETEENTH); "now" is no date.
    ("bias", "No one wanted to let Democrats off the mat and hand them a political win — especially not now, barely "
     "two weeks after the GOP’s historic midterm victory.",
     "2014-11-23",
     [Q(2, "week")]),
    ("bias", "Let border officials detain families for over 20 days.",
     None,
     [Q(20, "day", "over")]),
    # "One issue certain to be revisited": "one" as "a certain", no count.
    ("bias", "Delegate selection: One issue certain to be revisited is the manner in which delegates are selected.",
     "2016-07-10",
     []),
    ("bias", "Gaza militants fired more than 3,000 rockets toward Israel during the war. ...",
     "2014-08-14",
     [Q(3000, "rockets", "over")]),
    ("bias", "All three candidates said they want to repeal every piece of President Obama’s health care law — even "
     "the provisions that some Republicans support, such as requiring insurers to cover young adults on their "
     "parents’ plans.",
     "2012-06-12",
     [Q(3, "candidates")]),
    # The 10-year term is in the relative clause dated 2013; "about a week after" is a span from a point, undated.
    ("bias", "Trump fired Comey, who was appointed by President Barack Obama to a 10-year-term in 2013, on Tuesday, "
     "about a week after the former FBI director told a Senate hearing that he felt \"mildly nauseous\" that his "
     "actions in the Hillary Clinton email case may have affected the 2016 presidential election.",
     "2017-05-13",
     [Q(10, "year", time="2013"), D("2013"), D("2017-05-09"), Q(1, "week", "about"), D("2016")]),
    # "two-time offender" counts times, as "four-star" counts stars and "two-dose" doses.
    ("bias", "Among them was Reid, the Delaware man and two-time offender whose apartment was stoked with guns and "
     "ammunition.",
     "2016-08-09",
     [Q(2, "time")]),
    ("bias", "The proposal would include a 10-year wait for a green card, and a total 13-year wait to apply for "
     "citizenship.",
     "2013-04-01",
     [Q(10, "year"), Q(13, "year")]),
    # "until after 2020" is the year, as "until after the 2016 presidential election" (THIRTIETH).
    ("bias", "As conservative health policy analyst Chris Jacobs wrote recently, any Medicaid rollback that is "
     "delayed until after 2020 essentially requires a Republican president to go into effect.",
     "2017-06-22",
     [D("2020")]),
    # "every one of his political campaigns" is no count.
    ("bias", "In every one of his political campaigns—from his hopeless third-party candidacies in the 1970s through "
     "his current run for president—Sanders has cast himself as David fighting the Goliaths of the major parties.",
     "2015-10-11",
     [D("1970s")]),
    ("bias", "The advocacy group ONE, which focuses on combating poverty and diseases, said Mr. Trump’s proposed cuts "
     "to foreign aid are alarming.",
     "2017-02-27",
     []),
    ("bias", "As a presidential candidate in 2008, Obama seemed to view an imminent threat as a prerequisite for the "
     "president ordering military action.",
     "2014-09-11",
     [D("2008")]),
    ("bias", "Trump insisted during a meandering 50-minute interview that “of course” he would alert the FBI in such "
     "a case, but only after reviewing it first, “because if you don't look at it, you won't know it's bad.”",
     "2019-06-14",
     [Q(50, "minute")]),
    # Two sentences the splitter joined after "D.C.", kept.
    ("bias", "Manafort entered his guilty plea to two felony counts during an hourlong hearing in federal court in "
     "Washington, D.C. The plea took place three days before he was to face trial on charges related to his lobbying "
     "work for Ukraine and alleged witness tampering.",
     "2018-09-14",
     [Q(2, "felony counts"), Q(3, "day")]),
    ("bias", "That would seem to contradict testimony then-IRS Commissioner Doug Shulman provided to Congress in 2012 "
     "when he told lawmakers that the agency wasn’t providing extra scrutiny to groups because of their political "
     "affiliations.",
     "2013-05-05",
     [D("2012")]),
    ("polnear", "More than half of the respondents who support Sanders are in college, while 19 percent of college "
     "students polled support Clinton.",
     "2015-12-10",
     [Q(50, "percent", "over"), Q(19, "percent")]),
    ("polnear", "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t even fit to be "
     "governor any more.",
     "2016-03-02",
     [Q(6, "Gannett newspapers")]),
    # "ten of thousand" is spoken "tens of thousands": no figure, as "thousands of" and TABLE's "tens of thousands".
    ("polnear", "“And then they would push perceptive students to max out their credit cards so they could fork over "
     "thousands some times ten of thousand to Donald.",
     "2016-06-05",
     []),
    # "Since clinching … in early June" dates the clause it modifies, as "since the war began in February 2022".
    ("polnear", "Since clinching her party’s nomination in early June, Clinton has spent more than $77 million on "
     "television and radio advertising, largely targeting voters in battleground states, according to Kantar Media’s "
     "political ad tracker.",
     "2016-08-29",
     [D("2016-06"), Q(77e6, "USD", "over", "2016-06")]),
    ("polnear", "The real story here is that more than half of Republican primary voters in Iowa opted for Trump — a "
     "blowhard billionaire who has embraced open racism and is tearing the GOP apart — and Cruz, the most loathed man "
     "in Washington.",
     "2016-02-02",
     [Q(50, "percent", "over")]),
    ("polnear", "Either candidate would need 2,383 delegates to secure the nomination.",
     "2016-04-27",
     [Q(2383, "delegates")]),
    ("polnear", "No one should feel how we feel, how we suffered,” she continued.",
     "2016-07-28",
     []),
    # "an average age of 71" is an exact age, as THIRTIETH's "on average at the age of six".
    ("polnear", "While the government might soon lift the retirement age to save money, that is cause for "
     "celebration, he said, because Russians are now living longer - to an average age of 71.",
     "2015-12-19",
     [Q(71, None)]),
    ("polnear", "But Wall Street, instead of spreading prosperity, delivered the worst recession the world had seen "
     "since the 1930s.",
     "2016-03-16",
     [D("1930s")]),
    ("polnear", "More than 300,000 Chinese students are studying at American universities, and the Orlando shooting "
     "brought on new concerns from Chinese parents.",
     "2016-06-15",
     [Q(300000, "Chinese students", "over")]),
    # "or below" is at most, as "or less".
    ("polnear", "Everyone else is at 2 percent or below.",
     "2015-11-12",
     [Q(2, "percent", "at most")]),
    ("polnear", "Trump never mentioned Clinton, who trailed Sanders by more than 20 points with more than "
     "three-quarters of the results in.",
     "2016-02-09",
     [Q(20, "points", "over"), Q(75, "percent", "over")]),
    # "one of the earliest House members" is no count, as THIRTY_FIRST's "one of the most bizarre moments".
    ("polnear", "Darrell Issa and Duncan Hunter, who was one of the earliest House members to endorse the Manhattan "
     "billionaire.",
     "2016-05-09",
     []),
    # The participle phrase after the clause-final date shares it, as "fell Tuesday, bringing the total to nine".
    ("polnear", "Carson brought in a new campaign manager, retired Army general Bob Dees, late last month, leading to "
     "the exodus of former campaign manager Barry Bennett and two other top aides.",
     "2016-01-04",
     [D("2015-12"), Q(2, "top aides", time="2015-12")]),
    ("allsides", "A rapid and sustained increase in COVID-19 cases in the nation’s largest county requires restoring "
     "an indoor mask mandate even when people are vaccinated, Los Angeles County’s public health officer said "
     "Thursday.",
     "2021-07-15",
     [D("2021-07-15")]),
    ("allsides", "President Joe Biden has no plans to create a presidential commission to investigate the January 6 "
     "attack on the Capitol, White House press secretary Jen Psaki said in a statement Thursday.",
     "2021-06-03",
     [D("2021-01-06"), D("2021-06-03")]),
    # "fiscal year (FY) 2021" is 2021, as "fiscal 2015" (TWELFTH); it dates the object of "bringing" and so its level.
    ("allsides", "There were nearly 190,000 migrant encounters at the southern border in June, Customs and Border "
     "Protection (CBP) announced Friday — yet another rise in what were already sky-high border numbers, and bringing "
     "the total of encounters in fiscal year (FY) 2021 to more than 1 million.",
     "2021-07-16",
     [Q(190000, "migrant encounters", "about", "2021-06"), D("2021-06"), D("2021-07-16"), D("2021"),
      Q(1e6, None, "over", "2021")]),
    ("allsides", "Gen. Frank McKenzie, head of U.S. Central Command, and Gen. Mark Milley, the chairman of the Joint "
     "Chiefs of Staff, each acknowledged during public congressional testimony that they agreed with the "
     "recommendation of Army Gen. Austin Miller that 2,500 troops be left in the country, though they denied to "
     "detail what they advised Biden directly.",
     "2021-09-28",
     [Q(2500, "troops")]),
    ("allsides", "Nina Turner, a former Ohio state senator who served as a high-profile surrogate for Sen. Bernie "
     "Sanders (I-Vt.) during the 2020 presidential campaign, looks to have the edge to win the Democratic House "
     "primary in the state’s 11th Congressional District.",
     "2021-08-03",
     [D("2020")]),
    ("allsides", "About 1,500 American citizens remain in Afghanistan, and about a third of them are in contact with "
     "the U.S. government and hope to leave in the coming days, Secretary of State Antony J. Blinken said on "
     "Wednesday.",
     "2021-08-25",
     [Q(1500, "American citizens", "about"), Q(33.33, "percent", "about"), D("2021-08-25")]),
    # "Group of Seven" names the group, as "the Group of 7 summit" (THIRTEENTH).
    ("allsides", "World leaders attending the Group of Seven summit on Sunday issued a call for a new study into the "
     "origins of Covid-19, including in China, after an initial report was deemed lacking because Beijing had refused "
     "to cooperate.",
     "2021-06-13",
     [D("2021-06-13")]),
    # "A 2020 … poll" names the poll, and what it found is a clause of its own: the two thirds are undated.
    ("allsides", "A 2020 Pew Research Center poll found two thirds believed governments should do more to address "
     "climate change.",
     "2021-08-13",
     [D("2020"), Q(66.67, "percent")]),
    ("allsides", "The launch will occur in tandem with the release of Yang’s latest book, “Forward: Notes on the "
     "Future of Our Democracy” on October 5th, two people familiar with the development told Politico.",
     "2021-09-10",
     [D("2021-10-05"), Q(2, "people")]),
    # "To date" is no date, as TABLE's "to date".
    ("allsides", "“To date, the SAPS have received reports of 26 deaths cumulatively in...",
     "2021-07-16",
     [Q(26, "deaths")]),
    ("allsides", "After decades of military experience, including tours in Vietnam, Powell served as secretary of "
     "state under President George W. Bush from 2001 to 2005 and chairman of the Joint Chiefs of Staff under "
     "President George H. W. Bush from 1989 to 1993....",
     "2021-10-18",
     [D("2001/2005"), D("1989/1993")]),
    # "for fiscal 2022" after a noun dates that noun phrase only, the last of the list.
    ("allsides", "The blueprint released by the White House ties together three major spending proposals already "
     "announced by Biden: the $2.3 trillion American Jobs Plan, the $1.8 trillion American Families Plan and $1.5 "
     "trillion in discretionary spending for fiscal 2022.",
     "2021-05-28",
     [Q(3, "major spending proposals"), Q(2.3e12, "USD"), Q(1.8e12, "USD"), Q(1.5e12, "USD", time="2022"), D("2022")]),
    # The "as" clause is a clause of its own: the 5.4% is undated.
    ("allsides", "Nonfarm payrolls increased by 943,000 workers in July as the unemployment rate fell to 5.4%, the "
     "Labor Department said Friday.",
     "2021-08-06",
     [Q(943000, "workers", time="2021-07"), D("2021-07"), Q(5.4, "percent"), D("2021-08-06")]),
    # "the first filibuster of the year" is no date (as "over the year" in BLIND); the apposition takes Friday.
    ("allsides", "Senate Republicans on Friday blocked a bill that would form an independent commission to probe the "
     "Jan. 6 Capitol riot, the first filibuster of the year by the chamber's 50-vote minority.",
     "2021-05-28",
     [D("2021-05-28"), D("2021-01-06"), Q(50, "vote", time="2021-05-28")]),
    ("allsides", "Representative Marjorie Taylor-Greene (R., Ga.) apologized Monday for her comments last month "
     "comparing COVID-19 restrictions to the persecution of Jews by the Nazis.",
     "2021-06-14",
     [D("2021-06-14"), D("2021-05")]),
    ("allsides", "Thousands of Cubans took to the streets in a wave of demonstrations in Havana and at least 14 other "
     "cities throughout the Communist island, demanding an end to the 62-year dictatorship and protesting the lack of "
     "food and Covid-19 vaccines.",
     "2021-07-12",
     [Q(14, "cities", "at least"), Q(62, "year")]),
    ("allsides", "With the recall election less than two weeks away, the mail ballot returns so far show that more "
     "than twice as many Democrats have voted than Republicans and that liberal areas of the state such as the Bay "
     "Area have the highest rates of return, according to state officials and political data researchers.",
     "2021-09-01",
     [Q(2, "week", "under"), Q(2, "times", "over")]),
    ("allsides", "Florida Republican Gov. Ron DeSantis on Thursday morning signed into law a controversial voting "
     "bill aimed at curbing access to mail-in voting in the state, joining a host of other GOP-led states pushing new "
     "limits in connection with former President Donald Trump's baseless claims of fraud in the 2020 election.",
     "2021-05-06",
     [D("2021-05-06"), D("2020")]),
    ("allsides", "“Meeting this moment is about more than preserving our planet,” Biden said, speaking from a "
     "TV-style set for a virtual summit of 40 world leaders.",
     "2021-04-22",
     [Q(40, "world leaders")]),
    ("allsides", "Social media users are slamming former President Barack Obama after he was seen dancing without a "
     "mask at his 60th birthday party in Martha’s Vineyard on Saturday night.",
     "2021-08-09",
     [D("2021-08-07")]),
]


def test_session_nine_c_table_is_real() -> None:
    sources = _sources_text(bias_residues=(591,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_FIFTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_FIFTH) >= 60
    assert len({sentence for _, sentence, _, _ in THIRTY_FIFTH}) == len(THIRTY_FIFTH)


#: First run of THIRTY_FIFTH (once, on the rules frozen at commit 9023b81, after THIRTY_FIFTH was committed at 1e11815):
#: the honest figure, untuned. Its 5 misses with the parse: on the time field 3 — "Since clinching her party’s
#: nomination in early June, Clinton has spent more than $77 million" with the sum undated (a "since" phrase dates the
#: clause it modifies, as the seed's "since the war began in February 2022"), "$1.5 trillion in discretionary spending
#: for fiscal 2022" undated (THIRTY_FIRST's "$6 trillion budget for fiscal 2022" is dated by it), "the chamber's 50-vote
#: minority" in the apposition on a clause dated Friday undated; on a date's year, day or shape none; on what a number
#: counts or names, its value and unit 2 — "thousands some times ten of thousand" (spoken "tens of thousands") read as a
#: bare 10, "two thirds believed" read as 2 "thirds" rather than 66.67 percent; on a qualifier none; on a target none.
#: Without the parse 6: the same but the $77 million and the fiscal 2022 dated right, and also "The $2 trillion
#: package was primed and ready to go on Sunday" with the sum undated, "bringing the total of encounters in fiscal year
#: (FY) 2021 to more than 1 million" with the level undated (both time), "three major spending proposals" counted as
#: "major" (what it counts).
THIRTY_FIFTH_ACCURACY_FIRST_RUN = 0.918  # 56 of 61 with the parse (as the claims stage runs it)
THIRTY_FIFTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.902  # 55 of 61
#: Gated at its first run less one sentence of slack, as session 8's blind tables are: the table is no longer blind, so
#: any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_THIRTY_FIFTH_ACCURACY = 0.90  # 55 / 61 = 0.9016
MIN_THIRTY_FIFTH_ACCURACY_WITHOUT_PARSE = 0.88  # 54 / 61 = 0.8852

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_NINE_C_GATES = [
    ("thirty-fifth", THIRTY_FIFTH, MIN_THIRTY_FIFTH_ACCURACY, MIN_THIRTY_FIFTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_NINE_C_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_NINE_C_GATES,
    ids=[g[0] for g in SESSION_NINE_C_GATES],
)
def test_session_nine_c_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
