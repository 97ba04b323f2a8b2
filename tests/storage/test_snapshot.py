"""Snapshot files: verified writing, names, listing, temp files, rewriting."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import Session, database
from app.domain.errors import BackupInvalid, CarnetError
from app.storage.connection import Database
from app.storage.export_copy import table_counts
from app.storage.snapshot import (
    AUTO,
    PRE_RESTORE,
    claimed,
    final_path,
    list_files,
    new_temp,
    parse_name,
    rewrite_copy,
    stale_temps,
    verify_copy,
    write_snapshot,
)
from tests.support.backup_data import populate

WHEN = datetime(2024, 5, 1, 9, 30, 15, tzinfo=UTC)


def test_write_snapshot(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """A snapshot is a verified, private copy with every row, and no temp file remains."""
    populate(caseload)
    folder = tmp_path / "snaps"
    path = write_snapshot(database(session), folder, session.data_key(), WHEN, AUTO)
    assert path.name == "carnet-20240501T093015Z-auto.db"
    assert verify_copy(path, session.data_key(), writable=False) == table_counts(database(session))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_names_are_unique(tmp_path: Path) -> None:
    """Two snapshots in the same second get distinct names that still parse."""
    first = final_path(tmp_path, WHEN, PRE_RESTORE)
    first.write_bytes(b"x")
    second = final_path(tmp_path, WHEN, PRE_RESTORE)
    assert second != first
    assert parse_name(first) == parse_name(second) == (WHEN.replace(second=15), PRE_RESTORE)


def test_listing(tmp_path: Path) -> None:
    """Snapshots are listed newest first; other files are ignored."""
    for stamp in ("20240101T000000Z-auto", "20240301T000000Z-pre-restore", "20240201T000000Z-auto"):
        (tmp_path / f"carnet-{stamp}.db").write_bytes(b"x")
    (tmp_path / "notes.txt").write_bytes(b"x")
    (tmp_path / ".tmp-abc.db").write_bytes(b"x")
    listed = list_files(tmp_path)
    assert [f.taken_at.month for f in listed] == [3, 2, 1]
    assert [f.kind for f in listed] == [PRE_RESTORE, AUTO, AUTO]
    assert list_files(tmp_path / "absent") == []


def test_stale_temps_skip_claimed(tmp_path: Path) -> None:
    """Only temp files no thread of this process is writing are stale."""
    busy, left = new_temp(tmp_path), new_temp(tmp_path)
    with claimed(busy):
        assert stale_temps(tmp_path) == [left]
    assert sorted(stale_temps(tmp_path)) == sorted([busy, left])
    assert stat.S_IMODE(busy.stat().st_mode) == 0o600


def test_verify_compares_counts(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """A copy whose counts differ from the source is BackupInvalid."""
    populate(caseload)
    path = write_snapshot(database(session), tmp_path, session.data_key(), WHEN, AUTO)
    wrong = dict(table_counts(database(session)), persons=99)
    with pytest.raises(BackupInvalid):
        verify_copy(path, session.data_key(), wrong)


def test_verify_refuses_damage(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """A flipped byte in any page makes the snapshot BackupInvalid."""
    populate(caseload)
    path = write_snapshot(database(session), tmp_path, session.data_key(), WHEN, AUTO)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        verify_copy(path, session.data_key(), writable=False)


def test_rewrite_copy(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """rewrite_copy replaces the file with the edited, verified copy."""
    ids = populate(caseload)
    path = write_snapshot(database(session), tmp_path, session.data_key(), WHEN, AUTO)

    def drop_other(copy: Database) -> None:
        with copy.write() as conn:
            conn.execute("DELETE FROM persons WHERE id = ?", (ids.other,))

    rewrite_copy(path, session.data_key(), drop_other)
    assert verify_copy(path, session.data_key())["persons"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [path.name]


def test_failed_rewrite_keeps_the_original(session: Session, tmp_path: Path) -> None:
    """If the edit fails, the snapshot is byte for byte as before and no temp remains."""
    path = write_snapshot(database(session), tmp_path, session.data_key(), WHEN, AUTO)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def fail(copy: Database) -> None:
        copy.query("SELECT * FROM no_such_table")

    with pytest.raises(CarnetError):
        rewrite_copy(path, session.data_key(), fail)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [path.name]


def test_wrong_key_is_invalid(session: Session, tmp_path: Path) -> None:
    """A snapshot of another vault (another key) is BackupInvalid."""
    path = write_snapshot(database(session), tmp_path, session.data_key(), WHEN, AUTO)
    with pytest.raises(BackupInvalid):
        verify_copy(path, os.urandom(32))
