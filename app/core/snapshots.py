"""On-device snapshots: taken at unlock and at lock, at most one a day, rotated.

Each snapshot is a full copy of the vault under its own data key, verified
before it is renamed into `<vault>/snapshots/`, with beside it a copy of the
sealed hypotheses file under that file's key (`carnet-….hypotheses.db`:
snapshots never leave this device, and the hypotheses stay sealed to it).
Kept: the newest automatic snapshot of each of the last 7 days that have one,
the newest of each of the 4 ISO weeks before those, and the last 3 copies
taken just before a restore.

`maybe_snapshot` is what the unlock and lock sequences call. It first does the
housekeeping every operation starts with (stale temp files, an erasure that a
crash interrupted), and it never raises a CarnetError: what went wrong comes
back as warnings, which the interface shows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core import sealing
from app.core.paths import VaultPaths
from app.core.session import Session, database
from app.core.vault_files import DAMAGED_MARK, companions, set_aside_databases
from app.domain.atomic import fsync_directory
from app.domain.errors import BackupInvalid, CarnetError, DiskFull, VaultReadOnly
from app.storage import purge, sealed, swap
from app.storage.export_copy import open_copy
from app.storage.snapshot import (
    AUTO,
    PRE_RESTORE,
    claimed,
    ensure_folder,
    is_claimed,
    list_files,
    remove_with_side_files,
    rewrite_copy,
    stale_temps,
    write_snapshot,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PRE_RESTORE = 3
WORK_PREFIX = ".work-"
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    path: Path
    taken_at: datetime  # UTC
    kind: str  # "auto" or "pre-restore"
    size_bytes: int


@dataclass(frozen=True, slots=True)
class SnapshotOutcome:
    """What `maybe_snapshot` did; `warnings` must be shown, never dropped."""

    taken: SnapshotInfo | None
    removed: tuple[Path, ...]
    warnings: tuple[CarnetError, ...]


def file_error(exc: OSError) -> CarnetError:
    """An operating-system error in the worker's vocabulary."""
    if exc.errno in _FULL:
        return DiskFull()
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        return VaultReadOnly()
    return CarnetError(str(exc))


@contextlib.contextmanager
def os_errors() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise file_error(exc) from exc


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def list_snapshots(paths: VaultPaths) -> list[SnapshotInfo]:
    """Every snapshot of the vault, newest first."""
    files = list_files(paths.snapshots)
    return [SnapshotInfo(f.path, f.taken_at, f.kind, f.size_bytes) for f in files]


def snapshot_due(paths: VaultPaths, now: datetime) -> bool:
    """Cheap: no automatic snapshot was taken on `now`'s (local) day yet."""
    today = local_day(now)
    return not any(s.kind == AUTO and local_day(s.taken_at) == today for s in list_snapshots(paths))


def take_snapshot(session: Session, now: datetime, kind: str = AUTO) -> SnapshotInfo:
    """Write one verified snapshot now (and its hypotheses); raises if it cannot."""
    sealed_key, db = session.sealed_key(), database(session)
    with os_errors(), db.read():  # both copies of the same moment
        path = write_snapshot(db, session.paths.snapshots, session.data_key(), now, kind)
        if sealed_key is not None:
            try:
                sealed.write_companion(db, path, sealed_key)
            except BaseException:
                remove_with_side_files(path)
                raise
    return next(s for s in list_snapshots(session.paths) if s.path == path)


def snapshots_to_keep(snapshots: list[SnapshotInfo]) -> set[Path]:
    """The rotation: 7 daily, 4 weekly, 3 pre-restore."""
    newest_per_day: dict[date, SnapshotInfo] = {}
    for snap in sorted(snapshots, key=lambda s: s.taken_at, reverse=True):
        if snap.kind == AUTO:
            newest_per_day.setdefault(local_day(snap.taken_at), snap)
    days = list(newest_per_day)
    keep = {newest_per_day[d].path for d in days[:KEEP_DAILY]}
    newest_per_week: dict[tuple[int, int], SnapshotInfo] = {}
    for day in days[KEEP_DAILY:]:
        iso = day.isocalendar()
        newest_per_week.setdefault((iso.year, iso.week), newest_per_day[day])
    keep |= {s.path for s in list(newest_per_week.values())[:KEEP_WEEKLY]}
    pre = [s for s in snapshots if s.kind == PRE_RESTORE]
    pre.sort(key=lambda s: s.taken_at, reverse=True)
    keep |= {s.path for s in pre[:KEEP_PRE_RESTORE]}
    return keep


def prune(paths: VaultPaths) -> tuple[Path, ...]:
    """Delete the snapshots the rotation no longer keeps."""
    snapshots = list_snapshots(paths)
    keep = snapshots_to_keep(snapshots)
    removed = tuple(s.path for s in snapshots if s.path not in keep)
    with os_errors():
        for path in removed:
            remove_with_side_files(path)
            remove_with_side_files(sealed.companion(path))
    return removed


@contextlib.contextmanager
def work_folder(paths: VaultPaths) -> Iterator[Path]:
    """A private scratch folder inside the vault folder, removed afterwards (or at cleanup)."""
    with os_errors():
        folder = paths.folder / f"{WORK_PREFIX}{os.urandom(8).hex()}"
        ensure_folder(folder)
    with claimed(folder):
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def cleanup(paths: VaultPaths) -> list[Path]:
    """Remove what an interrupted operation left: temp snapshots, scratch and staging folders."""
    removed = []
    for temp in stale_temps(paths.snapshots):
        remove_with_side_files(temp)
        removed.append(temp)
    if paths.folder.is_dir():
        for path in paths.folder.iterdir():
            if path.name.startswith(WORK_PREFIX) and not is_claimed(path):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    removed += swap.discard_orphans(paths.folder)
    removed += sealing.orphan_companions(paths.snapshots)
    return removed


