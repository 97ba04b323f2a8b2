"""Tests for app/storage/followups.py: next steps, due dates, done."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.session import Session, stores
from app.domain.errors import NotFound
from app.domain.ids import FollowUpId
from app.domain.models import PersonDraft
from tests.support import sql_delete


def test_lifecycle_and_ordering(session: Session) -> None:
    """Open follow-ups sort by due date (undated last), done ones after; due_by filters."""
    pid = stores(session).persons.add(PersonDraft("Mme Suivi"))
    late = stores(session).follow_ups.add(pid, "tard", date(2024, 5, 1))
    soon = stores(session).follow_ups.add(pid, "tôt", date(2024, 3, 1))
    undated = stores(session).follow_ups.add(pid, "un jour", None)
    finished = stores(session).follow_ups.add(pid, "fini", date(2024, 1, 1))
    stores(session).follow_ups.set_done(finished, True)
    assert [f.id for f in stores(session).follow_ups.for_person(pid)] == [
        soon,
        late,
        undated,
        finished,
    ]
    assert [f.id for f in stores(session).follow_ups.due_by(date(2024, 4, 1))] == [soon]
    stores(session).follow_ups.update(late, "plus tôt", date(2024, 2, 1))
    assert stores(session).follow_ups.get(late).text == "plus tôt"
    stores(session).follow_ups.set_done(finished, False)
    assert not stores(session).follow_ups.get(finished).done
    sql_delete(session, "follow_ups", undated)
    assert undated not in [f.id for f in stores(session).follow_ups.for_person(pid)]


def test_missing_follow_up(session: Session) -> None:
    """Updating or completing a missing follow-up raises NotFound."""
    with pytest.raises(NotFound):
        stores(session).follow_ups.update(FollowUpId(5), "x", None)
    with pytest.raises(NotFound):
        stores(session).follow_ups.set_done(FollowUpId(5), True)
    with pytest.raises(NotFound):
        stores(session).follow_ups.get(FollowUpId(5))
