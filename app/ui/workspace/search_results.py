"""Search results: a model of hits and a delegate drawing them as rich text.

Matches are bold; everything else from the note is HTML-escaped, so a note
containing markup shows as typed. Hypothesis hits sit on the warm private tint
with a lock and the words "Working hypothesis — private".
"""

from __future__ import annotations

import html
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.domain.models import SearchHit
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.widgets.hypotheses_edit import lock_pixmap, warm_tint
from app.ui.workspace.labels import day_text
from app.ui.workspace.rows_model import ITEM_ROLE, Index, RowsModel
from app.ui.workspace.text_match import initials, snippet_html, snippet_plain

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_LOCK_URL = QUrl("carnet:lock")


class SearchModel(RowsModel[SearchHit]):
    """One hit a row, shown in a list."""

    def headings(self) -> tuple[str, ...]:
        return ("",)  # one column; a list shows no heading

    def _alias(self, hit: SearchHit) -> str:
        return initials(hit.alias) if self._privacy else hit.alias

    def _private_label(self) -> str:
        return self.tr("Working hypothesis — private")

    def cell(self, hit: SearchHit, column: int, role: int) -> Any:
        if role == COPY_ROLE:  # facts may be copied; a hypothesis hit gives nothing
            return None if hit.is_hypothesis else snippet_plain(hit.snippet)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [self._alias(hit), day_text(hit.held_on)]
            if hit.is_hypothesis:
                parts.append(self._private_label())
            parts.append(snippet_plain(hit.snippet))
            return " · ".join(parts)
        if role == HTML_ROLE:
            head = f"<b>{html.escape(self._alias(hit))}</b> · {html.escape(day_text(hit.held_on))}"
            if hit.is_hypothesis:
                label = html.escape(self._private_label())
                head += f" &nbsp; <img src='{_LOCK_URL.toString()}'> <i>{label}</i>"
            return f"{head}<br>{snippet_html(hit.snippet)}"
        return None


@lru_cache(maxsize=8)
def _lock_image(size: int, rgba: int, ratio: float) -> QImage:
    return lock_pixmap(size, QColor.fromRgba(rgba), ratio).toImage()


class SearchDelegate(QStyledItemDelegate):
    """Two lines of rich text per hit; hypothesis hits on the private tint."""

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        size = option.fontMetrics.height()
        doc.setDocumentMargin(size / 3)
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        colour = option.palette.color(QPalette.ColorRole.Text)
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            _LOCK_URL,
            _lock_image(size, colour.rgba(), ratio),
        )
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(width, 50))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Every row gets room for the header and two lines of snippet, so the view
        # can use uniform sizes and lay out 50 results without building 50 documents.
        line = option.fontMetrics.height()
        return QSize(option.fontMetrics.averageCharWidth() * 20, line * 3 + line * 2 // 3 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        hit = index.data(ITEM_ROLE)
        rect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        if isinstance(hit, SearchHit) and hit.is_hypothesis and not selected:
            painter.fillRect(rect, warm_tint(palette.color(QPalette.ColorRole.Base)))
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        if selected or opt.state & QStyle.StateFlag.State_HasFocus:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(opt, index, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()
