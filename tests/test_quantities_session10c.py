"""Quantities, session 10 (third of three): draw FORTY_SECOND, annotated by hand before the rules ran on it.

FORTY_SECOND was drawn while another session-10 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session10c``
leaves it out (neither scored nor parsed), so that whoever changes the rules never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-second`` (bias-corpus articles 75 modulo 700, PolNeAR *train*
texts 34 and 43 modulo 70, AllSides story bodies in the order of ``random.Random(2067)``; BASIL is used up; every text
of the tables up to THIRTY_NINTH skipped, and the picks of FORTIETH and FORTY_FIRST, drawn with it, too). The draw asks
for 28 bias, 14 PolNeAR and 20 AllSides sentences but gives 46: AllSides ran out after 4 (every other story's drawn side
holds a sentence of an earlier table or of the batch's two other draws, or no sentence with a number). Two are dropped
as scraping leftovers, both bias-corpus: a photo caption ("President Donald Trump answers questions on the South Lawn of
the White House in Washington, D.C., July 15, 2019.", followed in the source by its credit "(Leah Millis/Reuters)", as
TENTH dropped "New York City mayor Bill de Blasio speaks at …, March 14, 2020.") and the text of an embedded tweet
("FWIW there were similar arguments made about Muslim Americans after of 9-11 — …", followed in the source by "— Deepa
Shivaram (@deepa_shivaram) April 1, 2020", as FIFTH dropped two embedded tweets and THIRTY_NINTH one). No more were
drawn in their place: 44 sentences (26 bias, 14 PolNeAR, 4 AllSides). Kept: a UPI dateline ("PHILADELPHIA, July 25 (UPI)
— …", a date like any other, as SIXTEENTH's "CLEVELAND, July 19 (UPI)"), an Axios label ("Why it matters: …", as
FIFTEENTH kept one and THIRTY_NINTH "The big picture: …"), an AllSides body cut short ("… from pragmatist Hassan...")
and a quotation left open by the source ("… great work in her office."). Non-breaking spaces are written as spaces, as
the cleaning stage leaves them. Published dates are the sources' own.

Expectations follow the conventions of the quantities module docstring (its time rule above all) and the earlier tables;
each row where the reader decided something has a comment above it naming the precedent followed. Where the conventions
say nothing, the reader's answer was written: "from 2008 until 2010" is one interval, as "from … to" and "between … and"
are; "Some 17 percent of Democrats and 73 percent of GOP and unaffiliated voters" gives "about" to the 17 only, as
TABLE's "more than $38million and $23 million" gives "over" to the first sum only; "is expected to reach 10,000 before
six months from now" was written as a forecast of a level, exact and no target (corrected after the first run: see
below), and "six months from now" is a span from the time of writing, undated; "Economists had expected claims to fall
to 400,000 from last week’s lower-than-expected 406,000" gives the forecast level exact and undated (the week is the
baseline's, and a baseline's date frames nothing) and dates the 406,000 by its possessive week ("2021-W21", as
THIRTY_FOURTH's "March's booming 916,000" is dated by its month); "in roughly a month" is about 1 month, as TWELFTH's "a
little more than a month" is over 1; "it is one issue where she has … campaigned" is "an issue", no count, though the
sentence counts "the two Democratic candidates" (THIRTY_NINTH's "Vetting is one thing" beside "20 and 50 years";
THIRTY_SEVENTH's "fired one agent"); "the nine different times Sanders has laid out a … plan" counts occasions as
"times" with "different" dropped, as "separate" is; "a three-judge panel" counts judges (FINAL's "the seven-member
panel"); "Fortune 500 companies" holds a name, no count; "the Feb. 26 special election", written in January, is the
coming Feb. 26 (a day naming an event is the nearest such day).

First run (once, on the rules frozen at commit d831e50 — ``/tmp/q15/FREEZE``'s last line — after the annotations were
committed at a8fd2ee; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and the committed
module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTY_SECOND``): 0.909 with the
parse (40 of 44), 0.932 without (41 of 44). The same committed table on the rules before session 10 changed them (commit
c206bf4, exported and scored the same way) also scores 0.909 / 0.932, with the same misses: the session's rule changes
neither won nor lost a sentence of this draw.

One annotation was corrected after the first run, because it broke an earlier table's explicit precedent: "The death
toll … is expected to reach 10,000 before six months from now, and some estimates believe it will reach 500,000 before
it’s over" was written with both levels exact, the reader citing THIRTY_FIRST's "climb by $154 to $2,754 per month" (a
change "by … to" a level); but TWENTY_SECOND annotates "being on track to hit 160 million people fully vaccinated in the
coming days" as a target with no "by" date, and TABLE "committing to reach 5% of GDP" likewise: a level a clause says
will be reached ("reach", "hit") is a target whether promised or forecast. Both levels are now targets, undated. With it
the table scores 0.932 with the parse (41 of 44) and 0.955 without (42 of 44) on the same frozen rules; the first run
reported and gated stays the uncorrected one. No other miss contradicts an explicit precedent (each was checked against
the earlier tables).
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
FORTY_SECOND: list[tuple[str, str, str | None, list[Q]]] = [
    # "the 68-year-old leader" is an age, undated (TWENTY_NINTH's "The 74-year-old")
    ("bias", "But the 68-year-old leader claimed Ayodhya is a village to the west of the Nepali border town of "
     "Birgunj.",
     None,
     [Q(68, "year")]),
    ("bias", "And yes, there absolutely must always be some guardrails around our 50 republics, ensuring they do "
     "not descend into barbarism; in particular, we must ensure a republican form of government, as the "
     "Constitution requires but as the Supreme Court historically refused to enforce.",
     "2017-08-21",
     [Q(50, "republics")]),
    # "the two-hour closed session" is 2 hours (FIFTEENTH's "a two-hour briefing"); no date in the sentence
    ("bias", "Diplomats told the Associated Press that during the two-hour closed session, Russia and China, which "
     "support the Syrian government, blocked a stronger press statement supported by Britain, France, the U.S. and "
     "others.",
     "2013-08-21",
     [Q(2, "hour")]),
    # "one of its ambassadors" with no other amount is no count (THIRTY_FIRST's "One of its very last articles")
    ("bias", "There is some history here, as Kirk's group Turning Point USA once fired one of its ambassadors for "
     "appearing in a picture with Fuentes.",
     "2019-11-17",
     []),
    # "a three-judge panel" counts judges, as FINAL's "the seven-member panel" counts members
    ("bias", "The Tillis-Coons proposal would allow special counsels to contest their firings before a three-judge "
     "panel, which can order reinstatement.",
     "2018-04-10",
     [Q(3, "judge")]),
    # "At one point" is no count (ELEVENTH's "at one point")
    ("bias", 'At one point, after Clinton had made a "once I\'m in the White House" reference, Sanders shot back: '
     '"Well, Secretary Clinton, you\'re not in the White House yet."',
     "2016-02-12",
     []),
    ("bias", "The League of Conservation Voters, which ranks lawmakers on their environmental record, gave Zinke "
     "an extremely low lifetime score of 3 percent.",
     "2016-12-14",
     [Q(3, "percent")]),
    # "from 2008 until 2010" is one interval, as "from 2017 to 2021" (THIRTY_FIRST); "both officers" is no number
    ("bias", "He also served as Mr. Petraeus’s deputy when both officers led the military’s Central Command, based "
     "in Tampa, from 2008 until 2010.",
     "2012-11-14",
     [D("2008/2010")]),
    # "nearly" is about
    ("bias", '"Voatz has worked for nearly five years to develop a resilient ballot marking system, a system built '
     'to respond to unanticipated threats and to distribute updates worldwide with short notice," the company said.',
     None,
     [Q(5, "year", "about")]),
    # "3 million more Americans" counts "Americans" (THIRTY_EIGHTH's "1 million more votes", FIFTH's "two more
    # similarities")
    ("bias", "A recognition that even though approximately 3 million more Americans voted for his opponent, he "
     "deserves not only our submission, but our humble submission.",
     "2017-01-22",
     [Q(3e6, "Americans", "about")]),
    ("bias", "Republican lawmakers are hoping to fill the void with a patchwork of proposals that freeze health "
     "coverage and financial assistance in place for Americans affected by the ruling, but only for a limited time "
     "as the GOP forges a replacement to Obamacare ahead of the 2016 presidential election.",
     "2015-03-09",
     [D("2016")]),
    # "a tweet Thursday morning" written on a Thursday is that day; "one of the dumbest" is no count
    ("bias", 'President Donald Trump responded to Amash in a tweet Thursday morning, calling him "one of the '
     'dumbest & most disloyal men in Congress" and "a total loser."',
     "2019-07-04",
     [D("2019-07-04")]),
    # what the Times reported is a clause of its own, so its Wednesday does not date the two states (rule 4, as
    # THIRTY_SECOND's "…, Dr. Anthony Fauci said Thursday")
    ("bias", "Obama plans to campaign for candidates in California and Ohio, two major states where the party is "
     "hoping for crucial gains against Republican incumbents, the New York Times reported Wednesday.",
     "2018-09-05",
     [Q(2, "major states"), D("2018-09-05")]),
    # the opening "Sunday morning" dates the saying, not what is said (rule 4); "more than" is over
    ("bias", "In a letter to colleagues Sunday morning, Chaffetz said there are “already more than 50 Republicans "
     "who have indicated they cannot or will not vote for a current member of our leadership team to be the speaker.”",
     "2015-10-05",
     [D("2015-10-04"), Q(50, "Republicans", "over")]),
    # a day naming an event after "the" is the nearest such day, the coming one here
    ("bias", "At first glance, Debbie Halvorson should have no business winning the Feb. 26 special election.",
     "2013-01-27",
     [D("2013-02-26")]),
    ("bias", "Sen. Bernie Sanders (I-VT) may be leading the pack of progressive potential options for the 2020 "
     "Democratic nomination, but he’s not sitting back and allowing others to get a leg up by suppoting vast new "
     "government expansions, like the Green New Deal.",
     None,
     [D("2020")]),
    # "one-third of Americans" is a share of 33.33 percent (NINTH's "About a third of insurance companies")
    ("bias", "“I don’t think you could find one-third of Americans who understand what this does,” he said.",
     "2015-06-02",
     [Q(33.33, "percent")]),
    # "by 58 to 40 percent" and "the 58 to 42 percent margin" are pairs of percents, not ranges (THIRTY_SECOND's "beat
    # Trump 46 to 40 percent")
    ("bias", "In Michigan, for example, Hillary Clinton won the Democratic vote by 58 to 40 percent – similar to "
     "the 58 to 42 percent margin in New York.",
     "2016-04-21",
     [Q(58, "percent"), Q(40, "percent"), Q(58, "percent"), Q(42, "percent")]),
    # "Some" is about and qualifies only the first of the two conjoined percents, as TABLE's "more than $38million and
    # $23 million"
    ("bias", "Some 17 percent of Democrats and 73 percent of GOP and unaffiliated voters said that Clinton's "
     "health was a legitimate concern for them.",
     "2016-09-12",
     [Q(17, "percent", "about"), Q(73, "percent")]),
    # "expected to reach 10,000 before six months from now" and "will reach 500,000 before it’s over" are levels
    # to be reached, targets with no "by" date (TWENTY_SECOND's "on track to hit 160 million people … in the coming
    # days"; corrected after the first run, which read them so: the reader had written them exact, see the
    # docstring); "six months from now" is a span from the time of writing, undated
    ("bias", "The death toll in the Ebola outbreak is expected to reach 10,000 before six months from now, and "
     "some estimates believe it will reach 500,000 before it’s over.",
     "2014-09-16",
     [Q(10000, None, "target"), Q(6, "month"), Q(500000, None, "target")]),
    # "millions of diagnostic tests" is no figure (THIRTY_FIRST's "millions of people"); "over the next two weeks" is
    # a span from now, undated
    ("bias", "Second, the country should make millions of diagnostic tests available to be used over the next two "
     "weeks to trace the scope of the outbreak.",
     "2020-04-03",
     [Q(2, "week")]),
    # "1999-2001" is one interval (BLIND's "2009-10")
    ("bias", "Annmarie McAvoy, an attorney and former federal prosecutor who worked directly under Lynch during "
     "her first tenure as U.S. Attorney from 1999-2001, said, “She’s got a good reputation …she’s done some great "
     "work in her office.",
     "2014-11-08",
     [D("1999/2001")]),
    # "Fortune 500" is a name; "One of only a handful" is no count
    ("bias", "One of only a handful of black leaders of Fortune 500 companies, Mr Frazier said he would no longer "
     'participate, calling it a matter of "personal conscience".',
     None,
     []),
    ("bias", "But a private lab in Maryland, on May 22, informed the CDC that they thought the samples contained "
     "live anthrax.",
     "2015-05-27",
     [D("2015-05-22")]),
    ("bias", "The group got another $495,000 from venture capitalist Mark Gary Lauder.",
     "2020-02-14",
     [Q(495000, "USD")]),
    ("bias", "One of them, actress Alyssa Milano, famously tweeted in 2017, “If you’ve been sexually harassed or "
     "assaulted, write ‘me too’ as a reply to this tweet” — and caused the movement to go viral.",
     "2020-04-29",
     [D("2017")]),
    ("polnear", "“Carolina’s going to win that one,” Gov. Kasich replied.",
     "2016-02-06",
     []),
    # the dateline is a date (SIXTEENTH's "CLEVELAND, July 19 (UPI)"), and "the party's convention Monday" is that
    # Monday, the day of writing
    ("polnear", "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement at the "
     "outset of the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders after "
     "leaked emails showed DNC staff favoring Hillary Clinton.",
     "2016-07-25",
     [D("2016-07-25"), D("2016-07-25")]),
    # "More than half the people" is over 50 percent (TWENTY_FIRST's "half the nonprofit co-op plans")
    ("polnear", "Pence’s press release linked to the Associated Press report, which notes, “More than half the "
     "people outside the government who met with Hillary Clinton while she was secretary of state gave money – "
     "either personally or through companies or groups – to the Clinton Foundation.",
     "2016-08-23",
     [Q(50, "percent", "over")]),
    # "one issue where …" is "an issue", no count, though the sentence holds another figure (THIRTY_NINTH's "Vetting
    # is one thing" beside "20 and 50 years")
    ("polnear", "It was fitting that Clinton chose to make her peroration about gun safety, since it is one issue "
     "where she has justly campaigned as the more progressive of the two Democratic candidates.",
     "2016-04-20",
     [Q(2, "Democratic candidates")]),
    ("polnear", "Further, the scale of the assault, its direct link to the Islamic State and the fact that one of "
     "the attackers appeared to have been a Syrian refugee who came to Europe through Greece is also pushing the "
     "Republican candidates to speak more loudly about keeping Middle Eastern migrants out of the United States.",
     "2015-11-17",
     []),
    # "almost" is about
    ("polnear", "Youth joblessness among the European-born children of immigrants is almost 50 percent higher than "
     "for those with native-born parents.",
     "2015-12-10",
     [Q(50, "percent", "about")]),
    # "which began on Monday" is the Monday before the Tuesday of writing; "the 1999 original" names the film
    ("polnear", "At the network upfront presentations, which began on Monday, executives are expected to unveil "
     "new adaptations of favored franchises that extend beyond TV shows, including films like ''The Exorcist,'' "
     "''Training Day,'' ''Taken'' and, potentially, ''Cruel Intentions,'' with Sarah Michelle Gellar reprising her "
     "role in the 1999 original.",
     "2016-05-17",
     [D("2016-05-16"), D("1999")]),
    ("polnear", "The shift started becoming publicly apparent in 2014, when Germany's president and foreign and "
     "defense ministers all urged an increased global security role for the country at the annual Munich Security "
     "Conference.",
     "2016-06-07",
     [D("2014")]),
    # "different" drops from the counted noun, as "other" and "separate"; occasions count as "times" (TWENTY_NINTH's
    # "met three times")
    ("polnear", "Absent Sanders' campaign health care plan, which he has not introduced, Clinton pointed to the "
     "nine different times Sanders has laid out a health care plan before Congress.",
     "2016-01-14",
     [Q(9, "times")]),
    ("polnear", "That’s according to members of The POLITICO Caucus — a collection of strategists, activists and "
     "operatives in the four early nominating states: Iowa, New Hampshire, South Carolina and Nevada.",
     "2016-02-04",
     [Q(4, "early nominating states")]),
    ("polnear", '"In fact, there was an old saying down there, when people would bid his projects, you would bid '
     "him 20 percent higher, because you knew that he would screw you out of the money.",
     "2016-07-06",
     [Q(20, "percent")]),
    ("polnear", "He wasn’t in Charlotte, North Carolina, in 2012 either when President Barack Obama ran for "
     "reelection.",
     "2016-07-24",
     [D("2012")]),
    ("polnear", "But no one, including Clinton, seems to have followed up on this matter.",
     "2016-03-01",
     []),
    # "only one" counts (TENTH's "only one interest")
    ("polnear", "Taylor had only one appeal for the Whigs: He was popular and could win.",
     "2016-08-19",
     [Q(1, "appeal")]),
    # "in roughly a month" is about 1 month (TWELFTH's "a little more than a month"), undated; the counted phrase ends
    # at its first plural
    ("allsides", "Why it matters: The new guidance comes in the wake of at least two significant ransomware "
     "attacks against major U.S. businesses in roughly a month and as the Biden administration attempts to devise "
     "ways to thwart future attacks.",
     "2021-06-04",
     [Q(2, "significant ransomware attacks", "at least"), Q(1, "month", "about")]),
    # "an estimated" is about (TWENTY_FOURTH's "an estimated $100,000")
    ("allsides", "The Biden administration has scrambled to devise a way to keep paying heightened unemployment "
     "benefits to an estimated 3.6 million Americans who stand to lose them soon in Republican-led states, but "
     "Labor Department officials have come to believe that the law does not allow them to do so.",
     "2021-05-20",
     [Q(3.6e6, "Americans", "about")]),
    # an age after a name, no unit (THIRTY_SECOND's "Epstein, 66,")
    ("allsides", "Raisi, 60, a strident critic of the West, will take over from pragmatist Hassan...",
     "2021-06-21",
     [Q(60, None)]),
    # "last week's … 406,000" is dated by its possessive week, as THIRTY_FOURTH's "March's booming 916,000"; the
    # forecast level "to fall to 400,000" is no target (as above) and the baseline's week does not date it
    ("allsides", "Economists had expected claims to fall to 400,000 from last week’s lower-than-expected 406,000.",
     "2021-06-03",
     [Q(400000, None), D("2021-W21"), Q(406000, None, time="2021-W21")]),
]


def test_session_ten_c_table_is_real() -> None:
    sources = _sources_text(bias_residues=(75,)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_SECOND:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    # 44, not 60: AllSides gave only 4 of its 20 sentences and two leftovers were dropped (see the docstring)
    assert len(FORTY_SECOND) >= 44
    assert len({sentence for _, sentence, _, _ in FORTY_SECOND}) == len(FORTY_SECOND)


#: First run of FORTY_SECOND (once, on the rules frozen at commit d831e50, after FORTY_SECOND was committed at a8fd2ee):
#: the honest figure, untuned, on the table as committed then. Its 4 misses with the parse: on the time field 1 — "last
#: week’s lower-than-expected 406,000" left undated (dated by its possessive week, as THIRTY_FOURTH's "March's booming
#: 916,000"); on a date's year, day or shape 1 — "from 2008 until 2010" read as two years, not one interval; on what a
#: number counts or names 1 — "black leaders of Fortune 500 companies" read as 500 companies (a number after a name);
#: on a qualifier or target 1 — "is expected to reach 10,000 before six months from now, and … will reach 500,000" read
#: as two targets where the reader had written them exact (the annotation was corrected afterwards to TWENTY_SECOND's
#: precedent, see the docstring: on the corrected table it is no miss); none on value or unit. Without the parse 3: the
#: same but the 406,000 right (the word rules date it by its week). The rules before session 10 (commit c206bf4) miss
#: the same 4 and 3 sentences.
FORTY_SECOND_ACCURACY_FIRST_RUN = 0.909  # 40 of 44 with the parse (as the claims stage runs it)
FORTY_SECOND_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.932  # 41 of 44
#: The table is gated at its first run less one sentence of slack, as session 8's and 9's are: it is no longer blind,
#: so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails. (The
#: corrected table scores 0.932 / 0.955 on the frozen rules, above these.)
MIN_FORTY_SECOND_ACCURACY = 0.88  # 39 / 44 = 0.8864
MIN_FORTY_SECOND_ACCURACY_WITHOUT_PARSE = 0.90  # 40 / 44 = 0.9091

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_TEN_C_GATES = [
    ("forty-second", FORTY_SECOND, MIN_FORTY_SECOND_ACCURACY, MIN_FORTY_SECOND_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_TEN_C_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_TEN_C_GATES,
    ids=[g[0] for g in SESSION_TEN_C_GATES],
)
def test_session_ten_c_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
