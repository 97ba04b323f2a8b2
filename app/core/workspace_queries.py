"""Read models the desktop workspace shows, built from the session's stores.

Everything here is a plain query (or a one-row toggle) with no rules of its
own; the rules stay in `Caseload`. No Qt: the CLI and tests can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.core.session import Session, stores
from app.domain.ids import FollowUpId, HypothesisId, InterviewId, PersonId
from app.domain.models import (
    FollowUp,
    Hypothesis,
    HypothesisStatus,
    Interview,
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
        stores(session).hypotheses.for_person(person_id) if here else [],
        key=lambda h: (_STATUS_ORDER[h.status], -h.noted_on.toordinal(), -h.id),
    )
    return PersonFile(
        person=stores(session).persons.get(person_id),
        timeline=tuple(stores(session).interviews.timeline(person_id)),
        follow_ups=tuple(stores(session).follow_ups.for_person(person_id)),
        hypotheses=tuple(hypotheses),
        hypotheses_elsewhere=not here,
    )


def due_follow_ups(
    session: Session, today: date, horizon_days: int = DUE_HORIZON_DAYS
) -> list[DueFollowUp]:
    """Every open follow-up due within `horizon_days`, overdue ones first (by date)."""
    items = stores(session).follow_ups.due_by(today + timedelta(days=horizon_days))
    aliases: dict[PersonId, str] = {}
    rows = []
    for item in items:
        if item.person_id not in aliases:
            aliases[item.person_id] = stores(session).persons.get(item.person_id).alias
        overdue = item.due_on is not None and item.due_on < today
        rows.append(DueFollowUp(item, aliases[item.person_id], overdue))
    return rows


def interview_hypothesis(session: Session, interview_id: InterviewId) -> Hypothesis | None:
    """The free-text hypothesis written beside an interview (the first one), if any."""
    if not session.hypotheses_here:
        return None
    found = stores(session).hypotheses.for_interview(interview_id)
    return found[0] if found else None


def set_follow_up_done(session: Session, follow_up_id: FollowUpId, done: bool) -> FollowUp:
    """Tick or untick a follow-up; returns it as stored now."""
    stores(session).follow_ups.set_done(follow_up_id, done)
    return stores(session).follow_ups.get(follow_up_id)


def is_first_interview(session: Session, person_id: PersonId) -> bool:
    """Whether the person has no interview yet (the next one is the first)."""
    return not stores(session).interviews.timeline(person_id)


def get_person(session: Session, person_id: PersonId) -> Person:
    """One person as stored (NotFound if there is none)."""
    return stores(session).persons.get(person_id)


def get_interview(session: Session, interview_id: InterviewId) -> Interview:
    """One interview as stored (NotFound if there is none)."""
    return stores(session).interviews.get(interview_id)


def get_hypothesis(session: Session, hypothesis_id: HypothesisId) -> Hypothesis:
    """One hypothesis as stored, for the private pane that shows it (NotFound if none)."""
    return stores(session).hypotheses.get(hypothesis_id)


def timeline(session: Session, person_id: PersonId) -> list[InterviewSummaryRow]:
    """A person's interviews, newest first."""
    return list(stores(session).interviews.timeline(person_id))
