"""Publication dates as hours on one axis, so the story window is plain arithmetic.

Dates come from feeds, HTML metadata and JSON in many shapes. ISO 8601 is read with the standard library;
anything else goes to ``dateparser`` (slow, but such dates are rare). A date without a zone is taken as UTC.
Nothing here looks at the current time, so results never depend on when a run happens.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["format_hours", "to_hours"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _parse(value: str) -> datetime | None:
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    import dateparser

    parsed: datetime | None = dateparser.parse(
        text, languages=["en"], settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True}
    )
    return parsed


def to_hours(published: str | datetime | None) -> float | None:
    """Hours since 1970-01-01 UTC for an ISO string or datetime; None when there is no usable date."""
    if published is None:
        return None
    moment = published if isinstance(published, datetime) else _parse(published)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH).total_seconds() / 3600.0


def format_hours(hours: float | None) -> str | None:
    """The ISO 8601 UTC timestamp (seconds precision) for hours since the epoch."""
    if hours is None:
        return None
    return (_EPOCH + timedelta(seconds=round(hours * 3600.0))).isoformat()
