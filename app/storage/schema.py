"""Schema migrations, numbered by PRAGMA user_version.

Each entry upgrades from version N-1 to N inside one transaction. Never edit a
released migration: add a new one. tests/data/ keeps a vault made at version 1.
"""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import VaultTooNew
from app.storage.connection import Database

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

MIGRATIONS: tuple[str, ...] = (_V1, _V2)

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
CURRENT_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version") or 0)


def migrate(db: Database, target: int = CURRENT_VERSION) -> int:
    """Bring the schema to `target`; refuse a vault made by a newer Carnet."""
    current = schema_version(db)
    if current > CURRENT_VERSION:
        raise VaultTooNew()
    for version in range(current + 1, target + 1):
        statements = [s.strip() for s in _split(MIGRATIONS[version - 1]) if s.strip()]
        with db.write() as conn:
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
    return schema_version(db)


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
