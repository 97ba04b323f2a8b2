"""Restoring the vault from an on-device snapshot or from an external backup.

1. Verify the source. A snapshot is copied into a staging folder inside the
   vault folder and checked there (every page under the vault key, structure,
   search indexes). An external backup's header and digests are checked, its
   passphrase unwraps its key, its database is checked the same way (and must
   hold no hypothesis), then copied under the vault's data key into staging,
   and that copy is checked again with the row counts.
2. Snapshot the current vault ("pre-restore") and close it in one go, so no
   write slips in between: restore never overwrites without keeping a copy.
   Before that, the staged copy is brought forward (app/storage/carry_forward.py):
   persons erased since the copy are erased from it again, and register
   entries written since are added to it.
3. Take the vault lock and swap the staged database in through the journal of
   app/storage/swap.py (a crash at any instant leaves the old or the new
   complete vault; the unlock sequence finishes a committed swap). Reopen.

Up to step 3 any failure leaves the current vault untouched and the session
open. A vault restored from an external backup has no hypotheses (they never
leave the device); the report says so. A vault that no longer opens because its
database is damaged is restored by app/core/rescue.py, through the same steps.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.core import vault
from app.core.backup import vault_counts
from app.core.paths import VaultPaths
from app.core.session import Session, database
from app.core.snapshots import housekeeping, os_errors, take_snapshot, work_folder
from app.crypto import backup_format as fmt
from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams
from app.domain.atomic import fsync_file
from app.domain.errors import BackupInvalid, InvalidInput
from app.domain.models import VaultCounts
from app.storage import sealed, swap
from app.storage.carry_forward import Carried, carry_forward
from app.storage.connection import Database
from app.storage.export_copy import export_full, open_copy, table_counts
from app.storage.lockfile import VaultLock
from app.storage.snapshot import PRE_RESTORE, claimed, verify_copy

SNAPSHOT = "snapshot"
EXTERNAL = "external"
STAGED = "carnet.db"
HYPOTHESES_STAGED = "hypotheses.db"


@dataclass(frozen=True, slots=True)
class RestoreReport:
    source: Path
    kind: str  # SNAPSHOT or EXTERNAL
    counts: VaultCounts
    hypotheses_included: bool  # False after an external backup: they stay on the old device
    pre_restore_snapshot: Path | None
    register_entries_carried: int = 0  # written since the copy, kept in the restored vault
    erasures_reapplied: int = 0  # persons erased since the copy, erased again from it
    damaged_copy: Path | None = None  # the damaged database, kept aside (app/core/rescue.py)
    # False when a damaged vault could not say what was erased or disclosed after the copy.
    later_changes_checked: bool = True


@dataclass(frozen=True, slots=True)
class RestoreRequest:
    """What the worker chose and confirmed in the interface; `perform` carries it out."""

    source: Path
    backup_passphrase: str | None = None  # for an external backup only


@dataclass(frozen=True, slots=True)
class RestoreResult:
    session: Session  # the reopened vault; the session passed in is closed
    report: RestoreReport
    recovery_key: str | None = None  # set when a new vault was created for the backup


def _stage_snapshot(source: Path, key: bytes, staged: Path) -> dict[str, int]:
    shutil.copyfile(source, staged)
    if sealed.companion(source).exists():  # its hypotheses, still under this computer's key
        shutil.copyfile(sealed.companion(source), staged.with_name(HYPOTHESES_STAGED))
        fsync_file(staged.with_name(HYPOTHESES_STAGED))
    return verify_copy(staged, key)


def _stage_external(
    source: Path, passphrase: str, key: bytes, staged: Path, scratch: Path
) -> dict[str, int]:
    header = fmt.read_header(source)
    backup_key = fmt.unlock_backup(header, passphrase)
    inner = scratch / "backup.db"
    fmt.extract_database(source, header, inner)
    counts = verify_copy(inner, backup_key)
    if counts.get("hypotheses", 0):
        raise BackupInvalid("An external backup must not hold hypotheses.")
    copy = open_copy(inner, backup_key, writable=True)
    try:
        export_full(copy, staged, key)
    finally:
        copy.close()
    return verify_copy(staged, key, counts)


def stage_source(
    key: bytes, source: Path, backup_passphrase: str | None, staging: Path, scratch: Path
) -> tuple[str, dict[str, int]]:
    """Step 1: `source` copied under the vault's data `key` into `staging`, and checked."""
    staged = staging / STAGED
    if fmt.looks_like_backup(source):
        if backup_passphrase is None:
            raise InvalidInput("This is an external backup: its backup passphrase is needed.")
        counts = _stage_external(source, backup_passphrase, key, staged, scratch)
        kind = EXTERNAL
    else:
        counts = _stage_snapshot(source, key, staged)
        kind = SNAPSHOT
    return kind, counts


