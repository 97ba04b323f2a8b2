"""Which files of a vault folder open under which data key (renewal tests)."""

from __future__ import annotations

from pathlib import Path

from app.core.device import device_secret
from app.core.rekey import UNSEEN_RECOVERY
from app.core.session import stores
from app.core.vault import unlock
from app.core.vault_files import Kind, kind_of
from app.crypto import keyfile as kf
from app.crypto.sealing import hypotheses_key
from app.domain.errors import BackupInvalid
from app.storage.export_copy import open_copy

NOT_DATABASES = ("carnet.key", "carnet.lock")


def database_files(folder: Path) -> list[Path]:
    """Every non-empty file of the folder tree but the key file and the lock."""
    return [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in NOT_DATABASES and path.stat().st_size
    ]


def file_key(folder: Path, path: Path, data_key: bytes) -> bytes:
    """The raw key `path` is under when the vault's data key is `data_key`, on this device:
    the data key itself, or for the sealed hypotheses the key derived with this device's secret."""
    if kind_of(path.relative_to(folder).as_posix()) is not Kind.SEALED:
        return data_key
    secret = device_secret()
    assert secret is not None
    return hypotheses_key(data_key, secret)


def sealed_files(folder: Path) -> list[Path]:
    """The database files of the folder under the sealed key (hypotheses.db, companions)."""
    return [
        p
        for p in database_files(folder)
        if kind_of(p.relative_to(folder).as_posix()) is Kind.SEALED
    ]


def opens(path: Path, key: bytes) -> bool:
    """True if `key` opens the SQLCipher file at `path`."""
    try:
        open_copy(path, key, writable=True).close()  # writable: closing removes WAL and SHM
    except BackupInvalid:
        return False
    return True


def mark_recovery_key_unseen(folder: Path, passphrase: str) -> None:
    """The state a renewal killed after its commit leaves: its new recovery key unseen."""
    session = unlock(folder, passphrase)
    try:
        slot = kf.read_keyfile(session.paths.keyfile).slot(kf.RECOVERY)
        assert slot is not None
        stores(session).settings.set(UNSEEN_RECOVERY, slot.nonce.hex())
    finally:
        session.close()
