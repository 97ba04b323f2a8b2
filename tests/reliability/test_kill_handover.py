"""SIGKILL while a handover is taken in: the receiving vault holds all of the file or none."""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.handover import build_handover, everything, export_handover
from app.core.outward import outward_reader
from app.core.session import database, stores
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.models import InterviewDraft, PersonDraft
from app.domain.summary import Informed
from tests.reliability import SEED, TRIALS, kill_at_random
from tests.support import PASSPHRASE

HANDOVER_PASS = "phrase de passation des essais"
PERSONS, INTERVIEWS = 6, 12


def _handover_file(tmp_path: Path) -> Path:
    """A handover of PERSONS persons with INTERVIEWS notes each, from a vault made here."""
    sender = create_vault(tmp_path / "sender", PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    session = sender.session
    try:
        caseload = Caseload(session)
        for n in range(PERSONS):
            person = caseload.add_person(PersonDraft(f"Personne {n}", details="détails " * 50))
            for i in range(INTERVIEWS):
                facts = f"Entretien {n}/{i} : " + "faits observés. " * 200
                caseload.add_interview(person, InterviewDraft(date(2025, 1 + i, 1)), facts)
            caseload.add_follow_up(person, f"suivi {n}", date(2026, 1, 1))
        reader = outward_reader(session)
        choices = [everything(reader, pid) for pid in stores(session).persons.ids()]
        handover = build_handover(reader, choices, "A", "B", date(2026, 1, 2))
        path = tmp_path / "h.carnet-handover"
        export_handover(
            session, choices, handover, Informed.AGREED, path, HANDOVER_PASS, TEST_PARAMS
        )
    finally:
        session.close()
    return path


def _state(folder: Path) -> tuple[int, int, bool]:
    """(persons, interviews, marker stored) after an integrity check that must pass."""
    session = unlock(folder, PASSPHRASE)
    try:
        report = session.check()
        assert report.ok, report.problems
        held = stores(session)
        ids = held.persons.ids()
        interviews = sum(len(held.interviews.timeline(pid)) for pid in ids)
        marked = database(session).scalar(
            "SELECT count(*) FROM vault_settings WHERE key LIKE 'handover_imported:%'"
        )
        return len(ids), interviews, bool(marked)
    finally:
        session.close()


@pytest.mark.slow  # still part of the default run (`make test`)
def test_kill_during_import(tmp_path: Path) -> None:
    """After each of ≥ 50 kills: the vault opens, passes its check, and holds all or none."""
    rng = random.Random(SEED + 15)
    path = _handover_file(tmp_path)
    template = tmp_path / "template"
    create_vault(template, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session.close()
    receiving = tmp_path / "receiving"
    outcomes = set()
    for _ in range(TRIALS):
        shutil.rmtree(receiving, ignore_errors=True)
        shutil.copytree(template, receiving)
        lines = kill_at_random(
            "handover_worker.py",
            [str(receiving), PASSPHRASE, str(path), HANDOVER_PASS],
            rng,
            0.12,  # the import takes about 0.1 s here: most kills land inside it
            tmp_path / "worker.log",
        )
        state = _state(receiving)
        assert state in ((0, 0, False), (PERSONS, PERSONS * INTERVIEWS, True)), state
        if f"done {PERSONS}" in lines:
            assert state[0] == PERSONS
        outcomes.add(state[0])
    assert outcomes <= {0, PERSONS}
