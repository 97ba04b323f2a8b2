"""Use cases on a worker's caseload, with the rules the stores do not know.

Validation lives here (so the GUI and the CLI refuse the same things), as do
retention and closing a case.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

from app.core.session import Session, stores
from app.domain.errors import InvalidInput
from app.domain.ids import FollowUpId, HypothesisId, InterviewId, PersonId
from app.domain.models import (
    HypothesisStatus,
    InterviewDraft,
    PersonDraft,
    PersonRow,
    SearchHit,
)

MAX_ALIAS = 200
MAX_TEXT = 5_000_000  # characters; far beyond any note, short of exhausting memory
MAX_DURATION_MIN = 24 * 60
RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 2  # CNIL guidance for social and medico-social support


def clean_alias(alias: str) -> str:
    """Trim, collapse whitespace, drop control characters (SQLite's length() stops at NUL)."""
    words = ("".join(c for c in word if unicodedata.category(c) != "Cc") for word in alias.split())
    cleaned = " ".join(word for word in words if word)
    if not cleaned:
        raise InvalidInput("A person needs at least an alias.")
    if len(cleaned) > MAX_ALIAS:
        raise InvalidInput(f"An alias has at most {MAX_ALIAS} characters.")
    return cleaned


def check_text(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise InvalidInput("This text is too long to be saved as one note.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: SQLite could not store it
        raise InvalidInput("This text holds characters that cannot be saved.") from exc
    return text


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class Caseload:
    def __init__(self, session: Session) -> None:
        self.session = session

    # Persons -----------------------------------------------------------
    def add_person(self, draft: PersonDraft) -> PersonId:
        return stores(self.session).persons.add(self._check_person(draft))

    def update_person(self, person_id: PersonId, draft: PersonDraft) -> None:
        stores(self.session).persons.update(person_id, self._check_person(draft))

    @staticmethod
    def _check_person(draft: PersonDraft) -> PersonDraft:
        draft = replace(
            draft,
            alias=clean_alias(draft.alias),
            organisation=check_text(draft.organisation),
            details=check_text(draft.details),
        )
        if draft.case_opened and draft.case_closed and draft.case_closed < draft.case_opened:
            raise InvalidInput("A case cannot close before it opens.")
        return draft

    def retention_years(self) -> int:
        raw = stores(self.session).settings.get(RETENTION_KEY, str(DEFAULT_RETENTION_YEARS))
        return int(raw) if raw.isdigit() and 1 <= int(raw) <= 50 else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        if not 1 <= years <= 50:
            raise InvalidInput("The retention term is between 1 and 50 years.")
        stores(self.session).settings.set(RETENTION_KEY, str(years))

    def person_rows(self, today: date) -> list[PersonRow]:
        return stores(self.session).persons.rows(today, years_before(today, self.retention_years()))

    def past_term(self, today: date) -> list[PersonRow]:
        return [row for row in self.person_rows(today) if row.past_term]

    # Interviews and facts --------------------------------------------------
    def add_interview(
        self, person_id: PersonId, draft: InterviewDraft, facts: str = ""
    ) -> InterviewId:
        self._check_interview(draft)
        return stores(self.session).interviews.add(person_id, draft, check_text(facts))

    def add_note(
        self, person_id: PersonId, draft: InterviewDraft, facts: str, hypothesis: str = ""
    ) -> tuple[InterviewId, HypothesisId | None]:
        """An interview with its facts and (optionally) a hypothesis, all or nothing.

        Every check runs before the one transaction that writes both.
        """
        self._check_interview(draft)
        facts, hypothesis = check_text(facts), check_text(hypothesis)
        stores(self.session).persons.get(person_id)  # NotFound before anything is written
        return stores(self.session).interviews.add_note(person_id, draft, facts, hypothesis)

    def update_interview(self, interview_id: InterviewId, draft: InterviewDraft) -> None:
        self._check_interview(draft)
        stores(self.session).interviews.update_meta(interview_id, draft)

    @staticmethod
    def _check_interview(draft: InterviewDraft) -> None:
        if draft.duration_min is not None and not 0 <= draft.duration_min <= MAX_DURATION_MIN:
            raise InvalidInput("The duration must be between 0 and 1440 minutes.")

    def save_facts(self, interview_id: InterviewId, facts: str) -> None:
        stores(self.session).interviews.save_facts(interview_id, check_text(facts))

    def finalise(self, interview_id: InterviewId) -> None:
        stores(self.session).interviews.finalise(interview_id)

    def add_addendum(self, interview_id: InterviewId, text: str) -> None:
        if not text.strip():
            raise InvalidInput("An addendum cannot be empty.")
        stores(self.session).interviews.add_addendum(interview_id, check_text(text))

    def draft_addendum(self, interview_id: InterviewId) -> str:
        """The addendum being written under a finalised note, saved as typed ("" if none).

        It stays apart from the addenda until `add_addendum`: no export reads it.
        """
        return stores(self.session).interviews.draft_addendum(interview_id)

    def save_draft_addendum(self, interview_id: InterviewId, text: str) -> None:
        """Autosave of the addendum being written; an empty text drops the draft."""
        stores(self.session).interviews.save_draft_addendum(interview_id, check_text(text))

    # Hypotheses ----------------------------------------------------------
    def add_hypothesis(
        self,
        person_id: PersonId,
        text: str,
        noted_on: date,
        interview_id: InterviewId | None = None,
    ) -> HypothesisId:
        return stores(self.session).hypotheses.add(
            person_id, check_text(text), noted_on, interview_id
        )

    def save_hypothesis(self, hypothesis_id: HypothesisId, text: str) -> None:
        stores(self.session).hypotheses.save_text(hypothesis_id, check_text(text))

    def set_hypothesis_status(self, hypothesis_id: HypothesisId, status: HypothesisStatus) -> None:
        stores(self.session).hypotheses.set_status(hypothesis_id, status)

    # Follow-ups ----------------------------------------------------------
    def add_follow_up(
        self,
        person_id: PersonId,
        text: str,
        due_on: date | None,
        interview_id: InterviewId | None = None,
    ) -> FollowUpId:
        if not text.strip():
            raise InvalidInput("A follow-up needs a description.")
        return stores(self.session).follow_ups.add(
            person_id, check_text(text), due_on, interview_id
        )

    # Search --------------------------------------------------------------
    def search(
        self,
        text: str,
        limit: int = 50,
        include_hypotheses: bool = False,
        person_id: PersonId | None = None,
        as_you_type: bool = False,
    ) -> list[SearchHit]:
        limit = max(1, min(limit, 500))
        # Sealed to another computer: they cannot be searched here (see hypotheses_here).
        include_hypotheses = include_hypotheses and self.session.hypotheses_here
        return stores(self.session).search_index.search(
            text, limit, include_hypotheses, person_id, prefix_last=as_you_type
        )
