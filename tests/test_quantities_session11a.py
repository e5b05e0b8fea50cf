"""Quantities, session 11 (first of three blind draws): FORTY_SIXTH, annotated before the rules ran.

FORTY_SIXTH was drawn while another session-11 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session11a``
leaves it out (neither scored nor parsed), so that whoever changes the rules while it is blind never sees how the rules
do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-sixth`` (bias-corpus articles 50 and 600 modulo 700, in the order
of ``random.Random(2071)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62 bias-corpus
sentences and nothing else; every text of the earlier tables skipped). It gave 62 sentences. Two are dropped as scraping
leftovers, and no more were drawn in their place: a photo caption ("President Trump with Supreme Court nominee Judge
Brett Kavanaugh at the White House, July 9, 2018.": a verbless description of a picture closed by its place and date, no
sentence of the article's text, as FORTY_SECOND dropped "President Donald Trump answers questions …, July 15, 2019.")
and a Reuters photo caption run into the text ("FILE PHOTO: Special Counsel Robert Mueller departs after briefing … on
Capitol Hill in Washington, U.S., June 20, 2017.", as THIRTY_EIGHTH and FORTY_FIFTH dropped "FILE PHOTO:" captions). No
link lines or tweets' metadata came up. The table has 60 sentences, all bias-corpus. Kept: two quotations with the
reporter's bracketed insertions ("lay out 19 separate actions [he] could take", "and [whether the nations here will]
reject"), as earlier tables kept them. Published dates are the sources' own (four sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "only one point of view" counts 1 "point": "only one" is a count by the module's rule, and a counted noun is
  written without its "of" phrase (TWENTY_SECOND's "eight classes of antibiotic" -> "classes"), though here the "of"
  phrase completes a fixed compound;
- "a quartet of 1919 cases, three of which were unanimous" gives the quartet no count: a group noun is no number word
  (only "dozen", "half-dozen" and the like are ruled numbers), as TWENTIETH's "a pair of white midcalf-high socks"
  counts nothing; "three of which" is a bare 3 with no noun ("12 of the 19 contain");
- "at least four accounts devoted to …, as well as one that describes …" counts the "one" with no unit: a "one" in a
  list of counts whose noun is elided, set against the four (THIRTY_EIGHTH's "four … seats in California, one in
  Colorado"), though here it stands as a pronoun with a relative clause rather than before a place;
- "In a Gallup poll last August, just 18% of Americans said …" dates the share by 2019-08: the date ends a prepositional
  phrase on the clause's verb (session 6), unlike a month naming the poll before its noun (FORTY_THIRD's "a September
  Civic Science poll", undated);
- "the 13 Angry Democrats" counts "Angry Democrats", Mueller's lawyers under a capitalised epithet, as a group's
  capitalised plural after an adjective (TWENTY_NINTH's "Four moderate Democrats"), not as a name;
- "the vote that happens in July, not the one in November", written in April 2016, gives both months the publication
  year: the present takes it, and "the one in November" is the November election ahead;
- "over the last 24-36 hours" is a range of hours, undated (a span back from the time of writing, as "the past 25
  years" in FORTY_FIFTH), "over" its preposition and no qualifier;
- "ZTE paid a $1bn penalty last month and has now placed an additional $400m …", with no publication date, dates the
  $1bn by the relative "last month" and leaves the $400m, in the second conjunct, undated (rule 2; "now" dates
  nothing, as THIRTY_EIGHTH's "are now born").

First run (once, on the rules frozen at commit 8a477de — ``/tmp/q17/FREEZE``'s line, read at 05:30 UTC —
after the annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive``
and this module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTY_SIXTH``): 0.867
with the parse (52 of 60), 0.850 without (51 of 60). The same run on the rules from before the round (commit
603e2a1, exported the same way): the same 52 and 51 sentences, the same output — the round's fixes neither won
nor lost a sentence here. No annotation was corrected after the first run. The table is gated at its first run less
one sentence; the misses are listed by category at the gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.test_quantities import D, Q, _squash, assert_table_gate, parse_sentences
from tests.test_quantities_draws import _sources_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

# (source, sentence, published, expected quantities in reading order)
FORTY_SIXTH: list[tuple[str, str, str | None, list[Q]]] = [
    # (Dropped here, bias) a photo caption ("President Trump with Supreme Court nominee Judge Brett Kavanaugh at the
    # White House, July 9, 2018."), as FORTY_SECOND dropped "President Donald Trump answers questions …, July 15, 2019."
    # "unify over one candidate" gives the "one" no count: nothing sets it against another amount (TWENTY_THIRD's
    # "voting for one candidate in order to avoid the other"); "in 2020" is not a "by" date
    ("bias", "\"However, I know what is at stake if we don't unify over one candidate to beat Trump and I intend to "
     'do everything possible to ensure that Trump does not win in 2020," she added.',
     "2020-02-01",
     [D("2020")]),
    # "a half-century later" is 0.5 century (FORTY_FOURTH's "a half-century"), a span from a point, undated
    ("bias", "The Cuban “revolution” grew out of the barrel of a gun, enforced by brutal repression of despots, and a "
     "half-century later the gun is still aimed at anyone who steps out of line.",
     "2016-03-24",
     [Q(0.5, "century")]),
    ("bias", "The new Netanyahu government will be noteworthy for its prioritization of socioeconomic issues over "
     "foreign policy, reflecting two years of public frustration focused on the cost of living rather than the "
     "Palestinians.",
     "2013-03-14",
     [Q(2, "year")]),
    ("bias", "To the extent Democratic primary voters feel like they were denied a broad range of candidates in 2016, "
     "and that party officials tried to clear the field to coronate Clinton, well, they’re right.",
     "2017-11-14",
     [D("2016")]),
    # "the 2016 presidential election": a year naming the election (rule 5's "the 2016 election")
    ("bias", "Ms. Clinton lost to Mr. Trump in the 2016 presidential election.",
     "2019-04-24",
     [D("2016")]),
    # "Study after study" holds no number; "only one point of view" counts (TENTH's "only one interest"), the counted
    # noun without its "of" phrase (TWENTY_SECOND's "eight classes of antibiotic", FIFTEENTH's "two pieces of land")
    ("bias", "Study after study demonstrates that when we continually see only one point of view, we tend to become "
     "more extreme in our beliefs.",
     "2016-08-30",
     [Q(1, "point")]),
    # "Over the next four years" is a span from now, undated; "over" is its preposition, no qualifier (TABLE's "over the
    # past 20 years", THIRTY_EIGHTH's "Over the past six days")
    ("bias", "Over the next four years, and beyond, we must work tirelessly to remove barriers to voting and "
     "encourage civic participation, especially among our younger generations that have abysmal turnout rates.",
     "2016-12-19",
     [Q(4, "year")]),
    # "one-size-fits-all" is no count (FOURTH's "one-size-fits-all solutions")
    ("bias", "Andy Ogles, the Tennessee state director for the conservative group Americans for Prosperity, said a "
     "one-size-fits-all approach to education doesn't work.",
     "2015-05-30",
     []),
    # "one of the most far-reaching" is one of a group, no count; "in years" holds no number
    ("bias", "Similarly, the Affordable Care Act, one of the most far-reaching and beneficial laws to have been "
     "passed by Congress in years, gets little respect even among the Democratic candidates who voted for it.",
     "2014-10-22",
     []),
    ("bias", "About 70 percent think global warming is happening, and about 53 percent think it is caused by human "
     "activities, according to a recent study by the Yale Program on Climate Change Communication.",
     "2017-06-03",
     [Q(70, "percent", "about"), Q(53, "percent", "about")]),
    # an age set off after a name, undated (FORTY_FIFTH's "Ocasio-Cortez, 29,")
    ("bias", "At the University of Nevada, Reno, Stallar Lufrano-Jardine, 36, is setting up an event on the campus "
     "where she's an employee and student.",
     "2019-09-20",
     [Q(36, None, measure="age")]),
    # "In 2016", written in 2015 in the present tense, is no "by" target
    ("bias", "In 2016, most important to Democrats’ prospects of holding onto the White House is the economy.",
     "2015-09-06",
     [D("2016")]),
    # written on a Friday: "wrote Thursday" is the day before; "the 2014 elections" a year naming them
    ("bias", '"Typing Holder as the font of secrecy, manipulation and wrongdoing in the Obama administration will be '
     'played and replayed in the run-up to the 2014 elections," Hutchinson wrote Thursday on his website.',
     "2013-05-31",
     [D("2014"), D("2013-05-30")]),
    # written on a Friday: Thursday is the day before; "the two" counts with no noun (NINTH's "between the two",
    # THIRTY_FIFTH's "the two also spoke"), in what was said, so undated (rule 4)
    ("bias", "The president said in a Twitter post Thursday that Israel would show “weakness” if it let the two into "
     "the country.",
     "2019-08-16",
     [D("2019-08-15"), Q(2, None)]),
    # "in the past two days" is a span back from now, undated; "one that describes …" after "at least four accounts" is
    # a "one" in a list of counts with its noun elided, so it counts with no unit (THIRTY_EIGHTH's "four … seats in
    # California, one in Colorado")
    ("bias", "Trump’s tweeting in the past two days was so frenzied and the sources quoted were so bizarre—including "
     "at least four accounts devoted to the Pizzagate-adjacent conspiracy theory QAnon, as well as one that describes "
     "former President Barack Obama as “Satan’s Muslim scum”—as to renew doubts about the president’s mental "
     "stability.",
     "2019-12-28",
     [Q(2, "day"), Q(4, "accounts", "at least"), Q(1, None)]),
    ("bias", "The 2012 election pitted Barack Obama, a candidate with a plan to cover more people with health "
     "insurance, against Mitt Romney, a candidate with a vague plan to cover fewer.",
     "2017-09-27",
     [D("2012")]),
    # as FORTY_FIFTH's "may have led Bain until 2002"
    ("bias", "The Romney campaign disputed the Boston Globe story that found, based on documents filed with the SEC, "
     "that the former Massachusetts governor had served as the CEO at Bain until 2002, although Romney has maintained "
     "that he left active management of the firm in 1999.",
     "2012-07-12",
     [D("2002"), D("1999")]),
    ("bias", "Congress has enacted numerous laws commanding the Agriculture Department and schools to serve healthier "
     "meals, most recently in 2010.",
     "2013-12-02",
     [D("2010")]),
    # written in April: the present "happens in July" takes the publication year; "the one in November" is a pronoun (no
    # count), its month the coming one (a month naming an event ahead, "the November election")
    ("bias", "Because they’re the ones who will decide, and right now they’re thinking of the vote that happens in "
     "July, not the one in November.",
     "2016-04-24",
     [D("2016-07"), D("2016-11")]),
    ("bias", "At least eight women have made allegations against him.",
     "2017-12-13",
     [Q(8, "women", "at least")]),
    # a group's capitalised plural after an adjective (TWENTY_NINTH's "Four moderate Democrats"); "the November
    # Election", written in July, is the coming one (session 9's "the November election"); written on a Monday, "on
    # Saturday night" is 2018-07-21; the quotation is what was said, so nothing in it takes that day (rule 4)
    ("bias", "\"No Collusion, No Obstruction - but that doesn't matter because the 13 Angry Democrats, who are only "
     'after Republicans and totally protecting Democrats, want this Witch Hunt to drag out to the November Election," '
     "Trump tweeted on Saturday night.",
     "2018-07-23",
     [Q(13, "Angry Democrats"), D("2018-11"), D("2018-07-21")]),
    # "the first decade" is an ordinal with no number; "in at least 160 years" a span, undated
    ("bias", "The 2010s will likely be the first decade in at least 160 years to see an increase in the average "
     "number of people living in U.S. households.",
     "2019-12-20",
     [D("2010s"), Q(160, "year", "at least")]),
    # written on a Wednesday: "early Wednesday" is that day; "four more years" is in the quotation, undated (rule 4)
    ("bias", "“I am committed to doing whatever it takes to win this election, and ultimately become President "
     "because our country cannot afford four more years of the failed Obama-Clinton policies which have endangered "
     "our financial and physical security,” the Republican nominee said in a statement early Wednesday announcing the "
     "latest staffing changes.",
     "2016-08-17",
     [Q(4, "year"), D("2016-08-17")]),
    # "knock out 99" leaves its noun out, so no unit (FORTY_FIFTH's "eight for shotguns")
    ("bias", '"If you have 100 missiles coming at you and you knock out 99, I would say you were successful," Richard '
     "Feldman, president of the gun rights group, the Independent Firearm Owners Association, said of efforts by gun "
     "rights groups.",
     "2013-04-16",
     [Q(100, "missiles"), Q(99, None)]),
    # "separate" is dropped from the counted phrase (the ruling on "other", "different", "separate", "new")
    ("bias", 'But he will also, based on recommendations from a task force headed by Vice President Biden, "lay out '
     '19 separate actions [he] could take by invoking the power of his office."',
     "2013-01-15",
     [Q(19, "actions")]),
    # "39th" is an ordinal; "a 10-point margin" as THIRTY_SECOND's "a 6-point margin"
    ("bias", "In the overlapping 39th Congressional District, vacated by veteran Republican Ed Royce and considered a "
     "prime target by Democrats, Republicans outpolled Democrats by a 10-point margin.",
     "2018-06-08",
     [Q(10, "point")]),
    # "the last 24-36 hours" is a range of a span (TABLE's "a 40-60 hour training program"), back from now, undated
    ("bias", 'Manley said police had zeroed in on a "person of interest" over the last 24-36 hours, tracing him to '
     "the motel in Round Rock, where they spotted his vehicle.",
     "2018-03-21",
     [Q(24, "hour", "range", upper=36)]),
    ("bias", "Mr. Snowden, who leaked top-secret NSA intelligence and is wanted by the US on charges of espionage, "
     "has already been rejected by seven European countries which told him his requests for asylum were invalid, "
     "reports the BBC.",
     "2013-07-02",
     [Q(7, "European countries")]),
    # "one of the most outrageous" is one of a group, no count
    ("bias", "The White House criticized Acosta for his “cosmopolitan bias” and attacked him for asking about what "
     "the bill would do to the racial composition of immigrants to the United States by saying: “That is one of the "
     "most outrageous, insulting, ignorant and foolish things said you’ve ever said.”",
     "2017-08-02",
     []),
    ("bias", "She found that losing a job increased the odds of developing stress-related health conditions by 83 "
     "percent — conditions like stroke, heart disease, diabetes and emotional or psychiatric conditions.",
     "2015-03-02",
     [Q(83, "percent")]),
    # "More than half of Democrats (55%)" is over 50 percent and then 55 percent (TWENTY_SIXTH's "a bit more than half —
    # 55 percent —", THIRTY_EIGHTH's "Nearly half of American children, 48%,")
    ("bias", 'That built on earlier Pew data finding that "More than half of Democrats (55%) say the Republican Party '
     "makes them 'afraid,' while 49% of Republicans say the same about the Democratic Party.\"",
     "2018-11-15",
     [Q(50, "percent", "over"), Q(55, "percent"), Q(49, "percent")]),
    # "Capital One" is a name (BLIND's "the Uranium One deal")
    ("bias", "Capital One’s lawyer, James Murphy, also declined to answer, saying simply, “I prefer not to.”",
     "2019-08-23",
     []),
    ("bias", "“Republicans running, or considering a run, for the White House in 2016 have stumbled all over "
     "themselves to brandish their conservative credentials, and their out-of-touch policies leave everyday Americans "
     "behind,” says Mrs. Wasserman Schultz.",
     "2015-04-16",
     [D("2016")]),
    ("bias", "Jay Sekulow, an attorney representing 27 conservative political advocacy organizations that applied to "
     "the Internal Revenue Service for tax-exempt status, provided some of the letters to NBC News.",
     "2013-05-29",
     [Q(27, "conservative political advocacy organizations")]),
    # "this fall's midterm elections", written in July, names the elections by this autumn (TWENTY_SIXTH's "this fall"
    # -> "2021-09/2021-11"); "the 2016 presidential election" a year naming it
    ("bias", "The Daily Beast reported that McCaskill is the first known target of the Kremlin's plot to interfere in "
     "this fall's midterm elections after targeting the U.S. in the 2016 presidential election.",
     "2018-07-26",
     [D("2018-09/2018-11"), D("2016")]),
    ("bias", "China cannot simply intervene in Taiwan, a nation of 23 million people separated from the mainland by a "
     "body of water.",
     "2020-05-22",
     [Q(23e6, "people")]),
    # "last year" dates its clause and the sum describing its object (rule 1: "a vote on the $1.2 trillion bill was
    # delayed Thursday")
    ("bias", "The government handed Fincher that $70,000 check last year.",
     "2013-05-24",
     [Q(70000, "USD", time="2012"), D("2012")]),
    ("bias", "Attention has focused on the IRS' flagging of these groups starting in 2010.",
     "2013-05-19",
     [D("2010")]),
    # "one final attack" is "a last attack", nothing sets it against the four years (FORTY_FIFTH's "One section … 36
    # states"), no count
    ("bias", "Of course, Obama didn’t choose Hagel as one final attack on his predecessor, nor has it taken Obama "
     "four years to turn the page on the Bush foreign policy in significant ways.",
     "2013-01-09",
     [Q(4, "year")]),
    ("bias", "The European Union has also imposed duties on U.S. peanut butter imports, part of a $3.4 billion set of "
     "retaliatory tariffs.",
     "2018-07-14",
     [Q(3.4e9, "USD")]),
    # "(R-MI)" holds no figure
    ("bias", "Many, including former Energy and Commerce Committee chairman Fred Upton (R-MI), previously came out "
     "against the bill, but now support it after GOP leaders agreed to add an amendment adding $8 billion to help "
     "cover people with pre-existing conditions.",
     "2017-05-04",
     [Q(8e9, "USD")]),
    # "two years later" is a span from a point, undated; "in 2013" dates only its own conjunct (rule 2)
    ("bias", "He was jailed again in 2013 for lesser offenses and released on probation two years later.",
     "2017-04-21",
     [D("2013"), Q(2, "year")]),
    # written in January 2020: "last August" is 2019-08; a date ending a prepositional phrase on the verb dates the
    # clause (session 6: "reported 13,000 cases in a two-week period on Friday"), so the 18% takes it; "just" is no
    # qualifier (TABLE's "netted just six percent")
    ("bias", "In a Gallup poll last August, just 18% of Americans said they backed military force to shut down Iran’s "
     "nuclear program.",
     "2020-01-03",
     [D("2019-08"), Q(18, "percent", time="2019-08")]),
    # "several hundred" has no value (THIRTY_FOURTH's "several hundred government-nominated scientists")
    ("bias", "“We are going to call them out and let them know,” OFA Executive Director Jon Carson told the crowd of "
     "several hundred gathered at the Mandarin Oriental hotel in Washington for an event that was equal parts summit, "
     "training and pep rally.",
     "2013-07-23",
     []),
    # (Dropped here, bias) a Reuters photo caption run into the text ("FILE PHOTO: Special Counsel Robert Mueller
    # departs …, June 20, 2017."), as THIRTY_EIGHTH and FORTY_FIFTH dropped "FILE PHOTO:" captions
    # "20-somethings" names an age group with no figure (VALIDATION's "the 30-something leader")
    ("bias", "Sanders’ rallies feature throngs of college students and 20-somethings cheering him on.",
     "2020-03-04",
     []),
    # a tally, two bare numbers (TABLE's "voted 396-9")
    ("bias", "That bill cleared the House on a 236-191 vote.",
     "2015-01-14",
     [Q(236, None), Q(191, None)]),
    # written on a Wednesday: "today" is that day and dates its clause with the infinitive's object (rule 1)
    ("bias", "“But today I’d like to ask two questions: Whether the nations here will be able to renew the purpose of "
     "the UN’s founding; and [whether the nations here will] reject the cancer of violent extremism.”",
     "2014-09-24",
     [D("2014-09-24"), Q(2, "questions", time="2014-09-24")]),
    ("bias", "All of the mainstream media is 100 percent in on systemic liberalism, with the grim conformity of what "
     "it covers (and what it covers up) matched only by the grim conformity of the bias it displays.",
     "2020-06-29",
     [Q(100, "percent")]),
    # ages, undated (session 5's "aged 54 to 65"); no publication date and none needed
    ("bias", "Aged between 11 and 17, they belong to a football club called the Wild Boars, and became trapped during "
     "an excursion with their coach.",
     None,
     [Q(11, None, "range", upper=17, measure="age")]),
    ("bias", "John Kerry came out of nowhere to win Iowa in 2004, and the presumed leader, Howard Dean, collapsed "
     "with astonishing speed.",
     "2016-01-25",
     [D("2004")]),
    # no publication date: "last month" and "Friday" stay relative (HELDOUT's "last week"); "last month" dates its
    # conjunct only (rule 2); "now" dates nothing (THIRTY_EIGHTH's "are now born"); "said on Friday" keeps out of what
    # was said (rule 4)
    ("bias", "ZTE paid a $1bn penalty last month and has now placed an additional $400m in a holding account against "
     "further violations, the Commerce Department said on Friday.",
     None,
     [Q(1e9, "USD", time="last month"), D("last month", "relative"), Q(400e6, "USD"), D("Friday", "relative")]),
    # "one of the meetings" is one of a group, no count
    ("bias", "But Politico posted an item on its website saying editor-in-chief John Harris plans to attend one of "
     "the meetings with Holder.",
     "2013-05-30",
     []),
    # "the Aug. 12 decision" names the decision by its day (rule 5), written in late August: this year's
    ("bias", "After the Aug. 12 decision, Mr. Bloomberg immediately said he would appeal, pointing out that the judge "
     "ignored precedents set by other federal courts around the country that found the tactic fully legal.",
     "2013-08-26",
     [D("2013-08-12")]),
    # "thousands of text messages" is vague; "two former members" keeps the adjective of status (session 8's "five past
    # and present Missouri Republican senators")
    ("bias", "Though Hannity opened the floor for commentary from his guests Sebastian Gorka, a former Trump aide, "
     "and Herman Cain, a 2012 Republican presidential candidate, they instead discussed the news that the FBI was "
     "unable to save thousands of text messages exchanged between two former members of Mueller's team found to have "
     "been critical of Trump.",
     "2018-01-26",
     [D("2012"), Q(2, "former members")]),
    ("bias", "The legislation gives Obama 240 days to conclude the deal and says he can only suspend restrictions on "
     "Iran if he certifies that such action advances U.S. national security interests and that Iran is fully "
     "complying with existing agreements.",
     "2013-11-22",
     [Q(240, "day")]),
    ("bias", "I have now been with The Times for two years and I’m certain that the charge that the institution is in "
     "any way anti-Semitic is a calumny.",
     "2019-04-28",
     [Q(2, "year")]),
    # "one-way" is no count (FORTIETH's "is not one-way")
    ("bias", "He added that there are measures grocery stores can take to safeguard customers and employees: making "
     "aisles one-way, erecting signs encouraging physical distancing, or even placing groceries into the trunks of "
     "customers’ waiting cars.",
     "2020-03-29",
     []),
    # "a quartet of 1919 cases" gives no count, a group noun as TWENTIETH's "a pair of white midcalf-high socks" (the
    # reader's decision, see the docstring); "1919" a year naming the cases; "three of which" has no noun ("12 of the 19
    # contain"); "First Amendment" is a name
    ("bias", "The idea that speech could pose a “clear and present danger” to the government, and thus lacked First "
     "Amendment protection, came from a quartet of 1919 cases, three of which were unanimous.",
     None,
     [D("1919"), Q(3, None)]),
    # "jumped five points" as NINTH's "rose by 20 points"; "in the past three days" a span back from now, undated
    ("bias", "An Investor's Business Daily tracking poll shows Trump's support among female voters has jumped five "
     "points in the past three days.",
     "2016-11-03",
     [Q(5, "points"), Q(3, "day")]),
    # "five times more frequently" is a multiple (BLIND's "five times as many hurdles")
    ("bias", "What we do know is that black people are locked up five times more frequently than white people.",
     None,
     [Q(5, "times")]),
]


def test_session_eleven_a_table_is_real() -> None:
    sources = _sources_text(bias_residues=(50, 600))
    for source, sentence, _, _ in FORTY_SIXTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_SIXTH) == 60
    assert len({sentence for _, sentence, _, _ in FORTY_SIXTH}) == len(FORTY_SIXTH)


#: First-run misses with the parse (8 of 60), by category: on a date's year, day or shape 2 — "a half-century later" not
#: read (a span of 0.5 century), "to the November Election" (written in July 2018) not read as 2018-11; on what a number
#: counts or names 6 — "unify over one candidate" read as a count with "over" for a qualifier (no count: "one" as an
#: article), "one final attack" counted (no count), "as well as one that describes …" not read (1, no noun), "four
#: more years of the failed … policies" read without its unit (4 years), "20-somethings" read as 20 "somethings" (an age
#: group, no quantity), "Aged between 11 and 17" read as a range without its measure (age). Without the parse 9: the
#: same and "ask two questions: Whether the nations …".
FORTY_SIXTH_ACCURACY_FIRST_RUN = 0.867  # 52 of 60 with the parse (as the claims stage runs it)
FORTY_SIXTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.850  # 51 of 60
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_SIXTH_ACCURACY = 0.85  # 51 / 60 = 0.8500
MIN_FORTY_SIXTH_ACCURACY_WITHOUT_PARSE = 0.83  # 50 / 60 = 0.8333

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_A_GATES = [
    ("forty-sixth", FORTY_SIXTH, MIN_FORTY_SIXTH_ACCURACY, MIN_FORTY_SIXTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_A_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_A_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_A_GATES],
)
def test_session_eleven_a_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
