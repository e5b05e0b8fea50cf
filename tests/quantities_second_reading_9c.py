"""Quantities, issue 4 (reader agreement): a second, blind reading of draw THIRTY_FIFTH.

A data module, not a test module: ``SECOND_READING`` holds the 62 sentences printed by
``benchmarks/quantities_draw.py thirty-fifth`` (every one kept, in the printed order, the sentences and publication
dates exactly as printed), each with the quantities a second reader finds in it, in reading order, as ``Q``/``D``
records of :mod:`tests.test_quantities`. ``benchmarks/quantities_agreement.py`` compares it with the first reading
(``THIRTY_FIFTH`` in ``tests/test_quantities_session9c.py``).

Who, when, how: a second reader (a helper session of session 9), blind to the first reading and to the rules' output:
neither ``tests/test_quantities_session9*.py`` nor any other second reading was opened, read, grepped or imported, and
neither ``find_quantities``, the scorer, the pipeline nor any test ran on these sentences. Greps for precedents left out
the session-9 tables and, once it was seen to quote this draw's sentences, ``tests/test_quantities_fixes9.py`` too (two
of its comment/sentence lines showed in a grep's output before it was excluded, no expected values); the subject line
of commit e5b9656, seen in ``git log`` before reading, quotes "Since clinching … in early June, Clinton has spent …" as
the shape of a parse rule ("a gerund phrase after 'since' dates its host clause"), which rule 4 of the time convention
gives anyway. Read on 2026-11-24 from 01:28 to 01:33 UTC by the machine's clock, the conventions, the precedents and
the 62 sentences together, with a second pass over every row (shorter than the 40 minutes the brief allowed). The
annotations were written from the module docstrings of ``storylens.extract.quantities`` and
``storylens.extract.quantities_parse`` (the time rule of session 4 and the later conventions),
``tests/test_quantities.py`` (TABLE, HELDOUT: the record shapes) and the docstrings and rows of
``tests/test_quantities_session8.py`` and ``tests/test_quantities_session8b.py``.

Precedents leaned on (earlier tables): an age after a name is undated ("Clinton, 35,"); "the two" and "Two of those"
count without a noun; a hyphenated count keeps its noun singular ("22-member", "the 27-nation bloc", "60-vote hurdle",
"a four-star general", "two-dose"); "a nearly hourlong news conference" holds no figure; "barely served two terms" is
exact; "just over", "a little more than" are over; "nearly" is about; "less than" is under; "or less" is at most (read
for "or below"); "more than twice as likely" is over 2 times; "More than half of the annulments" is over 50 percent with
its measure, none when the of-phrase holds a number; "a third of" is 33.33 and "two-thirds" 66.67 percent; "since the
age of 25", "at the age of six" are ages, undated; "in the early 2000s" is the decade; "fiscal 2015" is 2015 and "his
$6 trillion budget for fiscal 2022" is dated by its fiscal year (a date after a noun dates its noun phrase); "the Jan. 6
Capitol riot" is 2021-01-06, a date naming a thing that frames nothing; "Group of Seven (G-7) leaders" counts nothing;
"one of the most prominent …", "one of them said" count nothing; "tens of thousands", "thousands of" are no figures; a
span in a dated clause takes the clause's date ("end America's 20-year war … on Thursday", "given 60 days … on Monday");
a span counted from a point is undated ("about a week after", "three days before"); a subjectless participle shares its
clause's date ("fell Tuesday, bringing the total to nine"); what is said keeps the report verb's date out; a "since"
clause dates its host (rule 4); a pair of sentences joined by the splitter and a sentence cut by its source ("...") are
kept as they stand, as THIRTY_SECOND and THIRTIETH kept them; a weekday or month without a year follows the clause's
tense (the past looks back, "will" looks ahead).

Rows found genuinely ambiguous under the conventions (6), with the two readings hesitated between (the first is the one
written):

1. "The $2 trillion package was primed and ready to go on Sunday": the sum dated by Sunday (2020-03-22: the date read
   as the state's, on the clause "was … ready") / undated (the date modifying the infinitive "to go" only, which rule 1
   does not carry up to the host's subject). "throughout the week" was left unread (no "this"/"last"), not a week date.
2. "the Delaware man and two-time offender": 2 "time" (a hyphenated count, its noun singular) / no quantity (a kind of
   offender, like "a third-party candidacy").
3. "fork over thousands some times ten of thousand to Donald": no figure (a garbled "tens of thousands") / 10 with no
   noun ("Ten of those") or a share of a thousand.
4. "bringing the total of encounters in fiscal year (FY) 2021 to more than 1 million": the level dated 2021 (the fiscal
   year after the object's noun, nearest in the tree) / 2021-06 (the clause's June, carried into the subjectless
   participle).
5. "the first filibuster of the year by the chamber's 50-vote minority": the 50 votes dated by the clause's Friday
   (an appositive phrase of the clause, rule 1) / undated (a standing description of the minority); "of the year" was
   left unread / 2021.
6. "PUBLISHED FEBRUARY 23, 2021: House Democrats are forging ahead with a vote on a $1.9 trillion package …" (a
   leftover: an editor's note run into the sentence, dropped from THIRTY_SECOND): the sum undated (the note is a
   publication date, modifying no verb) / dated 2021-02-23 (as a timeline entry's year dates the entry, THIRTY_FIRST's
   "2013: Iranian hackers …"). The 10 million is in a relative clause of its own either way.

Hesitations the conventions settle (not counted as ambiguous): "as the unemployment rate fell to 5.4%" is a clause of
its own, so the 5.4% is undated though it is July's (rule 4); "leading to the exodus of … two other top aides" shares
the clause's "late last month" (rule 1); "for fiscal 2022" dates only the last conjunct's "$1.5 trillion in
discretionary spending" (rule 3); "Since clinching … in early June, Clinton has spent more than $77 million" dates the
sum 2016-06 (rule 4's "since"); "the 1930s" after "since" in "the worst recession … since the 1930s" is a comparison's
baseline and frames nothing.
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    # an age after a name, undated ("Clinton, 35,")
    ('bias', 'Sanders, 74, said he and Clinton were in a "virtual tie" and said he was overwhelmed.',
     '2016-02-01',
     [Q(74, None)]),
    # "a little over half" is over 50 percent, as THIRTY_FIRST's "little more than half an hour"; no measure
    # where the of-phrase holds a number ("More than half of the 95-member …")
    ('bias', 'A little over half of the 226 participants in the survey, 52%, said their immigration status was '
     '"estimated undocumented."',
     '2020-04-24',
     [Q(50, "percent", "over"), Q(226, "participants"), Q(52, "percent")]),
    # "the two" counts without a noun (TWENTY_NINTH: "the two did not directly discuss")
    ('bias', 'It was unclear whether the two also spoke on the phone.',
     '2019-08-14',
     [Q(2, None)]),
    # "the early 2000s" is the decade, as "in the early 2000s" in earlier tables
    ('bias', 'Iran has claimed an international right to an indigenous nuclear power program since the early '
     '2000s, he notes, and has portrayed international efforts to investigate Iran’s nuclear facilities as a veiled '
     'attempt by “the Great Satan” and other world powers to deny Iran an international right.',
     '2015-07-07',
     [D("2000s")]),
    # "a four-star general" counts stars; the 2016 names the campaign
    ('bias', 'The retired three-star general, who championed Trump at campaign rallies and advocated closer ties '
     'with Russia, is a central figure in Mueller’s investigation into whether Trump aides coordinated with Moscow '
     'to boost his 2016 presidential campaign.',
     '2017-11-24',
     [Q(3, "star"), D("2016")]),
    # "AR-15" glued to letters
    ('bias', '"But there are many moving parts to this....Me owning an AR-15 is not a threat to anyone because '
     'I\'m not going to abuse the right to own that gun."',
     '2013-02-13',
     []),
    # "the 27-nation bloc"; what is said keeps the report verb's Friday out
    ('bias', 'President Trump is preparing to add more countries to his six-nation travel ban executive order — '
     'though he’ll likely impose lesser penalties such as additional traveler screening on them, administration '
     'officials said Friday.',
     '2017-09-22',
     [Q(6, "nation"), D("2017-09-22")]),
    # AMBIGUOUS: the package's state dated by "on Sunday" (past clause, the Sunday before a Wednesday) or
    # undated (the date on the infinitive "to go" only); "throughout the week" left unread (no "this")
    ('bias', 'The $2 trillion package was primed and ready to go on Sunday, with the Senate working throughout the '
     'week to get it done.',
     '2020-03-25',
     [Q(2e12, "USD", time="2020-03-22"), D("2020-03-22")]),
    # a year naming the speech
    ('bias', 'In a 2006 speech in Congress, he said that gay marriage was a signal of "societal collapse."',
     '2016-07-24',
     [D("2006")]),
    # "One" a pronoun
    ('bias', 'One imagines Nikolas sitting alone, watching coverage of the Las Vegas shooting, and thinking, "Why '
     'not?',
     '2018-02-16',
     []),
    # "Two of those" counts without a noun
    ('bias', 'Two of them said they are unsure whether they will still support Warren after their experience, but '
     'Lewis said she will be caucusing for her.',
     '2020-02-06',
     [Q(2, None)]),
    ('bias', 'What makes the family tradition sustainable in central Massachusetts, where the Vallelis now live, '
     'is a pastor-sharing arrangement between two congregations that couldn’t afford a full-time clergyperson on '
     'their own.',
     '2020-04-14',
     [Q(2, "congregations")]),
    # "barely" is exact ("barely served two terms"); a span from a point, undated;
    # "No one", "now" no quantity, no date
    ('bias', 'No one wanted to let Democrats off the mat and hand them a political win — especially not now, '
     'barely two weeks after the GOP’s historic midterm victory.',
     '2014-11-23',
     [Q(2, "week")]),
    ('bias', 'Let border officials detain families for over 20 days.',
     None,
     [Q(20, "day", "over")]),
    # leftover: a photo caption with its credit run in
    ('bias', 'Bilal Hussein/AP People listen to a speech by the Hezbollah leader Sheikh Hassan Nasrallah at a '
     'coffee shop in a southern suburb of Beirut, Lebanon, Aug. 25, 2019.',
     '2019-08-30',
     [D("2019-08-25")]),
    # "One issue" as "a certain"
    ('bias', 'Delegate selection: One issue certain to be revisited is the manner in which delegates are selected.',
     '2016-07-10',
     []),
    ('bias', 'Gaza militants fired more than 3,000 rockets toward Israel during the war. ...',
     '2014-08-14',
     [Q(3000, "rockets", "over")]),
    ('bias', 'All three candidates said they want to repeal every piece of President Obama’s health care law — '
     'even the provisions that some Republicans support, such as requiring insurers to cover young adults on their '
     'parents’ plans.',
     '2012-06-12',
     [Q(3, "candidates")]),
    # the term dated by the relative clause's 2013 ("20-year war … on Thursday" is dated); Tuesday before a
    # Saturday; "about a week after" a span from a point; the 2016 names the election
    ('bias', 'Trump fired Comey, who was appointed by President Barack Obama to a 10-year-term in 2013, on '
     'Tuesday, about a week after the former FBI director told a Senate hearing that he felt "mildly nauseous" that '
     'his actions in the Hillary Clinton email case may have affected the 2016 presidential election.',
     '2017-05-13',
     [Q(10, "year", time="2013"), D("2013"), D("2017-05-09"), Q(1, "week", "about"), D("2016")]),
    # AMBIGUOUS: "two-time offender" read as a hyphenated count, the noun singular ("22-member",
    # "two-dose"), or no quantity (a kind of offender)
    ('bias', 'Among them was Reid, the Delaware man and two-time offender whose apartment was stoked with guns and '
     'ammunition.',
     '2016-08-09',
     [Q(2, "time")]),
    ('bias', 'The proposal would include a 10-year wait for a green card, and a total 13-year wait to apply for '
     'citizenship.',
     '2013-04-01',
     [Q(10, "year"), Q(13, "year")]),
    # "until after 2020": only "by" makes a target
    ('bias', 'As conservative health policy analyst Chris Jacobs wrote recently, any Medicaid rollback that is '
     'delayed until after 2020 essentially requires a Republican president to go into effect.',
     '2017-06-22',
     [D("2020")]),
    # "every one of" is no count ("one of them said")
    ('bias', 'In every one of his political campaigns—from his hopeless third-party candidacies in the 1970s '
     'through his current run for president—Sanders has cast himself as David fighting the Goliaths of the major '
     'parties.',
     '2015-10-11',
     [D("1970s")]),
    # "ONE" names the group
    ('bias', 'The advocacy group ONE, which focuses on combating poverty and diseases, said Mr. Trump’s proposed '
     'cuts to foreign aid are alarming.',
     '2017-02-27',
     []),
    ('bias', 'As a presidential candidate in 2008, Obama seemed to view an imminent threat as a prerequisite for '
     'the president ordering military action.',
     '2014-09-11',
     [D("2008")]),
    ('bias', 'Trump insisted during a meandering 50-minute interview that “of course” he would alert the FBI in '
     "such a case, but only after reviewing it first, “because if you don't look at it, you won't know it's bad.”",
     '2019-06-14',
     [Q(50, "minute")]),
    # two sentences joined by the splitter after "D.C.", kept as THIRTY_SECOND kept one; "an hourlong
    # hearing" is no figure, as "his nearly hourlong news conference"; "three days before" a span from a point
    ('bias', 'Manafort entered his guilty plea to two felony counts during an hourlong hearing in federal court in '
     'Washington, D.C. The plea took place three days before he was to face trial on charges related to his '
     'lobbying work for Ukraine and alleged witness tampering.',
     '2018-09-14',
     [Q(2, "felony counts"), Q(3, "day")]),
    ('bias', 'That would seem to contradict testimony then-IRS Commissioner Doug Shulman provided to Congress in '
     '2012 when he told lawmakers that the agency wasn’t providing extra scrutiny to groups because of their '
     'political affiliations.',
     '2013-05-05',
     [D("2012")]),
    # the "while" clause has no date either
    ('polnear', 'More than half of the respondents who support Sanders are in college, while 19 percent of college '
     'students polled support Clinton.',
     '2015-12-10',
     [Q(50, "percent", "over", measure="respondents"), Q(19, "percent", measure="college students")]),
    ('polnear', 'Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t even fit to '
     'be governor any more.',
     '2016-03-02',
     [Q(6, "Gannett newspapers")]),
    # AMBIGUOUS: "ten of thousand" (a garbled "tens of thousands") read as no figure, as "tens of
    # thousands", or as 10 ("Ten of those") / a share of a thousand; "thousands" no figure
    ('polnear', '“And then they would push perceptive students to max out their credit cards so they could fork '
     'over thousands some times ten of thousand to Donald.',
     '2016-06-05',
     []),
    # a "since" clause dates its host (rule 4), the latest June begun
    ('polnear', 'Since clinching her party’s nomination in early June, Clinton has spent more than $77 million on '
     'television and radio advertising, largely targeting voters in battleground states, according to Kantar '
     'Media’s political ad tracker.',
     '2016-08-29',
     [D("2016-06"), Q(77e6, "USD", "over", "2016-06")]),
    ('polnear', 'The real story here is that more than half of Republican primary voters in Iowa opted for Trump — '
     'a blowhard billionaire who has embraced open racism and is tearing the GOP apart — and Cruz, the most loathed '
     'man in Washington.',
     '2016-02-02',
     [Q(50, "percent", "over", measure="Republican primary voters")]),
    ('polnear', 'Either candidate would need 2,383 delegates to secure the nomination.',
     '2016-04-27',
     [Q(2383, "delegates")]),
    ('polnear', 'No one should feel how we feel, how we suffered,” she continued.',
     '2016-07-28',
     []),
    # an age, undated, as THIRTIETH's "at the age of six"; "now" no date
    ('polnear', 'While the government might soon lift the retirement age to save money, that is cause for '
     'celebration, he said, because Russians are now living longer - to an average age of 71.',
     '2015-12-19',
     [Q(71, None)]),
    # the baseline of a comparison, a date framing nothing
    ('polnear', 'But Wall Street, instead of spreading prosperity, delivered the worst recession the world had '
     'seen since the 1930s.',
     '2016-03-16',
     [D("1930s")]),
    ('polnear', 'More than 300,000 Chinese students are studying at American universities, and the Orlando '
     'shooting brought on new concerns from Chinese parents.',
     '2016-06-15',
     [Q(300000, "Chinese students", "over")]),
    # "or below" as "or less"
    ('polnear', 'Everyone else is at 2 percent or below.',
     '2015-11-12',
     [Q(2, "percent", "at most")]),
    # "by 10 points" keeps the plural
    ('polnear', 'Trump never mentioned Clinton, who trailed Sanders by more than 20 points with more than '
     'three-quarters of the results in.',
     '2016-02-09',
     [Q(20, "points", "over"), Q(75, "percent", "over", measure="results")]),
    # "one of the earliest House members" is no count
    ('polnear', 'Darrell Issa and Duncan Hunter, who was one of the earliest House members to endorse the '
     'Manhattan billionaire.',
     '2016-05-09',
     []),
    # the subjectless participle "leading to …" shares its clause's date ("fell Tuesday, bringing …")
    ('polnear', 'Carson brought in a new campaign manager, retired Army general Bob Dees, late last month, leading '
     'to the exodus of former campaign manager Barry Bennett and two other top aides.',
     '2016-01-04',
     [D("2015-12"), Q(2, "other top aides", time="2015-12")]),
    ('allsides', 'A rapid and sustained increase in COVID-19 cases in the nation’s largest county requires '
     'restoring an indoor mask mandate even when people are vaccinated, Los Angeles County’s public health officer '
     'said Thursday.',
     '2021-07-15',
     [D("2021-07-15")]),
    # "the January 6 attack" as "the Jan. 6 Capitol riot"
    ('allsides', 'President Joe Biden has no plans to create\xa0a presidential commission\xa0to investigate '
     'the\xa0January 6 attack on the Capitol,\xa0White House press secretary Jen Psaki said in a statement '
     'Thursday.',
     '2021-06-03',
     [D("2021-01-06"), D("2021-06-03")]),
    # AMBIGUOUS: the total "to more than 1 million" dated by "fiscal year (FY) 2021" (a date after the
    # object's noun, nearest in the tree; "fiscal 2015" is 2015) or by the clause's June through the
    # subjectless participle; "announced Friday" dates only the report
    ('allsides', 'There were nearly 190,000 migrant encounters at the southern border in June,\xa0Customs and '
     'Border Protection (CBP)\xa0announced Friday — yet another rise in what were already sky-high border numbers, '
     'and bringing the total of encounters in fiscal year (FY) 2021 to more than 1 million.',
     '2021-07-16',
     [Q(190000, "migrant encounters", "about", "2021-06"), D("2021-06"), D("2021-07-16"), D("2021"),
      Q(1e6, None, "over", "2021")]),
    ('allsides', 'Gen. Frank McKenzie, head of U.S. Central Command, and Gen. Mark Milley, the chairman of the '
     'Joint Chiefs of Staff, each acknowledged during public congressional testimony that they agreed with the '
     'recommendation of Army Gen. Austin Miller that 2,500 troops be left in the country, though they denied to '
     'detail what they advised Biden directly.',
     '2021-09-28',
     [Q(2500, "troops")]),
    ('allsides', 'Nina Turner, a former Ohio state senator who served as a high-profile surrogate for Sen. Bernie '
     'Sanders\xa0(I-Vt.) during the 2020 presidential campaign, looks to have the edge to win the Democratic House '
     'primary in the state’s 11th Congressional District.',
     '2021-08-03',
     [D("2020")]),
    # what is said keeps Wednesday out; "in the coming days" no date
    ('allsides', 'About 1,500 American citizens remain in Afghanistan, and about a third of them are in contact '
     'with the U.S. government and hope to leave in the coming days, Secretary of State Antony J. Blinken said on '
     'Wednesday.',
     '2021-08-25',
     [Q(1500, "American citizens", "about"), Q(33.33, "percent", "about"), D("2021-08-25")]),
    # "Group of Seven" names, as "Group of Seven (G-7) leaders on Sunday"
    ('allsides', 'World leaders attending the\xa0Group of Seven summit\xa0on Sunday issued a call for a new study '
     'into the origins of Covid-19, including in China, after an initial report was deemed lacking because Beijing '
     'had refused to cooperate.',
     '2021-06-13',
     [D("2021-06-13")]),
    # the 2020 names the poll
    ('allsides', 'A 2020\xa0Pew Research Center poll\xa0found two thirds believed governments should do more to '
     'address climate change.',
     '2021-08-13',
     [D("2020"), Q(66.67, "percent")]),
    # a future clause looks ahead; what is told is undated
    ('allsides', 'The launch will occur in tandem with the release of Yang’s latest book, “Forward: Notes on the '
     'Future of Our Democracy” on October 5th, two people familiar with the development told\xa0Politico.',
     '2021-09-10',
     [D("2021-10-05"), Q(2, "people")]),
    # cut by the source ("..."), kept as THIRTIETH kept "several major..."; "To date" no date
    ('allsides', '“To date, the SAPS have received reports of 26 deaths cumulatively in...',
     '2021-07-16',
     [Q(26, "deaths")]),
    ('allsides', 'After decades of military experience, including tours in Vietnam, Powell served as secretary of '
     'state under President George W. Bush from 2001 to 2005 and chairman of the Joint Chiefs of Staff under '
     'President George H. W. Bush from 1989 to 1993....',
     '2021-10-18',
     [D("2001/2005"), D("1989/1993")]),
    # "for fiscal 2022" after the last conjunct's noun dates that noun phrase only (THIRTY_FIRST's "$6
    # trillion budget for fiscal 2022")
    ('allsides', 'The blueprint released by the White House ties together three major spending proposals already '
     'announced by Biden: the $2.3 trillion\xa0American Jobs Plan, the $1.8 trillion\xa0American Families '
     'Plan\xa0and\xa0$1.5 trillion\xa0in discretionary spending for fiscal 2022.',
     '2021-05-28',
     [Q(3, "major spending proposals"), Q(2.3e12, "USD"), Q(1.8e12, "USD"),
      Q(1.5e12, "USD", time="2022", measure="discretionary spending"), D("2022")]),
    # the "as" clause is a clause of its own (rule 4): 5.4% undated
    ('allsides', 'Nonfarm payrolls increased by 943,000 workers in July as the unemployment rate fell to 5.4%, the '
     'Labor Department said Friday.',
     '2021-08-06',
     [Q(943000, "workers", time="2021-07"), D("2021-07"), Q(5.4, "percent"), D("2021-08-06")]),
    # AMBIGUOUS: the apposition "the first filibuster … by the chamber's 50-vote minority" dated by the
    # clause's Friday (rule 1) or left undated as a description of the minority; "of the year" left unread
    ('allsides', 'Senate Republicans on Friday blocked a bill that would form an independent commission to probe '
     "the Jan. 6 Capitol riot, the first filibuster of the year by the chamber's 50-vote minority.",
     '2021-05-28',
     [D("2021-05-28"), D("2021-01-06"), Q(50, "vote", time="2021-05-28")]),
    ('allsides', 'Representative Marjorie Taylor-Greene (R., Ga.) apologized Monday for her\xa0comments\xa0last '
     'month comparing COVID-19 restrictions to the persecution of Jews by the Nazis.',
     '2021-06-14',
     [D("2021-06-14"), D("2021-05")]),
    # "Thousands of" no figure
    ('allsides', 'Thousands of Cubans took to the streets in a wave of demonstrations in Havana and at least 14 '
     'other cities throughout the Communist island, demanding an end to the 62-year dictatorship and protesting the '
     'lack of food and\xa0Covid-19 vaccines.',
     '2021-07-12',
     [Q(14, "other cities", "at least"), Q(62, "year")]),
    # "more than twice as likely" is over 2 times
    ('allsides', 'With the recall election less than two weeks away, the mail ballot returns so far show that more '
     'than twice as many Democrats have voted than Republicans and that liberal areas of the state such as the Bay '
     'Area have the highest rates of return, according to state officials and political data researchers.',
     '2021-09-01',
     [Q(2, "week", "under"), Q(2, "times", "over")]),
    ('allsides', 'Florida Republican Gov. Ron DeSantis on Thursday morning signed into law a controversial voting '
     'bill aimed at curbing access to mail-in voting in the state, joining a host of other GOP-led states pushing '
     "new limits in connection with former President Donald Trump's baseless claims of fraud in the 2020 election.",
     '2021-05-06',
     [D("2021-05-06"), D("2020")]),
    ('allsides', '“Meeting this moment is about more than preserving our planet,” Biden said, speaking from a '
     'TV-style set for a virtual summit of 40 world leaders.',
     '2021-04-22',
     [Q(40, "world leaders")]),
    # leftover: an all-capital note run into a sentence (THIRTY_SECOND dropped this very sentence, THIRTIETH
    # "ORIGINALLY PUBLISHED JANUARY 2021: …"); kept here as the brief asks
    # AMBIGUOUS: the note's date left framing nothing (it is a publication note, not a verb's modifier) or
    # dating the $1.9 trillion as a timeline entry's year dates the entry (THIRTY_FIRST's "2013: …"); the
    # 10 million is in a relative clause of its own either way
    ('allsides', 'PUBLISHED FEBRUARY 23, 2021: House Democrats are forging ahead with a vote on a $1.9 trillion '
     'package to address the coronavirus and fix the economic damage that cost about 10 million people their jobs.',
     '2021-07-27',
     [D("2021-02-23"), Q(1.9e12, "USD"), Q(10e6, "people", "about")]),
]
