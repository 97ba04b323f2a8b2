"""Restoring a vault from the unlock screen, including one whose database is damaged.

`restore_locked` is what the unlock screen calls: the vault's passphrase, a
source (a snapshot of this vault or an external backup) and, for an external
backup, its own passphrase. If the vault opens, it is an ordinary restore
(app/core/restore.py). If its key file is sound but its database is damaged
(VaultCorrupted), `restore_damaged` takes over:

1. With the vault lock held throughout, unwrap the data key from the key file
   (WrongPassphrase otherwise).
2. Stage and verify the source exactly as a restore does (a snapshot must open
   with this vault's data key; an external backup needs its passphrase).
3. Bring the staged copy forward from whatever the damaged database still
   lets us read (a scratch copy of it: the damaged file itself is never
   written): persons erased since the copy are erased again, register entries
   are kept. If the damage hides them, the report says so.
4. Rename the damaged database (and its WAL) aside as
   `carnet.db.damaged-<UTC stamp>`: restore never overwrites without keeping
   a copy, and nothing here is ever deleted.
5. Swap the staged database in through the journal of app/storage/swap.py, reopen.

Any failure before the swap's commit puts the damaged file back in place: the
folder is as it was. A crash between steps 4 and 5 leaves the damaged copy
aside and no database; the unlock screen then says the vault is damaged, and
restoring again works.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core import vault
from app.core.backup import vault_counts
from app.core.paths import VaultPaths
from app.core.restore import (
    SNAPSHOT,
    STAGED,
    RestoreReport,
    RestoreResult,
    check_backup_passphrase,
    restore,
    seal_staged,
    stage_source,
)
from app.core.snapshots import cleanup, os_errors, work_folder
from app.core.vault_files import DAMAGED_MARK
from app.crypto import keyfile as kf
from app.domain.atomic import fsync_directory
from app.domain.errors import (
    BackupInvalid,
    KeyFileCorrupted,
    VaultCorrupted,
    VaultNotFound,
)
from app.storage import swap
from app.storage.carry_forward import Carried, carry_forward
from app.storage.export_copy import open_copy
from app.storage.lockfile import VaultLock
from app.storage.snapshot import claimed

_STAMP = "%Y%m%dT%H%M%SZ"
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class _Opened:
    """The vault's key file and data key, proven by the passphrase, lock held."""

    paths: VaultPaths
    lock: VaultLock
    keyfile: kf.KeyFile
    key: bytes


def _existing(folder: Path) -> VaultPaths:
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound()
    return paths


