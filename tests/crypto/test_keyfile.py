"""Tests for app/crypto/keyfile.py: wrapping the data key, and refusing damaged key files.

Decision (documented here and in the report): a flipped byte in a slot's
ciphertext, nonce or salt makes AES-GCM authentication fail exactly as a wrong
passphrase does; the two cannot be told apart, so it is WrongPassphrase. Damage
that breaks the *structure* (JSON, base64, lengths, types) is KeyFileCorrupted,
and out-of-bounds Argon2 settings are UnsafeKdfParameters (a KeyFileCorrupted).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.crypto import kdf
from app.crypto import keyfile as kf
from app.crypto.kdf import TEST_PARAMS
from app.crypto.recovery import new_recovery_secret
from app.domain.errors import (
    CarnetError,
    KeyFileCorrupted,
    UnsafeKdfParameters,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)

PASSPHRASE = "phrase de passe de test"
DATA_KEY = bytes(range(32))
SECRET = bytes(range(100, 120))
VAULT_ID = "0123456789abcdef0123456789abcdef"


def _keyfile() -> kf.KeyFile:
    passphrase = kf.passphrase_slot(DATA_KEY, VAULT_ID, PASSPHRASE, TEST_PARAMS)
    recovery = kf.recovery_slot(DATA_KEY, VAULT_ID, SECRET)
    return kf.KeyFile(VAULT_ID, (passphrase, recovery))


ENCODED = kf.encode_keyfile(_keyfile())


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(ENCODED)
    return doc


def _slot(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in doc["slots"] if s["kind"] == kind)
    return slot


def _encode(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc).encode()


def _flip_b64(text: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.fixture
def no_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any Argon2 call fails the test."""

    def refuse(**_: Any) -> bytes:
        raise AssertionError("Argon2 was called before the parameters were checked")

    monkeypatch.setattr(kdf, "hash_secret_raw", refuse)


def test_round_trip_and_unwrap() -> None:
    """Encoded then decoded, both slots give back the data key."""
    decoded = kf.decode_keyfile(ENCODED)
    assert decoded.vault_id == VAULT_ID
    assert kf.unwrap_with_passphrase(decoded, PASSPHRASE) == DATA_KEY
    assert kf.unwrap_with_recovery(decoded, SECRET) == DATA_KEY


def test_key_file_holds_no_key_in_clear() -> None:
    """Neither the data key nor the recovery secret appears in the key file, in any encoding."""
    for secret in (DATA_KEY, SECRET):
        assert secret not in ENCODED
        assert secret.hex().encode() not in ENCODED
        assert base64.b64encode(secret) not in ENCODED
    assert PASSPHRASE.encode() not in ENCODED


def test_wrong_passphrase() -> None:
    """Another passphrase raises WrongPassphrase."""
    with pytest.raises(WrongPassphrase):
        kf.unwrap_with_passphrase(kf.decode_keyfile(ENCODED), PASSPHRASE + " ")


def test_wrong_recovery_secret() -> None:
    """Another recovery secret raises WrongRecoveryKey."""
    with pytest.raises(WrongRecoveryKey):
        kf.unwrap_with_recovery(kf.decode_keyfile(ENCODED), new_recovery_secret())


def test_no_recovery_slot() -> None:
    """A vault made without a recovery key answers WrongRecoveryKey to any recovery attempt."""
    only = kf.KeyFile(VAULT_ID, (kf.decode_keyfile(ENCODED).slots[0],))
    assert only.slot(kf.RECOVERY) is None
    with pytest.raises(WrongRecoveryKey):
        kf.unwrap_with_recovery(only, SECRET)


def test_with_slot_replaces_the_same_kind() -> None:
    """Adding a passphrase slot replaces the old one; there is never two of a kind."""
    keyfile = kf.decode_keyfile(ENCODED)
    updated = keyfile.with_slot(kf.passphrase_slot(DATA_KEY, VAULT_ID, "new", TEST_PARAMS))
    assert sorted(s.kind for s in updated.slots) == [kf.PASSPHRASE, kf.RECOVERY]
    assert kf.unwrap_with_passphrase(updated, "new") == DATA_KEY
    with pytest.raises(WrongPassphrase):
        kf.unwrap_with_passphrase(updated, PASSPHRASE)


