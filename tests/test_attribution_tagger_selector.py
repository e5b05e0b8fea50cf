"""The candidate selector: its stored trees score like scikit-learn's, and the selection keeps the rules' direct
quotes, takes the best-scored of overlapping candidates, and gives a tagged attribution the speaker of the rule
quote sharing its cue. Runs without torch; the shipped classifier is checked on PolNeAR by the gate."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from storylens.clean import clean_document
from storylens.errors import ModelError
from storylens.evaluate.attribution_tagger import SelectorSettings, fit_selector
from storylens.extract.actors import find_actors
from storylens.extract.attribution_selector import (
    FEATURES,
    CandidateClassifier,
    WordTags,
    all_candidates,
    candidate_features,
    candidates_of,
    repaired_candidates,
    select_attributions,
    short_candidates,
)
from storylens.extract.attribution_tagger import (
    BEGIN,
    INSIDE,
    OUTSIDE,
    TaggedAttribution,
    TokenisedArticle,
    load_tokenizer,
    resolve_tagged_speakers,
    tagged_to_quote,
    tokenise_article,
)
from storylens.extract.parse import ParsedArticle, parse_article
from storylens.extract.quotes import find_quotes
from storylens.nlp import Resources
from storylens.records import Article, Quote, RawDocument, Segment, SegmentKind, Speaker, SpeakerKind
from storylens.settings import Settings
from tests.conftest import SEED_000, SEED_003

TEXT = (
    "The senator said the bill would fail in the Senate. "
    "“We will not give up,” the governor told reporters. "
    "Officials believe that the plan costs too much money."
)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _parsed(text: str, resources: Resources) -> ParsedArticle:
    article = Article("a", "test", None, None, None, "en", text, (Segment(SegmentKind.PARAGRAPH, 0, len(text), text),))
    return parse_article(article, resources.spacy)


@pytest.fixture(scope="module")
def words(resources: Resources) -> WordTags:
    return WordTags.of(_parsed(TEXT, resources))


def _tokens() -> TokenisedArticle:
    return tokenise_article(load_tokenizer(), TEXT, [(0, len(TEXT))])


def _probabilities(tokens: TokenisedArticle, content: list[tuple[int, int]]) -> npt.NDArray[np.float32]:
    """Confident 'outside' everywhere except the given content spans, confidently inside."""
    probabilities = np.zeros((len(tokens.ids), 3, 3), dtype=np.float32)
    probabilities[:, :, OUTSIDE] = 1.0
    for start, end in content:
        inside = np.flatnonzero((tokens.starts < end) & (tokens.ends > start))
        probabilities[inside, 2] = [0.0, 0.0, 1.0]
        probabilities[inside[0], 2] = [0.0, 1.0, 0.0]
    return probabilities


def _quote(content: tuple[int, int], cue: tuple[int, int], speaker: tuple[int, int], direct: bool) -> Quote:
    return Quote(
        id=f"q{content[0]}",
        article="a",
        start=content[0],
        end=content[1],
        text=TEXT[content[0] : content[1]],
        direct=direct,
        cue=TEXT[cue[0] : cue[1]],
        speaker=Speaker("actor-1", TEXT[speaker[0] : speaker[1]], speaker[0], speaker[1], SpeakerKind.NAMED),
        cue_start=cue[0],
        cue_end=cue[1],
    )


def _trained_on_p_mean(threshold: float = 0.5) -> CandidateClassifier:
    """Trees fitted so that a candidate is true exactly when the tagger's mean content probability is high."""
    rng = np.random.default_rng(0)
    rows = rng.random((400, len(FEATURES)))
    labels = rows[:, FEATURES.index("p_mean")] > 0.5
    return fit_selector(rows, labels, SelectorSettings(max_iter=20, threshold=threshold))


