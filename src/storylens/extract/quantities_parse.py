"""What a number counts and what a share is of, read from the sentence's dependency parse.

:mod:`storylens.extract.quantities` finds numbers with regular expressions; the words around a number are where
those rules generalise worst (first runs on three fresh draws of real sentences missed "two firearms licenses",
"Two major Indian telecom firms", "the three mentioned at the hearing", "12 of the 19 contain …"). The spaCy parse
the claims stage already holds says which noun a number modifies (``nummod``, reached through ``compound`` /
``quantmod`` links inside "1.1 million") and which ``of``/``in`` phrase hangs off a percent or a sum, so
:class:`SentenceParse` answers those two questions from it. Every method returns ``None`` when the parse has no
opinion (no token at that place, a number the parse does not attach), and the regex rules then decide as before.

Session 4: :meth:`SentenceParse.date_scope` reads which tokens a date dates, by the time convention written in
:mod:`storylens.extract.quantities` (the clause a date modifies with its subjectless participle and infinitive phrases,
or the noun phrase a post-nominal date modifies; clauses of their own excluded), and :meth:`SentenceParse.tree_distance`
picks the nearest of several dates. Both are hand-written walks over the dependency tree: spaCy has no notion of a
clause or of a date's scope, and no maintained library reads them from a parse.

Session 5: :meth:`SentenceParse.tense` reads the tense of the verb a date hangs on (modal, "will", infinitive, past,
present, a time clause in the present after a future host) so that a month or day without a year gets the year its
clause implies; spaCy's fine-grained tags (``MD``, ``TO``, ``VBD``, ``VBZ``/``VBP``) and auxiliaries carry the tense,
and nothing maintained turns them into one, hence again a short hand-written walk.

Session 6 corrects three attachments the parser gets wrong most often for dates, each by a rule of English rather than
a list of sentences: a date that ends a prepositional phrase on a verb belongs to the verb (English puts a clause's
time adverbial last, and the parser hangs it on the nearest noun), unless that phrase places the clause against a
point in time ("after the debate on Saturday"); a year in "of" right after a proper name names it ("the Emergency
Powers Act of 1945"); and a "with" phrase is absolute when its noun's participle is active, also when the parser
makes that participle the preposition's complement. A date deep inside an opening subject no longer frames the clause.
Session 7 reads six more scopes the same way, each a rule of English: a subordinator opens its clause, so a word like
"as" after a participle opens a clause inside the participle phrase, not the phrase; an auxiliary carrying a date ("did
in June agree to …") hands it to its verb; a "when" clause on a date is that date's even when the date is a comparison's
baseline; a "where" clause tells what happens at a place and dates nothing its noun counts; a date right after a phrase
placing the clause against a point in time ("through the end of his term in early 2017", "from an 8-point deficit last
month to …") belongs to that point however the parser hangs it; a gerund without a subject after a preposition that
places nothing in time ("counted as being among the unemployed last month") shares its host's date. Before writing them,
a fallback to the word rules where the two disagree was measured and rejected: over all tables the parse was right 107
times to the words' 10.
Session 8 corrects four more readings of what a number counts, each where the small English model's parse breaks in a
known way: a place name it hangs as ``nmod`` of a later noun ("two Des Moines, Iowa-area police officers") belongs to
the counted phrase; a number it makes the ``nsubj`` of the noun right after it ("the one holdout to change her mind")
modifies that noun; a plural noun it makes the ``compound`` of the plural subject of a forecast ("1 million jobs
economists expected") is the counted head; a counted phrase conjoined after "and" to an uncounted name takes its own
conjoined noun ("Janet Yellen and more than 30 … policymakers and economists"). :meth:`SentenceParse.tense` reads a
gerund after "chance/risk/… of" as prospective, and :meth:`SentenceParse.in_apposition` tells a date inside a noun
phrase set beside a name, whose day is the nearest one (figures in :mod:`storylens.extract.quantities`).
Session 10 repairs three more scopes where the parse breaks in a known way: a naming participle ("a company called
Pacific East between March and June") happens at no date, so a date hung on it dates the clause its noun belongs to; a
causative's predicate adjective ("making health plans available to 40 million Americans"), which the parser makes a
complement clause, is a small clause inside the verb's own; and a subjectless participle phrase after the closing quote
of a quoted complement of "said" ("… “in the way” of the investigation, offering her first detailed remarks …"), which
the parser hangs inside the quotation, is the reporter's and shares the saying's clause.
Session 10, round two: a date on the point "since" (``_starting_point``) counts from dates its host, as "since 1993"
does ("has plunged by 49 percent since its peak in 1993"), while the other points keep their dates; a pair of
adjectives joined by a ``cc`` stays whole before the counted noun ("10 million new and returning customers"); a noun the
parser makes the subject of the next noun is that noun's modifier ("at least one vaccine dose by Oct. 7"). The log of
every session's measurements is ``docs/quantities.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

__all__ = ["SentenceParse"]

# Units of measure written as a noun before what they measure ("150 mph winds"): the unit, not a modifier.
_MEASURE_UNITS = {"mph", "kph", "km", "kg", "mm", "cm", "mg", "ml", "lb", "lbs", "ft", "sq", "mile", "kilometer",
                  "kilometre", "meter", "metre", "foot", "inch", "ton", "tonne", "acre", "gallon", "barrel", "degree"}

_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
               "yesterday", "tomorrow"}

# Dependents of a head noun that belong to the counted phrase between the number and the noun.
# Conjoined modifiers and prepositions inside a name count too ("five black and Latino teenagers", "two Texas
# Department of Transportation employees"), as long as every word hangs inside the phrase (checked separately).
_NOUN_MODIFIERS = {"compound", "amod", "nmod", "npadvmod", "nummod", "poss", "case", "punct", "hmod", "hyph", "cc",
                   "conj", "prep", "pobj", "advmod"}
# Words before the counted noun that say how the count compares, not what is counted ("32 new members").
_DROPPED_MODIFIERS = {"new", "additional", "extra", "other", "more", "most", "fewer", "such", "same", "different",
                      "further", "total", "separate"}
# Of those, adjectives of amount kept before a plural span of time ("15 extra minutes", as "63 standard days").
_SPAN_ADJECTIVES = {"extra", "additional"}
# Plural spans of time an adjective before them is counted with.
_PLURAL_SPANS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
# Scale abbreviations the tokenizer splits off a figure ("2m" → "2", "m").
_GLUED_SCALES = {"m", "bn", "mn", "k", "b", "tn", "trn"}
# Dependency links from a number to the number word it belongs to ("1.1" → "million", "$" → "billion").
_NUMBER_LINKS = {"compound", "quantmod", "nummod", "nmod"}


@dataclass(frozen=True)
class SentenceParse:
    """A spaCy span aligned with the text ``find_quantities`` reads: ``shift`` turns a token's character offset
    in its ``Doc`` into an offset into that text."""

    span: Span
    shift: int

    @classmethod
    def align(cls, text: str, span: Span) -> SentenceParse | None:
        """Align ``span`` with ``text`` (the span's text, possibly stripped); None when they differ."""
        doc_text = span.doc.text
        for lead in range(len(span.text) - len(span.text.lstrip()) + 1):
            begin = span.start_char + lead
            if doc_text[begin : begin + len(text)] == text:
                return cls(span, begin)
        return None

    def _tokens(self, start: int, end: int) -> list[Token]:
        """Tokens of the span overlapping ``[start, end)`` of the text."""
        return [
            token for token in self.span
            if token.idx - self.shift < end and token.idx + len(token.text) - self.shift > start
        ]

    def modifies_verb(self, start: int, end: int) -> bool:
        """Does the date at ``[start, end)`` hang on a verb as an adverbial ("filed a lawsuit Thursday accusing …")
        rather than name the noun after it ("the Jan. 6 riot")? The words alone cannot tell a noun from a participle
        after the date."""
        tokens = self._tokens(start, end)
        if not tokens:
            return False
        inside = {t.i for t in tokens}
        anchor = next((t for t in tokens if t.head.i not in inside or t.head == t), tokens[0])
        return anchor.dep_ in ("npadvmod", "pobj") and anchor.head.pos_ in ("VERB", "AUX", "ADP") and (
            anchor.head.i < anchor.i
        )

    def _number_token(self, start: int, end: int) -> Token | None:
        """The token that carries the number in ``[start, end)`` into the sentence: the last number word of a
        chain like "1.1 million" or "$ 1 billion"."""
        tokens = [t for t in self._tokens(start, end) if t.pos_ == "NUM" or t.like_num]
        if not tokens:
            return None
        token = tokens[-1]
        while token.dep_ == "conj" and token.head.pos_ == "NUM" and token.head.i < token.i:
            token = token.head  # "one or two members": the range hangs from its first number
        while token.dep_ in _NUMBER_LINKS and token.head.pos_ == "NUM" and token.head.i > token.i and (
            token.head.idx - self.shift < end
        ):
            token = token.head
        return token

    def counted_noun(self, start: int, end: int, after: int) -> tuple[str | None, int] | None:
        """The noun phrase counted by the number at ``[start, end)``, as written from ``after`` to its head noun
        ("two firearms licenses" → "firearms licenses"), with where it ends.

        ``(None, after)`` when the parse says the number counts nothing written after it (it is a subject, an
        object or an apposition: "12 of the 19 contain …", "the three mentioned"); None when it has no opinion.
        """
        token = self._number_token(start, end)
        if token is None:
            return None
        head = token.head
        # "get the one holdout to change her mind": the parser makes the number the subject of the noun after it
        small_clause_subject = token.dep_ in ("nsubj", "nsubjpass") and head.i == token.i + 1 and head.pos_ == "NOUN"
        if (token.dep_ not in ("nummod", "quantmod", "compound") and not small_clause_subject) or head.i <= token.i:
            if token.lower_ in _GLUED_SCALES and token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "NOUN" and (
                token.nbor(1).dep_ == token.dep_
            ):
                return None  # "more than 2m cases": the split scale taken for the object beside its noun, no opinion
            if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "ROOT"):
                return None, after
            return None
        last_of_phrase = head.i + 1 >= len(head.doc) or head.nbor(1).is_punct
        if head.pos_ == "ADJ" and head.dep_ in ("pobj", "dobj", "nsubj", "attr", "appos") and last_of_phrase:
            return None, after  # "with three favorable.": an adjective standing for its noun, which is not written
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN") and (
            head.lower_ not in _MEASURE_UNITS
        ) and not _forecasters_after(head):
            head = head.head  # "Seven Senate Judiciary Committee Democrats": the number counts the whole compound
        if head.i > token.i + 1 and _forecasters_after(head.doc[head.i - 1]):
            head = head.doc[head.i - 1]  # "the nearly 1 million jobs economists expected": the jobs, not economists
        while head.pos_ == "PROPN" and head.dep_ == "nmod" and head.head.i > head.i and head.head.pos_ == "NOUN":
            # "two Des Moines, Iowa-area police officers": a place name the parser hangs as a modifier of a common
            # noun further on (a name, a comma, a hyphenated "-area" adjective) is part of what the number counts
            head = head.head
        words = [t for t in self.span if t.idx - self.shift >= after and t.i <= head.i]
        inside = {t.i for t in words}
        if not words or any(t.head.i not in inside for t in words if t.i != head.i):
            return None  # a word between the number and the noun belongs elsewhere in the sentence
        if any(t.dep_ not in _NOUN_MODIFIERS for t in words if t.i != head.i):
            return None  # "10 or more people": the phrase is interrupted; the regex rules read around it
        if head.ent_type_ == "DATE" or head.lower_ in _DATE_WORDS:
            return None  # "12 Monday": a date after the number, not what it counts
        while len(words) > 1 and words[0].text in _DROPPED_MODIFIERS and not (  # lower case: "New Black Panther Party"
            head.lower_ in _PLURAL_SPANS and words[0].text in _SPAN_ADJECTIVES
        ) and words[1].dep_ != "cc":  # "10 million new and returning customers": a pair of adjectives stays whole
            words = words[1:]
        closing = head.nbor(1) if head.i + 1 < len(head.doc) else None
        if len(words) > 1 and words[0].is_quote and closing is not None and closing.is_quote and not any(
            t.is_quote for t in words[1:]
        ):
            words = words[1:]  # 6,000 “tech minds”: the whole counted phrase in quotes, counted without them
        if words[0].is_punct and not (words[0].is_quote and any(t.is_quote for t in words[1:])):
            return None  # a quoted word inside the phrase is kept: three "guilty" counts
        following = head.nbor(1) if head.i + 1 < len(head.doc) else None
        if following is not None and head.tag_ == "NN" and following.tag_ == "VBZ" and (
            following.lower_.endswith("s") and token.lower_ not in ("one", "1")
        ):
            return None  # "two schoolyard bullies out-threatening …": a plural noun the tagger took for a verb
        before_head = head.doc[head.i - 1]
        if head.tag_ == "NN" and before_head.tag_ == "NNS" and before_head.dep_ == "compound" and (
            before_head.i > token.i and token.lower_ not in ("one", "1")
            and (following is None or following.text in ("?", "!", "."))
        ):
            # "these other two facilities treat?": a plural before a sentence-final singular is the head (a bare verb
            # the tagger took for a noun); not "18 state attorneys general, filed …"
            return None
        if following is not None and head.tag_ == "NN" and following.tag_ == "NNS" and (
            head.lower_ not in _MEASURE_UNITS
        ):
            head = following  # "1 billion vaccine doses" (but "150 mph winds" is in mph)
        elif following is not None and head.tag_ == "NN" and following.tag_ == "NN" and head.head == following and (
            head.dep_ in ("nsubj", "nsubjpass") and head.lower_ not in _MEASURE_UNITS
        ):
            head = following  # "at least one vaccine dose by Oct. 7": a noun made the next one's subject is its part
        # "two dozen other candidates and lawmakers": a noun conjoined to the head, with no number of its own, is
        # counted with it ("three Republicans and four Democrats" are two counts).
        # Adjectives may come before the conjoined noun ("200 Americans and other western foreigners"), no determiner.
        conjoined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > head.i + 1
                     and head.nbor(1).dep_ == "cc" and not any(g.dep_ == "nummod" for g in c.children)
                     and all(t.dep_ in ("amod", "compound") and c in t.ancestors for t in head.doc[head.i + 2 : c.i])]
        # In a list ("the 1,300 ICE detainees, some 100 GEO Group employees and other ICE employees") the last noun
        # is the list's next item, not counted with the number.
        doc = head.doc
        # After a name and a comma the phrase is an apposition, not a list: "Deborah Birx, two doctors and public
        # health experts" describes the people named
        # The counted phrase as the last conjunct after "and" ("Janet Yellen and more than 30 other current and former
        # policymakers and economists") is no list item followed by another: only a comma before it makes a list.
        before_phrase = doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
        # ("17 new taxes and 50 new bureaucracies and price controls" is a list of counts all the same).
        counted_before = head.dep_ == "conj" and any(c.dep_ == "nummod" for c in head.head.children)
        in_list = (head.dep_ == "conj" and (before_phrase is None or before_phrase.dep_ != "cc" or counted_before)) or (
            head.left_edge.i > 1 and doc[head.left_edge.i - 1].text == "," and doc[head.left_edge.i - 2].pos_ == "NOUN")
        if conjoined and head.tag_ in ("NNS", "NNPS") and conjoined[0].tag_ == "NNS" and not in_list:
            head = conjoined[0]
        elif conjoined and head.tag_ == "NN" and conjoined[0].tag_ == "NNS" and not in_list and (
            token.lower_ not in ("one", "1", "a", "an") and head.lower_ not in _MEASURE_UNITS
        ):
            # "eight different communication and social apps": a singular noun after a count above one, conjoined
            # to a plural, modifies that plural head with it (the two premodifiers share the head)
            head = conjoined[0]
        first = words[0].idx - self.shift
        last = head.idx + len(head.text) - self.shift
        return self.span.doc.text[first + self.shift : last + self.shift], last

    def measure(self, start: int, end: int, after: int) -> tuple[str | None, int] | None:
        """What a percent or a sum at ``[start, end)`` is of: the noun phrase of an ``of``/``in``/``on``/``for``
        phrase that opens at ``after`` and hangs off the number ("2 percent of American women use …" →
        "American women"); None when the parse has no opinion."""
        tokens = [t for t in self.span if t.idx - self.shift >= after and not t.is_space]
        if not tokens or tokens[0].dep_ != "prep" or tokens[0].lower_ not in ("of", "in", "on", "for"):
            return None
        preposition = tokens[0]
        if not (start <= preposition.head.idx - self.shift < end or preposition.head.pos_ in ("NUM", "SYM")):
            return None
        objects = [c for c in preposition.children if c.dep_ == "pobj"]
        if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        head = objects[0]
        if head.ent_type_ == "DATE" or head.lower_ in _DATE_WORDS:
            return None  # "$1 million in April": a date, not what the sum is of
        modifiers = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        first = modifiers[0] if modifiers else head
        # Keep the modifiers adjacent to the head only ("the US Nobel laureates" → "US Nobel laureates").
        while first.i < head.i and any(
            t.dep_ not in ("compound", "amod", "nmod", "npadvmod", "punct") for t in self.span.doc[first.i : head.i]
        ):
            first = self.span.doc[first.i + 1]
        begin = first.idx
        finish = head.idx + len(head.text)
        return self.span.doc.text[begin:finish], finish - self.shift

    def date_inside_counted_phrase(self, start: int, end: int, date_start: int) -> bool | None:
        """Does the date starting at ``date_start`` sit inside the noun phrase the number at ``[start, end)`` counts
        ("the 13 service members killed in Kabul on Thursday") rather than on the clause's verb ("the three states
        last voted in 1988")? None when the parse has no opinion."""
        token = self._number_token(start, end)
        dates = self._tokens(date_start, date_start + 1)
        if token is None or not dates or token.dep_ != "nummod" or token.head.i <= token.i:
            return None
        noun = token.head
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.i < dates[0].i < noun.head.i:
            return True  # between a subject and its verb, a date belongs to the subject (however the parser hung it)
        return dates[0] == noun or noun in dates[0].ancestors

    def number_offset(self, start: int, end: int) -> int | None:
        """Offset (into the text) of the token that carries the number at ``[start, end)``; None without one."""
        token = self._number_token(start, end)
        if token is None:
            tokens = self._tokens(start, end)
            token = tokens[0] if tokens else None
        return None if token is None else token.idx - self.shift

    def tree_distance(self, first: int, second: int) -> int:
        """How many dependency links join the tokens at text offsets ``first`` and ``second``."""
        first_tokens, second_tokens = self._tokens(first, first + 1), self._tokens(second, second + 1)
        if not first_tokens or not second_tokens:
            return len(self.span)
        a, b = first_tokens[0], second_tokens[0]
        up_from_a = {t.i: depth for depth, t in enumerate([a, *a.ancestors])}
        for depth, token in enumerate([b, *b.ancestors]):
            if token.i in up_from_a:
                return depth + up_from_a[token.i]
        return len(self.span)

    def is_year(self, start: int, end: int) -> bool | None:
        """Does the parser's entity recogniser read the bare number at ``[start, end)`` as a date?"""
        tokens = self._tokens(start, end)
        if len(tokens) != 1 or not tokens[0].ent_type_:
            return None
        return tokens[0].ent_type_ == "DATE"

    def is_pronoun(self, start: int, end: int) -> bool:
        """Does the parse read the word at ``[start, end)`` as a pronoun ("if one truly believed …")?"""
        tokens = self._tokens(start, end)
        if len(tokens) == 1 and tokens[0].head.i == tokens[0].i + 1 and tokens[0].head.pos_ == "NOUN" and (
            tokens[0].dep_ in ("nsubj", "nsubjpass")
        ):
            return False  # "get the one holdout to change her mind": the parser's subject of a small clause is the
            # noun after it, which the number modifies
        return len(tokens) == 1 and (
            tokens[0].pos_ == "PRON" or tokens[0].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")
        )

    def counts_a_noun(self, start: int, end: int) -> bool:
        """Does the parse read the number at ``[start, end)`` as modifying a noun after it ("one injured
        demonstrator")?"""
        token = self._number_token(start, end)
        return token is not None and token.dep_ == "nummod" and token.head.i > token.i and (
            token.head.pos_ in ("NOUN", "PROPN")
        )

    def tense(self, start: int, end: int) -> str | None:
        """When the clause holding the date at ``[start, end)`` happens relative to the time of writing, read from
        the verb the date hangs on: ``"future"`` ("will vote in November"), ``"prospective"`` (a modal other than
        "will", which reported speech also uses, or an infinitive, whose event follows its host's: "could start
        facing deportation in early March", "voted Thursday to extend the limit through December", "agreed to lift the
        restrictions on Sept. 28"), ``"past"`` ("voted in March", "has raised"), ``"present"`` ("the fiscal year,
        which ends Sept. 30"). None when no verb governs the date."""
        tokens = self._tokens(start, end)
        if not tokens:
            return None
        verb = next((t for t in tokens[0].ancestors if t.pos_ in ("VERB", "AUX")), None)
        return None if verb is None else _tense(verb)

    def in_apposition(self, start: int, end: int) -> bool:
        """Does the date at ``[start, end)`` sit in a noun phrase set beside a name, with no verb of its own between
        ("Joni Ernst, a candidate in the Republican Senate primary on June 3, announced …")? Such a phrase describes
        the name as things stand, whatever the tense of the clause around it."""
        tokens = self._tokens(start, end)
        if not tokens:
            return False
        for ancestor in tokens[0].ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                return False
            if ancestor.dep_ == "appos" and ancestor.pos_ == "NOUN":
                return True
        return False

    # -----------------------------------------------------------------------------------------------------------
    # The scope of a date (the time convention of :mod:`storylens.extract.quantities`)
    # -----------------------------------------------------------------------------------------------------------

    def date_scope(self, start: int, end: int) -> tuple[frozenset[int], int] | None:
        """Offsets (into the text) of the tokens the date at ``[start, end)`` dates, by the time convention of
        :mod:`storylens.extract.quantities`, with the offset of the token that scope hangs from; an empty set for a
        date that names a thing ("the 2016 election") or is the baseline of a comparison ("the lowest since April
        2008"); None when the parse has no token there."""
        tokens = self._tokens(start, end)
        if not tokens:
            return None
        inside = {t.i for t in tokens}
        anchor = next((t for t in tokens if t.head.i not in inside or t.head == t), tokens[0])
        # "taken … on Wednesday through Sunday": the parser may hang the interval's second day, through its own
        # preposition, higher in the tree than the first; the interval dates what its higher end hangs from.
        second_ends = [t for t in tokens if t.dep_ == "pobj" and t.head.i in inside and t.head.dep_ == "prep"
                       and t.head.head.i not in inside]
        if second_ends and len(list(second_ends[0].head.head.ancestors)) < len(list(anchor.head.ancestors)):
            anchor = second_ends[0]
        if anchor.dep_ in _NAMING_LINKS and anchor.head.i > anchor.i and anchor.head.pos_ in ("NOUN", "PROPN") and (
            anchor.head.lower_ not in _DAY_PARTS
        ):
            return frozenset(), anchor.idx - self.shift  # "the 2016 election", "the Jan. 6 riot": names the thing
        of_phrase = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
        if of_phrase is not None and of_phrase.head.pos_ == "PROPN" and of_phrase.head.i == of_phrase.i - 1 and (
            of_phrase.head.ent_type_ != "DATE"
        ):
            return frozenset(), anchor.idx - self.shift  # "the Emergency Powers Act of 1945": the year names the act
        scope, root = _scope(_date_phrase(anchor))
        # A semicolon joins clauses that stand as sentences of their own: a date on one side dates nothing on the
        # other ("As of Wednesday morning, Maine was too close to call; we gave him a 1 in 4 chance")
        semicolons = [t.i for t in anchor.sent if t.text == ";"]
        before = max((i for i in semicolons if i < anchor.i), default=anchor.sent.start - 1)
        after = min((i for i in semicolons if i > anchor.i), default=anchor.sent.end)
        scope = {t for t in scope if before < t.i < after}
        return frozenset(t.idx - self.shift for t in scope), root.idx - self.shift


