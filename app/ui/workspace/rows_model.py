"""What the workspace's flat tables share: a model over a list of rows, and the view.

The timeline, the follow-ups, the hypotheses and the search results each show a
list of records, one per row, under fixed headings; only their cells differ (the
search results draw theirs with their own delegate, in their own view).
`ITEM_ROLE` gives the record itself, so a view's owner acts on it without
reading any cell.
Copying stays each model's decision (`COPY_ROLE` in `cell`): nothing here answers it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from app.ui.workspace.style import RoomyDelegate

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A table with one record a row; subclasses name the headings and fill the cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._privacy = False  # privacy mode: a subclass that shows names shows initials

    def headings(self) -> tuple[str, ...]:
        """The column titles, translated; their number is the number of columns."""
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What the view shows for `row` in `column` under `role` (None for nothing)."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Row]:
        return list(self._rows)

    def item(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_privacy(self, on: bool) -> None:
        self.beginResetModel()
        self._privacy = on
        self.endResetModel()

    def _replace(self, row: int, item: Row) -> None:
        """Show one record as stored now, without resetting the view."""
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headings())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        return self.cell(item, index.column(), role)


def set_up_table(view: QTreeView, model: RowsModel[Any], fitted: int = 1) -> None:
    """A flat, read-only table of whole rows; the first `fitted` columns as wide as their text."""
    view.setModel(model)
    view.setItemDelegate(RoomyDelegate(view))
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.header()
    header.setStretchLastSection(True)
    for column in range(fitted):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
