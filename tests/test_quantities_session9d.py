"""Quantities, session 9 (fourth module): draw THIRTY_SIXTH, annotated by hand before the rules ran on it.

Drawn while a session-9 task changed the rules (``src/storylens/extract/quantities*.py``); the annotations were
committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and
the table is first run once, on the rules frozen at the end of that work. ``benchmarks/quantities_score.py
--exclude-session9d`` leaves it out (neither scored nor parsed), so that whoever changes the rules never sees how the
rules do on it.

THIRTY_SIXTH was drawn by ``benchmarks/quantities_draw.py thirty-sixth`` (bias-corpus articles 154 modulo 700, PolNeAR
*train* texts 15 and 50 modulo 70, AllSides story bodies in the order of ``random.Random(2061)``; BASIL is used up;
every text an earlier table drew from skipped): 62 sentences (28 bias, 14 PolNeAR, 20 AllSides), of which one is dropped
as a scraping leftover — an all-capital note run into an AllSides sentence ("ORIGINALLY PUBLISHED JANUARY 2021: In the
months leading up to the November election, …", as THIRTIETH dropped "ORIGINALLY PUBLISHED JANUARY 2021: …" and
THIRTY_SECOND "PUBLISHED FEBRUARY 23, 2021: …"). Nothing was redrawn in its place: 61 sentences (28 bias, 14 PolNeAR, 19
AllSides). PolNeAR's abstract line "Roasts and toasts for the passing of 2015." stands on its own line and is kept, as
THIRTY_FIRST kept a title line; a quoted statement opening an AllSides body ("We’ve learned that the FAA …") and
sentences cut short by the source ("… the delta variant of the...") are kept, as earlier tables kept them. Non-breaking
spaces are written as spaces, as the cleaning stage leaves them. Published dates are the sources' own.

Expectations follow the conventions of the earlier tables and the time rule of the quantities module docstring. Where
they say nothing, or where two earlier tables pull apart, the reader's answer was written:

- "Every year there's one representative from Tucson" (a hall of fame's yearly inductee) is a rate, 1 per year: the
  span of time sets the "one" against other amounts, and a count with "every year" is a rate without its noun, as
  TWENTY_SECOND's "five winners, every year" (5 per year) and SIXTH's "fewer than 75 Americans died … annually".
- "more than 20 magazines and supplements a year" is over 20 per year, likewise.
- "330 pesos for a day's work, or $19" is a daily wage: 330 MXN per day and 19 USD per day (the article's previous
  sentence reads "earn 163 pesos a day, or $9.40"; the restated sum carries the rate, as THIRTY_FIRST's "climb by $154
  to $2,754 per month" is two sums per month).
- "there is only one true American response" counts 1 "true American response" ("only one", as TENTH's "only one
  interest"); "the one issue on which she's to the left of …" is no count, as SIXTH's "the one way to counter that"
  (TENTH's "the one holdout" was set against "11 members"); "the one world order" is a name; "One lawsuit was filed
  Monday" with nothing set against it is no count (as VALIDATION's "One GOP senator"); "One is Patty Murray", "at one
  point", "No one", "one is more infectious than the other" and "do one really wild" are no counts.
- "a two-pronged strategy" counts nothing, as SEVENTH's "a three-pronged approach" (THIRTIETH's "two-tiered system"
  counts a structure's levels; prongs of a strategy are no levels).
- "a four-seat setback" is 4 seats, unit "seat", as THIRTY_SECOND's "his five-state romp" (5 "state").
- "one of a dozen members" is 12 members, as FIFTEENTH's "one of about three individuals"; "every 3 or 4 months" is a
  span of 3 to 4 months (TENTH's "six or seven months" a range; THIRTY_FIRST's "every three years" a span).
- "15 of the 19 hijackers" is two numbers, the noun on the second, as THIRTY_FIRST's "five of the eight states".
- "Republicans win control of the Senate, 47-43 percent" is two percents, as THIRTY_SECOND's "beat Trump 46 to 40
  percent" and CATEGORIES' "By 58%-33%".
- "an average effect of negative 1.9 percentage points" is -1.9 percentage points, exact (TWENTY_FIRST's "a net
  negative 6 points" is -6; the seed's "an average of 1,200" is exact); "within two months of election day" is 2
  months, exactly, as NINETEENTH's "within 24 hours" and TWENTY_EIGHTH's "within 60 days".
- "A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points …, 52 percent to 37
  percent" dates the three figures by Wednesday, as THIRTY_FIRST's "A Monmouth poll out Monday showed Clinton with a
  healthy lead …, earning 51 percent" (a date right after the subject noun dates its clause; what a poll shows of
  its object is read as that clause's, not as a clause of its own, there too).
- "flew 56 planes … on Monday, setting a new record and capping four days of sustained pressure involving 149
  flights" dates the 4 days and the 149 flights by Monday: a participle phrase after a clause-final date shares it, as
  TWENTY_FIRST's "on Friday elevated …, capping a tumultuous three-week stretch" (3 weeks dated Friday) and
  THIRTIETH's "fell Tuesday, bringing the total to nine".
- "Facebook issued a statement late Monday explaining what caused the outage … lasted nearly six hours" leaves the six
  hours undated: what is explained is a clause of its own (a participle of saying, as "on Friday, saying the strike
  killed three adults").
- "Thursday's report … showed that jobless claims increased by 2,000 from the previous week to 373,000" dates the
  report only (what is shown in a "that" clause is a clause of its own); "the previous week", a span from an unstated
  point, is no date (as THIRTY_FIRST's "the next year"); the two figures are bare numbers, exact, as TABLE's "fell
  34,000 to 444,000"; "rose by about 1 million to 9.3 million, …, the highest number since the agency began keeping
  track in 2000" likewise leaves the figures undated (a comparison's baseline frames nothing).
- "is set to launch a third party next month, according to two people familiar with the matter" dates the launch only:
  "according to" hangs on the host clause, the date on the infinitive; "a third party" is an ordinal.
- "said Wednesday evening there was an agreement reached with White House officials and 10 senators" leaves the 10
  undated (what is said), the evening being Wednesday's.
- "A pipeline that provides the East Coast with nearly half its gasoline … remained shuttered on Sunday" is about 50
  percent (as TWENTY_SEVENTH's "about half of"), undated: a relative clause keeps the Sunday out.
- "pledged to cut in half the amount of … fumes" is 50 percent, exact, no target (no level reached by a date), as
  FOURTEENTH's "Cutting legal immigration in half".
- "Throughout the 20th century" is no date (as SIXTH's "The late 19th century"); "tens of thousands of early ballots"
  and "the thousands of migrants" are no figures (as TABLE's "tens of thousands Afghans"); "Issue One’s report" and
  "Uranium One’s chairman" are names; "COVID-19" is a name; "the January 6 attack" and "the Jan. 6 riot" are 2021-01-06
  (as TWENTY_FIRST's "the Jan. 6 attack on the Capitol").
- "the shooter as 24-year-old Mohammod Youssuf Abdulazeez" is an age, 24 years (measure "age", as FINAL's "a
  32-year-old woman"); "Floyd Ray Roseberry, 49," is a bare 49, as THIRTY_FIRST's "Mr. Barrack, 74,".
- "these other two facilities" counts "facilities" ("other" before the number); "more than 20 separate lines" counted
  "separate lines" at the first run, now "lines" (the lead's ruling, see the row), and "two Food and Drug
  Administration regulators" the whole name, as FOURTH's "two Texas Department of Transportation employees".

First run (once, on the rules frozen at commit b8df51e, "quantities words: a gerund right before the plural head
modifies it …", the last line of the rules task's freeze file; the table as committed at 0cd4b8c, before the rules ever
read it): 0.820 with the parse, as the claims stage runs it (50 of 61), and 0.820 without (50 of 61). One annotation was
corrected afterwards, because it broke an earlier table's explicit precedent: "we work 15 extra minutes" had been
written as 15 "minute", where EIGHTEENTH writes "63 standard days" (a number, an adjective and a plural span) as 15 of
the adjective and the plural: "extra minutes". The rules miss that sentence either way (with the parse they read
"minutes", without it a bare 15), so the figures are the same after the correction; the reported first run is the one
above. No other annotation was changed (every miss was checked against the earlier tables: none other contradicts an
explicit precedent). The misses are listed by category at the gate.
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
THIRTY_SIXTH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Yet when war is forced upon us there is only one true American response- to face the challenge "
     "wholeheartedly.",
     "2014-09-10",
     [Q(1, "true American response")]),
    ("bias", "The two leaders were joined only by their interpreters during their two hours of face-to-face talks.",
     None,
     [Q(2, "leaders"), Q(2, "hour")]),
    ("bias", "Indeed, keeping the world decentralized by preserving and maintaining nation states may be preventing "
     "the one world order dreamed of by Soros and other globalists, but make no mistake - it will in the long run save "
     "the world.",
     "2018-07-23",
     []),
    ("bias", "Little more than four years after Californians approved the ban, their attitudes toward gay marriage "
     "have shifted dramatically.",
     "2013-03-26",
     [Q(4, "year", "over")]),
    ("bias", "Laffer was instead one of a dozen members of an “Economic Policy Advisory Board” that Reagan named soon "
     "after taking office, and which was directed to meet “every 3 or 4 months.”",
     "2016-01-15",
     [Q(12, "members"), Q(3, "month", "range", upper=4)]),
    ("bias", "The company’s worldwide contribution to landfills has been cut by 80 percent.",
     "2007-05-22",
     [Q(80, "percent")]),
    ("bias", '"Every year there\'s one representative from Tucson, and many of them I admire: Bud Foster is on that '
     "list, Jim Arnold, Larry Schnebly, Jack Parris.",
     None,
     [Q(1, "per year")]),  # a yearly inductee: a rate, as "five winners, every year"
    ("bias", "I have to say, when you consider that the U.S. hasn’t said anything about its ally India, you know, a "
     "country of over a billion people, recently passing homophobic laws -- you don’t want to be in a position of "
     "selectively being against oppression.",
     "2014-02-07",
     [Q(1e9, "people", "over")]),
    ("bias", "Asked at one point if he believed that Page had been treated fairly, Horowitz responded that he didn’t "
     "believe the applications were handled fairly and that Page “was on the receiving end.”",
     "2019-12-11",
     []),
    ("bias", "No one is being hunted, in reality or in movies.",
     "2019-08-13",
     []),
    ("bias", "But earlier, officials identified the shooter as 24-year-old Mohammod Youssuf Abdulazeez, who died "
     "during the course of the attack.",
     "2015-07-17",
     [Q(24, "year", measure="age")]),
    ("bias", "It makes it hard to hold children in detention for more than 20 days, which in turn means they must be "
     "released.",
     "2019-04-03",
     [Q(20, "day", "over")]),
    ("bias", "The government seized records — which listed incoming and outgoing calls and the call’s length — for "
     "more than 20 separate lines assigned to the AP and its reporters, according to the AP.",
     "2013-05-13",
     # Re-annotated after the first run (the lead's ruling in session 9's third round: "separate" drops from a counted
     # noun like "other" and "different", as THIRTY_THIRD's "three separate appointments"). The first run read
     # "separate lines" and was scored right on the annotation it had then; its figure stays as recorded.
     [Q(20, "lines", "over")]),
    ("bias", "The African-American unemployment rate has been on the decline since 2011, long before Trump was in the "
     "White House.",
     "2018-01-30",
     [D("2011")]),
    ("bias", "Three years ago, when Congress tried to force him to make a decision by issuing a 60-day deadline, he "
     "simply rejected the permit application.",
     "2014-11-17",
     [Q(3, "year"), Q(60, "day")]),
    ("bias", "They will have a total of 16 hours over two days for questions.",
     "2020-01-28",
     [Q(16, "hour"), Q(2, "day")]),
    ("bias", "At 43 percent, the simulation shows Republicans losing only two seats and keeping control but at 41 "
     "percent the simulation shows a four-seat setback and loss of control of the Senate.",
     "2019-06-05",
     [Q(43, "percent"), Q(2, "seats"), Q(41, "percent"), Q(4, "seat")]),
    ("bias", "One is Patty Murray of Washington state.",
     "2013-03-23",
     []),
    ("bias", "There is no evidence that one is more infectious than the other, or one is more lethal than the other.",
     "2020-03-12",
     []),
    ("bias", '"These laws deny Plaintiffs their rights to due process and equal protection guaranteed under the 14th '
     'Amendment of the United States Constitution," U.S. District Judge Arenda Wright Allen wrote in her opinion.',
     "2014-02-13",
     []),
    ("bias", "Yet, in Wyoming, one prominent group of right wing kinfolk will spend the holidays embroiled in a family "
     "feud.",
     "2013-11-19",
     []),
    ("bias", "Mueller would like the two men to cooperate in his Trump investigation, and a conviction that carries "
     "jail time could offer an incentive for the men to turn.",
     "2018-08-23",
     [Q(2, "men")]),
    ("bias", "Issue One’s report — which was set to get published online at CoordinationWatch.org — says Trump’s 2016 "
     "campaign and two pro-Trump outside groups employed the same individuals to buy their ads.",
     "2020-01-14",
     [D("2016"), Q(2, "pro-Trump outside groups")]),
    ("bias", "Likely voters also want to see Republicans win control of the Senate, 47-43 percent.",
     "2014-10-20",
     [Q(47, "percent"), Q(43, "percent")]),
    ("bias", '"How many patients do these other two facilities treat?',
     "2014-08-31",
     [Q(2, "facilities")]),
    ("bias", "The evidence they had on hand was useful but very imprecise: For instance, they found that the eight "
     "studies measuring the effect of personal canvassing within two months of election day had an average effect of "
     "negative 1.9 percentage points, barely larger than the standard error of 1.7 percent.",
     "2017-09-28",
     [Q(8, "studies"), Q(2, "month"), Q(-1.9, "percentage points"), Q(1.7, "percent")]),
    ("bias", "Throughout the 20th century, presidents increasingly acted unilaterally as the executive branch grew "
     "dramatically.",
     "2020-01-25",
     []),
    ("bias", "I am honored,\" she told CNN's Wolf Blitzer this year about calls by other Democrats for her to consider "
     "another run in 2016.",
     "2012-12-03",
     [D("2012"), D("2016")]),
    ("polnear", "No matter what I say, I was going to do one really wild, but he agrees.",
     "2015-12-11",
     []),
    ("polnear", "If we’re a nurse, we work 15 extra minutes when we’re dead on our feet because we want to assure a "
     "family that things are going to be okay.",
     "2016-03-15",
     [Q(15, "extra minutes")]),  # corrected after the first run to EIGHTEENTH's "63 standard days" (was "minute")
    ("polnear", "Uranium One’s chairman used his family foundation to make four donations totaling $2.35 million.",
     "2016-06-09",
     [Q(4, "donations"), Q(2.35e6, "USD")]),
    ("polnear", "“But being vetted and what is going on with me — you said this 30 years ago, you said this 20 years "
     "ago, this didn’t exist, this didn’t exist — I have not seen that with anyone else.",
     "2015-11-08",
     [Q(30, "year"), Q(20, "year")]),
    ("polnear", "The governor claimed that crime has gone down 20 percent and the prison population has gone down 10 "
     "percent.",
     "2016-02-07",
     [Q(20, "percent"), Q(10, "percent")]),
    ("polnear", "Roasts and toasts for the passing of 2015.",
     "2015-12-30",
     [D("2015")]),
    ("polnear", "Permanent workers make 330 pesos for a day's work, or $19.",
     "2016-03-21",
     [Q(330, "MXN per day"), Q(19, "USD per day")]),  # a daily wage; "or $19" restates it
    ("polnear", "Hurun publishes more than 20 magazines and supplements a year, and makes money from a fast-growing "
     "series of conferences and events.",
     "2016-06-26",
     [Q(20, "per year", "over")]),
    ("polnear", "De Blasio repeatedly said New York is safe thanks to 14 years of anti-terrorism efforts by the NYPD, "
     "new technology, and a better working relationship with federal parters and local residents.",
     "2015-11-20",
     [Q(14, "year")]),
    ("polnear", "Struggling to survive until their home states’ votes are tallied March 15, Ohio’s John Kasich and "
     "Floridians Jeb Bush and Marco Rubio are racing to bank tens of thousands of early ballots that are increasingly "
     "being cast well before primary day.",
     "2016-02-17",
     [D("2016-03-15")]),
    ("polnear", "Although 15 of the 19 hijackers were Saudis, the government in Riyadh has vigorously denied any role "
     "in the Sept. 11, 2001, attacks, and the U.S. has never formally accused its important, oil-rich ally of "
     "complicity.",
     "2016-05-19",
     [Q(15, None), Q(19, "hijackers"), D("2001-09-11")]),
    ("polnear", "A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points among "
     "likely voters in Wisconsin, 52 percent to 37 percent.",
     "2016-08-11",
     [D("2016-08-10"), Q(15, "points", time="2016-08-10"), Q(52, "percent", time="2016-08-10"),
      Q(37, "percent", time="2016-08-10")]),  # as "A Monmouth poll out Monday showed …" (THIRTY_FIRST)
    ("polnear", "It's a two-pronged strategy to appeal to liberal and black voters around Manhattan on the one issue "
     "on which she's to the left of the Vermont senator -- firearms -- while emphasizing to upstate voters her efforts "
     "on jobs as a U.S. senator.",
     "2016-04-14",
     []),  # SEVENTH's "a three-pronged approach"; SIXTH's "the one way to counter that"
    ("polnear", "That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page of The Wall "
     "Street Journal in 1980, referencing the feds' unwillingness to go after financial criminals.",
     "2016-07-07",
     [D("1980")]),
    ("allsides", "China‘s People’s Liberation Army flew 56 planes in international airspace off the southwest coast of "
     "Taiwan on Monday, setting a new record and capping four days of sustained pressure involving 149 flights.",
     "2021-10-06",
     [Q(56, "planes", time="2021-10-04"), D("2021-10-04"), Q(4, "day", time="2021-10-04"),
      Q(149, "flights", time="2021-10-04")]),
    ("allsides", "A bombing outside Kabul’s main mosque killed at least two Afghan civilians and left others wounded, "
     "the Taliban says.",
     "2021-10-03",
     [Q(2, "Afghan civilians", "at least")]),
    ("allsides", "The number of available jobs rose by about 1 million to 9.3 million, according to the Bureau of "
     "Labor Statistics' Job Openings and Labor Turnover Survey, the highest number since the agency began keeping "
     "track in 2000.",
     "2021-06-08",
     [Q(1e6, None, "about"), Q(9.3e6, None), D("2000")]),
    ("allsides", "One lawsuit was filed Monday by Oscar Stilley, a former tax attorney in Arkansas who is serving a "
     "home confinement sentence for a federal conviction on tax crimes.",
     "2021-09-21",
     [D("2021-09-20")]),
    ("allsides", "J. Thomas Manger, who spent 21 years as a police chief in the wealthy Washington suburbs of "
     "Montgomery and Fairfax counties, was named Thursday to take over the U.S. Capitol Police as it tries to regain "
     "its footing in the aftermath of the Jan. 6 riot at the Capitol.",
     "2021-07-22",
     [Q(21, "year"), D("2021-07-22"), D("2021-01-06")]),
    ("allsides", "Facebook issued a statement late Monday explaining what caused the outage across its platforms "
     "lasted nearly six hours.",
     "2021-10-05",
     [D("2021-10-04"), Q(6, "hour", "about")]),
    ("allsides", "The United States pledged to cut in half the amount of climate-wrecking coal and petroleum fumes it "
     "is pumping out.",
     "2021-04-22",
     [Q(50, "percent")]),
    ("allsides", "A pipeline that provides the East Coast with nearly half its gasoline and jet fuel remained "
     "shuttered on Sunday after yet another ransomware attack, prompting emergency White House meetings and new "
     "questions about whether an executive order strengthening cybersecurity for federal agencies and contractors "
     "goes far enough even as President Biden prepares to issue it.",
     "2021-05-10",
     [Q(50, "percent", "about"), D("2021-05-09")]),
    ("allsides", "On Aug. 3, the moratorium was extended by the Centers for Disease Control and Prevention, despite a "
     "lack of congressional approval.",
     "2021-08-27",
     [D("2021-08-03")]),
    ("allsides", "Former presidential and New York mayoral candidate Andrew Yang is set to launch a third party next "
     "month, according to two people familiar with the matter.",
     "2021-09-10",
     [D("2021-10"), Q(2, "people")]),
    ("allsides", "His full name is Floyd Ray Roseberry, 49, from Grover, North Carolina, although he went by Ray "
     "Roseberry on Facebook.",
     "2021-08-19",
     [Q(49, None)]),
    ("allsides", "Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, placed roadblocks in front of former "
     "President Donald Trump’s ability to launch a nuclear strike as top officials voiced concerns about his mental "
     "health after the January 6 attack on the Capitol, according to a book excerpt from reporter Bob Woodward.",
     "2021-09-14",
     [D("2021-01-06")]),
    ("allsides", "Following four years of border crackdowns, endless legal fights and racially charged rhetoric by "
     "President Trump, immigration advocates had hopes that the new Democratic administration would bring a more "
     "compassionate and open-armed approach to immigration, particularly toward asylum seekers fleeing troubled "
     "Central America.",
     "2021-06-09",
     [Q(4, "year")]),
    ("allsides", '"We’ve learned that the FAA just implemented a two week TFR (Temporary Flight Restrictions) over the '
     "international bridge in Del Rio, TX, meaning we can no longer fly our FOX drone over it to show images of the "
     "thousands of migrants.",
     "2021-09-17",
     [Q(2, "week")]),
    ("allsides", "Both Republican and Democratic senators said Wednesday evening there was an agreement reached with "
     "White House officials and 10 senators on a bipartisan infrastructure deal.",
     "2021-06-24",
     [D("2021-06-23"), Q(10, "senators")]),
    ("allsides", "Thursday's report from the Labor Department showed that jobless claims increased by 2,000 from the "
     "previous week to 373,000.",
     "2021-07-08",
     [D("2021-07-08"), Q(2000, None), Q(373000, None)]),
    ("allsides", "But that’s been the charge as two Food and Drug Administration regulators have resigned amid what "
     "media leaks claim is too much political agitation for Covid vaccine booster shots.",
     "2021-09-04",
     [Q(2, "Food and Drug Administration regulators")]),
    ("allsides", "The White House is asking for $14 billion in aid to respond to natural disasters that occurred "
     "before Hurricane Ida, as well as $6.4 billion to pay for the ongoing relocation of tens of thousands of Afghans "
     "who partnered with the United States during the war in Afghanistan.",
     "2021-09-08",
     [Q(14e9, "USD"), Q(6.4e9, "USD")]),
    ("allsides", "Dr. Kristen Solana Walkinshaw is chief of staff at the hospital and says that “we are no longer able "
     "to provide the standard of care to each and every patient who needs our help,” Alaska, like other places, has "
     "seen a surge in COVID-19 cases driven by the delta variant of the...",
     "2021-09-15",
     []),
]


def test_session_nine_d_table_is_real() -> None:
    sources = _sources_text(bias_residues=(154,)) + " " + _corpus_text()
    for source, sentence, _, _ in THIRTY_SIXTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(THIRTY_SIXTH) >= 60
    assert len({sentence for _, sentence, _, _ in THIRTY_SIXTH}) == len(THIRTY_SIXTH)


#: First run of THIRTY_SIXTH (once, on the rules frozen at commit b8df51e, after the table was committed at 0cd4b8c):
#: the honest figure, untuned. Its 11 misses with the parse: on the time field 3 — "A poll … released Wednesday found
#: Clinton leading Trump by 15 points …, 52 percent to 37 percent" with the three figures undated (annotated dated, as
#: THIRTY_FIRST's "A Monmouth poll out Monday showed …"), "is set to launch a third party next month, according to two
#: people" with the two people dated by the launch's month, "said Wednesday evening there was an agreement reached with
#: … 10 senators" with the 10 dated by the day of saying; on a date's year, day or shape none; on what a number counts
#: or names 4 — "only one true American response-" counted as "true American response-" (the dash glued on), "Every year
#: there's one representative from Tucson" not read as 1 per year, "these other two facilities treat?" counted as
#: "facilities treat" (the verb of a question taken into the phrase), "the one issue on which she's …" counted (SIXTH's
#: "the one way to counter that" is none); on value or unit 3 — "negative 1.9 percentage points" read as 1.9, "15 extra
#: minutes" as "minutes" (EIGHTEENTH's "63 standard days"), "330 pesos for a day's work, or $19" as two sums with no
#: rate (the first with the measure "day's"); on a qualifier 1 — "rose by about 1 million to 9.3 million" read as a
#: range from 1 to 9.3 million rather than a change of about 1 million and a level. Without the parse 11: the same but
#: the dash, "facilities treat", the two people's and the 10 senators' dates right, and also "more than 20 magazines and
#: supplements a year" counted as "magazines" (no rate), "15 extra minutes" a bare 15, "capping four days of sustained
#: pressure involving 149 flights" with the 149 undated, "A pipeline that provides … nearly half its gasoline … remained
#: shuttered on Sunday" with the half dated Sunday (across the relative clause), "two Food and Drug Administration
#: regulators" counted as "Food".
THIRTY_SIXTH_ACCURACY_FIRST_RUN = 0.820  # 50 of 61 with the parse (as the claims stage runs it)
THIRTY_SIXTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.820  # 50 of 61
#: Gated at the first run less one sentence of slack, as session 8's blind draws are: the table is no longer blind, so
#: any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_THIRTY_SIXTH_ACCURACY = 0.80  # 49 / 61 = 0.8033
MIN_THIRTY_SIXTH_ACCURACY_WITHOUT_PARSE = 0.80  # 49 / 61 = 0.8033

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_NINE_D_GATES = [
    ("thirty-sixth", THIRTY_SIXTH, MIN_THIRTY_SIXTH_ACCURACY, MIN_THIRTY_SIXTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_NINE_D_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_NINE_D_GATES,
    ids=[g[0] for g in SESSION_NINE_D_GATES],
)
def test_session_nine_d_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
