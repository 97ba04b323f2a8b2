"""An interview's details: date, kind, duration, who asked, themes as toggle buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Interview, InterviewDraft, InterviewKind, Requester, Theme
from app.ui.workspace.flow_layout import FlowLayout
from app.ui.workspace.labels import (
    from_qdate,
    kind_label,
    requester_label,
    theme_label,
    to_qdate,
)

MAX_DURATION = 24 * 60


def _pair(parent: QWidget, text: str, field: QWidget) -> QWidget:
    """A label and its field kept together when the row wraps."""
    box = QWidget(parent)
    label = QLabel(text, box)
    label.setBuddy(field)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return box


def _mark(button: QToolButton, theme: Theme, on: bool) -> None:
    """A tick on chosen themes: the pressed look alone is faint in some styles."""
    button.setText(f"✓ {theme_label(theme)}" if on else theme_label(theme))


class InterviewMeta(QWidget):
    """Emits `changed` on every edit by the worker (never while loading)."""

    changed = Signal()
    kind_changed = Signal(object)  # InterviewKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Date of the interview"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of interview"))
        for kind in InterviewKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("—"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.requester_combo = QComboBox(self)
        self.requester_combo.setAccessibleName(self.tr("Who asked for the interview"))
        for requester in Requester:
            self.requester_combo.addItem(requester_label(requester), requester)
        self.theme_buttons: dict[Theme, QToolButton] = {}
        themes = FlowLayout(spacing=4)
        themes.addWidget(QLabel(self.tr("Themes:"), self))
        for theme in Theme:
            button = QToolButton(self)
            button.setText(theme_label(theme))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Theme: %1").replace("%1", theme_label(theme)))
            button.toggled.connect(self._on_change)
            button.toggled.connect(lambda on, b=button, t=theme: _mark(b, t, on))
            self.theme_buttons[theme] = button
            themes.addWidget(button)

        fields = FlowLayout(spacing=12)
        for text, widget in (
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("D&uration:"), self.duration),
            (self.tr("&Asked by:"), self.requester_combo),
        ):
            fields.addWidget(_pair(self, text, widget))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addLayout(themes)

        self.date_edit.dateChanged.connect(self._on_change)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.duration.valueChanged.connect(self._on_change)
        self.requester_combo.currentIndexChanged.connect(self._on_change)

    def set_interview(self, interview: Interview) -> None:
        self._loading = True
        try:
            self.date_edit.setDate(to_qdate(interview.held_on))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(interview.kind))
            self.duration.setValue(interview.duration_min or 0)
            self.requester_combo.setCurrentIndex(
                self.requester_combo.findData(interview.requested_by)
            )
            for theme, button in self.theme_buttons.items():
                button.setChecked(theme in interview.themes)
        finally:
            self._loading = False

    def clear(self) -> None:
        self._loading = True
        try:
            self.date_edit.setDate(QDate.currentDate())
            self.kind_combo.setCurrentIndex(0)
            self.duration.setValue(0)
            self.requester_combo.setCurrentIndex(0)
            for button in self.theme_buttons.values():
                button.setChecked(False)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """A finalised interview keeps its details as recorded."""
        for widget in (self.date_edit, self.kind_combo, self.duration, self.requester_combo):
            widget.setEnabled(not read_only)
        for button in self.theme_buttons.values():
            button.setEnabled(not read_only)

    def held_on(self) -> date:
        return from_qdate(self.date_edit.date())

    def kind(self) -> InterviewKind:
        # Qt hands item data back as a plain str: rebuild the enum.
        return InterviewKind(str(self.kind_combo.currentData() or InterviewKind.OFFICE.value))

    def draft(self) -> InterviewDraft:
        requester = Requester(str(self.requester_combo.currentData() or Requester.PERSON.value))
        return InterviewDraft(
            held_on=self.held_on(),
            kind=self.kind(),
            duration_min=self.duration.value() or None,
            themes=tuple(t for t, b in self.theme_buttons.items() if b.isChecked()),
            requested_by=requester,
        )

    def first_field(self) -> QWidget:
        return self.date_edit

    def last_field(self) -> QWidget:
        return self.theme_buttons[list(Theme)[-1]]

    def _on_kind(self, _index: int) -> None:
        if not self._loading:
            self.kind_changed.emit(self.kind())
        self._on_change()

    def _on_change(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
