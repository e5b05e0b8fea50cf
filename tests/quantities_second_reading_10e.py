"""Quantities, session 10: a second, independent reading of draw FORTY_FOURTH (issue 4: how far two readers agree).

A data module, not a test module: ``SECOND_READING`` holds every sentence ``benchmarks/quantities_draw.py
forty-fourth`` prints (62: all bias-corpus sentences, with their sources' publication dates), in the draw's order,
written exactly as the script prints them, each with the quantities this reader expects in reading order (the ``Q`` /
``D`` records of ``tests/test_quantities.py``: value, unit, qualifier, time, upper bound). Nothing was dropped: three
scraping leftovers are annotated as they stand and marked ``leftover`` (a photo gallery's caption counter run into its
caption, a related-links box run into a sentence, three sentences glued without spaces).

Read by a second reader, blind to the first reading of this draw and to the rules' output: neither the first table of
this draw nor any other reading of this session was opened, and ``find_quantities``, the scorer, the pipeline and no
test ran on these sentences. Annotated on 2026-11-24, begun 04:10 UTC and committed about 04:15 UTC by the machine's
clock (one pass over the conventions and precedents with a grep of the earlier tables
for each open shape, one pass annotating, one pass re-reading every sentence for a missed number or date), by the
conventions of ``docs/quantities.md`` as of commit ee6ead0, the module docstrings of
``src/storylens/extract/quantities.py`` and ``quantities_parse.py`` (the time convention, rules 1-5) and the earlier
tables (``tests/test_quantities*.py`` up to session 9).

Precedents leaned on (each also in a comment above its row): "the late 19th century" is no date (SIXTH), so neither
are "the 21st century" and "the 14th century", while "the 1940s", "the 1960s" are decades; "the 40th percentile" is an
ordinal (THIRTY_FIRST); "the first two contests" counts (THIRTIETH); "two of the guns" counts no noun (THIRTY_THIRD);
"four times the area" is 4 times (EIGHTH), so "twice the length" is 2 times; "the two-thirds majority required" is
66.67 percent (THIRTY_THIRD); "on track to hit 160 million" is a target (TWENTY_SECOND); "throughout the next decade"
is a span from now, neither date nor figure (THIRTY_SECOND); "more than a century" (THIRTY_SECOND) and "a full
half-hour segment" (TWENTY_FIRST) give "a half-century" as 0.5 century; "in the summer of 1950" and "in early June"
(THIRTY_FOURTH, THIRTY_FIFTH); "until after the 2016 presidential election" is the year (THIRTIETH); "the Gang of
Eight" is a name (FIFTH); "the two" counts 2 without a noun (TWENTY_NINTH); "nearly a dozen wounded" counts no noun
(THIRTY_FOURTH); "an average of" is exact (THIRTY_THIRD); tallies "a 2-1 decision", "304 to 227" (TWENTY_NINTH,
SIXTEENTH) for "a ratio of 2-to-1"; "the U.S. Refugee Act of 1980" is still a date (THIRTY_FOURTH); "different" and
"other" drop from a counted noun, and a noun conjoined with an adjective stays in it ("five black and Latino
teenagers").

Rows found genuinely ambiguous under the conventions (10; the reading written first, the other after "or"):
- "Hide Caption 11 of 30 Photos: …" (leftover): 11 a place in the gallery and 30 counted photos, or "11 of 30" a share
  (36.67 percent, "20 out of 27 races"), or two bare numbers, or no figure at all (earlier tables dropped such
  captions, so there is no precedent).
- "in the first four and arguably most influential of the presidential nominating states": a partitive, 4 with no
  noun, or 4 "presidential nominating states" (as "the first two contests").
- "the $20 trillion debt – headed to $30 trillion over the next decade": a level forecast, a target, or an exact level
  (no "by" date, no verb of change such as "raise … to").
- "by a ratio of 2-to-1 in campaign donations": two bare numbers as a tally, or one figure of 2 times.
- "We spent $84 billion a year on it and $42 billion is wasted": the part written without a rate, plain USD, or USD
  per year as the sum it is part of.
- "On May 1, Biden issued a statement" written 2020-04-29: the past looks back, 2019-05-01, or the May 1 the story
  clearly means, 2020-05-01 (the source's date precedes the event).
- "the window between early June and the August recess": one interval 2014-06/2014-08, or two dates (the recess an
  event named by its month).
- "destroying even one government file is a felony": "even one" a count as "only one", or "one" as the article.
- "a half-century of well-intentioned but ineffective social programs": 0.5 century, or no figure (session 8's
  fixes row "up from a quarter century ago" expects none).
- "51 percent of women in CNN's August survey said …": undated, the month naming the survey (rule 5), or dated 2015-08
  as when the share held.
Also decided where the conventions are thin, less open: "A draft order that leaked in early February was twice the
length …" leaves the 2 times undated (the date is in a relative clause of its own); "the two … subsequently supported
Romney's bid for the Senate in 2018" leaves the two undated (the date sits in one conjunct); "Diane Sawyer, 20/20"
names a programme, no figure.
"""

