"""Fixtures for the carnet-cli tests: vaults made in-process, so each test spends its
subprocess calls on the command it is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS

CLI_PASSPHRASE = "phrase de passe pour la ligne de commande"


def make_vault(
    folder: Path, passphrase: str = CLI_PASSPHRASE, recovery: bool = False
) -> str | None:
    """A vault with the test KDF, locked again; returns its recovery key if asked."""
    created = create_vault(folder, passphrase, TEST_PARAMS, with_recovery_key=recovery)
    created.session.close()
    return created.recovery_key


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    """A locked vault whose passphrase is CLI_PASSPHRASE."""
    folder = tmp_path / "vault"
    make_vault(folder)
    return folder
