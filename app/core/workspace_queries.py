"""Read models the desktop workspace shows, built from the session's stores.

Everything here is a plain query (or a one-row toggle) with no rules of its
own; the rules stay in `Caseload`. No Qt: the CLI and tests can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.core.session import Session
from app.domain.ids import FollowUpId, InterviewId, PersonId
from app.domain.models import (
    FollowUp,
    Hypothesis,
    HypothesisStatus,
    InterviewSummaryRow,
    Person,
)

DUE_HORIZON_DAYS = 7


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    """A follow-up in the cross-person view, with the alias to show beside it."""

    follow_up: FollowUp
    alias: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class PersonFile:
    """Everything the centre of the workspace shows about one person."""

    person: Person
    timeline: tuple[InterviewSummaryRow, ...]
    follow_ups: tuple[FollowUp, ...]
    hypotheses: tuple[Hypothesis, ...]
    # True when the hypotheses are sealed to another computer: none can be shown here.
    hypotheses_elsewhere: bool = False


_STATUS_ORDER = {
    HypothesisStatus.OPEN: 0,
    HypothesisStatus.CONFIRMED: 1,
    HypothesisStatus.DROPPED: 2,
}


def person_file(session: Session, person_id: PersonId) -> PersonFile:
    """A person's details, interviews (newest first), follow-ups and hypotheses (open first)."""
    here = session.hypotheses_here
    hypotheses = sorted(
        session.hypotheses.for_person(person_id) if here else [],
        key=lambda h: (_STATUS_ORDER[h.status], -h.noted_on.toordinal(), -h.id),
    )
    return PersonFile(
        person=session.persons.get(person_id),
        timeline=tuple(session.interviews.timeline(person_id)),
        follow_ups=tuple(session.follow_ups.for_person(person_id)),
        hypotheses=tuple(hypotheses),
        hypotheses_elsewhere=not here,
    )


def due_follow_ups(
    session: Session, today: date, horizon_days: int = DUE_HORIZON_DAYS
) -> list[DueFollowUp]:
    """Every open follow-up due within `horizon_days`, overdue ones first (by date)."""
    items = session.follow_ups.due_by(today + timedelta(days=horizon_days))
    aliases: dict[PersonId, str] = {}
    rows = []
    for item in items:
        if item.person_id not in aliases:
            aliases[item.person_id] = session.persons.get(item.person_id).alias
        overdue = item.due_on is not None and item.due_on < today
        rows.append(DueFollowUp(item, aliases[item.person_id], overdue))
    return rows


def interview_hypothesis(session: Session, interview_id: InterviewId) -> Hypothesis | None:
    """The free-text hypothesis written beside an interview (the first one), if any."""
    if not session.hypotheses_here:
        return None
    found = session.hypotheses.for_interview(interview_id)
    return found[0] if found else None


def set_follow_up_done(session: Session, follow_up_id: FollowUpId, done: bool) -> FollowUp:
    """Tick or untick a follow-up; returns it as stored now."""
    session.follow_ups.set_done(follow_up_id, done)
    return session.follow_ups.get(follow_up_id)


def is_first_interview(session: Session, person_id: PersonId) -> bool:
    """Whether the person has no interview yet (the next one is the first)."""
    return not session.interviews.timeline(person_id)
