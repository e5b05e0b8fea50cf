"""Quantities, session 8 (second pair): draws THIRTY_FIRST and THIRTY_SECOND, annotated by hand before the rules ran.

Both are drawn while another session-8 task changes the rules; ``benchmarks/quantities_score.py --exclude-session8b``
leaves them out (neither scored nor parsed), so that whoever changes the rules never sees how the rules do on them.
The tables are filled and gated as they are annotated and first run.
"""

from __future__ import annotations

from tests.test_quantities import Q

# (source, sentence, published, expected quantities in reading order)
THIRTY_FIRST: list[tuple[str, str, str | None, list[Q]]] = []

# (source, sentence, published, expected quantities in reading order)
THIRTY_SECOND: list[tuple[str, str, str | None, list[Q]]] = []
