"""What the workspace does when the worker acts: each a small use-case call.

Every call goes through `Caseload` (rules) or the session's stores (plain
reads and toggles); a `CarnetError` becomes a plain message, never a traceback.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.core.workspace_queries import (
    get_hypothesis,
    get_interview,
    get_person,
    interview_hypothesis,
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
from app.ui.workspace.person_dialog import PersonDialog
from app.ui.workspace.text_match import locate_match

if TYPE_CHECKING:
    from app.ui.workspace.workspace import Workspace


class WorkspaceOps(QObject):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace

    # --- persons -------------------------------------------------------------------------------
    def new_person(self) -> None:
        if self.ws.caseload is None:
            return
        dialog = PersonDialog(self.ws)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_person(dialog))
        dialog.open()

    def _create_person(self, dialog: PersonDialog) -> None:
        ws = self.ws
        if ws.caseload is None:
            return
        try:
            person_id = ws.caseload.add_person(dialog.draft())
        except CarnetError as exc:
            ws.report(exc)
            return
        if ws.open_person(person_id):
            ws.person_file.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        ws.refresh_rows()
        ws.status_message.emit(self.tr("Person added."))

    def edit_person(self) -> None:
        ws = self.ws
        if ws.session is None or ws.person_id is None or not ws.editor.flush():
            return
        try:
            person = get_person(ws.session, ws.person_id)
        except CarnetError as exc:
            ws.report(exc)
            return
        dialog = PersonDialog(ws, person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_person(dialog, person.details))
        dialog.open()

    def _save_person(self, dialog: PersonDialog, details: str) -> None:
        ws = self.ws
        if ws.caseload is None or ws.person_id is None:
            return
        person_id, draft = ws.person_id, dialog.draft(details)
        try:
            ws.caseload.update_person(person_id, draft)
        except CarnetError as exc:
            ws.report(exc)
            return
        if dialog.destroy_hypotheses() and draft.case_closed is not None:
            editor_interview = ws.editor.interview()
            if editor_interview is not None and editor_interview.person_id == person_id:
                ws.editor.clear()  # its hypothesis is about to be destroyed
            # Through retention, which also rewrites the snapshots that still hold them.
            ws.records.close_case(person_id, draft.case_closed)
        self.reload_file()
        ws.refresh_rows()
        ws.status_message.emit(self.tr("Details saved."))

    def reload_file(self) -> None:
        """Refresh the person's file in place (the page shown does not change)."""
        ws = self.ws
        if ws.session is None or ws.person_id is None:
            return
        try:
            ws.person_file.show_file(person_file(ws.session, ws.person_id), date.today())
        except CarnetError as exc:
            ws.report(exc)

    # --- interviews ----------------------------------------------------------------------------
    def new_interview(self) -> None:
        ws = self.ws
        if ws.caseload is None or ws.person_id is None or not ws.editor.flush():
            return
        first = ws.person_file.timeline.rowCount() == 0
        facts = ws.editor.template(InterviewKind.OFFICE, first)
        try:
            draft = InterviewDraft(date.today())
            interview_id = ws.caseload.add_interview(ws.person_id, draft, facts)
        except CarnetError as exc:
            ws.report(exc)
            return
        self.reload_file()
        ws.refresh_rows()
        if ws.open_interview(interview_id) and facts:
            first_break = facts.find("\n")
            at = first_break + 1 if first_break >= 0 else len(facts)
            ws.editor.select_in(ws.editor.facts, at, at)

    def interview_hypothesis(self, interview_id: InterviewId) -> Hypothesis | None:
        assert self.ws.session is not None
        return interview_hypothesis(self.ws.session, interview_id)

    # --- follow-ups and hypotheses ---------------------------------------------------------------
    def add_follow_up(self, text: str, due_on: object) -> None:
        ws = self.ws
        if ws.caseload is None or ws.person_id is None:
            return
        due = due_on if isinstance(due_on, date) else None
        try:
            ws.caseload.add_follow_up(ws.person_id, text, due)
        except CarnetError as exc:
            ws.report(exc)
            return
        ws.person_file.follow_up_added()
        self.reload_file()
        ws.refresh_rows()
        ws.person_file.follow_up_text.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_follow_up_done(self, follow_up_id: object, done: bool) -> None:
        ws = self.ws
        if ws.session is None or not isinstance(follow_up_id, int):
            return
        try:
            updated = set_follow_up_done(ws.session, FollowUpId(follow_up_id), done)
        except CarnetError as exc:
            ws.report(exc)
            return
        ws.person_file.follow_ups.update_follow_up(updated)
        ws.follow_ups_page.model.update_follow_up(updated)
        ws.refresh_rows()
        ws.status_message.emit(
            self.tr("Follow-up marked done.") if done else self.tr("Follow-up marked not done.")
        )

    def set_hypothesis_status(self, hypothesis_id: object, status: object) -> None:
        ws = self.ws
        if ws.caseload is None or ws.session is None or not isinstance(hypothesis_id, int):
            return
        if not isinstance(status, HypothesisStatus):
            return
        try:
            ws.caseload.set_hypothesis_status(HypothesisId(hypothesis_id), status)
            updated = get_hypothesis(ws.session, HypothesisId(hypothesis_id))
        except CarnetError as exc:
            ws.report(exc)
            return
        ws.person_file.hypotheses.model.update_item(updated)

    def open_hypothesis(self, hypothesis: object) -> None:
        if not isinstance(hypothesis, Hypothesis) or hypothesis.interview_id is None:
            return
        if self.ws.open_interview(hypothesis.interview_id):
            self.ws.editor.hypotheses.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_to_facts(self, hypothesis: object) -> None:
        """Open a draft interview's facts with the hypothesis in a block to rewrite."""
        ws = self.ws
        if not isinstance(hypothesis, Hypothesis) or ws.session is None:
            return
        target = self._draft_for(hypothesis)
        if target is None:
            self.new_interview()
            target = ws.editor.interview_id()
        elif not ws.open_interview(target):
            return
        if target is not None and ws.editor.interview_id() == target:
            ws.editor.insert_for_rewrite(hypothesis.text, hypothesis.noted_on)

    def _draft_for(self, hypothesis: Hypothesis) -> InterviewId | None:
        """The hypothesis's own interview if still a draft, else the open one, else the newest."""
        ws = self.ws
        assert ws.session is not None
        if hypothesis.interview_id is not None:
            try:
                own = get_interview(ws.session, hypothesis.interview_id)
            except CarnetError:
                own = None
            if own is not None and own.status == FactsStatus.DRAFT:
                return own.id
        current = ws.editor.interview()
        same_person = current is not None and current.person_id == hypothesis.person_id
        if current is not None and same_person and not ws.editor.facts.isReadOnly():
            return current.id
        for row in ws.person_file.timeline.rows():
            if row.status == FactsStatus.DRAFT:
                return row.id
        return None

    # --- search results ------------------------------------------------------------------------
    def open_hit(self, hit: object) -> None:
        """Open the interview at the match and select the matched text."""
        ws = self.ws
        if not isinstance(hit, SearchHit):
            return
        if hit.interview_id is None:
            ws.open_person(hit.person_id)
            return
        if not ws.open_interview(hit.interview_id):
            return
        editor = ws.editor
        targets: list[QPlainTextEdit]
        if hit.is_hypothesis:
            targets = [editor.hypotheses] if hit.hypothesis_id == editor.hypothesis_id() else []
        else:
            targets = [editor.facts]
            if editor.addenda.isVisibleTo(editor):
                targets.append(editor.addenda.history)
        for loose in (False, True):
            for target in targets:
                span = locate_match(target.toPlainText(), hit.snippet, loose)
                if span is not None:
                    editor.select_in(target, *span)
                    return
