"""Tests for app/storage/settings.py: vault-level settings, stored encrypted."""

from __future__ import annotations

from app.core.session import Session, database, stores
from tests.support.pages import decrypted_bytes, scan_for


def test_get_default_set_overwrite(session: Session) -> None:
    """A missing key gives the default; set then set again keeps the last value."""
    assert stores(session).settings.get("template", "défaut") == "défaut"
    stores(session).settings.set("template", "Modèle A")
    stores(session).settings.set("template", "Modèle B")
    assert stores(session).settings.get("template") == "Modèle B"


def test_settings_live_inside_the_cipher(session: Session) -> None:
    """A setting is only in decrypted pages, never in the raw files."""
    stores(session).settings.set("template", "qzsettingcanary")
    database(session).checkpoint()
    assert scan_for(decrypted_bytes(session.paths.database, session.data_key()), "qzsettingcanary")
    for path in session.paths.folder.iterdir():
        assert not scan_for(path.read_bytes(), "qzsettingcanary"), path.name
