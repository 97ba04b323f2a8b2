"""Step 6: the format, then "Write the file…": where to save, written off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.summary import ExportFormat, Summary
from app.export.labels import frame_title, recipient_text
from app.ui.export.labels import format_label
from app.ui.export.state import ExportState


class WritePage(QWizardPage):
    def __init__(self, state: ExportState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writePage")
        self._state = state or ExportState()  # a page shown alone has no wizard to ask
        self.setTitle(self.tr("Write the file"))
        self.setSubTitle(
            self.tr(
                "The file name says nothing about the person. Once written, the transmission is"
                " recorded in the disclosure register with a fingerprint of the file."
            )
        )
        self.recap = QLabel(self)
        self.recap.setObjectName("writeRecap")
        self.recap.setWordWrap(True)
        self.formats: dict[ExportFormat, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recap)
        layout.addSpacing(12)
        for fmt in ExportFormat:
            button = QRadioButton(format_label(fmt), self)
            group.addButton(button)
            self.formats[fmt] = button
            layout.addWidget(button)
        self.formats[ExportFormat.PDF].setChecked(True)
        self.message = QLabel(self)
        self.message.setObjectName("writeMessage")
        self.message.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def format(self) -> ExportFormat:
        return next(f for f, b in self.formats.items() if b.isChecked())

    def set_busy(self, busy: bool) -> None:
        for button in self.formats.values():
            button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Writing the file…"))

    def show_error(self, text: str) -> None:
        self.message.setText(text)

    def initializePage(self) -> None:
        self.message.clear()
        if self._state.summary is not None:
            self.show_recap(self._state.summary)

    def show_recap(self, summary: Summary) -> None:
        """What is about to leave, in one sentence, before the worker writes it."""
        text = self.tr("%1 to %2, with %n item(s) from the notes.", "", len(summary.item_refs()))
        text = text.replace("%1", frame_title(summary.frame))
        self.recap.setText(text.replace("%2", recipient_text(summary.recipient)))
