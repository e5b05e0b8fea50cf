"""Quotes: quote-mark pairing, attribution rules, and the seed articles through the real cleaning and parsing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from storylens.clean import clean_document
from storylens.evaluate.quotes import article_from_text
from storylens.extract.actors import find_actors
from storylens.extract.parse import ParsedArticle, parse_article
from storylens.extract.quote_marks import find_quoted_spans
from storylens.extract.quotes import find_quotes, quote_id
from storylens.nlp import Resources
from storylens.records import Article, Quote, RawDocument, SpeakerKind
from storylens.settings import QuoteSettings, Settings
from tests.conftest import SEED_000, SEED_003


def _quoted(text: str) -> list[str]:
    return [text[s:e] for q in find_quoted_spans([(0, text)]) for s, e in q.pieces]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'This is not the time to go it alone,' Rutte declared.", ["This is not the time to go it alone"]),
        ("'Friends don't come with threats,' Costa said of Rutte's plan.", ["Friends don't come with threats"]),
        ("He called it “unacceptable.”", ["unacceptable."]),
        ('He called it "unacceptable," she said.', ["unacceptable"]),
        ("« Nous sommes prêts », a-t-il dit.", ["Nous sommes prêts"]),
        ("The allies' plans and Rutte's words, don't worry.", []),
        ("An open “quote that never closes.", []),
        ("A stray ” close and “a real one” here.", ["a real one"]),
        ("In the ’90s he said ‘no’.", ["no"]),
        ("''We may be seeing it,'' he said of the allies' plan.", ["We may be seeing it"]),
        ('"The law isn’t about “Equal Justice” anymore." he said.', ["The law isn’t about “Equal Justice” anymore."]),
        # Web text mixes glyphs within one quotation; a mark that can only close closes it.
        ('“I fundamentally disagree," said the general. "It is wrong.”', ["I fundamentally disagree", "It is wrong."]),
        ("“Do you want to be associated with a fascist?“ he asked.", ["Do you want to be associated with a fascist?"]),
        # A stray space before a straight closing mark after the quotation's punctuation.
        ('"It is a disgrace that he is doing this, " Trump said.', ["It is a disgrace that he is doing this"]),
        # A missing space after a sentence before an opening mark.
        ('"It was all lies," said one owner."We got deceived."', ["It was all lies", "We got deceived."]),
        # A closing glyph typed as the opening one after a space; glued to the next sentence it still closes.
        ("”Fear. I am afraid.” ― Sonya Herridge", ["Fear. I am afraid."]),
        ("He said “I love Hispanics!”Former governor Bush said no.", ["I love Hispanics!"]),
        ("“We need it.”― Pamela Padilla", ["We need it."]),
    ],
)
def test_quote_marks_pair_and_tell_apostrophes(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_quote_left_open_continues_into_next_paragraph_that_reopens() -> None:
    first = "“We will go on,” she said. “This paragraph ends open."
    second = "“And this one closes,” she added."
    spans = find_quoted_spans([(0, first), (len(first) + 1, second)])
    multi = [q for q in spans if len(q.pieces) == 2]
    assert len(multi) == 1
    text = first + "\n" + second
    assert [text[s:e] for s, e in multi[0].pieces] == ["This paragraph ends open.", "And this one closes"]


def _parsed(resources: Resources, text: str, article_id: str = "a1") -> ParsedArticle:
    return parse_article(article_from_text(article_id, text), resources.spacy)


def _quotes(resources: Resources, text: str) -> tuple[Quote, ...]:
    parsed = _parsed(resources, text)
    return find_quotes(parsed, find_actors(parsed), QuoteSettings())


def test_split_quote_is_one_quote_with_parts(resources: Resources) -> None:
    text = "“We are ready,” Mark Rutte said on Monday. “The alliance is strong and united.”"
    (quote,) = _quotes(resources, text)
    assert quote.direct and not quote.partial
    assert [text[p.start : p.end] for p in quote.parts] == ["We are ready", "The alliance is strong and united."]
    assert quote.speaker.text == "Mark Rutte" and quote.speaker.kind is SpeakerKind.NAMED
    assert quote.cue == "said" and quote.cue_lemma == "say"
    assert text[quote.cue_start : quote.cue_end] == "said"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind", "cue_lemma"),
    [
        ("Officials said that the talks had failed.", "that the talks had failed", "Officials", "anonymous", "say"),
        ("The talks failed, according to the report.", "The talks failed", "the report", "document", "according to"),
        ("Anna Lind told the BBC that the deal was dead.", "that the deal was dead", "Anna Lind", "named", "tell"),
        ("Some experts note that the plan is costly.", "that the plan is costly", "Some experts", "vague", "note"),
        ("Anna Lind has questioned whether it works.", "whether it works", "Anna Lind", "named", "question"),
    ],
)
def test_indirect_attributions(
    resources: Resources, text: str, content: str, speaker: str, kind: str, cue_lemma: str
) -> None:
    (quote,) = _quotes(resources, text)
    assert (quote.text, quote.speaker.text, quote.speaker.kind.value, quote.cue_lemma) == (
        content,
        speaker,
        kind,
        cue_lemma,
    )
    assert not quote.direct


def test_scare_quotes_are_not_quotes(resources: Resources) -> None:
    assert _quotes(resources, "The so-called “peace dividend” shrank as the 'Trump Whisperer' era began.") == ()


def test_unbalanced_marks_never_crash(resources: Resources) -> None:
    text = "“He said it ' and then ” left. « Half\n“Another, she said.\n'Odd one"
    quotes = _quotes(resources, text)
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_quote_ids_are_stable_and_offsets_exact(resources: Resources) -> None:
    text = "“The deal is off,” the minister said."
    first, second = _quotes(resources, text), _quotes(resources, text)
    assert first == second
    (quote,) = first
    assert quote.id == quote_id("a1", quote.start, quote.end)
    assert text[quote.start : quote.end] == quote.text == "The deal is off"


# The seeds, through the real cleaner: what issue 3 lists, with the right speakers.


def _seed(resources: Resources, path: Path) -> tuple[Article, tuple[Quote, ...]]:
    if not path.is_file():
        pytest.fail(f"{path} is missing: the tests read ../shared beside the checkout")
    settings = Settings()
    raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text")
    article = clean_document(raw, settings, resources)
    parsed = parse_article(article, resources.spacy)
    actors = find_actors(parsed)
    return article, find_quotes(parsed, actors, settings.quotes)


def _find(quotes: Sequence[Quote], words: str) -> Quote:
    matches = [q for q in quotes if words in q.text]
    assert len(matches) == 1, (words, [q.text for q in quotes])
    return matches[0]


def _analysed(article: Article, quote: Quote) -> bool:
    return any(s.start <= quote.start and quote.end <= s.end for s in article.analysed_segments()) or any(
        s.start <= p.start and p.end <= s.end for p in quote.parts for s in article.analysed_segments()
    )


def test_seed_000_quotes(resources: Resources) -> None:
    article, quotes = _seed(resources, SEED_000)
    text = article.text
    rutte = _find(quotes, "This is not the time to go it alone")
    assert rutte.direct and rutte.cue == "declared" and rutte.speaker.text == "Rutte"
    assert rutte.speaker.kind is SpeakerKind.NAMED
    costa = _find(quotes, "Friends don't come with threats, they respect each other")
    assert costa.direct and costa.speaker.text == "Costa" and costa.speaker.kind is SpeakerKind.NAMED
    merz = _find(quotes, "unacceptable")
    assert merz.partial and "Friedrich Merz" in merz.speaker.text
    strategy = _find(quotes, "If it continues like this")
    assert strategy.direct and strategy.speaker.kind is SpeakerKind.DOCUMENT
    assert strategy.speaker.text == "the strategy document" and strategy.cue == "states"
    source = _find(quotes, "As long as European security depends on the Americans, he has no choice")
    assert source.speaker.kind is SpeakerKind.ANONYMOUS and source.speaker.text == "a source close to Rutte"
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert _analysed(article, quote), quote  # nothing from teasers or boilerplate
        if quote.speaker.text.lower() in {"he", "she", "it"}:
            assert quote.speaker.actor is not None, quote  # "he seeks to maintain …" is Rutte
    # Actors: Rutte's aliases resolve to one actor, the document to another.
    assert costa.speaker.actor is not None and rutte.speaker.actor is not None
    assert strategy.speaker.actor is not None
    assert len({rutte.speaker.actor, costa.speaker.actor, strategy.speaker.actor}) == 3


def test_seed_003_quotes(resources: Resources) -> None:
    article, quotes = _seed(resources, SEED_003)
    wall = _find(quotes, "a monument to the force of freedom")
    assert wall.speaker.text == "He" and wall.speaker.kind is SpeakerKind.NAMED and wall.speaker.actor
    spending = _find(quotes, "Allied defence spending and production must rise rapidly")
    assert spending.direct and spending.speaker.text == "he" and spending.speaker.actor == wall.speaker.actor
    # "He linked …, portraying …": a learned cue's pronoun subject resolves to the person mentioned last.
    portraying = _find(quotes, "the Kremlin’s ambitions in Ukraine")
    assert portraying.speaker.text == "He" and portraying.speaker.actor == wall.speaker.actor
    assert portraying.speaker.kind is SpeakerKind.NAMED
    bbc = _find(quotes, "good news for collective defence")
    assert bbc.cue_lemma == "tell" and bbc.speaker.actor == wall.speaker.actor and not bbc.direct
    vague = {q.speaker.text: q for q in quotes if q.speaker.kind is SpeakerKind.VAGUE}
    assert {"some experts", "analysts", "critics"} <= set(vague)
    assert vague["some experts"].cue == "note" and vague["analysts"].cue == "argue"
    assert vague["critics"].cue == "call"
    claims = _find(quotes, "some European states allow minority governments")
    assert claims.speaker.kind is SpeakerKind.DOCUMENT
    # "The strategy suggests that the United States may …, hinting at …": the hint is the strategy's.
    hint = next(q for q in quotes if q.cue == "hinting")
    assert hint.speaker.kind is SpeakerKind.DOCUMENT and hint.speaker.actor == claims.speaker.actor
    teasers = [s for s in article.segments if s.kind.value == "teaser"]
    assert teasers, "the cleaner labels the spliced headlines as teasers"
    for quote in quotes:
        assert not any(t.start <= quote.start < t.end for t in teasers)


def test_quoted_show_titles_are_not_quotes(resources: Resources) -> None:
    text = "Issa said on Fox News’ “Sunday Morning Futures” that the FBI had the evidence. She told CNN’s “New Day”."
    quotes = _quotes(resources, text)
    assert not any(q.direct for q in quotes)
    assert not any(q.text == "New Day" for q in quotes)


def test_scare_quotes_after_a_quote_do_not_continue_it(resources: Resources) -> None:
    text = (
        "Beck said, “It couldn’t be more clear, and yet so many people are missing it.”\n"
        "Beck, who has described Trump as “a pathological narcissist”, wanted the audience to “turn away” from him."
    )
    quotes = _quotes(resources, text)
    clear = _find(quotes, "It couldn’t be more clear")
    assert clear.direct and clear.speaker.text == "Beck"
    assert "turn away" not in clear.text and not clear.parts


def test_attitude_verbs_attribute_stances(resources: Resources) -> None:
    text = "Sanders has long admired Pope Francis. The campaign refused to comment on the report."
    quotes = _quotes(resources, text)
    admired = _find(quotes, "Pope Francis")
    assert admired.cue == "admired" and admired.speaker.text == "Sanders"
    refused = _find(quotes, "to comment on the report")
    assert refused.cue_lemma == "refuse" and refused.speaker.text == "The campaign"
    # An action verb with a person subject is no attitude.
    assert not _quotes(resources, "Trump won Nevada by a wide margin.")


def test_name_colon_frame_attributes_what_follows(resources: Resources) -> None:
    text = "Poll: Bernie Sanders Burns Hillary Clinton With First-Ever National Lead\n12:20 p.m.: The polls close."
    quotes = _quotes(resources, text)
    poll = _find(quotes, "Bernie Sanders Burns Hillary Clinton")
    assert poll.cue == ":" and poll.speaker.text == "Poll" and not poll.direct
    assert not any("polls close" in q.text for q in quotes)  # a time stamp is no speaker


def test_a_cue_conjoined_inside_a_content_continues_the_report(resources: Resources) -> None:
    text = 'Anna Lind said it was too early to call the race but added, "I think you all know the result."'
    quotes = _quotes(resources, text)
    said = _find(quotes, "it was too early")
    assert said.text == "it was too early to call the race" and said.speaker.text == "Anna Lind"
    added = _find(quotes, "I think you all know the result")
    assert added.direct and added.cue == "added" and added.speaker.text == "Anna Lind"


def test_a_quotation_a_cue_introduces_inside_a_wider_content_is_direct(resources: Resources) -> None:
    text = '"He is having some problems," Cruz said as the heckler yelled: "You suck!"'
    quotes = _quotes(resources, text)
    yelled = _find(quotes, "You suck!")
    assert yelled.direct and yelled.cue == "yelled" and yelled.speaker.text == "the heckler"


def test_pronoun_speakers_resolve_to_the_person_mentioned_last(resources: Resources) -> None:
    text = "Anna Lind arrived in Oslo on Monday. She linked the crisis to the budget, portraying the cuts as reckless."
    parsed = _parsed(resources, text)
    actors = find_actors(parsed)
    lind = next(a for a in actors if a.name == "Anna Lind")
    for quote in find_quotes(parsed, actors, QuoteSettings()):
        if quote.speaker.text == "She":
            assert quote.speaker.actor == lind.id and quote.speaker.kind is SpeakerKind.NAMED


def test_titles_of_works_in_apposition_are_not_quotes(resources: Resources) -> None:
    text = "In his new book, ''Doomed to Succeed,'' and in an interview, Mr. Ross said the talks had failed."
    assert not any(q.direct for q in _quotes(resources, text))


def test_a_quotation_paragraph_signed_by_the_next_one_is_that_speakers(resources: Resources) -> None:
    text = '"Boeing and GE and other multinationals pay zero taxes."\n- Bernie Sanders.\nThis is a complex issue.'
    quote = _find(_quotes(resources, text), "pay zero taxes")
    assert quote.direct and quote.speaker.text == "Bernie Sanders" and quote.speaker.kind is SpeakerKind.NAMED


def test_quotations_signed_at_their_paragraph_end_are_their_signers(resources: Resources) -> None:
    # A collection of readers' words: each paragraph a quotation signed by a dash and a name (a horizontal bar glued
    # to the closing mark, or a closing glyph typed as the opening one); no cue verb anywhere.
    lines = [
        "“He can’t even answer a question without scaring people about something else first.”\xa0― Esther Tapia",
        "”Fear. I am truly afraid that he will win the election in November.” ― Sonya Herridge",
        "“Maybe, we can build a wall around the candidate and his campaign.”― Steve Quinlan.",
        '"The debate just proved that he is not fit to be president of anything." - Carla Sanchez',
    ]
    quotes = [q for q in _quotes(resources, "\n".join(lines)) if q.direct]
    assert [(q.text[:12], q.speaker.text, q.speaker.kind) for q in quotes] == [
        ("He can’t eve", "Esther Tapia", SpeakerKind.NAMED),
        ("Fear. I am t", "Sonya Herridge", SpeakerKind.NAMED),
        ("Maybe, we ca", "Steve Quinlan", SpeakerKind.NAMED),
        ("The debate j", "Carla Sanchez", SpeakerKind.NAMED),
    ]
    assert all(not q.parts and q.cue.strip() in {"―", "-"} for q in quotes)


def test_a_quotation_after_a_colon_with_its_own_frame_after_it_is_direct(resources: Resources) -> None:
    # The parser hangs the sentence before the colon on the frame's verb too; the quotation is still the frame's.
    text = (
        "C. Boyden Gray, who served as White House counsel, ticked through the code of conduct the dynasty has long "
        "embodied: ''Civility and good manners were kind of assumed,'' he said."
    )
    quote = _find(_quotes(resources, text), "Civility and good manners")
    assert quote.direct and quote.text == "Civility and good manners were kind of assumed" and quote.cue == "said"


def test_a_cue_whose_colon_introduces_the_next_quotation_does_not_take_the_one_before(resources: Resources) -> None:
    text = (
        "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that happened "
        "today is the work of terrorists.''"
    )
    quotes = sorted((q for q in _quotes(resources, text) if q.direct), key=lambda q: q.start)
    assert [([text[p.start : p.end] for p in q.parts] or [q.text], q.speaker.text) for q in quotes] == [
        (["We are refugees", "We are not terrorists."], "Ms. Alawee"),
        (["The attack that happened today is the work of terrorists."], "Mr. Zahed"),
    ]


def test_a_dash_after_a_quotation_inside_prose_signs_nothing(resources: Resources) -> None:
    text = "He called the plan “a disaster for the country and for us” - a view many of his voters share."
    assert not any(q.direct for q in _quotes(resources, text))


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        ("-Michelle Marks, Philadelphia.", "Michelle Marks"),
        ("-President Obama, tweeting after his speech.", "President Obama"),
    ],
)
def test_a_signature_with_the_dash_glued_to_the_name_and_a_description(
    resources: Resources, signature: str, speaker: str
) -> None:
    text = f'"The whole idea of it is something that we hear about all the time, and it needs to stop."\n{signature}'
    quote = _find(_quotes(resources, text), "needs to stop")
    assert quote.direct and quote.speaker.text == speaker and quote.cue == "-"


def test_a_headline_then_a_name_colon_frame_attributes_the_quotation(resources: Resources) -> None:
    text = "TURNOUT IN IOWA DOES NOT RAISE HOPES - Michael P. McDonald: “At long last the contests have started.”"
    quote = _find(_quotes(resources, text), "At long last")
    assert quote.direct and quote.speaker.text == "Michael P. McDonald"


def test_prose_between_paragraphs_stops_a_quote_continuing(resources: Resources) -> None:
    text = '"He can have briefings," Reid said. "But I hope they are fake."\n@potus.\n"Great speech. She is ready."'
    quote = _find(_quotes(resources, text), "He can have briefings")
    assert "Great speech" not in " ".join(text[p.start : p.end] for p in quote.parts)


def test_an_object_content_stops_before_a_trailing_relative_clause(resources: Resources) -> None:
    text = "Anna Lind thanked the crowd, which periodically chanted her name."
    thanked = _find(_quotes(resources, text), "the crowd")
    assert thanked.text == "the crowd" and thanked.speaker.text == "Anna Lind"


def test_a_quotation_framed_after_it_is_direct_inside_a_wider_content(resources: Resources) -> None:
    text = (
        "Later, Murphy followed up by lamenting the churn of meaningless tasks his job entails: "
        "“There’s just a ton of paperwork with this job,” he said."
    )
    quote = _find([q for q in _quotes(resources, text) if q.direct], "There’s just a ton of paperwork")
    assert quote.cue == "said" and quote.speaker.text == "he"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The parser gives 'writes' two subjects ('Toil' inside the quotation): the nearest is the speaker.
        ("“Toil hopelessly or go to prison,” Frank writes. “That is life at the bottom.”", "Frank"),
        # The parser hangs the name on the quotation: the frame's name between the mark and the cue speaks.
        ("“It is not the position that all is hunky-dory,” Gene Sperling, a top adviser, said.", "Gene Sperling"),
    ],
)
def test_inverted_frames_give_their_speaker_despite_the_parse(resources: Resources, text: str, speaker: str) -> None:
    (quote,) = [q for q in _quotes(resources, text) if q.direct]
    assert quote.speaker.text == speaker and quote.speaker.kind is SpeakerKind.NAMED


def test_a_lower_case_quotation_is_partial_not_direct(resources: Resources) -> None:
    text = "An economic downturn, he said, “could be a good time to borrow and pay off debt.”"
    quote = _find(_quotes(resources, text), "could be a good time")
    assert quote.partial and not quote.direct


def test_a_quotation_run_on_from_the_writers_words_is_mixed_not_direct(resources: Resources) -> None:
    text = 'Jason Kander said in a statement that "Washington dysfunction has stopped Congress from responding."'
    quotes = _quotes(resources, text)
    assert not any(q.direct for q in quotes)
    said = _find(quotes, "Washington dysfunction")
    assert 'that "Washington' in said.text and said.speaker.text == "Jason Kander"


@pytest.mark.parametrize(
    ("text", "words", "cue", "speaker"),
    [
        (
            "“Who can remember how many states i’ve lost in a row? Is it two? Three?” Clinton asks as a maintenance"
            " guy walks in front of her, saying he’s “here to fix the seven holes in your wall.”",
            "Who can remember",
            "asks",
            "Clinton",
        ),
        (
            "Mr. Manafort offered an olive branch.\n''Is Donald Trump running against the Republican National"
            " Committee?'' asked Mr. Manafort, referring to the candidate's unrelenting assault on the process.",
            "Is Donald Trump running",
            "asked",
            "Mr. Manafort",
        ),
    ],
)
def test_a_frame_opening_the_next_sentence_attributes_the_quotation(
    resources: Resources, text: str, words: str, cue: str, speaker: str
) -> None:
    # The parser ends the sentence at the closing mark; the frame opens the next one.
    quote = _find([q for q in _quotes(resources, text) if q.direct], words)
    assert quote.cue == cue and quote.speaker.text == speaker


def test_a_lower_case_quotation_a_speech_verb_introduces_is_direct(resources: Resources) -> None:
    text = "A woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”"
    quote = _find(_quotes(resources, text), "as long as")
    assert quote.direct and not quote.partial and quote.speaker.text == "Clinton"


def test_a_lead_in_ending_with_a_colon_attributes_the_quotation_after_it(resources: Resources) -> None:
    text = (
        "When Wallace died in 1998, President Clinton released the following statement:\n"
        "“Hillary and I offer our condolences to the family and friends of George Wallace.”"
    )
    quote = _find([q for q in _quotes(resources, text) if q.direct], "Hillary and I offer")
    assert quote.speaker.text == "President Clinton"


def test_a_frame_verb_the_tagger_took_for_a_noun_still_attributes(resources: Resources) -> None:
    text = (
        "The editors aimed their Friday editorial at Clinton.\n"
        "“If she wants to be the next president, Hillary Clinton should visit Baton Rouge,” the editorial read."
    )
    quote = _find([q for q in _quotes(resources, text) if q.direct], "If she wants")
    assert quote.cue == "read" and quote.speaker.text == "the editorial"


def test_a_quotation_split_by_its_frame_is_one_quote_when_the_cue_owns_the_second_piece(resources: Resources) -> None:
    text = "“First and foremost,” she told Hewitt, “I would never, ever want to wish a Gold Star status on anyone.”"
    (quote,) = [q for q in _quotes(resources, text) if q.direct]
    assert [text[p.start : p.end] for p in quote.parts] == [
        "First and foremost",
        "I would never, ever want to wish a Gold Star status on anyone.",
    ]
    assert quote.cue == "told" and quote.speaker.text == "she"


def test_a_quote_left_open_to_the_paragraph_end_is_a_quotation() -> None:
    # The writer left the closing mark out; the next paragraph goes on in the writer's words.
    first = "“We will look at his record,” said the editor. “His candidacy has defied all conventions so far."
    second = "He continued, “That is what we intend to do.”"
    text = first + "\n" + second
    spans = find_quoted_spans([(0, first), (len(first) + 1, second)])
    assert [text[s:e] for q in spans for s, e in q.pieces] == [
        "We will look at his record",
        "His candidacy has defied all conventions so far.",
        "That is what we intend to do.",
    ]
    # A stray opening mark inside the writer's sentence still pairs with nothing.
    assert _quoted("He called the plan “reckless and then left the room.") == []


def test_a_straight_closing_mark_after_a_single_closing_mark_and_a_space_closes() -> None:
    text = "\"Sanders has to do the 'Carolina two-step' \" - increasing his name recognition."
    assert _quoted(text) == ["Sanders has to do the 'Carolina two-step'"]


def test_a_long_frame_that_is_only_the_speaker_attributes_the_quotation(resources: Resources) -> None:
    # The learned content of 'said' runs from the quotation over the frame; the frame is only the speaker's phrase.
    text = (
        "''He says what everyone else wants to say but they're too scared to say,'' Steve Moody, a small-business "
        "owner, said at Mr. Trump's rally on Tuesday. ''Illegal immigrants are coming into this country.''"
    )
    quote = _find([q for q in _quotes(resources, text) if q.direct], "He says what")
    assert [text[p.start : p.end] for p in quote.parts] == [
        "He says what everyone else wants to say but they're too scared to say",
        "Illegal immigrants are coming into this country.",
    ]
    assert quote.speaker.text == "Steve Moody"


@pytest.mark.parametrize(
    "text",
    [
        "“Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State "
        "of the Union” Sunday. “Thank God, I am very healthy.”",
        "''Of course we're going to release our medical records,'' Mr. Sanders said by telephone on NBC's ''Meet "
        "the Press.'' ''Thank God, I am very healthy.''",
    ],
)
def test_a_programme_named_in_the_frame_does_not_stop_the_quote(resources: Resources, text: str) -> None:
    (quote,) = [q for q in _quotes(resources, text) if q.direct]
    pieces = [text[p.start : p.end] for p in quote.parts]
    assert len(pieces) == 2 and pieces[0].startswith("Of course") and pieces[1] == "Thank God, I am very healthy."


def test_a_lower_case_quotation_after_the_addressee_of_a_speech_verb_is_direct(resources: Resources) -> None:
    text = "Carson did not name his rivals, but told his supporters, “our nation is in horrible trouble.”"
    quote = _find(_quotes(resources, text), "our nation")
    assert quote.direct and not quote.partial and quote.speaker.text == "Carson"
    # A quotation opening with a verb has its subject in the writer's words: not direct.
    text = "Pence then revealed Trump, “strongly encouraged me to endorse Paul Ryan.”"
    assert not any(q.direct for q in _quotes(resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "In his autobiography, ''A Time for Truth,'' published in 2015, Mr. Cruz described his father's escape.",
        "Trump said a smaller jet came from a troubled company, according to his book ''The Art of the Deal.''",
        'Supporters can read a CounterPunch article titled "Clinton Does Best Where Voting Machines Flunk Hacking '
        'Tests."',
        "According to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair, he told his roommate.",
    ],
)
def test_titles_of_works_named_as_such_or_with_a_byline_are_not_quotes(resources: Resources, text: str) -> None:
    assert not any(q.direct for q in _quotes(resources, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The parser takes a word of the quotation for the subject of the frame after it.
        (
            "“They were professionals, but also competitors,” William Daley, the president's former chief of staff, "
            "said of their time in the administration.",
            "William Daley",
        ),
        # The name follows the cue of an inverted frame the parser left without a subject.
        (
            "\"Debate recap,\" tweeted Rubio spokesman Alex Conant. \"Clinton: 'I come from the 60s.'\"",
            "Rubio spokesman Alex Conant",
        ),
    ],
)
def test_the_speaker_of_a_frame_after_the_quotation_is_never_inside_it(
    resources: Resources, text: str, speaker: str
) -> None:
    (quote,) = [q for q in _quotes(resources, text) if q.direct]
    assert quote.speaker.text == speaker


def test_a_quotation_after_a_reported_clause_and_a_colon_completes_that_content(resources: Resources) -> None:
    text = (
        "Mr. Slinker said Mr. Trump was a candidate very much in the spirit of Silicon Valley: ''He's a start-up "
        "kind of guy. He has a lot of ideas.''"
    )
    quotes = _quotes(resources, text)
    assert not any(q.direct for q in quotes)
    mixed = _find(quotes, "spirit of Silicon Valley")
    assert mixed.text.startswith("Mr. Trump was") and mixed.text.endswith("a lot of ideas.")
    # A lead-in holding only whom the cue addresses still introduces a direct quote.
    text = "Mr. Slinker told the crowd: ''He's a start-up kind of guy. He has a lot of ideas.''"
    assert _find(_quotes(resources, text), "start-up").direct
