"""Copies of the vault database into other SQLCipher files, each under a given key.

- `export_full`: everything, through `ATTACH … KEY` and `sqlcipher_export`
  (on-device snapshots, restore staging). The copy is compact and standard.
- `export_for_outside`: the external backup. The target gets its schema from
  the migrations, then only the tables named in OUTSIDE_TABLES are copied, in
  one transaction. The private hypotheses are not in that list, so this path
  never reads them (invariant 2: structural, not a filter applied afterwards).

Copies use a rollback journal, not WAL: each one is a single self-contained file.
ATTACH is denied on the vault connection except inside `attachments_allowed()`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import BackupInvalid, CarnetError, VaultCorrupted
from app.storage.connection import Database, Journal, connect_keyed
from app.storage.schema import SEALED_AWAY, migrate, schema_version
from app.storage.vaultcheck import integrity_problems

# Everything the worker may take off the device. A new table stays on the
# device until someone adds it here on purpose (a test lists every table).
# Draft addenda go too: like the facts of a note not yet finalised, they are the
# worker's own unfinished text, and a restore must not lose it.
OUTSIDE_TABLES = (
    "persons",
    "interviews",
    "addenda",
    "addendum_drafts",
    "follow_ups",
    "disclosures",
    "vault_settings",
)
# Vault settings used as work markers (pending erasures) stay on the device.
INTERNAL_SETTING_PREFIX = "pending."
# Which computer sealed the hypotheses (app/storage/sealed.py): meaningless outside.
SEAL_CHECK = "sealed.check"
_OUTSIDE_FILTERS = {
    "vault_settings": f" WHERE key NOT LIKE '{INTERNAL_SETTING_PREFIX}%' AND key != '{SEAL_CHECK}'"
}
COUNTED_TABLES = (
    "persons",
    "interviews",
    "addenda",
    "hypotheses",
    "follow_ups",
    "disclosures",
    "vault_settings",
)


def _as_copy_error(exc: CarnetError) -> CarnetError:
    """A copy that does not open with its key is a bad backup, not a bad vault."""
    if isinstance(exc, VaultCorrupted):
        return BackupInvalid(str(exc))
    return exc


def open_copy(path: Path, key: bytes, *, writable: bool = False, create: bool = False) -> Database:
    """Open a snapshot, a staging copy or a backup's database with its raw key.

    Read-only unless asked; never switches an existing copy to WAL. A file
    that the key does not open, or that is not a database, is BackupInvalid.
    """
    if not create and not path.is_file():
        raise BackupInvalid("The file does not exist.")
    mode = "rwc" if create else ("rw" if writable else "ro")
    journal = Journal.DELETE if create else Journal.KEEP
    try:
        return connect_keyed(path, key, mode=mode, journal=journal)
    except CarnetError as exc:
        raise _as_copy_error(exc) from exc


@contextlib.contextmanager
def _attached(db: Database, target: Path, key: bytes, alias: str) -> Iterator[Any]:
    with db.attachments_allowed(), db.read() as conn:
        conn.execute(f"ATTACH DATABASE ? AS {alias} KEY ?", (str(target), f"x'{key.hex()}'"))
        try:
            yield conn
        finally:
            conn.execute(f"DETACH DATABASE {alias}")


def export_full(db: Database, target: Path, key: bytes) -> None:
    """Copy the whole database into `target` (an empty or absent file) under `key`."""
    version = schema_version(db)
    with _attached(db, target, key, "copy") as conn:
        conn.execute("PRAGMA copy.journal_mode = DELETE")
        # One transaction: otherwise each table is its own commit (and fsyncs).
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT sqlcipher_export('copy')")
            # sqlcipher_export copies schema and rows, not the schema version.
            conn.execute(f"PRAGMA copy.user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise


def _columns(conn: Any, table: str) -> str:
    names = [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})").fetchall()]
    return ", ".join(f'"{name}"' for name in names)


def export_for_outside(db: Database, target: Path, key: bytes) -> None:
    """Copy only OUTSIDE_TABLES into `target` (empty or absent) under `key`.

    The target's schema comes from the same migrations, so its search
    triggers index the copied facts and addenda as the rows arrive.
    """
    version = schema_version(db)
    copy = open_copy(target, key, create=True)
    try:
        migrate(copy, version)
        with copy.write() as conn:  # not even an empty hypotheses table goes outside
            for statement in SEALED_AWAY:
                conn.execute(statement)
    finally:
        copy.close()
    with _attached(db, target, key, "outside") as conn:
        conn.execute("BEGIN")
        try:
            for table in OUTSIDE_TABLES:
                columns = _columns(conn, table)
                conn.execute(
                    f"INSERT INTO outside.{table} ({columns}) SELECT {columns} FROM main.{table}"
                    f"{_OUTSIDE_FILTERS.get(table, '')} ORDER BY rowid"
                )
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise


def table_counts(db: Database, *, outside: bool = False) -> dict[str, int]:
    """Rows per table; `outside=True` gives what an external copy must hold."""
    existing = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts: dict[str, int] = {}
    for table in COUNTED_TABLES:
        if table not in existing:
            continue
        if outside and table not in OUTSIDE_TABLES:
            counts[table] = 0
            continue
        where = _OUTSIDE_FILTERS.get(table, "") if outside else ""
        counts[table] = int(db.scalar(f"SELECT count(*) FROM {table}{where}"))
    return counts


def check_outside_only(counts: dict[str, int]) -> None:
    """An external copy holds no row of any table that stays on the device."""
    kept_inside = sorted(t for t, n in counts.items() if n and t not in OUTSIDE_TABLES)
    if kept_inside:
        raise BackupInvalid(f"An external copy holds rows of {', '.join(kept_inside)}.")


def copy_problems(db: Database, *, indexes: bool) -> list[str]:
    """Cipher and structure checks; the search indexes too when the copy is writable."""
    if indexes:
        return integrity_problems(db)
    try:
        problems = [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in db.query("PRAGMA integrity_check") if r[0] != "ok"]
    except CarnetError as exc:
        return [str(exc)]
    return problems
