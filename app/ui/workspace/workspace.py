"""The workspace the shell embeds: persons on the left, the work on the right.

The right side is a stack of pages: a welcome page, a person's file, the
interview editor, search, the follow-ups due, and the records past their
term. The shell calls `flush()` then `clear()` when it locks, and
`open_session()` after unlocking, handing back the `state()` it kept so the
worker returns to where they were (and `restore_pending()` any unsaved text).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.workspace_queries import (
    due_follow_ups,
    get_interview,
    interview_hypothesis,
    person_file,
)
from app.domain.errors import CarnetError
from app.domain.ids import InterviewId, PersonId
from app.domain.models import FollowUp
from app.ui.session.clipboard_guard import SensitiveClipboard
from app.ui.workspace.follow_ups_view import FollowUpsPage
from app.ui.workspace.host import WorkspaceState
from app.ui.workspace.interview_editor import InterviewEditor
from app.ui.workspace.labels import error_text
from app.ui.workspace.layout import first_sizes, fit_pages, frame_workspace
from app.ui.workspace.message_bar import MessageBar
from app.ui.workspace.pending import PendingEdits, restore_pending, take_pending
from app.ui.workspace.person_file import PersonFilePage
from app.ui.workspace.person_list import PersonListPanel
from app.ui.workspace.records import RecordsOps
from app.ui.workspace.search_panel import SearchPanel
from app.ui.workspace.welcome import WelcomePage
from app.ui.workspace.workspace_actions import make_actions
from app.ui.workspace.workspace_ops import WorkspaceOps


class Workspace(QWidget):
    status_message = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, clipboard: SensitiveClipboard | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._clipboard = clipboard if clipboard is not None else SensitiveClipboard(self)
        self.session: Session | None = None
        self.caseload: Caseload | None = None
        self.person_id: PersonId | None = None
        self.rows_loaded = 0  # how many times the list was refilled (tests wait on it)
        self.return_page: QWidget | None = None  # where closing search or a list goes back to

        self.person_list = PersonListPanel(self)
        self.person_list.loaded.connect(self._rows_arrived)
        self.person_list.load_failed.connect(self.report)
        self.person_file = PersonFilePage(self)
        self.editor = InterviewEditor(self._clipboard, self)
        self.search_panel = SearchPanel(self)
        self.follow_ups_page = FollowUpsPage(self)
        self.message_bar = MessageBar(self)
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        for page in (
            self.welcome,
            self.person_file,
            self.editor,
            self.search_panel,
            self.follow_ups_page,
        ):
            self.stack.addWidget(page)
        self.workspace_actions = make_actions(self)
        self.ops = WorkspaceOps(self, self.editor, self.person_file, self)
        self.records = RecordsOps(  # export, register, past term, erasure
            self, self.workspace_actions, self.person_file, self.stack, self
        )
        self.splitter, self.scroller = frame_workspace(
            self, self.person_list, self.message_bar, self.stack
        )
        self._sized = False
        self._connect()
        self.sync_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.splitter.setSizes(first_sizes(self))
        fit_pages(self, (self.person_file, self.editor))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_pages(self, (self.person_file, self.editor))

    def _connect(self) -> None:
        ops, acts = self.ops, self.workspace_actions
        self.person_list.person_selected.connect(self._on_person_selected)
        self.person_list.add_requested.connect(ops.new_person)
        self.person_list.view.activated.connect(self._enter_file)
        self.person_file.edit_requested.connect(ops.edit_person)
        self.person_file.new_interview_requested.connect(ops.new_interview)
        self.person_file.interview_requested.connect(self.open_interview)
        self.person_file.follow_up_add_requested.connect(ops.add_follow_up)
        self.person_file.follow_ups.done_requested.connect(ops.set_follow_up_done)
        ops.follow_up_updated.connect(self._follow_up_updated)
        ops.case_close_requested.connect(self.records.close_case)
        self.records.case_closed.connect(ops.reload_file)
        self.records.purged.connect(self._purged)
        self.records.erased.connect(self._erased)
        self.person_file.hypotheses.status_requested.connect(ops.set_hypothesis_status)
        self.person_file.hypotheses.move_requested.connect(ops.move_to_facts)
        self.person_file.hypotheses.open_requested.connect(ops.open_hypothesis)
        self.person_file.hypotheses.start_new_requested.connect(ops.start_new_hypotheses)
        self.follow_ups_page.model.done_requested.connect(ops.set_follow_up_done)
        self.follow_ups_page.person_requested.connect(self.open_person)
        self.follow_ups_page.close_requested.connect(self.close_overlay)
        self.search_panel.hit_activated.connect(ops.open_hit)
        self.search_panel.close_requested.connect(self.close_overlay)
        self.editor.back_requested.connect(self.back_to_file)
        self.editor.status_message.connect(self.status_message)
        self.editor.record_changed.connect(self.refresh_rows)
        self.editor.facts.finalised_changed.connect(self.sync_actions)
        self.editor.autosaver.state_changed.connect(self.sync_actions)
        self.stack.currentChanged.connect(self.sync_actions)
        self.welcome.follow_ups_button.clicked.connect(self.show_follow_ups)
        acts.new_person.triggered.connect(ops.new_person)
        acts.new_interview.triggered.connect(ops.new_interview)
        acts.search.triggered.connect(lambda: self.show_search(in_file=False))
        acts.find_in_file.triggered.connect(lambda: self.show_search(in_file=True))
        acts.follow_ups.triggered.connect(self.show_follow_ups)
        acts.finalise.triggered.connect(self.editor.request_finalise)

    # --- the contract with the shell ----------------------------------------------------------
    def open_session(
        self, session: Session, caseload: Caseload, state: WorkspaceState | None = None
    ) -> None:
        """Show an unlocked vault, back where the worker was if `state` is given."""
        self.clear()
        self.session, self.caseload = session, caseload
        self.editor.set_caseload(caseload)
        self.search_panel.set_caseload(caseload)
        self.refresh_rows()
        if state is not None and state.person_id is not None:
            if state.interview_id is not None:
                self.open_interview(state.interview_id, quiet=True)
            else:
                self.open_person(state.person_id, quiet=True)
        self.sync_actions()

    def flush(self) -> None:
        """Write anything typed but not yet saved, now.

        Raises the `CarnetError` if the write failed; the text then stays in
        its editor, with a message saying it is not saved yet.
        """
        if not self.editor.flush():
            raise self.editor.autosaver.last_error()

    def clear(self) -> None:
        """Empty every widget that showed case data, undo histories included."""
        for dialog in self.findChildren(QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()
        self.editor.clear()
        self.person_list.clear()
        self.person_file.clear()
        self.search_panel.clear()
        self.follow_ups_page.clear()
        self.records.clear()
        self.message_bar.dismiss()
        self.session = self.caseload = None
        self.person_id = None
        self.return_page = None
        self.editor.set_caseload(None)
        self.search_panel.set_caseload(None)
        self.stack.setCurrentWidget(self.welcome)
        self.sync_actions()

    def take_pending(self) -> PendingEdits | None:
        """Before an automatic lock that could not save: the unsaved text, out of the editor."""
        return take_pending(self.editor)

    def restore_pending(self, pending: PendingEdits, message: str | None = None) -> bool:
        """After unlocking: that text back in its interview, saved again (False: keep it)."""
        if self.session is None:
            return False
        return restore_pending(self.editor, self.open_interview, self._announce, pending, message)

    def state(self) -> WorkspaceState:
        editing = self.editor in (self.stack.currentWidget(), self.return_page)
        interview_id = self.editor.interview_id() if editing else None
        return WorkspaceState(self.person_id, interview_id)

    def actions(self) -> list[QAction]:
        """New person and interview, search, follow-ups, past term, finalise, export, register."""
        return self.workspace_actions.all()

    def set_privacy_mode(self, on: bool) -> None:
        """Initials instead of names everywhere on screen, headers included."""
        self.person_list.set_privacy(on)
        self.person_file.set_privacy(on)
        self.editor.header.set_privacy(on)
        self.search_panel.set_privacy(on)
        self.follow_ups_page.model.set_privacy(on)

    def set_templates(self, templates: Mapping[str, str]) -> None:
        """Headings pre-filled in new interviews; keys in `templates.TEMPLATE_KEYS`."""
        self.editor.set_templates(templates)

    def clipboard_guard(self) -> SensitiveClipboard:
        """The guard the facts editors copy through (the shell clears it on lock)."""
        return self._clipboard

    # --- what the parts ask of the workspace (WorkspaceHost) ------------------------------------
    def report(self, exc: BaseException) -> None:
        self._announce(error_text(exc))

    def say(self, text: str) -> None:
        self.status_message.emit(text)

    def _announce(self, text: str) -> None:
        self.message_bar.show_message(text)
        self.status_message.emit(text)

    def show_overlay(self, page: QWidget) -> None:
        self.remember_page()
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _follow_up_updated(self, updated: FollowUp) -> None:
        self.person_file.follow_ups.update_follow_up(updated)
        self.follow_ups_page.model.update_follow_up(updated)

    def _purged(self, person_ids: tuple[PersonId, ...]) -> None:
        self.forget(person_ids)
        self.refresh_rows()

    def _erased(self, _person_ids: tuple[PersonId, ...]) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.person_list.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget(self, person_ids: Collection[PersonId]) -> None:
        """Erased persons: no page keeps anything of theirs."""
        interview = self.editor.interview()
        if interview is not None and interview.person_id in person_ids:
            self.editor.clear()
        if self.person_id in person_ids:
            self.person_id = None
            self.person_file.clear()
            if self.return_page in (self.person_file, self.editor):
                self.return_page = None
        self.search_panel.clear()  # its results may name them
        self.follow_ups_page.clear()
        self.sync_actions()

    # --- navigation ----------------------------------------------------------------------------

    def refresh_rows(self) -> None:
        """Reload the persons list off the GUI thread; stale answers are dropped."""
        if self.caseload is not None:
            self.person_list.load(self.caseload, lambda: self.person_id)

    def _rows_arrived(self) -> None:
        self.rows_loaded += 1

    def _on_person_selected(self, person_id: object) -> None:
        if not isinstance(person_id, int):
            return  # the filter hid the selection; keep showing what is open
        if person_id == self.person_id and self.stack.currentWidget() is not self.welcome:
            if self.stack.currentWidget() not in (self.person_file, self.editor):
                self.open_person(PersonId(person_id))
            return
        if not self.open_person(PersonId(person_id)):
            self.person_list.select_person(self.person_id)

    def open_person(self, person_id: PersonId, quiet: bool = False) -> bool:
        """Show a person's file; False if what is being typed cannot be saved first."""
        if self.session is None or not self.editor.flush():
            return False
        try:
            data = person_file(self.session, person_id)
        except CarnetError as exc:
            if not quiet:
                self.report(exc)
            return False
        self.person_id = person_id
        self.person_file.show_file(data, date.today())
        self.person_list.select_person(person_id)
        self.return_page = None
        self.stack.setCurrentWidget(self.person_file)
        self.sync_actions()
        return True

    def open_interview(self, interview_id: InterviewId, quiet: bool = False) -> bool:
        """Open an interview in the editor (and its person's file behind it)."""
        if self.session is None or not self.editor.flush():
            return False
        try:
            interview = get_interview(self.session, interview_id)
            elsewhere = interview.person_id != self.person_id or self.person_file.person_id is None
            if elsewhere and not self.open_person(interview.person_id, quiet):
                return False
            hypothesis = interview_hypothesis(self.session, interview_id)
        except CarnetError as exc:
            if not quiet:
                self.report(exc)
            return False
        first = self.person_file.timeline.oldest_id() in (None, interview_id)
        if not self.editor.load(interview, hypothesis, self.person_file.alias(), first):
            return False
        # Sealed to another computer: nothing to write to (until new ones start here).
        self.editor.hypotheses.setReadOnly(not self.session.hypotheses_here)
        self.person_file.select_interview(interview_id)
        self.return_page = None
        self.stack.setCurrentWidget(self.editor)
        target = self.editor.hypotheses if self.editor.facts_read_only() else self.editor.facts
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sync_actions()
        return True

    def _enter_file(self) -> None:
        """Enter on a person in the list: go into their file, on the interviews."""
        if self.stack.currentWidget() is self.person_file:
            self.person_file.timeline_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_file(self) -> None:
        interview_id = self.editor.interview_id()
        if self.person_id is not None and self.open_person(self.person_id):
            if interview_id is not None:
                self.person_file.select_interview(interview_id)
            self.person_file.timeline_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_search(self, in_file: bool = False) -> None:
        if self.caseload is None:
            return
        self.remember_page()
        scoped = in_file and self.person_id is not None
        alias = self.person_file.alias() if scoped else ""
        self.search_panel.start(self.person_id if scoped else None, alias)
        self.stack.setCurrentWidget(self.search_panel)
        self.search_panel.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_follow_ups(self) -> None:
        if self.session is None:
            return
        try:
            items = due_follow_ups(self.session, date.today())
        except CarnetError as exc:
            self.report(exc)
            return
        self.remember_page()
        self.follow_ups_page.show_items(items, date.today())
        self.stack.setCurrentWidget(self.follow_ups_page)
        self.follow_ups_page.focus_list()

    def remember_page(self) -> None:
        """An overlay opens: closing it will come back to the page shown now."""
        current = self.stack.currentWidget()
        if current not in (self.search_panel, self.follow_ups_page, self.records.past_term):
            self.return_page = current

    def focus_start(self) -> None:
        """After unlocking: the note being written, else the person's file, else the filter."""
        page = self.stack.currentWidget() or self.welcome
        target = {self.editor: self.editor.facts, self.person_file: self.person_file.timeline_view}
        target.get(page, self.person_list.filter_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def close_overlay(self) -> None:
        page = self.return_page or self.welcome
        self.return_page = None
        if page is self.person_file and self.person_id is not None:
            self.open_person(self.person_id)
        else:
            self.stack.setCurrentWidget(page)
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def sync_actions(self, *_args: object) -> None:
        is_open = self.caseload is not None
        draft = self.editor.interview_id() is not None and not self.editor.facts_read_only()
        editing = draft and self.stack.currentWidget() is self.editor
        self.workspace_actions.enable(is_open, self.person_id is not None, editing)
        self.welcome.follow_ups_button.setEnabled(is_open)
        self.records.sync_actions(is_open)
