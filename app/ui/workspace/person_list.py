"""The persons list (left): filter as you type, badges, privacy mode, add a person.

The model holds `PersonRow`s as the caseload returns them (most recent
contact first); the proxy only filters, ignoring case and accents, so
"elodie" finds "Élodie". In privacy mode a row shows initials until selected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.caseload import Caseload
from app.domain.ids import PersonId
from app.domain.models import PersonRow
from app.domain.text import fold_in_place as fold
from app.ui.session.copy_guard import COPY_ROLE
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.icons import set_icon
from app.ui.workspace.labels import day_text
from app.ui.workspace.person_delegate import PRIVACY_ROLE, ROW_ROLE, PersonDelegate, badge_texts
from app.ui.workspace.text_match import initials, matches_filter

Index = QModelIndex | QPersistentModelIndex
# "1" for a row the filter keeps: Qt's own filter compares it in C++, and with
# no filter at all it never asks (20,000 Python calls per reload otherwise).
KEPT_ROLE = Qt.ItemDataRole.UserRole + 3


def filter_keys(rows: list[PersonRow]) -> list[str]:
    """What the filter compares with: alias and organisation, folded (run off-thread)."""
    return [fold(f"{r.alias} {r.organisation}") for r in rows]


class PersonListModel(QAbstractListModel):
    """One row per person, in the order the caseload gives (last contact first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._keys: list[str] = []
        self._privacy = False
        self._retention_years = 2
        self._kept: set[int] | None = None  # rows the filter keeps; None: no filter

    def set_kept(self, kept: set[int] | None) -> None:
        self._kept = kept

    def set_rows(
        self, rows: list[PersonRow], retention_years: int = 2, keys: list[str] | None = None
    ) -> None:
        """Replace the rows; `keys` (from `filter_keys`, computed off-thread) saves time."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = keys if keys is not None and len(keys) == len(rows) else filter_keys(rows)
        self._retention_years = retention_years
        self.endResetModel()

    def keys(self) -> list[str]:
        return self._keys

    def clear(self) -> None:
        self.set_rows([])

    def person_rows(self) -> list[PersonRow]:
        return list(self._rows)

    def index_of(self, person_id: PersonId) -> QModelIndex:
        for number, row in enumerate(self._rows):
            if row.id == person_id:
                return self.index(number, 0)
        return QModelIndex()

    def set_privacy(self, on: bool) -> None:
        if on != self._privacy:
            self._privacy = on
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def privacy(self) -> bool:
        return self._privacy

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        shown = initials(row.alias) if self._privacy else row.alias
        if role in (Qt.ItemDataRole.DisplayRole, COPY_ROLE):
            return shown
        if role == ROW_ROLE:
            return row
        if role == PRIVACY_ROLE:
            return self._privacy
        if role == KEPT_ROLE:
            return "1" if self._kept is None or index.row() in self._kept else "0"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([shown, *[b for b in badge_texts(row) if b]])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _tooltip(self, row: PersonRow) -> str:
        lines = [self.tr("Last contact: %1").replace("%1", day_text(row.last_contact))]
        if row.overdue_follow_ups:
            lines.append(self.tr("%n overdue follow-up(s)", "", row.overdue_follow_ups))
        if row.past_term:
            lines.append(
                self.tr(
                    "Past the retention term: no contact for more than %n year(s). "
                    "Review this file: close it, or purge it from the vault.",
                    "",
                    self._retention_years,
                )
            )
        return "\n".join(lines)


class PersonFilterProxy(QSortFilterProxyModel):
    """Keeps the source order; hides rows whose alias/organisation lack the typed words.

    The matching rows are worked out once per keystroke in plain Python and
    handed to the model (`KEPT_ROLE`); Qt's own filter then compares that
    role in C++. Without a filter, Qt accepts every row without asking: a
    reload of 20,000 persons costs no Python call per row.
    """

    def __init__(self, source: PersonListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._needle = ""
        self.setFilterRole(KEPT_ROLE)
        self.setSourceModel(source)
        source.modelReset.connect(self._recompute)

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._needle = text
            self._recompute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text
            self._recompute()
            self.invalidateRowsFilter()

    def _recompute(self) -> None:
        words = fold(self._needle).split()
        kept = None
        if words:
            keys = self._source.keys()
            kept = {n for n, key in enumerate(keys) if matches_filter(words, key)}
        self._source.set_kept(kept)
        self.setFilterFixedString("" if kept is None else "1")


class _FilterEdit(QLineEdit):
    """Down arrow goes to the list; Escape empties the filter."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.to_list.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.setText("")
            return
        super().keyPressEvent(event)


class PersonListPanel(QWidget):
    """Filter field, the list of persons, and the button to add one."""

    person_selected = Signal(object)  # PersonId | None
    add_requested = Signal()
    loaded = Signal()
    load_failed = Signal(object)  # the error

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0  # bumped by every load and clear: late answers are dropped
        self._task: Task | None = None
        self.model = PersonListModel(self)
        self.proxy = PersonFilterProxy(self.model, self)

        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter persons"))
        self.filter_edit.setAccessibleName(self.tr("Filter the persons list"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.filter_edit.returnPressed.connect(self._select_first)
        self.filter_edit.to_list.connect(self._focus_list)

        self.view = QListView(self)
        self.view.setObjectName("personList")
        self.view.setAccessibleName(self.tr("Persons supported"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PersonDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty_state = EmptyState(self.view)
        self.empty_state.activated.connect(self._empty_action)

        self.add_button = QPushButton(self.tr("Add a person…"), self)
        self.add_button.setAccessibleName(self.tr("Add a person"))
        self.add_button.clicked.connect(self.add_requested)
        set_icon(self.add_button, "user-plus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_button)
        self.setTabOrder(self.filter_edit, self.view)
        self.setTabOrder(self.view, self.add_button)
        self._update_empty()

    # --- content -------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[PersonRow],
        retention_years: int = 2,
        selected: PersonId | None = None,
        keys: list[str] | None = None,
    ) -> None:
        """Replace the rows, selecting `selected` (or keeping the selection) quietly."""
        current = selected if selected is not None else self.current_person()
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_rows(rows, retention_years, keys)
            if current is not None:
                self._select(current)
        finally:
            self.view.selectionModel().blockSignals(False)
        self._update_empty()

    def load(self, caseload: Caseload, selected: Callable[[], PersonId | None]) -> None:
        """Reload the rows off the GUI thread; `selected()` is asked when they arrive."""
        self._generation += 1
        generation, today = self._generation, date.today()

        def work() -> tuple[list[PersonRow], int, list[str]]:
            rows = caseload.person_rows(today)
            return rows, caseload.retention_years(), filter_keys(rows)

        def done(result: object) -> None:
            if generation == self._generation and isinstance(result, tuple):
                rows, years, keys = result
                self.set_rows(rows, years, selected(), keys)
                self.loaded.emit()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.load_failed.emit(exc)

        self._task = run_in_background(work, done, failed)

    def clear(self) -> None:
        """Forget every row and the filter text (with its undo history)."""
        self._generation += 1
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.clear()
            self.filter_edit.setText("")
        finally:
            self.view.selectionModel().blockSignals(False)
        self._update_empty()

    def set_privacy(self, on: bool) -> None:
        self.model.set_privacy(on)
        self.view.viewport().update()

    def current_person(self) -> PersonId | None:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row.id if isinstance(row, PersonRow) else None

    def select_person(self, person_id: PersonId | None) -> None:
        """Select a person without announcing it (the caller already knows)."""
        self.view.selectionModel().blockSignals(True)
        try:
            if person_id is None:
                self.view.clearSelection()
            elif not self._select(person_id) and self.filter_edit.text():
                self.filter_edit.setText("")  # the person was filtered out: show everyone
                self._select(person_id)
        finally:
            self.view.selectionModel().blockSignals(False)
        self.view.viewport().update()

    def _select(self, person_id: PersonId) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of(person_id))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # --- reactions -----------------------------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_empty()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.person_selected.emit(self.current_person())

    def _select_first(self) -> None:
        if self.proxy.rowCount() and self.current_person() is None:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._focus_list()

    def _focus_list(self) -> None:
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def _update_empty(self) -> None:
        if self.model.rowCount() == 0:
            self.empty_state.set_texts(
                self.tr("No person supported yet."), self.tr("Add a person…"), "user-plus"
            )
        else:
            self.empty_state.set_texts(
                self.tr("No person matches this filter."), self.tr("Clear the filter")
            )

    def _empty_action(self) -> None:
        if self.model.rowCount() == 0:
            self.add_requested.emit()
        else:
            self.filter_edit.clear()
            self.filter_edit.setFocus()
