"""Write a small file so that a crash leaves either the old or the new version."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_directory(folder: Path) -> None:
    """Make a rename durable. Not possible on Windows, where it is a no-op."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file in the same folder, fsync, os.replace, fsync of the folder."""
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(path.parent)


def remove_stale_temps(path: Path) -> int:
    """Delete temp files that a killed `atomic_write(path, …)` left behind; return how many.

    Only call this while no other writer can be running (the vault lock is held):
    a stale key-file temp still wraps the data key under an older passphrase.
    """
    removed = 0
    for stale in path.parent.glob(f"{_temp_prefix(path)}*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
            removed += 1
    return removed
