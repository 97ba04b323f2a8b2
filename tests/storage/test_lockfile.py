"""Tests for app/storage/lockfile.py: one holder per vault, released on demand or on death."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.errors import VaultInUse
from app.storage.lockfile import VaultLock


def test_second_holder_is_refused(tmp_path: Path) -> None:
    """While one VaultLock holds the file, another gets VaultInUse at once."""
    first, second = VaultLock(tmp_path / "carnet.lock"), VaultLock(tmp_path / "carnet.lock")
    first.acquire()
    try:
        assert first.held
        with pytest.raises(VaultInUse):
            second.acquire()
        assert not second.held
    finally:
        first.release()


def test_release_frees_the_vault(tmp_path: Path) -> None:
    """After release another holder can take the lock; releasing twice is harmless."""
    first, second = VaultLock(tmp_path / "carnet.lock"), VaultLock(tmp_path / "carnet.lock")
    first.acquire()
    first.release()
    first.release()
    assert not first.held
    second.acquire()
    assert second.held
    second.release()


def test_lock_file_is_private(tmp_path: Path) -> None:
    """The lock file is created 0600 and stays empty (it holds nothing about anyone)."""
    lock = VaultLock(tmp_path / "carnet.lock")
    lock.acquire()
    lock.release()
    path = tmp_path / "carnet.lock"
    assert path.stat().st_mode & 0o077 == 0
    assert path.read_bytes() == b""


def test_lock_dies_with_its_process(tmp_path: Path) -> None:
    """A process that takes the lock and is killed leaves the vault free (the OS drops it)."""
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from app.storage.lockfile import VaultLock\n"
        "VaultLock(Path(sys.argv[1])).acquire()\n"
        "os._exit(0)  # no release: the OS must drop the lock\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "carnet.lock")], check=True)
    lock = VaultLock(tmp_path / "carnet.lock")
    lock.acquire()
    lock.release()
