"""The export wizard: recipient and frame, items, wording, who knows, preview, write.

It reads, through app.core, only what a summary may hold: a person's facts,
follow-ups and details. The summary previewed is the very object written; the
write runs off the GUI thread and is recorded in the disclosure register only
once the file is on disk. Cancelling, or a failed write, records nothing.

Open it with `ExportWizard(session, person_id, parent).open()`; it emits
`exported(ExportOutcome)` when a file was written and recorded.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.core.consent import asks_informed, check_selection
from app.core.disclosure import ExportOutcome, export_summary, load_author, save_author
from app.core.outward import outward_reader
from app.core.selection import CONTENT_FRAMES, Replacement, Selection
from app.core.session import Session
from app.core.summary_builder import build_summary, person_items
from app.core.summary_wording import Flag, known_names, wording_flags
from app.core.wording import Lexicon, default_lexicon
from app.domain.errors import CarnetError, InvalidInput
from app.domain.ids import PersonId
from app.domain.summary import CHILD_FRAMES, ExportFormat, Frame, Summary
from app.export.writers import neutral_file_name, write_summary
from app.ui.export.file_dialog import private_save_path
from app.ui.export.labels import builder_texts, format_filter
from app.ui.export.page_frame import FramePage
from app.ui.export.page_informed import InformedPage
from app.ui.export.page_items import ItemsPage
from app.ui.export.page_preview import PreviewPage
from app.ui.export.page_recipient import RecipientPage
from app.ui.export.page_wording import WordingPage
from app.ui.export.page_write import WritePage
from app.ui.export.state import ExportState
from app.ui.shell.errors import error_message
from app.ui.shell.tasks import Task, run_in_background

PathChooser = Callable[[QWidget, str, ExportFormat], Path | None]

PAGE_RECIPIENT, PAGE_ITEMS, PAGE_FRAME, PAGE_WORDING, PAGE_INFORMED, PAGE_PREVIEW, PAGE_WRITE = (
    range(7)
)


def choose_save_path(parent: QWidget, file_name: str, fmt: ExportFormat) -> Path | None:
    caption = QCoreApplication.translate("ExportWizard", "Save the transmission")
    return private_save_path(parent, caption, file_name, format_filter(fmt), fmt.value)


class ExportWizard(QWizard):
    exported = Signal(object)  # ExportOutcome

    def __init__(
        self,
        session: Session,
        person_id: PersonId,
        parent: QWidget | None = None,
        *,
        choose_path: PathChooser = choose_save_path,
        lexicon: Lexicon | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("New transmission"))  # never the person's name
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Write the file…"))
        self.session = session
        self.person_id = person_id
        self._choose_path = choose_path
        self._lexicon = lexicon
        self._texts = builder_texts()
        self._reader = outward_reader(session)
        self.items = person_items(self._reader, person_id, self._texts)
        self.outcome: ExportOutcome | None = None
        self._names: list[str] = []
        self._task: Task | None = None
        self._writing = False
        self.state = ExportState(
            build_summary=self.final_summary,
            refusal=self.refusal,
            wording_check=self.wording_check,
            recheck_wording=self.recheck_wording,
        )
        state = self.state
        self.recipient_page = RecipientPage(self.items.person, load_author(session), state, self)
        self.items_page = ItemsPage(self.items, state, self)
        self.frame_page = FramePage(self.items.person.case_opened, state, self)
        self.wording_page = WordingPage(state, self)
        self.informed_page = InformedPage(state, self)
        self.preview_page = PreviewPage(state, self)
        self.write_page = WritePage(state, self)
        for page_id, page in enumerate(
            (
                self.recipient_page,
                self.items_page,
                self.frame_page,
                self.wording_page,
                self.informed_page,
                self.preview_page,
                self.write_page,
            )
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_RECIPIENT)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 40)

    # Navigation ------------------------------------------------------------------------
    def frame(self) -> Frame | None:
        return self.state.frame

    def nextId(self) -> int:
        frame = self.frame()
        current = self.currentId()
        if current in (PAGE_WRITE, -1):
            return -1
        if current == PAGE_RECIPIENT or frame is None:
            # Never -1 here: QWizard decides once per page whether it shows Next or Finish.
            if self.state.everything:
                return PAGE_PREVIEW  # the access copy holds everything: nothing to tick
            return PAGE_FRAME if frame in (Frame.COORDINATION, Frame.ATTESTATION) else PAGE_ITEMS
        if current == PAGE_ITEMS:
            return PAGE_FRAME if frame in CHILD_FRAMES or frame is Frame.EMPLOYER else PAGE_WORDING
        if current == PAGE_FRAME and frame is Frame.ATTESTATION:
            return PAGE_INFORMED if self._asks_informed() else PAGE_PREVIEW
        if current == PAGE_FRAME:
            return PAGE_WORDING
        if current == PAGE_WORDING:
            return PAGE_INFORMED if self._asks_informed() else PAGE_PREVIEW
        return current + 1

    def _asks_informed(self) -> bool:
        frame = self.frame()
        return frame is not None and asks_informed(self.selection())

    # The summary ---------------------------------------------------------------------
    def selection(self, replacements: tuple[Replacement, ...] = ()) -> Selection:
        """What the pages hold now, as the core's typed selection."""
        frame = self.frame()
        if frame is None:
            raise CarnetError("No frame chosen.")
        recipient = self.recipient_page
        content = frame in CONTENT_FRAMES and not self.state.everything
        return Selection(
            person_id=self.person_id,
            frame=frame,
            recipient=recipient.recipient(),
            purpose=recipient.purpose.text(),
            author=recipient.author.text(),
            informed=self.informed_page.informed(),  # None until the worker answers
            informed_reason=self.informed_page.reason_text(),
            to_person=self.state.to_person,
            everything=self.state.everything,
            confirm_support=self.frame_page.confirms_support(),
            label=recipient.label(),
            interviews=self.items_page.facts.choices() if content else (),
            follow_ups=self.items_page.follow_up_ids() if content else (),
            details=self.items_page.detail_choices() if content else (),
            sources=self.items_page.sources() if frame in CHILD_FRAMES else {},
            concern=self.frame_page.concern(self.informed_page.comment()),
            coordination=self.frame_page.coordination(),
            supported_since=self.frame_page.supported_since(),
            replacements=replacements,
        )

    def refusal(self) -> str:
        """What the core would refuse in the choices as they stand, in words ("" if none)."""
        try:
            check_selection(self.selection())
        except InvalidInput as exc:
            return error_message(exc).text
        return ""

    def wording_check(self) -> tuple[Summary, list[Flag]]:
        """The summary as chosen (no change yet) and what the wording check flags in it."""
        selection = self.selection()
        summary = build_summary(self._reader, selection, self._texts, consent=False)
        self._names = known_names(self.session, self.person_id, selection.label)
        return summary, self.recheck_wording(summary)

    def recheck_wording(self, summary: Summary) -> list[Flag]:
        """The wording check of the summary as the worker has changed it so far."""
        return wording_flags(summary, self._lexicon or default_lexicon(), self._names)

    def final_summary(self) -> Summary:
        """The summary to preview and write: the choices, then the accepted changes."""
        selection = self.selection(self.wording_page.replacements())
        self.state.summary = build_summary(self._reader, selection, self._texts)
        return self.state.summary

    def current_summary(self) -> Summary | None:
        """The summary last previewed: the one that will be written."""
        return self.state.summary

    # Writing --------------------------------------------------------------------------
    def accept(self) -> None:
        """ "Write the file…": ask where, write in the background, record, then close."""
        if self._writing or self.state.summary is None:
            return
        summary = self.state.summary
        fmt = self.write_page.format()
        path = self._choose_path(self, neutral_file_name(summary.issued_on, fmt), fmt)
        if path is None:
            return  # cancelled: nothing written, nothing recorded
        selection = self.selection(self.wording_page.replacements())
        session = self.session

        def work() -> ExportOutcome:
            outcome = export_summary(session, selection, summary, fmt, path, write_summary)
            with contextlib.suppress(CarnetError):
                save_author(session, selection.author)
            return outcome

        self._set_writing(True)
        self._task = run_in_background(work, self._written, self._failed)

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.write_page.set_busy(writing)
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not writing)

    def _written(self, outcome: object) -> None:
        if not shiboken6.isValid(self) or not isinstance(outcome, ExportOutcome):
            return
        self._set_writing(False)
        self.outcome = outcome
        self.exported.emit(outcome)
        super().accept()

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_writing(False)
        self.write_page.show_error(error_message(exc).full())

    def reject(self) -> None:
        if not self._writing:  # a write under way finishes (and is recorded) first
            super().reject()

    def is_writing(self) -> bool:
        return self._writing
