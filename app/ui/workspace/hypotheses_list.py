"""A person's working hypotheses with their status (open, confirmed, dropped).

Drawn on the same warm tint as the hypotheses editor, under a lock, so it is
obvious this part of the file is private. "Move to facts" never moves anything
silently: it opens the facts editor with the text in a marked block to rewrite,
and the hypothesis stays until the worker changes its status here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Hypothesis, HypothesisStatus
from app.ui.session.copy_guard import mark_private
from app.ui.widgets.colours import blend
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.hypotheses_edit import lock_pixmap, warm_tint
from app.ui.workspace.labels import day_text, status_label
from app.ui.workspace.rows_model import ITEM_ROLE, RowsModel, set_up_table
from app.ui.workspace.style import QuietLabel, title


class HypothesisModel(RowsModel[Hypothesis]):
    """Noted on · status · first line of the text. Never answers COPY_ROLE: nothing copies."""

    def update_item(self, hypothesis: Hypothesis) -> None:
        for row, item in enumerate(self._rows):
            if item.id == hypothesis.id:
                self._replace(row, hypothesis)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Noted on"), self.tr("Status"), self.tr("Hypothesis"))

    def cell(self, item: Hypothesis, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return day_text(item.noted_on)
            if column == 1:
                return status_label(item.status)
            lines = item.text.strip().splitlines()
            return lines[0] if lines else self.tr("(empty)")
        if role == Qt.ItemDataRole.ForegroundRole and item.status != HypothesisStatus.OPEN:
            palette = QGuiApplication.palette()
            return blend(
                palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.4
            )
        return None


class HypothesesListPanel(QWidget):
    """The person-level list of hypotheses, with status and "Move to facts"."""

    status_requested = Signal(object, object)  # HypothesisId, HypothesisStatus
    move_requested = Signal(object)  # Hypothesis
    open_requested = Signal(object)  # Hypothesis (open the interview it belongs to)
    start_new_requested = Signal()  # sealed elsewhere: start new hypotheses on this computer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hypothesesListPanel")
        mark_private(self)  # the list, and anything later placed in it, never copies
        self.model = HypothesisModel(self)
        self._icon = QLabel(self)
        heading = title(self, self.tr("Working hypotheses"))
        self._caption = QuietLabel(self.tr("Private: they stay on this computer."), self)
        self._caption.setWordWrap(True)
        self._seal_icon = QLabel(self)
        self.seal_label = QuietLabel(self.tr("Sealed to this computer"), self)
        self.seal_label.setObjectName("hypothesesSeal")
        self.seal_label.setToolTip(
            self.tr(
                "Only this computer can decrypt them: a copy of the vault folder opened "
                "elsewhere, even with the passphrase, shows the facts but not these."
            )
        )

        self.view = self._make_view()
        self.empty_state = EmptyState(
            self.view,
            self.tr("No working hypothesis yet: write them beside the facts of an interview."),
            self.tr("New interview"),
        )

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status of the selected hypothesis"))
        for status in HypothesisStatus:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.activated.connect(self._on_status)
        status_label_widget = QLabel(self.tr("&Status:"), self)
        status_label_widget.setBuddy(self.status_combo)
        self.move_button = QPushButton(self.tr("Move to facts…"), self)
        self.move_button.setToolTip(
            self.tr(
                "Opens the facts with this hypothesis in a marked block for you to rewrite "
                "as facts. The hypothesis itself stays here until you change its status."
            )
        )
        self.move_button.clicked.connect(self._on_move)
        self.start_here_button = QPushButton(self.tr("Start new hypotheses here…"), self)
        self.start_here_button.setObjectName("startHypothesesHere")
        self.start_here_button.setToolTip(
            self.tr(
                "Start an empty set of hypotheses sealed to this computer. The file sealed "
                "to the other computer is kept in the vault folder until you erase it."
            )
        )
        self.start_here_button.clicked.connect(self.start_new_requested)
        self.start_here_button.hide()

        head = QHBoxLayout()
        head.addWidget(self._icon)
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self._seal_icon)
        head.addWidget(self.seal_label)
        controls = QHBoxLayout()
        controls.addWidget(status_label_widget)
        controls.addWidget(self.status_combo)
        controls.addStretch(1)
        controls.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)  # the same gap above each section's heading
        layout.addLayout(head)
        layout.addWidget(self._caption)
        layout.addWidget(self.start_here_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        self._restyle()
        self._sync_controls()

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("hypothesesList")
        view.setAccessibleName(self.tr("Working hypotheses (private)"))
        set_up_table(view, self.model, fitted=2)
        view.selectionModel().currentRowChanged.connect(self._sync_controls)
        view.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._sync_controls)
        return view

    def set_hypotheses(
        self, items: list[Hypothesis] | tuple[Hypothesis, ...], elsewhere: bool = False
    ) -> None:
        """`elsewhere`: sealed to another computer, so nothing can be shown; say so plainly."""
        self.model.set_rows(items)
        self.seal_label.setText(
            self.tr("Sealed to another computer")
            if elsewhere
            else self.tr("Sealed to this computer")
        )
        self._caption.setText(
            self.tr(
                "These hypotheses are sealed to the computer where they were written: they "
                "cannot be read on this one. Nothing is lost on that computer."
            )
            if elsewhere
            else self.tr("Private: they stay on this computer.")
        )
        self.view.setEnabled(not elsewhere)
        self.empty_state.set_suppressed(elsewhere)  # the caption already says why
        self.start_here_button.setVisible(elsewhere)

    def clear(self) -> None:
        self.model.clear()

    def current(self) -> Hypothesis | None:
        item = self.view.currentIndex().data(ITEM_ROLE)
        return item if isinstance(item, Hypothesis) else None

    def _sync_controls(self) -> None:
        item = self.current()
        self.status_combo.setEnabled(item is not None)
        self.move_button.setEnabled(item is not None and bool(item.text.strip()))
        if item is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(item.status))

    def _on_status(self, _row: int) -> None:
        item = self.current()
        status = HypothesisStatus(str(self.status_combo.currentData()))  # Qt returns a str
        if item is not None and status != item.status:
            self.status_requested.emit(item.id, status)

    def _on_move(self) -> None:
        item = self.current()
        if item is not None:
            self.move_requested.emit(item)

    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, Hypothesis):
            self.open_requested.emit(item)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        app_palette = QGuiApplication.palette()
        palette = self.view.palette()
        base = app_palette.color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Base, warm_tint(base))
        self.view.setPalette(palette)
        text = app_palette.color(QPalette.ColorRole.WindowText)
        height = self.fontMetrics().height()
        self._icon.setPixmap(lock_pixmap(height, text, self.devicePixelRatioF()))
        small = round(height * 0.8)
        self._seal_icon.setPixmap(lock_pixmap(small, text, self.devicePixelRatioF()))
