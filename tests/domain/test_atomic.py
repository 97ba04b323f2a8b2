"""Tests for app/domain/atomic.py: a small file is either the old or the new version."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.domain.atomic import atomic_write, fsync_directory, remove_stale_temps


def test_writes_new_file_private(tmp_path: Path) -> None:
    """A new file has the content and mode 0600, and no temp file is left."""
    target = tmp_path / "carnet.key"
    atomic_write(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["carnet.key"]


def test_replaces_existing_file(tmp_path: Path) -> None:
    """Writing over an existing file replaces its whole content (a new inode)."""
    target = tmp_path / "carnet.key"
    target.write_bytes(b"old content, longer than the new one")
    old_inode = target.stat().st_ino
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_ino != old_inode


def test_failure_leaves_old_state_and_no_temp(tmp_path: Path) -> None:
    """If the final rename fails, the target is untouched and the temp file is removed."""
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "inside").write_bytes(b"keep me")
    with pytest.raises(OSError):
        atomic_write(target, b"data")
    assert (target / "inside").read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["occupied"]


def test_fsync_directory_accepts_a_folder(tmp_path: Path) -> None:
    """Syncing a folder succeeds (it is what makes the rename durable)."""
    fsync_directory(tmp_path)


def test_remove_stale_temps_only_touches_this_files_temps(tmp_path: Path) -> None:
    """Leftovers of a killed write of carnet.key are removed; the file and other files stay."""
    target = tmp_path / "carnet.key"
    atomic_write(target, b"current")
    for name in (".carnet.key.abc123.tmp", ".carnet.key.zz_9.tmp"):
        (tmp_path / name).write_bytes(b"half a key file")
    kept = [".carnet.db.x.tmp", "carnet.key.tmp", ".carnet.key.x.tmp.bak", "notes.tmp"]
    for name in kept:
        (tmp_path / name).write_bytes(b"not ours")
    assert remove_stale_temps(target) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["carnet.key", *kept])
    assert target.read_bytes() == b"current"
    assert remove_stale_temps(target) == 0
