"""Integrity checks: every page's HMAC, the b-trees, the search indexes."""

from __future__ import annotations

import contextlib

from app.domain.errors import CarnetError, VaultCorrupted
from app.storage.connection import Database

FTS_TABLES = ("facts_fts", "addenda_fts", "hypotheses_fts")


def verify_pages(db: Database) -> None:
    """Decrypt and authenticate every page; a flipped byte anywhere is VaultCorrupted."""
    try:
        problems = db.query("PRAGMA cipher_integrity_check")
    except CarnetError as exc:
        raise VaultCorrupted() from exc
    if problems:
        raise VaultCorrupted("; ".join(str(p[0]) for p in problems[:5]))


def integrity_problems(db: Database) -> list[str]:
    """Everything `check` reports: cipher HMACs, SQLite structure, FTS indexes."""
    problems: list[str] = []
    try:
        problems += [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in db.query("PRAGMA integrity_check") if r[0] != "ok"]
    except CarnetError as exc:
        return [*problems, str(exc)]
    existing = table_names(db)
    for table in FTS_TABLES:
        if table not in existing:
            continue
        try:
            with db.read() as conn:
                # rank = 1: also compare an external-content index with its table;
                # without it a stale or planted index entry goes unnoticed.
                conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except CarnetError as exc:
            problems.append(f"{table}: {exc}")
    return problems


def table_names(db: Database) -> set[str]:
    """Tables of the vault and of any attached file (the sealed hypotheses)."""
    names: set[str] = set()
    for row in db.query("PRAGMA database_list"):
        if row[1] != "temp":
            sql = f"SELECT name FROM {row[1]}.sqlite_master WHERE type = 'table'"
            names |= {r[0] for r in db.query(sql)}
    return names


def cipher_settings(db: Database) -> dict[str, str]:
    names = (
        "cipher_version",
        "cipher_memory_security",
        "cipher_page_size",
        "cipher_hmac_algorithm",
        "journal_mode",
        "synchronous",
        "temp_store",
        "secure_delete",
        "foreign_keys",
        "trusted_schema",
        "cache_size",
        "user_version",
    )
    settings = {}
    for name in names:
        with contextlib.suppress(CarnetError):
            settings[name] = db.pragma(name)
    return settings
