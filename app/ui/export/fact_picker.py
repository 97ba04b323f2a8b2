"""Facts to tick: interviews on the left (whole), their paragraphs on the right (one by one).

Ticking an interview ticks all its paragraphs and addenda; opening it lets the
worker tick paragraphs one at a time, and the interview then shows as partly
ticked. In a concern report each ticked paragraph also asks: observed by me, or
reported to me. Nothing starts ticked, and no source is assumed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.selection import InterviewChoice, addendum_ref, paragraph_ref
from app.core.summary_builder import InterviewItems
from app.domain.ids import AddendumId, InterviewId
from app.domain.summary import FactSource
from app.ui.export.labels import source_label
from app.ui.widgets.empty_state import EmptyState
from app.ui.workspace.labels import day_text, kind_label, moment_text

_ID_ROLE = Qt.ItemDataRole.UserRole


class ParagraphRow(QFrame):
    """A tick box, the paragraph in full, and (in a concern report) its source."""

    changed = Signal()

    def __init__(
        self, ref: str, text: str, heading: str, with_source: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ref = ref
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(text[:120])
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        body = QVBoxLayout()
        if heading:
            note = QLabel(heading, self)
            note.setEnabled(False)
            body.addWidget(note)
        body.addWidget(self.text)
        self.sources: dict[FactSource, QRadioButton] = {}
        if with_source:
            self._group = QButtonGroup(self)
            line = QHBoxLayout()
            for source in FactSource:
                button = QRadioButton(source_label(source), self)
                button.setEnabled(False)
                self._group.addButton(button)
                self.sources[source] = button
                button.toggled.connect(self.changed)
                line.addWidget(button)
            line.addStretch(1)
            body.addLayout(line)
        layout = QHBoxLayout(self)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body, 1)
        self.check.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        for button in self.sources.values():
            button.setEnabled(on)
        self.changed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A click anywhere on the paragraph ticks it, as on a check box's own label.
        if event.button() is Qt.MouseButton.LeftButton:
            self.check.toggle()
        super().mouseReleaseEvent(event)

    def source(self) -> FactSource | None:
        return next((s for s, b in self.sources.items() if b.isChecked()), None)

    def set_source(self, source: FactSource | None) -> None:
        if source is not None and source in self.sources:
            self.sources[source].setChecked(True)


class FactPicker(QWidget):
    """The facts tab of the items step."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interviews = QListWidget(self)
        self.interviews.setObjectName("interviewList")
        self.interviews.setAccessibleName(self.tr("Interviews"))
        self.interviews_empty = EmptyState(self.interviews, self.tr("No interview to choose from."))
        self.rows_area = QScrollArea(self)
        self.rows_area.setWidgetResizable(True)
        self.rows: list[ParagraphRow] = []
        self._items: dict[InterviewId, InterviewItems] = {}
        self._paragraphs: dict[InterviewId, set[int]] = {}
        self._addenda: dict[InterviewId, set[int]] = {}
        self.sources: dict[str, FactSource] = {}
        self._with_source = False
        self._updating = False
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.interviews)
        splitter.addWidget(self.rows_area)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.interviews.currentItemChanged.connect(lambda *_: self._show_current())
        self.interviews.itemChanged.connect(self._interview_ticked)

    def load(self, interviews: tuple[InterviewItems, ...], with_source: bool) -> None:
        """Lists the interviews, newest first, with nothing ticked."""
        self._updating = True
        self.interviews.clear()
        self._items = {i.interview_id: i for i in interviews}
        self._paragraphs = {i.interview_id: set() for i in interviews}
        self._addenda = {i.interview_id: set() for i in interviews}
        self.sources = {}
        self._with_source = with_source
        for interview in interviews:
            count = len(interview.paragraphs) + len(interview.addenda)
            text = self.tr("%1 — %2 — %n paragraph(s)", "", count)
            text = text.replace("%1", day_text(interview.held_on))
            text = text.replace("%2", kind_label(interview.kind))
            item = QListWidgetItem(text, self.interviews)
            item.setData(_ID_ROLE, interview.interview_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._updating = False
        self._fit_list()
        if interviews:
            self.interviews.setCurrentRow(0)
        else:
            self._show_current()

    def _fit_list(self) -> None:
        # The list is as wide as its longest line ("… — 5 paragraphs" was cut), within reason.
        scrollbar = self.interviews.verticalScrollBar().sizeHint().width()
        wanted = self.interviews.sizeHintForColumn(0) + 2 * self.interviews.frameWidth()
        limit = self.fontMetrics().averageCharWidth() * 48
        self.interviews.setMinimumWidth(min(wanted + scrollbar, limit))

    def _current_id(self) -> InterviewId | None:
        item = self.interviews.currentItem()
        return InterviewId(int(item.data(_ID_ROLE))) if item is not None else None

    def _show_current(self) -> None:
        container = QWidget()
        layout = QVBoxLayout(container)
        self.rows = []
        interview_id = self._current_id()
        if interview_id is None:
            empty = QLabel(self.tr("This person has no interview yet."), container)
            layout.addWidget(empty)
        else:
            self._add_rows(self._items[interview_id], layout)
        layout.addStretch(1)
        self.rows_area.setWidget(container)  # the previous rows go with their container

    def _add_rows(self, interview: InterviewItems, layout: QVBoxLayout) -> None:
        ticked = self._paragraphs[interview.interview_id]
        for index, text in enumerate(interview.paragraphs):
            ref = paragraph_ref(interview.interview_id, index)
            row = ParagraphRow(ref, text, "", self._with_source)
            row.check.setChecked(index in ticked)
            row.set_source(self.sources.get(ref))
            row.changed.connect(lambda r=row, i=index: self._row_changed(r, ("p", i)))
            self.rows.append(row)
            layout.addWidget(row)
        for addendum in interview.addenda:
            ref = addendum_ref(addendum.id)
            heading = self.tr("Addendum of %1").replace("%1", moment_text(addendum.created_at))
            row = ParagraphRow(ref, addendum.text.strip(), heading, self._with_source)
            row.check.setChecked(addendum.id in self._addenda[interview.interview_id])
            row.set_source(self.sources.get(ref))
            row.changed.connect(lambda r=row, a=addendum.id: self._row_changed(r, ("a", a)))
            self.rows.append(row)
            layout.addWidget(row)

    def _row_changed(self, row: ParagraphRow, key: tuple[str, int]) -> None:
        interview_id = self._current_id()
        if interview_id is None or self._updating:
            return
        kind, value = key
        chosen = self._paragraphs[interview_id] if kind == "p" else self._addenda[interview_id]
        if row.check.isChecked():
            chosen.add(value)
        else:
            chosen.discard(value)
        source = row.source() if row.check.isChecked() else None
        if source is None:
            self.sources.pop(row.ref, None)
        else:
            self.sources[row.ref] = source
        self._sync_item(interview_id)
        self.changed.emit()

    def _sync_item(self, interview_id: InterviewId) -> None:
        interview = self._items[interview_id]
        total = len(interview.paragraphs) + len(interview.addenda)
        ticked = len(self._paragraphs[interview_id]) + len(self._addenda[interview_id])
        state = (
            Qt.CheckState.Unchecked
            if ticked == 0
            else Qt.CheckState.Checked
            if ticked == total
            else Qt.CheckState.PartiallyChecked
        )
        for row in range(self.interviews.count()):
            item = self.interviews.item(row)
            if item.data(_ID_ROLE) == interview_id and item.checkState() != state:
                self._updating = True
                item.setCheckState(state)
                self._updating = False

    def _interview_ticked(self, item: QListWidgetItem) -> None:
        """Ticking an interview takes all of it; unticking it takes none."""
        if self._updating:
            return
        interview_id = InterviewId(int(item.data(_ID_ROLE)))
        interview = self._items[interview_id]
        whole = item.checkState() != Qt.CheckState.Unchecked
        self._paragraphs[interview_id] = set(range(len(interview.paragraphs))) if whole else set()
        self._addenda[interview_id] = {int(a.id) for a in interview.addenda} if whole else set()
        if not whole:
            refs = [paragraph_ref(interview_id, i) for i in range(len(interview.paragraphs))]
            refs += [addendum_ref(a.id) for a in interview.addenda]
            for ref in refs:
                self.sources.pop(ref, None)
        self._sync_item(interview_id)
        if interview_id == self._current_id():
            self._show_current()
        self.changed.emit()

    def choices(self) -> tuple[InterviewChoice, ...]:
        """The ticked paragraphs and addenda, per interview."""
        return tuple(
            InterviewChoice(
                i,
                tuple(sorted(self._paragraphs[i])),
                tuple(AddendumId(a) for a in sorted(self._addenda[i])),
            )
            for i in self._items
            if self._paragraphs[i] or self._addenda[i]
        )

    def ticked_refs(self) -> list[str]:
        refs = []
        for choice in self.choices():
            refs += [paragraph_ref(choice.interview_id, i) for i in choice.paragraphs]
            refs += [addendum_ref(a) for a in choice.addenda]
        return refs

    def missing_sources(self) -> int:
        """How many ticked facts still lack 'observed' or 'reported' (concern reports)."""
        if not self._with_source:
            return 0
        return sum(1 for ref in self.ticked_refs() if ref not in self.sources)
