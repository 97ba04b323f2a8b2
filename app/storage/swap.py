"""Swapping in a new vault database so that a crash at any instant leaves a complete vault.

Files in the vault folder:

    carnet.db (+ -wal, -shm)          the current database
    hypotheses.db (+ -wal, -shm)      the sealed hypotheses (app/storage/sealed.py)
    .restore-staging-<hex>/carnet.db  the new database, already verified
    restore.journal                   the commit record

1. Prepare: the new database is written and verified in a staging folder
   inside the vault folder (same file system, so the rename is atomic); file
   and folder are fsynced. A crash here leaves the old vault, and the orphan
   staging folder is removed by the next cleanup.
2. The old database is closed after a TRUNCATE checkpoint, so its WAL is
   empty; `commit` refuses to go on if it is not (those frames would be lost).
3. Commit: `restore.journal` is written atomically (temp, fsync, rename,
   fsync of the folder). From this instant the swap is decided: it only goes
   forward.
4. Apply: while the staged file is still in staging, delete the old WAL,
   shared-memory and rollback-journal files (an old WAL must never be
   replayed onto the new database), then `os.replace` the staged file into
   place, and fsync the folder.
5. Finish: delete the journal, fsync the folder, remove the staging folder.

`finish_interrupted(folder)` redoes 4-5 when a journal exists, otherwise
removes orphan staging folders. Every step is idempotent. The unlock sequence
must call it with the vault lock held, before it reads the key file.

A version-1 journal (restore, rescue) moves only `carnet.db` and
`hypotheses.db`. A version-2 journal (the data-key renewal, app/core/rekey.py)
also moves the key file, other top-level databases, snapshots and their
hypotheses companions, and names files to delete in step 4 (copies that
could not be re-encrypted): after it, nothing under the old key remains, and
since the key file moves with the databases, the folder always holds one
(key file, databases) pair that opens.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

from app.domain.atomic import atomic_write, fsync_directory
from app.domain.errors import CarnetError, VaultCorrupted
from app.storage.snapshot import ensure_folder, is_claimed, parse_name, remove_with_side_files

JOURNAL = "restore.journal"
STAGING_PREFIX = ".restore-staging-"
FORMAT = "carnet-restore-journal"
VERSION = 1
REKEY_VERSION = 2
SWAPPABLE = ("carnet.db", "hypotheses.db")
KEYFILE = "carnet.key"
SNAPSHOTS = "snapshots"
_TOP_DATABASE = re.compile(r"^[a-z][a-z0-9_]*\.db$")
_DAMAGED = re.compile(r"^carnet\.db\.damaged-[0-9A-Za-z-]+$")
_COMPANIONS = ("-wal", "-shm", "-journal")
SEALED_COMPANION = ".hypotheses.db"  # app/storage/sealed.companion
MAX_JOURNAL_BYTES = 16384  # a renewal names each snapshot and its companion


def new_staging(folder: Path) -> Path:
    """A fresh private staging folder inside the vault folder."""
    staging = folder / f"{STAGING_PREFIX}{os.urandom(8).hex()}"
    ensure_folder(staging)
    return staging


def _is_snapshot(name: str) -> bool:
    """A snapshot, or its sealed hypotheses companion (`carnet-….hypotheses.db`)."""
    parts = name.split("/")
    if len(parts) != 2 or parts[0] != SNAPSHOTS:
        return False
    base = parts[1]
    if base.endswith(SEALED_COMPANION):
        base = base[: -len(SEALED_COMPANION)] + ".db"
    return parse_name(Path(base)) is not None


def _movable(name: str, version: int) -> bool:
    if version == VERSION:
        return name in SWAPPABLE
    return name == KEYFILE or bool(_TOP_DATABASE.match(name)) or _is_snapshot(name)


def _droppable(name: str) -> bool:
    return bool(_DAMAGED.match(name)) or _is_snapshot(name)


Journal = tuple[Path, tuple[str, ...], tuple[str, ...]]


def _read_journal(folder: Path) -> Journal | None:
    path = folder / JOURNAL
    try:
        data = path.read_bytes()[: MAX_JOURNAL_BYTES + 1]
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(data.decode("utf-8"))
        version = doc.get("version")
        staging, files = doc["staging"], tuple(doc["files"])
        drop = tuple(doc.get("drop", ())) if version == REKEY_VERSION else ()
        valid = (
            doc.get("format") == FORMAT
            and version in (VERSION, REKEY_VERSION)
            and isinstance(staging, str)
            and staging.startswith(STAGING_PREFIX)
            and "/" not in staging
            and os.sep not in staging
            and files
            and all(isinstance(n, str) and _movable(n, version) for n in files)
            and all(isinstance(n, str) and _droppable(n) for n in drop)
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise VaultCorrupted("The restore journal is damaged.") from exc
    if not valid or len(data) > MAX_JOURNAL_BYTES:
        raise VaultCorrupted("The restore journal is damaged.")
    return folder / staging, files, drop


def _apply(folder: Path, staging: Path, files: tuple[str, ...], drop: tuple[str, ...] = ()) -> None:
    for name in files:
        staged, target = staging / name, folder / name
        if not staged.exists():
            continue  # moved before the interruption
        for suffix in _COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                (folder / (name + suffix)).unlink()
        os.replace(staged, target)
        fsync_directory(target.parent)
    for name in drop:
        remove_with_side_files(folder / name)
    if drop:
        fsync_directory(folder)


def _finish(folder: Path, staging: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / JOURNAL).unlink()
    fsync_directory(folder)
    shutil.rmtree(staging, ignore_errors=True)


def commit(
    folder: Path, staging: Path, files: tuple[str, ...] = SWAPPABLE, drop: tuple[str, ...] = ()
) -> None:
    """Steps 3-5: record the decision, move the staged files in, clean up.

    The caller holds the vault lock and has closed the database. Moving more
    than `carnet.db`, or dropping files, writes a version-2 journal.
    """
    for name in files:
        wal = folder / (name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise CarnetError("The current database was not closed cleanly; nothing was replaced.")
    version = VERSION if set(files) <= set(SWAPPABLE) and not drop else REKEY_VERSION
    if not all(_movable(n, version) for n in files) or not all(_droppable(n) for n in drop):
        raise CarnetError("These files cannot be swapped.")
    doc: dict[str, object] = {
        "format": FORMAT,
        "version": version,
        "staging": staging.name,
        "files": list(files),
    }
    if drop:
        doc["drop"] = list(drop)
    atomic_write(folder / JOURNAL, json.dumps(doc).encode("utf-8"))
    _apply(folder, staging, files, drop)
    _finish(folder, staging)


def finish_interrupted(folder: Path) -> bool:
    """At unlock, lock held: complete a committed swap, or drop an uncommitted one.

    Returns True if a swap was completed here.
    """
    journal = _read_journal(folder)
    if journal is None:
        discard_orphans(folder)
        return False
    staging, files, drop = journal
    _apply(folder, staging, files, drop)
    _finish(folder, staging)
    return True


def discard_orphans(folder: Path) -> list[Path]:
    """Staging folders that no journal refers to and no thread here is filling."""
    if not folder.is_dir() or (folder / JOURNAL).exists():
        return []
    removed = []
    for path in folder.iterdir():
        if is_claimed(path):
            continue
        if path.name.startswith(STAGING_PREFIX) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        elif path.name.startswith(f".{JOURNAL}.") and path.name.endswith(".tmp"):
            path.unlink(missing_ok=True)  # a journal whose atomic write was interrupted
            removed.append(path)
    return removed
