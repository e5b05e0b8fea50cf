"""Decoding bytes to text: encodings, mojibake repair that keeps quotes as written, binary input."""

from __future__ import annotations

import codecs
import random
import unicodedata
from pathlib import Path

import pytest

from storylens.errors import IngestError
from storylens.ingest.decode import (
    charset_from_content_type,
    decode_bytes,
    normalize_text,
    sniff_declared_charset,
)

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def test_utf8_seed_decodes_unchanged() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        data = seed.read_bytes()
        assert decode_bytes(data, str(seed)) == unicodedata.normalize("NFC", data.decode("utf-8"))


def test_quotes_ligatures_and_widths_kept_as_written() -> None:
    text = "He said \u201cno\u201d, she said \u2018yes\u2019, they said \"maybe\" and 'never'; \ufb01nal \uff21."
    assert decode_bytes(text.encode("utf-8"), "q") == text


def test_mojibake_repaired_and_quotes_kept() -> None:
    damaged = "caf\u00c3\u00a9 \u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d"  # UTF-8 read as Windows-1252 upstream
    assert decode_bytes(damaged.encode("utf-8") + b" 'plain'", "m") == "caf\u00e9 \u201cquoted\u201d 'plain'"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_byte_order_marks(bom: bytes, encoding: str) -> None:
    text = "Zoë said \u201chello\u201d."
    assert decode_bytes(bom + text.encode(encoding), "bom") == text


def test_declared_charset_wins_over_guessing() -> None:
    text = "Привет, мир"
    assert decode_bytes(text.encode("koi8-r"), "d", declared_charset="koi8-r") == text


def test_wrong_declared_charset_falls_back_to_the_bytes() -> None:
    text = "naïve café"
    assert decode_bytes(text.encode("utf-8"), "d", declared_charset="ascii") == text


@pytest.mark.parametrize(
    "text",
    ["The naïve café served a crème brûlée — “quoted” text, résumé.", "Zürich Straße", "Señor Muñoz’s año"],
)
def test_windows_1252_without_declaration(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"), "legacy") == text


def test_cyrillic_legacy_encoding_detected() -> None:
    text = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе в Москве. " * 3
    assert decode_bytes(text.encode("cp1251"), "ru") == text


def test_mixed_utf8_and_windows_1252() -> None:
    data = "café and “quotes” ".encode() + "naïve résumé – done".encode("cp1252")
    assert decode_bytes(data, "mixed") == "café and “quotes” naïve résumé – done"


def test_nfc_and_line_breaks() -> None:
    assert decode_bytes("Cafe\u0301\r\nline two\rline three\n".encode(), "n") == "Caf\u00e9\nline two\nline three\n"
    assert normalize_text("e\u0301") == "\u00e9"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"hello\x00world", "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (bytes(range(1, 9)) * 40, "binary"),
    ],
)
def test_binary_and_empty_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode_bytes(data, "bad.bin")
    assert reason in caught.value.reason
    assert caught.value.source == "bad.bin"


def test_random_bytes_rejected_as_binary() -> None:
    data = random.Random(7).randbytes(2000)
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(data, "noise")


def test_sniff_declared_charset() -> None:
    assert sniff_declared_charset(b'<html><head><meta charset="windows-1251">') == "windows-1251"
    assert sniff_declared_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    ) == "ISO-8859-1"
    assert sniff_declared_charset(b"<?xml version='1.0' encoding='koi8-r'?><rss>") == "koi8-r"
    assert sniff_declared_charset(b"<html><body>no declaration</body></html>") is None


def test_charset_from_content_type() -> None:
    assert charset_from_content_type("text/html; charset=\"UTF-8\"") == "UTF-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None
