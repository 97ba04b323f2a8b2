"""Tests for app/ui/shell/vault_upkeep.py: snapshots at unlock, restore from the window."""

from __future__ import annotations

import stat
from datetime import date

from pytestqt.qtbot import QtBot

from app.core import snapshots
from app.core.caseload import Caseload
from app.core.restore import RestoreRequest
from app.domain.models import InterviewDraft, PersonDraft
from app.ui.shell.tasks import wait_for_background
from tests.ui.conftest import VaultOnDisk, WindowFactory, unlock_through_screen


def test_unlocking_takes_todays_snapshot(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Unlocking through the window leaves one verified snapshot of the day in the vault."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert window.session is not None
    paths = window.session.paths
    qtbot.waitUntil(lambda: len(snapshots.list_snapshots(paths)) == 1, timeout=20_000)
    wait_for_background()


def test_restoring_a_snapshot_reopens_the_workspace_on_the_old_state(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A restore asked from the settings replaces the vault and the window comes back on it."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: len(snapshots.list_snapshots(session.paths)) == 1, timeout=20_000)
    wait_for_background()
    snapshot = snapshots.list_snapshots(session.paths)[0]
    caseload = Caseload(session)
    person = caseload.add_person(PersonDraft("Added after the snapshot"))
    caseload.add_interview(person, InterviewDraft(date(2026, 11, 2)), "écrit après la copie")
    with qtbot.waitSignal(window.upkeep.restored, timeout=30_000):
        window._restore(RestoreRequest(snapshot.path))
    restored = window.session
    assert restored is not None and restored.is_open and restored is not session
    aliases = [row.alias for row in Caseload(restored).person_rows(date(2026, 11, 24))]
    assert "Added after the snapshot" not in aliases
    assert window.current_page() is window.workspace
    wait_for_background()


def test_unlock_tightens_loose_modes_and_says_so(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A vault folder left at 0755 (files 0644) is 0700/0600 after a GUI unlock, said once."""
    folder = existing_vault.folder
    folder.chmod(0o755)
    for path in folder.iterdir():
        if path.is_file():
            path.chmod(0o644)
    window = make_window(folder)
    said: list[str] = []
    window.upkeep.status.connect(said.append)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir() if p.is_file())
    assert len([text for text in said if "permissions" in text]) == 1
    wait_for_background()
