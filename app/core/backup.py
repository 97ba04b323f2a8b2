"""External backups: one encrypted file for a USB key or a network folder.

Only the tables listed in app/storage/export_copy.OUTSIDE_TABLES are copied
(what stays on the device is not on that list, so this module never sees it),
into a fresh SQLCipher database under a random backup key, which is
wrapped under Argon2id(backup passphrase) in the file's header (see
app/crypto/backup_format.py). The file is written to a temp file beside the
destination, fsynced, then re-read from disk and checked as a restore would
(header, passphrase, every page, structure, search indexes, row counts,
nothing from a device-only table), and only then renamed into place: a failed backup never replaces
a good one. The date of the last external backup is kept in the vault.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.paths import VaultPaths
from app.core.session import Session, database, stores
from app.core.snapshots import housekeeping, os_errors, work_folder
from app.crypto import backup_format as fmt
from app.crypto.kdf import KdfParams, calibrate
from app.domain.atomic import fsync_directory
from app.domain.errors import InvalidInput, VaultNotFound
from app.domain.models import VaultCounts
from app.storage.export_copy import check_outside_only, export_for_outside, table_counts
from app.storage.schema import schema_version
from app.storage.snapshot import claimed, verify_copy

LAST_BACKUP_KEY = "backup.last_external"
REMINDER_AFTER = timedelta(days=30)
SUFFIX = ".carnet-backup"
TEMP_SUFFIX = ".carnet-tmp"


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    size_bytes: int
    created_at: datetime
    counts: VaultCounts  # device-only tables count 0 here
    # Always False: export_for_outside copies only OUTSIDE_TABLES of carnet.db;
    # the sealed file is never read here. Kept for the CLI's report.
    hypotheses_included: bool = False


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file says about itself, readable without its passphrase."""

    path: Path
    created_at: datetime
    size_bytes: int
    schema_version: int


def is_external_backup(path: Path) -> bool:
    return fmt.looks_like_backup(path)


def inspect_backup(path: Path) -> BackupInfo:
    """Check a backup file's structure and digests; BackupInvalid if anything is wrong."""
    with os_errors():
        header = fmt.read_header(path)
        size = path.stat().st_size
    return BackupInfo(path, header.created_at, size, header.schema_version)


def vault_counts(counts: dict[str, int]) -> VaultCounts:
    return VaultCounts(**{f.name: counts.get(f.name, 0) for f in fields(VaultCounts)})


def _temp_for(out: Path) -> Path:
    return out.with_name(f".{out.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}")


def remove_stale_temps(out: Path) -> list[Path]:
    """Temp files an interrupted backup to this same destination left behind."""
    removed = []
    if out.parent.is_dir():
        for path in out.parent.glob(f".{out.name}.*{TEMP_SUFFIX}"):
            if path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _check_destination(paths: VaultPaths, out: Path) -> Path:
    out = out.expanduser().absolute()
    if not out.parent.is_dir():
        raise VaultNotFound("The backup folder does not exist.")
    if out.is_dir():
        raise InvalidInput("Choose a file name for the backup, not a folder.")
    if out.parent.resolve() == paths.folder.resolve():
        raise InvalidInput("An external backup belongs on another disk, not in the vault folder.")
    return out


def verify_backup_file(
    path: Path, passphrase: str, expected: dict[str, int], scratch: Path
) -> None:
    """Re-read the file as a restore would and compare with what was exported."""
    header = fmt.read_header(path)
    key = fmt.unlock_backup(header, passphrase)
    inner = scratch / "check.db"
    fmt.extract_database(path, header, inner)
    check_outside_only(verify_copy(inner, key, expected))


def make_external_backup(
    session: Session,
    out: Path,
    backup_passphrase: str,
    params: KdfParams | None = None,
    now: datetime | None = None,
) -> BackupReport:
    """Write and verify an external backup at `out`; `params=None` calibrates Argon2id.

    Takes seconds (two key derivations, one copy): run it off the GUI thread.
    """
    if not backup_passphrase:
        raise InvalidInput("A backup needs its own passphrase.")
    created = now or datetime.now(UTC)
    out = _check_destination(session.paths, out)
    housekeeping(session)
    with os_errors():
        remove_stale_temps(out)
    chosen = params or calibrate()
    with work_folder(session.paths) as scratch, os_errors():
        backup_key, inner = fmt.new_backup_key(), scratch / "outside.db"
        with database(session).read():  # no write between the copy and the counts
            export_for_outside(database(session), inner, backup_key)
            expected = table_counts(database(session), outside=True)
            version = schema_version(database(session))
        verify_copy(inner, backup_key, expected)
        temp = _temp_for(out)
        with claimed(temp):
            try:
                fmt.write_container(
                    temp, inner, backup_key, backup_passphrase, chosen, created, version
                )
                verify_backup_file(temp, backup_passphrase, expected, scratch)
                os.replace(temp, out)
                fsync_directory(out.parent)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    temp.unlink()
        size = out.stat().st_size
    stores(session).settings.set(
        LAST_BACKUP_KEY, created.astimezone(UTC).isoformat(timespec="seconds")
    )
    return BackupReport(out, size, created, vault_counts(expected))


def last_external_backup(session: Session) -> datetime | None:
    raw = stores(session).settings.get(LAST_BACKUP_KEY, "")
    try:
        return datetime.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def backup_reminder_due(session: Session, now: datetime) -> bool:
    """True after 30 days without an external backup (or if there never was one)."""
    last = last_external_backup(session)
    return last is None or now.astimezone(UTC) - last.astimezone(UTC) >= REMINDER_AFTER
