"""Type an addendum word by word in a real workspace until killed, acknowledging saves.

    python addendum_worker.py FOLDER PASSPHRASE TRIAL SEED

Adds a finalised interview, prints "ready" then "interview <id>", opens it in
a real (offscreen) workspace and types into the new-addendum field, as the
worker would: after each word is autosaved (usually flushed at once, now and
then by the autosave timer itself) it prints "draft <round> <words>"; after
"Save addendum" returned it prints "final <round>" and starts the next one.
A printed line is a promise that must survive a SIGKILL.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.caseload import Caseload
from app.core.vault import unlock
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft
from app.ui.workspace import Workspace
from app.ui.workspace.autosave import SaveState

PERSON = PersonId(1)
TIMER_SHARE = 0.1  # words left to the autosave timer rather than flushed at once


def words(trial: int, round_: int, count: int) -> str:
    """What the field holds after `count` words of `round_`."""
    return "".join(f"t{trial}r{round_}w{i} " for i in range(count))


def _wait_for_timer(app: QApplication, workspace: Workspace) -> None:
    autosaver = workspace.editor.autosaver
    while autosaver.state() != SaveState.SAVED or autosaver.has_pending():
        app.processEvents()
        time.sleep(0.002)


def main(folder: Path, passphrase: str, trial: int, seed: int) -> None:
    rng = random.Random(seed)
    app = QApplication([])
    session = unlock(folder, passphrase)
    caseload = Caseload(session)
    interview = caseload.add_interview(PERSON, InterviewDraft(date(2024, 3, 1)), "Faits.")
    caseload.finalise(interview)
    workspace = Workspace()
    workspace.open_session(session, caseload)
    assert workspace.open_interview(interview)
    panel = workspace.editor.addenda
    print("ready", flush=True)
    print(f"interview {interview}", flush=True)
    round_ = 0
    while True:
        panel.add_button.click()
        for count in range(1, rng.randint(2, 12) + 1):
            QTest.keyClicks(panel.new_edit, f"t{trial}r{round_}w{count - 1} ")
            if rng.random() < TIMER_SHARE:
                _wait_for_timer(app, workspace)
            elif not workspace.editor.flush():
                raise SystemExit("autosave failed")
            assert panel.draft_text() == words(trial, round_, count)
            print(f"draft {round_} {count}", flush=True)
        panel.save_button.click()
        print(f"final {round_}", flush=True)
        round_ += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
