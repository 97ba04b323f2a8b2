"""Tests for app/core/workspace_queries.py: the read models the workspace shows."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.workspace_queries import (
    due_follow_ups,
    interview_hypothesis,
    is_first_interview,
    person_file,
    set_follow_up_done,
)
from app.domain.models import HypothesisStatus, InterviewDraft, PersonDraft

TODAY = date(2025, 6, 15)


def test_person_file_lists_interviews_newest_first_and_open_hypotheses_first(
    caseload: Caseload, session: Session
) -> None:
    """The file holds the person, the timeline newest first, follow-ups, hypotheses open first."""
    person = caseload.add_person(PersonDraft("Mme Fichier"))
    older = caseload.add_interview(person, InterviewDraft(TODAY - timedelta(days=9)), "Avant")
    newer = caseload.add_interview(person, InterviewDraft(TODAY), "Après")
    dropped = caseload.add_hypothesis(person, "Ancienne idée", TODAY)
    caseload.set_hypothesis_status(dropped, HypothesisStatus.DROPPED)
    kept = caseload.add_hypothesis(person, "Idée ouverte", TODAY - timedelta(days=3))
    caseload.add_follow_up(person, "Appeler", TODAY)
    data = person_file(session, person)
    assert data.person.alias == "Mme Fichier"
    assert [row.id for row in data.timeline] == [newer, older]
    assert [h.id for h in data.hypotheses] == [kept, dropped]
    assert [f.text for f in data.follow_ups] == ["Appeler"]


def test_due_follow_ups_cross_persons_with_alias_and_overdue_flag(
    caseload: Caseload, session: Session
) -> None:
    """Due within a week, across persons, soonest first; the overdue flag compares with today."""
    first = caseload.add_person(PersonDraft("Mme Une"))
    second = caseload.add_person(PersonDraft("M. Deux"))
    caseload.add_follow_up(first, "En retard", TODAY - timedelta(days=1))
    caseload.add_follow_up(second, "Cette semaine", TODAY + timedelta(days=7))
    caseload.add_follow_up(second, "Plus tard", TODAY + timedelta(days=8))
    caseload.add_follow_up(second, "Sans date", None)
    rows = due_follow_ups(session, TODAY)
    assert [(r.alias, r.follow_up.text, r.overdue) for r in rows] == [
        ("Mme Une", "En retard", True),
        ("M. Deux", "Cette semaine", False),
    ]


def test_done_toggle_and_interview_helpers(caseload: Caseload, session: Session) -> None:
    """Ticking returns the stored follow-up; the interview's own hypothesis is the first one."""
    person = caseload.add_person(PersonDraft("Mme Outils"))
    assert is_first_interview(session, person)
    interview = caseload.add_interview(person, InterviewDraft(TODAY))
    assert not is_first_interview(session, person)
    assert interview_hypothesis(session, interview) is None
    first = caseload.add_hypothesis(person, "Première", TODAY, interview)
    caseload.add_hypothesis(person, "Seconde", TODAY, interview)
    found = interview_hypothesis(session, interview)
    assert found is not None and found.id == first
    item = caseload.add_follow_up(person, "Écrire", TODAY)
    assert set_follow_up_done(session, item, True).done
    assert not set_follow_up_done(session, item, False).done
