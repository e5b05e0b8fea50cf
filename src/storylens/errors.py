"""One exception hierarchy. Messages name the input and say what went wrong (and, where useful, what to do).

The library raises these and never prints; the CLI turns them into exit codes and readable messages.
"""

from __future__ import annotations

__all__ = [
    "AnalysisError",
    "IngestError",
    "ModelError",
    "NotFoundError",
    "SettingsError",
    "StoreError",
    "StorylensError",
]


class StorylensError(Exception):
    """Base of every error storylens raises on purpose."""


class SettingsError(StorylensError):
    """A settings file, variable or flag is not valid."""


class IngestError(StorylensError):
    """An input could not be read as an article. ``source`` names the input, ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(StorylensError):
    """The database could not be opened, migrated or written."""


class NotFoundError(StorylensError):
    """An article, story or actor id that the store does not hold."""


class ModelError(StorylensError):
    """A model shipped in a PyPI package could not be loaded."""


class AnalysisError(StorylensError):
    """An article could not be analysed."""
