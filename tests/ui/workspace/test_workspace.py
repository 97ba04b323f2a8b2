"""The contract with the shell: open_session with a state, flush, clear, actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.errors import CarnetError
from app.domain.ids import PersonId
from app.ui.shell.app import Translations
from app.ui.shell.preferences import Language
from app.ui.shell.tasks import wait_for_background
from app.ui.workspace import Workspace, WorkspaceState
from app.ui.workspace.autosave import SaveState
from tests.support.languages import reset_language
from tests.ui.conftest import model_texts, texts_in, undo_holders
from tests.ui.workspace.conftest import (
    SAVE_TIMEOUT_MS,
    WorkspaceFactory,
    add_interview,
    add_person,
    type_text,
    wait_rows,
)

ALIAS = "Zéphyrine Canari"
NOTE = "note-canari-41"


def fill_every_widget(qtbot: QtBot, workspace: Workspace, caseload: Caseload) -> None:
    """Put case text everywhere it can appear: list, filter, file, editor, search, follow-ups."""
    person = add_person(caseload, ALIAS)
    interview = add_interview(caseload, person, f"Faits {NOTE}")
    caseload.add_follow_up(person, f"Suite {NOTE}", date.today())
    caseload.add_hypothesis(person, f"Hypothèse {NOTE}", date.today(), interview)
    before = workspace.rows_loaded
    workspace.refresh_rows()
    wait_rows(qtbot, workspace, before)
    qtbot.keyClicks(workspace.person_list.filter_edit, "zeph")
    workspace.show_search()
    qtbot.keyClicks(workspace.search_panel.field, "canari")
    qtbot.waitUntil(workspace.search_panel.is_settled)
    workspace.show_follow_ups()
    assert workspace.open_interview(interview)
    type_text(workspace.editor.facts, " encore")
    type_text(workspace.editor.hypotheses, " et puis")
    workspace.person_file.follow_up_text.setText("à faire")


def test_clear_empties_every_widget_and_every_undo_history(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """After clear(), no widget shows or keeps case text and nothing can be undone."""
    fill_every_widget(qtbot, workspace, caseload)
    shown = [t for t in texts_in(workspace) if ALIAS in t or NOTE in t]
    assert shown and undo_holders(workspace)
    workspace.flush()
    workspace.clear()
    assert [t for t in texts_in(workspace) if ALIAS in t or NOTE in t or "encore" in t] == []
    assert undo_holders(workspace) == []
    for view in (
        workspace.person_list.view,
        workspace.person_file.timeline_view,
        workspace.person_file.follow_ups_view,
        workspace.person_file.hypotheses.view,
        workspace.search_panel.view,
        workspace.follow_ups_page.view,
    ):
        assert view.model().rowCount() == 0, view.objectName()
        assert model_texts(view) == []
    assert workspace.editor.facts.toPlainText() == ""
    assert workspace.editor.hypotheses.toPlainText() == ""
    assert workspace.state() == WorkspaceState()
    assert not any(action.isEnabled() for action in workspace.actions())


def test_clear_drops_late_background_results(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """A list refresh still running when clear() is called never refills the list."""
    add_person(caseload, ALIAS)
    workspace.refresh_rows()
    workspace.clear()
    wait_for_background()
    qtbot.wait(0)
    assert workspace.person_list.model.rowCount() == 0


def test_state_brings_the_worker_back_to_the_same_interview(
    qtbot: QtBot, make_workspace: WorkspaceFactory, caseload: Caseload, session: Session
) -> None:
    """state() holds ids only; open_session(state) reopens that person and interview."""
    person = add_person(caseload, ALIAS)
    interview = add_interview(caseload, person, NOTE)
    workspace = make_workspace()
    workspace.open_interview(interview)
    state = workspace.state()
    assert state == WorkspaceState(person, interview)
    workspace.clear()
    before = workspace.rows_loaded
    workspace.open_session(session, caseload, state)
    assert workspace.stack.currentWidget() is workspace.editor
    assert workspace.editor.facts.toPlainText() == NOTE
    wait_rows(qtbot, workspace, before)
    assert workspace.person_list.current_person() == person


def test_state_of_a_deleted_person_opens_quietly(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """A remembered person that no longer exists is skipped without a message."""
    workspace.clear()
    workspace.open_session(session, caseload, WorkspaceState(PersonId(999), None))
    assert workspace.stack.currentWidget() is workspace.welcome
    assert not workspace.message_bar.isVisible()


def test_flush_writes_at_once_and_raises_when_it_cannot(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """flush() saves before the timer fires; with the database gone it raises a CarnetError."""
    interview = add_interview(caseload, add_person(caseload, ALIAS))
    workspace.open_interview(interview)
    type_text(workspace.editor.facts, "Vite")
    workspace.flush()
    assert stores(session).interviews.get(interview).facts == "Vite"
    type_text(workspace.editor.facts, " encore")
    database(session).close()
    with pytest.raises(CarnetError):
        workspace.flush()
    assert workspace.editor.facts.toPlainText() == "Vite encore"
    assert workspace.editor.save_state() == SaveState.FAILED


def test_actions_have_texts_shortcuts_and_follow_the_state(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """The actions have shortcuts; those needing a person or a draft wait for one."""
    actions = {a.objectName(): a for a in workspace.actions()}
    shortcuts = {name: a.shortcut() for name, a in actions.items()}
    assert shortcuts["actionNewPerson"] == QKeySequence("Ctrl+N")
    assert shortcuts["actionNewInterview"] == QKeySequence("Ctrl+Shift+N")
    assert shortcuts["actionSearch"] == QKeySequence("Ctrl+K")
    assert shortcuts["actionFindInFile"] == QKeySequence(QKeySequence.StandardKey.Find)
    assert not shortcuts["actionFollowUps"].isEmpty()
    assert not shortcuts["actionFinalise"].isEmpty()
    assert all(a.text() for a in actions.values())
    assert actions["actionNewPerson"].isEnabled()
    assert not actions["actionNewInterview"].isEnabled()
    assert not actions["actionFinalise"].isEnabled()
    person = add_person(caseload, ALIAS)
    workspace.open_person(person)
    assert actions["actionNewInterview"].isEnabled()
    workspace.setFocus()
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(workspace, Qt.Key.Key_N, control_shift)
    assert workspace.stack.currentWidget() is workspace.editor
    assert actions["actionFinalise"].isEnabled()
    assert workspace.editor.facts.hasFocus()


def test_autosave_label_and_state_follow_typing(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Typing shows "Saving…", then "Saved at …" once written."""
    workspace.open_interview(add_interview(caseload, add_person(caseload, ALIAS)))
    label = workspace.editor.header.save_label
    assert label.text() == ""
    type_text(workspace.editor.facts, "a")
    assert label.text() == "Saving…"
    qtbot.waitUntil(lambda: label.text().startswith("Saved at"), timeout=SAVE_TIMEOUT_MS)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.FRENCH])
