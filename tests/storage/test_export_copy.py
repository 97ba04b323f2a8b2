"""Copies of the vault into other SQLCipher files: full, or without the hypotheses."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import Session, database, stores
from app.domain.errors import BackupInvalid, CarnetError
from app.storage.export_copy import (
    OUTSIDE_TABLES,
    check_outside_only,
    copy_problems,
    export_for_outside,
    export_full,
    open_copy,
    table_counts,
)
from app.storage.schema import schema_version
from app.storage.snapshot import new_temp
from app.storage.vaultcheck import FTS_TABLES
from tests.support.backup_data import PERSON_CANARIES, canaries_in, populate


def test_full_copy_holds_everything(session: Session, caseload: Caseload, tmp_path: Path) -> None:
    """export_full: same rows and schema version, working search, a private one-file copy."""
    populate(caseload)
    target = new_temp(tmp_path)
    key = os.urandom(32)
    export_full(database(session), target, key)
    copy = open_copy(target, key, writable=True)
    try:
        assert table_counts(copy) == table_counts(database(session))
        assert schema_version(copy) == schema_version(database(session))
        assert copy.pragma("journal_mode") == "delete"
        assert copy.query("SELECT rowid FROM facts_fts WHERE facts_fts MATCH 'zqfaits'")
        assert copy_problems(copy, indexes=True) == []
    finally:
        copy.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The hypotheses are not in carnet.db: they are sealed in their own file.
    assert sorted(canaries_in(target, key)) == sorted(PERSON_CANARIES)


def test_copy_opens_only_with_its_key(session: Session, tmp_path: Path) -> None:
    """A copy under a new key is refused with any other key (BackupInvalid)."""
    target = new_temp(tmp_path)
    export_full(database(session), target, os.urandom(32))
    with pytest.raises(BackupInvalid):
        open_copy(target, session.data_key())


def test_outside_copy_has_no_hypotheses(
    session: Session, caseload: Caseload, tmp_path: Path
) -> None:
    """export_for_outside: every other row, working search, and no hypothesis on any page."""
    populate(caseload)
    stores(session).settings.set("pending.scrubs", "[]")
    stores(session).settings.set("retention_years", "3")
    target = new_temp(tmp_path)
    key = os.urandom(32)
    export_for_outside(database(session), target, key)
    copy = open_copy(target, key, writable=True)
    try:
        counts = table_counts(copy)
        assert counts == table_counts(database(session), outside=True)
        assert "hypotheses" not in counts and counts["persons"] == 2
        assert copy.query("SELECT key FROM vault_settings") == [("retention_years",)]
        assert copy.query("SELECT rowid FROM addenda_fts WHERE addenda_fts MATCH 'zqajout'")
        assert copy_problems(copy, indexes=True) == []
    finally:
        copy.close()
    assert canaries_in(target, key) == list(PERSON_CANARIES)


def test_every_table_is_decided(session: Session) -> None:
    """Each table is either copied outside, or private, or a search index's own storage
    (SQLite's own sqlite_sequence holds the id counters, no content)."""
    tables = {
        r[0] for r in database(session).query("SELECT name FROM sqlite_master WHERE type='table'")
    }
    tables.discard("sqlite_sequence")
    index_storage = {t for t in tables if any(t.startswith(f) for f in FTS_TABLES)}
    # The hypotheses are in the sealed file (never copied outside), not here.
    assert tables - index_storage - set(OUTSIDE_TABLES) == set()


def test_read_only_open_changes_nothing(session: Session, tmp_path: Path) -> None:
    """Opening a copy read-only and checking it leaves its bytes as they were."""
    folder = tmp_path / "copies"
    folder.mkdir()
    target = new_temp(folder)
    key = os.urandom(32)
    export_full(database(session), target, key)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    copy = open_copy(target, key)
    assert copy_problems(copy, indexes=False) == []
    copy.close()
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


def test_not_a_database(tmp_path: Path) -> None:
    """Random bytes, or no file at all, are BackupInvalid."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(BackupInvalid):
        open_copy(junk, os.urandom(32))
    with pytest.raises(BackupInvalid):
        open_copy(tmp_path / "absent.db", os.urandom(32))


def test_attach_denied_again_afterwards(session: Session, tmp_path: Path) -> None:
    """After a copy, the vault connection refuses ATTACH again."""
    export_full(database(session), new_temp(tmp_path), os.urandom(32))
    with pytest.raises(CarnetError):
        database(session).query("ATTACH DATABASE ? AS x", (str(tmp_path / "x.db"),))


def test_damaged_copy_has_problems(session: Session, tmp_path: Path) -> None:
    """A flipped byte inside a page of the copy is reported by the checks."""
    target = new_temp(tmp_path)
    key = os.urandom(32)
    export_full(database(session), target, key)
    data = bytearray(target.read_bytes())
    data[4096 + 100] ^= 0x01
    target.write_bytes(bytes(data))
    try:
        copy = open_copy(target, key)
    except BackupInvalid:
        return
    try:
        assert copy_problems(copy, indexes=False)
    finally:
        copy.close()


def test_check_outside_only_refuses_rows_of_any_device_only_table() -> None:
    """A copy holding rows of a table not in OUTSIDE_TABLES is refused; empty ones pass."""
    check_outside_only({"persons": 3, "interviews": 5, "hypotheses": 0})
    with pytest.raises(BackupInvalid):
        check_outside_only({"persons": 3, "hypotheses": 1})
    with pytest.raises(BackupInvalid):
        check_outside_only({"persons": 3, "a_future_private_table": 2})