# Verbs of forecasting whose subject follows the counted noun in a reduced relative clause ("the 1 million jobs
# economists expected").
_FORECAST_VERBS = {"expect", "forecast", "predict", "project", "estimate", "anticipate"}


def _forecasters_after(noun: Token) -> bool:
    """Is the plural ``noun`` followed by the plural subject of a forecast about it, which the parser took for the
    compound's head ("well below the nearly 1 million jobs economists expected")?"""
    forecasters = noun.head
    return noun.dep_ == "compound" and noun.tag_ == "NNS" and forecasters.tag_ == "NNS" and (
        forecasters.i == noun.i + 1
    ) and any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _FORECAST_VERBS and c.i == forecasters.i + 1
        and not any(g.dep_ in ("xcomp", "ccomp", "dobj") for g in c.children)  # "licenses expected to lapse"
        for c in forecasters.children
    )


def _tense(verb: Token) -> str | None:
    """The tense of ``verb``'s clause as :meth:`SentenceParse.tense` reads it."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modals = [a for a in auxiliaries if a.tag_ == "MD" or a.lower_ in ("will", "shall", "'ll", "’ll")]
    if modals:
        if verb.tag_ == "VBN" and any(a.lower_ == "have" for a in auxiliaries):
            return "past"  # "could have been" looks back
        return "future" if any(a.lower_ in ("will", "shall", "'ll", "’ll") for a in modals) else "prospective"
    if any(a.tag_ == "TO" for a in auxiliaries):
        return "prospective"  # an infinitive's event follows its host's: "threatened to vote for Clinton in November"
    finite = next((a for a in auxiliaries if a.tag_ in ("VBD", "VBZ", "VBP")), None)
    if finite is not None:
        if finite.tag_ == "VBD" or (verb.tag_ == "VBN" and finite.lower_ in ("has", "have", "'ve", "’ve")):
            return "past"
        return _present(verb)
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return _present(verb)
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() not in _SCHEDULING_PARTICIPLES:
        return "past"  # "a business, explored by NPR in November": a bare passive participle tells what was done
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        return _tense(verb.head)  # "could start facing deportation in March", "rose and fell in May"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "of" and (
        verb.head.head.lemma_.lower() in _PROSPECT_NOUNS
    ):
        return "prospective"  # "a one-in-three chance of losing the House in November": what may come
    return None


# Nouns whose "of" gerund is an event that may come ("the risk of losing the House in November").
_PROSPECT_NOUNS = {"chance", "odd", "odds", "risk", "prospect", "possibility", "likelihood", "danger", "threat", "hope",
                   "probability"}


# Participles whose date is the one set for a coming event ("a vote scheduled for November"), not a past one.
_SCHEDULING_PARTICIPLES = {"schedule", "plan", "set", "slate", "expect", "due", "propose", "intend", "reschedule",
                           "postpone", "delay", "push", "move"}


def _present(verb: Token) -> str:
    """The tense of a clause in the present: a time or condition clause takes its host's future ("could be concluded
    … before the next president takes office in January")."""
    if verb.dep_ in ("advcl", "conj") and any(c.dep_ == "mark" and c.lower_ in _FUTURE_MARKS for c in verb.children):
        host = _tense(verb.head) if verb.head != verb else None
        if host in ("future", "prospective"):
            return host
    return "present"


