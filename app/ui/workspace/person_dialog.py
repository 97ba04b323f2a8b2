"""Add or edit a person: only the alias is required."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Person, PersonDraft
from app.ui.widgets.fit import show_whole_hint, show_whole_title
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.workspace.style import QuietLabel

MAX_ALIAS = 200


class PersonDialog(QDialog):
    """Alias (required), organisation and case dates; also used to edit."""

    def __init__(self, parent: QWidget | None = None, person: Person | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._editing = person is not None
        self.setWindowTitle(self.tr("Edit details") if self._editing else self.tr("Add a person"))
        self.alias = QLineEdit(self)
        self.alias.setMaxLength(MAX_ALIAS)
        self.alias.setAccessibleName(self.tr("Name or alias (required)"))
        self.alias.setPlaceholderText(self.tr("A name, an alias or initials"))
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("Client company or service (optional)"))
        self.opened = OptionalDateEdit(self.tr("Case opened on"), self)
        self.closed = OptionalDateEdit(self.tr("Case closed on"), self)
        self.destroy_box = QCheckBox(
            self.tr("Destroy this person's working hypotheses now (recommended)"), self
        )
        self.destroy_box.setChecked(True)
        hint = QuietLabel(self.tr("Only the name or alias is required."), self)

        form = QFormLayout()
        form.addRow(self.tr("&Name or alias:"), self.alias)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.opened)
        form.addRow(self.closed)
        form.addRow(self.destroy_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if self._editing else self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self._was_closed = person is not None and person.case_closed is not None
        if person is not None:
            self.alias.setText(person.alias)
            self.organisation.setText(person.organisation)
            self.opened.set_value(person.case_opened)
            self.closed.set_value(person.case_closed)
        else:
            self.opened.set_value(date.today())
            self.closed.setVisible(False)
        self.alias.textChanged.connect(self._update)
        self.closed.changed.connect(self._update)
        self._update()
        for field in (self.alias, self.organisation):
            show_whole_hint(field)
        show_whole_title(self)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.alias.text().strip()))
        closing = self._editing and not self._was_closed and self.closed.value() is not None
        self.destroy_box.setVisible(closing)

    def draft(self, details: str = "") -> PersonDraft:
        return PersonDraft(
            alias=" ".join(self.alias.text().split()),
            organisation=self.organisation.text().strip(),
            details=details,
            case_opened=self.opened.value(),
            case_closed=self.closed.value(),
        )

    def closing_now(self) -> bool:
        """Whether this edit closes the case (it was open before)."""
        return self._editing and not self._was_closed and self.closed.value() is not None

    def destroy_hypotheses(self) -> bool:
        return self.closing_now() and self.destroy_box.isChecked()
