"""Writes a summary as PDF, ODT or UTF-8 text, atomically, and returns its SHA-256.

Every format is rendered to bytes in memory first, then written to a temporary
file beside the target, flushed, fsynced and renamed over it: a failure (read-only
folder, full disk) leaves no partial file and raises ExportFailed.

Every PDF page carries the header (confidentiality mention, recipient, date) and
a "page N / M" footer, painted page by page around the laid-out document. Qt's
ODT writer has no per-page header, so an ODT gets the same lines once, at the
top of the document; the text file likewise starts with them.

Needs a QGuiApplication (fonts); safe to call from a worker thread, since
QTextDocument, QPdfWriter and QPainter on a QPdfWriter are usable off the GUI thread.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextDocumentWriter,
)

from app.domain.atomic import atomic_write
from app.domain.errors import ExportFailed
from app.domain.summary import ExportFormat, Summary
from app.export import labels
from app.export.document import (
    MUTED_COLOUR,
    RULE_COLOUR,
    TEXT_COLOUR,
    body_font,
    build_document,
    paginate,
    px,
)
from app.export.text import summary_text

PDF_RESOLUTION = 600  # dpi; text stays vector, this only sets layout precision
MARGIN_LEFT_MM = 22.0
MARGIN_RIGHT_MM = 22.0
BODY_TOP_MM = 32.0  # below the page header
BODY_BOTTOM_MM = 24.0  # above the page footer
HEADER_TOP_MM = 12.0
FOOTER_BOTTOM_MM = 12.0
FURNITURE_PT = 8.5
NAME_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B
NAME_CODE_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Rendered:
    """A summary rendered in memory; `pages` is None for formats without pages."""

    data: bytes
    pages: int | None


@dataclass(frozen=True, slots=True)
class WriteResult:
    path: Path
    sha256: str  # hex digest of exactly the bytes written
    pages: int | None


def page_header(summary: Summary) -> tuple[str, ...]:
    """The lines repeated at the top of every page (and of ODT and text files)."""
    return (
        labels.confidential(),
        labels.header_recipient(summary.recipient),
        labels.format_date(summary.issued_on),
    )


def page_footer(page: int, pages: int) -> str:
    """The footer of PDF page `page` (from 1) of `pages`."""
    return labels.page_number(page, pages)


def neutral_file_name(issued_on: date, fmt: ExportFormat) -> str:
    """A file name that says nothing about the person: `transmission-2026-11-22-4F7Q.pdf`."""
    code = "".join(secrets.choice(NAME_ALPHABET) for _ in range(NAME_CODE_LENGTH))
    return f"{_file_prefix()}-{issued_on.isoformat()}-{code}.{fmt.value}"


def render_summary(summary: Summary, fmt: ExportFormat) -> Rendered:
    """The bytes of the summary in the given format, nothing written to disk."""
    if fmt is ExportFormat.PDF:
        return _render_pdf(summary)
    if fmt is ExportFormat.ODT:
        return Rendered(_render_odt(summary), None)
    return Rendered(_render_txt(summary), None)


def write_summary(summary: Summary, fmt: ExportFormat, path: Path) -> WriteResult:
    """Renders and writes the summary atomically; raises ExportFailed, leaving no file."""
    rendered = render_summary(summary, fmt)
    write_atomically(path, rendered.data)
    return WriteResult(path, hashlib.sha256(rendered.data).hexdigest(), rendered.pages)


def write_atomically(path: Path, data: bytes) -> None:
    """Carnet's one atomic write (app.domain.atomic); on OSError no file is left."""
    try:
        atomic_write(path, data, prefix=".carnet-", suffix=".part", best_effort_folder_sync=True)
    except OSError as exc:
        raise ExportFailed(_cause("The file could not be written", exc)) from exc


def _cause(what: str, exc: OSError) -> str:
    # No path in the message: a folder name may contain a person's name.
    reason = exc.strerror or type(exc).__name__
    return f"{what}: {reason}."


def _file_prefix() -> str:
    ascii_text = unicodedata.normalize("NFKD", labels.file_prefix())
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "transmission"


def _render_txt(summary: Summary) -> bytes:
    header = "\n".join(page_header(summary))
    return f"{header}\n\n{summary_text(summary)}".encode()


def _render_odt(summary: Summary) -> bytes:
    # Qt's ODF writer cannot emit a per-page header, so the header lines open the document.
    document = build_document(summary, header_lines=page_header(summary), odt=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"ODF"))
    if not writer.write(document):
        raise ExportFailed("The ODT document could not be produced.")
    buffer.close()
    return bytes(data.data())


def _mm(value: float, dpi: float) -> float:
    return value / 25.4 * dpi


