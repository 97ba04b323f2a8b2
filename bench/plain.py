"""Opening the same schema three ways, so a workload can run on each.

- `encrypted`: exactly Carnet's `open_database` (raw key, every setting).
- `encrypted_no_memsec`: the same without setting `cipher_memory_security`
  at all. A diagnostic from when the vault had it on (it is off now, see
  app/storage/connection.py); the setting is process-wide, so this variant
  runs in a process that never opened a vault normally.
- `plain`: the same SQLite (the sqlcipher3 build) with no key at all, and the
  same non-cipher settings: the baseline for the encryption ratios.

The twins have the vault's layout: their hypotheses live in a file of their
own beside `carnet.db`, attached as `sealed` at every opening the way
unlocking attaches the vault's (unencrypted for `plain`, under the data key
for the diagnostic). So a ratio measures the cipher, not the second file,
which both sides open.

A `Session` is built around the connection so that the workload goes through
the same core code (`Caseload`, `person_file`) on every variant.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.core.paths import VaultPaths
from app.core.sealing import open_hypotheses
from app.core.session import Session
from app.crypto import keyfile as kf
from app.storage import sealed
from app.storage.connection import SETTINGS, Database, key_pragma, open_database
from app.storage.lockfile import VaultLock
from app.storage.schema import SEALED_AWAY, migrate

CIPHER_ONLY = ("cipher_memory_security",)


class Variant(enum.StrEnum):
    ENCRYPTED = "encrypted"
    ENCRYPTED_NO_MEMSEC = "encrypted_no_memsec"
    PLAIN = "plain"


def _connect(path: Path, raw_key: bytes | None, memory_security: bool) -> Database:
    conn: Any = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    if raw_key is not None:
        conn.execute(key_pragma(raw_key))
        conn.execute("PRAGMA cipher_compatibility = 4")
    for name, value in SETTINGS:
        if name in CIPHER_ONLY and (raw_key is None or not memory_security):
            continue
        conn.execute(f"PRAGMA {name} = {value}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    assert str(mode[0]).lower() == "wal"
    return Database(conn, path)


def _twin(variant: Variant, path: Path, raw_key: bytes) -> Database:
    if variant is Variant.ENCRYPTED:  # the vault itself is made by create_vault
        raise ValueError("A twin is the plain or the diagnostic variant.")
    cipher_key = raw_key if variant is Variant.ENCRYPTED_NO_MEMSEC else None
    return _connect(path, cipher_key, memory_security=False)


def _attach_hypotheses(variant: Variant, db: Database, raw_key: bytes) -> None:
    """A twin's own hypotheses file, attached and set up as `sealed.attach` does the vault's."""
    path = VaultPaths(db.path.parent).hypotheses
    key = f"x'{raw_key.hex()}'" if variant is Variant.ENCRYPTED_NO_MEMSEC else ""
    with db.attachments_allowed(), db.read() as conn:
        conn.execute(f"ATTACH DATABASE ? AS {sealed.ALIAS} KEY ?", (str(path), key))
        sealed.set_up_attached(conn)


def open_variant(variant: Variant, path: Path, raw_key: bytes) -> Database:
    """A new connection to `path` (no KDF: the raw key is given directly).

    A twin's hypotheses file is attached here; the vault's by `session_over`.
    """
    if variant is Variant.ENCRYPTED:
        return open_database(path, raw_key)
    db = _twin(variant, path, raw_key)
    _attach_hypotheses(variant, db, raw_key)
    return db


def new_database(variant: Variant, path: Path, raw_key: bytes) -> Database:
    """Create a twin's files with Carnet's current schema, hypotheses in their own file."""
    db = _twin(variant, path, raw_key)
    migrate(db)
    with db.write() as conn:  # what sealing does to the vault
        for statement in SEALED_AWAY:
            conn.execute(statement)
    _attach_hypotheses(variant, db, raw_key)
    return db


def session_over(db: Database, folder: Path, data_key: bytes | None = None) -> Session:
    """A Session around an already open database; no vault lock, no key file.

    Benchmark use only: the lock is never acquired (fresh connections are
    opened while the main one is alive) and the key file is a placeholder.
    With `data_key` the sealed hypotheses file is attached as unlocking does;
    without, `db` is a twin whose hypotheses file `open_variant` attached.
    """
    placeholder = kf.KeyFile("0" * 32, ())
    lock = VaultLock(folder / "bench.lock")
    sealed_key: bytes | None = bytes(32)  # stands for "readable here"
    if data_key is not None:
        _, sealed_key = open_hypotheses(VaultPaths(folder), db, data_key)
    return Session(VaultPaths(folder), db, lock, bytearray(32), placeholder, sealed_key)
