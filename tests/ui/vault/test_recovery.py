"""Tests for app/ui/vault/recovery.py: the recovery key opens the vault and sets a passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.paths import VaultPaths
from app.core.vault import unlock
from app.domain.errors import WrongPassphrase
from app.ui.shell.main_window import MainWindow
from app.ui.vault.recovery import RecoveryDialog
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)

NEW_PASSPHRASE = "lanterne bleue du port de brest"


def open_recovery(qtbot: QtBot, window: MainWindow) -> RecoveryDialog:
    qtbot.mouseClick(window.unlock_screen.forgot_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(RecoveryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_recovery_key_opens_and_sets_a_new_passphrase(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Forgot passphrase → recovery key + new passphrase twice → unlocked; old one refused."""
    window = make_window(existing_vault.folder)
    dialog = open_recovery(qtbot, window)
    qtbot.keyClicks(dialog.key_field, existing_vault.recovery_key.lower().replace("-", " "))
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, NEW_PASSPHRASE)
    dialog.try_recover()
    qtbot.waitUntil(lambda: window.session is not None, timeout=BACKGROUND_TIMEOUT_MS)
    assert window.current_page() is window.workspace
    assert not dialog.isVisible()
    assert dialog.key_field.text() == "" and dialog.new_passphrase.text() == ""
    window.lock.lock()
    with pytest.raises(WrongPassphrase):
        unlock(existing_vault.folder, existing_vault.passphrase)
    unlock_through_screen(qtbot, window, NEW_PASSPHRASE)
    assert window.session is not None and window.session.is_open


def test_wrong_recovery_key_is_refused(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A mistyped recovery key says so, and the vault stays locked."""
    window = make_window(existing_vault.folder)
    dialog = open_recovery(qtbot, window)
    qtbot.keyClicks(dialog.key_field, "ABCD-" * 7 + "ABCD")
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, NEW_PASSPHRASE)
    dialog.try_recover()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)
    assert "recovery key is not correct" in dialog.message.text()
    assert window.session is None
    assert dialog.isVisible()
    dialog.reject()


def test_recovery_refuses_weak_new_passphrase_before_any_work(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A weak new passphrase is refused before the key file is touched."""
    window = make_window(existing_vault.folder)
    before = VaultPaths(existing_vault.folder).keyfile.read_bytes()
    dialog = open_recovery(qtbot, window)
    qtbot.keyClicks(dialog.key_field, existing_vault.recovery_key)
    qtbot.keyClicks(dialog.new_passphrase, "password1")
    qtbot.keyClicks(dialog.confirm, "password1")
    dialog.try_recover()
    assert not dialog.is_busy()
    assert "too weak" in dialog.message.text()
    assert VaultPaths(existing_vault.folder).keyfile.read_bytes() == before
    dialog.reject()


def test_the_key_field_shows_the_whole_key_pattern(
    qtbot: QtBot, tmp_path: Path, large_text: None
) -> None:
    """In large text (150 %), the recovery-key field is wider than its eight-group placeholder."""
    dialog = RecoveryDialog(tmp_path / "vault")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.key_field
    assert field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.geometry().right() < dialog.width() - dialog.layout().contentsMargins().right()


def _active_recovery_dialog(qtbot: QtBot, tmp_path: Path) -> RecoveryDialog:
    """The dialog shown and active, so that the cursor and Enter are really there."""
    dialog = RecoveryDialog(tmp_path / "vault")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def test_enter_in_the_recovery_key_moves_on_then_opens(qtbot: QtBot, tmp_path: Path) -> None:
    """Enter in the key goes to the next empty field, refusing nothing; all typed, it is OK."""
    dialog = _active_recovery_dialog(qtbot, tmp_path)
    dialog.key_field.setFocus()
    qtbot.keyClicks(dialog.key_field, "ABCD-" * 7 + "ABCD")
    qtbot.keyClick(dialog.key_field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.new_passphrase
    assert dialog.message.isHidden() and dialog.message.text() == ""
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    dialog.key_field.setFocus()
    qtbot.keyClick(dialog.key_field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.confirm and dialog.message.isHidden()
    qtbot.keyClicks(dialog.confirm, NEW_PASSPHRASE + "!")
    dialog.key_field.setFocus()
    qtbot.keyClick(dialog.key_field, Qt.Key.Key_Return)  # all typed: the dialog's OK
    assert "different" in dialog.message.text() and not dialog.is_busy()


def test_a_different_confirmation_is_emptied_and_gets_the_cursor(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Refused because the two passphrases differ: the confirmation is emptied, the cursor there."""
    dialog = _active_recovery_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.key_field, "ABCD-" * 7 + "ABCD")
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, NEW_PASSPHRASE + "!")
    dialog.key_field.setFocus()
    dialog.try_recover()
    assert "different" in dialog.message.text() and not dialog.is_busy()
    assert dialog.confirm.text() == "" and QApplication.focusWidget() is dialog.confirm
