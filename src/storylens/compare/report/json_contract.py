"""JSON output: the ``storylens.comparison/1`` contract, and its JSON Schema shipped in the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from storylens.compare.model import Comparison

__all__ = ["SCHEMA_RESOURCE", "load_schema", "render_json", "validate_contract"]

SCHEMA_RESOURCE = "comparison-1.json"


def render_json(comparison: Comparison) -> str:
    """The comparison as ``storylens.comparison/1`` JSON (UTF-8 text, indented, keys in contract order)."""
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the contract, as shipped in ``storylens/schema/``."""
    text = resources.files("storylens.schema").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_contract(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` follows the contract (spans included)."""
    import jsonschema

    jsonschema.validate(data, load_schema())
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for key in ("quotes", "claims", "framing"):
        for item in data.get(key, []):
            text = texts.get(item["article"])
            if text is not None and text[item["start"]:item["end"]] != item["text"]:
                raise jsonschema.ValidationError(f"{key} {item.get('id', item['start'])}: span does not match text")
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            text = texts.get(mention["article"])
            if text is not None and mention.get("text") and text[mention["start"]:mention["end"]] != mention["text"]:
                raise jsonschema.ValidationError(f"actor {actor['id']}: mention span does not match text")
