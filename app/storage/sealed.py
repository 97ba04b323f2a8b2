"""The sealed hypotheses file: its schema, attaching it, and moving hypotheses into it.

`hypotheses.db` sits beside `carnet.db` under its own key (data key AND this
computer's secret, see app/crypto/sealing.py). It is ATTACHed to the vault
connection as `sealed`, so the hypotheses queries keep their plain table names
(`carnet.db` has no `hypotheses` table once sealed, and SQLite then finds the
attached one), search still joins them to persons in one statement, and a
purge deletes a person and their hypotheses through the same connection.

There are no foreign keys across files: a person's hypotheses are deleted with
the person explicitly, and `drop_orphans` removes any left by a crash between
the two commits.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import BackupInvalid, CarnetError, VaultCorrupted
from app.storage.connection import Database, secure_permissions
from app.storage.export_copy import INTERNAL_SETTING_PREFIX, SEAL_CHECK
from app.storage.purge import PENDING_COMPACT
from app.storage.schema import HYPOTHESES_FILE_INDEX, SEALED_AWAY
from app.storage.snapshot import claimed, new_temp, publish, remove_with_side_files

ALIAS = "sealed"
CHECK_KEY = SEAL_CHECK
PENDING_SNAPSHOTS = f"{INTERNAL_SETTING_PREFIX}seal-snapshots"
COLUMNS = "id, person_id, interview_id, text, noted_on, status, updated_at"
# 1: first sealed files; 2: `hypotheses_file`, the covering index of a person's file.
VERSION = 2

_SCHEMA = (
    "CREATE TABLE {s}.hypotheses ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, person_id INTEGER NOT NULL, interview_id INTEGER,"
    " text TEXT NOT NULL DEFAULT '', noted_on TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dropped')),"
    " updated_at TEXT NOT NULL)",
    HYPOTHESES_FILE_INDEX,
    "CREATE INDEX {s}.hypotheses_by_interview ON hypotheses(interview_id)",
    "CREATE VIRTUAL TABLE {s}.hypotheses_fts USING fts5(text, content='hypotheses',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO {s}.hypotheses_fts(hypotheses_fts, rank) VALUES ('secure-delete', 1)",
    "CREATE TRIGGER {s}.hypotheses_fts_i AFTER INSERT ON hypotheses BEGIN"
    " INSERT INTO hypotheses_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER {s}.hypotheses_fts_d AFTER DELETE ON hypotheses BEGIN"
    " INSERT INTO hypotheses_fts(hypotheses_fts, rowid, text)"
    " VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER {s}.hypotheses_fts_u AFTER UPDATE OF text ON hypotheses BEGIN"
    " INSERT INTO hypotheses_fts(hypotheses_fts, rowid, text)"
    " VALUES ('delete', old.id, old.text);"
    " INSERT INTO hypotheses_fts(rowid, text) VALUES (new.id, new.text); END",
    "PRAGMA {s}.user_version = " + str(VERSION),
)
_UPGRADE = (  # version 1 to 2; planner statistics are no longer kept here
    "DROP INDEX IF EXISTS {s}.hypotheses_by_person",
    "DROP TABLE IF EXISTS {s}.sqlite_stat1",
    "DROP TABLE IF EXISTS {s}.sqlite_stat4",
    HYPOTHESES_FILE_INDEX,
    "PRAGMA {s}.user_version = " + str(VERSION),
)


# As for carnet.db (app/storage/connection.py); a smaller cache: the file is small.
_PRAGMAS = ("secure_delete = ON", "synchronous = FULL", "cache_size = -8192", "journal_mode = WAL")


def companion(path: Path) -> Path:
    """Where a snapshot's hypotheses live: `carnet-….db` → `carnet-….hypotheses.db`."""
    return path.with_name(f"{path.stem}.hypotheses.db")


def _attach(conn: Any, path: Path, key: bytes, alias: str) -> None:
    conn.execute(f"ATTACH DATABASE ? AS {alias} KEY ?", (str(path), f"x'{key.hex()}'"))


