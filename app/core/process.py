"""Process hardening at start: no core dumps, private file modes."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """A crash must not write decrypted notes to a core file; new files are 0600."""
    if os.name == "posix":
        os.umask(0o077)
        with contextlib.suppress(ImportError, ValueError, OSError):
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            # The running process's own symbols include libc's prctl: no need for
            # ctypes.util.find_library, which spawns a compiler or ldconfig.
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def core_dumps_disabled() -> bool:
    try:
        import resource
    except ImportError:
        return True
    return resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
