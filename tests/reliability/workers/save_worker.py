"""Save notes in a loop until killed, acknowledging each save on stdout.

    python save_worker.py FOLDER PASSPHRASE TRIAL SEED

Each step either adds an interview with new facts or rewrites the facts of one
it added earlier (autosave), sometimes adding an addendum. Only after the call
returns does it print "<kind> <id> <seq> <version>" and flush: a printed line
is an acknowledged save that must survive a SIGKILL. The text of each save is
`note_text(trial, seq, version)`, so the parent can check it byte for byte.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from app.core.caseload import Caseload
from app.core.vault import unlock
from app.domain.ids import InterviewId, PersonId
from app.domain.models import InterviewDraft

PERSON = PersonId(1)


def note_text(trial: int, seq: int, version: int) -> str:
    """The facts written at `version` of note `seq` in `trial`: from one line to several pages."""
    size = (seq * 7919 + version * 104_729) % 23 + 1  # 1 to 23 × 70 bytes × 8: up to 4 pages
    body = f"Essai {trial} note {seq} v{version} : entretien, budget, loyer, Zoé. "
    return f"{trial}/{seq}/v{version}|" + body * (size * 8)


def addendum_text(trial: int, seq: int, version: int) -> str:
    return f"addendum {trial}/{seq}/v{version} — précision datée"


def main(folder: Path, passphrase: str, trial: int, seed: int) -> None:
    rng = random.Random(seed)
    caseload = Caseload(unlock(folder, passphrase))
    print("ready", flush=True)
    notes: list[tuple[InterviewId, int, int]] = []  # (id, seq, version)
    seq = 0
    while True:
        roll = rng.random()
        if notes and roll < 0.4:
            index = rng.randrange(len(notes))
            iid, note_seq, version = notes[index]
            caseload.save_facts(iid, note_text(trial, note_seq, version + 1))
            notes[index] = (iid, note_seq, version + 1)
            print(f"facts {iid} {note_seq} {version + 1}", flush=True)
        elif notes and roll < 0.5:
            iid, note_seq, version = rng.choice(notes)
            caseload.add_addendum(iid, addendum_text(trial, note_seq, version))
            print(f"addendum {iid} {note_seq} {version}", flush=True)
        else:
            iid = caseload.add_interview(
                PERSON, InterviewDraft(held_on=_day(rng)), note_text(trial, seq, 0)
            )
            notes.append((iid, seq, 0))
            print(f"facts {iid} {seq} 0", flush=True)
            seq += 1


def _day(rng: random.Random) -> date:
    return date(2024, 1, 1) + timedelta(days=rng.randrange(365))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
