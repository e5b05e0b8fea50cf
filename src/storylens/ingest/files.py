"""Local inputs: expand files, folders and globs to paths; read a file's bytes safely.

Folders are walked recursively in sorted order (the same inputs always give the same order); hidden files and
folders (``.git``, ``.DS_Store``) are skipped. Gzip is recognised by its magic bytes, whatever the name says.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from storylens.errors import IngestError

__all__ = ["GZIP_MAGIC", "Readable", "expand_input", "is_gzip", "open_maybe_gzip", "read_capped", "read_up_to"]

GZIP_MAGIC = b"\x1f\x8b"
_GLOB_CHARS = frozenset("*?[")
_CHUNK = 1 << 20


class Readable(Protocol):
    """Anything with ``read(size)``: files, gzip streams, warcio record streams."""

    def read(self, size: int = -1, /) -> bytes: ...


def expand_input(item: str) -> Iterator[Path | IngestError]:
    """The files ``item`` names: itself, the files under it (a folder), or the files a glob pattern matches."""
    path = Path(item)
    if path.is_file():
        yield path
    elif path.is_dir():
        found = False
        for file in _walk(path):
            found = True
            yield file
        if not found:
            yield IngestError(item, "folder holds no files")
    elif _GLOB_CHARS & set(item):
        matches = sorted(glob.glob(item, recursive=True))
        files = [Path(match) for match in matches if Path(match).is_file()]
        for match in matches:
            if Path(match).is_dir():
                files.extend(_walk(Path(match)))
        if not files:
            yield IngestError(item, "no files match this pattern")
        yield from sorted(set(files))
    elif path.exists():
        yield IngestError(item, "not a regular file or folder")
    else:
        yield IngestError(item, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def is_gzip(path: Path) -> bool:
    """Whether the file starts with the gzip magic bytes."""
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def open_maybe_gzip(path: Path) -> io.BufferedIOBase:
    """The file's content as a binary stream, decompressed on the fly when it is gzip."""
    if is_gzip(path):
        return gzip.open(path, "rb")
    return path.open("rb")


def read_capped(path: Path, limit: int) -> bytes:
    """The file's (decompressed) bytes; IngestError when over ``limit`` bytes, empty, or broken gzip."""
    source = str(path)
    size = path.stat().st_size
    if size == 0:
        raise IngestError(source, "empty file")
    if size > limit:
        raise IngestError(source, f"file is {size} bytes, over the limit of {limit} bytes (ingest.max_file_bytes)")
    try:
        with open_maybe_gzip(path) as stream:
            data = read_up_to(stream, limit + 1)
    except EOFError as exc:
        raise IngestError(source, "truncated gzip file (it ends before the compressed stream does)") from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise IngestError(source, f"corrupt gzip file ({exc})") from exc
    if len(data) > limit:
        raise IngestError(source, f"decompressed content is over the limit of {limit} bytes (ingest.max_file_bytes)")
    if not data:
        raise IngestError(source, "empty file")
    return data


def read_up_to(stream: Readable, size: int) -> bytes:
    """At most ``size`` bytes, read in chunks: ``read(size)`` would allocate the whole limit up front."""
    chunks: list[bytes] = []
    remaining = size
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
