"""How one person is drawn in the list: name, a quiet second line, and badges.

Badges carry words, not only colour ("2 overdue", "Past term"), so they read
in dark mode, in high contrast and for colour-blind workers alike.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.models import PersonRow
from app.ui.widgets.colours import blend
from app.ui.workspace.labels import day_text
from app.ui.workspace.text_match import initials

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PRIVACY_ROLE = Qt.ItemDataRole.UserRole + 2

_WARNING = QColor(166, 84, 0)  # white text on it passes WCAG AA

Index = QModelIndex | QPersistentModelIndex


def badge_texts(row: PersonRow, compact: bool = False) -> tuple[str, str]:
    """(overdue badge, retention badge) texts; empty when not shown.

    `compact` (a narrow list) keeps only the count; the tooltip and the
    accessible text still say what it counts.
    """
    overdue = ""
    if row.overdue_follow_ups and compact:
        overdue = str(row.overdue_follow_ups)
    elif row.overdue_follow_ups:
        # Not a %n plural: lupdate marks only tr() calls as plurals, and a catalogue entry that
        # is not one is ignored for n > 1. "overdue" and "en retard" never change anyway.
        overdue = QApplication.translate("PersonList", "%1 overdue").replace(
            "%1", str(row.overdue_follow_ups)
        )
    past = QApplication.translate("PersonList", "Past term") if row.past_term else ""
    return overdue, past


class PersonDelegate(QStyledItemDelegate):
    """Two lines per person with word badges on the right."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        name = QFont(option.font)
        name.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        badge = QFont(small)
        badge.setWeight(QFont.Weight.DemiBold)
        return name, small, badge

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        name, small, _ = self._fonts(option)
        height = QFontMetrics(name).height() + QFontMetrics(small).height()
        pad = QFontMetrics(small).height() // 2
        # Narrow on purpose: the list view stretches rows to its width, never scrolls sideways.
        return QSize(QFontMetrics(name).averageCharWidth() * 8, height + 2 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, PersonRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(text_role)
        muted = blend(text, palette.color(QPalette.ColorRole.Base), 0.0 if selected else 0.35)
        name_font, small_font, badge_font = self._fonts(opt)
        rect: QRect = opt.rect
        pad = QFontMetrics(small_font).height() // 2
        inner = rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        name_h = QFontMetrics(name_font).height()
        line1 = QRect(inner.left(), inner.top(), inner.width(), name_h)
        line2 = QRect(inner.left(), inner.top() + name_h, inner.width(), inner.height() - name_h)

        compact = rect.width() < QFontMetrics(name_font).averageCharWidth() * 30
        overdue, past = badge_texts(row, compact)
        painter.save()
        right1 = self._badge(painter, line1, overdue, badge_font, _WARNING, filled=True)
        right2 = self._badge(painter, line2, past, badge_font, muted, filled=False)

        private = bool(index.data(PRIVACY_ROLE)) and not selected
        name = initials(row.alias) if private else row.alias
        painter.setFont(name_font)
        painter.setPen(text)
        fm = QFontMetrics(name_font)
        box = line1.adjusted(0, 0, -(line1.right() - right1 + pad // 2), 0)
        elided = fm.elidedText(name, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)

        painter.setFont(small_font)
        painter.setPen(muted)
        box2 = line2.adjusted(0, 0, -(line2.right() - right2 + pad // 2), 0)
        second = QFontMetrics(small_font).elidedText(
            self._second_line(row, private), Qt.TextElideMode.ElideRight, box2.width()
        )
        painter.drawText(box2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, second)
        painter.restore()

    @staticmethod
    def _second_line(row: PersonRow, private: bool) -> str:
        parts = []
        if row.organisation and not private:
            parts.append(row.organisation)
        if row.last_contact is not None:
            parts.append(day_text(row.last_contact))
        else:
            parts.append(QApplication.translate("PersonList", "No interview yet"))
        if row.case_closed is not None:
            parts.append(QApplication.translate("PersonList", "Case closed"))
        return " · ".join(parts)

    @staticmethod
    def _badge(
        painter: QPainter, line: QRect, text: str, font: QFont, colour: QColor, filled: bool
    ) -> int:
        """Draw a pill at the right of `line`; returns the x where free space ends."""
        if not text:
            return line.right()
        fm = QFontMetrics(font)
        height = min(line.height(), fm.height() + 2)
        width = fm.horizontalAdvance(text) + fm.height()
        pill = QRect(line.right() - width, line.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = height / 2
        if filled:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, radius, radius)
            painter.setPen(QColor("white"))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(colour)
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), radius, radius)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return pill.left()
