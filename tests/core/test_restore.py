"""Restoring from a snapshot or an external backup: verified first, a copy kept, atomic."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core import backup, restore, retention, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import BackupInvalid, InvalidInput, WrongPassphrase
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft
from app.storage import swap
from app.storage.export_copy import table_counts
from app.storage.snapshot import PRE_RESTORE
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, folder_digest
from tests.support.backup_data import canaries_in, populate

BACKUP_PASS = "phrase de la clé USB, longue et à part"
WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def _vault_files(session: Session) -> dict[str, str]:
    digest = folder_digest(session.paths.folder)
    return {k: v for k, v in digest.items() if k in ("carnet.db", "carnet.key")}


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith((".work-", ".restore"))]


def test_restore_a_snapshot(session: Session, caseload: Caseload) -> None:
    """The vault goes back to the snapshot; the replaced state is kept as a pre-restore copy."""
    ids = populate(caseload)
    snap = snapshots.take_snapshot(session, WHEN)
    before = table_counts(database(session))
    caseload.add_interview(ids.other, InterviewDraft(WHEN.date()), "écrit après la copie")
    result = restore.restore(session, snap.path, now=WHEN + timedelta(hours=1))
    assert not session.is_open
    try:
        assert table_counts(database(result.session)) == before
        assert result.session.check().ok
        assert result.report.kind == restore.SNAPSHOT and result.report.hypotheses_included
        pre = result.report.pre_restore_snapshot
        assert pre is not None and pre.exists()
        listed = snapshots.list_snapshots(result.session.paths)
        [kept] = [s for s in listed if s.kind == PRE_RESTORE]
        assert kept.path == pre
        assert _leftovers(result.session.paths.folder) == []
    finally:
        result.session.close()


def test_restore_an_external_backup(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """From an external backup the vault gets everything but the hypotheses, as reported."""
    populate(caseload)
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    result = restore.restore(session, out, BACKUP_PASS, WHEN)
    try:
        counts = result.session.counts()
        assert (counts.persons, counts.interviews, counts.hypotheses) == (2, 2, 0)
        assert result.report.kind == restore.EXTERNAL
        assert not result.report.hypotheses_included
        assert result.report.pre_restore_snapshot is not None
        assert result.session.check().ok
    finally:
        result.session.close()
    # The same passphrase still opens the vault: only the database was replaced.
    unlock(session.paths.folder, PASSPHRASE).close()


def test_an_addendum_being_written_comes_back_from_an_external_backup(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """Like the facts of an unfinished note, a draft addendum is in the backup and restored."""
    ids = populate(caseload)
    [finalised] = [row.id for row in stores(session).interviews.timeline(ids.marked)]
    caseload.save_draft_addendum(finalised, "complément pas encore relu")
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    result = restore.restore(session, out, BACKUP_PASS, WHEN)
    try:
        assert Caseload(result.session).draft_addendum(finalised) == "complément pas encore relu"
        assert result.session.check().ok
    finally:
        result.session.close()


def test_new_machine(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """Restoring a backup into an empty folder makes a working vault with a recovery key."""
    populate(caseload)
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    folder = tmp_path / "new-laptop"
    result = restore.restore_to_folder(
        folder, out, OTHER_PASSPHRASE, BACKUP_PASS, params=TEST_PARAMS, now=WHEN
    )
    assert result.recovery_key is not None
    assert result.report.pre_restore_snapshot is None
    assert result.session.counts().hypotheses == 0
    result.session.close()
    again = unlock(folder, OTHER_PASSPHRASE)
    try:
        assert again.counts().persons == 2 and again.check().ok
    finally:
        again.close()


def test_new_machine_refuses_before_creating(session: Session, tmp_path: Path) -> None:
    """A wrong backup passphrase, or a snapshot, creates nothing in the new folder."""
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    snap = snapshots.take_snapshot(session, WHEN)
    folder = tmp_path / "new"
    with pytest.raises(WrongPassphrase):
        restore.restore_to_folder(folder, out, PASSPHRASE, "pas celle-ci", TEST_PARAMS)
    with pytest.raises(InvalidInput):
        restore.restore_to_folder(folder, snap.path, PASSPHRASE, None, TEST_PARAMS)
    assert not folder.exists()


def test_existing_vault_by_folder(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """restore_to_folder on an existing vault unlocks it with its passphrase and restores."""
    populate(caseload)
    snap = snapshots.take_snapshot(session, WHEN)
    session.close()
    result = restore.restore_to_folder(session.paths.folder, snap.path, PASSPHRASE)
    try:
        assert result.session.counts().persons == 2 and result.recovery_key is None
    finally:
        result.session.close()


def test_damaged_source_changes_nothing(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """A damaged snapshot or backup is BackupInvalid; the vault is untouched and still open."""
    populate(caseload)
    snap = snapshots.take_snapshot(session, WHEN)
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    database(session).checkpoint()
    for path in (snap.path, out):
        data = bytearray(path.read_bytes())
        data[len(data) - 3000] ^= 0x10
        path.write_bytes(bytes(data))
    before = _vault_files(session)
    for path in (snap.path, out):
        with pytest.raises(BackupInvalid):
            restore.restore(session, path, BACKUP_PASS)
        assert session.is_open
    assert _vault_files(session) == before
    assert _leftovers(session.paths.folder) == []


def test_wrong_or_missing_backup_passphrase(session: Session, tmp_path: Path) -> None:
    """Wrong passphrase is WrongPassphrase; none at all asks for it; the vault stays open."""
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    with pytest.raises(WrongPassphrase):
        restore.restore(session, out, "pas la bonne")
    with pytest.raises(InvalidInput):
        restore.restore(session, out)
    assert session.is_open


def test_snapshot_of_another_vault(session: Session, tmp_path: Path) -> None:
    """A snapshot taken from another vault does not open with this key: BackupInvalid."""
    other = create_vault(tmp_path / "other", OTHER_PASSPHRASE, TEST_PARAMS)
    foreign = snapshots.take_snapshot(other.session, WHEN)
    other.session.close()
    with pytest.raises(BackupInvalid):
        restore.restore(session, foreign.path)
    assert session.is_open


def test_not_a_backup_at_all(session: Session, tmp_path: Path) -> None:
    """Random bytes are BackupInvalid."""
    junk = tmp_path / "junk"
    junk.write_bytes(os.urandom(10_000))
    with pytest.raises(BackupInvalid):
        restore.restore(session, junk)
    assert session.is_open


def test_restore_never_undoes_an_erasure(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """A backup made before a purge restores without the erased person, on any page."""
    ids = populate(caseload)
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    retention.purge(session, [ids.marked], "Demande", retention.PurgeKind.REQUEST)
    result = restore.restore(session, out, BACKUP_PASS, WHEN)
    try:
        assert result.report.erasures_reapplied == 1
        assert result.report.register_entries_carried == 1  # the purge's own entry
        assert stores(result.session).persons.ids() == [ids.other]
        assert canaries_in(result.session.paths.database, result.session.data_key()) == []
        assert stores(result.session).disclosures.list(person_id=ids.marked)[0].frame == "purge"
    finally:
        result.session.close()


def test_unlock_completes_an_interrupted_restore(session: Session, caseload: Caseload) -> None:
    """A restore killed after its commit point is finished by the next unlock itself."""
    populate(caseload)
    snap = snapshots.take_snapshot(session, WHEN)
    caseload.add_interview(PersonId(1), InterviewDraft(WHEN.date()), "après la copie")
    session.close()
    folder = session.paths.folder
    staging = swap.new_staging(folder)
    shutil.copyfile(snap.path, staging / "carnet.db")
    doc = {"format": swap.FORMAT, "version": 1, "staging": staging.name, "files": ["carnet.db"]}
    (folder / swap.JOURNAL).write_text(json.dumps(doc))
    reopened = unlock(folder, PASSPHRASE)
    try:
        assert reopened.counts().interviews == 2
        assert not (folder / swap.JOURNAL).exists()
    finally:
        reopened.close()
