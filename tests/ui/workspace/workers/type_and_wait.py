"""Child process for the kill test: unlock, type into the facts, wait for autosave, print SAVED.

Usage: type_and_wait.py VAULT_FOLDER PASSPHRASE INTERVIEW_ID TEXT

After printing "SAVED <ms since the last keystroke>" it keeps running until
the test kills it with SIGKILL: no flush, no lock, no clean exit.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.caseload import Caseload
from app.core.vault import unlock
from app.domain.ids import InterviewId
from app.ui.workspace import Workspace
from app.ui.workspace.autosave import SaveState

DEADLINE_S = 10.0


def main() -> int:
    folder, passphrase, interview_id, text = sys.argv[1:5]
    app = QApplication([])
    session = unlock(Path(folder), passphrase)
    workspace = Workspace()
    workspace.resize(1280, 720)
    workspace.show()
    workspace.open_session(session, Caseload(session))
    if not workspace.open_interview(InterviewId(int(interview_id))):
        print("NOT OPENED", flush=True)
        return 1
    editor = workspace.editor
    editor.facts.setFocus()
    QTest.keyClicks(editor.facts, text)
    last_key = time.monotonic()
    autosaver = editor.autosaver
    while autosaver.state() != SaveState.SAVED or autosaver.has_pending():
        if time.monotonic() - last_key > DEADLINE_S:
            print("TIMEOUT", flush=True)
            return 1
        app.processEvents()
        time.sleep(0.002)
    elapsed_ms = round((time.monotonic() - last_key) * 1000)
    print(f"SAVED {elapsed_ms}", flush=True)
    while True:  # wait to be killed
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main())
