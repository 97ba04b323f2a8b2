"""Tests for app/storage/codec.py: dates and times as stored text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.storage.codec import day, now_utc, parse_day, parse_ts, ts


def test_timestamps_are_utc_seconds() -> None:
    """Timestamps are stored in UTC to the second and read back equal."""
    paris = datetime(2024, 3, 31, 3, 30, 15, tzinfo=timezone(timedelta(hours=2)))
    text = ts(paris)
    assert text == "2024-03-31T01:30:15+00:00"
    assert parse_ts(text) == paris
    assert now_utc().microsecond == 0
    assert now_utc().tzinfo is UTC


def test_days_and_empty_values() -> None:
    """Days are ISO dates; None and empty text stay None."""
    assert day(date(2024, 2, 29)) == "2024-02-29"
    assert parse_day("2024-02-29") == date(2024, 2, 29)
    assert day(None) is None
    assert parse_day(None) is None
    assert parse_day("") is None
    assert parse_ts(None) is None
