"""Quantities, session 10 (second of three blind draws): FORTY_FIRST, annotated by hand before the rules ran on it.

FORTY_FIRST was drawn while another session-10 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py --exclude-session10b``
leaves it out (neither scored nor parsed), so that whoever changes the rules while it is blind never sees how the rules
do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-first`` (bias-corpus articles 470 modulo 700, PolNeAR *train*
texts 32 and 69 modulo 70, AllSides story bodies in the order of ``random.Random(2066)``; BASIL is used up; every text
of the tables up to THIRTY_NINTH skipped, and FORTIETH's picks too, drawn in the same batch). The AllSides loop ran out
of unused story bodies after 12 picks (of the 20 asked), so the draw holds 54 sentences (28 bias, 14 PolNeAR, 12
AllSides). Three are dropped as scraping leftovers, and no more were drawn in their place: a photo gallery's caption
("Hide Caption 11 of 21 Photos: Who's who in Christie bridge scandal …", as THIRTY_SECOND dropped a HuffPost gallery
title), a photo caption ("Senator Susan Collins speaks to reporters after announcing her support for the confirmation of
Brett Kavanaugh to the Supreme Court, October 5, 2018.": a present-tense description of a picture closed by its date, no
sentence of the article's text) and an all-capital note run into a sentence ("ORIGINALLY PUBLISHED JANUARY 2021: In the
months leading up to …", as THIRTIETH dropped the same kind of note). The table has 51 sentences (26 bias, 14 PolNeAR,
11 AllSides). Kept: an opening quote mark without its close ('"One reason may be …'), an AllSides body cut short ("even
though..."), a Bible reference ("2 Timothy 3:1-5") inside a sentence. Non-breaking spaces are written as spaces, as the
cleaning stage leaves them (one of them doubles a space, before "this month"). Published dates are the sources'
own.

Expectations follow the conventions of the quantities module docstring (its time rule above all) and the earlier tables;
each row where the reader decided something has a comment above it naming the precedent followed. Where the conventions
say nothing, the reader's answer was written: "this week" in a future clause written on a Sunday ("House Democrats plan
to start passing individual spending bills this week", 2019-01-06) is the coming ISO week, 2019-W02 (a past "this week"
written on a Sunday is that day's week, FIFTEENTH; the tense decides, as for "this weekend" in session 8); "2 Timothy
3:1-5" names a passage (a book's number and name, chapter and verses), no quantity, as reference numbers after a name
do; "at least 10 percent of every country's population vaccinated … by the end of this month" keeps "at least" and takes
the target's month, as TENTH's "at least one vaccine shot … by the Fourth of July" does (the qualifier field holds one
word, and that table gave it to "at least"); "this Memorial Day weekend" is no date, as the module's holidays are those
on a fixed day only (NINETEENTH's "the holiday weekend" is none); "early last summer" is last summer, no part of the
season being written (as "in early March" is March); "one night of pomp and politics" in a generic question counts 1
night (one before a span of time counts), undated; "Saturday's 2018 White House Correspondents' Association dinner",
written on a Sunday, is the day before, and its "2018" names the dinner.

First run (once, on the rules frozen at commit d831e50 — ``/tmp/q15/FREEZE``'s last line, written before 03:23 UTC —
after the annotations were committed at 6c2d695; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git
archive`` and this module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py
FORTY_FIRST``): 0.863 with the parse (44 of 51), 0.843 without (43 of 51). The same run on the rules before the
session's change (commit c206bf4, exported the same way): 0.843 (43 of 51) with the parse and 0.843 without. No
annotation was corrected after the first run: every miss was checked against the earlier tables, and none contradicts
an explicit precedent. The table is gated at its first run less one sentence; the misses are listed by category at the
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
FORTY_FIRST: list[tuple[str, str, str | None, list[Q]]] = [
    # "the two powers" counts, as "the two men"
    ("bias", "But if they are looking for some common ground to anchor the Tillerson-Lavrov talks, they might seize "
     "upon what appears to be a mutual interest the two powers profess to have in heading off even deeper instability "
     "in Syria.",
     "2017-04-11",
     [Q(2, "powers")]),
    # "At least until 1980": the year, no qualifier on a date (EIGHTH's "until December 2022")
    ("bias", "At least until 1980, the Middle East—I prefer the term the Greater Middle East—tended to be viewed as "
     "peripheral in the hierarchy.",
     "2015-07-03",
     [D("1980")]),
    ("bias", "A ruling by the Ninth Circuit extended this 20-day limit to children who come as part of family units.",
     "2018-06-19",
     [Q(20, "day")]),
    ("bias", "Tests showed that she had fractured three ribs on her left side and she has been admitted for "
     "observation and treatment.",
     None,
     [Q(3, "ribs")]),
    # "one of the San Bernardino terrorists" is one of a group, no count (THIRTY_FIRST's "One of its very last
    # articles")
    ("bias", "Recall that when Apple resisted the call to help weaken its security to help the FBI break into the "
     "phone of one of the San Bernardino terrorists, Trump's knee-jerk response was to call for a boycott the "
     "company.",
     "2016-12-12",
     []),
    # "this week" in a future clause ("plan to start passing") written on a Sunday (2019-01-06, the last day of ISO week
    # 2019-W01) is the coming week, 2019-W02: the conventions say nothing of a Sunday's future "this week"; FIFTEENTH's
    # past "this week announced", written on a Sunday, is that ISO week, and the tense decides as for "this weekend"
    # (session 8). "starting with one that funds the IRS": "one" stands for a bill, no count
    ("bias", "House Democrats plan to start passing individual spending bills this week, starting with one that funds "
     "the IRS, to try to pressure congressional Republicans and the White House amid the ongoing partial government "
     "shutdown.",
     "2019-01-06",
     [D("2019-W02")]),
    # (Dropped here, bias) a photo gallery's caption ("Hide Caption 11 of 21 Photos: Who's who in Christie bridge
    # scandal …"), as THIRTY_SECOND dropped a HuffPost gallery title
    # "reported on in November", written in June, is the November past; the relative clause keeps its date in (rule 4),
    # so the wage is undated
    ("bias", "As his family’s main breadwinner, Mr. Bogan was earning $28.66 per hour, a solidly middle-class wage in "
     "the Neenah area, which The New York Times reported on in November.",
     "2018-06-01",
     [Q(28.66, "USD per hour"), D("2017-11")]),
    # "seven points more Democrats": points, as THIRTY_SECOND's "by 9 points"; the opening year dates the clause
    ("bias", "In 2008, there were seven points more Democrats than Republicans in the electorate, according to exit "
     "polls.",
     "2012-10-03",
     [D("2008"), Q(7, "points", time="2008")]),
    # "Saturday's … dinner", written on a Sunday, is the day before (a day's possessive naming an event, as FIFTH's "At
    # Thursday's CNN debate"); "2018" names the dinner; "one of Washington's most recurring conversations" no count;
    # "one night of pomp" is a span (one before a span of time counts, session 3), undated in its generic question
    ("bias", "Comedian Michelle Wolf's biting routine at Saturday's 2018 White House Correspondents' Association "
     "dinner has triggered one of Washington's most recurring conversations: Is one night of pomp and politics worth "
     "the headaches that usually follow?",
     "2018-04-29",
     [D("2018-04-28"), D("2018"), Q(1, "night")]),
    # "17 of them" has no noun ("12 of the 19 contain"); "since 1923" is the year (TWENTY_EIGHTH's "since 1968")
    ("bias", "There are 234 Republicans in the new Congress, but if Boehner loses 17 of them, it's enough to kick the "
     "vote to a second ballot -- something that hasn't happened since 1923.",
     "2013-01-03",
     [Q(234, "Republicans"), Q(17, None), D("1923")]),
    # no publication date: the weekday stays relative (TABLE's "released Saturday"); "after fewer than 10 days in the
    # post" is an "after" phrase, kept out of the clause's date (session 9, round three), and a span counted from a
    # point
    ("bias", "White House communications director Anthony Scaramucci was fired on Monday after fewer than 10 days in "
     "the post.",
     None,
     [D("Monday", "relative"), Q(10, "day", "under")]),
    ("bias", "It's unclear how many people are blamed for the 54 infractions.",
     "2015-01-14",
     [Q(54, "infractions")]),
    ("bias", "Meanwhile, the U.N. High Commissioner for Refugees said Turkey needs help urgently to deal with a "
     "sudden influx of more than 130,000 Syrian Kurds who have fled the fighting.",
     "2014-09-24",
     [Q(130000, "Syrian Kurds", "over")]),
    ("bias", "In this case, it means keeping a focus on the 33,000 emails that Clinton deleted from her private "
     "server as pundits and politicians debate whether he crossed a line—siphoning covering from the convention "
     "speeches by President Obama, Vice President Biden, Bill Clinton and others.",
     "2016-07-28",
     [Q(33000, "emails")]),
    # "One reason" is "a certain reason", no count
    ("bias", '"One reason may be that Americans take impeachment very seriously.',
     "2014-07-25",
     []),
    # "six years ago" is a span from a point, undated, no date (SIXTH's "six years ago")
    ("bias", "Mr. Phillips, a baker who is Christian, found himself in the public eye six years ago when he refused "
     "to bake a cake for a gay wedding.",
     "2018-08-17",
     [Q(6, "year")]),
    # "between February 24 and June 14" is one interval (ELEVENTH's "between April 15 and May 15")
    ("bias", "Sweden’s public health agency found that between February 24 and June 14, there was no measurable "
     "direct impact on the number of coronavirus cases among school-aged children in Finland, which closed schools, "
     "and Sweden, which kept schools open.",
     "2020-07-16",
     [D("2020-02-24/2020-06-14")]),
    # "Section Z" holds no number; "starting in 1947" is the year (TWENTY_THIRD's "starting in 2023"); "a 2012 article"
    # names the article
    ("bias", "Historical records show that the POWs were buried in Section Z starting in 1947, according to a 2012 "
     "article about the cemetery in a local San Antonio publication.",
     "2020-05-12",
     [D("1947"), D("2012")]),
    # "five days before" a point, undated (FINAL's "Three days before the Boston bombings")
    ("bias", "Just five days before Hillary's collapse, Cillizza wrote an indignant post titled \"Can we just stop "
     "talking about Hillary Clinton's health now?\"",
     "2016-09-12",
     [Q(5, "day")]),
    ("bias", "In October 2016 Mr Schneiderman ordered the Trump Foundation to stop fundraising in New York, after "
     "finding it had no proper registration.",
     None,
     [D("2016-10")]),
    ("bias", "Still, even Gowdy admitted Clinton’s 11-hour testimony failed to produce any major new revelations.",
     "2015-10-23",
     [Q(11, "hour")]),
    # "hundreds of emails" is vague, no figure (SEVENTEENTH's "hundreds of thousands of children")
    ("bias", "Committee sources said that in his closed-door testimony, Stone denied engaging in communications with "
     "WikiLeaks founder Julian Assange or his WikiLeaks website, which in the weeks before the 2016 election "
     "published hundreds of emails hacked from Democratic presidential candidate Hillary Clinton’s campaign chair "
     "John Podesta.",
     "2018-12-06",
     [D("2016")]),
    # "estimated that" is the verb, no qualifier (TWELFTH's "estimates that roughly" takes "about" from "roughly"); "new
    # and returning" is a pair of adjectives of status, one modifier kept (session 8: "five past and present Missouri
    # Republican senators"); "through Feb. 11" dates its clause, the 10 million with it (TWENTY_SECOND's "$3.4 million …
    # through early next week")
    ("bias", "The Health and Human Services Department estimated that 10 million new and returning customers had "
     "signed up on the exchanges through Feb. 11.",
     "2015-02-16",
     [Q(10e6, "new and returning customers", time="2015-02-11"), D("2015-02-11")]),
    ("bias", "Democrats have been unwilling to meet Trump’s $5 billion border wall demands, while Trump has been "
     "unwilling to offer them anything — other than not shutting down the government.",
     "2018-12-16",
     [Q(5e9, "USD")]),
    # (Dropped here, bias) a photo caption ("Senator Susan Collins speaks to reporters after announcing her support …,
    # October 5, 2018.": a present-tense picture description closed by its date)
    # "several months" is vague, no figure; the aside in dashes keeps 2012 in
    ("bias", "On Wednesday, FBI agents were in Makhachkala, Dagestan -- a city that Tamerlan called home for several "
     "months in 2012 -- to talk with the suspects' parents.",
     "2013-04-24",
     [D("2013-04-24"), D("2012")]),
    # "as many as" is up to (THIRTIETH's "as many as 10 people")
    ("bias", "I believe this could affect as many as 2 million full-time students who risk being undercounted in the "
     "census.",
     "2020-03-31",
     [Q(2e6, "full-time students", "up to")]),
    # "a handful of days" is vague, no figure (FIFTEENTH's "A handful of skywriters"); "second-place" is an ordinal
    ("polnear", "The concert will take place in Los Angeles on Feb. 5, just a handful of days after Sanders was "
     "announced the second-place winner of the Iowa Caucus behind Hillary Clinton.",
     "2016-02-02",
     [D("2016-02-05")]),
    # "2 Timothy 3:1-5" is a Bible reference: a book's name with its number and a chapter and verses, no quantity
    # (reference numbers name, as "Article 5" or "Section 230")
    ("polnear", "Speaking in his real voice again, he proceeded to recite 2 Timothy 3:1-5 from the Bible, saying: "
     "“This know also, that in those days the perilous times shall come.",
     "2016-05-03",
     []),
    ("polnear", "One thousand supporters snapped his picture in unison, while a delegate in a pink elephant-print "
     "shirt climbed atop her chair for a better view.",
     "2016-07-21",
     [Q(1000, "supporters")]),
    ("polnear", "As easy as it may seem to just laugh off the pastor’s claims, Swanson has been dominating headlines "
     "with his outrageous views since the start of the 2016 U.S. election cycle.",
     "2016-03-15",
     [D("2016")]),
    ("polnear", "Mrs. Clinton has support from 52 percent of Democratic primary voters, while Mr. Sanders has backing "
     "from 33 percent, the poll found.",
     "2015-11-13",
     [Q(52, "percent"), Q(33, "percent")]),
    # "for decades" is vague; "one of the most vivid … confrontations" is one of a group
    ("polnear", "The Bush family, a dynasty that defined Republicanism for decades, has clashed with the new and "
     "irreverent face of the party, Donald J. Trump, in one of the most vivid and powerful confrontations in the "
     "presidential primary campaign so far.",
     "2016-02-17",
     []),
    ("polnear", "In a conversation overheard by a reporter while the two men chatted at the Pentagon, the admiral's "
     "answer was indistinct.",
     "2016-05-09",
     [Q(2, "men")]),
    ("polnear", "But their decades-long relationship has more often been defined by an intense rivalry in private - a "
     "predictable tension, perhaps, for two figures who have long imagined themselves in the nation's top job.",
     "2016-08-17",
     [Q(2, "figures")]),
    # the counted phrase keeps its modifiers (SIXTEENTH's "five past and present Missouri Republican senators"); "L2" is
    # a name
    ("polnear", "The team is led by two low-profile former Republican National Committee data strategists, Matt "
     "Braynard and Witold Chrabaszcz, and includes assistance from the political data outfit L2, according to "
     "multiple sources familiar with the effort.",
     "2016-01-05",
     [Q(2, "low-profile former Republican National Committee data strategists")]),
    # "nearly four in 10" is about 40 percent (TWENTY_SECOND's "roughly six in 10"), the aside's 38 percent its own
    # figure
    ("polnear", "Among Kasich supporters, however, 61 percent said they have their minds made up compared to nearly "
     "four in 10 — 38 percent — who said they could change their mind.",
     "2016-04-06",
     [Q(61, "percent"), Q(40, "percent", "about"), Q(38, "percent")]),
    ("polnear", "“When I listened to him, I thought for sure he was going to either make no recommendation or "
     "recommend prosecution,” said Rudy Giuliani, the former Republican mayor of New York who made his name "
     "prosecuting the Mafia in the 1980s.",
     "2016-07-05",
     [D("1980s")]),
    ("polnear", "Conversely, the American invasion of Iraq in 2003 was pure rollback.",
     "2015-12-01",
     [D("2003")]),
    # "minority voters in 2008" (the subject) dates its clause (rule 3); "could be higher on Saturday", written on a
    # Thursday, is the coming Saturday (a modal looks ahead) and dates only its relative clause
    ("polnear", "They can't make the same argument about Nevada, where minority voters in 2008 accounted for 30% of "
     "caucusgoers, a number that could be higher on Saturday.",
     "2016-02-18",
     [D("2008"), Q(30, "percent", time="2008"), D("2016-02-20")]),
    ("polnear", "Higher up the political scale, the powerful really do become rich: Bill and Hillary Clinton are "
     "likely worth about $45 million, paid a lot for boring speeches given to people who are really just buying "
     "influence.",
     "2016-05-18",
     [Q(45e6, "USD", "about")]),
    # "has now killed": "now" is no date (TABLE's "right now")
    ("allsides", "U.S. officials said only China can help solve questions about the true origins of the virus that "
     "has now killed 4.6 million people worldwide.",
     "2021-08-27",
     [Q(4.6e6, "people")]),
    # "by the end of this month", written on Sept. 25, is a target ahead (THIRTY_FIRST's "by the end of June"); the
    # share keeps "at least" and takes the target's date, as TENTH's "at least one vaccine shot to 70% … by the Fourth
    # of July"
    ("allsides", "Earlier the World Health Organization set a goal of having at least 10 percent of every country‘s "
     "population vaccinated against COVID-19 by the end of  this month.",
     "2021-09-25",
     [Q(10, "percent", "at least", "2021-09"), D("2021-09", "target")]),
    # "just" is no qualifier (TABLE's "just six percent"); "millions of open jobs" is vague
    ("allsides", "U.S. employers added just 194,000 jobs in September, a second straight tepid gain and evidence that "
     "the pandemic still has a grip on the economy with many companies struggling to fill millions of open jobs.",
     "2021-10-08",
     [Q(194000, "jobs", time="2021-09"), D("2021-09")]),
    # a span describing the object of the clause dated Friday takes its date (rule 1: "a vote on the $1.2 trillion bill
    # was delayed Thursday"); "last spring" is the spring of 2020 (FOURTH's "last fall"); "second-degree" is an ordinal
    ("allsides", "Former Minneapolis police officer Derek Chauvin received a 270-month prison sentence Friday for "
     "second-degree unintentional murder in the death of George Floyd last spring.",
     "2021-06-25",
     [Q(270, "month", time="2021-06-25"), D("2021-06-25"), D("2020-03/2020-05")]),
    # "early last summer" is last summer (no part of a season is written, as SEVENTEENTH's "in early March" is March)
    ("allsides", "If you were lucky enough to get off the Internet for any extended period of time early last summer, "
     "you probably would have had no idea that cities across the country were being consumed by political violence on "
     "a scale unseen since the 1960s.",
     "2021-05-14",
     [D("2020-06/2020-08"), D("1960s")]),
    ("allsides", "Polls showed Stansbury with a comfortable lead, and Biden won the district by 23 percentage points "
     "last year.",
     "2021-06-02",
     [Q(23, "percentage points", time="2020"), D("2020")]),
    # "One email" is "a certain email", no count
    ("allsides", "One email with the subject line “From POTUS” urged then-Deputy Attorney General Jeffrey Rosen to "
     "investigate alleged fraud in Antrim County, Michigan, even though...",
     "2021-06-15",
     []),
    # "covid-19" is a name glued to its number
    ("allsides", "So commented a critical care nurse at a Florida hospital facing a surge in hospitalizations of "
     "covid-19 patients.",
     "2021-09-06",
     []),
    # (Dropped here, AllSides) an all-capital note run into a sentence ("ORIGINALLY PUBLISHED JANUARY 2021: …"), as
    # THIRTIETH dropped "ORIGINALLY PUBLISHED JANUARY 2021: …"
    # "tens of million of drivers" is vague; "this Memorial Day weekend" is a holiday on a moving day, no date (the
    # module keeps only fixed-day holidays; NINETEENTH's "the holiday weekend"); "in nearly a decade" in a clause with
    # no date of its own is undated (the "With" phrase keeps its date in)
    ("allsides", "With tens of million of drivers expected to hit the road this Memorial Day weekend, none of them "
     "will be thrilled to see that the price of gas is at its highest price in nearly a decade.",
     "2021-05-27",
     [Q(1, "decade", "about")]),
    # "at least one vaccine dose by Oct. 7": as TENTH's "at least one vaccine shot … by the Fourth of July" (the count
    # keeps "at least" and takes the date); both "by" dates lie ahead, targets
    ("allsides", "Would-be customers will have to have at least one vaccine dose by Oct. 7 and be fully vaccinated by "
     "Nov. 4, she said.",
     "2021-09-16",
     [Q(1, "vaccine dose", "at least", "2021-10-07"), D("2021-10-07", "target"), D("2021-11-04", "target")]),
    # "the 16-page document" counts pages (the one-page letter, session 6)
    ("allsides", "The heavily redacted 16-page document details how the hijackers had contact with lots of Saudi "
     "associates in the run-up to the attacks but fails to provide conclusive proof that senior officials of the "
     "Saudi government were complicit.",
     "2021-09-12",
     [Q(16, "page")]),
]


def test_session_ten_b_table_is_real() -> None:
    sources = _sources_text(bias_residues=(470,)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_FIRST:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_FIRST) >= 50
    assert len({sentence for _, sentence, _, _ in FORTY_FIRST}) == len(FORTY_FIRST)


#: First run of FORTY_FIRST (once, on the rules frozen at commit d831e50, after FORTY_FIRST was committed at 6c2d695):
#: the honest figure, untuned. Its 7 misses with the parse: none on the time field; on a date's year, day or shape 2 —
#: "plan to start passing … bills this week", written on a Sunday, read as that day's ISO week (2019-W01) rather than
#: the coming one (2019-W02), "in the death of George Floyd last spring", written on 2021-06-25, read as the spring of
#: 2021 rather than 2020; on what a number counts or names 4 — "one night of pomp and politics" not read (one before a
#: span counts), "10 million new and returning customers" counted as "and returning customers" (the pair of adjectives
#: of status split), "2 Timothy 3:1-5" read as a bare 3 (a Bible reference names a passage), "at least one vaccine dose"
#: counted as "vaccine"; on a qualifier 1 — "by the end of this month" (ahead of writing) not read as a target; none on
#: value or unit. Without the parse 8: the same but "one vaccine dose" right, and also "two low-profile former
#: Republican National Committee data strategists" counted as "low-profile former Republican National", "minority
#: voters in 2008 accounted for 30%" with the 30 percent left undated.
#: On the rules before the session's change (c206bf4), the same run: 43 of 51 with the parse — the seven above and
#: "could be higher on Saturday", written on a Thursday, read as the Saturday past (2016-02-13) rather than the coming
#: one — and 43 of 51 without (the same eight sentences, the Nevada one wrong on its Saturday as well).
FORTY_FIRST_ACCURACY_FIRST_RUN = 0.863  # 44 of 51 with the parse (as the claims stage runs it)
FORTY_FIRST_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.843  # 43 of 51
#: The table is gated at its first run less one sentence of slack, as session 8's and 9's are: it is no longer blind,
#: so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_FIRST_ACCURACY = 0.84  # 43 / 51 = 0.8431
MIN_FORTY_FIRST_ACCURACY_WITHOUT_PARSE = 0.82  # 42 / 51 = 0.8235

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_TEN_B_GATES = [
    ("forty-first", FORTY_FIRST, MIN_FORTY_FIRST_ACCURACY, MIN_FORTY_FIRST_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_TEN_B_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_TEN_B_GATES,
    ids=[g[0] for g in SESSION_TEN_B_GATES],
)
def test_session_ten_b_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
