"""This computer's secret: 32 random bytes kept outside every vault folder.

It seals the working hypotheses to this computer (see app/crypto/sealing.py).
Where it lives, in order:
1. the operating system's secret store through `keyring` (Secret Service on
   Linux, Keychain on macOS, Credential Manager on Windows), when one answers;
2. otherwise a file `device-secret` (0600) in the per-user configuration
   folder (platformdirs), or in `CARNET_CONFIG_DIR` when that is set.
When the secret went to the secret store, a small marker file (no secret in
it) records that, so a store that is briefly unavailable is never mistaken
for "no secret yet", which would seal new hypotheses under a new secret.
Never in the vault folder, never in a backup.

While a vault is unlocked in this process (a `Session` holds it, see
`hold`), the secret, once read, stays in memory, and so do the keys derived
from it (`derived`), so a new connection does not ask the secret store (a
D-Bus round trip on Linux) or the file again, nor derive again. They are
overwritten when the last unlocked vault locks (`release`).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_config_path

from app.crypto.sealing import SECRET_BYTES
from app.domain.atomic import atomic_write

ENV_CONFIG_DIR = "CARNET_CONFIG_DIR"
SERVICE = "Carnet"
ACCOUNT = "device-secret"
FILE_NAME = "device-secret"
MARKER_NAME = "device-secret.in-keyring"

# Configuration folder → its secret, only while some vault is unlocked here.
_held: dict[str, bytearray] = {}
# SHA-256(label, data key, secret) → what `derived` computed from them, likewise.
_derived: dict[bytes, bytearray] = {}
_holders: weakref.WeakSet[object] = weakref.WeakSet()
_guard = threading.RLock()  # unlock and lock may run on different threads


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override).expanduser()
    return user_config_path("Carnet", appauthor=False)


def _parse(text: str | None) -> bytes | None:
    if not text:
        return None
    try:
        value = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return value if len(value) == SECRET_BYTES else None


def _keyring_get() -> bytes | None:
    try:
        import keyring

        return _parse(keyring.get_password(SERVICE, ACCOUNT))
    except Exception:  # no backend, locked, no D-Bus: the file fallback decides
        return None


def _keyring_set(secret: bytes) -> bool:
    try:
        import keyring

        keyring.set_password(SERVICE, ACCOUNT, secret.hex())
        return _keyring_get() == secret
    except Exception:  # no usable secret store here
        return False


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def hold(holder: object) -> None:
    """`holder` (an unlocked session) keeps the secrets read from now on in memory."""
    with _guard:
        _holders.add(holder)


def release(holder: object) -> None:
    """`holder` locked: when no other holds them, the secrets in memory are overwritten."""
    with _guard:
        _holders.discard(holder)
        if not _holders:
            forget()


def forget() -> None:
    """Overwrite and drop every secret, and every key derived from one, kept in memory."""
    with _guard:
        for store in (_held, _derived):
            for value in store.values():
                value[:] = bytes(len(value))
            store.clear()


def derived(
    data_key: bytes, label: bytes, derive: Callable[[bytes, bytes], bytes]
) -> bytes | None:
    """`derive(data_key, this computer's secret)`, held like the secret; None: no secret here."""
    secret = device_secret()
    if secret is None:
        return None
    tag = hashlib.sha256(b"%d:%s" % (len(label), label) + data_key + secret).digest()
    with _guard:
        if not _holders:
            return derive(data_key, secret)
        held = _derived.get(tag)
        if held is None:
            held = _derived[tag] = bytearray(derive(data_key, secret))
        return bytes(held)


def device_secret() -> bytes | None:
    """This computer's secret, created on first use; None if it exists but cannot be read."""
    folder = config_dir()
    with _guard:
        if not _holders:
            forget()  # a holder was dropped without locking
        elif (held := _held.get(str(folder))) is not None:
            return bytes(held)
    secret = _read_or_create(folder)  # outside the guard: the secret store may be slow
    with _guard:
        if secret is not None and _holders:
            _held.setdefault(str(folder), bytearray(secret))
    return secret


def _read_or_create(folder: Path) -> bytes | None:
    path, marker = folder / FILE_NAME, folder / MARKER_NAME
    if path.exists():
        return _parse(path.read_text(encoding="ascii", errors="replace"))
    found = _keyring_get()
    if found is not None or marker.exists():
        return found
    secret = secrets.token_bytes(SECRET_BYTES)
    _private_folder(folder)
    if _keyring_set(secret):
        atomic_write(marker, b"The device secret is in the system's secret store.\n")
    else:
        atomic_write(path, secret.hex().encode("ascii"))
    return secret
