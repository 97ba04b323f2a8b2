"""Export, register, past term and erasure reached from the workspace: real vault, real dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.ids import PersonId
from app.domain.summary import ExportFormat
from app.ui.export.wizard import ExportWizard
from app.ui.records.past_term_view import PastTermView, PurgeDialog
from app.ui.records.register_view import RegisterDialog
from app.ui.workspace import Workspace
from app.ui.workspace.autosave import SaveState
from tests.support.disclosure_data import seed_person
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, texts_in
from tests.ui.export.conftest import Chooser, click_next, finish
from tests.ui.export.test_wizard import liaison_up_to_preview
from tests.ui.workspace.conftest import (
    SAVE_TIMEOUT_MS,
    add_interview,
    add_person,
    type_text,
    wait_rows,
)

OLD_ALIAS = "Zoé Anciennecontact"
CONTROL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def add_past_term_person(caseload: Caseload) -> PersonId:
    """A person whose last contact is more than two years ago."""
    person = add_person(caseload, OLD_ALIAS)
    add_interview(caseload, person, "Dernier entretien.", date(2021, 3, 4))
    return person


def click_first_row(qtbot: QtBot, page: PastTermView) -> None:
    """Click the first person listed, once the page just shown is laid out."""
    cell = page.table.model().index(0, 0)
    qtbot.waitUntil(lambda: page.table.visualRect(cell).isValid())
    where = page.table.visualRect(cell).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def confirm_purge(qtbot: QtBot, dialog: PurgeDialog, reason: str | None = None) -> None:
    """Wait for what will be erased, give a reason, tick the box, erase, wait for the result."""
    qtbot.waitUntil(
        lambda: "This erases for good" in dialog.summary.text(), timeout=BACKGROUND_TIMEOUT_MS
    )
    if reason is not None:
        dialog.reason.setText(reason)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.purged, timeout=BACKGROUND_TIMEOUT_MS):
        dialog.erase.click()


def test_the_actions_have_shortcuts_and_follow_the_state(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Export waits for a person; the register and the past-term list need only an open vault."""
    acts = workspace.workspace_actions
    assert acts.export_summary.shortcut() == QKeySequence("Ctrl+E")
    assert acts.register.shortcut() == QKeySequence("Ctrl+Shift+R")
    assert acts.past_term.shortcut() == QKeySequence("Ctrl+Shift+T")
    assert acts.past_term.text() == "Records past their term"
    assert {acts.export_summary, acts.register, acts.past_term} <= set(workspace.actions())
    assert acts.register.isEnabled() and acts.past_term.isEnabled()
    assert not acts.export_summary.isEnabled()
    workspace.open_person(add_person(caseload, "Élodie"))
    assert acts.export_summary.isEnabled()
    assert workspace.person_file.export_button.isEnabled()
    menu = workspace.person_file.more_menu.actions()
    assert acts.register in menu and workspace.person_file.erase_action in menu
    workspace.clear()
    assert not any(a.isEnabled() for a in (acts.export_summary, acts.register, acts.past_term))


