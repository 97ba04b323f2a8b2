"""Parent side of the backup reliability trials: a template vault, the trial runner, checks.

Each trial copies a small template vault (two persons, a snapshot from the day
before, an external backup, one interview written after both), runs
`backup_worker.py` on the copy, SIGKILLs it at a random moment, then reopens
the copy as the next start would (finish an interrupted swap, unlock, the
unlock housekeeping) and checks it. Trials run two at a time (each on its own
folder): the suite has to stay within a few minutes on two cores.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.core import backup, snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft
from app.storage import swap
from app.storage.export_copy import table_counts
from app.storage.lockfile import VaultLock
from app.storage.snapshot import verify_copy
from tests.reliability import SEED, kill_at_random
from tests.support import PASSPHRASE, WORKERS
from tests.support.backup_data import populate

TRIALS = int(os.environ.get("CARNET_BACKUP_TRIALS", "100"))
PARALLEL = max(1, min(2, os.cpu_count() or 1))
NOW = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
BACKUP_PASS = "phrase de la clé USB, longue et à part"
WORKER = "backup_worker.py"
_TEMP_MARKS = (".tmp-", ".work-", ".restore-staging-", ".restore.journal.", "restore.journal")


@dataclass(frozen=True, slots=True)
class Template:
    root: Path  # holds vault/ and usb/
    marked: PersonId
    counts: dict[str, int]  # the vault now
    outside: dict[str, int]  # what an external backup of it holds
    snapshot_counts: dict[str, int]  # the vault when the snapshot and the backup were made
    snapshot: str  # file name in vault/snapshots
    backup: str  # file name in usb/


def build_template(root: Path) -> Template:
    """Make the template vault once per test module."""
    created = create_vault(root / "vault", PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    session = created.session
    caseload = Caseload(session)
    ids = populate(caseload)
    (root / "usb").mkdir()
    snap = snapshots.take_snapshot(session, NOW - timedelta(days=1))
    before = table_counts(database(session))
    out = root / "usb" / "old.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, NOW - timedelta(days=1))
    caseload.add_interview(ids.other, InterviewDraft(date(2024, 5, 5)), "Écrit après la copie.")
    counts, outside = table_counts(database(session)), table_counts(database(session), outside=True)
    session.close()
    return Template(root, ids.marked, counts, outside, before, snap.path.name, out.name)


def trial_copy(template: Template, folder: Path) -> Path:
    shutil.copytree(template.root, folder)
    return folder


def reopen(folder: Path) -> Session:
    """What the next start does: finish an interrupted swap (lock held), then unlock."""
    lock = VaultLock(folder / "carnet.lock")
    lock.acquire()
    try:
        swap.finish_interrupted(folder)
    finally:
        lock.release()
    return unlock(folder, PASSPHRASE)


def leftovers(*folders: Path) -> list[str]:
    """Temp files, scratch or staging folders, journals: nothing may remain after housekeeping."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [
                p.name
                for p in folder.iterdir()
                if p.name.startswith(_TEMP_MARKS) or p.name.endswith(backup.TEMP_SUFFIX)
            ]
    return found


def check_snapshots(session: Session) -> None:
    """Every snapshot file in place opens and passes its checks."""
    for snap in snapshots.list_snapshots(session.paths):
        verify_copy(snap.path, session.data_key(), writable=False)


def measure(args: list[str]) -> float:
    """How long the operation takes here (ready → done), to aim the kills at it."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKERS / WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == b"ready\n"
        started = time.perf_counter()
        assert proc.stdout.readline() == b"done\n"
        return time.perf_counter() - started
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()


def kill_worker(args: list[str], trial: int, window: float, log: Path) -> bool:
    """Run the worker, kill it at random; True if it was killed before finishing."""
    rng = random.Random(SEED * 7919 + trial)
    lines = kill_at_random(WORKER, args, rng, window, log)
    return "done" not in lines


def run_trials(numbers: Iterable[int], trial: Callable[[int], bool]) -> int:
    """Run the trials numbered `numbers`, two at a time; how many were killed mid-operation."""
    with ThreadPoolExecutor(PARALLEL) as pool:
        return sum(pool.map(trial, numbers))


def mount_tmpfs(folder: Path, size: str = "2m") -> bool:
    """Mount a small tmpfs at `folder` (root only); False where that is not permitted."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def remount(folder: Path, options: str) -> bool:
    """Change a mount's flags, e.g. "remount,ro" or "remount,bind,ro"; False if refused."""
    done = subprocess.run(["mount", "-o", options, str(folder)], capture_output=True, check=False)
    return done.returncode == 0


def bind_read_only(folder: Path) -> bool:
    """Make `folder` read-only by bind-mounting it on itself, read-only."""
    done = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    return done.returncode == 0 and remount(folder, "remount,bind,ro")


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Write a file until the file system is full, then give back `leave` bytes."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            block = b"\xa5" * size
            while True:
                try:
                    if os.write(fd, block) < size:
                        break
                except OSError:
                    break
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler
