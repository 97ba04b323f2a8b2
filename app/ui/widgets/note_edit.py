"""What the facts editor and the hypotheses editor share.

Both claim the Copy and Cut keys before any window-level action sees them (each
editor decides what they do), open the context menu it builds, follow theme
switches, and forget their text and undo history when the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QPlainTextEdit

_TRANSFER_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


class NoteEdit(QPlainTextEdit):
    """A plain-text note editor; subclasses build the menu and pin their colours."""

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The context menu at `pos` (viewport coordinates)."""
        raise NotImplementedError

    def _follow_palette(self) -> None:
        """Recolour what the editor pins after a theme switch."""

    def _is_transfer_key(self, event: QKeyEvent) -> bool:
        return any(event.matches(key) for key in _TRANSFER_KEYS)

    def event(self, event: QEvent) -> bool:
        # Claim the shortcut so no window-level Copy/Cut action fires instead.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_transfer_key(event)
        ):
            event.accept()
            return True
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            # The pinned Base role can hide a theme change from PaletteChange.
            self._follow_palette()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def wipe(self) -> None:
        """Forget the text and its undo history (used when the vault locks)."""
        self.setPlainText("")
        self.document().clearUndoRedoStacks()
