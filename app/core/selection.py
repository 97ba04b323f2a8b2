"""What the worker chose to disclose, item by item: the wizard fills it, the builder reads it.

A selection holds ids and indexes, never note text: the text is read again from
the vault when the summary is built, so what is printed is what the vault holds
now, cut to exactly the ticked paragraphs. It has no place for a working
hypothesis, so none can be chosen.

Refs (recorded in the disclosure register, never printed) count paragraphs from 1:
`interview:12#p1` is the first paragraph of interview 12's facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.ids import AddendumId, FollowUpId, InterviewId, PersonId
from app.domain.summary import CHILD_FRAMES, FactSource, Frame, Informed, Recipient

# Frames whose document may carry items from the notes; the others never do.
CONTENT_FRAMES = frozenset(
    {Frame.LIAISON, Frame.CONCERN, Frame.PROSECUTOR, Frame.EMPLOYER, Frame.PERSON_COPY}
)
# Frames that can only go to the person themself (their own copy, the access right).
PERSON_ONLY_FRAMES = frozenset({Frame.PERSON_COPY})
# Frames where the worker always states whether someone was informed, whoever receives
# the document; for the others the question is asked whenever the recipient is not the
# person. In a child-protection document the question is about the parents.
INFORMED_FRAMES = frozenset({Frame.LIAISON, Frame.COORDINATION, Frame.EMPLOYER, *CHILD_FRAMES})


class PersonLabel(StrEnum):
    """How the document names the person: their pseudonym as kept, or its initials."""

    ALIAS = "alias"
    INITIALS = "initials"


class DetailKey(StrEnum):
    """A detail about the person that can be ticked; `details` lines are numbered refs."""

    ORGANISATION = "organisation"
    CASE_OPENED = "case_opened"
    DETAILS_LINE = "details"


def paragraph_ref(interview_id: InterviewId, index: int) -> str:
    """The register ref of a paragraph (`index` counts from 0; the ref from 1)."""
    return f"interview:{interview_id}#p{index + 1}"


def addendum_ref(addendum_id: AddendumId) -> str:
    return f"addendum:{addendum_id}"


def follow_up_ref(follow_up_id: FollowUpId) -> str:
    return f"follow-up:{follow_up_id}"


def detail_ref(person_id: PersonId, key: DetailKey, line: int | None = None) -> str:
    """`person:3#organisation`, or `person:3#details:2` for the second line of the details."""
    suffix = f":{line + 1}" if line is not None else ""
    return f"person:{person_id}#{key.value}{suffix}"


@dataclass(frozen=True, slots=True)
class InterviewChoice:
    """The ticked paragraphs (indexes from 0) and addenda of one interview."""

    interview_id: InterviewId
    paragraphs: tuple[int, ...] = ()
    addenda: tuple[AddendumId, ...] = ()


@dataclass(frozen=True, slots=True)
class DetailChoice:
    """A ticked detail; `line` indexes the lines of the person's free details."""

    key: DetailKey
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Replacement:
    """One accepted wording change, applied to the summary only (the note is untouched).

    `target` names a text of the summary ("fact:<ref>", "purpose"…); `start`/`end`
    locate `original` in that text as it stood after the previous replacements.
    """

    target: str
    start: int
    end: int
    original: str
    alternative: str


@dataclass(frozen=True, slots=True)
class ConcernFields:
    """What a child-protection concern report asks besides the facts."""

    minor_identity: str = ""  # the child's identity as the worker has it
    actions_taken: str = ""
    parents_comment: str = ""  # e.g. why they were not told, in the child's interest
    danger_assessment: str = ""  # the worker's own assessment of the danger


@dataclass(frozen=True, slots=True)
class CoordinationFields:
    """The whole substance of a coordination notice besides the person's name."""

    parties: str = ""
    starting: date | None = None


@dataclass(frozen=True, slots=True)
class Selection:
    """Everything the worker decided for one disclosure; nothing is chosen by default.

    `informed` is None until the worker answers; the builder refuses to go on without
    an answer whenever the recipient is not the person (`to_person`).
    """

    person_id: PersonId
    frame: Frame
    recipient: Recipient
    purpose: str
    author: str
    informed: Informed | None
    informed_reason: str = ""
    to_person: bool = False  # the recipient is the person themself
    everything: bool = False  # person's copy: everything Carnet holds (access right)
    confirm_support: bool = False  # employer reply: say that a follow-up exists
    label: PersonLabel = PersonLabel.ALIAS
    interviews: tuple[InterviewChoice, ...] = ()
    follow_ups: tuple[FollowUpId, ...] = ()
    details: tuple[DetailChoice, ...] = ()
    sources: Mapping[str, FactSource] = field(default_factory=dict)  # by paragraph ref
    concern: ConcernFields = field(default_factory=ConcernFields)
    coordination: CoordinationFields = field(default_factory=CoordinationFields)
    supported_since: date | None = None  # certificate of support only
    replacements: tuple[Replacement, ...] = ()
    issued_on: date = field(default_factory=date.today)

    def has_content(self) -> bool:
        """Whether any item from the notes is ticked."""
        return bool(
            any(c.paragraphs or c.addenda for c in self.interviews)
            or self.follow_ups
            or self.details
        )
