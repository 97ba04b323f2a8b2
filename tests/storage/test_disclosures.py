"""Tests for app/storage/disclosures.py: the register is append-only."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.session import Session, database, stores
from app.domain.errors import CarnetError
from app.domain.ids import DisclosureId, PersonId
from app.domain.models import Disclosure, PersonDraft
from app.storage.codec import now_utc
from tests.support import sql_delete


def _entry(
    person: PersonId | None, recipient: str = "CAF", corrects: int | None = None
) -> Disclosure:
    return Disclosure(
        id=DisclosureId(0),
        created_at=now_utc(),
        person_id=person,
        recipient=recipient,
        frame="partage avec accord",
        purpose="ouverture de droits",
        informed="yes",
        reason="",
        item_refs=("fact:1", "detail:organisation"),
        output_format="pdf",
        sha256="ab" * 32,
        corrects=DisclosureId(corrects) if corrects else None,
    )


def test_record_and_list(session: Session) -> None:
    """Entries are recorded with their items and listed newest first, filterable."""
    pid = stores(session).persons.add(PersonDraft("Mme Registre"))
    first = stores(session).disclosures.record(_entry(pid, "CAF"))
    second = stores(session).disclosures.record(_entry(None, "Médecin du travail", corrects=first))
    listed = stores(session).disclosures.list()
    assert [d.id for d in listed] == [second, first]
    assert listed[1].item_refs == ("fact:1", "detail:organisation")
    assert listed[0].corrects == first
    assert [d.id for d in stores(session).disclosures.list(person_id=pid)] == [first]
    assert [d.id for d in stores(session).disclosures.list(recipient="médecin")] == [second]
    today = date.today()
    assert len(stores(session).disclosures.list(since=today, until=today)) == 2


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE disclosures SET recipient = 'autre'",
        "UPDATE disclosures SET sha256 = '00'",
        "DELETE FROM disclosures",
    ],
)
def test_register_rows_cannot_change(session: Session, statement: str) -> None:
    """UPDATE or DELETE on the register is refused by a trigger; the entry stays as recorded."""
    did = stores(session).disclosures.record(_entry(None))
    before = stores(session).disclosures.list()
    with (
        pytest.raises(CarnetError, match="register entries cannot be"),
        database(session).write() as conn,
    ):
        conn.execute(statement)
    assert stores(session).disclosures.list() == before
    assert before[0].id == did


def test_deleting_the_person_keeps_the_register(session: Session) -> None:
    """The register outlives the person it mentions (person_id has no cascade)."""
    pid = stores(session).persons.add(PersonDraft("Mme Partie"))
    stores(session).disclosures.record(_entry(pid))
    sql_delete(session, "persons", pid)
    assert len(stores(session).disclosures.list()) == 1
