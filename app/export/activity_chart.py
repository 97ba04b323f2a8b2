"""A plain bar chart of one figures table, painted with QPainter.

Used on screen (a small widget) and in the PDF (painted onto the page). A
masked count is drawn as a hatched bar at the threshold's height, labelled as
shown ("<3", "≥3"): the chart never tells more than the table.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from app.domain.activity import FigureTable, Shown
from app.export.activity_labels import code_label

BAR = QColor("#3b6ea5")
MASKED = QColor("#9bb3cf")
TEXT = QColor("#202020")


def _height(value: Shown, threshold: int) -> int:
    if isinstance(value, int):
        return value
    return threshold - 1 if value.startswith("<") else threshold


def paint_chart(
    painter: QPainter, area: QRectF, table: FigureTable, threshold: int, text: QColor = TEXT
) -> None:
    """Horizontal bars, one per row, labels on the left and counts on the right.

    `text` is the colour of the labels: dark on paper, the palette's text on screen.
    """
    rows = table.rows
    if not rows:
        return
    painter.save()
    font = QFont(painter.font())
    font.setPointSizeF(max(6.0, min(10.0, area.height() / (len(rows) * 2.2))))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    label_width = max(metrics.horizontalAdvance(code_label(code)) for code, _ in rows) + 8
    count_width = metrics.horizontalAdvance("≥000") + 8
    step = area.height() / len(rows)
    peak = max(1, *(_height(value, threshold) for _, value in rows))
    span = max(1.0, area.width() - label_width - count_width)
    for index, (code, value) in enumerate(rows):
        top = area.top() + index * step
        line = QRectF(area.left(), top, label_width - 8, step)
        painter.setPen(QPen(text))
        painter.drawText(
            line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, code_label(code)
        )
        width = span * _height(value, threshold) / peak
        bar = QRectF(area.left() + label_width, top + step * 0.2, width, step * 0.6)
        masked = isinstance(value, str)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            QBrush(
                MASKED if masked else BAR,
                Qt.BrushStyle.BDiagPattern if masked else Qt.BrushStyle.SolidPattern,
            )
        )
        painter.drawRect(bar)
        painter.setPen(QPen(text))
        where = QRectF(bar.right() + 4, top, count_width, step)
        painter.drawText(
            where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value)
        )
    painter.restore()
