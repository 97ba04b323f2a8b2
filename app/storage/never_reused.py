"""Migration: ids are never reused (SQLite AUTOINCREMENT) for everything about a person.

Without AUTOINCREMENT, SQLite gives a new row the largest id + 1, so after a
purge the next person could get the erased person's id and inherit the
register entries about them. A column cannot be altered in place, so each
table is rebuilt the way SQLite documents (create the new table, copy every
row with its id, drop the old one, rename, then recreate the indexes and
triggers read from the schema before the drop). Foreign keys are off during
the rebuild (the caller sees to it) and checked before the commit. Search
indexes keep their rowids, so they stay in step with their content tables.

The counters then start above every id the vault still remembers: persons
named in the register or in the list of erased persons, and interviews,
addenda and follow-ups named in register entries.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.domain.errors import VaultCorrupted
from app.storage.connection import Database

TABLES = ("persons", "interviews", "addenda", "hypotheses", "follow_ups")
_ID_COLUMN = re.compile(r"\bid\s+INTEGER\s+PRIMARY\s+KEY\b(?!\s+AUTOINCREMENT)", re.IGNORECASE)
_REF = re.compile(r"^(interview|addendum|follow-up|person):(\d+)")
_REF_TABLES = {"interview": "interviews", "addendum": "addenda", "follow-up": "follow_ups",
               "person": "persons"}  # fmt: skip
ERASED_KEY = "erased.persons"  # app/storage/purge.py keeps the erased persons under it


def _rebuild(conn: Any, table: str) -> None:
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if row is None or "AUTOINCREMENT" in row[0].upper():
        return
    new = f"carnet_rebuild_{table}"
    create, found = _ID_COLUMN.subn("id INTEGER PRIMARY KEY AUTOINCREMENT", row[0], count=1)
    if not found:
        raise VaultCorrupted(f"The table {table} has no integer id column.")
    create = re.sub(rf"^CREATE TABLE\s+\"?{table}\"?", f"CREATE TABLE {new}", create, count=1)
    extras = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL ORDER BY type, name",
            (table,),
        )
    ]
    columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
    conn.execute(create)
    conn.execute(f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for statement in extras:
        conn.execute(statement)


def _remembered_ids(conn: Any) -> dict[str, int]:
    """The largest id of each table that the register or the erased list still names."""
    highest = dict.fromkeys(TABLES, 0)
    for person_id, refs in conn.execute("SELECT person_id, item_refs FROM disclosures"):
        if person_id is not None:
            highest["persons"] = max(highest["persons"], int(person_id))
        for ref in json.loads(refs or "[]"):
            match = _REF.match(str(ref))
            if match:
                table = _REF_TABLES[match.group(1)]
                highest[table] = max(highest[table], int(match.group(2)))
    erased = conn.execute("SELECT value FROM vault_settings WHERE key = ?", (ERASED_KEY,))
    for (value,) in erased.fetchall():
        for item in json.loads(value):
            highest["persons"] = max(highest["persons"], int(item["person"]))
    return highest


def _raise_counters(conn: Any, highest: dict[str, int]) -> None:
    for table, floor in highest.items():
        current = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,))
        row = current.fetchone()
        if row is None:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, floor))
        elif int(row[0]) < floor:
            conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (floor, table))


def counters_above_remembered(db: Database) -> None:
    """At every open: a restored copy may have counters below ids erased after it was taken
    (carried forward into it); raise them. Reads only, unless one is too low."""
    with db.read() as conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            highest = _remembered_ids(conn)
            rows = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
            if all(int(rows.get(t, 0)) >= floor for t, floor in highest.items()):
                return
        else:
            return
    with db.write() as conn:
        _raise_counters(conn, _remembered_ids(conn))


def never_reuse_ids(conn: Any) -> None:
    """The migration itself; runs inside the caller's transaction, foreign keys off."""
    for table in TABLES:
        _rebuild(conn, table)
    _raise_counters(conn, _remembered_ids(conn))
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise VaultCorrupted("A rebuilt table breaks a foreign key.")