# Subordinators after which English puts a future event in the present tense ("before he takes office in January").
_FUTURE_MARKS = {"before", "after", "when", "until", "till", "if", "once", "unless", "as"}


def _date_phrase(anchor: Token) -> Token:
    """The top of the phrase that states a date: "the first three months of this year", "the end of March", "the
    week ended July 17", "Thursday night" are dates as a whole."""
    node = anchor
    while node.head != node:
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PRON", "DET", "ADJ") and (
            head.head.i < head.i
        ):
            node = head.head  # "all of 2015", "the end of March", "the spring of 2022"
        elif head.dep_ == "acl" and head.head.lower_ in _PERIOD_NOUNS and node.i > head.i:
            node = head.head  # "the week ended July 17"
        elif node.dep_ in ("npadvmod", "compound", "nmod") and head.lower_ in _DAY_PARTS:
            node = head  # "Thursday night", "early Sunday morning"
        else:
            return node
    return node


def _scope(date: Token) -> tuple[set[Token], Token]:
    """The tokens the date phrase topped by ``date`` dates (see the time convention in
    :mod:`storylens.extract.quantities`), and the token its scope hangs from (the noun or the clause's verb)."""
    # The date phrase with a clause on the date itself ("last week, when the Dow fell 12%"), but not the clauses of
    # their own deeper inside it ("on Wednesday of a police officer shooting a teen who charged two females")
    covered: set[Token] = set()
    stack = [date]
    while stack:
        token = stack.pop()
        covered.add(token)
        stack.extend(c for c in token.children if token == date or not _is_own_clause(c))
    starting_point = _starting_point(date)
    # (A date on the point "since" counts from dates its host, as "since 1993" does: "has plunged by 49 percent since
    # its peak in 1993"; the other points are the ends of a span, their dates theirs alone.)
    if starting_point is not None and starting_point.lower_ != "since":
        return covered | set(starting_point.subtree), starting_point
    node = date
    noun: Token | None = None
    from_phrase: Token | None = None
    while node.head != node and not _heads_a_clause(node.head):
        head = node.head
        if head.lower_ == "from" and head.dep_ == "prep" and from_phrase is None and node != date:
            from_phrase = head  # "up from 37 percent in January": the date of the starting point only
        if head.lower_ == "since" and _compares(head.head):
            # "the lowest since April 2008": the baseline of a comparison dates nothing of its clause; a "when"
            # clause on the date still tells what held then ("the best level since March 14, 2020, when there were
            # 256,000 applicants")
            return _when_clauses(date), date
        if noun is None and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and node.dep_ not in _NAMING_LINKS and (
            not _trails_adverbial(head, date)
        ):
            noun = head  # "the attack last week", "Tuesday's vote", "a 4-point deficit last month"
        node = head
    verb = node.head if node.head != node else node
    while verb.dep_ == "acl" and verb.lemma_.lower() in _NAMING_PARTICIPLES and verb.i < node.i:
        # "spent $4,700 on … a company called Pacific East between March and June": a participle that names its noun
        # takes no date; the date after the name is the clause's the noun belongs to, however the parser hung it
        node = verb
        while node.head != node and not _heads_a_clause(node.head):
            node = node.head
        verb = node.head if node.head != node else node
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _SAYING_VERBS and node.left_edge.i == verb.head.i + 1 and (
        verb.i > node.i and not any(c.dep_ == "mark" for c in verb.children)
    ):  # "said Wednesday evening there was an agreement …": a date right after a verb of saying, before what is
        # said, dates the saying (the parser hangs it on the complement's verb)
        node, verb = verb, verb.head
    if verb.dep_ in ("aux", "auxpass") and verb.head.pos_ in ("VERB", "AUX"):
        node, verb = verb, verb.head  # "did in June agree to back …": the auxiliary's verb heads the clause
    if from_phrase is not None:  # without a "to" phrase the parser hung on it ("from 15% in January to 45% now")
        to_phrases = {t for c in from_phrase.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree}
        return covered | (set(from_phrase.subtree) - to_phrases), from_phrase
    since = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if verb.dep_ == "advcl" and since is not None and any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in _COMPARATIVE_WORDS for t in date.doc[max(0, since.i - 8) : since.i]
    ):
        return set(), date  # "the first rift … since the fighting began last week"
    # A frame opening the sentence ("Of the emissions in 2016, 28% were …"); a date deep inside an opening subject
    # is no frame: it dates its noun phrase, and the clause only when that noun is the subject itself (rule 3)
    opening = node.i < verb.i and node.left_edge.i <= node.sent.start + _leading_slack(node) and (
        node.dep_ not in _ARGUMENT_LINKS or node == noun
    )
    if noun is not None:
        # "a 5.9% boost in benefits for 2022": after the object of an "in"/"of"/"on" phrase on a noun, a date dates
        # the whole noun phrase (which of the stacked nouns a trailing phrase hangs on is the parser's guess)
        # (or the sum itself after "in": "$1.5 trillion in discretionary spending for fiscal 2022"; not a partitive
        # "of": "two of this week's stars")
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "of", "on") and (
            noun.head.head.pos_ in ("NOUN", "PROPN") or (noun.head.head.pos_ == "NUM" and noun.head.lower_ == "in")
        ) and noun.head.head.i < noun.i:
            noun = noun.head.head
        covered |= set(noun.subtree)  # "the one last week … that killed nearly 200 people"
        if not opening and (noun.dep_ not in _ARGUMENT_LINKS or noun.head != verb) and not _day_of_verb_phrase(
            date, noun, verb
        ):
            return covered, noun  # a noun phrase inside a phrase: "from an 8-point deficit last month"
    shared_conjuncts: list[Token] = []
    lifted_from_infinitive = False
    while (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children
    )) or verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and not _is_own_clause(verb)) or _shares_host_date(verb):
        # "killed or wounded each day in 2025", "tried to shut down my speech last fall", "earned … delivering 51
        # speeches in 2014": a phrase without a subject of its own shares the date of its host clause
        if verb.dep_ == "conj":
            shared_conjuncts.append(verb)
        lifted_from_infinitive = lifted_from_infinitive or verb.dep_ == "xcomp"
        node, verb = (verb.head, verb.head.head) if verb.dep_ == "pcomp" else (verb, verb.head)
    covered |= _clause(verb, keep_conjuncts=node.i < verb.i)
    # "attacked Gaza early Friday morning following a barrage of 1,500 rockets": a phrase placing the clause after or
    # before another event holds that event's figures, not the clause's (as "after the debate on Saturday")
    covered -= {t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "before", "following")
                and date not in c.subtree for t in c.subtree}
    if lifted_from_infinitive:  # "is set to launch a third party next month, according to two people …": the
        # launch's date reaches the host's subject, not who tells of the plan now
        covered -= {t for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.subtree}
    for conjunct in shared_conjuncts:  # "took office in January 2009 and peaked at 10 percent in October of that
        covered |= _clause(conjunct, keep_conjuncts=False)  # year": the date's own conjunct is in its scope too
    root = verb
    if opening:  # "Of the emissions in 2016, 28% were …, 22% were …": the sentence's clauses after the frame
        host = verb
        while host.dep_ in ("ccomp", "conj", "parataxis") and host.head.i > host.i:
            host = host.head
            covered |= _clause(host, keep_conjuncts=True)
    if verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i and not any(
        c.tag_ == "TO" or (c.lower_ == "where" and c.i < verb.i) for c in verb.children
    ):  # a "where" clause tells what happens at a place ("by seven points in Florida where Trump is announcing …")
        # "the 42,000 pages handed over Monday", "the $5 million spent in 2011": the figure the participle or
        # relative clause describes, or the count of its noun (not a sum describing it: "the $1.2 trillion package
        # that Pelosi planned to bring up this week"); an infinitive's event comes after ("two opportunities now to
        # set expectations for a rate hike in December")
        covered |= {verb.head} | {t for c in verb.head.children if c.dep_ == "nummod" and not any(
            g.pos_ == "SYM" or g.text == "%" for g in c.subtree) for t in c.subtree}
        share = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("of", "in") else None
        if share is not None and (share.lower_ in ("percent", "%") or share.pos_ == "NUM"):
            # "41 percent of voters surveyed … this week": the share of what the participle describes
            covered |= {share} | {t for c in share.children if c.dep_ in ("nummod", "compound") for t in c.subtree}
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        covered |= _clause(verb.head, keep_conjuncts=False)  # "since the war began in February 2022"
        root = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in _TIME_MARKS and verb.head.dep_ == "prep" and (
        verb.head.head.pos_ in ("VERB", "AUX")
    ):  # "Since clinching her party's nomination in early June, Clinton has spent …": the gerund's clause too
        covered |= _clause(verb.head.head, keep_conjuncts=False)
        root = verb.head.head
    for child in verb.children:  # "last week, when the Dow fell more than 12%": a when-clause right after the date
        right_after = 0 < child.left_edge.i - date.right_edge.i <= 2
        if child.dep_ == "advcl" and child.left_edge.lower_ == "when" and right_after:
            covered |= _clause(child, keep_conjuncts=True)
    return covered, root


