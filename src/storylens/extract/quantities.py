"""Numbers in news text, normalised: counts, percents, money, rates, ranges, dates, durations.

``find_quantities("over 1.1 million troops")`` gives ``Quantity(value=1100000.0, unit="troops", qualifier="over")``.

Why hand-written rules and not quantulum3: quantulum3 loads a scikit-learn classifier at import (seconds), guesses
units from a physics-oriented ontology (it reads "32 member states" or "1,200 soldiers" as dimensionless or as
odd units) and knows nothing of dates, targets or news qualifiers ("an estimated", "as many as"). News numbers
come in a small set of shapes — a number (digits or words, with a scale word), an optional currency or percent
sign, a counted noun, a qualifier before it and a date near it — which a few regular expressions over the raw text
cover transparently and in microseconds per sentence, without loading a model. Dates use the same rules (month
names, years, ``by <year>``); relative dates ("today", "last week") are resolved against the publication date.

"By" a date sets a target only when the date lies ahead of the publication date ("by 2035"; "by 2017 such attitudes are
mainstream", written in 2017, sets none); a weekday in a future clause is the coming one ("will unveil … on Friday"),
unless a report verb comes between ("…, the minister said Friday"); holidays on a fixed day ("by the Fourth of July")
are dates, and a year written with one is its year ("on Christmas Day in 2009"). A weekday set before its date ("wait
until Monday, March 4") is that one date; "from January 2015 to May 2016" is one interval of months, as "from 2009 to
2013" is one of years; "by" a season needs no "the" ("by fall, 78 percent …"). A sum or percent "headed to" or "on track
for" a level is a target ("the $20 trillion debt – headed to $30 trillion"). "65 and older", "overdue by two months or
longer" and "at 20 weeks gestation and later" are at least (also after "age": "those age 65 and older"), "or younger" at
most; "later", "longer" and the like only where the phrase ends ("arrested five and later released them" is five). "A
half-dozen" is 6; "half the country" is 50 percent without "of".
Fractions of a whole ("half of", "two-thirds of") and ratios ("one in four", "nine of 10 limes") become percents
of what follows; "three and a half" is 3.5; "a quarter of a million dollars" is 250,000 USD; "1.2C" is degrees
Celsius; "1/28/13" and "the 6 November outcome" are dates.
Tallies ("voted 396-9", "a 6-3 majority") are two bare numbers sharing one date. A counted noun phrase ends at its first
plural noun, since English puts the head last and the next word is then mostly a verb ("118 people signed").
Premodifiers joined by "and" or "or" before one plural head are counted with it ("eight different communication and
social apps", "10 sitting or former governors"; not after "one").
"More" between a count and a plural span leaves the span the unit ("four more years" is 4 years); "a few dozen" and
"several dozen" are vague, no figure, as "several hundred"; "20-somethings" names an age group; "once or twice" is one
to two times; "aged between 11 and 17" is a range of ages; a cap on an object "at" a level is at most it ("cap
gatherings at 50 people"); a rate may follow what an upper-case unit measures ("100 MW of electricity a year"); a
number after "southbound" before "line"/"train"/"bus" names a route. "By year's end" is the end of the year of writing,
as "by the end of this year"; "the following year" after a year written before it is the year after (not "over the
following year", a span); "from 2014 until early 2018" is one interval; "the candidate of yesterday", "the jobs of
tomorrow" figure a time, no day; "the November Election", capitalised, names its event as "the November election".
"Three-and-a-half weeks", hyphenated, is 3.5 weeks as "three and a half weeks"; "a hundred billion" is 100 billion;
"six-figure donations" is vague, no figure (a sum's number of digits); "In May, 2011," with the year ending its phrase
is May 2011; "1 in every 50" and "three of every four" are shares as "one in four"; a day range joined by a dash
("conducted Oct. 11-13 found") is one interval whatever follows; a deadline's date after "by" is a target ("by the
administration's Nov. 30 deadline"); "$500 per child payments" is USD per child; "the one-two punch" is no figure;
"in nineteen sixty-one", spoken, is the year 1961 (not "Nineteen Eighty-Four", a title).
Time convention (session 4; one rule for every table, applied by hand and by the parse). A figure's ``time`` is the
date whose *scope* holds it — what a reader checking the claim needs: when the counted, summed or measured state held.

1. A date modifying a verb dates that verb's clause: its subject, objects and their noun phrases, prepositional and
   appositive phrases, and its participle and infinitive phrases without a subject of their own ("He bought the
   bridge in 2014, using a $9.1 million loan"; "2,000 antifa tried to shut down my speech last fall"). Whatever the
   figure counts: "Last week, eight senators introduced a bill" and "this summer, all 32 member states agreed" are
   both dated, and so is a sum describing a noun of the clause ("a vote on the $1.2 trillion bill was delayed
   Thursday").
2. A date before coordinated verbs or clauses (opening the sentence, or between subject and verb) dates them all
   ("Cuomo on Tuesday declared … and announced $138 million"; "Of the emissions in 2016, 28% were …, 22% were …");
   a date inside one conjunct dates only that one ("They jumped in June and are up 5.6% over the year").
3. A date after a noun dates that noun phrase with its own modifiers and relative clauses ("the attack last week
   that killed nearly 200 people", "from an 8-point deficit last month to a 4-point lead"); when that noun is the
   subject or object of the clause the date dates the clause too ("One report Saturday placed the Taliban 7 miles
   away"). A date in a participle or relative clause on a figure or a counted noun dates that figure or count ("the
   13 service members killed in Kabul on Thursday", "the $5 million spent in 2011"), not a sum describing the noun.
4. A clause of its own keeps its date in and other dates out: what is said or found ("said Thursday that 98 senators
   voted last year" dates the 98 last year, never Thursday), clauses with a subordinator or relative word ("after",
   "as", "while", "which", "where"), absolute phrases ("with all but 10 Republicans voting for it"), asides in
   parentheses. Two exceptions carry a date across: a time clause with "since", "until" or "when" dates the clause
   it modifies ("lost over 1.1 million troops since the war began in February 2022"; "predicting a drop of 50% when
   the law takes effect next year"), and a "when"/"where" clause right after a date is that date's ("last week, when
   the Dow fell more than 12%").
5. No date frames: a date naming a thing before its noun ("the 2016 election", "the Jan. 6 riot", "last year's
   primary"), the baseline of a comparison ("the lowest since April 2008", "cut 50% from 2005 levels"), a target
   other than by its own "by" date, ages, and spans counted from a point ("five days after", "a year ago", "the
   previous three months"). Of several dates whose scope holds a figure, the one hanging nearest it in the tree wins,
   then the nearest in the text; a tally's second number takes its first number's date.

Before this rule the tables disagreed (session 3's first runs missed 17 sentences on "which date a figure takes");
re-annotating them to it changed 45 time fields across the 17 tables. Without a parse the word rules below
approximate the rule (next date in the clause, else an opening one) and score lower on it (see the tests).

Months and days without a year are resolved against the publication date, looking forward when the clause speaks
of the future ("would vote for Clinton in November"). With the parse (session 5) the tense of the verb the date hangs
on decides (:meth:`SentenceParse.tense`): "will" looks ahead; other modals and infinitives, whose events follow their
host's, take the first such month or day from 45 days before publication on ("could start facing deportation in early
March", "voted Thursday to extend the limit through early December", "agreed to lift the restrictions on Sept. 28");
the present tense takes the publication year unless the day lies within weeks across the new year ("the fiscal year,
which ends Sept. 30"; "if he is the nominee in November"), and a time or condition clause in the present takes its
host's future ("… before the next president takes office in January"); the past looks back; "since" takes the latest
one begun. A date naming a thing ("its July estimate") keeps the word rules.

"One" before a noun is a count only when something sets it against other amounts (a span of time, "one or two", "only
one", "even one", "more than one", or another figure in the sentence); otherwise English uses it as "a certain" ("one
big win", "one glaring problem", "One GOP senator said") and it is no quantity. (Convention of session 3: first runs of
six fresh draws missed 14 sentences on "one", nine of them such articles read as counts; three annotations that had
counted a lone "one" — "controls one chamber", "one injured demonstrator", "based off one expression" — were changed to
it.)

Not quantities: ordinals ("5th", "first"), reference numbers after a name ("Article 5", "Section 230", "Title IX",
"Flight 17", "Local 229", "Lion Air 737 Max") or a naming noun ("step two", "phase one"), numbers glued to letters
("G7", "F-35", "COVID-19"), "9/11"-style names, times of day, and "one" used as an article ("one type of gun", "one
late-night spree", "Uranium One").

With the sentence's spaCy parse (``span=``, as :mod:`storylens.extract.claims` passes it), the dependency tree
decides what a number counts and what a share is of (:mod:`storylens.extract.quantities_parse`): the noun the
number modifies through ``nummod`` with its modifiers ("five black and Latino teenagers", "two Texas Department of
Transportation employees"), no noun at all when the number is a subject or object ("12 of the 19 contain …"), the
``of``/``in`` phrase hanging off a percent or a sum, the entity type of a bare four-digit number ("about 2016
candidates"), and the scope of each date by the time convention above. Everything else, and everything when no
parse is given, is the rules'.

Measured (the full log, session by session, with every command: ``docs/quantities.md``): a sentence counts only when
every quantity in it is right (value, unit, qualifier, time, upper bound and, where annotated, measure). On blind
draws of real sentences annotated before the rules ran on them, first runs reach 0.85–0.90 per sentence (session 9:
370 of 427; session 10: 284 of 330, 0.861; session 11: 474 of 542, 0.875; mean of fifty-one draws 0.851); the tuned
tables 0.97–0.98 (``python benchmarks/quantities_score.py``); two
independent readers agree on 0.977 of sentences (``python benchmarks/quantities_agreement.py``). A learned time reader
was measured and not shipped (``benchmarks/quantities_time_learner.py``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storylens.extract.quantities_parse import SentenceParse
from storylens.records import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["find_quantities", "parse_number_words"]

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------------

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "C$": "CAD",
                   "A$": "AUD"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rubles": "RUB",
    "roubles": "RUB", "usd": "USD", "eur": "EUR", "gbp": "GBP", "francs": "CHF", "pesos": "MXN",
}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_TIME_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}
# Capitalised words after which a number names something instead of counting it.
_REFERENCE_WORDS = {
    "article", "section", "amendment", "chapter", "title", "rule", "resolution", "flight", "route", "highway",
    "interstate", "room", "no", "no.", "number", "proposition", "prop", "paragraph", "clause", "district", "ward",
    "precinct", "game", "episode", "season", "volume", "vol", "page", "p", "pp", "level", "phase", "stage", "part",
    "category", "class", "grade", "unit", "lot", "building", "gate", "terminal", "platform", "camp", "sector",
    "apollo", "mercury", "gemini", "boeing", "airbus", "windows", "iphone", "version", "v", "sb", "hb", "ab", "hr",
    "h.r.", "s.", "bill", "act", "docket", "case", "exhibit", "figure", "table", "line", "item", "question",
    "problem", "psalm", "verse", "air force", "force", "studio", "channel", "fox", "abc", "nbc", "cbs", "kids",
    "group", "team", "squad", "cell",
    # a union's local, named by its number ("a cease and desist order against Local 229", "SEIU Local 1199")
    "local",
    # rankings and indexes named by their size ("Fortune 500 companies", "the FTSE 100")
    "fortune", "forbes", "ftse",
}
_QUALIFIERS: tuple[tuple[str, str], ...] = (
    # (pattern ending right before the number, qualifier); longest first.
    (r"more\s+than", "over"), (r"greater\s+than", "over"), (r"upwards?\s+of", "over"), (r"in\s+excess\s+of", "over"),
    (r"(?:just\s+|a\s+bit\s+|a\s+little\s+)?(?:north\s+of|over)", "over"), (r"above", "over"),
    (r"exceeding", "over"),
    (r"(?:surg|climb|ris|ros|jump|push|soar|pass|edg|went|go)\w*\s+past", "over"),  # "surging past 10 percent"
    (r"exceed(?:s|ed)?", "over"), (r"beyond", "over"), (r"topping", "over"),
    (r"less\s+than", "under"), (r"fewer\s+than", "under"), (r"under", "under"), (r"below", "under"),
    (r"just\s+under", "under"), (r"short\s+of", "under"),
    (r"at\s+least", "at least"), (r"no\s+fewer\s+than", "at least"), (r"no\s+less\s+than", "at least"),
    (r"a\s+minimum\s+of", "at least"), (r"at\s+most", "at most"), (r"no\s+more\s+than", "at most"),
    (r"a\s+maximum\s+of", "at most"), (r"no\s+later\s+than", "at least"),  # "no later than six months before"
    (r"capped\s+at", "at most"),
    # "to cap gatherings at 50 people", "caps donations at $2,700": a cap on an object, one or two words long
    (r"cap(?:s|ped|ping)?\s+(?!at\b)[\w'’-]+\s+(?:(?!at\b)[\w'’-]+\s+)?at", "at most"),
    (r"as\s+(?:young|little|low|few)\s+as", "at least"),
    (r"limited\s+to", "at most"), (r"a\s+cap\s+of", "at most"),
    (r"up\s+to", "up to"), (r"as\s+many\s+as", "up to"),
    (r"as\s+much\s+as", "up to"), (r"as\s+high\s+as", "up to"), (r"as\s+long\s+as", "up to"),
    (r"about", "about"), (r"around", "about"), (r"approximately", "about"), (r"roughly", "about"),
    (r"(?:almost|nearly)\s+exactly", "about"), (r"nearly", "about"), (r"almost", "about"), (r"some", "about"),
    (r"an\s+estimated", "about"),
    (r"estimated", "about"), (r"close(?:r)?\s+to", "about"), (r"circa", "about"), (r"approx\.?", "about"),
    (r"more\s+or\s+less", "about"), (r"or\s+so", "about"),
    (r"maybe", "about"), (r"perhaps", "about"), (r"possibly", "about"), (r"probably", "about"),
)
# Qualifiers after the quantity: "65 years and older", "1,000 or more".
_SUFFIX_QUALIFIER = re.compile(  # "65 and older" is at least 65, "$50,000 or less" at most 50,000
    r"^(?:['’]?\s+gestation)?\s*(?:and|or)\s+(?:(?P<least>older|over|above|more|up|greater|higher"
    # "at 20 weeks gestation and later", "overdue by two months or longer": a span and any longer one; these words
    # also open a clause ("arrested five and later released them"), so only where the phrase ends
    r"|(?:later|longer)(?=\s*(?:[,.;:)!?\"”—–]|$)))|less|fewer|lower|younger|under|below"
    r"|(?:earlier|shorter|sooner)(?=\s*(?:[,.;:)!?\"”—–]|$)))\b",
    re.IGNORECASE,
)
# Words after a quantity that make it approximate, a speaker's aside ("I think") allowed before them.
_APPROXIMATE_AFTER = re.compile(
    r"(?:\s*,\s*(?:I|we)\s+(?:think|believe|guess)\s*,)?\s*,?\s+or\s+(?:so|thereabouts|something\s+like\s+that)\b"
    # not "$500, or so he says", "10 percent, or so it seems": "so" there stands for what was said
    r"(?!\s+(?:he|she|they|it|we|i|you|the|this|that|one|says|said|claims|claimed|goes|went|seems|seemed|it['’]s)\b)",
    re.IGNORECASE,
)
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=\W))(" + "|".join(p for p, _ in _QUALIFIERS) + r")\s+$", re.IGNORECASE
)
# A verb of change whose object holds an "of" phrase, right before the level it reaches ("raising the debt of the
# federal government to $20 trillion"): five words of object, so only with nothing but a qualifier after "to".
_TARGET_OF_PHRASE = re.compile(
    r"\b(?:rais|lower|increas|boost|reduc|expand)(?:e|es|ing)?\s+(?:the|its|their|his|her|our|a)\s+[\w-]+\s+"
    r"(?:[\w-]+\s+)?of\s+(?:[\w-]+\s+){1,3}to\s+(?:(?:about|nearly|roughly|almost|some)\s+)?$",
    re.IGNORECASE,
)
# Words that make "pounds" after a bare figure sterling rather than a weight (an American text weighs in pounds).
_STERLING_CONTEXT = re.compile(r"£|\bsterling\b|\bpence\b|\bBrit(?:ain|ish)\b|\bU\.?K\.?\b|\bEngland\b|\bLondon\b"
                               r"|\bScot(?:land|tish)\b|\bWales\b|\bWelsh\b|\bIreland\b|\bIrish\b")
# A noun of change, or a verb of change not in the past ("was cut from 45 to 29 stories" is done), before "from" a
# level: the level now, exact, then the level the change goes to, a target (not a range).
_CHANGE_FROM_CUE = (r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)"
                    r"\b(?:hike|raise|increase|boost|rise|cut|reduction)s?\s*(?:[—–-]+\s*)?from\s+")
_CHANGE_FROM = re.compile(_CHANGE_FROM_CUE + r"(?:US\$|C\$|A\$|[$€£¥₹₽])?\s?$", re.IGNORECASE)
_TARGET_CUES = re.compile(
    # Only the bare and -ing forms of "reach": "unemployment reached 10 percent" is a level, not a target. A target is
    # a level to reach, so promises alone ("pledged to give 1 billion doses", "a plan they aim to pass") set none.
    # ("after reaching a peak of 904,000 in January" tells a level reached, as "reached" does)
    r"\b(?:(?<!after\s)(?<!since\s)(?<!upon\s)reach(?:ing)?|(?<!to\s)target(?:s|ed|ing)?|goal\s+(?:of|is|was)"
    # "raise taxes to", "raising the retirement age to": a verb of change whose object reaches a level
    # (over at most three words of its object)
    r"|(?:rais|lower|increas|boost|reduc|expand|chang)(?:e|es|ing)?\s+(?:(?:the|its|their|his|her|our|a)\s+"
    r"(?:[\w'’-]+\s+){0,3}|\w+\s+)to"
    # "a minimum wage hike — from $7.25 to $10.10": the level a change (not a past one) goes to
    # (the level right after "to": "a gradual rise from $5.15 to the current $7.25 level" names the level reached)
    r"|" + _CHANGE_FROM_CUE + r"\S+(?:\s+(?:percent|%))?\s+to(?=\s+(?:US\$|C\$|A\$|[$€£¥₹₽])?$)"
    r"|rise\s+to|to\s+hit|spend(?:ing)?\s+at\s+least|path(?:way)?\s+to)\b",  # "a credible pathway to 50%"
    re.IGNORECASE,
)
# A sum or share on its way to a level ("the $20 trillion debt – headed to $30 trillion", "on track for 10 percent"): a
# target, as "on track to hit" is; only before a sum or a percent (not "headed to three states", a place or a count),
# and not after the noun "head" ("sold the elk head for $5,300").
_TARGET_HEADING = re.compile(r"\b(?:head(?:ed|ing)|on\s+(?:track|course|pace))\s+(?:to|for|toward)\s+"
                             r"(?:US\$|C\$|A\$|[$€£¥₹₽])?$", re.IGNORECASE)
# Words that end a counted noun phrase ("32 member states agreed", "1,200 soldiers killed").
_STOP_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "or", "but", "that", "which",
    "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
    "would", "could", "should", "may", "might", "can", "do", "does", "did", "than", "as", "since", "each", "every",
    "per", "this", "these", "those", "their", "its", "his", "her", "our", "your", "my", "they", "it", "he", "she",
    "we", "you", "i", "there", "here", "so", "if", "not", "no", "less", "over", "under", "about", "into",
    "through", "during", "before", "after", "while", "when", "where", "because", "now", "then", "also", "only",
    "just", "all", "both", "last", "next", "ago", "earlier", "later", "old", "across", "against", "between",
    "among", "within", "without", "like", "said", "says", "say", "according", "above", "below", "higher", "lower",
    "up", "down", "off", "respectively", "amid", "amidst", "despite", "via",
}
# The same words as one regex alternation, built once: the counted-phrase checks use it inside per-number loops.
_STOP_WORDS_PATTERN = "|".join(sorted(_STOP_WORDS))
# Past tenses of irregular verbs, which end a counted noun phrase as "-ed" ones do ("Three more fell Tuesday").
_IRREGULAR_PAST = {"fell", "rose", "came", "went", "took", "gave", "grew", "fled", "flew", "fought", "sought", "stood",
                   "spoke", "wrote", "began", "knew", "thought", "brought", "bought", "caught", "felt", "drew", "threw",
                   "chose", "broke", "sank", "struck", "swore", "became", "ran", "told", "sat", "got"}
# Adjectives that follow a counted noun and open a phrase of their own ("two people familiar with …").
_POSTNOMINAL = {"familiar", "close", "aware", "involved", "able", "unable", "likely", "responsible", "eligible", "due",
                "ready", "willing", "present", "alive", "dead", "left", "total", "combined", "apiece", "each"}
# Nouns that pick out an instance of something rather than count it ("one type of gun", "one element of").
_INSTANCE_NOUNS = {"type", "kind", "sort", "form", "element", "part", "aspect", "example", "instance", "piece",
                   "version", "source", "reason", "factor", "feature", "way", "side", "facet"}
# Second halves of hyphenated words that make a number word an adjective, not a count ("two-way", "one-sided").
# "three-pronged"; but a structure's levels count ("the two-tiered system", "a three-layered cake"), as "two-party"
# ("a six-pointed star", "a four-legged stool", "a three-wheeled car": its points, legs, wheels)
_STRUCTURE_PARTS = {"tiered": "tier", "layered": "layer", "pointed": "point", "legged": "leg", "wheeled": "wheel"}
_IDIOM_SUFFIXES = re.compile(r"-(?:way|fold|dimensional|off|(?!(?:" + "|".join(_STRUCTURE_PARTS) + r")\b)[a-z]+ed)\b",
                             re.IGNORECASE)
# "one doctor to 10,000 people", "one nurse for every 20 patients": a ratio, set against its other side.
_ONE_RATIO = re.compile(
    r"\s+[a-z]+\s+(?:to|for\s+every|per)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
)
# "one more chance" counts; "one more thing", "one more time" are idioms.
_ONE_MORE = re.compile(r"\s+more\s+(?!(?:thing|time|way|day)\b)[a-z]")
# "one-page letter", "a one-man show": "one" joined to a singular noun before another noun measures it; not the set
# compounds in which "one" means single or same ("one-on-one", "one-time", "one-stop", "one-size-fits-all").
_ONE_MEASURE_ADJECTIVE = re.compile(
    r"-(?!(?:on|time|stop|size|liner|of|to|and|in|third|half|quarter|fifth|tenth)\b)[a-z]+(?<!s)\s+[a-z]"
)
# Words that end the noun phrase a percent or a sum is "of" (besides _STOP_WORDS).
_MEASURE_BREAKS = {"if", "unless", "though", "although", "until", "a", "an", "the", "over", "under"}
_IRREGULAR_PLURALS = {"people", "women", "men", "children", "police", "staff", "personnel", "mice", "feet", "teeth",
                      "geese", "cattle"}
# Capitalised plurals of members of a party, faith or nation ("Democrats", "Republicans", "Catholics", "Liberals").
_GROUP_PLURAL = re.compile(r"[A-Z][a-z]+(?:ans|ats|ists|ics|als|ives)")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|ch|i)")
# Nouns after which a number word names a step instead of counting ("step two", "phase one", "round three").
_NAMING_NOUNS = {"step", "phase", "stage", "round", "tier", "level", "part", "chapter", "season", "episode", "act",
                 "scene", "option", "plan", "article", "section", "title", "question", "game", "page", "exhibit",
                 "paragraph", "item", "figure", "table", "footnote", "file", "docket", "serial", "number",
                 "numbers", "channel"}
# Words before a tally spelt with "to" ("by a margin of 304 to 227", "a vote of 228 to 191").
_TALLY_CONTEXT = re.compile(r"\b(?:vote|votes|voted|margin|tally|score)\s+(?:of\s+)?$", re.IGNORECASE)
# Nouns a hyphenated pair of bare numbers before them makes a tally, whichever side is larger ("a 49-51 vote", "a
# 5-4 ruling", "the 285-120 vote"): the count of each side, never a range of votes.
_TALLY_NOUN = re.compile(
    r"\s+(?:(?:party-line|bipartisan|procedural|final|key|narrow|lopsided|committee|Senate|House)\s+)?"
    r"(?:vote|votes|ruling|decision|majority|tally|verdict|split)\b"
)
# A list of names after a naming noun, up to the number that continues it ("phase one and two", "numbers 8, 8").
# (whole words, and names that are numbers or capitalised: "the Affordable Care Act for 20 million" and "that number
# jumped to 19" are no lists)
_LISTED_NAME = r"(?:\d[\w.]*|[A-Z][\w.]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
_NAME_LIST = re.compile(r"([A-Za-z]+)\s+" + _LISTED_NAME + r"(?:\s*,\s*" + _LISTED_NAME
                        + r")*\s*(?:,|\band|\bor|\bthrough|\bto)\s+$")
# A person as the subject of "be" or "turn" before a bare number: the number is an age ("when she was 16").
_PERSON_IS = re.compile(
    r"\b(?:he|she|i|they|we|you)\s+(?:was|is|were|are|am|turned|turns|had\s+turned)\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
# Even odds: "a 50-50 chance", "fifty-fifty odds" (a tally or a split of seats is not followed by these nouns).
_EVEN_ODDS = re.compile(r"\b(?:50[-–/]50|fifty[-\s]fifty)(?=\s+(?:chance|chances|odds|shot|proposition|bet)\b)",
                        re.IGNORECASE)
# Nouns a number names as a level rather than counts ("the 100,000 threshold", "the $1 billion mark").
_LEVEL_NOUNS = {"threshold", "mark", "milestone", "barrier", "plateau", "ceiling"}
# Units of measure written against their number ("175km", "40kg", "5mm"), lower case as the SI writes them.
_GLUED_UNIT = re.compile(r"(?P<unit>km|kg|mm|cm|mph|kph|km/h|lbs?|ft|mi|sq\s?ft)\b")
# A word glued by a hyphen before a number word that makes the number part of a compound ("net-zero"); not a number
# word ("twenty-one"), a rank ("top-five", "number-one") or "half-dozen".
_WORD_BEFORE_HYPHEN = re.compile(
    r"(?:^|\s)(?!(?:top|number|half|" + "|".join(_UNITS_WORDS) + r")-)[A-Za-z]+-$", re.IGNORECASE
)
# A number right after a word (digits or a number word): that word opens another figure ("nearly two months").
_NEXT_IS_NUMBER = re.compile(
    r"\s+(?:\d|(?:" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")\b)", re.IGNORECASE
)
# Adjectives of time or status English pairs before a noun ("past and present senators", "current or former officials",
# "new and returning customers", "new or expanded jails": a participle may come second).
_PAIRED_ADJECTIVES = r"(?:past|present|current|former|future|active|retired|serving|new|old|existing)"
_ADJECTIVE_PAIR = re.compile(
    r"\s+(" + _PAIRED_ADJECTIVES + r"\s+(?:and|or)\s+(?:" + _PAIRED_ADJECTIVES + r"|[a-z]{3,}(?:ing|ed)))\b"
    r"(?=\s+[A-Za-z])", re.IGNORECASE
)
# A forecast verb after the subject of a reduced relative clause ("1 million jobs economists expected").
_FORECAST_AFTER = re.compile(
    r"\s+(?:had\s+)?(?:expected|forecast|predicted|projected|estimated|anticipated)\b(?!\s+to\b)"
)
_LEADING_MODIFIERS = {"new", "additional", "extra", "other", "more", "most", "fewer", "such", "same", "different",
                      "separate"}
# Adjectives of amount kept before a plural span of time ("15 extra minutes", as "63 standard days"); before any other
# noun they say how the count compares and are dropped ("32 additional troops" counts "troops").
_SPAN_ADJECTIVES = {"extra", "additional"}
# A number joined to a measure before a noun ("two-year term", "30-second ad"): after "one" it makes "one" a count of
# that noun ("he served one two-year term"), and it is a figure of its own, not part of the counted noun.
_MEASURE_ADJECTIVE = re.compile(
    r"\s*(?:\d[\d,.]*|(?:" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r"))-(?:"
    + "|".join(sorted(_TIME_UNITS, key=len, reverse=True)) + r"|page|mile|acre|point|vote|member|seat|person|man|day)"
    r"(?<!s)\s+(?=[a-z])", re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------------------------

_WORD_NUMBER = (
    # "twenty-five", "twenty five": a tens word takes a units word; two other number words are two numbers ("one
    # two-year term")
    r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight"
    r"|nine)\b|(?:" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")(?:[-\s]dozen\b)?)"  # "two dozen"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion)(?:\s+and)?(?:\s+(?:"
    + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")(?:-(?:"
    + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r"))?)?)*)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|mln|tn|trn|k|m|b)\b"
_SIGN = r"(?:US\$|C\$|A\$|[$€£¥₹₽])"
_NUMBER = re.compile(
    r"(?:(?P<sign>" + _SIGN + r")\s?)?"
    r"(?P<num>" + _DIGITS + r"|\b" + _WORD_NUMBER + r"\b"
    # "a hundred billion": "a hundred" with the scale after it (read alone, "a" took "hundred" as its scale)
    r"|\ban?\s+hundred(?=\s+(?:thousand|million|billion|trillion)\b)"
    r"|\ban?(?=\s+(?:million|billion|trillion|thousand|hundred|dozen|second|minute|hour|day|week|month|year|"
    r"decade|century)\b))"
    # "three-and-a-half weeks": hyphens in place of spaces
    # ("three and a half", "19 1/2", "5-1/2")
    r"(?P<half>(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-))?half\b|(?<=\d)(?:[\s-]1/2(?![\d/])|\s?½))?"
    r"(?:(?:\s|-(?=(?:hundred|thousand|million|billion|trillion)\b))?(?P<scale>" + _SCALE + r"))?"  # "six-million"
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|(?:(?:full|whole)\s+)?percentage\s+points?\b|pct\b))?",
    re.IGNORECASE,
)
# Fractions of a whole ("half of", "one-third of", "two-thirds of"): normalised to a percent of what follows.
# (a hyphenated tens-and-units word whole: "Thirty-one out of 38 studies", "ninety-four out of ninety-five", never
# its last part alone)
_SMALL_NUMBER = (r"(?:\d{1,3}(?![\d,])|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four"
                 r"|five|six|seven|eight|nine)\b|(?<!ty-)(?:" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
                 + r")(?!-(?:one|two|three|four|five|six|seven|eight|nine)\b))")
_RATIO = re.compile(r"\b(?P<top>" + _SMALL_NUMBER + r")(?:\s+(?:in|of|out\s+of)\s+(?:every\s+)?|-in-)(?P<bottom>"
                    + _SMALL_NUMBER + r")\b", re.IGNORECASE)  # "one in four", "a one-in-three chance", "1 in every 10"
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
                 "tenths": 10}
_FRACTION = re.compile(
    # "the first half of his career" is a period, not a share
    r"(?<![\w-])(?<!the\s)(?<!first\s)(?<!second\s)(?<!last\s)(?<!latter\s)(?<!final\s)"
    r"(?:(?P<count>one|two|three|four|nine|a)[-\s])?"
    r"(?P<part>" + "|".join(sorted(_DENOMINATORS, key=len, reverse=True)) + r")"
    # "half of the voters", and "half her cabinet", "half the country": "half" takes its noun phrase without "of".
    # "a bit more than half — 55 percent — of Sanders supporters": an aside between dashes before "of"
    # Counted thirds, fifths or tenths are a share without "of" ("found two thirds believed"); quarters may be periods.
    r"(?=\s+of\b|\s*[—–]\s*[^—–]{1,40}[—–]\s*of\b|(?<=half)\s+(?:the|his|her|their|its|our|my|your)\s"
    r"|(?<=thirds|fifths|tenths)\s+(?!of\b)[a-z])",
    re.IGNORECASE,
)
_CHANGE_FRACTION = re.compile(
    r"\b(?:(?:in|by)\s+(?P<half>half)|by\s+(?:a|one)[-\s](?P<part>half|third|quarter|fifth|tenth))\b(?!\s+of\b)",
    re.IGNORECASE
)
# Verbs of change before "in half" or "by a third" (not "in half an hour").
_CHANGE_VERB = re.compile(
    r"\b(?:cut|halv|slash|reduc|lower|shr[iu]nk|drop|fell|fall|declin|decreas|increas|rais|grow|grew|ris|rose|boost|"
    r"expand|split)\w*\b",
    re.IGNORECASE,
)
_HALVE = re.compile(r"\bhalv(?:e|es|ed|ing)\b(?=\s+(?:the|a|an|its|their|his|her|our|this|that|[a-z]+s)\b)",
                    re.IGNORECASE)
_HALF_SPAN = re.compile(
    r"(?<![\w-])(?<!and\s)half[-\s](?:an?\s+)?(?P<unit>hour|day|week|month|year|decade|century)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# A number and "and a" right before a half span: "three and a half years" is read with its number, not as a half.
_NUMBER_AND_A = re.compile(r"(?:\d|\b(?:" + "|".join(_UNITS_WORDS) + r"))(?:\s+|-)and(?:\s+|-)an?\s+$", re.IGNORECASE)
_HALF_SCALE = re.compile(  # not "three and a half million", read with its "three"; "a quarter-million dollars" too
    r"(?<!and\s)(?<!and\sa\s)\b(?:an?\s+)?(?P<part>half|quarter)(?:[-\s](?:an?\s+)?|-a-)(?P<scale>million|billion"
    r"|trillion)\b", re.IGNORECASE
)
# "up from a quarter", "down from a third": a share's earlier level, written without "of" (not "a quarter century").
_FROM_FRACTION = re.compile(
    r"\b(?:up|down)\s+from\s+(?P<share>(?:a|one)\s+(?P<part>half|third|quarter|fifth|tenth))\b"
    r"(?!-|\s+(?:of|century|mile|hour|point|inch|an?)\b)", re.IGNORECASE,
)
_MULTIPLIERS = {"twice": 2.0, "thrice": 3.0}
_SCALE_DOLLAR = re.compile(r"(?<![\w$-])(?P<scale>million|billion|trillion)-dollar\b", re.IGNORECASE)
# "a stumble or two", "a day or two": a singular noun after "a", then "or two".
# "a single institution or two", "in the coming year or two": one to two as well.
_A_NOUN_OR_TWO = re.compile(
    # one adjective may come first ("a windy quote or two", "an additional day or two")
    r"\b(?:an?\s+(?:single\s+)?(?:(?P<adjective>[a-z]{3,})\s+(?=[a-z]{3,}\s+or\s+two\b))?"
    r"|(?<=\bthe\s)(?:next|coming|past|last)\s+)(?P<noun>[a-z]{3,}(?<!s))\s+or\s+two\b"
    r"(?!\s+(?:of|[a-z]+s)\b)"
)
_MULTIPLIER = re.compile(r"\b(?:twice|thrice)\b", re.IGNORECASE)
# "a three-fifths vote", "a two-thirds majority": a hyphenated fraction before a noun is a share, too.
_HYPHEN_FRACTION = re.compile(
    r"(?<![\w-])(?P<count>one|two|three|four|five|seven|nine)-(?P<part>thirds?|quarters?|fourths?|fifths?|sixths?"
    r"|eighths?|tenths?)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90}
_SPOKEN_YEAR = re.compile(
    r"\b(?i:nineteen)(?:\s+uh\s*-)?\s+(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?P<unit>one|two|three|four|five|six|seven|eight|nine))?\b(?![-\w])"
)
_MONTH_NAMES = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + _MONTH_NAMES + r")\s*,?\s+(?P<y1>(?:1[89]|20)\d\d)"
    r"|(?P<m2>" + _MONTH_NAMES + r"),?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?P<y2>(?:1[89]|20)\d\d)"
    # (a comma may come between where the year ends a phrase: "In May, 2011, shortly after")
    r"|(?P<m3>" + _MONTH_NAMES + r")(?:\s+(?:of\s+)?|,\s*(?=(?:1[89]|20)\d\d(?:\s*[,.;:)\]]|\s+[-–—]|\s*$)))"
    r"(?P<y3>(?:1[89]|20)\d\d)"
    r"|(?P<m4>" + _MONTH_NAMES + r")\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?(?P<d4>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:(?P<dash4>-|–)|and|to|through)\s*(?:(?P<m4b>" + _MONTH_NAMES + r")\s+)?(?P<d4b>[0-3]?\d)(?:st|nd|rd|th)?"
    # A second day ends the date only where a clause could end, unless it has its own month ("May 15 to establish")
    # or is joined by a dash ("a poll conducted Oct. 11-13 found").
    r"(?:\s*,\s*(?P<y4>(?:1[89]|20)\d\d)|(?(m4b)|(?(dash4)(?![\d%]|[.,]\d|\s*(?:percent|per\s+cent)\b)|(?=\s*(?:[,.;:)\"”’]|$)"
    r"|\s+(?:in|at|on|and|or|for|when|while|with|depending|[A-Z])\b)))))?\b"
    r"|(?P<iso>(?:1[89]|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?P<mdy>(?P<mdy_m>1[0-2]|0?[1-9])/(?P<mdy_d>[12]\d|3[01]|0?[1-9])/(?P<mdy_y>(?:19|20)?\d\d))"
    r"|(?P<d6>\d{1,2})(?:(?:st|nd|rd|th)\s+of)?\s+(?P<m6>" + _MONTH_NAMES + r")(?!\s*,?\s*\d)"  # "the 31st of August"
    r"|(?P<decade>(?:1[89]|20)\d0)['’]?s"
    # "the '90s", "the early '90s" (an apostrophe after "early": "in his mid-50s" is an age)
    # and the second of a pair with its apostrophe ("in the ’80s and ’90s", "the '60s or '70s")
    r"|(?:(?<=the\s)|(?<=the\s['’‘])|(?<=early\s['’])|(?<=late\s['’])|(?<=mid\s['’])|(?<=mid-['’])"
    r"|(?<=and\s['’‘])|(?<=or\s['’‘])|(?<=to\s['’‘])|(?<=through\s['’‘]))"
    r"(?P<short_decade>[3-9]0|00|10)s"
    # Years before 1800 only after "in"/"since"/"until" and before no noun ("expelled in 1492", not "in 1500 cases");
    # a function word may follow ("began in 1163 and took", "created by Congress in 1791 in Philadelphia").
    r"|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s))(?P<old_year>1[0-7]\d\d)(?![\d,.]\d|\s*(?:%|percent\b|"
    r"(?!(?:and|or|but|when|while|after|before|until|as|at|by|in|on|to|with|during|the|a|an|that|which|where)\b)"
    r"[a-z]))"
    # A year written with an apostrophe after a preposition, "the", "and" or a comma ("Reverse Course in '16", "the
    # classes of ’10, ’12 and ’14"),
    # read as a numeric date's two-digit year is ("1/28/13")
    r"|(?:(?<=\bin\s['’‘])|(?<=\bof\s['’‘])|(?<=\bsince\s['’‘])|(?<=\bby\s['’‘])|(?<=\buntil\s['’‘])"
    r"|(?<=\bfrom\s['’‘])|(?<=\bthe\s['’‘])|(?<=\band\s['’‘])|(?<=,\s['’‘]))(?P<short_year>\d\d)(?!\d|[,.]\d|%|\s*percent\b|['’]?s\b)"
    # "between 1984 and 1993" is one interval, as "between April 15 and May 15", and so is "from 2008 until 2010"
    r"|(?P<y5>(?:1[89]|20)\d\d)(?:(?:\s*(?:-|–|to|through)\s*|(?<=between\s\d{4})\s+and\s+(?=(?:1[89]|20)\d\d\b)"
    # (an "early"/"late"/"mid" before the second year: "from 2014 until early 2018")
    r"|(?<=from\s\d{4})\s+(?:(?:until|till)\s+(?:(?:early|late|mid)[\s-])?|(?:to|through)\s+(?:early|late|mid)[\s-])"
    r"(?=(?:1[89]|20)\d\d\b))"
    r"(?P<y5b>(?:1[89]|20)?\d\d))?"
    r")\b",
    re.IGNORECASE,
)
# A month without a year, after a preposition ("in June", "since early May"); capitalised, so the modal "may" is not.
_MONTH_ONLY = re.compile(
    r"(?:(?:\b(?P<lead>(?i:in|since|by|until|through|during|from|of|before|after|for|into|around|start|end|come|last|next"
    r"|this|and|or|past))"
    # (an adjective of a report's state may come between: "the revised March job numbers")
    r"|(?P<owner>\b(?i:the|its|his|her|their|our)(?:\s+(?:revised|preliminary|initial|final|latest|updated))?"
    r"|['’]s))\s+"
    # or a month owning a noun ("March's booming 916,000 net jobs gain"; not "May's", mostly Theresa May)
    r"|\b(?=(?:January|February|March|April|June|July|August|September|October|November|December)['’]s\s+[a-z]))"
    r"(?:(?:early|late|mid)[\s-])?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d|-)"
    # After a determiner the month must modify a noun ("its July estimate"), not open a name ("the March on …").
    # An agency's initials may come first ("The May FEC report").
    # A capitalised election is one too ("to the November Election").
    r"(?(owner)(?=(?:\s+[A-Z]{2,})?\s+(?:(?!(?:on|of|to|in|for|and|or)\b)[a-z]+|Elections?|Primar(?:y|ies))\b))"
)
# "from March to June", "between January and August": one interval of months.
_MONTH_SPAN = re.compile(
    r"\b(?:from|between)\s+(?:(?:early|late|mid)[\s-])?(?P<first>" + "|".join(m.capitalize() for m in _MONTHS
                                                                       if len(m) > 3)
    + r")\s+(?:to|through|until|till|and)\s+(?:(?:early|late|mid)[\s-])?(?P<last>"
    + "|".join(m.capitalize() for m in _MONTHS if len(m) > 3) + r")\b(?!\s+\d)"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>today|tonight|last\s+night|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|weekend|week|month|year|spring|"
    r"summer|autumn|fall|winter)|(?:last|next|past|coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend)"
    r"|(?:last|next|this)\s+decade|year['’]s\s+end|year-end(?=\s*[,.;:!?)\"”]|\s*$)"
    r"|(?:on\s+)?(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_FOLLOWING_YEAR = re.compile(r"\bthe\s+following\s+year\b(?![-'’])", re.IGNORECASE)
_RATE = re.compile(
    r"^(?:,(?=\s+(?:each|every)\s))?\s*(?:(?:killed|wounded|injured|or|and|lost|arriving|dying|died|per|a|an|each|every|\w+ed"
    r"|(?<=\band\s)[a-z]{3,}s)\s+){0,4}?"  # "more than 20 magazines and supplements a year"
    r"(?P<rate>(?:per|a|an|each|every)\s+(?P<per>second|minute|hour|day|week|month|year|capita|person|head|ton|tonne"
    r"|barrel|gallon|share|(?<=per\s)(?:million|thousand|100,000|1,000)\s+(?:people|residents|inhabitants)))\b"
    r"(?!\s+(?:earlier|later|ago|before|after|prior)\b)",  # "40% a day earlier": a span back, not a rate
    re.IGNORECASE,
)
# "$165 per student", "$4 per pupil": a sum per a singular noun outside ``_RATE``'s periods is a price of one unit
# (not "per cent"; a plural or a hyphenated word after "per", or one a noun phrase runs on from, is left alone).
_PRICE_PER_UNIT = re.compile(r"\s+per\s+(?P<per>(?!cent\b)[a-z]{3,}(?<!s))\b(?![-'’])")
# "for each of the next two years": a sum for each of a run of periods is a rate per period.
_EACH_PERIOD = re.compile(
    r"\s+(?:for|in)\s+each\s+of\s+the\s+(?:next|last|past|coming|following|previous|first)\s+(?:[\w-]+\s+)?"
    r"(?P<per>year|month|week|day)s\b", re.IGNORECASE,
)
# Adverbs that make a figure a rate, a few words after it in its clause ("75 Americans died in attacks annually").
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
                 "hourly": "hour"}
_RATE_ADVERB = re.compile(
    r"^(?:\s+[A-Za-z][\w'’-]*){0,5}?\s+(?P<adverb>" + "|".join(_RATE_ADVERBS) + r")\b(?!\s+\w+s\b)", re.IGNORECASE
)
# Adjectives of a price's period before what is priced ("$350 hourly rates", "a $20 daily fee").
_RATE_ADJECTIVE = re.compile(
    r"\s+(hourly|daily|weekly|monthly|yearly|annually)\s+(?:rates?|wages?|fees?|pay|salar(?:y|ies)|charges?)\b",
    re.IGNORECASE,
)
# "a year prior", "a week later": an indefinite article counts one when the span is measured back or forward.
_RELATIVE_SPAN = re.compile(
    r"\s+(?:second|minute|hour|day|week|month|year|decade|century)\s+(?:prior|earlier|later|ago|before|after)\b",
    re.IGNORECASE,
)
# Holidays on a fixed day of the year (holidays on moving days, such as Thanksgiving, are left out).
_HOLIDAYS = {"fourth of july": "--07-04", "independence day": "--07-04", "christmas day": "--12-25",
             "christmas eve": "--12-24", "new year's day": "--01-01", "new year's eve": "--12-31",
             "halloween": "--10-31", "veterans day": "--11-11", "valentine's day": "--02-14"}
_HOLIDAY = re.compile(
    r"\b(?:Fourth\s+of\s+July|Independence\s+Day|Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Halloween"
    r"|Veterans\s+Day|Valentine['’]s\s+Day)\b"
)
_SEASONS = {"spring": ("03", "05"), "summer": ("06", "08"), "autumn": ("09", "11"), "fall": ("09", "11"),
            "winter": ("12", "02")}
# A season without a year after a preposition of time ("take on Trump in the fall", "stay elevated all summer",
# "during the winter"); "the fall of Kabul" is an event, "in the fall" after a verb of hurting one's tumble, and
# "over the summer" is left unread (TWENTY_FIRST's table reads "suggested over the summer" as no date).
_BARE_SEASON = re.compile(
    # "by fall, 78 percent …": "by" a season needs no "the" (not "by fall armyworms": no noun after the season)
    r"(?<![Ff]or\s)\b(?:(?i:in|during|through|throughout|until|till|by|since)\s+the|all|(?i:by)(?=\s+(?:early\s+|late\s+)?"
    r"(?:spring|summer|autumn|fall|winter)\s*(?:[,.;:!?)—–]|$)))\s+"
    r"(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?![-\w])(?!\s+(?:of|and|or)\b)"
)
_PAST_WORD = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|did|lost|won|went|came|took|fell|rose|saw|made|began)\b")
_HURT_BEFORE = re.compile(r"\b(?:injur|hurt|kill|broke|died|die|fractur|wound|bruis)\w*\s+(?:\w+\s+){0,2}$", re.I)
_SEASON_OF_YEAR = re.compile(
    r"\b(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# Words that make a weekday part of a name ("Black Friday", "Super Tuesday", "Ash Wednesday", "Cyber Monday").
_DAY_NAME_WORDS = {"black", "super", "good", "ash", "easter", "palm", "bloody", "cyber", "holy", "maundy", "shrove",
                   "giving", "fat", "mad", "whit", "low", "orthodox", "small"}
_MONTH_NAME_START = re.compile(r"(?:" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
                               + r")\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Capitalised words after a day that end their phrase name something ("March 4 Movement", "17 February Brigade"); a
# lower-case noun after them makes the day a date before a noun phrase ("a June 2 Facebook post").
_NAME_AFTER_DATE = re.compile(
    r"(?:\s+[A-Z][a-z]+\b)+(?!\s+(?!(?:" + _STOP_WORDS_PATTERN + r")\b)[a-z]+\b(?<!ed))"
)


@dataclass
class _Found:
    start: int
    end: int
    value: float | None
    unit: str | None
    measure: str | None = None
    qualifier: str | None = None
    time: str | None = None
    upper: float | None = None
    is_date: bool = False
    tally_of: int | None = None  # for the second number of a tally ("396-9"): where the first one starts


# ---------------------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------------------


def parse_number_words(words: str) -> float | None:
    """``"twenty-five"`` → 25, ``"three hundred thousand"`` → 300000, ``"a million"`` → 1e6; None if not a number."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word in ("and", ""):
            continue
        if word == "a":
            current, seen = 1.0, True
        elif word == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1.0) * _SCALES[word]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