def test_stored_trees_score_like_scikit_learn_and_survive_a_round_trip(tmp_path: Path) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(1)
    rows = rng.random((300, len(FEATURES)))
    rows[::7, 3] = np.nan  # missing values take the trees' learned side
    labels = (np.nan_to_num(rows[:, 3]) + rows[:, 0] > 1.0) | (rows[:, 5] > 0.9)
    settings = SelectorSettings(max_iter=30, threshold=0.42)
    classifier = fit_selector(rows, labels, settings)  # raises if the exported trees disagree on its rows
    reference = HistGradientBoostingClassifier(
        max_iter=30,
        learning_rate=settings.learning_rate,
        max_leaf_nodes=settings.max_leaf_nodes,
        early_stopping=False,
        random_state=settings.seed,
    ).fit(rows, labels)
    fresh = rng.random((50, len(FEATURES)))
    assert np.allclose(classifier.probability(fresh), reference.predict_proba(fresh)[:, 1], atol=1e-9)
    path = tmp_path / "selector.npz"
    classifier.save(path)
    loaded = CandidateClassifier.from_file(path)
    assert loaded.threshold == 0.42 and loaded.feature_names == FEATURES
    assert np.array_equal(loaded.probability(fresh), classifier.probability(fresh))


def test_a_classifier_fitted_on_other_features_is_refused(tmp_path: Path) -> None:
    classifier = _trained_on_p_mean()
    path = tmp_path / "old.npz"
    CandidateClassifier(**{**classifier.__dict__, "feature_names": (*FEATURES[:-1], "gone")}).save(path)
    with pytest.raises(ModelError, match="other features"):
        CandidateClassifier.from_file(path)


def test_the_shipped_selector_loads() -> None:
    classifier = CandidateClassifier.load()
    assert classifier.feature_names == FEATURES and 0 < classifier.threshold < 1


def test_features_read_the_tagger_probabilities_over_the_candidate_and_flag_fragments(words: WordTags) -> None:
    tokens = _tokens()
    content = _span("the plan costs too much money")
    probabilities = _probabilities(tokens, [content])
    (supported,) = candidates_of([], [TaggedAttribution((content,), _span("believe"), _span("Officials"), False)])
    fragment_span = _span("plan costs too much money")
    (fragment,) = candidates_of([], [TaggedAttribution((_span("bill would fail in the"),), None, None, False)])
    row = dict(zip(FEATURES, candidate_features(TEXT, tokens, probabilities, supported, [], words), strict=True))
    assert row["p_mean"] == pytest.approx(1.0) and row["p_before"] == 0.0 and row["rule"] == 0.0
    assert row["has_cue"] == 1.0 and row["has_source"] == 1.0 and row["lower_start"] == 1.0
    (capital,) = candidates_of([], [TaggedAttribution((_span("Officials believe"),), None, None, False)])
    assert candidate_features(TEXT, tokens, probabilities, capital, [], words)[FEATURES.index("lower_start")] == 0.0
    shifted = candidates_of([], [TaggedAttribution((fragment_span,), None, None, False)])[0]
    row_shifted = dict(zip(FEATURES, candidate_features(TEXT, tokens, probabilities, shifted, [], words), strict=True))
    assert row_shifted["p_before"] == pytest.approx(1.0)  # the content goes on before its start: cut
    row_fragment = dict(
        zip(FEATURES, candidate_features(TEXT, tokens, probabilities, fragment, [], words), strict=True)
    )
    assert row_fragment["func_end"] == 1.0 and row_fragment["p_mean"] == 0.0
    agreeing = candidates_of([_quote(content, _span("believe"), _span("Officials"), False)], [])
    row_agree = dict(
        zip(FEATURES, candidate_features(TEXT, tokens, probabilities, supported, agreeing, words), strict=True)
    )
    assert row_agree["agree"] == pytest.approx(1.0)
    # The parse tells a reported clause from a fragment cut out of one.
    assert row["finite"] == 1.0 and row["cue_verb"] == 1.0 and row["first_adp"] == 0.0 and row["first_ing"] == 0.0
    assert row["source_pronoun"] == 0.0
    (cut,) = candidates_of([], [TaggedAttribution((_span("in the Senate"),), None, None, False)])
    row_cut = dict(zip(FEATURES, candidate_features(TEXT, tokens, probabilities, cut, [], words), strict=True))
    assert row_cut["first_adp"] == 1.0 and row_cut["finite"] == 0.0 and row_cut["cue_verb"] == 0.0


