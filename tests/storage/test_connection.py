"""Tests for app/storage/connection.py: the key first, the settings, the cipher check, ATTACH."""

from __future__ import annotations

import os
import sqlite3
import stat
import types
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import (
    CarnetError,
    CipherUnavailable,
    DiskFull,
    VaultCorrupted,
    VaultReadOnly,
)
from app.storage.connection import Database, key_pragma, open_database, translate_error
from tests.support import pages

KEY = bytes.fromhex("7a" * 32)
OTHER_KEY = bytes.fromhex("3c" * 32)


class RecordingDriver(types.ModuleType):
    """A `driver` that is sqlcipher3, but records every statement the connection runs."""

    def __init__(self) -> None:
        super().__init__("recording_sqlcipher")
        self.statements: list[str] = []
        self.Error = sqlcipher.Error

    def connect(self, *args: Any, **kwargs: Any) -> Any:
        conn = sqlcipher.connect(*args, **kwargs)
        conn.set_trace_callback(self.statements.append)
        return conn


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test database goes."""
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new database opened with KEY."""
    database = open_database(db_path, KEY)
    yield database
    database.close()


def test_key_is_the_first_statement(db_path: Path) -> None:
    """The very first statement on the connection is `PRAGMA key = "x'…'"` with the raw key."""
    driver = RecordingDriver()
    database = open_database(db_path, KEY, driver=driver)
    try:
        assert driver.statements[0] == f"PRAGMA key = \"x'{KEY.hex()}'\""
        assert not any("sqlite_master" in s for s in driver.statements[:1])
    finally:
        database.close()


def test_key_is_first_on_an_existing_file_too(db_path: Path) -> None:
    """Re-opening an existing vault also starts with the key, before anything reads a page."""
    open_database(db_path, KEY).close()
    driver = RecordingDriver()
    open_database(db_path, KEY, driver=driver).close()
    assert driver.statements[0].startswith("PRAGMA key = \"x'")


def test_settings_hold_after_opening(db: Database) -> None:
    """Every hardening PRAGMA has its value once the database is open."""
    expected = {
        "cipher_memory_security": "0",
        "temp_store": "2",
        "secure_delete": "1",
        "journal_mode": "wal",
        "synchronous": "2",
        "foreign_keys": "1",
        "trusted_schema": "0",
        "cache_size": "-131072",
        "cipher_page_size": "4096",
        "cipher_hmac_algorithm": "HMAC_SHA512",
    }
    assert {name: db.pragma(name) for name in expected} == expected
    assert db.pragma("cipher_version")


def test_new_file_is_private(db: Database, db_path: Path) -> None:
    """A new database file and its WAL are 0600."""
    db.query("SELECT 1")
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_plain_sqlite_refused_for_a_new_file(db_path: Path) -> None:
    """Stdlib sqlite3 silently ignores PRAGMA key: opening with it raises CipherUnavailable."""
    with pytest.raises(CipherUnavailable):
        open_database(db_path, KEY, driver=sqlite3)
    assert not db_path.exists() or db_path.stat().st_size == 0  # nothing written in clear


def test_plain_sqlite_refused_for_an_existing_vault(db_path: Path) -> None:
    """Stdlib sqlite3 on an existing vault is CipherUnavailable, not a false 'corrupted'."""
    open_database(db_path, KEY).close()
    before = db_path.read_bytes()
    with pytest.raises(CipherUnavailable):
        open_database(db_path, KEY, driver=sqlite3)
    assert db_path.read_bytes() == before


def test_wrong_key_is_vault_corrupted_at_this_layer(db_path: Path) -> None:
    """At the storage layer a wrong raw key cannot open page 1 (the key file catches it earlier)."""
    open_database(db_path, KEY).close()
    with pytest.raises(VaultCorrupted):
        open_database(db_path, OTHER_KEY)


def test_key_pragma_requires_32_bytes() -> None:
    """Only a 32-byte raw key can be given; anything else is a programming error."""
    assert key_pragma(KEY) == f"PRAGMA key = \"x'{KEY.hex()}'\""
    for bad in (b"", KEY[:31], KEY + b"x"):
        with pytest.raises(ValueError):
            key_pragma(bad)


