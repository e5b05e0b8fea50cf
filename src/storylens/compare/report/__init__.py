"""Renderers of a :class:`~storylens.compare.model.Comparison`: JSON (the contract), Markdown, CSV tables, HTML."""

from __future__ import annotations

from storylens.compare.report.csv_tables import render_csv
from storylens.compare.report.html import render_html
from storylens.compare.report.json_contract import load_schema, render_json, validate_contract
from storylens.compare.report.markdown import render_markdown

__all__ = ["load_schema", "render_csv", "render_html", "render_json", "render_markdown", "validate_contract"]
