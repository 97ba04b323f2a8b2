"""Search: as you type, accent-blind, hypotheses only on request and marked, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.domain.models import SearchHit
from app.ui.workspace import Workspace
from app.ui.workspace.rows_model import ITEM_ROLE
from app.ui.workspace.search_results import HTML_ROLE
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS
from tests.ui.workspace.conftest import add_interview, add_person

NOTE = "Premier entretien.\nMme Martin a reçu l'échéancier de la CAF <b>hier</b>."


def search(qtbot: QtBot, workspace: Workspace, text: str) -> list[SearchHit]:
    """Type a query and wait for its own results (stale ones are dropped by the panel)."""
    panel = workspace.search_panel
    panel.field.setText("")
    qtbot.keyClicks(panel.field, text)
    assert not panel.is_settled()  # debounced: nothing runs on each keystroke
    qtbot.waitUntil(panel.is_settled, timeout=BACKGROUND_TIMEOUT_MS)
    return panel.model.rows()


def test_search_is_accent_blind_and_enter_opens_the_match(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Typing echeancier finds "échéancier"; Enter opens that interview with it selected."""
    person = add_person(caseload, "Élodie Martin")
    add_interview(caseload, person, "Autre entretien sans rapport.")
    target = add_interview(caseload, person, NOTE)
    workspace.setFocus()
    qtbot.keyClick(workspace, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert workspace.stack.currentWidget() is workspace.search_panel
    hits = search(qtbot, workspace, "echeancier")
    assert [h.interview_id for h in hits] == [target]
    assert "<b>échéancier</b>" in workspace.search_panel.model.index(0, 0).data(HTML_ROLE)
    qtbot.keyClick(workspace.search_panel.field, Qt.Key.Key_Return)
    assert workspace.stack.currentWidget() is workspace.editor
    assert workspace.editor.interview_id() == target
    assert workspace.editor.facts.textCursor().selectedText() == "échéancier"
    assert workspace.editor.facts.hasFocus()


def test_note_markup_is_escaped_in_results(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Markup typed in a note shows as text in a result; only matches become bold."""
    add_interview(caseload, add_person(caseload, "Élodie"), NOTE)
    workspace.show_search()
    search(qtbot, workspace, "hier")
    html = workspace.search_panel.model.index(0, 0).data(HTML_ROLE)
    assert "CAF &lt;b&gt;<b>hier</b>&lt;/b&gt;." in html


def test_prefix_search_as_you_type(qtbot: QtBot, workspace: Workspace, caseload: Caseload) -> None:
    """The last word is a prefix while typing: "echea" already finds "échéancier"."""
    add_interview(caseload, add_person(caseload, "Élodie"), NOTE)
    workspace.show_search()
    assert len(search(qtbot, workspace, "echea")) == 1


def test_hypothesis_hits_only_with_the_box_ticked_and_marked(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Hypotheses are searched only when asked, and their hits say they are private."""
    person = add_person(caseload, "Élodie")
    interview = add_interview(caseload, person, "Entretien au bureau.")
    hypothesis = caseload.add_hypothesis(
        person,
        "Isolement possible depuis la séparation",
        stores(session).interviews.get(interview).held_on,
        interview,
    )
    workspace.show_search()
    panel = workspace.search_panel
    assert search(qtbot, workspace, "isolement") == []
    panel.include_hypotheses.setChecked(True)
    qtbot.waitUntil(panel.is_settled, timeout=BACKGROUND_TIMEOUT_MS)
    hits = panel.model.rows()
    assert [h.hypothesis_id for h in hits] == [hypothesis]
    index = panel.model.index(0, 0)
    assert "Working hypothesis — private" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "<img" in index.data(HTML_ROLE)  # the lock
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert workspace.editor.interview_id() == interview
    assert workspace.editor.hypotheses.textCursor().selectedText() == "Isolement"


def test_find_in_this_file_searches_only_the_current_person(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Ctrl+F limits the search to the open person; "Search all persons" widens it."""
    first = add_person(caseload, "Élodie")
    add_interview(caseload, first, "Dossier logement en cours.")
    second = add_person(caseload, "Karim")
    add_interview(caseload, second, "Logement trouvé.")
    workspace.open_person(first)
    workspace.setFocus()
    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = workspace.search_panel
    assert "Élodie" in panel.scope_label.text()
    assert {h.person_id for h in search(qtbot, workspace, "logement")} == {first}
    qtbot.mouseClick(panel.everywhere_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.is_settled, timeout=BACKGROUND_TIMEOUT_MS)
    assert {h.person_id for h in panel.model.rows()} == {first, second}


def test_addendum_hit_selects_the_match_in_the_addenda(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """A match in an addendum opens the finalised note with the word selected under it."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"), "Faits initiaux.")
    caseload.finalise(interview)
    caseload.add_addendum(interview, "Correction : le rendez-vous était au CCAS.")
    workspace.show_search()
    search(qtbot, workspace, "ccas")
    qtbot.keyClick(workspace.search_panel.field, Qt.Key.Key_Return)
    history = workspace.editor.addenda.history
    assert history.textCursor().selectedText() == "CCAS"


def test_results_carry_their_hit(qtbot: QtBot, workspace: Workspace, caseload: Caseload) -> None:
    """Each result row holds its SearchHit (alias and date shown beside the snippet)."""
    add_interview(caseload, add_person(caseload, "Élodie"), NOTE)
    workspace.show_search()
    search(qtbot, workspace, "caf")
    index = workspace.search_panel.model.index(0, 0)
    assert isinstance(index.data(ITEM_ROLE), SearchHit)
    assert index.data(Qt.ItemDataRole.DisplayRole).startswith("Élodie · ")


def test_enter_in_the_results_opens_the_hit_and_escape_leaves(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Down to the results, Enter opens the selected note; Escape there leaves the search."""
    person = add_person(caseload, "Élodie Martin")
    target = add_interview(caseload, person, NOTE)
    workspace.setFocus()
    qtbot.keyClick(workspace, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    before = workspace.search_panel
    assert [h.interview_id for h in search(qtbot, workspace, "echeancier")] == [target]
    qtbot.keyClick(before.field, Qt.Key.Key_Down)
    assert before.view.hasFocus()
    qtbot.keyClick(before.view, Qt.Key.Key_Return)
    assert workspace.stack.currentWidget() is workspace.editor
    assert workspace.editor.interview_id() == target
    qtbot.keyClick(workspace, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search(qtbot, workspace, "echeancier")
    qtbot.keyClick(before.field, Qt.Key.Key_Down)
    qtbot.keyClick(before.view, Qt.Key.Key_Escape)
    assert workspace.stack.currentWidget() is not workspace.search_panel
    qtbot.keyClick(workspace, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(before.field, Qt.Key.Key_Escape)
    assert workspace.stack.currentWidget() is not workspace.search_panel


def test_no_result_points_to_the_persons_filter(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Searching a name no note contains says where names are found: the persons filter."""
    add_person(caseload, "Élodie Martin")
    workspace.setFocus()
    qtbot.keyClick(workspace, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert search(qtbot, workspace, "Martin") == []
    assert "Filter persons" in workspace.search_panel.info.text()