def test_stock_sqlcipher_opens_with_raw_key_only(db: Database, db_path: Path) -> None:
    """The file is standard SQLCipher 4: a bare connection with only the raw key reads it."""
    with db.write() as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES ('standard')")
    db.checkpoint()
    bare = sqlcipher.connect(str(db_path))
    try:
        bare.execute(key_pragma(KEY))
        assert bare.execute("SELECT x FROM t").fetchall() == [("standard",)]
    finally:
        bare.close()


def test_attach_denied(db: Database, tmp_path: Path) -> None:
    """ATTACH is refused outside `attachments_allowed()`, and no file is created."""
    outside = tmp_path / "outside.db"
    with pytest.raises(CarnetError), db.read() as conn:
        conn.execute(f"ATTACH DATABASE '{outside}' AS other KEY ''")
    assert not outside.exists()
    with pytest.raises(CarnetError):
        db.query(f"ATTACH DATABASE '{outside}' AS other")
    assert not outside.exists()


def test_attach_allowed_inside_the_context_only(db: Database, tmp_path: Path) -> None:
    """Inside `attachments_allowed()` ATTACH works; right after, it is refused again."""
    outside = tmp_path / "backup.db"
    with db.attachments_allowed(), db.read() as conn:
        conn.execute(f"ATTACH DATABASE '{outside}' AS backup KEY \"x'{OTHER_KEY.hex()}'\"")
        conn.execute("DETACH DATABASE backup")
    assert outside.exists()
    with pytest.raises(CarnetError):
        db.query(f"ATTACH DATABASE '{tmp_path / 'again.db'}' AS again")


def test_write_is_all_or_nothing(db: Database) -> None:
    """An exception inside `write()` rolls the whole transaction back."""
    with db.write() as conn:
        conn.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), db.write() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("interrupted")
    assert db.scalar("SELECT count(*) FROM t") == 0


def test_driver_errors_become_carnet_errors(db: Database) -> None:
    """A failing statement surfaces as a CarnetError, not as a driver exception."""
    with pytest.raises(CarnetError) as info:
        db.query("SELECT * FROM no_such_table")
    assert not isinstance(info.value, sqlcipher.Error)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlcipher.OperationalError("database or disk is full"), DiskFull),
        (OSError(28, os.strerror(28)), DiskFull),
        (sqlcipher.OperationalError("attempt to write a readonly database"), VaultReadOnly),
        (sqlcipher.DatabaseError("file is not a database"), VaultCorrupted),
        (sqlcipher.DatabaseError("database disk image is malformed"), VaultCorrupted),
        (sqlcipher.OperationalError("no such table: x"), CarnetError),
    ],
)
def test_translate_error(error: Exception, expected: type[CarnetError]) -> None:
    """Driver messages map to the worker's vocabulary (disk full, read-only, damaged)."""
    assert type(translate_error(error)) is expected


def test_close_truncates_the_wal(db: Database, db_path: Path) -> None:
    """Closing checkpoints: nothing is left in a WAL once the vault is locked."""
    with db.write() as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 100)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    db.close()
    assert not wal.exists() or wal.stat().st_size == 0


def test_file_layout_is_sqlcipher_4(db: Database, db_path: Path) -> None:
    """Decrypted with the raw key (no KDF), page 1 is a SQLite header; text is found only then."""
    with db.write() as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES ('qzlayoutcanari dans la base')")
    in_wal = pages.wal_pages(db_path.with_name(db_path.name + "-wal"), KEY)
    assert any(b"qzlayoutcanari" in p.plaintext for p in in_wal)  # WAL frames decrypt too
    db.checkpoint()
    raw = db_path.read_bytes()
    assert not raw.startswith(pages.SQLITE_MAGIC)  # no plaintext header: page 1 starts with salt
    assert not pages.scan_for(raw, "qzlayoutcanari")
    decrypted = pages.database_pages(db_path, KEY)
    header = decrypted[0].plaintext
    assert header[16:18] == (4096).to_bytes(2, "big")  # page size
    assert header[18:20] == b"\x02\x02"  # WAL read/write versions
    assert header[20] == pages.RESERVE  # IV + HMAC-SHA512 reserved at the end of each page
    assert header[21:24] == b"\x40\x20\x20"  # fixed payload fractions
    assert int.from_bytes(header[28:32], "big") == len(decrypted) == len(raw) // pages.PAGE_SIZE
    assert pages.scan_for(pages.decrypted_bytes(db_path, KEY), "qzlayoutcanari")
    wrong = pages.database_pages(db_path, OTHER_KEY)[0].plaintext
    assert wrong[16:24] != header[16:24]  # the check above really depends on the key


