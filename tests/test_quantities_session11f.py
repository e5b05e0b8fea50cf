"""Quantities, session 11 (second round, third of three blind draws): FIFTY_FIRST, annotated before the rules ran.

FIFTY_FIRST was drawn while another session-11 task changed the rules (the second round of issue 4's quantity work);
the annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever
read these sentences, and the table is first run once, on the rules frozen at the end of that work.
``benchmarks/quantities_score.py --exclude-session11f`` leaves it out (neither scored nor parsed), so that whoever
changes the rules while it is blind never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py fifty-first`` (bias-corpus articles 300 and 610 modulo 700, in the
order of ``random.Random(2076)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62
bias-corpus sentences and nothing else; every text of the tables up to FORTY_EIGHTH skipped, and the picks of
FORTY_NINTH and FIFTIETH, drawn in the same batch). It gave 62 sentences. Two are dropped as scraping leftovers, and no
more were drawn in their place: a link line ("Read or Share this story: https://usat.ly/2uV5SlX", as TWENTY_SIXTH
dropped "Read or Share this story: http://usat.ly/1MUhg5b") and a photo caption run with its credit and a headline into
the article's first sentence ("During remarks to reporters outside the White House on Monday, President Donald Trump
insisted … | Chip Somodevilla/Getty Images White House Trump: My tweets 'were NOT Racist' The president carried his
tirade …": the caption of a picture, its photographer's credit and a section label with a headline, no sentence of the
article's text as written, as FORTY_SECOND dropped a caption followed by its credit "(Leah Millis/Reuters)" and
FOURTEENTH three headlines run into their article). The table has 60 sentences, all bias-corpus. Kept: a sentence the
source opens with a parenthesis it closes in a later sentence ("(After a gunman killed 11 people …"), a quotation
closed by the source alone ("… on Halloween.”"), an editor's bracket in a quotation ("he [will] sign something").
Published dates are the sources' own (seven sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "dropped to 104,000 in June, compared to 144,000 a month earlier" dates the 104,000 by June (TENTH's "The death toll
  rose to 76 on Saturday") but leaves the 144,000 undated: its own span from a point ("a month earlier") places it
  away from June, and a span from a point frames nothing (rule 5), so no written date holds it — as TWENTY_SIXTH's
  "down from 84% nearly two months ago" and TWENTY_SEVENTH's "up from a quarter 25 years ago" leave such a baseline
  undated (there the clause had no date of its own to offer; here the reader keeps June out);
- "a $500 cash payment to each employee" is 500 USD per employee: a sum "to each" of a singular noun is a sum per
  unit, as TWENTY_SEVENTH's "an additional $32 billion for each of the next two years" is a rate and session 10's
  "$2,260 per employee" a price of one unit (the reader's reading; no table has "to each");
- "could start enforcing the law last Monday", written on a Thursday, is the Monday of the same week, the most recent
  Monday (FIFTH's "Last Wednesday night", written on a Monday, is the most recent Wednesday);
- "how that got racist on Halloween", without a publication date, is October 31 of an unknown year, "--10-31" (a
  holiday on a fixed day is a date, by the module docstring and FORTY_FIFTH's "on Christmas Day in 2009"; a month-day
  of unknown year as BLIND's "--03-17");
- "on that half of the Hill" (the Senate) holds no share: a half named by a determiner is one of two parts, not a
  fraction of a whole (FOURTEENTH's "The first half of Eastwood's career" and TWENTIETH's "that first half", both no
  quantity);
- "let's take it one step at a time" holds no count: "one … at a time" is an idiom of manner, as FOURTH's "pick off one
  country or issue at a time"; "At one time" holds none either, as SIXTEENTH's "At one point";
- "we could put it back down to 65 or even to 62" gives two targets, each without a unit (the pronoun's noun is in
  another sentence), as FINAL's "lowering the Medicare eligibility age to 55" and FOURTEENTH's "raising the retirement
  age to 69";
- "The highest number of incumbents beaten as governors is five, in 1994." is a bare 5 (its noun is the subject's,
  as TENTH's "The death toll rose to 76"), dated by the date set off right after it (rule 3);
- "a reported valuation of $100 billion as of May" is exact: "reported" names a source, not an estimate (unlike
  TWELFTH's "estimated"); the "as of" date after the sum dates it (FORTIETH's "as of June 23, 2021").

First run (once, on the rules frozen at commit e9a01ec — ``/tmp/q18/FREEZE``'s line, read at 05:53 UTC; this draw was
handed out before that freeze and its annotations, committed at 8623021 after it, were written without running anything
— the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this module copied beside them,
then ``PYTHONPATH=src python benchmarks/quantities_score.py FIFTY_FIRST``): 0.850 with the parse (51 of 60), 0.850
without (51 of 60). The same run on the rules from before the round (commit aa91a6b, exported the same way): the same 51
and 51 sentences, the same output — the round's fixes neither won nor lost a sentence here. No annotation was corrected
after the first run. The table is gated at its first run less one sentence; the misses are listed by category at the
gate.
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
FIFTY_FIRST: list[tuple[str, str, str | None, list[Q]]] = [
    # (Dropped here, bias) a link line ("Read or Share this story: https://usat.ly/2uV5SlX"), as TWENTY_SIXTH dropped
    # one
    # two years each a date; "such a vote" holds no number
    ("bias", "Much of the reason that the House held votes in 1974 and 1998 to begin impeachment proceedings against "
     "President Richard Nixon and President Bill Clinton was because such a vote was needed to do the investigative "
     "work of issuing subpoenas and holding depositions.",
     "2019-10-28",
     [D("1974"), D("1998")]),
    # "MI6" is a number glued to letters, no quantity (the module docstring's "G7")
    ("bias", "The involvement of Steele, a former MI6 agent, seems to confirm Mueller’s case of foreign meddling in a "
     "U.S. presidential campaign.",
     None,
     []),
    ("bias", "He noted that the social network has more than 1.6 billion users \"of every background and ideology -- "
     "from liberal to conservative and everything in between....",
     None,
     [Q(1.6e9, "users", "over")]),
    ("bias", "After the intervention phase, participants completed a measure of partisan hostility, indicated their "
     "explicit liking of Republicans and Democrats, and completed an implicit measure of political attitudes (the "
     "Implicit Association Test), which measured the participants’ nonconscious attitudes toward the two groups.",
     None,
     [Q(2, "groups")]),
    # "an additional $340 million" is exact ("additional" is no qualifier, TWENTY_SEVENTH's "an additional $32
    # billion"); "At the same time" is no date
    ("bias", "At the same time, Obama announced an additional $340 million in U.S. aid \"to meet humanitarian needs in "
     "Syria and surrounding countries,\" referring to war refugees and other victims.",
     "2013-09-24",
     [Q(340e6, "USD")]),
    # "one Senate GOP aide" is "a certain aide", no count (the module docstring's "One GOP senator said")
    ("bias", "“We should have started with taxes,” said one Senate GOP aide.",
     "2017-09-25",
     []),
    # "Two of the Democrats" has no counted noun (SIXTEENTH's "two of the country’s former presidents")
    ("bias", "Two of the Democrats on the commission have begun to express doubts about the proposal – though neither "
     "has rejected it.",
     "2014-05-08",
     [Q(2, None)]),
    # "Nixon, at 39," is an age, no unit, undated (CATEGORIES_SIX's "at age 18"); "the second youngest" an ordinal
    ("bias", "The response was overwhelmingly positive and Nixon, at 39, eventually became the second youngest vice "
     "president in history.",
     "2016-08-14",
     [Q(39, None, measure="age")]),
    # written on a Monday: "last week" is the ISO week before (2019-W28), dating the saying only (rule 4); June, in the
    # past, is 2019's and dates the level reached (TENTH's "rose to 76 on Saturday", bare: TWELFTH's "fell to 2.8
    # million"); the 144,000 "a month earlier" is undated and "a month earlier" a span from a point (the reader's
    # decision, see the docstring)
    ("bias", "The administration said last week that the number of people caught illegally crossing into the U.S. or "
     "turned away at the Mexican border dropped to 104,000 in June, compared to 144,000 a month earlier.",
     "2019-07-15",
     [D("2019-W28"), Q(104000, None, time="2019-06"), D("2019-06"), Q(144000, None), Q(1, "month")]),
    # "in October" in a past relative clause, written in January, is the October before (2018-10); "last year" is 2018;
    # the polygraph tests are in what the email points out, a clause of its own (rule 4), undated
    ("bias", "Stone, who expanded his legal team in October, has insisted that he did not have advance knowledge of "
     "WikiLeaks plans, pointing out in an email to The Hill last year that two polygraph tests found him to be "
     "truthful.",
     "2019-01-25",
     [D("2018-10"), D("2018"), Q(2, "polygraph tests")]),
    # "on that half of the Hill" names one of two chambers, no share (the reader's decision, see the docstring)
    ("bias", "Senate approval will be a much higher bar to clear: There’s no shortage of bipartisan criticism from the "
     "upper chamber right now, and the GOP holds a considerably smaller majority margin on that half of the Hill.",
     "2017-05-05",
     []),
    # adjectives stay in the counted phrase (ELEVENTH's "three swing states"); "for the first time" is an ordinal
    ("bias", "Their encounter will kick off two televised clashes between Democratic White House hopefuls on "
     "successive nights that could significantly reshape the primary campaign and will, for the first time, test how "
     "party hopefuls handle Donald Trump's ugly campaign strategy rooted in direct racism.",
     "2019-07-30",
     [Q(2, "televised clashes")]),
    # "the 2016 presidential campaign" is a year naming the campaign, a date framing nothing (rule 5)
    ("bias", "And it's becoming an issue in the 2016 presidential campaign with potential Republican candidates "
     "signing onto the letter.",
     "2015-03-12",
     [D("2016")]),
    # no publication date: "last year" is relative and dates the count in its own "After" clause (BLIND's "98 senators
    # voted last year")
    ("bias", "(After a gunman killed 11 people in a Pittsburgh synagogue last year, Trump told reporters the "
     "perpetrator “should really suffer the ultimate price.”",
     None,
     [Q(11, "people", time="last year"), D("last year", "relative")]),
    # "At the end of the day" is an idiom, no date; "the next fiscal year" holds no number (THIRTY_SECOND's "throughout
    # the next decade"); "which begins Oct. 1" in the present is the publication year's (SIXTEENTH's "the fiscal year,
    # which ends Sept. 30"); the two actions, with no date of their own clause, are undated
    ("bias", "“At the end of the day, he [will] sign something that keeps the government open and functioning, "
     "otherwise there will just be too much wailing and gnashing of teeth,” says Mr. Jillson, referring to two "
     "critical legislative actions looming – the raising of the debt ceiling and the funding of the government into "
     "the next fiscal year, which begins Oct. 1.",
     "2017-08-23",
     [Q(2, "critical legislative actions"), D("2017-10-01")]),
    ("bias", "In the 1980s, they blew up an American barracks, kidnapped Americans, blew up night clubs, and downed an "
     "airliner.",
     "2017-01-31",
     [D("1980s")]),
    # "thus far" is no date
    ("bias", "And an anti-Clinton super PAC based in Wisconsin, Reform America Fund, is spending $332,000 in that "
     "state, where neither campaign has advertised thus far.",
     "2016-09-22",
     [Q(332000, "USD")]),
    # "Fox 5 DC" is a station's name (TWENTY_EIGHTH's "telling Fox 35")
    ("bias", "The prisoner also faces six life sentences without parole in the state of Maryland, Fox 5 DC noted.",
     "2020-02-25",
     [Q(6, "life sentences")]),
    # written on a Wednesday: "In a blog post Tuesday" is the day before and dates the saying; the payment is in what
    # is said, undated (rule 4), and "to each employee" makes it a sum per employee (the reader's decision, see the
    # docstring)
    ("bias", "In a blog post Tuesday, the Minneapolis-based retailer said it will ease the transition by doling out a "
     "$500 cash payment to each employee who loses coverage.",
     "2014-01-22",
     [D("2014-01-21"), Q(500, "USD per employee")]),
    ("bias", "Mr. Lankford, who has been reaching out to Democrats on his proposal, said some of them may think "
     "they’ll win back the White House in 2020 and figure it’s better to change the rules now so they can avoid the "
     "sort of obstruction they have mounted against Mr. Trump.",
     "2019-02-06",
     [D("2020")]),
    # "asked Clinton about three emails": "about" after a verb of asking is a preposition (session 10), so no qualifier
    ("bias", "FBI agents also asked Clinton about three emails marked classified.",
     "2016-09-02",
     [Q(3, "emails")]),
    # no publication date: "earlier this month" is this month, relative (THIRTY_SEVENTH's "earlier this month");
    # "the 2015 Paris climate agreement" a year naming the agreement
    ("bias", "When Mr Trump announced earlier this month that the US was withdrawing from the 2015 Paris climate "
     "agreement, Mr Macron said in a statement that the decision was \"a mistake for the US and for our planet\".",
     None,
     [D("this month", "relative"), D("2015")]),
    # two levels a verb of change puts "it" down to, targets without a unit (the reader's decision, see the docstring;
    # FINAL's "lowering the Medicare eligibility age to 55")
    ("bias", "If robots can do a lot of the work instead, we could put it back down to 65 or even to 62 while still "
     "growing the economy.",
     "2016-04-02",
     [Q(65, None, "target"), Q(62, None, "target")]),
    # "a reported valuation" is exact; "as of May", written in July, is this year's May and dates the sum after which
    # it stands (rule 3; FORTIETH's "as of June 23, 2021")
    ("bias", "He described TikTok’s parent company ByteDance Technology Co., the Beijing-based digital technology firm "
     "with a reported valuation of $100 billion as of May, as “the largest and most terrifying censorship machine” he "
     "has ever seen.",
     "2020-07-17",
     [Q(100e9, "USD", time="2020-05"), D("2020-05")]),
    ("bias", "Presidential candidates who want to access the highly-coveted voter file must pay $175,000 and help the "
     "DNC raise money through fundraisers and other events.",
     "2019-12-17",
     [Q(175000, "USD")]),
    # "the 26-year-old" is an age (TWENTY_FIFTH's "The 26-year-old was aboard"), undated
    ("bias", "Relatives of the gunman confirmed his identity and told reporters that the 26-year-old had recently been "
     "treated for mental health issues.",
     "2017-01-06",
     [Q(26, "year", measure="age")]),
    # "one’s" is a pronoun (FOURTEENTH's "the pigment of one's skin")
    ("bias", "The answer largely depends upon one’s view of whether affirmative action is still needed to provide "
     "opportunities for those groups that previously were excluded from the mainstream.",
     "2013-10-15",
     []),
    # "2,000 years ago" is a span from a point, undated (FIFTH's "appointed Mueller a year ago")
    ("bias", "People 2,000 years ago understood that when people die, they are meant to stay dead.",
     "2018-04-01",
     [Q(2000, "year")]),
    # "the Brady Bill of 1993": a year in "of" after a name names it (EIGHTH's "the Anti-Drug Abuse Act of 1988");
    # "a year later" is a span from a point, undated (THIRTY_FOURTH's "A day earlier")
    ("bias", "Erickson Hatalsky of Third Way noted examples of the NRA's influence in the last significant gun "
     "legislation -- the Brady Bill of 1993 that required background checks on guns purchased from licensed dealers, "
     "followed by the limited assault weapons ban a year later.",
     "2013-02-08",
     [D("1993"), Q(1, "year")]),
    ("bias", "States have made significant progress since 2016, but as long as the threat remains, there is work to be "
     "done.",
     "2020-02-19",
     [D("2016")]),
    # "about $650 a year" is a rate, about (the module docstring's glued rates; ELEVENTH's "$46 million annually")
    ("bias", "The lead plaintiff was Rebecca Friedrichs, a public school teacher from Orange County, California, who "
     "said she resigned from the California Teachers Association over differences but was still required to pay "
     "about $650 a year to cover bargaining costs.",
     "2016-03-29",
     [Q(650, "USD per year", "about")]),
    # no publication date: each Thursday is relative (TWENTY_SECOND's "in a 5-4 vote on Thursday"); "AR-15" is a
    # number glued to letters, no quantity
    ("bias", "Nikolas Cruz admitted on Thursday to being the gunman who entered the campus armed with an AR-15-style "
     "rifle and shot students whom he saw in the hallways and on the school grounds, according to a complaint "
     "affidavit released late Thursday.",
     None,
     [D("Thursday", "relative"), D("Thursday", "relative")]),
    # "for one day" counts ("one" before a span, THIRTEENTH's "In one day"), undated: Halloween is in another clause;
    # Halloween, a holiday on a fixed day, with no publication date (the reader's decision, see the docstring)
    ("bias", "She wants to look like Diana Ross for one day, and I don’t know how that got racist on Halloween.”",
     None,
     [Q(1, "day"), D("--10-31")]),
    # "a year and a half" is 1.5 years (session 5); "now" is no date
    ("bias", "\"For a year and a half now, Republican leaders in the House have refused to allow that simple vote,\" "
     "Obama said, urging the GOP to bring up legislation in the new Congress.",
     "2014-11-20",
     [Q(1.5, "year")]),
    ("bias", "Libyan leader Muammar Gaddafi was deposed and killed by NATO-backed militants in 2011 after halting his "
     "nascent nuclear program.",
     "2018-05-28",
     [D("2011")]),
    # "in 2014" without "by" sets no target (the module docstring: a target only by its own "by" date)
    ("bias", "However, Senate Majority Leader Harry Reid has said the issue would be considered separately in 2014.",
     "2013-12-12",
     [D("2014")]),
    # "top-tier" holds no number
    ("bias", "Sanders has consistently polled as a top-tier candidate since launching his campaign, but he has enjoyed "
     "a surge of support in polls in Iowa and New Hampshire in particular in the lead up to the caucuses and primary "
     "in the two states.",
     "2020-01-31",
     [Q(2, "states")]),
    # "during the next decade" holds no number (THIRTY_SECOND's "throughout the next decade"); "will reach $1.3
    # trillion annually by 2029" is a target rate dated by its "by" year, ahead of writing (TENTH's "could reach 40
    # percent of Israeli population by 2050")
    ("bias", "As a result, the CBO does not expect the deficit to decline during the next decade, and expects that it "
     "will reach $1.3 trillion annually by 2029.",
     "2019-03-11",
     [Q(1.3e12, "USD per year", "target", time="2029"), D("2029", "target")]),
    ("bias", "In 2016, the Russian government favored Trump because he appeared open to relieving U.S. sanctions on "
     "the country.",
     None,
     [D("2016")]),
    # "between the five" has no counted noun (NINTH's "the symbiotic relationship between the two")
    ("bias", "The United States is allies with all countries involved and in past disputes between the five had mostly "
     "stayed out of the fray.",
     "2017-06-12",
     [Q(5, None)]),
    ("bias", "In a Twitter video, Milano explained how authorities there told her she'd have to file a media request "
     "and they'd get back to her in two weeks.",
     "2019-07-02",
     [Q(2, "week")]),
    # "from 2005 to 2007" is one interval (TABLE's "from 2007 to 2014")
    ("bias", "Richard Painter, President Bush’s top ethics lawyer from 2005 to 2007, went further, saying Mr. Comey’s "
     "letter had “very likely” violated a federal law barring public officials from using their position to "
     "influence the outcome of an election.",
     "2016-11-01",
     [D("2005/2007")]),
    # "no one" is no count (BLIND's "No one was more dismayed")
    ("bias", "It turned out that no one had been arrested or taken into custody.",
     "2013-04-20",
     []),
    # "At one time" is an idiom, no count (SIXTEENTH's "At one point"; the reader's decision, see the docstring)
    ("bias", "At one time, the Houthis held Yemen's President under house arrest, before he escaped and fled.",
     "2015-04-20",
     []),
    # "one step at a time" is no count (FOURTH's "one country or issue at a time"); "said Saturday", written on a
    # Saturday, is that day (FORTY_FIFTH's "said in a statement Friday")
    ("bias", "“Well, let’s take it one step at a time,” the former House speaker said Saturday.",
     "2018-09-29",
     [D("2018-09-29")]),
    # "At one point" is no count (SIXTEENTH's "At one point, her advisers met …")
    ("bias", "At one point, the agreement states, \"we acknowledge that free, fair and mutually beneficial trade and "
     "investment, while creating reciprocal benefits, are key engines for growth and job creation.\"",
     "2018-06-09",
     []),
    # "one of the monikers" is one of a group, no count; "one of two groups" counts the group (NINETEENTH's "one of
    # three $50,000 prizes")
    ("bias", "Fancy Bear is one of the monikers used for a Russian hacker group that U.S. officials say was one of two "
     "groups that infiltrated the DNC.",
     "2016-08-12",
     [Q(2, "groups")]),
    # "the one she saw" is a pronoun (FOURTEENTH's "the one she was raised in")
    ("bias", "After critics shared a photo of similar toilets in another such facility - with a sink attachment on top "
     "labelled \"potable water\" - Ms Ocasio-Cortez said the one she saw was \"not functioning\" at the time.",
     None,
     []),
    # past clause, written in June: this year's May 30
    ("bias", "(Washington is an open-carry state, although Seattle banned weapons in an emergency order on May 30.)",
     "2020-06-12",
     [D("2020-05-30")]),
    # written on a Tuesday: "Last week" is 2013-W26 and dates its clause, the soldiers and the span in the clause's
    # "as part of" phrase (rule 1; TWENTIETH's "agreed in March to a four-month suspension"); "Army soldiers" keeps the
    # capitalised modifier (session 9's "59 Tomahawk cruise missiles")
    ("bias", "Last week, President Obama deployed more than 400 Army soldiers to Egypt as part of a nine-month "
     "\"peacekeeping mission,\" which could include responding to protests—or even riots—led potentially by "
     "Egyptians seeking a more secular or moderate government.",
     "2013-07-02",
     [D("2013-W26"), Q(400, "Army soldiers", "over", time="2013-W26"), Q(9, "month", time="2013-W26")]),
    # (Dropped here, bias) a photo caption run with its credit and a headline into the article's first sentence
    # ("During remarks to reporters outside the White House on Monday, … | Chip Somodevilla/Getty Images White House
    # Trump: My tweets 'were NOT Racist' The president carried …"), as FORTY_SECOND dropped a caption with its credit
    # a future clause, written on Nov. 13: this November's 21st
    ("bias", "Our next breakfast will be Nov. 21, featuring Mr. Perez’s counterpart, Republican National Committee "
     "Chairwoman Ronna McDaniel.",
     "2019-11-13",
     [D("2019-11-21")]),
    # "is five" has no counted noun of its own (TENTH's "The death toll rose to 76"); the date set off right after it
    # dates it (rule 3; the reader's decision, see the docstring)
    ("bias", "The highest number of incumbents beaten as governors is five, in 1994.",
     "2014-10-17",
     [Q(5, None, time="1994"), D("1994")]),
    # no publication date: "Last week" relative; "a 5-4 ruling" is a tally sharing the clause's date (TWENTY_FIRST's
    # "in a 5-4 decision last month")
    ("bias", "Last week, the Supreme Court wrote in a 5-4 ruling that the Trump administration had not provided "
     "adequate justification for the inclusion of the question.",
     None,
     [D("last week", "relative"), Q(5, None, time="last week"), Q(4, None, time="last week")]),
    ("bias", "She has raised eyebrows with her anti-establishment foreign policy positions, especially her accusation "
     "that the U.S. engages in regime-change wars and her meeting with Syrian President Bashar Assad in 2017.",
     "2019-10-18",
     [D("2017")]),
    ("bias", "A federal judge ruled that her testimony was unnecessary, but ordered her to pay a fine of $256,000.",
     "2020-06-24",
     [Q(256000, "USD")]),
    # "the major two parties" counts parties (SEVENTEENTH's "the two parties")
    ("bias", "I would perhaps vote for someone who's not part of the major two parties.",
     "2014-10-29",
     [Q(2, "parties")]),
    # "in the last four years" is a span back from now, undated (TABLE's "over the past 20 years")
    ("bias", "Conclusion: If Romney hadn't said, \"That's the net of what's happened in the last four years,\" his "
     "statement might have been true.",
     "2012-10-17",
     [Q(4, "year")]),
    # written on a Thursday: "last week" is 2019-W05 and dates the saying and its subject's count (rule 1); "last
    # Monday" is the most recent Monday, 2019-02-04 (the reader's decision, see the docstring; FIFTH's "Last Wednesday
    # night")
    ("bias", "Hope Medical Group for Women in Shreveport, La., and the two physicians that brought the challenge said "
     "in a filing last week that the Louisiana law was already being felt as clinics, doctors and patients prepared "
     "for the possibility the state could start enforcing the law last Monday.",
     "2019-02-07",
     [Q(2, "physicians", time="2019-W05"), D("2019-W05"), D("2019-02-04")]),
    # "the 2012 presidential campaign", "the 2014 campaign": years naming campaigns
    ("bias", "And after the 2012 presidential campaign, when President Obama defeated Mitt Romney largely on the "
     "strength of the Latino vote — and then the 2014 campaign, when Democrats lost Senate races in states like "
     "Colorado after Obama's delay on executive action — they feel they've made their case and deserve a seat at the "
     "big kids' table.",
     "2015-05-05",
     [D("2012"), D("2014")]),
    # "roughly" is about
    ("bias", "The company filed for structured bankruptcy, with the company's owners, the Sackler family, offering to "
     "pay roughly $3 billion of their personal cash to help communities and giving up control of the firm to settle "
     "all opioid-related claims.",
     "2019-12-26",
     [Q(3e9, "USD", "about")]),
]


def test_session_eleven_f_table_is_real() -> None:
    sources = _sources_text(bias_residues=(300, 610)) + " " + _corpus_text()
    for source, sentence, _, _ in FIFTY_FIRST:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FIFTY_FIRST) == 60
    assert len({sentence for _, sentence, _, _ in FIFTY_FIRST}) == len(FIFTY_FIRST)


#: First-run misses with the parse (9 of 60), by category: on the time field 2 — "dropped to 104,000 in June, compared
#: to 144,000 a month earlier" with the 144,000 dated June (a level a month before, undated), "The highest number … is
#: five, in 1994" with the 5 undated (dated 1994); on a date's shape 1 — a sentence-initial "Last week" (no publication
#: date) kept as "Last week" where the relative reading is lower case ("last week"); on what a number counts, its
#: qualifier, value or unit 6 — "Nixon, at 39, eventually became" without its measure (age), "that half of the Hill"
#: read as 50 percent (a chamber, no share), "a $500 cash payment to each employee" without its rate (USD per employee),
#: "asked Clinton about three emails" with "about" read as a qualifier (the verb's preposition), "put it back down to 65
#: or even to 62" read exact (targets), "For a year and a half now" not read (1.5 years). Without the parse 9: the same
#: but the 104,000 sentence right and "more than 400 Army soldiers … a nine-month …" wrong.
FIFTY_FIRST_ACCURACY_FIRST_RUN = 0.850  # 51 of 60 with the parse (as the claims stage runs it)
FIFTY_FIRST_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.850  # 51 of 60
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FIFTY_FIRST_ACCURACY = 0.83  # 50 / 60 = 0.8333
MIN_FIFTY_FIRST_ACCURACY_WITHOUT_PARSE = 0.83  # 50 / 60 = 0.8333

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_F_GATES = [
    ("fifty-first", FIFTY_FIRST, MIN_FIFTY_FIRST_ACCURACY, MIN_FIFTY_FIRST_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_F_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_F_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_F_GATES],
)
def test_session_eleven_f_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
