"""The interview editor: details, then Facts and Working hypotheses side by side.

Every keystroke restarts the autosave timer; facts go to the interview row,
the free text beside them to one hypothesis row of this interview (created
on the first save). Finalising makes the facts read only; corrections then
go to dated addenda shown under the original.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.caseload import Caseload
from app.core.workspace_queries import get_interview
from app.domain.errors import CarnetError
from app.domain.ids import HypothesisId, InterviewId
from app.domain.models import FactsStatus, Hypothesis, Interview, InterviewKind, SearchHit
from app.ui.session.clipboard_guard import SensitiveClipboard
from app.ui.widgets.facts_edit import FactsEdit
from app.ui.widgets.hypotheses_edit import HypothesesPanel
from app.ui.widgets.icons import set_icon
from app.ui.workspace.addenda import AddendaPanel
from app.ui.workspace.autosave import Autosaver, SaveState
from app.ui.workspace.editor_chrome import EditorHeader, ask_finalise, facts_header, select_range
from app.ui.workspace.interview_meta import InterviewMeta
from app.ui.workspace.labels import day_text, error_text, save_failed_text
from app.ui.workspace.message_bar import MessageBar
from app.ui.workspace.templates import is_pristine, template_for

FACTS, HYPOTHESIS, META, ADDENDUM = "facts", "hypothesis", "meta", "addendum"


class InterviewEditor(QWidget):
    back_requested = Signal()
    status_message = Signal(str)
    record_changed = Signal()  # details, finalisation or addenda changed in the vault

    def __init__(
        self, clipboard: SensitiveClipboard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewEditor")
        self.autosaver = Autosaver(self)
        self._caseload: Caseload | None = None
        self._interview: Interview | None = None
        self._hypothesis_id: HypothesisId | None = None
        self._hypothesis_noted: date | None = None
        self._templates: dict[str, str] = {}
        self._first = False
        self._loading = False
        self._meta_written = False

        self.header = EditorHeader(self)
        self.header.back_button.clicked.connect(self.back_requested)
        self.message_bar = MessageBar(self)
        self.meta = InterviewMeta(self)
        self.facts = FactsEdit(self, clipboard=clipboard)
        self.finalise_button = QPushButton(self.tr("Finalise…"), self)
        self.finalise_button.setToolTip(
            self.tr("Make the facts read only. Later corrections become dated addenda.")
        )
        self.finalise_button.clicked.connect(self.request_finalise)
        set_icon(self.finalise_button, "file-check")
        self.addenda = AddendaPanel(clipboard, self)
        self.addenda.save_requested.connect(self._save_addendum)
        self.hypotheses_panel = HypothesesPanel(self)
        self.hypotheses = self.hypotheses_panel.editor
        self.move_button = QPushButton(self.tr("Move to facts…"), self)
        self.move_button.setToolTip(
            self.tr("Put this text in the facts, in a marked block, for you to rewrite as facts.")
        )
        self.move_button.clicked.connect(self._move_own_hypothesis)
        self._build_layout()

        self.facts.document().contentsChange.connect(self._on_facts_change)
        self.hypotheses.document().contentsChange.connect(self._on_hypothesis_change)
        self.addenda.new_edit.document().contentsChange.connect(self._on_addendum_change)
        self.meta.changed.connect(self._on_meta_change)
        self.meta.kind_changed.connect(self._on_kind)
        self.autosaver.state_changed.connect(self._show_state)
        self.autosaver.failed.connect(self._on_save_failed)
        self.autosaver.saved.connect(self._on_saved)

    def _build_layout(self) -> None:
        facts_column = QWidget(self)
        facts_layout = QVBoxLayout(facts_column)
        facts_layout.setContentsMargins(0, 0, 0, 0)
        facts_layout.addLayout(facts_header(facts_column, self.facts, self.finalise_button))
        facts_layout.addWidget(self.facts, 3)
        facts_layout.addWidget(self.addenda, 2)

        hyp_column = QWidget(self)
        hyp_layout = QVBoxLayout(hyp_column)
        hyp_layout.setContentsMargins(0, 0, 0, 0)
        hyp_layout.addWidget(self.hypotheses_panel, 1)
        move_row = QHBoxLayout()
        move_row.addStretch(1)
        move_row.addWidget(self.move_button)
        hyp_layout.addLayout(move_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(facts_column)
        self.splitter.addWidget(hyp_column)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.meta)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.header.back_button, self.meta.first_field())
        self.setTabOrder(self.meta.last_field(), self.facts)
        self.setTabOrder(self.facts, self.hypotheses)
        self.setTabOrder(self.hypotheses, self.move_button)
        self.setTabOrder(self.move_button, self.finalise_button)

    # --- what is shown -----------------------------------------------------------------------
    def set_caseload(self, caseload: Caseload | None) -> None:
        self._caseload = caseload

    def set_templates(self, templates: Mapping[str, str]) -> None:
        self._templates = {str(key): text for key, text in templates.items()}

    def template(self, kind: InterviewKind, first: bool) -> str:
        return template_for(self._templates, kind, first)

    def interview(self) -> Interview | None:
        return self._interview

    def interview_id(self) -> InterviewId | None:
        return self._interview.id if self._interview else None

    def hypothesis_id(self) -> HypothesisId | None:
        return self._hypothesis_id

    def load(
        self, interview: Interview, hypothesis: Hypothesis | None, alias: str, first: bool
    ) -> bool:
        """Show an interview; False (and nothing changes) if the previous one cannot be saved."""
        if not self.flush():
            return False
        self._loading = True
        try:
            self._interview = interview
            self._first = first
            self._hypothesis_id = hypothesis.id if hypothesis else None
            self._hypothesis_noted = hypothesis.noted_on if hypothesis else None
            self.header.set_title(alias, interview.held_on)
            self.meta.set_interview(interview)
            self.facts.setPlainText(interview.facts)
            self.facts.document().clearUndoRedoStacks()
            self.hypotheses.setPlainText(hypothesis.text if hypothesis else "")
            self.hypotheses.document().clearUndoRedoStacks()
            self.addenda.stop()
            self._apply_finalised(interview)
            self._show_draft_addendum(interview)
        finally:
            self._loading = False
        self.autosaver.discard()
        self.message_bar.dismiss()
        self._show_state()
        return True

    def _apply_finalised(self, interview: Interview) -> None:
        final = interview.status == FactsStatus.FINALISED
        self.facts.set_finalised(final)
        self.meta.set_read_only(final)
        self.finalise_button.setVisible(not final)
        self.addenda.setVisible(final)
        self.addenda.set_addenda(interview.addenda if final else ())
        self._sync_move_button()

    def _show_draft_addendum(self, interview: Interview) -> None:
        if interview.status != FactsStatus.FINALISED or self._caseload is None:
            return
        draft = self._caseload.draft_addendum(interview.id)
        if draft:
            self.addenda.show_draft(draft)

    def clear(self) -> None:
        """Empty every field and its undo history; pending writes are dropped."""
        self.autosaver.discard()
        self._loading = True
        try:
            self._interview = None
            self._hypothesis_id = None
            self._hypothesis_noted = None
            self.facts.set_finalised(False)
            self.facts.wipe()
            self.hypotheses.wipe()
            self.addenda.clear()
            self.meta.clear()
            self.header.set_title("", None)
        finally:
            self._loading = False
        self.message_bar.dismiss()
        self._show_state()

    def flush(self) -> bool:
        return self.autosaver.flush()

    def save_again(self, part: str) -> None:
        """Write one part ("facts", "hypothesis", "meta") shortly, as if it had been typed."""
        writers = {
            FACTS: self._write_facts,
            HYPOTHESIS: self._write_hypothesis,
            META: self._write_meta,
            ADDENDUM: self._write_addendum,
        }
        self.autosaver.schedule(part, writers[part])

    # --- autosave ------------------------------------------------------------------------------
    def _on_facts_change(self, _position: int, removed: int, added: int) -> None:
        if not self._loading and (removed or added) and self._interview is not None:
            self.autosaver.schedule(FACTS, self._write_facts)

    def _on_hypothesis_change(self, _position: int, removed: int, added: int) -> None:
        if not self._loading and (removed or added) and self._interview is not None:
            self.autosaver.schedule(HYPOTHESIS, self._write_hypothesis)
        self._sync_move_button()

    def _on_addendum_change(self, _position: int, removed: int, added: int) -> None:
        # Saved as typed, like the facts; emptied (cancelled, or made final) drops the draft.
        if not self._loading and (removed or added) and self._interview is not None:
            self.autosaver.schedule(ADDENDUM, self._write_addendum)

    def _on_meta_change(self) -> None:
        if self._interview is not None:
            self.header.set_title(self.header.alias, self.meta.held_on())
            self.autosaver.schedule(META, self._write_meta)

    def _write_facts(self) -> None:
        assert self._caseload is not None and self._interview is not None
        self._caseload.save_facts(self._interview.id, self.facts.toPlainText())

    def _write_addendum(self) -> None:
        assert self._caseload is not None and self._interview is not None
        self._caseload.save_draft_addendum(self._interview.id, self.addenda.draft_text())

    def _write_hypothesis(self) -> None:
        assert self._caseload is not None and self._interview is not None
        text = self.hypotheses.toPlainText()
        if self._hypothesis_id is None:
            if not text.strip():
                return
            noted = date.today()
            self._hypothesis_id = self._caseload.add_hypothesis(
                self._interview.person_id, text, noted, self._interview.id
            )
            self._hypothesis_noted = noted
        else:
            self._caseload.save_hypothesis(self._hypothesis_id, text)

    def _write_meta(self) -> None:
        assert self._caseload is not None and self._interview is not None
        self._caseload.update_interview(self._interview.id, self.meta.draft())
        self._meta_written = True

    def _show_state(self, *_args: object) -> None:
        self.header.show_state(self.autosaver.state(), self.autosaver.saved_at())

    def _on_save_failed(self, exc: object) -> None:
        text = save_failed_text(exc if isinstance(exc, BaseException) else Exception())
        self.message_bar.show_message(text)
        self.status_message.emit(text)

    def _on_saved(self) -> None:
        self.message_bar.dismiss()
        if self._meta_written:
            self._meta_written = False
            self.record_changed.emit()

    def save_state(self) -> SaveState:
        return self.autosaver.state()

    # --- templates -----------------------------------------------------------------------------
    def _on_kind(self, kind: object) -> None:
        if self.facts.isReadOnly() or not isinstance(kind, InterviewKind):
            return
        current = self.facts.toPlainText()
        if not is_pristine(current, self._templates):
            return
        wanted = self.template(kind, self._first)
        if wanted.strip() != current.strip():
            cursor = QTextCursor(self.facts.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(wanted)  # undoable, and autosaved like typing

    # --- finalise and addenda -------------------------------------------------------------------
    def request_finalise(self) -> None:
        """Ask for confirmation (non-blocking), then finalise the facts."""
        interview = self._interview
        if interview is None or interview.status == FactsStatus.FINALISED:
            return
        ask_finalise(self, lambda: self._finalise(interview.id))

    def _finalise(self, interview_id: InterviewId) -> None:
        if self._caseload is None or self.interview_id() != interview_id or not self.flush():
            return
        try:
            self._caseload.finalise(interview_id)
            self._reload()
        except CarnetError as exc:
            self.message_bar.show_message(error_text(exc))
            return
        self.status_message.emit(self.tr("Note finalised."))
        self.record_changed.emit()

    def _reload(self) -> None:
        assert self._caseload is not None and self._interview is not None
        self._interview = get_interview(self._caseload.session, self._interview.id)
        self._apply_finalised(self._interview)

    def _save_addendum(self, text: str) -> None:
        if self._caseload is None or self._interview is None:
            return
        try:
            self._caseload.add_addendum(self._interview.id, text)
            self._reload()
        except CarnetError as exc:  # the draft stays in its field
            self.message_bar.show_message(
                self.tr("The addendum is not saved: %1").replace("%1", error_text(exc))
            )
            return
        self.addenda.stop()
        self.status_message.emit(self.tr("Addendum saved."))
        self.record_changed.emit()

    # --- hypotheses into facts --------------------------------------------------------------------
    def _sync_move_button(self) -> None:
        editable = self._interview is not None and not self.facts.isReadOnly()
        self.move_button.setEnabled(editable and bool(self.hypotheses.toPlainText().strip()))

    def _move_own_hypothesis(self) -> None:
        noted = self._hypothesis_noted or date.today()
        self.insert_for_rewrite(self.hypotheses.toPlainText(), noted)

    def insert_for_rewrite(self, text: str, noted_on: date) -> bool:
        """Append `text` to the facts inside a marked block and select it for rewriting."""
        if self._interview is None or self.facts.isReadOnly() or not text.strip():
            return False
        document = self.facts.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        existing = document.toPlainText()
        lead = "" if not existing.strip() else ("\n" if existing.endswith("\n") else "\n\n")
        opening = self.tr("[To rewrite as facts — working hypothesis of %1]")
        closing = self.tr("[End of the text to rewrite]")
        cursor.beginEditBlock()
        cursor.insertText(lead + opening.replace("%1", day_text(noted_on)) + "\n")
        start = cursor.position()
        cursor.insertText(text.strip())
        end = cursor.position()
        cursor.insertText("\n" + closing + "\n")
        cursor.endEditBlock()
        select_range(self.facts, start, end)
        self.status_message.emit(
            self.tr("The hypothesis is in the facts, marked: rewrite it as facts.")
        )
        return True

    def select_in(self, editor: QPlainTextEdit, start: int, end: int) -> None:
        select_range(editor, start, end)

    def facts_read_only(self) -> bool:
        """Finalised (or nothing loaded): the facts take no typing, only addenda."""
        return self.facts.isReadOnly()

    def focus_hypothesis(self) -> None:
        self.hypotheses.setFocus(Qt.FocusReason.OtherFocusReason)

    def match_targets(self, hit: SearchHit) -> list[QPlainTextEdit]:
        """Where a search hit's text can be shown: this hypothesis, or the facts and addenda."""
        if hit.is_hypothesis:
            return [self.hypotheses] if hit.hypothesis_id == self.hypothesis_id() else []
        shown = self.addenda.isVisibleTo(self)
        return [self.facts, self.addenda.history] if shown else [self.facts]

    def set_narrow(self, narrow: bool) -> None:
        """Facts above hypotheses in a narrow window, side by side otherwise."""
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
