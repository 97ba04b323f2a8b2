"""On-device snapshots: one a day, verified, rotated, and the housekeeping around them."""

from __future__ import annotations

import errno
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.core import snapshots
from app.core.caseload import Caseload
from app.core.session import Session, database
from app.core.vault import unlock
from app.domain.errors import BackupInvalid, CarnetError, DiskFull, VaultReadOnly
from app.storage import purge, swap
from app.storage.export_copy import table_counts
from app.storage.snapshot import AUTO, PRE_RESTORE, new_temp, verify_copy
from tests.support import PASSPHRASE
from tests.support.backup_data import canaries_in, populate

MONDAY = datetime(2024, 5, 6, 12, 0, tzinfo=UTC)


def _fake(day: datetime, kind: str = AUTO) -> snapshots.SnapshotInfo:
    path = Path(f"/nowhere/carnet-{day:%Y%m%dT%H%M%S}Z-{kind}.db")
    return snapshots.SnapshotInfo(path, day, kind, 1)


def test_first_snapshot_of_the_day(session: Session, caseload: Caseload) -> None:
    """maybe_snapshot takes a verified snapshot, then none more that day, then one the next."""
    populate(caseload)
    first = snapshots.maybe_snapshot(session, MONDAY)
    assert first.taken is not None and first.warnings == ()
    assert verify_copy(first.taken.path, session.data_key()) == table_counts(database(session))
    assert snapshots.maybe_snapshot(session, MONDAY + timedelta(hours=5)).taken is None
    assert snapshots.maybe_snapshot(session, MONDAY + timedelta(days=1)).taken is not None
    assert len(snapshots.list_snapshots(session.paths)) == 2


def test_snapshot_due(session: Session) -> None:
    """Due when no automatic snapshot exists for today; a pre-restore copy does not count."""
    assert snapshots.snapshot_due(session.paths, MONDAY)
    snapshots.take_snapshot(session, MONDAY, PRE_RESTORE)
    assert snapshots.snapshot_due(session.paths, MONDAY)
    snapshots.take_snapshot(session, MONDAY)
    assert not snapshots.snapshot_due(session.paths, MONDAY)


def test_rotation_keeps_7_daily_4_weekly_3_pre_restore() -> None:
    """Over 60 days of snapshots: the last 7 days, then 4 weekly ones, plus 3 pre-restore."""
    daily = [_fake(MONDAY - timedelta(days=n)) for n in range(60)]
    pre = [_fake(MONDAY - timedelta(days=n, hours=1), PRE_RESTORE) for n in range(5)]
    keep = snapshots.snapshots_to_keep(daily + pre)
    kept_days = sorted((s.taken_at.date() for s in daily if s.path in keep), reverse=True)
    assert kept_days[:7] == [MONDAY.date() - timedelta(days=n) for n in range(7)]
    weekly = kept_days[7:]
    assert len(weekly) == 4
    assert len({d.isocalendar().week for d in weekly}) == 4
    assert all(d < MONDAY.date() - timedelta(days=6) for d in weekly)
    assert [s.path in keep for s in pre] == [True, True, True, False, False]


def test_rotation_with_gaps() -> None:
    """Days without work do not count: the last 7 days that have a snapshot are kept."""
    days = [MONDAY - timedelta(days=3 * n) for n in range(10)]  # back to Tue 9 April
    keep = snapshots.snapshots_to_keep([_fake(d) for d in days])
    assert {_fake(d).path for d in days[:7]} <= keep
    # The 3 older ones: 15 April (week 16), 12 and 9 April (both week 15, newest kept).
    assert keep - {_fake(d).path for d in days[:7]} == {_fake(days[7]).path, _fake(days[8]).path}


def test_maybe_snapshot_prunes(session: Session) -> None:
    """After 10 days in a row: 7 daily, plus the newest of the 3 older ones (one ISO week)."""
    removed: list[Path] = []
    for n in range(10):
        removed += snapshots.maybe_snapshot(session, MONDAY + timedelta(days=n)).removed
    assert len(snapshots.list_snapshots(session.paths)) == 8
    assert len(removed) == 2 and not any(p.exists() for p in removed)


def test_failed_verification_is_a_warning(session: Session, caseload: Caseload) -> None:
    """A copy that fails its checks (here: an index out of step) is discarded with a warning."""
    populate(caseload)
    with database(session).write() as conn:
        conn.execute("INSERT INTO facts_fts(rowid, facts) VALUES (999, 'zqstale')")
    outcome = snapshots.maybe_snapshot(session, MONDAY)
    assert outcome.taken is None
    assert [type(w) for w in outcome.warnings] == [BackupInvalid]
    assert list(session.paths.snapshots.iterdir()) == []


