"""Tests for app/ui/settings/settings_dialog.py and its tabs, on a real unlocked vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.templates import TemplateKind, is_customised, load_template
from app.core.vault import unlock, unlock_with_recovery_key
from app.domain.errors import WrongPassphrase, WrongRecoveryKey
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.settings.settings_security import NewRecoveryKeyDialog, SecurityTab
from app.ui.settings.template_defaults import default_templates
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Language, Preferences
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    FakeClock,
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)

NEW_PASSPHRASE = "chouette grise au clair de lune"


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.open_settings()
    dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk) -> MainWindow:
    """The main window, unlocked on a vault with one person."""
    built = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, built, existing_vault.passphrase)
    assert built.session is not None
    return built


def test_settings_need_an_unlocked_vault(
    make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """While locked, the Settings action is disabled and opens nothing."""
    locked = make_window(existing_vault.folder)
    assert not locked.settings_action.isEnabled()
    locked.open_settings()
    assert not locked.findChildren(SettingsDialog)


def test_idle_delay_is_saved_and_applied(
    qtbot: QtBot, window: MainWindow, preferences: Preferences, clock: FakeClock
) -> None:
    """A new idle delay goes to preferences and to the running idle lock."""
    dialog = open_settings(qtbot, window)
    dialog.idle_minutes.setValue(12)
    press_ok(qtbot, dialog)
    assert preferences.idle_minutes() == 12
    assert window.lock.idle.minutes() == 12
    clock.advance(11 * 60)
    window.lock.idle.check_now()
    assert window.session is not None


def test_idle_delay_is_bounded(qtbot: QtBot, window: MainWindow) -> None:
    """The idle delay can be set from 1 to 60 minutes, no more, no less."""
    dialog = open_settings(qtbot, window)
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 60)
    dialog.reject()


def test_privacy_mode_reaches_the_workspace(
    qtbot: QtBot, window: MainWindow, preferences: Preferences
) -> None:
    """Turning privacy mode on in settings saves it and tells the workspace and the menu."""
    assert window.workspace is not None
    dialog = open_settings(qtbot, window)
    dialog.privacy.setChecked(True)
    press_ok(qtbot, dialog)
    assert preferences.privacy_mode()
    assert window.privacy_action.isChecked()


def test_language_choice_is_saved_and_applied(
    qtbot: QtBot, window: MainWindow, preferences: Preferences
) -> None:
    """Choosing French saves it; with translations attached, they switch at once."""
    from app.ui.shell.app import Translations

    app = QApplication.instance()
    assert app is not None
    window.translations = Translations(app)
    dialog = open_settings(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData(Language.FRENCH.value))
    press_ok(qtbot, dialog)
    assert preferences.language() is Language.FRENCH
    assert window.translations.language is Language.FRENCH
    window.translations.apply(Language.ENGLISH)


def test_cancel_forgets_changes(qtbot: QtBot, window: MainWindow, preferences: Preferences) -> None:
    """Cancel leaves preferences and vault settings as they were."""
    dialog = open_settings(qtbot, window)
    dialog.idle_minutes.setValue(42)
    dialog.retention_years.setValue(9)
    dialog.reject()
    assert preferences.idle_minutes() == 5
    assert window.session is not None and Caseload(window.session).retention_years() == 2


def test_templates_are_stored_encrypted_and_reloaded(qtbot: QtBot, window: MainWindow) -> None:
    """An edited template is saved in the vault; untouched ones stay on their defaults."""
    session = window.session
    assert session is not None
    dialog = open_settings(qtbot, window)
    dialog.templates.select(TemplateKind.HOME_VISIT)
    assert dialog.templates.editor.toPlainText() == default_templates()[TemplateKind.HOME_VISIT]
    dialog.templates.editor.setPlainText("Lieu :\nPersonnes présentes :\n")
    press_ok(qtbot, dialog)
    assert load_template(session, TemplateKind.HOME_VISIT, "") == "Lieu :\nPersonnes présentes :\n"
    assert not is_customised(session, TemplateKind.FIRST_INTERVIEW)
    again = open_settings(qtbot, window)
    again.templates.select(TemplateKind.HOME_VISIT)
    assert again.templates.editor.toPlainText().startswith("Lieu :")
    again.templates.reset_current()
    press_ok(qtbot, again)
    assert not is_customised(session, TemplateKind.HOME_VISIT)


def test_retention_term_defaults_to_two_years_and_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The retention term shows 2 years by default and is saved through the caseload."""
    session = window.session
    assert session is not None
    dialog = open_settings(qtbot, window)
    assert dialog.retention_years.value() == 2
    dialog.retention_years.setValue(5)
    press_ok(qtbot, dialog)
    assert Caseload(session).retention_years() == 5


