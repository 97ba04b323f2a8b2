"""Tests for app/core/process.py: no core dumps, private file modes.

Hardening changes the whole process, so it runs in a subprocess: the test
process itself is left as it was.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import ctypes, ctypes.util, json, os, resource, sys
from app.core.process import core_dumps_disabled, harden_process
harden_process()
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
umask = os.umask(0o077)
print(json.dumps({
    "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
    "dumpable": libc.prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else 0,
    "umask": umask,
    "reported": core_dumps_disabled(),
}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CORE and umask are POSIX")
def test_harden_process_disables_core_dumps() -> None:
    """After harden_process(): RLIMIT_CORE is 0 (soft and hard), not dumpable, umask 077."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    state = json.loads(out)
    assert state["core"] == [0, 0]
    assert state["dumpable"] == 0  # PR_GET_DUMPABLE
    assert state["umask"] == 0o077
    assert state["reported"] is True


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CORE is POSIX")
def test_core_dumps_disabled_reports_a_raised_limit() -> None:
    """With core dumps allowed, core_dumps_disabled() says so (it reads the real limit)."""
    code = (
        "import resource\n"
        "from app.core.process import core_dumps_disabled\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "if hard == 0:\n"
        "    print('SKIP')\n"
        "else:\n"
        "    soft = 1024 if hard < 0 else min(1024, hard)\n"
        "    resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))\n"
        "    print(core_dumps_disabled())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60
    ).stdout.strip()
    if out == "SKIP":
        pytest.skip("the hard RLIMIT_CORE is 0 here: core dumps cannot be enabled")
    assert out == "False"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priority: Linux")
def test_run_lowered_gives_the_result_from_a_lower_thread() -> None:
    """The work runs on another thread at a lower priority; the caller's priority is unchanged."""
    import os
    import threading

    from app.core.process import run_lowered

    def mine() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    before = mine()
    seen = run_lowered(lambda: (threading.get_native_id(), mine()), 3, "test-lowered")
    assert seen[0] != threading.get_native_id()
    assert seen[1] == min(19, before + 3)
    assert mine() == before


def test_run_lowered_raises_the_works_error_in_the_caller() -> None:
    """An error inside the work reaches the caller, as if it had run there."""
    from app.core.process import run_lowered

    def fail() -> None:
        raise ValueError("dans le fil")

    with pytest.raises(ValueError, match="dans le fil"):
        run_lowered(fail, 3, "test-lowered")
