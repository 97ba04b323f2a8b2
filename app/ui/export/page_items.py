"""Step 2: the items — facts (whole interviews or paragraphs), next steps, details.

Only what the person's file holds as facts, follow-ups and details is listed;
the worker's private working notes are not among the items and cannot be
reached from here. Nothing is ticked when the step opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.selection import DetailChoice
from app.core.summary_builder import PersonItems
from app.domain.ids import FollowUpId
from app.domain.summary import CHILD_FRAMES, FactSource, Frame
from app.ui.export.fact_picker import FactPicker
from app.ui.export.state import ExportState
from app.ui.widgets.empty_state import EmptyState
from app.ui.workspace.labels import day_text


class ItemsPage(QWizardPage):
    def __init__(
        self, items: PersonItems, state: ExportState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemsPage")
        self._state = state
        self.setTitle(self.tr("What to share"))
        self.setSubTitle(
            self.tr("Tick only what this recipient strictly needs. Nothing is ticked for you.")
        )
        self._items = items
        self._frame: Frame | None = None
        self.facts = FactPicker(self)
        self.follow_ups = self._checklist(self.tr("Next steps"))
        self.details = self._checklist(self.tr("About the person"))
        # Nothing to tick here is said over the list; the other tabs are the way on.
        self.follow_ups_empty = EmptyState(
            self.follow_ups, self.tr("No open next step for this person.")
        )
        self.details_empty = EmptyState(
            self.details, self.tr("No detail is kept about this person.")
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.facts, self.tr("Facts"))
        self.tabs.addTab(self.follow_ups, self.tr("Next steps"))
        self.tabs.addTab(self.details, self.tr("About the person"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.facts.changed.connect(self._changed)
        self.follow_ups.itemChanged.connect(self._changed)
        self.details.itemChanged.connect(self._changed)

    def _checklist(self, name: str) -> QListWidget:
        view = QListWidget(self)
        view.setAccessibleName(name)
        view.setWordWrap(True)
        return view

    def initializePage(self) -> None:
        """Lists everything afresh, unticked, when the frame changed since last time."""
        frame = self._state.frame
        if frame == self._frame:
            return
        self._frame = frame
        self.facts.load(self._items.interviews, with_source=frame in CHILD_FRAMES)
        self._fill_follow_ups()
        self._fill_details()
        self.tabs.setCurrentIndex(0)
        self._changed()

    def _fill_follow_ups(self) -> None:
        self.follow_ups.clear()
        for follow_up in self._items.follow_ups:
            text = follow_up.text
            if follow_up.due_on is not None:
                text = (
                    self.tr("%1 (by %2)")
                    .replace("%1", text)
                    .replace("%2", day_text(follow_up.due_on))
                )
            self._check_item(self.follow_ups, text)

    def _fill_details(self) -> None:
        self.details.clear()
        for option in self._items.details:
            pattern = self.tr("%1: %2", "a label and its value")  # "%1 : %2" in French
            text = pattern.replace("%1", option.label).replace("%2", option.value)
            self._check_item(self.details, text)

    @staticmethod
    def _check_item(view: QListWidget, text: str) -> None:
        item = QListWidgetItem(text, view)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    @staticmethod
    def _ticked_rows(view: QListWidget) -> list[int]:
        """Rows ticked; rows follow the items' order."""
        return [
            row
            for row in range(view.count())
            if view.item(row).checkState() == Qt.CheckState.Checked
        ]

    def follow_up_ids(self) -> tuple[FollowUpId, ...]:
        offered = self._items.follow_ups
        return tuple(offered[row].id for row in self._ticked_rows(self.follow_ups))

    def detail_choices(self) -> tuple[DetailChoice, ...]:
        offered = self._items.details
        return tuple(offered[row].choice for row in self._ticked_rows(self.details))

    def sources(self) -> dict[str, FactSource]:
        ticked = set(self.facts.ticked_refs())
        return {ref: source for ref, source in self.facts.sources.items() if ref in ticked}

    def _changed(self, *_args: object) -> None:
        facts = len(self.facts.ticked_refs())
        text = self.tr("Ticked: %n fact paragraph(s)", "", facts)
        text += " · " + self.tr("%n next step(s)", "", len(self.follow_up_ids()))
        text += " · " + self.tr("%n detail(s)", "", len(self.detail_choices()))
        missing = self.facts.missing_sources()
        if missing:
            text += "\n" + self.tr(
                "Say for each ticked fact whether you observed it or it was reported to you"
                " (%n left).",
                "",
                missing,
            )
        self.status.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.facts.missing_sources() == 0
