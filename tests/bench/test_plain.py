"""Tests for bench/plain.py: the twins have the vault's layout, so ratios measure the cipher."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.core.demo import import_demo
from app.core.session import stores
from app.core.workspace_queries import person_file
from bench.plain import Variant, new_database, open_variant, session_over

KEY = bytes(range(32))


@pytest.mark.parametrize("variant", [Variant.PLAIN, Variant.ENCRYPTED_NO_MEMSEC])
def test_a_twin_keeps_its_hypotheses_in_a_file_of_their_own(
    tmp_path: Path, variant: Variant
) -> None:
    """Hypotheses land in hypotheses.db, carnet.db has none, and a new connection reads them."""
    session = session_over(new_database(variant, tmp_path / "carnet.db", KEY), tmp_path)
    try:
        report = import_demo(session, 5, 60, seed=2, today=date(2026, 12, 2))
    finally:
        session.close()
    assert report.hypotheses > 0
    if variant is Variant.PLAIN:  # readable by any SQLite: no cipher at all
        with sqlite3.connect(tmp_path / "hypotheses.db") as plain:
            assert plain.execute("SELECT count(*) FROM hypotheses").fetchone()[0] == (
                report.hypotheses
            )
            assert "hypotheses" not in _tables(plain, tmp_path / "carnet.db")
    fresh = session_over(open_variant(variant, tmp_path / "carnet.db", KEY), tmp_path)
    try:
        ids = stores(fresh).persons.ids()
        found = sum(len(person_file(fresh, pid).hypotheses) for pid in ids)
    finally:
        fresh.close()
    assert found == report.hypotheses


def _tables(conn: sqlite3.Connection, path: Path) -> set[str]:
    conn.execute("ATTACH DATABASE ? AS other", (str(path),))
    names = {row[0] for row in conn.execute("SELECT name FROM other.sqlite_master")}
    conn.execute("DETACH DATABASE other")
    return names


def test_the_vault_itself_is_never_made_as_a_twin(tmp_path: Path) -> None:
    """Asking for an 'encrypted' twin is refused instead of building a plain file."""
    with pytest.raises(ValueError):
        new_database(Variant.ENCRYPTED, tmp_path / "carnet.db", KEY)
    assert not (tmp_path / "carnet.db").exists()
