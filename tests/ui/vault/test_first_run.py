"""Tests for app/ui/vault/first_run.py: the wizard creates a real vault, shows its key once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.paths import VaultPaths
from app.ui.shell.app import Translations
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language
from app.ui.vault.first_run import PAGE_CHECK, PAGE_KEY, PAGE_PASSPHRASE, FirstRunWizard
from tests.support.languages import reset_language
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    PASSPHRASE,
    WindowFactory,
    unlock_through_screen,
)


def fill_passphrases(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    qtbot.keyClicks(wizard.passphrase, first)
    qtbot.keyClicks(wizard.confirm, second)


def create_through_wizard(qtbot: QtBot, window: MainWindow) -> str:
    """Type the passphrase twice, create, read the key, type back the asked group."""
    wizard = window.wizard
    assert wizard is not None
    fill_passphrases(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    qtbot.keyClick(wizard.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)
    groups = wizard.key_view.groups()
    qtbot.mouseClick(wizard.written_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == PAGE_CHECK
    qtbot.keyClicks(wizard.group_field, groups[wizard.asked_group() - 1].lower())
    qtbot.keyClick(wizard.group_field, Qt.Key.Key_Return)
    return "-".join(groups)


def test_empty_folder_starts_the_wizard(make_window: WindowFactory, vault_dir: Path) -> None:
    """Without a vault, the window opens on the first-run wizard, passphrase step."""
    window = make_window(vault_dir)
    assert window.current_page() is window.wizard
    assert window.wizard is not None and window.wizard.current_step() == PAGE_PASSPHRASE
    assert not window.lock.action.isEnabled()


def test_wizard_creates_vault_shows_key_and_opens_workspace(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """Passphrase twice → vault made off-thread → key in 8 groups → one typed back → workspace."""
    window = make_window(vault_dir)
    key = create_through_wizard(qtbot, window)
    assert len(key.split("-")) == 8
    assert window.current_page() is window.workspace
    assert window.session is not None and window.session.is_open
    assert window.session.has_recovery_key
    assert VaultPaths(vault_dir).exists()
    assert window.wizard is not None and window.wizard.key_view.groups() == []
    assert window.wizard.passphrase.text() == "" and window.wizard.confirm.text() == ""


def test_wizard_refuses_a_very_weak_passphrase(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """A common password is refused with an explanation, and no vault is created."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    fill_passphrases(qtbot, wizard, "azerty123", "azerty123")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.message.isVisible()
    assert "weak" in wizard.message.text()
    assert not wizard.is_busy()
    assert not VaultPaths(vault_dir).exists()


def test_wizard_refuses_different_passphrases(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """A confirmation that differs is refused, emptied and focused."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    fill_passphrases(qtbot, wizard, PASSPHRASE, PASSPHRASE + "x")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert "different" in wizard.message.text()
    assert wizard.confirm.text() == ""
    assert wizard.confirm.hasFocus()
    assert not VaultPaths(vault_dir).exists()


def test_enter_in_the_passphrase_moves_to_the_confirmation_then_enter_creates(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """Enter in the first field goes to the empty confirmation, refusing nothing; then creates."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    wizard.passphrase.setFocus()
    qtbot.keyClicks(wizard.passphrase, PASSPHRASE)
    qtbot.keyClick(wizard.passphrase, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is wizard.confirm
    assert wizard.message.isHidden() and wizard.message.text() == ""
    assert wizard.current_step() == PAGE_PASSPHRASE and not wizard.is_busy()
    assert not VaultPaths(vault_dir).exists()
    qtbot.keyClicks(wizard.confirm, PASSPHRASE)
    qtbot.keyClick(wizard.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)
    assert VaultPaths(vault_dir).exists()


def test_enter_in_the_passphrase_creates_once_both_are_typed(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """With the confirmation typed, Enter in the first field creates, as a dialog's OK would."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    fill_passphrases(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    qtbot.keyClick(wizard.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)


def test_wrong_group_keeps_the_worker_on_the_check(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """Typing a group that does not match is refused; showing the key again works."""
    window = make_window(vault_dir)
    wizard = window.wizard
    assert wizard is not None
    fill_passphrases(qtbot, wizard, PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.busy.isVisible()
    qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)
    qtbot.mouseClick(wizard.written_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.group_field, "0000")
    qtbot.keyClick(wizard.group_field, Qt.Key.Key_Return)
    assert wizard.current_step() == PAGE_CHECK
    assert wizard.check_message.isVisible()
    assert window.current_page() is window.wizard
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == PAGE_KEY
    assert len(wizard.key_view.groups()) == 8


def test_created_vault_locks_and_unlocks_again(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path
) -> None:
    """Wizard → workspace → Ctrl+L → wrong passphrase refused and cleared → right one → back."""
    window = make_window(vault_dir)
    create_through_wizard(qtbot, window)
    assert window.current_page() is window.workspace
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.unlock_screen
    assert window.session is None
    screen = window.unlock_screen
    assert screen.passphrase.hasFocus()
    unlock_through_screen(qtbot, window, "not the right passphrase")
    assert window.current_page() is screen
    assert "not correct" in screen.message.text()
    assert screen.passphrase.text() == ""
    assert screen.passphrase.hasFocus()
    unlock_through_screen(qtbot, window, PASSPHRASE)
    assert window.current_page() is window.workspace
    assert window.session is not None and window.session.is_open


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.FRENCH])
def test_the_recovery_key_page_focuses_its_button_and_its_access_key_presses_it(
    qtbot: QtBot, make_window: WindowFactory, vault_dir: Path, language: Language
) -> None:
    """On the key page "I have written it down" has focus, and Alt+its letter moves on."""
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply(language)
    try:
        window = make_window(vault_dir, translations=translations)
        wizard = window.wizard
        assert wizard is not None
        fill_passphrases(qtbot, wizard, PASSPHRASE, PASSPHRASE)
        qtbot.keyClick(wizard.confirm, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.current_step() == PAGE_KEY, timeout=BACKGROUND_TIMEOUT_MS)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.written_button)
        text = wizard.written_button.text()
        letter = text[text.index("&") + 1]
        qtbot.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: wizard.current_step() == PAGE_CHECK)  # an animated click
    finally:
        reset_language(translations)
