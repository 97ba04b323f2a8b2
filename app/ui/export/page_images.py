"""The PDF's pages as images, for the preview: drawn by the writer's own `PdfPages.draw_page`.

`PdfPages` lays the summary out exactly as the PDF (same set-up, same page
breaks); each page is then drawn with the very function that paints the PDF,
onto an image whose resolution claims the PDF's dpi, scaled down. What the
worker sees is how the file will print.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.summary import Summary
from app.export.writers import PDF_RESOLUTION, PdfPages

_INCHES_PER_METRE = 39.3700787


def render_pages(summary: Summary, width_px: int) -> list[QImage]:
    """Every page of the summary's PDF as an image `width_px` wide (A4 proportions)."""
    pages = PdfPages(summary)
    scale = width_px / pages.page.width()
    images = []
    try:
        for index in range(pages.count):
            image = QImage(width_px, round(pages.page.height() * scale), QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            dots = round(PDF_RESOLUTION * _INCHES_PER_METRE)  # fonts resolve as on the PDF
            image.setDotsPerMeterX(dots)
            image.setDotsPerMeterY(dots)
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                painter.scale(scale, scale)
                pages.draw_page(painter, index)
            finally:
                painter.end()
            images.append(image)
    finally:
        pages.close()
    return images
