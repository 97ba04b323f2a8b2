"""SIGKILL while typing an addendum in the real workspace: no acknowledged word is lost.

The worker types into the new-addendum field of a finalised note word by word
and prints a line once each word is autosaved (the draft), and once "Save
addendum" made it final. After every kill the vault opens, passes its checks,
and holds each acknowledged word: in the draft, or in the final addendum if
the save after the last acknowledgement committed just before the kill.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import InterviewId
from app.domain.models import PersonDraft
from tests.reliability import SEED, TRIALS, kill_at_random, longer
from tests.reliability.workers.addendum_worker import words
from tests.support import PASSPHRASE

# A Qt process per trial: a fifth of the save trials, half of them landing.
ADDENDUM_TRIALS = max(4, TRIALS // 5)
ADDENDUM_LANDED = ADDENDUM_TRIALS // 2


def _check(folder: Path, trial: int, lines: list[str]) -> None:
    """Every acknowledged word of this trial is in the vault, draft or final."""
    interview = InterviewId(int(lines[0].split()[1]))
    finals: set[int] = set()
    typed: dict[int, int] = {}
    for line in lines[1:]:
        kind, round_, *count = line.split()
        if kind == "final":
            finals.add(int(round_))
        else:
            typed[int(round_)] = int(count[0])
    session = unlock(folder, PASSPHRASE)
    try:
        assert session.check().ok
        stored = [a.text for a in stores(session).interviews.get(interview).addenda]
        draft = Caseload(session).draft_addendum(interview)
        for round_, count in typed.items():
            acked = words(trial, round_, count)
            if round_ in finals:
                assert acked in stored, f"trial {trial}: final addendum {round_} lost"
            else:  # the last round: still a draft, or made final just before the kill
                assert draft.startswith(acked) or any(s.startswith(acked) for s in stored), (
                    f"trial {trial}: acknowledged words of round {round_} lost"
                )
        assert len(stored) in (len(finals), len(finals) + 1)  # never twice the same addendum
    finally:
        session.close()


@pytest.mark.slow  # still part of the default run (`make test`)
def test_kill_while_typing_an_addendum(tmp_path: Path) -> None:
    """After each kill the vault opens sound and holds every word acknowledged as saved."""
    rng = random.Random(SEED + 13)
    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    Caseload(created.session).add_person(PersonDraft("Mme Précision"))
    created.session.close()
    trial = landed = 0
    delay = 1.0
    while trial < 3 * ADDENDUM_TRIALS and (trial < ADDENDUM_TRIALS or landed < ADDENDUM_LANDED):
        lines = kill_at_random(
            "addendum_worker.py",
            [str(folder), PASSPHRASE, str(trial), str(rng.randrange(2**32))],
            rng,
            delay,
            tmp_path / "worker.log",
        )
        if len(lines) > 1:  # an acknowledged word: the kill fell inside the typing
            landed += 1
            _check(folder, trial, lines)
        else:
            delay = longer(delay)
        trial += 1
    assert landed >= ADDENDUM_LANDED
