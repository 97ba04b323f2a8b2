"""Tests for app/ui/vault/unlock.py: unlocking off-thread, each failure's own message."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.paths import VaultPaths
from tests.ui.conftest import (
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)


def test_existing_vault_opens_on_the_unlock_screen(
    make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """With a vault present, the window starts locked, cursor in the passphrase field."""
    window = make_window(existing_vault.folder)
    assert window.current_page() is window.unlock_screen
    assert window.wizard is None
    assert window.focusWidget() is window.unlock_screen.passphrase
    assert window.session is None


def test_right_passphrase_opens_the_workspace(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Enter with the right passphrase unlocks off-thread and shows the workspace."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert window.current_page() is window.workspace
    assert window.session is not None and window.session.is_open
    assert window.lock.action.isEnabled()
    assert window.unlock_screen.passphrase.text() == ""


def test_wrong_passphrase_is_said_plainly_and_field_cleared(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A wrong passphrase: plain message, field emptied and focused, still locked."""
    window = make_window(existing_vault.folder)
    screen = window.unlock_screen
    unlock_through_screen(qtbot, window, "wrong wrong wrong")
    assert window.current_page() is screen
    assert screen.message.isVisible()
    assert "passphrase is not correct" in screen.message.text()
    assert "Caps Lock" in screen.message.text()
    assert screen.passphrase.text() == ""
    assert screen.passphrase.hasFocus()
    assert window.session is None


@pytest.fixture
def held_by_another_process(existing_vault: VaultOnDisk) -> Iterator[None]:
    """Another process holds the vault's lock until the test ends."""
    code = (
        "import sys; from pathlib import Path; from app.storage.lockfile import VaultLock; "
        "lock = VaultLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); "
        "sys.stdin.read()"
    )
    lockfile = VaultPaths(existing_vault.folder).lockfile
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(lockfile)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        yield
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


def test_vault_in_use_elsewhere_says_to_close_it(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    held_by_another_process: None,
) -> None:
    """When another process has the vault open, the message says to close it first."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    message = window.unlock_screen.message.text()
    assert "already open in another Carnet window" in message
    assert "Close it first" in message
    assert window.session is None
    # Not a wrong passphrase: the field keeps what was typed, to retry once closed.
    assert window.unlock_screen.passphrase.text() == existing_vault.passphrase


def rewrite_keyfile(folder: Path, change: dict[str, object]) -> None:
    path = VaultPaths(folder).keyfile
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(change)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ({"version": 99}, "newer version of Carnet"),
        ({"slots": "garbage"}, "Restore a backup"),
    ],
    ids=["too-new", "corrupted"],
)
def test_damaged_or_newer_key_file_has_its_own_message(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    damage: dict[str, object],
    expected: str,
) -> None:
    """A key file from a newer version, or a damaged one, each says what to do."""
    rewrite_keyfile(existing_vault.folder, damage)
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert expected in window.unlock_screen.message.text()
    assert window.session is None


def test_database_without_key_file_is_never_offered_the_wizard(
    make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A vault whose key file is gone shows the unlock screen with advice, not first run."""
    VaultPaths(existing_vault.folder).keyfile.unlink()
    window = make_window(existing_vault.folder)
    assert window.current_page() is window.unlock_screen
    assert window.wizard is None
    assert "Restore a backup" in window.unlock_screen.message.text()


def test_restoring_moves_up_under_the_message_when_it_is_the_way(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Restoring sits last, right-aligned; when the vault is damaged it comes under the message."""
    VaultPaths(existing_vault.folder).keyfile.unlink()
    window = make_window(existing_vault.folder)
    screen = window.unlock_screen
    restore, unlock_button, message = screen.restore_button, screen.unlock_button, screen.message

    def top(widget: QWidget) -> int:
        return widget.mapTo(screen, QPoint(0, 0)).y()

    qtbot.waitUntil(lambda: top(restore) > top(message))
    assert top(message) < top(restore) < top(unlock_button)
    right = screen.passphrase.mapTo(screen, QPoint(screen.passphrase.width(), 0)).x()
    assert restore.mapTo(screen, QPoint(restore.width(), 0)).x() == right
    screen.reset()
    qtbot.waitUntil(lambda: top(restore) > top(screen.forgot_button))
    assert unlock_button.mapTo(screen, QPoint(unlock_button.width(), 0)).x() == right
