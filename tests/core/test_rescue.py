"""Tests for app/core/rescue.py: restoring a vault whose database is really damaged.

The damage is real: the vault is closed (everything checkpointed into the main
file), then one byte of a later page is flipped, so unlocking raises
VaultCorrupted. Every failure proves the folder byte-identical afterwards.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core import backup, rescue, restore, retention, snapshots
from app.core.caseload import Caseload
from app.core.paths import VaultPaths
from app.core.session import stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import (
    BackupInvalid,
    CarnetError,
    VaultCorrupted,
    VaultInUse,
    WrongBackupPassphrase,
    WrongPassphrase,
)
from app.domain.models import PersonDraft
from app.storage import swap
from app.storage.lockfile import VaultLock
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, folder_digest
from tests.support.backup_data import canaries_in, populate
from tests.support.damage import DAMAGED_OFFSET, PAGE, fill_pages, flip

FILLER_PERSONS = 10
BACKUP_PASS = "phrase de la clé USB, longue et à part"
WHEN = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
LATER = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
DAMAGED_NAME = "carnet.db.damaged-20240502T090000Z"


@dataclass
class Damaged:
    """A closed vault whose database no longer opens, and copies taken while it was sound."""

    folder: Path
    snapshot: Path
    backup: Path
    marked_alias: str


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(tmp_path: Path) -> Damaged:
    """Snapshot and external backup of a sound vault; a person erased since; then real damage."""
    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS)
    session = created.session
    caseload = Caseload(session)
    ids = populate(caseload)
    fill_pages(caseload, FILLER_PERSONS)
    snap = snapshots.take_snapshot(session, WHEN)
    out = tmp_path / "usb" / "vault.carnet-backup"
    out.parent.mkdir()
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    alias = stores(session).persons.get(ids.marked).alias
    retention.purge(session, [ids.marked], "Demande de la personne", retention.PurgeKind.REQUEST)
    session.close()
    database = folder / "carnet.db"
    assert database.stat().st_size > 60 * PAGE
    assert not (folder / "carnet.db-wal").exists() or (folder / "carnet.db-wal").stat().st_size == 0
    flip(database, DAMAGED_OFFSET)
    with pytest.raises(VaultCorrupted):
        unlock(folder, PASSPHRASE)
    return Damaged(folder, snap.path, out, alias)


def _assert_lock_free(folder: Path) -> None:
    lock = VaultLock(VaultPaths(folder).lockfile)
    lock.acquire()
    lock.release()


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith((".work-", ".restore"))]


def test_restore_a_damaged_vault_from_its_snapshot(damaged: Damaged) -> None:
    """The snapshot replaces the damaged database, which is kept aside, byte for byte."""
    broken = _digest(damaged.folder / "carnet.db")
    result = rescue.restore_damaged(damaged.folder, PASSPHRASE, damaged.snapshot, now=LATER)
    session = result.session
    try:
        assert session.check().ok
        assert session.counts().persons == 1 + FILLER_PERSONS  # the erased person stays erased
        assert session.counts().hypotheses == 1
        report = result.report
        assert report.kind == restore.SNAPSHOT and report.hypotheses_included
        assert report.damaged_copy == damaged.folder / DAMAGED_NAME
        assert _digest(report.damaged_copy) == broken
        assert report.pre_restore_snapshot is None
        assert _leftovers(damaged.folder) == []
        with pytest.raises(VaultInUse):  # the session holds the vault lock
            VaultLock(VaultPaths(damaged.folder).lockfile).acquire()
    finally:
        session.close()
    unlock(damaged.folder, PASSPHRASE).close()


def test_restore_a_damaged_vault_from_an_external_backup(damaged: Damaged) -> None:
    """From an external backup: no hypotheses, and the erasure made since is applied again."""
    result = rescue.restore_damaged(
        damaged.folder, PASSPHRASE, damaged.backup, BACKUP_PASS, now=LATER
    )
    session = result.session
    try:
        report = result.report
        assert report.kind == restore.EXTERNAL and not report.hypotheses_included
        assert report.later_changes_checked
        assert report.erasures_reapplied == 1
        assert report.register_entries_carried == 1  # the purge's own entry
        assert session.counts().hypotheses == 0
        aliases = [stores(session).persons.get(pid).alias for pid in stores(session).persons.ids()]
        assert damaged.marked_alias not in aliases
        assert canaries_in(session.paths.database, session.data_key()) == []
        assert session.check().ok
    finally:
        session.close()
    assert (damaged.folder / DAMAGED_NAME).exists()


def test_damage_that_hides_what_happened_since_is_reported(damaged: Damaged) -> None:
    """If the damaged database cannot be read at all, the restore still works and says so."""
    flip(damaged.folder / "carnet.db", 200)  # page 1 too: nothing of it can be read
    result = rescue.restore_damaged(
        damaged.folder, PASSPHRASE, damaged.backup, BACKUP_PASS, now=LATER
    )
    try:
        assert not result.report.later_changes_checked
        assert result.report.erasures_reapplied == 0
        assert result.session.check().ok
    finally:
        result.session.close()


def test_wrong_passphrase_changes_nothing(damaged: Damaged) -> None:
    """A wrong vault passphrase is WrongPassphrase; not a byte changes; the lock is free."""
    before = folder_digest(damaged.folder)
    with pytest.raises(WrongPassphrase) as info:
        rescue.restore_damaged(damaged.folder, "pas la bonne", damaged.snapshot)
    assert type(info.value) is WrongPassphrase
    assert folder_digest(damaged.folder) == before
    _assert_lock_free(damaged.folder)


def test_wrong_backup_passphrase_is_told_apart(damaged: Damaged) -> None:
    """A wrong backup passphrase is WrongBackupPassphrase; nothing changes."""
    before = folder_digest(damaged.folder)
    with pytest.raises(WrongBackupPassphrase):
        rescue.restore_damaged(damaged.folder, PASSPHRASE, damaged.backup, "pas celle-ci")
    assert folder_digest(damaged.folder) == before


@pytest.mark.parametrize("which", ["snapshot", "backup"])
def test_corrupt_source_changes_nothing(damaged: Damaged, which: str) -> None:
    """A damaged snapshot or backup is BackupInvalid, and the folder is byte-identical."""
    source = damaged.snapshot if which == "snapshot" else damaged.backup
    flip(source, -3000)
    before = folder_digest(damaged.folder)
    with pytest.raises(BackupInvalid):
        rescue.restore_damaged(damaged.folder, PASSPHRASE, source, BACKUP_PASS, now=LATER)
    assert folder_digest(damaged.folder) == before
    _assert_lock_free(damaged.folder)


def test_snapshot_of_another_vault_is_refused(damaged: Damaged, tmp_path: Path) -> None:
    """A snapshot that does not open with this vault's data key is BackupInvalid."""
    other = create_vault(tmp_path / "other", OTHER_PASSPHRASE, TEST_PARAMS)
    foreign = snapshots.take_snapshot(other.session, WHEN)
    other.session.close()
    before = folder_digest(damaged.folder)
    with pytest.raises(BackupInvalid):
        rescue.restore_damaged(damaged.folder, PASSPHRASE, foreign.path)
    assert folder_digest(damaged.folder) == before