def test_export_saves_what_is_typed_then_writes_records_and_says_so(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session, tmp_path: Path
) -> None:
    """Ctrl+E saves the note first, opens the wizard on the person; once written, it says so."""
    seeded = seed_person(caseload)
    newest = seeded.interviews[-1]
    assert workspace.open_interview(newest)
    type_text(workspace.editor.facts, " Ajout.")
    said: list[str] = []
    workspace.status_message.connect(said.append)
    qtbot.keyClick(workspace.editor.facts, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert " Ajout." in stores(session).interviews.get(newest).facts
    wizard = workspace.findChild(ExportWizard)
    assert wizard is not None and wizard.isVisible() and wizard.person_id == seeded.person_id
    out = tmp_path / "exports"
    out.mkdir()
    wizard._choose_path = Chooser(out)  # the save dialog, answered as in the wizard tests
    liaison_up_to_preview(qtbot, wizard, [])
    click_next(qtbot, wizard)
    wizard.write_page.formats[ExportFormat.TXT].setChecked(True)
    finish(qtbot, wizard)
    assert "The transmission was written and recorded in the register." in said
    assert len(stores(session).disclosures.list(person_id=seeded.person_id)) == 1
    assert len(list(out.iterdir())) == 1


def test_export_is_refused_while_the_note_cannot_be_saved(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """With the disk full, Export shows why and opens nothing; the text stays in the editor."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"))
    workspace.open_interview(interview)
    db = database(session)
    db.scalar(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
    big = "Des faits observés, longuement décrits. " * 4000
    workspace.editor.facts.insertPlainText(big)
    qtbot.waitUntil(
        lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=SAVE_TIMEOUT_MS
    )
    workspace.workspace_actions.export_summary.trigger()
    box = workspace.findChild(QMessageBox, "error_box")
    assert box is not None and "disk is full" in box.text()
    assert workspace.findChild(ExportWizard) is None
    assert workspace.editor.facts.toPlainText() == big
    database(session).scalar("PRAGMA max_page_count = 1073741823")


def test_the_register_opens_on_the_person_and_the_file_button_exports(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Ctrl+Shift+R shows the register on the open person; the file's button opens the wizard."""
    person = add_person(caseload, "Élodie")
    workspace.open_person(person)
    qtbot.keyClick(workspace.person_file.timeline_view, Qt.Key.Key_R, CONTROL_SHIFT)
    register = workspace.findChild(RegisterDialog)
    assert register is not None and register.isVisible()
    assert register.view.current_filter().person_id == person
    register.reject()
    qtbot.mouseClick(workspace.person_file.export_button, Qt.MouseButton.LeftButton)
    wizard = workspace.findChild(ExportWizard)
    assert wizard is not None and wizard.person_id == person


def test_past_term_page_erases_and_the_lists_forget_the_person(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Ctrl+Shift+T lists who is past the term; once erased, no page and no list keeps them."""
    old = add_past_term_person(caseload)
    recent = add_person(caseload, "Élodie Récente")
    workspace.open_person(old)
    qtbot.keyClick(workspace.person_file.timeline_view, Qt.Key.Key_T, CONTROL_SHIFT)
    page = workspace.records.past_term
    assert isinstance(page, PastTermView) and workspace.stack.currentWidget() is page
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == OLD_ALIAS
    click_first_row(qtbot, page)
    dialog = page.erase_selected()
    assert dialog is not None
    before = workspace.rows_loaded
    confirm_purge(qtbot, dialog)
    wait_rows(qtbot, workspace, before)
    assert stores(session).persons.ids() == [recent]
    assert workspace.person_id is None and workspace.state().person_id is None
    assert not any(OLD_ALIAS in text for text in texts_in(workspace))


def test_erase_this_person_from_their_file(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """The file's "Erase this person…" erases on request, then shows the persons list again."""
    person = add_person(caseload, OLD_ALIAS)
    add_interview(caseload, person, "Faits.")
    other = add_person(caseload, "Élodie")
    workspace.open_person(person)
    said: list[str] = []
    workspace.status_message.connect(said.append)
    workspace.person_file.erase_action.trigger()
    dialog = workspace.findChild(PurgeDialog)
    assert dialog is not None and dialog.reason.text() == ""  # a request: the worker says why
    before = workspace.rows_loaded
    confirm_purge(qtbot, dialog, "Demande de la personne")
    wait_rows(qtbot, workspace, before)
    assert stores(session).persons.ids() == [other]
    assert stores(session).disclosures.list(person_id=person)[0].purpose == "erasure-request"
    assert workspace.stack.currentWidget() is workspace.welcome
    assert workspace.person_list.model.rowCount() == 1
    assert not workspace.workspace_actions.export_summary.isEnabled()
    assert any("erased for good" in text for text in said)


def test_clear_removes_the_past_term_page(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """On lock the past-term page is emptied and dropped with its session."""
    add_past_term_person(caseload)
    workspace.workspace_actions.past_term.trigger()
    page = workspace.records.past_term
    assert page is not None and page.table.rowCount() == 1
    workspace.clear()
    assert page.table.rowCount() == 0 and workspace.records.past_term is None
    assert workspace.stack.indexOf(page) == -1
    assert workspace.stack.currentWidget() is workspace.welcome


def test_a_refused_request_is_recorded_from_the_person_menu(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """« Record a refused request… » in the person's menu records an entry and writes no file."""
    records = workspace.records
    assert records.refusal_action in workspace.person_file.more_menu.actions()
    person = add_person(caseload, "Élodie")
    workspace.open_person(person)
    assert records.refusal_action.isEnabled()
    dialog = records.record_refusal()
    assert dialog is not None and dialog.isVisible()
    dialog.requester.setText("DRH Exemple")
    dialog.purpose.setText("Nouvelles d'une salariée en arrêt")
    dialog.record()
    [entry] = stores(session).disclosures.list()
    assert (entry.person_id, entry.recipient, entry.frame) == (
        person,
        "DRH Exemple",
        "demande-refusee",
    )
    assert entry.sha256 == "" and entry.item_refs == ()
