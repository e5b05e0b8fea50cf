"""Quantities, session 11 (second round, second of three blind draws): FIFTIETH, annotated before the rules ran.

FIFTIETH was drawn while another session-11 task changed the rules (the second round of issue 4's quantity work); the
annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read
these sentences, and the table is first run once, on the rules frozen at the end of that work. Like the earlier blind
tables, it is meant to be left out of ``benchmarks/quantities_score.py`` while it is blind, so that whoever changes the
rules never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py fiftieth`` (bias-corpus articles 200 and 540 modulo 700, in the order of
``random.Random(2075)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62 bias-corpus
sentences and nothing else; every text of the earlier tables skipped, and the picks of FORTY_NINTH, drawn in the same
batch). It gave 62 sentences. Two are dropped as scraping leftovers, and no more were drawn in their place: two photo
gallery captions run into the text ("Hide Caption 19 of 29 Photos: San Bernardino shooting Two women embrace …" and
"Hide Caption 35 of 45 Photos: The Ebola epidemic Workers prepare the new Ebola treatment center on August 17, 2014.",
as FORTY_FIRST and FORTY_FIFTH dropped "Hide Caption 11 of 21 Photos: …" and "Hide Caption 13 of 18 Photos: …": a
gallery's counter and a picture's description, no sentence of the article's text). The table has 60 sentences, all
bias-corpus. Kept: two sentences run together by the sampler's splitter at an ellipsis with no space ("… 54,894 votes
combined… These numbers …"), a quotation left open by the source ('… "should always" be taken "seriously and
respectfully, but …'), a quotation closed by the source alone ('That\'s what, I agree with 90% of the American people,
we should get this done."'), the source's own typos ("Their was no Collusion", "how the felt"), dashes written as two
hyphens ("the fact is--and …--no interaction"). Published dates are the sources' own (nine sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "the tenure of any one Secretary of State" gives the "one" no count: "any one" is "any single", and nothing in the
  sentence sets it against another amount (the module's "one" rule names "only one" and "more than one", not "any
  one"; read as FORTY_FIFTH's "One section" and "one staffer");
- "my winning percentage is well below .500" is 0.5 under, with no unit: a winning percentage written, as in sport, as
  a decimal fraction, and "well below" the qualifier under (as "less than 1 cent" is under 1); no percent, since the
  text writes none and .500 is the fraction itself;
- "the additional $500 per child payments" is 500 USD per child, a sum per head kept in the unit as TWENTY_FIRST's "4
  deaths per million people" keeps "per million people";
- "demanded in court documents the government admit its mistake, grant the group tax-exempt status and pay for damages
  totaling more than $85,000" after "On Tuesday": the sum sits in what was demanded, which the reader takes as a
  clause of its own like what is said (rule 4), so it is undated, while Tuesday dates the verbs "claimed" and
  "demanded" (rule 2);
- "More than 100,000 people had already been killed in Syria before August 21" dates the count by August 21: "before"
  a date is a date on the verb (rule 1), the point by which the tally had gathered, and no span counted from a point
  (rule 5's "five days after" has a number of days); the conventions name "since" and "until" but not "before", so this
  is the reader's own reading.

First run (once, on the rules frozen at commit e9a01ec — ``/tmp/q18/FREEZE``'s line, read at 05:53 UTC — after the
annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this
module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FIFTIETH``): 0.917 with the parse
(55 of 60), 0.883 without (53 of 60). The same run on the rules from before the round (commit aa91a6b, exported the same
way): the same 55 and 53 sentences, the same output — the round's fixes neither won nor lost a sentence here. No
annotation was corrected after the first run. The table is gated at its first run less one sentence; the misses are
listed by category at the gate.
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
FIFTIETH: list[tuple[str, str, str | None, list[Q]]] = [
    # written on a Friday: "On Friday" is that day; the "where" clause is a clause of its own (rule 4), so the residents
    # are undated; "more than" is over
    ("bias", "On Friday, concerns about North Korea prompted a missile evacuation drill on Japan's coast, where more "
     "than 100 residents of a town heard sirens and were told to take cover in an exercise that's seen as "
     "unprecedented.",
     "2017-03-17",
     [D("2017-03-17"), Q(100, "residents", "over")]),
    # a tally shares its clause's date (TABLE's "voted 396-9"; CATEGORIES_SIX's "passed the House 263-114")
    ("bias", "In February 2013, the court voted, 5-4, to dismiss a challenge to the National Security Agency's "
     "wiretapping programs.",
     "2016-04-18",
     [D("2013-02"), Q(5, None, time="2013-02"), Q(4, None, time="2013-02")]),
    # "the estimated 19.4 million" is about (FORTY_FIFTH's "the estimated 5 million"); "roughly" is about; "the past few
    # weeks" holds no number
    ("bias", "The Washington-based polling firm also reports the estimated 19.4 million early voters is equal to "
     "roughly 15 percent of registered voters, and that early voting has increased over the past few weeks.",
     "2012-11-01",
     [Q(19.4e6, "early voters", "about"), Q(15, "percent", "about")]),
    ("bias", "Biden, Buttigieg, and Klobuchar have 54,894 votes combined… These numbers point to a protracted and "
     "competitive primary, which could end in a contested convention.",
     None,
     [Q(54894, "votes")]),
    # a range of months (TABLE's ranges: the first value, "range", the upper bound)
    ("bias", "But for those who do not have direct deposits set up with the IRS, it could take three to four months "
     "for the government to mail checks.",
     "2020-03-26",
     [Q(3, "month", "range", upper=4)]),
    ("bias", "It worked like a charm during the 2016 campaign.",
     "2018-04-24",
     [D("2016")]),
    # written on a Wednesday: "its Tuesday session" is the day before (a day naming the thing before its noun, as
    # FORTY_FIFTH's "Wednesday’s charges"); the tally and "within three minutes" sit in the "which" clause, a clause of
    # its own (rule 4), undated; "within three minutes" is exactly 3 (NINETEENTH's "within 24 hours")
    ("bias", "The Florida House of Representatives opened its Tuesday session with a motion to debate a bill banning "
     "assault rifles, which it rejected by a 36-71 vote within three minutes, according to The Washington Post.",
     "2018-02-21",
     [D("2018-02-20"), Q(36, None), Q(71, None), Q(3, "minute")]),
    # "Four years ago" is a span from a point, undated (TWENTY_FIRST's "Three years ago, Ted Cruz surged"); "a narrow,
    # 49-48 one" is a tally of two bare numbers, undated with it; Super Tuesday is no fixed-day holiday
    ("bias", "Four years ago, Michigan gave Bernie Sanders a surprise win - albeit a narrow, 49-48 one - breathing "
     "new life into a campaign that was struggling after Hillary Clinton dominated Super Tuesday.",
     None,
     [Q(4, "year"), Q(49, None), Q(48, None)]),
    # "any one Secretary of State" is "any single", nothing sets it against other amounts: no count (the reader's
    # decision, see the docstring)
    ("bias", 'The IG report did provide some cover to Clinton, finding that the agency suffers from "longstanding, '
     'systemic weaknesses" with records that "go well beyond the tenure of any one Secretary of State.',
     "2016-05-25",
     []),
    # "One of the top 2020 presidential hopefuls" is one of a group, no count; "2020" names the hopefuls' race (a date
    # naming a thing, as "the 2016 election")
    ("bias", "One of the top 2020 presidential hopefuls, Sen. Tom Cotton, is already onboard.",
     "2016-10-17",
     [D("2020")]),
    # "the No. 2 GOP leader" is a reference number (the tables' "the No. 2 Democrat in the chamber"); "R-S.D." no figure
    ("bias", "“They’re applying a pretty tight filter,” said Sen. John Thune (R-S.D.), the No. 2 GOP leader.",
     "2019-03-12",
     []),
    ("bias", "Fedders' 1987 bestselling book, Shattered Dreams, became a TV movie starring Lindsay Wagner.",
     "2018-02-19",
     [D("1987")]),
    ("bias", 'Related searches to "write-in," according to Google Trends, largely focus on two politicians, Vermont '
     "Sen. Bernie Sanders and Pence, the Indiana Republican.",
     "2016-10-13",
     [Q(2, "politicians")]),
    # a ratio becomes a percent (the module's "one in four", "nine of 10 limes"), with no noun after it; "at least 16"
    # is an age without a unit (FOURTH's "people 65 and older", FORTY_FIFTH's "those age 65 and older")
    ("bias", "The official estimated three of every four were at least 16.",
     "2014-06-07",
     [Q(75, "percent"), Q(16, None, "at least")]),
    # "Tucson 4x4" is glued to letters and names a model; "one of London’s busiest tourist spots" is one of a group; "29
    # of whom" has no noun ("12 of the 19 contain")
    ("bias", "The original incident, in which Masood drove a Hyundai Tucson 4x4 into crowds at one of London’s "
     "busiest tourist spots, left 40 people injured, 29 of whom were taken to hospital.",
     "2017-03-23",
     [Q(40, "people"), Q(29, None)]),
    ("bias", "The suspicions have only been exacerbated since the 2011 uprisings erupted across the Arab world.",
     "2013-12-22",
     [D("2011")]),
    ("bias", "At a point of high Cold War tension, the two leaders made some progress, such as agreeing to open talks "
     "on the administration of war-torn Berlin.",
     "2019-09-09",
     [Q(2, "leaders")]),
    # "up to" kept (TABLE's "up to 1.6 million women")
    ("bias", "In exchange, the Justice Department agreed to withdraw two whistleblower cases against the city that "
     "Republicans say could have won up to $200 million in settlements for taxpayers.",
     "2013-04-15",
     [Q(2, "whistleblower cases"), Q(200e6, "USD", "up to")]),
    ("bias", "From the 1990s on, CEO compensation greatly outpaced the average compensation of workers.",
     "2014-05-01",
     [D("1990s")]),
    # adjectives stay in the counted phrase (TWENTY_NINTH's "Four moderate Democrats"); June 30 in the past, written in
    # July, is this year's
    ("bias", "He also met separately with the three young leaders of Tamarod, or Rebel, which organized the massive "
     "opposition protests that began June 30, the anniversary of Morsi's inauguration.",
     "2013-07-06",
     [Q(3, "young leaders"), D("2013-06-30")]),
    ("bias", "And it’s how he’s campaigning for the 2018 elections.",
     "2018-06-23",
     [D("2018")]),
    # "19 Kids & Counting" is a programme's name, no quantity (FIFTH's "60 Minutes")
    ("bias", 'TLC, which airs the family\'s reality series "19 Kids & Counting," pulled the show from its lineup in '
     "light of the reports, but has yet to announce whether it will remain on the air.",
     "2015-06-03",
     []),
    # "1,400 times" counts times (EIGHTEENTH's "hitting him 22 times")
    ("bias", "“This is literally a way to keep moving through this crisis,” says Rossyle Ayuro, a Filipino hospital "
     "administrator in Doha, Qatar, who recently ran a marathon from her kitchen, down her hallway, out the door, to "
     "the elevator and back – 1,400 times.",
     "2020-04-08",
     [Q(1400, "times")]),
    # "In recent weeks" holds no number; "former" stays in the counted phrase (only "other", "different", "separate" and
    # "new" are dropped; FORTY_FIFTH's "three prior coronavirus bills")
    ("bias", "In recent weeks, her personal life drew unwanted attention when it was reported that she had dated Rob "
     "Porter, the White House staff secretary who resigned under pressure over allegations that he had abused his two "
     "former wives.",
     "2018-02-28",
     [Q(2, "former wives")]),
    ("bias", "Mr. Obama’s supporters translate those two sentences into Mr. Romney’s “job elimination plan” for "
     "firefighters and police officers.",
     "2012-06-12",
     [Q(2, "sentences")]),
    # distances keep their plural (TWENTIETH's "drive 300 miles")
    ("bias", "So Shepperson bought 19 generators and drove them 600 miles to the hurricane disaster zone.",
     "2018-08-28",
     [Q(19, "generators"), Q(600, "miles")]),
    # "the 112th Congress" is an ordinal; a year in "of" after a name names the act (EIGHTH's "the Anti-Drug Abuse Act
    # of 1988", CATEGORIES_SIX's "Act of 2012")
    ("bias", "As a member of the 112th Congress, I voted against the Budget Control Act of 2011.",
     "2013-02-19",
     [D("2011")]),
    ("bias", "Heidi Cruz, senior campaign aides say, has been intimately involved in the process of raising the $14 "
     "million that Ted Cruz brags about on the stump, often while standing alongside the woman who made that haul "
     "possible.",
     "2015-08-21",
     [Q(14e6, "USD")]),
    # a counted noun phrase ends at its first plural noun
    ("bias", "Schumer also took to the Senate floor and torched Senate Republicans who acquitted Trump on two "
     "articles of impeachment for enabling Trump's conduct.",
     None,
     [Q(2, "articles")]),
    # an age before its noun (FIFTH's "33-year-old", measure age)
    ("bias", 'Pence said he agrees that allegations such as those being made against Trump "should always" be taken '
     '"seriously and respectfully, but in the case of Bill Clinton, he actually admitted to being involved with a '
     "23-year-old intern at the White House named Monica Lewinsky when he was president.",
     "2016-10-14",
     [Q(23, "year", measure="age")]),
    ("bias", "“Blue-collar whites did not back Obama in 2008, but this group turned even more fiercely against him "
     "since 2008 because of the economy and because they came to believe that Obama does not share their values or "
     "understand their lives,” Mr. Olsen said.",
     "2012-07-05",
     [D("2008"), D("2008")]),
    # ".500" is a winning percentage written as a decimal, 0.5 with no unit; "well below" is under (the reader's
    # decision, see the docstring); "a Boston" is a term of the card game
    ("bias", "In fact, if I combined my amateur fist-fighting record, my jiu-jitsu sparring, all of my slap-boxing "
     "exhibitions, and the time Zevalon Jackson slapped me for talking smack while running a Boston on her in spades, "
     "my winning percentage is well below .500.",
     None,
     [Q(0.5, None, "under")]),
    # "under the age of 17" is under 17, an age (TWENTY_EIGHTH's "over the age of 65", SEVENTH's "women under age 30");
    # "$500 per child" a sum per child (the reader's decision, see the docstring)
    ("bias", "SSI recipients with dependent children under the age of 17 who qualify for stimulus money should "
     "complete the IRS online form for non-filers soon in order to get the additional $500 per child payments for "
     "these dependents, the SSA says.",
     None,
     [Q(17, None, "under"), Q(500, "USD per child")]),
    # "two of Russia's biggest media outlets" counts without a noun (THIRTIETH's "five of his centrists", FORTY_FIFTH's
    # "Three of them")
    ("bias", "It also banned two of Russia's biggest media outlets - Russia Today (RT) and Sputnik - from buying "
     "advertising amid fears they attempted to interfere with the 2016 US presidential election.",
     None,
     [Q(2, None), D("2016")]),
    # "one year of looking" is a span, so "one" counts ("one day" is a span)
    ("bias", "Their was no Collusion and there was no Obstruction (the word now used because, after one year of "
     "looking endlessly and finding NOTHING, collusion is dead).",
     "2018-02-03",
     [Q(1, "year")]),
    # written on a Tuesday: Saturday is 2013-03-16; it dates the verb "said" and its subject's count (rule 1)
    ("bias", "The two congressmen said during interviews Saturday back in their home state that they’re on the case "
     "since they’re willing to work across the aisle to cut a deal.",
     "2013-03-19",
     [Q(2, "congressmen", time="2013-03-16"), D("2013-03-16")]),
    # written on a Tuesday: "last week" is the ISO week before (2016-W18); whether it hangs on "won" (rule 1) or on
    # "the Indiana primary" in which the share was won, it dates the percent (a date owning the noun a figure belongs
    # to dates it, FIFTH's "At Thursday's CNN debate, Sanders added two more similarities")
    ("bias", "He won 47% of women in the Indiana primary last week, according to exit polls.",
     "2016-05-10",
     [Q(47, "percent", time="2016-W18"), D("2016-W18")]),
    # "For one thing" is an idiom, no count
    ("bias", "For one thing, the effects of climate change are becoming clearer to companies as wildfires, rising sea "
     "levels, droughts and other symptoms of the crisis make headlines and affect business operations.",
     "2020-02-27",
     []),
    # "nearly" is about; "The first" is an ordinal; "10 months away" a span from now, undated (EIGHTEENTH's "just seven
    # weeks away")
    ("bias", "The first primary votes are still nearly 10 months away, giving Mr. Bush’s team plenty of time to "
     "adjust, and Republicans show no sign of unifying behind another candidate.",
     "2015-04-05",
     [Q(10, "month", "about")]),
    # "Oct. 11-13" is one interval (FORTIETH's "Nov. 15-17"); it dates the poll, and the percent in what the poll found
    # is a clause of its own (rule 4), undated (THIRTY_SEVENTH's poll "taken … on Wednesday through Sunday" leaves its
    # margin undated)
    ("bias", "A Morning Consult/Politico poll conducted Oct. 11-13 found that a 41 percent plurality of Americans "
     "opposed withdrawing troops, but unlike the YouGov/CBS News poll, this poll did not give respondents the option "
     "of saying they hadn’t heard enough to know how the felt.",
     "2019-10-18",
     [D("2019-10-11/2019-10-13"), Q(41, "percent")]),
    # "the ‘60s" with a left quote is the 1960s (TWENTY_SECOND)
    ("bias", "Either way, the fact is--and it’s been in neutral since the ‘60s--no interaction.",
     "2015-06-11",
     [D("1960s")]),
    # (Dropped here, bias) a photo gallery's caption ("Hide Caption 19 of 29 Photos: San Bernardino shooting Two women
    # embrace …"), as FORTY_FIFTH dropped "Hide Caption 13 of 18 Photos: …"
    # "the first goal" is an ordinal; "in only two weeks" is a span; "until Sept. 2" in the future clause is the coming
    # one
    ("bias", "Organizers say they have already reached the first goal — and in only two weeks to boot — but they will "
     "continue to gather signatures until Sept. 2.",
     "2019-08-19",
     [Q(2, "week"), D("2019-09-02")]),
    # "the 9/11 attacks" is a name (HELDOUT's "a 9/11 widow")
    ("bias", "The piece was written against the backdrop of the 9/11 attacks—and focuses primarily on competition in "
     "the workplace—but Kramer believes the theory remains relevant in the current climate.",
     None,
     []),
    # written on a Wednesday: "On Tuesday" is the day before and dates both coordinated verbs (rule 2); the damages sit
    # in what was demanded, a clause of its own like what is said (rule 4), so the sum is undated (the reader's
    # decision, see the docstring)
    ("bias", "On Tuesday, Texas-based True the Vote claimed it was unfairly targeted by the IRS and demanded in court "
     "documents the government admit its mistake, grant the group tax-exempt status and pay for damages totaling more "
     "than $85,000.",
     "2013-05-22",
     [D("2013-05-21"), Q(85000, "USD", "over")]),
    # "One reason" is "a certain reason", no count
    ("bias", "One reason for this is that people often claim the credit in error.",
     "2020-01-17",
     []),
    # written on a Monday: "last week" after the noun dates the graduation (rule 3), ISO week 2012-W23; the four
    # daughters sit in a relative clause on the school, which keeps the date out (rule 4)
    ("bias", "Mr. Bryson was apparently in Southern California to speak at the high school graduation last week of "
     "the Polytechnic School, a private prep school in Pasadena that his four daughters attended.",
     "2012-06-11",
     [D("2012-W23"), Q(4, "daughters")]),
    # (Dropped here, bias) a photo gallery's caption ("Hide Caption 35 of 45 Photos: The Ebola epidemic Workers prepare
    # … on August 17, 2014."), as FORTY_FIFTH dropped "Hide Caption 13 of 18 Photos: …"
    ("bias", "When then-congresswoman Gabby Giffords was shot by Jared Lee Loughner in 2011, the media went into "
     "paroxysms of finger-pointing sanctimony, insisting that a map Sarah Palin had posted on Facebook was to blame "
     "because it had crosshairs drawn over certain targeted districts.",
     "2017-06-15",
     [D("2011")]),
    # "before August 21" is a date on the verb, not a span counted from a point: it dates the count that had gathered by
    # then (rule 1; the reader's decision, see the docstring); August 21 in the past, written in September, is this
    # year's
    ("bias", "More than 100,000 people had already been killed in Syria before August 21, according to the United "
     "Nations.",
     "2013-09-16",
     [Q(100000, "people", "over", time="2013-08-21"), D("2013-08-21")]),
    ("bias", "The case has been brought by the father of a child killed in the Sandy Hook mass school shooting in "
     "2012.",
     None,
     [D("2012")]),
    # "the 2016 election" names the election and frames nothing (rule 5)
    ("bias", "Of that, $61 million went to groups that promoted Clinton’s agenda during the 2016 election.",
     "2017-07-06",
     [Q(61e6, "USD"), D("2016")]),
    # written on a Monday: Aug. 15 in the past is this year's; "last week" is 2017-W38
    ("bias", "The strategy helped Strange slide into the runoff ahead of Rep. Mo Brooks on Aug. 15 and helped him "
     "secure an appearance by Trump at a rally in Huntsville last week.",
     "2017-09-25",
     [D("2017-08-15"), D("2017-W38")]),
    # "his first 24 hours": "first" is no count, the hours a span
    ("bias", "Bill described his first 24 hours at Normandy.",
     None,
     [Q(24, "hour")]),
    # "billions of dollars" is no figure (as "trillions of dollars")
    ("bias", "Since rising to power in 2015, Crown Prince Mohammed bin Salman has courted Western allies to support "
     "his reform plans, offering billions of dollars of arms sales and promising to fight radicalism in the kingdom.",
     "2018-08-09",
     [D("2015")]),
    ("bias", 'That\'s what, I agree with 90% of the American people, we should get this done."',
     "2013-06-12",
     [Q(90, "percent")]),
    # "roughly three-hour" is about 3 hours, undated (a date naming the interview before its noun frames nothing, rule
    # 5); July 2 in the past, written in September, is this year's
    ("bias", "Clinton’s responses were revealed in FBI documents about the roughly three-hour, July 2 interview that "
     "concluded the agency’s investigation without recommending criminal charges, despite finding that Clinton was "
     "“extremely careless” in using the private server system for emails with classified government information.",
     "2016-09-03",
     [Q(3, "hour", "about"), D("2016-07-02")]),
    ("bias", "Even before the 2016 election, Democrats, collaborating with a like-minded media, were using the "
     "instruments of power they possess, to first prevent and then to overturn the election results of 2016.",
     "2020-01-28",
     [D("2016"), D("2016")]),
    # "COVID-19" is glued to letters
    ("bias", "The company also recently joined the Alliance for Biosecurity, which may help it “secure government "
     "funding to support its rapid development, production, and distribution” of its COVID-19 vaccine, according to "
     "Maxim Group analysts.",
     "2020-03-06",
     []),
    # "one of the places" is one of a group, no count
    ("bias", "In fact, it's one of the places where you can see it happening before your own eyes in real time.",
     "2014-05-20",
     []),
    # "this year's event" is a date naming the event (THIRTY_NINTH's "this year's Republican contest"); "100 more
    # Hispanic and Latino delegates" counts delegates with their adjectives ("two more similarities" counts
    # similarities; FOURTH's "five black and Latino teenagers"); "than in 2008" is the comparison's baseline (rule 5)
    ("bias", "DNC Secretary Alice Germond said this year's event includes 100 more Hispanic and Latino delegates than "
     "in 2008.",
     "2012-09-03",
     [D("2012"), Q(100, "Hispanic and Latino delegates"), D("2008")]),
    # "One thing is certain" is no count; "a moment's notice" holds no number
    ("bias", "One thing is certain: Carrying around a loaded weapon and being prepared at a moment's notice to use "
     "deadly force changes how people perceive their environment.",
     "2016-04-12",
     []),
]


def test_session_eleven_e_table_is_real() -> None:
    sources = _sources_text(bias_residues=(200, 540))
    for source, sentence, _, _ in FIFTIETH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FIFTIETH) == 60
    assert len({sentence for _, sentence, _, _ in FIFTIETH}) == len(FIFTIETH)


#: First-run misses with the parse (5 of 60), by category: on the time field 1 — "this year's event includes 100 more …
#: delegates than in 2008" with the 100 dated by "this year" (a difference between two years, undated); on a date's
#: shape 1 — "conducted Oct. 11-13" read as Oct. 11 and a count "13 found" rather than one span of days; on what a
#: number counts, its value or unit 3 — "three of every four" read as two numbers rather than 75 percent, the title "19
#: Kids & Counting" counted, "$500 per child payments" without its rate (USD per child). Without the parse 7: the same
#: and two more ("On Friday, … more than 10 …", "On Tuesday, … claimed … and demanded … more than $85,000").
FIFTIETH_ACCURACY_FIRST_RUN = 0.917  # 55 of 60 with the parse (as the claims stage runs it)
FIFTIETH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.883  # 53 of 60
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FIFTIETH_ACCURACY = 0.90  # 54 / 60 = 0.9000
MIN_FIFTIETH_ACCURACY_WITHOUT_PARSE = 0.86  # 52 / 60 = 0.8667

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_E_GATES = [
    ("fiftieth", FIFTIETH, MIN_FIFTIETH_ACCURACY, MIN_FIFTIETH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_E_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_E_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_E_GATES],
)
def test_session_eleven_e_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
