"""Tests for app/ui/settings/rekey.py: renewing the vault key from Settings › Security."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.vault import unlock, unlock_with_recovery_key
from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import WrongRecoveryKey
from app.ui.settings.rekey import RekeyConfirmDialog
from app.ui.settings.settings_security import NewRecoveryKeyDialog
from app.ui.shell.main_window import MainWindow
from tests.support.rekey import database_files, mark_recovery_key_unseen, opens
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)
from tests.ui.settings.test_settings import NEW_PASSPHRASE, change_passphrase, open_settings


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk) -> MainWindow:
    """The main window, unlocked on a vault with one person."""
    built = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, built, existing_vault.passphrase)
    assert built.session is not None
    return built


def _confirm_dialog(qtbot: QtBot, window: MainWindow) -> RekeyConfirmDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RekeyConfirmDialog)))
    return next(d for d in window.findChildren(RekeyConfirmDialog) if d.isVisible())


def _renew(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    """Settings › Security › Renew, type the passphrase, confirm, wait for the end."""
    dialog = open_settings(qtbot, window)
    qtbot.mouseClick(dialog.security.rekey_button, Qt.MouseButton.LeftButton)
    confirm = _confirm_dialog(qtbot, window)
    qtbot.keyClicks(confirm.passphrase, passphrase)
    qtbot.mouseClick(confirm.renew, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_rekeying(), timeout=BACKGROUND_TIMEOUT_MS)


def test_renewal_shows_a_new_recovery_key_and_retires_the_old(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk, tmp_path: Path
) -> None:
    """The key is renewed off the GUI thread; the new paper key works, the old key file does not."""
    folder = existing_vault.folder
    old_keyfile = shutil.copyfile(folder / "carnet.key", tmp_path / "old.key")
    old_session = window.session
    _renew(qtbot, window, existing_vault.passphrase)
    shown = next(d for d in window.findChildren(NewRecoveryKeyDialog) if d.isVisible())
    key = "-".join(shown.view.groups())
    assert len(key.split("-")) == 8 and key != existing_vault.recovery_key
    assert window.session is not None and window.session is not old_session
    assert window.session.is_open and window.current_page() is window.workspace
    shown.accept()
    window.lock.lock()
    old_key = kf.unwrap_with_passphrase(kf.read_keyfile(old_keyfile), existing_vault.passphrase)
    assert not any(opens(path, old_key) for path in database_files(folder))
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(folder, existing_vault.recovery_key, NEW_PASSPHRASE, TEST_PARAMS)
    unlock_with_recovery_key(folder, key, NEW_PASSPHRASE, TEST_PARAMS).close()


def test_wrong_passphrase_keeps_the_vault_open(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """A wrong passphrase changes nothing: a plain message, the same session, the workspace back."""
    before = (existing_vault.folder / "carnet.key").read_bytes()
    session = window.session
    _renew(qtbot, window, "pas la bonne phrase de passe")
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "error_box"]
    assert boxes and "not correct" in boxes[-1].text()
    assert window.session is session and session is not None and session.is_open
    assert window.current_page() is window.workspace
    assert (existing_vault.folder / "carnet.key").read_bytes() == before


def test_offered_after_a_passphrase_change(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """After a passphrase change the renewal is offered, because someone may know the old one."""
    dialog = open_settings(qtbot, window)
    change_passphrase(qtbot, dialog, existing_vault.passphrase, NEW_PASSPHRASE)
    confirm = _confirm_dialog(qtbot, window)
    assert "may have known the old one" in confirm.explanation.text()
    confirm.reject()
    dialog.reject()
    window.lock.lock()
    unlock(existing_vault.folder, NEW_PASSPHRASE).close()


def test_an_interrupted_renewal_is_told_at_unlock(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """An open that completed a renewal whose recovery key was never shown says so."""
    mark_recovery_key_unseen(existing_vault.folder, existing_vault.passphrase)
    built = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, built, existing_vault.passphrase)
    boxes = [b for b in built.findChildren(QMessageBox) if b.isVisible()]
    assert [b.objectName() for b in boxes] == ["unseen_recovery_key_box"]
    assert "never shown" in boxes[0].text()
