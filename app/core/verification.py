"""Authenticate every page of an unlocked vault, on a connection of its own.

The desktop app unlocks without reading the whole file (see `open_session`)
and runs this off the GUI thread right after: a damaged page is found within
seconds, and the window then locks and offers a restore. Its own connection
means the worker's reads and saves never wait for it.

At a million notes the check decrypts 1.5 GB for 8 s or more. On a two-core
computer it would take a core from the GUI thread and from the first searches,
so on Linux it runs on a thread of its own at a lower priority (a thread
cannot take its priority back, so a pooled worker thread is never lowered).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading

from app.core.session import Session
from app.storage.connection import open_database
from app.storage.vaultcheck import verify_pages

BACKGROUND_NICENESS = 10


def verify_pages_apart(session: Session) -> None:
    """Decrypt and authenticate every page; raises VaultCorrupted on the first bad one."""
    failures: list[BaseException] = []

    def check() -> None:
        _lower_this_thread()
        try:
            db = open_database(session.paths.database, session.data_key())
            try:
                verify_pages(db)
            finally:
                db.close()
        except BaseException as exc:  # raised again in the caller's thread
            failures.append(exc)

    thread = threading.Thread(target=check, name="carnet-page-check", daemon=True)
    thread.start()
    thread.join()
    if failures:
        raise failures[0]


def _lower_this_thread() -> None:
    """Linux only: there, a thread id names the thread alone for setpriority."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            tid = threading.get_native_id()
            os.setpriority(
                os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + BACKGROUND_NICENESS
            )
