"""Dated addenda under a finalised note: the original stays, corrections are added."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.models import Addendum
from app.ui.session.clipboard_guard import SensitiveClipboard
from app.ui.widgets.facts_edit import FactsEdit
from app.ui.widgets.icons import set_icon
from app.ui.workspace.labels import moment_text
from app.ui.workspace.style import QuietLabel


class AddendaPanel(QWidget):
    """The addenda so far (read only) and a field to write a new one."""

    save_requested = Signal(str)

    def __init__(self, clipboard: SensitiveClipboard | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendaPanel")
        title = QLabel(self.tr("Addenda"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        explain = QuietLabel(self.tr("Dated corrections and additions, after finalising."), self)
        explain.setWordWrap(True)

        self.history = FactsEdit(self, clipboard=clipboard)
        self.history.setObjectName("addendaHistory")
        self.history.setReadOnly(True)
        self.history.setAccessibleName(self.tr("Addenda"))
        self.history.setPlaceholderText(self.tr("No addendum yet."))

        self.new_edit = FactsEdit(self, clipboard=clipboard)
        self.new_edit.setObjectName("addendumEdit")
        self.new_edit.setAccessibleName(self.tr("New addendum"))
        self.new_edit.setPlaceholderText(self.tr("What to correct or add, as facts…"))
        self.new_edit.textChanged.connect(self._sync)
        self.add_button = QPushButton(self.tr("Add addendum…"), self)
        self.add_button.clicked.connect(self.start)
        set_icon(self.add_button, "file-pen-line")
        self.save_button = QPushButton(self.tr("Save addendum"), self)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.stop)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(self.history, 2)
        layout.addWidget(self.new_edit, 1)
        layout.addLayout(buttons)
        self.stop()

    def set_addenda(self, addenda: tuple[Addendum, ...]) -> None:
        self.history.wipe()
        cursor = QTextCursor(self.history.document())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        plain = QTextCharFormat()
        for number, addendum in enumerate(addenda):
            if number:
                cursor.insertBlock()
                cursor.insertBlock()
            header = self.tr("Addendum of %1").replace("%1", moment_text(addendum.created_at))
            cursor.insertText(header, bold)
            cursor.insertBlock()
            cursor.insertText(addendum.text, plain)
        self.history.document().clearUndoRedoStacks()
        self.history.setVisible(bool(addenda))

    def show_draft(self, text: str) -> None:
        """Put back the addendum being written (saved as typed), ready to go on."""
        self.new_edit.setPlainText(text)
        self.new_edit.document().clearUndoRedoStacks()
        self.new_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.start()

    def draft_text(self) -> str:
        return self.new_edit.toPlainText()

    def has_draft(self) -> bool:
        return bool(self.new_edit.toPlainText().strip())

    def start(self) -> None:
        """Show the field for a new addendum and put the cursor in it."""
        self.new_edit.setVisible(True)
        self.save_button.setVisible(True)
        self.cancel_button.setVisible(True)
        self.add_button.setVisible(False)
        self._sync()
        self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Hide the new-addendum field and empty it (its draft, emptied, is dropped)."""
        self.new_edit.wipe()
        self.new_edit.setVisible(False)
        self.save_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.add_button.setVisible(True)

    def clear(self) -> None:
        self.set_addenda(())
        self.stop()

    def _sync(self) -> None:
        self.save_button.setEnabled(self.has_draft())

    def _save(self) -> None:
        if self.has_draft():
            self.save_requested.emit(self.new_edit.toPlainText())
