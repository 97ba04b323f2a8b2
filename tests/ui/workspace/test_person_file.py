"""A person's file: timeline, follow-ups added and ticked, hypothesis status, details."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core import snapshots
from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.domain.models import HypothesisStatus, InterviewDraft, Theme
from app.ui.workspace import Workspace
from app.ui.workspace.person_dialog import PersonDialog
from tests.support.backup_data import snapshot_canaries
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS
from tests.ui.workspace.conftest import add_interview, add_person, type_text


def test_timeline_newest_first_and_enter_opens(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """Interviews are listed newest first; Enter opens one and Alt+Left comes back."""
    person = add_person(caseload, "Élodie")
    today = date.today()
    add_interview(caseload, person, "Ancien entretien.\nSuite.", today - timedelta(days=40))
    recent = add_interview(caseload, person, "Visite récente.", today)
    workspace.open_person(person)
    timeline = workspace.person_file.timeline
    assert [timeline.index(r, 3).data() for r in range(2)] == [
        "Visite récente.",
        "Ancien entretien.",
    ]
    view = workspace.person_file.timeline_view
    view.setFocus()
    view.setCurrentIndex(timeline.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert workspace.editor.interview_id() == recent
    qtbot.keyClick(workspace.editor.facts, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    # A button's shortcut presses it visibly: the click lands a moment later.
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.person_file)
    assert workspace.person_file.timeline_view.hasFocus()


def test_follow_up_added_with_enter_then_ticked_with_space(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Type a next step and press Enter: it is stored with its due date; Space ticks it."""
    person = add_person(caseload, "Élodie")
    workspace.open_person(person)
    page = workspace.person_file
    page.follow_up_text.setFocus()
    type_text(page.follow_up_text, "Appeler la CAF")
    qtbot.keyClick(page.follow_up_text, Qt.Key.Key_Return)
    stored = stores(session).follow_ups.for_person(person)
    assert [(f.text, f.due_on) for f in stored] == [
        ("Appeler la CAF", date.today() + timedelta(days=7))
    ]
    assert page.follow_up_text.text() == ""
    assert page.follow_ups.rowCount() == 1
    page.follow_ups_view.setFocus()
    page.follow_ups_view.setCurrentIndex(page.follow_ups.index(0, 1))
    qtbot.keyClick(page.follow_ups_view, Qt.Key.Key_Space)
    assert stores(session).follow_ups.get(stored[0].id).done


def test_hypothesis_status_changed_from_the_list(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Choosing "Dropped" for a hypothesis stores that status; the text is untouched."""
    person = add_person(caseload, "Élodie")
    hypothesis = caseload.add_hypothesis(person, "Isolement possible", date.today())
    workspace.open_person(person)
    panel = workspace.person_file.hypotheses
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    combo = panel.status_combo
    combo.setCurrentIndex(combo.findData(HypothesisStatus.DROPPED))
    combo.activated.emit(combo.currentIndex())
    stored = stores(session).hypotheses.get(hypothesis)
    assert stored.status == HypothesisStatus.DROPPED
    assert stored.text == "Isolement possible"
    assert panel.model.index(0, 1).data() == "Dropped"


def test_hypotheses_header_says_sealed_here_or_elsewhere(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """The list's header shows "Sealed to this computer"; sealed elsewhere, it says so."""
    person = add_person(caseload, "Élodie")
    caseload.add_hypothesis(person, "Isolement possible", date.today())
    workspace.open_person(person)
    panel = workspace.person_file.hypotheses
    assert panel.seal_label.isVisibleTo(panel)
    assert panel.seal_label.text() == panel.tr("Sealed to this computer")
    assert panel.model.rowCount() == 1 and panel.view.isEnabled()
    panel.set_hypotheses((), elsewhere=True)
    assert panel.seal_label.text() == panel.tr("Sealed to another computer")
    assert not panel.view.isEnabled() and panel.model.rowCount() == 0


def test_edit_details_and_close_the_case_destroys_hypotheses(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session
) -> None:
    """Editing saves organisation and dates; closing the case destroys its hypotheses,
    in the snapshots on this computer too."""
    person = add_person(caseload, "Élodie")
    caseload.add_hypothesis(person, "zqhypothese isolement possible", date.today())
    snapshot = snapshots.take_snapshot(session, datetime.now(UTC))
    assert snapshot_canaries(session, snapshot.path, ("zqhypothese",))
    workspace.open_person(person)
    qtbot.mouseClick(workspace.person_file.edit_button, Qt.MouseButton.LeftButton)
    dialog = workspace.findChild(PersonDialog)
    assert dialog is not None
    dialog.organisation.setText("Transports Durand")
    dialog.closed.check.setChecked(True)
    assert dialog.destroy_box.isVisibleTo(dialog) and dialog.destroy_box.isChecked()
    said: list[str] = []
    workspace.status_message.connect(said.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(  # closing rewrites the snapshots off the GUI thread
        lambda: any("hypotheses were destroyed" in text for text in said),
        timeout=BACKGROUND_TIMEOUT_MS,
    )
    stored = stores(session).persons.get(person)
    assert stored.organisation == "Transports Durand"
    assert stored.case_closed == date.today()
    assert stores(session).hypotheses.for_person(person) == []
    assert snapshot_canaries(session, snapshot.path, ("zqhypothese",)) == []
    assert "Transports Durand" in workspace.person_file.details_label.text()
    assert workspace.person_file.hypotheses.model.rowCount() == 0


def test_many_themes_leave_the_facts_in_view(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """An interview with every theme: the themes column stops at ~20 characters, facts show."""
    person = add_person(caseload, "Élodie")
    caseload.add_interview(
        person, InterviewDraft(date.today(), themes=tuple(Theme)), "Premier entretien."
    )
    workspace.open_person(person)
    view = workspace.person_file.timeline_view
    cap = view.fontMetrics().averageCharWidth() * 20
    assert view.sizeHintForColumn(2) > cap  # all seven themes would need more
    assert view.columnWidth(2) <= cap
