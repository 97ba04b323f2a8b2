"""Tests for app/ui/shell/main_window.py: menus, live retranslation, layout memory, quitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.shell.main_window import WINDOW_TITLE
from app.ui.shell.preferences import Preferences
from tests.support.languages import reset_language
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    VaultOnDisk,
    WindowFactory,
    unlock_through_screen,
)

BACKUP_PASS = "phrase de la clé USB, longue et à part"


class Shouting(QTranslator):
    """A catalogue that upper-cases every string of the main window and unlock screen."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper() if context in ("MainWindow", "UnlockScreen") else ""

    def isEmpty(self) -> bool:
        return False


def test_menus_carry_their_shortcuts(
    make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """File has Lock (Ctrl+L), Settings (Ctrl+,) and Quit (Ctrl+Q); Help has About."""
    window = make_window(existing_vault.folder)
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.file_menu.actions()}
    assert shortcuts["lock_action"] == "Ctrl+L"
    assert shortcuts["settings_action"] == "Ctrl+,"
    assert shortcuts["quit_action"] == "Ctrl+Q"
    assert window.about_action in window.help_menu.actions()


def test_workspace_actions_land_in_the_notes_menu(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Once unlocked, the workspace's actions (new person Ctrl+N, search Ctrl+K…) are in Notes."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    keys = {a.shortcut().toString() for a in window.notes_menu.actions()}
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+K", "Ctrl+F"} <= keys
    assert window.notes_menu.isEnabled()


def test_language_change_retranslates_open_windows(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Installing a catalogue while running retranslates menus and the unlock screen at once."""
    window = make_window(existing_vault.folder)
    app = QCoreApplication.instance()
    assert app is not None
    shouting = Shouting()
    app.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: window.file_menu.title() == "&FILE")
        assert window.unlock_screen.unlock_button.text() == "&UNLOCK"
        assert window.windowTitle() == WINDOW_TITLE
    finally:
        app.removeTranslator(shouting)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_window_layout_is_remembered(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    preferences: Preferences,
) -> None:
    """Size and splitter positions are saved on close and restored by the next window."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    window.close()
    assert preferences.splitter_state("workspace") is not None
    locked = make_window(existing_vault.folder)
    locked.resize(640, 480)  # within the offscreen screen (800×600), or restoring clamps it
    locked.close()
    assert preferences.window_geometry() is not None
    again = make_window(existing_vault.folder)
    assert (again.width(), again.height()) == (640, 480)


def test_quitting_locks_the_vault(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """When the application quits without closing the window (logout), the vault is locked."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    session = window.session
    assert session is not None
    window.shutdown()
    assert not session.is_open
    assert window.session is None


def test_about_names_the_version(make_window: WindowFactory, existing_vault: VaultOnDisk) -> None:
    """Help → About shows Carnet's version and licence, without blocking the window."""
    import app as carnet

    window = make_window(existing_vault.folder)
    window.about_action.trigger()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert f"Carnet {carnet.__version__}" in boxes[0].text()
    assert "GNU General Public License" in boxes[0].text()
    boxes[0].close()


def test_after_unlock_the_keyboard_lands_in_the_workspace(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Unlocked: the persons filter has focus (typing a name filters at once)."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.person_list.filter_edit)
    window.lock.lock()
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert QApplication.focusWidget() is not None
    assert workspace.isAncestorOf(QApplication.focusWidget())


def test_changing_the_language_rebuilds_the_workspace_at_once(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Switched to French while a note is open: the workspace speaks French, same note open."""
    from app.ui.shell.app import Translations
    from app.ui.shell.preferences import Language

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    window = make_window(existing_vault.folder, translations=translations)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert window.workspace is not None
    assert window.workspace.open_interview(existing_vault.interview_id)
    try:
        translations.apply(Language.FRENCH)
        window.rebuild_workspace()
        workspace = window.workspace
        assert workspace is not None
        assert workspace.person_list.filter_edit.placeholderText() == "Filtrer les personnes"
        assert workspace.editor.interview_id() == existing_vault.interview_id
        assert window.current_page() is workspace
    finally:
        reset_language(translations)


def test_every_main_action_has_an_icon(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Every entry of every menu, and every toolbar button, carries a drawn icon once unlocked."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    menus = (window.file_menu, window.notes_menu, window.view_menu, window.help_menu)
    actions = [a for menu in menus for a in menu.actions() if not a.isSeparator()]
    actions += [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) > 15
    missing = [a.objectName() for a in actions if a.icon().pixmap(16, 16).isNull()]
    assert missing == []


def test_toolbar_shows_the_main_actions_only_when_unlocked(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Unlocked: new person, search, follow-ups and the register before Lock; locked: Lock alone."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)

    def shown() -> list[str]:
        return [a.objectName() for a in window.toolbar.actions() if a.isVisible() and a.text()]

    assert shown() == [
        "actionNewPerson", "actionSearch", "actionFollowUps", "actionRegister", "lock_action"
    ]  # fmt: skip
    window.lock.lock()
    assert shown() == ["lock_action"]


def test_a_finished_backup_is_confirmed_in_the_status_bar(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk, tmp_path: Path
) -> None:
    """An external backup made from Settings is confirmed briefly in the window's status bar."""
    from app.ui.settings.settings_dialog import SettingsDialog

    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    window.open_settings()
    [settings] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    dialog = settings.backups.open_backup_dialog()
    dialog.path.setText(str(tmp_path / "usb.carnet-backup"))
    dialog.passphrase.setText(BACKUP_PASS)
    dialog.confirm.setText(BACKUP_PASS)
    with qtbot.waitSignal(settings.backups.backup_made, timeout=BACKGROUND_TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.statusBar().currentMessage() == "External backup written and checked."
    settings.reject()
