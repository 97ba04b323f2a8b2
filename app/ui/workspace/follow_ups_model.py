"""Follow-ups as a table (due date with a tick box, optionally the person, the text).

Used in a person's file and in the cross-person view. Ticking asks the owner
to write (`done_requested`); the row changes once the vault has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from app.core.workspace_queries import DueFollowUp
from app.domain.ids import FollowUpId
from app.domain.models import FollowUp
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.widgets.hypotheses_edit import blend
from app.ui.workspace.labels import day_text
from app.ui.workspace.style import RoomyDelegate
from app.ui.workspace.text_match import initials

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_AMBER = QColor(230, 140, 30)


class FollowUpModel(QAbstractTableModel):
    """Rows of follow-ups; column 0 is the tick box and due date."""

    done_requested = Signal(object, bool)  # FollowUpId, done

    def __init__(self, parent: QObject | None = None, with_person: bool = False) -> None:
        super().__init__(parent)
        self._items: list[DueFollowUp] = []
        self._with_person = with_person
        self._privacy = False
        self._today = date.today()

    def set_items(self, items: list[DueFollowUp], today: date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def set_follow_ups(self, follow_ups: Sequence[FollowUp], today: date) -> None:
        items = [
            DueFollowUp(f, "", not f.done and f.due_on is not None and f.due_on < today)
            for f in follow_ups
        ]
        self.set_items(items, today)

    def clear(self) -> None:
        self.set_items([], self._today)

    def item(self, row: int) -> DueFollowUp | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def update_follow_up(self, follow_up: FollowUp) -> None:
        """Show a follow-up as stored now (after ticking); the row stays until reload."""
        for row, item in enumerate(self._items):
            if item.follow_up.id == follow_up.id:
                overdue = not follow_up.done and item.overdue
                self._items[row] = replace(item, follow_up=follow_up, overdue=overdue)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_privacy(self, on: bool) -> None:
        self.beginResetModel()
        self._privacy = on
        self.endResetModel()

    def request_toggle(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            self.done_requested.emit(item.follow_up.id, not item.follow_up.done)

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3 if self._with_person else 2

    def _text_column(self) -> int:
        return 2 if self._with_person else 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Due")
        if section == self._text_column():
            return self.tr("Next step")
        return self.tr("Person")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        follow_up, column = item.follow_up, index.column()
        if role == ITEM_ROLE:
            return item
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
        self.setModel(model)
        self.setItemDelegate(RoomyDelegate(self))
        self._model = model
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
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
