"""Tests for app/core/device.py: the device secret, kept outside every vault folder."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.core import device as dev


class MemoryKeyring(KeyringBackend):
    """A secret store that lives in this test only (never the worker's real one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.broken = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise keyring.errors.KeyringError("locked")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Swap keyring's backend for an in-memory one for one test, then put the old one back."""
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def test_file_fallback_is_private_and_stable(device: Path, vault_dir: Path) -> None:
    """Without a secret store: 32 bytes in a 0600 file of the config folder, the same each time."""
    secret = dev.device_secret()
    assert secret is not None and len(secret) == 32
    path = device / dev.FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(device.stat().st_mode) == 0o700
    assert dev.device_secret() == secret
    assert not vault_dir.exists()  # nothing of it near a vault


def test_another_folder_is_another_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two configuration folders hold two different secrets."""
    monkeypatch.setenv(dev.ENV_CONFIG_DIR, str(tmp_path / "a"))
    first = dev.device_secret()
    monkeypatch.setenv(dev.ENV_CONFIG_DIR, str(tmp_path / "b"))
    assert dev.device_secret() != first


def test_secret_store_is_used_when_it_answers(memory_keyring: MemoryKeyring, device: Path) -> None:
    """With a secret store, the secret goes there; the folder holds only a marker, no secret."""
    secret = dev.device_secret()
    assert secret is not None
    assert memory_keyring.items[(dev.SERVICE, dev.ACCOUNT)] == secret.hex()
    assert not (device / "device-secret").exists()
    assert secret.hex() not in (device / dev.MARKER_NAME).read_text()
    assert dev.device_secret() == secret


def test_unavailable_store_never_makes_a_new_secret(
    memory_keyring: MemoryKeyring, device: Path
) -> None:
    """A store that stops answering gives None (sealed), never a new secret replacing the old."""
    assert dev.device_secret() is not None
    memory_keyring.broken = True
    assert dev.device_secret() is None
    assert not (device / "device-secret").exists()


def test_secret_stays_in_memory_only_while_a_vault_is_unlocked(
    device: Path, vault_dir: Path
) -> None:
    """Read once while unlocked, it is not read again; locking overwrites it in memory."""
    from app.core.vault import create_vault
    from app.crypto.kdf import TEST_PARAMS
    from tests.support import PASSPHRASE

    session = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    secret = dev.device_secret()
    assert secret is not None
    held = dev._held[str(device)]
    other = bytes(reversed(secret))
    (device / dev.FILE_NAME).write_text(other.hex(), encoding="ascii")
    try:
        assert dev.device_secret() == secret  # from memory: no second read
    finally:
        session.close()
    assert held == bytearray(len(secret)) and dev._held == {}  # overwritten, then dropped
    assert dev.device_secret() == other  # locked: read from its store again
    assert dev._held == {}


def test_keys_derived_from_the_secret_are_held_and_wiped_with_it(vault_dir: Path) -> None:
    """Derived once while a vault is unlocked, again each time while none is; wiped at lock."""
    import hashlib

    from app.core.vault import create_vault
    from app.crypto.kdf import TEST_PARAMS
    from tests.support import PASSPHRASE

    calls: list[bytes] = []

    def derive(data_key: bytes, secret: bytes) -> bytes:
        calls.append(data_key)
        return hashlib.sha256(data_key + secret).digest()

    key = bytes(range(32))
    first = dev.derived(key, b"test", derive)
    assert dev.derived(key, b"test", derive) == first and len(calls) == 2  # none unlocked
    session = create_vault(vault_dir, PASSPHRASE, TEST_PARAMS, with_recovery_key=False).session
    try:
        calls.clear()
        assert dev.derived(key, b"test", derive) == first
        assert dev.derived(key, b"test", derive) == first and len(calls) == 1
        assert dev.derived(key, b"other", derive) == first and len(calls) == 2  # per label
        held = list(dev._derived.values())
    finally:
        session.close()
    assert held and all(value == bytearray(32) for value in held) and dev._derived == {}
