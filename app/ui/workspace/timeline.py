"""A person's interviews, newest first: date · kind · themes · first line of the facts.

The columns always share the list's width, so the facts column is never
reached by scrolling sideways (it was, at 1366×768 with text at 150 %): the
date and the kind keep their whole text, the themes take what they need up to
about 20 characters and give room back first, and the first line of the
facts, a preview ending with "…", takes the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeView, QWidget

from app.domain.ids import InterviewId
from app.domain.models import FactsStatus, InterviewSummaryRow
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.workspace.labels import day_text, kind_label, themes_text
from app.ui.workspace.rows_model import RowsModel, set_up_table

DATE, KIND, THEMES, FACTS = range(4)
THEMES_EMS = 20  # longer lists of themes end with "…"
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, COPY_ROLE)
FACTS_EMS = 12  # the least of the facts' first line worth showing, in average characters


class TimelineModel(RowsModel[InterviewSummaryRow]):
    """Date · kind · themes · first line of the facts, newest first."""

    def oldest_id(self) -> InterviewId | None:
        """The person's first interview (the list is newest first)."""
        return self._rows[-1].id if self._rows else None

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("Themes"), self.tr("Facts"))

    def cell(self, row: InterviewSummaryRow, column: int, role: int) -> Any:
        # The themes and the facts may end with "…" in a narrow list: whole on hovering.
        whole = role == Qt.ItemDataRole.ToolTipRole and column in (THEMES, FACTS)
        if not whole and role not in TEXT_ROLES:
            return None
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


class TimelineView(QTreeView):
    """The interviews list, its columns fitted to its width (see the module's docstring)."""

    resized = Signal()  # the page may widen the list further (PersonFilePage)

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        set_up_table(self, model, fitted=0)
        for column in (DATE, KIND, THEMES):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

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
