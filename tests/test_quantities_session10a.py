"""Quantities, session 10 (a): draw FORTIETH, annotated by hand before the rules ran on it.

Drawn while a session-10 task changed the rules (``src/storylens/extract/quantities*.py``), one of three blind draws
made at the same time by different hands (``tests/test_quantities_session10a.py`` … ``10c``, unread by each other). The
annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read
these sentences, and the table is first run once, on the rules frozen at the end of that work.
``benchmarks/quantities_score.py --exclude-session10a`` leaves it out (neither scored nor parsed), so that whoever
changes the rules never sees how the rules do on it.

FORTIETH was drawn by ``benchmarks/quantities_draw.py fortieth`` at commit c206bf4 (bias-corpus articles 250 modulo
700, PolNeAR *train* texts 28 and 65 modulo 70, AllSides story bodies in the order of ``random.Random(2065)``; BASIL is
used up; every text of an earlier table skipped). It gives 59 sentences, not 62: AllSides runs out — all 299 story
bodies were visited and only 17 gave a pick (every other one holds a sentence of an earlier table or no sentence of
30–400 characters with a number), so the draw has 28 bias, 14 PolNeAR and 17 AllSides sentences. One is dropped as a
scraping leftover and not replaced (no second draw was made): The Hill's related-story links run into a bias-corpus
sentence ("Rep. Earl Blumenauer Earl BlumenauerVA under pressure to ease medical marijuana rules Coalition of farmers
and ranchers endorses Green New Deal Marijuana industry donations to lawmakers surge in 2019: analysis MORE is also on
board for bold action.", as THIRTIETH dropped the link line "PHOTOS: Top 10 handguns in the U.S. Conservative groups
…" run into a sentence; its only number, "in 2019", is the link's): 58 sentences (27 bias, 14 PolNeAR, 17 AllSides).
Kept, as earlier tables kept their like: three sentences the source ran together without spaces ("… he
added.Violence erupted … Camden Yards.Two dozen people …", as THIRTY_NINTH kept "he said.Trump closed" and SIXTH
"exciting.Obama's"); a pair the sampler's splitter joined after an abbreviation ("… according to the F.A.A. Most
people …", as THIRTY_SECOND kept a joined pair); a fragment it cut after "Lt. Cmdr." (as THIRTY_FIRST kept "… Roe v.");
a mis-decoded dash ("\\x96", a Windows-1252 en dash read as Latin-1) left as the source has it; AP's dateline "NEW YORK
(AP) —", Axios's label "Why it matters:" (as THIRTY_NINTH kept "The big picture:") and two AllSides bodies cut with an
ellipsis ("… due to...", "… his four years...", as THIRTY_SECOND kept "… unconscious...."). Non-breaking spaces are
written as spaces, as the cleaning stage leaves them. Published dates are the sources' own.

Expectations follow the conventions of the quantities module docstrings (its time rule above all) and of the earlier
tables; each row where the reader decided something has a comment above it naming the precedent followed. Where the
conventions say nothing, the reader's answer was written:

- "Ben Carson, running 4 percentage points behind Trump in the latest Bloomberg Politics national poll, taken Nov.
  15-17, declined …" leaves the 4 points undated: the date sits in the participle on the poll and dates the poll's own
  noun phrase (THIRTY_SEVENTH's "The poll of 1,000 registered voters, taken … on Wednesday through Sunday" dates the
  poll, not its main clause's margin of error), and the poll is the object of a phrase inside Carson's participle, not
  the subject or object of a clause; "Nov. 15-17" is one interval, 2015-11-15/2015-11-17 (FIFTEENTH's "fielded April
  12 to 18").
- "the gun homicide rate has plunged by 49 percent since its peak in 1993" dates the 49 percent by 1993: "since" a
  date dates its host (HELDOUT's "$43 million in federal taxes since 2007", FOURTEENTH's "Since 1976, just one
  candidate", the seed's "since the war began in February 2022"); a "since" is not "from 2005 levels" nor a
  superlative's "the lowest since April 2008", the baselines of rule 5.
- "“I was asked three questions, I think, or something like that,”" is about 3 questions: "or something like that"
  after the number approximates it as "or so" would (no earlier table has either).
- "Most people who own aircraft do not have more than one or two" is one to two with no noun (EIGHTH's "one or two
  cast a protest vote"); the negated "more than" bounds the range from above, which the range already says, so no
  qualifier other than the range is written (no earlier table has "not … more than" before a range).
- "The May FEC report showed just 69 people on payroll, to Clinton’s 685" gives the month as a date naming the report
  (rule 5: a date before its noun frames nothing; "the October report" keeps the word rules), so neither count is
  dated; "to Clinton’s 685" is a bare number, its noun left out ("President Clinton had three").
- "three SEAL officers who oversaw Gallagher during his deployment to Iraq in 2017" dates the count by 2017: the date
  ends a phrase on the relative clause's verb ("during" places nothing against a point, unlike "after"/"before"), and
  a date in a relative clause on a counted noun dates that count (rule 3, "the 13 service members killed in Kabul on
  Thursday").
- "At 9.3 million new positions, it was far more than the 8.3 million economists polled by Refinitiv had predicted"
  counts "positions" ("new" dropped, as TABLE's "850,000 new jobs" counts "jobs" and SIXTH's "almost 7,000 new cases"
  "cases"); the 8.3 million counts nothing, "economists" being the subject of the forecast (session 8's "the nearly 1
  million jobs economists expected"), and is exact ("far more than" compares the 9.3 million with it).
- "And until this year, only five women … had ever been nominated and only one had won -- Kathryn Bigelow, in 2010,
  …" dates both counts by "this year": an opening "until" frames both conjuncts (rule 2; "until" dates its host as
  "since" and "when" do, rule 4), and "in 2010" sits in the apposition on the winner, dating that noun phrase only;
  "only one" counts ("only one", set against five).
- "has ticked down in all except three months this year" counts 3 months (a span's singular unit) dated by the
  conjunct's "this year"; "share of people 25 to 54 years old" is an age range, undated (CATEGORIES' "those 18 to 25
  years old").
- "Of the 188,829 border crossers in June, nearly 105,000 were expelled" dates both figures by June (TABLE's "Of the
  emissions in 2016, 28% were …"), the 105,000 with no noun ("12 of the 19 contain").
- "a residual force of at least 2,500 troops" in what "both generals said … In a Sept. 28 Senate hearing" is undated
  (what is said is a clause of its own); "both" is no count (EIGHTEENTH's "Both men", SEVENTEENTH's "both parties").
- "The bipartisan infrastructure legislation poised for a vote in the Senate this week would add $256 billion …,
  congressional budget analysts announced Thursday" leaves the sum undated: "this week" is in the participle on the
  subject (as the poll above), Thursday dates the announcing, and "over the next decade" is a span from now with no
  number (THIRTY_SECOND's "throughout the next decade").
- "Violence erupted in West Baltimore Monday … Yards.Two dozen people have been arrested and 15 police officers have
  been injured" leaves the counts undated: they are in a sentence of their own, run on by the source.
- "“He thinks he's doing it …,” May said" names a speaker; "NBC's Saturday Night Live" is a title; neither is a date.
- "24 hours a day" is a rate of 24 "hour per day" (TWENTY_FIRST's "three days a week", 3 "day per week").

First run (once, on the rules frozen at commit d831e50 — ``/tmp/q15/FREEZE``'s last line — after the annotations were
committed at f1e587e; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this module
copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTIETH``): 0.879 with the parse (51
of 58), 0.828 without (48 of 58). The same run on the rules as they were before the session's change (commit c206bf4,
same method) gives the same figures, and the output is identical on all 58 sentences: the session's rules neither
gained nor lost a sentence of this draw. No annotation was corrected after the run: every miss was checked against the
earlier tables, and none contradicts an explicit precedent ("dropped by 35% since late April" is dated by April in
EIGHTH, as the 49 percent here by 1993; "its July estimate" there and "an April 2015 report" in SEVENTH are dates, as
"The May FEC report" here). The table is gated at its first run less one sentence; the misses are listed by category at
the gate.
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
FORTIETH: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "The FDIC reports that the average rate paid on savings accounts in the U.S. is 0.09%.",
     "2019-09-18",
     [Q(0.09, "percent")]),
    # "Article 1 Section 3" are reference numbers after a name ("Article 5", "Section 230")
    ("bias", "Here’s what the Constitution says in Article 1 Section 3: “Judgment in cases of impeachment shall not "
     "extend further than to removal from office, and disqualification to hold and enjoy any office of honor, trust "
     "or profit under the United States: but the party convicted shall nevertheless be liable and subject to "
     "indictment, trial, judgment and punishment, according to law.”",
     None,
     []),
    # a year naming a thing is a date (SIXTH's "the landmark 2015 decision")
    ("bias", "Heller, the 2008 decision in which the Supreme Court overturned the District's handgun ban.",
     "2016-05-25",
     [D("2008")]),
    # "over the weekend" is no date (BLIND's "the events that occurred over the weekend")
    ("bias", '"They\'re very dangerous terrorists," Sen. Kelly Ayotte, R-N.H., told Fox News, after the four Afghan '
     "detainees were transferred to their home country over the weekend.",
     "2014-12-23",
     [Q(4, "Afghan detainees")]),
    # "one or two" is one to two (FIFTH's "one or two New Black Panther Party members")
    ("bias", "But a competitive primary could wind up hurting their cause if they aren't able to unite behind one or "
     "two candidates.",
     "2014-12-24",
     [Q(1, "candidates", "range", upper=2)]),
    # an age before its noun, undated (FINAL's "the 131-year-old brand")
    ("bias", "Slager, who is white, shot the 50-year-old motorist in April 2015 when Scott tried to run for it after "
     "getting pulled over.",
     "2017-12-07",
     [Q(50, "year", measure="age"), D("2015-04")]),
    # "said Monday morning," before what is said dates the saying (written on that Monday); what is said is a clause
    # of its own, so the three citizens are undated; "a Springfield police officer" is no count
    ("bias", "Police Chief Paul Williams said Monday morning, a Springfield police officer, three citizens and the "
     "gunman were killed.",
     "2020-03-16",
     [D("2020-03-16"), Q(3, "citizens")]),
    # the date in the participle on the poll dates the poll's noun phrase, not Carson's 4 points (THIRTY_SEVENTH's
    # "The poll of 1,000 registered voters, taken … on Wednesday through Sunday"); "Nov. 15-17" is one interval
    # (FIFTEENTH's "fielded April 12 to 18")
    ("bias", "Ben Carson, running 4 percentage points behind Trump in the latest Bloomberg Politics national poll, "
     "taken Nov. 15-17, declined to say whether he’d favor waterboarding, during an appearance on the same program.",
     "2015-11-22",
     [Q(4, "percentage points"), D("2015-11-15/2015-11-17")]),
    # an age set off after a name (THIRTY_SECOND's "Mr. Barrack, 74,")
    ("bias", "Kavanaugh, 53, is a respected federal judge with many admirers in conservative legal circles.",
     "2018-09-03",
     [Q(53, None)]),
    # "starting Oct. 1" in a future clause is the coming Oct. 1
    ("bias", "Mr. Obama said that starting Oct. 1 people without health insurance will be able to get it at an "
     "affordable rate and that the cost of free prevention and free checkups for a lot of people will be “cheaper "
     "than your cell phone bill.”",
     "2013-08-28",
     [D("2013-10-01")]),
    # "first term" is an ordinal; "the two worked" counts 2 with no noun (TWENTY_NINTH's "the two did not discuss")
    ("bias", "Mrs. Clinton served as secretary of state in Mr. Obama’s first term and, by most accounts, the two "
     "worked well together.",
     "2013-11-19",
     [Q(2, None)]),
    # (Dropped here, bias) The Hill's related-story links run into a sentence ("… surge in 2019: analysis MORE is also
    # on board …"), as THIRTIETH dropped a link line run into a sentence
    # "one’s existence" is a pronoun, no count
    ("bias", "He has grasped on to the strength of faith — a belief in the moral certitude and divine promise that "
     "sustains and edifies one’s existence.",
     "2019-10-30",
     []),
    # the source's mis-decoded dash is kept; "May said" names a speaker, no month
    ("bias", '"He thinks he\'s doing it because he wants to avoid the impression that this is in any way a religious '
     'war \x96 it was 21 Coptic Christians who had their heads taken off by the Islamic State," May said.',
     "2015-02-19",
     [Q(21, "Coptic Christians")]),
    # "earlier this month" is this month (TWENTY_EIGHTH's "And earlier this month, two Des Moines … officers"), dating
    # the clause's subject
    ("bias", "Another class of 35 students took advantage of the program earlier this month, visiting Mexico then "
     "returning back to the U.S. legally — and now able to petition for permanent legal status, if they have another "
     "qualifying relationship such as a citizen child or spouse.",
     "2017-09-01",
     [Q(35, "students", time="2017-09"), D("2017-09")]),
    # "one of the world’s most valuable companies" is one of a group, no count
    ("bias", "And yet this document did find a receptive audience within one of the world’s most valuable companies, "
     "even as most people at the company appear to have had strong negative reactions to it.",
     "2017-08-08",
     []),
    # "or something like that" after the number approximates it, as "or so" would: about 3 (no precedent)
    ("bias", "“I was asked three questions, I think, or something like that,” Bush said.",
     None,
     [Q(3, "questions", "about")]),
    # "The May FEC report" names the report by its month (rule 5), dating neither count; "to Clinton’s 685" counts
    # with its noun left out (TWENTY_SIXTH's "President Clinton had three"); "just" is exact
    ("bias", "The May FEC report showed just 69 people on payroll, to Clinton’s 685.",
     "2016-06-20",
     [D("2016-05"), Q(69, "people"), Q(685, None)]),
    ("bias", "Omar accused Trump of launching a “blatantly racist attack” against her and her three colleagues and "
     "said he is advancing the “agenda of white nationalists.”",
     "2019-07-16",
     [Q(3, "colleagues")]),
    # cut by the sampler's splitter after "Lt. Cmdr." (kept as THIRTY_FIRST kept "… Roe v."); the date ends a phrase
    # on the relative clause's verb ("during" places nothing against a point), and a date in a relative clause on a
    # counted noun dates the count ("the 13 service members killed in Kabul on Thursday")
    ("bias", "Green also is calling for a peer-review of three SEAL officers who oversaw Gallagher during his "
     "deployment to Iraq in 2017 – Lt. Cmdr.",
     None,
     [Q(3, "SEAL officers", time="2017"), D("2017")]),
    # "since" a date dates its host (HELDOUT's "since 2007", FOURTEENTH's "Since 1976"); not a superlative's baseline
    ("bias", "This belief runs counter to crime statistics, which in particular have found that the gun homicide rate "
     "has plunged by 49 percent since its peak in 1993.",
     "2015-06-21",
     [Q(49, "percent", time="1993"), D("1993")]),
    # three sentences run together by the source (kept as THIRTY_NINTH kept "he said.Trump closed"); Monday is the
    # day before writing and dates its own sentence's first conjunct only; the counts stand in a sentence of their
    # own, undated; "Two dozen" is 24 (SEVENTH's "nearly two dozen women")
    ("bias", "I think these were youth coming out of the high school and they thought it was cute to throw cinder "
     'blocks at the police department and address it that way," he added.Violence erupted in West Baltimore Monday '
     "following Gray's funeral and later spread to other neighborhoods in East Baltimore and downtown near Camden "
     "Yards.Two dozen people have been arrested and 15 police officers have been injured.",
     "2015-04-28",
     [D("2015-04-27"), Q(24, "people"), Q(15, "police officers")]),
    # a change and a level ("fell 34,000 to 444,000" in TABLE), exact; the level takes no rate from "hourly"
    # (THIRTY_EIGHTH's "the number of new cases each day had fallen to a little over 11,000"); cents as THIRTEENTH's
    # "keeps 65 cents"
    ("bias", "Average hourly earnings meanwhile rose by 11 cents to $27.48.",
     None,
     [Q(11, "cents"), Q(27.48, "USD")]),
    # "only had 30%" is exact ("only 10 percent")
    ("bias", "If America came and wanted 70% of our land and we only had 30%, we would be happy to have America here "
     "and safe.”",
     "2014-09-17",
     [Q(70, "percent"), Q(30, "percent")]),
    # a span counted back from now, undated (BLIND's "two weeks ago"); "About" is about
    ("bias", "“About three weeks ago, as the federal government shut down,” he began.",
     "2013-10-22",
     [Q(3, "week", "about")]),
    # "a three-star general" counts stars (THIRTY_FIFTH's "The retired three-star general")
    ("bias", "Meanwhile, a Fox Business Network host has apologised for a remark his guest, a retired three-star "
     "general, made on his programme about Mr McCain's experience with torture.",
     None,
     [Q(3, "star")]),
    # an age range, undated (CATEGORIES' "those 18 to 25 years old"); September dates the first conjunct, "this year"
    # the second with its 3 months (rule 2)
    ("bias", "The prime-age participation rate, or share of people 25 to 54 years old in the labor force, fell to "
     "81.8 percent in September, and has ticked down in all except three months this year.",
     "2018-10-05",
     [Q(25, "year", "range", upper=54, measure="age"), Q(81.8, "percent", time="2018-09"), D("2018-09"),
      Q(3, "month", time="2018"), D("2018")]),
    # "S-300" is a model name
    ("bias", "He also refrained from criticizing Russia for deciding to resume sales of S-300 antiaircraft batteries "
     "to Iran, which it had suspended for years.",
     "2015-04-18",
     []),
    # "the 1960 signing" names the event (rule 5) and dates none of the 90 members
    ("polnear", "The old lions of the conservative movement—leaders with direct ties to the 1960 signing of the "
     "Sharon Statement by 90 members of Young Americans for Freedom (YAF) at William F. Buckley’s residence—are "
     "uniting around the presidential campaign of Sen. Ted Cruz with passionate endorsements of his candidacy.",
     "2016-01-19",
     [D("1960"), Q(90, "members")]),
    # AP's dateline kept; the span in the relative clause is undated
    ("polnear", "NEW YORK (AP) — Hillary Clinton wins the Democratic presidential primary in New York, which she "
     "represented for eight years in the United States Senate.",
     "2016-04-19",
     [Q(8, "year")]),
    ("polnear", "Ginsburg was appointed to the Supreme Court by President Bill Clinton in 1993, and is the senior "
     "member of the court’s liberal wing of justices.",
     "2016-07-13",
     [D("1993")]),
    # "the 31-page agreement" counts pages (TWENTY_EIGHTH's "an eight-page list")
    ("polnear", "The landmark 31-page agreement includes a pledge to curb climate change by reducing carbon dioxide "
     "and greenhouse gas emissions, calling on countries to support each other in adapting to the environmental "
     "challenges resulting from climate change, such as devastating droughts and rising sea levels.",
     "2015-12-12",
     [Q(31, "page")]),
    # a present tense with a day ahead: the publication year
    ("polnear", "The final contest in the Democratic primary comes June 14, when Democratic voters in the District of "
     "Columbia head to the polls.",
     "2016-06-08",
     [D("2016-06-14")]),
    # written on a Wednesday: that day; "no one" is no count
    ("polnear", "“What we have in common is that we’re not insiders, we are not taking part in the ‘system’, we "
     "depend on no one and do not take our orders from any financial institutions,” she told CNN in the interview "
     "taped and released on Wednesday.",
     "2016-08-31",
     [D("2016-08-31")]),
    # "the one in New Hampshire" is a pronoun
    ("polnear", "Whether Mr. Rubio's showing will be enough to change the race in New Hampshire is hard to say - "
     "there isn't much precedent for a logjam like the one in New Hampshire.",
     "2016-02-04",
     []),
    # joined by the sampler after "F.A.A." (kept as THIRTY_SECOND kept a joined pair); "one or two" is one to two
    # with its noun left out (EIGHTH's "one or two cast a protest vote"), the negated "more than" adding nothing the
    # range does not say (no precedent)
    ("polnear", "It is now cleared to fly again, according to the F.A.A. Most people who own aircraft do not have "
     "more than one or two.",
     "2016-04-25",
     [Q(1, None, "range", upper=2)]),
    # "One of his sons" is one of a group, no count
    ("polnear", "One of his sons is a Marine, a fact he frequently mentions on the campaign trail.",
     "2016-08-01",
     []),
    # a year in "of" after a common noun is a date (as "the Anti-Drug Abuse Act of 1988" is)
    ("polnear", "In the call, Wisconsin Rep. Reid Ribble, who was elected in the conservative wave of 2010, casts "
     "Trump as a former liberal who would “unravel” the policies he and fellow congressional Republicans have pushed "
     "for.",
     "2016-04-04",
     [D("2010")]),
    # "a 112-member body" counts members (NINTH's "the 95-member House Progressive Caucus")
    ("polnear", "Delegates leading the stop-Trump efforts have largely been coordinated by New Jersey’s Steve Lonegan "
     "— a former Cruz adviser — and Colorado’s Kendal Unruh, a delegate serving on the convention’s rules committee, "
     "a 112-member body that will set the terms of convention’s nomination process.",
     "2016-06-22",
     [Q(112, "member")]),
    # "less than" is under (TWENTY_SECOND's "fewer than two weeks"); a span counted back from now, undated
    ("polnear", "But less than a dozen years ago, it provided the Department of Homeland Security with a massive "
     "report on how many Arab Americans live in each ZIP code.",
     "2015-11-24",
     [Q(12, "year", "under")]),
    # a pair with units on both sides, the second lower, is two figures ("42%-32.7%")
    ("polnear", "Her 64%-27% advantage over Sanders among likely Democratic primary voters was largely because of "
     "backing from 74% of African-American likely voters, compared with 17% for Sanders.",
     "2016-02-11",
     [Q(64, "percent"), Q(27, "percent"), Q(74, "percent"), Q(17, "percent")]),
    # an age before its noun; "Saturday Night Live" is a title, no date
    ("polnear", 'Larry David, playing the 74-year-old Sanders on NBC\'s Saturday Night Live, explained: "The young '
     "people love me ... because I'm like them.",
     "2016-05-11",
     [Q(74, "year", measure="age")]),
    # "One of biggest US ports" is no count; "24 hours a day" is a rate (TWENTY_FIRST's "three days a week")
    ("allsides", "One of biggest US ports will start operating 24 hours a day to try to clear long queues of cargo "
     "ships stuck waiting outside.",
     "2021-10-13",
     [Q(24, "hour per day")]),
    # "served five terms" counts terms (THIRTY_EIGHTH's "served five terms", of the same senator)
    ("allsides", "Former GOP Sen. John Warner from Virginia, who served in Congress for five terms and played a "
     "central role in shaping military affairs legislation, has died.",
     "2021-05-26",
     [Q(5, "terms")]),
    # the hearing's day dates the saying; what is said is a clause of its own; "both generals" is no count
    ("allsides", "In a Sept. 28 Senate hearing, both generals said they believe the U.S. should have left a residual "
     "force of at least 2,500 troops, and that Biden received those recommendations.",
     "2021-09-29",
     [D("2021-09-28"), Q(2500, "troops", "at least")]),
    # written on a Friday: that day; "the Jan. 6 riot" names the event
    ("allsides", "Senate Republicans on Friday thwarted an effort to create an independent bipartisan commission to "
     "investigate the Jan. 6 riot at the Capitol, blocking legislation they believed would ultimately be used as a "
     "political weapon against them by Democrats.",
     "2021-05-28",
     [D("2021-05-28"), D("2021-01-06")]),
    # "as of" dates the clause with its subject and the apposition restating it; "12 years and older" is an age
    # (TABLE's "individuals 65 years and older"), undated; "almost" is about
    ("allsides", "About 53.1 percent of the U.S. population 12 years and older—almost 150.7 million individuals—had "
     "been fully vaccinated as of June 23, 2021, according to the Centers for Disease Control and Prevention (CDC).",
     "2021-07-27",
     [Q(53.1, "percent", "about", time="2021-06-23"), Q(12, "year", "at least"),
      Q(150.7e6, "individuals", "about", time="2021-06-23"), D("2021-06-23")]),
    # "this week" sits in the participle on the subject and dates that noun phrase only (as the poll's "taken …"
    # above); Thursday dates the announcing; "the next decade" is a span with no number (THIRTY_SECOND)
    ("allsides", "The bipartisan infrastructure legislation poised for a vote in the Senate this week would add $256 "
     "billion to the deficit over the next decade, congressional budget analysts announced Thursday, dashing hopes "
     "that provisions in the bill would fully pay for it.",
     "2021-08-06",
     [D("2021-W31"), Q(256e9, "USD"), D("2021-08-05")]),
    # written on a Friday: that day; "COVID-19" is a name, "a third dose" an ordinal
    ("allsides", "A Food and Drug Administration advisory panel voted against green-lighting COVID-19 booster shots "
     "Friday for most people — throwing up a major hurdle for President Biden’s plan to dole out a third dose to "
     "most Americans.",
     "2021-09-17",
     [D("2021-09-17")]),
    # Axios's label kept (THIRTY_NINTH's "The big picture:"); a year naming the act is a date
    ("allsides", "Why it matters: The suit argues that Trump and the other defendants violated the 1871 Ku Klux Klan "
     "Act, which in part prohibited conspiracies to overthrow the federal government.",
     "2021-08-26",
     [D("1871")]),
    # a past clause: the latest Oct. 29 before writing
    ("allsides", "On Oct. 29, Fox News host Tucker Carlson made a remarkable allegation.",
     "2021-06-30",
     [D("2020-10-29")]),
    # a day naming a thing is the nearest such day (the coming Aug. 31); a deadline is no "by" target
    ("allsides", "Biden answered questions from reporters following remarks outlining the new Aug. 31 withdrawal "
     'completion target and said while he doesn\'t "trust" the Taliban, he is confident the Afghan government and '
     "U.S.-trained security force there will be able to overcome the worse-equipped, smaller...",
     "2021-07-08",
     [D("2021-08-31")]),
    # an opening partitive with its month dates what follows (TABLE's "Of the emissions in 2016, 28% were …"); the
    # 105,000 counts no noun; "nearly" is about
    ("allsides", "Of the 188,829 border crossers in June, nearly 105,000 were expelled back into Mexico without being "
     "given the chance to claim asylum in the U.S. due to...",
     "2021-07-16",
     [Q(188829, "border crossers", time="2021-06"), D("2021-06"), Q(105000, None, "about", time="2021-06")]),
    # "new" dropped from the counted noun (TABLE's "850,000 new jobs"); the 8.3 million counts nothing, economists
    # being the forecast's subject (session 8's "the nearly 1 million jobs economists expected"); "the revised March
    # job opening numbers" names the numbers by their month
    ("allsides", "At 9.3 million new positions, it was far more than the 8.3 million economists polled by Refinitiv "
     "had predicted — which would have been flat from the revised March job opening numbers.",
     "2021-06-08",
     [Q(9.3e6, "positions"), Q(8.3e6, None), D("2021-03")]),
    # "one-way" is no count
    ("allsides", "The unlawful traffic across the southern U.S. border is not one-way, a fact driven home by the "
     "federal lawsuit filed this month by the Mexican government against a host of U.S. gun manufacturers and "
     "distributors.",
     "2021-08-29",
     [D("2021-08")]),
    # cut short by AllSides (kept as THIRTY_SECOND kept "… unconscious....")
    ("allsides", "While Trump kept the prison open during his four years...",
     "2021-07-19",
     [Q(4, "year")]),
    # the relative clause keeps its Friday (written on that Friday) from the 11 days
    ("allsides", "The cease-fire that took effect Friday appears to have halted 11 days of fighting between Israel and "
     "Gaza’s militant Hamas rulers, without resolving any of the underlying issues in the decades-old Middle East "
     "conflict.",
     "2021-05-21",
     [D("2021-05-21"), Q(11, "day")]),
    # "one of them" is no count
    ("allsides", "September 12, 2001, was one of them.",
     "2021-09-10",
     [D("2001-09-12")]),
    # an opening "until" dates both conjuncts (rule 2); "in 2010" in the apposition dates the winner's noun phrase
    # only; "only one" counts, set against five
    ("allsides", "And until this year, only five women, all White, had ever been nominated and only one had won -- "
     'Kathryn Bigelow, in 2010, for "The Hurt Locker."',
     "2021-04-26",
     [D("2021"), Q(5, "women", time="2021"), Q(1, None, time="2021"), D("2010")]),
]


def test_session_ten_a_table_is_real() -> None:
    sources = _sources_text(bias_residues=(250,)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTIETH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTIETH) == 58  # 59 drawn, one leftover dropped (see the module docstring)
    assert len({sentence for _, sentence, _, _ in FORTIETH}) == len(FORTIETH)


#: First run of FORTIETH (once, on the rules frozen at commit d831e50, after FORTIETH was committed at f1e587e): the
#: honest figure, untuned; the rules before the session's change (c206bf4) give the same output on every sentence. Its
#: 7 misses with the parse: on the time field 1 — "has plunged by 49 percent since its peak in 1993" left undated (the
#: "since" phrase's date not handed to its host, as EIGHTH's "dropped by 35% since late April" is); on a date's year,
#: day or shape 2 — "The May FEC report" not read (a month naming a record), "NBC's Saturday Night Live" read as a day
#: (2016-05-07; a show's title); on what a number counts or names 3 — "Camden Yards.Two dozen people have been
#: arrested" with the 24 not read (the source's glued sentence), "the 8.3 million economists polled by Refinitiv had
#: predicted" counting "economists" (the forecast's subject; "the revised March job opening numbers" not read as a date
#: either), "only one had won -- Kathryn Bigelow, in 2010" with the count lost; on a qualifier 1 — "three questions, I
#: think, or something like that" read as exact; none on value and unit or a target. Without the parse 10: the same
#: but the 49 percent right (the words date it by 1993), and also "the two worked well together" counting "worked well
#: together", "three SEAL officers who oversaw Gallagher during his deployment to Iraq in 2017" left undated, "About
#: 53.1 percent of the U.S. population …" with measure "U" and the percent and "almost 150.7 million individuals" left
#: undated by "as of June 23, 2021", "nearly 105,000" left undated by the opening "Of the 188,829 border crossers in
#: June", "only five women … and only one" read but left undated by the opening "until this year".
FORTIETH_ACCURACY_FIRST_RUN = 0.879  # 51 of 58 with the parse (as the claims stage runs it)
FORTIETH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.828  # 48 of 58
#: The table is gated at its first run less one sentence of slack, as session 8's and 9's are: it is no longer blind,
#: so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTIETH_ACCURACY = 0.86  # 50 / 58 = 0.8621
MIN_FORTIETH_ACCURACY_WITHOUT_PARSE = 0.81  # 47 / 58 = 0.8103

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_TEN_A_GATES = [
    ("fortieth", FORTIETH, MIN_FORTIETH_ACCURACY, MIN_FORTIETH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_TEN_A_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_TEN_A_GATES,
    ids=[g[0] for g in SESSION_TEN_A_GATES],
)
def test_session_ten_a_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