@pytest.mark.parametrize("field", ["wrapped_key", "nonce"])
def test_flipped_slot_byte_is_wrong_passphrase(field: str) -> None:
    """A flipped byte in the slot's ciphertext or nonce fails authentication: WrongPassphrase."""
    doc = _doc()
    slot = _slot(doc, kf.PASSPHRASE)
    slot[field] = _flip_b64(slot[field], 5)
    with pytest.raises(WrongPassphrase):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def test_flipped_salt_is_wrong_passphrase() -> None:
    """A flipped salt byte derives another wrapping key: WrongPassphrase."""
    doc = _doc()
    kdf_doc = _slot(doc, kf.PASSPHRASE)["kdf"]
    kdf_doc["salt"] = _flip_b64(kdf_doc["salt"])
    with pytest.raises(WrongPassphrase):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def test_slots_are_bound_to_their_vault() -> None:
    """A slot copied into a key file with another vault id does not open (GCM associated data)."""
    doc = _doc()
    doc["vault_id"] = "f" * 32
    with pytest.raises(WrongPassphrase):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        kf.unwrap_with_recovery(kf.decode_keyfile(_encode(doc)), SECRET)


def test_slots_are_bound_to_their_kind() -> None:
    """A recovery slot relabelled as the passphrase slot is refused, not opened."""
    doc = _doc()
    recovery = _slot(doc, kf.RECOVERY)
    relabelled = {**recovery, "kind": kf.PASSPHRASE, "kdf": {**_slot(doc, kf.PASSPHRASE)["kdf"]}}
    doc["slots"] = [relabelled]
    with pytest.raises(WrongPassphrase):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def _set_kdf(doc: dict[str, Any], name: str, value: Any) -> None:
    _slot(doc, kf.PASSPHRASE)["kdf"][name] = value


CORRUPTIONS: dict[str, Any] = {
    "not json": lambda d: b"{not json",
    "not utf-8": lambda d: b"\xff\xfe{}",
    "empty": lambda d: b"",
    "a list": lambda d: b"[]",
    "other format": lambda d: _encode({**d, "format": "keepass"}),
    "version 0": lambda d: _encode({**d, "version": 0}),
    "version text": lambda d: _encode({**d, "version": "1"}),
    "vault id number": lambda d: _encode({**d, "vault_id": 7}),
    "slots not a list": lambda d: _encode({**d, "slots": {}}),
    "slot not a dict": lambda d: _encode({**d, "slots": ["x"]}),
    "unknown slot kind": lambda d: _encode({**d, "slots": [{**d["slots"][0], "kind": "fido"}]}),
    "kdf not a dict": lambda d: _encode({**d, "slots": [{**d["slots"][0], "kdf": []}]}),
    "bad base64": lambda d: _encode(
        {**d, "slots": [{**d["slots"][0], "wrapped_key": "not base64!!"}]}
    ),
    "base64 not text": lambda d: _encode({**d, "slots": [{**d["slots"][0], "nonce": 12}]}),
    "short nonce": lambda d: _encode({**d, "slots": [{**d["slots"][0], "nonce": "AAAA"}]}),
    "empty nonce": lambda d: _encode({**d, "slots": [{**d["slots"][0], "nonce": ""}]}),
    "too big": lambda d: b" " * (kf.MAX_KEYFILE_BYTES + 1),
    "deep nesting": lambda d: b"[" * 50_000 + b"]" * 50_000,
    "huge integer": lambda d: b'{"version": ' + b"9" * 5000 + b"}",
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_structural_damage_is_key_file_corrupted(name: str) -> None:
    """Broken JSON, base64, types or lengths raise KeyFileCorrupted, never a traceback."""
    data = CORRUPTIONS[name](_doc())
    with pytest.raises(KeyFileCorrupted):
        kf.unwrap_with_passphrase(kf.decode_keyfile(data), PASSPHRASE)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("salt", ""),
        ("salt", "AAAA"),
        ("salt", 5),
        ("memory_kib", "lots"),
        ("memory_kib", None),
        ("name", "scrypt"),
        ("time_cost", [3]),
    ],
)
def test_bad_kdf_fields_are_key_file_corrupted(name: str, value: Any) -> None:
    """A missing, mistyped or too short Argon2 field raises KeyFileCorrupted."""
    doc = _doc()
    _set_kdf(doc, name, value)
    with pytest.raises(KeyFileCorrupted):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def test_infinite_memory_is_refused() -> None:
    """`"memory_kib": Infinity` (valid for Python's JSON) is refused, not an OverflowError."""
    text = ENCODED.replace(b'"memory_kib": 8192', b'"memory_kib": Infinity')
    assert text != ENCODED
    with pytest.raises(KeyFileCorrupted):
        kf.unwrap_with_passphrase(kf.decode_keyfile(text), PASSPHRASE)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("memory_kib", 50 * 1024 * 1024),
        ("time_cost", 1000),
        ("parallelism", 64),
        ("memory_kib", 10**30),
        ("time_cost", 0),
        ("memory_kib", -8192),
    ],
)
def test_planted_parameters_refused_before_deriving(name: str, value: int, no_argon2: None) -> None:
    """50 GiB, t=1000, p=64… raise UnsafeKdfParameters without calling Argon2 at all."""
    doc = _doc()
    _set_kdf(doc, name, value)
    with pytest.raises(UnsafeKdfParameters):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def test_newer_version_is_vault_too_new() -> None:
    """A key file of version 2 raises VaultTooNew, before any derivation."""
    with pytest.raises(VaultTooNew):
        kf.decode_keyfile(_encode({**_doc(), "version": 2}))