def _schema_state(conn: Any, schema: str) -> tuple[bool, bool]:
    """(has the hypotheses table, is at VERSION): one read of the schema, which proves the key."""
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE name IN ('hypotheses', 'hypotheses_file')"
    ).fetchall()
    names = {row[0] for row in rows}
    return "hypotheses" in names, "hypotheses_file" in names


def _has_table(conn: Any, schema: str, name: str) -> bool:
    sql = f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(sql, (name,)).fetchone() is not None


def is_attached(db: Database) -> bool:
    return any(row[1] == ALIAS for row in db.query("PRAGMA database_list"))


@dataclass(frozen=True, slots=True)
class OpenState:
    """What unlocking needs to know before attaching, read in one statement."""

    check: str | None  # the seal check recorded in carnet.db
    main_holds: bool  # carnet.db still has the hypotheses (not sealed yet)
    sweep_pending: bool  # a purge left its compaction (and maybe orphans) to finish


def open_state(db: Database) -> OpenState:
    # vault_settings holds a few rows: reading its one table page costs less
    # than its key index and then the table (each page decrypted).
    rows = db.query(
        "SELECT key, value FROM main.vault_settings NOT INDEXED WHERE key IN (?, ?)"
        " UNION ALL SELECT '', 1 FROM main.sqlite_master"
        " WHERE type = 'table' AND name = 'hypotheses'",
        (CHECK_KEY, PENDING_COMPACT),
    )
    found = {str(row[0]): row[1] for row in rows}
    check = found.get(CHECK_KEY)
    return OpenState(None if check is None else str(check), "" in found, PENDING_COMPACT in found)


def main_holds_hypotheses(db: Database) -> bool:
    with db.read() as conn:
        return _has_table(conn, "main", "hypotheses")


def attach(db: Database, path: Path, key: bytes) -> None:
    """Attach the sealed file (created if absent) as `sealed`; VaultCorrupted if the key fails."""
    created = not path.exists()
    with db.attachments_allowed(), db.read() as conn:
        _attach(conn, path, key, ALIAS)
        try:
            set_up_attached(conn)
        except BaseException:
            conn.execute(f"DETACH DATABASE {ALIAS}")
            raise
    if created:
        secure_permissions(path)


def set_up_attached(conn: Any) -> None:
    """Settings, then the schema created or brought to VERSION, of the file just attached.

    Also how the benchmark's unencrypted twin sets up its own hypotheses file.
    """
    for pragma in _PRAGMAS:  # secure_delete before any change below
        conn.execute(f"PRAGMA {ALIAS}.{pragma}")
    has_table, current = _schema_state(conn, ALIAS)
    if not has_table:
        _create_schema(conn, ALIAS)
    elif not current:
        _create_schema(conn, ALIAS, _UPGRADE)


def detach(db: Database) -> None:
    with contextlib.suppress(CarnetError), db.read() as conn:
        conn.execute(f"DETACH DATABASE {ALIAS}")


def _create_schema(conn: Any, schema: str, statements: tuple[str, ...] = _SCHEMA) -> None:
    conn.execute("BEGIN")
    try:
        for statement in statements:
            conn.execute(statement.format(s=schema))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise


def build_from_main(db: Database, target: Path, key: bytes) -> int:
    """Write a new sealed file at `target` holding `db`'s hypotheses, ids and sequence kept."""
    with db.attachments_allowed(), db.read() as conn:
        _attach(conn, target, key, "sealing")
        try:
            conn.execute("PRAGMA sealing.journal_mode = DELETE")
            _create_schema(conn, "sealing")
            conn.execute("BEGIN")
            if _has_table(conn, "main", "hypotheses"):  # none in a restored external backup
                conn.execute(
                    f"INSERT INTO sealing.hypotheses ({COLUMNS})"
                    f" SELECT {COLUMNS} FROM main.hypotheses ORDER BY id"
                )
                _keep_sequence(conn)
            conn.execute("COMMIT")
            moved = int(conn.execute("SELECT count(*) FROM sealing.hypotheses").fetchone()[0])
        finally:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE sealing")
    secure_permissions(target)
    return moved


