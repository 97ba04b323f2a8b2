"""Activity figures of a period: counts only, small ones shown as "< threshold".

No name, no pseudonym, no date of a single interview, no free text: every value
is a count, already masked (an int, or the string "<3" when it lies in 1..2),
and every key is a fixed code (a kind, a theme, a frame, a month "YYYY-MM").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

Shown = int | str  # an exact count, or "<N" for a count from 1 to N-1

MIN_THRESHOLD = 3

SCALARS = (
    "persons_followed",
    "new_cases",
    "closed_cases",
    "interviews_total",
    "follow_ups_done",
    "follow_ups_overdue",
    "transmissions_total",
    "refused_requests",
)
TABLES = (
    "interviews_by_kind",
    "interviews_by_theme",
    "interviews_by_requester",
    "interviews_by_month",
    "transmissions_by_frame",
    "transmissions_by_recipient",
)


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive


@dataclass(frozen=True, slots=True)
class FigureTable:
    """One distribution: (code, shown count) rows and, if additive, its shown total."""

    rows: tuple[tuple[str, Shown], ...]
    total: Shown | None


@dataclass(frozen=True, slots=True)
class ActivityFigures:
    period: Period
    threshold: int
    scalars: tuple[tuple[str, Shown], ...]
    tables: tuple[tuple[str, FigureTable], ...]

    def scalar(self, name: str) -> Shown:
        return dict(self.scalars)[name]

    def table(self, name: str) -> FigureTable:
        return dict(self.tables)[name]


def is_masked(value: Shown) -> bool:
    return isinstance(value, str)
