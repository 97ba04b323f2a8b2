"""Vault-level settings that must stay encrypted (templates, retention term)."""

from __future__ import annotations

from app.storage.connection import Database


class VaultSettings:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str = "") -> str:
        value = self._db.scalar("SELECT value FROM vault_settings WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO vault_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