def seal_staged(staged: Path, key: bytes) -> dict[str, int]:
    """The staged copy checked once more and fsynced: what the swap puts in place."""
    with os_errors():
        counts = verify_copy(staged, key)
        fsync_file(staged)
    return counts


def finish_staging(current: Database, key: bytes, staged: Path) -> tuple[Carried, dict[str, int]]:
    """Keep erasures and register entries made since the copy, check again, fsync."""
    with os_errors():
        carried = carry_forward(current, staged, key)
    return carried, seal_staged(staged, key)


def swap_and_reopen(
    paths: VaultPaths,
    staging: Path,
    key: bytes,
    files: tuple[str, ...] | None = None,
    drop: tuple[str, ...] = (),
) -> Session:
    """Take the vault lock again, commit the journaled swap, open the result with `key`."""
    lock = VaultLock(paths.lockfile)
    lock.acquire()
    try:
        with os_errors():
            if files is None:  # a restore: the databases the staging folder holds
                files = tuple(name for name in swap.SWAPPABLE if (staging / name).exists())
            swap.commit(paths.folder, staging, files, drop)
        return vault.open_session(paths, lock, key, kf.read_keyfile(paths.keyfile))
    except BaseException:
        lock.release()
        raise


def restore(
    session: Session,
    source: Path,
    backup_passphrase: str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the vault's content by `source`; returns the reopened session.

    If it raises and `session.is_open` is still True, nothing was changed.
    """
    paths, moment, key = session.paths, now or datetime.now(UTC), session.data_key()
    housekeeping(session)
    with os_errors():
        staging = swap.new_staging(paths.folder)
    with claimed(staging):
        try:
            with work_folder(paths) as scratch, os_errors():
                kind, _ = stage_source(key, source, backup_passphrase, staging, scratch)
            with database(session).read():  # from here to the close, no write can slip in
                carried, counts = finish_staging(database(session), key, staging / STAGED)
                # A new vault holds only its settings (the seal marker among them).
                counts_now = table_counts(database(session))
                empty = not any(n for t, n in counts_now.items() if t != "vault_settings")
                pre = None if empty else take_snapshot(session, moment, PRE_RESTORE).path
                session.close()
            reopened = swap_and_reopen(paths, staging, key)
        finally:
            if not (paths.folder / swap.JOURNAL).exists():
                shutil.rmtree(staging, ignore_errors=True)
    report = RestoreReport(
        source,
        kind,
        vault_counts(counts),
        kind == SNAPSHOT,
        pre,
        carried.register_entries,
        carried.erasures,
    )
    return RestoreResult(reopened, report)


def perform(
    session: Session, request: RestoreRequest, now: datetime | None = None
) -> RestoreResult:
    """`restore` for a request made in the interface (run it off the GUI thread)."""
    return restore(session, request.source, request.backup_passphrase, now)


def check_backup_passphrase(source: Path, backup_passphrase: str | None) -> None:
    """An external backup's header and passphrase, checked before anything is touched.

    BackupInvalid for a damaged file, WrongBackupPassphrase; a snapshot passes.
    """
    if not fmt.looks_like_backup(source):
        return
    if backup_passphrase is None:
        raise InvalidInput("This is an external backup: its backup passphrase is needed.")
    with os_errors():
        fmt.unlock_backup(fmt.read_header(source), backup_passphrase)


def _discard_new_vault(paths: VaultPaths) -> None:
    """Undo a vault created for a restore that then failed (it holds nothing)."""
    names = ("carnet.db", "carnet.db-wal", "carnet.db-shm", "carnet.key", "carnet.lock")
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            (paths.folder / name).unlink()
    for folder in (paths.snapshots, paths.folder):
        with contextlib.suppress(OSError):
            folder.rmdir()


def restore_to_folder(
    folder: Path,
    source: Path,
    vault_passphrase: str,
    backup_passphrase: str | None = None,
    params: KdfParams | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Restore into the vault in `folder`, or into a new vault there if it has none.

    A new vault (a new machine) gets `vault_passphrase` and a recovery key,
    returned in the result. Only an external backup can start a new vault: a
    snapshot opens only with the data key of the vault it was taken from.
    """
    paths = VaultPaths(folder)
    if paths.exists():
        session = vault.unlock(folder, vault_passphrase)
        try:
            return restore(session, source, backup_passphrase, now)
        finally:
            if session.is_open:
                session.close()
    if backup_passphrase is None or not fmt.looks_like_backup(source):
        raise InvalidInput("Only an external backup can start a new vault.")
    check_backup_passphrase(source, backup_passphrase)  # before creating anything
    created = vault.create_vault(folder, vault_passphrase, params)
    try:
        result = restore(created.session, source, backup_passphrase, now)
    except BaseException:
        if created.session.is_open:
            created.session.close()
            _discard_new_vault(paths)
        raise
    return replace(result, recovery_key=created.recovery_key)