def _number_value(num: str) -> float | None:
    if re.match(r"[\d.]", num):
        try:
            return float(num.replace(",", ""))
        except ValueError:
            return None
    if num.lower() in ("a", "an"):
        return 1.0
    return parse_number_words(num)


# Words after "one" that make an idiom ("one day", "the one way to", "one thing is clear", "on the one hand").
_TIME_UNIT_NEXT = re.compile(r"\s+(?:" + "|".join(_TIME_UNITS) + r")\b", re.IGNORECASE)
_ONE_IDIOM_NOUNS = {"another", "day", "way", "thing", "side", "hand", "point", "time", "such"}
# Words before "one" that make it a count ("only one family per pew", "just one vote", "a single …").
_ONE_CONTRAST_BEFORE = re.compile(  # "only had one thing on his mind": a verb may come between; "even one … file"
    r"\b(?:(?:only|just)\s+(?:(?!the\b|a\b|an\b)[a-z]+\s+)?|(?:exactly|merely|single|than|even)\s+)$", re.IGNORECASE
)
# Another figure in the sentence: digits that are no year, or a number word other than "one".
_OTHER_FIGURE = re.compile(
    r"(?<![\w.])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|\b(?:" + "|".join(w for w in _UNITS_WORDS if w != "one")
    + r"|hundred|thousand|million|billion|half|twice|dozens?|percent)\b|%",
    re.IGNORECASE,
)


