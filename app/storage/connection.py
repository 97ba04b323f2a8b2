"""Opening an SQLCipher database: the key first, then the settings, then checks.

Only this package imports sqlcipher3. The raw 32-byte data key is given as
the very first statement, so no page is ever read or written without it.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import (
    CarnetError,
    CipherUnavailable,
    DiskFull,
    VaultCorrupted,
    VaultReadOnly,
)

# The page cache of each connection: at a million notes, 64 MiB left the
# searches of a session reading again (and, encrypted, decrypting again)
# pages they had read (docs/PERFORMANCE.md). Memory is taken only as pages
# are read.
CACHE_KIB = 128 * 1024
# cipher_memory_security is OFF, deliberately (see docs/SECURITY.md and
# docs/PERFORMANCE.md): it only locks and wipes SQLite's own buffers, while the
# same text lives in Python strings and Qt widgets that nothing can wipe, and
# it made search 13x and saves 7x slower on a career-sized vault. Core dumps are
# disabled at start instead; swap and hibernation belong to disk encryption.
SETTINGS: tuple[tuple[str, str], ...] = (
    ("cipher_memory_security", "OFF"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("trusted_schema", "OFF"),
    ("cache_size", str(-CACHE_KIB)),
)
EXPECTED = {
    "cipher_compatibility": "4",
    "temp_store": "2",
    "secure_delete": "1",
    "journal_mode": "wal",
    "synchronous": "2",
    "foreign_keys": "1",
    "trusted_schema": "0",
    "cipher_memory_security": "0",
}

Row = tuple[Any, ...]
FTS_INDEXES = ("facts_fts", "addenda_fts", "hypotheses_fts")


def key_pragma(raw_key: bytes) -> str:
    if len(raw_key) != 32:
        raise ValueError("The data key must be 32 bytes.")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def translate_error(exc: Exception) -> CarnetError:
    """Map driver errors to the worker's vocabulary."""
    text = str(exc).lower()
    if "disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultCorrupted()
    return CarnetError(str(exc))


class Database:
    """One open SQLCipher connection, shared by threads under a lock.

    The GUI runs slow work on worker threads; they all go through `read()` and
    `write()`, which serialise access and turn driver errors into domain errors.
    """

    def __init__(self, connection: Any, path: Path) -> None:
        self._conn = connection
        self._lock = threading.RLock()
        self._attach_allowed = False
        self.path = path
        connection.set_authorizer(self._authorize)

    def _authorize(self, action: int, *_: object) -> int:
        # ATTACH would let SQL reach a file outside the vault; only the backup
        # routine may open one, inside `attachments_allowed()`.
        if action == sqlcipher.SQLITE_ATTACH and not self._attach_allowed:
            return int(sqlcipher.SQLITE_DENY)
        return int(sqlcipher.SQLITE_OK)

    @contextlib.contextmanager
    def attachments_allowed(self) -> Iterator[None]:
        with self._lock:
            self._attach_allowed = True
            try:
                yield
            finally:
                self._attach_allowed = False

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        with self._lock:
            try:
                yield self._conn
            except sqlcipher.Error as exc:
                raise translate_error(exc) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        """A transaction: committed whole or rolled back whole."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlcipher.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher.Error):
                    raise translate_error(exc) from exc
                raise

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        with self.read() as conn:
            return list(conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def pragma(self, name: str) -> str:
        value = self.scalar(f"PRAGMA {name}")
        return "" if value is None else str(value)

    def checkpoint(self) -> None:
        with self.read() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Tidy, checkpoint, close: bounded work so that locking stays immediate."""
        with self._lock:
            for index in FTS_INDEXES:
                # Autosave with secure-delete gets slower as an index splits into
                # segments; a bounded merge at lock keeps it fast.
                with contextlib.suppress(sqlcipher.Error):
                    self._conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('merge', 64)")
            with contextlib.suppress(sqlcipher.Error):
                # Keeps the planner's statistics of carnet.db fresh. Not for the small
                # attached files: their statistics change no plan and would be read
                # (and decrypted) by every new connection.
                self._conn.execute("PRAGMA main.optimize")
            with contextlib.suppress(sqlcipher.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()


class Journal(enum.Enum):
    """How a file keeps its journal: the vault in WAL, a copy as one self-contained file."""

    WAL = "WAL"  # the vault: switched to WAL, or VaultReadOnly
    DELETE = "DELETE"  # a new copy: rollback journal, a single file
    KEEP = "KEEP"  # an existing copy: left as it is (a read-only copy cannot switch)


def _apply_settings(conn: Any, journal: Journal) -> None:
    # Before any read: a plain SQLite ignores the key and would call an existing
    # vault "not a database", which must be CipherUnavailable, not VaultCorrupted.
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise CipherUnavailable()
    conn.execute("PRAGMA cipher_compatibility = 4")
    # The first read proves the key opens this file; a damaged page 1 fails here.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for name, value in SETTINGS:
        conn.execute(f"PRAGMA {name} = {value}")
    if journal is Journal.KEEP:
        return
    mode = conn.execute(f"PRAGMA journal_mode = {journal.value}").fetchone()
    if journal is Journal.WAL and (not mode or str(mode[0]).lower() != "wal"):
        raise VaultReadOnly("The vault could not switch to write-ahead logging.")


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def connect_keyed(
    path: Path,
    raw_key: bytes,
    *,
    mode: str = "rwc",
    journal: Journal = Journal.WAL,
    driver: ModuleType | None = None,
) -> Database:
    """The one opening sequence of every SQLCipher file Carnet touches.

    The vault, snapshots, staging copies, backups, restore and rescue all come
    here: connect (`mode` is SQLite's ro, rw or rwc), give the key as the very
    first statement, prove the cipher is there and the key opens the file, then
    apply SETTINGS and the journal mode. A setting added to SETTINGS applies to
    every file. Driver errors become domain errors; the connection is closed
    on any failure.
    """
    module: Any = driver or sqlcipher
    # SQLite opens a plain absolute file name read-write-create (it cannot be read
    # as a URI): a URI is only needed for the other modes, and costs a path
    # resolution on every new connection.
    plain = mode == "rwc" and path.is_absolute()
    name, uri = (os.fspath(path), False) if plain else (_uri(path, mode), True)
    try:
        conn = module.connect(name, uri=uri, isolation_level=None, check_same_thread=False)
    except module.Error as exc:
        raise translate_error(exc) from exc
    try:
        conn.execute(key_pragma(raw_key))
        _apply_settings(conn, journal)
    except CarnetError:
        conn.close()
        raise
    except module.Error as exc:
        conn.close()
        raise translate_error(exc) from exc
    return Database(conn, path)


def open_database(
    path: Path,
    raw_key: bytes,
    driver: ModuleType | None = None,
    on_open: Callable[[Database], None] | None = None,
) -> Database:
    """Open (or create) the vault database at `path` with the raw key, in WAL.

    `driver` exists so a test can prove that a plain sqlite3 module is refused.
    """
    existed = path.exists()
    db = connect_keyed(path, raw_key, driver=driver)
    if not existed:
        secure_permissions(path)
    if on_open is not None:
        on_open(db)
    return db


def secure_permissions(path: Path) -> None:
    """Files 0600: only the worker's account may read the vault."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(candidate, 0o600)
