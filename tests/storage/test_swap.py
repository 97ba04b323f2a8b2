"""The journalled swap of the vault database: every interrupted state ends whole."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import database
from app.core.vault import CreatedVault, create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import CarnetError, VaultCorrupted
from app.domain.models import PersonDraft
from app.storage import swap
from app.storage.snapshot import AUTO, claimed, write_snapshot
from tests.support import PASSPHRASE


@pytest.fixture
def staged(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A closed vault with 2 persons, and a staged database (a copy with 1) beside it."""
    created: CreatedVault = create_vault(tmp_path / "vault", PASSPHRASE, TEST_PARAMS)
    session = created.session
    caseload = Caseload(session)
    caseload.add_person(PersonDraft("Avant"))
    copy = write_snapshot(
        database(session), tmp_path / "snaps", session.data_key(), datetime.now(UTC), AUTO
    )
    caseload.add_person(PersonDraft("Après"))
    session.close()
    folder = session.paths.folder
    staging = swap.new_staging(folder)
    shutil.copyfile(copy, staging / "carnet.db")
    yield folder, staging


def _persons(folder: Path) -> int:
    session = unlock(folder, PASSPHRASE)
    try:
        assert session.check().ok
        return session.counts().persons
    finally:
        session.close()


def _journal(folder: Path, staging: Path) -> None:
    doc = {"format": swap.FORMAT, "version": 1, "staging": staging.name, "files": ["carnet.db"]}
    (folder / swap.JOURNAL).write_text(json.dumps(doc))


def test_commit(staged: tuple[Path, Path]) -> None:
    """commit puts the staged database in place and leaves no journal or staging folder."""
    folder, staging = staged
    swap.commit(folder, staging)
    assert _persons(folder) == 1
    assert not (folder / swap.JOURNAL).exists() and not staging.exists()


def test_commit_refuses_unclean_wal(staged: tuple[Path, Path]) -> None:
    """A WAL with frames belongs to the old database: nothing is replaced."""
    folder, staging = staged
    (folder / "carnet.db-wal").write_bytes(b"x" * 100)
    with pytest.raises(CarnetError):
        swap.commit(folder, staging)
    assert not (folder / swap.JOURNAL).exists() and (staging / "carnet.db").exists()
    (folder / "carnet.db-wal").unlink()
    assert _persons(folder) == 2


def test_crash_before_the_journal(staged: tuple[Path, Path]) -> None:
    """No journal: the old vault stays, and the orphan staging folder is removed."""
    folder, staging = staged
    assert swap.finish_interrupted(folder) is False
    assert not staging.exists()
    assert _persons(folder) == 2


def test_crash_after_the_journal(staged: tuple[Path, Path]) -> None:
    """Journal written, nothing moved (old WAL files still there): finished forward."""
    folder, staging = staged
    _journal(folder, staging)
    (folder / "carnet.db-shm").write_bytes(os.urandom(100))
    assert swap.finish_interrupted(folder) is True
    assert not (folder / "carnet.db-shm").exists()
    assert _persons(folder) == 1


def test_crash_after_the_move(staged: tuple[Path, Path]) -> None:
    """Database moved, journal not yet deleted: the journal and staging are cleaned."""
    folder, staging = staged
    _journal(folder, staging)
    os.replace(staging / "carnet.db", folder / "carnet.db")
    assert swap.finish_interrupted(folder) is True
    assert not (folder / swap.JOURNAL).exists() and not staging.exists()
    assert _persons(folder) == 1


def test_finish_twice_is_harmless(staged: tuple[Path, Path]) -> None:
    """Every step is idempotent: a second run changes nothing."""
    folder, staging = staged
    _journal(folder, staging)
    swap.finish_interrupted(folder)
    assert swap.finish_interrupted(folder) is False
    assert _persons(folder) == 1


def _doc(staging: str, files: list[str], version: int = 1) -> bytes:
    doc = {"format": swap.FORMAT, "version": version, "staging": staging, "files": files}
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        _doc("../elsewhere", ["carnet.db"]),
        _doc(".restore-staging-x", ["carnet.key"]),
        _doc(".restore-staging-x", ["carnet.db"], version=9),
    ],
)
def test_damaged_journal(staged: tuple[Path, Path], content: bytes) -> None:
    """A journal that is not ours, or points elsewhere, is VaultCorrupted and nothing moves."""
    folder, staging = staged
    (folder / swap.JOURNAL).write_bytes(content)
    with pytest.raises(VaultCorrupted):
        swap.finish_interrupted(folder)
    assert (staging / "carnet.db").exists()


def test_orphans_in_use_are_kept(staged: tuple[Path, Path]) -> None:
    """A staging folder a thread of this process is filling is not an orphan."""
    folder, staging = staged
    leftover = folder / f".{swap.JOURNAL}.abc.tmp"
    leftover.write_bytes(b"{")
    with claimed(staging):
        assert swap.discard_orphans(folder) == [leftover]
    assert staging.exists()


def test_rekey_journal_moves_the_key_file_and_drops_copies(staged: tuple[Path, Path]) -> None:
    """A version-2 journal moves the key file with the database and deletes the listed copies."""
    folder, staging = staged
    shutil.copyfile(folder / "carnet.key", staging / "carnet.key")
    damaged = folder / "carnet.db.damaged-20260101T000000Z"
    damaged.write_bytes(b"old")
    (folder / (damaged.name + "-wal")).write_bytes(b"old")
    swap.commit(folder, staging, ("carnet.db", "carnet.key"), (damaged.name,))
    assert not staging.exists() and not (folder / swap.JOURNAL).exists()
    assert not damaged.exists() and not (folder / (damaged.name + "-wal")).exists()
    assert _persons(folder) == 1


@pytest.mark.parametrize(
    ("files", "drop"),
    [
        (["carnet.db", "../carnet.key"], []),
        (["snapshots/../carnet.db"], []),
        (["carnet.db"], ["carnet.key"]),
        (["carnet.db"], ["snapshots/not-a-snapshot.txt"]),
    ],
)
def test_damaged_rekey_journal(
    staged: tuple[Path, Path], files: list[str], drop: list[str]
) -> None:
    """A version-2 journal may name only vault files: anything else is VaultCorrupted."""
    folder, staging = staged
    doc = {"format": swap.FORMAT, "version": 2, "staging": staging.name, "files": files}
    (folder / swap.JOURNAL).write_text(json.dumps({**doc, "drop": drop}))
    with pytest.raises(VaultCorrupted):
        swap.finish_interrupted(folder)
    assert (folder / "carnet.key").exists() and (staging / "carnet.db").exists()
