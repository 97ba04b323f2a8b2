"""A read-only view of what may leave the device: persons, facts, follow-ups, the register.

Outward paths (the summary builder today; statistics and handover later) take an
`OutwardReader`, never a `Session`. It holds the four stores it reads and no
other: it has no attribute, method or return type that leads to the worker's
private working notes, so reaching them from an outward path is a type error
that mypy reports, not a convention checked by searching a file's text.
It only reads; nothing written goes through it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.core.session import Session, stores
from app.domain.ids import FollowUpId, InterviewId, PersonId
from app.domain.models import Disclosure, FollowUp, Interview, Person

if TYPE_CHECKING:
    from app.storage.disclosures import DisclosureStore
    from app.storage.followups import FollowUpStore
    from app.storage.interviews import InterviewStore
    from app.storage.persons import PersonStore


class OutwardReader:
    """Reads persons, interviews (facts and addenda), follow-ups and the register entries."""

    __slots__ = ("_disclosures", "_follow_ups", "_interviews", "_persons")

    def __init__(
        self,
        persons: PersonStore,
        interviews: InterviewStore,
        follow_ups: FollowUpStore,
        disclosures: DisclosureStore,
    ) -> None:
        self._persons = persons
        self._interviews = interviews
        self._follow_ups = follow_ups
        self._disclosures = disclosures

    def person(self, person_id: PersonId) -> Person:
        return self._persons.get(person_id)

    def persons(self) -> list[Person]:
        """Every person of the vault (for counts; the caller keeps no name)."""
        return [self._persons.get(person_id) for person_id in self._persons.ids()]

    def interview(self, interview_id: InterviewId) -> Interview:
        """One interview with its facts and addenda."""
        return self._interviews.get(interview_id)

    def interviews(self, person_id: PersonId) -> list[Interview]:
        """Every interview of a person, newest first (as the person's file lists them)."""
        return [self._interviews.get(row.id) for row in self._interviews.timeline(person_id)]

    def follow_up(self, follow_up_id: FollowUpId) -> FollowUp:
        return self._follow_ups.get(follow_up_id)

    def follow_ups(self, person_id: PersonId) -> list[FollowUp]:
        """Every follow-up of a person, open and done."""
        return self._follow_ups.for_person(person_id)

    def register(self, person_id: PersonId) -> list[Disclosure]:
        """The register entries about a person, newest first (content-free by design)."""
        return self._disclosures.list(person_id)

    def register_between(self, start: date, end: date) -> list[Disclosure]:
        """Every register entry made from `start` to `end` (inclusive), newest first."""
        return self._disclosures.list(since=start, until=end)


def outward_reader(session: Session) -> OutwardReader:
    """The narrow reader of an open session, for any path that writes for the outside."""
    held = stores(session)
    return OutwardReader(held.persons, held.interviews, held.follow_ups, held.disclosures)
