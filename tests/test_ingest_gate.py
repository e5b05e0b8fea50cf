"""Quality gate: the HTML reader on the held-out half of the article-extraction benchmark.

Measured on the test split (54 pages, not used to choose options): precision 0.936, recall 0.982, F1 0.958
(trafilatura's published figure on the whole benchmark: F1 0.958). Minimums are pinned slightly below.
"""

from __future__ import annotations

import pytest

from storylens.evaluate.html_extraction import DEFAULT_DATA_DIR, evaluate, load_pages, main, score_page, split_of

MIN_F1 = 0.950
MIN_PRECISION = 0.925
MIN_RECALL = 0.975


@pytest.mark.gate
def test_html_extraction_gate() -> None:
    pages = load_pages(DEFAULT_DATA_DIR, "test")
    assert len(pages) == 54
    score = evaluate(pages)
    assert score.failures == ()
    assert score.precision >= MIN_PRECISION, score.precision
    assert score.recall >= MIN_RECALL, score.recall
    assert score.f1 >= MIN_F1, score.f1


def test_shingle_score_matches_the_benchmark_definition() -> None:
    truth = "one two three four five six"
    perfect = score_page("p", truth, "One two three four five six".replace("One", "one"))
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    # 3 shingles true; prediction adds 2 extra words → 5 shingles, 3 matching.
    extra = score_page("p", truth, truth + " seven eight")
    assert extra.recall == 1.0 and extra.precision == pytest.approx(3 / 5)
    missing = score_page("p", truth, "")
    assert missing.recall == 0.0 and missing.precision == 0.0
    assert score_page("p", "", "").precision == 1.0


def test_split_is_fixed_and_disjoint() -> None:
    dev, test = load_pages(DEFAULT_DATA_DIR, "dev"), load_pages(DEFAULT_DATA_DIR, "test")
    assert len(dev) + len(test) == len(load_pages(DEFAULT_DATA_DIR, "all")) == 119
    assert {page[0] for page in dev}.isdisjoint(page[0] for page in test)
    assert all(split_of(page[0]) == "test" for page in test)


def test_main_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--split", "dev", "--limit", "3", "--worst", "1"])
    output = capsys.readouterr().out
    assert "dev split, 3 pages" in output and "precision=" in output and "F1=" in output
