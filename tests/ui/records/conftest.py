"""Fixtures for the records screens: a new vault's open session, closed after the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.session import Session
from app.core.vault import create_vault
from app.crypto.kdf import TEST_PARAMS
from app.ui.shell.tasks import wait_for_background
from tests.ui.conftest import BACKGROUND_TIMEOUT_MS, PASSPHRASE


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    opened = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    yield opened
    wait_for_background(BACKGROUND_TIMEOUT_MS)
    opened.close()
