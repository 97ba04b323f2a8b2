"""Tests for app/core/session.py: an unlocked vault, locking it, re-keying it — and that
nothing readable about a person ever reaches the disk, while open or after."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.vault import create_vault, unlock, unlock_with_recovery_key
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import VaultLocked, WrongPassphrase, WrongRecoveryKey
from app.domain.models import PersonDraft
from app.storage.lockfile import VaultLock
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, draft, folder_digest, raw_files
from tests.support.pages import decrypted_bytes, scan_for

FIELDS = ("alias", "organisation", "details", "facts", "addendum", "hypothesis", "follow_up")


def _canaries(field: str) -> list[str]:
    """Four canaries for one field: ASCII, accented, emoji, CJK (plus right-to-left)."""
    return [
        f"QZ{field.upper()}ASCII7731",
        f"Zoé-Brûlé-7731-{field}",
        f"🦜{field}🦜Perroquet",
        f"金丝雀{field}测试七七",
        f"كناري{field}عصفور",
    ]


CANARIES = {field: _canaries(field) for field in FIELDS}
ALL_CANARIES = [c for cs in CANARIES.values() for c in cs]


def _write_canaries(caseload: Caseload) -> None:
    def text(field: str) -> str:
        return " ".join(CANARIES[field])

    person = caseload.add_person(
        PersonDraft(text("alias"), text("organisation"), text("details"), date(2024, 1, 1))
    )
    interview = caseload.add_interview(person, draft(), text("facts"))
    caseload.finalise(interview)
    caseload.add_addendum(interview, text("addendum"))
    caseload.add_hypothesis(person, text("hypothesis"), date(2024, 1, 2), interview)
    caseload.add_follow_up(person, text("follow_up"), date(2024, 2, 1), interview)


def _leaks(folder: Path) -> list[tuple[str, str]]:
    return [
        (name, canary)
        for name, data in raw_files(folder).items()
        for canary in ALL_CANARIES
        if scan_for(data, canary)
    ]


def test_no_canary_on_disk_while_open(session: Session, caseload: Caseload) -> None:
    """With the vault open, no file in the folder (db, -wal, -shm, key, lock) holds any canary."""
    _write_canaries(caseload)
    names = {p.name for p in session.paths.folder.iterdir()}
    assert {"carnet.db-wal", "carnet.db-shm"} <= names  # the scan really covers them
    assert _leaks(session.paths.folder) == []
    plain = decrypted_bytes(session.paths.database, session.data_key())
    sealed_key = session.sealed_key()
    assert sealed_key is not None
    plain += decrypted_bytes(session.paths.hypotheses, sealed_key)
    assert [c for c in ALL_CANARIES if not scan_for(plain, c)] == []  # positive control


def test_no_canary_on_disk_after_lock(vault_dir: Path) -> None:
    """After locking, no file holds any canary; decrypting with the key still finds them all."""
    created = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS)
    session = created.session
    _write_canaries(Caseload(session))
    key, sealed_key = session.data_key(), session.sealed_key()
    assert sealed_key is not None
    session.close()
    names = {"carnet.db", "carnet.key", "carnet.lock", "hypotheses.db"}
    assert {p.name for p in vault_dir.iterdir()} <= names
    assert _leaks(vault_dir) == []
    plain = decrypted_bytes(vault_dir / "carnet.db", key)
    plain += decrypted_bytes(vault_dir / "hypotheses.db", sealed_key)
    assert [c for c in ALL_CANARIES if not scan_for(plain, c)] == []


def test_no_secret_on_disk(session: Session, caseload: Caseload) -> None:
    """Neither the passphrase nor the data key (raw or hex) is written to any file."""
    _write_canaries(caseload)
    key = session.data_key()
    for name, data in raw_files(session.paths.folder).items():
        assert not scan_for(data, PASSPHRASE), name
        assert key not in data, name
        assert key.hex().encode() not in data.lower(), name


def test_close_forgets_the_key_and_frees_the_vault(session: Session) -> None:
    """Locking zeroes the key we hold, refuses further use, releases the lock; twice is harmless."""
    held = session._data_key
    session.close()
    session.close()
    assert not session.is_open
    assert held == bytearray(len(held))
    with pytest.raises(VaultLocked):
        session.data_key()
    with pytest.raises(VaultLocked):
        session.counts()
    lock = VaultLock(session.paths.lockfile)
    lock.acquire()
    lock.release()


def test_change_passphrase_rewrites_only_the_key_file(vault_dir: Path) -> None:
    """Changing the passphrase leaves the database bytes identical; only carnet.key changes."""
    created = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS)
    Caseload(created.session).add_person(PersonDraft("Mme Inchangée"))
    created.session.close()
    before = folder_digest(vault_dir)
    session = unlock(vault_dir, PASSPHRASE)
    database = folder_digest(vault_dir)
    session.change_passphrase(OTHER_PASSPHRASE, TEST_PARAMS)
    during = folder_digest(vault_dir)
    assert {k: v for k, v in during.items() if k != "carnet.key"} == {
        k: v for k, v in database.items() if k != "carnet.key"
    }
    session.close()
    after = folder_digest(vault_dir)
    assert after["carnet.key"] != before["carnet.key"]
    assert {k: v for k, v in after.items() if k != "carnet.key"} == {
        k: v for k, v in before.items() if k != "carnet.key"
    }
    with pytest.raises(WrongPassphrase):
        unlock(vault_dir, PASSPHRASE)
    unlock(vault_dir, OTHER_PASSPHRASE).close()


def test_new_recovery_key_replaces_the_old(vault_dir: Path) -> None:
    """A new recovery key works and the previous paper key stops working."""
    created = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS)
    old = created.recovery_key
    assert old is not None
    new = created.session.new_recovery_key()
    created.session.close()
    assert new != old
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(vault_dir, old, OTHER_PASSPHRASE, TEST_PARAMS)
    unlock_with_recovery_key(vault_dir, new, OTHER_PASSPHRASE, TEST_PARAMS).close()


def test_check_reports_settings_and_counts(session: Session, caseload: Caseload) -> None:
    """The integrity report is ok on a sound vault, with cipher version and counts."""
    _write_canaries(caseload)
    report = session.check()
    assert report.ok
    assert report.problems == ()
    assert report.cipher_version
    assert report.settings["journal_mode"] == "wal"
    counts = report.counts
    assert (counts.persons, counts.interviews, counts.hypotheses, counts.follow_ups) == (1, 1, 1, 1)
