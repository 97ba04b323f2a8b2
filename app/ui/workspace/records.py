"""What leaves the computer or goes for good: export, the register, retention and erasure.

Export and the register open window-modal dialogs parented to the workspace,
so a lock (which closes the workspace's dialogs) closes them unrecorded. Each
starts by saving what is being typed: a summary lists the facts as they are
now, and nothing is erased while a change is unsaved. Closing a case rewrites
the snapshots, so it runs off the GUI thread. This part wires its own actions
and the person file's export and erase buttons; it asks the workspace only
through `WorkspaceHost` and tells it what was erased through its signals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.core import retention
from app.core.session import Session
from app.domain.errors import CarnetError
from app.domain.ids import PersonId
from app.ui.records.past_term_view import PastTermView, PurgeDialog
from app.ui.records.refusal_dialog import RefusalDialog
from app.ui.shell.errors import show_error
from app.ui.shell.tasks import Task, run_in_background
from app.ui.workspace.host import WorkspaceHost
from app.ui.workspace.person_file import PersonFilePage
from app.ui.workspace.workspace_actions import WorkspaceActions


class RecordsOps(QObject):
    """Export, register, past-term page and erasure, wired to the workspace's actions."""

    purged = Signal(object)  # persons erased from the past-term page: a tuple of PersonId
    erased = Signal(object)  # the person erased from their own file: a tuple of PersonId
    case_closed = Signal()  # a case closed and its hypotheses destroyed (the file changed)

    def __init__(
        self,
        host: WorkspaceHost,
        actions: WorkspaceActions,
        person_file: PersonFilePage,
        stack: QStackedWidget,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host, self._actions, self._file = host, actions, person_file
        self._stack, self._parent = stack, parent
        self.past_term: PastTermView | None = None  # made per session: it holds the session
        self._epoch = 0  # bumped by clear(): a late background result is dropped
        self._task: Task | None = None
        actions.export_summary.triggered.connect(self.export_summary)
        actions.register.triggered.connect(self.open_register)
        actions.past_term.triggered.connect(self.show_past_term)
        actions.statistics.triggered.connect(self.open_statistics)
        actions.handover.triggered.connect(self.open_handover)
        actions.take_over.triggered.connect(self.open_take_over)
        person_file.export_requested.connect(actions.export_summary.trigger)
        person_file.erase_requested.connect(self.erase_person)
        person_file.more_menu.insertAction(person_file.erase_action, actions.register)
        self.refusal_action = QAction(self.tr("Record a refused request…"), person_file.more_menu)
        self.refusal_action.setObjectName("actionRecordRefusal")
        self.refusal_action.setStatusTip(
            self.tr("An employer or anyone asked and you refused: recorded, nothing written")
        )
        self.refusal_action.triggered.connect(self.record_refusal)
        person_file.more_menu.insertAction(person_file.erase_action, self.refusal_action)
        person_file.more_menu.insertSeparator(person_file.erase_action)

    def sync_actions(self, is_open: bool) -> None:
        acts = self._actions
        acts.export_summary.setEnabled(is_open and self._host.person_id is not None)
        acts.register.setEnabled(is_open)
        for action in (acts.past_term, acts.statistics, acts.handover, acts.take_over):
            action.setEnabled(is_open)
        self._file.export_button.setEnabled(acts.export_summary.isEnabled())
        self._file.erase_action.setEnabled(acts.export_summary.isEnabled())
        self.refusal_action.setEnabled(acts.export_summary.isEnabled())

    def clear(self) -> None:
        """On lock: the past-term page goes with the session it was made for."""
        self._epoch += 1
        page, self.past_term = self.past_term, None
        if page is not None:
            page.clear()
            self._stack.removeWidget(page)
            page.deleteLater()

    def _saved_session(self) -> Session | None:
        """The open session once what is being typed is saved; None (and said why) otherwise."""
        if self._host.session is None:
            return None
        try:
            self._host.flush()
        except CarnetError as exc:
            show_error(self._parent, exc)
            return None
        return self._host.session

    # --- disclosures ---------------------------------------------------------------------------
    def export_summary(self) -> None:
        person_id = self._host.person_id
        session = self._saved_session() if person_id is not None else None
        if session is not None and person_id is not None:
            from app.ui.export import launch  # here: app.ui.export imports the workspace's labels

            launch.open_export_wizard(self._parent, session, person_id, self._exported)

    def _exported(self, _outcome: object) -> None:
        self._host.say(self.tr("The transmission was written and recorded in the register."))

    def record_refusal(self) -> RefusalDialog | None:
        """A request refused for the person open: who asked, for what, the answer given."""
        person_id = self._host.person_id
        session = self._saved_session() if person_id is not None else None
        if session is None or person_id is None:
            return None
        dialog = RefusalDialog(session, person_id, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog

    def open_register(self) -> None:
        session = self._saved_session()
        if session is not None:
            from app.ui.export import launch

            launch.open_register(self._parent, session, self._host.person_id)

    # --- activity figures and handover (app/ui/activity) ---------------------------------------
    def open_statistics(self) -> None:
        session = self._saved_session()
        if session is not None:
            from app.ui.activity import launch

            launch.open_statistics(self._parent, session)

    def open_handover(self) -> None:
        session = self._saved_session()
        if session is not None:
            from app.ui.activity import launch

            launch.open_handover(self._parent, session, self._handed_over)

    def _handed_over(self, _outcome: object) -> None:
        self._host.say(self.tr("The handover file was written and recorded in the register."))

    def open_take_over(self) -> None:
        session = self._saved_session()
        if session is not None:
            from app.ui.activity import launch

            launch.open_take_over(self._parent, session, self._taken_over)

    def _taken_over(self, added: list[object]) -> None:
        self._host.refresh_rows()
        self._host.say(
            self.tr("%n person(s) taken over.", "", len(added))
            if added
            else self.tr("This handover was already taken in; nothing was added.")
        )

    # --- retention and erasure -----------------------------------------------------------------
    def show_past_term(self) -> None:
        session = self._host.session
        if session is None:
            return
        if self.past_term is None:
            self.past_term = PastTermView(session, self._stack)
            self.past_term.purged.connect(self._purged)
            self.past_term.close_requested.connect(self._host.close_overlay)
        else:
            self.past_term.refresh()
        self._host.show_overlay(self.past_term)
        self.past_term.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def erase_person(self) -> PurgeDialog | None:
        """Right to erasure, from the person's file: the purge dialog on this one person."""
        person_id = self._host.person_id
        session = self._saved_session() if person_id is not None else None
        if session is None or person_id is None:
            return None
        dialog = PurgeDialog(session, [person_id], retention.PurgeKind.REQUEST, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.purged.connect(self._erased)
        dialog.open()
        return dialog

    def _erased(self, report: retention.PurgeReport) -> None:
        self._purged(report)
        if self.past_term is not None:
            self.past_term.refresh()
        self.erased.emit(tuple(report.person_ids))
        self._host.say(self.tr("The person was erased for good; the register records the erasure."))

    def _purged(self, report: retention.PurgeReport) -> None:
        self.purged.emit(tuple(report.person_ids))

    def close_case(self, person_id: PersonId, closed_on: date) -> None:
        """Close the case and destroy its hypotheses, in the snapshots too (off the GUI thread)."""
        session, epoch = self._host.session, self._epoch
        if session is None:
            return

        def done(_destroyed: object) -> None:
            if epoch == self._epoch:
                self.case_closed.emit()
                text = self.tr("Case closed. Its working hypotheses were destroyed, snapshots too.")
                self._host.say(text)

        def failed(exc: Exception) -> None:
            if epoch == self._epoch:
                self._host.report(exc)

        self._task = run_in_background(
            lambda: retention.close_case(session, person_id, closed_on, destroy_hypotheses=True),
            done,
            failed,
        )
