"""What the workspace does when the worker acts: each a small use-case call.

Every call goes through `Caseload` (rules) or `workspace_queries` (plain reads
and toggles); a `CarnetError` becomes a plain message, never a traceback. This
part acts on the editor and the person's file it is given, asks the workspace
only through `WorkspaceHost`, and says what changed through its signals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.sealing import start_new_here
from app.core.workspace_queries import (
    get_hypothesis,
    get_interview,
    get_person,
    person_file,
    set_follow_up_done,
)
from app.domain.errors import CarnetError
from app.domain.ids import FollowUpId, HypothesisId, InterviewId
from app.domain.models import (
    FactsStatus,
    Hypothesis,
    HypothesisStatus,
    InterviewDraft,
    InterviewKind,
    SearchHit,
)
from app.ui.workspace.host import WorkspaceHost
from app.ui.workspace.interview_editor import InterviewEditor
from app.ui.workspace.person_dialog import PersonDialog
from app.ui.workspace.person_file import PersonFilePage
from app.ui.workspace.text_match import locate_match


class WorkspaceOps(QObject):
    """The worker's actions on persons, interviews, follow-ups, hypotheses and search hits."""

    follow_up_updated = Signal(object)  # a FollowUp as stored now
    case_close_requested = Signal(object, object)  # PersonId, the closing date

    def __init__(
        self,
        host: WorkspaceHost,
        editor: InterviewEditor,
        person_file: PersonFilePage,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._editor, self._file, self._parent = editor, person_file, parent

    # --- persons -------------------------------------------------------------------------------
    def new_person(self) -> None:
        if self._host.caseload is None:
            return
        dialog = PersonDialog(self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_person(dialog))
        dialog.open()

    def _create_person(self, dialog: PersonDialog) -> None:
        host = self._host
        if host.caseload is None:
            return
        try:
            person_id = host.caseload.add_person(dialog.draft())
        except CarnetError as exc:
            host.report(exc)
            return
        if host.open_person(person_id):
            self._file.focus_new_interview()
        host.refresh_rows()
        host.say(self.tr("Person added."))

    def edit_person(self) -> None:
        host = self._host
        if host.session is None or host.person_id is None or not self._editor.flush():
            return
        try:
            person = get_person(host.session, host.person_id)
        except CarnetError as exc:
            host.report(exc)
            return
        dialog = PersonDialog(self._parent, person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_person(dialog, person.details))
        dialog.open()

    def _save_person(self, dialog: PersonDialog, details: str) -> None:
        host = self._host
        if host.caseload is None or host.person_id is None:
            return
        person_id, draft = host.person_id, dialog.draft(details)
        try:
            host.caseload.update_person(person_id, draft)
        except CarnetError as exc:
            host.report(exc)
            return
        if dialog.destroy_hypotheses() and draft.case_closed is not None:
            editor_interview = self._editor.interview()
            if editor_interview is not None and editor_interview.person_id == person_id:
                self._editor.clear()  # its hypothesis is about to be destroyed
            # Through retention, which also rewrites the snapshots that still hold them.
            self.case_close_requested.emit(person_id, draft.case_closed)
        self.reload_file()
        host.refresh_rows()
        host.say(self.tr("Details saved."))

    def reload_file(self) -> None:
        """Refresh the person's file in place (the page shown does not change)."""
        host = self._host
        if host.session is None or host.person_id is None:
            return
        try:
            self._file.show_file(person_file(host.session, host.person_id), date.today())
        except CarnetError as exc:
            host.report(exc)

    # --- interviews ----------------------------------------------------------------------------
    def new_interview(self) -> None:
        host = self._host
        if host.caseload is None or host.person_id is None or not self._editor.flush():
            return
        first = not self._file.has_interviews()
        facts = self._editor.template(InterviewKind.OFFICE, first)
        try:
            draft = InterviewDraft(date.today())
            interview_id = host.caseload.add_interview(host.person_id, draft, facts)
        except CarnetError as exc:
            host.report(exc)
            return
        self.reload_file()
        host.refresh_rows()
        if host.open_interview(interview_id) and facts:
            first_break = facts.find("\n")
            at = first_break + 1 if first_break >= 0 else len(facts)
            self._editor.select_in(self._editor.facts, at, at)

    # --- follow-ups and hypotheses ---------------------------------------------------------------
    def add_follow_up(self, text: str, due_on: object) -> None:
        host = self._host
        if host.caseload is None or host.person_id is None:
            return
        due = due_on if isinstance(due_on, date) else None
        try:
            host.caseload.add_follow_up(host.person_id, text, due)
        except CarnetError as exc:
            host.report(exc)
            return
        self._file.follow_up_added()
        self.reload_file()
        host.refresh_rows()
        self._file.focus_follow_up_entry()

    def set_follow_up_done(self, follow_up_id: object, done: bool) -> None:
        host = self._host
        if host.session is None or not isinstance(follow_up_id, int):
            return
        try:
            updated = set_follow_up_done(host.session, FollowUpId(follow_up_id), done)
        except CarnetError as exc:
            host.report(exc)
            return
        self.follow_up_updated.emit(updated)
        host.refresh_rows()
        host.say(
            self.tr("Follow-up marked done.") if done else self.tr("Follow-up marked not done.")
        )

    def set_hypothesis_status(self, hypothesis_id: object, status: object) -> None:
        host = self._host
        if host.caseload is None or host.session is None or not isinstance(hypothesis_id, int):
            return
        if not isinstance(status, HypothesisStatus):
            return
        try:
            host.caseload.set_hypothesis_status(HypothesisId(hypothesis_id), status)
            updated = get_hypothesis(host.session, HypothesisId(hypothesis_id))
        except CarnetError as exc:
            host.report(exc)
            return
        self._file.update_hypothesis(updated)

    def start_new_hypotheses(self) -> None:
        """Sealed to another computer: ask (non-blocking), then start new hypotheses here."""
        if self._host.session is None or self._host.session.hypotheses_here:
            return
        box = QMessageBox(self._parent)
        box.setObjectName("startHypothesesConfirmation")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Start new hypotheses here"))
        box.setText(self.tr("Start new working hypotheses on this computer?"))
        box.setInformativeText(
            self.tr(
                "The hypotheses sealed to the other computer cannot be read here. Their file "
                "is kept in the vault folder, set aside, until you erase it: on the computer "
                "that wrote them, they can still be read. New hypotheses written from now on "
                "are sealed to this computer."
            )
        )
        confirm = box.addButton(self.tr("Start new hypotheses"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmStartHypotheses")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._start_new_here() if box.clickedButton() is confirm else None
        )
        box.open()

    def _start_new_here(self) -> None:
        host = self._host
        if host.session is None or host.session.hypotheses_here:
            return
        try:
            start_new_here(host.session)
        except CarnetError as exc:
            host.report(exc)
            return
        self.reload_file()
        host.say(self.tr("New hypotheses now start on this computer."))

    def open_hypothesis(self, hypothesis: object) -> None:
        if not isinstance(hypothesis, Hypothesis) or hypothesis.interview_id is None:
            return
        if self._host.open_interview(hypothesis.interview_id):
            self._editor.focus_hypothesis()

    def move_to_facts(self, hypothesis: object) -> None:
        """Open a draft interview's facts with the hypothesis in a block to rewrite."""
        host = self._host
        if not isinstance(hypothesis, Hypothesis) or host.session is None:
            return
        target = self._draft_for(hypothesis)
        if target is None:
            self.new_interview()
            target = self._editor.interview_id()
        elif not host.open_interview(target):
            return
        if target is not None and self._editor.interview_id() == target:
            self._editor.insert_for_rewrite(hypothesis.text, hypothesis.noted_on)

    def _draft_for(self, hypothesis: Hypothesis) -> InterviewId | None:
        """The hypothesis's own interview if still a draft, else the open one, else the newest."""
        host = self._host
        assert host.session is not None
        if hypothesis.interview_id is not None:
            try:
                own = get_interview(host.session, hypothesis.interview_id)
            except CarnetError:
                own = None
            if own is not None and own.status == FactsStatus.DRAFT:
                return own.id
        current = self._editor.interview()
        same_person = current is not None and current.person_id == hypothesis.person_id
        if current is not None and same_person and not self._editor.facts_read_only():
            return current.id
        return self._file.first_draft_id()

    # --- search results ------------------------------------------------------------------------
    def open_hit(self, hit: object) -> None:
        """Open the interview at the match and select the matched text."""
        host = self._host
        if not isinstance(hit, SearchHit):
            return
        if hit.interview_id is None:
            host.open_person(hit.person_id)
            return
        if not host.open_interview(hit.interview_id):
            return
        targets = self._editor.match_targets(hit)
        for loose in (False, True):
            for target in targets:
                span = locate_match(target.toPlainText(), hit.snippet, loose)
                if span is not None:
                    self._editor.select_in(target, *span)
                    return
