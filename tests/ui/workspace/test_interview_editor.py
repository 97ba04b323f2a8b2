"""The interview editor: autosave into the right tables, finalise and addenda, failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.models import FactsStatus, InterviewKind
from app.ui.workspace import TEMPLATE_KEYS, Workspace
from app.ui.workspace.autosave import SaveState
from tests.ui.workspace.conftest import (
    SAVE_TIMEOUT_MS,
    add_interview,
    add_person,
    reopen,
    type_text,
    wait_saved,
)

FACTS = "Loyer impayé depuis mars ; courrier du bailleur apporté."
HYPOTHESIS = "Peut-être un épuisement, à vérifier."


def test_facts_and_hypotheses_autosave_into_their_own_tables(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session, vault_dir: Path
) -> None:
    """Typed facts reach the interview row and hypotheses a hypothesis row, each alone."""
    person = add_person(caseload, "Élodie")
    interview = add_interview(caseload, person)
    assert workspace.open_interview(interview)
    editor = workspace.editor
    type_text(editor.facts, FACTS)
    type_text(editor.hypotheses, HYPOTHESIS)
    assert editor.save_state() == SaveState.PENDING
    wait_saved(qtbot, workspace)
    assert editor.header.save_label.text().startswith("Saved at")

    reopened = reopen(workspace, session, vault_dir)
    try:
        stored = stores(reopened).interviews.get(interview)
        hypotheses = stores(reopened).hypotheses.for_interview(interview)
        assert stored.facts == FACTS
        assert [h.text for h in hypotheses] == [HYPOTHESIS]
        assert hypotheses[0].person_id == person
        assert HYPOTHESIS not in stored.facts
    finally:
        reopened.close()


def test_typing_more_updates_the_same_hypothesis_row(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """The interview's hypothesis row is created once, on the first save, then updated."""
    interview = add_interview(caseload, add_person(caseload, "Karim"))
    workspace.open_interview(interview)
    type_text(workspace.editor.hypotheses, "Première idée")
    wait_saved(qtbot, workspace)
    qtbot.keyClicks(workspace.editor.hypotheses, ", puis une autre")
    wait_saved(qtbot, workspace)
    rows = stores(session).hypotheses.for_interview(interview)
    assert [h.text for h in rows] == ["Première idée, puis une autre"]


def confirm_finalise(qtbot: QtBot, workspace: Workspace) -> None:
    box = workspace.findChild(QMessageBox, "finaliseConfirmation")
    assert box is not None and box.isVisible()
    button = box.findChild(QPushButton, "confirmFinalise")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_finalise_makes_facts_read_only_then_addendum_is_saved_and_shown(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Finalise (confirmed) freezes the facts; an addendum is stored and shown under them."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"))
    workspace.open_interview(interview)
    editor = workspace.editor
    type_text(editor.facts, FACTS)
    editor.facts.setFocus()
    qtbot.keyClick(
        editor.facts,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    confirm_finalise(qtbot, workspace)
    assert editor.facts.isReadOnly()
    assert stores(session).interviews.get(interview).status == FactsStatus.FINALISED
    assert stores(session).interviews.get(interview).facts == FACTS  # flushed before finalising
    qtbot.keyClicks(editor.facts, " changed")
    assert editor.facts.toPlainText() == FACTS
    assert not workspace.workspace_actions.finalise.isEnabled()

    assert editor.addenda.isVisible()
    qtbot.mouseClick(editor.addenda.add_button, Qt.MouseButton.LeftButton)
    type_text(editor.addenda.new_edit, "Le courrier date du 3 mars.")
    qtbot.mouseClick(editor.addenda.save_button, Qt.MouseButton.LeftButton)
    addenda = stores(session).interviews.get(interview).addenda
    assert [a.text for a in addenda] == ["Le courrier date du 3 mars."]
    assert "Le courrier date du 3 mars." in editor.addenda.history.toPlainText()
    assert editor.facts.toPlainText() == FACTS
    assert not editor.addenda.new_edit.isVisible()


def test_cancelling_finalise_changes_nothing(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Cancel in the confirmation leaves the note a draft and editable."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"), "Brouillon")
    workspace.open_interview(interview)
    workspace.editor.request_finalise()
    box = workspace.findChild(QMessageBox, "finaliseConfirmation")
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not workspace.editor.facts.isReadOnly()
    assert stores(session).interviews.get(interview).status == FactsStatus.DRAFT


