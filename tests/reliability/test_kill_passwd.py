"""SIGKILL during passphrase changes: exactly one of the two passphrases opens, data intact.

The key file is rewritten with temp file + fsync + os.replace; whenever the
process dies, the folder must hold either the old or the new key file whole.
One vault lives through all the trials, each starting from whatever the
previous kill left.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import WrongPassphrase
from app.domain.ids import InterviewId, PersonId
from app.domain.models import PersonDraft
from tests.reliability import MIN_LANDED, SEED, kill_at_random, longer, more_trials
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, draft

FACTS = "Faits de référence : loyer, budget, Zoé-Brûlé-7731 🦜"


def _opens(folder: Path, passphrase: str) -> bool:
    """True if the passphrase opens the vault, after checking the data is all there."""
    try:
        session = unlock(folder, passphrase)
    except WrongPassphrase:
        return False
    try:
        assert stores(session).persons.get(PersonId(1)).alias == "Mme Clé"
        assert stores(session).interviews.get(InterviewId(1)).facts == FACTS
        assert session.check().ok
    finally:
        session.close()
    return True


@pytest.mark.slow  # still part of the default run (`make test`)
def test_kill_during_passphrase_change(tmp_path: Path) -> None:
    """After each kill (≥ 25 inside the loop), exactly one passphrase opens, the data intact."""
    rng = random.Random(SEED)
    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS)
    caseload = Caseload(created.session)
    caseload.add_interview(caseload.add_person(PersonDraft("Mme Clé")), draft(), FACTS)
    created.session.close()
    current = PASSPHRASE
    trial = landed = 0
    delay = 0.12
    while more_trials(trial, landed):
        other = OTHER_PASSPHRASE if current == PASSPHRASE else PASSPHRASE
        lines = kill_at_random(
            "passwd_worker.py", [str(folder), current, other], rng, delay, tmp_path / "worker.log"
        )
        if lines:  # at least one change was acknowledged: the kill fell inside the loop
            landed += 1
        else:
            delay = longer(delay)
        opened = [p for p in (PASSPHRASE, OTHER_PASSPHRASE) if _opens(folder, p)]
        assert len(opened) == 1, f"trial {trial} (seed {SEED}): {len(opened)} passphrases open"
        current = opened[0]
        trial += 1
    assert landed >= MIN_LANDED  # the kills did land inside the loop, many times
    # A kill between the temp file and os.replace leaves a temp key file (it
    # still wraps the data key); the next successful unlock removes it.
    names = ["carnet.db", "carnet.key", "carnet.lock", "hypotheses.db"]
    assert sorted(p.name for p in folder.iterdir()) == names
