"""Quantities, session 11 (third round, second of three blind draws): FIFTY_THIRD, annotated before the rules ran.

FIFTY_THIRD was drawn while another session-11 task changed the rules (the third round of issue 4's quantity work); the
annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it) ever read
these sentences, and the table is first run once, on the rules frozen at the end of that work. Like the earlier blind
tables, it is meant to be left out of ``benchmarks/quantities_score.py`` while it is blind, so that whoever changes the
rules never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py fifty-third`` (bias-corpus articles 60 and 380 modulo 700, in the order
of ``random.Random(2078)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62 bias-corpus
sentences and nothing else; every text of the earlier tables skipped, and the picks of FIFTY_SECOND and FIFTY_FOURTH,
drawn in the same batch). It gave 62 sentences. Three are dropped as scraping leftovers, and no more were drawn in their
place: two USA Today link lines ("Read or Share this story: https://www.usatoday.com/story/news/nation/2019/06/30/…" and
"Read or Share this story: http://usat.ly/1eAd1dw", as TWENTY_SIXTH dropped "Read or Share this story:
http://usat.ly/1MUhg5b": a share button's label and an address, no sentence of the article's text) and a photo gallery's
caption ("Hide Caption 16 of 27 Photos: Photos: The final presidential debate …", as FORTY_FIRST, FORTY_FIFTH and
FIFTIETH dropped "Hide Caption … Photos: …": a gallery's counter and a picture's description). The table has 59
sentences, all bias-corpus. Kept: two sentences the source ran together without a space ("… in November.Congress has
until April 17 …", as THIRTY_NINTH kept "he said.Trump closed"), a quotation left open by the source ('"I\'ll tell
Kevin, …'), a citation of a textbook run into the sentence it heads ("HMH, “American History: …,” California, P. 160
California is critical …"), the source's own typos ("more than third of", "had complied", "Secretary of Sate").
Published dates are the sources' own (thirteen sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "more than third of American workers", the source dropping the "a", is read as "more than a third of", over 33.33
  percent (the fractions of the module docstring), dated by the opening "In the 1950s" (rule 2);
- "between now and January 20, 2021" is the one date, 2021-01-20: "now" is no date (TWENTY_SIXTH's "Currently" is
  none), so no interval is written from it;
- "Republicans want to drop the corporate tax rate to 20% from 35%, set a 25% rate …": the wanted level "to" 20% is a
  target and the present one 35% exact (session 9's fixes: "increase from 10 percent to 25 percent"); "set a 25% rate"
  has no "to" and is left exact (the reader's reading: the docstring makes targets of "to", "by", "headed to" and "on
  track for" only);
- "Imports from China shot up to $31.1 billion from $19.8 billion in March", a past change, keeps both levels exact
  (session 9's fixes: "was cut from 45 to 29 stories"); "in March" follows the $19.8 billion and dates that noun
  phrase (rule 3) — the March total, "the lowest monthly total in 11 years" — not the later level;
- "He had two aides on line, one taping us" counts the "one" with no noun, as FORTY_FIFTH's "eight for shotguns" and
  THIRTY_EIGHTH's "one in Colorado, two in Illinois": set against the two, it is one of them, no article;
- "a “top 10” list" is the name of a kind of list in quotation marks, no count (the reader's reading, as the rank "the
  top three" counts nothing and FOURTEENTH's "the Big Three networks" names);
- "A Category 4 storm" is a reference number after a naming noun, no quantity (the docstring's "Article 5", "Flight
  17"); "P. 160" a page reference, as BLIND's "on page 23";
- "the first three caucuses and primaries" counts 3 "caucuses": the counted phrase ends at its first plural noun (the
  docstring), and "the first" is no rank of the number (FORTY_FOURTH's "the first four … states" is 4);
- "a two-term congressman" counts 2 "term" (THIRTY_FIFTH's "two-time offender", the tables' "four-star"), left undated:
  "in November" lies in the "before" clause, a clause of its own (rule 4).

First run (once, on the rules frozen at commit 7f8a0ad — ``/tmp/q19/FREEZE``'s line, read at 06:31 UTC — after the
annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this
module copied beside them with the scorer of 7c5799c, which knows its key, then ``PYTHONPATH=src python
benchmarks/quantities_score.py FIFTY_THIRD``): 0.915 with the parse (54 of 59), 0.898 without (53 of 59). The same run
on the rules from before the round (commit 6b5eff3, exported the same way): the same 54 and 53 sentences, the same
output — the round's fixes neither won nor lost a sentence here. No annotation was corrected after the first run. The
table is gated at its first run less one sentence; the misses are listed by category at the gate.
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
FIFTY_THIRD: list[tuple[str, str, str | None, list[Q]]] = [
    # "more than 12 hours before" a span from a point, undated (rule 5); the "as" clause is a clause of its own
    ("bias", "Ben Von Klemperer took in the heightened security as the gates opened more than 12 hours before the big "
     "celebration.",
     "2016-12-31",
     [Q(12, "hour", "over")]),
    # "for 2019" on the verb dates its clause and the sum in it (rule 1)
    ("bias", "The Overseas Contingency Fund, the Pentagon’s emergency fund which can be used for “a future event or "
     "circumstance that is possible but cannot be predicted with certainty,” and is outside of the base defense "
     "budget, for example makes up $69 billion for 2019.",
     "2019-05-02",
     [Q(69e9, "USD", time="2019"), D("2019")]),
    # "sixth place" an ordinal; "the first three caucuses and primaries" counts "caucuses" (the reader's decision, see
    # the docstring), in a relative clause without a date
    ("bias", "With all precincts reporting, Klobuchar was in sixth place with 3.1% of the vote, while the contest’s "
     "winner, former Vice President Joe Biden with 48%, emerged in a strong position to challenge Vermont Sen. Bernie "
     "Sanders, who dominated the first three caucuses and primaries.",
     None,
     [Q(3.1, "percent"), Q(48, "percent"), Q(3, "caucuses")]),
    # written on a Tuesday: "a tally Monday" is the day before; the date after "tally" dates that noun phrase only,
    # which is the object of "according to", neither subject nor object of the clause (rule 3), so the sum is undated;
    # "nearly" is about
    ("bias", "Elections in North Carolina, Colorado and Iowa each swamped the previous record for most outside "
     "spending in a Senate race, totaling nearly $200 million between them, according to a tally Monday from the "
     "Brennan Center for Justice.",
     "2014-11-04",
     [Q(200e6, "USD", "about"), D("2014-11-03")]),
    # the premodifiers stay in the counted phrase (FORTY_FIFTH's "three key swing states")
    ("bias", "In the interest of setting the record straight, then, here are five popularly repeated myths about the "
     "House Freedom Caucus.",
     "2015-10-18",
     [Q(5, "popularly repeated myths")]),
    # "one viral GIF" is "one" as an article, no count (the docstring's "one big win")
    ("bias", "Conservative websites note the prolonged looks the former president appears to give to first lady "
     "Melania Trump; one viral GIF created by a Reddit user seems to show Bubba checking out her décolletage.",
     "2017-07-08",
     []),
    # no publication date: a day without a year stays relative ("--03-17", "--05-15" in the earlier tables)
    ("bias", "On March 15, Fauci said, “The president's decision to essentially have a major blocking of travel from "
     "China, that already had an effect of not seeding the way, in Europe—Italy didn't do that.”",
     None,
     [D("--03-15")]),
    # "millions of Jews" is vague, no figure (as the seed table's "millions of tons of coal reserves"); "nearly a dozen"
    # is about 12 (the tables' "more than a dozen people")
    ("bias", "For his Balfour Declaration, he will forever be a hero to millions of Jews worldwide, and in Israel, "
     "where his memory is enshrined in the Balfour Forest and nearly a dozen streets named for him.",
     "2018-05-10",
     [Q(12, "streets", "about")]),
    # "in January", written in June, is the January past; "one year after" a span from a point, undated (rule 5), and
    # "one" beside a span of time counts
    ("bias", "The race was to succeed former Democratic Rep. Gabby Giffords, who stepped down in January, one year "
     "after surviving a gunshot wound to the head.",
     "2012-06-13",
     [D("2012-01"), Q(1, "year")]),
    # "a May 1, 2017, opinion" is a date naming a thing, still a date (rule 5's "the Jan. 6 riot")
    ("bias", "But the latest initiative by the Trump administration — backed by a May 1, 2017, opinion drafted by the "
     "Office of Legal Counsel of the Justice Department — has crossed a once unthinkable line, Democrats argue.",
     "2017-06-02",
     [D("2017-05-01")]),
    # "each and every one of you" holds no count
    ("bias", '"I want you to leave this celebration thinking about what more each and every one of you can do…to make '
     'not only the agencies of our government, but our world more just and free for all people."',
     None,
     []),
    # "four years from now" a span from a point, undated (THIRTY_THIRD's "50 years from now")
    ("bias", "Such a change would have presumably also helped Mr. Romney, if he wins the presidency, to head off a "
     "potential primary challenge four years from now, some opponents said.",
     "2012-08-28",
     [Q(4, "year")]),
    # written on a Sunday: "said Monday" in the past is the Monday before; "France24" a name glued to its number
    ("bias", "According to France24, a source in Prime Minister Jean-Marc Ayrault’s office said Monday that France’s "
     "socialist government would no longer present a bill to modernize family law to reflect “diversity” of families.",
     "2014-02-09",
     [D("2014-02-03")]),
    ("bias", "The poll has Kennedy — who has repeatedly said he won't challenge Johnson for the nomination — with 51 "
     "percent of the vote, compared with 39 percent for LBJ.",
     "2012-10-01",
     [Q(51, "percent"), Q(39, "percent")]),
    # "the state’s 9th congressional district" an ordinal
    ("bias", "The director’s testimony came at the opening of a state elections board hearing into whether mail-in "
     "ballots were tampered with in the race for the state’s 9th congressional district seat that saw Republican Mark "
     "Harris narrowly defeat Democrat Dan McCready.",
     "2019-02-19",
     []),
    # (Dropped here, bias) a link line ("Read or Share this story: https://www.usatoday.com/story/news/nation/2019/06/30/
    # antifa-right-wing-protesters-clash-streets-portland-oregon/1611630001/"), as TWENTY_SIXTH dropped "Read or Share
    # this story: http://usat.ly/1MUhg5b"
    # "between now and January 20, 2021" is the one date (the reader's decision, see the docstring)
    ("bias", "Either way, the people will have multiple opportunities to register their views on Trump between now and "
     "January 20, 2021.",
     "2018-03-19",
     [D("2021-01-20")]),
    # "a two-day bus tour" counts days (the tables' "the two-day summit")
    ("bias", "The president — sitting down with CNN while on a two-day bus tour through upstate New York and "
     "Pennsylvania — also conceded that the American people aren’t convinced by his assurances, or those of "
     "congressional leaders, that the federal government isn’t listening to citizens’ phone calls and reading emails.",
     "2013-08-23",
     [Q(2, "day")]),
    # kept, though the source ran two sentences together (THIRTY_NINTH kept "he said.Trump closed"); "a two-term
    # congressman" counts terms, undated (the reader's decision, see the docstring); "in November", written in March,
    # is the November past; "has until April 17" in the present is this year's April
    ("bias", "Lankford trained as a Baptist minister and was a two-term congressman before winning his Senate seat in "
     "November.Congress has until April 17 to overturn the D.C. laws.",
     "2015-03-19",
     [Q(2, "term"), D("2014-11"), D("2015-04-17")]),
    ("bias", "It remains to be seen whether Obama's numbers will rebound -- as they have in the past -- and whether "
     "2014 will prompt a full-scale revolt among vulnerable or even potentially vulnerable Democrats running.",
     None,
     [D("2014")]),
    # (Dropped here, bias) a link line ("Read or Share this story: http://usat.ly/1eAd1dw"), as above
    # "five times" counts occasions (the tables' "a dozen times")
    ("bias", "Pollack met with President Trump five times, he explained, and applauded the President's initiation of a "
     "federal school safety commission to investigate what steps need to be taken to ensure safety in schools across "
     "the country.",
     None,
     [Q(5, "times")]),
    # a wanted change "to" a level "from" another: the level now exact, the wanted one a target (session 9's
    # fixes: "increase from 10 percent to 25 percent"); "set a 25% rate" exact (the reader's decision, see the
    # docstring)
    ("bias", "Republicans want to drop the corporate tax rate to 20% from 35%, set a 25% rate on businesses that pay "
     "through their owners’ individual tax returns, repeal the estate tax and make tax filing simpler.",
     None,
     [Q(20, "percent", "target"), Q(35, "percent"), Q(25, "percent")]),
    ("bias", "In a major story promoting collusion, The New York Times in February 2017 ran a story that said the U.S. "
     "government had complied a large amount of communication intercepts and phone records between Trump campaign "
     "officials and Russian intelligence.",
     "2018-05-03",
     [D("2017-02")]),
    ("bias", "“It is likely that I would support a motion to call witnesses at that point in the trial, just as I did "
     "in 1999.”",
     "2020-01-16",
     [D("1999")]),
    # "seven of them" counts with no noun (the tables' "12 of the 19 contain"); the percent of a hypothetical, exact
    ("bias", "If 10 Hispanics vote in the GOP primary in, say, Florida, and Trump wins votes from seven of them, he "
     "would have won 70 percent of the Hispanic vote in that primary election.",
     "2016-08-07",
     [Q(10, "Hispanics"), Q(7, None), Q(70, "percent")]),
    # (Dropped here, bias) a photo gallery's caption ("Hide Caption 16 of 27 Photos: Photos: The final presidential
    # debate …"), as FORTY_FIFTH and FIFTIETH dropped "Hide Caption … Photos: …"
    # "one was a Democrat" is a pronoun, nothing set against it
    ("bias", "They could not have been — and one was a Democrat, and this gentleman happens to be a proud Democrat.",
     None,
     []),
    # "his No. 1 responsibility" a rank, no quantity (the tables' "enemy No. 1", "the No. 2 GOP leader")
    ("bias", '"I\'ll tell Kevin, if he\'s the next speaker, that his No. 1 responsibility is to protect the '
     'institution.',
     "2015-09-28",
     []),
    # "last August", written in April 2016, is 2015-08; it dates the noun phrase and clause holding the two days
    # (rules 1 and 3)
    ("bias", "His efforts were bolstered by two days of Cruz campaign stops in Wyoming last August.",
     "2016-04-16",
     [Q(2, "day", time="2015-08"), D("2015-08")]),
    # "just over" is over; "I-VT" no figure
    ("bias", "Sen. Bernie Sanders (I-VT) won just over 43% of the vote.",
     "2016-06-08",
     [Q(43, "percent", "over")]),
    # a ratio with a round base is a share ("nine out of 10 doctors", session 8's fixes)
    ("bias", "In all, 6 out of 10 blacks live in the states not expanding Medicaid.",
     "2013-10-03",
     [Q(60, "percent")]),
    # "more than third of" read as "more than a third of" (the reader's decision, see the docstring); the opening date
    # dates the clause (rule 2)
    ("bias", "In the 1950s, more than third of American workers in the private sector were members of unions, but "
     "public sector unions were inconsequential.",
     "2015-04-08",
     [D("1950s"), Q(33.33, "percent", "over", "1950s")]),
    # "the early 1970s" is the decade (the tables' "the early 1900s")
    ("bias", "The backlash Biden faces from his rivals is less about his record on race -- he has long fought for "
     "racial equality -- and far more about whether he truly appreciates the changes that have taken place in his "
     "own party during a career that began in the early 1970s.",
     "2019-06-20",
     [D("1970s")]),
    # "9/11" a name; "one of the parties" no count
    ("bias", "Under that program, begun shortly after the 9/11 attacks, intelligence agencies could spy on "
     "communications between U.S. residents and people overseas without a warrant, if it was believed one of the "
     "parties was linked to terrorism.",
     "2012-12-28",
     []),
    # "Category 4" a reference number (the reader's decision, see the docstring)
    ("bias", "A Category 4 storm hitting the Texas coast is a well-considered scenario.",
     "2017-08-26",
     []),
    # a large, uneven base: two counts (the session-8 fixes' guard "61 out of 149 seats")
    ("bias", "Of the 5,700 patients included in the study, 3,066 cases were not yet resolved.",
     None,
     [Q(5700, "patients"), Q(3066, "cases")]),
    # a span of days across two months is one interval ("2021-06-15/2021-06-16" in the earlier tables)
    ("bias", "The poll was conducted Oct. 31-Nov. 3.",
     "2012-11-04",
     [D("2012-10-31/2012-11-03")]),
    # "just" is no qualifier
    ("bias", "The burden of debt falls more heavily on minority students and students of color: 84 percent of "
     "low-income students at public universities borrow to attend college, compared with just 46 percent of their "
     "peers who aren't getting Pell Grants.",
     "2015-06-10",
     [Q(84, "percent"), Q(46, "percent")]),
    # kept, a citation run into its sentence; "P. 160" a page reference (the reader's decision, see the docstring)
    ("bias", "HMH, “American History: Reconstruction to the Present,” California, P. 160 California is critical of "
     "wealth inequality and the impact of companies like Standard Oil on the environment.",
     "2020-01-12",
     []),
    # "one of the few instances" no count (FORTY_FIFTH's "one of many examples")
    ("bias", "For one of the few instances in his presidency, he now appears willing to burn political capital by "
     "pressuring Senate Democrats to vote for a measure that is likely to die in the House, a symbolic victory that "
     "sets the stage, he hopes, for more meaningful ones.",
     "2013-01-16",
     []),
    # "the Supreme Court’s June 26 decision" a date naming a thing, still a date; no publication date, no year
    ("bias", "“The Government’s definition of close familial relationship is not only not compelled by the Supreme "
     "Court’s June 26 decision, but contradicts it,” the judge wrote.",
     None,
     [D("--06-26")]),
    ("bias", "In 2012, for instance, the RNC and Mitt Romney’s campaign had their volunteers read from a generic "
     "script when reaching potential supporters by phone or at the door.",
     "2013-07-24",
     [D("2012")]),
    # "recently" is no date
    ("bias", "He said he recently had three interviews and remains optimistic, but has little doubt that his age is "
     "making it harder to find work.",
     None,
     [Q(3, "interviews")]),
    ("bias", "The truth is the great majority of the 17 agencies that make up the U.S. intelligence community had "
     "nothing to do with the investigation and made no judgments about the matter.",
     "2017-07-09",
     [Q(17, "agencies")]),
    # a past change keeps both levels exact; "in March" dates the $19.8 billion only (the reader's decision, see the
    # docstring); "in 11 years" a span, in the "which" clause, undated
    ("bias", "Imports from China shot up to $31.1 billion from $19.8 billion in March, which marked the lowest monthly "
     "total in 11 years.",
     "2020-06-23",
     [Q(31.1e9, "USD"), Q(19.8e9, "USD", time="2020-03"), D("2020-03"), Q(11, "year")]),
    # the "when" clause after the date is the date's (rule 4), holding no figure
    ("bias", "And this is Ken Salazar speaking about fracking in 2011, when he was still interior secretary.",
     "2016-08-17",
     [D("2011")]),
    # "a “top 10” list" names a kind of list (the reader's decision, see the docstring)
    ("bias", "A well-designed algorithm would then sort the cities, giving users a “top 10” list of locations best "
     "suited to their individual needs.",
     "2017-03-28",
     []),
    # "his 2012 decision" a date naming a thing (rule 5), still a date
    ("bias", "Obama was sued by Congress for his 2012 decision to invoke his powers to block lawmakers from viewing "
     "documents related to the Fast and Furious gun-running scandal.",
     "2017-06-03",
     [D("2012")]),
    # "in 2012" lies in the dashes' aside (rule 4), so the two representatives are undated; "now" is no date; the
    # adjective stays in the counted phrase
    ("bias", "A pair that weeks ago might have been dismissed as fad fringe candidates sure to fade—a la Herman Cain "
     "or Michele Bachmann in 2012—now increasingly looks like two well-financed representatives of the angry strain of "
     "blue-collar Republicans fed up with their party’s establishment.",
     "2015-10-22",
     [D("2012"), Q(2, "well-financed representatives")]),
    # "$60 billion more" a difference, exact
    ("bias", "As a result, DACA beneficiaries contribute $60 billion more to taxes than they consume in benefits.",
     "2017-09-05",
     [Q(60e9, "USD")]),
    # "a five-line readout" counts lines (the tables' "the one-page letter"); "Jan. 31 meeting", written in February, a
    # date naming the meeting, the January past
    ("bias", "Treasury spokeswoman Suzanne Elio provided a five-line readout of another closed-door Jan. 31 meeting "
     "that tersely noted that the panel continued its “analysis of nonbank financial companies.”",
     "2013-02-17",
     [Q(5, "line"), D("2013-01-31")]),
    ("bias", "Four Senate Democrats joined with 54 Republicans who voted to move forward.",
     "2015-09-10",
     [Q(4, "Senate Democrats"), Q(54, "Republicans")]),
    ("bias", "Like Parks, who refused to give up her bus seat to a white man in that seminal confrontation in "
     "Montgomery, Ala., which helped spark the civil rights movement in 1955, Mathews stood her ground.",
     None,
     [D("1955")]),
    ("bias", "Fox News announced the departure of the long-time host in a statement released shortly after news broke "
     "of a settlement between the network and former anchor Gretchen Carlson, who had filed a $20 million lawsuit over "
     "allegations of sexual harassment from former Fox News Chairman Roger Ailes.",
     "2016-09-06",
     [Q(20e6, "USD")]),
    # "the last two months" a span back from now, undated (the tables' "over the last 11 months")
    ("bias", "The struggles with the federal website (more on that below) have dominated the last two months, and have "
     "sent his approval ratings to new lows.",
     "2013-12-03",
     [Q(2, "month")]),
    # "the 2016 presidential election" a year naming the election, a date
    ("bias", "The consensus of the U.S. intelligence community is that Russians did seek to influence the 2016 "
     "presidential election, although the investigation has yet to reach a conclusion on whether Russia influenced "
     "the outcome.",
     "2018-02-17",
     [D("2016")]),
    # "two of America’s closest allies" counts with no noun (the tables' "12 of the 19 contain")
    ("bias", "North Korea gets far less public attention, but it is a literally existential threat to two of America’s "
     "closest allies, Japan and South Korea.",
     "2017-07-05",
     [Q(2, None)]),
    # "over the past two years" a span back from now, undated
    ("bias", "Immigration detention has exploded over the past two years despite Republican appropriators’ efforts to "
     "limit spending on it — so Democrats will likely ask questions about who is being detained, for how long, and "
     "why.",
     "2019-01-03",
     [Q(2, "year")]),
    # "one taping us", set against the two aides, counts with no noun (the reader's decision, see the docstring)
    ("bias", "“He had two aides on line, one taping us,” Martin wrote.",
     "2017-10-10",
     [Q(2, "aides"), Q(1, None)]),
    # "a 2009 procedure" a date naming a thing, still a date; "G-4" a number glued to a letter
    ("bias", "The new policy reverses a 2009 procedure put in place by then-Secretary of Sate Hillary Clinton that "
     "allowed same-sex partners to obtain a G-4 or spousal visa.",
     None,
     [D("2009")]),
    # "3:30 p.m." a time of day, no quantity
    ("bias", "The fundraising appeal claimed that Trump had personally requested to see a list of people who had "
     "joined his “Official Impeachment Defense Task Force” and urged donors to send their money before 3:30 p.m., when "
     "the list would supposedly be sent to the president.",
     None,
     []),
]


def test_session_eleven_h_table_is_real() -> None:
    sources = _sources_text(bias_residues=(60, 380))
    for source, sentence, _, _ in FIFTY_THIRD:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FIFTY_THIRD) == 59
    assert len({sentence for _, sentence, _, _ in FIFTY_THIRD}) == len(FIFTY_THIRD)


#: First-run misses with the parse (5 of 59), all on what a number counts, its qualifier or value: "the first three
#: caucuses and primaries" counting both nouns (the first), "drop the corporate tax rate to 20% from 35%" with the 20%
#: exact (a target), "more than third of American workers" (a typo for "a third") not read, "shot up to $31.1 billion
#: from $19.8 billion in March, which marked the lowest monthly total in 11 years" with "up to" read as a qualifier and
#: the $31.1 billion and the 11 years dated March (only the $19.8 billion is), "two aides on line, one taping us"
#: without the pronoun's 1. Without the parse 6: the same but the first right, and two more.
FIFTY_THIRD_ACCURACY_FIRST_RUN = 0.915  # 54 of 59 with the parse (as the claims stage runs it)
FIFTY_THIRD_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.898  # 53 of 59
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FIFTY_THIRD_ACCURACY = 0.89  # 53 / 59 = 0.8983
MIN_FIFTY_THIRD_ACCURACY_WITHOUT_PARSE = 0.88  # 52 / 59 = 0.8814

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_H_GATES = [
    ("fifty-third", FIFTY_THIRD, MIN_FIFTY_THIRD_ACCURACY, MIN_FIFTY_THIRD_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_H_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_H_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_H_GATES],
)
def test_session_eleven_h_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