def test_disk_full_keeps_the_text_shows_a_message_and_retries(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """A real SQLITE_FULL (page limit reached) keeps the text and message; the next change saves."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"))
    workspace.open_interview(interview)
    pages = database(session).scalar("PRAGMA page_count")
    database(session).scalar(f"PRAGMA max_page_count = {pages}")
    big = "Des faits observés, longuement décrits. " * 4000
    workspace.editor.facts.insertPlainText(big)
    qtbot.waitUntil(
        lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=SAVE_TIMEOUT_MS
    )
    assert workspace.editor.facts.toPlainText() == big
    message = workspace.editor.message_bar.text()
    assert "disk is full" in message and "still here" in message
    assert workspace.editor.message_bar.isVisible()
    assert workspace.editor.header.save_label.text() == "Not saved yet"
    assert stores(session).interviews.get(interview).facts == ""

    database(session).scalar("PRAGMA max_page_count = 1073741823")
    qtbot.keyClicks(workspace.editor.facts, "!")
    wait_saved(qtbot, workspace)
    assert stores(session).interviews.get(interview).facts == big + "!"
    assert not workspace.editor.message_bar.isVisible()


def test_save_failing_on_a_closed_database_keeps_the_text_and_blocks_leaving(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """With the database closed underneath, the text stays, a message shows, nothing is lost."""
    person = add_person(caseload, "Élodie")
    interview = add_interview(caseload, person)
    workspace.open_interview(interview)
    database(session).close()
    type_text(workspace.editor.facts, FACTS)
    qtbot.waitUntil(
        lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=SAVE_TIMEOUT_MS
    )
    assert workspace.editor.facts.toPlainText() == FACTS
    assert "Not saved yet" in workspace.editor.message_bar.text()
    workspace.back_to_file()  # refused: leaving would lose the text on screen
    assert workspace.stack.currentWidget() is workspace.editor
    assert workspace.editor.facts.toPlainText() == FACTS


def test_templates_prefill_a_new_interview_and_follow_the_kind(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """A first interview starts from its template; changing the kind swaps an untouched one."""
    templates = dict(
        zip(TEMPLATE_KEYS, ("Motif :\n\nDemande :\n", "Visite :\n", "Appel :\n"), strict=True)
    )
    workspace.set_templates(templates)
    person = add_person(caseload, "Élodie")
    workspace.open_person(person)
    workspace.workspace_actions.new_interview.trigger()
    editor = workspace.editor
    assert workspace.stack.currentWidget() is editor
    assert editor.facts.toPlainText() == "Motif :\n\nDemande :\n"
    assert editor.facts.textCursor().position() == len("Motif :\n")
    editor.meta.kind_combo.setCurrentIndex(editor.meta.kind_combo.findData(InterviewKind.PHONE))
    assert editor.facts.toPlainText() == "Appel :\n"
    qtbot.keyClicks(editor.facts, "La personne rappelle.")
    editor.meta.kind_combo.setCurrentIndex(
        editor.meta.kind_combo.findData(InterviewKind.HOME_VISIT)
    )
    assert "La personne rappelle." in editor.facts.toPlainText()  # typed text is never replaced
    wait_saved(qtbot, workspace)
    stored = stores(session).interviews.get(editor.interview_id())  # type: ignore[arg-type]
    assert stored.kind == InterviewKind.HOME_VISIT
    assert "La personne rappelle." in stored.facts


def test_move_to_facts_inserts_a_marked_block_and_keeps_the_hypothesis(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Move to facts puts the text in a marked block, selected; the hypothesis stays open."""
    person = add_person(caseload, "Élodie")
    interview = add_interview(caseload, person, "Entretien au bureau.")
    hypothesis = caseload.add_hypothesis(
        person, "Isolement possible", stores(session).interviews.get(interview).held_on, interview
    )
    workspace.open_person(person)
    panel = workspace.person_file.hypotheses
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    editor = workspace.editor
    assert workspace.stack.currentWidget() is editor
    facts = editor.facts.toPlainText()
    assert facts.startswith("Entretien au bureau.\n\n[To rewrite as facts")
    assert "Isolement possible\n[End of the text to rewrite]" in facts
    assert editor.facts.textCursor().selectedText() == "Isolement possible"
    assert editor.hypotheses.toPlainText() == "Isolement possible"
    wait_saved(qtbot, workspace)
    assert "[To rewrite as facts" in stores(session).interviews.get(interview).facts
    assert stores(session).hypotheses.get(hypothesis).text == "Isolement possible"
    assert stores(session).hypotheses.get(hypothesis).status.value == "open"


def test_ctrl_k_from_the_facts_opens_search(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """The search shortcut works while typing in the facts (the editor does not eat it)."""
    workspace.open_interview(add_interview(caseload, add_person(caseload, "Élodie")))
    workspace.editor.facts.setFocus()
    qtbot.keyClick(workspace.editor.facts, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert workspace.stack.currentWidget() is workspace.search_panel
    assert workspace.search_panel.field.hasFocus()
    qtbot.keyClick(workspace.search_panel.field, Qt.Key.Key_Escape)
    assert workspace.stack.currentWidget() is workspace.editor
