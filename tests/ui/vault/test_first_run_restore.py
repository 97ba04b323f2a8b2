"""Tests for app/ui/vault/first_run_restore.py: a new computer's vault from an external backup."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import backup
from app.core.caseload import Caseload
from app.core.paths import VaultPaths
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.ui.shell.main_window import MainWindow
from app.ui.vault import first_run_restore
from app.ui.vault.first_run import (
    PAGE_CHECK,
    PAGE_KEY,
    PAGE_PASSPHRASE,
    PAGE_RESTORE,
    FirstRunWizard,
)
from tests.support.backup_data import populate
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, PASSPHRASE, WindowFactory

BACKUP_PASS = "phrase de la cle USB, longue et a part"  # ASCII: typed with keyClicks
NEW_PASSPHRASE = "lanterne bleue du port de brest"
WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def backup_file(tmp_path: Path) -> Path:
    """An external backup of an old computer's vault (two persons, hypotheses left out)."""
    created = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=TEST_PARAMS)
    try:
        populate(Caseload(created.session))
        out = tmp_path / "usb" / "carnet.carnet-backup"
        out.parent.mkdir()
        backup.make_external_backup(created.session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    finally:
        created.session.close()
    return out


def _restore_page(
    qtbot: QtBot, wizard: FirstRunWizard, source: Path, monkeypatch: pytest.MonkeyPatch
) -> first_run_restore.RestoreFromBackupPage:
    """From the first step, "Restore from an external backup…", then the file chosen."""
    qtbot.mouseClick(wizard.restore_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == PAGE_RESTORE
    page = wizard.restore_page
    monkeypatch.setattr(first_run_restore, "private_open_path", lambda *_: source)
    qtbot.mouseClick(page.choose, Qt.MouseButton.LeftButton)
    assert page.source == source and source.name in page.file_label.text()
    return page


def _active_restore_page(
    qtbot: QtBot, window: MainWindow, backup_file: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[FirstRunWizard, first_run_restore.RestoreFromBackupPage]:
    """The restore page, in the active window (the Enter key goes where the focus is)."""
    wizard = window.wizard
    assert wizard is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return wizard, _restore_page(qtbot, wizard, backup_file, monkeypatch)


def _fill(qtbot: QtBot, page: first_run_restore.RestoreFromBackupPage, backup_pass: str) -> None:
    qtbot.keyClicks(page.backup_passphrase, backup_pass)
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.confirm, NEW_PASSPHRASE)


def test_external_backup_onto_a_new_computer(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault_dir: Path,
    backup_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The backup fills a new vault; its recovery key is shown and checked; no hypotheses."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    page = _restore_page(qtbot, wizard, backup_file, monkeypatch)
    assert "no working hypotheses" in page.intro.text()
    _fill(qtbot, page, BACKUP_PASS)
    qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)
    groups = wizard.key_view.groups()
    assert len(groups) == 8
    assert wizard.restored_note.isVisible()
    assert "2 person" in wizard.restored_note.text()
    assert "no working hypotheses" in wizard.restored_note.text()
    assert page.passphrase.text() == "" and page.backup_passphrase.text() == ""
    qtbot.mouseClick(wizard.written_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == PAGE_CHECK
    qtbot.keyClicks(wizard.group_field, groups[wizard.asked_group() - 1])
    qtbot.keyClick(wizard.group_field, Qt.Key.Key_Return)
    assert window.current_page() is window.workspace
    session = window.session
    assert session is not None and session.is_open and session.has_recovery_key
    counts = session.counts()
    assert (counts.persons, counts.hypotheses) == (2, 0)
    assert wizard.key_view.groups() == [] and not wizard.restored_note.isVisible()


def test_enter_in_the_backup_passphrase_moves_on_then_restores(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault_dir: Path,
    backup_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Enter in the backup's passphrase moves to the next empty field; all typed, it restores."""
    wizard, page = _active_restore_page(qtbot, make_window(vault_dir), backup_file, monkeypatch)
    assert QApplication.focusWidget() is page.backup_passphrase  # where choosing the file left it
    qtbot.keyClicks(page.backup_passphrase, BACKUP_PASS)
    qtbot.keyClick(page.backup_passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.passphrase
    assert page.message.isHidden() and not wizard.is_busy()
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    page.backup_passphrase.setFocus()
    qtbot.keyClick(page.backup_passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.confirm and not wizard.is_busy()
    qtbot.keyClicks(page.confirm, NEW_PASSPHRASE)
    page.backup_passphrase.setFocus()
    qtbot.keyClick(page.backup_passphrase, Qt.Key.Key_Return)
    assert wizard.is_busy()
    qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)
    assert len(wizard.key_view.groups()) == 8 and VaultPaths(vault_dir).exists()


def test_wrong_backup_passphrase_creates_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault_dir: Path,
    backup_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A wrong backup passphrase is said plainly, that field is emptied, and no vault exists."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    page = _restore_page(qtbot, wizard, backup_file, monkeypatch)
    _fill(qtbot, page, "pas la bonne phrase du tout")
    qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)
    assert "passphrase of this backup is not correct" in page.message.text()
    assert page.backup_passphrase.text() == "" and page.backup_passphrase.hasFocus()
    assert wizard.current_step() == PAGE_RESTORE and window.session is None
    assert not VaultPaths(vault_dir).exists() and not VaultPaths(vault_dir).database.exists()


def test_refusals_and_back(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not a backup file, or no file: said plainly; Back returns to the first step, emptied."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    junk = tmp_path / "notes.txt"
    junk.write_text("pas une sauvegarde")
    monkeypatch.setattr(first_run_restore, "private_open_path", lambda *_: junk)
    qtbot.mouseClick(wizard.restore_button, Qt.MouseButton.LeftButton)
    page = wizard.restore_page
    qtbot.mouseClick(page.choose, Qt.MouseButton.LeftButton)
    assert page.source is None and "not a Carnet backup" in page.message.text()
    qtbot.keyClicks(page.backup_passphrase, BACKUP_PASS)
    qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Choose the backup file." and not wizard.is_busy()
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == PAGE_PASSPHRASE
    assert page.backup_passphrase.text() == ""
    assert not VaultPaths(vault_dir).exists()


def test_a_different_confirmation_is_emptied_and_gets_the_cursor(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault_dir: Path,
    backup_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Refused because the two new passphrases differ: the confirmation is emptied, cursor there."""
    wizard, page = _active_restore_page(qtbot, make_window(vault_dir), backup_file, monkeypatch)
    qtbot.keyClicks(page.backup_passphrase, BACKUP_PASS)
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.confirm, NEW_PASSPHRASE + "!")
    page.backup_passphrase.setFocus()
    page.start()
    assert "different" in page.message.text() and not wizard.is_busy()
    assert page.confirm.text() == "" and QApplication.focusWidget() is page.confirm
    assert not VaultPaths(vault_dir).exists()