def _day_of_verb_phrase(date: Token, noun: Token, verb: Token) -> bool:
    """Is ``date`` a day's possessive on the object of a phrase on ``verb`` ("joined Republicans in Monday's committee
    vote", "At Thursday's CNN debate, Sanders added …")? It dates the clause, as "in the committee vote on Monday"
    would; a phrase placing the clause against a point in time ("after Monday's vote") keeps its date."""
    return (
        date.dep_ == "poss"
        and date.lower_ in _DAY_WORDS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head == verb
        and noun.head.lower_ not in _TIME_POINT_PREPOSITIONS
    )


_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tomorrow"}
# Links by which a date before a noun names it ("the 2016 election", "its July estimate").
_NAMING_LINKS = {"compound", "amod", "nummod", "nmod", "quantmod"}
# Nouns that only narrow a date ("Thursday night", "early Sunday morning").
_DAY_PARTS = {"night", "morning", "afternoon", "evening"}
# Nouns of a period named by its end ("the week ended July 17").
_PERIOD_NOUNS = {"week", "month", "quarter", "year", "period", "weeks", "months", "days"}
# Links of a noun that is an argument of its clause: a date on it dates the clause ("the attack last week killed 200").
_ARGUMENT_LINKS = {"nsubj", "nsubjpass", "dobj", "attr", "dative"}
# Links that open a clause of its own inside a clause: what is said, adverbial and relative clauses, asides.
_OWN_CLAUSE_LINKS = {"ccomp", "advcl", "csubj", "csubjpass", "parataxis", "relcl"}
# Participles that name the noun they follow ("a company called Pacific East"): they happen at no date of their own.
_NAMING_PARTICIPLES = {"call", "name", "dub", "title", "nickname", "label", "know"}
# Verbs whose object takes a predicate adjective in a small clause ("making health plans available to 40 million"):
# the parser makes the adjective a complement clause, but it is part of the verb's own clause.
_CAUSATIVE_VERBS = {"make", "keep", "leave", "render", "hold", "get"}
# Verbs of saying whose complement is a clause of its own.
_SAYING_VERBS = {"say", "tell", "announce", "report", "state", "claim", "confirm", "add", "write", "note", "insist"}
# Words that open an adverbial clause of its own ("when the law takes effect", "as the nation races").
_WH_WORDS = {"when", "where", "while", "whereas", "as", "how", "why", "whether", "if", "because", "although"}
# Subordinators of a clause whose date locates the clause it modifies ("lost … since the war began in 2022").
_TIME_MARKS = {"since", "until", "till", "when"}
# Words that make a phrase a comparison whose "since" names a baseline ("the lowest since", "the first … since").
_COMPARATIVE_WORDS = {"first", "only", "last"}


