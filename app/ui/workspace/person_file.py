"""A person's file (centre): details, interviews newest first, follow-ups, hypotheses."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.workspace_queries import PersonFile
from app.domain.ids import InterviewId, PersonId
from app.domain.models import FactsStatus, Hypothesis, InterviewSummaryRow, Person
from app.ui.widgets.checked_edit import CheckedLineEdit
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.icons import set_icon
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.workspace.follow_ups_model import FollowUpModel, FollowUpView
from app.ui.workspace.hypotheses_list import HypothesesListPanel
from app.ui.workspace.labels import day_text
from app.ui.workspace.rows_model import ITEM_ROLE
from app.ui.workspace.style import title
from app.ui.workspace.text_match import initials
from app.ui.workspace.timeline import TimelineModel, TimelineView


class PersonFilePage(QWidget):
    """Everything about one person; each part asks the workspace to act."""

    edit_requested = Signal()
    new_interview_requested = Signal()
    interview_requested = Signal(object)  # InterviewId
    follow_up_add_requested = Signal(str, object)  # text, due date or None
    export_requested = Signal()
    erase_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personFile")
        self.person_id: PersonId | None = None
        self._alias, self._privacy = "", False
        self.alias_label = title(self, "", 1.4)
        self.alias_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.alias_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.alias_label.setWordWrap(True)  # a long name goes on two lines, never cut
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit details…"), self)
        self.edit_button.clicked.connect(self.edit_requested)
        set_icon(self.edit_button, "pencil")
        self.new_button = QPushButton(self.tr("New interview"), self)
        self.new_button.clicked.connect(self.new_interview_requested)
        set_icon(self.new_button, "file-plus")
        self.export_button = QPushButton(self.tr("New transmission…"), self)
        self.export_button.setToolTip(
            self.tr("Compose a transmission, item by item, and record it in the register")
        )
        self.export_button.clicked.connect(self.export_requested)
        set_icon(self.export_button, "send")
        self.more_button, self.more_menu, self.erase_action = self._make_more_menu()

        self.timeline = TimelineModel(self)
        self.timeline_view = TimelineView(self.timeline, self)
        self.timeline_view.setAccessibleName(self.tr("Interviews, newest first"))
        self.timeline_view.activated.connect(self._on_activated)
        # After the resize, never inside it: the splitter may be moving its handle.
        self._room_later = QTimer(self)
        self._room_later.setSingleShot(True)
        self._room_later.timeout.connect(self._give_timeline_room)
        self.timeline_view.resized.connect(self._room_later.start)
        self._handle_moved = False  # by the worker: her layout is kept from then on
        self.timeline_empty = EmptyState(
            self.timeline_view, self.tr("No interview with this person yet."),
            self.tr("New interview"),
        )  # fmt: skip
        self.timeline_empty.activated.connect(self.new_interview_requested)

        self.follow_ups = FollowUpModel(self)
        self.follow_ups_view = FollowUpView(self.follow_ups, self)
        self.follow_ups_view.setAccessibleName(self.tr("Follow-ups of this person"))
        self.follow_up_text = CheckedLineEdit(parent=self)
        self.follow_up_text.setPlaceholderText(self.tr("New next step…"))
        self.follow_up_text.setAccessibleName(self.tr("New follow-up"))
        self.follow_up_text.returnPressed.connect(self._add_follow_up)
        self.follow_up_due = OptionalDateEdit(self.tr("Due"), self)
        self.follow_up_button = QPushButton(self.tr("Add"), self)
        self.follow_up_button.setAccessibleName(self.tr("Add the follow-up"))
        self.follow_up_button.clicked.connect(self._add_follow_up)
        self.follow_ups_empty = EmptyState(
            self.follow_ups_view, self.tr("No next step planned."), self.tr("Plan a next step")
        )
        self.follow_ups_empty.activated.connect(self.follow_up_text.setFocus)
        set_icon(self.follow_up_button, "plus")

        self.hypotheses = HypothesesListPanel(self)
        self.hypotheses.empty_state.activated.connect(self.new_interview_requested)
        self._build_layout()

    def _make_more_menu(self) -> tuple[QToolButton, QMenu, QAction]:
        """Rarer actions, out of the way; the workspace adds the register above "Erase"."""
        button = QToolButton(self)
        button.setObjectName("personMore")
        button.setText("…")
        button.setToolTip(self.tr("More actions for this person"))
        button.setAccessibleName(self.tr("More actions for this person"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        erase = menu.addAction(self.tr("Erase this person…"))
        erase.setObjectName("actionErasePerson")
        set_icon(erase, "trash-2")
        erase.setStatusTip(self.tr("Right to erasure: erase everything about this person for good"))
        erase.triggered.connect(self.erase_requested)
        button.setMenu(menu)
        return button, menu, erase

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.alias_label, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.new_button)
        head.addWidget(self.export_button)
        head.addWidget(self.more_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title(left, self.tr("Interviews")))
        left_layout.addWidget(self.timeline_view, 1)

        follow = QWidget(self)
        follow_layout = QVBoxLayout(follow)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(title(follow, self.tr("Follow-ups")))
        follow_layout.addWidget(self.follow_ups_view, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.follow_up_text, 1)
        add_row.addWidget(self.follow_up_due)
        add_row.addWidget(self.follow_up_button)
        follow_layout.addLayout(add_row)

        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setChildrenCollapsible(False)
        self.side.addWidget(follow)
        self.side.addWidget(self.hypotheses)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.splitterMoved.connect(self._on_handle_moved)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details_label)
        layout.addWidget(self.splitter, 1)
        for first, second in (
            (self.edit_button, self.new_button),
            (self.new_button, self.export_button),
            (self.export_button, self.more_button),
            (self.more_button, self.timeline_view),
            (self.timeline_view, self.follow_ups_view),
            (self.follow_ups_view, self.follow_up_text),
            (self.follow_up_text, self.follow_up_due),
            (self.follow_up_due, self.follow_up_button),
            (self.follow_up_button, self.hypotheses.view),
        ):
            self.setTabOrder(first, second)

    # --- content -------------------------------------------------------------------------------
    def show_file(self, data: PersonFile, today: date) -> None:
        self.person_id = data.person.id
        self._alias = data.person.alias
        self._show_alias()
        self.details_label.setText(self._details(data.person))
        self.timeline.set_rows(data.timeline)
        self._give_timeline_room()
        self.timeline_view.fit_columns()
        self.follow_ups.set_follow_ups(data.follow_ups, today)
        self.hypotheses.set_hypotheses(data.hypotheses, data.hypotheses_elsewhere)
        if not self.follow_up_text.text():
            self.follow_up_due.set_value(today + timedelta(days=7))

    def set_privacy(self, on: bool) -> None:
        """Initials instead of the name in the header (privacy mode)."""
        self._privacy = on
        self._show_alias()

    def alias(self) -> str:
        """The open person's name as written (the header may show initials instead)."""
        return self._alias

    def _show_alias(self) -> None:
        alias = self._alias
        self.alias_label.setText(initials(alias) if self._privacy and alias else alias)

    def _details(self, person: Person) -> str:
        parts = []
        if person.organisation:
            parts.append(person.organisation)
        if person.case_opened:
            parts.append(self.tr("Case opened %1").replace("%1", day_text(person.case_opened)))
        if person.case_closed:
            parts.append(self.tr("Case closed %1").replace("%1", day_text(person.case_closed)))
        if person.last_contact:
            parts.append(self.tr("Last contact %1").replace("%1", day_text(person.last_contact)))
        return " · ".join(parts)

    def clear(self) -> None:
        self.person_id = None
        self._alias = ""
        self.alias_label.clear()
        self.details_label.clear()
        self.timeline.clear()
        self.follow_ups.clear()
        self.hypotheses.clear()
        self.follow_up_text.setText("")

    def select_interview(self, interview_id: InterviewId) -> None:
        for row in range(self.timeline.rowCount()):
            index = self.timeline.index(row, 0)
            item = index.data(ITEM_ROLE)
            if isinstance(item, InterviewSummaryRow) and item.id == interview_id:
                self.timeline_view.setCurrentIndex(index)
                return

    def follow_up_added(self) -> None:
        """The follow-up typed was saved: empty the field for the next one."""
        self.follow_up_text.setText("")

    def update_hypothesis(self, hypothesis: Hypothesis) -> None:
        """One hypothesis changed (its status): show it as stored now."""
        self.hypotheses.model.update_item(hypothesis)

    def has_interviews(self) -> bool:
        return self.timeline.rowCount() > 0

    def first_draft_id(self) -> InterviewId | None:
        """The newest interview still in draft, if any."""
        return next((r.id for r in self.timeline.rows() if r.status == FactsStatus.DRAFT), None)

    def focus_new_interview(self) -> None:
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_follow_up_entry(self) -> None:
        self.follow_up_text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reactions -----------------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, InterviewSummaryRow):
            self.interview_requested.emit(item.id)

    def _add_follow_up(self) -> None:
        text = self.follow_up_text.text().strip()
        if text:
            self.follow_up_add_requested.emit(text, self.follow_up_due.value())

    def _on_handle_moved(self) -> None:
        self._handle_moved = True

    def _give_timeline_room(self) -> None:
        """Side by side, the interviews take from the side what their columns need to fit.

        The side keeps at least its minimum. Once the worker has moved the handle,
        it stays where she put it, even if the interviews then need scrolling.
        """
        if self._handle_moved or self.splitter.orientation() != Qt.Orientation.Horizontal:
            return
        left, right = self.splitter.sizes()
        spare = right - self.side.minimumSizeHint().width()
        needed = self.timeline_view.wanted_width() - left
        if needed > 0 and spare > 0:
            given = min(needed, spare)
            self.splitter.setSizes([left + given, right - given])

    def set_narrow(self, narrow: bool) -> None:
        """Stack the columns in a narrow window (the workspace decides for every page)."""
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