def _holds(path: Path, key: bytes, scrubs: list[purge.Scrub]) -> bool:
    copy = open_copy(path, key)
    try:
        return purge.holds_any(copy, scrubs)
    finally:
        copy.close()


def snapshots_holding(session: Session, scrubs: list[purge.Scrub]) -> int:
    """How many snapshots still hold something that `scrubs` removes (unreadable ones count)."""
    key, count = session.data_key(), 0
    for snap in list_snapshots(session.paths):
        try:
            count += _holds(snap.path, key, scrubs)
        except CarnetError:
            count += 1
    return count


def _scrub_one(
    path: Path, key: bytes, scrubs: list[purge.Scrub], sealed_key: bytes | None = None
) -> CarnetError | None:
    """Rewrite one snapshot without what must go; delete it if it cannot be rewritten."""
    try:
        with os_errors():
            sealing.scrub_companion(path, key, sealed_key, scrubs)  # before its persons go
            if _holds(path, key, scrubs):
                rewrite_copy(path, key, lambda copy: purge.scrub(copy, scrubs))
        return None
    except (DiskFull, VaultReadOnly) as exc:
        return exc  # kept pending: retried at the next unlock
    except CarnetError:
        pass  # damaged or unverifiable: erasure wins over one restore point
    with os_errors():
        remove_with_side_files(path)
        remove_with_side_files(sealed.companion(path))
    return BackupInvalid("A snapshot could not be cleaned, so it was deleted.")


def _erase_set_aside(folder: Path, key: bytes, scrubs: list[purge.Scrub]) -> None:
    """Set-aside copies are deleted, never rewritten. A damaged copy (kept by a rescue)
    always: its unreadable pages may still hold the text, so it cannot be proven clean.
    An orphan (a creation cut short) if it opens with this vault's key and holds any of
    it; one that does not open with this key holds nothing of this vault."""
    for path in set_aside_databases(folder):
        if DAMAGED_MARK in path.name:
            holds = True
        else:
            try:
                holds = _holds(path, key, scrubs)
            except CarnetError:
                holds = False
        if holds:
            with os_errors():
                for part in companions(path):
                    part.unlink(missing_ok=True)
                fsync_directory(folder)


def erasure_pending(session: Session) -> bool:
    """An erasure that a crash (or a full disk) interrupted is still to be finished."""
    db = database(session)
    return bool(purge.pending_scrubs(db)) or purge.compact_pending(db)


def finish_pending_erasure(session: Session) -> tuple[CarnetError, ...]:
    """Rewrite the snapshots that still hold erased data, delete set-aside copies that
    hold it, then compact the vault. Every file is found by `files_under_key`."""
    db, key = database(session), session.data_key()
    warnings: list[CarnetError] = []
    scrubs = purge.pending_scrubs(db)
    if scrubs:
        blocked = False
        try:
            _erase_set_aside(session.paths.folder, key, scrubs)
        except CarnetError as exc:
            warnings.append(exc)
            blocked = True
        for snap in list_snapshots(session.paths):
            try:
                problem = _scrub_one(snap.path, key, scrubs, session.sealed_key())
            except CarnetError as exc:
                problem = exc
            if problem is not None:
                warnings.append(problem)
                blocked = blocked or not isinstance(problem, BackupInvalid)
        if not blocked:
            purge.clear_scrubs(db, scrubs)
    warnings += _seal_old_snapshots(session)
    if purge.compact_pending(db):
        purge.compact(db)
        purge.clear_compact(db)
    db.checkpoint()
    return tuple(warnings)


def _seal_old_snapshots(session: Session) -> list[CarnetError]:
    """Snapshots taken before the hypotheses were sealed: move theirs into companions."""
    sealed_key = session.sealed_key()
    if sealed_key is None or sealed.setting(database(session), sealed.PENDING_SNAPSHOTS) is None:
        return []
    warnings: list[CarnetError] = []
    for snap in list_snapshots(session.paths):
        try:
            with os_errors():
                sealing.seal_old_snapshot(snap.path, session.data_key(), sealed_key)
        except CarnetError as exc:
            warnings.append(exc)
    if not warnings:
        sealed.clear_setting(database(session), sealed.PENDING_SNAPSHOTS)
    return warnings


def housekeeping(session: Session) -> tuple[CarnetError, ...]:
    """What every operation starts with; returns warnings instead of raising."""
    warnings: list[CarnetError] = []
    try:
        with os_errors():
            cleanup(session.paths)
        warnings += finish_pending_erasure(session)
    except CarnetError as exc:
        warnings.append(exc)
    return tuple(warnings)


def maybe_snapshot(session: Session, now: datetime) -> SnapshotOutcome:
    """At unlock and at lock: housekeeping, one snapshot a day at most, rotation."""
    warnings = list(housekeeping(session))
    taken = None
    if snapshot_due(session.paths, now):
        try:
            taken = take_snapshot(session, now)
        except CarnetError as exc:
            warnings.append(exc)
    removed: tuple[Path, ...] = ()
    try:
        removed = prune(session.paths)
    except CarnetError as exc:
        warnings.append(exc)
    return SnapshotOutcome(taken, removed, tuple(warnings))
