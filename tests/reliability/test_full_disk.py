"""A full disk: saving, snapshots, backups, restore and purge fail with DiskFull, nothing
already saved is damaged, and everything works again once space is back.

The vault lives on a 2 MiB tmpfs filled to the last byte (or to a little
slack, so that the copies fail half-way). Mounting needs root; elsewhere a
subprocess with RLIMIT_FSIZE stands in for the external-backup case.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core import backup, restore, retention, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import CarnetError, DiskFull
from app.domain.ids import InterviewId, PersonId
from app.storage.export_copy import table_counts
from tests.reliability.workers.backup_common import (
    BACKUP_PASS,
    fill_disk,
    leftovers,
    mount_tmpfs,
    unmount,
)
from tests.support import PASSPHRASE, REPO, draft
from tests.support.backup_data import populate

pytestmark = pytest.mark.slow
WHEN = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs, unmounted afterwards."""
    disk = tmp_path / "disk"
    if not mount_tmpfs(disk):
        pytest.skip("mounting a tmpfs is not permitted here (see the RLIMIT_FSIZE variant)")
    yield disk
    unmount(disk)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


Operations = dict[str, Callable[[], object]]
LONG_TEXT = "Texte ajouté pendant que le disque est plein. " * 40


def _operations(session: Session, disk: Path, marked: PersonId, first: InterviewId) -> Operations:
    caseload = Caseload(session)
    snapshot = snapshots.list_snapshots(session.paths)[-1].path
    return {
        "save": lambda: caseload.save_facts(first, LONG_TEXT),
        "snapshot": lambda: snapshots.take_snapshot(session, WHEN + timedelta(days=1)),
        "backup": lambda: backup.make_external_backup(
            session, disk / "usb" / "b.carnet-backup", BACKUP_PASS, TEST_PARAMS, WHEN
        ),
        "restore": lambda: restore.restore(session, snapshot, now=WHEN),
        "purge": lambda: retention.purge(session, [marked], "Demande", retention.PurgeKind.REQUEST),
    }


def _setup(disk: Path) -> tuple[Session, PersonId, InterviewId]:
    created = create_vault(disk / "vault", PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    session = created.session
    ids = populate(Caseload(session))
    (disk / "usb").mkdir()
    snapshots.take_snapshot(session, WHEN)
    out = disk / "usb" / "b.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    first = Caseload(session).add_interview(ids.other, draft())
    database(session).checkpoint()
    return session, ids.marked, first


@pytest.mark.parametrize("slack", [0, 48 * 1024])
def test_full_disk(small_disk: Path, slack: int) -> None:
    """Each operation fails with DiskFull (or, with slack, may succeed); the vault stays whole."""
    session, marked, first = _setup(small_disk)
    try:
        counts = table_counts(database(session))
        old_backup = _sha(small_disk / "usb" / "b.carnet-backup")
        filler = fill_disk(small_disk, slack)
        for name, operation in _operations(session, small_disk, marked, first).items():
            try:
                operation()
            except DiskFull:
                pass
            else:
                assert slack, f"{name} succeeded on a full disk"
                continue
            assert session.is_open, name
            assert session.check().ok, name
            if name != "purge" or table_counts(database(session))["persons"] == counts["persons"]:
                assert table_counts(database(session)) == counts, name
            assert _sha(small_disk / "usb" / "b.carnet-backup") == old_backup, name
        filler.unlink()
        _space_is_back(session, small_disk, marked, first)
    finally:
        if session.is_open:
            session.close()


def _space_is_back(session: Session, disk: Path, marked: PersonId, first: InterviewId) -> None:
    """With room again, every operation works and nothing is left lying around."""
    outcome = snapshots.maybe_snapshot(session, WHEN + timedelta(days=2))
    assert outcome.warnings == () and outcome.taken is not None
    operations = _operations(session, disk, marked, first)
    operations["save"]()
    operations["backup"]()
    if marked in stores(session).persons.ids():  # the slack may have let the purge through
        operations["purge"]()
    result = operations["restore"]()
    assert isinstance(result, restore.RestoreResult)
    assert result.session.check().ok
    vault = disk / "vault"
    assert leftovers(vault, vault / "snapshots", disk / "usb") == []
    result.session.close()


_RLIMIT_WORKER = """
import resource, signal, sys
from datetime import datetime, UTC
from pathlib import Path
from app.core import backup
from app.core.vault import unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import CarnetError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
session = unlock(Path(sys.argv[1]), sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[4]), resource.RLIM_INFINITY))
try:
    now = datetime.now(UTC)
    backup.make_external_backup(session, Path(sys.argv[3]), "phrase", TEST_PARAMS, now)
    print("ok")
except CarnetError as exc:
    print(type(exc).__name__)
session.close()
"""


def test_file_size_limit(tmp_path: Path) -> None:
    """Without mount rights: a size limit makes the backup fail cleanly, and the vault is whole."""
    if mount_tmpfs(tmp_path / "probe"):
        unmount(tmp_path / "probe")
        pytest.skip("the tmpfs variant above covers the full disk here")
    created = create_vault(tmp_path / "vault", PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    populate(Caseload(created.session))
    counts = table_counts(database(created.session))
    created.session.close()
    out = tmp_path / "b.carnet-backup"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    args = [str(tmp_path / "vault"), PASSPHRASE, str(out), "20000"]
    run = subprocess.run(
        [sys.executable, "-c", _RLIMIT_WORKER, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.stdout.strip() in {"DiskFull", CarnetError.__name__}, run.stderr
    assert not out.exists()
    session = unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert session.check().ok and table_counts(database(session)) == counts
    finally:
        session.close()
