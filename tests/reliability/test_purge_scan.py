"""After a purge, the person's text is on no page of the vault, its WAL or any snapshot;
an external backup never holds a hypothesis.

≥ 100 seeded trials, each with its own small vault: a few persons whose every
field carries a canary, notes and addenda being written rewritten several times
(old versions linger in free pages and WAL frames), notes long enough to need overflow pages,
snapshots taken between edits, then one or two persons purged. Every page of
every file is decrypted with the raw key and searched (UTF-8, UTF-16, NFC and
NFD). The other persons' canaries must still be found: the scan sees what it
is looking for.

Search indexes store a word after the prefix it shares with the previous
word, so the scan also looks for the last digits of each canary word alone.
"""

from __future__ import annotations

import multiprocessing
import random
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.core import backup, retention, snapshots
from app.core.caseload import Caseload
from app.core.register import RegisterFilter, register_entries
from app.core.rescue import restore_damaged
from app.core.session import Session
from app.core.vault import create_vault
from app.core.vault_files import files_under_key
from app.crypto import backup_format as fmt
from app.crypto.kdf import TEST_PARAMS
from app.domain.ids import PersonId
from app.domain.models import InterviewDraft, PersonDraft
from tests.reliability import SEED
from tests.reliability.workers.backup_common import (
    BACKUP_PASS,
    PARALLEL,
    TRIALS,
    mount_tmpfs,
    unmount,
)
from tests.support import PASSPHRASE
from tests.support.pages import PAGE_SIZE, decrypted_bytes, scan_for

pytestmark = pytest.mark.slow
WHEN = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
FILLER = "Entretien au bureau : budget, logement, démarches en cours. "


@dataclass(frozen=True, slots=True)
class Marked:
    person: PersonId
    canaries: tuple[str, ...]  # everything of theirs ever written: must vanish on purge
    current: tuple[str, ...]  # what is theirs now (earlier note versions are overwritten)
    thoughts: tuple[str, ...]  # their hypotheses, which never leave the device


def _word(rng: random.Random, kind: str) -> tuple[str, str]:
    """A word for a note and what to scan for: its last 7 digits survive index compression."""
    digits = "".join(rng.choice("0123456789") for _ in range(12))
    return f"zq{kind}{digits}", digits[-7:]


def _person(caseload: Caseload, rng: random.Random) -> Marked:
    name, name_scan = _word(rng, "a")
    alias = f"Éloïse-{name_scan} {name}"
    details, details_scan = _word(rng, "d")
    person = caseload.add_person(PersonDraft(alias, details=f"Adresse : {details}"))
    found = [name_scan, details_scan, f"Éloïse-{name_scan}"]
    thoughts, earlier = [], []
    for _ in range(rng.randint(1, 2)):
        held_on = InterviewDraft(date(2021, 1, rng.randint(1, 28)))
        interview = caseload.add_interview(person, held_on)
        for version in range(rng.randint(1, 3)):  # autosave: earlier versions linger on disk
            fact, fact_scan = _word(rng, "f")
            caseload.save_facts(interview, f"{fact} v{version} " + FILLER * rng.randint(1, 90))
            earlier.append(fact_scan)
        found.append(earlier.pop())
        if rng.random() < 0.5:
            caseload.finalise(interview)
            addendum, addendum_scan = _word(rng, "n")
            caseload.add_addendum(interview, f"Précision : {addendum}")
            found.append(addendum_scan)
            drafts = rng.randint(0, 2)  # an addendum being written, autosaved as typed
            for version in range(drafts):
                draft, draft_scan = _word(rng, "b")
                caseload.save_draft_addendum(interview, f"En cours : {draft} v{version}")
                earlier.append(draft_scan)
            if drafts:
                found.append(earlier.pop())
        thought, thought_scan = _word(rng, "h")
        caseload.add_hypothesis(person, f"Hypothèse : {thought}", date(2021, 2, 1), interview)
        thoughts.append(thought_scan)
        follow, follow_scan = _word(rng, "s")
        caseload.add_follow_up(person, f"Rappeler : {follow}", None, interview)
        found.append(follow_scan)
    return Marked(person, tuple(found + thoughts + earlier), tuple(found), tuple(thoughts))


def _scan(path: Path, key: bytes, canaries: tuple[str, ...]) -> list[str]:
    blob = decrypted_bytes(path, key)
    return [c for c in canaries if scan_for(blob, c)]