def test_write_and_read_private_file(tmp_path: Path) -> None:
    """The key file is written 0600 and reads back to the same slots."""
    path = tmp_path / "carnet.key"
    kf.write_keyfile(path, _keyfile())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert kf.unwrap_with_passphrase(kf.read_keyfile(path), PASSPHRASE) == DATA_KEY


def test_read_missing_file_is_file_not_found(tmp_path: Path) -> None:
    """A missing key file is FileNotFoundError (the vault layer turns it into VaultNotFound)."""
    with pytest.raises(FileNotFoundError):
        kf.read_keyfile(tmp_path / "absent.key")


def test_read_a_folder_is_corrupted(tmp_path: Path) -> None:
    """A folder where the key file should be raises KeyFileCorrupted."""
    with pytest.raises(KeyFileCorrupted):
        kf.read_keyfile(tmp_path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(min_value=0, max_value=len(ENCODED) - 1),
    mask=st.integers(min_value=1, max_value=255),
)
def test_any_damaged_byte_is_refused_or_harmless(position: int, mask: int) -> None:
    """One damaged byte anywhere: a Carnet error, or (whitespace, key order…) the right key."""
    data = bytearray(ENCODED)
    data[position] ^= mask
    try:
        key = kf.unwrap_with_passphrase(kf.decode_keyfile(bytes(data)), PASSPHRASE)
    except CarnetError:
        return
    assert key == DATA_KEY


AWKWARD: st.SearchStrategy[Any] = st.sampled_from(
    [None, "", "AAAA", [], {}, -1, 0, 2**64, 1e308, True, "Infinity", "x" * 100]
)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path]


LEAVES = _leaves(_doc())


@settings(max_examples=150, deadline=None)
@given(leaf=st.sampled_from(LEAVES), value=AWKWARD)
def test_any_awkward_field_value_is_refused_or_harmless(leaf: tuple[Any, ...], value: Any) -> None:
    """Any field replaced by an awkward value: a Carnet error or the right key, never a crash."""
    doc = _doc()
    target: Any = doc
    for step in leaf[:-1]:
        target = target[step]
    target[leaf[-1]] = value
    attempts: list[Callable[[kf.KeyFile], bytes]] = [
        lambda keyfile: kf.unwrap_with_passphrase(keyfile, PASSPHRASE),
        lambda keyfile: kf.unwrap_with_recovery(keyfile, SECRET),
    ]
    for unwrap in attempts:
        try:
            key = unwrap(kf.decode_keyfile(_encode(doc)))
        except CarnetError:
            continue
        assert key == DATA_KEY


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("memory_kib", "262144"),
        ("memory_kib", 8192.0),
        ("time_cost", 3.9),
        ("time_cost", True),
        ("parallelism", "1"),
    ],
)
def test_non_integer_parameters_refused(name: str, value: Any, no_argon2: None) -> None:
    """Argon2 parameters are JSON integers only: strings, floats and booleans are refused."""
    doc = _doc()
    _set_kdf(doc, name, value)
    with pytest.raises(KeyFileCorrupted):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def test_parameters_beyond_calibration_refused(no_argon2: None) -> None:
    """256 MiB with 20 passes (more work than calibration ever chooses) is refused unrun."""
    doc = _doc()
    _set_kdf(doc, "memory_kib", kdf.MAX_MEMORY_KIB)
    _set_kdf(doc, "time_cost", kdf.MAX_TIME_COST)
    with pytest.raises(UnsafeKdfParameters):
        kf.unwrap_with_passphrase(kf.decode_keyfile(_encode(doc)), PASSPHRASE)


def test_fifo_key_file_refused_without_hanging(tmp_path: Path) -> None:
    """A FIFO in place of the key file is refused at once (no reader waits on it)."""
    path = tmp_path / "carnet.key"
    os.mkfifo(path)
    with pytest.raises(KeyFileCorrupted, match="regular"):
        kf.read_keyfile(path)


def test_symlink_key_file_refused(tmp_path: Path) -> None:
    """A symbolic link to a valid key file is refused: the key file must be the file itself."""
    real = tmp_path / "elsewhere.key"
    kf.write_keyfile(real, _keyfile())
    link = tmp_path / "carnet.key"
    link.symlink_to(real)
    with pytest.raises(KeyFileCorrupted, match="link"):
        kf.read_keyfile(link)


def test_socket_key_file_refused(tmp_path: Path) -> None:
    """A Unix socket in place of the key file is refused."""
    path = tmp_path / "carnet.key"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(KeyFileCorrupted):
            kf.read_keyfile(path)
    finally:
        server.close()
