"""Tests for app/storage/schema.py: numbered migrations, refusal of newer vaults, the v1 fixture."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import database, stores
from app.core.vault import unlock, unlock_with_recovery_key
from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.crypto.recovery import format_recovery_key
from app.domain.errors import CarnetError, VaultTooNew
from app.domain.ids import InterviewId, PersonId
from app.domain.models import FactsStatus, HypothesisStatus
from app.storage import schema
from app.storage.connection import Database, open_database
from app.storage.never_reused import never_reuse_ids
from app.storage.schema import CURRENT_VERSION, migrate, schema_version
from tests.data import make_v1_vault
from tests.support import REPO, folder_digest

KEY = bytes.fromhex("5e" * 32)
FIXTURE = REPO / "tests" / "data" / "vault-v1"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty keyed database, schema version 0."""
    database = open_database(tmp_path / "schema.db", KEY)
    yield database
    database.close()


def _tables(db: Database) -> set[str]:
    return {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_fresh_database_migrates_to_current(db: Database) -> None:
    """An empty database becomes the current schema, with every table and FTS index."""
    assert schema_version(db) == 0
    assert migrate(db) == CURRENT_VERSION
    assert {
        "persons",
        "interviews",
        "addenda",
        "addendum_drafts",
        "hypotheses",
        "follow_ups",
        "disclosures",
        "vault_settings",
        "facts_fts",
        "addenda_fts",
        "hypotheses_fts",
    } <= _tables(db)


def test_migrate_is_idempotent(db: Database) -> None:
    """Running the migrations again on a current vault changes nothing."""
    migrate(db)
    before = db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name")
    assert migrate(db) == CURRENT_VERSION
    assert db.query("SELECT type, name, sql FROM sqlite_master ORDER BY name") == before


def test_step_by_step(db: Database) -> None:
    """Version 1 has no hypotheses index; version 2 adds it and the settings table."""
    assert migrate(db, target=1) == 1
    assert "hypotheses_fts" not in _tables(db)
    assert "vault_settings" not in _tables(db)
    assert migrate(db, target=2) == 2
    assert {"hypotheses_fts", "addenda_fts", "vault_settings"} <= _tables(db)


def test_preview_migration_fills_existing_notes(db: Database) -> None:
    """Preview and last contact are computed for notes written before they existed."""
    migrate(db, target=2)
    with db.write() as conn:
        conn.execute(
            "INSERT INTO persons (alias, created_at, updated_at) VALUES ('Mme A', 'x', 'x')"
        )
        conn.execute(
            "INSERT INTO interviews (person_id, held_on, kind, requested_by, facts,"
            " created_at, updated_at) VALUES (1, '2026-01-02', 'office', 'person',"
            " ?, 'x', 'x')",
            ("Motif de l'entretien :\nLoyer impayé depuis mars.\n",),
        )
    migrate(db)
    assert db.scalar("SELECT preview FROM interviews") == "Loyer impayé depuis mars."
    assert db.scalar("SELECT last_contact FROM persons") == "2026-01-02"
    plan = " ".join(
        str(r[-1])
        for r in db.query(
            "EXPLAIN QUERY PLAN SELECT id, held_on, kind, themes, preview, status"
            " FROM interviews WHERE person_id = 1 ORDER BY held_on DESC, id DESC"
        )
    )
    assert "COVERING INDEX interviews_timeline" in plan


def test_person_file_reads_follow_ups_and_hypotheses_from_covering_indexes(db: Database) -> None:
    """A person's follow-ups and (not yet sealed) hypotheses come from one index each."""
    migrate(db)
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"follow_ups_file", "hypotheses_file"} <= names
    assert not {"follow_ups_by_person", "hypotheses_by_person"} & names
    for sql, index in (
        (
            "SELECT id, person_id, interview_id, text, due_on, done FROM follow_ups"
            " WHERE person_id = 1 ORDER BY done, due_on IS NULL, due_on, id",
            "follow_ups_file",
        ),
        (
            "SELECT id, person_id, interview_id, text, noted_on, status, updated_at"
            " FROM hypotheses WHERE person_id = 1 ORDER BY noted_on DESC, id DESC",
            "hypotheses_file",
        ),
    ):
        plan = " ".join(str(r[-1]) for r in db.query(f"EXPLAIN QUERY PLAN {sql}"))
        assert f"COVERING INDEX {index}" in plan


