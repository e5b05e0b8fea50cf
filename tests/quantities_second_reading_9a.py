"""Quantities: a second, blind reading of draw THIRTY_THIRD (issue 4: how far two careful readers of the written
conventions agree).

A data module, not a test module: ``benchmarks/quantities_agreement.py`` compares ``SECOND_READING`` with the first
reading of the same draw. Read by a second reader (a helper session of session 9, task S14a), blind to the first
reading and to the rules' output: no table of session 9's draws and no other second reading was opened, and neither
``find_quantities``, the scorer, the pipeline nor any test ran on these sentences. Sentences are the 62 that
``benchmarks/quantities_draw.py thirty-third`` prints, in its order and exactly as printed (non-breaking spaces kept,
written as escapes: the comparison squashes them); every row is annotated, the one scraping leftover included and
marked. Annotated on 2026-11-24, 01:28–01:33 UTC (by the clock about 5 minutes, precedent greps and a second pass over
every row included), after reading the module docstrings of ``storylens/extract/quantities.py`` and
``quantities_parse.py``, ``tests/test_quantities.py`` and the session-8 tables.

One exposure, said so the lead can weigh it: a precedent grep over ``tests/test_quantities_fixes9.py`` (not among the
files the brief forbids) showed that it holds rows written from four of this draw's sentences after its first run
("Despite last week's small increase …", "Nearly 73,000 fires …", "… about 40 pounds overweight", "… a federal judge
ruled Monday") and a comment reading "on Sept. 11" as 2001's. My readings of those five rows had been written down
before that grep and were not changed after it; they agree with what it showed. The one point I had marked unsure
before seeing it was the notation of a month interval without a year ("--01/--08", relative). Counted strictly, those
five rows are no longer blind.

Precedents leaned on (named at each row): the time rule's five parts and the docstring's conventions on "one", ages,
spans from a point, dates naming a thing, targets only after "by"; TENTH's "At least one GOP insider"; FOURTEENTH's
"One report Saturday morning …" ("one" as "a certain" beside another figure); FIFTEENTH's "on Sept. 11" as 2001's;
TWENTY_SIXTH's "a bit more than half — 55 percent — of"; TWENTY_NINTH's "The 74-year-old", "10 feet", "over five",
"one side of the political equation"; THIRTIETH's "five of his centrists", "while guns killed 15,600", "down from 5.2%
in August", "would last until Oct. 3"; THIRTY_FIRST's timeline entry "2013: …", "the two-dose shot", "by the end of
June"; THIRTY_SECOND's "stay elevated all summer", "a Memorial Day weekend", "his five-state romp Tuesday"; TABLE's
"sometime in December" (a month of unknown year, relative); FINAL's "exceeds 3 million".

Rows found genuinely ambiguous under the conventions (5; marked AMBIGUOUS at the row):

- "Obstruction of justice was one count against President Bill Clinton in his 1998 impeachment": "one count" as "one
  of the counts", no count (written), or Q(1, "count"), the year being read as another figure setting it against.
- "That's what we saw on Sept. 11" (written 2016-03-18): 2001-09-11, the reader knowing the day (written), or
  2015-09-11, the month and day resolved back from publication.
- "PUBLISHED FEBRUARY 23, 2021: House Democrats are forging ahead with a vote on a $1.9 trillion package …" (a
  leftover): the note's date opening the sentence and dating the sum, as a timeline entry's year (written), or a mere
  publication stamp dating nothing.
- "Civilians die, but extremists on one side empower those on the other": the idiom "one … the other", no count
  (written), or Q(1, "side"), one set against the other.
- "had all summer—and $122 billion in Covid relief funds from Congress—to plan": the sum undated, "all summer" being
  the verb's object conjoined with it (written), or dated by the summer (2021-06/2021-08) as a date on the verb.

Decisions where the conventions are silent (no explicit precedent found; the reader's answer written): "between
January and August" without a publication date is one interval of months of unknown year, "--01/--08", relative (as
"from 2007 to 2014" is "2007/2014"); "would hit Russia with new sanctions on Monday", announced on a Sunday, is the
Monday after it (here the publication day); "Which one of her Super PACs" is one of a group, no count; "just more than
quarter (26 percent)" (no "a") is over 25 percent and then 26 percent, both kept; "the two-thirds majority required"
is a share of 66.67 percent (a level keeps its value, as "the 100,000 threshold"); "a 300-bed nursing home" is 300
"bed"; "on at least one important score" is at least 1 "important score"; "$100 billion a year or $350 billion a year"
are two sums per year, not a range; "would allow 62,500 refugees … this year" is exact (a cap written without "up
to"); "the end of summer" in what a holiday commemorates is generic, no date; "last week's huge accommodation" is a
date naming the accommodation, still resolved against the publication date (2015-W01), though the article's date
looks wrong for the 2013 news it reports; "contests in California, New Jersey and four other states on June 7" dates
the 4 states by the date after the noun whose phrase holds them.
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    # announced Sunday (the day before a Monday publication); "would hit ... on Monday" in what was announced is the
    # Monday after that Sunday, the publication day; "the April 7 chemical attack" names an event, still a date; "dozens
    # of people" no figure, as "thousands of"
    ('bias', 'Nikki Haley, the US ambassador to the United Nations, announced Sunday that the Trump administration '
     'would hit Russia with new sanctions on Monday over its support for Syrian President Bashar al-Assad’s '
     'chemical weapons program in the wake of the April 7 chemical attack in Douma, Syria, that killed dozens of '
     'people.',
     '2018-04-16',
     [D("2018-04-15"), D("2018-04-16"), D("2018-04-07")]),
    # a date naming a thing ("the 2012 Republican presidential nominee")
    ('bias', 'It then rips open an old wound for Mr. Romney, the 2012 Republican presidential nominee and a former '
     'Massachusetts governor.',
     '2018-03-08',
     [D("2012")]),
    ('bias', "The US and Russia – the de facto representatives of the international community's opposing positions "
     '– agree that a large-scale chemical weapons attack occurred in the Damascus suburb of Ghouta on Aug. 21.',
     '2013-09-16',
     [D("2013-08-21")]),
    # "Over the past four years" is a span back from now, undated, "over" its preposition (TWENTY_NINTH's "over five");
    # the quote is what is said, so "early Monday" dates nothing in it
    ('bias', 'Over the past four years, he has been involved in virtually all major national security issues and '
     'will be able to hit the ground running at CIA,” the White House said in talking points supporting his '
     'nomination provided to POLITICO early Monday.',
     '2013-01-07',
     [Q(4, "year"), D("2013-01-07")]),
    ('bias', "And he's still simmering over past showdowns with other nemeses, such as the NFL : Some of the "
     "league's aficionados have traced Trump's fury over players taking a knee and team owners' reactions to his "
     'anger at failing to secure a franchise in the league in the 1980s.',
     '2019-03-19',
     [D("1980s")]),
    ('bias', 'Sen. Shelley Moore Capito (R-W.Va.), who voted with her party in 2017 on the so-called “skinny '
     'repeal”, signaled she was also eager to avoid another wide-ranging health care debate.',
     '2019-07-14',
     [D("2017")]),
    # adjectives kept with the counted noun, as THIRTY_FIRST's "two ambitious spending plans"
    ('bias', "The AQI is a measure formulated by the United States' Environmental Protection Agency (EPA) to "
     'measure how healthy or polluted air is, and takes into account levels of five major air pollutants.',
     None,
     [Q(5, "major air pollutants")]),
    # "the weekly GOP address" is no rate
    ('bias', 'But Wyoming Sen. Mike Enzi, said in the weekly GOP address that the administration “has set out to '
     'kill coal and its 800,000 jobs.”',
     '2014-06-01',
     [Q(800000, "jobs")]),
    # "last week's" names the accommodation and is still a date, as "last year's presidential primary" (EIGHTH) is
    # D("2020"): the week before the ISO week of a Thursday 2015-01-08; the quoted deadline is a date naming a thing
    ('bias', 'Most disconcerting of course is last week’s huge accommodation for the employer community—extending '
     'the statutorily mandated “December 31, 2013” deadline for the employer mandate and penalties.',
     '2015-01-08',
     [D("2015-W01"), D("2013-12-31")]),
    ('bias', 'It also has fewer people with the highest qualifications: 22 percent compared with 37 percent '
     'nationally.',
     '2017-03-28',
     [Q(22, "percent"), Q(37, "percent")]),
    # "Which one of her Super PACs" is one of a group, no count ("One of its very last articles", THIRTY_FIRST)
    ('bias', 'Which one of her Super PACs will respond?”',
     '2014-01-07',
     []),
    ('bias', 'Dellums’ lobbying report disclosed he understood the lobbying work was connected to the three Russian '
     'businessmen, the records show.',
     '2017-07-14',
     [Q(3, "Russian businessmen")]),
    ('bias', 'On the call, Trump pressed Zelensky to open an investigation into Ukrainian meddling in the 2016 '
     'presidential election and into former Vice President Joe Biden and his son Hunter Biden’s dealings in Ukraine.',
     None,
     [D("2016")]),
    # no publication date: "before November" is a month of unknown year, relative, as "sometime in December" (TABLE); no
    # "by", so no target
    ('bias', 'Obama surely knew that Garland, despite being widely respected for his 19 years on the D.C. Circuit '
     'Court, would never be nominated before November.',
     None,
     [Q(19, "year"), D("--11", "relative")]),
    # AMBIGUOUS: "was one count against" read as "one of the counts" (no count: nothing sets it against another amount,
    # and the year is a date, not a figure), not Q(1, "count")
    ('bias', 'Obstruction of justice was one count against President Bill Clinton in his 1998 impeachment.',
     '2017-05-16',
     [D("1998")]),
    ('bias', 'But Johnson’s move — to try to frustrate Parliament — has proved to be an extraordinarily flawed one.',
     '2019-09-24',
     []),
    # a date naming the interview, still a date
    ('bias', 'During an April 2 interview with Chris Wallace on Fox News, Surgeon General Jerome Adams compared '
     'deaths caused by COVID-19 to deaths caused by smoking and drug abuse.',
     '2020-06-07',
     [D("2020-04-02")]),
    # a weight, plural kept as "10 feet" (TWENTY_NINTH); nothing speaks of sterling
    ('bias', 'I am a yuppie type who has a much healthier diet than many people, but if I have to choose between '
     'going to Sonic for a double cheeseburger, and going somewhere else for a salad, that sure enough requires an '
     'exercise of willpower… Guess who is about 40 pounds overweight?',
     None,
     [Q(40, "pounds", "about")]),
    # "half his height" is 50 percent without "of", as "half the country"
    ('bias', '"Kahn reminds me very much of our very dumb and incompetent Mayor of NYC, de Blasio, who has also '
     'done a terrible job - only half his height.',
     '2019-06-03',
     [Q(50, "percent")]),
    ('bias', 'U.S. officials believe the militants shot the two men during a firefight, and that both were alive '
     "when American forces pulled them from a building on the group's compound and got them aboard aircraft, where "
     'medical teams operated on them during a short flight to the USS Makin Island, a Navy ship in the region.',
     '2014-12-06',
     [Q(2, "men")]),
    # "The second phase" an ordinal; "Phase One" names a phase ("phase one", BLIND)
    ('bias', 'The second phase of the deal would start almost immediately after Phase One is signed, Trump had said.',
     None,
     []),
    # "just more than quarter (26 percent)" (no "a") is over a quarter, then its figure in parentheses, as "a bit more
    # than half — 55 percent — of" (TWENTY_SIXTH: both kept)
    ('bias', "What's more, a majority of Americans have a negative view (51 percent) of Christie, while just more "
     'than quarter (26 percent) have a positive one.',
     '2015-04-02',
     [Q(51, "percent"), Q(25, "percent", "over"), Q(26, "percent")]),
    # no publication date: "between January and August" is one interval of months of unknown year, relative, written as
    # "2007/2014" is for "from 2007 to 2014"; "39,759 in all of 2018" is the 2018 figure itself, dated by it (as
    # THIRTIETH's "down from 5.2% in August"), not a baseline date; no noun repeated, as "while guns killed 15,600"
    # (THIRTIETH)
    ('bias', 'Nearly 73,000 fires were recorded between January and August, compared with 39,759 in all of 2018, '
     'the National Institute for Space Research (INPE) said on Monday.',
     None,
     [Q(73000, "fires", "about", "--01/--08"), D("--01/--08", "relative"), Q(39759, None, time="2018"), D("2018"),
      D("Monday", "relative")]),
    # "a 300-bed nursing home" counts beds, as "The 22-member" (TWENTY_NINTH) and "the two-dose shot" (THIRTY_FIRST)
    ('bias', 'My mother was a very strong woman, a career woman who administered a 300-bed nursing home for decades.',
     '2018-09-25',
     [Q(300, "bed")]),
    # "a 20-year-old pledge" is an age, undated wherever it is ("The 74-year-old", TWENTY_NINTH); Wednesday before a
    # Thursday publication
    ('bias', '"I care more about my country than I do about a 20-year-old pledge," Sen. Saxby Chambliss told '
     'Georgia television station WMAZ, a CNN affiliate, on Wednesday.',
     '2012-11-22',
     [Q(20, "year"), D("2012-11-21")]),
    ('bias', 'After Cohen pleaded guilty to the Mueller charges on Nov. 29, Trump called his former lawyer a liar, '
     '“a weak person and not a very smart person.”',
     '2018-12-13',
     [D("2018-11-29")]),
    # "at least one" counts, as "At least one GOP insider" (TENTH); "score" here means "respect", still the noun
    ('bias', 'I think they’re right on at least one important score.',
     '2013-07-09',
     [Q(1, "important score", "at least")]),
    ('bias', 'Nearly 12 years ago, Barack Obama began staffing his administration in the middle of a global '
     'economic crisis.',
     '2020-04-14',
     [Q(12, "year", "about")]),
    ('polnear', 'Senator John McCain says the\xa0Republican populist movement that’s sweeping the country and '
     'boosting candidates including Donald Trump in the 2016 presidential race appeals to the “bad angels” of human '
     'nature.',
     '2015-12-02',
     [D("2016")]),
    # two sums with their units written on both, alternatives joined by "or": two figures, not a range
    ('polnear', 'Whether we save $100 billion a year or $350 billion a year, we’re going to competitive bid.',
     '2016-02-16',
     [Q(100e9, "USD per year"), Q(350e9, "USD per year")]),
    # "four other states" counts "states" without "other", as "about 19 other states" (THIRTEENTH); "contests in ...
    # four other states on June 7": the date after the noun dates its phrase with the count in it (rule 3, as "his five-
    # state romp Tuesday", THIRTY_SECOND); June lies ahead of 2016-05-24
    ('polnear', 'Clinton holds a substantial lead with party leaders and elected officials, called superdelegates, '
     'and is on track to clinch the nomination through the combination of pledged delegates and superdelegates '
     'after contests in California, New Jersey and four other states on June 7.',
     '2016-05-24',
     [Q(4, "states", time="2016-06-07"), D("2016-06-07")]),
    # "an average of" is no qualifier; "49.2 percent to 40 percent" a pair, the second lower (no range), as "63 percent
    # to 33 percent" (ELEVENTH)
    ('polnear', 'In Pennsylvania, she is up an average of 9.2 percentage points at 49.2 percent to 40 percent for '
     'Trump, according to the RealClearPolitics polling average.',
     '2016-08-15',
     [Q(9.2, "percentage points"), Q(49.2, "percent"), Q(40, "percent")]),
    # "the election of 2008": a year in "of" after a noun names it, still a date
    ('polnear', 'As the election of 2008 approached, America was in crisis.',
     '2016-01-22',
     [D("2008")]),
    # "after 20 weeks" exact, as THIRTY_FIRST's "after 15 weeks"
    ('polnear', 'The legislation also mandates three separate appointments for women who want to obtain medication '
     'abortions, and bans abortions after 20 weeks.)',
     '2016-04-08',
     [Q(3, "separate appointments"), Q(20, "week")]),
    ('polnear', 'And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino '
     'vote compared to Hillary Clinton’s 76 percent.',
     '2016-07-18',
     [Q(14, "percent"), Q(76, "percent")]),
    # a participle on the counted noun dates the count ("the 13 service members killed in Kabul on Thursday", rule 3);
    # October before a December publication is this year's
    ('polnear', 'The school had collaborated with The Los Angeles Times and foundations including the Rockefeller '
     "Brothers Fund on two articles published in October that examined ''the gap between Exxon Mobil's public "
     "position and its internal planning on the issue of climate change.'' The articles had helped add momentum to "
     'an investigation by the New York attorney general into the matter.',
     '2015-12-03',
     [Q(2, "articles", time="2015-10"), D("2015-10")]),
    # "One recent afternoon" is "a certain afternoon", no count, also with another figure in the sentence, as "One
    # report Saturday morning placed the Taliban just 7 miles away" (FOURTEENTH) and "One prominent RNC member ... 10+
    # emails"; the afternoon is no date
    ('polnear', 'One recent afternoon, two volunteers were running a phone bank.',
     '2016-06-03',
     [Q(2, "volunteers")]),
    # "a 5-year-old Syrian boy" is an age, undated; "five years after civil war broke out" a span from a point, undated
    # (rule 5)
    ('polnear', 'The image of a 5-year-old Syrian boy, dazed and bloodied after being rescued from an airstrike on '
     'rebel-held Aleppo, reverberated around the world last month, a harrowing reminder that five years after civil '
     'war broke out there, Syria remains a charnel house.',
     '2016-09-06',
     [Q(5, "year"), D("2016-08"), Q(5, "year")]),
    ('polnear', 'They combined to spend $332,000 on payments to a company called Cambridge Analytica, which '
     'specializes in building what it calls “psychographic” profiles of voters to try to win them over with '
     'narrowly targeted micro-messages.',
     '2016-01-29',
     [Q(332000, "USD")]),
    ('polnear', 'The joint account, Hillary’s Victory Fund, includes the Clinton campaign, 32 state Democratic '
     'committees and the DNC.',
     '2016-04-20',
     [Q(32, "state Democratic committees")]),
    # "two of the guns" counts without a noun, as "five of his centrists" (THIRTIETH); the ruling is a report of what
    # the judge decided, a clause of its own: Monday dates nothing in it, and is the Monday just past
    ('polnear', 'The man accused of purchasing two of the guns used in the San Bernardino shooting rampage will '
     'remain in custody as a criminal case against him proceeds, a federal judge ruled Monday.',
     '2015-12-22',
     [Q(2, None), D("2015-12-21")]),
    # AMBIGUOUS: "what we saw on Sept. 11" (Laura Bush on Afghanistan, written 2016-03-18) read as 2001's, the reader
    # knowing the day (as "Muslims celebrating in New Jersey on Sept. 11", FIFTEENTH, written 2015-12-22), not as the
    # month and day resolved back from publication (2015-09-11)
    ('polnear', "That's what we saw on Sept. 11, and we don't want to see that now.",
     '2016-03-18',
     [D("2001-09-11")]),
    # "intended to run through Oct. 3" lies ahead, as THIRTIETH's "would last until Oct. 3"
    ('allsides', 'A coalition of landlords and real estate trade groups in Alabama and Georgia challenged the '
     'latest extension of a moratorium imposed by the Centers for Disease Control and Prevention, issued Aug. 3 and '
     'intended to run through Oct. 3.',
     '2021-08-27',
     [D("2021-08-03"), D("2021-10-03")]),
    # leftover (an editor's note run into a sentence; THIRTIETH and THIRTY_SECOND dropped such rows), annotated as it
    # stands. AMBIGUOUS: the note's date read as opening the sentence like a timeline entry ("2013: Iranian hackers
    # ...", THIRTY_FIRST), so it dates the clause and the sum describing its noun ("a vote on the $1.2 trillion bill",
    # rule 1), not left undated as a mere publication stamp; the 10 million sits in a relative clause of its own,
    # undated
    ('allsides', 'PUBLISHED FEBRUARY 23, 2021: House Democrats are forging ahead with a vote on a $1.9 trillion '
     'package to address the coronavirus and fix the economic damage that cost about 10 million people their jobs.',
     '2021-07-27',
     [D("2021-02-23"), Q(1.9e12, "USD", time="2021-02-23"), Q(10e6, "people", "about")]),
    # AMBIGUOUS: "extremists on one side empower those on the other" read as the idiom "one ... the other", no count (as
    # "one side of the political equation", TWENTY_NINTH), not Q(1, "side") set against "the other"
    ('allsides', 'Civilians die, but extremists on one side empower those on the other.',
     '2021-05-13',
     []),
    # "exceed one billion" is over 1 billion, as "exceeds 3 million" (FINAL); no "by" date
    ('allsides', 'The additional jabs will see the total US commitment on vaccine sharing exceed one billion jabs.',
     '2021-09-22',
     [Q(1e9, "jabs", "over")]),
    # "last week's" a date naming the increase, still a date (the ISO week before a Thursday 2021-07-08); "more than
    # halved" is over 50 percent, dated by "this year" on its verb; "after reaching a peak of 904,000 in January" is a
    # clause of its own holding its date; no noun, as "jobless claims fell 34,000 to 444,000"
    ('allsides', "Despite last week's small increase the number of initial jobless claims have been more than "
     'halved this year after reaching a peak of 904,000 in January.',
     '2021-07-08',
     [D("2021-W26"), Q(50, "percent", "over", "2021"), D("2021"), Q(904000, None, time="2021-01"), D("2021-01")]),
    # AMBIGUOUS: "had all summer—and $122 billion ...—to plan" written in late August: "all summer" is this summer (as
    # THIRTY_SECOND's "stay elevated all summer"), but it is the verb's object conjoined with the sum, not a date
    # modifying the verb, so the sum is read undated (the other reading dates it by the summer)
    ('allsides', 'The officials in charge of running the nation’s public schools had all summer—and $122 billion in '
     'Covid relief funds from Congress—to plan for the first day of school, so naturally chaos has ensued as '
     'students begin heading back to the classroom.',
     '2021-08-27',
     [D("2021-06/2021-08"), Q(122e9, "USD")]),
    # "the end of summer" is generic (the holiday's meaning), no date, as "a Memorial Day weekend"
    ('allsides', 'Unions, of course, vehemently disagree, and while the overwhelming majority of people have come '
     'to regard the holiday as nothing more meaningful than a three-day weekend commemorating the end of '
     'summer,\xa0labor leaders continue to delude themselves that the event somehow validates their dubious ideals '
     'and shady tactics.',
     '2021-09-06',
     [Q(3, "day")]),
    # "so far" is no date
    ('allsides', '15 governors so far have let their state orders requiring people to wear face coverings in public '
     'expire, according to U.S. News.',
     '2021-04-27',
     [Q(15, "governors")]),
    # "send ... overseas in June" has no "by": no target (unlike THIRTY_FIRST's "by the end of June"); the date in what
    # was said dates its count, "said on Monday" does not
    ('allsides', 'President Biden, heeding widespread calls to step up his response to the pandemic’s surge abroad, '
     'said on Monday that his administration would send 20 million doses of federally authorized coronavirus '
     'vaccine overseas in June — the first time he has pledged to give away doses that could be used in the United '
     'States.',
     '2021-05-18',
     [D("2021-05-17"), Q(20e6, "doses", time="2021-06"), D("2021-06")]),
    # as "a vote on the $1.2 trillion bill was delayed Thursday" (rule 1); the "as" clause is its own, undated
    ('allsides', 'The House delayed a vote on the $1 trillion\xa0bipartisan infrastructure bill\xa0on Thursday, as '
     'progressive Democrats refused to support the bill until Congress acts on a reconciliation package projected '
     'to cost $3.5 trillion.',
     '2021-10-01',
     [Q(1e12, "USD", time="2021-09-30"), D("2021-09-30"), Q(3.5e12, "USD")]),
    ('allsides', '“As we close 20 years of war and strife and pain and sacrifice, it’s time to look to the future, '
     'not the past,” Biden said near the end of a 26-minute speech that was delivered in strident, occasionally '
     'angry tones and echoed earlier remarks justifying his decision...',
     '2021-08-31',
     [Q(20, "year"), Q(26, "minute")]),
    # "as of Friday" (published on a Friday) sits in the relative clause holding the count, and dates it
    ('allsides', 'Eighteen prominent scientists, including a Harvard University epidemiologist and a Stanford '
     'University microbiologist, are calling for a “transparent” and “data-driven” probe into the origins of the '
     'pandemic that has killed more than 3.34 million people worldwide as of Friday.',
     '2021-05-14',
     [Q(18, "prominent scientists"), Q(3.34e6, "people", "over", "2021-05-14"), D("2021-05-14")]),
    ('allsides', "Nina Turner, a former state senator and a top surrogate for\xa0Sen. Bernie Sanders' 2016 and 2020 "
     'presidential campaigns, and Cuyahoga County councilwoman Shontel Brown shook hands as the joined together on '
     'stage at a predominantly Black megachurch in suburban Cleveland.',
     '2021-08-03',
     [D("2016"), D("2020")]),
    ('allsides', 'House Republican Leader Kevin McCarthy opposed legislation Tuesday that would create a bipartisan '
     'commission to study the Jan. 6 riot at the U.S. Capitol, which some lawmakers have suggested could subpoena '
     'him as witness.',
     '2021-05-18',
     [D("2021-05-18"), D("2021-01-06")]),
    # "their fourth conversation" an ordinal
    ('allsides', 'It was their fourth conversation since the violence erupted between Israel and Hamas nine days '
     'earlier.',
     '2021-05-19',
     [Q(9, "day")]),
    # "this year" on the verb of what was said dates its count; a cap written without "up to" is exact
    ('allsides', 'The Biden administration said Monday it would allow 62,500 refugees to resettle in the United '
     'States this year, reversing course after the White House initially said it would keep a historically low '
     'Trump-era limit on those fleeing war, violence and persecution.',
     '2021-05-03',
     [D("2021-05-03"), Q(62500, "refugees", time="2021"), D("2021")]),
    # "by Aug. 31", ahead of publication, sets a target
    ('allsides', 'President Biden said the U.S. is on pace to leave Afghanistan by Aug. 31, warning of growing '
     'security risks and describing a tenuous situation on the ground, as\xa0the Taliban\xa0said they would prevent '
     'Afghan citizens from reaching Kabul’s airport to board evacuation flights.',
     '2021-08-24',
     [D("2021-08-31", "target")]),
    # a tally (as FIFTH's "passed in a 364-62 vote"); "the two-thirds majority required" is a share, 66.67 percent, as
    # TWELFTH's "two-thirds of the vote"; the level it names counts nothing but keeps its value, as TWENTY_THIRD's "the
    # 100,000 threshold"
    ('allsides', 'The bill, which was introduced by New York Democratic Rep. Grace Meng and Hawaii Democratic Sen. '
     'Mazie Hirono, passed 364 to 62, above the two-thirds majority required.',
     '2021-05-18',
     [Q(364, None), Q(62, None), Q(66.67, "percent")]),
    # "50 years from now" a span from a point, undated
    ('allsides', '"It is hard to argue that 50 years from now the question will be how did this Congress manage...',
     '2021-07-26',
     [Q(50, "year")]),
    # "one-shot vaccine" counts, as "the one-page letter" (TWENTY_FIFTH) and "the two-dose shot" (THIRTY_FIRST)
    ('allsides', 'The former acting director for the Centers for Disease Control and Prevention said that people '
     'are not getting their second dose of COVID-19 vaccines which “points to the importance of one-shot vaccine.”',
     '2021-04-27',
     [Q(1, "shot")]),
]
