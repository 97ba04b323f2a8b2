"""What leaves the computer or goes for good: export, the register, retention and erasure.

Export and the register open window-modal dialogs parented to the workspace,
so a lock (which closes the workspace's dialogs) closes them unrecorded. Each
starts by saving what is being typed: a summary lists the facts as they are
now, and nothing is erased while a change is unsaved. Closing a case rewrites
the snapshots, so it runs off the GUI thread. This object wires its own
actions; the workspace calls `sync_actions()` and `clear()`.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.core import retention
from app.core.session import Session
from app.domain.errors import CarnetError
from app.domain.ids import PersonId
from app.ui.records.past_term_view import PastTermView, PurgeDialog
from app.ui.shell.errors import show_error
from app.ui.shell.tasks import Task, run_in_background

if TYPE_CHECKING:
    from app.ui.workspace.workspace import Workspace


class RecordsOps(QObject):
    """Export, register, past-term page and erasure, wired to the workspace's actions."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.past_term: PastTermView | None = None  # made per session: it holds the session
        self._epoch = 0  # bumped by clear(): a late background result is dropped
        self._task: Task | None = None
        acts, page = workspace.workspace_actions, workspace.person_file
        acts.export_summary.triggered.connect(self.export_summary)
        acts.register.triggered.connect(self.open_register)
        acts.past_term.triggered.connect(self.show_past_term)
        page.export_requested.connect(acts.export_summary.trigger)
        page.erase_requested.connect(self.erase_person)
        page.more_menu.insertAction(page.erase_action, acts.register)
        page.more_menu.insertSeparator(page.erase_action)

    def sync_actions(self, is_open: bool) -> None:
        acts = self.ws.workspace_actions
        acts.export_summary.setEnabled(is_open and self.ws.person_id is not None)
        acts.register.setEnabled(is_open)
        acts.past_term.setEnabled(is_open)
        self.ws.person_file.export_button.setEnabled(acts.export_summary.isEnabled())
        self.ws.person_file.erase_action.setEnabled(acts.export_summary.isEnabled())

    def clear(self) -> None:
        """On lock: the past-term page goes with the session it was made for."""
        self._epoch += 1
        page, self.past_term = self.past_term, None
        if page is not None:
            page.clear()
            self.ws.stack.removeWidget(page)
            page.deleteLater()

    def _saved_session(self) -> Session | None:
        """The open session once what is being typed is saved; None (and said why) otherwise."""
        ws = self.ws
        if ws.session is None:
            return None
        try:
            ws.flush()
        except CarnetError as exc:
            show_error(ws, exc)
            return None
        return ws.session

    # --- disclosures ---------------------------------------------------------------------------
    def export_summary(self) -> None:
        person_id = self.ws.person_id
        session = self._saved_session() if person_id is not None else None
        if session is not None and person_id is not None:
            from app.ui.export import launch  # here: app.ui.export imports the workspace's labels

            launch.open_export_wizard(self.ws, session, person_id, self._exported)

    def _exported(self, _outcome: object) -> None:
        text = self.tr("The summary was written and recorded in the register.")
        self.ws.status_message.emit(text)

    def open_register(self) -> None:
        session = self._saved_session()
        if session is not None:
            from app.ui.export import launch

            launch.open_register(self.ws, session, self.ws.person_id)

    # --- retention and erasure -----------------------------------------------------------------
    def show_past_term(self) -> None:
        ws = self.ws
        if ws.session is None:
            return
        if self.past_term is None:
            self.past_term = PastTermView(ws.session, ws.stack)
            self.past_term.purged.connect(self._purged)
            ws.stack.addWidget(self.past_term)
        else:
            self.past_term.refresh()
        ws.remember_page()
        ws.stack.setCurrentWidget(self.past_term)
        self.past_term.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def erase_person(self) -> PurgeDialog | None:
        """Right to erasure, from the person's file: the purge dialog on this one person."""
        person_id = self.ws.person_id
        session = self._saved_session() if person_id is not None else None
        if session is None or person_id is None:
            return None
        dialog = PurgeDialog(session, [person_id], retention.PurgeKind.REQUEST, self.ws)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.purged.connect(self._erased)
        dialog.open()
        return dialog

    def _erased(self, report: retention.PurgeReport) -> None:
        self._purged(report)
        if self.past_term is not None:
            self.past_term.refresh()
        self.ws.stack.setCurrentWidget(self.ws.welcome)
        self.ws.person_list.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ws.status_message.emit(
            self.tr("The person was erased for good; the register records the erasure.")
        )

    def _purged(self, report: retention.PurgeReport) -> None:
        self.forget(report.person_ids)
        self.ws.refresh_rows()

    def forget(self, person_ids: Collection[PersonId]) -> None:
        """Erased persons: no page keeps anything of theirs."""
        ws = self.ws
        interview = ws.editor.interview()
        if interview is not None and interview.person_id in person_ids:
            ws.editor.clear()
        if ws.person_id in person_ids:
            ws.person_id = None
            ws.person_file.clear()
            if ws.return_page in (ws.person_file, ws.editor):
                ws.return_page = None
        ws.search_panel.clear()  # its results may name them
        ws.follow_ups_page.clear()
        ws.sync_actions()

    def close_case(self, person_id: PersonId, closed_on: date) -> None:
        """Close the case and destroy its hypotheses, in the snapshots too (off the GUI thread)."""
        session, epoch = self.ws.session, self._epoch
        if session is None:
            return

        def done(_destroyed: object) -> None:
            if epoch == self._epoch:
                self.ws.ops.reload_file()
                text = self.tr("Case closed. Its working hypotheses were destroyed, snapshots too.")
                self.ws.status_message.emit(text)

        def failed(exc: Exception) -> None:
            if epoch == self._epoch:
                self.ws.report(exc)

        self._task = run_in_background(
            lambda: retention.close_case(session, person_id, closed_on, destroy_hypotheses=True),
            done,
            failed,
        )
