"""Evaluation of each heuristic stage over the annotated public data in ../shared/eval (quality gates)."""
