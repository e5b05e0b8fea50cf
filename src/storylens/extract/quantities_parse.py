"""What a number counts and what a share is of, read from the sentence's dependency parse.

:mod:`storylens.extract.quantities` finds numbers with regular expressions; the words around a number are where
those rules generalise worst (first runs on three fresh draws of real sentences missed "two firearms licenses",
"Two major Indian telecom firms", "the three mentioned at the hearing", "12 of the 19 contain …"). The spaCy parse
the claims stage already holds says which noun a number modifies (``nummod``, reached through ``compound`` /
``quantmod`` links inside "1.1 million") and which ``of``/``in`` phrase hangs off a percent or a sum, so
:class:`SentenceParse` answers those two questions from it. Every method returns ``None`` when the parse has no
opinion (no token at that place, a number the parse does not attach), and the regex rules then decide as before.
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
                      "further", "total"}
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
        if token.dep_ not in ("nummod", "quantmod", "compound") or head.i <= token.i:
            if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "ROOT"):
                return None, after
            return None
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN") and (
            head.lower_ not in _MEASURE_UNITS
        ):
            head = head.head  # "Seven Senate Judiciary Committee Democrats": the number counts the whole compound
        words = [t for t in self.span if t.idx - self.shift >= after and t.i <= head.i]
        inside = {t.i for t in words}
        if not words or any(t.head.i not in inside for t in words if t.i != head.i):
            return None  # a word between the number and the noun belongs elsewhere in the sentence
        if any(t.dep_ not in _NOUN_MODIFIERS for t in words if t.i != head.i):
            return None  # "10 or more people": the phrase is interrupted; the regex rules read around it
        if head.ent_type_ == "DATE" or head.lower_ in _DATE_WORDS:
            return None  # "12 Monday": a date after the number, not what it counts
        while len(words) > 1 and words[0].text in _DROPPED_MODIFIERS:  # lower case only: "New Black Panther Party"
            words = words[1:]
        if words[0].is_punct and not (words[0].is_quote and any(t.is_quote for t in words[1:])):
            return None  # a quoted word inside the phrase is kept: three "guilty" counts
        following = head.nbor(1) if head.i + 1 < len(head.doc) else None
        if following is not None and head.tag_ == "NN" and following.tag_ == "NNS" and (
            head.lower_ not in _MEASURE_UNITS
        ):
            head = following  # "1 billion vaccine doses" (but "150 mph winds" is in mph)
        # "two dozen other candidates and lawmakers": a noun conjoined to the head, with no number of its own, is
        # counted with it ("three Republicans and four Democrats" are two counts).
        conjoined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i == head.i + 2
                     and head.nbor(1).dep_ == "cc" and not any(g.dep_ == "nummod" for g in c.children)]
        if conjoined and head.tag_ == conjoined[0].tag_ == "NNS":
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

    def is_year(self, start: int, end: int) -> bool | None:
        """Does the parser's entity recogniser read the bare number at ``[start, end)`` as a date?"""
        tokens = self._tokens(start, end)
        if len(tokens) != 1 or not tokens[0].ent_type_:
            return None
        return tokens[0].ent_type_ == "DATE"

    def is_pronoun(self, start: int, end: int) -> bool:
        """Does the parse read the word at ``[start, end)`` as a pronoun ("if one truly believed …")?"""
        tokens = self._tokens(start, end)
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
