"""The frame's own questions: a concern report's minor and actions, a notice's parties,
a certificate's start date. Nothing here comes from the notes: the worker types it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.selection import ConcernFields, CoordinationFields
from app.domain.summary import Frame
from app.ui.widgets.optional_date import OptionalDateEdit

MAX_LINE = 300


class FramePage(QWizardPage):
    def __init__(self, case_opened: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framePage")
        self._frame: Frame | None = None
        self.stack = QStackedWidget(self)
        self.minor = self._line(self.tr("Initials and year of birth, e.g. L. Q., born 2015"))
        self.actions_taken = QPlainTextEdit(self)
        self.actions_taken.setAccessibleName(self.tr("Actions already taken"))
        self.actions_taken.setPlaceholderText(
            self.tr("What you have already done or proposed (optional)")
        )
        self.parties = self._line(self.tr("e.g. company social service, CCAS, occupational doctor"))
        self.starting = OptionalDateEdit(self.tr("Coordination needed from"), self)
        self.since = OptionalDateEdit(self.tr("State since when"), self)
        self.since.set_value(case_opened)
        self.stack.addWidget(self._concern_form())
        self.stack.addWidget(self._coordination_form())
        self.stack.addWidget(self._attestation_form())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        for edit in (self.minor, self.parties):
            edit.textChanged.connect(self.completeChanged)

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(MAX_LINE)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        return edit

    def _concern_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.addRow(self.tr("Minor concerned:"), self.minor)
        form.addRow(self.tr("Actions already taken:"), self.actions_taken)
        return page

    def _coordination_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(
            self.tr(
                "A coordination notice says only that coordinated action is needed, between"
                " whom and from when (article L121-6-2 CASF). It carries nothing from your notes."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Professionals involved:"), self.parties)
        form.addRow("", self.starting)
        return page

    def _attestation_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(
            self.tr("A certificate only says that the person is supported, and since when."), page
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow("", self.since)
        return page

    def initializePage(self) -> None:
        wizard = self.wizard()
        frame_of = getattr(wizard, "frame", None)
        self._frame = frame_of() if callable(frame_of) else None
        if self._frame is Frame.CONCERN:
            self.setTitle(self.tr("The concern report"))
            self.setSubTitle(self.tr("Who the report is about, and what has been done."))
            self.stack.setCurrentIndex(0)
        elif self._frame is Frame.COORDINATION:
            self.setTitle(self.tr("The coordination notice"))
            self.setSubTitle(self.tr("Between whom, and from when."))
            self.stack.setCurrentIndex(1)
        else:
            self.setTitle(self.tr("The certificate of support"))
            self.setSubTitle(self.tr("Since when the person is supported."))
            self.stack.setCurrentIndex(2)
        self.completeChanged.emit()

    def concern(self, parents_comment: str = "") -> ConcernFields:
        return ConcernFields(
            self.minor.text().strip(), self.actions_taken.toPlainText().strip(), parents_comment
        )

    def coordination(self) -> CoordinationFields:
        return CoordinationFields(self.parties.text().strip(), self.starting.value())

    def supported_since(self) -> date | None:
        return self.since.value()

    def isComplete(self) -> bool:
        if self._frame is Frame.CONCERN:
            return bool(self.minor.text().strip())
        if self._frame is Frame.COORDINATION:
            return bool(self.parties.text().strip())
        return True
