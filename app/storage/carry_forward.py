"""What a restore must not undo: erasures, and entries of the disclosure register.

A snapshot or a backup is an older state of the vault. Restoring it must not
bring back a person who was erased since (the right to erasure is for good),
and must not drop register entries written since (what left the device stays
recorded). Before the swap, the staged copy is therefore edited, in one
transaction: the erased persons are deleted from it again, the missing
register entries are copied into it, and the list of erased persons is
merged. Then it is compacted, so no erased text lingers in its free pages.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.storage.connection import Database
from app.storage.export_copy import open_copy
from app.storage.purge import ERASED, Scrub, clean_indexes, compact, erased_persons

_COLUMNS = (
    "created_at, person_id, recipient, frame, purpose, informed, reason, item_refs,"
    " output_format, sha256, corrects"
)
# The same entry: same moment, same person, same recipient and frame, same output.
_SAME = (
    "s.created_at = m.created_at AND s.person_id IS m.person_id AND s.recipient = m.recipient"
    " AND s.frame = m.frame AND s.sha256 = m.sha256"
)


@dataclass(frozen=True, slots=True)
class Carried:
    register_entries: int  # copied into the restored vault
    erasures: int  # persons erased again from the restored content


def _erase_again(conn: Any, erased: list[Scrub]) -> int:
    count = 0
    for item in erased:
        cur = conn.execute(
            "DELETE FROM staged.persons WHERE id = ? AND created_at = ?",
            (item.person_id, item.created_at),
        )
        count += max(cur.rowcount, 0)
    return count


def _copy_register(conn: Any) -> int:
    missing = f"NOT EXISTS (SELECT 1 FROM staged.disclosures s WHERE {_SAME})"
    # Same id free in the copy: keep it (the usual case, an older state of this vault).
    kept = conn.execute(
        f"INSERT INTO staged.disclosures (id, {_COLUMNS}) SELECT m.id, {_COLUMNS}"
        f" FROM main.disclosures m WHERE {missing}"
        " AND NOT EXISTS (SELECT 1 FROM staged.disclosures t WHERE t.id = m.id) ORDER BY m.id"
    ).rowcount
    # Id already used by another entry there: the entry gets a new id, its content whole.
    moved = conn.execute(
        f"INSERT INTO staged.disclosures ({_COLUMNS}) SELECT {_COLUMNS}"
        f" FROM main.disclosures m WHERE {missing} ORDER BY m.id"
    ).rowcount
    return max(int(kept), 0) + max(int(moved), 0)


def _merge_erased(conn: Any, erased: list[Scrub]) -> None:
    has_settings = conn.execute(
        "SELECT 1 FROM staged.sqlite_master WHERE type = 'table' AND name = 'vault_settings'"
    ).fetchone()
    if not erased or has_settings is None:  # a copy from before vault settings existed
        return
    row = conn.execute("SELECT value FROM staged.vault_settings WHERE key = ?", (ERASED,))
    found = row.fetchone()
    items = json.loads(found[0]) if found else []
    for item in erased:
        entry = {"person": item.person_id, "created_at": item.created_at, "what": item.what}
        if entry not in items:
            items.append(entry)
    if items:
        conn.execute(
            "INSERT INTO staged.vault_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (ERASED, json.dumps(items)),
        )


def carry_forward(current: Database, staged: Path, key: bytes) -> Carried:
    """Edit the staged copy (under `key`) so the restore keeps erasures and the register."""
    erased = erased_persons(current)
    with current.attachments_allowed(), current.read() as conn:
        conn.execute("ATTACH DATABASE ? AS staged KEY ?", (str(staged), f"x'{key.hex()}'"))
        try:
            conn.execute("PRAGMA staged.secure_delete = ON")
            conn.execute("BEGIN")
            try:
                erasures = _erase_again(conn, erased)
                entries = _copy_register(conn)
                _merge_erased(conn, erased)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher.Error):
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute("DETACH DATABASE staged")
    if erasures:
        copy = open_copy(staged, key, writable=True)
        try:
            clean_indexes(copy)
            compact(copy)
        finally:
            copy.close()
    return Carried(entries, erasures)