def restore_locked(
    folder: Path,
    vault_passphrase: str,
    source: Path,
    backup_passphrase: str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """From the unlock screen: `restore` if the vault opens, `restore_damaged` if its
    database is damaged. On failure nothing was changed and the vault stays locked."""
    paths = _existing(folder)
    check_backup_passphrase(source, backup_passphrase)
    with vault.holding_vault_lock(paths) as lock:
        keyfile = vault.read_keyfile(paths)
        key = kf.unwrap_with_passphrase(keyfile, vault_passphrase)
        try:
            session = vault.open_session(paths, lock, key, keyfile)
        except KeyFileCorrupted:
            raise
        except VaultCorrupted:
            opened = _Opened(paths, lock, keyfile, key)
            return _rescue(opened, source, backup_passphrase, now or datetime.now(UTC))
    try:
        return restore(session, source, backup_passphrase, now)
    finally:
        if session.is_open:
            session.close()


def restore_damaged(
    folder: Path,
    vault_passphrase: str,
    source: Path,
    backup_passphrase: str | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace a damaged database (key file sound) by `source`, keeping it aside.

    Returns the reopened session. If it raises, the folder is as it was.
    """
    paths = _existing(folder)
    with vault.holding_vault_lock(paths) as lock:
        keyfile = vault.read_keyfile(paths)
        key = kf.unwrap_with_passphrase(keyfile, vault_passphrase)
        opened = _Opened(paths, lock, keyfile, key)
        return _rescue(opened, source, backup_passphrase, now or datetime.now(UTC))


def _rescue(
    opened: _Opened, source: Path, backup_passphrase: str | None, moment: datetime
) -> RestoreResult:
    paths, key = opened.paths, opened.key
    with os_errors():
        cleanup(paths)
        staging = swap.new_staging(paths.folder)
    with claimed(staging):
        try:
            with work_folder(paths) as scratch:
                with os_errors():
                    kind, _ = stage_source(key, source, backup_passphrase, staging, scratch)
                carried, counts = _bring_forward(paths, key, staging / STAGED, scratch)
            aside = _swap_keeping_damaged(paths, staging, moment)
        finally:
            if not (paths.folder / swap.JOURNAL).exists():
                shutil.rmtree(staging, ignore_errors=True)
    session = vault.open_session(paths, opened.lock, key, opened.keyfile)
    report = RestoreReport(
        source,
        kind,
        vault_counts(counts),
        kind == SNAPSHOT,
        None,
        carried.register_entries if carried else 0,
        carried.erasures if carried else 0,
        damaged_copy=aside,
        later_changes_checked=carried is not None,
    )
    return RestoreResult(session, report)


def _scratch_copy(paths: VaultPaths, scratch: Path) -> Path | None:
    """The damaged database and its WAL, copied: reading must not write to the original."""
    if not paths.database.is_file():
        return None
    copy = scratch / "damaged.db"
    shutil.copyfile(paths.database, copy)
    wal = paths.database.with_name(paths.database.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def _bring_forward(
    paths: VaultPaths, key: bytes, staged: Path, scratch: Path
) -> tuple[Carried | None, dict[str, int]]:
    """Erasures and register entries the damaged database still shows; None if it cannot.

    Damage shows while reading the damaged copy, before carry_forward commits
    its one transaction, so the staged copy is then left as it was.
    """
    carried: Carried | None = None
    with os_errors():
        copy = _scratch_copy(paths, scratch)
        if copy is not None:
            try:
                damaged = open_copy(copy, key, writable=True)
                try:
                    carried = carry_forward(damaged, staged, key)
                finally:
                    damaged.close()
            except (VaultCorrupted, BackupInvalid):
                carried = None
    return carried, seal_staged(staged, key)


def _aside_name(path: Path, base: str, stamp: str, number: int) -> Path:
    """`carnet.db-wal` → `carnet.db.damaged-<stamp>-wal`: SQLite still pairs them."""
    mark = f"{DAMAGED_MARK}{stamp}" + (f"-{number}" if number > 1 else "")
    return path.with_name(f"{base}{mark}{path.name.removeprefix(base)}")


def _set_aside(paths: VaultPaths, moment: datetime) -> list[tuple[Path, Path]]:
    """Rename the database and its companions aside; (original, aside) pairs, database first."""
    base, stamp, number = paths.database.name, moment.astimezone(UTC).strftime(_STAMP), 1
    files = [paths.database.with_name(base + suffix) for suffix in ("", *_COMPANIONS)]
    present = [f for f in files if f.exists()]
    while any(_aside_name(f, base, stamp, number).exists() for f in files):
        number += 1
    moved: list[tuple[Path, Path]] = []
    try:
        for original in present:
            target = _aside_name(original, base, stamp, number)
            os.rename(original, target)
            moved.append((original, target))
        fsync_directory(paths.folder)
    except BaseException:
        _put_back(paths, moved)
        raise
    return moved


def _put_back(paths: VaultPaths, moved: list[tuple[Path, Path]]) -> None:
    for original, aside in reversed(moved):
        os.rename(aside, original)
    if moved:
        fsync_directory(paths.folder)


def _swap_keeping_damaged(paths: VaultPaths, staging: Path, moment: datetime) -> Path | None:
    """Steps 4 and 5: the damaged files aside, then the journaled swap."""
    with os_errors():
        moved = _set_aside(paths, moment)
        try:
            swap.commit(paths.folder, staging)
        except BaseException:
            # Before the journal exists nothing was replaced: put everything back.
            # After it, the swap only goes forward (the next unlock finishes it),
            # so the damaged copy stays aside, safe.
            if not (paths.folder / swap.JOURNAL).exists():
                _put_back(paths, moved)
            raise
    database = [aside for original, aside in moved if original == paths.database]
    return database[0] if database else None
