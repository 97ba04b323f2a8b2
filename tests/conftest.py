"""Fixtures shared by every test package: a vault folder, an open session, a caseload.

Vaults use `TEST_PARAMS` (cheap Argon2id), passed explicitly as the rules ask.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.session import Session
from app.core.vault import CreatedVault, create_vault
from app.crypto.kdf import TEST_PARAMS
from tests.support import PASSPHRASE

RELIABILITY = Path(__file__).parent / "reliability"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each reliability module's trials stay in one pytest-xdist worker (`make test`).

    A module's trials start and kill many processes one after another; kept in
    one worker they never race each other, while the two workers still share
    the modules (one group for them all made that worker the suite's tail).
    """
    for item in items:
        if RELIABILITY in item.path.parents:
            item.add_marker(pytest.mark.xdist_group(f"reliability-{item.path.stem}"))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """A folder path for a vault, not created yet."""
    return tmp_path / "vault"


@pytest.fixture
def created_vault(vault_dir: Path) -> Iterator[CreatedVault]:
    """A new vault (passphrase `PASSPHRASE`, with a recovery key), locked again at teardown."""
    created = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS)
    yield created
    created.session.close()


@pytest.fixture
def session(created_vault: CreatedVault) -> Session:
    """The open session of a new vault."""
    return created_vault.session


@pytest.fixture
def caseload(session: Session) -> Caseload:
    """Use cases over the open session."""
    return Caseload(session)
