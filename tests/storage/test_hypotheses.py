"""Tests for app/storage/hypotheses.py: their own table and index, destroyed with the case."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.session import Session, database, stores
from app.domain.errors import NotFound
from app.domain.ids import HypothesisId, PersonId
from app.domain.models import HypothesisStatus, PersonDraft
from app.storage.hypotheses import unlink_interview
from tests.support import draft, sql_delete

NOTED = date(2024, 4, 2)


@pytest.fixture
def person(session: Session) -> PersonId:
    """One person to attach hypotheses to."""
    return stores(session).persons.add(PersonDraft("M. Hypo"))


def test_add_save_status(session: Session, person: PersonId) -> None:
    """A hypothesis is added open, its text saved, its status changed."""
    hid = stores(session).hypotheses.add(person, "première idée", NOTED)
    stores(session).hypotheses.save_text(hid, "idée reformulée")
    stores(session).hypotheses.save_text(hid, "idée reformulée")  # unchanged text: no error
    stores(session).hypotheses.set_status(hid, HypothesisStatus.CONFIRMED)
    got = stores(session).hypotheses.get(hid)
    assert (got.text, got.status, got.noted_on, got.interview_id) == (
        "idée reformulée",
        HypothesisStatus.CONFIRMED,
        NOTED,
        None,
    )


def test_missing_hypothesis(session: Session) -> None:
    """Saving or changing a missing hypothesis raises NotFound."""
    with pytest.raises(NotFound):
        stores(session).hypotheses.save_text(HypothesisId(77), "x")
    with pytest.raises(NotFound):
        stores(session).hypotheses.set_status(HypothesisId(77), HypothesisStatus.DROPPED)
    with pytest.raises(NotFound):
        stores(session).hypotheses.get(HypothesisId(77))


def test_for_person_and_interview(session: Session, person: PersonId) -> None:
    """Listing by person (optionally only open ones) and by interview."""
    iid = stores(session).interviews.add(person, draft(), "faits")
    linked = stores(session).hypotheses.add(person, "liée", NOTED, iid)
    dropped = stores(session).hypotheses.add(person, "abandonnée", NOTED)
    stores(session).hypotheses.set_status(dropped, HypothesisStatus.DROPPED)
    assert {h.id for h in stores(session).hypotheses.for_person(person)} == {linked, dropped}
    assert [h.id for h in stores(session).hypotheses.for_person(person, only_open=True)] == [linked]
    assert [h.id for h in stores(session).hypotheses.for_interview(iid)] == [linked]


def test_interview_deletion_keeps_hypothesis_unlinked(session: Session, person: PersonId) -> None:
    """Deleting an interview keeps its hypothesis, now without an interview."""
    iid = stores(session).interviews.add(person, draft(), "faits")
    hid = stores(session).hypotheses.add(person, "reste", NOTED, iid)
    sql_delete(session, "interviews", iid)
    with database(session).write() as conn:  # no foreign key reaches the sealed file
        unlink_interview(conn, iid)
    assert stores(session).hypotheses.get(hid).interview_id is None