# Prepositions whose object is a point in time the clause is placed against: a date on that object is its own.
_TIME_POINT_PREPOSITIONS = {"after", "before", "since", "until", "till", "following", "from", "by", "ahead",
                            "through"}  # "would remain … through the end of his term in early 2017": an end point


def _trails_adverbial(noun: Token, date: Token) -> bool:
    """Is ``date`` the last word of a prepositional phrase on a verb whose object is ``noun`` ("ripped the roof off a
    Washington hotel Saturday", "reported 13,000 cases in a two-week period on Friday")? The parser hangs a
    clause-final date on the nearest noun; there it dates the verb's clause, as a date after the phrase would."""
    return (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ not in _TIME_POINT_PREPOSITIONS  # "losing supporters after the debate on Saturday"
        and noun.head.head.pos_ in ("VERB", "AUX")
        and noun.right_edge.i == date.right_edge.i
        and date.i > noun.i
    )


def _starting_point(date: Token) -> Token | None:
    """The phrase placing the clause against a point in time right before ``date`` ("would remain … through the end
    of his term in early 2017"; a "from" phrase only when a "to" phrase follows: "climbed from an 8-point deficit last
    month to a 4-point lead"): the date is that point's, however the parser hung it (on the verb)."""
    top = date if date.dep_ == "npadvmod" else (date.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else None)
    if top is None or top.head == top:
        return None
    siblings = list(top.head.children)
    point = next((c for c in siblings if c.dep_ == "prep" and c.lower_ in _TIME_POINT_PREPOSITIONS - {"by", "ahead"}
                  and c.right_edge.i == top.left_edge.i - 1), None)  # "grow by 5.9% this year": an amount
    if point is None:
        return None
    if point.lower_ != "from":  # "would remain … through the end of his term in early 2017": the end point's date
        return point
    ending = any(c.dep_ == "prep" and c.lower_ == "to" and c.i == top.right_edge.i + 1 for c in siblings)
    return point if ending else None


