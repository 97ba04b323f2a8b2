"""Tests for app/ui/shell/lock_controller.py: every way of locking closes the vault and wipes."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QClipboard, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import database, stores
from app.domain.errors import DiskFull
from app.ui.session.dbus_watch import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SERVICE,
    SCREEN_SAVERS,
    SessionLockWatcher,
)
from app.ui.session.idle import ACTIVITY_EVENTS
from app.ui.shell.main_window import MainWindow
from app.ui.shell.preferences import Preferences
from app.ui.workspace.autosave import SaveState
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    NOTE_CANARY,
    FakeClock,
    VaultOnDisk,
    WindowFactory,
    disconnected_bus,
    texts_in,
    unlock_through_screen,
)


def unlocked_window(qtbot: QtBot, make_window: WindowFactory, vault: VaultOnDisk) -> MainWindow:
    window = make_window(vault.folder)
    unlock_through_screen(qtbot, window, vault.passphrase)
    assert window.session is not None and window.session.is_open
    return window


def assert_locked(window: MainWindow) -> None:
    assert window.session is None
    assert window.current_page() is window.unlock_screen
    assert not window.lock.action.isEnabled()
    assert not window.settings_action.isEnabled()
    assert not window.notes_menu.isEnabled()


def test_ctrl_l_locks_and_closes_the_session(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Ctrl+L closes the session (key forgotten) and shows the unlock screen."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    session = window.session
    assert session is not None
    with qtbot.waitSignal(window.lock.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not session.is_open
    assert_locked(window)
    assert window.statusBar().currentMessage() == "Carnet is locked."


def test_toolbar_lock_button_locks(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """The Lock button on the toolbar locks, and shows its text (not only an icon)."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    button = window.toolbar.widgetForAction(window.lock.action)
    assert isinstance(button, QToolButton)
    assert button.text().replace("&", "") == "Lock"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert_locked(window)


def test_lock_shortcut_is_shown_in_the_menu(
    make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """The File menu carries the Lock action with its Ctrl+L shortcut."""
    window = make_window(existing_vault.folder)
    assert window.lock.action in window.file_menu.actions()
    assert window.lock.action.shortcut().toString() == "Ctrl+L"


def test_idle_minutes_lock_by_the_wall_clock(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk, clock: FakeClock
) -> None:
    """After the chosen idle minutes on the wall clock, the next tick locks."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    assert window.lock.idle.minutes() == 5
    clock.advance(4 * 60)
    window.lock.idle.check_now()
    assert window.session is not None
    clock.advance(61)
    window.lock.idle.check_now()
    assert_locked(window)
    assert not window.lock.idle.is_running()


def test_activity_postpones_the_idle_lock(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk, clock: FakeClock
) -> None:
    """A key press restarts the idle count, so a worker who types is not locked out."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    assert ACTIVITY_EVENTS
    clock.advance(4 * 60)
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    clock.advance(4 * 60)
    window.lock.idle.check_now()
    assert window.session is not None and window.session.is_open


def test_idle_delay_comes_from_preferences(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    clock: FakeClock,
    preferences: Preferences,
) -> None:
    """The idle delay saved in preferences is the one the lock uses."""
    preferences.set_idle_minutes(1)
    window = unlocked_window(qtbot, make_window, existing_vault)
    clock.advance(61)
    window.lock.idle.check_now()
    assert_locked(window)


def emit(connection: QDBusConnection, path: str, interface: str, name: str) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([True])
    assert connection.send(message)


@pytest.mark.parametrize("source", ["screen-locker", "suspend"])
def test_system_lock_signals_lock_the_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    existing_vault: VaultOnDisk,
    bus_address: str,
    source: str,
) -> None:
    """The screen locker starting, or the laptop about to sleep (D-Bus), locks Carnet."""
    names = [f"carnet-test-{uuid.uuid4().hex}" for _ in range(2)]
    emitter = QDBusConnection.connectToBus(bus_address, names[0])
    listener = QDBusConnection.connectToBus(bus_address, names[1])
    saver = SCREEN_SAVERS[0]
    try:
        if source == "suspend":
            assert emitter.registerService(LOGIN1_SERVICE)
            watcher = SessionLockWatcher(system_bus=listener, session_bus=disconnected_bus())
            signal = (LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep")
        else:
            assert emitter.registerService(saver.service)
            watcher = SessionLockWatcher(system_bus=disconnected_bus(), session_bus=listener)
            signal = (saver.path, saver.interface, "ActiveChanged")
        window = make_window(existing_vault.folder, lock_watcher=watcher)
        assert watcher.available()
        listener.interface().isServiceRegistered("org.freedesktop.DBus")  # match rules in place
        unlock_through_screen(qtbot, window, existing_vault.passphrase)
        session = window.session
        assert session is not None
        with qtbot.waitSignal(window.lock.locked, timeout=10_000):
            emit(emitter, *signal)
        assert not session.is_open
        assert_locked(window)
        watcher.stop()
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)


