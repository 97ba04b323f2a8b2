"""Create, unlock, recover and re-key a vault. Lock is `Session.close()`.

Unlocking order: take the process lock (cheap, so a second copy of Carnet is
told at once), read the key file, derive and unwrap (WrongPassphrase on a bad
GCM tag), open the database with the raw key, verify every page, migrate.
No step modifies a file until the key is proven right and the file sound.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.paths import VaultPaths, ensure_private_folder
from app.core.process import run_lowered
from app.core.sealing import open_hypotheses
from app.core.session import Session
from app.core.snapshots import erasure_pending, housekeeping
from app.core.vault_files import foreign_entries, tighten_modes
from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams, calibrate
from app.crypto.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from app.domain.atomic import remove_stale_temps
from app.domain.errors import (
    FolderNotEmpty,
    KeyFileCorrupted,
    VaultAlreadyExists,
    VaultCorrupted,
    VaultNotFound,
)
from app.storage import swap
from app.storage.connection import open_database
from app.storage.lockfile import VaultLock
from app.storage.never_reused import counters_above_remembered
from app.storage.schema import migrate
from app.storage.vaultcheck import verify_pages

# The key derivation's priority below the GUI thread's (Linux; see run_lowered).
KDF_NICENESS = 5

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class CreatedVault:
    session: Session
    recovery_key: str | None


def _quiet(_: str) -> None:
    return None


@contextlib.contextmanager
def holding_vault_lock(paths: VaultPaths) -> Iterator[VaultLock]:
    """Hold the vault lock; release it again if the operation fails."""
    lock = VaultLock(paths.lockfile)
    lock.acquire()
    try:
        # A restore killed after its commit point is completed before anything
        # reads the database; an uncommitted one is discarded.
        swap.finish_interrupted(paths.folder)
        yield lock
    except BaseException:
        lock.release()
        raise


def read_keyfile(paths: VaultPaths) -> kf.KeyFile:
    try:
        return kf.read_keyfile(paths.keyfile)
    except FileNotFoundError as exc:
        raise VaultNotFound() from exc


def open_session(
    paths: VaultPaths,
    lock: VaultLock,
    data_key: bytes,
    keyfile: kf.KeyFile,
    creating: bool = False,
    verify_pages_now: bool = True,
) -> Session:
    """Open the database with the data key, migrate it, and hand it over as a Session.

    `verify_pages_now=False` is for the desktop app: it authenticates every
    page afterwards, off the GUI thread (`app.core.verification`), so unlock
    costs the same whatever the vault's size. Until then every page that is
    read is still authenticated by SQLCipher, so nothing is read from, or
    written over, a damaged page.
    """
    if not paths.database.exists() and paths.database.with_name("carnet.db-wal").exists():
        raise KeyFileCorrupted("The database is missing but its journal is present.")
    if not creating and (not paths.database.exists() or paths.database.stat().st_size == 0):
        # Opening would silently create an empty vault over the lost one.
        raise VaultCorrupted("The database file is missing or empty.")
    db = open_database(paths.database, data_key)
    try:
        if verify_pages_now:
            verify_pages(db)
        migrate(db)
        counters_above_remembered(db)
        _, sealed_key = open_hypotheses(paths, db, data_key)
    except BaseException:
        db.close()
        raise
    # Key proven and database sound: now tidy what a killed key-file write left,
    # tighten loose modes, and finish an erasure a crash interrupted, before
    # anything else reads the vault.
    remove_stale_temps(paths.keyfile)
    tightened = tuple(tighten_modes(paths.folder))
    session = Session(paths, db, lock, bytearray(data_key), keyfile, sealed_key)
    session.tightened = tightened
    if erasure_pending(session):
        session.erasure_warnings = housekeeping(session)
    return session


def create_vault(
    folder: Path,
    passphrase: str,
    params: KdfParams | None = None,
    with_recovery_key: bool = True,
    progress: Progress = _quiet,
) -> CreatedVault:
    """Make a new vault; `params=None` calibrates Argon2id to about one second here."""
    paths = VaultPaths(folder)
    if paths.keyfile.exists():
        raise VaultAlreadyExists()
    if foreign_entries(folder):
        raise FolderNotEmpty()
    ensure_private_folder(folder)
    with holding_vault_lock(paths) as lock:
        _set_aside_orphan_database(paths)
        progress("calibrating")
        chosen = params or calibrate()
        progress("deriving")
        data_key, vault_id = kf.new_data_key(), kf.new_vault_id()
        keyfile = kf.KeyFile(
            vault_id, (kf.passphrase_slot(data_key, vault_id, passphrase, chosen),)
        )
        recovery_text = None
        if with_recovery_key:
            secret = new_recovery_secret()
            keyfile = keyfile.with_slot(kf.recovery_slot(data_key, vault_id, secret))
            recovery_text = format_recovery_key(secret)
        progress("creating")
        # The database first, the key file last: the key file is what makes a
        # folder a vault, so a crash in between leaves no half-made vault.
        session = open_session(paths, lock, data_key, keyfile, creating=True)
        try:
            kf.write_keyfile(paths.keyfile, keyfile)
        except BaseException:
            session.close()
            for path in _database_files(paths):
                path.unlink(missing_ok=True)
            raise
        return CreatedVault(session, recovery_text)


def _database_files(paths: VaultPaths) -> list[Path]:
    return [
        db.with_name(db.name + side)
        for db in (paths.database, paths.hypotheses)
        for side in ("", "-wal", "-shm")
    ]


def _set_aside_orphan_database(paths: VaultPaths) -> None:
    """A database without a key file is left by a creation cut short. Nobody can
    read it without that key, but a worker may still hold a copy of the key file,
    so it is renamed aside rather than deleted."""
    if not paths.database.exists():
        return
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = paths.database.name
    for path in _database_files(paths):
        if path.exists():  # carnet.db-wal -> carnet.db.orphan-<stamp>-wal: SQLite pairs them
            path.rename(path.with_name(f"{base}.orphan-{stamp}{path.name.removeprefix(base)}"))


def unlock(
    folder: Path, passphrase: str, progress: Progress = _quiet, verify_pages_now: bool = True
) -> Session:
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound()
    with holding_vault_lock(paths) as lock:
        keyfile = read_keyfile(paths)
        progress("deriving")
        # Argon2 fills both cores of a small computer for a second: below the GUI thread.
        data_key = run_lowered(
            lambda: kf.unwrap_with_passphrase(keyfile, passphrase), KDF_NICENESS, "carnet-kdf"
        )
        progress("opening")
        return open_session(paths, lock, data_key, keyfile, verify_pages_now=verify_pages_now)


def unlock_with_recovery_key(
    folder: Path,
    recovery_key: str,
    new_passphrase: str,
    params: KdfParams | None = None,
    progress: Progress = _quiet,
) -> Session:
    """Open with the paper key, then set a new passphrase (the old one is replaced)."""
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound()
    with holding_vault_lock(paths) as lock:
        keyfile = read_keyfile(paths)
        data_key = kf.unwrap_with_recovery(keyfile, parse_recovery_key(recovery_key))
        progress("opening")
        session = open_session(paths, lock, data_key, keyfile)
        progress("deriving")
        session.change_passphrase(new_passphrase, params)
        return session
