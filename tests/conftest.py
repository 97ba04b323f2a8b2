"""Fixtures shared by every test package: a vault folder, an open session, a caseload.

Vaults use `TEST_PARAMS` (cheap Argon2id), passed explicitly as the rules ask.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.caseload import Caseload
from app.core.device import ENV_CONFIG_DIR
from app.core.session import Session
from app.core.vault import CreatedVault, create_vault
from app.crypto.kdf import TEST_PARAMS
from tests.support import PASSPHRASE

# Tests never touch the worker's real secret store: keyring's "fail" backend
# makes app/core/device.py use its file fallback, in a folder per test (below).
# Set before anything imports keyring, inherited by every CLI subprocess.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# Module-scoped fixtures run before the per-test "device" below: they get this one.
os.environ[ENV_CONFIG_DIR] = tempfile.mkdtemp(prefix="carnet-test-device-")


@pytest.fixture(autouse=True)
def device(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's "computer": its own configuration folder, so its own device secret."""
    folder = tmp_path_factory.mktemp("device")
    monkeypatch.setenv(ENV_CONFIG_DIR, str(folder))
    return folder


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
