"""Quantities, session 11 (second of its blind draws): FORTY_SEVENTH, annotated before the rules ran.

FORTY_SEVENTH was drawn while another session-11 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work. Until then it is to be left out of the scorer (neither
scored nor parsed), so that whoever changes the rules while it is blind never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-seventh`` (bias-corpus articles 120 and 450 modulo 700, in the
order of ``random.Random(2072)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62
bias-corpus sentences and nothing else; every text of the tables up to FORTY_FIFTH skipped, and the picks of
FORTY_SIXTH, drawn before it in the same batch). It gave 62 sentences. One is
dropped as a scraping leftover, and none was drawn in its place: a POLITICO sentence run into a photo credit and the
next article's headline ("The email accounts of four senior aides … were surveilled for several months, party
officials said. | Alex Wong/Getty Images Cybersecurity Exclusive: Emails of top NRCC officials stolen in major 2018
hack …": two texts glued by a picture's credit, no sentence of the article's own, as FORTY_FIFTH dropped its captions
and THIRTY_EIGHTH its "FILE PHOTO:" line). The table has 61 sentences, all bias-corpus. Kept: the texts of two tweets
quoted in their articles, as sentences of the article ("Imagine 40K people in America dying in 21st c w/o president
talking about it.", "I will be holding a major news conference … on December 15 …": the words of the tweet, no
handle, date or counts of its metadata), quotations left open or closed by the source alone ('“The Democrats are
trying to win 2020.', '"But, you should spend 90 percent …'), a quotation closing the sentence with a stray '”'
("… who remained in Antopol.”"), a typo of the source ("is thanks so me"). Published dates are the sources' own (seven
sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "40K people" and "$10K" are 40,000 people and 10,000 USD: a "K" glued to its number is the thousand, as a scale word
  glued to its number is its scale (session 5's "2.2million"; no table has a "K" yet);
- "once or twice" is 1 to 2 times: a range as "a stumble or two" and "a month or two" (session 7's fixes), in "times" as
  "twice offered words of support" and "a dozen times" count occasions;
- "I just have this one little problem" gives the "one" no count: "this one" is "this single", as "the one issue on
  which …" (session 9's ruling), and "just" limits the verb, not the number (nothing else in the quotation is a figure);
- "the “three R’s of police reform”" is a slogan's name, no count, as "the Big Three networks" (FOURTEENTH) and "the
  Gang of Eight" (FIFTH);
- "CBO predicted Obamacare would have 13 million by year’s end", written 2015-02-18: "would" after the past "predicted"
  looks forward from 45 days before publication (the docstring's modals), so the year's end is 2015's, ahead of
  writing, a target date ("By the end of this year" is the year, as a target, session 10's fixes); the 13 million, a
  forecast and no goal, is exact and dated by it, as HELDOUT's "By 2085, it will be able to pay 74 percent" (the
  13 million has no noun, as "approximately 1.6 million were reported");
- "Starting in 2009, the federal stimulus pumped $45.2 billion into SNAP, increasing what would have been a monthly
  benefit of $588 a month to $668 for an average household of four": "Starting in 2009" dates its host (TWENTY_THIRD's
  "starting in 2023"; a "since" date dates its host, HELDOUT's "$43 million … since 2007") and the participle without a
  subject of its own shares it (rule 1): the $45.2 billion, the $668 and the 4 (no noun, as session 9's fixes' "a family
  of four making $40,000") are 2009's; the $588 stands in a clause of its own ("what would have been", rule 4), undated;
  the $668 is the monthly benefit's level reached, "USD per month" and exact, as "bringing the amount to $1,657" of a
  "monthly benefit" (TWELFTH) and "was cut from 45 to 29 stories", done (session 9's fixes);
- "If Harry Reid on Friday stands next to the president and says, …", written on a Thursday, is the next day: a
  condition clause in the present takes its host's future (the docstring); the "25 years" inside the quotation is
  a span, undated (what is said, rule 4);
- "Under Armour disclosed an intruder had gotten … about 150 million users" leaves the count undated: what is
  disclosed is a clause of its own (rule 4), as "Police Chief Paul Williams said Monday morning, … three citizens …
  were killed" (FORTIETH) leaves the three undated;
- "just this spring", written 2015-06-01 in a past clause, is the spring just ended, "2015-03/2015-05" (seasons as
  "2014-09/2014-11"), and dates the count of its clause's subject (rule 1);
- "all but seven of the 2,000 Jews" is 7 with no noun and 2,000 Jews: a large, uneven base makes two numbers
  ("61 out of 149 seats", session 8's fixes), and the partitive's number takes no noun ("12 of the 19 contain");
- "the department’s number two official" names a rank (as "the number-one issue"), and "a southbound 1 line subway
  train" names a line (as "Flight 17"): no quantities;
- "the exit polls from Super Tuesday contests" holds no date: Super Tuesday falls on no fixed day, and only holidays on
  a fixed day are dates (the docstring; as "this Memorial Day weekend" is none).

First run (once, on the rules frozen at commit 8a477de — ``/tmp/q17/FREEZE``'s line, read at 05:30 UTC —
after the annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive``
and this module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTY_SEVENTH``): 0.902
with the parse (55 of 61), 0.852 without (52 of 61). The same run on the rules from before the round (commit
603e2a1, exported the same way): the same 55 and 52 sentences, the same output — the round's fixes neither won
nor lost a sentence here. No annotation was corrected after the first run. The table is gated at its first run less
one sentence; the misses are listed by category at the gate.
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
FORTY_SEVENTH: list[tuple[str, str, str | None, list[Q]]] = [
    # "another" holds no number
    ("bias", "It's an incredibly heartfelt and relevant message—that Williams is a mother to two children and is "
     "expecting another illustrates how people who choose to have abortions and people who parent are often the same "
     "people at different points in their lives.",
     "2020-01-06",
     [Q(2, "children")]),
    # "since 2011" is the year (ELEVENTH's "since 2002"); "time and again" holds no number
    ("bias", "“These rumors have circulated time and again since 2011,\" Cohen said in a statement to Fox News.",
     "2018-01-12",
     [D("2011")]),
    # "40K" is 40,000 (the reader's decision, see the docstring); "21st c" is an ordinal century, no date (SIXTH's
    # "The late 19th century")
    ("bias", "Imagine 40K people in America dying in 21st c w/o president talking about it.",
     "2016-03-12",
     [Q(40000, "people")]),
    # "reduced by 28 percent" is a change, exact; the counted phrase ends at its first plural noun
    ("bias", "Our most secure deterrent, our strategic ballistic-missile submarines, will be reduced by 28 percent by "
     "having the capability of 56 launch strikes disabled.",
     "2014-04-23",
     [Q(28, "percent"), Q(56, "launch strikes")]),
    # "all but seven of the 2,000 Jews": two numbers, the partitive's without a noun (the reader's decision, see the
    # docstring; "61 out of 149 seats", "12 of the 19 contain")
    ("bias", "Had Wolf-Leib waited, his family would likely have been murdered by the Nazis along with all but seven "
     "of the 2,000 Jews who remained in Antopol.”",
     "2018-08-13",
     [Q(7, None), Q(2000, "Jews")]),
    # a span back from now, undated (ELEVENTH's "Over the last two years")
    ("bias", "Over the last 26 days, federal employees have shared their fears of affording rent, making credit card "
     "payments and putting food on the table.",
     None,
     [Q(26, "day")]),
    ("bias", "Twenty Republicans did defect to join with Democrats.",
     "2015-05-14",
     [Q(20, "Republicans")]),
    # a bare year standing for its election is a year (THIRTY_SEVENTH's "Sanders began 2016 as")
    ("bias", "“The Democrats are trying to win 2020.",
     None,
     [D("2020")]),
    ("bias", "The elder DeVos, by the way, has a net worth of $5.1 billion... higher than Trump's.",
     "2016-11-30",
     [Q(5.1e9, "USD")]),
    # "earlier this year" is the year (TWENTY_SECOND's "ended … earlier this year"); "M1A1" is glued to letters
    ("bias", "Trump recalled his visit earlier this year to a plant in Lima, Ohio, where M1A1 Abrams tanks are "
     "refurbished.",
     "2019-07-02",
     [D("2019")]),
    # "will be holding … on December 15" looks ahead
    ("bias", "I will be holding a major news conference in New York City with my children on December 15 to discuss "
     "the fact that I will be leaving my great business in total in order to fully focus on running the country in "
     "order to MAKE AMERICA GREAT AGAIN!",
     "2016-11-30",
     [D("2016-12-15")]),
    # "in one way or another" is an idiom, "one" no count
    ("bias", "It was not within Bannon’s power to direct them in one way or another.",
     "2018-01-04",
     []),
    # an age set off after a name: no unit, measure age (FORTY_FIFTH's "Ocasio-Cortez, 29,")
    ("bias", "Prospero T Zito, 74, is another Northampton Democrat who voted for Trump.",
     "2017-07-20",
     [Q(74, None, measure="age")]),
    # "$10K" is 10,000 USD (the reader's decision, see the docstring); "another tweet" holds no number
    ("bias", "Axelrod deftly summarized the moral hazard in another tweet: “You can contrive a hate crime, make it a "
     "national news, get caught and-if you are a well-connected celebrity-get off for $10K and have your record "
     "expunged and files sealed.”",
     "2019-03-27",
     [Q(10000, "USD")]),
    # "No one" is no count
    ("bias", "No one would buy that, and voters won’t buy this Republican scheme.”",
     "2014-05-30",
     []),
    # "less than" is under (TWENTY_SECOND's "fewer than two weeks")
    ("bias", "At the time of Tobin’s elevation he was representing an archdiocese with less than 250,000 parishioners, "
     "an archdiocese that has never had a cardinal (He has since been moved to Newark, New Jersey.)",
     None,
     [Q(250000, "parishioners", "under")]),
    # "a 10-page … memo" counts pages (FORTY_FIRST's "the 16-page document", session 6's "the one-page letter")
    ("bias", "The employee penned a 10-page Jerry Maguire-style memo outlining Google's obsession with \"diversity\" "
     "and why its practices amount to illegal discrimination -- and pointing out that the lack of women in top "
     "positions reflects scientific differences between men and women on average, not discriminatory social policy.",
     "2017-08-09",
     [Q(10, "page")]),
    # "the two had" counts 2 with no noun (TWENTY_NINTH's "the two did not discuss"); "the election" is no date
    ("bias", "In multiple conversations the two had since the election, Rubio shared that Trump asked him constantly, "
     "“What are we going to do about Cuba?”",
     "2017-06-16",
     [Q(2, None)]),
    ("bias", "Republicans in the survey were much more hawkish about using military power, with 69 percent saying the "
     "U.S. should not hesitate to do so.",
     "2017-05-20",
     [Q(69, "percent")]),
    # written on a Thursday: the condition's Friday is the next day; "in 25 years", in what is said, a span, undated
    # (the reader's decision, see the docstring)
    ("bias", "“If Harry Reid on Friday stands next to the president and says, ‘The biggest victory in 25 years is "
     "thanks so me,’ that’s a pretty big calling card,” Sharry said.",
     "2014-11-20",
     [D("2014-11-21"), Q(25, "year")]),
    # "One of these bombs" is one of a group, no count
    ("bias", "One of these bombs could wipe any U.S. city off the map, with horrific casualties.",
     "2018-04-20",
     []),
    ("bias", "NPR is publishing the conversation in three parts — starting with Obama's efforts to govern alongside "
     "(though not necessarily along with) a Republican Congress.",
     "2014-12-29",
     [Q(3, "parts")]),
    # a pair of adjectives of status is one modifier (session 8: "five past and present Missouri Republican
    # senators"); "its 91-year history" is a span, as "a 45-minute commute"
    ("bias", "Still, SEIU said its Obama re-election effort, which will target Colorado, Florida, New Hampshire, "
     "Nevada, Ohio, Pennsylvania, Virginia and Wisconsin, will include 100,000 union and nonunion member volunteers "
     "for its largest and most targeted political field campaign in its 91-year history.",
     "2012-06-21",
     [Q(100000, "union and nonunion member volunteers"), Q(91, "year")]),
    # an age set off after a name (FORTY_FIFTH's "Ocasio-Cortez, 29,"), undated; "a southbound 1 line subway train"
    # names a line (the reader's decision, see the docstring); written on that Monday, the day of writing
    # (FORTIETH's "said Monday morning", written on a Monday)
    ("bias", "Christina Bethea, 29, a security guard from Yonkers, a New York City northern suburb, said she was "
     "getting off a southbound 1 line subway train en route to work Monday morning when she heard a loud noise.",
     "2017-12-11",
     [Q(29, None, measure="age"), D("2017-12-11")]),
    # "one of Trump’s most trusted advisers" is one of a group
    ("bias", "A visit by Pompeo — one of Trump’s most trusted advisers — is a sign that there’s legitimate progress "
     "toward a historic meeting between Kim and Trump.",
     "2018-04-17",
     []),
    # curly quotes drop from the counted noun (SIXTEENTH's 6,000 “tech minds”)
    ("bias", "Republicans have sought more direction on policy from the White House, and Trump did rattle off a list "
     "of five “principles” Congress should follow in replacing the law.",
     "2017-02-28",
     [Q(5, "principles")]),
    # no noun after the number ("12 of the 19 contain"); "approximately" is about
    ("bias", "Over the same period, approximately 1.6 million were reported as Hispanic.",
     "2015-11-21",
     [Q(1.6e6, None, "about")]),
    # "one of the worst-hit countries" is one of a group; "SARS" and "WHO" hold no number
    ("bias", "During the outbreak of SARS, it became one of the worst-hit countries outside of Asia, especially in "
     "Toronto, which was slapped with a WHO travel advisory.",
     "2020-03-02",
     []),
    # "this spring" in a past clause written on June 1 is the spring just ended (the reader's decision, see the
    # docstring); it opens the clause and dates its subject (rule 1); "current and former" is one modifier (session 8)
    ("bias", "And just this spring, twenty-three current and former members of Congress, including Senators Mark Kirk "
     "(Ill.) and Susan Collins (Maine) and Representatives Curbelo (Fla.), Dold (Ill.), Hanna (N.Y.), Gibson (N.Y.), "
     "and Ros-Lehtinen (Fla.) added their names to a Republican amicus brief arguing in support of marriage equality "
     "cases presently before the U.S. Supreme Court.",
     "2015-06-01",
     [D("2015-03/2015-05"), Q(23, "current and former members", time="2015-03/2015-05")]),
    # "G-8" is glued to letters (as "G7")
    ("bias", "In a communique following a meeting in London, the G-8 foreign ministers said Pyongyang's \"current "
     "aggressive rhetoric\" will only isolate North Korea.",
     "2013-04-11",
     []),
    # "One SEAL said" is "a certain SEAL" (the docstring's "One GOP senator said")
    ("bias", "One SEAL said Lt. Jacob Portier, a commander in the platoon, then told the others to gather around the "
     "corpse for a photo, leaving the platoon feeling like they had no choice but to do so.",
     None,
     []),
    # "noon" is a time of day
    ("bias", "The base was on lockdown for about five hours, but it was lifted shortly before noon.",
     "2020-05-21",
     [Q(5, "hour", "about")]),
    # an age before its noun (FORTIETH's "the 74-year-old Sanders")
    ("bias", "In a lengthy speech on the Senate floor, the 61-year-old Republican said that one of the roles she takes "
     "most seriously as a U.S. senator is the task to \"advise and consent\" on Supreme Court nominations.",
     "2018-10-05",
     [Q(61, "year", measure="age")]),
    # "Title X" is a reference name
    ("bias", "One analysis from the Guttmacher Institute shows that Medicaid, a program jointly funded by states and "
     "the federal government, pays for 75 percent of publicly funded family planning services in the United States — "
     "while Title X covers 10 percent.",
     "2015-07-22",
     [Q(75, "percent"), Q(10, "percent")]),
    # "in less than a week" is under 1 week (FOURTEENTH's "less than two weeks after"); "second" is an ordinal,
    # "4:30 p.m." a time of day
    ("bias", "The launch, the second such move in less than a week, occurred around 4:30 p.m. local time from the "
     "North’s Sino-ri missile base, the South’s joint chiefs of staff said in a statement.",
     None,
     [Q(1, "week", "under")]),
    # "one of the leading hypers" is one of a group
    ("bias", "Cyber expert James Lewis of the Center for Strategic and International Studies says he put that question "
     "recently to what he calls \"one of the leading hypers\" of the cyberthreat.",
     "2013-03-15",
     []),
    # "the 20th Century" is no date (SIXTH's "The late 19th century")
    ("bias", "Two chief justices of the 20th Century, Fred M. Vinson and Warren Burger, previously served on the D.C. "
     "Circuit.",
     "2014-01-09",
     [Q(2, "chief justices")]),
    # "two or three" is a range (session 7's fixes: "a month or two"); "different" drops from the counted noun
    # (session 9's ruling on "other", "different", "separate")
    ("bias", "“What they actually said, what they heard him say, and then what they transmitted to Trump could be two "
     "or three different things, and it’s not like we haven’t had that in the past,” Edelman added.",
     "2018-03-09",
     [Q(2, "things", "range", upper=3)]),
    ("bias", "Those statistics are horrifying, and we have no one to blame but ourselves.",
     "2015-10-21",
     []),
    # "this one little problem" is "this single", no count (the reader's decision, see the docstring)
    ("bias", "“Usually what interrupts me is a constituent saying, ‘Oh, I just have this one little problem.’”",
     "2016-07-17",
     []),
    ("bias", "“Even in hindsight — and this has been one of the world’s most painful experiences — I would make the "
     "same decision.",
     "2017-05-03",
     []),
    # "one" as a pronoun
    ("bias", "In modern America, Stevens argues, preparing one’s children for college and then enrolling them in the "
     "most desirable one possible is the culmination of “social reproduction.”",
     "2017-06-22",
     []),
    # "by year’s end" a target ahead, the forecast exact and dated by it (the reader's decision, see the docstring;
    # HELDOUT's "By 2085, it will be able to pay 74 percent")
    ("bias", "Again, CBO predicted Obamacare would have 13 million by year’s end.",
     "2015-02-18",
     [Q(13e6, None, time="2015"), D("2015", "target")]),
    ("bias", "\"But, you should spend 90 percent of your time talking about the way they're actually probably going to "
     "get killed, which is by another black.",
     "2014-12-04",
     [Q(90, "percent")]),
    ("bias", "That's exactly what happened in Minnesota, where NFL commissioner Roger Goodell personally warned state "
     "lawmakers in 2012 that the Vikings could skip town if the team didn't get a new stadium.",
     "2018-02-03",
     [D("2012")]),
    # "once or twice" is 1 to 2 times (the reader's decision, see the docstring)
    ("bias", "He fears that he himself may have made fun of Biden once or twice.",
     None,
     [Q(1, "times", "range", upper=2)]),
    # "Back in March", written in December, is this year's March; what is disclosed is a clause of its own, so the
    # users are undated (rule 4; the reader's decision, see the docstring); "about" is about
    ("bias", "Back in March, sports apparel merchant Under Armour disclosed an intruder had gotten the email addresses "
     "and login information of about 150 million users of its food and nutrition website, MyFitnessPal.",
     "2018-12-28",
     [D("2018-03"), Q(150e6, "users", "about")]),
    # "number two official" names a rank (as "the number-one issue"); no publication date: "last year" stays relative
    # (FINAL's "Late last year")
    ("bias", "Deputy Attorney General Rod Rosenstein, the department’s number two official, had overseen the Mueller "
     "investigation since Sessions recused himself last year.",
     None,
     [D("last year", "relative")]),
    # (Dropped here, bias) a POLITICO sentence glued to a photo credit and the next article's headline ("… party
    # officials said. | Alex Wong/Getty Images Cybersecurity Exclusive: …"), see the docstring
    # a fraction without "of" is a share (session 9's fixes: "two thirds believed"); "Super Tuesday" is no date (the
    # reader's decision, see the docstring)
    ("bias", "In the exit polls from Super Tuesday contests, among voters who did not support Trump, three-fourths "
     "said they would not be satisfied with him as the nominee.",
     "2016-03-02",
     [Q(75, "percent")]),
    # "Starting in 2009" dates its host and the participle; the $588 in "what would have been" is undated; the $668 a
    # monthly level reached (the reader's decision, see the docstring)
    ("bias", "Starting in 2009, the federal stimulus pumped $45.2 billion into SNAP, increasing what would have been a "
     "monthly benefit of $588 a month to $668 for an average household of four.",
     "2013-10-10",
     [D("2009"), Q(45.2e9, "USD", time="2009"), Q(588, "USD per month"), Q(668, "USD per month", time="2009"),
      Q(4, None, time="2009")]),
    # a past change keeps both levels, exact (session 9's fixes: "was cut from 45 to 29 stories"); the adjective stays
    # in the counted phrase (FORTY_FIFTH's "three key swing states")
    ("bias", "Meanwhile, among the 50 closest districts on the Democratic side, Trump approval seems to have declined "
     "from 42 percent to 39 percent (though it’s still too close to call).",
     "2017-08-04",
     [Q(50, "closest districts"), Q(42, "percent"), Q(39, "percent")]),
    # "more than twice as much" is over 2 times (SIXTEENTH's "more than twice as likely")
    ("bias", "Her insurance will cost \"more than twice as much\" as her old insurance and is mandated that she "
     "purchase insurance for services that she will never use.",
     "2013-10-28",
     [Q(2, "times", "over")]),
    # "no one" is no count
    ("bias", "Other former curators told Gizmodo they did not consciously make biased judgments on trending topics, "
     "and no one is alleging that Facebook management ordered such actions.",
     "2016-05-09",
     []),
    # "nearly" is about; "a second term" is an ordinal
    ("bias", "The conference call lasted nearly 30 minutes and was an incredibly informative exchange of questions, "
     "answers and an insightful glimpse into the president’s vision for a second term.",
     "2012-10-24",
     [Q(30, "minute", "about")]),
    ("bias", "So far, though, some of the rumors listed on the FEMA webpage look more like agency press releases, such "
     "as \"nearly $10 million was diverted from FEMA's hurricane relief fund to U.S Immigration and Customs "
     "Enforcement,\" which the webpage goes on to explain was actually \"diverted from FEMA's operational budgets for "
     "travel, training, public engagement and information technology.",
     "2018-09-14",
     [Q(10e6, "USD", "about")]),
    # "APT29" and "COVID-19" are glued to letters
    ("bias", "The report, published primarily through Britain’s National Cyber Security Center (NCSC), alleges the "
     "group APT29 or ‘Cozy Bear’ was responsible for attempting to break into academic and pharmaceutical institutions "
     "for information on COVID-19 vaccines and treatments, according to Reuters.",
     "2020-07-16",
     []),
    # "one senior Democrat" is "a certain Democrat" (the docstring's "One GOP senator said")
    ("bias", "“House Democrats plan to probe every aspect of President Trump’s life and work, from family business "
     "dealings to the Space Force to his tax returns to possible ‘leverage’ by Russia,” reports Axios, quoting one "
     "senior Democrat as saying they’re preparing a “subpoena cannon.”",
     "2018-11-12",
     []),
    ("bias", "“Schools should be disinfected by the Center for Disease Control, not just cleaned by school "
     "custodians,” one Staten Island parent fumed.",
     "2020-03-14",
     []),
    # "the first" is an ordinal; "since the Air Force was spun off … in 1947" is the year
    ("bias", "Space Force is the first new military service since the Air Force was spun off from the Army in 1947.",
     "2019-12-20",
     [D("1947")]),
    ("bias", "He stopped reading prepared remarks off the teleprompter and for 30 minutes went on a tirade, taking aim "
     "at his favorite target: journalists.",
     "2017-09-12",
     [Q(30, "minute")]),
    # "one of the more specific proposals" is one of a group; the "three R’s" a slogan's name (the reader's decision,
    # see the docstring)
    ("bias", "Here is one of the more specific proposals given to us by Randal Mayer, a former Cato policy analyst and "
     "longtime advocate of justice reform, who addresses what is called the “three R’s of police reform.”",
     "2020-06-10",
     []),
]


def test_session_eleven_b_table_is_real() -> None:
    sources = _sources_text(bias_residues=(120, 450)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_SEVENTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_SEVENTH) == 61
    assert len({sentence for _, sentence, _, _ in FORTY_SEVENTH}) == len(FORTY_SEVENTH)


#: First-run misses with the parse (6 of 61), by category: on a date's year, day or shape 2 — "If Harry Reid on Friday
#: stands …" (written on a Thursday, a conditional ahead) read as the Friday past, "by year's end" (written in February
#: 2015) not read, so no target date and the 13 million undated; on what a number counts or names, its qualifier or unit
#: 4 — "a southbound 1 line subway train" counted (a line's name), "once or twice" read as twice alone (a range of 1
#: to 2 times), "increasing … a monthly benefit of $588 a month to $668" with the $668 read as plain USD (the rate
#: shared), "the “three R’s of police reform”" counted (a slogan's name). Without the parse 9: the same and three more
#: (a list of states after "target", "a list of five", "twenty-three current and former members").
FORTY_SEVENTH_ACCURACY_FIRST_RUN = 0.902  # 55 of 61 with the parse (as the claims stage runs it)
FORTY_SEVENTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.852  # 52 of 61
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_SEVENTH_ACCURACY = 0.88  # 54 / 61 = 0.8852
MIN_FORTY_SEVENTH_ACCURACY_WITHOUT_PARSE = 0.83  # 51 / 61 = 0.8361

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_B_GATES = [
    ("forty-seventh", FORTY_SEVENTH, MIN_FORTY_SEVENTH_ACCURACY, MIN_FORTY_SEVENTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_B_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_B_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_B_GATES],
)
def test_session_eleven_b_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
