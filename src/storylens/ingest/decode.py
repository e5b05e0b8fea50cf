"""Bytes to text: pick the encoding, repair mojibake, normalise.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8/16/32);
2. an encoding the container declared (HTTP ``Content-Type``, ``<meta charset>``, XML declaration) — used only
   if the bytes actually decode with it;
3. strict UTF-8 (by far the most common encoding, and one that almost never decodes non-UTF-8 bytes by accident);
4. *mixed* UTF-8: text that is mostly valid UTF-8 with a few Windows-1252 bytes pasted in (a classic result of
   concatenating scraped fragments) is decoded piece by piece — charset-normalizer guesses one encoding for the
   whole input and so garbles every UTF-8 character in such files;
5. charset-normalizer's detection for single legacy encodings, preferring Windows-1252 whenever it ties with the
   detector's best candidate or the text is mostly ASCII (Latin script), because on short Latin-script text the
   detector otherwise picks a sibling code page (cp1250, mac_latin2, even cp1006) and turns "naïve" into "naďve".

The decoded text then goes through ftfy to undo mojibake (UTF-8 read as Latin-1 upstream), with every fixer that
would change characters *as written* switched off: quotes stay curly or straight exactly as they were, ligatures
and full-width forms stay, HTML entities stay (the HTML parser, not the decoder, owns entities). Line breaks are
unified to ``\\n`` and the result is Unicode NFC.

Binary input (NUL bytes, a known binary signature, or bytes no encoding explains) is an :class:`IngestError`.
The mixed-encoding decoder is hand-written because no installed library decodes UTF-8 with a per-byte fallback.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy

from storylens.errors import IngestError

__all__ = ["charset_from_content_type", "decode_bytes", "normalize_text", "sniff_declared_charset"]

# Fixers that change characters as written are off; only damage repair stays on.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of binary formats people drop into input folders by mistake, to name them in the error.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "gzip data that could not be decompressed"),
)

# Code pages for Latin-script languages other than Western European: a detection of these on mostly-ASCII text
# is believed; any other detection there (Urdu, Greek, Cyrillic code pages) is a short-sample misfire.
_LATIN_SIBLINGS = frozenset({"cp1250", "iso8859_2", "cp1257", "iso8859_13", "cp1254", "iso8859_9"})

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.IGNORECASE)
# What ftfy could still change in pure ASCII text: terminal escapes and control characters.
_ASCII_DAMAGE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Control characters other than tab, newline, carriage return, form feed: many of them mean "not text".
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def sniff_declared_charset(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` or an XML declaration names in the first 4 KB, if any."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def normalize_text(text: str) -> str:
    """Repair mojibake with ftfy (quotes, ligatures and widths kept as written), unify line breaks, NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and not _ASCII_DAMAGE.search(text):
        return text  # nothing for ftfy to repair: no mojibake, escapes or control characters in plain ASCII
    return ftfy.fix_text(text, _FTFY_CONFIG)


def decode_bytes(data: bytes, source: str, declared_charset: str | None = None, *, repair: bool = True) -> str:
    """Decode ``data`` (named ``source`` in errors) to normalised text, or raise :class:`IngestError`.

    ``repair=False`` skips :func:`normalize_text`, for callers that keep only a small part of the text (the HTML
    reader repairs the extracted blocks rather than a whole page of markup, scripts and styles).
    """
    if not data:
        raise IngestError(source, "empty file")
    text = _decode(data, source, declared_charset)
    return normalize_text(text) if repair else text


def _decode(data: bytes, source: str, declared_charset: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(source, f"starts with a {encoding} byte-order mark but is not {encoding}") from exc
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError(source, f"binary input ({what}), not text")
    if b"\x00" in data:
        raise IngestError(source, "binary input (contains NUL bytes), not text")
    if declared_charset:
        try:
            text = data.decode(_python_codec(declared_charset))
        except (LookupError, UnicodeDecodeError):
            pass  # the declaration is wrong or unknown: fall back to the bytes themselves
        else:
            return _check_plausible(text, source)
    try:
        return _check_plausible(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed_utf8(data)
    if mixed is not None:
        return _check_plausible(mixed, source)
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise IngestError(source, "binary input (no text encoding explains these bytes)")
    encoding = best.encoding
    if any(match.encoding == "cp1252" and match.chaos <= best.chaos for match in matches) or (
        _mostly_ascii(data) and encoding not in _LATIN_SIBLINGS and _decodes(data, "cp1252")
    ):
        encoding = "cp1252"
    return _check_plausible(data.decode(encoding, errors="replace"), source)


def _mostly_ascii(data: bytes) -> bool:
    """Latin-script text: at least 80% ASCII bytes (Cyrillic, Greek, Asian legacy encodings are not)."""
    return sum(1 for byte in data if byte < 0x80) >= 0.8 * len(data)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _python_codec(name: str) -> str:
    """Python's codec for a declared charset; ISO-8859-1 and US-ASCII declarations mean Windows-1252 on the web."""
    codec = codecs.lookup(name).name
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def _decode_mixed_utf8(data: bytes) -> str | None:
    """Decode mostly-UTF-8 bytes, reading the invalid bytes as Windows-1252; None when it is not mostly UTF-8."""
    pieces: list[str] = []
    valid_multibyte = 0
    invalid = 0
    position = 0
    while position < len(data):
        try:
            chunk = data[position:].decode("utf-8")
        except UnicodeDecodeError as exc:
            chunk = data[position:position + exc.start].decode("utf-8")
            bad = data[position + exc.start:position + exc.end]
            pieces.append(chunk)
            pieces.append("".join(_cp1252_byte(byte) for byte in bad))
            valid_multibyte += sum(1 for char in chunk if ord(char) > 0x7F)
            invalid += len(bad)
            position += exc.end
        else:
            pieces.append(chunk)
            valid_multibyte += sum(1 for char in chunk if ord(char) > 0x7F)
            break
    # Legacy-encoded text almost never forms valid multi-byte UTF-8 sequences by accident, so a good share of them
    # among the non-ASCII bytes means UTF-8 with pasted-in Windows-1252; otherwise the input is one legacy encoding.
    if valid_multibyte == 0 or invalid > 4 * valid_multibyte:
        return None
    return "".join(pieces)


def _cp1252_byte(byte: int) -> str:
    """One byte as Windows-1252, or as Latin-1 for the five bytes Windows-1252 leaves undefined."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _check_plausible(text: str, source: str) -> str:
    """Reject decodings that are mostly control characters: such bytes were never text."""
    if text and len(_CONTROL.findall(text)) > max(8, len(text) // 20):
        raise IngestError(source, "binary input (mostly control characters), not text")
    return text


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` header value, if any."""
    if not content_type:
        return None
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None
