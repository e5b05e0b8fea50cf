"""Quantities, session 11 (blind draw fifty-fourth): FIFTY_FOURTH, annotated before the rules ran.

FIFTY_FOURTH was drawn while another session-11 task changed the rules; the annotations were committed before
``find_quantities`` (or the scorer, the pipeline or any test running it) ever read these sentences, and the table is
first run once, on the rules frozen at the end of that work.

It was drawn by ``benchmarks/quantities_draw.py fifty-fourth`` (bias-corpus articles 140 and 490 modulo 700, in the
order of ``random.Random(2079)``; AllSides bodies, PolNeAR *train* and BASIL are used up, so the draw asks for 62
bias-corpus sentences and nothing else, every text of the earlier tables skipped). It gave 62 sentences. None is
dropped: no photo caption, photo credit, link line or tweet metadata came up. Kept: two passages the source ran
together with "…" ('“It’s not going anywhere today, …”… Obama did not use the word …', 'No one should want trade
terms … anywhere else… No future protests …”', as earlier tables kept such runs), a sentence closed by a spaced
ellipsis ("Percy Sims, 47, lives at 105th and Wentworth . . ."), an editor's bracket ("paid [millions] in bonuses"),
a missing word ("is one the most outspoken leaders"). The table has 62 sentences, all bias-corpus. Published dates
are the sources' own (five sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- "there should not be one dime of deficit reduction" holds no quantity: "not one dime" is the idiom for no money at
  all, as a precedent's "didn't provide a dime" (the row of "the top ten sources") holds none; the coin is no count;
- "one minute Ferguson, next minute New York, next minute Cleveland" holds no quantity: "one minute … next minute"
  names moments in a sequence, no length of time, and "one" here pairs with "next" as "one … the other";
- "a thing or two" is the idiom for "something", no figure (unlike the docstring's "once or twice", which counts
  times);
- "no consistent principle save one" counts 1 with its noun left out (Q(1, None)), "save" setting the one against
  "no", as TWENTY_NINTH's "narrow her support to one";
- "the big three" (issues Democrats care about) counts 3 with no noun, as "12 of the 19 contain …" (a number standing
  as the noun phrase's head);
- "As for the coming year", written on 2018-01-27, is 2018 and, opening the sentence, dates the clause and its
  trillion-dollar object (rule 2; "a trillion-dollar plan" is 1 trillion USD by the docstring's row);
- "visited the district twice …, once in January and again on Saturday night" gives 2 times, undated (its two dates
  split it), and 1 time dated by January, the date hanging on "once" (rule 5's nearest in the tree);
- "a net worth of $3.5 billion in 2004, four times as much as what the bank found" dates both the sum and the multiple
  (an appositive of the clause's object, rule 1);
- "“It’s not going anywhere today, it’s not going anywhere tomorrow.”" holds no date: a rhetorical pair meaning never,
  as the precedent "today, tomorrow, forever" in a quoted slogan is no date;
- "“The 4% Solution: …”", a book title, holds 4 percent, undated: a figure describing the noun the participle's date
  is on, not that noun (rule 3; numbers in names are read, as FORTY_FIFTH's "the Mike Bloomberg 2020 campaign").

First run (once, on the rules frozen at commit 7f8a0ad — ``/tmp/q19/FREEZE``'s line, read at 06:31 UTC — after the
annotations were committed; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive`` and this
module copied beside them with the scorer of 7c5799c, which knows its key, then ``PYTHONPATH=src python
benchmarks/quantities_score.py FIFTY_FOURTH``): 0.790 with the parse (49 of 62), 0.710 without (44 of 62). The same run
on the rules from before the round (commit 6b5eff3, exported the same way): 48 with the parse and 43 without, the output
differing in one sentence only: "in June, 2009" is now one date, the shape the round fixed first by its frequency in the
audit (7 audit sentences), so the round gained one sentence of this draw and none of the other two. No annotation was
corrected after the first run. The table is gated at its first run less one sentence; the misses are listed by category
at the gate.
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
FIFTY_FOURTH: list[tuple[str, str, str | None, list[Q]]] = [
    # "in 2010" sits in the appositive on Carey (his post then); "said" carries no date
    ("bias", "Ron Carey, former chairman of the Minnesota Republican Party and Bachmann’s chief of staff in 2010, said "
     "he was present during a private briefing in her office about the group.",
     "2012-07-23",
     [D("2010")]),
    # written on a Wednesday: "Tuesday night" is the day before; it hangs on the participle on the counted votes and
    # dates that count (rule 3, "the $5 million spent in 2011"); "about 2.1 million versus" leaves its noun out, so no
    # unit (FORTY_FIFTH's "eight for shotguns")
    ("bias", "And that was in a presidential year, so there were many more voters participating in the election "
     "(about 2.1 million versus the 1.3 million votes cast Tuesday night.)",
     "2017-12-13",
     [Q(2.1e6, None, "about"), Q(1.3e6, "votes", time="2017-12-12"), D("2017-12-12")]),
    # "four-page summary" counts pages as "a 112-member body" counts members
    ("bias", "In particular, they have zeroed in on Barr’s handling of the report’s release, alleging that he is "
     "biased toward the president in his presentation of the report in his initial four-page summary of its "
     "conclusions.",
     None,
     [Q(4, "page")]),
    # adjectives stay in the counted phrase (FORTY_FIFTH's "three key swing states")
    ("bias", "Two conservative Republicans, Sen. Rand Paul of Kentucky and Rep. Louie Gohmert of Texas, announced "
     "plans for a lawsuit challenging whether a secret court order allowing the collection of phone records was "
     "constitutional.",
     "2013-06-13",
     [Q(2, "conservative Republicans")]),
    # "the roughly 40-member … Freedom Caucus" counts members, about (NINTH's "the 95-member House Progressive Caucus")
    ("bias", "Vice President Pence, who canceled a trip out of Washington, had hoped to make one last sale in a "
     "meeting with the roughly 40-member, hard-line conservative Freedom Caucus, which had also refused to budge from "
     "its ideological objections to the bill.",
     "2017-03-24",
     [Q(40, "member", "about")]),
    # "between 2001-2016" is one interval of years (SEVENTEENTH's "2014-2016", "from 2011 to 2013")
    ("bias", "Her office had the highest staff turnover rate in the Senate between 2001-2016, according to Politico.",
     "2019-02-10",
     [D("2001/2016")]),
    # "not one dime" is no quantity (the reader's decision, see the docstring)
    ("bias", "“The only win, if you can call it that, that this gives is [to] those on the Republican side who are "
     "willing to let all this harm be inflicted so they can stand by this principle that there should not be one "
     "dime of deficit reduction that should ever come from closing loopholes of deductions.",
     "2013-03-03",
     []),
    ("bias", "The paper said those comments amounted to “tax absolution” for the president and “has made it that much "
     "harder for Republicans to again turn ObamaCare into the winning issue it was in 2010.”",
     "2012-07-05",
     [D("2010")]),
    # "three others" counts "others" (the precedent "more than a dozen others injured")
    ("bias", "Already, the attack that killed Ambassador Chris Stevens and three others was being called an "
     "intelligence failure — both the failure to anticipate it and the decision to identify it as a riot rather than "
     "a terrorist attack.",
     "2012-11-10",
     [Q(3, "others")]),
    # the quoted "today … tomorrow" is no date (the reader's decision, see the docstring); "the 1950s" is a decade
    # (FORTY_FIFTH's "the 1990s")
    ("bias", "“It’s not going anywhere today, it’s not going anywhere tomorrow.”… Obama did not use the word "
     "“abortion” during his remarks, but said the “right to choose” has long been upheld by courts… Citing efforts "
     "in some states to restrict access to certain services, including abortion, Obama said it looks like some "
     "lawmakers want to turn back the clock to the 1950s.",
     "2013-04-26",
     [D("1950s")]),
    # "as one United Kingdom" is "one" as unity, no count
    ("bias", "From the start and throughout the discussions, we will negotiate as one United Kingdom, taking due "
     "account of the specific interests of every nation and region of the UK as we do so.",
     None,
     []),
    # "nearly" is about; "less than a quarter of" is under 25 percent (the precedent "less than a quarter of it")
    ("bias", "President Barack Obama has requested nearly $4 billion to deal with the crisis on the southern border "
     "but a House Republican plan would provide less than a quarter of what Obama's asking.",
     "2014-07-29",
     [Q(4e9, "USD", "about"), Q(25, "percent", "under")]),
    # "over the next decade" is a span from now, no figure and no date (TWELFTH's "over the next decade",
    # THIRTY_SECOND's "throughout the next decade")
    ("bias", "Guthrie also challenged Ryan, whom she described as \"a longtime budget hawk,\" to defend the nearly "
     "$1.5 trillion that independent analyses have found the GOP tax cuts will add to the deficit over the next "
     "decade.",
     "2017-12-20",
     [Q(1.5e12, "USD", "about")]),
    # "a day after" is 1 day, a span from a point, undated (THIRTY_FIRST's "a day after"); "Section 215" is a reference
    ("bias", "This lawsuit comes a day after we submitted a motion to the Foreign Intelligence Surveillance Court "
     "(FISC) seeking the release of secret court opinions on the Patriot Act's Section 215, which has been interpreted "
     "to authorize this warrantless and suspicionless collection of phone records.",
     "2013-06-12",
     [Q(1, "day")]),
    # "just" is no qualifier (TABLE's "just six percent"); "a 21-day absence" counts days
    ("bias", "It's just 24 hours since the North Korean leader Kim Jong-un re-appeared after a 21-day absence.",
     None,
     [Q(24, "hour"), Q(21, "day")]),
    # "ten years ago" is a span from a point, undated, and the baseline of "its lowest since" (rule 5)
    ("bias", "Meanwhile economic sentiment in Germany is at its lowest since the beginning of the financial crisis ten "
     "years ago, as Europe prepares for the unavoidable economic shock of the no-deal Brexit the current U.K. "
     "government is preparing for.",
     "2019-08-14",
     [Q(10, "year")]),
    # "last month" dates the testifying only; what was testified is a clause of its own (rule 4), dated by its interval
    # "between May 6 and May 19" (ELEVENTH's "between April 15 and May 15")
    ("bias", "A U.S. Customs and Border Protection (CBP) official testified last month to Congress that between May 6 "
     "and May 19, 658 children were separated from 638 parents because of the stepped-up prosecutions.",
     "2018-06-11",
     [D("2018-05"), D("2018-05-06/2018-05-19"), Q(658, "children", time="2018-05-06/2018-05-19"),
      Q(638, "parents", time="2018-05-06/2018-05-19")]),
    # "in 2004" dates the sum and the appositive multiple (the reader's decision, see the docstring); multiples as
    # "four times the monetary penalty"
    ("bias", "Or the time he sought a bank loan claiming a net worth of $3.5 billion in 2004, four times as much as "
     "what the bank found when it checked his math.",
     "2016-07-17",
     [Q(3.5e9, "USD", time="2004"), D("2004"), Q(4, "times", time="2004")]),
    # years naming things are dates that frame nothing (rule 5); "the big three" counts 3, no noun (the reader's
    # decision, see the docstring)
    ("bias", "With primary season 2014 and an open 2016 nominating process just around the corner, Democrats are eager "
     "to show that they care about the big three.",
     "2013-03-15",
     [D("2014"), D("2016"), Q(3, None)]),
    # "the four-year campaign" counts years (NINETEENTH's "two-decade U.S. war effort")
    ("bias", "The US-backed Kurds are drawn from the same Kurdish groups – a point that has caused friction between "
     "Ankara and Washington throughout the four-year campaign against Isis.",
     "2018-12-20",
     [Q(4, "year")]),
    ("bias", "This behavior includes reportedly leaving his combat outpost, Mest-Lalak, in Paktika Province in "
     "dangerous eastern Afghanistan in June, 2009.",
     "2015-01-27",
     [D("2009-06")]),
    # "only" is no qualifier; "[millions]" is vague, no figure (as "several hundred")
    ("bias", "“They tell me they’re outraged they can only answer 53 percent of the calls; I tell them I’m outraged "
     "they just paid [millions] in bonuses to people, some of them who owe back taxes — get your priorities right,” "
     "Crenshaw said.",
     "2014-12-11",
     [Q(53, "percent")]),
    ("bias", "More than 78,000 people have signed the letter, organized and posted online by the Pittsburgh chapter of "
     "Bend the Arc, a Jewish organization opposed to what it calls “the immoral agenda of the Trump administration and "
     "the Republican Party.”",
     "2018-10-31",
     [Q(78000, "people", "over")]),
    # "the Sept. 11 attacks" is 2001-09-11, which the reader knows (the session-9 reader's answer on "the Sept. 11
    # attacks"); it names the attacks before its noun and frames nothing
    ("bias", "And that’s true to a fault, according to longtime FBI associate James Bernazzani, who served as head of "
     "the FBI’s contingent of agents and analysts at the CIA Counterterrorism Center in the critical years after the "
     "Sept. 11 attacks.",
     "2017-05-18",
     [D("2001-09-11")]),
    ("bias", "The money is being used for expenses like depositions and has not gone to pay legal fees, which already "
     "have reached $150,000, said Ms. Allred, who added that neither she nor Ms. Zervos would personally accept any of "
     "the money raised.",
     "2017-12-31",
     [Q(150000, "USD")]),
    # "the coming year" written in January 2018 is 2018 and dates the clause it opens (the reader's decision, see the
    # docstring); "a trillion-dollar" is 1 trillion USD (the docstring's row "a trillion-dollar plan")
    ("bias", "As for the coming year, Trump plans to discuss a trillion-dollar infrastructure proposal designed to "
     "repair the nation's roads and bridges, and to build new ones.",
     "2018-01-27",
     [D("2018"), Q(1e12, "USD", time="2018")]),
    # "a dozen or so" is about 12 ("or so" as "roughly")
    ("bias", "Arizona Sen. Jeff Flake noted that he expected the compromise amendment would persuade a dozen or so "
     "Republicans to support the overall bill.",
     "2013-06-20",
     [Q(12, "Republicans", "about")]),
    # the proverbial $200 is still a sum
    ("bias", "Go ahead without its imprimatur, and you go to jail (and do not collect that proverbial $200).",
     "2020-07-13",
     [Q(200, "USD")]),
    # "all four" counts with its noun left out (FORTY_FIFTH's "eight for shotguns"); "in the fall", written in August
    # 2012 of a coming win, is 2012's autumn (FORTY_FIFTH's "by fall"); it hangs on "winning", not on "sweep"
    ("bias", "The Republican may need to sweep all four to have a chance of winning the White House in the fall.",
     "2012-08-10",
     [Q(4, None), D("2012-09/2012-11")]),
    # "in any one year" counts the year (TWENTY_NINTH's "one single year")
    ("bias", "U.S. economic growth under President Barack Obama has never reached 3 percent in any one year -- "
     "something that's never happened under any other U.S. president.",
     "2016-09-16",
     [Q(3, "percent"), Q(1, "year")]),
    # "One endangered GOP senator" is "a certain senator", no count (the docstring's "One GOP senator said")
    ("bias", "One endangered GOP senator, Pat Toomey of Pennsylvania, told a Philadelphia radio station soon after the "
     "news broke that “it looks to me like Hillary Clinton is in a world of hot water.”",
     "2016-10-30",
     []),
    # an age after a name (the precedent "Mark Anderl, 63."); "105th" is an ordinal (a street)
    ("bias", "Percy Sims, 47, lives at 105th and Wentworth . . .",
     "2019-10-28",
     [Q(47, None, measure="age")]),
    # each "one" is set against the other counts, so counts (the docstring's "one" rule); singular nouns stay singular
    # (the precedent "1 dose")
    ("bias", "Two U.S. service members, one civilian employee of the Defense Department and one contractor for the "
     "department were killed and three U.S. service members injured in the attack, according to U.S. Central Command, "
     "which oversees forces in the region.",
     "2019-01-16",
     [Q(2, "U.S. service members"), Q(1, "civilian employee"), Q(1, "contractor"), Q(3, "U.S. service members")]),
    # "one minute … next minute" is no quantity (the reader's decision, see the docstring)
    ("bias", "Because we cannot be put around like social hamsters – one minute Ferguson, next minute New York, next "
     "minute Cleveland.",
     "2014-12-03",
     []),
    # "the previous two years" is a span from a point, undated (rule 5); "four largest" keeps its superlative as "100
    # poorest countries"
    ("bias", "They did not come up with a definitive number, but they found that in the previous two years, the "
     "nation's four largest for-profit health insurance companies had denied coverage to 651,000 people based on "
     "pre-existing conditions.",
     "2013-12-09",
     [Q(2, "year"), Q(4, "largest for-profit health insurance companies"), Q(651000, "people")]),
    ("bias", "The largest group was the Southern Baptist Convention, with 437 members.",
     "2015-04-15",
     [Q(437, "members")]),
    # "a 22-year-old campaign staffer" is an age (the precedent "the 53-year-old")
    ("bias", "As reported by Red State, a conservative website, Ms. Hill was involved with a 22-year-old campaign "
     "staffer and her husband in a “throuple” relationship.",
     "2019-10-27",
     [Q(22, "year", measure="age")]),
    # "two centuries later" is a span from a point, undated
    ("bias", "They became friends again after the brawl, just like George H.W. Bush and Bill Clinton two centuries "
     "later.",
     "2018-12-06",
     [Q(2, "century")]),
    # "for a month" is 1 month, as "a day after" is 1 day
    ("bias", "Besides extending government funding for a month to give negotiators more time to work on a longer deal, "
     "the House’s temporary spending bill would extend the Children’s Health Insurance Program (CHIP) for low-income "
     "families for six years.",
     "2018-01-19",
     [Q(1, "month"), Q(6, "year")]),
    # "Two years later" a span from a point, undated; "who was 22" an age; "fourth" an ordinal
    ("bias", "Two years later he married his fourth spouse, a cocktail waitress who was 22.",
     "2018-09-16",
     [Q(2, "year"), Q(22, None, measure="age")]),
    # "a thing or two" is no figure (the reader's decision, see the docstring); "overnight" is "suddenly", no date
    ("bias", "Tea party types have relished showing the chosen candidates of the Washington establishment a thing or "
     "two — and it’s hard to see them laying down arms overnight.",
     "2012-11-18",
     []),
    # "over the decades" holds no number (as "over the last decade")
    ("bias", "Would it kill those political figures and those who covered McCain over the decades to contemplate if "
     "they were fair to the man, particularly in the 2008 presidential cycle?",
     "2018-08-27",
     [D("2008")]),
    ("bias", "In 2016, Cuba served as a backdrop to the first meeting between the heads of the Catholic and Russian "
     "Orthodox churches since the Great Schism in 1054.",
     "2016-03-21",
     [D("2016"), D("1054")]),
    # "one that they believe" is a pronoun, no count
    ("bias", "With the confirmation of the Bain speakers at the Democrats' convention, the Obama campaign is clearly "
     "signaling they are not finished with their line of attack -- one that they believe is moving voters in swing "
     "states in particular.",
     "2012-09-03",
     []),
    ("bias", "The Republican lawmakers, though, said the change in attitude can all be traced back to a September 2011 "
     "memo from Air Force Chief of Staff Gen. Norton Schwartz that said chaplains, \"not commanders,\" are expected to "
     "notify airmen of the Chaplain Corps programs.",
     "2012-06-23",
     [D("2011-09")]),
    # "one … the other" are pronouns, no count
    ("bias", "\"The only thing worse would have been if one survived without the other,\" Gibney said.",
     "2017-10-10",
     []),
    ("bias", "Even the New York Times editorial board concluded in 2016 that “the emails and previous reporting "
     "suggest Mr. Trump has reason to say that while Mrs. Clinton was secretary, it was hard to tell where the "
     "foundation ended and the State Department began.”",
     "2020-02-17",
     [D("2016")]),
    # "until the end of 2012" is 2012 (the precedent "through the end of 2014" is 2014)
    ("bias", "Obama signed a bill in 2010 to extend all of the Bush-era tax cuts until the end of 2012, citing the "
     "need for economic stimulus at the time.",
     "2012-07-09",
     [D("2010"), D("2012")]),
    # "new" is dropped from the counted phrase by a ruling; "the end of his second term" names no date
    ("bias", "By the end of his second term, our economy created 23 million new jobs.",
     "2012-11-02",
     [Q(23e6, "jobs")]),
    # written on a Sunday, "to be unveiled … on Tuesday" is the coming Tuesday; the title's 4% is read, undated (the
    # reader's decision, see the docstring)
    ("bias", "“The 4% Solution: Unleashing the Economic Growth America Needs,” to be unveiled by the former president "
     "in Dallas on Tuesday and published by Crown Business, is neither campaign template nor partisan screed.",
     "2012-07-15",
     [Q(4, "percent"), D("2012-07-17")]),
    # "No one" is no count
    ("bias", "No one should want trade terms that are won by sacrificing freedoms and rights in Hong Kong or anywhere "
     "else… No future protests about silencing dissent, muffling the Internet, mass incarceration or intrusive "
     "surveillance will have the same punch if Mr. Trump goes limp on Hong Kong.”",
     None,
     []),
    ("bias", "“With 17 candidates running, there’s not enough time to force details on tax cuts or whatever your "
     "foreign policy is,” says Mackowiak.",
     "2016-04-07",
     [Q(17, "candidates")]),
    # "his three-decade career" counts decades (the precedent "a three-decade member of Congress")
    ("bias", "The bull’s-eye on McConnell’s back has never been larger — tea party foes are unhappy with some of his "
     "compromises over his three-decade career, and Democrats see both a prime pick-up opportunity and a chance to "
     "knock off the opposition GOP leader.",
     "2013-03-28",
     [Q(3, "decade")]),
    # "one or the other" are pronouns, no count
    ("bias", "To get the full picture, I don’t think you can just pick one or the other,” said Representative Gerry "
     "Connolly, an Oversight member.",
     "2019-03-08",
     []),
    # "On one hand" is an idiom, no count
    ("bias", "On one hand, there are already signs that would-be inheritors of the Sanders legacy are abandoning his "
     "uncompromising politics.",
     "2020-04-08",
     []),
    # "30,000 or so" is about; "during the fall of 2016" hangs on "track down" and dates its object (rule 1)
    ("bias", "At issue is an effort by Peter Smith, a Trump-supporting GOP operative and private equity executive, to "
     "track down Hillary Clinton’s infamous 30,000 or so deleted emails during the fall of 2016.",
     "2017-06-29",
     [Q(30000, "deleted emails", "about", "2016-09/2016-11"), D("2016-09/2016-11")]),
    # "save one" counts 1, no noun (the reader's decision, see the docstring)
    ("bias", "A willfulness writ large, liberalism has no consistent principle save one: power and its "
     "ever-contradictory whims.",
     None,
     [Q(1, None)]),
    ("bias", "That math means 19 Democratic defections will kill impeachment.",
     "2019-12-13",
     [Q(19, "Democratic defections")]),
    # the "after" clause keeps its 2013 (rule 4); "one of" a group is no count
    ("bias", "After he became president of Purdue University in 2013, Mitch Daniels asked the faculty to prove that "
     "their students have actually achieved one of higher education’s most important goals: critical thinking "
     "skills.",
     "2015-09-28",
     [D("2013")]),
    # "one the most outspoken" ("one of", its "of" lost) is no count
    ("bias", "Sen. Rand Paul (R-Ky.) is one the most outspoken leaders in either political party on the racial "
     "inequities of prison reform.",
     "2015-09-08",
     []),
    # "twice" is 2 times, undated; "once in January" 1 time dated January (the reader's decision, see the docstring);
    # written on a Wednesday, "Saturday night" is 2018-03-10; "Trump’s own 2016 campaign" a year naming a thing
    ("bias", "The president visited the district twice to campaign for Saccone, once in January and again on Saturday "
     "night in a rollicking rally that recalled Trump’s own 2016 campaign.",
     "2018-03-14",
     [Q(2, "times"), Q(1, "times", time="2018-01"), D("2018-01"), D("2018-03-10"), D("2016")]),
    # spans "after" a point, undated; "the first state" an ordinal
    ("bias", "Still, the Supreme Court’s move came just eight years after Massachusetts became the first state to "
     "permit gay and lesbian couples to marry and just four years after voters in California rejected a ruling of "
     "their Supreme Court allowing same-sex marriages there.",
     "2012-12-10",
     [Q(8, "year"), Q(4, "year")]),
]


def test_session_eleven_i_table_is_real() -> None:
    sources = _sources_text(bias_residues=(140, 490)) + " " + _corpus_text()
    for source, sentence, _, _ in FIFTY_FOURTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FIFTY_FOURTH) == 62
    assert len({sentence for _, sentence, _, _ in FIFTY_FOURTH}) == len(FIFTY_FOURTH)


#: First-run misses with the parse (13 of 62), by category: on the time field 2 — "four times as much" after "$3.5
#: billion in 2004," undated (dated 2004), "visited the district twice …, once in January" with the twice dated January
#: and the once not read; on a date's shape 4 — a quotation's "not going anywhere today, … tomorrow" read as dates (a
#: slogan), "primary season 2014" not read, "As for the coming year" (written in January 2018) read as 2019, "to be
#: unveiled … on Tuesday" (written on a Sunday) read as the Tuesday past; on what a number counts, its value or unit 7 —
#: "3 percent in any one year" read as one figure measuring "any one year", "one minute Ferguson, next minute New York"
#: counted (an idiom), "for a month" not read, "a cocktail waitress who was 22" without its measure (age), "a thing or
#: two" read as a range (an idiom), "pick one or the other" counted, "no consistent principle save one" not read.
#: Without the parse 18.
FIFTY_FOURTH_ACCURACY_FIRST_RUN = 0.790  # 49 of 62 with the parse (as the claims stage runs it)
FIFTY_FOURTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.710  # 44 of 62
#: The table is gated at its first run less one sentence of slack, as every draw since session 8 is: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FIFTY_FOURTH_ACCURACY = 0.77  # 48 / 62 = 0.7742
MIN_FIFTY_FOURTH_ACCURACY_WITHOUT_PARSE = 0.69  # 43 / 62 = 0.6935

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_ELEVEN_I_GATES = [
    ("fifty-fourth", FIFTY_FOURTH, MIN_FIFTY_FOURTH_ACCURACY, MIN_FIFTY_FOURTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_ELEVEN_I_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_ELEVEN_I_GATES,
    ids=[g[0] for g in SESSION_ELEVEN_I_GATES],
)
def test_session_eleven_i_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
