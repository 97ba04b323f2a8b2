"""Workspace fixtures: a real vault in tmp_path (cheap Argon2), a shown workspace on it.

Helpers add persons and interviews through `Caseload`, as the GUI does, and
`reopen()` locks the vault and unlocks it again, to read what really reached
the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import InterviewId, PersonId
from app.domain.models import InterviewDraft, PersonDraft
from app.ui.shell.tasks import wait_for_background
from app.ui.workspace import Workspace
from app.ui.workspace.autosave import SaveState
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, PASSPHRASE

SAVE_TIMEOUT_MS = 5_000
WorkspaceFactory = Callable[[], Workspace]


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    """An unlocked, empty vault; locked again at teardown."""
    opened = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    yield opened
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    opened.close()


@pytest.fixture
def caseload(session: Session) -> Caseload:
    return Caseload(session)


@pytest.fixture
def make_workspace(
    qtbot: QtBot, session: Session, caseload: Caseload
) -> Iterator[WorkspaceFactory]:
    """Build a shown 1280×720 workspace on the vault, once its person list has loaded."""
    built: list[Workspace] = []

    def build() -> Workspace:
        workspace = Workspace()
        qtbot.addWidget(workspace)
        workspace.resize(1280, 720)
        with qtbot.waitExposed(workspace):
            workspace.show()
        workspace.open_session(session, caseload)
        wait_rows(qtbot, workspace)
        built.append(workspace)
        return workspace

    yield build
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    for workspace in built:
        workspace.clear()


@pytest.fixture
def workspace(make_workspace: WorkspaceFactory) -> Workspace:
    return make_workspace()


def wait_rows(qtbot: QtBot, workspace: Workspace, after: int = 0) -> None:
    """Wait until the persons list has been (re)filled more than `after` times."""
    qtbot.waitUntil(lambda: workspace.rows_loaded > after, timeout=BACKGROUND_TIMEOUT_MS)


def wait_saved(qtbot: QtBot, workspace: Workspace) -> None:
    """Wait until autosave has written everything typed (no sleeping beyond that)."""
    autosaver = workspace.editor.autosaver
    qtbot.waitUntil(
        lambda: autosaver.state() == SaveState.SAVED and not autosaver.has_pending(),
        timeout=SAVE_TIMEOUT_MS,
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, accents included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def add_person(caseload: Caseload, alias: str, organisation: str = "") -> PersonId:
    return caseload.add_person(PersonDraft(alias, organisation))


def add_interview(
    caseload: Caseload, person_id: PersonId, facts: str = "", held_on: date | None = None
) -> InterviewId:
    return caseload.add_interview(person_id, InterviewDraft(held_on or date.today()), facts)


def reopen(workspace: Workspace, session: Session, vault_dir: Path) -> Session:
    """Lock the way the shell does (flush, clear, close), then unlock the vault afresh."""
    workspace.flush()
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    workspace.clear()
    session.close()
    return unlock(vault_dir, PASSPHRASE)