def test_housekeeping_removes_leftovers(session: Session) -> None:
    """Stale temp snapshots, scratch folders and orphan staging folders are removed."""
    session.paths.snapshots.mkdir()
    temp = new_temp(session.paths.snapshots)
    scratch = session.paths.folder / f"{snapshots.WORK_PREFIX}dead"
    scratch.mkdir()
    staging = swap.new_staging(session.paths.folder)
    assert snapshots.housekeeping(session) == ()
    assert not temp.exists() and not scratch.exists() and not staging.exists()
    with snapshots.work_folder(session.paths) as busy:
        snapshots.cleanup(session.paths)
        assert busy.exists()
    assert not busy.exists()


def test_pending_erasure_rewrites_snapshots(session: Session, caseload: Caseload) -> None:
    """A purge marker makes every snapshot holding the person be rewritten without them."""
    ids = populate(caseload)
    for n in range(3):
        snapshots.take_snapshot(session, MONDAY + timedelta(days=n))
    scrubs = purge.person_scrubs(database(session), [ids.marked], purge.ALL)
    assert snapshots.snapshots_holding(session, scrubs) == 3
    purge.purge_persons(database(session), [ids.marked], "past-term", "x")
    assert snapshots.finish_pending_erasure(session) == ()
    assert snapshots.snapshots_holding(session, scrubs) == 0
    assert purge.pending_scrubs(database(session)) == [] and not purge.compact_pending(
        database(session)
    )
    for snap in snapshots.list_snapshots(session.paths):
        assert canaries_in(snap.path, session.data_key()) == []


def test_unreadable_snapshot_is_deleted_during_erasure(
    session: Session, caseload: Caseload
) -> None:
    """A damaged snapshot that may hold the person is deleted (erasure wins), with a warning."""
    ids = populate(caseload)
    snap = snapshots.take_snapshot(session, MONDAY)
    data = bytearray(snap.path.read_bytes())
    data[5000] ^= 1
    snap.path.write_bytes(bytes(data))
    purge.purge_persons(database(session), [ids.marked], "past-term", "x")
    warnings = snapshots.finish_pending_erasure(session)
    assert [type(w) for w in warnings] == [BackupInvalid]
    assert not snap.path.exists()
    assert purge.pending_scrubs(database(session)) == []


def test_file_errors() -> None:
    """Operating-system errors map to the worker's vocabulary."""
    assert isinstance(snapshots.file_error(OSError(errno.ENOSPC, "full")), DiskFull)
    assert isinstance(snapshots.file_error(OSError(errno.EROFS, "ro")), VaultReadOnly)
    assert isinstance(snapshots.file_error(PermissionError(errno.EACCES, "no")), VaultReadOnly)
    assert type(snapshots.file_error(OSError(errno.EIO, "io"))) is CarnetError


def test_local_day() -> None:
    """The day of a moment is the local calendar day."""
    moment = datetime(2024, 5, 6, 12, 0, tzinfo=UTC)
    assert snapshots.local_day(moment) == moment.astimezone().date()
    assert isinstance(snapshots.local_day(moment), date)


def test_an_interrupted_erasure_is_finished_by_the_next_open(
    session: Session, caseload: Caseload
) -> None:
    """A purge killed after its commit (snapshots not yet rewritten) is finished by unlock,
    before anything else reads the vault; an orphan copy under the key that holds the
    person is deleted too."""
    ids = populate(caseload)
    snap = snapshots.take_snapshot(session, MONDAY)
    orphan = session.paths.folder / "carnet.db.orphan-20240101T000000Z"
    orphan.write_bytes(snap.path.read_bytes())
    purge.purge_persons(database(session), [ids.marked], "erasure-request", "x")  # then the kill
    folder, key = session.paths.folder, session.data_key()
    session.close()
    assert canaries_in(snap.path, key) != []  # still there: the erasure is pending
    reopened = unlock(folder, PASSPHRASE)
    try:
        assert not snapshots.erasure_pending(reopened)
        assert reopened.erasure_warnings == ()
        assert canaries_in(snap.path, key) == []
        assert not orphan.exists()
    finally:
        reopened.close()


def test_an_orphan_under_another_key_is_left_alone(session: Session, caseload: Caseload) -> None:
    """An orphan database that this vault's key does not open holds nothing of it: kept."""
    ids = populate(caseload)
    orphan = session.paths.folder / "carnet.db.orphan-20240101T000000Z"
    orphan.write_bytes(os.urandom(8192))
    purge.purge_persons(database(session), [ids.marked], "erasure-request", "x")
    assert snapshots.finish_pending_erasure(session) == ()
    assert orphan.exists()
