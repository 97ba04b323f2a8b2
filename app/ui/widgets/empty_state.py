"""What an empty list says: one sentence and one button doing the obvious next thing.

`EmptyState` sits over the list's viewport, centred, and shows itself exactly
when the list's model has no row; the headers stay visible above it. Every list
of Carnet uses this one widget, so the empty lists look and behave alike.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.icons import clear_icon, set_icon


class EmptyState(QWidget):
    """The sentence and the button shown in `view` while its model is empty."""

    activated = Signal()

    def __init__(self, view: QAbstractItemView, sentence: str = "", button: str = "") -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._view = view
        self._forced_hidden = False
        self.label = QLabel(self)
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self)
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self.activated)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.set_texts(sentence, button)
        view.viewport().installEventFilter(self)
        self._watch(view)
        self.refresh()

    def _watch(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        for signal in (model.rowsInserted, model.rowsRemoved):
            signal.connect(self._rows_changed)
        model.modelReset.connect(self.refresh)
        model.layoutChanged.connect(self.refresh)

    def set_texts(self, sentence: str, button: str = "", icon: str = "") -> None:
        """What the list says when empty, and the button's text ("" for no button)."""
        self.label.setText(sentence)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        if icon:
            set_icon(self.button, icon)
        else:
            clear_icon(self.button)
        self.refresh()

    def set_suppressed(self, suppressed: bool) -> None:
        """Keep the state hidden whatever the model holds (nothing asked yet, still loading)."""
        self._forced_hidden = suppressed
        self.refresh()

    def is_shown(self) -> bool:
        """Whether the list shows this state now (its own visibility, whatever its window's)."""
        return not self.isHidden()

    def _rows_changed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        model = self._view.model()
        empty = model is not None and model.rowCount() == 0
        self.setVisible(empty and not self._forced_hidden and bool(self.label.text()))
        self._place()

    def _place(self) -> None:
        self.setGeometry(self._view.viewport().rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
