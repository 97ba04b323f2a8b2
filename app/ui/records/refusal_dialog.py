"""Record a request the worker refused: who asked, for what, the answer given. No file.

Refusing is often the right answer to an employer or a manager asking for news;
the register keeps the trace (kind `refused`), and nothing leaves the device.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.register import RefusedRequest, record_refusal
from app.core.session import Session
from app.domain.errors import CarnetError
from app.domain.ids import DisclosureId, PersonId
from app.ui.shell.errors import error_message
from app.ui.widgets.checked_edit import CheckedLineEdit

MAX_FIELD = 300


class RefusalDialog(QDialog):
    """Three fields; "Record" appends the entry and closes, an error keeps what was typed."""

    def __init__(
        self, session: Session, person_id: PersonId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refusalDialog")
        self.setWindowTitle(self.tr("Record a refused request"))
        self.session = session
        self.person_id = person_id
        self.recorded: DisclosureId | None = None
        intro = QLabel(
            self.tr(
                "Nothing is written and nothing leaves: the register keeps who asked, when,"
                " for what, and the answer you gave."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.requester = self._line(self.tr("Who asked, e.g. the HR manager of the company"))
        self.purpose = self._line(self.tr("What they asked for"), prose=True)
        self.answer = self._line(self.tr("The answer you gave (optional)"), prose=True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Requester:"), self.requester)
        form.addRow(self.tr("Request:"), self.purpose)
        form.addRow(self.tr("Answer:"), self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _line(self, placeholder: str, prose: bool = False) -> QLineEdit | CheckedLineEdit:
        """A one-line field; spell-checked where the worker writes sentences."""
        edit = CheckedLineEdit(parent=self) if prose else QLineEdit(self)
        edit.setMaxLength(MAX_FIELD)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        return edit

    def record(self) -> None:
        request = RefusedRequest(self.requester.text(), self.purpose.text(), self.answer.text())
        try:
            self.recorded = record_refusal(self.session, self.person_id, request)
        except CarnetError as exc:
            self.message.setText(error_message(exc).full())
            return
        self.accept()
