"""Autosave survives a killed process; the autosaver itself debounces and retries."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.caseload import Caseload
from app.core.session import Session, stores
from app.core.vault import unlock
from app.domain.errors import DiskFull
from app.ui.workspace.autosave import Autosaver, SaveState
from tests.ui.conftest import PASSPHRASE
from tests.ui.workspace.conftest import add_interview, add_person

WORKER = Path(__file__).parent / "workers" / "type_and_wait.py"
TYPED = "Loyer impaye depuis mars, courrier du bailleur apporte."
WORKER_TIMEOUT_S = 60


def test_text_typed_survives_sigkill_right_after_autosave(
    session: Session, caseload: Caseload, vault_dir: Path
) -> None:
    """Type in a real workspace in another process, SIGKILL it once saved: the text is there."""
    interview = add_interview(caseload, add_person(caseload, "Élodie"))
    session.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(WORKER), str(vault_dir), PASSPHRASE, str(interview), TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("SAVED"), line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(WORKER_TIMEOUT_S)
    assert child.returncode == -signal.SIGKILL
    reopened = unlock(vault_dir, PASSPHRASE)
    try:
        assert stores(reopened).interviews.get(interview).facts == TYPED
    finally:
        reopened.close()


def test_autosaver_writes_once_after_a_burst_of_changes(qtbot: QtBot) -> None:
    """Ten changes in a row give one write, with the latest text."""
    autosaver = Autosaver(delay_ms=50)
    text = {"value": ""}
    writes: list[str] = []
    for number in range(10):
        text["value"] = f"v{number}"
        autosaver.schedule("facts", lambda: writes.append(text["value"]))
    qtbot.waitUntil(lambda: autosaver.state() == SaveState.SAVED)
    assert writes == ["v9"]
    assert autosaver.saved_at() is not None


def test_autosaver_keeps_a_failed_write_for_the_next_change(qtbot: QtBot) -> None:
    """A failing writer stays pending, reports the error, and is retried on the next change."""
    autosaver = Autosaver(delay_ms=10)
    failures: list[object] = []
    autosaver.failed.connect(failures.append)
    disk = {"full": True}
    written: list[int] = []

    def write() -> None:
        if disk["full"]:
            raise DiskFull()
        written.append(1)

    autosaver.schedule("facts", write)
    qtbot.waitUntil(lambda: autosaver.state() == SaveState.FAILED)
    assert isinstance(failures[0], DiskFull) and autosaver.has_pending()
    assert isinstance(autosaver.last_error(), DiskFull)
    assert not autosaver.flush()
    disk["full"] = False
    autosaver.schedule("facts", write)
    assert autosaver.state() == SaveState.FAILED  # stays visible until a write succeeds
    qtbot.waitUntil(lambda: autosaver.state() == SaveState.SAVED)
    assert written == [1] and not autosaver.has_pending()
