"""Follow-ups as a table (due date with a tick box, optionally the person, the text).

Used in a person's file and in the cross-person view. Ticking asks the owner
to write (`done_requested`); the row changes once the vault has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QTreeView, QWidget

from app.core.workspace_queries import DueFollowUp
from app.domain.ids import FollowUpId
from app.domain.models import FollowUp
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.widgets.colours import blend
from app.ui.workspace.labels import day_text
from app.ui.workspace.rows_model import ITEM_ROLE, Index, RowsModel, set_up_table
from app.ui.workspace.text_match import initials

_AMBER = QColor(230, 140, 30)


class FollowUpModel(RowsModel[DueFollowUp]):
    """Rows of follow-ups; column 0 is the tick box and due date."""

    done_requested = Signal(object, bool)  # FollowUpId, done

    def __init__(self, parent: QObject | None = None, with_person: bool = False) -> None:
        super().__init__(parent)
        self._with_person = with_person

    def set_follow_ups(self, follow_ups: Sequence[FollowUp], today: date) -> None:
        self.set_rows(
            DueFollowUp(f, "", not f.done and f.due_on is not None and f.due_on < today)
            for f in follow_ups
        )

    def update_follow_up(self, follow_up: FollowUp) -> None:
        """Show a follow-up as stored now (after ticking); the row stays until reload."""
        for row, item in enumerate(self._rows):
            if item.follow_up.id == follow_up.id:
                overdue = not follow_up.done and item.overdue
                self._replace(row, replace(item, follow_up=follow_up, overdue=overdue))

    def request_toggle(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            self.done_requested.emit(item.follow_up.id, not item.follow_up.done)

    # --- Qt model -----------------------------------------------------------------------------
    def headings(self) -> tuple[str, ...]:
        person = (self.tr("Person"),) if self._with_person else ()
        return (self.tr("Due"), *person, self.tr("Next step"))

    def _text_column(self) -> int:
        return 2 if self._with_person else 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def cell(self, item: DueFollowUp, column: int, role: int) -> Any:
        follow_up = item.follow_up
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if follow_up.done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, COPY_ROLE):
            return self._text(item, column, role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Qt.ItemDataRole.FontRole and (item.overdue or follow_up.done):
            font = QFont()
            font.setBold(item.overdue)
            font.setStrikeOut(follow_up.done)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
            return blend(base, _AMBER, 0.16)
        if role == Qt.ItemDataRole.ForegroundRole and follow_up.done:
            palette = QGuiApplication.palette()
            text = palette.color(QPalette.ColorRole.Text)
            return blend(text, palette.color(QPalette.ColorRole.Base), 0.45)
        if role == Qt.ItemDataRole.ToolTipRole and column == self._text_column():
            return follow_up.text
        return None

    def _text(self, item: DueFollowUp, column: int, spoken: bool) -> str:
        follow_up = item.follow_up
        if column == 0:
            due = day_text(follow_up.due_on) if follow_up.due_on else self.tr("No date")
            if item.overdue:
                return self.tr("%1 (overdue)").replace("%1", due)
            if spoken and follow_up.done:
                return self.tr("%1, done").replace("%1", due)
            return due
        if column == self._text_column():
            return " ".join(follow_up.text.split())
        return initials(item.alias) if self._privacy else item.alias

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self.request_toggle(index.row())
        return False  # the row changes when the vault confirms


class FollowUpView(QTreeView):
    """A flat table of follow-ups; Space ticks or unticks the current one."""

    def __init__(self, model: FollowUpModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_up_table(self, model)
        self._model = model
        model.modelReset.connect(self._select_first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            index = self.currentIndex()
            if index.isValid():
                self._model.request_toggle(index.row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _select_first(self) -> None:
        if self._model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self._model.index(0, 0))

    def current_follow_up_id(self) -> FollowUpId | None:
        item = self.currentIndex().data(ITEM_ROLE)
        return item.follow_up.id if isinstance(item, DueFollowUp) else None
