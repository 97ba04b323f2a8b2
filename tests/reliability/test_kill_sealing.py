"""SIGKILL while an existing vault moves its hypotheses into the sealed file (first unlock).

After every kill the hypotheses are either all still in carnet.db (and the
sealed marker absent) or all in hypotheses.db (and carnet.db without them);
the next unlock then finds every one of them. Each trial starts from a fresh
copy of the same pre-sealing vault.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import database, stores
from app.core.vault import unlock
from app.domain.ids import PersonId
from app.storage import sealed
from app.storage.connection import open_database
from tests.reliability import SEED, TRIALS, kill_at_random
from tests.support import PASSPHRASE
from tests.support.legacy import legacy_text, make_legacy_vault

PERSONS, PER_PERSON = 40, 10
EXPECTED = {legacy_text(n) for n in range(PERSONS * PER_PERSON)}


def _state(folder: Path, key: bytes) -> str:
    """ "old" (all in carnet.db) or "sealed" (marker set, none left in carnet.db)."""
    db = open_database(folder / "carnet.db", key)
    try:
        in_main = sealed.main_holds_hypotheses(db)
        marker = sealed.setting(db, sealed.CHECK_KEY)
        if in_main:
            rows = {r[0] for r in db.query("SELECT text FROM main.hypotheses")}
            assert rows == EXPECTED and marker is None
            return "old"
        assert marker is not None and (folder / "hypotheses.db").exists()
        return "sealed"
    finally:
        db.close()


def _all_there(folder: Path) -> None:
    session = unlock(folder, PASSPHRASE)
    try:
        assert session.hypotheses_here and session.check().ok
        found = {
            h.text
            for p in range(1, PERSONS + 1)
            for h in stores(session).hypotheses.for_person(PersonId(p))
        }
        assert found == EXPECTED
        assert not sealed.main_holds_hypotheses(database(session))
        hits = Caseload(session).search("qzlegacy0007", include_hypotheses=True)
        assert [h.is_hypothesis for h in hits] == [True]
    finally:
        session.close()


@pytest.mark.slow  # still part of the default run (`make test`)
def test_kill_during_first_sealing(tmp_path: Path) -> None:
    """After each of ≥ 50 kills: all hypotheses in the old place or all sealed, never lost."""
    rng = random.Random(SEED)
    template = tmp_path / "template"
    key = make_legacy_vault(template, PERSONS, PER_PERSON)
    outcomes = {"old": 0, "sealed": 0}
    for trial in range(TRIALS):
        folder = tmp_path / f"trial-{trial}"
        shutil.copytree(template, folder)
        kill_at_random("seal_worker.py", [str(folder), PASSPHRASE], rng, 0.6, tmp_path / "w.log")
        state = _state(folder, key)
        outcomes[state] += 1
        _all_there(folder)
        shutil.rmtree(folder)
    # The kills landed on both sides of the commit point (seed {SEED}).
    assert outcomes["old"] > 0 and outcomes["sealed"] > 0, outcomes
