"""Snapshot files on this device: names, listing, safe writing, stale temp files.

A snapshot is a full copy of the vault (hypotheses included: it never leaves
the device) under the vault's own data key, in `<vault>/snapshots/`. It is
written to a temp file, verified (opened with the key, cipher and structure
checks, search indexes, row counts equal to the source), fsynced, and only
then renamed into place; the folder is fsynced after the rename. A temp file
left by a crash is removed by the next operation that cleans up (see
`stale_temps`), never one that a thread of this process is still writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.atomic import fsync_directory, fsync_file
from app.domain.errors import BackupInvalid, VaultTooNew
from app.storage.connection import Database
from app.storage.export_copy import copy_problems, export_full, open_copy, table_counts
from app.storage.schema import CURRENT_VERSION, schema_version

AUTO = "auto"
PRE_RESTORE = "pre-restore"
KINDS = (AUTO, PRE_RESTORE)
_NAME = re.compile(r"^carnet-(\d{8}T\d{6}Z)-(auto|pre-restore)(?:-(\d+))?\.db$")
_STAMP = "%Y%m%dT%H%M%SZ"
TEMP_PREFIX = ".tmp-"
_SIDE_FILES = ("-journal", "-wal", "-shm")

_claimed: set[Path] = set()
_claimed_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class SnapshotFile:
    path: Path
    taken_at: datetime  # UTC
    kind: str
    size_bytes: int


@contextlib.contextmanager
def claimed(path: Path) -> Iterator[Path]:
    """Mark a temp path as in use by this process, so cleanup leaves it alone."""
    resolved = path.resolve()
    with _claimed_lock:
        _claimed.add(resolved)
    try:
        yield path
    finally:
        with _claimed_lock:
            _claimed.discard(resolved)


def is_claimed(path: Path) -> bool:
    with _claimed_lock:
        return path.resolve() in _claimed


def remove_with_side_files(path: Path) -> None:
    """A database file and its journal/WAL/shared-memory companions."""
    for candidate in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def ensure_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def new_temp(folder: Path, suffix: str = ".db") -> Path:
    """An empty new file (0600) named `.tmp-…` in `folder`; the caller claims it."""
    path = folder / f"{TEMP_PREFIX}{os.urandom(8).hex()}{suffix}"
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def stale_temps(folder: Path) -> list[Path]:
    """Temp files in `folder` that no thread of this process is writing."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX) and not is_claimed(p)
    )


def parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC), match.group(2)


def list_files(folder: Path) -> list[SnapshotFile]:
    """Every snapshot in `folder`, newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_name(path)
        if parsed is not None and path.is_file():
            found.append(SnapshotFile(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda s: (s.taken_at, s.path.name), reverse=True)


def final_path(folder: Path, taken_at: datetime, kind: str) -> Path:
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    path, number = folder / f"carnet-{stamp}-{kind}.db", 1
    while path.exists():
        number += 1
        path = folder / f"carnet-{stamp}-{kind}-{number}.db"
    return path


def verify_copy(
    path: Path, key: bytes, expected: dict[str, int] | None = None, *, writable: bool = True
) -> dict[str, int]:
    """Open with `key`, check pages, structure (and indexes if writable), compare counts."""
    copy = open_copy(path, key, writable=writable)
    try:
        problems = copy_problems(copy, indexes=writable)
        if problems:
            raise BackupInvalid("; ".join(problems[:3]))
        if schema_version(copy) > CURRENT_VERSION:
            raise VaultTooNew()
        counts = table_counts(copy)
    finally:
        copy.close()
    if expected is not None and counts != expected:
        raise BackupInvalid(f"The copy holds {counts}, the source {expected}.")
    return counts


def publish(temp: Path, final: Path) -> None:
    """fsync the verified temp file, rename it into place, fsync the folder."""
    fsync_file(temp)
    os.replace(temp, final)
    fsync_directory(final.parent)


def write_snapshot(db: Database, folder: Path, key: bytes, taken_at: datetime, kind: str) -> Path:
    """Copy `db` into a verified snapshot file; nothing is left behind on failure."""
    ensure_folder(folder)
    temp = new_temp(folder)
    with claimed(temp):
        try:
            with db.read():  # hold the connection: the counts match the copy exactly
                export_full(db, temp, key)
                expected = table_counts(db)
            verify_copy(temp, key, expected)
            final = final_path(folder, taken_at, kind)
            publish(temp, final)
        finally:
            remove_with_side_files(temp)
    return final


def rewrite_copy(path: Path, key: bytes, edit: Callable[[Database], None]) -> None:
    """Replace the copy at `path` with an edited one: temp copy, edit, verify, rename.

    A crash leaves the previous file and a temp file for the next cleanup.
    """
    temp = new_temp(path.parent)
    with claimed(temp):
        try:
            shutil.copyfile(path, temp)
            copy = open_copy(temp, key, writable=True)
            try:
                edit(copy)
            finally:
                copy.close()
            verify_copy(temp, key)
            publish(temp, path)
        finally:
            remove_with_side_files(temp)
