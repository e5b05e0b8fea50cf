"""The second-reading comparison (``benchmarks/quantities_agreement.py``): which field two readings first differ in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .test_quantities import D, Q

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from quantities_agreement import first_difference


@pytest.mark.parametrize(
    ("first", "second", "difference"),
    [
        ([Q(5, "USD")], [Q(5.0, "USD")], None),
        ([Q(5, "USD", "range", upper=10)], [Q(5, "USD"), Q(10, "USD")], "count"),
        ([Q(20, "separate lines", "over")], [Q(20, "lines", "over")], "unit"),
        ([D("2016-08-10"), Q(15, "points", time="2016-08-10")], [D("2016-08-10"), Q(15, "points")], "time"),
        ([Q(50, "percent", "target")], [Q(50, "percent")], "qualifier"),
        ([Q(3, "months", "range", upper=4)], [Q(3, "months", "range", upper=5)], "upper"),
        ([Q(14e9, "USD", measure="aid")], [Q(14e9, "USD")], None),  # a measure counts only where both give one
        ([Q(14e9, "USD", measure="aid")], [Q(14e9, "USD", measure="spending")], "measure"),
    ],
)
def test_first_difference_names_the_first_field_two_readings_differ_in(
    first: list[Q], second: list[Q], difference: str | None
) -> None:
    assert first_difference(first, second) == difference
    assert first_difference(second, first) == difference
