"""A small widget showing one figures table as a bar chart (painted, no chart library)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.activity import FigureTable
from app.export.activity_chart import paint_chart

ROW_PX = 22


class BarChart(QWidget):
    def __init__(self, table: FigureTable, threshold: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table, self._threshold = table, threshold
        self.setMinimumHeight(ROW_PX * max(1, len(table.rows)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(360, ROW_PX * max(1, len(self._table.rows)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 2, -4, -2)
        painter.setFont(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)  # readable in a dark palette
        paint_chart(painter, area, self._table, self._threshold, text)
        painter.end()