def test_one_wording_for_adding_a_person_everywhere(
    make_workspace: WorkspaceFactory, language: Language
) -> None:
    """The button, the Notes action, the welcome text and the empty list name one command."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.apply(language)
    try:
        workspace = make_workspace()
        label = workspace.person_list.add_button.text()
        assert label.endswith("…")
        assert workspace.workspace_actions.new_person.text().replace("&", "") == label
        welcome = " ".join(lab.text() for lab in workspace.welcome.findChildren(QLabel))
        assert label in welcome
        empty = workspace.person_list.empty_state  # the vault has no person
        assert empty.is_shown() and empty.button.text() == label
    finally:
        reset_language(translations)


def test_privacy_mode_shows_the_name_nowhere_in_the_file_or_the_note(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """With privacy on, an open file, note and search scope show initials: no label, title,
    tooltip or accessible name carries the person's name; off, the name is back."""
    person = add_person(caseload, ALIAS)
    interview = add_interview(caseload, person, "Faits du jour.")
    workspace.set_privacy_mode(True)
    assert workspace.open_person(person)
    shown = " ".join(texts_in(workspace))
    assert "Z. C." in shown and "Canari" not in shown
    assert workspace.open_interview(interview)
    shown = " ".join(texts_in(workspace))
    shown += " ".join(b.toolTip() + b.accessibleName() for b in workspace.findChildren(QWidget))
    assert "Z. C." in shown and "Canari" not in shown
    workspace.show_search(in_file=True)
    assert "Z. C." in workspace.search_panel.scope_label.text()
    assert "Canari" not in " ".join(texts_in(workspace))
    workspace.set_privacy_mode(False)  # the names come back: initials were only shown
    assert ALIAS in workspace.editor.header.title.text()
    assert ALIAS in workspace.search_panel.scope_label.text()