def test_scan_for_finds_every_encoding() -> None:
    """scan_for sees a canary in UTF-8, UTF-16 (both byte orders), NFC and NFD."""
    canary = "Zoé-Brûlé-7731"
    nfd = unicodedata.normalize("NFD", canary)
    for blob in (
        canary.encode("utf-8"),
        nfd.encode("utf-8"),
        canary.encode("utf-16-le"),
        nfd.encode("utf-16-be"),
        b"\x00junk" + canary.encode("utf-16-be") + b"junk",
    ):
        assert pages.scan_for(blob, canary), blob
    assert not pages.scan_for(b"Zoe-Brule-7731", canary)


class _SpyingDriver(types.ModuleType):
    """sqlcipher3 itself, noting each file it connects to and the statements run on it."""

    def __init__(self) -> None:
        super().__init__("spying_sqlcipher")
        self.opened: list[tuple[str, list[str]]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlcipher, name)

    def connect(self, target: str, *args: Any, **kwargs: Any) -> Any:
        conn = sqlcipher.connect(target, *args, **kwargs)
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        self.opened.append((target, statements))
        return conn


def test_a_setting_added_once_reaches_the_vault_snapshots_backups_and_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One more entry in SETTINGS reaches every file opened: vault, snapshot, backup, restore."""
    from datetime import UTC, datetime

    from app.core import backup, restore, snapshots
    from app.core.vault import create_vault
    from app.crypto.kdf import TEST_PARAMS
    from app.storage import connection
    from tests.support import PASSPHRASE

    extra = ("cell_size_check", "ON")
    monkeypatch.setattr(connection, "SETTINGS", (*connection.SETTINGS, extra))
    spy = _SpyingDriver()
    monkeypatch.setattr(connection, "sqlcipher", spy)
    when = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    session = create_vault(tmp_path / "vault", PASSPHRASE, params=TEST_PARAMS).session
    snapshot = snapshots.take_snapshot(session, when)
    out = tmp_path / "usb" / "carnet.backup"
    out.parent.mkdir()
    backup.make_external_backup(session, out, "phrase de la clé USB, longue et à part",
                                TEST_PARAMS, when)  # fmt: skip
    result = restore.restore(session, snapshot.path, now=when)
    result.session.close()
    files = {target.split("?")[0].rsplit("/", 1)[-1] for target, _ in spy.opened}
    assert "carnet.db" in files and len(files) >= 4, files
    for target, statements in spy.opened:
        assert statements[0].startswith("PRAGMA key"), target
        assert "PRAGMA cell_size_check = ON" in statements, target


def test_no_module_but_connection_opens_an_sqlcipher_file() -> None:
    """Every opening goes through connect_keyed: no other module calls sqlcipher's connect."""
    from tests.support import REPO

    callers = [
        path.relative_to(REPO).as_posix()
        for path in (REPO / "app").rglob("*.py")
        if "sqlcipher.connect(" in path.read_text(encoding="utf-8")
        or "module.connect(" in path.read_text(encoding="utf-8")
    ]
    assert callers == ["app/storage/connection.py"]


def test_folder_names_with_uri_characters_open(tmp_path: Path) -> None:
    """A vault in a folder named with ?, # and % opens read-write: the name is not a URI."""
    folder = tmp_path / "Dossier ?#% 100%"
    folder.mkdir()
    database = open_database(folder / "carnet.db", KEY)
    try:
        with database.write() as conn:
            conn.execute("CREATE TABLE t (x TEXT)")
    finally:
        database.close()
    assert [p.name for p in folder.iterdir()] == ["carnet.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_relative_path_opens_where_it_points(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative path opens the file it names from the current folder."""
    monkeypatch.chdir(tmp_path)
    database = open_database(Path("relative.db"), KEY)
    try:
        with database.write() as conn:
            conn.execute("CREATE TABLE t (x TEXT)")
    finally:
        database.close()
    reopened = open_database(tmp_path / "relative.db", KEY)
    try:
        assert reopened.query("SELECT name FROM sqlite_master") == [("t",)]
    finally:
        reopened.close()
