"""The PDF's pages as images, for the preview: same layout, same painters, smaller pixels.

The document is laid out on a real QPdfWriter (so the line breaks and page breaks
are the PDF's own), then each page is painted with the writer's own header, body
and footer painters onto an image whose resolution claims the PDF's dpi, scaled
down. What the worker sees is how the file will print.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.domain.summary import Summary
from app.export.document import build_document, paginate
from app.export.writers import (
    PDF_RESOLUTION,
    _body_margins,
    _draw_body,
    _draw_footer,
    _draw_header,
    page_footer,
    page_header,
)

_INCHES_PER_METRE = 39.3700787


def render_pages(summary: Summary, width_px: int) -> list[QImage]:
    """Every page of the summary's PDF as an image `width_px` wide (A4 proportions)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # only lends its metrics to the layout; nothing is painted on it
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    page = QRectF(0, 0, writer.width(), writer.height())
    document = build_document(summary)
    count = paginate(document, writer, page.size(), _body_margins())
    header = page_header(summary)
    scale = width_px / page.width()
    images = []
    for index in range(count):
        image = QImage(width_px, round(page.height() * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        dots = round(PDF_RESOLUTION * _INCHES_PER_METRE)  # fonts resolve as on the PDF
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            _draw_header(painter, page, header)
            _draw_body(painter, document, page, index)
            _draw_footer(painter, page, page_footer(index + 1, count))
        finally:
            painter.end()
        images.append(image)
    buffer.close()
    return images
