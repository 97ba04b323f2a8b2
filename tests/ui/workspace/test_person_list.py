"""The persons list: adding with an alias only, accent-blind filter, badges, privacy mode."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session
from app.ui.workspace import Workspace
from app.ui.workspace.person_delegate import ROW_ROLE
from app.ui.workspace.person_dialog import PersonDialog
from tests.ui.workspace.conftest import (
    WorkspaceFactory,
    add_interview,
    add_person,
    type_text,
    wait_rows,
)


def shown_aliases(workspace: Workspace) -> list[str]:
    proxy = workspace.person_list.proxy
    return [proxy.index(row, 0).data(ROW_ROLE).alias for row in range(proxy.rowCount())]


def test_add_person_with_only_an_alias(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Ctrl+N opens the dialog; an alias alone is enough; the person appears, selected."""
    workspace.setFocus()
    qtbot.keyClick(workspace, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = workspace.findChild(PersonDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet
    type_text(dialog.alias, "Élodie")
    assert ok.isEnabled()
    before = workspace.rows_loaded
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_rows(qtbot, workspace, before)
    assert shown_aliases(workspace) == ["Élodie"]
    assert workspace.person_list.current_person() == workspace.person_id
    assert workspace.person_file.alias_label.text() == "Élodie"
    assert [row.alias for row in caseload.person_rows(date.today())] == ["Élodie"]


def test_filter_ignores_accents_and_case(
    qtbot: QtBot, make_workspace: WorkspaceFactory, caseload: Caseload
) -> None:
    """Typing "elodie" (or "ÉLO") finds "Élodie Martin" and hides the others."""
    add_person(caseload, "Élodie Martin")
    add_person(caseload, "Karim Benali", "Clinique")
    workspace = make_workspace()
    qtbot.keyClicks(workspace.person_list.filter_edit, "elodie")
    assert shown_aliases(workspace) == ["Élodie Martin"]
    workspace.person_list.filter_edit.setText("ÉLO")
    assert shown_aliases(workspace) == ["Élodie Martin"]
    workspace.person_list.filter_edit.setText("clinique")  # the organisation counts too
    assert shown_aliases(workspace) == ["Karim Benali"]
    workspace.person_list.filter_edit.setText("zzz")
    assert shown_aliases(workspace) == []
    assert workspace.person_list.empty_state.is_shown()
    assert workspace.person_list.empty_state.button.text() == "Clear the filter"
    workspace.person_list.filter_edit.setText("")
    assert sorted(shown_aliases(workspace)) == ["Karim Benali", "Élodie Martin"]


def test_filter_still_applies_after_the_rows_reload(
    qtbot: QtBot, make_workspace: WorkspaceFactory, caseload: Caseload
) -> None:
    """A reload of the list (a person added, a note saved) keeps the typed filter in force."""
    add_person(caseload, "Élodie Martin")
    workspace = make_workspace()
    workspace.person_list.filter_edit.setText("karim")
    assert shown_aliases(workspace) == []
    add_person(caseload, "Karim Benali")
    add_person(caseload, "Karima Sow")
    rows = caseload.person_rows(date.today())
    workspace.person_list.set_rows(rows)
    assert sorted(shown_aliases(workspace)) == ["Karim Benali", "Karima Sow"]


def test_list_sorted_by_last_contact_with_badges(
    make_workspace: WorkspaceFactory, caseload: Caseload, session: Session
) -> None:
    """Most recent contact first; overdue follow-ups counted; past-term flagged with a tooltip."""
    today = date.today()
    old = add_person(caseload, "Ancien Dossier")
    add_interview(caseload, old, "Vu.", today - timedelta(days=3 * 365))
    recent = add_person(caseload, "Récent")
    add_interview(caseload, recent, "Vu.", today - timedelta(days=2))
    caseload.add_follow_up(recent, "Appeler", today - timedelta(days=1))
    caseload.add_follow_up(recent, "Écrire", today - timedelta(days=5))
    workspace = make_workspace()
    assert shown_aliases(workspace) == ["Récent", "Ancien Dossier"]
    model = workspace.person_list.model
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data(ROW_ROLE).overdue_follow_ups == 2
    assert "2 overdue" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert second.data(ROW_ROLE).past_term
    assert "retention term" in second.data(Qt.ItemDataRole.ToolTipRole)
    assert "Past term" in second.data(Qt.ItemDataRole.AccessibleTextRole)


def test_privacy_mode_shows_initials_even_for_the_selected_person(
    qtbot: QtBot, make_workspace: WorkspaceFactory, caseload: Caseload
) -> None:
    """With privacy on, rows and the open file's header give initials; off, names again."""
    person = add_person(caseload, "Élodie Martin", "Transports Durand")
    add_person(caseload, "Karim Benali")
    workspace = make_workspace()
    workspace.set_privacy_mode(True)
    model = workspace.person_list.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert set(names) == {"É. M.", "K. B."}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        for role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            assert "Martin" not in str(index.data(role))
            assert "Transports" not in str(index.data(role))
    proxy_index = workspace.person_list.proxy.mapFromSource(model.index_of(person))
    workspace.person_list.view.setCurrentIndex(proxy_index)
    assert workspace.person_id == person
    assert workspace.person_file.alias_label.text() == "É. M."
    workspace.set_privacy_mode(False)
    assert model.index_of(person).data() == "Élodie Martin"
    assert workspace.person_file.alias_label.text() == "Élodie Martin"


def test_keyboard_filter_then_enter_opens_the_file(
    qtbot: QtBot, make_workspace: WorkspaceFactory, caseload: Caseload
) -> None:
    """Filter, Enter opens the first match; Enter again goes into its interviews."""
    add_person(caseload, "Élodie Martin")
    person = add_person(caseload, "Karim Benali")
    workspace = make_workspace()
    field = workspace.person_list.filter_edit
    field.setFocus()
    qtbot.keyClicks(field, "karim")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert workspace.person_id == person
    assert workspace.stack.currentWidget() is workspace.person_file
    assert workspace.person_list.view.hasFocus()
    qtbot.keyClick(workspace.person_list.view, Qt.Key.Key_Return)
    assert workspace.person_file.timeline_view.hasFocus()
