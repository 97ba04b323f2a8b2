"""The key file: versioned JSON holding the data key wrapped under each slot.

    {"format": "carnet-keyfile", "version": 1, "vault_id": "<32 hex>",
     "slots": [{"kind": "passphrase", "kdf": {...}, "nonce": b64, "wrapped_key": b64},
               {"kind": "recovery",   "kdf": {...}, "nonce": b64, "wrapped_key": b64}]}

The data key (32 random bytes, the SQLCipher raw key) is sealed with
AES-256-GCM under a key derived from the passphrase (Argon2id) or from the
recovery key (HKDF-SHA256: it is already 160 random bits). The GCM associated
data binds the format, vault id and slot kind, so slots cannot be swapped.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto.kdf import KEY_BYTES, SALT_BYTES, KdfParams, derive_key, new_salt
from app.domain.atomic import atomic_write
from app.domain.errors import (
    KeyFileCorrupted,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)

FORMAT = "carnet-keyfile"
VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
MAX_KEYFILE_BYTES = 64 * 1024
NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class Slot:
    kind: str
    kdf: dict[str, Any]
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    slots: tuple[Slot, ...]

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, slot: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return KeyFile(self.vault_id, (*others, slot))


def _aad(vault_id: str, kind: str) -> bytes:
    return f"{FORMAT}/v{VERSION}/{vault_id}/{kind}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyFileCorrupted()
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFileCorrupted() from exc


def params_from_kdf(kdf: dict[str, Any]) -> KdfParams:
    """Read Argon2 parameters from a slot and check the bounds before any use."""
    try:
        params = KdfParams(kdf["memory_kib"], kdf["time_cost"], kdf["parallelism"])
    except KeyError as exc:
        raise KeyFileCorrupted() from exc
    params.check()  # integers only: "262144", 3.9 and true are refused here
    return params


def _seal(wrapping_key: bytes, data_key: bytes, vault_id: str, kind: str) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(vault_id, kind))


def _open(wrapping_key: bytes, slot: Slot, vault_id: str) -> bytes | None:
    try:
        key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped_key, _aad(vault_id, slot.kind))
    except InvalidTag:
        return None
    if len(key) != KEY_BYTES:
        raise KeyFileCorrupted()
    return key


def passphrase_slot(data_key: bytes, vault_id: str, passphrase: str, params: KdfParams) -> Slot:
    salt = new_salt()
    wrapping = derive_key(passphrase, salt, params)
    nonce, wrapped = _seal(wrapping, data_key, vault_id, PASSPHRASE)
    kdf = {
        "name": "argon2id",
        "version": 19,
        "memory_kib": params.memory_kib,
        "time_cost": params.time_cost,
        "parallelism": params.parallelism,
        "salt": _b64(salt),
    }
    return Slot(PASSPHRASE, kdf, nonce, wrapped)


def _recovery_wrapping_key(secret: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"carnet-recovery")
    return hkdf.derive(secret)


def recovery_slot(data_key: bytes, vault_id: str, secret: bytes) -> Slot:
    salt = new_salt()
    nonce, wrapped = _seal(_recovery_wrapping_key(secret, salt), data_key, vault_id, RECOVERY)
    return Slot(RECOVERY, {"name": "hkdf-sha256", "salt": _b64(salt)}, nonce, wrapped)


def unwrap_with_passphrase(keyfile: KeyFile, passphrase: str) -> bytes:
    slot = keyfile.slot(PASSPHRASE)
    if slot is None or slot.kdf.get("name") != "argon2id":
        raise KeyFileCorrupted()
    params = params_from_kdf(slot.kdf)
    salt = _unb64(slot.kdf.get("salt"))
    if len(salt) != SALT_BYTES:  # Argon2 itself would raise on a short salt
        raise KeyFileCorrupted()
    wrapping = derive_key(passphrase, salt, params)
    key = _open(wrapping, slot, keyfile.vault_id)
    if key is None:
        raise WrongPassphrase()
    return key


def unwrap_with_recovery(keyfile: KeyFile, secret: bytes) -> bytes:
    slot = keyfile.slot(RECOVERY)
    if slot is None:
        raise WrongRecoveryKey("This vault has no recovery key.")
    if slot.kdf.get("name") != "hkdf-sha256":
        raise KeyFileCorrupted()
    wrapping = _recovery_wrapping_key(secret, _unb64(slot.kdf.get("salt")))
    key = _open(wrapping, slot, keyfile.vault_id)
    if key is None:
        raise WrongRecoveryKey()
    return key


def encode_keyfile(keyfile: KeyFile) -> bytes:
    slots = [
        {"kind": s.kind, "kdf": s.kdf, "nonce": _b64(s.nonce), "wrapped_key": _b64(s.wrapped_key)}
        for s in keyfile.slots
    ]
    doc = {"format": FORMAT, "version": VERSION, "vault_id": keyfile.vault_id, "slots": slots}
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def decode_keyfile(data: bytes) -> KeyFile:
    """Parse and validate; a newer version is VaultTooNew, anything malformed is corrupted."""
    if len(data) > MAX_KEYFILE_BYTES:
        raise KeyFileCorrupted()
    try:
        doc = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, huge ints, deep nesting
        raise KeyFileCorrupted() from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeyFileCorrupted()
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise KeyFileCorrupted()
    if version > VERSION:
        raise VaultTooNew()
    vault_id, raw_slots = doc.get("vault_id"), doc.get("slots")
    if not isinstance(vault_id, str) or not isinstance(raw_slots, list):
        raise KeyFileCorrupted()
    slots = []
    for raw in raw_slots:
        if not isinstance(raw, dict) or not isinstance(raw.get("kdf"), dict):
            raise KeyFileCorrupted()
        kind = raw.get("kind")
        if kind not in (PASSPHRASE, RECOVERY):
            raise KeyFileCorrupted()
        nonce, wrapped = _unb64(raw.get("nonce")), _unb64(raw.get("wrapped_key"))
        if len(nonce) != NONCE_BYTES:  # AES-GCM would raise ValueError, not a tag failure
            raise KeyFileCorrupted()
        slots.append(Slot(kind, raw["kdf"], nonce, wrapped))
    return KeyFile(vault_id, tuple(slots))


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def read_keyfile(path: Path) -> KeyFile:
    """Read a regular file only: a symlink, FIFO, device or socket is refused at once
    (O_NOFOLLOW, O_NONBLOCK so a FIFO cannot hang us, then fstat)."""
    if path.is_symlink():
        raise KeyFileCorrupted("The key file is a symbolic link, not a regular file.")
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise
    except OSError as exc:  # ELOOP: a symlink swapped in after the check
        raise KeyFileCorrupted(f"The key file cannot be opened: {exc.strerror}.") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeyFileCorrupted("The key file is not a regular file.")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_KEYFILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileCorrupted(str(exc)) from exc
    finally:
        os.close(fd)
    return decode_keyfile(data)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    atomic_write(path, encode_keyfile(keyfile))


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_vault_id() -> str:
    return os.urandom(16).hex()
