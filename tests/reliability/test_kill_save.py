"""SIGKILL while saving notes: every acknowledged save survives, the vault stays sound.

The worker prints a line only after `save` returned; each such line is a
promise (DESIGN.md invariant 4: a kill loses no acknowledged text). One vault
lives through all the trials, accumulating notes, rewrites and addenda.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import InterviewId
from app.domain.models import PersonDraft
from tests.reliability import MIN_LANDED, SEED, kill_at_random, longer, more_trials
from tests.reliability.workers.save_worker import addendum_text, note_text
from tests.support import PASSPHRASE


def _check_vault(
    folder: Path, facts: dict[int, tuple[int, int, int]], addenda: Counter[tuple[int, str]]
) -> None:
    """Open, verify integrity, and compare every acknowledged save with what is stored."""
    session = unlock(folder, PASSPHRASE)
    try:
        report = session.check()
        assert report.ok, report.problems
        for iid, (trial, seq, version) in facts.items():
            stored = stores(session).interviews.get(InterviewId(iid)).facts
            # The save after the last acknowledged one may have committed just before the kill.
            assert stored in (note_text(trial, seq, version), note_text(trial, seq, version + 1)), (
                f"interview {iid}: acknowledged v{version}, found {stored[:30]!r}"
            )
        by_interview: dict[int, Counter[str]] = {}
        for (iid, text), count in addenda.items():
            if iid not in by_interview:
                found = stores(session).interviews.get(InterviewId(iid)).addenda
                by_interview[iid] = Counter(a.text for a in found)
            assert by_interview[iid][text] >= count, f"addendum lost on interview {iid}"
    finally:
        session.close()


@pytest.mark.slow  # still part of the default run (`make test`)
def test_kill_during_saves(tmp_path: Path) -> None:
    """After each of ≥ 50 kills: the vault opens, passes every check, and holds every acked save."""
    rng = random.Random(SEED + 1)
    folder = tmp_path / "vault"
    created = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    Caseload(created.session).add_person(PersonDraft("Mme Sauvegarde"))
    created.session.close()
    facts: dict[int, tuple[int, int, int]] = {}
    addenda: Counter[tuple[int, str]] = Counter()
    trial = landed = 0
    delay = 0.25
    while more_trials(trial, landed):
        lines = kill_at_random(
            "save_worker.py",
            [str(folder), PASSPHRASE, str(trial), str(rng.randrange(2**32))],
            rng,
            delay,
            tmp_path / "worker.log",
        )
        if lines:  # at least one save was acknowledged: the kill fell inside the loop
            landed += 1
        else:
            delay = longer(delay)
        for line in lines:
            kind, iid, seq, version = line.split()
            if kind == "facts":
                facts[int(iid)] = (trial, int(seq), int(version))
            else:
                addenda[(int(iid), addendum_text(trial, int(seq), int(version)))] += 1
        _check_vault(folder, facts, addenda)
        trial += 1
    assert landed >= MIN_LANDED  # the kills did land inside the loop, many times
