"""A person's file: timeline, follow-ups added and ticked, hypothesis status, details."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core import snapshots
from app.core.caseload import Caseload
from app.core.device import ENV_CONFIG_DIR
from app.core.session import Session, stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import PersonId
from app.domain.models import HypothesisStatus, InterviewDraft, InterviewKind, Theme
from app.ui.shell.app import Translations
from app.ui.shell.preferences import Language
from app.ui.shell.tasks import wait_for_background
from app.ui.workspace import Workspace
from app.ui.workspace.person_dialog import PersonDialog
from app.ui.workspace.timeline import FACTS_EMS
from tests.support.backup_data import snapshot_canaries
from tests.support.languages import reset_language
from tests.ui.conftest import (
    BACKGROUND_TIMEOUT_MS,
    PASSPHRASE,
    WindowFactory,
    unlock_through_screen,
)
from tests.ui.workspace.conftest import add_interview, add_person, type_text, wait_rows


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


@pytest.fixture
def elsewhere(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Session, PersonId]]:
    """A vault whose hypotheses were written on another computer, unlocked on this one."""
    first = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    person = add_person(Caseload(first), "Élodie")
    add_interview(Caseload(first), person, "Visite au domicile.", date.today())
    Caseload(first).add_hypothesis(person, "qzailleurs isolement possible", date.today())
    first.close()
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "second-computer"))
    opened = unlock(vault_dir, PASSPHRASE)
    yield opened, person
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    opened.close()


def _file_shown(qtbot: QtBot, session: Session, person: PersonId) -> Workspace:
    workspace = Workspace()
    qtbot.addWidget(workspace)
    workspace.resize(1280, 720)
    with qtbot.waitExposed(workspace):
        workspace.show()
    workspace.open_session(session, Caseload(session))
    wait_rows(qtbot, workspace)
    assert workspace.open_person(person)
    return workspace


def _answer_start_here(qtbot: QtBot, workspace: Workspace, confirm: bool) -> QMessageBox:
    panel = workspace.person_file.hypotheses
    assert panel.start_here_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.start_here_button, Qt.MouseButton.LeftButton)
    box = workspace.findChild(QMessageBox, "startHypothesesConfirmation")
    assert box is not None
    qtbot.waitExposed(box)
    if confirm:
        button = box.findChild(QWidget, "confirmStartHypotheses")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    return box


def test_start_new_hypotheses_here_after_confirming(
    qtbot: QtBot, elsewhere: tuple[Session, PersonId], vault_dir: Path
) -> None:
    """Sealed elsewhere: the panel's button asks, says the old file is kept, then starts anew."""
    session, person = elsewhere
    workspace = _file_shown(qtbot, session, person)
    try:
        [row] = workspace.person_file.timeline.rows()
        assert workspace.open_interview(row.id)
        assert workspace.editor.hypotheses.isReadOnly()  # nothing to write to, yet
        workspace.back_to_file()
        panel = workspace.person_file.hypotheses
        assert panel.seal_label.text() == panel.tr("Sealed to another computer")
        before = (vault_dir / "hypotheses.db").read_bytes()
        box = _answer_start_here(qtbot, workspace, confirm=True)
        assert "until you erase it" in box.informativeText()
        qtbot.waitUntil(lambda: session.hypotheses_here)
        assert panel.seal_label.text() == panel.tr("Sealed to this computer")
        assert not panel.start_here_button.isVisibleTo(panel) and panel.view.isEnabled()
        [kept] = vault_dir.glob("hypotheses.sealed-elsewhere-*.db")
        assert kept.read_bytes() == before  # the old file, untouched, until she erases it
        Caseload(session).add_hypothesis(person, "qznouvelle piste", date.today())
        assert [h.text for h in stores(session).hypotheses.for_person(person)] == [
            "qznouvelle piste"
        ]
        assert workspace.open_interview(row.id)
        assert not workspace.editor.hypotheses.isReadOnly()  # she can write them here now
    finally:
        workspace.clear()


