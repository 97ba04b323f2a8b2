"""Conversions between Python values and the text stored in SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def ts(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def parse_ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
