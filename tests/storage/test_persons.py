"""Tests for app/storage/persons.py: rows, last contact, list badges, deletion."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.session import Session, database, stores
from app.domain.errors import CarnetError, NotFound
from app.domain.ids import PersonId
from app.domain.models import PersonDraft
from app.storage.hypotheses import forget_person
from tests.support import draft, sql_delete

TODAY = date(2025, 6, 15)
CUTOFF = date(2023, 6, 15)


def test_add_and_get(session: Session) -> None:
    """A person comes back with every field as saved."""
    new = PersonDraft("Mme Ndiaye", "Transports Rapides", "deux enfants", date(2024, 1, 2))
    person = stores(session).persons.get(stores(session).persons.add(new))
    assert (person.alias, person.organisation, person.details) == (
        "Mme Ndiaye",
        "Transports Rapides",
        "deux enfants",
    )
    assert person.case_opened == date(2024, 1, 2)
    assert person.case_closed is None
    assert person.last_contact is None


def test_store_refuses_blank_alias(session: Session) -> None:
    """Even below the use cases, the table refuses an alias made only of spaces."""
    with pytest.raises(CarnetError):
        stores(session).persons.add(PersonDraft("   "))


def test_last_contact_is_latest_interview(session: Session) -> None:
    """Last contact is the most recent interview date, whatever the insertion order."""
    pid = stores(session).persons.add(PersonDraft("M. Roux"))
    for held in (date(2024, 3, 1), date(2024, 5, 1), date(2024, 4, 1)):
        stores(session).interviews.add(pid, draft(held))
    assert stores(session).persons.get(pid).last_contact == date(2024, 5, 1)


def test_rows_badges(session: Session) -> None:
    """Rows carry overdue follow-ups and past-term flags, most recent contact first."""
    old = stores(session).persons.add(PersonDraft("Ancien"))
    stores(session).interviews.add(old, draft(CUTOFF - timedelta(days=1)))
    recent = stores(session).persons.add(PersonDraft("Récent"))
    stores(session).interviews.add(recent, draft(TODAY - timedelta(days=3)))
    stores(session).follow_ups.add(recent, "en retard", TODAY - timedelta(days=1))
    stores(session).follow_ups.add(recent, "à venir", TODAY + timedelta(days=1))
    done = stores(session).follow_ups.add(recent, "fait", TODAY - timedelta(days=5))
    stores(session).follow_ups.set_done(done, True)
    rows = stores(session).persons.rows(TODAY, CUTOFF)
    assert [r.alias for r in rows] == ["Récent", "Ancien"]
    assert (rows[0].overdue_follow_ups, rows[0].past_term) == (1, False)
    assert (rows[1].overdue_follow_ups, rows[1].past_term) == (0, True)


def test_update_and_missing(session: Session) -> None:
    """Update changes the row; updating or deleting a missing person raises NotFound."""
    pid = stores(session).persons.add(PersonDraft("Avant"))
    stores(session).persons.update(pid, PersonDraft("Après", "Org"))
    assert stores(session).persons.get(pid).alias == "Après"
    with pytest.raises(NotFound):
        stores(session).persons.update(PersonId(9999), PersonDraft("x"))
    with pytest.raises(NotFound):
        stores(session).persons.get(PersonId(9999))


def test_delete_cascades(session: Session) -> None:
    """Deleting a person deletes their interviews, hypotheses and follow-ups too."""
    pid = stores(session).persons.add(PersonDraft("À supprimer"))
    iid = stores(session).interviews.add(pid, draft(), "faits")
    stores(session).hypotheses.add(pid, "hypothèse", TODAY, iid)
    stores(session).follow_ups.add(pid, "suite", None, iid)
    sql_delete(session, "persons", pid)
    with database(session).write() as conn:  # no foreign key reaches the sealed file
        forget_person(conn, pid)
    assert stores(session).persons.ids() == []
    counts = session.counts()
    assert (counts.interviews, counts.hypotheses, counts.follow_ups) == (0, 0, 0)


def test_last_contact_follows_interviews(session: Session) -> None:
    """The stored last contact follows interviews added, re-dated and deleted."""
    person = stores(session).persons.add(PersonDraft("Mme Dernier"))
    assert stores(session).persons.get(person).last_contact is None
    first = stores(session).interviews.add(person, draft(date(2024, 3, 1)))
    later = stores(session).interviews.add(person, draft(date(2024, 5, 1)))
    stores(session).interviews.add(person, draft(date(2024, 4, 1)))
    assert stores(session).persons.get(person).last_contact == date(2024, 5, 1)
    stores(session).interviews.update_meta(later, draft(date(2024, 2, 1)))
    assert stores(session).persons.get(person).last_contact == date(2024, 4, 1)
    with database(session).write() as conn:  # as a purge's cascade would
        conn.execute("DELETE FROM interviews WHERE id = ?", (first,))
    stores(session).interviews.update_meta(later, draft(date(2024, 6, 1)))
    assert stores(session).persons.get(person).last_contact == date(2024, 6, 1)
