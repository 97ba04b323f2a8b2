"""The frame's own questions: a child-protection report's child, assessment of the danger
and actions; a notice's parties; a certificate's start date; what an employer may be told.
Nothing here comes from the notes: the worker types it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.selection import ConcernFields, CoordinationFields
from app.domain.summary import CHILD_FRAMES, Frame
from app.ui.export.state import ExportState
from app.ui.widgets.checked_edit import CheckedTextEdit
from app.ui.widgets.optional_date import OptionalDateEdit

MAX_LINE = 300
CONCERN, COORDINATION, ATTESTATION, EMPLOYER = range(4)


class FramePage(QWizardPage):
    def __init__(
        self, case_opened: date | None, state: ExportState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("framePage")
        self._state = state
        self._frame: Frame | None = None
        self.stack = QStackedWidget(self)
        self.minor = self._line(
            self.tr("Surname, first name, date of birth, address: as you know them")
        )
        self.danger = CheckedTextEdit(self)
        self.danger.setObjectName("dangerAssessment")
        self.danger.setAccessibleName(self.tr("Your assessment of the danger"))
        self.danger.setPlaceholderText(
            self.tr(
                "Your own assessment of the danger or risk for the child, kept apart from the facts"
            )
        )
        self.legal_note = QLabel(self)
        self.legal_note.setWordWrap(True)
        self.confirm_support = QCheckBox(
            self.tr("The person agrees that I confirm a follow-up exists"), self
        )
        self.confirm_support.setObjectName("confirmSupport")
        self.actions_taken = CheckedTextEdit(self)
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
        self.stack.addWidget(self._employer_form())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        for edit in (self.minor, self.parties):
            edit.textChanged.connect(self.completeChanged)
        self.danger.textChanged.connect(self.completeChanged)

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(MAX_LINE)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        return edit

    def _concern_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.addRow(self.legal_note)
        form.addRow(self.tr("The child:"), self.minor)
        form.addRow(self.tr("Assessment of the danger:"), self.danger)
        form.addRow(self.tr("Actions already taken:"), self.actions_taken)
        return page

    def _employer_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(
            self.tr(
                "A reply to an employer states only what the person agreed to share, followed"
                " by a paragraph on professional secrecy (article 226-13 of the Code pénal)."
                " If the person did not agree, say nothing else, and consider recording the"
                " request as refused in the register instead."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow("", self.confirm_support)
        return page

    def _coordination_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(
            self.tr(
                "A coordination notice says only that coordinated action is needed, between"
                " whom and from when (article L. 121-6-2 CASF). It carries nothing from your notes."
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
        self._frame = frame = self._state.frame
        if frame in CHILD_FRAMES:
            if frame is Frame.PROSECUTOR:
                self.setTitle(self.tr("The report to the public prosecutor"))
                self.legal_note.setText(
                    self.tr(
                        "Article L. 226-4 CASF; article 226-14 of the Code pénal lifts"
                        " professional secrecy for this report. Reserved for serious danger."
                    )
                )
            else:
                self.setTitle(self.tr("The concern report"))
                self.legal_note.setText(
                    self.tr(
                        "Article L. 226-2-1 CASF: to the departmental unit (CRIP). Share only"
                        " what is strictly necessary (article L. 226-2-2 CASF)."
                    )
                )
            self.setSubTitle(self.tr("The child, your assessment of the danger, what was done."))
            self.stack.setCurrentIndex(CONCERN)
        elif frame is Frame.COORDINATION:
            self.setTitle(self.tr("The coordination notice"))
            self.setSubTitle(self.tr("Between whom, and from when."))
            self.stack.setCurrentIndex(COORDINATION)
        elif frame is Frame.EMPLOYER:
            self.setTitle(self.tr("The reply to the employer"))
            self.setSubTitle(self.tr("Only what the person agreed to share."))
            self.stack.setCurrentIndex(EMPLOYER)
        else:
            self.setTitle(self.tr("The certificate of support"))
            self.setSubTitle(self.tr("Since when the person is supported."))
            self.stack.setCurrentIndex(ATTESTATION)
        self.completeChanged.emit()

    def concern(self, parents_comment: str = "") -> ConcernFields:
        return ConcernFields(
            self.minor.text().strip(),
            self.actions_taken.toPlainText().strip(),
            parents_comment,
            self.danger.toPlainText().strip(),
        )

    def confirms_support(self) -> bool:
        return self._frame is Frame.EMPLOYER and self.confirm_support.isChecked()

    def coordination(self) -> CoordinationFields:
        return CoordinationFields(self.parties.text().strip(), self.starting.value())

    def supported_since(self) -> date | None:
        return self.since.value()

    def isComplete(self) -> bool:
        if self._frame is Frame.PROSECUTOR and not self.danger.toPlainText().strip():
            return False
        if self._frame in CHILD_FRAMES:
            return bool(self.minor.text().strip())
        if self._frame is Frame.COORDINATION:
            return bool(self.parties.text().strip())
        return True
