"""Metadata shared by every reader: ISO 8601 dates and the outlet fallback from a URL's host."""

from __future__ import annotations

import datetime as dt
import re
import time
import urllib.parse

import dateparser
from lingua import Language

from storylens.settings import IngestSettings

__all__ = ["date_languages", "iso_date", "iso_from_struct_time", "language_code", "outlet_from_url"]

# Free-text dates ("March 2024") resolve to the first of the month, never to today's day of the month.
_LANGUAGE_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")
_DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


def date_languages(settings: IngestSettings) -> tuple[str, ...]:
    """The configured languages (lingua names such as ``"ENGLISH"``) as the ISO 639-1 codes dateparser takes."""
    codes = []
    for name in settings.languages:
        try:
            codes.append(Language.from_str(name).iso_code_639_1.name.lower())
        except ValueError:
            continue  # an unknown name is the language detector's concern, not the date parser's
    return tuple(codes)


def iso_date(value: str | None, languages: tuple[str, ...] | None = None) -> str | None:
    """``value`` as ISO 8601 (a date, or a datetime when a time is known), or None when it is not a date.

    ISO input is kept as it is (normalised); anything else goes through dateparser, restricted to ``languages``
    (ISO 639-1 codes, see :func:`date_languages`) when given — trying all 200 of its languages is slow.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        parsed = dateparser.parse(text[:200], languages=list(languages) if languages else None,
                                  settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted internal errors on odd input; an unknown date is no error
        return None
    if parsed is None:
        return None
    # dateparser answers midnight when the text gives no time: say only the date then.
    return str(parsed.isoformat() if _CLOCK_TIME.search(text) else parsed.date().isoformat())


def iso_from_struct_time(value: time.struct_time | None) -> str | None:
    """A feedparser ``*_parsed`` time (UTC) as an ISO 8601 datetime."""
    if value is None:
        return None
    try:
        return dt.datetime(*value[:6], tzinfo=dt.UTC).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL belongs to, as its host without ``www.`` (``https://www.bbc.co.uk/x`` → ``bbc.co.uk``)."""
    if not url:
        return None
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def language_code(tag: str | None) -> str | None:
    """The primary language of a BCP 47 tag (``<html lang>``, a feed's ``<language>``), lowercase: ``en-GB`` → ``en``;
    None when ``tag`` is not a language tag."""
    match = _LANGUAGE_TAG.match(tag or "")
    return match.group(1).lower() if match else None
