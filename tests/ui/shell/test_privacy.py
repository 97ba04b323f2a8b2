"""Privacy of the shell: nothing of a case survives a lock on screen, in undo, in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import ALL_KEYS, SPLITTER_PREFIX, Preferences
from tests.ui.conftest import (
    ALIAS_CANARY,
    BACKGROUND_TIMEOUT_MS,
    NOTE_CANARY,
    PASSPHRASE,
    VaultOnDisk,
    WindowFactory,
    texts_in,
    undo_holders,
    unlock_through_screen,
)

CANARIES = (ALIAS_CANARY, NOTE_CANARY, PASSPHRASE)


def leaks(texts: list[str]) -> list[str]:
    return [t for t in texts if any(c.casefold() in t.casefold() for c in CANARIES)]


def all_windows(window: MainWindow) -> list[QWidget]:
    return [window, *(w for w in QApplication.topLevelWidgets() if w is not window)]


def unlocked_with_case_on_screen(
    qtbot: QtBot, make_window: WindowFactory, vault: VaultOnDisk
) -> MainWindow:
    window = make_window(vault.folder)
    unlock_through_screen(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.rows_loaded > 0, timeout=BACKGROUND_TIMEOUT_MS)
    assert workspace.open_interview(vault.interview_id)
    # The test means something only if case text was really on screen before the lock.
    shown = leaks(texts_in(workspace))
    assert any(ALIAS_CANARY in t for t in shown), "the alias is not on screen"
    assert any(NOTE_CANARY in t for t in shown), "the note is not on screen"
    return window


def test_lock_leaves_no_case_text_in_any_widget(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """After lock, no field, editor, label or item model anywhere holds an alias or note."""
    window = unlocked_with_case_on_screen(qtbot, make_window, existing_vault)
    window.lock.lock()
    assert window.session is None
    for top in all_windows(window):
        assert leaks(texts_in(top)) == [], top.objectName()


def test_lock_leaves_no_undo_history(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """After lock, no line edit or text editor can undo back to what it showed."""
    window = unlocked_with_case_on_screen(qtbot, make_window, existing_vault)
    assert window.workspace is not None
    editors = [
        e for e in window.workspace.findChildren(QPlainTextEdit)
        if e.isVisible() and e.isEnabled() and not e.isReadOnly()
    ]  # fmt: skip
    assert editors, "no editor on screen to type into"
    editors[0].setFocus()
    qtbot.keyClicks(editors[0], f" {NOTE_CANARY} typed")
    assert undo_holders(window.workspace), "typing left no undo history to wipe"
    window.lock.lock()
    for top in all_windows(window):
        assert undo_holders(top) == [], top.objectName()


def test_window_titles_never_carry_a_name(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """The main window is titled "Carnet", locked and unlocked; no window names a person."""
    window = make_window(existing_vault.folder)
    assert window.windowTitle() == "Carnet"
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert window.windowTitle() == "Carnet"
    for top in all_windows(window):
        assert not leaks([top.windowTitle()])
    window.lock.lock()
    assert window.windowTitle() == "Carnet"


def test_preferences_file_holds_no_case_data(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    preferences: Preferences,
    settings_file: Path,
) -> None:
    """After a full session (unlock, privacy mode, close), QSettings has only its known keys."""
    window = unlocked_with_case_on_screen(qtbot, make_window, existing_vault)
    window.set_privacy_mode(True)
    window.close()
    preferences.sync()
    content = settings_file.read_bytes().decode("utf-8", errors="replace")
    assert not leaks([content])
    assert str(existing_vault.folder) not in content
    keys = set(preferences._settings.allKeys())
    assert keys <= set(ALL_KEYS) | {k for k in keys if k.startswith(SPLITTER_PREFIX)}


def test_default_qsettings_location_holds_no_case_data(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk, isolated_settings: Path
) -> None:
    """Nothing written through a default QSettings (any widget) carries a name or a note."""
    window = unlocked_with_case_on_screen(qtbot, make_window, existing_vault)
    window.lock.lock()
    window.close()
    for path in isolated_settings.rglob("*"):
        if path.is_file():
            assert not leaks([path.read_bytes().decode("utf-8", errors="replace")]), path
