"""The key of the sealed hypotheses file: the data key AND this computer's secret.

    ikm  = data_key (32 bytes) || device_secret (32 bytes)
    key  = HKDF-SHA256(salt = none, info = b"carnet/hypotheses/v1", length = 32)
    check = HKDF-SHA256(salt = none, info = b"carnet/hypotheses-check/v1", length = 16)

`key` is the SQLCipher raw key of `hypotheses.db`. `check` is kept in the
vault so that Carnet can tell "sealed to another computer" from "damaged"
without trying to read the file; it reveals nothing about either secret.
One function per derivation, so a data-key renewal can re-derive both.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SECRET_BYTES = 32
KEY_LABEL = b"carnet/hypotheses/v1"
CHECK_LABEL = b"carnet/hypotheses-check/v1"


def _derive(data_key: bytes, device_secret: bytes, label: bytes, length: int) -> bytes:
    if len(data_key) != 32 or len(device_secret) != SECRET_BYTES:
        raise ValueError("The data key and the device secret must be 32 bytes each.")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=label)
    return hkdf.derive(data_key + device_secret)


def hypotheses_key(data_key: bytes, device_secret: bytes) -> bytes:
    """The raw SQLCipher key of the sealed hypotheses file."""
    return _derive(data_key, device_secret, KEY_LABEL, 32)


def seal_check(data_key: bytes, device_secret: bytes) -> str:
    """A public marker of (vault, computer): equal here, different anywhere else."""
    return _derive(data_key, device_secret, CHECK_LABEL, 16).hex()