# "asked about one projection", "talked about one case": "about" after a verb of speaking, asking or thinking is the
# preposition of the topic, no "about" of an amount (which goes with a share, a ratio or a span: "about one in five").
_TOPIC_ABOUT = re.compile(
    r"\b(?:ask|talk|spok|speak|know|knew|think|thought|worr|car|learn|hear|heard|writ|wrote|read|said|say|tell|told"
    r"|complain|forg[eo]t|remind|warn|concern|question|joke|laugh|argu|testif|inquir|wonder)\w*\s+about\s+$",
    re.IGNORECASE,
)


def _about_a_topic(text: str, start: int, end: int) -> bool:
    """Is the "about" before the "one" at ``text[start:end]`` the preposition of a topic ("was asked about one
    projection"), not an approximation ("about one in five", "about one hour")?"""
    return bool(_TOPIC_ABOUT.search(text[max(0, start - 40) : start])) and not re.match(
        r"(?:-|\s+(?:in|out|of|or|to|and|" + "|".join(_TIME_UNITS) + r")\b)", text[end:], re.IGNORECASE
    )


def _one_in_a_list(text: str, start: int, end: int) -> bool:
    """Is the "one" at ``text[start:end]`` a member of a list of counts whose noun is elided after the first ("four
    Republican toss-up seats in California, one in Colorado, two in Illinois")? It counts, as its neighbours do."""
    place = re.match(r"\s+(in|at|on|from|for)\s+[A-Z]", text[end:])
    if place is None or not re.search(r"(?:,|\band)\s+$", text[max(0, start - 5) : start]):
        return False
    sibling = re.compile(r"(?:,|\band)\s+(?:\d[\d,.]*|" + "|".join(w for w in _UNITS_WORDS if w != "one")
                         + r")\s+" + place.group(1) + r"\s+[A-Z]", re.IGNORECASE)
    return bool(sibling.search(text))


# "one" before a span of something ("one night of pomp and politics", "one year of college"; not "one day of the week",
# one of a set).
_ONE_SPAN_OF = re.compile(r"\s+(?:minute|hour|night|evening|day|weekend|week|month|year|decade)\s+of\s+(?!(?:the|a|an"
                          r"|this|that|these|those|his|her|its|their|our|my|your)\b)[a-z]", re.IGNORECASE)


def _idiomatic_one(text: str, start: int, end: int, counts_a_noun: bool = False) -> bool:
    """Is the word "one" at ``text[start:end]`` a pronoun or idiom ("no one", "one of", "the one") not a count?

    ``counts_a_noun``: the parse reads it as a number modifying a noun, which overrules the guess that a word in
    -ed after it is a participle ("one injured demonstrator was carried")."""
    if re.match(r"-(?:" + "|".join(_TIME_UNITS) + r")\b", text[end:], re.IGNORECASE):
        return False  # "a one-year reprieve", "the one-year anniversary": a span of time
    if _ONE_MEASURE_ADJECTIVE.match(text[end:]) and not _IDIOM_SUFFIXES.match(text[end:]):
        return False  # "the one-page letter": a measure before a noun, as "the two-page letter"
    if re.match(r"\s+(?:hour|day|night|week|month)\s+(?:a|an|every|each|per)\s+(?:day|week|month|year)\b", text[end:],
                re.IGNORECASE):
        return False  # "the one day every year": a span set against a period, a rate
    if _ONE_MORE.match(text[end:]):
        return False  # "one more chance": one added to those before, a count
    if _MEASURE_ADJECTIVE.match(text[end:]):
        return False  # "he served one two-year term": one of a measured thing, a count
    if _ONE_RATIO.match(text[end:]):
        return False  # "the ratio is one doctor to 10,000 people": one side of a ratio, a count
    limited = _ONE_CONTRAST_BEFORE.search(text[max(0, start - 12) : start]) or _qualifier_before(text, start)[0]
    if limited and re.match(r"\s+(?!(?:of|who|that|which|is|was)\b)[A-Za-z]", text[end:]) and not re.match(
        r"\s+(?:" + "|".join(_INSTANCE_NOUNS) + r")\s+of\b", text[end:]  # "just one element of the attack"
    ) and not re.search(
        r"\bthe\s+only\s+$", text[:start], re.IGNORECASE
    ):
        return False  # "at least one GOP insider", "just one day before": a limiting word makes it a count
    before = re.search(r"(\w+)\s+$", text[max(0, start - 15) : start])
    if before and before.group(1).lower() == "only" and not re.search(r"\bthe\s+only\s+$", text[:start], re.I):
        before = None  # "only one family per pew" counts; "the only one who" does not
    if re.search(r"\ban?\s+(?:[a-z]+\s+)?$", text[max(0, start - 20) : start], re.IGNORECASE):
        return True  # "a separate one Graham filed", "a big one": the pronoun after an article
    next_word = re.match(r"\s+([a-z]+)\b(?!\s+(?:of|who|that|which)\b)", text[end:])
    if before and before.group(1).lower() == "the" and next_word and next_word.group(1) not in (
        _STOP_WORDS | _ONE_IDIOM_NOUNS | _POSTNOMINAL
    ) and not next_word.group(1).endswith(("ed", "ing")) and _OTHER_FIGURE.search(text[:start] + " " + text[end:]):
        return False  # "could not get the one holdout" after "11 members of the jury": the single one, a count
    if before and before.group(1).lower() in ("be", "is", "was", "become") and _TIME_UNIT_NEXT.match(text[end:]) and (
        _OTHER_FIGURE.search(text[:start] + " " + text[end:])
    ):
        return False  # "wait 48 hours …, but he sped up the process to be one day": a span set against another
    if _ONE_SPAN_OF.match(text[end:]) and not (before and before.group(1).lower() in (
        "no", "any", "every", "each", "which", "someone", "anyone", "everyone"
    )):
        return False  # "Is one night of pomp and politics worth …", "one year of college": a span of something
    if before and before.group(1).lower() in {"no", "the", "any", "every", "some", "which", "that", "each", "this",
                                               "someone", "anyone", "everyone", "only", "last", "next", "another",
                                               # "their one moment" (= only), "from one ruled by", "is one that"
                                               "their", "his", "her", "its", "my", "our", "your", "from", "is",
                                               "was", "be", "not",
                                               # "at one point", "according to one source": the article "a"
                                               "at"}:
        return True
    if re.search(r"[A-Z][a-z]+\s+$", text[max(0, start - 15) : start]) and text[start : start + 1] == "O":
        return True  # "Uranium One", "Air Force One": part of a name
    if re.match(r"\s+(?:or|to)\s+(?:two|three|four|five|2|3|4|5)\b", text[end:], re.IGNORECASE):
        return False  # "one or two members": a range
    after = re.match(r"\s+([A-Za-z]+)(-[A-Za-z]+)?(['’]s\b)?(?:\s+(of)\b)?", text[end:])
    if not after:
        return True
    word = after.group(1).lower()
    if after.group(2) or after.group(3):
        return True  # "one late-night spree", "one adviser's estimate": the article "a", not a count
    if after.group(4) and word in _INSTANCE_NOUNS:
        return True  # "one type of gun", "one element of the attack"
    if re.match(r"\s+(?:" + "|".join(_TIME_UNITS) + r")\s+(?:after|before|later|earlier|ago|prior)\b", text[end:],
                re.IGNORECASE):
        return False  # "one day after refusing to sign": a span measured from a point, a count
    if re.search(r"\b(?:another|the\s+other|the\s+next)\b", re.split(r"[.;!?]", text[end:])[0]):
        return True  # "one tragedy rolled into another", "one minute … the next": the correlative, not a count
    if len(word) > 4 and word.endswith("ed") and not counts_a_noun:
        return True  # "one ruled by …": a pronoun before a participle
    if word in _TIME_UNITS and re.search(r"\b(?:in|within|for|over|after)\s+$", text[max(0, start - 8) : start],
                                         re.IGNORECASE):
        return False  # "in one day we raised $18,000": a span, not "someday"
    return word in _STOP_WORDS or word in _ONE_IDIOM_NOUNS


# A sentence opening on a period that repeats, before a count in its main clause: "Every year there's one
# representative from Tucson" is a rate (1 per year), as "five winners, every year" is.
_OPENING_PERIOD = re.compile(
    r"[\s\"“‘'(]*(?:every|each)\s+(?P<per>day|week|month|year)\s*,?\s+(?:there(?:['’]s|\s+(?:is|are|was|were"
    r"|will\s+be))\s+)?(?:(?:(?:slightly|just|well)\s+)?(?:about|some|nearly|roughly|almost|around|more\s+than"
    r"|fewer\s+than|less\s+than|over|under|at\s+least|only|up\s+to|as\s+many\s+as)\s+)?$",
    re.IGNORECASE,
)


# An event a month names after "the" ("the November general election"), as opposed to a record of the past ("the
# October report", "the January executive order"): the nearest such month is meant.
_MONTH_EVENT = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:elections?|primary|primaries|caucus(?:es)?|votes?|runoffs?|midterms?|ballot|summit|meeting"
    r"|deadline|convention|debates?|hearings?|talks|session|referendum)\b",
    re.IGNORECASE,  # "to the November Election", capitalised as a tweet writes it
)
# A sum paid for a period's work is a rate ("330 pesos for a day's work": 330 MXN per day).
_WAGE_PERIOD = re.compile(
    r"\s+for\s+(?:a|an|one)\s+(?P<per>hour|day|week|month|year)['’]s\s+(?:work|labou?r|pay|wages?|shift)\b",
    re.IGNORECASE,
)


def _limited_one_after_figure(text: str, start: int, end: int) -> bool:
    """Is the pronoun "one" at ``text[start:end]`` limited ("only one", "just one") after another figure, so that it
    counts against that figure ("only five women … had been nominated and only one had won")? Not "one of" a group."""
    return bool(_ONE_CONTRAST_BEFORE.search(text[max(0, start - 12) : start]) and _OTHER_FIGURE.search(text[:start])
                and not re.match(r"\s+of\b", text[end:]))


def _one_is_contrasted(text: str, start: int, end: int) -> bool:
    """Does the "one" at ``text[start:end]``, already read as modifying a noun, count rather than mean "a certain"?

    English uses "one" before a noun mostly as a specific indefinite ("one big win", "one glaring problem", "one
    GOP senator said"); it is a number when something sets it against other amounts: a span of time ("one year",
    "a one-year reprieve"), a range ("one or two"), a limiting word ("only one family", "more than one"), or
    another figure in the same sentence ("one member withdrawing …, now three Republicans and four Democrats")."""
    if re.match(r"[-\s]+(?:" + "|".join(_TIME_UNITS) + r")\b", text[end:], re.IGNORECASE) or (
        _ONE_SPAN_OF.match(text[end:])  # "one night of pomp and politics": a span of something
    ):
        return True
    if _ONE_MEASURE_ADJECTIVE.match(text[end:]) and not _IDIOM_SUFFIXES.match(text[end:]):
        return True  # "a one-page letter": a measure, as "a one-year reprieve"
    if _ONE_MORE.match(text[end:]):
        return True  # "one more chance": set against those before
    if _MEASURE_ADJECTIVE.match(text[end:]):
        return True  # "one two-year term": set against the measure of what it counts
    if re.match(r"\s+(?:or|to)\s+\w", text[end:], re.IGNORECASE):
        return True
    if _ONE_CONTRAST_BEFORE.search(text[max(0, start - 12) : start]) or _qualifier_before(text, start)[0]:
        return True
    if re.match(r"\s+[a-z]+\s+(?:and|or)\s+one\s+[a-z]", text[end:]) or re.search(
        r"\bone\s+[a-z]+\s+(?:and|or)\s+$", text[max(0, start - 30) : start], re.IGNORECASE
    ):
        return True  # "the union of one man and one woman": "one" set against another "one"
    if _OPENING_PERIOD.match(text[:start]):
        return True  # "Every year there's one representative from Tucson": one per year, set against a period
    if re.fullmatch(r"[\s\"“‘'(]*", text[:start]):
        return False  # "One report Saturday placed the Taliban 7 miles away": opening a sentence, "a certain"
    if re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.IGNORECASE) and re.match(
        r"\s+[a-z]+\s+(?:(?:on|in|at|for|from|with|about)\s+)?(?:which|that|where|whom)\b", text[end:]
    ):
        return False  # "the one issue on which she's to the left of …": "the single", whatever other figures say
    return bool(_OTHER_FIGURE.search(text[:start]) or _OTHER_FIGURE.search(text[end:]))


def _is_reference_number(text: str, start: int, end: int, raw: str) -> bool:
    """Ordinals, names with numbers ("Article 5", "G7", "COVID-19", "9/11"), times of day, and similar."""
    after = text[end : end + 16]
    before = text[max(0, start - 1) : start]
    if re.match(r"(?:st|nd|rd|th)\b", after, re.IGNORECASE) and raw[-1:].isdigit():
        return True
    # "52-48", "42%-32.7%": the second number of a pair or range, not a name such as "F-35"
    glued_to_number = before == "-" and re.fullmatch(r"[\d%]", text[max(0, start - 2) : start - 1]) is not None
    first_of_pair = re.search(r"(\d+)-$", text[max(0, start - 12) : start]) if glued_to_number else None
    if first_of_pair and _is_reference_number(
        text, start - 1 - len(first_of_pair.group(1)), start - 1, first_of_pair.group(1)
    ):
        return True  # "court file 20-255": the second half of a reference number
    if before == ":" and text[max(0, start - 2) : start - 1].isdigit():
        return True  # "at 4:00": the minutes of a time of day
    if re.match(r":\d{1,3}(?:[-–]\d{1,3})?\b", after) and re.search(
        r"\b[A-Z][a-z]+\s+$", text[max(0, start - 20) : start]
    ):
        return True  # "2 Timothy 3:1-5", "John 3:16": a book's chapter and verses (or a time, no quantity either)
    if before == "," and text[max(0, start - 2) : start - 1].isdigit():
        return True  # "501 c3,4,5": a list of codes glued by commas (a thousands separator is read with its number)
    if re.fullmatch(r"\d{5}", raw) and re.search(r"\b[A-Z]{2},?\s+$", text[max(0, start - 5) : start]):
        return True  # "New York, NY, 10032": a ZIP code
    if raw == "911" and not re.match(r"\s+[a-z]+s\b", after):
        return True  # "a frantic 911 call", "their bravery on 911": the emergency number or 9/11, not a count
    if re.search(r"\b(?:Group|Gang)\s+of\s+$", text[max(0, start - 10) : start]):
        return True  # "the Group of 7 summit": a name
    if before == "(" and after[:1] == ")" and len(raw) <= 2:
        return True  # "(4)": a list marker ("as many votes in 2020 (576,754)" is a figure)
    if re.match(r"\([a-z0-9]{1,3}\)", after) or re.search(r"§\s*$", text[max(0, start - 3) : start]):
        return True  # "§ 501(c)(4)", "a 401(k) plan": a section of a code names a rule
    if raw in ("529", "457", "403", "401") and re.match(
        r"\s*(?:[a-z]\s+)?(?:(?:college\s+)?(?:savings?\s+)?(?:plans?|accounts?)|college\s+savings)\b", after
    ) and not re.search(r"[$]\s*$", text[max(0, start - 2) : start]):
        return True  # "529 accounts", "a 529 college savings plan", "401k plans": tax-code sections naming accounts
    if raw.isalpha() and _WORD_BEFORE_HYPHEN.search(text[max(0, start - 12) : start]):
        return True  # "net-zero emissions", "ground-zero": the number word is part of a compound, no figure
    if re.match(r"-(?:something|odd|ish)\b", after):
        return True  # "the 30-something leader": an age band, not a count
    if re.search(r"\btop[-\s]$", text[max(0, start - 4) : start], re.IGNORECASE) and not re.match(
        r"(?:\s*(?:-|–|to|or|and)\s*[\d.,]+)?\s*(?:%|percent\b|per\s+cent\b)"
        r"|(?:\s+[a-z-]+(?:al|an|ic|ive|ful|ous|ary|ern))*\s+(?!in\b)[a-z]+s\b",  # "the top four congressional leaders"
        text[end : end + 30], re.IGNORECASE
    ):  # "a top-five finish", "out of the top three" (but "the top 10 percent" is a share, "the top two members"
        # counts members)
        return True  # "a top-five finish": a rank
    if re.match(r"mm\s+(?:[A-Z]|(?:semi-?automatic|handgun|pistol|rifle|gun|rounds?|ammunition|bullets?|grenade|cannon"
                r"|shells?)\b)", text[end : end + 20]):
        return True  # "a 9mm Sig Sauer", "a 40mm grenade launcher": a calibre names a model, as ".45 caliber" does
    if re.match(r"[\s-]*calib(?:er|re)\b", after, re.IGNORECASE):
        return True  # "a .45 caliber handgun": a model, not a measure
    if after[:1] == ")" and re.search(r"(?:^|[.!?:]\s+)$", text[:start]):
        return True  # "1) Libsplaining": a list marker opening a sentence
    if re.match(r"\.(?:\s|$)", after) and re.search(r"[.!?]\s+$", text[:start]) and not text[end + 1 :].strip():
        return True  # "… for 2016.    1.": a list marker left at the end of a paragraph
    if before and (before.isalpha() or before in "-/#№") and raw[:1].isdigit() and not glued_to_number:
        return True  # G7, F-35, COVID-19, 24/7, #5
    if re.match(r"-[A-Z]", after) and raw[-1:].isdigit():
        return True  # "The 40-Year-Old Virgin", "Fortune 500-Listed": a title
    if re.match(r"[/][\d]", after) or (re.match(r"-?[A-Za-z]", after) and not re.match(
        r"-[a-z]", after  # "a 23-nation alliance", "the 60-vote hurdle": a lower-case noun counted by the digits
    ) and raw[-1:].isdigit() and not re.match(
        # "2.2million", "5percentage points"
        r"(?:k|m|bn|b|mn|tn|thousand|million|billion|trillion|percent(?:age)?)\b|[CF]\b", after, re.IGNORECASE
    ) and not (_GLUED_UNIT.match(after) and not re.search(r"[A-Z][a-z]+\s+$", text[max(0, start - 20) : start]))):
        # "175km (109-mile)": a unit of measure written against its number ("a Ruger 9mm" names a model)
        return True  # 9/11, 3D, 737MAX
    if re.match(r"\s+[A-Za-z]{1,3}\d", after):
        return True  # "501 c3 organizations": a number before a code of letters and digits names a category
    if re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|:\d\d|o[’']clock\b)", after, re.IGNORECASE) or re.match(
        r"\s?(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|ET|IST|JST)\b", after
    ):
        return True  # times of day
    preceding = re.search(r"([A-Za-z][A-Za-z.]*)\s+$", text[max(0, start - 25) : start])
    if preceding and preceding.group(1).lower() in _NAMING_NOUNS:
        return True  # "step two", "phase one", "on page 23"
    listed = _NAME_LIST.search(text[max(0, start - 40) : start])
    if listed and listed.group(1).lower() in _NAMING_NOUNS:
        return True  # "during phase one and two", "the numbers 8, 8": the later names of a list of names
    if (
        preceding
        and raw[:1].isdigit()
        and preceding.start(1) + max(0, start - 25) > 0
        and preceding.group(1)[:1].isupper()
        and preceding.group(1).lower() not in _STOP_WORDS
        and preceding.group(1).lower().rstrip(".") not in _MONTHS
        and re.match(r"\s+[A-Z](?:[a-z]|[A-Z]+\b)", after)  # "Lion Air 737 Max", "Club 45 USA"
    ):
        return True  # a number inside a name: "Lion Air 737 Max", "Apollo 11 Mission"
    if preceding and raw[:1].isdigit():
        word = preceding.group(1)
        if word[:1].isupper() and word.lower().rstrip(".") in {w.rstrip(".") for w in _REFERENCE_WORDS}:
            return True
    # "the 1619 Project", "a 737 Max": digits before capitalised words ending in a singular noun name something
    # ("28 Senate Republicans" counts; a year such as "the 2016 Senate election" is read as a date before this).
    named = re.match(r"(?:\s+[A-Z][a-z]+)+\b(?![’'-])", text[end:])
    if raw.isdigit() and named and not re.fullmatch(r"1[89]\d\d|20\d\d", raw) and not glued_to_number:
        words = named.group(0).split()
        if not (_is_plural_noun(words[-1]) or _DEMONYM.fullmatch(words[-1]) or _GROUP_PLURAL.fullmatch(words[-1])
                or words[0].lower() in _MONTHS
                or words[0] in ("Celsius", "Fahrenheit")
                or words[0].lower() in _WEEKDAYS or re.match(r"\s+(?:[a-z]+|[A-Z]{2,})s\b", text[end + named.end() :])
                or _PLURAL_ONE_ON.match(text[end + named.end() :])):
            # ("317 Conservative MPs": an acronym's plural is the head too, and so is a plural after one more word or
            # with a hyphen: "59 Tomahawk cruise missiles", "16 Democratic co-sponsors")
            return True
    return False


# Nouns ending in "-ing" that a number counts ("one thing on his mind", "one meeting in May").
_ING_NOUNS = {"thing", "things", "string", "spring", "morning", "evening", "building", "meeting", "hearing", "ruling",
              "shooting", "bombing", "killing", "wedding", "ceiling", "sibling", "offspring", "setting", "opening",
              "ending", "beginning", "warning", "finding", "briefing", "painting", "recording", "outing", "filing",
              "listing", "holding", "training", "feeling", "proceeding", "being", "swing", "sting", "saving", "landing",
              "crossing", "gathering", "uprising", "offering", "reading", "serving", "helping", "inning", "stuffing"}
