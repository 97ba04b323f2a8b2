"""The activity figures as an A4 PDF: the counts, then each table with its bar chart."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.domain.activity import ActivityFigures, FigureTable
from app.domain.errors import ExportFailed
from app.export import activity_labels as words
from app.export.activity_chart import paint_chart
from app.export.labels import confidential

RESOLUTION = 300
MARGIN = 0.07  # of the page width


class _Pages:
    """A cursor down the pages: asks for a new page when a block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        margin = writer.width() * MARGIN
        self.frame = QRectF(
            margin, margin, writer.width() - 2 * margin, writer.height() - 2 * margin
        )
        self.y = self.frame.top()
        self.line = writer.height() / 48

    def room(self, height: float) -> float:
        if self.y + height > self.frame.bottom():
            if not self.writer.newPage():
                raise ExportFailed("The PDF document could not be produced.")
            self.y = self.frame.top()
        top = self.y
        self.y += height
        return top

    def text(self, value: str, *, bold: bool = False, size: float = 10.0) -> None:
        font = QFont(self.painter.font())
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        top = self.room(self.line * size / 10)
        box = QRectF(self.frame.left(), top, self.frame.width(), self.line * size / 10)
        self.painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value
        )


def _table(pages: _Pages, name: str, table: FigureTable, threshold: int) -> None:
    height = pages.line * (len(table.rows) + 2)
    pages.room(height + pages.line * 2)
    pages.y -= height + pages.line * 2
    pages.text(words.table_label(name), bold=True, size=11)
    top = pages.room(height)
    paint_chart(
        pages.painter,
        QRectF(pages.frame.left(), top, pages.frame.width(), height),
        table,
        threshold,
    )
    if table.total is not None:
        pages.text(f"{words.total()}: {table.total}")
    pages.y += pages.line / 2


def figures_pdf(figures: ActivityFigures) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(words.title())
    writer.setCreator("Carnet")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("The PDF document could not be produced.")
    try:
        pages = _Pages(writer, painter)
        pages.text(confidential(), size=8)
        pages.text(words.title(), bold=True, size=16)
        pages.text(words.period_text(figures.period))
        pages.y += pages.line / 2
        for name, value in figures.scalars:
            pages.text(f"{words.scalar_label(name)}: {value}")
        pages.y += pages.line / 2
        for name, table in figures.tables:
            _table(pages, name, table, figures.threshold)
        pages.text(words.masking_note(figures.threshold), size=8)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
