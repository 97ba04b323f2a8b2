"""Step 4: consent, asked and never assumed: informed and agreed, informed and not
agreed, or not informed — and then why.

In a child-protection document the question is about the holders of parental
authority (do they adhere to the approach?), and the worker may add why they
were not told, in the child's interest. Below, what the core would still refuse
(a reply to an employer with items the person did not agree to) is said plainly.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.summary import CHILD_FRAMES, Informed
from app.ui.export.labels import ReasonKind, informed_choice, reason_label
from app.ui.export.state import ExportState
from app.ui.widgets.checked_edit import CheckedLineEdit, CheckedTextEdit

MAX_DETAIL = 300


class InformedPage(QWizardPage):
    def __init__(self, state: ExportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("informedPage")
        self._state = state
        self.choices: dict[Informed, QRadioButton] = {}
        self._parents = False
        self._group = QButtonGroup(self)
        for informed in (Informed.AGREED, Informed.NOT_AGREED, Informed.NOT_INFORMED):
            button = QRadioButton(self)
            self._group.addButton(button)
            self.choices[informed] = button
            button.toggled.connect(self._changed)
        self.reason_box = QGroupBox(self.tr("Why not"), self)
        self.reason = QComboBox(self.reason_box)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Choose the reason…"))
        for kind in ReasonKind:
            self.reason.addItem(reason_label(kind), kind.value)
        self.reason.setCurrentIndex(-1)
        self.detail = CheckedLineEdit(parent=self.reason_box)
        self.detail.setMaxLength(MAX_DETAIL)
        self.detail.setPlaceholderText(self.tr("In a few words (required for another reason)"))
        self.detail.setAccessibleName(self.tr("Details of the reason"))
        form = QFormLayout(self.reason_box)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Details:"), self.detail)
        self.parents_comment = CheckedTextEdit(self)
        self.parents_comment.setAccessibleName(self.tr("About informing the parents"))
        self.parents_comment.setPlaceholderText(
            self.tr("What will be said to them and when, or why not, in the child's interest")
        )
        self.refusal = QLabel(self)
        self.refusal.setObjectName("informedRefusal")
        self.refusal.setWordWrap(True)
        layout = QVBoxLayout(self)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.parents_comment)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        self.reason.currentIndexChanged.connect(self._changed)
        self.detail.textChanged.connect(self._changed)
        self._changed()

    def initializePage(self) -> None:
        parents = self._state.frame in CHILD_FRAMES
        if parents:
            self.setTitle(self.tr("The parents"))
            self.setSubTitle(
                self.tr(
                    "Were the holders of parental authority told of this report, and do they"
                    " adhere to the approach?"
                )
            )
        else:
            self.setTitle(self.tr("The person"))
            self.setSubTitle(
                self.tr(
                    "The recipient is not the person. Does the person know that this is being"
                    " shared, and do they agree? Nothing is assumed."
                )
            )
        for informed, button in self.choices.items():
            button.setText(informed_choice(informed, parents))
        self._parents = parents
        self.parents_comment.setVisible(parents)

    def informed(self) -> Informed | None:
        return next((i for i, b in self.choices.items() if b.isChecked()), None)

    def reason_text(self) -> str:
        """The reason as printed: its kind, then the worker's words if any."""
        if self.informed() is not Informed.NOT_INFORMED or self.reason.currentIndex() < 0:
            return ""
        kind = ReasonKind(self.reason.currentData())
        detail = " ".join(self.detail.text().split())
        return f"{reason_label(kind)} — {detail}" if detail else reason_label(kind)

    def comment(self) -> str:
        return self.parents_comment.toPlainText().strip() if self._parents else ""

    def _changed(self, *_args: object) -> None:
        self.reason_box.setEnabled(self.informed() is Informed.NOT_INFORMED)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        answered = self._answered()
        # Once answered, anything the core would still refuse is shown before going on.
        refusal = self._state.refusal() if answered and self.wizard() is not None else ""
        self.refusal.setText(refusal)
        return answered and not refusal

    def _answered(self) -> bool:
        informed = self.informed()
        if informed is None:
            return False
        if informed is not Informed.NOT_INFORMED:
            return True
        if self.reason.currentIndex() < 0:
            return False
        other = ReasonKind(self.reason.currentData()) is ReasonKind.OTHER
        return not other or bool(self.detail.text().strip())