def change_passphrase(qtbot: QtBot, dialog: SettingsDialog, current: str, new: str) -> None:
    tab = dialog.security
    qtbot.keyClicks(tab.current, current)
    qtbot.keyClicks(tab.new, new)
    qtbot.keyClicks(tab.confirm, new)
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)


def test_change_passphrase_needs_the_current_one(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """A wrong current passphrase changes nothing; the right one switches to the new."""
    dialog = open_settings(qtbot, window)
    tab = dialog.security
    change_passphrase(qtbot, dialog, "not my passphrase", NEW_PASSPHRASE)
    assert "not correct" in tab.change_message.text()
    # Only the current passphrase is emptied; the new one need not be typed again.
    assert tab.current.text() == "" and tab.new.text() == NEW_PASSPHRASE
    qtbot.keyClicks(tab.current, existing_vault.passphrase)
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)
    assert "was changed" in dialog.security.change_message.text()
    assert dialog.security.new.text() == "" and dialog.security.current.text() == ""
    dialog.reject()
    window.lock.lock()
    with pytest.raises(WrongPassphrase):
        unlock(existing_vault.folder, existing_vault.passphrase)
    unlock_through_screen(qtbot, window, NEW_PASSPHRASE)
    assert window.session is not None and window.session.is_open


def test_change_passphrase_refuses_a_weak_one(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """A weak new passphrase is refused before anything runs."""
    before = (existing_vault.folder / "carnet.key").read_bytes()
    dialog = open_settings(qtbot, window)
    change_passphrase(qtbot, dialog, existing_vault.passphrase, "motdepasse")
    assert "too weak" in dialog.security.change_message.text()
    assert (existing_vault.folder / "carnet.key").read_bytes() == before
    dialog.reject()


def _on_the_security_tab(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """Settings open on Security, the active window (so that the cursor is really there)."""
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.security)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _typed_on_the_security_tab(
    qtbot: QtBot, window: MainWindow, current: str, new: str
) -> tuple[SettingsDialog, SecurityTab]:
    """Settings open on Security, the three fields typed, the cursor in the confirmation."""
    dialog = _on_the_security_tab(qtbot, window)
    tab = dialog.security
    qtbot.keyClicks(tab.current, current)
    qtbot.keyClicks(tab.new, new)
    qtbot.keyClicks(tab.confirm, new)
    tab.confirm.setFocus()
    return dialog, tab


def _changed_with_settings_open(
    qtbot: QtBot, window: MainWindow, dialog: SettingsDialog, tab: SecurityTab, vault: VaultOnDisk
) -> None:
    """The change ends with Settings still open; then only the new passphrase opens the vault."""
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=BACKGROUND_TIMEOUT_MS)
    assert dialog.isVisible() and "was changed" in tab.change_message.text()
    dialog.reject()
    window.lock.lock()
    with pytest.raises(WrongPassphrase):
        unlock(vault.folder, vault.passphrase)
    unlock(vault.folder, NEW_PASSPHRASE).close()


