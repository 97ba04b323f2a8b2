"""Erasure: delete a person's rows, record it in the register, leave nothing readable.

- `purge_persons`: ONE transaction deletes each person (foreign keys cascade
  to interviews, addenda, hypotheses and follow-ups; the search triggers
  remove their index entries, which FTS5 'secure-delete' overwrites), appends
  a register entry per person (reason, no content), and records the work still
  to do (rewrite the snapshots, compact) in the vault itself. A crash therefore
  leaves the person either fully present, or fully gone with that work pending,
  and the next unlock finishes it.
  The erased person's id and creation stamp stay in a permanent list, so a
  restore from an older copy re-erases them (see carry_forward.py).
- `clean_indexes`: integrity-check each search index; rebuild one that disagrees.
- `compact`: VACUUM, then truncate the WAL, so no old page version survives.

With `secure_delete=ON` SQLite zeroes deleted cells and freed pages; the WAL
still holds earlier versions of pages until it is checkpointed and truncated.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.domain.errors import CarnetError, NotFound
from app.storage.codec import now_utc, ts
from app.storage.connection import Database
from app.storage.export_copy import INTERNAL_SETTING_PREFIX
from app.storage.hypotheses import forget_person
from app.storage.vaultcheck import FTS_TABLES

PENDING_SCRUBS = f"{INTERNAL_SETTING_PREFIX}scrubs"
PENDING_COMPACT = f"{INTERNAL_SETTING_PREFIX}compact"
# Permanent: who was erased (id and creation stamp, never any content), so a
# restore from an older copy cannot bring them back.
ERASED = "erased.persons"
ALL = "all"
HYPOTHESES = "hypotheses"
REGISTER_FRAME = "purge"
REGISTER_RECIPIENT = "—"
REGISTER_FORMAT = "none"


@dataclass(frozen=True, slots=True)
class Scrub:
    """Something to remove from every snapshot: a whole person, or their hypotheses.

    A person is matched by id AND creation stamp, so a later person who reuses
    the id is never touched.
    """

    person_id: int
    created_at: str
    what: str  # ALL or HYPOTHESES


def _stamp(conn: Any, person_id: int) -> str:
    row = conn.execute("SELECT created_at FROM persons WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound()
    return str(row[0])


def person_scrubs(db: Database, person_ids: list[int], what: str) -> list[Scrub]:
    """How these persons are recognised in snapshots (NotFound if one does not exist)."""
    with db.read() as conn:
        return [Scrub(pid, _stamp(conn, pid), what) for pid in person_ids]


def _read_scrubs(conn: Any, key: str = PENDING_SCRUBS) -> list[Scrub]:
    found = conn.execute("SELECT value FROM vault_settings WHERE key = ?", (key,)).fetchone()
    if found is None:
        return []
    items = json.loads(found[0])
    return [Scrub(int(i["person"]), str(i["created_at"]), str(i["what"])) for i in items]


def _write_scrubs(conn: Any, scrubs: list[Scrub], key: str = PENDING_SCRUBS) -> None:
    if not scrubs:
        conn.execute("DELETE FROM vault_settings WHERE key = ?", (key,))
        return
    value = json.dumps(
        [{"person": s.person_id, "created_at": s.created_at, "what": s.what} for s in scrubs]
    )
    conn.execute(
        "INSERT INTO vault_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _merge(existing: list[Scrub], new: Iterable[Scrub]) -> list[Scrub]:
    merged = list(existing)
    merged += [s for s in new if s not in merged]
    return merged


def _ensure_secure_delete(conn: Any) -> list[str]:
    """Each search index must overwrite what it deletes; switch it on where it is not."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    fixed = []
    for table in FTS_TABLES:
        if table not in tables:
            continue
        row = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'").fetchone()
        if row is None or int(row[0]) != 1:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")
            fixed.append(table)
    return fixed


def secure_delete_on(db: Database) -> bool:
    """True if every search index overwrites deleted entries (the schema sets it)."""
    with db.read() as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        values = [
            conn.execute(f"SELECT v FROM {t}_config WHERE k = 'secure-delete'").fetchone()
            for t in FTS_TABLES
            if t in tables
        ]
    return all(v is not None and int(v[0]) == 1 for v in values)


def purge_persons(db: Database, person_ids: list[int], purpose: str, reason: str) -> list[int]:
    """Delete the persons and write one register entry each, in one transaction."""
    register: list[int] = []
    with db.write() as conn:
        _ensure_secure_delete(conn)
        scrubs = [Scrub(pid, _stamp(conn, pid), ALL) for pid in person_ids]
        for pid in person_ids:
            conn.execute("DELETE FROM persons WHERE id = ?", (pid,))
            forget_person(conn, pid)
            cur = conn.execute(
                "INSERT INTO disclosures (created_at, person_id, recipient, frame, purpose,"
                " informed, reason, item_refs, output_format, sha256, corrects)"
                " VALUES (?, ?, ?, ?, ?, '', ?, '[]', ?, '', NULL)",
                (
                    ts(now_utc()),
                    pid,
                    REGISTER_RECIPIENT,
                    REGISTER_FRAME,
                    purpose,
                    reason,
                    REGISTER_FORMAT,
                ),
            )
            register.append(int(cur.lastrowid))
        _write_scrubs(conn, _merge(_read_scrubs(conn), scrubs))
        _write_scrubs(conn, _merge(_read_scrubs(conn, ERASED), scrubs), ERASED)
        conn.execute(
            "INSERT INTO vault_settings (key, value) VALUES (?, '1')"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (PENDING_COMPACT,),
        )
    return register


