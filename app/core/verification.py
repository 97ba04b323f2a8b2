"""Authenticate every page of an unlocked vault, on a connection of its own.

The desktop app unlocks without reading the whole file (see `open_session`)
and runs this off the GUI thread right after: a damaged page is found within
seconds, and the window then locks and offers a restore. Its own connection
means the worker's reads and saves never wait for it.

At a million notes the check decrypts 1.5 GB for 8 s or more. On a two-core
computer it would take a core from the GUI thread and from the first searches,
so on Linux it runs on a thread of its own at a lower priority (`run_lowered`).
"""

from __future__ import annotations

from app.core.process import run_lowered
from app.core.session import Session
from app.storage.connection import open_database
from app.storage.vaultcheck import verify_pages

BACKGROUND_NICENESS = 10


def verify_pages_apart(session: Session) -> None:
    """Decrypt and authenticate every page; raises VaultCorrupted on the first bad one."""

    def check() -> None:
        db = open_database(session.paths.database, session.data_key())
        try:
            verify_pages(db)
        finally:
            db.close()

    run_lowered(check, BACKGROUND_NICENESS, "carnet-page-check")
