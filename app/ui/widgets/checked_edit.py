"""A plain-text field with spell checking, for the worker's free text outside the notes."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.widgets.spelling import (
    SpellHighlighter,
    SpellService,
    add_spelling_actions,
    spell_service,
)


class CheckedTextEdit(QPlainTextEdit):
    """QPlainTextEdit that underlines misspellings and offers corrections in its menu."""

    def __init__(self, parent: QWidget | None = None, *, speller: SpellService | None = None):
        super().__init__(parent)
        self._speller = speller if speller is not None else spell_service()
        self._highlighter = SpellHighlighter(self.document(), self._speller)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        add_spelling_actions(menu, self, self._speller, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
