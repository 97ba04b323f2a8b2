"""Fields with spell checking, for the worker's free text outside the notes.

`CheckedTextEdit` is a multi-line field; `CheckedLineEdit` is one line of prose
(a next step, a reason, an answer) that looks and behaves like a line edit.
Qt's QLineEdit has no document to underline in, so both are plain-text edits
and share the one highlighter and context menu of `spelling.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QSizePolicy, QWidget

from app.ui.widgets.spelling import (
    SpellHighlighter,
    SpellService,
    add_spelling_actions,
    spell_service,
)

_LINE_MARGIN = 2  # px around the text inside the frame, close to a line edit's
_NO_LIMIT = 32767  # QLineEdit's default maximum length


class CheckedTextEdit(QPlainTextEdit):
    """QPlainTextEdit that underlines misspellings and offers corrections in its menu."""

    def __init__(self, parent: QWidget | None = None, *, speller: SpellService | None = None):
        super().__init__(parent)
        self._speller = speller if speller is not None else spell_service()
        self._highlighter = SpellHighlighter(self.document(), self._speller)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Qt's menu for viewport `pos`, with the spelling entries on top."""
        menu = self.createStandardContextMenu(pos)
        add_spelling_actions(menu, self, self._speller, pos)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()


def one_line(text: str) -> str:
    """Line breaks and tabs become spaces: the field holds a single line."""
    return " ".join(text.splitlines()).replace("\t", " ")


class CheckedLineEdit(CheckedTextEdit):
    """One spell-checked line: `text()`, `setText()`, `returnPressed`, a maximum length."""

    returnPressed = Signal()

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, speller: SpellService | None = None
    ) -> None:
        super().__init__(parent, speller=speller)
        self._max_length = _NO_LIMIT
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(_LINE_MARGIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        if text:
            self.setText(text)

    # --- the line edit's words -------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(one_line(text)[: self._max_length])
        self.moveCursor(QTextCursor.MoveOperation.End)

    def insert(self, text: str) -> None:
        """Put `text` at the cursor (replacing the selection), as typing would."""
        text = one_line(text)[: max(0, self._room())]
        if text:
            self.insertPlainText(text)

    def setMaxLength(self, length: int) -> None:
        self._max_length = max(0, length)
        if len(self.text()) > self._max_length:
            self.setText(self.text())

    def maxLength(self) -> int:
        return self._max_length

    # --- one line only ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.returnPressed.emit()
            return
        typed = event.text()
        if typed and typed.isprintable() and self._room() < len(typed):
            event.accept()  # full: like a line edit, the key is refused
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste as one plain line, cut to the room left."""
        self.insert(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def _room(self) -> int:
        selected = len(self.textCursor().selectedText())
        return self._max_length - len(self.text()) + selected

    # --- the height of one line ---------------------------------------------------------------
    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        line = self.fontMetrics().lineSpacing() + 2 * _LINE_MARGIN + 2
        self.setFixedHeight(line + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