def _databases_under_key(folder: Path) -> list[Path]:
    """Every file the vault key decrypts (app/core/vault_files.py's one list); a WAL is
    read with its database."""
    return [
        f.path
        for f in files_under_key(folder)
        if not f.path.name.endswith(("-wal", "-shm", "-journal"))
    ]


def _backup_scan(session: Session, folder: Path, people: list[Marked]) -> None:
    """An external backup: every person's facts are there, no hypothesis at all."""
    out = folder / "usb.carnet-backup"
    backup.make_external_backup(session, out, BACKUP_PASS, TEST_PARAMS, WHEN)
    header = fmt.read_header(out)
    inner = folder / "inner.db"
    fmt.extract_database(out, header, inner)
    key = fmt.unlock_backup(header, BACKUP_PASS)
    for person in people:
        assert _scan(inner, key, person.thoughts) == []
        assert _scan(inner, key, person.current) == list(person.current)
    inner.unlink()


def _trial(root: Path, trial: int) -> None:
    rng = random.Random(SEED * 31 + trial)
    folder = root / f"t{trial}"
    created = create_vault(folder / "vault", PASSPHRASE, TEST_PARAMS, with_recovery_key=False)
    session = created.session
    try:
        caseload = Caseload(session)
        people = []
        for day in range(rng.randint(2, 3)):
            people.append(_person(caseload, rng))
            if rng.random() < 0.6:
                snapshots.take_snapshot(session, WHEN + timedelta(days=day))
        if trial % 4 == 0:
            _backup_scan(session, folder, people)
        doomed = rng.sample(people, rng.randint(1, 2))
        kind = retention.PurgeKind.REQUEST
        report = retention.purge(session, [p.person for p in doomed], "Demande", kind)
        assert report.warnings == ()
        key = session.data_key()
        files = _databases_under_key(session.paths.folder)
        assert len(files) == 1 + len(snapshots.list_snapshots(session.paths))
        for person in doomed:
            for path in files:
                assert _scan(path, key, person.canaries) == [], f"trial {trial}: {path.name}"
        for person in people:
            if person not in doomed:  # the control: what stays is still seen by the scan
                assert _scan(session.paths.database, key, person.current) == list(person.current)
        assert session.check().ok
    finally:
        session.close()
    shutil.rmtree(folder)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs where permitted: the scan is about bytes on pages, not fsync, so spare the disk."""
    folder = tmp_path / "scratch"
    mounted = mount_tmpfs(folder, "256m")
    yield folder
    if mounted:
        unmount(folder)


def test_purge_leaves_no_trace(scratch: Path) -> None:
    """In every trial, no page anywhere holds a purged person's text; the others' text remains."""
    # Separate processes (each trial has its own vault): the scan is CPU-bound Python.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(PARALLEL, mp_context=context) as pool:
        list(pool.map(_trial, [scratch] * TRIALS, range(TRIALS)))


def test_purge_reaches_a_damaged_copy_left_by_a_rescue(tmp_path: Path) -> None:
    """A rescue sets the damaged database aside under the vault key; after a purge no file
    the key decrypts holds the person, the next person gets a new id and an empty register."""
    folder = tmp_path / "vault"
    rng = random.Random(SEED)
    session = create_vault(folder, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    caseload = Caseload(session)
    kept, doomed = _person(caseload, rng), _person(caseload, rng)  # the newest is erased
    snap = snapshots.take_snapshot(session, WHEN)
    session.close()
    database = bytearray((folder / "carnet.db").read_bytes())
    database[PAGE_SIZE + 100] ^= 0x10  # page 2: the vault no longer opens
    (folder / "carnet.db").write_bytes(bytes(database))
    session = restore_damaged(folder, PASSPHRASE, snap.path, now=WHEN + timedelta(days=1)).session
    try:
        key = session.data_key()
        [damaged] = folder.glob("carnet.db.damaged-*")
        assert _scan(damaged, key, doomed.current) == list(doomed.current)  # the control
        retention.purge(session, [doomed.person], "Demande", retention.PurgeKind.REQUEST)
        for path in _databases_under_key(folder):
            assert _scan(path, key, doomed.canaries) == [], path.name
        assert not damaged.exists()
        assert _scan(session.paths.database, key, kept.current) == list(kept.current)
        newcomer = Caseload(session).add_person(PersonDraft("Nouvelle personne"))
        assert newcomer > doomed.person > kept.person  # the erased id is not given again
        assert register_entries(session, RegisterFilter(person_id=newcomer)) == []
    finally:
        session.close()