from __future__ import annotations

from tests.test_quantities import D, Q

# (source, sentence, published, expected quantities in reading order)
SECOND_READING: list[tuple[str, str, str | None, list[Q]]] = [
    # "about two hours after" is a span counted from a point, undated (as "about a week after" in THIRTY_FIFTH)
    ("bias", "A White House spokesman provided the update on Twitter, about two hours after the president departed a "
     "much-hyped cocktail party attended by former Secretary of State Hillary Clinton, where the former "
     "rivals-turned-allies were expected smooth over their recent differences on foreign policy.",
     "2014-08-14",
     [Q(2, "hour", "about")]),
    ("bias", "\"Pastor events like this one truly are the Ground Zero launching pad for mobilizing the evangelical "
     "crowd.\"",
     "2019-08-06",
     []),
    ("bias", "A data-driven effort like the one the Bloomberg operation envisions, as first reported by the Atlantic, "
     "hearkens back to the roots of the billionaire’s wealth.",
     "2019-02-13",
     []),
    # leftover: a photo gallery's caption counter run into its caption; "Caption 11" is the photo's place (a reference
    # number after a naming noun, as "step two"), "30 Photos" counts the gallery's photos; "the 30th anniversary" is an
    # ordinal
    ("bias", "Hide Caption 11 of 30 Photos: Photos: Pope Benedict XVI Pope Benedict XVI – Benedict attends a screening "
     "of a movie about his predecessor, Pope John Paul II, on October 16, 2008, in Vatican City during celebrations of "
     "the 30th anniversary of John Paul's election as pontiff.",
     "2013-02-11",
     [Q(30, "Photos"), D("2008-10-16")]),
    # "the 21st century" is no date (as SIXTH's "The late 19th century"); "the 1940s" is the decade
    ("bias", "While there is still rank bigotry directed at homosexuals, the situation of gay Americans in the 21st "
     "century is not very much like that of African Americans in the 1940s.",
     "2019-06-12",
     [D("1940s")]),
    ("bias", "Snowden is believed to have been staying at the airport transit zone since June 23, when he arrived on a "
     "flight from Hong Kong.",
     "2013-07-24",
     [D("2013-06-23")]),
    # two years, two dates (as THIRTY_THIRD's "Sanders' 2016 and 2020 presidential campaigns")
    ("bias", "Iraqi militia groups linked to Iran began using drones in 2014 and 2015 in battles to retake territory "
     "from ISIS.",
     "2019-07-18",
     [D("2014"), D("2015")]),
    # as THIRTY_FOURTH's "in the summer of 1950"
    ("bias", "Further, Winer said that Steele alerted him in the summer of 2016 about “disturbing information "
     "regarding possible ties between Donald Trump, his campaign and senior Russian officials.”",
     "2018-02-09",
     [D("2016-06/2016-08")]),
    # leftover: three sentences the source glued without spaces, kept as they stand; "in early February" is the month
    # (THIRTY_FIFTH's "in early June"), in a relative clause of its own: "twice the length" (2 times, as EIGHTH's "four
    # times the area") stays undated; "at the time" is no date
    ("bias", "We’ll see the totality of it eventually.”Still, many conservatives were puzzled that the administration "
     "did not seek to accomplish more in the executive action.A draft order that leaked in early February was twice "
     "the length of the new order and was described by liberals at the time as “staggering” and “sweeping.”",
     "2017-05-07",
     [D("2017-02"), Q(2, "times")]),
    # "different" drops as "other" and "separate" do; a noun conjoined with an adjective stays in the counted phrase
    # ("five black and Latino teenagers", "new and returning customers")
    ("bias", "“The average American I think uses eight different communication and social apps.",
     "2018-04-11",
     [Q(8, "communication and social apps")]),
    # "as one source told me" is "a certain source", no count (a year is no figure set against it: THIRTY_THIRD)
    ("bias", "Yet with the “wind at their backs,” as one source told me, the group was unable to get its major "
     "legislative priorities — the expansion of concealed carry and a change to laws restricting gun silencers — "
     "passed while Republicans had full control of Washington in 2017 and 2018.",
     "2019-01-17",
     [D("2017"), D("2018")]),
    ("bias", "If that gets 218 signatures, House Speaker Nancy Pelosi has to let the bill come to the floor.",
     "2019-03-13",
     [Q(218, "signatures")]),
    ("bias", "Just remember that on November 6, 2018.",
     "2018-09-21",
     [D("2018-11-06")]),
    # "to win the House in November", written in April, is the coming November
    ("bias", "As the Democratic Party aims to win the House in November and has an eye on the 2020 presidential "
     "election, it is looking a lot more like Sanders’ party than it did in 2015, at least when it comes to economic "
     "policy.",
     "2018-04-25",
     [D("2018-11"), D("2020"), D("2015")]),
    # "the first four … of the presidential nominating states": a partitive, the number counts no noun of its own (as
    # THIRTY_THIRD's "two of the guns"; THIRTIETH's "the first two contests" counts its own noun)
    ("bias", "They have launched in the first four and arguably most influential of the presidential nominating "
     "states: New Hampshire, Iowa, Nevada and South Carolina.",
     "2014-09-20",
     [Q(4, None)]),
    # leftover: a related-links box (The Hill's "MORE") run into the sentence; annotated as it stands
    ("bias", "At that point, Hillary Clinton Hillary Diane Rodham ClintonGiuliani consulted with Manafort on Ukraine "
     "info: report California political donor indicted for 2 overdose deaths at his home Sanders heart procedures "
     "shines spotlight on age of top Democrats MORE’s campaign and the Democratic National Committee picked up funding "
     "of the project.",
     "2017-10-27",
     [Q(2, "overdose deaths")]),
    # "headed to $30 trillion" is a level forecast, a target (as TWENTY_SECOND's "on track to hit 160 million"); "over
    # the next decade" is a span from now, no date and no figure (THIRTY_SECOND's "throughout the next decade")
    ("bias", "If America faces a financial crisis in its future, it would much more likely be triggered by the sheer "
     "enormity of the $20 trillion debt – headed to $30 trillion over the next decade.",
     "2017-09-20",
     [Q(20e12, "USD"), Q(30e12, "USD", "target")]),
    # "a two-thirds vote" is 66.67 percent (THIRTY_THIRD's "the two-thirds majority required"); "at least" qualifies the
    # clause, not a number
    ("bias", "But at least they had to go through proper constitutional procedures and get a two-thirds vote.",
     "2017-07-04",
     [Q(66.67, "percent")]),
    ("bias", "But Parkinson offered no hard facts to back up her claim other than noting that Facebook helped two "
     "million people register to vote.",
     "2016-12-26",
     [Q(2e6, "people")]),
    ("bias", "Sure, it would be the first time in three decades that the party not in power in the White House would "
     "have lost the Virginia governorship.",
     "2013-11-03",
     [Q(3, "decade")]),
    ("bias", "One version might advertise \"Boston Red Sox tickets.\"",
     "2012-06-11",
     []),
    ("bias", "There are different explanations of how he came to be radicalized and travel to Kuwait in 2009 and then "
     "to Syria in 2012.",
     "2015-11-12",
     [D("2009"), D("2012")]),
    ("bias", "“No one can think that's been a success for the president,” he said.",
     "2013-03-03",
     []),
    ("bias", "Rennard said the plant had four layers of security for refrigeration including backup generators, liquid "
     "nitrogen and cooling containers.",
     "2017-08-31",
     [Q(4, "layers")]),
    # "one day I realized": "one" as "a certain", nothing set against it
    ("bias", "“You know one day I realized I don’t want Hillary Clinton, but at the same time I look at Donald Trump "
     "and say ‘What in the world has happened to the Republican Party?’",
     "2016-06-30",
     []),
    # "a ratio of 2-to-1" is two bare numbers, as a tally (TWENTY_NINTH's "a 2-1 decision", SIXTEENTH's "304 to 227");
    # it is no even odds
    ("bias", "The Democratic presidential nominee is leading Republican rival Donald Trump by a ratio of 2-to-1 in "
     "campaign donations from employees working for defense giants like Lockheed Martin and General Dynamics.",
     "2016-08-24",
     [Q(2, None), Q(1, None)]),
    # the second sum carries no rate of its own in the text ("163 pesos a day, or $9.40" restates a rate; this is a part
    # of it, written without one)
    ("bias", "\"We spent $84 billion a year on it and $42 billion is wasted.",
     "2013-10-30",
     [Q(84e9, "USD per year"), Q(42e9, "USD")]),
    # the past looks back from the publication date (2020-04-29), so May 1 is 2019's, although the story is surely of
    # 2020-05-01 (the source's date precedes the event it reports)
    ("bias", "On May 1, Biden issued a statement in his own name --the allegations “aren’t true.",
     "2020-04-29",
     [D("2019-05-01")]),
    # "the two" counts 2 without a noun (TWENTY_NINTH's "the two did not discuss"); "in 2018" sits inside the other
    # conjunct (rule 2), so the two are undated
    ("bias", "The two briefly appeared to patch things up when Trump considered Romney for a cabinet position when he "
     "was elected, and subsequently supported Romney's bid for the Senate in 2018.",
     "2020-04-17",
     [Q(2, None), D("2018")]),
    ("bias", "\"Just like during the civil rights movement of the 1960s, the stakes involved in this generation's "
     "struggle for LGBT equality couldn't be higher,\" Holder will say, according to a copy of his prepared remarks.",
     "2014-02-08",
     [D("1960s")]),
    ("bias", "\"I think decisions made after that decision were wrong, although I think the worst decision made after "
     "that was the 2011 decision to withdraw U.S. and coalition forces.\"",
     "2018-03-22",
     [D("2011")]),
    # "an average of" is exact (THIRTY_THIRD's "an average of 9.2 percentage points")
    ("bias", "More than 3,000 people donated an average of $70 to help get the movie made.",
     "2013-03-17",
     [Q(3000, "people", "over"), Q(70, "USD")]),
    # written on Thursday 2016-11-24: "on Wednesday" is the day before
    ("bias", "Mr. Huckabee, who said during the 2008 presidential campaign that Mr. Romney reminded voters of “the guy "
     "who laid them off,” told Fox News on Wednesday that picking Mr. Romney would be “a real insult” to Mr. Trump’s "
     "supporters.",
     "2016-11-24",
     [D("2008"), D("2016-11-23")]),
    ("bias", "While 21 states have laws that bar employment discrimination based on sexual orientation and gender "
     "identity, Democrats in Congress and running for president are pushing for a federal statute that would provide "
     "broader protections.",
     "2019-12-06",
     [Q(21, "states")]),
    ("bias", "That wasn't nearly as many as the 66% of college-educated white women who expressed that view about him, "
     "but it was considerably more than the 39% of blue-collar white men who agreed.",
     "2018-02-13",
     [Q(66, "percent"), Q(39, "percent")]),
    # written on Wednesday 2015-05-20: "said Thursday" is the Thursday before
    ("bias", "Mr. Bush, who is laying the groundwork for a potential presidential bid in 2016, said Thursday in "
     "Arizona that in hindsight, he would not have gone into Iraq.",
     "2015-05-20",
     [D("2016"), D("2015-05-14")]),
    # "Minutes later" has no value; miles keep their plural (as "60 miles")
    ("bias", "Minutes later, he crashed into the rear of another car about two miles away.",
     "2012-06-21",
     [Q(2, "miles", "about")]),
    # "in July" ends the clause and dates it, its participle phrase too (rule 1)
    ("bias", "A local Muslim shot up two military installations in Chattanooga, killing four Marines and a sailor, in "
     "July.",
     "2015-12-08",
     [Q(2, "military installations", time="2015-07"), Q(4, "Marines", time="2015-07"), D("2015-07")]),
    # "Monday, March 4" is one day, written on Friday 2013-03-01 ("until" sets no target)
    ("bias", "Agencies are expected to wait until Monday, March 4, to send out notices.",
     "2013-03-01",
     [D("2013-03-04")]),
    # "the 14th century" is no date (SIXTH's "The late 19th century")
    ("bias", "So wrote Jean Froissart, a diarist of the Middle Ages, after an outbreak of bubonic plague in the 14th "
     "century.",
     "2020-06-03",
     []),
    # "between early June and the August recess" is one interval (as "between March and June"), the recess named by its
    # month, the coming one; "the Senate's Gang of Eight" is a name (FIFTH); "nearly one year ago" is a span from a
    # point, undated
    ("bias", "“I want to be clear what our window is for the House to pass immigration reform — it is the window "
     "between early June and the August recess,” said Schumer, a member of the Senate’s Gang of Eight that produced a "
     "comprehensive reform bill that cleared the chamber nearly one year ago.",
     "2014-05-14",
     [D("2014-06/2014-08"), Q(1, "year", "about")]),
    # "the next 24 months" is a span, no date (as "the previous three months"); "over" is its preposition
    ("bias", "But internal Democratic politics likely will be the furthest thing from the president’s mind over the "
     "next 24 months.",
     "2014-12-11",
     [Q(24, "month")]),
    ("bias", "Trump has published at least 16 other books, including \"The Art of the Deal\" and \"The America We "
     "Deserve.\"",
     "2016-06-16",
     [Q(16, "books", "at least")]),
    ("bias", "“Trump is essentially saying, ‘I’m not going to operate just within the boundaries that the founders "
     "might have expected or people might have expected for 200 years.",
     "2017-12-31",
     [Q(200, "year")]),
    # "the 51st to 90th percentiles" are ordinals (THIRTY_FIRST's "the 40th percentile")
    ("bias", "Those falling within the 51st to 90th percentiles owned less than a quarter of it.",
     None,
     [Q(25, "percent", "under")]),
    # "about 100,000 are waiting" counts no noun (as THIRTY_FOURTH's "nearly a dozen wounded")
    ("bias", "What isn't controversial is that there is a foster care crisis in America – 443,000 children are in "
     "foster care and about 100,000 are waiting to be adopted.",
     "2019-11-01",
     [Q(443000, "children"), Q(100000, None, "about")]),
    # "until after the 2018 midterm elections" is the year (THIRTIETH's "until after the 2016 presidential election")
    ("bias", "Several Senate Democrats quickly pushed back against McConnell's announcement, calling it hypocritical "
     "and arguing that the chamber should wait until after the 2018 midterm elections to vote on any Supreme Court "
     "nominee.",
     "2018-06-27",
     [D("2018")]),
    # a year in "of" after a name names it, still a date (as "the U.S. Refugee Act of 1980" in THIRTY_FOURTH)
    ("bias", "The Hemp Farming Act of 2018 would legalize hemp, removing it from the federal list of controlled "
     "substances and allowing it to be sold as an agricultural commodity, according to WKYT.",
     "2018-03-26",
     [D("2018")]),
    # "20/20" names a television programme (as "9/11"-style names), no figure
    ("bias", "Then Ann Curry, a Dateline type of thing, or Diane Sawyer, 20/20,” she said.",
     "2012-05-31",
     []),
    # "declined by 7 percentage points to 45 percent" is a change and the level reached, exact (as "rose by about 1
    # million to 9.3 million"); "56 percent … to 43 percent" is a pair, not a range
    ("bias", "Her favorable rating has declined by 7 percentage points to 45 percent over the same period of time, and "
     "the split among registered voters is even worse for her, at 56 percent unfavorable to 43 percent favorable.",
     "2015-09-02",
     [Q(7, "percentage points"), Q(45, "percent"), Q(56, "percent"), Q(43, "percent")]),
    # "other" drops from the counted noun
    ("bias", "Russian opposition leader Alexei Navalny, who was barred from running against Putin, said he boycotted "
     "the election and had urged supporters not to vote because of the absence of any real competition, despite seven "
     "other names on the ballot.",
     "2018-03-18",
     [Q(7, "names")]),
    ("bias", "And in 2012, as in previous election years, even with all the supposed emphasis on the economy, being "
     "pro-choice was considered a liability for those vying for the Republican presidential nomination and a "
     "disqualifier for anyone chosen to be vice president.",
     "2012-08-28",
     [D("2012")]),
    # "May" is Theresa May, no month
    ("bias", "May needs 320 votes to pass the agreement, but it’s not clear yet if she will have the support.",
     "2018-11-21",
     [Q(320, "votes")]),
    # "even one" sets the one file against all of them, as "only one" does: a count
    ("bias", "(We now know that thousands of what Clinton claimed were “private” emails were actually "
     "government-related, that some even contained classified information, and that Clinton and her minions attempted "
     "to destroy all of them – notwithstanding that destroying even one government file is a felony.)",
     "2016-09-24",
     [Q(1, "government file")]),
    ("bias", "Before the debate, the audience voted 65 percent in favor of the motion and 14 percent against, with 21 "
     "percent undecided.",
     "2013-04-19",
     [Q(65, "percent"), Q(14, "percent"), Q(21, "percent")]),
    ("bias", "According to the 1993 Israel-Palestinian peace accords, the final status of Jerusalem is meant to be "
     "discussed in the latter stages of peace talks.",
     None,
     [D("1993")]),
    # written on Monday 2015-01-12; the date after the march's noun phrase dates it, the clause's subject (rule 3)
    ("bias", "The solidarity march of more than one million people in Paris on Sunday was rich in placards and symbols "
     "but appropriately devoid of speeches.",
     "2015-01-12",
     [Q(1e6, "people", "over", "2015-01-11"), D("2015-01-11")]),
    # "a half-century" is 0.5 century (as TWENTY_FIRST's "a full half-hour segment" and THIRTY_SECOND's "more than a
    # century")
    ("bias", "The result has been a half-century of well-intentioned but ineffective social programs, such as "
     "Affirmative Action.",
     None,
     [Q(0.5, "century")]),
    # "CNN's August survey" names the survey by its month (rule 5): the share is undated
    ("bias", "Among all female voters, 51 percent in a Fox News poll said Clinton “knowingly lied” about her private "
     "server, while 51 percent of women in CNN’s August survey said Clinton did something wrong when she decided to "
     "control her email through her own server.",
     "2015-09-18",
     [Q(51, "percent"), Q(51, "percent"), D("2015-08")]),
    # "Just a few years ago" has no value; what Obama said nobody predicted is undated
    ("bias", "Just a few years ago, Obama said, nobody would have predicted that more than 150 leaders would come to "
     "Paris holding plans to cut greenhouse gas emissions.",
     "2015-12-01",
     [Q(150, "leaders", "over")]),
    ("bias", "We have received a whopping total of $0 in donations.",
     "2020-06-16",
     [Q(0, "USD")]),
    # "will lapse on Jan. 1", written in December, is the coming one
    ("bias", "The Senate overwhelmingly passed its own bill earlier this year, but the stalemate means the program "
     "will lapse on Jan. 1.",
     "2014-12-16",
     [D("2014"), D("2015-01-01")]),
]
