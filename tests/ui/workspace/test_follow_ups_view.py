"""Follow-ups due across persons: overdue marked, done with Space or the tick box."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.ui.workspace import Workspace
from tests.ui.workspace.conftest import add_person, wait_rows


def test_due_follow_ups_listed_with_overdue_marked(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Everything due within a week shows, soonest first; overdue ones say so; later ones not."""
    today = date.today()
    first = add_person(caseload, "Élodie")
    second = add_person(caseload, "Karim")
    caseload.add_follow_up(first, "Appeler la CAF", today - timedelta(days=2))
    caseload.add_follow_up(second, "Relancer le médecin", today + timedelta(days=3))
    caseload.add_follow_up(second, "Bilan annuel", today + timedelta(days=30))
    workspace.workspace_actions.follow_ups.trigger()
    page = workspace.follow_ups_page
    assert workspace.stack.currentWidget() is page
    model = page.model
    assert model.rowCount() == 2
    assert model.index(0, 2).data() == "Appeler la CAF"
    assert model.index(0, 1).data() == "Élodie"
    assert "(overdue)" in model.index(0, 0).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "(overdue)" not in model.index(1, 0).data()
    assert page.view.hasFocus()


def test_space_marks_the_current_follow_up_done_and_again_undoes_it(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Space on the selected row ticks it in the vault; a second Space unticks it."""
    person = add_person(caseload, "Élodie")
    item = caseload.add_follow_up(person, "Appeler la CAF", date.today() - timedelta(days=1))
    workspace.show_follow_ups()
    view = workspace.follow_ups_page.view
    before = workspace.rows_loaded
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert stores(session).follow_ups.get(item).done
    model = workspace.follow_ups_page.model
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    wait_rows(qtbot, workspace, before)  # the overdue badge is recounted
    assert workspace.person_list.model.person_rows()[0].overdue_follow_ups == 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not stores(session).follow_ups.get(item).done


def test_tick_box_marks_done(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Clicking the tick box does the same as Space."""
    person = add_person(caseload, "Élodie")
    item = caseload.add_follow_up(person, "Écrire au bailleur", date.today())
    workspace.show_follow_ups()
    model = workspace.follow_ups_page.model
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert stores(session).follow_ups.get(item).done


def test_enter_opens_the_persons_file(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Enter on a follow-up opens that person's file."""
    person = add_person(caseload, "Karim")
    caseload.add_follow_up(person, "Relancer", date.today())
    workspace.show_follow_ups()
    qtbot.keyClick(workspace.follow_ups_page.view, Qt.Key.Key_Return)
    assert workspace.person_id == person
    assert workspace.stack.currentWidget() is workspace.person_file


def test_escape_returns_to_the_page_shown_before(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Escape leaves the follow-ups view for the file that was open."""
    person = add_person(caseload, "Karim")
    workspace.open_person(person)
    workspace.show_follow_ups()
    qtbot.keyClick(workspace.follow_ups_page.view, Qt.Key.Key_Escape)
    assert workspace.stack.currentWidget() is workspace.person_file