# A plural head after a name, one word on or hyphenated ("59 Tomahawk cruise missiles", "16 Democratic co-sponsors");
# not across a preposition or other function word ("the 1619 Project from schools").
_PLURAL_ONE_ON = re.compile(
    r"(?:\s+(?!(?:from|with|into|onto|over|upon|about|after|before|under|across|against|this|that|these|those|their"
    r"|were|have|does|says|said|will|would|also|just|only|even|still|then|than|when|where|which|while)\b)[a-z]{3,}"
    r"(?<!ed)(?<!ly))?\s+[a-z]+-?[a-z]{2,}s\b(?!\s+(?:of|to)\b)"
)
_TENS_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
# Verbs in the present that never head a counted noun phrase, right after a number standing for its people ("those
# 350 million get involved").
_BARE_VERBS = {"get", "gets", "go", "goes", "say", "says", "think", "thinks", "know", "knows", "want", "wants",
               "seem", "seems", "tend", "tends", "believe", "believes", "agree", "agrees", "disagree", "disagrees"}


def _following_words(text: str, end: int, limit: int = 4) -> tuple[str | None, int]:
    """The counted noun after a number ("member states", "troops") and where it ends (None if none)."""
    words: list[tuple[str, int]] = []
    position = end
    while len(words) < limit:
        pair = _ADJECTIVE_PAIR.match(text[position:])
        if pair:  # "five past and present Missouri Republican senators": a pair of adjectives, one modifier
            position += pair.end()
            words.append((pair.group(1), position))
            continue
        match = re.match(r"\s+([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])\b", text[position:])
        if not match:
            break
        word = match.group(1)
        lower = word.lower()
        conjoined = re.match(r"\s+(?:and|or)\s+([a-z]+)\b", text[position:]) if lower in ("and", "or") else None
        if conjoined and words and _is_plural_noun(words[-1][0]) and _is_plural_noun(conjoined.group(1)) and (
            conjoined.group(1) not in _STOP_WORDS
        ) and re.match(r"\s+(?:[a-z]+ed|are|were|have|had|will|would)\b", text[position + conjoined.end() :]):
            # "400 millionaires and billionaires will ask": two plural nouns joined before a verb, one counted phrase
            position += conjoined.end()
            words.append((f"{words.pop()[0]} {lower} {conjoined.group(1)}", position))
            break
        shared_head = re.match(r"\s+(?:and|or)\s+((?:[a-z]+\s+)?([a-z]+))\b", text[position:]) if (
            lower in ("and", "or") and words and words[-1][0].islower()
            and not any(_is_plural_noun(w) for w, _ in words)
            and not re.search(r"\b(?:one|1|an?)\s*$", text[:end], re.IGNORECASE)
        ) else None
        if shared_head and _is_plural_noun(shared_head.group(2)) and not any(
            w in _STOP_WORDS or w in _UNITS_WORDS or w in _TIME_UNITS or w.endswith(("ed", "ing"))
            for w in shared_head.group(1).split()
        ) and re.match(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:" + _STOP_WORDS_PATTERN + r")\b",
                       text[position + shared_head.end() :]):
            # "eight different communication and social apps": premodifiers joined before one plural head, whole
            position += shared_head.end()
            words.append((" ".join(w for w, _ in words[-1:]) + f" {lower} {shared_head.group(1)}", position))
            words.pop(-2)
            break
        if lower in _TIME_UNITS and lower.endswith("s") and words and not any(
            (w.lower() in _LEADING_MODIFIERS and w.lower() not in _SPAN_ADJECTIVES) or _is_plural_noun(w)
            or not w.islower() for w, _ in words
        ):  # "63 standard days", "14 grueling hours": adjectives before a span of time are counted with it
            position += match.end()
            words.append((word, position))
            break
        if lower in _STOP_WORDS or lower in _TIME_UNITS or lower in _WEEKDAYS or (words and lower in _POSTNOMINAL):
            break
        if lower in _IRREGULAR_PAST or (lower == "out" and re.match(r"\s+of\b", text[position + match.end() :])):
            break  # "Three more fell Tuesday", "68 out of 105 seats": a verb or a preposition, no counted noun
        if lower in _UNITS_WORDS or _NEXT_IS_NUMBER.match(text[position + match.end() :]):
            break  # "down from 84% nearly two months ago": a number starts a figure of its own
        ing_modifier = lower.endswith("ing") and words and not _is_plural_noun(words[-1][0]) and re.match(
            r"\s+(?!(?:" + _STOP_WORDS_PATTERN + r")\b)[a-z]{3,}s\b(?!\s+(?:of|to)\b)",
            text[position + match.end() :],
        )  # "three major spending proposals": a gerund before the plural head modifies it
        if words and (lower.endswith("ed") or lower.endswith("ing")) and len(lower) > 4 and not ing_modifier:
            break  # "soldiers killed", "troops remaining"
        if not words and lower.endswith("ing") and len(lower) > 4 and lower not in _ING_NOUNS and re.match(
            r"\s*(?:[$\d,.;:!?)\"”]|$)|\s+(?:the|a|an|his|her|their|its|in|on|at|to|for|with|from|by|of|as)\b",
            text[position + match.end() :],
        ):
            break  # "a family of four making $40,000", "the last two standing.": the number stands alone
        if not words and lower in _BARE_VERBS:
            break  # "those 350 million get involved": the number is the subject, no counted noun
        if not words and lower.endswith("ed") and len(lower) > 4 and re.match(
            r"\s+(?:[a-z]+\s+)?(?:" + _STOP_WORDS_PATTERN + r")\b|\s*[,.;:]", text[position + match.end() :]
        ) and not re.match(r"\s+[a-z]+s\b", text[position + match.end() :]):
            break  # "the three mentioned at the hearing"; "500 registered voters" keeps its noun
        # A capitalised word after a lower-case one starts a new name ("troops Russia ..."): stop, unless it is
        # a nationality adjective inside the phrase ("two major Indian telecom firms").
        if words and word[:1].isupper() and not words[-1][0][:1].isupper() and not _DEMONYM.fullmatch(word) and not (
            _GROUP_PLURAL.fullmatch(word) and not _is_plural_noun(words[-1][0]) and words[-1][0].islower()
        ) and not (  # "two successive Moscow-to-Havana flights": a hyphenated name-compound before the plural head
            "-" in word and not _is_plural_noun(words[-1][0])
            and re.match(r"\s+[a-z]{3,}s\b", text[position + match.end() :])
        ):  # but "Four moderate Democrats": a group's capitalised plural after an adjective is the head
            break
        if words and _is_plural_noun(words[-1][0]) and not _is_plural_noun(word):
            break  # the head noun came: what follows is the verb ("118 people signed"), not "firearms licenses"
        adverb = re.match(r"\s+[a-z]+ed\b", text[position + match.end() :]) if (
            lower.endswith("ly") and len(lower) > 4 and lower.islower()
        ) else None
        if adverb and not words and re.match(r"\s+(?:to|" + _STOP_WORDS_PATTERN + r")\b|\s*(?:[,.;:!?]|$)",
                                             text[position + match.end() + adverb.end() :]):
            break  # "The two briefly appeared to patch things up": an adverb and its verb, the number their subject
        if adverb:  # "300 million legally owned firearms": an adverb and its participle modify the noun after them
            position += match.end() + adverb.end()
            words.append((text[position - adverb.end() - match.end() : position].strip(), position))
            continue
        if words and _is_plural_noun(words[-1][0]) and _FORECAST_AFTER.match(text[position + match.end() :]):
            break  # "the nearly 1 million jobs economists expected": the forecasters open a clause of their own
        position += match.end()
        words.append((word, position))
        if text[position : position + 1] in ",;:)":
            break
    span_of_time = words and words[-1][0].lower() in _TIME_UNITS
    while len(words) > 1 and words[0][0].lower() in _LEADING_MODIFIERS and not (
        span_of_time and words[0][0].lower() in _SPAN_ADJECTIVES
    ):
        words.pop(0)
    if not words or (words[0][0].lower() in _LEADING_MODIFIERS and not (span_of_time and len(words) > 1)):
        return None, end
    return " ".join(w for w, _ in words), words[-1][1]


# The subject of a forecast right after a figure, the figure being what they forecast ("far more than the 8.3 million
# economists polled by Refinitiv had predicted"): a poller's agent phrase may come between.
_FORECASTERS_OF_FIGURE = re.compile(
    r"\s+(?:economists|analysts|forecasters|strategists|pollsters|experts)(?:\s+(?:polled|surveyed)\s+by\s+"
    r"(?:[A-Z][\w.&-]*\s+){1,3}?(?=had\b|expected|forecast|predicted|projected|estimated|anticipated))?"
    r"(?=\s*(?:had\s+)?(?:expected|forecast|predicted|projected|estimated|anticipated)\s*(?:[,.;:—–)]|$|\s+(?:and|but"
    r"|which|for|in|on)\b))"  # the verb has no object of its own ("300 economists predicted a recession" counts them)
)


def _approximate_span(text: str, end: int) -> bool:
    """Is the "a" ending at ``end`` one span of time made approximate after it ("a week or so")?"""
    span = re.match(r"\s+(?:" + "|".join(_TIME_UNITS) + r")\b", text[end:], re.IGNORECASE)
    return span is not None and _APPROXIMATE_AFTER.match(text[end + span.end() :]) is not None


# Nouns ending in "-ly", which a number may count.
_LY_NOUNS = {"family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "belly", "bully", "tally", "reply",
             "fly", "lily", "jelly", "folly", "homily", "gully", "july", "italy"}


def _lone_adverb(text: str, number_start: int, end: int, noun: str) -> bool:
    """Is ``noun``, read as what a number other than one counts, a lone adverb ("The two briefly appeared")? A plural
    count's noun is plural, so a singular word in "-ly" after it is no head noun."""
    return (" " not in noun and noun.islower() and noun.endswith("ly") and len(noun) > 4 and noun not in _LY_NOUNS
            and text[number_start:end].lower() not in ("one", "1", "a", "an"))


def _counted_noun(text: str, number_start: int, end: int, parse: SentenceParse | None) -> tuple[str | None, int]:
    """The counted noun after the number that starts at ``number_start`` and ends at ``end``: from the parse when
    it has an opinion, else from the words."""
    if _FORECASTERS_OF_FIGURE.match(text[end:]):
        return None, end  # the forecasters open a clause whose object is the figure: it counts nothing written
    if parse is not None:
        read = parse.counted_noun(number_start, end, end)
        if read is not None and read[0] is not None and read[0].endswith("-") and text[read[1] : read[1] + 1].isspace():
            read = (read[0][:-1], read[1] - 1)  # "one true American response- to face …": a dash glued to the word
        if read is not None and read[0] is not None and _lone_adverb(text, number_start, end, read[0]):
            return None, end  # "The two briefly appeared": an adverb the parse took for a noun counts nothing
        if read is not None and read[0] is not None:
            rest = re.match(r"-[A-Za-z]+\b", text[read[1] :])  # "16 Democratic co-sponsors": the word, whole
            return (read[0] + rest.group(0), read[1] + rest.end()) if rest else read
        if read is not None:
            return read
    return _following_words(text, end)


def _measure(text: str, number_start: int, end: int, parse: SentenceParse | None) -> tuple[str | None, int]:
    """What the percent or sum ending at ``end`` is of: from the parse when it has an opinion, else the words."""
    if parse is not None:
        read = parse.measure(number_start, end, end)
        if read is not None:
            return read
    return _measure_after(text, end)


def _measure_after(text: str, end: int) -> tuple[str | None, int]:
    """``of GDP`` / ``in defence spending`` after a percent or a sum: what it measures."""
    lead = re.match(r"\s+(?:worth\s+)?(?:of|in|on|for)\s+(?:(?:the|its|their|a|all)\s+)?", text[end:])
    if not lead:
        return None, end
    words: list[tuple[str, int]] = []  # each word with the offset where it ends
    position = end + lead.end()
    while len(words) < 3:
        word_match = re.match(r"\s*((?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*)", text[position:])  # "U.S." whole
        if not word_match or word_match.group(1).lower() in _STOP_WORDS | _MEASURE_BREAKS or (
            word_match.group(1).lower() in _MONTHS or word_match.group(1).lower() in _WEEKDAYS
        ):  # "$1 million in April": a date, not what the sum is of
            break
        position += word_match.end()
        words.append((word_match.group(1), position))
    if not words:
        return None, end
    kept = _up_to_plural_head([w for w, _ in words])
    return " ".join(kept), words[len(kept) - 1][1]


def _is_plural_noun(word: str) -> bool:
    lower = word.lower()
    return lower in _IRREGULAR_PLURALS or (
        len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ics", "news"))
    )


def _up_to_plural_head(words: list[str]) -> list[str]:
    """Cut a noun phrase after its first plural noun: English puts the head last, so a word after a plural head
    is most often the verb ("percent of Americans agree", "half of the voters said")."""
    for index, word in enumerate(words[:-1]):
        if _is_plural_noun(word) and not _is_plural_noun(words[index + 1]):
            return words[: index + 1]
    return words


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    every = re.search(r"\b(?:every|each)\s+$", text[max(0, start - 8) : start], re.IGNORECASE)
    if every:  # "roughly every five years": the qualifier reaches over the distributive
        start -= len(every.group(0))
    window = text[max(0, start - 30) : start]
    match = _QUALIFIER_RE.search(window)
    if not match:
        return None, start
    phrase = re.sub(r"\s+", " ", match.group(1).lower())
    if phrase == "up to" and re.match(r"[\d,.\s]*(?:%|percent\b)?\s+from\s+[$€£]?\d", text[start:]):
        return None, start  # "revised up to 366,000 from 235,000": a change of level, not an upper bound
    for pattern, qualifier in _QUALIFIERS:
        if re.fullmatch(pattern, phrase, re.IGNORECASE):
            return qualifier, start - (len(window) - match.start(1))
    return None, start


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------


def _looks_like_year(text: str, start: int, end: int, parse: SentenceParse | None = None) -> bool:
    """Is the bare number 1800–2099 at ``text[start:end]`` a year rather than a count, a sum or a name?"""
    before = text[max(0, start - 1) : start]
    if before in ("$", "€", "£", "¥", ".") or re.match(r"[.,]\d", text[end : end + 2]):
        return False
    if _is_reference_number(text, start, end, text[start:end]):
        return False
    if re.search(r"\b(?:in|by|since|until|till|from|during|before|after|of|for|through|to|early|late|mid|and|or|"
                 r"fiscal|FY|year|spring|summer|autumn|fall|winter|the)\s+$", text[max(0, start - 12) : start],
                 re.IGNORECASE):
        return True
    after = text[end : end + 20]
    # "Sanders began 2016 as a protest candidate": a word in "-s" that is no plural noun
    after = re.sub(r"^(\s+)(?:as|is|was|has|his|its|this|thus|us|does|plus|less|unless|across|whereas)\b", r"\1_",
                   after)
    if parse is not None and re.match(r"\s+[a-z]+s\b", after) and parse.is_year(start, end) is not None:
        return bool(parse.is_year(start, end))  # "about 2016 candidates": the entity recogniser knows the year
    # "2000 troops", "1900 percent": a count; "2025 National Security Strategy", "2016 election": a year.
    # ("Mrs. Obama's 2008 address": a word in "-ss" is no plural either)
    return not re.match(r"\s*(?:%|percent\b|per cent\b|[a-z]*[a-rt-z]s\b)", after) or bool(
        re.match(r"\s+(?:elections?|midterms?|primaries|olympics|games|levels?)\b", after, re.IGNORECASE)
    )


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _date_time(match: re.Match[str]) -> str | None:
    g = match.groupdict()
    if g["mdy"]:  # US numeric date, "1/28/13"
        two_digits = int(g["mdy_y"][-2:])
        year = int(g["mdy_y"]) if len(g["mdy_y"]) == 4 else (2000 if two_digits < 50 else 1900) + two_digits
        return f"{year:04d}-{int(g['mdy_m']):02d}-{int(g['mdy_d']):02d}"
    if g["d6"]:  # "the 6 November outcome"
        day = int(g["d6"])
        return f"--{_MONTHS[g['m6'].lower().rstrip('.')]:02d}-{day:02d}" if 1 <= day <= 31 else None
    if g["iso"]:
        return str(g["iso"])
    if g["old_year"]:
        return str(g["old_year"])
    if g["decade"]:
        return f"{g['decade']}s"
    if g["short_year"]:
        two_digits = int(g["short_year"])
        return f"{(2000 if two_digits < 50 else 1900) + two_digits:04d}"
    if g["short_decade"]:
        century = "20" if g["short_decade"] in ("00", "10") else "19"
        return f"{century}{g['short_decade']}s"
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g[m]:
            month = _MONTHS[g[m].lower().rstrip(".")]
            day = int(g[d])
            if not 1 <= day <= 31:
                return None
            return f"{int(g[y]):04d}-{month:02d}-{day:02d}"
    if g["m3"]:
        return f"{int(g['y3']):04d}-{_MONTHS[g['m3'].lower().rstrip('.')]:02d}"
    if g["m4"]:
        day = int(g["d4"])
        if not 1 <= day <= 31:
            return None
        month = _MONTHS[g["m4"].lower().rstrip(".")]
        last_day = int(g["d4b"]) if g["d4b"] else 0
        last_month = _MONTHS[g["m4b"].lower().rstrip(".")] if g["m4b"] else month
        if last_month > month and 1 <= last_day <= 31:  # "between April 15 and May 15": one interval
            if g["y4"]:
                return f"{g['y4']}-{month:02d}-{day:02d}/{g['y4']}-{last_month:02d}-{last_day:02d}"
            return f"--{month:02d}-{day:02d}/--{last_month:02d}-{last_day:02d}"
        if day < last_day <= 31 and last_month == month:  # "between May 23 and 25": one interval
            if g["y4"]:
                return f"{g['y4']}-{month:02d}-{day:02d}/{g['y4']}-{month:02d}-{last_day:02d}"
            return f"--{month:02d}-{day:02d}/--{month:02d}-{last_day:02d}"
        return f"--{month:02d}-{day:02d}"  # ISO 8601 date without year
    if g["y5"]:
        if g["y5b"]:
            upper = g["y5b"] if len(g["y5b"]) == 4 else g["y5"][:2] + g["y5b"]
            return f"{g['y5']}/{upper}"
        return str(g["y5"])
    return None


# "the 1%", "the top 1 percent": the group, named by its share, when nothing says of what ("the 1% of voters who").
_THE_ONE_PERCENT = re.compile(r"\bthe\s+(?:top\s+)?$", re.IGNORECASE)
_NAMED_GROUP_END = re.compile(r"\s*(?:[,.;:)!?\"”’]|$|\s+(?:and|or|who|are|is|have|has|want|wants)\b)")

# "the Sept. 11 attacks", "the September 11 terrorist attacks": the attacks of 2001, not the nearest such day (in the
# plural: "the Sept. 11 attack" on Benghazi was in 2012).
_SEPTEMBER_ELEVENTH_ATTACKS = re.compile(r"(?:th)?,?\s+(?:terrorist\s+|terror\s+)?attacks\b", re.IGNORECASE)

# Words that put a clause in the future, so a month or day without a year is the next one, not the last one.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|may\s+(?:very\s+well\s+)?be|'ll|’ll|going\s+to|plans?\s+to|planning\s+to|expected\s+to|set\s+to|due\s+to|"
    r"scheduled|upcoming|prepares?\s+to|preparing\s+to|threaten(?:s|ed)?\s+to"
    # "a one-in-three chance of losing the House in November": what may come
    r"|(?:chance|odds|risk|prospect|possibility|likelihood|danger)s?\s+of\s+[a-z]+ing)\b",
    re.IGNORECASE,
)


def _named_day(text: str, start: int) -> bool:
    """Is the weekday at ``start`` part of a name ("Black Friday", "Super Tuesday")? English has few such names,
    so a closed list: a capitalised place before the day ("arrived in Louisiana Sunday") leaves it a date."""
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 20) : start])
    return before is not None and before.group(1)[:1].isupper() and before.group(1).lower() in _DAY_NAME_WORDS


