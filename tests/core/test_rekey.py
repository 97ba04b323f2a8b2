"""Tests for app/core/rekey.py: a new data key, and the old key file opens nothing."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.device import ENV_CONFIG_DIR, device_secret
from app.core.rekey import recovery_key_unseen, rekey
from app.core.session import database, stores
from app.core.snapshots import list_snapshots, take_snapshot
from app.core.vault import CreatedVault, unlock, unlock_with_recovery_key
from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.crypto.recovery import parse_recovery_key
from app.crypto.sealing import hypotheses_key, seal_check
from app.domain.errors import DiskFull, RekeySealedElsewhere, WrongPassphrase, WrongRecoveryKey
from app.domain.ids import InterviewId, PersonId
from app.domain.models import PersonDraft
from tests.support import OTHER_PASSPHRASE, PASSPHRASE, draft, folder_digest
from tests.support.rekey import (
    database_files,
    file_key,
    mark_recovery_key_unseen,
    opens,
    sealed_files,
)

FACTS = "Faits : loyer impayé, Zoé-Brûlé-4417"
HYPOTHESIS = "Hypothèse : tension familiale 9921"


def _fill(created: CreatedVault) -> PersonId:
    """One person with facts and a hypothesis, and a snapshot of it."""
    caseload = Caseload(created.session)
    person = caseload.add_person(PersonDraft("Mme Clé"))
    caseload.add_interview(person, draft(), FACTS)
    caseload.add_hypothesis(person, HYPOTHESIS, date.today())
    take_snapshot(created.session, datetime.now(UTC))
    return person


def test_round_trip(created_vault: CreatedVault) -> None:
    """After a renewal the same passphrase and the new recovery key open intact data."""
    person = _fill(created_vault)
    folder = created_vault.session.paths.folder
    result = rekey(created_vault.session, PASSPHRASE, params=TEST_PARAMS)
    assert not created_vault.session.is_open
    assert result.snapshots_kept == 1 and result.dropped == ()
    assert result.recovery_key is not None and result.recovery_key != created_vault.recovery_key
    assert stores(result.session).hypotheses.for_person(person)[0].text == HYPOTHESIS
    result.session.close()
    session = unlock(folder, PASSPHRASE)
    try:
        assert session.check().ok
        assert stores(session).interviews.get(InterviewId(1)).facts == FACTS
        snapshot = list_snapshots(session.paths)[0].path
        assert opens(snapshot, session.data_key())
    finally:
        session.close()
    unlock_with_recovery_key(folder, result.recovery_key, OTHER_PASSPHRASE, TEST_PARAMS).close()


def test_old_key_file_opens_nothing(created_vault: CreatedVault, tmp_path: Path) -> None:
    """The old key file, with the old passphrase or the old recovery key, opens no file left."""
    _fill(created_vault)
    folder = created_vault.session.paths.folder
    old_keyfile = kf.read_keyfile(folder / "carnet.key")
    assert created_vault.recovery_key is not None
    old_recovery = parse_recovery_key(created_vault.recovery_key)
    result = rekey(created_vault.session, PASSPHRASE)
    result.session.close()
    old_keys = {
        kf.unwrap_with_passphrase(old_keyfile, PASSPHRASE),
        kf.unwrap_with_recovery(old_keyfile, old_recovery),
    }
    secret = device_secret()
    assert secret is not None
    old_sealed_keys = {hypotheses_key(key, secret) for key in old_keys}
    files = database_files(folder)
    assert {p.name for p in files} >= {"carnet.db", "hypotheses.db"} and len(files) >= 4
    assert len(sealed_files(folder)) >= 2  # hypotheses.db and the snapshot's companion
    for path in files:
        assert not any(opens(path, key) for key in old_keys | old_sealed_keys), path
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(folder, created_vault.recovery_key, OTHER_PASSPHRASE, TEST_PARAMS)


def test_copies_that_cannot_be_renewed_are_dropped(created_vault: CreatedVault) -> None:
    """A rescue's damaged copy and an unreadable snapshot are deleted and reported."""
    _fill(created_vault)
    paths = created_vault.session.paths
    damaged = paths.folder / "carnet.db.damaged-20260101T000000Z"
    shutil.copyfile(list_snapshots(paths)[0].path, damaged)
    broken = paths.snapshots / "carnet-20250101T000000Z-auto.db"
    broken.write_bytes(b"\x00" * 4096)
    result = rekey(created_vault.session, PASSPHRASE)
    result.session.close()
    assert set(result.dropped) == {damaged.name, f"snapshots/{broken.name}"}
    assert result.snapshots_kept == 1
    assert not damaged.exists() and not broken.exists()


def test_wrong_passphrase_changes_nothing(created_vault: CreatedVault) -> None:
    """A wrong passphrase is refused before anything is written; the session stays open."""
    _fill(created_vault)
    session = created_vault.session
    database(session).checkpoint()
    before = folder_digest(session.paths.folder)
    with pytest.raises(WrongPassphrase):
        rekey(session, OTHER_PASSPHRASE)
    assert session.is_open
    assert folder_digest(session.paths.folder) == before


