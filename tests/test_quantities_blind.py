"""Quantities, second blind table: sentences from sources the rules were never tuned on.

Drawn by ``/tmp``-free fixed rules so anyone can redraw them: every 700th article of
``../shared/corpus/bias-corpus/articles.jsonl.gz`` and every 70th PolNeAR *train* text, one sentence each holding a
digit or a number word, picked with ``random.Random(2026)``. Five scraping leftovers (video captions with a running
time, a URL, an HTML attribute) were dropped because the cleaning stage removes them before claims are read;
everything else was kept, including sentences where a number word is not a quantity ("no one", "one of").
Published dates are the bias corpus's own (None where it has none, and for PolNeAR, as in the first table).
Expectations were written by reading each sentence, with the conventions of ``test_quantities.TABLE`` (unit = the
counted noun phrase as written, minus words like "new"/"additional"/"most"; ages and vote tallies have no unit;
clock times, ordinals, model and reference numbers are not quantities).

Measured (``.venv/bin/pytest tests/test_quantities_blind.py``):
- blind, on the rules as frozen by the first helper (before any change): 0.721 (44 of 61) — the honest figure;
- after the general fixes of the second pass: see MIN_ACCURACY.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storylens.extract.quantities import find_quantities
from tests.test_quantities import D, Q, _correct, _squash

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# (source, sentence, published, expected quantities in reading order)
BLIND: list[tuple[str, str, str | None, list[Q]]] = [
    ("bias", "Rahami visited Karachi, Pakistan, in 2005.", "2016-09-20", [D("2005")]),
    ("bias", "With 12 percent of the vote, Texas Sen.", "2016-02-10", [Q(12, "percent", measure="vote")]),
    ("bias", "Because McConnell and Schumer were unable to reach an agreement on timing for the votes, senators were "
     "stuck in the chamber until 1 a.m.", "2020-01-22", []),
    ("bias", "In October 2018, a Lion Air 737 Max crashed into the Java Sea.", "2019-12-24", [D("2018-10")]),
    ("bias", "But they can't bring themselves to admit that the play that paid off so big in 2011 won't work ever "
     "again.", "2014-02-13", [D("2011")]),
    ("bias", "Clyburn [3rd ranking Democrat in the US House of Representatives] said Mr.", "2016-01-26", []),
    ("bias", "They jumped again in June and are up 5.6% over the year.", "2020-07-14",
     [D("2020-06"), Q(5.6, "percent", time="2020-06")]),
    ("bias", "There is a reason that fewer than 2 percent of American women use some sort of fertility awareness "
     "method to prevent pregnancy—and is likely also the reason that only 118 people signed on to watch the "
     "fertility webinar air live.", None,
     [Q(2, "percent", "under", measure="American women"), Q(118, "people")]),
    ("bias", "Jindal also said though the party needs to modernize, he emphasized that it can reach an increasingly "
     "diverse electorate without becoming “a 2nd Democratic party.”", "2012-11-15", []),
    ("bias", "Netanyahu is desperate to remain as prime minister as he prepares to go on trial on March 17.", None,
     [D("--03-17")]),
    ("bias", "It was far from a one-sided fight, however.", "2016-03-28", []),
    ("bias", "In the 1830s, the brilliant French observer Alexis de Tocqueville argued that the problems of American "
     "democracy can only be solved by the uses of democracy.", "2015-10-23", [D("1830s")]),
    ("bias", "No one was more dismayed to see the Republicans nominate Donald Trump than I, and no one was more "
     "surprised to see Trump win the election.", "2017-02-07", []),
    ("bias", "Roughly 800,000 federal workers have been furloughed without pay, and it would take an act of Congress "
     "to retroactively pay them for the missed days.", "2013-10-04", [Q(800000, "federal workers", "about")]),
    ("bias", "Two major Indian telecom firms, Vodafone and Airtel, on Thursday said they have cut mobile services in "
     "parts of New Delhi on government orders.", None,
     [Q(2, "major Indian telecom firms"), D("Thursday", "relative")]),
    ("bias", "This is for those immigrants who follow step two.", "2013-03-04", []),
    ("bias", "Trump has largely been shunned by foreign-policy veterans of past Republican administrations, more "
     "than 100 members of whom recently signed an open letter saying they would not join his administration; "
     "some have threatened to vote for Hillary Clinton over Trump in November.", "2016-04-27",
     [Q(100, "members", "over"), D("2016-11")]),
    ("bias", "McKeon of California, chairman of the House Armed Services Committee, and Senator John McCain of "
     "Arizona, the ranking Republican on the Senate Armed Services Committee — voted to create them; 28 Senate "
     "Republicans and 174 House Republicans voted for the Budget Control Act, overwhelming the opposition.",
     "2012-06-04", [Q(28, "Senate Republicans"), Q(174, "House Republicans")]),
    ("bias", "In phase one, the administration says vulnerable individuals should continue to shelter at home, "
     "gatherings of 10 or more people will be prohibited, schools would remain closed, and employees would be "
     "strongly encouraged to work from home whenever possible.", "2020-04-20", [Q(10, "people", "at least")]),
    ("bias", "He also called any of his potential business dealings with Russia “peanut stuff.” [nL1N1YH067]",
     "2018-12-13", []),
    ("bias", "I have argued for two months that Clinton’s legal woes are either grave or worse than grave.",
     "2016-01-14", [Q(2, "month")]),
    ("bias", "Ambassador Susan Rice's comments five days after the Sept. 11 attack that the violence was a "
     "\"spontaneous\" result of protests against an anti-Islam film.", "2012-12-18",
     [Q(5, "day"), D("2012-09-11")]),
    ("bias", "Or a selfish climber who figured he could run for president in 2016 if Mr.", "2012-11-01",
     [D("2016")]),
    ("bias", "During one late-night Twitter spree, Trump retweeted a message that included the name of the "
     "individual alleged to be the whistleblower whose complaint helped trigger the impeachment inquiry.",
     "2020-01-06", []),
    ("bias", "A review of polls of presidential scholars since 1948, but especially since 1962, reveals that all of "
     "the top great or near-great presidents, except for Thomas Jefferson and Theodore Roosevelt, were involved "
     "in war during their presidencies.", "2012-10-28", [D("1948"), D("1962")]),
    ("bias", "It has reported 11,000 service members to the database, but almost all of them were because of "
     "dishonorable discharges, which prohibit gun purchases.", "2017-11-06", [Q(11000, "service members")]),
    ("bias", "When the Uranium One deal was approved, the geopolitical backdrop was far different from today’s.",
     "2015-04-24", []),
    ("bias", "Our Democratic colleagues made the Senate jump over five times as many hurdles as in the equivalent "
     "periods in the Carter, Reagan, Bush, Clinton, Bush and Obama administrations combined.", "2019-04-02",
     [Q(5, "times")]),
    ("bias", "Conditt likely recorded the video between 9 p.m. and 11 p.m. on Tuesday.", "2018-03-22",
     [D("2018-03-20")]),
    ("bias", "On Wednesday a Congressional tax committee submitted a request for six years of the president's "
     "returns from the Internal Revenue Service (IRS).", None, [D("Wednesday", "relative"), Q(6, "year")]),
    ("bias", "“I am alarmed at the events that occurred over the weekend, where peaceful protestors were met by guns "
     "and a violent assault,” she tweeted June 29.", "2020-07-21", [D("2020-06-29")]),
    ("bias", "Manafort faces charges in two federal courts that include conspiracy to launder money, failure to "
     "register as a foreign agent when he lobbied for the pro-Russia Ukraine government, bank fraud and tax "
     "fraud.", "2018-05-02", [Q(2, "federal courts")]),
    ("bias", "The RealClearPolitics rolling average of a two-way matchup shows a Trump jump of about three and half "
     "percentage points.", "2016-07-25", [Q(3.5, "percentage points", "about")]),
    ("bias", "In 2008 he ran for president again, but failed to gain the political traction he needed and dropped "
     "out again.", None, [D("2008")]),
    ("bias", "No one does pseudo-psychoanalysis better than Keith Ablow, resident quack at Faux News.",
     "2014-12-01", []),
    ("bias", "It’s a group of people with firm convictions and a coherent ideological worldview — not unlike "
     "orthodox Marxists back in the early 1900s.", "2015-06-17", [D("1900s")]),
    ("bias", "Conyers, 88, the longest-serving House member, has served in the House for decades.", "2017-11-21",
     [Q(88, None)]),
    ("bias", "“I think I just heard this morning that one of the officers from Oklahoma passed away.", "2020-07-01",
     [D("2020-07-01")]),
    ("bias", "Kent Conrad of North Dakota and other Democratic centrists who rebuffed the public option during the "
     "Obamacare debate of 2009-10 but no longer serve on Capitol Hill.", "2016-07-27", [D("2009/2010")]),
    ("bias", "So while Pelosi was reelected unanimously by voice vote to the top House Democratic post on Tuesday "
     "during a closed-door party meeting — with no audible disagreement, according to a source in the room — the "
     "incoming minority leader is about to be in the worst position with her caucus since the end of their "
     "short-lived majority in 2010.", "2014-11-17", [D("2014-11-11"), D("2010")]),
    ("bias", "The reflexive Democratic affiliation of most of the major media is a simple fact of life that you’d "
     "have to be foolish or dishonest to deny: Hell, I got the business about being a conservative when I was "
     "being considered for a copy-editor’s job a million years ago at the Philadelphia Inquirer — working in the "
     "sports section.", "2017-02-19", [Q(1e6, "year")]),
    ("bias", "Media playback is unsupported on your device Media caption Tomahawk missiles were just one element of "
     "the attack, as Richard Lister reports", None, []),
    ("bias", "On the assault rifle ban: Banning one type of gun is not going to help.", "2013-01-17", []),
    ("bias", "The U.S. at the time threatened to withhold roughly $1 billion in loan guarantees if Shokin was not "
     "replaced as prosecutor general, a message Joe Biden delivered to officials in Kyiv while serving as vice "
     "president and recounted during a 2018 Council on Foreign Relations conference — video of which Bondi "
     "displayed during her presentation.", "2020-01-27",
     [Q(1e9, "USD", "about", measure="loan guarantees"), D("2018")]),
    ("bias", "With Obama making plain his plans to push immigration soon, leading establishment Republicans — fresh "
     "off Mitt Romney getting his clocked cleaned by 44 percentage points among Hispanics last month — insist "
     "they are now very much open to a comprehensive package, including eventual citizenship for illegal "
     "immigrants.", "2012-12-10", [Q(44, "percentage points", time="2012-11"), D("2012-11")]),
    ("bias", "Sanders, an independent who built a national network of fervent supporters while running for the "
     "party’s nomination in 2016, has consistently ranked among the most popular candidates since he entered the "
     "race.", "2020-01-17", [D("2016")]),
    ("bias", "Even now, after reporters exposed how the Clinton Foundation broke these rules – as if the Clintons "
     "would follow rules – the networks offered just 27 minutes in all of 2015 to the massive conflicts of "
     "interest.", "2016-05-31", [Q(27, "minute", time="2015"), D("2015")]),
    ("bias", "The panel asked for documents from 81 individuals, agencies and entities, including the president’s "
     "son Donald Trump Jr., Trump Organization Chief Financial Officer Allen Weisselberg, and the publisher of the "
     "National Enquirer, David Pecker, who is accused of killing unflattering news stories about Trump during his "
     "candidacy.", "2019-03-04", [Q(81, "individuals")]),
    ("bias", "It was initially estimated to cost $10 trillion in tax revenue, then, after revisions, maybe $3 "
     "trillion, by one adviser’s estimate.", "2016-09-26",
     [Q(10e12, "USD", measure="tax revenue"), Q(3e12, "USD", "about")]),
    ("polnear", "After that fiasco, the 1920 election, we might recall, was a monster blow-out for the Republicans.",
     None, [D("1920")]),
    ("polnear", "But if there was ever a candidate we could believe will build a wall and stop the mass importation "
     "of the Third World, it’s Trump.", None, []),
    ("polnear", "Sanders campaign manager Jeff Weaver said on Saturday that the campaign had suspended two staffers "
     "in connection with the data breach.", None, [D("Saturday", "relative"), Q(2, "staffers")]),
    ("polnear", "One month after announcing his support for Donald Trump, Marco Rubio still believes that the "
     "presumptive GOP nominee is unfit to be commander-in-chief.", None, [Q(1, "month")]),
    ("polnear", "Trump losing supporters after the debate on Saturday, with 40 percent supporting him before and 31 "
     "percent afterward.", None, [D("Saturday", "relative"), Q(40, "percent"), Q(31, "percent")]),
    ("polnear", "Giuliani, the former mayor of New York City who has become a close Trump adviser, has also urged the "
     "candidate to dig in and prepare to fight harder, and in a more focused way, in what has quickly become one "
     "of the nastiest presidential campaigns in modern United States history.", None, []),
    ("polnear", "\"Our families want the marketers, distributors, and sellers of the AR-15 held accountable for what "
     "happened at Sandy Hook.", None, []),
    ("polnear", "U.S. plans to help rebuild Libya largely fell to the wayside amid growing violence and the 2012 "
     "terrorist attack.", None, [D("2012")]),
    ("polnear", "Sanders' largest event was two weeks ago when he drew about 7,000 people to Waterfront Park in "
     "Louisville, the same night he won the Indiana primary across the river.", None,
     [Q(2, "week"), Q(7000, "people", "about")]),
    ("polnear", "Obama has officially stayed neutral in a contest in which both candidates would love to generate the "
     "same kind of enthusiasm that Obama did in 2008, producing a record-setting turnout on caucus night.", None,
     [D("2008")]),
    ("polnear", "Corker said in a telephone interview Wednesday, pointing out that 98 senators voted last year to "
     "insist on a chance to review the Iran deal.", None,
     [D("Wednesday", "relative"), Q(98, "senators", time="last year"), D("last year", "relative")]),
    ("polnear", "Being that this is his own backyard, one might think the senator would fill the stadium with "
     "supporters excited to see him.", None, []),
]

#: First run of the table on the rules as the first helper left them (commit e932f14), before any change.
BLIND_ACCURACY_FIRST_RUN = 0.721  # 44 of 61
#: Measured after the second pass's general fixes, minus a small margin.
MIN_ACCURACY = 0.70


def _sources_text() -> str:
    parts: list[str] = []
    with gzip.open(SHARED / "corpus" / "bias-corpus" / "articles.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 700 == 0:
                parts.append(json.loads(line)["text"])
    for path in sorted((SHARED / "eval" / "polnear" / "train" / "text").glob("*.txt"))[::70]:
        parts.append(path.read_text(encoding="utf-8"))
    return _squash(" ".join(parts))


def test_blind_table_is_large_and_real() -> None:
    assert len(BLIND) >= 50
    sources = _sources_text()
    for source, sentence, _, _ in BLIND:
        assert _squash(sentence) in sources, (source, sentence)


@pytest.mark.gate
def test_blind_accuracy_gate() -> None:
    misses = [(s, [q.to_dict() for q in find_quantities(s, published=p)]) for _, s, p, e in BLIND
              if not _correct(s, p, e)]
    assert 1 - len(misses) / len(BLIND) >= MIN_ACCURACY, misses
