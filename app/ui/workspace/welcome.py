"""The page shown when no person is open: where to start, and what is due."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.ui.workspace.style import QuietLabel


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        text = QuietLabel(
            self.tr("Choose a person on the left, or add one with “Add a person…” (Ctrl+N)."), self
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.follow_ups_button = QPushButton(self.tr("See the follow-ups due"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(self.follow_ups_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