def test_without_recovery_key(created_vault: CreatedVault) -> None:
    """Asked for no recovery key, the new key file has none and the old paper key fails."""
    result = rekey(created_vault.session, PASSPHRASE, with_recovery_key=False)
    try:
        assert result.recovery_key is None and not result.session.has_recovery_key
    finally:
        result.session.close()
    assert created_vault.recovery_key is not None
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery_key(
            result.session.paths.folder, created_vault.recovery_key, OTHER_PASSPHRASE, TEST_PARAMS
        )


def test_a_snapshot_published_during_the_renewal_is_not_left_under_the_old_key(
    created_vault: CreatedVault,
) -> None:
    """A snapshot that appears after the listing (another thread) is deleted, not left behind."""
    _fill(created_vault)
    paths = created_vault.session.paths
    late = paths.snapshots / "carnet-20200101T000000Z-auto.db"

    def publish_late(step: str) -> None:
        if step == "swapping":  # the old snapshot is still under the old key here
            shutil.copyfile(list_snapshots(paths)[0].path, late)

    result = rekey(created_vault.session, PASSPHRASE, progress=publish_late)
    result.session.close()
    assert not late.exists() and f"snapshots/{late.name}" in result.dropped
    assert result.snapshots_kept == 1 and len(list_snapshots(paths)) == 1


def test_a_failure_before_the_swap_changes_nothing(created_vault: CreatedVault) -> None:
    """A renewal that fails while the vault is still open leaves the old key and no mark."""
    _fill(created_vault)
    session = created_vault.session

    def fail_at_database(step: str) -> None:
        if step == "database":
            raise DiskFull()

    with pytest.raises(DiskFull):
        rekey(session, PASSPHRASE, progress=fail_at_database)
    assert session.is_open and not recovery_key_unseen(session)
    old_key = session.data_key()
    session.close()
    folder = session.paths.folder
    assert all(opens(path, file_key(folder, path, old_key)) for path in database_files(folder))
    assert [p.name for p in session.paths.folder.iterdir() if p.name.startswith(".")] == []
    assert created_vault.recovery_key is not None
    unlock_with_recovery_key(
        session.paths.folder, created_vault.recovery_key, OTHER_PASSPHRASE, TEST_PARAMS
    ).close()


def test_a_completed_renewal_leaves_no_unseen_mark(created_vault: CreatedVault) -> None:
    """A renewal that returned its recovery key is not reported as unseen at the next open."""
    result = rekey(created_vault.session, PASSPHRASE)
    assert not recovery_key_unseen(result.session)
    result.session.close()


def test_a_rolled_back_renewal_keeps_an_earlier_unseen_key_flagged(
    created_vault: CreatedVault,
) -> None:
    """A recovery key never shown stays flagged when a later renewal fails before its swap."""
    session = created_vault.session
    folder = session.paths.folder
    session.close()
    mark_recovery_key_unseen(folder, PASSPHRASE)
    session = unlock(folder, PASSPHRASE)

    def fail_at_database(step: str) -> None:
        if step == "database":
            raise DiskFull()

    try:
        with pytest.raises(DiskFull):
            rekey(session, PASSPHRASE, progress=fail_at_database)
        assert recovery_key_unseen(session)
    finally:
        session.close()


def test_hypotheses_follow_the_new_key_on_this_device(created_vault: CreatedVault) -> None:
    """After a renewal the hypotheses, their companion and the seal marker use the new key."""
    person = _fill(created_vault)
    folder = created_vault.session.paths.folder
    rekey(created_vault.session, PASSPHRASE).session.close()
    session = unlock(folder, PASSPHRASE)
    try:
        assert session.hypotheses_here
        assert stores(session).hypotheses.for_person(person)[0].text == HYPOTHESIS
        new_key = session.data_key()
        secret = device_secret()
        assert secret is not None
        assert stores(session).settings.get("sealed.check") == seal_check(new_key, secret)
    finally:
        session.close()
    for path in sealed_files(folder):
        assert opens(path, hypotheses_key(new_key, secret)), path


def test_refused_where_the_hypotheses_are_sealed_elsewhere(
    created_vault: CreatedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On another computer the renewal is refused and the folder is left exactly as it was."""
    _fill(created_vault)
    folder = created_vault.session.paths.folder
    created_vault.session.close()
    other = tmp_path / "second-computer"
    other.mkdir()
    monkeypatch.setenv(ENV_CONFIG_DIR, str(other))
    session = unlock(folder, PASSPHRASE)
    try:
        assert not session.hypotheses_here
        database(session).checkpoint()
        before = folder_digest(folder)
        with pytest.raises(RekeySealedElsewhere):
            rekey(session, PASSPHRASE)
        assert session.is_open
        assert folder_digest(folder) == before
    finally:
        session.close()
