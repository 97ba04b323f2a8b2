"""A person's interviews, newest first: date · kind · themes · first line of the facts.

The columns always share the list's width, so the facts column is never
reached by scrolling sideways (it was, at 1366×768 with text at 150 %): the
date and the kind keep their whole text, the themes take what they need up to
about 20 characters and give room back first, and the first line of the
facts, a preview ending with "…", takes the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from app.domain.ids import InterviewId
from app.domain.models import FactsStatus, InterviewSummaryRow
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.workspace.labels import day_text, kind_label, themes_text
from app.ui.workspace.style import RoomyDelegate

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DATE, KIND, THEMES, FACTS = range(4)
THEMES_EMS = 20  # longer lists of themes end with "…"
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, COPY_ROLE)
FACTS_EMS = 12  # the least of the facts' first line worth showing, in average characters


class TimelineModel(QAbstractTableModel):
    """Date · kind · themes · first line of the facts, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InterviewSummaryRow] = []

    def set_rows(self, rows: list[InterviewSummaryRow] | tuple[InterviewSummaryRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[InterviewSummaryRow]:
        return list(self._rows)

    def oldest_id(self) -> InterviewId | None:
        """The person's first interview (the list is newest first)."""
        return self._rows[-1].id if self._rows else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Kind"), self.tr("Themes"), self.tr("Facts"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        column = index.column()
        # The themes and the facts may end with "…" in a narrow list: whole on hovering.
        whole = role == Qt.ItemDataRole.ToolTipRole and column in (THEMES, FACTS)
        if whole or role in TEXT_ROLES:
            if column == DATE:
                return day_text(row.held_on)
            if column == KIND:
                return kind_label(row.kind)
            if column == THEMES:
                return themes_text(row.themes)
            first = row.first_line or self.tr("(no facts written yet)")
            if row.status == FactsStatus.FINALISED:
                return self.tr("%1 — finalised").replace("%1", first)
            return first
        return None


class TimelineView(QTreeView):
    """The interviews list, its columns fitted to its width (see the module's docstring)."""

    resized = Signal()  # the page may widen the list further (PersonFilePage)

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setModel(model)
        self.setItemDelegate(RoomyDelegate(self))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        for column in (DATE, KIND, THEMES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def fit_columns(self) -> None:
        """Date and kind whole, themes up to THEMES_EMS within the room left, facts the rest."""
        date, kind = self._whole(DATE), self._whole(KIND)
        em = self.fontMetrics().averageCharWidth()
        room = self.viewport().width() - date - kind - em * FACTS_EMS
        themes = min(self.sizeHintForColumn(THEMES), em * THEMES_EMS, room)
        self.setColumnWidth(DATE, date)
        self.setColumnWidth(KIND, kind)
        self.setColumnWidth(THEMES, max(self.header().sectionSizeHint(THEMES), themes))

    def wanted_width(self) -> int:
        """The width at which every column fits: date, kind, the themes' title, some facts."""
        em = self.fontMetrics().averageCharWidth()
        columns = self._whole(DATE) + self._whole(KIND) + self.header().sectionSizeHint(THEMES)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return columns + em * FACTS_EMS + 2 * self.frameWidth() + scroll_bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        self.resized.emit()

    def _whole(self, column: int) -> int:
        """The width that shows the column's title and every cell in full."""
        return max(self.sizeHintForColumn(column), self.header().sectionSizeHint(column))
