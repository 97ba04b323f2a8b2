"""Tests for app/core/verification.py: the page check that runs after a quick unlock."""

from __future__ import annotations

import os
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from app.core import verification
from app.core.caseload import Caseload
from app.core.vault import create_vault, unlock
from app.core.verification import verify_pages_apart
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import VaultCorrupted
from app.domain.models import InterviewDraft, PersonDraft

PASSPHRASE = "vérification des pages du coffre"
PAGE = 4096


def _vault_of_many_pages(folder: Path) -> None:
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    caseload = Caseload(created.session)
    person = caseload.add_person(PersonDraft("Mme Pages"))
    for note in range(30):
        caseload.add_interview(
            person, InterviewDraft(held_on=date(2025, 1, 2)), f"note {note} " + "mot " * 500
        )
    created.session.close()


def test_sound_vault_passes(tmp_path: Path) -> None:
    """A sound vault opened without the check passes it afterwards, and stays usable."""
    _vault_of_many_pages(tmp_path / "v")
    session = unlock(tmp_path / "v", PASSPHRASE, verify_pages_now=False)
    try:
        verify_pages_apart(session)
        assert session.counts().interviews == 30
    finally:
        session.close()


def test_damage_is_found_after_a_quick_unlock(tmp_path: Path) -> None:
    """A flipped byte far in the file: the quick unlock opens, the check after it refuses."""
    folder = tmp_path / "v"
    _vault_of_many_pages(folder)
    database = folder / "carnet.db"
    data = bytearray(database.read_bytes())
    data[(len(data) // PAGE - 3) * PAGE + 2000] ^= 0x10
    database.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted):
        unlock(folder, PASSPHRASE).close()  # the CLI's unlock still checks first
    session = unlock(folder, PASSPHRASE, verify_pages_now=False)
    try:
        with pytest.raises(VaultCorrupted):
            verify_pages_apart(session)
    finally:
        session.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priority: Linux")
def test_the_check_runs_lower_and_leaves_the_callers_thread_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages are checked on a thread of lower priority; the calling thread keeps its own."""
    from app.storage import vaultcheck

    _vault_of_many_pages(tmp_path / "v")
    session = unlock(tmp_path / "v", PASSPHRASE, verify_pages_now=False)
    seen: list[int] = []
    real = vaultcheck.verify_pages

    def spy(db: object) -> None:
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        real(db)  # type: ignore[arg-type]

    monkeypatch.setattr(verification, "verify_pages", spy)
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    try:
        verify_pages_apart(session)
    finally:
        session.close()
    assert seen == [min(19, mine + verification.BACKGROUND_NICENESS)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
