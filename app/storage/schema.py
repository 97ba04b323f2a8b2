"""Schema migrations, numbered by PRAGMA user_version.

Each entry upgrades from version N-1 to N inside one transaction. Never edit a
released migration: add a new one. tests/data/ keeps a vault made at version 1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import VaultCorrupted, VaultTooNew
from app.domain.preview import facts_preview
from app.storage.connection import Database
from app.storage.never_reused import never_reuse_ids

_V1 = """
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    case_opened TEXT,
    case_closed TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE interviews (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    duration_min INTEGER,
    themes TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    facts TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finalised')),
    finalised_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX interviews_by_person ON interviews(person_id, held_on DESC, id DESC);
CREATE TABLE addenda (
    id INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX addenda_by_interview ON addenda(interview_id);
CREATE TABLE hypotheses (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
    text TEXT NOT NULL DEFAULT '',
    noted_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dropped')),
    updated_at TEXT NOT NULL
);
CREATE INDEX hypotheses_by_person ON hypotheses(person_id);
CREATE INDEX hypotheses_by_interview ON hypotheses(interview_id);
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    due_on TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    done_at TEXT
);
CREATE INDEX follow_ups_by_person ON follow_ups(person_id);
CREATE INDEX follow_ups_open ON follow_ups(done, due_on);
CREATE TABLE disclosures (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    person_id INTEGER,
    recipient TEXT NOT NULL,
    frame TEXT NOT NULL,
    purpose TEXT NOT NULL,
    informed TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    item_refs TEXT NOT NULL DEFAULT '[]',
    output_format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    corrects INTEGER REFERENCES disclosures(id)
);
CREATE INDEX disclosures_by_person ON disclosures(person_id, created_at);
CREATE TRIGGER disclosures_are_final_u BEFORE UPDATE ON disclosures
BEGIN SELECT RAISE(ABORT, 'register entries cannot be edited'); END;
CREATE TRIGGER disclosures_are_final_d BEFORE DELETE ON disclosures
BEGIN SELECT RAISE(ABORT, 'register entries cannot be deleted'); END;

CREATE VIRTUAL TABLE facts_fts USING fts5(
    facts, content='interviews', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO facts_fts(facts_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER interviews_fts_i AFTER INSERT ON interviews BEGIN
    INSERT INTO facts_fts(rowid, facts) VALUES (new.id, new.facts);
END;
CREATE TRIGGER interviews_fts_d AFTER DELETE ON interviews BEGIN
    INSERT INTO facts_fts(facts_fts, rowid, facts) VALUES ('delete', old.id, old.facts);
END;
CREATE TRIGGER interviews_fts_u AFTER UPDATE OF facts ON interviews BEGIN
    INSERT INTO facts_fts(facts_fts, rowid, facts) VALUES ('delete', old.id, old.facts);
    INSERT INTO facts_fts(rowid, facts) VALUES (new.id, new.facts);
END;
"""

# Version 2: addenda and private hypotheses get their own search indexes
# (kept apart from facts so nothing that exports can reach them), and a small
# settings table for vault-level preferences that must stay encrypted.
_V2 = """
CREATE TABLE vault_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE addenda_fts USING fts5(
    text, content='addenda', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO addenda_fts(addenda_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO addenda_fts(addenda_fts) VALUES ('rebuild');
CREATE TRIGGER addenda_fts_i AFTER INSERT ON addenda BEGIN
    INSERT INTO addenda_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER addenda_fts_d AFTER DELETE ON addenda BEGIN
    INSERT INTO addenda_fts(addenda_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE VIRTUAL TABLE hypotheses_fts USING fts5(
    text, content='hypotheses', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO hypotheses_fts(hypotheses_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO hypotheses_fts(hypotheses_fts) VALUES ('rebuild');
CREATE TRIGGER hypotheses_fts_i AFTER INSERT ON hypotheses BEGIN
    INSERT INTO hypotheses_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER hypotheses_fts_d AFTER DELETE ON hypotheses BEGIN
    INSERT INTO hypotheses_fts(hypotheses_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER hypotheses_fts_u AFTER UPDATE OF text ON hypotheses BEGIN
    INSERT INTO hypotheses_fts(hypotheses_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO hypotheses_fts(rowid, text) VALUES (new.id, new.text);
END;
"""

# Version 4: each interview keeps its one-line preview, and the person file's
# timeline reads a covering index: opening a file decrypts no page of notes.
# Each person keeps the date of the last interview (triggers), so the persons
# list reads the persons table alone instead of seeking one index page each.
_V4 = """
ALTER TABLE persons ADD COLUMN last_contact TEXT;
UPDATE persons SET last_contact =
    (SELECT max(held_on) FROM interviews WHERE person_id = persons.id);
CREATE TRIGGER interviews_last_contact_i AFTER INSERT ON interviews BEGIN
    UPDATE persons SET last_contact = new.held_on
    WHERE id = new.person_id AND (last_contact IS NULL OR last_contact < new.held_on);
END;
CREATE TRIGGER interviews_last_contact_u AFTER UPDATE OF held_on, person_id ON interviews BEGIN
    UPDATE persons SET last_contact =
        (SELECT max(held_on) FROM interviews WHERE person_id = persons.id)
    WHERE id IN (old.person_id, new.person_id);
END;
CREATE TRIGGER interviews_last_contact_d AFTER DELETE ON interviews BEGIN
    UPDATE persons SET last_contact =
        (SELECT max(held_on) FROM interviews WHERE person_id = persons.id)
    WHERE id = old.person_id;
END;
ALTER TABLE interviews ADD COLUMN preview TEXT NOT NULL DEFAULT '';
UPDATE interviews SET preview = facts_preview(facts);
DROP INDEX interviews_by_person;
CREATE INDEX interviews_timeline
    ON interviews(person_id, held_on DESC, id DESC, kind, themes, status, preview);
"""

# A person's file reads their follow-ups and hypotheses from covering indexes
# (ordered by person, every column the file shows), so a new connection reads
# and decrypts a few index pages instead of one table page per row. The index
# on `person_id` alone that each replaces is a prefix of it.
FOLLOW_UPS_FILE_INDEX = (
    "CREATE INDEX follow_ups_file ON follow_ups(person_id, done, due_on, id, interview_id, text)"
)
HYPOTHESES_FILE_INDEX = (
    "CREATE INDEX {s}.hypotheses_file"
    " ON hypotheses(person_id, noted_on DESC, id DESC, interview_id, status, updated_at, text)"
)


def person_file_indexes(conn: Any) -> None:
    """The covering indexes above; `hypotheses` is still here only before sealing."""
    conn.execute("DROP INDEX IF EXISTS follow_ups_by_person")
    conn.execute(FOLLOW_UPS_FILE_INDEX)
    sql = "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'hypotheses'"
    if conn.execute(sql).fetchone() is not None:
        conn.execute("DROP INDEX IF EXISTS main.hypotheses_by_person")
        conn.execute(HYPOTHESES_FILE_INDEX.format(s="main"))


# Version 6: the addendum being written under a finalised note is saved as the
# worker types (one draft per interview), apart from the final addenda: nothing
# that reads addenda for an export, a handover or the search ever sees it. It
# goes with its interview (ON DELETE CASCADE), so erasure reaches it.
_V6 = """
CREATE TABLE addendum_drafts (
    interview_id INTEGER PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# Version 3: ids are never reused (AUTOINCREMENT), see never_reused.py.
# A migration is an SQL script, or a function run inside the migration's transaction.
Migration = str | Callable[[Any], None]
MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, never_reuse_ids, _V4, person_file_indexes, _V6)
CURRENT_VERSION = len(MIGRATIONS)

# The hypotheses leave carnet.db for their own sealed file (app/storage/sealed.py)
# at the first unlock after the migrations; these statements remove what the
# migrations above created for them. External copies drop them as well.
SEALED_AWAY = (
    "DROP TRIGGER IF EXISTS main.hypotheses_fts_i",
    "DROP TRIGGER IF EXISTS main.hypotheses_fts_d",
    "DROP TRIGGER IF EXISTS main.hypotheses_fts_u",
    "DROP TABLE IF EXISTS main.hypotheses_fts",
    "DROP TABLE IF EXISTS main.hypotheses",
)


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version") or 0)


def migrate(db: Database, target: int = CURRENT_VERSION) -> int:
    """Bring the schema to `target`; refuse a vault made by a newer Carnet."""
    current = schema_version(db)
    if current > CURRENT_VERSION:
        raise VaultTooNew()
    if current >= target:
        return current
    # A table rebuild drops tables that others reference: foreign keys are switched
    # off for the migrations (it cannot change inside a transaction) and each
    # migration checks them before its commit.
    with db.read() as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(current + 1, target + 1):
            _run(db, MIGRATIONS[version - 1], version)
    finally:
        with db.read() as conn:
            conn.execute("PRAGMA foreign_keys = ON")
    return schema_version(db)


def _run(db: Database, migration: Migration, version: int) -> None:
    with db.write() as conn:
        # Migrations may compute a column with the same Python as the stores.
        conn.create_function("facts_preview", 1, facts_preview, deterministic=True)
        if callable(migration):
            migration(conn)
        else:
            for statement in (s.strip() for s in _split(migration)):
                if statement:
                    conn.execute(statement)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise VaultCorrupted("The migrated vault breaks a foreign key.")
        conn.execute(f"PRAGMA user_version = {version}")


def _split(script: str) -> list[str]:
    """Split a migration script into whole statements (trigger bodies included)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher.complete_statement(buffer):
            statements.append(buffer)
            buffer = ""
    return [*statements, buffer]
