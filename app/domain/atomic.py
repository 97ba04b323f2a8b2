"""Write a file so that a crash leaves either the old or the new version (stdlib only).

The one atomic-write sequence of Carnet (key file, restore journal, register
exports, summaries): a temp file in the same folder, fsync, `os.replace`,
fsync of the folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_directory(folder: Path, *, best_effort: bool = False) -> None:
    """Make a rename durable. Not possible on Windows, where it is a no-op.

    `best_effort` ignores a folder that refuses fsync (some removable drives).
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        if not best_effort:
            raise


def fsync_file(path: Path) -> None:
    """Flush a file that is already written and closed to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_prefix(path: Path) -> str:
    """How the temp files of `atomic_write(path, …)` begin (to find stale ones)."""
    return f".{path.name}."


def atomic_write(
    path: Path,
    data: bytes,
    mode: int = 0o600,
    *,
    prefix: str | None = None,
    suffix: str = ".tmp",
    best_effort_folder_sync: bool = False,
) -> None:
    """Temp file in the same folder, fsync, os.replace, fsync of the folder.

    On any failure the temp file is removed and the previous `path` is intact.
    """
    fd, tmp_name = tempfile.mkstemp(
        prefix=temp_prefix(path) if prefix is None else prefix, suffix=suffix, dir=path.parent
    )
    tmp = Path(tmp_name)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(path.parent, best_effort=best_effort_folder_sync)


def remove_stale_temps(path: Path) -> int:
    """Delete temp files that a killed `atomic_write(path, …)` left behind; return how many.

    Only call this while no other writer can be running (the vault lock is held):
    a stale key-file temp still wraps the data key under an older passphrase.
    """
    removed = 0
    for stale in path.parent.glob(f"{temp_prefix(path)}*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
            removed += 1
    return removed