def _when_clauses(date: Token) -> set[Token]:
    """The relative "when" clauses on ``date`` ("March 14, 2020, when there were 256,000 applicants"): what held at
    that date, whatever the date is to the rest of the sentence."""
    return {t for c in date.children if c.dep_ == "relcl" and c.left_edge.lower_ == "when"
            for t in _clause(c, keep_conjuncts=True)}


def _shares_host_date(verb: Token) -> bool:
    """Is ``verb`` a gerund without a subject after a preposition that places nothing in time ("people counted as
    being among the unemployed last month")? It shares the date of the verb the preposition hangs on, as a
    subjectless participle does; "after"/"before" a gerund is a time clause of its own."""
    preposition = verb.head
    return (
        verb.dep_ == "pcomp" and verb.tag_ == "VBG" and preposition.dep_ == "prep"
        and preposition.lower_ not in _TIME_POINT_PREPOSITIONS and preposition.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _compares(token: Token) -> bool:
    """Is ``token`` a superlative, or a noun or verb with one ("its worst performance", "the first rift")?"""
    words = [token, *token.children]
    return any(w.tag_ in ("JJS", "RBS") or w.lower_ in _COMPARATIVE_WORDS for w in words)


def _leading_slack(branch: Token) -> int:
    """How many tokens (quotes, a conjunction) precede the phrase ``branch`` heads at the start of its sentence."""
    slack = 0
    for token in branch.sent:
        if token.i >= branch.left_edge.i or not (token.is_punct or token.lower_ in ("but", "and", "so", "yet")):
            break
        slack += 1
    return slack


def _heads_a_clause(token: Token) -> bool:
    """Does ``token`` head a clause (a verb, or the root of the sentence)?"""
    return token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT"


def _is_own_clause(token: Token) -> bool:
    """Does ``token`` head a clause of its own inside another: a complement, adverbial or relative clause, an aside,
    any verb with its own subject (not a conjoined one), or an absolute "with" phrase ("with all but 10 Republicans
    voting for it")?"""
    if token.dep_ == "advcl":  # a participle phrase without subject or subordinator belongs to its host clause
        # A subordinator opens its clause: a word like "as" after the participle opens a clause inside the phrase
        # ("setting up a cutoff … as the Delta variant rattles the recovery"), not the phrase itself.
        return any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") or (c.lower_ in _WH_WORDS and c.i < token.i)
                   for c in token.children)
    if token.dep_ == "ccomp" and token.pos_ == "ADJ" and token.head.lemma_.lower() in _CAUSATIVE_VERBS and not any(
        c.dep_ in ("mark", "aux", "auxpass", "cop") for c in token.children
    ):
        return False  # "making health plans available to 40 million Americans": a small clause of the verb's object
    if token.dep_ in _OWN_CLAUSE_LINKS:
        return True
    if token.dep_ == "pcomp" and token.pos_ == "VERB" and token.head.lower_ in ("after", "before"):
        return True  # "was closed on Wednesday after cutting its output to 40% a day earlier": a time clause
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("conj", "ROOT", "xcomp") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children
    ):
        return True
    # An active participle or relative clause on the noun is the absolute phrase's predicate; a passive participle is
    # mostly a reduced relative that only describes the noun ("recorded a grim milestone Tuesday with over 600,000
    # deaths attributed to coronavirus"), and the phrase then belongs to its clause.
    return token.dep_ == "prep" and token.lower_ == "with" and (any(
        g.dep_ in ("acl", "relcl") and g.pos_ == "VERB" and g.tag_ != "VBN"
        for c in token.children if c.dep_ == "pobj" for g in c.children
    ) or any(  # "with 40 percent supporting him before": the subject parsed inside the participle
        c.dep_ == "pcomp" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children) for c in token.children
    ))


