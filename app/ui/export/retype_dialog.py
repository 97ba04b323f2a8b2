"""Retype one text of a transmission: the worker's own words, for this document only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.checked_edit import CheckedTextEdit

MAX_TEXT = 20_000


class RetypeDialog(QDialog):
    """Pre-filled with the text as it stands in the transmission; the note is not touched."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retypeDialog")
        self.setWindowTitle(self.tr("Retype for this transmission"))
        intro = QLabel(
            self.tr(
                "Write it as it should read in this document. Your note stays as written;"
                " the register records that this text was edited."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.editor = CheckedTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("Text for this transmission"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this text"))
        self.buttons.accepted.connect(self._accept_if_written)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 14)
        self._update()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _update(self) -> None:
        written = 0 < len(self.text()) <= MAX_TEXT
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(written)

    def _accept_if_written(self) -> None:
        if 0 < len(self.text()) <= MAX_TEXT:
            self.accept()
