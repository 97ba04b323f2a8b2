"""Text an automatic lock could not save: kept in memory, put back after the next unlock.

An idle or sleep lock does not wait for the worker (privacy first), and if the
save fails just then (a full disk) not a word may be lost. So the lock takes
the unsaved parts out of the editor into a `PendingEdits`: in memory only,
never written to disk, never on screen while locked. After the next unlock the
workspace reopens that interview, puts the text back and saves it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from app.domain.ids import InterviewId, PersonId
from app.domain.models import InterviewDraft
from app.ui.workspace.interview_editor import ADDENDUM, FACTS, HYPOTHESIS, META, InterviewEditor


@dataclass(frozen=True, slots=True)
class PendingEdits:
    """The unsaved parts of one interview; None where that part was saved."""

    interview_id: InterviewId
    person_id: PersonId  # checked again: the vault may have been restored while locked
    facts: str | None = field(default=None, repr=False)  # no note text in logs or tracebacks
    hypothesis: str | None = field(default=None, repr=False)
    details: InterviewDraft | None = field(default=None, repr=False)
    addendum: str | None = field(default=None, repr=False)  # the addendum being written


def take_pending(editor: InterviewEditor) -> PendingEdits | None:
    """What the editor has not saved, taken out of it (its pending writes are dropped)."""
    interview = editor.interview()
    parts = editor.autosaver.pending_keys()
    if interview is None or not parts:
        return None
    pending = PendingEdits(
        interview.id,
        interview.person_id,
        facts=editor.facts.toPlainText() if FACTS in parts else None,
        hypothesis=editor.hypotheses.toPlainText() if HYPOTHESIS in parts else None,
        details=editor.meta.draft() if META in parts else None,
        addendum=editor.addenda.draft_text() if ADDENDUM in parts else None,
    )
    editor.autosaver.discard()
    return pending


def restore_pending(
    editor: InterviewEditor,
    open_interview: Callable[[InterviewId], bool],
    say: Callable[[str], None],
    pending: PendingEdits,
    message: str | None = None,
) -> bool:
    """Reopen the interview, put the kept text back, `say` so (`message`, or that it
    was kept across a lock) and save it now.

    False (the caller keeps `pending`) when that interview cannot be opened as
    it was; a save that fails again keeps the text in the editor.
    """
    if editor.interview_id() != pending.interview_id:
        open_interview(pending.interview_id)
    interview = editor.interview()
    if interview is None or interview.id != pending.interview_id:
        return False
    if interview.person_id != pending.person_id:
        return False  # not the same interview any more: never put a note into another's file
    if pending.details is not None:
        d = pending.details
        editor.meta.set_interview(replace(
            interview, held_on=d.held_on, kind=d.kind, duration_min=d.duration_min,
            themes=d.themes, requested_by=d.requested_by))  # fmt: skip
        editor.header.set_title(editor.header.alias, d.held_on)
        editor.save_again(META)
    for part, text, widget in (
        (FACTS, pending.facts, editor.facts),
        (HYPOTHESIS, pending.hypothesis, editor.hypotheses),
    ):
        if text is not None:
            widget.setPlainText(text)
            widget.moveCursor(QTextCursor.MoveOperation.End)
            editor.save_again(part)
    if pending.addendum is not None:
        editor.addenda.show_draft(pending.addendum)
        editor.save_again(ADDENDUM)
    say(
        message
        or QCoreApplication.translate(
            "Workspace",
            "A change could not be saved before locking; it is back in the editor and Carnet "
            "is saving it again.",
        )
    )
    editor.flush()  # if it fails again, the editor says so and keeps the text
    return True
