"""Activity figures for a period, computed from the outward reader: counts only.

`activity_figures(reader, period, threshold)` counts persons followed (at least
one interview in the period), new and closed cases, interviews by kind, theme,
requester and month, follow-ups due in the period (done, overdue), transmissions
by frame and by kind of recipient, refused requests. It reads through an
`OutwardReader`, which cannot reach the working hypotheses, and it keeps no name,
alias, date of a single interview or word of any note: only codes and counts.

Small counts are masked (`app.core.masking`), and so is whatever would let one
be recomputed from a total.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.core.masking import mask_count, mask_table
from app.core.outward import OutwardReader, outward_reader
from app.core.session import Session, stores
from app.domain.activity import MIN_THRESHOLD, ActivityFigures, FigureTable, Period, Shown
from app.domain.errors import InvalidInput
from app.domain.models import Disclosure, Interview, InterviewKind, Requester, Theme
from app.domain.summary import ERASURE_FRAME, REFUSED_FRAME, Frame

THRESHOLD_KEY = "stats_threshold"
HANDOVER_FRAME = "passation"
RECIPIENT_KINDS = ("person", "partner", "authority", "employer", "successor", "other")
_RECIPIENT_OF_FRAME = {
    Frame.PERSON_COPY.value: "person",
    Frame.LIAISON.value: "partner",
    Frame.COORDINATION.value: "partner",
    Frame.CONCERN.value: "authority",
    Frame.PROSECUTOR.value: "authority",
    Frame.EMPLOYER.value: "employer",
    HANDOVER_FRAME: "successor",
}
TRANSMISSION_FRAMES = (*(f.value for f in Frame), HANDOVER_FRAME)


def stats_threshold(session: Session) -> int:
    """The vault's masking threshold (never below 3)."""
    raw = stores(session).settings.get(THRESHOLD_KEY, str(MIN_THRESHOLD))
    try:
        return max(MIN_THRESHOLD, int(raw))
    except ValueError:
        return MIN_THRESHOLD


def set_stats_threshold(session: Session, threshold: int) -> None:
    if threshold < MIN_THRESHOLD or threshold > 100:
        raise InvalidInput("The threshold is a whole number from 3 to 100.")
    stores(session).settings.set(THRESHOLD_KEY, str(threshold))


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    if quarter not in (1, 2, 3, 4):
        raise InvalidInput("A quarter is 1, 2, 3 or 4.")
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return Period(start, date.fromordinal(end.toordinal() - 1))


def checked_period(start: date, end: date) -> Period:
    if end < start:
        raise InvalidInput("The end of the period comes before its start.")
    return Period(start, end)


def _months(period: Period) -> list[str]:
    months, year, month = [], period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _interview_tables(interviews: list[Interview], period: Period) -> dict[str, Counter[str]]:
    kinds: Counter[str] = Counter({k.value: 0 for k in InterviewKind})
    themes: Counter[str] = Counter({t.value: 0 for t in Theme})
    requesters: Counter[str] = Counter({r.value: 0 for r in Requester})
    months: Counter[str] = Counter({m: 0 for m in _months(period)})
    for interview in interviews:
        kinds[interview.kind.value] += 1
        requesters[interview.requested_by.value] += 1
        months[interview.held_on.strftime("%Y-%m")] += 1
        for theme in set(interview.themes):
            themes[theme.value] += 1
    return {
        "interviews_by_kind": kinds,
        "interviews_by_theme": themes,
        "interviews_by_requester": requesters,
        "interviews_by_month": months,
    }


def _transmission_tables(entries: list[Disclosure]) -> dict[str, Counter[str]]:
    frames: Counter[str] = Counter({f: 0 for f in TRANSMISSION_FRAMES})
    recipients: Counter[str] = Counter({r: 0 for r in RECIPIENT_KINDS})
    for entry in entries:
        frames[entry.frame if entry.frame in frames else "other"] += 1
        kind = _RECIPIENT_OF_FRAME.get(entry.frame, "other")
        if entry.informed == "recipient":
            kind = "person"
        recipients[kind] += 1
    return {"transmissions_by_frame": frames, "transmissions_by_recipient": recipients}


def _in(day: date | None, period: Period) -> bool:
    return day is not None and period.start <= day <= period.end


def raw_counts(
    reader: OutwardReader, period: Period
) -> tuple[dict[str, int], dict[str, Counter[str]]]:
    """The exact counts, before masking (never shown as such)."""
    persons = reader.persons()
    held: list[Interview] = []
    followed, done, overdue = 0, 0, 0
    for person in persons:
        mine = [i for i in reader.interviews(person.id) if _in(i.held_on, period)]
        held += mine
        followed += bool(mine)
        for follow_up in reader.follow_ups(person.id):
            if _in(follow_up.due_on, period):
                done += follow_up.done
                overdue += not follow_up.done and follow_up.due_on is not None
    entries = reader.register_between(period.start, period.end)
    sent = [
        e for e in entries if e.frame not in (REFUSED_FRAME, ERASURE_FRAME) and e.corrects is None
    ]
    scalars = {
        "persons_followed": followed,
        "new_cases": sum(_in(p.case_opened, period) for p in persons),
        "closed_cases": sum(_in(p.case_closed, period) for p in persons),
        "interviews_total": len(held),
        "follow_ups_done": done,
        "follow_ups_overdue": overdue,
        "transmissions_total": len(sent),
        "refused_requests": sum(e.frame == REFUSED_FRAME for e in entries),
    }
    return scalars, {**_interview_tables(held, period), **_transmission_tables(sent)}


ADDITIVE = {
    "interviews_by_kind": "interviews_total",
    "interviews_by_requester": "interviews_total",
    "interviews_by_month": "interviews_total",
    "transmissions_by_frame": "transmissions_total",
    "transmissions_by_recipient": "transmissions_total",
}


def activity_figures(reader: OutwardReader, period: Period, threshold: int) -> ActivityFigures:
    """The masked figures of a period."""
    threshold = max(MIN_THRESHOLD, threshold)
    scalars, tables = raw_counts(reader, period)
    totals: dict[str, Shown] = {k: mask_count(v, threshold) for k, v in scalars.items()}
    masked: dict[str, tuple[tuple[str, Shown], ...]] = {}
    for name, counter in tables.items():
        rows = [(code, counter[code]) for code in counter]
        total_name = ADDITIVE.get(name)
        if total_name is None:
            masked[name] = tuple((c, mask_count(v, threshold)) for c, v in rows)
            continue
        masked[name], total = mask_table(rows, scalars[total_name], threshold)
        if isinstance(total, str):
            totals[total_name] = total
    shown = tuple(
        (name, FigureTable(rows, totals[ADDITIVE[name]] if name in ADDITIVE else None))
        for name, rows in masked.items()
    )
    return ActivityFigures(period, threshold, tuple(totals.items()), shown)


def session_figures(session: Session, period: Period) -> ActivityFigures:
    """The figures of an open vault, with its own threshold."""
    return activity_figures(outward_reader(session), period, stats_threshold(session))
