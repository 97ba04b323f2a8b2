"""Every page paints with real data, light or private, without an error in a delegate."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session
from app.ui.workspace import Workspace
from tests.ui.workspace.conftest import add_interview, add_person, wait_rows


def paint(widget: QWidget, folder: Path, name: str) -> None:
    """Render the widget as on screen; pytest-qt fails the test if a paint override raises."""
    image = widget.grab()
    assert not image.isNull()
    image.save(str(folder / f"{name}.png"))


def test_every_page_paints_with_data_and_in_privacy_mode(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload, session: Session, tmp_path: Path
) -> None:
    """List badges, file, editor, finalised note, search with hypothesis hits, follow-ups."""
    today = date.today()
    person = add_person(caseload, "Élodie Martin", "Transports Durand")
    old = add_person(caseload, "Gérard Petit")
    add_interview(caseload, old, "Vu.", today - timedelta(days=4 * 365))
    interview = add_interview(caseload, person, "Le logement est humide <b>ici</b>.")
    finalised = add_interview(caseload, person, "Ancien logement.", today - timedelta(days=9))
    caseload.finalise(finalised)
    caseload.add_addendum(finalised, "Correction du logement.")
    caseload.add_hypothesis(person, "Isolement et logement", today, interview)
    caseload.add_follow_up(person, "Appeler la CAF", today - timedelta(days=2))
    before = workspace.rows_loaded
    workspace.refresh_rows()
    wait_rows(qtbot, workspace, before)
    for privacy in (False, True):
        workspace.set_privacy_mode(privacy)
        suffix = "private" if privacy else "plain"
        workspace.open_person(person)
        paint(workspace, tmp_path, f"file-{suffix}")
        workspace.open_interview(interview)
        paint(workspace, tmp_path, f"editor-{suffix}")
        workspace.open_interview(finalised)
        paint(workspace, tmp_path, f"finalised-{suffix}")
        workspace.show_search()
        workspace.search_panel.include_hypotheses.setChecked(True)
        workspace.search_panel.field.setText("logement")
        qtbot.waitUntil(workspace.search_panel.is_settled)
        assert workspace.search_panel.model.rowCount() == 4
        paint(workspace, tmp_path, f"search-{suffix}")
        workspace.show_follow_ups()
        paint(workspace, tmp_path, f"follow-ups-{suffix}")
