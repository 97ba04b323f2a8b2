"""One process at a time per vault: an OS file lock beside the database.

The OS releases the lock when the process dies, so a crash never leaves the
vault stuck; a second copy of Carnet gets VaultInUse instead of two writers.
"""

from __future__ import annotations

import errno
from pathlib import Path

from filelock import FileLock, Timeout

from app.domain.errors import VaultInUse, VaultReadOnly


class VaultLock:
    def __init__(self, path: Path) -> None:
        self._lock = FileLock(
            str(path), timeout=0, mode=0o600, thread_local=False, is_singleton=False
        )

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise VaultInUse() from exc
        except PermissionError as exc:
            raise VaultReadOnly() from exc
        except OSError as exc:  # a read-only file system is EROFS, not a PermissionError
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise VaultReadOnly() from exc
            raise

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)