def mark_hypotheses_scrub(db: Database, person_id: int) -> None:
    """Before a case closes with its hypotheses destroyed: scrub them from snapshots too."""
    with db.write() as conn:
        scrub = Scrub(person_id, _stamp(conn, person_id), HYPOTHESES)
        _write_scrubs(conn, _merge(_read_scrubs(conn), [scrub]))


def destroy_hypotheses(db: Database, person_id: int) -> int:
    """A closed case's hypotheses; the caller marked them for the snapshots first."""
    with db.write() as conn:
        _ensure_secure_delete(conn)
        gone = conn.execute("DELETE FROM hypotheses WHERE person_id = ?", (person_id,)).rowcount
        conn.execute(
            "INSERT INTO vault_settings (key, value) VALUES (?, '1')"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (PENDING_COMPACT,),
        )
    return int(gone)


def erased_persons(db: Database) -> list[Scrub]:
    with db.read() as conn:
        return _read_scrubs(conn, ERASED)


def pending_scrubs(db: Database) -> list[Scrub]:
    with db.read() as conn:
        return _read_scrubs(conn)


def clear_scrubs(db: Database, done: list[Scrub]) -> None:
    with db.write() as conn:
        _write_scrubs(conn, [s for s in _read_scrubs(conn) if s not in done])


def compact_pending(db: Database) -> bool:
    return db.scalar("SELECT 1 FROM vault_settings WHERE key = ?", (PENDING_COMPACT,)) is not None


def clear_compact(db: Database) -> None:
    with db.write() as conn:
        conn.execute("DELETE FROM vault_settings WHERE key = ?", (PENDING_COMPACT,))


def _scrub_sql(scrub: Scrub) -> tuple[str, tuple[Any, ...]]:
    match = "SELECT 1 FROM persons WHERE id = ? AND created_at = ?"
    if scrub.what == ALL:
        return "DELETE FROM persons WHERE id = ? AND created_at = ?", (
            scrub.person_id,
            scrub.created_at,
        )
    return f"DELETE FROM hypotheses WHERE person_id = ? AND EXISTS ({match})", (
        scrub.person_id,
        scrub.person_id,
        scrub.created_at,
    )


def _holds_hypotheses(db: Database) -> bool:
    return None is not db.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'hypotheses'"
    )


def persons_matched(db: Database, scrubs: list[Scrub]) -> list[int]:
    """Persons of this snapshot that `scrubs` name (id and creation stamp both match)."""
    sql = "SELECT 1 FROM persons WHERE id = ? AND created_at = ?"
    return [s.person_id for s in scrubs if db.scalar(sql, (s.person_id, s.created_at))]


def scrub_hypotheses(db: Database, person_ids: list[int]) -> None:
    """A snapshot's sealed companion: these persons' hypotheses go, then clean and compact."""
    with db.write() as conn:
        _ensure_secure_delete(conn)
        conn.executemany("DELETE FROM hypotheses WHERE person_id = ?", [(p,) for p in person_ids])
    clean_indexes(db)
    compact(db)


def holds_any(db: Database, scrubs: list[Scrub]) -> bool:
    """Does this database (a snapshot) still hold anything that `scrubs` must remove?"""
    if not _holds_hypotheses(db):  # sealed: the hypotheses are in its companion file
        scrubs = [s for s in scrubs if s.what == ALL]
    for scrub in scrubs:
        if scrub.what == ALL:
            sql = "SELECT 1 FROM persons WHERE id = ? AND created_at = ?"
            params: tuple[Any, ...] = (scrub.person_id, scrub.created_at)
        else:
            sql = (
                "SELECT 1 FROM hypotheses h JOIN persons p ON p.id = h.person_id"
                " WHERE p.id = ? AND p.created_at = ? LIMIT 1"
            )
            params = (scrub.person_id, scrub.created_at)
        if db.scalar(sql, params) is not None:
            return True
    return False


def scrub(db: Database, scrubs: list[Scrub]) -> None:
    """Apply `scrubs` to a database (a snapshot copy), then clean its indexes and compact."""
    if not _holds_hypotheses(db):
        scrubs = [s for s in scrubs if s.what == ALL]
    with db.write() as conn:
        _ensure_secure_delete(conn)
        for item in scrubs:
            conn.execute(*_scrub_sql(item))
    clean_indexes(db)
    compact(db)


def clean_indexes(db: Database) -> list[str]:
    """Each search index must agree with its content table; rebuild any that does not."""
    existing = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    rebuilt = []
    for table in FTS_TABLES:
        if table not in existing:
            continue
        try:
            with db.read() as conn:
                # rank = 1 also compares the external-content index with its table.
                conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except CarnetError:  # any disagreement: rebuild from the content table
            with db.write() as conn:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
            rebuilt.append(table)
    return rebuilt


def compact(db: Database) -> None:
    """VACUUM (which needs the internal ATTACH) each file, then truncate the WALs."""
    with db.attachments_allowed(), db.read() as conn:
        for row in conn.execute("PRAGMA database_list").fetchall():
            if row[1] != "temp":
                conn.execute(f"VACUUM {row[1]}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