def test_person_file_indexes_on_a_sealed_vault(db: Database) -> None:
    """Once the hypotheses have left carnet.db, the migration indexes the follow-ups alone."""
    migrate(db, target=CURRENT_VERSION - 1)
    with db.write() as conn:
        for statement in schema.SEALED_AWAY:
            conn.execute(statement)
    assert migrate(db) == CURRENT_VERSION
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "follow_ups_file" in names and "hypotheses_file" not in names


@pytest.mark.parametrize("index", ["facts_fts", "addenda_fts", "hypotheses_fts"])
def test_fts_secure_delete_is_on(db: Database, index: str) -> None:
    """Every FTS5 index is configured with secure-delete, so deleted words leave the index."""
    migrate(db)
    assert db.scalar(f"SELECT v FROM {index}_config WHERE k = 'secure-delete'") == 1


def test_newer_schema_is_refused(db: Database) -> None:
    """A user_version above CURRENT_VERSION raises VaultTooNew and changes nothing."""
    migrate(db)
    with db.write() as conn:
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    with pytest.raises(VaultTooNew):
        migrate(db)
    assert schema_version(db) == CURRENT_VERSION + 1


def test_failed_migration_rolls_back(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration failing half-way leaves the previous version whole: no new table or version."""
    migrate(db)
    broken = "CREATE TABLE half_done (x INTEGER);\nSELECT no_such_function();"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    with pytest.raises(CarnetError):
        migrate(db, target=CURRENT_VERSION + 1)
    assert schema_version(db) == CURRENT_VERSION
    assert "half_done" not in _tables(db)


def test_split_keeps_trigger_bodies_whole() -> None:
    """The script splitter keeps each CREATE TRIGGER … END as one statement."""
    parts = [p.strip() for p in schema._split(schema.MIGRATIONS[0]) if p.strip()]
    triggers = [p for p in parts if p.startswith("CREATE TRIGGER")]
    assert triggers
    assert all(p.endswith("END;") for p in triggers)


# The version-1 vault kept in tests/data -----------------------------------------


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    """A copy of tests/data/vault-v1 (the committed fixture itself is never opened)."""
    target = tmp_path / "vault-v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_fixture_is_really_version_1(v1_copy: Path) -> None:
    """The committed fixture is a clean (no WAL) vault at schema version 1."""
    assert not (FIXTURE / "carnet.db-wal").exists()
    keyfile = kf.read_keyfile(v1_copy / "carnet.key")
    key = kf.unwrap_with_passphrase(keyfile, make_v1_vault.PASSPHRASE)
    db = open_database(v1_copy / "carnet.db", key)
    try:
        assert schema_version(db) == 1
        assert "hypotheses_fts" not in _tables(db)
    finally:
        db.close()


def test_v1_vault_migrates_on_unlock(v1_copy: Path) -> None:
    """Unlocking the v1 vault with today's code migrates it to CURRENT_VERSION, data intact."""
    session = unlock(v1_copy, make_v1_vault.PASSPHRASE)
    try:
        assert schema_version(database(session)) == CURRENT_VERSION
        assert session.check().ok
        caseload = Caseload(session)
        aliases = {row.alias for row in caseload.person_rows(date(2024, 1, 1))}
        assert aliases == {p[1] for p in make_v1_vault.PERSONS}
        first = stores(session).interviews.get(InterviewId(1))
        assert first.facts == make_v1_vault.INTERVIEWS[0][7]
        assert first.status is FactsStatus.FINALISED
        assert [a.text for a in first.addenda] == [make_v1_vault.ADDENDA[0][3]]
        hypotheses = stores(session).hypotheses.for_person(PersonId(1))
        assert [(h.text, h.status) for h in hypotheses] == [
            (make_v1_vault.HYPOTHESES[0][3], HypothesisStatus.OPEN)
        ]
        assert [f.text for f in stores(session).follow_ups.for_person(PersonId(1))] == [
            "Relancer le FSL"
        ]
    finally:
        session.close()


def test_v1_vault_search_after_migration(v1_copy: Path) -> None:
    """After migration, facts, addenda and (when asked) hypotheses are searchable."""
    session = unlock(v1_copy, make_v1_vault.PASSPHRASE)
    try:
        caseload = Caseload(session)
        assert [h.interview_id for h in caseload.search("insalubre")] == [3]
        assert [h.interview_id for h in caseload.search("avril")] == [1]  # addendum, v2 index
        assert caseload.search("isolement") == []
        hits = caseload.search("isolement", include_hypotheses=True)
        assert [(h.is_hypothesis, h.hypothesis_id) for h in hits] == [(True, 1)]
        assert caseload.search("voisinage", include_hypotheses=True)[0].person_id == 2
    finally:
        session.close()


def test_v1_vault_opens_with_its_recovery_key(v1_copy: Path) -> None:
    """The documented recovery key of the fixture still opens it after migration."""
    recovery = format_recovery_key(make_v1_vault.RECOVERY_SECRET)
    session = unlock_with_recovery_key(v1_copy, recovery, "nouvelle phrase", TEST_PARAMS)
    try:
        assert schema_version(database(session)) == CURRENT_VERSION
    finally:
        session.close()


def test_v1_fixture_untouched_by_the_suite() -> None:
    """The migration tests work on copies: the committed fixture keeps only its two files."""
    assert set(folder_digest(FIXTURE)) == {"carnet.db", "carnet.key"}


# Ids never reused (AUTOINCREMENT) ---------------------------------------------------

ID_TABLES = ("persons", "interviews", "addenda", "hypotheses", "follow_ups")


def _schema_of(db: Database) -> dict[str, str]:
    rows = db.query("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    return {str(name): str(sql) for name, sql in rows}


def test_v1_vault_gets_never_reused_ids_with_indexes_and_triggers(v1_copy: Path) -> None:
    """After migration every person table is AUTOINCREMENT; indexes, triggers, FTS intact."""
    key = kf.unwrap_with_passphrase(kf.read_keyfile(v1_copy / "carnet.key"),
                                    make_v1_vault.PASSPHRASE)  # fmt: skip
    db = open_database(v1_copy / "carnet.db", key)
    try:
        migrate(db, target=2)
        before = _schema_of(db)
        counts = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ID_TABLES}
        migrate(db, target=schema.MIGRATIONS.index(never_reuse_ids) + 1)
        after = _schema_of(db)
        for table in ID_TABLES:
            assert "AUTOINCREMENT" in after[table], table
            assert db.scalar(f"SELECT count(*) FROM {table}") == counts[table]
        extras = {n for n, sql in before.items() if sql.startswith(("CREATE INDEX", "CREATE TRIG"))}
        assert {n: after[n] for n in extras} == {n: before[n] for n in extras}
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.query("PRAGMA foreign_key_check") == []
        for index in ("facts_fts", "addenda_fts", "hypotheses_fts"):
            db.query(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        db.close()


def test_migration_starts_counters_above_remembered_ids(tmp_path: Path) -> None:
    """A v2 vault whose register names person 7 and interview 9 (both gone) never reuses them."""
    db = open_database(tmp_path / "v2.db", KEY)
    try:
        migrate(db, target=2)
        with db.write() as conn:
            conn.execute(
                "INSERT INTO disclosures (created_at, person_id, recipient, frame, purpose,"
                " informed, item_refs, output_format, sha256) VALUES ('2024-01-01T00:00:00Z',"
                " 7, 'CCAS', 'liaison', 'aide', 'yes', '[\"interview:9#p1\"]', 'pdf', '')"
            )
        migrate(db)
        with db.write() as conn:
            person = conn.execute(
                "INSERT INTO persons (alias, created_at, updated_at) VALUES ('N', 'x', 'x')"
            ).lastrowid
            interview = conn.execute(
                "INSERT INTO interviews (person_id, held_on, kind, requested_by, created_at,"
                " updated_at) VALUES (?, '2024-01-02', 'office', 'person', 'x', 'x')",
                (person,),
            ).lastrowid
        assert (person, interview) == (8, 10)
    finally:
        db.close()
