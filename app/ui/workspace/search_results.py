"""Search results: a list model of hits and a delegate drawing them as rich text.

Matches are bold; everything else from the note is HTML-escaped, so a note
containing markup shows as typed. Hypothesis hits sit on the warm private tint
with a lock and the words "Working hypothesis — private".
"""

from __future__ import annotations

import html
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
)
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
from app.ui.workspace.text_match import initials, snippet_html, snippet_plain

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_LOCK_URL = QUrl("carnet:lock")


class SearchModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._privacy = False

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def set_privacy(self, on: bool) -> None:
        self.beginResetModel()
        self._privacy = on
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def _alias(self, hit: SearchHit) -> str:
        return initials(hit.alias) if self._privacy else hit.alias

    def _private_label(self) -> str:
        return self.tr("Working hypothesis — private")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
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
        hit = index.data(HIT_ROLE)
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
