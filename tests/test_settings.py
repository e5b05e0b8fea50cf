"""Settings: defaults < file < environment < overrides, with clear errors for unknown or bad values."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from storylens.errors import SettingsError
from storylens.settings import Settings, load_settings


def test_precedence(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text("[stories]\nthreshold = 0.4\nwindow_hours = 10\n[claims]\nmin_checkworthy = 0.7\n")
    settings = load_settings(
        config,
        environ={"STORYLENS_STORIES__THRESHOLD": "0.45", "UNRELATED": "x"},
        overrides={"claims": {"min_checkworthy": 0.8}},
    )
    assert settings.stories.threshold == 0.45  # environment beats file
    assert settings.stories.window_hours == 10.0  # file beats default, coerced to float
    assert settings.claims.min_checkworthy == 0.8  # overrides beat everything
    assert settings.ingest == Settings().ingest


def test_settings_are_frozen_and_picklable() -> None:
    settings = load_settings(environ={})
    assert pickle.loads(pickle.dumps(settings)) == settings
    with pytest.raises(AttributeError):
        settings.stories.threshold = 0.1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[nope]\nx = 1\n", "unknown settings section 'nope'"),
        ("[stories]\nthreshhold = 1\n", "unknown setting stories.threshhold"),
        ("[stories]\nthreshold = 'high'\n", "stories.threshold"),
        ("[stories\n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text)
    with pytest.raises(SettingsError, match=message.replace("[", r"\[")):
        load_settings(config, environ={})


def test_missing_file() -> None:
    with pytest.raises(SettingsError, match="not found"):
        load_settings("/nonexistent/storylens.toml", environ={})


def test_tuple_settings_from_environment() -> None:
    settings = load_settings(environ={"STORYLENS_INGEST__LANGUAGES": "ENGLISH, GERMAN"})
    assert settings.ingest.languages == ("ENGLISH", "GERMAN")


def test_an_unknown_story_encoder_is_refused_by_name() -> None:
    with pytest.raises(SettingsError, match=r"stories\.encoder"):
        Settings().with_overrides({"stories": {"encoder": "bert-large"}})
