"""What the register says when no entry is listed: filtered out, or nothing left yet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.optional_date import OptionalDateEdit

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RegisterFilters:
    """The register's filter widgets; the last scope entry is "everyone"."""

    scope: QComboBox
    since: OptionalDateEdit
    until: OptionalDateEdit
    recipient: QLineEdit

    def narrowed(self) -> bool:
        """Whether a filter hides entries: dates, a recipient, or one person of several."""
        dated = self.since.value() is not None or self.until.value() is not None
        one_person = self.scope.currentIndex() != self.scope.count() - 1
        return one_person or dated or bool(self.recipient.text())

    def show_everything(self) -> None:
        """Every filter back to "everyone, any date, any recipient"."""
        self.scope.setCurrentIndex(self.scope.count() - 1)
        self.since.set_value(None)
        self.until.set_value(None)
        self.recipient.clear()


def attach_empty_state(table: QAbstractItemView, filters: RegisterFilters) -> EmptyState:
    """The register's empty state, its words updated each time the entries are reloaded."""
    state = EmptyState(table)

    def update() -> None:
        if filters.narrowed():
            state.set_texts(
                translate("RegisterView", "No transmission matches these filters."),
                translate("RegisterView", "Show every transmission"),
            )
        else:
            state.set_texts(
                translate(
                    "RegisterView",
                    "Nothing has left this computer yet."
                    " Each transmission you make is recorded here.",
                )
            )

    model = table.model()
    if model is not None:
        model.modelReset.connect(update)
    state.activated.connect(filters.show_everything)
    update()
    return state
