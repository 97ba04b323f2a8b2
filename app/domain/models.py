"""What a worker keeps: persons, interviews, facts, hypotheses, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.ids import (
    AddendumId,
    DisclosureId,
    FollowUpId,
    HypothesisId,
    InterviewId,
    PersonId,
)


class InterviewKind(StrEnum):
    OFFICE = "office"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    VIDEO = "video"
    OTHER = "other"


class Theme(StrEnum):
    HOUSING = "housing"
    BUDGET = "budget"
    HEALTH = "health"
    EMPLOYMENT = "employment"
    FAMILY = "family"
    RIGHTS = "rights"
    OTHER = "other"


class Requester(StrEnum):
    PERSON = "person"
    HR = "hr"
    DOCTOR = "doctor"
    MANAGER = "manager"
    PARTNER = "partner"
    WORKER = "worker"
    OTHER = "other"


class FactsStatus(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"


class HypothesisStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Person:
    id: PersonId
    alias: str
    organisation: str = ""
    details: str = ""
    case_opened: date | None = None
    case_closed: date | None = None
    last_contact: date | None = None


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """The fields a worker fills in to add or edit a person; only alias is required."""

    alias: str
    organisation: str = ""
    details: str = ""
    case_opened: date | None = None
    case_closed: date | None = None


@dataclass(frozen=True, slots=True)
class Addendum:
    id: AddendumId
    interview_id: InterviewId
    created_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class Interview:
    id: InterviewId
    person_id: PersonId
    held_on: date
    kind: InterviewKind
    duration_min: int | None
    themes: tuple[Theme, ...]
    requested_by: Requester
    facts: str
    status: FactsStatus
    finalised_at: datetime | None
    updated_at: datetime
    addenda: tuple[Addendum, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class InterviewDraft:
    """Metadata of an interview as entered; facts are saved separately by autosave."""

    held_on: date
    kind: InterviewKind = InterviewKind.OFFICE
    duration_min: int | None = None
    themes: tuple[Theme, ...] = ()
    requested_by: Requester = Requester.PERSON


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """A private working hypothesis. Never leaves the device."""

    id: HypothesisId
    person_id: PersonId
    interview_id: InterviewId | None
    text: str
    noted_on: date
    status: HypothesisStatus
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class FollowUp:
    id: FollowUpId
    person_id: PersonId
    interview_id: InterviewId | None
    text: str
    due_on: date | None
    done: bool


@dataclass(frozen=True, slots=True)
class InterviewSummaryRow:
    """One line of a person's timeline: enough to list, not the whole note."""

    id: InterviewId
    held_on: date
    kind: InterviewKind
    themes: tuple[Theme, ...]
    first_line: str
    status: FactsStatus


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the persons list, with the badges the list shows."""

    id: PersonId
    alias: str
    organisation: str
    last_contact: date | None
    overdue_follow_ups: int
    past_term: bool
    case_closed: date | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    interview_id: InterviewId | None
    person_id: PersonId
    alias: str
    held_on: date | None
    snippet: str
    is_hypothesis: bool = False
    hypothesis_id: HypothesisId | None = None


@dataclass(frozen=True, slots=True)
class VaultCounts:
    persons: int
    interviews: int
    hypotheses: int
    follow_ups: int
    disclosures: int


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    cipher_version: str
    settings: dict[str, str]
    counts: VaultCounts


@dataclass(frozen=True, slots=True)
class Disclosure:
    """One entry of the disclosure register. Never edited; a correction is a new entry."""

    id: DisclosureId
    created_at: datetime
    person_id: PersonId | None
    recipient: str
    frame: str
    purpose: str
    informed: str
    reason: str
    item_refs: tuple[str, ...]
    output_format: str
    sha256: str
    corrects: DisclosureId | None = None


# Search snippets mark matches with these control characters, which cannot be
# typed in a note, so the interface can highlight them without parsing markup.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
