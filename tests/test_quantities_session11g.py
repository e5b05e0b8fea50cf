"""Quantities, session 11 (blind draw fifty-second): FIFTY_SECOND, annotated before the rules ran.

FIFTY_SECOND was drawn while another session-11 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work.

It was drawn by ``benchmarks/quantities_draw.py fifty-second`` (bias-corpus articles 10 and 630 modulo 700, in the order
of ``random.Random(2077)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62 bias-corpus
sentences and nothing else; every text of the tables up to FIFTIETH skipped, and the picks of FIFTY_FIRST, drawn in the
same batch). It gave 62 sentences. Four are dropped as scraping leftovers, and no more were drawn in their place: two
photo captions closed by their date ("Reporters in the White House briefing room, February 27, 2017." and "Ben Carson
and Donald Trump at a church service in Detroit, Mich., September 3, 2016.": a place and a date with no verb, no
sentence of the article's text, as FORTY_FIFTH dropped "… Westerville, Ohio U.S., October 15, 2019."), a photo caption
with no date ("Reinaldo Flores, an unemployed transit worker in his 50s, walks through the streets of Cerro, one of
Havana’s poorest neighborhoods.": a present-tense description of a pictured man, as FORTY_FIFTH dropped "Joe Biden
speaks as Senators … listen") and a newsletter sign-up blurb ("Twice a week, you’ll get a roundup of ideas and solutions
for tackling our biggest challenges: …", as THIRTY_NINTH dropped "POLITICO Playbook newsletter Sign up today …" and
FIFTH one). The table has 58 sentences, all bias-corpus. Kept: a headline run into its first sentence ("Welcome to
Buffalo, Mr. President - President Obama travels to Buffalo today, …"), the text of two tweets the articles quote
('“Two year deal gets us past the Election.', "Michael Cohen was one of many lawyers who represented me
(unfortunately)."), a quotation closed by the source alone ('You\'re polling around one percent … vice presidential
candidate?"') and one with two sentences run together ("… raise taxes on.“And we get nothing …"). Published dates
are the sources' own (three sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "the Trump approval bump in Q1", written in February 2020, is the first quarter, a date (2020-01/2020-03, the
  interval form of TWELFTH's "2021-01/2021-03"; the quarter begun, so the past tense takes 2020), not a number glued to
  letters; as a date after the clause's object it dates the subject's "6% spike" (rule 3);
- "the last two quarters" is a span of 2 "quarter", singular as "year" and "month" are;
- "at least four others" counts "others", the plural head written after the number (not a noun left out, as
  FORTY_FIFTH's "eight for shotguns");
- "the $4 trillion estimate" is about, an estimated sum as "the estimated 5 million" (FORTY_FIFTH) is;
- "a six-week trial that ended last month" leaves the 6 weeks undated: the date sits in a relative clause on "trial",
  and rule 3 dates through such a clause only the figure or counted noun it hangs on, "not a sum describing the noun";
- "More than 27 percent of those who left this year were scientists, including 34 biologists …; 19 chemists; …" dates
  the share by this year (a relative clause on what a share is of, FORTY_THIRD's "about 25% of the territory that had
  been captured last year") but not the counts after "including", which stand in the main clause, undated;
- "poll released Wednesday showed a majority of respondents (55%) disapproved …" dates the poll's release only: what
  it showed is a finite clause of its own, as FIFTIETH's poll "conducted Oct. 11-13 found that a 41 percent plurality
  … opposed" (unlike THIRTY_FIRST's "showed Clinton with a healthy lead", no clause);
- "fill in one bubble to vote for all of one party’s candidates" counts nothing: "all" is no figure, and none of the
  module docstring's contrasts ("only one", "one or two", a span, another figure) sets either "one" against an amount;
- "Election Day" is no date (a holiday on no fixed day, as CATEGORIES' "eligible to vote on election day"); "a 60s
  group" is the 1960s, naming the group, no age.

First run (once, on the rules frozen at commit 7f8a0ad — ``/tmp/q19/FREEZE``'s line, read at 06:31 UTC — after the
annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this
module copied beside them with the scorer of 7c5799c, which knows its key, then ``PYTHONPATH=src python
benchmarks/quantities_score.py FIFTY_SECOND``): 0.810 with the parse (47 of 58), 0.741 without (43 of 58). The same run
on the rules from before the round (commit 6b5eff3, exported the same way): the same 47 and 43 sentences, the same
output — the round's fixes neither won nor lost a sentence here. No annotation was corrected after the first run. The
table is gated at its first run less one sentence; the misses are listed by category at the gate.
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
FIFTY_SECOND: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "“They have an ease of comfort with each other, a personal fondness,” said Jonathan Tasini, author of "
     "“The Essential Bernie Sanders and His Vision for America” and a national surrogate for Sanders in 2016.",
     "2019-12-27",
     [D("2016")]),
    # (Dropped here, bias) a photo caption ("Reporters in the White House briefing room, February 27, 2017."), as
    # FORTY_FIFTH dropped its captions closed by a date
    # "over the past few days" holds no number; "Three people familiar with …" as FORTY_FIFTH's "four people
    # familiar with the meeting"
    ("bias", "Three people familiar with the progress told Bloomberg that there have been significant breakthroughs "
     "over the past few days on issues ranging from automobiles to energy, although it is unclear if any of the "
     "progress will be made public as Mexico’s Economy Minister Ildefonso Guajardo has said the country won’t make "
     "an announcement on NAFTA until Canada also signs on to a new deal.",
     "2018-08-26",
     [Q(3, "people")]),
    # (Dropped here, bias) a photo caption ("Ben Carson and Donald Trump at a church service in Detroit, Mich.,
    # September 3, 2016."), as above
    # "Election Day", a holiday on no fixed day, is no date (CATEGORIES' "eligible to vote on election day"); "which
    # one" no count
    ("bias", "“It will just depend on which one they dislike less on Election Day.”",
     "2016-05-30",
     []),
    # "One point they make" is an article, no count (module docstring: "one" as "a certain")
    ("bias", "One point they make is that “conservatives learned — or should have learned — from the Bush era is "
     "that blurring the principles of conservatism with the election-cycle fortunes of the GOP is a mistake.”",
     "2018-04-06",
     []),
    ("bias", "Utah quickly emerged as one of Mr. Romney’s main donor bases, with Mr. Roney, Mr. Gardner, Spence "
     "Eccles and Mr. Huntsman Sr. serving on his national finance team.",
     "2012-07-17",
     []),
    # (Dropped here, bias) a photo caption ("Reinaldo Flores, an unemployed transit worker in his 50s, walks through
    # the streets of Cerro, …"): a present-tense description of a pictured man, no sentence of the article's text,
    # as FORTY_FIFTH dropped "Joe Biden speaks as …"
    # "One is …; the other, …" sets no amount against another: pronouns, no count (THIRTY_FOURTH's "one of us … one
    # of us" counts nothing)
    ("bias", "One is the exercise of liberty; the other, vandalism and intimidation.",
     "2019-02-11",
     []),
    # "one of your" counts nothing; "1968 Ferrari Dinos" is a year naming the car, listed as a date and framing
    # nothing (FORTY_FIFTH's "the Mike Bloomberg 2020 campaign")
    ("bias", "Once you sobered up, you could drive around in one of your 1968 Ferrari Dinos.",
     "2017-03-21",
     [D("1968")]),
    # "The 5-to-4 decision" is a tally, two bare numbers (earlier tables' "a 5-4 decision last month", "a 5-4 vote
    # on Thursday")
    ("bias", "The 5-to-4 decision upholding President Trump’s travel ban basically did two things.",
     "2018-06-26",
     [Q(5, None), Q(4, None), Q(2, "things")]),
    # "Four years into a … recovery" is a span from a point, undated; "Washington Post-Miller Center Poll" no figure
    ("bias", "Four years into a shaky economic recovery that has eluded many Americans, “a majority believe the "
     "American Dream is becoming markedly more elusive,” according to a Washington Post-Miller Center Poll that "
     "reveals a steep decline in the nation’s “confidence in the country’s future.”",
     "2013-10-02",
     [Q(4, "year")]),
    # "at least four others" counts "others", the plural head written (the reader's decision); what Reuters reported
    # carries no date
    ("bias", "Reuters, citing a U.S. official, reported that four U.S. troops were killed and at least four others "
     "were injured in the blast.",
     "2019-01-16",
     [Q(4, "U.S. troops"), Q(4, "others", "at least")]),
    # no publication date: the day and the month stay relative (FORTY_FIFTH's "in May" -> "--05")
    ("bias", "Mr Nadler issued the subpoena for the full, unredacted version on Friday, giving the US attorney "
     "general until 1 May to respond.",
     None,
     [D("Friday", "relative"), D("--05-01", "relative")]),
    # "one self-appointed activist and lobbyist" is "a certain", nothing sets it against another amount (module
    # docstring)
    ("bias", "These senators and congressmen are profiles in courage for speaking out against the stranglehold that "
     "one self-appointed activist and lobbyist has had on bipartisan governing.",
     "2012-11-26",
     []),
    # "in Q1" is the first quarter, read as a date (the reader's decision): written in February 2020 in the past
    # tense, the quarter begun, 2020-01/2020-03 (the interval form of TWELFTH's "2021-01/2021-03"); the date after
    # the object "bump" dates the clause and its subject's 6% (rule 3)
    ("bias", "A 6% spike among small business owners who identify as political Independents influenced the Trump "
     "approval bump in Q1.",
     "2020-02-20",
     [Q(6, "percent", time="2020-01/2020-03"), D("2020-01/2020-03")]),
    # "spent a year" is 1 year (HELDOUT's "a year prior", FIFTIETH's "one year of looking"); "a six-week trial that
    # ended last month": the date in the relative clause on "trial" dates no span describing the noun (rule 3, "not
    # a sum describing the noun"), so the 6 weeks are undated
    ("bias", "Federal prosecutors spent a year prosecuting Edwards, culminating in a six-week trial that ended last "
     "month.",
     "2012-06-17",
     [Q(1, "year"), Q(6, "week"), D("2012-05")]),
    # "A year ago" is a span from a point, no date frame (rule 5), 1 year as HELDOUT's "a year prior"; the percents
    # in the aside are undated
    ("bias", "A year ago, the balance of opinion among college graduates was more negative than positive (38% "
     "mostly negative, 23% mostly positive).",
     "2014-09-12",
     [Q(1, "year"), Q(38, "percent"), Q(23, "percent")]),
    # "9/11 anniversary" is a name (HELDOUT's "a 9/11 widow"); "the 2016 election" names a thing; "Wednesday",
    # written on a Wednesday in the past tense, is the day of writing (FOURTEENTH's "One report Saturday")
    ("bias", "Former DNC interim chair Donna Brazile’s relayed her recollection of Hillary Clinton fainting on the "
     "9/11 anniversary before the 2016 election to Fox News host Tucker Carlson Wednesday.",
     "2017-11-08",
     [D("2016"), D("2017-11-08")]),
    # "six-month-old oversight investigation" is an age, undated (rule 5: ages; THIRTY_FOURTH's "a 9-month-old
    # boy"); "last week", written on Saturday 2019-08-03, is ISO week 30; the "when" clause after it holds no figure
    ("bias", "Democrats on the House Judiciary Committee effectively rebranded their six-month-old oversight "
     "investigation of Trump as an impeachment probe last week, when they asked a federal judge for access to "
     "Mueller’s grand jury evidence to determine whether to recommend articles of impeachment against Trump.",
     "2019-08-03",
     [Q(6, "month", measure="age"), D("2019-W30")]),
    # "roughly" is about; "in the past two years" is a span back from now, undated (TABLE's "over the past 20
    # years")
    ("bias", "The U.S. accounted for roughly 20 percent of the WHO's total budget in the past two years, "
     "significantly more than other countries.",
     "2020-05-18",
     [Q(20, "percent", "about"), Q(2, "year")]),
    ("bias", "That would give Biden an advantage of 391 delegates — which would be essentially insurmountable "
     "barring extraordinary contingencies.",
     "2020-03-10",
     [Q(391, "delegates")]),
    # "one of the highest-profile" counts nothing
    ("bias", "Perez is in line to become one of the highest-profile Latino Cabinet members in recent memory, if he "
     "can get past Senate Republicans.",
     "2013-04-15",
     []),
    # a quoted tweet's text, kept (quoted sentences as FORTY_FIFTH kept '“20 million people …'); "the Election"
    # names its event, no date (module docstring: "the November Election")
    ("bias", "“Two year deal gets us past the Election.",
     "2019-08-01",
     [Q(2, "year")]),
    # "the one that" is a pronoun; "his third day in office" an ordinal
    ("bias", "“This is the one that President Trump ripped up on his third day in office.”",
     "2018-05-21",
     []),
    # "four years ago" a span from a point, undated; "a term that ends Jan. 7" in the present, written 14 December,
    # lies within weeks across the new year: 2019 (module docstring: "the fiscal year, which ends Sept. 30"); "said
    # Friday", written on a Friday, is that day
    ("bias", "“The will of the voters four years ago was to elect me to a term that ends Jan. 7,” Walker said "
     "Friday.",
     "2018-12-14",
     [Q(4, "year"), D("2019-01-07"), D("2018-12-14")]),
    ("bias", "But remember that Obama’s target constituency in 2012 is not his base but rather independent and "
     "moderate voters.",
     "2012-11-19",
     [D("2012")]),
    # "no one" is no count
    ("bias", '(I click "agree," but no one reads them.)',
     "2014-04-23",
     []),
    ("bias", "Krusinski was arrested on the scene and held at the Arlington County Detention Facility on $5,000 "
     "unsecured bond.",
     "2013-05-07",
     [Q(5000, "USD")]),
    # "of those who left this year": a relative clause on what a share is of dates the share (FORTY_THIRD's "about
    # 25% of the territory that had been captured last year"); the counts after "including" stand in the main
    # clause, which has no date of its own, so they are undated (the reader's reading of rule 4); a counted phrase
    # ends at its first plural noun ("34 biologists", "81 environmental engineers"); "more than a dozen" is over 12
    ("bias", "More than 27 percent of those who left this year were scientists, including 34 biologists and "
     "microbiologists; 19 chemists; 81 environmental engineers and environmental scientists; and more than a dozen "
     "toxicologists, life scientists and geologists.",
     "2017-12-22",
     [Q(27, "percent", "over", time="2017"), D("2017"), Q(34, "biologists"), Q(19, "chemists"),
      Q(81, "environmental engineers"), Q(12, "toxicologists", "over")]),
    # "poll released Wednesday", written on Thursday 2020-04-30, is 2020-04-29; what the poll "showed" is a finite
    # clause of its own, so the 55% is undated (FIFTIETH's poll "conducted Oct. 11-13 found that a 41 percent
    # plurality …"), and the "which" clause's 6 points too (rule 4); "over the past month" holds no number; "a
    # 6-point increase" as THIRTY_SECOND's "a 6-point margin"
    ("bias", "An NPR/PBS NewsHour/Marist poll released Wednesday showed a majority of respondents (55%) disapproved "
     "of Trump's handling of the pandemic, which marked a 6-point increase in disapproval over the past month.",
     "2020-04-30",
     [D("2020-04-29"), Q(55, "percent"), Q(6, "point")]),
    # "a 60s group" names a decade (as the earlier tables' "the ‘60s", 1960s), no age
    ("bias", "But as the “Last Poets,” a 60s group of black musicians once said: “The revolution will not be "
     "televised.”",
     "2014-11-25",
     [D("1960s")]),
    # "around" is about
    ("bias", "You're polling around one percent so are you hoping that in fact you may be tapped as a vice "
     'presidential candidate?"',
     "2015-05-13",
     [Q(1, "percent", "about")]),
    # (Dropped here, bias) a newsletter sign-up blurb ("Twice a week, you’ll get a roundup of ideas and solutions
    # …"), no sentence of the article's text, as THIRTY_NINTH dropped "POLITICO Playbook newsletter Sign up today …"
    # (and FIFTH one)
    # "raise … from $7.25 an hour to $10.10 an hour": the level raised from is exact, the level raised to a target
    # (FORTY_FIFTH's "raising the federal minimum wage to $15 per hour"); "earlier this week", written on Friday
    # 2014-05-02, is ISO week 18 and dates the subject's noun phrase with its infinitive (rule 1), not the target
    # (rule 5)
    ("bias", "A proposal to raise the federal minimum wage from $7.25 an hour to $10.10 an hour fell victim to a "
     "filibuster in the U.S. Senate earlier this week — an outcome all sides could foresee before it happened.",
     "2014-05-02",
     [Q(7.25, "USD per hour", time="2014-W18"), Q(10.10, "USD per hour", "target"), D("2014-W18")]),
    # ages, undated (FORTIETH's "the 50-year-old motorist", FORTY_SEVENTH's "the 74-year-old Sanders"); "infant
    # baby" no figure
    ("bias", "Take the word of Adele Banita-Bennett, whose 22-year-old husband Aharon was stabbed to death in the "
     "name of intifada as Adele, their two-year-old daughter, and infant baby watched in horror.",
     "2019-12-05",
     [Q(22, "year", measure="age"), Q(2, "year", measure="age")]),
    # "the $4 trillion estimate" is an estimated sum, about (as TWELFTH's "estimated 11 million" and FORTY_FIFTH's
    # "the estimated 5 million"; the reader's reading of the noun "estimate")
    ("bias", "Some Fed watchers expressed caution about the $4 trillion estimate.",
     "2020-03-22",
     [Q(4e12, "USD", "about")]),
    # "On December 2" opens the sentence and dates "announced"; what is announced is a clause of its own (rule 4),
    # so the sum and the wall's length are undated; "a 31-mile wall" singular as TWENTY_SECOND's "(109-mile)"; "over
    # the next year" holds no number (THIRTY_SECOND's "throughout the next decade")
    ("bias", "On December 2, the DoD announced that North-Dakota-based firm Fisher Sand and Gravel won the $400 "
     "million contract to build a 31-mile wall in Arizona’s Cabeza Prieta National Wildlife Refuge over the next "
     "year.",
     "2019-12-12",
     [D("2019-12-02"), Q(400e6, "USD"), Q(31, "mile")]),
    ("bias", "In 1964, we won the Public Accommodations Act, that declared an end to segregated public facilities.",
     "2020-07-13",
     [D("1964")]),
    ("bias", "In contrast, Hannity paid $300,000 for a portrait of Obama burning the Constitution.",
     "2014-11-18",
     [Q(300000, "USD")]),
    # "(One Night)" is a film's title translated, no count
    ("bias", "Then in 2012 there was the amazingly honest movie Una noche (One Night).",
     "2016-11-27",
     [D("2012")]),
    # a headline run into the text, kept; "today" is the day of writing and dates the appositive "part of a two-day
    # … tour" (rule 1; TWENTY_FIRST's "capping a tumultuous three-week stretch" dated)
    ("bias", "Welcome to Buffalo, Mr. President - President Obama travels to Buffalo today, part of a two-day "
     "economic bus tour that will take him thru upstate New York and Pennsylvania.",
     "2013-08-22",
     [D("2013-08-22"), Q(2, "day", time="2013-08-22")]),
    # "the first time" an ordinal; "the official 2012 Republican ticket" a year naming the ticket
    ("bias", '"We can turn this thing around," Ryan vowed, as he and Romney joined for the first time as the '
     "official 2012 Republican ticket.",
     "2012-08-11",
     [D("2012")]),
    # "one bubble" and "one party’s" are single things set against no other amount (the module docstring's list:
    # "only one", "one or two", a span, another figure), no count (the reader's reading)
    ("bias", "Voters in Michigan are able to cast so-called “straight ticket” ballots, meaning they would fill in "
     "one bubble to vote for all of one party’s candidates for office.",
     "2018-08-07",
     []),
    # "only" is no qualifier (TWENTY_FIRST's "only 4 deaths per million people")
    ("bias", "He's received what amounts to $1.9 billion in TV coverage despite having spent only $10 million on "
     "paid advertising.",
     "2016-03-31",
     [Q(1.9e9, "USD"), Q(10e6, "USD")]),
    ("bias", "Crimestoppers has offered a reward of up to $10,000 for information that leads to an arrest.",
     "2020-06-03",
     [Q(10000, "USD", "up to")]),
    # a quoted tweet, kept; "one of many lawyers" counts nothing
    ("bias", "Michael Cohen was one of many lawyers who represented me (unfortunately).",
     "2019-02-27",
     []),
    ("bias", "“Mr. Manafort asked no one to provide a false affidavit or false testimony at trial, or perjure "
     "themselves,” the attorneys wrote, “and he has not given—nor offered to give—any potential witness anything in "
     "exchange for false testimony.”",
     None,
     []),
    ("bias", "Senate Democrats, joined by 16 Republicans, were able to overcome an attempted filibuster by GOP "
     "senators opposed to the current bill.",
     "2013-04-11",
     [Q(16, "Republicans")]),
    ("bias", "Why would the White House want to trade a 70 percent bogus scandal for a 70 percent real one?",
     "2013-05-15",
     [Q(70, "percent"), Q(70, "percent")]),
    # "hundreds of people" is vague, no figure; "COVID-19" glued to letters
    ("bias", "Images posted on social media show hundreds of people on the street for the funeral of a rabbi who "
     "had died of COVID-19.",
     "2020-04-29",
     []),
    # "N95" glued to letters; "a 2016 review" a year naming the review
    ("bias", "N95 respirators in theory outperform surgical masks (which are the more traditional, looser-fitting "
     "medical masks), but they’re genuinely difficult to fit and use properly — to the point that a 2016 review in "
     "CMAJ couldn’t find a difference among health care workers using N95 respirators versus surgical masks for "
     "respiratory infection, likely due to poor fitting.",
     "2020-03-31",
     [D("2016")]),
    # "one-in-five" is a ratio, 20 percent (TWENTY_FIRST's "a one-in-three chance"); "over multiple years" holds no
    # number
    ("bias", "Too high, but far from the extraordinary and shocking crisis of one-in-five, even when tallied over "
     "multiple years.",
     "2017-09-08",
     [Q(20, "percent")]),
    ("bias", "New York state only has 3,000 ICU beds and about 6,000 ventilators.",
     "2020-03-20",
     [Q(3000, "ICU beds"), Q(6000, "ventilators", "about")]),
    ("bias", "Four officers involved in the Floyd incident—Chauvin, Thomas Lane, Tou Thao and J. Alexander "
     "Kueng—have been fired, and both Chauvin and Thao have been investigated—but never disciplined—for excessive "
     "force in the past.",
     None,
     [Q(4, "officers")]),
    # "Over half of the private-sector workers" is over 50 percent (FORTY_FIFTH's "More than a quarter of
    # Democrats")
    ("bias", "“Over half of the private-sector workers in America work for the kinds of businesses that the "
     "president wants to raise taxes on.“And we get nothing in return for this in terms of the debt.",
     "2012-12-05",
     [Q(50, "percent", "over")]),
    # "a 10-year low since … earlier this year": a "since" clause dates the clause it modifies (module docstring),
    # and a record's span takes its clause's date (THIRTY_NINTH's "a 46-year low throughout 2017"); "earlier this
    # year" is the year of writing (FORTY_FOURTH's "passed its own bill earlier this year")
    ("bias", "Prices for agricultural products like soybeans have dropped to a 10-year low since Trump imposed "
     "sweeping tariffs on trade and aluminum earlier this year.",
     "2018-07-24",
     [Q(10, "year", time="2018"), D("2018")]),
    # "Twenty-First Century Fox" is a name
    ("bias", "None of the statements released by Fox News, Twenty-First Century Fox, Ailes or Rupert Murdoch "
     "directly addressed the accusations.",
     "2016-07-21",
     []),
    # "about 20 more votes": "more" leaves the span the unit (module docstring)
    ("bias", "While they can’t win the battle, Brown and his allies hope their resistance will stoke popular "
     "sentiment against the bill and encourage Democrats to vote against it in the House, where Republican leaders "
     "warn they still need about 20 more votes for approval.",
     "2015-05-14",
     [Q(20, "votes", "about")]),
    ("bias", "“Rex and Tony don’t speak for the Trump campaign ... it’s not a correct statement and it was made by "
     "two individuals who, at this point, are no longer affiliated with the Trump campaign,” Greg Pence told The "
     "Hill.",
     "2017-07-29",
     [Q(2, "individuals")]),
    # "S&P 500" a name; "in each of the last two quarters" a span back from now, undated, singular unit as "year"
    # (the reader's decision for a quarter); "$159 a share for all of this year" a rate dated by the year of writing
    # inside its own conjunct (rule 2)
    ("bias", "And companies made good: S&P 500 operating income jumped 24 percent in each of the last two quarters "
     "and analysts see combined EPS of $159 a share for all of this year.",
     "2018-08-23",
     [Q(24, "percent"), Q(2, "quarter"), Q(159, "USD per share", time="2018"), D("2018")]),
    # "the 10-year budget window" is a span, undated
    ("bias", "However, bills passed through reconciliation cannot increase the deficit outside of the 10-year "
     "budget window.",
     "2017-04-20",
     [Q(10, "year")]),
]


def test_session_eleven_g_table_is_real() -> None:
    sources = _sources_text(bias_residues=(10, 630)) + " " + _corpus_text()
    for source, sentence, _, _ in FIFTY_SECOND:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FIFTY_SECOND) == 58
    assert len({sentence for _, sentence, _, _ in FIFTY_SECOND}) == len(FIFTY_SECOND)


#: First-run misses with the parse (11 of 58), by category: on the time field 2 — "their six-month-old oversight
#: investigation … last week" with the 6 months dated by the week and without its measure (an age, undated), "a 6-point
#: increase in disapproval over the past month" dated by the month (a change over a span, undated); on a date's shape 3
#: — "until 1 May" with no publication date not marked relative, "in Q1" not read (2020-01/2020-03, which also dates the
#: 6% spike), "a 60s group" not read (the 1960s); on what a number counts, its qualifier, value or unit 6 — "The 5-to-4
#: decision" read as a bare 5 (a tally, 5 and 4), "spent a year prosecuting" not read (1 year), "34 biologists and
#: microbiologists" counting both nouns (the first), "from $7.25 an hour to $10.10 an hour" with the $10.10 exact and
#: dated (a target, undated), "the $4 trillion estimate" read exact (about), "the last two quarters" with the unit
#: "quarters" (singular, as "year"). Without the parse 15: the same and four more.
FIFTY_SECOND_ACCURACY_FIRST_RUN = 0.810  # 47 of 58 with the parse (as the claims stage runs it)
FIFTY_SECOND_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.741  # 43 of 58
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FIFTY_SECOND_ACCURACY = 0.79  # 46 / 58 = 0.7931
MIN_FIFTY_SECOND_ACCURACY_WITHOUT_PARSE = 0.72  # 42 / 58 = 0.7241

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_G_GATES = [
    ("fifty-second", FIFTY_SECOND, MIN_FIFTY_SECOND_ACCURACY, MIN_FIFTY_SECOND_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_G_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_G_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_G_GATES],
)
def test_session_eleven_g_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
