"""Before a restore, the staged copy keeps later erasures and later register entries."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.ids import DisclosureId
from app.domain.models import Disclosure
from app.storage import purge
from app.storage.carry_forward import carry_forward
from app.storage.export_copy import open_copy, table_counts
from app.storage.snapshot import AUTO, write_snapshot
from app.storage.vaultcheck import integrity_problems
from tests.support.backup_data import PERSON_CANARIES, canaries_in, populate

WHEN = datetime(2024, 5, 1, tzinfo=UTC)


def _entry(recipient: str, sha: str) -> Disclosure:
    return Disclosure(
        id=DisclosureId(0),
        created_at=WHEN,
        person_id=None,
        recipient=recipient,
        frame="liaison",
        purpose="Orientation",
        informed="yes",
        reason="",
        item_refs=(),
        output_format="text",
        sha256=sha,
    )


def _recipients(path: Path, key: bytes) -> list[str]:
    copy = open_copy(path, key)
    try:
        return [r[0] for r in copy.query("SELECT recipient FROM disclosures ORDER BY id")]
    finally:
        copy.close()


def test_erased_person_is_erased_again(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """An older copy that still holds an erased person loses them, every page included."""
    ids = populate(caseload)
    key = session.data_key()
    older = write_snapshot(database(session), tmp_path, key, WHEN, AUTO)  # holds the person
    purge.purge_persons(database(session), [ids.marked], "erasure-request", "Demande")
    carried = carry_forward(database(session), older, key)
    assert carried.erasures == 1
    assert canaries_in(older, key) == []
    copy = open_copy(older, key, writable=True)
    try:
        assert table_counts(copy)["persons"] == 1
        assert integrity_problems(copy) == []
        assert purge.erased_persons(copy) == purge.erased_persons(database(session))
    finally:
        copy.close()


def test_later_register_entries_are_kept(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """Entries written after the copy are added to it, with their ids when free."""
    populate(caseload)
    stores(session).disclosures.record(_entry("Avant", "a" * 64))
    key = session.data_key()
    older = write_snapshot(database(session), tmp_path, key, WHEN, AUTO)
    later = stores(session).disclosures.record(_entry("Après", "b" * 64))
    carried = carry_forward(database(session), older, key)
    assert carried.register_entries == 1 and carried.erasures == 0
    copy = open_copy(older, key)
    try:
        assert copy.query("SELECT id, recipient FROM disclosures ORDER BY id")[-1] == (
            later,
            "Après",
        )
    finally:
        copy.close()
    assert carry_forward(database(session), older, key).register_entries == 0  # already there


def test_a_taken_id_gets_a_new_one(session: Session, tmp_path: Path) -> None:
    """A copy from another history whose entry has the same id keeps both entries."""
    key = session.data_key()
    stores(session).disclosures.record(_entry("Ici", "c" * 64))
    other = write_snapshot(database(session), tmp_path, key, WHEN, AUTO)
    copy = open_copy(other, key, writable=True)
    try:
        with copy.write() as conn:
            conn.execute("DROP TRIGGER disclosures_are_final_u")
            conn.execute("UPDATE disclosures SET recipient = 'Ailleurs', sha256 = ?", ("d" * 64,))
    finally:
        copy.close()
    assert carry_forward(database(session), other, key).register_entries == 1
    assert _recipients(other, key) == ["Ailleurs", "Ici"]


def test_nothing_to_carry(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """A copy of the current state is left as it is."""
    populate(caseload)
    key = session.data_key()
    copy_path = write_snapshot(database(session), tmp_path, key, WHEN, AUTO)
    carried = carry_forward(database(session), copy_path, key)
    assert (carried.register_entries, carried.erasures) == (0, 0)
    assert canaries_in(copy_path, key) == list(PERSON_CANARIES)  # hypotheses: sealed apart