class PdfPages:
    """A summary laid out as its PDF: A4, PDF_RESOLUTION dpi, the PDF's own page breaks.

    The one PDF set-up. `write_pdf` paints every page into the PDF with
    `draw_page`; the preview paints the same pages onto images with the same
    `draw_page`, so what the worker sees is what the file holds.
    """

    def __init__(self, summary: Summary) -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(PDF_RESOLUTION)
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        self.writer.setTitle(labels.frame_title(summary.frame))  # never the person's name
        self.writer.setCreator("Carnet")
        self.page = QRectF(0, 0, self.writer.width(), self.writer.height())
        self.document = build_document(summary)
        self.count = paginate(self.document, self.writer, self.page.size(), _body_margins())
        self._header = page_header(summary)

    def draw_page(self, painter: QPainter, index: int) -> None:
        """Page `index` (from 0) on `painter`, in the PDF's device units."""
        # Header, body, footer: the order text extraction (and screen readers) follow.
        _draw_header(painter, self.page, self._header)
        _draw_body(painter, self.document, self.page, index)
        _draw_footer(painter, self.page, page_footer(index + 1, self.count))

    def write_pdf(self) -> bytes:
        """Every page painted into the PDF; its bytes. Call once."""
        painter = QPainter()
        if not painter.begin(self.writer):
            raise ExportFailed("The PDF document could not be produced.")
        try:
            for index in range(self.count):
                if index and not self.writer.newPage():
                    raise ExportFailed("The PDF document could not be produced.")
                self.draw_page(painter, index)
        finally:
            painter.end()
        self._buffer.close()
        return bytes(self._data.data())

    def close(self) -> None:
        """Release the in-memory PDF when only the layout was wanted (the preview)."""
        if self._buffer.isOpen():
            self._buffer.close()


def _render_pdf(summary: Summary) -> Rendered:
    pages = PdfPages(summary)
    return Rendered(pages.write_pdf(), pages.count)


def _body_margins() -> QMarginsF:
    """Room around the body, in the 96-dpi pixels QTextDocument frames use."""
    return QMarginsF(
        _mm(MARGIN_LEFT_MM, 96),
        _mm(BODY_TOP_MM, 96),
        _mm(MARGIN_RIGHT_MM, 96),
        _mm(BODY_BOTTOM_MM, 96),
    )


def _draw_body(painter: QPainter, document: QTextDocument, page: QRectF, index: int) -> None:
    painter.save()
    top = index * page.height()
    painter.translate(0, -top)
    clip = QRectF(0, top, page.width(), page.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, TEXT_COLOUR)
    palette.setColor(QPalette.ColorRole.Dark, RULE_COLOUR)
    context.palette = palette
    document.documentLayout().draw(painter, context)
    painter.restore()


def _furniture_font(bold: bool = False) -> QFont:
    font = body_font(FURNITURE_PT)
    font.setBold(bold)
    return font


def _draw_header(painter: QPainter, page: QRectF, lines: tuple[str, ...]) -> None:
    """Confidentiality mention and date on the first line, recipient below, then a rule."""
    dpi = float(PDF_RESOLUTION)
    left, right = _mm(MARGIN_LEFT_MM, dpi), page.width() - _mm(MARGIN_RIGHT_MM, dpi)
    top = _mm(HEADER_TOP_MM, dpi)
    mention, recipient, day = lines
    painter.save()
    painter.setPen(MUTED_COLOUR)
    painter.setFont(_furniture_font(bold=True))
    line_height = QFontMetricsF(painter.font(), painter.device()).lineSpacing()
    first = QRectF(left, top, right - left, line_height)
    painter.drawText(first, int(Qt.AlignmentFlag.AlignLeft), mention)
    painter.setFont(_furniture_font())
    second = first.translated(0, line_height * 1.15)
    metrics = QFontMetricsF(painter.font(), painter.device())
    shown = metrics.elidedText(recipient, Qt.TextElideMode.ElideRight, second.width())
    painter.drawText(second, int(Qt.AlignmentFlag.AlignLeft), shown)
    painter.drawText(first, int(Qt.AlignmentFlag.AlignRight), day)
    rule_y = second.bottom() + px(4) * dpi / 96
    painter.setPen(QPen(RULE_COLOUR, px(0.5) * dpi / 96))
    painter.drawLine(int(left), int(rule_y), int(right), int(rule_y))
    painter.restore()


def _draw_footer(painter: QPainter, page: QRectF, text: str) -> None:
    dpi = float(PDF_RESOLUTION)
    left, right = _mm(MARGIN_LEFT_MM, dpi), page.width() - _mm(MARGIN_RIGHT_MM, dpi)
    painter.save()
    painter.setFont(_furniture_font())
    line_height = QFontMetricsF(painter.font(), painter.device()).lineSpacing()
    bottom = page.height() - _mm(FOOTER_BOTTOM_MM, dpi)
    box = QRectF(left, bottom - line_height, right - left, line_height)
    rule_y = box.top() - px(4) * dpi / 96
    painter.setPen(QPen(RULE_COLOUR, px(0.5) * dpi / 96))
    painter.drawLine(int(left), int(rule_y), int(right), int(rule_y))
    painter.setPen(MUTED_COLOUR)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), text)
    painter.restore()
