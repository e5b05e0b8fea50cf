"""Quantities: a second, independent reading of draw FORTY_FIFTH (issue 4: how far two readers of the conventions
agree).

Read by a second reader, blind to the first reading (``tests/test_quantities_session10f.py`` was never opened) and to
the rules' output (``find_quantities``, the scorer, the pipeline and every test were never run on these sentences), on
2026-11-24 from 04:10 to 04:17 UTC by the machine's clock (the reading and the precedent checks in one sitting). The
sentences are exactly as ``benchmarks/quantities_draw.py forty-fifth`` prints them: 62 sentences, all from the bias
corpus, every one annotated, none dropped. Four are scraping leftovers, marked ``# leftover`` and annotated as they
stand: two photo captions ("FILE PHOTO: … Singapore June 12, 2018.", "… at Otterbein University …, October 15, 2019."),
a gallery caption ("Hide Caption 13 of 18 Photos: …") and a fragment the splitter cut after "Capt.".

What I annotated by: the time convention and the other conventions in the module docstrings of
``storylens.extract.quantities`` and ``quantities_parse``, ``docs/quantities.md`` as of commit ee6ead0, the ``Q``/``D``
records of ``tests/test_quantities.py`` (every quantity in reading order, nothing extra), and the earlier tables up to
session 9 (greps left out every ``tests/test_quantities_session10*.py`` and every other second reading). A short
comment above a row names the precedent I followed where I had to make a choice. The ones I leaned on most: "the
estimated" and "almost" are about (TWELFTH, VALIDATION); "people 65 and older" is an age with no unit (FOURTH); "one of
…" and "one" used as "a certain" count nothing, even with other figures in the sentence (SIXTH, FOURTEENTH's "One report
Saturday … 7 miles", THIRTY_THIRD's "One recent afternoon, two volunteers"); "the Group of 7 summit" and "Group 72" are
names (THIRTEENTH, TWENTY_SEVENTH); "raising the minimum wage to $15" is a target (TWENTIETH); "By 2085, it will be able
to pay 74 percent" (TABLE) dates the figure in the clause a "by" date opens, exact; a "when" clause right after a date
takes that date, even a comparison's baseline (session 7); "decade-long" and "the past decade" hold no figure
(VALIDATION, NINETEENTH); "two-decade" counts decades (NINETEENTH); ages are undated; a weekday is the nearest such day
looking back, the day of writing itself included (as THIRTY_NINTH's "on Monday" written on a Monday).

Rows I found genuinely ambiguous under the conventions (10), with the reading written first and the one I hesitated
over second:

1. "made up of both “1” and “0,”" (qubits): no quantity (the digits name the states of a bit) / two bare numbers, 1
   and 0.
2. "is projecting that by fall, 78 percent of school districts will have to lay off …" (written 2013-04-05): "by fall"
   the coming autumn as a target date (2013-09/2013-11), the 78 percent exact and dated by it / the season left unread
   (session 9 left a bare season without "the" open), or the 78 percent marked as a target.
3. "may have led Bain until 2002, three years longer than he claims": the 3 years undated (a comparison set off right
   after the date, as TWENTY_NINTH's "in 2017, one single year,") / dated 2002 as part of the clause "until 2002"
   dates.
4. "Every year, the American Time Use Survey asks thousands of Americans to record … one single day": 1 day per year
   (the session-9 convention that a sentence opening on a repeating period makes its count a rate) / 1 day (the day is
   what each respondent records, not a yearly count).
5. "The three prior coronavirus bills": "prior coronavirus bills" ("prior" kept, as "remaining") / "coronavirus bills"
   ("prior" dropped like "other" and "separate").
6. "Hide Caption 13 of 18 Photos" (leftover): two numbers, 13 and 18 photos (a position in a gallery, as THIRTIETH's "68
   out of 105 seats") / a share, 72.22 percent (the small-base rule of session 8: "20 out of 27 races").
7. "The two candidates debate next on Oct. 16 and for the last time on Oct. 22": the 2 candidates dated by the first day
   (THIRTIETH's "two chemical weapons attacks … in 2014 and 2015") / dated by no single day.
8. "on Christmas Day in 2009": one date, 2009-12-25 / the holiday and the year as two dates.
9. "One measure would limit magazines to 15 rounds for firearms and eight for shotguns": "One" counts nothing, 15 rounds
   exact and a bare 8 with its noun elided / "One measure" counted because other figures stand in the sentence (the
   docstring's "or another figure in the sentence"), or the 15 read as a cap (at most).
10. "The permanent staff averages 25 years -- one staffer was there for 50 years.": "one staffer" counts nothing (a
    certain staffer) / 1 staffer, set against the average and the 50 years.

Other choices where the conventions say little (each also commented at its row): "a weeklong Memorial Day recess"
holds no figure and no date; "10 Downing Street" is an address, a name; "Naval Special Warfare Group 1" names a unit;
"the Gang of Eight" is a name; "it goes two ways" counts 2 ways; "overdue by two months or longer" is at least 2 months
("or longer" as "or more"); "narrowed from December" written in February 2016 is 2015-12; "the annual March for Life"
holds no month; "for nearly nine minutes" inside the "as" clause after "died … in May" stays undated (rule 4).
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Like the Green Party-backed recounts in three key swing states, it could be viewed as undermining the "
     "legitimacy of Mr Trump's victory.",
     None,
     [Q(3, "key swing states")]),
    # AMBIGUOUS: the quoted “1” and “0” name the two states of a bit, as "step two" names a step: no amount
    ("bias", "In contrast, qubits can represent a combination state made up of both “1” and “0,” due to the peculiar "
     "quantum effects in which properties like particle position, direction, and momentum are not well-defined.",
     "2019-09-25",
     []),
    # "almost" is about (VALIDATION's "almost a decade"); "mere weeks" holds no number
    ("bias", "But mere weeks after Meerkat’s launch, Twitter bought a competing app called Periscope, which also had "
     "the added feature of replaying live streams once they were done, for almost $100 million and began promoting "
     "it.",
     "2015-12-30",
     [Q(100e6, "USD", "about")]),
    # "ten a.m." is a time of day; "fifteen minutes later" a span counted from a point, undated
    ("bias", "“Hosanna!” goes the crowd at ten a.m.; “Give us Barabbas!” fifteen minutes later.",
     None,
     [Q(15, "minute")]),
    ("bias", "On Feb. 14, Chinese President Xi Jinping called for a new biosecurity law to be accelerated.",
     "2020-04-14",
     [D("2020-02-14")]),
    # the "from" phrase belongs to the clause the Sunday dates (rule 1); written on a Monday
    ("bias", "Condemnation was widespread on Sunday, from the four Democrats, senior party figures and press outlets.",
     "2019-07-15",
     [D("2019-07-14"), Q(4, "Democrats", time="2019-07-14")]),
    # month without publication date relative (NINTH's "in February"); the "as" clause is a clause of its own
    # (rule 4), so the nine minutes stay undated
    ("bias", "George Floyd died in Minneapolis in May as a white police officer held a knee on his neck for nearly "
     "nine minutes.",
     None,
     [D("--05", "relative"), Q(9, "minute", "about")]),
    # "those age 65 and older" is an age, no unit (FOURTH's "people 65 and older"; SEVENTH's "women under age 30")
    ("bias", "About 98% of those age 65 and older have coverage, basically unchanged from two years ago, as almost "
     "all of them qualify for Medicare.",
     "2015-04-13",
     [Q(98, "percent", "about"), Q(65, None, "at least"), Q(2, "year")]),
    # "9/11" names
    ("bias", "The president told a very touching anecdote about meeting a 9/11 orphan, and repeatedly reminded "
     "Americans that he is the Commander-in-Chief, often emphasizing the word \"me,\" or \"I.\"",
     "2012-10-22",
     []),
    # "one of many examples" is no count (SIXTH's "one of his coalition partners")
    ("bias", "Rubio cast the Affordable Care Act as one of many examples of the extent of the two parties’ "
     "philosophical differences, saying their stark disagreements over the budget, the environment and gun control "
     "are other key issues.",
     "2013-07-11",
     [Q(2, "parties")]),
    # "the … 2020 campaign": a year naming a thing is a date; "third-party" an ordinal
    ("bias", "Through a third-party vendor, the Mike Bloomberg 2020 campaign contracted New Jersey-based call center "
     "company ProCom, which runs calls centers in New Jersey and Oklahoma.",
     "2019-12-24",
     [D("2020")]),
    # leftover (a photo caption; THIRTY_EIGHTH dropped "FILE PHOTO: …"), annotated as it stands
    ("bias", "FILE PHOTO: U.S. President Donald Trump and North Korea's leader Kim Jong Un hold a signing ceremony "
     "at the conclusion of their summit at the Capella Hotel on the resort island of Sentosa, Singapore June 12, "
     "2018.",
     "2018-06-17",
     [D("2018-06-12")]),
    ("bias", "“20 million people gained coverage under ObamaCare.",
     "2019-09-11",
     [Q(20e6, "people")]),
    # "the estimated" is about (TWELFTH's "estimated 11 million undocumented immigrants")
    ("bias", "At least some of the estimated 5 million illegal immigrants who would be spared from deportation also "
     "are expected to be made eligible for work permits.",
     "2014-11-20",
     [Q(5e6, "illegal immigrants", "about")]),
    # "to the present" names no second date
    ("bias", "He bases this on what we know about her polling popularity from the Monica Lewinsky moment of the "
     "1990s to the present.",
     "2015-03-22",
     [D("1990s")]),
    # "raising the … minimum wage to $15" is a target (TWENTIETH's "raising the minimum wage to $15"), hourly
    ("bias", "At the university, Mr. Sanders highlighted items from his far-left agenda that resonate with students "
     "and young voters, including free tuition at public colleges and universities, raising the federal minimum wage "
     "to $15 per hour and criminal justice reforms to keep drug offenders out of jail and stop police brutality in "
     "black communities.",
     "2016-02-26",
     [Q(15, "USD per hour", "target")]),
    # AMBIGUOUS: "by fall" written in April is the coming autumn, a target date lying ahead (THIRTY_SEVENTH's "by next
    # spring"); the share in the clause it opens is exact and dated by it (TABLE's "By 2085, it will be able to pay
    # 74 percent")
    ("bias", "But the American Association of School Administrators is projecting that by fall, 78 percent of school "
     "districts will have to lay off teachers and staff and slash teacher training and after-school programs.",
     "2013-04-05",
     [D("2013-09/2013-11", "target"), Q(78, "percent", time="2013-09/2013-11")]),
    # leftover (a fragment the splitter cut after "Capt."); "Group 1" names a unit (TWENTY_SEVENTH's "Group 72")
    ("bias", "She said she wants Naval Special Warfare Group 1 Commodore Capt.",
     "2019-07-03",
     []),
    # "Wednesday’s charges" names the charges by the day (written on a Thursday); AMBIGUOUS: "three years longer …"
    # set off after "until 2002" is a comparison restating the date, undated (TWENTY_NINTH's "in 2017, one single
    # year,")
    ("bias", "Wednesday’s charges stemmed from a report in the Boston Globe that said documents filed with the "
     "Securities and Exchange Commission show Mr. Romney may have led Bain until 2002, three years longer than he "
     "claims.",
     "2012-07-12",
     [D("2012-07-11"), D("2002"), Q(3, "year")]),
    # "over the past 25 years" is a span, undated
    ("bias", "Here are the alternative scenarios served up by American politics over the past 25 years of slow-build "
     "nuclearization, ongoing starvation, and sputtering diplomacy: A Sen. John McCain (R-Ariz.), who thinks it's a "
     "swell idea to threaten North Korea with \"extinction.\"",
     "2018-03-08",
     [Q(25, "year")]),
    # "what one analyst calls" is "a certain analyst": no count
    ("bias", "Kim's prolonged public absence has led to rumors of ill health and worries about how it could "
     "influence the future of what one analyst calls Northeast Asia's \"Achilles' heel,\" a reference to the North's "
     "belligerence and unpredictable nature.",
     "2020-04-27",
     []),
    # "the Group of 20 summit" names the group (THIRTEENTH's "the Group of 7 summit"); written on a Thursday
    ("bias", "As President Obama touched down in St. Petersburg for the Group of 20 summit on Thursday, the White "
     "House said there are no plans for a bilateral meeting with Russian President Vladimir Putin.",
     "2013-09-05",
     [D("2013-09-05")]),
    # "one of his meetings" is no count (SIXTH's "one of his coalition partners")
    ("bias", "Trump remained in New York on Wednesday for the U.N. General Assembly – and one of his meetings was "
     "with Ukrainian President Zelensky.",
     "2019-09-25",
     [D("2019-09-25")]),
    # "One section says" is "a certain section": no count
    ("bias", "One section says subsidies are available to help people buy coverage in state health insurance "
     "exchanges, but it doesn’t say anything about the federal exchange — which serves 36 states.",
     "2014-01-22",
     [Q(36, "states")]),
    # AMBIGUOUS: a sentence opening on a repeating period makes its count a rate (THIRTY_SIXTH's "Every year there's
    # one representative"; "one single" as TWENTY_NINTH's "one single year", the span counting)
    ("bias", "Every year, the American Time Use Survey asks thousands of Americans to record a minute-by-minute "
     "account of one single day.",
     "2015-01-06",
     [Q(1, "day per year")]),
    # "the Gang of Eight" names (as THIRTY_FOURTH's "Little Rock Nine"); "the past decade" is a span from now
    # without a figure (NINETEENTH's "over the last decade")
    ("bias", "But the early favorable reaction from Democrats underscores how the shifting politics of immigration "
     "and major demographic change penetrated the Gang of Eight’s negotiations, producing a more balanced approach "
     "than the reform efforts of the past decade.",
     "2013-04-19",
     []),
    # leftover (a photo caption), annotated as it stands; "the fourth" is an ordinal
    ("bias", "Democratic presidential candidate and former Vice President Joe Biden speaks as Senators Bernie "
     "Sanders and Elizabeth Warren listen during the fourth U.S. Democratic presidential candidates 2020 election "
     "debate at Otterbein University in Westerville, Ohio U.S., October 15, 2019.",
     "2019-10-16",
     [D("2020"), D("2019-10-15")]),
    # present tense: the publication year
    ("bias", "The program winds down on March 5.",
     "2018-01-18",
     [D("2018-03-05")]),
    ("bias", "Sen. Pat Toomey (R-Pa.) and Sen. Joe Manchin (D-W.Va.), who cut the gun deal, don’t face voters until "
     "2016 and 2018, respectively.",
     "2013-04-11",
     [D("2016"), D("2018")]),
    # written on a Friday; "the annual March for Life" is a name, no month
    ("bias", "Inhofe said in a statement Friday that he did not attend the Senate coronavirus briefing on Jan. 24, "
     "and instead met with children from Oklahoma who were in Washington, D.C., for the annual March for Life and "
     "with the nominee to be U.S. ambassador to Tanzania.",
     "2020-03-20",
     [D("2020-03-20"), D("2020-01-24")]),
    ("bias", "In the 30-second ad, the Trump campaign accuses Biden of promising Ukraine $1 billion if its "
     "government fired the prosecutor investigating his son, Hunter Biden, who was on the board of a company in the "
     "country.",
     None,
     [Q(30, "second"), Q(1e9, "USD")]),
    ("bias", "FISA was brought to life in the 1970s after the Church Committee unearthed a number of disconcerting "
     "abuses, thus prompting Congress to pass the legislation in 1978.",
     None,
     [D("1970s"), D("1978")]),
    # ages undated; "a three-decade member" counts decades (NINETEENTH's "two-decade U.S. war effort"); "last year’s
    # midterm elections" without a publication date (BLIND's "last year")
    ("bias", "The struggles experienced by the 79-year-old Pelosi, a three-decade member of Congress from "
     "California, have included frequent clashes with Ocasio-Cortez, 29, and other progressive – and aggressive – "
     "young lawmakers who were swept into office during last year’s midterm elections.",
     None,
     [Q(79, "year"), Q(3, "decade"), Q(29, None), D("last year", "relative")]),
    ("bias", "Workhorse officials said they intend to work with the union, but a previously unionized plant it "
     "bought from Navistar in 2013 now operates with a non-union work force, according to the company’s annual "
     "report.",
     "2019-05-09",
     [D("2013")]),
    # "10 Downing Street" is an address, a name (as "channel 125")
    ("bias", "After his meeting with the prime minister, Mr. Romney emerged from 10 Downing Street and further "
     "refined his remarks.",
     "2012-07-26",
     []),
    ("bias", "In 2000, an elector from Washington, DC, withheld an electoral vote from Al Gore, because she wanted "
     "to protest the fact that DC didn’t have representation in Congress.",
     "2016-11-07",
     [D("2000")]),
    # written on a Friday: the tally shares the Thursday; "on Friday" is that day; "a weeklong Memorial Day
    # recess" holds no figure (VALIDATION's "a decade-long Iranian upswing") and no date (THIRTY_SECOND's "a
    # Memorial Day weekend")
    ("bias", "The Senate approved the measure Thursday 85-8 and House Democrats had hoped to rush the legislation "
     "through in a special session on Friday, skipping the regular voting process because lawmakers had already left "
     "town to begin a weeklong Memorial Day recess.",
     "2019-05-24",
     [D("2019-05-23"), Q(85, None, time="2019-05-23"), Q(8, None, time="2019-05-23"), D("2019-05-24")]),
    # "Three of them" counts without a noun (THIRTIETH's "two of those")
    ("bias", "Three of them warned that the decision would tie the hands of police investigating violent crimes.",
     "2018-06-22",
     [Q(3, None)]),
    # AMBIGUOUS: "prior" kept in the counted phrase, as "remaining" (SEVENTEENTH's "three remaining opponents"); only
    # "other", "different", "separate" drop
    ("bias", "The three prior coronavirus bills were the product of protracted bipartisan negotiations.",
     "2020-04-02",
     [Q(3, "prior coronavirus bills")]),
    # leftover (a gallery caption; TWELFTH and THIRTEENTH dropped "Hide Caption …"), annotated as it stands.
    # AMBIGUOUS: "13 of 18 Photos" is two numbers, the noun on the second (THIRTIETH's "68 out of 105 seats", a
    # position in a gallery, no share)
    ("bias", "Hide Caption 13 of 18 Photos: Photos: The last government shutdown The last government shutdown – Food "
     "service employees at the Veterans Hospital in Miami line up to receive food rations on January 3, 1996.",
     "2013-10-03",
     [Q(13, None), Q(18, "Photos"), D("1996-01-03")]),
    ("bias", "Three Southern governors , though, are ready to slowly reopen their states.",
     "2020-04-20",
     [Q(3, "Southern governors")]),
    # "60 Minutes" is a programme (FINAL); "days after" holds no number
    ("bias", "The president was previously interviewed by Stahl for 60 Minutes in Trump Tower with his family in "
     "2016, days after the election.",
     "2018-10-15",
     [D("2016")]),
    ("bias", "And before the balloons and confetti rained down, he drew the address back to the message that has "
     "driven his campaign: Obama has not lived up to the lofty promise of his 2008 run, he said, and does not have "
     "what it takes to fix the economy.",
     "2012-08-30",
     [D("2008")]),
    # "from December" is the comparison's baseline, last December; the "when" clause right after it is its date
    # (session 7); "by 71 points" keeps its plural (FOURTH's "by 10 points")
    ("bias", "A new Fox News poll shows Clinton maintains a hefty 42-point lead among black voters, but her lead has "
     "narrowed from December when she led Sanders by 71 points.",
     "2016-02-19",
     [Q(42, "point"), D("2015-12"), Q(71, "points", time="2015-12")]),
    # "begins one on" is a pronoun
    ("bias", "However, I would argue that such a statement begins one on a slippery slope.",
     "2016-02-25",
     []),
    ("bias", "Study author Joseph Palamar said the findings, which only speak to the two drugs' reported "
     "psychosocial effects, show alcohol poses more serious risks to teens just based on its physical and behavioral "
     "effects, while the biggest problem with marijuana seems to be the social and legal stigmas attached to it.",
     "2014-09-03",
     [Q(2, "drugs")]),
    ("bias", "Another striking aspect of the hearing atmosphere was the extent to which Republican lawmakers "
     "defended President Trump by citing the allegations of Ukrainian interference in 2016.",
     "2019-11-22",
     [D("2016")]),
    ("bias", "94 to 95 percent of the press is hostile, and yet... we have tremendous support... but the media might "
     "as well be in the Democrat party.\"",
     None,
     [Q(94, "percent", "range", upper=95)]),
    ("bias", "\"I believe that waterboarding was torture and, whatever legal rationales were used, it was a "
     "mistake,\" he said in April 2009.",
     "2014-08-01",
     [D("2009-04")]),
    # "goes two ways" counts ways
    ("bias", "Well, I’m here to tell you that it goes two ways.",
     None,
     [Q(2, "ways")]),
    # "or longer" is at least, as "or more"
    ("bias", "The national call to action triggered a dramatic reduction in pending exam orders overdue by two "
     "months or longer.",
     "2018-10-01",
     [Q(2, "month", "at least")]),
    # the relative clause keeps its interval in (rule 4): the seven officials are undated
    ("bias", "The WikiLeaks document dump, which included emails from January 2015 to May 2016, purportedly came "
     "from the accounts of seven DNC officials.",
     "2016-07-24",
     [D("2015-01/2016-05"), Q(7, "DNC officials")]),
    # "as one official put it" is "a certain official": no count
    ("bias", "Briefed by Mr. Pence’s staff, Ms. Trump and her team were “incredibly forceful,” as one official put "
     "it, in going over the seating plan for the box and the timing and sequencing of arrivals to avoid any "
     "surprises.",
     "2018-03-10",
     []),
    # "More than a quarter" is over 25 percent (THIRTY_THIRD's "just more than quarter")
    ("bias", "More than a quarter of Democrats said yes, they'd been helped, while the number was 5 percent among "
     "Republicans.",
     "2014-06-02",
     [Q(25, "percent", "over"), Q(5, "percent")]),
    # present tense: the publication year; AMBIGUOUS: the subject of a clause with two coordinated days takes the
    # first (THIRTIETH's "two chemical weapons attacks … in 2014 and 2015")
    ("bias", "The two candidates debate next on Oct. 16 and for the last time on Oct. 22.",
     "2012-10-04",
     [Q(2, "candidates", time="2012-10-16"), D("2012-10-16"), D("2012-10-22")]),
    # written on a Friday; the participle phrase after the clause-final Tuesday shares it (THIRTIETH's "fell
    # Tuesday, bringing the total to nine")
    ("bias", "The statement by the Dusseldorf prosecutors office said police found no suicide note or claim of "
     "responsibility from the co-pilot, who investigators said deliberately crashed the plane on Tuesday, killing "
     "all 150 people on board.",
     "2015-03-27",
     [D("2015-03-24"), Q(150, "people", time="2015-03-24")]),
    ("bias", "“It’s a very intense period of time,” said Sen. Johnny Isakson, a Georgia Republican who battled in "
     "his own runoff race in 1996 when he competed for voters’ attention during the Olympic Games in Atlanta.",
     "2014-09-26",
     [D("1996")]),
    ("bias", "Paul ran for the White House in 2016 but saw his support drop quickly after Trump joined the race.",
     "2018-09-13",
     [D("2016")]),
    # AMBIGUOUS: a holiday on a fixed day with its year is one date (THIRTY_EIGHTH's "a New Year’s Day statement")
    ("bias", "For instance, a failed attempt to blow up an overseas flight heading to Detroit on Christmas Day in "
     "2009 involved a bomb concealed in a passenger's underwear.",
     "2014-02-05",
     [D("2009-12-25")]),
    # AMBIGUOUS: "One measure" is "a certain measure", no count, though other figures follow (FOURTEENTH's "One
    # report Saturday … 7 miles"); "limit … to 15 rounds" exact, as TENTH's "limiting the countries to six allies";
    # the elided noun leaves "eight" with none (THIRTY_EIGHTH's "one in Colorado, two in Illinois")
    ("bias", "One measure would limit magazines to 15 rounds for firearms and eight for shotguns.",
     "2013-02-27",
     [Q(15, "rounds"), Q(8, None)]),
    ("bias", "“It is time to take out our swords and teach them a lesson,” the commander said, according to four "
     "people familiar with the meeting.",
     "2019-11-26",
     [Q(4, "people")]),
    # AMBIGUOUS: "one staffer" is "a certain staffer", no count, the other figures being years (FOURTEENTH's "One
    # report … 7 miles"); an average is no qualifier
    ("bias", "\"The permanent staff averages 25 years -- one staffer was there for 50 years.\"",
     "2017-05-05",
     [Q(25, "year"), Q(50, "year")]),
]
