"""Tests for app/ui/shell/shortcuts.py: the window's shortcuts win over a field's editing keys.

Under the X11 key scheme (a real Linux desktop) QLineEdit claims Ctrl+E and
Ctrl+K; the offscreen platform does not, so a field here claims them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow
from pytestqt.qtbot import QtBot

from app.ui.shell.shortcuts import WindowShortcuts
from tests.ui.conftest import VaultOnDisk, WindowFactory, unlock_through_screen


class GreedyField(QLineEdit):
    """Claims every Ctrl+letter, as QLineEdit does for Ctrl+E and Ctrl+K on X11."""

    greedy = True

    def event(self, event: QEvent) -> bool:
        if (
            self.greedy
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return True
        return super().event(event)


def window_with_field(qtbot: QtBot) -> tuple[QMainWindow, QAction, GreedyField, list[bool]]:
    window = QMainWindow()
    field = GreedyField(window)
    window.setCentralWidget(field)
    action = QAction("Export", window)
    action.setShortcut("Ctrl+E")
    window.addAction(action)
    fired: list[bool] = []
    action.triggered.connect(lambda: fired.append(True))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    field.setFocus()
    return window, action, field, fired


def test_the_field_keeps_the_key_without_the_filter(qtbot: QtBot) -> None:
    """Control: a field that claims Ctrl+E swallows it; a field that does not lets it through."""
    _window, _action, field, fired = window_with_field(qtbot)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    field.greedy = False
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]


def test_an_enabled_window_action_wins_over_the_field(qtbot: QtBot) -> None:
    """With the filter, Ctrl+E in the field fires the action; disabled, the field keeps it."""
    window, action, field, fired = window_with_field(qtbot)
    shortcuts = WindowShortcuts(window, [action])
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    action.setEnabled(False)
    assert not shortcuts.claims(
        QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    )


def test_the_main_window_protects_export_and_search(
    qtbot: QtBot, make_window: WindowFactory, existing_vault: VaultOnDisk
) -> None:
    """In the real window, with a person open, Ctrl+E and Ctrl+K belong to the window."""
    window = make_window(existing_vault.folder)
    unlock_through_screen(qtbot, window, existing_vault.passphrase)
    assert window.workspace is not None and window.workspace.open_person(existing_vault.person_id)
    shortcuts = window.findChild(WindowShortcuts)
    assert shortcuts is not None
    for key in (Qt.Key.Key_E, Qt.Key.Key_K):
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        assert shortcuts.claims(event)
