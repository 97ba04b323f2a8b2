"""A read-only vault folder (or snapshots folder, or backup destination): VaultReadOnly,
no crash, nothing changed, and the work completes once writing is possible again.

Tests may run as root, where chmod does not stop writes: read-only mounts are
used instead (a tmpfs remounted read-only, or a folder bind-mounted read-only
on itself). Where mounting is not permitted, the chmod variant runs for a
normal user and root is skipped with the reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core import backup, restore, retention, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import VaultReadOnly
from app.storage import purge
from app.storage.export_copy import table_counts
from tests.reliability.workers.backup_common import (
    BACKUP_PASS,
    bind_read_only,
    leftovers,
    mount_tmpfs,
    remount,
    unmount,
)
from tests.support import PASSPHRASE, folder_digest
from tests.support.backup_data import canaries_in, populate

pytestmark = pytest.mark.slow
WHEN = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A private tmpfs (so it can be remounted read-only), unmounted afterwards."""
    folder = tmp_path / "disk"
    if not mount_tmpfs(folder, "8m"):
        if os.geteuid() == 0:
            pytest.skip("running as root, where chmod does not stop writes, and mount is refused")
        pytest.skip("not root: see test_chmod_read_only")
    yield folder
    unmount(folder)


def _vault(folder: Path) -> tuple[Session, int]:
    session = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    ids = populate(Caseload(session))
    snapshots.take_snapshot(session, WHEN)
    return session, ids.marked


def test_read_only_disk_refuses_unlock(disk: Path) -> None:
    """The whole file system read-only: unlock and restore say VaultReadOnly, files unchanged."""
    session, _ = _vault(disk / "vault")
    out = disk / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    session.close()
    before = folder_digest(disk)
    assert remount(disk, "remount,ro")
    try:
        with pytest.raises(VaultReadOnly):
            unlock(disk / "vault", PASSPHRASE)
        with pytest.raises(VaultReadOnly):
            restore.restore_to_folder(disk / "vault", out, PASSPHRASE, BACKUP_PASS)
        assert backup.inspect_backup(out).size_bytes == out.stat().st_size  # reading still works
        assert folder_digest(disk) == before
    finally:
        assert remount(disk, "remount,rw")
    unlock(disk / "vault", PASSPHRASE).close()


def test_read_only_snapshots_folder(disk: Path) -> None:
    """Snapshots cannot be written: a warning, no crash; a purge finishes once writable again."""
    session, marked = _vault(disk / "vault")
    try:
        assert bind_read_only(session.paths.snapshots)
        try:
            outcome = snapshots.maybe_snapshot(session, WHEN + timedelta(days=1))
            assert outcome.taken is None
            assert [type(w) for w in outcome.warnings] == [VaultReadOnly]
            report = retention.purge(session, [marked], "Demande", retention.PurgeKind.REQUEST)
            assert VaultReadOnly in {type(w) for w in report.warnings}
            assert marked not in stores(session).persons.ids()
            assert (
                purge.pending_scrubs(database(session)) != []
            )  # kept until the snapshots are clean
        finally:
            unmount(session.paths.snapshots)
        assert snapshots.maybe_snapshot(session, WHEN + timedelta(days=1)).warnings == ()
        assert purge.pending_scrubs(database(session)) == []
        for snap in snapshots.list_snapshots(session.paths):
            assert canaries_in(snap.path, session.data_key()) == []
    finally:
        session.close()


def test_read_only_vault_folder_while_open(disk: Path) -> None:
    """The vault folder turns read-only while open: restore refuses and changes nothing."""
    session, _ = _vault(disk / "vault")
    snap = snapshots.list_snapshots(session.paths)[0].path
    counts = table_counts(database(session))
    try:
        assert bind_read_only(session.paths.folder)
        try:
            with pytest.raises(VaultReadOnly):
                restore.restore(session, snap, now=WHEN)
            assert session.is_open and table_counts(database(session)) == counts
        finally:
            unmount(session.paths.folder)
        assert leftovers(session.paths.folder, session.paths.snapshots) == []
    finally:
        session.close()


def test_read_only_backup_destination(disk: Path, tmp_path: Path) -> None:
    """A write-protected USB key: VaultReadOnly, and nothing written anywhere."""
    session, _ = _vault(tmp_path / "vault")
    usb = disk / "usb"
    usb.mkdir()
    assert remount(disk, "remount,ro")
    try:
        with pytest.raises(VaultReadOnly):
            backup.make_external_backup(session, usb / "b", BACKUP_PASS, TEST_PARAMS, WHEN)
        assert list(usb.iterdir()) == []
        assert backup.last_external_backup(session) is None
        assert leftovers(session.paths.folder) == []
    finally:
        assert remount(disk, "remount,rw")
        session.close()


def test_chmod_read_only(tmp_path: Path) -> None:
    """For a normal user, a folder without write permission gives the same clear error."""
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod does not stop root's writes (the mount tests cover it)")
    session, _ = _vault(tmp_path / "vault")
    usb = tmp_path / "usb"
    usb.mkdir()
    usb.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(VaultReadOnly):
            backup.make_external_backup(session, usb / "b", BACKUP_PASS, TEST_PARAMS, WHEN)
    finally:
        usb.chmod(0o700)
        session.close()
