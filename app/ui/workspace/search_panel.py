"""Search as you type (Ctrl+K everywhere, Ctrl+F in the current person's file).

Typing restarts a short timer; when it fires the query runs on the thread pool
and only the newest query's results are shown (older ones are dropped). Working
hypotheses are searched only when the box is ticked, and their hits are marked.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.caseload import Caseload
from app.domain.ids import PersonId
from app.domain.models import SearchHit
from app.ui.shell.tasks import Task, run_in_background
from app.ui.widgets.empty_state import EmptyState
from app.ui.workspace.labels import error_text
from app.ui.workspace.rows_model import ITEM_ROLE
from app.ui.workspace.search_results import SearchDelegate, SearchModel
from app.ui.workspace.style import QuietLabel, title
from app.ui.workspace.text_match import initials

DEBOUNCE_MS = 150
RESULT_LIMIT = 50


class _SearchField(QLineEdit):
    """Down goes to the results, Escape leaves the search."""

    to_results = Signal()
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.to_results.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class _ResultsView(QListView):
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    hit_activated = Signal(object)  # SearchHit
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._caseload: Caseload | None = None
        self._scope: PersonId | None = None
        self._scope_alias = ""
        self._privacy = False
        self._generation = 0
        self._shown_generation = 0
        self._task: Task | None = None

        self.field = _SearchField(self)
        self.field.setPlaceholderText(self.tr("Search the notes"))
        self.field.setAccessibleName(self.tr("Search the notes"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._schedule)
        self.field.returnPressed.connect(self._open_current)
        self.field.to_results.connect(self._focus_results)
        self.field.escape.connect(self.close_requested)
        self.include_hypotheses = QCheckBox(self.tr("Include working hypotheses"), self)
        self.include_hypotheses.setToolTip(
            self.tr("Also search your private working hypotheses. Their results are marked.")
        )
        self.include_hypotheses.toggled.connect(self._run_now)
        self.scope_label = QLabel(self)
        self.everywhere_button = QPushButton(self.tr("Search all persons"), self)
        self.everywhere_button.clicked.connect(self._widen)

        self.model = SearchModel(self)
        self.view = self._make_view()
        self.empty_state = EmptyState(self.view)
        self.empty_state.set_suppressed(True)  # until a search has found nothing
        self.empty_state.activated.connect(self._empty_action)
        self.info = QuietLabel("", self)
        self.info.setWordWrap(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_now)

        heading = title(self, self.tr("Search"), 1.2)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_label, 1)
        scope_row.addWidget(self.everywhere_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.field)
        layout.addLayout(scope_row)
        layout.addWidget(self.include_hypotheses)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self._show_scope()

    def _make_view(self) -> _ResultsView:
        view = _ResultsView(self)
        view.setObjectName("searchResults")
        view.setAccessibleName(self.tr("Search results"))
        view.setModel(self.model)
        view.setItemDelegate(SearchDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.activated.connect(self._on_activated)
        view.escape.connect(self.close_requested)
        return view

    # --- set-up ------------------------------------------------------------------------------
    def set_caseload(self, caseload: Caseload | None) -> None:
        self._caseload = caseload

    def set_privacy(self, on: bool) -> None:
        self._privacy = on
        self.model.set_privacy(on)
        self._show_scope()

    def start(self, person_id: PersonId | None = None, alias: str = "") -> None:
        """Open the search: everywhere, or within one person's file."""
        self._scope, self._scope_alias = person_id, alias
        self._show_scope()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._run_now()

    def clear(self) -> None:
        """Forget the query (and its undo history), the results and any running search."""
        self._generation += 1
        self._timer.stop()
        self._scope, self._scope_alias = None, ""
        self.field.blockSignals(True)
        self.field.setText("")
        self.field.blockSignals(False)
        self.include_hypotheses.blockSignals(True)
        self.include_hypotheses.setChecked(False)
        self.include_hypotheses.blockSignals(False)
        self.model.clear()
        self.info.clear()
        self.empty_state.set_suppressed(True)
        self._show_scope()

    def _show_scope(self) -> None:
        if self._scope is None:
            self.scope_label.setText(self.tr("In every person's file"))
        else:
            alias = initials(self._scope_alias) if self._privacy else self._scope_alias
            self.scope_label.setText(self.tr("In the file of %1").replace("%1", alias))
        self.everywhere_button.setVisible(self._scope is not None)

    def _widen(self) -> None:
        self._scope, self._scope_alias = None, ""
        self._show_scope()
        self.field.setFocus()
        self._run_now()

    # --- running the query --------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.field.text().strip()
        caseload = self._caseload
        if not text or caseload is None:
            self._shown_generation = generation
            self.model.clear()
            self.empty_state.set_suppressed(True)
            self.info.setText(self.tr("Type a word to search the facts and addenda."))
            return
        include, scope = self.include_hypotheses.isChecked(), self._scope

        def work() -> list[SearchHit]:
            return caseload.search(text, RESULT_LIMIT, include, scope, as_you_type=True)

        self.info.setText(self.tr("Searching…"))
        self._task = run_in_background(
            work,
            lambda hits: self._show(generation, hits),
            lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, hits: object) -> None:
        if generation != self._generation or not isinstance(hits, list):
            return  # a newer query was typed meanwhile
        self._shown_generation = generation
        self.model.set_rows(hits)
        self._show_empty_state()
        if hits:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self.info.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.info.setText(self.tr(
                "No result in the notes. To find a person by name, type it in "
                "“Filter persons”, above the list on the left."))  # fmt: skip

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._shown_generation = generation
            self.model.clear()
            self.empty_state.set_suppressed(True)
            self.info.setText(self.tr("The search failed: %1").replace("%1", error_text(exc)))

    def _show_empty_state(self) -> None:
        if self._scope is not None:
            button = self.tr("Search all persons")
        else:
            button = self.tr("Clear the search")
        self.empty_state.set_texts(self.tr("Nothing found for this search."), button)
        self.empty_state.set_suppressed(False)

    def _empty_action(self) -> None:
        if self._scope is not None:
            self._widen()
        else:
            self.field.clear()
            self.field.setFocus()
            self._run_now()

    def is_settled(self) -> bool:
        """Whether the results shown answer the text in the field now (nothing pending)."""
        return not self._timer.isActive() and self._shown_generation == self._generation

    # --- opening a result -----------------------------------------------------------------------
    def _focus_results(self) -> None:
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(ITEM_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit)
