"""Record a correction to a register entry: a new entry; the original stays as recorded."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.register import Correction, record_correction
from app.core.session import Session
from app.domain.errors import CarnetError
from app.domain.ids import DisclosureId
from app.domain.models import Disclosure
from app.domain.summary import Informed
from app.ui.export.labels import informed_short
from app.ui.shell.errors import error_message
from app.ui.widgets.checked_edit import CheckedLineEdit

MAX_FIELD = 300


class CorrectionDialog(QDialog):
    """Pre-filled with the entry as recorded; what the worker changes is recorded anew."""

    def __init__(self, session: Session, entry: Disclosure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Record a correction"))
        self.session = session
        self.entry = entry
        self.recorded: DisclosureId | None = None
        intro = QLabel(
            self.tr(
                "Entry %1 stays as it was recorded. The correction is added as a new entry"
                " that points to it."
            ).replace("%1", str(entry.id)),
            self,
        )
        intro.setWordWrap(True)
        self.recipient = self._line(entry.recipient, self.tr("Recipient"))
        self.purpose = self._line(entry.purpose, self.tr("Purpose"), prose=True)
        self.reason = self._line(entry.reason, self.tr("Why not informed"), prose=True)
        self.choices: dict[Informed, QRadioButton] = {}
        group = QButtonGroup(self)
        informed_box = QVBoxLayout()
        for informed in Informed:
            button = QRadioButton(informed_short(informed.value), self)
            button.setChecked(informed.value == entry.informed)
            group.addButton(button)
            self.choices[informed] = button
            informed_box.addWidget(button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record the correction"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Informed:"), informed_box)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _line(self, text: str, name: str, prose: bool = False) -> QLineEdit | CheckedLineEdit:
        """A one-line field; spell-checked where the worker writes sentences."""
        edit = CheckedLineEdit(text, self) if prose else QLineEdit(text, self)
        edit.setMaxLength(MAX_FIELD)
        edit.setAccessibleName(name)
        return edit

    def informed(self) -> Informed:
        return next(i for i, b in self.choices.items() if b.isChecked())

    def record(self) -> None:
        """Appends the correction; on a refused value, says why and stays open."""
        correction = Correction(
            self.recipient.text(), self.purpose.text(), self.informed(), self.reason.text()
        )
        try:
            self.recorded = record_correction(self.session, self.entry.id, correction)
        except CarnetError as exc:
            self.message.setText(error_message(exc).full())
            return
        self.accept()
