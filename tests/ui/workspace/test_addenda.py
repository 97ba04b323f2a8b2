"""The addendum being written under a finalised note: saved as typed, back after a lock,
final only on "Save addendum", dropped on "Cancel"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.ids import InterviewId
from app.ui.workspace import Workspace
from app.ui.workspace.autosave import SaveState
from tests.ui.workspace.conftest import (
    SAVE_TIMEOUT_MS,
    add_interview,
    add_person,
    reopen,
    type_text,
    wait_saved,
)

DRAFT = "Le courrier du bailleur date du 3 mars, pas du 13."


def finalised_note(caseload: Caseload) -> InterviewId:
    interview = add_interview(caseload, add_person(caseload, "Élodie"), "Faits relus.")
    caseload.finalise(interview)
    return interview


def start_addendum(qtbot: QtBot, workspace: Workspace, interview: InterviewId) -> None:
    assert workspace.open_interview(interview)
    qtbot.mouseClick(workspace.editor.addenda.add_button, Qt.MouseButton.LeftButton)


def test_the_addendum_is_saved_as_typed_and_comes_back_after_a_lock(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session, vault_dir: Path
) -> None:
    """Typed words reach the vault without "Save addendum"; after lock and unlock they are
    back in the field, still a draft; saving makes them the final addendum."""
    interview = finalised_note(caseload)
    start_addendum(qtbot, workspace, interview)
    type_text(workspace.editor.addenda.new_edit, DRAFT)
    wait_saved(qtbot, workspace)
    assert caseload.draft_addendum(interview) == DRAFT
    assert stores(session).interviews.get(interview).addenda == ()

    state = workspace.state()
    again = reopen(workspace, session, vault_dir)
    try:
        assert workspace.editor.addenda.draft_text() == ""  # nothing on screen while locked
        workspace.open_session(again, Caseload(again), state)
        panel = workspace.editor.addenda
        assert workspace.editor.interview_id() == interview
        assert panel.new_edit.isVisible() and panel.draft_text() == DRAFT
        assert panel.save_button.isEnabled()
        assert workspace.editor.save_state() == SaveState.IDLE  # loading is not typing
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        assert [a.text for a in stores(again).interviews.get(interview).addenda] == [DRAFT]
        assert not panel.new_edit.isVisible()
        wait_saved(qtbot, workspace)
        assert Caseload(again).draft_addendum(interview) == ""
    finally:
        workspace.clear()
        again.close()


def test_typing_after_save_is_never_a_ghost_draft(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Saving while autosave is still pending leaves one addendum and no draft behind."""
    interview = finalised_note(caseload)
    start_addendum(qtbot, workspace, interview)
    type_text(workspace.editor.addenda.new_edit, DRAFT)
    assert workspace.editor.autosaver.has_pending()
    qtbot.mouseClick(workspace.editor.addenda.save_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, workspace)
    assert [a.text for a in stores(session).interviews.get(interview).addenda] == [DRAFT]
    assert database(session).scalar("SELECT count(*) FROM addendum_drafts") == 0


def test_cancel_drops_the_draft_from_the_vault(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """ "Cancel" empties the field and the saved draft with it; no addendum is added."""
    interview = finalised_note(caseload)
    start_addendum(qtbot, workspace, interview)
    type_text(workspace.editor.addenda.new_edit, DRAFT)
    wait_saved(qtbot, workspace)
    assert caseload.draft_addendum(interview) == DRAFT
    qtbot.mouseClick(workspace.editor.addenda.cancel_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, workspace)
    assert caseload.draft_addendum(interview) == ""
    assert stores(session).interviews.get(interview).addenda == ()
    assert not workspace.editor.addenda.new_edit.isVisible()


def test_an_addendum_that_could_not_be_saved_before_a_lock_comes_back(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session, vault_dir: Path
) -> None:
    """Disk full while writing an addendum, then a lock: the text is carried in memory and
    saved as a draft after unlock."""
    interview = finalised_note(caseload)
    start_addendum(qtbot, workspace, interview)
    db = database(session)
    db.scalar(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
    workspace.editor.addenda.new_edit.insertPlainText(DRAFT * 200)
    qtbot.waitUntil(
        lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=SAVE_TIMEOUT_MS
    )
    pending = workspace.take_pending()
    assert pending is not None and pending.addendum == DRAFT * 200
    assert "bailleur" not in repr(pending)
    state = workspace.state()
    again = reopen(workspace, session, vault_dir)
    try:
        workspace.open_session(again, Caseload(again), state)
        assert workspace.restore_pending(pending)
        wait_saved(qtbot, workspace)
        assert workspace.editor.addenda.draft_text() == DRAFT * 200
        assert Caseload(again).draft_addendum(interview) == DRAFT * 200
    finally:
        workspace.clear()
        again.close()