def test_failed_swap_puts_the_damaged_file_back(
    damaged: Damaged, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the swap fails before its commit, the damaged file is back in place, nothing lost."""
    before = folder_digest(damaged.folder)

    def refuse(folder: Path, staging: Path) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(swap, "commit", refuse)
    with pytest.raises(CarnetError):
        rescue.restore_damaged(damaged.folder, PASSPHRASE, damaged.snapshot, now=LATER)
    assert folder_digest(damaged.folder) == before
    _assert_lock_free(damaged.folder)


def test_two_rescues_keep_two_copies(damaged: Damaged) -> None:
    """A second damaged copy at the same second gets its own name: nothing is overwritten."""
    first = rescue.restore_damaged(damaged.folder, PASSPHRASE, damaged.snapshot, now=LATER)
    first.session.close()
    flip(damaged.folder / "carnet.db", DAMAGED_OFFSET)
    second = rescue.restore_damaged(damaged.folder, PASSPHRASE, damaged.snapshot, now=LATER)
    second.session.close()
    assert second.report.damaged_copy == damaged.folder / f"{DAMAGED_NAME}-2"
    assert (damaged.folder / DAMAGED_NAME).exists()


def test_missing_database_is_restored(damaged: Damaged) -> None:
    """A vault whose database file is gone (key file present) is restored; nothing to keep."""
    os.replace(damaged.folder / "carnet.db", damaged.folder.parent / "elsewhere.db")
    result = rescue.restore_damaged(damaged.folder, PASSPHRASE, damaged.snapshot, now=LATER)
    try:
        assert result.report.damaged_copy is None
        assert not result.report.later_changes_checked
        assert result.session.check().ok
    finally:
        result.session.close()


def test_restore_locked_routes_a_damaged_vault(damaged: Damaged) -> None:
    """From the unlock screen, a damaged vault goes through the rescue."""
    result = rescue.restore_locked(damaged.folder, PASSPHRASE, damaged.snapshot, now=LATER)
    try:
        assert result.report.damaged_copy == damaged.folder / DAMAGED_NAME
    finally:
        result.session.close()


def test_restore_locked_on_a_sound_vault_is_an_ordinary_restore(tmp_path: Path) -> None:
    """A vault that opens is restored as usual: a pre-restore snapshot, no damaged copy."""
    created = create_vault(tmp_path / "vault", PASSPHRASE, TEST_PARAMS)
    caseload = Caseload(created.session)
    populate(caseload)
    snap = snapshots.take_snapshot(created.session, WHEN)
    caseload.add_person(PersonDraft("Écrite après la copie"))
    created.session.close()
    result = rescue.restore_locked(tmp_path / "vault", PASSPHRASE, snap.path, now=LATER)
    try:
        assert result.report.damaged_copy is None
        assert result.report.pre_restore_snapshot is not None
        assert result.session.counts().persons == 2
    finally:
        result.session.close()


def test_restore_locked_checks_the_backup_passphrase_before_opening(tmp_path: Path) -> None:
    """A wrong backup passphrase is refused before the vault is even opened: no byte changes."""
    created = create_vault(tmp_path / "vault", PASSPHRASE, TEST_PARAMS)
    out = tmp_path / "b.carnet-backup"
    backup.make_external_backup(created.session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    created.session.close()
    before = folder_digest(tmp_path / "vault")
    with pytest.raises(WrongBackupPassphrase):
        rescue.restore_locked(tmp_path / "vault", "mauvaise aussi", out, "pas celle-ci")
    assert folder_digest(tmp_path / "vault") == before
