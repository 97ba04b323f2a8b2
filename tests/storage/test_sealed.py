"""Tests for app/storage/sealed.py: the sealed file's schema, its upgrade, and what opening reads.

Real SQLCipher files in tmp_path: `carnet.db` under a data key, the sealed
file attached under a second key, as unlocking does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import sealed
from app.storage.connection import Database, open_database
from app.storage.purge import PENDING_COMPACT
from app.storage.schema import SEALED_AWAY, migrate

KEY = bytes.fromhex("5a" * 32)
SEALED_KEY = bytes.fromhex("c3" * 32)
# The sealed file's schema as version 1 wrote it (an index on person_id alone).
V1_SCHEMA = (
    "CREATE TABLE v1.hypotheses (id INTEGER PRIMARY KEY AUTOINCREMENT, person_id INTEGER NOT NULL,"
    " interview_id INTEGER, text TEXT NOT NULL DEFAULT '', noted_on TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'open', updated_at TEXT NOT NULL)",
    "CREATE INDEX v1.hypotheses_by_person ON hypotheses(person_id)",
    "CREATE INDEX v1.hypotheses_by_interview ON hypotheses(interview_id)",
    "PRAGMA v1.user_version = 1",
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A migrated carnet.db whose hypotheses have left for the sealed file."""
    database = open_database(tmp_path / "carnet.db", KEY)
    migrate(database)
    sealed.drop_from_main(database, "0" * 32)
    yield database
    database.close()


def _make_v1_file(db: Database, path: Path) -> None:
    with db.attachments_allowed(), db.read() as conn:
        conn.execute("ATTACH DATABASE ? AS v1 KEY ?", (str(path), f"x'{SEALED_KEY.hex()}'"))
        for statement in V1_SCHEMA:
            conn.execute(statement)
        conn.executemany(
            "INSERT INTO v1.hypotheses (person_id, text, noted_on, updated_at)"
            " VALUES (?, ?, '2024-05-01', 'x')",
            [(person % 7, f"qzpiste {person}") for person in range(60)],
        )
        conn.execute("ANALYZE v1")  # statistics, as `PRAGMA optimize` used to leave
        conn.execute("DETACH DATABASE v1")


def _names(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT name FROM sealed.sqlite_master")}


def _plan(db: Database, sql: str) -> str:
    return " ".join(str(row[-1]) for row in db.query(f"EXPLAIN QUERY PLAN {sql}"))


PERSON_HYPOTHESES = (
    "SELECT id, person_id, interview_id, text, noted_on, status, updated_at FROM hypotheses"
    " WHERE person_id = 3 ORDER BY noted_on DESC, id DESC"
)


def test_new_sealed_file_reads_a_persons_hypotheses_from_a_covering_index(
    db: Database, tmp_path: Path
) -> None:
    """A file created at attach is at VERSION, and a person's hypotheses come from one index."""
    sealed.attach(db, tmp_path / "hypotheses.db", SEALED_KEY)
    assert db.scalar("PRAGMA sealed.user_version") == sealed.VERSION
    assert "COVERING INDEX hypotheses_file" in _plan(db, PERSON_HYPOTHESES)


def test_version_1_file_is_upgraded_at_attach(db: Database, tmp_path: Path) -> None:
    """A version 1 file gets the covering index, loses its statistics, and keeps every row."""
    path = tmp_path / "hypotheses.db"
    _make_v1_file(db, path)
    sealed.attach(db, path, SEALED_KEY)
    names = _names(db)
    assert "hypotheses_file" in names and "hypotheses_by_person" not in names
    assert not {"sqlite_stat1", "sqlite_stat4"} & names
    assert db.scalar("PRAGMA sealed.user_version") == sealed.VERSION
    rows = db.query("SELECT text FROM hypotheses WHERE person_id = 3 ORDER BY id")
    assert [r[0] for r in rows] == [f"qzpiste {n}" for n in range(60) if n % 7 == 3]
    assert "COVERING INDEX hypotheses_file" in _plan(db, PERSON_HYPOTHESES)
    sealed.detach(db)
    sealed.attach(db, path, SEALED_KEY)  # upgraded once: attaching again changes nothing
    assert _names(db) == names


def test_open_state_reads_the_check_and_the_markers(db: Database) -> None:
    """One read tells the recorded check, whether carnet.db still holds them, a pending sweep."""
    state = sealed.open_state(db)
    assert (state.check, state.main_holds, state.sweep_pending) == ("0" * 32, False, True)
    sealed.clear_setting(db, PENDING_COMPACT)
    sealed.set_check(db, "1" * 32)
    assert sealed.open_state(db) == sealed.OpenState("1" * 32, False, False)


def test_open_state_of_a_vault_not_sealed_yet(tmp_path: Path) -> None:
    """Before sealing: no check recorded, and carnet.db still holds the hypotheses."""
    database = open_database(tmp_path / "old.db", KEY)
    try:
        migrate(database)
        assert sealed.open_state(database) == sealed.OpenState(None, True, False)
        with database.write() as conn:
            for statement in SEALED_AWAY:
                conn.execute(statement)
        assert not sealed.open_state(database).main_holds
    finally:
        database.close()


def test_closing_keeps_no_statistics_in_the_sealed_file(db: Database, tmp_path: Path) -> None:
    """Lock runs `PRAGMA optimize` on carnet.db only: the sealed file keeps no statistics."""
    path = tmp_path / "hypotheses.db"
    sealed.attach(db, path, SEALED_KEY)
    with db.write() as conn:
        conn.executemany(
            "INSERT INTO hypotheses (person_id, text, noted_on, updated_at)"
            " VALUES (?, 'qzpiste', '2024-05-01', 'x')",
            [(person % 30,) for person in range(90)],
        )
    for person in range(30):
        db.query(PERSON_HYPOTHESES.replace("= 3", f"= {person}"))
    db.close()
    again = open_database(tmp_path / "carnet.db", KEY)
    try:
        sealed.attach(again, path, SEALED_KEY)
        assert not {"sqlite_stat1", "sqlite_stat4"} & _names(again)
    finally:
        again.close()