def test_tagged_speakers_resolve_as_the_rules_resolve_theirs(resources: Resources) -> None:
    text = (
        "NATO Secretary General Mark Rutte spoke in Berlin on Thursday. "
        "He linked Ukraine's struggles directly to NATO's security. "
        "Rutte warned that the alliance must spend more."
    )
    parsed = _parsed(text, resources)
    actors = find_actors(parsed)

    def span(words: str) -> tuple[int, int]:
        start = text.index(words)
        return start, start + len(words)

    pronoun = tagged_to_quote(
        "a",
        text,
        TaggedAttribution(
            (span("Ukraine's struggles directly to NATO's security"),), span("linked"), span("He"), False
        ),
    )
    sourceless = tagged_to_quote(
        "a", text, TaggedAttribution((span("the alliance must spend more"),), span("warned"), None, False)
    )
    rutte = next(a for a in actors if "Rutte" in a.name)
    resolved = resolve_tagged_speakers(parsed, actors, [pronoun, sourceless], [])
    assert resolved[0].speaker.actor == rutte.id and resolved[0].speaker.kind is SpeakerKind.NAMED
    assert (resolved[0].speaker.start, resolved[0].speaker.end) == span("He")  # the tagged span is kept
    assert resolved[1].speaker.actor == rutte.id and resolved[1].speaker.text == "Rutte"  # the cue's subject
    assert resolve_tagged_speakers(parsed, actors, [pronoun], [pronoun]) == (pronoun,)  # rule quotes stay as they are


def test_selection_keeps_direct_quotes_takes_the_best_of_overlapping_candidates_and_borrows_rule_speakers(
    words: WordTags,
) -> None:
    tokens = _tokens()
    direct = _quote(_span("We will not give up,"), _span("told"), _span("the governor"), True)
    weak_rule = _quote(_span("would fail in the Senate"), _span("said"), _span("The senator"), False)
    tagged_better = TaggedAttribution((_span("the bill would fail in the Senate"),), _span("said"), None, False)
    tagged_inside_direct = TaggedAttribution((_span("We will not"),), None, None, False)
    tagged_unsupported = TaggedAttribution((_span("Officials believe"),), None, None, False)
    probabilities = _probabilities(tokens, [_span("the bill would fail in the Senate")])
    selected = select_attributions(
        "a",
        TEXT,
        [direct, weak_rule],
        [tagged_better, tagged_inside_direct, tagged_unsupported],
        tokens,
        probabilities,
        _trained_on_p_mean(),
        words,
    )
    assert [q.text for q in selected] == ["the bill would fail in the Senate", "We will not give up,"]
    added = selected[0]
    assert added.speaker == weak_rule.speaker  # the tagger found no source: the rule quote's cue names one
    assert selected[1] == direct


@pytest.mark.parametrize("path", [SEED_000, SEED_003], ids=["seed000", "seed003"])
def test_a_tagged_copy_of_every_rule_speaker_resolves_to_the_rule_speaker(resources: Resources, path: Path) -> None:
    """Tagged speakers go through the rules' public speaker reading (quotes.SpeakerReader): a rule quote stripped of
    its resolved actor and offered as a tagged one gets the rules' speaker back."""
    settings = Settings()
    raw = RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), fmt="text")
    parsed = parse_article(clean_document(raw, settings, resources), resources.spacy)
    actors = find_actors(parsed)
    rules = [q for q in find_quotes(parsed, actors, settings.quotes) if q.speaker.start is not None]
    stripped = [
        dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, actor=None, kind=SpeakerKind.UNKNOWN))
        for q in rules
    ]
    resolved = resolve_tagged_speakers(parsed, actors, stripped, [])
    assert len(rules) >= 8
    assert [q.speaker for q in resolved] == [q.speaker for q in rules]


