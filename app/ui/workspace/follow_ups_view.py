"""Everything due within a week across persons, overdue first and marked as such.

Space (or the tick box) marks the current follow-up done; it stays in the
list, struck through, until the view is reopened, so a wrong key is undone
with a second Space. Enter opens the person's file.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.workspace_queries import DUE_HORIZON_DAYS, DueFollowUp
from app.ui.widgets.empty_state import EmptyState
from app.ui.workspace.follow_ups_model import FollowUpModel, FollowUpView
from app.ui.workspace.labels import day_text
from app.ui.workspace.rows_model import ITEM_ROLE
from app.ui.workspace.style import QuietLabel, title


class FollowUpsPage(QWidget):
    person_requested = Signal(object)  # PersonId
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.title = title(self, "", 1.2)
        hint = QuietLabel(
            self.tr("Space marks the selected follow-up done; Enter opens the person's file."),
            self,
        )
        hint.setWordWrap(True)
        self.model = FollowUpModel(self, with_person=True)
        self.view = FollowUpView(self.model, self)
        self.view.setObjectName("dueFollowUps")
        self.view.setAccessibleName(self.tr("Follow-ups due"))
        self.view.activated.connect(self._on_activated)
        self.empty = EmptyState(
            self.view, self.tr("Nothing due this week."), self.tr("Back to the persons")
        )
        self.empty.activated.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)

    def show_items(self, items: list[DueFollowUp], today: date) -> None:
        limit = today + timedelta(days=DUE_HORIZON_DAYS)
        self.title.setText(self.tr("Follow-ups due by %1").replace("%1", day_text(limit)))
        self.model.set_rows(items)

    def clear(self) -> None:
        self.model.clear()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, DueFollowUp):
            self.person_requested.emit(item.follow_up.person_id)
