"""The backup and restore dialogs: refusals said plainly, secrets handed over once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.restore import RestoreRequest
from app.ui.backups.backup_dialogs import BackupDialog, RestoreDialog, fill

BACKUP_PASS = "phrase de la clé USB, longue et à part"
TYPED = "phrase de la cle USB, longue et a part"  # keyClicks types no accented letter


def _backup_dialog(qtbot: QtBot) -> BackupDialog:
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_backup_dialog_refusals(qtbot: QtBot, tmp_path: Path) -> None:
    """No file, a weak passphrase, two different ones: the dialog stays open and says why."""
    dialog = _backup_dialog(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and "Choose where" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "b"))
    dialog.passphrase.setText("azerty")
    dialog.confirm.setText("azerty")
    ok.click()
    assert dialog.isVisible() and "too weak" in dialog.message.text()
    dialog.passphrase.setText(BACKUP_PASS)
    dialog.confirm.setText(BACKUP_PASS + "!")
    ok.click()
    assert dialog.isVisible() and "different" in dialog.message.text()


def test_backup_dialog_hands_over_once(qtbot: QtBot, tmp_path: Path) -> None:
    """Accepted: the fields are emptied and the choice can be taken exactly once."""
    dialog = _backup_dialog(qtbot)
    dialog.path.setText(str(tmp_path / "b"))
    dialog.passphrase.setText(BACKUP_PASS)
    dialog.confirm.setText(BACKUP_PASS)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    assert dialog.take() == (tmp_path / "b", BACKUP_PASS)
    assert dialog.take() is None


def test_restore_dialog_for_a_snapshot(qtbot: QtBot, tmp_path: Path) -> None:
    """A snapshot needs no passphrase; confirming hands the request over."""
    dialog = RestoreDialog(tmp_path / "s.db", False, None)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.passphrase.isVisible()
    with qtbot.waitSignal(dialog.confirmed) as confirmed:
        dialog.go.click()
    assert confirmed.args[0] == RestoreRequest(tmp_path / "s.db", None)


def test_fill_placeholders() -> None:
    """Placeholders are replaced once each, even when a value contains another one."""
    assert fill("%1 then %2", "a%2", 3) == "a%2 then 3"


def test_enter_in_the_backup_passphrase_moves_on_then_enter_again_saves(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Enter in the first field goes to the confirmation, refusing nothing; Enter there is OK."""
    dialog = _backup_dialog(qtbot)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.path.setText(str(tmp_path / "b"))
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, TYPED)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.confirm
    assert dialog.isVisible() and dialog.message.isHidden() and dialog.message.text() == ""
    assert dialog.take() is None
    qtbot.keyClicks(dialog.confirm, TYPED)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.take() == (tmp_path / "b", TYPED)


def _active_backup_dialog(qtbot: QtBot) -> BackupDialog:
    dialog = _backup_dialog(qtbot)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def test_enter_in_the_file_moves_on_then_enter_again_is_ok(qtbot: QtBot, tmp_path: Path) -> None:
    """Enter in the file path goes to the next empty field, refusing nothing; all typed: OK."""
    dialog = _active_backup_dialog(qtbot)
    dialog.path.setFocus()
    qtbot.keyClicks(dialog.path, str(tmp_path / "b"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.passphrase
    assert dialog.isVisible() and dialog.message.isHidden() and dialog.message.text() == ""
    qtbot.keyClicks(dialog.passphrase, TYPED)
    dialog.path.setFocus()
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.confirm and dialog.message.isHidden()
    qtbot.keyClicks(dialog.confirm, TYPED)
    dialog.path.setFocus()
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.take() == (tmp_path / "b", TYPED)


def test_a_different_confirmation_is_emptied_and_gets_the_cursor(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Refused because the two passphrases differ: the confirmation is emptied, the cursor there."""
    dialog = _active_backup_dialog(qtbot)
    dialog.path.setText(str(tmp_path / "b"))
    dialog.passphrase.setText(BACKUP_PASS)
    dialog.confirm.setText(BACKUP_PASS + "!")
    dialog.path.setFocus()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "different" in dialog.message.text()
    assert dialog.confirm.text() == "" and QApplication.focusWidget() is dialog.confirm