def test_lock_takes_back_carnet_clipboard_but_not_the_workers(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """What Carnet copied is cleared on lock; what the worker copied since is left alone."""
    clipboard = QGuiApplication.clipboard()
    window = unlocked_window(qtbot, make_window, existing_vault)
    window.clipboard.copy_text("extrait de note")
    window.lock.lock()
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    window.clipboard.copy_text("extrait de note")
    clipboard.setText("the worker's own text", QClipboard.Mode.Clipboard)
    window.lock.lock()
    assert clipboard.text(QClipboard.Mode.Clipboard) == "the worker's own text"


def test_lock_closes_open_dialogs(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """A settings dialog left open is closed by the lock, not left over the unlock screen."""
    from app.ui.settings.settings_dialog import SettingsDialog

    window = unlocked_window(qtbot, make_window, existing_vault)
    window.open_settings()
    dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert dialogs
    window.lock.lock()
    assert not any(d.isVisible() for d in window.findChildren(SettingsDialog))
    assert_locked(window)


def test_lock_returns_to_where_the_worker_was(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """After unlocking, the workspace reopens the person and interview shown before (ids only)."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.open_interview(existing_vault.interview_id)
    before = workspace.state()
    assert (before.person_id, before.interview_id) == (
        existing_vault.person_id,
        existing_vault.interview_id,
    )
    window.lock.lock()
    assert window.lock.remembered_state() == before
    assert workspace.state().interview_id is None
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert workspace.state() == before
    assert window.lock.remembered_state() is None


@pytest.mark.parametrize("failure", ["returns-false", "raises"])
def test_manual_lock_that_cannot_save_keeps_the_text(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk, failure: str
) -> None:
    """If saving fails when locking by hand, the vault stays open and the worker is told."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    workspace = window.workspace
    assert workspace is not None

    def failing_flush() -> bool:
        if failure == "raises":
            raise DiskFull()
        return False

    workspace.flush = failing_flush  # type: ignore[method-assign]
    shown: list[object] = []
    window.lock.flush_failed.connect(shown.append)
    assert not window.lock.lock()
    assert window.session is not None and window.session.is_open
    assert len(shown) == 1
    assert "save" in window.statusBar().currentMessage()
    if failure == "raises":
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert boxes and "disk is full" in boxes[0].text()
    # Away from the keyboard, privacy wins: the idle lock locks anyway.
    window.lock.idle.lock_requested.emit()
    assert_locked(window)


def test_idle_lock_while_saving_fails_keeps_the_text_and_saves_it_after_unlock(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Disk full, then an idle lock: locked, no text on screen; unlocked, the text is saved."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    assert workspace.open_interview(existing_vault.interview_id)
    before = workspace.editor.facts.toPlainText()
    database(session).scalar(
        f"PRAGMA max_page_count = {database(session).scalar('PRAGMA page_count')}"
    )
    added = " Des faits longuement décrits." * 4000
    workspace.editor.facts.moveCursor(QTextCursor.MoveOperation.End)
    workspace.editor.facts.insertPlainText(added)  # a real SQLITE_FULL: the page limit is reached
    qtbot.waitUntil(lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=5_000)

    with qtbot.waitSignal(window.lock.locked):
        window.lock.idle.lock_requested.emit()
    assert_locked(window)
    assert not any("longuement" in text or NOTE_CANARY in text for text in texts_in(window))
    assert window.lock.holds_unsaved_text()
    assert not window.close()  # quitting now would lose it
    assert "not saved yet" in window.statusBar().currentMessage()

    unlock_through_screen(qtbot, window, existing_vault.passphrase)  # a new connection: room again
    autosaver = workspace.editor.autosaver
    qtbot.waitUntil(
        lambda: autosaver.state() == SaveState.SAVED and not autosaver.has_pending(),
        timeout=BACKGROUND_TIMEOUT_MS,
    )
    assert workspace.editor.facts.toPlainText() == before + added
    assert "could not be saved before locking" in workspace.message_bar.text()
    assert not window.lock.holds_unsaved_text()
    assert window.session is not None
    assert (
        stores(window.session).interviews.get(existing_vault.interview_id).facts == before + added
    )


def test_an_addendum_being_written_is_back_after_ctrl_l_and_unlock(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """Typed under a finalised note, locked with Ctrl+L: gone from the screen, and after
    unlocking the same note shows the addendum field with the words, still a draft."""
    window = unlocked_window(qtbot, make_window, existing_vault)
    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    Caseload(session).finalise(existing_vault.interview_id)
    assert workspace.open_interview(existing_vault.interview_id)
    panel = workspace.editor.addenda
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.new_edit, "Precision: le courrier date du 3 mars")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(window)
    assert not any("courrier" in text for text in texts_in(window))
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert workspace.editor.interview_id() == existing_vault.interview_id
    assert panel.new_edit.isVisible()
    assert panel.draft_text() == "Precision: le courrier date du 3 mars"
    assert window.session is not None
    assert stores(window.session).interviews.get(existing_vault.interview_id).addenda == ()
