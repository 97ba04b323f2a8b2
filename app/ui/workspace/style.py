"""Small look helpers shared by the workspace pages, all derived from the palette."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.widgets.colours import blend


class QuietLabel(QLabel):
    """Softer text for hints and states, still readable; follows light/dark switches."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._apply()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply()

    def _apply(self) -> None:
        palette = QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        own = self.palette()
        own.setColor(QPalette.ColorRole.WindowText, blend(text, window, 0.3))
        self.setPalette(own)


def title(parent: QWidget, text: str, scale: float = 1.0) -> QLabel:
    """A bold heading, `scale` times the user's font size."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class RoomyDelegate(QStyledItemDelegate):
    """The default item look with a little more height, for calmer tables."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)
