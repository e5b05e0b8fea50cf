"""Quantities, session 10 (second round, third of three blind draws): FORTY_FIFTH, annotated before the rules ran.

FORTY_FIFTH was drawn while another session-10 task changed the rules again (the second round of issue 4's quantity
work); the annotations were committed before ``find_quantities`` (or the scorer, the pipeline or any test running it)
ever read these sentences, and the table is first run once, on the rules frozen at the end of that work.
``benchmarks/quantities_score.py --exclude-session10f`` leaves it out (neither scored nor parsed), so that whoever
changes the rules while it is blind never sees how the rules do on it.

It was drawn by ``benchmarks/quantities_draw.py forty-fifth`` (bias-corpus articles 30 and 660 modulo 700, in the order
of ``random.Random(2070)``; AllSides bodies and PolNeAR *train* are used up and BASIL too, so the draw asks for 62
bias-corpus sentences and nothing else; every text of the tables up to FORTY_SECOND skipped, and the picks of
FORTY_THIRD and FORTY_FOURTH, drawn in the same batch). It gave 62 sentences. Three are dropped as scraping leftovers,
and no more were drawn in their place: a Reuters photo caption run into the text ("FILE PHOTO: U.S. President Donald
Trump and North Korea's leader Kim Jong Un hold a signing ceremony … Singapore June 12, 2018.", as THIRTY_EIGHTH dropped
"FILE PHOTO: U.S. President Donald Trump attends …, October 4, 2019."), a photo caption ("Democratic presidential
candidate and former Vice President Joe Biden speaks as Senators Bernie Sanders and Elizabeth Warren listen during the
fourth U.S. Democratic presidential candidates 2020 election debate … Westerville, Ohio U.S., October 15, 2019.": a
present-tense description of a picture closed by its place and date, no sentence of the article's text, as FORTY_FIRST
dropped the Susan Collins caption and FORTY_SECOND "President Donald Trump answers questions …, July 15, 2019.") and a
photo gallery's caption ("Hide Caption 13 of 18 Photos: Photos: The last government shutdown …", as FORTY_FIRST dropped
"Hide Caption 11 of 21 Photos: …"). The table has 59 sentences, all bias-corpus. Kept: a sentence the sampler's
splitter cut after an abbreviation ("… Naval Special Warfare Group 1 Commodore Capt.", as THIRTY_FIRST kept "… Roe v."),
two quotations left open or closed by the source alone ('“20 million people gained coverage under ObamaCare.', '94 to 95
percent of the press is hostile, … Democrat party."'), a stray space before a comma ("Three Southern governors ,
though"). Published dates are the sources' own (eight sentences have none).

Expectations follow the conventions of the quantities module docstring (its time rule above all), ``docs/quantities.md``
and the earlier tables; each row where the reader decided something has a comment above it naming the precedent
followed. Where the conventions say nothing, the reader's answer was written:

- qubits representing “both “1” and “0,”” hold no quantity: quoted digits naming a bit's two states are symbols, not
  amounts (as ELEVENTH's list marker "2) Break with …" numbers nothing and "channel 125" names);
- "a minute-by-minute account of one single day" in a sentence opening on "Every year" is a span of 1 day, undated, not
  a rate: the day is the length of the account each survey asks for (the intensifier as in TWENTY_NINTH's "one single
  year"); THIRTY_SIXTH's rate ("Every year there's one representative") makes a *count* recur, and nothing recurs in a
  day's length;
- "the reform efforts of the past decade" holds no figure and no date (a span back from now without a number, as
  NINETEENTH's "over the last decade" and THIRTY_SECOND's "throughout the next decade");
- "The three prior coronavirus bills" counts "prior coronavirus bills": "prior" is an adjective of time kept in the
  counted phrase, as SIXTEENTH's "five past and present Missouri Republican senators" keeps "past and present" (only
  "other", "different", "separate" and "new" are dropped by a ruling);
- "by fall, 78 percent of school districts will have to lay off teachers", written in April 2013, is a target date (the
  coming autumn, "2013-09/2013-11", as THIRTY_SEVENTH's "by next spring"), and the percent, a forecast of a share and
  no level reached, is exact and dated by it, as HELDOUT's "By 2085, it will be able to pay 74 percent";
- "on Christmas Day in 2009" is one date, 2009-12-25 (a holiday on a fixed day is a date, by the module docstring's
  rule and its row "The shop closes on Christmas Eve."; its year written after it, as in "in October 2024");
- "had hoped to rush the legislation through in a special session on Friday", written on a Friday, is that day (the
  day of writing, as FOURTEENTH's "One report Saturday morning" written on a Saturday), though the day hangs on an
  infinitive;
- "The two candidates debate next on Oct. 16 and for the last time on Oct. 22" dates the 2 candidates by Oct. 16, the
  nearer of the two dates on the verb whose subject they are (rule 5's tie-break, then the nearer in the text);
- "three years longer than he claims" after "may have led Bain until 2002," is a span restating a difference, undated
  (as TWENTY_NINTH's "in 2017, one single year," restates its date, undated);
- "One section says … the federal exchange — which serves 36 states" and "One measure would limit magazines to 15
  rounds … and eight for shotguns" give the "One" no count: nothing sets it against the other figures (FOURTEENTH's
  "One report Saturday morning placed the Taliban just 7 miles away", FORTY_SECOND's "one issue" beside "the two
  Democratic candidates"), and so is "one staffer was there for 50 years" after "The permanent staff averages 25
  years" ("a certain staffer", as FOURTEENTH's "One prominent RNC member … 10+ emails").

First run (once, on the rules frozen at commit 9a9f7e5 — ``/tmp/q16/FREEZE``'s last line, read at 04:05 UTC — after the
annotations were committed at 5559893; the frozen ``src``, ``tests`` and ``benchmarks`` exported with ``git archive``
and this module copied beside them, then ``PYTHONPATH=src python benchmarks/quantities_score.py FORTY_FIFTH``): 0.831
with the parse (49 of 59), 0.814 without (48 of 59). The same run on the rules of the session's first round (commit
808256a, exported the same way; its scorer predates ``--exclude-session10f``, so the module's key was added to the
exported copy's ``BLIND_MODULES``): 0.831 (49 of 59) with the parse and 0.814 (48 of 59) without — the same sentences
missed with the same output: the second round's rules neither won nor lost a sentence here. No annotation was corrected
after the first run: every miss was checked against the earlier tables, and none contradicts an explicit precedent. The
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
FORTY_FIFTH: list[tuple[str, str, str | None, list[Q]]] = [
    # adjectives stay in the counted phrase (TWENTY_NINTH's "Four moderate Democrats"; ELEVENTH's "three swing states")
    ("bias", "Like the Green Party-backed recounts in three key swing states, it could be viewed as undermining the "
     "legitimacy of Mr Trump's victory.",
     None,
     [Q(3, "key swing states")]),
    # quoted digits naming a bit's two states are symbols, no quantity (the reader's decision, see the docstring)
    ("bias", "In contrast, qubits can represent a combination state made up of both “1” and “0,” due to the peculiar "
     "quantum effects in which properties like particle position, direction, and momentum are not well-defined.",
     "2019-09-25",
     []),
    # "almost" is about (FORTIETH's "almost 150.7 million", FORTY_SECOND's "almost 50 percent"); "mere weeks after"
    # holds no number
    ("bias", "But mere weeks after Meerkat’s launch, Twitter bought a competing app called Periscope, which also had "
     "the added feature of replaying live streams once they were done, for almost $100 million and began promoting it.",
     "2015-12-30",
     [Q(100e6, "USD", "about")]),
    # "ten a.m." is a time of day, no quantity; "fifteen minutes later" is a span from a point, undated
    ("bias", "“Hosanna!” goes the crowd at ten a.m.; “Give us Barabbas!” fifteen minutes later.",
     None,
     [Q(15, "minute")]),
    ("bias", "On Feb. 14, Chinese President Xi Jinping called for a new biosecurity law to be accelerated.",
     "2020-04-14",
     [D("2020-02-14")]),
    # written on a Monday: Sunday is the day before; it dates its clause and the count in the clause's "from" phrase
    # (rule 1); "the four Democrats" counts, as FORTY_FIRST's "the two powers"
    ("bias", "Condemnation was widespread on Sunday, from the four Democrats, senior party figures and press outlets.",
     "2019-07-15",
     [D("2019-07-14"), Q(4, "Democrats", time="2019-07-14")]),
    # no publication date: the month stays relative (HELDOUT's "in June" -> "--06"); the "as" clause is a clause of its
    # own (rule 4), so the minutes are undated; "nearly" is about
    ("bias", "George Floyd died in Minneapolis in May as a white police officer held a knee on his neck for nearly "
     "nine minutes.",
     None,
     [D("--05", "relative"), Q(9, "minute", "about")]),
    # "those age 65 and older" as FOURTH's "people 65 and older" (at least 65, no unit); "two years ago" a span from a
    # point, undated
    ("bias", "About 98% of those age 65 and older have coverage, basically unchanged from two years ago, as almost all "
     "of them qualify for Medicare.",
     "2015-04-13",
     [Q(98, "percent", "about"), Q(65, None, "at least"), Q(2, "year")]),
    # "a 9/11 orphan": "9/11"-style names are no quantity (HELDOUT's "a 9/11 widow")
    ("bias", "The president told a very touching anecdote about meeting a 9/11 orphan, and repeatedly reminded "
     "Americans that he is the Commander-in-Chief, often emphasizing the word \"me,\" or \"I.\"",
     "2012-10-22",
     []),
    # "one of many examples" is one of a group, no count; "the two parties’" counts, as SEVENTEENTH's "the two parties"
    ("bias", "Rubio cast the Affordable Care Act as one of many examples of the extent of the two parties’ "
     "philosophical differences, saying their stark disagreements over the budget, the environment and gun control "
     "are other key issues.",
     "2013-07-11",
     [Q(2, "parties")]),
    # "third-party" is an ordinal; "the Mike Bloomberg 2020 campaign" is a year naming the campaign (ELEVENTH's "‘Trump
    # 2020")
    ("bias", "Through a third-party vendor, the Mike Bloomberg 2020 campaign contracted New Jersey-based call center "
     "company ProCom, which runs calls centers in New Jersey and Oklahoma.",
     "2019-12-24",
     [D("2020")]),
    # (Dropped here, bias) a Reuters photo caption run into the text ("FILE PHOTO: U.S. President Donald Trump and North
    # Korea's leader Kim Jong Un hold a signing ceremony … June 12, 2018."), as THIRTY_EIGHTH dropped a "FILE PHOTO:"
    # caption
    ("bias", "“20 million people gained coverage under ObamaCare.",
     "2019-09-11",
     [Q(20e6, "people")]),
    # "the estimated 5 million" is about (TWELFTH's "estimated 11 million undocumented immigrants"); "At least some"
    # holds no number
    ("bias", "At least some of the estimated 5 million illegal immigrants who would be spared from deportation also "
     "are expected to be made eligible for work permits.",
     "2014-11-20",
     [Q(5e6, "illegal immigrants", "about")]),
    ("bias", "He bases this on what we know about her polling popularity from the Monica Lewinsky moment of the 1990s "
     "to the present.",
     "2015-03-22",
     [D("1990s")]),
    # "raising the federal minimum wage to $15 per hour" is a target, as TWENTIETH's "raising the minimum wage to $15"
    # and THIRTY_FIRST's "hiked it to $9 per hour"
    ("bias", "At the university, Mr. Sanders highlighted items from his far-left agenda that resonate with students "
     "and young voters, including free tuition at public colleges and universities, raising the federal minimum wage "
     "to $15 per hour and criminal justice reforms to keep drug offenders out of jail and stop police brutality in "
     "black communities.",
     "2016-02-26",
     [Q(15, "USD per hour", "target")]),
    # "by fall", written in April 2013, is the coming autumn, a target (THIRTY_SEVENTH's "by next spring"); the percent
    # it dates is a forecast, exact (HELDOUT's "By 2085, it will be able to pay 74 percent")
    ("bias", "But the American Association of School Administrators is projecting that by fall, 78 percent of school "
     "districts will have to lay off teachers and staff and slash teacher training and after-school programs.",
     "2013-04-05",
     [D("2013-09/2013-11", "target"), Q(78, "percent", time="2013-09/2013-11")]),
    # "Group 1" names a unit (session 7's "Group 72"); the sentence is cut after "Capt." by the sampler's splitter
    ("bias", "She said she wants Naval Special Warfare Group 1 Commodore Capt.",
     "2019-07-03",
     []),
    # "Wednesday’s charges", written on a Thursday, is the day before (a day's possessive naming an event, FIFTH's "At
    # Thursday's CNN debate"); "three years longer" restates a difference, undated (TWENTY_NINTH's "one single year,")
    ("bias", "Wednesday’s charges stemmed from a report in the Boston Globe that said documents filed with the "
     "Securities and Exchange Commission show Mr. Romney may have led Bain until 2002, three years longer than he "
     "claims.",
     "2012-07-12",
     [D("2012-07-11"), D("2002"), Q(3, "year")]),
    # "the past 25 years" is a span back from now, undated (TABLE's "over the past 20 years"); "R-Ariz." no figure
    ("bias", "Here are the alternative scenarios served up by American politics over the past 25 years of slow-build "
     "nuclearization, ongoing starvation, and sputtering diplomacy: A Sen. John McCain (R-Ariz.), who thinks it's a "
     "swell idea to threaten North Korea with \"extinction.\"",
     "2018-03-08",
     [Q(25, "year")]),
    # "what one analyst calls" is "a certain analyst", no count
    ("bias", "Kim's prolonged public absence has led to rumors of ill health and worries about how it could influence "
     "the future of what one analyst calls Northeast Asia's \"Achilles' heel,\" a reference to the North's "
     "belligerence and unpredictable nature.",
     "2020-04-27",
     []),
    # "the Group of 20 summit" names the group (THIRTEENTH's "the Group of 7 summit"); Thursday, written on a Thursday,
    # is that day
    ("bias", "As President Obama touched down in St. Petersburg for the Group of 20 summit on Thursday, the White "
     "House said there are no plans for a bilateral meeting with Russian President Vladimir Putin.",
     "2013-09-05",
     [D("2013-09-05")]),
    # "one of his meetings" is one of a group, no count; Wednesday, written on a Wednesday, is that day
    ("bias", "Trump remained in New York on Wednesday for the U.N. General Assembly – and one of his meetings was with "
     "Ukrainian President Zelensky.",
     "2019-09-25",
     [D("2019-09-25")]),
    # "One section" is "a certain section", no count, though the sentence holds 36 (FOURTEENTH's "One report Saturday
    # morning placed the Taliban just 7 miles away")
    ("bias", "One section says subsidies are available to help people buy coverage in state health insurance "
     "exchanges, but it doesn’t say anything about the federal exchange — which serves 36 states.",
     "2014-01-22",
     [Q(36, "states")]),
    # "one single day" is a span of 1 day (TWENTY_NINTH's "one single year"), not a rate (the reader's decision, see the
    # docstring); "thousands of Americans" is vague
    ("bias", "Every year, the American Time Use Survey asks thousands of Americans to record a minute-by-minute "
     "account of one single day.",
     "2015-01-06",
     [Q(1, "day")]),
    # "the Gang of Eight" is a name (FIFTH); "the past decade" holds no number (NINETEENTH's "over the last decade")
    ("bias", "But the early favorable reaction from Democrats underscores how the shifting politics of immigration and "
     "major demographic change penetrated the Gang of Eight’s negotiations, producing a more balanced approach than "
     "the reform efforts of the past decade.",
     "2013-04-19",
     []),
    # (Dropped here, bias) a photo caption ("Democratic presidential candidate and former Vice President Joe Biden
    # speaks as … Westerville, Ohio U.S., October 15, 2019."), as FORTY_FIRST and FORTY_SECOND dropped photo captions
    # present tense, written in January: this year's March 5
    ("bias", "The program winds down on March 5.",
     "2018-01-18",
     [D("2018-03-05")]),
    ("bias", "Sen. Pat Toomey (R-Pa.) and Sen. Joe Manchin (D-W.Va.), who cut the gun deal, don’t face voters until "
     "2016 and 2018, respectively.",
     "2013-04-11",
     [D("2016"), D("2018")]),
    # "said in a statement Friday", written on a Friday, is that day; Jan. 24 in the past clause is this year's
    ("bias", "Inhofe said in a statement Friday that he did not attend the Senate coronavirus briefing on Jan. 24, and "
     "instead met with children from Oklahoma who were in Washington, D.C., for the annual March for Life and with "
     "the nominee to be U.S. ambassador to Tanzania.",
     "2020-03-20",
     [D("2020-03-20"), D("2020-01-24")]),
    # "the 30-second ad" as EIGHTEENTH's "the 30-second commercial"
    ("bias", "In the 30-second ad, the Trump campaign accuses Biden of promising Ukraine $1 billion if its government "
     "fired the prosecutor investigating his son, Hunter Biden, who was on the board of a company in the country.",
     None,
     [Q(30, "second"), Q(1e9, "USD")]),
    ("bias", "FISA was brought to life in the 1970s after the Church Committee unearthed a number of disconcerting "
     "abuses, thus prompting Congress to pass the legislation in 1978.",
     None,
     [D("1970s"), D("1978")]),
    # ages: "the 79-year-old Pelosi" (FIFTH's "33-year-old", measure age), "Ocasio-Cortez, 29," (TWENTY_SIXTH's "Mark
    # Anderl, 63."), undated; "a three-decade member" counts decades (NINETEENTH's "two-decade U.S. war effort");
    # "last year’s midterm elections" is a date naming the elections, relative without a publication date
    ("bias", "The struggles experienced by the 79-year-old Pelosi, a three-decade member of Congress from California, "
     "have included frequent clashes with Ocasio-Cortez, 29, and other progressive – and aggressive – young lawmakers "
     "who were swept into office during last year’s midterm elections.",
     None,
     [Q(79, "year", measure="age"), Q(3, "decade"), Q(29, None, measure="age"), D("last year", "relative")]),
    ("bias", "Workhorse officials said they intend to work with the union, but a previously unionized plant it bought "
     "from Navistar in 2013 now operates with a non-union work force, according to the company’s annual report.",
     "2019-05-09",
     [D("2013")]),
    # "10 Downing Street" is an address, no quantity (session 5's "100 Haven Avenue")
    ("bias", "After his meeting with the prime minister, Mr. Romney emerged from 10 Downing Street and further refined "
     "his remarks.",
     "2012-07-26",
     []),
    # "an electoral vote" has no number
    ("bias", "In 2000, an elector from Washington, DC, withheld an electoral vote from Al Gore, because she wanted to "
     "protest the fact that DC didn’t have representation in Congress.",
     "2016-11-07",
     [D("2000")]),
    # written on a Friday: "Thursday 85-8" is a tally sharing the day before (TABLE's "voted 396-9"); "on Friday" is
    # the day of writing (the reader's decision, see the docstring); "a weeklong Memorial Day recess" holds no number
    # (FIFTH's "hourlong") and a holiday on a moving day is no date (FORTY_FIRST's "this Memorial Day weekend")
    ("bias", "The Senate approved the measure Thursday 85-8 and House Democrats had hoped to rush the legislation "
     "through in a special session on Friday, skipping the regular voting process because lawmakers had already left "
     "town to begin a weeklong Memorial Day recess.",
     "2019-05-24",
     [D("2019-05-23"), Q(85, None, time="2019-05-23"), Q(8, None, time="2019-05-23"), D("2019-05-24")]),
    # "Three of them" has no noun ("12 of the 19 contain")
    ("bias", "Three of them warned that the decision would tie the hands of police investigating violent crimes.",
     "2018-06-22",
     [Q(3, None)]),
    # "prior" stays in the counted phrase (the reader's decision, see the docstring)
    ("bias", "The three prior coronavirus bills were the product of protracted bipartisan negotiations.",
     "2020-04-02",
     [Q(3, "prior coronavirus bills")]),
    # (Dropped here, bias) a photo gallery's caption ("Hide Caption 13 of 18 Photos: Photos: The last government
    # shutdown …"), as FORTY_FIRST dropped "Hide Caption 11 of 21 Photos: …"
    # a group's capitalised plural after an adjective (TWENTY_NINTH's "Four moderate Democrats")
    ("bias", "Three Southern governors , though, are ready to slowly reopen their states.",
     "2020-04-20",
     [Q(3, "Southern governors")]),
    # "60 Minutes" is a programme's name (FIFTH's "From 60 Minutes Sunday"); "days after the election" has no number
    ("bias", "The president was previously interviewed by Stahl for 60 Minutes in Trump Tower with his family in 2016, "
     "days after the election.",
     "2018-10-15",
     [D("2016")]),
    ("bias", "And before the balloons and confetti rained down, he drew the address back to the message that has "
     "driven his campaign: Obama has not lived up to the lofty promise of his 2008 run, he said, and does not have "
     "what it takes to fix the economy.",
     "2012-08-30",
     [D("2008")]),
    # "a hefty 42-point lead" as TWENTY_EIGHTH's "a 4-point lead", undated (present tense); "from December", written in
    # February, is the December past; "when she led Sanders by 71 points" is that month's (rule 4: a "when" clause right
    # after a date, even a comparison's baseline, session 7); "by 71 points" as THIRTY_SECOND's "by 9 points"
    ("bias", "A new Fox News poll shows Clinton maintains a hefty 42-point lead among black voters, but her lead has "
     "narrowed from December when she led Sanders by 71 points.",
     "2016-02-19",
     [Q(42, "point"), D("2015-12"), Q(71, "points", time="2015-12")]),
    # "begins one on a slippery slope": "one" is a pronoun
    ("bias", "However, I would argue that such a statement begins one on a slippery slope.",
     "2016-02-25",
     []),
    ("bias", "Study author Joseph Palamar said the findings, which only speak to the two drugs' reported psychosocial "
     "effects, show alcohol poses more serious risks to teens just based on its physical and behavioral effects, while "
     "the biggest problem with marijuana seems to be the social and legal stigmas attached to it.",
     "2014-09-03",
     [Q(2, "drugs")]),
    ("bias", "Another striking aspect of the hearing atmosphere was the extent to which Republican lawmakers defended "
     "President Trump by citing the allegations of Ukrainian interference in 2016.",
     "2019-11-22",
     [D("2016")]),
    # a range of percents (TABLE's ranges: the first value, "range", the upper bound)
    ("bias", '94 to 95 percent of the press is hostile, and yet... we have tremendous support... but the media might '
     'as well be in the Democrat party."',
     None,
     [Q(94, "percent", "range", upper=95)]),
    ("bias", '"I believe that waterboarding was torture and, whatever legal rationales were used, it was a mistake," '
     'he said in April 2009.',
     "2014-08-01",
     [D("2009-04")]),
    ("bias", "Well, I’m here to tell you that it goes two ways.",
     None,
     [Q(2, "ways")]),
    # "two months or longer" is at least 2 months, as BLIND's "10 or more people" is at least 10
    ("bias", "The national call to action triggered a dramatic reduction in pending exam orders overdue by two months "
     "or longer.",
     "2018-10-01",
     [Q(2, "month", "at least")]),
    # "from January 2015 to May 2016" is one interval; it sits in the relative clause, which keeps it in (rule 4), so
    # the seven officials are undated
    ("bias", "The WikiLeaks document dump, which included emails from January 2015 to May 2016, purportedly came from "
     "the accounts of seven DNC officials.",
     "2016-07-24",
     [D("2015-01/2016-05"), Q(7, "DNC officials")]),
    # "as one official put it" is "a certain official", no count
    ("bias", "Briefed by Mr. Pence’s staff, Ms. Trump and her team were “incredibly forceful,” as one official put it, "
     "in going over the seating plan for the box and the timing and sequencing of arrivals to avoid any surprises.",
     "2018-03-10",
     []),
    # "More than a quarter of" is over 25 percent (a fraction of a whole becomes a percent)
    ("bias", "More than a quarter of Democrats said yes, they'd been helped, while the number was 5 percent among "
     "Republicans.",
     "2014-06-02",
     [Q(25, "percent", "over"), Q(5, "percent")]),
    # the subject's count takes the nearer of the verb's two dates (the reader's decision, see the docstring); present
    # tense with dates ahead of writing: this October
    ("bias", "The two candidates debate next on Oct. 16 and for the last time on Oct. 22.",
     "2012-10-04",
     [Q(2, "candidates", time="2012-10-16"), D("2012-10-16"), D("2012-10-22")]),
    # written on a Friday: Tuesday is 2015-03-24; the participle phrase "killing all 150 people" shares its clause's
    # date (rule 1, as "fell Tuesday, bringing the total to nine"); "all 32 member states" -> 32
    ("bias", "The statement by the Dusseldorf prosecutors office said police found no suicide note or claim of "
     "responsibility from the co-pilot, who investigators said deliberately crashed the plane on Tuesday, killing all "
     "150 people on board.",
     "2015-03-27",
     [D("2015-03-24"), Q(150, "people", time="2015-03-24")]),
    ("bias", "“It’s a very intense period of time,” said Sen. Johnny Isakson, a Georgia Republican who battled in his "
     "own runoff race in 1996 when he competed for voters’ attention during the Olympic Games in Atlanta.",
     "2014-09-26",
     [D("1996")]),
    ("bias", "Paul ran for the White House in 2016 but saw his support drop quickly after Trump joined the race.",
     "2018-09-13",
     [D("2016")]),
    # a holiday on a fixed day with its year is one date (the reader's decision, see the docstring)
    ("bias", "For instance, a failed attempt to blow up an overseas flight heading to Detroit on Christmas Day in 2009 "
     "involved a bomb concealed in a passenger's underwear.",
     "2014-02-05",
     [D("2009-12-25")]),
    # "One measure" no count (as "One section" above); "limit magazines to 15 rounds" is exact, as TENTH's "limiting the
    # countries to six allies"; "eight for shotguns" leaves its noun out, so no unit (THIRTY_EIGHTH's "one in Colorado,
    # two in Illinois")
    ("bias", "One measure would limit magazines to 15 rounds for firearms and eight for shotguns.",
     "2013-02-27",
     [Q(15, "rounds"), Q(8, None)]),
    ("bias", "“It is time to take out our swords and teach them a lesson,” the commander said, according to four "
     "people familiar with the meeting.",
     "2019-11-26",
     [Q(4, "people")]),
    # "averages 25 years": an average is no qualifier (the seed's "an average of 1,200 soldiers"); "one staffer" is "a
    # certain staffer", no count (FOURTEENTH's "One prominent RNC member … 10+ emails")
    ("bias", '"The permanent staff averages 25 years -- one staffer was there for 50 years."',
     "2017-05-05",
     [Q(25, "year"), Q(50, "year")]),
]


def test_session_ten_f_table_is_real() -> None:
    sources = _sources_text(bias_residues=(30, 660)) + " " + _corpus_text()
    for source, sentence, _, _ in FORTY_FIFTH:
        assert _squash(sentence)[:80] in sources, (source, sentence)
    assert len(FORTY_FIFTH) == 59
    assert len({sentence for _, sentence, _, _ in FORTY_FIFTH}) == len(FORTY_FIFTH)


#: First run of FORTY_FIFTH (once, on the rules frozen at commit 9a9f7e5, after FORTY_FIFTH was committed at 5559893):
#: the honest figure, untuned. Its 10 misses with the parse: on the time field 2 — "three years longer than he claims"
#: after "may have led Bain until 2002," dated 2002 (a span restating a difference, undated), "when she led Sanders by
#: 71 points" right after "from December" left undated (a "when" clause right after a date is that date's); on a date's
#: year, day or shape 3 — "by fall" (written in April 2013) not read at all, so no target date and the 78 percent
#: undated, "from January 2015 to May 2016" read as two dates rather than one interval, "on Christmas Day in 2009" read
#: as 2013-12-25 and a separate 2009; on what a number counts or names 3 — qubits' quoted “1” and “0” read as bare
#: numbers (symbols naming a bit's states), "one single day" not read (a span of 1 day), "one staffer was there for 50
#: years" counted (a certain staffer, no count); on a qualifier 2 — "those age 65 and older" read exact rather than at
#: least, "overdue by two months or longer" read exact rather than at least; none on value or unit. Without the parse
#: 11: the same but "three years longer" right (undated), and also "Condemnation was widespread on Sunday, from the four
#: Democrats" with the 4 undated, "approved the measure Thursday 85-8" with the tally undated.
#: On the rules of the session's first round (808256a), the same run: 49 of 59 with the parse and 48 of 59 without, the
#: same sentences with the same output.
FORTY_FIFTH_ACCURACY_FIRST_RUN = 0.831  # 49 of 59 with the parse (as the claims stage runs it)
FORTY_FIFTH_ACCURACY_FIRST_RUN_WITHOUT_PARSE = 0.814  # 48 of 59
#: The table is gated at its first run less one sentence of slack, as session 8's, 9's and 10's are: it is no longer
#: blind, so any rule later tuned on it is no measure, and a rule that loses more than one of its sentences fails.
MIN_FORTY_FIFTH_ACCURACY = 0.81  # 48 / 59 = 0.8136
MIN_FORTY_FIFTH_ACCURACY_WITHOUT_PARSE = 0.79  # 47 / 59 = 0.7966

#: The table with its pinned minimums (with the parse, as the claims stage runs it, and without).
SESSION_TEN_F_GATES = [
    ("forty-fifth", FORTY_FIFTH, MIN_FORTY_FIFTH_ACCURACY, MIN_FORTY_FIFTH_ACCURACY_WITHOUT_PARSE),
]


@pytest.fixture(scope="module")
def parses(nlp: Language) -> dict[str, Span]:
    """Every sentence of this module's table parsed once, in batches, as the claims stage parses a segment."""
    return parse_sentences(nlp, [table for _, table, _, _ in SESSION_TEN_F_GATES])


@pytest.mark.gate
@pytest.mark.parametrize(
    ("name", "table", "minimum", "minimum_without_parse"), SESSION_TEN_F_GATES,
    ids=[g[0] for g in SESSION_TEN_F_GATES],
)
def test_session_ten_f_accuracy_gate(
    name: str, table: list[tuple[str, str, str | None, list[Q]]], minimum: float, minimum_without_parse: float,
    parses: dict[str, Span],
) -> None:
    assert_table_gate(name, table, minimum, minimum_without_parse, parses)
