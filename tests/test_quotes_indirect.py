"""Content boundaries of indirect attributions (session 7's rules in storylens.extract.quotes), each checked on a
sentence of the shape the rule is about; the old boundary is the failure each test guards against."""

from __future__ import annotations

import pytest

from storylens.evaluate.quotes import article_from_text
from storylens.extract.actors import find_actors
from storylens.extract.attribution_model import AttributionModel
from storylens.extract.parse import parse_article
from storylens.extract.quotes import find_quotes
from storylens.nlp import Resources
from storylens.records import Quote
from storylens.settings import QuoteSettings


@pytest.fixture(scope="module")
def model(resources: Resources) -> AttributionModel:
    return AttributionModel.load(resources)


def _only_quote(resources: Resources, model: AttributionModel, text: str) -> Quote:
    parsed = parse_article(article_from_text("t1", text), resources.spacy)
    quotes = find_quotes(parsed, find_actors(parsed), QuoteSettings(), model)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A second 'that' clause the parser hangs on the cue is still what was said.
        (
            "Clinton believes there are no good options, but that sometimes the lesser of two evils will have to do.",
            "there are no good options, but that sometimes the lesser of two evils will have to do",
            "Clinton",
        ),
        # A list after the object is no apposition describing it.
        (
            "At the rally, Trump thanked his parents, his siblings, his wife and his children.",
            "his parents, his siblings, his wife and his children",
            "Trump",
        ),
        # The cue's 'as' phrase says what the object is taken for.
        ("The senator had criticized the pope as a political person.", "the pope as a political person", "The senator"),
        # A relative clause after a comma at the end of a reported clause is the writer's description.
        (
            "Officials said the FBI had secured the cooperation of Bryan Pagliano, who worked on Clinton's campaign.",
            "the FBI had secured the cooperation of Bryan Pagliano",
            "Officials",
        ),
        # With clauses on both sides of the cue, the one after it is reported.
        (
            "In a statement released shortly after the Florida senator suspended his campaign, Cruz said he is"
            " certain Rubio will continue to fight.",
            "he is certain Rubio will continue to fight",
            "Cruz",
        ),
        # What was said cannot end inside a quotation opened in it.
        (
            'Trump said Rubio is "weak on illegal immigration, you know that. Weak like a baby."',
            'Rubio is "weak on illegal immigration, you know that. Weak like a baby."',
            "Trump",
        ),
    ],
)
def test_indirect_content_boundaries(
    resources: Resources, model: AttributionModel, text: str, content: str, speaker: str
) -> None:
    quote = _only_quote(resources, model, text)
    assert not quote.direct
    assert quote.text == content
    assert quote.speaker.text == speaker


def test_a_quotation_before_the_cue_stays_its_own_when_a_clause_follows(
    resources: Resources, model: AttributionModel
) -> None:
    text = '"He is having some problems," Cruz said as the heckler yelled: "You suck!"'
    parsed = parse_article(article_from_text("t1", text), resources.spacy)
    quotes = find_quotes(parsed, find_actors(parsed), QuoteSettings(), model)
    said = next(q for q in quotes if q.cue == "said")
    assert said.direct and said.text == "He is having some problems" and said.speaker.text == "Cruz"