def _attributive(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` modify a noun after a determiner ("the Jan. 6 riot", "a 2017 speech",
    "its July estimate")? Such a date names an event; it frames no other figure of the sentence."""
    if not re.search(r"\d|^[A-Z]", text[start:end]):
        return False  # "in the last week alone": a relative date frames its clause
    return bool(
        re.search(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[a-z]+\s+)?$|['’]s\s+$",
                  text[max(0, start - 20) : start], re.IGNORECASE)
        and re.match(r"\s+(?!(?:and|or|to|of|in|on|at|for|from|by|with|that|which|when|as|than)\b)"
                     r"(?:(?:[A-Z][a-z]+\s+)?[a-z][a-z-]+|Elections?|Primar(?:y|ies))\b", text[end:])
    )  # "the Jan. 6 Capitol riot"; "the November Election", capitalised as a tweet writes it


def _speaks_of_future(text: str, start: int) -> bool:
    """Does the clause before ``start`` speak of the future ("would vote for Clinton in November")?"""
    clause = re.split(r"[.;:!?]", text[:start])[-1]
    return bool(_FUTURE.search(clause))


# Speech and report verbs: a weekday after one dates the saying, not the future event before it ("… will rise, the
# White House said Thursday").
# A ruling is a saying too ("… will remain in custody …, a federal judge ruled Monday").
_REPORT_VERB = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|declared|added|noted|wrote|ruled|testified"
                          r"|tweeted)\b", re.I)


def _weekday_looks_ahead(text: str, start: int) -> bool:
    """Does the weekday at ``start`` sit in a future clause ("will unveil a budget on Friday"), with no report verb
    between the future word and the day? "As soon as" or "as early as" a day puts it ahead in any tense ("could
    qualify for shots as soon as Thursday")."""
    if re.search(r"\bas\s+(?:soon|early)\s+as\s+$", text[max(0, start - 16) : start], re.IGNORECASE):
        return True
    clause = re.split(r"[.;:!?]", text[:start])[-1]
    futures = list(_FUTURE.finditer(clause))
    possible = _POSSIBILITY.search(clause[-80:])
    if possible and not _REPORT_VERB.search(possible.group(0)):
        return True
    return bool(futures) and not _REPORT_VERB.search(clause[futures[-1].end() :])


# A modal of possibility on the verb a weekday follows within its phrase ("could hit Florida airwaves Monday"): what
# may happen on that day lies ahead. Not negated ("could not confirm Monday" tells of a past inability), not with
# "have" ("could have voted Monday" looks back), and not across a comma ("You might get two thank-you's …, like
# United Technologies … got on Wednesday").
_POSSIBILITY = re.compile(r"\b(?:[Cc]ould|[Mm]ight|may|[Cc]an)\s+(?!not\b|have\b|of\b)(?:\w+ly\s+)?[a-z]{2,}"
                          r"(?:\s+[^\s,;:—–()\"“”]+){0,5}\s+$")


def _future_after_weekday(text: str, start: int, end: int, parse: SentenceParse | None) -> bool:
    """Is the weekday at ``text[start:end]`` in a clause whose verb, after it, is in the future ("On Sunday, Trump
    will visit seven states", written on a Saturday)? With the parse, the tense of the verb the day hangs on; without,
    a day opening its clause before a comma, then a future word before any report verb."""
    if text[start:end].lower().removeprefix("on ") not in _WEEKDAYS:
        return False
    if parse is not None:
        return parse.tense(start, end) == "future"
    if not re.search(r"(?:^|[,;:—–]\s*)(?:on\s+)?$", text[max(0, start - 40) : start], re.IGNORECASE) or not re.match(
        r"\s*,", text[end:]
    ):
        return False
    clause = re.split(r"[.;:!?]", text[end:])[0]
    future = _FUTURE.search(clause)
    return future is not None and not _REPORT_VERB.search(clause[: future.start()])


# A verb fixing a day for an event, right before its "for" (the date is then the event's, which follows the fixing).
_SET_FOR = re.compile(r"\b(?:set|scheduled|slated|rescheduled|postponed|pushed\s+back|moved)\s+(?:[\w'’-]+\s+){0,4}"
                      r"for\s+$", re.IGNORECASE)
# "until", "through" before a date, with a few words between ("until 6 a.m. local time Saturday").
# ("as of noon Friday" starts a state written in the progressive: "were being closed as of noon Friday" on a Thursday)
_END_POINT = re.compile(r"\b(?:until|till|through|thru|as\s+of)\s+(?:[\w.:]+\s+){0,4}$", re.IGNORECASE)
_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)


def _ends_ongoing_state(text: str, start: int, weekday: bool) -> bool:
    """Is the date at ``start`` the end point ("until", "through") of a state written in the progressive, in force
    when the text was written, so that it lies ahead ("is extending the pause … through Jan. 31", written in August)?
    A past progressive counts only for a weekday, within days of writing ("was enforcing a curfew until 6 a.m.
    local time Saturday", written on a Friday); "was serving until March" is over."""
    end_point = _END_POINT.search(text[max(0, start - 40) : start])
    if end_point is None:
        return False
    clause = re.split(r"[;!?]|\.\s+(?=[A-Z])", text[: max(0, start - 40) + end_point.start()])[-1]
    return bool(_PRESENT_PROGRESSIVE.search(clause) or (weekday and _PAST_PROGRESSIVE.search(clause)))


def _lies_ahead(time: str, published: date | None, text: str, start: int) -> bool:
    """Is the date ``time`` (ISO year, month or day, or an interval) ahead of the publication date, so that "by" it
    sets a target ("by 2035")? A date already begun counts only in a future clause: "by 2017 such attitudes are now
    mainstream", written in 2017, sets none. Without a publication date, "by" always sets a target."""
    if published is None:
        return True
    first = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", time)
    if first is None:
        return True
    year, month, day = int(first.group(1)), int(first.group(2) or 1), int(first.group(3) or 1)
    try:
        begins = date(year, month, day)
    except ValueError:
        return True
    return begins > published or _speaks_of_future(text, start)


def _week_ahead_on_sunday(
    expression: str, published: date | None, text: str, start: int, parse: SentenceParse | None
) -> bool:
    """Is "this week" at ``start``, written on a Sunday (the last day of its ISO week) in a clause about what is to
    come, the week that starts the next day? A past or present "this week" written on a Sunday is that day's week, as
    "this weekend" is read by its tense too."""
    if expression.lower().split() != ["this", "week"] or published is None or published.weekday() != 6 or re.match(
        r"['’]s\b", text[start + len(expression) :]
    ) or re.search(r"\bearlier\s+$", text[max(0, start - 8) : start], re.IGNORECASE):
        return False  # ("Obama's Thanksgiving address earlier this week": the days before)
    tense = parse.tense(start, start + len(expression)) if parse is not None else None
    if tense is not None:
        return tense in ("future", "prospective")
    # ("participants at an Africa summit in Washington this week would be screened": the verb comes after)
    return _speaks_of_future(text, start) or re.match(
        r"\s+(?:will|would|shall|is\s+expected\s+to|are\s+expected\s+to)\b", text[start + len(expression) :]
    ) is not None


# A verb in the past right before a date ("ended this weekend", "was closed this weekend"), for the words alone.
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|did|held|met|went|came|took|fell|rose|saw|made)"
                               r"(?:\s+[a-z]+ly)?\s+$", re.IGNORECASE)


def _weekend_just_past(
    expression: str, published: date | None, text: str, start: int, parse: SentenceParse | None
) -> bool:
    """Is "this weekend" at ``start`` the weekend just past? Written from Monday to Thursday in a clause in the past
    ("… ended this weekend", on a Monday), it is the one before the publication date, in the ISO week before;
    otherwise the weekend of the publication date's week."""
    if expression.lower().split() != ["this", "weekend"] or published is None or published.weekday() > 3:
        return False
    if re.match(r"['’]s\b", text[start + len(expression) :]) or re.search(
        r"\b(?:before|after|until|till|by|for|since|through|over)\s+$", text[max(0, start - 10) : start], re.IGNORECASE
    ):
        return False  # "before this weekend's final": the weekend names a thing or is a point placed against
    host = re.split(r"[,;]", text[start:], maxsplit=1)[-1]
    host_past = re.search(r"\b(?:[a-z]{3,}ed|was|were)\b", host)
    if re.match(r"\s*(?:[A-Z][\w ,.]*?\s[—–-]+\s*)?after\b[^,;]*$", text[:start], re.IGNORECASE) and (
        host_past is not None and not _FUTURE.search(host[: host_past.start()])
    ):  # "After a moratorium was allowed to lapse this weekend, the CDC issued a new one": before its past host
        return True
    tense = parse.tense(start, start + len(expression)) if parse is not None else None
    if tense is not None:
        return tense == "past"
    return bool(_PAST_VERB_BEFORE.search(text[max(0, start - 30) : start]))


def _names_event_by_weekday(text: str, start: int, end: int) -> bool:
    """Does the weekday at ``text[start:end]`` name an event as a noun's modifier after "the" ("canceled the Friday
    affair") or own an event the clause is placed before ("before Monday's caucus")? Such a day, as "the Jan. 6
    riot", is the nearest one, ahead or behind."""
    if text[start:end].lower() in _WEEKDAYS and re.search(
        r"\b(?:before|ahead\s+of)\s+$", text[max(0, start - 12) : start], re.IGNORECASE
    ) and re.match(r"['’]s\s+[a-z]{3,}", text[end:]):
        return True  # "challenged Trump to a debate before Monday's caucus": an event the clause is placed before
    return text[start:end].lower() in _WEEKDAYS and bool(
        re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.IGNORECASE)
    ) and bool(re.match(r"\s+(?!(?:" + _STOP_WORDS_PATTERN + r")\b)[a-z]{3,}\b", text[end:]))


def _nearest_weekday(day: str, published: date) -> str:
    """The day named ``day`` nearest the publication date (the one behind on a tie)."""
    target = _WEEKDAYS.index(day.lower())
    ahead = (target - published.weekday()) % 7
    behind = (published.weekday() - target) % 7
    return (published + timedelta(days=ahead) if ahead < behind else published - timedelta(days=behind)).isoformat()


#: How many days ahead of the publication date a day named without a year may lie without a future tense.
_NEAR_FUTURE_DAYS = 60


def _present_year(month: int, day: int, published: date) -> int:
    """The year of the day ``month``/``day`` named in a clause in the present tense: the publication year ("the
    fiscal year, which ends Sept. 30", "if he is the nominee in November", "sales in January are up"), unless the day
    lies within a few weeks across the turn of the year ("the session begins Jan. 3", written on 28 December)."""
    def distance(year: int) -> int:
        try:
            return abs((date(year, month, day) - published).days)
        except ValueError:  # 29 February in a common year
            return abs((date(year, month, 28) - published).days)
    nearest = min((published.year, published.year - 1, published.year + 1), key=distance)
    return nearest if distance(nearest) <= _NEAR_FUTURE_DAYS else published.year


#: How many days before the publication date the event of a prospective clause (a modal other than "will", an
#: infinitive) may lie: "agreed to lift the restrictions on Sept. 28", written on 2 October, speaks of that Sept. 28.
_RECENT_DAYS = 45


def _past_frame(found: list[_Found], text: str, start: int, published: date) -> int | None:
    """The past year a month at ``start`` without a year falls in, from a year or decade written before it in its
    clause (no punctuation between: "remained in the 2008 primary contest against Barack Obama until June") or
    opening the sentence ("During a standoff in the mid-1990s, Congress gave … for the month of March"): that year,
    0 for a decade (the year is unknown), None when no such year frames the month."""
    earlier = [item for item in found if item.is_date and item.end <= start and item.time is not None
               and re.fullmatch(r"\d{4}|\d{3}0s", item.time)]
    if not earlier:
        return None
    frame = earlier[-1]
    assert frame.time is not None
    decade = frame.time.endswith("s")
    if int(frame.time[:4]) + (9 if decade else 0) >= published.year or re.search(
        r"\b(?:since|from)\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?$", text[max(0, frame.start - 16) : frame.start],
        re.IGNORECASE,
    ):
        return None  # the frame reaches the time of writing ("battling since 2004"): the tense decides
    same_clause = not re.search(r"[,;:—–()\"“”]|\b(?:said|says|that|when|while|after|before)\b",
                                text[frame.end : start])
    opening = not re.search(r"[,;:—–()]", text[: frame.start]) and frame.start < 60 and bool(
        re.match(r"\s*,", text[frame.end :])
    )
    if not (same_clause or opening):
        return None
    return 0 if decade else int(frame.time[:4])


def _year_for(month_day: str, published: date, forward: bool, tense: str | None = None) -> str:
    """``--06-29`` said on 2020-07-21 → ``2020-06-29``: the nearest such day before (or, looking forward, after)
    the publication date. With the clause's ``tense`` from the parse: in the present, mostly the publication year (see
    :func:`_present_year`); in a prospective clause, the first from shortly before the publication date on."""
    month, day = int(month_day[2:4]), int(month_day[5:7])
    year = published.year
    if tense == "present":
        year = _present_year(month, day, published)
    elif tense == "prospective":
        recent = published - timedelta(days=_RECENT_DAYS)
        year = recent.year + ((month, day) < (recent.month, recent.day))
    elif forward and (month, day) < (published.month, published.day):
        year += 1
    elif not forward and (month, day) > (published.month, published.day):
        year -= 1
        # A day a few weeks ahead is nearer than the same day a year back ("his Aug. 31 deadline" said on
        # Aug. 24): news speaks of coming days without a future tense, but hardly of days nearly a year ago.
        try:
            ahead = (date(year + 1, month, day) - published).days
            back = (published - date(year, month, day)).days
        except ValueError:  # 29 February in a common year
            ahead, back = 0, 0
        if 0 < ahead <= _NEAR_FUTURE_DAYS and ahead < back:
            year += 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def _nearest_year(month_day: str, published: date) -> str:
    """``--06-03`` said on 2014-05-20 → ``2014-06-03``: the such day nearest the publication date, ahead or
    behind."""
    month, day = int(month_day[2:4]), int(month_day[5:7])
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February in a common year
            continue
    if not candidates:
        return _year_for(month_day, published, forward=False)
    return min(candidates, key=lambda day_of_year: abs((day_of_year - published).days)).isoformat()


def _bare_season(season: str, published: date, tense: str | None) -> str:
    """The months of a season named without a year ("in the fall", "all summer"): in a past clause the latest one
    begun by the time of writing, otherwise the one under way or the next to come (TWENTY_SIXTH's "this fall")."""
    first, last = (int(month) for month in _SEASONS[season])
    year, month = published.year, published.month
    if season == "winter":  # December to February: named by the year it starts in
        start_year = (year if month == 12 else year - 1) if tense == "past" else year - (month <= 2)
    elif tense == "past":
        start_year = year - (month < first)
    else:
        start_year = year + (month > last)
    end_year = start_year + (season == "winter")
    return f"{start_year}-{first:02d}/{end_year}-{last:02d}"


def _resolve_relative(expression: str, published: date | None, ahead: bool = False) -> str | None:
    """ISO date, week, month, year or interval for "today", "last week", "this summer", "on Monday"…

    ``ahead``: a bare weekday is the coming one ("will unveil … on Friday"), not the last one."""
    if published is None:
        return None
    phrase = re.sub(r"\s+", " ", expression.lower().strip())
    phrase = phrase.removeprefix("on ")
    year = published.year
    fixed = {
        "today": published, "tonight": published, "this morning": published, "this afternoon": published,
        "this evening": published, "yesterday": published - timedelta(days=1),
        "tomorrow": published + timedelta(days=1), "last night": published - timedelta(days=1),
    }
    if phrase in fixed:
        return fixed[phrase].isoformat()
    relation, _, noun = phrase.partition(" ")
    if not noun:
        relation, noun = "", phrase
    shift = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1, "": 0}.get(relation)
    if noun in _WEEKDAYS:
        target = _WEEKDAYS.index(noun)
        if ahead and not relation:
            return (published + timedelta(days=(target - published.weekday()) % 7)).isoformat()
        delta = (published.weekday() - target) % 7 or (7 if relation == "last" else 0)
        return (published - timedelta(days=delta)).isoformat()
    if shift is None:
        return None
    if noun in ("week", "weekend"):
        iso = (published + timedelta(weeks=shift)).isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if noun == "month":
        month_index = published.year * 12 + published.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if noun == "year":
        return str(year + shift)
    if noun == "decade":  # "last decade" said in 2014: the 2000s
        return f"{(year // 10 + shift) * 10}s"
    if noun in _SEASONS:
        first, last = _SEASONS[noun]
        season_year = year + shift
        if relation in ("last", "past") and published.month >= int(first) + 3 and noun != "winter":
            season_year = year  # "last summer" said in November is this year's summer
        end_year = season_year + 1 if noun == "winter" else season_year
        return f"{season_year}-{first}/{end_year}-{last}"
    return None


# ---------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------


def find_quantities(
    text: str, offset: int = 0, published: str | None = None, span: Span | None = None
) -> tuple[Quantity, ...]:
    """Every quantity and date in ``text``, normalised, in reading order.

    ``offset`` is added to spans (pass the sentence's start in the article). ``published`` (ISO date) resolves
    relative dates; without it they keep their words as ``time`` and get the qualifier ``"relative"``. ``span``,
    the spaCy parse of ``text`` (its text, possibly with surrounding white space), lets the parse decide what a
    number counts and what a share is of; without it (or if it does not match ``text``) the rules read the words.
    """
    parse = SentenceParse.align(text, span) if span is not None else None
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    published_date = _parse_published(published)

    # 1. Dates first, so "October 2024" and "2035" are not read as counts. A season of a year ("in the spring of
    # 2022", "summer 2019") is the months of that season.
    for match in _SEASON_OF_YEAR.finditer(text):
        season_start, season_end = _SEASONS[match.group("season").lower()]
        season_year = int(match.group("year"))
        by = re.search(r"\bby\s+(?:the\s+)?$", text[max(0, match.start() - 8) : match.start()], re.IGNORECASE)
        season_time = (f"{season_year}-{season_start}/"
                       f"{season_year + (match.group('season').lower() == 'winter')}-{season_end}")
        found.append(_Found(match.start(), match.end(), None, "date", time=season_time, is_date=True,
                            qualifier="target" if by and _lies_ahead(season_time, published_date, text,
                                                                      match.start()) else None))
        taken.append((match.start(), match.end()))
    # "in nineteen sixty-one": a year spoken in words (lower-case tens: "Nineteen Eighty-Four" is a title).
    for match in _SPOKEN_YEAR.finditer(text) if "ineteen" in text or "INETEEN" in text else ():
        spoken_time = str(1900 + (_SPOKEN_TENS[match.group("tens")] + _UNITS_WORDS.get(match.group("unit") or "", 0)))
        by = re.search(r"\bby\s+$", text[max(0, match.start() - 4) : match.start()], re.IGNORECASE)
        found.append(_Found(match.start(), match.end(), None, "date", time=spoken_time, is_date=True,
                            qualifier="target" if by and _lies_ahead(spoken_time, published_date, text,
                                                                      match.start()) else None))
        taken.append((match.start(), match.end()))
    for match in _DATE.finditer(text):
        date_time = _date_time(match)
        if date_time is None or not free(match.start(), match.end()):
            continue
        start, end = match.start(), match.end()
        name = _NAME_AFTER_DATE.match(text[end:]) if match.group("m4") or match.group("d6") else None
        if name and not (match.group("m4") or "").endswith("."):
            # "September 11th Advocates", "the 17 February Brigade": a name, numbers and all ("a June 2 Facebook post"
            # is a date before a noun phrase with a name in it)
            taken.append((start, end + name.end()))
            continue
        if match.group("m6") and match.group("m6")[:1].islower():
            continue  # "5 may": the modal verb, not the month
        if date_time == "--09-11" and _SEPTEMBER_ELEVENTH_ATTACKS.match(text[end:]):
            date_time = "2001-09-11"  # "the Sept. 11 attacks", written in any year: the day every reader knows
        if match.group("y5") and not match.group("y5b") and not _looks_like_year(text, start, end, parse):
            continue
        lead = re.search(
            r"\bby\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?$", text[max(0, start - 25) : start], re.IGNORECASE
        ) or (  # "by the administration's Nov. 30 deadline": a deadline's date is a target as "by Nov. 30"
            re.search(r"\bby\s+(?:the|its|their|his|her|our|this)(?:\s+[\w.-]+){0,2}?(?:\s+[\w.-]+['’]s?)?\s+$",
                      text[max(0, start - 60) : start], re.IGNORECASE)
            and re.match(r"\s+deadlines?\b", text[end:], re.IGNORECASE))
        if match.group("m4") and date_time.count("/") == 0 and match.group("d4b"):
            end = match.end("d4")  # "March 4 and 5 people": the second number is no day
            ordinal_suffix = re.match(r"st|nd|rd|th", text[end:])
            end += ordinal_suffix.end() if ordinal_suffix else 0
        if (match.group("m4") or match.group("d6")) and published_date is not None and date_time.startswith("--"):
            # "the Jan. 6 riot": a date naming an event is the nearest such day, whatever the clause's tense.
            attributive = _attributive(text, start, end)
            tense = None if lead or attributive or parse is None else parse.tense(start, end)
            ongoing = not attributive and _ends_ongoing_state(text, start, weekday=False)
            tense = None if ongoing else tense
            set_for = not (lead or attributive) and _SET_FOR.search(text[max(0, start - 60) : start])
            forward = bool(lead) or ongoing or tense == "future" or (
                tense is None and _speaks_of_future(text, start) and not attributive
            )
            first_day, _, last_day = date_time.partition("/")
            if not (lead or attributive) and parse is not None and re.search(
                r"\bon\s+$", text[max(0, start - 4) : start]
            ) and parse.in_apposition(start, end):
                # "Joni Ernst, a candidate in the Republican Senate primary on June 3, announced …": an apposition
                # takes no tense from its clause; its day ("on" it) is the nearest one, as a date naming an event is
                # ("thousands, thousands since January 1st" keeps the word rules)
                date_time = _nearest_year(first_day, published_date)
                first_day = ""
            date_time = _year_for(first_day, published_date, forward, tense) if first_day else date_time
            if set_for and first_day and not forward:
                # "the judge set the sentencing for June 28", written in February: the day fixed for what comes, the
                # next such day unless one passed within the last four months
                fixed_day = _year_for(first_day, published_date, True)
                if (date.fromisoformat(fixed_day) - published_date).days > 365 - 120:
                    fixed_day = _year_for(first_day, published_date, False)
                date_time = fixed_day
            if last_day:  # the interval's end falls in the same year as its start
                date_time += "/" + date_time[:4] + last_day[1:]
            if match.group("m4") and not match.group("d4b") and re.fullmatch(r"\d{4}-09-11", date_time) and (
                date.fromisoformat(date_time) < published_date - timedelta(days=_RECENT_DAYS)
            ) and re.search(r"\bon\s+$", text[max(0, start - 4) : start]) and not _attributive(text, start, end):
                # "That's what we saw on Sept. 11", written in March: the attacks of 2001, not a September months past
                # ("the Sept. 11 attack" names an event, Benghazi's in 2012, and keeps the nearest year)
                date_time = "2001-09-11"
        found.append(
            _Found(start, end, None, "date", time=date_time, is_date=True,
                   qualifier="target" if lead and _lies_ahead(date_time, published_date, text, start) else None)
        )
        taken.append((start, end))

    # Holidays on a fixed day ("by the Fourth of July", "on Christmas Eve"), resolved like a month and day.
    for match in _HOLIDAY.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        month_day = _HOLIDAYS[re.sub(r"\s+", " ", match.group(0).lower()).replace("’", "'")]
        by = re.search(r"\bby\s+(?:the\s+)?$", text[max(0, start - 8) : start], re.IGNORECASE)
        holiday_time = month_day if published_date is None else _year_for(
            month_day, published_date, bool(by) or _speaks_of_future(text, start)
        )
        holiday_year = re.match(r"(?:\s+in|,)?\s+(?P<year>(?:1[89]|20)\d\d)\b(?![-–/]|\s*%|\s+percent)", text[end:])
        if holiday_year:  # "on Christmas Day in 2009", "Christmas Eve, 2015": the year written with the day is its
            year_start, year_end = end + holiday_year.start("year"), end + holiday_year.end("year")
            year_item = [item for item in found if item.is_date and (item.start, item.end) == (year_start, year_end)]
            if year_item or free(year_start, year_end):
                for item in year_item:
                    found.remove(item)
                    taken.remove((year_start, year_end))
                holiday_time = holiday_year.group("year") + month_day[1:]
                end += holiday_year.end()
        found.append(_Found(start, end, None, "date", qualifier="target" if by else None, time=holiday_time,
                            is_date=True))
        taken.append((start, end))

    # "from January to March": one interval of months (the first resolved like a month said in the past).
    for match in _MONTH_SPAN.finditer(text):
        start, end = match.start("first"), match.end("last")
        if not free(start, end):
            continue
        first, last = _MONTHS[match.group("first").lower()], _MONTHS[match.group("last").lower()]
        if published_date is None:
            span_time, span_qualifier = f"--{first:02d}/--{last:02d}", "relative"
        else:
            year = published_date.year - (first > published_date.month + 1)
            span_time, span_qualifier = f"{year:04d}-{first:02d}/{year + (last < first):04d}-{last:02d}", None
        found.append(_Found(start, end, None, "date", qualifier=span_qualifier, time=span_time, is_date=True))
        taken.append((start, end))

    # 2. Months without a year and relative dates, resolved against the publication date when known.
    for match in _MONTH_ONLY.finditer(text):
        start, end = match.start("month"), match.end("month")
        if not free(start, end):
            continue
        month = _MONTHS[match.group("month").lower()]
        lead_word = (match.group("lead") or "").lower()
        if lead_word in ("and", "or") and not re.search(
            _MONTH_NAMES + r"\s+(?:and|or)\s+$", text[max(0, start - 16) : start], re.IGNORECASE
        ):
            continue  # "and May" counts as a month only after another month ("in April and May")
        # "by the end of June": a "by" date reached through a part of the month, a target as "by June" is.
        by_part = lead_word == "of" and re.search(
            r"\bby\s+the\s+(?:end|middle|start|beginning|close)\s+of\s+(?:(?:early|late|mid)[\s-])?$",
            text[max(0, start - 36) : start], re.IGNORECASE,
        )
        # The verb's tense, read from the parse, says which year a month of the clause falls in ("could start facing
        # deportation in early March", "the fiscal year, which ends in September"); the words decide without it.
        tense = parse.tense(start, end) if parse is not None and not match.group("owner") and lead_word not in (
            "by", "until", "before", "come", "last", "past", "next", "this", "and", "or", "since") else None
        forward = lead_word in ("by", "until", "before", "come") or tense == "future" or (
            tense is None and lead_word != "" and _speaks_of_future(text, start)
        )
        if published_date is None:
            month_time, month_qualifier = f"--{month:02d}", "relative"
        else:
            year = published_date.year
            if lead_word in ("last", "past"):  # "last June", "this past June": the latest June before this month
                year -= month >= published_date.month
            elif lead_word == "next":  # "next March": the first March after the current month
                year += month <= published_date.month
            elif lead_word == "this":
                pass
            elif lead_word == "since":  # "since early September": the latest one begun
                year -= month > published_date.month
            elif tense == "present":
                year = _present_year(month, 15, published_date)
            elif tense == "prospective":
                recent = published_date - timedelta(days=_RECENT_DAYS)
                year = recent.year + (month < recent.month)
            elif forward and month < published_date.month:
                year += 1
            elif not forward and month > published_date.month + 1:
                year -= 1  # next month stays ahead ("to start February" said on 29 January), as days do
            if lead_word == "" and re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.IGNORECASE) and (
                _MONTH_EVENT.match(text[end:])
            ) and not (
                parse.tense(start, end) == "past" if parse is not None
                else _PAST_WORD.search(re.sub(r"\b[a-z]+ed\s+to\b", "", re.split(r"[.;!?]", text[:start])[-1]))
            ):  # "in the November general election", written in August: the month naming an event is the nearest one
                # ("won the November election" keeps the past one)
                year = min((published_date.year + shift for shift in (0, 1, -1)),  # a tie: the coming one
                           key=lambda y: abs((y - published_date.year) * 12 + month - published_date.month))
            previous = [item.time for item in found if item.is_date and item.end <= start and item.time
                        and re.fullmatch(r"\d{4}-\d\d", item.time)]
            if lead_word in ("and", "or") and previous:  # "planned for December and January": the January after
                year = int(previous[-1][:4]) + (month < int(previous[-1][5:]))
            month_time, month_qualifier = f"{year:04d}-{month:02d}", None
            past = None if lead_word in ("last", "past", "next", "this", "since", "and", "or") or tense == "future" \
                else _past_frame(found, text, start, published_date)
            if past is not None:  # "remained in the 2008 primary contest … until June": June of 2008
                month_time = f"{past:04d}-{month:02d}" if past else f"--{month:02d}"
        if re.match(r"\s+(?:of\s+)?that\s+(?:same\s+)?year\b", text[end:]):
            # "took office in January 2009 and peaked … in October of that year": the year of the last date before
            earlier_years = sorted((item.end, item.time[:4]) for item in found if item.is_date and item.end <= start
                                   and item.time and re.match(r"\d{4}(?:-|/|$)", item.time))
            if earlier_years:
                month_time, month_qualifier = f"{earlier_years[-1][1]}-{month:02d}", None
        if (forward and lead_word == "by") or (by_part and re.fullmatch(r"\d{4}-\d\d", month_time) and (
            published_date is not None and month_time >= f"{published_date.year:04d}-{published_date.month:02d}"
        )):  # "send 20 million doses abroad by the end of June", written in May; not a past plan's November
            month_qualifier = "target"
        found.append(_Found(start, end, None, "date", qualifier=month_qualifier, time=month_time, is_date=True))
        taken.append((start, end))
    for match in _BARE_SEASON.finditer(text):
        start, end = match.start("season"), match.end("season")
        if not free(start, end) or (match.group("season") == "fall" and _HURT_BEFORE.search(text[: match.start()])):
            continue
        season = match.group("season").replace("autumn", "fall")
        if published_date is None:
            season_time, season_qualifier = match.group(0), "relative"
        else:
            # "by the spring", "until the fall" look ahead; otherwise the verb's tense (without the parse: a future
            # word before the season, else a past verb in its clause) decides.
            # (a few words before it, or after it in its clause: "to take on Trump in the fall" is no past).
            near = re.split(r"[.;!?,]", text[max(0, start - 40) : start])[-1] + re.split(r"[.;!?]", text[start:])[0]
            # A present clause of its own is generic ("snow melts in the spring"), no date, unless a condition or time
            # clause or a future word sets it ahead ("if Republicans … lose in the fall").
            ahead = _speaks_of_future(text, start) or re.search(
                r"\b(?:if|until|unless|when|once|before|after|till|could|might|should|must|can|to\s+[a-z]+)\s",
                re.split(r"[.;!?]", text[:start])[-1], re.IGNORECASE)
            if re.match(r"(?i:by|until|till)\b", match.group(0)):
                season_tense: str | None = "future"
            elif re.match(r"(?i:since)\b", match.group(0)):
                season_tense, ahead = "past", None  # "since the spring": the latest one begun
            elif parse is not None:
                season_tense = parse.tense(start, end)
            elif ahead:
                season_tense = "future"
            else:
                season_tense = "past" if _PAST_WORD.search(near) else "present"
            if season_tense == "present" and not ahead:
                taken.append((start, end))
                continue
            season_time, season_qualifier = _bare_season(season, published_date, season_tense), None
            if match.group(0).lower().startswith("by") and _lies_ahead(season_time, published_date, text, start):
                season_qualifier = "target"
        found.append(_Found(start, end, None, "date", qualifier=season_qualifier, time=season_time, is_date=True))
        taken.append((start, end))
    for match in _RELATIVE.finditer(text):
        if not free(match.start(), match.end()):
            continue
        if match.group("rel").lower() in _WEEKDAYS and _named_day(text, match.start()):
            continue  # "Black Friday", "Super Tuesday", "Cyber Monday": a name, not a day of this week
        expression = match.group("rel")
        year_end = bool(re.fullmatch(r"year['’]s\s+end|year-end", expression, re.IGNORECASE))
        if year_end:
            if re.search(r"\b(?:the|this|that|last|next|each|every|[a-z]+['’]s)\s+$", text[: match.start()],
                         re.IGNORECASE) or re.search(r"\d\s+$", text[: match.start()]):
                continue  # "last year's end", "the year-end": not the year of writing
            expression = "this year"  # "by year's end", "at year-end": the end of the year of writing
        if expression.lower() in ("yesterday", "tomorrow") and re.search(
            r"\b[a-z]{3,}\s+of\s+$", text[max(0, match.start() - 30) : match.start()]
        ):
            continue  # "a “candidate of yesterday”", "the jobs of tomorrow": a time figured, no day
        if expression.lower() == "tomorrow" and re.search(r"\bno\s+$", text[: match.start()], re.IGNORECASE):
            continue  # "racking up debt like there's no tomorrow": an idiom, no day
        if expression.lower() == "today" and re.match(r"['’]s\s*(?:[,.;:!?)\"”]|$)", text[match.end() :]):
            continue  # "far different from today's.": the present, standing for a noun, not a day
        if expression.isupper() and len(expression) > 3 and match.start() > 0:
            continue  # "TODAY show co-anchor Craig Melvin": a day word in capitals inside a sentence is a name
        if expression[:1].isupper() and match.start() > 0 and re.search(r"[“\"‘']$", text[: match.start()]) and (
            re.match(r"[”\"’'](?!s\b)", text[match.end() :])  # “Today’s updated guidance” is the day's
        ):
            continue  # NBC's “Today”: a capitalised day word alone in quotes inside a sentence is a title
        if re.fullmatch(r"(?:last|past|next)\s+(?:year|decade)", expression, re.IGNORECASE) and re.search(
            r"\bthe\s+$", text[: match.start()], re.IGNORECASE
        ) and not re.search(  # but "early in the next decade", "by the end of the next decade" name a time in it
            r"\b(?:(?:early|late|earlier|later|midway)\s+in|(?:start|end|middle|beginning)\s+of)\s+the\s+$",
            text[: match.start()], re.IGNORECASE,
        ):
            continue  # "over the last year/decade", "throughout the next decade": a span from now (or, in a story,
            # "the next year" from a point of its own), not a calendar year or decade
        if expression[:1].isupper() and expression.lower().split()[-1] not in _WEEKDAYS and re.search(
            r"[A-Z][\w.]*\s+$", text[: match.start()]
        ):
            continue  # "USA Today", "Good Morning America": a capitalised day word after a capitalised word is a name
        if expression.lower() in _WEEKDAYS and re.match(
            r"\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z][a-z]", text[match.end() :]
        ):
            continue  # "Saturday Night Live", "Monday Night Football": a day and a capitalised part of it open a title
        start = match.start("rel")
        if expression.lower().startswith("on "):
            start += 3
            expression = expression[3:]
        # "on a Saturday" (not "Chick-fil-A Wednesday")
        any_such_day = re.search(r"(?:^|(?<=[\s(“\"‘]))[Aa]n?\s+$", text[max(0, start - 4) : start])
        day_part = re.match(r"\s+(?:night|morning|afternoon|evening)\b", text[match.end() :])
        if expression.lower() in _WEEKDAYS and any_such_day and not re.match(
            r"\s+(?!(?:in|at|on|of|and|or|when|with|for|to|as|after|before|during|while|that|which|who|is|was|are|were"
            r"|will|would)\b)[A-Za-z]",
            text[match.end() + (day_part.end() if day_part else 0) :],
        ):
            continue  # "at 5 o'clock on a Saturday", "on a Saturday afternoon when I met him": any such day, no date
            # (but "a Monday deadline", "in a Thursday morning tweet" name one)
        if re.fullmatch(r"(?:next|coming|past|last)\s+\w+", expression, re.IGNORECASE) and re.match(
            r"\s+or\s+two\b", text[match.end() :]
        ):
            continue  # "in the coming year or two": a span of one to two years, read below
        if _weekend_just_past(expression, published_date, text, start, parse):
            expression = "last weekend"  # "ended this weekend", written on a Monday: the weekend just past
        elif _week_ahead_on_sunday(expression, published_date, text, start, parse):
            expression = "next week"  # "plan to start passing … bills this week", written on a Sunday: the coming week
        resolved = _resolve_relative(
            expression, published_date,
            _weekday_looks_ahead(text, start) or _ends_ongoing_state(text, start, weekday=True)
            or _future_after_weekday(text, start, match.end(), parse),
        )
        if published_date is not None and (_names_event_by_weekday(text, start, match.end()) or re.match(
            r"(?:\s+(?:morning|afternoon|evening|night))?\s+local\s+time\b", text[match.end() :]
        )):  # "attacked Gaza early Friday morning local time", written on a Thursday: a day told in another time zone
            resolved = _nearest_weekday(expression, published_date)  # as "canceled the Friday affair", on a Thursday
        relative_qualifier = None if resolved else "relative"
        if resolved and re.search(r"\bby\s+$", text[max(0, start - 4) : start], re.IGNORECASE) and _lies_ahead(
            resolved, published_date, text, start
        ):
            relative_qualifier = "target"  # "back to a degree of normality by next spring", as "by 2035"
        by_end = re.search(r"\bby\s+the\s+(?:end|middle)\s+of\s+$", text[max(0, start - 24) : start], re.IGNORECASE)
        if year_end and not by_end:  # "by year's end": the end of the year, as "by the end of this year"
            by_end = re.search(r"\bby\s+$", text[max(0, start - 4) : start], re.IGNORECASE)
        if resolved and by_end and published_date is not None and re.fullmatch(r"\d{4}(?:-\d\d)?", resolved) and (
            resolved >= published_date.isoformat()[: len(resolved)]
        ):
            relative_qualifier = "target"  # "by the end of this month": its end lies ahead, as "by the end of June"
        found.append(
            _Found(start, match.end(), None, "date", qualifier=relative_qualifier,
                   time=resolved or expression, is_date=True)
        )
        taken.append((start, match.end()))

    # "In 2017 the administration recognized …, and moved the embassy the following year": the year after the last
    # year written before it (not a span: "over the following year")
    for match in _FOLLOWING_YEAR.finditer(text):
        years = [item.time for item in found if item.is_date and item.end <= match.start() and item.time
                 and re.fullmatch(r"\d{4}", item.time)]
        if years and free(match.start(), match.end()) and not re.search(
            r"\b(?:over|for|within|throughout)\s+$", text[max(0, match.start() - 11) : match.start()], re.IGNORECASE
        ):
            found.append(_Found(match.start(), match.end(), None, "date", time=f"{int(years[-1]) + 1:04d}",
                                is_date=True))
            taken.append((match.start(), match.end()))

    # 3. Fractions of a whole, as percents.
    for match in _FRACTION.finditer(text):
        start, end = match.start(), match.end()
        count_word = (match.group("count") or "").lower()
        if not free(start, end) or (not count_word and match.group("part").lower() not in ("half", "halves")):
            continue  # "third of" alone is mostly an ordinal ("the third of five children")
        numerator = 1 if count_word in ("", "a") else _UNITS_WORDS[count_word]
        share = round(100 * numerator / _DENOMINATORS[match.group("part").lower()], 2)
        of_scale = re.match(r"\s+of\s+an?\s+(hundred|thousand|million|billion|trillion)\b", text[end:], re.IGNORECASE)
        if of_scale:  # "a quarter of a million dollars": a number, not a share
            sum_end = end + of_scale.end()
            sum_unit, sum_end = _following_words(text, sum_end)
            sum_end = sum_end if sum_unit else end + of_scale.end()
            if sum_unit and sum_unit.split()[-1].lower() in _CURRENCY_WORDS:
                sum_unit = _CURRENCY_WORDS[sum_unit.split()[-1].lower()]
            sum_value = share / 100 * _SCALES[of_scale.group(1).lower()]
            sum_qualifier, _ = _qualifier_before(text, start)
            found.append(_Found(start, sum_end, sum_value, sum_unit, None, sum_qualifier or "exact"))
            taken.append((start, sum_end))
            continue
        share_of, share_end = _measure_after(text, end)
        share_qualifier, _ = _qualifier_before(text, start)
        share_end = share_end if share_of else end
        found.append(_Found(start, share_end, share, "percent", share_of, share_qualifier or "exact"))
        taken.append((start, share_end))

    # "cutting immigration in half or by a third": a change by a fraction, as a percent.
    for match in _CHANGE_FRACTION.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end) or not _CHANGE_VERB.search(text[max(0, start - 60) : start]):
            continue
        part = (match.group("half") or match.group("part")).lower()
        found.append(_Found(start, end, round(100 / _DENOMINATORS[part], 2), "percent", None, "exact"))
        taken.append((start, end))

    # "about half of revenues, up from a quarter 25 years ago": the earlier level of a share, a share too.
    for match in _FROM_FRACTION.finditer(text):
        if free(match.start("share"), match.end()):
            share = round(100 / _DENOMINATORS[match.group("part").lower()], 2)
            found.append(_Found(match.start("share"), match.end(), share, "percent", None, "exact"))
            taken.append((match.start("share"), match.end()))

    # "appears to halve the risk": the verb of a change by half, as "cut in half".
    for match in _HALVE.finditer(text):
        if free(match.start(), match.end()):
            # "more than halved": the change keeps the qualifier before it, as a figure does
            halve_qualifier = _qualifier_before(text, match.start())[0] or "exact"
            found.append(_Found(match.start(), match.end(), 50.0, "percent", None, halve_qualifier))
            taken.append((match.start(), match.end()))

    for match in _HYPHEN_FRACTION.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        share = round(100 * _UNITS_WORDS[match.group("count").lower()]
                      / _DENOMINATORS[match.group("part").lower()], 2)
        found.append(_Found(start, end, share, "percent", None, _qualifier_before(text, start)[0] or "exact"))
        taken.append((start, end))

    # "a full half-hour segment", "half an hour": half of a span of time.
    for match in _HALF_SPAN.finditer(text):
        if _NUMBER_AND_A.search(text[: match.start()]):
            continue  # "three and a half years": a number and a half, read with its number ("and a half-century
            # later" after a comma is half a century)
        if free(match.start(), match.end()):
            found.append(_Found(match.start(), match.end(), 0.5, _TIME_UNITS[match.group("unit").lower()], None,
                                _qualifier_before(text, match.start())[0] or "exact"))
            taken.append((match.start(), match.end()))

    # "half a billion doses", "a half-million dollars": a number, not a share.
    for match in _HALF_SCALE.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        half_unit, half_end = _following_words(text, end)
        if half_unit and half_unit.split()[-1].lower() in _CURRENCY_WORDS:
            half_unit = _CURRENCY_WORDS[half_unit.split()[-1].lower()]
        part = 0.25 if match.group("part").lower() == "quarter" else 0.5
        found.append(_Found(start, half_end if half_unit else end, part * _SCALES[match.group("scale").lower()],
                            half_unit, None, _qualifier_before(text, start)[0] or "exact"))
        taken.append((start, half_end if half_unit else end))

    # "a trillion-dollar plan": a scale word before "-dollar" is that sum ("multibillion-dollar" is none).
    for match in _SCALE_DOLLAR.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        found.append(_Found(start, end, _SCALES[match.group("scale").lower()], "USD", None,
                            _qualifier_before(text, start)[0] or "exact"))
        taken.append((start, end))

    # "a stumble or two", "a day or two": one or two of the noun, a range.
    for match in _A_NOUN_OR_TWO.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        noun = match.group("noun").lower()
        one_or_two_unit = _TIME_UNITS.get(noun, noun)
        adjective = (match.group("adjective") or "").lower()
        if adjective and adjective not in _LEADING_MODIFIERS and not adjective.endswith("ly"):
            one_or_two_unit = f"{adjective} {noun}"  # "a windy quote or two" keeps its adjective, as counted nouns do
        found.append(_Found(start, end, 1.0, one_or_two_unit, None, "range", upper=2.0))
        taken.append((start, end))

    # 4. Multipliers: "twice as likely", "more than twice a week".
    for match in _MULTIPLIER.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        times_qualifier, _ = _qualifier_before(text, start)
        times_unit = "times"
        rate = re.match(r"\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b", text[end:],
                        re.IGNORECASE)
        adjective = re.match(r"-(" + "|".join(_RATE_ADVERBS) + r")\b", text[end:], re.IGNORECASE)
        if rate:
            times_unit = f"times per {rate.group(1).lower()}"
            end += rate.end()
        elif adjective:  # "twice-weekly COVID-19 tests"
            times_unit = f"times per {_RATE_ADVERBS[adjective.group(1).lower()]}"
            end += adjective.end()
        once_or = re.search(r"\bonce\s+or\s+$", text[max(0, start - 12) : start], re.IGNORECASE)
        if once_or and match.group(0).lower() == "twice" and free(start - len(once_or.group(0)), start):
            # "once or twice", "once or twice a week": one to two times
            start -= len(once_or.group(0))
            found.append(_Found(start, end, 1.0, times_unit, None, "range", upper=2.0))
            taken.append((start, end))
            continue
        found.append(_Found(start, end, _MULTIPLIERS[match.group(0).lower()], times_unit, None,
                            times_qualifier or "exact"))
        taken.append((start, end))

    # Even odds ("a 50-50 chance", "fifty-fifty odds"): one figure, 50 percent, not a tally of two numbers.
    for match in _EVEN_ODDS.finditer(text):
        if free(match.start(), match.end()):
            found.append(_Found(match.start(), match.end(), 50.0, "percent", None, "exact"))
            taken.append((match.start(), match.end()))

    # 5. Ratios ("one in four", "1 in 5"), as percents.
    for match in _RATIO.finditer(text):
        start, end = match.start(), match.end()
        ratio_top, ratio_bottom = _number_value(match.group("top")), _number_value(match.group("bottom"))
        if not free(start, end) or not ratio_top or not ratio_bottom or ratio_top >= ratio_bottom:
            continue
        if ratio_top == 1 and re.fullmatch(r"\w+\s+of\s+\w+", match.group(0)):
            continue  # "one of three $50,000 prizes", "one of two finalists": one of a group ("one in three" is a
            # share)
        if ratio_top > 1 and ratio_bottom >= 100 and ratio_bottom % 10 and ratio_bottom % 25:
            continue  # "68 out of 105 seats": a share's base is small or round ("six in 10", "20 out of 27 races");
            # a large, uneven one is the count of a whole, two numbers as "11 students out of 1,500"
        ratio_qualifier, _ = _qualifier_before(text, start)
        ratio_of, ratio_end = _following_words(text, end)  # "1 in 5 Americans": a percent of Americans
        end = ratio_end if ratio_of else end
        found.append(_Found(start, end, round(100 * ratio_top / ratio_bottom, 2), "percent", ratio_of,
                            ratio_qualifier or "exact"))
        taken.append((start, end))

    # "the one-two punch", "a one-two-three punch": a run of blows, no figure.
    taken.extend(match.span() for match in re.finditer(r"\bone-two(?:-three)?\b", text, re.IGNORECASE))

    # 6. Numbers.
    for match in _NUMBER.finditer(text):
        start, end = match.start(), match.end()
        raw = match.group("num")
        if not raw or not free(start, end):
            continue
        sign, scale, pct = match.group("sign"), match.group("scale"), match.group("pct")
        num_start = match.start("num")
        if not sign and _is_reference_number(text, num_start, match.end("num"), raw):
            continue
        if scale and scale.lower() in ("m", "b", "k") and not sign and not re.match(r"\s", text[end : end + 1] or " "):
            continue
        if pct and raw in ("1", "99", "0.1", "0.01") and _THE_ONE_PERCENT.search(text[max(0, start - 9) : start]) and (
            _NAMED_GROUP_END.match(text[end:])
        ):
            continue  # "on college, Wall Street, the 1%, civil rights": the richest, a group named by its share
        if scale and scale.lower() in ("m", "b", "k") and not sign and text[match.end("num") : match.start("scale")]:
            scale = None  # "5 m" is metres or a stray letter, not millions
            end = match.end("num")
        # "Zero Hedge", "Three Mile Island": a capitalised number word before a capitalised word is a name.
        if raw[:1].isupper() and re.match(r"\s+[A-Z][a-z]", text[end:]) and not re.match(
            r"\s+(?:" + _MONTH_NAMES + r")\b", text[end:]
        ) and (raw.lower() == "zero" or start > 0):
            continue
        # "Four: judges were …", "Three, there is no …": a number word opening a sentence before a stop counts points
        # ("Four hundred billion, approximately, is …" is a figure).
        if not raw[:1].isdigit() and " " not in raw.strip() and not (sign or scale or pct) and re.match(
            r"[,:.]", text[end : end + 1]) and (
            re.search(r"(?:^|[.!?]\s+)$", text[:start])
        ):
            continue
        # "Gang of Eight", "the Big Three": a capitalised number word inside a sentence names a group (a sentence the
        # source glued to the one before opens one too: "near Camden Yards.Two dozen people have been arrested").
        if raw[:1].isupper() and not raw[:1].isdigit() and raw.lower() not in ("a", "an") and not re.search(
            r"(?:^|[.!?:;]\s+|[a-z]{2}[.!?]|[\"“‘(—–-]\s*)$", text[:start]
        ):
            continue
        if re.match(r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", text[match.end("num") :],
                    re.IGNORECASE) and raw.lower() in _TENS_WORDS:
            taken.append((start, match.end("num")))
            continue  # "for the thirty-first time": an ordinal, no quantity
        if re.search(r"\bnumber-$", text[:start], re.IGNORECASE):
            continue  # "the number-one issue": a rank
        if raw[:1].isdigit() and re.search(r"\b(?:north|south|east|west)bound\s+$", text[max(0, start - 12) : start],
                                           re.IGNORECASE) and re.match(r"\s+(?:line|train|bus)\b", text[end:]):
            taken.append((start, end))
            continue  # "a southbound 1 line subway train": a route's name
        # "no one", "the one", "one of", "one another": "one" counts only before a noun it quantifies.
        if raw.lower() == "one" and not (scale or pct) and _about_a_topic(text, start, end):
            continue  # "was asked about one projection": "one" as "a certain", the "about" a preposition
        if raw.lower() == "one" and not (scale or pct) and not _one_in_a_list(text, start, end) and (
            _idiomatic_one(text, start, end, parse is not None and parse.counts_a_noun(start, end))
            or (parse is not None and parse.is_pronoun(start, end)
                                                 and not re.match(r"\s+(?:or|to)\s", text[end:])
                and not _limited_one_after_figure(text, start, end))
        ):
            continue
        if raw.lower() == "one" and not (scale or pct) and not _one_in_a_list(text, start, end) and (
            not _one_is_contrasted(text, start, end)
        ):
            continue  # "one big win", "one glaring problem": "one" as "a certain", not a count
        if not raw[:1].isdigit() and not pct and _IDIOM_SUFFIXES.match(text[end:]):
            continue
        if raw.lower() == "dozen" and re.search(r"\b(?:few|several|many)\s+$", text[max(0, start - 9) : start],
                                                re.IGNORECASE):
            taken.append((start, end))
            continue  # "A few dozen members", "several dozen": vague, no figure (as "several hundred")
        if not (sign or scale or pct) and re.match(r"-somethings?\b", text[end:], re.IGNORECASE):
            taken.append((start, end + len("-something")))
            continue  # "20-somethings", "the 30-something leader": an age group, no figure
        if not (sign or scale or pct) and re.match(r"-figures?\b", text[end:], re.IGNORECASE):
            taken.append((start, end + len("-figure")))
            continue  # "six-figure donations": a sum's number of digits, vague, no figure (as "several hundred")
        if raw.lower() in ("a", "an") and not scale:
            dozen = re.match(r"\s+dozen\b", text[end:], re.IGNORECASE)
            if dozen:
                end += dozen.end()
                raw = "twelve"
            elif not _qualifier_before(text, start)[0] and not _RELATIVE_SPAN.match(text[end:]) and not re.match(
                r"\s+(?:" + "|".join(_TIME_UNITS) + r")\s+or\s+(?:two|three|four|2|3|4)\b", text[end:], re.IGNORECASE
            ) and not _approximate_span(text, end):
                continue  # "a year" is one year only after a qualifier ("more than a year", "a week or so") or as a
                # span back
        value = _number_value(raw)
        if value is None:
            continue
        half_dozen = re.search(r"\b(?:an?\s+)?half[-\s](?:a\s+)?$", text[max(0, start - 10) : start], re.IGNORECASE)
        if half_dozen and (raw.lower() == "dozen" or text[match.end("num") : end].strip().lower() == "dozen"):
            value = 6.0  # "a half-dozen fighters", "half a dozen": six
            start -= len(half_dozen.group(0))
        if match.group("half"):
            value += 0.5
        if scale:
            value *= _SCALES[scale.lower()]
        # "voted 396-9", "a 6-3 majority": a tally's second number belongs with its first, and counts no noun.
        # "by a margin of 304 to 227 Electoral College votes", "a vote of 228 to 191": a tally spelt with "to".
        tally_first = [item for item in found if not item.is_date and (
            (item.end == start - 1 and text[start - 1] == "-") or (
                text[item.end : start] == " to " and _TALLY_CONTEXT.search(text[max(0, item.start - 20) : item.start])
            )
        )]
        # An even split ("a 50-50 Senate") is a tally as well; only even odds ("a 50-50 chance") are read above. A
        # hyphenated pair before a vote is a tally whichever side is larger ("failed on a 49-51 vote").
        if tally_first and raw[:1].isdigit() and not (sign or pct or scale) and (
            (tally_first[0].value or 0) >= value
            or (tally_first[0].end == start - 1 and _TALLY_NOUN.match(text[match.end("num") :]))
        ):
            found.append(_Found(start, match.end("num"), value, None, qualifier="exact", tally_of=tally_first[0].start))
            taken.append((start, match.end("num")))
            continue
        unit: str | None = None
        measure: str | None = None
        upper: float | None = None
        qualifier: str | None = None
        plus = re.match(r"\+(?=\s|$)|-plus\b", text[end:]) if raw[:1].isdigit() else None
        if plus:
            end += plus.end()  # "10+ emails", "$350-plus hourly rates": that many or more
            qualifier = "at least"

        # Ranges: "35 to 50", "between 2 and 3 percent", "35-50".
        range_match = re.match(
            r"\s*(?:-to-|-|–|to|and|or)\s*(?P<sign>" + _SIGN + r")?(?P<num>" + _DIGITS + r"|" + _WORD_NUMBER + r")\b"
            r"(?P<half>(?<=\d)\s+1/2(?![\d/]))?(?:\s?(?P<scale>" + _SCALE + r"))?"
            r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b))?",
            text[end:],
            re.IGNORECASE,
        )
        is_between = re.search(r"\b(?:between|from)\s+(?:the\s+ages?\s+of\s+)?" + _SIGN + r"?\s?$",
                               text[max(0, start - 26) : start], re.IGNORECASE)
        # "claims fell 34,000 to 444,000" is a change and a new level, not a range.
        is_change = re.search(
            r"\b(?:fell|rose|dropped|increased|decreased|climbed|grew|jumped|declined|slipped|slid|surged|soared|"
            r"plunged|fall|rise|drop|increase|decrease|climb|grow|jump|decline|cut|raised|lowered|up|down)\s+"
            # "rose by about 1 million to 9.3 million": a qualifier of the change may stand after "by"
            r"(?:by\s+(?:(?:about|roughly|nearly|almost|around|some|approximately|more\s+than|less\s+than|over"
            r"|just\s+over|just\s+under)\s+)?)?" + _SIGN + r"?\s?$",
            text[max(0, start - 36) : start],
            re.IGNORECASE,
        )
        # "... rose 10 to 30 degrees": a counted unit after the second number makes it a range after all.
        if is_change and range_match and (
            _following_words(text, end + range_match.end())[0] is not None
            or re.match(r"\s*(?:%|percent\b)", text[end + range_match.end() :])
        ):
            is_change = None
        if range_match and re.match(r"\s*to\b", range_match.group(0)) and _CHANGE_FROM.search(
            text[max(0, start - 40) : start]
        ):
            is_change = _CHANGE_FROM.search(text[max(0, start - 40) : start])  # "a hike — from $7.25 to $10.10"
        # "a 49-51 vote", "a 5-4 ruling": two sides of a tally, read below as the second number comes
        is_tally = raw[:1].isdigit() and not (sign or pct or scale) and re.match(
            r"-\d{1,3}(?=" + _TALLY_NOUN.pattern + ")", text[match.end("num") :]
        )
        if range_match and not is_change and not is_tally and (
            is_between or not range_match.group(0).strip().startswith("and")
        ):
            upper_value = _number_value(range_match.group("num"))
            if upper_value is not None and range_match.group("half"):
                upper_value += 0.5  # "between 15 and 19 1/2 years"
            upper_scale = range_match.group("scale")
            if upper_value is not None and not (
                re.match(r"\s*(?:-|–)", range_match.group(0)) and not raw[:1].isdigit()
            ):
                lower_value = value
                if upper_scale:
                    upper_value *= _SCALES[upper_scale.lower()]
                    if not scale:
                        lower_value = value * _SCALES[upper_scale.lower()]  # "2 to 3 million": both in millions
                elif scale:
                    upper_value *= _SCALES[scale.lower()]
                # "rose 5.2% to $56,500", "grew by 27.1% to 3.7 million people": a change and a level
                # "cut by one full percentage point to 6%": a change in points and a level in percent
                mixed_units = bool(pct and (range_match.group("sign") or upper_scale)) or bool(
                    sign and range_match.group("pct")) or bool(pct and "percentage" in pct.lower())
                if upper_value > lower_value and not mixed_units:
                    value = lower_value
                    upper = upper_value
                    qualifier = "range"
                    sign = sign or range_match.group("sign")
                    pct = pct or range_match.group("pct")
                    end += range_match.end()
                elif upper_value < lower_value and range_match.group("pct") and not (sign or pct or scale) and (
                    re.match(r"\s*(?:to|-|–)\s*\d", range_match.group(0))
                ):
                    pct = range_match.group("pct")  # "beat Trump 46 to 40 percent": a pair of shares, as "42%-32.7%"

        if sign:
            unit = _CURRENCY_SIGNS.get(sign, sign)
        elif pct:
            unit = "percentage points" if "percentage" in pct.lower() else "percent"
        currency_word = re.match(r"\s+(?:(US|U\.S\.|American|Canadian|Australian)\s+)?(\w+)\b", text[end:])
        if unit is None and currency_word and currency_word.group(2).lower() == "pounds" and not scale and not (
            _STERLING_CONTEXT.search(text)
        ):  # "weighs 236 pounds", "about 40 pounds overweight": a weight where nothing speaks of sterling
            unit = "pounds"
            end += currency_word.end()
        if unit is None and currency_word and currency_word.group(2).lower() in _CURRENCY_WORDS:
            unit = _CURRENCY_WORDS[currency_word.group(2).lower()]
            if unit == "USD" and currency_word.group(1) in ("Canadian", "Australian"):
                unit = "CAD" if currency_word.group(1) == "Canadian" else "AUD"  # "48 million Canadian dollars"
            end += currency_word.end()
        degrees = re.match(r"\s?°?(?P<scale>[CF])\b|\s+(?:degrees\s+)?(?P<word>Celsius|Fahrenheit|centigrade)\b",
                           text[end:])  # "100.4 degrees Fahrenheit", "99 Fahrenheit (37 Celsius)"
        if degrees and degrees.group("word"):  # "100.4 degrees Fahrenheit"
            unit = "degrees Fahrenheit" if degrees.group("word") == "Fahrenheit" else "degrees Celsius"
            end += degrees.end()
        elif unit is None and degrees and (degrees.group(0).startswith("°") or not degrees.group(0).startswith(" ")):
            unit = "degrees Celsius" if degrees.group("scale") == "C" else "degrees Fahrenheit"
            end += degrees.end()
        if unit is None and re.search(r"\bmagnitude[\s-]+$", text[max(0, start - 12) : start], re.IGNORECASE):
            unit = "magnitude"  # "a magnitude 6.3 earthquake": the unit comes first
        age_before = re.search(
            r"\b(?:(under|over|above|below|until|till|up\s+to)\s+)?(?:the\s+)?(?:ages?|aged)\s+(?:of\s+)?(?:between\s+)?$",
            text[max(0, start - 25) : start], re.IGNORECASE,
        )
        if unit is None and age_before and raw[:1].isdigit():  # "women under age 30", "since the age of 25"
            measure = "age"
            qualifier = {"under": "under", "below": "under", "over": "over", "above": "over", "until": "up to",
                         "till": "up to", "up to": "up to"}.get(  # "on their parents' plans until age 26"
                re.sub(r"\s+", " ", (age_before.group(1) or "").lower()), qualifier
            )
            age_suffix = _SUFFIX_QUALIFIER.match(text[end:])
            if qualifier is None and age_suffix:  # "those age 65 and older": at least 65, as "65 and older" is
                qualifier = "at least" if age_suffix.group("least") else "at most"
                end += age_suffix.end()
            found.append(_Found(start, end, value, None, measure, qualifier or "exact", None, upper))
            taken.append((start, end))
            continue
        age = re.match(r"-(?:to-)?year-olds?\b", text[end:])  # "a 21-year-old", "17-year-olds", "18- to 29-year-olds"
        if unit is None and age:
            unit, measure = "year", "age"
            end += age.end()
        glued_rate = re.match(r"-(?:a|an|per)-(second|minute|hour|day|week|month|year)\b", text[end:])
        if unit is not None and unit.isupper() and glued_rate:  # "a $100,000-a-year retainer"
            unit = f"{unit} per {glued_rate.group(1)}"
            end += glued_rate.end()
        glued_unit = _GLUED_UNIT.match(text[end:]) if unit is None and raw[-1:].isdigit() else None
        if glued_unit:  # "175km", "a 40kg bag"
            unit = glued_unit.group("unit")
            end += glued_unit.end()
        even_split = re.match(r"-([a-z]+)\b(?!-)", text[end:]) if unit is None and not raw[:1].isdigit() else None
        if even_split and even_split.group(1) == raw.lower() and raw.lower() in _UNITS_WORDS:
            # "the three-three balance": an even split written in words is a tally, as "a 50-50 Senate"
            found.append(_Found(start, end, value, None, qualifier="exact"))
            found.append(_Found(end + 1, end + even_split.end(), value, None, qualifier="exact", tally_of=start))
            taken.append((start, end + even_split.end()))
            continue
        # "a 10,900-square-foot mansion": a square measure is one unit with its length
        glued_noun = re.match(r"-(square-(?:foot|feet|mile|meter|metre|kilometer|kilometre|yard|inch)|[a-z]{3,})\b",
                              text[end:])
        if unit is None and glued_noun and glued_noun.group(1) not in {*_TIME_UNITS, "strong"}:
            unit = glued_noun.group(1)  # "a six-episode series", "a three-judge panel", "the 60-vote hurdle"
            unit = unit.replace("-", " ")  # "square foot", as "1,200 square miles" reads "square miles"
            unit = _STRUCTURE_PARTS.get(unit, unit)  # "the two-tiered system": two tiers
            end += glued_noun.end()
        open_compound = re.match(r"\s+(point)(?=\s+[a-z]{3,}\b)(?!\s+(?:" + _STOP_WORDS_PATTERN + r")\b)",
                                 text[end:]) if unit is None and raw[:1].isdigit() else None
        if open_compound:  # "a +12 point jump", written as "a 12-point jump": the points are the figure's unit
            unit = open_compound.group(1)
            end += open_compound.end()
        if unit is None:
            # "in 2017, one single year": an intensifier between the number and its span; "more" before a plural
            # span ("four more years": four years)
            time_unit = re.match(r"[\s-]+(?:(?:single|whole|full|entire)\s+|more\s+(?=[a-z]+s\b))?("
                                 + "|".join(sorted(_TIME_UNITS, key=len, reverse=True)) + r")\b",
                                 text[end:], re.IGNORECASE)
            if time_unit and time_unit.group(1)[:1].isupper() and start > 0:
                continue  # "60 Minutes", "24 Hours of Le Mans": a title
            if time_unit and time_unit.group(1).lower() == "second" and re.match(
                r"-[a-z]", text[end + time_unit.end() :]
            ):
                time_unit = None  # "his 79 second-term fundraisers": the ordinal of a compound, no span of seconds
            if time_unit:
                unit = _TIME_UNITS[time_unit.group(1).lower()]
                end += time_unit.end()
                and_a_half = re.match(r"\s+and\s+a\s+half\b", text[end:]) if not match.group("half") else None
                if and_a_half:  # "a year and a half", "two hours and a half"
                    value += 0.5
                    end += and_a_half.end()
                years_old = re.match(r"\s+old\b", text[end:]) if unit == "year" else None
                if years_old:  # "people 65 years old and older", "those 18 to 35 years old": an age
                    measure = "age"
                    end += years_old.end()
                or_more = re.match(r"\s+or\s+(two|three|four|2|3|4)\b(?!\s+[a-z]+s\b)", text[end:], re.IGNORECASE)
                if or_more and (_number_value(or_more.group(1)) or 0) > value:  # "a month or two": a range
                    upper, qualifier = _number_value(or_more.group(1)), "range"
                    end += or_more.end()
        multiple = re.match(r"\s+times\b(?=\s+(?:as|more|less|fewer|higher|lower|greater|larger|bigger|smaller|the|that"
                            r"|what)\b)", text[end:], re.IGNORECASE) if unit is None else None
        if multiple:  # "29 times as much as", "five times the rate": a multiple, whatever the parse makes of it
            unit = "times"
            end += multiple.end()
        if unit is None:
            noun, noun_end = _counted_noun(text, num_start, end, parse)
            priced = re.match(_SIGN + r"\s?[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?\s+", noun or "")
            measured = _MEASURE_ADJECTIVE.match(noun or "") if raw.lower() == "one" else None
            measure_after_one = _MEASURE_ADJECTIVE.match(text[end:]) if raw.lower() == "one" else None
            if noun is None and measure_after_one:  # "one 30-second ad": the words read the noun after the measure
                noun = _following_words(text, end + measure_after_one.end() - 1)[0]
                measured = measure_after_one if noun is not None else None
                noun = None if noun is None else measure_after_one.group(0) + noun
            if noun is not None and priced:  # "three $50,000 prizes": 3 prizes, and a sum of its own
                unit = noun[priced.end() :]
            elif noun is not None and measured:  # "one two-year term": 1 term, and a span of its own
                unit = noun[measured.end() :]
            elif noun is not None and noun.lower() in _LEVEL_NOUNS:
                pass  # "cross the 100,000 threshold": the number is the level the noun names, it counts no thresholds
            elif noun is not None:
                unit, end = noun, noun_end
            elif raw.isdigit() and not (sign or pct or scale) and 0 < value < 120 and re.search(
                r"[A-Z][\w.'’-]*,\s$", text[:start]
            ) and re.match(r"\s*(?:[,)]|[.!?][\"”’]?\s*$)", text[end:]):
                # "Clinton, 35, the daughter of …", "… lawyer Mark Anderl, 63.": an age set off after a name
                measure = "age"
            elif raw.isdigit() and not (sign or pct or scale) and 0 < value < 120 and _PERSON_IS.search(
                text[max(0, start - 30) : start]
            ) and re.match(r"\s*(?:[,.;:)]|$|\s+(?:and|but|when|at|in)\b)", text[end:]):
                measure = "age"  # "when she was 16": a person's bare number is an age
        elif unit.isupper() and (wage := _WAGE_PERIOD.match(text[end:])):
            unit = f"{unit} per {wage.group('per').lower()}"  # "330 pesos for a day's work": a daily wage
            end += wage.end()
        elif unit in ("percent", "percentage points") or unit.isupper():
            noun_measure, measure_end = _measure(text, num_start, end, parse)
            if noun_measure is not None:
                measure, end = noun_measure, measure_end
            elif unit in ("percent", "percentage points"):
                noun, noun_end = _following_words(text, end)
                if noun is not None:
                    measure, end = noun, noun_end

        rate = _RATE.match(text[end:])
        stuff = re.match(r"\s+of\s+(?!(?:the|this|that|these|those|its|his|her|their|our|my|your|which|what)\b)"
                         r"[a-z]{3,}(?=\s)", text[end:]) if not rate and unit is not None and unit.isupper() else None
        if stuff and (stuff_rate := _RATE.match(text[end + stuff.end() :])):
            end += stuff.end()  # "100 MW of electricity a year": a rate after what is measured
            rate = stuff_rate
        priced_unit = _PRICE_PER_UNIT.match(text[end:]) if not rate and unit is not None and unit.isupper() else None
        running_on = re.match(r"\s+([a-z][\w'’-]*)", text[end + priced_unit.end() :]) if priced_unit else None
        if priced_unit and priced_unit.group("per").lower() not in _STOP_WORDS and (
            running_on is None or running_on.group(1) in _STOP_WORDS  # "per trained employee": the noun comes later
            # "$500 per child payments": a plural after the singular is the head "per child" modifies
            or re.fullmatch(r"[a-z]+[^s\W]s", running_on.group(1)) is not None
        ):
            unit = f"{unit} per {priced_unit.group('per').lower()}"  # "$165 per student": a price of one unit
            end += priced_unit.end()
            period = _RATE.match(text[end:])
            if period and period.group("per").lower() in _TIME_UNITS:  # "$2,260 per employee per year"
                unit = f"{unit} per {period.group('per').lower()}"
                end += period.end()
        opening_period = _OPENING_PERIOD.match(text[:start]) if not rate and not sign and not pct else None
        if opening_period and unit not in _TIME_UNITS.values():
            # "Every year there's one representative from Tucson": a count per the period opening the sentence
            measure, unit = unit, f"per {opening_period.group('per').lower()}"
        if rate and unit in _TIME_UNITS.values():
            unit = f"{unit} per {rate.group('per').lower()}"  # "40 hours per week"
            end += rate.end()
        elif rate and rate.group("per").lower() != unit:
            per = rate.group("per").lower()
            if unit and unit not in ("percent",) and not unit.isupper():
                measure = unit
            unit = f"{unit} per {per}" if unit and (unit.isupper() or unit == "percent") else f"per {per}"
            rate_end = end + rate.end()
            between = text[end : end + rate.start("rate")].strip()
            if measure and between:
                measure = f"{measure} {between}"
            end = rate_end
        each_period = _EACH_PERIOD.match(text[end:]) if unit is not None and (
            unit.isupper() or unit == "percent") and not rate else None
        if each_period:  # "$32 billion for each of the next two years": per year (the span is a figure of its own)
            unit = f"{unit} per {each_period.group('per').lower()}"
        rate_adjective = _RATE_ADJECTIVE.match(text[end:]) if unit is not None and unit.isupper() else None
        if not rate and rate_adjective:  # "$350-plus hourly rates", "$2,500-plus daily rates"
            unit = f"{unit} per {_RATE_ADVERBS[rate_adjective.group(1).lower()]}"
            end += rate_adjective.end()
        adverb = None if rate or rate_adjective else _RATE_ADVERB.match(text[end:])
        if adverb and unit not in _TIME_UNITS.values():
            per = _RATE_ADVERBS[adverb.group("adverb").lower()]
            if unit and (unit.isupper() or unit == "percent"):
                unit = f"{unit} per {per}"  # "$5 billion annually"
            else:
                measure, unit = unit, f"per {per}"  # "75 Americans died … annually": a count per year
        if qualifier is None:
            qualifier, qualifier_start = _qualifier_before(text, start)
            # "add $84 billion over 10 years": bare "over" before a duration means "during", not "more than".
            if (
                qualifier == "over"
                and unit in _TIME_UNITS.values()
                and re.fullmatch(r"over\s+", text[qualifier_start:start], re.IGNORECASE)
                and not re.match(r"\s+ago\b", text[end:])  # "over two years ago" is more than two years
                and not re.search(r"\b(?:for|in|of|after)\s+$", text[max(0, qualifier_start - 8) : qualifier_start])
            ):
                qualifier = None
            if (
                qualifier == "over"
                and unit is None
                and re.fullmatch(r"over\s+", text[qualifier_start:start], re.IGNORECASE)
                and re.match(r"\s*(?:[.;:!?]|$)", text[end:])
                and any(item.unit in _TIME_UNITS.values() and not item.is_date for item in found)
            ):  # "in place for 10 years with gradual lifting over five": the span's noun left out, as "over 10
                # years" above is a span, not more than five
                qualifier = None
            if (
                qualifier == "over"
                and unit is not None
                and re.fullmatch(r"Over\s+", text[qualifier_start:start])
                and not text[:qualifier_start].strip(" \"“‘'")
                and re.match(r"\s*,\s+(?:[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?!said|says|told|reported|according)[a-z]+"
                             r"|(?:he|she|they|we|i|it)\b)", text[end:])
            ):  # "Over six Netflix specials, Chappelle has lashed out …": an opening phrase of span before its clause's
                # subject, as "over five" ("Over 300 people, including children, attended" keeps its "over")
                qualifier = None
        approximate = _APPROXIMATE_AFTER.match(text[end:])
        if approximate:
            qualifier = qualifier or "about"  # "three questions, I think, or something like that": about that many
            if unit is None:  # "30 or so students": the counted noun after the words
                noun, noun_end = _counted_noun(text, num_start, end + approximate.end(), parse)
                if noun is not None:
                    unit, end = noun, noun_end
        suffix = _SUFFIX_QUALIFIER.match(text[end:])
        if qualifier is None and suffix:
            qualifier = "at least" if suffix.group("least") else "at most"
            end += suffix.end()
            if unit is None:
                noun, noun_end = _counted_noun(text, num_start, end, parse)
                if noun is not None:
                    unit, end = noun, noun_end
        target_cue = _TARGET_CUES.search(text[max(0, start - 50) : start])
        if qualifier is None and ((target_cue and not re.search(
            r"\b(?:and|or|but|in|since|over|from|with)\b|[,;]|\d", text[max(0, start - 50) + target_cue.end() : start]
        )) or _TARGET_OF_PHRASE.search(text[max(0, start - 72) : start]) or (
            unit is not None and (unit.isupper() or unit == "percent")
            and _TARGET_HEADING.search(text[max(0, start - 24) : start])
        )):
            # not "a sniper targeting and killing five", "raising the age to 69 over 16 years": another verb or figure;
            # "lowering our oil imports to the lowest levels in 16 years": a span, not the level reached
            qualifier = "target"
        if value is not None and re.search(r"(?<!\bor\s)\b(?:negative|minus)\s+$", text[max(0, start - 12) : start],
                                           re.IGNORECASE):
            # "an average effect of negative 1.9 percentage points", "minus 5 degrees" (not "plus or minus 3 points")
            value, upper = -value, None if upper is None else -upper
        found.append(_Found(start, end, value, unit, measure, qualifier or "exact", None, upper))
        taken.append((start, end))

    found.sort(key=lambda f: f.start)
    _join_weekday_intervals(found, text)
    _join_weekday_and_date(found, text)
    _join_dated_intervals(found, text)
    for rated, restated in itertools.pairwise(found):
        period = re.fullmatch(r"[A-Z]{3} per (?:hour|day|week|month|year)", rated.unit or "")
        if period and restated.unit and restated.unit.isupper() and re.fullmatch(
            r",?\s+or\s+(?:about\s+|roughly\s+)?", text[rated.end : restated.start]
        ):  # "330 pesos for a day's work, or $19": the sum restated in another currency keeps the period's rate
            restated.unit = f"{restated.unit} per {period.group(0).split(' per ')[-1]}"
    _share_list_units(found, text)
    for day, restated in itertools.pairwise(found):
        if day.is_date and restated.is_date and re.fullmatch(r"\d{4}-\d\d-\d\d", day.time or "") and re.fullmatch(
            r"this\s+(?:morning|afternoon|evening)|today|tonight", text[restated.start : restated.end], re.IGNORECASE
        ) and re.fullmatch(r",\s*", text[day.end : restated.start]) and re.match(r"\s*,", text[restated.end :]):
            # "lifted off … on August 30th, this afternoon, at 3:29 p.m.": a part of the day set off right after a
            # day restates it, the day of speaking, whatever the publication date
            restated.time, restated.qualifier = day.time, None
    if parse is None or not _attach_times_by_scope(found, text, parse):
        _attach_times(found, text, parse)
    for previous_item, item in itertools.pairwise(found):
        if _restates_date(previous_item, item, text):
            item.time = None  # "in 2017, one single year, over 70,000 died": a span restating its date, undated
    return tuple(
        Quantity(
            text=text[f.start : f.end],
            value=f.value,
            unit=f.unit,
            measure=f.measure,
            qualifier=f.qualifier,
            time=f.time,
            start=f.start + offset,
            end=f.end + offset,
            upper=f.upper,
        )
        for f in found
    )


def _join_weekday_and_date(found: list[_Found], text: str) -> None:
    """Read a weekday set before its date ("wait until Monday, March 4, to send out notices") as that one day: the
    weekday names the date after it, so the two are one date, not two."""
    index = 0
    while index + 1 < len(found):
        day, dated = found[index], found[index + 1]
        if day.is_date and dated.is_date and text[day.start : day.end].lower() in _WEEKDAYS and re.fullmatch(
            r",?\s+", text[day.end : dated.start]
        ) and re.fullmatch(r"\d{4}-\d\d-\d\d", dated.time or "") and _MONTH_NAME_START.match(
            text[dated.start : dated.end]
        ):
            dated.start = day.start
            del found[index]
            continue
        index += 1


def _join_dated_intervals(found: list[_Found], text: str) -> None:
    """Join "from January 2015 to May 2016" into one interval of months, as "from 2009 to 2013" is one of years and
    "from March to June" one of months: two months written with their years, the first the earlier."""
    index = 0
    while index + 1 < len(found):
        first, last = found[index], found[index + 1]
        between, before = text[first.end : last.start], text[max(0, first.start - 9) : first.start]
        joined = (re.fullmatch(r"\s+(?:to|through|thru|until|till)\s+", between)
                  and re.search(r"\bfrom\s+$", before, re.IGNORECASE)) or (
            re.fullmatch(r"\s+and\s+", between) and re.search(r"\bbetween\s+$", before, re.IGNORECASE)
        )
        if joined and first.is_date and last.is_date and first.qualifier is None and last.qualifier is None and all(
            re.fullmatch(r"\d{4}-\d\d", item.time or "") and re.search(r"\d{4}$", text[item.start : item.end])
            for item in (first, last)
        ) and (first.time or "") < (last.time or ""):
            first.time, first.end = f"{first.time}/{last.time}", last.end
            del found[index + 1]
        index += 1


def _join_weekday_intervals(found: list[_Found], text: str) -> None:
    """Join two resolved weekdays written as one stretch ("taken … on Wednesday through Sunday", "from Monday to
    Friday") into one interval, as "between March and June" is one: the days between belong to it too."""
    index = 0
    while index + 1 < len(found):
        first, last = found[index], found[index + 1]
        if first.is_date and last.is_date and first.qualifier is None and last.qualifier is None and all(
            text[item.start : item.end].lower() in _WEEKDAYS and re.fullmatch(r"\d{4}-\d\d-\d\d", item.time or "")
            for item in (first, last)
        ) and re.fullmatch(r"\s+(?:through|thru|to|until|till)\s+|\s*[-–]\s*", text[first.end : last.start]) and (
            (first.time or "") < (last.time or "")
        ):
            first.time, first.end = f"{first.time}/{last.time}", last.end
            del found[index + 1]
        index += 1


def _share_list_units(found: list[_Found], text: str) -> None:
    """Give a unit written once, on the last member of a list or pair, to the members before it that have none.

    "if you can clear 7, 8, 10 percent" is three percents (a list, not a range); "climb by $154 to $2,754 per month"
    is two sums per month (the change and the level share the rate). Only bare numbers right before the unit's bearer,
    joined by commas (and a last "and"/"or"), take a percent; only a sum right before a rate's sum, by "to", its rate.
    """
    for index in range(len(found) - 1, 0, -1):
        bearer = found[index]
        if bearer.unit == "percent" and not bearer.is_date and bearer.qualifier != "range":
            members: list[_Found] = []
            joints = ""
            for member in reversed(found[:index]):
                joint = text[member.end : (members[-1] if members else bearer).start]
                if member.unit is not None or member.is_date or member.tally_of is not None or not re.fullmatch(
                    r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", joint
                ) or not re.fullmatch(r"\d+(?:\.\d+)?", text[member.start : member.end]):
                    break
                members.append(member)
                joints += joint
            # a list of three or more ("7, 8, 10 percent"); "Of the 100, 45 percent" is no list
            if len(members) >= 2 and "," in joints and re.fullmatch(
                r"\d+(?:\.\d+)?\s*(?:%|percent)", text[bearer.start : bearer.end]
            ):
                for member in members:
                    member.unit = "percent"
        before = found[index - 1]
        if bearer.unit in _TIME_UNITS.values() and not bearer.is_date and bearer.qualifier != "range" and (
            before.unit is None and not before.is_date and before.tally_of is None
            and re.fullmatch(r"\s+(?:and|or)\s+", text[before.end : bearer.start])
            and re.fullmatch(r"\d+", text[before.start : before.end])
            and re.fullmatch(r"\d+\s+\w+", text[bearer.start : bearer.end])
        ):  # "incidents that happened 20 and 50 years ago": two spans, the unit written on the second
            before.unit = bearer.unit
        rate = re.fullmatch(r"(?P<base>USD|EUR|GBP|percent) per \w+", bearer.unit or "")
        if rate and before.unit == rate.group("base") and re.fullmatch(r"\s+to\s+", text[before.end : bearer.start]):
            before.unit = bearer.unit


def _modifies_a_noun(text: str, start: int, end: int) -> bool:
    """Is the sum, share or hyphenated figure at ``text[start:end]`` an attributive modifier ("the $1.2 trillion
    bill", "a six-term congresswoman", "a 4-point lead"): after a determiner, before a lower-case word that is no
    function word?"""
    before = re.search(r"\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+$",
                       text[max(0, start - 7) : start], re.IGNORECASE)
    after = re.match(r"\s+([a-z][a-z-]*)\b", text[end:])
    return bool(before and after and after.group(1) not in _STOP_WORDS | _MEASURE_BREAKS)


# Participles of saying and asking, whose object is a clause of its own ("on Friday, saying the strike killed three").
_SPEECH_PARTICIPLES = (r"(?:say|not|add|argu|claim|tell|warn|explain|insist|suggest|demand|ask|call|urg|predict|"
                       r"report|announc|acknowledg|writ|stat|contend|assert)ing\b")


def _restates_date(date: _Found, span: _Found, text: str) -> bool:
    """Is ``span`` a span of time set off by commas right after the date ``date`` ("in 2017, one single year,"),
    restating it?"""
    return date.is_date and span.unit in _TIME_UNITS.values() and bool(
        re.fullmatch(r",\s*", text[date.end : span.start]) and re.match(r"\s*,", text[span.end :])
    )


def _attach_times(found: list[_Found], text: str, parse: SentenceParse | None = None) -> None:
    """Give each number the date that frames it: the next date in its clause, else the previous one.

    With the parse, a count of things already known ("the three states", "all 32 member states", "the two leaders")
    takes a later date only from inside its own noun phrase ("the 13 service members killed in Kabul on Thursday"):
    the date of the clause's verb ("… last voted in 1988", "… meet in Geneva in June") dates the event, not how many
    the things are."""
    for index, item in enumerate(found):
        if item.is_date or item.time is not None or item.tally_of is not None or item.measure == "age":
            continue  # an age ("a 21-year-old student") describes a person, it is no figure of the clause
        if item.unit in _TIME_UNITS.values() and re.match(
            r"\s+(?:after|before|ago|later|earlier|prior|into|away|from\s+now|since|mark)\b", text[item.end :],
            re.IGNORECASE,
        ):
            continue  # "five days after the attack": a span measured from a date, not a figure dated by it
        for later in found[index + 1 :]:
            if not later.is_date:
                break
            gap = text[item.end : later.start]
            if parse is not None and _is_definite_count(item, text) and parse.date_inside_counted_phrase(
                item.start, item.end, later.start
            ) is False:
                break
            if _attributive(text, later.start, later.end):
                break  # "two of the leader's picks from the Jan. 6 select committee": the date names the committee
            if re.search(r"\bfrom\s+$", gap) and "/" not in (later.time or ""):
                break  # "cut 50% from 2005 levels": the baseline, not the figure's date ("from 2007 to 2014" is)
            # A span of time is dated only by a date right after it ("27 minutes in all of 2015").
            longest_gap = 4 if item.unit in _TIME_UNITS.values() else 12
            if (item.unit is not None and (item.unit.isupper() or item.unit.startswith("percent")
                                           or "-" in text[item.start : item.end])
                    and _modifies_a_noun(text, item.start, item.end)):
                # "the $1.2 trillion bipartisan infrastructure bill was delayed late Thursday": a figure describing a
                # noun is a property of the thing, dated only by a date on that noun ("an 8-point deficit last month").
                longest_gap = 2
            if len(gap.split()) <= longest_gap and not re.search(
                # a clause of its own keeps its date ("would gain two Senate seats if the election happened today")
                r"[,;:—–()]|\s-+\s|\b(?:where|when|who|which|while|if|unless|because|although|though|whether)\b",
                gap,
            ) and not (item.unit in _TIME_UNITS.values() and re.search(r"\bthat\b", gap)):
                item.time = later.time
                if later.qualifier == "target" and item.qualifier == "exact":
                    item.qualifier = "target"
                break
        if item.time is None:
            for position, earlier in reversed(list(enumerate(found[:index]))):
                if not earlier.is_date:
                    if position and _restates_date(found[position - 1], earlier, text):
                        continue  # "In 2016, one single year, over 60,000 people died": the aside is transparent
                    break
                gap = text[earlier.end : item.start]
                # An earlier date frames a figure only when it opens the sentence ("In 2015, 5 percent ...") or
                # dates the figure's clause from before its verb (below). A date at the end of one conjunct dates
                # only that one (rule 2: "was elected to the Senate in 1978 and served five terms", "jumped in June
                # and are up 5.6%"; the word rule that dated the next conjunct lost two table sentences, won none).
                opening = re.split(r"[,;:—–]|--|\bthat\b", text[: earlier.start])[-1].strip(" \"“‘'(")
                opens_sentence = bool(re.fullmatch(
                    r"(?:(?:but|and|yet|so|then)\s+)?(?:(?:in|by|since|during|from|as\s+of|on|at(?:\s+the\s+end\s+of)?)"
                    r"\s*)?",
                    opening,
                    re.I,
                ) and re.match(r"^(?:['’]s\s+[^,;:]{1,40}?)?\s*[,—–]", gap))
                # "Tuesday's vote of 285-120": a date owning the noun the figure belongs to.
                owned = bool(re.fullmatch(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[\w-]+\s+){0,3}",
                                          gap))
                # "House Democrats on Tuesday approved a roughly $3.5 trillion budget": a date between a named
                # subject and its verb in the past dates the verb's clause (rule 2)
                before_verb = bool(re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:on\s+)?", opening + " ")) and bool(
                    re.match(r"\s+[a-z]{3,}ed\s[^,;:—–()]*$", gap)
                )
                # "Three more fell Tuesday, bringing the total to nine": a participle phrase after a clause-final date
                # has no subject of its own and shares the clause's date (rule 1)
                # (not what is said or asked, a clause of its own by rule 4)
                participle = bool(re.match(
                    r",\s+(?!according\b|" + _SPEECH_PARTICIPLES + r")[a-z]{3,}ing\s[^,;:—–()]*$", gap
                ))
                # "the White House said Monday, with as many as 60 million doses expected …": a "with" phrase whose
                # noun takes a passive participle, or none, belongs to its clause (an active one makes it absolute:
                # "with all but 10 Republicans voting for it")
                with_phrase = bool(re.fullmatch(r",\s+with\s+(?:(?![a-z]+ing\b)[\w$-]+\s+){0,3}", gap)) and bool(
                    re.match(r"\s*(?:[.;]|$)|\s+[a-z]+ed\b", text[item.end :])
                ) and not re.search(r"\b(?:since|from|before|after|until)\s+(?:the\s+)?$",
                                    text[max(0, earlier.start - 12) : earlier.start], re.IGNORECASE)
                # (not after a baseline: "not been matched since the 1950s, with nearly 400,000 foreigners removed")
                if (opens_sentence or owned or before_verb or participle or with_phrase) and (
                    ";" not in gap
                ):
                    item.time = earlier.time
                break
    for first, second in itertools.pairwise(found):
        if first.time is None and second.time is not None and not (first.is_date or second.is_date) and (
            first.unit is not None and second.unit is not None and first.unit.islower()
            and _is_plural_noun(first.unit.split()[-1]) and _is_plural_noun(second.unit.split()[-1])
            and first.unit not in _TIME_UNITS.values() and second.unit not in _TIME_UNITS.values()
            and not first.unit.startswith("percent") and re.fullmatch(r"\s+and\s+", text[first.end : second.start])
        ):
            # "the mass shooting of 20 children and six adults at an elementary school Dec. 14": two counts of one
            # conjoined noun phrase share its date
            first.time = second.time
        if first.time is None and second.time is not None and not (first.is_date or second.is_date) and (
            first.unit == second.unit and first.unit is not None and first.unit.isupper()
        ) and re.fullmatch(r"\s+(?:[a-z]+\s+){1,2}and\s+(?:[A-Z][\w.]*\s+){1,3}[A-Z][\w.]*['’]s\s+",
                           text[first.end : second.start]):
            # "The Senate's $1.2 trillion infrastructure bill and President Biden's $3.5 trillion spending package
            # could live or die this week": two sums of one conjoined subject share its clause's date
            first.time = second.time
    _attach_that_year(found, text)
    _attach_framing_date(found, text)
    time_by_start = {item.start: item.time for item in found}
    for item in found:
        if item.tally_of is not None:
            item.time = time_by_start[item.tally_of]


# A figure followed in its phrase by "that year", "the same year": dated by the year of the date before it.
_THAT_YEAR = re.compile(r"\s+(?:[\w$-]+\s+){0,4}?(?:in\s+)?(?:that|the\s+same)\s+(?:same\s+)?year\b(?!['’])",
                        re.IGNORECASE)


def _attach_that_year(found: list[_Found], text: str) -> None:
    """Date an undated figure that "that year" follows in its phrase by the year of the last date before it ("made
    more than $150 million in income in 2005 and paid $38 million in income taxes that year"), as "in October of
    that year" is; neither the words nor the parse read "that year" as a date of its own."""
    for index, item in enumerate(found):
        years = [earlier.time[:4] for earlier in found[:index] if earlier.is_date and earlier.time
                 and re.match(r"\d{4}(?:-|/|$)", earlier.time)]
        if item.time is None and not item.is_date and item.tally_of is None and years and _THAT_YEAR.match(
            text[item.end :]
        ):
            item.time = years[-1]


# A figure of a noun owned by its own period ("the prior week's revised level of 377,000", "last year's total of 5"):
# that period, not the clause's date, is its time.
_OWN_TIME = re.compile(
    r"\b(?:prior|previous|preceding|last|past|next|following|same|this)\s+(?:day|week|month|quarter|year)['’]s"
    r"\s+(?:[\w-]+\s+){0,3}(?:of\s+)?(?:about\s+|nearly\s+|some\s+|roughly\s+)?\$?$",
    re.IGNORECASE,
)


def _undatable(item: _Found, text: str) -> bool:
    """Is ``item`` a figure no date frames: a date itself, an age, a span measured from a date ("five days after
    the attack", "a year ago"), or the second number of a tally (which takes its first number's date)?"""
    return (
        item.is_date
        or item.time is not None
        or item.tally_of is not None
        or item.measure == "age"
        or re.search(r"\s(?:and|or)\s+(?:older|younger)$", text[item.start : item.end]) is not None  # "people 65
        # and older": an age, as a measure of age is
        or _OWN_TIME.search(text[max(0, item.start - 60) : item.start]) is not None
        or (item.unit in _TIME_UNITS.values() and (
            # "six years into his presidency" is counted from its start, too, "just over three weeks away, on Feb.
            # 1" from the time of writing, "four weeks since Trump won" from its point, and "the 30-minute mark on
            # Wednesday night" is a point counted from the start of the speech
            re.match(r"\s+(?:after|before|ago|later|earlier|prior|into|away|from\s+now|since|mark)\b", text[item.end :],
                     re.IGNORECASE) is not None
            # "the previous three months", "after two months of disappointing growth": a span counted from a point
            or re.search(r"\b(?:previous|past|last|next|coming|following|preceding|after|before)\s+(?:\w+\s+)?$",
                         text[max(0, item.start - 24) : item.start], re.IGNORECASE) is not None))
    )


# A date's possessive before a figure, with at most three words between ("last week's lower-than-expected 406,000",
# "March's booming 916,000").
# "Saturday's games and six matches on Sunday", "This year's budget is $3.65 trillion": no conjunction, determiner,
# preposition or verb of being between.
_POSSESSIVE_GAP = re.compile(
    r"['’]s\s+(?:(?!(?:and|or|but|nor|the|a|an|than|to|in|on|at|of|for|with|from|by|is|are|was|were|be|been|has|have"
    r"|had)\b)[\w-]+\s+){0,3}",
    re.IGNORECASE,
)


def _attach_times_by_scope(found: list[_Found], text: str, parse: SentenceParse) -> bool:
    """Give each figure the date whose scope holds it, read from the parse (the time convention of the module
    docstring); the innermost scope wins, then the nearest date. False (nothing changed) when the parse has no
    token for some date or figure, so that the word rules decide instead."""
    scopes: list[tuple[_Found, frozenset[int], int]] = []
    for item in found:
        if not item.is_date:
            continue
        read = parse.date_scope(item.start, item.end)
        if read is None:
            return False
        scope, root = read
        aside = re.search(r"\(([^()]*)$", text[: item.start])
        if aside and ")" in text[item.end :]:  # "(Bill Clinton in 1992)": an aside dates only itself
            scope = frozenset(i for i in scope if aside.start() < i < item.end + text[item.end :].index(")"))
        if (_attributive(text, item.start, item.end) and not parse.modifies_verb(item.start, item.end)) or (
            re.search(r"\bfrom\s+$", text[max(0, item.start - 6) : item.start]) and "/" not in (item.time or "")
        ):
            scope = frozenset()  # a date naming a thing ("the Jan. 6 riot"), a baseline ("cut 50% from 2005 levels")
        scopes.append((item, scope, root))
    figures = [(item, parse.number_offset(item.start, item.end)) for item in found if not _undatable(item, text)]
    if any(offset is None for _, offset in figures):
        return False
    owned: set[int] = set()
    for item in found:
        owner = next((when for when, _, _ in scopes if when.end < item.start and when.qualifier != "target"
                      and _POSSESSIVE_GAP.fullmatch(text[when.end : item.start])), None)
        if owner is not None and not item.is_date and item.time is None and (
            not _undatable(item, text) or _OWN_TIME.search(text[max(0, item.start - 60) : item.start])
        ):
            # "from last week's lower-than-expected 406,000": the date owns the figure's phrase, the innermost scope
            # there is, however the parser hangs the possessive (and a baseline's date too, as the words read it)
            item.time = owner.time
            owned.add(item.start)
    for item, offset in figures:
        if item.start in owned or offset is None:
            continue
        # The date whose scope hangs nearest the figure in the tree wins ("predicting a drop of 50% when the law
        # takes effect next year" after "On Wednesday"), then the nearest in the text.
        covering = [(parse.tree_distance(offset, root), abs(when.start - item.start), when)
                    for when, scope, root in scopes if offset in scope
                    and (item.qualifier != "target" or when.qualifier == "target")]  # a target has its own date
        if not covering:
            continue
        frame = min(covering, key=lambda entry: entry[:2])[2]
        item.time = frame.time
        if frame.qualifier == "target" and item.qualifier == "exact" and frame.start > item.start:
            item.qualifier = "target"
    _attach_that_year(found, text)
    time_by_start = {item.start: item.time for item in found}
    for item in found:
        if item.tally_of is not None:
            item.time = time_by_start[item.tally_of]
    return True


def _is_definite_count(item: _Found, text: str) -> bool:
    """Is ``item`` a count of things already known: after "the", "all", "both", "these" or "those"?"""
    return (
        item.unit is not None
        and not (item.unit.isupper() or item.unit.startswith("percent") or item.unit in _TIME_UNITS.values())
        and re.search(r"\b(?:the|all|both|these|those)\s+$", text[max(0, item.start - 6) : item.start], re.IGNORECASE)
        is not None
    )


def _attach_framing_date(found: list[_Found], text: str) -> None:
    """Date every share and sum of a sentence that opens with a dated phrase ("Of the total emissions in 2016, 28%
    were from electricity, 28% from transport …"; "In 2004, Sanders got 67 percent to Kerry's 59 percent").
    Counts of people or things are left undated: "this summer, all 32 member states agreed" counts states that
    exist at any date."""
    frame = next((item for item in found if item.is_date), None)
    if frame is None or frame.time is None or frame.qualifier == "target":
        return
    opening = text[: frame.start].lstrip(" \"“‘'(")
    if not re.match(r"(?:in|of|during|among|for|at|on|since|across|as\s+of|throughout)\b", opening, re.IGNORECASE) or (
        re.search(r"[,;:—–]", opening)
    ) or not re.match(r"[^,;:—–]{0,40}[,—–]", text[frame.end :]):
        return
    # The frame reaches to the end of the clause or to the next date, which frames what follows it instead.
    reach = min([i for i in (text.find(";", frame.end),) if i >= 0]
                + [item.start for item in found if item.is_date and item.start > frame.start] + [len(text)])
    for item in found:
        if frame.end < item.start < reach and item.time is None and not item.is_date and item.tally_of is None and (
            item.qualifier != "target"  # a target has its own date
        ) and item.unit is not None and (item.unit.startswith("percent") or item.unit.split()[0].isupper()):
            item.time = frame.time