def test_start_new_hypotheses_here_cancelled_changes_nothing(
    qtbot: QtBot, elsewhere: tuple[Session, PersonId], vault_dir: Path
) -> None:
    """Cancelling the confirmation leaves the sealed file in place and the panel as it was."""
    session, person = elsewhere
    workspace = _file_shown(qtbot, session, person)
    try:
        _answer_start_here(qtbot, workspace, confirm=False)
        qtbot.waitUntil(
            lambda: workspace.findChild(QMessageBox, "startHypothesesConfirmation") is None
        )
        panel = workspace.person_file.hypotheses
        assert not session.hypotheses_here
        assert panel.start_here_button.isVisibleTo(panel)
        assert list(vault_dir.glob("hypotheses.sealed-elsewhere-*.db")) == []
    finally:
        workspace.clear()


def test_start_here_button_only_when_sealed_elsewhere(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """On the computer that wrote them, the panel offers no "start new hypotheses" button."""
    person = add_person(caseload, "Élodie")
    workspace.open_person(person)
    panel = workspace.person_file.hypotheses
    assert not panel.start_here_button.isVisibleTo(panel)


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_the_interviews_fit_the_width_at_1366x768_with_large_text(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: WindowFactory,
    vault_dir: Path,
    large_text: None,
    language: Language,
) -> None:
    """No sideways scrolling at 1366×768, text 150 %: date, kind whole; facts seen; themes hover."""
    opened = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    person = add_person(Caseload(opened), "Élodie Martin-Lefèvre")
    for day, kind in enumerate(InterviewKind, start=1):  # the longest kind is among them
        draft = InterviewDraft(date(2026, 3, day), kind=kind, themes=tuple(Theme))
        Caseload(opened).add_interview(person, draft, "Point sur la situation " * 8)
    opened.close()
    translations = Translations(qapp)
    translations.apply(language)
    try:
        window = make_window(vault_dir)
        window.resize(1366, 768)
        unlock_through_screen(qtbot, window, PASSPHRASE)
        workspace = window.workspace
        assert workspace is not None
        qtbot.waitUntil(lambda: workspace.rows_loaded > 0)
        assert workspace.open_person(person)
        QApplication.processEvents()
        view = workspace.person_file.timeline_view
        header = view.header()
        widths = [header.sectionSize(column) for column in range(4)]
        assert view.horizontalScrollBar().maximum() == 0
        assert sum(widths) <= view.viewport().width()
        for column in (0, 1):  # the date and the kind are never cut
            assert widths[column] >= view.sizeHintForColumn(column)
        for column in range(4):  # nor are the column titles
            assert widths[column] >= header.sectionSizeHint(column)
        assert widths[3] >= view.fontMetrics().averageCharWidth() * FACTS_EMS  # worth reading
        themes = view.model().index(0, 2)  # every theme: cut with "…", whole on hovering
        assert view.sizeHintForColumn(2) > widths[2]
        assert themes.data(Qt.ItemDataRole.ToolTipRole) == themes.data()
    finally:
        reset_language(translations)


def test_a_handle_moved_by_the_worker_stays_and_nothing_overlaps(
    qtbot: QtBot, session: Session, large_text: None
) -> None:
    """Dragging the handle towards the interviews keeps it there; the panes never overlap."""
    person = add_person(Caseload(session), "Élodie Martin-Lefèvre")
    for day, kind in enumerate(InterviewKind, start=1):
        draft = InterviewDraft(date(2026, 3, day), kind=kind, themes=tuple(Theme))
        Caseload(session).add_interview(person, draft, "Point sur la situation " * 8)
    page = _file_shown(qtbot, session, person).person_file
    QApplication.processEvents()
    splitter = page.splitter
    left, _ = splitter.sizes()
    splitter.moveSplitter(left - 200, 1)  # what dragging the handle does
    for _ in range(3):
        QApplication.processEvents()
    moved, right = splitter.sizes()
    assert moved < left - 150  # kept where the worker put it, not snapped back
    assert moved + right + splitter.handleWidth() <= splitter.width()
    panes = [splitter.widget(0).geometry(), splitter.widget(1).geometry()]
    assert panes[0].right() < panes[1].left()
