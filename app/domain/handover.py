"""What a handover carries: chosen identity fields, facts, addenda, open follow-ups.

There is no field for a working hypothesis anywhere in these types: a handover
cannot carry one, whatever the code that builds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.ids import FollowUpId, InterviewId, PersonId
from app.domain.models import InterviewKind, Requester, Theme

IDENTITY_FIELDS = ("organisation", "details", "case_opened")
HANDOVER_FRAME = "passation"
HANDOVER_PURPOSE = "continuité du suivi"
HANDOVER_FORMAT = "carnet-handover"


@dataclass(frozen=True, slots=True)
class HandoverChoice:
    """What the worker ticked for one person (nothing is ticked in advance)."""

    person_id: PersonId
    fields: frozenset[str] = frozenset()  # among IDENTITY_FIELDS; the alias always goes
    interviews: tuple[InterviewId, ...] = ()
    with_addenda: bool = False
    follow_ups: tuple[FollowUpId, ...] = ()


@dataclass(frozen=True, slots=True)
class HandedAddendum:
    written_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class HandedInterview:
    held_on: date
    kind: InterviewKind
    duration_min: int | None
    themes: tuple[Theme, ...]
    requested_by: Requester
    facts: str
    addenda: tuple[HandedAddendum, ...]


@dataclass(frozen=True, slots=True)
class HandedFollowUp:
    text: str
    due_on: date | None


@dataclass(frozen=True, slots=True)
class HandedPerson:
    alias: str
    organisation: str
    details: str
    case_opened: date | None
    interviews: tuple[HandedInterview, ...]
    follow_ups: tuple[HandedFollowUp, ...]


@dataclass(frozen=True, slots=True)
class Handover:
    """The decrypted content of a handover file."""

    handover_id: str
    sender: str
    recipient: str
    handed_over_on: date
    persons: tuple[HandedPerson, ...]
