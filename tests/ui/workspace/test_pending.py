"""Text an automatic lock could not save: taken out in memory, put back and saved after unlock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.core.vault import unlock
from app.domain.models import InterviewKind
from app.ui.shell.tasks import wait_for_background
from app.ui.workspace import Workspace
from app.ui.workspace.autosave import SaveState
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, PASSPHRASE, texts_in
from tests.ui.workspace.conftest import (
    SAVE_TIMEOUT_MS,
    add_interview,
    add_person,
    type_text,
    wait_saved,
)

BIG = "Des faits observés, longuement décrits. " * 4000
NO_LIMIT = 1073741823


def fill_the_disk(session: Session) -> None:
    """A real SQLITE_FULL from now on: the database may not grow by a single page."""
    db = database(session)
    db.scalar(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")


@pytest.fixture
def reopened(session: Session, vault_dir: Path) -> Iterator[list[Session]]:
    """Sessions unlocked again by the test, closed at teardown."""
    opened: list[Session] = []
    yield opened
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    for again in opened:
        again.close()


def test_unsaved_text_survives_a_lock_in_memory_and_is_saved_after_unlock(
    qtbot: QtBot,
    workspace: Workspace,
    caseload: Caseload,
    session: Session,
    vault_dir: Path,
    reopened: list[Session],
) -> None:
    """Facts, hypothesis and details that failed to save come back after unlock, then save."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"))
    workspace.open_interview(interview)
    fill_the_disk(session)
    workspace.editor.facts.insertPlainText(BIG)
    type_text(workspace.editor.hypotheses, "Isolement possible")
    workspace.editor.meta.kind_combo.setCurrentIndex(
        workspace.editor.meta.kind_combo.findData(InterviewKind.PHONE)
    )
    qtbot.waitUntil(
        lambda: workspace.editor.save_state() == SaveState.FAILED, timeout=SAVE_TIMEOUT_MS
    )
    pending = workspace.take_pending()
    assert pending is not None and pending.interview_id == interview
    assert "Isolement" not in repr(pending) and "faits" not in repr(pending)
    state = workspace.state()
    workspace.clear()
    assert not any("Isolement" in text or "observés" in text for text in texts_in(workspace))
    session.close()

    again = unlock(vault_dir, PASSPHRASE)
    reopened.append(again)
    fill_the_disk(again)  # still full after unlocking: the text stays on screen, unsaved
    workspace.open_session(again, Caseload(again), state)
    assert workspace.restore_pending(pending)
    assert workspace.editor.facts.toPlainText() == BIG
    assert workspace.editor.hypotheses.toPlainText() == "Isolement possible"
    assert workspace.editor.meta.kind() == InterviewKind.PHONE
    assert workspace.editor.save_state() == SaveState.FAILED
    assert "back in the editor" in workspace.message_bar.text()
    assert stores(again).interviews.get(interview).facts == ""

    database(again).scalar(f"PRAGMA max_page_count = {NO_LIMIT}")  # space freed
    type_text(workspace.editor.facts, "!")
    wait_saved(qtbot, workspace)
    stored = stores(again).interviews.get(interview)
    assert stored.facts == BIG + "!" and stored.kind == InterviewKind.PHONE
    assert [h.text for h in stores(again).hypotheses.for_person(stored.person_id)] == [
        "Isolement possible"
    ]


def test_nothing_pending_means_nothing_taken(
    qtbot: QtBot, workspace: Workspace, caseload: Caseload
) -> None:
    """With everything saved, there is nothing to carry across a lock."""
    workspace.open_interview(add_interview(caseload, add_person(caseload, "Élodie")))
    type_text(workspace.editor.facts, "Saved.")
    wait_saved(qtbot, workspace)
    assert workspace.take_pending() is None
