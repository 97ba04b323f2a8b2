"""Tests for app/core/passphrase.py: changing the passphrase requires the current one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.passphrase import change_passphrase, verify_passphrase
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import WrongPassphrase

OLD = "trois petits chats blancs"
NEW = "quatre grands chiens noirs"


def test_wrong_current_passphrase_changes_nothing(tmp_path: Path) -> None:
    """With a wrong current passphrase, the key file is left byte for byte as it was."""
    session = create_vault(tmp_path, OLD, params=TEST_PARAMS).session
    before = (tmp_path / "carnet.key").read_bytes()
    try:
        with pytest.raises(WrongPassphrase):
            change_passphrase(session, "not it", NEW, TEST_PARAMS)
        assert (tmp_path / "carnet.key").read_bytes() == before
    finally:
        session.close()


def test_right_current_passphrase_switches_to_the_new(tmp_path: Path) -> None:
    """After a change, only the new passphrase opens the vault."""
    session = create_vault(tmp_path, OLD, params=TEST_PARAMS).session
    verify_passphrase(session, OLD)
    change_passphrase(session, OLD, NEW, TEST_PARAMS)
    session.close()
    with pytest.raises(WrongPassphrase):
        unlock(tmp_path, OLD)
    unlock(tmp_path, NEW).close()
