"""Every list of the workspace says what to do when it is empty, with one button that does it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.ui.workspace import Workspace
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS
from tests.ui.workspace.conftest import add_interview, add_person, wait_rows


def test_no_person_offers_to_add_one(qtbot: QtBot, workspace: Workspace) -> None:
    """An empty vault's person list says so and its button asks to add a person."""
    state = workspace.person_list.empty_state
    assert state.is_shown()
    assert state.label.text() == "No person supported yet."
    with qtbot.waitSignal(workspace.person_list.add_requested, timeout=1000):
        state.button.click()


def test_a_filter_that_matches_nobody_can_be_cleared(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """"No person matches this filter." and its button empties the filter, showing everyone."""
    wait_rows(qtbot, workspace)
    add_person(caseload, "Élodie Martin")
    loaded = workspace.rows_loaded
    workspace.refresh_rows()
    wait_rows(qtbot, workspace, after=loaded)
    panel = workspace.person_list
    assert not panel.empty_state.is_shown()
    panel.filter_edit.setText("zzz")
    assert panel.empty_state.label.text() == "No person matches this filter."
    assert panel.empty_state.button.icon().isNull()  # "Clear the filter" has no person icon
    panel.empty_state.button.click()
    assert panel.filter_edit.text() == "" and not panel.empty_state.is_shown()


def test_a_new_person_file_offers_the_first_steps(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """No interview, no next step, no hypothesis: each list says so and offers the next step."""
    person = add_person(caseload, "Karim B.")
    workspace.open_person(person)
    page = workspace.person_file
    for state in (page.timeline_empty, page.follow_ups_empty, page.hypotheses.empty_state):
        assert state.is_shown() and state.label.text() and state.button.text()
    with qtbot.waitSignal(page.new_interview_requested, timeout=1000):
        page.timeline_empty.button.click()
    workspace.open_person(person)
    page.follow_ups_empty.button.click()
    assert page.follow_up_text.hasFocus() or page.focusWidget() is page.follow_up_text
    add_interview(caseload, person, "Premier entretien.")
    workspace.open_person(person)
    assert not page.timeline_empty.is_shown()


def test_a_search_without_result_offers_to_widen_or_clear(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Nothing found in one file: "Search all persons"; nothing found anywhere: clear the search."""
    person = add_person(caseload, "Élodie Martin")
    add_interview(caseload, person, "Le loyer est payé.")
    workspace.open_person(person)
    workspace.show_search(in_file=True)
    panel = workspace.search_panel
    assert not panel.empty_state.is_shown()  # nothing asked yet
    panel.field.setText("zqxw")
    qtbot.waitUntil(panel.is_settled, timeout=BACKGROUND_TIMEOUT_MS)
    assert panel.empty_state.is_shown()
    assert panel.empty_state.button.text() == "Search all persons"
    panel.empty_state.button.click()
    qtbot.waitUntil(panel.is_settled, timeout=BACKGROUND_TIMEOUT_MS)
    assert panel.empty_state.button.text() == "Clear the search"
    panel.empty_state.button.click()
    assert panel.field.text() == "" and not panel.empty_state.is_shown()


def test_nothing_due_goes_back(qtbot: QtBot, workspace: Workspace, caseload: Caseload) -> None:
    """The follow-ups page with nothing due says so; its button goes back where the worker was."""
    person = add_person(caseload, "Karim B.")
    workspace.open_person(person)
    workspace.show_follow_ups()
    page = workspace.follow_ups_page
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is page)
    assert page.empty.is_shown()
    page.empty.button.click()
    assert workspace.stack.currentWidget() is workspace.person_file
    assert workspace.person_file.alias_label.text().startswith("Karim")
