"""Tests for app/storage/vaultcheck.py: page authentication, structure and FTS checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import Session, database
from app.domain.errors import VaultCorrupted
from app.domain.models import PersonDraft
from app.storage.connection import open_database
from app.storage.schema import CURRENT_VERSION
from app.storage.vaultcheck import cipher_settings, integrity_problems, verify_pages
from tests.support import draft

PAGE = 4096


@pytest.fixture
def filled(session: Session, caseload: Caseload) -> Session:
    """A vault with about a hundred pages of notes, all checkpointed into the main file."""
    person = caseload.add_person(PersonDraft("Mme Test"))
    for index in range(60):
        caseload.add_interview(person, draft(), f"note {index} " + "contenu " * 700)
    database(session).checkpoint()
    return session


@pytest.fixture
def closed_copy(filled: Session) -> Iterator[tuple[Path, bytes]]:
    """The database path and its raw key, the session closed so the file is quiet."""
    path, key = filled.paths.database, filled.data_key()
    filled.close()
    yield path, key


def test_healthy_vault_has_no_problems(filled: Session) -> None:
    """A sound vault passes verify_pages and has no integrity problems."""
    verify_pages(database(filled))
    assert integrity_problems(database(filled)) == []


@pytest.mark.parametrize("page", [2, 10, -1])
def test_flipped_byte_on_any_page_is_detected(closed_copy: tuple[Path, bytes], page: int) -> None:
    """One flipped byte on page 2, 10 or the last page makes verify_pages raise VaultCorrupted."""
    path, key = closed_copy
    data = bytearray(path.read_bytes())
    assert len(data) // PAGE > 50
    offset = (len(data) // PAGE - 1 if page == -1 else page - 1) * PAGE + 700
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))
    db = open_database(path, key)  # page 1 is sound, so opening works…
    try:
        with pytest.raises(VaultCorrupted):  # …but the full check finds the damage
            verify_pages(db)
        assert integrity_problems(db)
    finally:
        db.close()


def test_fts_out_of_step_is_reported(filled: Session) -> None:
    """An FTS index that disagrees with its table is reported by integrity_problems."""
    with database(filled).write() as conn:
        conn.execute("INSERT INTO facts_fts(rowid, facts) VALUES (999999, 'fantome')")
    problems = integrity_problems(database(filled))
    assert any(p.startswith("facts_fts") for p in problems), problems


def test_cipher_settings_report(filled: Session) -> None:
    """The report lists the cipher version and the hardening settings."""
    settings = cipher_settings(database(filled))
    assert settings["cipher_version"]
    assert settings["cipher_hmac_algorithm"] == "HMAC_SHA512"
    assert settings["cipher_page_size"] == "4096"
    assert settings["secure_delete"] == "1"
    assert settings["temp_store"] == "2"
    assert settings["user_version"] == str(CURRENT_VERSION)