def _clause(verb: Token, keep_conjuncts: bool) -> set[Token]:
    """The tokens of the clause headed by ``verb``: its subtree without the clauses of their own inside it (and
    without conjoined verbs unless ``keep_conjuncts``: a date before coordinated verbs dates them all)."""
    covered: set[Token] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        covered.add(token)
        for child in token.children:
            if _is_own_clause(child):
                if child.dep_ == "ccomp" and token == verb and verb.lemma_ in _SAYING_VERBS:
                    stack.extend(_reporters_participles(child))
                continue
            if child.dep_ == "conj" and token == verb and child.pos_ in ("VERB", "AUX") and not keep_conjuncts:
                continue
            stack.append(child)
    return covered


def _reporters_participles(said: Token) -> list[Token]:
    """Participle phrases the parser hung inside the quoted complement ``said`` of a verb of saying although they
    stand outside the quotation ("said the panel “will not let … stand in the way” of the investigation, offering her
    first detailed remarks on …"): the reporter's words, not the speaker's, they tell what the sayer did while saying
    and share the saying's clause."""
    sentence = said.sent
    quotes = [t.i for t in sentence if t.is_quote]
    if not quotes:
        return []

    def quoted(token: Token) -> bool:
        return sum(1 for i in quotes if i < token.i) % 2 == 1

    return [
        t for t in said.subtree
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > quotes[-1] and not quoted(t) and quoted(t.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
    ]
