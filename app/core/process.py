"""Process hardening at start (no core dumps, private file modes); lowered worker threads."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

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


def run_lowered(work: Callable[[], T], niceness: int, name: str) -> T:
    """Run `work` on a thread of its own at a lower priority, wait, and give its result.

    On a two-core computer, long work that keeps a core busy (the key
    derivation, the page check) would otherwise compete with the GUI thread
    as an equal. A thread cannot raise its priority again, so the work gets a
    new thread rather than lowering a pooled one; threads it starts (Argon2's
    lanes) inherit the priority. Linux only: elsewhere `work` runs as it is.
    An error in `work` is raised here.
    """
    if not sys.platform.startswith("linux"):
        return work()
    outcome: list[T] = []
    failures: list[BaseException] = []

    def lowered() -> None:
        with contextlib.suppress(OSError, AttributeError):
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + niceness)
        try:
            outcome.append(work())
        except BaseException as exc:  # raised again in the caller's thread
            failures.append(exc)

    thread = threading.Thread(target=lowered, name=name, daemon=True)
    thread.start()
    thread.join()
    if failures:
        raise failures[0]
    return outcome[0]