def test_enter_in_the_confirmation_changes_the_passphrase_and_settings_stay_open(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """Enter in the confirmation is the tab's Change, not the dialog's OK: the key file changes."""
    dialog, tab = _typed_on_the_security_tab(
        qtbot, window, existing_vault.passphrase, NEW_PASSPHRASE
    )
    qtbot.keyClick(tab.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0 and tab.is_busy()
    _changed_with_settings_open(qtbot, window, dialog, tab, existing_vault)


def test_enter_while_the_passphrase_changes_closes_nothing(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """Enter again during the change, where the cursor went, closes nothing and starts nothing."""
    dialog, tab = _typed_on_the_security_tab(
        qtbot, window, existing_vault.passphrase, NEW_PASSPHRASE
    )
    qtbot.keyClick(tab.confirm, Qt.Key.Key_Return)
    assert tab.is_busy()
    # All three fields are disabled while it runs (the current one too: it is a row of the
    # shared fields), so no Enter can be typed in them.
    assert not tab.current.isEnabled() and not tab.new.isEnabled() and not tab.confirm.isEnabled()
    # Disabling them took the cursor away: Enter then reaches the dialog (its OK).
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused if focused is not None else dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and tab.is_busy()
    _changed_with_settings_open(qtbot, window, dialog, tab, existing_vault)


def test_enter_with_a_weak_new_passphrase_shows_the_refusal_in_settings(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """Enter in the confirmation of a weak passphrase says why; Settings stay open, nothing runs."""
    before = (existing_vault.folder / "carnet.key").read_bytes()
    dialog, tab = _typed_on_the_security_tab(qtbot, window, existing_vault.passphrase, "motdepasse")
    qtbot.keyClick(tab.confirm, Qt.Key.Key_Return)
    assert "too weak" in tab.change_message.text() and tab.change_message.isVisible()
    assert dialog.isVisible() and not tab.is_busy()
    assert (existing_vault.folder / "carnet.key").read_bytes() == before
    dialog.reject()


def test_a_different_confirmation_is_emptied_and_gets_the_cursor(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """Refused because the two new passphrases differ: the confirmation is emptied, cursor there."""
    dialog = _on_the_security_tab(qtbot, window)
    tab = dialog.security
    qtbot.keyClicks(tab.current, existing_vault.passphrase)
    qtbot.keyClicks(tab.new, NEW_PASSPHRASE)
    qtbot.keyClicks(tab.confirm, NEW_PASSPHRASE + "!")
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    assert "different" in tab.change_message.text() and not tab.is_busy()
    assert tab.confirm.text() == "" and QApplication.focusWidget() is tab.confirm
    dialog.reject()


def test_enter_in_the_current_passphrase_moves_on_then_changes(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk
) -> None:
    """Enter in the current passphrase goes to an empty field below; with all typed, it changes."""
    dialog = _on_the_security_tab(qtbot, window)
    tab = dialog.security
    tab.current.setFocus()
    qtbot.keyClicks(tab.current, existing_vault.passphrase)
    qtbot.keyClick(tab.current, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.new and tab.change_message.isHidden()
    qtbot.keyClicks(tab.new, NEW_PASSPHRASE)
    qtbot.keyClick(tab.new, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.confirm and dialog.isVisible()
    qtbot.keyClicks(tab.confirm, NEW_PASSPHRASE)
    tab.current.setFocus()
    qtbot.keyClick(tab.current, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and tab.is_busy()
    _changed_with_settings_open(qtbot, window, dialog, tab, existing_vault)


def test_new_recovery_key_is_shown_once_and_replaces_the_old(
    qtbot: QtBot, window: MainWindow, existing_vault: VaultOnDisk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new recovery key is shown in groups, then wiped; the old paper stops working."""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog = open_settings(qtbot, window)
    qtbot.mouseClick(dialog.security.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in dialog.findChildren(NewRecoveryKeyDialog)),
        timeout=BACKGROUND_TIMEOUT_MS,
    )
    shown = next(d for d in dialog.findChildren(NewRecoveryKeyDialog) if d.isVisible())
    key = "-".join(shown.view.groups())
    assert len(key.split("-")) == 8 and key != existing_vault.recovery_key
    shown.accept()
    assert shown.view.groups() == []
    dialog.reject()
    window.lock.lock()
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(existing_vault.folder, existing_vault.recovery_key, NEW_PASSPHRASE)
    from app.crypto.kdf import TEST_PARAMS

    session = unlock_with_recovery_key(
        existing_vault.folder, key, NEW_PASSPHRASE, params=TEST_PARAMS
    )
    session.close()


def test_closing_settings_keeps_no_text_behind(qtbot: QtBot, window: MainWindow) -> None:
    """Once closed, the dialog's editors and passphrase fields are empty, without undo."""
    dialog = open_settings(qtbot, window)
    qtbot.keyClicks(dialog.templates.editor, "texte")
    qtbot.keyClicks(dialog.security.current, "secret phrase")
    dialog.reject()
    assert dialog.templates.editor.toPlainText() == ""
    assert not dialog.templates.editor.document().isUndoAvailable()
    assert dialog.security.current.text() == ""


def test_templates_reach_the_interview_editor(qtbot: QtBot, window: MainWindow) -> None:
    """New interviews start from the vault's templates: defaults at unlock, edits once saved."""
    from app.domain.models import InterviewKind

    workspace = window.workspace
    assert workspace is not None
    phone = default_templates()[TemplateKind.PHONE_CALL]
    assert workspace.editor.template(InterviewKind.PHONE, False) == phone
    dialog = open_settings(qtbot, window)
    dialog.templates.select(TemplateKind.PHONE_CALL)
    dialog.templates.editor.setPlainText("Appel de :\n")
    press_ok(qtbot, dialog)
    assert workspace.editor.template(InterviewKind.PHONE, False) == "Appel de :\n"
