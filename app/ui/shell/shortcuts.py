"""The window's own shortcuts win over a text field's editing keys.

On Linux a one-line field takes Ctrl+E (end of line) and Ctrl+K (delete to
the end) for itself, so "New transmission…" and "Search" did nothing while the
cursor was in a field. This filter refuses the field's claim for the keys of
the given actions while they are enabled; with an action disabled the field
keeps its key.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class WindowShortcuts(QObject):
    """Application event filter that lets `actions` keep their shortcuts inside `window`."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = list(actions)
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def claims(self, event: QKeyEvent) -> bool:
        """Whether an enabled action of the window owns this key."""
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        return any(
            action.isEnabled() and any(s.matches(pressed) == exact for s in action.shortcuts())
            for action in self._actions
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and self.claims(event)
        ):
            event.ignore()  # not accepted: Qt goes on to the window's shortcut
            return True
        return False
