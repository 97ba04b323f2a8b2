"""Step 1: the kind of document, to whom, why, from whom, and how the person is named."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.selection import PERSON_ONLY_FRAMES, PersonLabel
from app.core.summary_builder import person_label
from app.domain.models import Person
from app.domain.summary import CHILD_FRAMES, Frame, Recipient
from app.ui.export.labels import frame_hint, frame_name
from app.ui.export.state import ExportState
from app.ui.widgets.checked_edit import CheckedLineEdit

MAX_FIELD = 300


class RecipientPage(QWizardPage):
    """Nothing is chosen for the worker: the frame starts empty, the fields too."""

    def __init__(
        self, person: Person, author: str, state: ExportState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recipientPage")
        self._state = state
        self._alias = person.alias
        self.setTitle(self.tr("To whom, and why"))
        self.setSubTitle(
            self.tr("Nothing leaves until the last step. Start with the kind of document.")
        )
        self.frame_box = QComboBox(self)
        self.frame_box.setObjectName("frameBox")
        self.frame_box.setAccessibleName(self.tr("Kind of document"))
        self.frame_box.setPlaceholderText(self.tr("Choose the kind of document…"))
        for frame in Frame:
            self.frame_box.addItem(frame_name(frame), frame.value)
        self.frame_box.setCurrentIndex(-1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.recipient_name = self._line(self.tr("Name of the recipient (required)"))
        self.recipient_role = self._line(self.tr("Role, e.g. occupational doctor (optional)"))
        self.recipient_org = self._line(self.tr("Organisation (optional)"))
        self.to_person = QCheckBox(self.tr("The recipient is the person themself"), self)
        self.to_person.setObjectName("toPerson")
        self.everything = QCheckBox(
            self.tr("Everything Carnet holds about the person (right of access)"), self
        )
        self.everything.setObjectName("everything")
        self.purpose = self._line(
            self.tr("Why they need it, e.g. preparing a return to work"), prose=True
        )
        self.author = self._line(self.tr("You or your service, as the document is signed"))
        self.author.setText(author)
        self.by_alias = QRadioButton(self.tr("By name: %1").replace("%1", person.alias), self)
        initials = person_label(person, PersonLabel.INITIALS)
        self.by_initials = QRadioButton(self.tr("By initials: %1").replace("%1", initials), self)
        self.by_alias.setChecked(True)
        self._label_group = QButtonGroup(self)
        self._label_group.addButton(self.by_alias)
        self._label_group.addButton(self.by_initials)
        self._build_layout()
        self.frame_box.currentIndexChanged.connect(self._frame_changed)
        self.to_person.toggled.connect(self._to_person_changed)
        self.everything.toggled.connect(self._to_person_changed)
        for edit in (self.recipient_name, self.purpose, self.author):
            edit.textChanged.connect(self.completeChanged)
        self._frame_changed()

    def _line(self, placeholder: str, prose: bool = False) -> QLineEdit | CheckedLineEdit:
        """A one-line field; spell-checked where the worker writes sentences."""
        edit = CheckedLineEdit(parent=self) if prose else QLineEdit(self)
        edit.setMaxLength(MAX_FIELD)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.frame_box)
        form.addRow("", self.hint)
        form.addRow(self.tr("To:"), self.recipient_name)
        form.addRow("", self.recipient_role)
        form.addRow("", self.recipient_org)
        form.addRow("", self.to_person)
        form.addRow("", self.everything)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("From:"), self.author)
        naming = QVBoxLayout()
        naming.addWidget(self.by_alias)
        naming.addWidget(self.by_initials)
        form.addRow(self.tr("Name the person:"), naming)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def _frame_changed(self) -> None:
        frame = self.frame()
        self.hint.setText(frame_hint(frame) if frame is not None else "")
        # The person's own copy goes to the person only; a child-protection report never does.
        if frame in PERSON_ONLY_FRAMES:
            self.to_person.setChecked(True)
        elif frame in CHILD_FRAMES:
            self.to_person.setChecked(False)
        self.to_person.setEnabled(frame not in PERSON_ONLY_FRAMES and frame not in CHILD_FRAMES)
        self.everything.setVisible(frame in PERSON_ONLY_FRAMES)
        if frame not in PERSON_ONLY_FRAMES:
            self.everything.setChecked(False)
        self._state.frame = frame
        self._to_person_changed()

    def _to_person_changed(self, *_args: object) -> None:
        if self.to_person.isChecked() and not self.recipient_name.text().strip():
            self.recipient_name.setText(self._alias)
        self._state.to_person = self.to_person.isChecked()
        self._state.everything = self.everything.isChecked()
        self.completeChanged.emit()

    def frame(self) -> Frame | None:
        data = self.frame_box.currentData()
        return Frame(data) if isinstance(data, str) else None

    def set_frame(self, frame: Frame) -> None:
        self.frame_box.setCurrentIndex(self.frame_box.findData(frame.value))

    def recipient(self) -> Recipient:
        return Recipient(
            self.recipient_name.text().strip(),
            self.recipient_role.text().strip(),
            self.recipient_org.text().strip(),
        )

    def label(self) -> PersonLabel:
        return PersonLabel.INITIALS if self.by_initials.isChecked() else PersonLabel.ALIAS

    def isComplete(self) -> bool:
        filled = all(e.text().strip() for e in (self.recipient_name, self.purpose, self.author))
        return self.frame() is not None and filled