def _keep_sequence(conn: Any) -> None:
    """Ids are never reused: carry the highest id ever given, not only the highest kept."""
    if not _has_table(conn, "main", "sqlite_sequence"):
        return
    row = conn.execute("SELECT seq FROM main.sqlite_sequence WHERE name = 'hypotheses'").fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM sealing.sqlite_sequence WHERE name = 'hypotheses'")
    conn.execute(
        "INSERT INTO sealing.sqlite_sequence (name, seq) SELECT 'hypotheses',"
        " max(?, coalesce((SELECT max(id) FROM sealing.hypotheses), 0))",
        (int(row[0]),),
    )


def drop_from_main(db: Database, check: str | None, snapshots_to_seal: bool = False) -> None:
    """The commit point of sealing: the old tables go and the seal marker is set, in one go."""
    with db.write() as conn:
        for statement in SEALED_AWAY:
            conn.execute(statement)
        if check is not None:
            _set(conn, CHECK_KEY, check)
        if snapshots_to_seal:
            _set(conn, PENDING_SNAPSHOTS, "1")
        _set(conn, PENDING_COMPACT, "1")


def _set(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO vault_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def setting(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM vault_settings WHERE key = ?", (key,))
    return None if value is None else str(value)


def clear_setting(db: Database, key: str) -> None:
    with db.write() as conn:
        conn.execute("DELETE FROM vault_settings WHERE key = ?", (key,))


def set_check(db: Database, check: str) -> None:
    with db.write() as conn:
        _set(conn, CHECK_KEY, check)


def drop_orphans(db: Database, pending: bool | None = None) -> int:
    """Hypotheses whose person is gone (a crash between the two commits of a purge).

    A purge records its pending compaction in the same commit as the deletion,
    so an unlock without that marker has nothing to sweep and reads nothing.
    `pending`: that marker's presence, when the caller has already read it.
    """
    if pending is None:
        pending = setting(db, PENDING_COMPACT) is not None
    if not pending:
        return 0
    with db.write() as conn:
        gone = conn.execute(
            f"DELETE FROM {ALIAS}.hypotheses WHERE person_id NOT IN (SELECT id FROM main.persons)"
        ).rowcount
        conn.execute(
            f"UPDATE {ALIAS}.hypotheses SET interview_id = NULL WHERE interview_id IS NOT NULL"
            " AND interview_id NOT IN (SELECT id FROM main.interviews)"
        )
    return int(gone)


def export_attached(db: Database, target: Path, key: bytes) -> int:
    """Copy the attached sealed file into `target` (absent) under `key`; returns its row count."""
    with db.attachments_allowed(), db.read() as conn:
        _attach(conn, target, key, "sealcopy")
        try:
            conn.execute("PRAGMA sealcopy.journal_mode = DELETE")
            conn.execute("BEGIN")
            conn.execute(f"SELECT sqlcipher_export('sealcopy', '{ALIAS}')")
            conn.execute(f"PRAGMA sealcopy.user_version = {VERSION}")
            conn.execute("COMMIT")
            return int(conn.execute("SELECT count(*) FROM sealcopy.hypotheses").fetchone()[0])
        finally:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE sealcopy")


def count_in(db: Database, path: Path, key: bytes) -> int:
    """Rows of a sealed copy at `path`, proving that `key` opens it (VaultCorrupted if not)."""
    with db.attachments_allowed(), db.read() as conn:
        _attach(conn, path, key, "sealcheck")
        try:
            return int(conn.execute("SELECT count(*) FROM sealcheck.hypotheses").fetchone()[0])
        except Exception as exc:
            raise VaultCorrupted(str(exc)) from exc
        finally:
            conn.execute("DETACH DATABASE sealcheck")


def write_companion(db: Database, snapshot: Path, key: bytes) -> Path:
    """The sealed file's copy beside a snapshot: temp file, verified, then renamed."""
    temp = new_temp(snapshot.parent)
    with claimed(temp):
        try:
            copied = export_attached(db, temp, key)
            if count_in(db, temp, key) != copied:
                raise BackupInvalid("The copy of the hypotheses does not match.")
            target = companion(snapshot)
            publish(temp, target)
        finally:
            remove_with_side_files(temp)
    return target
