"""Storage behind one interface (:class:`Store`); :func:`open_store` picks the implementation from the address."""

from __future__ import annotations

from pathlib import Path

from storylens.store.base import DuplicateLink, SearchHit, Store
from storylens.store.sqlite import SQLiteStore

__all__ = ["DuplicateLink", "SQLiteStore", "SearchHit", "Store", "open_store"]


def open_store(address: str | Path = "storylens.db") -> Store:
    """Open the store at ``address``: a SQLite file path or ``:memory:`` (PostgreSQL URLs come later)."""
    text = str(address)
    if text.startswith(("postgres://", "postgresql://")):
        from storylens.errors import StoreError

        raise StoreError(f"{text}: PostgreSQL storage is not available yet; use a SQLite file path")
    return SQLiteStore(text)
