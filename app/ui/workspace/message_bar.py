"""A calm, non-modal message strip: an icon, one or two sentences, a close button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from app.ui.widgets.colours import blend

_AMBER = QColor(200, 120, 20)


class MessageBar(QFrame):
    """Shown above the content when something needs the worker's attention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setAutoRaise(True)
        self._close.setText("×")
        self._close.setAccessibleName(self.tr("Dismiss the message"))
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._warning = False
        self.hide()

    def show_message(self, text: str, warning: bool = True) -> None:
        self._warning = warning
        self.label.setText(text)
        self.setAccessibleName(text)
        self._restyle()
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        app_palette = QGuiApplication.palette()
        window = app_palette.color(QPalette.ColorRole.Window)
        text = app_palette.color(QPalette.ColorRole.WindowText)
        palette = self.palette()
        accent = _AMBER if self._warning else app_palette.color(QPalette.ColorRole.Highlight)
        palette.setColor(QPalette.ColorRole.Window, blend(window, accent, 0.14))
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if self._warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.label.fontMetrics().height()
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