def test_a_rule_content_is_offered_again_cut_or_carried_to_the_taggers_boundary() -> None:
    tokens = _tokens()
    believe, officials = _span("believe"), _span("Officials")
    # The tagger ends the content at "costs"; the rule runs on to "money": a cut copy is offered, marked repaired.
    long_rule = _quote(_span("that the plan costs too much money"), believe, officials, False)
    probabilities = _probabilities(tokens, [_span("that the plan costs")])
    cut = repaired_candidates(TEXT, tokens, probabilities, candidates_of([long_rule], []))
    assert [c.content for c in cut] == [(_span("that the plan costs"),)] and cut[0].repaired
    assert cut[0].quote == long_rule  # the rule's speaker and cue stay
    # The tagger carries the content on past the rule's end, in the same sentence: an extended copy.
    short_rule = _quote(_span("that the plan costs"), believe, officials, False)
    probabilities = _probabilities(tokens, [_span("that the plan costs too much money")])
    (longer,) = repaired_candidates(TEXT, tokens, probabilities, candidates_of([short_rule], []))
    assert longer.content == (_span("that the plan costs too much money"),)
    # Where the tagger agrees, for direct quotes and for the tagger's own candidates: nothing.
    agreeing = _quote(_span("that the plan costs too much money"), believe, officials, False)
    assert repaired_candidates(TEXT, tokens, probabilities, candidates_of([agreeing], [])) == []
    direct = _quote(_span("We will not give up"), _span("told"), _span("the governor"), True)
    tagged = TaggedAttribution((_span("the plan costs too much money"),), believe, None, False)
    assert repaired_candidates(TEXT, tokens, _probabilities(tokens, []), candidates_of([direct], [tagged])) == []


def _with_cue(probabilities: npt.NDArray[np.float32], tokens: TokenisedArticle, cue: tuple[int, int]) -> None:
    inside = np.flatnonzero((tokens.starts < cue[1]) & (tokens.ends > cue[0]))
    probabilities[inside, 1] = [0.0, 0.0, 1.0]
    probabilities[inside[0], 1, BEGIN], probabilities[inside[0], 1, INSIDE] = 1.0, 0.0


def test_short_tagged_contents_with_a_cue_are_offered_where_no_candidate_stands() -> None:
    tokens = _tokens()
    short = _span("the plan costs too much")  # 5 wordpieces: under the tagger's own 6-piece minimum
    probabilities = _probabilities(tokens, [short])
    without_cue = short_candidates(TEXT, tokens, probabilities, [])
    assert without_cue == []  # no cue linked: not offered
    _with_cue(probabilities, tokens, _span("believe"))
    (offered,) = short_candidates(TEXT, tokens, probabilities, [])
    assert offered.content == (short,) and offered.cue == _span("believe") and offered.quote is None
    # Not where a candidate already stands, and never under 4 wordpieces.
    rule = _quote(_span("that the plan costs too much money"), _span("believe"), _span("Officials"), False)
    assert short_candidates(TEXT, tokens, probabilities, candidates_of([rule], [])) == []
    tiny = _probabilities(tokens, [_span("too much money")])
    _with_cue(tiny, tokens, _span("believe"))
    assert short_candidates(TEXT, tokens, tiny, []) == []
    # all_candidates: the rules', then the tagger's, then repaired copies, then short ones.
    together = all_candidates(TEXT, [], [], tokens, probabilities)
    assert [c.content for c in together] == [(short,)]


def test_the_selection_returns_a_repaired_rule_quote_with_its_speaker_and_cue(words: WordTags) -> None:
    tokens = _tokens()
    long_rule = _quote(_span("that the plan costs too much money"), _span("believe"), _span("Officials"), False)
    probabilities = _probabilities(tokens, [_span("that the plan costs")])
    rows = np.zeros((400, len(FEATURES)))
    rows[::2, FEATURES.index("repaired")] = 1.0
    classifier = fit_selector(rows, rows[:, FEATURES.index("repaired")] > 0.5, SelectorSettings(max_iter=20))
    (chosen,) = select_attributions("a", TEXT, [long_rule], [], tokens, probabilities, classifier, words)
    assert chosen.text == "that the plan costs" and (chosen.start, chosen.end) == _span("that the plan costs")
    assert chosen.speaker == long_rule.speaker and chosen.cue == long_rule.cue and chosen.id != long_rule.id
