"""Renewing the data key: after it, an old copy of the key file opens nothing.

A copy of `carnet.key` taken earlier, with the passphrase of that time or the
paper recovery key of that time, unwraps the old data key for ever. Renewing
the data key makes that copy worthless:

1. Prove the current passphrase (it must unwrap the key this session holds),
   draw a new random 32-byte data key, and build a new key file: the
   passphrase slot wrapped again for the same passphrase (new salt, same
   Argon2 parameters unless told otherwise) and, if asked, a NEW recovery key.
   Nothing is written yet.
2. In a staging folder inside the vault folder: every snapshot copied under
   the new key and verified (a snapshot that cannot be re-encrypted is
   dropped and reported); then, with the session's connection held so no
   write slips in, every SQLCipher database of the folder (CIPHER_FILES)
   copied under its new key and verified with the same row counts, the new
   key file written beside them; and the session closed.
3. The journaled swap of app/storage/swap.py (version 2) moves databases,
   snapshots and the key file in and deletes the old WAL/SHM, the copies
   that were dropped and the copies a rescue set aside (`carnet.db.damaged-*`,
   which cannot be re-encrypted reliably). A crash before the journal leaves
   the old vault whole (the staging folder is removed at the next open); a
   crash after it is completed by the next open, before the key file is read.
4. Reopen under the new key. A snapshot that another thread published after
   step 2 listed them is still under the old key: it is deleted. The new
   recovery key is returned to be shown once; the old one opens nothing.

The sealed hypotheses (app/core/sealing.py) follow: `hypotheses.db` and each
snapshot's companion are copied from the key derived from the old data key to
the one derived from the new (same device secret), and the `sealed.check`
marker of the staged `carnet.db` is rewritten, all in the same swap. A
companion that cannot be re-encrypted is dropped with its snapshot. On a
computer where the hypotheses are sealed elsewhere the renewal is refused
(RekeySealedElsewhere) and nothing is touched: renewing here would leave them
under an old data key that no key file holds any more (docs/SECURITY.md).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.passphrase import verify_passphrase
from app.core.paths import VaultPaths
from app.core.restore import swap_and_reopen
from app.core.sealing import seal_keys
from app.core.session import Session, database, stores
from app.core.snapshots import housekeeping, list_snapshots, os_errors
from app.core.vault_files import DAMAGED_MARK, companions, set_aside_databases
from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams
from app.crypto.recovery import format_recovery_key, new_recovery_secret
from app.domain.atomic import fsync_directory, fsync_file
from app.domain.errors import CarnetError, DiskFull, RekeySealedElsewhere, VaultReadOnly
from app.storage import sealed, swap
from app.storage.export_copy import export_full, open_copy, table_counts
from app.storage.settings import VaultSettings
from app.storage.snapshot import (
    claimed,
    ensure_folder,
    remove_with_side_files,
    verify_copy,
)

Progress = Callable[[str], None]
# Set in the staged copy that the swap puts in place, cleared once the renewal returns:
# if it is still there at an open whose key file has that very recovery slot,
# the renewal was completed by that open and its recovery key was never shown.
UNSEEN_RECOVERY = "pending.rekey-recovery-unseen"


def _quiet(_: str) -> None:
    return None


def _the_data_key(_: VaultPaths, data_key: bytes) -> bytes:
    return data_key


def _sealed_key(_: VaultPaths, data_key: bytes) -> bytes:
    """The hypotheses file's key: the data key AND this computer's secret (app/crypto/sealing)."""
    keys = seal_keys(data_key)
    if keys is None:
        raise RekeySealedElsewhere()
    return keys.key


@dataclass(frozen=True, slots=True)
class CipherFile:
    """A SQLCipher database at the top of the vault folder and how its raw key
    comes from the data key (and anything else it needs, e.g. a device secret)."""

    name: str
    file_key: Callable[[VaultPaths, bytes], bytes]
    required: bool = False  # False: skipped when absent (older vaults)


# Every SQLCipher database of the vault folder, each re-encrypted by a renewal.
# A new database file joins the renewal by one line here.
CIPHER_FILES: tuple[CipherFile, ...] = (
    CipherFile("carnet.db", _the_data_key, required=True),
    CipherFile("hypotheses.db", _sealed_key),
)


@dataclass(frozen=True, slots=True)
class RekeyResult:
    session: Session  # the reopened vault; the session passed in is closed
    recovery_key: str | None  # the NEW recovery key, to show once; None if none was asked
    snapshots_kept: int  # snapshots re-encrypted under the new key
    dropped: tuple[str, ...]  # files deleted because they could not be re-encrypted
    warnings: tuple[CarnetError, ...] = ()


def new_keyfile(
    current: kf.KeyFile, data_key: bytes, passphrase: str, params: KdfParams | None, recovery: bool
) -> tuple[kf.KeyFile, str | None]:
    """New slots for `data_key`: same passphrase, new salt; a new recovery key if asked."""
    if params is None:
        slot = current.slot(kf.PASSPHRASE)
        params = kf.params_from_kdf(slot.kdf) if slot is not None else None
    if params is None:
        raise CarnetError("The key file has no passphrase slot.")
    keyfile = kf.KeyFile(
        current.vault_id, (kf.passphrase_slot(data_key, current.vault_id, passphrase, params),)
    )
    if not recovery:
        return keyfile, None
    secret = new_recovery_secret()
    keyfile = keyfile.with_slot(kf.recovery_slot(data_key, current.vault_id, secret))
    return keyfile, format_recovery_key(secret)


def _recopy(source: Path, old_key: bytes, target: Path, new_key: bytes) -> None:
    """`source` (under `old_key`) copied to `target` under `new_key`, verified, fsynced."""
    copy = open_copy(source, old_key, writable=True)
    try:
        expected = table_counts(copy)
        export_full(copy, target, new_key)
    finally:
        copy.close()
    verify_copy(target, new_key, expected)
    fsync_file(target)


def _stage_snapshots(
    paths: VaultPaths, old_key: bytes, new_key: bytes, staging: Path
) -> tuple[list[str], list[str]]:
    """Snapshots re-encrypted into staging; those that cannot be are to be dropped."""
    moved: list[str] = []
    dropped: list[str] = []
    snapshots = list_snapshots(paths)
    if snapshots:
        ensure_folder(staging / swap.SNAPSHOTS)
    for snap in snapshots:
        names = [f"{swap.SNAPSHOTS}/{snap.path.name}"]
        companion = sealed.companion(snap.path)
        if companion.exists():
            names.append(f"{swap.SNAPSHOTS}/{companion.name}")
        try:
            with os_errors():
                _recopy(snap.path, old_key, staging / names[0], new_key)
                if len(names) > 1:
                    sealed_old, sealed_new = (
                        _sealed_key(paths, old_key),
                        _sealed_key(paths, new_key),
                    )
                    _recopy(companion, sealed_old, staging / names[1], sealed_new)
            moved += names
        except (DiskFull, VaultReadOnly):
            raise  # the disk, not the copy: renewing must not cost the restore points
        except CarnetError:
            for name in names:  # a snapshot and its hypotheses go together
                with contextlib.suppress(FileNotFoundError):
                    (staging / name).unlink()
            dropped += names
    return moved, dropped


def _stage_databases(paths: VaultPaths, old_key: bytes, new_key: bytes, staging: Path) -> list[str]:
    moved = []
    for item in CIPHER_FILES:
        source = paths.folder / item.name
        if not item.required and not source.exists():
            continue
        with os_errors():
            _recopy(
                source,
                item.file_key(paths, old_key),
                staging / item.name,
                item.file_key(paths, new_key),
            )
        moved.append(item.name)
    return moved


def _sweep_late_snapshots(paths: VaultPaths, renewed: tuple[str, ...], key: bytes) -> list[str]:
    """A snapshot published by another thread after the listing is still under the old key."""
    late = []
    for snap in list_snapshots(paths):
        name = f"{swap.SNAPSHOTS}/{snap.path.name}"
        if name in renewed:
            continue
        try:
            open_copy(snap.path, key).close()
        except CarnetError:
            remove_with_side_files(snap.path)
            late.append(name)
            companion = sealed.companion(snap.path)
            if companion.exists():  # under the old sealed key, like its snapshot
                remove_with_side_files(companion)
                late.append(f"{swap.SNAPSHOTS}/{companion.name}")
    return late


def _sync_folders(staging: Path) -> None:
    """The staged names must survive a power cut once the journal says to move them."""
    for folder in (staging / swap.SNAPSHOTS, staging):
        if folder.is_dir():
            fsync_directory(folder)


def _recovery_mark(keyfile: kf.KeyFile) -> str:
    slot = keyfile.slot(kf.RECOVERY)
    return slot.nonce.hex() if slot is not None else ""


def _mark_staged(staged: Path, key: bytes, mark: str, seal_check: str | None) -> None:
    """In the staged copy only: a renewal rolled back leaves the vault's own marks alone.

    `mark` is the unseen recovery key's; `seal_check` the hypotheses file's new
    marker (app/crypto/sealing.seal_check over the NEW data key), if it was renewed.
    """
    copy = open_copy(staged, key, writable=True)
    try:
        settings = VaultSettings(copy)
        settings.set(UNSEEN_RECOVERY, mark)
        if seal_check is not None:
            settings.set(sealed.CHECK_KEY, seal_check)
    finally:
        copy.close()
    fsync_file(staged)


def _new_seal_check(paths: VaultPaths, databases: list[str], new_key: bytes) -> str | None:
    if paths.hypotheses.name not in databases:
        return None  # no sealed file (a vault that never opened on a computer with a secret)
    keys = seal_keys(new_key)
    if keys is None:
        raise RekeySealedElsewhere()
    return keys.check


def recovery_key_unseen(session: Session) -> bool:
    """True if a renewal was completed at this open and its new recovery key never shown.

    The worker should then make a new recovery key (Session.new_recovery_key).
    """
    mark = stores(session).settings.get(UNSEEN_RECOVERY)
    if not mark:
        return False
    if mark == _recovery_mark(kf.read_keyfile(session.paths.keyfile)):
        return True
    stores(session).settings.set(UNSEEN_RECOVERY, "")  # rolled back, or a new key was made since
    return False


def _damaged_copies(paths: VaultPaths) -> list[str]:
    """Copies a rescue set aside, with their companions: too damaged to re-encrypt reliably."""
    damaged = [p for p in set_aside_databases(paths.folder) if DAMAGED_MARK in p.name]
    return sorted(f.name for copy in damaged for f in companions(copy) if f.exists())


def rekey(
    session: Session,
    passphrase: str,
    *,
    with_recovery_key: bool = True,
    params: KdfParams | None = None,
    progress: Progress = _quiet,
) -> RekeyResult:
    """Renew the data key (see the module text); run it off the GUI thread.

    If it raises and `session.is_open` is still True, nothing was changed.
    `params=None` keeps the passphrase slot's current Argon2 parameters.
    """
    progress("deriving")
    verify_passphrase(session, passphrase)
    if not session.hypotheses_here:
        raise RekeySealedElsewhere()  # see docs/SECURITY.md: their old key must stay
    paths, old_key, new_key = session.paths, session.data_key(), kf.new_data_key()
    keyfile, recovery = new_keyfile(
        kf.read_keyfile(paths.keyfile), new_key, passphrase, params, with_recovery_key
    )
    warnings = housekeeping(session)
    with os_errors():
        staging = swap.new_staging(paths.folder)
    with claimed(staging):
        try:
            progress("snapshots")
            snapshots, dropped = _stage_snapshots(paths, old_key, new_key, staging)
            progress("database")
            with database(session).read():  # from here to the close, no write can slip in
                databases = _stage_databases(paths, old_key, new_key, staging)
                check = _new_seal_check(paths, databases, new_key)
                with os_errors():
                    _mark_staged(
                        staging / paths.database.name, new_key, _recovery_mark(keyfile), check
                    )
                    kf.write_keyfile(staging / swap.KEYFILE, keyfile)
                    _sync_folders(staging)
                session.close()
            progress("swapping")
            files = (*databases, *snapshots, swap.KEYFILE)
            drop = (*dropped, *_damaged_copies(paths))
            reopened = swap_and_reopen(paths, staging, new_key, files, drop)
        finally:
            if not (paths.folder / swap.JOURNAL).exists():
                shutil.rmtree(staging, ignore_errors=True)
    stores(reopened).settings.set(UNSEEN_RECOVERY, "")  # returned to the caller, who shows it
    with os_errors():
        drop += tuple(_sweep_late_snapshots(paths, files, new_key))
    kept = sum(1 for name in snapshots if not name.endswith(swap.SEALED_COMPANION))
    return RekeyResult(reopened, recovery, kept, drop, warnings)
