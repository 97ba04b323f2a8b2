"""Step 1: the kind of document, to whom, why, from whom, and how the person is named."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.selection import PersonLabel
from app.core.summary_builder import person_label
from app.domain.models import Person
from app.domain.summary import Frame, Recipient
from app.ui.export.labels import frame_hint, frame_name

MAX_FIELD = 300


class RecipientPage(QWizardPage):
    """Nothing is chosen for the worker: the frame starts empty, the fields too."""

    def __init__(self, person: Person, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientPage")
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
        self.purpose = self._line(self.tr("Why they need it, e.g. preparing a return to work"))
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
        for edit in (self.recipient_name, self.purpose, self.author):
            edit.textChanged.connect(self.completeChanged)

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
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
